# Batch 65 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: sellers that look harmless or legitimate. 14 sellers a hurried reader would take for
# something else, set against their honest look-alikes.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes, sellers: "wellness clinic" shipping troches after a form read by coaches (price list, cart),
# questionnaire-only telehealth with instant approval and no price, Spanish "farmacia online" selling
# Ketalar vials without receta for bitcoin, research-chemical lab (ketamine reference material and
# analogues "not for human consumption"), German veterinary supply selling Ketamin 10% to hobby
# keepers, lifestyle blog post with a sponsored link and discount code to a no-doctor shop, "honest
# rankings" comparison site sending readers to no-prescription shops, French marketplace listing,
# classifieds ad (plain text), Portuguese social bio (plain text), Dutch auto-approval "thuiszorg"
# telehealth, Italian wellness centre taking WhatsApp and USDT orders, plain-text snippet of a
# no-price Spravato offer, "Canadian pharmacy" with automatic in-house approval and request-a-quote.
# Shapes, protected look-alikes: telehealth get-started page (questionnaire then video visit with a
# named clinician), membership checkout, clinician roster, shipping FAQ (plain text), German online
# psychiatry referring to a partner site for esketamine, Spanish how-it-works, French teleconsultation,
# Portuguese membership plans, referral discount code; clinic price list with packages, gift-card shop,
# honest wellness/IV-drip clinic with in-clinic infusions, Spanish clinic with WhatsApp booking,
# Italian Spravato centre, Dutch KAP practice prices, deposit checkout (plain text), Spravato FAQ with
# costs; news investigation quoting vendor ads, scam-warning guide, compounding pharmacy (Rx only),
# German licensed wholesaler to registered facilities, forum thread "is this site legit", French news
# on online sales, regulator warning on fake pharmacies, Portuguese compounding pharmacy (Rx only),
# clinic comparison directory.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch65.py (writes batch65/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch65")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers that look harmless

p("h6501", "https://serenityrenewal.example/wellness/home-program", "seller", True, "en",
  "fake-wellness-clinic-troche-shop", "The Home Reset Program | Serenity Renewal Wellness", """
<header class="site"><a href="/" class="logo">Serenity Renewal <small>wellness &middot; balance &middot; renewal</small></a>
<nav><a href="/about">Our Story</a> <a href="/wellness">Programs</a> <a href="/journal">Journal</a> <a href="/testimonials">Kind Words</a> <a href="/cart">Bag (0)</a></nav></header>
<main>
<section class="hero"><h1>The Home Reset Program</h1>
<p>Gentle, plant-forward rituals and guided ketamine sessions you can enjoy from your own sofa. No waiting rooms, no referrals, no appointments to squeeze into your week.</p>
<a class="btn" href="#choose">Choose your reset</a></section>
<section><h2>How it works</h2>
<ol><li>Fill in our short wellbeing form (about 4 minutes).</li>
<li>A member of our wellness coaching team reviews it the same day. Our coaches are certified breathwork and mindfulness guides, so there is no need to see a doctor.</li>
<li>Your Reset Box ships within 48 hours in an unbranded mailer: ketamine troches, a sleep mask, a journal and our calming playlist.</li></ol></section>
<section id="choose"><h2>Choose your reset</h2>
<div class="product"><h3>Starter Reset</h3><p>6 x 150 mg ketamine troches + ritual kit</p><p class="price">$229</p><button>Add to bag</button></div>
<div class="product"><h3>Deep Reset</h3><p>12 x 200 mg ketamine troches + ritual kit + 2 coaching calls</p><p class="price">$389</p><button>Add to bag</button></div>
<div class="product"><h3>Monthly Renewal</h3><p>8 troches delivered every 4 weeks, skip or cancel anytime</p><p class="price">$199 / month</p><button>Subscribe</button></div>
</section>
<section><h2>Kind words</h2><blockquote>"I loved that I didn't have to explain myself to a psychiatrist. The box just arrived." &ndash; Talia, Austin</blockquote></section>
<p class="fine">Serenity Renewal offers wellness products and coaching. Our coaches do not diagnose or treat disease.</p>
</main>
<footer><a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/contact">Contact</a> &middot; &copy; 2026 Serenity Renewal LLC</footer>
""", noise="cookie")

p("h6502", "https://calmpath.example/start", "seller", True, "en",
  "questionnaire-only-instant-approval", "Start feeling lighter | CalmPath", """
<nav><a href="/">CalmPath</a> <a href="/how">How it works</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a></nav>
<main>
<h1>At-home ketamine, without the hoops.</h1>
<p>Answer 12 quick questions about your mood and sleep. Our system reviews your answers instantly and, if you qualify, your approval appears on screen in under two minutes. No video call. No waiting room. No awkward conversations.</p>
<a class="cta" href="/start/q1">Take the questionnaire</a>
<h2>Why people choose CalmPath</h2>
<ul><li>Approval in minutes, not weeks</li><li>Your first kit ships the same day</li><li>Automatic refills every month so you never run out</li><li>Plain packaging, nothing on the label says what's inside</li></ul>
<h2>FAQ</h2>
<p><b>Do I need to talk to a doctor?</b> No. Our questionnaire was designed with medical input, so an appointment isn't needed.</p>
<p><b>What if I already take antidepressants?</b> Most people still qualify. Just tick the box and continue.</p>
<p><b>Can I order for someone else?</b> Yes, use the gift option at checkout.</p>
</main>
<footer>CalmPath &copy; 2026. Results may vary.</footer>
""")

