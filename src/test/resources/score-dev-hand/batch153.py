# Batch 153 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Fine print". The decisive fact sits in the fine print: a footer, an FAQ answer, a checkout
# note, a terms/AGB/aviso legal page. Sellers whose main copy reads like a clinic's or a telehealth
# service's but whose terms reveal how they sell (no prescription, "assessment" that always approves,
# payment to a private person via Zelle/Cash App/Bizum/PIX/Tikkie/PostePay/PCS coupons, shipping from
# abroad with reship on seizure, no medical records kept, sold to anyone over 18, research-only
# disclaimers, vet product sold to pet owners, affiliate doorway with a disclosure line). Telehealth
# services and clinics whose pages sound salesy (promos, "delivered to your door", Zelle, WhatsApp,
# gift cards) but whose fine print shows the safeguards (video evaluation, named prescribers with
# licence numbers, licensed partner pharmacy, REMS monitoring, medical director, hospital mentions
# légales). Informational pages whose fine print says who they are (newspaper masthead, state board
# of pharmacy, forum rules, harm-reduction nonprofit, DEA-registrant-only wholesaler, law firm
# "attorney advertising", regulators in de/pt, a French daily).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), terms pages, FAQ pages,
# checkout pages, navigation-heavy pages, partial (cut-off) pages, short pages and a few plain-text
# excerpts (footers, prescriber roster, wholesaler terms).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch153.py (writes batch153/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch153")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: clinic-like copy, telling fine print

p("h15301", "https://serenitymind-wellness.example/", "seller", True, "en",
  "clinic-lookalike-home-footer-terms", "Serenity Mind Wellness | At-Home Ketamine Therapy for Depression & Anxiety", """
<header class="site-header">
<a class="logo" href="/">Serenity Mind Wellness</a>
<nav><a href="/">Home</a> <a href="/how-it-works">How It Works</a> <a href="/our-approach">Our Approach</a> <a href="/treatments">Treatments</a> <a href="/stories">Patient Stories</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a class="btn" href="/start">Get Started</a></nav>
</header>
<main>
<section class="hero">
<h1>Healing starts at home.</h1>
<p>Ketamine therapy has helped thousands of people find relief from treatment-resistant depression, anxiety and PTSD when nothing else worked. Serenity Mind brings this evidence-based therapy to the comfort and privacy of your own home.</p>
<a class="btn btn-primary" href="/start">Begin your journey</a> <a class="btn" href="/how-it-works">Learn more</a>
</section>
<section class="pillars">
<div><h3>Compassionate care</h3><p>Our wellness team understands what you are going through. Many of us have walked the same path.</p></div>
<div><h3>Science-backed</h3><p>Decades of research support ketamine's rapid antidepressant effect. We follow the latest protocols.</p></div>
<div><h3>Private &amp; discreet</h3><p>No waiting rooms, no awkward conversations, no insurance paperwork.</p></div>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><strong>Choose your program.</strong> Starter (4 sessions), Restore (8 sessions) or Renew (12 sessions).</li>
<li><strong>Complete your wellness profile.</strong> Tell us a little about your goals. It takes under 3 minutes.</li>
<li><strong>Receive your kit.</strong> Your sublingual tablets arrive with a journal, eye mask and a curated playlist.</li>
<li><strong>Begin your sessions.</strong> Follow your integration guide and check in with our wellness coaches by email.</li>
</ol>
</section>
<section class="programs">
<h2>Programs</h2>
<div class="card"><h3>Starter</h3><p>4 sessions &middot; 4 x 200 mg RDT</p><p class="price">$189</p><a href="/cart/add?sku=SMW-ST4">Add to cart</a></div>
<div class="card featured"><h3>Restore</h3><p>8 sessions &middot; 8 x 200 mg RDT</p><p class="price">$329</p><a href="/cart/add?sku=SMW-RS8">Add to cart</a></div>
<div class="card"><h3>Renew</h3><p>12 sessions &middot; 12 x 300 mg RDT</p><p class="price">$449</p><a href="/cart/add?sku=SMW-RN12">Add to cart</a></div>
</section>
<section class="testimonials">
<blockquote>"After two years of SSRIs I finally feel like myself again. The kit arrived in five days and the coach emails were so kind." &mdash; Melissa, Ohio</blockquote>
<blockquote>"I could not afford the clinic downtown. This was a fraction of the price." &mdash; Tom R., Florida</blockquote>
</section>
</main>
<footer class="site-footer">
<div class="cols">
<div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div>
<div><h4>Support</h4><a href="/faq">FAQ</a> <a href="/shipping">Shipping</a> <a href="/returns">Returns</a> <a href="/contact">Contact</a></div>
<div><h4>Legal</h4><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div>
</div>
<p class="fineprint"><small>Serenity Mind Wellness is a wellness company and not a medical provider. Our coaches are not physicians, and the wellness profile is not a medical evaluation; no prescription is required to order. Products are dispatched by our fulfilment partner in Ahmedabad, India, and may take 7&ndash;14 business days to clear customs; if a parcel is held we will reship once free of charge. Card payments are not accepted for this product line &ndash; after checkout you will receive Zelle details for our billing associate (R. Patel). Statements have not been evaluated by the FDA. By ordering you confirm you are over 18 and accept responsibility for compliance with local laws.</small></p>
<p><small>&copy; 2026 Serenity Mind Wellness. All rights reserved.</small></p>
</footer>
""", noise="cookie")

p("h15302", "https://calmharbor-ketaminecare.example/terms-of-service", "seller", True, "en",
  "terms-page-reveals-no-rx-personal-payment", "Terms of Service | Calm Harbor Ketamine Care", """
<header><a href="/">Calm Harbor Ketamine Care</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/blog">Blog</a> <a href="/login">Patient Login</a></nav></header>
<main class="legal">
<h1>Terms of Service</h1>
<p class="updated">Last updated: September 3, 2026</p>
<p>Please read these Terms of Service ("Terms") carefully before using calmharbor-ketaminecare.example (the "Site") and purchasing any product offered through it. By placing an order you agree to be bound by these Terms.</p>
<h2>1. Nature of service</h2>
<p>1.1 Calm Harbor provides educational content about ketamine-assisted wellness and facilitates the supply of ketamine products for personal use. The Site does not provide medical advice, diagnosis or treatment.</p>
<p>1.2 The intake questionnaire offered at checkout is used for product matching only. It is not reviewed by a licensed physician and does not create a doctor-patient relationship. Orders are approved automatically upon payment.</p>
<p>1.3 No prescription is required to place an order. Customers who already hold a prescription may upload it but are not obliged to do so.</p>
<h2>2. Eligibility</h2>
<p>2.1 You must be at least 18 years of age. We do not verify identity beyond the date of birth entered at checkout.</p>
<p>2.2 It is the customer's sole responsibility to determine whether the import and possession of the products is lawful in their jurisdiction.</p>
<h2>3. Orders and payment</h2>
<p>3.1 Prices are listed in USD and include packaging. Current prices: ketamine HCl 10 ml nasal spray (100 mg/ml) $160; ketamine 50 mg/ml 10 ml vial (x2) $210; sublingual RDT 150 mg (x10) $240.</p>
<p>3.2 Payment is accepted via Cash App, Zelle, Bitcoin or Litecoin. Cash App and Zelle payments must be sent to the individual payee named in your order confirmation email. Do not write the product name in the payment memo; use your order number only. Payments referencing the product will be refunded and the order cancelled.</p>
<p>3.3 Credit card payments are not available.</p>
<h2>4. Shipping</h2>
<p>4.1 Orders ship from our international warehouse within 48 hours of payment confirmation. Transit time to the United States, Canada and the United Kingdom is 6&ndash;15 business days.</p>
<p>4.2 All parcels are sent in plain packaging with a generic sender name and a customs declaration that does not describe the contents.</p>
<p>4.3 Reship guarantee: if a parcel is seized or lost, we reship once at no cost after you send a photo of the seizure letter or tracking status. A second reship is charged at 50%.</p>
<h2>5. Records and privacy</h2>
<p>5.1 We do not keep medical records. Questionnaire answers are deleted 30 days after delivery. Order data is purged after 90 days.</p>
<h2>6. Returns</h2>
<p>6.1 Due to the nature of the products, all sales are final.</p>
<h2>7. Limitation of liability</h2>
<p>7.1 Calm Harbor is not liable for any adverse effect resulting from the use or misuse of products. The products are not intended to diagnose, treat, cure or prevent any disease.</p>
<h2>8. Contact</h2>
<p>Questions about these Terms: support@calmharbor-ketaminecare.example or Telegram @calmharbor_care.</p>
</main>
<footer><small>&copy; 2026 Calm Harbor. All rights reserved.</small></footer>
""")

p("h15303", "https://ketavia-health.example/faq", "seller", True, "en",
  "faq-answer-autoapproval", "Frequently Asked Questions | Ketavia Health", """
<header><a class="logo" href="/">Ketavia Health</a>
<nav><a href="/">Home</a> <a href="/treatment">Treatment</a> <a href="/science">The Science</a> <a href="/pricing">Pricing</a> <a href="/faq" class="active">FAQ</a> <a class="btn" href="/assessment">Take the assessment</a></nav></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<p>Everything you need to know about at-home ketamine treatment with Ketavia.</p>
<details open><summary>What is ketamine treatment?</summary><p>Ketamine is an anaesthetic that, at lower doses, has shown rapid effects on depressive symptoms. Many people notice an improvement within hours to days.</p></details>
<details><summary>How does the assessment work?</summary><p>Our 12-question online assessment asks about your mood, sleep and previous treatments. Once you submit it, you can choose your plan straight away.</p></details>
<details><summary>Will I speak with a doctor?</summary><p>Most of our customers prefer not to. A video call is optional and can be booked as an add-on ($49). It is not needed to receive your order.</p></details>
<details><summary>Can I be turned down?</summary><p>Honestly? It almost never happens. Over 99% of assessments are approved, usually instantly. If you have been declined elsewhere, you are still welcome to apply with us.</p></details>
<details><summary>Do I need a prescription from my own doctor?</summary><p>No. You do not need an existing prescription or a referral.</p></details>
<details><summary>How is my medication shipped?</summary><p>Lozenges are shipped from our overseas dispensary in a discreet pouch. Most US orders arrive within 10 business days.</p></details>
<details><summary>How do I pay?</summary><p>We accept crypto (BTC, USDT) and Amazon or Apple gift cards. Gift cards get a 10% discount. Send the card codes to our support chat after checkout.</p></details>
<details><summary>Can I order for a friend or family member?</summary><p>Yes, just enter their shipping address at checkout.</p></details>
<details><summary>Is this safe?</summary><p>Always start low. Read the included dosing sheet carefully and never mix with alcohol.</p></details>
</main>
<footer><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <small>Ketavia Health &copy; 2026</small></footer>
""")

