# Batch 136 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Providers that look like shops". Real clinics and telehealth services whose pages carry what
# shops carry (prices per dose or per session, packages, carts and checkouts, promo codes, crypto or
# Zelle billing, WhatsApp/Telegram contact, shipping of prescribed medication, "no referral needed",
# "same-day", bulk/package discounts, memberships), and sellers that borrow those providers' look
# (fake infusion clinic with a cart, questionnaire-only "telehealth", Telegram bio, affiliate "best
# clinics" doorway, fake Spravato pharmacy, classified listing, auto-approval membership checkout,
# lookalike "clinics"/"praxis"/"centro" in es/de/fr/nl/pt/it); informational pages about such pricing
# (cost guide, insurer policy, consumer reviews, news, forum, Rx-only compounding pharmacy, consumer
# advice, public insurer fact sheet).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 4, de 3, fr 3, nl 2, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# navigation-heavy pages, partial pages (checkout fragments, cart drawers), plain-text excerpts
# (ext="txt"), one url-only bot wall.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch136.py (writes batch136/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch136")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers that borrow a provider's look

p("h13601", "https://serenity-infusion-wellness.example/treatments/at-home-ketamine", "seller", True, "en",
  "fake-infusion-clinic-with-cart", "At-Home Ketamine Program | Serenity Infusion & Wellness", """
<header class="site-header">
<div class="announce">NEW PATIENT SPECIAL: 20% off your first order with code RESET20 &middot; Same-day dispatch before 2pm EST</div>
<a class="logo" href="/">Serenity Infusion &amp; Wellness <small>Mind &middot; Body &middot; Renewal</small></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/treatments/iv-therapy">IV Therapy</a> <a href="/treatments/at-home-ketamine">At-Home Ketamine</a> <a href="/our-team">Our Team</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/cart" class="cart">Cart (0)</a></nav>
</header>
<main>
<section class="hero">
<h1>Clinic-grade ketamine, delivered to your door</h1>
<p>Skip the waiting lists, skip the referral, skip the $700 infusion bills. Our at-home program brings the same pharmaceutical ketamine our clinic uses straight to you, in discreet packaging with no pharmacy labels.</p>
<a class="btn" href="#shop">Choose your protocol</a>
</section>
<section class="trust">
<ul>
<li>&#10003; No referral needed</li>
<li>&#10003; No video appointments &ndash; start today</li>
<li>&#10003; Pharmaceutical grade, sealed vials from EU manufacturers</li>
<li>&#10003; Tracked &amp; discreet shipping, reship guarantee if seized</li>
</ul>
</section>
<section id="shop" class="products">
<h2>Choose your protocol</h2>
<div class="product-card">
<h3>Starter Protocol</h3>
<p>Ketamine hydrochloride 50 mg/ml, 1 x 10 ml vial</p>
<p class="price">$189.00</p>
<button class="add-to-cart" data-sku="KET-10">Add to cart</button>
</div>
<div class="product-card featured">
<span class="badge">Most popular</span>
<h3>Renewal Protocol</h3>
<p>Ketamine hydrochloride 50 mg/ml, 5 x 10 ml vials + 20 sterile syringes</p>
<p class="price"><del>$945.00</del> $749.00</p>
<button class="add-to-cart" data-sku="KET-50">Add to cart</button>
</div>
<div class="product-card">
<h3>Nasal Protocol</h3>
<p>Pre-filled nasal spray, 100 mg/ml, 2 x 10 ml bottles, 0.1 ml per spray</p>
<p class="price">$329.00</p>
<button class="add-to-cart" data-sku="KET-NS2">Add to cart</button>
</div>
<p class="small">Buying for a group or practice? Orders of 20+ vials receive wholesale pricing. Contact our dispatch team.</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><strong>Pick a protocol.</strong> Not sure? Our wellness coaches can recommend one over chat.</li>
<li><strong>Complete the 6-question wellness form</strong> at checkout. Every order is approved automatically.</li>
<li><strong>Pay securely.</strong> We accept Bitcoin, USDT, Zelle and Cash App. Card payments are temporarily unavailable due to our processor.</li>
<li><strong>Receive your kit</strong> in 2&ndash;4 business days (USA, Canada, UK, Australia).</li>
</ol>
</section>
<section class="reviews">
<h2>What our patients say</h2>
<blockquote>"After three infusions at a big-name clinic I was out $2,100. Serenity sent me five vials for a fraction of that." &ndash; Jason, TX</blockquote>
<blockquote>"Arrived in a plain box in 3 days. Wellness coach on WhatsApp was super helpful." &ndash; Priya, ON</blockquote>
</section>
<section class="faq">
<h2>FAQ</h2>
<h3>Do I need a prescription?</h3>
<p>No. Our wellness form replaces the traditional consultation so you can start without gatekeeping.</p>
<h3>Is shipping to my country safe?</h3>
<p>Parcels are declared as cosmetic samples. If a package is held by customs we reship once at no cost.</p>
</section>
</main>
<footer>
<p>Serenity Infusion &amp; Wellness &middot; WhatsApp +1 (555) 014-2290 &middot; Telegram @serenity_dispatch</p>
<p>These statements have not been evaluated by the FDA. Products are sold for wellness research purposes.</p>
<p>&copy; 2026 Serenity Infusion &amp; Wellness. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h13602", "https://ketanow-health.example/get-started", "seller", True, "en",
  "questionnaire-only-telehealth", "Get Started | KetaNow Health – Online Ketamine Treatment", """
<nav><a href="/">KetaNow</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a></nav>
<main>
<h1>Feel better this week. Not next quarter.</h1>
<p>KetaNow is the fastest way to get prescription ketamine lozenges at home. Our licensed physicians review your answers online &ndash; no video call, no phone call, no awkward conversations.</p>
<div class="steps">
<div><b>1.</b> Answer 9 quick questions (about 3 minutes)</div>
<div><b>2.</b> Instant approval &ndash; 98% of applicants qualify</div>
<div><b>3.</b> Your lozenges ship the same day from our fulfilment centre</div>
</div>
<div class="pricing-box">
<h2>Simple pricing</h2>
<table>
<tr><td>Single pack &ndash; 8 x 200 mg RDTs</td><td>$179</td></tr>
<tr><td>Double pack &ndash; 16 x 200 mg RDTs</td><td>$319</td></tr>
<tr><td>Quarterly &ndash; 48 x 200 mg RDTs, ships at once</td><td>$849</td></tr>
</table>
<p>Want a stronger dose? Select "400 mg" at checkout &ndash; no extra review required.</p>
<p>Use code <b>FIRSTCALM</b> for $40 off. We also accept crypto for an extra 10% discount.</p>
<a class="btn" href="/quiz">Start my 3-minute quiz</a>
</div>
<p class="fine">Approval is based on your self-reported answers. KetaNow does not require medical records or ID upload. Not available in AK, HI. Orders to other countries are shipped from our partner warehouse.</p>
</main>
<footer>&copy; KetaNow Health LLC. Support via Telegram: @ketanow_care</footer>
""")

p("h13603", "https://t.example/s/ketaclinicdirect", "seller", True, "en",
  "telegram-bio-txt", "KetaClinic Direct (Telegram channel)", """
KetaClinic Direct
14.2K subscribers
Clinic-grade ketamine & esketamine nasal spray, same stock as the big infusion clinics.
No Rx, no referral, no waiting list. Vials 10ml $160 / 5 for $700. Spravato devices $240 each.
Zelle / CashApp / BTC. Same-day dropoff in LA & OC, stealth shipping USA-wide, reship if lost.
DM @ketaclinic_orders for menu. Pinned: bulk prices for clinics & resellers.
""", ext="txt")

p("h13604", "https://mindhealthcompare.example/best-online-ketamine-clinics-2026", "seller", True, "en",
  "affiliate-doorway-ranking", "7 Best Online Ketamine Clinics of 2026 (Ranked & Reviewed) – MindHealthCompare", """
<header><a href="/">MindHealthCompare</a> <nav><a href="/telehealth">Telehealth</a> <a href="/supplements">Supplements</a> <a href="/deals">Deals</a> <a href="/about">About</a></nav></header>
<article>
<p class="disclosure">Advertiser disclosure: we may earn a commission when you buy through links on this page.</p>
<h1>7 Best Online Ketamine Clinics of 2026 (Ranked &amp; Reviewed)</h1>
<p class="byline">By Dana Whitlock &middot; Updated December 2, 2026 &middot; 11 min read</p>
<p>Traditional infusion clinics charge $400&ndash;$800 per session and make you sit through intake calls, referrals and weeks of waiting. We tested the top online options on price, speed and discretion so you don't have to.</p>
<h2>Our #1 pick: KetaExpress</h2>
<div class="winner-box">
<p><b>Score: 9.8/10</b></p>
<ul>
<li>Price: from $149 for 10 doses</li>
<li>Approval: instant, questionnaire only</li>
<li>Prescription needed: No</li>
<li>Ships to: USA, UK, EU, AU (discreet)</li>
<li>Payment: card, crypto</li>
</ul>
<p>KetaExpress is the only service on our list that doesn't make you talk to a doctor. You pick your dose, pay, and it ships. Our tester received liquid ketamine and nasal spray within 72 hours.</p>
<a class="cta" href="https://go.mindhealthcompare.example/out/ketaexpress?sub=rank1">Claim 25% off with code MHC25 &rarr;</a>
</div>
<h2>#2 KetaNow Health</h2>
<p>Lozenges from $179, "98% approval". Good if you prefer RDTs over spray. <a href="https://go.mindhealthcompare.example/out/ketanow?sub=rank2">Visit site</a></p>
<h2>#3 Mindbloom</h2>
<p>A well-known brand, but you need a video consultation with a clinician and the program costs more. Approval is not guaranteed. Best for people who want a more medical experience.</p>
<h2>#4 &ndash; #7</h2>
<p>Local infusion clinics, Spravato centers and university programs. Great care, but expect insurance paperwork and a referral from your psychiatrist.</p>
<h2>Bottom line</h2>
<p>If you just want ketamine at home without gatekeeping, KetaExpress is the clear winner. Stocks sometimes run out around holidays, so order early.</p>
<a class="cta big" href="https://go.mindhealthcompare.example/out/ketaexpress?sub=bottom">Order from KetaExpress today &rarr;</a>
</article>
<aside><h3>Top deals this week</h3><ul><li>KetaExpress &ndash; 25% off (MHC25)</li><li>KetaNow &ndash; $40 off (FIRSTCALM)</li><li>Calm CBD gummies &ndash; BOGO</li></ul></aside>
<footer>&copy; 2026 MindHealthCompare. Content is for informational purposes only.</footer>
""", noise="cookie")

p("h13605", "https://spravato-direct-pharmacy.example/product/esketamine-nasal-spray-56mg", "seller", True, "en",
  "fake-pharmacy-product-page", "Spravato (Esketamine) 56 mg Nasal Spray Kit – Buy Online | Spravato Direct Pharmacy", """
<div class="top">Licensed online pharmacy &middot; Worldwide delivery &middot; 24/7 WhatsApp support +44 7700 900 318</div>
<nav><a href="/">Home</a> <a href="/category/antidepressants">Antidepressants</a> <a href="/category/pain">Pain</a> <a href="/category/anxiety">Anxiety</a> <a href="/category/sleep">Sleep</a> <a href="/track-order">Track order</a> <a href="/cart">&#128722; 0 items</a></nav>
<main>
<h1>Spravato (Esketamine) 56 mg Nasal Spray Kit</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 312 reviews</p>
<p>Spravato is a prescription medicine used, along with an oral antidepressant, to treat treatment-resistant depression in adults. Each kit contains two 28 mg devices.</p>
<form class="buy">
<label>Package</label>
<select name="qty">
<option>1 kit (2 devices) &ndash; $390.00</option>
<option>3 kits (6 devices) &ndash; $1,050.00 &ndash; save 10%</option>
<option>6 kits (12 devices) &ndash; $1,980.00 &ndash; save 15%</option>
<option>12 kits (24 devices) &ndash; $3,600.00 &ndash; FREE EXPRESS SHIPPING</option>
</select>
<button>Add to cart</button>
</form>
<h2>Do I need a prescription?</h2>
<p>A prescription is not mandatory for orders through our website. Our in-house pharmacist reviews each order. Customers in the US are normally required to use Spravato in a certified healthcare setting; ordering through us lets you use it at home at your convenience.</p>
<h2>Shipping</h2>
<p>We ship from our partner warehouse in India in discreet packaging. Delivery 7&ndash;14 days. Tracking number within 24 hours of payment.</p>
<h2>Payment</h2>
<p>Bank transfer, Western Union, Bitcoin. Credit cards accepted for orders under $500.</p>
<h2>Related products</h2>
<ul><li>Ketamine hydrochloride injection 500 mg/10 ml &ndash; $140</li><li>Esketamine 50 mg/2 ml ampoules (Ketanest S) &ndash; $210 / 5 amps</li><li>Modafinil 200 mg &ndash; $89</li></ul>
</main>
<footer>Spravato Direct Pharmacy &middot; Spravato is a trademark of its respective owner; we are not affiliated with the manufacturer.</footer>
""")

p("h13606", "https://ketamine-infusion-at-home.example/checkout/?add-to-cart=1142&quantity=5", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper">
<h1>Checking your browser before accessing ketamine-infusion-at-home.example</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2a61c93d0b7e14</p>
</div>
""")

