# Batch 154 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Businesses that seem legitimate". The 14 sellers are unregulated sellers of ketamine,
# esketamine or analogues presenting as a legitimate business (at-home programme, research lab, members'
# club, online pharmacy, doctor-on-demand service, app, equine supply, review site, Spanish clinic,
# German "Online-Arztpraxis", French reference-standards lab, Dutch home-therapy service, Brazilian
# compounding pharmacy, Italian online medical office) in a calm professional tone; the giveaway is in
# how they operate (questionnaire-only approval, prescription bundled with the purchase, Zelle, gift
# cards, crypto, Pix, PostePay top-ups, Telegram/WhatsApp ordering, reshipping, gram pricing for
# "reference standards", residential delivery of veterinary vials). The protected pages are genuine
# telehealth services, clinics and pharmacies with the same polish (memberships, packages, deposits,
# WhatsApp booking, discreet shipping of prescribed medication) and informational pages about such
# businesses (news investigations quoting prices and handles, regulator alerts, drug checking, a
# forum thread, a job post, a prescription-only compounding pharmacy).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium pages, short pages,
# a navigation-heavy review site, partial (cut-off) pages, one url-only bot-check page and a few
# plain-text excerpts (social bio, shipping policy, clinic promo text, news excerpt).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch154.py (writes batch154/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch154")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers presenting as legitimate businesses

p("h15401", "https://meridianmindprogram.example/at-home-ketamine/how-it-works", "seller", True, "en",
  "at-home-programme-questionnaire-only", "How It Works | Meridian Mind At-Home Ketamine Program", """
<header class="site-header">
<a class="logo" href="/">Meridian Mind <small>Evidence-informed mental wellness</small></a>
<nav><a href="/at-home-ketamine">At-Home Program</a> <a href="/at-home-ketamine/how-it-works">How It Works</a> <a href="/pricing">Pricing</a> <a href="/science">The Science</a> <a href="/stories">Member Stories</a> <a href="/faq">FAQ</a> <a class="btn" href="/intake">Start Intake</a></nav>
</header>
<main>
<section class="hero">
<h1>Relief that fits into your life</h1>
<p>Meridian Mind brings ketamine care home. No waiting rooms, no six-week waitlists, no awkward conversations. Our streamlined process is designed around you.</p>
</section>
<section class="steps">
<h2>Three simple steps</h2>
<ol>
<li><h3>1. Complete your wellness assessment</h3>
<p>Answer 14 short questions about your mood, sleep and goals. It takes about five minutes on your phone. There is no video call and nothing to schedule &ndash; our medical team reviews your answers asynchronously.</p></li>
<li><h3>2. Receive your approval</h3>
<p>Most members hear back within two hours. Over 97% of applicants are approved on the first pass, and if your answers need adjusting our care coordinators will let you know exactly what to change so you can resubmit the same day.</p></li>
<li><h3>3. Your kit arrives</h3>
<p>Your Meridian kit ships in plain outer packaging with no branding. Each kit contains 8 ketamine rapid-dissolve tablets (200 mg), a journal, an eye mask and access to our guided audio library.</p></li>
</ol>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<table>
<tr><th>Plan</th><th>Tablets</th><th>Price</th></tr>
<tr><td>Starter kit</td><td>8 &times; 200 mg</td><td>$289</td></tr>
<tr><td>Maintenance (monthly)</td><td>12 &times; 200 mg</td><td>$349 / mo</td></tr>
<tr><td>Extended supply (quarterly)</td><td>40 &times; 200 mg</td><td>$899</td></tr>
</table>
<p class="note">We accept Zelle, Cash App and USDC. Card payments are temporarily unavailable while we change processors. Insurance is not accepted.</p>
</section>
<section class="faq-mini">
<h2>Common questions</h2>
<details><summary>Do I need to see a doctor?</summary><p>Your assessment is reviewed by our medical team. Because the program is fully asynchronous, you never need to book an appointment or turn on a camera.</p></details>
<details><summary>Can I order for a partner?</summary><p>Households may share one account. Simply increase the quantity at checkout and list both names in the notes field.</p></details>
<details><summary>Do you ship to every state?</summary><p>We ship to all 50 states. If your state has additional restrictions, select our alternate fulfilment option at checkout and your kit will be forwarded from a partner address.</p></details>
<details><summary>Is my order discreet?</summary><p>Always. Packages are labelled as "wellness journal" and require no signature.</p></details>
</section>
<section class="cta"><a class="btn" href="/intake">Start my 5-minute assessment</a></section>
</main>
<footer>
<p>&copy; 2026 Meridian Mind Wellness LLC. The statements on this site have not been evaluated by the FDA. Meridian Mind is a wellness membership and does not provide emergency services. If you are in crisis call 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h15402", "https://northbridge-reference.example/catalog/arylcyclohexylamines/2-fdck", "seller", True, "en",
  "research-lab-reference-standards", "2-FDCK Reference Standard | Northbridge Reference Materials", """
<header>
<a class="logo" href="/">NORTHBRIDGE <span>Reference Materials</span></a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalog/tryptamines">Tryptamines</a> <a href="/quality">Quality &amp; COA</a> <a href="/wholesale">Wholesale</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a> <a href="/basket">Basket</a></nav>
</header>
<main class="product">
<p class="crumbs">Catalog &rsaquo; Arylcyclohexylamines &rsaquo; 2-FDCK</p>
<h1>2-Fluorodeschloroketamine (2-FDCK) hydrochloride</h1>
<p class="sku">Cat. no. NB-ACH-0412 &middot; CAS 111982-50-4 &middot; Purity &ge; 99.2% (HPLC)</p>
<p>2-FDCK is an arylcyclohexylamine structurally related to ketamine in which the chlorine atom is replaced by fluorine. Northbridge supplies this compound as a crystalline white powder for forensic, toxicological and analytical research. Each lot is characterised by HPLC, GC-MS and 1H-NMR and shipped with a batch-specific certificate of analysis.</p>
<form class="variant">
<label>Quantity</label>
<select>
<option>1 g &ndash; &euro;39</option>
<option>5 g &ndash; &euro;145</option>
<option>10 g &ndash; &euro;240</option>
<option>25 g &ndash; &euro;475</option>
<option>100 g &ndash; &euro;1,290</option>
</select>
<button>Add to basket</button>
</form>
<h2>Ordering information</h2>
<ul>
<li>No institutional account or end-user declaration is required for orders under 100 g.</li>
<li>Payment by bank transfer (SEPA), Bitcoin or Monero. Crypto orders receive a 10% discount.</li>
<li>Dispatched within 24 hours in vacuum-sealed, odour-proof foil inside a neutral outer envelope.</li>
<li>Free reship once per customer if a parcel is held by customs.</li>
</ul>
<p class="disclaimer">This product is sold as an analytical reference material only. It is not for human consumption and not intended for use as a food, drug or cosmetic. By ordering you confirm you are over 18 and that the product is legal in your jurisdiction.</p>
<h2>Related products</h2>
<ul class="related"><li><a href="/catalog/arylcyclohexylamines/dck">Deschloroketamine (DCK) &ndash; from &euro;42/g</a></li><li><a href="/catalog/arylcyclohexylamines/2f-nene">2F-NENDCK &ndash; from &euro;45/g</a></li><li><a href="/catalog/arylcyclohexylamines/o-pce">O-PCE &ndash; out of stock</a></li></ul>
</main>
<footer><p>Northbridge Reference Materials s.r.o. &middot; Support via the ticket system or Session messenger &middot; <a href="/terms">Terms of sale</a></p></footer>
""")

p("h15403", "https://instagram-mirror.example/stillwater.k.club", "seller", True, "en",
  "members-club-social-bio", "stillwater.k.club", """
Stillwater Wellness Club (@stillwater.k.club)
Private members' club for mindful adults | Est. 2023 | LA · SF · San Diego
Curated ketamine journeys, delivered. Monthly membership includes your allotment, ceremony playlist and integration notes.
Founding tier $180/mo · Guest pass $60
No applications, no paperwork - members vouch for members.
Orders + new members: Telegram @stillwater_concierge
Same-day courier in metro areas, discreet post everywhere else.
Link in bio for menu (PW in DMs)
""", ext="txt")

p("h15404", "https://spravato-direct-pharmacy.example/product/esketamine-nasal-spray-56mg-no-prescription", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="cf-wrapper">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8e21c4f0ab73d1e2 &middot; Performance &amp; security by a third party</p>
</div>
""")

