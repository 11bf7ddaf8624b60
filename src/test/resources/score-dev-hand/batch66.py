# Batch 66 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Snippets and excerpts". 30 of the 40 pages are plain-text excerpts of 1-3 sentences
# (ext="txt", title ""), as a crawler snippet or search-result description gives them, each with its
# real page URL; 10 are short HTML pages. Sellers' snippets mostly carry one piece of evidence (price
# per gram, a Telegram handle in a bio, discreet delivery with reship, "in stock" with the drug only in
# the URL, a research-chemical analogue, crypto/gift-card payment, vet product without script, a JS
# wall where only the URL speaks, classifieds, "rezeptfrei", a doorway with a promo code, a marketplace
# listing, vial + "chama no zap", questionnaire-only auto approval). Clinic, telehealth and
# informational snippets are equally short and use the same words honestly (price per infusion,
# "order your kit", discreet pharmacy packaging, WhatsApp booking, deposit checkout, news quoting
# "buy ketamine online", harm-reduction dosing, a court line on grams, vet vial sizes, a job post).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch66.py (writes batch66/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch66")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14, flagged)

p("h6601", "https://crystalvault.example/product/k-hcl-shards", "seller", True, "en",
  "shop-snippet-price-per-gram", "", """
K HCl shards, lab tested. 1g $38 · 5g $170 · 10g $310 — the price per gram drops the more you take.
""", ext="txt")

p("h6602", "https://bio.example/kdreamer.uk", "seller", True, "en",
  "social-bio-telegram-handle", "", """
🐴❄️ ketty + other party favours | London & UK-wide post | menu on tele @kdreamer_uk ✈️ no time wasters
""", ext="txt")

p("h6603", "https://kpowder-direct.test/shipping-info", "seller", True, "en",
  "shop-snippet-stealth-reship", "", """
Discreet delivery: double vacuum-sealed, odour-proof, no company name on the label. Free reship if your parcel is lost or seized by customs.
""", ext="txt")

p("h6604", "https://chem-emporium.test/product/ketamine-needle-crystal-5g", "seller", True, "en",
  "product-snippet-in-stock-url-decisive", "", """
In stock. Usually dispatched within 24 hours.
""", ext="txt")

p("h6605", "https://arylchem-research.example/catalog/arylcyclohexylamines/2-fdck", "seller", True, "en",
  "research-chemical-analogue-snippet", "", """
2-FDCK (2-fluorodeschloroketamine), 5 g — 99.6% by HPLC, COA on request. Sold strictly for research purposes; not for human consumption.
""", ext="txt")

p("h6606", "https://khole-supply.example/faq#payment", "seller", True, "en",
  "shop-faq-snippet-crypto-giftcard", "", """
How do I pay? We take BTC, XMR and Amazon gift cards. Your order is packed as soon as the payment has 2 confirmations.
""", ext="txt")

p("h6607", "https://vetmeds-worldwide.example/ketamine-100mg-ml-50ml", "seller", True, "en",
  "vet-product-no-script-snippet", "", """
Ketamine 100 mg/ml injectable (veterinary), 50 ml bottle. No vet script needed — we ship to private buyers in the US, UK and EU.
""", ext="txt")

p("h6608", "https://buy-ketamine-no-prescription.test/shop/", "seller", True, "en",
  "url-only", "", """
Just a moment... Checking your browser before accessing the site. Enable JavaScript and cookies to continue.
""", ext="txt")

p("h6609", "https://tablondeanuncios.example/madrid/otros/keta-cristal-top-4471902", "seller", True, "es",
  "classified-ad-snippet-slang", "", """
Keta cristal de la buena, 25€/g, a partir de 5 g a 20€. Entrega en mano zona Lavapiés o envío, escribid por Telegram @keta_mad.
""", ext="txt")

p("h6610", "https://apotheke-express24.test/ketamin-kaufen", "seller", True, "de",
  "fake-pharmacy-snippet-no-rx", "", """
Rezeptfrei bestellen – Versand innerhalb von 48 Stunden in neutraler Verpackung.
""", ext="txt")

