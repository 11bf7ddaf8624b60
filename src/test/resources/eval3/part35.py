# Part 35 of the held-out evaluation set eval3: 40 pages written 2026-12-07 by an independent author
# who had not read the scorer's rules, vocabulary, extractor, the other eval sets or any measurement.
# Committed before any scorer run.
# Angle: SHORT TEXT. What a crawler or search engine hands over when it has little: plain-text
# excerpts of one to three sentences (search-result snippets, first lines of a page, social-media bios
# and posts, marketplace and classified blurbs, forum one-liners, directory entries, press-release
# leads, app-store descriptions, map-listing blurbs) and 12 very thin HTML pages (title, heading and a
# line or two, or mostly navigation, one bot-check wall). Both sides are meant to be hard: sellers
# whose only evidence is a few words or the URL; clinics, telehealth and informational snippets that
# use the words sellers use (price, buy, order, ship, WhatsApp, no waiting list, discreet).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English and 16 other
# (es 3, de 3, fr 3, nl 2, pt 2, it 3).
# Shapes: seller search snippet, dealer social bios (en, pt), marketplace vial listing, bot-check wall
# where the URL decides, Spanish classified with WhatsApp, German Telegram channel description, French
# "sans ordonnance" snippet, instant-approval fake telehealth, research-chemical product stub, Dutch
# "kopen zonder recept" snippet, Italian doorway review page, shipping-policy excerpt with only the
# URL as evidence, veterinary vials sold to anyone; telehealth app-store text, "no waiting list" snippet,
# telepsychiatry bio, Mexican WhatsApp-booking telehealth, German video-consult referral page, pricing
# excerpt, press-release lead, Brazilian telepsychiatry referral, nav-only landing page; clinic map
# listing, price/WhatsApp snippet, Dutch Spravato clinic, Italian Spravato outpatient stub, French
# hospital pain unit, KAP practice stub, Spanish price/WhatsApp clinic stub, gift-card social post;
# informational seizure news quoting prices, drug-checking notice, German authority warning, French
# forum one-liner, veterinary drug reference stub, job post, clinic directory entry, Italian licensed
# wholesaler, bookshop product.
# Author: independent. Date: 2026-12-07.
# Run: python3 part35.py (writes part35/).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part35")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------------------------------ sellers

p("e3501", "https://ketapharm-online.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "search-snippet", "", """
Buy Ketamine HCL Crystal Online | KetaPharm
Order pharmaceutical-grade ketamine crystal and powder with no prescription needed. Pay with BTC or USDT, tracked delivery, free reship if anything goes wrong.
""", ext="txt")

p("e3502", "https://social.example/@kway_connect", "seller", True, "en",
  "social-bio", "", """
kway_connect · 1,204 followers
🇺🇸🇬🇧 plug | K ❄️ spravato 🌬️ mollies | menu in DMs | tele @kway_c0nnect | stealth ship 2-4 days | no cap, vouches in highlights
""", ext="txt")

p("e3503", "https://swapbazaar.example/item/88123-ketalar-10ml-vials-lot-of-5", "seller", True, "en",
  "marketplace-blurb", "", """
Ketalar 10ml vials, lot of 5 - $260 OBO. Unopened, from vet clinic surplus. Ships tracked next day, message me, no questions.
""", ext="txt")

p("e3504", "https://buyketamine-norx.example/shop/esketamine-spray", "seller", True, "en",
  "bot-check-wall", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buyketamine-norx.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<div id="challenge-body-text">buyketamine-norx.example needs to review the security of your connection before proceeding.</div>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
</div>
</div>
<div class="footer">Ray ID: 8f3c21a09be4d711 · Performance &amp; security</div>
""")

p("e3505", "https://tablon-anuncios.example/madrid/salud-y-belleza/vendo-ketamina-cristal-envio-discreto-9913", "seller", True, "es",
  "classified-blurb", "", """
Vendo ketamina en cristal y líquida (viales). Envío discreto 24/48h a toda España, también entrega en mano en Madrid. Pedidos solo por WhatsApp +34 611 00 00 00, no contesto llamadas.
""", ext="txt")

p("e3506", "https://t.example/s/k_lieferdienst_bln", "seller", True, "de",
  "channel-description", "", """
K-Lieferdienst Berlin 💨
Keta (Kristall/Pulver), Esketamin-Spray, Zubehör. Bestellung nur per DM an @kld_orders. Versand neutral mit DHL, Berlin auch Kurier. Zahlung BTC/XMR. Preise im angepinnten Post.
""", ext="txt")

