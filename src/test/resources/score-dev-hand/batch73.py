# Batch 73 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Borrowed credentials". 14 sellers dressed in the trappings of legitimate care: a named "Dr."
# or "MD" with an invented NPI, a "medical director", a US or European street address and phone, HIPAA
# or privacy notices, trust seals ("LegitScript-style certified", "FDA registered", "verified
# pharmacy", "SSL secure"), testimonials, "board-certified" and "REMS certified" claims, talk of
# monitoring and screening, while still selling ketamine, esketamine or analogues with no real
# clinician relationship (no prescription, questionnaire-only approval, crypto or gift cards,
# stealth shipping, messenger ordering, vials or powder by the gram). Against them, genuine pages
# that carry the same trappings honestly: 9 telehealth, 8 clinics, 9 informational (a regulator's
# page on fake seals, news about a fake pharmacy, a licence-verification guide, a forum thread, a
# job post, consumer warnings, a licensed wholesaler).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: seller home page with badge row and product cards, seller "our physicians" team page with
# NPIs, seller esketamine product page with a REMS badge, seller FAQ ("are you a real pharmacy?"),
# seller checkout with crypto/gift cards, seller contact page with WhatsApp/Telegram ordering,
# social-bio snippet of a "Dr." (plain text), research-chemical shop with a "medical director",
# Spanish home page of an online "clínica", German esketamine product page with a fake EU logo,
# French "notre équipe médicale" page selling powder by the gram, Dutch shipping page, Portuguese
# Telegram order page, Italian testimonials page of a veterinary-ketamine shop; telehealth home,
# clinical-team page, safety FAQ, membership checkout, how-it-works snippet (plain text), virtual
# psychiatry referring for Spravato, German tele-psychiatry contact page, Spanish price page,
# Portuguese teleconsultation page; infusion clinic home page, REMS-certified Spravato centre, KAP
# team page, deposit checkout, contact snippet (plain text), French hospital pain service, Dutch
# mental-health outpatient esketamine page, Spanish clinic FAQ; state pharmacy board on fake seals,
# news on an indicted fake clinic, NPI/licence verification guide, forum thread, job post (plain
# text), German consumer warning, French news report, Portuguese consumer guide, Italian licensed
# wholesaler of controlled drugs.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch73.py (writes batch73/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch73")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (flagged)

p("h7301", "https://www.northgatewellness.example/", "seller", True, "en",
  "fake-clinic-home-badges-product-cards", "Northgate Wellness | Physician-Guided Ketamine Care, Delivered Nationwide", """
<div class="topbar"><span>&#128222; (512) 555-0148 &middot; Mon&ndash;Sat 8am&ndash;9pm CST</span> <span>&#128274; SSL Secure &middot; HIPAA Compliant</span></div>
<header><a class="logo" href="/">Northgate<span>Wellness</span></a>
<nav><a href="/">Home</a> <a href="/about">Our Physicians</a> <a href="/treatments">Treatments</a> <a href="/faq">FAQ</a> <a href="/reviews">Patient Stories</a> <a href="/cart">Cart (0)</a></nav></header>
<section class="hero">
<h1>Ketamine therapy supervised by a board-certified physician &mdash; without the waiting room.</h1>
<p>Under the direction of <b>Dr. Harold J. Whitcombe, MD</b> (Medical Director, NPI 1730482295), Northgate Wellness has helped more than 12,000 patients across the United States and Canada find relief from depression, anxiety, PTSD and chronic pain.</p>
<a class="btn" href="/intake">Start your 3-minute medical questionnaire</a>
</section>
<section class="badges">
<img src="/img/seal-legit.png" alt="LegitScript-style Certified"> <img src="/img/fda.png" alt="FDA Registered Facility"> <img src="/img/verified.png" alt="Verified Pharmacy"> <img src="/img/ssl.png" alt="SSL Secured 256-bit"> <img src="/img/hipaa.png" alt="HIPAA Compliant"> <img src="/img/bbb.png" alt="A+ Rated">
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Tell us about yourself.</b> Our secure questionnaire asks about your symptoms, current medications and goals. No video call, no awkward appointments, no insurance paperwork.</li>
<li><b>Physician review.</b> Our medical team reviews your answers. Most orders are approved within 20 minutes, even on weekends.</li>
<li><b>Delivered to your door.</b> Your medication ships from our FDA-registered facility in plain, unbranded packaging with tracking inside 24 hours.</li>
</ol>
</section>
<section class="products">
<h2>Popular treatments</h2>
<div class="card"><h3>Ketamine HCl nasal spray 100 mg/ml</h3><p>10 ml bottle, metered pump</p><p class="price">$189 <s>$240</s></p><button>Add to cart</button></div>
<div class="card"><h3>Ketamine sublingual troches 150 mg</h3><p>30 troches, mint</p><p class="price">$229</p><button>Add to cart</button></div>
<div class="card"><h3>Ketamine injectable 50 mg/ml</h3><p>5 &times; 10 ml multi-dose vials</p><p class="price">$410</p><button>Add to cart</button></div>
<div class="card"><h3>Esketamine nasal device (generic)</h3><p>3 devices &times; 28 mg</p><p class="price">$520</p><button>Add to cart</button></div>
</section>
<p class="promo">&#128176; Save 15% when you pay with Bitcoin, USDT or Ethereum. No prescription needed before you order &mdash; our physician takes care of that for you.</p>
<section class="testimonials"><h2>What our patients say</h2>
<blockquote>"I had tried six antidepressants. Two weeks after my first bottle from Northgate I felt like a person again. Dr. Whitcombe's team is amazing." &mdash; Melissa R., Ohio &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"Fast shipping and the box gave nothing away. Already ordered my second month." &mdash; Tom K., Florida &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"Finally a clinic that treats you like an adult." &mdash; Jordan P., Alberta &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
</section>
<footer><p>Northgate Wellness LLC &middot; 2210 Barton Ridge Blvd, Suite 400, Austin, TX 78746 &middot; (512) 555-0148 &middot; care@northgatewellness.example</p>
<p><a href="/hipaa">HIPAA Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refund policy</a> &middot; <a href="/affiliates">Affiliates</a></p>
<p class="small">Statements on this site have not been evaluated by the Food and Drug Administration. Individual results vary. You must be 18 or older to order.</p></footer>
""", noise="cookie")

p("h7302", "https://cobalthealthpartners.example/about-us/our-team", "seller", True, "en",
  "fake-telehealth-team-page-npi-crypto", "Our Physicians | Cobalt Health Partners", """
<header><a href="/"><img src="/logo.svg" alt="Cobalt Health Partners"></a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/about-us">About</a><ul><li><a href="/about-us/our-team">Our Team</a></li><li><a href="/about-us/accreditation">Accreditation</a></li></ul></li><li><a href="/shop">Treatments</a></li><li><a href="/contact">Contact</a></li><li><a class="cta" href="/get-started">Get Started</a></li></ul></header>
<main>
<h1>Meet the physicians behind Cobalt</h1>
<p class="lead">Every Cobalt patient is cared for by a U.S.-based, board-certified medical team. We combine decades of clinical experience with technology that removes the barriers between you and modern treatment.</p>
<div class="team">
<div class="member"><img src="/team/oyelaran.jpg" alt=""><h3>Dr. Sandra Oyelaran-Pierce, MD</h3><p class="role">Medical Director</p><p>Board-certified in Psychiatry &amp; Neurology. Eighteen years in academic and community psychiatry. Fellow of the American College of Psychiatric Excellence.</p><p class="npi">NPI 1598023714</p></div>
<div class="member"><img src="/team/brennan.jpg" alt=""><h3>Dr. Michael T. Brennan, DO</h3><p class="role">Anesthesiology &amp; Pain</p><p>Board-certified anesthesiologist with over 4,000 ketamine administrations in hospital settings.</p><p class="npi">NPI 1467750921</p></div>
<div class="member"><img src="/team/lindqvist.jpg" alt=""><h3>Rachel Lindqvist, PharmD</h3><p class="role">Pharmacist-in-Charge</p><p>Oversees compounding quality and dispensing at our FDA-registered partner facility.</p></div>
<div class="member"><img src="/team/ocampo.jpg" alt=""><h3>Luis Ocampo</h3><p class="role">Patient Care Coordinator</p><p>Answers your questions seven days a week by chat, WhatsApp or Telegram.</p></div>
</div>
<section class="promise">
<h2>Our promise</h2>
<p>We believe access to ketamine should not depend on a six-month waiting list. That is why Cobalt replaced the traditional 90-minute psychiatric intake with a smart, physician-designed questionnaire. Our proprietary approval engine screens every answer for risk factors, and a physician co-signs each approved order automatically, so you can check out in minutes.</p>
<p>We ship ketamine nasal spray, troches and injectable vials to all 50 states and to over 40 countries. If customs holds your parcel, we reship it free of charge, no questions asked.</p>
<h2>Why we accept cryptocurrency</h2>
<p>Banks and card processors still do not understand modern telemedicine. To protect your privacy we accept Bitcoin, Litecoin and Monero, as well as prepaid gift cards (Vanilla Visa, Apple). Orders paid in crypto ship first.</p>
</section>
<aside class="seals"><p>Verified by:</p><span>LegitScript-style Certified</span> <span>HIPAA Secure</span> <span>DigiCert SSL</span> <span>TrustPilot 4.9</span></aside>
</main>
<footer>Cobalt Health Partners &middot; 77 Water Street, 9th Floor, New York, NY 10005 &middot; 1-888-555-0193 &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; &copy; 2026</footer>
""")