p("h6611", "https://meilleur-guide-k.example/ou-acheter", "seller", True, "fr",
  "affiliate-doorway-snippet", "", """
Comparatif 2026 : notre boutique partenaire n°1 pour la « ké » livre partout en Europe en 72 h. Code promo KE10 → voir la boutique.
""", ext="txt")

p("h6612", "https://tweedekans-markt.example/v/overig/882731-k-kristal-5-gram", "seller", True, "nl",
  "marketplace-listing", "K kristal 5 gram - Overig | TweedeKans Markt", """
<header><a href="/">TweedeKans Markt</a> <form><input placeholder="Waar ben je naar op zoek?"></form> <a href="/plaats">Plaats advertentie</a> <a href="/login">Inloggen</a></header>
<p class="crumbs">Home › Overig › Diversen</p>
<main>
<h1>K kristal 5 gram</h1>
<p class="price">€ 110,00</p>
<p>Geplaatst 2 dagen geleden · Rotterdam · 41x bekeken</p>
<h2>Beschrijving</h2>
<p>Schone kristallen, geen poeder. Alleen verzending (brievenbuspakket, neutraal). Betalen via Tikkie of BTC, na betaling zelfde dag op de post.</p>
<p>Verkoper: <b>nachtuil_010</b> · lid sinds 2025 · <a href="#">Bericht sturen</a></p>
</main>
<aside><h3>Vergelijkbare advertenties</h3><ul><li><a href="#">Weegschaaltje 0,01 g</a></li><li><a href="#">Gripzakjes 100 st.</a></li></ul></aside>
<footer>© TweedeKans Markt · <a href="#">Veilig handelen</a> · <a href="#">Advertentie melden</a></footer>
""", noise="cookie-nl")

p("h6613", "https://agropet-distribuidora.test/produto/cetamina-10-frasco-50ml", "seller", True, "pt",
  "vet-product-snippet-whatsapp-slang", "", """
Cetamina 10% frasco 50 ml, pronta entrega. Vendemos também para pessoa física, chama no zap (11) 95550-1837.
""", ext="txt")

p("h6614", "https://farmaciadigitale-italia.example/esketamina-spray-nasale", "seller", True, "it",
  "fake-telehealth-questionnaire-auto-approval", "Esketamina spray nasale – acquista online | FarmaciaDigitale", """
<header><a href="/">FarmaciaDigitale</a> <nav><a href="/categorie">Categorie</a> <a href="/come-funziona">Come funziona</a> <a href="/carrello">Carrello (0)</a></nav></header>
<main>
<h1>Esketamina spray nasale 28 mg</h1>
<p class="price">da € 149,00 a confezione</p>
<ol>
<li>Compila il questionario medico online (3 minuti)</li>
<li>Approvazione automatica, senza videochiamata</li>
<li>Spedizione in 24/48 h in pacco anonimo</li>
</ol>
<button>Inizia il questionario</button>
<p class="small">Pagamento con carta, PayPal o criptovalute.</p>
</main>
<footer>FarmaciaDigitale · <a href="#">Termini</a> · <a href="#">Privacy</a></footer>
""", noise=None)

# ---------------------------------------------------------------- telehealth (9)

p("h6615", "https://mindharbor.example/order-your-kit", "telehealth", False, "en",
  "telehealth-snippet-order-kit", "", """
Order your kit: once your licensed clinician has met you by video and written a prescription, our partner pharmacy ships your ketamine tablets and a blood-pressure cuff to your door.
""", ext="txt")

p("h6616", "https://calmwave-health.test/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing", "Pricing – CalmWave Health", """
<header><a href="/">CalmWave Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>One membership. Real clinicians.</h1>
<div class="plan">
<h2>$129 / month</h2>
<ul>
<li>60-minute video evaluation with a psychiatric nurse practitioner</li>
<li>Monthly follow-ups and dose reviews</li>
<li>Prescriptions sent to a licensed partner pharmacy only if you are a good candidate</li>
</ul>
<p>Medication is billed separately by the pharmacy (usually $60–90 per month).</p>
<a class="btn" href="/checkout/membership">Start membership</a>
</div>
<p class="small">Cancel any time. Available in 14 states.</p>
</main>
<footer>© 2026 CalmWave Health, PC · <a href="#">Privacy</a> · <a href="#">Terms</a></footer>
""", noise="cookie")

