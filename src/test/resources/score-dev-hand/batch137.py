# Batch 137 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Sellers that hide well". Unregulated ketamine/esketamine sellers that work hard to look
# legitimate: invented physicians with board certifications, fake street addresses, licence, NPI, DEA,
# KvK/Handelsregister and CRF numbers, claimed accreditation seals, HIPAA/GDPR privacy notices, calm
# clinical wording and very few red flags (often a single sentence gives them away: automatic approval,
# no video visit, crypto-only checkout, reship-if-seized, "not for human consumption", pharmacist-issued
# prescription). Next to them: genuine telehealth services and clinics with exactly the same polish
# (seals, named prescribers, prices, packages, memberships, WhatsApp booking, scam warnings about
# impostors), and informational pages (regulators, a pharmacy-seal programme, journalists, consumer
# guides, a forum thread, a research abstract) explaining how to tell them apart.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with full site chrome (menus, cookie banners, trust badges, footers with fake or
# real registration data), medium pages, short pages, a navigation-heavy roster, a partial/truncated
# page, a privacy notice, FAQ pages, a doorway "best providers" ranking, a marketplace listing, a social
# bio and plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch137.py (writes batch137/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch137")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers that hide well (14)

p("h13701", "https://serenitymind-institute.example/treatments/at-home-ketamine-therapy", "seller", True, "en",
  "fake-telehealth-long-chrome-automatic-approval", "At-Home Ketamine Therapy | Serenity Mind Institute", """
<header class="site-header">
<div class="topbar">Serving patients in all 50 states &middot; HIPAA-compliant care &middot; Call (888) 555-0143, Mon&ndash;Sat 8am&ndash;8pm ET</div>
<a class="logo" href="/"><img src="/assets/smi-logo.svg" alt="Serenity Mind Institute"> Serenity Mind Institute</a>
<nav class="main-nav">
<a href="/treatments">Treatments</a>
<a href="/treatments/at-home-ketamine-therapy" class="active">At-Home Ketamine</a>
<a href="/how-it-works">How It Works</a>
<a href="/our-clinicians">Our Clinicians</a>
<a href="/pricing">Pricing</a>
<a href="/research">Research</a>
<a href="/patient-portal">Patient Portal</a>
<a class="btn" href="/get-started">Get Started</a>
</nav>
</header>
<main>
<section class="hero">
<h1>Evidence-based ketamine therapy, delivered with care</h1>
<p class="lead">Treatment-resistant depression affects nearly one in three people who try antidepressants. Serenity Mind Institute brings physician-directed ketamine therapy to your home, supported by integration coaching and measurement-based care.</p>
<a class="btn btn-primary" href="/get-started">Check my eligibility</a>
<ul class="trust-row">
<li><img src="/assets/badges/legit-verified.png" alt="Verified Online Healthcare Provider"> Verified Online Healthcare Provider</li>
<li><img src="/assets/badges/hipaa.png" alt="HIPAA Compliant"> HIPAA Compliant</li>
<li><img src="/assets/badges/abpn.png" alt="Board-certified psychiatrists"> Board-Certified Psychiatry</li>
<li><img src="/assets/badges/ssl.png" alt="256-bit SSL"> 256-bit SSL Secured</li>
</ul>
</section>

<section class="medical-director">
<img src="/assets/team/dr-whitcombe.jpg" alt="Dr. Alistair Whitcombe">
<div>
<h2>Led by Alistair R. Whitcombe, MD, FAPA</h2>
<p>Dr. Whitcombe is a board-certified psychiatrist (ABPN Certificate No. 61873) with over 22 years of clinical experience in mood disorders. He completed his residency at a major academic medical center in Boston and a fellowship in interventional psychiatry. He has authored more than 40 peer-reviewed publications on rapid-acting antidepressants and served on the advisory panel for several multi-site trials.</p>
<p class="small">Medical licenses: DE C1-0049172, FL ME-188420, NV 20-77415, TX R-4471. NPI 1497762210.</p>
</div>
</section>

<section class="how">
<h2>How it works</h2>
<ol class="steps">
<li><strong>Complete your medical intake (8 minutes).</strong> Tell us about your history, current medications and goals. Our intake includes validated PHQ-9 and GAD-7 questionnaires.</li>
<li><strong>Physician review.</strong> A member of our medical team reviews your answers. Approval is automatic for adults who meet our intake criteria, so there is no need to schedule a video visit or wait weeks for an appointment.</li>
<li><strong>Your treatment kit arrives.</strong> Sublingual ketamine rapid-dissolve tablets, a blood pressure cuff and your personalised dosing journal ship in plain packaging within 2 business days.</li>
<li><strong>Ongoing support.</strong> Message your care team any time through the portal and complete your progress check-ins every two weeks.</li>
</ol>
</section>

<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<div class="plans">
<div class="plan"><h3>Starter</h3><p class="price">$219</p><p>6 sessions (100&ndash;300 mg RDT), intake review, journal, BP cuff</p></div>
<div class="plan featured"><h3>Foundation</h3><p class="price">$389</p><p>12 sessions, intake review, 2 integration coaching calls</p></div>
<div class="plan"><h3>Maintenance</h3><p class="price">$149/mo</p><p>4 sessions per month, auto-refill, cancel anytime</p></div>
</div>
<p class="fine">HSA/FSA cards accepted. Insurance does not cover at-home ketamine treatment.</p>
</section>

<section class="safety">
<h2>Your safety is our priority</h2>
<p>Ketamine is an FDA-approved anesthetic that has been used safely for more than 50 years. When prescribed for mood, it is used off-label at lower doses. Always have a sitter present for your first sessions, do not drive for the rest of the day, and avoid alcohol and benzodiazepines. Ketamine is not appropriate for people with uncontrolled hypertension, a history of psychosis, or who are pregnant.</p>
</section>

<section class="testimonials">
<blockquote>&ldquo;After nine medications, this was the first thing that touched the fog. The kit came in two days.&rdquo; &mdash; Jenna R., Arizona</blockquote>
<blockquote>&ldquo;Professional, discreet and kind. I never felt judged.&rdquo; &mdash; Marcus T., Ohio</blockquote>
</section>
</main>
<footer>
<div class="cols">
<div><h4>Serenity Mind Institute, PLLC</h4><p>1200 Brickell Bay Drive, Suite 1810<br>Miami, FL 33131</p><p>Facility license HCC-2219-04</p></div>
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
<div><h4>Legal</h4><a href="/privacy">Notice of Privacy Practices</a> <a href="/terms">Terms of Service</a> <a href="/telehealth-consent">Telehealth Consent</a></div>
</div>
<p class="disclaimer">If you are in crisis, call or text 988. Serenity Mind Institute does not provide emergency services. Results vary. Testimonials reflect individual experiences.</p>
<p>&copy; 2026 Serenity Mind Institute. All rights reserved.</p>
</footer>
""", noise="cookie")

