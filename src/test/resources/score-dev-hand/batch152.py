# Batch 152 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Home kits and who stands behind them". Ketamine taken at home: sellers that ship lozenges,
# troches, sprays or vials to anyone in a caring voice (coaches, 'programmes', 'concierge' services,
# 'membership clubs', 'apps', a marketplace, a social bio, pretend telemedicine with a questionnaire
# that always approves); genuine telehealth services whose prescriber evaluates by video and whose
# partner pharmacy ships only after a prescription (landing, how-it-works, membership checkout, FAQ,
# prescriber roster, kit contents, virtual psychiatry that refers out for esketamine); clinics that
# send patients home only after in-office care (KAP practice, REMS esketamine centre, packages and
# gift cards, hospital day unit, intake e-mail); informational pages about home kits (insurer policy,
# regulator warnings, journalist's test purchase quoting prices and vendors, patient groups, a forum,
# consumer-protection and harm-reduction pages).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages, partial pages, one bot-check wall (url-only) and a few plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch152.py (writes batch152/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch152")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h15201", "https://mindreset-programme.example/the-programme/home-journey", "seller", True, "en",
  "coaching-programme-long-chrome", "The MindReset Home Journey | 8 weeks to a lighter mind", """
<header class="site">
<div class="announce">&#127807; Spring intake is open &ndash; only 40 places left this month &middot; Use code BLOOM for 10% off</div>
<a class="logo" href="/">MindReset <span>programme</span></a>
<nav><a href="/the-programme">The Programme</a> <a href="/the-programme/home-journey">Home Journey</a> <a href="/coaches">Our Coaches</a> <a href="/stories">Stories</a> <a href="/journal">Journal</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Start today</a></nav>
</header>
<main>
<section class="hero">
<h1>You deserve to feel like yourself again.</h1>
<p class="lead">The MindReset Home Journey pairs gentle, guided sessions with a practitioner-formulated sublingual ketamine lozenge, delivered in a beautiful keepsake box to your door. No waiting rooms. No judgement. No months on a waitlist.</p>
<a class="btn" href="/start">Begin my journey &rarr;</a>
<p class="tiny">Trusted by 11,000+ journeyers in 38 countries</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><strong>Tell us about you (4 minutes).</strong> A short wellbeing check-in about your mood, sleep and intentions. Our wellness team reviews every answer.</li>
<li><strong>Get your welcome box.</strong> Approved journeyers hear back the same day &ndash; most within the hour. Your box ships from our fulfilment partner in plain, unbranded packaging.</li>
<li><strong>Meet your coach.</strong> Weekly 30-minute voice calls with a certified MindReset integration coach, plus our 24/7 community on Discord.</li>
<li><strong>Integrate &amp; reorder.</strong> Reorder refills any time in the app. Journeyers on the Evergreen plan get a new box every 28 days automatically.</li>
</ol>
</section>
<section class="box">
<h2>Inside your welcome box</h2>
<ul>
<li>8 ketamine HCl sublingual lozenges (choose 100 mg, 150 mg or 200 mg &ndash; unsure? our coaches recommend starting at 150 mg)</li>
<li>Eye mask, weighted wrist band and the MindReset intention journal</li>
<li>QR code to our curated 6-hour playlist</li>
<li>Aftercare card with our coach hotline</li>
</ul>
</section>
<section class="pricing">
<h2>Choose your path</h2>
<div class="plan"><h3>Taster</h3><p class="price">$249</p><p>4 lozenges &middot; 2 coach calls &middot; ships in 24h</p><a href="/cart/add?sku=MR-TASTER">Add to bag</a></div>
<div class="plan featured"><h3>Home Journey</h3><p class="price">$449</p><p>8 lozenges &middot; 8 coach calls &middot; keepsake box</p><a href="/cart/add?sku=MR-JOURNEY">Add to bag</a></div>
<div class="plan"><h3>Evergreen</h3><p class="price">$329<small>/month</small></p><p>8 lozenges every 28 days &middot; unlimited coach chat &middot; cancel anytime</p><a href="/cart/add?sku=MR-EVERGREEN">Subscribe</a></div>
<p class="note">We accept all major cards, Apple Pay and (for journeyers whose banks are less than understanding) USDC and Bitcoin with a 12% thank-you discount.</p>
</section>
<section class="faq">
<h2>Questions we hear a lot</h2>
<details><summary>Do I need to see a doctor?</summary><p>Our wellbeing check-in was designed with input from a physician advisor, so there is no need to book a separate appointment or get a referral. If your answers suggest the Journey isn't right for you right now, we refund you in full.</p></details>
<details><summary>Can I use my own prescription?</summary><p>You don't need one &ndash; that's the whole point! We believe healing shouldn't require permission.</p></details>
<details><summary>Where do you ship?</summary><p>USA, Canada, UK, EU, Australia and most of Asia. If a parcel is held at customs we reship once at no charge.</p></details>
<details><summary>Is it safe?</summary><p>Ketamine has been used in medicine for over 60 years. Please journey with a trusted sitter and never drive afterwards.</p></details>
</section>
<section class="stories"><blockquote>&ldquo;I'd been on a psychiatric waitlist for 9 months. My MindReset box arrived in 3 days.&rdquo; &ndash; Priya, Leeds</blockquote></section>
</main>
<footer>
<p>MindReset is a wellness and coaching programme. Statements have not been evaluated by any health authority. &copy; 2026 MindReset Collective Ltd.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/affiliates">Become an affiliate (25% commission)</a></p>
</footer>
""", noise="cookie")

p("h15202", "https://serenity-concierge.example/services/at-home-spray", "seller", True, "en",
  "concierge-service-medium", "At-Home Nasal Spray Service | Serenity Concierge", """
<nav class="top"><a href="/">Serenity Concierge</a> <a href="/services">Services</a> <a href="/services/at-home-spray">At-Home Spray</a> <a href="/members">Members</a> <a href="/contact">Contact</a></nav>
<article>
<h1>Discreet at-home ketamine nasal spray, handled for you</h1>
<p>Our concierge team exists for busy, private people who would rather not sit in a clinic lobby. Tell your concierge what you need and we take care of everything &ndash; sourcing, shipping, and follow-up &ndash; with the discretion our clients expect.</p>
<h2>What we arrange</h2>
<ul>
<li>Ketamine nasal spray, 10 mL metered bottle (approx. 100 sprays, 10 mg per spray) &ndash; <strong>$390</strong></li>
<li>Two-bottle &ldquo;retreat&rdquo; set with travel case &ndash; <strong>$690</strong></li>
<li>Same-day courier in Manhattan, Miami and Los Angeles; overnight elsewhere in the US</li>
</ul>
<h2>Do I need a consultation?</h2>
<p>Clients simply complete our private preferences form. There is no video call and nothing goes to your insurer or your records. Your concierge confirms by text, usually within 20 minutes.</p>
<h2>Payment</h2>
<p>Zelle, wire transfer or crypto (BTC, USDT-TRC20). For privacy, card statements show &ldquo;SC Lifestyle Services&rdquo;.</p>
<p class="cta"><a href="/contact?service=spray">Speak to a concierge</a> &middot; Signal / WhatsApp: +1 (305) 555-0147</p>
</article>
<footer>Serenity Concierge &middot; Lifestyle management &middot; We are not a medical provider.</footer>
""")

p("h15203", "https://quietroom-club.example/join", "seller", True, "en",
  "membership-club-short", "Join The Quiet Room Club", """
<div class="wrap">
<h1>The Quiet Room Club</h1>
<p>A members-only circle for grown-ups who explore at home. No gatekeepers, no 45-minute psych evaluations, no &ldquo;we'll see you in 6 weeks&rdquo;.</p>
<h2>Membership &ndash; &pound;95 / month</h2>
<ul>
<li>Monthly member parcel: 2 &times; 10 mL vials (50 mg/mL), dosing syringes and our home-session guide</li>
<li>Members' lounge on Telegram, fortnightly group journeys on Zoom</li>
<li>Tracked &amp; signed, plain box, UK and EU</li>
</ul>
<p>New members are introduced by an existing member or apply through our Telegram: <strong>@quietroom_door</strong>. Dues payable by bank transfer or BTC.</p>
<p class="small">Members confirm they are over 21 and take personal responsibility for their journeys.</p>
</div>
""")

p("h15204", "https://drift-app.example/download", "seller", True, "en",
  "app-landing-medium", "Drift - guided ketamine journeys, delivered | iOS & Android", """
<header><a href="/">drift</a> <nav><a href="#features">Features</a> <a href="#kit">The Kit</a> <a href="#pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/download" class="btn">Get the app</a></nav></header>
<section class="hero">
<h1>Your mind, reset from your sofa.</h1>
<p>Drift is the first app that takes you from &ldquo;I'm struggling&rdquo; to a guided at-home ketamine journey in under a day.</p>
<p><a href="#"><img alt="Download on the App Store" src="/badges/appstore.svg"></a> <a href="#"><img alt="Get it on Google Play" src="/badges/play.svg"></a></p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 &middot; 6,200 ratings</p>
</section>
<section id="features">
<h2>Built around you</h2>
<ul>
<li><b>Smart intake.</b> Answer 12 questions in the app. Our algorithm checks eligibility instantly &ndash; 96% of users are approved on the spot.</li>
<li><b>In-app ordering.</b> Your first Drift Kit is one tap away. Refills unlock automatically after each logged journey.</li>
<li><b>Journey mode.</b> Music, breathing prompts, a timer and an emergency &ldquo;I need a human&rdquo; button.</li>
</ul>
</section>
<section id="kit">
<h2>The Drift Kit</h2>
<p>6 rapid-dissolve ketamine tablets (choose your strength), blood-pressure cuff, eye mask. Arrives in 1&ndash;3 days in a plain mailer.</p>
</section>
<section id="pricing">
<h2>Pricing</h2>
<p>Starter Kit $199 &middot; Monthly Drift+ $279 (6 tablets + refills on demand). In-app purchase; gift codes from our partners accepted.</p>
</section>
<footer><p>Drift is not a substitute for medical care. Eligibility is determined by our automated screening. &copy; Drift Labs Inc.</p></footer>
""", noise="cookie")

