# Batch 79 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Where care meets information". Pages on the line between a provider and a page about
# providers. Informational side: job posts and careers pages (also on a provider's own site), a
# clinical-trial registry record, a university study-recruitment page, a hospital newsroom press
# release about a new service, a directory's practice profile, a professional society's position
# statement, an insurer's medical policy, a magazine's list of centres, a patient-advocacy checklist,
# a pharmacy's medication guide. Provider side, pages that talk like articles: a clinic's blog post,
# a telehealth provider's patient library, FAQ, news page, research page, "our outcomes" page, team
# page, a help-centre snippet, a REMS centre's "what to expect". Plus 8 sellers imitating either side:
# a fake clinic's careers page recruiting "couriers", a research-chemical "research" page, a seller's
# press page, a "directory" that sends every reader to one shop, a fake patient library, a fake clinic
# FAQ, a fake pharmacy leaflet, a fake "study" that ships kits for a fee.
# Mix: 8 sellers, 11 telehealth, 10 clinics, 11 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), short pages, and
# 1-3 sentence plain-text snippets (one per category).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch79.py (writes batch79/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch79")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- informational (11)

p("h7901", "https://www.harborlightinfusion.example/careers/registered-nurse-infusion-per-diem", "informational", False, "en",
  "clinic-careers-job-post", "Registered Nurse, Infusion (Per Diem) - Careers | Harbor Light Infusion Center", """
<header class="site-header"><a class="logo" href="/">Harbor Light Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/careers" class="active">Careers</a> <a class="btn" href="/consult">Book a consult</a></nav></header>
<main class="job">
<p class="crumbs"><a href="/careers">Careers</a> / Nursing</p>
<h1>Registered Nurse, Infusion (Per Diem)</h1>
<ul class="job-meta"><li>Location: South Portland, ME (on site)</li><li>Schedule: per diem, 2-4 shifts per month, some Saturdays</li><li>Pay: $48-$56 per hour depending on experience</li><li>Posted: November 18, 2026 &middot; Req #HL-0932</li></ul>
<h2>About us</h2>
<p>Harbor Light is a physician-led outpatient center offering ketamine infusions for treatment-resistant depression and chronic pain, along with IV hydration and iron infusions. We run six recliner bays and see roughly 40 patients a week. Our team is small, and we like it that way: every nurse knows every patient by name.</p>
<h2>What you'll do</h2>
<ul>
<li>Place peripheral IVs and run infusions on a pump according to the physician's order</li>
<li>Take and chart vital signs before, during and after each infusion; escalate changes in blood pressure, oxygen saturation or level of consciousness to the supervising physician</li>
<li>Support patients through the dissociative part of the session, calmly and without judgment</li>
<li>Confirm each patient has a driver before discharge and review after-care instructions</li>
<li>Keep controlled-substance counts and waste documentation accurate with a second witness</li>
</ul>
<h2>What you'll bring</h2>
<ul><li>Active, unrestricted Maine RN license (compact license accepted)</li><li>Current BLS and ACLS; PALS not required</li><li>At least two years of acute care, PACU, ED or infusion experience</li><li>Comfort with patients in emotional distress; behavioral health experience is a plus</li></ul>
<h2>Why Harbor Light</h2>
<p>Predictable daytime hours, no nights, no on-call. Free parking, paid orientation (two shadow shifts), and a continuing-education stipend after six months.</p>
<p><a class="btn" href="/careers/apply?req=HL-0932">Apply now</a> &nbsp; Questions? Email <a href="mailto:jobs@harborlightinfusion.example">jobs@harborlightinfusion.example</a></p>
<p class="eeo"><small>Harbor Light Infusion Center is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status. Offers are contingent on license verification and a background check.</small></p>
<aside><h3>Other openings</h3><ul><li><a href="/careers/front-desk-coordinator">Front Desk &amp; Insurance Coordinator</a></li><li><a href="/careers/medical-assistant">Medical Assistant (part time)</a></li></ul></aside>
</main>
<footer><p>Harbor Light Infusion Center &middot; 210 Western Ave, South Portland, ME &middot; (207) 555-0148</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h7902", "https://trials.openstudyregistry.example/study/OSR-2025-0417", "informational", False, "en",
  "trial-registry-record", "Repeated IV Ketamine vs Intranasal Esketamine in Treatment-Resistant Depression (KETESK) | OpenStudy Registry", """
<div class="topbar"><a href="/">OpenStudy Registry</a> <a href="/search">Find a study</a> <a href="/about">About the registry</a> <a href="/submit">For sponsors</a></div>
<div class="notice">Listing a study here does not mean it has been evaluated by the registry. Talk with your health care provider before taking part.</div>
<main>
<h1>Repeated Intravenous Ketamine Versus Intranasal Esketamine in Adults With Treatment-Resistant Depression: a Pragmatic Randomised Trial (KETESK)</h1>
<table class="record">
<tr><th>Registry ID</th><td>OSR-2025-0417</td></tr>
<tr><th>Recruitment status</th><td>Recruiting</td></tr>
<tr><th>Study type</th><td>Interventional (Phase 4)</td></tr>
<tr><th>Sponsor</th><td>Lakemoor University School of Medicine</td></tr>
<tr><th>Collaborators</th><td>Granite State Behavioral Health Network</td></tr>
<tr><th>Estimated enrollment</th><td>240 participants</td></tr>
<tr><th>First posted</th><td>2025-03-11</td></tr>
<tr><th>Last update</th><td>2026-09-02</td></tr>
</table>
<h2>Brief summary</h2>
<p>Both racemic ketamine given by intravenous infusion and esketamine nasal spray are used for depression that has not improved after two or more antidepressants. They have not been compared directly in routine care. This trial randomly assigns participants to eight sessions of one or the other over four weeks and compares change in depression severity, side effects, time spent at the treatment site and cost.</p>
<h2>Arms and interventions</h2>
<table><tr><th>Arm</th><th>Intervention</th></tr>
<tr><td>Active comparator: IV ketamine</td><td>Ketamine 0.5 mg/kg over 40 minutes, twice weekly for 4 weeks</td></tr>
<tr><td>Active comparator: esketamine</td><td>Esketamine nasal spray 56-84 mg, twice weekly for 4 weeks, per label</td></tr></table>
<h2>Outcome measures</h2>
<p><b>Primary:</b> Change in MADRS total score from baseline to day 28.<br><b>Secondary:</b> Response and remission at day 28 and day 56; CADSS dissociation scores; blood pressure changes; total chair time; direct medical costs.</p>
<h2>Eligibility</h2>
<p>Ages 18 to 70. Sexes eligible: all.</p>
<p><b>Inclusion:</b> major depressive disorder, current episode of at least 8 weeks; inadequate response to at least two antidepressants at adequate dose and duration; stable antidepressant for 4 weeks.</p>
<p><b>Exclusion:</b> lifetime psychotic disorder; substance use disorder in the past 12 months; uncontrolled hypertension; pregnancy or breastfeeding; prior ketamine or esketamine treatment in the past 6 months.</p>
<h2>Locations</h2>
<ul>
<li>Lakemoor University Hospital, Interventional Psychiatry Unit - Concord, NH - Recruiting. Contact: Study coordinator Maya Tillotson, (603) 555-0172</li>
<li>Granite State Behavioral Health, Manchester Site - Manchester, NH - Recruiting. Contact: Devin Achebe, (603) 555-0190</li>
</ul>
<p class="foot">Information provided by the responsible party, Lakemoor University School of Medicine. <a href="/study/OSR-2025-0417/history">Record history</a></p>
</main>
<footer>OpenStudy Registry is a public, non-commercial database of clinical studies. <a href="/disclaimer">Disclaimer</a></footer>
""")

p("h7903", "https://newsroom.stcatherinehealth.example/2026/10/st-catherine-opens-interventional-psychiatry-service", "informational", False, "en",
  "hospital-press-release", "St. Catherine Health opens interventional psychiatry service | Newsroom", """
<header><a href="https://www.stcatherinehealth.example/">St. Catherine Health</a> <span>Newsroom</span>
<nav><a href="/press-releases">Press releases</a> <a href="/media-kit">Media kit</a> <a href="/experts">Find an expert</a> <a href="/awards">Awards</a> <a href="/contact">Media contacts</a></nav></header>
<article>
<p class="label">FOR IMMEDIATE RELEASE</p>
<h1>St. Catherine Health opens interventional psychiatry service offering esketamine, TMS and ECT under one roof</h1>
<p class="dateline"><b>DAYTON, Ohio - October 14, 2026</b> -</p>
<p>St. Catherine Health today announced the opening of its Interventional Psychiatry Service on the third floor of the Marian Pavilion. The service brings together electroconvulsive therapy, transcranial magnetic stimulation and esketamine nasal spray treatment for adults whose depression has not responded to standard care.</p>
<p>The unit is certified under the federal safety program that governs esketamine, which requires that the medication be self-administered in a healthcare setting and that patients be observed for at least two hours afterward. It includes eight private monitoring rooms and two TMS suites.</p>
<p>"For years our patients were put on waiting lists at three different places for three different treatments," said Dr. Harold Mbeki, chair of the Department of Psychiatry. "Now a psychiatrist can assess someone once and talk through every option with them."</p>
<p>Referrals will be accepted from primary care physicians, psychiatrists and the health system's emergency departments beginning November 3. The service expects to treat 60 to 80 patients a week in its first year. Most commercial insurance plans and Ohio Medicaid cover esketamine when coverage criteria are met, the health system said.</p>
<p>The $4.2 million project was funded in part by a gift from the Wendell and Ruth Carrow Family Foundation.</p>
<h2>About St. Catherine Health</h2>
<p>St. Catherine Health is a not-for-profit health system with four hospitals and 37 outpatient locations in southwest Ohio.</p>
<h2>Media contact</h2>
<p>Lauren Pike, Senior Communications Specialist<br>(937) 555-0114 &middot; lpike@stcatherinehealth.example</p>
<p>###</p>
</article>
<aside><h3>Recent releases</h3><ul><li><a href="#">St. Catherine named Top Teaching Hospital for fifth year</a></li><li><a href="#">New maternity wing welcomes first babies</a></li><li><a href="#">Flu shot clinics open at all locations</a></li></ul></aside>
<footer><small>&copy; 2026 St. Catherine Health. For patient appointments, please visit the main website; the newsroom team cannot schedule care.</small></footer>
""", noise="cookie")

p("h7904", "https://www.praxisnavi.example/aerzte/berlin/psychiatrie/dr-lena-voss", "informational", False, "de",
  "directory-practice-profile", "Dr. med. Lena Voss - Psychiatrie & Psychotherapie in Berlin-Moabit | PraxisNavi", """
<header><a href="/">PraxisNavi</a> <form><input placeholder="Fachgebiet, Name oder Behandlung"><input placeholder="Ort"><button>Suchen</button></form>
<nav><a href="/fuer-praxen">Für Praxen</a> <a href="/login">Anmelden</a></nav></header>
<main>
<p class="crumbs">Startseite &rsaquo; Berlin &rsaquo; Psychiatrie &rsaquo; Dr. med. Lena Voss</p>
<section class="profil">
<h1>Dr. med. Lena Voss</h1>
<p>Fachärztin für Psychiatrie und Psychotherapie</p>
<p class="sterne">&#9733;&#9733;&#9733;&#9733;&#9734; 4,6 (38 Bewertungen)</p>
<p>Turmstraße 71, 10551 Berlin &middot; U-Bahn Turmstraße &middot; Barrierefreier Zugang</p>
<p><a class="btn" href="/anfrage/voss-berlin">Terminanfrage über PraxisNavi senden</a></p>
</section>
<section><h2>Leistungen (Angaben der Praxis)</h2>
<ul><li>Psychiatrische Diagnostik und Pharmakotherapie</li><li>Behandlung therapieresistenter Depression, u. a. mit Esketamin-Nasenspray unter ärztlicher Überwachung in der Praxis</li><li>Verhaltenstherapie (Einzel)</li><li>Gutachten auf Anfrage</li></ul>
<p>Kassen: gesetzlich und privat versichert. Sprachen: Deutsch, Englisch, Polnisch.</p></section>
<section><h2>Sprechzeiten</h2>
<table><tr><td>Mo, Di, Do</td><td>08:00-13:00, 14:30-17:00</td></tr><tr><td>Mi</td><td>08:00-12:00</td></tr><tr><td>Fr</td><td>nach Vereinbarung</td></tr></table></section>
<section><h2>Bewertungen</h2>
<blockquote>"Sehr ausführliches Erstgespräch, man fühlt sich ernst genommen. Wartezeit auf den ersten Termin war leider lang." - Patientin, Oktober 2026</blockquote>
<blockquote>"Die Nachbeobachtung nach dem Nasenspray war gut organisiert, ruhiger Raum." - Patient, August 2026</blockquote>
<p><a href="/bewertungen/voss-berlin">Alle 38 Bewertungen lesen</a></p></section>
<p class="hinweis"><small>Die Angaben auf diesem Profil stammen von der Praxis bzw. aus öffentlichen Quellen. PraxisNavi ist ein Verzeichnis und erbringt keine medizinischen Leistungen. Bewertungen geben die Meinung einzelner Nutzer wieder.</small></p>
<aside><h3>Ähnliche Praxen in der Nähe</h3><ul><li><a href="#">Dr. Tomasz Wrona - Psychiatrie, Berlin-Mitte</a></li><li><a href="#">MVZ Spreebogen - Psychiatrie und Neurologie</a></li><li><a href="#">Dipl.-Psych. Anke Reuter - Psychotherapie</a></li></ul></aside>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/richtlinien">Bewertungsrichtlinien</a></footer>
""", noise="cookie-de")

p("h7905", "https://www.sfpa-psychiatrie.example/prises-de-position/ketamine-hors-hopital-2026", "informational", False, "fr",
  "professional-society-statement", "Prise de position : kétamine et eskétamine en dehors de l'hôpital | SFPA", """
<header><a href="/">SFPA - Société française de psychiatrie ambulatoire</a>
<nav><a href="/la-societe">La Société</a> <a href="/congres">Congrès 2027</a> <a href="/recommandations">Recommandations</a> <a href="/prises-de-position">Prises de position</a> <a href="/adherer">Adhérer</a></nav></header>
<main>
<p class="date">Adoptée par le conseil d'administration le 22 septembre 2026</p>
<h1>Prise de position sur l'usage de la kétamine et de l'eskétamine en dehors du milieu hospitalier</h1>
<h2>Contexte</h2>
<p>Depuis plusieurs années, des structures privées proposent la kétamine pour les troubles dépressifs, parfois en dehors de tout cadre d'évaluation psychiatrique. Parallèlement, les centres antipoison signalent une hausse des intoxications liées à des produits achetés sur internet. La Société souhaite rappeler quelques principes à ses membres et au public.</p>
<h2>Recommandations</h2>
<ol>
<li>L'indication doit être posée par un psychiatre après une évaluation complète, incluant l'historique des traitements antérieurs et le repérage des troubles de l'usage de substances.</li>
<li>L'eskétamine par voie nasale doit être administrée dans une structure habilitée, avec une surveillance d'au moins deux heures, conformément à son autorisation de mise sur le marché.</li>
<li>La Société ne recommande pas la prescription de kétamine à domicile sans surveillance en dehors d'un protocole de recherche.</li>
<li>Les patients doivent être informés que la kétamine vendue sur internet sans ordonnance ne présente aucune garantie de composition et expose à des poursuites.</li>
<li>Les effets sur la vessie, la tension artérielle et le risque d'usage détourné doivent faire l'objet d'un suivi documenté.</li>
</ol>
<h2>Signataires</h2>
<p>Pr Hélène Marchetti (présidente), Dr Karim Belhadj (secrétaire général), Dr Sophie Lemarchand, Dr Olivier Tessier, au nom du conseil d'administration.</p>
<p><a href="/docs/position-ketamine-2026.pdf">Télécharger le texte complet (PDF, 310 Ko)</a></p>
<p class="note"><small>Ce document s'adresse aux professionnels de santé. La SFPA ne délivre pas de soins et ne peut pas orienter les patients individuellement.</small></p>
</main>
<footer>SFPA &middot; 14 rue Daru, Paris &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h7906", "https://www.northstarhealthplan.example/providers/medical-policy/esketamine-nasal-spray-mp-412", "informational", False, "en",
  "insurer-medical-policy", "Medical Policy MP-412: Esketamine Nasal Spray | Northstar Health Plan", """
<div class="utility"><a href="/members">Members</a> | <a href="/providers">Providers</a> | <a href="/employers">Employers</a> | <a href="/brokers">Brokers</a> <a href="/login">Log in</a></div>
<header><a href="/">Northstar Health Plan</a> <nav><a href="/providers/prior-authorization">Prior authorization</a> <a href="/providers/medical-policy">Medical policies</a> <a href="/providers/claims">Claims &amp; billing</a> <a href="/providers/formulary">Formulary</a></nav></header>
<main>
<h1>Esketamine Nasal Spray</h1>
<table class="policy-meta"><tr><td>Policy number</td><td>MP-412</td></tr><tr><td>Effective date</td><td>January 1, 2027</td></tr><tr><td>Last reviewed</td><td>October 2026</td></tr><tr><td>Applies to</td><td>Commercial HMO, PPO, and Exchange plans</td></tr></table>
<h2>Policy</h2>
<p>Northstar considers esketamine nasal spray <b>medically necessary</b> for members who meet ALL of the following:</p>
<ol><li>Age 18 or older;</li><li>Diagnosis of major depressive disorder, confirmed by a psychiatrist or psychiatric nurse practitioner;</li><li>Inadequate response to at least two antidepressants from different classes, each tried for at least 6 weeks at an adequate dose, during the current episode; OR major depressive disorder with acute suicidal ideation or behavior, as an adjunct;</li><li>Concurrent oral antidepressant therapy;</li><li>Treatment delivered at a healthcare setting certified under the manufacturer's REMS program.</li></ol>
<p>Initial authorization: 8 weeks (up to 23 treatment sessions). Continuation: 6 months, with documented improvement on a validated scale (PHQ-9, MADRS or QIDS).</p>
<h2>Not covered</h2>
<p>Intravenous, intramuscular, oral, sublingual or compounded racemic ketamine for depression, anxiety, PTSD or other psychiatric conditions is considered <b>investigational</b> and is not covered. Ketamine used for anesthesia or procedural sedation is not addressed by this policy.</p>
<h2>Coding</h2>
<table><tr><th>Code</th><th>Description</th></tr><tr><td>S0013</td><td>Esketamine, nasal spray, 1 mg</td></tr><tr><td>G2082</td><td>Office visit with self-administration of esketamine, up to 56 mg, including 2 hours post-administration observation</td></tr><tr><td>G2083</td><td>Same, greater than 56 mg</td></tr></table>
<h2>References</h2>
<ol class="refs"><li>Product prescribing information, esketamine nasal spray, revised 2025.</li><li>Practice guideline on treatment-resistant depression, national psychiatric association, 2024 update.</li></ol>
<p><small>Medical policies are not treatment recommendations. Treating providers are solely responsible for medical advice and treatment. Benefits are subject to the member's contract.</small></p>
</main>
<footer>Northstar Health Plan, Inc. &middot; <a href="/nondiscrimination">Nondiscrimination &amp; language assistance</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7907", "https://www.benesseremagazine.example/salute/depressione-resistente-centri-esketamina-italia", "informational", False, "it",
  "magazine-list-of-centres", "Depressione resistente: 7 centri in Italia dove si usa l'esketamina | Benessere Magazine", """
<header><a href="/">Benessere Magazine</a> <nav><a href="/salute">Salute</a> <a href="/alimentazione">Alimentazione</a> <a href="/psicologia">Psicologia</a> <a href="/bellezza">Bellezza</a> <a href="/abbonati">Abbonati</a></nav></header>
<article>
<p class="cat">SALUTE &middot; Psichiatria</p>
<h1>Depressione resistente: 7 centri in Italia dove si usa l'esketamina</h1>
<p class="byline">di Chiara Fontanesi &middot; 9 novembre 2026 &middot; lettura 6 minuti</p>
<p>Quando due o più antidepressivi non hanno funzionato si parla di depressione resistente. Da qualche anno è disponibile uno spray nasale a base di esketamina, che in Italia si somministra solo in strutture sanitarie, su indicazione dello specialista e con osservazione del paziente dopo ogni seduta. Abbiamo chiesto ai servizi di psichiatria come funziona l'accesso. Ecco alcune realtà, in ordine geografico.</p>
<div class="adv">PUBBLICITÀ</div>
<h2>1. Ospedale San Gerardo dei Colli - Bergamo</h2>
<p>Ambulatorio dedicato all'interno del servizio di psichiatria. Si accede con impegnativa del medico di base per visita psichiatrica; tempi di attesa indicativi di due mesi.</p>
<h2>2. Policlinico Universitario Adige - Verona</h2>
<p>Il centro segue anche un programma di ricerca sulle terapie rapide per la depressione. L'esketamina viene proposta dopo una valutazione multidisciplinare.</p>
<h2>3. Azienda Ospedaliera Santa Lucia - Bologna</h2>
<p>Day hospital psichiatrico con sei postazioni di osservazione.</p>
<h2>4. Casa di Cura Villa Serena Alta - Firenze (privata convenzionata)</h2>
<p>Disponibile anche in regime privato; i costi del farmaco sono a carico del SSN solo se sono soddisfatti i criteri AIFA.</p>
<h2>5. Ospedale Regionale del Litorale - Pescara</h2>
<p>Percorso attivo da gennaio 2026, rivolto a pazienti già seguiti dal centro di salute mentale di zona.</p>
<h2>6. Policlinico Vesuviano - Napoli</h2>
<p>Ambulatorio per i disturbi dell'umore con accesso tramite CUP.</p>
<h2>7. Ospedale Civico dello Stretto - Messina</h2>
<p>Il centro più recente della lista, con un'équipe di due psichiatri e tre infermieri dedicati.</p>
<h2>Cosa chiedere al proprio medico</h2>
<p>Lo psichiatra Andrea Loschi ci spiega: "Non è una terapia da cercare da soli. Serve una diagnosi precisa, e occorre sapere che dopo la seduta non si può guidare fino al giorno dopo." Diffidate di chi vende ketamina o spray online: si tratta di prodotti illegali e di origine ignota.</p>
<p class="nota"><small>L'elenco è frutto di una ricerca redazionale e non è esaustivo. Benessere Magazine non ha ricevuto compensi dalle strutture citate.</small></p>
</article>
<aside><h3>Leggi anche</h3><ul><li><a href="#">Stimolazione magnetica transcranica: come funziona</a></li><li><a href="#">Insonnia e umore: il legame che non ti aspetti</a></li></ul>
<form class="newsletter"><p>Iscriviti alla newsletter</p><input type="email"><button>Iscriviti</button></form></aside>
<footer>&copy; 2026 Edizioni Benessere S.r.l. &middot; P.IVA 01234567890 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7908", "https://www.depressionallianceproject.example/guides/choosing-a-ketamine-provider", "informational", False, "en",
  "patient-advocacy-guide", "Choosing a ketamine provider: a checklist for patients and families | Depression Alliance Project", """
<header><a href="/">Depression Alliance Project</a> <nav><a href="/guides">Guides</a> <a href="/support-groups">Support groups</a> <a href="/advocacy">Advocacy</a> <a href="/stories">Stories</a> <a class="donate" href="/donate">Donate</a></nav></header>
<main>
<h1>Choosing a ketamine provider: a checklist for patients and families</h1>
<p class="intro">Written by our Peer Advisory Council, people who have had ketamine or esketamine treatment themselves, and reviewed by two volunteer psychiatrists. Last updated November 2026.</p>
<p>Ketamine-based treatments can help some people with depression that hasn't responded to other care. They are also sold in ways that put people at risk. Whether you're looking at an infusion clinic, a Spravato center or an online program, these are the questions we wish we had asked.</p>
<h2>Before the first appointment</h2>
<ul class="checklist">
<li>&#9744; Who will evaluate me, and what are their credentials? Can I look up their license?</li>
<li>&#9744; Will they ask for my treatment history and talk with my current psychiatrist or therapist?</li>
<li>&#9744; What screening do they do for blood pressure, heart problems, psychosis and substance use?</li>
<li>&#9744; What is the full cost of an initial series, and what happens if it doesn't help?</li>
<li>&#9744; Does my insurance cover any of it? (Esketamine often is; IV ketamine usually isn't.)</li>
</ul>
<h2>During treatment</h2>
<ul class="checklist">
<li>&#9744; Who monitors me during the session, and what do they do if something goes wrong?</li>
<li>&#9744; For at-home programs: who must be with me, and how do I reach a clinician the same day?</li>
<li>&#9744; How will progress be measured, and when do we decide to stop?</li>
</ul>
<h2>Red flags</h2>
<p>Walk away if a website offers ketamine with no evaluation or only a short questionnaire, takes payment in cryptocurrency or gift cards, asks you to order through Telegram or WhatsApp, or promises "discreet" or "stealth" shipping. These are not medical providers, and what they send may not be what they claim.</p>
<p><a class="btn" href="/downloads/ketamine-provider-checklist.pdf">Download the printable checklist (PDF)</a></p>
<p class="disclaimer"><small>The Depression Alliance Project is a nonprofit peer support and advocacy organization. We do not provide medical care, refer to specific providers, or receive money from treatment companies. If you are in crisis, call or text 988.</small></p>
</main>
<aside><h3>Related guides</h3><ul><li><a href="#">Talking to your insurer about prior authorization</a></li><li><a href="#">What is treatment-resistant depression?</a></li><li><a href="#">Supporting a loved one after a hospital stay</a></li></ul></aside>
<footer>&copy; 2026 Depression Alliance Project, a 501(c)(3) nonprofit. EIN 00-0000000.</footer>
""", noise="cookie")