p("h13702", "https://harborline-compounding.example/products/esketamine-intranasal-solution", "seller", True, "en",
  "fake-accredited-compounding-pharmacy-questionnaire-rx", "Esketamine Intranasal Solution | Harborline Compounding Pharmacy", """
<div class="announcement">Licensed in 48 states &middot; PCAB-accredited sterile and non-sterile compounding &middot; Same-day dispatch before 2pm PT</div>
<header><a href="/" class="brand">Harborline Compounding Pharmacy</a>
<nav><a href="/products">Products</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/quality">Quality &amp; Accreditation</a> <a href="/contact">Contact</a> <a href="/account">My Account</a> <a href="/cart">Cart</a></nav></header>
<main>
<p class="crumbs">Products / Neuropsychiatry / Esketamine Intranasal Solution</p>
<h1>Esketamine HCl Intranasal Solution 10 mg/spray</h1>
<p class="sku">SKU HCP-ESK-10NS &middot; 10 mL metered pump (approx. 100 sprays) &middot; Beyond-use date 90 days</p>
<p class="price">$285.00 <span class="compare">3-pack $765.00</span></p>
<p>Our intranasal esketamine is compounded in a USP &lt;795&gt; compliant facility from pharmaceutical-grade API with a certificate of analysis for every lot. Preservative-free formula, metered at 10 mg per actuation for precise titration.</p>
<div class="rx-box">
<h3>Prescription required</h3>
<p>This is a prescription product. Already have a prescription? Ask your prescriber to e-prescribe to Harborline (NCPDP 0588213).</p>
<p><strong>No prescription yet?</strong> Select &ldquo;Physician review&rdquo; at checkout and complete our 12-question health form. One of our affiliated physicians will review it and issue the prescription with your order &mdash; most orders are approved the same day.</p>
<label><input type="radio" name="rx" checked> I have a prescription</label>
<label><input type="radio" name="rx"> Physician review (+$35)</label>
</div>
<form class="add-to-cart"><label>Quantity <select><option>1</option><option>2</option><option>3</option></select></label> <button>Add to cart</button></form>
<h3>Quality documentation</h3>
<ul><li>Lot-specific potency testing (HPLC), &plusmn;5%</li><li>Sterility and endotoxin testing on request</li><li>Cold-chain not required</li></ul>
<h3>Shipping</h3>
<p>Ships in a plain, tamper-evident box via UPS 2nd Day Air. Signature not required. We ship to US addresses, APO/FPO, and selected international destinations (Canada, UK, Australia) on request.</p>
</main>
<footer>
<p>Harborline Compounding Pharmacy &middot; 4410 Pacific Coast Hwy, Unit B, Long Beach, CA 90804 &middot; CA Pharmacy License PHY 58211 &middot; DEA Registration FH4821977</p>
<p><img src="/img/pcab.png" alt="PCAB Accredited"> <img src="/img/nabp.png" alt="NABP"> <img src="/img/visa-mc.png" alt="Visa Mastercard"> <img src="/img/btc.png" alt="Bitcoin accepted"></p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h13703", "https://calmwater-health.example/about/medical-director", "seller", True, "en",
  "partial-page-fake-doctor-bio-crypto-footer", "Our Medical Director | Calmwater Health", """
<main class="bio">
<h1>Dr. Eleanor M. Vasquez-Hale, DO, MPH</h1>
<p class="role">Medical Director &middot; Psychiatry and Addiction Medicine</p>
<p>Dr. Vasquez-Hale completed her Doctor of Osteopathic Medicine and a Master of Public Health before training in psychiatry, where she served as chief resident. She is board-certified in Psychiatry and in Addiction Medicine and has spent the last decade developing protocols for low-dose ketamine in outpatient settings.</p>
<p>Her philosophy is simple: patients who are struggling should not have to wait four months for an appointment or drive two hours to a clinic. &ldquo;Access is a clinical outcome,&rdquo; she says. &ldquo;If the door is too heavy, people don't walk through it.&rdquo;</p>
<h2>Credentials</h2>
<ul>
<li>Diplomate, American Board of Psychiatry and Neurology</li>
<li>Diplomate, American Board of Preventive Medicine (Addiction Medicine)</li>
<li>Member, American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners</li>
<li>Licensed in AZ, CO, NV, NM, UT, WA (license numbers available on request)</li>
</ul>
<h2>Publications</h2>
<ul>
<li>Vasquez-Hale EM, et al. Sublingual ketamine in community practice: a 24-month retrospective. <em>J Outpatient Psychopharm.</em> 2023.</li>
<li>Vasquez-Hale EM. Access barriers in interventional psychiatry. <em>Rural Mental Health Review.</em> 2021.</li>
</ul>
</main>
<aside class="sidebar">
<h3>Ready to feel like yourself again?</h3>
<p>Ketamine lozenges and nasal spray delivered to your door &mdash; no office visit.</p>
<a class="btn" href="/shop">Browse treatments</a>
<ul class="mini-prices"><li>Ketamine lozenge 150 mg &times; 10 &mdash; $179</li><li>Ketamine nasal spray 25 mL &mdash; $249</li></ul>
</aside>
<footer>
<p>Calmwater Health &middot; 2810 N Central Ave, Phoenix, AZ 85004</p>
<p class="pay">We accept Bitcoin, USDT (TRC-20) and Zelle. Card payments are temporarily unavailable while we change processors.</p>
<p>&copy; 2026 Calmwater Health. Content is for informational purposes and is not medic
""")

p("h13704", "https://tranquil-path-wellness.example/help/shipping-and-delivery", "seller", True, "en",
  "seller-faq-calm-wording-reship-if-seized", "Shipping & Delivery FAQ | Tranquil Path Wellness", """
<header><a href="/" class="logo">Tranquil Path Wellness</a>
<nav><a href="/treatments">Treatments</a> <a href="/science">The Science</a> <a href="/team">Our Team</a> <a href="/help">Help Center</a> <a href="/login">Sign in</a></nav></header>
<main class="help-article">
<p class="crumbs"><a href="/help">Help Center</a> &rsaquo; Orders &amp; Shipping</p>
<h1>Shipping &amp; delivery</h1>
<h3>When will my treatment ship?</h3>
<p>Once your care plan is confirmed, your pharmacy partner prepares your order within one business day. You will receive a tracking number by email.</p>
<h3>How is my order packaged?</h3>
<p>All orders ship in plain outer packaging with a neutral return address. Nothing on the outside of the parcel refers to ketamine, mental health or Tranquil Path. Inside you will find your medication in child-resistant packaging, your dosing guide and your integration journal.</p>
<h3>Do you ship outside the United States?</h3>
<p>Yes. We currently deliver to Canada, the United Kingdom, Ireland, Germany, the Netherlands, Australia and New Zealand. International orders are dispatched from our fulfilment partner in the EU and usually arrive in 6&ndash;10 business days.</p>
<h3>What if my package is delayed or held by customs?</h3>
<p>It rarely happens, but if a parcel is held, destroyed or returned by customs we will reship your order once at no cost. A second reship is available at 50% of the order value. Please do not contact the customs office about your order; let our support team handle it.</p>
<h3>Can I change my delivery address?</h3>
<p>Address changes are possible until your order has been prepared. Contact support with your order number.</p>
<h3>Do I need to sign for the package?</h3>
<p>No. Deliveries are left at the door or in your mailbox unless you request signature confirmation.</p>
<p class="helpful">Was this article helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer><p>Tranquil Path Wellness &middot; Clinical operations: 75 State Street, Floor 10, Boston, MA 02109 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h13705", "https://lumen-ketamine-care.example/legal/privacy-notice", "seller", True, "en",
  "seller-privacy-notice-boilerplate-with-giveaways", "Notice of Privacy Practices | Lumen Ketamine Care", """
<header><a href="/" class="logo">Lumen Ketamine Care</a>
<nav><a href="/">Home</a> <a href="/order">Start Treatment</a> <a href="/products/ketamine-troches">Ketamine Troches</a> <a href="/products/nasal">Nasal Spray</a> <a href="/faq">FAQ</a></nav></header>
<main class="legal">
<h1>Notice of Privacy Practices</h1>
<p class="effective">Effective date: March 1, 2026</p>
<p>THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.</p>
<h2>1. Our commitment</h2>
<p>Lumen Ketamine Care (&ldquo;Lumen&rdquo;, &ldquo;we&rdquo;) respects your privacy. We are committed to protecting health information that identifies you and to complying with applicable privacy laws, including the Health Insurance Portability and Accountability Act (HIPAA).</p>
<h2>2. Information we collect</h2>
<ul>
<li>Identity and contact data: name, date of birth, shipping address, email address and phone number.</li>
<li>Health data: answers to our online health questionnaire, mood scores and side-effect reports.</li>
<li>Transaction data: order history and payment confirmations.</li>
</ul>
<h2>3. How we use your information</h2>
<p>We use your information to process and ship your order, to allow our reviewing physician to confirm that your questionnaire answers meet our eligibility criteria, to send reminders and to improve our services. We do not require records from your own doctor, and we do not contact your primary care provider or pharmacy unless you ask us to.</p>
<h2>4. Payment information</h2>
<p>For your privacy, we accept payment in Bitcoin, Litecoin and Monero through a third-party processor. We never store wallet addresses or transaction hashes with your health record. Orders paid in cryptocurrency receive a 10% discount.</p>
<h2>5. Disclosure</h2>
<p>We do not sell your personal information. We do not report prescriptions to state prescription drug monitoring programs because our products are dispensed by our partner pharmacy outside the United States. We may disclose information when required by law.</p>
<h2>6. Your rights</h2>
<p>You may request a copy of your records, ask us to correct them, or ask us to delete your account. Email privacy@lumen-ketamine-care.example. We respond within 30 days.</p>
<h2>7. Retention</h2>
<p>Questionnaire answers are kept for 24 months after your last order and then permanently deleted.</p>
<h2>8. Contact</h2>
<p>Privacy Officer, Lumen Ketamine Care, 500 Westlake Ave N, Suite 300, Seattle, WA 98109.</p>
</main>
<footer><p>&copy; 2026 Lumen Ketamine Care &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refund policy</a></p></footer>
""")

p("h13706", "https://mindcare-reviews-hub.example/best-online-ketamine-providers-2026", "seller", True, "en",
  "doorway-ranking-affiliate-links-to-shop", "Best Online Ketamine Providers of 2026: Our Top 5 Picks, Reviewed", """
<header><a href="/" class="logo">MindCare Reviews Hub</a>
<nav><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/ketamine">Ketamine</a> <a href="/therapy-apps">Therapy Apps</a> <a href="/about">About Our Reviewers</a></nav></header>
<main class="article">
<p class="meta">Medically reviewed by Dr. Nathan Brooks, PharmD &middot; Written by Claire Holloway &middot; Updated November 28, 2026</p>
<p class="disclosure">Advertiser disclosure: we may earn a commission when you click links on this page. This does not affect our editorial independence.</p>
<h1>Best online ketamine providers of 2026</h1>
<p>We spent more than 120 hours testing at-home ketamine services: signing up, talking to support, comparing prices and checking how long delivery took. Here are the services that came out on top.</p>
<h2>Quick comparison</h2>
<table>
<tr><th>Provider</th><th>Best for</th><th>Price from</th><th>Video visit?</th><th>Our score</th></tr>
<tr><td>1. KetaNova Direct</td><td>Fastest start</td><td>$149</td><td>Not required</td><td>4.9</td></tr>
<tr><td>2. Mindbloom-style program A</td><td>Guided sessions</td><td>$199</td><td>Yes</td><td>4.4</td></tr>
<tr><td>3. Reset Rx</td><td>Low price</td><td>$129</td><td>Not required</td><td>4.3</td></tr>
<tr><td>4. Program B</td><td>Insurance users</td><td>$250</td><td>Yes</td><td>4.0</td></tr>
<tr><td>5. Program C</td><td>Therapy add-on</td><td>$290</td><td>Yes</td><td>3.8</td></tr>
</table>
<h2>1. KetaNova Direct &mdash; Best overall</h2>
<p>KetaNova Direct won our top spot because it removes the biggest barrier: waiting. There is no video appointment to book &mdash; you fill in a short health form and, in our test, the order was confirmed in under 20 minutes. Lozenges arrived in a plain envelope two days later. They also ship nasal spray and, unusually, to Canada, the UK and Australia.</p>
<ul class="pros"><li>No appointment or referral needed</li><li>Discreet delivery, worldwide</li><li>Pay by card or crypto (crypto saves 15%)</li></ul>
<ul class="cons"><li>No insurance billing</li><li>Integration coaching costs extra</li></ul>
<p><a class="cta" href="https://go.mindcare-reviews-hub.example/out/ketanova?sub=top5&amp;coupon=MCR15" rel="sponsored nofollow">Visit KetaNova Direct &ndash; use code MCR15 for 15% off</a></p>
<h2>3. Reset Rx &mdash; Best budget option</h2>
<p>Reset Rx is the cheapest service we tested. The questionnaire takes five minutes and approval was automatic. Ten 200 mg troches cost $129 with free shipping.</p>
<p><a class="cta" href="https://go.mindcare-reviews-hub.example/out/resetrx?sub=top5" rel="sponsored nofollow">Get Reset Rx &ndash; $129</a></p>
<h2>How we chose</h2>
<p>We scored providers on speed, price, discretion, customer support and clinical safety information. Services requiring lengthy video evaluations scored lower on access.</p>
<h2>Is it legal to buy ketamine online?</h2>
<p>Ketamine is a prescription medication. All services on this list work with a physician who reviews your information before your order ships.</p>
</main>
<footer><p>&copy; 2026 MindCare Reviews Hub. For informational purposes only. Not medical advice.</p></footer>
""", noise="cookie")

p("h13707", "https://linkbio.example/dr.m.ellison.wellness", "seller", True, "en",
  "social-bio-txt-retired-doctor-telegram", "Dr. M. Ellison | Wellness links", """
Dr. M. Ellison, MD (ret.) | 30 yrs psychiatry | Mood & wellness consults
Board certified. Former hospital department chief. Compassionate, private, judgement-free.
Ketamine lozenges 100/150/200 mg and nasal spray available to established clients.
No waiting lists, no insurance paperwork. Brief online consult, then discreet shipping US / CA / UK / AU.
Payment: BTC, USDT, Cash App, Apple gift cards.
Orders & consult: Telegram @drellison_care (only official account, beware of fakes)
Links: Book a consult | Price list (PDF) | Client reviews | My story
""", ext="txt")

