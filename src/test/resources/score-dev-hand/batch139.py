# Batch 139 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "What a search for 'ketamine near me' or 'ketamine online' returns in 2027": the pages behind
# the results of ordinary patient searches in the US and in Europe, in their common forms, every
# category, no particular trick in mind: local-SEO doorways, shops, fake and real telehealth, infusion
# and Spravato clinics, KAP practices, hospital departments, directories, news, warnings, forums,
# law firms, harm reduction and rehab.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium landing pages, short
# listings and product pages, navigation-heavy location pages, partial pages (cut off mid-page), a
# bot-check wall decided by URL, and a few plain-text excerpts (social bio, search snippet, notes).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch139.py (writes batch139/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch139")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h13901", "https://ketaminenearme-guide.example/ketamine-near-me/houston-tx", "seller", True, "en",
  "local-seo-doorway-affiliate", "Ketamine Near Me in Houston, TX (2027) – Clinics, Prices & Same-Day Options", """
<header><a class="logo" href="/">KetamineNearMe<span>.guide</span></a>
<nav><a href="/ketamine-near-me/">Find by City</a> <a href="/ketamine-online/">Ketamine Online</a> <a href="/prices/">Prices 2027</a> <a href="/blog/">Blog</a> <a href="/contact/">Contact</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/ketamine-near-me/">Ketamine Near Me</a> &rsaquo; <a href="/ketamine-near-me/tx/">Texas</a> &rsaquo; Houston</p>
<h1>Ketamine Near Me in Houston, TX &ndash; Updated January 2027</h1>
<p class="byline">By Editorial Team &middot; Reviewed for accuracy &middot; 7 min read</p>
<p>Looking for ketamine near you in Houston? You are not alone. Searches for "ketamine near me" in Harris County have grown every year since 2022, and Houston now has more than twenty providers offering ketamine in some form. In this guide we compare your options: in-office infusion clinics, at-home programs and the fastest way to get ketamine delivered without waiting weeks for an appointment.</p>
<h2>Option 1: Infusion clinics in Houston</h2>
<p>Infusion clinics in the Galleria, Memorial and Medical Center areas typically charge $400&ndash;$750 per IV session, and most require a referral, a psychiatric evaluation and a series of six infusions. Waiting lists of three to five weeks are common. Insurance rarely covers IV ketamine.</p>
<table class="compare"><tr><th>Option</th><th>Typical cost</th><th>Wait time</th><th>Paperwork</th></tr>
<tr><td>IV infusion clinic</td><td>$2,400&ndash;$4,500 per series</td><td>3&ndash;5 weeks</td><td>Referral, intake, records</td></tr>
<tr><td>Spravato (esketamine) center</td><td>Insurance + copay</td><td>4&ndash;8 weeks</td><td>Prior authorization</td></tr>
<tr><td><b>KetaExpress (our top pick)</b></td><td><b>from $129</b></td><td><b>Ships today</b></td><td><b>None &ndash; no doctor visit</b></td></tr></table>
<h2>Option 2: Skip the clinic &ndash; our top pick</h2>
<div class="pick"><span class="badge">Editor's choice 2027</span>
<p><b>KetaExpress</b> is the option most of our Houston readers choose. There is no appointment, no waiting room and no prescription to chase down: pick your product (sublingual tablets, nasal spray or crystal), pay and it ships the same day in plain packaging. Orders placed before 2 pm arrive in Houston the next morning.</p>
<ul><li>Ketamine HCl crystal 5 g &ndash; $129</li><li>Ketamine nasal spray 100 mg/ml &ndash; $159</li><li>Sublingual RDTs 50 mg x 20 &ndash; $149</li></ul>
<p>Use code <b>HOUSTON15</b> for 15% off. Bitcoin and Zelle accepted; card payments sometimes fail because banks are "nervous" about the category, so crypto is recommended.</p>
<a class="btn" href="/go/ketaexpress?city=houston" rel="nofollow sponsored">Order from KetaExpress &rarr;</a></div>
<h2>Is it legal to buy ketamine online in Texas?</h2>
<p>Ketamine is a Schedule III substance. We are not lawyers and nothing on this page is legal advice. Thousands of people order every month without problems, and our partner ships discreetly with no mention of the contents.</p>
<h2>Other cities in Texas</h2>
<p><a href="/ketamine-near-me/austin-tx">Austin</a> &middot; <a href="/ketamine-near-me/dallas-tx">Dallas</a> &middot; <a href="/ketamine-near-me/san-antonio-tx">San Antonio</a> &middot; <a href="/ketamine-near-me/el-paso-tx">El Paso</a> &middot; <a href="/ketamine-near-me/fort-worth-tx">Fort Worth</a> &middot; <a href="/ketamine-near-me/plano-tx">Plano</a></p>
</main>
<footer><p>Disclosure: we may earn a commission when you buy through links on this page. &copy; 2027 KetamineNearMe.guide &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h13902", "https://ketarx-now.example/get-started", "seller", True, "en",
  "fake-telehealth-questionnaire-only", "KetaRx Now – Ketamine Prescribed Online in Minutes", """
<header><a class="logo" href="/">KetaRx<b>Now</b></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav></header>
<section class="hero">
<h1>Ketamine online. Approved in minutes, at your door in 48 hours.</h1>
<p>No video calls. No waiting rooms. No awkward conversations. Answer 9 quick questions and our medical team approves your prescription &ndash; usually in under 5 minutes.</p>
<a class="btn" href="#quiz">Start my 2-minute assessment</a>
<p class="trust">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 12,400+ members &middot; Ships to all 50 states &middot; 100% approval guarantee or your money back</p>
</section>
<section id="how"><h2>How it works</h2>
<ol><li><b>Answer the questionnaire.</b> Tell us how you have been feeling. It takes two minutes.</li>
<li><b>Instant approval.</b> Our system reviews your answers and a provider signs off automatically &ndash; you do not need to speak to anyone.</li>
<li><b>Choose your product.</b> Ketamine troches 100&ndash;400 mg, sublingual drops or nasal spray.</li>
<li><b>Fast, discreet delivery.</b> Unmarked box, no signature, tracking by text.</li></ol></section>
<section id="pricing"><h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>$99 &ndash; 10 troches x 200 mg</p></div>
<div class="plan featured"><h3>Monthly</h3><p>$179/mo &ndash; 30 troches x 200 mg, auto-refill, dose increases on request</p></div>
<div class="plan"><h3>Max</h3><p>$299/mo &ndash; 30 troches x 400 mg + nasal spray</p></div>
<p class="small">Already have a diagnosis? Skip the questions with Express Checkout. Need more before your refill? Just reply to your order text.</p></section>
<section id="quiz"><h2>Is ketamine right for you?</h2>
<form action="/quiz/submit" method="post">
<label>1. Over the past two weeks, how often have you felt down or hopeless? <select><option>Not at all</option><option>Several days</option><option>More than half the days</option><option>Nearly every day</option></select></label>
<label>2. Are you 18 or older? <input type="checkbox"> Yes</label>
<label>3. Shipping state <select><option>Choose...</option></select></label>
<button>See if I qualify</button></form></section>
<footer><p>KetaRx Now is a technology platform. Prescriptions are issued at the discretion of affiliated providers. &copy; 2027 &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h13903", "https://nordchem-research.example/product/2f-dck-crystal", "seller", True, "en",
  "research-chemical-analogue-product", "2F-DCK Crystal – NordChem Research", """
<nav><a href="/">Home</a> | <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> | <a href="/shop/dissociatives">Dissociatives</a> | <a href="/shop/pellets">Pellets</a> | <a href="/coa">COA</a> | <a href="/shipping">Shipping</a> | <a href="/cart">Cart</a></nav>
<h1>2F-DCK (2-Fluorodeschloroketamine) &ndash; Crystal</h1>
<p class="price">1 g &ndash; &euro;32 &middot; 5 g &ndash; &euro;110 &middot; 10 g &ndash; &euro;185 &middot; 25 g &ndash; &euro;340</p>
<p>Purity &ge; 99.5% (HPLC). Fine white crystalline powder. Analogue of ketamine, sold strictly as a research chemical and reference standard. <b>Not for human consumption.</b> Buyer must be 21+.</p>
<p>Also available: <a href="/product/dck">Deschloroketamine (DCK)</a>, <a href="/product/o-pce">O-PCE</a>, <a href="/product/3-meo-pcp">3-MeO-PCP</a>, <a href="/product/ketamine-reference">Ketamine reference material</a> (enquire).</p>
<form><select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select> <button>Add to cart</button></form>
<p>Shipping: EU tracked 2&ndash;5 days, USA/UK 5&ndash;10 days. Vacuum-sealed, odour-proof, discreet outer packaging. Free reship if customs seizes your parcel (once per customer). Payment: BTC, XMR, LTC, SEPA bank transfer.</p>
<h3>Reviews (41)</h3>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Arrived in Ohio in 8 days, well packed. Same quality as last batch." &ndash; verified buyer</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Good for my research, a bit longer onset than the real thing." &ndash; verified buyer</p>
""")

