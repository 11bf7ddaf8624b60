# Batch 87 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Articles, posts and guides". Every page is prose (article, blog post, guide, Q&A, forum
# post, newsletter, press release or long FAQ) on every side. Sellers write as publishers and their
# selling shows somewhere in or around the prose (sidebar widgets, affiliate links, closing
# paragraphs, coupon codes, press-release boilerplate, author bios, FAQ answers). Telehealth and
# clinics publish their own articles and guides. Informational pages are journalism, public-health
# guides, a forum thread, a research summary, legal explainers and a harm-reduction guide, some
# describing sellers' offers in detail.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long reads with site chrome (menus, cookie banners, sidebars, footers), mid-length posts,
# short Q&As, plain-text newsletters, and a few 1-3 sentence plain-text snippets (social posts, briefs).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch87.py (writes batch87/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch87")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8701", "https://arylchem-supply.example/blog/researchers-primer-arylcyclohexylamines", "seller", True, "en",
  "research-chem-shop-blog-primer", "A Researcher's Primer on Arylcyclohexylamines | ArylChem Supply Blog", """
<header class="site">
<a class="logo" href="/">ArylChem<span>Supply</span></a>
<nav><a href="/shop">Shop</a> <a href="/shop/dissociatives">Dissociatives</a> <a href="/shop/reference-standards">Reference standards</a> <a href="/lab-reports">Lab reports</a> <a href="/blog">Blog</a> <a href="/faq">FAQ</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main class="blog-layout">
<article>
<p class="crumbs"><a href="/blog">Blog</a> / Chemistry</p>
<h1>A Researcher's Primer on Arylcyclohexylamines</h1>
<p class="byline">By the ArylChem editorial team &middot; 14 min read &middot; Updated 2 December 2026</p>
<p>Few chemical families have had a stranger career than the arylcyclohexylamines. Phencyclidine was synthesised at Parke-Davis in the 1950s as a surgical anaesthetic, withdrawn from human use within a decade, and survived mainly as a veterinary agent and a street drug. Its shorter-acting cousin, ketamine, was first made in 1962 by Calvin Stevens and went on to become one of the World Health Organization's essential medicines. Since the 2010s a long list of analogues has appeared in the literature and on the grey market, and they are now among the most requested compounds in our catalogue.</p>
<p>This primer is meant for people who are new to the class: what the core scaffold looks like, what each common substitution is thought to change, and how to store and document the material you work with.</p>
<h2>The scaffold</h2>
<p>Every member of the family shares three parts: a cyclohexane ring, an aryl group attached to one carbon of that ring, and an amine on the same carbon. Ketamine adds a 2-chloro group on the phenyl ring and a ketone at position 2 of the cyclohexane, with a methylamine. Change any of those three pieces and you arrive at a new compound with a new (and often poorly characterised) profile.</p>
<h2>Common substitutions</h2>
<ul>
<li><b>2-Fluorodeschloroketamine (2-FDCK)</b> swaps the chlorine for fluorine. Reports describe it as close to ketamine in character. It is one of our best-selling lines.</li>
<li><b>Deschloroketamine (DCK)</b> drops the halogen entirely. It is generally reported as more potent and longer lasting than the parent compound.</li>
<li><b>Methoxetamine (MXE)</b> and <b>O-PCE</b> replace the methylamine with an ethylamine and, for MXE, add a 3-methoxy group. Both are now controlled in many countries; check your jurisdiction before ordering.</li>
</ul>
<h2>Storage and handling</h2>
<p>Hydrochloride salts are stable at room temperature if kept dry and away from light. We ship in vacuum-sealed, double-bagged mylar with a desiccant sachet, which is also how we recommend you keep it. Weigh on a milligram scale; volumetric dosing from a solution is far more reproducible than eyeballing crystals.</p>
<h2>Documentation</h2>
<p>Each batch we sell comes with an HPLC report from an independent lab. Keep it with your notebook. If a batch does not match its certificate, email us with the lot number and we will reship or refund.</p>
<p class="disclaimer"><b>All ArylChem products are sold strictly for in-vitro research and analytical reference purposes. Not for human consumption.</b> By purchasing you confirm you are over 21 and that the products are legal in your country.</p>
</article>
<aside class="sidebar">
<h3>Featured in this article</h3>
<div class="product-card"><h4>2-FDCK HCl crystal</h4><p>1 g &ndash; $28 &middot; 5 g &ndash; $95 &middot; 25 g &ndash; $340</p><button>Add to cart</button></div>
<div class="product-card"><h4>Deschloroketamine (DCK)</h4><p>1 g &ndash; $32 &middot; 5 g &ndash; $120</p><button>Add to cart</button></div>
<div class="product-card"><h4>Ketamine HCl reference material</h4><p>1 g &ndash; $45 &middot; 5 g &ndash; $180 &middot; <i>limited stock</i></p><button>Add to cart</button></div>
<h3>Why order from us</h3>
<ul><li>Dispatch within 24 hours</li><li>Discreet, odour-proof packaging</li><li>Free reship if your parcel is stopped</li><li>10% off when you pay with BTC, XMR or USDT</li></ul>
<h3>Newsletter</h3><form><input type="email" placeholder="you@proton.example"><button>Get restock alerts</button></form>
</aside>
</main>
<footer><p>&copy; 2026 ArylChem Supply. Payments: Bitcoin, Monero, USDT (TRC-20). Support via Session or email.</p><p><a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/research-disclaimer">Research disclaimer</a></p></footer>
""", noise="cookie")

p("h8702", "https://dissoreviews.example/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-review-blog-vendor-ranking", "Where to Buy Ketamine Online in 2026: We Tested 5 Vendors", """
<header><a href="/">DissoReviews</a> <nav><a href="/reviews">Vendor reviews</a> <a href="/guides">Guides</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>Where to Buy Ketamine Online in 2026: We Tested 5 Vendors</h1>
<p class="meta">Posted by <b>Kai R.</b> &middot; November 29, 2026 &middot; <i>This post contains affiliate links. If you order through them we may earn a commission at no extra cost to you.</i></p>
<p>Every week someone in our comments asks the same question: where can I actually get ketamine without jumping through a dozen hoops? Clinics want a psychiatric referral and charge $500 a session. So over the last two months we placed real orders with five online vendors, paid with our own money and tracked everything from checkout to the mailbox.</p>
<p>Short version: two were excellent, one was fine, and two were scams. None of the five asked for a prescription.</p>
<h2>1. K-Direct &mdash; our top pick</h2>
<p>Domestic US shipping, so no customs risk. Our 5 g order of needle-point crystal arrived in three days in a flat, vacuum-sealed envelope that looked like a phone case return. Reagent tests were clean. Prices start at $70 a gram and drop to $48 at 28 g. They only take crypto, but their checkout walks you through buying BTC on an exchange.</p>
<p><a class="btn" href="https://k-direct.example/?ref=dissoreviews">Visit K-Direct &rarr;</a> Use code <b>DISSO10</b> for 10% off your first order.</p>
<h2>2. EuroKet &mdash; best for Europe</h2>
<p>Ships from inside the EU with tracked post. Slightly pricier, but they reship for free if a parcel is seized. Accepts Monero and bank transfer.</p>
<p><a class="btn" href="https://euroket.example/shop?aff=dr22">Visit EuroKet &rarr;</a></p>
<h2>3. PharmaKet24 &mdash; okay</h2>
<p>Sells "pharmaceutical" ketamine in 10 ml vials which you evaporate yourself. Took 16 days from India. Fine if you are patient.</p>
<h2>4 &amp; 5. Avoid: SpecialKShop and Ketamine-Express</h2>
<p>Both took payment and never shipped. If a site only offers Western Union and has a WhatsApp number as its only contact, walk away.</p>
<h2>How we tested</h2>
<p>We used a fresh wallet for each vendor, ordered the smallest quantity that still qualified for tracked shipping and ran reagent tests (Mandelin and Morris) on arrival. We'll update this list every quarter.</p>
</article>
<aside><h3>Quick picks</h3><ol><li><a href="https://k-direct.example/?ref=dissoreviews">K-Direct</a> &ndash; US</li><li><a href="https://euroket.example/shop?aff=dr22">EuroKet</a> &ndash; EU/UK</li></ol></aside>
</main>
<footer>&copy; DissoReviews. For adults only. We do not sell anything ourselves.</footer>
""")

p("h8703", "https://novaket-pharma.example/newsroom/2026-11-worldwide-delivery", "seller", True, "en",
  "vendor-press-release-newsroom", "NovaKet Pharma Expands Worldwide Delivery | Newsroom", """
<header><a href="/">NovaKet Pharma</a> <nav><a href="/products">Products</a> <a href="/wholesale">Wholesale</a> <a href="/newsroom">Newsroom</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="label">PRESS RELEASE</p>
<h1>NovaKet Pharma Expands Worldwide Delivery of Ketamine HCl and Esketamine Nasal Products</h1>
<p class="dateline"><b>FOR IMMEDIATE RELEASE</b> &mdash; November 18, 2026</p>
<p>NovaKet Pharma, a supplier of high-purity dissociative anaesthetics, today announced that its retail and wholesale customers in 64 countries can now receive orders of ketamine hydrochloride and esketamine nasal solution within five to nine business days, following the opening of two new fulfilment partners in Eastern Europe and Southeast Asia.</p>
<p>"Patients and researchers have told us again and again that the hardest part is access," said Daniel Voss, NovaKet's head of operations. "Doctors are slow, clinics are expensive, and pharmacies are out of stock. Our mission is to remove those barriers. With the new routes, a customer in Australia or Canada can order on Monday and have their package the following week."</p>
<p>The expansion covers NovaKet's three best-selling lines:</p>
<ul>
<li>Ketamine HCl crystal, 99.7% purity, from 5 g to 1 kg</li>
<li>Ketamine injection 50 mg/ml, 10 ml vials, boxes of 5 or 25</li>
<li>Esketamine nasal spray 28 mg devices, packs of 2 and 3</li>
</ul>
<p>All shipments leave in unbranded, vacuum-sealed packaging with a customs-friendly declaration. Orders that are held at the border are reshipped once at no charge.</p>
<h2>About NovaKet Pharma</h2>
<p>NovaKet Pharma supplies ketamine and related products to individuals, clinics and distributors. No prescription is required for personal orders under 25 g. Accepted payment methods are Bitcoin, Ethereum, USDT and Western Union. Bulk buyers may request a price list via Telegram (@novaket_sales) or WhatsApp +44 7700 900 412.</p>
<h2>Media contact</h2>
<p>press@novaket-pharma.example</p>
<p>###</p>
</main>
<footer>&copy; 2026 NovaKet Pharma. All rights reserved.</footer>
""")

