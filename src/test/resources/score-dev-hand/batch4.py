# Batch 4 of the hand-written dev set (24 harder pages, written after batches 1-2 were solved, for
# tuning): articles full of care words, clinics with virtual visits, telehealth that mentions
# in-person care, sellers with disclaimers, reference padding and blog sections.
# Run: python3 batch4.py (writes batch4/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch4")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ articles full of care words
p("h401", "https://healthsite-like.example/health/ketamine-therapy-cost", "informational", False, "en", "health-article",
  "Ketamine Therapy: Cost, What to Expect and Side Effects",
  """<p>Medically reviewed by Sarah Lin, MD — Written by Tom Harris — Updated on June 2, 2025</p>
<h1>Ketamine therapy: cost, what to expect, and side effects</h1>
<p>Ketamine infusions are usually given in a clinic. A nurse places an IV and monitors your blood pressure and heart rate during the 40-minute infusion, and you should arrange a ride home afterward.</p>
<p>Clinics typically charge $400 to $800 per infusion, and a first series is often six sessions. Insurance rarely covers IV ketamine, though esketamine (Spravato) may be covered.</p>
<p>Side effects can include nausea, dizziness and dissociation. People with uncontrolled hypertension or a history of psychosis may not be good candidates.</p>
<h2>Sources</h2><p>Healthsite has strict sourcing guidelines and relies on peer-reviewed studies.</p>""")

p("h402", "https://hospital-like.example/health-library/esketamine", "informational", False, "en", "health-library",
  "Esketamine (Spravato) – Health Library",
  """<nav>Health Library › Medicines › Esketamine</nav>
<h1>Esketamine nasal spray</h1>
<p>Esketamine is used with an oral antidepressant to treat treatment-resistant depression in adults. It is given only in a certified healthcare setting, where you are monitored for at least 2 hours after each dose.</p>
<p>Do not drive or operate machinery until the next day. Tell your doctor if you are pregnant.</p>
<p>This information does not replace the advice of your healthcare provider.</p>""")

p("h403", "https://university-like.example/news/2025/ketamine-study-results", "informational", False, "en", "press-release",
  "Ketamine study shows lasting benefit for veterans",
  """<h1>Ketamine study shows lasting benefit for veterans with PTSD</h1>
<p>A study led by researchers at the School of Medicine found that repeated ketamine infusions reduced PTSD symptoms for up to six months.</p>
<p>Participants received six infusions over two weeks at the university's clinical research unit, where their vital signs were monitored.</p>
<p>"These results are encouraging," said Dr. Maria Gomez, professor of psychiatry and senior author.</p>
<p>Media contact: news@university-like.example</p>""")

p("h404", "https://patient-stories-like.example/my-first-infusion", "informational", False, "en", "personal-blog",
  "What my first ketamine infusion was like",
  """<h1>What my first ketamine infusion was like</h1>
<p>I finally went to a ketamine clinic after years of treatment-resistant depression. The nurse checked my blood pressure, put on a pulse oximeter, and started the drip.</p>
<p>About ten minutes in, the room started to feel very far away. My husband drove me home afterward.</p>
<p>If you're thinking about it, talk to your psychiatrist first. Leave a comment below!</p>""")

p("h405", "https://gesundheit-like.example/ratgeber/esketamin-depression", "informational", False, "de", "health-article",
  "Esketamin bei Depression: Wirkung, Ablauf, Kosten",
  """<h1>Esketamin bei Depression: Was Patienten wissen sollten</h1>
<p>Das Nasenspray wird in der Praxis unter ärztlicher Aufsicht angewendet; danach bleiben Patienten etwa zwei Stunden zur Beobachtung. Häufige Nebenwirkungen sind Schwindel und Übelkeit.</p>
<p>Die Kosten übernimmt in der Regel die Krankenkasse. Autorin: Dr. med. Julia Berg, Medizinredakteurin. Stand: März 2025.</p>""", noise="cookie-de")

p("h406", "https://salud-like.example/articulos/ketamina-depresion", "informational", False, "es", "health-article",
  "Ketamina para la depresión: qué dice la ciencia",
  """<h1>Ketamina para la depresión: qué dice la ciencia</h1>
<p>La ketamina se administra en clínicas por vía intravenosa bajo supervisión médica. Los pacientes deben ser evaluados por un psiquiatra antes de empezar.</p>
<p>Los efectos secundarios más comunes son mareos y náuseas. Artículo revisado por nuestro comité médico. Última actualización: enero de 2025.</p>""", noise="cookie-es")

