# Batch 24 of the hand-written dev set: 40 pages, the BLIND batch, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement, and committed before the scorer was run on them. Mix: 12 sellers, 9 telehealth,
# 9 clinics, 10 informational; 24 English, 16 es/de/fr/nl/pt/it (Italian for the first time).
# Shapes not used before or in new wording: seller about-us with testimonials, a rogue pharmacy
# product page with a long monograph, broken-English vendor page, mixed category page (alprazolam,
# oxycodone, ketamine), "free consultation included" esketamine spray, Telegram channel export,
# a seller comparing itself with clinic prices, Spanish vial shop, German about-us, Italian shop,
# Dutch loyalty/referral page, Portuguese plain-text catalogue; telehealth state-licensing, safety,
# membership checkout, clinician-referral, reviews and "not eligible" pages, Italian how-it-works,
# Brazilian plan page, US-Spanish FAQ; clinic team, insurance/billing, chain location, Spravato
# blog, KAP session-day, Spanish hospital unit, Dutch hospital esketamine, Quebec French IV clinic,
# German clinic; encyclopaedia with dosage and street price, raid news quoting the ads, FDA warning
# letter, university press release, forum thread telling a buyer off, drug-checking note, French
# regulator alert, German insurer page, Italian raid news, Dutch addiction service.
# Run: python3 batch24.py (writes batch24/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch24")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def menu(*items):
    return '<nav class="primary">' + " · ".join(f'<a href="#">{i}</a>' for i in items) + "</nav>"

def bottom(*lines):
    return '<footer>' + "<br>".join(lines) + "</footer>"

# ================================================================== sellers (12)

p("h2401", "https://calmroot-supply.example/about-us", "seller", True, "en", "seller-about-reviews",
  "About Us & Customer Reviews – CalmRoot Supply",
  menu("Home", "Shop All", "Dissociatives", "Benzos", "About Us", "Reviews", "Track Order", "Contact") + """
<main>
<h1>About CalmRoot Supply</h1>
<p>CalmRoot started in 2019 with a simple idea: people who are suffering should not have to wait months for a psychiatrist, pay $600 per infusion, or explain themselves to anyone. We are a small team of former pharmacy techs and chemists who source pharmaceutical-grade products directly from licensed manufacturers in India and Europe and get them to your door quietly.</p>
<h2>What makes us different</h2>
<ul>
<li>No prescription, no questions, no paperwork – you are an adult.</li>
<li>Genuine Ketalar and generic ketamine vials (10 ml, 50 mg/ml), plus ketamine crystal for experienced customers.</li>
<li>Stealth packaging with a fake return address, tracking on every order.</li>
<li>Bitcoin, USDT and Zelle accepted. Crypto orders get 15% off.</li>
<li>Free reship if customs takes your package.</li>
</ul>
<h2>Customer reviews</h2>
<div class="review">★★★★★ <b>Mike T., Texas</b> – "Ordered 5 vials of Ketalar, arrived in 4 days hidden in a shampoo box. Legit. Way cheaper than the clinic down the street."</div>
<div class="review">★★★★★ <b>Jenna R., Ontario</b> – "Was nervous paying with bitcoin the first time but support walked me through it on WhatsApp. Crystal is clean."</div>
<div class="review">★★★★☆ <b>Anonymous, UK</b> – "Took 12 days to UK but it came. Reship policy is real, they sent a second one when the first got stuck."</div>
<div class="review">★★★★★ <b>D.K., Florida</b> – "My doctor wouldn't give me Spravato. CalmRoot sorted me out. Thank you!!"</div>
<p><a href="#">Read all 1,482 reviews</a></p>
<h2>Contact</h2>
<p>WhatsApp: +1 555 014 9921 · Email: support@calmroot-supply.example · Replies within 1 hour, 7 days a week.</p>
</main>""" + bottom("© 2026 CalmRoot Supply · Terms · Privacy · Shipping &amp; Reship"), noise="cookie")

p("h2402", "https://rx-global-meds.example/product/ketamine-hydrochloride-injection-50mg-ml", "seller", True, "en", "rogue-pharmacy-monograph",
  "Ketamine Hydrochloride Injection USP 50 mg/mL – Buy Online | RxGlobalMeds",
  """<div class="topbar">FREE SHIPPING on orders over $250 · 24/7 Live Chat · Licensed pharmacists · Secure checkout</div>
<header><div class="logo">RxGlobalMeds</div>""" + menu("Home", "Anesthesia", "Antidepressants", "Pain Relief", "Sleep", "Men's Health", "Weight Loss", "Blog", "Cart") + """</header>
<div class="breadcrumb">Home › Anesthesia › Ketamine Hydrochloride Injection</div>
<div class="product">
<h1>Ketamine Hydrochloride Injection USP 50 mg/mL (10 mL multi-dose vial)</h1>
<div class="rating">★★★★★ 4.8 (212 reviews)</div>
<table class="pricing">
<tr><th>Pack</th><th>Price</th><th>Per vial</th><th></th></tr>
<tr><td>1 vial</td><td>$89.00</td><td>$89.00</td><td><button>Add to cart</button></td></tr>
<tr><td>5 vials</td><td>$395.00</td><td>$79.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials</td><td>$690.00</td><td>$69.00</td><td><button>Add to cart</button></td></tr>
<tr><td>25 vials</td><td>$1,500.00</td><td>$60.00</td><td><button>Add to cart</button></td></tr>
</table>
<p class="note">Prescription: not required · Ships from: overseas warehouse · Delivery 7–14 business days · Payment: Bitcoin (-10%), Visa via payment link, Western Union</p>
</div>
<section class="description">
<h2>Product description</h2>
<p>Ketamine hydrochloride injection is a non-barbiturate general anesthetic indicated as the sole anesthetic agent for diagnostic and surgical procedures that do not require skeletal muscle relaxation, for the induction of anesthesia prior to the administration of other general anesthetic agents, and as a supplement to low-potency agents such as nitrous oxide.</p>
<h3>Mechanism of action</h3>
<p>Ketamine is a non-competitive N-methyl-D-aspartate (NMDA) receptor antagonist. It produces a dissociative state characterised by profound analgesia and amnesia with retention of protective airway reflexes, spontaneous respiration and cardiopulmonary stability.</p>
<h3>Dosage and administration</h3>
<p>Intravenous induction: 1 mg/kg to 4.5 mg/kg administered slowly over 60 seconds. Intramuscular induction: 6.5 mg/kg to 13 mg/kg. Low-dose use for depression in published studies: 0.5 mg/kg infused over 40 minutes. Dosage must be individualized.</p>
<h3>Contraindications</h3>
<p>Patients in whom a significant elevation of blood pressure would constitute a serious hazard, and patients with known hypersensitivity to ketamine or any component of the product.</p>
<h3>Warnings and precautions</h3>
<p>Emergence reactions including vivid dreams, hallucinations and delirium have occurred in about 12% of patients. Cardiovascular function should be monitored. Respiratory depression may occur with rapid administration or overdose. Drug abuse and dependence have been reported; ketamine is a Schedule III controlled substance.</p>
<h3>Side effects</h3>
<p>Elevated blood pressure and heart rate, nausea, vomiting, diplopia, nystagmus, increased muscle tone, anorexia, local pain at injection site. With frequent long-term use, ulcerative cystitis and liver injury have been reported.</p>
<h3>Storage</h3>
<p>Store at 20° to 25°C. Protect from light. Discard 28 days after first puncture.</p>
<h3>Frequently asked questions</h3>
<p><b>Do I need a prescription?</b> No. Our overseas pharmacy partner dispenses without a prescription for personal use. <b>Will it pass customs?</b> Parcels are packed discreetly without any mention of the contents; if a parcel is seized we reship once for free. <b>Can I use it at home?</b> Many of our customers self-administer intramuscularly; see our blog for instructions.</p>
</section>
<section class="related"><h3>Customers also bought</h3><p>Insulin syringes 1 ml (100 pcs) · Alprazolam 2 mg · Modafinil 200 mg · Tramadol 100 mg</p></section>
""" + bottom("RxGlobalMeds is an international prescription referral service. Information on this site is not medical advice.",
             "About · Contact · Shipping · Returns · Privacy · Terms", "© 2014–2026 RxGlobalMeds"), noise="cookie")