p("h6617", "https://lumenmind.example/clinicians/renata-oyelaran-md", "telehealth", False, "en",
  "telehealth-clinician-bio-snippet", "", """
Renata Oyelaran, MD — board-certified psychiatrist licensed in California, New York and Texas. She meets every LumenMind patient by video and reviews each at-home ketamine plan before a prescription is sent.
""", ext="txt")

p("h6618", "https://quietfield.test/faq/what-if-im-not-approved", "telehealth", False, "en",
  "telehealth-faq-snippet", "", """
What if I'm not approved? If your clinician decides at your video assessment that ketamine isn't safe for you, we refund the intake fee and send you referrals for other care.
""", ext="txt")

p("h6619", "https://telepsych-bridge.example/services/spravato-referral", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato referrals | TelePsych Bridge", """
<header><a href="/">TelePsych Bridge</a> <nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Esketamine (Spravato) referrals</h1>
<p>Our psychiatrists see you online, review your medication history and confirm whether you meet the criteria for treatment-resistant depression. If Spravato is a fit, we send the referral and prior-authorisation paperwork to a certified partner centre near you, where the nasal spray is given under observation. We keep managing your oral antidepressant by video.</p>
<a class="btn" href="/book">Book a video visit</a>
</main>
<footer>TelePsych Bridge · Licensed in 9 states · <a href="#">Privacy</a></footer>
""")

p("h6620", "https://stillpoint-tele.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-snippet-discreet", "", """
Prescriptions ship in discreet, plain packaging from our licensed partner pharmacy and need an adult signature. Nothing ships until your prescriber has approved your treatment plan at a video visit.
""", ext="txt")

p("h6621", "https://serenamente.example/mx/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-snippet-es", "", """
Primero, una videoconsulta con un psiquiatra con cédula profesional; solo si usted es candidato, la farmacia aliada le envía el tratamiento a domicilio y le damos seguimiento semanal en línea.
""", ext="txt")

p("h6622", "https://psiconecta.example/escetamina", "telehealth", False, "pt",
  "virtual-psychiatry-referral-pt", "Escetamina: como funciona o encaminhamento | PsiConecta", """
<header><a href="/">PsiConecta</a> <nav><a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina com acompanhamento online</h1>
<p>A avaliação é feita por teleconsulta com psiquiatra registrado no CRM. Quando a escetamina é indicada, encaminhamos você a um centro parceiro credenciado, onde o spray nasal é aplicado com observação presencial. As consultas de seguimento continuam por vídeo.</p>
<a class="btn" href="/agendar">Agendar teleconsulta</a>
</main>
<footer>PsiConecta Saúde Digital · <a href="#">Privacidade</a></footer>
""", noise="cookie-pt")

p("h6623", "https://seelenruhe-telemedizin.example/ketamin-online", "telehealth", False, "de",
  "telehealth-snippet-de-url-seller-words", "", """
Ketamin online? Bei uns nur nach einer Videosprechstunde mit einer approbierten Fachärztin für Psychiatrie. Das Rezept geht direkt an unsere Partnerapotheke, die Ihnen die Behandlung nach Hause schickt.
""", ext="txt")

# ---------------------------------------------------------------- clinics (8)

p("h6624", "https://northshore-ketamine.example/pricing", "clinic", False, "en",
  "clinic-snippet-price-per-infusion", "", """
IV ketamine: $450 per infusion, or $2,400 for the initial series of six. Start with a free 15-minute consultation with our anesthesiologist.
""", ext="txt")

p("h6625", "https://bayview-psych.test/spravato", "clinic", False, "en",
  "rems-spravato-centre", "Spravato Treatment | Bayview Psychiatric Associates", """
<header><a href="/">Bayview Psychiatric Associates</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/patient-portal">Patient portal</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato (esketamine) at Bayview</h1>
<p>We are a REMS-certified treatment centre. You self-administer the nasal spray in our office and stay with us for at least two hours while a nurse checks your blood pressure. Please arrange a ride home; you cannot drive until the next day.</p>
<p>Call (555) 014-7731 to ask about a referral and insurance coverage.</p>
</main>
<footer>Bayview Psychiatric Associates · 220 Harbor Rd, Suite 4 · <a href="#">Notice of privacy practices</a></footer>
""", noise="cookie")

p("h6626", "https://desertbloom-infusions.example/contact", "clinic", False, "en",
  "clinic-snippet-whatsapp-booking", "", """
Book your infusion by WhatsApp: +1 (480) 555-0162. Every session in our Scottsdale suite is monitored by a registered nurse and an anesthesiologist.
""", ext="txt")

p("h6627", "https://harborlight-ketamine.test/checkout/deposit", "clinic", False, "en",
  "clinic-snippet-deposit-checkout", "", """
Pay your $100 deposit to hold your first infusion appointment at our Portland clinic. The deposit is applied to your session fee.
""", ext="txt")

p("h6628", "https://groundedkap.example/shop/kap-packages", "clinic", False, "en",
  "kap-practice-packages", "KAP packages | Grounded Ketamine-Assisted Psychotherapy", """
<header><a href="/">Grounded KAP</a> <nav><a href="/about">Our team</a> <a href="/shop/kap-packages">Packages</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Buy a KAP package</h1>
<p>All sessions take place in our Asheville office. A physician gives the intramuscular dose and your therapist stays with you throughout.</p>
<ul>
<li>Preparation session + 3 dosing sessions + 3 integration sessions — $3,150</li>
<li>Single booster dosing session (existing patients) — $650</li>
</ul>
<a class="btn" href="/shop/cart">Add to cart</a> <p class="small">A medical screening visit is required before your first dosing session.</p>
</main>
<footer>Grounded KAP, PLLC · <a href="#">Good Faith Estimate</a></footer>
""")

p("h6629", "https://chu-valmont.example/centre-douleur/perfusion-ketamine", "clinic", False, "fr",
  "hospital-pain-centre-snippet", "", """
Le Centre d'évaluation et de traitement de la douleur propose des perfusions de kétamine en hôpital de jour, sur adressage de votre médecin. Une séance dure environ 4 heures.
""", ext="txt")

p("h6630", "https://asl-montebello.example/psichiatria/esketamina-ambulatorio", "clinic", False, "it",
  "public-clinic-snippet-esketamine", "", """
Presso l'ambulatorio di psichiatria l'esketamina spray nasale viene somministrata in sede, con osservazione medica di due ore dopo ogni dose. Si prenota tramite CUP con impegnativa del medico.
""", ext="txt")

p("h6631", "https://kliniekhelder.example/behandelingen/ketamine-infuus", "clinic", False, "nl",
  "infusion-clinic-short-nl", "Ketamine-infuus | Kliniek Helder Utrecht", """
<header><a href="/">Kliniek Helder</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/tarieven">Tarieven</a> <a href="/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Ketamine-infuusbehandeling</h1>
<p>De infusen worden in onze kliniek in Utrecht gegeven door een anesthesioloog, met hartbewaking. Na een intakegesprek met de psychiater volgt een reeks van zes infusen.</p>
<p>Tarief: € 395 per infuus. Vergoeding door uw zorgverzekeraar is niet gegarandeerd.</p>
<a href="/afspraak">Intake aanvragen</a>
</main>
<footer>Kliniek Helder · KvK 00000000 · <a href="#">Klachtenregeling</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h6632", "https://dailycourier.example/news/2026/11/04/buy-ketamine-online-ring-charged", "informational", False, "en",
  "news-snippet-quotes-seller-phrase", "", """
Nov 4, 2026 — Prosecutors say the group posted "buy ketamine online" ads on social media, took payment in crypto and charged roughly $40 a gram.
""", ext="txt")

