# Batch 13 of the hand-written dev set: 40 tuning pages, written 2026-12-06 by an author who had not
# seen the scorer's rules, vocabulary or any measurement, and committed before the scorer was run on
# them. Mix: 13 sellers, 9 telehealth, 9 clinics, 9 informational; 25 English, 15 es/de/fr/nl/pt.
# Shapes differ from batches 11 and 12: shop home pages, a JS shop whose product sits only in
# JSON-LD, order tracking, a chat log, a reseller program, an SEO doorway, a seller dressed as an
# online clinic, a how-to-order page; telehealth landing, kit, careers, comparison, refund policy and
# patient e-mail; clinic home, FAQ, billing, intake form, hybrid and event pages; TV news, a court
# opinion, a study of online sellers, drug-checking results, a retail pharmacy notice, a directory.
# Run: python3 batch13.py (writes batch13/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch13")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def bar(*items):
    return '<nav class="main-menu">' + "\n".join(f'<a href="#">{i}</a>' for i in items) + "</nav>"

def legal(*items):
    return '<footer class="legal">' + " · ".join(items) + "</footer>"

# ================================================================== sellers (13)

p("h1301", "https://feel-lighter.example/", "seller", True, "en", "homepage",
  "Feel Lighter – mood support, delivered",
  bar("Shop", "Keta Mist", "K-Tabs", "Bundles", "Journal", "FAQ", "Bag (0)") + """
<div class="hero">
<h1>Feel lighter. Tonight.</h1>
<p>Keta Mist nasal spray and K-Tabs dissolvable tablets, delivered to your door in 48 hours. No appointment. No waiting room. No judgement.</p>
<a class="button">Shop now</a>
</div>
<section class="usp">
<div><h3>Skip the gatekeepers</h3><p>Answer three wellness questions at checkout. That's it.</p></div>
<div><h3>Lab tested</h3><p>Every batch checked for purity. 100 mg/ml spray, 150 mg tablets.</p></div>
<div><h3>Arrives unmarked</h3><p>Plain mailer, neutral sender. Your business is your business.</p></div>
</section>
<section class="bestsellers">
<h2>Bestsellers</h2>
<div class="card">Keta Mist 10 ml – $139</div>
<div class="card">K-Tabs 150 mg × 10 – $119</div>
<div class="card">Starter bundle (spray + tabs + eye mask) – $229</div>
</section>
<section class="quotes">
<p>"Honestly the first thing that's worked for my mood in years." – Becca, 31</p>
<p>"Great for weekends too 😅" – Tom</p>
</section>""" + legal("© Feel Lighter", "These statements have not been evaluated by any regulator", "Pay with card, Apple Pay or crypto"), noise="cookie")

