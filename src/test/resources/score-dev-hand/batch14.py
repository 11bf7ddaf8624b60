# Batch 14 of the hand-written dev set (30 tuning pages, written 2026-12-06 after the blind measure of
# rules-2026.12.06-17 on batch 7, and committed before the scorer ran on it). Aimed at the weaknesses
# that measure showed: sellers that never write "ketamine" (brand names such as Ketalar, Ketaset,
# Vetalar, Ketanest, "dissociatives", slang, only the domain), padded sellers whose one red flag is a
# price per gram or vial, payment/contact/product pages; telehealth pricing and checkout pages and
# clinics with shop pages on the seller boundary; clinic vs telehealth pages that name both; pages
# that inform and quote prices or brand names. en/es/de/fr/nl/pt. Run: python3 batch14.py.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch14")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (12)
p("h1401", "https://vetsupply-direct.example/product/ketaset-100", "seller", True, "en", "product-brand",
  "Ketaset 100 mg/ml 10 ml vial – VetSupply Direct",
  """<nav>Home · Anesthetics · Sedatives · Analgesics · Cart (0)</nav>
<h1>Ketaset 100 mg/ml injection, 10 ml</h1>
<p>Zoetis original. Multi-dose vial for veterinary use.</p>
<table><tr><td>1 vial</td><td>$85.00</td></tr><tr><td>5 vials</td><td>$375.00</td></tr><tr><td>10 vials</td><td>$690.00</td></tr></table>
<p>Qty <input value="1"> <button>Add to cart</button></p>
<p>No vet script required for orders over 5 vials. Ships in plain packaging.</p>""")

p("h1402", "https://ketalar-online.example/", "seller", True, "en", "brand-only",
  "Ketalar Online – Pharmaceutical Grade",
  """<h1>Ketalar (50 mg/ml) – pharmaceutical grade</h1>
<p>Genuine Pfizer Ketalar ampoules and vials. Overnight delivery in the US, 5–7 days Europe and Australia.</p>
<p>Payment: Bitcoin, USDT or Zelle. 10% off crypto orders.</p>
<p><a href="/order">Order now</a></p>""")

p("h1403", "https://researchchem-eu.example/dissociatives", "seller", True, "en", "category",
  "Dissociatives – ResearchChem EU",
  """<nav>Home · Stimulants · Dissociatives · Psychedelics · Benzos · FAQ · Cart</nav>
<h1>Dissociatives</h1>
<ul>
<li>2-FDCK crystal – 5 g €45 · 10 g €80 · 25 g €175</li>
<li>MXPr powder – 1 g €25 · 5 g €100</li>
<li>O-PCE – 500 mg €30</li>
<li>Ketamine HCl needles – 1 g €35 · 5 g €150</li>
</ul>
<p>All products are sold for research purposes only and are not for human consumption.</p>""")

p("h1404", "https://k-hole-store.example/shop", "seller", True, "en", "slang-shop",
  "Shop – the K store",
  """<h1>Shop</h1>
<p>Special K shards – top grade, straight from the source. Half g £20, g £35, 3.5 £100, zip DM for price.</p>
<p>Tracked next day UK, vac sealed x3, stealth guaranteed.</p>
<p><a href="https://t.me/ks_uk">Telegram</a> · <a href="#">Wickr: kstoreuk</a></p>""")

p("h1405", "https://gesundheit-und-mehr.example/", "seller", True, "de", "padded-price",
  "Ketamin – Wirkung, Risiken und Geschichte",
  """<nav>Start · Wissen · Produkte · Versand · Kontakt</nav>
<h1>Ketamin – Wirkung, Risiken und Geschichte</h1>
<p>Ketamin wurde 1962 entwickelt und ist seit 1970 als Narkosemittel zugelassen. Es wirkt als NMDA-Rezeptor-Antagonist und wird in der Notfallmedizin und in der Tiermedizin eingesetzt.</p>
<p>In Studien wurde eine rasche antidepressive Wirkung beobachtet. Zu den Nebenwirkungen gehören Übelkeit, Schwindel, Blutdruckanstieg und Dissoziation.</p>
<p>Esketamin ist als Nasenspray zur Behandlung therapieresistenter Depression zugelassen.</p>
<p>Unser Angebot: Ketamin Kristall, 1 g – 40 €, 5 g – 170 €, 10 g – 300 €.</p>
<p>© 2026 Gesundheit und mehr</p>""", noise="cookie-de")