p("h13708", "https://medsupply-market.example/listing/884213-esketamine-nasal-spray-device-28mg", "seller", True, "en",
  "marketplace-listing-pharma-look-export-no-rx", "Esketamine nasal spray device 28 mg, sealed pharmacy stock | MedSupply Market", """
<header><a href="/" class="logo">MedSupply Market</a> <form class="search"><input placeholder="Search medical supplies, equipment, pharmaceuticals"><button>Search</button></form>
<nav><a href="/c/equipment">Equipment</a> <a href="/c/consumables">Consumables</a> <a href="/c/pharmaceuticals">Pharmaceuticals</a> <a href="/c/lab">Laboratory</a> <a href="/sell">Sell on MedSupply</a> <a href="/login">Sign in</a></nav></header>
<main class="listing">
<p class="crumbs">Pharmaceuticals &rsaquo; CNS &rsaquo; Listing #884213</p>
<h1>Esketamine 28 mg nasal spray device &mdash; original, sealed, EU pharmacy stock (box of 3)</h1>
<div class="price-block"><p class="price">US $420.00 / box</p><p>Min. order: 1 box &middot; 37 available &middot; 212 sold</p><button>Add to cart</button> <button>Contact supplier</button></div>
<h2>Supplier</h2>
<p><strong>NordPharm Distribution OU</strong> &middot; Verified supplier &#10003; &middot; GDP certified &middot; Member since 2019 &middot; Response rate 98% &middot; 4.8&#9733; (1,044 reviews)</p>
<h2>Description</h2>
<p>Genuine brand product in original manufacturer packaging with intact seals, batch number and expiry (08/2028). Each box contains 3 single-use devices, 28 mg per device. Stored at controlled room temperature. Full traceability with invoice and packing list.</p>
<p>Suitable for clinics, hospitals and private buyers. Prescription is not required for export orders; the buyer is responsible for local regulations. Double-boxed, discreet shipping with insurance. Customs clearance guarantee: reshipment or full refund.</p>
<h2>Shipping</h2>
<p>EMS / DHL Express from Tallinn, 5&ndash;9 days to USA, Canada, UK, Australia. Payment: bank wire, Western Union, USDT. 5% discount for crypto.</p>
<h2>Reviews</h2>
<ul class="reviews">
<li>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Arrived in 7 days to Texas, sealed boxes, exactly as described.&rdquo; &mdash; k***n</li>
<li>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Second order, fast and professional.&rdquo; &mdash; a***7</li>
<li>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Good product, tracking slow to update.&rdquo; &mdash; m***s</li>
</ul>
</main>
<footer><p>MedSupply Market is a B2B platform. Listings are provided by independent suppliers. &copy; 2026</p></footer>
""")

p("h13709", "https://clinicadraortizbienestar.example/tratamientos/ketamina-en-casa", "seller", True, "es",
  "fake-doctor-spanish-receta-incluida-whatsapp", "Ketamina en casa con receta incluida | Clínica Dra. Ortiz Bienestar", """
<header>
<div class="top">Atención en España y toda Latinoamérica &middot; Lunes a sábado de 9:00 a 21:00</div>
<a href="/" class="logo">Clínica Dra. Ortiz &middot; Bienestar Emocional</a>
<nav><a href="/">Inicio</a> <a href="/la-doctora">La doctora</a> <a href="/tratamientos">Tratamientos</a> <a href="/tratamientos/ketamina-en-casa">Ketamina en casa</a> <a href="/opiniones">Opiniones</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Tratamiento con ketamina en casa para la depresión resistente</h1>
<p>La ketamina es uno de los avances más importantes en salud mental de las últimas décadas. En nuestra clínica, dirigida por la Dra. Lucía Ortiz Benavente, psiquiatra colegiada (nº de colegiada 28/2817634) y doctora en Neurociencias, ofrecemos un protocolo de ketamina sublingual que puede seguir cómodamente desde su domicilio.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Rellena nuestro cuestionario clínico online (10 minutos).</li>
<li>La doctora revisa tu caso y, si eres candidato, la receta va incluida con tu pedido. No hace falta videollamada.</li>
<li>Recibes el tratamiento en 48&ndash;72 horas en un envío discreto, sin logotipos.</li>
</ol>
<h2>Precios</h2>
<table>
<tr><td>Ketamina sublingual 100 mg &times; 10 comprimidos</td><td>149 &euro;</td></tr>
<tr><td>Ketamina sublingual 150 mg &times; 20 comprimidos</td><td>259 &euro;</td></tr>
<tr><td>Espray nasal de ketamina 50 mg/ml, 10 ml</td><td>189 &euro;</td></tr>
</table>
<p>Pago por transferencia, Bizum o criptomonedas. Envíos a España, México, Colombia, Argentina, Chile y Perú.</p>
<div class="whatsapp"><a href="https://wa.example/34600112233">Pide tu tratamiento por WhatsApp: +34 600 11 22 33</a></div>
<h2>Seguridad</h2>
<p>Todos nuestros tratamientos se preparan en farmacia con control de calidad. No combine la ketamina con alcohol ni conduzca tras la toma. Consulte siempre las contraindicaciones.</p>
</main>
<footer><p>Clínica Dra. Ortiz Bienestar S.L. &middot; CIF B-87412093 &middot; Calle de Serrano 41, 28001 Madrid &middot; Registro sanitario CS-14782 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad (RGPD)</a></p></footer>
""", noise="cookie-es")

p("h13710", "https://apotheke-am-rathausplatz-versand.example/produkte/esketamin-nasenspray", "seller", True, "de",
  "fake-german-mail-order-pharmacy-impressum-questionnaire", "Esketamin Nasenspray online bestellen | Apotheke am Rathausplatz", """
<header>
<div class="usp">&#10003; Zugelassene Versandapotheke &nbsp; &#10003; Rezept über Partnerarzt &nbsp; &#10003; Diskreter Versand in 24h</div>
<a href="/" class="logo">Apotheke am Rathausplatz &ndash; Ihre Online-Apotheke</a>
<nav><a href="/kategorien">Kategorien</a> <a href="/behandlungen">Ärztliche Behandlungen</a> <a href="/rezept-einloesen">Rezept einlösen</a> <a href="/ueber-uns">Über uns</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Esketamin Nasenspray 28 mg &ndash; Behandlung bei therapieresistenter Depression</h1>
<p>Esketamin ist ein zugelassener Wirkstoff zur Behandlung der therapieresistenten Depression bei Erwachsenen. Das Nasenspray wirkt schnell und wird zusätzlich zu einem oralen Antidepressivum angewendet.</p>
<h2>So einfach funktioniert es</h2>
<ol>
<li><strong>Medizinischen Fragebogen ausfüllen</strong> &ndash; dauert etwa 5 Minuten.</li>
<li><strong>Ärztliche Prüfung</strong> &ndash; unser Partnerarzt prüft Ihre Angaben und stellt bei Eignung ein Privatrezept aus. Ein Videogespräch ist nicht erforderlich.</li>
<li><strong>Lieferung</strong> &ndash; die Apotheke versendet Ihr Medikament diskret und neutral verpackt.</li>
</ol>
<div class="preise">
<p>Packung mit 2 Sprühgeräten (56 mg): <strong>349,00 &euro;</strong></p>
<p>Packung mit 3 Sprühgeräten (84 mg): <strong>489,00 &euro;</strong></p>
<p class="klein">inkl. ärztlicher Prüfung und Versand. Zahlung per Vorkasse, Sofortüberweisung oder Bitcoin.</p>
<a class="btn" href="/fragebogen/esketamin">Jetzt Fragebogen starten</a>
</div>
<h2>Wichtige Hinweise</h2>
<p>Nach der Anwendung können Schwindel, Benommenheit und Dissoziation auftreten. Führen Sie am Tag der Anwendung kein Fahrzeug. Wir liefern nach Deutschland, Österreich und in die Schweiz.</p>
</main>
<footer>
<h4>Impressum</h4>
<p>Apotheke am Rathausplatz Versand GmbH &middot; Rathausplatz 7, 33602 Bielefeld &middot; Handelsregister: Amtsgericht Bielefeld HRB 48215 &middot; Verantwortliche Apothekerin: Dr. rer. nat. Sabine Kröger &middot; Zuständige Kammer: Apothekerkammer Westfalen-Lippe &middot; USt-IdNr. DE318842761</p>
<p><img src="/img/sicherheitslogo.png" alt="Sicherheitslogo Versandhandel"> <img src="/img/tuev.png" alt="TÜV geprüft"> <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a></p>
</footer>
""", noise="cookie-de")

p("h13711", "https://neurolab-referenzstandards.example/de/shop/2-fdck-referenzmaterial", "seller", True, "de",
  "research-chemical-certified-lab-not-for-human-consumption", "2-FDCK Referenzmaterial, HPLC ≥ 99,5 % | NeuroLab Referenzstandards", """
<header><a href="/de/" class="logo">NeuroLab Referenzstandards</a>
<nav><a href="/de/shop">Shop</a> <a href="/de/qualitaet">Qualität &amp; Zertifikate</a> <a href="/de/analytik">Analytik-Service</a> <a href="/de/faq">FAQ</a> <a href="/de/kontakt">Kontakt</a> <a href="/de/warenkorb">Warenkorb (0)</a></nav></header>
<main>
<p class="crumbs">Shop &rsaquo; Arylcyclohexylamine &rsaquo; 2-FDCK</p>
<h1>2-FDCK (2-Fluorodeschloroketamin) &ndash; analytisches Referenzmaterial</h1>
<p class="cas">CAS 111982-50-4 &middot; Summenformel C13H16FNO &middot; Molmasse 221,27 g/mol</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th></tr>
<tr><td>1 g</td><td>39,00 &euro;</td></tr>
<tr><td>5 g</td><td>149,00 &euro;</td></tr>
<tr><td>10 g</td><td>259,00 &euro;</td></tr>
<tr><td>25 g</td><td>529,00 &euro;</td></tr>
</table>
<button>In den Warenkorb</button>
<h2>Qualität</h2>
<p>Jede Charge wird in unserem nach DIN EN ISO 9001:2015 zertifizierten Labor mittels HPLC, GC-MS und NMR geprüft. Analysenzertifikat (CoA) zum Download auf jeder Produktseite. Reinheit &ge; 99,5 %.</p>
<h2>Rechtlicher Hinweis</h2>
<p>Dieses Produkt ist ausschließlich für Forschungs- und Analysezwecke bestimmt. Nicht für den menschlichen Verzehr. Kein Arzneimittel, kein Lebensmittel, kein Kosmetikum. Abgabe nur an Personen ab 18 Jahren. Der Käufer ist für die Einhaltung der in seinem Land geltenden Gesetze verantwortlich.</p>
<h2>Versand</h2>
<p>Versand aus den Niederlanden, vakuumversiegelt in geruchsdichten Beuteln, neutraler Absender. Lieferung EU-weit 2&ndash;5 Werktage. Zahlung: Banküberweisung, Bitcoin, Monero.</p>
</main>
<footer><p>NeuroLab Referenzstandards B.V. &middot; Science Park 140, 1098 XG Amsterdam &middot; KvK 81740291 &middot; <a href="/de/agb">AGB</a> &middot; <a href="/de/datenschutz">Datenschutz</a></p></footer>
""")

