# Batch 119 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Providers talking about risk, law and money". Clinic and telehealth pages whose subject is
# not the booking itself: blog posts on safety, side effects and bladder health, pages on the law (DEA
# telemedicine rules, REMS, what is legal in each country), price and insurance explainers, patient
# education, press pages, newsletters, careers pages and "in the news" pages quoting media coverage,
# in the provider's own voice. Alongside: informational pages on the same subjects by others (news,
# a state pharmacy board, an insurer's medical policy, a bladder charity, a law firm, a German
# Krankenkasse, French harm reduction, a Portuguese university study), and sellers dressed as such
# explainers (a "legal guide", "price guide", bladder-care blog, review doorway, press page of an
# auto-approving "telehealth", Telegram newsletter, seller careers page recruiting reshippers,
# research-chemical safety blog, veterinary price guide), each with its own order line.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages and
# five short plain-text excerpts (newsletters, a Telegram post, a law-firm Q&A snippet).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch119.py (writes batch119/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch119")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers dressed as explainers

p("h11901", "https://kl-direct-labs.example/guides/is-ketamine-legal-to-buy-online-2027", "seller", True, "en",
  "seller-legal-guide-long-chrome", "Is Ketamine Legal to Buy Online? The 2027 Country-by-Country Guide | KL Direct Labs", """
<header>
<div class="promo-strip">Winter drop: 12% off every order paid in XMR &middot; Tracked worldwide delivery</div>
<a class="brand" href="/">KL Direct Labs</a>
<nav><a href="/shop">Shop</a> <a href="/guides">Guides</a> <a href="/guides/dosage">Dosage</a> <a href="/shipping">Shipping &amp; Stealth</a> <a href="/track">Track order</a> <a href="/cart">Basket (0)</a></nav>
</header>
<div class="layout">
<article>
<p class="byline">Guides &rsaquo; Law &middot; Updated 2 December 2026 &middot; 11 min read</p>
<h1>Is ketamine legal to buy online? The honest 2027 guide</h1>
<p>Every week our support desk gets the same question: &ldquo;Am I going to get in trouble?&rdquo; This guide is our attempt to answer it properly. We are not lawyers, and laws change, so treat this as a starting point rather than legal advice.</p>
<h2>United States</h2>
<p>Ketamine sits in Schedule III of the Controlled Substances Act. In practice that means a pharmacy can only hand it to you against a prescription, and the at-home &ldquo;telehealth&rdquo; companies you see advertised are bound by the DEA's telemedicine rules, which have been extended and re-extended so many times that nobody can plan around them. That is exactly why so many of our US customers came to us instead: no waiting list, no video interview, no $400 intake fee.</p>
<h2>United Kingdom</h2>
<p>Class B since 2014. Possession is an offence on paper; personal quantities are rarely pursued, but customs seizures do happen, which is why UK orders leave from our domestic partner rather than crossing a border.</p>
<h2>European Union</h2>
<p>A patchwork. Some member states treat ketamine as a narcotic, others only as a prescription medicine under medicines law. Our EU warehouse ships inside the Schengen area so parcels never meet an external customs check.</p>
<h2>Canada and Australia</h2>
<p>Both schedule it. Australia is the strictest market we serve; we recommend the vacuum-sealed &ldquo;document&rdquo; option and a reship address.</p>
<h2>So what does that mean for you?</h2>
<ul>
<li>You do <strong>not</strong> need a prescription to order from us. We sell under our research terms and never ask for one.</li>
<li>Parcels are double vacuum sealed, odour-proof and posted in a plain business envelope with a neutral return address.</li>
<li>If a parcel is seized we reship once for free (EU, UK, US domestic).</li>
<li>We accept Monero, Bitcoin, Litecoin and USDT. No card payments, no paperwork that mentions what you bought.</li>
</ul>
<div class="cta-box">
<h3>Ready to order?</h3>
<p>Ketamine HCl (crystal shards, 99.6%) &mdash; 1 g &euro;55 &middot; 5 g &euro;230 &middot; 10 g &euro;410 &middot; 25 g &euro;900</p>
<p><a class="btn" href="/shop/ketamine-hcl-crystal">Add to basket</a> <a class="btn ghost" href="/shop/s-ketamine-powder">See S-isomer powder</a></p>
</div>
<h2>Frequently asked</h2>
<p><strong>Will my bank see the order?</strong> No. Crypto payments go to a one-time address and nothing on your statement links to us.</p>
<p><strong>Is it safer than the street?</strong> Every batch is lab-tested before we list it, and the COA is on the product page.</p>
</article>
<aside>
<h4>Popular guides</h4>
<ul><li><a href="/guides/dosage">Ketamine dosage chart</a></li><li><a href="/guides/how-to-pay-with-monero">How to pay with Monero</a></li><li><a href="/guides/customs">What happens if customs opens it</a></li></ul>
<h4>Bestsellers</h4>
<ul><li>Ketamine HCl crystal &ndash; from &euro;55</li><li>S-ketamine powder &ndash; from &euro;62</li><li>2F-DCK pellets &ndash; from &euro;40</li></ul>
</aside>
</div>
<footer><p>&copy; 2026 KL Direct Labs. All products sold for research purposes. Not for human consumption.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact (Session / Telegram)</a></p></footer>
""", noise="cookie")

p("h11902", "https://ketamine-price-index.example/what-does-ketamine-cost", "seller", True, "en",
  "seller-price-guide-own-shop", "What Does Ketamine Cost in 2027? Price Index & Buying Guide", """
<nav class="top"><a href="/">Price Index</a> | <a href="/what-does-ketamine-cost">Ketamine</a> | <a href="/compare">Compare</a> | <a href="/store">Store</a> | <a href="/checkout">Checkout</a></nav>
<main>
<h1>What does ketamine cost? Our 2027 price index</h1>
<p>Prices for ketamine vary wildly. An IV infusion series at a US clinic typically runs into the thousands of dollars, a branded esketamine session billed to insurance can cost more than a month's rent before the copay programme kicks in, and an at-home telehealth programme is usually priced as a monthly membership. We built this page to put all of those numbers side by side &mdash; and to show what it costs when you cut out the middlemen.</p>
<table class="price-compare">
<tr><th>Route</th><th>Typical cost</th><th>Paperwork</th></tr>
<tr><td>IV clinic, 6 infusions</td><td>$2,400 &ndash; $4,800</td><td>Intake, psychiatric referral</td></tr>
<tr><td>Esketamine nasal spray in a certified centre</td><td>$600 &ndash; $900 per session before insurance</td><td>Prior authorisation, 2 h observation</td></tr>
<tr><td>Telehealth lozenges</td><td>$250 &ndash; $450 per month</td><td>Video evaluation, ID check</td></tr>
<tr><td><strong>Our store</strong></td><td><strong>from $48 per gram</strong></td><td><strong>None</strong></td></tr>
</table>
<h2>Our current prices</h2>
<p>The figures in this index are taken from our own store and are updated every Monday.</p>
<ul class="products">
<li>Ketamine HCl, needle crystal &mdash; 2 g $96 &mdash; <a href="/store/add?sku=KH2">Add to cart</a></li>
<li>Ketamine HCl, needle crystal &mdash; 7 g $290 &mdash; <a href="/store/add?sku=KH7">Add to cart</a></li>
<li>Ketamine HCl, fine powder &mdash; 28 g $840 &mdash; <a href="/store/add?sku=KH28">Add to cart</a></li>
<li>Ketamine 50 mg/ml solution, 10 ml vial &mdash; $65 &mdash; <a href="/store/add?sku=KV10">Add to cart</a></li>
</ul>
<p class="note">No prescription or consultation required. Payment by Bitcoin, Ethereum or Zelle. Orders placed before 2 pm EST ship the same day in discreet packaging.</p>
<h2>Why are clinic prices so high?</h2>
<p>Clinics pay for nurses, monitoring equipment, rent and malpractice insurance, and they pass all of it on to you. Insurance rarely covers off-label IV ketamine. That is the gap this store was built to fill.</p>
</main>
<footer>Ketamine Price Index is operated by the store it links to. &copy; 2026</footer>
""")

p("h11903", "https://nightowl-supply.example/blog/bladder-care-for-k-users", "seller", True, "en",
  "seller-bladder-health-blog", "Looking After Your Bladder: A K-User's Guide | Nightowl Supply Blog", """
<header><a class="logo" href="/">nightowl supply</a>
<nav><a href="/shop">shop</a> <a href="/shop/k">the K range</a> <a href="/shop/kits">test kits</a> <a href="/blog">blog</a> <a href="/faq">faq</a></nav></header>
<article class="post">
<h1>Looking after your bladder: a K-user's guide</h1>
<p class="meta">Posted by Jade &middot; harm reduction &middot; 6 comments</p>
<p>Let's talk about the thing nobody at the afterparty wants to talk about: your bladder. Regular, heavy ketamine use is linked to a condition doctors call ketamine-induced cystitis &mdash; a painful, inflamed bladder that in bad cases shrinks and scars. It is real and it is not rare among daily users.</p>
<h2>Early signs</h2>
<ul><li>Needing to pee much more often, including at night</li><li>Burning or pain when you go</li><li>Blood in your urine</li><li>Pain low in your belly that eases after you've been</li></ul>
<p>If you notice any of these, stop and see a GP. Seriously. Early damage often improves when use stops; late damage may not.</p>
<h2>Our five habits</h2>
<ol>
<li>Space your sessions. Every day is the pattern that hurts bladders most.</li>
<li>Drink water, not energy drinks or alcohol.</li>
<li>Keep doses small and know what you have &mdash; reagent-test every bag.</li>
<li>Don't mix with alcohol; it makes everything worse.</li>
<li>Track how often you use in an app. Numbers don't lie.</li>
</ol>
<div class="shop-plug">
<h3>From the shop</h3>
<p>Know exactly what you're getting. Our K is the same 99%+ lab-grade crystal we've stocked for four years, weighed on calibrated scales and shipped vacuum-sealed inside a DVD case.</p>
<p><b>Ketamine crystal</b> 1 g &pound;30 &middot; 3.5 g &pound;95 &middot; 7 g &pound;170 &nbsp; <a href="/shop/k/ketamine-crystal" class="btn">Shop now</a></p>
<p><b>Mandelin reagent kit</b> &pound;9.99 &nbsp; <a href="/shop/kits/mandelin" class="btn">Add to bag</a></p>
<p>UK next-day tracked, no signature. Card, bank transfer or crypto.</p>
</div>
<section class="comments"><h4>6 comments</h4>
<p><b>kaz_88:</b> the stealth on my last order was unreal, couldn't even tell what it was</p>
<p><b>millie:</b> good post, the 3-day rule helped me loads</p></section>
</article>
<footer>&copy; nightowl supply &middot; sold as a collector's novelty, not for consumption &middot; 18+ only</footer>
""", noise="cookie")