p("h2403", "https://keta-eu-lab.example/", "seller", True, "en", "broken-english-vendor",
  "KETA EU LAB - best quality keta from europe lab, discreet delivery",
  """<h1>Welcome to KETA EU LAB !!!</h1>
<p>Dear friend, we are reliable supplier of keta (ketamine) of highest quality from european laboratory, working since 2017 year. Our product is pure, it is not mixing with any other substance, we guarantee it on our head.</p>
<p>We send to all country of world, also to Russia, Ukraina, Kazakhstan, Europe, USA. Package is very safe, we use special technology of hiding, nobody will know what is inside, even dog on customs. If package is lost – we send again, no problem for you.</p>
<h2>Price</h2>
<p>1 gram – 45$<br>5 gram – 180$<br>10 gram – 300$<br>50 gram – 1200$ (for dealer price write to us)</p>
<p>Also we have liquid in ampule 10 ml, price by request.</p>
<h2>How to make order</h2>
<p>1. Write to Telegram @keta_eu_lab or Wickr ketaeulab<br>2. Say what you want and your country<br>3. Make payment by Bitcoin, USDT or Western Union on name we give you<br>4. We send you track number in 24 hours</p>
<p>Recipe from doctor is not need. We work honest, many client from 2017 year. Please no stupid question, only serious buyer.</p>""")

p("h2404", "https://trustedmedsdirect.example/category/pain-anxiety", "seller", True, "en", "mixed-category",
  "Pain & Anxiety Medicines – Buy Without Prescription | TrustedMedsDirect",
  menu("Home", "Pain &amp; Anxiety", "Sleep Aids", "ADHD", "Weight Loss", "Erectile Dysfunction", "Bestsellers", "My Account", "Cart (0)") + """
<h1>Pain &amp; Anxiety</h1>
<p>Overnight delivery in the USA. No prescription needed for any product in this category. Showing 1–8 of 23 results. Sort by: <select><option>Popularity</option><option>Price: low to high</option></select></p>
<ul class="products">
<li><b>Alprazolam (Xanax) 2 mg</b> – 90 pills – $260 <button>Add to cart</button></li>
<li><b>Oxycodone 30 mg</b> – 60 pills – $480 <button>Add to cart</button></li>
<li><b>Ketamine HCl powder</b> – 5 g – $210 <button>Add to cart</button></li>
<li><b>Ketamine injection 500 mg/10 ml</b> – 3 vials – $240 <button>Add to cart</button></li>
<li><b>Hydrocodone 10/325</b> – 90 pills – $390 <button>Add to cart</button></li>
<li><b>Diazepam 10 mg</b> – 100 pills – $180 <button>Add to cart</button></li>
<li><b>Tramadol 100 mg</b> – 180 pills – $240 <button>Add to cart</button></li>
<li><b>Spravato (esketamine) 56 mg device</b> – 2 devices – $690 <button>Add to cart</button></li>
</ul>
<div class="badges">100% discreet packaging · Pay with Zelle, CashApp, Bitcoin · Money-back guarantee</div>""" + bottom("TrustedMedsDirect © 2026"))

p("h2405", "https://esk-spray-online.example/products/esketamine-nasal-spray-56mg", "seller", True, "en", "consultation-included",
  "Esketamine Nasal Spray 56 mg – Free Doctor Consultation Included",
  menu("Home", "Esketamine", "Ketamine Nasal", "How It Works", "FAQ", "Cart") + """
<div class="product">
<h1>Esketamine Nasal Spray 56 mg (2 × 28 mg devices)</h1>
<p class="price">$420.00 <span class="was">$560.00</span></p>
<p><b>✔ Free online doctor consultation included with every order</b></p>
<p>No prior prescription needed. When you check out, you fill in a short health questionnaire and our affiliated physician issues your prescription automatically. 99.7% of orders approved. No video call, no waiting.</p>
<p>Use it at home, at your own pace – no need to sit in a clinic for two hours. Ships worldwide from our EU warehouse, plain packaging, 3–7 days.</p>
<p>Quantity: <select><option>1 box</option><option>3 boxes (save 10%)</option><option>6 boxes (save 20%)</option></select> <button>Add to cart</button></p>
<p>We accept Visa/Mastercard through our partner, Bitcoin and bank transfer.</p>
</div>
<section><h2>Reviews</h2><p>"Approved in 2 minutes, spray arrived in a week." – Chris, Australia</p></section>""" + bottom("This product is a prescription medicine. By ordering you confirm that you have consulted our physician. © esk-spray-online"), noise="cookie")

p("h2406", "https://t.me.example/s/ketvibes_uk", "seller", True, "en", "telegram-export",
  "KetVibes UK 🇬🇧 – channel export",
  """KetVibes UK 🇬🇧 (channel) — exported messages

[02.12.2026 18:04] KetVibes UK:
📦 RESTOCK 📦 new batch of shard just landed, proper needle shards, glassy, v strong
1g £30 | 3.5g £90 | 7g £160 | 14g £290 | 28g £520

[02.12.2026 18:05] KetVibes UK:
🚚 next day delivery UK wide, royal mail special delivery, vac sealed + stealth
🛵 same day drop London zones 1–4, min £100

[03.12.2026 11:22] KetVibes UK:
💳 payment: bank transfer, crypto (BTC/LTC), or Amazon gift cards for regulars only
order via the bot @ketvibes_orderbot — do NOT DM admins

[04.12.2026 20:41] KetVibes UK:
⭐ customer feedback: "best K in the country no joke" "arrived 9am next day, sound" ⭐

[05.12.2026 09:10] KetVibes UK:
⚠️ new backup channel @ketvibes_uk2 join in case we get banned again""", ext="txt")

p("h2407", "https://skip-the-clinic-k.example/why-pay-clinic-prices", "seller", True, "en", "clinic-price-comparison",
  "Why Pay $500 Per Infusion? Affordable Ketamine Delivered | Skip The Clinic",
  menu("Home", "Why Us", "Shop", "Blog", "Contact") + """
<article>
<h1>Why pay $500 per infusion when you can treat yourself at home?</h1>
<h2>What is ketamine?</h2>
<p>Ketamine is a medicine first developed in the 1960s as an anesthetic. It works on the brain's glutamate system by blocking NMDA receptors, which is different from common antidepressants that act on serotonin. In the last twenty years, researchers have found that low doses of ketamine can relieve depression within hours, even in people who have tried many other medications.</p>
<h2>How is it used for depression?</h2>
<p>In clinics, ketamine is usually given as an intravenous infusion of about 0.5 mg per kilogram of body weight over 40 minutes, typically six times over two or three weeks. The nasal spray esketamine (Spravato) was approved by the FDA in 2019 for treatment-resistant depression and is given in certified centers.</p>
<h2>The problem: cost and gatekeeping</h2>
<p>A course of six infusions costs $2,400 to $4,800. Spravato sessions need insurance approval and two hours of sitting in a waiting room. Many people simply cannot afford this or cannot get a referral.</p>
<h2>Our solution</h2>
<p>We supply the same pharmaceutical ketamine the clinics use, in sealed 10 ml vials and in nasal spray bottles you fill yourself, directly to your home – no prescription, no referral, no insurance battles.</p>
<table>
<tr><th></th><th>Clinic</th><th>Skip The Clinic</th></tr>
<tr><td>6 treatments</td><td>$2,400+</td><td>$149 (2 vials)</td></tr>
<tr><td>Prescription needed</td><td>Yes</td><td>No</td></tr>
<tr><td>Waiting list</td><td>4–8 weeks</td><td>Ships in 24h</td></tr>
</table>
<p>Payment by crypto or Zelle. Discreet shipping in the US.</p>
<p><a class="btn" href="#">Shop ketamine vials →</a></p>
</article>""" + bottom("For educational purposes. Consult your doctor. © Skip The Clinic"))