p("h1406", "https://ketamina-farmacia.example/pagamento", "seller", True, "pt", "payment",
  "Formas de pagamento",
  """<h1>Formas de pagamento</h1>
<p>Aceitamos Pix, boleto, transferência e Bitcoin. Após o pagamento, envie o comprovante pelo WhatsApp (11) 95555-0199 com o número do pedido.</p>
<p>Envio discreto para todo o Brasil pelos Correios, código de rastreio em até 24 h.</p>""", noise="cookie-pt")

p("h1407", "https://ketamine-nl-bestellen.example/contact", "seller", True, "nl", "contact-url",
  "Contact",
  """<h1>Contact</h1>
<p>Vragen over je bestelling? Stuur ons een bericht via Telegram of Signal. We reageren binnen een uur, ook in het weekend.</p>
<p>Levering in heel Nederland en België.</p>""", noise="cookie-nl")

p("h1408", "https://vetalar-vente.example/produit/vetalar-v", "seller", True, "fr", "product-brand",
  "Vetalar-V 100 mg/ml – flacon 10 ml",
  """<h1>Vetalar-V 100 mg/ml – flacon de 10 ml</h1>
<p>Anesthésique injectable, conditionnement d'origine.</p>
<p>Prix : 79 € le flacon · 5 flacons : 350 € · Livraison discrète dans toute l'Europe.</p>
<p>Pas d'ordonnance nécessaire. <button>Ajouter au panier</button></p>""", noise="cookie-fr")

p("h1409", "https://keta-es.example/tienda", "seller", True, "es", "slang-shop",
  "Tienda",
  """<h1>Tienda</h1>
<p>Keta cristal de máxima pureza. 1 g 30 €, 5 g 130 €, 10 g 240 €.</p>
<p>Envíos a toda España en 24/48 h, embalaje discreto. Pedidos por Telegram.</p>""", noise="cookie-es")

p("h1410", "https://pharma-anaesthetics.example/", "seller", True, "en", "bulk-supplier",
  "Pharma Anaesthetics Ltd – bulk supplier",
  """<h1>Bulk supplier of anaesthetic APIs</h1>
<p>We supply ketamine hydrochloride powder (USP, 99.8%) in 100 g, 500 g and 1 kg lots. MOQ 100 g.</p>
<p>COA available on request. Worldwide shipping by DHL/EMS with customs clearance.</p>
<p>Payment by T/T, Western Union or BTC. Contact our sales manager on WhatsApp +86 155 0000 0123.</p>""")

p("h1411", "https://forum-like.example/t/where-to-get-k-in-europe/2291", "seller", True, "en", "vendor-post",
  "",
  """Re: where to get K in europe?
posted by euro_kvendor

hey guys, I ship to all EU from NL, very clean crystal, 30/g, 120 for 5. escrow ok. add me on session or wickr (eurokv) for menu. no samples sorry""", ext="txt")

p("h1412", "https://esketamina-casa.example/", "seller", True, "es", "spravato-home",
  "Esketamina en casa sin receta",
  """<h1>Esketamina nasal para usar en casa</h1>
<p>Spray nasal de esketamina 28 mg, caja de 2 dispositivos: 190 €. Sin receta, sin citas médicas.</p>
<p>Envío discreto a España, México, Colombia y Argentina. Pago con tarjeta o criptomonedas.</p>""", noise="cookie-es")

# ------------------------------------------------------------------ telehealth (7)
p("h1413", "https://joyous-like.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Pricing | At-home ketamine treatment",
  """<nav>How it works · Pricing · Safety · FAQ · Log in</nav>
<h1>Simple pricing</h1>
<p>$129 per month. Includes your initial evaluation with a licensed psychiatric nurse practitioner, monthly follow-ups, low-dose ketamine tablets if prescribed, and free shipping to your door.</p>
<p>Not everyone qualifies. Your clinician reviews your medical history before anything is prescribed.</p>
<p><button>Get started</button></p>""")

p("h1414", "https://mindbloom-like.example/checkout", "telehealth", False, "en", "checkout",
  "Checkout",
  """<h1>Order summary</h1>
<p>Launch program – 6 sessions: $1,158. Includes clinician consultation, sublingual ketamine if prescribed, blood pressure cuff, and a guide kit.</p>
<p>Card number <input> Expiry <input> CVC <input></p>
<p><button>Pay now</button> · HSA/FSA cards accepted</p>
<p>Your prescription is issued only after your clinician visit.</p>""")

