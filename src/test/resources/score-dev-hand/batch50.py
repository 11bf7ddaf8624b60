# Batch 50 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: THE OTHER PAGES OF A SITE. A crawler visits every page of a site, not only the product or home
# page: home pages, category listings, FAQs, shipping/delivery policies, payment pages, reviews, about-us,
# contact, blog posts, partner/affiliate pages, order tracking, terms and "how to order" guides, for
# sellers and for legitimate clinics, telehealth providers and informational sites. Some seller pages
# name the drug only once, or only in the URL, the title or the menu.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: sellers - wellness-branded shop home page with product grid and JSON-LD, Spanish shipping
# policy with reship guarantee (drug only in the menu), payment-methods snippet with crypto discount
# (plain text), German customer-reviews page, fake "online doctor" FAQ with instant approval, French
# contact page with Telegram/WhatsApp/Session (drug only in the title), veterinary-anaesthetic supplier
# about-us selling to anyone, vendor blog post padded with depression research, affiliate programme of
# a research-chemical shop, Dutch order-tracking page (drug only in the URL), Portuguese terms for
# "research only" arylcyclohexylamines, Italian "come ordinare" guide, online-pharmacy category listing
# with Spravato and questionnaire approval, bot-check wall on a checkout URL (url-only);
# telehealth - membership pricing/HSA page, shipping of prescribed medication, FAQ, terms excerpt
# (plain text), reviews page, Spanish blog post, German online psychiatry about-us referring to
# esketamine partners, Portuguese teleconsultation WhatsApp contact (plain text), prescription order
# tracker; clinics - infusion clinic home page, French hospital pain-unit access/contact page, Spravato
# centre FAQ, Italian "chi siamo", Dutch patient-experience page, billing snippet (plain text), Spanish
# FAQ, "your first infusion" blog post; informational - harm-reduction FAQ quoting prices and online
# buying, news site contact page with ketamine stories in the sidebar, pharmacy regulator's "spot a
# fake online pharmacy" page, forum rules page, German drug-checking FAQ, Portuguese compounding
# pharmacy delivery page (prescription only), French clinic-directory about page, job post (plain text),
# licensed wholesaler's "how to order" page for registered facilities.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch50.py (writes batch50/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch50")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- h5001-h5010

