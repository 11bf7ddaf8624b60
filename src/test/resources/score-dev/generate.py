# Generates the scorer's development set (src/test/resources/score-dev): varied pages written for
# tuning, independent of the held-out eval set. Deterministic.
import os, random, html
random.seed(20261122)
OUT = os.environ.get("OUT", "/work/wt-score2/src/test/resources/score-dev")
os.makedirs(OUT + "/pages", exist_ok=True)

GENERIC = [
    "Ketamine was first synthesized in 1962 and approved as an anesthetic in 1970. It blocks NMDA receptors in the brain.",
    "Researchers have studied low doses of ketamine for treatment-resistant depression since the early 2000s.",
    "Esketamine is the S-enantiomer of ketamine and is marketed as a nasal spray for adults with depression.",
    "Many people report a rapid lift in mood within hours, although the effect can fade over days or weeks.",
    "Common effects include dissociation, dizziness, nausea and a temporary rise in blood pressure.",
    "Scientists believe ketamine promotes the growth of new synaptic connections, which may explain its fast action.",
    "The World Health Organization lists ketamine as an essential medicine because of its safety as an anesthetic.",
    "Some studies compare ketamine with electroconvulsive therapy for severe depression, with mixed results.",
]
rows = []

def page(pid, url, category, flagged, lang, style, title, body, ext="html"):
    fname = f"pages/{pid}.{ext}"
    if ext == "html":
        doc = f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>{body}</body></html>"
    else:
        doc = body
    with open(f"{OUT}/{fname}", "w", encoding="utf-8") as f:
        f.write(doc)
    rows.append(f"{pid},{url},{fname},{category},{str(flagged).lower()},{lang},{style}")

def pad(n):
    return "".join(f"<p>{random.choice(GENERIC)}</p>" for _ in range(n))

n = 0
def nid(prefix):
    global n
    n += 1
    return f"{prefix}{n:03d}"

# ---------------------------------------------------------------- sellers (en, padded, short, structural)
seller_en = [
    ("https://k-labs-direct.example/product/ketamine-hcl-powder", "Ketamine HCl Powder | K Labs Direct",
     "<nav>Home | Shop | Cart (0) | Checkout</nav><h1>Ketamine HCl Powder</h1><p>Purity 99.7%. 5 g – $180, 10 g – $320, 25 g – $700.</p><button>Add to cart</button><p>Payment: Bitcoin, USDT. Tracking within 24h.</p>"),
    ("https://greenvialsupply.example/shop", "Shop – Green Vial Supply",
     "<h1>Ketamine vials 500mg/10ml</h1><p>1 vial $45 · 10 vials $380. Minimum order 5 vials.</p><p>Ships worldwide in discreet packaging. No prescription needed.</p>"),
    ("https://telegram-k-menu.example/", "K menu",
     "<p>Special K available now, crystal and powder. DM for menu on Telegram @kmenu_plug. Same day delivery in LA, shipping nationwide.</p>"),
    ("https://researchchemz.example/arylcyclohexylamines/2f-dck", "2F-DCK 1g | ResearchChemz",
     "<h1>2F-DCK (2-Fluorodeschloroketamine)</h1><p>Sold as a research chemical, not for human consumption.</p><p>1g €25 · 5g €95 · 10g €160</p><p>Add to basket</p>"),
    ("https://spravato-at-home.example/order", "Order Spravato nasal spray online",
     "<h1>Spravato 28 mg nasal spray</h1><p>Use it at home, no clinic visit needed. Shipped overnight to your door. $299 per device.</p><p>Order now – pay with Zelle or Cash App.</p>"),
    ("https://ketamine-shop.example/checkout", "Checkout",
     "<h1>Checkout</h1><p>Your order: Ketamine crystal 3.5g – $140</p><p>Payment method: Bitcoin / Monero. Send to wallet address shown after you place the order.</p><p>Stealth shipping included.</p>"),
    ("https://pharma-ketamine-online.example/buy-ketamine-online", "Buy Ketamine Online Without Prescription",
     "<h1>Buy ketamine online without prescription</h1><p>Pharmaceutical grade Ketalar 50mg/ml vials. Cheapest prices, discreet delivery, 100% money-back guarantee.</p>"),
    ("https://forum-market.example/listing/88213", "Ketamine needle shards - listing #88213",
     "<p>Seller: k_master · Seller rating 4.9 (312) · 214 sold</p><p>Ketamine needle shards 7g $250. Escrow accepted, ships from EU. Message the seller for bulk pricing.</p>"),
]
for url, title, body in seller_en:
    pid = nid("d")
    page(pid, url, "seller", True, "en", "shop", title, body)
    pid = nid("d")
    page(pid, url.replace(".example", "-mirror.example"), "seller", True, "en", "padded", title, pad(12) + body + pad(10))