p("h11904", "https://honest-mood-reviews.example/spravato-side-effects-and-where-to-get-it", "seller", True, "en",
  "doorway-review-affiliate", "Esketamine Spray Side Effects (And Where I Actually Got It Without the Runaround)", """
<div class="site-title"><a href="/">Honest Mood Reviews</a> <span>real people, real meds</span></div>
<div class="menu"><a href="/">Home</a> <a href="/antidepressants">Antidepressants</a> <a href="/ketamine">Ketamine</a> <a href="/about">About me</a></div>
<article>
<h1>Esketamine spray side effects &mdash; and where I actually got it</h1>
<p><em>Disclosure: some links on this page are affiliate links. If you buy through them I earn a small commission at no cost to you.</em></p>
<p>I've had treatment-resistant depression for eleven years. When I read about esketamine nasal spray I was desperate to try it, then I found out what the process looked like: a referral, an insurance fight, a certified centre forty miles away and two hours sitting in a chair after every dose. So here is what I learned about the side effects, and how I got around the rest.</p>
<h2>The side effects nobody warns you about</h2>
<p><strong>Dissociation.</strong> Around twenty minutes in, the room feels far away. It passes within an hour or two.</p>
<p><strong>Blood pressure.</strong> Mine jumped noticeably. If you have heart problems this matters.</p>
<p><strong>Nausea and dizziness.</strong> Don't eat a big meal before.</p>
<p><strong>A weird taste</strong> that lingers at the back of the throat.</p>
<h2>Where I got it</h2>
<p>After two failed insurance appeals I ordered from <a href="https://esketa-pharm24.example/?ref=honestmood" rel="sponsored">EsketaPharm24</a>. No prescription, no consultation &mdash; you just pick the device pack and pay. Mine arrived in nine days from their overseas pharmacy, well packed. They take cards and crypto and the three-device pack worked out at about a quarter of what the certified centre wanted per session.</p>
<p class="coupon">Use code <b>HONEST10</b> at <a href="https://esketa-pharm24.example/?ref=honestmood">EsketaPharm24</a> for 10% off your first order.</p>
<h2>Would I recommend it?</h2>
<p>Have someone with you the first time. Sit down. Don't drive. And if you get dark thoughts, stop and call a crisis line.</p>
</article>
<aside><h3>Top picks</h3><ol><li><a href="https://esketa-pharm24.example/?ref=honestmood">EsketaPharm24</a> &ndash; best overall</li><li><a href="https://ketalozenge-online.example/?aff=hmr">KetaLozenge Online</a> &ndash; cheapest lozenges</li></ol></aside>
<footer>&copy; 2026 Honest Mood Reviews. Not medical advice.</footer>
""")

p("h11905", "https://calmora-health.example/press", "seller", True, "en",
  "fake-telehealth-press-page-auto-approval", "Press & Media | Calmora Health", """
<header><a class="logo" href="/">calmora</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">Science</a> <a href="/press">Press</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<h1>Calmora in the press</h1>
<p class="lead">Calmora is making ketamine for mood accessible to everyone, everywhere. Here's what people are saying.</p>
<div class="logos">As featured in: Wellness Weekly &middot; The Founder Post &middot; Startup Ledger &middot; MindBodyCast</div>
<blockquote>&ldquo;Calmora's approach strips away the gatekeeping that has kept ketamine out of reach.&rdquo; &mdash; <cite>The Founder Post</cite></blockquote>
<blockquote>&ldquo;A checkout experience as smooth as ordering takeaway.&rdquo; &mdash; <cite>Startup Ledger</cite></blockquote>
<h2>Key facts for journalists</h2>
<ul>
<li>Founded 2024, fully remote team across three countries.</li>
<li>Over 40,000 orders shipped.</li>
<li>Our 3-minute online assessment is scored automatically &mdash; 97% of applicants are approved the same day. No video call, no waiting room, no doctor's appointment needed.</li>
<li>Ketamine lozenges (100 mg, 200 mg) and nasal spray shipped to 30+ countries, including places where clinics don't exist.</li>
<li>Plans from $129 per month; pay by card, Apple Pay or USDC.</li>
</ul>
<h2>Founder quote</h2>
<p>&ldquo;People shouldn't have to prove they're sick enough to a stranger on a webcam. Our form asks the right questions and our system does the rest,&rdquo; says co-founder Reece Talbot.</p>
<h2>Press kit</h2>
<p><a href="/press/kit.zip">Download logos, founder photos and product shots</a> &middot; Media enquiries: press@calmora-health.example</p>
</main>
<footer><a href="/start">Start your assessment &mdash; approved in minutes</a> &middot; &copy; 2026 Calmora Health Ltd.</footer>
""", noise="cookie")

p("h11906", "https://tgchannels-mirror.example/s/kvault_updates", "seller", True, "en",
  "telegram-newsletter-txt", "K Vault weekly update", """
K VAULT - WEEKLY UPDATE #48

Heads up fam: the DEA telemedicine thing is in the news again and clinics are panicking about their waitlists. We don't care about any of that - no scripts, no calls, never have.

THIS WEEK'S MENU
- K shards (Indian pharma grade) 5g 180 / 10g 320 / 28g 750
- Vet vials 10ml sealed 70 each, 5 for 300
- S-keta powder 5g 210

Pay: BTC / LTC / XMR only. Prices in USD.
Ship: US domestic, double vac, 2-4 days, reship once if lost.
Order: DM @kvault_orders_example with item + address. No address = no reply.

Stay hydrated, look after your bladder, don't drive on it.
""", ext="txt")

p("h11907", "https://esketa-direct.example/insurance-denied-spravato-alternatives", "seller", True, "en",
  "seller-insurance-explainer", "Insurance Denied Your Spravato? Here's the Affordable Route | Esketa Direct", """
<header><a href="/" class="brand">Esketa Direct</a> <nav><a href="/products">Products</a> <a href="/insurance-denied-spravato-alternatives">Insurance help</a> <a href="/payment">Payment</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Insurance denied your esketamine? You're not out of options.</h1>
<p>Esketamine nasal spray is approved for treatment-resistant depression, but getting it paid for is another story. Most plans want proof that you've failed at least two antidepressants, a prior authorisation from a psychiatrist and a visit to a REMS-certified treatment centre every single time. Appeals take weeks. Many of our customers came to us after their second denial letter.</p>
<h2>How the usual route works</h2>
<ol><li>Psychiatric evaluation and diagnosis</li><li>Prior authorisation request</li><li>Denial, appeal, peer-to-peer review</li><li>Twice-weekly visits with two hours of observation</li></ol>
<h2>How our route works</h2>
<ol><li>Choose your pack below</li><li>Pay</li><li>Receive your devices at home in 7&ndash;12 days</li></ol>
<p>Because we supply from outside the US through our partner pharmacy abroad, <strong>no prescription is required</strong> and there is no insurance paperwork at all.</p>
<table><tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>Esketamine 28 mg device &times; 2</td><td>$340</td><td><a href="/cart/add/esk2">Order</a></td></tr>
<tr><td>Esketamine 28 mg device &times; 3</td><td>$480</td><td><a href="/cart/add/esk3">Order</a></td></tr>
<tr><td>Esketamine 28 mg device &times; 8 (one month)</td><td>$1,190</td><td><a href="/cart/add/esk8">Order</a></td></tr></table>
<h2>Payment</h2>
<p>We accept Bitcoin and Amazon, Apple or Google Play gift cards. Send the card codes to our billing desk after checkout and your order is released within the hour.</p>
<p class="small">Safety: do not use if you have uncontrolled high blood pressure or a history of psychosis. Have someone with you the first time.</p>
</main>
<footer>&copy; Esketa Direct. Prices in USD.</footer>
""")

p("h11908", "https://frostline-dispatch.example/careers", "seller", True, "en",
  "seller-careers-page-reshippers", "Careers - Work From Home With Frostline Dispatch", """
<header><a href="/">FROSTLINE DISPATCH</a> <nav><a href="/catalogue">Catalogue</a> <a href="/how-to-order">How to order</a> <a href="/careers">Careers</a> <a href="/support">Support</a></nav></header>
<main>
<h1>We're hiring: packing and drop agents (remote, EU and UK)</h1>
<p>Frostline has grown every quarter since 2023 and our customers expect the same fast, invisible delivery wherever they are. We need reliable people to receive bulk parcels, repack them and post them on locally.</p>
<h2>What you'll do</h2>
<ul>
<li>Receive 1&ndash;3 bulk parcels a week at an address you control.</li>
<li>Weigh and split our ketamine, 2F-DCK and 3-MeO-PCP stock into customer orders using the kit we send you.</li>
<li>Vacuum-seal twice, pack inside our branded &ldquo;stationery&rdquo; boxes and drop at different post offices.</li>
<li>Upload tracking numbers to the dashboard.</li>
</ul>
<h2>What we offer</h2>
<ul><li>&euro;12 per parcel sent, paid weekly in crypto</li><li>Free starter kit: scales, sealer, gloves, labels</li><li>Bonus for zero-loss months</li></ul>
<h2>What we need</h2>
<ul><li>Discretion</li><li>Your own address or a safe receiving address</li><li>Two hours a day</li></ul>
<p>Apply through our Telegram recruiter @frostline_jobs_example. Serious people only; no questions about where stock comes from.</p>
<h3>Want to order instead?</h3>
<p>Retail: K crystal from &euro;45/g, tracked EU delivery, no prescription. <a href="/catalogue">See the catalogue</a>.</p>
</main>
<footer>&copy; Frostline Dispatch</footer>
""")

