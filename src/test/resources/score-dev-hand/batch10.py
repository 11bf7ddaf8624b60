# Batch 10 of the hand-written dev set (18 tuning pages, written 2026-12-06 after rules-2026.12.06-11
# solved batches 8 and 9, and committed before the scorer ran on it): a check that those rules carry
# over to new shapes. Cost guides and price comparisons, clinics and telehealth with shop-like pages
# (gift cards, merchandise, plan checkout), sellers that never print a price, a pharmacy selling to
# patients, an encyclopaedia of street names. Run: python3 batch10.py (writes batch10/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch10")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (6)
p("h1001", "https://anesthetic-wholesale.example/", "seller", True, "en", "no-price",
  "Anesthetic Wholesale – Ketamine, Propofol, Midazolam",
  """<h1>Veterinary and human anesthetics</h1>
<p>Ketamine 500mg/10ml, propofol, midazolam and diazepam injectables. Individuals and clinics welcome, no license needed.</p>
<p>Request today's price list on WhatsApp: +1 929 555 0143. Delivery across the USA and Canada in 3–5 days.</p>""")

p("h1002", "https://keta-kaufen-berlin.example/kontakt", "seller", True, "de", "contact",
  "Kontakt",
  """<h1>Kontakt</h1>
<p>Schreib uns auf Telegram: @keta_berlin. Übergabe in Berlin persönlich oder Versand in ganz Deutschland.</p>""", noise="cookie-de")

p("h1003", "https://cetamina-farma.example/produto/cetamina-50", "seller", True, "pt", "product",
  "Cetamina 50 mg/ml – 10 ampolas",
  """<h1>Cetamina 50 mg/ml – caixa com 10 ampolas</h1>
<p>Produto original, lacrado, validade 2028.</p>
<p><button>Comprar</button> · Parcelamos em até 12x no cartão · Frete grátis acima de R$ 500</p>""", noise="cookie-pt")

p("h1004", "https://tiktok-like.example/@kittyk_store/video/77123", "seller", True, "en", "social", "",
  """kittyk_store
ket restock tonight 🐴💨 grams, halves, ozs. link in bio to order, ships tracked UK + EU
#ket #weekend #rave""", ext="txt")

p("h1005", "https://ketamine-hcl.example/faq", "seller", True, "en", "faq",
  "FAQ – Ketamine HCl",
  """<h1>Frequently asked questions</h1>
<p><b>How long does shipping take?</b> 2–4 days in the US, 7–10 days international.</p>
<p><b>Do I need a prescription?</b> No. We sell to adults for personal use.</p>
<p><b>How do I pay?</b> Zelle, Cash App or Bitcoin.</p>""")

p("h1006", "https://ketamina-es.example/", "seller", True, "es", "padded",
  "Ketamina: qué es y cómo actúa",
  """<h1>Ketamina: qué es y cómo actúa</h1>
<p>La ketamina es un anestésico disociativo que bloquea los receptores NMDA. Se utiliza en quirófanos y en urgencias, y se investiga para la depresión resistente.</p>
<p>Sus efectos secundarios más comunes son náuseas, mareos y aumento de la presión arterial.</p>
<p>¿Quieres probarla? Escríbenos al WhatsApp 600 000 111 y te la enviamos a casa en 24 horas.</p>""", noise="cookie-es")

# ------------------------------------------------------------------ telehealth (4)
p("h1007", "https://oasis-virtual.example/gift-cards", "telehealth", False, "en", "telehealth-shop",
  "Gift cards | Oasis Virtual Ketamine Care",
  """<h1>Give the gift of care</h1>
<p>Oasis gift cards can be used toward virtual psychiatric evaluations and at-home ketamine programs. Treatment is only prescribed if an Oasis clinician finds it safe.</p>
<p>$100 · $250 · $500 <button>Add to cart</button></p>""")

p("h1008", "https://ketaflow-tele.example/plans/checkout", "telehealth", False, "en", "checkout",
  "Checkout | KetaFlow",
  """<h1>Checkout</h1>
<p>KetaFlow membership — $229/month. Includes video visits with your prescriber, ketamine tablets if prescribed, and shipping.</p>
<p>Cancel anytime. <button>Place order</button></p>""")

