# Batch 5 of the hand-written dev set (20 tuning pages, written after batches 1, 2 and 4 were
# solved): provider blogs with medical-review bylines, telehealth and clinic pages with little
# text, sellers dressed as clinics, informational pages that speak in the first person.
# Run: python3 batch5.py (writes batch5/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch5")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

p("h501", "https://calmwave-tele.example/blog/what-is-ketamine-therapy", "telehealth", False, "en", "provider-blog",
  "What is ketamine therapy? | Calmwave",
  """<p>Medically reviewed by Dana Fox, PMHNP-BC · Updated on April 9, 2025</p>
<h1>What is ketamine therapy?</h1>
<p>Ketamine is an anesthetic that, at low doses, can ease depression and anxiety. Researchers at Yale first reported its rapid effect in 2000.</p>
<p>At Calmwave, our clinicians meet you by video and, if ketamine is right for you, prescribe sublingual tablets you take at home with a peer sitter.</p>
<p><a>Take our free assessment</a></p>""")

p("h502", "https://oakridge-infusions.example/blog/ketamine-vs-spravato", "clinic", False, "en", "provider-blog",
  "Ketamine vs. Spravato: which is right for you? | Oakridge Infusions",
  """<p>Written by the Oakridge clinical team · Published Feb 12, 2025</p>
<h1>Ketamine vs. Spravato</h1>
<p>IV ketamine is given as an infusion over 40 minutes; Spravato is a nasal spray taken in a certified setting with two hours of observation.</p>
<p>At Oakridge we offer both in our Raleigh office. Call (919) 555-0170 to schedule a consultation.</p>""")

p("h503", "https://ketamine-at-home.example/", "telehealth", False, "en", "navigation",
  "Ketamine at Home",
  """<nav>Home · How it works · Pricing · FAQ · Sign in</nav>
<h1>Feel like yourself again</h1>
<p>Clinician-guided ketamine treatment, from home.</p>
<p><a>See if you qualify</a></p>""")

p("h504", "https://valleyinfusion.example/", "clinic", False, "en", "navigation",
  "Valley Infusion Center – Ketamine & IV Therapy",
  """<nav>Home · Ketamine · IV Hydration · NAD+ · Pricing · Contact</nav>
<h1>Valley Infusion Center</h1>
<p>Ketamine infusions for depression, anxiety and pain.</p>
<footer>455 Valley Rd, Boise, ID 83702 · 208-555-0199</footer>""")

p("h505", "https://ketamine-relief-clinic.example/", "seller", True, "en", "clinic-mimic",
  "Ketamine Relief Clinic",
  """<h1>Ketamine Relief Clinic</h1>
<p>Our clinic offers pharmaceutical ketamine for depression, pain and PTSD. We ship to all countries in discreet packaging.</p>
<p>Ketamine 500mg/10ml – 5 vials $250 · 10 vials $450</p>
<p>Contact our pharmacist on WhatsApp to order.</p>""")

p("h506", "https://samhsa-like.example/find-help/ketamine", "informational", False, "en", "government",
  "Ketamine – Find Help",
  """<h1>Ketamine misuse: finding help</h1>
<p>If you or a loved one is struggling with ketamine use, our free, confidential national helpline is available 24/7. We can refer you to local treatment facilities and support groups.</p>""")

p("h507", "https://ketamine-taskforce-like.example/our-mission", "informational", False, "en", "advocacy",
  "Our mission – Ketamine Patient Alliance",
  """<h1>Our mission</h1>
<p>We are a patient-led nonprofit working for safe, affordable access to ketamine treatment. We publish guidelines, train volunteers and help patients find qualified providers.</p>
<p>Donate today.</p>""")

p("h508", "https://ketamine-clinic-reviews.example/blog/best-online-ketamine", "informational", False, "en", "affiliate-review",
  "Best online ketamine therapy providers of 2025",
  """<h1>Best online ketamine therapy providers of 2025</h1>
<p>We compared six telehealth ketamine companies on price, clinician access and safety. Prices range from $99 to $399 per month.</p>
<p>Our top pick offers video visits with psychiatrists and ships medication to your home. We may earn a commission when you sign up through our links.</p>""")

p("h509", "https://ketamina-tele.example/mx/", "telehealth", False, "es", "telehealth",
  "Ketamina en casa con supervisión médica",
  """<h1>Tratamiento con ketamina en casa</h1>
<p>Agenda una videoconsulta con nuestros psiquiatras. Si eres candidato, te enviamos el medicamento y te acompañamos en cada sesión por video.</p>""", noise="cookie-es")