p("h13904", "https://vetpharma-direct.example/ketamine-hydrochloride-injection-100mg-ml", "seller", True, "en",
  "veterinary-product-no-rx", "Ketamine Hydrochloride Injection 100 mg/ml – 10 ml vial | VetPharma Direct", """
<header><div class="topbar">Worldwide delivery &middot; No vet prescription needed for most items &middot; WhatsApp +44 7700 900123</div>
<nav><a href="/">Home</a> <a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Equine</a> <a href="/anaesthetics">Anaesthetics</a> <a href="/sedatives">Sedatives</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection USP 100 mg/ml (Ketaset / Vetalar equivalent) &ndash; 10 ml</h1>
<div class="price">$85.00 per vial &middot; 5 vials $360 &middot; 10 vials $640</div>
<p>Dissociative anaesthetic for use in cats, dogs, horses and laboratory animals. Manufactured under GMP. Each vial contains ketamine hydrochloride equivalent to 100 mg ketamine base per ml, with benzethonium chloride 0.1 mg/ml as preservative.</p>
<p><b>Who can order?</b> Everyone &ndash; breeders, farms, pet owners and private buyers. We do not ask for a veterinary licence or prescription. Orders are shipped with a generic customs description.</p>
<p><b>Delivery:</b> USA 7&ndash;12 days, UK/EU 5&ndash;9 days, Australia 10&ndash;15 days. If your package is held we resend free of charge.</p>
<p><b>Payment:</b> Bitcoin, USDT, Western Union, Remitly. Card payment not available for this product.</p>
<form><label>Quantity <input type="number" value="1"></label> <button>Add to basket</button> <a href="https://wa.me/447700900123">Order on WhatsApp</a></form>
<h2>Related products</h2>
<ul><li>Xylazine 100 mg/ml &ndash; $55</li><li>Tiletamine/zolazepam (Zoletil 100) &ndash; $95</li><li>Pentobarbital sodium &ndash; enquire</li></ul>
</main>
<footer>&copy; VetPharma Direct 2027 &middot; Registered pet supply company</footer>
""", noise="cookie")

p("h13905", "https://cityads-board.example/los-angeles/health-beauty/k-crystal-special-k-available-4821977", "seller", True, "en",
  "classified-listing-short", "K crystal / special K available – LA & OC – Health & Beauty – CityAds", """
<nav><a href="/los-angeles/">Los Angeles</a> &gt; <a href="/los-angeles/health-beauty/">Health &amp; Beauty</a> &gt; Listing #4821977</nav>
<h1>K crystal / "special K" available &ndash; LA &amp; OC</h1>
<p class="meta">Posted 2 hours ago &middot; Koreatown &middot; $60</p>
<p>Pharma grade shards, no cut, test it in front of me. 1g $60, 3.5 $180, oz ask. Also have vials and nasal. Delivery all LA/OC same day, ship nationwide stealth. Text only or Telegram @kshards_la &ndash; no cops no time wasters. Cash app / zelle / BTC.</p>
<p class="tools"><a href="/report/4821977">Report listing</a> &middot; <a href="/save/4821977">Save</a> &middot; <a href="/safety">Safety tips</a></p>
""")

p("h13906", "https://instagram-mirror.example/k.lounge.eu", "seller", True, "en",
  "social-bio-txt", "k.lounge.eu bio", """
k.lounge.eu · 8,142 followers · 12 following
🍃✨ premium K | 2FDCK | DCK | MDMA pellets
📦 EU ➡️ 1-3 days  🇺🇸 US ➡️ 5-7 days  stealth 100% / reship guaranteed
💬 menu + prices in highlights ⬆️  orders ONLY on Telegram @klounge_eu (no DMs here)
💰 BTC / XMR / Revolut
❌ no samples ❌ no fronts  ✅ vouches in story
""", ext="txt")

p("h13907", "https://serenity-ketamine-wellness.example/at-home-kits", "seller", True, "en",
  "fake-clinic-ships-without-evaluation", "At-Home Ketamine Kits | Serenity Ketamine Wellness", """
<header><a class="logo" href="/">Serenity <em>Ketamine Wellness</em></a>
<nav><a href="/">Home</a> <a href="/about">Our Clinic</a> <a href="/team">Team</a> <a href="/at-home-kits">At-Home Kits</a> <a href="/locations">Locations</a> <a href="/blog">Journal</a> <a class="btn" href="/shop">Shop now</a></nav></header>
<section class="hero"><h1>The healing of our clinic, delivered to your home</h1>
<p>Since 2019 Serenity has welcomed thousands of guests to our infusion lounges. Now you can experience the same medicine from the comfort of your couch, wherever you live.</p></section>
<section><h2>Why at-home?</h2>
<p>Clinic appointments are expensive and hard to get. Many of our guests told us they could not take a day off work or drive home after an infusion. Our at-home kits bring you pharmaceutical-grade ketamine with the same calming playlists, eye mask and journal we use in our lounges.</p>
<h2>Choose your kit</h2>
<div class="kit"><h3>Gentle Start</h3><p>4 sublingual doses (150 mg) + integration journal &ndash; <b>$249</b></p><button>Add to cart</button></div>
<div class="kit"><h3>Deep Reset</h3><p>8 doses (300 mg) + nasal spray 10 ml + eye mask &ndash; <b>$449</b></p><button>Add to cart</button></div>
<div class="kit"><h3>Monthly Ritual</h3><p>Subscription, 8 doses every month &ndash; <b>$379/mo</b></p><button>Subscribe</button></div>
<h2>Do I need an appointment?</h2>
<p>No. Your order includes a short wellness check-in form that you fill out at checkout; there is no call and no waiting. Kits ship within 24 hours in neutral packaging. We also ship to Canada and the UK.</p>
<h2>Is this safe?</h2>
<p>Ketamine has been used in medicine for more than 50 years. Start with half a dose, have a friend nearby, and never drive afterwards. If you feel too much, lie down and listen to the playlist.</p></section>
<footer><p>Serenity Ketamine Wellness &middot; Scottsdale &middot; Las Vegas &middot; Online. These statements have not been evaluated by the FDA. &copy; 2027</p></footer>
""", noise="cookie")

p("h13908", "https://buyketamineonline-usa.example/shop/ketamine-powder-crystal", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">buyketamineonline-usa.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">buyketamineonline-usa.example needs to review the security of your connection before proceeding.</div>
</div></div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2a91c6be0d4e21</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h13909", "https://farmacia-discreta24.example/comprar-ketamina-online-sin-receta", "seller", True, "es",
  "shop-category-page-es", "Comprar ketamina online sin receta – Envío discreto 24/48h España", """
<header><div class="aviso">Envío GRATIS a partir de 90&nbsp;&euro; &middot; Entrega en 24/48h en Península &middot; Atención por WhatsApp</div>
<a class="logo" href="/">Farmacia Discreta 24</a>
<nav><a href="/ansioliticos">Ansiolíticos</a> <a href="/analgesicos">Analgésicos</a> <a href="/disociativos">Disociativos</a> <a href="/dormir">Dormir</a> <a href="/blog">Blog</a> <a href="/carrito">Carrito (0)</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas <b>ketamina cerca de mí</b>? En Farmacia Discreta 24 puedes comprar ketamina de calidad farmacéutica sin receta y sin salir de casa. Enviamos a Madrid, Barcelona, Valencia, Sevilla, Málaga, Bilbao y a toda España, también a Baleares y Canarias (72h).</p>
<div class="productos">
<div class="prod"><h3>Ketamina cristal 99% &ndash; 5 g</h3><p class="precio">95,00&nbsp;&euro;</p><button>Añadir al carrito</button></div>
<div class="prod"><h3>Ketolar 50 mg/ml ampollas x5</h3><p class="precio">120,00&nbsp;&euro;</p><button>Añadir al carrito</button></div>
<div class="prod"><h3>Esketamina spray nasal 28 mg (genérico)</h3><p class="precio">189,00&nbsp;&euro;</p><button>Añadir al carrito</button></div>
</div>
<h2>¿Cómo se envía?</h2>
<p>En un sobre acolchado sin logotipos ni remitente comercial. En el paquete no aparece el contenido. Si Correos lo retiene, reenviamos sin coste.</p>
<h2>Formas de pago</h2>
<p>Bizum, transferencia, Bitcoin (10% de descuento) y tarjetas regalo. No pedimos receta ni informe médico.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Es legal?</b> La ketamina es un medicamento de uso hospitalario y veterinario. Nosotros solo la enviamos; el uso es responsabilidad del cliente.</p>
<p><b>¿Hacéis envíos a Portugal y Francia?</b> Sí, en 3&ndash;5 días laborables.</p>
</main>
<footer>&copy; 2027 Farmacia Discreta 24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="https://wa.me/34600000000">WhatsApp</a></footer>
""", noise="cookie-es")