p("h6633", "https://safernights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-snippet-dosing", "", """
Start low and go slow: a small bump can take 5–15 minutes to kick in. Don't mix K with alcohol, GHB or benzos, and never use alone.
""", ext="txt")

p("h6634", "https://courtnotes.test/crown/2026/r-v-halloran", "informational", False, "en",
  "court-report-snippet-grams", "", """
Halloran was stopped with 28 grams of ketamine split into deal bags and a set of scales; the judge imposed 32 months for possession with intent to supply.
""", ext="txt")

p("h6635", "https://vetformulary.example/monographs/ketamine-hydrochloride", "informational", False, "en",
  "vet-reference-snippet-vial", "", """
Ketamine hydrochloride (veterinary) is supplied as 100 mg/mL in 10 mL multi-dose vials. Schedule III in the US: store in a locked cabinet and log every withdrawal.
""", ext="txt")

p("h6636", "https://jobs.careboard.example/listing/rn-infusion-ketamine-denver", "informational", False, "en",
  "job-post-snippet", "", """
Now hiring: Registered Nurse, ketamine infusion clinic (Denver). Part-time, $48–55/hr, IV start experience required.
""", ext="txt")

p("h6637", "https://centrorenacer.example/adicciones/ketamina", "informational", False, "es",
  "rehab-centre-snippet", "", """
¿El consumo de ketamina se te ha ido de las manos? En nuestro centro residencial tratamos la dependencia con desintoxicación supervisada y terapia de grupo. Primera valoración gratuita.
""", ext="txt")