# ------------------------------------------------------------------ clinics with virtual parts
p("h407", "https://riverside-ketamine.example/", "clinic", False, "en", "clinic-hybrid",
  "Riverside Ketamine & Psychiatry",
  """<h1>IV ketamine infusions and Spravato in Sacramento</h1>
<p>Start with a virtual consultation from home, then come to our office for your infusions. Every infusion is monitored by a registered nurse.</p>
<p>Telehealth follow-ups available for medication management.</p>
<p>2801 K St, Suite 200, Sacramento, CA 95816 · (916) 555-0131</p>""")

p("h408", "https://harmonyinfusion.example/faq", "clinic", False, "en", "text-excerpt", "",
  """Do you offer at-home ketamine?
No. All of our ketamine treatments are given in our clinic so that our nurses can monitor you.

Can I do my consultation online?
Yes, your first consultation with our nurse practitioner can be done by video.

How long does an infusion take?
About 45 minutes, plus 30 minutes of recovery time before a friend drives you home.""", ext="txt")

p("h409", "https://ketaminepraxis-muenchen.example/ablauf", "clinic", False, "de", "clinic-hybrid",
  "Ablauf – Ketamin-Praxis München",
  """<h1>So läuft Ihre Behandlung ab</h1>
<p>Das Vorgespräch kann per Videosprechstunde stattfinden. Die Infusionen erhalten Sie anschließend in unserer Praxis, überwacht von unserem Team.</p>
<p>Bitte lassen Sie sich nach der Behandlung abholen.</p>""", noise="cookie-de")

# ------------------------------------------------------------------ telehealth mentioning in-person care
p("h410", "https://mindful-virtual-clinic.example/", "telehealth", False, "en", "telehealth",
  "Mindful Virtual Clinic – Ketamine treatment online",
  """<h1>Ketamine treatment without the clinic visit</h1>
<p>Unlike in-office infusion clinics, our program happens entirely online. After a video assessment with our psychiatric nurse practitioner, ketamine lozenges are prescribed if appropriate and shipped to you.</p>
<p>No need to drive to an infusion center or take a day off work.</p>""")

p("h411", "https://ketamine-online-care.example/compare", "telehealth", False, "en", "telehealth",
  "At-home ketamine vs IV infusions",
  """<h1>At-home ketamine vs. IV infusions</h1>
<p>IV infusions at a clinic cost $400–$800 each and require someone to drive you home. Our at-home program costs $199 a month.</p>
<p>With us, you meet a licensed provider by video and take your prescribed medication at home with a trusted person present.</p>
<p><a>Start your online evaluation</a></p>""")