p("h15304", "https://mindbridge-care.example/checkout/review", "seller", True, "en",
  "checkout-note-giftcard-stealth", "Checkout - Review your order | MindBridge Care", """
<div class="checkout">
<header><a href="/">MindBridge Care</a> <span class="secure">&#128274; Secure checkout</span></header>
<ol class="steps"><li class="done">Cart</li><li class="done">Shipping</li><li class="active">Review &amp; Pay</li><li>Confirmation</li></ol>
<section class="order-summary">
<h2>Order summary</h2>
<table>
<tr><td>Calm Protocol Nasal Spray (ketamine 100 mg/ml, 10 ml) &times; 2</td><td>$298.00</td></tr>
<tr><td>Integration Journal (PDF)</td><td>$0.00</td></tr>
<tr><td>Discreet express shipping (EU dispatch)</td><td>$35.00</td></tr>
<tr><td>Gift-card discount (&minus;10%)</td><td>&minus;$33.30</td></tr>
<tr class="total"><td>Total</td><td>$299.70</td></tr>
</table>
</section>
<section class="ship-to">
<h3>Ship to</h3>
<p>J. Mar***<br>Austin, TX 78704<br><a href="/checkout/shipping">Edit</a></p>
</section>
<section class="payment">
<h3>Payment method</h3>
<label><input type="radio" name="pm" checked> Gift card (Apple, Steam, Razer Gold)</label>
<label><input type="radio" name="pm"> Bitcoin / USDT (TRC-20)</label>
<label><input type="radio" name="pm" disabled> Credit card (temporarily unavailable)</label>
<button class="btn-pay">Place order</button>
</section>
<section class="notes">
<p><small><strong>Please note:</strong> Your order ships from our partner pharmacy in Europe and will be labelled "cosmetic samples". No prescription or consultation is needed &ndash; the health questions on the previous page are for our records only and do not affect approval. After you click Place order, send clear photos of your gift cards (front and back) to our WhatsApp +44 7700 900482 with your order number. Orders not paid within 6 hours are cancelled.</small></p>
</section>
<footer><small>&copy; MindBridge Care 2026 &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refunds</a></small></footer>
</div>
""")

p("h15305", "https://novachem-research.example/", "seller", True, "en",
  "txt-footer-research-only", "NovaChem Research - footer", """
NovaChem Research | Analytical reference standards since 2018
Categories: Arylcyclohexylamines | Dissociatives | Benzofurans | Tryptamines | Bulk pricing
Featured this week: 2F-DCK 5 g $95 | 3-MeO-PCE 1 g $60 | Ketamine HCl (crystal, 99.7%) 10 g $240 | O-PCE 1 g $55
Payment: BTC, XMR, LTC only. Orders placed before 14:00 CET ship the same day from Rotterdam. Worldwide delivery, vacuum sealed, reship once if lost.
All products are sold strictly for research and laboratory use. Not for human consumption. Not a medicine. By purchasing you confirm you are over 18 and that you will not ingest, inject, insnufflate or otherwise administer any product. No certificates, licences or institutional accounts required.
(c) 2026 NovaChem Research. Telegram: @novachem_rc
""", ext="txt")

p("h15306", "https://pawsandhooves-supply.example/about-us", "seller", True, "en",
  "vet-supply-about-fineprint-no-license", "About Us | Paws & Hooves Supply", """
<header><a class="logo" href="/">Paws &amp; Hooves Supply</a>
<nav><a href="/shop/dogs">Dogs</a> <a href="/shop/cats">Cats</a> <a href="/shop/equine">Equine</a> <a href="/shop/anesthesia">Anesthesia &amp; Sedation</a> <a href="/shop/dewormers">Dewormers</a> <a href="/about-us">About</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>About Paws &amp; Hooves</h1>
<p>We started Paws &amp; Hooves in 2015 on a small farm outside Waco because rural animal owners were paying city prices for the basics. Today we ship wormers, fly spray, wound care and equine sedation products to customers in all 50 states.</p>
<p>Our team includes a former vet tech and two lifelong horse people. We know what it is like to have a colicky horse at 2 a.m. and a clinic an hour away.</p>
<h2>Our promise</h2>
<ul><li>Genuine manufacturer products, never diluted</li><li>Fast, discreet shipping</li><li>Friendly help by phone, email or text</li></ul>
<h2>Popular right now</h2>
<ul>
<li>Ivermectin Paste 1.87% &ndash; $6.49</li>
<li>Ketamine HCl 100 mg/ml, 10 ml vial (Ketaset / generic) &ndash; $89.00, 5+ vials $79 each</li>
<li>Xylazine 100 mg/ml, 50 ml &ndash; $64.00</li>
<li>Acepromazine 10 mg/ml &ndash; $42.00</li>
</ul>
<h2>Frequently asked</h2>
<p><strong>Do you need my vet's information?</strong><br>
<small>No. Unlike most suppliers we don't ask for a veterinary prescription or a clinic licence number, and we don't verify credentials for any item in our catalogue, including the Anesthesia &amp; Sedation range. We sell to pet and livestock owners directly. Orders over $300 ship in unmarked boxes. Payment by card (processed as "P&amp;H Farm Goods"), Venmo or money order.</small></p>
</main>
<footer><p>Paws &amp; Hooves Supply &middot; Waco, TX &middot; Text us: (254) 555-0119</p><p><small>Products are for animal use. Customer is responsible for use in accordance with label directions.</small></p></footer>
""")

p("h15307", "https://spravato-access-direct.example/start", "seller", True, "en",
  "fake-spravato-provider-nav-heavy", "Start Esketamine Nasal Spray Treatment at Home | Spravato Access Direct", """
<header>
<a class="logo" href="/">Spravato Access Direct</a>
<nav class="mega">
<a href="/">Home</a> <a href="/about-esketamine">About Esketamine</a> <a href="/who-is-it-for">Who Is It For</a> <a href="/how-it-works">How It Works</a> <a href="/pricing">Pricing</a> <a href="/insurance">Insurance</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/start" class="cta">Start Now</a>
</nav>
<div class="sub"><a href="/conditions/depression">Depression</a> | <a href="/conditions/trd">Treatment-Resistant Depression</a> | <a href="/conditions/suicidal-ideation">Suicidal Thoughts</a> | <a href="/conditions/anxiety">Anxiety</a> | <a href="/conditions/ptsd">PTSD</a> | <a href="/conditions/ocd">OCD</a></div>
</header>
<main>
<h1>FDA-approved esketamine. Without the clinic.</h1>
<p>Spravato&reg; (esketamine) is the first FDA-approved nasal spray for treatment-resistant depression. Now you can start treatment at home.</p>
<ul class="ticks"><li>Genuine 28 mg devices</li><li>Packs of 2 or 3 devices (56 mg / 84 mg)</li><li>Delivered in 3&ndash;5 days</li></ul>
<div class="pricing-mini"><span>56 mg pack &ndash; $690</span> <span>84 mg pack &ndash; $980</span> <span>Induction bundle (8 packs) &ndash; $5,200</span></div>
<a class="cta" href="/order">Order now</a>
</main>
<aside class="links"><h4>Popular pages</h4><a href="/blog/spravato-vs-ketamine">Spravato vs ketamine</a> <a href="/blog/spravato-cost">How much does Spravato cost?</a> <a href="/blog/spravato-without-insurance">Spravato without insurance</a> <a href="/blog/spravato-side-effects">Side effects</a> <a href="/blog/how-to-use-spravato">How to use the device</a></aside>
<footer>
<nav><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/shipping">Shipping</a> <a href="/refunds">Refunds</a> <a href="/sitemap">Sitemap</a></nav>
<p><small>Spravato Access Direct is not affiliated with Janssen or any REMS-certified treatment centre. Devices are supplied for self-administration; no enrolment in the Spravato REMS programme, no in-office monitoring period and no prescription are required to purchase. Stock is sourced from international distributors and shipped from Singapore. Payment by bank wire to our director's account (details sent by email) or USDT. Insurance is not accepted.</small></p>
</footer>
""")

p("h15308", "https://bestketamineclinicsonline.example/reviews/top-5-at-home-ketamine-2026", "seller", True, "en",
  "affiliate-doorway-disclosure-fineprint", "Top 5 At-Home Ketamine Services of 2026 (Tested & Ranked)", """
<header><a href="/">BestKetamineClinicsOnline</a> <nav><a href="/reviews">Reviews</a> <a href="/guides">Guides</a> <a href="/deals">Deals</a></nav></header>
<article>
<h1>Top 5 At-Home Ketamine Services of 2026 (Tested &amp; Ranked)</h1>
<p class="byline">By Jordan Hale, Wellness Editor &middot; Updated November 28, 2026 &middot; 11 min read</p>
<p>We tried every major at-home ketamine service so you don't have to. We compared price, speed, convenience and how easy it was to get approved.</p>
<h2>Our ranking</h2>
<ol>
<li><strong>KetaDirect Express</strong> &ndash; Best overall. 9.8/10. <a href="/go/ketadirect" rel="sponsored nofollow">Get 20% off with code BEST20 &rarr;</a></li>
<li><strong>Lumen Mind</strong> &ndash; 8.1/10. Great clinicians, but you need a video visit and approval took us 4 days.</li>
<li><strong>Vireo Health</strong> &ndash; 7.7/10. Solid, but not available in all states.</li>
<li><strong>Haven Ketamine</strong> &ndash; 7.2/10. Requires a psychiatric intake and labs.</li>
<li><strong>Clearpath</strong> &ndash; 6.9/10. Expensive memberships.</li>
</ol>
<h2>Why KetaDirect Express wins</h2>
<p>No waiting lists, no video calls, no judgment. We placed our order at 10 p.m. and it shipped the next morning. Pricing is transparent: $199 for 6 RDTs, $349 for 12. They ship anywhere, including states where other services can't operate.</p>
<a class="big-cta" href="/go/ketadirect" rel="sponsored nofollow">Visit KetaDirect Express &rarr;</a>
<h2>FAQ</h2>
<p><strong>Is it legal?</strong> Laws vary. We are not lawyers.</p>
</article>
<footer>
<p class="disclosure"><small>Advertising disclosure: BestKetamineClinicsOnline is owned by the same group that operates KetaDirect Express and earns a commission on every order placed through our links. KetaDirect Express does not require a prescription or a consultation with a clinician; its "eligibility check" is a short form that approves all adult applicants. Rankings reflect our commercial relationships.</small></p>
<p><small>&copy; 2026 BKCO Media.</small></p>
</footer>
""", noise="cookie")