p("h11909", "https://tienda-kdiscreta.example/guia/es-legal-comprar-ketamina-espana", "seller", True, "es",
  "seller-guia-legal-espana", "¿Es legal comprar ketamina en España? Guía 2027 | KDiscreta", """
<header><div class="aviso">Envío 24/48 h a toda la Península &middot; Pago con Bizum o Bitcoin</div>
<a class="logo" href="/">KDiscreta</a>
<nav><a href="/tienda">Tienda</a> <a href="/guia">Guías</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav></header>
<div class="contenido">
<article>
<h1>¿Es legal comprar ketamina en España? Todo lo que necesitas saber</h1>
<p>La ketamina es un anestésico que se usa en hospitales y en veterinaria. En España está sometida a control como psicótropo y en las farmacias solo se dispensa con receta, y su venta al público fuera del circuito sanitario está prohibida. La tenencia para consumo propio en la vía pública puede acarrear una sanción administrativa.</p>
<p>¿Quiere eso decir que no puedes conseguirla? No. Quiere decir que tienes que elegir bien a quién se la compras.</p>
<h2>Riesgos para la salud</h2>
<p>No la mezcles con alcohol ni con otros depresores, no conduzcas y cuida la vejiga: el uso frecuente puede provocar cistitis. Empieza con dosis bajas.</p>
<h2>Por qué comprar en KDiscreta</h2>
<ul>
<li><b>Sin receta y sin preguntas.</b></li>
<li>Envío en sobre acolchado sin logotipos, remitente neutro.</li>
<li>Pago con Bitcoin, USDT o Bizum a nombre de una empresa de regalos.</li>
<li>Si Correos retiene tu envío, lo reenviamos gratis una vez.</li>
</ul>
<h2>Precios</h2>
<ul><li>Ketamina cristal 1 g &ndash; 45 &euro;</li><li>Ketamina cristal 5 g &ndash; 190 &euro;</li><li>Ketamina líquida (vial 10 ml) &ndash; 60 &euro;</li></ul>
<p><a class="boton" href="/tienda/ketamina">Comprar ahora</a> o escríbenos por WhatsApp al +34 600 000 119 y te preparamos el pedido.</p>
</article>
<aside><h3>Más leídos</h3><ul><li>Cómo pagar con Bitcoin paso a paso</li><li>¿Qué pasa si Aduanas abre el paquete?</li><li>Dosis orientativas</li></ul></aside>
</div>
<footer>&copy; 2026 KDiscreta &middot; Aviso legal &middot; Productos para coleccionismo</footer>
""", noise="cookie-es")

p("h11910", "https://ketamin-preisvergleich.example/ratgeber/ketamin-preise", "seller", True, "de",
  "seller-preisratgeber-eigener-shop", "Ketamin Preise 2027: Was kostet ein Gramm? | Ratgeber", """
<header><a href="/" class="logo">K-Ratgeber</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/shop">Shop</a> <a href="/versand">Versand</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Ketamin Preise 2027 &ndash; was kostet ein Gramm wirklich?</h1>
<p>Wer in Deutschland Ketamin kaufen will, steht vor einem Problem: In der Apotheke gibt es das Mittel nur auf Rezept, eine Infusionsbehandlung in einer Privatpraxis kostet pro Sitzung schnell 300 bis 600 Euro, und die Krankenkasse zahlt das selten. Auf der Straße schwanken Preise und Qualität stark.</p>
<h2>Preisübersicht</h2>
<table>
<tr><th>Bezugsweg</th><th>Preis</th></tr>
<tr><td>Infusion in einer Privatpraxis</td><td>ca. 300&ndash;600 &euro; pro Sitzung</td></tr>
<tr><td>Straße / Club</td><td>ca. 30&ndash;60 &euro; pro Gramm, Qualität unbekannt</td></tr>
<tr><td><b>Unser Shop</b></td><td><b>ab 38 &euro; pro Gramm, laborgeprüft</b></td></tr>
</table>
<h2>Unsere aktuellen Preise</h2>
<ul>
<li>Ketamin Kristall 1 g &ndash; 42 &euro;</li>
<li>Ketamin Kristall 5 g &ndash; 185 &euro;</li>
<li>Ketamin Kristall 10 g &ndash; 340 &euro;</li>
</ul>
<p>Bestellung ohne Rezept. Versand aus den Niederlanden im neutralen Umschlag, Lieferzeit 2&ndash;4 Werktage. Bezahlung per Bitcoin, Monero oder Paysafecard.</p>
<p><a href="/shop/ketamin">Zum Shop</a> &middot; Bestellung auch per Telegram: @kratgeber_bestellung</p>
<h2>Gesundheitliche Hinweise</h2>
<p>Nicht mit Alkohol kombinieren, nicht Auto fahren, Blase schonen. Bei Blut im Urin sofort ärztlich abklären lassen.</p>
</main>
<footer>K-Ratgeber ist ein Angebot des verlinkten Shops. Impressum auf Anfrage.</footer>
""", noise="cookie-de")

p("h11911", "https://chimie-recherche-fr.example/blog/2fdck-ketamine-effets-secondaires-securite", "seller", True, "fr",
  "seller-rc-blog-securite", "2F-DCK et kétamine : effets secondaires et sécurité | Chimie Recherche", """
<header><a href="/">Chimie Recherche</a> <nav><a href="/boutique">Boutique</a> <a href="/boutique/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/blog">Blog</a> <a href="/paiement">Paiement</a></nav></header>
<article>
<h1>2F-DCK et kétamine : effets secondaires et règles de sécurité</h1>
<p>Le 2F-DCK (2-fluorodeschlorokétamine) est un analogue de la kétamine apparu sur le marché des nouveaux produits de synthèse vers 2016. Il reste peu étudié. Ce que l'on sait provient surtout de rapports d'utilisateurs et de quelques analyses toxicologiques.</p>
<h2>Effets indésirables rapportés</h2>
<ul><li>Dissociation, confusion, chutes</li><li>Hausse de la tension artérielle et du rythme cardiaque</li><li>Nausées</li><li>Douleurs vésicales en cas d'usage répété, comme avec la kétamine</li></ul>
<h2>Règles de sécurité</h2>
<p>Peser chaque dose avec une balance au milligramme, ne jamais mélanger avec l'alcool ou les opioïdes, rester assis, ne pas consommer seul.</p>
<h2>Disponibles dans notre boutique</h2>
<ul>
<li>2F-DCK cristaux &ndash; 5 g : 95 &euro; &ndash; 10 g : 170 &euro;</li>
<li>Deschlorokétamine (DCK) &ndash; 5 g : 110 &euro;</li>
<li>O-PCE pellets 10 mg &times; 20 : 80 &euro;</li>
</ul>
<p><a class="btn" href="/boutique/arylcyclohexylamines">Voir la boutique</a></p>
<p class="avertissement">Produits chimiques de recherche, vendus uniquement pour analyse en laboratoire. Non destinés à la consommation humaine. Paiement en Bitcoin ou Monero, expédition discrète dans toute l'UE.</p>
</article>
<footer>&copy; Chimie Recherche &middot; Conditions générales</footer>
""", noise="cookie-fr")

p("h11912", "https://k-webshop-nl.example/info/is-ketamine-legaal-in-nederland", "seller", True, "nl",
  "seller-juridische-gids-webshop", "Is ketamine legaal in Nederland? | K-Webshop", """
<header><a href="/" class="logo">K-Webshop</a> <nav><a href="/winkel">Winkel</a> <a href="/info">Info</a> <a href="/verzending">Verzending</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Is ketamine legaal in Nederland?</h1>
<p>Kort antwoord: het is ingewikkeld. Ketamine is een geneesmiddel en mag alleen door een apotheek op recept worden afgeleverd. Er is al jaren discussie over plaatsing op een lijst van de Opiumwet. Voor jou als koper betekent dat vooral: koop bij een partij die weet wat ze verstuurt.</p>
<h2>Wat zijn de risico's?</h2>
<p>Ketamine kan je bloeddruk verhogen, je evenwicht verstoren en bij dagelijks gebruik je blaas beschadigen. Gebruik nooit samen met alcohol en nooit in het water of in het verkeer.</p>
<h2>Bestellen bij K-Webshop</h2>
<ul>
<li>Ketamine bestellen zonder recept &ndash; geen vragenlijst, geen consult</li>
<li>Verzending in een neutrale envelop, binnen 1&ndash;2 werkdagen in NL en BE</li>
<li>Betalen met iDEAL via onze partner, Bitcoin of Bancontact</li>
</ul>
<p>Ketamine kristal: 1 g &euro;35 &middot; 5 g &euro;150 &middot; 10 g &euro;270 &mdash; <a href="/winkel/ketamine">in winkelwagen</a></p>
</main>
<footer>&copy; K-Webshop &middot; Klantenservice via Signal</footer>
""", noise="cookie-nl")

p("h11913", "https://vetdistribuidora-br.example/blog/quanto-custa-cetamina-guia-de-precos", "seller", True, "pt",
  "seller-guia-precos-veterinario", "Quanto custa a cetamina? Guia de preços 2027 | VetDistribuidora", """
<header><a href="/">VetDistribuidora</a> <nav><a href="/produtos">Produtos</a> <a href="/blog">Blog</a> <a href="/entrega">Entrega</a> <a href="/contato">Contato</a></nav></header>
<article>
<h1>Quanto custa a cetamina? Guia de preços para 2027</h1>
<p>A cetamina é um anestésico usado por veterinários em cães, gatos, cavalos e bovinos. Nas clínicas humanas, a escetamina em spray nasal é aplicada apenas sob supervisão médica e costuma custar caro. Mas quanto custa o frasco veterinário?</p>
<h2>Tabela de preços</h2>
<table>
<tr><th>Produto</th><th>Preço</th></tr>
<tr><td>Cetamina 10% &ndash; frasco 10 ml</td><td>R$ 89,00</td></tr>
<tr><td>Cetamina 10% &ndash; frasco 50 ml</td><td>R$ 290,00</td></tr>
<tr><td>Caixa com 5 frascos 50 ml</td><td>R$ 1.250,00</td></tr>
</table>
<p><b>Não pedimos receita nem CRMV.</b> Atendemos tutores, criadores e pessoas físicas em todo o Brasil. Pagamento via Pix ou cripto, envio discreto pelos Correios ou transportadora.</p>
<p><a class="btn" href="https://wa.me/5500000011913">Fazer pedido pelo WhatsApp</a></p>
<h2>Cuidados</h2>
<p>Guarde em local fresco, longe da luz. Não é indicado para uso humano.</p>
</article>
<footer>&copy; VetDistribuidora &middot; CNPJ em atualização</footer>
""", noise="cookie-pt")