p("h13607", "https://classifieds-hub.example/health-beauty/medical-supplies/ad/ketamine-vials-infusion-kit-47719302", "seller", True, "en",
  "classified-listing", "Ketamine vials + infusion kit, clinic surplus – Medical supplies | ClassifiedsHub", """
<nav class="crumbs"><a href="/">ClassifiedsHub</a> &rsaquo; <a href="/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/health-beauty/medical-supplies">Medical supplies</a> &rsaquo; Ad #47719302</nav>
<div class="listing">
<h1>Ketamine vials + infusion kit, clinic surplus</h1>
<p class="price">$120 per vial / $1,000 for 10</p>
<p class="meta">Posted 3 days ago &middot; Houston, TX &middot; Condition: New &middot; Delivery available</p>
<div class="desc">
<p>Closing down our ketamine clinic so selling remaining stock. Ketalar 500mg/10ml and generic 50mg/ml, all sealed, expiry 2028. Also have IV starter kits, lines, pumps.</p>
<p>Great for home use or for other clinics. No paperwork needed. Can ship anywhere in US overnight, or meet in Houston.</p>
<p>Text or WhatsApp 713-555-0186. Zelle or cash only. Serious buyers, no lowballers.</p>
</div>
<div class="seller-box"><b>Seller:</b> infusion_mike &middot; Member since 2025 &middot; 4 listings</div>
<p class="safety">Safety tips: meet in a public place, never send money before seeing the item. <a href="/report/47719302">Report this ad</a></p>
</div>
<aside><h3>Similar ads</h3><ul><li>IV pole, like new &ndash; $40</li><li>Infusion pump Baxter &ndash; $350</li><li>Pulse oximeter lot &ndash; $60</li></ul></aside>
""")

p("h13608", "https://calmpath-telehealth.example/checkout/membership", "seller", True, "en",
  "auto-approval-membership-checkout-partial", "Checkout – CalmPath Home Ketamine Membership", """
<div class="checkout-steps"><span class="done">1 Plan</span> <span class="active">2 Health form</span> <span>3 Payment</span> <span>4 Ship</span></div>
<div class="order-summary">
<h2>Your order</h2>
<p>Home Ketamine Membership &ndash; Monthly</p>
<p>Includes 8 sublingual ketamine tablets (choose 150/300/450 mg), journal, eye mask</p>
<p>Subtotal $299.00<br>Promo CALMNOW &minus;$60.00<br>Shipping (discreet, no branding) $0.00<br><b>Total today $239.00</b></p>
<p class="note">Members can order extra tablet packs anytime from the member shop ($89 / 8 tabs) &ndash; no re-evaluation needed.</p>
</div>
<form class="health-form">
<h2>Quick health form</h2>
<p>Your answers are reviewed automatically by our care algorithm. You'll receive your approval by email within 5 minutes. There is no video visit.</p>
<label>Have you ever been diagnosed with schizophrenia? <select><option>No</option><option>Yes</option></select></label>
<label>Do you feel anxious or low most days? <select><option>Yes</option><option>No</option></select></label>
<label>Preferred dose <select><option>150 mg</option><option>300 mg</option><option selected>450 mg</option></select></label>
<label><input type="checkbox" checked> I confirm I am over 18 and take full responsibility for my use</label>
<button>Continue to payment</button>
</form>
<p class="pay-icons">We accept: Visa &middot; Mastercard &middot; Zelle &middot; BTC &middot; USDC</p>
""")

p("h13609", "https://clinicaketamina-bienestar.example/tienda/ketamina-viales", "seller", True, "es",
  "lookalike-clinic-whatsapp-shop", "Ketamina en viales – Clínica Bienestar Integral | Envío a toda España y LATAM", """
<header>
<a class="logo" href="/">Clínica Bienestar Integral</a>
<nav><a href="/">Inicio</a> <a href="/terapias">Terapias</a> <a href="/tienda">Tienda</a> <a href="/sobre-nosotros">Sobre nosotros</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<h1>Ketamina farmacéutica en viales</h1>
<p>En nuestra clínica llevamos años aplicando terapia con ketamina para la depresión y la ansiedad. Ahora puedes continuar tu tratamiento desde casa con el mismo producto que usamos en consulta.</p>
<h2>Precios</h2>
<ul>
<li>1 vial Ketolar 50 mg/ml (10 ml) &ndash; 95 &euro;</li>
<li>Pack 5 viales &ndash; 420 &euro;</li>
<li>Pack 10 viales &ndash; 790 &euro; (envío gratis)</li>
<li>Ketamina en cristal, 5 g &ndash; 160 &euro;</li>
</ul>
<p><b>No necesitas receta ni informe médico.</b> Trabajamos con total discreción.</p>
<h2>Cómo pedir</h2>
<ol>
<li>Escríbenos por WhatsApp al +34 600 000 417 indicando el producto y la cantidad.</li>
<li>Te enviamos los datos de pago: Bizum, transferencia o criptomonedas (USDT TRC20).</li>
<li>Enviamos en 24&ndash;48 h en paquete neutro sin logos. Envíos a México, Colombia, Argentina y Chile en 7&ndash;10 días.</li>
</ol>
<p>Si tu paquete no llega, lo reenviamos sin coste.</p>
</main>
<footer>Clínica Bienestar Integral &middot; Atención 24 h por WhatsApp y Telegram &middot; &copy; 2026</footer>
""", noise="cookie-es")

