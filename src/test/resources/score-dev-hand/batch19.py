# Batch 19 of the hand-written dev set (22 tuning pages, written 2026-12-06 after rules-2026.12.06-25,
# and committed before the scorer ran on it): precision. Pages that must not be flagged although they
# use the words the recent rules added (brand names, "K", per-gram prices, price lists, Telegram,
# stealth, "sin receta", vet products, "a domicilio"), beside a few sellers in new wording.
# Run: python3 batch19.py (writes batch19/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch19")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ informational (10)
p("h1901", "https://drugs-forum-like.example/threads/ket-prices-2026.4412/", "informational", False, "en", "forum-prices", "",
  """Ket prices 2026 – what are you paying?
posted by harmreductionist

No sourcing, just curious about the market. Round here it's 30-40 a g, cheaper by the 5.
reply by wobbly: same in Leeds, 30/g. quality all over the place though, test it.
reply by mod_anna: Reminder: no sourcing, no vendor names. Threads that break this get locked.""", ext="txt")

p("h1902", "https://vet-formulary-like.example/ketamine-brands", "informational", False, "en", "vet-reference",
  "Ketamine brands in veterinary practice",
  """<h1>Ketamine brands in veterinary practice</h1>
<p>Ketamine is sold to veterinarians as Ketaset, Vetalar, Narketan, Anesket, Ketamidor and Imalgène. All are 100 mg/ml solutions in 10 ml or 50 ml vials.</p>
<p>Typical wholesale prices to practices are €12–€20 per 10 ml vial. Dispensing to owners for home use is not permitted.</p>""")

p("h1903", "https://tagesnachrichten-like.example/telegram-drogenhandel", "informational", False, "de", "news",
  "Drogenhandel über Telegram boomt",
  """<h1>Drogenhandel über Telegram boomt</h1>
<p>Auf Telegram werden Ketamin, Kokain und MDMA offen angeboten, oft mit „Stealth-Versand" und Bezahlung in Bitcoin. Ein Gramm Ketamin kostet laut Ermittlern etwa 25 Euro.</p>
<p>Die Polizei warnt vor verunreinigten Substanzen.</p>""", noise="cookie-de")

p("h1904", "https://salud-publica-like.example/esketamina-sin-receta", "informational", False, "es", "government",
  "Alerta: venta de esketamina sin receta en internet",
  """<h1>Alerta sanitaria: venta de esketamina sin receta</h1>
<p>La agencia ha detectado páginas que ofrecen esketamina en spray nasal a domicilio y sin receta. Estos productos no están autorizados y pueden ser falsificados.</p>
<p>La esketamina solo se administra en centros sanitarios.</p>""", noise="cookie-es")

p("h1905", "https://slang-guide-like.example/k", "informational", False, "en", "reference",
  "What is K? A guide for parents",
  """<h1>What is "K"?</h1>
<p>"K", "ket" and "special K" are street names for ketamine. Young people may buy K, MD or 2CB through social media and messaging apps, usually for £20–£40 a gram.</p>
<p>Talk to your child calmly, and call our helpline if you are worried.</p>""")

p("h1906", "https://research-like.example/papers/darknet-ketamine-listings", "informational", False, "en", "research",
  "Ketamine listings on darknet markets, 2020–2025",
  """<h1>Ketamine listings on darknet markets, 2020–2025</h1>
<p>We analysed 18,400 listings. Listings typically offered 1 g, 5 g and 10 g quantities; the median price fell from $45 to $32 per gram. Most vendors offered stealth shipping and escrow.</p>
<p>Keywords: ketamine; cryptomarkets; drug prices</p>""")

p("h1907", "https://ketamine-clinics-directory-like.example/prices", "informational", False, "en", "directory-prices",
  "Ketamine clinic prices by city",
  """<h1>Ketamine infusion prices by city (2026)</h1>
<p>Austin $450 · Denver $495 · Miami $425 · Seattle $550 per infusion. Packages of 6 infusions range from $2,200 to $3,000.</p>
<p>Find a provider near you. Are you a clinic? Claim your listing.</p>""")

p("h1908", "https://farmacia-like.example/blog/ketamina-sin-receta", "informational", False, "es", "pharmacy-blog",
  "¿Se puede comprar ketamina sin receta?",
  """<h1>¿Se puede comprar ketamina sin receta?</h1>
<p>No. La ketamina es un medicamento de uso hospitalario y veterinario. Las webs que la venden sin receta son ilegales y sus productos no tienen garantía.</p>""", noise="cookie-es")

p("h1909", "https://podcast-like.example/episodes/ket-culture", "informational", False, "en", "podcast",
  "Ep. 88: Ket culture",
  """<h1>Ep. 88: Ket culture</h1>
<p>This week we talk to two ravers about K, k-holes and why ketamine got cheap. Plus: a drug checker on what's really in your bag.</p>
<p>Listen on all podcast apps · Full transcript below</p>""")

