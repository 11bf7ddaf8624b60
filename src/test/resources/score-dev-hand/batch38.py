# Batch 38 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement, and committed before the scorer was run on them (committed before any scorer run).
# Angle: SHORT TEXT. 28 plain-text excerpts of one to three sentences (search-result snippets, first
# lines of pages, social bios and posts, marketplace/classified blurbs, forum one-liners, directory
# entries, press-release leads, map-listing blurbs, a chat-channel menu) and 12 very thin HTML pages
# (title, heading, a line or two, or mostly navigation; one bot-check wall where only the URL tells).
# Hard on both sides: sellers whose only evidence is a few words (slang "K"/"ket", brand names
# Ketalar/Ketanest/Ketaset/Vetalar, "esketamine spray", an analogue, a messenger handle) or the URL;
# clinics, telehealth and informational snippets that use seller words (price, buy, order, ships,
# WhatsApp, discreet, no waiting list, same-day).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: sellers - Ketalar search snippet, "K" social bio, Vetalar classified, vendor forum post,
# esketamine-spray product page, bot-check wall on a seller domain, Telegram drop menu, research-
# chemical nav page (2-FDCK), Spanish Ketanest classified, German no-Rx snippet, French "automatic
# approval" consult page, Dutch marketplace ad, Portuguese WhatsApp Ketalar ad, Italian doorway page;
# telehealth - search snippet, Instagram bio, press-release lead, nav-only home, shipping FAQ line,
# app-store blurb, Mexican video-consult snippet, German online-psychiatry page, Brazilian online
# psychiatry referral; clinics - map listing, REMS centre first lines, new-patient promo post,
# thin infusion home with prices, gift-card page, French hospital pain unit, Dutch esketamine
# outpatient page, Italian practice with WhatsApp booking; informational - news lead with street
# prices, forum question with moderator reply, veterinary wholesaler (licensed buyers only),
# encyclopedia stub, directory entry, Spanish criminal-defence firm, German pharmacy page (Rx only),
# French rehab admission, Dutch drug-checking notice.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch38.py (writes batch38/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch38")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h3801", "https://pharmaworld-direct.example/anesthetics/ketalar-50mg-ml-10ml", "seller", True, "en",
  "search-snippet", "", """
Ketalar 50mg/ml 10ml vial - PharmaWorld Direct
pharmaworld-direct.example › anesthetics › ketalar-50mg-ml...
Ketalar (ketamine HCl) 50mg/ml, 10ml multi-dose vials in stock. Order 5+ vials and save 15%. No prescription needed, fast worldwide delivery, pay by card or BTC.
""", ext="txt")

p("h3802", "https://social.example/@specialk_eu", "seller", True, "en",
  "social-bio", "", """
🦄 special k 💎 | EU + UK | new batch just landed ❄️ | tele @specialk_drops | menu in highlights | tracked + stealth ✔️ | 18+ only lol
""", ext="txt")

p("h3803", "https://classifieds.example/uk/for-sale/health-beauty/vetalar-v-ex-practice-stock-492210", "seller", True, "en",
  "classified-blurb", "", """
Vetalar-V 100mg/ml x10 vials, sealed, ex-practice stock, long expiry. £180 the lot or £25 each. Can post Royal Mail tracked, no questions asked, message me.
""", ext="txt")

p("h3804", "https://forum.example/t/best-dissociatives-2026/88213?page=4", "seller", True, "en",
  "forum-vendor-post", "", """
Posted by ket_kingdom: legit vendor here, 5 years in the game. Crystal shards and pharma Ketaset, reship if anything gets seized. Add me on Session, ID in my profile, crypto only.
""", ext="txt")

p("h3805", "https://rxnasalstore.example/product/esketamine-nasal-spray-28mg", "seller", True, "en",
  "thin-product-page", "Esketamine Nasal Spray 28mg | RxNasalStore", """
<header><a href="/">RxNasalStore</a> <a href="/cart">Cart (0)</a></header>
<main>
<h1>Esketamine Nasal Spray 28mg (generic Spravato)</h1>
<p>$149.00 per device &middot; 3 devices $399.00</p>
<p>Qty <input type="number" value="1"> <button>Add to cart</button></p>
<p>Ships in 24h. No doctor visit required.</p>
</main>
""")

