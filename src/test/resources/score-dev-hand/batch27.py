# Batch 27 of the hand-written dev set: 40 pages written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on it. Theme: disguises and look-alikes.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 22 English, 18 es/de/fr/nl/pt/it
# (es 4, de 3, fr 3, nl 3, pt 3, it 2).
# Shapes: sellers dressed as something legitimate -- a fake "online clinic" approving after a
# 2-minute questionnaire with no named prescriber and shipping vials, a fake "compounding pharmacy"
# selling troches and nasal spray without a prescription, a "wellness retreat" shop selling a
# take-home kit, a "veterinary supply" price list as plain text, a "research lab" COA page with a buy
# box, a marketplace listing with escrow, a Telegram/WhatsApp link-in-bio page, a seller blog post that
# reads like a health article and ends with a discount code; Spanish fake online clinic, German
# search-result snippet, French 2-sentence excerpt, Dutch "dierbenodigdheden" shop, Portuguese
# WhatsApp price list as plain text, Italian "Spravato a casa" page.
# Legitimate look-alikes -- telehealth subscription checkout with promo code, telehealth search
# snippet with a code, "why can't I just order it" FAQ, shipping/pharmacy policy as plain text,
# 2-minute eligibility quiz followed by a clinician visit, Spanish, German, Dutch and Portuguese
# providers; clinic booking cart with per-session prices and gift cards, REMS centre "we never send
# Spravato home", KAP practice fees, one-line clinic snippet, Spanish, French (hospital), Italian and
# German clinics; news on a Telegram ketamine ring, a sentencing judgment as plain text, a licensed
# compounding pharmacy explaining prescriptions, a scam-warning article listing seller tricks, an
# addiction-rehab page, a Spanish customs seizure note, a French drug-checking page, a Dutch
# drug-checking warning, a Portuguese police report.
# Run: python3 batch27.py (writes batch27/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch27")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h2701", "https://mindreset-online-clinic.example/ketamine-treatment", "seller", True, "en", "fake-online-clinic-questionnaire",
  "Online Ketamine Treatment – Approved in 2 Minutes | MindReset Online Clinic", """
<header class="site-header">
  <a class="logo" href="/">MindReset <span>Online Clinic</span></a>
  <nav><a href="/">Home</a> <a href="/ketamine-treatment">Ketamine Treatment</a> <a href="/how-it-works">How It Works</a> <a href="/shop">Shop</a> <a href="/reviews">Reviews</a> <a href="/contact">Contact</a></nav>
  <a class="btn" href="/assessment">Start Free Assessment</a>
</header>
<section class="hero">
  <h1>Ketamine treatment, delivered. No waiting rooms. No appointments.</h1>
  <p>Our online medical assessment takes about 2 minutes. Once approved, your ketamine vials ship the same day in discreet, unbranded packaging.</p>
  <ul class="badges"><li>&#10003; Instant approval</li><li>&#10003; No video call needed</li><li>&#10003; Worldwide delivery</li><li>&#10003; 100% confidential</li></ul>
  <a class="btn btn-lg" href="/assessment">Get Approved Now</a>
</section>
<section class="steps">
  <h2>How it works</h2>
  <ol>
    <li><b>Answer 9 quick questions.</b> Tell us about your mood, sleep and what you are looking for. No documents or medical records required.</li>
    <li><b>Our medical team approves your order.</b> Most approvals are automatic and appear on screen immediately.</li>
    <li><b>Choose your package and pay.</b> Card, Bitcoin, USDT or bank transfer. Crypto payments receive 15% off.</li>
    <li><b>Receive your vials at home.</b> Tracked shipping in 3–7 days in the US, 7–14 days worldwide.</li>
  </ol>
</section>
<section class="products">
  <h2>Treatment packages</h2>
  <div class="card"><h3>Starter – Ketamine HCl 50 mg/ml, 1 x 10 ml vial</h3><p class="price">$189</p><p>Ideal for first-time patients. Includes syringes and alcohol swabs.</p><button>Select</button></div>
  <div class="card featured"><h3>Standard – 3 x 10 ml vials</h3><p class="price">$479 <s>$567</s></p><p>Most popular. A full month of treatment at home.</p><button>Select</button></div>
  <div class="card"><h3>Clinic Pack – 10 x 10 ml vials (100 mg/ml)</h3><p class="price">$1,390</p><p>For practitioners and long-term patients. Free express shipping.</p><button>Select</button></div>
  <p class="small">Minimum order 1 vial. Reshipment guarantee if your parcel is held by customs.</p>
</section>
<section class="faq">
  <h2>Frequently asked questions</h2>
  <details><summary>Do I need a prescription?</summary><p>No. Your online assessment replaces the prescription. Our approval letter is included in your parcel.</p></details>
  <details><summary>Who reviews my assessment?</summary><p>Assessments are reviewed by our medical team using an automated clinical protocol, so you do not have to wait for a doctor to become available.</p></details>
  <details><summary>Is the packaging discreet?</summary><p>Yes. Vials are vacuum sealed and shipped in a plain box labelled as cosmetics. Nothing on the outside mentions ketamine or our clinic.</p></details>
  <details><summary>Can I order for a friend?</summary><p>Yes, simply complete one assessment per person, or add extra vials to your cart at checkout.</p></details>
</section>
<section class="reviews">
  <blockquote>"Approved in under two minutes, parcel arrived in five days. Finally something that works." – Daniel R., Ohio</blockquote>
  <blockquote>"So much cheaper than the infusion clinic near me." – Sarah K., Ontario</blockquote>
</section>
<footer>
  <p>MindReset Online Clinic &copy; 2026. Support: WhatsApp +1 (302) 555-0148, Telegram @mindreset_support</p>
  <p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/shipping">Shipping</a> · <a href="/refunds">Reshipping Policy</a></p>
  <p class="disclaimer">Statements on this website have not been evaluated by any medical authority.</p>
</footer>
""", noise="cookie")