p("h1302", "https://sk-store.example/p/ketamine-hcl-99-5g", "seller", True, "en", "structured-data",
  "SK Store",
  """<div id="root"><noscript>You need to enable JavaScript to run this app.</noscript><div class="spinner">Loading…</div></div>""",
  head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine HCl 99% – 5g","description":"Pure crystalline ketamine hydrochloride. Stealth shipping worldwide. No Rx.","sku":"SK-KET-5","offers":{"@type":"Offer","priceCurrency":"USD","price":"235.00","availability":"https://schema.org/InStock","shippingDetails":{"@type":"OfferShippingDetails","shippingDestination":{"@type":"DefinedRegion","addressCountry":"WORLDWIDE"}}},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"311"}}</script>
<meta property="og:title" content="Ketamine HCl 99% – 5g | SK Store">
""")

p("h1303", "https://parcel-status.example/track?order=KX-44812", "seller", True, "en", "tracking",
  "Order KX-44812 – tracking",
  """<section>
<h1>Order #KX-44812</h1>
<p>Status: <b>Shipped</b> · Dispatched from NL hub, 2 Dec 2026</p>
<p>Items: Vitamin K – crystal 5 g (×1), Scale mini (×1)</p>
<p>Packaging: Stealth level 3 (decoy item, double vacuum)</p>
<p>Carrier tracking number will be sent to your Threema ID within 24h. Please do not contact the carrier directly.</p>
<p>Reship insurance: <b>active</b></p>
</section>""")

p("h1304", "https://chatlog-archive-like.example/export/3321", "seller", True, "en", "chat-log", "",
  """[21:04] noodlez: u still got the ket?
[21:05] k_man_south: ye fresh in. 40 a g or 3 for 100
[21:05] k_man_south: cashapp or meet up. can post if ur not local, +10 for shipping
[21:06] noodlez: post pls, 3
[21:06] k_man_south: send 110 to $kmansouth and ur addy. goes out tmrw in a birthday card lol""", ext="txt")

p("h1305", "https://kwholesale-partners.example/reseller-program", "seller", True, "en", "reseller",
  "Reseller program – K Wholesale Partners",
  bar("Home", "Products", "Reseller program", "Dropship", "Login") + """
<section>
<h1>Become a reseller</h1>
<p>Run your own store or sell to your circle – we handle the supply.</p>
<table>
<tr><th>Monthly volume</th><th>Price per gram</th></tr>
<tr><td>100–249 g</td><td>$18</td></tr>
<tr><td>250–499 g</td><td>$15</td></tr>
<tr><td>500 g +</td><td>$12</td></tr>
</table>
<p><b>Dropshipping:</b> we ship directly to your customers under your brand, in blank stealth packaging, anywhere in North America.</p>
<p>Settlement weekly in BTC or USDT. Apply through our Wickr or Session handle listed in the footer.</p>
</section>""" + legal("K Wholesale Partners", "wickr: kwp_sales", "session: 05ab…e41"))

p("h1306", "https://spravato-online-store.example/buy-spravato-online", "seller", True, "en", "seo-doorway",
  "Buy Spravato Online | Buy Esketamine Online | Spravato For Sale",
  """<section>
<h1>Buy Spravato Online Without Prescription</h1>
<p>Looking to buy spravato online? Spravato for sale at the best price. Buy esketamine nasal spray online, order spravato 28mg, order spravato 56mg, spravato price, where to buy spravato, spravato without prescription overnight delivery, buy spravato USA, buy spravato UK, buy spravato Australia.</p>
<p>Spravato (esketamine) is a nasal spray for depression. Our store offers spravato for sale online with fast shipping. Buy spravato online cheap. Spravato buy online no rx.</p>
<ul><li><a>Buy Spravato 28mg</a></li><li><a>Buy Spravato 56mg</a></li><li><a>Buy Spravato 84mg</a></li><li><a>Buy Ketalar online</a></li><li><a>Buy Oxycontin online</a></li></ul>
</section>""")

p("h1307", "https://ketacare-online-clinic.example/start", "seller", True, "en", "telehealth-mimic",
  "KetaCare Online Clinic – get your ketamine today",
  bar("Home", "Treatments", "Start now", "Track order", "Support") + """
<section>
<h1>Online ketamine treatment in 3 easy steps</h1>
<ol>
<li>Choose your product: ketamine nasal spray (10 ml) $149, ketamine tablets (20 × 100 mg) $169, or ketamine injection vials (5 × 10 ml) $390.</li>
<li>Fill out our automated medical questionnaire – approval in under 60 seconds.</li>
<li>Pay and receive your medication in 2–7 days, anywhere in the world.</li>
</ol>
<p>Our system is reviewed by "partner doctors". No video call, no ID upload, no waiting. Payment by card (billed as "KC Wellness") or Bitcoin.</p>
<a class="button">Start my questionnaire</a>
</section>""" + legal("KetaCare Online Clinic", "Support via Telegram 24/7"))

p("h1308", "https://equine-sedation-supply.example/vetalar-100-equine", "seller", True, "en", "product",
  "Vetalar-V 100 mg/ml equine – Equine Sedation Supply",
  bar("Horse care", "Sedation", "Dental", "Hoof", "Wholesale", "Cart") + """
<section>
<h1>Vetalar-V 100 mg/ml – 10 ml</h1>
<p>$44.99 per bottle · 6-pack $240 · 24-pack $880</p>
<p>For barn and field procedures. <b>Private horse owners can order directly – no vet account needed.</b></p>
<p>Ships the next business day in a padded plain box. We ship to all 50 states.</p>
<p>Payment: Venmo, Zelle or money order. Cards not accepted for this item.</p>
<button>Add to cart</button>
</section>""")

p("h1309", "https://social-like.example/@ket_uk_nextday", "seller", True, "en", "bio", "",
  """ket_uk_nextday
DM for keta 💨 UK next day ✅ EU 3-5 days ✅ vac sealed 🤫 crypto/bank 💸 vouches in highlights""", ext="txt")

p("h1310", "https://keta-express-es.example/como-comprar", "seller", True, "es", "how-to-order",
  "Cómo comprar – Keta Express",
  bar("Inicio", "Productos", "Cómo comprar", "Envíos", "Contacto") + """
<section>
<h1>Cómo hacer tu pedido</h1>
<ol>
<li>Elige tu producto y la cantidad (mínimo 2 g).</li>
<li>Pulsa «Finalizar pedido» y anota tu número de referencia.</li>
<li>Paga en Bitcoin o USDT a la dirección que aparece en pantalla. También aceptamos tarjetas regalo de Amazon al 75%.</li>
<li>Envíanos el hash de la transacción y tu referencia por Telegram o Signal.</li>
<li>Recibe tu paquete discreto en 24–72 h en península. Baleares y Canarias, consultar.</li>
</ol>
<p>No enviamos a direcciones de empresas ni a apartados de correos.</p>
</section>""", noise="cookie-es")

PAD_DE = """
<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Arzneistoff aus der Gruppe der Narkosemittel. Er wurde in den 1960er-Jahren entwickelt und wird bis heute in der Notfallmedizin, bei Operationen und in der Tiermedizin eingesetzt. Anders als viele andere Narkosemittel lässt Ketamin Atmung und Kreislauf weitgehend stabil.</p>
<h2>Wie wirkt Ketamin?</h2>
<p>Ketamin blockiert den NMDA-Rezeptor, an dem der Botenstoff Glutamat wirkt. In niedriger Dosierung führt das zu einer Art Traumzustand: Man nimmt seinen Körper und die Umgebung verändert wahr, Zeit scheint langsamer zu vergehen. In höheren Dosierungen tritt eine tiefe Bewusstseinsveränderung ein.</p>
<h2>Ketamin gegen Depressionen</h2>
<p>Seit einigen Jahren wird Ketamin auch bei Depressionen erforscht, die auf herkömmliche Medikamente nicht ansprechen. In Studien besserte sich die Stimmung vieler Teilnehmer bereits nach wenigen Stunden. Das Enantiomer Esketamin ist als Nasenspray für diese Indikation zugelassen.</p>
<h2>Nebenwirkungen</h2>
<p>Häufig sind Schwindel, Übelkeit, Benommenheit und ein vorübergehender Anstieg des Blutdrucks. Bei häufigem Gebrauch über lange Zeit können Blase und Nieren geschädigt werden.</p>
<h2>Wechselwirkungen</h2>
<p>Alkohol, Benzodiazepine und Opioide verstärken die dämpfende Wirkung. Auch bestimmte Antidepressiva und Blutdruckmittel können mit Ketamin wechselwirken.</p>
<h2>Dosierung</h2>
<p>Die Dosierung hängt stark von Körpergewicht, Gewöhnung und Anwendungsart ab. Wer keine Erfahrung hat, beginnt mit sehr kleinen Mengen und wartet die Wirkung ab.</p>
"""

p("h1311", "https://ketamin-ratgeber-shop.example/ketamin-kaufen", "seller", True, "de", "padded",
  "Ketamin kaufen – alles, was Sie wissen müssen",
  bar("Startseite", "Ratgeber", "Wirkung", "Nebenwirkungen", "Shop", "Kontakt") + """
<article>
<h1>Ketamin kaufen: Der große Ratgeber 2026</h1>
<p class="meta">Zuletzt aktualisiert: Dezember 2026 · Lesezeit 10 Minuten</p>
""" + PAD_DE + """
<h2>Rechtliche Lage</h2>
<p>In Deutschland ist Ketamin verschreibungspflichtig. Viele Menschen fragen sich deshalb, ob es legale Wege gibt, an Ketamin zu kommen. Die Antwort hängt davon ab, wo und wie Sie bestellen.</p>
<h2>Worauf Sie beim Kauf achten sollten</h2>
<p>Achten Sie auf Reinheit, Herkunft und diskreten Versand. Billigware von Straßenhändlern ist oft gestreckt.</p>
<div class="box">
<h3>Unsere Empfehlung: Ketamin-Kristall aus zertifizierter Herstellung</h3>
<p>1 g 35 € · 5 g 150 € · 10 g 270 € – Versand innerhalb von 24 Stunden, neutral verpackt, ohne Rezept.</p>
<p>Bezahlung per Bitcoin, Paysafecard oder Überweisung. Lieferung nach Deutschland, Österreich und in die Schweiz.</p>
<a class="button">Jetzt bestellen</a>
</div>
</article>""" + legal("Ketamin-Ratgeber", "Alle Angaben ohne Gewähr", "Kein Ersatz für ärztlichen Rat"), noise="cookie-de")

p("h1312", "https://kshop-nl.example/nieuws/nieuwe-batch-binnen", "seller", True, "nl", "shop-news",
  "Nieuwe batch binnen! – KShop",
  bar("Home", "Winkel", "Nieuws", "Verzending", "Contact") + """
<article>
<h1>Nieuwe batch binnen!</h1>
<p>Goed nieuws: de nieuwe batch naaldjes is binnen en hij is sterker dan de vorige. Begin dus rustig aan 😉</p>
<p>Tot en met zondag krijg je 10% korting op alle bestellingen vanaf 5 gram. Gebruik code WINTERK bij het afrekenen.</p>
<p>Let op: door de drukte kan verzending naar België en Duitsland een dag langer duren. Binnen Nederland nog steeds de volgende dag in je brievenbus, zonder afzender.</p>
<p>Betalen kan zoals altijd met Bitcoin, Monero of iDEAL via onze tussenpartij.</p>
</article>""", noise="cookie-nl")

p("h1313", "https://farmacia-rapida-pt.example/ketalar-50mg-ml", "seller", True, "pt", "product",
  "Ketalar 50 mg/ml – Farmácia Rápida",
  bar("Início", "Medicamentos", "Anestésicos", "Envios", "Pagamentos", "Carrinho") + """
<section>
<h1>Ketalar 50 mg/ml – frasco 10 ml</h1>
<p class="preco">85,00 € · 3 frascos 230,00 €</p>
<p>Sem necessidade de receita médica. Envio discreto para Portugal continental em 48 h e para as ilhas em 5 dias.</p>
<p>Pagamento por MB WAY, transferência bancária ou criptomoeda.</p>
<button>Adicionar ao carrinho</button>
</section>""" + legal("Farmácia Rápida", "Apoio ao cliente por WhatsApp"), noise="cookie-pt")

# ================================================================== telehealth (9)

p("h1314", "https://quietharbor-health.example/", "telehealth", False, "en", "landing",
  "Quiet Harbor – clinician-led ketamine therapy at home",
  bar("How it works", "Safety", "Pricing", "Clinicians", "Reviews", "FAQ", "Log in", "See if you're eligible") + """
<div class="hero">
<h1>Depression care that meets you at home</h1>
<p>Quiet Harbor pairs you with a licensed psychiatric clinician who evaluates you by video and, if it's right for you, prescribes ketamine you take at home – with check-ins before and after every session.</p>
<a class="button">See if you're eligible</a>
</div>
<section>
<h2>How Quiet Harbor works</h2>
<div class="step"><h3>1. Tell us about you</h3><p>A short medical and mental-health questionnaire so your clinician has the full picture.</p></div>
<div class="step"><h3>2. Meet your clinician</h3><p>A 45-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state.</p></div>
<div class="step"><h3>3. Start treatment, if prescribed</h3><p>Your prescription is filled by a licensed pharmacy and delivered to you. Your first session is guided live by a member of our care team.</p></div>
<div class="step"><h3>4. Keep going together</h3><p>Regular follow-ups, mood tracking and integration support. Your clinician adjusts or stops treatment as needed.</p></div>
</section>
<section>
<h2>Safety is built in</h2>
<ul>
<li>Screening for blood pressure, heart disease, psychosis, mania and substance use</li>
<li>A trusted person present for your first sessions</li>
<li>Blood pressure readings logged before and after each dose</li>
<li>Lockbox storage and limited quantities per fill</li>
<li>24/7 access to our on-call clinician</li>
</ul>
</section>
<section>
<h2>Pricing</h2>
<p><b>Evaluation:</b> $125 (refunded toward your first month if you start treatment)</p>
<p><b>Monthly care:</b> $219 – clinician visits, care-team messaging, integration sessions and medication at our partner pharmacy. HSA/FSA eligible.</p>
</section>
<section>
<h2>What patients say</h2>
<p>"My clinician took the time to go through everything. I didn't feel rushed, and she told me exactly when to call." – verified patient, Ohio</p>
<p>"I'd tried six antidepressants. This was the first time I felt like I had room to breathe." – verified patient, Arizona</p>
</section>
<section>
<h2>FAQ</h2>
<p><b>Is everyone prescribed ketamine?</b> No. About a third of the people we evaluate are not, and we help them find other options.</p>
<p><b>Do you take insurance?</b> Not yet, but we provide superbills.</p>
<p><b>Is this an emergency service?</b> No. If you are in crisis, call or text 988.</p>
</section>""" + legal("Quiet Harbor Medical Group, P.C.", "Medical Director: Joanna Perrault, MD", "Privacy", "Terms", "Notice of privacy practices"), noise="cookie")

p("h1315", "https://everkind-mind.example/your-kit", "telehealth", False, "en", "kit",
  "What's in your care kit | Everkind",
  bar("Home", "Program", "Your kit", "Pricing", "Sign in") + """
<section>
<h1>What arrives at your door</h1>
<p>Once your Everkind prescriber approves treatment, you'll receive two deliveries:</p>
<h3>1. Your care kit (from Everkind)</h3>
<ul><li>Automatic blood pressure cuff</li><li>Contoured eye mask</li><li>Integration journal</li><li>Lockbox with combination lock</li></ul>
<h3>2. Your medication (from a licensed pharmacy)</h3>
<p>Prescribed ketamine tablets, labelled with your name and your prescriber's instructions. Signature required on delivery.</p>
<p>Order your kit as part of your first month – $259.</p>
</section>""")

p("h1316", "https://cloverline-health.example/careers/pmhnp-remote", "telehealth", False, "en", "careers",
  "Psychiatric Nurse Practitioner (Remote) | Cloverline Health careers",
  bar("About", "Careers", "For clinicians", "Contact") + """
<section>
<h1>Psychiatric Mental Health Nurse Practitioner – remote, part-time or full-time</h1>
<p>Cloverline Health provides virtual psychiatric care, including evaluation for and management of at-home ketamine therapy for treatment-resistant depression.</p>
<h2>What you'll do</h2>
<ul><li>Conduct 60-minute video evaluations and 20-minute follow-ups</li><li>Decide on and prescribe treatment within our clinical protocols, including controlled substances where you hold DEA registration</li><li>Review blood pressure and symptom data and adjust or stop treatment</li><li>Collaborate with our medical director and therapists</li></ul>
<h2>Requirements</h2>
<ul><li>Active PMHNP license in at least one of: CA, NY, TX, FL, IL</li><li>DEA registration in the state(s) of licensure</li><li>2+ years of psychiatric experience</li></ul>
<p>Pay: $85–$110/hour.</p>
</section>""")

p("h1317", "https://stillpoint-telehealth.example/compare", "telehealth", False, "en", "comparison",
  "Stillpoint vs. in-clinic ketamine | Stillpoint",
  """<section>
<h1>How Stillpoint compares with in-clinic ketamine</h1>
<table>
<tr><th></th><th>Stillpoint (at home)</th><th>IV infusion clinic</th><th>Spravato center</th></tr>
<tr><td>Typical cost</td><td>$199–$249 / month</td><td>$400–$800 / infusion</td><td>Often covered by insurance</td></tr>
<tr><td>Where</td><td>Your home</td><td>Clinic</td><td>Certified clinic</td></tr>
<tr><td>Monitoring</td><td>Self-reported BP, clinician check-ins</td><td>Continuous, on site</td><td>2 hours on site</td></tr>
<tr><td>Prescriber</td><td>Licensed psychiatric clinician by video</td><td>Physician</td><td>Physician</td></tr>
</table>
<p>Home treatment isn't the right choice for everyone. If your Stillpoint clinician thinks you need closer monitoring, they'll refer you to an infusion clinic or Spravato center.</p>
</section>""")

p("h1318", "https://haven-kare.example/refund-policy", "telehealth", False, "en", "policy",
  "Cancellation and refund policy | HavenKare",
  """<section>
<h1>Cancellation and refund policy</h1>
<p>If your HavenKare clinician decides that at-home ketamine is not appropriate for you, we refund your program payment in full, minus the $75 evaluation fee.</p>
<p>You can cancel your monthly membership at any time before your next billing date. Because prescribed medication cannot be returned or resold under pharmacy law, medication already dispensed is not refundable.</p>
<p>Questions? Message your care team in the app.</p>
</section>""")

p("h1319", "https://mail-like.example/inbox/msg/88121", "telehealth", False, "en", "email", "",
  """Subject: Your intake has been reviewed – book your video visit

Hi Sam,
Dr. Elaine Kowalczyk (psychiatrist, licensed in Michigan) has reviewed your intake. The next step is a 50-minute video evaluation. No medication will be prescribed until after that visit.
Book a time here: [link]
– The Maplecrest Telepsychiatry care team""", ext="txt")

p("h1320", "https://psychiatrie-online-ch.example/ketamin", "telehealth", False, "de", "telehealth",
  "Ketamin-Therapie mit Online-Begleitung | PsyOnline Schweiz",
  bar("Start", "Angebot", "Ketamin", "Ärztinnen und Ärzte", "Kosten", "Anmeldung") + """
<section>
<h1>Ketamin-Therapie mit Online-Begleitung</h1>
<p>Unsere Fachärztinnen und Fachärzte für Psychiatrie (FMH) beurteilen per Videokonsultation, ob eine Ketamin-Behandlung für Sie in Frage kommt. Wenn ja, verordnen sie Ketamin-Schmelztabletten, die eine Partnerapotheke an Sie versendet.</p>
<p>Die erste Einnahme erfolgt während einer begleiteten Videositzung. Danach finden regelmäßige Kontrolltermine statt; bei Bedarf überweisen wir Sie an eine Klinik für eine stationäre oder intravenöse Behandlung.</p>
<p>Die Konsultationen werden über die Grundversicherung nach TARMED abgerechnet.</p>
</section>""" + legal("PsyOnline Schweiz AG", "Zürich", "Tel. 044 555 01 60"), noise="cookie-de")

p("h1321", "https://cliniquevirtuelle-esprit.example/tarifs", "telehealth", False, "fr", "telehealth-pricing",
  "Tarifs | Clinique virtuelle Esprit Clair",
  bar("Accueil", "Notre approche", "Tarifs", "Équipe médicale", "Commencer") + """
<section>
<h1>Nos tarifs</h1>
<p>Évaluation psychiatrique par vidéo : 295 $. Suivi mensuel (deux rendez-vous, messagerie, séances d'intégration) : 240 $ par mois.</p>
<p>La kétamine n'est prescrite qu'après l'évaluation, si votre psychiatre juge le traitement sécuritaire. Le médicament est préparé et livré par une pharmacie partenaire au Québec ; son coût peut être remboursé par certaines assurances privées.</p>
<p><a class="button">Réserver mon évaluation</a></p>
</section>""" + legal("Esprit Clair, clinique médicale virtuelle", "Médecins membres du Collège des médecins du Québec"), noise="cookie-fr")

p("h1322", "https://cuidar-mente-tele.example/perguntas-frequentes", "telehealth", False, "pt", "faq",
  "Perguntas frequentes | Cuidar Mente",
  bar("Início", "Tratamento", "Perguntas frequentes", "Valores", "Agendar") + """
<section>
<h1>Perguntas frequentes</h1>
<p><b>Preciso ir a uma clínica?</b> Não para as consultas, que são por vídeo com psiquiatra registrado no CRM. Em alguns casos, o médico pode indicar sessões presenciais em clínica parceira.</p>
<p><b>Como recebo o medicamento?</b> Se houver prescrição, a farmácia de manipulação parceira entrega em sua casa com receita de controle especial.</p>
<p><b>Quanto custa?</b> Consulta inicial R$ 400; acompanhamento mensal R$ 590.</p>
<p><b>Posso comprar sem consulta?</b> Não. Nenhum medicamento é vendido sem avaliação médica.</p>
</section>""", noise="cookie-pt")

# ================================================================== clinics (9)

p("h1323", "https://lanternhouse-ketamine.example/", "clinic", False, "en", "homepage",
  "Lantern House Ketamine Clinic | IV ketamine & Spravato in Lexington",
  bar("Home", "About", "IV Ketamine", "Spravato", "KAP", "Conditions", "Pricing", "Blog", "Contact", "Book a consult") + """
<div class="hero">
<h1>A calmer path through depression, anxiety and chronic pain</h1>
<p>Physician-led ketamine infusions and Spravato treatment in a quiet, private setting in Lexington.</p>
<a class="button">Book a free 15-minute consult</a> <a class="button secondary">Call (555) 010-7766</a>
</div>
<section>
<h2>Our treatments</h2>
<div class="tile"><h3>IV ketamine infusions</h3><p>A series of six infusions over two to three weeks, each given in a private room with continuous monitoring by our nursing team.</p></div>
<div class="tile"><h3>Spravato (esketamine)</h3><p>As a certified REMS treatment center we provide Spravato in our office with two hours of observation. Most insurance plans accepted.</p></div>
<div class="tile"><h3>Ketamine-assisted psychotherapy</h3><p>In partnership with licensed therapists, combining in-office medicine sessions with preparation and integration.</p></div>
</section>
<section>
<h2>Why Lantern House</h2>
<ul><li>Board-certified anesthesiologist on site for every infusion</li><li>Coordination with your psychiatrist and therapist</li><li>Transparent self-pay pricing, no hidden fees</li><li>Evening and Saturday appointments</li></ul>
</section>
<section>
<h2>Conditions we treat</h2>
<p>Treatment-resistant depression · Postpartum depression · PTSD · Anxiety · OCD · Fibromyalgia · CRPS · Migraine</p>
</section>
<section>
<h2>From our patients</h2>
<p>"The nurses made me feel so safe. After the fourth infusion I noticed I was laughing again." – A.M.</p>
<p>"Spravato at Lantern House was covered by my insurance and the staff did all the paperwork." – R.T.</p>
</section>
<section>
<h2>Pricing</h2>
<p>Consultation $150 · Single infusion $495 · Series of six $2,700 · Spravato: billed to insurance</p>
</section>""" + legal("Lantern House Ketamine Clinic, PLLC", "214 Old Vine St, Lexington", "Mon–Sat", "Privacy", "Accessibility"), noise="cookie")

p("h1324", "https://greenmeadow-infusions.example/faq", "clinic", False, "en", "faq",
  "FAQ | Greenmeadow Infusions",
  bar("Home", "Infusions", "FAQ", "Book") + """
<section>
<h1>Frequently asked questions</h1>
<p><b>Can I buy ketamine from you to take home?</b><br>No. We only give ketamine in our clinic, where a nurse can monitor you. If you're interested in at-home treatment, talk to your psychiatrist.</p>
<p><b>Do you ship anything?</b><br>Only our printed integration workbook, if you order one.</p>
<p><b>How many infusions will I need?</b><br>Most people start with six over three weeks.</p>
<p><b>Can I drive home?</b><br>No – please bring a driver.</p>
<p><b>Do you offer financing?</b><br>Yes, through a third-party medical lender.</p>
</section>""")

p("h1325", "https://summitridge-psych.example/spravato-billing", "clinic", False, "en", "billing",
  "Spravato insurance & billing | Summit Ridge Psychiatry",
  bar("Services", "Spravato", "Billing", "Patient forms", "Contact") + """
<section>
<h1>Spravato: insurance and billing</h1>
<p>Spravato is given in our office. Your costs have two parts: the medication, and the in-office visit with two hours of monitoring.</p>
<ul>
<li><b>Medication:</b> billed to your pharmacy or medical benefit after prior authorisation. With commercial insurance, the manufacturer's savings program can lower your out-of-pocket cost substantially.</li>
<li><b>Visit:</b> billed to your medical insurance like a specialist visit; copays usually apply.</li>
<li><b>Medicare:</b> covered under Part B for eligible patients.</li>
</ul>
<p>Our billing coordinator, Denise, will call you with an estimate before your first treatment. Direct line: (555) 019-4410.</p>
</section>""")

p("h1326", "https://brightwater-ketamine.example/intake", "clinic", False, "en", "form",
  "Patient intake | Brightwater Ketamine Center",
  """<section>
<h1>New patient intake</h1>
<form>
<label>Full name</label><input>
<label>Date of birth</label><input type="date">
<label>Referring provider (if any)</label><input>
<label>Which treatment are you interested in?</label>
<select><option>IV ketamine infusions (in clinic)</option><option>Spravato (in clinic)</option><option>Not sure – I'd like a consultation</option></select>
<label>Current medications</label><textarea></textarea>
<label>Do you have high blood pressure, heart disease, or a history of psychosis?</label><select><option>No</option><option>Yes</option></select>
<label><input type="checkbox"> I understand I will need a driver after each treatment.</label>
<button>Submit</button>
</form>
<p>A nurse from Brightwater will call you within two business days to schedule your consultation.</p>
</section>""")

p("h1327", "https://crescent-mood.example/services", "clinic", False, "en", "clinic-hybrid",
  "Services | Crescent Mood & Infusion Center",
  bar("Home", "Services", "Team", "Pricing", "Contact") + """
<section>
<h1>Our services</h1>
<h2>In-office ketamine infusions</h2>
<p>IV ketamine in our Raleigh office, with a nurse and a physician on site.</p>
<h2>Spravato</h2>
<p>Certified REMS treatment center. Observation in private rooms.</p>
<h2>Telehealth medication management</h2>
<p>Between in-office treatments, our psychiatric nurse practitioners see patients by video to manage antidepressants and track progress. We do not prescribe ketamine for home use; all ketamine and esketamine is given at our center.</p>
</section>""" + legal("Crescent Mood &amp; Infusion Center", "(555) 018-2277"))

p("h1328", "https://centre-kairos-like.example/evenements/cercle-integration", "clinic", False, "fr", "event",
  "Cercle d'intégration et portes ouvertes | Centre Kairos",
  bar("Accueil", "Soins", "Kétamine", "Événements", "Contact") + """
<section>
<h1>Portes ouvertes et cercle d'intégration</h1>
<p>Samedi 17 janvier, de 10 h à 13 h, le Centre Kairos ouvre ses portes. Venez visiter les salles de perfusion, rencontrer notre psychiatre et notre anesthésiste, et poser vos questions sur le traitement par kétamine.</p>
<p>À 11 h 30, cercle d'intégration réservé aux patients ayant terminé leur série de perfusions au centre.</p>
<p>Entrée libre, inscription conseillée au 01 55 55 01 90.</p>
</section>""", noise="cookie-fr")

p("h1329", "https://clinica-mirador-cl.example/esketamina/valores", "clinic", False, "es", "clinic-pricing",
  "Valores tratamiento con esketamina | Clínica Mirador",
  bar("Inicio", "Especialidades", "Esketamina", "Valores", "Reserva de horas") + """
<section>
<h1>Valores del tratamiento con esketamina</h1>
<p>Sesión de esketamina intranasal con observación de dos horas en nuestra unidad: $290.000 CLP (incluye el medicamento).</p>
<p>Evaluación psiquiátrica previa: $75.000 CLP. Consulte por la cobertura de su Isapre.</p>
<p>Todas las sesiones se realizan en la clínica, en Providencia, con enfermera y psiquiatra presentes.</p>
</section>""", noise="cookie-es")

p("h1330", "https://uniklinik-beispiel.example/psychiatrie/ketamin-ambulanz", "clinic", False, "de", "hospital",
  "Ketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie",
  bar("Patienten", "Zuweiser", "Kliniken", "Forschung", "Lehre", "Karriere") + """
<section>
<h1>Ketamin-Ambulanz</h1>
<p>In unserer Spezialambulanz behandeln wir Patientinnen und Patienten mit schweren, therapieresistenten Depressionen mit Ketamin-Infusionen und Esketamin-Nasenspray. Die Behandlung findet in der Tagesklinik statt und wird ärztlich überwacht.</p>
<p>Voraussetzung ist eine Überweisung durch Ihren Facharzt. Vor Behandlungsbeginn erfolgt eine ausführliche Diagnostik.</p>
<p>Terminvereinbarung: 0761 555 0140 (Mo–Fr 9–12 Uhr).</p>
</section>""" + legal("Universitätsklinikum", "Impressum", "Datenschutz", "Barrierefreiheit"), noise="cookie-de")

p("h1331", "https://praktijk-deverbinding.example/ketamine-ondersteunde-therapie", "clinic", False, "nl", "kap-practice",
  "Ketamine-ondersteunde psychotherapie – Praktijk De Verbinding",
  bar("Home", "Over ons", "Behandelingen", "Tarieven", "Contact") + """
<section>
<h1>Ketamine-ondersteunde psychotherapie</h1>
<p>In onze praktijk in Utrecht combineren we psychotherapie met ketamine. Na twee voorbereidende gesprekken krijgt u in de praktijk een lage dosis ketamine (als injectie in de bovenarm) van onze arts. Uw therapeut blijft de hele sessie bij u.</p>
<p>Een dag later volgt een integratiegesprek. Een traject bestaat meestal uit drie tot zes sessies.</p>
<p>Tarief per medicatiesessie: € 390. Gedeeltelijke vergoeding is mogelijk binnen de basis-ggz.</p>
</section>""", noise="cookie-nl")

# ================================================================== informational (9)

p("h1332", "https://channel9-news-like.example/investigates/ketamine-clinics-oversight", "informational", False, "en", "news",
  "Investigation: few rules for ketamine clinics, patients say",
  bar("News", "Investigates", "Weather", "Sports", "Watch live") + """
<article>
<h1>Few rules govern ketamine clinics, patients and doctors say</h1>
<p>Ketamine infusion clinics have opened in strip malls across the state, charging $400 to $700 per session. Unlike methadone clinics, they need no special state license, and the state medical board does not track how many exist.</p>
<p>Our team visited eight clinics. Two did not check blood pressure before treatment. One let a patient leave alone in a rideshare.</p>
<p>"Most clinics are careful," said a psychiatrist who has studied the industry. "But the system relies on them choosing to be."</p>
<p>A bill introduced this session would require clinics to register and to have a physician on site.</p>
</article>""")

p("h1333", "https://court-opinions-like.example/2026/doe-v-telehealth-co", "informational", False, "en", "court",
  "Doe v. [Telehealth Co.] – Memorandum opinion (excerpt)",
  """<section>
<h1>MEMORANDUM OPINION AND ORDER (excerpt)</h1>
<p>Plaintiff alleges that Defendant, a telehealth company, prescribed her oral ketamine after a single fifteen-minute video visit, shipped a three-month supply, and failed to respond to her messages reporting bladder pain and escalating use. Plaintiff asserts claims for negligence and violation of the state consumer protection act.</p>
<p>Defendant moves to dismiss, arguing that the prescribing clinicians were independent contractors. For the reasons below, the motion is GRANTED IN PART and DENIED IN PART.</p>
<p>The Court finds that Plaintiff has plausibly alleged that Defendant's marketing ("relief delivered to your door") and its control over visit length and refill policy support a claim of direct negligence.</p>
</section>""")

p("h1334", "https://journal-like.example/article/online-ketamine-marketplace-2026", "informational", False, "en", "research",
  "Availability and price of ketamine from online sellers: a cross-sectional study",
  """<article>
<h1>Availability and price of ketamine from online sellers: a cross-sectional study</h1>
<h2>Abstract</h2>
<p><b>Background.</b> Demand for ketamine has grown with its use in depression. We examined websites and social-media accounts offering ketamine to consumers.</p>
<p><b>Methods.</b> Between March and June 2026 we searched four search engines and three social platforms using 40 English and Spanish terms. Two reviewers coded each site for product form, price, prescription requirement, payment methods and shipping claims.</p>
<p><b>Results.</b> We identified 112 active sellers. 91% did not require a prescription; 68% accepted only cryptocurrency or peer-to-peer payment; 44% offered "stealth" shipping. The median price was US$48 per gram of powder and US$115 per 10 ml vial. Nine sites offered the esketamine nasal device for home use.</p>
<p><b>Conclusions.</b> Ketamine is easily purchasable online without a prescription. Regulators and platforms should coordinate takedowns.</p>
</article>""")

p("h1335", "https://drugcheck-like.example/alerts/2026-11-sold-as-ketamine", "informational", False, "en", "drug-checking",
  "Alert: samples sold as ketamine contained 2F-DCK",
  bar("Alerts", "Results database", "Book a test", "About") + """
<section>
<h1>Alert: "ketamine" samples containing 2-fluorodeschloroketamine</h1>
<p>Between 10 and 24 November our service tested 14 samples that people had bought as ketamine (crystal and powder). Five contained 2F-DCK and no ketamine; two contained ketamine mixed with an unknown cutting agent.</p>
<p>2F-DCK can have a longer onset and stronger effects. If you use, start with a much smaller amount, wait longer before redosing, and don't use alone.</p>
<p>Free, anonymous testing is available at our drop-in on Thursdays.</p>
</section>""")

p("h1336", "https://corner-pharmacy-chain-like.example/health/spravato", "informational", False, "en", "pharmacy-info",
  "Spravato (esketamine) – can I fill it here? | Corner Pharmacy",
  bar("Pharmacy", "Prescriptions", "Vaccines", "Health library", "Shop", "Store locator") + """
<section>
<h1>Spravato (esketamine): can I fill it at my pharmacy?</h1>
<p>No. Spravato is only available through a restricted program. It is shipped by specialty pharmacies directly to certified treatment centers, and patients use it in the center under supervision. Our stores do not dispense Spravato to patients.</p>
<p>If your doctor has prescribed Spravato, ask them for the nearest certified treatment center.</p>
</section>""" + legal("Corner Pharmacy", "Shop vitamins", "Photo", "Weekly ad"))

p("h1337", "https://therapie-verzeichnis-like.example/ketamin/berlin", "informational", False, "de", "directory",
  "Ketamin-Behandlung in Berlin – Verzeichnis",
  bar("Suche", "Ärzte", "Kliniken", "Therapeuten", "Ratgeber") + """
<section>
<h1>Ketamin- und Esketamin-Behandlung in Berlin</h1>
<p>7 Einträge · sortiert nach Entfernung</p>
<ul>
<li><b>Praxis Dr. med. K. Sommerfeld</b> – Psychiatrie · Esketamin · 4,6 ★ (18 Bewertungen)</li>
<li><b>Tagesklinik am Ufer</b> – Ketamin-Infusionen · 4,2 ★ (9)</li>
<li><b>Zentrum für affektive Erkrankungen</b> – Esketamin, EKT · 4,8 ★ (31)</li>
</ul>
<p>Die Einträge stammen von den Anbietern selbst. Wir prüfen keine Behandlungsqualität.</p>
</section>""", noise="cookie-de")

p("h1338", "https://enciclopedia-libre-like.example/wiki/Ketamina", "informational", False, "es", "encyclopedia",
  "Ketamina – Enciclopedia Libre",
  bar("Portada", "Índice", "Artículo aleatorio", "Ayuda") + """
<article>
<h1>Ketamina</h1>
<p>La <b>ketamina</b> es un fármaco anestésico disociativo derivado de la fenciclidina. Se usa en anestesia humana y veterinaria, en analgesia y, en dosis bajas, en el tratamiento de la depresión resistente.</p>
<h2>Historia</h2>
<p>Fue sintetizada en 1962 en un laboratorio farmacéutico de Estados Unidos como alternativa a la fenciclidina, cuyos efectos psicológicos al despertar de la anestesia eran muy intensos. Se aprobó para uso clínico en 1970 y se utilizó ampliamente en la guerra de Vietnam por su seguridad en condiciones de campaña.</p>
<h2>Farmacología</h2>
<p>Actúa principalmente como antagonista no competitivo del receptor NMDA. También interactúa con receptores opioides, monoaminérgicos y colinérgicos. Se metaboliza en el hígado, sobre todo a norketamina, que también es activa. Su vida media de eliminación es de unas dos a tres horas.</p>
<h2>Usos médicos</h2>
<p>Se emplea para la inducción y el mantenimiento de la anestesia, como sedante en urgencias y en pediatría, en el tratamiento del dolor agudo y crónico y, desde la década de 2000, como antidepresivo de acción rápida. Su enantiómero, la esketamina, está autorizado en forma de aerosol nasal para la depresión resistente, que se administra en centros sanitarios bajo supervisión.</p>
<h2>Efectos adversos</h2>
<p>Alucinaciones, sensación de separación del cuerpo, náuseas, aumento de la tensión arterial y de la frecuencia cardiaca. El consumo crónico se asocia con cistitis ulcerosa, alteraciones de la memoria y dependencia psicológica.</p>
<h2>Nombres comerciales</h2>
<p>Ketalar, Ketanest, Ketaset, Imalgene, entre otros.</p>
<h2>Uso recreativo</h2>
<p>Se conoce en la calle como «keta», «K» o «special K». Se vende en forma de polvo o cristal, y su precio en España ronda los 30–40 euros el gramo según diversas fuentes policiales.</p>
<h2>Situación legal</h2>
<p>En España es un medicamento sujeto a prescripción y de uso hospitalario; su tráfico está castigado penalmente.</p>
</article>""", noise="cookie-es")

p("h1339", "https://csapa-exemple.example/nos-accompagnements/ketamine", "informational", False, "fr", "rehab",
  "Usage de kétamine : se faire accompagner | CSAPA",
  bar("Accueil", "Qui sommes-nous", "Accompagnements", "Nous trouver") + """
<section>
<h1>Usage de kétamine : nous pouvons vous accompagner</h1>
<p>Vous consommez de la kétamine et vous souhaitez réduire ou arrêter ? Vous avez des douleurs à la vessie, des difficultés de mémoire ? Notre équipe (médecins, infirmiers, psychologues, éducateurs) vous reçoit gratuitement et de façon anonyme.</p>
<p>Nous proposons des consultations individuelles, un suivi médical, une orientation vers l'urologie si besoin et un groupe de parole mensuel.</p>
<p>Accueil sans rendez-vous le mardi et le jeudi après-midi. Téléphone : 03 55 55 01 40.</p>
</section>""", noise="cookie-fr")

p("h1340", "https://advocacia-criminal-exemplo.example/trafico-de-cetamina", "informational", False, "pt", "law",
  "Flagrante por cetamina: o que fazer | Advocacia Criminal",
  bar("Início", "Áreas de atuação", "Artigos", "Contato") + """
<article>
<h1>Preso em flagrante com cetamina: o que acontece?</h1>
<p>A cetamina consta das listas de substâncias controladas da Anvisa. Quem é flagrado vendendo ou transportando cetamina – seja em frascos de uso veterinário, seja em pó – pode responder por tráfico de drogas, com pena de 5 a 15 anos.</p>
<p>A quantidade, a forma de acondicionamento, mensagens no celular e a existência de "cardápio" com preços costumam ser usadas pela acusação para diferenciar tráfico de uso pessoal.</p>
<p>Atendimento 24 horas: (11) 95555-0177.</p>
</article>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