p("h6638", "https://gesundheitsamt-nordhafen.example/warnungen/ketamin-online-shops", "informational", False, "de",
  "government-warning-short", "Warnung: Ketamin aus Online-Shops | Gesundheitsamt Nordhafen", """
<header><a href="/">Gesundheitsamt Nordhafen</a> <nav><a href="/themen">Themen</a> <a href="/warnungen">Warnungen</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Warnung vor Ketamin aus Online-Shops</h1>
<p>Stand: 12.11.2026</p>
<p>Im Internet werben Shops damit, Ketamin „rezeptfrei“ und „diskret“ zu versenden. Ketamin unterliegt in Deutschland der Verschreibungspflicht; solche Angebote sind illegal, die Ware ist häufig falsch deklariert oder verunreinigt. Bei Fragen zu Behandlungen wenden Sie sich an Ihre Hausärztin oder Ihren Hausarzt.</p>
<p><a href="/warnungen">Alle Warnungen</a></p>
</main>
<footer>Gesundheitsamt Nordhafen · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></footer>
""", noise="cookie-de")

p("h6639", "https://analyse-produits.example/resultats/2026-10", "informational", False, "fr",
  "drug-checking-results-snippet", "", """
Résultats d'octobre : sur 52 échantillons vendus comme kétamine, 9 contenaient en réalité de la 2F-déschlorokétamine ou de la MXE. Analyse gratuite et anonyme dans nos permanences.
""", ext="txt")

p("h6640", "https://farmaciamagistral-boavista.example/manipulados/cetamina", "informational", False, "pt",
  "compounding-pharmacy-rx-only", "Cetamina manipulada | Farmácia Magistral Boa Vista", """
<header><a href="/">Farmácia Magistral Boa Vista</a> <nav><a href="/manipulados">Manipulados</a> <a href="/orcamento">Orçamento</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cetamina manipulada</h1>
<p>Manipulamos cetamina apenas mediante receita de controle especial emitida por médico, com retenção da receita original na farmácia. Não vendemos sem receita, não enviamos por aplicativo de mensagens e não atendemos pedidos sem prescrição válida.</p>
<p>Farmacêutica responsável: Dra. Lívia Carvalhal · CRF 00000</p>
</main>
<footer>Farmácia Magistral Boa Vista · Autorização Anvisa · <a href="#">Política de privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