p("h6503", "https://farmaciasalud24.example/producto/ketalar-50mg-ml", "seller", True, "es",
  "online-pharmacy-no-rx-crypto", "Ketalar 50 mg/ml vial 10 ml - Farmacia Salud 24", """
<header><div class="top">Envío gratis en pedidos superiores a 120 € &middot; Atención 24 h</div>
<a href="/">Farmacia Salud 24</a> <nav><a href="/categoria/analgesicos">Analgésicos</a> <a href="/categoria/ansiedad">Ansiedad y sueño</a> <a href="/categoria/hombre">Salud masculina</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<p class="migas">Inicio / Anestésicos / Ketalar 50 mg/ml</p>
<h1>Ketalar (ketamina) 50 mg/ml &ndash; vial de 10 ml</h1>
<div class="sello">Farmacia online de confianza &middot; 4,8/5 en 2.100 opiniones</div>
<table class="precios"><tr><th>Cantidad</th><th>Precio</th></tr>
<tr><td>1 vial</td><td>69 €</td></tr><tr><td>3 viales</td><td>179 €</td></tr><tr><td>5 viales</td><td>269 €</td></tr></table>
<button>Añadir al carrito</button>
<h2>¿Necesito receta?</h2>
<p>No. Puede comprar sin receta médica; nuestro farmacéutico revisa su pedido antes del envío.</p>
<h2>Pago y envío</h2>
<p>Aceptamos transferencia, Bitcoin y USDT (10 % de descuento pagando en cripto). Envío discreto en 3-5 días a toda la UE; si el paquete se retiene en aduanas, lo reenviamos sin coste.</p>
</main>
<footer>Farmacia Salud 24 &copy; 2026 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h6504", "https://nordchem-labs.example/catalog/arylcyclohexylamines", "seller", True, "en",
  "research-chemical-lab-catalog", "Arylcyclohexylamines - Reference Materials | NordChem Labs", """
<header><a href="/">NordChem Labs</a> <span>Analytical reference materials since 2014</span>
<nav><a href="/catalog">Catalog</a> <a href="/coa">Certificates of Analysis</a> <a href="/quality">Quality</a> <a href="/account">Account</a> <a href="/basket">Basket</a></nav></header>
<main>
<h1>Arylcyclohexylamines</h1>
<p>High-purity reference standards for forensic and academic research. All products are sold strictly for in-vitro laboratory research and are <b>not for human consumption</b>. By ordering you confirm you are over 18.</p>
<table><tr><th>Compound</th><th>Purity (HPLC)</th><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl (crystalline)</td><td>99.7 %</td><td>5 g</td><td>&euro;115</td><td><button>Add</button></td></tr>
<tr><td>Ketamine HCl (crystalline)</td><td>99.7 %</td><td>25 g</td><td>&euro;420</td><td><button>Add</button></td></tr>
<tr><td>2-Fluorodeschloroketamine (2F-DCK)</td><td>99.5 %</td><td>10 g</td><td>&euro;140</td><td><button>Add</button></td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>99.2 %</td><td>10 g</td><td>&euro;155</td><td><button>Add</button></td></tr>
<tr><td>Methoxetamine (MXE)</td><td>99.0 %</td><td>5 g</td><td>&euro;130</td><td><button>Add</button></td></tr></table>
<p>No institutional account or licence is required for orders under 50 g. Payment by SEPA, Bitcoin or Monero. Vacuum-sealed, odour-proof packaging; guaranteed reship if seized.</p>
<aside><h3>Popular</h3><a href="#">3-MeO-PCP</a> <a href="#">O-PCE</a> <a href="#">Bulk discounts</a></aside>
</main>
<footer>NordChem Labs &middot; Products are intended for research use only.</footer>
""")

p("h6505", "https://tierbedarf-direkt.example/pferd/narkose/ketamin-10", "seller", True, "de",
  "veterinary-supply-sells-to-anyone", "Ketamin 10 % Injektionslösung 10 ml | Tierbedarf Direkt", """
<header><a href="/">Tierbedarf Direkt</a> <nav><a href="/hund">Hund</a> <a href="/katze">Katze</a> <a href="/pferd">Pferd</a> <a href="/stall">Stall &amp; Weide</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="brot">Start &rsaquo; Pferd &rsaquo; Narkose &amp; Sedierung &rsaquo; Ketamin 10 %</p>
<h1>Ketamin 10 % Injektionslösung, 10 ml Durchstechflasche</h1>
<p class="preis">39,90 € <small>inkl. MwSt., zzgl. Versand</small></p>
<p>Staffelpreis: ab 5 Flaschen je 34,50 €</p>
<button>In den Warenkorb</button>
<h2>Beschreibung</h2>
<p>Bewährtes Anästhetikum für Pferd, Rind, Hund und Katze. Ideal für Hobbyhalter und Reitställe, die gerne einen Vorrat im Stall haben.</p>
<h2>Wichtig für Privatkunden</h2>
<p>Bei uns brauchen Sie keine tierärztliche Verschreibung und keine Praxisnummer. Einfach bestellen &ndash; wir versenden in neutraler Verpackung ohne Hinweis auf den Inhalt, auch ins Ausland.</p>
<h2>Kundenbewertungen</h2>
<p>★★★★★ &bdquo;Schnell da, gut verpackt, bestelle wieder.&ldquo; &ndash; Jens K.</p>
</main>
<footer>Tierbedarf Direkt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; Zahlung per Vorkasse, PayPal Freunde oder Bitcoin</footer>
""", noise="cookie-de")

p("h6506", "https://saltandsagebyemma.example/2026/10/my-quiet-reset", "seller", True, "en",
  "lifestyle-blog-sponsored-shop-code", "My quiet reset (and the little box that helped) - Salt & Sage by Emma", """
<header><a href="/">Salt &amp; Sage <em>by Emma</em></a> <nav><a href="/recipes">Recipes</a> <a href="/home">Home</a> <a href="/wellness">Wellness</a> <a href="/travel">Travel</a> <a href="/shop-my-favs">Shop my favs</a></nav></header>
<main><article>
<p class="meta">October 22, 2026 &middot; Wellness &middot; 7 min read &middot; <i>This post is sponsored by Lumen Ritual. All opinions are my own!</i></p>
<h1>My quiet reset (and the little box that helped)</h1>
<p>If you've been here a while you know this summer was a lot. The move, the renovation, Mila starting school. By September I was running on oat-milk lattes and not much else.</p>
<p>A friend from yoga told me about at-home ketamine, and honestly I'd assumed it meant months of appointments and a psychiatrist who'd make me justify every feeling. Not with <a href="https://lumenritual.example/?ref=saltandsage" rel="sponsored">Lumen Ritual</a>! You fill in a little form, there's no doctor visit at all, and two days later a gorgeous linen-wrapped box arrives with the lozenges, a candle and a journal.</p>
<figure><img src="/img/lumen-box-flatlay.jpg" alt="Lumen Ritual box on a linen throw"><figcaption>Unboxing on a Sunday morning</figcaption></figure>
<h2>My little ritual</h2>
<p>Candle, playlist, phone in a drawer, one lozenge under the tongue. I journal afterwards. That's it.</p>
<div class="promo"><b>Readers get 15% off their first box with code SALTANDSAGE15</b> &ndash; <a href="https://lumenritual.example/shop?ref=saltandsage">Shop Lumen Ritual</a></div>
<p>As always, do what feels right for you, loves. xx Emma</p>
</article>
<aside><h3>You might also like</h3><a href="#">Fall pantry reset</a> <a href="#">My 5am morning routine</a> <a href="#">Linen sheets, tested</a></aside>
</main>
<footer>&copy; Salt &amp; Sage 2026 &middot; As an affiliate I may earn from qualifying purchases.</footer>
""", noise="cookie")

p("h6507", "https://honest-rankings.example/mental-health/top-5", "seller", True, "en",
  "comparison-site-doorway-no-rx", "The 5 Best Places to Get Ketamine Online in 2026 (Tested) | Honest Rankings", """
<header><a href="/">Honest Rankings</a> <nav><a href="/tech">Tech</a> <a href="/mattresses">Mattresses</a> <a href="/mental-health">Mental health</a> <a href="/vpn">VPNs</a></nav></header>
<main>
<h1>The 5 Best Places to Get Ketamine Online in 2026</h1>
<p class="byline">Reviewed by our editorial team &middot; Updated December 1, 2026 &middot; <small>We earn a commission when you buy through our links.</small></p>
<p>We ordered from 19 online providers and ranked them on speed, discretion and price. Here's our verdict.</p>
<ol class="ranking">
<li><h2>1. KetaDirect &ndash; Best overall &#9733; 9.8</h2><p>No prescription required, ships worldwide in stealth packaging, and accepts crypto. Our order arrived in 4 days. <a class="btn" href="https://go.honest-rankings.example/ketadirect">Visit KetaDirect</a></p></li>
<li><h2>2. SpravaNow &ndash; Best for nasal spray &#9733; 9.4</h2><p>Esketamine spray devices with no doctor consultation needed. <a class="btn" href="https://go.honest-rankings.example/spravanow">Check price</a></p></li>
<li><h2>3. KPharma Express &ndash; Best value &#9733; 9.1</h2><p>Cheapest per gram we found; pay by gift card or bitcoin. <a class="btn" href="https://go.honest-rankings.example/kpharma">See deal</a></p></li>
<li><h2>4. Video-visit telehealth services &ndash; &#9733; 6.0</h2><p>Legit but slow: you need a video appointment and a prescription first.</p></li>
<li><h2>5. In-person infusion clinics &ndash; &#9733; 5.2</h2><p>Expensive and require referrals.</p></li></ol>
<h2>How we test</h2><p>Our testers place real orders and track delivery times, packaging and customer support.</p>
</main>
<footer>Honest Rankings &copy; 2026 &middot; <a href="/disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h6508", "https://marcheouvert.example/annonce/88213", "seller", True, "fr",
  "marketplace-listing", "Kétamine liquide flacon 10 ml - Annonce n°88213 | Marché Ouvert", """
<header><a href="/">Marché Ouvert</a> <form><input placeholder="Que recherchez-vous ?"><button>Rechercher</button></form> <a href="/deposer">Déposer une annonce</a></header>
<main>
<p class="fil">Accueil &gt; Santé &amp; bien-être &gt; Autres</p>
<h1>Kétamine liquide flacon 10 ml &ndash; qualité pharma</h1>
<p class="prix">85 €</p>
<p>Vendeur : <b>bienetre_sud</b> &middot; Vendeur vérifié &middot; 47 ventes &middot; Note 4,9</p>
<div class="desc"><p>Flacons scellés d'origine, date longue. Livraison discrète sous 48 h par point relais, emballage neutre. Pas besoin d'ordonnance. Remise à partir de 3 flacons. Paiement sécurisé via la plateforme ou en crypto pour plus de discrétion.</p></div>
<button>Acheter maintenant</button> <button>Contacter le vendeur</button>
<aside><h3>Annonces similaires</h3><ul><li>Poudre K cristal 5 g &ndash; 120 €</li><li>Spray nasal eskétamine &ndash; 160 €</li></ul></aside>
</main>
<footer>Marché Ouvert &middot; <a href="/cgu">CGU</a> &middot; <a href="/signaler">Signaler l'annonce</a></footer>
""", noise="cookie-fr")

