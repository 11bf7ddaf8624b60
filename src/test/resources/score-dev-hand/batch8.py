# Batch 8 of the hand-written dev set (26 tuning pages, written 2026-12-06 after batch 7 and before
# any scorer run on either): the weaknesses issue 4 names. Sellers padded with health text, sellers
# whose only evidence is the URL, product structure or a payment page, sellers in other languages;
# navigation and partial pages; telehealth near the seller boundary; informational pages that quote
# prices or say "buy"; compounding pharmacies (informational, routed to moderators, never flagged).
# Run: python3 batch8.py (writes batch8/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch8")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (10)
p("h801", "https://buy-ketamine-online-usa.example/", "seller", True, "en", "url-only",
  "Depression help",
  """<h1>Feel like yourself again</h1>
<p>Depression affects more than 280 million people worldwide. Many do not respond to the first two antidepressants they try.</p>
<p>Researchers have found that ketamine can lift mood within hours in some patients with treatment-resistant depression.</p>
<p>Questions? Write to help@buy-ketamine-online-usa.example</p>""")

p("h802", "https://pharmachems-eu.example/product-category/dissociatives/", "seller", True, "en", "navigation",
  "Dissociatives Archives - PharmaChems EU",
  """<nav>Home · Shop · Dissociatives · Stimulants · Psychedelics · My account · Cart (0)</nav>
<h1>Dissociatives</h1>
<ul><li><a>Ketamine HCl</a></li><li><a>2-FDCK</a></li><li><a>3-MeO-PCP</a></li><li><a>Deschloroketamine</a></li></ul>
<p>Sort by: popularity · price: low to high</p>""")

p("h803", "https://ketamine-supplier.example/contact", "seller", True, "en", "contact",
  "Contact us",
  """<h1>Contact us</h1>
<p>Fill in the form below for prices and availability. We answer every enquiry within a day.</p>
<form>Name <input> Email <input> Product <input> Quantity <input> <button>Send</button></form>""")

p("h804", "https://keta-shop.example/betaling", "seller", True, "nl", "payment",
  "Betaalmethoden – Keta Shop",
  """<h1>Betaalmethoden</h1>
<p>Wij accepteren Bitcoin, Monero en contant geld in de envelop. Na ontvangst van de betaling wordt uw bestelling binnen 24 uur verzonden.</p>
<p>Vragen over uw bestelling? Mail naar info@keta-shop.example</p>""", noise="cookie-nl")

p("h805", "https://ketamina-venta.example/producto/ketamina-polvo-10g", "seller", True, "es", "shop",
  "Ketamina 10 g – Tienda",
  """<h1>Ketamina 10 g</h1>
<p>Disponibilidad: en stock</p>
<p>Cantidad: <input value="1"> <button>Añadir al carrito</button></p>
<h2>Descripción</h2>
<p>La ketamina es un anestésico disociativo descubierto en 1962. Se usa en medicina humana y veterinaria. Sus efectos duran aproximadamente una hora.</p>""", noise="cookie-es")

p("h806", "https://ketamin-bestellen.example/", "seller", True, "de", "padded",
  "Ketamin – Wirkung, Risiken, Geschichte",
  """<h1>Ketamin: alles Wissenswerte</h1>
<p>Ketamin wurde 1962 entwickelt und ist seit Jahrzehnten als Narkosemittel im Einsatz. In der Psychiatrie wird es bei schweren Depressionen erforscht.</p>
<p>Nebenwirkungen können Übelkeit, Schwindel und Blutdruckanstieg sein. Bei häufigem Gebrauch drohen Blasenschäden.</p>
<p>Bestellungen bitte per E-Mail: bestellung@ketamin-bestellen.example – Lieferung innerhalb von 2 Tagen in ganz Deutschland.</p>""", noise="cookie-de")

p("h807", "https://marche-libre.example/annonces/sante/8841", "seller", True, "fr", "marketplace",
  "Kétamine vétérinaire – Lyon | Marché Libre",
  """<nav>Accueil › Annonces › Santé</nav>
<h1>Kétamine vétérinaire 10 flacons</h1>
<p>150 €</p>
<p>Je vends 10 flacons d'Imalgène neufs, date longue. Remise en main propre sur Lyon ou envoi possible.</p>
<p>Contact par message uniquement. · Publiée le 2 décembre</p>""", noise="cookie-fr")