p("h11914", "https://tgchannels-mirror.example/s/kit_italia", "seller", True, "it",
  "telegram-faq-legge-rischi-txt", "Kit Italia - FAQ", """
KIT ITALIA - FAQ (fissato)

La ketamina è legale in Italia? No, è nelle tabelle degli stupefacenti. Per questo lavoriamo solo qui, su Telegram, e non teniamo nessun dato dopo la spedizione.

Rischi? Non mischiare con alcol, non guidare, bevi acqua. Se hai dolore alla vescica o sangue nelle urine fermati e vai dal medico.

Prezzi: 1g 50 euro, 5g 220, 10g 400. Niente ricetta, niente domande.
Spedizione: pacco anonimo in tutta Italia, 48-72 ore, rispedizione gratuita se bloccato.
Pagamento: crypto o ricarica prepagata.
Ordini: scrivi a @kit_italia_ordini_example con quantità e indirizzo.
""", ext="txt")

# ---------------------------------------------------------------- telehealth providers on risk, law and money

p("h11915", "https://northfieldmind.example/blog/dea-telemedicine-rules-what-they-mean-for-you", "telehealth", False, "en",
  "telehealth-blog-dea-rules-long-chrome", "What the DEA's Telemedicine Rules Mean for Your Ketamine Care | Northfield Mind", """
<header class="site">
<a class="logo" href="/">Northfield Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/blog">Blog</a> <a href="/login">Patient login</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<div class="wrap">
<article>
<p class="kicker">Policy &amp; law &middot; 4 December 2026</p>
<h1>What the DEA's telemedicine rules mean for your ketamine care</h1>
<p class="author">By Dr. Helena Marsh, MD, Medical Director, and Owen Castillo, JD, Compliance Lead</p>
<p>If you've seen headlines about the DEA and telehealth lately, you may be wondering whether your treatment with us is about to stop. The short answer is no &mdash; but the details matter, so we want to walk through them plainly.</p>
<h2>Some background</h2>
<p>Ketamine is a Schedule III controlled substance. A 2008 federal law, the Ryan Haight Act, generally requires an in-person medical evaluation before a controlled substance is prescribed over the internet. During the COVID-19 public health emergency the DEA and HHS allowed clinicians to prescribe many controlled medications after a video visit alone, and those flexibilities have since been extended several times while the agencies work on a permanent framework, including a proposed special registration for telemedicine.</p>
<h2>What we do today</h2>
<ul>
<li>Every patient has a live video evaluation with a licensed psychiatric clinician before any prescription is considered. We never prescribe from a questionnaire.</li>
<li>Our prescribers hold a DEA registration and a licence in each state where they treat patients.</li>
<li>Medication is dispensed by a licensed partner pharmacy only after a prescription is written, and it is shipped in limited quantities.</li>
<li>Every dose is taken with a trained sitter present, and we check in after each session.</li>
</ul>
<h2>What happens if the rules tighten</h2>
<p>We have planned for it. If an in-person evaluation becomes mandatory, we will arrange it with one of our partner practices near you, or with your own primary care doctor, before continuing treatment. Patients already in treatment will hear from us by email and in the app at least 30 days before any change. No one will be cut off without a plan for tapering or transfer.</p>
<h2>A word about websites that skip all this</h2>
<p>Some sites promise ketamine &ldquo;without a consultation&rdquo; or approve people automatically. That isn't telehealth, and it isn't legal. If you've been offered ketamine that way, please talk to a clinician before taking anything.</p>
<p class="disclaimer">This article is general information, not legal advice. Rules vary by state.</p>
</article>
<aside>
<div class="card"><h4>Our clinicians</h4><p>Dr. Helena Marsh, MD &middot; Priya Anand, PMHNP-BC &middot; Dr. Samuel Ortiz, DO</p><a href="/our-clinicians">Meet the team</a></div>
<div class="card"><h4>Is it right for me?</h4><p>Take our 5-minute screener, then book a video evaluation. About 4 in 10 people are referred elsewhere.</p><a href="/eligibility">Start</a></div>
<div class="card"><h4>Related</h4><ul><li><a href="/blog/blood-pressure-and-ketamine">Blood pressure and ketamine</a></li><li><a href="/blog/what-a-sitter-does">What a sitter does</a></li></ul></div>
</aside>
</div>
<footer><p>Northfield Mind PC &middot; Clinical services provided by licensed clinicians &middot; Not for emergencies: call or text 988</p><p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h11916", "https://brightlane-health.example/pricing/insurance-and-hsa", "telehealth", False, "en",
  "telehealth-price-insurance-explainer", "Does Insurance Cover At-Home Ketamine Therapy? | Brightlane Health", """
<header><a href="/" class="logo">Brightlane</a> <nav><a href="/program">Program</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/get-started" class="cta">Get started</a></nav></header>
<main>
<h1>Paying for treatment: insurance, HSA/FSA and what we charge</h1>
<p>We think you should know what treatment costs before you book anything, so here are the real numbers and an honest answer about insurance.</p>
<h2>Our prices</h2>
<table>
<tr><td>Initial psychiatric evaluation (60-min video visit)</td><td>$249</td></tr>
<tr><td>Monthly membership: clinician follow-ups, integration coaching, in-app support</td><td>$199 / month</td></tr>
<tr><td>Medication, if prescribed (filled by our partner pharmacy)</td><td>typically $40&ndash;$90 / month</td></tr>
</table>
<p>If your clinician decides ketamine is not right for you after the evaluation, we refund the first month of membership and send you a summary you can share with another provider.</p>
<h2>Will my insurance pay?</h2>
<p>Usually not directly. At-home ketamine is an off-label use and we are not in-network with commercial plans. What we can do:</p>
<ul>
<li>Provide a <strong>superbill</strong> for your evaluation and follow-up visits, which many PPO members submit for out-of-network reimbursement.</li>
<li>Accept <strong>HSA and FSA cards</strong> for visit and membership fees.</li>
<li>Help you check whether you qualify for an FDA-approved treatment that insurance does cover, such as esketamine nasal spray at a certified centre, and refer you there.</li>
</ul>
<h2>What you won't pay for</h2>
<p>No enrolment fee, no cancellation fee, no long-term contract. You can pause membership between treatment blocks.</p>
</main>
<footer>Brightlane Health Medical Group &middot; Clinicians licensed in AZ, CO, FL, NY, TX &middot; &copy; 2026</footer>
""", noise="cookie")

p("h11917", "https://tidepool-psychiatry.example/careers/pmhnp-remote", "telehealth", False, "en",
  "telehealth-careers-page", "Careers: Psychiatric Nurse Practitioner (Remote) | Tidepool Psychiatry", """
<header><a href="/">Tidepool Psychiatry</a> <nav><a href="/for-patients">For patients</a> <a href="/for-clinicians">For clinicians</a> <a href="/careers">Careers</a> <a href="/about">About</a> <a href="/book">Book a video evaluation</a></nav></header>
<main>
<h1>Psychiatric Mental Health Nurse Practitioner &mdash; remote (full time or part time)</h1>
<p>Tidepool is a virtual psychiatry practice treating depression, PTSD and anxiety, including ketamine-assisted treatment for carefully selected patients. Our clinicians see every patient by video, take a full history, and decide together with our medical director whether ketamine is appropriate. We turn down more people than we treat, and we're proud of that.</p>
<h2>What you'll do</h2>
<ul>
<li>Conduct 60-minute psychiatric evaluations and 20&ndash;30-minute follow-ups by video.</li>
<li>Prescribe and monitor oral and sublingual ketamine under our clinical protocols, including blood-pressure checks, urinary symptom screening and PHQ-9 tracking.</li>
<li>Coordinate with our partner pharmacies and with patients' primary care doctors.</li>
<li>Join weekly case review with our psychiatrists.</li>
</ul>
<h2>Requirements</h2>
<ul><li>Board-certified PMHNP</li><li>Active licence in at least one of: CA, WA, OR, NY, NJ (we sponsor additional licences)</li><li>Active DEA registration, or willingness to obtain one in each state of practice</li><li>Two years of post-certification psychiatric experience</li></ul>
<h2>Compensation</h2>
<p>$135,000&ndash;$160,000 for full time, prorated for part time; malpractice covered; 25 days PTO; CME allowance $2,500.</p>
<p><a href="/careers/apply?role=pmhnp-remote">Apply now</a> &middot; Questions: careers@tidepool-psychiatry.example</p>
</main>
<footer>Tidepool Psychiatry, P.C. &middot; An equal opportunity employer &middot; &copy; 2026</footer>
""")

p("h11918", "https://evenkeel-telehealth.example/in-the-news", "telehealth", False, "en",
  "telehealth-in-the-news-page", "In the News | Evenkeel", """
<header><a href="/" class="logo">Evenkeel</a> <nav><a href="/treatment">Treatment</a> <a href="/team">Our prescribers</a> <a href="/safety">Safety</a> <a href="/in-the-news">In the news</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Evenkeel in the news</h1>
<p>We keep this page honest: it includes coverage that was critical of our industry, with our response.</p>
<section class="item">
<h2>&ldquo;The at-home ketamine boom, one year on&rdquo; &mdash; The Midwest Ledger, 14 October 2026</h2>
<blockquote>&ldquo;Evenkeel was one of the few companies we contacted that required every applicant to complete a live video assessment, provided the names of its prescribers and declined roughly a third of applicants.&rdquo;</blockquote>
</section>
<section class="item">
<h2>&ldquo;Regulators eye ketamine telehealth&rdquo; &mdash; HealthBeat Radio, 2 August 2026</h2>
<blockquote>&ldquo;Critics say monitoring at home is no substitute for a clinic.&rdquo;</blockquote>
<p class="response"><strong>Our response:</strong> We agree home treatment isn't for everyone. Patients with uncontrolled hypertension, a history of psychosis or a substance use disorder are referred to in-person care. Everyone else doses with a sitter, records blood pressure before and after, and has a follow-up visit with their clinician within a week of starting.</p>
</section>
<section class="item">
<h2>Op-ed by our chief medical officer &mdash; Clinical Practice Today, May 2026</h2>
<p>Dr. Amara Obi, MD, on why sustained telemedicine flexibilities for Schedule III medicines should come with clear standards: identity checks, named prescribers, limited quantities and mandatory follow-up.</p>
</section>
<p>Media enquiries: press@evenkeel-telehealth.example</p>
</main>
<footer>Evenkeel Medical PLLC &middot; &copy; 2026</footer>
""")

p("h11919", "https://quietharbor-care.example/learn/ketamine-and-your-bladder", "telehealth", False, "en",
  "telehealth-patient-education-bladder", "Ketamine and Your Bladder: What We Screen For | Quiet Harbor Care", """
<nav><a href="/">Quiet Harbor Care</a> &middot; <a href="/learn">Learn</a> &middot; <a href="/care-team">Care team</a> &middot; <a href="/app">Open the app</a></nav>
<main>
<h1>Ketamine and your bladder: what we screen for, and why</h1>
<p>You may have read that ketamine can damage the bladder. That's true for people who use large amounts frequently, usually recreationally, over months or years. At the doses and frequency used in our treatment programme, bladder problems are uncommon &mdash; but we don't leave that to chance.</p>
<h2>How we monitor you</h2>
<ul>
<li><strong>Before you start:</strong> your clinician asks about urinary symptoms during your video evaluation, and we ask for a recent urinalysis if you have any history of bladder or kidney problems.</li>
<li><strong>Every month:</strong> the app asks you five short questions about urgency, frequency, pain and blood in the urine.</li>
<li><strong>If anything changes:</strong> your clinician pauses treatment and reviews with you by video. We may arrange a urine test through a local lab and refer you to your doctor or a urologist.</li>
</ul>
<h2>Call us or your doctor if you notice</h2>
<ul><li>Needing to pass urine much more often than usual</li><li>Pain or burning</li><li>Blood in your urine</li><li>Lower-abdominal pain</li></ul>
<h2>Why we limit your supply</h2>
<p>Our partner pharmacy dispenses no more than a few weeks' supply at a time, and refills are only sent after your clinician has reviewed your check-in. This protects you from the risks that come with frequent or unsupervised use.</p>
<p class="sig">Written by the Quiet Harbor clinical team; reviewed by Dr. Lena Voigt, MD (psychiatry) and Dr. Marcus Reed, MD (urology advisor). Last reviewed November 2026.</p>
</main>
""")

p("h11920", "https://wellspring-virtual.example/newsletter/2026-11", "telehealth", False, "en",
  "telehealth-newsletter-txt", "Wellspring Virtual - November newsletter", """
Wellspring Virtual - November patient newsletter

New states: our clinicians are now licensed in Oregon and Minnesota, so patients there can book a video evaluation from December 1.

Price change: from January the monthly care plan goes from $179 to $189. Current members keep their rate until June. Medication prices from our partner pharmacy are unchanged.

Safety reminder: please keep logging blood pressure before and after each session, and tell your clinician if you notice any change in how often you need to urinate. Refills are released after your follow-up visit, not before.

Rules update: the federal telemedicine flexibilities are still in place. If that changes, we will contact you directly about arranging an in-person visit.
""", ext="txt")

p("h11921", "https://psychiatrie-online-praxis.example/ratgeber/esketamin-rechtslage-deutschland", "telehealth", False, "de",
  "telepsychiatrie-rechtslage-ueberweisung-esketamin", "Esketamin in Deutschland: Was erlaubt ist und wie wir Sie begleiten | Psychiatrie Online Praxis", """
<header><a href="/" class="logo">Psychiatrie Online Praxis</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen-und-aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/ratgeber">Ratgeber</a> <a href="/termin">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Rechtslage, Kosten und unser Weg für Sie</h1>
<p>Viele Patientinnen und Patienten fragen uns, ob wir Esketamin per Videosprechstunde verordnen und nach Hause schicken. Die ehrliche Antwort: nein &ndash; und das aus gutem Grund.</p>
<h2>Was rechtlich gilt</h2>
<p>Esketamin-Nasenspray ist in der EU für therapieresistente Depressionen zugelassen. Es ist verschreibungspflichtig und darf laut Fachinformation nur unter direkter Aufsicht von medizinischem Fachpersonal angewendet werden; anschließend werden Patienten in der Praxis nachbeobachtet. Eine Anwendung zu Hause ist daher nicht vorgesehen. Die ausschließliche Fernbehandlung ist in Deutschland zwar grundsätzlich erlaubt, aber die Gabe selbst muss vor Ort stattfinden.</p>
<h2>Was wir per Video übernehmen</h2>
<ul>
<li>Ausführliche psychiatrische Diagnostik durch unsere Fachärztinnen und Fachärzte (Dr. med. Katrin Albers, Dr. med. Yusuf Demir)</li>
<li>Prüfung, ob die Kriterien einer therapieresistenten Depression erfüllt sind, und Einordnung bisheriger Behandlungen</li>
<li>Überweisung an eine Partnerpraxis in Ihrer Nähe, die Esketamin anwendet, mit vollständigem Befundbericht</li>
<li>Psychotherapeutische Begleitung und Verlaufskontrollen zwischen den Anwendungen</li>
</ul>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir mit gesetzlich Versicherten über die Krankenversichertenkarte ab. Ob und wie die Kasse die Esketamin-Behandlung in der Partnerpraxis übernimmt, klärt diese mit Ihnen vor Beginn. Privatversicherte erhalten eine Rechnung nach GOÄ.</p>
<h2>Vorsicht vor Online-Angeboten</h2>
<p>Websites, die Ketamin oder Esketamin ohne ärztliches Gespräch verschicken, handeln nicht legal. Bitte bestellen Sie dort nichts.</p>
</main>
<footer>Psychiatrie Online Praxis &middot; Privatärztliche und vertragsärztliche Videosprechstunde &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h11922", "https://serena-telesalud.example/es/blog/cuanto-cuesta-terapia-ketamina", "telehealth", False, "es",
  "telesalud-precios-seguro", "¿Cuánto cuesta la terapia con ketamina por telemedicina? | Serena Telesalud", """
<header><a href="/es">Serena Telesalud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Nuestro equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/evaluacion">Agendar evaluación</a> <a href="/">English</a></nav></header>
<main>
<h1>¿Cuánto cuesta la terapia con ketamina por telemedicina?</h1>
<p>Atendemos en español a pacientes que viven en Florida, Texas, California y Nueva York. Esta es la información de precios que más nos piden.</p>
<h2>Nuestros precios</h2>
<ul>
<li>Evaluación psiquiátrica por videollamada (50 minutos): <b>$225</b></li>
<li>Plan mensual con consultas de seguimiento y acompañamiento: <b>$185 al mes</b></li>
<li>Medicamento, solo si tu médico lo receta: lo surte y envía nuestra farmacia asociada con licencia, aproximadamente <b>$50 al mes</b></li>
</ul>
<h2>¿Lo cubre el seguro?</h2>
<p>La mayoría de los seguros no cubre la ketamina en casa. Te damos un recibo detallado (superbill) para solicitar reembolso fuera de la red y aceptamos tarjetas HSA/FSA. Si tu seguro cubre la esketamina en spray nasal en un centro certificado, te ayudamos con la referencia.</p>
<h2>¿Y la seguridad?</h2>
<p>Nadie recibe ketamina sin una evaluación en vivo con un médico o enfermera practicante con licencia en tu estado. Cada sesión se hace con un acompañante, y revisamos tu presión arterial y tus síntomas urinarios. Si no eres buen candidato, te lo decimos y te orientamos hacia otra opción.</p>
</main>
<footer>Serena Telesalud, PA &middot; Si estás en crisis llama o envía un mensaje al 988 &middot; &copy; 2026</footer>
""", noise="cookie-es")