p("h8704", "https://ketaease.example/faq", "seller", True, "en",
  "questionnaire-only-at-home-ketamine-long-faq", "Frequently Asked Questions | KetaEase At-Home Ketamine", """
<header class="topbar"><a href="/" class="logo">KetaEase</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq" class="active">FAQ</a> <a href="/reviews">Reviews</a> <a href="/start" class="cta">Start my assessment</a></nav></header>
<main>
<h1>Everything you wanted to know about KetaEase</h1>
<p class="lead">We believe feeling better shouldn't require a waiting list. Below are the questions we hear most often. Still curious? Our care team is on live chat 7 days a week.</p>

<section><h2>Getting started</h2>
<h3>How does KetaEase work?</h3>
<p>You complete our online Mental Wellness Assessment (about five minutes), choose your plan, and check out. Our system reviews your answers, and if you're eligible your ketamine troches are on their way the same day. Most customers receive their first kit within 3&ndash;5 business days.</p>
<h3>Do I need to talk to a doctor?</h3>
<p>No video visit is needed. We know scheduling appointments is one of the biggest barriers to care, so we replaced it with a smart questionnaire designed by clinicians. Over 96% of assessments are approved instantly. A provider's name appears on your label for pharmacy purposes.</p>
<h3>I already tried to get ketamine elsewhere and was turned down. Can I still apply?</h3>
<p>Yes. We don't require records from previous providers or a formal diagnosis. If you've felt low, anxious or stuck for two weeks or more, you're welcome to apply.</p>
<h3>Is there an age limit?</h3>
<p>You must be 18 or older.</p>
</section>

<section><h2>Your medication</h2>
<h3>What will I receive?</h3>
<p>Each kit contains sublingual ketamine troches (100 mg or 200 mg, depending on your plan), a dosing journal and an eye mask. Refills ship automatically every 30 days until you pause.</p>
<h3>Can I choose my dose?</h3>
<p>Yes. During checkout you can select Standard (100 mg) or Strong (200 mg). Many customers move up to Strong after the first month.</p>
<h3>Can I order extra troches?</h3>
<p>Add-on packs of 10 are available from your dashboard at any time for $79.</p>
</section>

<section><h2>Pricing and payment</h2>
<h3>How much does it cost?</h3>
<p>Standard plan: $149/month. Strong plan: $219/month. The price includes medication, shipping and your online assessment. No insurance needed.</p>
<h3>What payment methods do you accept?</h3>
<p>All major cards, Apple Pay and, for customers who prefer privacy, Bitcoin and USDC. Crypto payments receive 15% off every month.</p>
<h3>Will my bank statement say "ketamine"?</h3>
<p>No. Charges appear as "KE Wellness LLC".</p>
</section>

<section><h2>Shipping</h2>
<h3>Where do you ship?</h3>
<p>All US states plus Canada, the UK and Australia. International orders ship from our fulfilment partner in plain outer packaging.</p>
<h3>What if my package is lost or seized?</h3>
<p>We reship once free of charge. Just open a ticket with your order number.</p>
</section>

<section><h2>Safety</h2>
<h3>Is ketamine safe?</h3>
<p>Ketamine has been used in medicine since 1970. Like any medication it can have side effects such as dizziness, nausea and dissociation. Take your troches seated, in a quiet place, and don't drive afterwards.</p>
</section>
<p class="cta-block"><a href="/start" class="btn">Take the 5-minute assessment &rarr;</a></p>
</main>
<footer><p>KetaEase is a wellness brand of KE Wellness LLC. Content on this site is for information only.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/refunds">Refunds</a></p></footer>
""", noise="cookie")

p("h8705", "https://mail.kandyland-shop.example/newsletter/november-2026", "seller", True, "en",
  "vendor-plain-text-newsletter", "The Kandyland Dispatch - November", """
THE KANDYLAND DISPATCH  -  November 2026
You're getting this because you ordered from us or signed up at checkout.

Hi friend,

Long month. Our main supplier had a customs delay in October, which is why a few of you waited longer than usual. Thank you for your patience, and sorry to everyone whose order sat in "processing" for a week. Every delayed order got a 1 g bonus added, no need to ask.

WHAT'S BACK IN STOCK
- Ketamine, Indian pharma (needle-point shards): 3.5 g / 7 g / 14 g / 28 g
- Ketamine, Chinese "moonrock": 7 g / 28 g (limited)
- S-ketamine nasal spray, 10 ml: 2-pack and 5-pack
Prices are on the shop page as usual. Nothing changed except the 28 g tier, which dropped by 20 euros.

A FEW READING NOTES
We wrote a short guide on the blog about spacing sessions and looking after your bladder. Please read it. K cramps and bladder problems are real, and the people who get them are almost always the ones using every day.

SHIPPING
Same as always: vacuum-sealed, mylar, decoy item, tracked. EU orders 2-4 days, UK 4-6. One free reship per customer per year if something goes missing.

PAYING
BTC and XMR only. Pay in XMR and take 10% off with code MONERO10. We no longer accept bank transfer after a bank froze one of our accounts.

Questions: message us on Threema (ID 8KXD3N4P) or reply to this email from your encrypted address.

Stay safe, test your stuff, and see you next month.
- The Kandyland crew

Unsubscribe: reply STOP
""", ext="txt")

p("h8706", "https://prairievetdirect.example/guides/injectable-anesthetics-on-farm", "seller", True, "en",
  "vet-supply-guide-sold-to-anyone", "Farm & Ranch Guide: Injectable Anesthetics for On-Farm Procedures | PrairieVet Direct", """
<header><a href="/">PrairieVet Direct</a> <nav><a href="/cattle">Cattle</a> <a href="/equine">Equine</a> <a href="/swine">Swine</a> <a href="/pets">Pets</a> <a href="/guides">Guides</a> <a href="/cart">Cart</a></nav>
<p class="promo">Free shipping on orders over $99 &mdash; ships to all 50 states and internationally</p></header>
<main>
<article>
<h1>Farm &amp; Ranch Guide: Choosing Injectable Anesthetics for On-Farm Procedures</h1>
<p class="byline">PrairieVet Direct Learning Center &middot; 9 min read</p>
<p>Castrations, dehorning, hoof work, minor laceration repair: a lot of routine procedures on a working ranch go more smoothly when the animal is properly sedated. This guide walks you through the products most producers keep on hand, how they differ, and what to think about when stocking your barn kit.</p>
<h2>Sedatives vs. anesthetics</h2>
<p>Xylazine is the workhorse sedative for cattle and horses: the animal stays standing (at low doses) but is calm and less sensitive. For short procedures where you need the animal down and still, xylazine is often combined with ketamine, which produces a dissociative anesthesia lasting 10 to 20 minutes.</p>
<h2>Ketamine hydrochloride injection</h2>
<p>Ketamine 100 mg/ml is the most common strength. It is given IV or IM, usually after a sedative. Muscle rigidity is common if it is used alone. Store below 25 &deg;C and protect from light.</p>
<div class="inline-product">
<img src="/img/ketamine-100-10ml.jpg" alt="Ketamine HCl 100 mg/ml 10 ml vial">
<p><b>Ketamine HCl Injection 100 mg/ml, 10 ml vial</b><br>$64.00 &middot; 5-pack $289.00<br><span class="note">No veterinary account or prescription needed &mdash; anyone can order. Ships in 1 business day.</span></p>
<button>Add to cart</button></div>
<h2>Xylazine 100 mg/ml</h2>
<p>Reversal with tolazine or yohimbine is possible. Use lower doses in cattle than in horses; cattle are about ten times more sensitive.</p>
<div class="inline-product"><p><b>Xylazine 100 mg/ml, 50 ml</b> &middot; $38.50</p><button>Add to cart</button></div>
<h2>Building your barn kit</h2>
<ul><li>Sedative and anesthetic of choice</li><li>18 g and 20 g needles, 3 ml and 12 ml syringes</li><li>Chlorhexidine scrub</li><li>Eye lubricant for longer procedures</li></ul>
<p>Questions about which product is right for your operation? Our team is happy to help by phone or chat &mdash; we don't ask what you're using it for.</p>
</article>
</main>
<footer><p>PrairieVet Direct &middot; Prices in USD &middot; We accept Visa, Mastercard, PayPal and Bitcoin.</p></footer>
""")

p("h8707", "https://tg-mirror.example/s/kdrops_eu/412", "seller", True, "en",
  "telegram-channel-post-snippet", "kdrops EU - post 412", """
New guide pinned: K for first-timers (bumps vs lines, how long to wait between sessions, never with alcohol). Menu and prices via @kdrops_menu_bot, EU tracked in 48h, stealth packed, BTC/XMR only.
""", ext="txt")

p("h8708", "https://globalmeds-rxstore.example/health-articles/esketamine-nasal-spray-without-prescription", "seller", True, "en",
  "no-rx-pharmacy-article-spravato", "Esketamine Nasal Spray Without a Prescription: A Patient's Guide | GlobalMeds Rx Store", """
<header><div class="topline">Call us 24/7: +1 (555) 010-7788 &middot; Worldwide delivery &middot; <b>No prescription required</b></div>
<a href="/" class="logo">GlobalMeds Rx Store</a>
<nav><a href="/category/mental-health">Mental health</a> <a href="/category/pain-relief">Pain relief</a> <a href="/category/sleep">Sleep</a> <a href="/health-articles">Health articles</a> <a href="/cart">Cart</a></nav></header>
<main>
<article>
<h1>Esketamine Nasal Spray Without a Prescription: A Patient's Guide</h1>
<p class="meta">Reviewed by our pharmacy team &middot; Last updated October 2026</p>
<p>Treatment-resistant depression affects roughly one in three people who live with major depression. For them, the arrival of esketamine (sold as Spravato) in 2019 was one of the most important developments in decades. Unfortunately, getting it through the usual route is difficult: you need a psychiatrist, you must go to a certified centre twice a week, and you have to sit under observation for two hours after each dose.</p>
<p>Many of our customers tell us that is simply not possible for them. This guide explains what esketamine is, how it's used and how you can order it from us.</p>
<h2>What is esketamine?</h2>
<p>Esketamine is the S-enantiomer of ketamine. It acts on NMDA receptors in the brain and is thought to promote the growth of new synaptic connections. Clinical trials showed improvement in depressive symptoms within 24 hours for some patients.</p>
<h2>How is it taken?</h2>
<p>Each device delivers two sprays (one per nostril), totalling 28 mg. The usual starting dose in the trials was 56 mg (two devices) twice weekly, later 84 mg. Sit down, lean your head back slightly and wait five minutes between devices.</p>
<h2>Side effects</h2>
<p>Dissociation, dizziness, nausea, sleepiness and a rise in blood pressure are common. Do not drive for the rest of the day.</p>
<h2>Ordering esketamine from GlobalMeds</h2>
<p>We supply genuine esketamine nasal spray sourced from licensed manufacturers abroad. You do not need to upload a prescription: simply choose your pack and check out. Our team ships within 24 hours in discreet packaging.</p>
<table class="prices"><tr><th>Pack</th><th>Price</th></tr>
<tr><td>Esketamine 28 mg &times; 2 devices (56 mg)</td><td>$349</td></tr>
<tr><td>Esketamine 28 mg &times; 3 devices (84 mg)</td><td>$489</td></tr>
<tr><td>Monthly pack, 8 &times; 56 mg</td><td>$2,490</td></tr></table>
<p><a class="btn" href="/product/esketamine-nasal-spray">Order now</a></p>
<p>Payment by Bitcoin receives a 12% discount. We also accept Amazon and Steam gift cards for orders up to $500.</p>
</article>
<aside><h3>Popular in Mental health</h3><ul><li>Ketamine 50 mg/ml vials &mdash; from $89</li><li>Modafinil 200 mg</li><li>Alprazolam 1 mg</li></ul></aside>
</main>
<footer><p>&copy; GlobalMeds Rx Store. Information on this site is not medical advice.</p></footer>
""", noise="cookie")

