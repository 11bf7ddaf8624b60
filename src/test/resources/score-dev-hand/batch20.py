# Batch 20 of the hand-written dev set (14 tuning pages, written 2026-12-06 after rules-2026.12.06-28,
# and committed before the scorer ran on it): longer pages with full site chrome (header, menus,
# cookie text, footers with legal links, newsletter boxes, related links), where the evidence is a
# small part of the page. 5 sellers, 3 telehealth, 3 clinics, 3 informational; en/es/de/fr.
# Run: python3 batch20.py (writes batch20/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch20")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

FOOT_EN = """<footer><div>About us · Careers · Press · Blog · Contact</div><div>Privacy policy · Terms of use · Cookie settings · Accessibility</div>
<div>Sign up for our newsletter: <input placeholder="Email"> <button>Subscribe</button></div><div>© 2026 All rights reserved.</div></footer>"""

# ------------------------------------------------------------------ sellers (5)
p("h2001", "https://calm-botanicals.example/products/k-calm-crystals", "seller", True, "en", "chrome-product",
  "K-Calm Crystals – Calm Botanicals",
  """<header><nav>Shop all · Kratom · Kava · Blue lotus · K-Calm · Sale · Account · Cart (0)</nav><div>Free shipping over $75!</div></header>
<h1>K-Calm Crystals</h1>
<p>★★★★★ 214 reviews</p>
<p>Our signature dissociative crystals for deep relaxation and "me time". Sold as a collectible; not evaluated by the FDA.</p>
<p>Size: 1 g · 3.5 g · 7 g &nbsp; Price: $45 – $260</p>
<p>Qty 1 <button>Add to cart</button> <button>Buy with Shop Pay</button></p>
<h3>You may also like</h3><p>Blue lotus tea · Kava shots · Kratom capsules</p>
""" + FOOT_EN)

p("h2002", "https://ketamine-wellness-store.example/blog/microdosing-guide", "seller", True, "en", "chrome-blog-seller",
  "The complete guide to ketamine microdosing – Wellness Store blog",
  """<header><nav>Home · Shop · Blog · FAQ · Contact</nav></header>
<h1>The complete guide to ketamine microdosing</h1>
<p>Posted by Team KWS · 8 min read</p>
<p>Microdosing ketamine means taking a dose too small to cause dissociation. Many people report better mood and focus. Start with 10–20 mg and keep a journal.</p>
<p>Our lab-tested powder makes measuring easy. Use code MICRO15 for 15% off your first order.</p>
<h3>Related posts</h3><p>Ketamine and creativity · How to store your powder · Ketamine vs. psilocybin</p>
""" + FOOT_EN)

p("h2003", "https://farmacia-global-24.example/es/ketamina-inyectable", "seller", True, "es", "chrome-pharmacy",
  "Ketamina inyectable 50 mg/ml – Farmacia Global 24",
  """<header><nav>Inicio · Dolor · Ansiedad · Sueño · Disfunción eréctil · Adelgazar · Mi cuenta · Carrito</nav><div>Envío gratis a partir de 99 €</div></header>
<h1>Ketamina inyectable 50 mg/ml</h1>
<p>Caja de 5 ampollas de 10 ml. Fabricante: laboratorio certificado GMP.</p>
<p>1 caja 95 € · 2 cajas 175 € · 4 cajas 320 €</p>
<p>Compra sin receta en 2 minutos. Pago seguro con tarjeta.</p>
<p><button>Añadir al carrito</button></p>
<footer>Política de privacidad · Aviso legal · Envíos y devoluciones · © 2026</footer>""", noise="cookie-es")

p("h2004", "https://dissociativ-shop.example/", "seller", True, "de", "chrome-home",
  "Dissoziativ-Shop – Forschungschemikalien",
  """<header><nav>Start · Dissoziativa · Psychedelika · Stimulanzien · Versand · FAQ · Warenkorb</nav></header>
<h1>Willkommen im Dissoziativ-Shop</h1>
<p>Seit 2018 Ihr Partner für Forschungschemikalien in Laborqualität. Alle Produkte sind ausschließlich für Forschungszwecke bestimmt.</p>
<h2>Neu im Sortiment</h2><p>2-FDCK · DCK · O-PCE · 3-MeO-PCE</p>
<p>Versand innerhalb der EU, diskret verpackt. Zahlung per Vorkasse oder Bitcoin.</p>
<footer>Impressum · Datenschutz · AGB · Widerrufsrecht</footer>""", noise="cookie-de")

p("h2005", "https://k-kiosk.example/fr/livraison", "seller", True, "fr", "chrome-shipping",
  "Livraison – K Kiosk",
  """<header><nav>Accueil · Boutique · Livraison · Paiement · Contact · Panier</nav></header>
<h1>Livraison</h1>
<p>France métropolitaine : Colissimo suivi, 48 h. Belgique et Suisse : 3 à 5 jours. Les colis partent sans nom d'expéditeur, en emballage neutre.</p>
<p>En cas de saisie par la douane, nous renvoyons votre commande gratuitement.</p>
<footer>Mentions légales · CGV · Confidentialité</footer>""", noise="cookie-fr")

# ------------------------------------------------------------------ telehealth (3)
p("h2006", "https://nova-ketamine-care.example/how-it-works", "telehealth", False, "en", "chrome-telehealth",
  "How it works – Nova Ketamine Care",
  """<header><nav>How it works · Pricing · Conditions · Our clinicians · Reviews · FAQ · Log in · Get started</nav></header>
<h1>How Nova works</h1>
<p>1. Take our 5-minute assessment online. 2. Meet a licensed psychiatric clinician by video. 3. If ketamine is right for you, your prescription ships from a partner pharmacy. 4. Do guided sessions at home with a sitter and check in with your care team after each one.</p>
<p>★★★★★ 1,200 reviews · Available in 25 states</p>
<h3>Related reading</h3><p>Is at-home ketamine safe? · What is a sitter? · Ketamine vs. Spravato</p>
""" + FOOT_EN)