p("h3806", "https://ketamine-norx-shop.test/buy/ketamine-powder", "seller", True, "en",
  "bot-check-wall", "Just a moment...", """
<main>
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
</main>
""")

p("h3807", "https://t.example/s/northernsweets_menu", "seller", True, "en",
  "chat-channel-menu", "", """
📋 MENU 12/06 — ket (needle/shard) 1g £30 · 3.5g £80 · 7g £150 | 2-FDCK 5g £60 | pingers ask | same-day drops Leeds & Manchester, post UK-wide next day 📦 DM @nsweets_orders to order
""", ext="txt")

p("h3808", "https://arylchem-research.example/catalog/dissociatives/2-fdck", "seller", True, "en",
  "nav-only-rc-shop", "2-FDCK | ArylChem Research", """
<header><a href="/">ArylChem Research</a>
<nav><a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/catalog/dissociatives">Dissociatives</a> | <a href="/catalog/dissociatives/2-fdck">2-FDCK</a> | <a href="/catalog/dissociatives/o-pce">O-PCE</a> | <a href="/catalog/dissociatives/dck">DCK</a> | <a href="/payment">Payment (BTC/XMR)</a> | <a href="/shipping">Shipping</a> | <a href="/track">Track order</a> | <a href="/login">Login</a></nav></header>
<main><h1>2-FDCK</h1><p>From &euro;45 / 5g. All products are sold for research purposes only. Not for human consumption.</p></main>
<footer>&copy; ArylChem Research</footer>
""")

p("h3809", "https://anunciosya.example/madrid/salud/vendo-ketanest-ampollas-7781", "seller", True, "es",
  "classified-blurb", "", """
Vendo Ketanest en ampollas y ketamina líquida, producto original de farmacia. Envíos discretos a toda España en 24/48h, pago por Bizum o cripto. Solo WhatsApp, no contesto llamadas.
""", ext="txt")

p("h3810", "https://apotheke-ohne-rezept.example/narkosemittel/ketanest-s-25mg", "seller", True, "de",
  "search-snippet", "", """
Ketanest S 25 mg/ml Ampullen kaufen – ohne Rezept
apotheke-ohne-rezept.example › narkosemittel › ketanest-s...
Ketanest S (Esketamin) jetzt ohne Rezept bestellen: 5 Ampullen ab 89 €, diskreter Versand aus der EU, Zahlung auch per Bitcoin.
""", ext="txt")

p("h3811", "https://consult-express-sante.example/ketamine/demarrer", "seller", True, "fr",
  "thin-fake-consult", "Kétamine en 48 h – Consult Express Santé", """
<header><a href="/">Consult Express Santé</a></header>
<main>
<h1>Votre traitement à la kétamine livré en 48 h</h1>
<p>Répondez à 5 questions, validation automatique, pas de rendez-vous ni d'appel vidéo. Ketanest ou kétamine orale expédiée sous pli neutre.</p>
<p><a class="btn" href="/ketamine/questionnaire">Commencer le questionnaire</a></p>
</main>
""", noise="cookie-fr")

p("h3812", "https://marktplek.example/v/gezondheid/overig/m2093311-k-te-koop-utrecht", "seller", True, "nl",
  "classified-blurb", "", """
K te koop, mooi kristal, per gram €25 vanaf 5g €20. Ophalen in Utrecht of verzenden door heel NL, discreet. Alleen via Telegram, geen tijdverspillers.
""", ext="txt")

p("h3813", "https://vendas-rapidas.example/anuncio/ketalar-frasco-10ml-sp", "seller", True, "pt",
  "classified-blurb", "", """
Ketalar frasco 10ml lacrado, pronta entrega em São Paulo e envio para todo o Brasil. Pedido só pelo WhatsApp, não precisa de receita, pagamento no Pix.
""", ext="txt")

p("h3814", "https://guida-acquisti-salute.example/dove-comprare-ketamina-online", "seller", True, "it",
  "thin-doorway", "Dove comprare ketamina online", """
<main>
<h1>Dove comprare ketamina online in sicurezza</h1>
<p>Abbiamo provato per voi: la farmacia che consigliamo spedisce Ketalar e ketamina in tutta Italia senza ricetta, in pacco anonimo.</p>
<p><a href="https://farmacia-partner.example/?ref=gas42">&raquo; Vai al negozio consigliato e ottieni il 10% di sconto</a></p>
</main>
""")