p("h15205", "https://coach-marisol.example/blog/why-i-journey-at-home", "seller", True, "en",
  "coach-blog-affiliate", "Why I stopped waiting for permission (and started journeying at home) | Coach Marisol", """
<header><a href="/">Coach Marisol &middot; Breathwork, Somatics &amp; Plant-Adjacent Healing</a>
<nav><a href="/">Home</a> <a href="/work-with-me">Work with me</a> <a href="/blog">Blog</a> <a href="/shop">Shop</a> <a href="/podcast">Podcast</a></nav></header>
<article>
<h1>Why I stopped waiting for permission</h1>
<p class="meta">Posted in Healing Journal &middot; 9 min read</p>
<p>Two years ago I sat in my car outside a clinic that wanted $4,800 for six infusions and a three-week wait. I drove home, cried, and went looking for another way.</p>
<p>What I found changed my life: small, gentle at-home sessions with ketamine troches, a playlist I love, and my dog asleep on my feet. No IV, no fluorescent lights, no man in a white coat asking me to rate my mood from 1 to 10.</p>
<h2>Where I get mine</h2>
<p>People ask me this every single day, so here's the honest answer. I order from <a href="https://lumen-troche-shop.example/?ref=marisol">Lumen Troche Shop</a>. They ship in about four days, the packaging is totally discreet, and they don't make you jump through prescription hoops. My code <strong>MARISOL20</strong> gets you 20% off your first order (I do earn a small commission, which keeps this blog free &hearts;).</p>
<ul>
<li>Beginners: their 100 mg troches, 10-pack ($160 before the code)</li>
<li>If you've journeyed before: the 200 mg, 20-pack</li>
</ul>
<h2>How I hold a home session</h2>
<p>Set an intention. Eat nothing for three hours. Let the troche dissolve for 15 minutes, then spit. Lie down. Surrender.</p>
<p>If you want support, my 1:1 Home Journey Coaching ($120 per session) includes a pre-session call, a check-in text during, and integration the next day.</p>
<p class="disclaimer">I am not a doctor. This is my personal experience and is not medical advice.</p>
</article>
<aside><h3>Free guide</h3><p>Download &ldquo;Your First Home Journey&rdquo; checklist.</p><form><input placeholder="Email"><button>Send it</button></form></aside>
""")

p("h15206", "https://ketahome-direct.example/faq/shipping-and-privacy", "seller", True, "en",
  "seller-faq-page", "Shipping & Privacy FAQ | KetaHome Direct", """
<nav><a href="/">KetaHome Direct</a> | <a href="/shop">Shop</a> | <a href="/shop/vials">Vials</a> | <a href="/shop/lozenges">Lozenges</a> | <a href="/shop/sprays">Sprays</a> | <a href="/faq">FAQ</a> | <a href="/track">Track order</a></nav>
<h1>Shipping &amp; Privacy</h1>
<h3>How is my order packed?</h3>
<p>Every order is vacuum-sealed, double-bagged and placed inside an ordinary retail box with a return address for a household goods company. Vials are relabelled as &ldquo;sterile saline 10 mL&rdquo;. Nothing on the outside mentions us.</p>
<h3>How long does it take?</h3>
<p>Domestic US: 2&ndash;4 business days. UK/EU: 6&ndash;10 days from our EU warehouse. Australia: 10&ndash;16 days (signature not required).</p>
<h3>What if customs seizes my parcel?</h3>
<p>We offer a 100% reship guarantee. Send us a photo of the seizure letter and we reship free, once per order. Second seizures are reshipped at 50%.</p>
<h3>Do you need a prescription or ID?</h3>
<p>No. We don't collect prescriptions, ID or medical records &ndash; the less we hold, the less anyone can ask for.</p>
<h3>How can I pay?</h3>
<p>Bitcoin, Monero, USDT, or Amazon/Apple gift cards (photo of the card and receipt by email). Card payments are temporarily unavailable.</p>
<h3>Can I speak to someone?</h3>
<p>Our support team answers on Telegram (@ketahome_support) and Wickr, 9am&ndash;11pm EST.</p>
""")