p("h6509", "https://classified-board.example/denver/health-beauty/2291", "seller", True, "en",
  "classifieds-ad-snippet", "", """
Relax & recharge - K available (crystal + liquid). $60 per gram, discounts on an 8th. Text 720-555-0148, meet up in Aurora/Lakewood or I can ship. No questions asked.
""", ext="txt")

p("h6510", "https://instapic.example/leveza.natural", "seller", True, "pt",
  "social-bio-telegram-order", "", """
leveza.natural 🌿 bem-estar e autocuidado | cetamina e escetamina sem receita, envio discreto para todo o Brasil 📦 | pedidos e cardápio só no Telegram @levezanatural_ | Pix ou cripto
""", ext="txt")

p("h6511", "https://rustigthuis.example/aanmelden", "seller", True, "nl",
  "auto-approval-fake-telehealth", "Aanmelden | Rustig Thuis", """
<header><a href="/">Rustig Thuis</a> <nav><a href="/hoe-het-werkt">Hoe het werkt</a> <a href="/ervaringen">Ervaringen</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/inloggen">Inloggen</a></nav></header>
<main>
<h1>Zorg voor je hoofd, gewoon vanuit huis</h1>
<p>Rustig Thuis bezorgt esketamine-neusspray en ketamine-zuigtabletten aan huis. Geen wachtlijst, geen verwijzing van de huisarts.</p>
<h2>In drie stappen</h2>
<ol><li>Vul de online vragenlijst in (15 vragen).</li><li>Je aanvraag wordt automatisch goedgekeurd zodra je de vragenlijst hebt afgerond &ndash; een videogesprek is niet nodig.</li><li>Binnen 2 werkdagen ligt je pakket in de brievenbus, zonder logo of afzender.</li></ol>
<form><label>E-mailadres <input type="email"></label> <label>Geboortedatum <input type="date"></label> <button>Start de vragenlijst</button></form>
<p class="klein">Liever anoniem betalen? Wij accepteren iDEAL, cadeaukaarten en crypto.</p>
</main>
<footer>Rustig Thuis &copy; 2026 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h6512", "https://equilibrio-spa.example/percorsi/serenita", "seller", True, "it",
  "fake-wellness-centre-whatsapp-crypto", "Percorso Serenità | Equilibrio Centro Benessere", """
<header><a href="/">Equilibrio <small>Centro Benessere</small></a> <nav><a href="/massaggi">Massaggi</a> <a href="/percorsi">Percorsi</a> <a href="/spa">Spa</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Percorso Serenità a domicilio</h1>
<p>Il nostro percorso più richiesto, ora anche a casa tua: compresse sublinguali di ketamina, tisana rilassante e una guida alla meditazione. Niente ricetta, niente visita medica: ci pensiamo noi.</p>
<h2>Formule</h2>
<ul><li>Prova: 5 compresse &ndash; 120 €</li><li>Mensile: 15 compresse &ndash; 290 €</li><li>Trimestrale: 45 compresse &ndash; 750 €</li></ul>
<p><b>Come ordinare:</b> scrivici su WhatsApp al +39 333 555 0172 con la formula scelta. Spedizione anonima in tutta Italia in 24/48 ore. Accettiamo bonifico, Satispay e USDT.</p>
<p>Chiedi anche del nostro massaggio hot stone, prenotabile in sede a Verona.</p>
</main>
<footer>Equilibrio Centro Benessere &middot; Via dei Tigli 14, Verona &middot; P.IVA 01234567890</footer>
""")

p("h6513", "https://bluemeadow.example/", "seller", True, "en",
  "no-price-spravato-snippet", "", """
Blue Meadow - Spravato (esketamine) nasal spray devices now in stock. No prescription or clinic visit required; message us on Telegram @bluemeadow_care for availability and we'll ship to your door.
""", ext="txt")

p("h6514", "https://mapleleafmeds.example/esketamine-nasal-spray", "seller", True, "en",
  "online-pharmacy-auto-approval-quote", "Esketamine Nasal Spray 28 mg | Maple Leaf Meds - Licensed Canadian Pharmacy", """
<header><a href="/">Maple Leaf Meds</a> <span class="badges">&#10004; Licensed &middot; &#10004; Verified &middot; &#10004; 256-bit SSL</span>
<nav><a href="/a-z">Drugs A-Z</a> <a href="/how-to-order">How to order</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine Nasal Spray 28 mg</h1>
<p>Generic equivalent of Spravato&reg;. Each device delivers two sprays (one per nostril).</p>
<h2>Prescription</h2>
<p>No prescription? No problem. When you place a request, our in-house doctor approves it automatically based on your order details, so you don't need a consultation or a letter from your own physician.</p>
<h2>Pricing</h2>
<p>Prices change with supply. Click below and our pharmacy team will email you a personalised quote within 24 hours.</p>
<button>Request a quote</button>
<h2>Delivery</h2>
<p>Shipped from our international fulfilment partner in discreet packaging. If customs holds your parcel, we reship free of charge.</p>
</main>
<footer>Maple Leaf Meds &middot; Serving customers worldwide since 2009 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth (honest look-alikes)

p("h6515", "https://steadymind-health.example/get-started", "telehealth", False, "en",
  "telehealth-get-started-video-visit", "Get started | SteadyMind Health", """
<header><a href="/">SteadyMind Health</a> <nav><a href="/treatment">Treatment</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/login">Sign in</a></nav></header>
<main>
<h1>See if at-home ketamine therapy is right for you</h1>
<p>Getting started takes two steps, and the second one is a real conversation with a licensed psychiatric clinician.</p>
<h2>Step 1: Intake questionnaire (10 minutes)</h2>
<p>Tell us about your history, current medications and what you have tried before. The questionnaire does not approve anyone; it helps your clinician prepare and screens out people for whom ketamine is clearly unsafe (for example uncontrolled high blood pressure, a history of psychosis, or pregnancy).</p>
<h2>Step 2: Video evaluation (45 minutes)</h2>
<p>You meet one of our board-certified psychiatrists or psychiatric nurse practitioners, such as Dr. Anand Velasquez, MD, or Corinne Hale, PMHNP-BC, by secure video. They review your records, may ask for recent blood pressure readings or labs, and decide with you whether ketamine is appropriate. Roughly one in three people we evaluate is not prescribed ketamine and is referred to other care instead.</p>
<h2>Step 3: If prescribed</h2>
<p>Your prescription is sent to our partner pharmacy, licensed in your state, which ships the medication with signature on delivery. You'll need a trusted adult present ("sitter") for your first sessions, and you check in with your clinician before every dose increase.</p>
<a class="btn" href="/get-started/intake">Begin intake</a>
<p class="small">Evaluation fee $199, credited to your first month's membership if you're prescribed. Available in 21 states. If you're in crisis, call or text 988.</p>
</main>
<footer>SteadyMind Health, P.C. &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h6516", "https://harborlight.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - Harborlight Membership", """
<header><a href="/">Harborlight</a> <span class="secure">&#128274; Secure checkout</span></header>
<main>
<h1>Your order</h1>
<table class="cart"><tr><td>Harborlight Care Membership (monthly)</td><td>$149.00</td></tr>
<tr><td>Initial psychiatric evaluation by video</td><td>$0.00 <small>included</small></td></tr>
<tr><td>Promo code WINTER</td><td>-$25.00</td></tr>
<tr><th>Due today</th><th>$124.00</th></tr></table>
<h2>What your membership includes</h2>
<ul><li>A 60-minute video evaluation with your assigned clinician (a licensed psychiatrist or nurse practitioner)</li><li>Monthly follow-up visits and secure messaging with your care team</li><li>Integration sessions with a licensed therapist</li></ul>
<p><b>Please note:</b> this payment is for clinical care, not for medication. Ketamine is prescribed only if your clinician decides it is safe and appropriate after your evaluation. If prescribed, medication is billed separately by our licensed partner pharmacy and shipped to your home. If you are not a candidate, you can cancel and we refund the membership fee.</p>
<form><label>Card number <input></label> <label>Expiry <input></label> <label>CVC <input></label>
<label><input type="checkbox"> I agree to the Terms and the Informed Consent for Telehealth</label>
<button>Pay $124.00</button></form>
<p class="small">HSA/FSA cards accepted. Cancel anytime from your account.</p>
</main>
""")

p("h6517", "https://luminatele.example/our-clinicians", "telehealth", False, "en",
  "telehealth-clinician-roster", "Our clinicians | Lumina Telepsychiatry", """
<header><a href="/">Lumina Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/our-clinicians">Our clinicians</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Meet the people who will treat you</h1>
<p>Every Lumina patient is evaluated by video by one of the licensed prescribers below before any medication, including ketamine or esketamine, is considered. You can read each clinician's licensure and look it up with the state board.</p>
<div class="card"><h2>Dr. Miriam Osei-Barrett, MD</h2><p>Board-certified in psychiatry. Licensed in California, Oregon and Washington. Medical director; leads our treatment-resistant depression program.</p></div>
<div class="card"><h2>Jonah Whitcombe, PMHNP-BC</h2><p>Psychiatric mental health nurse practitioner. Licensed in Colorado, Arizona and New Mexico. Special interest in PTSD and perinatal mood.</p></div>
<div class="card"><h2>Dr. Lucía Ferrante, DO</h2><p>Board-certified in psychiatry and addiction medicine. Licensed in Texas and Florida. Supervises our substance-use screening.</p></div>
<div class="card"><h2>Priya Natarajan, LCSW</h2><p>Licensed clinical social worker and integration therapist. Does not prescribe.</p></div>
<p>For esketamine (Spravato), which must be given under observation, your Lumina psychiatrist coordinates with a certified treatment centre near you.</p>
</main>
<footer>Lumina Telepsychiatry PLLC &copy; 2026</footer>
""", noise="cookie")

p("h6518", "https://tidewellpsych.example/faq/shipping", "telehealth", False, "en",
  "telehealth-shipping-faq-snippet", "", """
How is my medication shipped? After your video assessment, and only if your Tidewell psychiatrist writes a prescription, our state-licensed partner pharmacy sends your ketamine lozenges in tamper-evident packaging with adult signature required; refills are released only after your monthly follow-up visit.
""", ext="txt")

p("h6519", "https://psychiatrie-online.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-esketamine-referral", "Esketamin bei therapieresistenter Depression | psychiatrie-online", """
<header><a href="/">psychiatrie-online</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Videotermin</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Video, Behandlung vor Ort</h1>
<p>Esketamin (Spravato&reg;) ist für Erwachsene mit therapieresistenter Depression zugelassen, wenn mindestens zwei Antidepressiva nicht ausreichend gewirkt haben. Die Anwendung erfolgt immer unter ärztlicher Aufsicht in einer Einrichtung; ein Versand nach Hause ist nicht möglich.</p>
<h2>So gehen wir vor</h2>
<ol><li>Online-Fragebogen und Upload Ihrer Vorbefunde</li>
<li>Videosprechstunde (ca. 50 Minuten) mit Dr. med. Katharina Lindqvist, Fachärztin für Psychiatrie und Psychotherapie</li>
<li>Wenn Esketamin in Frage kommt, überweisen wir Sie an eine unserer Partnerpraxen in Ihrer Nähe, die die Gaben vor Ort durchführt und Sie zwei Stunden nachbeobachtet.</li>
<li>Die weitere psychiatrische Begleitung und Medikation besprechen Sie mit uns per Video.</li></ol>
<h2>Kosten</h2>
<p>Erstgespräch für Selbstzahler 160 € (nach GOÄ). Gesetzlich Versicherte: bitte klären Sie die Kostenübernahme vorab mit Ihrer Kasse.</p>
</main>
<footer>psychiatrie-online &middot; Praxis für Telepsychiatrie &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h6520", "https://mentesalud.example/como-funciona", "telehealth", False, "es",
  "telehealth-how-it-works", "Cómo funciona | MenteSalud", """
<nav><a href="/">MenteSalud</a> <a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/acceso">Acceso pacientes</a></nav>
<main>
<h1>Tratamiento con ketamina supervisado, desde casa</h1>
<p>En MenteSalud el cuestionario es solo el primer paso: nadie recibe medicación sin hablar antes con un psiquiatra.</p>
<h2>1. Cuestionario inicial</h2><p>Unas 30 preguntas sobre su salud, tratamientos previos y medicación actual. Sirve para preparar la consulta, no para aprobar el tratamiento.</p>
<h2>2. Videoconsulta con psiquiatra</h2><p>Una psiquiatra colegiada, como la Dra. Inés Albarracín Soto (colegiada n.º 28/41177), le entrevista durante 45 minutos, revisa sus informes y decide si la ketamina es adecuada. En muchos casos la respuesta es no, y le orientamos hacia otras opciones.</p>
<h2>3. Receta y farmacia</h2><p>Si se le prescribe, la receta electrónica llega a nuestra farmacia colaboradora autorizada, que le envía el medicamento con entrega en mano. Cada dosis nueva requiere una consulta de seguimiento.</p>
<h2>4. Seguimiento</h2><p>Escalas de síntomas semanales y una videoconsulta mensual incluidas en la cuota.</p>
<a class="boton" href="/empezar">Empezar el cuestionario</a>
</main>
<footer>MenteSalud Telemedicina S.L. &middot; Centro sanitario autorizado &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h6521", "https://teleconsult-serenite.example/ketamine", "telehealth", False, "fr",
  "teleconsultation-eligibility-then-video", "Kétamine : téléconsultation psychiatrique | Téléconsult Sérénité", """
<header><a href="/">Téléconsult Sérénité</a> <nav><a href="/specialites">Spécialités</a> <a href="/medecins">Nos médecins</a> <a href="/tarifs">Tarifs</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : un avis psychiatrique en téléconsultation</h1>
<p>Vous pouvez remplir notre questionnaire d'éligibilité en ligne, mais il ne remplace pas la consultation : chaque patient est ensuite reçu en vidéo par un psychiatre inscrit à l'Ordre, par exemple le Dr Étienne Marchal ou la Dre Salomé Kherbouche.</p>
<p>Si un traitement par kétamine ou eskétamine est envisagé, le médecin rédige l'ordonnance et organise les séances avec un centre hospitalier ou une clinique partenaire, car ces produits sont administrés sous surveillance. Aucun médicament n'est envoyé par notre plateforme.</p>
<h2>Tarifs</h2>
<p>Téléconsultation de psychiatrie : 60 €, remboursable selon le parcours de soins. Paiement en ligne au moment de la réservation.</p>
<a href="/rdv?specialite=psychiatrie">Réserver une téléconsultation</a>
</main>
<footer>Téléconsult Sérénité &middot; Hébergeur de données de santé certifié &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h6522", "https://cuidarmente.example/planos", "telehealth", False, "pt",
  "telehealth-membership-plans", "Planos | CuidarMente Telessaúde", """
<header><a href="/">CuidarMente</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>Escolha o seu plano</h1>
<p>Todos os planos começam com uma avaliação por vídeo com psiquiatra registrado no CRM. A cetamina só é prescrita se o médico concluir que é indicada e segura para você.</p>
<div class="plano"><h2>Avaliação</h2><p class="preco">R$ 390 (pagamento único)</p><p>Consulta de 50 minutos por vídeo com o Dr. Rodrigo Vasconcelos Leite (CRM-SP 184.552) ou outro psiquiatra da equipe, mais plano terapêutico por escrito.</p><button>Agendar</button></div>
<div class="plano"><h2>Acompanhamento mensal</h2><p class="preco">R$ 690 / mês</p><p>Consultas de retorno, mensagens com a equipe e sessões de integração com psicóloga. Se houver prescrição, a farmácia parceira licenciada envia o medicamento mediante receita de controle especial.</p><button>Assinar</button></div>
<p class="obs">O valor do plano não inclui medicamentos. Cancele quando quiser.</p>
</main>
<footer>CuidarMente Serviços Médicos Ltda. &middot; Responsável técnico: Dra. Helena Prado, CRM-SP 120.338</footer>
""", noise="cookie-pt")

p("h6523", "https://brightfold.example/refer", "telehealth", False, "en",
  "telehealth-referral-discount-code", "Give $50, get $50 | Brightfold", """
<header><a href="/">Brightfold</a> <nav><a href="/how-it-works">How it works</a> <a href="/providers">Providers</a> <a href="/account">My account</a></nav></header>
<main>
<h1>Share Brightfold with a friend</h1>
<p>Your personal code: <b>FRIEND-ZK7Q</b> <button>Copy</button></p>
<p>When a friend uses your code, they get $50 off their first video evaluation, and you get a $50 credit toward your membership once their evaluation is complete.</p>
<h2>The fine print</h2>
<ul><li>The discount applies to the clinical evaluation fee only. It can't be used on medication, and it doesn't change whether your friend is prescribed anything; that decision is made by their Brightfold clinician after the video visit.</li>
<li>Your friend must be 18+ and located in a state where Brightfold's clinicians are licensed.</li>
<li>We never tell your friend anything about your treatment, and we don't tell you whether they were prescribed.</li>
<li>Please don't post your code on coupon sites or social media ads.</li></ul>
</main>
<footer>Brightfold Medical Group &copy; 2026 &middot; <a href="/terms/referrals">Referral terms</a></footer>
""")

# ---------------------------------------------------------------- clinics (honest look-alikes)

p("h6524", "https://riverbendinfusion.example/pricing", "clinic", False, "en",
  "infusion-clinic-price-packages", "Pricing & Packages | Riverbend Infusion Center", """
<header><a href="/">Riverbend Infusion Center</a> <span>Call (614) 555-0193</span>
<nav><a href="/ketamine">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/book" class="btn">Book a consultation</a></nav></header>
<main>
<h1>Transparent pricing</h1>
<p>No surprises. Every new patient starts with a medical consultation in our clinic with Dr. Hollis Brandt, our anesthesiologist, who reviews your history, takes your vitals and confirms you are a good candidate.</p>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>New-patient consultation (in person)</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (40-60 min, monitored)</td><td>$475</td></tr>
<tr><td>Induction series: 6 infusions over 2-3 weeks</td><td>$2,550 <small>(save $300)</small></td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr></table>
<a class="btn" href="/pricing/buy-induction-series">Buy the induction series</a>
<p>Packages can be paid in full or with a 20% deposit; the balance is due before your third infusion. Unused infusions are refundable. We accept HSA/FSA cards and financing through CareCredit.</p>
<p>Spravato treatment is billed to your insurance; see <a href="/spravato">Spravato</a>.</p>
</main>
<footer>Riverbend Infusion Center &middot; 2210 Riverside Dr, Columbus OH &middot; Mon-Sat 8-6</footer>
""", noise="cookie")

p("h6525", "https://northstarketamine.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop", "Gift Cards | North Star Ketamine & Wellness", """
<header><a href="/">North Star Ketamine &amp; Wellness</a> <nav><a href="/treatments">Treatments</a> <a href="/shop">Shop</a> <a href="/locations">Locations</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Give the gift of care</h1>
<p>North Star gift cards can be used toward any service at our Boise and Meridian clinics: consultations, ketamine infusions, IV hydration or our therapy integration groups.</p>
<form><label>Amount <select><option>$50</option><option>$100</option><option>$250</option><option>$500</option></select></label>
<label>Recipient email <input type="email"></label> <label>Message <textarea></textarea></label> <button>Add to cart</button></form>
<h2>Good to know</h2>
<ul><li>A gift card does not guarantee treatment. Ketamine infusions are given only after an in-person medical evaluation by one of our physicians.</li>
<li>Cards never expire and can be combined with insurance copays.</li>
<li>Also in the shop: North Star eye masks, weighted blankets and our integration journal.</li></ul>
</main>
<footer>North Star Ketamine &amp; Wellness, PLLC &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h6526", "https://glowandrestore.example/services/ketamine-infusions", "clinic", False, "en",
  "wellness-iv-clinic-in-person-ketamine", "Ketamine Infusions | Glow & Restore IV Wellness Lounge", """
<header><a href="/">Glow &amp; Restore</a> <small>IV Wellness Lounge &middot; Scottsdale</small>
<nav><a href="/services/iv-drips">IV Drips</a> <a href="/services/nad">NAD+</a> <a href="/services/ketamine-infusions">Ketamine</a> <a href="/memberships">Memberships</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Ketamine infusions in a calm, medical setting</h1>
<p>Yes, we're the place with the hydration drips and the comfy recliners. Our ketamine program, though, is run as a medical service, separate from our walk-in menu.</p>
<h2>Before your first infusion</h2>
<p>You'll have a 45-minute in-person evaluation with our medical director, Dr. Renata Castellanos, MD (anesthesiology), or our psychiatric nurse practitioner. We ask for a letter or records from your mental-health provider and check your blood pressure and current medications.</p>
<h2>During treatment</h2>
<p>Infusions take place in a private room with continuous pulse-oximetry and blood-pressure monitoring. A nurse stays with you throughout, and someone must drive you home. We never send ketamine home with patients.</p>
<h2>Cost</h2>
<p>Evaluation $175. Infusions $450 each or $2,400 for a series of six. Our drip memberships don't apply to ketamine.</p>
<a class="btn" href="/book?service=ketamine-evaluation">Book an evaluation</a>
</main>
<footer>Glow &amp; Restore Medical Spa, LLC &middot; 7040 E Camelback Rd &middot; (480) 555-0117</footer>
""", noise="cookie")

p("h6527", "https://clinicaaurora.example/ketamina", "clinic", False, "es",
  "clinic-whatsapp-booking-prices", "Tratamiento con ketamina en Valencia | Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/psiquiatria">Psiquiatría</a> <a href="/ketamina">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina intravenosa para depresión resistente</h1>
<p>Las sesiones se realizan en nuestra clínica de Valencia, en sala monitorizada, con un anestesiólogo y una enfermera presentes durante toda la infusión.</p>
<h2>Precios</h2>
<ul><li>Primera consulta de psiquiatría (presencial): 120 €</li><li>Sesión de ketamina IV: 390 €</li><li>Bono de 6 sesiones: 2.100 €</li></ul>
<p>Puede pagar con tarjeta en recepción o por transferencia. La primera consulta es imprescindible: solo el psiquiatra decide si el tratamiento es adecuado.</p>
<h2>Pida su cita</h2>
<p>Llámenos al 963 555 274 o escríbanos por WhatsApp al +34 611 555 902 para reservar la primera consulta. Por WhatsApp solo gestionamos citas; no enviamos medicación.</p>
</main>
<footer>Clínica Aurora &middot; Centro sanitario autorizado por la Conselleria de Sanidad, registro n.º 12345 &middot; C/ Colón 22, Valencia</footer>
""", noise="cookie-es")

p("h6528", "https://centropsiche-milano.example/esketamina", "clinic", False, "it",
  "spravato-centre-whatsapp-booking", "Esketamina spray nasale | Centro Psiche Milano", """
<header><a href="/">Centro Psiche Milano</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/esketamina">Esketamina</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Trattamento con esketamina (Spravato&reg;)</h1>
<p>Il nostro ambulatorio è abilitato alla somministrazione di esketamina spray nasale per la depressione resistente. Il farmaco viene autosomministrato dal paziente in ambulatorio, sotto la supervisione di un medico, con osservazione di almeno due ore dopo ogni dose.</p>
<h2>Come accedere</h2>
<p>Serve una prima visita psichiatrica presso il centro (costo 150 €), durante la quale la Dott.ssa Federica Montanari valuta la storia clinica e i trattamenti già provati. Le sedute successive hanno un costo di 95 € per la supervisione; il farmaco segue le regole del Servizio Sanitario Nazionale.</p>
<h2>Prenotazioni</h2>
<p>Telefono 02 5550 3381 oppure WhatsApp +39 347 555 0219 (solo per appuntamenti, lun-ven 9-18). Non diamo informazioni cliniche né consegniamo farmaci tramite WhatsApp.</p>
</main>
<footer>Centro Psiche Milano S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario Dott. Paolo Greco</footer>
""")

p("h6529", "https://praktijkdewilg.example/ketamine-therapie", "clinic", False, "nl",
  "kap-practice-prices-booking", "Ketamine-ondersteunde therapie | Praktijk De Wilg", """
<header><a href="/">Praktijk De Wilg</a> <nav><a href="/over-ons">Over ons</a> <a href="/behandelingen">Behandelingen</a> <a href="/tarieven">Tarieven</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Ketamine-ondersteunde psychotherapie (KAP)</h1>
<p>In onze praktijk in Utrecht combineren we gesprekken met een psychotherapeut en sessies met een lage dosis ketamine, toegediend in de praktijk onder toezicht van psychiater drs. Maarten Hoekstra.</p>
<h2>Traject</h2>
<ol><li>Intakegesprek in de praktijk met psychiater en psychotherapeut</li><li>Twee voorbereidende gesprekken</li><li>Drie ketaminesessies (intramusculair of sublinguaal), elk met nazorg in de praktijk</li><li>Integratiegesprekken</li></ol>
<h2>Tarieven</h2>
<p>Intake € 195 &middot; Volledig traject € 2.450 &middot; Losse integratiesessie € 120. U kunt het traject online boeken en betalen via iDEAL nadat de psychiater u heeft geaccepteerd.</p>
<a href="/aanmelden">Aanmelden voor een intake</a>
</main>
<footer>Praktijk De Wilg &middot; AGB-code 94-012345 &middot; Lid van de NVvP</footer>
""", noise="cookie-nl")

p("h6530", "https://mesaketamineclinic.example/checkout/deposit", "clinic", False, "en",
  "clinic-deposit-checkout-snippet", "", """
Mesa Ketamine Clinic - Reserve your first infusion. A $100 refundable deposit holds your appointment at our Tempe office; it is applied to your visit after Dr. Okonkwo's in-person screening. Pay deposit now.
""", ext="txt")

p("h6531", "https://lakeside-psychiatry.example/spravato/faq", "clinic", False, "en",
  "spravato-rems-centre-faq-costs", "Spravato FAQ | Lakeside Psychiatry Associates", """
<header><a href="/">Lakeside Psychiatry Associates</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/patients">Patient forms</a> <a href="/billing">Pay my bill</a></nav></header>
<main>
<h1>Spravato: frequently asked questions</h1>
<h3>Can I take Spravato at home?</h3><p>No. Under the REMS program, Spravato is only administered in a certified treatment centre like ours, and you stay with us for at least two hours afterwards for monitoring.</p>
<h3>What does it cost?</h3><p>Most commercial plans and Medicare cover it after prior authorization. Without coverage, the medication and observation visit run roughly $700-$900 per session; our billing team will give you an estimate before you start. Pay your bill online through the patient portal.</p>
<h3>Do I need a referral?</h3><p>You need a diagnosis of treatment-resistant depression. If your own psychiatrist isn't able to prescribe Spravato, one of our psychiatrists will see you for an evaluation first.</p>
<h3>Can someone drive me?</h3><p>You must not drive until the next day, so please arrange a ride.</p>
</main>
<footer>Lakeside Psychiatry Associates &middot; 415 Shoreline Blvd, Madison WI &middot; (608) 555-0160</footer>
""")

# ---------------------------------------------------------------- informational (honest look-alikes)

p("h6532", "https://dailyledger.example/news/2026/11/ketamine-wellness-ads", "informational", False, "en",
  "news-investigation-quoting-vendor-ads", "Ketamine sold as 'self-care': inside the wellness accounts dodging the rules | The Daily Ledger", """
<header><a href="/">The Daily Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>Ketamine sold as "self-care": inside the wellness accounts dodging the rules</h1>
<p class="byline">By Noor Abernathy &middot; November 18, 2026</p>
<p>The photos look like any other wellness influencer's: linen, candles, a mug of tea. But over six weeks, reporters for The Daily Ledger found 37 social-media accounts and small websites using that aesthetic to sell ketamine lozenges and nasal sprays without a prescription.</p>
<p>One account's bio read: "Calm in a box 🌿 no Rx, discreet shipping, DM for menu." Another site, styled as a "wellness clinic", listed a "Deep Reset" bundle for $389 and told visitors that its coaches, not doctors, would review their form. A third ranked itself first on a "best online ketamine" comparison page it appears to have written itself.</p>
<p>"These sellers borrow the language of telehealth and spas because it lowers people's guard," said Dr. Elaine Moreau, a psychiatrist who studies ketamine misuse. "A real provider will insist on meeting you by video or in person, and will often say no."</p>
<p>Two of the accounts were removed after the Ledger contacted the platform. The rest were still active at publication. Regulators said they are reviewing the findings.</p>
<p><i>The Ledger did not buy any products. If you are struggling, call or text 988.</i></p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">City council passes budget</a></li><li><a href="#">Flu season arrives early</a></li></ol></aside>
</main>
<footer>&copy; 2026 The Daily Ledger</footer>
""", noise="cookie")

p("h6533", "https://consumerwatch.example/guides/fake-telehealth-ketamine", "informational", False, "en",
  "scam-warning-guide", "How to spot a fake ketamine telehealth site | ConsumerWatch", """
<header><a href="/">ConsumerWatch</a> <nav><a href="/guides">Guides</a> <a href="/alerts">Scam alerts</a> <a href="/report">Report a scam</a></nav></header>
<main>
<h1>How to spot a fake ketamine telehealth site</h1>
<p>Legitimate at-home ketamine programs exist, but so do copycats that ship the drug to anyone who clicks "buy". Here are the warning signs our readers report most often.</p>
<h2>Red flags</h2>
<ul><li><b>"Instant approval" or "no video call".</b> Real services have a licensed clinician evaluate you, usually by video, before prescribing.</li>
<li><b>No named clinicians.</b> You should be able to see who prescribes and check their licence.</li>
<li><b>Crypto, gift cards or messaging apps.</b> Requests to pay in Bitcoin or to order through WhatsApp or Telegram are a classic sign of an illegal seller.</li>
<li><b>"Stealth" shipping and free reships if customs seizes the parcel.</b></li>
<li><b>Affiliate "top 5" lists</b> that praise sites for not needing a prescription.</li></ul>
<h2>Green flags</h2>
<ul><li>A clear intake, followed by a real appointment</li><li>A pharmacy that ships only after a prescription and requires a signature</li><li>Willingness to say you're not a candidate</li></ul>
<p>Seen a suspicious site? <a href="/report">Report it to us</a> and to your state pharmacy board.</p>
</main>
<footer>ConsumerWatch is an independent nonprofit. &copy; 2026</footer>
""", noise="cookie")

p("h6534", "https://cedarcompounding.example/ketamine-troches", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine Troches & Nasal Spray - Compounded on Prescription | Cedar Compounding Pharmacy", """
<header><a href="/">Cedar Compounding Pharmacy</a> <nav><a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/order-refill">Order a refill</a> <a href="/accreditation">Accreditation</a></nav></header>
<main>
<h1>Compounded ketamine: troches and nasal spray</h1>
<p>Cedar is a state-licensed, PCAB-accredited 503A compounding pharmacy. We prepare ketamine troches (sublingual lozenges) and nasal spray only against a valid, patient-specific prescription from a licensed prescriber with a current DEA registration.</p>
<h2>We do not sell ketamine to the public</h2>
<p>You cannot order ketamine from us without a prescription, and we don't work with services that "approve" patients through a questionnaire alone. We verify every new prescriber and check the state prescription-monitoring database before dispensing.</p>
<h2>For prescribers</h2>
<p>Send e-prescriptions (EPCS) to Cedar Compounding, NPI 1234567893. Common strengths: 50, 100, 150 and 200 mg troches; 10 mg/0.1 ml nasal spray.</p>
<h2>For patients</h2>
<p>Once your prescriber sends your prescription, we'll call you to confirm your address and cost. Refills can be requested online only when your prescription has refills remaining. Deliveries require an adult signature.</p>
</main>
<footer>Cedar Compounding Pharmacy &middot; License PHY-004412 &middot; DEA-registered &middot; 88 Elm Street, Portland OR</footer>
""")

p("h6535", "https://medgross-nord.example/sortiment/anaesthetika", "informational", False, "de",
  "licensed-wholesaler-registered-facilities", "Anästhetika | MedGross Nord Pharmagroßhandel", """
<header><a href="/">MedGross Nord</a> <small>Pharmazeutischer Großhandel</small> <nav><a href="/sortiment">Sortiment</a> <a href="/kunden">Kundenkonto</a> <a href="/qualitaet">Qualität &amp; GDP</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Anästhetika und Betäubungsmittel</h1>
<p>MedGross Nord ist ein pharmazeutischer Großhändler mit Großhandelserlaubnis nach § 52a AMG und Erlaubnis nach § 3 BtMG. Wir beliefern ausschließlich Apotheken, Krankenhäuser, Arztpraxen und Tierarztpraxen.</p>
<h2>Ketamin und Esketamin</h2>
<p>Ketamin- und Esketamin-Präparate in Ampullen und Durchstechflaschen führen wir für registrierte Kunden. Die Bestellung von Betäubungsmitteln erfolgt nur mit BtM-Anforderungsschein und gültiger BtM-Nummer der Einrichtung. Preise sehen Sie nach dem Login in Ihrem Kundenkonto.</p>
<h2>Neukunden</h2>
<p>Ein Kundenkonto erhalten Sie nach Prüfung der Betriebserlaubnis bzw. Approbation. Privatpersonen, Züchter und Tierhalter können wir nicht beliefern.</p>
</main>
<footer>MedGross Nord GmbH &middot; Hamburg &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h6536", "https://forum.mindtalk.example/t/is-this-ketamine-site-legit/44120", "informational", False, "en",
  "forum-thread-is-it-legit", "Is this ketamine site legit? - Treatments - MindTalk Forum", """
<header><a href="/">MindTalk Forum</a> <nav><a href="/c/treatments">Treatments</a> <a href="/c/support">Support</a> <a href="/latest">Latest</a></nav></header>
<main>
<h1>Is this ketamine site legit?</h1>
<div class="post"><b>grey_sparrow</b> &middot; 3d<p>Found a site called CalmPath that says you answer 12 questions and get approved in two minutes, no video call. The clinic near me has a 3-month wait. Has anyone used them? Seems too easy.</p></div>
<div class="post"><b>RnPeteK</b> &middot; 3d<p>Too easy is the tell. Every legit program I've looked at (I'm with one now) made me do a 45-min video with a psychiatrist and send my BP readings. Nobody should be "approving" a controlled substance with a form.</p></div>
<div class="post"><b>moderator_jules</b> &ndash; Moderator &middot; 2d<p>Reminder: no links to sellers, and no sourcing talk. If a site ships without a real evaluation, please report it to your state pharmacy board. Our pinned thread lists questions to ask any provider.</p></div>
<div class="post"><b>grey_sparrow</b> &middot; 2d<p>Thanks all. Going to ask my GP about a referral for Spravato instead.</p></div>
<p class="reply"><button>Reply</button> &middot; 4 replies &middot; 312 views</p>
</main>
<footer>MindTalk is a peer-support community, not medical advice.</footer>
""")

p("h6537", "https://lequotidien-sante.example/actualites/ketamine-vente-en-ligne", "informational", False, "fr",
  "news-online-sales-quoting-listings", "Kétamine : des annonces en ligne se font passer pour des centres de bien-être | Le Quotidien Santé", """
<header><a href="/">Le Quotidien Santé</a> <nav><a href="/actualites">Actualités</a> <a href="/medicaments">Médicaments</a> <a href="/societe">Société</a></nav></header>
<main><article>
<h1>Kétamine : des annonces en ligne se font passer pour des centres de bien-être</h1>
<p class="chapo">Sur des sites de petites annonces et des réseaux sociaux, des vendeurs proposent de la kétamine « sans ordonnance » en reprenant les codes du spa et de la téléconsultation.</p>
<p>« Kétamine liquide flacon 10 ml, livraison discrète, pas besoin d'ordonnance » : l'annonce, relevée la semaine dernière sur une plateforme de vente entre particuliers, affichait un prix de 85 euros. D'autres promettent un « accompagnement bien-être » avec envoi à domicile.</p>
<p>L'Agence nationale de sécurité du médicament rappelle que la kétamine est un stupéfiant et que l'eskétamine n'est délivrée qu'à l'hôpital ou en centre agréé. « Acheter ces produits en ligne expose à des contrefaçons et à des surdosages », souligne le Dr Amélie Roussel, addictologue.</p>
<p>La plateforme concernée indique avoir retiré une vingtaine d'annonces après signalement.</p>
</article></main>
<footer>&copy; Le Quotidien Santé 2026</footer>
""", noise="cookie-fr")

p("h6538", "https://medicines-regulator.example/safety-alerts/fake-online-pharmacies-ketamine", "informational", False, "en",
  "regulator-warning-fake-pharmacies", "Safety alert: fake online pharmacies offering ketamine and esketamine", """
<header><a href="/">Medicines &amp; Devices Regulatory Agency</a> <nav><a href="/safety-alerts">Safety alerts</a> <a href="/check-a-pharmacy">Check a pharmacy</a> <a href="/report">Report a problem</a></nav></header>
<main>
<h1>Safety alert: fake online pharmacies offering ketamine and esketamine</h1>
<p>Published 2 December 2026</p>
<p>We are aware of websites presenting themselves as licensed pharmacies or online clinics that offer ketamine and esketamine nasal spray without a prescription, or with an "automatic" approval from an unnamed in-house doctor. Some display fake licence badges or claim to be based in another country.</p>
<h2>What you should do</h2>
<ul><li>Only buy prescription medicines from pharmacies listed on our <a href="/check-a-pharmacy">register</a>.</li><li>Esketamine nasal spray is given only in approved healthcare settings; no legitimate pharmacy will post it to you.</li><li>Report suspicious sites through our reporting form.</li></ul>
<p>Products bought from these sites may be counterfeit, contaminated or wrongly dosed.</p>
</main>
<footer>Medicines &amp; Devices Regulatory Agency &middot; Crown copyright</footer>
""")

p("h6539", "https://farmaciamanipulacao-vida.example/cetamina", "informational", False, "pt",
  "compounding-pharmacy-rx-only", "Cetamina manipulada - somente com receita | Farmácia de Manipulação Vida", """
<header><a href="/">Farmácia Vida</a> <small>Manipulação desde 1998</small> <nav><a href="/orcamento">Orçamento</a> <a href="/prescritores">Área do prescritor</a> <a href="/lojas">Nossas lojas</a></nav></header>
<main>
<h1>Cetamina manipulada</h1>
<p>A cetamina está na lista de substâncias controladas (Portaria SVS/MS 344/98). Por isso, a Farmácia Vida só manipula cetamina mediante apresentação da receita original, emitida por médico, em Notificação de Receita ou Receita de Controle Especial, conforme a lista aplicável.</p>
<p>Não vendemos cetamina pela internet, por WhatsApp ou sem receita. Para pedir orçamento, anexe a foto da receita; a retirada ou entrega só acontece após conferência do documento original pelo farmacêutico responsável.</p>
<p>Farmacêutica responsável: Dra. Marina Quintela, CRF-MG 23.871.</p>
</main>
<footer>Farmácia de Manipulação Vida Ltda. &middot; Autorização de Funcionamento ANVISA n.º 0.00000-0 &middot; Belo Horizonte</footer>
""", noise="cookie-pt")

p("h6540", "https://compareclinics.example/ketamine/denver", "informational", False, "en",
  "clinic-comparison-directory", "Compare Ketamine Clinics in Denver, CO (2026) | CompareClinics", """
<header><a href="/">CompareClinics</a> <form><input value="Denver, CO"><button>Search</button></form></header>
<main>
<h1>Ketamine clinics in Denver: compare 9 providers</h1>
<p>We list only practices that treat patients in person or by video with a licensed clinician. Listings are free; clinics cannot pay for a higher position. We do not list websites that sell ketamine without a prescription.</p>
<table><tr><th>Clinic</th><th>Treatments</th><th>Infusion price</th><th>Rating</th><th></th></tr>
<tr><td>Front Range Infusion Partners</td><td>IV ketamine, Spravato</td><td>$450</td><td>4.7 (212)</td><td><a href="#">Compare</a></td></tr>
<tr><td>Mile High Mind Clinic</td><td>IV/IM ketamine, KAP</td><td>$495</td><td>4.5 (98)</td><td><a href="#">Compare</a></td></tr>
<tr><td>Cherry Creek Psychiatry</td><td>Spravato (REMS)</td><td>insurance</td><td>4.8 (64)</td><td><a href="#">Compare</a></td></tr></table>
<p>Prices are self-reported by clinics and may be out of date. Always confirm directly.</p>
<aside><h3>Guides</h3><a href="#">Questions to ask before your first infusion</a> <a href="#">Does insurance cover ketamine?</a></aside>
</main>
<footer>CompareClinics &copy; 2026 &middot; <a href="/methodology">How we list</a></footer>
""", noise="cookie")

save(OUT, R)