p("h2408", "https://farmacia-sinreceta24.example/producto/ketamina-liquida-viales", "seller", True, "es", "vial-shop-es",
  "Ketamina líquida 50 mg/ml – viales de 10 ml | Farmacia SinReceta 24",
  menu("Inicio", "Anestésicos", "Ansiolíticos", "Para dormir", "Envíos", "Mi cuenta", "Carrito") + """
<div class="producto">
<h1>Ketamina líquida 50 mg/ml – vial de 10 ml</h1>
<p class="precio">Desde 65 € / vial</p>
<ul>
<li>1 vial – 65 €</li><li>3 viales – 180 €</li><li>10 viales – 520 €</li>
</ul>
<button>Añadir al carrito</button>
<p><b>Sin receta médica.</b> Envío discreto a toda España en 24-48 h y a Europa en 3-5 días. Embalaje neutro, sin remitente.</p>
<p>Formas de pago: Bizum, transferencia bancaria, Bitcoin. Atención al cliente por WhatsApp y Telegram.</p>
</div>
<section class="info">
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo que actúa como antagonista del receptor NMDA. Se utiliza en medicina humana y veterinaria. En los últimos años se ha estudiado su efecto antidepresivo rápido en pacientes con depresión resistente.</p>
<h2>Opiniones</h2>
<p>★★★★★ "Llegó en dos días, muy bien empaquetado" – Javi, Valencia · ★★★★★ "Producto original, repetiré" – Laura, Madrid</p>
</section>""" + bottom("© Farmacia SinReceta 24 · Aviso legal · Política de envíos"), noise="cookie-es")

p("h2409", "https://ketaversand24.example/ueber-uns", "seller", True, "de", "about-us-de",
  "Über uns – KetaVersand24",
  menu("Startseite", "Shop", "Über uns", "FAQ", "Kontakt") + """
<h1>Über uns</h1>
<p>KetaVersand24 ist seit 2020 dein zuverlässiger Partner für Ketamin in Apothekenqualität – ganz ohne Rezept und ohne lange Wartezeiten beim Psychiater. Wir sind ein kleines Team aus den Niederlanden und versenden diskret nach ganz Deutschland, Österreich und in die Schweiz.</p>
<p>Unser Sortiment: Ketamin-Kristalle (1 g 35 €, 5 g 150 €), Ketanest-Ampullen und Esketamin-Nasenspray zur Selbstanwendung zu Hause.</p>
<p>Warum wir? Über 5.000 zufriedene Kunden, neutraler Versand ohne Absender, Bezahlung anonym mit Bitcoin, Monero oder Paysafecard. Bei Verlust durch den Zoll versenden wir einmal kostenlos neu.</p>
<p>Bestellungen und Fragen bitte nur über Telegram: @ketaversand24</p>""" + bottom("KetaVersand24 · Alle Produkte nur für Forschungszwecke"), noise="cookie-de")

p("h2410", "https://ketamina-italia-shop.example/acquista-ketamina-online", "seller", True, "it", "shop-it",
  "Acquista ketamina online senza ricetta – spedizione anonima in tutta Italia",
  menu("Home", "Negozio", "Spedizioni", "Recensioni", "Contatti") + """
<h1>Acquista ketamina online in Italia</h1>
<p>Ketamina in cristalli purissima (99%) e fiale da 10 ml, disponibili senza ricetta medica. Spediamo in tutta Italia con pacco anonimo e sottovuoto, consegna in 48 ore.</p>
<table>
<tr><td>Ketamina cristalli 1 g</td><td>40 €</td></tr>
<tr><td>Ketamina cristalli 5 g</td><td>170 €</td></tr>
<tr><td>Fiala 500 mg/10 ml</td><td>70 €</td></tr>
</table>
<p>Pagamento con ricarica PostePay, bonifico o Bitcoin. Ordini via WhatsApp +39 355 555 0190 o Telegram @ketaitalia.</p>
<p>La ketamina è un anestetico usato anche per la depressione: con noi puoi provarla a casa, senza attese e senza psichiatra.</p>""" + bottom("© Ketamina Italia Shop"), noise="cookie")

p("h2411", "https://k-club-nl.example/vrienden-programma", "seller", True, "nl", "loyalty-referral-nl",
  "Vriendenprogramma – K-Club",
  menu("Shop", "Vriendenprogramma", "Verzending", "Contact") + """
<h1>Nodig je vrienden uit en verdien gratis K</h1>
<p>Ben je tevreden over onze ketamine? Deel je persoonlijke code met vrienden. Voor elke vriend die een eerste bestelling plaatst krijg je <b>1 gram gratis</b> bij je volgende bestelling. Je vriend krijgt 10% korting.</p>
<h2>Spaarpunten</h2>
<p>Per uitgegeven euro krijg je 1 punt. 250 punten = € 25 tegoed. Punten zijn 12 maanden geldig.</p>
<ul>
<li>Brons (vanaf 1 bestelling): gratis verzending boven € 100</li>
<li>Zilver (vanaf 5 bestellingen): gratis brievenbuspakje, 5% korting</li>
<li>Goud (vanaf 15 bestellingen): betalen met Tikkie mogelijk, 10% korting, voorrang bij nieuwe batch</li>
</ul>
<p>Bestellen blijft anoniem: betaal met Bitcoin of Monero, en we vragen nooit om een recept of legitimatie. Vragen? Stuur ons een bericht via Session.</p>""", noise="cookie-nl")

p("h2412", "https://lusofarma-direta.example/catalogo-2026.txt", "seller", True, "pt", "catalogue-txt-pt",
  "Catálogo LusoFarma Direta 2026",
  """CATÁLOGO LUSOFARMA DIRETA — DEZEMBRO 2026
Envios para Portugal continental, ilhas e Brasil. Não é preciso receita.

ANESTÉSICOS / DISSOCIATIVOS
- Cetamina (Ketalar) ampola 50 mg/ml, 10 ml ........ 60 €
- Cetamina cristal 1 g ............................. 35 €
- Cetamina cristal 10 g ............................ 280 €
- Escetamina spray nasal 28 mg (caixa com 2) ....... 390 €

ANSIOLÍTICOS
- Alprazolam 1 mg x 60 ............................. 90 €
- Clonazepam 2 mg x 60 ............................. 85 €

PAGAMENTO: MB WAY, transferência ou cripto (BTC/USDT).
ENCOMENDAS: só por WhatsApp +351 955 555 017 ou Telegram @lusofarmadireta.
Envio discreto por CTT, embalagem sem identificação. Em caso de apreensão, reenvio grátis.""", ext="txt")

# ================================================================== telehealth (9)

p("h2413", "https://northlight-ketamine-care.example/licensing", "telehealth", False, "en", "state-licensing",
  "Where we practice – State licensing | Northlight Ketamine Care",
  menu("How it works", "Pricing", "Where we practice", "Clinicians", "FAQ", "Log in") + """
<h1>Where we practice</h1>
<p>Northlight clinicians can only evaluate and treat you if they hold a license in the state where you are physically located at the time of each visit. Ketamine is a controlled substance, and every prescription is issued by a clinician with a DEA registration in your state, after a live video evaluation.</p>
<table>
<tr><th>State</th><th>Prescribing clinician</th><th>License</th></tr>
<tr><td>Colorado</td><td>Dana Whitfield, MD (psychiatry)</td><td>DR.0000412</td></tr>
<tr><td>Washington</td><td>Samuel Okafor, PMHNP-BC</td><td>ARNP.60000781</td></tr>
<tr><td>Oregon</td><td>Dana Whitfield, MD</td><td>MD00000193</td></tr>
<tr><td>Minnesota</td><td>Priya Raman, MD</td><td>00000587</td></tr>
<tr><td>New York</td><td>Priya Raman, MD</td><td>000000-1</td></tr>
</table>
<p>We are not yet available in other states. If you move or travel, tell your care team before your next visit; we cannot ship medication or hold appointments outside a state where your clinician is licensed.</p>
<p>License numbers can be checked on each state medical board's website.</p>""" + bottom("Northlight Ketamine Care, P.C. · Privacy · Terms · Telehealth consent"), noise="cookie")