p("h2702", "https://apexcompounding-rx.example/products/ketamine-troches-200mg", "seller", True, "en", "fake-compounding-pharmacy-product",
  "Ketamine Troches 200 mg (30 ct) – Apex Compounding Rx", """
<div class="topbar">Free shipping on orders over $250 · No prescription required for orders under 60 troches</div>
<header><a href="/" class="logo">APEX Compounding Rx</a>
<nav><a href="/shop">Shop All</a> <a href="/category/troches">Troches</a> <a href="/category/nasal-sprays">Nasal Sprays</a> <a href="/category/injectables">Injectables</a> <a href="/about">About Our Lab</a></nav>
<a href="/cart" class="cart">Cart (0)</a></header>
<main class="product">
  <nav class="crumbs"><a href="/shop">Shop</a> / <a href="/category/troches">Troches</a> / Ketamine Troches 200 mg</nav>
  <h1>Ketamine HCl Troches 200 mg – 30 count</h1>
  <div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 412 reviews</div>
  <p class="price">$164.00</p>
  <p>Compounded in our own clean room with pharmaceutical-grade ketamine hydrochloride, sweetened with stevia and flavoured with raspberry. Each troche dissolves under the tongue in 10–15 minutes.</p>
  <form class="buy"><label>Strength <select><option>100 mg</option><option selected>200 mg</option><option>300 mg</option></select></label>
  <label>Quantity <select><option>30</option><option>60</option><option>90 (save 20%)</option></select></label>
  <button type="submit">Add to cart</button></form>
  <ul class="perks"><li>Ships within 24 hours from our Florida facility</li><li>Plain packaging, no pharmacy label on the outside</li><li>Pay by card, Zelle or crypto</li></ul>
  <h2>Also available</h2>
  <ul><li><a href="/products/ketamine-nasal-spray-10ml">Ketamine Nasal Spray 150 mg/ml, 10 ml – $129</a></li>
  <li><a href="/products/ketamine-rdt-100">Ketamine Rapid-Dissolve Tablets 100 mg – $119</a></li>
  <li><a href="/products/modafinil-200">Modafinil 200 mg – $79</a></li></ul>
  <h2>Questions</h2>
  <p><b>Do I need to send a prescription?</b> Not for standard quantities. If you would like your order to ship with a prescriber's name on the label, upload a prescription at checkout; otherwise we ship as a "wellness compound".</p>
  <p><b>Are you a licensed pharmacy?</b> Apex is a private compounding laboratory. We follow USP standards in our own facility.</p>
</main>
<footer>Apex Compounding Rx · Text orders: (786) 555-0192 · <a href="/refund">Refunds</a> · <a href="/shipping">Shipping</a></footer>
""", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine HCl Troches 200 mg","offers":{"@type":"Offer","price":"164.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>\n')

p("h2703", "https://solasretreats.example/shop/take-home-integration-kit", "seller", True, "en", "retreat-shop-take-home-kit",
  "Take-Home Integration Kit – Solas Wellness Retreats", """
<header><a href="/">SOLAS</a> <nav><a href="/retreats">Retreats</a> <a href="/tulum">Tulum</a> <a href="/journal">Journal</a> <a href="/shop">Shop</a></nav></header>
<main>
<h1>The Take-Home Integration Kit</h1>
<p class="sub">Bring the retreat home with you.</p>
<p>Many of our guests ask how to keep the openness they find during a week in Tulum. The Integration Kit was created for exactly that: the same sublingual medicine used in our ceremonies, a guided audio series, and a hand-bound journal, delivered to your door anywhere in the world.</p>
<h2>What's inside</h2>
<ul>
  <li>20 ketamine lozenges, 150 mg each, in a glass apothecary jar</li>
  <li>Eye mask and 6 guided journeys (download code)</li>
  <li>Solas integration journal</li>
  <li>Palo santo and a ceramic dish</li>
</ul>
<p class="price">$420 · Refills (20 lozenges) $260</p>
<button>Add to bag</button>
<p>You do not need to have attended a retreat to order. There is no medical intake — we trust our community to journey responsibly. Orders ship from Mexico in neutral packaging; for customers in the US and UK we recommend choosing our "gift" packaging option.</p>
<p>Payment by card, PayPal (friends &amp; family) or crypto. Questions? Message Mara on WhatsApp: +52 984 555 0133.</p>
</main>
<footer>Solas Wellness Retreats · Tulum · Lisbon · <a href="/shop">Shop</a> · <a href="/faq">FAQ</a></footer>
""")

p("h2704", "https://vetsupplydirect.example/price-list.txt", "seller", True, "en", "vet-supply-price-list-plain-text",
  "VetSupply Direct – current price list", """
VETSUPPLY DIRECT - WHOLESALE PRICE LIST (updated weekly)
=======================================================

No veterinary license or DEA number required. We sell to individuals,
farms, horse owners, breeders and clinics. Worldwide delivery.

ANAESTHETICS
------------
Ketaset (ketamine 100 mg/ml) 10 ml vial ........... $65
Ketaset 10 ml x 5 vials ........................... $280
Ketamine HCl 1000 mg/10 ml (generic) x 10 ........ $490
Vetalar-V 100 mg/ml 10 ml .......................... $70
Xylazine 100 mg/ml 50 ml ........................... $55
Tiletamine/zolazepam (Zoletil 100) ................. $95

PAIN / SEDATION
---------------
Tramadol 100 mg x 100 ............................. $120
Diazepam 10 mg x 100 .............................. $110

ORDERING
--------
Minimum order $150. Email your list to orders@vetsupplydirect.example
or message us on Wickr / Telegram: @vsd_orders.
Payment: Bitcoin, USDT (TRC20), Western Union, Zelle. 10% off for BTC.

SHIPPING
--------
Stealth shipping, vials wrapped and packed inside pet-food boxes.
USA 3-5 days, EU 5-8 days, Australia 7-12 days. Free reship if seized.
""", ext="txt")

p("h2705", "https://nexagen-research.example/coa/ketamine-hcl-batch-KT2611", "seller", True, "en", "research-lab-coa-buy-box",
  "Certificate of Analysis – Ketamine HCl, batch KT-2611 | NexaGen Research Chemicals", """
<header><a href="/">NexaGen Research</a> <nav><a href="/catalogue">Catalogue</a> <a href="/coa">COA Library</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Certificate of Analysis</h1>
<table class="coa">
<tr><th>Compound</th><td>Ketamine hydrochloride (2-(2-chlorophenyl)-2-(methylamino)cyclohexan-1-one HCl)</td></tr>
<tr><th>Batch</th><td>KT-2611</td></tr>
<tr><th>Appearance</th><td>White crystalline solid (shards)</td></tr>
<tr><th>Method</th><td>HPLC-UV, GC-MS, 1H-NMR</td></tr>
<tr><th>Purity</th><td>99.6 %</td></tr>
<tr><th>Residual solvents</th><td>&lt; 0.1 %</td></tr>
<tr><th>Date of analysis</th><td>2026-11-04</td></tr>
</table>
<p>This batch passed all internal quality tests. The full chromatogram is available on request.</p>
<aside class="buy-box">
  <h2>Buy from this batch</h2>
  <p>1 g – €45 · 5 g – €190 · 10 g – €340 · 25 g – €750 · 100 g – ask</p>
  <label>Amount <select><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option></select></label>
  <button>Add to cart</button>
  <p class="small">Shipped from within the EU in vacuum-sealed, odour-proof bags. Payment in BTC, XMR or SEPA.</p>
</aside>
<p class="warn"><b>For laboratory research use only. Not for human consumption.</b> NexaGen does not provide any information about dosing. By purchasing you confirm you are 21+ and a qualified researcher.</p>
<h2>Related compounds</h2>
<ul><li>2-FDCK (crystal) – €30/g</li><li>Deschloroketamine – €35/g</li><li>3-MeO-PCP – €40/g</li><li>O-PCE – €38/g</li></ul>
</main>
""")

p("h2706", "https://bazaarx.example/listing/88213-ketamine-crystal-needles-5g", "seller", True, "en", "marketplace-listing-escrow",
  "Ketamine S-isomer crystal needles 5 g – BazaarX", """
<div class="market-nav"><a href="/">BazaarX</a> <input placeholder="Search listings"> <a href="/categories/dissociatives">Dissociatives</a> <a href="/wallet">Wallet 0.00 XMR</a> <a href="/orders">Orders</a></div>
<div class="listing">
  <h1>&#11088; Ketamine S-isomer – long crystal needles – 5 g</h1>
  <p>Vendor: <a href="/vendor/dutchmagic">DutchMagic</a> (Level 7 · 2,314 sales · 98.9% positive)</p>
  <p>Ships from: Netherlands · Ships to: Worldwide except AU/NZ</p>
  <p>Price: <b>&#8364;115</b> (≈ 0.61 XMR) · Escrow: yes · Finalize early: no</p>
  <select><option>1 g – €29</option><option selected>5 g – €115</option><option>10 g – €210</option><option>28 g – €520</option></select>
  <button>Buy now</button>
  <h2>Description</h2>
  <p>Top quality needles straight from the lab, tested with Marquis and Mecke before each batch. Not cut, not 2-FDCK. Shipped double vacuum sealed in a DVD case, letter post, no signature needed.</p>
  <p>Orders placed before 14:00 CET leave the same day. No reship for orders under €100. Read my profile before messaging.</p>
  <h2>Feedback</h2>
  <ul><li>5/5 "fast to DE, great k, will order again" – b***r</li><li>5/5 "stealth on point" – m***9</li><li>4/5 "took 6 days to FR but arrived" – k***l</li></ul>
</div>
""")

p("h2707", "https://links.example/k.plug.official", "seller", True, "en", "link-in-bio-telegram-whatsapp",
  "K Plug Official | Links", """
<div class="linkpage">
<img src="/avatar.png" alt="">
<h1>@k.plug.official</h1>
<p>&#10052;&#65039; crystal · liquid · vials &#10052;&#65039; worldwide stealth &#128230; menu on TG</p>
<a class="link" href="https://t.me/kplugofficial">&#128172; Telegram – daily menu &amp; prices</a>
<a class="link" href="https://wa.me/15555550127">&#128241; WhatsApp orders</a>
<a class="link" href="/reviews">&#11088; 300+ customer reviews</a>
<a class="link" href="/backup">&#128260; Backup channel (if banned)</a>
<p class="small">BTC · USDT · Cash App · no cops no time wasters</p>
</div>
""")

p("h2708", "https://calmcore-naturals.example/blog/ketamine-for-depression-what-science-says", "seller", True, "en", "seller-blog-health-article-discount-code",
  "Ketamine for Depression: What the Science Says (2026 Guide) – CalmCore Journal", """
<header><a href="/">CalmCore</a> <nav><a href="/shop">Shop</a> <a href="/blog">Journal</a> <a href="/about">Our Story</a> <a href="/cart">Cart</a></nav></header>
<article>
<h1>Ketamine for Depression: What the Science Says</h1>
<p class="meta">By the CalmCore Editorial Team · 9 min read · Updated November 2026</p>
<p>Depression affects more than 280 million people worldwide, and roughly a third of them do not improve after trying two or more antidepressants. For these people, researchers have spent the last two decades looking at a surprising candidate: ketamine, an anaesthetic first synthesised in 1962.</p>
<h2>How does ketamine work?</h2>
<p>Unlike SSRIs, which act on serotonin, ketamine blocks NMDA receptors and triggers a surge of glutamate. This is thought to promote synaptogenesis — the growth of new connections between neurons — which may explain why some people feel better within hours instead of weeks.</p>
<h2>What do the studies show?</h2>
<p>Randomised trials since 2006 have reported rapid reductions in depressive symptoms after a single sub-anaesthetic dose, with effects often lasting several days. In 2019 an esketamine nasal spray was approved in the US for treatment-resistant depression. Other studies have looked at oral and sublingual forms, which are easier to take at home.</p>
<h2>Is it safe?</h2>
<p>Side effects in studies include dissociation, raised blood pressure, nausea and dizziness, usually lasting less than two hours. Long-term heavy use has been linked to bladder problems. As with any substance, start low and go slow, and never combine with alcohol.</p>
<h2>Why is it so expensive at clinics?</h2>
<p>A single IV infusion in the US costs between $400 and $800, and a full series can run to several thousand dollars, rarely covered by insurance. That is why more and more people are choosing to manage their own protocol at home.</p>
<h2>Our take</h2>
<p>At CalmCore we believe access should not depend on your bank balance. Our lab-tested ketamine (99%+ purity, crystal or pre-measured 50 mg sublingual strips) is shipped discreetly to 40 countries, with no paperwork and no waiting lists.</p>
<div class="promo">
  <p><b>Readers of the Journal save 20% on their first order</b> with code <code>HEAL20</code>. Crypto orders get an extra 10% off.</p>
  <a class="btn" href="/shop/ketamine">Shop ketamine &rarr;</a>
</div>
<p class="disclaimer">This article is for educational purposes only and does not constitute medical advice.</p>
</article>
<aside><h3>Popular in the shop</h3><ul><li>K crystal 3.5 g – $95</li><li>Sublingual strips 50 mg x 20 – $110</li><li>Microdose tabs 10 mg x 30 – $75</li></ul></aside>
<footer>&copy; CalmCore Naturals · <a href="/shipping">Shipping &amp; Stealth</a> · <a href="/faq">FAQ</a> · Instagram @calmcore.naturals</footer>
""")

p("h2709", "https://clinicamenteclara.example/es/tratamiento-ketamina", "seller", True, "es", "fake-online-clinic-es",
  "Tratamiento con ketamina online – aprobación en 2 minutos | Clínica Mente Clara", """
<header><a href="/es/">Clínica Mente Clara</a> <nav><a href="/es/tratamiento-ketamina">Tratamiento</a> <a href="/es/precios">Precios</a> <a href="/es/envios">Envíos</a> <a href="/es/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina para la depresión, sin citas ni esperas</h1>
<p>Rellene nuestro cuestionario médico online (2 minutos) y reciba la aprobación al instante. No necesita receta ni informes de su médico: nuestro equipo valida su solicitud automáticamente.</p>
<h2>Precios</h2>
<ul>
  <li>Vial de ketamina 50 mg/ml (10 ml) – 150 €</li>
  <li>Pack 3 viales – 390 €</li>
  <li>Espray nasal de ketamina 10 ml – 120 €</li>
</ul>
<p>Envío discreto a toda España, México, Argentina y Europa. Embalaje neutro sin logotipos. Pago con tarjeta, Bizum, transferencia o bitcoin (10 % de descuento).</p>
<p>¿Dudas? Escríbanos por WhatsApp al +34 611 555 019 o por Telegram @menteclara_es.</p>
</main>
<footer>Clínica Mente Clara © 2026 · <a href="/es/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h2710", "https://www.search.example/results?q=ketamin+kaufen+ohne+rezept", "seller", True, "de", "search-snippet-de",
  "Ketamin kaufen ohne Rezept – Forschungschemikalien-Shop", """
<div class="result"><a href="https://rc-labor24.example/ketamin">rc-labor24.example › ketamin</a>
<h3>Ketamin HCl kristallin kaufen – 99,8 % – RC-Labor24</h3>
<p>Ketamin ab 25 € pro Gramm, diskreter Versand aus der EU in 24–48 h. Nur für Forschungszwecke, nicht für den menschlichen Verzehr. Zahlung per Bitcoin oder Überweisung.</p></div>
""")

p("h2711", "https://kristal-boutique.example/fr/", "seller", True, "fr", "excerpt-two-sentences-fr",
  "Kétamine – Kristal Boutique", """
<p>Kétamine en cristal ou en liquide, pureté testée, à partir de 30 € le gramme – livraison discrète partout en France et en Belgique sous 48 h. Commandez sur Telegram @kristalboutique, paiement en crypto ou coupons PCS acceptés.</p>
""")

p("h2712", "https://dierbenodigdheden-groothandel.example/anesthesie/ketamine-10-procent", "seller", True, "nl", "fake-vet-supply-nl",
  "Ketamine 10% 10 ml – Dierbenodigdheden Groothandel", """
<header><a href="/">Dierbenodigdheden Groothandel</a> <nav><a href="/paard">Paard</a> <a href="/hond-kat">Hond &amp; kat</a> <a href="/anesthesie">Anesthesie</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Ketamine 10% injectievloeistof – 10 ml</h1>
<p class="prijs">&#8364; 59,95 <span>incl. btw</span></p>
<p>Ketamine 100 mg/ml voor veterinair gebruik. Geen dierenartsrecept of UDD-registratie nodig: wij leveren ook aan particulieren en hobbyhouders.</p>
<form><label>Aantal <input type="number" value="1"></label> <button>In winkelwagen</button></form>
<ul>
  <li>Staffelkorting: 5 flacons &#8364; 264, 10 flacons &#8364; 499</li>
  <li>Vandaag besteld voor 16:00, morgen in huis (NL/BE)</li>
  <li>Verzending in neutrale doos, ook naar Duitsland en Frankrijk</li>
  <li>Betalen met iDEAL, Bancontact of bitcoin</li>
</ul>
<p>Ook in deze categorie: Xylazine 2% 25 ml, Medetomidine, Diazepam tabletten.</p>
</main>
<footer>Vragen? App ons via WhatsApp 06-5550 1234 · <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h2713", "https://wa-lista.example/cetamina-precos.txt", "seller", True, "pt", "whatsapp-price-list-plain-text-pt",
  "Lista de preços – cetamina", """
*** LISTA ATUALIZADA – DEZEMBRO ***

Cetamina (keta) cristal pura
1 g ......... R$ 180
5 g ......... R$ 800
10 g ........ R$ 1.450

Cetamina líquida frasco 10 ml (50 mg/ml) ... R$ 220
Kit 5 frascos ............................... R$ 950

Também temos: MD, LSD, escama (consulte).

Entrega em mãos em SP capital ou envio discreto pelos Correios para todo o Brasil.
Pagamento via PIX ou cripto. Pedido mínimo R$ 300.
Pedidos só pelo WhatsApp (11) 95555-0172 ou Telegram @keta_sp.
Não vendemos fiado. Sem receita, sem burocracia.
""", ext="txt")

p("h2714", "https://farmacia-serenita.example/it/spravato-a-casa", "seller", True, "it", "spravato-home-delivery-it",
  "Spravato (esketamina) spray nasale – consegna a domicilio | Farmacia Serenità", """
<header><a href="/it/">Farmacia Serenità</a> <nav><a href="/it/antidepressivi">Antidepressivi</a> <a href="/it/ansia">Ansia</a> <a href="/it/carrello">Carrello</a></nav></header>
<main>
<h1>Spravato 28 mg spray nasale – senza ricetta, consegnato a casa</h1>
<p>Niente più viaggi in ospedale e ore di osservazione: ordina Spravato originale e usalo comodamente a casa tua. Confezione da 2 dispositivi (56 mg) a 295 €, da 3 dispositivi (84 mg) a 420 €.</p>
<p>Non serve la ricetta medica: basta compilare il breve modulo durante il checkout. Spedizione discreta in 3–5 giorni lavorativi in tutta Italia, Svizzera e San Marino.</p>
<button>Aggiungi al carrello</button>
<p>Pagamenti accettati: carta prepagata, bonifico, bitcoin. Per ordini superiori a 3 confezioni contattaci su Telegram @farmaserenita.</p>
</main>
<footer>Farmacia Serenità – assistenza clienti 7 giorni su 7</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h2715", "https://www.evenkeel-health.example/checkout/membership", "telehealth", False, "en", "telehealth-subscription-checkout",
  "Checkout – Even Keel At-Home Ketamine Program", """
<header><a href="/">Even Keel</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<h1>Start your Even Keel program</h1>
<div class="plan-picker">
  <label><input type="radio" name="plan"> <b>Monthly</b> – $249/month<br><small>Initial psychiatric evaluation, medication, 2 clinician follow-ups, weekly integration group</small></label>
  <label><input type="radio" name="plan" checked> <b>3-month program</b> – $649 billed once ($216/mo)<br><small>Everything in Monthly plus a dedicated care coordinator</small></label>
</div>
<div class="promo"><label>Promo code <input value="NEWSTART"></label> <button>Apply</button> <span class="ok">NEWSTART applied: $100 off your first month</span></div>
<h2>What happens after you pay</h2>
<ol>
  <li>Within 48 hours you meet by video with a licensed psychiatric clinician (MD, DO or PMHNP) in your state.</li>
  <li>Your clinician reviews your history, medications and blood pressure readings. Ketamine is not right for everyone; if you are not a candidate you receive a full refund.</li>
  <li>If prescribed, your medication ships to your door from a licensed partner pharmacy, with signature on delivery.</li>
  <li>Before each session you complete a mood check-in; a trusted adult must be present as your session monitor.</li>
</ol>
<p class="note">Your payment covers clinical services and membership. Medication is dispensed only with a valid prescription. HSA/FSA cards accepted. Available in 28 states.</p>
<div class="summary"><p>3-month program $649.00</p><p>Promo NEWSTART −$100.00</p><p><b>Due today $549.00</b></p><button>Pay and schedule evaluation</button></div>
</main>
<footer>Even Keel Health, PC · Medical Director: Hannah Ortiz, MD · <a href="/safety">Safety</a> · <a href="/terms">Terms</a> · If you are in crisis call or text 988</footer>
""")

p("h2716", "https://www.search.example/results?q=at+home+ketamine+prescription", "telehealth", False, "en", "telehealth-search-snippet-promo",
  "At-home ketamine therapy – prescribed online", """
<div class="result"><a href="https://mirrorlake.example">mirrorlake.example</a> · Sponsored
<h3>At-Home Ketamine Therapy | Prescribed by Licensed Clinicians</h3>
<p>Video evaluation with a board-certified psychiatrist, then medication shipped to your door from a licensed pharmacy. $50 off with code CALM50. Not everyone qualifies.</p></div>
""")

p("h2717", "https://northwindcare.example/faq/why-cant-i-just-order-ketamine", "telehealth", False, "en", "telehealth-faq-why-no-direct-order",
  "Why can't I just order ketamine? – Northwind Care FAQ", """
<header><a href="/">Northwind Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>"Why can't I just order ketamine?"</h1>
<p>It's one of the questions we hear most. Some websites promise ketamine "with no prescription" or approval after a two-minute form. We don't work that way, and here is why.</p>
<h2>Ketamine is a controlled medicine</h2>
<p>In the US ketamine is a Schedule III controlled substance. It can only be prescribed by a licensed clinician after a genuine medical evaluation, and it must be dispensed by a licensed pharmacy. Anything sold outside that system is unregulated: you cannot know what is in the vial or bottle, and buying it may be a crime.</p>
<h2>What our evaluation involves</h2>
<ul>
  <li>A 45–60 minute video visit with a licensed psychiatric clinician in your state — you'll see their name and licence number before you book.</li>
  <li>A check of the state prescription monitoring programme (PDMP).</li>
  <li>Screening for conditions where ketamine is unsafe: uncontrolled high blood pressure, psychosis, active substance use disorder, pregnancy.</li>
  <li>A home blood pressure reading before your first session.</li>
</ul>
<p>About one in four people who apply are not prescribed ketamine. When that happens we refund the evaluation fee minus $25 and help you find other options.</p>
<h2>How your medication arrives</h2>
<p>If your clinician prescribes ketamine, the prescription goes to one of our partner pharmacies, licensed in your state. They dispense a limited supply — usually enough for four to six sessions — and ship it to you with signature required. Refills are only released after a follow-up with your clinician.</p>
<h2>Spotting unsafe sellers</h2>
<p>Be cautious of sites that don't name a prescriber, accept crypto or gift cards, ship "worldwide", or ask you to contact them on Telegram or WhatsApp. If in doubt, check the pharmacy on your state board of pharmacy's website.</p>
<p><a class="btn" href="/get-started">See if Northwind Care is right for you</a></p>
</main>
<footer>Northwind Care Medical Group · 1200 Harbor Ave, Suite 400, Seattle WA · <a href="/privacy">Privacy</a> · Crisis: 988</footer>
""")

p("h2718", "https://tidewell.example/policies/shipping-and-pharmacy.txt", "telehealth", False, "en", "telehealth-shipping-policy-plain-text",
  "Tidewell – Shipping and Pharmacy Policy", """
TIDEWELL HEALTH - SHIPPING AND PHARMACY POLICY
Effective 1 October 2026

1. Who dispenses your medication
Tidewell does not sell or stock any medication. Prescriptions written by
Tidewell clinicians are sent electronically to a licensed partner pharmacy
(currently Cedar Row Pharmacy, licensed in 31 states, and Baybridge
Compounding Pharmacy, a 503A pharmacy) which dispenses and ships them.

2. Shipping
Medication ships to your door in tamper-evident packaging by UPS or FedEx.
An adult signature (21+) is required. We cannot ship to PO boxes, hotels
or addresses outside the state in which you were evaluated.

3. Quantities
Ketamine is prescribed in limited quantities (typically 4 to 8 doses).
Early refills are not available. Lost or stolen medication is not replaced
without a police report and a clinician review.

4. Cost
Medication is billed separately by the pharmacy, usually $40-$90 per
fill. Promo codes apply to membership fees only, never to medication.

5. Returns
Controlled medication cannot be returned. Unused doses should be disposed
of at a DEA-registered take-back location.

Questions: care@tidewell.example or (888) 555-0164, Mon-Fri 8am-6pm PT.
""", ext="txt")

p("h2719", "https://quietharbor.example/eligibility", "telehealth", False, "en", "telehealth-2min-eligibility-quiz",
  "Take the 2-minute eligibility quiz | Quiet Harbor", """
<header><a href="/">Quiet Harbor</a> <nav><a href="/how">How it works</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a></nav></header>
<main>
<h1>Is at-home ketamine therapy right for you?</h1>
<p>Take our 2-minute eligibility quiz. It doesn't approve anyone — it tells you whether it's worth booking a full evaluation.</p>
<form class="quiz">
  <fieldset><legend>1. Have you tried at least two antidepressants?</legend><label><input type="radio"> Yes</label> <label><input type="radio"> No</label></fieldset>
  <fieldset><legend>2. Have you ever been diagnosed with schizophrenia or another psychotic disorder?</legend><label><input type="radio"> Yes</label> <label><input type="radio"> No</label></fieldset>
  <fieldset><legend>3. Is your blood pressure controlled?</legend><label><input type="radio"> Yes</label> <label><input type="radio"> No / not sure</label></fieldset>
  <fieldset><legend>4. Which state do you live in?</legend><select><option>Choose…</option><option>California</option><option>Colorado</option><option>New York</option><option>Texas</option></select></fieldset>
  <button>See my result</button>
</form>
<h2>What comes next</h2>
<p>If the quiz suggests you may be a candidate, you'll book a 50-minute video evaluation ($149) with one of our psychiatric clinicians, such as Dr. Leon Abebe, MD, or Priya Nair, PMHNP-BC. They make the decision — and they may decide ketamine isn't the right treatment. Prescriptions are filled by a licensed pharmacy and mailed to your home.</p>
</main>
<footer>Quiet Harbor Psychiatry, PLLC · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
""")

p("h2720", "https://www.serenamente.example/es/ketamina-en-casa", "telehealth", False, "es", "telehealth-provider-es-us",
  "Ketamina en casa con receta médica | SerenaMente", """
<header><a href="/es/">SerenaMente</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/">English</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, en español</h1>
<p>Atendemos a pacientes hispanohablantes en California, Texas, Florida, Illinois y Nueva York. Todo empieza con una evaluación por videollamada con un psiquiatra con licencia en su estado.</p>
<h2>Cómo funciona</h2>
<ol>
  <li><b>Evaluación médica</b> (60 min): revisamos su historial, medicamentos y presión arterial. No todos los pacientes son candidatos.</li>
  <li><b>Receta y farmacia</b>: si su médico la receta, una farmacia autorizada le envía la medicación a su domicilio, con firma al recibir.</li>
  <li><b>Sesiones guiadas</b>: un familiar o amigo adulto debe acompañarle durante cada sesión.</li>
  <li><b>Seguimiento</b>: consultas cada dos semanas con su médico y grupo de integración en español.</li>
</ol>
<h2>Precios</h2>
<p>Evaluación inicial 175 USD. Plan mensual 229 USD (incluye consultas de seguimiento). La medicación la cobra la farmacia aparte. Use el código BIENVENIDA para 30 USD de descuento en su primer mes.</p>
<p>Directora médica: Dra. Lucía Ferrer Campos, MD, psiquiatra certificada.</p>
</main>
<footer>SerenaMente Health, PA · Si está en crisis, llame o envíe un mensaje al 988 (opción español)</footer>
""", noise="cookie-es")

p("h2721", "https://www.ketamed-online.example.de/behandlung", "telehealth", False, "de", "telehealth-provider-de",
  "Ketamin-gestützte Behandlung per Videosprechstunde | KetaMed Online", """
<header><a href="/">KetaMed Online</a> <nav><a href="/behandlung">Behandlung</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Ketamin-Behandlung bei therapieresistenter Depression – ärztlich begleitet</h1>
<p>Unser Angebot richtet sich an Privatversicherte und Selbstzahler mit einer diagnostizierten, therapieresistenten Depression. Ein Online-Fragebogen ersetzt keine Untersuchung: Jede Behandlung beginnt mit einem ausführlichen Erstgespräch per Video bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</p>
<h2>Ablauf</h2>
<ul>
  <li>Erstgespräch (60 Minuten) mit Befundsichtung und Vorbefunden Ihrer behandelnden Ärzte</li>
  <li>Blutdruck- und EKG-Nachweis durch Ihre Hausarztpraxis</li>
  <li>Bei Eignung: Privatrezept (BtM-Rezept) über eine begrenzte Menge, Versand durch unsere Partnerapotheke in Köln</li>
  <li>Regelmäßige Verlaufsgespräche; die Einnahme erfolgt nur mit anwesender Begleitperson</li>
</ul>
<h2>Kosten</h2>
<p>Erstgespräch nach GOÄ ca. 180 €, Verlaufsgespräche ca. 70 €. Das Medikament wird von der Apotheke separat abgerechnet.</p>
<p>Ärztliche Leitung: Dr. med. Katrin Vollmer, Fachärztin für Psychiatrie und Psychotherapie, approbiert in Nordrhein-Westfalen.</p>
</main>
<footer>KetaMed Online GmbH · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h2722", "https://www.lichtpunt-zorg.example/ketamine-thuis", "telehealth", False, "nl", "telehealth-provider-nl",
  "Ketaminebehandeling thuis – alleen na intake | Lichtpunt Zorg", """
<header><a href="/">Lichtpunt Zorg</a> <nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/tarieven">Tarieven</a></nav></header>
<main>
<h1>Ketamine thuis, onder begeleiding van een psychiater</h1>
<p>Lichtpunt Zorg biedt volwassenen met een therapieresistente depressie een behandeling met ketamine aan, deels thuis en deels online. U heeft een verwijzing van uw huisarts of behandelaar nodig.</p>
<ul>
  <li>Intake via beeldbellen met een BIG-geregistreerde psychiater</li>
  <li>Eerste toediening op onze locatie in Utrecht, daarna thuis met een naaste erbij</li>
  <li>Het recept gaat naar onze samenwerkende apotheek, die de ketamine in beperkte hoeveelheid thuisbezorgt</li>
  <li>Wekelijkse videoconsulten en meetmomenten (bloeddruk, stemming)</li>
</ul>
<p>Tarieven: intake € 195, traject van 8 weken € 1.150. Vraag uw zorgverzekeraar naar vergoeding.</p>
</main>
<footer>Lichtpunt Zorg B.V. · KvK 12345678 · AGB-code op aanvraag</footer>
""")

p("h2723", "https://www.mentaviva.example.com.br/telemedicina-cetamina", "telehealth", False, "pt", "telehealth-provider-pt-br",
  "Telemedicina em saúde mental – tratamento com cetamina | MentaViva", """
<header><a href="/">MentaViva</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos</a></nav></header>
<main>
<h1>Tratamento com cetamina acompanhado por psiquiatra, por teleconsulta</h1>
<p>A MentaViva é uma plataforma de telemedicina com psiquiatras registrados no CRM. Antes de qualquer prescrição, você passa por uma consulta completa de 50 minutos; o tratamento com cetamina só é indicado para alguns casos de depressão resistente.</p>
<p>Quando indicado, a receita de controle especial é emitida pelo médico e a cetamina sublingual é manipulada por farmácia licenciada pela Anvisa, entregue na sua casa mediante apresentação de documento.</p>
<p>Planos a partir de R$ 390/mês, com cupom PRIMEIRA15 na primeira mensalidade. Diretor técnico: Dr. Rafael Monteiro, CRM-SP 000000.</p>
</main>
<footer>MentaViva Saúde Digital Ltda. · Em caso de crise, ligue 188 (CVV)</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h2724", "https://lakeshoreinfusion.example/book", "clinic", False, "en", "clinic-booking-cart-gift-cards",
  "Book & Buy – Lakeshore Ketamine Infusion Center", """
<header><a href="/">Lakeshore Infusion</a> <nav><a href="/services">Services</a> <a href="/book">Book &amp; Buy</a> <a href="/gift-cards">Gift Cards</a> <a href="/team">Our Team</a> <a href="/cart">&#128722; Cart (1)</a></nav></header>
<main>
<h1>Book your infusion</h1>
<p>All new patients start with a consultation with our anesthesiologist or psychiatric nurse practitioner. Infusions take place in our Evanston office; you will need someone to drive you home.</p>
<div class="product"><h3>New patient consultation</h3><p>$150 (credited toward your first infusion)</p><button>Add to cart</button></div>
<div class="product"><h3>Single IV ketamine infusion (depression, 40 min)</h3><p>$475 per session</p><button>Add to cart</button></div>
<div class="product"><h3>Initial series – 6 infusions over 3 weeks</h3><p>$2,550 <s>$2,850</s></p><button>Add to cart</button></div>
<div class="product"><h3>Booster infusion</h3><p>$425</p><button>Add to cart</button></div>
<div class="product"><h3>Pain protocol infusion (4 hr)</h3><p>$850</p><button>Add to cart</button></div>
<div class="product"><h3>Gift card</h3><p>$50 – $500, emailed instantly</p><button>Add to cart</button></div>
<p>Promo code HOLIDAY10 gives 10% off a 6-infusion series booked before 31 December. Payment plans via CareCredit. We provide superbills for out-of-network reimbursement.</p>
<p class="small">Purchasing does not guarantee treatment: our medical team must confirm you are a candidate. Unused sessions are fully refundable.</p>
</main>
<footer>Lakeshore Ketamine Infusion Center · 820 Davis St, Evanston IL · (847) 555-0110 · Medical Director: Thomas Reilly, MD, Anesthesiology</footer>
""", noise="cookie")

p("h2725", "https://www.brightpathpsych.example/spravato", "clinic", False, "en", "rems-centre-never-sent-home",
  "Spravato (esketamine) Treatment Center | BrightPath Psychiatry", """
<header><a href="/">BrightPath Psychiatry</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>BrightPath Psychiatry is a certified Spravato REMS treatment center. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior.</p>
<h2>Can Spravato be shipped to my home?</h2>
<p>No. Under the REMS programme Spravato is never dispensed to patients to take home. You self-administer it in our office under the supervision of our staff, and stay with us for at least two hours afterwards while we monitor your blood pressure and how you feel. If you see a website offering Spravato "for home use" or "delivered to your door", it is not legitimate.</p>
<h2>Your visits</h2>
<ul><li>Weeks 1–4: twice weekly</li><li>Weeks 5–8: once weekly</li><li>From week 9: weekly or every two weeks</li></ul>
<p>Arrange transport home: you may not drive until the next day after a session.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our benefits team handles the paperwork. Janssen's savings programme may reduce your copay.</p>
<p><a class="btn" href="/contact">Request an evaluation</a> · Call (614) 555-0193</p>
</main>
<footer>BrightPath Psychiatry · 3 locations in Columbus, OH</footer>
""", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"BrightPath Psychiatry","medicalSpecialty":"Psychiatric","telephone":"+1-614-555-0193"}</script>\n')

p("h2726", "https://www.openfieldkap.example/fees", "clinic", False, "en", "kap-practice-fees",
  "Fees & Booking – Openfield Ketamine-Assisted Psychotherapy", """
<header><a href="/">Openfield KAP</a> <nav><a href="/approach">Approach</a> <a href="/fees">Fees</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Fees</h1>
<p>Openfield is a small group practice in Portland, Oregon. Ketamine-assisted psychotherapy (KAP) sessions take place in our office, with a licensed therapist present throughout and our prescribing psychiatrist, Dr. Miriam Falk, on site.</p>
<table>
<tr><td>Medical intake with Dr. Falk</td><td>$350</td></tr>
<tr><td>Preparation session (50 min)</td><td>$180</td></tr>
<tr><td>KAP dosing session (3 hours, IM or sublingual)</td><td>$750</td></tr>
<tr><td>Integration session (50 min)</td><td>$180</td></tr>
<tr><td>Package: 3 dosing + 3 integration</td><td>$2,600</td></tr>
</table>
<p>A limited number of sliding-scale spots are available. We do not prescribe ketamine for use at home.</p>
<p><a class="btn" href="/book">Book a free 15-minute call</a></p>
</main>
""")

p("h2727", "https://www.search.example/results?q=ketamine+infusion+near+me", "clinic", False, "en", "clinic-search-snippet-one-line",
  "Ketamine infusions – Summit Wellness Infusions", """
<div class="result"><a href="https://summitinfusions.example">summitinfusions.example</a><h3>IV Ketamine Infusions in Denver | Summit Wellness Infusions</h3><p>IV ketamine infusions from $450 per session, administered by board-certified anesthesiologists. Same-week appointments – book online today.</p></div>
""")

p("h2728", "https://www.clinicaaurora.example.es/infusiones-ketamina", "clinic", False, "es", "clinic-es-prices-booking",
  "Infusiones de ketamina en Madrid | Clínica Aurora", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/infusiones-ketamina">Ketamina</a> <a href="/equipo">Equipo médico</a> <a href="/reservar">Reservar cita</a></nav></header>
<main>
<h1>Infusiones de ketamina para la depresión resistente</h1>
<p>En Clínica Aurora administramos ketamina por vía intravenosa en un entorno hospitalario, con monitorización continua y un anestesiólogo presente durante toda la sesión. El tratamiento se indica tras una valoración psiquiátrica presencial.</p>
<h2>Precios</h2>
<ul>
  <li>Primera consulta psiquiátrica: 120 €</li>
  <li>Sesión de infusión (40 minutos + 1 hora de observación): 390 €</li>
  <li>Ciclo inicial de 6 sesiones: 2.100 €</li>
</ul>
<p>Puede reservar su primera consulta online. Después de cada sesión no debe conducir: venga acompañado.</p>
<p>Nuestro equipo: Dra. Marta Olivares (psiquiatría), Dr. Andrés Pizarro (anestesiología).</p>
</main>
<footer>Clínica Aurora · Calle de Serrano 000, Madrid · Centro sanitario autorizado por la Comunidad de Madrid</footer>
""", noise="cookie-es")

p("h2729", "https://www.chu-exemple.example.fr/psychiatrie/esketamine-hopital-de-jour", "clinic", False, "fr", "hospital-day-unit-fr",
  "Esketamine en hôpital de jour – Pôle de psychiatrie | CHU", """
<header><a href="/">CHU de Valmont</a> <nav><a href="/soins">Soins et spécialités</a> <a href="/psychiatrie">Psychiatrie</a> <a href="/patients">Patients et visiteurs</a></nav></header>
<main>
<h1>Traitement par esketamine en hôpital de jour</h1>
<p>L'unité de psychiatrie ambulatoire propose le traitement par esketamine (Spravato) aux adultes souffrant de dépression résistante, sur adressage de leur psychiatre traitant.</p>
<p>Le spray nasal est administré sur place, sous la surveillance d'une infirmière, suivie d'une période d'observation d'au moins deux heures (tension artérielle, vigilance). Le médicament n'est jamais remis au patient pour un usage à domicile.</p>
<p>Prise de rendez-vous : secrétariat du pôle de psychiatrie, du lundi au vendredi de 9 h à 16 h 30. Le traitement est pris en charge par l'Assurance maladie.</p>
</main>
<footer>CHU de Valmont · Plan d'accès · Mentions légales</footer>
""", noise="cookie-fr")

p("h2730", "https://www.ambulatoriolumen.example.it/ketamina", "clinic", False, "it", "clinic-it-packages",
  "Terapia con ketamina – Ambulatorio Lumen, Milano", """
<header><a href="/">Ambulatorio Lumen</a> <nav><a href="/servizi">Servizi</a> <a href="/ketamina">Ketamina</a> <a href="/prenota">Prenota online</a></nav></header>
<main>
<h1>Infusioni di ketamina per la depressione resistente</h1>
<p>Presso il nostro ambulatorio, autorizzato dalla Regione Lombardia, la ketamina viene somministrata per infusione endovenosa sotto controllo medico, dopo una visita psichiatrica.</p>
<p>Visita iniziale 150 €; singola infusione 380 €; pacchetto di 6 infusioni 2.050 €. Prenota online la prima visita: dopo la seduta è necessario un accompagnatore.</p>
</main>
<footer>Ambulatorio Lumen · Direttore sanitario Dott.ssa Elena Rinaldi</footer>
""")

p("h2731", "https://www.praxis-am-stadtpark.example.de/ketamin", "clinic", False, "de", "practice-de-selbstzahler-prices",
  "Ketamin-Infusionen – Praxis am Stadtpark, Hamburg", """
<header><a href="/">Praxis am Stadtpark</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ketamin">Ketamin-Therapie</a> <a href="/termin">Online-Termin</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin-Infusionstherapie bei Depressionen</h1>
<p>In unserer psychiatrischen Praxis bieten wir Infusionen mit Ketamin bzw. Esketamin für Patientinnen und Patienten mit therapieresistenter Depression an. Die Behandlung findet ausschließlich in unseren Räumen statt, mit Monitoring von Blutdruck, Puls und Sauerstoffsättigung.</p>
<h2>Kosten für Selbstzahler</h2>
<ul><li>Vorgespräch und Indikationsstellung: 160 €</li><li>Infusion inkl. Nachbeobachtung: 320 €</li><li>Serie von 6 Infusionen: 1.800 €</li></ul>
<p>Termine können Sie bequem online buchen. Bitte kommen Sie nicht mit dem eigenen Auto.</p>
</main>
<footer>Praxis am Stadtpark · Dr. med. Jonas Behrendt · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational (9)

p("h2732", "https://www.metrodaily.example/news/2026/11/telegram-ketamine-ring-charged", "informational", False, "en", "news-telegram-ring",
  "Six charged over Telegram ketamine ring that sold 'crystal' and vet vials | Metro Daily", """
<header><a href="/">Metro Daily</a> <nav><a href="/news">News</a> <a href="/crime">Crime</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Six charged over Telegram ketamine ring that sold 'crystal' and vet vials</h1>
<p class="byline">By Aisha Grant, Crime Reporter · 21 November 2026</p>
<p>Six people have been charged after police dismantled what detectives called a "slick, app-based" operation selling ketamine across the city through a Telegram channel with more than 4,000 subscribers.</p>
<p>Officers said the group posted a daily "menu" offering "crystal" at £20 a gram and £150 for ten grams, alongside veterinary ketamine vials stolen or diverted from animal practices. Buyers paid by bank transfer or cryptocurrency and collected parcels from lockers or had them delivered by couriers on e-bikes.</p>
<p>Raids on three addresses uncovered around 3.2 kg of ketamine, 140 vials, vacuum-sealing machines, scales and £38,000 in cash. Detective Inspector Mark Howell said: "They dressed it up as a professional service with reviews and a loyalty scheme, but it was drug dealing, plain and simple."</p>
<p>Ketamine is a Class B drug in the UK. All six are due to appear at Crown Court next month.</p>
<p>The charity DrugWise said ketamine use among young adults remained high and warned of bladder damage from heavy use.</p>
</article>
<aside><h3>Most read</h3><ul><li>Council approves new tram line</li><li>Winter flu jabs: where to go</li></ul></aside>
""")

p("h2733", "https://judgments.example/2026/ewca-crim-ketamine-importation-sentence.txt", "informational", False, "en", "court-judgment-plain-text",
  "R v Hollis and Tran – sentencing remarks", """
IN THE CROWN COURT AT MANCHESTER
R v DANIEL HOLLIS and MINH TRAN
SENTENCING REMARKS OF HER HONOUR JUDGE OKAFOR
14 October 2026

1. You have each pleaded guilty to being concerned in the fraudulent
evasion of the prohibition on the importation of a Class B drug, namely
ketamine, and to conspiracy to supply it.

2. Between March and November 2025 you imported at least 41 kilograms of
ketamine from India in parcels declared as "textile dye" and "cosmetic
powder". Border Force officers intercepted two of those parcels.

3. The ketamine was sold as "crystal" through a Telegram channel operated by
Mr Tran under the name "K-Express", at prices between GBP 18 and GBP 25 per
gram, with discounts for purchases of 100 grams or more. Payment was taken
in cryptocurrency and through bank accounts opened by third parties.

4. The channel advertised "stealth shipping" and "24/7 support" and
described its product as "lab tested". There was no evidence of any testing.

5. Mr Hollis, you played a leading role. Mr Tran, you played a significant
role. Taking account of your pleas, Mr Hollis, the sentence is 8 years'
imprisonment; Mr Tran, 5 years and 4 months.

6. Forfeiture and destruction orders are made in respect of the drugs and
the equipment seized.
""", ext="txt")

p("h2734", "https://www.riverbendrx.example/compounding/ketamine", "informational", False, "en", "licensed-compounding-pharmacy-rx-required",
  "Compounded Ketamine – Prescription Required | Riverbend Compounding Pharmacy", """
<header><a href="/">Riverbend Compounding Pharmacy</a> <nav><a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/compounding">Compounding</a> <a href="/transfer">Transfer a Prescription</a></nav></header>
<main>
<h1>Compounded ketamine troches, RDTs and nasal spray</h1>
<p>Riverbend is a 503A compounding pharmacy licensed by the Colorado State Board of Pharmacy and registered with the DEA. We compound ketamine dosage forms, including troches, rapid-dissolve tablets and nasal spray, <b>only on a valid prescription</b> from a licensed practitioner who has an established relationship with the patient.</p>
<h2>For patients</h2>
<ul>
  <li>We cannot sell ketamine without a prescription, and we do not accept online questionnaires in place of one.</li>
  <li>We dispense to patients in states where we hold a non-resident pharmacy licence; a list is available on request.</li>
  <li>Orders ship by overnight courier with adult signature required. We do not ship internationally.</li>
  <li>Cash prices typically range from $45 to $120 per fill depending on strength and quantity.</li>
</ul>
<h2>For prescribers</h2>
<p>Send prescriptions via EPCS or fax our prescriber line. Our pharmacists can discuss strengths, flavouring and dosage forms for your patients.</p>
<p class="warn">Beware of websites claiming to be compounding pharmacies that sell ketamine without a prescription. You can verify any pharmacy's licence with your state board of pharmacy.</p>
</main>
<footer>Riverbend Compounding Pharmacy · PIC: Janelle Moore, PharmD · Licence No. PDO.0000000 · DEA registered</footer>
""")

p("h2735", "https://www.consumerwatch.example/scams/ketamine-online-seller-tricks", "informational", False, "en", "scam-warning-seller-tricks",
  "Buying ketamine online? 9 tricks fake sellers use | ConsumerWatch", """
<header><a href="/">ConsumerWatch</a> <nav><a href="/scams">Scams</a> <a href="/health">Health</a> <a href="/money">Money</a> <a href="/report">Report a scam</a></nav></header>
<article>
<h1>Buying ketamine online? 9 tricks fake sellers use</h1>
<p class="meta">By Rob Whitfield · 2 December 2026</p>
<p>Reports to our scam line about ketamine websites have tripled this year. Many victims were looking for treatment for depression and thought they had found a clinic or pharmacy. Here are the tricks we see again and again.</p>
<ol>
  <li><b>The "2-minute approval".</b> A short questionnaire that everyone passes, with no named doctor. Real providers tell you who will evaluate you and sometimes say no.</li>
  <li><b>Borrowed legitimacy.</b> Names like "online clinic", "compounding lab" or "vet supply", with stock photos of white coats.</li>
  <li><b>"Not for human consumption".</b> A label meant to dodge the law while selling the same crystal by the gram.</li>
  <li><b>Fake certificates.</b> COAs and "FDA registered" badges that nobody can verify.</li>
  <li><b>Strange payment methods.</b> Bitcoin, gift cards, Zelle, Western Union — none of which you can get back.</li>
  <li><b>Moving to Telegram or WhatsApp.</b> Once the chat moves off the website, there is no trail.</li>
  <li><b>"Stealth shipping" and reship guarantees.</b> An admission that the parcel is expected to be seized.</li>
  <li><b>Customs fees after payment.</b> Victims are asked for extra money for "insurance" or "clearance".</li>
  <li><b>Spravato "for home use".</b> Esketamine nasal spray is only given in certified treatment centres.</li>
</ol>
<p>If you have paid, contact your bank immediately and report the site. If you need help with depression, talk to your doctor or call 988.</p>
</article>
<footer>ConsumerWatch is an independent non-profit. <a href="/about">About</a> · <a href="/newsletter">Newsletter</a></footer>
""", noise="cookie")

p("h2736", "https://www.stillwaterrecovery.example/ketamine-addiction-treatment", "informational", False, "en", "addiction-rehab-ketamine",
  "Ketamine Addiction Treatment | Stillwater Recovery Center", """
<header><a href="/">Stillwater Recovery</a> <nav><a href="/programs">Programs</a> <a href="/insurance">Verify Insurance</a> <a href="/admissions">Admissions</a></nav> <a class="phone" href="tel:+18005550177">Call 24/7: (800) 555-0177</a></header>
<main>
<h1>Ketamine addiction treatment</h1>
<p>Ketamine, often called "K", "special K" or "kit kat", is sold illegally as a white crystal or powder and is increasingly used at parties and alone. Regular use can lead to tolerance, cravings, and serious damage to the bladder and kidneys ("ketamine bladder").</p>
<h2>Signs of a problem</h2>
<ul><li>Using more to get the same effect</li><li>Abdominal pain ("K-cramps") and frequent, painful urination</li><li>Memory problems and withdrawal from friends</li></ul>
<h2>Our programme</h2>
<p>Medically supervised detox, 30–90 day residential care, intensive outpatient programme, and urology referrals. Most major insurance plans accepted.</p>
<p><a class="btn" href="/insurance">Verify your insurance in 2 minutes</a></p>
</main>
""")

p("h2737", "https://www.aduanas-noticias.example.es/notas/2026/incautacion-ketamina-paqueteria", "informational", False, "es", "customs-seizure-note-es",
  "La Aduana intercepta 18 kilos de ketamina ocultos en envíos de paquetería", """
<main>
<h1>La Aduana intercepta 18 kilos de ketamina ocultos en envíos de paquetería</h1>
<p class="fecha">Madrid, 19 de noviembre de 2026</p>
<p>Funcionarios de Vigilancia Aduanera han interceptado en el centro de paquetería del aeropuerto 18 kilos de ketamina en forma de cristal, distribuidos en 46 envíos procedentes de Asia y declarados como "sales de baño" y "pigmentos".</p>
<p>Además, se hallaron 320 viales de ketamina de uso veterinario ocultos en cajas de juguetes. Según la investigación, la sustancia se vendía después a través de canales de Telegram a unos 30 euros el gramo, con envíos "discretos" a toda España y pago en criptomonedas.</p>
<p>La operación ha permitido detener a tres personas en Valencia y Alicante. La ketamina está sometida a control como sustancia psicotrópica.</p>
</main>
""")

p("h2738", "https://www.analyse-produits.example.fr/fiches/ketamine", "informational", False, "fr", "drug-checking-fr",
  "Kétamine : faire analyser son produit – Réduction des risques", """
<header><a href="/">Analyse de produits RdR</a> <nav><a href="/resultats">Derniers résultats</a> <a href="/ou-deposer">Où déposer un échantillon</a> <a href="/fiches">Fiches produits</a></nav></header>
<main>
<h1>Kétamine : ce que révèlent les analyses</h1>
<p>La kétamine circule surtout sous forme de cristaux ou de poudre blanche, parfois en liquide (flacons vétérinaires détournés). Les vendeurs sur Telegram ou Snapchat annoncent souvent « cristal pur » à 30–40 € le gramme, mais nos analyses montrent régulièrement autre chose.</p>
<h2>Résultats des 12 derniers mois</h2>
<ul>
  <li>71 % des échantillons vendus comme kétamine contenaient uniquement de la kétamine</li>
  <li>14 % contenaient du 2-FDCK ou une autre arylcyclohexylamine</li>
  <li>9 % étaient coupés (caféine, MDMA, paracétamol)</li>
  <li>6 % ne contenaient pas de kétamine</li>
</ul>
<h2>Faire analyser, gratuitement et anonymement</h2>
<p>Déposez un échantillon (10 mg suffisent) dans l'un de nos points partenaires : CAARUD, CSAPA, associations. Le résultat est disponible sous 10 jours. Nous ne vendons aucun produit et ne donnons aucun contact de vendeur.</p>
<h2>Conseils de réduction des risques</h2>
<p>Commencez par une petite quantité, ne consommez pas seul·e, évitez les mélanges avec l'alcool ou les opioïdes, et restez assis·e dans un lieu sûr.</p>
</main>
<footer>Programme de réduction des risques soutenu par l'Agence régionale de santé</footer>
""", noise="cookie-fr")

p("h2739", "https://www.drugscheck-nl.example/waarschuwingen/2026-11-nepketamine", "informational", False, "nl", "drug-checking-warning-nl",
  "Waarschuwing: 'ketamine' blijkt 2-FDCK | Drugs Check", """
<main>
<h1>Waarschuwing: als ketamine verkochte kristallen blijken 2-FDCK</h1>
<p class="datum">27 november 2026</p>
<p>Bij de testservice zijn de afgelopen weken zes monsters binnengekomen die als ketamine waren gekocht, maar 2-FDCK (fluorexetamine) bleken te bevatten. De monsters zagen eruit als lange, doorzichtige naaldvormige kristallen en werden via Telegram en een webshop verkocht voor 25 tot 35 euro per gram.</p>
<p>2-FDCK werkt langer dan ketamine en de effecten zijn moeilijker in te schatten. Heb je ketamine gekocht? Laat het anoniem testen bij een testlocatie bij jou in de buurt en gebruik nooit alleen.</p>
</main>
""")

p("h2740", "https://www.policia-noticias.example.pt/operacao-cristal", "informational", False, "pt", "police-report-pt",
  "Operação Cristal: PJ desmantela rede de venda de cetamina pela internet", """
<main>
<h1>Operação "Cristal": desmantelada rede de venda de cetamina pela internet</h1>
<p class="data">Lisboa, 3 de dezembro de 2026</p>
<p>A Polícia Judiciária deteve quatro suspeitos de integrarem uma rede que vendia cetamina através de um site que se apresentava como "clínica de bem-estar online" e de contas no WhatsApp. Os compradores preenchiam um questionário de dois minutos e recebiam em casa frascos e cristal, pagos em criptomoedas.</p>
<p>Foram apreendidos 4,6 kg de cetamina, 210 frascos, balanças de precisão e cerca de 60 mil euros. Segundo a PJ, o grama era vendido a 35 euros. Os detidos vão ser presentes a tribunal para aplicação de medidas de coação.</p>
<p>A PJ alerta que a cetamina só pode ser utilizada em contexto médico e que sites que a vendem sem receita são ilegais.</p>
</main>
""", noise="cookie-pt")

save(OUT, R)