p("h13610", "https://praxis-neuroplus.example/shop/esketamin-nasenspray", "seller", True, "de",
  "lookalike-praxis-shop", "Esketamin Nasenspray bestellen – Praxis NeuroPlus Online-Shop", """
<header>
<a href="/" class="logo">Praxis NeuroPlus <small>Privatpraxis für moderne Psychiatrie</small></a>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/shop">Shop</a> <a href="/team">Team</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Esketamin Nasenspray 28 mg &ndash; diskret nach Hause</h1>
<p>Die Behandlung mit Esketamin in einer Praxis ist teuer und die Wartezeiten sind lang. Mit unserem Heimservice erhalten Sie das Originalpräparat direkt zu sich nach Hause &ndash; ohne Überweisung, ohne Wartezeit.</p>
<table class="preise">
<tr><th>Paket</th><th>Inhalt</th><th>Preis</th></tr>
<tr><td>Einstieg</td><td>2 Sprühgeräte à 28 mg</td><td>349 &euro;</td></tr>
<tr><td>Kur</td><td>8 Sprühgeräte à 28 mg</td><td>1.190 &euro;</td></tr>
<tr><td>Vorrat</td><td>24 Sprühgeräte à 28 mg</td><td>3.290 &euro;</td></tr>
</table>
<p><b>Rezept?</b> Nicht erforderlich. Ein kurzer Online-Fragebogen genügt, eine ärztliche Untersuchung findet nicht statt.</p>
<p><b>Versand:</b> neutral verpackt aus den Niederlanden, Lieferung nach DE, AT, CH in 2&ndash;5 Werktagen.</p>
<p><b>Zahlung:</b> Vorkasse per Überweisung, Bitcoin oder Monero (5 % Rabatt).</p>
<button>In den Warenkorb</button>
<p>Fragen? Schreiben Sie uns auf Telegram: @neuroplus_service</p>
</main>
<footer>Praxis NeuroPlus &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h13611", "https://teleconsult-serenite.example/traitement/ketamine-a-domicile", "seller", True, "fr",
  "fake-teleconsultation-questionnaire", "Kétamine à domicile – Téléconsultation Sérénité", """
<nav><a href="/">Sérénité</a> <a href="/comment-ca-marche">Comment ça marche</a> <a href="/tarifs">Tarifs</a> <a href="/avis">Avis</a> <a href="/connexion">Connexion</a></nav>
<main>
<h1>Votre traitement à la kétamine, livré chez vous en 48 h</h1>
<p>Pas de rendez-vous, pas de salle d'attente. Remplissez notre questionnaire médical en ligne de 5 minutes : l'ordonnance est générée automatiquement et jointe à votre colis.</p>
<h2>Tarifs</h2>
<ul>
<li>Pastilles de kétamine 100 mg &ndash; boîte de 10 : 139 &euro;</li>
<li>Spray nasal kétamine 10 ml : 189 &euro;</li>
<li>Cure 3 mois (30 pastilles + 1 spray) : 499 &euro;</li>
</ul>
<p>Code promo <b>SERENITE15</b> : -15 % sur la première commande.</p>
<h2>Livraison et paiement</h2>
<p>Expédition discrète depuis notre pharmacie partenaire hors UE, vers la France, la Belgique, la Suisse et le Canada. Paiement par virement, PCS ou cryptomonnaie.</p>
<p class="petit">Aucun échange avec un médecin n'est nécessaire. Le questionnaire suffit dans 97 % des cas.</p>
<a class="btn" href="/questionnaire">Commencer le questionnaire</a>
</main>
<footer>Sérénité &middot; Service client WhatsApp +33 7 00 00 51 92</footer>
""", noise="cookie-fr")

p("h13612", "https://ketakliniek-shop.example/nl/producten/2-fdck-ketamine-alternatief", "seller", True, "nl",
  "lookalike-clinic-research-chemical", "2-FDCK (ketamine-alternatief) kopen – KetaKliniek Shop", """
<header><a href="/nl/">KetaKliniek</a> <nav><a href="/nl/behandelingen">Behandelingen</a> <a href="/nl/producten">Producten</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/contact">Contact</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>2-FDCK &ndash; ketamine-alternatief</h1>
<p>2-FDCK is een arylcyclohexylamine en een structurele analoog van ketamine. Ideaal voor onderzoekers die de werking van dissociatieve stoffen bestuderen.</p>
<p><b>Niet voor menselijke consumptie.</b> Alleen voor laboratoriumonderzoek.</p>
<table>
<tr><th>Hoeveelheid</th><th>Prijs</th></tr>
<tr><td>1 gram</td><td>&euro; 22,00</td></tr>
<tr><td>5 gram</td><td>&euro; 85,00</td></tr>
<tr><td>10 gram</td><td>&euro; 150,00</td></tr>
<tr><td>25 gram</td><td>&euro; 310,00 (staffelkorting)</td></tr>
<tr><td>100 gram</td><td>&euro; 990,00</td></tr>
</table>
<p>Ook op voorraad: ketamine HCl kristal (10 g &euro; 180), deschloroketamine, O-PCE.</p>
<button>In winkelwagen</button>
<p>Betalen met iDEAL, Bitcoin of Monero. Discrete verzending binnen NL en de EU, vandaag besteld = morgen in huis.</p>
</main>
<footer>KetaKliniek Shop &middot; Vragen? Telegram @ketakliniek_nl</footer>
""", noise="cookie-nl")

p("h13613", "https://clinicaequilibrio-mente.example/produto/cetamina-injetavel-10ml", "seller", True, "pt",
  "lookalike-clinic-pix-whatsapp", "Cetamina injetável 10 ml – Clínica Equilíbrio Mente", """
<header><a href="/">Clínica Equilíbrio Mente</a> <nav><a href="/">Início</a> <a href="/tratamentos">Tratamentos</a> <a href="/loja">Loja</a> <a href="/depoimentos">Depoimentos</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cetamina injetável 50 mg/ml &ndash; frasco 10 ml</h1>
<p class="preco">R$ 380,00 <small>ou 3x de R$ 126,67</small></p>
<p>O mesmo medicamento usado nas sessões de infusão da nossa clínica, agora para você fazer o tratamento em casa. Também temos escetamina spray e cetamina em pó.</p>
<ul>
<li>Sem receita e sem consulta</li>
<li>Entrega para todo o Brasil em embalagem discreta</li>
<li>Pagamento via Pix com 10% de desconto</li>
<li>Kit com 5 frascos: R$ 1.650,00</li>
</ul>
<a class="btn-whats" href="https://wa.example/5511900000233">Comprar pelo WhatsApp</a>
<p>Atendimento de segunda a sábado. Enviamos o código de rastreio após a confirmação do Pix.</p>
</main>
<footer>&copy; 2026 Clínica Equilíbrio Mente</footer>
""", noise="cookie-pt")

p("h13614", "https://centro-rinascita-benessere.example/ketamina-spray", "seller", True, "it",
  "lookalike-centro-telegram", "Ketamina spray nasale – Centro Rinascita Benessere", """
<nav><a href="/">Centro Rinascita</a> | <a href="/trattamenti">Trattamenti</a> | <a href="/negozio">Negozio</a> | <a href="/contatti">Contatti</a></nav>
<main>
<h1>Ketamina spray nasale per uso domestico</h1>
<p>Il nostro centro propone da anni percorsi contro la depressione resistente. Per chi non può venire in sede, spediamo lo spray di ketamina direttamente a casa.</p>
<p>Flacone 10 ml (100 mg/ml): 160 &euro; &middot; 3 flaconi: 420 &euro; &middot; 6 flaconi: 780 &euro;</p>
<p>Senza ricetta. Spedizione anonima in tutta Italia, San Marino e Svizzera in 48/72 ore.</p>
<p>Ordini e pagamenti (bonifico, PostePay, crypto) esclusivamente su Telegram: <b>@rinascita_ordini</b></p>
</main>
""")

# ---------------------------------------------------------------- telehealth that looks like a shop

p("h13615", "https://lumenmind.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-memberships-long", "Pricing & Plans | Lumen Mind – At-Home Ketamine Therapy", """
<header class="nav">
<div class="promo-bar">Holiday offer: $100 off your first month with code LUMEN100 &middot; Ends Dec 31</div>
<a class="logo" href="/">Lumen Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/science">Science</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<h1>Transparent pricing. No surprise bills.</h1>
<p>Every Lumen Mind program starts with a 45-minute video evaluation with a board-certified psychiatric clinician licensed in your state. If ketamine isn't right for you, we'll tell you &ndash; and refund your program fee in full.</p>
<div class="plans">
<div class="plan">
<h2>Evaluation only</h2>
<p class="price">$149</p>
<ul><li>45-min psychiatric evaluation by video</li><li>Review of your medical history and current medications</li><li>Written treatment recommendation</li></ul>
<a class="btn" href="/get-started?plan=eval">Book evaluation</a>
</div>
<div class="plan featured">
<span class="badge">Most chosen</span>
<h2>Foundations &ndash; 6 sessions</h2>
<p class="price">$1,134 <small>or $199/month for 6 months</small></p>
<ul><li>Evaluation + 2 clinician follow-ups</li><li>6 at-home sessions of sublingual ketamine, if prescribed</li><li>Blood-pressure cuff shipped to you</li><li>Integration coaching after sessions 2, 4 and 6</li><li>Medication dispensed by our partner pharmacy only after your prescription is written</li></ul>
<a class="btn" href="/get-started?plan=foundations">Get started</a>
</div>
<div class="plan">
<h2>Maintenance membership</h2>
<p class="price">$219/month</p>
<ul><li>Up to 4 sessions a month, as prescribed</li><li>Monthly clinician check-in (required for refills)</li><li>Cancel anytime</li></ul>
<a class="btn" href="/get-started?plan=maintenance">Continue care</a>
</div>
</div>
<section class="fine">
<h2>What's not included</h2>
<p>Lumen Mind does not bill insurance. You can use HSA/FSA cards, and we'll provide a superbill on request. Medication shipping is included in the 48 contiguous states; a signature and photo ID are required at delivery.</p>
<h2>Who can't join</h2>
<p>We can't treat people with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, or who are pregnant. You must have a support person present during your first session. Our clinicians may decline to prescribe or may change your dose at any time.</p>
<h2>Promo code terms</h2>
<p>LUMEN100 applies to the first month of Foundations or Maintenance after your evaluation. It does not guarantee a prescription.</p>
</section>
</main>
<footer>
<nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/telehealth-consent">Telehealth consent</a> <a href="/licensure">State licensure</a> <a href="/careers">Careers</a></nav>
<p>Lumen Mind Medical Group, P.C. provides clinical services. Prescriptions are filled by independent licensed pharmacies. If you are in crisis call or text 988.</p>
</footer>
""", noise="cookie")

p("h13616", "https://app.ketaflow-care.example/cart", "telehealth", False, "en",
  "telehealth-cart-partial", "Your cart – Ketaflow Care", """
<div class="cart-drawer">
<h2>Your cart (2)</h2>
<div class="line"><span>Initial psychiatric evaluation (video, 60 min)</span><span>$249.00</span></div>
<div class="line"><span>At-home ketamine program &ndash; first month (billed only if your clinician prescribes)</span><span>$0.00 today</span></div>
<div class="promo"><input placeholder="Promo code" value="NEWYEAR26"> <button>Apply</button> <span class="ok">&minus;$50.00 applied</span></div>
<div class="total">Due today: <b>$199.00</b></div>
<p class="small">HSA/FSA accepted &middot; Klarna available &middot; Ketaflow Care does not accept cryptocurrency or payments via messaging apps.</p>
<p class="small">After checkout you'll choose a time with a licensed clinician. Same-day and next-day slots are usually available. Medication, if prescribed, is sent by our partner pharmacy and requires a signature.</p>
<button class="checkout">Secure checkout</button>
</div>
""")

p("h13617", "https://vitalis-psychiatry-online.example/faq/payments-and-contact", "telehealth", False, "en",
  "telehealth-faq-crypto-whatsapp", "Payments, contact & shipping FAQ – Vitalis Online Psychiatry", """
<nav><a href="/">Vitalis</a> <a href="/services/ketamine">Ketamine care</a> <a href="/services/spravato-referrals">Spravato referrals</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/book">Book</a></nav>
<main>
<h1>Payments, contact &amp; shipping</h1>
<h2>Can I pay with crypto?</h2>
<p>Yes, for visit fees only. We accept USDC through our billing processor for consultations and membership fees. Medication is paid at the pharmacy, not to us, and prescriptions are never "bought" &ndash; they are written only when your clinician decides treatment is appropriate.</p>
<h2>Do you have WhatsApp?</h2>
<p>Our international patients (we see patients in 14 US states and, through our Lisbon affiliate, in Portugal) can use WhatsApp Business for scheduling and billing questions. Clinical questions go through the secure patient portal. We will never send you a product menu or ask you to order medication over WhatsApp or Telegram.</p>
<h2>Is there a same-day appointment?</h2>
<p>Same-day evaluations are often available for $289. Note that same-day evaluation does not mean same-day medication: we need your intake, vitals and, for some patients, records from your previous psychiatrist.</p>
<h2>How is ketamine shipped?</h2>
<p>Prescribed lozenges are dispensed by a licensed 503A compounding pharmacy in your state, shipped with tracking, and require adult signature. We do not ship to P.O. boxes or across borders.</p>
<h2>Do I need a referral?</h2>
<p>No referral is needed to book an evaluation. We'll ask permission to contact your current therapist or primary care provider.</p>
<h2>What about Spravato?</h2>
<p>Esketamine (Spravato) must be given in a REMS-certified setting. If it suits you better than at-home ketamine, we'll refer you to a certified partner center near you.</p>
</main>
<footer>Vitalis Online Psychiatry, PLLC &middot; Clinicians licensed in AZ, CA, CO, CT, FL, IL, MA, MD, NJ, NY, OR, TX, VA, WA</footer>
""")

p("h13618", "https://www.harborlight-health.example/help/shipping", "telehealth", False, "en",
  "telehealth-shipping-help-short", "How does medication shipping work? – Harborlight Help Center", """
<nav class="help"><a href="/help">Help Center</a> &rsaquo; <a href="/help/orders">Orders &amp; shipping</a></nav>
<article>
<h1>How does medication shipping work?</h1>
<p>Once your Harborlight clinician writes a prescription after your video visit, it goes electronically to our partner pharmacy. Orders placed before 1 pm local time usually ship the same day by overnight courier in plain, unbranded packaging. Someone 18+ must sign for the package and show ID. You'll see tracking in your dashboard under <em>My treatment &rsaquo; Shipments</em>.</p>
<p>Refills are only released after your monthly check-in. If you miss a check-in, your next shipment is paused.</p>
<p>Was this article helpful? <button>Yes</button> <button>No</button></p>
</article>
""")

p("h13619", "https://lumenmind.example/blog/scam-alert-fake-lumen-telegram", "telehealth", False, "en",
  "telehealth-scam-warning", "Scam alert: accounts posing as Lumen Mind on Telegram and Instagram", """
<nav><a href="/">Lumen Mind</a> <a href="/blog">Blog</a> <a href="/pricing">Pricing</a> <a href="/get-started">Get started</a></nav>
<article>
<h1>Scam alert: accounts posing as Lumen Mind on Telegram and Instagram</h1>
<p class="meta">Patient Safety Team &middot; November 18, 2026</p>
<p>We've been told by several people that accounts using our logo are offering "Lumen ketamine kits" for sale on Telegram, Instagram and WhatsApp, often for $150&ndash;$300 paid via Zelle, Cash App or Bitcoin, with "no evaluation needed" and "same-day delivery".</p>
<p>These are not us. Lumen Mind:</p>
<ul>
<li>never sells medication directly &ndash; prescriptions go to a licensed pharmacy after a video evaluation;</li>
<li>never asks for payment through Zelle, Cash App, gift cards or crypto wallets;</li>
<li>only contacts you from @lumenmind.example email addresses or inside the app.</li>
</ul>
<p>If you've paid one of these accounts, contact your bank, report the account to the platform and file a report at reportfraud.ftc.example. If you received any product, do not take it &ndash; it may not be ketamine at all.</p>
<p>Questions? Our care team is available in the app 7 days a week.</p>
</article>
""")

p("h13620", "https://bloom-and-root-health.example/legal/promo-terms", "telehealth", False, "en",
  "telehealth-promo-terms-txt", "Promo terms – Bloom & Root Health", """
Bloom & Root Health – Promotion terms (code ROOT75). $75 off the first month of any at-home ketamine membership ($249/mo thereafter) for new patients in eligible states. The discount applies to membership fees only, not to the medical evaluation ($129) or to pharmacy charges. Use of the code does not guarantee that ketamine will be prescribed; all treatment decisions are made by your licensed clinician after a video assessment. One code per patient. Not combinable with employer or referral credits. Expires 01/31/2027.
""", ext="txt")

p("h13621", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-referral-prices", "Esketamin (Spravato) – Online-Erstgespräch und Weiterleitung | Psychiatrie Online Praxis", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/preise">Preise</a> <a href="/esketamin">Esketamin</a> <a href="/termin">Termin buchen</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression: Ihr Weg über die Videosprechstunde</h1>
<p>Sie haben mindestens zwei Antidepressiva ohne ausreichende Wirkung ausprobiert? In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray für Sie in Frage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li><b>Online-Termin buchen</b> &ndash; oft noch in derselben Woche, Überweisung nicht erforderlich.</li>
<li><b>Erstgespräch per Video (50 Min.)</b> mit ausführlicher Anamnese, Medikationsprüfung und Fragebögen.</li>
<li><b>Empfehlung und Weiterleitung</b> an eine unserer Partnerpraxen vor Ort. Esketamin wird dort unter ärztlicher Aufsicht angewendet; anschließend bleiben Sie zwei Stunden zur Beobachtung. Wir versenden kein Esketamin.</li>
<li><b>Begleitung</b> durch Video-Folgetermine zwischen den Anwendungen.</li>
</ol>
<h2>Kosten für Selbstzahler und Privatversicherte</h2>
<table>
<tr><td>Erstgespräch per Video (GOÄ)</td><td>ca. 120&ndash;160 &euro;</td></tr>
<tr><td>Folgetermin 25 Min.</td><td>ca. 60&ndash;80 &euro;</td></tr>
<tr><td>Paket &bdquo;Begleitung 3 Monate&ldquo; (6 Folgetermine)</td><td>390 &euro;</td></tr>
</table>
<p>Die Anwendung in der Partnerpraxis wird dort gesondert abgerechnet. Gesetzlich Versicherte: Die Kostenübernahme für Esketamin erfolgt bei gegebener Indikation über die Praxis vor Ort; unsere Videosprechstunde ist derzeit eine Privatleistung.</p>
<a class="btn" href="/termin">Jetzt Termin buchen</a>
</main>
<footer>Psychiatrie Online Praxis &middot; Impressum &middot; Datenschutz &middot; Berufsrechtliche Angaben</footer>
""", noise="cookie-de")