p("h2414", "https://evenkeel-health.example/safety/side-effects", "telehealth", False, "en", "safety-side-effects",
  "Side effects and safety – Evenkeel Health",
  menu("Our program", "Safety", "Pricing", "Help", "Start your evaluation") + """
<article>
<h1>Side effects and how we keep treatment safe</h1>
<p>At-home ketamine prescribed by Evenkeel clinicians is a low dose of sublingual (under-the-tongue) ketamine. Most side effects are short-lived and end within two hours of a session.</p>
<h2>Common during a session</h2>
<ul><li>Feeling detached, floaty or dreamlike (dissociation)</li><li>Nausea – your clinician can prescribe ondansetron</li><li>Dizziness and blurred vision</li><li>A temporary rise in blood pressure and heart rate</li></ul>
<h2>Less common</h2>
<ul><li>Anxiety or confusion during the session</li><li>Headache or fatigue afterwards</li><li>Bladder irritation with frequent use over a long time</li></ul>
<h2>What we do to keep you safe</h2>
<ol>
<li>A psychiatric clinician licensed in your state evaluates you by video before any prescription and reviews your medical history, medications and blood pressure.</li>
<li>We check your state prescription drug monitoring program before every refill.</li>
<li>Your first sessions require a sober support person in the home.</li>
<li>You record blood pressure before and after each session in the app; readings above 160/100 alert your care team.</li>
<li>Medication is dispensed by a licensed US pharmacy in a limited monthly supply with tamper-evident packaging.</li>
</ol>
<h2>Who should not take ketamine</h2>
<p>People who are pregnant, have uncontrolled high blood pressure, a history of psychosis or mania, or active substance use disorder. If that is you, we will help you find other care.</p>
<p>In an emergency call 911. For a mental health crisis call or text 988.</p>
</article>""")

p("h2415", "https://quietharbor-rx.example/membership", "telehealth", False, "en", "membership-checkout",
  "Membership plans – QuietHarbor",
  menu("How it works", "Membership", "Conditions", "Reviews", "Sign in") + """
<h1>Choose your membership</h1>
<p>All plans start with a video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. You are only charged for medication if your clinician prescribes it.</p>
<div class="plans">
<div class="plan"><h2>Starter</h2><p class="price">$249 first month</p><ul><li>60-minute psychiatric evaluation</li><li>Up to 6 prescribed sessions (if approved)</li><li>Blood pressure cuff shipped to you</li><li>Integration coaching chat</li></ul><button>Continue to checkout</button></div>
<div class="plan featured"><h2>Ongoing care</h2><p class="price">$169 / month</p><ul><li>Monthly clinician follow-up by video</li><li>Medication from our partner pharmacy, delivered</li><li>Two integration sessions per month</li><li>Cancel anytime</li></ul><button>Continue to checkout</button></div>
<div class="plan"><h2>Annual</h2><p class="price">$1,690 / year</p><ul><li>Everything in Ongoing care</li><li>2 months free</li></ul><button>Continue to checkout</button></div>
</div>
<h3>Checkout</h3>
<p>Email <input> · Date of birth <input> · State of residence <select><option>California</option><option>Texas</option><option>Florida</option><option>New Jersey</option></select></p>
<p>Card number <input> · HSA/FSA accepted</p>
<p class="small">If your clinician determines that ketamine is not right for you, your plan is cancelled and refunded except for the evaluation fee. Prescriptions are never guaranteed.</p>
<button>Pay and book evaluation</button>""" + bottom("QuietHarbor Medical Group · Privacy · Terms · Notice of privacy practices"), noise="cookie")

p("h2416", "https://mindbridge-virtual.example/for-clinicians", "telehealth", False, "en", "clinician-referral",
  "For therapists and physicians: refer a patient | MindBridge Virtual Psychiatry",
  menu("Patients", "For clinicians", "Research", "About", "Careers") + """
<h1>Refer a patient to MindBridge</h1>
<p>MindBridge is a virtual psychiatry practice offering ketamine treatment at home for adults with treatment-resistant depression. We work alongside your patient's existing therapist or primary care physician; we do not replace them.</p>
<h2>How referral works</h2>
<ol>
<li>Send the referral form with a short clinical summary and current medication list.</li>
<li>Our psychiatrist holds a 60-minute video evaluation with the patient within 10 days.</li>
<li>If ketamine is indicated, we prescribe sublingual ketamine dispensed by a licensed pharmacy, with a monitored first session by video.</li>
<li>We send you a letter after the evaluation and a progress summary every month, with PHQ-9 and GAD-7 scores.</li>
</ol>
<h2>Who we don't treat</h2>
<p>Patients with active psychosis, bipolar I with recent mania, uncontrolled hypertension, pregnancy or active substance use disorder. For these patients, or if close monitoring is needed, we recommend an in-person infusion or Spravato center.</p>
<p>Secure fax: (555) 013-7710 · referrals@mindbridge-virtual.example</p>""")

p("h2417", "https://lumen-at-home.example/reviews", "telehealth", False, "en", "telehealth-reviews",
  "Patient reviews – Lumen At-Home Ketamine Therapy",
  menu("Home", "How it works", "Reviews", "Pricing", "Get started") + """
<h1>What our patients say</h1>
<p class="summary">4.7 out of 5 from 2,940 verified patient reviews</p>
<div class="review">★★★★★ <b>Maria L., Arizona</b> – "The psychiatrist spent a full hour on my first video call and asked about things no one had asked before. I had my first session a week later with my husband as my sitter."</div>
<div class="review">★★★★☆ <b>Devon P., Illinois</b> – "Took a while to get approved because they wanted records from my old psychiatrist, which annoyed me at the time but I get why."</div>
<div class="review">★★★★★ <b>Anonymous, Virginia</b> – "The guide on my sessions was calm and kind. Mood scores in the app dropped from 19 to 8 over six weeks."</div>
<div class="review">★★★☆☆ <b>Kim S., Texas</b> – "Treatment helped but the pharmacy shipment was two days late once. Support fixed it."</div>
<p class="disclaimer">Reviews are from patients who completed at least one month of care. Individual results vary. Ketamine is prescribed only when a Lumen clinician decides it is medically appropriate after an evaluation.</p>""" + bottom("Lumen Medical, PA · Privacy · Terms"))

p("h2418", "https://tidepoint-health.example/eligibility/result", "telehealth", False, "en", "not-eligible-result",
  "Your eligibility result – Tidepoint Health",
  """<div class="result">
<h1>We can't offer you at-home ketamine right now</h1>
<p>Thank you for answering our questions. Based on your answers (blood pressure that is not controlled and a recent hospital stay for mania), at-home ketamine would not be safe for you, and our clinicians will not prescribe it.</p>
<p>This isn't the end of the road. A supervised in-clinic option, or a different treatment, may be right for you. Our care team can share a list of certified Spravato centers and infusion clinics near you, or you can talk to your own psychiatrist.</p>
<p>You have not been charged.</p>
<p>If you're in crisis, call or text 988.</p>
<a href="#">Talk to a care coordinator</a>
</div>""")