p("h8709", "https://ketalab-es.example/blog/guia-ketamina-pedido-discreto", "seller", True, "es",
  "shop-blog-guide-whatsapp-orders", "Guía práctica: qué es la ketamina y cómo hacer tu pedido con discreción | KetaLab", """
<header><a href="/">KetaLab España</a> <nav><a href="/tienda">Tienda</a> <a href="/blog">Blog</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<article>
<h1>Guía práctica: qué es la ketamina y cómo hacer tu pedido con discreción</h1>
<p class="autor">Por Marta, del equipo de KetaLab &middot; 12 de noviembre de 2026</p>
<p>Desde que abrimos la tienda recibimos cada día decenas de mensajes con las mismas dudas: ¿qué es exactamente la ketamina?, ¿es igual la que se usa en los hospitales?, ¿cómo llega el paquete? Hemos reunido todo en esta guía para que tengas la información antes de dar el paso.</p>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo que se usa en medicina humana y veterinaria desde los años setenta. A dosis bajas produce una sensación de desconexión del cuerpo y del entorno. En los últimos años se ha estudiado mucho como tratamiento rápido para la depresión resistente.</p>
<h2>Presentaciones que trabajamos</h2>
<ul>
<li><b>Cristal</b> (clorhidrato), en sobres de 1, 5 y 10 gramos.</li>
<li><b>Viales de 50 mg/ml</b> de 10 ml, de origen farmacéutico.</li>
</ul>
<p>Los precios actualizados están siempre en la tienda. Para pedidos de más de 25 gramos preguntamos por privado.</p>
<h2>Consejos de reducción de riesgos</h2>
<p>No mezcles con alcohol ni con benzodiacepinas. Empieza con poca cantidad, espera y nunca la consumas sola ni cerca del agua. El uso diario puede dañar la vejiga.</p>
<h2>Cómo hacer tu pedido</h2>
<p>Es muy sencillo: escríbenos por WhatsApp al <b>+34 600 000 318</b> con el producto y la cantidad. Te respondemos con el total y los datos de pago. No pedimos receta ni ningún documento.</p>
<p>Aceptamos Bizum, bitcoin y transferencia. El envío sale en 24 horas en sobre acolchado neutro, sin ningún logotipo ni referencia al contenido, a toda la Península y Baleares. Canarias y Portugal, consultar.</p>
</article>
<aside><h3>Lo más vendido</h3><p>Ketamina cristal 5 g &mdash; 140 &euro;</p><p>Pack 3 viales &mdash; 95 &euro;</p><a href="https://wa.me/34600000318">Pedir por WhatsApp</a></aside>
</main>
<footer>&copy; 2026 KetaLab. Solo mayores de 18 años.</footer>
""", noise="cookie-es")

p("h8710", "https://forschungschemie.example/ratgeber/deschloroketamin-was-forscher-wissen-sollten", "seller", True, "de",
  "research-chem-shop-ratgeber", "Deschloroketamin: Was Forscher wissen sollten | Forschungschemie Ratgeber", """
<header><a href="/">Forschungschemie.example</a>
<nav><a href="/shop">Shop</a> <a href="/shop/dissoziativa">Dissoziativa</a> <a href="/shop/cannabinoide">Cannabinoide</a> <a href="/ratgeber">Ratgeber</a> <a href="/warenkorb">Warenkorb (0)</a></nav></header>
<main>
<article>
<h1>Deschloroketamin (DCK): Was Forscher wissen sollten</h1>
<p class="meta">Ratgeber &middot; Lesezeit ca. 7 Minuten</p>
<p>Deschloroketamin, kurz DCK oder O-PCM, ist ein Strukturanalogon des Ketamins, bei dem das Chloratom am Phenylring fehlt. Die Substanz wurde erstmals in den 1960er-Jahren beschrieben, geriet dann aber für Jahrzehnte in Vergessenheit. Seit etwa 2015 taucht sie wieder vermehrt in der Literatur und in Forschungslaboren auf.</p>
<h2>Chemische Eigenschaften</h2>
<p>Summenformel C13H17NO, Molmasse 203,28 g/mol. Wir liefern DCK als Hydrochlorid, ein weißes kristallines Pulver, gut löslich in Wasser und Ethanol.</p>
<h2>Was die Literatur berichtet</h2>
<p>Im Vergleich zu Ketamin wird DCK als potenter und deutlich länger wirksam beschrieben. Systematische pharmakologische Studien gibt es kaum; die meisten Angaben stammen aus Fallberichten und Erfahrungsberichten aus Online-Foren.</p>
<h2>Lagerung</h2>
<p>Kühl, trocken und lichtgeschützt lagern. In der Originalverpackung ist das Produkt mindestens zwei Jahre stabil.</p>
<h2>Rechtlicher Hinweis</h2>
<p>DCK fällt in Deutschland unter das Neue-psychoaktive-Stoffe-Gesetz. Wir versenden daher aus unserem Lager in den Niederlanden. Bitte informieren Sie sich selbst über die Rechtslage in Ihrem Land.</p>
<div class="produkt-box">
<h3>DCK HCl &ndash; jetzt im Shop</h3>
<p>1 g: 29,90 &euro; &middot; 5 g: 109,00 &euro; &middot; 10 g: 189,00 &euro;</p>
<p>Versand diskret und neutral verpackt, Zahlung per Bitcoin, Vorkasse oder Paysafecard. <b>Nur für Forschungszwecke. Nicht zum menschlichen Verzehr geeignet.</b></p>
<button>In den Warenkorb</button></div>
</article>
</main>
<footer>Forschungschemie.example &middot; <a href="/agb">AGB</a> &middot; <a href="/versand">Versand &amp; Zahlung</a> &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h8711", "https://pharma-express-24.example/blog/ketamine-sans-ordonnance", "seller", True, "fr",
  "online-pharmacy-blog-no-rx", "Kétamine en ligne : pourquoi l'ordonnance n'est plus un obstacle | Pharma Express 24", """
<header><a href="/">Pharma Express 24</a> <nav><a href="/catalogue">Catalogue</a> <a href="/blog">Conseils santé</a> <a href="/livraison">Livraison</a> <a href="/panier">Panier</a></nav></header>
<main>
<article>
<h1>Kétamine en ligne : pourquoi l'ordonnance n'est plus un obstacle</h1>
<p class="meta">Publié le 3 novembre 2026 par l'équipe Pharma Express 24</p>
<p>La kétamine fait beaucoup parler d'elle. Longtemps cantonnée aux blocs opératoires, elle est aujourd'hui étudiée dans la dépression résistante, les idées suicidaires aiguës et certaines douleurs chroniques. Problème : en France, l'accès reste très limité. Quelques services hospitaliers seulement la proposent, avec des délais de plusieurs mois.</p>
<p>C'est pour répondre à cette attente que nous avons ajouté la kétamine à notre catalogue.</p>
<h2>Comment ça marche chez nous ?</h2>
<p>Vous choisissez votre produit, vous validez votre panier et nous expédions sous 48 heures. <b>Aucune ordonnance n'est demandée</b> : nous estimons que chaque adulte est le mieux placé pour juger de ses besoins.</p>
<h2>Nos formats</h2>
<ul><li>Flacons injectables 50 mg/ml (10 ml) &ndash; à partir de 69 &euro;</li><li>Poudre de chlorhydrate de kétamine, 5 g &ndash; 149 &euro;</li><li>Spray nasal d'eskétamine &ndash; sur demande</li></ul>
<h2>Livraison et paiement</h2>
<p>Colis neutre, sans mention du contenu, livré en France, Belgique, Suisse et Luxembourg. Paiement par virement, Bitcoin ou coupons PCS/Transcash. En cas de colis bloqué en douane, nous renvoyons gratuitement.</p>
<h2>Quelques précautions</h2>
<p>Ne conduisez pas après la prise, évitez l'alcool et commencez par de petites quantités. En cas de doute, demandez conseil à un professionnel de santé.</p>
</article>
</main>
<footer>&copy; Pharma Express 24 &ndash; Service client par WhatsApp et e-mail</footer>
""", noise="cookie-fr")

p("h8712", "https://kvanhetnet.example/vraag-en-antwoord", "seller", True, "nl",
  "vendor-short-qa-page", "Vraag & antwoord | K van het net", """
<main>
<h1>Vraag &amp; antwoord</h1>
<p><b>Waarom zijn jullie goedkoper dan in de club?</b><br>We kopen rechtstreeks in en hebben geen tussenpersonen. Ketamine kost bij ons 25 euro per gram, vanaf 10 gram 20 euro.</p>
<p><b>Hoe snel is het binnen?</b><br>Besteld voor 16.00 uur is bij de meeste adressen in Nederland de volgende dag binnen. Belgi&euml; twee dagen.</p>
<p><b>Wat staat er op het pakket?</b><br>Niks. Een gewone envelop met een printje van een webwinkel in kantoorartikelen.</p>
<p><b>Hoe betaal ik?</b><br>Bitcoin of Monero. Liever contant bij afhalen in Rotterdam? Stuur een bericht op Signal.</p>
<p><b>Testen jullie?</b><br>Elke partij gaat langs een testservice. Toch raden we aan om zelf ook te testen.</p>
</main>
""")

p("h8713", "https://cetaminabrasil.example/blog/cetamina-depressao-guia-completo", "seller", True, "pt",
  "shop-blog-long-guide-pix-whatsapp", "Cetamina para depressão: o guia completo | Cetamina Brasil", """
<header><a href="/">Cetamina Brasil</a> <nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/blog">Blog</a> <a href="/duvidas">Dúvidas</a> <a href="/rastreio">Rastreio</a></nav></header>
<main>
<article>
<h1>Cetamina para depressão: o guia completo</h1>
<p class="meta">Atualizado em 20/11/2026 &middot; 11 min de leitura</p>
<p>A depressão atinge mais de 11 milhões de brasileiros. Para quem já tentou dois, três ou quatro antidepressivos sem resultado, a notícia de que a cetamina pode aliviar os sintomas em horas, e não em semanas, soa quase como um milagre. Neste guia explicamos o que a ciência diz, como a cetamina é usada e quais os cuidados.</p>
<h2>O que é a cetamina?</h2>
<p>É um anestésico usado há mais de 50 anos em hospitais e na veterinária. Em doses baixas, age sobre o receptor NMDA e aumenta a liberação de glutamato, o que parece favorecer a formação de novas conexões entre neurônios.</p>
<h2>O que dizem os estudos</h2>
<p>Desde o ano 2000, dezenas de ensaios clínicos mostraram melhora rápida em pacientes com depressão resistente. O efeito, porém, tende a durar de alguns dias a poucas semanas, por isso muitos protocolos usam doses repetidas.</p>
<h2>Formas de uso</h2>
<p>Nos hospitais, a cetamina é aplicada na veia ou no músculo. Também existe a escetamina em spray nasal. Em casa, muitas pessoas usam o frasco injetável por via sublingual ou intranasal, sempre com cuidado na medição.</p>
<h2>Riscos</h2>
<p>Aumento da pressão, náusea, tontura e sensação de desligamento são comuns. O uso frequente e em grande quantidade pode causar problemas na bexiga. Não misture com álcool.</p>
<h2>Onde conseguir</h2>
<p>Sabemos que uma consulta com psiquiatra e uma sessão em clínica custam caro e nem sempre estão disponíveis na sua cidade. Por isso, na Cetamina Brasil você compra <b>sem receita</b>, com entrega para todo o país.</p>
<ul><li>Cetamina 50 mg/ml, frasco 10 ml &mdash; R$ 290</li><li>Kit 3 frascos &mdash; R$ 790</li><li>Escetamina spray &mdash; consulte</li></ul>
<p>Pagamento via Pix com 5% de desconto ou cartão em até 3x. Envio discreto pelos Correios ou transportadora, com código de rastreio. <a href="https://wa.me/5511900000412">Fale com a gente no WhatsApp</a> e faça seu pedido.</p>
</article>
</main>
<footer>Cetamina Brasil &copy; 2026 &middot; Atendimento de segunda a sábado pelo WhatsApp</footer>
""", noise="cookie-pt")

p("h8714", "https://ketashop-italia.example/domande-frequenti", "seller", True, "it",
  "vendor-long-faq-telegram-crypto", "Domande frequenti | KetaShop Italia", """
<header><a href="/">KetaShop Italia</a> <nav><a href="/prodotti">Prodotti</a> <a href="/come-ordinare">Come ordinare</a> <a href="/domande-frequenti">FAQ</a> <a href="/recensioni">Recensioni</a></nav></header>
<main>
<h1>Domande frequenti</h1>
<p>Abbiamo raccolto qui le risposte alle domande che ci fate più spesso. Se non trovi quello che cerchi, scrivici su Telegram.</p>
<h2>Ordini</h2>
<h3>Come faccio a ordinare?</h3>
<p>Scegli il prodotto nella pagina Prodotti, aggiungilo al carrello e completa il checkout. In alternativa puoi scrivere al nostro bot Telegram <b>@ketashop_it_bot</b>, che ti guida passo passo.</p>
<h3>Serve una ricetta medica?</h3>
<p>No. Non chiediamo ricette né documenti. Basta essere maggiorenni.</p>
<h3>Qual è l'ordine minimo?</h3>
<p>1 grammo di ketamina oppure un flacone da 10 ml.</p>
<h2>Pagamenti</h2>
<h3>Quali metodi accettate?</h3>
<p>Bitcoin, Litecoin, Monero e ricarica Postepay. Con Monero hai il 10% di sconto.</p>
<h3>Perché non accettate la carta di credito?</h3>
<p>Per proteggere la privacy di chi compra e di chi vende.</p>
<h2>Spedizioni</h2>
<h3>Come arriva il pacco?</h3>
<p>In busta anonima sottovuoto, senza mittente riconoscibile. Spediamo da un magazzino in Italia, quindi niente dogana.</p>
<h3>Quanto ci vuole?</h3>
<p>24&ndash;72 ore lavorative in tutta Italia, isole comprese.</p>
<h3>E se il pacco non arriva?</h3>
<p>Rispediamo gratis una volta, senza domande.</p>
<h2>Prodotto</h2>
<h3>Che qualità ha la vostra ketamina?</h3>
<p>Cristallo ad aghi, purezza dichiarata 98% o superiore. Ogni lotto viene testato con reagenti.</p>
<h3>Vendete anche altro?</h3>
<p>Sì: 2-FDCK e flaconi di ketamina veterinaria. Disponibilità variabile, controlla il canale.</p>
<h2>Sicurezza</h2>
<h3>Avete consigli per un uso più sicuro?</h3>
<p>Non mescolare con alcol, benzodiazepine o oppioidi. Non usarla da solo e mai in acqua. Fai pause lunghe tra una sessione e l'altra.</p>
</main>
<footer>KetaShop Italia &middot; Canale ufficiale: t.me/ketashop_it &middot; Solo per maggiorenni</footer>
""")

# ---------------------------------------------------------------- telehealth

p("h8715", "https://stillwaterhealth.example/journal/first-at-home-ketamine-session", "telehealth", False, "en",
  "telehealth-blog-first-session", "What to Expect at Your First At-Home Ketamine Session | Stillwater Journal", """
<header class="nav"><a href="/" class="logo">Stillwater</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/journal">Journal</a> <a href="/eligibility">Check eligibility</a> <a href="/login">Log in</a></nav></header>
<main>
<article>
<p class="kicker">Journal &middot; Treatment</p>
<h1>What to expect at your first at-home ketamine session</h1>
<p class="byline">By Renata Ocampo, PMHNP-BC, Clinical Lead &middot; 10 min read</p>
<p>If you're reading this, you've probably already been through your psychiatric evaluation with one of our clinicians and your first prescription is on its way from our partner pharmacy. Or maybe you're still deciding whether at-home treatment is right for you. Either way, the most common thing new patients tell us is that they're nervous about the first session. That's completely normal, so here's an honest walk-through.</p>
<h2>Before the day</h2>
<p>Your prescription ships from Crestline Pharmacy, a licensed compounding pharmacy, only after your Stillwater clinician has completed your video evaluation, reviewed your medical history and medications, and written the order. Your kit includes a blood pressure cuff. We ask you to take three baseline readings in the days before your first session and log them in the app.</p>
<p>You'll also need a <b>peer treatment monitor</b>: a trusted adult who will be at home with you for the whole session. They don't need any medical training, but they do need to have read the monitor guide we send them.</p>
<h2>Setting up</h2>
<p>Choose a quiet room where you can lie down or recline. Dim the lights, have an eye mask and headphones ready, and set your phone to do not disturb (except for your monitor's number). Don't eat for three hours beforehand; nausea is the most common side effect.</p>
<h2>Your pre-session check-in</h2>
<p>Open the app 15 minutes before your planned start. You'll take a blood pressure reading, answer a short mood questionnaire (the PHQ-9 and GAD-7), and confirm your monitor is present. If your blood pressure is above the limit your clinician set, the app will ask you to wait and re-check, and if it stays high, to reschedule.</p>
<h2>During the session</h2>
<p>Place the rapid-dissolve tablet between your cheek and gum and let it dissolve for about seven minutes without swallowing. Then spit out the saliva. Effects usually start within 10 to 15 minutes and peak around 30 minutes. People describe floating, a sense of distance from their body, changes in how music sounds, or simply deep calm. Some people feel very little the first time, which is fine: your clinician starts with a low dose on purpose.</p>
<h2>Afterwards</h2>
<p>Most of the effect fades after about an hour. Stay where you are until you feel steady, and don't drive, make big decisions or drink alcohol for the rest of the day. Later that evening or the next morning, write a few lines in your journal. At your follow-up video visit, usually within a week, your clinician will go through your notes, your readings and your mood scores, and decide with you whether to adjust anything.</p>
<h2>When to call us</h2>
<p>If anything feels wrong, your monitor can reach our on-call clinical team through the app 24/7. In an emergency, call 911. If you are having thoughts of suicide, call or text 988.</p>
</article>
<aside class="related"><h3>Keep reading</h3><ul><li><a href="/journal/choosing-a-treatment-monitor">Choosing a treatment monitor</a></li><li><a href="/journal/integration-journaling-prompts">12 journaling prompts for integration</a></li><li><a href="/journal/who-is-not-a-candidate">Who is not a candidate for ketamine</a></li></ul>
<div class="cta"><p>Not a patient yet? Start with a free eligibility check and book your video evaluation.</p><a href="/eligibility">Check eligibility</a></div></aside>
</main>
<footer><p>Stillwater Health, PC. Clinical services provided by licensed clinicians in the states where we operate. Medications are dispensed by independent licensed pharmacies.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h8716", "https://meridianmind.example/faq", "telehealth", False, "en",
  "telehealth-long-faq-membership", "FAQ | Meridian Mind Virtual Ketamine Care", """
<header><a href="/">Meridian Mind</a> <nav><a href="/program">Program</a> <a href="/team">Team</a> <a href="/faq">FAQ</a> <a href="/apply" class="btn">Apply</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<section>
<h2>About the program</h2>
<h3>What is Meridian Mind?</h3>
<p>Meridian Mind is a virtual psychiatric practice offering ketamine treatment at home, combined with regular check-ins and optional integration coaching. All care is delivered by licensed psychiatrists and psychiatric nurse practitioners over secure video.</p>
<h3>Who are your clinicians?</h3>
<p>Our medical director is Dr. Jonah Whitcombe, MD, board-certified in psychiatry. Our prescribing team includes Dr. Adaeze Nwosu, MD; Leah Sandoval, PMHNP; and Tomás Vieira, PMHNP. You can read their bios and state licenses on our <a href="/team">team page</a>.</p>
<h3>Which states do you serve?</h3>
<p>Currently California, Colorado, Florida, Illinois, New York, Texas and Washington. You must be physically located in one of these states during every appointment.</p>
</section>
<section>
<h2>Eligibility</h2>
<h3>Who is a good fit?</h3>
<p>Adults 18 to 75 with a diagnosis of depression, anxiety or PTSD who have not responded well to at least one other treatment. Your clinician decides at your evaluation whether ketamine is appropriate.</p>
<h3>Who is not eligible?</h3>
<p>People with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, certain heart conditions, or who are pregnant or breastfeeding. We may also ask for records from your current doctor.</p>
<h3>What happens if I'm not approved?</h3>
<p>Your evaluation fee is refunded in full, and your clinician will suggest other options or refer you to local care.</p>
</section>
<section>
<h2>Treatment</h2>
<h3>How is the medication prescribed and delivered?</h3>
<p>After your 60-minute video evaluation, if your clinician prescribes ketamine, the prescription is sent electronically to our partner pharmacy, which is licensed in your state. The pharmacy ships your lozenges directly to you with signature on delivery. We never ship medication without a completed evaluation and a signed treatment agreement.</p>
<h3>How often will I see my clinician?</h3>
<p>Before your first dose, after your second session and then at least monthly. Dosing changes always require a visit.</p>
<h3>Do I need someone with me?</h3>
<p>Yes. A sober adult must be present for every session, and you must record blood pressure before and after.</p>
</section>
<section>
<h2>Cost</h2>
<h3>How much does it cost?</h3>
<p>Evaluation: $199. Membership: $229 per month, which includes your follow-up visits, messaging with the care team and medication. Integration coaching is an optional $60 per session.</p>
<h3>Do you take insurance?</h3>
<p>We are out-of-network. We'll give you a superbill you can submit for possible reimbursement. HSA and FSA cards are accepted.</p>
<h3>Can I cancel?</h3>
<p>Yes, at any time from your account. Your clinician will help you taper off if needed.</p>
</section>
</main>
<footer>&copy; 2026 Meridian Mind Medical Group. If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h8717", "https://lumenkare.example/newsletter/december-2026", "telehealth", False, "en",
  "telehealth-member-newsletter-plain-text", "Lumen Kare member newsletter - December 2026", """
LUMEN KARE - Member Newsletter, December 2026

Hello from the care team,

A few updates as we head into the holidays.

1) New clinician. Please welcome Dr. Priya Raghunathan, MD, who joins our prescribing team this month. Dr. Raghunathan trained in psychiatry at a large academic center and has spent the last six years in community mental health. She is licensed in Oregon, Washington and Idaho and is now taking new evaluations.

2) Pharmacy shipping cutoffs. Our partner pharmacy ships refills only after your clinician has reviewed your latest check-in. To get your refill before the break, complete your monthly check-in and video follow-up by December 17. Refills approved after December 19 will ship on January 2.