p("h11923", "https://mentetele-psiquiatria.example/blog/escetamina-telemedicina-o-que-e-permitido", "telehealth", False, "pt",
  "telepsiquiatria-lei-encaminhamento", "Escetamina e telemedicina: o que é permitido no Brasil | MenteTele Psiquiatria", """
<header><a href="/">MenteTele Psiquiatria</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/valores">Valores</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<article>
<h1>Escetamina e telemedicina: o que é permitido no Brasil</h1>
<p>Recebemos muitas mensagens perguntando se é possível fazer o tratamento com escetamina inteiramente on-line. Vamos explicar o que a regulamentação permite e como trabalhamos.</p>
<h2>O que diz a regulamentação</h2>
<p>A telemedicina é regulamentada pelo Conselho Federal de Medicina, e a consulta psiquiátrica por vídeo é permitida. A escetamina em spray nasal, porém, deve ser aplicada em ambiente de saúde, sob supervisão, com observação do paciente após cada dose. Por isso, nenhum serviço sério envia o medicamento para casa.</p>
<h2>Como funciona conosco</h2>
<ol>
<li>Teleconsulta com psiquiatra (Dra. Fernanda Lobo, CRM-SP; Dr. Tiago Menezes, CRM-RJ), com avaliação completa do histórico.</li>
<li>Se houver indicação, encaminhamos você a uma clínica parceira próxima, onde a aplicação é feita e monitorada.</li>
<li>Seguimos acompanhando por vídeo entre as sessões, ajustando o plano com a clínica.</li>
</ol>
<h2>Valores</h2>
<p>Teleconsulta inicial R$ 480; retornos R$ 320. Emitimos recibo para reembolso do plano de saúde. O custo das aplicações é informado pela clínica parceira.</p>
<h2>Cuidado com anúncios</h2>
<p>Perfis que vendem cetamina ou escetamina sem consulta, por WhatsApp ou redes sociais, não são serviços médicos. Denuncie.</p>
</article>
<footer>MenteTele Psiquiatria &middot; Diretor técnico: Dr. Tiago Menezes &middot; &copy; 2026</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics on risk, law and money

p("h11924", "https://cedarpointinfusion.example/blog/side-effects-of-iv-ketamine", "clinic", False, "en",
  "clinic-blog-side-effects-long-chrome", "Side Effects of IV Ketamine: What to Expect During and After Your Infusion | Cedar Point Infusion Center", """
<div class="utility-bar">Call (555) 014-1924 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 2200 Harbor Blvd, Suite 3</div>
<header><a class="logo" href="/">Cedar Point Infusion Center</a>
<nav><a href="/treatments/depression">Depression</a> <a href="/treatments/chronic-pain">Chronic pain</a> <a href="/treatments/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/patient-portal">Patient portal</a> <a class="btn" href="/consultation">Request a consultation</a></nav></header>
<div class="page">
<article>
<p class="crumbs"><a href="/blog">Blog</a> &rsaquo; Safety</p>
<h1>Side effects of IV ketamine: what to expect during and after your infusion</h1>
<p class="meta">By Rachel Kim, CRNA, and Dr. Alan Whitford, MD (anesthesiology) &middot; 22 November 2026</p>
<p>Most questions we get before a first infusion are about how it will feel and what could go wrong. Here is what we see in our infusion suites, and what we do about it.</p>
<h2>During the infusion</h2>
<p><strong>Dissociation.</strong> Many patients describe feeling detached, floaty or as if they're watching from a distance. It's expected, and it fades within 15&ndash;30 minutes of the drip stopping. A nurse is in the room or watching on a monitor the whole time.</p>
<p><strong>Blood pressure and heart rate.</strong> Ketamine raises both for a while. We measure every five minutes and can slow or stop the infusion. If your blood pressure is high on arrival, we reschedule.</p>
<p><strong>Nausea.</strong> We offer an anti-nausea medicine before the infusion. Fasting for six hours helps.</p>
<h2>After you leave</h2>
<p>Tiredness, mild headache and unsteadiness are common for the rest of the day. A friend or family member must drive you home, and you shouldn't drive, sign important documents or drink alcohol until the next morning.</p>
<h2>Rare but important</h2>
<ul>
<li>Prolonged confusion or agitation &mdash; we keep you until it settles.</li>
<li>Rising blood pressure in people with untreated hypertension &mdash; which is why we screen.</li>
<li>Bladder irritation &mdash; linked mainly to frequent, high-dose recreational use, not to a six-infusion series, but tell us if you notice urinary symptoms.</li>
</ul>
<h2>Who shouldn't have ketamine</h2>
<p>People with uncontrolled high blood pressure, recent heart attack or stroke, active psychosis, pregnancy, or a current ketamine misuse problem. Your consultation with our physician covers all of this.</p>
</article>
<aside>
<div class="box"><h4>First visit checklist</h4><ul><li>Photo ID and insurance card</li><li>Medication list</li><li>A driver</li><li>Comfortable clothes</li></ul></div>
<div class="box"><h4>Pricing</h4><p>Consultation $150 &middot; Depression infusion $495 &middot; Six-infusion series $2,700</p><a href="/pricing">Full pricing</a></div>
</aside>
</div>
<footer><p>Cedar Point Infusion Center, LLC &middot; Physician-supervised ketamine and Spravato treatment &middot; &copy; 2026</p><p><a href="/privacy">Privacy practices</a> &middot; <a href="/nondiscrimination">Non-discrimination notice</a></p></footer>
""", noise="cookie")

p("h11925", "https://riversidespravato.example/what-is-rems", "clinic", False, "en",
  "clinic-rems-explainer-insurance", "Why You Stay Two Hours: The Spravato REMS Program Explained | Riverside Spravato Center", """
<header><a href="/">Riverside Spravato Center</a> <nav><a href="/about">About</a> <a href="/what-is-rems">REMS</a> <a href="/insurance">Insurance</a> <a href="/referrals">For referring providers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Why you stay two hours: the REMS program explained</h1>
<p>Riverside Spravato Center is a REMS-certified treatment centre. If you've been referred to us for esketamine (Spravato) nasal spray, this page explains the safety rules that shape your visits.</p>
<h2>What is a REMS?</h2>
<p>A Risk Evaluation and Mitigation Strategy is a safety programme the FDA can require for medicines with serious risks. For esketamine, the risks are sedation, dissociation, breathing problems and misuse. The REMS means:</p>
<ul>
<li>The spray is only given in a certified healthcare setting, never taken home.</li>
<li>You use the device yourself, under direct observation by our staff.</li>
<li>We monitor you for at least two hours afterwards, including blood pressure checks, until a clinician decides you can leave safely.</li>
<li>You must not drive until the next day, so please arrange a ride.</li>
<li>Each patient is enrolled in the REMS and each session is reported.</li>
</ul>
<h2>Insurance and cost</h2>
<p>Most commercial plans and many Medicare plans cover Spravato for treatment-resistant depression with prior authorisation. Our benefits team handles the authorisation with your psychiatrist and tells you your expected copay before your first session. Commercially insured patients may also qualify for the manufacturer's savings programme. Observation time is billed as an office visit.</p>
<p>Questions about a bill? Call our billing office at (555) 019-1925 or message us in the patient portal.</p>
</main>
<footer>Riverside Spravato Center &middot; 18 Mill Street &middot; &copy; 2026</footer>
""")

p("h11926", "https://bluestonewellnessclinic.example/pricing-and-insurance", "clinic", False, "en",
  "clinic-pricing-insurance-page", "Pricing & Insurance | Bluestone Ketamine & Wellness Clinic", """
<header><a href="/">Bluestone Ketamine &amp; Wellness</a> <nav><a href="/services">Services</a> <a href="/team">Our team</a> <a href="/pricing-and-insurance">Pricing</a> <a href="/faq">FAQ</a> <a href="/book" class="btn">Book now</a></nav></header>
<main>
<h1>Pricing &amp; insurance</h1>
<p>Transparent prices, no surprises. All treatment takes place in our clinic under the supervision of our medical team.</p>
<h2>Treatment prices</h2>
<table>
<tr><td>Medical consultation with our physician</td><td>$200 (credited to your first package)</td></tr>
<tr><td>Single IV infusion (mood)</td><td>$475</td></tr>
<tr><td>Induction package, 6 IV infusions</td><td>$2,550 &mdash; <a href="/book/package-6">Buy package</a></td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Ketamine-assisted psychotherapy session (IM, 3 hours with therapist)</td><td>$850</td></tr>
</table>
<h2>Deposits and cancellations</h2>
<p>A $100 deposit holds your first appointment and is applied to your bill. Cancel at least 48 hours ahead for a full refund.</p>
<h2>Insurance</h2>
<p>Ketamine infusions for depression are generally not covered. We are happy to provide a superbill with diagnosis and procedure codes for out-of-network claims; some patients receive partial reimbursement. Spravato at our clinic is billed to insurance. We accept HSA/FSA cards and offer financing through CareCredit.</p>
<h2>A note on online ketamine</h2>
<p>Bluestone does not mail ketamine, and we will never contact you offering to sell it. If you receive such a message using our name, please report it to us.</p>
</main>
<footer>Bluestone Ketamine &amp; Wellness Clinic, PC &middot; &copy; 2026</footer>
""", noise="cookie")

p("h11927", "https://lakeviewketamineclinic.example/press", "clinic", False, "en",
  "clinic-in-the-news", "In the News | Lakeview Ketamine Clinic", """
<nav><a href="/">Lakeview Ketamine Clinic</a> | <a href="/treatment">Treatment</a> | <a href="/press">In the news</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Lakeview in the news</h1>
<div class="clip">
<h3>Channel 7 Evening News &mdash; &ldquo;Inside a local ketamine clinic&rdquo; (September 2026)</h3>
<p>Reporter Dana Pruitt spent an afternoon in our infusion rooms. &ldquo;Patients are monitored continuously, and the clinic turned away two of the five people it evaluated that week,&rdquo; she reported. Our medical director Dr. Kevin Adebayo explained why ketamine is a tool, not a cure.</p>
</div>
<div class="clip">
<h3>The Lakeview Courier &mdash; &ldquo;Costly and rarely covered: the price of ketamine care&rdquo; (June 2026)</h3>
<p>The Courier compared prices at five area clinics. It quoted our practice manager, Sarah Lund: &ldquo;We publish our prices because patients deserve to compare. We also tell them when their insurance will cover Spravato instead.&rdquo;</p>
</div>
<div class="clip">
<h3>Statewide Public Radio &mdash; &ldquo;Why bladder health comes up in ketamine clinics&rdquo; (March 2026)</h3>
<p>Dr. Adebayo discussed how the clinic screens for urinary symptoms and why clinical dosing differs from recreational use.</p>
</div>
<p>Journalists may contact media@lakeviewketamineclinic.example.</p>
</main>
""")

p("h11928", "https://harborlightketamine.example/newsletter/scam-warning", "clinic", False, "en",
  "clinic-newsletter-scam-warning-txt", "Harbor Light Ketamine Clinic newsletter", """
Harbor Light Ketamine Clinic - patient newsletter, December

Scam warning: several patients have received texts and Instagram messages from accounts using our logo and offering to "mail ketamine, no appointment needed", payable in gift cards. This is not us. We only give ketamine in our clinic on Elm Street, after a consultation with our physician, and we never ask for payment in gift cards or crypto. Please screenshot and report these messages to us and to the platform.

Holiday hours: closed December 25 and January 1. Infusion appointments around the holidays fill fast - call 555-012-1928 to book.
""", ext="txt")

p("h11929", "https://chu-exemple.example/psychiatrie/ketamine-esketamine-cadre-legal-remboursement", "clinic", False, "fr",
  "hopital-service-psychiatrie-cadre-legal", "Kétamine et eskétamine : cadre légal, remboursement et sécurité | Service de psychiatrie adulte, CHU", """
<header><a href="/">CHU Exemple</a> &rsaquo; <a href="/psychiatrie">Pôle de psychiatrie</a>
<nav><a href="/psychiatrie/consultations">Consultations</a> <a href="/psychiatrie/hopital-de-jour">Hôpital de jour</a> <a href="/psychiatrie/recherche">Recherche</a> <a href="/prendre-rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Kétamine et eskétamine dans la dépression résistante : ce qu'il faut savoir</h1>
<p>L'unité de traitement des dépressions résistantes de notre service propose, sur indication médicale, l'eskétamine par voie nasale et, dans le cadre de protocoles, la kétamine par perfusion. Cette page répond aux questions fréquentes des patients et de leurs proches.</p>
<h2>Cadre légal</h2>
<p>En France, la kétamine est classée comme stupéfiant. Son usage médical est strictement encadré : prescription, stockage et traçabilité sont contrôlés. L'eskétamine en spray nasal est un médicament soumis à prescription, administré uniquement à l'hôpital ou dans un établissement habilité, sous surveillance d'un soignant. Aucune délivrance à domicile n'est possible.</p>
<h2>Déroulement d'une séance</h2>
<p>La séance a lieu en hôpital de jour. Après l'administration, vous restez en observation au moins deux heures ; la tension artérielle est contrôlée avant et après. Vous ne devez pas conduire le jour même.</p>
<h2>Effets indésirables</h2>
<p>Sensation d'être « déconnecté », vertiges, nausées, somnolence, élévation transitoire de la tension. Ils disparaissent en général dans les heures qui suivent.</p>
<h2>Prise en charge financière</h2>
<p>Les soins réalisés en hôpital de jour sont pris en charge par l'Assurance maladie selon les règles habituelles ; votre mutuelle peut couvrir le ticket modérateur. Le bureau des admissions vous renseignera sur votre situation.</p>
<h2>Comment être orienté</h2>
<p>Un courrier de votre psychiatre ou de votre médecin traitant est nécessaire. Une consultation d'évaluation précède toute décision de traitement.</p>
</main>
<footer>CHU Exemple &middot; Pôle de psychiatrie &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h11930", "https://ggz-voorbeeld.example/behandelingen/esketamine-neusspray", "clinic", False, "nl",
  "ggz-kliniek-vergoeding-bijwerkingen", "Esketamine neusspray: vergoeding, bijwerkingen en regels | GGZ Voorbeeld", """
<header><a href="/">GGZ Voorbeeld</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/locaties">Locaties</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met esketamine neusspray</h1>
<p>Op onze polikliniek stemmingsstoornissen behandelen wij volwassenen met een ernstige depressie die onvoldoende baat hebben gehad bij eerdere behandelingen. Eén van de mogelijkheden is esketamine als neusspray, naast een antidepressivum.</p>
<h2>Hoe gaat het in zijn werk?</h2>
<p>U dient de neusspray zelf toe, op onze afdeling en onder toezicht van een verpleegkundige. Daarna blijft u minstens twee uur ter observatie. We meten uw bloeddruk voor en na. U mag die dag niet zelf naar huis rijden. De neusspray gaat nooit mee naar huis.</p>
<h2>Bijwerkingen</h2>
<p>Veel voorkomend zijn een gevoel van onwerkelijkheid, duizeligheid, misselijkheid, sufheid en een tijdelijk hogere bloeddruk. Deze klachten verdwijnen meestal binnen enkele uren.</p>
<h2>Kosten en vergoeding</h2>
<p>De behandeling valt onder de gespecialiseerde ggz en wordt vergoed vanuit de basisverzekering, mits u een verwijzing heeft. Uw eigen risico is van toepassing. Vraag bij twijfel uw zorgverzekeraar of onze afdeling zorgadministratie.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na een intakegesprek bespreekt de psychiater met u of deze behandeling passend is.</p>
</main>
<footer>GGZ Voorbeeld &middot; Polikliniek Stemmingsstoornissen &middot; Privacy &middot; Klachtenregeling</footer>
""", noise="cookie-nl")