p("h1910", "https://cours-pharma-like.example/ketamine-galenique", "informational", False, "fr", "course",
  "Kétamine : formes galéniques",
  """<h1>Kétamine : formes galéniques</h1>
<p>La kétamine est disponible en flacons de 50 mg/5 ml et 250 mg/5 ml (Kétamine Panpharma), en usage hospitalier. L'eskétamine est commercialisée sous forme de spray nasal (Spravato).</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ telehealth (4)
p("h1911", "https://keta-care-online.example/", "telehealth", False, "en", "telehealth-named-keta",
  "KetaCare Online – psychiatrist-led ketamine at home",
  """<h1>Psychiatrist-led ketamine therapy at home</h1>
<p>Meet a licensed psychiatrist by video. If ketamine is right for you, your prescription goes to our partner pharmacy, which ships your tablets to your door. Sessions are guided in the app.</p>
<p>Plans from $199/month. <button>Check eligibility</button></p>""")

p("h1912", "https://domicilio-salud.example/ketamina-a-domicilio", "telehealth", False, "es", "telehealth-domicilio",
  "Ketamina a domicilio con supervisión médica",
  """<h1>Tratamiento con ketamina a domicilio</h1>
<p>Un psiquiatra colegiado te evalúa por videollamada. Si el tratamiento es adecuado, recibes la receta y una enfermera te acompaña por video durante cada sesión en casa.</p>""", noise="cookie-es")

p("h1913", "https://tele-k-health.example/faq", "telehealth", False, "en", "telehealth-faq",
  "FAQ | Tele K Health",
  """<h1>FAQ</h1>
<p><b>Do you ship discreetly?</b> Yes. Your prescription ships from a licensed pharmacy in plain packaging, signature required.</p>
<p><b>Can I pay with HSA?</b> Yes, and with any major card.</p>
<p><b>Do I need a prescription?</b> Yes, issued by your clinician after a video evaluation.</p>""")

p("h1914", "https://online-psychiatrie.example/ketamine", "telehealth", False, "nl", "telehealth",
  "Ketamine via onze online praktijk",
  """<h1>Ketamine via onze online praktijk</h1>
<p>Na een intake via beeldbellen met onze psychiater kan ketamine op recept worden voorgeschreven. U neemt de tabletten thuis in, met begeleiding via video.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ clinics (4)
p("h1915", "https://ketamine-shop-street-clinic.example/", "clinic", False, "en", "clinic-shop-name",
  "Shop Street Ketamine Clinic",
  """<h1>Shop Street Ketamine Clinic</h1>
<p>IV ketamine and Spravato in downtown Galway-on-Hudson. Every infusion is monitored by a registered nurse; a physician reviews your history first.</p>
<p>14 Shop St, Hudson, NY 12534 · (518) 555-0117</p>""")

p("h1916", "https://clinica-ketamina-precios.example/tarifas", "clinic", False, "es", "clinic-pricing",
  "Tarifas | Clínica",
  """<h1>Tarifas</h1>
<p>Sesión de ketamina intravenosa (40 minutos, 0,5 mg/kg): 300 €. Bono de 6 sesiones: 1.650 €. Consulta inicial con psiquiatra: 100 €.</p>
<p>Todas las sesiones en nuestra clínica, con monitorización continua.</p>""", noise="cookie-es")

p("h1917", "https://ketaminkliniek-utrecht.example/contact", "clinic", False, "nl", "clinic-contact",
  "Contact | Ketaminekliniek Utrecht",
  """<h1>Contact</h1>
<p>Ketaminekliniek Utrecht, Maliebaan 40, 3581 CR Utrecht. Bel 030 555 0101 voor een afspraak. Verwijzing van uw huisarts of psychiater nodig.</p>""", noise="cookie-nl")

p("h1918", "https://clinica-porto-cetamina.example/", "clinic", False, "pt", "clinic",
  "Clínica de cetamina no Porto",
  """<h1>Cetamina endovenosa no Porto</h1>
<p>As infusões são feitas na nossa clínica, com anestesista presente e monitorização dos sinais vitais. Não pode conduzir após a sessão.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ sellers (4)
p("h1919", "https://k-garden.example/menu", "seller", True, "en", "menu-page",
  "Menu",
  """<h1>Menu</h1>
<p>Shards (MDMA-free, tested) · Powder · Nasal kits</p>
<p>Halves £20 · g £35 · 3.5 £110</p>
<p>Same-day London, tracked UK. Order on Signal: kgarden.01</p>""")

p("h1920", "https://vetshop-particuliers.example/ketamine-vet", "seller", True, "fr", "vet-shop",
  "Kétamine vétérinaire – livraison",
  """<h1>Kétamine 1000 vétérinaire – flacon 10 ml</h1>
<p>Pour chevaux et chiens. 58 € le flacon, 3 flacons 150 €. Pas besoin de vétérinaire : commandez directement.</p>
<p>Livraison en 48 h, paiement par carte ou PCS.</p>""", noise="cookie-fr")

p("h1921", "https://ketamin-direkt-bestellen.example/", "seller", True, "de", "home",
  "Ketamin direkt bestellen",
  """<h1>Ketamin direkt nach Hause</h1>
<p>Hochreines Ketamin als Kristall oder Pulver. Lieferung in ganz Deutschland und Österreich in 1–3 Tagen, neutral verpackt.</p>""", noise="cookie-de")

p("h1922", "https://cetamina-express.example/loja", "seller", True, "pt", "shop",
  "Loja",
  """<h1>Loja</h1>
<p>Cetamina pura em cristal: 1 g R$ 150 · 5 g R$ 650. Envio discreto com rastreio.</p>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