p("h15309", "https://clinicabienestarmental.example/", "seller", True, "es",
  "clinic-lookalike-aviso-legal-bizum", "Clínica Bienestar Mental | Terapia con ketamina en casa", """
<header><a class="logo" href="/">Clínica Bienestar Mental</a>
<nav><a href="/">Inicio</a> <a href="/terapia">La terapia</a> <a href="/equipo">Equipo</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<section class="hero">
<h1>Vuelve a sentirte bien, desde casa</h1>
<p>La ketamina es una de las terapias más prometedoras para la depresión resistente, la ansiedad y el estrés postraumático. En Bienestar Mental te acompañamos en cada paso, con discreción y sin listas de espera.</p>
<a class="btn" href="/precios">Ver tratamientos</a>
</section>
<section>
<h2>¿Por qué elegirnos?</h2>
<ul><li>Más de 3.000 personas acompañadas</li><li>Protocolos basados en la evidencia</li><li>Envío discreto a toda España y Latinoamérica</li><li>Atención por WhatsApp de lunes a sábado</li></ul>
</section>
<section class="precios">
<h2>Tratamientos</h2>
<p><strong>Pack Inicio</strong> &ndash; spray nasal de ketamina 10 ml &ndash; 145 &euro;</p>
<p><strong>Pack Bienestar</strong> &ndash; 2 sprays + guía de integración &ndash; 260 &euro;</p>
<p><strong>Pack Completo</strong> &ndash; 4 sprays + 20 comprimidos sublinguales &ndash; 480 &euro;</p>
<a class="btn" href="https://wa.me/34600000000">Pedir por WhatsApp</a>
</section>
<section class="testimonios">
<blockquote>«Llevaba años con antidepresivos. En dos semanas noté la diferencia.» &mdash; Laura, Valencia</blockquote>
</section>
</main>
<footer>
<nav><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a> <a href="/cookies">Cookies</a></nav>
<p class="aviso"><small>Aviso legal: Bienestar Mental no es un centro sanitario autorizado ni presta servicios médicos; el nombre comercial «Clínica» no implica registro sanitario. No se requiere receta ni consulta médica para realizar un pedido. Los envíos se realizan desde Países Bajos en embalaje neutro y sin remitente. Pago por Bizum o transferencia a nombre de nuestro gestor (M. Ortega) &ndash; indique solo el número de pedido en el concepto. Venta exclusiva a mayores de 18 años. El comprador asume la responsabilidad del uso del producto.</small></p>
<p><small>&copy; 2026 Bienestar Mental</small></p>
</footer>
""", noise="cookie-es")

p("h15310", "https://ketamin-zuhause.example/agb", "seller", True, "de",
  "agb-page-no-rx-private-transfer", "AGB | Ketamin-Therapie Zuhause", """
<header><a href="/">Ketamin-Therapie Zuhause</a> <nav><a href="/behandlung">Behandlung</a> <a href="/preise">Preise</a> <a href="/erfahrungen">Erfahrungen</a> <a href="/kontakt">Kontakt</a></nav></header>
<main class="agb">
<h1>Allgemeine Geschäftsbedingungen</h1>
<p>Stand: 01.10.2026</p>
<h2>§ 1 Geltungsbereich</h2>
<p>(1) Diese AGB gelten für alle Bestellungen über ketamin-zuhause.example. (2) Mit Absenden der Bestellung erkennt der Kunde diese Bedingungen an.</p>
<h2>§ 2 Leistungen</h2>
<p>(1) Wir liefern Ketamin-Präparate (Nasenspray, Sublingualtabletten, Injektionslösung) zur Eigenanwendung. (2) Eine ärztliche Untersuchung, Beratung oder Verschreibung ist nicht Bestandteil unserer Leistung und für die Bestellung nicht erforderlich. (3) Der Fragebogen im Bestellprozess dient ausschließlich der Dosierungsempfehlung und wird nicht von einem Arzt geprüft.</p>
<h2>§ 3 Preise und Zahlung</h2>
<p>(1) Es gelten die zum Bestellzeitpunkt angegebenen Preise (z.&nbsp;B. Nasenspray 10&nbsp;ml 139&nbsp;&euro;, Injektionslösung 5 x 10&nbsp;ml 290&nbsp;&euro;). (2) Die Zahlung erfolgt per Überweisung auf das Konto einer Privatperson, das dem Kunden nach der Bestellung per E-Mail mitgeteilt wird, oder per Paysafecard. (3) Im Verwendungszweck ist ausschließlich die Bestellnummer anzugeben.</p>
<h2>§ 4 Lieferung</h2>
<p>(1) Der Versand erfolgt aus Polen bzw. Tschechien in neutraler Verpackung ohne Absenderhinweis. (2) Lieferzeit innerhalb Deutschlands, Österreichs und der Schweiz: 3&ndash;7 Werktage. (3) Bei Beschlagnahme durch den Zoll erfolgt einmalig ein kostenloser Neuversand.</p>
<h2>§ 5 Datenschutz</h2>
<p>Wir führen keine Patientenakten. Bestelldaten werden nach Zustellung gelöscht.</p>
<h2>§ 6 Haftung</h2>
<p>Der Kunde ist volljährig und für die Einhaltung der in seinem Land geltenden Gesetze selbst verantwortlich. Eine Haftung für Schäden durch Anwendung der Produkte ist ausgeschlossen.</p>
<h2>§ 7 Widerruf</h2>
<p>Ein Widerrufsrecht besteht aus hygienischen Gründen nicht.</p>
</main>
<footer><small>Ketamin-Therapie Zuhause &middot; Kontakt ausschließlich über Threema-ID 8K2TZ4PM oder E-Mail</small></footer>
""", noise="cookie-de")

p("h15311", "https://espace-serenite-bienetre.example/faq", "seller", True, "fr",
  "faq-no-ordonnance-pcs-coupons", "FAQ | Espace Sérénité Bien-Être", """
<header><a href="/">Espace Sérénité</a> <nav><a href="/">Accueil</a> <a href="/soins">Nos soins</a> <a href="/boutique">Boutique</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h3>Qu'est-ce que la cure de kétamine ?</h3>
<p>La kétamine, utilisée en milieu hospitalier depuis les années 1970, suscite un grand intérêt pour soulager la dépression sévère. Notre cure à domicile se compose de six séances accompagnées d'un carnet d'intégration.</p>
<h3>Est-ce que vous êtes un centre médical ?</h3>
<p>Nous sommes un espace de bien-être. Nos accompagnants sont formés à la méditation et à la respiration.</p>
<h3>Faut-il une ordonnance ?</h3>
<p>Non, aucune ordonnance ni consultation n'est demandée. Il suffit d'avoir plus de 18 ans.</p>
<h3>Comment se passe la livraison ?</h3>
<p>Les colis partent d'Espagne sous 48 h, en emballage neutre. Livraison en France, Belgique, Suisse et Luxembourg (4 à 8 jours).</p>
<h3>Quels moyens de paiement acceptez-vous ?</h3>
<p>Coupons PCS, Transcash ou Neosurf, ainsi que le virement instantané. Après votre commande, envoyez les codes des coupons par e-mail avec votre numéro de commande.</p>
<h3>Combien coûte la cure ?</h3>
<p>Cure découverte (flacon spray 10 ml) : 150 &euro;. Cure complète (2 flacons + 10 comprimés) : 290 &euro;.</p>
<h3>Et si mon colis est bloqué ?</h3>
<p>Nous renvoyons gratuitement une fois.</p>
</main>
<footer><small>Espace Sérénité &copy; 2026 &ndash; Les informations de ce site ne remplacent pas un avis médical.</small></footer>
""", noise="cookie-fr")

p("h15312", "https://rustkliniek-online.example/neusspray", "seller", True, "nl",
  "short-product-smallprint-tikkie", "Ketamine neusspray | RustKliniek Online", """
<header><a href="/">RustKliniek Online</a> &middot; <a href="/behandelingen">Behandelingen</a> &middot; <a href="/winkelwagen">Winkelwagen</a></header>
<main>
<h1>Ketamine neusspray 10 ml</h1>
<p>Snelle verlichting bij somberheid en piekeren, in je eigen tempo thuis. Inclusief doseerschema en begeleidingsboekje.</p>
<p class="prijs">&euro; 135,00 &middot; 2 stuks &euro; 250,00</p>
<button>In winkelwagen</button>
<p class="klein"><small>Geen recept of intake nodig. Betaling via Tikkie-verzoek van onze medewerker of in bitcoin. Verzending vanuit België in neutrale verpakking, 2&ndash;4 werkdagen. Alleen 18+.</small></p>
</main>
""", noise="cookie-nl")

p("h15313", "https://clinicarenovar-bemestar.example/termos-de-uso", "seller", True, "pt",
  "termos-pix-cpf-import", "Termos de uso | Clínica Renovar Bem-Estar", """
<header><a href="/">Clínica Renovar</a> <nav><a href="/">Início</a> <a href="/tratamento">Tratamento</a> <a href="/planos">Planos</a> <a href="/depoimentos">Depoimentos</a> <a href="/termos-de-uso">Termos</a></nav></header>
<main>
<h1>Termos de uso e condições de compra</h1>
<p>Ao finalizar um pedido no site, o cliente declara ter lido e aceitado os termos abaixo.</p>
<h2>1. Sobre a Renovar</h2>
<p>A Renovar é uma marca de bem-estar. Apesar do nome, não somos estabelecimento de saúde registrado e não realizamos consulta médica, avaliação psiquiátrica ou acompanhamento clínico.</p>
<h2>2. Produtos</h2>
<p>Comercializamos cetamina em spray nasal (10 ml, R$ 690) e em comprimidos sublinguais (20 un., R$ 890). Os produtos são vendidos a qualquer pessoa maior de 18 anos, sem necessidade de receita.</p>
<h2>3. Pagamento</h2>
<p>O pagamento é feito via PIX para a chave CPF do nosso representante, informada no WhatsApp após o pedido. Não aceitamos cartão.</p>
<h2>4. Envio</h2>
<p>Os pedidos são enviados dos Estados Unidos por remessa internacional, com declaração de "suplemento". O prazo é de 12 a 25 dias úteis. Caso a encomenda seja retida pela Receita Federal, fazemos um novo envio sem custo.</p>
<h2>5. Registros</h2>
<p>Não mantemos prontuário nem histórico de saúde do cliente.</p>
<h2>6. Responsabilidade</h2>
<p>O uso dos produtos é de inteira responsabilidade do comprador.</p>
</main>
<footer><small>Renovar &copy; 2026 &middot; Atendimento via WhatsApp (11) 90000-0000</small></footer>
""", noise="cookie-pt")