# ---------------------------------------------------------------- telehealth

p("h3815", "https://calmcurrent-health.example/at-home-ketamine", "telehealth", False, "en",
  "search-snippet", "", """
At-Home Ketamine Therapy for Depression | CalmCurrent Health
calmcurrent-health.example › at-home-ketamine
Meet a board-certified psychiatric clinician by video. If ketamine is right for you, your prescription ships from our licensed partner pharmacy. Plans from $129/month.
""", ext="txt")

p("h3816", "https://social.example/@ondarahealth", "telehealth", False, "en",
  "social-bio", "", """
Ondara Health 🌿 At-home ketamine therapy, guided by licensed clinicians | video evaluation first, always | available in 24 states | see if you qualify ⬇️ ondara-health.example/start
""", ext="txt")

p("h3817", "https://newswire.example/releases/2026/11/mindharbor-expands-virtual-ketamine-care-texas", "telehealth", False, "en",
  "press-release-lead", "", """
AUSTIN, Texas, Nov. 18, 2026 /Newswire/ -- MindHarbor Health, a virtual mental health practice, today announced same-day video evaluations for ketamine-assisted therapy across Texas, with prescriptions filled by a licensed pharmacy partner and delivered to patients' homes only after a psychiatric clinician approves treatment.
""", ext="txt")

p("h3818", "https://klaravida.example/", "telehealth", False, "en",
  "nav-only-home", "Klaravida | Ketamine therapy at home", """
<header><a href="/"><img src="/logo.svg" alt="Klaravida"></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<main><h1>Ketamine treatment from home, with a licensed doctor beside you.</h1></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/telehealth-consent">Telehealth consent</a></footer>
""", noise="cookie")

p("h3819", "https://help.nuvamind.example/articles/do-you-ship-ketamine", "telehealth", False, "en",
  "faq-one-liner", "", """
Do you ship ketamine to my home? Yes, but only after your video visit with a NuvaMind prescriber and a valid prescription; our partner 503A pharmacy ships in discreet, signature-required packaging, usually within 3 business days.
""", ext="txt")

p("h3820", "https://apps.example/app/steadyhour-ketamine-care/id6440219", "telehealth", False, "en",
  "app-store-blurb", "", """
SteadyHour: Ketamine Care — Book video visits with your SteadyHour psychiatric provider, log your mood before and after each session, and request refills that your provider reviews before anything is ordered. Membership required.
""", ext="txt")

p("h3821", "https://serenamente.example/mx/ketamina-en-casa", "telehealth", False, "es",
  "search-snippet", "", """
Ketamina en casa con supervisión médica | SerenaMente
serenamente.example › mx › ketamina-en-casa
Consulta por videollamada con psiquiatra con cédula profesional, sin lista de espera. Si eres candidato, recibes tu receta y un acompañante te guía en cada sesión. Agenda por WhatsApp.
""", ext="txt")

p("h3822", "https://psychiatrie-online.example/esketamin-beratung", "telehealth", False, "de",
  "thin-service-page", "Esketamin-Beratung per Video | Psychiatrie Online", """
<header><a href="/">Psychiatrie Online</a> <nav><a href="/termin">Termin buchen</a> <a href="/kosten">Kosten</a> <a href="/team">Ärzteteam</a></nav></header>
<main>
<h1>Esketamin-Beratung per Video</h1>
<p>Unsere Fachärztinnen für Psychiatrie prüfen in einer Videosprechstunde, ob eine Esketamin-Behandlung für Sie infrage kommt, und überweisen Sie an eine Partnerklinik in Ihrer Nähe. Termine meist innerhalb einer Woche.</p>
</main>
""", noise="cookie-de")

p("h3823", "https://psiquiatriadigital.example/depressao-resistente", "telehealth", False, "pt",
  "first-lines", "", """
Psiquiatria online para depressão resistente: avaliação completa por vídeo com psiquiatra (CRM ativo) em até 48 horas. Quando a escetamina é indicada, fazemos o encaminhamento para aplicação em uma clínica parceira certificada perto de você.
""", ext="txt")