p("h11931", "https://centromentesalute.example/esketamina-costi-sicurezza", "clinic", False, "it",
  "centro-privato-costi-sicurezza", "Esketamina spray nasale: costi, rimborsi e sicurezza | Centro MenteSalute", """
<header><a href="/">Centro MenteSalute</a> &middot; Poliambulatorio di psichiatria
<nav><a href="/servizi">Servizi</a> <a href="/equipe">Équipe</a> <a href="/tariffe">Tariffe</a> <a href="/news">News</a> <a href="/prenota">Prenota una visita</a></nav></header>
<main>
<h1>Esketamina spray nasale: costi, rimborsi e sicurezza</h1>
<p>Il nostro centro è autorizzato alla somministrazione di esketamina per la depressione resistente, sotto la responsabilità dello psichiatra Dott. Marco Ferri e con personale infermieristico dedicato.</p>
<h2>Come si svolge la seduta</h2>
<p>Lo spray viene autosomministrato in ambulatorio alla presenza dell'infermiere. Segue un periodo di osservazione di almeno due ore con controllo della pressione. Non è possibile portare il farmaco a casa e non si può guidare fino al giorno successivo.</p>
<h2>Effetti collaterali</h2>
<p>Dissociazione, vertigini, nausea, sonnolenza e aumento temporaneo della pressione sono i più frequenti. Sono monitorati durante tutta l'osservazione.</p>
<h2>Costi</h2>
<p>Visita psichiatrica di valutazione: 180 &euro;. Seduta di somministrazione e monitoraggio: il preventivo viene consegnato dopo la visita. Molti fondi sanitari integrativi e polizze rimborsano le visite specialistiche; rilasciamo fattura detraibile. Nel Servizio Sanitario Nazionale il trattamento è disponibile presso alcuni centri pubblici: chieda al suo medico.</p>
<h2>Attenzione</h2>
<p>Esketamina e ketamina vendute online o via social senza visita non sono trattamenti: sono illegali e pericolose.</p>
</main>
<footer>Centro MenteSalute s.r.l. &middot; Direttore sanitario Dott. Marco Ferri &middot; Privacy &middot; Cookie</footer>
""")