p("h15405", "https://rxnow-doctors.example/ketamine-prescription-online", "seller", True, "en",
  "doctor-on-demand-rx-bundled", "Ketamine Prescription Online in 15 Minutes | RxNow Doctors", """
<header><a class="logo" href="/">RxNow <b>Doctors</b></a>
<nav><a href="/conditions">Conditions</a> <a href="/medications">Medications</a> <a href="/how-it-works">How it works</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Get a ketamine prescription online today</h1>
<p class="lede">Board-certified physicians. Same-day decisions. Delivered from our international partner pharmacy.</p>
<div class="trust"><span>&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 3,120 patients</span> <span>HIPAA-grade encryption</span> <span>Money-back guarantee</span></div>
<h2>How RxNow works</h2>
<ol>
<li><b>Chat with a doctor.</b> Complete our secure text chat. No video, no phone call and no medical records needed.</li>
<li><b>Get your prescription.</b> 98% of consultations end with a prescription. If the doctor cannot prescribe, your consultation fee is refunded in full.</li>
<li><b>Choose your medication.</b> Your prescription is sent straight to our partner pharmacy overseas, which ships directly to you.</li>
</ol>
<h2>Medication and consultation bundles</h2>
<table class="bundles">
<tr><th>Bundle</th><th>Includes</th><th>Total</th></tr>
<tr><td>Ketamine nasal spray 100 mg/ml, 10 ml</td><td>Consultation + prescription + shipping</td><td>$240</td></tr>
<tr><td>Ketamine sublingual 150 mg &times; 20</td><td>Consultation + prescription + shipping</td><td>$310</td></tr>
<tr><td>Esketamine nasal spray 28 mg device &times; 3</td><td>Consultation + prescription + shipping</td><td>$520</td></tr>
</table>
<p>Payment is completed with Amazon, Apple or Visa gift cards, which protects your privacy and avoids medication names appearing on your bank statement. After checkout our billing team will email you instructions for sending card codes.</p>
<h2>Why patients choose us</h2>
<p>Traditional ketamine clinics are expensive and often require in-person monitoring. RxNow removes those barriers so you can manage your wellbeing privately.</p>
<p class="small">Shipping time 7&ndash;14 business days. Orders seized by customs are re-sent free of charge once.</p>
</main>
<footer><p>RxNow Doctors is a technology platform. Medical services are provided by independent physicians. &copy; 2026</p></footer>
""", noise="cookie")