p("h5001", "https://kalmroot-supply.example/", "seller", True, "en",
  "shop-home-page-wellness-brand", "Kalmroot Supply | Calm, Clarity, Delivered", """
<div class="topbar">Free tracked shipping on orders over $250 &middot; Worldwide &middot; 100% discreet</div>
<header class="site-header">
<a class="logo" href="/">kalmroot<span>.</span></a>
<nav><a href="/shop">Shop all</a> <a href="/shop/ketamine">Ketamine</a> <a href="/shop/nasal">Nasal sprays</a> <a href="/shop/microdose">Microdose</a> <a href="/learn">Learn</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a></nav>
<a class="cart" href="/cart">Cart (0)</a> <a href="/account">Sign in</a>
</header>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Pharmaceutical-grade relief for low mood, chronic pain and burnout &mdash; without the waiting rooms, the referrals or the paperwork.</p>
<a class="btn" href="/shop">Shop best sellers</a>
</section>
<section class="usp">
<div><b>Lab tested</b><br>Every batch checked for purity</div>
<div><b>No appointments</b><br>Order in two minutes</div>
<div><b>Stealth packed</b><br>Nothing on the label but your name</div>
<div><b>Reship promise</b><br>Lost parcels resent free</div>
</section>
<section class="grid">
<h2>Best sellers</h2>
<div class="card"><img src="/img/p1.webp" alt=""><h3>Ketamine HCl Crystal</h3><p>Needle-point shards, 99.2%</p><span class="price">from $95.00 / 5 g</span><button>Add to cart</button></div>
<div class="card"><img src="/img/p2.webp" alt=""><h3>K-Mist Nasal Spray 10 ml</h3><p>Pre-measured sprays, ~15 mg each</p><span class="price">$140.00</span><button>Add to cart</button></div>
<div class="card"><img src="/img/p3.webp" alt=""><h3>Ketalar 50 mg/ml x 10 vials</h3><p>Sealed, original packaging</p><span class="price">$310.00</span><button>Add to cart</button></div>
<div class="card"><img src="/img/p4.webp" alt=""><h3>Microdose Troches 30 pack</h3><p>Sublingual, mint flavour</p><span class="price">$120.00</span><button>Add to cart</button></div>
</section>
<section class="reviews">
<h2>4.9 out of 5 from 2,318 customers</h2>
<blockquote>"Arrived in 6 days to Ohio, nothing on the box. Better than the clinic for a quarter of the price." &mdash; Dana R.</blockquote>
<blockquote>"Customer service answered on Telegram at 2am. Legends." &mdash; M.</blockquote>
</section>
<section class="newsletter"><h2>10% off your first order</h2><form><input type="email" placeholder="Email"><button>Join</button></form></section>
<footer>
<p>We accept BTC, LTC, XMR, USDT and Apple gift cards. Card payments via our partner checkout.</p>
<p><a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
<p>&copy; 2026 Kalmroot Supply. Products are sold for lawful use only. Statements have not been evaluated by any health authority.</p>
</footer>
""", noise="cookie", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine HCl Crystal","offers":{"@type":"AggregateOffer","lowPrice":"95.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>\n')

p("h5002", "https://northshore-infusion.example/", "clinic", False, "en",
  "infusion-clinic-home-page", "North Shore Infusion & Wellness | Ketamine Therapy in Evanston, IL", """
<header>
<div class="util">Call <a href="tel:+18475550143">(847) 555-0143</a> &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; <a href="/portal">Patient portal</a></div>
<a href="/" class="brand"><img src="/logo.svg" alt="North Shore Infusion &amp; Wellness"></a>
<nav><ul><li><a href="/treatments/ketamine-depression">Depression</a></li><li><a href="/treatments/ptsd">PTSD</a></li><li><a href="/treatments/pain">Chronic pain</a></li><li><a href="/treatments/spravato">Spravato&reg;</a></li><li><a href="/treatments/iv-hydration">IV hydration</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/team">Our team</a></li></ul></nav>
<a class="cta" href="/book">Book a free consultation</a>
</header>
<main>
<section class="hero">
<h1>When other treatments haven't worked, there is still a next step.</h1>
<p>Physician-led IV ketamine infusions in a calm, private setting ten minutes from Lake Michigan. Every infusion is supervised by a board-certified anesthesiologist with continuous monitoring from start to finish.</p>
<a class="btn" href="/book">Start with a free 15-minute call</a>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><b>Consultation.</b> We review your history, current medications and prior treatments with you, and with your psychiatrist or therapist if you'd like.</li>
<li><b>Medical screening.</b> Blood pressure, heart health and a few questionnaires (PHQ-9, GAD-7) so we know where you're starting.</li>
<li><b>Your infusion series.</b> Typically six infusions over two to three weeks, 40 minutes each, in a private suite with an eye mask and music of your choice.</li>
<li><b>Maintenance.</b> Boosters only if and when you need them. We send progress notes to your care team.</li>
</ol>
</section>
<section class="prices">
<h2>Transparent pricing</h2>
<p>Initial consultation: free &middot; Single infusion: $475 &middot; Series of six: $2,550 (save $300) &middot; Financing available through CareCredit and Cherry.</p>
<p>Most insurance plans do not cover IV ketamine, but we provide a superbill you can submit for out-of-network reimbursement. Spravato&reg; is frequently covered &mdash; ask us to check your benefits.</p>
</section>
<section class="quotes">
<blockquote>"The staff treated me like a person, not a chart. Six weeks later I'm back at work." &mdash; patient, 2025</blockquote>
</section>
</main>
<footer>
<p>North Shore Infusion &amp; Wellness, 1820 Ridge Ave, Suite 210, Evanston, IL 60201</p>
<p>If you are in crisis, call or text 988. We are not an emergency service.</p>
<p><a href="/privacy">Privacy</a> | <a href="/nondiscrimination">Non-discrimination notice</a> | <a href="/good-faith-estimate">Good Faith Estimate</a></p>
</footer>
""", noise="cookie")

p("h5003", "https://safersesh.example/faq/ketamine", "informational", False, "en",
  "harm-reduction-faq", "Ketamine FAQ | SaferSesh", """
<nav class="top"><a href="/">SaferSesh</a> <a href="/drugs">Drug guides</a> <a href="/testing">Get your drugs tested</a> <a href="/combos">Combinations chart</a> <a href="/support">Support</a> <a href="/donate" class="donate">Donate</a></nav>
<article>
<h1>Ketamine: frequently asked questions</h1>
<p class="lede">No judgement, just information. If you're going to use, here's how to reduce the risks. Last reviewed by our pharmacist volunteer in October 2026.</p>

<h3>How much does ketamine cost on the street?</h3>
<p>People tell us prices from about &pound;15 to &pound;30 a gram in UK cities, and it has been getting cheaper. Cheap ketamine is not "safer" ketamine &mdash; in 2025 and 2026 drug-checking services found powders sold as ketamine that actually contained 2F-deschloroketamine, O-PCE or no ketamine at all.</p>

<h3>Is it safe to buy ketamine online?</h3>
<p>Sites that say "buy ketamine online, no prescription, stealth shipping" are selling you an unknown product with no way to complain if it goes wrong. Many simply take your Bitcoin and disappear; others send a different drug. If you've already bought something, get it tested before you use it.</p>

<h3>What is a K-hole?</h3>
<p>At higher doses ketamine can cause a state where you feel detached from your body and surroundings and can't move or talk normally. It can be frightening, and it's dangerous if you're somewhere unsafe, near water or alone. Have a sober friend with you.</p>

<h3>Can it damage my bladder?</h3>
<p>Yes. Regular use can cause ketamine uropathy: needing to wee often and urgently, pain, blood in your urine. It can get better if you stop early. Tell a GP &mdash; they see this more than you think and won't call the police.</p>

<h3>What about mixing?</h3>
<p>Mixing with alcohol, GHB/GBL, opioids or benzos increases the risk of vomiting while unconscious and of breathing problems. See our <a href="/combos">combinations chart</a>.</p>

<h3>I've heard it's used for depression now. Is that the same thing?</h3>
<p>Doctors do use ketamine and esketamine (Spravato) for some kinds of depression, in clinics, with monitoring and a controlled dose. That's very different from using powder of unknown strength. If you're self-medicating low mood, our support line can help you find a service.</p>
</article>
<aside class="help"><h4>Worried about someone?</h4><p>If someone is unresponsive, put them in the recovery position and call 999. Say what they took. Ambulance crews are there to help, not to arrest.</p></aside>
<footer>SaferSesh is a registered charity. We don't sell, supply or source drugs and we delete any message asking us to. <a href="/privacy">Privacy</a></footer>
""")

p("h5004", "https://meridianmind.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing-hsa", "Pricing & Payment | Meridian Mind", """
<header><a href="/">Meridian<b>Mind</b></a><nav><a href="/how-it-works">How it works</a> <a href="/pricing" class="active">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we treat</a> <a href="/faq">FAQ</a></nav><a href="/get-started" class="btn">See if you're eligible</a></header>
<main>
<h1>Simple pricing. No surprises.</h1>
<div class="plans">
<div class="plan"><h2>Initial program</h2><p class="price">$1,089 <small>one time</small></p>
<ul><li>60-minute video evaluation with a licensed psychiatric clinician</li><li>If prescribed: 6 at-home ketamine sessions (sublingual tablets from our partner pharmacy)</li><li>Blood-pressure cuff and welcome kit</li><li>2 integration sessions with a guide</li><li>Check-ins after sessions 2 and 4</li></ul>
<a class="btn" href="/get-started">Start assessment</a></div>
<div class="plan"><h2>Maintenance membership</h2><p class="price">$229 <small>/ month</small></p>
<ul><li>Monthly clinician follow-up by video</li><li>Medication refills when your clinician agrees they're appropriate</li><li>Unlimited messaging with your care team</li><li>Cancel anytime</li></ul></div>
</div>
<section>
<h2>What if I'm not a candidate?</h2>
<p>If your clinician decides at-home ketamine isn't right for you, you'll be refunded everything except a $150 evaluation fee, and we'll suggest other options, including in-person care.</p>
<h2>Payment methods</h2>
<p>We accept Visa, Mastercard, American Express, Discover, and HSA/FSA cards. Klarna lets you split the initial program into 4 interest-free payments. We do not accept cash, checks, or cryptocurrency.</p>
<h2>Insurance</h2>
<p>We're out-of-network. After your evaluation you can download an itemized receipt (superbill) with CPT codes from your account and submit it to your insurer. Medication is billed separately by the pharmacy and is not refundable once shipped.</p>
</section>
</main>
<footer>Meridian Mind is a technology platform; medical services are provided by Meridian Medical Group, P.C., and affiliated professional entities. Available in 24 states. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/telehealth-consent">Telehealth consent</a></footer>
""", noise="cookie")

p("h5005", "https://farmaciaserena-online.example/envios", "seller", True, "es",
  "shipping-policy-drug-only-in-menu", "Política de envíos | Serena Online", """
<header class="cab">
<a href="/" class="logo">Serena<em>Online</em></a>
<ul class="menu"><li><a href="/">Inicio</a></li><li><a href="/categoria/ansiedad">Ansiedad</a></li><li><a href="/categoria/dolor">Dolor</a></li><li><a href="/categoria/ketamina">Ketamina</a></li><li><a href="/categoria/dormir">Dormir</a></li><li><a href="/envios">Envíos</a></li><li><a href="/contacto">Contacto</a></li></ul>
<a href="/carrito" class="carrito">Carrito &#128722; 0,00 &euro;</a>
</header>
<div class="contenido">
<h1>Política de envíos</h1>
<p>Todos los pedidos se preparan en 24-48 horas laborables desde nuestro almacén en la UE. Recibirá un número de seguimiento por correo electrónico y por Telegram en cuanto el paquete salga.</p>
<h2>Plazos de entrega</h2>
<table>
<tr><th>Destino</th><th>Plazo</th><th>Coste</th></tr>
<tr><td>España peninsular</td><td>2-4 días</td><td>9,90 &euro;</td></tr>
<tr><td>Baleares y Canarias</td><td>4-7 días</td><td>14,90 &euro;</td></tr>
<tr><td>Resto de la UE</td><td>4-8 días</td><td>19,90 &euro;</td></tr>
<tr><td>Latinoamérica</td><td>10-20 días</td><td>39,00 &euro;</td></tr>
</table>
<h2>Embalaje discreto</h2>
<p>Enviamos en sobre acolchado o caja neutra sin logotipo ni referencia al contenido. El producto va sellado al vacío en doble bolsa y camuflado dentro de un artículo de uso cotidiano. El remitente figura como una tienda de accesorios.</p>
<h2>Garantía de reenvío</h2>
<p>Si su paquete es retenido en aduanas o se pierde, lo reenviamos <b>gratis una vez</b>. Si vuelve a retenerse, le devolvemos el 50 % del importe en saldo para su próxima compra. No es necesario enviarnos la carta de aduanas; basta con una captura del seguimiento.</p>
<p>No pedimos receta ni documentación médica. Recomendamos usar un nombre y dirección donde pueda recibir paquetes sin problema.</p>
<h2>¿Dudas?</h2>
<p>Escríbanos por WhatsApp al +34 6XX XXX 218 o al Telegram @serena_soporte.</p>
</div>
<footer>&copy; 2026 Serena Online &middot; <a href="/aviso-legal">Aviso legal</a> &middot; Pago seguro: Bitcoin, USDT, Bizum</footer>
""", noise="cookie-es")

p("h5006", "https://kstore-direct.example/payment-methods", "seller", True, "en",
  "payment-methods-snippet-crypto-discount", "Payment Methods - KStore Direct", """
Payment Methods - We accept Bitcoin, Monero, USDT (TRC20) and Amazon/Apple gift cards; bank transfer available for repeat customers only. Pay with Monero and get 15% off every ketamine order automatically at checkout. After paying, send your order number and TXID to @kstore_pay on Telegram so we can dispatch the same day.
""", ext="txt")

p("h5007", "https://chu-valmont.example/services/centre-douleur/venir-nous-voir", "clinic", False, "fr",
  "hospital-pain-unit-access-contact", "Centre d'évaluation et de traitement de la douleur – Venir nous voir | CHU de Valmont", """
<div class="bandeau">CHU de Valmont &mdash; <a href="/urgences">Urgences</a> | <a href="/rdv">Prendre rendez-vous</a> | <a href="/visiteurs">Visiteurs</a> | <a href="/en">EN</a></div>
<nav class="fil">Accueil &gt; Services &gt; Pôle anesthésie-réanimation &gt; Centre douleur &gt; Venir nous voir</nav>
<div class="colonnes">
<aside class="sous-menu"><ul><li><a href="../presentation">Présentation</a></li><li><a href="../equipe">L'équipe</a></li><li><a href="../consultations">Consultations</a></li><li><a href="../hopital-de-jour">Hôpital de jour (perfusions)</a></li><li><a href="../education-therapeutique">Éducation thérapeutique</a></li><li class="actif">Venir nous voir</li></ul></aside>
<section>
<h1>Venir nous voir</h1>
<h2>Adresse</h2>
<p>Bâtiment C, 2<sup>e</sup> étage, porte C214<br>12 avenue du Professeur Leroux, 45000 Valmont</p>
<p>Tram ligne A, arrêt &laquo; Hôpital &raquo;. Parking P3 visiteurs (payant, 1,80 &euro;/h). Dépose-minute devant le hall principal.</p>
<h2>Secrétariat</h2>
<p>Du lundi au vendredi, 8h30-12h30 et 13h30-16h30<br>Tél. 02 00 00 41 77 &mdash; douleur.secretariat@chu-valmont.example</p>
<p>Une première consultation nécessite un courrier de votre médecin traitant ou spécialiste et le questionnaire patient à nous retourner avant le rendez-vous.</p>
<h2>Le jour de votre perfusion en hôpital de jour</h2>
<ul>
<li>Présentez-vous au bureau des admissions du bâtiment C avec votre carte Vitale, votre carte de mutuelle et une pièce d'identité.</li>
<li>Les perfusions (kétamine, lidocaïne) sont réalisées sous surveillance infirmière continue ; prévoyez d'être présent de 8h30 à 15h environ.</li>
<li>Vous ne devez pas conduire après le soin : venez accompagné ou organisez un transport. Un bon de transport peut être prescrit si votre état le justifie.</li>
<li>Apportez la liste de vos traitements en cours.</li>
</ul>
<h2>Annuler ou déplacer un rendez-vous</h2>
<p>Merci de prévenir au moins 48 heures à l'avance par téléphone ou via le portail patient, afin qu'un autre patient puisse bénéficier de la place.</p>
</section>
</div>
<footer>CHU de Valmont &middot; Mentions légales &middot; Accessibilité : partiellement conforme &middot; Plan du site</footer>
""", noise="cookie-fr")

p("h5008", "https://tranquilhealth.example/help/shipping-your-medication", "telehealth", False, "en",
  "telehealth-shipping-of-prescribed-medication", "How your medication is shipped – Tranquil Health Help Center", """
<div class="hc-header"><a href="/help">Tranquil Health Help Center</a> <input type="search" placeholder="Search help articles"> <a href="/login">Log in</a></div>
<div class="hc-breadcrumbs">Help Center &rsaquo; Medication &amp; pharmacy &rsaquo; How your medication is shipped</div>
<article>
<h1>How your medication is shipped</h1>
<p>Nothing is shipped until your Tranquil clinician has completed your video evaluation and written a prescription. Once that happens, your prescription is sent electronically to our partner pharmacy, Evergreen Compounding (a licensed 503A pharmacy), which prepares and ships it to you.</p>
<h2>Timeline</h2>
<ol><li><b>Day 0</b> &ndash; Prescription sent to Evergreen after your appointment.</li><li><b>Day 1&ndash;3</b> &ndash; The pharmacy verifies your prescription and your identity, and may call you to confirm your address.</li><li><b>Day 3&ndash;5</b> &ndash; Your order ships by UPS overnight. You'll get a tracking link by text.</li></ol>
<h2>Signature and ID required</h2>
<p>Ketamine is a Schedule III controlled substance. The package must be signed for by the patient named on the prescription, who must show a government-issued photo ID. The driver can't leave it at the door, with a neighbor, or at a locker. If you miss the delivery, UPS will try again the next business day or you can pick it up at the UPS location listed on the notice.</p>
<h2>Where we can ship</h2>
<p>We can only ship to a residential address in a state where your clinician is licensed and where you are physically located during treatment. We can't ship to P.O. boxes, hotels, or addresses outside the U.S.</p>
<h2>Storage</h2>
<p>Keep your tablets in the locked pouch included in your kit, away from children, pets and visitors. Don't share your medication &mdash; it's illegal and unsafe.</p>
<h2>Cost</h2>
<p>Shipping is included in your program fee. Refills ordered by your clinician ship the same way.</p>
<p class="was-helpful">Was this article helpful? <a href="#">Yes</a> / <a href="#">No</a> &middot; <a href="/help/requests/new">Still need help? Contact your care team</a></p>
</article>
""")

p("h5009", "https://the-ledger-post.example/contact", "informational", False, "en",
  "news-site-contact-page", "Contact Us | The Ledger Post", """
<header class="masthead"><a href="/">THE LEDGER POST</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/opinion">Opinion</a></nav><a href="/subscribe" class="sub">Subscribe &ndash; $1 for 4 weeks</a></header>
<main class="two-col">
<section>
<h1>Contact us</h1>
<h2>News tips</h2>
<p>Know something we should be looking into? Email <a href="mailto:tips@the-ledger-post.example">tips@the-ledger-post.example</a>. For sensitive material, use our SecureDrop address or Signal (+1 555 010 7734). We protect our sources.</p>
<h2>Corrections</h2>
<p>We correct errors quickly and transparently. Email corrections@the-ledger-post.example with the headline, date and what you believe is wrong.</p>
<h2>Subscriptions and delivery</h2>
<p>Print delivery problems, billing questions, or to cancel: call 1-800-555-0192 (Mon&ndash;Fri 7am&ndash;5pm) or visit <a href="/account">your account</a>.</p>
<h2>Advertising</h2>
<p>Our media kit and rates are at <a href="/advertise">/advertise</a>. We do not accept advertising for prescription-only drugs from unlicensed sellers, cannabis delivery, or gambling.</p>
<h2>Newsroom</h2>
<p>1400 Commerce Street, Dallas, TX 75201. Main switchboard: 214-555-0100.</p>
</section>
<aside class="sidebar">
<h3>Most read</h3>
<ol>
<li><a href="/investigations/2026/11/ketamine-by-mail">"No prescription needed": inside the websites shipping ketamine by mail to Texas</a></li>
<li><a href="/health/2026/11/spravato-clinic-wait-times">Spravato clinics report months-long waits as demand grows</a></li>
<li><a href="/news/2026/12/bridge-closure">I-35 bridge closure extended through January</a></li>
<li><a href="/business/2026/12/grocery-merger">Grocery merger clears final hurdle</a></li>
</ol>
<h3>Newsletters</h3><p>The Morning Ledger, weekdays at 6am. <a href="/newsletters">Sign up</a></p>
</aside>
</main>
<footer>&copy; 2026 The Ledger Post. All rights reserved. <a href="/ethics">Ethics policy</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/do-not-sell">Do not sell my info</a></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"contact","paywall":"off"});</script>
""", noise="cookie")

p("h5010", "https://ketamin-versand24.example/bewertungen", "seller", True, "de",
  "customer-reviews-page", "Kundenbewertungen – Versand24", """
<header><a href="/" class="logo">Versand<b>24</b></a><nav><a href="/">Start</a> <a href="/shop">Shop</a> <a href="/bewertungen">Bewertungen</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav><a href="/warenkorb">Warenkorb (0)</a></header>
<main>
<h1>Das sagen unsere Kunden</h1>
<p class="schnitt">&#9733;&#9733;&#9733;&#9733;&#9733; 4,8 / 5 &mdash; basierend auf 1.146 verifizierten Bestellungen</p>
<div class="review"><b>Jonas, Leipzig</b> &mdash; &#9733;&#9733;&#9733;&#9733;&#9733;<p>Dritte Bestellung, wieder top. Mittwoch mit BTC bezahlt, Samstag im Briefkasten. Sauber verschweißt, kein Geruch. Qualität wie immer sehr klar.</p></div>
<div class="review"><b>Anonym</b> &mdash; &#9733;&#9733;&#9733;&#9733;&#9734;<p>Ware gut, aber Support über Telegram hat einen Tag gebraucht. Einen Stern Abzug.</p></div>
<div class="review"><b>Sabine K.</b> &mdash; &#9733;&#9733;&#9733;&#9733;&#9733;<p>Ich habe es wegen meiner Depression probiert, weil der Psychiater erst in fünf Monaten einen Termin hatte. Dosiert vorsichtig nach eurer Anleitung, hilft mir wirklich. Danke!</p></div>
<div class="review"><b>M. aus Wien</b> &mdash; &#9733;&#9733;&#9733;&#9733;&#9733;<p>Nach Österreich erst beim Zoll hängen geblieben, dann kostenlos nachgeschickt. Zweite Sendung nach 4 Tagen da. Fairer Shop.</p></div>
<div class="review"><b>kevin_b</b> &mdash; &#9733;&#9733;&#9733;&#9733;&#9733;<p>Die 10g-Staffel lohnt sich, Preis pro Gramm unschlagbar.</p></div>
<p><a href="/bewertungen?seite=2">Weitere Bewertungen &raquo;</a></p>
<section class="schreiben"><h2>Bewertung schreiben</h2><p>Nur mit Bestellnummer möglich.</p><form><input placeholder="Bestellnummer"><textarea></textarea><button>Absenden</button></form></section>
</main>
<footer>Versand24 &middot; Diskreter Versand aus der EU &middot; Zahlung: Bitcoin, Monero, Paysafecard &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- h5011-h5020

p("h5011", "https://quickscript-md.example/faq", "seller", True, "en",
  "fake-online-doctor-faq-instant-approval", "FAQ | QuickScript MD – Ketamine & Esketamine Online", """
<header><a href="/" class="logo">QuickScript<sup>MD</sup></a><nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/faq">FAQ</a> <a href="/reviews">Reviews</a></nav><a class="btn" href="/start">Start your free consult</a></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<details open><summary>Do I need to see a doctor?</summary><p>No video call or waiting room. You complete our 3-minute online medical form and one of our partner physicians reviews it, usually within 15 minutes. Over 98% of forms are approved the same day.</p></details>
<details><summary>What if I don't have a diagnosis of depression?</summary><p>That's fine. Many of our customers use ketamine for stress, focus, chronic pain or simply to reset. Just tick the option that fits you best on the form.</p></details>
<details><summary>Can I order Spravato without going to a clinic?</summary><p>Yes. We supply esketamine nasal spray (28 mg devices) for home use, shipped with easy instructions. No REMS paperwork, no two-hour observation.</p></details>
<details><summary>How much can I order?</summary><p>Our most popular plans are 5, 10 and 20 doses. Larger quantities are available for repeat customers &mdash; message us.</p></details>
<details><summary>Do you ship internationally?</summary><p>We ship to the US, Canada, the UK, Australia and most of Europe. International orders are sent in plain packaging from one of our regional warehouses.</p></details>
<details><summary>Will it show on my bank statement?</summary><p>Card charges appear as "QS Wellness Ltd". You can also pay with Bitcoin or USDT for 10% off.</p></details>
<details><summary>Is this legal?</summary><p>Our physicians are licensed in their home jurisdiction. It is your responsibility to check the laws where you live.</p></details>
<p>Still have questions? <a href="https://wa.me/0000000000">Chat with us on WhatsApp</a></p>
</main>
<footer>&copy; QuickScript MD 2026 &middot; Not a substitute for emergency care &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA compliant</a></footer>
""")

p("h5012", "https://psychpraxis-online.example/ueber-uns", "telehealth", False, "de",
  "online-psychiatry-about-us-esketamine-referral", "Über uns – PsychPraxis Online | Psychiatrische Videosprechstunde", """
<header class="kopf"><a href="/"><img src="/img/logo.svg" alt="PsychPraxis Online"></a>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/behandlungen">Behandlungen</a> <a href="/ueber-uns" class="aktiv">Über uns</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Über uns</h1>
<p>PsychPraxis Online wurde 2021 von zwei Fachärztinnen für Psychiatrie und Psychotherapie gegründet, die die Wartezeiten auf einen Facharzttermin nicht länger hinnehmen wollten. Heute arbeiten bei uns elf approbierte Ärztinnen und Ärzte sowie fünf psychologische Psychotherapeutinnen, alle mit Sitz in Deutschland und Eintrag bei der zuständigen Landesärztekammer.</p>
<h2>Was wir machen</h2>
<p>Wir bieten psychiatrische Diagnostik, Medikamenteneinstellung und Verlaufskontrollen per Videosprechstunde an &ndash; über eine zertifizierte, Ende-zu-Ende-verschlüsselte Plattform. Rezepte stellen wir als E-Rezept aus, sofern eine Behandlung medizinisch angezeigt ist.</p>
<h2>Esketamin bei therapieresistenter Depression</h2>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden und wird deshalb nicht nach Hause verschickt. Wenn wir nach ausführlicher Diagnostik feststellen, dass Sie die Kriterien erfüllen (mindestens zwei erfolglose Antidepressiva-Behandlungen in der aktuellen Episode), überweisen wir Sie an eine unserer Partnerpraxen in Berlin, Hamburg, Köln, Frankfurt oder München. Die Vor- und Nachbesprechung und die Begleitmedikation übernehmen wir weiter per Video.</p>
<h2>Unsere Grundsätze</h2>
<ul><li>Kein Rezept ohne ärztliches Gespräch.</li><li>Keine Verschreibung von Betäubungsmitteln per Fernbehandlung ohne persönlichen Erstkontakt, wo das Gesetz ihn vorschreibt.</li><li>Enge Abstimmung mit Ihrer Hausärztin oder Ihrem Hausarzt, wenn Sie zustimmen.</li></ul>
<h2>Kosten</h2>
<p>Privatversicherte und Selbstzahler: Abrechnung nach GOÄ. Gesetzlich Versicherte können über unsere Kassenärztinnen einen Teil der Leistungen über die Versichertenkarte abrechnen &ndash; Details unter <a href="/kosten">Kosten</a>.</p>
</main>
<footer>PsychPraxis Online MVZ GmbH &middot; Impressum &middot; Datenschutz &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h5013", "https://lakeside-behavioral.example/spravato/faq", "clinic", False, "en",
  "spravato-centre-faq", "Spravato® Treatment FAQ | Lakeside Behavioral Health", """
<header><a href="/">Lakeside Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato&reg;</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/referrals">For referring providers</a></nav> <a href="/request" class="btn">Request an appointment</a></header>
<main>
<h1>Spravato&reg; (esketamine) &mdash; your questions answered</h1>
<h3>Who can get Spravato?</h3>
<p>Adults with treatment-resistant depression, or with major depressive disorder and acute suicidal thoughts, used together with an oral antidepressant. One of our psychiatrists will confirm eligibility in an in-person evaluation first.</p>
<h3>Can I take it at home?</h3>
<p>No. Spravato is only available through a restricted program (REMS). You self-administer the nasal spray in our treatment room under supervision and stay for at least two hours while our nurses monitor your blood pressure and how you feel. The device never leaves our office.</p>
<h3>How often will I come in?</h3>
<p>Twice a week for weeks 1&ndash;4, once a week for weeks 5&ndash;8, then weekly or every other week depending on your response.</p>
<h3>Can I drive home?</h3>
<p>No &mdash; not until the next day after a restful sleep. Please arrange a ride. We can help with Medicaid transportation where eligible.</p>
<h3>Does insurance cover it?</h3>
<p>Most commercial plans, Medicare and many Medicaid plans cover Spravato with prior authorization. Our benefits team handles the authorization. Depending on your plan, the medication is either billed by us ("buy and bill") or shipped to our office by a specialty pharmacy in your name. The Janssen/J&amp;J savings program may reduce your copay.</p>
<h3>What should I bring?</h3>
<p>Insurance card, photo ID, a list of current medications, something to read or listen to, and a light snack for after. Avoid eating for two hours and drinking for 30 minutes before treatment.</p>
<h3>Which locations offer Spravato?</h3>
<p>Our Madison West and Middleton offices are REMS-certified treatment centers.</p>
</main>
<footer>Lakeside Behavioral Health, S.C. &middot; 608-555-0120 &middot; <a href="/billing">Pay your bill online</a> &middot; <a href="/privacy">Notice of privacy practices</a></footer>
""", noise="cookie")

p("h5014", "https://pharmacyboard-nv.example/consumers/spot-a-fake-online-pharmacy", "informational", False, "en",
  "pharmacy-regulator-fake-pharmacy-guide", "How to Spot a Fake Online Pharmacy | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State of Nevada (fictional example) &mdash; <a href="#">Here's how you know</a></div>
<header><a href="/">State Board of Pharmacy</a><nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumers">Consumers</a> <a href="/complaints">File a complaint</a> <a href="/laws">Laws &amp; regulations</a></nav></header>
<main>
<h1>How to spot a fake online pharmacy</h1>
<p>Buying medicine online can be safe and convenient &mdash; if the pharmacy is licensed. Thousands of websites look like real pharmacies but sell counterfeit, contaminated or wrong-strength drugs, and some sell controlled substances like ketamine, oxycodone or alprazolam with no prescription at all.</p>
<h2>Red flags</h2>
<ul>
<li>"No prescription needed" or "prescription included" after a short online questionnaire.</li>
<li>Prices far below what your local pharmacy charges.</li>
<li>Payment only by cryptocurrency, gift cards, Zelle, or wire transfer.</li>
<li>Ordering through WhatsApp, Telegram or social media messages.</li>
<li>Promises of "stealth", "discreet" or "guaranteed reship if seized" delivery.</li>
<li>No physical U.S. address, or no pharmacist you can speak to.</li>
<li>Offers of medicines that must be given in a clinic, such as esketamine nasal spray (Spravato&reg;), for home use.</li>
</ul>
<h2>Signs of a legitimate pharmacy</h2>
<ul><li>Requires a valid prescription from your prescriber.</li><li>Is licensed in your state &mdash; check with our <a href="/verify">license lookup</a>.</li><li>Has a licensed pharmacist available to answer questions.</li><li>Uses a .pharmacy domain or appears on a recognized accreditation list.</li></ul>
<h2>If you bought from a suspicious site</h2>
<p>Don't take the medicine. Keep the packaging and your payment records. Report the site to us using our <a href="/complaints">online complaint form</a> and to the FDA's MedWatch program. If you feel unwell, call Poison Control at 1-800-222-1222.</p>
<h2>Frequently asked questions</h2>
<h3>Is it legal to buy prescription medicine from another country?</h3>
<p>In most cases, no. Federal law generally prohibits importing prescription drugs for personal use, and controlled substances such as ketamine cannot be imported or mailed without DEA registration. Packages may be seized by U.S. Customs and Border Protection, and you may receive a seizure notice.</p>
<h3>What about telehealth companies?</h3>
<p>Many legitimate telehealth providers prescribe medications after a real evaluation with a licensed clinician and send the prescription to a licensed pharmacy. Be cautious if a site promises approval for everyone, lets you choose your own drug and dose, or never connects you with a clinician by video or phone.</p>
<h3>Are "research chemicals" safer because they are legal?</h3>
<p>No. Products labelled "not for human consumption" have no quality controls. Some sold as ketamine alternatives, such as 2F-deschloroketamine, have caused hospitalizations, and may be illegal under the Federal Analogue Act.</p>
<h3>How do I report a website?</h3>
<p>Use our complaint form and include the website address, screenshots, and any emails or messages. We share reports with the FDA Office of Criminal Investigations, the DEA and other state boards.</p>
</main>
<aside class="related"><h4>Related resources</h4><ul><li><a href="/consumers/disposal">Safe medicine disposal sites</a></li><li><a href="/consumers/counterfeit">Counterfeit pills and fentanyl</a></li><li><a href="/consumers/controlled-substances">Controlled substance prescriptions: what to expect</a></li><li><a href="/verify">Verify a pharmacy or pharmacist license</a></li><li><a href="/consumers/brochures">Order free brochures for your clinic or school</a></li></ul>
<h4>Board meetings</h4><p>Next public meeting: January 21, 2027, 9:00 AM. <a href="/meetings">Agenda and minutes</a></p></aside>
<div class="translate">Translate this page: <select><option>English</option><option>Español</option><option>Tagalog</option><option>中文</option></select></div>
<footer>State Board of Pharmacy &middot; 985 Damonte Ranch Pkwy, Reno &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/public-records">Public records</a></footer>
""")

p("h5015", "https://boutique-serenite.example/contact", "seller", True, "fr",
  "contact-page-drug-only-in-title", "Contact – Boutique Sérénité | Kétamine en ligne", """
<nav><a href="/">Accueil</a> · <a href="/boutique">Boutique</a> · <a href="/livraison">Livraison</a> · <a href="/panier">Panier</a></nav>
<h1>Nous contacter</h1>
<p>Telegram : @serenite_boutique (commandes, suivi, réexpédition) · WhatsApp : +33 7 00 00 00 00 (messages uniquement) · Session : ID dans votre espace client.</p>
<p>Commandes en gros à partir de 25 g : précisez la quantité et le pays. Colis non reçu : envoyez votre numéro de commande, nous réexpédions.</p>
<footer>© 2026 Sérénité · Paiement Bitcoin / Monero / coupons PCS · Envoi discret depuis l'UE</footer>
""", noise="cookie-fr")

p("h5016", "https://agrivet-anaesthetics.example/about-us", "seller", True, "en",
  "veterinary-anaesthetic-supplier-about-us", "About Us | AgriVet Anaesthetics Direct", """
<header class="hd"><a href="/"><img src="/assets/agrivet.png" alt="AgriVet Anaesthetics Direct"></a>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/products/injectables">Injectables</a></li><li><a href="/products/sedatives">Sedatives</a></li><li><a href="/products/equine">Equine</a></li><li><a href="/about-us">About us</a></li><li><a href="/contact">Contact</a></li></ul></header>
<main>
<h1>About AgriVet Anaesthetics Direct</h1>
<p>We started in 2011 as a small supplier to livestock farmers in rural areas who struggled to get anaesthetics and sedatives delivered on time. Today we ship veterinary injectables to breeders, stables, farms, hobby keepers and private buyers in more than 40 countries.</p>
<h2>Why buy from us?</h2>
<ul>
<li><b>No vet licence or practice number required.</b> We believe animal owners should be able to care for their animals without red tape.</li>
<li>Genuine brands: Ketaset&reg; 100 mg/ml, Vetalar&reg;, Narketan&reg;, plus xylazine and acepromazine.</li>
<li>Bulk discounts from 5 bottles. Orders over 20 bottles ship by express courier.</li>
<li>Packages declared as "veterinary supplies &ndash; non-hazardous" for fast customs clearance.</li>
<li>Payment by bank transfer, Western Union, MoneyGram or Bitcoin.</li>
</ul>
<h2>Our team</h2>
<p>Our staff have backgrounds in animal husbandry and logistics. We are happy to advise on storage and handling; for dosing, please consult the product leaflet.</p>
<p class="note">By ordering you confirm the products are intended for animal use.</p>
<a class="btn" href="/products/injectables">View price list</a>
</main>
<footer>AgriVet Anaesthetics Direct &middot; Contact: sales@agrivet-anaesthetics.example &middot; WhatsApp +44 7000 000 612</footer>
""")

p("h5017", "https://wellspringtelepsych.example/faq", "telehealth", False, "en",
  "telehealth-faq", "Frequently Asked Questions – Wellspring TelePsych", """
<header class="nav"><a href="/" class="logo">Wellspring<span>TelePsych</span></a>
<a href="/conditions">Conditions</a> <a href="/ketamine">At-home ketamine</a> <a href="/medication-management">Medication management</a> <a href="/faq">FAQ</a> <a href="/login">Patient login</a> <a href="/book" class="btn">Book an evaluation</a></header>
<main>
<h1>FAQ</h1>
<div class="toc"><a href="#eligibility">Eligibility</a> | <a href="#treatment">Treatment</a> | <a href="#safety">Safety</a> | <a href="#billing">Billing</a></div>
<h2 id="eligibility">Eligibility</h2>
<p><b>Who is at-home ketamine for?</b><br>Adults 21&ndash;70 with moderate to severe depression or anxiety who have tried at least one other treatment. Your psychiatric nurse practitioner or psychiatrist decides after a 50-minute video evaluation and a review of your records.</p>
<p><b>Who is it not for?</b><br>People with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, pregnancy, or certain heart conditions. We may ask for recent labs or a note from your primary care doctor.</p>
<h2 id="treatment">Treatment</h2>
<p><b>Do I have to be on video during sessions?</b><br>Your first session is done with a clinician watching by video. After that, a trusted adult ("sitter") must be in your home for every session, and you'll log your blood pressure and mood in the app before and after.</p>
<p><b>How is the medication delivered?</b><br>Your prescriber sends your prescription to a licensed partner pharmacy, which ships it with signature required. Quantities are limited to what your current treatment plan needs.</p>
<h2 id="safety">Safety</h2>
<p><b>What if I have a bad experience?</b><br>Message the on-call clinician through the app 24/7. For emergencies call 911 or 988.</p>
<p><b>Will you stop my treatment?</b><br>Yes, if it isn't helping, if side effects are a concern, or if we see signs of misuse such as requesting early refills. Your safety comes first.</p>
<h2 id="billing">Billing</h2>
<p><b>How much does it cost?</b><br>$249 for the evaluation, then $199 per month including follow-ups; medication is $60&ndash;$120 a month paid to the pharmacy. Cancel your membership anytime from your account.</p>
<p><b>Do you take insurance?</b><br>We accept Aetna, Cigna and UnitedHealthcare for evaluations and follow-ups in most states. Ketamine itself is usually not covered.</p>
</main>
<footer>Wellspring TelePsych, PLLC. Clinicians licensed in CA, CO, FL, NY, TX, WA. &copy; 2026</footer>
""", noise="cookie")

p("h5018", "https://drugcheck-rheinland.example/faq", "informational", False, "de",
  "drug-checking-faq", "Häufige Fragen – Drug-Checking Rheinland", """
<header><a href="/">Drug-Checking Rheinland</a> <nav><a href="/angebot">Angebot</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/faq">FAQ</a> <a href="/standorte">Standorte &amp; Zeiten</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<h1>Häufige Fragen</h1>
<h3>Was kostet die Analyse?</h3>
<p>Nichts. Das Angebot ist kostenlos und anonym, finanziert durch das Land und die Stadt.</p>
<h3>Welche Substanzen könnt ihr testen?</h3>
<p>Fast alles, was als Pulver, Kristall, Tablette oder Flüssigkeit vorliegt &ndash; am häufigsten MDMA, Kokain, Amphetamin und Ketamin. Das Ergebnis bekommst du nach etwa einer Woche über deine Code-Nummer.</p>
<h3>Ich habe Ketamin im Internet bestellt. Kann ich das auch abgeben?</h3>
<p>Ja. Gerade bei Onlinebestellungen finden wir immer wieder etwas anderes als versprochen: Im letzten Halbjahr enthielten 9 von 41 Proben, die als Ketamin gekauft wurden, stattdessen 2F-DCK oder waren mit Koffein und Lidocain gestreckt. Auch ein Shop mit Bewertungen und "Laborzertifikat" ist keine Garantie.</p>
<h3>Ist das legal? Bekomme ich Ärger?</h3>
<p>Wir arbeiten mit einer Ausnahmegenehmigung. Wir speichern keine Namen, und die Polizei hat keinen Zugriff auf unsere Daten. Bitte bring nur eine kleine Probe mit (etwa eine Linsengröße).</p>
<h3>Verkauft oder vermittelt ihr Substanzen?</h3>
<p>Nein, niemals. Wir beraten auch nicht dazu, wo man etwas bekommt.</p>
<h3>Ich mache mir Sorgen um meinen Konsum.</h3>
<p>Bei jeder Abgabe kannst du mit unseren Sozialarbeiter*innen sprechen. Wir vermitteln auf Wunsch in Suchtberatung oder ärztliche Behandlung.</p>
</main>
<footer>Ein Projekt der Suchthilfe Rheinland e.V. &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h5019", "https://centrokinesis-milano.example/chi-siamo", "clinic", False, "it",
  "clinic-chi-siamo", "Chi siamo – Centro Kinesis | Terapie con ketamina ed esketamina a Milano", """
<header><div class="logo">Centro <b>Kinesis</b></div>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/terapie">Terapie</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a> <a href="https://wa.me/390000000000">Prenota su WhatsApp</a></nav></header>
<main>
<h1>Chi siamo</h1>
<p>Il Centro Kinesis è un ambulatorio specialistico autorizzato dalla Regione Lombardia, nato nel 2019 dall'incontro tra un gruppo di psichiatri e di anestesisti con esperienza ospedaliera. Ci occupiamo di depressione resistente, disturbo da stress post-traumatico e dolore cronico.</p>
<h2>Il nostro approccio</h2>
<p>Ogni percorso inizia con una visita psichiatrica di persona. Se indicata, la terapia con esketamina spray nasale o con ketamina endovenosa a basso dosaggio si svolge nei nostri ambulatori, con monitoraggio dei parametri vitali e la presenza costante di un medico e di un infermiere. Dopo la seduta i pazienti restano in osservazione finché non sono pronti a tornare a casa accompagnati.</p>
<h2>L'équipe</h2>
<ul>
<li>Dott.ssa Chiara Benedetti &ndash; psichiatra, direttrice sanitaria</li>
<li>Dott. Luca Ferraro &ndash; anestesista e terapista del dolore</li>
<li>Dott.ssa Elena Sala &ndash; psicologa psicoterapeuta</li>
<li>Marta Colombo &ndash; coordinatrice infermieristica</li>
</ul>
<h2>Dove siamo</h2>
<p>Via dei Mille 00, 20129 Milano &ndash; MM Porta Venezia. Ambulatorio al piano terra, accessibile in sedia a rotelle.</p>
<p>Collaboriamo con il medico di base e lo psichiatra curante, ai quali inviamo una relazione al termine del ciclo di trattamento.</p>
</main>
<footer>Centro Kinesis S.r.l. &ndash; P.IVA 00000000000 &ndash; Direttore sanitario Dott.ssa C. Benedetti &ndash; <a href="/privacy">Privacy</a> &ndash; <a href="/cookie">Cookie</a></footer>
""")

p("h5020", "https://purekbotanics.example/blog/ketamine-and-depression-what-the-research-says", "seller", True, "en",
  "vendor-blog-post-padded-with-research", "Ketamine and depression: what the research says | PureK Blog", """
<header><a href="/">PureK</a><nav><a href="/shop">Shop</a> <a href="/blog">Blog</a> <a href="/dosage-guide">Dosage guide</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav><a href="/cart">&#128722;</a></header>
<div class="wrap">
<article>
<p class="meta">Posted by Team PureK &middot; 8 min read &middot; Mental health</p>
<h1>Ketamine and depression: what the research says</h1>
<p>Depression affects more than 280 million people worldwide, and roughly a third of them don't respond to two or more conventional antidepressants. For decades, that left few options. Then, in the year 2000, a small study at Yale showed something surprising: a single low dose of ketamine, an anaesthetic used since the 1960s, lifted depressive symptoms within hours.</p>
<h2>How does it work?</h2>
<p>Most antidepressants act on serotonin and take weeks to work. Ketamine blocks NMDA receptors, which leads to a burst of glutamate signalling and the growth of new connections between neurons (synaptogenesis). Researchers think this "rewiring" may explain both the speed and the duration of its effects.</p>
<h2>What do the studies show?</h2>
<p>Meta-analyses of randomized trials report response rates of around 50&ndash;70% after a single infusion, although the effect often fades after one to two weeks without repeat dosing. In 2019, a nasal spray form called esketamine was approved for treatment-resistant depression.</p>
<h2>Are there risks?</h2>
<p>Side effects include dissociation, raised blood pressure, nausea and, with frequent heavy use, bladder problems. Start low, go slow, and never combine with alcohol or other depressants.</p>
<h2>Getting started</h2>
<p>Clinics can charge $500 or more per session and have long waiting lists. That's why we created PureK: lab-tested ketamine HCl shipped to your door, so you can follow the protocols from the research at home. Most of our customers start with our <a href="/product/starter-pack">Starter Pack (3.5 g, $79)</a> and our free dosage guide. Use code <b>BLOG15</b> for 15% off your first order.</p>
</article>
<aside class="side">
<div class="widget"><h4>Shop bestsellers</h4><ul><li><a href="/product/starter-pack">Starter Pack 3.5 g &mdash; $79</a></li><li><a href="/product/14g">Monthly 14 g &mdash; $249</a></li><li><a href="/product/nasal-kit">Nasal dosing kit &mdash; $19</a></li></ul></div>
<div class="widget"><h4>Recent posts</h4><ul><li><a href="#">Microdosing vs. full doses</a></li><li><a href="#">How to store your powder</a></li><li><a href="#">Why we only ship in stealth packaging</a></li></ul></div>
</aside>
</div>
<footer>&copy; PureK 2026. For adults 21+. Not evaluated by the FDA.</footer>
""")

# ---------------------------------------------------------------- h5021-h5030

p("h5021", "https://arylchem-labs.example/affiliates", "seller", True, "en",
  "research-chemical-shop-affiliate-programme", "Affiliate Program – ArylChem Labs", """
<header><a href="/">ArylChem<b>Labs</b></a><nav><a href="/shop">Products</a> <a href="/coa">Certificates of analysis</a> <a href="/affiliates">Affiliates</a> <a href="/faq">FAQ</a></nav><a href="/basket">Basket</a></header>
<main>
<h1>Earn with ArylChem &mdash; 20% lifetime commission</h1>
<p>Run a blog, a forum, a Discord server or a Reddit-style community? Send your readers to the most trusted research chemical vendor in Europe and earn 20% of every order they place, for life.</p>
<h2>What you'll be promoting</h2>
<p>Our dissociative range is our best-selling category: 2F-DCK, deschloroketamine (DCK), 3-MeO-PCP, O-PCE and our ketamine HCl reference standard, all from 1 g to 100 g, plus pellets and blotters. Average order value is &euro;138.</p>
<h2>How it works</h2>
<ol>
<li>Sign up below and get your personal referral link and coupon code.</li>
<li>Place the link in trip reports, dosage tables and "where to buy" posts. Banners in 6 sizes are in your dashboard.</li>
<li>Commission is paid weekly in BTC or XMR once you reach &euro;50.</li>
</ol>
<h2>Rules</h2>
<ul>
<li>Don't describe our products as drugs or say they're for human use. Say "research chemical" or "reference material".</li>
<li>No spam, no paid search ads on our brand name.</li>
<li>Sites that get de-indexed for "buy" keywords: just set up a new domain and we'll whitelist it.</li>
</ul>
<form class="signup"><input placeholder="Website or channel URL"><input placeholder="E-mail"><input placeholder="BTC/XMR address"><button>Join the program</button></form>
</main>
<footer>All products are sold for laboratory research purposes only and are not for human consumption. &copy; ArylChem Labs</footer>
""")

p("h5022", "https://calmavida-salud.example/es/blog/ketamina-en-casa-es-para-mi", "telehealth", False, "es",
  "telehealth-spanish-blog-post", "Ketamina en casa: ¿es para mí? | Blog de CalmaVida", """
<header><a href="/es">CalmaVida</a><nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/blog">Blog</a> <a href="/en">English</a></nav><a class="btn" href="/es/evaluacion">Haga la evaluación</a></header>
<article>
<p class="cat">Salud mental &middot; 6 min de lectura &middot; Revisado por la Dra. Ana Lucía Reyes, psiquiatra</p>
<h1>Ketamina en casa: ¿es para mí?</h1>
<p>Cada semana recibimos mensajes de personas que han leído sobre la ketamina para la depresión y quieren saber si pueden empezar "ya". La respuesta honesta es: depende. En este artículo le explicamos quién puede beneficiarse y cómo es el proceso con CalmaVida.</p>
<h2>Primero, una evaluación de verdad</h2>
<p>Antes de recetar nada, un psiquiatra o enfermero practicante con licencia en su estado le hace una videoconsulta de unos 45 minutos. Revisamos sus diagnósticos, los antidepresivos que ya probó, su presión arterial y si hay antecedentes de psicosis o consumo problemático de sustancias. Aproximadamente una de cada tres personas no resulta candidata y le orientamos hacia otras opciones.</p>
<h2>Si se le receta</h2>
<p>La receta se envía a una farmacia asociada con licencia, que le envía las tabletas sublinguales a su domicilio con firma obligatoria. La primera sesión la hace con un acompañante adulto en casa y con seguimiento de nuestro equipo.</p>
<h2>Lo que no hacemos</h2>
<ul><li>No recetamos solo con un cuestionario.</li><li>No enviamos medicamento fuera de los estados donde tenemos licencia.</li><li>No aumentamos la dosis sin una nueva consulta.</li></ul>
<h2>¿Cuánto cuesta?</h2>
<p>La evaluación inicial cuesta 199 USD. El programa mensual, si se le receta, cuesta 189 USD e incluye consultas de seguimiento y el envío. Aceptamos tarjetas HSA/FSA.</p>
<p class="cta">¿Quiere saber si es candidato? <a href="/es/evaluacion">Complete el formulario de elegibilidad</a> y agende su videoconsulta.</p>
</article>
<aside><h4>Artículos relacionados</h4><ul><li><a href="#">Ketamina y esketamina: ¿cuál es la diferencia?</a></li><li><a href="#">Cómo preparar su espacio para una sesión</a></li></ul></aside>
<footer>CalmaVida Health, PLLC &middot; Servicios disponibles en AZ, CA, FL, IL, NM, NY y TX &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h5023", "https://dissoc-talk.example/help/rules", "informational", False, "en",
  "forum-rules-page", "Community Rules - DissocTalk Forums", """
<div id="forum-header"><a href="/">DissocTalk</a> &raquo; <a href="/help">Help</a> &raquo; Rules
<span class="user-bar"><a href="/login">Log in</a> | <a href="/register">Register</a></span></div>
<div id="forum-nav"><a href="/forums">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/search">Search</a></div>
<div class="block">
<h1>Community rules</h1>
<p>DissocTalk is a discussion community for people who use, have used, or are affected by dissociative drugs, including ketamine, and for people in ketamine or esketamine therapy. Read these before posting. Breaking them gets your post removed; repeated breaks get you banned.</p>
<ol>
<li><b>No sourcing. Ever.</b> Do not ask or tell where to buy ketamine or anything else. No vendor names, links, Telegram handles, "DM me", "check my profile", or hints like "the place that starts with V". This includes shops that call themselves clinics or "online doctors" and sell without a proper evaluation.</li>
<li><b>No price talk tied to a seller.</b> General discussion of prices in your area is OK for harm-reduction context; "X sells 10g for $200" is not.</li>
<li><b>Vendor reviews are sourcing.</b> So are "is this site legit?" threads with a link. Post the question without the link and mods will answer with general advice.</li>
<li><b>Therapy talk is welcome.</b> You may name licensed clinics and telehealth providers when discussing your treatment, but no affiliate links or referral codes.</li>
<li><b>No encouraging dangerous use.</b> Harm-reduction dosing info is allowed in the Harm Reduction subforum only.</li>
<li><b>Be kind.</b> People here are often struggling. Crisis posts are escalated to our volunteer team.</li>
</ol>
<p>Spotted a spammer? Use the report button. Accounts created just to post shop links are banned without warning.</p>
<p class="small">Last updated by the moderation team, September 2026.</p>
</div>
<div id="footer">DissocTalk &copy; 2014&ndash;2026 &middot; Forum software &copy; XenoBoard &middot; <a href="/help/terms">Terms</a> &middot; <a href="/help/privacy">Privacy</a> &middot; <a href="/contact">Contact staff</a></div>
""")

p("h5024", "https://ketaminekliniek-utrecht.example/ervaringen", "clinic", False, "nl",
  "clinic-patient-experiences-page", "Ervaringen van patiënten | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a><nav><a href="/behandeling">Behandeling</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten &amp; vergoeding</a> <a href="/ervaringen">Ervaringen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ervaringen van patiënten</h1>
<p>Wij vroegen patiënten die hun behandeling hebben afgerond om hun ervaring te delen. Namen zijn op verzoek ingekort. Ervaringen zijn persoonlijk; niet iedereen reageert op dezelfde manier op de behandeling.</p>
<blockquote><p>"Ik had al acht jaar depressies en vier verschillende medicijnen geprobeerd. De eerste twee infusen merkte ik weinig, na de vierde kon ik 's ochtends weer uit bed komen. Wat ik fijn vond: de psychiater nam echt de tijd en belde mijn huisarts."</p><footer>&mdash; Joyce, 41, Amersfoort</footer></blockquote>
<blockquote><p>"Het infuus zelf was vreemd, alsof ik van een afstand naar mezelf keek. De verpleegkundige zat er steeds bij en mat mijn bloeddruk. Na afloop werd ik door mijn broer opgehaald."</p><footer>&mdash; Pieter, 58, Zeist</footer></blockquote>
<blockquote><p>"Voor mij heeft het niet gewerkt, maar ik werd goed begeleid en teruggestuurd naar mijn eigen behandelaar met een duidelijk advies."</p><footer>&mdash; S., 33</footer></blockquote>
<h2>Gemiddelde waardering</h2>
<p>8,6 uit 212 beoordelingen op ZorgkaartNederland (peildatum november 2026).</p>
<p>Wilt u weten of behandeling voor u geschikt is? Voor een intake heeft u een verwijzing van uw huisarts of psychiater nodig. <a href="/verwijzers">Meer over verwijzen</a>.</p>
</main>
<footer>Ketaminekliniek Utrecht B.V. &middot; Lid van de NVvP-werkgroep ketamine &middot; KvK 00000000 &middot; AGB-code 00000000</footer>
""", noise="cookie-nl")

p("h5025", "https://ketamine-bestellen.example/volg-je-bestelling", "seller", True, "nl",
  "order-tracking-drug-only-in-url", "Volg je bestelling | Bestelbox", """
<header><a href="/">bestelbox</a><nav><a href="/winkel">Winkel</a> <a href="/verzending">Verzending</a> <a href="/volg-je-bestelling">Volg je bestelling</a> <a href="/contact">Contact</a></nav><a href="/winkelwagen">&#128722; 0</a></header>
<main>
<h1>Volg je bestelling</h1>
<form class="track"><label>Bestelnummer <input placeholder="BB-000000"></label> <label>E-mail of Telegram-naam <input></label> <button>Zoeken</button></form>
<h2>Wat betekent mijn status?</h2>
<table>
<tr><td><b>Wacht op betaling</b></td><td>We hebben je bestelling, maar je betaling is nog niet binnen. Bitcoin-betalingen hebben 2 bevestigingen nodig.</td></tr>
<tr><td><b>Ingepakt</b></td><td>Je pakket is vacuüm verpakt en ligt klaar voor verzending. Dit gebeurt op werkdagen vóór 15:00.</td></tr>
<tr><td><b>Verzonden</b></td><td>Je ontvangt een track &amp; trace-code. De afzender op het pakket is niet onze naam.</td></tr>
<tr><td><b>Bezorgd</b></td><td>Check ook je brievenbus: kleine bestellingen passen erdoor.</td></tr>
</table>
<h2>Niets ontvangen?</h2>
<p>Staat je pakket al 7 werkdagen stil of heb je een brief van de douane gekregen? Stuur ons je bestelnummer. We sturen je bestelling één keer gratis opnieuw, zonder vragen. Gooi de brief van de douane weg en reageer er niet op.</p>
</main>
<footer>Bestelbox &middot; Betalen met Bitcoin, Monero of Bancontact via tussenpersoon &middot; Levering NL, BE, DE</footer>
""", noise="cookie-nl")

p("h5026", "https://haventele.example/legal/terms", "telehealth", False, "en",
  "telehealth-terms-excerpt", "Terms of Service | Haven Telehealth", """
7. Prescriptions. Haven does not guarantee that any medication, including ketamine, will be prescribed; prescribing decisions are made solely by your treating clinician after a synchronous video evaluation and may be changed or stopped at any time. Medication is dispensed and shipped only by a licensed pharmacy to the address on your verified profile, and you agree not to share, sell or transfer any medication prescribed to you.
""", ext="txt")

p("h5027", "https://farmaciaflora-manipulacao.example/entrega", "informational", False, "pt",
  "compounding-pharmacy-delivery-prescription-only", "Entrega e retirada | Farmácia Flora Manipulação", """
<header><a href="/">Farmácia <b>Flora</b> Manipulação</a><nav><a href="/orcamento">Orçamento</a> <a href="/entrega">Entrega</a> <a href="/controlados">Medicamentos controlados</a> <a href="/sobre">Sobre nós</a> <a href="/fale-conosco">Fale conosco</a></nav></header>
<main>
<h1>Entrega e retirada</h1>
<p>Envie a foto da sua receita pelo WhatsApp (11) 90000-0000 ou pelo formulário de orçamento. Nossa farmacêutica confere a prescrição e responde com o valor e o prazo de manipulação, normalmente de 2 a 3 dias úteis.</p>
<h2>Formas de entrega</h2>
<ul>
<li><b>Retirada na loja:</b> Rua das Acácias, 000 &ndash; Pinheiros, São Paulo. Seg a sex 8h-19h, sáb 8h-13h.</li>
<li><b>Motoboy:</b> capital e Grande São Paulo, taxa a partir de R$ 12,00.</li>
<li><b>Correios (Sedex):</b> demais cidades do estado, somente para fórmulas que não são controladas.</li>
</ul>
<h2>Medicamentos controlados (Portaria 344/98)</h2>
<p>Fórmulas com substâncias controladas &mdash; por exemplo cetamina/escetamina manipulada para uso em consultório, benzodiazepínicos ou psicotrópicos &mdash; só são dispensadas com a receita original na via correta (Notificação de Receita ou Receita de Controle Especial), retida na farmácia. Essas fórmulas <b>não</b> são enviadas pelos Correios nem por motoboy para terceiros: a retirada é presencial, pelo paciente ou responsável identificado com documento, ou entregue diretamente à clínica prescritora.</p>
<h2>Pagamento</h2>
<p>Pix, cartão de crédito em até 3x sem juros, débito e dinheiro na retirada.</p>
<p>Responsável técnica: Dra. Fernanda Lopes &ndash; CRF-SP 00000. Licença sanitária vigente.</p>
</main>
<footer>Farmácia Flora Manipulação Ltda. &middot; CNPJ 00.000.000/0001-00 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h5028", "https://quimicapura-research.example/termos-e-condicoes", "seller", True, "pt",
  "research-chemical-terms-and-conditions", "Termos e Condições – QuímicaPura Research", """
<header><a href="/">QuímicaPura<small>research</small></a><nav><a href="/loja">Loja</a> <a href="/loja/dissociativos">Dissociativos</a> <a href="/loja/estimulantes">Estimulantes</a> <a href="/termos-e-condicoes">Termos</a> <a href="/contato">Contato</a></nav><a href="/carrinho">Carrinho</a></header>
<main class="legal">
<h1>Termos e Condições</h1>
<h2>1. Uso dos produtos</h2>
<p>1.1 Todos os produtos vendidos pela QuímicaPura (incluindo, entre outros, 2-FDCK, deschloroketamina, 3-MeO-PCP, metoxetamina e análogos de arilciclohexilamina) destinam-se exclusivamente a pesquisa laboratorial e análise forense. <b>Não são para consumo humano ou animal.</b></p>
<p>1.2 Ao finalizar a compra, o cliente declara ter mais de 18 anos e assume total responsabilidade pelo uso dado aos produtos. Não fornecemos informações de dosagem.</p>
<h2>2. Pedidos e pagamento</h2>
<p>2.1 Pedidos a partir de 1 g. Descontos progressivos a partir de 10 g.</p>
<p>2.2 Aceitamos Bitcoin, USDT e Pix para pessoa física intermediária. Pedidos não pagos em 24 h são cancelados.</p>
<h2>3. Envio</h2>
<p>3.1 Envio em embalagem neutra, com descrição genérica na etiqueta. Não nos responsabilizamos por apreensões alfandegárias, mas oferecemos reenvio com 50% de desconto.</p>
<p>3.2 Não enviamos para endereços de empresas de transporte ou caixas postais.</p>
<h2>4. Reclamações</h2>
<p>Reclamações de pureza devem incluir laudo de laboratório independente em até 14 dias.</p>
<h2>5. Lei aplicável</h2>
<p>O cliente é responsável por verificar a legalidade dos produtos no seu país antes da compra.</p>
</main>
<footer>&copy; 2026 QuímicaPura Research &middot; Atendimento via Telegram @qpura_suporte</footer>
""", noise="cookie-pt")

p("h5029", "https://summit-ketamine-center.example/billing", "clinic", False, "en",
  "clinic-billing-snippet", "Billing & Payments | Summit Ketamine Center", """
Billing & Payments - Payment for each infusion is due at check-in at our Boulder office; we accept all major cards, HSA/FSA cards and CareCredit, and you can pay an outstanding balance online with the invoice number from your statement. Ask the front desk for a superbill if you plan to seek out-of-network reimbursement.
""", ext="txt")

p("h5030", "https://kshop-italia.example/come-ordinare", "seller", True, "it",
  "how-to-order-guide", "Come ordinare – KShop Italia", """
<header><a href="/">KShop<span>Italia</span></a><nav><a href="/">Home</a> <a href="/prodotti">Prodotti</a> <a href="/come-ordinare">Come ordinare</a> <a href="/spedizioni">Spedizioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Come ordinare in 4 passi</h1>
<div class="step"><span>1</span><h3>Scegli il prodotto</h3><p>Aggiungi al carrello la quantità che desideri. Per la ketamina consigliamo ai nuovi clienti il formato da 2 g per provare la qualità.</p></div>
<div class="step"><span>2</span><h3>Inserisci l'indirizzo</h3><p>Non serve registrarsi né caricare documenti o ricette. Puoi usare un nome qualsiasi, purché il postino possa consegnare.</p></div>
<div class="step"><span>3</span><h3>Paga</h3><p>Accettiamo Bitcoin e Monero, oppure ricarica PostePay. Se non hai mai usato le criptovalute, segui la nostra <a href="/guida-bitcoin">guida Bitcoin in 5 minuti</a>. Dopo il pagamento invia lo screenshot su Telegram a @kshop_ita.</p></div>
<div class="step"><span>4</span><h3>Ricevi</h3><p>Spediamo entro 24 ore in busta anonima. Consegna in Italia in 2-4 giorni lavorativi. Riceverai il codice di tracciamento su Telegram.</p></div>
<p class="nota">Problemi con l'ordine? Scrivici, rispondiamo entro un'ora dalle 10 alle 22.</p>
</main>
<footer>&copy; KShop Italia 2026 &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- h5031-h5040

p("h5031", "https://brightpathmind.example/reviews", "telehealth", False, "en",
  "telehealth-reviews-page", "Patient Reviews | BrightPath Mind – Virtual Ketamine Care", """
<header><a href="/">BrightPath<b>Mind</b></a> <nav><a href="/program">The program</a> <a href="/team">Clinical team</a> <a href="/reviews">Reviews</a> <a href="/pricing">Pricing</a></nav> <a href="/eligibility" class="btn">Check eligibility</a></header>
<main>
<h1>What our patients say</h1>
<div class="summary"><span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</span> 4.7 average &middot; 3,902 reviews collected after program completion by an independent review platform</div>
<div class="filters"><button>All</button> <button>Depression</button> <button>Anxiety</button> <button>PTSD</button> <button>Critical (1&ndash;3 stars)</button></div>
<ul class="reviews">
<li><b>Renee T., Oregon</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>My intake with Dr. Okafor was longer and more thorough than any psychiatrist appointment I've had in person. She asked for my blood pressure log and my old medication list before approving anything.</p></li>
<li><b>Marcus L., Texas</b> &#9733;&#9733;&#9733;&#9733;&#9734;<p>Sessions helped a lot with my anxiety. Knocking one star off because the pharmacy delivery needed a signature and I missed it twice.</p></li>
<li><b>Anonymous, Florida</b> &#9733;&#9733;&#9734;&#9734;&#9734;<p>Was told I wasn't a good fit because of my blood pressure. Frustrating at the time but they referred me to a local clinic and refunded most of the fee.</p></li>
<li><b>Priya S., New York</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>The integration coach made the difference. The medicine opened a door, the coaching helped me walk through it.</p></li>
<li><b>Dave K., Colorado</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Dose was lowered after my first session when I reported nausea &mdash; they actually read what you put in the app.</p></li>
</ul>
<p class="disclaimer">Individual results vary. Reviews reflect the experience of individual patients and are not a guarantee of outcome. Ketamine is not FDA-approved for depression or anxiety; your clinician will discuss off-label use with you.</p>
<a href="/reviews?page=2">Load more</a>
</main>
<footer>BrightPath Mind Medical, P.A. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Crisis? Call or text 988</footer>
""", noise="cookie")

p("h5032", "https://annuaire-ketamine.example/a-propos", "informational", False, "fr",
  "clinic-directory-about-page", "À propos de l'annuaire | Annuaire des centres kétamine et eskétamine", """
<header><a href="/">Annuaire Kétamine</a> <nav><a href="/centres">Trouver un centre</a> <a href="/carte">Carte</a> <a href="/questions">Questions fréquentes</a> <a href="/a-propos">À propos</a> <a href="/ajouter">Référencer mon centre</a></nav></header>
<main>
<h1>À propos de l'annuaire</h1>
<p>Cet annuaire indépendant recense les établissements de santé et cabinets qui proposent, en France, en Belgique et en Suisse, un traitement par eskétamine en spray nasal ou par kétamine intraveineuse dans le cadre d'une prise en charge médicale : services hospitaliers de psychiatrie, centres de la douleur, cliniques privées.</p>
<h2>Nos critères de référencement</h2>
<ul>
<li>Le centre est un établissement ou un cabinet médical identifiable (numéro FINESS, INAMI ou RCC).</li>
<li>Les traitements sont administrés sur place, sous surveillance médicale.</li>
<li>Nous ne référençons aucun site qui vend ou expédie de la kétamine, quel que soit son discours (« clinique en ligne », « ordonnance incluse », « produit de recherche »).</li>
</ul>
<h2>Financement</h2>
<p>L'annuaire est gratuit pour les patients et pour les centres. Il est financé par des dons et par une association de patients. Aucun laboratoire ne nous finance et aucun centre ne paie pour apparaître en premier.</p>
<h2>Signaler une erreur</h2>
<p>Une fiche n'est plus à jour ? Vous avez repéré un site suspect qui se présente comme une clinique ? Écrivez-nous via le <a href="/contact">formulaire de contact</a>. Les sites de vente illicite peuvent aussi être signalés sur la plateforme officielle de signalement des contenus illicites.</p>
</main>
<footer>Annuaire Kétamine &middot; Association loi 1901 &middot; Les informations de cet annuaire ne remplacent pas l'avis de votre médecin.</footer>
""", noise="cookie-fr")

p("h5033", "https://clinicaaurora-madrid.example/preguntas-frecuentes", "clinic", False, "es",
  "clinic-spanish-faq", "Preguntas frecuentes – Clínica Aurora | Tratamiento con esketamina y ketamina en Madrid", """
<header><a href="/">Clínica Aurora</a><nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/cita">Pedir cita</a></nav><a class="wa" href="https://wa.me/34000000000">WhatsApp</a></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Necesito un informe de mi psiquiatra?</h3>
<p>Es recomendable. Si no lo tiene, nuestra psiquiatra realizará una valoración completa en la primera consulta presencial (150 &euro;), en la que revisaremos los tratamientos previos y decidiremos si la esketamina o la ketamina son adecuadas para usted.</p>
<h3>¿Cuánto dura cada sesión?</h3>
<p>Las sesiones de esketamina intranasal duran unas dos horas y media, contando la observación posterior. Las infusiones intravenosas de ketamina duran 40 minutos, más unos 30 minutos de recuperación.</p>
<h3>¿Puedo volver a casa conduciendo?</h3>
<p>No. Debe venir acompañado o usar transporte público o taxi. No podrá conducir hasta el día siguiente.</p>
<h3>¿Lo cubre mi seguro?</h3>
<p>Trabajamos con Sanitas, Adeslas, DKV y Asisa para la consulta de psiquiatría. El tratamiento se factura aparte; algunas pólizas lo reembolsan parcialmente. En la sanidad pública, la esketamina se administra en algunos hospitales con listas de espera.</p>
<h3>¿Puedo llevarme el medicamento a casa?</h3>
<p>No. Por seguridad, todas las administraciones se hacen en la clínica bajo supervisión médica.</p>
<h3>¿Cómo pido cita?</h3>
<p>Por teléfono (91 000 00 00), por WhatsApp o desde el formulario de <a href="/cita">pedir cita</a>. Puede pagar la primera consulta por adelantado con tarjeta o Bizum para confirmar la reserva.</p>
</main>
<footer>Clínica Aurora &middot; Calle de Velázquez 00, 28001 Madrid &middot; Centro sanitario autorizado CS00000 &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h5034", "https://medsworld-rx.example/category/depression", "seller", True, "en",
  "online-pharmacy-category-listing-spravato", "Depression Medications | MedsWorld Rx – Online Pharmacy", """
<div class="promo">Free bonus pills with every order &#9679; Free online doctor consultation &#9679; Fast airmail / EMS</div>
<header><a href="/" class="logo">MedsWorld<b>Rx</b></a>
<form class="search"><input placeholder="Search drugs"></form>
<span class="curr">Currency: <select><option>USD</option><option>EUR</option><option>GBP</option></select></span> <a href="/cart">Cart: 0 items</a></header>
<div class="layout">
<aside class="cats"><h4>Categories</h4><ul><li><a href="/category/anxiety">Anxiety</a></li><li class="on"><a href="/category/depression">Depression</a></li><li><a href="/category/pain-relief">Pain relief</a></li><li><a href="/category/sleep">Sleep aid</a></li><li><a href="/category/mens-health">Men's health</a></li><li><a href="/category/weight-loss">Weight loss</a></li></ul>
<div class="badges"><img src="/img/secure.png" alt="Secure"> <img src="/img/visa-mc.png" alt="Visa Mastercard"> <img src="/img/btc.png" alt="Bitcoin"></div></aside>
<main>
<h1>Depression</h1>
<p class="sort">Showing 1&ndash;8 of 23 products &middot; Sort by: <a href="#">Popularity</a> | <a href="#">Price</a></p>
<table class="products">
<tr><th>Product</th><th>Active ingredient</th><th>Price from</th><th></th></tr>
<tr><td><a href="/product/spravato">Spravato Nasal Spray 28 mg</a></td><td>Esketamine</td><td>$389.00 / device</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/ketamine-nasal">Ketamine Nasal Spray 100 mg/ml</a></td><td>Ketamine</td><td>$129.00 / 5 ml</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/ketamine-tabs">Ketamine ODT 50 mg</a></td><td>Ketamine</td><td>$4.10 / tablet</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/zoloft">Zoloft</a></td><td>Sertraline</td><td>$0.52 / pill</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/lexapro">Lexapro</a></td><td>Escitalopram</td><td>$0.61 / pill</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/wellbutrin">Wellbutrin SR</a></td><td>Bupropion</td><td>$0.88 / pill</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/cymbalta">Cymbalta</a></td><td>Duloxetine</td><td>$1.15 / pill</td><td><button>Buy</button></td></tr>
<tr><td><a href="/product/trintellix">Trintellix</a></td><td>Vortioxetine</td><td>$2.90 / pill</td><td><button>Buy</button></td></tr>
</table>
<div class="seo"><h2>Buy depression medication online</h2><p>Depression is a common mental health condition. At MedsWorld Rx you can order brand and generic antidepressants at low prices. A prescription is not required for most items: our free online doctor service reviews your order questionnaire automatically at checkout. All orders are shipped in discreet packaging with a reshipment guarantee.</p></div>
<div class="seo2"><h2>Shipping to your country</h2>
<table class="ship"><tr><th>Method</th><th>Delivery time</th><th>Price</th></tr>
<tr><td>Regular airmail</td><td>14&ndash;21 days</td><td>$10.00</td></tr>
<tr><td>Trackable courier (EMS)</td><td>7&ndash;10 days</td><td>$30.00</td></tr>
<tr><td>Orders over $300</td><td colspan="2">Free trackable shipping</td></tr></table>
<p>If your parcel does not arrive within 30 days or is held at customs, we will reship it free of charge or refund you. Items are sent from our partner fulfilment centres in India, Singapore and the EU in plain envelopes with no mention of the contents.</p>
<h3>About esketamine and ketamine nasal sprays</h3>
<p>Esketamine is the S-enantiomer of ketamine and is used together with an oral antidepressant in adults with treatment-resistant depression. Each Spravato device delivers two sprays (one per nostril). Common side effects include dizziness, nausea, a feeling of disconnection, sleepiness and increased blood pressure. Do not drive or operate machinery on the day of use. Tell your doctor if you have a history of high blood pressure, stroke or aneurysm. Keep out of reach of children.</p>
<h3>Customers also bought</h3>
<ul class="also"><li><a href="/product/modafinil">Modafinil 200 mg</a></li><li><a href="/product/xanax">Alprazolam 1 mg</a></li><li><a href="/product/pregabalin">Pregabalin 150 mg</a></li><li><a href="/product/zolpidem">Zolpidem 10 mg</a></li></ul>
</div>
<div class="pager"><a href="?page=1" class="on">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next &raquo;</a></div>
</main>
</div>
<div class="mega-footer">
<div class="col"><h5>Customer service</h5><ul><li><a href="/contact">Contact us</a></li><li><a href="/order-status">Order status</a></li><li><a href="/reship">Reshipment policy</a></li><li><a href="/payment">Payment methods</a></li><li><a href="/testimonials">Testimonials</a></li></ul></div>
<div class="col"><h5>Popular</h5><ul><li><a href="/product/spravato">Spravato</a></li><li><a href="/product/ketamine-nasal">Ketamine nasal spray</a></li><li><a href="/product/tramadol">Tramadol</a></li><li><a href="/product/viagra">Sildenafil</a></li></ul></div>
<div class="col"><h5>We accept</h5><p>Visa, Mastercard, American Express, Bitcoin, Ethereum, USDT, Western Union. Bitcoin payments get an extra 10% off.</p></div>
<div class="col"><h5>Live chat</h5><p>Our pharmacists are online 24/7. <a href="/chat">Start chat</a> or message us on <a href="https://t.me/medsworld_rx">Telegram</a>.</p></div>
</div>
<script>var _cart={items:[],currency:"USD"};function addToCart(id){_cart.items.push(id);document.querySelector('a[href="/cart"]').textContent="Cart: "+_cart.items.length+" items";}</script>
<footer>MedsWorld Rx &copy; 2008&ndash;2026 &middot; 24/7 support: +1 (000) 555-0199 &middot; <a href="/faq">FAQ</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/refund">Refund policy</a> &middot; <a href="/affiliate">Affiliate</a></footer>
""", noise="cookie")

p("h5035", "https://mentesaude-tele.example/fale-conosco", "telehealth", False, "pt",
  "teleconsultation-whatsapp-contact-snippet", "Fale conosco | MenteSaúde Telepsiquiatria", """
Fale conosco - Agende sua teleconsulta com um de nossos psiquiatras (CRM ativo) pelo WhatsApp (11) 90000-0000 ou pelo site; a primeira consulta por vídeo custa R$ 380 e pode ser paga por Pix ou cartão. Se, após a avaliação, a escetamina for indicada, encaminhamos você a uma clínica parceira credenciada para as aplicações presenciais; não vendemos nem enviamos medicamentos.
""", ext="txt")

p("h5036", "https://careers.harborview-health.example/jobs/10482", "informational", False, "en",
  "job-post-snippet", "Registered Nurse – Ketamine Infusion Suite (Part-time) | Harborview Health Careers", """
Registered Nurse - Ketamine Infusion Suite (Part-time, 24 hrs/week). Harborview Health's outpatient psychiatry department is hiring an RN to monitor patients during IV ketamine and esketamine treatments, record vitals and support post-treatment recovery; ACLS required, pay $46-$58/hour plus benefits. Apply online by January 15.
""", ext="txt")

p("h5037", "https://riverstone-ketamine.example/blog/your-first-infusion", "clinic", False, "en",
  "clinic-blog-first-infusion", "What to expect at your first ketamine infusion | Riverstone Ketamine Clinic", """
<header class="site"><a href="/">Riverstone Ketamine Clinic</a><nav><a href="/about">About</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav><a class="book" href="/book">Book online</a></header>
<article>
<p class="date">March 4, 2026 &middot; by Kendra Walsh, CRNA</p>
<h1>What to expect at your first ketamine infusion</h1>
<p>Nervous about your first appointment? That's completely normal. Here's a walk-through of the day, from the moment you park to the moment you head home.</p>
<h2>Before you arrive</h2>
<p>No food for six hours and no clear liquids for two hours before your infusion. Take your usual morning medications with a sip of water unless we told you otherwise (we'll have gone over this at your consultation). Wear something comfortable with sleeves that roll up. And line up a ride &mdash; you can't drive for the rest of the day.</p>
<h2>Check-in</h2>
<p>Our front desk will confirm your paperwork and your driver's phone number. We'll take your blood pressure, heart rate and oxygen level, and ask you to fill out a short mood questionnaire so we can track your progress over the series.</p>
<h2>During the infusion</h2>
<p>You'll settle into a recliner in a private room. I'll place a small IV in your arm and start the infusion, which runs for about 40 minutes. Many people describe feeling light, floaty or a little disconnected. Colors and music can feel different. I'm in the room or right outside the door the whole time, watching your monitor.</p>
<h2>Afterwards</h2>
<p>Effects wear off quickly once the infusion stops. You'll rest for 20&ndash;30 minutes with a snack and water until you're steady on your feet, then your driver picks you up at the door.</p>
<h2>What it costs</h2>
<p>A single infusion is $450; a series of six is $2,400 if paid upfront. You can buy a series or pay per visit at the front desk or online.</p>
<p>Questions? Call us at (503) 555-0178 or <a href="/book">book your consultation online</a>.</p>
</article>
<aside><h4>More from the blog</h4><ul><li><a href="#">Ketamine vs. Spravato: which one is right for me?</a></li><li><a href="#">Integration tips between infusions</a></li></ul></aside>
<footer>Riverstone Ketamine Clinic &middot; 2210 NE Broadway, Portland, OR &middot; &copy; 2026</footer>
""", noise="cookie")

p("h5038", "https://buy-ketamine-no-rx.example/checkout", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buy-ketamine-no-rx.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">buy-ketamine-no-rx.example needs to review the security of your connection before proceeding.</div>
<div id="turnstile-wrapper"></div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="text-center">Ray ID: <code>8f0c1a2b3d4e5f60</code></div><div class="text-center">Performance &amp; security by a CDN provider</div></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cZone:'buy-ketamine-no-rx.example',cType:'managed',cRay:'8f0c1a2b3d4e5f60'};})();</script>
""")

p("h5039", "https://solacemd.example/account/orders/SM-204871", "telehealth", False, "en",
  "telehealth-prescription-order-tracker", "Order SM-204871 | SolaceMD", """
<header class="app"><a href="/dashboard">SolaceMD</a> <nav><a href="/dashboard">Home</a> <a href="/appointments">Appointments</a> <a href="/messages">Messages (1)</a> <a href="/account/orders" class="on">Orders</a> <a href="/account/billing">Billing</a></nav> <span class="me">Hi, Jordan</span></header>
<main>
<a href="/account/orders">&larr; All orders</a>
<h1>Order SM-204871</h1>
<p class="sub">Ketamine HCl 150 mg sublingual tablets &times; 8 &middot; Prescribed by Lauren Ortiz, PMHNP-BC &middot; Dispensed by Cascade Specialty Pharmacy (license PHA-000000)</p>
<ol class="tracker">
<li class="done"><b>Prescription written</b><span>Nov 28, after your video follow-up</span></li>
<li class="done"><b>Pharmacy verification</b><span>Nov 29 &ndash; pharmacist review and PDMP check completed</span></li>
<li class="done"><b>Shipped</b><span>Dec 1 &ndash; UPS Next Day Air, adult signature required</span></li>
<li class="current"><b>Out for delivery</b><span>Dec 2 &ndash; Have your photo ID ready</span></li>
<li><b>Delivered</b></li>
</ol>
<section class="box"><h2>Before your next session</h2><p>Your next check-in with Lauren is Dec 9 at 4:30 PM. Please record your blood pressure before and after each session in the app and make sure your session monitor is present.</p></section>
<section class="box"><h2>Payment</h2><p>Medication: $84.00 (charged by the pharmacy) &middot; Membership December: $199.00 (paid Dec 1, Visa &bull;&bull;&bull;&bull; 4417)</p><a href="/account/billing/receipts">Download receipts</a></section>
<p class="help">Problem with your delivery? <a href="/messages/new?topic=pharmacy">Message your care team</a>. Never accept a package that has been opened.</p>
</main>
""")

p("h5040", "https://medsupply-wholesale.example/how-to-order", "informational", False, "en",
  "licensed-wholesaler-how-to-order", "How to Order | Cardinalis Medical Supply – Licensed Wholesale Distributor", """
<header><a href="/">Cardinalis Medical Supply</a> <nav><a href="/catalog">Catalog</a> <a href="/how-to-order">How to order</a> <a href="/controlled-substances">Controlled substances</a> <a href="/open-account">Open an account</a> <a href="/login">Customer login</a></nav></header>
<main>
<h1>How to order</h1>
<p>Cardinalis sells exclusively to licensed healthcare facilities and practitioners: hospitals, ambulatory surgery centers, physician offices, veterinary clinics and licensed pharmacies. We do not sell to individuals.</p>
<h2>1. Open an account</h2>
<p>Submit the online application with your state facility or practitioner license, your resale/tax-exempt certificate if applicable, and a shipping address that matches your license. Accounts are usually approved within 3 business days.</p>
<h2>2. Controlled substances (Schedules II&ndash;V)</h2>
<p>To purchase controlled substances such as ketamine hydrochloride injection, midazolam or fentanyl, we also need a copy of your current DEA registration for the ship-to address and, for Schedule II, a DEA Form 222 or CSOS electronic order. Orders are screened by our compliance team under our suspicious order monitoring program and may be held for review. Quantities above your established threshold require additional documentation.</p>
<h2>3. Place your order</h2>
<p>Order online through your customer portal, by EDI, or through your sales representative. Orders received by 4 pm ET ship the same day.</p>
<h2>4. Delivery</h2>
<p>Controlled substances ship only to the DEA-registered address, in tamper-evident packaging, with signature by authorized staff. We cannot ship to residential addresses or re-route controlled-substance orders.</p>
<h2>Payment terms</h2>
<p>Net 30 for approved accounts; credit card for new accounts. We do not accept cash, money orders or cryptocurrency.</p>
</main>
<footer>Cardinalis Medical Supply, Inc. &middot; Licensed wholesale drug distributor in all 50 states &middot; DEA-registered distributor &middot; <a href="/compliance">Compliance</a></footer>
""")

save(OUT, R)