# sellers, other languages
seller_other = [
    ("es", "https://ketamina-venta.example/comprar", "Comprar ketamina online", "<h1>Ketamina en polvo</h1><p>Comprar ketamina sin receta. 5 gramos 150€, envío discreto a toda España. Pago con Bitcoin.</p>"),
    ("de", "https://ketamin-shop.example/kaufen", "Ketamin kaufen", "<h1>Ketamin kaufen ohne Rezept</h1><p>Ketamin Kristalle 5 Gramm 160 €. Diskreter Versand, Zahlung per Bitcoin oder Paysafecard.</p>"),
    ("fr", "https://ketamine-boutique.example/acheter", "Acheter de la kétamine", "<h1>Kétamine en poudre</h1><p>Acheter de la kétamine sans ordonnance. 10 grammes 250 €. Livraison discrète partout en Europe.</p>"),
    ("nl", "https://ketamine-kopen.example/", "Ketamine kopen", "<h1>Ketamine kopen</h1><p>Ketamine kristallen op voorraad, 5 gram €120. Discrete verzending, geen recept nodig. Bestel via Telegram.</p>"),
    ("pt", "https://cetamina-loja.example/comprar-cetamina", "Comprar cetamina", "<h1>Cetamina em pó</h1><p>Comprar cetamina sem receita. 5 gramas R$ 600. Entrega discreta, pagamento em Bitcoin ou Pix.</p>"),
    ("it", "https://ketamina-negozio.example/acquista", "Acquista ketamina", "<h1>Ketamina in polvere</h1><p>Acquista ketamina senza ricetta. 5 grammi 150 €. Spedizione discreta in tutta Italia.</p>"),
]
for lang, url, title, body in seller_other:
    page(nid("d"), url, "seller", True, lang, "shop", title, body)
    page(nid("d"), url.replace(".example", "-blog.example"), "seller", True, lang, "padded", title, pad(8) + body + pad(8))