p("h13712", "https://centre-equilibre-teleconsult.example/traitements/ketamine-a-domicile", "seller", True, "fr",
  "fake-french-teleconsult-ordonnance-sans-video", "Kétamine à domicile | Centre Équilibre Téléconsultation", """
<header><a href="/" class="logo">Centre Équilibre &middot; Téléconsultation en santé mentale</a>
<nav><a href="/">Accueil</a> <a href="/equipe-medicale">Équipe médicale</a> <a href="/traitements">Traitements</a> <a href="/tarifs">Tarifs</a> <a href="/faq">FAQ</a> <a href="/espace-patient">Espace patient</a></nav></header>
<main>
<h1>Le traitement par kétamine, désormais accessible depuis chez vous</h1>
<p>Notre équipe, coordonnée par le Dr Philippe Marchand-Duval, psychiatre inscrit à l'Ordre des médecins (RPPS 10101847263), accompagne les adultes souffrant de dépression résistante avec un protocole de kétamine sublinguale à faible dose.</p>
<h2>Un parcours simple et confidentiel</h2>
<ul>
<li>Questionnaire médical en ligne sécurisé (données hébergées chez un hébergeur certifié HDS).</li>
<li>Validation par un médecin sous 24 h, sans rendez-vous vidéo : l'ordonnance est jointe à votre colis.</li>
<li>Expédition depuis notre pharmacie partenaire en Belgique, emballage neutre, livraison en 3 à 5 jours en France, Belgique, Suisse et Luxembourg.</li>
</ul>
<h2>Tarifs</h2>
<p>Cure découverte (8 prises de 150 mg) : 229 &euro; &middot; Cure complète (16 prises) : 399 &euro;. Paiement par virement SEPA ou en cryptomonnaie (-10 %). Non remboursé par l'Assurance maladie.</p>
<h2>Précautions</h2>
<p>Ne pas conduire le jour de la prise. Ne pas associer à l'alcool. Contre-indiqué en cas de grossesse, d'hypertension non contrôlée ou d'antécédents de psychose.</p>
<p><a class="btn" href="/questionnaire">Commencer mon questionnaire</a></p>
</main>
<footer><p>Centre Équilibre SAS &middot; 18 rue de la Pompe, 75116 Paris &middot; SIRET 912 447 318 00019 &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Politique de confidentialité (RGPD)</a></p></footer>
""", noise="cookie-fr")

p("h13713", "https://ketaminekliniek-online.example/behandeling/ketamine-thuis", "seller", True, "nl",
  "fake-dutch-online-clinic-big-kvk-approval-15min", "Ketamine thuisbehandeling | KetamineKliniek Online", """
<header><a href="/" class="logo">KetamineKliniek Online</a>
<nav><a href="/">Home</a> <a href="/behandeling">Behandeling</a> <a href="/artsen">Onze artsen</a> <a href="/kosten">Kosten</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/inloggen">Mijn dossier</a></nav></header>
<main>
<h1>Ketamine bij depressie, thuis en onder medische begeleiding</h1>
<p>Bij KetamineKliniek Online werken BIG-geregistreerde artsen die gespecialiseerd zijn in therapieresistente depressie. Onze medisch directeur, drs. J.W. (Jan-Willem) Verbeek, psychiater (BIG 19062871401), heeft meer dan vijftien jaar ervaring in de ggz.</p>
<h2>Zo werkt het</h2>
<ol>
<li>Vul de online medische vragenlijst in.</li>
<li>Onze arts beoordeelt uw antwoorden. Een videoconsult is niet nodig; in de meeste gevallen ontvangt u binnen 15 minuten goedkeuring.</li>
<li>Uw ketamine-zuigtabletten worden de volgende werkdag discreet bezorgd via PostNL of DHL.</li>
</ol>
<h2>Kosten</h2>
<p>Startpakket (6 behandelingen) &euro; 195 &middot; Vervolgpakket (12 behandelingen) &euro; 345. Betalen met iDEAL, Bancontact of crypto. Wij leveren in Nederland, België en Duitsland.</p>
<h2>Veiligheid</h2>
<p>Gebruik ketamine altijd met een begeleider in de buurt, niet autorijden op de dag van gebruik en combineer het niet met alcohol.</p>
</main>
<footer><p>KetamineKliniek Online B.V. &middot; Herengracht 420, 1017 BZ Amsterdam &middot; KvK 87214390 &middot; AGB-code 22-0041187 &middot; <img src="/img/thuiswinkel.png" alt="Thuiswinkel Waarborg"> &middot; <a href="/privacy">Privacyverklaring</a></p></footer>
""", noise="cookie-nl")