p("h15207", "https://ketalozenge-now.example/order/home-kit-200mg?aff=tgx12", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript><p>Please enable JavaScript and cookies to continue.</p></noscript>
<p class="ray">Ray ID: 8f1a2c33d9e04b17</p>
</div>
""")

p("h15208", "https://ig-bio-mirror.example/u/homejourneys.kits", "seller", True, "en",
  "social-bio-txt", "homejourneys.kits", """
homejourneys.kits  ·  Wellness / Self-care
🌙 at-home healing kits · troches 100/150/200mg · nasal spray · vials
💌 ships discreet US / CA / UK · reship if lost
🤍 no script needed, just good vibes + a sitter
💸 CashApp · BTC · gift cards
📲 menu + prices on Telegram → t.me/homejourneys_menu
⚠️ new acct, old one got taken down. same plug, same love
""", ext="txt")

p("h15209", "https://tweedehands-plein.example/v/gezondheid-en-verzorging/overige/m2291847-thuiskit-ketamine-neusspray", "seller", True, "nl",
  "marketplace-listing", "Thuiskit ketamine neusspray - starter set | Tweedehands Plein", """
<header><a href="/">Tweedehands Plein</a> <form><input placeholder="Waar ben je naar op zoek?"><button>Zoeken</button></form> <a href="/inloggen">Inloggen</a> <a href="/plaats">Plaats advertentie</a></header>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/gezondheid-en-verzorging">Gezondheid en Verzorging</a> &rsaquo; <a href="/c/gezondheid-en-verzorging/overige">Overige</a></p>
<main>
<h1>Thuiskit ketamine neusspray &ndash; starter set</h1>
<p class="price">&euro; 145,00 &middot; Bieden vanaf &euro; 130,00</p>
<p class="meta">Geplaatst: 3 dagen geleden &middot; 412&times; bekeken &middot; 17&times; bewaard</p>
<h2>Omschrijving</h2>
<p>Complete set voor thuisgebruik, voor wie niet maanden op een wachtlijst wil staan. 1 flesje neusspray 10 ml (ca. 10 mg per pufje), plus 20 zuigtabletten 100 mg als je liever niet spuit. Nieuw, verzegeld. Ook los te koop: flesjes &euro; 85, tabletten &euro; 6 per stuk.</p>
<p>Geen recept nodig. Verzending discreet via PostNL brievenbuspakje (neutrale verpakking), ook naar Belgi&euml; en Duitsland. Betalen via Tikkie of crypto. Ophalen in Utrecht-Overvecht kan ook.</p>
<p>Vragen? Liever via WhatsApp of Telegram dan via de chat hier: 06-55501893.</p>
<h2>Kenmerken</h2>
<table><tr><td>Conditie</td><td>Nieuw</td></tr><tr><td>Levering</td><td>Ophalen of Verzenden</td></tr></table>
</main>
<aside class="seller"><h3>Verkoper: zen_thuis_kits</h3><p>Actief sinds 2 maanden &middot; &#9733; 4,6 (23 beoordelingen)</p><a href="#">Bekijk andere advertenties (14)</a><button>Bericht sturen</button></aside>
<aside class="safety"><p>Tip: betaal nooit vooruit aan iemand die je niet kent. <a href="/veilig-handelen">Veilig handelen</a></p></aside>
<footer><a href="/voorwaarden">Gebruiksvoorwaarden</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/melden">Advertentie melden</a></footer>
""", noise="cookie-nl")

p("h15210", "https://programa-renacer-bienestar.example/kit-en-casa", "seller", True, "es",
  "wellness-programme-whatsapp", "Kit Renacer en casa | Programa Renacer Bienestar", """
<header><a href="/">Programa Renacer</a> <nav><a href="/">Inicio</a> <a href="/el-programa">El programa</a> <a href="/kit-en-casa">Kit en casa</a> <a href="/testimonios">Testimonios</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Tu proceso de sanación empieza en casa</h1>
<p>Sabemos lo que es sentirse atrapado. Por eso creamos el Kit Renacer: un acompañamiento de 6 semanas con tu guía personal y pastillas sublinguales de ketamina de grado farmacéutico, enviadas a tu domicilio con total discreción.</p>
<h2>¿Qué incluye?</h2>
<ul>
<li>12 pastillas sublinguales de ketamina de 150 mg</li>
<li>Sesiones semanales por videollamada con tu guía de integración (no es médico, es alguien que te escucha)</li>
<li>Diario de intención, antifaz y lista de música</li>
</ul>
<h2>Precios</h2>
<p>Kit Renacer 6 semanas: <strong>320 €</strong> &middot; Recarga de 12 pastillas: <strong>210 €</strong> &middot; Envío gratis a toda España, también a Portugal y Andorra.</p>
<h2>¿Necesito receta?</h2>
<p>No. Tu bienestar no debería depender de una lista de espera. Solo rellenas un breve cuestionario de bienestar y te confirmamos el pedido el mismo día.</p>
<h2>Cómo pedir</h2>
<p>Escríbenos por WhatsApp al <strong>+34 655 501 204</strong> indicando «KIT RENACER». Pago por Bizum, transferencia o USDT. Envío en 24–48 h en caja neutra sin logotipos.</p>
</main>
<footer><p>Programa Renacer Bienestar no presta servicios sanitarios. © 2026</p></footer>
""", noise="cookie-es")

p("h15211", "https://heimtherapie-direkt.example/de/ketamin-heimset", "seller", True, "de",
  "pretend-telemedicine-questionnaire", "Ketamin-Heimtherapie-Set | Heimtherapie Direkt", """
<header><a href="/de/">Heimtherapie Direkt</a> <nav><a href="/de/">Start</a> <a href="/de/so-funktionierts">So funktioniert's</a> <a href="/de/ketamin-heimset">Heimset</a> <a href="/de/aerzte">Unsere Ärzte</a> <a href="/de/faq">FAQ</a></nav> <a class="btn" href="/de/fragebogen">Jetzt starten</a></header>
<main>
<h1>Ketamin-Heimtherapie &ndash; ohne Wartezeit, ohne Praxisbesuch</h1>
<p>Depressionen warten nicht. Bei uns erhalten Sie Ihr Ketamin-Heimtherapie-Set innerhalb von 48 Stunden &ndash; diskret und direkt nach Hause.</p>
<h2>In drei Schritten zu Ihrem Set</h2>
<ol>
<li><b>Online-Fragebogen ausfüllen</b> (ca. 3 Minuten, 9 Fragen)</li>
<li><b>Ärztliche Freigabe</b> &ndash; unser Partnerarzt prüft Ihre Angaben, in der Regel innerhalb von 15 Minuten. Ein Gespräch ist nicht notwendig.</li>
<li><b>Versand</b> aus unserer Partnerapotheke in den Niederlanden, neutral verpackt</li>
</ol>
<h2>Preise</h2>
<table>
<tr><td>Heimset Basis: 10 Lutschtabletten à 100 mg</td><td>189 &euro;</td></tr>
<tr><td>Heimset Plus: 10 Lutschtabletten à 200 mg + Nasenspray 5 ml</td><td>289 &euro;</td></tr>
<tr><td>Nachbestellung (ohne erneuten Fragebogen)</td><td>ab 149 &euro;</td></tr>
</table>
<p>Bezahlung per Sofortüberweisung, Paysafecard oder Bitcoin. Kein Rezept von Ihrem Hausarzt nötig &ndash; das Rezept stellt unser Partnerarzt automatisch aus.</p>
<p class="trust">&#10004; Freigaberate 97 % &middot; &#10004; Lieferung nach DE, AT, CH &middot; &#10004; Kein Eintrag bei der Krankenkasse</p>
</main>
<footer><p>Heimtherapie Direkt ist eine Vermittlungsplattform. Impressum: HT Direct Services s.r.o.</p></footer>
""", noise="cookie-de")

p("h15212", "https://coaching-eveil-interieur.example/accompagnement/kit-domicile", "seller", True, "fr",
  "coach-whatsapp-order", "Kit à domicile – Accompagnement Éveil Intérieur", """
<nav><a href="/">Éveil Intérieur</a> · <a href="/accompagnement">Accompagnement</a> · <a href="/accompagnement/kit-domicile">Kit à domicile</a> · <a href="/a-propos">Qui suis-je ?</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>Le kit à domicile : vivre votre voyage intérieur en toute sécurité, chez vous</h1>
<p>Je m'appelle Clémence, coach certifiée en psychologie positive et en respiration consciente. Depuis trois ans, j'accompagne des personnes épuisées, en burn-out ou en deuil vers un nouveau souffle.</p>
<p>Beaucoup de mes accompagné·e·s n'ont pas accès aux rares centres qui proposent la kétamine, ou ne veulent pas attendre six mois un rendez-vous en psychiatrie. C'est pourquoi j'ai créé ce kit.</p>
<h2>Contenu du kit</h2>
<ul>
<li>Un flacon de spray nasal de kétamine (10 ml) et son guide de dosage progressif</li>
<li>Trois séances d'accompagnement par visio (avant, pendant, après)</li>
<li>Un carnet d'intégration et une playlist</li>
</ul>
<p><strong>Tarif : 280 € le kit</strong>, 180 € le flacon supplémentaire. Envoi en lettre suivie, enveloppe neutre, France, Belgique, Suisse.</p>
<h2>Comment commander ?</h2>
<p>Envoyez-moi simplement un message WhatsApp au +33 6 55 50 12 77 avec « KIT ». Aucune ordonnance n'est demandée&nbsp;: je fais confiance à votre responsabilité d'adulte. Paiement par virement, PayPal entre proches ou crypto.</p>
<p class="petit">Je ne suis pas médecin. Cet accompagnement ne remplace pas un suivi médical.</p>
</main>
""")

p("h15213", "https://clube-serenar.example/membros/planos", "seller", True, "pt",
  "membership-club-pix", "Planos de membro | Clube Serenar", """
<header><a href="/">Clube Serenar</a> <nav><a href="/">Início</a> <a href="/membros/planos">Planos</a> <a href="/jornada">A jornada</a> <a href="/depoimentos">Depoimentos</a> <a href="/entrar">Área do membro</a></nav></header>
<main>
<h1>Faça parte do Clube Serenar</h1>
<p>Um clube de bem-estar para quem quer cuidar da mente no conforto de casa. Todo mês, seu kit chega na sua porta, com carinho e sigilo.</p>
<div class="plano"><h2>Plano Essencial – R$ 690/mês</h2><p>1 frasco-ampola de cetamina 10 mL (50 mg/mL), seringas dosadoras, guia da jornada e acesso ao grupo de apoio.</p><a href="/checkout?plano=essencial">Assinar</a></div>
<div class="plano destaque"><h2>Plano Profundo – R$ 1.190/mês</h2><p>2 frascos-ampola + 10 pastilhas sublinguais 150 mg, encontro mensal online de integração com nossa facilitadora.</p><a href="/checkout?plano=profundo">Assinar</a></div>
<h2>Perguntas frequentes</h2>
<p><b>Preciso de receita?</b> Não pedimos receita nem laudo. Basta ser maior de 21 anos e preencher o cadastro.</p>
<p><b>Como é o envio?</b> Enviamos por transportadora para todo o Brasil, em embalagem neutra, sem identificação do clube. Código de rastreio no WhatsApp.</p>
<p><b>Formas de pagamento:</b> PIX (5% de desconto), boleto ou cripto.</p>
</main>
<footer>Clube Serenar – bem-estar e autocuidado. Não somos uma clínica.</footer>
""", noise="cookie-pt")

p("h15214", "https://telemedicina-subito.example/it/ketamina-a-casa", "seller", True, "it",
  "pretend-telemedicine-short", "Ketamina a casa in 24 ore | TeleMedicina Subito", """
<header><a href="/it/">TeleMedicina Subito</a> <a href="/it/ketamina-a-casa">Ketamina a casa</a> <a href="/it/come-funziona">Come funziona</a> <a href="/it/recensioni">Recensioni</a></header>
<main>
<h1>Ketamina sublinguale a casa tua, in 24 ore</h1>
<p>Basta attese infinite nei centri pubblici. Con TeleMedicina Subito compili una valutazione medica online di 3 domande e la approvazione è automatica: il medico firma la ricetta senza bisogno di visita.</p>
<ul>
<li>Compresse sublinguali 150 mg &times; 10 &ndash; <b>179 &euro;</b></li>
<li>Spray nasale 10 ml &ndash; <b>219 &euro;</b></li>
<li>Spedizione espressa in 24h in tutta Italia, pacco anonimo</li>
</ul>
<p>Pagamento con carta prepagata, buoni regalo Amazon o crypto. Assistenza su Telegram: @subito_assistenza.</p>
<a class="btn" href="/it/valutazione">Inizia la valutazione</a>
</main>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h15215", "https://northline-health.example/at-home-ketamine", "telehealth", False, "en",
  "telehealth-landing-long-chrome", "At-Home Ketamine Therapy with Psychiatric Clinicians | Northline Health", """
<header class="nav">
<a class="logo" href="/">Northline Health</a>
<nav><a href="/conditions/depression">Depression</a> <a href="/conditions/anxiety">Anxiety</a> <a href="/conditions/ptsd">PTSD</a> <a href="/at-home-ketamine">At-home ketamine</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance &amp; HSA</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home &ndash; prescribed only after a real psychiatric evaluation</h1>
<p>Northline Health is a telehealth psychiatric practice licensed in 21 US states. Every patient meets a board-certified psychiatrist or psychiatric nurse practitioner by live video before any medication is considered. Many people we evaluate are not prescribed ketamine &ndash; and we'll tell you why and what we recommend instead.</p>
<a class="btn" href="/get-started">Start with a free eligibility check</a>
<p class="small">Available in AZ, CA, CO, CT, FL, GA, IL, MA, MD, MI, MN, NC, NJ, NY, OR, PA, TX, UT, VA, WA and WI.</p>
</section>
<section>
<h2>Your path with Northline</h2>
<ol>
<li><b>Eligibility check (5 min).</b> A screening questionnaire tells us whether a full evaluation makes sense. It does not approve anyone.</li>
<li><b>Psychiatric evaluation by video (60 min).</b> Your clinician reviews your history, current medications, blood pressure readings and any history of psychosis, substance use or uncontrolled hypertension. We may request records from your primary care doctor or therapist.</li>
<li><b>Treatment decision.</b> If ketamine is appropriate, your clinician sends a prescription to a licensed 503A compounding pharmacy partner. Nothing ships without a signed prescription. If it isn't appropriate, you pay only for the evaluation.</li>
<li><b>First session with a monitored check-in.</b> Your first dose is taken on a scheduled video visit with a clinician present. A trusted adult sitter must be with you for every session.</li>
<li><b>Follow-up.</b> Clinician visits after sessions 1, 3 and 6, repeat PHQ-9 and GAD-7 measures, and integration sessions with a licensed therapist.</li>
</ol>
</section>
<section>
<h2>Pricing</h2>
<div class="plan"><h3>Psychiatric evaluation</h3><p>$250, one time. HSA/FSA eligible.</p></div>
<div class="plan"><h3>Initial program</h3><p>$1,150 for 6 sessions: 3 clinician follow-ups, 2 integration sessions, monitored first dose. Medication billed separately by the pharmacy (typically $90&ndash;$140) and only if prescribed.</p></div>
<div class="plan"><h3>Maintenance membership</h3><p>$229/month after the initial program, at your clinician's discretion.</p></div>
<p>We can provide superbills for out-of-network reimbursement. <a href="/insurance">Learn about insurance</a>.</p>
</section>
<section>
<h2>Who this is not for</h2>
<p>We do not treat people who are pregnant, have uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are in crisis. If you are thinking about suicide, call or text 988 now.</p>
</section>
<section class="warning">
<h2>A word about &ldquo;ketamine kits&rdquo; sold online</h2>
<p>If a website offers to mail you ketamine after a questionnaire alone, with no live clinician, no prescription in your name, or payment in crypto or gift cards, it is not a medical service. Please don't take the risk.</p>
</section>
</main>
<footer>
<p>Northline Health Medical Group, P.C. &middot; Clinical Director: Dana Okafor, MD (Board Certified, Psychiatry) &middot; <a href="/licensure">State licensure</a> &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h15216", "https://calmwater-telepsych.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-medium", "How it works | Calmwater Telepsychiatry", """
<nav><a href="/">Calmwater</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/providers">Providers</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav>
<h1>How at-home ketamine treatment works at Calmwater</h1>
<h2>1. Apply online</h2>
<p>Share your mental health history, current medications and recent blood pressure. Upload any records you have. A care coordinator checks your state and insurance details.</p>
<h2>2. Meet your prescriber on video</h2>
<p>A licensed psychiatric clinician meets you for a 45&ndash;60 minute evaluation. They may ask for lab work or a letter from your therapist before deciding. About one in three applicants is not offered ketamine; they leave with a written plan and referrals.</p>
<h2>3. Prescription to our partner pharmacy</h2>
<p>If you're a candidate, your clinician e-prescribes a limited supply of sublingual tablets to a state-licensed partner pharmacy. The pharmacy verifies the prescription, then ships by signature-required delivery to the address on your ID. We never hold or sell medication ourselves.</p>
<h2>4. Sessions with a sitter and check-ins</h2>
<p>You'll name a sitter who is present for every session, log your blood pressure before and after in the app, and complete mood measures. Your clinician reviews progress before every refill &ndash; refills are never automatic.</p>
<h2>5. Integration</h2>
<p>Group and 1:1 integration sessions are led by licensed therapists.</p>
<p><a class="btn" href="/apply">Start your application</a></p>
""")

p("h15217", "https://tideline-care.example/membership/checkout", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - Tideline Care Membership", """
<header><a href="/">Tideline Care</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Complete your membership</h1>
<div class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Tideline Care Membership (monthly)</td><td>$199.00</td></tr>
<tr><td>Initial psychiatric evaluation (video, 60 min)</td><td>$0.00 <small>included with membership</small></td></tr>
<tr><td>Promo code WELCOME25</td><td>&minus;$25.00</td></tr>
<tr><th>Due today</th><th>$174.00</th></tr>
</table>
<p class="small">Your membership covers clinician visits, messaging with your care team and integration coaching. <strong>Medication is not included and is not purchased here.</strong> If your Tideline clinician prescribes ketamine after your evaluation, our partner pharmacy (Bayview Specialty Pharmacy, license #PHY-55120) will contact you for payment and shipping. If you're not prescribed, you can cancel within 14 days for a full refund.</p>
</div>
<form>
<label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<label><input type="checkbox"> Pay with HSA/FSA card</label>
<label><input type="checkbox"> I understand I must complete a live video evaluation and that treatment is at my clinician's discretion.</label>
<button>Pay $174.00 and schedule my evaluation</button>
</form>
</main>
<footer><a href="/terms">Membership terms</a> &middot; <a href="/cancel">Cancellation policy</a> &middot; Tideline Care Medical, PLLC</footer>
""")

p("h15218", "https://stillpoint-virtual.example/faq/why-video-visit", "telehealth", False, "en",
  "telehealth-faq-short", "Why do I need a video visit? | Stillpoint Virtual Psychiatry", """
<h1>Why can't I just order lozenges without a video visit?</h1>
<p>Because ketamine is a controlled medication, and because it isn't safe for everyone. Your Stillpoint clinician needs to see and speak with you, check your blood pressure history, review your medications and understand your mental health before writing a prescription. Federal telemedicine rules also require a real clinician&ndash;patient relationship.</p>
<p>If a site says you can skip this step, or promises &ldquo;instant approval&rdquo;, treat that as a red flag. <a href="/book">Book your evaluation</a> &middot; <a href="/faq">Back to FAQ</a></p>
""")

p("h15219", "https://meadowlark-telehealth.example/our-prescribers", "telehealth", False, "en",
  "telehealth-roster-txt", "Our prescribers - Meadowlark Telehealth", """
Our prescribers

Every Meadowlark patient is evaluated by one of the clinicians below over live video before any prescription is written. Prescriptions are sent to our licensed partner pharmacies; we do not dispense.

Ruth Abernathy, MD - Psychiatry, board certified (ABPN). Licensed in CO, NM, UT, AZ. Medical Director.
Tomás Iriarte, PMHNP-BC - Psychiatric Mental Health Nurse Practitioner. Licensed in CA, OR, WA. Spanish-speaking.
Grace Nwosu, DO - Psychiatry, board certified. Licensed in TX, OK, LA.
Henrik Lund, PMHNP-BC - Licensed in MN, WI, IL, MI.

Appointments: Monday-Saturday, 8am-8pm MT. New patient evaluations: $275. Membership after evaluation: $189/month.
""", ext="txt")

p("h15220", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-referral", "Esketamin bei therapieresistenter Depression | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/videosprechstunde">Videosprechstunde</a> <a href="/esketamin">Esketamin</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Videosprechstunde, Behandlung vor Ort</h1>
<p>Sie leiden seit Jahren unter einer Depression und mindestens zwei Antidepressiva haben nicht ausreichend geholfen? In unserer Videosprechstunde prüft eine Fachärztin für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray für Sie in Frage kommt.</p>
<h2>Ablauf</h2>
<ol>
<li>Terminbuchung online, Versichertenkarte oder Selbstzahler.</li>
<li>Videosprechstunde (ca. 50 Minuten) mit Dr. med. Katrin Vollmer oder Dr. med. Jonas Brandt: Anamnese, bisherige Medikation, Blutdruck, Ausschlusskriterien.</li>
<li>Bei Eignung: ausführlicher Arztbrief und Überweisung an eine unserer Partnerpraxen in Ihrer Nähe, wo das Nasenspray unter Aufsicht angewendet wird.</li>
<li>Begleitende Psychotherapie und Verlaufskontrollen weiter per Video.</li>
</ol>
<h2>Wichtig: kein Versand nach Hause</h2>
<p>Esketamin-Nasenspray wird ausschließlich in der Praxis unter ärztlicher Aufsicht angewendet; Sie bleiben danach mindestens zwei Stunden zur Beobachtung. Wir verschreiben kein Ketamin zur Einnahme zu Hause. Angebote im Internet, die &bdquo;Ketamin-Heimsets&ldquo; nach einem Fragebogen verschicken, sind keine ärztliche Behandlung.</p>
<h2>Kosten</h2>
<p>Videosprechstunde: für gesetzlich Versicherte über die Versichertenkarte; Selbstzahler nach GOÄ, ca. 120&ndash;160 &euro;.</p>
</main>
<footer>Psychiatrie Online Praxis &middot; Fachärztliche Privat- und Kassenpraxis &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h15221", "https://psychiaterthuis.example/behandelingen/esketamine-verwijzing", "telehealth", False, "nl",
  "virtual-psychiatry-nl-medium", "Esketamine: beoordeling via video | PsychiaterThuis", """
<nav><a href="/">PsychiaterThuis</a> | <a href="/behandelingen">Behandelingen</a> | <a href="/werkwijze">Werkwijze</a> | <a href="/team">Ons team</a> | <a href="/tarieven">Tarieven</a> | <a href="/aanmelden">Aanmelden</a></nav>
<h1>Esketamine bij moeilijk behandelbare depressie</h1>
<p>PsychiaterThuis is een online ggz-praktijk. Met een verwijzing van uw huisarts kunt u bij ons terecht voor een beoordeling door een BIG-geregistreerde psychiater via een beveiligde videoverbinding.</p>
<h2>Hoe werkt het?</h2>
<ul>
<li>Intakegesprek via video (60 minuten) met psychiater drs. Femke de Groot of dr. Willem Bos</li>
<li>Uitgebreide beoordeling van eerdere behandelingen, medicatie, bloeddruk en middelengebruik</li>
<li>Komt u in aanmerking, dan verwijzen wij u naar een partnerkliniek voor esketamine-neusspray onder toezicht, en houden wij de regie over uw behandelplan</li>
</ul>
<p>Wij versturen geen ketamine of esketamine naar huis en schrijven geen ketamine voor thuisgebruik voor. Ziet u online aanbieders van &lsquo;thuiskits&rsquo;? Lees <a href="/blog/thuiskits">ons artikel</a>.</p>
<p>Vergoeding: basisverzekering, eigen risico is van toepassing. <a href="/aanmelden">Aanmelden</a></p>
""", noise="cookie-nl")

p("h15222", "https://saludmente-virtual.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-es-us-hispanic", "Tratamiento con ketamina en casa | SaludMente Virtual", """
<header><a href="/es/">SaludMente Virtual</a> <nav><a href="/es/">Inicio</a> <a href="/es/ketamina-en-casa">Ketamina en casa</a> <a href="/es/clinicos">Nuestros clínicos</a> <a href="/es/precios">Precios</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Ketamina en casa, con evaluación psiquiátrica por video</h1>
<p>SaludMente Virtual es una práctica de telepsiquiatría en español con licencia en California, Texas, Florida, Illinois y Nueva York.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Llena el formulario inicial. No aprueba a nadie: solo nos ayuda a preparar tu cita.</li>
<li>Evaluación por videollamada de 60 minutos con una psiquiatra o enfermera practicante psiquiátrica con licencia en tu estado.</li>
<li>Si la ketamina es adecuada para ti, tu clínico envía la receta a nuestra farmacia asociada con licencia, que solo envía el medicamento después de verificar la receta. Entrega con firma.</li>
<li>Primera sesión supervisada por video, con un acompañante adulto en casa. Seguimiento después de cada etapa.</li>
</ol>
<h2>Precios</h2>
<p>Evaluación: $240 &middot; Programa de 6 sesiones: $990 &middot; El medicamento lo cobra la farmacia solo si hay receta. Aceptamos tarjetas HSA/FSA.</p>
<p><a class="btn" href="/es/agendar">Agenda tu evaluación</a></p>
</main>
""")

p("h15223", "https://harborlight-health.example/patients/your-home-session-kit", "telehealth", False, "en",
  "telehealth-kit-contents-partial", "Your home session kit | Harborlight Health", """
<div class="article-body">
<p>&hellip;once your prescription has been verified by Crestview Pharmacy, your kit ships in a tamper-evident box that requires an adult signature. Here's what's inside and what isn't.</p>
<h2>In the box</h2>
<ul>
<li>Your prescribed sublingual ketamine tablets, labelled with your name, your Harborlight prescriber and the dose on your prescription &ndash; usually a 4-session supply</li>
<li>An automatic upper-arm blood pressure cuff (yours to keep)</li>
<li>Your session card: sitter checklist, the on-call number and your clinician's written instructions</li>
</ul>
<h2>Not in the box</h2>
<p>Extra tablets &ldquo;just in case&rdquo;, refills, or anything your clinician didn't prescribe. Your next supply is only released after your follow-up video visit with your prescriber.</p>
<h2>Storage and returns</h2>
<p>Keep the tablets in the locked pouch provided. Unused tablets can be returned to Crestview in the prepaid envelope.</p>
<p class="small">Questions? Message your care team in the Harborlight app or call (888) 555-0190 (clinical line, 24/7).</p>
</div>
""")

# ---------------------------------------------------------------- clinics (8)

p("h15224", "https://cedar-grove-kap.example/services/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-long-chrome", "Ketamine-Assisted Psychotherapy in Asheville | Cedar Grove Center", """
<header>
<div class="topbar">&#128222; (828) 555-0133 &middot; 41 Haywood St, Suite 200, Asheville NC &middot; Mon&ndash;Sat 8&ndash;6</div>
<a class="logo" href="/">Cedar Grove Center for Ketamine &amp; Psychotherapy</a>
<nav><a href="/">Home</a> <a href="/services/ketamine-assisted-psychotherapy">KAP</a> <a href="/services/iv-infusions">IV Infusions</a> <a href="/services/spravato">Spravato</a> <a href="/team">Our Team</a> <a href="/pricing">Pricing</a> <a href="/gift-cards">Gift Cards</a> <a href="/patient-portal">Patient Portal</a> <a class="btn" href="/book">Book a consultation</a></nav>
</header>
<main>
<h1>Ketamine-Assisted Psychotherapy (KAP)</h1>
<p>KAP combines a medically supervised ketamine session with psychotherapy before and after. At Cedar Grove every patient begins in our office, with a physician and a licensed therapist in the room.</p>
<h2>Phase 1 &ndash; in-office induction</h2>
<p>After an in-person medical assessment with Dr. Allison Reyes (anesthesiology) and an intake with one of our therapists, you'll have six in-office sessions over three weeks. Ketamine is given by IM injection or sublingual tablet, with continuous monitoring of blood pressure, heart rate and oxygen. You'll rest in a private treatment suite for about two hours and must be driven home.</p>
<h2>Phase 2 &ndash; maintenance (for some patients)</h2>
<p>For patients who respond well and whose home situation is safe, our physician may prescribe a small number of sublingual tablets for supervised home sessions between office visits. This is only considered after the in-office phase, requires a trained support person at home, and includes a follow-up visit at our clinic every four to six weeks. Tablets are dispensed by a licensed local pharmacy against a prescription; we do not mail ketamine.</p>
<h2>Pricing</h2>
<table>
<tr><td>Medical consultation (in person)</td><td>$250</td></tr>
<tr><td>KAP induction package: 6 sessions + 6 integration hours</td><td>$3,900 (save $450)</td></tr>
<tr><td>Single KAP session</td><td>$725</td></tr>
<tr><td>Maintenance office visit</td><td>$295</td></tr>
</table>
<p>We accept HSA/FSA, offer financing through CareCredit, and provide superbills. A $200 deposit holds your first session. <a href="/pay-a-bill">Pay a bill online</a>.</p>
<h2>Is KAP right for me?</h2>
<p>KAP may help with depression, PTSD and anxiety that haven't responded to other treatment. It is not appropriate for people with uncontrolled hypertension, active psychosis or who are pregnant.</p>
<p><a class="btn" href="/book">Book a free 15-minute phone consultation</a></p>
</main>
<aside class="reviews"><p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;The team made me feel safe from the first visit.&rdquo; &ndash; Google review</p></aside>
<footer>
<p>Cedar Grove Center, PLLC &middot; Medical Director Allison Reyes, MD &middot; <a href="/privacy">HIPAA Notice</a> &middot; <a href="/no-surprises-act">Good Faith Estimate</a> &middot; <a href="/careers">Careers</a></p>
<p>If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h15225", "https://brightpath-infusion.example/blog/why-we-dont-mail-ketamine", "clinic", False, "en",
  "clinic-blog-medium", "Why we don't mail ketamine to your house | BrightPath Infusion Center", """
<nav><a href="/">BrightPath Infusion Center</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/book">Book now</a></nav>
<article>
<h1>Why we don't mail ketamine to your house</h1>
<p class="meta">By Marcus Bell, CRNA &middot; BrightPath Infusion Center, Scottsdale</p>
<p>Almost every week a patient asks us why they should drive in for an infusion when an app will send lozenges to their door. It's a fair question, and here is our honest answer.</p>
<p><b>We watch you the whole time.</b> During an IV infusion a nurse anesthetist monitors your blood pressure, heart rhythm and oxygen. Ketamine raises blood pressure in many people; in our chair we can pause the infusion. At home, nobody can.</p>
<p><b>We control the dose.</b> An infusion pump delivers a precise weight-based dose over 40 minutes. A lozenge absorbs differently from one person to the next.</p>
<p><b>Nothing leaves the building.</b> No supply sits in a kitchen drawer where a teenager or a hard week could find it.</p>
<p>Some reputable telehealth practices do prescribe home ketamine after a thorough video evaluation, and that can be the right choice for some people. But please avoid anyone who ships after a questionnaire, takes gift cards, or says you don't need a prescription.</p>
<p>Our initial series is six infusions ($450 each, or $2,400 prepaid). <a href="/book">Book a consultation</a>.</p>
</article>
""")

p("h15226", "https://riverside-spravato-center.example/patients/treatment-day", "clinic", False, "en",
  "rems-centre-treatment-day", "Your Spravato treatment day | Riverside Behavioral Health", """
<header><a href="/">Riverside Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato&reg;</a> <a href="/patients">Patients</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a class="btn" href="/request-appointment">Request appointment</a></nav></header>
<main>
<h1>What to expect on your Spravato&reg; (esketamine) treatment day</h1>
<p>Riverside is a certified treatment center under the SPRAVATO&reg; REMS program. Esketamine nasal spray is only given in our office, under the direct observation of our clinical staff.</p>
<h2>Before you come</h2>
<ul><li>Don't eat for 2 hours or drink for 30 minutes beforehand.</li><li>Arrange a ride home. You cannot drive until the next day after a restful sleep.</li><li>Bring your medication list.</li></ul>
<h2>In the office</h2>
<p>We check your blood pressure, you self-administer the nasal devices while a nurse watches, and then you rest in a reclining chair for at least two hours with blood pressure checks at 40 minutes and before discharge.</p>
<h2>Can I take a device home?</h2>
<p>No. Devices are stored and dispensed in our office and are never sent home with patients or mailed. If you ever see esketamine or ketamine &ldquo;home kits&rdquo; for sale online, please speak with your care team.</p>
<h2>Cost</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization; our benefits team handles this. Observation visits are billed separately. Copay assistance may be available.</p>
<p><a class="btn" href="/request-appointment">Request an appointment</a> &middot; Call (614) 555-0182</p>
</main>
""")

p("h15227", "https://lumina-ketamine-clinic.example/pricing", "clinic", False, "en",
  "clinic-pricing-packages-short", "Pricing & Packages | Lumina Ketamine Clinic", """
<h1>Pricing &amp; Packages</h1>
<ul>
<li>IV ketamine infusion (single) &ndash; $475</li>
<li>Launch package: 6 infusions over 3 weeks &ndash; $2,550 &middot; <a href="/buy?pkg=launch">Buy package</a></li>
<li>Booster infusion &ndash; $425</li>
<li>Home continuation (after completing Launch, if your physician approves): monthly in-clinic check-up + prescription sublingual tablets collected in person at our front desk after your check-in &ndash; $260/month</li>
<li>Gift cards from $50 &ndash; <a href="/gift-cards">Buy a gift card</a></li>
</ul>
<p>All new patients see Dr. Samuel Ortiz in person first. HSA/FSA accepted; 0% financing available. <a href="/book">Book now</a></p>
""")

p("h15228", "https://lakeshore-ketamine.example/mail/before-your-first-infusion", "clinic", False, "en",
  "clinic-intake-email-txt", "Before your first infusion - Lakeshore Ketamine & Wellness", """
Subject: Before your first infusion on Thursday at 10:30

Hi Jordan,

We're looking forward to seeing you at Lakeshore Ketamine & Wellness (2200 N Lakeview Ave, Suite 3, Chicago). A few reminders:

- Please finish the intake forms in your patient portal and bring a photo ID and your insurance card.
- No food for 6 hours before your infusion; clear liquids are fine until 2 hours before.
- Dr. Feldman will check your blood pressure and review your medications before we start.
- A responsible adult must drive you home. We cannot release you to a rideshare alone.
- Your $150 deposit has been applied. The remaining balance ($325) is due at check-in.

We don't provide ketamine for use at home. If you'd like to discuss maintenance options, ask Dr. Feldman after your third infusion.

Warmly,
The Lakeshore front desk
(312) 555-0164
""", ext="txt")

p("h15229", "https://chu-valmont.example/services/psychiatrie/hopital-de-jour-esketamine", "clinic", False, "fr",
  "hospital-day-unit-fr", "Hôpital de jour – Esketamine et kétamine | CHU de Valmont", """
<header><a href="/">CHU de Valmont</a> <nav><a href="/services">Services</a> <a href="/services/psychiatrie">Psychiatrie</a> <a href="/patients">Patients et visiteurs</a> <a href="/prendre-rendez-vous">Prendre rendez-vous</a></nav></header>
<p class="fil"><a href="/">Accueil</a> &gt; <a href="/services">Services</a> &gt; <a href="/services/psychiatrie">Psychiatrie</a> &gt; Hôpital de jour</p>
<main>
<h1>Hôpital de jour de psychiatrie : traitements par esketamine et kétamine</h1>
<p>L'hôpital de jour du pôle de psychiatrie adulte accueille des patients souffrant de dépression résistante, adressés par leur psychiatre ou leur médecin traitant.</p>
<h2>Les traitements proposés</h2>
<ul>
<li><b>Esketamine en spray nasal</b>, administrée sur place sous la surveillance d'une infirmière, suivie d'une surveillance d'au moins deux heures.</li>
<li><b>Kétamine en perfusion intraveineuse</b>, dans le cadre de protocoles encadrés par l'équipe d'anesthésie et de psychiatrie.</li>
</ul>
<p>Aucun traitement n'est remis au patient pour une prise à domicile. Après chaque séance, le retour à domicile se fait accompagné ; la conduite est interdite jusqu'au lendemain.</p>
<h2>Comment être adressé ?</h2>
<p>Votre psychiatre adresse un courrier à l'équipe. Une consultation d'évaluation est programmée sous 4 à 8 semaines. Les soins sont pris en charge par l'Assurance maladie.</p>
<p>Secrétariat : 03 55 50 21 40, du lundi au vendredi, 9 h &ndash; 16 h.</p>
</main>
<footer>CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h15230", "https://clinica-equilibrio-mente.example/tratamentos/escetamina-e-cetamina", "clinic", False, "pt",
  "clinic-pt-whatsapp-packages", "Escetamina e cetamina | Clínica Equilíbrio Mente – São Paulo", """
<header><a href="/">Clínica Equilíbrio Mente</a> <nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe</a> <a href="/valores">Valores</a> <a href="/contato">Contato</a></nav> <a class="whats" href="https://wa.me/5511955501388">Agende pelo WhatsApp</a></header>
<main>
<h1>Tratamento com escetamina e cetamina em consultório</h1>
<p>Na Clínica Equilíbrio Mente, as sessões de escetamina (spray nasal) e de cetamina intramuscular são realizadas exclusivamente no consultório, com psiquiatra e equipe de enfermagem presentes e monitorização de pressão arterial e oximetria.</p>
<h2>Como funciona</h2>
<ol>
<li>Consulta psiquiátrica presencial com a Dra. Helena Macedo (CRM-SP 155.021)</li>
<li>Exames e avaliação cardiológica quando indicado</li>
<li>Sessões semanais ou duas vezes por semana, com cerca de 2 horas de observação</li>
</ol>
<p>O paciente nunca leva medicação para casa. Após a sessão, é obrigatório sair acompanhado.</p>
<h2>Valores</h2>
<p>Consulta inicial: R$ 850 &middot; Sessão avulsa: R$ 1.300 &middot; Pacote de 8 sessões: R$ 9.600 (parcelamos em até 10&times; no cartão). Emitimos recibo para reembolso do convênio.</p>
<p><a href="https://wa.me/5511955501388">Agendar consulta pelo WhatsApp</a> &middot; Av. Paulista, 1500 &ndash; cj. 82</p>
</main>
<footer>Responsável técnica: Dra. Helena Macedo &ndash; CRM-SP 155.021</footer>
""", noise="cookie-pt")

p("h15231", "https://centro-aurora-salute.example/ambulatorio-esketamina", "clinic", False, "it",
  "clinic-it-medium", "Ambulatorio esketamina | Centro Aurora Salute Mentale – Bologna", """
<nav><a href="/">Centro Aurora</a> · <a href="/servizi">Servizi</a> · <a href="/ambulatorio-esketamina">Esketamina</a> · <a href="/medici">Medici</a> · <a href="/tariffe">Tariffe</a> · <a href="/prenota">Prenota</a></nav>
<main>
<h1>Ambulatorio per la depressione resistente: esketamina spray nasale</h1>
<p>Il nostro ambulatorio, diretto dal dott. Paolo Zanetti, psichiatra, offre il trattamento con esketamina spray nasale per adulti con depressione resistente, in associazione a un antidepressivo orale.</p>
<p>Ogni somministrazione avviene in struttura, sotto osservazione medica e infermieristica, con controllo della pressione arteriosa e un periodo di osservazione di almeno due ore. Il farmaco non viene mai consegnato al paziente per l'uso a domicilio.</p>
<p>Prima visita psichiatrica: 180 &euro;. Seduta di osservazione: 120 &euro; (il costo del farmaco dipende dalla prescrizione e dall'eventuale rimborsabilità). È necessario essere accompagnati al rientro a casa.</p>
<p><a class="btn" href="/prenota">Prenota una prima visita</a> &middot; Tel. 051 555 0192</p>
</main>
""")

# ---------------------------------------------------------------- informational (9)

p("h15232", "https://keystone-mutual-health.example/policies/clinical/at-home-ketamine", "informational", False, "en",
  "insurer-policy-medium", "Clinical Policy: Ketamine and Esketamine, Including At-Home Use | Keystone Mutual Health", """
<header><a href="/">Keystone Mutual Health</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/policies">Clinical policies</a> <a href="/find-care">Find care</a></nav></header>
<main>
<h1>Clinical Policy MH-114: Ketamine and Esketamine for Depression</h1>
<p class="meta">Effective date: 01/01/2027 &middot; Applies to: Commercial, Exchange plans</p>
<h2>Coverage summary</h2>
<ul>
<li><b>Esketamine nasal spray (Spravato&reg;)</b> is considered medically necessary for treatment-resistant depression when administered in a REMS-certified healthcare setting and the criteria in section 3 are met. Prior authorization required. Esketamine dispensed for home use is not covered.</li>
<li><b>Intravenous ketamine</b> for depression is considered investigational. The infusion facility fee and drug are not covered; an associated office visit with a psychiatrist may be covered.</li>
<li><b>Compounded ketamine</b> (sublingual tablets, troches, lozenges, nasal sprays) for at-home use is not covered under the pharmacy or medical benefit.</li>
<li><b>Telehealth psychiatric evaluations</b> performed by an in-network licensed clinician are covered under the member's behavioral health benefit, even when the resulting treatment is not covered.</li>
</ul>
<h2>Member note</h2>
<p>Members have asked about &ldquo;ketamine home kits&rdquo; advertised online. Keystone does not reimburse products purchased from websites that do not require a prescription, and members should be aware these products may be unsafe. HSA/FSA eligibility is determined by IRS rules, not by this policy.</p>
<h2>References</h2>
<p>FDA prescribing information for Spravato; APA practice guideline; FDA safety communication on compounded ketamine (2023).</p>
</main>
<footer>Keystone Mutual Health Plan, Inc. &middot; Policies are not medical advice.</footer>
""")

p("h15233", "https://the-harbor-ledger.example/health/2026/11/i-ordered-a-ketamine-home-kit", "informational", False, "en",
  "news-investigation-long", "I ordered a ketamine 'home kit' online. Nobody asked who I was. | The Harbor Ledger", """
<header><a href="/">The Harbor Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe &ndash; $1 for 6 months</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>I ordered a ketamine &lsquo;home kit&rsquo; online. Nobody asked who I was.</h1>
<p class="byline">By Naomi Castellanos, Health Reporter &middot; November 18, 2026 &middot; 12 min read</p>
<p>The website looked like a meditation app: soft greens, a hand holding a teacup, the words &ldquo;You deserve to heal.&rdquo; Halfway down the page was a button reading &ldquo;Add to bag&rdquo; next to a box of ketamine lozenges for $449.</p>
<p>Over six weeks, the Ledger tried to buy ketamine for home use from 11 websites and social-media accounts that advertise &ldquo;home journeys,&rdquo; &ldquo;concierge&rdquo; delivery or membership &ldquo;clubs.&rdquo; Seven agreed to sell to a reporter after nothing more than a questionnaire or a text exchange. None asked for a prescription. Three asked for payment in Bitcoin or gift cards; one offered a 12% discount for crypto.</p>
<p>&ldquo;We believe healing shouldn't require permission,&rdquo; read the FAQ on one site, which said its 8-lozenge box shipped from a &ldquo;fulfilment partner&rdquo; in plain packaging. An account on Telegram offered what it called a &ldquo;starter pack&rdquo; &ndash; a 10-milliliter vial and syringes &ndash; for $210, with a &ldquo;reship guarantee&rdquo; if customs seized it.</p>
<p>Two parcels arrived. A lab at the state university, working with the Ledger, found that one contained ketamine at roughly the labelled strength. The other contained about a third of the stated dose and traces of an unidentified compound.</p>
<h2>&lsquo;Not medicine&rsquo;</h2>
<p>&ldquo;When someone mails you a controlled drug after four minutes on a form, that isn't telehealth, it's a delivery service,&rdquo; said Dr. Leah Morrow, a psychiatrist who studies ketamine at the university's medical school. Legitimate telehealth providers, she said, evaluate patients over live video, check blood pressure and medical history, and send prescriptions to a licensed pharmacy.</p>
<p>Several of those services told the Ledger they turn away a substantial share of applicants. &ldquo;About a third of the people we evaluate don't get a prescription,&rdquo; said the medical director of one national practice, which charges $250 for an evaluation.</p>
<p>The websites that sold to the Ledger did not respond to requests for comment. One, which advertised as a lifestyle &ldquo;concierge,&rdquo; deleted its Instagram account two days after being contacted.</p>
<h2>What to look for</h2>
<ul>
<li>A named, licensed prescriber you meet on live video</li>
<li>A prescription sent to a pharmacy you can look up</li>
<li>No crypto, gift cards or payment apps for the medication itself</li>
</ul>
<p class="note">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="#">FDA warns on compounded ketamine</a></li><li><a href="#">The telehealth boom, three years on</a></li><li><a href="#">Inside a Spravato clinic</a></li></ul></aside>
<footer>&copy; 2026 The Harbor Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h15234", "https://fdra-safety.example/drugs/safety-alerts/compounded-ketamine-home-use", "informational", False, "en",
  "regulator-warning-medium", "Safety alert: risks of compounded ketamine products for at-home use", """
<header><a href="/">Federal Drug Regulatory Agency (example)</a> <nav><a href="/drugs">Drugs</a> <a href="/drugs/safety-alerts">Safety alerts</a> <a href="/report">Report a problem</a></nav></header>
<main>
<h1>Safety alert: risks of compounded ketamine products for at-home use</h1>
<p class="date">Issued: 2026-10-02</p>
<h2>Summary</h2>
<p>The agency is alerting patients and health care professionals to risks associated with compounded ketamine products, including oral lozenges, troches, sublingual tablets and nasal sprays, obtained for use at home for psychiatric conditions. Ketamine is not approved for the treatment of any psychiatric disorder. Esketamine nasal spray is approved for treatment-resistant depression and may only be administered in a certified health care setting under a risk evaluation and mitigation strategy.</p>
<h2>What we are seeing</h2>
<ul>
<li>Adverse event reports describing sedation, dissociation, raised blood pressure, breathing problems and urinary tract symptoms in people using ketamine at home without monitoring</li>
<li>Websites and social-media accounts offering ketamine &ldquo;kits&rdquo; without a prescription or after an online questionnaire only</li>
<li>Products with no pharmacy label, incorrect strengths or unknown contents</li>
</ul>
<h2>Advice for patients</h2>
<p>Only use ketamine prescribed by a licensed clinician who has evaluated you, dispensed by a licensed pharmacy. Do not buy ketamine from websites that do not require a valid prescription. Report side effects to the agency's reporting program.</p>
<h2>Advice for health care professionals</h2>
<p>Assess and monitor patients before and after administration; consider the abuse and misuse potential of ketamine; counsel patients on safe storage.</p>
</main>
""")

p("h15235", "https://depression-alliance-network.example/resources/at-home-ketamine-questions", "informational", False, "en",
  "patient-group-checklist", "10 questions to ask before starting at-home ketamine | Depression Alliance Network", """
<nav><a href="/">Depression Alliance Network</a> <a href="/resources">Resources</a> <a href="/support-groups">Support groups</a> <a href="/stories">Member stories</a> <a href="/donate">Donate</a></nav>
<article>
<h1>10 questions to ask before starting at-home ketamine</h1>
<p>Our members tell us they're seeing more and more ads for ketamine you can take at home. Some come from careful telehealth practices; others are simply selling a drug by mail. We're a patient-led charity and we don't recommend any provider, but these questions can help you tell the difference.</p>
<ol>
<li>Will I meet a licensed prescriber on live video (not just fill in a form)?</li>
<li>Can I look up that prescriber's license?</li>
<li>Will they ask about my blood pressure, medications, and history of psychosis or substance use?</li>
<li>Is the prescription sent to a licensed pharmacy with my name on the label?</li>
<li>Do they turn people away? (A service that approves everyone is a warning sign.)</li>
<li>Is the first dose monitored?</li>
<li>Do I need a sitter, and what happens in an emergency?</li>
<li>Are refills automatic, or does a clinician review my progress first?</li>
<li>How do I pay? (Crypto or gift cards for medication: walk away.)</li>
<li>Who do I call at 2 a.m. if something goes wrong?</li>
</ol>
<p>Prefer in-person care? Many clinics offer infusions or esketamine under supervision. Our <a href="/resources/treatment-finder">treatment finder</a> lists questions to ask them too.</p>
</article>
<footer>Depression Alliance Network is a registered charity. We do not provide medical advice.</footer>
""")

p("h15236", "https://healingminds-forum.example/t/home-kits-anyone-used-these-services/48213", "informational", False, "en",
  "forum-thread-nav-heavy", "Home kits - anyone used these services? - Treatment Talk - HealingMinds Forum", """
<header><a href="/">HealingMinds Forum</a> <nav><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/categories">Categories</a> <a href="/c/treatment-talk">Treatment Talk</a> <a href="/c/ketamine">Ketamine &amp; Esketamine</a> <a href="/c/meds">Medications</a> <a href="/c/therapy">Therapy</a> <a href="/c/crisis">Crisis resources</a> <a href="/c/off-topic">Off-topic</a> <a href="/faq">Guidelines</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav></header>
<aside class="sidebar"><ul><li><a href="/c/ketamine">Ketamine &amp; Esketamine (2.1k)</a></li><li><a href="/c/ketamine/infusions">Infusions</a></li><li><a href="/c/ketamine/spravato">Spravato</a></li><li><a href="/c/ketamine/at-home">At-home</a></li><li><a href="/c/ketamine/integration">Integration</a></li><li><a href="/tags/troches">#troches</a></li><li><a href="/tags/insurance">#insurance</a></li><li><a href="/tags/blood-pressure">#blood-pressure</a></li></ul></aside>
<main>
<h1>Home kits &ndash; anyone used these services?</h1>
<div class="post"><p class="user">greyskies_88 &middot; 3d</p><p>Waitlist for my local clinic is 4 months. I keep seeing ads for home kits. One wanted a 5-min quiz and $449, another did a proper video appointment with a psych NP. Are any of them legit?</p></div>
<div class="post"><p class="user">m_o_t_h &middot; 3d</p><p>I'm with a telehealth practice. Hour-long video eval, they asked for my BP readings and called my therapist. Pharmacy shipped with my name on the label. First dose was on video with the NP. Slower but I felt safe.</p></div>
<div class="post"><p class="user">Ravenwood &middot; 2d</p><p>Be careful with the quiz ones. Someone in my Facebook group used one that only took crypto and the &ldquo;lozenges&rdquo; came in a ziplock. And there's a guy posting a Telegram handle in every thread here &ndash; mods keep deleting it.</p></div>
<div class="post mod"><p class="user">Moderator_Jess &middot; 2d</p><p>Reminder: posts advertising sellers or sharing contacts for buying medication are removed and accounts banned. Discussing your experience with a named licensed provider is fine.</p></div>
<div class="post"><p class="user">greyskies_88 &middot; 1d</p><p>Thanks all, booked a video eval. Will report back.</p></div>
</main>
<footer><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/tos">Terms</a> &middot; Crisis? Call or text 988</footer>
""")

p("h15237", "https://verbraucherschutz-gesundheit.example/warnungen/ketamin-heimsets-aus-dem-internet", "informational", False, "de",
  "consumer-protection-warning-de", "Warnung: Ketamin-Heimsets aus dem Internet | Verbraucherschutz Gesundheit", """
<header><a href="/">Verbraucherschutz Gesundheit</a> <nav><a href="/themen">Themen</a> <a href="/warnungen">Warnungen</a> <a href="/beratung">Beratung</a> <a href="/presse">Presse</a></nav></header>
<main>
<h1>Ketamin-Heimsets aus dem Internet: Finger weg</h1>
<p class="datum">Stand: 28.11.2026</p>
<p>Immer häufiger erreichen uns Anfragen zu Webseiten, die &bdquo;Ketamin-Heimtherapie-Sets&ldquo; gegen Depressionen anbieten. Nach einem kurzen Online-Fragebogen sollen Lutschtabletten oder Nasensprays innerhalb von 48 Stunden geliefert werden, teils für 189 bis 289 Euro, bezahlt per Paysafecard oder Bitcoin.</p>
<h2>Was Sie wissen sollten</h2>
<ul>
<li>Ketamin unterliegt in Deutschland der Verschreibungspflicht. Eine &bdquo;automatische&ldquo; Freigabe ohne ärztliches Gespräch ist keine ordnungsgemäße Behandlung.</li>
<li>Esketamin-Nasenspray ist zur Behandlung therapieresistenter Depressionen zugelassen, wird aber nur in der Praxis unter Aufsicht angewendet.</li>
<li>Viele Anbieter sitzen im Ausland und haben kein Impressum mit deutscher Anschrift. Im Streitfall ist Ihr Geld meist verloren.</li>
<li>Wer verschreibungspflichtige Arzneimittel ohne Rezept bestellt, riskiert, dass die Sendung vom Zoll beschlagnahmt wird.</li>
</ul>
<h2>Was Sie tun können</h2>
<p>Sprechen Sie mit Ihrer Hausärztin oder einer psychiatrischen Praxis; seriöse Videosprechstunden sind möglich. Prüfen Sie Online-Apotheken über das EU-Sicherheitslogo. Verdächtige Angebote können Sie uns über das <a href="/melden">Meldeformular</a> mitteilen.</p>
</main>
<footer>Verbraucherschutz Gesundheit e.V. &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h15238", "https://drugsinfo-nl.example/nieuws/2026/thuiskits-ketamine-online", "informational", False, "nl",
  "harm-reduction-news-nl", "Thuiskits met ketamine online: wat zit erin? | DrugsInfo NL", """
<nav><a href="/">DrugsInfo NL</a> | <a href="/middelen">Middelen A-Z</a> | <a href="/testen">Drugs testen</a> | <a href="/nieuws">Nieuws</a> | <a href="/hulp">Hulp en advies</a></nav>
<article>
<h1>Thuiskits met ketamine online: wat zit erin?</h1>
<p class="datum">12 november 2026</p>
<p>Op sociale media en tweedehandssites duiken steeds vaker &lsquo;thuiskits&rsquo; op: neusspray of zuigtabletten met ketamine, aangeprezen als hulp bij depressie of burn-out. Prijzen die wij tegenkwamen liepen van &euro; 85 voor een flesje tot &euro; 145 voor een &lsquo;starterset&rsquo;, te betalen via Tikkie of crypto.</p>
<p>Bij de testservice zijn de afgelopen maanden 19 van zulke producten ingeleverd. In 13 zat ketamine, maar de hoeveelheid per pufje varieerde sterk. In 4 monsters zat geen ketamine; in 2 zat een ander dissociatief middel.</p>
<h2>Tips als je toch gebruikt</h2>
<ul>
<li>Laat je middel anoniem testen bij een testlocatie.</li>
<li>Gebruik niet alleen en nooit in bad of in de buurt van water.</li>
<li>Combineer niet met alcohol, GHB of slaapmiddelen.</li>
<li>Heb je last bij het plassen? Stop en ga naar de huisarts.</li>
</ul>
<p>Depressieve klachten? Esketamine wordt in Nederland alleen onder toezicht in een kliniek gegeven. Bespreek behandelopties met je huisarts.</p>
</article>
""")

p("h15239", "https://agencia-medicamentos-info.example/notas/2026/venta-ilegal-ketamina-internet", "informational", False, "es",
  "regulator-note-es", "Nota informativa: venta ilegal de ketamina para uso domiciliario a través de internet", """
<header><a href="/">Agencia de Medicamentos (ejemplo)</a> <nav><a href="/ciudadanos">Ciudadanos</a> <a href="/profesionales">Profesionales</a> <a href="/notas">Notas informativas</a></nav></header>
<main>
<h1>Venta ilegal de ketamina para uso domiciliario a través de internet</h1>
<p class="ref">Referencia: MUH (ILE), 19/2026 &middot; Fecha: 4 de noviembre de 2026</p>
<p>La Agencia ha detectado páginas web, perfiles en redes sociales y canales de mensajería que ofrecen «kits» de ketamina para uso en casa (pastillas sublinguales, sprays nasales y viales), a menudo presentados como programas de bienestar o acompañamiento emocional, con envío a domicilio y sin exigir receta médica.</p>
<p>La ketamina es un medicamento sujeto a prescripción médica y a control especial. Su venta a distancia al público está prohibida. La esketamina en pulverizador nasal solo se administra en centros sanitarios bajo supervisión.</p>
<h2>Recomendaciones a la ciudadanía</h2>
<ul>
<li>No adquiera medicamentos a través de páginas web no autorizadas, WhatsApp o Telegram.</li>
<li>Los productos adquiridos por estas vías pueden no contener lo que indican o contener sustancias peligrosas.</li>
<li>Si ha utilizado alguno de estos productos y ha sufrido efectos adversos, consulte a su médico y notifíquelo.</li>
</ul>
<p>La Agencia ha solicitado la retirada de los contenidos y ha dado traslado a las autoridades competentes.</p>
</main>
""", noise="cookie-es")

p("h15240", "https://association-depression-espoir.example/actualites/kits-ketamine-a-domicile", "informational", False, "fr",
  "patient-association-fr-short", "Kits de kétamine à domicile : notre mise en garde | Association Dépression Espoir", """
<nav><a href="/">Dépression Espoir</a> · <a href="/actualites">Actualités</a> · <a href="/groupes-de-parole">Groupes de parole</a> · <a href="/adherer">Adhérer</a></nav>
<article>
<h1>Kits de kétamine à domicile : notre mise en garde</h1>
<p>Plusieurs adhérents nous ont signalé des messages de « coachs » proposant, par WhatsApp ou Instagram, des sprays nasaux de kétamine livrés à domicile pour 250 à 300 €, sans ordonnance.</p>
<p>Nous comprenons la détresse et l'attente face aux délais de prise en charge. Mais ces produits ne sont encadrés par aucun médecin. En France, l'esketamine est administrée uniquement à l'hôpital ou en établissement de santé, sous surveillance.</p>
<p>Parlez-en à votre psychiatre ou à votre médecin traitant, et n'hésitez pas à rejoindre un de nos groupes de parole. En cas d'urgence : 3114.</p>
</article>
""")

save(OUT, R)