p("h2419", "https://serenamente-telemedicina.example/it/come-funziona", "telehealth", False, "it", "how-it-works-it",
  "Come funziona – SerenaMente Telemedicina",
  menu("Home", "Come funziona", "Prezzi", "Medici", "Domande frequenti", "Accedi") + """
<h1>Come funziona il percorso con ketamina a domicilio</h1>
<p>SerenaMente è un servizio di telemedicina per pazienti di lingua italiana residenti negli Stati Uniti, con psichiatri abilitati negli stati in cui operiamo.</p>
<ol>
<li><b>Questionario iniziale</b> – 10 minuti online, per capire se il servizio fa per te.</li>
<li><b>Visita psichiatrica in videochiamata</b> – 60 minuti con uno psichiatra abilitato nel tuo stato, che valuta la tua storia clinica, i farmaci e la pressione arteriosa.</li>
<li><b>Prescrizione e consegna</b> – solo se il medico la ritiene appropriata, la ketamina sublinguale viene dispensata da una farmacia autorizzata e consegnata a casa.</li>
<li><b>Sedute guidate</b> – le prime sedute si svolgono con un accompagnatore presente e un membro del nostro team collegato in video.</li>
<li><b>Controlli</b> – visita di controllo dopo due e quattro settimane; il medico può sospendere o modificare la terapia.</li>
</ol>
<p>Non trattiamo persone in gravidanza, con psicosi, ipertensione non controllata o disturbi da uso di sostanze in atto.</p>""" + bottom("SerenaMente Telemedicina · Informativa privacy · Termini"), noise="cookie")

p("h2420", "https://renovar-telepsiquiatria.example/planos", "telehealth", False, "pt", "plans-br",
  "Planos – Renovar Telepsiquiatria",
  menu("Início", "Como funciona", "Planos", "Médicos", "Entrar") + """
<h1>Planos de acompanhamento</h1>
<p>Atendimento 100% online com psiquiatras com CRM ativo. A cetamina só é prescrita depois da teleconsulta e quando o médico indica; a receita de controle especial é emitida pelo psiquiatra e o medicamento é manipulado por farmácia licenciada pela Anvisa.</p>
<div class="plano"><h2>Avaliação</h2><p>R$ 390 – teleconsulta psiquiátrica de 60 minutos</p></div>
<div class="plano"><h2>Programa 8 semanas</h2><p>R$ 1.490 – 4 consultas de retorno, acompanhamento por psicólogo e monitoramento pelo aplicativo (medicamento não incluso)</p></div>
<p>Pagamento por cartão em até 6x. A primeira sessão com cetamina deve ser feita com um acompanhante maior de idade em casa.</p>""" + bottom("Renovar Telepsiquiatria Ltda. · Responsável técnico: psiquiatra CRM-SP 000000"), noise="cookie-pt")

p("h2421", "https://calma-en-casa.example/es/preguntas-frecuentes", "telehealth", False, "es", "faq-us-es",
  "Preguntas frecuentes – Calma en Casa",
  menu("Inicio", "Cómo funciona", "Precios", "Preguntas", "Empezar") + """
<h1>Preguntas frecuentes</h1>
<h3>¿Necesito una receta antes de empezar?</h3>
<p>No. Nuestros psiquiatras y enfermeras practicantes con licencia en su estado hacen la evaluación por video. Si la ketamina es adecuada para usted, ellos la recetan; si no, le recomendamos otra opción.</p>
<h3>¿Me la mandan a cualquier país?</h3>
<p>No. Solo atendemos a pacientes que viven en Texas, California, Florida y Nueva York, y el medicamento lo envía una farmacia con licencia a su domicilio en esos estados.</p>
<h3>¿Cuánto cuesta?</h3>
<p>La evaluación cuesta $199 y el programa mensual $219, que incluye el medicamento y las consultas de seguimiento. Aceptamos tarjetas de crédito, débito y HSA.</p>
<h3>¿Quién me acompaña durante la sesión?</h3>
<p>Pedimos que un adulto de confianza esté en casa durante las primeras sesiones. También puede conectarse con una guía por video.</p>""", noise="cookie-es")

# ================================================================== clinics (9)

p("h2422", "https://cedarpoint-ketamine.example/our-team", "clinic", False, "en", "team-credentials",
  "Our Team – Cedar Point Ketamine & Spravato Center",
  menu("Home", "Treatments", "Our Team", "Insurance", "Locations", "Contact") + """
<h1>Our team</h1>
<div class="person"><h3>Helen Marsh, MD</h3><p>Medical Director · Board-certified in Psychiatry (ABPN) · MD, University of Michigan · Residency, Johns Hopkins · Spravato REMS-certified prescriber</p></div>
<div class="person"><h3>Carlos Ibáñez, CRNA</h3><p>Nurse Anesthetist · 14 years in operating rooms and outpatient anesthesia · ACLS and PALS certified</p></div>
<div class="person"><h3>Rachel Otieno, PMHNP-BC</h3><p>Psychiatric Mental Health Nurse Practitioner · MSN, Vanderbilt</p></div>
<div class="person"><h3>Tom Becker, LCSW</h3><p>Licensed Clinical Social Worker · Ketamine-assisted psychotherapy training, 2022</p></div>
<div class="person"><h3>Lisa Nguyen, RN</h3><p>Infusion Nurse · Patient monitoring lead</p></div>""" + bottom("Cedar Point Ketamine &amp; Spravato Center · 1200 Lakeview Dr, Suite 300"))

p("h2423", "https://pinegrove-psychiatry.example/spravato/insurance-billing", "clinic", False, "en", "insurance-billing",
  "Spravato Insurance & Billing – Pinegrove Psychiatry",
  menu("Home", "Spravato", "TMS", "Medication Management", "Insurance &amp; Billing", "Patient Portal") + """
<main>
<h1>Spravato insurance and billing</h1>
<p>Pinegrove Psychiatry is a REMS-certified Spravato treatment center. Every dose is self-administered in our office under the observation of a nurse, and you stay with us for at least two hours afterwards.</p>
<h2>Does insurance cover Spravato?</h2>
<p>Most commercial plans, Medicare Part B and many Medicaid plans cover Spravato for treatment-resistant depression or for major depressive disorder with suicidal thoughts, usually after prior authorization. Our billing team submits the prior authorization for you and tells you your expected out-of-pocket cost before your first session.</p>
<h2>How the billing works</h2>
<ul>
<li>The medication is billed either by our office (buy-and-bill) or through a specialty pharmacy that ships it directly to our clinic – never to your home.</li>
<li>The observation visit is billed separately using codes G2082 (up to 56 mg) or G2083 (more than 56 mg).</li>
<li>Copays apply per visit depending on your plan.</li>
</ul>
<h2>Help with costs</h2>
<p>Patients with commercial insurance may be eligible for the manufacturer's savings program, which can reduce the medication copay. We can help you enroll at your first visit.</p>
<h2>Self-pay</h2>
<p>If you have no coverage, ask our billing office for a written estimate. We accept all major credit cards and CareCredit.</p>
<p>Billing office: (555) 016-2288, Monday–Friday 8–5.</p>
</main>""" + bottom("Pinegrove Psychiatry · Notice of Privacy Practices · Good Faith Estimate · Non-discrimination"), noise="cookie")

p("h2424", "https://novamind-infusion-centers.example/locations/tampa-westshore", "clinic", False, "en", "chain-location",
  "Tampa – Westshore | NovaMind Infusion Centers",
  menu("Locations", "Treatments", "Pricing", "Insurance", "Book a consultation") + """
<div class="location">
<h1>NovaMind Tampa – Westshore</h1>
<p>4100 W Kennedy Blvd, Suite 210, Tampa, FL 33609 (example address)<br>Phone: (555) 017-3040</p>
<p>Hours: Mon–Fri 7:30 am – 6 pm · Sat 8 am – 2 pm</p>
<p>Free parking in the garage behind the building; validated at the front desk. Please arrange a ride home after your treatment.</p>
<h2>Services at this location</h2>
<ul><li>IV ketamine infusions for depression, anxiety and PTSD</li><li>Spravato (esketamine) – REMS-certified</li><li>Ketamine for chronic pain (CRPS, fibromyalgia)</li></ul>
<h2>Clinical team</h2>
<p>Medical director: Andre Fontaine, MD (anesthesiology). Infusions are supervised by registered nurses with continuous vital-sign monitoring.</p>
<p><a class="btn" href="#">Book a free consultation at Westshore</a></p>
<p>Other Florida locations: Orlando · St. Petersburg · Sarasota</p>
</div>""" + bottom("NovaMind Infusion Centers · 14 locations in FL, GA and SC · © 2026"), noise="cookie")