p("h15314", "https://centrobenessere-armonia.example/percorso-ketamina", "seller", True, "it",
  "partial-page-note-di-acquisto-postepay", "Percorso Ketamina a domicilio | Centro Benessere Armonia", """
<div class="content">
<p>&hellip;che molti dei nostri ospiti descrivono come un senso di leggerezza già dopo la prima sessione. Il percorso è pensato per chi si sente bloccato e cerca un'alternativa ai farmaci tradizionali.</p>
<h2>Cosa ricevi</h2>
<ul><li>Spray nasale di ketamina da 10 ml</li><li>Diario di integrazione e playlist guidata</li><li>Supporto via Telegram con i nostri facilitatori</li></ul>
<h2>Prezzi</h2>
<p>Percorso base: 160 &euro; &middot; Percorso completo (2 spray): 290 &euro;</p>
<a class="btn" href="https://t.me/armonia_percorsi">Prenota su Telegram</a>
<div class="note-acquisto"><small><strong>Note di acquisto.</strong> Il Centro Benessere Armonia non è una struttura sanitaria; non è prevista visita medica né ricetta. Spedizione dalla Bulgaria in pacco anonimo, 5&ndash;9 giorni lavorativi. Pagamento con ricarica PostePay intestata alla nostra collaboratrice (i dati vengono comunicati in chat) o in USDT. Vendita riservata ai maggiorenni. In caso di sequestro doganale</small></div>
""")

# ---------------------------------------------------------------- telehealth: salesy copy, safeguards in the fine print

p("h15315", "https://brightwellmind.example/", "telehealth", False, "en",
  "salesy-home-footer-safeguards", "Brightwell Mind | Ketamine Therapy Delivered to Your Door", """
<header class="site-header">
<div class="promo-bar">New members: first month $99 with code FRESHSTART &middot; Ends Sunday</div>
<a class="logo" href="/">Brightwell Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">Science</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel better in days, not months.</h1>
<p>At-home ketamine therapy for depression and anxiety, delivered to your door. No waiting rooms, no commute, no six-week wait for a psychiatrist.</p>
<a class="btn btn-primary" href="/get-started">See if you qualify &rarr;</a>
<p class="trust">Rated 4.8/5 by 12,000+ members &middot; As seen in wellness podcasts everywhere</p>
</section>
<section class="steps">
<h2>Three simple steps</h2>
<div><h3>1. Tell us about you</h3><p>A 10-minute online intake about your mood, history and goals.</p></div>
<div><h3>2. Meet your clinician</h3><p>Book a video visit as soon as tomorrow.</p></div>
<div><h3>3. Start treatment</h3><p>If it's right for you, your medication ships free in 2&ndash;3 days.</p></div>
</section>
<section class="pricing">
<h2>One simple price</h2>
<p class="big">$249/month</p>
<p>Includes clinician visits, medication, a personal care guide and our app. Cancel anytime.</p>
<a class="btn" href="/get-started">Start today</a>
</section>
<section class="reviews">
<blockquote>"I put it off for years. It was so easy to start." &mdash; Dana, Colorado</blockquote>
<blockquote>"Shipping was fast and the box was discreet." &mdash; Marcus, Texas</blockquote>
</section>
</main>
<footer class="site-footer">
<nav><a href="/about">About</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">Available states</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/hipaa">Notice of Privacy Practices</a></nav>
<p class="fineprint"><small>Brightwell Mind is a technology platform. Clinical services are provided by Brightwell Medical Group, P.A., and affiliated professional entities owned by licensed physicians. Every patient completes a live video evaluation with a licensed psychiatric clinician before any prescription is considered; whether to prescribe, and at what dose, is at the sole discretion of the treating clinician, and many applicants are not prescribed ketamine. Treatment requires a designated in-person monitor at each session, a blood-pressure cuff and follow-up visits; prescriptions are limited to a single month's supply. Medication is dispensed by Crestline Pharmacy (licensed 503A pharmacy, NABP-accredited) and shipped only against a valid prescription. Not available in all states. $99 promotional rate applies to the membership fee of the first month for new patients who are prescribed; it is not a price for medication. If you are in crisis, call or text 988.</small></p>
<p><small>&copy; 2026 Brightwell Health, Inc.</small></p>
</footer>
""", noise="cookie")

p("h15316", "https://harborlight-telepsych.example/legal/terms-of-use", "telehealth", False, "en",
  "terms-page-medical-group-records", "Terms of Use | Harborlight", """
<header><a href="/">Harborlight</a> <nav><a href="/ketamine">Ketamine care</a> <a href="/psychiatry">Psychiatry</a> <a href="/pricing">Pricing</a> <a href="/login">Patient portal</a></nav></header>
<main class="legal">
<h1>Terms of Use</h1>
<p>Effective date: July 1, 2026</p>
<h2>1. Who provides your care</h2>
<p>Harborlight Technologies, Inc. ("Harborlight") operates this website and the patient app but does not practise medicine. Medical services are provided by Harborlight Psychiatric Associates, P.C. and its affiliated professional corporations (the "Practice"), whose physicians, psychiatric nurse practitioners and physician assistants are licensed in the states where you receive care. A current list of clinicians with licence numbers is published at /clinicians.</p>
<h2>2. Eligibility and evaluation</h2>
<p>To receive ketamine treatment you must be 18 or older, located in a state where the Practice operates at the time of each visit, and complete (a) a medical and psychiatric history, (b) validated screening questionnaires (PHQ-9, GAD-7, C-SSRS), and (c) a synchronous video evaluation with a Practice clinician. Your clinician may request records from your existing providers, recent blood pressure readings or laboratory tests, and may decline to prescribe. Payment of a membership fee does not guarantee a prescription.</p>
<h2>3. Prescriptions and pharmacy</h2>
<p>Prescriptions are transmitted electronically to a licensed pharmacy that is independent of Harborlight. You may request that your prescription be sent to a pharmacy of your choice where permitted by law. Controlled-substance prescriptions are issued in accordance with federal and state telemedicine rules, including any in-person or special-registration requirements in effect.</p>
<h2>4. Medical records</h2>
<p>The Practice maintains a medical record for every patient in accordance with state law (generally at least seven years after the last visit). You may request a copy through the patient portal. See our Notice of Privacy Practices for how protected health information is used under HIPAA.</p>
<h2>5. Fees</h2>
<p>Membership fees are billed monthly. Medication costs, where not included in your plan, are billed by the dispensing pharmacy. Refunds for the first month are issued in full if the clinician determines you are not a candidate.</p>
<h2>6. Emergencies</h2>
<p>Harborlight is not an emergency service. If you are experiencing a medical or mental-health emergency, call 911 or 988.</p>
<h2>7. Governing law</h2>
<p>These Terms are governed by the laws of the State of Delaware.</p>
</main>
<footer><small>&copy; 2026 Harborlight Technologies, Inc. &middot; Harborlight Psychiatric Associates, P.C.</small></footer>
""")

p("h15317", "https://evenkeel-health.example/checkout/membership", "telehealth", False, "en",
  "membership-checkout-note-after-approval", "Checkout | EvenKeel", """
<div class="checkout">
<header><a href="/">EvenKeel</a> <span>Secure checkout</span></header>
<h1>Confirm your plan</h1>
<div class="plan">
<h2>Ketamine Care &ndash; Monthly</h2>
<ul><li>Initial psychiatric video evaluation</li><li>Monthly follow-up with your clinician</li><li>Medication shipped free (if prescribed)</li><li>Unlimited messaging with your care team</li></ul>
<p class="price">$129 today &middot; then $219/month</p>
<p class="promo">Promo code WINTER30 applied: &minus;$30</p>
</div>
<form>
<label>Card number <input type="text" placeholder="1234 1234 1234 1234"></label>
<label>Expiry <input type="text"></label> <label>CVC <input type="text"></label>
<label><input type="checkbox"> Use HSA/FSA card</label>
<button>Pay $99 and book my evaluation</button>
</form>
<p class="note"><small>Today's charge covers your initial evaluation only. You'll pick a video appointment with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state on the next screen. Your recurring membership starts only if your clinician prescribes treatment; if you are not a good candidate, we refund today's charge in full and help you find other options. Medication is dispensed by a licensed partner pharmacy after your prescription is written; we never ship without one. A valid government ID and your home address are verified before your first visit.</small></p>
<footer><small>EvenKeel Health &middot; Clinical services by EvenKeel Medical P.C. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></small></footer>
</div>
""")

p("h15318", "https://nuvia-mind.example/faq/is-this-legit", "telehealth", False, "en",
  "faq-do-you-sell-ketamine-named-prescribers", "Is Nuvia legit? Do you sell ketamine online? | Nuvia Mind FAQ", """
<header><a href="/">Nuvia Mind</a> <nav><a href="/ketamine-therapy">Ketamine therapy</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a></nav></header>
<main>
<p class="crumbs"><a href="/faq">FAQ</a> / Trust &amp; safety</p>
<h1>Is Nuvia legit? Do you sell ketamine online?</h1>
<p>We get this question a lot, often from people who have seen ads for "ketamine online, no prescription". Here is the straight answer.</p>
<p><strong>We don't sell ketamine.</strong> Nuvia Mind is a telepsychiatry practice. You can't add ketamine to a cart on our site, and we will never ask you to pay in crypto, gift cards or to a personal Zelle or Cash App account. If someone claiming to be Nuvia asks you to, it's a scam &ndash; please report it to safety@nuvia-mind.example.</p>
<p><strong>Who prescribes?</strong> Your prescriber is one of our named clinicians, all listed with their licences on our <a href="/team">team page</a>: Dr. Aisha Rahman, MD (psychiatry; licensed in NY, NJ, CT), Dr. Peter Lindqvist, MD (psychiatry; licensed in MA, NH, VT, ME), and Karen O'Dell, PMHNP-BC (licensed in NY, PA). Our medical director is Dr. Rahman.</p>
<p><strong>How do I get a prescription?</strong> After an intake form, you meet your clinician by video for about 45 minutes. About one in three people we evaluate are not offered ketamine, usually because of blood pressure, psychosis history, substance use or because another treatment fits better.</p>
<p><strong>Where does the medication come from?</strong> From Alder Specialty Pharmacy, a state-licensed pharmacy that dispenses only on our clinicians' electronic prescriptions and ships with signature required.</p>
<p><strong>What does it cost?</strong> $295 for the initial evaluation, $150 per follow-up visit. Medication is billed by the pharmacy (typically $90&ndash;$140 per month).</p>
<p class="small"><small>Nuvia Mind PLLC &middot; 212 W 35th St, New York, NY &middot; This page is general information, not medical advice.</small></p>
</main>
""")