p("h13622", "https://serenamente-telesalud.example/es/precios", "telehealth", False, "es",
  "telehealth-spanish-zelle-packages", "Precios y paquetes – SerenaMente Telesalud (terapia con ketamina en casa)", """
<nav><a href="/es/">SerenaMente</a> <a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/en/">English</a> <a class="btn" href="/es/agendar">Agendar cita</a></nav>
<main>
<h1>Terapia con ketamina en casa, en español</h1>
<p>Atendemos a pacientes hispanohablantes en Florida, Texas, California y Nueva York. Todo comienza con una evaluación por videollamada con una psiquiatra o enfermera practicante con licencia en tu estado.</p>
<h2>Precios</h2>
<ul>
<li>Evaluación psiquiátrica por video: <b>$175</b> (citas el mismo día según disponibilidad, no necesitas referido)</li>
<li>Paquete de 6 sesiones en casa, con seguimiento: <b>$990</b></li>
<li>Membresía de mantenimiento: <b>$199 al mes</b></li>
</ul>
<p>Si la clínica no te receta ketamina después de la evaluación, te devolvemos el costo del paquete.</p>
<h2>Formas de pago</h2>
<p>Tarjeta de crédito o débito, HSA/FSA y Zelle a nombre de SerenaMente Medical Group PLLC. Zelle solo se usa para pagar consultas y paquetes, nunca para pagar medicamentos: las tabletas las despacha una farmacia licenciada después de que tu médica escribe la receta, y llegan con firma obligatoria.</p>
<h2>Contacto</h2>
<p>Para agendar o preguntar por tu factura puedes escribirnos por WhatsApp al +1 (305) 555-0140 de lunes a viernes. Las preguntas médicas se responden en el portal seguro.</p>
</main>
<footer>SerenaMente Medical Group PLLC &middot; Si estás en crisis, llama o envía un mensaje al 988 (opción en español).</footer>
""", noise="cookie-es")