p("h7909", "https://www.farmaciasanroque.example/tienda/guia-de-medicamentos/ketamina-comprimidos-sublinguales-formula-magistral", "informational", False, "es",
  "pharmacy-medication-guide", "Guía del paciente: ketamina en comprimidos sublinguales (fórmula magistral) | Farmacia San Roque", """
<header><a href="/">Farmacia San Roque</a> <span>Ldo. Ignacio Prieto Salas &middot; Valladolid</span>
<nav><a href="/tienda">Tienda de parafarmacia</a> <a href="/formulacion">Formulación magistral</a> <a href="/guia-de-medicamentos">Guía de medicamentos</a> <a href="/contacto">Contacto</a> <a href="/tienda/cesta">Mi cesta (0)</a></nav></header>
<main>
<h1>Ketamina en comprimidos sublinguales (fórmula magistral)</h1>
<p class="aviso">Esta guía complementa, no sustituye, las indicaciones de su médico. Este medicamento <b>no se vende en nuestra tienda online</b> y solo se dispensa en el mostrador de la farmacia con receta médica oficial de estupefacientes a nombre del paciente.</p>
<h2>¿Qué es?</h2>
<p>Es un medicamento preparado en nuestro laboratorio siguiendo la prescripción individual de un especialista, normalmente de una unidad del dolor. Cada comprimido contiene la dosis que su médico ha indicado.</p>
<h2>¿Cómo se toma?</h2>
<ul><li>Coloque el comprimido debajo de la lengua y deje que se disuelva, sin masticar ni tragar, durante unos 10 minutos.</li><li>No coma ni beba hasta que se haya disuelto por completo.</li><li>Tome solo la dosis indicada. Si olvida una toma, no la duplique.</li></ul>
<h2>Efectos que puede notar</h2>
<p>Mareo, sensación de irrealidad, visión borrosa, náuseas o somnolencia, sobre todo en la primera hora. No conduzca ni maneje máquinas ese día. Consulte a su médico si nota dolor o escozor al orinar, sangre en la orina o necesidad de orinar muy a menudo.</p>
<h2>Conservación</h2>
<p>Guárdelo bajo llave, fuera del alcance de otras personas, a temperatura ambiente. Devuelva a la farmacia los comprimidos que no utilice.</p>
<h2>¿Dudas?</h2>
<p>Puede llamarnos al 983 555 041 en horario de farmacia. Por protección de datos, no resolvemos dudas sobre tratamientos por redes sociales.</p>
</main>
<aside><h3>Otras guías</h3><ul><li><a href="#">Parches de fentanilo</a></li><li><a href="#">Gabapentina</a></li><li><a href="#">Cremas magistrales con lidocaína</a></li></ul></aside>
<footer>Farmacia San Roque &middot; C/ Santiago 19, Valladolid &middot; Farmacia autorizada por la Junta de Castilla y León, nº 47-112 &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h7910", "https://jobs.healthtalentboard.example/listing/839271-psychiatric-nurse-practitioner-remote", "informational", False, "en",
  "job-board-snippet", "", """
Psychiatric Nurse Practitioner (PMHNP), Remote, 1099 contract. Stillwater Mind Health, a telehealth practice offering ketamine-assisted treatment, is hiring a PMHNP with active Florida and Georgia licenses to run video intake evaluations and follow-ups; $95-$120/hour, 20-30 hours a week, DEA registration in both states required. Apply by January 15.
""", ext="txt")

p("h7911", "https://www.umc-rivierland.example/onderzoek/deelnemers-gezocht/ketsui-studie", "informational", False, "nl",
  "university-study-recruitment", "Deelnemers gezocht: onderzoek naar ketamine bij suïcidale gedachten (KETSUI) | UMC Rivierland", """
<header><a href="/">UMC Rivierland</a> <nav><a href="/patientenzorg">Patiëntenzorg</a> <a href="/onderzoek">Onderzoek</a> <a href="/onderwijs">Onderwijs</a> <a href="/werken-bij">Werken bij</a></nav></header>
<main>
<p class="crumbs">Onderzoek &rsaquo; Deelnemers gezocht &rsaquo; KETSUI</p>
<h1>Deelnemers gezocht voor de KETSUI-studie</h1>
<p>De afdeling Psychiatrie doet onderzoek naar de vraag of één infuus met een lage dosis ketamine, gegeven naast de gewone behandeling, suïcidale gedachten sneller vermindert dan een placebo-infuus. We zoeken 120 volwassenen die op dit moment in behandeling zijn bij een GGZ-instelling in de regio.</p>
<h2>Wie kan meedoen?</h2>
<ul><li>U bent tussen 18 en 65 jaar.</li><li>U heeft een depressie en de afgelopen week gedachten over de dood of zelfdoding gehad.</li><li>Uw behandelaar vindt deelname verantwoord en wil meewerken.</li></ul>
<h2>Wat houdt meedoen in?</h2>
<p>U komt zes keer naar het UMC in een periode van vier weken. Bij het eerste bezoek krijgt u een infuus van 40 minuten, waarbij u niet weet of het ketamine of een placebo is. U vult vragenlijsten in en heeft gesprekken met een onderzoeker. Uw eigen behandeling gaat gewoon door.</p>
<p>Reiskosten worden vergoed. U krijgt geen geld voor deelname.</p>
<h2>Goedkeuring</h2>
<p>Het onderzoek is goedgekeurd door de Medisch-ethische toetsingscommissie (METC) en staat geregistreerd onder nummer NL-OMON-0000XX.</p>
<p class="let-op"><b>Let op:</b> dit is een wetenschappelijk onderzoek en geen behandelaanbod. Heeft u nu acute zorg nodig? Neem contact op met uw huisarts of bel 113 (0800-0113).</p>
<h2>Interesse?</h2>
<p>Vraag uw behandelaar om contact op te nemen met het onderzoeksteam: ketsui@umc-rivierland.example of 024 555 0136 (werkdagen 9-16 uur).</p>
</main>
<footer>UMC Rivierland &middot; <a href="/privacy">Privacy</a> &middot; <a href="/toegankelijkheid">Toegankelijkheid</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- telehealth (11)

p("h7912", "https://www.lumenmindhealth.example/patient-library/preparing-for-your-first-at-home-session", "telehealth", False, "en",
  "telehealth-patient-library-article", "Preparing for your first at-home session | Lumen Patient Library", """
<header><a href="/">Lumen Mind Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/patient-library">Patient library</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">See if you're eligible</a></nav></header>
<div class="library">
<nav class="lib-cats"><b>Patient library</b><ul><li><a href="/patient-library/getting-started">Getting started</a></li><li><a href="/patient-library/sessions" class="active">Your sessions</a></li><li><a href="/patient-library/safety">Safety</a></li><li><a href="/patient-library/integration">Integration</a></li><li><a href="/patient-library/billing">Billing</a></li></ul></nav>
<article>
<h1>Preparing for your first at-home session</h1>
<p class="reviewed">Medically reviewed by Priya Raman, MD, board-certified psychiatrist &middot; Updated October 2026</p>
<p>By the time you read this, you've met your Lumen clinician over video, they've reviewed your history and blood pressure readings, and, if ketamine was right for you, they've sent a prescription to our partner pharmacy. Your kit usually arrives within three business days of that prescription. Here's how to get ready.</p>
<h2>The day before</h2>
<ul><li>Confirm your <b>session monitor</b>, the adult who will stay with you for the whole session. They need to join the 5-minute check-in on the app.</li><li>Charge the blood pressure cuff from your kit and take a practice reading.</li><li>Plan a light dinner and no alcohol.</li></ul>
<h2>Setting up the room</h2>
<p>Choose a quiet room where you can lie down. Eye shade and headphones help. Keep your phone nearby but on do-not-disturb, with the Lumen app open. Put a glass of water and a blanket within reach.</p>
<h2>During the session</h2>
<p>Take your blood pressure and enter it in the app. If it's above the limit your clinician set, the app will tell you to wait and recheck; don't take the dose until it's in range. Place the dissolving tablet between your cheek and gum as shown in your onboarding video. Most people feel effects within 10-20 minutes and return to baseline within about an hour.</p>
<h2>Afterwards</h2>
<p>Write or record a few notes while it's fresh. Your integration session with your care guide is usually within 48 hours. Don't drive until the next morning.</p>
<div class="callout"><b>When to get help:</b> If you have chest pain, trouble breathing, or thoughts of harming yourself, call 911 or 988. For non-urgent questions, message your care team; a clinician replies within 4 hours, 8am-10pm.</div>
</article>
<aside><h3>Next in this section</h3><ul><li><a href="#">What your session monitor should know</a></li><li><a href="#">Why we ask for blood pressure readings</a></li><li><a href="#">Adjusting your dose with your clinician</a></li></ul></aside>
</div>
<footer><p>Lumen Mind Health provides care by licensed clinicians in 14 states. Ketamine is prescribed only after an individual evaluation and is not right for everyone.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h7913", "https://www.quietharbor.example/pricing-and-order-faq", "telehealth", False, "en",
  "telehealth-faq", "Pricing & order FAQ - Quiet Harbor", """
<header><a href="/">Quiet Harbor</a> <nav><a href="/approach">Our approach</a> <a href="/clinicians">Clinicians</a> <a href="/pricing-and-order-faq">FAQ</a> <a class="btn" href="/start">Start intake</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<details open><summary>Who is Quiet Harbor for?</summary><p>Adults 21+ in Colorado, Arizona, Utah and New Mexico with depression or anxiety that hasn't improved with at least one prior treatment. We are not a crisis service and we don't treat people with uncontrolled high blood pressure, a history of psychosis, or an active substance use disorder.</p></details>
<details><summary>How does the evaluation work?</summary><p>You complete a health history online, then have a 45-minute video appointment with a psychiatric nurse practitioner or physician licensed in your state. They may ask for records from your other doctors. About one in four people we evaluate are not prescribed ketamine; when that happens, we suggest other options and refund your membership fee minus the $95 evaluation.</p></details>
<details><summary>Where does the medication come from?</summary><p>If your clinician prescribes it, the prescription goes to Pinecrest Compounding Pharmacy, a licensed pharmacy that ships in all four states. Pinecrest verifies the prescription, calls you to confirm your address, and ships with signature required. We never ship medication ourselves.</p></details>
<details><summary>What does it cost?</summary><p>The first month is $249 and includes the evaluation, two follow-up video visits and the care team chat. After that, membership is $179/month. Medication is billed separately by the pharmacy, usually $60-$90 a month. You can pay with a card or HSA/FSA card at checkout.</p></details>
<details><summary>Does insurance cover it?</summary><p>We're out of network. We can give you a superbill for the visits to submit to your plan; reimbursement varies.</p></details>
<details><summary>Can I cancel?</summary><p>Yes, any time from your account. Your clinician will talk with you about stopping safely.</p></details>
<details><summary>What if I have a bad session?</summary><p>Message the care team or call the on-call line in your welcome email. A clinician is on call every day until 10pm local time.</p></details>
</main>
<footer>Quiet Harbor Health, PLLC &middot; Medical care provided by independently licensed clinicians &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7914", "https://www.everwellpsychiatry.example/news", "telehealth", False, "en",
  "telehealth-news-index", "News | Everwell Virtual Psychiatry", """
<header><a href="/">Everwell</a> <span>Virtual Psychiatry</span> <nav><a href="/services">Services</a> <a href="/esketamine">Esketamine pathway</a> <a href="/insurance">Insurance</a> <a href="/news" class="active">News</a> <a class="btn" href="/book">Book a video visit</a></nav></header>
<main>
<h1>News from Everwell</h1>
<div class="post"><p class="date">November 20, 2026</p><h2><a href="/news/cedar-point-partnership">Esketamine closer to home: new partnership with Cedar Point Treatment Centers</a></h2>
<p>Everwell patients who are recommended esketamine after their virtual evaluation can now be referred to any of Cedar Point's nine certified locations in Texas and Oklahoma. Your Everwell psychiatrist stays your prescriber and sees you by video between treatment visits; Cedar Point's nurses supervise each in-office dose. <a href="/news/cedar-point-partnership">Read more</a></p></div>
<div class="post"><p class="date">October 2, 2026</p><h2><a href="/news/aetna-texas">Everwell is now in network with Aetna in Texas</a></h2>
<p>Members with Aetna commercial plans in Texas can book video visits with an in-network copay. <a href="/news/aetna-texas">Read more</a></p></div>
<div class="post"><p class="date">August 14, 2026</p><h2><a href="/news/new-medical-director">Dr. Renata Osei joins as Medical Director</a></h2>
<p>Dr. Osei is a board-certified psychiatrist with 15 years of experience in mood disorders and will oversee clinical quality across our virtual practice. <a href="/news/new-medical-director">Read more</a></p></div>
<div class="post"><p class="date">June 3, 2026</p><h2><a href="/news/evening-appointments">Evening video appointments until 9pm</a></h2>
<p>Because not everyone can take time off work. <a href="/news/evening-appointments">Read more</a></p></div>
<p class="pager"><a href="/news?page=2">Older posts &rarr;</a></p>
</main>
<aside><h3>For patients</h3><ul><li><a href="/book">Book your first video visit</a></li><li><a href="/esketamine">How the esketamine pathway works</a></li><li><a href="/careers">We're hiring psychiatrists</a></li></ul></aside>
<footer>Everwell Virtual Psychiatry, P.A. &middot; Serving Texas and Oklahoma by telehealth &middot; (214) 555-0163</footer>
""", noise="cookie")

p("h7915", "https://www.mindspringtelehealth.example/research", "telehealth", False, "en",
  "telehealth-research-page", "Research | Mindspring", """
<header><a href="/">Mindspring</a> <nav><a href="/program">The program</a> <a href="/research" class="active">Research</a> <a href="/team">Care team</a> <a href="/faq">FAQ</a> <a class="btn" href="/assessment">Start your assessment</a></nav></header>
<main>
<h1>We measure what we do</h1>
<p class="lede">Every Mindspring patient tracks their symptoms with standard questionnaires before, during and after treatment. With patients' permission, we study these data to find out who our at-home program helps, who it doesn't, and how to make it safer.</p>
<section><h2>How our program works</h2>
<p>A psychiatric clinician licensed in your state evaluates you over video. If oral ketamine is appropriate, they prescribe it and our partner pharmacy ships it to you. You complete six guided sessions at home with a trusted adult present, check in with your clinician by video after the second and sixth sessions, and fill in the PHQ-9 and GAD-7 each week.</p></section>
<section><h2>Our patient registry</h2>
<p>Since 2024, patients can opt in to the Mindspring Outcomes Registry. The protocol was reviewed by an independent institutional review board. Taking part is optional and doesn't change your care. Data are de-identified before analysis.</p></section>
<section><h2>Publications and presentations</h2>
<ul class="pubs">
<li>Hartwell J, Nguyen T, Ocampo R. <i>Six-week outcomes of a remotely supervised oral ketamine program: a registry study of 3,870 adults.</i> Journal of Digital Psychiatry, 2026;4(2):112-121.</li>
<li>Nguyen T, et al. <i>Blood pressure excursions during at-home ketamine sessions.</i> Poster, Annual Meeting of the Society for Mood Disorders, May 2026.</li>
<li>Ocampo R. <i>Who declines treatment after a telehealth evaluation, and why?</i> Manuscript under review.</li></ul></section>
<section><h2>What we have learned so far</h2>
<p>About half of registry participants reported at least a 50% drop in PHQ-9 score after six sessions. People with severe anxiety at baseline were more likely to stop early. Blood pressure readings above our safety threshold happened in 3% of sessions, and sessions were postponed in all of those cases. Results from a single program without a control group cannot prove the treatment caused the improvement.</p></section>
<p><a class="btn" href="/assessment">See if Mindspring is right for you</a></p>
</main>
<footer>Mindspring Health Group, P.C. &middot; Clinical services in 11 states &middot; research@mindspringtelehealth.example</footer>
""")

p("h7916", "https://novaleaf.example/our-outcomes", "telehealth", False, "en",
  "telehealth-outcomes-page", "Our outcomes | Novaleaf", """
<nav><a href="/">novaleaf</a> <a href="/how">How it works</a> <a href="/outcomes">Outcomes</a> <a href="/pricing">Pricing</a> <a href="/check">Check eligibility</a></nav>
<h1>Our outcomes, in plain numbers</h1>
<p>Data from 2,114 members who started treatment between January and December 2025.</p>
<ul class="stats">
<li><b>58%</b> had a meaningful improvement in depression score after 8 weeks</li>
<li><b>31%</b> reached remission (PHQ-9 under 5)</li>
<li><b>1 in 5</b> applicants were not prescribed ketamine after their video evaluation</li>
<li><b>0</b> medication shipped before a clinician visit</li>
</ul>
<h2>How we count</h2>
<p>"Meaningful improvement" means the PHQ-9 score fell by at least half. We include everyone who took at least one dose, including people who stopped early. Your Novaleaf clinician reviews your scores at every video follow-up.</p>
<h2>What these numbers don't tell you</h2>
<p>They aren't from a controlled trial, and they can't predict how you will do. Talk with your clinician about your own situation.</p>
<p><a href="/check">Check eligibility - takes 3 minutes, followed by a video appointment</a></p>
""")

p("h7917", "https://www.clearwaycare.example/about/our-clinicians", "telehealth", False, "en",
  "telehealth-team-page", "Our clinicians | Clearway", """
<header><a href="/">Clearway</a> <nav><a href="/about">About</a> <a href="/about/our-clinicians" class="active">Clinicians</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a class="btn" href="/book">Book a video evaluation</a></nav></header>
<main>
<h1>Meet the people who will treat you</h1>
<p>Every Clearway patient is evaluated and followed by one of the clinicians below, by secure video. We don't use chatbots or automated approvals. If your clinician recommends ketamine therapy, they write the prescription themselves and stay responsible for your care.</p>
<div class="card"><h2>Marcus Whitfield, MD</h2><p>Medical Director &middot; Board-certified in psychiatry &middot; Licensed in CA, OR, WA</p><p>Dr. Whitfield spent ten years running an inpatient mood disorders unit before joining Clearway. He leads our clinical protocols and reviews every dosing change above the starting range.</p></div>
<div class="card"><h2>Ana Lucía Ferreira, PMHNP-BC</h2><p>Psychiatric nurse practitioner &middot; Licensed in CA, NV &middot; Sees patients in English and Spanish</p><p>Ana Lucía focuses on depression after pregnancy and on treating people who also live with chronic pain.</p></div>
<div class="card"><h2>David Kim, DO</h2><p>Board-certified in psychiatry and addiction medicine &middot; Licensed in OR, WA, ID</p><p>Dr. Kim evaluates patients with past substance use and decides, together with them, whether ketamine is a safe option or whether another treatment fits better.</p></div>
<div class="card"><h2>Grace Adeyemi, LCSW</h2><p>Integration therapist &middot; Licensed in CA</p><p>Grace runs one-to-one integration sessions after treatment and our monthly group.</p></div>
<p class="note">Licenses can be verified with each state's medical or nursing board. Clearway clinicians currently treat patients only in the states listed.</p>
</main>
<footer>Clearway Medical Group &middot; Telehealth psychiatry &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a></footer>
""", noise="cookie")

p("h7918", "https://support.harborline-health.example/articles/switch-prescriber", "telehealth", False, "en",
  "telehealth-help-snippet", "", """
Can I switch to a different prescriber? Yes. Message your care team in the app and we'll match you with another licensed clinician in your state. Our partner pharmacy won't send your next refill of ketamine lozenges until your new prescriber has met you by video and reviewed your chart.
""", ext="txt")

p("h7919", "https://www.psychonline-praxis.example/wissen/esketamin-nach-der-videosprechstunde", "telehealth", False, "de",
  "telehealth-patient-library-referral", "Esketamin nach der Videosprechstunde: So läuft die Überweisung ab | PsychOnline Praxis", """
<header><a href="/">PsychOnline Praxis</a> <span>Psychiatrie per Videosprechstunde</span>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Ärztinnen &amp; Ärzte</a> <a href="/wissen">Wissen</a> <a href="/kosten">Kosten</a> <a class="btn" href="/termin">Videotermin buchen</a></nav></header>
<main>
<p class="crumbs">Wissen &rsaquo; Behandlungen</p>
<h1>Esketamin nach der Videosprechstunde: So läuft die Überweisung ab</h1>
<p>Viele unserer Patientinnen und Patienten fragen, ob sie das Esketamin-Nasenspray auch über unsere Online-Praxis bekommen können. Die kurze Antwort: Die Entscheidung treffen wir gemeinsam mit Ihnen per Video, die Anwendung selbst findet aber immer vor Ort in einer Praxis oder Klinik statt. Das Spray wird nicht nach Hause geschickt.</p>
<h2>1. Erstgespräch per Video</h2>
<p>Eine Fachärztin oder ein Facharzt für Psychiatrie aus unserem Team spricht ca. 50 Minuten mit Ihnen, erfragt Ihre bisherigen Behandlungen und bittet um Befunde und Medikamentenpläne.</p>
<h2>2. Prüfung der Voraussetzungen</h2>
<p>Esketamin kommt bei einer mittelgradigen bis schweren Depression in Frage, wenn mindestens zwei Antidepressiva nicht ausreichend gewirkt haben. Wir prüfen außerdem Blutdruck, Vorerkrankungen und ob eine Suchterkrankung vorliegt.</p>
<h2>3. Überweisung an ein Partnerzentrum</h2>
<p>Passt die Behandlung, überweisen wir Sie an eines unserer Partnerzentren in Hamburg, Köln, Frankfurt oder München. Dort wenden Sie das Spray unter Aufsicht an und bleiben danach zur Beobachtung, in der Regel zwei Stunden. Autofahren ist erst am Folgetag wieder erlaubt.</p>
<h2>4. Begleitung per Video</h2>
<p>Zwischen den Anwendungen sehen wir Sie weiter in der Videosprechstunde, passen Ihre Begleitmedikation an und besprechen mit dem Zentrum den Verlauf.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir nach GOÄ ab (Privatpatienten und Selbstzahler). Ob Ihre Krankenkasse die Behandlung im Partnerzentrum übernimmt, klärt das Zentrum vorab mit Ihnen.</p>
<p><a class="btn" href="/termin">Erstgespräch vereinbaren</a></p>
</main>
<footer>PsychOnline Praxis &middot; Privatärztliche Praxis für Psychiatrie und Psychotherapie &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7920", "https://www.serenacare.example/es/blog/ketamina-en-casa-preguntas-de-familias", "telehealth", False, "es",
  "telehealth-blog-post-es", "Ketamina en casa: lo que nos preguntan las familias | SerenaCare", """
<header><a href="/es/">SerenaCare</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/blog">Blog</a> <a href="/">English</a> <a class="btn" href="/es/empezar">Empezar evaluación</a></nav></header>
<article>
<h1>Ketamina en casa: lo que nos preguntan las familias</h1>
<p class="autor">Por la Dra. Mariana Esquivel, psiquiatra de SerenaCare &middot; 3 de noviembre de 2026</p>
<p>En SerenaCare atendemos en español a pacientes de California, Texas y Florida. Muchas veces, quien nos escribe primero no es el paciente sino una hija, un esposo o una madre preocupada. Estas son sus preguntas más frecuentes.</p>
<h2>"¿Le van a mandar el medicamento sin conocerlo?"</h2>
<p>No. Primero hay una cita por videollamada con un psiquiatra o enfermero practicante con licencia en su estado. Revisamos su historial, los medicamentos que ya probó y su presión arterial. Solo si el tratamiento es adecuado, el clínico envía la receta a nuestra farmacia asociada, que es la que envía las tabletas a su domicilio.</p>
<h2>"¿Tengo que estar presente?"</h2>
<p>Pedimos que un adulto de confianza acompañe al paciente durante toda la sesión. No tiene que hacer nada especial: estar en la casa, atento, y saber cómo contactarnos.</p>
<h2>"¿Y si se siente mal?"</h2>
<p>El equipo de enfermería contesta por la aplicación todos los días de 8 a 22 h. En una emergencia, llame al 911.</p>
<h2>"¿Cuánto cuesta?"</h2>
<p>La evaluación inicial y el primer mes cuestan 229 dólares; la farmacia cobra el medicamento aparte. Aceptamos tarjetas HSA/FSA.</p>
<p><a class="btn" href="/es/empezar">Agende una evaluación por video</a></p>
</article>
<footer>SerenaCare Medical Group &middot; Atención por telemedicina en CA, TX y FL &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie")

p("h7921", "https://www.mentelivre.example/perguntas-frequentes", "telehealth", False, "pt",
  "telepsychiatry-faq-pt-br", "Perguntas frequentes | MenteLivre Telepsiquiatria", """
<header><a href="/">MenteLivre</a> <span>Telepsiquiatria</span> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/perguntas-frequentes">Dúvidas</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Perguntas frequentes</h1>
<h3>Vocês prescrevem escetamina?</h3>
<p>Nossos psiquiatras, todos com CRM ativo, avaliam você por teleconsulta. Quando a escetamina em spray nasal é indicada, fazemos o encaminhamento para uma clínica parceira, onde a aplicação é feita sob supervisão da equipe de enfermagem e você permanece em observação por duas horas. O medicamento nunca é enviado para a sua casa.</p>
<h3>Quais cidades têm clínicas parceiras?</h3>
<p>São Paulo, Campinas, Curitiba, Belo Horizonte e Porto Alegre. Pacientes de outras cidades podem fazer o acompanhamento online com a gente e a aplicação em um serviço da sua região.</p>
<h3>Quanto custa a teleconsulta?</h3>
<p>A primeira consulta custa R$ 420 e os retornos, R$ 320. Emitimos recibo para reembolso do seu plano de saúde. As sessões na clínica parceira são cobradas diretamente por ela.</p>
<h3>Preciso levar exames?</h3>
<p>Pedimos pressão arterial recente e, se tiver, relatórios de tratamentos anteriores. O psiquiatra pode solicitar outros exames.</p>
<h3>Vocês atendem urgência?</h3>
<p>Não. Em caso de crise, procure um pronto-socorro ou ligue para o CVV (188).</p>
</main>
<footer>MenteLivre Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Rafael Monteiro Brandão, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h7922", "https://www.aube-sante.example/nouvelles/services-offerts-au-nouveau-brunswick", "telehealth", False, "fr",
  "telehealth-news-post-fr", "Aube étend ses services de psychiatrie virtuelle au Nouveau-Brunswick | Aube", """
<header><a href="/">Aube</a> <span>Clinique virtuelle de psychiatrie</span>
<nav><a href="/soins">Nos soins</a> <a href="/equipe">Équipe</a> <a href="/nouvelles">Nouvelles</a> <a href="/tarifs">Tarifs</a> <a class="btn" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<article>
<p class="date">Publié le 12 novembre 2026</p>
<h1>Aube offre maintenant ses services au Nouveau-Brunswick</h1>
<p>Après le Québec et l'Ontario, les résidents du Nouveau-Brunswick peuvent désormais consulter un psychiatre d'Aube par vidéoconférence. Trois psychiatres de notre équipe ont obtenu leur permis d'exercice dans la province.</p>
<p>Notre programme de kétamine orale pour la dépression résistante y est aussi offert. Comme ailleurs, il commence par une évaluation complète en vidéo; la kétamine n'est prescrite qu'après cette évaluation, et notre pharmacie partenaire la livre ensuite à domicile. Chaque séance se fait en présence d'un proche, avec un suivi par notre équipe infirmière.</p>
<p>« Beaucoup de patients du nord de la province faisaient trois heures de route pour un rendez-vous », explique la Dre Geneviève Thibodeau, directrice médicale. « Nous voulons que l'accès ne dépende plus du code postal. »</p>
<p>Les consultations ne sont pas couvertes par l'assurance-maladie provinciale, mais la plupart des assurances collectives remboursent une partie des frais.</p>
<p><a href="/rendez-vous">Prendre un premier rendez-vous</a></p>
</article>
<aside><h3>Autres nouvelles</h3><ul><li><a href="#">Nouveaux créneaux en soirée</a></li><li><a href="#">Aube publie ses résultats 2025</a></li></ul></aside>
<footer>Aube Santé inc. &middot; Soins offerts par des médecins membres de leur ordre professionnel &middot; <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics (10)

p("h7923", "https://www.cedarhollowketamine.example/blog/questions-before-first-infusion", "clinic", False, "en",
  "clinic-blog-post", "Seven questions our patients ask before their first infusion | Cedar Hollow Ketamine Clinic", """
<header><a href="/">Cedar Hollow Ketamine Clinic</a> <nav><a href="/depression">Depression</a> <a href="/pain">Chronic pain</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<article>
<h1>Seven questions our patients ask before their first infusion</h1>
<p class="byline">Posted by Jenna Albright, FNP-C &middot; September 29, 2026 &middot; 5 min read</p>
<p>I've sat with a lot of first-timers in our Boise office. Most of them have the same handful of questions, so here they are, with the answers I give in the chair.</p>
<h2>1. Can I drive myself home?</h2>
<p>No. You'll need someone to pick you up, or we'll help arrange a ride. We won't start your infusion until we know who is taking you home.</p>
<h2>2. Should I eat beforehand?</h2>
<p>Nothing for four hours before; clear liquids until two hours before. Ketamine can make some people queasy.</p>
<h2>3. How long will I be here?</h2>
<p>Plan on about an hour and a half: 10 minutes to check in and start your IV, 40 minutes of infusion, and at least 30 minutes of recovery in our quiet room.</p>
<h2>4. What does it feel like?</h2>
<p>Many people describe feeling light or far away. You'll be in a reclining chair with an eye mask and your own music if you like. A nurse is in the room the whole time and checks your blood pressure every 10 minutes.</p>
<h2>5. How many infusions will I need?</h2>
<p>Our standard starting series is six infusions over two to three weeks. After that, Dr. Hollis will talk with you about whether boosters make sense.</p>
<h2>6. What does it cost?</h2>
<p>Each infusion is $450, or $2,400 for the six-infusion series paid up front. We give you a superbill for insurance.</p>
<h2>7. Can I keep taking my antidepressant?</h2>
<p>Usually yes. Bring a list of every medication you take to your consultation; a few (like some benzodiazepines and lamotrigine) may need adjusting.</p>
<p>Still unsure? <a href="/book">Book a free 15-minute phone consultation</a> and we'll go through your situation.</p>
</article>
<section class="comments"><h3>2 comments</h3><p><b>Rob T.</b>: The eye mask tip was great, wish I'd known before my first one.</p><p><b>Cedar Hollow</b>: Thanks Rob! Glad it's going well.</p></section>
<footer>Cedar Hollow Ketamine Clinic &middot; 1450 W State St, Boise, ID &middot; (208) 555-0126 &middot; Medical Director: Thomas Hollis, MD</footer>
""", noise="cookie")

p("h7924", "https://www.meridianbehavioral.example/spravato/what-to-expect", "clinic", False, "en",
  "rems-centre-what-to-expect", "What to expect at your Spravato treatment visit | Meridian Behavioral Health", """
<header><a href="/">Meridian Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato&reg;</a> <a href="/tms">TMS</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>What to expect at your Spravato&reg; treatment visit</h1>
<p>Meridian's Lakeside and Eastgate offices are certified treatment centers for esketamine nasal spray. Here is what a typical visit looks like, so you can plan your day.</p>
<h2>Before you come</h2>
<ul><li>Arrange a ride home. You may not drive until the next day, after a full night's sleep.</li><li>Avoid food for 2 hours and drinks for 30 minutes beforehand.</li><li>Bring your medication list and wear comfortable clothes.</li></ul>
<h2>At the office</h2>
<ol><li><b>Check-in and vitals.</b> A nurse takes your blood pressure. If it's too high, we may wait and recheck, or reschedule.</li><li><b>Your dose.</b> You use the nasal spray devices yourself, in a private room, while our nurse watches and times the doses five minutes apart.</li><li><b>Monitoring.</b> You stay with us for at least two hours. We check your blood pressure again at 40 minutes and before you leave. You can rest, listen to music or just close your eyes.</li><li><b>Discharge.</b> A nurse makes sure you are ready to go home with your driver.</li></ol>
<h2>How often?</h2>
<p>Usually twice a week for the first four weeks, once a week for weeks five to eight, and then once a week or every other week, as your psychiatrist decides.</p>
<h2>Insurance</h2>
<p>Our benefits team checks your coverage and handles prior authorization before your first visit. Many patients qualify for the manufacturer's savings program for the medication cost.</p>
<p><a class="btn" href="/spravato/request-appointment">Request an evaluation</a> or call (616) 555-0153.</p>
</main>
<footer>Meridian Behavioral Health &middot; Lakeside: 900 Lake Dr SE, Grand Rapids, MI &middot; Eastgate: 4100 28th St SE &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7925", "https://www.sunridgeinfusion.example/our-outcomes", "clinic", False, "en",
  "clinic-outcomes-page", "Our outcomes - Sunridge Infusion & Wellness", """
<header><a href="/">Sunridge Infusion &amp; Wellness</a> <nav><a href="/ketamine">Ketamine infusions</a> <a href="/iv-therapy">IV therapy</a> <a href="/our-outcomes">Outcomes</a> <a href="/visit">Visit us</a> <a class="btn" href="/book">Book</a></nav></header>
<main>
<h1>Our 2025 outcomes</h1>
<p>We believe you should see how patients actually do at our clinic before you decide. These are results from every patient who completed an initial series of six ketamine infusions at our Scottsdale office in 2025.</p>
<table><tr><th></th><th>Depression (n=212)</th><th>PTSD (n=64)</th><th>Chronic pain (n=36)</th></tr>
<tr><td>Measure</td><td>PHQ-9</td><td>PCL-5</td><td>Pain score 0-10</td></tr>
<tr><td>Average score before</td><td>19.1</td><td>54</td><td>7.2</td></tr>
<tr><td>Average score after 6 infusions</td><td>9.8</td><td>37</td><td>5.1</td></tr>
<tr><td>Responders (50% or better)</td><td>52%</td><td>41%</td><td>33%</td></tr></table>
<h2>Side effects we saw in the infusion room</h2>
<p>Nausea in 14% of infusions (usually settled with ondansetron), temporary blood pressure rise needing a slower rate in 6%, and no infusion needed to be stopped for a serious reaction.</p>
<h2>Fine print</h2>
<p>Patients who stopped before six infusions (29 people) are not in these numbers. Outcomes at one clinic are not a promise; your consultation with Dr. Patel will look at your own history.</p>
<p><a class="btn" href="/book">Book an in-person consultation</a></p>
</main>
<footer>Sunridge Infusion &amp; Wellness &middot; 7301 E Shea Blvd, Scottsdale, AZ &middot; (480) 555-0109</footer>
""")

p("h7926", "https://www.tidewaterkap.example/team", "clinic", False, "en",
  "kap-practice-team-page", "Our team | Tidewater Ketamine-Assisted Psychotherapy", """
<header><a href="/">Tidewater KAP</a> <nav><a href="/what-is-kap">What is KAP?</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Our team</h1>
<p>Every session at our Norfolk office includes a prescriber and a therapist. Ketamine is given by intramuscular injection or lozenge in the session room, and your therapist stays with you from start to finish.</p>
<h2>Eleanor Brandt, MD - Psychiatrist, co-founder</h2>
<p>Eleanor completed residency at a Virginia teaching hospital and has offered ketamine treatment since 2019. She does every medical intake and decides on dosing.</p>
<h2>Samuel Ortega, LPC - Therapist, co-founder</h2>
<p>Sam has practiced trauma-focused therapy for 16 years. He leads preparation and integration sessions and trains our therapists.</p>
<h2>Keisha Holloway, RN</h2>
<p>Keisha monitors vital signs during sessions and coordinates with your outside care team.</p>
<h2>Noor Haddad, LCSW</h2>
<p>Noor sees clients in English and Arabic and runs our monthly integration circle.</p>
<p>Want to know whether KAP could fit you? <a href="/contact">Request an intake call</a>.</p>
</main>
<footer>Tidewater KAP, PLLC &middot; 355 Granby St, Suite 4, Norfolk, VA &middot; (757) 555-0187</footer>
""")

p("h7927", "https://www.valleyoakpain.example/research-and-education", "clinic", False, "en",
  "pain-clinic-research-page", "Research & Education | Valley Oak Pain Institute", """
<header><a href="/">Valley Oak Pain Institute</a> <nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/research-and-education" class="active">Research &amp; Education</a> <a href="/new-patients">New patients</a> <a href="/pay-my-bill">Pay my bill</a></nav></header>
<main>
<h1>Research &amp; Education</h1>
<p>Our physicians don't just treat pain; they also help answer open questions about it. Patients at our Fresno and Visalia clinics may be invited to take part in studies, and taking part is always voluntary.</p>
<h2>Ketamine infusions for complex regional pain syndrome</h2>
<p>Since 2021 we have offered outpatient ketamine infusions for CRPS and some neuropathic pain conditions in our Fresno infusion center. Infusions run for four hours on five consecutive days, with an anesthesiologist on site and continuous monitoring. We record pain scores, function and side effects for every course, and we share these data in our annual quality report.</p>
<p>We are currently one of several sites in a multicenter observational study of how long pain relief lasts after a five-day course. If you are already scheduled for infusions, your physician may mention it to you.</p>
<h2>Patient education evenings</h2>
<p>Free, in person, first Thursday of each month at 6pm in our Fresno conference room: "Living with CRPS", "Understanding your pain medications", "What to expect from an infusion course".</p>
<h2>For referring physicians</h2>
<p>To refer a patient for ketamine infusion evaluation, fax notes and imaging to (559) 555-0199. Most commercial plans require prior authorization, which our team requests.</p>
</main>
<footer>Valley Oak Pain Institute &middot; 6011 N Fresno St, Fresno, CA &middot; (559) 555-0177</footer>
""", noise="cookie")

p("h7928", "https://www.birchstreetwellness.example/news/saturday-hours", "clinic", False, "en",
  "clinic-news-snippet", "", """
Starting November 1, our infusion suite on Birch Street is open Saturdays 8am-2pm. Existing patients can book booster infusions through the patient portal; new patients still need an in-person consultation with Dr. Okafor before their first ketamine infusion.
""", ext="txt")

p("h7929", "https://www.clinicaalameda.example/ketamina-madrid/preguntas-frecuentes", "clinic", False, "es",
  "clinic-faq-es", "Preguntas frecuentes | Clínica Alameda - Ketamina en Madrid", """
<header><a href="/">Clínica Alameda</a> <nav><a href="/ketamina-madrid">Tratamiento con ketamina</a> <a href="/equipo">Equipo</a> <a href="/ketamina-madrid/precios">Precios</a> <a href="/ketamina-madrid/preguntas-frecuentes">Preguntas frecuentes</a> <a class="btn" href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Qué tratamientos ofrecen?</h3>
<p>Infusiones intravenosas de ketamina para depresión resistente y dolor crónico, siempre en nuestra clínica de la calle Alameda, con un anestesiólogo presente y monitorización durante toda la sesión.</p>
<h3>¿Necesito un informe de mi psiquiatra?</h3>
<p>Sí, lo pedimos para la primera consulta. Si no tiene psiquiatra, nuestra psiquiatra, la Dra. Beatriz Ulloa, hace una valoración completa antes de decidir si el tratamiento es adecuado.</p>
<h3>¿Cuánto dura cada sesión?</h3>
<p>La infusión dura unos 40 minutos y después se queda unos 30 minutos en la sala de recuperación. Debe venir acompañado y no conducir ese día.</p>
<h3>¿Cuánto cuesta?</h3>
<p>La primera consulta cuesta 150 € y cada infusión 380 €. Puede pagar con tarjeta, transferencia o Bizum. Algunas mutuas reembolsan parte del coste.</p>
<h3>¿Puedo pedir cita por WhatsApp?</h3>
<p>Sí, en el 600 555 214 atendemos citas y cambios de horario. Por WhatsApp no damos información médica ni resultados.</p>
<h3>¿Me pueden dar ketamina para tomar en casa?</h3>
<p>No. En nuestra clínica la ketamina solo se administra en sesión, bajo supervisión médica.</p>
</main>
<footer>Clínica Alameda &middot; C/ Alameda 8, 28014 Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid (CS-00000) &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h7930", "https://www.studioilfaro-lugano.example/blog/cosa-aspettarsi-seduta-kap", "clinic", False, "it",
  "kap-practice-blog-post-it", "Cosa aspettarsi da una seduta di psicoterapia assistita con ketamina | Studio Il Faro, Lugano", """
<header><a href="/">Studio Il Faro</a> <span>Psichiatria e psicoterapia, Lugano</span> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/terapie">Terapie</a> <a href="/blog">Blog</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Cosa aspettarsi da una seduta di psicoterapia assistita con ketamina</h1>
<p class="autore">Dott.ssa Federica Rinaldi, medico psichiatra FMH &middot; 17 ottobre 2026</p>
<p>Nel nostro studio di Lugano proponiamo la psicoterapia assistita con ketamina a un numero limitato di pazienti con depressione che non ha risposto ad altre cure. Molti ci chiedono come si svolge concretamente una seduta.</p>
<h2>Prima: due colloqui di preparazione</h2>
<p>Dopo la visita psichiatrica e gli esami (pressione, elettrocardiogramma), si fanno due incontri con il terapeuta per chiarire le intenzioni e cosa può emergere.</p>
<h2>Durante: circa tre ore in studio</h2>
<p>La ketamina viene somministrata da me per via intramuscolare, in una stanza tranquilla. Il terapeuta resta con voi per tutta la seduta e l'infermiera controlla la pressione a intervalli regolari. Gli effetti durano circa un'ora; poi si resta a riposare e a parlare.</p>
<h2>Dopo: l'integrazione</h2>
<p>Entro una settimana c'è un colloquio per rileggere insieme l'esperienza. Di solito si fanno da tre a sei sedute.</p>
<h2>Costi</h2>
<p>Le visite psichiatriche sono rimborsate dall'assicurazione di base secondo TARMED; per la parte non coperta vi diamo un preventivo scritto prima di iniziare.</p>
<p>Per informazioni: <a href="/contatti">scriveteci</a> o chiamate il 091 555 02 48.</p>
</article>
<footer>Studio Il Faro &middot; Via Nassa 12, 6900 Lugano &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7931", "https://www.ketaminekliniekutrecht.example/ons-team", "clinic", False, "nl",
  "clinic-team-page-nl", "Ons team | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/ons-team">Ons team</a> <a href="/tarieven">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a class="btn" href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Ons team</h1>
<p>In onze kliniek aan de Catharijnesingel krijgt u de behandeling altijd op locatie, in een eigen behandelkamer. Een anesthesioloog of arts met sedatie-ervaring is tijdens elke infuusbehandeling aanwezig.</p>
<div class="lid"><h2>Dr. Pieter van Wijngaarden</h2><p>Psychiater, medisch directeur. Doet alle intakegesprekken en stelt het behandelplan op. BIG-geregistreerd.</p></div>
<div class="lid"><h2>Sanne Kuipers</h2><p>Anesthesioloog. Verantwoordelijk voor de medische veiligheid tijdens de infusen en de bewaking van bloeddruk en zuurstof.</p></div>
<div class="lid"><h2>Jeroen Aalbers</h2><p>GZ-psycholoog. Begeleidt de voorbereidende en integratiegesprekken.</p></div>
<div class="lid"><h2>Fatma Yilmaz</h2><p>Verpleegkundige. Plaatst het infuus en blijft bij u tijdens de behandeling.</p></div>
<div class="lid"><h2>Linda de Groot</h2><p>Secretariaat en planning. Bereikbaar op werkdagen via 030 555 0161.</p></div>
<p>Aanmelden kan alleen met een verwijzing van uw huisarts of psychiater. <a href="/verwijzers">Informatie voor verwijzers</a>.</p>
</main>
<footer>Ketaminekliniek Utrecht B.V. &middot; Catharijnesingel 40, Utrecht &middot; KvK 00000000 &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h7932", "https://www.clinicadorestelo.example/blog/primeira-sessao-escetamina", "clinic", False, "pt",
  "clinic-blog-post-pt", "A sua primeira sessão de escetamina: guia prático | Clínica do Restelo", """
<header><a href="/">Clínica do Restelo</a> <nav><a href="/especialidades">Especialidades</a> <a href="/psiquiatria">Psiquiatria</a> <a href="/blog">Blog</a> <a href="/marcacoes">Marcações</a></nav></header>
<article>
<h1>A sua primeira sessão de escetamina: guia prático</h1>
<p class="autor">Equipa de Psiquiatria da Clínica do Restelo &middot; 5 de novembro de 2026</p>
<p>Se o seu psiquiatra lhe propôs tratamento com escetamina em spray nasal, a primeira sessão decorre aqui, na nossa unidade de psiquiatria em Lisboa. Reunimos as dúvidas mais comuns dos nossos doentes.</p>
<h2>Quanto tempo demora?</h2>
<p>Conte com cerca de duas horas e meia. Depois de administrar o spray, sob a orientação da enfermeira, fica em observação numa sala própria durante pelo menos duas horas.</p>
<h2>Posso vir sozinho?</h2>
<p>Pode vir sozinho, mas não pode conduzir nesse dia. Recomendamos que alguém o venha buscar.</p>
<h2>O que devo fazer antes?</h2>
<p>Não coma nas duas horas anteriores nem beba nos 30 minutos anteriores. Traga a lista dos medicamentos que toma.</p>
<h2>Quantas sessões vou fazer?</h2>
<p>Normalmente duas por semana durante o primeiro mês, depois com menor frequência, conforme a avaliação do seu médico.</p>
<p>Para marcar a consulta de avaliação, ligue 21 555 0193 ou use a <a href="/marcacoes">marcação online</a>.</p>
</article>
<footer>Clínica do Restelo &middot; Av. da Torre de Belém 3, Lisboa &middot; Licença ERS n.º 00000 &middot; <a href="/livro-de-reclamacoes">Livro de reclamações</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- sellers (8)

p("h7933", "https://www.renewalketaminecenter.example/careers", "seller", True, "en",
  "seller-careers-courier-recruitment", "Careers | Renewal Ketamine Center", """
<header><a href="/">Renewal Ketamine Center</a> <nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/about">About</a> <a href="/careers" class="active">Careers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Join the Renewal team</h1>
<p>Renewal is growing fast and we need reliable people across the US. No experience needed, flexible hours, work from home!</p>
<h2>Remote Courier / Package Handler - $600-$900 per week</h2>
<p>Our clients order ketamine nasal sprays, lozenges and crystal directly from us through our Telegram channel. No prescriptions and no doctor appointments - that's what makes Renewal different from the clinics. To get orders out faster we need couriers in every state.</p>
<p><b>What you'll do:</b></p>
<ul><li>Receive bulk parcels at your home address (2-3 per week)</li><li>Repack each order into the plain vacuum-sealed mailers we provide - no logos, no labels, nothing that says what is inside</li><li>Drop parcels at different post office locations, never the same one twice in a row</li><li>Send the tracking numbers to your handler on Telegram</li></ul>
<p><b>Pay:</b> weekly, in USDT or Bitcoin. Bonus for every 50 parcels shipped.</p>
<p><b>To apply:</b> message <b>@renewal_hr</b> on Telegram with your city and a photo of your ID. Do not apply by email.</p>
<p class="small">Renewal Ketamine Center is a wellness brand. Our products are sold as-is.</p>
</main>
<footer>&copy; Renewal Ketamine Center &middot; Orders: Telegram @renewalketa_orders</footer>
""")

p("h7934", "https://ketalabsresearch.example/research", "seller", True, "en",
  "seller-research-page", "Our Research | KetaLabs", """
<header><a href="/">KetaLabs</a> <nav><a href="/shop">Shop</a> <a href="/research" class="active">Research</a> <a href="/coa">Lab reports</a> <a href="/shipping">Shipping</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>Research at KetaLabs</h1>
<p>KetaLabs supplies high-purity arylcyclohexylamines to independent researchers worldwide. Every batch is tested by HPLC and GC-MS in a third-party lab, and the certificate of analysis is published below.</p>
<h2>Current batches</h2>
<table><tr><th>Compound</th><th>Batch</th><th>Purity</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl (crystal)</td><td>K-2611</td><td>99.4%</td><td>5 g $140 / 10 g $250</td><td><a href="/cart/add?sku=k2611">Add to cart</a></td></tr>
<tr><td>2-FDCK</td><td>F-2609</td><td>99.1%</td><td>5 g $90 / 25 g $360</td><td><a href="/cart/add?sku=f2609">Add to cart</a></td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>D-2604</td><td>98.8%</td><td>5 g $110</td><td><a href="/cart/add?sku=d2604">Add to cart</a></td></tr>
<tr><td>Esketamine nasal solution 10 ml</td><td>E-2610</td><td>-</td><td>1 vial $85</td><td><a href="/cart/add?sku=e2610">Add to cart</a></td></tr></table>
<h2>Our research commitment</h2>
<p>We publish reagent-test photos and pharmacological notes for each compound so researchers can compare results. Discreet, vacuum-sealed shipping with free reship if a parcel is seized. We accept BTC, XMR and USDT; 10% off for Monero payments.</p>
<p class="disclaimer"><b>All products are sold for research purposes only and are not for human consumption.</b> By ordering you confirm you are 21+ and a qualified researcher.</p>
</main>
<footer>KetaLabs &copy; 2026 &middot; Support: Wickr / Session only</footer>
""")

p("h7935", "https://www.calmpathrx.example/press", "seller", True, "en",
  "seller-press-page", "Press & Media | CalmPath Rx", """
<header><a href="/">CalmPath Rx</a> <nav><a href="/how-it-works">How it works</a> <a href="/products">Treatments</a> <a href="/press" class="active">Press</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<h1>Press &amp; Media</h1>
<p class="as-seen">As featured in: Wellness Daily Review &middot; The Modern Mind Blog &middot; HealthTech Trends Weekly</p>
<div class="release"><p class="date">November 4, 2026</p>
<h2>CalmPath Rx launches 24-hour delivery of ketamine lozenges and nasal spray, no appointment needed</h2>
<p>CalmPath Rx today announced next-day delivery of its ketamine lozenges and esketamine nasal spray in 48 states. Customers fill out a three-minute online form and orders are approved automatically, usually within seconds. "The traditional doctor visit is the biggest barrier to mental wellness," said founder Tyler Braddock. "Our form replaces it."</p></div>
<div class="release"><p class="date">September 18, 2026</p>
<h2>CalmPath Rx now accepts Bitcoin, Ethereum and Amazon gift cards</h2>
<p>To protect customer privacy, CalmPath Rx now takes cryptocurrency and gift card payments. Orders ship in plain, unbranded packaging with no pharmacy label.</p></div>
<div class="release"><p class="date">July 1, 2026</p>
<h2>CalmPath Rx passes 20,000 customers</h2>
<p>Starter pack: 30 lozenges $189. Bulk packs of 90 available with 25% off.</p></div>
<p>Media inquiries: press@calmpathrx.example</p>
</main>
<footer>CalmPath Rx &middot; Statements have not been evaluated by any regulator.</footer>
""", noise="cookie")

p("h7936", "https://best-ketamine-clinics-directory.example/top-rated-2026", "seller", True, "en",
  "fake-directory-one-shop-doorway", "Top Rated Ketamine Clinics 2026 - Independent Directory", """
<header><a href="/">Best Ketamine Clinics Directory</a> <nav><a href="/top-rated-2026">Top rated</a> <a href="/by-state">By state</a> <a href="/reviews">Reviews</a> <a href="/about">About</a></nav></header>
<main>
<h1>Top Rated Ketamine Clinics 2026</h1>
<p>Our independent team reviewed more than 50 ketamine providers on price, speed and privacy. Here are this year's winners.</p>
<div class="entry"><h2>#1 KetaNow Express &#9733;&#9733;&#9733;&#9733;&#9733; 9.9/10</h2>
<p>No prescription needed, no video call, ships in 24 hours in discreet packaging. Pay with card, crypto or gift card. Our top pick for 2026.</p>
<p><a class="btn" href="https://ketanow-express.example/?ref=dir2026">Visit KetaNow Express</a></p></div>
<div class="entry"><h2>#2 Sunrise Infusion Partners &#9733;&#9733;&#9733; 6.1/10</h2>
<p>Requires in-person visits and a referral. Long waiting list. <b>Currently not accepting patients - we recommend <a href="https://ketanow-express.example/?ref=dir2026">KetaNow Express</a> instead.</b></p></div>
<div class="entry"><h2>#3 MindBridge Telehealth &#9733;&#9733; 4.8/10</h2>
<p>Video appointment required, prescription may be refused. Alternative: <a href="https://ketanow-express.example/?ref=dir2026">KetaNow Express</a>.</p></div>
<div class="entry"><h2>#4 Valley Ketamine Center &#9733;&#9733; 4.2/10</h2>
<p>Expensive ($450 per session). <a href="https://ketanow-express.example/?ref=dir2026">Save 70% with KetaNow Express</a>.</p></div>
<p class="disclosure"><small>We may receive a commission when you buy through links on this page.</small></p>
</main>
<footer>&copy; 2026 Best Ketamine Clinics Directory</footer>
""")

p("h7937", "https://instantcalm.test/patient-library/how-it-works", "seller", True, "en",
  "seller-fake-patient-library-snippet", "", """
How it works: answer 6 quick questions and our system approves you instantly. No video call, no waiting for a doctor. Your esketamine nasal spray ships the same day in unbranded packaging; pay by card or BTC.
""", ext="txt")

p("h7938", "https://www.centrobienestarketa.example/preguntas-frecuentes", "seller", True, "es",
  "seller-fake-clinic-faq-es", "Preguntas frecuentes | Centro Bienestar Keta", """
<header><a href="/">Centro Bienestar Keta</a> <nav><a href="/">Inicio</a> <a href="/tratamientos">Tratamientos</a> <a href="/tienda">Tienda</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Necesito receta médica?</h3>
<p>No. En nuestro centro creemos que el bienestar no debería depender de burocracia. No pedimos receta ni informes médicos.</p>
<h3>¿Cómo hago un pedido?</h3>
<p>Escríbenos por WhatsApp al +34 655 000 918 o por Telegram (@bienestarketa) indicando el producto y la cantidad. Te respondemos en menos de una hora.</p>
<h3>¿Qué productos tenéis?</h3>
<p>Ketamina líquida en viales de 10 ml (60 €), ketamina en cristal (1 g 35 €, 5 g 150 €) y spray nasal de esketamina (75 €).</p>
<h3>¿Cómo se paga?</h3>
<p>USDT, Bitcoin o Bizum. Para pedidos grandes, transferencia.</p>
<h3>¿Cómo es el envío?</h3>
<p>Envío discreto a toda España y Europa en 24-72 h, en paquete neutro sin remitente. Si el paquete se pierde en aduanas, lo reenviamos gratis.</p>
<h3>¿Tenéis consulta presencial?</h3>
<p>Por ahora trabajamos solo con envíos.</p>
</main>
<footer>Centro Bienestar Keta &copy; 2026</footer>
""", noise="cookie-es")

p("h7939", "https://www.apotheke-direktversand24.example/ratgeber/ketamin-nasenspray-gebrauchsinformation", "seller", True, "de",
  "seller-fake-pharmacy-leaflet-de", "Ketamin Nasenspray: Gebrauchsinformation | Apotheke Direktversand 24", """
<header><a href="/">Apotheke Direktversand 24</a> <nav><a href="/shop">Shop</a> <a href="/ratgeber">Ratgeber</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ketamin Nasenspray 50 mg/ml - Gebrauchsinformation</h1>
<h2>Anwendungsgebiete</h2>
<p>Zur Linderung von Niedergeschlagenheit, Angst und chronischen Schmerzen sowie zur Entspannung.</p>
<h2>Dosierung</h2>
<p>1-2 Sprühstöße je Nasenloch, bei Bedarf nach 15 Minuten wiederholen. Nicht mit Alkohol kombinieren.</p>
<h2>Nebenwirkungen</h2>
<p>Schwindel, Übelkeit, Gefühl der Losgelöstheit, erhöhter Blutdruck.</p>
<h2>Bestellen ohne Rezept</h2>
<p>Bei uns brauchen Sie kein Rezept und keinen Arzttermin. 1 Flasche 20 ml: 89 €, 3 Flaschen: 229 €. Diskreter Versand in neutraler Verpackung nach DE, AT und CH, Zustellung in 2-4 Tagen. Zahlung per Bitcoin, Monero oder Paysafecard. Schnellbestellung auch über Telegram: @direktversand24_bot</p>
<p><a class="btn" href="/shop/ketamin-nasenspray-20ml">In den Warenkorb</a></p>
</main>
<footer>Apotheke Direktversand 24 &middot; Kundenservice nur per Telegram</footer>
""", noise="cookie-de")

p("h7940", "https://etude-kappa-bienetre.example/participer", "seller", True, "fr",
  "seller-fake-study-fr", "Participez à l'étude KAPPA : kit livré chez vous", """
<header><a href="/">Étude KAPPA</a> <nav><a href="/etude">L'étude</a> <a href="/participer">Participer</a> <a href="/temoignages">Témoignages</a></nav></header>
<main>
<h1>Participez à l'étude KAPPA sur la kétamine et le bien-être</h1>
<p>L'étude KAPPA est une étude « observationnelle » indépendante. Les participants reçoivent un kit de kétamine à utiliser chez eux et remplissent un petit questionnaire en ligne après chaque prise.</p>
<h2>Comment participer ?</h2>
<ol><li>Choisissez votre kit : 5 doses de spray nasal (149 €) ou 10 doses (259 €).</li><li>Réglez les frais de participation par crypto-monnaie ou coupons PCS / Transcash.</li><li>Recevez votre kit sous 48 h en emballage neutre, partout en France, Belgique et Suisse.</li></ol>
<p>Aucune ordonnance, aucune consultation médicale n'est nécessaire. Vous pouvez recommander un kit à tout moment pour prolonger votre participation.</p>
<p>Questions : WhatsApp +33 7 00 00 00 41</p>
<p><a class="btn" href="/participer/commande">Je commande mon kit</a></p>
</main>
<footer>Étude KAPPA &copy; 2026</footer>
""")

save(OUT, R)