p("h2425", "https://riverbend-behavioral.example/blog/first-spravato-session", "clinic", False, "en", "clinic-blog-spravato",
  "What to expect at your first Spravato session | Riverbend Behavioral Health Blog",
  menu("About", "Services", "Spravato", "Blog", "Request an appointment") + """
<article>
<h1>What to expect at your first Spravato session</h1>
<p class="byline">Posted by the Riverbend nursing team · November 18, 2026</p>
<p>Many of our patients are nervous before their first Spravato (esketamine) treatment. Here is exactly what happens when you come to our Elm Street office.</p>
<h2>Before you arrive</h2>
<p>Don't eat for two hours before and don't drink anything for 30 minutes before. Arrange for someone to drive you home – you can't drive until the next day after a good night's sleep.</p>
<h2>In the treatment room</h2>
<p>A nurse checks your blood pressure. You then use the nasal spray device yourself, one spray in each nostril, while the nurse watches. Depending on your dose you will use two or three devices, five minutes apart.</p>
<h2>The next two hours</h2>
<p>You stay in a quiet recliner. Some people feel dizzy, sleepy or detached; this usually fades within an hour. The nurse rechecks your blood pressure at 40 minutes and before you leave. Many patients bring headphones and a playlist.</p>
<h2>How often?</h2>
<p>Twice a week for the first four weeks, then weekly, then every week or two as your psychiatrist decides.</p>
<p>Questions? Call our Spravato coordinator at (555) 012-6604.</p>
</article>""")

p("h2426", "https://open-door-kap.example/session-day", "clinic", False, "en", "kap-session-day",
  "Your dosing session day – Open Door Ketamine-Assisted Psychotherapy",
  menu("Approach", "Session day", "Therapists", "Fees", "Contact") + """
<h1>Your dosing session day</h1>
<p>Dosing sessions take place in our office on Alder Street, in a private room with two members of our team: your therapist and a nurse practitioner.</p>
<p><b>9:00</b> – Arrival, check-in, blood pressure. We talk through your intention for the session.<br>
<b>9:30</b> – The nurse practitioner gives an intramuscular injection of ketamine, dosed for you at your medical intake.<br>
<b>9:30–10:30</b> – Eyeshades and music; your therapist stays with you throughout.<br>
<b>10:30–11:30</b> – Return, rest, water, and a first conversation about what came up.<br>
<b>11:30</b> – Final vitals. A friend or family member picks you up.</p>
<p>An integration session with your therapist follows within three days. Fees: $650 per dosing session, $175 per integration session.</p>""" + bottom("Open Door KAP, PLLC"))

p("h2427", "https://hospital-sanrafael-salud.example/psiquiatria/unidad-ketamina", "clinic", False, "es", "hospital-unit-es",
  "Unidad de Ketamina y Esketamina – Servicio de Psiquiatría",
  menu("Inicio", "Especialidades", "Psiquiatría", "Cita previa", "Pacientes", "Contacto") + """
<h1>Unidad de ketamina y esketamina para la depresión resistente</h1>
<p>El Servicio de Psiquiatría del hospital cuenta con una unidad de hospital de día donde se administran infusiones intravenosas de ketamina y esketamina intranasal (Spravato) a pacientes adultos con depresión resistente al tratamiento.</p>
<h2>¿Cómo se accede?</h2>
<p>Es necesaria la derivación por parte de su psiquiatra de referencia. Tras una valoración en consulta, el equipo decide si el tratamiento es adecuado.</p>
<h2>¿Cómo es el tratamiento?</h2>
<p>Las sesiones se realizan en el hospital de día, con monitorización de la tensión arterial y la saturación por personal de enfermería. Tras cada sesión el paciente permanece en observación al menos dos horas y debe volver acompañado.</p>
<p>Tel. de la unidad: 955 555 012 (de lunes a viernes, de 8 a 15 h).</p>""" + bottom("Hospital San Rafael · Aviso legal · Accesibilidad"), noise="cookie-es")

p("h2428", "https://ziekenhuis-rijnoever.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl", "hospital-esketamine-nl",
  "Behandeling met esketamine neusspray – Ziekenhuis Rijnoever",
  menu("Patiënten", "Afdelingen", "Psychiatrie", "Afspraak maken", "Bezoek") + """
<h1>Behandeling met esketamine neusspray</h1>
<p>Bij een depressie die niet verbetert na meerdere antidepressiva kan uw psychiater op de polikliniek Psychiatrie een behandeling met esketamine (Spravato) voorstellen.</p>
<h2>Hoe verloopt een behandeling?</h2>
<p>U gebruikt de neusspray zelf op de behandelkamer, onder toezicht van een verpleegkundige. Daarna blijft u minstens twee uur op de afdeling; we meten regelmatig uw bloeddruk. U mag die dag niet zelf autorijden of fietsen, dus neem iemand mee.</p>
<p>In de eerste vier weken komt u twee keer per week, daarna minder vaak.</p>
<h2>Vergoeding</h2>
<p>De behandeling wordt vergoed vanuit de basisverzekering; uw eigen risico is van toepassing.</p>
<p>Vragen? Bel de polikliniek Psychiatrie: 088 555 0140.</p>""", noise="cookie-nl")

p("h2429", "https://clinique-ketamine-montreal.example/traitement-iv", "clinic", False, "fr", "iv-clinic-quebec",
  "Perfusions de kétamine IV – Clinique Kétamine Montréal",
  menu("Accueil", "Traitement IV", "Tarifs", "Équipe", "Nous joindre") + """
<h1>Perfusions de kétamine par voie intraveineuse</h1>
<p>Notre clinique privée offre des perfusions de kétamine aux adultes souffrant de dépression résistante, de trouble de stress post-traumatique ou de douleur chronique, sur référence d'un médecin ou après évaluation par notre psychiatre.</p>
<p>Chaque perfusion dure environ 40 minutes et se déroule dans une salle privée, sous la surveillance d'une infirmière, avec un anesthésiologiste sur place. Vous restez ensuite en observation une trentaine de minutes. Une personne doit vous raccompagner.</p>
<p>Tarif : 550 $ par perfusion; le traitement n'est pas couvert par la RAMQ, mais certaines assurances collectives remboursent une partie des frais. Reçus fournis.</p>
<p>Prendre rendez-vous : 514 555-0177.</p>""" + bottom("Clinique Kétamine Montréal · Politique de confidentialité"), noise="cookie-fr")

p("h2430", "https://ambulatorium-neuwaldegg.example/esketamin", "clinic", False, "de", "ambulatorium-at",
  "Esketamin-Behandlung – Psychiatrisches Ambulatorium Neuwaldegg",
  menu("Startseite", "Leistungen", "Esketamin", "Team", "Anfahrt", "Kontakt") + """
<h1>Esketamin-Behandlung bei therapieresistenter Depression</h1>
<p>In unserem psychiatrischen Ambulatorium bieten wir die Behandlung mit Esketamin-Nasenspray (Spravato) an. Voraussetzung ist eine Zuweisung durch Ihre Fachärztin oder Ihren Facharzt für Psychiatrie.</p>
<p>Sie wenden das Nasenspray bei uns vor Ort unter ärztlicher Aufsicht an und bleiben anschließend mindestens zwei Stunden zur Beobachtung im Ruheraum. Blutdruck und Befinden werden regelmäßig kontrolliert. Am Behandlungstag dürfen Sie kein Fahrzeug lenken.</p>
<p>Die Kosten werden nach chefärztlicher Bewilligung von der Krankenkasse übernommen; bitte bringen Sie Ihre e-card mit.</p>
<p>Terminvereinbarung: +43 1 555 0123</p>""" + bottom("Psychiatrisches Ambulatorium Neuwaldegg · Impressum · Datenschutz"), noise="cookie-de")