# ---------------------------------------------------------------- telehealth
tele = [
    ("https://mindbloom-like.example/how-it-works", "How at-home ketamine therapy works",
     "<h1>At-home ketamine therapy</h1><p>Start with a video consultation with a licensed psychiatric clinician who reviews your medical history. If ketamine is right for you, your prescription is sent to a licensed pharmacy and sublingual tablets are shipped to your home.</p><p>Our prescribers are board-certified and licensed in the states we serve. A peer sitter must be present during sessions. Not for people with uncontrolled high blood pressure, psychosis or pregnancy.</p>"),
    ("https://joyous-like.example/pricing", "Pricing – monthly membership",
     "<h1>Membership pricing</h1><p>$129 per month includes your medical evaluation by a licensed clinician, prescription of low-dose oral ketamine if appropriate, and check-ins by video. Add to cart and complete checkout to schedule your first visit.</p><p>Prescription required. Our nurse practitioners are licensed in 30 states.</p>"),
    ("https://telepsych-k.example/start", "Get started",
     "<h1>Get started</h1><p>Answer a short intake form, then book a telehealth appointment with a board-certified psychiatrist. Medication is prescribed only after your evaluation. Lozenges are delivered from our partner pharmacy.</p><p>Side effects such as nausea and dissociation are discussed before you start.</p>"),
    ("https://virtual-ketamine-care.example/faq", "FAQ – Virtual Ketamine Care",
     "<h1>FAQ</h1><p>Is ketamine safe at home? Our licensed providers screen every patient with a psychiatric assessment; people with a history of psychosis are not candidates. You need a trusted adult present. Treatment is prescribed, monitored remotely and adjusted by your clinician.</p>"),
]
tele_other = [
    ("es", "https://telesalud-ketamina.example/", "Terapia con ketamina en casa", "<h1>Ketamina por telemedicina</h1><p>Consulta online con un psiquiatra colegiado. Evaluación psiquiátrica antes de iniciar. Solo con receta médica; la farmacia envía el tratamiento a domicilio.</p>"),
    ("de", "https://telemedizin-ketamin.example/", "Ketamin-Therapie per Videosprechstunde", "<h1>Ketamin per Telemedizin</h1><p>Videosprechstunde mit approbierten Fachärzten für Psychiatrie. Psychiatrische Abklärung vor Beginn. Nur auf Rezept, Lieferung durch eine Partnerapotheke.</p>"),
]
for url, title, body in tele:
    page(nid("d"), url, "telehealth", False, "en", "telehealth", title, body)
    page(nid("d"), url.replace(".example", "-2.example"), "telehealth", False, "en", "padded", title, pad(6) + body + pad(6))
for lang, url, title, body in tele_other:
    page(nid("d"), url, "telehealth", False, lang, "telehealth", title, body)

# ---------------------------------------------------------------- clinics
clinics = [
    ("https://sunrise-infusion.example/", "Sunrise Ketamine Infusion Clinic – Phoenix, AZ",
     "<h1>Ketamine infusions for depression</h1><p>IV ketamine infusions given in our Phoenix clinic under the supervision of Dr. Maria Lopez, MD, anesthesiologist. Blood pressure and pulse oximetry are monitored throughout, and you rest in our recovery room for an hour. A driver must take you home.</p><p>4802 North 24th Street, Suite 150, Phoenix, AZ 85016 · (602) 555-0190</p><p>Book now – first infusion $450.</p>"),
    ("https://spravato-center.example/spravato", "Spravato treatment – Lakeside Psychiatry",
     "<h1>Spravato (esketamine)</h1><p>Lakeside Psychiatry is a certified Spravato treatment center enrolled in the Spravato REMS. You self-administer the nasal spray in our office and are observed for at least two hours. You may not drive until the next day.</p><p>1200 Lake Shore Drive, Chicago, IL 60610 · (312) 555-0133</p>"),
    ("https://calm-ketamine.example/pricing", "Pricing – Calm Ketamine Clinic",
     "<h1>Pricing</h1><p>Initial consultation $150. Single infusion $500; series of six infusions $2,700. We accept HSA/FSA cards. Book now.</p><p>Every infusion is monitored by a registered nurse; vital signs are checked every 15 minutes.</p><p>77 Elm Street, Austin, TX 78701 · (512) 555-0111</p>"),
    ("https://integrative-psych.example/team", "Our team",
     "<h1>Our team</h1><p>James Carter, MD, medical director, board-certified psychiatrist. Ana Ruiz, PMHNP-BC. We provide ketamine-assisted psychotherapy in our office with IM ketamine and on-site monitoring.</p><p>250 Main Street, Boulder, CO 80302</p>"),
]
clinic_other = [
    ("es", "https://clinica-ketamina.example/", "Clínica de ketamina – Madrid", "<h1>Infusiones de ketamina</h1><p>Tratamiento en nuestra clínica bajo supervisión médica. Evaluación psiquiátrica previa, control de la presión arterial y dos horas de observación. Reserve su cita.</p>"),
    ("fr", "https://clinique-ketamine.example/", "Clinique kétamine – Lyon", "<h1>Perfusions de kétamine</h1><p>Traitement sous surveillance médicale dans notre clinique. Bilan psychiatrique préalable, tension artérielle surveillée, salle de repos. Prendre rendez-vous.</p>"),
]
for url, title, body in clinics:
    page(nid("d"), url, "clinic", False, "en", "clinic", title, body)
    page(nid("d"), url.replace(".example", "-blog.example"), "clinic", False, "en", "padded", title, pad(6) + body + pad(6))
