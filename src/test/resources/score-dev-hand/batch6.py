# Batch 6 of the hand-written dev set (12 tuning pages on the clinic / telehealth boundary, written
# after batches 1, 2, 4 and 5 were solved): rich pages that mention both modalities.
# Run: python3 batch6.py (writes batch6/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch6")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

p("h601", "https://novamind-tele.example/", "telehealth", False, "en", "telehealth-rich",
  "NovaMind – Ketamine therapy online",
  """<h1>Ketamine therapy, online</h1>
<p>Traditional ketamine clinics require you to come into an office for IV infusions, sit in a treatment room and arrange a ride home. NovaMind brings clinician-guided care to you.</p>
<p>Our psychiatric providers evaluate you in a telehealth visit. If appropriate, they prescribe oral ketamine that our partner pharmacy delivers to your door.</p>
<p>During sessions a trusted support person stays with you, and you check your blood pressure with the cuff we send.</p>
<p>Plans from $249/month.</p>""")

p("h602", "https://greenleaf-ketamine.example/services", "clinic", False, "en", "clinic-rich",
  "Services | Greenleaf Ketamine Clinic",
  """<h1>Our services</h1>
<p><b>IV ketamine infusions</b> — given in our private treatment suites with continuous monitoring.</p>
<p><b>Spravato</b> — esketamine nasal spray administered in our certified center, with 2 hours of observation.</p>
<p><b>Virtual consultations</b> — meet our nurse practitioner from home to see if ketamine is right for you.</p>
<p><b>Telehealth integration sessions</b> — follow-up therapy by video after your infusion series.</p>
<p>Greenleaf Ketamine Clinic · Charlotte, NC · Book a consultation</p>""")

p("h603", "https://hopehome-ketamine.example/how-it-works", "telehealth", False, "en", "telehealth-rich",
  "How it works | HopeHome",
  """<h1>How HopeHome works</h1>
<p>1. Online intake and a video appointment with a licensed clinician.</p>
<p>2. Your at-home kit arrives: medication, an eye mask and a blood pressure monitor.</p>
<p>3. Guided sessions from the comfort of your home, with your care team available by chat.</p>
<p>Prefer in-person care? We can refer you to an infusion clinic near you.</p>""")

p("h604", "https://capital-infusion.example/", "clinic", False, "en", "clinic-rich",
  "Capital Infusion Center | Ketamine in Washington DC",
  """<h1>Ketamine infusions in Washington, DC</h1>
<p>We offer IV ketamine for depression, PTSD and chronic pain in our Dupont Circle office. Free phone or video consultation before your first visit.</p>
<p>Our anesthesiologist monitors your heart rate and oxygen during every infusion.</p>
<p>Request an appointment online.</p>""")

p("h605", "https://ketaminefromhome.example/es/", "telehealth", False, "es", "telehealth-rich",
  "Ketamina desde casa",
  """<h1>Ketamina desde casa, con acompañamiento médico</h1>
<p>No necesitas ir a una clínica de infusiones. Nuestros médicos te evalúan por videollamada y, si es adecuado, te recetan ketamina sublingual que recibes en tu domicilio.</p>""", noise="cookie-es")

p("h606", "https://praxis-ketamin-online.example/", "clinic", False, "de", "clinic-rich",
  "Ketamin-Behandlung – Praxis am Markt",
  """<h1>Ketamin-Behandlung in unserer Praxis</h1>
<p>Das Erstgespräch können Sie bequem per Videosprechstunde führen. Die Ketamin-Infusionen erhalten Sie dann vor Ort in unserer Praxis, überwacht von unserem Team.</p>""", noise="cookie-de")

p("h607", "https://virtualketa.example/", "telehealth", False, "en", "telehealth-rich",
  "VirtualKeta",
  """<h1>Ketamine treatment without the infusion center</h1>
<p>No IVs, no waiting rooms, no commute. Meet a psychiatrist online and receive prescribed ketamine troches by mail.</p>
<p>Available in 22 states.</p>""")

p("h608", "https://ketamine-wellness-centers.example/locations/miami", "clinic", False, "en", "clinic-rich",
  "Miami | Ketamine Wellness Centers",
  """<h1>Ketamine Wellness Centers – Miami</h1>
<p>Visit our Brickell location for IV ketamine and Spravato. Telehealth follow-up visits available for existing patients.</p>
<p>1101 Brickell Ave, Miami, FL 33131 · Office hours Mon–Sat</p>""")

p("h609", "https://tele-psiquiatria.example/pt/cetamina", "telehealth", False, "pt", "telehealth-rich",
  "Cetamina com acompanhamento remoto",
  """<h1>Tratamento remoto</h1>
<p>Sem precisar ir à clínica: consulta por vídeo com psiquiatra, prescrição quando indicada e acompanhamento remoto das sessões em casa.</p>""", noise="cookie-pt")

p("h610", "https://clinique-virtuelle.example/", "telehealth", False, "fr", "telehealth-rich",
  "Clinique virtuelle – kétamine",
  """<h1>Notre clinique virtuelle</h1>
<p>Consultez un psychiatre en téléconsultation. Le traitement par kétamine, s'il est indiqué, se prend à domicile avec un suivi à distance.</p>""", noise="cookie-fr")

p("h611", "https://kliniek-ketamine-online.example/", "clinic", False, "nl", "clinic-rich",
  "Ketamine-infuus | Kliniek De Linde",
  """<h1>Ketamine-infuus in onze kliniek</h1>
<p>Het intakegesprek kan via beeldbellen. De infusen zelf krijgt u op locatie, onder toezicht van onze verpleegkundigen.</p>""", noise="cookie-nl")

p("h612", "https://bridge-ketamine.example/", "telehealth", False, "en", "text-excerpt", "",
  """Bridge Ketamine
Psychiatrist-led ketamine care, delivered to your home.
No office visits. Video check-ins every two weeks.
Medication shipped by a licensed pharmacy.
$199/month""", ext="txt")

save(OUT, R)
print(len(R), "pages")