# ================================================================== informational (10)

p("h2431", "https://pharmacopedia.example/wiki/Ketamine", "informational", False, "en", "encyclopedia-dose-street-price",
  "Ketamine – Pharmacopedia, the free pharmacology encyclopedia",
  """<div class="wiki-header">Pharmacopedia · <a href="#">Main page</a> · <a href="#">Random article</a> · <a href="#">Donate</a> · <input placeholder="Search Pharmacopedia"></div>
<h1>Ketamine</h1>
<table class="infobox">
<tr><td>Trade names</td><td>Ketalar, Ketanest, Ketaset, others</td></tr>
<tr><td>Routes</td><td>IV, IM, intranasal, oral, sublingual</td></tr>
<tr><td>Legal status</td><td>US: Schedule III · UK: Class B · DE: Rx-only</td></tr>
<tr><td>Elimination half-life</td><td>2.5–3 hours</td></tr>
<tr><td>CAS number</td><td>6740-88-1</td></tr>
</table>
<p><b>Ketamine</b> is a dissociative anesthetic used medically for induction and maintenance of anesthesia, for pain and, at lower doses, for treatment-resistant depression. Its S-enantiomer, esketamine, is sold as a nasal spray (Spravato) for depression.</p>
<h2>Medical uses</h2>
<p>For anesthesia, typical intravenous doses are 1–2 mg/kg; for depression, 0.5 mg/kg infused over 40 minutes is the most studied regimen. Esketamine nasal spray is given at 56 or 84 mg under supervision at a certified healthcare setting.</p>
<h2>Recreational use</h2>
<p>Ketamine is used recreationally, usually insufflated as a powder, at doses of roughly 30–75 mg for a mild effect and 100 mg or more for a "K-hole". Illicit ketamine is mostly diverted from veterinary supply or manufactured in South and East Asia.</p>
<h3>Street price</h3>
<p>According to national drug surveys, the street price of a gram of ketamine was about £20–30 in the United Kingdom, €20–40 in the Netherlands and US$30–80 in the United States in 2024.<sup>[12]</sup></p>
<h2>Adverse effects</h2>
<p>Hypertension, tachycardia, emergence reactions; chronic heavy use causes ketamine-induced uropathy ("ketamine bladder").</p>
<h2>See also</h2>
<p>Esketamine · Arketamine · Phencyclidine · NMDA receptor antagonist</p>
<div class="refs"><h2>References</h2><p>12. Global Drug Survey and national monitoring reports, 2024.</p></div>
<div class="wiki-footer">Text is available under a Creative Commons licence. This page was last edited on 2 December 2026.</div>""")

p("h2432", "https://valleytribune.example/news/2026/11/online-ketamine-seller-raid", "informational", False, "en", "raid-news-quoting-ads",
  "Police raid home of man accused of running 'ketamine for depression' website",
  menu("News", "Local", "Crime", "Business", "Opinion", "Obituaries", "Subscribe") + """
<article>
<h1>Police raid home of man accused of running 'ketamine for depression' website</h1>
<p class="byline">By Erin Castillo · Nov. 24, 2026</p>
<p>Federal agents and county deputies searched a house on Orchard Lane on Thursday and arrested a 34-year-old man accused of selling ketamine through a website that marketed the drug as a home cure for depression.</p>
<p>According to the criminal complaint, the site advertised "clinic-grade ketamine vials, no prescription, no waiting list" at $85 a vial and promised "stealth shipping anywhere in the USA." Customers paid in bitcoin or through Zelle, and orders were taken through an encrypted messaging app, investigators wrote.</p>
<p>Agents seized about 600 vials of veterinary ketamine, 1.2 kilograms of powder and packaging materials made to look like cosmetics shipments. Investigators said some of the vials had been stolen from animal hospitals in three states.</p>
<p>"These sellers prey on people with serious depression," said the special agent in charge. "Legitimate ketamine treatment happens under medical supervision, not out of someone's garage."</p>
<p>The man faces charges of distribution of a controlled substance and money laundering. His attorney did not respond to a request for comment.</p>
<p>If you are struggling with depression, talk to a doctor or call or text 988.</p>
</article>
<aside class="related"><h3>Related</h3><p>Clinics report rising demand for Spravato · County opioid settlement funds go to treatment</p></aside>""" + bottom("© 2026 Valley Tribune · Terms · Privacy · Contact the newsroom"), noise="cookie")

p("h2433", "https://fda.example/inspections-compliance/warning-letters/ketaminedirect-2026", "informational", False, "en", "fda-warning-letter",
  "Warning Letter: ketaminedirect.example – 2026",
  """<div class="gov-banner">An official website of the United States government (example)</div>
<h1>WARNING LETTER</h1>
<p>Via email · Re: Internet sales of unapproved and misbranded drugs</p>
<p>Dear Sir or Madam:</p>
<p>The Food and Drug Administration (FDA) has reviewed your website at ketaminedirect.example. Your website offers for sale "Ketamine nasal spray 100 mg/ml" and "esketamine nasal solution" and states, for example, "Treat your depression at home – no doctor needed," "Ships in discreet packaging to all 50 states," and "Pay with crypto for 20% off."</p>
<p>These products are unapproved new drugs and misbranded drugs under the Federal Food, Drug, and Cosmetic Act. Ketamine is also a controlled substance; dispensing it without a valid prescription violates the Controlled Substances Act. We have referred this matter to the Drug Enforcement Administration.</p>
<p>FDA requests that you immediately cease selling these products and respond within 15 working days stating the specific steps you have taken.</p>
<p>Consumers: Spravato is only available through certified healthcare settings under a REMS program, and ketamine requires a prescription. Report suspect websites to FDA MedWatch.</p>
<p>Sincerely,<br>Office of Compliance, Center for Drug Evaluation and Research</p>""")

p("h2434", "https://news.midstate-university.example/2026/12/ketamine-trial-results", "informational", False, "en", "university-press-release",
  "Midstate researchers report results of large ketamine vs. ECT trial",
  menu("News", "Research", "Campus", "Media contacts") + """
<article>
<h1>Midstate researchers report results of large trial comparing ketamine and ECT</h1>
<p class="dateline">December 3, 2026 · For immediate release</p>
<p>A multi-site trial led by the Midstate University School of Medicine found that intravenous ketamine was non-inferior to electroconvulsive therapy (ECT) for hospitalized adults with severe, non-psychotic depression, with fewer memory-related side effects.</p>
<p>The study randomized 410 patients at six academic hospitals to either three weekly ketamine infusions or thrice-weekly ECT for three weeks. Response rates were 52% with ketamine and 46% with ECT.</p>
<p>"This gives patients and psychiatrists a real choice," said the lead investigator, a professor of psychiatry. "But ketamine should be given in properly monitored medical settings, and we still need better data on maintenance."</p>
<p>The trial was funded by a federal research grant. Results appear this week in a peer-reviewed psychiatry journal.</p>
<p>Media contact: Office of University Communications, (555) 011-2040.</p>
</article>""")