p("h13623", "https://mentevivateleconsulta.example/planos", "telehealth", False, "pt",
  "telemedicina-planos-pix", "Planos e valores – MenteViva Teleconsulta Psiquiátrica", """
<nav><a href="/">MenteViva</a> <a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/escetamina">Escetamina</a> <a href="/agendar">Agendar</a></nav>
<main>
<h1>Planos e valores</h1>
<p>A MenteViva oferece teleconsultas com psiquiatras registrados no CRM. Para pacientes com depressão resistente, avaliamos a indicação de escetamina e encaminhamos para uma clínica parceira credenciada, onde a aplicação é feita presencialmente e com monitoramento.</p>
<table>
<tr><th>Plano</th><th>Valor</th></tr>
<tr><td>Consulta avulsa por vídeo (50 min)</td><td>R$ 390</td></tr>
<tr><td>Plano Acompanhamento &ndash; 1 consulta/mês + mensagens</td><td>R$ 290/mês</td></tr>
<tr><td>Plano Intensivo &ndash; avaliação para escetamina + 4 retornos</td><td>R$ 1.290</td></tr>
</table>
<p>Pagamento por Pix, cartão em até 6x ou boleto. Emitimos recibo para reembolso do convênio.</p>
<p>Não vendemos nem enviamos cetamina ou escetamina. As sessões são cobradas separadamente pela clínica parceira.</p>
<p>Agendamento também pelo WhatsApp da recepção: (11) 90000-0571.</p>
</main>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics that look like shops

p("h13624", "https://northshore-ketamine-center.example/shop", "clinic", False, "en",
  "infusion-clinic-shop-long", "Shop Packages & Gift Cards | NorthShore Ketamine Center", """
<header>
<div class="topbar">&#128222; (847) 555-0163 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 1420 Green Bay Rd, Suite 210, Highland Park, IL</div>
<a class="logo" href="/">NorthShore Ketamine Center</a>
<nav><a href="/">Home</a> <a href="/treatments/depression">Depression</a> <a href="/treatments/ptsd">PTSD</a> <a href="/treatments/chronic-pain">Chronic Pain</a> <a href="/spravato">Spravato</a> <a href="/shop">Shop</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book a free consult</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main>
<h1>Shop packages, boosters &amp; gift cards</h1>
<p>Prepay for your infusion series online and save. All infusions take place at our Highland Park clinic under the supervision of our board-certified anesthesiologist, Dr. Karen Olafsson, MD, with continuous monitoring. Purchase does not replace your medical screening: packages are activated only after your in-person consultation confirms you're a candidate.</p>
<div class="products">
<div class="card">
<h2>Single IV infusion (depression/anxiety)</h2>
<p class="price">$495</p>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Initial series &ndash; 6 infusions</h2>
<p class="price"><del>$2,970</del> $2,550</p>
<p>Save $420. Typically completed over 2&ndash;3 weeks.</p>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Booster 3-pack</h2>
<p class="price">$1,335</p>
<p>For patients who completed an initial series with us in the last 12 months.</p>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Chronic pain infusion (4 hours)</h2>
<p class="price">from $895</p>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Gift card</h2>
<p class="price">$50 &ndash; $1,000</p>
<p>Can be used towards consultations and infusions. Recipient must be medically cleared before treatment.</p>
<button>Buy gift card</button>
</div>
</div>
<section>
<h2>Ways to pay</h2>
<p>Credit and debit cards, HSA/FSA, CareCredit and Advance Care financing (from $112/month). We also accept Bitcoin through BitPay for package purchases. We provide a superbill so you can seek out-of-network reimbursement.</p>
<h2>Promo codes</h2>
<p>Veterans and first responders: use code HEROES for 10% off any package (ID checked at your first visit). Holiday code GIFT25 gives $25 off gift cards of $250+.</p>
<h2>Refunds</h2>
<p>If our physician determines at consultation that ketamine isn't safe or appropriate for you, your package is refunded in full. Unused infusions in a package are refundable within 12 months, minus the discount received.</p>
<h2>No referral needed</h2>
<p>You can book a free 15-minute phone consult without a referral. We will request your medical records and coordinate with your psychiatrist or therapist before your first infusion. Same-week appointments are usually available.</p>
</section>
</main>
<footer>
<p>NorthShore Ketamine Center, LLC &middot; Medical Director Karen Olafsson, MD &middot; Member, American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners</p>
<nav><a href="/privacy">Privacy</a> <a href="/nondiscrimination">Nondiscrimination</a> <a href="/good-faith-estimate">Good Faith Estimate</a> <a href="/careers">Careers</a></nav>
</footer>
""", noise="cookie")

p("h13625", "https://www.brightwater-behavioral.example/spravato/cost-insurance", "clinic", False, "en",
  "spravato-rems-center-cost-page", "Spravato Cost & Insurance | Brightwater Behavioral Health", """
<nav><a href="/">Brightwater Behavioral Health</a> <a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/locations">Locations</a> <a href="/patient-portal">Pay my bill</a> <a class="btn" href="/request-appointment">Request appointment</a></nav>
<main>
<h1>Spravato (esketamine): cost &amp; insurance</h1>
<p>Brightwater's Tampa and Clearwater offices are REMS-certified treatment centers. Every Spravato session happens in our office: you self-administer the nasal spray under staff supervision and stay at least two hours while we monitor your blood pressure and sedation. You can't take Spravato home and you must arrange a ride.</p>
<h2>Does insurance cover it?</h2>
<p>Most commercial plans, Medicare and Florida Medicaid cover Spravato for treatment-resistant depression with prior authorization. Our benefits team handles the authorization and will tell you your expected cost before your first session.</p>
<h2>What if I pay myself?</h2>
<table>
<tr><td>Spravato medication, 56 mg session</td><td>about $890</td></tr>
<tr><td>Spravato medication, 84 mg session</td><td>about $1,335</td></tr>
<tr><td>Observation/monitoring visit</td><td>$180</td></tr>
</table>
<p>Eligible commercially insured patients may pay as little as $10 per treatment through the manufacturer's savings program. We'll help you enroll.</p>
<h2>Getting started</h2>
<p>No referral needed for a first psychiatric evaluation; same-day callbacks Monday to Friday. Bring your list of previous antidepressants.</p>
</main>
<footer>Brightwater Behavioral Health &middot; Pay your bill online via the patient portal or by phone.</footer>
""")

p("h13626", "https://openfield-kap.example/offerings", "clinic", False, "en",
  "kap-practice-offerings-venmo", "Offerings & Fees – Openfield Ketamine-Assisted Psychotherapy", """
<nav><a href="/">Openfield</a> <a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/offerings">Offerings &amp; fees</a> <a href="/groups">Groups</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Offerings &amp; fees</h1>
<p>Openfield is a small ketamine-assisted psychotherapy practice in Portland, Oregon. Sessions take place in our office, with a licensed therapist present throughout and our nurse practitioner, Leah Moreno, PMHNP-BC, administering the medicine and monitoring vitals.</p>
<h2>Individual KAP package</h2>
<p><b>$3,200</b> &ndash; medical intake with our NP, 2 preparation sessions, 3 intramuscular ketamine sessions (3 hours each), 3 integration sessions.</p>
<h2>Single add-on medicine session</h2>
<p><b>$850</b> &ndash; for current clients only.</p>
<h2>Group integration circle</h2>
<p><b>$45</b> per evening, drop-in, no ketamine involved. Open to anyone who has done ketamine therapy anywhere.</p>
<h2>Paying</h2>
<p>We accept card, HSA, check, Venmo and Zelle (business accounts listed on your invoice). A $400 deposit holds your intake date. Sliding-scale spots are available each quarter for BIPOC and low-income clients &ndash; ask us.</p>
<p><a class="btn" href="/contact">Request a free 20-minute call</a></p>
</main>
""")

p("h13627", "https://instagram.example/p/northshoreketamine-blackfriday", "clinic", False, "en",
  "clinic-instagram-promo-txt", "NorthShore Ketamine Center on Instagram", """
northshoreketamine  Black Friday at NorthShore 🖤 Save 15% on our 6-infusion series (now $2,167) or grab a gift card for someone you love. Offer valid for packages booked by 12/1; all infusions take place in our Highland Park clinic after a medical consult with Dr. Olafsson. Book through the link in bio or text our front desk. #ketaminetherapy #depressionrecovery #highlandpark #mentalhealthmatters
""", ext="txt")

p("h13628", "https://clinicakemind-madrid.example/tarifas", "clinic", False, "es",
  "clinic-tarifas-whatsapp-citas", "Tarifas y bonos – Clínica KeMind Madrid | Tratamiento con ketamina", """
<header>
<a class="logo" href="/">Clínica KeMind</a>
<nav><a href="/">Inicio</a> <a href="/tratamientos/depresion-resistente">Depresión resistente</a> <a href="/tratamientos/esketamina">Esketamina</a> <a href="/tratamientos/dolor-cronico">Dolor crónico</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a> <a class="btn" href="/cita">Pedir cita</a></nav>
</header>
<main>
<h1>Tarifas y bonos</h1>
<p>Todos los tratamientos se realizan en nuestra clínica de la calle Príncipe de Vergara, bajo supervisión de anestesiólogo y psiquiatra. Antes de cualquier sesión hay una primera consulta presencial con valoración psiquiátrica, ECG y analítica si es necesario.</p>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta psiquiátrica</td><td>150 &euro;</td></tr>
<tr><td>Sesión de infusión intravenosa de ketamina (40 min + recuperación)</td><td>420 &euro;</td></tr>
<tr><td>Bono 6 sesiones</td><td>2.250 &euro; (ahorra 270 &euro;)</td></tr>
<tr><td>Sesión de mantenimiento</td><td>390 &euro;</td></tr>
<tr><td>Sesión de esketamina intranasal en consulta</td><td>consultar según dosis</td></tr>
</table>
<p>Formas de pago: tarjeta, transferencia y Bizum. Financiación en 12 meses sin intereses. Aceptamos reembolso de algunas aseguradoras privadas (Sanitas, Adeslas, DKV) según póliza.</p>
<p>No hace falta volante de tu médico para pedir la primera consulta. Reserva tu cita por WhatsApp en el +34 600 000 822 o en el formulario. Citas en la misma semana.</p>
<p class="nota">La ketamina no se dispensa para uso en casa. Desconfía de perfiles que usen nuestro nombre para vender medicamentos.</p>
</main>
<footer>Clínica KeMind S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; Aviso legal &middot; Política de privacidad</footer>
""", noise="cookie-es")

p("h13629", "https://clinique-lemanique-ketamine.example/fr/tarifs", "clinic", False, "fr",
  "swiss-clinic-forfaits", "Tarifs et forfaits – Clinique Lémanique | Traitement par kétamine, Lausanne", """
<nav><a href="/fr/">Clinique Lémanique</a> <a href="/fr/traitements">Traitements</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/prendre-rendez-vous">Prendre rendez-vous</a> <a href="/de/">DE</a> <a href="/en/">EN</a></nav>
<main>
<h1>Tarifs et forfaits</h1>
<p>Les perfusions de kétamine ont lieu dans notre centre de Lausanne, sous la responsabilité d'un médecin psychiatre et d'un anesthésiste FMH. Un bilan préalable en consultation est obligatoire.</p>
<ul>
<li>Consultation d'évaluation psychiatrique : CHF 280</li>
<li>Perfusion de kétamine, surveillance incluse : CHF 650</li>
<li>Forfait induction 6 perfusions : CHF 3'600</li>
<li>Séance d'entretien : CHF 620</li>
</ul>
<p>Une partie des prestations peut être prise en charge par l'assurance de base (LAMal) ou complémentaire selon votre contrat ; nous établissons un devis sur demande. Paiement par carte, TWINT ou facture à 30 jours.</p>
<p>Aucune lettre de votre médecin n'est nécessaire pour un premier rendez-vous, mais nous vous demanderons l'accord de le tenir informé. Rendez-vous en ligne 24h/24.</p>
<a class="btn" href="/fr/prendre-rendez-vous">Réserver une consultation</a>
</main>
<footer>Clinique Lémanique SA &middot; Avenue de la Gare, Lausanne &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h13630", "https://ketaminecentrum-utrecht.example/tarieven", "clinic", False, "nl",
  "clinic-tarieven-short", "Tarieven – Ketaminecentrum Utrecht", """
<nav><a href="/">Ketaminecentrum Utrecht</a> <a href="/behandeling">Behandeling</a> <a href="/tarieven">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/afspraak">Afspraak maken</a></nav>
<main>
<h1>Tarieven 2026</h1>
<p>Intakegesprek met psychiater: &euro; 195 &middot; Ketamine-infuus op locatie (incl. monitoring en nazorg): &euro; 475 &middot; Pakket van 6 infusen: &euro; 2.595.</p>
<p>Voor vergoeding via uw zorgverzekeraar is een verwijzing van de huisarts nodig; zonder verwijzing kunt u als zelfbetaler terecht. Betalen kan met pin, iDEAL-betaalverzoek of op factuur. Online afspraak maken, vaak binnen twee weken.</p>
</main>
""", noise="cookie-nl")