for lang, url, title, body in clinic_other:
    page(nid("d"), url, "clinic", False, lang, "clinic", title, body)

# ---------------------------------------------------------------- informational
info = [
    ("https://citynews.example/2026/05/ketamine-ring", "Police bust ketamine ring selling online", "news",
     "<h1>Police bust ketamine ring that sold powder online</h1><p>Investigators said the group sold ketamine for $30 a gram through a Telegram channel and shipped it in vacuum-sealed bags. Three people were arrested and charged, prosecutors said on Tuesday.</p><p>Reporting by Jane Doe, staff reporter.</p>"),
    ("https://defense-law.example/ketamine-possession", "Ketamine possession charges – Smith Law", "law",
     "<h1>Charged with ketamine possession?</h1><p>Our criminal defense attorneys handle drug possession charges, including cases where people tried to buy ketamine online. Free case evaluation. Attorney advertising.</p>"),
    ("https://fda.example/consumer/online-ketamine", "FDA warns about buying ketamine online", "government",
     "<h1>FDA warns consumers about compounded ketamine sold online</h1><p>Websites that sell ketamine without a prescription are illegal and dangerous. Do not buy ketamine from sites that ship without a medical evaluation.</p>"),
    ("https://harmreduction.example/ketamine", "Ketamine – safer use", "harm-reduction",
     "<h1>Ketamine: safer use</h1><p>If you use ketamine, test your substances with a reagent test, never use alone, and avoid mixing with alcohol. Street prices vary from $20 to $50 a gram; price says nothing about purity.</p>"),
    ("https://recovery-center.example/ketamine-addiction", "Ketamine addiction treatment", "addiction",
     "<h1>Ketamine addiction treatment</h1><p>Our residential treatment program helps people recovering from ketamine use disorder. Detox, 12-step support and sober living. Call our admissions team.</p>"),
    ("https://university.example/research/ketamine-trial", "Ketamine depression trial – Department of Psychiatry", "research",
     "<h1>Clinical trial: ketamine for treatment-resistant depression</h1><p>We are recruiting participants for a randomized controlled study approved by the institutional review board. Principal investigator: Dr. Alan Green. ClinicalTrials.gov NCT01234567.</p>"),
    ("https://compounding-rx.example/ketamine-troches", "Ketamine troches – Westside Compounding Pharmacy", "compounding",
     "<h1>Compounded ketamine troches</h1><p>Westside Compounding Pharmacy prepares ketamine troches and nasal sprays on a valid prescription from your physician. Licensed by the State Board of Pharmacy; 503A compounding pharmacy.</p>"),
    ("https://encyclo.example/wiki/Ketamine", "Ketamine – encyclopedia", "reference",
     "<h1>Ketamine</h1><p>Ketamine is a dissociative anesthetic. Pharmacokinetics: bioavailability 93% IV. Mechanism of action: NMDA receptor antagonist. Recreational use is known as 'Special K'. References.</p>"),
    ("https://consumer-watch.example/ketamine-scams", "How to spot a fake online ketamine pharmacy", "consumer-warning",
     "<h1>How to spot a fake online ketamine pharmacy</h1><p>Red flags: they sell ketamine without a prescription, take only Bitcoin or gift cards, and promise stealth shipping. Report such sites to the FDA.</p>"),
    ("https://blog-journal.example/my-ketamine-experience", "My ketamine therapy experience", "forum",
     "<h1>My ketamine therapy journey</h1><p>Posted by Sam · 12 replies. I did six infusions at a clinic last year. It cost about $450 per infusion and insurance did not cover it. Here is my story.</p>"),
]
info_other = [
    ("es", "https://noticias.example/ketamina-incautada", "La policía incauta ketamina", "news",
     "<h1>La policía incauta 20 kilos de ketamina</h1><p>Según las autoridades, la red vendía ketamina a 25 euros el gramo por internet. Cuatro detenidos, informó la Guardia Civil.</p>"),
    ("de", "https://nachrichten.example/ketamin-zoll", "Zoll stellt Ketamin sicher", "news",
     "<h1>Zoll stellt Ketamin sicher</h1><p>Zollfahnder haben 5 Kilogramm Ketamin sichergestellt, das über einen Onlineshop verkauft wurde. Die Staatsanwaltschaft ermittelt; zwei Verdächtige wurden festgenommen.</p>"),
]
for url, title, style, body in info:
    page(nid("d"), url, "informational", False, "en", style, title, body)