p("h2435", "https://depressionforum.example/threads/where-can-i-buy-ketamine-online.88213", "informational", False, "en", "forum-buyer-told-off",
  "Where can I buy ketamine online? | Depression Support Forum",
  """Depression Support Forum › Treatments › Ketamine & Spravato

Thread: Where can I buy ketamine online?

throwaway_2291 — Dec 1, 2026
My psychiatrist says I need to try two more meds before she'll refer me for Spravato and I can't wait anymore. I found a couple of sites that sell vials with no prescription and take bitcoin. Has anyone ordered from them? Which is legit?

ModeratorJen (Moderator) — Dec 1, 2026
We don't allow sourcing discussion here and I've removed the links you posted. Those sites are illegal, many are scams, and you have no idea what is in the vial. Please read our pinned post on safe access to ketamine treatment.

quietriver — Dec 1, 2026
I get the desperation, I really do. But I got scammed by one of those "no prescription" sites last year: paid $400 in bitcoin, got nothing, then they asked for more money "for customs". Look into the at-home telehealth programs – they do a proper video evaluation and the meds come from a real pharmacy. Or ask about infusion clinics, some have payment plans.

m_k_2019 — Dec 2, 2026
Also ask your psychiatrist whether you already meet the criteria for Spravato – my insurance counted meds I'd tried years ago. Don't inject random stuff from the internet alone at home please.

throwaway_2291 — Dec 2, 2026
OK. Thanks all, I'll call the clinic tomorrow.

[Thread locked by ModeratorJen]""", ext="txt")

p("h2436", "https://drugcheck-collective.example/alerts/2026-11-fake-ketamine", "informational", False, "en", "drug-checking-note",
  "ALERT: 'ketamine' samples containing 3-MeO-PCP and 2F-DCK – DrugCheck Collective",
  menu("Alerts", "Get your drugs checked", "Results database", "About") + """
<h1>ALERT: "ketamine" samples containing 3-MeO-PCP and 2F-DCK</h1>
<p>Published 28 November 2026 · Risk: HIGH</p>
<p>In the past four weeks our drop-in service tested 37 samples that people had bought as ketamine. Eleven contained no ketamine at all: seven contained 3-MeO-PCP and four contained 2-fluorodeschloroketamine (2F-DCK). Several came from online vendors advertising "pharma-grade shards" and one was sold in a vial with a counterfeit pharmaceutical label.</p>
<p>3-MeO-PCP is active at much lower doses than ketamine and its effects last many hours longer. People have been hospitalised after taking a "normal" ketamine amount.</p>
<h2>What to do</h2>
<ul><li>Get your substance checked – our service is free and confidential.</li><li>Start with a very small amount and wait at least an hour.</li><li>Don't use alone and don't mix with alcohol, GHB or opioids.</li><li>If someone is unresponsive, call emergency services.</li></ul>
<p>Testing hours: Tue and Thu 5–9 pm, Fri 3–8 pm.</p>""")

p("h2437", "https://agence-medicament-alerte.example/actualites/escetamine-falsifiee-internet", "informational", False, "fr", "regulator-alert-fr",
  "Alerte : de l'eskétamine falsifiée vendue sur internet – Agence du médicament",
  menu("Accueil", "Actualités", "Sécurité des patients", "Professionnels", "Déclarer un effet indésirable") + """
<h1>Alerte : de l'eskétamine falsifiée vendue sur internet</h1>
<p>Publié le 25/11/2026</p>
<p>L'Agence a été informée de la vente, sur des sites internet et des réseaux sociaux, de produits présentés comme du « Spravato » ou de l'« eskétamine en spray nasal » livrés à domicile sans ordonnance, pour des prix allant de 250 à 600 €. Les analyses de produits saisis par les douanes ont montré que certains flacons ne contenaient pas d'eskétamine ou en contenaient des quantités très variables.</p>
<p>Nous rappelons que Spravato est un médicament réservé à l'usage hospitalier : il est administré uniquement dans un établissement de santé, sous la surveillance d'un professionnel, et ne peut pas être délivré en pharmacie de ville ni vendu en ligne.</p>
<p>Si vous avez acheté un tel produit, ne l'utilisez pas et parlez-en à votre médecin. Signalez les sites suspects sur la plateforme de signalement des contenus illicites.</p>""", noise="cookie-fr")

p("h2438", "https://gesundkasse.example/leistungen/esketamin-nasenspray", "informational", False, "de", "insurer-page-de",
  "Esketamin-Nasenspray (Spravato): Übernimmt die Krankenkasse die Kosten? | GesundKasse",
  menu("Leistungen", "Mitgliedschaft", "Service", "Meine GesundKasse") + """
<h1>Esketamin-Nasenspray: Übernimmt die GesundKasse die Kosten?</h1>
<p>Ja. Esketamin-Nasenspray ist in Deutschland für Erwachsene mit therapieresistenter Depression zugelassen und wird von uns übernommen, wenn es von einer Fachärztin oder einem Facharzt verordnet wird. Sie zahlen die übliche Zuzahlung von 5 bis 10 Euro je Packung.</p>
<p>Wichtig: Das Nasenspray wird nicht zu Hause angewendet. Sie nehmen es in der Praxis oder Klinik unter Aufsicht ein und bleiben danach zur Beobachtung.</p>
<h2>Und Ketamin-Infusionen?</h2>
<p>Ketamin-Infusionen gegen Depression sind eine Off-Label-Behandlung. Die Kosten übernehmen wir nur in Ausnahmefällen nach Einzelfallprüfung. Angebote im Internet, Ketamin ohne Rezept zu bestellen, sind illegal und gefährlich.</p>
<p>Fragen? Unser Service-Team erreichen Sie rund um die Uhr unter 0800 555 0100 (kostenfrei).</p>""", noise="cookie-de")

p("h2439", "https://gazzetta-del-nord.example/cronaca/2026/12/sequestro-ketamina-online", "informational", False, "it", "raid-news-it",
  "Vendeva ketamina online come 'cura per la depressione': sequestro e arresto",
  menu("Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura") + """
<article>
<h1>Vendeva ketamina online come «cura per la depressione»: sequestro e arresto</h1>
<p class="autore">di Marco Bellini · 4 dicembre 2026</p>
<p>I carabinieri hanno arrestato un uomo di 29 anni accusato di vendere ketamina attraverso un sito internet e un canale Telegram. Sul sito, secondo gli investigatori, la sostanza veniva presentata come «terapia antidepressiva da fare a casa, senza ricetta», a 40 euro al grammo, con spedizione anonima in tutta Italia e pagamento con ricarica PostePay o bitcoin.</p>
<p>Nella perquisizione sono stati sequestrati 800 grammi di ketamina in cristalli, fiale di uso veterinario e materiale per il confezionamento.</p>
<p>«La ketamina e l'esketamina si usano contro la depressione solo in strutture sanitarie, sotto controllo medico», ricorda uno psichiatra dell'ospedale cittadino.</p>
</article>""", noise="cookie")

p("h2440", "https://verslavingszorg-delta.example/middelen/ketamine", "informational", False, "nl", "addiction-service-nl",
  "Hulp bij ketaminegebruik – Verslavingszorg Delta",
  menu("Hulp zoeken", "Middelen", "Voor naasten", "Over ons", "Contact") + """
<h1>Hulp bij ketaminegebruik</h1>
<p>Steeds meer jongeren en jongvolwassenen melden zich bij ons met problemen door ketamine. Regelmatig gebruik kan leiden tot afhankelijkheid, geheugenproblemen en ernstige blaasklachten ("ketamineblaas"), soms al na een paar maanden dagelijks gebruik.</p>
<h2>Signalen</h2>
<ul><li>Je gebruikt vaker of meer dan je van plan was</li><li>Je hebt pijn bij het plassen of moet heel vaak plassen</li><li>Je raakt niet meer in contact met vrienden zonder K</li></ul>
<h2>Wat wij bieden</h2>
<p>Een gratis en anoniem adviesgesprek, ambulante behandeling met cognitieve gedragstherapie, samenwerking met de uroloog bij blaasklachten, en zo nodig een opname. Voor behandeling heb je een verwijzing van je huisarts nodig.</p>
<p>Bel 088 555 0199 of chat met ons (ma–vr 9–21 uur).</p>""" + bottom("Verslavingszorg Delta · Privacy · Klachten"), noise="cookie-nl")

save(OUT, R)
print(len(R), "pages written to", OUT)