p("h2007", "https://terapia-ketamina-online.example/es/precios", "telehealth", False, "es", "chrome-telehealth-pricing",
  "Precios – Terapia Ketamina Online",
  """<header><nav>Cómo funciona · Precios · Médicos · Preguntas · Entrar</nav></header>
<h1>Precios</h1>
<p>Plan mensual: 189 €. Incluye videoconsultas con tu psiquiatra, la medicación si te la receta y el envío a domicilio desde una farmacia autorizada.</p>
<p>Primera valoración médica: 90 €.</p>
<footer>Política de privacidad · Aviso legal · © 2026</footer>""", noise="cookie-es")

p("h2008", "https://hausarzt-digital.example/ketamin", "telehealth", False, "de", "chrome-telehealth",
  "Ketamin-Therapie digital",
  """<header><nav>Leistungen · Ablauf · Kosten · Team · Login</nav></header>
<h1>Ketamin-Therapie mit digitaler Begleitung</h1>
<p>Unsere Fachärztinnen für Psychiatrie führen das Erstgespräch per Video. Geeignete Patientinnen und Patienten erhalten ein Rezept und werden bei der Einnahme zu Hause per Video begleitet.</p>
<footer>Impressum · Datenschutz</footer>""", noise="cookie-de")

# ------------------------------------------------------------------ clinics (3)
p("h2009", "https://riverbend-ketamine.example/", "clinic", False, "en", "chrome-clinic",
  "Riverbend Ketamine & Spravato Center",
  """<header><div>Call (402) 555-0161 · Mon–Fri 8–6</div><nav>Home · Treatments · Conditions · Pricing · Our team · Shop · Blog · Contact · Book now</nav></header>
<h1>Relief from depression, in a calm and safe setting</h1>
<p>IV ketamine infusions and Spravato in our Omaha center. Every treatment is supervised by our medical director and monitored by registered nurses.</p>
<p>Shop our gift cards and integration journals · Read our blog</p>
<p>4400 Dodge St, Suite 12, Omaha, NE 68131</p>
""" + FOOT_EN)

p("h2010", "https://clinica-ketamina-sevilla.example/", "clinic", False, "es", "chrome-clinic",
  "Clínica Ketamina Sevilla",
  """<header><nav>Inicio · Tratamientos · Equipo · Precios · Tienda · Blog · Contacto · Pedir cita</nav></header>
<h1>Ketamina intravenosa para la depresión resistente</h1>
<p>Tratamiento en nuestra clínica, con anestesista y monitorización continua. Valoración previa por psiquiatra.</p>
<p>En nuestra tienda: tarjetas regalo y cuadernos de integración.</p>
<footer>Política de privacidad · Aviso legal · © 2026</footer>""", noise="cookie-es")

p("h2011", "https://centre-ketamine-bordeaux.example/", "clinic", False, "fr", "chrome-clinic",
  "Centre Kétamine Bordeaux",
  """<header><nav>Accueil · Traitements · Équipe · Tarifs · Blog · Contact · Prendre rendez-vous</nav></header>
<h1>Perfusions de kétamine à Bordeaux</h1>
<p>Les séances ont lieu dans notre centre, sous surveillance médicale, après une consultation avec le psychiatre. Prévoyez un accompagnateur.</p>
<footer>Mentions légales · Confidentialité</footer>""", noise="cookie-fr")

# ------------------------------------------------------------------ informational (3)
p("h2012", "https://health-magazine-like.example/mind/ketamine-online-risks", "informational", False, "en", "chrome-article",
  "Buying ketamine online: the risks – Health Magazine",
  """<header><nav>News · Health A–Z · Mind · Body · Food · Newsletter · Subscribe</nav></header>
<h1>Buying ketamine online: what you risk</h1>
<p>By Sara Lind · Medically reviewed by a psychiatrist · Updated March 3, 2026</p>
<p>Sites selling ketamine "without a prescription" often ask for crypto and promise stealth shipping. Products may be fake, and buying is illegal in most countries. Legitimate at-home programs require a video evaluation and a prescription.</p>
<h3>Read next</h3><p>What is Spravato? · Ketamine clinics explained · The best telehealth for depression</p>
""" + FOOT_EN)

p("h2013", "https://zeitung-like.example/wissen/ketamin-klinik-boom", "informational", False, "de", "chrome-news",
  "Der Ketamin-Boom – Wissen",
  """<header><nav>Politik · Wirtschaft · Wissen · Gesundheit · Sport · Abo</nav></header>
<h1>Der Ketamin-Boom</h1>
<p>Immer mehr Praxen bieten Ketamin-Infusionen gegen Depressionen an. Eine Sitzung kostet zwischen 300 und 500 Euro, die Kassen zahlen meist nicht. „Die Nachfrage ist enorm", sagt ein Psychiater aus Berlin.</p>
<footer>Impressum · Datenschutz · Abo kündigen</footer>""", noise="cookie-de")

p("h2014", "https://rehab-center-like.example/ketamine-addiction", "informational", False, "en", "chrome-rehab",
  "Ketamine addiction treatment – Harbor Recovery",
  """<header><nav>Programs · Detox · Residential · Outpatient · Insurance · Admissions · Call now</nav></header>
<h1>Ketamine addiction treatment</h1>
<p>Regular ketamine use can cause bladder damage, memory problems and dependence. Our residential treatment program offers medical detox, therapy and aftercare. Call our admissions team 24/7.</p>
""" + FOOT_EN)

save(OUT, R)
print(len(R), "pages")
