# Batch 9 of the hand-written dev set (22 tuning pages, written 2026-12-06 after batch 8): more of the
# issue-4 weaknesses in other languages and shapes. News and forums quoting prices per gram, pharmacies
# that compound ketamine, sellers with little more than a product block or a contact line, telehealth
# pages that never say "our clinicians", clinics whose pages are mostly navigation.
# Run: python3 batch9.py (writes batch9/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch9")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (7)
p("h901", "https://k-supplies-direct.example/products/ketamine-hcl", "seller", True, "en", "product",
  "Ketamine HCl",
  """<h1>Ketamine HCl</h1>
<p>$45.00 – $600.00</p>
<p>Weight: <select><option>1 gram</option><option>5 grams</option><option>28 grams</option></select></p>
<p>Ketamine hydrochloride is an NMDA antagonist used as an anesthetic.</p>
<p><button>Add to cart</button></p>""")

p("h902", "https://venta-keta.example/contacto", "seller", True, "es", "contact",
  "Contacto – Venta Keta",
  """<h1>Contacto</h1>
<p>Para hacer tu pedido escríbenos por Telegram o al correo pedidos@venta-keta.example. Respondemos en menos de 2 horas.</p>
<p>Envíos a toda España en 24/48 h.</p>""", noise="cookie-es")

p("h903", "https://ketamin-shop24.example/", "seller", True, "de", "shop",
  "Ketamin Shop 24",
  """<h1>Willkommen im Ketamin Shop 24</h1>
<p>Bei uns bestellen Sie Ketamin in Apothekenqualität, schnell und anonym. Lieferung in 1–2 Werktagen, auch an Packstationen.</p>
<p>1 g 40 € · 5 g 180 € · 10 g 320 €</p>""", noise="cookie-de")

p("h904", "https://ketamine-achat.example/", "seller", True, "fr", "padded",
  "Kétamine : effets, dosage, achat",
  """<h1>Tout sur la kétamine</h1>
<p>Utilisée depuis les années 1970 comme anesthésique, la kétamine agit sur les récepteurs NMDA. Ses effets apparaissent en quelques minutes.</p>
<p>Des chercheurs étudient son effet rapide sur la dépression.</p>
<h2>Achat</h2>
<p>Nous expédions la kétamine en 48 h. Paiement par virement ou crypto-monnaie.</p>""", noise="cookie-fr")

p("h905", "https://vk-like.example/wall-88213_4410", "seller", True, "en", "social", "",
  """K available again 💎 uncut, 1/2/5g, Berlin hand-to-hand or DHL across Germany.
Prices on request, serious buyers only. DM""", ext="txt")

p("h906", "https://cetamina-loja.example/pagamento", "seller", True, "pt", "payment",
  "Pagamento – Loja",
  """<h1>Como pagar</h1>
<p>Pix, boleto ou transferência. Após a confirmação do pagamento, sua cetamina é enviada no mesmo dia com código de rastreio.</p>""", noise="cookie-pt")

p("h907", "https://dissociative-labs.example/shop/", "seller", True, "en", "navigation",
  "Shop | Dissociative Labs",
  """<nav>Shop · About · Lab results · Shipping · Contact</nav>
<h1>Shop</h1>
<p>Showing all 6 results</p>
<ul><li>Ketamine crystal</li><li>Ketamine powder</li><li>2-FDCK</li><li>O-PCE</li><li>DCK</li><li>Test kits</li></ul>""")

# ------------------------------------------------------------------ telehealth (4)
p("h908", "https://fieldtrip-like.example/ketamine-program", "telehealth", False, "en", "telehealth",
  "Ketamine program",
  """<h1>The ketamine program</h1>
<p>Week 1: intake call and medical screening by a psychiatrist over video.</p>
<p>Weeks 2–4: four guided sessions at home with prescribed sublingual ketamine and a preparation coach.</p>
<p>Program fee $1,200, paid at enrolment. Refunded in full if you are not approved.</p>""")

p("h909", "https://ketamina-a-domicilio.example/", "telehealth", False, "es", "telehealth-boundary",
  "Ketamina a domicilio con receta",
  """<h1>Tu tratamiento de ketamina, en casa</h1>
<p>Primero, una consulta por videollamada con un psiquiatra. Si te la receta, te enviamos las tabletas a domicilio desde una farmacia autorizada.</p>
<p>Consulta 60 € · Mes de tratamiento 190 €</p>""", noise="cookie-es")

p("h910", "https://telepsy-nl.example/aanmelden", "telehealth", False, "nl", "checkout",
  "Aanmelden en betalen",
  """<h1>Aanmelden</h1>
<p>Intake via beeldbellen met een psychiater: €145. Na goedkeuring volgt het ketaminetraject thuis voor €390 per maand.</p>
<p><button>Afrekenen</button></p>""", noise="cookie-nl")