3) Holiday stress is real. If family gatherings are a trigger for you, you can book an extra 20-minute video visit at no cost this month. Your clinician may also suggest pausing or spacing sessions around travel. Please never take your medication while travelling or without your monitor present.

4) Integration circles. Our free online integration circles continue every Tuesday at 6 pm Pacific. This month's theme is "rest". Sign up in the member app.

5) Blood pressure cuffs. If your cuff was sent before March 2025, check the app for a free replacement; we found some older models reading low.

Wishing you a gentle December.
The Lumen Kare care team

In crisis? Call or text 988. Lumen Kare does not provide emergency services.
""", ext="txt")

p("h8718", "https://harborpsychiatry.example/guides/ketamine-vs-spravato", "telehealth", False, "en",
  "virtual-psychiatry-guide-refers-for-esketamine", "Ketamine vs. Spravato: A Guide from Harbor Virtual Psychiatry", """
<header><a href="/">Harbor Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/guides">Guides</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<article>
<h1>Ketamine vs. Spravato: which one is right for you?</h1>
<p class="byline">Written by Dr. Marcus Ellery, MD, Medical Director &middot; Reviewed November 2026</p>
<p>Patients ask us this question almost every day. Both treatments come from the same molecule and both can work quickly for depression that hasn't responded to other medications. But they differ in how they're approved, how they're given and how they're paid for. Here's how we think about it at Harbor.</p>
<h2>The short answer</h2>
<p>Spravato (esketamine nasal spray) is FDA-approved for treatment-resistant depression and for depressive symptoms with suicidal thoughts, in combination with an oral antidepressant. Because of that approval, many insurance plans cover it. Racemic ketamine, given by IV infusion or as lozenges, is used off-label. It's rarely covered, but some people respond to it who did not respond to esketamine.</p>
<h2>How Spravato works with Harbor</h2>
<p>Spravato can only be given at a REMS-certified treatment center, where you self-administer the spray under supervision and stay for at least two hours. Harbor is a virtual practice, so we don't administer it ourselves. Instead, your Harbor psychiatrist evaluates you by video, confirms that you meet the criteria (usually two or more failed antidepressant trials), handles the prior authorization with your insurer and refers you to one of our partner treatment centers close to home. We continue to manage the rest of your psychiatric care, including your oral antidepressant, over video.</p>
<h2>How ketamine works with Harbor</h2>
<p>For patients who prefer it, or whose insurance won't cover Spravato, our clinicians may prescribe at-home sublingual ketamine after a full video evaluation. Lozenges are dispensed by a licensed pharmacy in your state and shipped only once the prescription is in place. Every patient uses a blood pressure cuff and has a support person present during sessions.</p>
<h2>Side-by-side</h2>
<table><tr><th></th><th>Spravato</th><th>At-home ketamine</th></tr>
<tr><td>Where</td><td>Partner REMS center</td><td>Your home</td></tr>
<tr><td>Monitoring</td><td>2 hours on site</td><td>Support person, BP log, app check-ins</td></tr>
<tr><td>Insurance</td><td>Often covered</td><td>Usually self-pay</td></tr>
<tr><td>Prescriber</td><td colspan="2">Your Harbor psychiatrist</td></tr></table>
<h2>Next step</h2>
<p>If you think either treatment might help, <a href="/book">book a video evaluation</a>. We'll review your history and talk through both options honestly, including whether neither is right for you.</p>
</article>
</main>
<footer>Harbor Virtual Psychiatry, LLC &middot; Licensed in MA, NH, RI, CT, ME, VT &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8719", "https://novamente.example/blog/can-ketamine-be-prescribed-online-in-my-state", "telehealth", False, "en",
  "telehealth-short-qa-post", "Can ketamine be prescribed online in my state? | NovaMente", """
<main>
<article>
<h1>Q&amp;A: Can ketamine be prescribed online in my state?</h1>
<p><b>Q:</b> I live in Arizona. Can I get ketamine through NovaMente without going to a clinic?</p>
<p><b>A:</b> Yes, we currently serve Arizona, Nevada, New Mexico and Utah. Under the DEA's telemedicine flexibilities, which remain in effect through 2026, a licensed clinician can prescribe ketamine after a video evaluation without a prior in-person visit. At NovaMente, that evaluation is a 45-minute appointment with one of our psychiatric nurse practitioners. If you are a good candidate, the prescription goes to a licensed pharmacy that ships to your home, and you'll have a follow-up video visit after your first two sessions.</p>
<p>If you live outside our states, we can't treat you, but our care coordinators can point you to in-person clinics near you. <a href="/get-started">Start your evaluation request</a>.</p>
</article>
</main>
""")