p("h7303", "https://apothecary-meridian.test/product/esketamine-56mg-kit", "seller", True, "en",
  "fake-pharmacy-product-page-rems-badge", "Esketamine Nasal Spray 56 mg Kit (2 x 28 mg) | Meridian Apothecary", """
<header><div class="logo">Meridian Apothecary</div><form class="search"><input placeholder="Search 2,400+ medications"></form><a href="/account">Sign in</a> <a href="/cart">&#128722; 0</a></header>
<nav class="cats"><a href="/c/mental-health">Mental Health</a> <a href="/c/pain">Pain Relief</a> <a href="/c/sleep">Sleep</a> <a href="/c/mens-health">Men's Health</a> <a href="/c/weight-loss">Weight Loss</a></nav>
<p class="crumbs"><a href="/">Home</a> / <a href="/c/mental-health">Mental Health</a> / <a href="/c/mental-health/depression">Depression</a> / Esketamine Nasal Spray 56 mg Kit</p>
<div class="product">
<div class="gallery"><img src="/p/esk56.jpg" alt="Esketamine nasal spray device"></div>
<div class="buybox">
<h1>Esketamine Nasal Spray 56 mg Kit (2 &times; 28 mg devices)</h1>
<p class="generic">Generic equivalent of Spravato&reg; &middot; Manufacturer: Velora Pharma</p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (318 reviews)</p>
<table class="pricing"><tr><th>Pack</th><th>Price</th><th>Per kit</th></tr>
<tr><td>1 kit</td><td>$349.00</td><td>$349.00</td></tr>
<tr><td>4 kits</td><td>$1,196.00</td><td>$299.00</td></tr>
<tr><td>8 kits</td><td>$2,152.00</td><td>$269.00</td></tr></table>
<label>Quantity <select><option>1 kit</option><option>4 kits</option><option>8 kits</option></select></label>
<button class="add">Add to cart</button>
<ul class="trust"><li>&#10004; REMS Certified Dispenser</li><li>&#10004; Licensed pharmacist on staff</li><li>&#10004; FDA-registered supply chain</li><li>&#10004; 256-bit SSL checkout</li></ul>
<p class="rx-note"><b>No prescription? No problem.</b> A free online consultation form is included with every order. Our affiliated physician reviews it and issues your prescription at no extra cost &mdash; you do not need to see a doctor in person.</p>
</div></div>
<div class="tabs"><a class="active">Description</a> <a>Directions</a> <a>Shipping</a> <a>Reviews (318)</a></div>
<section>
<h2>Description</h2>
<p>Esketamine is the S-enantiomer of ketamine and is used for treatment-resistant depression. In clinical settings it is administered under observation. Our kits let you use it at home, on your own schedule, with the same active ingredient.</p>
<h2>Directions</h2>
<p>Use one device in each nostril, 5 minutes apart. Rest for at least 2 hours afterward. Do not drive on the day of use.</p>
<h2>Shipping</h2>
<p>Stealth shipping worldwide: devices are vacuum-sealed and packed in a box labelled "saline nasal rinse". Delivery 3&ndash;5 days in the USA, 7&ndash;14 days international. Guaranteed delivery or free reship.</p>
</section>
<aside class="also"><h3>Customers also bought</h3><ul><li><a href="/product/ketamine-nasal-spray-10ml">Ketamine nasal spray 10 ml &mdash; $179</a></li><li><a href="/product/ketamine-troches-100mg">Ketamine troches 100 mg x 30 &mdash; $199</a></li><li><a href="/product/ondansetron-4mg">Ondansetron 4 mg x 10 &mdash; $19</a></li></ul></aside>
<footer>Meridian Apothecary &middot; 1450 Harbor Point Rd, Unit 12, Miami, FL 33132 &middot; +1 (305) 555-0177 &middot; <a href="/hipaa">HIPAA</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7304", "https://www.rxhaven-direct.example/faq", "seller", True, "en",
  "fake-pharmacy-faq-legitimacy-claims", "Frequently Asked Questions | RxHaven Direct", """
<header><a href="/">RxHaven Direct</a> <nav><a href="/shop">Shop</a> <a href="/how-it-works">How it works</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<details open><summary>Are you a real pharmacy?</summary>
<p>Yes. RxHaven Direct is a verified online pharmacy registered with the FDA (facility registration #3012948857). Our dispensing pharmacist holds an active license and our consulting physician, Dr. Leonard Askew, MD (NPI 1285716640), is board-certified in family medicine. You will find our verification seals at the bottom of every page.</p></details>
<details><summary>Do I need a prescription to buy ketamine?</summary>
<p>No separate prescription is required. At checkout you complete a short health questionnaire (about 12 questions). Dr. Askew or a member of his team reviews it and issues the prescription with your order. There is no phone or video visit, which keeps costs low.</p></details>
<details><summary>Which forms do you carry?</summary>
<p>Ketamine nasal spray (10 ml), ketamine troches (100 mg and 200 mg), injectable ketamine 50 mg/ml and 100 mg/ml in 10 ml vials, and pharmaceutical-grade ketamine HCl crystal in 5 g, 10 g and 25 g pouches for customers who prefer to prepare their own doses.</p></details>
<details><summary>Why can't I pay with my credit card?</summary>
<p>Card networks restrict payments to telemedicine pharmacies. We accept Bitcoin, USDT (TRC20) and Ethereum, or Google Play, Steam and Apple gift cards (send the code and a photo of the receipt to our billing team). Crypto orders receive 10% off.</p></details>
<details><summary>How is my order packaged?</summary>
<p>All orders ship in discreet packaging with no pharmacy name or drug name on the outside. Vials are wrapped and packed inside an everyday item.</p></details>
<details><summary>What if customs seizes my package?</summary>
<p>It rarely happens, but if it does we reship once for free. Seized orders are not reported to you by name.</p></details>
<details><summary>Is my information private?</summary>
<p>We follow HIPAA guidelines. Your questionnaire answers are encrypted and deleted 30 days after delivery.</p></details>
<details><summary>Is ketamine safe to use at home?</summary>
<p>Start with a low dose, never use alone, and do not combine with alcohol. If you have heart problems, consult your doctor.</p></details>
</main>
<footer><div class="seals"><span>Verified Pharmacy</span> <span>FDA Registered</span> <span>SSL Secure</span> <span>HIPAA</span></div>
<p>RxHaven Direct &middot; 3300 Commerce Parkway, Suite 150, Wilmington, DE 19801 &middot; (302) 555-0162</p></footer>
""")

p("h7305", "https://secure.cartpay-7.example/checkout?step=2&sid=9f31c0", "seller", True, "en",
  "fake-clinic-checkout-crypto-giftcards", "Secure Checkout - Step 2 of 3", """
<header><img src="/assets/lock.svg" alt=""> Secure Checkout &middot; Powered by Tranquil Mind Clinic</header>
<ol class="steps"><li class="done">1. Medical questionnaire</li><li class="current">2. Payment</li><li>3. Confirmation</li></ol>
<div class="notice ok">&#10004; Your medical questionnaire has been approved by Dr. Evelyn Hartsfield, MD (Board-certified Psychiatrist). Approval ID TM-448201.</div>
<section class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Ketamine HCl injection 50 mg/ml, 10 ml vial</td><td>&times; 5</td><td>$395.00</td></tr>
<tr><td>Sterile syringes 1 ml (pack of 20)</td><td>&times; 1</td><td>$12.00</td></tr>
<tr><td>Physician review fee</td><td></td><td>$0.00</td></tr>
<tr><td>Discreet express shipping (no signature)</td><td></td><td>$25.00</td></tr>
<tr class="total"><td colspan="2">Total</td><td>$432.00</td></tr>
</table>
</section>
<section class="pay">
<h2>Choose a payment method</h2>
<label><input type="radio" name="m" checked> Bitcoin (BTC) &mdash; 12% discount applied at next step</label>
<label><input type="radio" name="m"> Tether USDT (TRC20 / ERC20)</label>
<label><input type="radio" name="m"> Apple / Amazon gift card &mdash; enter card codes below</label>
<label class="disabled"><input type="radio" name="m" disabled> Credit / debit card (temporarily unavailable due to bank restrictions)</label>
<input placeholder="Gift card code(s)">
<button>Continue to payment</button>
<p class="small">After payment you will receive the wallet address and a tracking number within 24 hours. Orders are shipped from our U.S. dispensary in unmarked packaging.</p>
</section>
<footer><span>&#128274; 256-bit SSL</span> <span>HIPAA Compliant</span> <span>McAfee SECURE</span> <span>Verified Pharmacy</span>
<p>Tranquil Mind Clinic &middot; 640 Peachtree Center Ave NE, Atlanta, GA 30303 &middot; (404) 555-0135. Your health information is protected under our Notice of Privacy Practices.</p></footer>
""")

p("h7306", "https://www.lakeviewresetclinic.example/contact", "seller", True, "en",
  "fake-clinic-contact-whatsapp-telegram-ordering", "Contact Us | Lakeview Reset Clinic", """
<header><a href="/">Lakeview Reset Clinic</a><nav><a href="/">Home</a> <a href="/about">About Dr. Morrow</a> <a href="/treatments">Treatments</a> <a href="/testimonials">Testimonials</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Contact Dr. Elaine Morrow's office</h1>
<p>Lakeview Reset Clinic is led by Dr. Elaine Morrow, MD, a board-certified psychiatrist with over 20 years of experience in treatment-resistant depression. Our team is here to answer your questions about ketamine therapy.</p>
<div class="cols">
<div><h2>Office</h2>
<p>418 Calloway Street, Suite 210<br>Chicago, IL 60610</p>
<p>Phone: (312) 555-0126<br>Fax: (312) 555-0127</p>
<p>Hours: Monday&ndash;Friday 9:00&ndash;17:00</p></div>
<div><h2>Order by messenger (fastest)</h2>
<p>Most of our patients order through WhatsApp or Telegram. Send us the product name and quantity, your shipping address and your preferred payment method, and our coordinator will confirm your order within the hour.</p>
<p>WhatsApp: +1 312 555 0199<br>Telegram: @LakeviewReset_orders<br>Signal: available on request</p>
<p>Current menu: ketamine nasal spray 10 ml &mdash; $170 &middot; ketamine 10 ml vial (500 mg) &mdash; $85, 5 vials $360 &middot; ketamine crystal 5 g &mdash; $220.</p>
<p>We accept Zelle, Cash App, Bitcoin and gift cards. Nationwide delivery, discreet packaging, no prescription required for returning patients.</p></div>
</div>
<form class="contact"><h2>Send a message</h2><input placeholder="Name"> <input placeholder="Email"> <textarea placeholder="How can we help?"></textarea> <label><input type="checkbox"> I agree to the HIPAA privacy notice</label> <button>Send</button></form>
</main>
<footer>&copy; 2026 Lakeview Reset Clinic &middot; HIPAA Notice &middot; <img alt="SSL Secure"> <img alt="Verified Business"></footer>
""", noise="cookie")

p("h7307", "https://links.bio-card.example/drkwellness", "seller", True, "en",
  "social-bio-snippet-dr-title", "", """
Dr. K Wellness 🩺 | Board-certified MD team | HIPAA compliant | Ketamine, S-ket nasal, 2-FDCK & DCK in stock 💊 | Lab tested ✅ | Worldwide stealth 📦 | No Rx needed | Order on Telegram @drk_wellness_desk | BTC/USDT only
""", ext="txt")

p("h7308", "https://purelabsource.test/shop/arylcyclohexylamines/", "seller", True, "en",
  "research-chemical-shop-medical-director-gmp", "Arylcyclohexylamines | PureLab Source - Verified Research Supplier", """
<div class="announce">&#9888; Holiday notice: orders placed after Dec 20 ship Jan 3. Domestic EU and US reship warehouses open.</div>
<header><a href="/">PureLab Source</a> <nav><a href="/shop">Shop</a> <a href="/lab-reports">Lab Reports</a> <a href="/about">About</a> <a href="/quality">Quality &amp; Safety</a> <a href="/wholesale">Wholesale</a> <a href="/cart">Cart</a></nav></header>
<aside class="filters"><h3>Categories</h3><ul><li><a href="/shop/arylcyclohexylamines/">Arylcyclohexylamines</a></li><li><a href="/shop/benzofurans/">Benzofurans</a></li><li><a href="/shop/cathinones/">Cathinones</a></li><li><a href="/shop/pellets/">Pellets</a></li></ul>
<h3>Weight</h3><label><input type="checkbox"> 1 g</label> <label><input type="checkbox"> 5 g</label> <label><input type="checkbox"> 25 g</label></aside>
<main>
<h1>Arylcyclohexylamines</h1>
<p>All products supplied for laboratory research only. Not for human consumption. Every batch is verified by HPLC and NMR at an ISO 17025 partner laboratory and reviewed by our Medical &amp; Scientific Director, Dr. Anton Kessler, MD PhD, who ensures each compound meets pharmaceutical-grade purity before release.</p>
<ul class="grid">
<li><h3>2-FDCK (2-fluorodeschloroketamine) crystal</h3><p>Purity &ge; 99.6% &middot; COA available</p><p>1 g &euro;28 &middot; 5 g &euro;110 &middot; 25 g &euro;390</p><button>Select options</button></li>
<li><h3>DCK (deschloroketamine) powder</h3><p>Purity &ge; 99.2%</p><p>1 g &euro;32 &middot; 5 g &euro;125 &middot; 25 g &euro;450</p><button>Select options</button></li>
<li><h3>O-PCE fine powder</h3><p>Purity &ge; 98.9%</p><p>1 g &euro;35 &middot; 5 g &euro;140</p><button>Select options</button></li>
<li><h3>Ketamine analogue sampler</h3><p>3 &times; 500 mg, mixed</p><p>&euro;55</p><button>Add to cart</button></li>
</ul>
<section class="trust"><h2>Why researchers trust us</h2>
<p>GMP-certified packaging facility &middot; Verified Vendor on three major forums &middot; 7 years online &middot; Stealth vacuum-sealed, odour-proof packaging &middot; Free reship on seizure &middot; Pay with Bitcoin, Monero or bank transfer (ask support).</p></section>
</main>
<footer>PureLab Source B.V. (in formation) &middot; Keizersgracht 900, Amsterdam &middot; support via Threema or e-mail &middot; <img alt="SSL Secured"> <img alt="Verified Vendor 2026"></footer>
""")

p("h7309", "https://bienestar-mente.example/es/", "seller", True, "es",
  "fake-clinic-home-es-colegiado-whatsapp", "Bienestar Mente | Terapia con ketamina en casa, supervisada por médicos", """
<header><a href="/es/">Bienestar<b>Mente</b></a> <nav><a href="/es/">Inicio</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/tienda">Tratamientos</a> <a href="/es/opiniones">Opiniones</a> <a href="/es/contacto">Contacto</a></nav> <a href="/en/">EN</a></header>
<section class="hero">
<h1>Terapia con ketamina en casa, con respaldo médico</h1>
<p>Dirigida por el <b>Dr. Javier Montalbán Ruiz</b>, médico colegiado n.º 28/4471903 y especialista en psiquiatría, nuestra clínica online atiende a pacientes de toda España y Latinoamérica.</p>
<a class="btn" href="/es/cuestionario">Rellena el cuestionario médico (2 minutos)</a>
</section>
<section>
<h2>¿Por qué elegirnos?</h2>
<ul>
<li>&#9989; <b>Sin receta previa:</b> tu cuestionario se aprueba en el mismo día; no hace falta videollamada ni visita presencial.</li>
<li>&#9989; <b>Producto de farmacia:</b> ketamina 50 mg/ml en viales de 10 ml y spray nasal preparado.</li>
<li>&#9989; <b>Envío discreto</b> a España, México, Colombia, Argentina y Chile, sin nombres en el paquete.</li>
<li>&#9989; <b>Sello de farmacia verificada</b> y certificado SSL. Cumplimos el RGPD.</li>
</ul>
</section>
<section class="precios">
<h2>Precios</h2>
<table><tr><td>Spray nasal de ketamina 10 ml</td><td>149 &euro;</td></tr>
<tr><td>Vial de ketamina 50 mg/ml (10 ml)</td><td>79 &euro;</td></tr>
<tr><td>Pack 5 viales</td><td>329 &euro;</td></tr>
<tr><td>Esketamina spray (3 dispositivos)</td><td>450 &euro;</td></tr></table>
<p>Pago con Bitcoin, USDT o tarjetas regalo. Pedidos también por WhatsApp: +34 600 555 118.</p>
</section>
<section class="opiniones"><h2>Lo que dicen nuestros pacientes</h2>
<blockquote>«Llevaba años con depresión. El Dr. Montalbán me cambió la vida y el paquete llegó en 48 horas.» &mdash; Lucía, Valencia</blockquote>
<blockquote>«Serio, rápido y discreto. Recomendado.» &mdash; Andrés, Bogotá</blockquote></section>
<footer>Bienestar Mente S.L. &middot; Calle de Alcalá 612, 3.º B, 28027 Madrid &middot; Tel. +34 910 555 274 &middot; <a href="/es/privacidad">Política de privacidad</a> &middot; <a href="/es/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h7310", "https://www.medversand24.example/de/esketamin-nasenspray-28mg", "seller", True, "de",
  "fake-eu-pharmacy-product-de-fragebogen", "Esketamin Nasenspray 28 mg kaufen | MedVersand24", """
<div class="usp">&#10004; Versand in 24 h &middot; &#10004; Ärztlich geprüft &middot; &#10004; Diskret verpackt</div>
<header><a href="/de/">MedVersand24</a> <form><input placeholder="Medikament suchen"></form> <a href="/de/warenkorb">Warenkorb</a></header>
<p class="crumbs">Startseite &rsaquo; Psyche &amp; Nerven &rsaquo; Depression &rsaquo; Esketamin Nasenspray 28 mg</p>
<main>
<h1>Esketamin Nasenspray 28 mg</h1>
<p>Wirkstoff: Esketamin-Hydrochlorid &middot; vergleichbar mit Spravato&reg;</p>
<table><tr><th>Packung</th><th>Preis</th></tr>
<tr><td>2 Nasensprays</td><td>289,00 &euro;</td></tr>
<tr><td>6 Nasensprays</td><td>789,00 &euro;</td></tr>
<tr><td>12 Nasensprays</td><td>1.449,00 &euro;</td></tr></table>
<button>In den Warenkorb</button>
<h2>So einfach geht's</h2>
<ol><li>Medizinischen Online-Fragebogen ausfüllen (ca. 3 Minuten).</li>
<li>Unser Partnerarzt, Dr. med. Friedrich Obermaier, prüft Ihre Angaben und stellt das Rezept automatisch aus &ndash; ohne Arztbesuch, ohne Videosprechstunde.</li>
<li>Versand aus unserer EU-Versandapotheke in neutraler Verpackung.</li></ol>
<h2>Zahlung</h2>
<p>Bitcoin, Ethereum oder paysafecard. Bei Zahlung in Kryptowährung erhalten Sie 10 % Rabatt.</p>
<div class="siegel"><img alt="EU-Sicherheitslogo Versandhandel"> <img alt="Geprüfte Apotheke"> <img alt="SSL-verschlüsselt"> <img alt="DSGVO-konform"></div>
<p class="hinweis">Hinweis: Die Anwendung unter Aufsicht ist nicht erforderlich. Bitte lesen Sie die Packungsbeilage.</p>
</main>
<footer>MedVersand24 &middot; Verantwortliche Apothekerin: Mag. pharm. Ingrid Tallinger &middot; Hafenstraße 41, 20457 Hamburg &middot; Tel. 040 555 39120 &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7311", "https://serenite-sante.example/fr/a-propos", "seller", True, "fr",
  "fake-clinic-about-team-fr-powder-grams", "Notre équipe médicale | Sérénité Santé", """
<header><a href="/fr/">Sérénité Santé</a> <nav><a href="/fr/">Accueil</a> <a href="/fr/a-propos">Qui sommes-nous</a> <a href="/fr/boutique">Boutique</a> <a href="/fr/faq">FAQ</a> <a href="/fr/contact">Contact</a></nav></header>
<main>
<h1>Qui sommes-nous ?</h1>
<p>Fondée en 2019 à Lyon, Sérénité Santé est une structure de santé mentale qui rend la kétamine accessible à tous les adultes, sans listes d'attente ni rendez-vous à rallonge.</p>
<h2>Notre équipe médicale</h2>
<div class="equipe">
<div><h3>Dr Claire Vasseur</h3><p>Psychiatre, directrice médicale. Inscrite à l'Ordre des médecins (RPPS 10009384152). Diplômée de la faculté de médecine de Lyon-Est.</p></div>
<div><h3>Dr Marc-Antoine Leclerc</h3><p>Médecin anesthésiste-réanimateur, 15 ans d'expérience au bloc opératoire.</p></div>
<div><h3>Sophie Delorme</h3><p>Pharmacienne responsable, contrôle qualité de chaque lot.</p></div>
</div>
<h2>Notre engagement</h2>
<p>Nous pensons que chaque adulte est capable de gérer son propre traitement. C'est pourquoi nous ne demandons pas d'ordonnance : un questionnaire de santé suffit, et nos conseillers restent disponibles par Telegram pour vous guider dans le dosage.</p>
<p>Nos produits les plus demandés :</p>
<ul><li>Kétamine HCl cristal, pureté 99 % &mdash; 2 g : 90 &euro; &middot; 5 g : 190 &euro; &middot; 10 g : 340 &euro;</li>
<li>Kétamine en flacon 500 mg/10 ml &mdash; 65 &euro;</li>
<li>Spray nasal prêt à l'emploi &mdash; 120 &euro;</li></ul>
<p>Livraison discrète en France, Belgique, Suisse et Luxembourg sous 72 h, colis neutre sans mention de l'expéditeur. Paiement en cryptomonnaie (BTC, USDT) ou coupons PCS / Transcash.</p>
<div class="badges"><span>Pharmacie vérifiée</span> <span>Paiement sécurisé SSL</span> <span>Conforme RGPD</span> <span>Avis vérifiés 4,8/5</span></div>
</main>
<footer>Sérénité Santé &middot; 27 quai Saint-Vincent, 69001 Lyon &middot; +33 4 65 71 01 93 &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/confidentialite">Politique de confidentialité</a></footer>
""", noise="cookie-fr")

p("h7312", "https://www.rustkliniek-online.example/nl/verzending", "seller", True, "nl",
  "fake-clinic-shipping-page-nl-reship", "Verzending & discretie | RustKliniek Online", """
<header><a href="/nl/">RustKliniek Online</a> <nav><a href="/nl/behandelingen">Behandelingen</a> <a href="/nl/artsen">Onze artsen</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/contact">Contact</a></nav></header>
<main>
<h1>Verzending &amp; discretie</h1>
<p>Bij RustKliniek Online staat uw privacy voorop. Onze BIG-geregistreerde arts, dr. Pieter van Houten, beoordeelt uw online vragenlijst meestal binnen 15 minuten. Een recept van uw huisarts of een videogesprek is niet nodig.</p>
<h2>Hoe verzenden wij?</h2>
<ul><li>Ketamine neusspray, zuigtabletten en ampullen worden verzonden in een neutrale envelop of doos zonder logo.</li>
<li>Levering binnen Nederland en België in 1&ndash;2 werkdagen; Duitsland en Frankrijk 2&ndash;4 werkdagen.</li>
<li>Wordt een pakket door de douane tegengehouden? Dan versturen wij gratis opnieuw.</li></ul>
<h2>Betalen</h2>
<p>Vanwege beperkingen bij banken accepteren wij geen iDEAL of creditcard voor ketamineproducten. U kunt betalen met Bitcoin, USDT of cadeaukaarten (Bol, Google Play).</p>
<p class="zegel">&#10004; Geverifieerde apotheek &middot; &#10004; SSL-beveiligd &middot; &#10004; AVG-proof</p>
</main>
<footer>RustKliniek Online &middot; Stationsplein 88, 3511 ED Utrecht &middot; 030 555 2841 &middot; <a href="/nl/privacy">Privacyverklaring</a></footer>
""", noise="cookie-nl")

p("h7313", "https://vidaleve-saude.example/pedido", "seller", True, "pt",
  "fake-pharmacy-order-page-pt-telegram", "Faça seu pedido | Vida Leve Saúde", """
<header><a href="/">Vida Leve Saúde</a> <span>&#10004; Farmácia verificada &middot; Registro ANVISA* &middot; Site seguro SSL</span></header>
<main>
<h1>Faça seu pedido</h1>
<p>Atendimento supervisionado pelo <b>Dr. Ricardo Alves Menezes</b>, médico psiquiatra (CRM-SP 148.302). Mais de 3.000 pacientes atendidos em todo o Brasil.</p>
<table class="produtos">
<tr><th>Produto</th><th>Preço</th></tr>
<tr><td>Cetamina 50 mg/ml, frasco 10 ml</td><td>R$ 390</td></tr>
<tr><td>Kit 3 frascos</td><td>R$ 1.050</td></tr>
<tr><td>Spray nasal de cetamina 10 ml</td><td>R$ 620</td></tr>
<tr><td>Escetamina spray (caixa com 2)</td><td>R$ 1.480</td></tr>
</table>
<h2>Como pedir</h2>
<ol><li>Escolha os produtos e anote as quantidades.</li>
<li>Chame nosso atendente no Telegram <b>@vidaleve_pedidos</b> ou no WhatsApp (11) 95555-0427.</li>
<li>Responda à triagem rápida de 5 perguntas. Não precisa de receita.</li>
<li>Pague via Pix, USDT ou Bitcoin e receba o código de rastreio em até 24 h.</li></ol>
<p>Envio discreto para todo o Brasil, embalagem sem identificação. Reenvio grátis em caso de extravio.</p>
<p class="small">*Produtos de origem farmacêutica. Seus dados são protegidos conforme a LGPD.</p>
</main>
<footer>Vida Leve Saúde &middot; Av. Paulista, 2750, conj. 81, São Paulo &ndash; SP &middot; (11) 3555-0190</footer>
""", noise="cookie-pt")

p("h7314", "https://farmaciavetdirect.example/it/recensioni", "seller", True, "it",
  "vet-ketamine-shop-testimonials-it", "Recensioni dei clienti | FarmaciaVet Direct", """
<header><a href="/it/">FarmaciaVet Direct</a> <nav><a href="/it/negozio">Negozio</a> <a href="/it/chi-siamo">Chi siamo</a> <a href="/it/recensioni">Recensioni</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<h1>Cosa dicono i nostri clienti</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4,9 su 5 &middot; 1.284 recensioni verificate</p>
<p class="intro">Da oltre 10 anni forniamo farmaci veterinari originali sotto la supervisione del nostro direttore sanitario, Dott. Gianluca Ferretti, medico veterinario iscritto all'Ordine. Ketamina 10% (flaconi da 10 ml e 50 ml) disponibile senza ricetta veterinaria, spedizione anonima in tutta Italia e in Europa.</p>
<div class="review"><b>Marco, Bologna</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Ordinati 3 flaconi di ketamina da 10 ml, arrivati in 2 giorni in un pacco anonimo. Nessuna domanda, nessuna ricetta. Tornerò sicuramente.</p></div>
<div class="review"><b>Elena R., Torino</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Non ho animali ma il servizio clienti su Telegram mi ha spiegato tutto. Pagato in Bitcoin, sconto del 10%.</p></div>
<div class="review"><b>Stefano, Napoli</b> &#9733;&#9733;&#9733;&#9733;&#9734;<p>Prodotto originale, sigillo intatto. Una stella in meno perché il corriere ha tardato un giorno.</p></div>
<div class="review"><b>Kasia, Varsavia</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Spedizione in Polonia senza problemi. Il secondo ordine l'ho fatto con carta regalo.</p></div>
<a class="btn" href="/it/negozio/ketamina-10-percento">Vai al prodotto: Ketamina 10% &mdash; da 45 &euro;</a>
<div class="sigilli"><span>Sito verificato</span> <span>Certificato SSL</span> <span>Pagamenti protetti</span></div>
</main>
<footer>FarmaciaVet Direct &middot; Via dei Mille 114, 20129 Milano &middot; Tel. 02 5550 3381 &middot; P. IVA 00000000000 &middot; <a href="/it/privacy">Informativa privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h7315", "https://www.harborlight-health.example/", "telehealth", False, "en",
  "telehealth-home-named-prescribers-legitscript", "Harborlight Health | At-home ketamine therapy with licensed clinicians", """
<header><a href="/">Harborlight Health</a><nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<section class="hero">
<h1>Ketamine-assisted care for depression and anxiety, from a clinician who actually meets you.</h1>
<p>Harborlight is a telehealth practice. Every patient has a live video evaluation with a licensed psychiatric clinician before any medication is considered, and many people are told that ketamine is not right for them.</p>
</section>
<section class="steps">
<h2>What to expect</h2>
<ol>
<li><b>Eligibility screen (10 min).</b> A short online form with the PHQ-9 and GAD-7. It only tells us whether an evaluation makes sense; nothing is approved here.</li>
<li><b>Video evaluation (60 min).</b> With a psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, current medications, blood pressure readings and, where needed, records from your own doctor.</li>
<li><b>Treatment plan.</b> If ketamine is appropriate, your clinician writes a prescription for sublingual tablets, sent to our partner pharmacy, which dispenses only on that prescription and ships with signature on delivery.</li>
<li><b>Monitored sessions.</b> A support person must be present at home for each session. You log blood pressure before and after, and meet your clinician by video after the first session and every 4 weeks.</li>
</ol>
</section>
<section class="who"><h2>Who we do not treat</h2><p>People with a history of psychosis or mania, uncontrolled high blood pressure, active substance use disorder, pregnancy, or recent suicide attempt are referred to in-person care. We are not an emergency service: in a crisis call or text 988.</p></section>
<section class="price"><h2>Pricing</h2><p>Evaluation $250. Ongoing care $199/month, including follow-up visits and messaging. Medication is billed separately by the pharmacy, usually $60&ndash;$120 per month. No charge for medication unless a clinician prescribes it.</p></section>
<section class="trust"><p>LegitScript certified telehealth provider &middot; Clinicians licensed in CA, CO, NY, TX, WA &middot; HIPAA-compliant video platform</p></section>
<footer>Harborlight Health PC &middot; 500 Mission St, 14th Floor, San Francisco, CA 94105 &middot; (415) 555-0183 &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/careers">Careers</a></footer>
""", noise="cookie")

p("h7316", "https://tidewatermind.example/about/clinical-team", "telehealth", False, "en",
  "telehealth-clinical-team-licences", "Clinical Team | Tidewater Mind", """
<header><a href="/">Tidewater Mind</a> <nav><a href="/about">About</a> <a href="/about/clinical-team">Clinical team</a> <a href="/treatment">Treatment</a> <a href="/insurance">Insurance</a> <a href="/start">Start</a></nav></header>
<main>
<h1>Our clinical team</h1>
<p>Tidewater Mind is a virtual psychiatry practice. Our clinicians see patients by secure video and work with local pharmacies and in-person clinics when a treatment needs to be given on site. You can look up every licence below on your state board's public website.</p>
<div class="person"><h2>Naomi Feldstein, MD &mdash; Medical Director</h2>
<p>Board-certified in psychiatry (ABPN). Residency at a university hospital in Baltimore; former attending physician in an inpatient mood-disorders unit. Licensed in Virginia, Maryland and North Carolina. Naomi sets our ketamine protocols, reviews every new treatment plan in weekly case conference, and sees complex patients herself.</p></div>
<div class="person"><h2>Darius Whitlow, PMHNP-BC</h2>
<p>Psychiatric-mental health nurse practitioner, board-certified. Licensed in Virginia and Maryland. Conducts initial evaluations and monthly follow-ups for at-home ketamine patients.</p></div>
<div class="person"><h2>Grace Okafor, LCSW</h2>
<p>Integration therapist. Leads preparation and integration sessions before and after dosing. Licensed in Virginia.</p></div>
<h2>How our team works together</h2>
<p>No prescription is issued from a form. Each patient has a 60-minute video evaluation, and our prescribers check the state prescription monitoring program before every new prescription. Patients are asked to share recent vital signs and a list of current medications, and we contact the primary care doctor with consent. Prescriptions go to a licensed pharmacy in the patient's state and are limited to a 30-day supply.</p>
<p>We welcome questions about any clinician's training. Email <a href="mailto:team@tidewatermind.example">team@tidewatermind.example</a>.</p>
</main>
<footer>Tidewater Mind PLLC &middot; 222 Central Park Ave, Suite 1100, Virginia Beach, VA 23462 &middot; (757) 555-0114 &middot; HIPAA Notice of Privacy Practices</footer>
""")

p("h7317", "https://www.stillwatertelepsych.example/faq/safety", "telehealth", False, "en",
  "telehealth-safety-faq-no-questionnaire-only", "Safety FAQ | Stillwater Telepsychiatry", """
<header><a href="/">Stillwater Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a href="/portal">Patient portal</a></nav></header>
<main>
<h1>Safety questions about at-home ketamine</h1>
<h2>Can I get ketamine by filling out a questionnaire?</h2>
<p>No. Our questionnaire only helps us schedule the right clinician. A licensed prescriber meets you on video for an evaluation, and about one in three people who book are advised to try something else first. If a website offers ketamine after a questionnaire alone, or asks for cryptocurrency or gift cards, please report it to your state board of pharmacy.</p>
<h2>How do you check my blood pressure from far away?</h2>
<p>We send an automatic cuff before your first session. You upload readings in the portal 30 minutes before and 60 minutes after dosing. If a reading is above the threshold your clinician set, you do not dose that day and we call you.</p>
<h2>Why do I need a sitter?</h2>
<p>A trusted adult must stay with you for the whole session. They sign a short agreement and receive our instructions on what to watch for.</p>
<h2>Where does my medication come from?</h2>
<p>From a licensed pharmacy that receives an electronic prescription from your Stillwater clinician. The pharmacy ships to your home address only, requires an adult signature and will not release more than your prescribed supply.</p>
<h2>Is my information private?</h2>
<p>Yes. We are a HIPAA-covered entity. Read our Notice of Privacy Practices for the details of how your records are used and shared.</p>
<h2>What if I feel worse?</h2>
<p>Message your care team any time; urgent messages are answered within 2 hours from 8am to 10pm. In an emergency call 911 or 988.</p>
</main>
<footer>Stillwater Telepsychiatry &middot; Licensed clinicians in AZ, NM, NV, UT &middot; 4020 N Central Ave, Phoenix, AZ 85012 &middot; (602) 555-0109</footer>
""")

p("h7318", "https://join.evenkeelcare.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout-hsa", "Checkout | Even Keel Care", """
<header><img src="/logo.svg" alt="Even Keel Care"> <span>&#128274; Secure checkout</span></header>
<ol class="steps"><li class="done">Account</li><li class="done">Health history</li><li class="current">Membership</li><li>Book your evaluation</li></ol>
<main>
<h1>Choose your membership</h1>
<div class="plan selected"><h2>Standard</h2><p>$149 first month, then $179/month</p><ul><li>60-minute video evaluation with a licensed psychiatric clinician</li><li>Monthly video follow-ups</li><li>Care-team messaging</li><li>Integration coaching (2 sessions)</li></ul></div>
<div class="plan"><h2>Plus</h2><p>$279/month</p><ul><li>Everything in Standard</li><li>Weekly integration therapy</li></ul></div>
<section class="fineprint">
<h2>Before you pay</h2>
<ul><li>Your membership covers clinical care only. It does not guarantee a prescription. If your clinician decides ketamine is not appropriate, you can cancel and we refund the unused part of your first month.</li>
<li>Medication is prescribed only after your evaluation and is billed by our partner pharmacy, not by Even Keel.</li>
<li>HSA and FSA cards are accepted. We can provide a superbill for out-of-network reimbursement.</li></ul>
</section>
<form><input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"> <input placeholder="ZIP"> <label><input type="checkbox"> I have read the Notice of Privacy Practices and the Telehealth Consent</label> <button>Start membership</button></form>
</main>
<footer>Even Keel Care Medical Group &middot; 1 Financial Plaza, Hartford, CT 06103 &middot; (860) 555-0152</footer>
""")

p("h7319", "https://clearpathmind.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-snippet", "", """
How it works: book a 50-minute video visit with Dr. Priya Nandakumar (psychiatrist, licensed in CA, OR and WA). If she recommends ketamine, she sends a prescription to our partner pharmacy, which ships to your door with adult signature; you dose only with a sitter present and check in by video after every session.
""", ext="txt")

p("h7320", "https://www.tandempsychiatry.example/services/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Esketamine (Spravato) evaluation | Tandem Psychiatry", """
<header><a href="/">Tandem Psychiatry</a> <nav><a href="/services">Services</a> <a href="/our-providers">Our providers</a> <a href="/insurance">Insurance</a> <a href="/book">Book</a></nav></header>
<main>
<p class="crumbs">Services &rsaquo; Treatment-resistant depression &rsaquo; Esketamine</p>
<h1>Esketamine (Spravato) evaluation and care coordination</h1>
<p>Spravato is an FDA-approved nasal spray for treatment-resistant depression and for depressive symptoms with suicidal thoughts. Because of its side effects, it can only be given in a REMS-certified healthcare setting, where a patient is observed for at least two hours. It is never mailed to a patient's home.</p>
<h2>What Tandem does</h2>
<ul><li>Our psychiatrists evaluate you online by video and review your history of antidepressant trials.</li>
<li>If you are a candidate, we handle insurance prior authorisation and refer you to a certified partner treatment centre near you.</li>
<li>We continue to manage your oral antidepressant and see you by video between treatment sessions.</li></ul>
<h2>Partner treatment centres</h2>
<p>We currently coordinate with certified centres in Denver, Boulder, Colorado Springs and Fort Collins. Your treatment sessions are billed by the centre.</p>
<a class="btn" href="/book?reason=esketamine">Book a video evaluation</a>
</main>
<footer>Tandem Psychiatry, PC &middot; 1600 Stout St, Suite 700, Denver, CO 80202 &middot; (303) 555-0171 &middot; In-network with most major plans</footer>
""", noise="cookie")

p("h7321", "https://www.psychiatrie-online-praxis.example/kontakt", "telehealth", False, "de",
  "tele-psychiatry-contact-de-referral", "Kontakt | Psychiatrie Online Praxis Dr. Hellwig", """
<header><a href="/">Psychiatrie Online Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/team">Team</a> <a href="/ablauf">Ablauf</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Kontakt und Terminvereinbarung</h1>
<p>Unsere Praxis bietet psychiatrische Sprechstunden per Video für Patientinnen und Patienten in ganz Deutschland an. Praxisinhaberin ist Dr. med. Annette Hellwig, Fachärztin für Psychiatrie und Psychotherapie, Mitglied der Ärztekammer Nordrhein.</p>
<h2>Behandlung mit Esketamin</h2>
<p>Esketamin-Nasenspray darf nur in einer Einrichtung unter ärztlicher Aufsicht angewendet werden. Wir führen die ausführliche Erstuntersuchung per Video durch, prüfen die Vorbehandlungen und überweisen geeignete Patienten an eine kooperierende psychiatrische Ambulanz in Köln, Düsseldorf oder Bonn. Die Begleitbehandlung zwischen den Sitzungen übernehmen wir weiterhin online. Ein Versand von Esketamin oder Ketamin an Patienten erfolgt nicht.</p>
<h2>So erreichen Sie uns</h2>
<p>Telefon: 0221 555 48 20 (Mo&ndash;Do 8&ndash;16 Uhr, Fr 8&ndash;12 Uhr)<br>E-Mail: praxis@psychiatrie-online-praxis.example<br>Anschrift für Post und Unterlagen: Aachener Straße 212, 50931 Köln</p>
<p>Bitte senden Sie keine Gesundheitsdaten per unverschlüsselter E-Mail. Befunde laden Sie nach der Terminbestätigung im Patientenportal hoch.</p>
<p>Die Videosprechstunde wird von gesetzlichen Krankenkassen übernommen. Privatversicherte erhalten eine Rechnung nach GOÄ.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutzerklärung</a> &middot; Zertifizierter Videodienstanbieter nach Anlage 31b BMV-Ä</footer>
""", noise="cookie-de")

p("h7322", "https://www.calmaclinicavirtual.example/es/precios", "telehealth", False, "es",
  "telehealth-pricing-es-transparent", "Precios | Calma Clínica Virtual", """
<header><a href="/es/">Calma Clínica Virtual</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a></nav> <a href="/en/">English</a></header>
<main>
<h1>Precios claros, sin sorpresas</h1>
<p>Atendemos en español a pacientes que viven en Texas, Florida, Arizona e Illinois. Todas las consultas son por videollamada con psiquiatras y enfermeras practicantes con licencia en su estado.</p>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Evaluación psiquiátrica inicial (60 min, videollamada)</td><td>$230</td></tr>
<tr><td>Programa de ketamina sublingual: 4 semanas de seguimiento, 4 consultas de control y mensajes con el equipo</td><td>$390</td></tr>
<tr><td>Consulta de seguimiento (30 min)</td><td>$120</td></tr>
<tr><td>Medicamento (lo cobra la farmacia asociada, solo con receta)</td><td>aprox. $70&ndash;$110 al mes</td></tr>
</table>
<h2>Lo que no hacemos</h2>
<p>No vendemos ketamina sin consulta. No recetamos a partir de un formulario. Si en la evaluación el médico decide que la ketamina no es adecuada para usted (por ejemplo, por presión arterial alta no controlada, embarazo o antecedentes de psicosis), le ofrecemos otras opciones y no cobramos el programa.</p>
<p>Aceptamos tarjetas HSA/FSA. Entregamos recibos detallados para su seguro.</p>
</main>
<footer>Calma Clínica Virtual, PLLC &middot; 9800 Westheimer Rd, Suite 300, Houston, TX 77042 &middot; (713) 555-0138 &middot; Aviso de privacidad (HIPAA)</footer>
""")

p("h7323", "https://www.mentesa-teleconsulta.example/pt/escetamina", "telehealth", False, "pt",
  "teleconsultation-esketamine-referral-pt", "Escetamina: avaliação por teleconsulta | MenteSã", """
<header><a href="/pt/">MenteSã Teleconsulta</a> <nav><a href="/pt/psiquiatria">Psiquiatria</a> <a href="/pt/equipa">Equipa</a> <a href="/pt/marcar">Marcar consulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente: como podemos ajudar</h1>
<p>A MenteSã é um serviço de psiquiatria por teleconsulta, com médicos inscritos na Ordem dos Médicos. A escetamina em spray nasal só pode ser administrada num estabelecimento de saúde, com vigilância durante pelo menos duas horas &mdash; nunca é enviada para casa do doente.</p>
<h2>O nosso papel</h2>
<ol><li>Primeira teleconsulta (50 minutos) com a Dra. Inês Carvalho Moura, psiquiatra, para rever o diagnóstico e os tratamentos já feitos.</li>
<li>Se for candidato, enviamos relatório e pedido de tratamento a um hospital ou clínica parceira em Lisboa, Porto ou Coimbra.</li>
<li>Durante o tratamento mantemos o acompanhamento por videochamada e ajustamos a medicação oral.</li></ol>
<p>Preço da primeira teleconsulta: 85 &euro;. Consultas de seguimento: 60 &euro;. Os tratamentos no hospital são faturados pelo próprio hospital.</p>
<p class="small">Os seus dados de saúde são tratados de acordo com o RGPD. Em caso de crise ligue 112 ou contacte o serviço de urgência mais próximo.</p>
</main>
<footer>MenteSã Teleconsulta, Lda. &middot; Rua Castilho 39, 1250-068 Lisboa &middot; +351 21 555 0342</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h7324", "https://www.cedarbluffketamine.example/", "clinic", False, "en",
  "infusion-clinic-home-medical-director-testimonials", "Cedar Bluff Ketamine & Wellness | IV Ketamine Infusions in Knoxville", """
<div class="topbar">Call (865) 555-0121 &middot; 8901 Kingston Pike, Suite 5, Knoxville, TN &middot; <a href="/book">Request a consultation</a></div>
<header><a href="/">Cedar Bluff Ketamine &amp; Wellness</a><nav><a href="/depression">Depression</a> <a href="/pain">Chronic pain</a> <a href="/our-team">Our team</a> <a href="/pricing">Pricing</a> <a href="/patient-forms">Patient forms</a> <a href="/blog">Blog</a></nav></header>
<section class="hero"><h1>IV ketamine infusions, given and monitored in our clinic.</h1>
<p>Our medical director, <b>Dr. Raymond Castellano, MD</b>, is a board-certified anesthesiologist with 22 years of experience. Every infusion is given by a physician or nurse anesthetist in a private, quiet room, with continuous heart-rate, oxygen and blood-pressure monitoring.</p>
<a class="btn" href="/book">Book a free phone consultation</a></section>
<section><h2>Before your first infusion</h2>
<p>New patients complete a medical history and a depression screening, and we ask for a referral or records from your psychiatrist or primary care provider. We then meet you in person for an examination. Some patients are not good candidates, and we will tell you honestly.</p></section>
<section><h2>Pricing</h2>
<ul><li>Initial consultation and exam: $150</li><li>Depression infusion (40 min): $475</li><li>Series of six infusions: $2,550 (paid per visit or in advance)</li><li>Pain infusions: from $650</li></ul>
<p>We accept HSA/FSA and offer CareCredit financing. Infusions are not usually covered by insurance; we provide a superbill.</p></section>
<section class="testimonials"><h2>Patient stories</h2>
<blockquote>"The staff checked on me every few minutes. By my fourth infusion I was sleeping again." &mdash; shared with permission, patient since 2024</blockquote>
<blockquote>"Dr. Castellano explained everything and called my therapist to coordinate." &mdash; R.M.</blockquote>
<p class="small">Individual results vary. Testimonials reflect patients' own experiences.</p></section>
<footer><p>Cedar Bluff Ketamine &amp; Wellness PLLC &middot; 8901 Kingston Pike, Suite 5, Knoxville, TN 37923 &middot; (865) 555-0121</p><p><a href="/hipaa">HIPAA Notice of Privacy Practices</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/gift-cards">Gift cards</a></p><p>If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h7325", "https://lakeshorebehavioral.example/treatments/spravato", "clinic", False, "en",
  "rems-certified-spravato-center-page", "Spravato (esketamine) treatment | Lakeshore Behavioral Health", """
<header><a href="/">Lakeshore Behavioral Health</a> <nav><a href="/treatments">Treatments</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient portal</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeshore Behavioral Health is a certified treatment centre under the Spravato REMS program. Treatment takes place at our Evanston office under the supervision of our psychiatrists.</p>
<h2>What a treatment day looks like</h2>
<ol><li>Check-in and blood-pressure reading with a nurse.</li>
<li>You give yourself the nasal spray while a nurse observes.</li>
<li>You stay in a reclining chair for at least two hours while staff check your blood pressure and alertness.</li>
<li>Someone else drives you home. You may not drive until the next day.</li></ol>
<h2>Who can be treated</h2>
<p>Adults with major depressive disorder who have not responded to at least two antidepressants, and who take an oral antidepressant alongside Spravato. An evaluation with one of our psychiatrists is required first. Our providers include Dr. Marisol Venkataraman, MD (board-certified psychiatrist) and Keith Abernathy, PMHNP-BC.</p>
<h2>Cost and insurance</h2>
<p>Spravato is covered by most commercial plans and by Medicare with prior authorisation, which our benefits team obtains for you. We will give you an estimate of your out-of-pocket cost before your first session.</p>
<p><a class="btn" href="/refer">Referral form for providers</a> <a class="btn" href="/contact">Call (847) 555-0166</a></p>
</main>
<footer>Lakeshore Behavioral Health &middot; 1800 Sherman Ave, Suite 300, Evanston, IL 60201 &middot; HIPAA Notice of Privacy Practices &middot; Patient rights</footer>
""")

p("h7326", "https://www.openfieldkap.example/team", "clinic", False, "en",
  "kap-practice-team-page", "Our Team | Open Field Ketamine-Assisted Psychotherapy", """
<header><a href="/">Open Field KAP</a> <nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>The people you will work with</h1>
<p>Open Field is a small ketamine-assisted psychotherapy practice in Portland. Sessions take place in our office on SE Hawthorne, in a room set up for rest, with a therapist present throughout and a medical provider on site.</p>
<div class="bio"><h2>Jonah Reyes-Whitaker, MD</h2><p>Psychiatrist and medical director. Board-certified in psychiatry. Jonah performs every medical intake, reviews labs and medications, and decides with each patient whether ketamine is a safe choice. He administers the intramuscular or sublingual dose in person.</p></div>
<div class="bio"><h2>Amelia Cho, LPC</h2><p>Licensed professional counsellor, trained in ketamine-assisted psychotherapy. Leads preparation, dosing-session support and integration.</p></div>
<div class="bio"><h2>Tomasz Wr&oacute;bel, RN</h2><p>Registered nurse. Monitors vital signs during sessions and calls every patient the next day.</p></div>
<h2>Our process</h2>
<p>Phone consultation, in-person medical intake (90 minutes), two preparation sessions, three to six dosing sessions with integration in between. We coordinate with your existing therapist or psychiatrist and we keep a waiting list rather than shorten intake.</p>
<p class="small">Open Field KAP, LLC &middot; 3520 SE Hawthorne Blvd, Portland, OR 97214 &middot; (503) 555-0187. Please read our Notice of Privacy Practices before your intake.</p>
</main>
""")

p("h7327", "https://pay.summitinfusion.example/checkout/deposit?appt=NEW", "clinic", False, "en",
  "clinic-deposit-checkout-no-shipping", "Pay your deposit | Summit Infusion Center", """
<header><img alt="Summit Infusion Center"> <span>Secure payment</span></header>
<main>
<h1>Hold your first infusion appointment</h1>
<p>Thanks for completing your phone screening with our nurse. To reserve your in-person intake and first infusion, please pay a refundable deposit.</p>
<table><tr><td>New patient deposit (applied to your first visit)</td><td>$150.00</td></tr><tr><td>Processing fee</td><td>$0.00</td></tr><tr class="total"><td>Due today</td><td>$150.00</td></tr></table>
<h2>Good to know</h2>
<ul><li>Your intake includes a physical exam, blood pressure and a review of your medications with Dr. Helena Marchetti, MD. If she decides infusions are not right for you, the deposit is refunded in full.</li>
<li>All infusions are given at our clinic at 2250 Pearl Street, Boulder. We do not ship or dispense ketamine for home use.</li>
<li>Cancel more than 48 hours before your appointment for a full refund.</li></ul>
<form><input placeholder="Name on card"> <input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"> <button>Pay $150.00</button></form>
<p class="small">Payments are processed by our card processor. Summit Infusion Center never asks for payment by gift card or cryptocurrency.</p>
</main>
<footer>Summit Infusion Center &middot; (720) 555-0148 &middot; Privacy notice</footer>
""")

p("h7328", "https://www.riverbendketamine.example/contact", "clinic", False, "en",
  "clinic-contact-snippet-whatsapp-reschedule", "", """
Riverbend Ketamine Clinic, 114 Front Street, Suite 2, Wilmington, NC. Call (910) 555-0193 or message us on WhatsApp to reschedule an infusion. New patients: please complete the intake packet and bring your medication list to your in-person evaluation with Dr. Colleen Ashby, MD.
""", ext="txt")

p("h7329", "https://www.chu-valmont.example/services/centre-douleur/ketamine-intraveineuse", "clinic", False, "fr",
  "hospital-pain-service-fr-iv-ketamine", "Centre d'évaluation et de traitement de la douleur - Kétamine intraveineuse | CHU de Valmont", """
<header><a href="/">CHU de Valmont</a> <nav><a href="/services">Services et consultations</a> <a href="/patients">Patients et visiteurs</a> <a href="/professionnels">Professionnels</a> <a href="/recrutement">Recrutement</a></nav></header>
<p class="ariane">Accueil &gt; Services &gt; Centre douleur &gt; Kétamine intraveineuse</p>
<main>
<h1>Cures de kétamine intraveineuse en hôpital de jour</h1>
<p>Le centre d'évaluation et de traitement de la douleur (CETD) propose, pour certaines douleurs chroniques rebelles (douleurs neuropathiques, syndrome douloureux régional complexe), des perfusions de kétamine à faible dose en hôpital de jour.</p>
<h2>Conditions d'accès</h2>
<p>La cure est décidée en réunion pluridisciplinaire, après une consultation avec un médecin algologue du service. Un courrier de votre médecin traitant ou de votre spécialiste est nécessaire pour prendre rendez-vous.</p>
<h2>Déroulement</h2>
<ul><li>Accueil à 8 h 30 en hôpital de jour, pose d'une perfusion.</li>
<li>Perfusion de 2 à 4 heures sous surveillance infirmière (tension, fréquence cardiaque, saturation).</li>
<li>Sortie en fin de journée, accompagné(e). Pas de conduite le jour même.</li></ul>
<p>Responsable médical : Dr Hélène Garnier-Roux, anesthésiste-réanimatrice. Secrétariat : 03 53 48 42 70, du lundi au vendredi de 9 h à 16 h 30.</p>
<p>Les soins sont pris en charge par l'Assurance maladie dans les conditions habituelles de l'hospitalisation de jour.</p>
</main>
<footer>CHU de Valmont &middot; 12 avenue du Général-Leclerc, Valmont &middot; <a href="/donnees-personnelles">Données personnelles</a> &middot; <a href="/accessibilite">Accessibilité</a></footer>
""", noise="cookie-fr")

p("h7330", "https://www.ggz-rivierland.example/behandelingen/esketamine", "clinic", False, "nl",
  "mental-health-outpatient-esketamine-nl", "Behandeling met esketamine | GGZ Rivierland", """
<header><a href="/">GGZ Rivierland</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/werken-bij">Werken bij</a></nav></header>
<main>
<h1>Esketamine-neusspray bij therapieresistente depressie</h1>
<p>Bij GGZ Rivierland kunnen volwassenen met een ernstige depressie die onvoldoende baat hebben gehad bij minstens twee antidepressiva, worden behandeld met esketamine-neusspray. De behandeling vindt plaats op onze polikliniek in Arnhem.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>U dient de neusspray zelf toe onder toezicht van een verpleegkundige. Daarna blijft u minstens twee uur in de behandelkamer; uw bloeddruk wordt gecontroleerd. U mag daarna niet zelf rijden. De eerste vier weken komt u twee keer per week, daarna minder vaak.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na de aanmelding volgt een intakegesprek met een psychiater van ons team, onder wie dr. Bram Tjalsma, psychiater en medisch manager. Samen bespreken we of esketamine voor u geschikt is.</p>
<p>De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing.</p>
<p>Vragen? Bel het secretariaat: 026 555 7310.</p>
</main>
<footer>GGZ Rivierland &middot; Velperweg 400, Arnhem &middot; <a href="/privacy">Privacyreglement</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h7331", "https://clinicaserenamente.example/es/preguntas-frecuentes", "clinic", False, "es",
  "infusion-clinic-faq-es-prices", "Preguntas frecuentes | Clínica SerenaMente Madrid", """
<header><a href="/es/">Clínica SerenaMente</a> <nav><a href="/es/tratamientos">Tratamientos</a> <a href="/es/equipo">Equipo</a> <a href="/es/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/es/cita">Pedir cita</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h2>¿Dónde se administra la ketamina?</h2>
<p>Siempre en nuestra clínica de la calle Príncipe de Vergara, en una sala de tratamiento con monitorización continua. No entregamos ni enviamos ketamina para uso en casa.</p>
<h2>¿Quién decide si puedo recibir el tratamiento?</h2>
<p>Nuestro director médico, el Dr. Tomás Echevarría Lasa, psiquiatra, o un psiquiatra de su equipo, tras una primera consulta presencial en la que revisamos su historia clínica, la medicación actual y los tratamientos previos. Pedimos también un informe de su psiquiatra o médico de cabecera.</p>
<h2>¿Cuánto cuesta?</h2>
<p>Primera consulta: 150 &euro;. Cada infusión: 380 &euro;. Ciclo inicial de seis infusiones en tres semanas: 2.100 &euro;. Puede pagar con tarjeta o transferencia en cada visita, y emitimos factura para su aseguradora.</p>
<h2>¿Puedo pedir cita por WhatsApp?</h2>
<p>Sí, para cambiar o confirmar citas puede escribirnos al +34 611 555 902. No enviamos medicación ni hacemos diagnósticos por WhatsApp.</p>
<h2>¿Tengo que venir acompañado?</h2>
<p>Sí. Después de la infusión permanecerá unos 45 minutos en observación y no podrá conducir hasta el día siguiente.</p>
</main>
<footer>Clínica SerenaMente &middot; Calle de Príncipe de Vergara 301, 28016 Madrid &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h7332", "https://www.pharmacyboard.state.example/consumers/fake-seals-and-fake-doctors", "informational", False, "en",
  "state-pharmacy-board-fake-seals-guide", "Consumer Alert: Fake Seals and Fake Doctors on Pharmacy Websites | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State. <a href="#">Here's how you know</a></div>
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/consumers">Consumers</a> <a href="/enforcement">Enforcement</a> <a href="/complaints">File a Complaint</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Consumers &rsaquo; Consumer Alerts</p>
<h1>Consumer alert: fake seals and fake doctors on pharmacy websites</h1>
<p class="date">Issued November 18, 2026</p>
<p>The Board has received a growing number of complaints about websites that offer ketamine, esketamine and other controlled substances "prescribed by our physician" after an online questionnaire. Many of these sites look professional. They display trust seals, a "medical director" with a photograph, a street address, and a HIPAA notice. None of these features proves that a pharmacy is licensed.</p>
<h2>Warning signs</h2>
<ul>
<li><b>Seals you cannot click.</b> Genuine certification seals link to a verification page on the certifier's own website. Images such as "Verified Pharmacy", "FDA Registered" or "LegitScript-style certified" that lead nowhere are decoration.</li>
<li><b>"FDA registered."</b> The FDA does not license or "register" pharmacies for retail sale; pharmacies are licensed by state boards. A registration number on a pharmacy site is meaningless to consumers.</li>
<li><b>Doctors you cannot find.</b> Check any named prescriber in the NPI Registry and on the state medical board's licence lookup. Fake sites often borrow a real doctor's name or invent an NPI number that does not exist.</li>
<li><b>No visit.</b> A controlled substance should not be prescribed from a questionnaire alone. Legitimate telehealth providers examine you by live video or in person.</li>
<li><b>Payment by cryptocurrency, gift card, Zelle or Cash App,</b> and promises of "discreet" shipping or free "reship" if customs seizes a package.</li>
<li><b>Ordering by WhatsApp, Telegram or Signal.</b></li>
</ul>
<h2>How to check a pharmacy</h2>
<ol><li>Use the Board's <a href="/verify">License Verification</a> page to look up the pharmacy by name or licence number.</li>
<li>For out-of-state pharmacies, check the licensing board of the state where the pharmacy is located.</li>
<li>If a seal is shown, go to the certifier's website yourself and search for the pharmacy's domain name.</li></ol>
<h2>Report a website</h2>
<p>Use the <a href="/complaints">online complaint form</a> and include the web address, screenshots and any payment details. If you have taken a product bought from such a site and feel unwell, contact your doctor or Poison Control.</p>
</main>
<footer>State Board of Pharmacy &middot; 1 Capitol Square, Room 400 &middot; (800) 555-0100 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy Policy</a></footer>
""")

p("h7333", "https://www.tristateherald.example/news/2026/11/online-ketamine-clinic-fake-doctor-indictment", "informational", False, "en",
  "news-fake-online-clinic-indictment", "Prosecutors: online 'ketamine clinic' used invented doctor, shipped vials for crypto | Tri-State Herald", """
<header><a href="/">Tri-State Herald</a> <nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Courts</p>
<h1>Prosecutors: online "ketamine clinic" used invented doctor, shipped vials for crypto</h1>
<p class="byline">By Dana Okonkwo-Reilly &middot; Nov. 21, 2026</p>
<p>Three people were charged Thursday with running a website that presented itself as a physician-led ketamine clinic while selling the anesthetic to anyone who filled in a short online form, federal prosecutors said.</p>
<p>The site, which the indictment calls "Website A," listed a "medical director" with a board-certification badge, a ten-digit NPI number and an office address in a downtown high-rise. According to the charging documents, the NPI number was never issued, the photograph came from a stock-image library, and the office was a mail drop.</p>
<p>Customers paid in bitcoin or with retail gift cards, investigators said, and received 10-milliliter vials of veterinary ketamine packed inside candle boxes. A price list seized by agents offered five vials for $395 and "crystal" by the gram. Buyers were told they could order by Telegram and that seized parcels would be "reshipped free."</p>
<p>"Every trust signal on that site was fake: the seals, the doctor, the HIPAA notice," said an assistant U.S. attorney at a press conference. "What was real was the ketamine, and people were using it alone at home."</p>
<p>Investigators say at least 2,300 orders were shipped over 14 months. Two customers were treated in emergency departments after injecting the drug.</p>
<p>Legitimate ketamine treatment, specialists note, involves an evaluation by a clinician, either in person or by live video, and either in-clinic dosing with monitoring or a prescription filled by a licensed pharmacy. "If nobody ever talks to you, that is not a clinic," said Dr. Felicity Armitage, a psychiatrist who was not involved in the case.</p>
<p>The defendants are scheduled to appear in court next month. Attorneys for two of them declined to comment.</p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">City council approves bus-lane plan</a></li><li><a href="#">How to check whether an online pharmacy is licensed</a></li><li><a href="#">High school football: playoff scores</a></li></ol></aside>
<footer>&copy; 2026 Tri-State Herald &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h7334", "https://www.licensecheck-hub.example/guides/verify-prescriber-npi-and-license", "informational", False, "en",
  "licence-verification-service-guide", "How to verify a prescriber's NPI and medical licence | LicenseCheck Hub", """
<header><a href="/">LicenseCheck Hub</a> <nav><a href="/search">Search a clinician</a> <a href="/guides">Guides</a> <a href="/for-employers">For employers</a> <a href="/pricing">Pricing</a></nav></header>
<main>
<h1>How to verify a prescriber's NPI and medical licence</h1>
<p>Updated December 2026 &middot; 6 minute read</p>
<p>Online clinics often list a doctor's name, an NPI number and "board-certified". Those details take five minutes to check, and they are worth checking before you hand over your health history or your money.</p>
<h2>Step 1: Look up the NPI</h2>
<p>An NPI (National Provider Identifier) is a ten-digit number. Search it in the public NPI Registry. A valid record shows the provider's name, credential, specialty (taxonomy) and practice address. If the number returns nothing, belongs to a different person, or belongs to a dentist when the site calls the person a psychiatrist, stop there.</p>
<p>Note: an NPI is not a licence. Anyone who bills health insurance gets one, and it does not prove the person may practise medicine today.</p>
<h2>Step 2: Check the state licence</h2>
<p>Every state medical board has a free licence lookup. Search the clinician's name in the state where you live, because a prescriber must generally be licensed where the patient is. Look for "active" status and read any public disciplinary actions.</p>
<h2>Step 3: Check board certification</h2>
<p>Specialty boards offer their own public verification. "Board-certified" on a website is a claim; the board's lookup is the evidence.</p>
<h2>Step 4: Check controlled-substance registration</h2>
<p>For drugs such as ketamine, the prescriber also needs a DEA registration. You usually cannot look this up yourself, but a legitimate provider will confirm it and will examine you (by live video or in person) before prescribing.</p>
<h2>Red flags we see in reports</h2>
<ul><li>An NPI that fails the registry check, or a real doctor's NPI used without their knowledge.</li><li>"Medical director" with no state named.</li><li>Seals that are images rather than links.</li><li>No visit at all, only a questionnaire.</li></ul>
<p>Our paid service runs these checks in bulk for employers and credentialing teams. The public steps above are free.</p>
</main>
<footer>LicenseCheck Hub, Inc. &middot; Not affiliated with any government agency &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7335", "https://forum.askpharm.example/t/is-this-ketamine-site-legit-it-shows-a-doctor-and-seals/88214", "informational", False, "en",
  "forum-thread-is-this-site-legit", "Is this ketamine site legit? It shows a doctor and seals - AskPharm Community", """
<header><a href="/">AskPharm Community</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/faq">Guidelines</a></nav></header>
<main>
<h1>Is this ketamine site legit? It shows a doctor and seals</h1>
<p class="cat">Online pharmacies &middot; 14 replies</p>
<div class="post"><b>quietharbor22</b> &middot; 3d<p>Found a site selling ketamine nasal spray for $189. It has a medical director with an NPI, a Texas address, "FDA registered" and "verified pharmacy" badges and a HIPAA notice. You fill out a questionnaire and "the physician approves within 20 minutes". They give 15% off for bitcoin. My psychiatrist has a 4 month wait. Is this okay to use?</p></div>
<div class="post"><b>rph_marguerite</b> (verified pharmacist) &middot; 3d<p>Please don't. A few things: the FDA does not certify retail pharmacies, and a prescription for a controlled substance from a questionnaire alone is not a real evaluation. Put the NPI into the NPI Registry and see what comes up. Then click the seals: real ones open a page on the certifier's site.</p></div>
<div class="post"><b>quietharbor22</b> &middot; 2d<p>Checked. The NPI belongs to a retired podiatrist in Michigan. The seals are just PNGs.</p></div>
<div class="post"><b>harm_red_volunteer</b> &middot; 2d<p>Glad you checked. If waiting is the problem, ask about telehealth programs that do a video evaluation, or a Spravato center, some have shorter waits. And if you are struggling right now, call or text 988.</p></div>
<div class="post"><b>mod_theo</b> (moderator) &middot; 1d<p>Link to the site removed per rule 4. Thread kept open because the verification steps are useful.</p></div>
</main>
<footer>AskPharm Community &middot; Not medical advice &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h7336", "https://jobs.healthcareers-board.example/listing/medical-director-ketamine-infusion-491022", "informational", False, "en",
  "job-post-medical-director-snippet", "", """
Medical Director (part-time), ketamine infusion clinic, Scottsdale AZ. Board-certified anesthesiologist, psychiatrist or emergency physician with an active Arizona licence and DEA registration; oversees protocols, patient screening and nursing staff, 12 to 16 hours per week. Salary $140-160 per hour. Apply with CV via this board.
""", ext="txt")

p("h7337", "https://www.verbraucherschutz-portal.example/gesundheit/gefaelschte-online-apotheken-siegel", "informational", False, "de",
  "consumer-warning-de-fake-pharmacy-seal", "Gefälschte Online-Apotheken erkennen: Siegel, Ärzte, Impressum | Verbraucherschutz-Portal", """
<header><a href="/">Verbraucherschutz-Portal</a> <nav><a href="/gesundheit">Gesundheit</a> <a href="/finanzen">Finanzen</a> <a href="/digitales">Digitales</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<h1>Gefälschte Online-Apotheken erkennen</h1>
<p class="stand">Stand: 02.12.2026</p>
<p>Immer häufiger melden sich Verbraucherinnen und Verbraucher, die im Internet Medikamente wie Ketamin- oder Esketamin-Nasenspray bestellt haben und dafür nur einen Online-Fragebogen ausfüllen mussten. Die Seiten wirken seriös: mit Arztname, Hamburger oder Berliner Adresse, Datenschutzerklärung und Gütesiegeln.</p>
<h2>Das EU-Sicherheitslogo prüfen</h2>
<p>Seriöse Versandapotheken in Deutschland tragen das EU-Sicherheitslogo. Ein Klick darauf muss zum offiziellen Versandhandelsregister führen, in dem die Apotheke eingetragen ist. Ein Logo, das nur ein Bild ist oder auf eine Seite des Shops selbst verweist, ist kein Nachweis.</p>
<h2>Typische Warnzeichen</h2>
<ul><li>Verschreibungspflichtige Mittel ohne Rezept oder mit „automatischem Rezept“ nach einem Fragebogen</li>
<li>Zahlung nur per Kryptowährung, paysafecard oder Gutscheinkarten</li>
<li>„Neutraler Versand“ und Versprechen, bei Zollbeschlagnahme kostenlos neu zu senden</li>
<li>Arztnamen, die sich bei der Ärztekammer nicht finden lassen</li></ul>
<p>Esketamin-Nasenspray wird in Deutschland nur in einer Einrichtung unter ärztlicher Aufsicht angewendet und niemals nach Hause verschickt.</p>
<h2>Was tun, wenn Sie bestellt haben?</h2>
<p>Nehmen Sie das Mittel nicht ein. Heben Sie Belege auf, erstatten Sie Anzeige bei der Polizei und wenden Sie sich an unsere Beratungsstellen. Bei Kartenzahlung kann eine Rückbuchung möglich sein.</p>
</main>
<footer>Verbraucherschutz-Portal e.V. &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7338", "https://www.lecourrierdunord.example/faits-divers/2026/11/29/fausse-pharmacie-en-ligne-ketamine-demantelee", "informational", False, "fr",
  "news-fr-fake-pharmacy-dismantled", "Une fausse pharmacie en ligne vendait de la kétamine contre des cryptomonnaies | Le Courrier du Nord", """
<header><a href="/">Le Courrier du Nord</a> <nav><a href="/actualites">Actualités</a> <a href="/faits-divers">Faits divers</a> <a href="/sante">Santé</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Une fausse pharmacie en ligne vendait de la kétamine contre des cryptomonnaies</h1>
<p class="chapo">Le site affichait une « directrice médicale », un numéro RPPS et des logos de certification. Tout était inventé, selon les enquêteurs.</p>
<p class="auteur">Par Mathilde Réaubourg &middot; 29 novembre 2026</p>
<p>Deux hommes ont été interpellés mardi à Roubaix dans le cadre d'une enquête sur un site internet qui proposait de la kétamine en flacons et en poudre, vendue au gramme, sans ordonnance. Le site se présentait comme un « centre de santé mentale » lyonnais et mettait en avant une psychiatre, « directrice médicale », dont le nom et le numéro professionnel se sont révélés fictifs.</p>
<p>Selon le parquet, les clients remplissaient un simple questionnaire de santé puis réglaient en bitcoins ou en coupons prépayés. Les colis partaient dans des emballages neutres vers la France, la Belgique et la Suisse. Environ 1 500 commandes auraient été expédiées en un an.</p>
<p>« Les logos de pharmacie vérifiée, la mention RGPD, l'adresse sur les quais : tout servait à rassurer », explique un enquêteur. L'Ordre des médecins rappelle que chacun peut vérifier l'inscription d'un médecin dans l'annuaire public.</p>
<p>Les deux suspects ont été mis en examen et placés sous contrôle judiciaire.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="#">Comment reconnaître une pharmacie en ligne autorisée</a></li><li><a href="#">Marché de Noël : les horaires</a></li></ul></aside>
<footer>&copy; Le Courrier du Nord 2026 &middot; <a href="/cgu">CGU</a> &middot; <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h7339", "https://www.portaldoconsumidor-saude.example/guias/como-verificar-medico-e-farmacia-online", "informational", False, "pt",
  "consumer-guide-pt-verify-doctor-pharmacy", "Como verificar um médico e uma farmácia online | Portal do Consumidor - Saúde", """
<header><a href="/">Portal do Consumidor &middot; Saúde</a> <nav><a href="/guias">Guias</a> <a href="/alertas">Alertas</a> <a href="/reclamacoes">Reclamações</a></nav></header>
<main>
<h1>Como verificar um médico e uma farmácia online antes de comprar</h1>
<p>Sites que vendem medicamentos controlados, como a cetamina ou a escetamina, usam cada vez mais nomes de médicos, números de inscrição profissional e selos de "farmácia verificada" para parecer legítimos. Veja como confirmar, em poucos minutos, se são verdadeiros.</p>
<h2>1. O médico existe?</h2>
<p>Procure o nome e o número de inscrição na pesquisa pública da Ordem dos Médicos (em Portugal) ou do Conselho Regional de Medicina (no Brasil). Confirme a especialidade e se a inscrição está ativa.</p>
<h2>2. A farmácia está autorizada a vender online?</h2>
<p>Na União Europeia, as farmácias autorizadas a vender à distância exibem o logótipo comum europeu, que ao ser clicado leva à lista oficial da autoridade do medicamento. Um selo que não leva a lado nenhum não vale nada.</p>
<h2>3. Houve consulta?</h2>
<p>Um medicamento controlado não deve ser receitado apenas com base num questionário. A escetamina, por exemplo, só é administrada em estabelecimentos de saúde, com vigilância.</p>
<h2>4. Como é o pagamento?</h2>
<p>Desconfie de pedidos feitos por Telegram ou WhatsApp, de pagamentos só em criptomoedas ou cartões-oferta e de promessas de "envio discreto".</p>
<p>Se foi vítima de um destes sites, apresente reclamação e guarde todos os comprovativos.</p>
</main>
<footer>Portal do Consumidor &middot; Saúde &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h7340", "https://www.distribuzionefarmaceutica-alpina.example/it/stupefacenti/ketamina", "informational", False, "it",
  "licensed-wholesaler-it-registered-facilities-only", "Ketamina cloridrato - Distribuzione riservata a strutture autorizzate | Alpina Distribuzione Farmaceutica", """
<header><a href="/it/">Alpina Distribuzione Farmaceutica S.p.A.</a> <nav><a href="/it/chi-siamo">Chi siamo</a> <a href="/it/catalogo">Catalogo</a> <a href="/it/area-clienti">Area clienti</a> <a href="/it/qualita">Qualità e GDP</a></nav></header>
<main>
<h1>Ketamina cloridrato 50 mg/ml e 100 mg/ml, soluzione iniettabile</h1>
<p>Medicinale soggetto alla disciplina degli stupefacenti (DPR 309/90). La fornitura è riservata esclusivamente a ospedali, ASL, farmacie e strutture veterinarie autorizzate, previa presentazione del buono acquisto previsto dalla normativa sugli stupefacenti.</p>
<h2>Come ordinare</h2>
<ul><li>Accesso all'area clienti solo per titolari di codice cliente verificato (partita IVA, autorizzazione sanitaria, responsabile della struttura).</li>
<li>Ogni ordine di stupefacenti richiede il buono acquisto firmato dal responsabile; consegna con corriere autorizzato e registro di carico e scarico.</li>
<li>Non vendiamo a privati. Non accettiamo ordini telefonici, via e-mail o messaggistica per questa categoria.</li></ul>
<p>Direttore tecnico: Dott.ssa Francesca Ambrosini, farmacista. Magazzino certificato GDP a Trento.</p>
<p>Per informazioni commerciali riservate alle strutture: ufficio clienti 0461 555 208.</p>
</main>
<footer>Alpina Distribuzione Farmaceutica S.p.A. &middot; Via Brennero 260, 38121 Trento &middot; Autorizzazione alla distribuzione all'ingrosso di medicinali &middot; <a href="/it/privacy">Privacy</a></footer>
""")

save(OUT, R)