p("h13631", "https://centro-esketamina-milano.example/prenota", "clinic", False, "it",
  "clinic-prenota-pacchetto", "Prenota – Centro Esketamina Milano", """
<nav><a href="/">Centro Esketamina Milano</a> <a href="/trattamento">Il trattamento</a> <a href="/costi">Costi</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav>
<main>
<h1>Prenota la tua visita</h1>
<p>Il trattamento con esketamina spray nasale si svolge esclusivamente nel nostro ambulatorio di via Washington, con osservazione di due ore dopo ogni somministrazione. La prima visita psichiatrica serve a valutare se il trattamento è indicato per te.</p>
<ul>
<li>Prima visita psichiatrica: 180 &euro;</li>
<li>Pacchetto fase di induzione (8 sedute in 4 settimane, farmaco escluso): 1.600 &euro;</li>
<li>Seduta di mantenimento: 210 &euro;</li>
</ul>
<p>Si può pagare con carta, bonifico o Satispay. Rilasciamo fattura detraibile. Prenotazioni anche via WhatsApp al 347 000 0916 (solo appuntamenti).</p>
<a class="btn" href="/prenota/calendario">Scegli data e ora</a>
</main>
""")

# ---------------------------------------------------------------- informational pages about such pricing

p("h13632", "https://healthcostwise.example/guides/ketamine-therapy-cost", "informational", False, "en",
  "cost-guide-long", "How Much Does Ketamine Therapy Cost in 2026? Infusions, Spravato & At-Home Programs Compared", """
<header><a href="/">HealthCostWise</a> <nav><a href="/guides">Cost guides</a> <a href="/insurance">Insurance</a> <a href="/tools/estimate">Estimate my cost</a> <a href="/newsletter">Newsletter</a></nav></header>
<article>
<h1>How much does ketamine therapy cost in 2026?</h1>
<p class="byline">By Marcus Ellery, reviewed by Dr. Alana Fisk, PharmD &middot; Updated November 30, 2026</p>
<div class="toc"><b>In this guide:</b> <a href="#iv">IV infusions</a> &middot; <a href="#spravato">Spravato</a> &middot; <a href="#home">At-home programs</a> &middot; <a href="#kap">KAP</a> &middot; <a href="#save">Ways to save</a> &middot; <a href="#red-flags">Red flags</a></div>
<h2 id="iv">IV ketamine infusions: $400&ndash;$800 per session</h2>
<p>We collected published prices from 112 clinics in 31 states. The median single infusion for depression was $495; a six-infusion induction series ranged from $2,100 to $4,800, with most clinics offering a package discount of 10&ndash;15%. Pain infusions, which last longer, ran $700&ndash;$1,500. Insurance rarely covers the infusion itself, though some plans reimburse the consultation.</p>
<h2 id="spravato">Spravato (esketamine): often covered</h2>
<p>Because Spravato is FDA-approved for treatment-resistant depression, most insurers cover it with prior authorization. List price is roughly $590&ndash;$890 for the medication per session plus a monitoring fee. It must be given in a certified office, so any website offering to mail you Spravato devices is not legitimate.</p>
<h2 id="home">At-home telehealth programs: $200&ndash;$450 a month</h2>
<p>Online providers typically charge an evaluation fee ($100&ndash;$300) and then a monthly membership that covers follow-ups and lozenges or tablets from a partner pharmacy. Legitimate programs involve a live video visit with a licensed clinician, can decline to treat you, and ship only after a prescription. Many offer promo codes, HSA/FSA payment and "same-day" appointments &ndash; those are normal marketing features, not warning signs on their own.</p>
<h2 id="kap">Ketamine-assisted psychotherapy: $2,000&ndash;$6,000 per package</h2>
<p>KAP bundles preparation and integration therapy with medicine sessions, so it costs more per session but includes therapy time.</p>
<h2 id="save">Ways to save</h2>
<ul><li>Ask for the package price and whether unused sessions are refundable.</li><li>Use HSA/FSA funds and request a superbill.</li><li>Check financing such as CareCredit, but read the deferred-interest terms.</li><li>Veterans may qualify for esketamine through the VA.</li></ul>
<h2 id="red-flags">Red flags: when "cheap ketamine" is a scam</h2>
<p>In our research we also found sites styled as clinics that offered vials from $95, "no referral, no prescription", payment in Bitcoin, Zelle or gift cards, and ordering via WhatsApp or Telegram. Some promised "reship if seized". These are not medical providers. The product may be counterfeit, and paying them may expose you to fraud and legal risk.</p>
<div class="box">
<h3>Average prices at a glance</h3>
<table><tr><td>Single IV infusion</td><td>$495</td></tr><tr><td>6-infusion series</td><td>$2,650</td></tr><tr><td>Spravato session (self-pay)</td><td>$770&ndash;$1,100</td></tr><tr><td>At-home program, first month</td><td>$290</td></tr><tr><td>KAP package</td><td>$3,400</td></tr></table>
</div>
</article>
<aside class="related"><h3>Related guides</h3><ul><li><a href="/guides/tms-cost">How much does TMS cost?</a></li><li><a href="/guides/therapy-cost">Therapy without insurance</a></li><li><a href="/insurance/spravato-coverage">Does insurance cover Spravato?</a></li></ul></aside>
<footer>HealthCostWise is an independent publisher. We don't accept payment from providers listed in our guides. &copy; 2026</footer>
""", noise="cookie")