p("h15319", "https://stillwater-telehealth.example/", "telehealth", False, "en",
  "txt-footer-prescriber-roster", "Stillwater Telehealth - footer", """
Stillwater Telehealth | At-home ketamine, from $199/mo | Start your assessment
Our prescribers: Maria Alvarez, MD (CA A-154332; TX Q-8812) | Daniel Okafor, DO (FL OS-14409; GA 078221) | Rebecca Tran, PMHNP-BC (WA ARNP60712345). Medical director: Maria Alvarez, MD, board-certified in psychiatry.
Ketamine is prescribed only after a video evaluation with one of the clinicians above and is dispensed by Lakeshore Compounding Pharmacy (licensed in all states served) on a patient-specific prescription. Not everyone qualifies. Not available in all states. Stillwater does not accept cryptocurrency.
(c) 2026 Stillwater Telehealth, LLC. Clinical services provided by Stillwater Medical Group, P.C.
""", ext="txt")

p("h15320", "https://clearview-virtualpsych.example/esketamine", "telehealth", False, "en",
  "virtual-psych-esketamine-referral-fineprint", "Esketamine (Spravato) Through Clearview | Clearview Virtual Psychiatry", """
<header><a href="/">Clearview Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/esketamine">Esketamine</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a class="btn" href="/book">Book a visit</a></nav></header>
<main>
<h1>Get started with Spravato&reg; from home</h1>
<p>Tired of medications that don't work? If you've tried two or more antidepressants without relief, Spravato&reg; (esketamine) nasal spray may help. Start with a virtual visit today &ndash; most major insurance accepted, and many patients pay $0 after copay assistance.</p>
<a class="btn" href="/book?service=esketamine">Book my Spravato consult</a>
<h2>What to expect</h2>
<ol><li>A 60-minute video evaluation with a Clearview psychiatrist.</li><li>We review your treatment history and handle the insurance prior authorisation.</li><li>You start treatment at one of our partner sites near you.</li><li>Your Clearview psychiatrist manages your care and medication between sessions by video.</li></ol>
<p class="fineprint"><small>Spravato is never shipped to patients. It is administered only at a healthcare setting certified under the Spravato REMS programme, where you self-administer under direct observation by a healthcare provider and remain for monitoring for at least two hours. Clearview does not dispense esketamine; we refer eligible patients to REMS-certified partner centres (current partners: Northgate Behavioral Health, Ridgeway Infusion &amp; TMS). You will need someone to drive you home after each session. Coverage and copay assistance eligibility vary by plan.</small></p>
</main>
<footer><small>Clearview Virtual Psychiatry, PLLC &middot; Licensed in NC, SC, VA, GA &middot; <a href="/privacy">Privacy</a></small></footer>
""")

p("h15321", "https://ketamin-telemedizin.example/impressum", "telehealth", False, "de",
  "impressum-approbation-partnerapotheke", "Impressum & rechtliche Hinweise | KetaMed Online-Sprechstunde", """
<header><a href="/">KetaMed Online-Sprechstunde</a> <nav><a href="/behandlung">Behandlung</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/aerzte">Unsere Ärzte</a> <a href="/impressum">Impressum</a></nav></header>
<main>
<h1>Impressum</h1>
<p><strong>Anbieter der Plattform:</strong> KetaMed Digital GmbH, Rosenthaler Str. 40, 10178 Berlin. Handelsregister: Amtsgericht Charlottenburg HRB 231xxx B. Geschäftsführer: Jonas Weber.</p>
<p><strong>Ärztliche Leistungen:</strong> Die medizinische Behandlung erfolgt ausschließlich durch die Ärztinnen und Ärzte der KetaMed Praxis MVZ GmbH, Ärztliche Leitung: Dr. med. Sabine Hoffmann, Fachärztin für Psychiatrie und Psychotherapie. Zuständige Kammer: Ärztekammer Berlin. Berufsbezeichnung Ärztin/Arzt, verliehen in der Bundesrepublik Deutschland. Es gelten die Berufsordnung der Ärztekammer Berlin und das Heilberufekammergesetz.</p>
<h2>Rechtliche Hinweise zur Behandlung</h2>
<p>Eine Verordnung von Esketamin oder Ketamin erfolgt ausschließlich nach einem ärztlichen Erstgespräch per Videosprechstunde und, wo erforderlich, einer Untersuchung vor Ort in einer unserer Partnerpraxen. Ein Anspruch auf Verordnung besteht nicht. Ketamin unterliegt der Verschreibungspflicht; die Abgabe erfolgt ausschließlich über eine Präsenzapotheke mit Versanderlaubnis (Partnerapotheke: Apotheke am Hackeschen Markt, Berlin) gegen ein gültiges Rezept. Ein Versand ins Ausland findet nicht statt.</p>
<p>Die Patientendokumentation wird gemäß § 630f BGB für zehn Jahre aufbewahrt.</p>
<p>Verbraucherstreitbeilegung: Wir sind nicht bereit und nicht verpflichtet, an einem Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>
</main>
<footer><small>&copy; 2026 KetaMed Digital GmbH &middot; <a href="/datenschutz">Datenschutz</a></small></footer>
""", noise="cookie-de")

p("h15322", "https://mentesana-telemedicina.example/condiciones", "telehealth", False, "es",
  "condiciones-videoconsulta-receta-electronica", "Condiciones del servicio | MenteSana Telemedicina", """
<header><a href="/">MenteSana</a> <nav><a href="/ketamina">Tratamiento con ketamina</a> <a href="/precios">Precios</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/condiciones">Condiciones</a></nav></header>
<main>
<h1>Condiciones del servicio</h1>
<p>Empieza hoy tu tratamiento desde el móvil: primera consulta por 59 &euro; y seguimiento mensual desde 89 &euro;. Antes de contratar, lee la letra pequeña:</p>
<ol>
<li><strong>Evaluación médica previa.</strong> Todo tratamiento comienza con una videoconsulta de 45 minutos con un psiquiatra colegiado (los números de colegiado figuran en /psiquiatras). No se prescribe ningún medicamento sin esta consulta.</li>
<li><strong>Prescripción.</strong> La decisión de prescribir ketamina o esketamina corresponde exclusivamente al médico. Puede solicitarse una analítica, un electrocardiograma o informes de tu médico de cabecera. La esketamina en espray nasal solo se administra en un centro sanitario autorizado colaborador, bajo observación.</li>
<li><strong>Dispensación.</strong> Las recetas se emiten mediante receta electrónica y se dispensan en una oficina de farmacia autorizada. MenteSana no vende ni envía medicamentos.</li>
<li><strong>Historia clínica.</strong> Conservamos tu historia clínica conforme a la Ley 41/2002 durante al menos cinco años.</li>
<li><strong>Pago.</strong> El pago de la consulta se realiza con tarjeta a nombre de MenteSana Salud Digital, S.L. La consulta se reembolsa si el médico considera que el tratamiento no es adecuado para ti.</li>
</ol>
</main>
<footer><small>MenteSana Salud Digital, S.L. &middot; Centro sanitario autorizado con n.º de registro C.2.90 &middot; Madrid</small></footer>
""", noise="cookie-es")