# ---------------------------------------------------------------- clinics

p("h3824", "https://maps.example/place/Riverside+Ketamine+Infusions/data=!4m2!3m1!1s0x876c7f3b", "clinic", False, "en",
  "map-listing", "", """
Riverside Ketamine Infusions · 4.8 ★ (212) · Medical clinic · 1420 Oak St, Suite 3 · Open ⋅ Closes 6 PM · "Same-day consults, nurse monitors you the whole infusion." · Call · Website · Directions
""", ext="txt")

p("h3825", "https://harborspravato.example/", "clinic", False, "en",
  "first-lines", "", """
Harbor Spravato Center is a REMS-certified treatment center in Providence. Spravato (esketamine) nasal spray is self-administered in our office under the supervision of our nursing staff, with a two-hour observation period before you go home. Most commercial insurance and Medicare accepted.
""", ext="txt")

p("h3826", "https://social.example/@lumenketamineclinic/posts/3381920", "clinic", False, "en",
  "social-post", "", """
New patient special 🎉 Your first IV ketamine infusion in January is $350 (reg. $475), consult with Dr. Patel included. Spots are limited, text or WhatsApp us at (512) 555-0147 to book 💙 #ketaminetherapy #austin
""", ext="txt")

p("h3827", "https://novaketamineclinic.example/", "clinic", False, "en",
  "thin-home-prices", "Nova Ketamine Clinic | IV Ketamine in Tampa", """
<header><a href="/">Nova Ketamine Clinic</a> <a href="tel:+18135550192">(813) 555-0192</a></header>
<main>
<h1>IV ketamine infusions in Tampa</h1>
<p>Single infusion $450 &middot; Series of six $2,400 (buy the package and save $300). Free phone consult, same-week appointments.</p>
<p><a class="btn" href="/book">Book now</a></p>
</main>
<footer>4102 W Kennedy Blvd, Tampa, FL</footer>
""")

p("h3828", "https://stillwaterkap.example/shop/gift-cards", "clinic", False, "en",
  "thin-gift-card", "Gift Cards | Stillwater Ketamine & Wellness", """
<header><a href="/">Stillwater Ketamine &amp; Wellness</a> <nav><a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/team">Team</a> <a href="/shop/cart">Cart</a></nav></header>
<main>
<h1>Buy a gift card</h1>
<p>Give someone you love a session in our office. Redeemable toward KAP preparation, dosing and integration sessions after intake with our medical team.</p>
<p><button>$100</button> <button>$250</button> <button>$500</button> <button>Add to cart</button></p>
</main>
""")

p("h3829", "https://chu-exemple.example/services/centre-douleur/ketamine", "clinic", False, "fr",
  "first-lines", "", """
Centre d'évaluation et de traitement de la douleur : perfusions de kétamine en hôpital de jour pour certaines douleurs chroniques rebelles, sur orientation de votre médecin traitant ou spécialiste. Prise de rendez-vous au secrétariat, 2e étage, bâtiment B.
""", ext="txt")

p("h3830", "https://ggz-polikliniek-oost.example/behandelingen/esketamine", "clinic", False, "nl",
  "thin-service-page", "Esketamine neusspray | Polikliniek Stemming Oost", """
<header><a href="/">Polikliniek Stemming Oost</a> <nav><a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Voor volwassenen met therapieresistente depressie. De neusspray gebruikt u op onze poli, onder toezicht van een verpleegkundige. Op dit moment geen wachtlijst voor intake; verwijzing van huisarts of psychiater nodig.</p>
</main>
""", noise="cookie-nl")

p("h3831", "https://studiomedicorinaldi.example/infusioni-ketamina", "clinic", False, "it",
  "first-lines", "", """
Studio Medico Rinaldi, Milano: infusioni endovenose di ketamina per la depressione resistente, eseguite in ambulatorio con monitoraggio dell'anestesista. Prezzi trasparenti (seduta singola 380 €), prima visita obbligatoria; prenota anche su WhatsApp al 347 555 0190.
""", ext="txt")

# ---------------------------------------------------------------- informational