p("h510", "https://clinique-kappa.example/", "clinic", False, "fr", "clinic",
  "Clinique Kappa – kétamine",
  """<h1>Kétamine en perfusion</h1>
<p>Nos médecins anesthésistes réalisent les perfusions dans nos locaux à Genève. Prenez rendez-vous pour une première consultation.</p>""", noise="cookie-fr")

p("h511", "https://k-depot.example/ketamine-nasal-spray", "seller", True, "en", "shop",
  "Ketamine Nasal Spray 10ml",
  """<h1>Ketamine nasal spray 10 ml (100 mg/ml)</h1>
<p>Rating 4.7 (214 reviews)</p>
<p>$149.00 — Quantity [1] — Buy now</p>
<p>Fast dispatch from our EU warehouse. Tracking provided.</p>""")

p("h512", "https://ketaminepillen.example/", "seller", True, "nl", "shop",
  "Ketamine pillen kopen",
  """<h1>Ketamine tabletten</h1>
<p>Ketamine 50 mg tabletten, verpakking van 20 stuks: €89. Vandaag besteld, morgen in huis.</p>
<p>Betaal veilig met iDEAL.</p>""", noise="cookie-nl")

p("h513", "https://vendas-cetamina.example/", "seller", True, "pt", "shop",
  "Cetamina – Venda online",
  """<h1>Cetamina 50mg/ml</h1>
<p>Caixa com 5 ampolas: R$ 350. Envio para todo Portugal e Brasil.</p>
<p>Compra rápida e segura.</p>""", noise="cookie-pt")

p("h514", "https://ketamin-info-de.example/kosten", "informational", False, "de", "health-article",
  "Was kostet eine Ketamin-Therapie?",
  """<h1>Was kostet eine Ketamin-Therapie?</h1>
<p>Eine Ketamin-Infusion kostet in privaten Praxen meist 300 bis 500 Euro. Die Krankenkassen übernehmen die Kosten in der Regel nicht.</p>
<p>Behandelt wird unter ärztlicher Überwachung; danach sollten Patienten nicht selbst Auto fahren.</p>""", noise="cookie-de")

p("h515", "https://psych-tele-es.example/", "telehealth", False, "es", "telehealth",
  "Psiquiatría online – Ketamina",
  """<h1>Psiquiatría online</h1>
<p>Consultas por videollamada con psiquiatras colegiados. Valoramos si el tratamiento con ketamina es adecuado y coordinamos la receta con una farmacia.</p>""", noise="cookie-es")

p("h516", "https://wellspring-kap.example/", "clinic", False, "en", "text-excerpt", "",
  """Wellspring Ketamine-Assisted Therapy
In-person KAP sessions in Boulder, CO
Each session: 3 hours with a licensed therapist, IM ketamine administered by our nurse.
Intake includes a medical screening with our physician.
Sliding scale available. Email hello@wellspring-kap.example""", ext="txt")

p("h517", "https://market-place-like.example/item/99231", "seller", True, "en", "marketplace",
  "Item #99231",
  """<h1>Item #99231</h1>
<p>Ketalar 50mg/ml 10ml x 10 — US$ 300</p>
<p>Condition: New · Location: Mumbai, India · Seller: pharma_exports (98% positive)</p>
<p>Contact seller</p>""")

p("h518", "https://radio-like.example/programs/health-hour/ketamine", "informational", False, "en", "radio",
  "Health Hour: The promise and risks of ketamine",
  """<h1>Health Hour: the promise and risks of ketamine</h1>
<p>On this week's show, host Ana Ruiz talks with an anesthesiologist and a patient about ketamine clinics, at-home lozenges and what the evidence says.</p>
<p>Listen now · Download MP3</p>""")

p("h519", "https://ketamine-clinic-network.example/locations", "clinic", False, "en", "locations",
  "Locations | Ketamine Clinic Network",
  """<h1>Our locations</h1>
<ul><li>Phoenix – 2400 E Camelback Rd, Phoenix, AZ 85016</li><li>Tucson – 310 N Wilmot Rd, Tucson, AZ 85711</li></ul>
<p>All locations offer IV ketamine and Spravato. Book at any location.</p>""")

p("h520", "https://ketamine-coach-like.example/", "informational", False, "en", "coaching",
  "Ketamine integration coaching",
  """<h1>Ketamine integration coaching</h1>
<p>I help people make sense of their ketamine sessions. I am not a medical provider and do not prescribe or provide ketamine.</p>
<p>Book a 60-minute integration session by video.</p>""")

save(OUT, R)
print(len(R), "pages")