p("h13714", "https://farmaciamanipulacao-vitalis.example/produto/cetamina-sublingual-manipulada", "seller", True, "pt",
  "fake-brazilian-compounding-pharmacist-prescription-pix", "Cetamina sublingual manipulada | Farmácia de Manipulação Vitalis", """
<header>
<div class="faixa">Frete grátis acima de R$ 399 &middot; Enviamos para todo o Brasil &middot; Atendimento farmacêutico online</div>
<a href="/" class="logo">Vitalis Farmácia de Manipulação</a>
<nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/saude-mental">Saúde mental</a> <a href="/envie-sua-receita">Envie sua receita</a> <a href="/quem-somos">Quem somos</a> <a href="/carrinho">Carrinho</a></nav>
</header>
<main>
<h1>Cetamina sublingual manipulada 50 mg &ndash; 30 comprimidos</h1>
<p class="preco">R$ 489,90 <span>ou 3x de R$ 163,30 sem juros &middot; 5% de desconto no Pix</span></p>
<p>Manipulada com matéria-prima importada com laudo de análise, em laboratório certificado com Boas Práticas de Manipulação (RDC 67/2007). Comprimido sublingual de dissolução rápida, sabor menta.</p>
<div class="receita">
<h3>Receita</h3>
<p>Medicamento controlado. Se você já tem receita, envie uma foto pelo nosso site ou WhatsApp. <strong>Não tem receita?</strong> Nosso farmacêutico responsável faz a avaliação pelo chat e emite a prescrição farmacêutica para você, sem custo adicional.</p>
</div>
<button>Comprar agora</button>
<h3>Entrega</h3>
<p>Envio discreto pelos Correios (SEDEX) em embalagem sem identificação. Prazo de 2 a 7 dias úteis.</p>
</main>
<footer><p>Vitalis Farmácia de Manipulação Ltda. &middot; CNPJ 32.118.904/0001-27 &middot; Av. Paulista, 1842, conj. 155, São Paulo/SP &middot; Farmacêutico responsável: Dr. Ricardo A. Menezes, CRF-SP 84.221 &middot; Autorização de funcionamento ANVISA 1.28.4419-7 &middot; <img src="/img/selo-anvisa.png" alt="Selo ANVISA"> <img src="/img/site-seguro.png" alt="Site seguro"></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- genuine telehealth (9)

p("h13715", "https://northstar-ketamine-health.example/at-home-ketamine", "telehealth", False, "en",
  "telehealth-long-chrome-video-eval-named-prescribers", "At-Home Ketamine Treatment with a Psychiatric Clinician | Northstar Ketamine Health", """
<header class="site-header">
<div class="topbar">Now serving CA, CO, CT, FL, IL, MA, NY, TX and WA &middot; Questions? (855) 555-0172</div>
<a class="logo" href="/">Northstar Ketamine Health</a>
<nav><a href="/at-home-ketamine">At-home ketamine</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance &amp; superbills</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine treatment at home, with a real clinician at every step</h1>
<p>Northstar pairs you with a licensed psychiatric clinician who evaluates you by video, decides whether ketamine is right for you, and stays with you through treatment. Not everyone is a candidate &mdash; and we will tell you if you are not.</p>
<ul class="badges"><li><img src="/img/legitscript.png" alt="LegitScript Certified"> LegitScript certified</li><li>HIPAA compliant</li><li>Licensed prescribers in every state we serve</li></ul>
</section>
<section>
<h2>What to expect</h2>
<ol>
<li><strong>Eligibility screening (10 minutes).</strong> Medical and psychiatric history, current medications, PHQ-9 and GAD-7. Some answers (for example, a history of psychosis or uncontrolled blood pressure) mean we will refer you elsewhere.</li>
<li><strong>Video evaluation (45&ndash;60 minutes).</strong> A psychiatric nurse practitioner or psychiatrist reviews your history, may request records from your current treating provider, and builds a plan with you. Many patients are not prescribed at this visit.</li>
<li><strong>Prescription to a licensed pharmacy.</strong> If ketamine is appropriate, your clinician e-prescribes sublingual tablets to our partner pharmacy, licensed in your state, which ships after verifying the prescription. Every prescription is reported to your state's prescription monitoring program.</li>
<li><strong>Monitored first session.</strong> Your first session is done with a Northstar guide on video and a trusted support person in the room.</li>
<li><strong>Follow-up.</strong> A follow-up video visit after session 4 and before any refill. Refills are never automatic.</li>
</ol>
</section>
<section>
<h2>Pricing</h2>
<p>Initial evaluation: $250 (charged whether or not ketamine is prescribed). Treatment program: $399 for 6 sessions including medication, guide support and two follow-up visits. Medication is dispensed by the pharmacy; you will see it listed separately on your superbill.</p>
</section>
<section>
<h2>Who we are</h2>
<p>Our clinical team is led by Chief Medical Officer Dr. Priya Raman, MD (board-certified in psychiatry). Each clinician's full name, credentials and state licenses are listed on our <a href="/clinicians">clinicians page</a> and can be verified on your state medical or nursing board's website.</p>
</section>
</main>
<footer><p>Northstar Ketamine Health, P.C. and affiliated professional entities &middot; 1 Federal Street, Boston, MA 02110 &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a> &middot; In crisis? Call or text 988.</p></footer>
""", noise="cookie")

p("h13716", "https://northstar-ketamine-health.example/blog/how-to-spot-fake-ketamine-telehealth", "telehealth", False, "en",
  "telehealth-own-blog-spotting-fakes", "How to Spot a Fake Ketamine Telehealth Site | Northstar Blog", """
<header><a href="/" class="logo">Northstar Ketamine Health</a> <nav><a href="/blog">Blog</a> <a href="/at-home-ketamine">Treatment</a> <a href="/clinicians">Clinicians</a> <a class="btn" href="/eligibility">Check eligibility</a></nav></header>
<article>
<h1>Seven signs a &ldquo;ketamine clinic&rdquo; website is not what it claims</h1>
<p class="byline">By the Northstar clinical team &middot; Reviewed by Dr. Priya Raman, MD &middot; 6 min read</p>
<p>Over the past year our patient support team has received dozens of messages from people who paid a website for ketamine that never arrived &mdash; or arrived with no clinician ever speaking to them. Many of these sites look more polished than ours. Here is what we tell patients to check.</p>
<h2>1. Nobody talks to you</h2>
<p>If the only step between you and a shipment is a form, there is no medical evaluation. Legitimate providers evaluate you live, by video or in person, before a first prescription.</p>
<h2>2. The doctor cannot be found</h2>
<p>Search the prescriber's name on the state licensing board. Invented doctors often have impressive biographies, a stock photo and license numbers that do not match any real record.</p>
<h2>3. Seals without links</h2>
<p>A certification badge should link to the certifier's own site and a live record. An image of a seal proves nothing.</p>
<h2>4. Crypto, gift cards, Zelle</h2>
<p>Medical providers take cards, HSA/FSA and sometimes insurance. A discount for paying in Bitcoin is a warning sign.</p>
<h2>5. International shipping of a controlled substance</h2>
<p>A US prescriber cannot lawfully send ketamine to another country. &ldquo;We ship worldwide&rdquo; means nobody is following the rules.</p>
<h2>6. Promises to reship if customs seizes the package</h2>
<p>Pharmacies do not plan for customs seizures.</p>
<h2>7. No follow-up, automatic refills</h2>
<p>Ketamine needs monitoring. Refills should require a visit.</p>
<p class="cta">If you are unsure about a site, email our support team. We are happy to take a look, even if you never become a Northstar patient.</p>
</article>
<footer><p>&copy; 2026 Northstar Ketamine Health</p></footer>
""")

p("h13717", "https://northstar-ketamine-health.example/clinicians", "telehealth", False, "en",
  "telehealth-nav-heavy-prescriber-roster", "Our Clinicians | Northstar Ketamine Health", """
<header><a href="/" class="logo">Northstar Ketamine Health</a>
<nav><a href="/at-home-ketamine">At-home ketamine</a> | <a href="/how-it-works">How it works</a> | <a href="/clinicians">Our clinicians</a> | <a href="/safety">Safety</a> | <a href="/pricing">Pricing</a> | <a href="/insurance">Insurance</a> | <a href="/blog">Blog</a> | <a href="/careers">Careers</a> | <a href="/login">Log in</a></nav>
<nav class="sub"><a href="#psychiatrists">Psychiatrists</a> | <a href="#pmhnp">Psychiatric nurse practitioners</a> | <a href="#guides">Session guides</a> | <a href="#states">Find by state</a></nav>
</header>
<main>
<h1>Our clinicians</h1>
<p>Every prescriber below holds an active license in each listed state. Click a state to open that state board's public license lookup.</p>
<h2 id="psychiatrists">Psychiatrists</h2>
<ul class="roster">
<li>Priya Raman, MD &mdash; Chief Medical Officer &middot; Board-certified, Psychiatry &middot; NPI 1538214907 &middot; MA, NY, CT</li>
<li>Daniel Okafor, MD &mdash; Board-certified, Psychiatry &middot; NPI 1669320458 &middot; TX, FL</li>
<li>Hannah Lindqvist, MD &mdash; Board-certified, Psychiatry and Addiction Medicine &middot; NPI 1003981726 &middot; CA, WA</li>
</ul>
<h2 id="pmhnp">Psychiatric nurse practitioners</h2>
<ul class="roster">
<li>Marisol Vega, PMHNP-BC &middot; NPI 1124587730 &middot; CO, IL</li>
<li>Thomas Ng, PMHNP-BC &middot; NPI 1447209318 &middot; CA</li>
<li>Aisha Karimi, PMHNP-BC &middot; NPI 1982476651 &middot; NY, MA</li>
<li>Rebecca Stone, PMHNP-BC &middot; NPI 1316650823 &middot; FL, TX</li>
</ul>
<h2 id="guides">Session guides</h2>
<p>Session guides are licensed therapists (LCSW, LMFT, LPC) who support your first sessions on video. Guides do not prescribe.</p>
<h2 id="states">Find by state</h2>
<p><a href="#">CA</a> &middot; <a href="#">CO</a> &middot; <a href="#">CT</a> &middot; <a href="#">FL</a> &middot; <a href="#">IL</a> &middot; <a href="#">MA</a> &middot; <a href="#">NY</a> &middot; <a href="#">TX</a> &middot; <a href="#">WA</a></p>
</main>
<footer><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/accessibility">Accessibility</a> | <a href="/contact">Contact</a> | &copy; 2026</footer>
""")

p("h13718", "https://evenkeel-telepsychiatry.example/faq/why-video-visit", "telehealth", False, "en",
  "telehealth-short-faq-video-required", "Why do I need a video visit? | EvenKeel", """
<main class="faq">
<h1>Why can't I just fill out a form?</h1>
<p>Because ketamine is a controlled medication with real risks, and a questionnaire cannot see you. At EvenKeel, a psychiatric clinician meets you by video before any first prescription, reviews your records, checks your blood pressure readings and talks through who will be with you during sessions. About a third of people we evaluate are not prescribed ketamine; we help them find other options.</p>
<p>If you have found a service that promises approval in minutes without speaking to anyone, please be careful. <a href="/blog/red-flags">Read our guide to red flags.</a></p>
<p><a class="btn" href="/book">Book an evaluation &mdash; $229</a></p>
</main>
""")

p("h13719", "https://clearbridge-psychiatry.example/services/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-refers-to-partner-spravato-center", "Treatment-Resistant Depression Care | ClearBridge Virtual Psychiatry", """
<header><a href="/" class="logo">ClearBridge Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance we accept</a> <a href="/get-started">Get started</a></nav></header>
<main>
<h1>Care for treatment-resistant depression, starting online</h1>
<p>If two or more antidepressants have not helped, you may have treatment-resistant depression (TRD). ClearBridge psychiatrists and nurse practitioners see you by secure video, review what you have tried, and build a plan that may include medication changes, augmentation, therapy &mdash; or a referral for esketamine (Spravato).</p>
<h2>How esketamine fits in</h2>
<p>Esketamine nasal spray must be taken in a certified healthcare setting, where you are observed for at least two hours. We do not ship it. When esketamine is the right next step, your ClearBridge provider completes the referral and insurance prior authorization and sends your records to one of our partner treatment centers near you. You keep seeing your ClearBridge psychiatrist online for medication management between sessions.</p>
<h2>Insurance</h2>
<p>We are in network with most major commercial plans and Medicare in the states we serve. Typical copay for a follow-up visit: $20&ndash;$50.</p>
<p><a class="btn" href="/get-started">Request an appointment</a></p>
</main>
<footer><p>ClearBridge Virtual Psychiatry, PA &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h13720", "https://app.evenkeel-telepsychiatry.example/checkout/membership", "telehealth", False, "en",
  "telehealth-membership-checkout-txt", "EvenKeel membership checkout", """
Your plan: EvenKeel Ketamine Care, monthly membership, $249/month
Includes: monthly follow-up video visit with your prescriber, session-guide support, messaging with your care team.
Not included: medication. If your prescriber approves treatment after your evaluation, sublingual ketamine is dispensed by a licensed partner pharmacy in your state and billed by the pharmacy (typically $60-$110 per month).
Your evaluation visit is scheduled for Tue, Dec 15, 10:30 AM with Karen Liu, PMHNP-BC. No prescription is issued before this visit.
Payment: card ending 4417 | HSA/FSA accepted | Cancel anytime from your account.
[ Confirm and pay $249 ]
""", ext="txt")

p("h13721", "https://psychiatrie-videosprechstunde.example/behandlung/therapieresistente-depression", "telehealth", False, "de",
  "german-telepsychiatry-video-referral-esketamine-center", "Therapieresistente Depression – Videosprechstunde | PsychiatriePraxis digital", """
<header><a href="/" class="logo">PsychiatriePraxis digital</a>
<nav><a href="/">Start</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/behandlung">Behandlung</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression: Diagnostik und Behandlung per Videosprechstunde</h1>
<p>Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie betreuen Sie per zertifizierter Videosprechstunde. Im Erstgespräch (50 Minuten) klären wir, welche Behandlungen Sie bereits erhalten haben, und besprechen die nächsten Schritte.</p>
<h2>Esketamin-Nasenspray</h2>
<p>Esketamin darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden; Sie bleiben danach mindestens zwei Stunden zur Beobachtung. Wir versenden kein Esketamin. Wenn es für Sie in Frage kommt, überweisen wir Sie an eine kooperierende Praxis in Ihrer Nähe und übernehmen die psychiatrische Weiterbehandlung per Video.</p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte rechnen wir über die Krankenkasse ab (eGK erforderlich). Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<p><a class="btn" href="/termin">Erstgespräch vereinbaren</a></p>
</main>
<footer><p>Impressum: Dr. med. Katharina Albers, Fachärztin für Psychiatrie und Psychotherapie &middot; Praxissitz: Eppendorfer Landstraße 12, 20249 Hamburg &middot; Zuständige Kammer: Ärztekammer Hamburg &middot; KV Hamburg &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h13722", "https://telepsiquiatria-horizonte.example/servicios/depresion-resistente", "telehealth", False, "es",
  "spanish-telepsychiatry-videoconsulta-esketamine-coordination", "Depresión resistente | Horizonte Telepsiquiatría", """
<header><a href="/" class="logo">Horizonte Telepsiquiatría</a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/servicios">Servicios</a> <a href="/tarifas">Tarifas</a> <a href="/reservar">Reservar cita</a></nav></header>
<main>
<h1>Depresión resistente al tratamiento: valoración por videoconsulta</h1>
<p>Nuestros psiquiatras, todos colegiados en España (puede comprobar su número en el registro del Consejo General de Colegios Oficiales de Médicos), realizan una primera valoración de 60 minutos por videollamada.</p>
<p>Si la esketamina es una opción para usted, coordinamos la derivación a un hospital o centro autorizado donde se administra bajo supervisión. Nunca enviamos ketamina ni esketamina a domicilio.</p>
<p>Primera consulta: 120 &euro;. Revisiones: 80 &euro;. Factura válida para reembolso de su seguro privado.</p>
<p><a class="btn" href="/reservar">Reservar videoconsulta</a></p>
</main>
<footer><p>Horizonte Telepsiquiatría S.L.P. &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h13723", "https://mentecura-telemedicina.example/percorsi/depressione-resistente", "telehealth", False, "it",
  "italian-telemedicine-video-eval-referral", "Depressione resistente – televisita psichiatrica | MenteCura", """
<header><a href="/" class="logo">MenteCura Telemedicina</a>
<nav><a href="/">Home</a> <a href="/specialisti">Specialisti</a> <a href="/percorsi">Percorsi</a> <a href="/prezzi">Prezzi</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Depressione resistente: il percorso con televisita</h1>
<p>La prima televisita con uno psichiatra iscritto all'Ordine dei Medici dura 50 minuti. Lo specialista valuta la storia clinica, i farmaci già provati e gli esami recenti.</p>
<p>Quando l'esketamina spray nasale è indicata, ti indirizziamo a un centro ospedaliero autorizzato alla somministrazione, dove il farmaco viene dato sotto osservazione. MenteCura non vende e non spedisce ketamina o esketamina.</p>
<p>Televisita psichiatrica: 110 &euro;. Controllo: 70 &euro;. Ricetta elettronica per gli altri farmaci quando appropriata.</p>
<p><a class="btn" href="/prenota">Prenota la televisita</a></p>
</main>
<footer><p>MenteCura S.r.l. &middot; Direttore sanitario: Dott.ssa Francesca Rinaldi &middot; P.IVA 10482730961 &middot; <a href="/privacy">Privacy</a></p></footer>
""")