# ---------------------------------------------------------------- informational pages by others

p("h11932", "https://metro-tribune.example/health/2026/11/ketamine-telehealth-prices-dea-limbo", "informational", False, "en",
  "news-article-prices-dea-long-chrome", "Ketamine by Mail Gets Cheaper as Federal Rules Stay in Limbo | Metro Tribune", """
<header class="masthead"><a href="/">Metro Tribune</a>
<nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe $1 for 6 months</a></nav></header>
<div class="article-wrap">
<article>
<p class="section">Health</p>
<h1>Ketamine by mail gets cheaper as federal rules stay in limbo</h1>
<p class="dek">Price wars among telehealth startups, a patchwork of state rules and a growing grey market leave patients to sort out what's safe.</p>
<p class="byline">By Tessa Vaughn &middot; 29 November 2026</p>
<p>Two years ago, a month of at-home ketamine from a telehealth company cost around $400. Today several companies advertise plans under $200, according to a Tribune review of 14 providers' public price pages. The price drop comes as the federal government has again extended the temporary rules that let clinicians prescribe certain controlled substances after a video visit.</p>
<p>&ldquo;Everyone is racing to sign patients up before the rules change,&rdquo; said one former clinical director at a startup, who asked not to be named because of a confidentiality agreement.</p>
<p>Providers that spoke on the record emphasised safeguards. &ldquo;Every patient sees a clinician live on video, and a pharmacy dispenses only after that,&rdquo; said the chief medical officer of one company. Infusion clinics, which typically charge $400 to $700 per session, argue that home dosing lacks the monitoring their patients receive.</p>
<h2>A grey market next door</h2>
<p>Alongside the licensed companies, the Tribune found dozens of websites offering ketamine &ldquo;without a prescription,&rdquo; some styled as price guides or legal explainers, charging $40 to $60 a gram and asking for payment in cryptocurrency or gift cards. Drug-checking services say samples sold as ketamine sometimes contain analogues such as 2F-DCK.</p>
<p>&ldquo;If the checkout doesn't involve talking to a clinician, it isn't telehealth,&rdquo; said a pharmacist with a state board of pharmacy.</p>
<h2>Bladder damage and other risks</h2>
<p>Urologists interviewed for this story said they continue to see ketamine-related bladder injury, mostly in people using large amounts recreationally. None said they had seen it in patients on supervised clinical regimens, though one cautioned that long-term data are limited.</p>
</article>
<aside class="rail"><h4>Most read</h4><ol><li>City council delays transit vote</li><li>Flu season arrives early</li><li>What your insurer's mental-health network really looks like</li></ol><div class="ad">Advertisement</div></aside>
</div>
<footer>&copy; 2026 Metro Tribune Media &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h11933", "https://pharmacy-board.state.example/consumer-alerts/online-ketamine", "informational", False, "en",
  "state-board-consumer-alert", "Consumer Alert: Ketamine Sold Online | State Board of Pharmacy", """
<header><span class="seal">State Board of Pharmacy</span> <nav><a href="/">Home</a> <a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumer-alerts">Consumer alerts</a> <a href="/complaints">File a complaint</a></nav></header>
<main>
<h1>Consumer alert: ketamine and esketamine sold online</h1>
<p class="date">Issued 18 November 2026</p>
<p>The Board has received complaints about websites and social media accounts offering ketamine, esketamine nasal spray and ketamine-like &ldquo;research chemicals&rdquo; to state residents without a valid prescription.</p>
<h2>What the law requires</h2>
<ul>
<li>Ketamine is a Schedule III controlled substance. It may be dispensed only by a licensed pharmacy on a valid prescription issued after a legitimate medical evaluation.</li>
<li>Esketamine nasal spray may only be administered in a certified healthcare setting under a federal safety programme and is not dispensed to patients to take home.</li>
<li>Pharmacies shipping into this state must hold a non-resident pharmacy licence from this Board.</li>
</ul>
<h2>Warning signs</h2>
<ul><li>No prescription or clinician visit required, or approval by questionnaire alone</li><li>Payment requested in cryptocurrency, gift cards or via money-transfer apps</li><li>&ldquo;Discreet&rdquo; or &ldquo;stealth&rdquo; shipping, reshipping offers</li><li>No pharmacy licence number you can verify</li></ul>
<p>Use the <a href="/verify">licence verification tool</a> before using any online pharmacy. To report a website, <a href="/complaints">file a complaint</a>.</p>
</main>
<footer>State Board of Pharmacy &middot; Accessibility &middot; Public records</footer>
""")

p("h11934", "https://meridianhealthplan.example/policies/medical/esketamine-and-ketamine", "informational", False, "en",
  "insurer-medical-policy", "Medical Policy MP-317: Esketamine Nasal Spray and Intravenous Ketamine | Meridian Health Plan", """
<header><a href="/">Meridian Health Plan</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/policies">Medical policies</a> <a href="/find-care">Find care</a></nav></header>
<main>
<h1>Medical Policy MP-317: Esketamine Nasal Spray and Intravenous Ketamine for Depression</h1>
<p><b>Effective:</b> 1 January 2027 &middot; <b>Last reviewed:</b> October 2026</p>
<h2>Policy</h2>
<p><strong>Esketamine nasal spray</strong> is considered medically necessary for adults with major depressive disorder when ALL of the following are met:</p>
<ol>
<li>Diagnosis of treatment-resistant depression, defined as inadequate response to at least two antidepressants of adequate dose and duration in the current episode;</li>
<li>Used together with an oral antidepressant;</li>
<li>Administered in a healthcare setting certified under the manufacturer's REMS programme;</li>
<li>Prescribed by or in consultation with a psychiatrist.</li>
</ol>
<p>Initial authorisation: 8 weeks. Continuation requires documented improvement on a validated scale.</p>
<p><strong>Intravenous, intramuscular, oral or sublingual ketamine</strong> for depression, anxiety or PTSD is considered investigational and not medically necessary, because the evidence is insufficient to establish long-term safety and effectiveness.</p>
<h2>Coding</h2>
<p>HCPCS S0013 (esketamine, nasal spray, 1 mg); office observation billed with the appropriate evaluation and management code. Ketamine infusion codes are not covered under this policy.</p>
<h2>Rationale (summary)</h2>
<p>Randomised trials support esketamine for treatment-resistant depression. Trials of IV ketamine show rapid but often short-lived effects; safety data for repeated use outside trials remain limited, including reports of urinary tract toxicity with frequent high-dose use.</p>
</main>
<footer>Medical policies are not medical advice. Member benefits vary. &copy; 2026 Meridian Health Plan</footer>
""")

p("h11935", "https://bladderhealth-trust.example/conditions/ketamine-bladder", "informational", False, "en",
  "patient-charity-ketamine-bladder", "Ketamine Bladder (Ketamine Uropathy) | Bladder Health Trust", """
<header><a href="/">Bladder Health Trust</a> <small>Registered charity</small>
<nav><a href="/conditions">Conditions</a> <a href="/support">Get support</a> <a href="/helpline">Helpline</a> <a href="/donate" class="donate">Donate</a></nav></header>
<main>
<h1>Ketamine bladder (ketamine uropathy)</h1>
<p>Regular ketamine use can cause serious damage to the bladder and, in some cases, the kidneys. Our helpline hears from more young people with this condition every year.</p>
<h2>Symptoms</h2>
<ul><li>Urgent and frequent need to pass urine, day and night</li><li>Pain when the bladder fills or when passing urine</li><li>Blood in the urine</li><li>Leaking</li><li>Pain in the back or sides (possible kidney involvement)</li></ul>
<h2>What helps</h2>
<p>The single most important step is stopping ketamine. Many people improve, especially if they stop early. Your GP can refer you to a urologist, and there are treatments for pain and urgency. Some people with severe scarring need surgery.</p>
<h2>What about ketamine used as a medicine?</h2>
<p>Ketamine and esketamine are sometimes used in hospitals and specialist clinics, for example for depression. These are given in controlled doses under medical supervision. If you are having treatment and notice bladder symptoms, tell your clinical team straight away.</p>
<h2>Talk to us</h2>
<p>Our helpline nurses are available Monday to Friday. We don't judge, and you don't have to give your name.</p>
</main>
<footer>Bladder Health Trust &middot; Registered charity &middot; Donate &middot; Privacy</footer>
""", noise="cookie")

p("h11936", "https://hartwell-defense-law.example/faq/buying-ketamine-online", "informational", False, "en",
  "law-firm-faq-snippet-txt", "Hartwell Defense Law - FAQ", """
Q: Can I get in trouble for buying ketamine online?

A: Yes. Ketamine is a Schedule III controlled substance, and ordering it without a valid prescription can lead to possession or, with larger amounts, possession-with-intent charges under federal and state law. Parcels seized by customs or postal inspectors are routinely traced to the delivery address. Telehealth programmes that evaluate you by video and send a prescription to a licensed pharmacy are a different matter. If you have received a letter or a visit about a seized package, do not discuss it with investigators before speaking to a lawyer. Hartwell Defense Law offers free, confidential consultations.
""", ext="txt")

p("h11937", "https://diario-la-meseta.example/salud/clinicas-ketamina-madrid-precios-regulacion", "informational", False, "es",
  "noticia-clinicas-precios-regulacion", "Clínicas de ketamina en Madrid: cuánto cuestan y quién las controla | Diario La Meseta", """
<header><a href="/">Diario La Meseta</a> <nav><a href="/actualidad">Actualidad</a> <a href="/salud">Salud</a> <a href="/economia">Economía</a> <a href="/opinion">Opinión</a> <a href="/suscribete">Suscríbete</a></nav></header>
<article>
<h1>Clínicas de ketamina en Madrid: cuánto cuestan y quién las controla</h1>
<p class="entradilla">Las sesiones privadas cuestan entre 300 y 600 euros y la Seguridad Social solo ofrece la esketamina en algunos hospitales. Los expertos advierten de la venta ilegal por internet.</p>
<p class="firma">Lucía Ordóñez &middot; Madrid &middot; 1 de diciembre de 2026</p>
<p>En los últimos dos años han abierto en Madrid varias clínicas privadas que ofrecen infusiones de ketamina para la depresión. Este periódico ha consultado los precios de seis de ellas: una sesión cuesta de media unos 420 euros y los programas completos superan los 2.500 euros. Ningún seguro público lo financia.</p>
<p>La esketamina en espray nasal, autorizada para la depresión resistente, se administra en algunos hospitales públicos bajo supervisión. &laquo;Hay lista de espera y criterios estrictos&raquo;, explica una psiquiatra de un hospital madrileño.</p>
<h2>Un mercado paralelo</h2>
<p>En redes sociales y en páginas que se presentan como &laquo;guías legales&raquo; se anuncia ketamina &laquo;sin receta&raquo; con envío discreto y pago en criptomonedas. La Agencia Española de Medicamentos recuerda que la venta de medicamentos con receta a distancia está prohibida y que estos productos pueden no contener lo que dicen.</p>
<p>Los urólogos consultados alertan además de los casos de cistitis por ketamina entre consumidores habituales jóvenes.</p>
</article>
<footer>&copy; Diario La Meseta &middot; Aviso legal &middot; Política de cookies</footer>
""", noise="cookie-es")

p("h11938", "https://krankenkasse-beispiel.example/leistungen/esketamin-ketamin-depression", "informational", False, "de",
  "krankenkasse-leistungsinfo", "Übernimmt die Krankenkasse Esketamin oder Ketamin bei Depression? | Beispiel Krankenkasse", """
<header><a href="/">Beispiel Krankenkasse</a> <nav><a href="/leistungen">Leistungen</a> <a href="/mitglied-werden">Mitglied werden</a> <a href="/service">Service</a> <a href="/meine-kasse">Meine Kasse</a></nav></header>
<main>
<h1>Esketamin und Ketamin bei Depression: Was zahlt die Kasse?</h1>
<p>Unsere Versicherten fragen häufiger nach Behandlungen mit Esketamin oder Ketamin. Hier finden Sie die wichtigsten Antworten.</p>
<h2>Esketamin-Nasenspray</h2>
<p>Das Nasenspray ist ein zugelassenes Arzneimittel für Erwachsene mit therapieresistenter Depression. Wird es von einer Fachärztin oder einem Facharzt verordnet und in der Praxis unter Aufsicht angewendet, übernehmen wir die Kosten im Rahmen der gesetzlichen Regelungen. Es gilt die übliche Zuzahlung für Arzneimittel.</p>
<h2>Ketamin-Infusionen</h2>
<p>Infusionen mit Ketamin zur Behandlung von Depressionen sind für diese Anwendung nicht zugelassen (Off-Label-Gebrauch) und in der Regel keine Kassenleistung. Private Ketamin-Praxen stellen ihre Leistungen meist privat in Rechnung. Eine Kostenerstattung ist nur in Ausnahmefällen möglich; sprechen Sie uns vor Behandlungsbeginn an.</p>
<h2>Angebote aus dem Internet</h2>
<p>Bestellen Sie keine Arzneimittel, die ohne Rezept angeboten werden. Das ist nicht nur riskant, wir können solche Kosten auch nicht erstatten.</p>
<p>Fragen? Unser Service-Team erreichen Sie unter 0800 000 1938 (kostenfrei).</p>
</main>
<footer>Beispiel Krankenkasse &middot; Körperschaft des öffentlichen Rechts &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h11939", "https://reduction-risques-info.example/produits/ketamine", "informational", False, "fr",
  "reduction-des-risques-fiche", "Kétamine : effets, risques urinaires et loi | Réduction Risques Info", """
<header><a href="/">Réduction Risques Info</a> <nav><a href="/produits">Produits</a> <a href="/analyse">Analyse de produits</a> <a href="/aide">Se faire aider</a> <a href="/chat">Chat anonyme</a></nav></header>
<main>
<h1>Kétamine</h1>
<p>Anesthésique utilisé en médecine humaine et vétérinaire, la kétamine circule aussi sous forme de poudre ou de cristaux dans les milieux festifs.</p>
<h2>Effets et risques</h2>
<p>Effet dissociatif, perte de repères, troubles de l'équilibre, nausées. Le risque de chute, de noyade ou d'accident est important. Mélangée à l'alcool ou aux opioïdes, elle peut provoquer une dépression respiratoire.</p>
<h2>Vessie et reins</h2>
<p>Un usage fréquent peut entraîner des lésions de la vessie (cystites à la kétamine) : envies pressantes, douleurs, sang dans les urines. Consultez sans attendre ; l'arrêt de la consommation permet souvent une amélioration.</p>
<h2>Ce que dit la loi</h2>
<p>La kétamine est classée comme stupéfiant. L'usage, la détention, l'achat et la vente hors cadre médical sont interdits et punis par la loi. L'eskétamine utilisée en psychiatrie n'est délivrée qu'à l'hôpital ou dans des structures habilitées.</p>
<h2>Réduire les risques</h2>
<ul><li>Faire analyser son produit : des analogues (2F-DCK, etc.) sont vendus comme kétamine</li><li>Ne pas consommer seul, rester assis, éviter les mélanges</li><li>Espacer les prises</li></ul>
<p>Besoin de parler ? Notre ligne d'écoute est anonyme et gratuite.</p>
</main>
<footer>Réduction Risques Info &middot; Service d'information et de prévention</footer>
""", noise="cookie-fr")