p("h1415", "https://ketamina-online-mx.example/precios", "telehealth", False, "es", "telehealth-pricing",
  "Precios | Terapia con ketamina en línea",
  """<h1>Precios</h1>
<p>Consulta de valoración por videollamada con psiquiatra: $1,200 MXN.</p>
<p>Programa de ketamina sublingual en casa, si el médico lo indica: $4,500 MXN al mes, con seguimiento semanal y envío incluido.</p>""", noise="cookie-es")

p("h1416", "https://tele-ketamin.example/so-funktionierts", "telehealth", False, "de", "telehealth",
  "So funktioniert's",
  """<h1>So funktioniert's</h1>
<ol><li>Fragebogen ausfüllen</li><li>Videotermin mit einer Fachärztin für Psychiatrie</li><li>Wenn geeignet: Rezept und begleitete Einnahme zu Hause mit digitaler Betreuung</li></ol>
<p>Ein Rezept stellen wir nur nach ärztlicher Untersuchung aus. Kosten: 299 € pro Monat.</p>""", noise="cookie-de")

p("h1417", "https://thuisbehandeling.example/ketamine", "telehealth", False, "nl", "telehealth-pricing",
  "Ketamine thuisbehandeling",
  """<h1>Ketaminebehandeling thuis, met begeleiding op afstand</h1>
<p>Na een intake via video met onze psychiater bepalen we of behandeling veilig is. Tijdens elke sessie is een begeleider via video aanwezig.</p>
<p>Kosten: intake €150, daarna €220 per maand inclusief medicatie op recept.</p>""", noise="cookie-nl")

p("h1418", "https://telepsi-pt.example/cetamina", "telehealth", False, "pt", "telehealth",
  "Cetamina por telemedicina",
  """<h1>Tratamento com cetamina por telemedicina</h1>
<p>Avaliação psiquiátrica online com médico com CRM ativo. Se indicado, a receita é emitida digitalmente e o acompanhamento é feito por videochamada.</p>
<p>Consulta: R$ 450. Não vendemos medicamentos.</p>""", noise="cookie-pt")

p("h1419", "https://ketamine-telehealth.example/faq", "telehealth", False, "en", "telehealth-faq",
  "FAQ",
  """<h1>Frequently asked questions</h1>
<p><b>Do I need a prescription?</b> Yes. Our board-certified physicians evaluate every patient by video before prescribing.</p>
<p><b>How is it shipped?</b> Your prescription is filled by a licensed partner pharmacy and shipped in discreet packaging with signature required.</p>
<p><b>How do I pay?</b> Credit card or HSA/FSA. We do not take insurance.</p>""")

# ------------------------------------------------------------------ clinics (6)
p("h1420", "https://harbor-ketamine.example/store", "clinic", False, "en", "clinic-shop",
  "Store | Harbor Ketamine & Wellness",
  """<nav>Home · IV Ketamine · Spravato · Team · Store · Contact</nav>
<h1>Store</h1>
<p>Infusion packages and gift cards for treatment at our Portland clinic.</p>
<ul><li>Single IV ketamine infusion – $450</li><li>Six-infusion package – $2,400</li><li>Gift card – $50 to $500</li></ul>
<p><button>Add to cart</button></p>
<p>All infusions require a consultation with our medical director first.</p>
<p>Harbor Ketamine & Wellness · 1200 NW Glisan St, Portland, OR 97209 · (503) 555-0142</p>""")

p("h1421", "https://clinic-and-virtual.example/", "clinic", False, "en", "clinic-telehealth",
  "Rivermind – In-office and virtual care",
  """<h1>Rivermind Psychiatry</h1>
<p>We offer IV ketamine infusions and Spravato in our Austin office, and virtual psychiatry visits for medication management.</p>
<p>Every ketamine treatment is given in-office with continuous monitoring by our nursing staff. We do not prescribe ketamine for home use.</p>
<p>4100 Medical Pkwy, Suite 210, Austin, TX 78756</p>""")

p("h1422", "https://clinica-madrid-ketamina.example/precios", "clinic", False, "es", "clinic-pricing",
  "Precios | Clínica",
  """<h1>Precios</h1>
<p>Primera consulta psiquiátrica: 120 €. Sesión de ketamina intravenosa en clínica: 350 €. Bono de seis sesiones: 1.900 €.</p>
<p>Las sesiones se realizan en nuestra consulta de la calle Velázquez con anestesista presente.</p>""", noise="cookie-es")