for lang, url, title, style, body in info_other:
    page(nid("d"), url, "informational", False, lang, style, title, body)


# ---------------------------------------------------------------- more variety
more = [
    ("seller", True, "en", "shop", "https://microdose-kits.example/product/k-microdose-kit", "K Microdose Kit – 30 doses",
     "<h1>K Microdose Kit</h1><p>30 pre-measured doses of ketamine, $149. In stock. Add to cart. Ships in discreet packaging across the US and Canada. Pay with crypto for 10% off.</p>"),
    ("seller", True, "en", "clinic-mimic", "https://ketamine-wellness-rx.example/order", "Ketamine Wellness Rx – order online",
     "<h1>Our doctors care</h1><p>Depression relief with pharmaceutical ketamine nasal spray. No prescription required, no video call needed, just fill in our short form. $199 per bottle, ships fast. Payment by Bitcoin or Western Union.</p>"),
    ("seller", True, "en", "url-only", "https://shop-k.example/product/ketamine-nasal-spray", "Ketamine Nasal Spray",
     "<h1>Ketamine Nasal Spray 10ml</h1><p>$89.00</p><p>Quantity 1</p><button>Add to cart</button>"),
    ("seller", True, "en", "shop", "https://spravato-worldwide.example/", "Spravato worldwide shipping",
     "<h1>Spravato esketamine 56 mg</h1><p>Original Janssen Spravato shipped worldwide, delivered to your door in 5 days. $540 per pack. WhatsApp orders +44 7700 900123.</p>"),
    ("telehealth", False, "fr", "telehealth", "https://teleconsult-ketamine.example/", "Kétamine en téléconsultation",
     "<h1>Kétamine par téléconsultation</h1><p>Téléconsultation avec un psychiatre diplômé, évaluation psychiatrique préalable. Traitement uniquement sur ordonnance, livré à domicile par une pharmacie partenaire.</p>"),
    ("telehealth", False, "nl", "telehealth", "https://ketamine-online-zorg.example/", "Ketaminebehandeling via beeldbellen",
     "<h1>Ketamine via beeldbellen</h1><p>Intakegesprek met een BIG-geregistreerde psychiater. Alleen op recept; de apotheek levert thuis. Bijwerkingen zoals misselijkheid bespreken we vooraf.</p>"),
    ("telehealth", False, "en", "checkout", "https://athome-k.example/checkout", "Checkout – At Home K Therapy",
     "<h1>Checkout</h1><p>Starter program: $249. Includes a psychiatric evaluation with a licensed clinician by video, and, if prescribed, four ketamine lozenges shipped from our partner pharmacy. Proceed to checkout.</p>"),
    ("clinic", False, "de", "clinic", "https://ketamin-praxis.example/", "Ketamin-Infusionen – Praxis Dr. Weber",
     "<h1>Ketamin-Infusionen</h1><p>Behandlung in unserer Praxis unter ärztlicher Aufsicht. Psychiatrische Abklärung vorab, Blutdruck wird überwacht, danach Ruhephase. Bitte nicht selbst Auto fahren. Termin vereinbaren.</p>"),
    ("clinic", False, "pt", "clinic", "https://clinica-cetamina.example/", "Clínica de cetamina – São Paulo",
     "<h1>Infusão de cetamina</h1><p>Tratamento em nossa clínica sob supervisão médica, avaliação psiquiátrica prévia, pressão arterial monitorada e duas horas de observação. Agende sua consulta.</p>"),
    ("clinic", False, "en", "clinic-blog", "https://northside-ketamine.example/blog/can-you-buy-ketamine-online", "Can you buy ketamine online? – Northside Ketamine Clinic",
     "<h1>Can you buy ketamine online?</h1><p>Patients often ask whether they can buy ketamine online. Sites that sell it without a prescription are illegal. At Northside, infusions are given in our clinic under the supervision of Dr. Emily Stone, MD, with blood pressure monitoring and a recovery room.</p><p>900 Oak Avenue, Portland, OR 97205 · (503) 555-0182</p>"),
    ("informational", False, "pt", "news", "https://noticias-br.example/policia-apreende-cetamina", "Polícia apreende cetamina",
     "<h1>Polícia apreende cetamina vendida pela internet</h1><p>Segundo a polícia, o grupo vendia cetamina a R$ 200 o grama. Dois suspeitos foram presos, informou a Receita Federal.</p>"),
    ("informational", False, "fr", "government", "https://ansm.example/alerte-ketamine", "Alerte : vente illégale de kétamine",
     "<h1>Alerte sanitaire</h1><p>L'ANSM met en garde contre les sites qui vendent de la kétamine sans ordonnance. Ces ventes sont illégales et dangereuses.</p>"),
    ("informational", False, "es", "law", "https://abogados-drogas.example/ketamina", "Abogados penalistas – ketamina",
     "<h1>Defensa por tráfico de ketamina</h1><p>Nuestro bufete de abogados defiende a personas acusadas de comprar o vender ketamina por internet. Consulta gratuita.</p>"),
    ("informational", False, "en", "directory", "https://find-a-ketamine-clinic.example/texas", "Ketamine clinics in Texas – directory",
     "<h1>Directory of ketamine clinics in Texas</h1><p>Compare 42 listings in Texas. Claim your listing. Prices range from $400 to $800 per infusion.</p>"),
    ("informational", False, "en", "jobs", "https://careers.example/jobs/ketamine-nurse", "Job: Registered nurse, ketamine infusion clinic",
     "<h1>We are hiring: Registered Nurse</h1><p>Job description: monitor patients during ketamine infusions, check vital signs. Requirements: RN license, IV experience. Salary $85,000. Apply now.</p>"),
    ("informational", False, "en", "insurer", "https://health-plan.example/coverage/spravato", "Coverage policy: esketamine",
     "<h1>Coverage policy: Spravato (esketamine)</h1><p>Our health plan covers Spravato for members with treatment-resistant depression when given in a REMS-certified setting. Prior authorization required. Ketamine infusions are not covered.</p>"),
]
for category, flagged, lang, style, url, title, body in more:
    page(nid("d"), url, category, flagged, lang, style, title, body)

# plain-text excerpts
page(nid("d"), "https://paste.example/k-menu", "seller", True, "en", "text-excerpt", "",
     "K menu: crystal 3.5 $120, 7g $220, 14g $400. Stealth shipping. BTC only. Telegram @kk_shop", ext="txt")
page(nid("d"), "https://news-excerpt.example/story", "informational", False, "en", "text-excerpt", "",
     "Prosecutors said the defendant sold ketamine for $40 a gram to undercover officers before his arrest in March.", ext="txt")
page(nid("d"), "https://tele-excerpt.example/how", "telehealth", False, "en", "text-excerpt", "",
     "After a video evaluation with a licensed psychiatrist, ketamine lozenges are prescribed and shipped from a licensed pharmacy to your home.", ext="txt")
page(nid("d"), "https://clinic-excerpt.example/visit", "clinic", False, "en", "text-excerpt", "",
     "Your infusion takes 40 minutes in our clinic; a nurse monitors your blood pressure and you rest two hours before a driver takes you home.", ext="txt")

with open(f"{OUT}/labels.csv", "w", encoding="utf-8") as f:
    f.write("id,url,file,category,flagged,language,style\n" + "\n".join(rows) + "\n")
print(len(rows), "pages")