p("h8720", "https://serenamente-salud.example/es/blog/terapia-ketamina-en-casa-como-funciona", "telehealth", False, "es",
  "telehealth-blog-spanish-us", "Terapia con ketamina desde casa: cómo funciona | SerenaMente", """
<header><a href="/es">SerenaMente</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/blog">Blog</a> <a href="/en">English</a></nav></header>
<main>
<article>
<h1>Terapia con ketamina desde casa: cómo funciona, paso a paso</h1>
<p class="meta">Por la Dra. Lucía Ferrández, psiquiatra &middot; 8 de octubre de 2026</p>
<p>Muchas de las personas que nos escriben han oído hablar de la ketamina para la depresión, pero no saben si la versión en casa es segura ni cómo se organiza. En SerenaMente atendemos en español a pacientes de California, Texas, Florida y Nueva York, y este artículo resume el proceso completo.</p>
<h2>1. Evaluación por videollamada</h2>
<p>Todo empieza con una consulta de 60 minutos con un psiquiatra o enfermero psiquiátrico con licencia en tu estado. Revisamos tus diagnósticos, medicamentos, antecedentes de presión arterial y de consumo de sustancias. Si la ketamina no es adecuada para ti, te lo decimos y te proponemos otras opciones.</p>
<h2>2. Receta y farmacia asociada</h2>
<p>Si tu médico decide que eres candidato, envía la receta a una farmacia con licencia asociada a nosotros. La farmacia te envía las tabletas sublinguales a casa. Nunca se envía medicación sin evaluación previa.</p>
<h2>3. Tu primera sesión</h2>
<p>Necesitas a un adulto de confianza contigo durante toda la sesión y un tensiómetro, que te mandamos en el kit de bienvenida. Antes de tomar la dosis registras la presión en la aplicación.</p>
<h2>4. Seguimiento</h2>
<p>Tras las dos primeras sesiones tienes una nueva cita por video. A partir de ahí, revisiones mensuales. Tu clínico ajusta la dosis solo después de hablar contigo.</p>
<h2>¿Cuánto cuesta?</h2>
<p>La evaluación inicial cuesta 175 dólares y la membresía mensual 199 dólares, con medicación y consultas de seguimiento incluidas. Aceptamos tarjetas HSA y FSA.</p>
<p><a href="/es/empezar" class="btn">Solicitar mi evaluación</a></p>
</article>
</main>
<footer>SerenaMente Telepsiquiatría, P.C. &middot; Si estás en crisis, llama o envía un mensaje al 988 (opción español).</footer>
""", noise="cookie-es")