p("h1009", "https://praxis-digital.example/ketamin", "telehealth", False, "de", "telehealth",
  "Ketamin-Behandlung per Videosprechstunde",
  """<h1>Ketamin-Behandlung per Videosprechstunde</h1>
<p>Nach einem ausführlichen Gespräch per Video entscheidet unsere Psychiaterin, ob eine Behandlung in Frage kommt. Das Rezept erhalten Sie digital.</p>""", noise="cookie-de")

p("h1010", "https://tele-mente.example/fr/tarifs", "telehealth", False, "fr", "telehealth-pricing",
  "Tarifs | TéléMente",
  """<h1>Nos tarifs</h1>
<p>Première téléconsultation avec un psychiatre : 80 €. Programme kétamine à domicile, si prescrit : 250 € par mois, livraison incluse.</p>""", noise="cookie-fr")

# ------------------------------------------------------------------ clinics (4)
p("h1011", "https://stillwater-ketamine.example/shop", "clinic", False, "en", "clinic-shop",
  "Shop | Stillwater Ketamine Clinic",
  """<nav>Home · Treatments · Our team · Shop · Contact</nav>
<h1>Shop</h1>
<p>Integration journals, eye masks and gift certificates for infusions at our clinic.</p>
<p>Eye mask $18 · Integration journal $24 · Gift certificate $100 <button>Add to cart</button></p>
<p>Stillwater Ketamine Clinic · 310 Main St, Stillwater, MN 55082</p>""")

p("h1012", "https://ketamine-clinic-prices.example/", "clinic", False, "en", "clinic-pricing",
  "Ketamine Clinic Prices | Bayview Infusion Center",
  """<h1>Our prices</h1>
<p>IV ketamine infusion: $400. Six-infusion series: $2,200. Spravato: billed to insurance.</p>
<p>All treatments are given in our Bayview office under nurse supervision. Call to book.</p>""")

p("h1013", "https://clinica-ketamina-lima.example/", "clinic", False, "es", "navigation",
  "Clínica Ketamina Lima",
  """<nav>Inicio · Nosotros · Tratamientos · Blog · Contacto</nav>
<h1>Clínica Ketamina Lima</h1>
<p>Av. Larco 1150, Miraflores · Tel. 01 555 0100 · Lunes a sábado</p>""", noise="cookie-es")

p("h1014", "https://kliniek-spravato.example/", "clinic", False, "nl", "spravato",
  "Esketamine behandeling",
  """<h1>Esketamine neusspray bij depressie</h1>
<p>De behandeling vindt plaats op onze polikliniek. U blijft na elke toediening twee uur onder toezicht van een verpleegkundige.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ informational (4)
p("h1015", "https://costguide-like.example/health/ketamine-therapy-cost", "informational", False, "en", "cost-guide",
  "How much does ketamine therapy cost in 2026?",
  """<h1>How much does ketamine therapy cost?</h1>
<p>IV ketamine infusions usually cost $400 to $800 per session, and a first series of six runs $2,400 to $4,800. At-home programs cost $200 to $400 a month.</p>
<p>Spravato is often covered by insurance. Ask your clinic whether it offers payment plans.</p>""")

p("h1016", "https://slang-dictionary-like.example/ketamine-street-names", "informational", False, "en", "reference",
  "Ketamine street names and slang",
  """<h1>Ketamine street names</h1>
<p>Special K, K, Kit Kat, Cat Valium, Vitamin K, Super K. Sold as white powder or liquid, usually by the gram.</p>
<p>Source: national drug information service.</p>""")

p("h1017", "https://farmacia-online-legal.example/ketamina", "informational", False, "es", "pharmacy-info",
  "Ketamina | Farmacia",
  """<h1>Ketamina</h1>
<p>La ketamina es un medicamento de uso hospitalario. No se dispensa en farmacias comunitarias ni se vende por internet.</p>
<p>Si su médico le ha recetado esketamina, el tratamiento se administra en el hospital.</p>""", noise="cookie-es")

p("h1018", "https://investigative-like.example/we-bought-ketamine-online", "informational", False, "en", "news",
  "We bought ketamine online. Here is what arrived.",
  """<h1>We bought ketamine online. Here is what arrived.</h1>
<p>Our reporters ordered from five sites that offered ketamine for $40 a gram with Bitcoin payment and "stealth shipping". Two sent nothing.</p>
<p>Lab tests found that one sample contained no ketamine at all.</p>""")

save(OUT, R)
print(len(R), "pages")