p("h13910", "https://eu-versandapotheke-24.example/de/esketamin-nasenspray-kaufen", "seller", True, "de",
  "fake-online-pharmacy-de", "Esketamin Nasenspray (Spravato) online kaufen ohne Rezept | EU-Versandapotheke 24", """
<header><a class="logo" href="/de/">EU-Versandapotheke 24</a> <span class="usp">&#10003; Diskreter Versand &#10003; Ohne Rezept &#10003; Lieferung in 2&ndash;4 Werktagen</span>
<nav><a href="/de/depression">Depression</a> <a href="/de/schmerz">Schmerz</a> <a href="/de/schlaf">Schlaf</a> <a href="/de/potenz">Potenz</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Spravato&reg; (Esketamin) 28 mg Nasenspray kaufen</h1>
<table class="preise"><tr><th>Packung</th><th>Preis</th><th>Preis pro Spray</th></tr>
<tr><td>1 Nasenspray 28 mg</td><td>149,00 &euro;</td><td>149,00 &euro;</td></tr>
<tr><td>3 Nasensprays (84 mg)</td><td>399,00 &euro;</td><td>133,00 &euro;</td></tr>
<tr><td>6 Nasensprays</td><td>729,00 &euro;</td><td>121,50 &euro;</td></tr></table>
<button>In den Warenkorb</button>
<p>Esketamin ist das S-Enantiomer von Ketamin und wirkt schnell bei therapieresistenter Depression. In Deutschland erhalten Patienten Spravato nur unter Aufsicht in der Arztpraxis &ndash; bei uns bestellen Sie bequem nach Hause. <b>Kein Rezept notwendig:</b> Unser Online-Fragebogen ersetzt den Arztbesuch.</p>
<h2>Auch erhältlich</h2>
<ul><li>Ketamin-Hydrochlorid 50 mg/ml Injektionslösung, 5 Ampullen &ndash; 119 &euro;</li><li>Ketamin Lutschtabletten 100 mg, 20 Stück &ndash; 139 &euro;</li></ul>
<h2>Versand &amp; Zahlung</h2>
<p>Versand aus einem EU-Lager in neutraler Verpackung, ohne Hinweis auf den Inhalt. Zahlung per Überweisung, Bitcoin oder Paysafecard. Lieferung nach Deutschland, Österreich und in die Schweiz.</p>
</main>
<footer>&copy; 2027 EU-Versandapotheke 24 &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h13911", "https://forum-libre-discussions.example/t/vente-keta-fr-be-livraison-discrete/88214", "seller", True, "fr",
  "vendor-forum-post-fr", "[VENTE] Kéta FR/BE – livraison discrète – Forum Libre Discussions", """
<nav><a href="/">Forum Libre Discussions</a> &rsaquo; <a href="/c/marche">Le Marché</a> &rsaquo; <a href="/c/marche/vendeurs">Vendeurs vérifiés</a></nav>
<h1>[VENTE] Kéta FR/BE &ndash; livraison discrète 48h</h1>
<div class="post" id="p1"><div class="author">kristal_paris &middot; Vendeur vérifié &middot; 214 messages</div>
<div class="content">
<p>Salut à tous, je reprends les ventes après la pause d'hiver. Kéta cristaux type "aiguilles", très propre, retours ++ sur le topic précédent.</p>
<p><b>Tarifs :</b><br>1 g &ndash; 35&nbsp;&euro;<br>5 g &ndash; 150&nbsp;&euro;<br>10 g &ndash; 270&nbsp;&euro;<br>25 g &ndash; 600&nbsp;&euro;</p>
<p>Envoi Lettre suivie sous 48h, double emballage sous vide, rien d'écrit. FR, BE, LU, CH (+10&nbsp;&euro;). Paiement BTC ou XMR uniquement, pas de PayPal.</p>
<p>Commande par Session ou Signal (ID en MP). Pas de remise en main propre.</p>
</div></div>
<div class="post" id="p2"><div class="author">nuit_blanche</div><div class="content"><p>Reçu hier à Lyon, conforme, merci. Test au réactif Mandelin OK.</p></div></div>
<div class="post" id="p3"><div class="author">Modération</div><div class="content"><p>Rappel : les vendeurs doivent poster leurs retours dans le fil dédié.</p></div></div>
""", noise="cookie-fr")

p("h13912", "https://keta-bezorgd.example/nl/ketamine-bestellen", "seller", True, "nl",
  "shop-landing-nl", "Ketamine bestellen – snel en discreet bezorgd in heel Nederland | Keta Bezorgd", """
<header><a class="logo" href="/nl/">Keta<b>Bezorgd</b></a>
<nav><a href="/nl/">Home</a> <a href="/nl/assortiment">Assortiment</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/faq">Veelgestelde vragen</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Ketamine bestellen bij jou in de buurt</h1>
<p>Ketamine in de buurt zoeken in Amsterdam, Rotterdam, Utrecht of Eindhoven? Bestel vandaag vóór 16:00 en je hebt het morgen in de brievenbus. Ook bezorging in België (Antwerpen, Gent, Brussel).</p>
<ul class="assortiment">
<li>Ketamine (S-isomeer) kristal 2 g &ndash; &euro; 55 <button>In winkelwagen</button></li>
<li>Ketamine kristal 5 g &ndash; &euro; 120 <button>In winkelwagen</button></li>
<li>Ketamine 10 g &ndash; &euro; 210 <button>In winkelwagen</button></li>
</ul>
<h2>Betalen</h2>
<p>Betaal met iDEAL via een tussenpersoon, Bitcoin of Monero. De omschrijving op je bankafschrift is neutraal.</p>
<h2>Verzending</h2>
<p>Brievenbuspakje zonder afzender, geurdicht verpakt. Komt je pakje niet aan, dan sturen we eenmalig gratis opnieuw.</p>
<p class="klein">Liever persoonlijk contact? Stuur een bericht op Telegram: @ketabezorgd_nl</p>
</main>
<footer>Keta Bezorgd &copy; 2027</footer>
""", noise="cookie-nl")

p("h13913", "https://hospitalar-distribuidora.example/produto/cetamina-ketalar-50mg-ml-ampola", "seller", True, "pt",
  "fake-distributor-product-pt", "Cetamina 50 mg/ml (Ketalar) ampola 10 ml – compra online | Hospitalar Distribuidora", """
<header><div class="faixa">Entregamos em todo o Brasil e em Portugal &middot; Pix com 10% de desconto &middot; Atendimento WhatsApp</div>
<a class="logo" href="/">Hospitalar Distribuidora</a>
<nav><a href="/anestesicos">Anestésicos</a> <a href="/analgesicos">Analgésicos</a> <a href="/veterinaria">Veterinária</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamina (cloridrato de cetamina) 50 mg/ml &ndash; ampola 10 ml</h1>
<p class="preco">R$ 189,90 a unidade &middot; caixa com 5: R$ 849,00 &middot; no Pix: R$ 764,10</p>
<p>Anestésico geral de uso hospitalar e veterinário. Produto original, lacrado, com nota.</p>
<p><b>Preciso de receita?</b> Não. Vendemos para pessoa física e jurídica. Para pessoa física o envio é feito em embalagem sem identificação.</p>
<p><b>Prazo:</b> capitais 2&ndash;4 dias úteis; Portugal 7&ndash;10 dias (envio registado, sem declaração de conteúdo).</p>
<button>Comprar</button> <a href="https://wa.me/5511900000000">Comprar pelo WhatsApp</a>
<h2>Quem comprou também levou</h2>
<ul><li>Cetamina S(+) (escetamina) 50 mg/ml &ndash; R$ 239,90</li><li>Midazolam 5 mg/ml &ndash; R$ 49,90</li></ul>
</main>
<footer>&copy; 2027 Hospitalar Distribuidora &middot; CNPJ em atualização</footer>
""", noise="cookie-pt")

p("h13914", "https://salute-naturale-blog.example/ketamina-online-dove-comprare-guida-2027", "seller", True, "it",
  "affiliate-review-doorway-it", "Ketamina online: dove comprarla in Italia nel 2027 (guida e migliori siti)", """
<header><a class="logo" href="/">Salute Naturale Blog</a>
<nav><a href="/">Home</a> <a href="/benessere">Benessere</a> <a href="/integratori">Integratori</a> <a href="/guide">Guide</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Ketamina online: dove comprarla in Italia nel 2027</h1>
<p class="meta">Aggiornato il 4 gennaio 2027 &middot; 9 minuti di lettura</p>
<p>Sempre più persone cercano "ketamina vicino a me" o "ketamina online" per trattare ansia e depressione. In Italia l'esketamina (Spravato) si somministra solo in centri ospedalieri, con liste d'attesa lunghe. Per questo abbiamo provato per voi i siti che spediscono ketamina in Italia senza ricetta.</p>
<h2>1. KetaItalia Express &ndash; il migliore</h2>
<p>Spedizione in 48 ore con corriere, pacco anonimo, pagamento anche con ricarica PostePay o Bitcoin. Prezzi da 39&nbsp;&euro; al grammo. Nessuna ricetta richiesta. <a href="/vai/ketaitalia" rel="sponsored nofollow">Vai al sito &raquo;</a></p>
<h2>2. FarmaEuropa Online</h2>
<p>Vende compresse sublinguali di ketamina e spray di esketamina generica. Spedisce dalla Spagna, 4&ndash;6 giorni. <a href="/vai/farmaeuropa" rel="sponsored nofollow">Vai al sito &raquo;</a></p>
<h2>3. LabChem EU</h2>
<p>Per chi cerca analoghi come 2F-DCK venduti come "prodotti per la ricerca". <a href="/vai/labchem" rel="sponsored nofollow">Vai al sito &raquo;</a></p>
<h2>Consigli per un acquisto sicuro</h2>
<ul><li>Scegli siti con spedizione discreta e rispedizione garantita.</li><li>Paga in criptovaluta per maggiore privacy.</li><li>Inizia con dosi basse.</li></ul>
</article>
<footer><p>Questo articolo contiene link di affiliazione. &copy; 2027 Salute Naturale Blog</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth (9)

p("h13915", "https://stillwater-mind.example/ketamine-therapy/texas", "telehealth", False, "en",
  "telehealth-state-landing-long", "At-Home Ketamine Therapy in Texas | Stillwater Mind", """
<header><a class="logo" href="/">Stillwater Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/is-it-right-for-me">Is it right for me?</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/research">Research</a> <a href="/login">Log in</a> <a class="btn" href="/assessment">Take the assessment</a></nav></header>
<section class="hero"><h1>Ketamine therapy in Texas, from home &ndash; with a real clinician</h1>
<p>Searching for ketamine near you? Stillwater Mind brings evidence-informed ketamine treatment to patients across Texas through a licensed psychiatric clinician you meet by video, a guided at-home protocol and weekly check-ins.</p>
<a class="btn" href="/assessment">See if you're a candidate</a> <span class="note">Free 3-minute screening &middot; Clinician review within 2 business days</span></section>
<section><h2>How it works</h2>
<ol><li><b>Online screening.</b> A short medical and mental-health history. Some people are not eligible, including those with uncontrolled high blood pressure, a history of psychosis or active substance use disorder.</li>
<li><b>Video evaluation (60 min).</b> A board-certified psychiatrist or psychiatric nurse practitioner licensed in Texas reviews your history, current medications and goals. If ketamine is not appropriate, we tell you why and refund your evaluation fee.</li>
<li><b>Prescription and delivery.</b> If you are prescribed treatment, a licensed partner pharmacy dispenses sublingual ketamine tablets and ships them to your Texas address. Your first package also includes a blood-pressure cuff.</li>
<li><b>Sessions with a peer monitor.</b> You take each dose at home with a trusted adult present, after checking your blood pressure in the app. A guide is available by chat during the session.</li>
<li><b>Follow-up.</b> Your clinician meets you again after session 2 and session 6 and adjusts or stops treatment based on PHQ-9 and GAD-7 scores.</li></ol></section>
<section><h2>Pricing</h2>
<p>Initial program (evaluation, 6 sessions, 2 follow-ups, medication): <b>$1,150</b>, or 4 payments of $287.50. Maintenance membership after the initial program: $249 every 3 months. HSA/FSA cards accepted. We are not in network with insurance, but we provide superbills.</p></section>
<section><h2>Where we treat</h2>
<p>Stillwater clinicians currently hold licenses in Texas, Florida, California, Colorado, New York, Illinois, North Carolina and Washington. Your clinician must be licensed in the state where you are physically located during each visit.</p></section>
<section><h2>Is at-home ketamine safe?</h2>
<p>Ketamine is an FDA-approved anesthetic; its use for depression and anxiety in this format is off-label. Side effects can include dissociation, nausea, elevated blood pressure and, with frequent high-dose use, bladder problems. Ketamine can be misused. We limit dose and frequency, do not allow early refills and may request a urine drug screen.</p></section>
<footer><p>Stillwater Mind Medical Group, P.A. &middot; Clinical services provided by independently licensed clinicians. If you are in crisis, call or text 988. &copy; 2027 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a></p></footer>
""", noise="cookie")

p("h13916", "https://lumen-psychiatry-online.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership", "Pricing & Plans – Lumen Psychiatry Online", """
<nav><a href="/">Lumen</a> <a href="/conditions">Conditions</a> <a href="/ketamine">Ketamine care</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="btn" href="/signup">Get started</a></nav>
<h1>Transparent pricing</h1>
<div class="plans">
<div class="plan"><h2>Psychiatric evaluation</h2><p class="price">$229 one-time</p><p>60-minute video visit with a board-certified psychiatrist. Diagnosis, treatment plan and, if appropriate, prescriptions sent to your local pharmacy. Insurance accepted in 14 states.</p></div>
<div class="plan featured"><h2>Ketamine care membership</h2><p class="price">$299 / month</p><p>Monthly video follow-up, at-home ketamine sessions if prescribed (medication dispensed by our licensed partner pharmacy), measurement-based care and messaging with your care team. Minimum 3 months. Requires a completed psychiatric evaluation; not everyone qualifies.</p><a class="btn" href="/signup?plan=ketamine">Start with an evaluation</a></div>
<div class="plan"><h2>Medication management</h2><p class="price">$119 / month</p><p>For ongoing antidepressant and anxiety medication management.</p></div>
</div>
<h2>Frequently asked</h2>
<p><b>Can I buy ketamine without the evaluation?</b> No. Every patient is evaluated by video by a licensed clinician before anything is prescribed, and we re-evaluate every 90 days.</p>
<p><b>Do you take HSA/FSA?</b> Yes. We also provide itemised receipts (superbills) for out-of-network reimbursement.</p>
<p><b>Can I cancel?</b> After the first 3 months you can cancel any time from your account.</p>
<footer>&copy; 2027 Lumen Psychiatry Online, PLLC</footer>
""")

p("h13917", "https://brightpath-telepsych.example/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato (esketamine) evaluation online – BrightPath TelePsych", """
<header><a href="/">BrightPath TelePsych</a> <nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book a visit</a></nav></header>
<h1>Looking for Spravato near you? Start with a virtual evaluation.</h1>
<p>Spravato (esketamine) nasal spray is FDA-approved for treatment-resistant depression and for depressive symptoms with acute suicidal ideation. Under the Spravato REMS it can only be self-administered under supervision at a certified treatment center, and you must stay for at least two hours. It is never shipped to your home.</p>
<p>BrightPath psychiatrists evaluate you by secure video, review your previous antidepressant trials, handle the prior authorization with your insurer, and refer you to a REMS-certified partner center close to where you live. We keep managing your care and medication between sessions.</p>
<h2>What to expect</h2>
<ul><li>Video intake with a psychiatrist (most major insurers, Medicare accepted)</li><li>Records review and prior authorization (typically 1&ndash;3 weeks)</li><li>Referral to one of 60+ partner treatment centers in AZ, NV, UT, CO and NM</li><li>Ongoing telepsychiatry follow-up</li></ul>
<a class="btn" href="/book?reason=spravato">Book a Spravato evaluation</a>
<p class="small">If you are thinking about suicide, call or text 988 or go to the nearest emergency room.</p>
""")

p("h13918", "https://haven-ketamine-care.example/blog/ketamine-online-scams-how-to-tell", "telehealth", False, "en",
  "telehealth-blog-scam-warning", "Ketamine Online: How to Tell a Legitimate Provider From a Scam | Haven Ketamine Care", """
<header><a class="logo" href="/">Haven</a><nav><a href="/treatment">Treatment</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a class="btn" href="/apply">Apply</a></nav></header>
<article>
<h1>"Ketamine online": how to tell a legitimate provider from a scam</h1>
<p class="meta">Medically reviewed by Dr. Priya Natarajan, MD, board-certified psychiatrist &middot; February 2027</p>
<p>Type "ketamine online" into a search engine and the first page mixes real telehealth programs with websites that will mail you ketamine crystals, vet vials or "2F-DCK" with no questions asked. Some even copy the language and photos of real clinics. Here is what our clinicians tell patients who ask how to tell the difference.</p>
<h2>Red flags</h2>
<ul><li><b>"No doctor visit" or "instant approval".</b> A legitimate prescriber must evaluate you. A questionnaire alone is not an evaluation.</li>
<li><b>Payment in Bitcoin, gift cards or Zelle only.</b> Pharmacies and medical groups take cards, HSA/FSA and insurance.</li>
<li><b>Crystal, powder or injection vials for home use.</b> At-home programs use measured sublingual tablets or lozenges, not powder.</li>
<li><b>"Stealth" or "discreet reship if seized".</b> A licensed pharmacy ships in normal pharmacy packaging with your name on the label.</li>
<li><b>Telegram or WhatsApp ordering.</b></li></ul>
<h2>What a real program looks like</h2>
<p>At Haven, every patient has a 60-minute video evaluation with a named clinician licensed in their state. We check blood pressure, screen for psychosis and substance use, and decline roughly one in four applicants. Medication is dispensed by a licensed 503A partner pharmacy only after a prescription is written, and we do not offer refills without a follow-up visit.</p>
<p>If you have already bought from a site that turned out to be a scam, talk to your doctor, do not take unknown powders, and consider reporting the site to the FDA's BeSafeRx program.</p>
<a class="btn" href="/apply">Start your evaluation</a>
</article>
<footer>&copy; 2027 Haven Ketamine Care &middot; Services provided by Haven Medical Group, P.C.</footer>
""", noise="cookie")

p("h13919", "https://evenkeel-health.example/clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster-partial", "Our Clinicians – Even Keel Health", """
<nav><a href="/">Even Keel</a> | <a href="/ketamine">At-home ketamine</a> | <a href="/clinicians">Clinicians</a> | <a href="/states">States</a> | <a href="/start">Start</a></nav>
<h1>Meet the clinicians who will evaluate you</h1>
<p>Every Even Keel patient is evaluated by video by one of the clinicians below before any medication is prescribed. Licensing information can be verified on each state board's website.</p>
<div class="card"><h3>Marcus Oyelaran, MD</h3><p>Psychiatry (ABPN). Licensed in CA, OR, WA, NV. Medical Director.</p></div>
<div class="card"><h3>Jennifer Kowalczyk, PMHNP-BC</h3><p>Psychiatric nurse practitioner. Licensed in NY, NJ, CT, PA.</p></div>
<div class="card"><h3>Daniel Reyes-Whitfield, DO</h3><p>Psychiatry and addiction medicine. Licensed in TX, FL, GA, NC.</p></div>
<div class="card"><h3>Aisha Rahman, PMHNP-BC</h3><p>Licensed in IL, MI, OH, MN, WI.</p></div>
<div class="card"><h3>Sofia Lindqvist, MD</h3><p>Psychiatry. Licensed in CO, AZ, UT, NM.</p></div>
<div class="card"><h3>Thomas Brennan, PMHNP
""")

p("h13920", "https://search-snippets.example/telehealth/ketamine-online-result-nova", "telehealth", False, "en",
  "search-snippet-txt", "Nova Mind Telehealth snippet", """
Nova Mind – At-Home Ketamine Treatment | Licensed Clinicians
https://novamind-telehealth.example › ketamine
Ketamine online, the right way: meet a licensed psychiatric clinician by video, get a personalised plan, and if prescribed, medication ships from our licensed partner pharmacy. Now in 22 states. Membership from $199/mo. HSA/FSA eligible.
""", ext="txt")

p("h13921", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "telepsychiatry-de-referral", "Esketamin-Behandlung: Online-Erstgespräch | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression &ndash; Erstgespräch per Video</h1>
<p>Viele Patientinnen und Patienten suchen nach „Ketamin Behandlung in der Nähe". Esketamin-Nasenspray (Spravato&reg;) ist in Deutschland für Erwachsene mit therapieresistenter Depression zugelassen. Die Anwendung erfolgt ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik; nach jeder Anwendung bleiben Sie etwa zwei Stunden zur Überwachung vor Ort. Ein Versand nach Hause ist nicht möglich.</p>
<h2>Unser Angebot</h2>
<ul><li>Videosprechstunde mit einer Fachärztin bzw. einem Facharzt für Psychiatrie und Psychotherapie (50 Minuten)</li>
<li>Prüfung der bisherigen Behandlungen und Medikamente, ggf. Anforderung von Befunden</li>
<li>Überweisung an eine kooperierende Praxis oder Klinik in Ihrer Region, die Esketamin anwendet</li>
<li>Begleitende Weiterbehandlung per Video</li></ul>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde mit Versichertenkarte (eGK). Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 150&ndash;190 &euro;.</p>
<p><a class="btn" href="/termin?anliegen=esketamin">Videotermin vereinbaren</a></p>
<p class="hinweis">In akuten Krisen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst 116 117 oder den Notruf 112.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h13922", "https://calma-salud-virtual.example/es/terapia-ketamina-en-casa", "telehealth", False, "es",
  "us-telehealth-spanish-landing", "Terapia con ketamina en casa, en español | Calma Salud Virtual", """
<header><a class="logo" href="/es/">Calma Salud Virtual</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/estados">Estados</a> <a href="/en/">English</a> <a class="btn" href="/es/evaluacion">Evaluación gratuita</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, con profesionales que hablan tu idioma</h1>
<p>Calma ofrece tratamiento con ketamina para la depresión y la ansiedad a pacientes en California, Texas, Florida, Arizona, Nuevo México, Nueva York e Illinois, con psiquiatras y enfermeras practicantes bilingües con licencia en tu estado.</p>
<h2>¿Cómo funciona?</h2>
<ol><li>Completa un cuestionario médico en línea (5 minutos).</li>
<li>Consulta por videollamada de 60 minutos con tu clínico. Si la ketamina no es adecuada para ti, te lo explicamos y te orientamos a otras opciones.</li>
<li>Si te la recetan, una farmacia asociada con licencia te envía las tabletas sublinguales a tu domicilio en EE. UU.</li>
<li>Sesiones guiadas en casa con un acompañante adulto y seguimiento por video.</li></ol>
<h2>Precios</h2>
<p>Programa inicial: $1,050 (evaluación, 6 sesiones, medicamento y 2 consultas de seguimiento). Aceptamos tarjetas HSA/FSA y planes de pago.</p>
<p class="aviso">No enviamos fuera de EE. UU. Si estás en crisis, llama o envía un mensaje de texto al 988 (opción en español).</p>
</main>
""", noise="cookie-es")

p("h13923", "https://teleconsulta-mente.example/escetamina", "telehealth", False, "pt",
  "telepsychiatry-br-referral", "Escetamina: avaliação psiquiátrica por teleconsulta | Teleconsulta Mente", """
<header><a href="/">Teleconsulta Mente</a> <nav><a href="/especialidades">Especialidades</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Procurando tratamento com escetamina perto de você?</h1>
<p>A escetamina em spray nasal (Spravato&reg;) é aprovada pela Anvisa para depressão resistente ao tratamento. A aplicação é feita somente em clínica ou consultório, sob supervisão médica, com observação de pelo menos duas horas. Não é vendida em farmácias para uso em casa.</p>
<p>Na Teleconsulta Mente, você faz a avaliação inicial por vídeo com um psiquiatra com CRM ativo. Se houver indicação, encaminhamos você para uma clínica parceira na sua cidade (São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre, Recife e Brasília) e seguimos acompanhando o tratamento online.</p>
<h2>Valores</h2>
<p>Teleconsulta psiquiátrica: R$ 420 (reembolso conforme seu plano de saúde). Retorno em até 30 dias incluso.</p>
<a class="btn" href="/agendar?motivo=escetamina">Agendar teleconsulta</a>
<p class="aviso">Em caso de crise, ligue 188 (CVV) ou procure o pronto-socorro mais próximo.</p>
</main>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h13924", "https://desert-sky-infusion.example/phoenix-ketamine-infusion", "clinic", False, "en",
  "infusion-clinic-local-long", "Ketamine Infusion Clinic in Phoenix, AZ | Desert Sky Infusion Center", """
<header><div class="topbar">Call (602) 555-0148 &middot; Mon&ndash;Sat 7am&ndash;6pm &middot; 4420 N 40th St, Suite 210, Phoenix</div>
<a class="logo" href="/">Desert Sky Infusion Center</a>
<nav><a href="/">Home</a> <a href="/conditions">Conditions</a> <a href="/ketamine">Ketamine</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/reviews">Reviews</a> <a class="btn" href="/book">Book now</a></nav></header>
<main>
<h1>Ketamine infusions in Phoenix &ndash; relief in days, not months</h1>
<p>If you searched for "ketamine near me" in the Valley, you have found Arizona's longest-running independent infusion center. Our anesthesiologist-led team has provided more than 14,000 IV ketamine infusions since 2017 for treatment-resistant depression, PTSD, anxiety and chronic pain conditions such as CRPS and fibromyalgia.</p>
<h2>Your first visit</h2>
<p>Every new patient starts with a free 15-minute phone consult and an in-person medical evaluation with our physician. We review your psychiatric history and medications, check vital signs and coordinate with your therapist or psychiatrist. During each infusion a registered nurse monitors your heart rate, blood pressure and oxygen continuously in a private suite; infusions last about 40 minutes for mood and up to 4 hours for pain. You will need someone to drive you home.</p>
<h2>Pricing</h2>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical evaluation</td><td>$150 (credited toward your series)</td></tr>
<tr><td>Single mood infusion</td><td>$475</td></tr>
<tr><td>Induction series (6 infusions)</td><td>$2,550 &ndash; save $300</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain infusion (4 hours)</td><td>$850</td></tr></table>
<p>We accept HSA/FSA, CareCredit and Advance Care financing. Spravato is billed to insurance.</p>
<a class="btn" href="/book">Book your consultation</a>
<h2>What patients say</h2>
<blockquote>"After six infusions I got my life back. The nurses were incredible." &ndash; Maria G., Tempe</blockquote>
<blockquote>"Clean, calm, professional. Dr. Hollis actually listened." &ndash; Kevin R., Scottsdale</blockquote>
<h2>Areas we serve</h2>
<p>Phoenix, Scottsdale, Tempe, Mesa, Chandler, Gilbert, Glendale, Peoria, Paradise Valley and Cave Creek.</p>
</main>
<footer><p>Desert Sky Infusion Center, PLLC &middot; Medical Director: Alan Hollis, MD, Anesthesiology &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-portal">Patient portal</a> &middot; <a href="/pay">Pay my bill</a></p></footer>
""", noise="cookie")

p("h13925", "https://northshore-behavioral.example/spravato-treatment-center", "clinic", False, "en",
  "rems-spravato-center", "Spravato Treatment Near Me – REMS-Certified Center | Northshore Behavioral Health", """
<nav><a href="/">Northshore Behavioral Health</a> <a href="/services">Services</a> <a href="/tms">TMS</a> <a href="/spravato-treatment-center">Spravato</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/refer">Refer a patient</a></nav>
<h1>Spravato&reg; (esketamine) treatment in Evanston and Skokie</h1>
<p>Northshore Behavioral Health is a certified treatment center under the Spravato REMS program. You self-administer the nasal spray in our office under the direct observation of our clinical staff, and we monitor your blood pressure and sedation for at least two hours afterwards.</p>
<h2>Who is eligible?</h2>
<p>Adults with treatment-resistant depression (at least two antidepressants tried without enough response) or with major depressive disorder with acute suicidal thoughts or behavior, in combination with an oral antidepressant.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans, Medicare and Illinois Medicaid with prior authorization. Our benefits team handles the paperwork; typical time to first treatment is 2&ndash;3 weeks. Ask us about the manufacturer's savings program.</p>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: weekly. Then weekly or every two weeks. Plan for about 2&frac12; hours per visit and arrange a ride home &ndash; no driving until the next day.</p>
<p><a class="btn" href="/appointments?service=spravato">Request an appointment</a> or call (847) 555-0192.</p>
<footer>Northshore Behavioral Health, S.C. &middot; 1800 Sherman Ave, Evanston, IL</footer>
""")

p("h13926", "https://cedar-and-river-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy in Portland, OR | Cedar & River", """
<header><a href="/">Cedar &amp; River Integrative Psychiatry</a> <nav><a href="/kap">KAP</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/groups">Groups</a> <a href="/contact">Contact</a></nav></header>
<h1>Ketamine-assisted psychotherapy (KAP)</h1>
<p>At our Southeast Portland office, KAP combines intramuscular or sublingual ketamine, administered and monitored by our psychiatric nurse practitioner, with preparation and integration sessions with a licensed therapist. Treatment happens in a quiet, dimly lit room; your therapist stays with you for the whole medicine session.</p>
<h2>The process</h2>
<ol><li>Free 20-minute call with our intake coordinator</li><li>Medical and psychiatric evaluation (90 min, in person)</li><li>Two preparation sessions with your therapist</li><li>Three to six medicine sessions (2&ndash;3 hours each)</li><li>Integration sessions after each medicine session</li></ol>
<h2>Fees</h2>
<p>Evaluation $325 &middot; Preparation/integration $185 per hour &middot; Medicine session (IM, with therapist) $650 &middot; Package of 3 medicine sessions with 3 integrations $2,350. A limited number of sliding-scale spots are reserved each quarter for BIPOC, veteran and low-income clients. Deposits are taken when you book and can be paid online.</p>
<p><a href="/contact">Join the waitlist</a> &middot; Current wait: about 5 weeks.</p>
<footer>Cedar &amp; River Integrative Psychiatry, LLC &middot; 2105 SE Division St, Portland, OR 97202</footer>
""", noise="cookie")

p("h13927", "https://bluewater-ketamine.example/gift-cards", "clinic", False, "en",
  "clinic-gift-card-short", "Gift Cards – Bluewater Ketamine & Wellness", """
<nav><a href="/">Bluewater Ketamine &amp; Wellness</a> &middot; <a href="/services">Services</a> &middot; <a href="/gift-cards">Gift cards</a> &middot; <a href="/book">Book</a></nav>
<h1>Give the gift of wellness</h1>
<p>Bluewater gift cards can be used toward any service at our Tampa clinic &ndash; ketamine infusions, IV hydration, NAD+ and consultations. Choose $100, $250, $500 or a custom amount. Delivered by email instantly.</p>
<p>Please note: a gift card does not guarantee eligibility. Every guest receiving ketamine must first complete a medical evaluation with our physician at the clinic.</p>
<button>Buy a gift card</button>
<p class="small">Cards never expire. Not redeemable for cash. 3012 W Kennedy Blvd, Tampa, FL &middot; (813) 555-0177</p>
""")

p("h13928", "https://clinica-mente-clara-madrid.example/tratamiento-ketamina-madrid", "clinic", False, "es",
  "private-clinic-es", "Tratamiento con ketamina en Madrid | Clínica Mente Clara", """
<header><div class="top">Calle de Velázquez, 80 &middot; 28001 Madrid &middot; 910 000 123 &middot; WhatsApp para citas</div>
<a class="logo" href="/">Clínica Mente Clara</a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/tratamiento-ketamina-madrid">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Pedir cita</a></nav></header>
<main>
<h1>Ketamina para la depresión resistente en Madrid</h1>
<p>Si buscas "ketamina cerca de mí" en Madrid, en Clínica Mente Clara ofrecemos tratamiento con ketamina intravenosa y esketamina intranasal para la depresión resistente, siempre dentro de un plan psiquiátrico individual. Las infusiones se realizan en nuestra unidad de día con monitorización continua por personal de enfermería y bajo supervisión de un anestesiólogo.</p>
<h2>¿Cómo es el proceso?</h2>
<ol><li>Primera consulta con psiquiatra (valoración de historia clínica y tratamientos previos).</li>
<li>Analítica y electrocardiograma si son necesarios.</li>
<li>Fase de inducción: 6 sesiones en 2&ndash;3 semanas.</li>
<li>Revisión de la respuesta y, si procede, sesiones de mantenimiento.</li></ol>
<h2>Tarifas orientativas</h2>
<p>Primera consulta de psiquiatría: 140&nbsp;&euro; &middot; Sesión de ketamina IV: 390&nbsp;&euro; &middot; Bono de inducción (6 sesiones): 2.100&nbsp;&euro;. Trabajamos con algunas aseguradoras privadas; consúltanos.</p>
<p><a class="btn" href="/contacto">Pide tu cita</a> &middot; También puedes escribirnos por WhatsApp para reservar.</p>
</main>
<footer>Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h13929", "https://chu-exemple-psychiatrie.example/unite-depression-resistante/ketamine-esketamine", "clinic", False, "fr",
  "hospital-department-fr", "Kétamine et eskétamine – Unité dépression résistante | CHU Exemple", """
<nav class="chu"><a href="/">CHU Exemple</a> &rsaquo; <a href="/poles">Pôles</a> &rsaquo; <a href="/poles/psychiatrie">Psychiatrie</a> &rsaquo; Unité dépression résistante</nav>
<nav class="rapide"><a href="/patients">Patients et visiteurs</a> <a href="/rdv">Prendre rendez-vous</a> <a href="/acces">Plan d'accès</a> <a href="/urgences">Urgences</a> <a href="/recrutement">Recrutement</a> <a href="/presse">Presse</a></nav>
<h1>Traitements par kétamine et eskétamine</h1>
<p>L'unité prend en charge les patients adultes souffrant d'épisodes dépressifs caractérisés résistants, adressés par leur psychiatre ou leur médecin traitant. Après une consultation d'évaluation, l'équipe peut proposer l'eskétamine par voie nasale (Spravato&reg;) ou la kétamine intraveineuse, administrée en hôpital de jour avec surveillance médicale et infirmière.</p>
<h2>Comment être adressé ?</h2>
<p>Un courrier de votre médecin précisant les traitements déjà essayés est nécessaire. Les rendez-vous se prennent par le secrétariat (03 00 00 00 00) ou en ligne via Doctolib.</p>
<h2>Prise en charge</h2>
<p>Les soins en hôpital de jour sont pris en charge par l'Assurance maladie dans les conditions habituelles.</p>
<p class="attention">Attention : le CHU ne vend aucun médicament en ligne. Des sites frauduleux proposent de la kétamine « sans ordonnance » : ces produits sont illégaux et dangereux.</p>
""", noise="cookie-fr")

p("h13930", "https://centro-depressione-milano.example/esketamina-spray-nasale", "clinic", False, "it",
  "outpatient-centre-it", "Esketamina spray nasale a Milano – Centro per la Depressione Resistente", """
<header><a href="/">Centro per la Depressione Resistente &ndash; Milano</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina-spray-nasale">Esketamina</a> <a href="/tms">TMS</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro centro ambulatoriale, convenzionato per le prestazioni psichiatriche, somministra esketamina (Spravato&reg;) a pazienti adulti con depressione resistente, in associazione a un antidepressivo orale. Ogni seduta si svolge in ambulatorio sotto la supervisione di uno psichiatra, con monitoraggio della pressione e osservazione per almeno due ore.</p>
<h2>Come accedere</h2>
<p>Serve una prima visita psichiatrica presso il centro (prenotabile con impegnativa del medico di base o in regime privato). Il farmaco non può essere portato a casa e non viene mai spedito.</p>
<h2>Costi</h2>
<p>Prima visita in regime privato: 180&nbsp;&euro;. Per le sedute con esketamina è prevista la distribuzione del farmaco tramite il servizio sanitario secondo i criteri regionali; il ticket dipende dalla Sua esenzione.</p>
<a class="btn" href="/prenota">Prenota una visita</a>
</main>
<footer>Via Esempio 12, 20122 Milano &middot; Direttore sanitario: Dott.ssa Giulia Ferrante</footer>
""", noise="cookie")

p("h13931", "https://ketaminekliniek-amstel.example/behandeling", "clinic", False, "nl",
  "private-clinic-nl", "Ketaminebehandeling bij depressie in Amsterdam | Ketaminekliniek Amstel", """
<header><a href="/">Ketaminekliniek Amstel</a> <nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Zoekt u een ketaminebehandeling in de buurt van Amsterdam? Onze kliniek biedt esketamine-neusspray en intraveneuze ketamine aan volwassenen bij wie eerdere behandelingen onvoldoende hebben geholpen. Elke behandeling vindt plaats op onze locatie aan de Amstel, onder toezicht van een psychiater en een verpleegkundige.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na aanmelding volgt een intakegesprek en een lichamelijk onderzoek. De wachttijd is momenteel ongeveer 6 weken.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de specialistische ggz en wordt vergoed vanuit de basisverzekering (eigen risico van toepassing). Wij hebben contracten met de meeste zorgverzekeraars.</p>
<p><a class="btn" href="/aanmelden">Aanmelden</a></p>
</main>
<footer>Ketaminekliniek Amstel B.V. &middot; KvK 00000000 &middot; AGB-code 00000000</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h13932", "https://metro-ledger-news.example/2027/01/18/ketamine-online-search-results-investigation", "informational", False, "en",
  "news-investigation-long", "We searched 'ketamine online.' Here's what we were offered. | The Metro Ledger", """
<header><a class="logo" href="/">The Metro Ledger</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe $1/week</a></nav></header>
<article>
<p class="kicker">Health &middot; Investigation</p>
<h1>We searched "ketamine online." Here's what we were offered.</h1>
<p class="byline">By Renee Castellanos &middot; January 18, 2027</p>
<p>It took less than ten seconds. A search for "ketamine online" on a standard phone browser returned, on its first page, two telehealth companies, a directory of infusion clinics, an FDA warning &mdash; and a website offering "pharmaceutical-grade ketamine crystal, 5 grams, $129, ships today, no doctor visit."</p>
<p>Over three weeks, Metro Ledger reporters followed the results of the most common searches patients type: "ketamine near me," "ketamine clinic near me," "ketamine therapy online" and "buy ketamine online." We contacted 31 websites. Eleven offered to sell ketamine or a close chemical cousin without any medical contact at all.</p>
<h2>"Just reply with the code"</h2>
<p>One site, which presents itself as a Texas "ketamine guide," ranks for dozens of city names. Its pages compare infusion clinics and then steer readers to a partner shop. When a reporter posing as a buyer wrote to the shop, a representative replied within an hour offering a 15 percent discount for payment in Bitcoin and promising "stealth packaging, nothing on the label." The shop did not respond to questions from the Ledger.</p>
<p>On Telegram, accounts advertised on Instagram-style bios listed prices from $35 a gram in Europe to $60 a gram in Los Angeles. Several also offered 2F-DCK, a ketamine analogue sold as a "research chemical."</p>
<h2>The legitimate side</h2>
<p>Telehealth providers that the Ledger reached described a different process. "Every patient meets a clinician by video before anything is prescribed, and about a quarter are turned down," said the medical director of one at-home program. Infusion clinics in the Phoenix and Chicago areas quoted $400 to $500 per infusion and required an in-person evaluation.</p>
<p>"The problem is that on a search page they look almost identical," said Dr. Lena Whitcombe, an addiction psychiatrist at a Boston teaching hospital who has treated patients who started with online purchases. "Same stock photos, same words like 'wellness' and 'healing.' Patients can't be expected to tell."</p>
<h2>What regulators say</h2>
<p>The FDA has warned since 2023 about compounded ketamine used at home without monitoring. A spokesperson said the agency could not comment on specific websites but urged consumers to check that online pharmacies are licensed in their state.</p>
<p class="note">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/2027/01/17/transit-budget">Transit budget gap widens</a></li><li><a href="/2027/01/16/school-board">School board votes on calendar</a></li></ul></aside>
<footer>&copy; 2027 The Metro Ledger &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h13933", "https://health-agency.example/consumers/warnings/ketamine-bought-online", "informational", False, "en",
  "government-warning-medium", "Buying Ketamine Online: What Consumers Should Know", """
<nav><a href="/">Health Agency</a> &gt; <a href="/consumers">For Consumers</a> &gt; <a href="/consumers/warnings">Safety Warnings</a></nav>
<h1>Buying ketamine online: what consumers should know</h1>
<p class="date">Content current as of 02/03/2027</p>
<p>Ketamine is a Schedule III controlled substance approved as an anesthetic. Its S-enantiomer, esketamine (Spravato), is approved for treatment-resistant depression and may only be administered in certified healthcare settings under a REMS. Ketamine itself is not approved for any psychiatric condition.</p>
<p>The agency is aware of websites and social media accounts that offer ketamine, esketamine, veterinary ketamine or ketamine analogues without a valid prescription. Some present themselves as clinics or telehealth providers. Products from these sources may be counterfeit, contaminated or mislabelled.</p>
<h2>Warning signs</h2>
<ul><li>No prescription required, or approval based only on an online questionnaire</li><li>Requests for payment by cryptocurrency, gift cards or money transfer apps</li><li>Offers to ship "discreetly" or to resend seized packages</li><li>Ordering through messaging apps</li></ul>
<h2>What to do</h2>
<p>Talk with a licensed healthcare provider about treatment options. Check whether an online pharmacy is licensed in your state. Report suspicious websites and adverse events to MedWatch.</p>
""")

p("h13934", "https://ketamine-clinic-finder.example/near-me/illinois/chicago", "informational", False, "en",
  "directory-listing-nav-heavy", "Ketamine Clinics Near Chicago, IL – 17 Providers | Ketamine Clinic Finder", """
<header><a href="/">Ketamine Clinic Finder</a> <form><input placeholder="City or ZIP" value="Chicago, IL"> <button>Search</button></form>
<nav><a href="/near-me">Browse by state</a> <a href="/spravato">Spravato centers</a> <a href="/telehealth">Telehealth programs</a> <a href="/for-providers">List your practice</a></nav></header>
<p class="crumbs"><a href="/near-me">All states</a> &rsaquo; <a href="/near-me/illinois">Illinois</a> &rsaquo; Chicago</p>
<h1>Ketamine clinics near Chicago, IL</h1>
<p>17 providers within 25 miles &middot; Sort by: <a href="?sort=distance">Distance</a> | <a href="?sort=rating">Rating</a> | <a href="?sort=price">Price</a></p>
<p class="disclosure">Listings are provided by the clinics. Featured listings are paid placements. We do not provide medical care or verify credentials; confirm licensure with the Illinois IDFPR.</p>
<ul class="results">
<li><b>Lakeview Ketamine Institute</b> &ndash; IV infusion, 2.1 mi &middot; &#9733; 4.8 (212) &middot; from $450 &middot; <a href="/l/lakeview-ketamine">View</a></li>
<li><b>Northshore Behavioral Health</b> &ndash; Spravato, TMS &middot; Evanston, 11.4 mi &middot; Insurance accepted &middot; <a href="/l/northshore-bh">View</a></li>
<li><b>Loop Integrative Psychiatry</b> &ndash; KAP, IM &middot; 0.8 mi &middot; &#9733; 4.9 (64) &middot; $600/session &middot; <a href="/l/loop-integrative">View</a></li>
<li><b>West Loop Infusion &amp; Wellness</b> &ndash; IV, NAD+ &middot; 1.5 mi &middot; &#9733; 4.6 (98) &middot; $425 &middot; <a href="/l/west-loop-infusion">View</a></li>
<li><b>Oak Park Mind Center</b> &ndash; Spravato &middot; 8.9 mi &middot; <a href="/l/oak-park-mind">View</a></li>
<li><b>Hyde Park Academic Medical Center &ndash; Interventional Psychiatry</b> &ndash; IV, Spravato, ECT &middot; 7.2 mi &middot; <a href="/l/hyde-park-amc">View</a></li>
<li><b>Naperville Ketamine &amp; Pain</b> &ndash; IV infusion (pain) &middot; 28 mi &middot; &#9733; 4.7 (143) &middot; <a href="/l/naperville-ketamine">View</a></li>
</ul>
<p><a href="?page=2">Next page &raquo;</a></p>
<h2>Nearby cities</h2>
<p><a href="/near-me/illinois/evanston">Evanston</a> &middot; <a href="/near-me/illinois/naperville">Naperville</a> &middot; <a href="/near-me/illinois/schaumburg">Schaumburg</a> &middot; <a href="/near-me/illinois/joliet">Joliet</a> &middot; <a href="/near-me/illinois/aurora">Aurora</a> &middot; <a href="/near-me/indiana/gary">Gary, IN</a> &middot; <a href="/near-me/wisconsin/milwaukee">Milwaukee, WI</a></p>
<h2>How much does ketamine cost in Chicago?</h2>
<p>Based on prices listed by providers on this site, a single IV infusion in the Chicago area costs $400&ndash;$650 and an induction series of six costs $2,200&ndash;$3,600. Spravato is usually billed to insurance.</p>
<footer>&copy; 2027 Ketamine Clinic Finder &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h13935", "https://threadhub.example/r/TreatmentResistant/comments/1k9x2q/got_a_dm_offering_ketamine_online_legit", "informational", False, "en",
  "forum-thread-partial", "Got a DM offering ketamine online – legit? : r/TreatmentResistant", """
<nav><a href="/">threadhub</a> &rsaquo; <a href="/r/TreatmentResistant">r/TreatmentResistant</a></nav>
<div class="op"><h1>Got a DM offering "ketamine online" after I posted here. Legit?</h1>
<p class="meta">u/tired_in_toledo &middot; 2 days ago</p>
<p>After my post last week about my Spravato prior auth getting denied, someone DM'd me saying they could send "pharma ketamine troches" for $150 without a prescription, pay by Zelle or BTC, ships from Texas. They had a website that looks like a clinic. Is this a thing? I'm desperate but not stupid.</p></div>
<div class="comment"><p class="meta">AutoModerator</p><p>Reminder: sourcing is not allowed on this subreddit. Posts or DMs offering to sell medication should be reported.</p></div>
<div class="comment"><p class="meta">u/spravato_since_24 &middot; 58 points</p><p>It's a scam or worse. Real telehealth programs do a video eval with an actual prescriber first, and nobody legit takes Zelle. Appeal the denial &ndash; mine got approved on the second try after my psychiatrist sent the list of failed meds.</p></div>
<div class="comment"><p class="meta">u/nurse_k_ohio &middot; 41 points</p><p>Infusion nurse here. Even if it's real ketamine you have no idea of the dose. Please don't. Some clinics have sliding scale or payment plans, ask around.</p></div>
<div class="comment"><p class="meta">u/tired_in_toledo &middot; OP &middot; 22 points</p><p>Thanks all. Reported the account. Going to call the insurance tomorrow.</p></div>
<div class="comment"><p class="meta">u/quietlake &middot; 9 points</p><p>Also worth checking if your state has a
""")

p("h13936", "https://drugwise-harm-reduction.example/substances/ketamine", "informational", False, "en",
  "harm-reduction-txt", "Ketamine – DrugWise harm reduction", """
KETAMINE – HARM REDUCTION FACTS (DrugWise, updated 2027)

What it is: a dissociative anaesthetic. Street names: K, Ket, Special K, Kit Kat. Usually a white crystalline powder; sometimes sold as liquid or pills. Analogues such as 2F-DCK and DCK are sold online as "research chemicals" and are often mis-sold as ketamine.

If you are going to use:
- Test it. Reagent tests (Mandelin, Mecke) help but do not measure purity; our free postal drug-checking service can analyse a sample anonymously.
- Start low, go slow. Doses vary hugely between batches.
- Don't mix with alcohol, opioids, benzodiazepines or GHB – risk of choking and stopped breathing.
- Use in a safe place, sitting or lying down, with someone sober nearby. Never near water or traffic.
- Frequent use can cause serious bladder damage ("ketamine bladder"). Pain when peeing or blood in urine: see a doctor.

Buying online: pages offering "ketamine near me" or "no-prescription" delivery are unregulated sellers. Products can be anything.

Need to talk? Our helpline is free and confidential. If someone is unresponsive, call emergency services and put them in the recovery position.
""", ext="txt")

p("h13937", "https://harmon-defense-law.example/drug-crimes/ordered-ketamine-online-customs-letter", "informational", False, "en",
  "law-firm-article", "Ordered Ketamine Online and Got a Letter From Customs? | Harmon Defense Law", """
<header><a href="/">Harmon Defense Law</a> <span class="phone">24/7: (312) 555-0109</span>
<nav><a href="/drug-crimes">Drug Crimes</a> <a href="/dui">DUI</a> <a href="/federal">Federal Cases</a> <a href="/attorneys">Attorneys</a> <a href="/results">Case Results</a> <a href="/contact">Free Consultation</a></nav></header>
<article>
<h1>Ordered ketamine online and got a letter from customs? Read this first.</h1>
<p>Every month we hear from people who searched "ketamine online," paid a website that promised "discreet shipping," and then received a seizure notice from U.S. Customs and Border Protection, a visit from postal inspectors or a letter from the DEA. Others never received anything and lost their money.</p>
<h2>Is ordering ketamine online illegal?</h2>
<p>Ketamine is a Schedule III controlled substance under federal law. Importing or possessing it without a valid prescription can be charged as a federal or state offence. A legitimate telehealth prescription filled by a licensed pharmacy is different from buying from a website that asks for Bitcoin and no prescription.</p>
<h2>What should you do?</h2>
<ol><li>Do not contact the seller or sign anything.</li><li>Do not talk to agents without a lawyer.</li><li>Keep any notices you received.</li><li>Call an experienced drug-crimes attorney.</li></ol>
<p>Our attorneys have defended more than 300 controlled-substance importation cases. Many first-time cases are resolved without a conviction.</p>
<a class="btn" href="/contact">Get a free, confidential consultation</a>
</article>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome. &copy; 2027 Harmon Defense Law, LLC</footer>
""", noise="cookie")

p("h13938", "https://drogeninfo-portal.example/substanzen/ketamin", "informational", False, "de",
  "drug-info-portal-de", "Ketamin: Wirkung, Risiken und Rechtslage | Drogeninfo-Portal", """
<header><a href="/">Drogeninfo-Portal</a> <nav><a href="/substanzen">Substanzen</a> <a href="/selbsttest">Selbsttests</a> <a href="/beratung">Beratung finden</a> <a href="/chat">Online-Beratung</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. Das verwandte Esketamin ist als Nasenspray zur Behandlung therapieresistenter Depressionen zugelassen und wird nur unter ärztlicher Aufsicht angewendet.</p>
<h2>Wirkung</h2>
<p>In niedrigen Dosen wirkt Ketamin berauschend und leicht betäubend, in höheren Dosen kommt es zu starken Dissoziationszuständen („K-Hole"), in denen Betroffene kaum ansprechbar sind.</p>
<h2>Risiken</h2>
<ul><li>Unfälle und Verletzungen durch Bewegungsstörungen und Schmerzunempfindlichkeit</li><li>Gefährliche Wechselwirkungen mit Alkohol, Opioiden und Beruhigungsmitteln</li><li>Bei häufigem Konsum Schäden an Blase und Nieren</li><li>Psychische Abhängigkeit</li></ul>
<h2>Rechtslage in Deutschland</h2>
<p>Ketamin unterliegt dem Arzneimittelgesetz; der Handel ohne Erlaubnis ist strafbar. Angebote im Internet, die Ketamin oder Esketamin „ohne Rezept" versenden, sind illegal. Die Produkte sind oft gefälscht oder verunreinigt, und Zahlungen per Kryptowährung oder Gutscheinkarten gehen häufig verloren.</p>
<h2>Hilfe</h2>
<p>Sie machen sich Sorgen um Ihren Konsum? In unserer <a href="/beratung">Beratungsstellensuche</a> finden Sie Angebote in Ihrer Nähe, anonym und kostenlos.</p>
</main>
""", noise="cookie-de")

p("h13939", "https://quotidien-regional.example/societe/sante/2027/02/ketamine-en-ligne-enquete", "informational", False, "fr",
  "news-article-fr", "Kétamine en ligne : « En trois clics, on m'a proposé de la livrer chez moi »", """
<header><a href="/">Le Quotidien Régional</a> <nav><a href="/actu">Actu</a> <a href="/societe">Société</a> <a href="/sante">Santé</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Kétamine en ligne : « En trois clics, on m'a proposé de la livrer chez moi »</h1>
<p class="chapo">Alors que l'eskétamine est réservée aux établissements de santé, de nombreux sites proposent de la kétamine « sans ordonnance » à des patients dépressifs. Enquête.</p>
<p class="auteur">Par Claire Dumont &middot; 11 février 2027</p>
<p>Julien, 34 ans, suivi pour une dépression résistante à Lille, attendait depuis quatre mois une place au centre hospitalier. « J'ai tapé "kétamine près de chez moi" et je suis tombé sur un site qui ressemblait à une clinique. Ils m'ont demandé de payer en bitcoins : 150 euros les cinq grammes, livraison discrète sous 48 heures. »</p>
<p>Sur un forum que nous avons consulté, un vendeur affiche ses tarifs à 35 euros le gramme et promet des envois vers la France, la Belgique et la Suisse. Selon l'ANSM, ces produits échappent à tout contrôle et peuvent contenir d'autres substances.</p>
<p>« La kétamine peut aider certains patients, mais dans un cadre hospitalier, avec une surveillance », rappelle le Dr Hélène Marchand, psychiatre au CHU. Les délais d'accès restent toutefois longs : entre deux et six mois selon les régions.</p>
<p>Contactée, la plateforme de signalement Pharos indique avoir reçu « plusieurs centaines » de signalements liés à la vente de kétamine en ligne en 2026.</p>
</article>
<footer>&copy; Le Quotidien Régional 2027</footer>
""", noise="cookie-fr")

p("h13940", "https://clinica-recuperar-lisboa.example/dependencias/cetamina", "informational", False, "pt",
  "rehab-centre-pt", "Tratamento da dependência de cetamina | Clínica Recuperar Lisboa", """
<header><a href="/">Clínica Recuperar</a> <nav><a href="/dependencias">Dependências</a> <a href="/internamento">Internamento</a> <a href="/ambulatorio">Ambulatório</a> <a href="/familias">Famílias</a> <a href="/contactos">Contactos</a></nav></header>
<main>
<h1>Dependência de cetamina: tratamento em Lisboa</h1>
<p>A cetamina é um anestésico usado em hospitais e em medicina veterinária. Nos últimos anos, cada vez mais pessoas chegam até nós depois de comprarem cetamina online ou em contextos de festa, muitas vezes convencidas de que se tratava de uma "terapia natural" para a ansiedade.</p>
<h2>Sinais de alerta</h2>
<ul><li>Consumo cada vez mais frequente e em doses maiores</li><li>Dor ao urinar, sangue na urina, dores abdominais ("cólicas de cetamina")</li><li>Problemas de memória e isolamento</li></ul>
<h2>O nosso programa</h2>
<p>Avaliação médica e psicológica, desintoxicação acompanhada, internamento de 4 a 12 semanas ou programa de ambulatório, e apoio às famílias. Trabalhamos em articulação com os serviços de urologia para casos de cistite associada à cetamina.</p>
<p><a class="btn" href="/contactos">Fale connosco &ndash; resposta em 24 horas</a> &middot; Linha confidencial: 210 000 000</p>
<p class="nota">Não dispensamos nem vendemos cetamina nem qualquer outro medicamento.</p>
</main>
<footer>&copy; 2027 Clínica Recuperar &middot; Lisboa &middot; Porto</footer>
""", noise="cookie-pt")

save(OUT, R)