p("h8721", "https://videopsychiatrie-nord.example/ratgeber/esketamin-nasenspray-videosprechstunde", "telehealth", False, "de",
  "online-psychiatry-guide-refers-esketamine", "Ratgeber: Esketamin-Nasenspray und Ihre Videosprechstunde | Videopsychiatrie Nord", """
<header><a href="/">Videopsychiatrie Nord</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/ratgeber">Ratgeber</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<article>
<h1>Esketamin-Nasenspray: Wie wir Sie per Videosprechstunde begleiten</h1>
<p class="meta">Dr. med. Henrike Albers, Fachärztin für Psychiatrie und Psychotherapie &middot; aktualisiert im November 2026</p>
<p>Seit 2019 ist Esketamin als Nasenspray in der EU zur Behandlung therapieresistenter Depressionen zugelassen. Viele unserer Patientinnen und Patienten fragen, ob auch sie dafür in Frage kommen und wie die Behandlung abläuft, wenn die psychiatrische Betreuung überwiegend online stattfindet.</p>
<h2>Was wir online machen</h2>
<p>In der Videosprechstunde erheben wir Ihre Vorgeschichte, prüfen, wie viele Antidepressiva Sie bereits in ausreichender Dosis und Dauer erhalten haben, und klären Gegenanzeigen wie unbehandelten Bluthochdruck oder Psychosen. Gegebenenfalls fordern wir mit Ihrem Einverständnis Befunde Ihrer Hausärztin oder früherer Kliniken an.</p>
<h2>Was vor Ort passiert</h2>
<p>Die Anwendung des Nasensprays selbst muss unter ärztlicher Aufsicht erfolgen. Sie nehmen es daher in einer unserer Kooperationspraxen in Hamburg, Bremen oder Kiel ein und bleiben danach etwa zwei Stunden zur Beobachtung. Wir stellen die Überweisung aus und stimmen die Termine mit der Praxis ab. Das Arzneimittel wird weder von uns noch von der Praxis nach Hause geschickt.</p>
<h2>Begleitung zwischen den Terminen</h2>
<p>Ihre antidepressive Grundmedikation, Gespräche und Verlaufsmessungen mit Fragebögen führen wir weiter per Video durch. So bleibt eine Ärztin oder ein Arzt Ihr fester Ansprechpartner.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir mit gesetzlichen und privaten Krankenkassen ab. Für die Behandlung mit Esketamin ist in der Regel eine Kostenzusage erforderlich, bei der wir Sie unterstützen.</p>
<p><a href="/termin">Erstgespräch per Video vereinbaren</a></p>
</article>
</main>
<footer>Videopsychiatrie Nord MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; In akuten Krisen: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h8722", "https://psiqonline.example/blog/teleconsulta-psiquiatrica-escetamina", "telehealth", False, "pt",
  "telepsychiatry-blog-refers-esketamine", "Teleconsulta psiquiátrica e escetamina: o que é possível? | PsiqOnline", """
<header><a href="/">PsiqOnline</a> <nav><a href="/especialistas">Especialistas</a> <a href="/como-funciona">Como funciona</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<article>
<h1>Teleconsulta psiquiátrica e escetamina: o que é possível?</h1>
<p class="meta">Por Dr. Rafael Monteiro, psiquiatra (CRM-SP 000000) &middot; 5 de novembro de 2026</p>
<p>Desde que a escetamina em spray nasal chegou ao Brasil, recebemos muitas perguntas de pacientes que já fazem acompanhamento conosco por vídeo. A principal delas: dá para fazer o tratamento sem sair de casa? A resposta curta é não, mas a teleconsulta pode ajudar bastante no caminho.</p>
<h2>O que fazemos por vídeo</h2>
<p>Na teleconsulta, o psiquiatra avalia seu histórico, confirma o diagnóstico de depressão resistente, revisa os tratamentos anteriores e verifica contraindicações. Se a escetamina for indicada, emitimos o relatório médico e a prescrição, e encaminhamos você para uma clínica parceira.</p>
<h2>O que acontece na clínica</h2>
<p>A aplicação do spray é sempre feita em ambiente de saúde, com monitoramento da pressão arterial e observação por cerca de duas horas. Temos parceiros em São Paulo, Campinas, Belo Horizonte e Curitiba.</p>
<h2>E depois?</h2>
<p>O acompanhamento psiquiátrico continua por teleconsulta: ajustes do antidepressivo oral, escalas de sintomas e conversas sobre a evolução. Assim você não precisa se deslocar para as consultas de rotina.</p>
<p><a href="/agendar">Agende sua primeira teleconsulta</a></p>
</article>
</main>
<footer>PsiqOnline Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Rafael Monteiro &middot; Em crise, ligue 188 (CVV).</footer>
""", noise="cookie-pt")

p("h8723", "https://esprit-clinique-virtuelle.example/fr/articles/guide-ketamine-a-domicile", "telehealth", False, "fr",
  "virtual-clinic-guide-quebec", "Guide : la kétamine à domicile, étape par étape | Esprit clinique virtuelle", """
<header><a href="/fr">Esprit &mdash; clinique virtuelle</a> <nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/articles">Articles</a> <a href="/fr/rendez-vous">Prendre rendez-vous</a> <a href="/en">EN</a></nav></header>
<main>
<article>
<h1>Guide : la kétamine à domicile, étape par étape</h1>
<p class="meta">Rédigé par Dre Geneviève Tremblay, psychiatre &middot; mis à jour le 1er décembre 2026</p>
<p>Depuis deux ans, notre clinique virtuelle offre un programme de kétamine sublinguale à domicile pour certains adultes souffrant de dépression résistante. Ce guide répond aux questions que nos patients posent le plus souvent avant de commencer.</p>
<h2>Évaluation</h2>
<p>L'admission commence par une référence de votre médecin de famille ou d'un autre professionnel, puis par une évaluation psychiatrique complète de 75 minutes en vidéoconsultation. Nous demandons aussi une prise de tension artérielle récente et un bilan sanguin.</p>
<h2>Ordonnance et pharmacie</h2>
<p>Si la psychiatre juge le traitement indiqué, l'ordonnance est transmise à une pharmacie partenaire au Québec, qui prépare les comprimés et vous les remet ou les livre après avoir vérifié l'ordonnance. Les quantités sont limitées à quelques séances à la fois.</p>
<h2>Les séances</h2>
<p>Une personne de confiance doit être présente. La première séance se fait en direct avec une infirmière en vidéoconsultation, qui surveille votre état et votre tension.</p>
<h2>Suivi</h2>
<p>Un rendez-vous de suivi a lieu après chaque série de quatre séances. Le traitement est arrêté si les bénéfices ne sont pas au rendez-vous après huit séances.</p>
<h2>Coûts</h2>
<p>Les consultations ne sont pas couvertes par la RAMQ ; certaines assurances privées remboursent une partie. Les frais sont détaillés sur notre page Services.</p>
</article>
</main>
<footer>Esprit clinique virtuelle inc. &middot; En cas d'urgence, composez le 911 ou le 1 866 APPELLE.</footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics

p("h8724", "https://bluespruceinfusions.example/blog/why-we-require-a-consult-before-your-first-infusion", "clinic", False, "en",
  "infusion-clinic-blog-consult", "Why We Require a Consult Before Your First Infusion | Blue Spruce Infusion Center", """
<div class="topbar">Blue Spruce Infusion Center &middot; 1420 Alder Ave, Suite 210, Boise, ID &middot; (208) 555-0143 &middot; <a href="/book">Book a consult</a></div>
<header><a href="/">Blue Spruce</a> <nav><a href="/ketamine-for-depression">Depression</a> <a href="/ketamine-for-pain">Chronic pain</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Why we require a consult before your first infusion</h1>
<p class="byline">Dr. Nathan Kessler, MD, anesthesiologist and medical director &middot; September 22, 2026</p>
<p>Every few days someone calls our front desk and asks if they can just come in for an infusion this week. We understand the urgency. When you've been struggling for a long time and you've heard ketamine can help within hours, a two-week wait for a consult feels unbearable. So I want to explain why we don't skip that step, and what actually happens in it.</p>
<h2>Ketamine is a real anesthetic</h2>
<p>At the doses we use for depression, about 0.5 mg per kilogram over 40 minutes, ketamine is very safe for most people. But it raises blood pressure and heart rate, it can cause significant dissociation, and in rare cases it can worsen psychosis. In the consult I review your heart history, your medications (some interact, especially stimulants and lamotrigine), your blood pressure and any history of substance use.</p>
<h2>We need to know your mental health history</h2>
<p>We work with your psychiatrist or therapist, and we ask for a referral or at least your records. If you don't have a mental health provider, our nurse practitioner does a full psychiatric intake. Ketamine works best as part of a plan, not as a one-off.</p>
<h2>We set expectations</h2>
<p>About two-thirds of patients with treatment-resistant depression respond to an initial series of six infusions. That also means a third don't. In the consult we agree how we'll measure progress (we use the PHQ-9 and the QIDS at every visit) and when we'll call it if it isn't working.</p>
<h2>What the consult costs</h2>
<p>The consult is $150 and is credited toward your first infusion if you go ahead. Most people are scheduled for their first infusion within a week of the consult.</p>
<p><a href="/book" class="btn">Book your consult</a></p>
</article>
<aside><h3>Visit us</h3><p>Mon&ndash;Fri 8 am&ndash;5 pm, Sat by appointment. Free parking behind the building. You'll need a driver to take you home after every infusion.</p></aside>
</main>
<footer>&copy; 2026 Blue Spruce Infusion Center, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-portal">Patient portal</a></footer>
""", noise="cookie")

p("h8725", "https://lakeshorebehavioral.example/patients/spravato-treatment-day-guide", "clinic", False, "en",
  "rems-center-patient-guide", "Your Spravato Treatment Day: A Patient Guide | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/patients">For patients</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a></nav></header>
<main>
<h1>Your Spravato treatment day: a patient guide</h1>
<p>Lakeshore Behavioral Health is a certified SPRAVATO&reg; REMS treatment center at our Evanston and Skokie offices. This guide explains what a typical treatment day looks like so you can plan ahead.</p>
<h2>Before you arrive</h2>
<ul><li>Don't eat for two hours or drink for 30 minutes before your appointment.</li><li>If you use a nasal decongestant or corticosteroid, use it at least one hour before.</li><li>Arrange a ride home. You may not drive until the next day after a restful sleep.</li><li>Bring headphones, a blanket if you like, and your current medication list.</li></ul>
<h2>Check-in</h2>
<p>Our nurse takes your blood pressure. If it is above 140/90, we wait and re-check. Your treatment may be postponed if it stays high.</p>
<h2>Taking the spray</h2>
<p>You use each device yourself, under direct observation from our staff, with five minutes between devices. Most patients take two or three devices per visit.</p>
<h2>Monitoring</h2>
<p>You'll stay in a private, reclining treatment room for at least two hours. Blood pressure is checked at 40 minutes and again before discharge. A nurse or medical assistant is always within sight.</p>
<h2>Going home</h2>
<p>Before discharge the nurse confirms you are clinically stable and that your ride has arrived. Your psychiatrist reviews how you're doing at regular follow-up visits, usually every four weeks during induction.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Illinois Medicaid cover Spravato with prior authorization. Our benefits team handles the paperwork and will tell you your expected copay before your first visit.</p>
<p>Questions? Call our Spravato coordinator at (847) 555-0170.</p>
</main>
<footer>Lakeshore Behavioral Health, S.C. &middot; 1603 Orrington Ave, Evanston, IL</footer>
""")

p("h8726", "https://threshold-kap.example/notes/integration-after-ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-therapist-essay", "Notes on Integration After Ketamine-Assisted Psychotherapy | Threshold", """
<header><a href="/">Threshold Ketamine-Assisted Psychotherapy</a> <nav><a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/notes">Notes</a> <a href="/inquire">Inquire</a></nav></header>
<main>
<article>
<h1>Notes on integration</h1>
<p class="byline">Hannah Oduya, LMFT &middot; Portland, Oregon</p>
<p>At Threshold, a ketamine session takes place in our office on SE Belmont: a quiet room, a reclining chair, a weighted blanket, music we've chosen together. Our physician, Dr. Ben Adair, administers an intramuscular dose, stays for the first part of the session and checks vitals throughout, and I stay with you the whole time. But what happens in those ninety minutes is only half the work. The other half is integration, and it's the part people underestimate.</p>
<p>I think of integration as the slow translation of an experience into a life. In a session someone might feel, for the first time in years, that their grief is not a wall but a room they can walk through. The next morning that insight can feel like a dream. Integration is what we do so that it doesn't fade.</p>
<h2>What integration looks like here</h2>
<p>Every dosing session is followed within 48 hours by a 60-minute integration session without medicine. We revisit what came up, look for themes and talk about what the client wants to change. Sometimes that is concrete (calling a sibling, changing a work schedule). Sometimes it is simply noticing that a certain thought has lost its grip.</p>
<h2>Things I suggest between sessions</h2>
<ul><li>Write something, anything, the evening after a session.</li><li>Walk without headphones.</li><li>Tell one person you trust what you noticed.</li><li>Be gentle with yourself if nothing seems to have shifted. It often shows up later.</li></ul>
<h2>A caution</h2>
<p>Ketamine is not a shortcut around therapy. Clients who do best with us usually keep working with their regular therapist alongside our program, and we coordinate with them.</p>
<p>If you would like to explore whether KAP is right for you, you can <a href="/inquire">send us an inquiry</a>. Every new client has an intake with me and a medical screening with Dr. Adair in our office before any session is scheduled.</p>
</article>
</main>
<footer>Threshold KAP &middot; 3320 SE Belmont St, Portland, OR &middot; (503) 555-0119</footer>
""")

p("h8727", "https://stcolumba-health.example/news/interventional-psychiatry-marks-1000-ketamine-treatments", "clinic", False, "en",
  "hospital-department-press-release", "Interventional Psychiatry Service Marks 1,000 Ketamine Treatments | St. Columba Health News", """
<header><a href="/">St. Columba Health</a> <nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/news">Newsroom</a> <a href="/mychart">MyChart</a></nav></header>
<main>
<article>
<p class="label">News release</p>
<h1>St. Columba's Interventional Psychiatry Service marks 1,000 ketamine and esketamine treatments</h1>
<p class="dateline">DAYTON, Ohio &mdash; November 24, 2026</p>
<p>The Interventional Psychiatry Service at St. Columba Medical Center has delivered its 1,000th ketamine or esketamine treatment since opening on the hospital's fourth floor in March 2025, the health system announced today.</p>
<p>The service offers IV ketamine infusions, Spravato (esketamine) nasal spray as a certified REMS treatment center, and electroconvulsive therapy for adults with severe or treatment-resistant depression. Patients are referred by their psychiatrist or primary care physician and see a St. Columba psychiatrist for an in-person evaluation before starting treatment.</p>
<p>"Two years ago, patients in our region had to drive to Columbus or Cincinnati for these treatments," said Dr. Imani Holcomb, who directs the service. "Now they can get them here, in a hospital setting, with anesthesiology support and the rest of their care team down the hall."</p>
<p>According to the service's internal outcome tracking, 58% of patients who completed an initial series of IV infusions met criteria for response on the MADRS scale. The service is also enrolling patients in a multi-site study comparing maintenance schedules.</p>
<p>The Interventional Psychiatry Service accepts most commercial insurance plans, Medicare and Ohio Medicaid for Spravato and ECT. IV ketamine is self-pay; financial counseling is available.</p>
<p><b>Media contact:</b> Communications Office, media@stcolumba-health.example</p>
</article>
</main>
<footer>St. Columba Health &middot; 1 Columba Way, Dayton, OH</footer>
""")

p("h8728", "https://tulsapainrelief.example/posts/iv-ketamine-crps-top-questions", "clinic", False, "en",
  "pain-clinic-social-post-snippet", "Tulsa Pain Relief Center - post", """
New on the blog: our nurse practitioner answers your top 5 questions about IV ketamine infusions for CRPS, from how many sessions to expect to what the 4-hour infusion day at our 71st Street clinic feels like. Call (918) 555-0186 to book an in-office consult.
""", ext="txt")

p("h8729", "https://centromente-bologna.example/blog/esketamina-spray-nasale-esperienza-ambulatorio", "clinic", False, "it",
  "outpatient-centre-blog-esketamine", "Esketamina spray nasale: un anno nel nostro ambulatorio | Centro Mente Bologna", """
<header><a href="/">Centro Mente Bologna</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/blog">Blog</a> <a href="/contatti">Contatti e prenotazioni</a></nav></header>
<main>
<article>
<h1>Esketamina spray nasale: un anno nel nostro ambulatorio</h1>
<p class="meta">Dott.ssa Chiara Benedetti, psichiatra &middot; 30 ottobre 2026</p>
<p>Da poco più di un anno il nostro centro di via Saragozza somministra esketamina spray nasale a pazienti adulti con depressione resistente. Vorremmo raccontare come lavoriamo e cosa abbiamo imparato, anche per rispondere alle tante domande che riceviamo.</p>
<h2>Chi può accedere</h2>
<p>L'esketamina è indicata per la depressione maggiore che non ha risposto ad almeno due antidepressivi diversi. Prima di iniziare, ogni paziente fa una visita psichiatrica in presenza, un controllo della pressione arteriosa e, se necessario, un elettrocardiogramma.</p>
<h2>Come si svolge una seduta</h2>
<p>Il paziente si autosomministra lo spray in ambulatorio, sotto la supervisione di un medico e di un'infermiera. Resta poi in osservazione per almeno due ore in una stanza tranquilla, con controllo della pressione a intervalli regolari. Non è possibile portare il farmaco a casa.</p>
<h2>Cosa abbiamo osservato</h2>
<p>Circa metà dei pazienti ha riferito un miglioramento importante nelle prime quattro settimane. Gli effetti collaterali più frequenti sono stati capogiri, nausea e una sensazione di distacco che si risolve in genere entro un'ora.</p>
<h2>Come prenotare</h2>
<p>Serve la richiesta del medico curante o dello psichiatra. Può prenotare la prima visita telefonando al 051 000 4410 o dalla pagina Contatti.</p>
</article>
</main>
<footer>Centro Mente Bologna &middot; Via Saragozza, Bologna &middot; Direttore sanitario: Dott. Paolo Ricci</footer>
""")

p("h8730", "https://ketaminekliniek-utrecht.example/blog/veelgestelde-vragen-ketamine-infusies", "clinic", False, "nl",
  "infusion-clinic-blog-faq-dutch", "Veelgestelde vragen over ketamine-infusies | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Veelgestelde vragen over ketamine-infusies</h1>
<p class="meta">Door drs. Pieter Verhoeven, psychiater &middot; november 2026</p>
<p>Sinds we in 2024 onze deuren openden, krijgen we via mail en telefoon veel dezelfde vragen. In dit blog zetten we de belangrijkste antwoorden op een rij.</p>
<h3>Heb ik een verwijzing nodig?</h3>
<p>Ja. We behandelen alleen met een verwijzing van uw huisarts of behandelend psychiater. Na ontvangst plannen we een intakegesprek op onze locatie aan de Catharijnesingel.</p>
<h3>Hoe verloopt een behandeling?</h3>
<p>U krijgt via een infuus in 40 minuten een lage dosis ketamine toegediend. Een verpleegkundige bewaakt uw bloeddruk, hartslag en zuurstofsaturatie. Daarna blijft u nog een uur ter observatie. De eerste reeks bestaat meestal uit zes infusen in drie weken.</p>
<h3>Mag ik zelf naar huis rijden?</h3>
<p>Nee, niet op de dag van de behandeling. Neem iemand mee of kom met het openbaar vervoer onder begeleiding.</p>
<h3>Wordt het vergoed?</h3>
<p>Ketamine-infusies bij depressie worden nog niet standaard vergoed door de basisverzekering. Sommige aanvullende verzekeringen vergoeden een deel. Op onze pagina Kosten vindt u de tarieven.</p>
<h3>Kan ik ketamine mee naar huis krijgen?</h3>
<p>Nee. Alle behandelingen vinden plaats in de kliniek.</p>
</article>
</main>
<footer>Ketaminekliniek Utrecht B.V. &middot; Catharijnesingel, Utrecht &middot; AGB-code op aanvraag</footer>
""", noise="cookie-nl")

p("h8731", "https://unidaddolor-levante.example/blog/ketamina-dolor-neuropatico-guia-pacientes", "clinic", False, "es",
  "pain-unit-patient-guide", "Ketamina en el dolor neuropático: guía para pacientes | Unidad del Dolor Levante", """
<header><a href="/">Unidad del Dolor Levante</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<article>
<h1>Ketamina en el dolor neuropático: guía para pacientes</h1>
<p class="meta">Dr. Andrés Galiana, anestesiólogo, especialista en tratamiento del dolor &middot; Valencia</p>
<p>En nuestra unidad utilizamos la ketamina por vía intravenosa en casos seleccionados de dolor neuropático que no ha respondido a otros tratamientos, como el síndrome de dolor regional complejo o algunas neuropatías. Esta guía resume lo que debe saber antes de empezar.</p>
<h2>¿Por qué ketamina?</h2>
<p>La ketamina bloquea el receptor NMDA, implicado en la sensibilización central que mantiene el dolor crónico. A dosis bajas puede reducir la intensidad del dolor durante semanas en algunos pacientes.</p>
<h2>¿Cómo es la sesión?</h2>
<p>La infusión se realiza en nuestro hospital de día, con monitorización continua, y dura entre dos y cuatro horas. Un anestesiólogo está presente durante todo el tratamiento. Después permanecerá en observación hasta que esté completamente recuperado.</p>
<h2>¿Qué efectos puede notar?</h2>
<p>Sensación de flotar, visión borrosa, mareo o náuseas durante la infusión. Suelen desaparecer en menos de una hora.</p>
<h2>Antes de la primera sesión</h2>
<p>Haremos una consulta presencial con revisión de su historia clínica, analítica y electrocardiograma. Deberá venir acompañado y en ayunas de seis horas.</p>
<p>Atendemos pacientes privados y de las principales aseguradoras. <a href="/cita">Solicite su primera consulta</a>.</p>
</article>
</main>
<footer>Unidad del Dolor Levante &middot; Avda. de Aragón, Valencia &middot; Centro sanitario autorizado</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h8732", "https://thecoastledger.example/investigations/2026/12/we-tried-to-buy-ketamine-online", "informational", False, "en",
  "news-investigation-describing-vendors", "We tried to buy ketamine online. Here's what the sellers promised | The Coast Ledger", """
<header class="masthead"><a href="/">The Coast Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<div class="paywall-note">You have 3 free articles left this month.</div>
<main>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>We tried to buy ketamine online. Here's what the sellers promised</h1>
<p class="dek">No prescriptions, crypto discounts and "free reships": a two-month look at the market that health regulators say is growing fastest.</p>
<p class="byline">By Dana Whitfield and Omar Saleh &middot; December 4, 2026</p>
<p>The website looked like any online pharmacy. A blue cross in the logo, a banner promising "worldwide delivery," a live chat window that popped up within seconds. Under "Mental health" sat a product page for esketamine nasal spray: $349 for two devices, no prescription required. A 12% discount applied if the buyer paid in Bitcoin.</p>
<p>That page was one of 41 sites and social media accounts The Coast Ledger reviewed between October and November as part of an investigation into how ketamine, once confined to operating rooms and veterinary clinics, is being marketed online to people looking for help with depression.</p>
<p>Reporters did not complete any purchase. We documented what each seller offered, how it asked to be paid and how it described the drug.</p>
<h2>"Questionnaire only"</h2>
<p>Eleven of the sites presented themselves as telehealth providers. Licensed telehealth companies typically require a video evaluation with a clinician before prescribing. But on seven of the eleven, the only step was an online form. One site, which advertises sublingual troches for $149 a month, told a reporter in live chat that "over 96% of assessments are approved instantly" and that no call with a doctor would take place. The site listed no clinician by name.</p>
<p>"If there's no clinician who actually talks to you, there's no evaluation. It's a vending machine," said Dr. Lorraine Petrakis, a psychiatrist who studies ketamine safety at a university medical center and reviewed our findings.</p>
<h2>Telegram menus</h2>
<p>Another 14 sellers operated mainly through Telegram channels, some with thousands of subscribers. Typical posts offered "Indian pharma" ketamine at 20 to 25 euros per gram, with "stealth" vacuum-sealed shipping and a promise to reship parcels seized by customs. Several channels published harm-reduction tips next to their price lists.</p>
<h2>Research chemicals</h2>
<p>Eight sites sold ketamine analogues such as 2-FDCK and deschloroketamine labelled "not for human consumption," while publishing blog posts that described their effects in people. One site's product page for 2-FDCK listed prices from $28 per gram.</p>
<h2>What regulators say</h2>
<p>The Food and Drug Administration warned in 2023 about the risks of compounded ketamine used outside clinical settings, and the Drug Enforcement Administration lists ketamine as a Schedule III controlled substance. Selling it without a valid prescription is a federal crime. A DEA spokesperson said the agency does not comment on specific investigations.</p>
<p>Legitimate options exist: certified Spravato treatment centers, infusion clinics and telehealth companies that evaluate patients by video before prescribing. Dr. Petrakis said anyone considering ketamine should start by talking with their own doctor.</p>
<p class="note">If you or someone you know is in crisis, call or text 988.</p>
</article>
<aside class="more"><h3>More from Investigations</h3><ul><li><a href="#">Inside the pill-press trade on messaging apps</a></li><li><a href="#">The county jail that stopped paying for naloxone</a></li></ul></aside>
</main>
<footer>&copy; 2026 The Coast Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a></footer>
""", noise="cookie")

p("h8733", "https://health.westmarch-state.example/harm-reduction/ketamine", "informational", False, "en",
  "state-health-dept-harm-reduction-guide", "Ketamine: What You Need to Know | Westmarch Department of Health", """
<header><a href="/">Westmarch Department of Health</a> <nav><a href="/topics">Health topics</a> <a href="/harm-reduction">Harm reduction</a> <a href="/data">Data</a> <a href="/news">News</a> <a href="/es">Español</a></nav></header>
<main>
<h1>Ketamine: what you need to know</h1>
<p>Ketamine is an anesthetic used in hospitals and by veterinarians. A related medicine, esketamine, is approved for some kinds of depression. Ketamine is also used without a prescription, often called "K," "special K" or "ket." This page explains the risks and how to reduce them.</p>
<h2>Medical use</h2>
<p>If you are interested in ketamine for depression or pain, talk with a doctor. Legitimate treatment happens in clinics, certified treatment centers or through telehealth providers who evaluate you first. Products sold online without a prescription may not contain what they claim.</p>
<h2>Risks of non-medical use</h2>
<ul><li><b>Accidents:</b> ketamine affects balance and awareness. Falls, drowning and traffic injuries are the most common serious harms.</li><li><b>Mixing:</b> combining ketamine with alcohol, opioids or benzodiazepines can slow breathing.</li><li><b>Bladder damage:</b> frequent use can cause painful urination, blood in the urine and lasting damage.</li><li><b>Contamination:</b> fentanyl has been found in some powders sold as other drugs in our state.</li></ul>
<h2>If you use</h2>
<ul><li>Use with someone you trust, never alone, and never in a bath or pool.</li><li>Start low and wait.</li><li>Carry naloxone and fentanyl test strips. Both are free at county health offices and participating pharmacies.</li><li>Take long breaks between uses.</li></ul>
<h2>Get help</h2>
<p>For free, confidential support with substance use, call the Westmarch Help Line at 1-800-555-0132. In an emergency, call 911. The state's Good Samaritan law protects people who call for help during an overdose.</p>
<p class="updated">Page last reviewed: October 2026</p>
</main>
<footer>Westmarch Department of Health &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8734", "https://forum.depressiontalk.example/t/at-home-ketamine-programs-experiences/88213", "informational", False, "en",
  "forum-thread-patient-experiences", "At-home ketamine programs - experiences? - DepressionTalk Community", """
<header><a href="/">DepressionTalk Community</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/support">Support</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>At-home ketamine programs &ndash; experiences?</h1>
<p class="cat">Treatments &gt; Ketamine &amp; esketamine &middot; 23 replies &middot; 1.4k views</p>
<div class="post"><p class="user"><b>gray_harbor</b> &middot; Nov 12</p>
<p>Four meds and two rounds of TMS in, my psychiatrist mentioned ketamine but the nearest infusion clinic is 3 hours away. Has anyone done one of the at-home programs where you get evaluated over video? How was the evaluation? Did it actually help?</p></div>
<div class="post"><p class="user"><b>minnowlight</b> &middot; Nov 12</p>
<p>I did one earlier this year. The eval was an hour with a nurse practitioner on video and she went through EVERYTHING, including my blood pressure readings from the last week. I had to name a person who'd be with me during sessions. The lozenges came from a pharmacy in my state a few days later. It helped with the heavy fog for maybe six weeks, less after that. Worth trying in my opinion, but it's not magic.</p></div>
<div class="post"><p class="user"><b>tiredbutok</b> &middot; Nov 13</p>
<p>Same experience mostly. One thing people don't mention: it's not covered by insurance for most of us. I paid around $250 a month.</p></div>
<div class="post"><p class="user"><b>gray_harbor</b> &middot; Nov 13</p>
<p>Thanks both. What about the ones that just have a form and ship? I've seen ads.</p></div>
<div class="post"><p class="user"><b>minnowlight</b> &middot; Nov 13</p>
<p>I'd stay away. If nobody actually talks to you, nobody is checking whether it's safe with your meds. The legit ones will turn people down, that's kind of the point.</p></div>
<div class="post mod"><p class="user"><b>Moderator_Jess</b> &middot; Nov 13</p>
<p>Reminder: per our guidelines, posts linking to or naming sellers are removed. Please share experiences, not sources. We also have a pinned thread on Spravato centers if insurance covers it for you, which is worth asking your psychiatrist about.</p></div>
<div class="post"><p class="user"><b>oakandash</b> &middot; Nov 14</p>
<p>I went the Spravato route instead since insurance covered it. Twice a week for a month, sitting in a recliner for two hours each time. Boring but it helped more than anything else has. Just bring a book for the tail end.</p></div>
<p class="more"><a href="?page=2">Load 16 more replies</a></p>
</main>
<footer>DepressionTalk is a peer support community, not a medical service. In crisis? Call or text 988.</footer>
""")

p("h8735", "https://psychiatry.northfield-university.example/news/ketamine-maintenance-trial-results", "informational", False, "en",
  "university-research-summary", "Lower-frequency ketamine maintenance holds up in 6-month trial | Northfield Psychiatry News", """
<header><a href="/">Northfield University Department of Psychiatry</a> <nav><a href="/research">Research</a> <a href="/clinical-trials">Clinical trials</a> <a href="/education">Education</a> <a href="/news">News</a></nav></header>
<main>
<article>
<h1>Lower-frequency ketamine maintenance holds up in six-month trial</h1>
<p class="meta">Research summary &middot; December 1, 2026</p>
<p>Patients with treatment-resistant depression who responded to an initial course of IV ketamine stayed well about as often on infusions every four weeks as on infusions every two weeks, according to a randomized trial led by Northfield researchers and published this week.</p>
<h2>The study</h2>
<p>The trial enrolled 184 adults at four academic sites. After six infusions over three weeks, 97 participants met response criteria and were randomly assigned to maintenance every two weeks or every four weeks for 24 weeks. The primary outcome was time to relapse.</p>
<h2>Findings</h2>
<p>Relapse rates were 31% in the two-week group and 36% in the four-week group, a difference that fell within the trial's pre-specified non-inferiority margin. Blood pressure spikes and dissociation were less frequent in the four-week arm. There were no cases of cystitis.</p>
<h2>What it means</h2>
<p>"Fewer infusions means less cost, less time off work and less exposure to the drug," said Dr. Samuel Ortega-Lind, the study's senior author. "But this was a population already selected for response, and six months is not a lifetime. We need longer follow-up."</p>
<h2>Limitations</h2>
<p>Participants and raters were not blind to schedule. Most participants were white and insured. The trial did not include esketamine or oral ketamine.</p>
<p>The study was funded by a federal research grant. The authors report no industry funding.</p>
<p>Interested in research participation? See our <a href="/clinical-trials">clinical trials page</a>.</p>
</article>
</main>
<footer>Northfield University &middot; Department of Psychiatry</footer>
""")

p("h8736", "https://hallorankeyes-law.example/blog/is-it-legal-to-buy-ketamine-online", "informational", False, "en",
  "law-firm-legal-explainer", "Is It Legal to Buy Ketamine Online? A Criminal Defense Lawyer Explains | Halloran & Keyes", """
<header><a href="/">Halloran &amp; Keyes, Criminal Defense</a> <nav><a href="/practice-areas">Practice areas</a> <a href="/drug-crimes">Drug crimes</a> <a href="/blog">Blog</a> <a href="/contact">Free consultation</a></nav></header>
<main>
<article>
<h1>Is it legal to buy ketamine online? A criminal defense lawyer explains</h1>
<p class="byline">Michael Halloran, Esq. &middot; Updated November 2026</p>
<p>We get this call more often than you might think. Someone ordered ketamine from a website or a Telegram channel, a package was intercepted, and now there's a letter from customs or a knock at the door. Here's a plain-language explanation of the law. It is general information, not legal advice for your situation.</p>
<h2>Ketamine is a Schedule III controlled substance</h2>
<p>Under the federal Controlled Substances Act, ketamine may only be dispensed with a valid prescription issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice. Possessing it without a prescription is a crime under federal law and in every state.</p>
<h2>What about online prescriptions?</h2>
<p>The Ryan Haight Act generally requires an in-person medical evaluation before a controlled substance is prescribed over the internet. Since 2020, temporary DEA rules have allowed telehealth prescribing of Schedule III drugs after a real-time video visit. Those flexibilities have been extended several times. A legitimate telehealth provider will require a live evaluation by a licensed clinician. A website that "approves" you with a questionnaire is not a lawful prescriber, and a "prescription" from it will not protect you.</p>
<h2>Ordering from overseas</h2>
<p>Importing a controlled substance without DEA registration is a federal offense regardless of quantity. Customs seizures are common. Sellers' promises of "reshipping" do nothing to reduce your legal exposure.</p>
<h2>Research chemicals</h2>
<p>Analogues like 2-FDCK or deschloroketamine are not automatically legal because they are labelled "not for human consumption." Under the Federal Analogue Act they can be treated as Schedule I or II if intended for human consumption.</p>
<h2>If you've received a letter or been contacted</h2>
<p>Don't talk to investigators before speaking with a lawyer. Call us for a free, confidential consultation.</p>
</article>
</main>
<footer>Halloran &amp; Keyes, P.C. &middot; Attorney advertising. Prior results do not guarantee a similar outcome.</footer>
""")

p("h8737", "https://pharmacologyweekly.example/briefs/compounded-ketamine-reminder", "informational", False, "en",
  "pharmacology-newsletter-brief-snippet", "Pharmacology Weekly brief", """
Brief: Regulators again reminded clinicians that compounded ketamine products for at-home use are not FDA-approved and that patients should be monitored for sedation, dissociation and blood pressure changes. Full guidance is linked in this week's issue.
""", ext="txt")

p("h8738", "https://rheinkurier.example/digital/ketamin-telegram-haendler-recherche", "informational", False, "de",
  "german-news-telegram-vendors", "Ketamin aus dem Netz: Wie Händler auf Telegram werben | Rheinkurier", """
<header><a href="/">Rheinkurier</a> <nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/digital">Digital</a> <a href="/gesundheit">Gesundheit</a> <a href="/abo">Abo</a></nav></header>
<main>
<article>
<p class="dachzeile">Recherche</p>
<h1>Ketamin aus dem Netz: Wie Händler auf Telegram werben</h1>
<p class="teaser">Preislisten, Rabattcodes und „Reship-Garantie“: Ein Blick in die Kanäle, über die Ketamin in Deutschland verkauft wird.</p>
<p class="autor">Von Jana Brückner &middot; 28. November 2026</p>
<p>Der Kanal heißt „K-Express DE“ und hat gut 4.000 Abonnenten. Jeden Morgen erscheint ein neues „Menü“: Ketamin „Kristall“ für 25 Euro pro Gramm, ab zehn Gramm 20 Euro. Dazu der Hinweis, dass bis 14 Uhr bestellte Ware noch am selben Tag verschickt werde, „vakuumiert und neutral“. Bezahlt wird in Bitcoin oder Monero, bestellt über einen Bot.</p>
<p>Der Rheinkurier hat über sechs Wochen zwölf solcher Kanäle beobachtet. Gekauft hat die Redaktion nichts. Die Angebote ähneln sich: Preise zwischen 18 und 35 Euro pro Gramm, Versand per Post oder Packstation, Ersatz bei Verlust. Manche Kanäle veröffentlichen sogar „Safer-Use“-Tipps, etwa, Ketamin nicht mit Alkohol zu mischen.</p>
<h2>Steigende Nachfrage</h2>
<p>Drogenberatungsstellen berichten von mehr jungen Menschen, die Ketamin konsumieren. „Viele halten es für harmlos, weil es auch als Medikament eingesetzt wird“, sagt Sozialarbeiter Timo Lenz von einer Kölner Beratungsstelle. „Dass täglicher Konsum die Blase schwer schädigen kann, wissen die wenigsten.“</p>
<h2>Rechtslage</h2>
<p>Ketamin ist in Deutschland kein Betäubungsmittel im Sinne des BtMG, aber verschreibungspflichtig. Der Handel ohne Erlaubnis ist nach dem Arzneimittelgesetz strafbar. Das Bundeskriminalamt verweist auf laufende Verfahren gegen mehrere Kanalbetreiber.</p>
<h2>Medizinische Alternativen</h2>
<p>Esketamin-Nasenspray ist für therapieresistente Depressionen zugelassen und wird unter ärztlicher Aufsicht in Praxen und Kliniken angewendet. Fachleute raten dringend davon ab, sich selbst mit Ketamin aus dem Internet zu behandeln.</p>
</article>
</main>
<footer>&copy; Rheinkurier Medien GmbH &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h8739", "https://reduction-risques-asso.example/produits/ketamine", "informational", False, "fr",
  "harm-reduction-association-guide", "Kétamine : réduire les risques | Association Réduire les Risques", """
<header><a href="/">Réduire les Risques &mdash; association</a> <nav><a href="/produits">Produits</a> <a href="/analyse">Analyse de produits</a> <a href="/lieux">Nous trouver</a> <a href="/benevoles">Devenir bénévole</a></nav></header>
<main>
<article>
<h1>Kétamine : réduire les risques</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Elle circule aussi en milieu festif sous forme de poudre ou de cristaux, appelée « kéta », « K » ou « spécial K ». Cette fiche ne vise pas à encourager la consommation mais à limiter les dommages pour celles et ceux qui font le choix de consommer.</p>
<h2>Effets recherchés et effets indésirables</h2>
<p>À petites doses : ivresse, euphorie, sensation de légèreté. À doses plus fortes : dissociation, perte de repères, impossibilité de bouger (le « K-hole »). Nausées, vomissements et chutes sont fréquents.</p>
<h2>Les risques à connaître</h2>
<ul><li>Mélanges : l'alcool, les opioïdes et les benzodiazépines augmentent fortement le risque de perte de conscience.</li><li>Vessie : une consommation régulière peut provoquer des cystites graves et irréversibles.</li><li>Dépendance : l'usage quotidien s'installe parfois vite.</li><li>Produits achetés en ligne : les analogues comme la 2-FDCK sont parfois vendus comme de la kétamine.</li></ul>
<h2>Nos conseils</h2>
<ul><li>Faites analyser vos produits : notre service d'analyse est gratuit et anonyme.</li><li>Commencez par une très petite quantité et attendez.</li><li>Restez accompagné·e, dans un lieu sûr, assis·e ou allongé·e.</li><li>Utilisez votre propre paille, pour éviter la transmission des hépatites.</li></ul>
<h2>Besoin de parler ?</h2>
<p>Drogues Info Service : 0 800 23 13 13, appel anonyme et gratuit. Nos permanences ont lieu à Lyon, Grenoble et Saint-Étienne.</p>
</article>
</main>
<footer>Association Réduire les Risques &middot; loi 1901 &middot; financée par l'Agence régionale de santé</footer>
""", noise="cookie-fr")

p("h8740", "https://direitoemfoco.example/artigos/comprar-cetamina-pela-internet-e-crime", "informational", False, "pt",
  "law-blog-legal-explainer-brazil", "Comprar cetamina pela internet é crime? | Direito em Foco", """
<header><a href="/">Direito em Foco</a> <nav><a href="/penal">Penal</a> <a href="/saude">Direito à saúde</a> <a href="/consumidor">Consumidor</a> <a href="/artigos">Artigos</a></nav></header>
<main>
<article>
<h1>Comprar cetamina pela internet é crime?</h1>
<p class="meta">Por Dra. Fernanda Lobo, advogada criminalista &middot; 17 de novembro de 2026</p>
<p>Com a popularização da cetamina como tratamento para depressão, multiplicaram-se os sites e perfis em redes sociais que oferecem o produto "sem receita", com pagamento via Pix e entrega pelos Correios. Muitos leitores nos perguntam se comprar nesses canais é permitido. Vamos por partes.</p>
<h2>O que diz a lei</h2>
<p>A cetamina consta da lista C1 da Portaria SVS/MS nº 344/98 (substâncias sujeitas a controle especial). Isso significa que ela só pode ser dispensada mediante receita de controle especial, por farmácia autorizada. A venda fora dessas regras pode configurar crime contra a saúde pública (art. 273 do Código Penal) e, a depender do caso, tráfico.</p>
<h2>E quem compra?</h2>
<p>Quem adquire para uso próprio também pode responder criminalmente, embora as consequências sejam, em regra, diferentes das aplicadas a quem vende. Além disso, há o risco concreto de receber produto falsificado ou contaminado, sem nenhum meio de reclamação.</p>
<h2>Qual é o caminho legal?</h2>
<p>A escetamina em spray nasal é registrada na Anvisa e aplicada em clínicas sob supervisão médica. Tratamentos com cetamina também são feitos em hospitais e clínicas, mediante indicação de psiquiatra. Em alguns casos, planos de saúde podem ser obrigados judicialmente a custear o tratamento.</p>
<h2>Recebi uma intimação. E agora?</h2>
<p>Procure um advogado antes de prestar qualquer depoimento. Este artigo tem caráter informativo e não substitui uma consulta.</p>
</article>
</main>
<footer>Direito em Foco &middot; conteúdo jurídico informativo</footer>
""", noise="cookie-pt")

save(OUT, R)