p("e3507", "https://pharmacie-directe-24.example/ketamine-50mg-ml", "seller", True, "fr",
  "search-snippet", "", """
Kétamine 50 mg/ml sans ordonnance – Pharmacie Directe 24
Commandez votre kétamine en toute discrétion : livraison en 48 h partout en France et en Belgique, colis neutre, paiement sécurisé par carte ou crypto.
""", ext="txt")

p("e3508", "https://ketaquick-rx.example/", "seller", True, "en",
  "first-lines", "", """
At-home ketamine troches delivered in 24 hours. Answer a 2-minute questionnaire and get instant approval - no video call, no waiting for an appointment. Ships to all 50 states.
""", ext="txt")

p("e3509", "https://social.example/cetamina.sp.rj", "seller", True, "pt",
  "social-bio", "", """
💊 Cetamina | Ketalar | escetamina spray
🚚 entrega discreta SP/RJ e envio p/ todo Brasil
📲 chama no zap (11) 90000-0000 | pix ou cripto
""", ext="txt")

p("e3510", "https://novachem-labs.example/product/2-fdck", "seller", True, "en",
  "product-stub", "2-FDCK (2-Fluorodeschloroketamine) 1g - NovaChem Labs", """
<header><a href="/">NovaChem Labs</a> <nav><a href="/shop">Shop</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>2-FDCK (2-Fluorodeschloroketamine)</h1>
<p>Purity &gt;99% (HPLC). For research purposes only, not for human consumption. 1g $45 · 5g $180 · 10g $320</p>
<button>Add to cart</button>
</main>
""", noise="cookie")

p("e3511", "https://ketamine-kopen-nl.example/", "seller", True, "nl",
  "search-snippet", "", """
Ketamine kopen zonder recept | snel & discreet geleverd
Bestel ketamine en esketamine neusspray online. Binnen 1-2 werkdagen in huis in heel Nederland en België, betalen met iDEAL of Bitcoin.
""", ext="txt")

p("e3512", "https://guida-farmaci-online.example/dove-comprare-ketamina-online", "seller", True, "it",
  "doorway-stub", "Dove comprare ketamina online nel 2026: la nostra classifica", """
<header><a href="/">Guida Farmaci Online</a></header>
<main>
<h1>Dove comprare ketamina online senza ricetta</h1>
<p>Abbiamo provato i negozi più affidabili: il nostro preferito spedisce in 3 giorni in tutta Italia con pacco anonimo e accetta Bitcoin.</p>
<p><a href="https://ketashop-eu.example/?ref=gfo" rel="sponsored">Vai al negozio consigliato &rarr;</a></p>
</main>
""")

p("e3513", "https://buyketamineonline.example/shipping", "seller", True, "en",
  "first-lines", "", """
Shipping information. We ship every weekday and orders placed before 2 pm go out the same day. Parcels are discreet with no reference to the contents, and your tracking number is emailed within 24 hours.
""", ext="txt")

p("e3514", "https://vetmeds-worldwide.example/ketamine-100mg-ml-10ml", "seller", True, "en",
  "product-stub", "Ketamine 100mg/ml 10ml injection (veterinary) | VetMeds Worldwide", """
<header><a href="/">VetMeds Worldwide</a> <nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine 100mg/ml, 10ml vial (veterinary)</h1>
<p>No vet prescription required. $39 per vial, buy 3 get 1 free. Ships from India in 7-12 days.</p>
</main>
""")

# --------------------------------------------------------------------------------------- telehealth

p("e3515", "https://apps.example/app/lumen-ketamine-care/id6451120", "telehealth", False, "en",
  "app-store-description", "", """
Lumen Ketamine Care - at-home ketamine therapy, guided by licensed clinicians. Book a video evaluation with a psychiatric provider; if ketamine is right for you, your prescription is filled by our partner pharmacy and shipped discreetly. Order refills, track your moods and join integration sessions in the app.
""", ext="txt")

p("e3516", "https://calmpath-health.example/", "telehealth", False, "en",
  "thin-landing", "CalmPath Health | Ketamine therapy from home", """
<header><a href="/">CalmPath</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Ketamine therapy from home. No waiting list.</h1>
<p>Meet a board-certified psychiatrist by video this week. If you are a candidate, treatment ships in discreet packaging after your evaluation.</p>
<a href="/start">Check eligibility</a>
</main>
""", noise="cookie")

p("e3517", "https://social.example/@evensong.health", "telehealth", False, "en",
  "social-bio", "", """
Evensong Health 🧠 licensed telepsychiatry
At-home ketamine with MD oversight · 31 states · quick eligibility quiz ➜ video eval with your clinician ➜ Rx if appropriate · HSA/FSA ok
👇 get started
""", ext="txt")