p("h13633", "https://www.cascadia-healthplan.example/providers/medical-policy/ketamine-esketamine", "informational", False, "en",
  "insurer-medical-policy", "Medical Policy MP-412: Ketamine and Esketamine for Psychiatric Conditions | Cascadia Health Plan", """
<nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/providers/medical-policy">Medical policies</a> <a href="/providers/prior-authorization">Prior authorization</a> <a href="/find-a-doctor">Find a doctor</a></nav>
<main>
<h1>Medical Policy MP-412: Ketamine and Esketamine for Psychiatric Conditions</h1>
<p><b>Effective:</b> 01/01/2027 &middot; <b>Last reviewed:</b> 10/14/2026</p>
<h2>Policy</h2>
<ol>
<li>Esketamine nasal spray (Spravato) is considered medically necessary for adults with treatment-resistant major depressive disorder (failure of at least two antidepressants of adequate dose and duration in the current episode), or for depressive symptoms with acute suicidal ideation, when administered in a REMS-certified healthcare setting, with prior authorization.</li>
<li>Intravenous, intramuscular, oral, sublingual or intranasal racemic ketamine for any psychiatric indication is considered investigational and is not covered.</li>
<li>Membership fees, program fees, "packages" and retreat fees charged by ketamine clinics or telehealth companies are not covered benefits. Evaluation and management visits billed by an in-network psychiatrist may be covered under the member's behavioral health benefit.</li>
<li>Ketamine compounded for home use is not covered under the pharmacy benefit.</li>
</ol>
<h2>Coding</h2>
<p>HCPCS S0013 (esketamine, nasal spray, 1 mg); G2082/G2083 (office visit with observation for self-administered esketamine, up to 56 mg / greater than 56 mg).</p>
<h2>Member cost share</h2>
<p>Covered esketamine treatment applies to the specialty drug tier. Members should check their plan documents or call the number on their ID card.</p>
</main>
""")

p("h13634", "https://trustscore-reviews.example/review/ketaflow-care.example", "informational", False, "en",
  "consumer-reviews-page", "Ketaflow Care Reviews | Read Customer Service Reviews of ketaflow-care.example", """
<header><a href="/">TrustScore</a> <form><input placeholder="Search companies"></form> <a href="/categories">Categories</a> <a href="/write-review">Write a review</a></header>
<main>
<div class="company"><h1>Ketaflow Care</h1><p>Reviews 1,284 &middot; TrustScore 4.1 / 5 &middot; Category: Telehealth, Mental health service</p><p class="claimed">Claimed profile &middot; Replies to 62% of negative reviews</p></div>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p><h3>Finally something that worked</h3><p>The evaluation was $249 but I had a promo code so paid $199. The NP spent almost an hour with me and asked for my old psychiatrist's notes before prescribing. Lozenges came overnight, needed a signature. Month 2 is $229.</p><p class="meta">Renee K. &middot; US &middot; Nov 29, 2026</p></div>
<div class="review"><p class="stars">&#9733;&#9733;</p><h3>Declined and waited 3 weeks for refund</h3><p>Paid for the eval, clinician said my blood pressure was too high to start. Fair enough medically, but getting my money back took forever.</p><p class="meta">Thomas B. &middot; US &middot; Nov 21, 2026</p><div class="reply"><b>Reply from Ketaflow Care:</b> Thomas, we're sorry about the delay. The program fee is refunded when treatment isn't prescribed; the evaluation fee covers the clinician's time. Please message our billing team.</div></div>
<div class="review"><p class="stars">&#9733;</p><h3>Beware of fake Ketaflow on Telegram</h3><p>Someone messaged me as "Ketaflow support" offering cheaper tablets if I paid in Bitcoin. The real company confirmed it wasn't them. Leaving this so others don't fall for it.</p><p class="meta">Ana M. &middot; US &middot; Nov 14, 2026</p></div>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;</p><h3>Good but pricey</h3><p>$229/month adds up. Wish they took insurance. Same-day appointment was real though.</p><p class="meta">Kevin L. &middot; US &middot; Nov 2, 2026</p></div>
<nav class="pagination"><a href="?page=2">Next page</a></nav>
</main>
<footer>TrustScore &middot; Reviews are from users and are not verified purchases unless marked.</footer>
""", noise="cookie")

p("h13635", "https://www.gulfcoast-herald.example/news/2026/11/24/fake-ketamine-clinics-instagram-telegram", "informational", False, "en",
  "news-fake-clinics", "Fake 'ketamine clinics' selling vials on Instagram and Telegram, investigators warn – Gulf Coast Herald", """
<header><a href="/">Gulf Coast Herald</a> <nav><a href="/news">News</a> <a href="/news/health">Health</a> <a href="/crime">Crime</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<h1>Fake 'ketamine clinics' selling vials on Instagram and Telegram, investigators warn</h1>
<p class="byline">By Tessa Ramirez &middot; November 24, 2026</p>
<p>The websites look like any other wellness clinic: soft photographs of sunlit living rooms, a "meet our team" page, a list of packages with prices. But investigators say at least a dozen of them, many claiming to be based in Florida and Texas, were never clinics at all.</p>
<p>"They copy the language of real providers &ndash; 'treatment-resistant depression', 'infusion protocols', 'no referral needed' &ndash; and then they ask you to pay in Zelle or Bitcoin and message them on Telegram," said a special agent with the state's Office of Statewide Prosecution, who asked not to be named because investigations are ongoing.</p>
<p>One site reviewed by the Herald, which has since gone offline, listed "clinic-grade ketamine, 10 ml vial, $160" and "5 vials for $700", and promised to reship packages seized by customs. A Telegram channel linked from the site had more than 14,000 subscribers.</p>
<p>Legitimate providers say the copycats hurt them too. "We put our prices on our website because patients asked for transparency," said Dr. Karen Olafsson, who runs a ketamine infusion center north of Chicago. "Now people see a price list and assume we're the same as these Telegram sellers."</p>
<p>Real clinics and telehealth programs, experts say, involve a medical evaluation, a named prescriber and a licensed pharmacy. Spravato, the esketamine nasal spray, can only be used under supervision in certified offices.</p>
<p>Anyone who suspects a fraudulent seller can report it to the FDA's BeSafeRx program or the FTC.</p>
</article>
<aside><h3>Most read</h3><ol><li>County approves new bridge budget</li><li>High school football playoff scores</li><li>Red tide returns to Pinellas beaches</li></ol></aside>
""")