# ---------------------------------------------------------------- genuine clinics (8)

p("h13724", "https://bluehaven-infusion.example/ketamine-infusions", "clinic", False, "en",
  "iv-clinic-long-chrome-packages-seals-book-now", "Ketamine Infusion Therapy in Denver | Blue Haven Infusion Center", """
<header class="site-header">
<div class="topbar">Blue Haven Infusion Center &middot; 3900 E Mexico Ave, Suite 220, Denver, CO &middot; (303) 555-0188 &middot; <a href="/book">Book a consultation</a></div>
<a href="/" class="logo">Blue Haven Infusion Center</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-hydration">IV hydration</a> <a href="/our-team">Our team</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/patient-forms">Patient forms</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine infusions for depression, PTSD and chronic pain</h1>
<p>Every infusion at Blue Haven is given in our Denver office by a board-certified anesthesiologist or certified registered nurse anesthetist, with continuous heart-rate, blood-pressure and oxygen monitoring in a private, quiet suite.</p>
<ul class="badges"><li><img src="/img/askp3.png" alt="ASKP3 member"> ASKP3 member practice</li><li><img src="/img/google-reviews.png" alt="4.9 on Google"> 4.9 from 380 reviews</li><li>Accredited by a national ambulatory care accreditor</li></ul>
</section>
<section>
<h2>Meet our medical director</h2>
<p>Dr. Samuel Achterberg, MD, is a board-certified anesthesiologist with fellowship training in pain medicine. He has administered more than 9,000 ketamine infusions since 2016. You can verify his Colorado medical license on the Colorado DORA lookup.</p>
</section>
<section>
<h2>Your first visit</h2>
<ol>
<li>Free 15-minute phone call with our patient coordinator.</li>
<li>In-person medical consultation ($150, credited to your first infusion): history, vital signs, screening questionnaires, and coordination with your psychiatrist or therapist.</li>
<li>If you are a candidate, your first infusion is usually scheduled within a week. Plan on 2 hours in the office and a driver to take you home.</li>
</ol>
</section>
<section class="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Single infusion (mood)</td><td>$495</td></tr>
<tr><td>Induction series of 6 infusions (prepaid)</td><td>$2,595</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$795</td></tr>
</table>
<p>We accept cards, HSA/FSA and CareCredit financing. We provide superbills for out-of-network reimbursement. <a href="/pricing">Buy a package online</a>.</p>
</section>
<section>
<h2>We do not offer take-home ketamine</h2>
<p>Blue Haven does not prescribe or ship ketamine for use at home. If a website uses our name, photos or our doctors' names to sell ketamine online, it is not us. Please report it to info@bluehaven-infusion.example.</p>
</section>
</main>
<footer><p>&copy; 2026 Blue Haven Infusion Center, LLC &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
""", noise="cookie")