p("e3518", "https://ketamed-mx.example/", "telehealth", False, "es",
  "first-lines", "", """
Terapia con ketamina desde casa en todo México. Consulta por videollamada con psiquiatra certificado, receta solo si eres candidato y seguimiento semanal; escríbenos por WhatsApp para agendar tu primera valoración.
""", ext="txt")

p("e3519", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "thin-page", "Esketamin (Spravato) – Abklärung per Videosprechstunde", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/termine">Termin buchen</a> <a href="/kosten">Kosten</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Video</h1>
<p>Unsere Fachärztinnen prüfen in der Videosprechstunde, ob eine Esketamin-Behandlung für Sie infrage kommt. Die Anwendung selbst erfolgt in einer zertifizierten Partnerpraxis in Ihrer Nähe.</p>
</main>
""", noise="cookie-de")

p("e3520", "https://nuvana-ketamine.example/pricing", "telehealth", False, "en",
  "pricing-excerpt", "", """
$299 for your first month: clinician video evaluation, 6 sublingual tablets, a guided first session and two integration coaching calls. Prescription required; medication ships from our licensed partner pharmacy only after your provider approves the plan.
""", ext="txt")

p("e3521", "https://halcyonvirtualcare.example/press/florida-georgia-launch", "telehealth", False, "en",
  "press-release-lead", "", """
AUSTIN, Texas, Nov. 18, 2026 - Halcyon Virtual Care today announced that its at-home ketamine program is now available to adults in Florida and Georgia. Patients complete a video psychiatric evaluation with a licensed Halcyon clinician before any prescription is written, and each dose is monitored by a trained sitter.
""", ext="txt")

p("e3522", "https://telepsi-brasil.example/escetamina", "telehealth", False, "pt",
  "first-lines", "", """
Avaliação psiquiátrica por telemedicina para tratamento com escetamina. Após a consulta online, se houver indicação, encaminhamos você para uma clínica parceira credenciada perto de casa, sem fila de espera.
""", ext="txt")

p("e3523", "https://aurora-ketamine.example/", "telehealth", False, "en",
  "nav-only", "Aurora | At-home ketamine, prescribed by real clinicians", """
<header><a href="/" class="logo">aurora</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a href="/start" class="btn">Get started</a></nav></header>
<main><div id="root"></div></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/telehealth-consent">Telehealth consent</a> © 2026 Aurora Health PC</footer>
""")

# ------------------------------------------------------------------------------------------ clinics

p("e3524", "https://maps.example/place/riverbend-ketamine-wellness", "clinic", False, "en",
  "map-listing", "", """
Riverbend Ketamine & Wellness · 4.8 ★ (212) · Medical clinic · 1140 River Rd, Suite 3 · Open · Closes 6 PM
"No waiting list, got my first infusion the same week. Staff were kind and discreet."
""", ext="txt")

p("e3525", "https://blueharborinfusions.example/pricing", "clinic", False, "en",
  "search-snippet", "", """
Pricing | Blue Harbor Infusions
IV ketamine infusion $450 per session, or a series of six for $2,400. Call or WhatsApp us to book a free consultation at our Annapolis office.
""", ext="txt")

p("e3526", "https://kliniek-stemming.example/behandelingen/esketamine", "clinic", False, "nl",
  "first-lines", "", """
Esketamine (Spravato) neusspray krijgt u bij ons onder toezicht in de kliniek in Utrecht. Op dit moment geen wachtlijst; een verwijzing van uw huisarts of psychiater is nodig.
""", ext="txt")

p("e3527", "https://ambulatorio-navigli.example/spravato", "clinic", False, "it",
  "thin-page", "Centro Spravato Milano – Ambulatorio Navigli", """
<header><a href="/">Ambulatorio Navigli</a> <nav><a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina (Spravato) in ambulatorio</h1>
<p>Somministrazione sotto osservazione medica per la depressione resistente. Prenota la prima visita psichiatrica.</p>
</main>
""")

p("e3528", "https://chu-lumiere.example/services/douleur/ketamine", "clinic", False, "fr",
  "first-lines", "", """
Centre d'évaluation et de traitement de la douleur : perfusions de kétamine en hôpital de jour, sur orientation de votre médecin. Délai de rendez-vous indicatif : six semaines.
""", ext="txt")

p("e3529", "https://cedar-kap.example/", "clinic", False, "en",
  "thin-landing", "Cedar KAP | Ketamine-Assisted Psychotherapy in Portland", """
<header><a href="/">Cedar KAP</a> <nav><a href="/about">About</a> <a href="/rates">Rates</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy, in our Portland office</h1>
<p>Private entrance, discreet scheduling, sessions with a licensed therapist and our nurse practitioner. Now accepting new clients.</p>
</main>
""")

p("e3530", "https://clinica-aurea.example/ketamina", "clinic", False, "es",
  "thin-page", "Infusiones de ketamina en Madrid | Clínica Áurea", """
<header><a href="/">Clínica Áurea</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/precios">Precios</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Infusiones de ketamina</h1>
<p>Sesión de 40 minutos con monitorización por anestesista: 350 €. Primera valoración psiquiátrica obligatoria. Pide cita por WhatsApp.</p>
</main>
""", noise="cookie-es")

p("e3531", "https://social.example/sonoraninfusion/posts/88213", "clinic", False, "en",
  "social-post", "", """
Sonoran Infusion Center: Holiday gift cards are here! 🎁 Give the gift of wellness - 10% off infusion packages through Dec 31. Order online, redeem at our Scottsdale clinic.
""", ext="txt")

# ------------------------------------------------------------------------------------ informational

p("e3532", "https://dailycoast-news.example/2026/11/27/port-ketamine-seizure", "informational", False, "en",
  "news-snippet", "", """
Police seize 12 kg of ketamine in port raid
Detectives said the drug was being sold online for about $20 a gram, with buyers ordering through WhatsApp and paying in crypto before parcels were shipped by post.
""", ext="txt")

p("e3533", "https://checkit-drugs.example/substances/ketamine", "informational", False, "en",
  "first-lines", "", """
Bought something sold as ketamine? Post a sample to our lab anonymously and we will tell you within a week whether it contains ketamine, 2-FDCK, or something else entirely. Free, confidential, no names.
""", ext="txt")

p("e3534", "https://arzneimittelaufsicht.example/warnungen/esketamin-online", "informational", False, "de",
  "government-warning", "", """
Warnung: Im Internet werden Esketamin-Nasensprays ohne Rezept und mit Versand per Post angeboten. Diese Produkte stammen nicht aus der legalen Lieferkette; Esketamin darf nur unter ärztlicher Aufsicht angewendet werden.
""", ext="txt")

p("e3535", "https://forum-sante.example/t/ketamine-depression-liste-attente/4412", "informational", False, "fr",
  "forum-one-liner", "", """
Quelqu'un a déjà fait des perfusions de kétamine à l'hôpital ? Chez moi la liste d'attente est de quatre mois, je me demande si ça vaut le coup.
""", ext="txt")

p("e3536", "https://vetdrugref.example/monographs/ketamine", "informational", False, "en",
  "reference-stub", "Ketamine hydrochloride - Veterinary Drug Reference", """
<header><a href="/">VetDrugRef</a> <nav><a href="/a-z">Drugs A-Z</a> <a href="/species">By species</a></nav></header>
<main>
<h1>Ketamine hydrochloride</h1>
<p>Dissociative anaesthetic used in cats, dogs and horses, usually combined with a sedative such as xylazine or midazolam. Controlled substance; dosing tables below.</p>
</main>
""")

p("e3537", "https://jobs-board.example/jobs/rn-infusion-nurse-ketamine-denver-50271", "informational", False, "en",
  "job-post", "RN Infusion Nurse - Ketamine Clinic - Denver, CO | JobsBoard", """
<header><a href="/">JobsBoard</a> <nav><a href="/search">Find jobs</a> <a href="/employers">Employers</a></nav></header>
<main>
<h1>RN Infusion Nurse (Ketamine Clinic)</h1>
<p>Full time · Denver, CO · $48-56 an hour. Start IVs and monitor patients during ketamine infusions. <a href="/apply/50271">Apply now</a></p>
</main>
""")

p("e3538", "https://findkclinic.example/", "informational", False, "en",
  "directory-entry", "", """
Find a ketamine clinic near you. 412 infusion centers, Spravato providers and telehealth programs listed, with prices, insurance and reviews. Compare and book.
""", ext="txt")

p("e3539", "https://farmadistribuzione-nord.example/catalogo/anestetici/ketamina-50mg-ml", "informational", False, "it",
  "wholesaler-excerpt", "", """
Ketamina cloridrato 50 mg/ml, 10 fiale da 10 ml. Ordine riservato a ospedali, farmacie e strutture veterinarie autorizzate, con buono acquisto stupefacenti; consegna in 24 h.
""", ext="txt")

p("e3540", "https://bookhaven.example/products/ketamine-a-clinicians-guide-2nd-ed", "informational", False, "en",
  "shop-snippet", "", """
Buy Ketamine: A Clinician's Guide (2nd ed.), paperback, $34.99. Free shipping on orders over $25; in stock, ships in 1-2 days.
""", ext="txt")

save(OUT, R)