p("h3832", "https://citytribune.example/news/2026/12/04/telegram-ketamine-ring-charged", "informational", False, "en",
  "news-lead", "", """
Three men were charged Thursday with running a Telegram channel that sold ketamine for about $20 a gram with "same-day delivery" across the metro area, prosecutors said, after undercover officers placed orders and paid in Bitcoin.
""", ext="txt")

p("h3833", "https://forum.example/t/where-to-buy-ket-online/90417", "informational", False, "en",
  "forum-one-liner", "", """
throwaway_9921: anyone know where to actually buy ket online that isn't a scam? — Moderator: Sourcing requests break rule 3 and vendor DMs here are almost always scams. Thread locked; see the harm-reduction wiki pinned above.
""", ext="txt")

p("h3834", "https://vetsupplydirect.example/products/ketaset-100mg-ml-10ml", "informational", False, "en",
  "wholesaler-snippet", "", """
Ketaset (ketamine HCl injection) 100 mg/mL, 10 mL — Schedule III. Order online once your practice's DEA registration and state veterinary license are verified; ships only to licensed veterinary facilities, no sales to the public.
""", ext="txt")

p("h3835", "https://wikipedia-mirror.example/wiki/Ketalar", "informational", False, "en",
  "encyclopedia-stub", "Ketalar - Encyclopedia", """
<header><a href="/">Encyclopedia</a> <form><input type="search" placeholder="Search"></form></header>
<main>
<h1>Ketalar</h1>
<p><b>Ketalar</b> is a brand name of <a href="/wiki/Ketamine">ketamine</a> hydrochloride, a general anaesthetic first marketed by Parke-Davis in 1970. Other brand names include Ketanest, Ketaset and Vetalar.</p>
<p><i>This article is a stub. You can help by expanding it.</i></p>
</main>
""")

p("h3836", "https://findaketamineprovider.example/listing/ca/san-diego/pacific-mood-institute", "informational", False, "en",
  "directory-entry", "", """
Pacific Mood Institute — San Diego, CA · IV ketamine, Spravato (REMS), KAP · Accepts: Aetna, Cigna, self-pay · Listing last verified Oct 2026 · This directory does not provide treatment; contact the provider directly.
""", ext="txt")

p("h3837", "https://abogadospenalistas-levante.example/delitos-contra-la-salud-publica/ketamina", "informational", False, "es",
  "law-firm-snippet", "", """
Abogados penalistas en Valencia: defensa en causas por tráfico o venta de ketamina, incluidas compras por internet y paquetes interceptados en aduana. Primera consulta gratuita, también por WhatsApp.
""", ext="txt")

p("h3838", "https://stadt-apotheke-am-markt.example/arzneimittel/esketamin-nasenspray", "informational", False, "de",
  "thin-pharmacy-page", "Esketamin Nasenspray | Stadt-Apotheke am Markt", """
<header><a href="/">Stadt-Apotheke am Markt</a> <nav><a href="/vorbestellen">Vorbestellen</a> <a href="/botendienst">Botendienst</a> <a href="/oeffnungszeiten">Öffnungszeiten</a></nav></header>
<main>
<h1>Esketamin Nasenspray (Spravato)</h1>
<p>Verschreibungspflichtig. Abgabe nur gegen ärztliches Rezept an behandelnde Einrichtungen; ein Online-Kauf oder Versand an Privatpersonen ist nicht möglich. Bei Fragen beraten wir Sie gern in der Apotheke.</p>
</main>
""", noise="cookie-de")

p("h3839", "https://centre-renaissance-addictions.example/sevrage-ketamine", "informational", False, "fr",
  "first-lines", "", """
Dépendance à la kétamine : notre centre de soins résidentiel propose un sevrage encadré et un accompagnement psychologique, avec admission rapide sans liste d'attente. Appelez-nous 24 h/24, en toute discrétion.
""", ext="txt")

p("h3840", "https://drugscheck-info.example/nieuws/waarschuwing-nep-ketamine", "informational", False, "nl",
  "drug-checking-notice", "", """
Waarschuwing: bij onze testservice zagen we deze maand meerdere monsters die als 'K' of ketamine waren gekocht maar 2-FDCK of deschloroketamine bleken te bevatten. Laat je middel anoniem testen; wij verkopen of leveren zelf niets.
""", ext="txt")

save(OUT, R)