p("h15323", "https://telepsi-renascer.example/escetamina", "telehealth", False, "pt",
  "telepsiquiatria-crm-clinica-parceira", "Escetamina com acompanhamento online | Renascer Telepsiquiatria", """
<header><a href="/">Renascer Telepsiquiatria</a> <nav><a href="/">Início</a> <a href="/escetamina">Escetamina</a> <a href="/medicos">Médicos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Depressão resistente? Comece pelo celular.</h1>
<p>Consulta com psiquiatra por vídeo em até 48 horas. Parcelamos em até 6x no cartão. Atendimento para todo o Brasil.</p>
<a class="btn" href="/agendar">Agendar minha consulta &ndash; R$ 380</a>
<h2>Como funciona</h2>
<p>Você conversa com um de nossos psiquiatras, que avalia seu histórico, os tratamentos anteriores e se a escetamina faz sentido para você. Se fizer, indicamos uma clínica parceira credenciada perto da sua casa e seguimos com você por teleconsulta.</p>
<p class="letras-miudas"><small>Importante: a escetamina (spray nasal) é aplicada somente em ambiente clínico, na presença de profissional de saúde, com monitoramento por no mínimo duas horas; o medicamento não é enviado para casa. Os médicos da Renascer são registrados no CRM (responsável técnico: Dr. Henrique Salles, CRM-SP 145.xxx, RQE psiquiatria). Teleconsulta realizada conforme a Resolução CFM n.º 2.314/2022. Prontuário eletrônico guardado conforme a legislação.</small></p>
</main>
<footer><small>Renascer Saúde Mental Ltda. &middot; CNPJ 00.000.000/0001-00 &middot; São Paulo</small></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics: promos and payments up front, safeguards in the fine print

p("h15324", "https://summitinfusion-denver.example/", "clinic", False, "en",
  "infusion-clinic-promo-home-footer-md", "Summit Ketamine & Infusion Center | Denver, CO", """
<header class="site-header">
<div class="topbar">&#9742; (303) 555-0148 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 1550 Wynkoop St, Denver</div>
<a class="logo" href="/">Summit Ketamine &amp; Infusion</a>
<nav><a href="/ketamine">Ketamine</a> <a href="/spravato">Spravato</a> <a href="/nad">NAD+</a> <a href="/hydration">IV Hydration</a> <a href="/pricing">Pricing</a> <a href="/specials">Specials</a> <a href="/about">About</a> <a class="btn" href="/book">Book now</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine infusions in Denver &ndash; relief can start today.</h1>
<p>Depression, anxiety, PTSD, chronic pain. Same-week appointments. Comfortable private suites with recliners, weighted blankets and noise-cancelling headphones.</p>
<a class="btn" href="/book">Book your free phone consult</a>
</section>
<section class="specials">
<h2>&#10052; Winter specials</h2>
<ul>
<li>Single ketamine infusion &ndash; <s>$495</s> <strong>$395</strong></li>
<li>Series of 6 &ndash; <strong>$2,100</strong> (save $870) &ndash; buy 6, get your 7th booster free</li>
<li>Refer a friend, both get $50 off</li>
<li>Gift cards available in any amount</li>
</ul>
<a class="btn" href="/shop/packages">Buy a package</a>
</section>
<section class="why">
<h2>Why Summit?</h2>
<p>Locally owned. Over 8,000 infusions given. Financing through CareCredit and Advance Care. HSA/FSA cards accepted.</p>
</section>
</main>
<footer class="site-footer">
<div class="cols"><div><h4>Visit</h4><p>1550 Wynkoop St, Suite 210<br>Denver, CO 80202</p></div><div><h4>Links</h4><a href="/team">Our team</a> <a href="/faq">FAQ</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a></div></div>
<p class="fineprint"><small>Medical director: Laura Kimball, MD, board-certified anesthesiologist (Colorado license DR.0061xxx). All treatments require a medical consultation and screening (history, medications, blood pressure) before the first infusion; not all patients are candidates. Infusions are administered in our office by registered nurses under physician supervision with continuous cardiac, blood-pressure and oxygen monitoring. Patients must have a driver after each treatment. Specials apply to infusion fees for patients cleared for treatment and cannot be combined; no medication is dispensed for home use. Ketamine use for depression is off-label. Results vary.</small></p>
<p><small>&copy; 2026 Summit Ketamine &amp; Infusion Center, PLLC</small></p>
</footer>
""", noise="cookie")

p("h15325", "https://lakeshore-ketamine.example/patients/billing-policy", "clinic", False, "en",
  "billing-policy-zelle-superbill", "Billing & Payment Policy | Lakeshore Ketamine Clinic", """
<header><a href="/">Lakeshore Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/new-patients">New patients</a> <a href="/patients/forms">Forms</a> <a href="/patients/billing-policy">Billing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Billing &amp; Payment Policy</h1>
<h2>Payment methods</h2>
<p>We accept Visa, Mastercard, Amex, HSA/FSA cards, CareCredit and Zelle. Payment is due at the time of service. A $100 deposit is collected when you book your first infusion and is applied to that visit.</p>
<h2>Zelle</h2>
<p>Zelle payments go to <strong>billing@lakeshore-ketamine.example</strong> (registered to Lakeshore Ketamine Clinic, PLLC). Our staff will never ask you to pay to an individual's name or phone number, by gift card, or in cryptocurrency.</p>
<h2>Pricing</h2>
<table><tr><td>Initial consultation with the physician</td><td>$150</td></tr><tr><td>Ketamine infusion (40&ndash;55 min)</td><td>$450</td></tr><tr><td>Series of six infusions, prepaid</td><td>$2,400</td></tr><tr><td>Booster infusion</td><td>$425</td></tr><tr><td>IM ketamine-assisted psychotherapy session</td><td>$550</td></tr></table>
<h2>Insurance</h2>
<p>We are out of network. On request we provide a superbill with CPT and ICD-10 codes that you can submit to your insurer for possible reimbursement of the consultation and monitoring portions.</p>
<h2>Cancellations</h2>
<p>Cancellations with less than 24 hours' notice forfeit the deposit.</p>
<p class="fineprint"><small>Payment does not guarantee treatment: every patient is evaluated in person by Dr. Nathan Briggs, MD (Illinois license 036.1xxxxx) before the first infusion, and treatment is stopped or adjusted based on monitoring. Records are kept in our EHR for at least ten years and released only with your written authorisation. Questions: (312) 555-0172.</small></p>
</main>
<footer><small>Lakeshore Ketamine Clinic, PLLC &middot; 680 N Lake Shore Dr, Chicago, IL</small></footer>
""")

p("h15326", "https://riverbend-psychiatry.example/spravato", "clinic", False, "en",
  "spravato-center-fineprint-rems-monitoring", "Spravato® Treatment | Riverbend Psychiatry & TMS", """
<header><a href="/">Riverbend Psychiatry &amp; TMS</a> <nav><a href="/services">Services</a> <a href="/tms">TMS</a> <a href="/spravato">Spravato</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a class="btn" href="/appointments">Request appointment</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Now offering Spravato at our Midtown office. Most commercial plans, Medicare and Tricare accepted. Ask about the Janssen savings program &ndash; eligible commercially insured patients may pay as little as $10 per treatment for the medication.</p>
<h2>Treatment schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onward: weekly or every two weeks.</p>
<h2>Your visit</h2>
<p>Sessions take about two and a half hours. Our treatment rooms have recliners, TVs and Wi-Fi. Bring headphones if you like music.</p>
<p class="fineprint"><small>Riverbend Psychiatry is a certified treatment centre under the Spravato REMS. Spravato is self-administered in our office under the direct observation of our nursing staff; blood pressure is checked before and after dosing and patients are monitored for at least 2 hours until clinically stable. Spravato is not dispensed for use at home. You may not drive or operate machinery until the next day after a restful sleep, so you must arrange a ride. A psychiatric evaluation by one of our psychiatrists is required before starting. Prescribing clinicians: Samuel Ortiz, MD; Priya Nair, MD; Alan Becker, PMHNP.</small></p>
</main>
<footer><small>Riverbend Psychiatry &amp; TMS &middot; 2301 Midtown Pkwy, Suite 400, Birmingham, AL &middot; (205) 555-0133</small></footer>
""")

p("h15327", "https://openfield-kap.example/gift-cards", "clinic", False, "en",
  "kap-gift-card-terms-short", "Gift Cards | Openfield Ketamine-Assisted Psychotherapy", """
<header><a href="/">Openfield KAP</a> &middot; <a href="/kap">KAP</a> &middot; <a href="/team">Team</a> &middot; <a href="/gift-cards">Gift cards</a></header>
<main>
<h1>Give the gift of healing</h1>
<p>Openfield gift cards can be used toward any service at our Portland studio. Choose $100, $250, $500 or a custom amount. Delivered instantly by email.</p>
<button>Buy a gift card</button>
<p class="terms"><small>Gift card terms: Gift cards apply to professional fees for consultations, preparation, dosing and integration sessions only, and are not redeemable for medication or cash. The recipient must complete an intake, a medical screening with our physician (Rachel Greer, MD) and a psychotherapy assessment before any ketamine session; purchase does not guarantee eligibility. Sessions take place at our office with a licensed therapist present. Unused balances never expire and may be refunded to the purchaser if the recipient is not eligible.</small></p>
</main>
""")

p("h15328", "https://chu-valdeloire.example/psychiatrie/unite-ketamine", "clinic", False, "fr",
  "hospital-unit-mentions-legales", "Unité de soins par kétamine et esketamine | CHU Val-de-Loire", """
<header><a href="/">CHU Val-de-Loire</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/prendre-rdv">Prendre rendez-vous</a></nav></header>
<main>
<p class="fil"><a href="/services">Services</a> &gt; <a href="/psychiatrie">Psychiatrie adulte</a> &gt; Unité kétamine</p>
<h1>Unité de soins par kétamine et esketamine</h1>
<p>Vous souffrez d'une dépression qui ne répond pas aux traitements ? L'unité accueille en hôpital de jour les patients adressés par leur psychiatre pour des perfusions de kétamine et des séances d'esketamine par voie nasale.</p>
<h2>Tarifs et prise en charge</h2>
<p>Les séances sont prises en charge par l'Assurance Maladie dans le cadre de l'hospitalisation de jour. Le forfait journalier et le ticket modérateur peuvent rester à votre charge selon votre mutuelle. Paiement en ligne de vos factures sur le portail patient.</p>
<h2>Prendre rendez-vous</h2>
<p>Sur adressage uniquement : votre psychiatre envoie un courrier à l'unité. Secrétariat : 02 00 00 00 00, du lundi au vendredi.</p>
<p class="mentions"><small>Mentions légales : site édité par le Centre Hospitalier Universitaire du Val-de-Loire, établissement public de santé. Directeur de la publication : le Directeur général. Responsable médical de l'unité : Pr Claire Martin, psychiatre. Les soins sont réalisés sur place après consultation d'évaluation, sous surveillance infirmière et médicale (tension, saturation). Aucun médicament n'est délivré pour un usage à domicile.</small></p>
</main>
<footer><small>&copy; CHU Val-de-Loire &ndash; Accessibilité : partiellement conforme</small></footer>
""", noise="cookie-fr")

p("h15329", "https://ketaminekliniek-utrecht.example/veelgestelde-vragen", "clinic", False, "nl",
  "clinic-faq-no-take-home", "Veelgestelde vragen | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <nav><a href="/behandeling">Behandeling</a> <a href="/tarieven">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/veelgestelde-vragen">FAQ</a> <a class="btn" href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Veelgestelde vragen</h1>
<h3>Wat kost een behandeling?</h3>
<p>Een intakegesprek kost &euro; 195. Een ketamine-infuus kost &euro; 420; een reeks van zes infusen &euro; 2.300. Niet alle zorgverzekeraars vergoeden de behandeling.</p>
<h3>Heb ik een verwijzing nodig?</h3>
<p>Ja, een verwijsbrief van uw huisarts of psychiater is vereist.</p>
<h3>Kan ik ketamine mee naar huis nemen of thuis laten bezorgen?</h3>
<p>Nee. Ketamine wordt bij ons uitsluitend in de kliniek toegediend, onder toezicht van een arts en een verpleegkundige met bewaking van bloeddruk, hartslag en zuurstof. Wij versturen nooit medicatie. Krijgt u een bericht of advertentie die ketamine "zonder recept" aanbiedt onder onze naam? Dan is dat niet van ons.</p>
<h3>Mag ik zelf naar huis rijden?</h3>
<p>Nee, u moet door iemand opgehaald worden.</p>
<h3>Kan ik via WhatsApp een afspraak maken?</h3>
<p>Ja, u kunt ons bereiken via WhatsApp op werkdagen tussen 9 en 17 uur. Medische vragen beantwoorden wij telefonisch.</p>
<p class="klein"><small>Ketaminekliniek Utrecht B.V. is een Wtza-toegelaten zorginstelling. Medisch verantwoordelijke: dr. M. de Groot, psychiater (BIG-nummer 1906xxxxx01).</small></p>
</main>
""", noise="cookie-nl")