p("h911", "https://cuidar-online.example/cetamina", "telehealth", False, "pt", "telehealth",
  "Cetamina com receita online",
  """<h1>Cetamina com receita, sem sair de casa</h1>
<p>Consulta online com psiquiatra. Se indicado, a receita é enviada a uma farmácia parceira que entrega em sua casa.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ clinics (4)
p("h912", "https://north-shore-ketamine.example/locations", "clinic", False, "en", "navigation",
  "Locations | North Shore Ketamine",
  """<nav>Home · Services · Locations · Pricing · Book</nav>
<h1>Our locations</h1>
<ul><li>Evanston — 1600 Sherman Ave, Evanston, IL 60201</li><li>Skokie — 4930 Oakton St, Skokie, IL 60077</li></ul>""")

p("h913", "https://ketamin-ambulanz.example/", "clinic", False, "de", "clinic",
  "Ketamin-Ambulanz am Universitätsklinikum",
  """<h1>Ketamin-Ambulanz</h1>
<p>Die Ambulanz bietet Esketamin-Nasenspray und Ketamin-Infusionen für Patienten mit therapieresistenter Depression an. Überweisung durch Fachärztin oder Facharzt erforderlich.</p>""", noise="cookie-de")

p("h914", "https://clinique-ketamine-montreal.example/tarifs", "clinic", False, "fr", "clinic-pricing",
  "Tarifs | Clinique Kétamine Montréal",
  """<h1>Tarifs</h1>
<p>Consultation initiale : 250 $ · Perfusion de kétamine : 600 $ · Forfait 6 perfusions : 3 300 $</p>
<p>Toutes les perfusions ont lieu à la clinique, sous surveillance d'un anesthésiologiste.</p>""", noise="cookie-fr")

p("h915", "https://clinicaaurora.example/", "clinic", False, "es", "navigation",
  "Clínica Aurora | Ketamina y Spravato",
  """<nav>Inicio · Tratamientos · Equipo médico · Tarifas · Contacto · Pide cita</nav>
<h1>Clínica Aurora</h1>
<p>Calle Mayor 14, Valencia · Tel. 960 000 111</p>""", noise="cookie-es")

# ------------------------------------------------------------------ informational (7)
p("h916", "https://nos-like.example/nieuws/ketamine-goedkoper", "informational", False, "nl", "news-prices",
  "Ketamine steeds goedkoper",
  """<h1>Ketamine steeds goedkoper: gram kost nog 20 euro</h1>
<p>Een gram ketamine kost op straat nog zo'n 20 euro, blijkt uit cijfers van het Trimbos-instituut. Gebruikers bestellen het via apps en laten het thuisbezorgen.</p>""", noise="cookie-nl")

p("h917", "https://elpais-like.example/sociedad/ketamina-precio", "informational", False, "es", "news-prices",
  "La ketamina se vende a 30 euros el gramo",
  """<h1>La ketamina se vende a 30 euros el gramo en las discotecas</h1>
<p>Los jóvenes compran ketamina por mensajería y la reciben en casa en pocas horas. Un gramo cuesta unos 30 euros.</p>""", noise="cookie-es")

p("h918", "https://kingsway-pharmacy.example/compounding/ketamine", "informational", False, "en", "compounding",
  "Ketamine nasal spray compounding | Kingsway Pharmacy",
  """<h1>Compounded ketamine nasal spray</h1>
<p>Our pharmacists compound ketamine nasal spray 100 mg/ml (10 ml bottle, $75) when your prescriber sends a prescription. We dispense in person or ship within the state.</p>""")

p("h919", "https://apotheke-rezeptur.example/ketamin", "informational", False, "de", "compounding",
  "Ketamin-Rezepturen | Apotheke am Dom",
  """<h1>Ketamin-Rezepturen</h1>
<p>Wir stellen Ketamin-Nasenspray und Ketamin-Lutschtabletten als Rezepturarzneimittel her, ausschließlich auf ärztliche Verordnung. Versand innerhalb Deutschlands.</p>""", noise="cookie-de")

p("h920", "https://ketamine-stories.example/blog/my-first-infusion", "informational", False, "en", "blog",
  "My first ketamine infusion",
  """<h1>My first ketamine infusion</h1>
<p>I walked into the clinic nervous. The nurse put in an IV and checked my blood pressure every fifteen minutes.</p>
<p>It cost me $450 and insurance didn't cover it, but for the first time in years I felt some relief.</p>""")

p("h921", "https://psychonaut-wiki-like.example/ketamine/prices", "informational", False, "en", "reference-prices",
  "Ketamine – street prices by country",
  """<h1>Ketamine street prices</h1>
<table><tr><th>Country</th><th>Price per gram</th></tr><tr><td>UK</td><td>£20–30</td></tr><tr><td>Netherlands</td><td>€20–40</td></tr><tr><td>USA</td><td>$40–80</td></tr></table>
<p>Figures from drug surveys and police reports. This wiki does not sell substances.</p>""")

p("h922", "https://pt-tribunal-like.example/noticias/trafico-cetamina", "informational", False, "pt", "court",
  "Tribunal condena vendedor de cetamina",
  """<h1>Tribunal condena vendedor de cetamina pela internet</h1>
<p>O réu vendia cetamina por R$ 150 o grama em um site e enviava pelos Correios. Foi condenado a seis anos de prisão.</p>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