p("h808", "https://cetamina-express.example/", "seller", True, "pt", "clinic-mimic",
  "Cetamina Express – tratamento da depressão em casa",
  """<h1>Tratamento da depressão sem sair de casa</h1>
<p>Nossa equipe acredita que todos merecem alívio rápido. Por isso enviamos cetamina diretamente para você, sem consulta e sem fila de espera.</p>
<p>Kit 5 frascos: R$ 750 · Kit 10 frascos: R$ 1.300</p>
<p>Pagamento via Pix. Envio em 24h para todo o Brasil.</p>""", noise="cookie-pt")

p("h809", "https://forum-marketplace.example/t/uk-k-vendor-review", "seller", True, "en", "social", "",
  """[VENDOR] UK ketamine, 1g to 50g, next day
Posted by kvendor_uk · 14 replies

Fresh shards in, tested. Prices in signature. I post first class recorded Mon-Fri, bulk buyers message me for rates.
Payment in LTC only. Reviews from happy customers below 👇""", ext="txt")

p("h810", "https://esketamine-store.example/spravato-56mg", "seller", True, "en", "spravato-product",
  "Spravato 56mg kit",
  """<nav>Home › Antidepressants › Spravato 56mg</nav>
<h1>Spravato (esketamine) 56 mg dose kit</h1>
<p>SKU: SPV-56 · Category: Antidepressants</p>
<p>Quantity <input value="1"> <button>Buy now</button></p>
<p>Spravato is a nasal spray for adults with treatment-resistant depression, used together with an oral antidepressant.</p>""")

# ------------------------------------------------------------------ telehealth (5)
p("h811", "https://ketahome-rx.example/order", "telehealth", False, "en", "telehealth-boundary",
  "Start your order | KetaHome",
  """<h1>Start your order</h1>
<p>Choose a plan. Nothing ships until a licensed clinician reviews your medical history in a video visit and writes a prescription.</p>
<p>Monthly plan — $199 · Quarterly plan — $549</p>
<p><button>Continue to checkout</button></p>""")

p("h812", "https://seren-tele.example/de/start", "telehealth", False, "de", "telehealth",
  "Jetzt starten | Seren",
  """<h1>In drei Schritten zur Behandlung</h1>
<p>Fragebogen ausfüllen, Videotermin mit einer Ärztin buchen, Rezept erhalten. Die Tabletten kommen per Post von unserer Partnerapotheke.</p>
<p>Paket ab 219 € pro Monat.</p>""", noise="cookie-de")

p("h813", "https://mentevirtual.example/", "telehealth", False, "es", "navigation",
  "MenteVirtual – Psiquiatría en línea",
  """<nav>Inicio · Cómo funciona · Ketamina · Precios · Preguntas frecuentes · Iniciar sesión</nav>
<h1>Psiquiatría en línea</h1>
<p>Consultas por videollamada con psiquiatras colegiados.</p>""", noise="cookie-es")

p("h814", "https://lumen-care.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Plans and pricing – Lumen",
  """<h1>Plans</h1>
<p>Evaluation: $95 · Care plan with ketamine RDTs: $240/month, shipped to your door.</p>
<p>Your Lumen clinician must approve treatment first.</p>""")