p("h15330", "https://centrodolore-lagomaggiore.example/terapie/ketamina", "clinic", False, "it",
  "pain-clinic-informativa-footer", "Infusioni di ketamina per il dolore cronico | Centro Dolore Lago Maggiore", """
<header><a href="/">Centro Dolore Lago Maggiore</a> <nav><a href="/terapie">Terapie</a> <a href="/equipe">Équipe</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Infusioni di ketamina per il dolore cronico</h1>
<p>Fibromialgia, dolore neuropatico, sindrome dolorosa regionale complessa: quando gli analgesici tradizionali non bastano, l'infusione endovenosa di ketamina a basso dosaggio può ridurre il dolore per settimane.</p>
<h2>Costi</h2>
<p>Visita algologica: 150 &euro;. Ciclo di 5 infusioni: 1.600 &euro;. Pagamento anche a rate. Prenotazioni online o via WhatsApp al 333 000 0000.</p>
<a class="btn" href="/prenota">Prenota ora</a>
<p class="nota"><small>Le infusioni sono eseguite presso il nostro ambulatorio, previa visita con il medico anestesista-algologo (Dott. Marco Bellini, iscritto all'Ordine dei Medici di Novara n. 4xxx), con monitoraggio continuo dei parametri vitali. Il trattamento è off-label e richiede consenso informato. Non si effettua vendita né consegna di farmaci. Struttura sanitaria autorizzata dalla Regione Piemonte. Direttore sanitario: Dott.ssa Elena Conti.</small></p>
</main>
<footer><small>Centro Dolore Lago Maggiore S.r.l. &middot; P.IVA 0xxxxxxxxxx &middot; <a href="/privacy">Informativa privacy</a></small></footer>
""")

p("h15331", "https://infusionesmente-gdl.example/", "clinic", False, "es",
  "mx-clinic-whatsapp-cedula-footer", "Infusiones Mente Clara | Ketamina en Guadalajara", """
<header><a href="/">Mente Clara</a> <nav><a href="/">Inicio</a> <a href="/ketamina">Ketamina</a> <a href="/precios">Precios</a> <a href="/ubicacion">Ubicación</a></nav></header>
<main>
<h1>Terapia con ketamina en Guadalajara</h1>
<p>Depresión, ansiedad, estrés postraumático. Citas en la misma semana. Agenda fácil por WhatsApp.</p>
<p><strong>Infusión individual:</strong> $6,500 MXN &middot; <strong>Paquete de 6:</strong> $34,000 MXN &middot; Meses sin intereses con tarjetas participantes.</p>
<a class="btn" href="https://wa.me/523300000000">Agendar por WhatsApp</a>
<p class="ubic">Av. Chapultepec 480, Col. Americana, Guadalajara, Jal.</p>
</main>
<footer>
<p><small>Responsable sanitario: Dr. Luis Ferrer Ochoa, anestesiólogo, Cédula Profesional 7xxxxxx, Cédula de Especialidad 9xxxxxx. Aviso de funcionamiento COFEPRIS. Todas las infusiones se aplican en nuestras instalaciones tras una valoración médica y psiquiátrica, con monitoreo continuo. No vendemos ni enviamos ketamina. <a href="/aviso-de-privacidad">Aviso de privacidad</a></small></p>
</footer>
""")

# ---------------------------------------------------------------- informational: the fine print says who they are

p("h15332", "https://tricountyledger.example/news/2026/11/online-ketamine-sellers-pose-as-clinics", "informational", False, "en",
  "news-article-quotes-vendor-masthead-footer", "'No prescription, no problem': the websites selling ketamine dressed up as clinics", """
<header class="masthead"><a href="/">The Tri-County Ledger</a> <nav><a href="/news">News</a> <a href="/news/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/obituaries">Obituaries</a> <a href="/subscribe" class="btn">Subscribe $1/week</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>"No prescription, no problem": the websites selling ketamine dressed up as clinics</h1>
<p class="byline">By Renee Castillo, Health Reporter &middot; November 19, 2026</p>
<p>The homepage could belong to any upscale therapy practice: soft photos of sunlit living rooms, testimonials from grateful patients, a button that reads "Begin your journey." But scroll to the bottom of many of the sites the Ledger reviewed and the tone changes. "No prescription is required to order," one footer reads. "After checkout you will receive Zelle details for our billing associate."</p>
<p>Over six weeks, the Ledger identified 23 websites that offered ketamine nasal sprays, lozenges or vials for delivery to local addresses. Prices ranged from $139 for a 10 ml spray to $480 for what one site called a "complete pack." Several advertised "reship if seized" guarantees. Two asked buyers to pay with Apple gift cards.</p>
<p>"That fine print is the whole story," said Dr. Elaine Foster, a psychiatrist who runs a ketamine program at Mercy Regional. "A legitimate provider will tell you who your doctor is, which pharmacy fills the prescription and what happens if you're not a candidate. These sites tell you where to send the money."</p>
<p>A reporter placed an order with one site, paying $160 in Bitcoin. Eleven days later, a package labelled "cosmetic samples" arrived from overseas. A lab at the state university found it contained ketamine at roughly two-thirds of the labelled strength, along with an unidentified compound.</p>
<p>The state Board of Pharmacy said it had sent cease-and-desist notices to several of the domains but that many had reappeared under new names within days.</p>
<p>Anyone who has bought from such a site and experienced side effects should contact Poison Control at 1-800-222-1222.</p>
</article>
<aside class="related"><h4>Related</h4><a href="/news/2026/08/ketamine-clinic-opens-downtown">Ketamine clinic opens downtown</a> <a href="/news/2026/05/telehealth-rules-controlled-substances">What the new telehealth rules mean for you</a></aside>
<footer>
<p><small>The Tri-County Ledger is published by Ledger Media Co. &middot; Newsroom: 400 Main St &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; The Ledger did not link to the sites named in this story and does not sell or endorse any product.</small></p>
<p><small>&copy; 2026 Ledger Media Co. All rights reserved.</small></p>
</footer>
""", noise="cookie")

p("h15333", "https://pharmacyboard.state.example/consumer-alerts/ketamine-websites", "informational", False, "en",
  "state-board-alert-quotes-scam-copy", "Consumer Alert: Websites Offering Ketamine Without a Prescription", """
<div class="gov-banner"><small>An official website of the State of Example. <a href="#">Here's how you know</a></small></div>
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a License</a> <a href="/complaints">File a Complaint</a> <a href="/consumer-alerts">Consumer Alerts</a> <a href="/laws-rules">Laws &amp; Rules</a></nav></header>
<main>
<h1>Consumer Alert: Websites Offering Ketamine Without a Prescription</h1>
<p class="date">Issued: October 14, 2026</p>
<p>The Board has received complaints about websites that present themselves as ketamine clinics or telehealth services but sell ketamine products directly to consumers. Language the Board has seen on these sites includes:</p>
<ul class="quotes">
<li>"Order ketamine nasal spray online &ndash; no prescription needed, discreet delivery in 5 days."</li>
<li>"Our wellness profile is not a medical evaluation. Orders approved instantly."</li>
<li>"Pay by Zelle or Cash App to the payee in your confirmation email."</li>
<li>"Free reship if your package is seized by customs."</li>
</ul>
<h2>How to check a provider</h2>
<ol><li>Ask for the name of the prescribing clinician and verify the license on the Board of Medicine website.</li><li>Ask which pharmacy will fill the prescription and verify it with <a href="/verify">License Verification</a>.</li><li>Be wary of payment to individuals, gift cards or cryptocurrency.</li><li>A legitimate provider will evaluate you before prescribing and will not guarantee approval.</li></ol>
<p>To report a website, use the <a href="/complaints">online complaint form</a>.</p>
</main>
<footer><small>State Board of Pharmacy &middot; 1200 Capitol Ave, Room 310 &middot; This alert is for informational purposes; the Board does not endorse any provider.</small></footer>
""")

p("h15334", "https://mindpathforum.example/t/anyone-tried-ordering-ketamine-from-those-at-home-sites/58213", "informational", False, "en",
  "forum-thread-removed-vendor-rules-footer", "Anyone tried ordering ketamine from those 'at-home' sites? - Treatment Talk - MindPath Forum", """
<header><a href="/">MindPath Forum</a> <nav><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/c/treatment-talk">Treatment Talk</a> <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a> <a href="/c/tms">TMS</a> <a href="/c/meds">Medications</a> <a href="/c/peer-support">Peer Support</a> <a href="/faq">Rules</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav></header>
<main>
<p class="crumbs"><a href="/c/treatment-talk">Treatment Talk</a> &rsaquo; <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a></p>
<h1>Anyone tried ordering ketamine from those "at-home" sites?</h1>
<div class="post"><p class="meta"><b>greyskies_88</b> &middot; Nov 2</p><p>I keep seeing ads for places that ship spray for like $150 with no appointment. My psychiatrist's waitlist is 4 months. Is it legit or a scam?</p></div>
<div class="post"><p class="meta"><b>thornback</b> &middot; Nov 2</p><p>Read the terms page before anything. The one I looked at said "questionnaire is not reviewed by a physician" and wanted Cash App to some guy's name. Hard pass.</p></div>
<div class="post removed"><p class="meta"><b>[deleted]</b> &middot; Nov 2</p><p><i>Post removed by moderator: sourcing / vendor advertising (rule 4). Account suspended.</i></p></div>
<div class="post"><p class="meta"><b>LunaMod</b> (Moderator) &middot; Nov 2</p><p>Reminder: no sourcing, no vendor names, no DMs offering product. If you want at-home ketamine, look for a service where you meet a licensed clinician by video, they tell you their name and licence, and a licensed pharmacy fills the script. Several members have posted about those in the megathread.</p></div>
<div class="post"><p class="meta"><b>greyskies_88</b> &middot; Nov 3</p><p>Thanks all. Booked a video eval with a telepsych service, $250. We'll see.</p></div>
<div class="post"><p class="meta"><b>pinecone_j</b> &middot; Nov 4</p><p>Fwiw I did infusions at a clinic. $450 a pop but they monitored BP the whole time and it helped.</p></div>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/faq">Community rules</a> <a href="/privacy">Privacy</a> <a href="/crisis">Crisis resources</a></nav>
<p><small>MindPath Forum is a peer-support community run by volunteers. We are not medical professionals and nothing here is medical advice. We do not sell or broker any medication; buying, selling or trading substances is banned (rule 4). In crisis? Call or text 988.</small></p>
</footer>
""")