p("h15406", "https://calmwave-app.example/", "seller", True, "en",
  "app-landing-ai-screening", "Calmwave - Ketamine care in your pocket", """
<nav class="app-nav"><a href="/">Calmwave</a> <a href="#features">Features</a> <a href="#pricing">Pricing</a> <a href="#faq">FAQ</a> <a class="store" href="/download">Download</a></nav>
<section class="hero">
<h1>Feel lighter in 48 hours.</h1>
<p>Calmwave is the first app that takes you from sign-up to ketamine at your door without a single appointment.</p>
<a class="store-badge" href="/download/ios">Download on the App Store</a> <a class="store-badge" href="/download/android">Get it on Google Play</a>
</section>
<section id="features">
<h2>Built for busy people</h2>
<div class="card"><h3>AI mood screening</h3><p>Our assessment engine reads your answers in seconds and unlocks your personalised protocol instantly. No clinician wait times.</p></div>
<div class="card"><h3>Doorstep delivery</h3><p>Ketamine lozenges and nasal spray delivered in 48 hours via our fulfilment network. Reorder with one tap whenever you run low.</p></div>
<div class="card"><h3>Dose slider</h3><p>Adjust your dose yourself between 100 and 400 mg in the app. Calmwave remembers what worked.</p></div>
<div class="card"><h3>Share with friends</h3><p>Give a friend $50 off their first box and get a free box after three referrals.</p></div>
</section>
<section id="pricing">
<h2>Simple plans</h2>
<p><b>Flex</b> &ndash; $39/box + medication from $180. <b>Unlimited</b> &ndash; $299/month, reorder as often as you need.</p>
</section>
<section id="faq">
<h3>Is there a doctor involved?</h3><p>Our protocols were designed with input from physicians. Individual approvals are handled automatically by the app.</p>
<h3>What if I'm under 21?</h3><p>Calmwave is for adults 18+. Age is self-declared during sign-up.</p>
</section>
<footer>&copy; 2026 Calmwave Labs Inc. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h15407", "https://midwest-equine-supply.example/pharmacy/anesthetics/ketamine-hcl-100mg-ml", "seller", True, "en",
  "vet-supply-residential", "Ketamine HCl Injection 100 mg/mL, 10 mL | Midwest Equine Supply", """
<div class="topbar">Family owned since 1986 &middot; Call us 8-5 CT &middot; Free shipping over $150</div>
<header><a href="/">Midwest Equine Supply</a>
<nav><a href="/dewormers">Dewormers</a> <a href="/fly-control">Fly Control</a> <a href="/supplements">Supplements</a> <a href="/tack">Tack</a> <a href="/pharmacy">Pharmacy</a> <a href="/cart">Cart</a></nav></header>
<main>
<p class="crumbs">Home / Pharmacy / Anesthetics &amp; Sedatives</p>
<h1>Ketamine HCl Injection, 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="price">$64.95 <span>each</span> &middot; <b>Case of 10: $579.00</b></p>
<p>Dissociative anaesthetic for use in horses, cattle, dogs and cats. Generic equivalent of leading brands. Store at room temperature, protect from light.</p>
<form><label>Qty</label> <input type="number" value="1" min="1"> <button>Add to cart</button></form>
<div class="box notice">
<h2>Good news for our customers</h2>
<p>Unlike other supply houses, we do not require a veterinarian's prescription or a copy of your DEA registration for this item. Orders ship to residential addresses in the continental US. Please select "Farm/Ranch" as your address type to avoid delays.</p>
</div>
<h2>Customers also bought</h2>
<ul><li>Xylazine 100 mg/mL, 50 mL &ndash; $39.95</li><li>Sterile syringes 3 mL, box of 100 &ndash; $18.50</li><li>Needles 22G 1&quot;, box of 100 &ndash; $9.95</li></ul>
<h2>Reviews (41)</h2>
<blockquote>&ldquo;Fast shipping, arrived in two days. Will reorder.&rdquo; &ndash; Dale, KY</blockquote>
<blockquote>&ldquo;Way cheaper than my vet and no hassle.&rdquo; &ndash; verified buyer</blockquote>
</main>
<footer>Midwest Equine Supply &middot; For animal use only &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a></footer>
""")

p("h15408", "https://mindcare-reviews.example/best-online-ketamine-providers-2026", "seller", True, "en",
  "affiliate-review-doorway-nav-heavy", "Best Online Ketamine Providers 2026: Tested & Ranked | MindCare Reviews", """
<header>
<a class="logo" href="/">MindCare Reviews</a>
<nav>
<a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/ptsd">PTSD</a> <a href="/sleep">Sleep</a> <a href="/therapy-apps">Therapy Apps</a> <a href="/online-psychiatry">Online Psychiatry</a> <a href="/ketamine">Ketamine</a> <a href="/psychedelics">Psychedelics</a> <a href="/deals">Deals</a> <a href="/about">About Us</a> <a href="/editorial-policy">Editorial Policy</a>
</nav>
<form class="search"><input placeholder="Search reviews"></form>
</header>
<aside class="toc">
<h4>On this page</h4>
<ul><li><a href="#top-pick">Our top pick</a></li><li><a href="#ranking">Full ranking</a></li><li><a href="#method">How we test</a></li><li><a href="#coupon">Exclusive coupon</a></li><li><a href="#faq">FAQ</a></li></ul>
<h4>Popular</h4>
<ul><li><a href="/best-therapy-apps">Best therapy apps</a></li><li><a href="/betterhelp-vs-talkspace">BetterHelp vs Talkspace</a></li><li><a href="/ketamine-cost">How much does ketamine cost?</a></li><li><a href="/psilocybin-retreats">Psilocybin retreats</a></li></ul>
</aside>
<main>
<p class="disclosure">Advertiser disclosure: we may earn a commission when you buy through links on this page.</p>
<h1>Best Online Ketamine Providers of 2026</h1>
<p class="byline">By the MindCare editorial team &middot; Updated November 28, 2026 &middot; 11 min read</p>
<section id="top-pick">
<h2>Our top pick: KetaQuick</h2>
<p>After testing 12 services, KetaQuick was the only one that shipped without a video consult, a medical records request or an ID check. If you have been turned down elsewhere, this is the service we recommend. Orders placed by midnight ship the same day and prices start at $149 for 10 lozenges.</p>
<a class="btn" href="/go/ketaquick?sub=best2026">Visit KetaQuick &rarr;</a>
</section>
<section id="ranking">
<h2>Full ranking</h2>
<ol>
<li><b>KetaQuick</b> &ndash; 9.8/10 &ndash; no prescription needed, ships worldwide, pays with crypto &ndash; <a href="/go/ketaquick?sub=rank">Check price</a></li>
<li><b>Nova K Direct</b> &ndash; 9.1/10 &ndash; questionnaire only, approval in minutes &ndash; <a href="/go/novak?sub=rank">Check price</a></li>
<li><b>SpravaSource</b> &ndash; 8.7/10 &ndash; generic esketamine sprays shipped from India &ndash; <a href="/go/spravasource?sub=rank">Check price</a></li>
<li><b>Traditional telehealth platforms</b> &ndash; 6.0/10 &ndash; require video evaluation, monitoring and often rejects applicants</li>
</ol>
</section>
<section id="method"><h2>How we test</h2><p>Our reviewers place real orders and score speed, price, discretion and approval rate.</p></section>
<section id="coupon"><h2>Exclusive coupon</h2><p>Use code <b>MINDCARE25</b> at KetaQuick for 25% off your first order.</p></section>
<section id="faq"><h2>FAQ</h2><p><b>Is it legal?</b> Laws vary. Readers outside the US often have fewer restrictions. Consult local regulations.</p></section>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/team">Team</a> <a href="/contact">Contact</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/sitemap">Sitemap</a></nav>
<p>&copy; 2026 MindCare Reviews. Content is for informational purposes and is not medical advice.</p>
</footer>
""", noise="cookie")

p("h15409", "https://clinicaserenamente.example/tratamiento-ketamina-en-casa", "seller", True, "es",
  "fake-clinic-whatsapp-bizum", "Tratamiento con ketamina en casa | Clínica Serena Mente", """
<header>
<a class="logo" href="/">Clínica Serena Mente <small>Salud mental integrativa</small></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/tratamiento-ketamina-en-casa">Ketamina en casa</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Tratamiento con ketamina en casa, con total discreción</h1>
<p>En Clínica Serena Mente sabemos que dar el primer paso cuesta. Por eso hemos diseñado un programa que puedes seguir desde tu casa, a tu ritmo y sin listas de espera de la sanidad pública.</p>
<h2>¿Cómo empezar?</h2>
<ol>
<li>Escríbenos por WhatsApp al +34 6XX XXX 214 indicando «Programa Serena».</li>
<li>Te enviaremos un breve cuestionario. No necesitas informe médico ni receta previa.</li>
<li>Elige tu pack y realiza el pago por Bizum o transferencia.</li>
<li>Recibes el pedido en 24-48 h en un paquete neutro, sin logotipos. También enviamos a Portugal y Andorra.</li>
</ol>
<h2>Packs disponibles</h2>
<table>
<tr><th>Pack</th><th>Contenido</th><th>Precio</th></tr>
<tr><td>Inicio</td><td>Ketamina en polvo 2 g + báscula de precisión 0,001 g</td><td>90 €</td></tr>
<tr><td>Mensual</td><td>Ketamina en polvo 5 g + guía de dosificación</td><td>190 €</td></tr>
<tr><td>Spray</td><td>Ketamina spray nasal 10 ml (100 mg/ml)</td><td>150 €</td></tr>
</table>
<p>Todos nuestros productos son de grado farmacéutico. Para pedidos superiores a 20 g consulta condiciones de distribuidor.</p>
<h2>Nuestro compromiso</h2>
<p>Más de 1.500 personas han confiado en nosotros. Atención de lunes a domingo de 10:00 a 22:00.</p>
</main>
<footer><p>© 2026 Serena Mente · Aviso legal · Política de privacidad · La información de esta web no sustituye la consulta médica.</p></footer>
""", noise="cookie-es")

p("h15410", "https://online-arztpraxis-direkt.example/esketamin-nasenspray", "seller", True, "de",
  "fake-online-practice-auto-approval", "Esketamin Nasenspray online anfordern | Online-Arztpraxis Direkt", """
<header>
<a href="/">Online-Arztpraxis Direkt</a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/esketamin-nasenspray">Esketamin</a> <a href="/so-funktionierts">So funktioniert's</a> <a href="/ueber-uns">Über uns</a> <a href="/hilfe">Hilfe</a></nav>
</header>
<main>
<h1>Esketamin Nasenspray &ndash; bequem online anfordern</h1>
<p>Sie leiden seit Monaten unter gedrückter Stimmung und Antriebslosigkeit? Bei uns erhalten Sie Esketamin-Nasenspray, ohne lange auf einen Facharzttermin zu warten.</p>
<h2>In 3 Schritten zu Ihrem Medikament</h2>
<ol>
<li><b>Medizinischen Fragebogen ausfüllen</b> &ndash; dauert nur 3 Minuten.</li>
<li><b>Automatische Freigabe</b> &ndash; unser System prüft Ihre Angaben sofort, ein Arztgespräch ist nicht erforderlich.</li>
<li><b>Versand</b> &ndash; Ihr Paket wird von unserer Partnerapotheke in den Niederlanden verschickt, Zustellung in 2&ndash;4 Werktagen.</li>
</ol>
<h2>Preise</h2>
<ul>
<li>Esketamin 28 mg, 1 Sprühgerät: 119 &euro;</li>
<li>Esketamin 28 mg, 3 Sprühgeräte: 329 &euro;</li>
<li>Esketamin 28 mg, 6 Sprühgeräte: 599 &euro; (Bestseller)</li>
</ul>
<p>Das Rezept ist im Preis bereits enthalten. Bezahlung per Paysafecard oder Banküberweisung. Kreditkartenzahlung ist für dieses Präparat leider nicht möglich.</p>
<h2>Häufige Fragen</h2>
<p><b>Muss ich das Spray in einer Praxis anwenden?</b><br>Nein. Sie wenden das Spray bequem zu Hause an. Eine Überwachung vor Ort ist bei unserem Angebot nicht vorgesehen.</p>
<p><b>Übernimmt die Krankenkasse die Kosten?</b><br>Nein, es handelt sich um eine Privatleistung.</p>
</main>
<footer>Online-Arztpraxis Direkt &middot; Impressum &middot; Datenschutz &middot; AGB</footer>
""", noise="cookie-de")

p("h15411", "https://etalons-analytiques.example/fr/produits/3-meo-pce", "seller", True, "fr",
  "reference-standards-lab-crypto", "3-MeO-PCE – étalon analytique | Étalons Analytiques Lyon", """
<header><a href="/fr/">Étalons Analytiques</a>
<nav><a href="/fr/produits">Produits</a> <a href="/fr/qualite">Qualité</a> <a href="/fr/livraison">Livraison</a> <a href="/fr/paiement">Paiement</a> <a href="/fr/contact">Contact</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>3-MeO-PCE chlorhydrate (étalon analytique)</h1>
<p>Arylcyclohexylamine apparentée à la kétamine et à la PCP. Fourni sous forme de poudre cristalline blanche, pureté &gt; 99 % (GC-MS). Destiné exclusivement à la recherche en laboratoire.</p>
<table>
<tr><th>Conditionnement</th><th>Prix</th></tr>
<tr><td>500 mg</td><td>25 €</td></tr>
<tr><td>1 g</td><td>40 €</td></tr>
<tr><td>5 g</td><td>150 €</td></tr>
<tr><td>10 g</td><td>260 €</td></tr>
</table>
<p><button>Ajouter au panier</button></p>
<h2>Informations pratiques</h2>
<ul>
<li>Aucun justificatif d'établissement n'est demandé : particuliers acceptés.</li>
<li>Paiement en Bitcoin, Litecoin ou par coupon Transcash.</li>
<li>Envoi discret en lettre suivie, emballage sous vide anti-odeur, nom de l'expéditeur neutre.</li>
<li>En cas de saisie douanière, nous renvoyons gratuitement une fois.</li>
</ul>
<p class="mention">Produit non destiné à la consommation humaine ou animale. Il appartient à l'acheteur de vérifier la législation de son pays.</p>
<p>Voir aussi : <a href="/fr/produits/dck">Deschlorokétamine</a> · <a href="/fr/produits/2-fdck">2-FDCK</a> · <a href="/fr/produits/methoxetamine">Méthoxétamine</a></p>
</main>
<footer>Étalons Analytiques · Service client par e-mail ou Wickr</footer>
""", noise="cookie-fr")

p("h15412", "https://thuiskuur-ketamine.example/aanmelden", "seller", True, "nl",
  "home-therapy-service-telegram-short", "Aanmelden | ThuisKuur Ketaminebegeleiding", """
<header><a href="/">ThuisKuur</a> <nav><a href="/werkwijze">Werkwijze</a> <a href="/tarieven">Tarieven</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Aanmelden voor ketaminebegeleiding aan huis</h1>
<p>Geen verwijzing van de huisarts nodig en geen wachtlijst. Na aanmelding neemt een van onze consulenten binnen een uur contact met je op via Telegram. Zij stellen je pakket samen en regelen de bezorging.</p>
<p>Tarieven: proefpakket 3 g &euro; 85, maandpakket 10 g &euro; 240. Betalen via Tikkie of in crypto. Bezorging met eigen koerier in de Randstad, elders per brievenbuspakje zonder afzender.</p>
<form><label>Voornaam (mag een bijnaam zijn)</label><input> <label>Telegram-gebruikersnaam</label><input> <button>Verstuur</button></form>
</main>
""", noise="cookie-nl")

p("h15413", "https://farmaciavitalmanipulados.example/produto/cetamina-sublingual-100mg", "seller", True, "pt",
  "compounding-pharmacy-no-receita-pix", "Cetamina Sublingual 100 mg – 30 comprimidos | Farmácia Vital Manipulados", """
<header>
<div class="faixa">Frete grátis para todo o Brasil acima de R$ 499 · 5% de desconto no Pix</div>
<a href="/">Farmácia Vital <small>Manipulação com carinho desde 2011</small></a>
<nav><a href="/categoria/saude-mental">Saúde mental</a> <a href="/categoria/emagrecimento">Emagrecimento</a> <a href="/categoria/hormonios">Hormônios</a> <a href="/quem-somos">Quem somos</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<h1>Cetamina Sublingual 100 mg – 30 comprimidos</h1>
<p class="preco">R$ 389,90 <span>ou 3x de R$ 129,97</span></p>
<p>Fórmula manipulada de cloridrato de cetamina em comprimidos de dissolução sublingual, sabor menta.</p>
<div class="aviso">
<p><b>Não tem receita?</b> Sem problema. Ao finalizar o pedido, nosso farmacêutico responsável emite a orientação de uso e o pedido segue normalmente. Não é necessário enviar receita de controle especial.</p>
</div>
<p><button>Comprar agora</button> <a href="https://wa.me/55XXXXXXXXXXX">Dúvidas? Fale no WhatsApp</a></p>
<h2>Envio</h2>
<p>Despachamos em até 24 h úteis em embalagem discreta. Pedidos para fora do Brasil via encaminhamento, consulte valores.</p>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Chegou rápido e bem embalado." – Renata, SP</p>
</main>
<footer>Farmácia Vital Manipulados · CNPJ 00.000.000/0001-00 · Política de trocas · Política de privacidade</footer>
""", noise="cookie-pt")

p("h15414", "https://studiomedicoonline-italia.example/esketamina", "seller", True, "it",
  "online-medical-office-ricetta-postepay", "Esketamina spray nasale con ricetta immediata | Studio Medico Online Italia", """
<header><a href="/">Studio Medico Online Italia</a>
<nav><a href="/servizi">Servizi</a> <a href="/esketamina">Esketamina</a> <a href="/chi-siamo">Chi siamo</a> <a href="/domande">Domande frequenti</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina spray nasale: ricetta e consegna in 24 ore</h1>
<p>Il nostro studio medico online offre un percorso rapido e riservato per chi soffre di depressione resistente e non vuole attendere mesi per una visita specialistica.</p>
<h2>Come funziona</h2>
<ul>
<li>Compili il questionario anamnestico online (circa 4 minuti).</li>
<li>Ricevi subito la ricetta bianca intestata a te, senza visita e senza videochiamata.</li>
<li>La confezione viene spedita dal nostro magazzino con corriere espresso, pacco anonimo.</li>
</ul>
<h2>Costi</h2>
<p>Questionario + ricetta + 1 dispositivo da 28 mg: 160 €. Confezione da 3 dispositivi: 420 €.</p>
<p>Pagamento tramite ricarica PostePay o bonifico istantaneo. Per motivi di riservatezza non accettiamo PayPal.</p>
<p>Per ordini ripetuti puoi scriverci direttamente su Telegram senza ricompilare il questionario.</p>
</main>
<footer>Studio Medico Online Italia · P.IVA in fase di registrazione · Privacy · Cookie</footer>
""")

# ---------------------------------------------------------------- genuine telehealth services

p("h15415", "https://harborlight-health.example/at-home-ketamine-therapy", "telehealth", False, "en",
  "telehealth-landing-long", "At-Home Ketamine Therapy with Licensed Clinicians | Harborlight Health", """
<header class="site-header">
<a class="logo" href="/">Harborlight Health</a>
<nav><a href="/at-home-ketamine-therapy">Ketamine Therapy</a> <a href="/psychiatry">Psychiatry</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our Clinicians</a> <a href="/safety">Safety</a> <a href="/insurance">Insurance &amp; HSA</a> <a href="/login">Patient Login</a> <a class="btn" href="/get-started">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, guided by real clinicians</h1>
<p>Harborlight is a telehealth practice licensed in 19 states. Every patient is evaluated by a psychiatric clinician over live video before any treatment is prescribed, and stays under their care for as long as treatment continues.</p>
<a class="btn" href="/get-started">See if you qualify</a>
</section>
<section>
<h2>What to expect</h2>
<ol>
<li><b>Eligibility screening (10 minutes).</b> A short online form tells us whether telehealth ketamine might be appropriate. It is a screening step only and never results in a prescription by itself.</li>
<li><b>Psychiatric evaluation (60 minutes, video).</b> You meet a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, current medications and blood pressure, and may request records from your existing doctors. About one in three people who book an evaluation are not offered ketamine; we help them find a better fit.</li>
<li><b>Prescription and delivery.</b> If ketamine is appropriate, your clinician sends a prescription for sublingual tablets to a state-licensed partner pharmacy, which verifies it and ships to your home. Deliveries require an adult signature and ID.</li>
<li><b>Supervised sessions.</b> For each session you name a sitter who is present with you. You check in with blood pressure readings before and after, and your care team reviews your measurement scores every week.</li>
<li><b>Follow-up.</b> Video follow-ups after session two and then monthly. Refills are never automatic.</li>
</ol>
</section>
<section>
<h2>Who this is not for</h2>
<p>We do not treat people with a history of psychosis, uncontrolled high blood pressure, active substance use disorder, pregnancy, or anyone under 18. If that applies to you, our team can refer you to in-person care.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<p>Initial psychiatric evaluation: $250. Treatment membership: $229/month including follow-ups, integration coaching and messaging with your care team. Medication is billed separately by the pharmacy, typically $80&ndash;$140 per month. HSA and FSA cards accepted.</p>
</section>
</main>
<footer>
<p>Harborlight Health PC &middot; Medical Director: Naomi Feld, MD &middot; If you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></p>
</footer>
""", noise="cookie")

p("h15416", "https://harborlight-health.example/blog/how-to-spot-a-fake-ketamine-telehealth-service", "telehealth", False, "en",
  "provider-blog-scam-warning", "How to Spot a Fake Ketamine Telehealth Service | Harborlight Health Blog", """
<header><a href="/">Harborlight Health</a> <nav><a href="/blog">Blog</a> <a href="/at-home-ketamine-therapy">Ketamine Therapy</a> <a href="/get-started">Check eligibility</a></nav></header>
<article>
<h1>How to spot a fake ketamine telehealth service</h1>
<p class="meta">Harborlight Clinical Team &middot; Reviewed by Naomi Feld, MD &middot; 6 min read</p>
<p>Over the last year our patient-support team has heard from dozens of people who paid a website for "ketamine therapy" and received a package with no clinician ever having spoken to them. Some of these sites look more polished than we do. Here is what to look for.</p>
<h2>1. Approval from a questionnaire alone</h2>
<p>If a service promises approval in minutes, advertises an approval rate above 90%, or says there is no need for a video call, it is not practising medicine. Legitimate prescribers have to evaluate you, and they say no to a meaningful share of people.</p>
<h2>2. Unusual payment methods</h2>
<p>Requests to pay with Zelle, gift cards or cryptocurrency "for privacy" are a red flag. Licensed practices can take ordinary cards and usually HSA/FSA.</p>
<h2>3. Nobody has a name</h2>
<p>You should be able to look up your prescriber's name and licence on your state medical board's website before your first visit.</p>
<h2>4. Shipping from abroad or "reshipping"</h2>
<p>A US prescription is filled by a US-licensed pharmacy. Promises to resend a parcel seized by customs tell you the seller expects seizures.</p>
<h2>5. Quantities that make no sense</h2>
<p>Powder sold by the gram, "household" sharing, or a dose you set yourself in an app are not treatment plans.</p>
<p>If you have ordered from a site like this, please don't take what arrived. Talk to your doctor, and report the site to the FDA's MedWatch and your state board of pharmacy.</p>
<p class="cta"><a href="/get-started">Start a real evaluation with a licensed clinician</a></p>
</article>
""")

p("h15417", "https://lumenpath-care.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout – LumenPath Membership", """
<header><a href="/">LumenPath</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Start your LumenPath membership</h1>
<ol class="progress"><li class="done">Eligibility</li><li class="active">Membership</li><li>Book your evaluation</li></ol>
<div class="plan selected">
<h2>Care Membership &ndash; $199/month</h2>
<ul>
<li>60-minute video evaluation with a licensed psychiatric clinician</li>
<li>Monthly medication-management visits</li>
<li>Unlimited secure messaging with your care team</li>
<li>Integration coaching sessions (2 per month)</li>
<li>Blood pressure cuff shipped to you</li>
</ul>
<p class="fine">Your membership does not guarantee a prescription. If your clinician decides ketamine is not right for you at your first evaluation, you may cancel and we will refund your first month in full. Medication, if prescribed, is filled by a licensed partner pharmacy and billed separately (usually $95&ndash;$150/month).</p>
</div>
<form>
<label>Card number</label><input> <label>Expiry</label><input> <label>CVC</label><input>
<label><input type="checkbox"> Use HSA/FSA card</label>
<label>Promo code</label><input placeholder="e.g. WELCOME20">
<p>Due today: <b>$199.00</b></p>
<button>Continue to booking</button>
</form>
<p class="support">Questions? Call (555) 014-2277, Monday&ndash;Friday, 8am&ndash;8pm ET.</p>
</main>
""")

p("h15418", "https://cedarline-psychiatry.example/esketamine-referral", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Esketamine (Spravato) Through Cedarline | Virtual Psychiatry", """
<header><a href="/">Cedarline Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/esketamine-referral">Esketamine</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>Spravato can only be given in a certified healthcare setting under the FDA's REMS programme, so we never ship it. What we do is the part that happens before and after: a thorough online psychiatric evaluation, a review of the antidepressants you have already tried, and insurance prior authorisation.</p>
<h2>How it works</h2>
<ol>
<li>Book a 60-minute video evaluation with one of our psychiatrists (in-network with most major insurers).</li>
<li>If esketamine is appropriate, we refer you to a REMS-certified partner treatment centre near you and send them your records.</li>
<li>You attend treatment sessions at the centre, where staff monitor you for two hours after each dose.</li>
<li>Your Cedarline psychiatrist continues to manage your oral antidepressant and sees you by video every four weeks.</li>
</ol>
<p>Partner centres currently in Ohio, Pennsylvania, Michigan and Indiana. <a href="/book">Book an evaluation</a></p>
</main>
<footer>Cedarline Virtual Psychiatry, PLLC &middot; In an emergency call 911 or 988.</footer>
""")

p("h15419", "https://lumenpath-care.example/help/shipping-and-packaging", "telehealth", False, "en",
  "telehealth-shipping-policy-txt", "Shipping and packaging", """
Shipping and packaging - LumenPath Help Center

Prescribed medication is dispensed and shipped by our licensed partner pharmacy only after your LumenPath clinician has sent a prescription. Packages are discreet: the outer box shows the pharmacy's name and return address but not the medication. Because ketamine is a Schedule III controlled substance, delivery requires the signature of the patient named on the prescription with government photo ID. We cannot ship to P.O. boxes, freight forwarders, or addresses outside the states where your clinician is licensed. Refills are sent only after your monthly follow-up visit.
""", ext="txt")

p("h15420", "https://harborlight-health.example/clinicians", "telehealth", False, "en",
  "telehealth-prescriber-roster", "Our Clinicians | Harborlight Health", """
<header><a href="/">Harborlight Health</a> <nav><a href="/at-home-ketamine-therapy">Ketamine Therapy</a> <a href="/clinicians">Our Clinicians</a> <a href="/get-started">Check eligibility</a></nav></header>
<main>
<h1>Our clinicians</h1>
<p>Every Harborlight patient is cared for by a named prescriber licensed in the patient's state. Licence numbers can be verified on each state board's public lookup.</p>
<div class="clinician"><h2>Naomi Feld, MD</h2><p>Medical Director &middot; Board certified in psychiatry (ABPN) &middot; Licensed in CA, OR, WA, NV, AZ</p></div>
<div class="clinician"><h2>Marcus Oyelaran, PMHNP-BC</h2><p>Psychiatric nurse practitioner &middot; Licensed in TX, CO, NM, UT</p></div>
<div class="clinician"><h2>Elena Brandt, DO</h2><p>Board certified in psychiatry and addiction medicine &middot; Licensed in NY, NJ, CT, PA, MA</p></div>
<div class="clinician"><h2>Priya Raman, PMHNP-BC</h2><p>Psychiatric nurse practitioner &middot; Licensed in FL, GA, NC, VA</p></div>
<div class="clinician"><h2>Thomas Wexley, MD</h2><p>Anaesthesiologist and safety lead &middot; Reviews blood-pressure and side-effect reports &middot; Licensed in IL, MI, OH, MN</p></div>
<p><a href="/get-started">Check your eligibility</a> &middot; <a href="/safety">Read our safety protocol</a></p>
</main>
""")

p("h15421", "https://psychiatrie-videosprechstunde.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-de-referral", "Esketamin-Behandlung: Vorgespräch per Videosprechstunde | MindPraxis Online", """
<header><a href="/">MindPraxis Online</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/esketamin">Esketamin</a> <a href="/kosten">Kosten</a> <a href="/team">Ärztinnen und Ärzte</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression &ndash; wir begleiten Sie</h1>
<p>MindPraxis Online ist eine fachärztliche Privatpraxis für Psychiatrie und Psychotherapie mit Sitz in Hamburg. Unsere Fachärztinnen und Fachärzte behandeln per Videosprechstunde nach den Vorgaben der Bundesärztekammer.</p>
<h2>Ablauf</h2>
<ol>
<li>Ausführliches Erstgespräch per Video (50 Minuten) mit einer Fachärztin oder einem Facharzt für Psychiatrie.</li>
<li>Prüfung der bisherigen Behandlungen: Esketamin kommt nur in Frage, wenn mindestens zwei Antidepressiva ohne ausreichende Wirkung eingesetzt wurden.</li>
<li>Die Anwendung des Nasensprays erfolgt ausschließlich unter Aufsicht in einer unserer Partnerkliniken in Hamburg, Berlin oder München. Wir versenden kein Esketamin.</li>
<li>Die weitere Begleitung und Verlaufskontrolle übernehmen wir per Videosprechstunde.</li>
</ol>
<h2>Kosten</h2>
<p>Abrechnung nach GOÄ. Erstgespräch ca. 120&ndash;160 &euro;, Folgetermine ca. 60&ndash;90 &euro;. Private Krankenversicherungen und Beihilfe erstatten in der Regel. Gesetzlich Versicherte erhalten eine Rechnung als Selbstzahler.</p>
<p><a class="btn" href="/termin">Termin für ein Erstgespräch buchen</a></p>
</main>
<footer>MindPraxis Online &middot; Impressum &middot; Datenschutz &middot; Zuständige Ärztekammer: Hamburg</footer>
""", noise="cookie-de")

p("h15422", "https://teleconsult-psy-quebec.example/fr/ketamine-a-domicile", "telehealth", False, "fr",
  "telehealth-fr-quebec", "Kétamine supervisée à domicile | Clinique virtuelle PsyNord", """
<header><a href="/fr/">PsyNord – clinique virtuelle</a>
<nav><a href="/fr/services">Services</a> <a href="/fr/ketamine-a-domicile">Kétamine</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rendez-vous">Rendez-vous</a></nav></header>
<main>
<h1>Traitement par kétamine supervisé, en téléconsultation</h1>
<p>PsyNord est une clinique virtuelle de psychiatrie dont les médecins sont membres du Collège des médecins du Québec. Aucun traitement n'est prescrit sans une évaluation psychiatrique complète en vidéoconférence.</p>
<h2>Étapes</h2>
<ul>
<li>Évaluation psychiatrique de 75 minutes en vidéo, avec examen de votre dossier médical.</li>
<li>Si la kétamine est indiquée, ordonnance transmise à une pharmacie partenaire agréée qui vérifie l'ordonnance et livre à domicile contre signature.</li>
<li>Première séance en présence d'une infirmière en vidéo ; les séances suivantes avec un accompagnateur adulte à vos côtés.</li>
<li>Suivi hebdomadaire des échelles PHQ-9 et GAD-7.</li>
</ul>
<h2>Tarifs</h2>
<p>Évaluation initiale : 325 $. Forfait de suivi : 249 $ par mois. Médicament facturé par la pharmacie. Reçus admissibles auprès de la plupart des assurances collectives.</p>
<p><a href="/fr/rendez-vous">Prendre rendez-vous</a></p>
</main>
<footer>PsyNord inc. · Montréal · En cas d'urgence, composez le 911.</footer>
""", noise="cookie-fr")

p("h15423", "https://telepsiquiatria-aurora.example/escetamina", "telehealth", False, "pt",
  "telepsychiatry-pt-br", "Escetamina: avaliação por telemedicina | Aurora Telepsiquiatria", """
<header><a href="/">Aurora Telepsiquiatria</a>
<nav><a href="/especialidades">Especialidades</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Médicos</a> <a href="/valores">Valores</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente e escetamina: comece pela avaliação online</h1>
<p>A Aurora é um serviço de telepsiquiatria com médicos registrados no CRM. A consulta é feita por vídeo, com prontuário eletrônico e receita digital assinada com certificado ICP-Brasil.</p>
<p>A escetamina em spray nasal só pode ser aplicada em ambiente clínico, com monitorização por cerca de duas horas. Por isso, quando a indicação é confirmada, encaminhamos você para uma clínica parceira credenciada na sua cidade e acompanhamos o tratamento à distância.</p>
<p>Consulta inicial: R$ 450. Retornos: R$ 300. Emitimos recibo para reembolso do plano de saúde.</p>
<p><a href="/agendar">Agendar consulta por vídeo</a></p>
</main>
<footer>Aurora Telepsiquiatria Ltda. · Responsável técnico: Dr. Henrique Salles – CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- genuine clinics

p("h15424", "https://bluestone-infusion.example/", "clinic", False, "en",
  "iv-clinic-home-long", "Bluestone Infusion Center | IV Ketamine Therapy in Scottsdale, AZ", """
<div class="announce">Now open Saturdays &middot; Gift cards available for the holidays &middot; Financing through CareCredit</div>
<header class="site-header">
<a class="logo" href="/">Bluestone Infusion Center</a>
<nav><a href="/ketamine-for-depression">Depression</a> <a href="/ketamine-for-ptsd">PTSD</a> <a href="/ketamine-for-pain">Chronic Pain</a> <a href="/nad-iv">NAD+ &amp; Hydration</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our Team</a> <a href="/gift-cards">Gift Cards</a> <a class="btn" href="/book">Book a Consultation</a></nav>
</header>
<main>
<section class="hero">
<h1>IV ketamine therapy in a calm, private setting</h1>
<p>Physician-led infusions for treatment-resistant depression, PTSD and chronic pain, delivered in our Scottsdale clinic with continuous monitoring by registered nurses.</p>
<a class="btn" href="/book">Book your free 15-minute consultation</a>
</section>
<section>
<h2>Your first visit</h2>
<p>Before your first infusion you will meet our medical director, Dr. Alan Reyes (board-certified anaesthesiologist), for a medical intake. We'll review your psychiatric history and current medications and, with your permission, coordinate with your therapist or psychiatrist. Infusions take place in private suites with reclining chairs, weighted blankets and your choice of music. Heart rate, blood pressure and oxygen saturation are monitored throughout, and you will need a driver to take you home.</p>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical intake consultation</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>$475</td></tr>
<tr><td>Induction series: 6 infusions over 2&ndash;3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$425</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$750</td></tr>
</table>
<p>Pay as you go or buy your induction series online. A $100 deposit holds your first appointment and is applied to your bill. We provide superbills for out-of-network reimbursement.</p>
<a class="btn" href="/pricing/induction-series">Buy induction series</a>
</section>
<section class="testimonials">
<h2>What patients say</h2>
<blockquote>&ldquo;The nurses checked on me constantly and I never felt rushed.&rdquo; &ndash; J.M.</blockquote>
<blockquote>&ldquo;After years of trying medications, this was the first thing that lifted the fog.&rdquo; &ndash; R.T.</blockquote>
</section>
<section class="location">
<h2>Visit us</h2>
<p>7150 E. Camelback Rd, Suite 210, Scottsdale, AZ &middot; Mon&ndash;Sat 8am&ndash;5pm &middot; (480) 555-0162</p>
</section>
</main>
<footer>
<p>&copy; 2026 Bluestone Infusion Center PLLC. Ketamine is FDA-approved as an anaesthetic; its use for depression, PTSD and pain is off-label. Individual results vary.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA Notice</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

p("h15425", "https://riverside-spravato-center.example/spravato-treatment", "clinic", False, "en",
  "rems-certified-spravato-center", "Spravato Treatment | Riverside Behavioral Health – REMS-Certified Center", """
<header><a href="/">Riverside Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato-treatment">Spravato</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/patient-forms">Patient Forms</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato (esketamine) nasal spray treatment</h1>
<p>Riverside Behavioral Health is a certified treatment centre under the Spravato REMS programme. Spravato is administered only in our office, under the direct observation of a healthcare provider.</p>
<h2>What a treatment day looks like</h2>
<ul>
<li>Check-in and pre-dose blood pressure.</li>
<li>You self-administer the nasal spray devices under supervision.</li>
<li>You stay in a private monitoring room for at least two hours while our nurses check your blood pressure and how you feel.</li>
<li>You may not drive until the next day after a restful sleep, so please arrange a ride.</li>
</ul>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onward: weekly or every two weeks, as decided with your psychiatrist.</p>
<h2>Insurance and cost</h2>
<p>Most commercial plans, Medicare and several Medicaid plans cover Spravato after prior authorisation; our benefits team handles the paperwork. Many patients are eligible for the manufacturer's savings programme, which can reduce medication costs to $10 per treatment.</p>
<p><a class="btn" href="/contact?reason=spravato">Request a Spravato evaluation</a> &middot; Referrals: fax (555) 010-4432</p>
</main>
<footer>Riverside Behavioral Health &middot; 22 Mill St, Lowell, MA</footer>
""")

p("h15426", "https://openfield-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-crypto-whatsapp", "Ketamine-Assisted Psychotherapy | Openfield Therapy Collective – Portland", """
<header><a href="/">Openfield Therapy Collective</a>
<nav><a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/team">Clinicians</a> <a href="/fees">Fees</a> <a href="/intake">Intake</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy (KAP)</h1>
<p>At Openfield, ketamine is used as part of a course of psychotherapy, not on its own. Our medical team (a psychiatrist and two nurse practitioners) assesses every client in person and administers intramuscular ketamine in our Portland office, while a licensed therapist stays with you throughout the session.</p>
<h2>Course of treatment</h2>
<p>Two preparation sessions, three to six dosing sessions of about three hours each, and an integration session after each dosing day.</p>
<h2>Fees</h2>
<ul>
<li>Medical assessment with our psychiatrist: $350</li>
<li>Preparation or integration session (50 min): $180</li>
<li>Dosing session including medicine, medical monitoring and therapist: $800</li>
<li>Six-session package: $5,400, payable in three instalments</li>
</ul>
<p>We accept card, HSA/FSA, bank transfer and, by request, Bitcoin through our payment processor for session fees. Sliding-scale places are available each quarter.</p>
<p>International clients and those who prefer messaging can request an intake call by WhatsApp at +1 503 555 0187. Dosing always happens in our office after an in-person medical assessment.</p>
<p><a class="btn" href="/intake">Start intake</a></p>
</main>
<footer>Openfield Therapy Collective &middot; 1820 SE Hawthorne Blvd, Portland, OR</footer>
""")

p("h15427", "https://bluestone-infusion.example/patients/pay-your-bill", "clinic", False, "en",
  "clinic-billing-portal-partial", "Pay Your Bill | Bluestone Infusion Center", """
<header><a href="/">Bluestone Infusion Center</a> <nav><a href="/patients">For Patients</a> <a href="/patients/forms">Forms</a> <a href="/patients/pay-your-bill">Pay Your Bill</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Pay your bill or appointment deposit</h1>
<p>Use the secure form below to pay an outstanding balance, your $100 appointment deposit, or a package you agreed with our front desk. You will need the account number on your statement.</p>
<form>
<label>Patient account number</label><input>
<label>Patient date of birth</label><input>
<label>Payment type</label>
<select><option>Outstanding balance</option><option>Appointment deposit ($100)</option><option>Induction series (6 infusions)</option><option>Gift card</option></select>
<label>Amount (USD)</label><input>
<button>Continue to secure payment</button>
</form>
<h2>Billing questions</h2>
<p>Our billing office can help with superbills, payment plans and CareCredit. Call (480) 555-0162 ext. 3 or email billing@bluestone-infusion.example. Please don't include medical details in email.</p>
<h2>Cancellation policy</h2>
<p>Deposits are refundable when you cancel at least 48 hours before your appointment. Late cancellations and no-shows forfeit the deposit, except in cases of illness or</p>
""")

p("h15428", "https://bluestone-infusion.example/promo/new-year", "clinic", False, "en",
  "clinic-promo-txt", "New Year offer", """
New Year offer from Bluestone Infusion Center, Scottsdale: book your medical intake in January and receive $200 off a 6-infusion induction series (IV ketamine, nurse-monitored in clinic). Text BOOK to (480) 555-0162 or book online. Offer requires a completed medical intake and physician approval; not everyone is a candidate.
""", ext="txt")

p("h15429", "https://clinicadolorvalencia.example/tratamientos/ketamina-intravenosa", "clinic", False, "es",
  "pain-clinic-es-whatsapp", "Ketamina intravenosa para el dolor crónico | Clínica del Dolor Turia, Valencia", """
<header><a href="/">Clínica del Dolor Turia</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo-medico">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/aseguradoras">Aseguradoras</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Infusión de ketamina intravenosa para dolor crónico</h1>
<p>La ketamina en perfusión intravenosa a dosis bajas puede ayudar en dolor neuropático, síndrome de dolor regional complejo y fibromialgia refractaria. En nuestra clínica la administra un anestesiólogo en la unidad de día, con monitorización continua de constantes.</p>
<h2>Antes del tratamiento</h2>
<p>Es imprescindible una primera consulta presencial con la Dra. Lucía Ferrer (especialista en Anestesiología y Tratamiento del Dolor) y aportar informes previos. No todos los pacientes son candidatos.</p>
<h2>Tarifas orientativas</h2>
<ul>
<li>Primera consulta: 120 €</li>
<li>Sesión de infusión de ketamina (3-4 h): 390 €</li>
<li>Ciclo de 5 sesiones: 1.750 €</li>
</ul>
<p>Trabajamos con varias aseguradoras privadas. Consulte coberturas.</p>
<p>Puede pedir cita por teléfono (96 XXX XX 40), en línea o por WhatsApp al 6XX XXX 118. El personal de recepción le confirmará fecha y hora y le enviará el consentimiento informado.</p>
</main>
<footer>Clínica del Dolor Turia · Centro sanitario autorizado por la Conselleria de Sanitat · Aviso legal</footer>
""", noise="cookie-es")

p("h15430", "https://ziekenhuis-rijnoever.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl",
  "hospital-department-nl", "Behandeling met esketamine neusspray | Rijnoever Ziekenhuis", """
<header><a href="/">Rijnoever Ziekenhuis</a>
<nav><a href="/patienten">Patiënten en bezoekers</a> <a href="/afdelingen">Afdelingen</a> <a href="/verwijzers">Verwijzers</a> <a href="/werken-bij">Werken bij</a> <a href="/contact">Contact</a></nav>
<form class="zoek"><input placeholder="Zoeken"></form></header>
<main>
<p class="kruimel">Home › Afdelingen › Psychiatrie › Esketamine</p>
<h1>Behandeling met esketamine (neusspray)</h1>
<p>Bij een depressie die onvoldoende is verbeterd na minstens twee antidepressiva kan uw psychiater behandeling met esketamine voorstellen. Dit medicijn gebruikt u als neusspray op onze polikliniek psychiatrie.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na het intakegesprek beslist het team of de behandeling geschikt voor u is.</p>
<h2>Hoe verloopt een behandeling?</h2>
<p>U dient de neusspray zelf toe onder toezicht van een verpleegkundige. Daarna blijft u ongeveer twee uur op de afdeling. We meten uw bloeddruk en letten op bijwerkingen zoals duizeligheid en een onwerkelijk gevoel. U mag die dag niet zelf autorijden.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing.</p>
<p>Polikliniek Psychiatrie, route 42 · Telefoon (0XX) 555 4410 · ma t/m vr 8.30–16.30 uur</p>
</main>
""", noise="cookie-nl")

p("h15431", "https://centrodolore-sanmarco.example/spravato", "clinic", False, "it",
  "it-centre-spravato-booking", "Trattamento con esketamina spray nasale | Centro Medico San Marco", """
<header><a href="/">Centro Medico San Marco</a>
<nav><a href="/specialita">Specialità</a> <a href="/spravato">Esketamina</a> <a href="/medici">I nostri medici</a> <a href="/prenota">Prenota online</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro ambulatorio di psichiatria è autorizzato alla somministrazione di esketamina secondo il piano terapeutico AIFA. Il farmaco viene assunto in ambulatorio sotto la supervisione del personale sanitario, con osservazione di almeno due ore.</p>
<p>Per accedere serve una prima visita psichiatrica (160 €) con valutazione delle terapie precedenti. Il costo delle sedute di osservazione è indicato in fase di prenotazione; il farmaco è dispensato tramite la farmacia ospedaliera di riferimento.</p>
<p>Prenota la prima visita online, al numero 0XX 555 2290 o tramite WhatsApp per ricevere il promemoria dell'appuntamento.</p>
</main>
<footer>Centro Medico San Marco · Direttore sanitario: Dott.ssa Giulia Ranieri</footer>
""")

# ---------------------------------------------------------------- informational pages about such businesses

p("h15432", "https://thecoastledger.example/investigations/2026/11/ketamine-clinics-that-arent", "informational", False, "en",
  "news-investigation-long", "The ketamine 'clinics' that aren't: inside the websites selling without a doctor | The Coast Ledger", """
<header class="masthead"><a href="/">The Coast Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>The ketamine 'clinics' that aren't</h1>
<p class="dek">Polished websites promise at-home ketamine with a doctor's approval. Our reporters ordered from six of them. Not one put us in front of a clinician.</p>
<p class="byline">By Dana Whitcomb and Luis Ortega &middot; November 19, 2026</p>
<p>The website for one service, which calls itself a "wellness membership", has soft photography, a medical-sounding name and a page of member stories. Its checkout, however, takes only Zelle, Cash App and a stablecoin. When a reporter completed its 14-question "assessment" using the details of a fictional 19-year-old with a history of psychosis, an approval email arrived 41 minutes later. A starter kit of eight 200 mg tablets, billed at $289, arrived four days after that in a box labelled "wellness journal".</p>
<p>Five other sites followed a similar pattern. One offered a "prescription included" bundle of esketamine nasal sprays, payable in gift cards, with shipping from an overseas pharmacy; another, an app, let users set their own dose with a slider. A members' club advertising on Instagram took orders through a Telegram handle and quoted $180 a month for a "founding tier".</p>
<p>"They've copied the look of legitimate telehealth almost perfectly," said Dr. Karen Osei, a psychiatrist who reviewed the sites for the Ledger. "What they can't copy is the part where somebody qualified says no."</p>
<h2>How legitimate services differ</h2>
<p>Licensed telehealth providers that prescribe ketamine typically require a live video evaluation, verify identity, check blood pressure and use pharmacies licensed in the patient's state, which require a signature on delivery. Several told the Ledger they decline between a quarter and a third of people who book an evaluation.</p>
<p>Spravato, the esketamine nasal spray, cannot legally be shipped to patients at all in the United States; it must be used in a certified clinic with two hours of observation.</p>
<h2>Lab tests</h2>
<p>The Ledger sent the products it received to an independent laboratory. Two contained ketamine at roughly the labelled strength. One tablet sample contained about a third of the labelled dose, and a nasal spray sold as esketamine contained racemic ketamine and a preservative not approved for nasal use.</p>
<p>None of the six operators responded to detailed questions. Two sites went offline after the Ledger's inquiries; one reappeared under a new name a week later.</p>
<p class="note">If you have information about online drug sellers, contact our investigations desk securely at tips@thecoastledger.example.</p>
</article>
<aside><h4>Most read</h4><ol><li>County approves new transit levy</li><li>Harbour restaurant closes after 40 years</li><li>The ketamine 'clinics' that aren't</li></ol></aside>
<footer>&copy; 2026 The Coast Ledger &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h15433", "https://consumerprotection.state.example/alerts/online-ketamine-sellers", "informational", False, "en",
  "government-consumer-alert", "Consumer Alert: Websites Selling Ketamine Without a Real Medical Evaluation", """
<header><a href="/">Office of the Attorney General &ndash; Consumer Protection Division</a>
<nav><a href="/alerts">Consumer Alerts</a> <a href="/complaints">File a Complaint</a> <a href="/scams">Common Scams</a> <a href="/about">About</a></nav></header>
<main>
<h1>Consumer alert: websites selling ketamine without a real medical evaluation</h1>
<p class="date">Issued December 2, 2026</p>
<p>The Attorney General's office is warning residents about websites and apps that present themselves as clinics, pharmacies or "wellness programs" but sell ketamine and esketamine without a genuine medical evaluation.</p>
<h2>Warning signs</h2>
<ul>
<li>Approval based only on an online questionnaire, with no live visit by video or in person.</li>
<li>A prescription that is "included" in the price of the medication.</li>
<li>Payment requested by gift card, cryptocurrency, Zelle or similar peer-to-peer apps.</li>
<li>Orders or "concierge" services handled through Telegram, WhatsApp or social media messages.</li>
<li>Offers to reship packages seized by customs, or to forward parcels to states with restrictions.</li>
<li>Veterinary ketamine sold to the public without a veterinarian's prescription.</li>
<li>Chemicals sold as "research" or "reference" materials that are "not for human consumption".</li>
</ul>
<h2>What to do</h2>
<p>Do not use products from these sites. If you paid with a gift card, contact the card issuer immediately. You can report a website to our office using the online complaint form and to the FDA through MedWatch. To check a pharmacy, use your state board of pharmacy's licence lookup.</p>
</main>
<footer>This alert is provided for general information and is not legal advice.</footer>
""")

p("h15434", "https://westlake-compounding.example/prescribers/ketamine-formulations", "informational", False, "en",
  "licensed-compounding-pharmacy-rx-only", "Ketamine Formulations for Prescribers | Westlake Compounding Pharmacy", """
<header><a href="/">Westlake Compounding Pharmacy</a>
<nav><a href="/patients">For Patients</a> <a href="/prescribers">For Prescribers</a> <a href="/prescribers/ketamine-formulations">Ketamine Formulations</a> <a href="/licensure">Licensure</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine formulations for prescribers</h1>
<p>Westlake is a PCAB-accredited 503A compounding pharmacy licensed in 31 states and registered with the DEA. We compound ketamine for individual patients only against a valid prescription from a prescriber with an active DEA registration who has an established relationship with the patient.</p>
<h2>Available formulations</h2>
<table>
<tr><th>Formulation</th><th>Strengths</th><th>Typical patient price</th></tr>
<tr><td>Rapid-dissolve tablets</td><td>50&ndash;300 mg</td><td>$3.50&ndash;$6.00 per tablet</td></tr>
<tr><td>Troches</td><td>25&ndash;200 mg</td><td>$4.00&ndash;$6.50 per troche</td></tr>
<tr><td>Nasal spray</td><td>50&ndash;150 mg/mL</td><td>$65&ndash;$110 per 5 mL</td></tr>
<tr><td>Topical cream (pain)</td><td>5&ndash;10%</td><td>$60&ndash;$90 per 30 g</td></tr>
</table>
<h2>How we dispense</h2>
<ul>
<li>Prescriptions accepted by e-prescribing (EPCS) or from the prescriber's office only. We do not accept prescriptions forwarded by patients or by "prescription included" services.</li>
<li>We verify each prescriber's DEA registration and state licence and may call to confirm.</li>
<li>Dispensed quantities are limited to a 30-day supply. Each shipment requires an adult signature and is reported to the state prescription-monitoring programme.</li>
<li>We do not sell to the public, to clinics for office stock outside state rules, or outside the states where we are licensed.</li>
</ul>
<p>Prescribers: set up an account by calling our pharmacist line at (555) 013-6600.</p>
</main>
<footer>Westlake Compounding Pharmacy &middot; Pharmacist in charge: R. Hollis, PharmD</footer>
""")

p("h15435", "https://forum.depressionpeers.example/t/is-meridian-mind-legit/48213", "informational", False, "en",
  "forum-thread-partial", "Is Meridian Mind legit? - Treatment Talk - Depression Peers Forum", """
<header><a href="/">Depression Peers</a> <nav><a href="/c/treatment-talk">Treatment Talk</a> <a href="/c/support">Support</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main class="thread">
<h1>Is Meridian Mind legit?</h1>
<div class="post"><p class="user">grey_skies_22 &middot; 3d</p>
<p>Saw an ad for an at-home ketamine thing called Meridian Mind. $289 for a starter kit, says approval in two hours and no video call. That sounds way easier than the place my psychiatrist suggested which wants a 1hr eval first. Anyone used them?</p></div>
<div class="post"><p class="user">mod_Tessa (moderator) &middot; 3d</p>
<p>Reminder of rule 4: no links to sellers. I've removed the link from the post above. Also, please read the pinned thread on spotting fake telehealth &ndash; no video visit plus paying by Zelle/Cash App are the two biggest red flags on that list.</p></div>
<div class="post"><p class="user">northernlights &middot; 2d</p>
<p>I'm on ketamine through a legit telehealth. They did a full video eval, asked for my records, checked my BP cuff readings and my package needed a signature with ID. Took about 10 days start to finish. Anything that approves you in two hours isn't looking at you at all.</p></div>
<div class="post"><p class="user">jm_recovering &middot; 2d</p>
<p>My cousin ordered from one of these. The tablets came in a baggie inside a journal box. She says they didn't feel like anything she got from her actual clinic, and when she emailed support they just offered her a "loyalty discount" on the next order.</p></div>
<div class="post"><p class="user">grey_skies_22 &middot; 1d</p>
<p>OK that's pretty convincing. Booked the eval with the place my psychiatrist recommended. Thanks all.</p></div>
<div class="post"><p class="user">pharmtech_dee &middot; 9h</p>
<p>Pharmacy tech here. Another thing: a real pharmacy label has the prescriber's name, the pharmacy's licence and a phone number you can call. If what shows up has none of that</p>
""")

p("h15436", "https://careers.harborlight-health.example/jobs/pmhnp-telehealth-ketamine-remote", "informational", False, "en",
  "job-post-short", "Psychiatric Nurse Practitioner (Remote, Ketamine Program) – Harborlight Health Careers", """
<main>
<h1>Psychiatric Nurse Practitioner &ndash; Ketamine Program (Remote)</h1>
<p>Harborlight Health is hiring PMHNPs licensed in Texas, Florida or New York to join our telehealth ketamine program. You will conduct 60-minute video psychiatric evaluations, decide on eligibility, prescribe to licensed partner pharmacies and manage follow-up care. Requirements: active PMHNP-BC certification, state licence, DEA registration in your state, two years of psychiatric experience. Salary $135,000&ndash;$160,000, full benefits, malpractice coverage included.</p>
<p><a href="/apply/pmhnp-ketamine">Apply now</a></p>
</main>
""")

p("h15437", "https://analisisdesustancias.example/alertas/ketamina-clinicas-falsas", "informational", False, "es",
  "drug-checking-alert-es", "Alerta: muestras de «ketamina» compradas a falsas clínicas online | Servicio de Análisis", """
<header><a href="/">Servicio de Análisis de Sustancias</a>
<nav><a href="/como-analizar">Cómo analizar tu muestra</a> <a href="/alertas">Alertas</a> <a href="/resultados">Resultados</a> <a href="/reduccion-de-riesgos">Reducción de riesgos</a></nav></header>
<main>
<h1>Alerta: «ketamina» vendida por webs que se presentan como clínicas</h1>
<p class="fecha">Publicado el 25 de noviembre de 2026</p>
<p>En los últimos tres meses hemos recibido 27 muestras que las personas usuarias habían comprado a webs con apariencia de clínica o de «programa de salud mental en casa». Estas webs suelen pedir el pedido por WhatsApp, cobrar por Bizum o transferencia y enviar en paquetes neutros sin ninguna receta ni visita médica.</p>
<h2>Resultados</h2>
<ul>
<li>16 muestras contenían ketamina como único componente detectado.</li>
<li>6 muestras contenían 2-FDCK o deschloroketamina en lugar de ketamina.</li>
<li>3 muestras contenían ketamina con cafeína o lidocaína.</li>
<li>2 muestras no contenían ninguna sustancia psicoactiva.</li>
</ul>
<p>Los precios declarados iban de 35 a 50 € por gramo. Los análogos como la 2-FDCK tienen una duración y una potencia distintas, por lo que tomar la dosis habitual puede tener efectos inesperados.</p>
<h2>Recomendaciones</h2>
<p>Si estás en tratamiento por depresión, habla con tu equipo sanitario: existen tratamientos autorizados con esketamina en centros sanitarios. Si decides consumir, analiza la sustancia antes, empieza con una cantidad pequeña y no mezcles con alcohol ni con otros depresores.</p>
<p>Puedes traer tu muestra de forma anónima y gratuita. Consulta horarios en <a href="/como-analizar">Cómo analizar tu muestra</a>.</p>
</main>
""", noise="cookie-es")

p("h15438", "https://tagesnachrichten-nord.example/gesundheit/fake-online-praxen-esketamin", "informational", False, "de",
  "news-excerpt-de-txt", "Falsche Online-Praxen verkaufen Esketamin", """
Falsche Online-Praxen verkaufen Esketamin ohne Arztgespräch

Hamburg. Im Internet werben mehrere Seiten mit dem Namen "Online-Arztpraxis" für Esketamin-Nasenspray, das eigentlich nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden darf. Nach Recherchen dieser Zeitung genügt dort ein dreiminütiger Fragebogen; eine "automatische Freigabe" ersetzt das Arztgespräch. Ein Sprühgerät kostet 119 Euro, sechs Geräte 599 Euro, das "Rezept" sei im Preis enthalten. Bezahlt werden soll per Paysafecard, der Versand erfolge angeblich aus den Niederlanden.

Die Landesapothekerkammer warnt: "Seriöse Versandapotheken liefern kein Esketamin an Privatpersonen." Das Bundesinstitut für Arzneimittel und Medizinprodukte rät, nur bei Apotheken mit dem EU-Sicherheitslogo zu bestellen und die Registrierung im Versandhandelsregister zu prüfen. Verbraucher, die bereits bestellt haben, sollten das Mittel nicht anwenden und sich an ihre Hausarztpraxis wenden.
""", ext="txt")

p("h15439", "https://sante-prevention.gouv.example/substances/ketamine-sites-frauduleux", "informational", False, "fr",
  "government-factsheet-fr", "Kétamine et esketamine vendues en ligne : les risques | Santé Prévention", """
<header><a href="/">Santé Prévention</a>
<nav><a href="/substances">Substances</a> <a href="/medicaments">Médicaments</a> <a href="/aide">Trouver de l'aide</a> <a href="/professionnels">Professionnels</a></nav></header>
<main>
<h1>Kétamine et eskétamine vendues sur internet : ce qu'il faut savoir</h1>
<h2>Un médicament encadré</h2>
<p>En France, la kétamine est un médicament anesthésique classé comme stupéfiant. Elle est utilisée à l'hôpital, notamment en anesthésie et dans certains traitements de la douleur. L'eskétamine en spray nasal est réservée au traitement de la dépression résistante et s'administre uniquement en établissement de santé, sous surveillance.</p>
<h2>Des sites qui imitent des professionnels de santé</h2>
<p>Certains sites se présentent comme des laboratoires, des pharmacies ou des cabinets de téléconsultation. Ils proposent de la kétamine, de l'eskétamine ou des produits apparentés (2-FDCK, méthoxétamine, 3-MeO-PCE) sans ordonnance, parfois avec la mention « non destiné à la consommation humaine », et demandent un paiement en cryptomonnaie ou par coupon prépayé.</p>
<p>Aucune pharmacie en ligne autorisée en France ne peut vendre ces produits. La vente en ligne de médicaments est limitée aux médicaments non soumis à prescription et aux pharmacies autorisées, identifiables par le logo commun européen.</p>
<h2>Les risques</h2>
<ul><li>Composition et dosage inconnus.</li><li>Troubles urinaires graves en cas d'usage répété.</li><li>Dépendance.</li><li>Accidents liés à la dissociation.</li></ul>
<p>Besoin d'aide ? Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit).</p>
</main>
""", noise="cookie-fr")

p("h15440", "https://autoridade-medicamento.example/alertas/escetamina-venda-online", "informational", False, "pt",
  "regulator-alert-pt", "Alerta: venda ilegal de escetamina e cetamina em sítios da internet", """
<header><a href="/">Autoridade Nacional do Medicamento</a>
<nav><a href="/alertas">Alertas</a> <a href="/medicamentos">Medicamentos</a> <a href="/farmacias-online">Farmácias online autorizadas</a> <a href="/contactos">Contactos</a></nav></header>
<main>
<h1>Alerta: venda ilegal de escetamina e cetamina na internet</h1>
<p class="data">Circular informativa n.º 214/2026 · 30 de novembro de 2026</p>
<p>A Autoridade Nacional do Medicamento informa que foram identificados sítios na internet que se apresentam como farmácias de manipulação, consultórios médicos online ou clínicas de bem-estar e que disponibilizam cetamina e escetamina sem receita médica, com pagamento por transferência imediata, Pix ou criptomoedas e envio em embalagem discreta.</p>
<p>Estes medicamentos estão sujeitos a receita médica especial. A escetamina em solução para pulverização nasal só pode ser administrada em estabelecimento de saúde, sob supervisão de um profissional de saúde.</p>
<p>Os medicamentos vendidos nestes sítios não têm qualidade, segurança e eficácia garantidas. Recomenda-se que não sejam adquiridos nem utilizados. Antes de comprar medicamentos online, confirme se o sítio consta da lista de entidades autorizadas e exibe o logótipo comum europeu.</p>
<p>Suspeitas podem ser comunicadas através do formulário de denúncia disponível neste portal.</p>
</main>
""", noise="cookie-pt")

save(OUT, R)