p("h13636", "https://forum.depressiontalk.example/t/is-299-a-month-for-at-home-ketamine-a-scam/88121", "informational", False, "en",
  "forum-thread", "Is $299 a month for at-home ketamine a scam? - Treatments - DepressionTalk", """
<nav><a href="/">DepressionTalk</a> &rsaquo; <a href="/c/treatments">Treatments</a></nav>
<h1>Is $299 a month for at-home ketamine a scam?</h1>
<div class="post"><b>quietriver</b> &middot; 3d<p>Seeing ads everywhere. One wants $299/mo with a promo code, another says "instant approval, no video". Local infusion clinic quoted $2,550 for six. How do you tell which ones are real?</p></div>
<div class="post"><b>m_ortega</b> &middot; 3d<p>The price isn't the tell. I use one of the video ones, pay around $230/mo, and the NP actually turned down my dose increase last month. If there's no live clinician and they take crypto or want you on Telegram, run.</p></div>
<div class="post"><b>pharmgirl_rn</b> &middot; 2d<p>Nurse here. Legit telehealth = video visit, named prescriber you can look up on your state board site, prescription sent to a pharmacy with a real license number, signature on delivery. "Instant approval" is not a medical evaluation.</p></div>
<div class="post"><b>quietriver</b> &middot; 2d<p>Thanks. The "instant approval" one also had a "wholesale for 20+ vials" section which in hindsight is... not what a clinic does lol.</p></div>
<div class="post"><b>Moderator</b> &middot; 2d<p>Reminder: no links to sellers, and no sourcing talk. Thread stays open for discussion of legitimate options.</p></div>
""")

p("h13637", "https://rx.evergreen-compounding.example/products/ketamine-hcl-rdt", "informational", False, "en",
  "rx-only-compounding-pharmacy-product", "Ketamine HCl Rapid-Dissolve Tablets | Evergreen Compounding Pharmacy (Rx only)", """
<header><a href="/">Evergreen Compounding Pharmacy</a> <nav><a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/products">Formulary</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="rx-banner">&#8478; Prescription required. We dispense only against a valid prescription from a licensed prescriber with a DEA registration. We do not sell to the public.</p>
<h1>Ketamine HCl rapid-dissolve tablets (RDT)</h1>
<p>Strengths: 50 mg, 100 mg, 150 mg, 200 mg, 300 mg. Flavours: mint, cherry. Compounded in our USP &lt;795&gt; facility.</p>
<h2>Patient pricing (cash)</h2>
<table><tr><td>8 tablets, up to 200 mg</td><td>$96</td></tr><tr><td>8 tablets, 300 mg</td><td>$128</td></tr><tr><td>Shipping (overnight, signature + ID)</td><td>$25</td></tr></table>
<p>Prices are shown for transparency. Patients can pay by card through our secure portal once their prescription has been received and verified by a pharmacist. Controlled substances are not shipped to states where we are not licensed; see our licensure page.</p>
<h2>For prescribers</h2>
<p>Send e-prescriptions (EPCS) to Evergreen Compounding Pharmacy, NCPDP 0000000. Telehealth prescribers must comply with current DEA telemedicine rules. We may contact you to verify any prescription.</p>
<p class="small">Evergreen Compounding Pharmacy &middot; Licensed in WA, OR, ID, MT, CA, NV, AZ, CO &middot; PCAB accredited</p>
</main>
""")

p("h13638", "https://verbraucherportal-gesundheit.example/ratgeber/ketamin-online-angebote", "informational", False, "de",
  "consumer-advice-german", "Ketamin und Esketamin online: Was kosten seriöse Angebote, woran erkennt man Fakes? | Verbraucherportal Gesundheit", """
<header><a href="/">Verbraucherportal Gesundheit</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/warnungen">Warnungen</a> <a href="/beratung">Beratung</a></nav></header>
<article>
<h1>Ketamin und Esketamin online: Was kosten seriöse Angebote, woran erkennt man Fakes?</h1>
<p class="stand">Stand: 28.11.2026</p>
<p>Immer mehr Privatpraxen werben mit Ketamin-Infusionen gegen Depressionen und veröffentlichen Preislisten, Pakete und Online-Terminbuchung. Das ist erlaubt und für Patientinnen und Patienten oft hilfreich. Gleichzeitig tauchen Seiten auf, die wie Praxen aussehen, aber Esketamin-Nasenspray oder Ketamin-Ampullen ohne Rezept verschicken.</p>
<h2>Was seriöse Behandlungen kosten</h2>
<ul>
<li>Ketamin-Infusion in einer Privatpraxis: meist 350 bis 600 Euro pro Sitzung, Serien von sechs Infusionen oft mit Rabatt.</li>
<li>Esketamin-Nasenspray (Spravato): wird in der Praxis unter Aufsicht angewendet; bei gegebener Indikation übernehmen gesetzliche Kassen in der Regel die Kosten.</li>
<li>Online-Psychiatrie: Videosprechstunde nach GOÄ, das Medikament selbst wird nicht verschickt.</li>
</ul>
<h2>Warnsignale</h2>
<ul>
<li>&bdquo;Kein Rezept nötig&ldquo; oder nur ein Fragebogen ohne Arztkontakt</li>
<li>Bezahlung per Bitcoin, Monero oder Vorkasse auf ausländische Konten</li>
<li>Bestellung über Telegram oder WhatsApp</li>
<li>Versand &bdquo;neutral verpackt&ldquo; aus dem Ausland</li>
<li>Mengenrabatte auf Arzneimittel (&bdquo;Vorratspaket&ldquo;)</li>
</ul>
<p>Wer bei solchen Seiten bestellt, riskiert Fälschungen und macht sich unter Umständen strafbar, denn Ketamin unterliegt der Verschreibungspflicht und Esketamin darf nur in der Praxis angewendet werden.</p>
</article>
""", noise="cookie-de")

p("h13639", "https://diario-salud-hoy.example/sociedad/2026/11/falsas-clinicas-ketamina-redes", "informational", False, "es",
  "news-spanish-fake-clinics", "Falsas clínicas de ketamina venden viales por WhatsApp con pago en Bizum y criptomonedas | Diario Salud Hoy", """
<header><a href="/">Diario Salud Hoy</a> <nav><a href="/sociedad">Sociedad</a> <a href="/sanidad">Sanidad</a> <a href="/ciencia">Ciencia</a> <a href="/opinion">Opinión</a></nav></header>
<article>
<h1>Falsas clínicas de ketamina venden viales por WhatsApp con pago en Bizum y criptomonedas</h1>
<p class="entradilla">La Agencia Española de Medicamentos alerta de webs que imitan a centros médicos reales y ofrecen el fármaco "sin receta ni informe".</p>
<p class="firma">Laura Benítez &middot; Madrid &middot; 26 nov 2026</p>
<p>Las páginas tienen todo lo que se espera de una clínica: equipo médico con fotos, testimonios, una sección de "tarifas" y hasta un carrito de compra. Pero en lugar de pedir cita, el usuario termina en un chat de WhatsApp donde se ofrecen viales de ketamina a 95 euros y "packs" de diez por 790, con pago por Bizum, transferencia o USDT.</p>
<p>Clínicas reales que tratan la depresión resistente con ketamina denuncian que algunas de estas webs copian sus textos e incluso sus nombres. "Nosotros publicamos precios y damos cita por WhatsApp, y ahora hay pacientes que nos preguntan si les podemos mandar la ketamina a casa. La respuesta es no: todo se hace en consulta", explica la directora médica de un centro madrileño.</p>
<p>Sanidad recuerda que la ketamina es un medicamento de uso hospitalario y que la esketamina nasal solo se administra bajo supervisión en centros autorizados.</p>
</article>
""", noise="cookie-es")

p("h13640", "https://assurance-sante-info.example/medicaments/spravato-esketamine-prise-en-charge", "informational", False, "fr",
  "public-insurer-fact-sheet", "Spravato (eskétamine) : conditions de prise en charge | Assurance Santé Info", """
<nav><a href="/">Assurance Santé Info</a> &rsaquo; <a href="/medicaments">Médicaments</a> &rsaquo; Spravato</nav>
<main>
<h1>Spravato (eskétamine) : conditions de prise en charge</h1>
<p>Spravato est un spray nasal d'eskétamine indiqué chez l'adulte dans la dépression résistante, en association avec un antidépresseur oral. Il est réservé à l'usage hospitalier : il est administré à l'hôpital ou dans un établissement autorisé, sous la surveillance d'un professionnel de santé, et le patient reste en observation après chaque prise.</p>
<h2>Remboursement</h2>
<p>Le médicament est pris en charge dans le cadre de l'hospitalisation (de jour ou complète). Le patient n'achète pas le produit en pharmacie de ville et ne peut pas l'utiliser à domicile.</p>
<h2>Attention aux offres en ligne</h2>
<p>Des sites se présentant comme des cliniques ou des services de téléconsultation proposent de l'eskétamine ou de la kétamine « livrée à domicile », parfois avec code promo et paiement en cryptomonnaie. Ces offres sont illégales et les produits peuvent être falsifiés. Signalez-les sur la plateforme officielle de signalement.</p>
</main>
""")

save(OUT, R)