p("h815", "https://psy-a-distance.example/tarifs", "telehealth", False, "fr", "telehealth-pricing",
  "Tarifs – Psy à distance",
  """<h1>Tarifs</h1>
<p>Téléconsultation psychiatrique : 70 €. Suivi mensuel du traitement par kétamine : 120 €.</p>
<p>La prescription relève de la seule décision du médecin.</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ clinics (4)
p("h816", "https://riverbend-ketamine.example/contact", "clinic", False, "en", "navigation",
  "Contact | Riverbend Ketamine Center",
  """<nav>Home · Treatments · Pricing · FAQ · Contact</nav>
<h1>Contact us</h1>
<p>1200 River Rd, Suite 4, Eugene, OR 97401</p>
<p>(541) 555-0118 · Fax (541) 555-0119</p>
<p>Monday – Friday, 8 am to 4 pm</p>""")

p("h817", "https://spravato-centro.example/", "clinic", False, "es", "spravato-rems",
  "Centro de tratamiento con Spravato",
  """<h1>Spravato en nuestro centro</h1>
<p>Somos un centro certificado en el programa REMS de Spravato. El paciente se administra el spray en la consulta y permanece en observación dos horas.</p>
<p>Pida su cita.</p>""", noise="cookie-es")

p("h818", "https://ketamine-infusion-shop-street.example/", "clinic", False, "en", "clinic-pricing",
  "Shop Street Infusions",
  """<h1>Shop Street Infusions</h1>
<p>Ketamine infusions for depression in Galway's Shop Street, given by our anaesthetist with continuous monitoring.</p>
<p>Assessment €150 · Infusion €400 · Book online.</p>""")

p("h819", "https://praktijk-ketamine.example/", "clinic", False, "nl", "clinic",
  "Praktijk voor ketaminebehandeling",
  """<h1>Ketamine bij depressie</h1>
<p>In onze praktijk krijgt u esketamine neusspray onder toezicht van een verpleegkundige. Na toediening blijft u twee uur ter observatie.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (7)
p("h820", "https://dailynews-like.example/crime/ketamine-gram-price-falls", "informational", False, "en", "news-prices",
  "Ketamine: £20 a gram and falling",
  """<h1>Ketamine: £20 a gram and falling</h1>
<p>The price of ketamine has fallen to around £20 a gram, and dealers now sell it by the half-gram. Buyers order on messaging apps and get it delivered within the hour.</p>
<p>Charities say young people are buying it because it is cheaper than alcohol.</p>""")

p("h821", "https://apotheek-bereidingen.example/ketamine", "informational", False, "nl", "compounding",
  "Ketamine-bereidingen | Bereidingsapotheek",
  """<h1>Ketamine op recept</h1>
<p>Onze bereidingsapotheek maakt ketamine neusspray en zuigtabletten op voorschrift van uw arts. Wij leveren aan patiënten en zorginstellingen in heel Nederland.</p>""", noise="cookie-nl")

p("h822", "https://valley-compounding.example/ketamine-troches", "informational", False, "en", "compounding",
  "Ketamine troches | Valley Compounding Pharmacy",
  """<h1>Ketamine troches</h1>
<p>Ketamine troches 100 mg, 30 count, are compounded in our pharmacy on prescription. Typical price $90 to $150 depending on strength.</p>
<p>Have your provider send the prescription; we ship to your home.</p>""")

p("h823", "https://farmacia-manipulacao.example/cetamina", "informational", False, "pt", "compounding",
  "Cetamina manipulada | Farmácia de manipulação",
  """<h1>Cetamina manipulada</h1>
<p>A nossa farmácia de manipulação prepara cetamina em spray nasal e cápsulas, somente com receita médica. Entregamos em todo o estado.</p>""", noise="cookie-pt")

p("h824", "https://reddit-like.example/r/Drugs/comments/ketamine-prices", "informational", False, "en", "forum-prices", "",
  """r/Drugs · ketamine prices where you live?

u/phaseshift: £25 a gram in Bristol, used to be 30.
u/dk_lowlands: 30 euro in Amsterdam, quality all over the place.
u/mod_bot: Reminder: no sourcing. Asking where to buy or offering to sell gets you banned.""", ext="txt")

p("h825", "https://strafrecht-advocaat.example/ketamine", "informational", False, "nl", "law",
  "Verdacht van handel in ketamine? | Strafrechtadvocaat",
  """<h1>Verdacht van handel in ketamine?</h1>
<p>Ketamine staat op lijst I van de Opiumwet sinds 2025. Wie ketamine verkoopt of in bezit heeft voor de verkoop, riskeert een gevangenisstraf.</p>
<p>Onze strafrechtadvocaten staan u bij vanaf het eerste verhoor.</p>""", noise="cookie-nl")

p("h826", "https://ketamine-guide-review.example/is-ketamine-online-legit", "informational", False, "en", "consumer-warning",
  "Can you buy ketamine online legally?",
  """<h1>Can you buy ketamine online legally?</h1>
<p>Short answer: only with a prescription. Telehealth companies can prescribe ketamine after a video evaluation, and a pharmacy ships it.</p>
<p>Sites offering ketamine powder for $30 a gram with Bitcoin are selling illegally, and many are scams.</p>""")

save(OUT, R)
print(len(R), "pages")