p("h13725", "https://riverside-behavioral.example/spravato-treatment-center", "clinic", False, "en",
  "rems-certified-spravato-center-insurance", "Spravato (esketamine) Treatment Center | Riverside Behavioral Health", """
<header><a href="/" class="logo">Riverside Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato-treatment-center">Spravato</a> <a href="/tms">TMS</a> <a href="/locations">Locations</a> <a href="/referrals">For referring providers</a> <a href="/pay-bill">Pay my bill</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray at Riverside</h1>
<p>Riverside Behavioral Health is a certified Spravato treatment center under the FDA Risk Evaluation and Mitigation Strategy (REMS). Esketamine is self-administered in our clinic under the direct supervision of our nursing staff. You will be monitored for at least two hours after each dose, and you cannot drive until the next day.</p>
<h2>Who may be eligible</h2>
<p>Adults with major depressive disorder who have not responded to at least two antidepressants, or adults with depressive symptoms and acute suicidal ideation or behavior, together with an oral antidepressant.</p>
<h2>Insurance and cost</h2>
<p>Most commercial plans and Medicare cover Spravato after prior authorization, which our benefits team submits for you. The manufacturer's savings program may reduce the medication copay for eligible commercially insured patients. Observation and evaluation services are billed separately.</p>
<h2>Getting started</h2>
<p>Ask your psychiatrist to send a referral, or request an evaluation with one of our psychiatrists. Typical wait: 1&ndash;2 weeks.</p>
<p><a class="btn" href="/referrals">Send a referral</a> <a class="btn" href="/request-appointment">Request an evaluation</a></p>
<p class="small">Riverside never sells or ships esketamine. Spravato is only available through certified healthcare settings.</p>
</main>
<footer><p>Riverside Behavioral Health &middot; 1450 River Road, Suite 300, Richmond, VA 23226 &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h13726", "https://opencircle-kap.example/ketamine-assisted-psychotherapy", "clinic", False, "en",
  "kap-practice-in-office-medium", "Ketamine-Assisted Psychotherapy | Open Circle Therapy Collective", """
<header><a href="/" class="logo">Open Circle Therapy Collective</a> <nav><a href="/kap">KAP</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy in Portland</h1>
<p>Our KAP program combines preparation sessions, medicine sessions and integration therapy. Medicine sessions take place in our office on SE Hawthorne, with your therapist present throughout and our prescribing psychiatric nurse practitioner on site.</p>
<h2>The program</h2>
<ul><li>Medical intake with our PMHNP (in person)</li><li>Two preparation sessions (50 minutes)</li><li>Three medicine sessions, sublingual or intramuscular (2.5&ndash;3 hours)</li><li>Three integration sessions</li></ul>
<h2>Fees</h2>
<p>Full program: $3,400. A limited number of sliding-scale places are available. A $300 deposit holds your start date and can be paid online.</p>
<p>We do not provide take-home doses. If you have been offered ketamine by mail without an appointment, please talk to your doctor.</p>
</main>
<footer><p>Open Circle Therapy Collective &middot; 3520 SE Hawthorne Blvd, Portland, OR 97214</p></footer>
""")

p("h13727", "https://stillwater-ketamine-clinic.example/notices/impersonation-warning", "clinic", False, "en",
  "clinic-short-impersonation-scam-notice", "Important: websites impersonating Stillwater Ketamine Clinic", """
<div class="alert">
<h1>Warning: websites impersonating our clinic</h1>
<p>We have learned that at least two websites are using our name, our address at 88 Lake Street and photographs of Dr. Harriet Mbeki to sell &ldquo;ketamine lozenges&rdquo; online, with payment in cryptocurrency. These sites are not connected to Stillwater Ketamine Clinic.</p>
<p>Stillwater only provides ketamine infusions in our clinic, after an in-person consultation. We never ship ketamine, never ask for payment in crypto or gift cards, and never contact patients through Telegram or WhatsApp about medication.</p>
<p>If you paid one of these sites, contact your bank and report it to the FTC. To book a real consultation, call our front desk at (612) 555-0119.</p>
</div>
""")

p("h13728", "https://clinique-lemanique-humeur.example/fr/ketamine", "clinic", False, "fr",
  "swiss-private-clinic-infusions-chf-prices", "Traitement par kétamine | Clinique Lémanique de l'Humeur", """
<header><a href="/fr/" class="logo">Clinique Lémanique de l'Humeur</a>
<nav><a href="/fr/traitements">Traitements</a> <a href="/fr/ketamine">Kétamine</a> <a href="/fr/esketamine">Eskétamine</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Perfusions de kétamine pour la dépression résistante</h1>
<p>Notre clinique ambulatoire de Lausanne propose des perfusions intraveineuses de kétamine à faible dose, administrées sous la surveillance d'un médecin anesthésiste et d'une infirmière, avec monitorage continu. Chaque traitement est précédé d'une consultation psychiatrique sur place.</p>
<h2>Déroulement</h2>
<p>Série initiale de six perfusions sur trois semaines, 40 minutes chacune, suivies d'une heure de surveillance. Un accompagnant doit venir vous chercher.</p>
<h2>Tarifs</h2>
<p>Consultation d'évaluation : CHF 280. Perfusion : CHF 620. Série de six perfusions : CHF 3&nbsp;450. La prise en charge par l'assurance complémentaire est possible selon votre contrat ; l'eskétamine peut être remboursée par l'assurance de base sur garantie de prise en charge.</p>
<p><a class="btn" href="/fr/rendez-vous">Réserver une consultation</a></p>
</main>
<footer><p>Clinique Lémanique de l'Humeur SA &middot; Avenue de Rumine 22, 1005 Lausanne &middot; Autorisation d'exploiter délivrée par le canton de Vaud &middot; <a href="/fr/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

p("h13729", "https://clinicainfusaocetamina-campinas.example/tratamentos/cetamina", "clinic", False, "pt",
  "brazilian-infusion-clinic-whatsapp-appointments", "Infusão de cetamina em Campinas | Clínica Reviver", """
<header><a href="/" class="logo">Clínica Reviver &middot; Psiquiatria Intervencionista</a>
<nav><a href="/">Início</a> <a href="/tratamentos/cetamina">Cetamina</a> <a href="/tratamentos/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Reviver, a cetamina é aplicada por via endovenosa ou subcutânea em sala equipada, com monitorização contínua e presença de médico durante toda a sessão. Antes de iniciar, você passa por consulta presencial com psiquiatra.</p>
<h2>Valores</h2>
<p>Consulta psiquiátrica: R$ 650. Sessão de cetamina: R$ 1.100. Pacote de 8 sessões: R$ 7.900 (em até 6x no cartão). Emitimos recibo para reembolso do plano de saúde.</p>
<p><a class="whatsapp" href="https://wa.example/5519988776655">Agende pelo WhatsApp: (19) 98877-6655</a></p>
<p class="aviso">A Clínica Reviver não vende nem envia cetamina. O tratamento é feito exclusivamente em nossa clínica.</p>
</main>
<footer><p>Clínica Reviver &middot; Rua Barão de Jaguara, 1200, Campinas/SP &middot; Responsável técnico: Dr. Fernando Lopes Amaral, CRM-SP 118.442, RQE 49.771</p></footer>
""", noise="cookie-pt")

p("h13730", "https://ketaminecentrum-utrecht.example/behandeling", "clinic", False, "nl",
  "dutch-clinic-referral-intake", "Ketaminebehandeling | Ketaminecentrum Utrecht", """
<header><a href="/" class="logo">Ketaminecentrum Utrecht</a>
<nav><a href="/">Home</a> <a href="/behandeling">Behandeling</a> <a href="/aanmelden">Aanmelden</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Aanmelden kan alleen met een verwijzing van uw huisarts of behandelend psychiater. Na een intakegesprek op locatie met onze psychiater beslissen we samen of ketamine passend is.</p>
<p>De behandeling bestaat uit zes tot acht sessies, in onze behandelkamers in Utrecht. U krijgt de ketamine onder toezicht van een arts en verpleegkundige, en blijft daarna ongeveer een uur ter observatie. U mag die dag niet zelf rijden.</p>
<p>Kosten: de behandeling valt onder de specialistische ggz en wordt vergoed vanuit de basisverzekering, met uw eigen risico. Wij leveren geen ketamine voor thuisgebruik.</p>
<p><a class="btn" href="/aanmelden">Verwijzing insturen</a></p>
</main>
<footer><p>Ketaminecentrum Utrecht &middot; Oudegracht 180, 3511 NP Utrecht &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

p("h13731", "https://centromedicoaurora.example/trattamenti/ketamina-esketamina", "clinic", False, "it",
  "italian-private-clinic-prenota", "Ketamina ed esketamina per la depressione resistente | Centro Medico Aurora", """
<header><a href="/" class="logo">Centro Medico Aurora &middot; Milano</a>
<nav><a href="/">Home</a> <a href="/trattamenti">Trattamenti</a> <a href="/medici">Medici</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota online</a></nav></header>
<main>
<h1>Ketamina ed esketamina per la depressione resistente</h1>
<p>Presso il nostro ambulatorio di psichiatria in via Vittor Pisani, l'esketamina spray nasale viene autosomministrata sotto la supervisione del personale sanitario, con osservazione di almeno due ore. Le infusioni di ketamina a basso dosaggio sono eseguite in presenza di un anestesista.</p>
<p>Visita psichiatrica preliminare: 180 &euro;. Seduta di infusione: 450 &euro;. Pacchetto di 6 sedute: 2.500 &euro;.</p>
<p><a class="btn" href="/prenota">Prenota la visita</a></p>
</main>
<footer><p>Centro Medico Aurora S.r.l. &middot; Struttura sanitaria autorizzata da Regione Lombardia &middot; Direttore sanitario: Dott. Marco Bellini &middot; <a href="/privacy">Privacy</a></p></footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h13732", "https://pharmacy-board.state-health.example/consumers/illegal-online-pharmacies-ketamine", "informational", False, "en",
  "regulator-consumer-warning-long-gov-chrome", "Consumer Alert: Illegal Online Sellers of Ketamine | State Board of Pharmacy", """
<div class="gov-banner">An official website of the State Department of Health. <a href="#">Here's how you know</a></div>
<header><a href="/" class="logo">State Board of Pharmacy</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/consumers">Consumers</a> <a href="/laws-rules">Laws &amp; Rules</a> <a href="/news">News</a></nav></header>
<main>
<p class="crumbs">Home / Consumers / Alerts</p>
<h1>Consumer alert: websites offering ketamine without a real medical evaluation</h1>
<p class="date">Issued November 18, 2026</p>
<p>The Board has received complaints about websites that offer ketamine lozenges, tablets and nasal sprays, and in some cases esketamine, to residents of this state. Several of these websites display professional designs, doctor biographies, street addresses, license numbers and accreditation seals. In the cases reviewed, the doctors either did not exist or held no license in this state, the addresses belonged to virtual offices, and the seals had not been issued by the organizations shown.</p>
<h2>Warning signs</h2>
<ul>
<li>You are &ldquo;approved&rdquo; after filling in a form, without speaking to a clinician by video or in person.</li>
<li>Payment by cryptocurrency, wire transfer, peer-to-peer apps or gift cards, or a discount for paying that way.</li>
<li>Offers to ship to other countries, or to reship if a package is seized.</li>
<li>A pharmacy or pharmacist that issues the prescription itself.</li>
<li>License numbers that are offered only &ldquo;on request&rdquo; or that do not appear in the Board's public lookup.</li>
<li>Accreditation logos that do not link to a verification page on the accrediting body's own website.</li>
</ul>
<h2>How to check</h2>
<ol>
<li>Look up any pharmacy or pharmacist on our <a href="/verify">license verification page</a>.</li>
<li>Look up prescribers on the Medical Board or Board of Nursing lookup.</li>
<li>Check an accreditation seal on the accreditor's own site, not by clicking the image.</li>
</ol>
<p>Legitimate telehealth providers may prescribe ketamine after an appropriate evaluation, and esketamine (Spravato) is only available in certified healthcare settings. A polished website is not proof of either.</p>
<h2>Report a website</h2>
<p>Use our <a href="/complaints">online complaint form</a>, or call the Board's consumer line at (800) 555-0107.</p>
</main>
<footer><p>State Board of Pharmacy &middot; 2000 Capitol Avenue, Room 410 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/foia">Public records</a></p></footer>
""")

p("h13733", "https://the-ledger-news.example/investigations/2026/11/the-ketamine-doctor-who-did-not-exist", "informational", False, "en",
  "news-investigation-quotes-vendor-prices", "The ketamine doctor who didn't exist | The Ledger", """
<header><a href="/" class="logo">The Ledger</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>The ketamine doctor who didn't exist</h1>
<p class="dek">A slick website promised at-home ketamine from a Harvard-trained psychiatrist with 40 publications. We could not find him. We found the money.</p>
<p class="byline">By Rachel Ferreira and Tom Adeyemi &middot; November 30, 2026</p>
<p>The website looked like dozens of others in the booming at-home ketamine market: soft blue photography, a medical director in a white coat, a privacy notice citing HIPAA, badges reading &ldquo;Verified Online Healthcare Provider&rdquo; and &ldquo;Board-Certified Psychiatry.&rdquo; For $219 it promised six doses of sublingual ketamine, shipped in two days.</p>
<p>Only one sentence, halfway down the page, hinted that something was different. &ldquo;Approval is automatic for adults who meet our intake criteria,&rdquo; it read, &ldquo;so there is no need to schedule a video visit.&rdquo;</p>
<p>The Ledger placed two orders using reporters' real names. Both were approved within minutes. Both arrived eight days later, postmarked in Europe, containing unlabeled blister packs. A laboratory commissioned by The Ledger found ketamine in one pack; the other contained 2-fluorodeschloroketamine, an unregulated analogue sold online as a &ldquo;research chemical.&rdquo;</p>
<p>The medical director named on the site, with licenses listed in four states, does not appear in any of those states' medical board records. His photograph is a stock image. The Miami address is a virtual office that rents mailboxes by the month. The listed &ldquo;facility license&rdquo; number belongs to a hair salon.</p>
<p>&ldquo;These sites copy everything legitimate providers do, down to the footnotes,&rdquo; said a pharmacy board investigator who asked not to be named because the inquiry is ongoing. &ldquo;The giveaway is nearly always the same: no human being evaluates you.&rdquo;</p>
<p>When a reporter asked the site's chat support whether a doctor would call, the reply came within seconds: &ldquo;Not needed for our protocol. Use code CALM10 and pay in crypto to save 10%.&rdquo;</p>
<p>Legitimate telehealth companies say the copycats are damaging them. &ldquo;Patients come to us after being burned and they don't trust anyone,&rdquo; said the clinical director of one licensed service, which requires a live video evaluation before prescribing.</p>
<p>The website went offline two days after The Ledger contacted its registered email address. A near-identical site, with a different name and the same medical director photograph, appeared the following week.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="#">How to check whether an online pharmacy is real</a></li><li><a href="#">FDA-approved esketamine: what patients should know</a></li></ul></aside>
<footer><p>&copy; 2026 The Ledger Media Co.</p></footer>
""", noise="cookie")

p("h13734", "https://consumer-health-checklist.example/guides/verify-ketamine-telehealth-provider", "informational", False, "en",
  "consumer-guide-checklist-medium", "How to Verify a Ketamine Telehealth Provider in 10 Minutes", """
<header><a href="/" class="logo">Consumer Health Checklist</a> <nav><a href="/guides">Guides</a> <a href="/about">About</a> <a href="/newsletter">Newsletter</a></nav></header>
<main>
<h1>How to verify a ketamine telehealth provider in 10 minutes</h1>
<p>Fake providers have become very good at looking real. These checks rely on records the seller cannot control.</p>
<ol>
<li><strong>Find the prescriber's full name</strong> and look it up in the NPI Registry and on your state's medical or nursing board website. The license should be active, in your state, and the name should match exactly.</li>
<li><strong>Click every seal.</strong> A genuine certification links to a record on the certifier's own domain. Type the certifier's address yourself rather than trusting the link.</li>
<li><strong>Search the street address</strong> in a map view. Co-working spaces and mailbox stores are common for fake sites.</li>
<li><strong>Read the &ldquo;how it works&rdquo; page closely.</strong> Look for a live video or in-person evaluation before the first prescription. &ldquo;Automatic approval&rdquo; or &ldquo;no visit needed&rdquo; is a stop sign.</li>
<li><strong>Check payment options.</strong> Crypto-only, wire transfer, Zelle or gift cards are red flags.</li>
<li><strong>Check where it ships.</strong> Ketamine is a controlled substance; a US provider cannot mail it abroad.</li>
<li><strong>Check domain age.</strong> Many impostor sites are only weeks old.</li>
</ol>
<p>Passing every check does not guarantee good care, but failing even one is reason to walk away.</p>
</main>
<footer><p>Consumer Health Checklist is an independent nonprofit. We do not accept advertising from health providers.</p></footer>
""")

p("h13735", "https://safe-pharmacy-seal.example/news/counterfeit-seal-misuse-ketamine-sites", "informational", False, "en",
  "seal-program-notice-lists-misusing-sites", "Sites misusing our seal to sell ketamine | Safe Pharmacy Seal Program", """
<header><a href="/" class="logo">Safe Pharmacy Seal Program</a> <nav><a href="/verify">Verify a site</a> <a href="/apply">Apply</a> <a href="/standards">Standards</a> <a href="/news">News</a></nav></header>
<main>
<h1>Notice: unauthorized use of our seal by ketamine sellers</h1>
<p>Our program certifies online pharmacies and telehealth providers that meet licensing, prescribing and privacy standards. A certified site displays our seal, and clicking it opens a verification page on safe-pharmacy-seal.example showing the site's name and certification date.</p>
<p>In the last quarter we identified 63 websites displaying our seal without authorization, 41 of them offering ketamine or esketamine. Examples include sites operating as &ldquo;Lumen Ketamine Care,&rdquo; &ldquo;Harborline Compounding Pharmacy&rdquo; and &ldquo;Calmwater Health.&rdquo; None of them is or has ever been certified. We have referred these sites to regulators and domain registrars.</p>
<p>Before ordering, type our address directly into your browser and use the <a href="/verify">verification search</a>. If a site is not listed, do not rely on the seal it shows.</p>
</main>
<footer><p>&copy; 2026 Safe Pharmacy Seal Program</p></footer>
""")

p("h13736", "https://forum.depression-support-circle.example/t/is-tranquil-path-wellness-legit/48213", "informational", False, "en",
  "forum-thread-users-discuss-seller-legitimacy", "Is Tranquil Path Wellness legit? - Treatments - Depression Support Circle", """
<header><a href="/" class="logo">Depression Support Circle</a> <nav><a href="/latest">Latest</a> <a href="/c/treatments">Treatments</a> <a href="/c/peer-support">Peer support</a> <a href="/guidelines">Community guidelines</a></nav></header>
<main class="thread">
<h1>Is Tranquil Path Wellness legit?</h1>
<div class="post"><p class="author">quietmorning &middot; 3d</p><p>Their site looks really professional, doctors with bios, Boston address, HIPAA notice, the works. $189 for lozenges and they ship to the UK which is where I am. Has anyone used them? NHS waiting list for anything is a year.</p></div>
<div class="post"><p class="author">harbourlights &middot; 3d</p><p>Read their shipping FAQ. "If a parcel is held by customs we will reship your order." No legit pharmacy writes that. Also a US doctor can't prescribe to you in the UK.</p></div>
<div class="post"><p class="author">mod_ellie (Moderator) &middot; 2d</p><p>Reminder of rule 6: no sourcing and no links to sellers. I've removed the link from the first post. Talking about whether a service is safe is fine. For UK folks, ask your GP about a referral for esketamine or ketamine services within specialist care.</p></div>
<div class="post"><p class="author">dmitri_k &middot; 2d</p><p>I searched the "medical director" on the Massachusetts board lookup. Nothing. The photo shows up on a stock site.</p></div>
<div class="post"><p class="author">quietmorning &middot; 1d</p><p>Thanks all, glad I asked before paying. Going back to my GP.</p></div>
</main>
""")

p("h13737", "https://journal-digital-health-research.example/articles/2026/online-ketamine-sellers-legitimacy-cues.txt", "informational", False, "en",
  "research-abstract-txt", "Legitimacy cues on websites selling ketamine without prescription", """
Legitimacy cues on websites offering ketamine and esketamine without a clinical evaluation: a cross-sectional content analysis

Background: Unlicensed online sellers increasingly mimic telehealth and pharmacy websites. We describe the trust signals they display and compare them with licensed providers.
Methods: Between February and June 2026 we identified 212 English-language websites offering ketamine, esketamine or ketamine analogues to consumers and 48 licensed telehealth and clinic websites. Two coders rated 31 features, including named physicians, license numbers, street addresses, accreditation seals, privacy notices, evaluation steps, payment methods and shipping terms. License numbers and seals were checked against public registries.
Results: Unlicensed sites displayed a named physician in 71% of cases (licensed: 96%), a license number in 44% (licensed: 58%) and at least one accreditation seal in 63% (licensed: 40%). Only 3% of the physicians named on unlicensed sites held a license that matched the listed state. Features that best separated the groups were the absence of a live clinician evaluation (97% vs 0%), cryptocurrency payment (68% vs 2%), international shipping (59% vs 0%) and reshipment guarantees (37% vs 0%).
Conclusions: Trust signals are at least as common on unlicensed sites as on licensed ones. Consumer guidance should focus on evaluation steps, payment and shipping terms and independent registry checks rather than on design or seals.
""", ext="txt")

p("h13738", "https://agencia-medicamentos-alertas.example/ciudadanos/alertas/ketamina-webs-ilegales", "informational", False, "es",
  "spanish-regulator-alert-fake-websites", "Alerta: páginas web que venden ketamina y esketamina de forma ilegal", """
<header><a href="/" class="logo">Agencia de Medicamentos y Productos Sanitarios</a>
<nav><a href="/ciudadanos">Ciudadanos</a> <a href="/profesionales">Profesionales</a> <a href="/industria">Industria</a> <a href="/alertas">Alertas</a> <a href="/farmacias-online">Farmacias online autorizadas</a></nav></header>
<main>
<h1>Alerta: páginas web que ofrecen ketamina y esketamina sin receta válida</h1>
<p class="fecha">Fecha de publicación: 2 de diciembre de 2026</p>
<p>La Agencia ha detectado páginas web que ofrecen ketamina en comprimidos sublinguales, espray nasal y esketamina a ciudadanos españoles. Estas páginas utilizan nombres de supuestas clínicas, fotografías de médicos, números de colegiado, direcciones en Madrid y Barcelona y sellos de calidad que no corresponden a ninguna entidad autorizada.</p>
<p>En España, la venta a distancia al público solo está permitida para medicamentos no sujetos a prescripción, y únicamente a través de oficinas de farmacia autorizadas que muestran el logotipo común europeo. La ketamina y la esketamina son medicamentos sujetos a prescripción médica y no pueden venderse por internet. La esketamina solo se administra en centros sanitarios bajo supervisión.</p>
<h2>Recomendaciones</h2>
<ul>
<li>No compre medicamentos con receta por internet, ni siquiera si la web afirma que «la receta va incluida con el pedido».</li>
<li>Desconfíe de pedidos por WhatsApp, pagos por Bizum a particulares o con criptomonedas.</li>
<li>Compruebe el número de colegiado en el registro oficial de médicos.</li>
<li>Si ha consumido un producto adquirido así y nota efectos adversos, acuda a su médico y notifíquelo.</li>
</ul>
</main>
<footer><p>Agencia de Medicamentos y Productos Sanitarios &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/accesibilidad">Accesibilidad</a></p></footer>
""", noise="cookie-es")

p("h13739", "https://magazine-conso-sante.example/enquetes/fausses-teleconsultations-ketamine", "informational", False, "fr",
  "french-consumer-magazine-investigation", "Fausses téléconsultations : la kétamine vendue par correspondance | Conso Santé Magazine", """
<header><a href="/" class="logo">Conso Santé Magazine</a> <nav><a href="/enquetes">Enquêtes</a> <a href="/tests">Tests</a> <a href="/droits">Vos droits</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Fausses téléconsultations : comment des sites vendent de la kétamine sous un vernis médical</h1>
<p class="chapo">Ordre des médecins, numéro RPPS, hébergeur HDS, mentions légales : tout y est. Sauf le médecin.</p>
<p>Nous avons rempli le questionnaire de quatre sites francophones proposant une « cure de kétamine à domicile », de 229 à 399 euros. Sur trois d'entre eux, la validation est arrivée en moins d'une heure, sans aucun échange avec un praticien. Le numéro RPPS affiché sur l'un des sites correspond en réalité à un médecin généraliste retraité de Bretagne, qui ignorait tout de l'usage de son identité.</p>
<p>« Une ordonnance jointe au colis, sans consultation, n'a aucune valeur », rappelle une pharmacienne inspectrice interrogée. En France, la kétamine est un stupéfiant ; elle ne peut pas être vendue en ligne, et l'eskétamine n'est délivrée qu'à l'hôpital ou dans des structures habilitées.</p>
<h2>Nos conseils</h2>
<ul>
<li>Vérifiez le médecin dans l'annuaire santé officiel et appelez son cabinet.</li>
<li>Une vraie téléconsultation se fait en vidéo, avec un médecin qui vous voit.</li>
<li>Méfiez-vous des paiements en cryptomonnaie ou par virement vers l'étranger.</li>
</ul>
</article>
<footer><p>&copy; 2026 Conso Santé Magazine</p></footer>
""", noise="cookie-fr")

p("h13740", "https://autoridade-medicamento-info.example/cidadaos/alertas/venda-ilegal-cetamina-online", "informational", False, "pt",
  "portuguese-regulator-alert", "Alerta: venda ilegal de cetamina e escetamina na internet", """
<header><a href="/" class="logo">Autoridade Nacional do Medicamento</a>
<nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/alertas">Alertas</a> <a href="/farmacias-online">Verificar farmácia online</a></nav></header>
<main>
<h1>Alerta: venda ilegal de cetamina e escetamina na internet</h1>
<p>Foram identificados sítios na internet que se apresentam como clínicas, farmácias de manipulação ou serviços de telemedicina e que vendem cetamina em comprimidos, pastilhas ou spray nasal, bem como escetamina, sem consulta médica. Alguns exibem números de inscrição em ordens profissionais, moradas em Lisboa e no Porto e selos de qualidade falsos.</p>
<p>A cetamina é uma substância controlada e a escetamina apenas pode ser administrada em estabelecimentos de saúde, sob supervisão. Nenhuma farmácia legalmente registada pode vender estes medicamentos online, e nenhum farmacêutico pode emitir a prescrição.</p>
<p>Verifique sempre se a farmácia consta da lista oficial de entidades autorizadas à venda online e não efetue pagamentos por transferência para contas estrangeiras, MB WAY a particulares ou criptomoedas.</p>
</main>
<footer><p>Autoridade Nacional do Medicamento &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

save(OUT, R)