p("h412", "https://tele-ketamina.example/pt/", "telehealth", False, "pt", "telehealth",
  "Tratamento online com escetamina? Como funciona",
  """<h1>Como funciona o nosso acompanhamento online</h1>
<p>A avaliação psiquiátrica é feita por teleconsulta. Se houver indicação, o psiquiatra prescreve o tratamento e encaminha você para aplicação em uma clínica parceira; o acompanhamento continua online.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ sellers that look like something else
p("h413", "https://k-lab-research.example/product/ketamine-hcl", "seller", True, "en", "reference-padding",
  "Ketamine HCl | K Lab Research",
  """<h1>Ketamine HCl</h1>
<p>IUPAC name: 2-(2-chlorophenyl)-2-(methylamino)cyclohexan-1-one. Molar mass 237.7 g/mol.</p>
<h2>Pharmacology</h2><p>Mechanism of action: NMDA receptor antagonist. Pharmacokinetics: bioavailability 93% IV, 45% intranasal; elimination half-life 2.5–3 hours.</p>
<h2>References</h2><p>1. Zanos P, et al. Pharmacol Rev. 2018.</p>
<p>Price: 10g – $260 · 25g – $590</p><p>You don't need a prescription to order from us. Payment by bank transfer or BTC.</p>""")

p("h414", "https://ketaminevendor.example/news", "seller", True, "en", "seller-blog",
  "News – Ketamine Vendor",
  """<h1>Latest news</h1>
<p>Posted on May 3: Restock! Ketamine needles are back. 5g $140, 10g $250.</p>
<p>Posted on April 20: Beware of scammers using our name on Telegram. Our only official channel is @ketvendor_official.</p>
<p>Subscribe to our newsletter for discount codes.</p>""")

p("h415", "https://safe-k-supply.example/", "seller", True, "en", "harm-reduction-mimic",
  "Safe K Supply – Tested Ketamine",
  """<h1>We believe in harm reduction</h1>
<p>Every batch of our ketamine is lab tested so you know exactly what you're getting. Test kits included with every order.</p>
<p>3.5g $110 · 7g $200 · 14g $380</p>
<p>We never ask for prescriptions or ID. Ships discreetly within 24 hours.</p>""")

p("h416", "https://ketamine-legal-info.example/", "seller", True, "en", "disclaimer",
  "Ketamine – Legal information and ordering",
  """<h1>Is ketamine legal?</h1>
<p>Ketamine is a controlled substance in many countries. Customers are responsible for knowing their local laws; we are not responsible for customs seizures.</p>
<p>Order ketamine crystal: 1g €35, 5g €150. Don't worry, you do not need a doctor's prescription. Payment: BTC, XMR.</p>""")

p("h417", "https://apotheke-ohne-rezept.example/ketamin", "seller", True, "de", "shop",
  "Ketamin – Versandapotheke",
  """<h1>Ketamin 50 mg/ml Injektionslösung</h1>
<p>Packung mit 5 Ampullen: 129,00 €. Sie benötigen kein Rezept.</p>
<p>Lieferung innerhalb von 2–4 Tagen in ganz Europa.</p>""", noise="cookie-de")

p("h418", "https://k-facts-and-shop.example/faq", "seller", True, "en", "text-excerpt", "",
  """FAQ
Is this real ketamine? Yes, 98% pure, tested by a third-party lab.
How do I pay? Bitcoin, Litecoin or Zelle.
How long does shipping take? 2-5 days in the US, 7-14 days international.
Do I need a prescription? No.""", ext="txt")

p("h419", "https://farmacia-online-es.example/ketamina-inyectable", "seller", True, "es", "shop",
  "Ketamina inyectable 50 mg/ml – Farmacia Online",
  """<h1>Ketamina inyectable 50 mg/ml, caja de 5 ampollas</h1>
<p>Precio: 95 €. No necesita receta. Envío en 48 horas a toda España.</p>
<p>La ketamina es un anestésico general de acción rápida utilizado en medicina humana y veterinaria.</p>""", noise="cookie-es")

p("h420", "https://ketaminepharmacyonline.example/", "seller", True, "en", "clinic-mimic",
  "Online Ketamine Pharmacy – Licensed & Trusted",
  """<h1>Your trusted online ketamine pharmacy</h1>
<p>Our pharmacists are licensed and our products are FDA approved. Get ketamine nasal spray, tablets and injections delivered to your door.</p>
<p>Online consultation included with every order — just fill in our short form.</p>
<p>Ketamine nasal spray 100mg/ml — $220 · Ketamine tablets 50mg x 30 — $180</p>""")

# ------------------------------------------------------------------ other informational
p("h421", "https://lawfirm-like.example/blog/ketamine-clinic-malpractice", "informational", False, "en", "law",
  "Ketamine clinic malpractice: can you sue?",
  """<h1>Injured at a ketamine clinic? You may have a case</h1>
<p>Ketamine clinics must monitor patients' blood pressure and breathing during infusions. When a clinic fails to screen patients or leaves them unmonitored, injured patients may be entitled to compensation.</p>
<p>Contact our personal injury lawyers for a free consultation.</p>""")

p("h422", "https://pharmacology-course-like.example/lecture-12-ketamine", "informational", False, "en", "lecture",
  "Lecture 12: Dissociative anesthetics",
  """<h1>Lecture 12: Dissociative anesthetics (ketamine)</h1>
<p>Learning objectives: describe the mechanism of ketamine; list its cardiovascular effects; explain emergence reactions.</p>
<p>Induction dose 1–2 mg/kg IV. Ketamine raises blood pressure and heart rate; it preserves airway reflexes.</p>""")

p("h423", "https://ketamine-association-like.example/find-a-provider", "informational", False, "en", "directory",
  "Find a Ketamine Provider",
  """<h1>Find a ketamine provider</h1>
<p>Search our member directory by ZIP code. All listed members are licensed physicians or nurse practitioners who follow our treatment guidelines.</p>
<p>Enter ZIP code: <input> <button>Search</button></p>""")

p("h424", "https://nieuws-like.example/gezondheid/esketamine-vergoed", "informational", False, "nl", "news",
  "Esketamine-neusspray wordt vergoed",
  """<h1>Neusspray tegen depressie wordt vergoed</h1>
<p>Het neusspray met esketamine komt in het basispakket, maakte de minister dinsdag bekend. Patiënten krijgen het middel in de kliniek onder medisch toezicht.</p>""", noise="cookie-nl")

save(OUT, R)
print(len(R), "pages")