p("h15335", "https://clearsignal-hr.example/ketamine/buying-online", "informational", False, "en",
  "harm-reduction-page-nonprofit-footer", "Buying ketamine online: what you should know | ClearSignal Harm Reduction", """
<header><a href="/">ClearSignal</a> <nav><a href="/drugs">Drug info</a> <a href="/checking">Drug checking</a> <a href="/naloxone">Naloxone</a> <a href="/support">Get support</a> <a href="/donate" class="btn">Donate</a></nav></header>
<main>
<h1>Buying ketamine online: what you should know</h1>
<p>We don't judge, and we don't sell anything. If you're thinking about ordering ketamine from a website, here's what our drug-checking service has found.</p>
<h2>What's in the package?</h2>
<p>Of 64 "ketamine" samples bought online and tested at our drop-in service this year, 41 contained ketamine only, 9 contained an analogue such as 2F-DCK or O-PCE, 6 contained ketamine plus something else, and 8 contained no ketamine at all. Sprays were often weaker than labelled.</p>
<h2>Reducing the risks</h2>
<ul><li>Get it checked: our service is free and anonymous (Tue/Thu 4&ndash;8 pm).</li><li>Start with a small test dose, especially with a new batch.</li><li>Don't mix with alcohol, benzodiazepines or opioids.</li><li>Use in a safe place, sitting or lying down, with someone you trust.</li><li>Frequent use can damage the bladder. See a doctor if it hurts to pee or there's blood in your urine.</li></ul>
<h2>If you want treatment for depression</h2>
<p>Legitimate ketamine treatment is available through clinics and telehealth services that evaluate you first. Ask your GP or call our support line.</p>
</main>
<footer><small>ClearSignal is a registered nonprofit harm-reduction organisation funded by the county health department and private donors. Drug checking is provided under a public-health exemption. We do not supply, sell or recommend sources of any drug.</small></footer>
""")

p("h15336", "https://meridian-medsupply.example/terms", "informational", False, "en",
  "txt-wholesaler-terms-registrants-only", "Meridian Medical Supply - Terms of Sale (excerpt)", """
Meridian Medical Supply - Terms of Sale (excerpt), section 4: Controlled substances
4.1 Schedule II-V products, including ketamine HCl injection USP 500 mg/10 mL and 200 mg/20 mL, are sold only to practitioners, hospitals, veterinary clinics and pharmacies holding a current DEA registration for the relevant schedule and an active state licence.
4.2 Before the first controlled-substance order we verify the DEA registration number, state licence and ship-to address; Schedule II items require a completed DEA Form 222 or CSOS order.
4.3 Controlled substances are shipped only to the registered address on the DEA certificate. We do not sell to individuals, do not ship to residential addresses and do not export.
4.4 Orders showing unusual size or frequency are held and reported as required under 21 CFR 1301.74.
Meridian Medical Supply, Inc. | Licensed wholesale distributor | DEA-registered distributor | Net 30 terms for approved accounts
""", ext="txt")

p("h15337", "https://hollisandreyes-law.example/blog/ketamine-telehealth-prosecutions", "informational", False, "en",
  "law-firm-blog-attorney-advertising", "Ketamine Telehealth Prosecutions: What Providers Need to Know | Hollis & Reyes LLP", """
<header><a href="/">Hollis &amp; Reyes LLP</a> <nav><a href="/practice-areas/healthcare-fraud">Healthcare Fraud</a> <a href="/practice-areas/dea-compliance">DEA Compliance</a> <a href="/attorneys">Attorneys</a> <a href="/blog">Insights</a> <a class="btn" href="/contact">Free consultation</a></nav></header>
<article>
<h1>Ketamine telehealth prosecutions: what providers need to know</h1>
<p class="byline">By Michael Reyes &middot; December 1, 2026</p>
<p>Federal prosecutors have brought several cases against operators of websites that marketed "at-home ketamine" while, in substance, selling the drug without any real evaluation. The indictments describe questionnaires that approved every applicant, payments routed to personal accounts and shipments from overseas suppliers.</p>
<p>For legitimate practices the lesson is documentation: a synchronous evaluation, a record of the clinician's reasoning, PDMP checks, and prescriptions sent to a licensed pharmacy. Practices that cannot show this may face DEA registration actions even without criminal charges.</p>
<p>If your practice has received a subpoena or a letter from the DEA Diversion Control Division, call us before you respond.</p>
</article>
<footer><small>Attorney advertising. Prior results do not guarantee a similar outcome. This post is general information, not legal advice, and does not create an attorney-client relationship. Hollis &amp; Reyes LLP, 55 Market St, San Francisco, CA.</small></footer>
""")

p("h15338", "https://landesgesundheitsamt-nord.example/warnungen/ketamin-online-angebote", "informational", False, "de",
  "regulator-warning-quotes-angebote", "Warnung vor Online-Angeboten für Ketamin | Landesamt für Gesundheit Nord", """
<header><a href="/">Landesamt für Gesundheit und Verbraucherschutz Nord</a> <nav><a href="/arzneimittel">Arzneimittel</a> <a href="/warnungen">Warnungen</a> <a href="/presse">Presse</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Warnung vor Online-Angeboten für Ketamin und Esketamin</h1>
<p class="datum">Pressemitteilung vom 12.11.2026</p>
<p>Das Landesamt warnt vor Internetseiten, die sich als „Praxis“ oder „Telemedizin“ ausgeben, Ketamin-Nasensprays und -Tabletten jedoch ohne ärztliche Untersuchung verkaufen. Auf den Seiten heißt es etwa „Kein Rezept erforderlich“, „Versand aus dem EU-Ausland, diskret verpackt“ oder „Zahlung per Überweisung an unseren Mitarbeiter“. Angeboten werden Preise zwischen 130 und 300 Euro.</p>
<p>Ketamin und Esketamin sind verschreibungspflichtige Arzneimittel. Der Versand ohne Rezept ist verboten. Bei Produkten aus solchen Quellen ist weder der Inhalt noch die Dosierung gesichert.</p>
<h2>So erkennen Sie seriöse Anbieter</h2>
<ul><li>Im Impressum stehen der verantwortliche Arzt oder die verantwortliche Ärztin und die zuständige Ärztekammer.</li><li>Versandapotheken tragen das EU-Sicherheitslogo und sind im Versandhandelsregister eingetragen.</li><li>Es findet immer ein ärztliches Gespräch statt, bevor ein Rezept ausgestellt wird.</li></ul>
</main>
<footer><small>Landesamt für Gesundheit und Verbraucherschutz Nord &middot; Obere Landesbehörde &middot; Pressestelle &middot; Diese Seite ist ein Informationsangebot; das Landesamt verkauft keine Arzneimittel.</small></footer>
""", noise="cookie-de")

p("h15339", "https://lequotidien-ouest.example/sante/2026/10/28/ketamine-en-ligne-enquete", "informational", False, "fr",
  "french-daily-enquete-footer-editeur", "Kétamine « sans ordonnance » : enquête sur ces sites qui se font passer pour des cliniques", """
<header><a href="/">Le Quotidien de l'Ouest</a> <nav><a href="/actualite">Actualité</a> <a href="/sante">Santé</a> <a href="/economie">Économie</a> <a href="/sport">Sport</a> <a href="/abonnement" class="btn">S'abonner</a></nav></header>
<article>
<h1>Kétamine « sans ordonnance » : enquête sur ces sites qui se font passer pour des cliniques</h1>
<p class="auteur">Par Julie Moreau &middot; 28 octobre 2026</p>
<p>« Cure complète : 290 euros. Livraison discrète depuis l'Espagne. » Sur la page d'accueil, tout évoque un cabinet de soins : photos apaisantes, témoignages, « accompagnants formés ». Mais dans la foire aux questions, la réponse est sans détour : « Aucune ordonnance ni consultation n'est demandée. » Le paiement se fait en coupons prépayés.</p>
<p>Nous avons recensé une dizaine de sites de ce type. « Dès qu'on lit les petites lignes, on comprend qu'il n'y a aucun médecin derrière », résume le Dr Antoine Leroy, psychiatre au CHU de Nantes, qui rappelle que la kétamine et l'esketamine ne sont administrées en France qu'en milieu hospitalier ou sur prescription encadrée.</p>
<p>L'ANSM indique avoir signalé plusieurs de ces adresses à la plateforme Pharos.</p>
</article>
<footer><small>Le Quotidien de l'Ouest est édité par la SAS Presse de l'Ouest. Directeur de la publication : Paul Garnier. Notre rédaction ne fait pas de lien vers les sites cités. &copy; 2026</small></footer>
""", noise="cookie-fr")

p("h15340", "https://autoridade-medicamentos.example/alertas/cetamina-venda-ilegal-online", "informational", False, "pt",
  "regulator-alert-pt-quotes-sites", "Alerta: venda ilegal de cetamina na internet | Autoridade Nacional do Medicamento", """
<header><a href="/">Autoridade Nacional do Medicamento e Produtos de Saúde</a> <nav><a href="/cidadaos">Cidadãos</a> <a href="/profissionais">Profissionais</a> <a href="/alertas">Alertas</a> <a href="/comunicacao">Comunicação</a></nav></header>
<main>
<h1>Alerta: venda ilegal de cetamina na internet</h1>
<p class="data">Circular informativa n.º 187/CD &middot; 05/11/2026</p>
<p>A Autoridade alerta para sítios na internet que se apresentam como "clínicas de bem-estar" e comercializam cetamina em spray nasal e comprimidos sem receita médica, com frases como "sem necessidade de receita", "pagamento por MB WAY ao nosso colaborador" e "envio dos EUA com reenvio garantido".</p>
<p>A cetamina é um medicamento sujeito a receita médica especial e só pode ser dispensada por farmácias autorizadas mediante prescrição. Os produtos vendidos nestes sítios não têm qualidade, segurança nem eficácia garantidas.</p>
<p>Se adquiriu um destes produtos e teve uma reação adversa, notifique através do Portal RAM.</p>
</main>
<footer><small>Autoridade Nacional do Medicamento e Produtos de Saúde, I.P. &middot; Organismo público &middot; A Autoridade não vende medicamentos nem recomenda fornecedores.</small></footer>
""", noise="cookie-pt")

save(OUT, R)