p("h1423", "https://praxis-ketamin-hamburg.example/", "clinic", False, "de", "clinic",
  "Praxis für Ketamintherapie Hamburg",
  """<h1>Ketamintherapie in Hamburg</h1>
<p>Wir behandeln therapieresistente Depressionen mit Ketamin-Infusionen und Esketamin-Nasenspray. Jede Behandlung findet in unserer Praxis statt, mit Überwachung von Puls und Blutdruck.</p>
<p>Nach der Behandlung dürfen Sie nicht selbst Auto fahren.</p>
<p>Mönckebergstraße 7, 20095 Hamburg · Tel. 040 555 0123</p>""", noise="cookie-de")

p("h1424", "https://centre-ketamine-lyon.example/tarifs", "clinic", False, "fr", "clinic-pricing",
  "Tarifs",
  """<h1>Tarifs</h1>
<p>Consultation préalable avec le psychiatre : 90 €. Séance de kétamine en perfusion au centre : 300 €.</p>
<p>Paiement par carte bancaire ou chèque à l'accueil. Prévoyez un accompagnateur pour le retour.</p>""", noise="cookie-fr")

p("h1425", "https://spravato-center-nl.example/", "clinic", False, "nl", "spravato",
  "Esketamine in onze kliniek",
  """<h1>Esketamine neusspray</h1>
<p>U dient de neusspray zelf toe in onze behandelkamer. Daarna blijft u minstens twee uur onder toezicht. U mag daarna niet zelf rijden.</p>
<p>Verwijzing van uw huisarts of psychiater is nodig.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (5)
p("h1426", "https://drug-checking-like.example/alerts/ketamine-2026-11", "informational", False, "en", "harm-reduction",
  "Alert: 'ketamine' sold as 2-FDCK",
  """<h1>Drug alert: samples sold as ketamine contained 2-FDCK</h1>
<p>Our drug checking service tested 14 samples bought as ketamine at $30–$40 a gram in November. Nine contained 2-FDCK, a related dissociative with longer effects.</p>
<p>If you use, start low, don't mix with alcohol, and don't use alone. Free testing at our drop-in.</p>""")

p("h1427", "https://vetmed-like.example/drugs/ketaset", "informational", False, "en", "vet-reference",
  "Ketaset (ketamine) for animals – drug reference",
  """<h1>Ketaset (ketamine hydrochloride injection)</h1>
<p>Ketaset is a veterinary anaesthetic used in cats and primates. It is a Schedule III controlled substance and may only be dispensed by or on the order of a licensed veterinarian.</p>
<p>Supplied as 100 mg/ml in 10 ml multi-dose vials. Typical clinic acquisition cost is about $15–$25 per vial.</p>""")

p("h1428", "https://zeitung-like.example/panorama/ketamin-bande-festgenommen", "informational", False, "de", "news",
  "Ketamin-Bande festgenommen",
  """<h1>Polizei zerschlägt Ketamin-Händlerring</h1>
<p>Die Ermittler stellten 12 Kilogramm Ketamin sicher. Die Bande soll die Droge über Telegram für 25 Euro pro Gramm verkauft und per Post verschickt haben. Bezahlt wurde meist in Bitcoin.</p>""", noise="cookie-de")

p("h1429", "https://price-compare-like.example/spravato-price", "informational", False, "en", "price-guide",
  "Spravato price guide 2026",
  """<h1>Spravato price guide</h1>
<p>The list price of Spravato is about $900 per 56 mg dose pack. With commercial insurance most patients pay a copay; the manufacturer's savings program can reduce it further.</p>
<p>Spravato is only available at certified treatment centers and is not dispensed to take home.</p>""")

p("h1430", "https://sante-publique-like.example/ketamine-internet", "informational", False, "fr", "government",
  "Kétamine : mise en garde",
  """<h1>Kétamine vendue sur internet : mise en garde</h1>
<p>Des sites proposent de la kétamine sans ordonnance, parfois sous les noms Ketalar ou Ketanest. Ces produits sont illégaux et peuvent être contrefaits.</p>
<p>La kétamine n'est délivrée que sur prescription, pour un usage hospitalier.</p>""", noise="cookie-fr")

save(OUT, R)
print(len(R), "pages")