p("h11940", "https://noticias.universidade-exemplo.example/2026/11/estudo-cetamina-bexiga-custos", "informational", False, "pt",
  "universidade-noticia-estudo-recrutamento", "Estudo avalia danos na bexiga e custos do tratamento com cetamina | Universidade Exemplo", """
<header><a href="/">Universidade Exemplo &middot; Notícias</a> <nav><a href="/investigacao">Investigação</a> <a href="/ensino">Ensino</a> <a href="/comunidade">Comunidade</a></nav></header>
<article>
<h1>Investigadores estudam danos na bexiga e custos do tratamento com cetamina</h1>
<p class="data">Lisboa, 20 de novembro de 2026</p>
<p>Uma equipa da Faculdade de Medicina iniciou um estudo observacional para perceber com que frequência surgem sintomas urinários em pessoas que usam cetamina, seja em contexto recreativo, seja em tratamento médico supervisionado com escetamina.</p>
<p>&laquo;Sabemos que o consumo frequente e em doses altas pode causar cistite grave. O que falta são dados sobre os doentes tratados em ambiente hospitalar&raquo;, explica a coordenadora do projeto, professora de urologia.</p>
<p>O estudo vai também comparar os custos para o Serviço Nacional de Saúde do tratamento da depressão resistente com escetamina e os custos associados às lesões urológicas provocadas pelo consumo recreativo.</p>
<h2>Participar</h2>
<p>Procuram-se voluntários maiores de 18 anos que tenham usado cetamina nos últimos dois anos, por qualquer motivo. A participação inclui um questionário confidencial e, opcionalmente, uma análise de urina. Não é fornecido nem recomendado qualquer medicamento.</p>
<p>Contacto: estudo.bexiga@universidade-exemplo.example</p>
</article>
<footer>Universidade Exemplo &middot; Gabinete de Comunicação</footer>
""", noise="cookie-pt")

save(OUT, R)
