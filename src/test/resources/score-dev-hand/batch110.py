# Batch 110 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Sellers as they really look in late 2026, and the honest pages they are mistaken for".
# Sellers of every kind: research-chemical storefront product and category pages (2F-DCK, DCK, FXE,
# O-PCE, MXE under their own names), social-media bio and Telegram channel posts, marketplace and
# classified listings, a vendor thread on a forum, a doorway/affiliate "where to buy" article, a
# pseudo-telehealth service with questionnaire-only approval, a pseudo-clinic, a pseudo-pharmacy
# checkout, a veterinary ketamine shop selling to anyone, seller shipping and FAQ pages and a bot-check
# wall decided by its URL. Protected pages sharing their features: telehealth membership checkout,
# promo codes, shipping of prescribed medication, a telehealth social bio, clinic package shop with
# cart and gift cards, billing portal, WhatsApp booking; news quoting vendors and street prices,
# a regulator warning, drug checking, a user forum thread about a scam shop, a law firm, an insurer,
# a directory and a job post.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: about a third long pages (1,000+ words, menus, cookie banners, sidebars, footers), a third
# medium pages, a third short snippets or plain text (bios, channel posts, classifieds, price lines).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch110.py (writes batch110/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch110")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h11001", "https://synthra-labs.example/product/2f-dck-pellets-50mg", "seller", True, "en",
  "research-chemical-product-page-analogue-pellets", "2F-DCK Pellets 50 mg | Synthra Labs – Research Chemicals EU", """
<header class="masthead">
<div class="announce">&#9889; Winter drop is live: O-PCE and FXE back in stock &middot; Orders before 14:00 CET ship same day &middot; 18% off with Monero</div>
<a class="brand" href="/">SYNTHRA<span>LABS</span></a>
<form class="search" action="/search"><input name="q" placeholder="Search 240+ reference compounds"></form>
<nav class="main">
<a href="/category/dissociatives">Dissociatives</a>
<a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a>
<a href="/category/benzofurans">Benzofurans</a>
<a href="/category/tryptamines">Tryptamines</a>
<a href="/category/pellets">Pellets &amp; Blotters</a>
<a href="/category/bulk">Bulk (10 g+)</a>
<a href="/lab-reports">Lab Reports</a>
<a href="/account">My account</a>
<a href="/cart" class="cart">Basket (0) &euro;0.00</a>
</nav>
</header>

<main class="product-page">
<p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/category/dissociatives">Dissociatives</a> &rsaquo; 2F-DCK Pellets 50 mg</p>

<section class="product-top">
<div class="gallery">
<img src="/media/2fdck-pellets-blister.webp" alt="Blister strip of ten white scored pellets">
<img src="/media/2fdck-coa-thumb.webp" alt="Certificate of analysis thumbnail">
</div>
<div class="buybox">
<h1>2F-DCK Pellets 50 mg</h1>
<p class="sku">SKU: SL-DIS-2FDCK-P50 &middot; Batch #2611-B &middot; Purity 99.4% (HPLC)</p>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 &middot; <a href="#reviews">318 reviews</a></p>
<p class="lead">2-Fluorodeschloroketamine, pressed into scored 50 mg pellets for accurate handling. Pressed in-house with microcrystalline cellulose as the only binder, each pellet can be halved cleanly along the score line.</p>
<table class="tiers">
<tr><th>Pack</th><th>Price</th><th>Per pellet</th></tr>
<tr><td>10 pellets</td><td>&euro;34.90</td><td>&euro;3.49</td></tr>
<tr><td>25 pellets</td><td>&euro;74.90</td><td>&euro;3.00</td></tr>
<tr><td>50 pellets</td><td>&euro;129.00</td><td>&euro;2.58</td></tr>
<tr><td>100 pellets</td><td>&euro;219.00</td><td>&euro;2.19</td></tr>
</table>
<form class="add-to-basket" action="/basket/add" method="post">
<label>Pack size <select name="variant"><option>10 pellets</option><option>25 pellets</option><option selected>50 pellets</option><option>100 pellets</option></select></label>
<label>Qty <input type="number" name="qty" value="1" min="1"></label>
<button type="submit">Add to basket</button>
</form>
<ul class="trust">
<li>&#10003; Dispatched from within the EU in vacuum-sealed, odour-proof packaging</li>
<li>&#10003; Free reship if your parcel is seized or lost (see <a href="/shipping">shipping policy</a>)</li>
<li>&#10003; Pay by BTC, XMR, LTC, SEPA instant or voucher</li>
<li>&#10003; Tracked shipping to DE, AT, NL, BE, FR, ES, IT, PT, PL, CZ, SE, DK, FI, IE</li>
</ul>
<p class="warn"><strong>For laboratory research use only.</strong> Not for human consumption. Not a medicine, food or cosmetic. Purchasers must be 18+ and agree to our research terms.</p>
</div>
</section>

<section class="tabs">
<h2>Description</h2>
<p>2F-DCK (2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one) is an arylcyclohexylamine of the same structural family as ketamine, in which the chlorine atom of the phenyl ring is replaced by fluorine. It first appeared on the European market around 2016 and has since become one of the most requested reference materials in our dissociative range. Researchers frequently compare it with ketamine and deschloroketamine in receptor-binding studies.</p>
<p>Our pellets are manufactured from the same lot of crystalline hydrochloride we sell in our <a href="/product/2f-dck-hcl-crystal">bulk crystal listing</a>. Every lot is sent to an independent laboratory before release, and the full report is available under the Lab Reports tab. We do not sell mixed or "cut" product. If a batch fails our internal identity test we do not release it, even if that means an item goes out of stock for several weeks.</p>
<p>Pellets are a popular alternative to powder for customers who do not own a milligram scale. Each blister card carries ten pellets, the batch code and the date of pressing. Store the card in a cool, dry, dark place; the material is hygroscopic once exposed to air.</p>

<h2>Specifications</h2>
<table class="spec">
<tr><td>IUPAC name</td><td>2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride</td></tr>
<tr><td>Other names</td><td>2-FDCK, 2-Fl-2'-Oxo-PCM, fluoroketamine</td></tr>
<tr><td>Molecular formula</td><td>C13H16FNO &middot; HCl</td></tr>
<tr><td>Molar mass</td><td>257.7 g/mol (salt)</td></tr>
<tr><td>Form</td><td>White pressed pellet, scored, 7 mm</td></tr>
<tr><td>Active per pellet</td><td>50 mg &plusmn; 2%</td></tr>
<tr><td>Excipients</td><td>Microcrystalline cellulose, magnesium stearate</td></tr>
<tr><td>Shelf life</td><td>24 months sealed</td></tr>
</table>

<h2>Lab Reports</h2>
<p>Batch 2611-B was analysed by HPLC-UV and GC-MS. Identity confirmed against a certified reference standard, no ketamine, no deschloroketamine, no 2-oxo-PCE detected above 0.1%. Download: <a href="/lab/2611-B.pdf">2611-B.pdf</a> (412 kB). Older batches: <a href="/lab/2607-A.pdf">2607-A</a>, <a href="/lab/2603-C.pdf">2603-C</a>.</p>

<h2>Frequently asked</h2>
<dl>
<dt>Is 2F-DCK legal in my country?</dt>
<dd>Legislation changes quickly. 2F-DCK is controlled in several EU states. It is the buyer's responsibility to check local law before ordering. We do not ship to the United Kingdom, Sweden (from 1 January 2027), Switzerland or any non-EU country.</dd>
<dt>How is the parcel packed?</dt>
<dd>Pellets travel in a vacuum-sealed, light-proof bag inside a padded envelope or a small box disguised as a cosmetics sample. The sender name is a neutral trading name; nothing on the outside refers to chemicals or to Synthra.</dd>
<dt>Can I pay by card?</dt>
<dd>Card payments are not accepted. Choose crypto for the largest discount, or pay by SEPA instant transfer to the account shown after checkout. Paysafecard vouchers are accepted for orders up to &euro;250.</dd>
<dt>Do you offer dosage advice?</dt>
<dd>No. Our products are sold strictly as reference materials and our support team will close any ticket asking about consumption. Please read our <a href="/terms">research terms</a>.</dd>
<dt>My order was stuck at customs. What now?</dt>
<dd>Send us the tracking number from the account area. If the parcel has not moved for 15 working days, or a customs letter arrives, we reship once free of charge. A second reship is charged at 50%.</dd>
</dl>
</section>

<section id="reviews" class="reviews">
<h2>Customer reviews (318)</h2>
<article><p class="who">m***a &middot; verified purchase &middot; 21 Nov 2026</p><p>&#9733;&#9733;&#9733;&#9733;&#9733; Third order. Arrived in Berlin in 2 days, packaging perfect, pellets break cleanly. Same quality as the crystal.</p></article>
<article><p class="who">tobi_k &middot; verified purchase &middot; 14 Nov 2026</p><p>&#9733;&#9733;&#9733;&#9733;&#9734; Good product, took 6 days to Lisbon. Support answered the tracking question within an hour via the ticket system.</p></article>
<article><p class="who">anon_7731 &middot; verified purchase &middot; 2 Nov 2026</p><p>&#9733;&#9733;&#9733;&#9734;&#9734; Pellets fine, but the first parcel was lost. Reship came 9 days later, so they keep their word, just slow.</p></article>
<article><p class="who">v***n &middot; verified purchase &middot; 27 Oct 2026</p><p>&#9733;&#9733;&#9733;&#9733;&#9733; Much easier than weighing crystal. Would love a 25 mg version.</p></article>
<article><p class="who">r***o &middot; verified purchase &middot; 19 Oct 2026</p><p>&#9733;&#9733;&#9733;&#9733;&#9733; Paid with XMR, the discount made it cheaper than my old vendor even with shipping. Box looked like a cosmetics sample, nobody at home noticed anything.</p></article>
<article><p class="who">lab_guy_at &middot; verified purchase &middot; 8 Oct 2026</p><p>&#9733;&#9733;&#9733;&#9733;&#9734; Sent one pellet to a drug-checking service in Vienna out of curiosity: 2F-DCK only, as labelled. Minus one star because the blister foil tears too easily.</p></article>
<p><a href="/product/2f-dck-pellets-50mg/reviews?page=2">Load more reviews</a></p>
</section>

<section class="related">
<h2>Customers also bought</h2>
<ul>
<li><a href="/product/dck-hcl-crystal">Deschloroketamine (DCK) HCl &ndash; crystal, from &euro;19.90/g</a></li>
<li><a href="/product/o-pce-pellets-10mg">O-PCE Pellets 10 mg &ndash; from &euro;29.90</a></li>
<li><a href="/product/fxe-hcl-powder">Fluorexetamine (FXE) HCl &ndash; powder, from &euro;24.90/g</a></li>
<li><a href="/product/2f-dck-hcl-crystal">2F-DCK HCl &ndash; crystal, from &euro;17.50/g</a></li>
<li><a href="/product/milligram-scale-0001">Milligram scale 0.001 g &ndash; &euro;39.00</a></li>
<li><a href="/product/reagent-kit-mandelin">Mandelin reagent test kit &ndash; &euro;12.50</a></li>
</ul>
</section>
</main>

<aside class="newsletter">
<h3>Restock alerts</h3>
<p>Join 14,000 researchers on our Telegram channel for restocks, coupon codes and batch reports: <a href="https://t.me/synthra_restock">t.me/synthra_restock</a>. Prefer email? Leave a ProtonMail or Tutanota address below.</p>
<form><input type="email" placeholder="you@proton.me"><button>Notify me</button></form>
</aside>

<footer class="site-footer">
<div class="cols">
<div><h4>Shop</h4><a href="/category/new">New arrivals</a> <a href="/category/bulk">Bulk pricing</a> <a href="/wholesale">Wholesale / resellers</a> <a href="/gift-vouchers">Gift vouchers</a></div>
<div><h4>Help</h4><a href="/shipping">Shipping &amp; reship policy</a> <a href="/payment">Payment methods</a> <a href="/faq">FAQ</a> <a href="/contact">Support ticket</a></div>
<div><h4>Legal</h4><a href="/terms">Research terms</a> <a href="/privacy">Privacy</a> <a href="/imprint">Imprint</a></div>
</div>
<p class="small">All products offered by Synthra Labs are intended for in-vitro laboratory research and forensic reference only. They are not intended for human or veterinary use. By placing an order you confirm you are a qualified researcher aged 18 or over. &copy; 2026 Synthra Labs. Prices include VAT where applicable.</p>
<p class="pay-icons">BTC &middot; XMR &middot; LTC &middot; USDT (TRC-20) &middot; SEPA Instant &middot; paysafecard</p>
</footer>
""", noise="cookie")

p("h11002", "https://social-platform.example/@kandy.kloud.eu", "seller", True, "en",
  "social-bio-plus-post-captions-plain-text", "kandy.kloud (@kandy.kloud.eu)", """
kandy.kloud ✨ @kandy.kloud.eu
🦄 sweets for the k-hole crew 🦄 | EU ➡️ EU next day | UK via reship 🇬🇧
🍬 shards • crystal • 💧 nasal bottles (the blue ones) when in stock
📌 menu pinned ⬆️ | order tg: @kandykloud_menu | backup: @kandykloud2
❌ no rx ❌ no questions ✅ stealth ✅ reship if lost
💰 btc / ltc / xmr / revolut (ask first)
18+ only. not selling sweets lol 🍭

Pinned post · 3 Dec 2026
NEW MENU 🎄 K shards 5g 95 / 10g 170 / 28g 390 🇪🇺 • esk nasal 56mg 2-pack 180 • 2fdck 5g 60 • DM "XMAS" for 10% • weekend drops only in the tg 🔒

Post · 29 Nov 2026
ppl asking again: YES we ship to NL BE DE FR 🚚 2-3 days tracked 📦 nothing on the box. lost = reship. scammers using my pics, the ONLY tg is @kandykloud_menu ‼️

Post · 18 Nov 2026
restocked 💎 the shiny shards everybody wanted. tested ✅ (pic of reagent 😇)
""", ext="txt")

p("h11003", "https://calmwave-health.example/ketamine-at-home", "seller", True, "en",
  "pseudo-telehealth-questionnaire-only-landing", "At-Home Ketamine in 24 Hours – No Video Call Needed | CalmWave Health", """
<header>
<div class="promo-strip">Holiday offer: first month of at-home ketamine for $149 &middot; Use code JOY26 &middot; Ends Dec 31</div>
<a class="logo" href="/">CalmWave<sup>&reg;</sup> Health</a>
<nav>
<a href="/ketamine-at-home">At-home ketamine</a>
<a href="/esketamine-spray">Esketamine spray</a>
<a href="/how-it-works">How it works</a>
<a href="/pricing">Pricing</a>
<a href="/our-doctors">Our doctors</a>
<a href="/reviews">Reviews</a>
<a href="/start" class="btn">Start my assessment</a>
</nav>
</header>

<main>
<section class="hero">
<h1>Feel like yourself again. Ketamine delivered to your door &ndash; in as little as 24 hours.</h1>
<p>Depression, anxiety, burnout, PTSD, chronic pain &ndash; CalmWave makes ketamine treatment as easy as ordering dinner. Fill out a 4-minute health form, get approved by one of our partner physicians, and your first kit ships the same day. No waiting lists. No awkward video calls. No referral from your doctor.</p>
<a class="btn big" href="/start">Check if I qualify &rarr;</a>
<p class="micro">98% of applicants approved &middot; Ships to all 50 states and 30+ countries &middot; Discreet packaging</p>
</section>

<section class="logos">
<p>As seen in</p>
<span>Wellness Weekly</span> <span>The Modern Mind</span> <span>BioHack Daily</span> <span>Startup Health Review</span>
</section>

<section class="how">
<h2>How CalmWave works</h2>
<ol>
<li><h3>1. Complete your online assessment</h3><p>Answer a short questionnaire about your mood, sleep and goals. It takes about four minutes and you can do it on your phone. There is no need to upload medical records.</p></li>
<li><h3>2. Get approved &ndash; usually within 15 minutes</h3><p>A CalmWave partner physician reviews your answers asynchronously. There is no video appointment and no phone call: if your answers qualify, your treatment plan is approved automatically and you'll receive a confirmation email straight away.</p></li>
<li><h3>3. Your kit ships today</h3><p>Your ketamine kit is packed the same day and shipped in a plain box with no branding. Choose sublingual tablets (troches), our oral solution, or our esketamine nasal spray. Tracking arrives by text message.</p></li>
<li><h3>4. Start your journey</h3><p>Follow the guided audio sessions in the CalmWave app. Need more? Refills are one click away and never require another assessment.</p></li>
</ol>
</section>

<section class="products">
<h2>Choose your treatment</h2>
<div class="card">
<h3>Ketamine Troches</h3>
<p>Rapid-dissolve sublingual tablets in 100 mg, 200 mg and 300 mg strengths. Mint or berry flavour.</p>
<p class="price">From $149 first month, then $229/month for 8 troches</p>
<a class="btn" href="/start?product=troches">Get started</a>
</div>
<div class="card">
<h3>Ketamine Oral Solution</h3>
<p>A pre-measured liquid in a dosing bottle with an oral syringe. Great for people who dislike the taste of troches.</p>
<p class="price">$199 for a 30 ml bottle</p>
<a class="btn" href="/start?product=solution">Get started</a>
</div>
<div class="card featured">
<h3>Esketamine Nasal Spray <span class="tag">Popular</span></h3>
<p>The same active ingredient as the brand-name spray, without the two-hour clinic visit. Use it from your sofa.</p>
<p class="price">$399 for 2 devices (56 mg)</p>
<a class="btn" href="/start?product=esketamine">Get started</a>
</div>
<p class="note">Pay by card, Apple Pay, or crypto (BTC, ETH, USDC) &ndash; crypto orders get 20% off and are processed through our international pharmacy partner for faster approval.</p>
</section>

<section class="compare">
<h2>CalmWave vs. a ketamine clinic</h2>
<table>
<tr><th></th><th>CalmWave</th><th>Typical clinic</th></tr>
<tr><td>Time to first treatment</td><td>24&ndash;48 hours</td><td>2&ndash;6 weeks</td></tr>
<tr><td>Video or in-person evaluation</td><td>Not needed</td><td>Required</td></tr>
<tr><td>Cost per session</td><td>from $28</td><td>$400&ndash;$800</td></tr>
<tr><td>Need a chaperone?</td><td>Optional</td><td>Yes</td></tr>
<tr><td>Refills</td><td>One click, no re-evaluation</td><td>New appointment</td></tr>
</table>
</section>

<section class="doctors">
<h2>Our physician network</h2>
<p>CalmWave works with a network of independent, board-certified physicians who review assessments around the clock. To protect their privacy, our physicians are not named on the website. Your approving physician's initials appear on your treatment plan.</p>
<img src="/img/doctors-stock-group.jpg" alt="Smiling doctors in white coats">
</section>

<section class="testimonials">
<h2>Real members, real results</h2>
<blockquote>"I filled out the form on my lunch break and had my troches on Thursday. Nobody made me explain my life story on camera." &ndash; Jess, Austin TX</blockquote>
<blockquote>"I'd been on a clinic waitlist for two months. CalmWave approved me the same evening." &ndash; Dan R., Manchester UK</blockquote>
<blockquote>"The esketamine spray at home is a game changer. I just order more when I run low." &ndash; Priya, Toronto</blockquote>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<details><summary>Do I need a prescription from my own doctor?</summary><p>No. Your CalmWave partner physician writes the prescription based on your online answers, so you don't need to involve your GP, psychiatrist or therapist.</p></details>
<details><summary>What if I'm not sure how to answer a question?</summary><p>Answer as best you can. If something gets flagged, our support team will email you the answers that usually qualify so you can resubmit.</p></details>
<details><summary>Do you ship outside the US?</summary><p>Yes. International orders ship from our partner pharmacy abroad in discreet packaging and are not declared as medication. If a package is held by customs we resend it once at no cost.</p></details>
<details><summary>Is this covered by insurance?</summary><p>We don't work with insurance. Most members pay with card or crypto. HSA/FSA cards may work depending on your plan.</p></details>
<details><summary>Is there any monitoring?</summary><p>Members complete a two-question check-in in the app each month. If you skip it, your refills continue as normal.</p></details>
<details><summary>Can I order for a partner or friend?</summary><p>Each account is for one person, but you can add a second shipping address and gift a kit using our referral link &ndash; you both get $50 credit.</p></details>
</section>

<section class="pricing-explained">
<h2>Simple, transparent pricing</h2>
<p>There are no consultation fees and no hidden "monitoring" charges. You pay for your kit, and the physician review is included. Subscribe and save: members on auto-refill get every fourth kit at half price, and you can skip, pause or change your strength from the app whenever you like. Want a bigger supply? Choose our 90-day bundle and we'll ship three months of troches in one discreet parcel, so you don't have to wait for deliveries.</p>
<p>Crypto payments are processed through our international partner and qualify for a 20% discount on every order, including refills. Card payments appear on your statement as "CW Wellness Services."</p>
<h2>Safety first</h2>
<p>Every kit comes with a printed welcome guide, a dosing calendar and a link to our members-only community, where you can share your experiences with thousands of others. Our support team is available by chat and WhatsApp seven days a week if you have questions about your order or delivery.</p>
</section>

<section class="cta">
<h2>Ready to feel better this week?</h2>
<p>It takes four minutes. Approval is almost instant. Your first month is $149 with code JOY26.</p>
<a class="btn big" href="/start">Start my assessment</a>
</section>
</main>

<footer>
<p>CalmWave Health is a technology platform and does not practise medicine. Treatment decisions are made by independent partner physicians. Individual results may vary. Ketamine and esketamine may cause dissociation, sedation and increased blood pressure. Orders outside the United States are fulfilled by our international pharmacy partner.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/affiliates">Affiliate program (30% commission)</a> &middot; support@calmwave-health.example &middot; WhatsApp +1 555 0142</p>
<p>&copy; 2026 CalmWave Health Ltd.</p>
</footer>
""", noise="cookie")

p("h11004", "https://agrovet-distribuciones.example/producto/ketamina-10-inyectable-50ml", "seller", True, "es",
  "veterinary-ketamine-shop-sells-to-anyone-whatsapp", "Ketamina 10% inyectable 50 ml – uso veterinario | AgroVet Distribuciones", """
<header>
<div class="top">Envío 24/48 h a toda la península &middot; Envíos a Canarias, Portugal y Latinoamérica &middot; Pedidos por WhatsApp +34 600 000 118</div>
<a class="logo" href="/">AgroVet <b>Distribuciones</b></a>
<nav><a href="/c/anestesicos">Anestésicos</a> <a href="/c/antibioticos">Antibióticos</a> <a href="/c/equino">Equino</a> <a href="/c/pequenos-animales">Pequeños animales</a> <a href="/c/material">Material clínico</a> <a href="/carrito">Carrito (0)</a></nav>
</header>
<main>
<p class="migas"><a href="/">Inicio</a> / <a href="/c/anestesicos">Anestésicos</a> / Ketamina 10% 50 ml</p>
<h1>Ketamina 10% solución inyectable &ndash; vial 50 ml</h1>
<p class="precio">Precio: <strong>65,00 &euro;</strong> / vial &middot; Caja de 5 viales: <strong>290,00 &euro;</strong> &middot; Caja de 10: <strong>540,00 &euro;</strong></p>
<p class="stock">&#9679; En stock &ndash; últimas 23 unidades</p>
<p>Ketamina clorhidrato 100 mg/ml para uso veterinario. Anestésico disociativo indicado en perros, gatos, caballos y animales de granja. Vial multidosis de vidrio con tapón de goma, fabricante europeo, lote y caducidad visibles (cad. 09/2028).</p>
<h2>&iquest;Necesito receta veterinaria?</h2>
<p>No pedimos receta ni número de colegiado. Vendemos a particulares, criadores, granjas y profesionales. Si lo prefieres, al hacer el pedido puedes indicar &laquo;uso en granja propia&raquo; y listo.</p>
<h2>Cómo pedir</h2>
<ol>
<li>Añade al carrito o escríbenos directamente por WhatsApp o Telegram (@agrovet_pedidos) con la cantidad.</li>
<li>Pago por Bizum, transferencia o USDT. Con criptomoneda te hacemos un 10% de descuento.</li>
<li>Enviamos en caja neutra, sin nombre de la tienda ni descripción del contenido. Si el paquete no llega, lo reenviamos.</li>
</ol>
<h2>Opiniones</h2>
<p>&laquo;Llegó en dos días a Valencia, bien embalado y sin preguntas. Repetiré.&raquo; &ndash; Javi R.</p>
<p>&laquo;Mandan también a México, tardó 12 días pero llegó.&raquo; &ndash; Lupita</p>
<h3>También te puede interesar</h3>
<ul><li><a href="/p/xilacina-2-50ml">Xilacina 2% 50 ml &ndash; 38 &euro;</a></li><li><a href="/p/jeringas-1ml-100">Jeringas de insulina 1 ml (100 u.) &ndash; 14 &euro;</a></li><li><a href="/p/agujas-25g">Agujas 25G (100 u.) &ndash; 6 &euro;</a></li></ul>
</main>
<footer>AgroVet Distribuciones &middot; Atención al cliente por WhatsApp de 10 a 22 h, también fines de semana &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/envios">Envíos</a></footer>
""", noise="cookie-es")

p("h11005", "https://substance-lounge.example/forum/threads/vendor-labrateu-fxe-2f-dck-dck-o-pce-eu2eu.48213/", "seller", True, "en",
  "vendor-sales-thread-on-forum-with-price-list", "[VENDOR] LabRatEU – FXE / 2F-DCK / DCK / O-PCE – EU2EU, 24h dispatch | Substance Lounge", """
<div class="forum-header">
<a class="logo" href="/forum/">Substance Lounge</a>
<nav><a href="/forum/">Forums</a> <a href="/forum/whats-new/">What's new</a> <a href="/forum/vendors/">Vendor Market</a> <a href="/forum/reviews/">Vendor Reviews</a> <a href="/forum/scams/">Scam Reports</a> <a href="/forum/members/">Members</a> <a href="/forum/login/">Log in</a> <a href="/forum/register/">Register</a></nav>
<p class="notice">Vendor Market rules: verified vendors only &middot; no escrow outside the forum &middot; report scams in the Scam Reports section &middot; forum staff never DM first</p>
</div>

<div class="breadcrumbs"><a href="/forum/">Forums</a> &rsaquo; <a href="/forum/vendors/">Vendor Market</a> &rsaquo; <a href="/forum/vendors/dissociatives/">Dissociatives</a></div>

<h1 class="thread-title"><span class="prefix verified">Verified vendor</span> LabRatEU &ndash; FXE / 2F-DCK / DCK / O-PCE &ndash; EU2EU, 24h dispatch</h1>
<p class="thread-meta">Started by LabRatEU &middot; 3 Sep 2026 &middot; Replies: 412 &middot; Views: 61,807 &middot; Page 1 of 21</p>

<article class="post op">
<div class="user"><b>LabRatEU</b><br>Verified Vendor<br>Joined: Mar 2024<br>Messages: 1,902<br>Reaction score: 3,114</div>
<div class="content">
<p><b>Welcome back to the LabRatEU thread &#128075;</b> Thread updated 1 December 2026 &ndash; winter price list below. Old thread (2024&ndash;2026) got locked at 1000 replies, link in my signature.</p>
<p>We are a small team shipping from inside the EU since 2021. Everything we sell is tested by an independent lab AND by the free drug-checking services that members keep sending our stuff to (see page 14 and 17 for the results people posted). We ship Monday to Saturday, orders paid before 13:00 go out the same day.</p>

<p><b>&#10024; WINTER MENU (prices in EUR, shipping included inside the EU) &#10024;</b></p>
<pre>
FXE (fluorexetamine) HCl, fine powder
  1 g ..... 32
  5 g ..... 120
  10 g .... 210
  25 g .... 420

2F-DCK HCl, large shards
  1 g ..... 24
  5 g ..... 85
  10 g .... 150
  28 g .... 330

DCK (deschloroketamine) HCl, crystal
  1 g ..... 28
  5 g ..... 110
  10 g .... 190

O-PCE HCl (low dose, read the notes!)
  500 mg .. 40
  1 g ..... 65
  5 g ..... 240

MIX & MATCH: any 3 x 5 g = 10% off
FREE 500 mg sample of the new batch with every order over 200
</pre>

<p><b>How to order</b></p>
<ul>
<li>Main: Telegram <b>@labrat_eu_orders</b> (bot gives you a price and wallet in under a minute).</li>
<li>Backup: Session ID in my signature. Threema on request for regulars.</li>
<li>Do NOT order via anyone who DMs you here claiming to be me. I never DM first.</li>
<li>Payment: XMR preferred (5% off), BTC, LTC. For regulars: SEPA to a rotating account, ask the bot.</li>
</ul>

<p><b>Shipping</b></p>
<ul>
<li>EU2EU only. No UK, no Switzerland, no Norway, no Sweden, no US. Don't ask.</li>
<li>Vacuum sealed twice, mylar, inside a branded product box (varies &ndash; cosmetics, tea, phone accessories). Return address is a real small business.</li>
<li>Tracked by default. Average: DE/NL/BE 1&ndash;2 days, FR/AT/IT 2&ndash;4, ES/PT 3&ndash;6.</li>
<li><b>Reship policy:</b> 100% reship on the first loss or seizure, 50% on the second. Letter from customs = send a photo, we reship, no drama.</li>
</ul>

<p><b>Notes about the products</b></p>
<p>FXE is the closest thing to MXE around at the moment &ndash; it is longer and more stimulating than ketamine, people who are used to K should start really low. 2F-DCK is the go-to if you want something that feels like classic K. DCK is stronger per mg, don't use your K spoon. O-PCE is active in the low milligrams, we ship it with a warning card and you need a milligram scale. We are not doctors and this is not advice, read the harm reduction subforum.</p>
<p>Be nice in the thread. Reviews go in the review section, not here. Problems with an order go to the bot, not here &ndash; I can't look up orders on the forum.</p>
<p class="sig">Old thread: /threads/labrateu-2024-2026.19022/ &middot; PGP key on my profile &middot; Telegram @labrat_eu_orders &middot; Session: 05a7...c91</p>
</div>
</article>

<article class="post">
<div class="user"><b>grimwald</b><br>Member<br>Joined: Jan 2025</div>
<div class="content"><p>Ordered the 5 g 2F-DCK Thursday, came Saturday to Utrecht. Tea box this time lol. Test kit matched. 10/10 as always.</p></div>
</article>

<article class="post">
<div class="user"><b>kasia_pl</b><br>Member<br>Joined: Jun 2026</div>
<div class="content"><p>Do you ship to Poland? The first post doesn't say.</p></div>
</article>

<article class="post">
<div class="user"><b>LabRatEU</b><br>Verified Vendor</div>
<div class="content"><p>@kasia_pl yes, PL and CZ are fine, 3&ndash;5 days. Hit the bot.</p></div>
</article>

<article class="post">
<div class="user"><b>nodrama</b><br>Member<br>Joined: Aug 2023</div>
<div class="content"><p>Heads up for new people: someone on Telegram is using "@labrat_eu_order" (no s) and taking money. The real one is in the first post. Checked with LabRat yesterday.</p></div>
</article>

<article class="post">
<div class="user"><b>Moderator: saltmarsh</b><br>Staff</div>
<div class="content"><p>Reminder: this is a sales thread. Dosing discussion belongs in the harm reduction section, reviews in Vendor Reviews. Posts off topic will be moved. LabRatEU's verification was renewed on 28 Nov 2026.</p></div>
</article>

<article class="post">
<div class="user"><b>bluehour</b><br>Member<br>Joined: Feb 2026</div>
<div class="content"><p>Any chance you get ketamine itself again? Last time you had it it sold out in an afternoon.</p></div>
</article>

<article class="post">
<div class="user"><b>LabRatEU</b><br>Verified Vendor</div>
<div class="content"><p>@bluehour real K is rare and the source we had got unreliable, so no promises. Maybe January. If it comes it will be announced in the Telegram channel first, price will be around 35/g.</p></div>
</article>

<article class="post">
<div class="user"><b>ferro_lux</b><br>Member<br>Joined: Apr 2025</div>
<div class="content"><p>Got the FXE 5 g last week to Luxembourg. Parcel was in a phone-case box, double vacuum sealed like the OP says. Sent a sample to a checking service and it came back FXE only. Be careful with it, it's not K, it hits later and lasts way longer. Started way too high the first time even after reading the notes.</p></div>
</article>

<article class="post">
<div class="user"><b>quietriver</b><br>Member<br>Joined: Sep 2026</div>
<div class="content"><p>First time ordering from anyone. Bot was easy, paid XMR, the bot gave me an order code and a tracking number the next day. Arrived in Hamburg in 2 days. Honestly less stressful than I thought. Is the free sample always included over 200 or only this month?</p></div>
</article>

<article class="post">
<div class="user"><b>LabRatEU</b><br>Verified Vendor</div>
<div class="content"><p>@quietriver whole winter menu period, so until end of February. Sample is whatever batch is newest, currently 2F-DCK 26-11. And please, everyone, nobody needs to send me screenshots of their tracking here. Use the bot.</p></div>
</article>

<article class="post">
<div class="user"><b>oldschool_dxm</b><br>Member<br>Joined: Nov 2019</div>
<div class="content"><p>For what it's worth, I've been ordering from LabRat since the old thread, 14 orders, one seizure in France, reshipped within a week. Only complaint is that prices went up about 10% since summer.</p></div>
</article>

<div class="pagination">Page 1 of 21 &middot; <a href="?page=2">Next &rsaquo;</a></div>

<aside class="sidebar">
<h3>Similar threads</h3>
<ul>
<li><a href="#">[VENDOR] KetaKing NL &ndash; K, 2F-DCK &ndash; Benelux only</a></li>
<li><a href="#">[REVIEW] LabRatEU O-PCE batch Nov 26</a></li>
<li><a href="#">[SCAM] fake "LabRatEU" on Telegram &ndash; read before ordering</a></li>
<li><a href="#">[VENDOR] NordChem &ndash; pellets and blotters</a></li>
</ul>
</aside>

<footer class="forum-footer">Substance Lounge &middot; <a href="#">Rules</a> &middot; <a href="#">Contact staff</a> &middot; <a href="#">Privacy</a> &middot; Community platform software &copy; 2026</footer>
""")

p("h11006", "https://apotheke-direkt24.example/kasse?produkt=esketamin-nasenspray-28mg", "seller", True, "de",
  "pseudo-pharmacy-checkout-online-questionnaire-rx", "Kasse – Esketamin Nasenspray 28 mg | Apotheke Direkt 24", """
<header>
<a class="logo" href="/">Apotheke<b>Direkt</b>24</a>
<p class="usp">&#10003; Rezept inklusive &middot; &#10003; Diskreter Versand aus EU-Partnerapotheke &middot; &#10003; Lieferung in 2&ndash;4 Werktagen</p>
<ol class="steps"><li class="done">Warenkorb</li><li class="done">Medizinischer Fragebogen</li><li class="active">Kasse</li><li>Bestätigung</li></ol>
</header>
<main class="checkout">
<h1>Kasse</h1>
<div class="box ok"><b>Ihr Fragebogen wurde freigegeben.</b> Unser Partnerarzt hat Ihre Angaben automatisch geprüft. Das Privatrezept wird mit Ihrer Bestellung ausgestellt &ndash; ein Arztgespräch ist nicht notwendig.</div>
<section class="cart-summary">
<h2>Ihre Bestellung</h2>
<table>
<tr><td>Esketamin Nasenspray 28 mg (Generikum), 2 Sprühgeräte</td><td>1 &times;</td><td>289,00 &euro;</td></tr>
<tr><td>Ketamin Lutschtabletten 150 mg, 10 Stück</td><td>1 &times;</td><td>119,00 &euro;</td></tr>
<tr><td>Online-Rezeptgebühr</td><td></td><td>29,00 &euro;</td></tr>
<tr><td>Neutraler Versand (ohne Absenderhinweis)</td><td></td><td>9,90 &euro;</td></tr>
<tr><td>Gutschein WINTER15</td><td></td><td>&minus;61,20 &euro;</td></tr>
<tr class="total"><td>Gesamt</td><td></td><td><b>385,70 &euro;</b></td></tr>
</table>
<p class="hint">Tipp: Bei Bestellung von 3 Packungen entfällt die Rezeptgebühr. Nachbestellungen sind ohne erneuten Fragebogen möglich.</p>
</section>
<section class="address">
<h2>Lieferadresse</h2>
<form>
<input placeholder="Vorname"> <input placeholder="Nachname"> <input placeholder="Straße und Hausnummer"> <input placeholder="PLZ"> <input placeholder="Ort">
<label><input type="checkbox" checked> An Packstation liefern</label>
<label><input type="checkbox"> Abweichender Name auf dem Paket (z.&nbsp;B. Initialen)</label>
</form>
</section>
<section class="payment">
<h2>Zahlungsart</h2>
<label><input type="radio" name="pay" checked> Sofortüberweisung / SEPA</label>
<label><input type="radio" name="pay"> Bitcoin, USDT &ndash; 10&nbsp;% Rabatt</label>
<label><input type="radio" name="pay"> paysafecard</label>
<p class="small">Kreditkartenzahlung ist für verschreibungspflichtige Artikel derzeit leider nicht möglich.</p>
</section>
<button class="order">Zahlungspflichtig bestellen</button>
</main>
<footer>
<p>Apotheke Direkt 24 ist eine Vermittlungsplattform. Die Abgabe erfolgt durch eine Partnerapotheke mit Sitz außerhalb Deutschlands. Kundenservice per WhatsApp: +49 151 0000 4472.</p>
<p><a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/impressum">Impressum</a></p>
</footer>
""", noise="cookie-de")

p("h11007", "https://mindfulmeds-review.example/blog/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "doorway-affiliate-where-to-buy-listicle", "Where to Buy Ketamine Online in 2026: 5 Trusted Vendors (Tested & Ranked)", """
<header class="blog-header">
<a href="/" class="logo">MindfulMeds Review</a>
<nav><a href="/blog">Blog</a> <a href="/category/vendor-reviews">Vendor Reviews</a> <a href="/category/guides">Guides</a> <a href="/category/deals">Deals &amp; Coupons</a> <a href="/about">About</a></nav>
</header>
<main class="article">
<p class="meta">Updated <time>December 2, 2026</time> &middot; 14 min read &middot; by <span>Alex Harmon</span>, Senior Wellness Editor</p>
<p class="disclosure"><em>Disclosure: MindfulMeds Review is reader-supported. When you buy through the links on this page we may earn a commission, at no extra cost to you. Our rankings are independent.</em></p>
<h1>Where to Buy Ketamine Online in 2026: 5 Trusted Vendors (Tested &amp; Ranked)</h1>
<img src="/img/ketamine-vials-hero.jpg" alt="Vials and a laptop on a desk">

<p>If you've searched for "buy ketamine online" lately you have probably noticed two things: there are hundreds of websites offering it, and half of them look like they were built in an afternoon. We've spent the past eight months ordering from, testing and comparing more than 30 online ketamine vendors so that you don't have to. Below is our updated list of the five shops that consistently delivered what they promised, shipped discreetly, and didn't vanish with our money.</p>

<p>This guide is for adults who have already made an informed decision. It is not a substitute for medical advice. That said, we know that many of our readers are tired of waitlists and clinic prices of $500 or more per session, and that's exactly why this list exists.</p>

<div class="toc">
<h2>Quick picks</h2>
<ol>
<li><a href="#ketaexpress">KetaExpress</a> &ndash; Best overall, ships worldwide, no prescription required</li>
<li><a href="#dreamlab">DreamLab Chemicals</a> &ndash; Best for research analogues (2F-DCK, DCK)</li>
<li><a href="#pharmanova">PharmaNova Online</a> &ndash; Best for pharmaceutical vials and nasal spray</li>
<li><a href="#kstore">K-Store EU</a> &ndash; Fastest shipping in Europe</li>
<li><a href="#calmwave">CalmWave Health</a> &ndash; Best "telehealth-style" option, approval in minutes</li>
</ol>
<p class="coupon">&#127873; Exclusive reader code <b>MMR20</b> works at KetaExpress and K-Store EU for 20% off your first order.</p>
</div>

<h2>How we tested</h2>
<p>Each vendor was evaluated on five criteria: product quality (checked with reagent kits and, for the top three, a lab test we paid for ourselves), shipping speed and stealth, payment options, customer support and overall reputation on forums and review sites. We placed at least two orders with every vendor on this list and tracked delivery times to the US, UK, Germany and Australia. We scored stealth on a 1&ndash;10 scale based on whether a curious roommate or a postal worker could guess what's inside.</p>
<p>We excluded shops that required a bank wire to a personal account, shops with no working support email, and any vendor where more than one of our test orders failed to arrive. That removed 17 vendors right away. Another eight were dropped because the product did not match the label when tested.</p>

<h2 id="ketaexpress">1. KetaExpress &ndash; Best overall</h2>
<p><b>Our score: 9.6/10</b> &middot; Ships to: worldwide &middot; Payment: BTC, ETH, USDT, Zelle &middot; Prescription: not required</p>
<p>KetaExpress has been the most reliable vendor we've tested for two years running. Their menu covers ketamine HCl crystal (from $45 per gram, with big discounts from 10 g), pharmaceutical 10 ml vials from European manufacturers, and a "starter pack" that includes a milligram scale and a nasal spray bottle. All three of our US orders arrived within six days, packed inside a vacuum-sealed pouch hidden in a book. Their support answered within two hours every time, including on a Sunday.</p>
<p>What we liked most: a transparent reship policy. One of our UK parcels was held at the border and KetaExpress sent a replacement without asking for anything but the tracking number.</p>
<ul class="pros"><li>No prescription or ID needed</li><li>Lab-tested crystal, certificates on request</li><li>Free reship on seizures</li></ul>
<ul class="cons"><li>Minimum order $100</li><li>Card payments not accepted</li></ul>
<a class="btn" href="/go/ketaexpress" rel="sponsored nofollow">Visit KetaExpress &rarr; (use MMR20)</a>

<h2 id="dreamlab">2. DreamLab Chemicals &ndash; Best for analogues</h2>
<p><b>Our score: 9.1/10</b> &middot; Ships to: EU, UK, Canada &middot; Payment: BTC, XMR</p>
<p>If you're looking for legal-grey alternatives, DreamLab is the vendor to beat. They list 2F-DCK, deschloroketamine and the newer fluorexetamine as "research chemicals not for human consumption," which is how this part of the market works. Their 2F-DCK shards tested clean in our lab check, and shipping from the Netherlands to Germany took just two days. Prices start at around &euro;20 per gram, with pellets available for people who don't want to weigh powder.</p>
<p>The downside is the site itself: it goes offline every few weeks and moves to a new domain. Bookmark our link below, which we keep updated.</p>
<a class="btn" href="/go/dreamlab" rel="sponsored nofollow">Visit DreamLab (always current link) &rarr;</a>

<h2 id="pharmanova">3. PharmaNova Online &ndash; Best for pharmaceutical products</h2>
<p><b>Our score: 8.8/10</b> &middot; Ships to: US, UK, AU, EU &middot; Payment: card, crypto</p>
<p>PharmaNova is an "international pharmacy" that sells ketamine injection vials and generic esketamine nasal spray without asking for a prescription. Products arrive with original packaging and leaflets, which is reassuring. They're pricier than KetaExpress &ndash; a 2-device esketamine pack is $340 &ndash; but if you value branded pharmaceutical products, this is where to look. A card payment option exists, though it shows up on your statement under a different company name.</p>
<a class="btn" href="/go/pharmanova" rel="sponsored nofollow">Visit PharmaNova &rarr;</a>

<h2 id="kstore">4. K-Store EU &ndash; Fastest in Europe</h2>
<p><b>Our score: 8.5/10</b> &middot; Ships to: EU only &middot; Payment: SEPA, BTC, paysafecard</p>
<p>K-Store is a Telegram-first vendor with a small web shop. You browse the menu on the site, then finish the order through their Telegram bot. In our tests, orders placed before noon arrived next day in Germany, Belgium and the Netherlands. Their product range is smaller, but the crystal is excellent and they run frequent flash sales announced in their channel.</p>
<a class="btn" href="/go/kstore" rel="sponsored nofollow">Open K-Store menu &rarr; (code MMR20)</a>

<h2 id="calmwave">5. CalmWave Health &ndash; Easiest "telehealth-style" route</h2>
<p><b>Our score: 8.1/10</b> &middot; Ships to: US, UK, CA, AU &middot; Payment: card, Apple Pay, crypto</p>
<p>For readers who want something that feels like a medical service, CalmWave is a good middle ground. You fill out a four-minute form, a partner doctor approves it (in our case in 11 minutes, with no call), and troches or spray ship the same day. It is more expensive per dose than the vendors above, but you get a branded box and an app.</p>
<a class="btn" href="/go/calmwave" rel="sponsored nofollow">Check if you qualify at CalmWave &rarr;</a>

<h2>Vendors to avoid</h2>
<p>We also want to warn you about a few names that keep showing up in search results. "KetamineShopUSA," "BuyKetaminePowderNow" and "SpravatoNoRx" all took our money and sent nothing. Any vendor that only accepts Western Union or gift cards should be treated with suspicion. If a price looks too good to be true &ndash; $15 per gram of pharmaceutical-grade ketamine, say &ndash; it almost certainly is.</p>

<h2>Tips for ordering safely</h2>
<ul>
<li>Use a crypto wallet you control and never send more than you can afford to lose on a first order.</li>
<li>Buy a reagent test kit (Mandelin, Morris) and test everything.</li>
<li>Use a delivery address where you can receive parcels discreetly.</li>
<li>Start with a small order to test a vendor before buying in bulk.</li>
<li>Check the vendor's current domain through our links &ndash; clone sites are common.</li>
</ul>

<h2>FAQ</h2>
<h3>Is it legal to buy ketamine online?</h3>
<p>Laws vary by country. In most places, buying ketamine without a prescription is illegal. We are not lawyers and this article isn't legal advice. Our readers are responsible for knowing their local laws.</p>
<h3>Can I buy Spravato without a prescription?</h3>
<p>The branded spray is only supplied through certified treatment centres, but generic esketamine spray from international pharmacies such as PharmaNova can be ordered without one.</p>
<h3>What's the cheapest option?</h3>
<p>Research analogues from DreamLab are the cheapest per dose, followed by bulk crystal from KetaExpress.</p>

<div class="author-box"><p><b>Alex Harmon</b> is a wellness writer who has covered alternative mental-health treatments since 2019. Alex believes adults deserve honest information about every option.</p></div>
<div class="related"><h3>Read next</h3><a href="/blog/ketaexpress-review">KetaExpress review 2026: legit or scam?</a> &middot; <a href="/blog/2f-dck-vs-ketamine">2F-DCK vs ketamine: which is better?</a> &middot; <a href="/blog/buy-esketamine-spray-online">Buying esketamine spray online: a complete guide</a></div>
</main>
<footer><p>&copy; 2026 MindfulMeds Review. Content is for informational purposes only. <a href="/affiliate-disclosure">Affiliate disclosure</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h11008", "https://petitesannonces-fr.example/annonce/divers/kketamine-cristal-dispo-livraison-discrete-7731904", "seller", True, "fr",
  "classified-ad-short", "Kétamine cristal dispo – livraison discrète toute la France", """
<div class="annonce">
<p class="cat">Divers &rsaquo; Autres &middot; Publiée le 4 déc. 2026 à 23:12 &middot; Lyon (69)</p>
<h1>K cristal dispo &ndash; livraison discrète toute la France</h1>
<p class="prix">40 &euro;</p>
<p>Cristaux de kétamine qualité pharma, testés. 40&euro; le g, 180&euro; les 5 g, 320&euro; les 10. Envoi Colissimo ou Mondial Relay sous 24h, emballage neutre sous vide. Remise en main propre possible sur Lyon. Paiement crypto, Lydia ou PCS. Pas sérieux s'abstenir. Contact Telegram uniquement : @kristal_lyon69 (pas de messages ici, je ne réponds pas).</p>
<p class="vendeur">Particulier &middot; membre depuis 11/2026 &middot; 0 avis</p>
<a class="signaler" href="/signaler/7731904">Signaler l'annonce</a>
</div>
""")

p("h11009", "https://globalbazaar.example/item/spravato-esketamine-28mg-nasal-spray-sealed-3pcs-5540187731", "seller", True, "en",
  "marketplace-listing-esketamine-no-rx", "Spravato Esketamine 28mg Nasal Spray Device Sealed (3 pcs) – Fast Worldwide Shipping | GlobalBazaar", """
<header><a class="logo" href="/">GlobalBazaar</a> <form action="/search"><input value="esketamine spray"><button>Search</button></form> <a href="/cart">Cart</a> <a href="/signin">Sign in</a></header>
<main class="listing">
<p class="crumbs">All categories &gt; Health &amp; Beauty &gt; Medical Supplies &gt; Other</p>
<h1>Spravato Esketamine 28mg Nasal Spray Device Sealed (3 pcs) &ndash; Fast Worldwide Shipping</h1>
<p class="price">US $429.00 <span class="was">US $520.00</span> &middot; 17 sold &middot; &#9733; 4.7 (9)</p>
<p class="variant">Quantity: <select><option>3 devices (84 mg)</option><option>6 devices</option><option>12 devices &ndash; US $1,490</option></select></p>
<button>Buy It Now</button> <button>Add to cart</button> <button>Make offer</button>
<table class="specs">
<tr><td>Condition</td><td>New, factory sealed</td></tr>
<tr><td>Brand</td><td>Spravato / generic</td></tr>
<tr><td>Expiry</td><td>2028</td></tr>
<tr><td>Ships from</td><td>Hong Kong / Turkey warehouse</td></tr>
<tr><td>Delivery</td><td>7&ndash;14 business days, tracked</td></tr>
</table>
<h2>Item description from the seller</h2>
<p>100% original esketamine nasal spray for depression. 28mg per device. Sealed box with leaflet. NO PRESCRIPTION NEEDED. We ship with customs-friendly declaration ("nasal care sample") and double packing. Reship free if held by customs. For bulk orders or payment by USDT message us on WhatsApp (number in seller profile) for extra 12% discount.</p>
<p>Please note: buyer is responsible for import rules in your country. No returns on medicine after opening.</p>
<div class="seller-box">
<p><b>Sold by: hk_medsupply_direct</b> &middot; 96.2% positive feedback &middot; 214 items sold &middot; Member since Aug 2026</p>
<p>Recent feedback: "arrived in Ohio in 10 days, box intact" &middot; "good seller, answered on whatsapp fast" &middot; "second order, thanks"</p>
</div>
<p class="report"><a href="/report/5540187731">Report this item</a></p>
</main>
<footer>GlobalBazaar is a marketplace. Items are listed by independent sellers. &copy; 2026</footer>
""")

p("h11010", "https://dissonant-chemicals.example/nl/categorie/dissociatieven", "seller", True, "nl",
  "research-chemical-category-page-dutch", "Dissociatieven kopen – 2F-DCK, DCK, FXE, O-PCE, MXE | Dissonant Chemicals", """
<header class="kop">
<div class="balk">&#128666; Vandaag besteld vóór 15:00 = morgen in huis (NL/BE) &middot; Gratis verzending vanaf &euro;75 &middot; Betaal met iDEAL, Bancontact of crypto</div>
<a class="logo" href="/nl/">Dissonant<br><small>Chemicals &middot; sinds 2019</small></a>
<nav>
<a href="/nl/categorie/dissociatieven" class="actief">Dissociatieven</a>
<a href="/nl/categorie/stimulantia">Stimulantia</a>
<a href="/nl/categorie/psychedelica">Psychedelica</a>
<a href="/nl/categorie/pellets">Pellets</a>
<a href="/nl/categorie/testkits">Testkits &amp; weegschalen</a>
<a href="/nl/labresultaten">Labresultaten</a>
<a href="/nl/klantenservice">Klantenservice</a>
<a href="/nl/winkelmandje">Winkelmandje (0)</a>
</nav>
</header>

<main>
<p class="kruimel"><a href="/nl/">Home</a> &rsaquo; Dissociatieven</p>
<h1>Dissociatieven</h1>
<div class="intro">
<p>In deze categorie vind je onze volledige selectie arylcyclohexylaminen: verbindingen uit dezelfde chemische familie als ketamine en PCP. Alle producten worden uitsluitend verkocht als referentiemateriaal voor wetenschappelijk onderzoek en analytische doeleinden. Ze zijn <strong>niet bestemd voor menselijke consumptie</strong> en worden niet geleverd met gebruiksinstructies.</p>
<p>Elke batch wordt vóór verkoop door een extern laboratorium getest op identiteit en zuiverheid. De rapporten staan per product onder het tabblad &laquo;Labresultaat&raquo;. Klanten die hun bestelling willen laten controleren, mogen dat altijd laten doen; we publiceren onafhankelijke testuitslagen die klanten ons sturen op onze labresultatenpagina, ook als die ons niet goed uitkomen.</p>
<p>Let op: de wetgeving rond nieuwe psychoactieve stoffen verandert snel. In Nederland valt een deel van deze stoffen sinds de nieuwe generieke lijst onder de Opiumwet; we verwijderen producten zodra ze verboden worden en verzenden niet naar landen waar een product al verboden is. Controleer zelf de regels van jouw land.</p>
</div>

<div class="filters">
<span>Sorteer op:</span> <a href="?sort=populair" class="actief">Populariteit</a> <a href="?sort=prijs">Prijs</a> <a href="?sort=nieuw">Nieuwste</a>
<span>Vorm:</span> <label><input type="checkbox"> Poeder</label> <label><input type="checkbox"> Kristal</label> <label><input type="checkbox"> Pellets</label>
<span>Op voorraad:</span> <label><input type="checkbox" checked> Alleen op voorraad</label>
</div>

<ul class="producten">
<li class="product">
<img src="/media/2fdck-kristal.webp" alt="2F-DCK kristal">
<h2><a href="/nl/product/2f-dck-kristal">2F-DCK HCl kristal</a></h2>
<p>2-Fluorodeschloroketamine. Grote, heldere kristallen, zuiverheid 99,1&nbsp;%. Batch 26-11.</p>
<p class="prijs">1 g &euro;19,50 &middot; 5 g &euro;79,00 &middot; 10 g &euro;139,00 &middot; 25 g &euro;299,00</p>
<p class="voorraad">&#9679; Op voorraad</p>
<button>In winkelmandje</button>
</li>
<li class="product">
<img src="/media/dck-poeder.webp" alt="DCK poeder">
<h2><a href="/nl/product/deschloroketamine">Deschloroketamine (DCK) HCl</a></h2>
<p>Fijn wit poeder, zuiverheid 99,6&nbsp;%. Sterker per milligram dan verwante verbindingen; een milligramweegschaal is onmisbaar.</p>
<p class="prijs">1 g &euro;24,00 &middot; 5 g &euro;99,00 &middot; 10 g &euro;175,00</p>
<p class="voorraad">&#9679; Op voorraad</p>
<button>In winkelmandje</button>
</li>
<li class="product">
<img src="/media/fxe.webp" alt="FXE">
<h2><a href="/nl/product/fluorexetamine">Fluorexetamine (FXE) HCl</a></h2>
<p>3'-Fluoro-2-oxo-PCE. Nieuw in ons assortiment sinds september 2026, wit kristallijn poeder.</p>
<p class="prijs">1 g &euro;29,00 &middot; 5 g &euro;119,00</p>
<p class="voorraad">&#9679; Op voorraad &ndash; beperkt</p>
<button>In winkelmandje</button>
</li>
<li class="product">
<img src="/media/opce-pellets.webp" alt="O-PCE pellets">
<h2><a href="/nl/product/o-pce-pellets-5mg">O-PCE pellets 5 mg</a></h2>
<p>2-Oxo-PCE, geperst in pellets van 5 mg met deelstreep. Uiterst potent referentiemateriaal; geleverd met waarschuwingskaart.</p>
<p class="prijs">20 st. &euro;34,00 &middot; 50 st. &euro;69,00</p>
<p class="voorraad">&#9679; Op voorraad</p>
<button>In winkelmandje</button>
</li>
<li class="product">
<img src="/media/mxe.webp" alt="MXE">
<h2><a href="/nl/product/methoxetamine">Methoxetamine (MXE) HCl</a></h2>
<p>De klassieker is terug. Beperkte batch, maximaal 5 g per klant.</p>
<p class="prijs">1 g &euro;39,00 &middot; 5 g &euro;165,00</p>
<p class="voorraad uitverkocht">&#9675; Tijdelijk uitverkocht &ndash; <a href="#">mail mij bij voorraad</a></p>
</li>
<li class="product">
<img src="/media/2fdck-pellets.webp" alt="2F-DCK pellets">
<h2><a href="/nl/product/2f-dck-pellets-25mg">2F-DCK pellets 25 mg</a></h2>
<p>Voor wie liever niet met poeder werkt. Strip van 10 pellets, elk 25 mg.</p>
<p class="prijs">10 st. &euro;14,50 &middot; 50 st. &euro;59,00</p>
<p class="voorraad">&#9679; Op voorraad</p>
<button>In winkelmandje</button>
</li>
<li class="product">
<img src="/media/hxe.webp" alt="HXE">
<h2><a href="/nl/product/hydroxetamine">Hydroxetamine (HXE) HCl</a></h2>
<p>Metaboliet-analoog van MXE. Kleine oplage, alleen per gram.</p>
<p class="prijs">1 g &euro;44,00</p>
<p class="voorraad">&#9679; Op voorraad</p>
<button>In winkelmandje</button>
</li>
</ul>

<section class="info-blok">
<h2>Veelgestelde vragen over deze categorie</h2>
<h3>Verkopen jullie ook ketamine?</h3>
<p>Nee. Ketamine is een geregistreerd geneesmiddel en valt onder de Opiumwet; wij verkopen uitsluitend verwante onderzoeksverbindingen die op het moment van verkoop niet op de lijsten staan in het land van verzending. Vragen over ketamine zelf beantwoorden we niet.</p>
<h3>Hoe wordt er verzonden?</h3>
<p>We versturen vanuit Nederland met PostNL en DHL, in een geurdichte, vacuümverpakte zak in een neutrale envelop of doos. Op de verpakking staat geen verwijzing naar onze winkel of naar de inhoud. Bij een verloren of in beslag genomen zending sturen we één keer kosteloos opnieuw.</p>
<h3>Naar welke landen leveren jullie?</h3>
<p>Nederland, België, Luxemburg, Duitsland, Frankrijk, Oostenrijk, Spanje, Portugal, Italië, Polen, Tsjechië, Slowakije, Hongarije, Slovenië, Kroatië en Ierland. We leveren niet naar het Verenigd Koninkrijk, Zwitserland, Noorwegen, Zweden, Finland, Denemarken of buiten Europa.</p>
<h3>Welke betaalmethoden accepteren jullie?</h3>
<p>iDEAL en Bancontact via onze betaalpartner (op je afschrift staat een neutrale handelsnaam), SEPA-overboeking, Bitcoin, Litecoin en Monero. Bij betaling in crypto krijg je automatisch 12&nbsp;% korting.</p>
<h3>Geven jullie advies over dosering?</h3>
<p>Nee. Onze klantenservice geeft geen informatie over inname of effecten. Vragen daarover worden niet beantwoord en kunnen ertoe leiden dat je account wordt geblokkeerd.</p>
<h3>Kan ik anoniem bestellen?</h3>
<p>Je kunt zonder account bestellen met een e-mailadres naar keuze. We bewaren adresgegevens 30 dagen na levering en wissen ze daarna automatisch.</p>
<h3>Hoe lang duurt de levering naar België en Duitsland?</h3>
<p>Bestellingen naar België en Duitsland zijn doorgaans binnen één tot twee werkdagen bezorgd. Naar Zuid- en Oost-Europa rekenen we op drie tot zes werkdagen. Je ontvangt je track-and-tracecode per e-mail zodra het pakket is overgedragen aan de vervoerder.</p>
<h3>Ik wil groter inkopen voor mijn eigen webshop.</h3>
<p>Vanaf 100 g per product hebben we groothandelsprijzen. Neem contact op via het zakelijke formulier of via Telegram @dissonant_b2b.</p>
</section>

<section class="over-ons">
<h2>Over Dissonant Chemicals</h2>
<p>Dissonant Chemicals is in 2019 begonnen als klein project van twee scheikundestudenten die vonden dat de markt voor onderzoeksverbindingen veel te weinig transparant was. Inmiddels verzenden we dagelijks honderden bestellingen door heel Europa, maar de uitgangspunten zijn gelijk gebleven: elke batch laten we extern testen, we publiceren alle resultaten, en we verkopen geen producten waarvan we de identiteit niet zelf hebben kunnen bevestigen.</p>
<p>Onze pellets worden geperst in een eigen ruimte met gekalibreerde apparatuur, en we wegen steekproefsgewijs tien pellets per batch na. Wijkt het gemiddelde meer dan drie procent af van de vermelde hoeveelheid, dan wordt de batch afgekeurd. Poeders en kristallen worden afgewogen op een analytische balans en verpakt in antistatische zakjes met batchcode.</p>
<p>Heb je een klacht over een product? Stuur ons een ticket met je ordernummer en, als je die hebt, de uitslag van een onafhankelijke test. We nemen iedere melding serieus en publiceren afwijkende uitslagen binnen een week op onze labresultatenpagina.</p>
</section>

<section class="reviews-samenvatting">
<h2>Wat klanten zeggen</h2>
<p>&#9733; 4,7 uit 5 op basis van 2.318 beoordelingen</p>
<blockquote>&laquo;Dinsdag besteld, woensdag in Gent. Netjes verpakt, precies wat er op de site staat.&raquo; &ndash; Pieter</blockquote>
<blockquote>&laquo;Eerste keer dat ik pellets nam, veel handiger dan wegen.&raquo; &ndash; Lotte</blockquote>
<blockquote>&laquo;Pakketje in Duitsland kwam niet aan, binnen een week gratis opnieuw verstuurd. Top service.&raquo; &ndash; Markus</blockquote>
</section>
</main>

<aside class="zijbalk">
<h3>Nieuwsbrief &amp; Telegram</h3>
<p>Nieuwe batches, kortingscodes en voorraadmeldingen krijg je als eerste via ons Telegramkanaal <a href="https://t.me/dissonantchem">@dissonantchem</a> (11.400 volgers).</p>
<h3>Testkits</h3>
<p>Nog geen reagens-testkit? <a href="/nl/categorie/testkits">Bekijk Mandelin- en Morris-kits</a> vanaf &euro;9,95.</p>
</aside>

<footer class="voet">
<div><h4>Winkel</h4><a href="/nl/nieuw">Nieuw binnen</a> <a href="/nl/aanbiedingen">Aanbiedingen</a> <a href="/nl/groothandel">Groothandel</a></div>
<div><h4>Service</h4><a href="/nl/verzending">Verzending &amp; herverzending</a> <a href="/nl/betalen">Betaalmethoden</a> <a href="/nl/klantenservice">Contact</a></div>
<div><h4>Juridisch</h4><a href="/nl/voorwaarden">Onderzoeksvoorwaarden</a> <a href="/nl/privacy">Privacy</a></div>
<p>Alle producten zijn uitsluitend bestemd voor in-vitro onderzoek. Niet voor menselijke of dierlijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder. &copy; 2026 Dissonant Chemicals.</p>
</footer>
""", noise="cookie-nl")

p("h11011", "https://ketaroots.example/pages/shipping-and-stealth", "seller", True, "en",
  "seller-shipping-stealth-reship-page", "Shipping, Stealth & Reship Policy – KetaRoots", """
<header><a href="/" class="logo">KetaRoots</a> <nav><a href="/collections/all">Shop all</a> <a href="/collections/crystal">Crystal</a> <a href="/collections/vials">Vials</a> <a href="/collections/spray">Nasal</a> <a href="/pages/faq">FAQ</a> <a href="/pages/shipping-and-stealth">Shipping</a> <a href="/cart">Cart</a></nav></header>
<main class="page">
<h1>Shipping, Stealth &amp; Reship Policy</h1>
<p class="updated">Last updated 20 November 2026</p>

<h2>Processing times</h2>
<p>Orders are packed Monday through Friday. Once your payment has two network confirmations (BTC) or ten (LTC), your order enters the packing queue. Most orders leave our domestic hub within 24 hours. During holiday peaks (late November to early January) allow up to 48 hours.</p>

<h2>Where we ship from</h2>
<p>US orders ship domestically from one of three hubs, so your parcel never crosses a border. Canadian and Australian orders ship from our international partner and take longer. We do not ship vials outside the US because glass does not survive our stealth method reliably.</p>

<table>
<tr><th>Destination</th><th>Method</th><th>Typical time</th><th>Cost</th></tr>
<tr><td>USA</td><td>USPS Priority / Ground Advantage</td><td>2&ndash;5 days</td><td>$15 (free over $250)</td></tr>
<tr><td>USA express</td><td>USPS Priority Express</td><td>1&ndash;2 days</td><td>$45</td></tr>
<tr><td>Canada</td><td>Tracked international</td><td>8&ndash;15 days</td><td>$35</td></tr>
<tr><td>Australia</td><td>Tracked international</td><td>10&ndash;21 days</td><td>$45</td></tr>
</table>

<h2>Our stealth</h2>
<p>Every order is heat-sealed in a smell-proof mylar bag, vacuum sealed a second time, and placed inside a decoy item such as a greeting card, a book or a household product. Labels are printed from a real-looking small business with a valid return address. We never write "ketamine", "K", our shop name or anything medical on the outside. Vials are wrapped in foam and shipped in a pill-bottle-free box so an X-ray shows nothing unusual.</p>
<p>Please do not post photos of our packaging on forums or social media. Stealth only works if nobody knows what it looks like.</p>

<h2>Reship guarantee</h2>
<ul>
<li>If tracking has not updated for 10 business days (US) or 25 business days (international), contact us with your order number.</li>
<li>If you receive a letter from customs or a postal inspector, send us a photo and we will reship.</li>
<li>First reship: 100% free. Second reship on the same order: 50%. After that we offer store credit.</li>
<li>We cannot reship to an address where a parcel has already been seized. Please give us a new drop address.</li>
</ul>

<h2>Addresses</h2>
<p>Use any name you like, as long as the mail carrier will deliver to it. PO boxes and parcel lockers are fine for US orders. We delete your address 14 days after delivery.</p>

<h2>Payment</h2>
<p>We accept BTC, LTC, XMR and USDT. Orders paid in XMR get 10% off. We do not take cards, PayPal or Cash App for product orders. Gift cards are not accepted &ndash; anyone asking you to pay with gift cards in our name is a scammer.</p>

<h2>Questions?</h2>
<p>Message our support on Telegram (@ketaroots_help) or Signal. We reply within 12 hours, seven days a week.</p>
</main>
<footer>&copy; 2026 KetaRoots &middot; <a href="/pages/terms">Terms</a> &middot; <a href="/pages/privacy">Privacy</a></footer>
""")

p("h11012", "https://clinicarenovamente.example/tratamento-cetamina-em-casa", "seller", True, "pt",
  "pseudo-clinic-home-ketamine-form-only-pix", "Tratamento com Cetamina em Casa – Sem Consulta Presencial | Clínica Renova Mente", """
<header><a class="logo" href="/">Clínica Renova Mente</a><nav><a href="/">Início</a> <a href="/tratamento-cetamina-em-casa">Cetamina em casa</a> <a href="/planos">Planos</a> <a href="/depoimentos">Depoimentos</a> <a href="https://wa.me/5500000000000" class="whats">Fale no WhatsApp</a></nav></header>
<main>
<h1>Cetamina para depressão no conforto da sua casa</h1>
<p>Chega de fila de espera e de consultas caras. Na Clínica Renova Mente você responde a um formulário online de 3 minutos, nossa equipe médica emite a receita digital automaticamente e a cetamina sublingual chega na sua casa em até 5 dias úteis, por Correios ou transportadora, em embalagem discreta e sem identificação.</p>
<h2>Como funciona</h2>
<ol>
<li><b>Formulário online</b> &ndash; perguntas simples sobre humor e sono. Não é necessário laudo nem encaminhamento do seu psiquiatra.</li>
<li><b>Aprovação</b> &ndash; receita digital gerada na hora para quem se enquadra (mais de 95% dos pacientes).</li>
<li><b>Pagamento</b> &ndash; Pix com 15% de desconto, cartão em até 6x, ou USDT.</li>
<li><b>Entrega</b> &ndash; enviamos para todo o Brasil e também para Portugal.</li>
</ol>
<h2>Planos</h2>
<ul>
<li>Kit Inicial &ndash; 10 comprimidos sublinguais de cetamina 100 mg &ndash; R$ 690</li>
<li>Kit Mensal &ndash; 20 comprimidos &ndash; R$ 1.190</li>
<li>Spray nasal de escetamina (2 unidades) &ndash; R$ 1.590</li>
</ul>
<p>Reposição automática todo mês, sem nova avaliação. Cancelamento pelo WhatsApp.</p>
<h2>Depoimentos</h2>
<p>&laquo;Preenchi o formulário num domingo e na quinta já estava com o kit. Nunca precisei falar com ninguém.&raquo; &ndash; Carla, Belo Horizonte</p>
<p>&laquo;Mandaram para Lisboa sem problema.&raquo; &ndash; Rui</p>
<p class="aviso">A Clínica Renova Mente é uma plataforma de bem-estar. Resultados podem variar.</p>
</main>
<footer>Atendimento exclusivamente pelo WhatsApp e Telegram (@renovamente_atendimento) &middot; CNPJ informado mediante solicitação</footer>
""", noise="cookie-pt")

p("h11013", "https://t.me.example/s/ketasfera_it/1184", "seller", True, "it",
  "telegram-channel-post-plain-text", "KetaSfera 🇮🇹 – post 1184", """
KetaSfera 🇮🇹🌀 | canale ufficiale
📢 LISTINO DICEMBRE 🎄
🔹 K cristallo "vetro" 1g 45€ | 5g 190€ | 10g 340€
🔹 Ketamina fiale 10ml (farmaceutica) 70€ cad.
🔹 2F-DCK 5g 90€ – nuovo lotto testato ✅
📦 Spedizione in tutta Italia 24/48h, pacco anonimo sottovuoto, niente scritte fuori
🔁 Pacco perso = rispedito gratis
💶 Pagamento: crypto (BTC/XMR -10%), ricarica PostePay, buoni
✍️ Ordini SOLO in privato a @ketasfera_ordini – niente ricetta, niente domande
⚠️ Attenzione ai cloni, l'unico contatto è quello qui sopra
👁 3,2K · 5 dic 2026, 21:40
""", ext="txt")

p("h11014", "https://buy-ketamine-crystal-online.example/product/ketamine-hcl-crystal-10g", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="challenge">
<h1>buy-ketamine-crystal-online.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>Verifying you are human. This may take a few seconds.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<div class="spinner"></div>
<p class="ray">Request ID: 8f2a91c7d0e4b3a6 &middot; Performance &amp; security by an edge network</p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h11015", "https://lumenmindhealth.example/join/checkout?plan=core&promo=WINTER50", "telehealth", False, "en",
  "telehealth-membership-checkout-promo-code-long", "Checkout – Lumen Core Membership | Lumen Mind Health", """
<header class="checkout-header">
<a class="logo" href="/">lumen<span>mind</span></a>
<ol class="progress"><li class="done">Eligibility</li><li class="done">Account</li><li class="current">Membership</li><li>Schedule your video evaluation</li></ol>
<p class="secure">&#128274; Secure checkout &middot; HIPAA-compliant</p>
</header>

<main class="checkout">
<section class="left">
<h1>Choose your membership</h1>
<p>Your eligibility screener suggests you may be a candidate for ketamine-assisted treatment. <strong>This is not an approval.</strong> Whether ketamine is right for you is decided by a psychiatric clinician during a live video evaluation, after reviewing your history, current medications, blood pressure readings and, where needed, records from your other providers. About one in three people who complete the evaluation are not prescribed ketamine; if that's you, the membership fee for the first month is refunded minus the $75 evaluation fee.</p>

<div class="plans">
<label class="plan selected">
<input type="radio" name="plan" value="core" checked>
<h2>Lumen Core</h2>
<p class="price">$219/month <span class="promo">$169 first month with WINTER50</span></p>
<ul>
<li>60-minute video evaluation with a psychiatric clinician</li>
<li>If prescribed: sublingual ketamine tablets dispensed by a licensed partner pharmacy in your state</li>
<li>Monthly 20-minute video follow-up with your prescriber</li>
<li>Integration session with a licensed therapist every month</li>
<li>Blood pressure cuff and PHQ-9 / GAD-7 tracking in the app</li>
</ul>
</label>
<label class="plan">
<input type="radio" name="plan" value="plus">
<h2>Lumen Plus</h2>
<p class="price">$349/month</p>
<ul>
<li>Everything in Core</li>
<li>Weekly 50-minute therapy sessions (integration or ongoing care)</li>
<li>Care coordination with your existing psychiatrist or primary care provider</li>
</ul>
</label>
<label class="plan">
<input type="radio" name="plan" value="eval-only">
<h2>Evaluation only</h2>
<p class="price">$95 one time</p>
<ul>
<li>60-minute psychiatric evaluation and written recommendations</li>
<li>Referral to an in-person IV clinic or REMS-certified Spravato center near you if that suits you better</li>
</ul>
</label>
</div>

<div class="promo-field">
<label>Promo code <input name="promo" value="WINTER50"></label> <button>Apply</button>
<p class="ok">&#10003; WINTER50 applied: $50 off your first month of Core or Plus. Valid for new members until January 15, 2027. Not valid with employer-sponsored plans. The code discounts the membership only; it never changes whether or how much medication is prescribed.</p>
</div>

<h2>What happens after checkout</h2>
<ol class="after">
<li><b>Verify your identity.</b> Upload a government ID and a selfie. We need to confirm who we're treating before any appointment.</li>
<li><b>Book your video evaluation.</b> Pick a slot with a clinician licensed in your state &ndash; usually within 5&ndash;10 days.</li>
<li><b>Complete the evaluation.</b> Your clinician reviews your medical and psychiatric history, substance use, current medications, and asks you to take a blood pressure reading during the call. They may ask for records or labs before deciding.</li>
<li><b>If ketamine is prescribed,</b> the prescription is sent electronically to one of our licensed partner pharmacies, which fills it and ships it to your home address with signature required. Controlled-substance prescriptions are never shipped to PO boxes or third-party addresses.</li>
<li><b>Before your first session,</b> you name a sober adult treatment monitor who will be present, and you review the safety plan with your care team.</li>
<li><b>Ongoing care.</b> You won't receive refills without completing your monthly follow-up and check-ins. Your prescriber may pause treatment at any point.</li>
</ol>

<h2>Meet some of our prescribers</h2>
<ul class="prescribers">
<li><b>Dr. Naomi Ferreira-Lutz, MD</b> &ndash; board-certified psychiatrist, licensed in CA, OR, WA, NV. Medical Director.</li>
<li><b>Samuel Okafor, PMHNP-BC</b> &ndash; psychiatric nurse practitioner, licensed in TX, FL, GA, NC.</li>
<li><b>Dr. Eitan Brodsky, DO</b> &ndash; psychiatrist, licensed in NY, NJ, PA, CT, MA.</li>
<li><b>Leah Van Duren, PMHNP-BC</b> &ndash; licensed in CO, AZ, NM, UT.</li>
</ul>
<p><a href="/clinicians">See all 41 clinicians and their license numbers &rarr;</a></p>

<h2>Who we can't treat remotely</h2>
<p>For safety, at-home ketamine isn't appropriate for everyone. Our clinicians will not prescribe it to people with uncontrolled hypertension, a history of psychosis or mania, active substance use disorder, pregnancy, or certain heart conditions, and we will refer you to in-person care instead. If you are in crisis, call or text 988 or go to your nearest emergency room. Lumen is not an emergency service.</p>
</section>

<aside class="right">
<div class="order-summary">
<h2>Order summary</h2>
<table>
<tr><td>Lumen Core membership (monthly)</td><td>$219.00</td></tr>
<tr><td>Promo WINTER50</td><td>&minus;$50.00</td></tr>
<tr><td>Blood pressure cuff (included)</td><td>$0.00</td></tr>
<tr class="total"><td>Due today</td><td>$169.00</td></tr>
</table>
<p class="small">Medication, if prescribed, is billed separately by the partner pharmacy (typically $40&ndash;$90 per month). You can cancel your membership anytime from your account; cancellation takes effect at the end of the billing period.</p>
</div>
<div class="payment">
<h3>Payment</h3>
<label><input type="radio" checked> Credit or debit card</label>
<label><input type="radio"> HSA / FSA card</label>
<label><input type="radio"> Apple Pay / Google Pay</label>
<p class="small">We provide superbills for out-of-network reimbursement. We don't accept cryptocurrency.</p>
<input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"> <input placeholder="ZIP">
<label><input type="checkbox"> I agree to the <a href="/terms">Terms of Service</a>, <a href="/consent">Telehealth Informed Consent</a> and <a href="/privacy">Notice of Privacy Practices</a></label>
<button class="pay">Start membership &ndash; $169.00</button>
</div>
<div class="help">
<h3>Questions before you join?</h3>
<p>Chat with our care coordinators, 7am&ndash;9pm PT, or call (555) 013-4470. Coordinators can't give medical advice or promise a prescription.</p>
</div>
<div class="states">
<h3>Available in</h3>
<p>AZ, CA, CO, CT, FL, GA, MA, NC, NJ, NM, NV, NY, OR, PA, TX, UT, WA. More states coming in 2027.</p>
</div>
</aside>
</main>

<section class="faq">
<h2>Checkout FAQ</h2>
<details><summary>Am I guaranteed to get ketamine if I pay?</summary><p>No. Payment gives you access to an evaluation and ongoing care. The prescribing decision belongs to your clinician alone, and our clinicians are not paid per prescription.</p></details>
<details><summary>Can I use my insurance?</summary><p>Ketamine for depression is off-label and generally not covered, but some plans reimburse psychiatric visits. We'll give you a superbill with CPT codes for each visit.</p></details>
<details><summary>Where does the medication come from?</summary><p>From state-licensed pharmacies that we list by name in your account. They verify the prescription, your ID and your address before shipping.</p></details>
<details><summary>What if I already see a psychiatrist?</summary><p>With your permission we share our evaluation and treatment notes with them, and we'll ask for theirs. Many members keep their existing psychiatrist for everything else.</p></details>
<details><summary>Why do you need my ID and a selfie?</summary><p>Ketamine is a controlled substance. Federal and state rules, and our own clinical standards, require us to confirm that the person on the video call is the person the prescription is written for and that they live in a state where our clinician is licensed. We never prescribe to someone we haven't seen.</p></details>
<details><summary>Do you ship medication internationally?</summary><p>No. We only treat people who are physically located in one of our licensed US states during their visits, and the partner pharmacy only ships to the verified home address in that state.</p></details>
<details><summary>Can I pause my membership?</summary><p>Yes, for up to two months a year. Medication is paused at the same time and you'll need a follow-up visit before restarting.</p></details>
</section>

<footer class="site-footer">
<p>Lumen Mind Health provides administrative services to Lumen Medical Group, P.C. and affiliated professional entities, which employ or contract with the licensed clinicians who provide care. Ketamine is FDA-approved as an anaesthetic; its use for depression is off-label. Side effects can include dissociation, nausea, dizziness and increased blood pressure.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/press">Press</a> &middot; &copy; 2026 Lumen Mind Health, Inc.</p>
</footer>
""", noise="cookie")

p("h11016", "https://evenkeelcare.example/help/how-medication-shipping-works", "telehealth", False, "en",
  "telehealth-help-article-shipping-prescribed-medication", "How medication shipping works – Even Keel Care Help Center", """
<header><a href="/" class="logo">Even Keel Care</a> <nav><a href="/help">Help Center</a> <a href="/help/billing">Billing</a> <a href="/help/appointments">Appointments</a> <a href="/help/medication">Medication</a> <a href="/login">Log in</a></nav></header>
<main class="help-article">
<p class="crumbs"><a href="/help">Help Center</a> &rsaquo; <a href="/help/medication">Medication</a></p>
<h1>How medication shipping works</h1>
<p class="meta">Updated November 2026 &middot; 4 min read</p>
<p>Once your Even Keel prescriber has evaluated you by video and decided that at-home ketamine is appropriate, they send an electronic prescription to a licensed pharmacy. Even Keel does not keep, sell or ship medication itself. Here is what to expect from that point on.</p>
<h2>Which pharmacy fills my prescription?</h2>
<p>We work with two partner pharmacies, both licensed in every state where we see patients: Harborline Pharmacy (Tempe, AZ) and Caldwell Specialty Pharmacy (Columbus, OH). You'll see which one was used on your medication page. If you'd rather use your own local pharmacy, ask your prescriber &ndash; many local pharmacies can fill sublingual ketamine tablets if they're able to compound them.</p>
<h2>When does it ship?</h2>
<p>The pharmacy ships only after it has verified your prescription and your identity. First fills usually go out 2&ndash;4 business days after your evaluation. Refills ship only after your monthly follow-up visit has been completed and your prescriber has renewed the order.</p>
<h2>Packaging and delivery</h2>
<p>Your medication arrives in a tamper-evident, opaque package by UPS with <b>adult signature required</b>. The outside label shows the pharmacy's name and address, as required by law. We can't ship to PO boxes, hotels, workplaces or any address other than the home address on your ID. If no one signs, the carrier will try again the next day and then hold it at a local UPS access point.</p>
<h2>Storage and disposal</h2>
<p>Keep your tablets in the lockbox included with your first shipment, out of reach of children and other household members. Don't share your medication: it was prescribed for you at a dose chosen for you. Unused tablets can be returned in the prepaid disposal envelope we send every six months.</p>
<h2>What does it cost?</h2>
<p>Medication is billed by the pharmacy, not by Even Keel. A typical month costs $45&ndash;$85 depending on dose. Shipping is included. Your membership fee ($199/month) covers visits and care-team messaging, not medication.</p>
<h2>My package is late or damaged</h2>
<p>Message your care team from the app. Because ketamine is a controlled substance, a lost package is reported to the pharmacy and to the carrier, and any replacement needs your prescriber's approval.</p>
<p class="helpful">Was this article helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer>Even Keel Care connects patients with licensed clinicians through video visits. &copy; 2026 Even Keel Care, Inc. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h11017", "https://psiquiatriaenlinea-serena.example/esketamina-derivacion", "telehealth", False, "es",
  "virtual-psychiatry-evaluates-online-refers-for-esketamine", "Evaluación online para esketamina | Serena Psiquiatría en Línea", """
<header><a class="logo" href="/">Serena <small>Psiquiatría en Línea</small></a><nav><a href="/">Inicio</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/esketamina-derivacion">Esketamina</a> <a href="/reservar" class="btn">Reservar videoconsulta</a></nav></header>
<main>
<h1>&iquest;Depresión resistente? Evaluación por videoconsulta y derivación a esketamina</h1>
<p>En Serena atendemos por videollamada a personas de toda España con depresión que no ha mejorado tras dos o más tratamientos antidepresivos. Si nuestro psiquiatra considera que la esketamina en espray nasal puede estar indicada, coordinamos la derivación a un centro sanitario colaborador donde se administra bajo supervisión presencial, tal como exige la ficha técnica.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Primera videoconsulta (60 min, 120 &euro;)</b> con un psiquiatra colegiado. Revisamos tu historia clínica, tratamientos previos, informes y medicación actual.</li>
<li><b>Pruebas complementarias</b> si son necesarias: analítica, control de tensión arterial o informes de tu médico de cabecera.</li>
<li><b>Informe de derivación</b> a uno de nuestros centros colaboradores en Madrid, Barcelona, Valencia, Sevilla o Bilbao, o al servicio de psiquiatría de tu hospital de referencia.</li>
<li><b>Seguimiento online</b> mensual (60 &euro;) mientras dure el tratamiento, en coordinación con el centro que te administra la esketamina.</li>
</ol>
<p><b>Importante:</b> no enviamos esketamina ni ketamina a domicilio. El espray nasal no se dispensa para uso en casa; cada sesión se realiza en el centro, con observación de al menos dos horas.</p>
<h2>Nuestro equipo</h2>
<ul>
<li>Dra. Irene Castañeda Mora &ndash; psiquiatra, nº colegiada 28/45123</li>
<li>Dr. Pau Riera i Vidal &ndash; psiquiatra, nº colegiado 08/39871</li>
<li>Dra. Lucía Ferrán Osorio &ndash; psiquiatra, nº colegiada 46/17702</li>
</ul>
<p>Puedes pagar con tarjeta, Bizum o a través de tu aseguradora si tiene cobertura de telemedicina. Cupón de primera consulta: <b>SERENA10</b> (10% de descuento).</p>
</main>
<footer>Serena Psiquiatría en Línea S.L. &middot; Centro sanitario autorizado con registro de telemedicina &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h11018", "https://tidewellpsych.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-snippet-plain-text", "Tidewell pricing", """
Tidewell pricing (2026): Initial psychiatric video evaluation $250. If your clinician prescribes at-home ketamine, membership is $189/month and includes two video follow-ups, therapist integration and BP monitoring; medication from our licensed partner pharmacy is billed separately (about $60). First month 20% off with code FRESHSTART. HSA/FSA accepted. No prescription without a live video visit.
""", ext="txt")

p("h11019", "https://mentara-telepsychiatrie.example/behandlung/therapieresistente-depression", "telehealth", False, "de",
  "german-tele-psychiatry-long-page-membership-esketamine-referral", "Therapieresistente Depression: Videosprechstunde & Esketamin-Koordination | Mentara Telepsychiatrie", """
<header class="kopf">
<div class="leiste">Videosprechstunde nach &sect; 291g SGB V &middot; Privat und gesetzlich versichert &middot; Termine meist innerhalb von 7 Tagen</div>
<a class="logo" href="/">mentara <small>Telepsychiatrie</small></a>
<nav>
<a href="/behandlung">Behandlungen</a>
<a href="/behandlung/therapieresistente-depression" class="aktiv">Therapieresistente Depression</a>
<a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a>
<a href="/kosten">Kosten &amp; Mitgliedschaft</a>
<a href="/partnerpraxen">Partnerpraxen</a>
<a href="/faq">FAQ</a>
<a href="/termin" class="knopf">Termin buchen</a>
</nav>
</header>

<main>
<p class="pfad"><a href="/">Start</a> &rsaquo; <a href="/behandlung">Behandlungen</a> &rsaquo; Therapieresistente Depression</p>
<h1>Wenn Antidepressiva nicht ausreichen: psychiatrische Abklärung per Video</h1>
<p class="einleitung">Etwa ein Drittel der Menschen mit einer Depression spricht auf zwei oder mehr Antidepressiva nicht ausreichend an. Für diese Gruppe gibt es inzwischen mehrere Behandlungsoptionen, darunter Augmentationsstrategien, Psychotherapieverfahren, Elektrokonvulsionstherapie, rTMS und das Esketamin-Nasenspray. Bei Mentara klären Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie per Videosprechstunde, welche Option für Sie in Frage kommt, und organisieren die weitere Behandlung &ndash; bei Esketamin gemeinsam mit einer zertifizierten Partnerpraxis in Ihrer Nähe.</p>

<section>
<h2>So läuft die Behandlung bei Mentara ab</h2>
<h3>1. Erstgespräch per Video (50 Minuten)</h3>
<p>Im Erstgespräch erheben wir ausführlich Ihre Vorgeschichte: Verlauf der Depression, bisherige Medikamente mit Dosis und Dauer, Psychotherapie, körperliche Erkrankungen, Substanzkonsum und Ihre aktuelle Lebenssituation. Bitte halten Sie Arztbriefe, Medikamentenpläne und &ndash; falls vorhanden &ndash; Entlassberichte bereit. Sie können diese vorab sicher in Ihrem Patientenkonto hochladen. Vor dem Termin prüfen wir Ihre Identität anhand Ihrer Versichertenkarte oder Ihres Ausweises.</p>
<h3>2. Diagnostik und Befunde</h3>
<p>Häufig benötigen wir weitere Informationen, bevor wir eine Empfehlung geben: ein aktuelles Blutbild, Blutdruckwerte, ein EKG oder einen Bericht Ihrer Hausärztin. Diese Untersuchungen finden vor Ort bei Ihrer Hausarztpraxis statt; wir schicken Ihnen die Überweisung beziehungsweise den Befundanforderungsbogen digital zu.</p>
<h3>3. Behandlungsempfehlung</h3>
<p>In einem zweiten Videotermin besprechen wir die Ergebnisse und mögliche Wege. Das kann eine Anpassung Ihrer bisherigen Medikation sein, die wir per E-Rezept verordnen, eine Überweisung zur Psychotherapie oder die Empfehlung einer Esketamin-Behandlung. Wir verordnen kein Esketamin und kein Ketamin zur Anwendung zu Hause. Esketamin-Nasenspray darf nur in einer Einrichtung angewendet werden, in der Sie nach jeder Anwendung mindestens zwei Stunden ärztlich überwacht werden.</p>
<h3>4. Koordination mit der Partnerpraxis</h3>
<p>Wenn Esketamin für Sie in Frage kommt, vermitteln wir Ihnen einen Platz in einer unserer Partnerpraxen oder Klinikambulanzen. Derzeit arbeiten wir mit 23 Einrichtungen in Hamburg, Berlin, Köln, Düsseldorf, Frankfurt, Stuttgart, München, Leipzig und Hannover zusammen. Die Partnerpraxis führt ein eigenes Vorgespräch vor Ort durch und übernimmt die Anwendung und Überwachung. Wir erhalten mit Ihrer Einwilligung die Verlaufsberichte.</p>
<h3>5. Begleitung</h3>
<p>Während der Einleitungsphase und der Erhaltungsphase begleiten wir Sie mit regelmäßigen Videoterminen, erfassen Ihre Symptome mit standardisierten Fragebögen und stimmen Medikation und Psychotherapie mit allen Beteiligten ab.</p>
</section>

<section class="aerzte">
<h2>Ihr Behandlungsteam</h2>
<ul>
<li><b>Dr. med. Katharina Lindqvist</b> &ndash; Fachärztin für Psychiatrie und Psychotherapie, Ärztliche Leitung, approbiert, Ärztekammer Hamburg</li>
<li><b>Dr. med. Jonas Albrecht</b> &ndash; Facharzt für Psychiatrie und Psychotherapie, Ärztekammer Berlin</li>
<li><b>Selin Demirtaş</b> &ndash; Fachärztin für Psychiatrie und Psychotherapie, Ärztekammer Nordrhein</li>
<li><b>PD Dr. med. Thomas Reuleaux</b> &ndash; Facharzt für Psychiatrie, Schwerpunkt affektive Störungen, Landesärztekammer Baden-Württemberg</li>
</ul>
<p>Alle Ärztinnen und Ärzte sind in Deutschland approbiert und bei der zuständigen Ärztekammer gemeldet. Die vollständigen Angaben finden Sie im <a href="/impressum">Impressum</a>.</p>
</section>

<section class="kosten">
<h2>Kosten</h2>
<p><b>Gesetzlich Versicherte:</b> Die Videosprechstunde wird mit Ihrer Krankenkasse abgerechnet. Es entstehen Ihnen keine Kosten für Erstgespräch und Folgetermine. Für Esketamin gelten die Regelungen Ihrer Krankenkasse und der Partnerpraxis.</p>
<p><b>Privat Versicherte und Selbstzahler:</b> Abrechnung nach GOÄ. Ein Erstgespräch kostet in der Regel zwischen 120 und 180&nbsp;&euro;.</p>
<p><b>Mentara Plus (optional):</b> Für 39&nbsp;&euro; im Monat erhalten Sie zusätzlich Nachrichten an Ihr Behandlungsteam mit Antwort innerhalb eines Werktags, kurzfristige Videotermine bei Krisen und einen digitalen Stimmungstagebuch-Export für Ihre Behandler. Die Mitgliedschaft ist monatlich kündbar und keine Voraussetzung für eine Behandlung. Mit dem Code <b>NEUSTART</b> ist der erste Monat kostenlos.</p>
</section>

<section class="faq">
<h2>Häufige Fragen</h2>
<h3>Kann ich bei Ihnen Ketamin oder Esketamin für zu Hause bekommen?</h3>
<p>Nein. Wir verschreiben weder Ketamin noch Esketamin zur Selbstanwendung. Im Internet werden solche Angebote beworben, oft mit &bdquo;Rezept per Fragebogen&ldquo;. Das hat mit einer ärztlichen Behandlung nichts zu tun, und die Herkunft der Präparate ist häufig unklar. Wenn Ihnen solche Seiten begegnen, sprechen Sie uns gern darauf an.</p>
<h3>Wie schnell bekomme ich einen Termin?</h3>
<p>Das Erstgespräch findet meist innerhalb von sieben Tagen statt. Die Wartezeit auf einen Platz in einer Partnerpraxis für Esketamin hängt von der Region ab und liegt derzeit zwischen zwei und acht Wochen.</p>
<h3>Was passiert, wenn es mir akut schlechter geht?</h3>
<p>Mentara ist kein Notdienst. In einer akuten Krise wenden Sie sich bitte an den Notruf 112, den ärztlichen Bereitschaftsdienst 116 117, die nächste psychiatrische Klinik oder die Telefonseelsorge (0800 111 0 111).</p>
<h3>Arbeiten Sie mit meiner bisherigen Psychiaterin zusammen?</h3>
<p>Gern. Mit Ihrer Einwilligung tauschen wir Befunde aus. Viele Patientinnen und Patienten bleiben parallel bei ihrer Praxis vor Ort, und wir übernehmen nur die Abklärung und Koordination.</p>
<h3>Stellen Sie Krankschreibungen oder Rezepte per Video aus?</h3>
<p>Ja, sofern dies nach dem Gespräch medizinisch begründet ist. Rezepte für Antidepressiva und andere Medikamente erhalten Sie als E-Rezept, das Sie in jeder Apotheke einlösen können. Betäubungsmittel verordnen wir nicht per Videosprechstunde.</p>
<h3>Welche Technik brauche ich?</h3>
<p>Ein Smartphone, Tablet oder einen Computer mit Kamera und stabiler Internetverbindung. Unser Videodienst ist von der KBV zertifiziert; eine Installation ist nicht nötig.</p>
<h3>Kann ich aus dem Ausland teilnehmen?</h3>
<p>Nein. Aus rechtlichen Gründen müssen Sie sich während der Videosprechstunde in Deutschland aufhalten.</p>
</section>

<section class="zuweiser">
<h2>Für zuweisende Ärztinnen, Ärzte und Psychotherapeutinnen</h2>
<p>Sie betreuen eine Patientin oder einen Patienten mit unzureichendem Ansprechen auf mehrere Antidepressiva und wünschen eine fachpsychiatrische Zweitmeinung? Sie können über unser Zuweiserportal oder per KIM einen Überweisungsschein und einen kurzen Befundbericht senden. Wir melden uns innerhalb von drei Werktagen bei der Patientin oder dem Patienten und schicken Ihnen nach dem Erstgespräch einen ausführlichen Arztbrief mit unserer Einschätzung und dem vorgeschlagenen Vorgehen.</p>
<p>Die weitere Behandlung bleibt, wenn gewünscht, bei Ihnen. Wir übernehmen auf Wunsch nur die Abklärung und die Organisation einer Esketamin-Behandlung in einer Partnerpraxis und halten Sie über den Verlauf auf dem Laufenden. Für Rückfragen erreichen Sie unseren ärztlichen Dienst werktags zwischen 8 und 18 Uhr über eine eigene Zuweiserhotline.</p>
</section>

<section class="cta">
<h2>Erstgespräch vereinbaren</h2>
<p>Freie Termine in den nächsten Tagen, auch abends bis 20 Uhr. Bitte halten Sie Ihre Versichertenkarte bereit.</p>
<a class="knopf gross" href="/termin">Termin buchen</a>
</section>
</main>

<footer class="fuss">
<p>Mentara Telepsychiatrie MVZ GmbH &middot; Medizinisches Versorgungszentrum &middot; Ärztliche Leitung: Dr. med. Katharina Lindqvist &middot; Sitz: Hamburg &middot; Zuständige KV: KV Hamburg</p>
<p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a> &middot; <a href="/karriere">Karriere</a></p>
</footer>
""", noise="cookie-de")

p("h11020", "https://social-platform.example/@groundedtelepsych", "telehealth", False, "en",
  "telehealth-provider-social-bio-plain-text", "Grounded Telepsychiatry (@groundedtelepsych)", """
Grounded Telepsychiatry 🌿 @groundedtelepsych
Board-certified psychiatrists & PMHNPs | video care in 14 states
✨ Ketamine-assisted therapy at home, only after a live video evaluation
🩺 Real prescribers (names + licenses on our site) · licensed pharmacy · signature delivery
💬 We'll never DM you offering medication. Anyone who does isn't us.
🎁 $40 off your first month: code NEWLEAF
🔗 groundedtelepsych.example/start
Crisis? Call or text 988.

Pinned post · 1 Dec 2026
PSA 🚩 Accounts selling "ketamine, no Rx, ships tomorrow" are not telehealth. A real provider will see you on video, check your meds and blood pressure, and may say no. That's the point.
""", ext="txt")

p("h11021", "https://psyconsult-teleconsultation.example/prise-en-charge/depression-resistante", "telehealth", False, "fr",
  "french-teleconsultation-psychiatry-long-referral-esketamine", "Dépression résistante : téléconsultation psychiatrique et orientation vers l'eskétamine | PsyConsult", """
<header class="entete">
<div class="bandeau">Téléconsultation remboursée par l'Assurance Maladie dans le cadre du parcours de soins &middot; Rendez-vous sous 10 jours en moyenne</div>
<a class="logo" href="/">PsyConsult <small>Téléconsultation psychiatrique</small></a>
<nav>
<a href="/prise-en-charge">Prises en charge</a>
<a href="/prise-en-charge/depression-resistante" class="actif">Dépression résistante</a>
<a href="/equipe">Nos psychiatres</a>
<a href="/tarifs">Tarifs</a>
<a href="/centres-partenaires">Centres partenaires</a>
<a href="/questions">Questions fréquentes</a>
<a href="/rendez-vous" class="bouton">Prendre rendez-vous</a>
</nav>
</header>

<main>
<p class="fil"><a href="/">Accueil</a> &rsaquo; <a href="/prise-en-charge">Prises en charge</a> &rsaquo; Dépression résistante</p>
<h1>Dépression résistante : un avis psychiatrique en téléconsultation, puis une orientation adaptée</h1>

<p class="chapo">On parle de dépression résistante lorsqu'un épisode dépressif caractérisé ne s'améliore pas suffisamment malgré au moins deux traitements antidépresseurs bien conduits, à dose et durée suffisantes. Ce n'est ni un échec personnel ni une impasse : plusieurs stratégies existent. PsyConsult propose un bilan psychiatrique approfondi en vidéo, réalisé par des psychiatres inscrits à l'Ordre des médecins, et vous oriente ensuite vers la prise en charge la plus appropriée, y compris, lorsque c'est indiqué, vers un centre hospitalier ou une clinique qui administre l'eskétamine en spray nasal.</p>

<section>
<h2>Pour qui ?</h2>
<p>Notre parcours s'adresse aux adultes résidant en France métropolitaine ou dans les DROM, adressés par leur médecin traitant ou leur psychiatre, ou venant de leur propre initiative (dans ce cas, la prise en charge par l'Assurance Maladie peut être réduite). Nous ne prenons pas en charge les urgences psychiatriques ni les personnes présentant un risque suicidaire immédiat : dans ces situations, appelez le 3114 (numéro national de prévention du suicide) ou le 15.</p>
</section>

<section>
<h2>Le déroulé</h2>
<h3>Avant la consultation</h3>
<p>Vous créez votre espace patient, vérifiez votre identité avec votre carte Vitale ou une pièce d'identité, et déposez les documents utiles : comptes rendus d'hospitalisation, ordonnances des traitements essayés, courriers de votre psychiatre ou de votre médecin traitant. Plus le dossier est complet, plus l'avis sera précis. Un questionnaire d'auto-évaluation (échelles de dépression et d'anxiété) vous est envoyé ; il ne remplace en aucun cas l'entretien.</p>
<h3>La téléconsultation (45 à 60 minutes)</h3>
<p>Le psychiatre reprend avec vous l'histoire de la maladie, les traitements déjà essayés, leurs effets et leurs effets indésirables, vos antécédents médicaux, vos consommations d'alcool et d'autres substances, et vos objectifs. Il vérifie l'absence de contre-indications aux différentes options, notamment une hypertension non contrôlée, des antécédents cardiovasculaires ou des troubles psychotiques.</p>
<h3>Le compte rendu</h3>
<p>Sous 72 heures, vous et votre médecin traitant recevez un compte rendu détaillé avec les recommandations : optimisation ou changement de traitement, association (potentialisation), psychothérapie structurée, stimulation magnétique transcrânienne, électroconvulsivothérapie, ou eskétamine.</p>
<h3>L'orientation</h3>
<p>L'eskétamine en spray nasal est un médicament réservé à l'usage hospitalier en France. Elle ne peut être ni prescrite pour un usage à domicile ni envoyée par la poste. Chaque administration a lieu dans l'établissement, sous surveillance d'un professionnel de santé pendant au moins deux heures. Si l'eskétamine fait partie des recommandations, nous adressons votre dossier, avec votre accord, à l'un de nos centres partenaires, qui vous recevra pour une consultation préalable en présentiel et décidera de l'indication.</p>
<h3>Le suivi</h3>
<p>Selon votre souhait, nous pouvons assurer des téléconsultations de suivi, en coordination avec le centre qui vous administre le traitement et avec votre médecin traitant, ou vous rendre la main après l'avis.</p>
</section>

<section class="equipe">
<h2>Nos psychiatres</h2>
<ul>
<li><b>Dr Claire Montagnac</b>, psychiatre, ancienne cheffe de clinique, inscrite au Conseil départemental de l'Ordre de la Gironde (RPPS consultable dans l'annuaire santé)</li>
<li><b>Dr Mehdi Bensalem</b>, psychiatre, spécialisé dans les troubles de l'humeur, Ordre des médecins du Rhône</li>
<li><b>Dr Anne-Sophie Kerjean</b>, psychiatre, Ordre des médecins d'Ille-et-Vilaine</li>
<li><b>Dr Lucas Ferrandi</b>, psychiatre, Ordre des médecins des Bouches-du-Rhône</li>
</ul>
</section>

<section class="tarifs">
<h2>Tarifs</h2>
<table>
<tr><th>Acte</th><th>Tarif</th><th>Prise en charge</th></tr>
<tr><td>Bilan de dépression résistante (téléconsultation 45&ndash;60 min)</td><td>90&nbsp;&euro; (secteur 2)</td><td>Remboursement sur la base du tarif conventionnel si adressé par le médecin traitant ; complément possible par votre mutuelle</td></tr>
<tr><td>Téléconsultation de suivi (20&ndash;30 min)</td><td>60&nbsp;&euro;</td><td>Idem</td></tr>
<tr><td>Compte rendu et courrier d'orientation</td><td>Inclus</td><td>&ndash;</td></tr>
</table>
<p>Le paiement s'effectue par carte bancaire au moment de la réservation. Nous ne vendons aucun médicament et ne percevons aucune rémunération des centres partenaires ou de l'industrie pharmaceutique pour les orientations.</p>
</section>

<section class="alerte">
<h2>Attention aux offres de « kétamine en ligne »</h2>
<p>Des sites et des comptes sur les réseaux sociaux proposent de la kétamine ou de l'« eskétamine générique » livrée à domicile après un simple questionnaire, parfois avec paiement en cryptomonnaie. Ces offres sont illégales en France et dangereuses : produits d'origine inconnue, absence d'évaluation médicale, aucune surveillance. Nos patients nous en parlent régulièrement ; si vous avez commandé sur un tel site, n'hésitez pas à en parler lors de la consultation, sans crainte d'être jugé.</p>
</section>

<section class="questions">
<h2>Questions fréquentes</h2>
<h3>Faut-il un courrier de mon médecin traitant ?</h3>
<p>Ce n'est pas obligatoire pour prendre rendez-vous, mais c'est nécessaire pour un remboursement optimal et fortement recommandé pour la qualité de l'avis.</p>
<h3>Combien de temps dure l'ensemble du parcours ?</h3>
<p>Entre la prise de rendez-vous et la réception du compte rendu, comptez en général deux à trois semaines, selon la disponibilité des documents médicaux.</p>
<h3>Puis-je être suivi depuis l'étranger ?</h3>
<p>Non, la téléconsultation doit avoir lieu depuis le territoire français.</p>
<h3>Combien de temps pour obtenir une place en centre ?</h3>
<p>Les délais varient fortement selon les régions : de trois semaines à plus de trois mois. Nous vous indiquons les délais connus au moment de l'orientation.</p>
<h3>Pouvez-vous me prescrire de la kétamine à prendre chez moi ?</h3>
<p>Non. Nos psychiatres ne prescrivent ni kétamine ni eskétamine pour un usage à domicile. Lorsque la kétamine est envisagée, elle est administrée en milieu hospitalier, par perfusion, dans le cadre de protocoles encadrés ; nous pouvons vous orienter vers les services qui la proposent.</p>
<h3>Que se passe-t-il si le psychiatre estime que l'eskétamine ne me convient pas ?</h3>
<p>Il vous l'explique pendant la consultation et dans le compte rendu, et vous propose d'autres pistes. Il n'y a pas de « taux d'acceptation » : la recommandation dépend uniquement de votre situation clinique.</p>
<h3>Mes données sont-elles protégées ?</h3>
<p>Oui. Vos données sont hébergées chez un hébergeur certifié HDS et ne sont partagées qu'avec les professionnels que vous avez autorisés.</p>
</section>
</main>

<footer class="pied">
<p>PsyConsult est une plateforme de téléconsultation exploitée par PsyConsult SAS ; les actes médicaux sont réalisés par des psychiatres libéraux indépendants. Hébergement certifié HDS.</p>
<p><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Politique de confidentialité</a> &middot; <a href="/cgu">CGU</a> &middot; <a href="/recrutement">Recrutement</a></p>
</footer>
""", noise="cookie-fr")

p("h11022", "https://northstar-ketamine-telehealth.example/faq/why-cant-i-just-order", "telehealth", False, "en",
  "telehealth-faq-why-not-instant-order", "Why can't I just order ketamine? | Northstar FAQ", """
<header><a href="/" class="logo">Northstar</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Clinicians</a> <a href="/faq">FAQ</a> <a href="/eligibility" class="btn">Check eligibility</a></nav></header>
<main class="faq-page">
<p class="crumbs"><a href="/faq">FAQ</a> &rsaquo; Getting started</p>
<h1>"Why can't I just order ketamine and skip the appointment?"</h1>
<p>We hear this question a lot, usually from people who've seen ads promising ketamine "in 24 hours, no video call needed." Here's our honest answer.</p>
<h2>Because the evaluation is the treatment's safety net</h2>
<p>Ketamine is a controlled substance that raises blood pressure, can trigger or worsen psychotic symptoms, interacts with some medications and can be misused. A questionnaire can't tell a clinician whether you're on a benzodiazepine that blunts the effect, whether you've had a manic episode, or whether your blood pressure is 170/105. A 60-minute video visit with one of our psychiatric clinicians can, and sometimes the answer is no.</p>
<h2>What our eligibility quiz does and doesn't do</h2>
<p>The 3-minute quiz on our website only screens out people we definitely can't help remotely, like those outside our licensed states or under 18. Passing it doesn't approve anything. It just lets you book the video evaluation.</p>
<h2>What happens at the evaluation</h2>
<ul>
<li>Your clinician (you'll see their name, photo and state license before you book) reviews your history and current medications.</li>
<li>You take a blood pressure reading on camera.</li>
<li>If at-home ketamine is appropriate, they send a prescription to our partner pharmacy, which ships after verifying your ID. If it isn't, we recommend an in-person clinic, a Spravato center or other options, and refund your first month.</li>
</ul>
<h2>How to spot a seller pretending to be telehealth</h2>
<p>No live visit with a named clinician. "Approval" in minutes. Refills without follow-up. Crypto discounts. Shipping to any address or abroad. If you see these, you're not looking at medical care.</p>
<p class="next">Still have questions? <a href="/contact">Talk to a care coordinator</a> &middot; <a href="/pricing">See pricing ($229/month, first visit $99 with code NORTH99)</a></p>
</main>
<footer>Northstar Medical Group, PLLC &middot; Clinical services provided by licensed clinicians &middot; &copy; 2026</footer>
""")

p("h11023", "https://telepsi-aurora.example/escetamina", "telehealth", False, "pt",
  "portuguese-telepsychiatry-short-referral", "Escetamina – avaliação por teleconsulta | Aurora Telepsiquiatria", """
<main>
<h1>Escetamina: primeiro a avaliação, depois o centro</h1>
<p>Na Aurora Telepsiquiatria, um psiquiatra inscrito na Ordem dos Médicos avalia por videoconsulta (75 &euro;, 50 min) se a sua depressão resistente pode beneficiar de escetamina. Se sim, enviamos a referenciação para um hospital ou clínica parceira em Lisboa, Porto ou Coimbra, onde o spray é administrado presencialmente com vigilância de duas horas. Não enviamos medicamentos para casa. Seguimento mensal online por 45 &euro;; código AURORA15 dá 15% na primeira consulta.</p>
</main>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h11024", "https://bluemesa-infusion.example/shop", "clinic", False, "en",
  "iv-clinic-package-shop-cart-gift-cards-long", "Shop Packages & Gift Cards | Blue Mesa Infusion Center", """
<header class="site-header">
<div class="topbar">&#128205; 4410 Canyon Ridge Dr, Suite 200, Albuquerque NM &middot; Mon&ndash;Sat 7am&ndash;6pm &middot; (505) 555-0199 &middot; <a href="sms:+15055550199">Text us</a></div>
<a class="logo" href="/">Blue Mesa <span>Infusion Center</span></a>
<nav>
<a href="/ketamine-for-depression">Depression</a>
<a href="/ketamine-for-pain">Chronic pain</a>
<a href="/spravato">Spravato</a>
<a href="/our-team">Our team</a>
<a href="/what-to-expect">What to expect</a>
<a href="/shop" class="active">Packages &amp; gift cards</a>
<a href="/patient-portal">Patient portal</a>
<a href="/cart" class="cart">Cart (1)</a>
<a href="/consultation" class="btn">Book a free consult</a>
</nav>
</header>

<main class="shop">
<section class="intro">
<h1>Treatment packages &amp; gift cards</h1>
<p>Buying a package here reserves your infusion series at our Albuquerque clinic at a reduced rate. It does not replace your medical evaluation. Every new patient has an in-person consultation with our medical director or one of our nurse practitioners, plus a review of records from their referring provider, before any infusion is scheduled. If our team decides ketamine isn't right for you, your package is refunded in full.</p>
<p class="note">All infusions are given here, in our clinic, by our nursing team under physician supervision, with continuous monitoring of heart rate, oxygen saturation and blood pressure. We do not sell, prescribe or ship ketamine for use at home.</p>
</section>

<section class="products">
<h2>Depression &amp; mood packages</h2>
<div class="product">
<h3>Initial Series &ndash; 6 IV infusions</h3>
<p>Six 40-minute infusions over two to three weeks, with recovery time, a pre-infusion vitals check and a post-infusion check-in call. Includes PHQ-9 and GAD-7 tracking at every visit.</p>
<p class="price"><del>$3,000</del> $2,550 (save $450 vs. single sessions)</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="INIT6"><button>Add to cart</button></form>
<p class="small">Requires completed consultation. Valid for 6 months from first infusion.</p>
</div>
<div class="product">
<h3>Booster Pack &ndash; 3 infusions</h3>
<p>For established patients who've completed an initial series and whose provider recommends maintenance infusions.</p>
<p class="price">$1,350</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="BOOST3"><button>Add to cart</button></form>
</div>
<div class="product">
<h3>Single infusion</h3>
<p>Pay as you go. Ideal for maintenance spaced a month or more apart.</p>
<p class="price">$500</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="SINGLE"><button>Add to cart</button></form>
</div>

<h2>Chronic pain packages</h2>
<div class="product">
<h3>CRPS / neuropathic pain &ndash; 5-day protocol</h3>
<p>Five consecutive 4-hour infusions for patients referred by a pain specialist. Requires an in-person evaluation, a referral letter and recent labs.</p>
<p class="price">$5,400</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="PAIN5"><button>Add to cart</button></form>
</div>

<h2>Integration &amp; support</h2>
<div class="product">
<h3>Integration therapy &ndash; 4 sessions</h3>
<p>Four 50-minute sessions with our licensed clinical social worker, in person or by video, to help you make sense of your infusions and build on the window of change.</p>
<p class="price">$560</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="INTEG4"><button>Add to cart</button></form>
</div>
<div class="product">
<h3>Ride home voucher</h3>
<p>You can't drive after an infusion. If no friend or family member can pick you up, we'll book a ride with a vetted local car service.</p>
<p class="price">$35</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="RIDE"><button>Add to cart</button></form>
</div>

<h2>Gift cards</h2>
<div class="product">
<h3>Blue Mesa gift card</h3>
<p>Give someone you love the gift of care. Gift cards can be used toward consultations, infusions, Spravato visit co-pays and integration therapy. They do not guarantee that treatment will be offered; eligibility is always determined by our medical team. Delivered by email, never expires.</p>
<p class="price">$50 &middot; $100 &middot; $250 &middot; $500 &middot; custom amount</p>
<form action="/cart/add" method="post"><select name="amount"><option>$100</option><option>$250</option><option>$500</option></select> <button>Add to cart</button></form>
</div>
</section>

<section class="consult">
<h2>What happens at your consultation</h2>
<p>Your first visit takes about an hour and happens in person at our clinic. One of our providers reviews your psychiatric and medical history, the medications you've tried, your current prescriptions and any substance use. We take your blood pressure, heart rate and weight, and we may order labs or an ECG. If you have a psychiatrist or therapist, we'll ask for permission to contact them, because we work alongside your existing care rather than replacing it.</p>
<p>At the end of the consultation, your provider tells you whether they recommend ketamine, Spravato, or something else entirely. Some people are better served by medication changes, TMS or therapy first, and we'll say so honestly. If infusions are recommended, we schedule your first one, usually within a week, and go through what to expect on the day: arrive with an empty stomach, bring someone to drive you home, and plan to rest for the remainder of the day.</p>
</section>

<section class="promo">
<h2>Holiday promotion</h2>
<p>Through December 31, 2026, use code <b>MESA2026</b> at checkout for 10% off any depression package, or get a $50 bonus card for every $250 gift card purchased. Veterans and first responders receive 15% off all infusion packages year-round with valid ID (cannot be combined).</p>
</section>

<section class="cart-preview">
<h2>Your cart</h2>
<table>
<tr><td>Initial Series &ndash; 6 IV infusions</td><td>$2,550.00</td></tr>
<tr><td>Code MESA2026</td><td>&minus;$255.00</td></tr>
<tr class="total"><td>Subtotal</td><td>$2,295.00</td></tr>
</table>
<p>Pay in full, pay a $500 deposit now and the rest at your first infusion, or finance with CareCredit or Cherry over 6&ndash;24 months. HSA and FSA cards accepted. We also accept Bitcoin through our payment processor for patients who prefer it.</p>
<a class="btn" href="/checkout">Proceed to checkout</a>
</section>

<section class="faq">
<h2>Package FAQ</h2>
<h3>Can I buy a package before my consultation?</h3>
<p>Yes, to lock in holiday pricing, but nothing is scheduled until your consultation is done. If you're not a candidate, we refund 100%.</p>
<h3>Does insurance cover ketamine infusions?</h3>
<p>IV ketamine for depression is usually not covered. We provide a superbill, and some patients receive partial reimbursement. Spravato is billed to insurance separately and isn't part of these packages.</p>
<h3>Can I share a package with my spouse?</h3>
<p>No. Packages are tied to the patient whose consultation was completed. Gift cards, however, can be used by anyone.</p>
<h3>Do you offer Spravato here too?</h3>
<p>Yes. We are a REMS-certified Spravato treatment center. Spravato is billed to your insurance and isn't sold as a package; your co-pay can be paid with a gift card.</p>
<h3>What if I need to stop partway?</h3>
<p>Unused infusions are refunded at the single-session rate difference, or converted to credit for integration therapy, whichever you prefer.</p>
<h3>Who will be in the room?</h3>
<p>A registered nurse is with you or within sight for the entire infusion, and a physician or nurse practitioner is on site at all times. Our team includes Dr. Rosalind Tsosie, MD (anesthesiology, Medical Director), Marco Villanueva, CRNA, and Hannah Birch, PMHNP-BC.</p>
<h3>Can I pay for someone else's package?</h3>
<p>Yes &ndash; choose "I'm paying for someone else" at checkout and enter the patient's name. The patient still completes their own consultation.</p>
</section>
</main>

<footer class="site-footer">
<div class="cols">
<div><h4>Blue Mesa Infusion Center</h4><p>4410 Canyon Ridge Dr, Suite 200<br>Albuquerque, NM 87111<br>(505) 555-0199 &middot; Fax (505) 555-0198</p></div>
<div><h4>Patients</h4><a href="/new-patients">New patient forms</a> <a href="/patient-portal">Patient portal</a> <a href="/pay-my-bill">Pay my bill</a> <a href="/records-request">Records request</a></div>
<div><h4>Providers</h4><a href="/refer">Refer a patient</a> <a href="/providers/fax-forms">Referral fax forms</a></div>
</div>
<p>Ketamine infusion for depression is an off-label use. Individual results vary. If you're in crisis, call or text 988. &copy; 2026 Blue Mesa Infusion Center, LLC. A physician-owned practice.</p>
</footer>
""", noise="cookie")

p("h11025", "https://harborview-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-certified-spravato-center-short", "Spravato (esketamine) treatment – Harborview Behavioral Health", """
<main>
<h1>Spravato&reg; at Harborview Behavioral Health</h1>
<p>Harborview is a REMS-certified treatment center. Esketamine nasal spray is self-administered here, in our treatment suite, under direct observation by our nursing staff, and you stay with us for at least two hours afterwards. You'll need a ride home. Most commercial plans and Medicare cover Spravato after prior authorization; our benefits team handles that for you. Referrals: fax (206) 555-0117 or call our intake line at (206) 555-0110.</p>
</main>
""")

p("h11026", "https://centromedicolaguna.example/esketamina-spravato", "clinic", False, "it",
  "italian-clinic-esketamine-whatsapp-booking", "Trattamento con esketamina (Spravato) – Centro Medico Laguna, Padova", """
<header><a class="logo" href="/">Centro Medico Laguna</a><nav><a href="/">Home</a> <a href="/specialita">Specialità</a> <a href="/psichiatria">Psichiatria</a> <a href="/esketamina-spravato">Esketamina</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro ambulatorio di psichiatria offre il trattamento con esketamina (Spravato&reg;) per adulti con depressione maggiore resistente, in associazione a un antidepressivo orale. La somministrazione avviene esclusivamente nella nostra sede di Padova, in una stanza dedicata, con monitoraggio della pressione arteriosa e osservazione da parte di personale sanitario per almeno due ore dopo ogni seduta.</p>
<h2>Percorso</h2>
<ol>
<li><b>Visita psichiatrica preliminare</b> in sede (150 &euro;), con valutazione della storia clinica, dei trattamenti precedenti e delle controindicazioni.</li>
<li><b>Fase di induzione</b>: due sedute a settimana per quattro settimane.</li>
<li><b>Fase di mantenimento</b>: sedute settimanali o ogni due settimane, secondo la valutazione dello psichiatra.</li>
</ol>
<p>Dopo la seduta non è possibile guidare fino al giorno successivo: è necessario un accompagnatore.</p>
<h2>Costi</h2>
<p>Il farmaco viene fornito dalla nostra farmacia ospedaliera convenzionata. Per i pazienti privati la seduta costa 290 &euro; (farmaco incluso); pacchetto induzione 8 sedute 2.150 &euro;. Molte polizze sanitarie integrative rimborsano il percorso: chieda all'accettazione il preventivo da inviare alla sua assicurazione. Pagamento con bancomat, carta o bonifico; è possibile versare un acconto online.</p>
<h2>Prenotazioni</h2>
<p>Può prenotare la visita preliminare online, al numero 049 000 4411 oppure via WhatsApp al 347 000 2290 (solo prenotazioni, non si forniscono consulenze mediche via chat). Responsabile: dott.ssa Chiara Benvenuti, specialista in psichiatria, iscritta all'Ordine dei Medici di Padova.</p>
</main>
<footer>Centro Medico Laguna S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario dott. Alberto Zanon &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h11027", "https://cedarhollowkap.example/about", "clinic", False, "en",
  "kap-practice-about-page", "About Us – Cedar Hollow Ketamine-Assisted Psychotherapy", """
<header><a href="/" class="logo">Cedar Hollow</a> <nav><a href="/about">About</a> <a href="/kap">What is KAP?</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>About Cedar Hollow</h1>
<p>Cedar Hollow is a small ketamine-assisted psychotherapy practice in a converted farmhouse ten minutes outside Asheville, North Carolina. We opened in 2021 because our founders, a psychiatrist and a psychotherapist who had worked together for years in community mental health, kept meeting patients who had tried everything and were running out of hope.</p>
<p>We work slowly on purpose. Every person who comes to us starts with two preparation sessions with their therapist and an in-person medical assessment with Dr. Whitfield. Ketamine sessions take place in one of our two treatment rooms, with a therapist present throughout and a nurse monitoring vital signs. Depending on your needs, medicine is given as an intramuscular injection or as a sublingual lozenge that you take here, in the room, never at home. Each session is followed by integration work in the days that follow.</p>
<h2>Who we are</h2>
<ul>
<li><b>Dr. Ellen Whitfield, MD</b> &ndash; psychiatrist, co-founder and medical director. Previously attending psychiatrist at a regional hospital for 14 years.</li>
<li><b>Jonah Reyes, LCMHC</b> &ndash; co-founder, licensed clinical mental health counselor, trained in KAP and EMDR.</li>
<li><b>Priya Nand, RN</b> &ndash; session nurse.</li>
<li><b>Tom Albrecht, LCSW</b> &ndash; integration therapist, also runs our monthly integration circle.</li>
</ul>
<h2>How we work with your other providers</h2>
<p>Most of our clients keep their regular psychiatrist, therapist or primary care doctor. With your consent we send a short letter when you start, and a summary when you finish. If you come to us without a referral, we'll ask for your records before the medical assessment.</p>
<h2>Access</h2>
<p>A full KAP course (two preparation sessions, three medicine sessions, three integration sessions) costs $3,400. We reserve four sliding-scale places each quarter, and we accept gift certificates and a deposit booking through our online scheduling page. We're out of network with insurance but provide superbills.</p>
<p>If you'd like to talk first, book a free 20-minute phone call with our intake coordinator.</p>
</main>
<footer>Cedar Hollow Ketamine-Assisted Psychotherapy, PLLC &middot; 218 Old Farm Rd, Fairview NC &middot; (828) 555-0163</footer>
""")

p("h11028", "https://ggz-rivierenland-kliniek.example/behandelingen/ketamine-en-esketamine", "clinic", False, "nl",
  "dutch-mental-health-clinic-ketamine-long", "Ketamine- en esketaminebehandeling bij depressie | Kliniek Rivierenland", """
<header class="kop">
<div class="servicebalk"><a href="/spoed">Spoed? Bel je huisarts of 113</a> &middot; <a href="/verwijzers">Voor verwijzers</a> &middot; <a href="/werken-bij">Werken bij</a> &middot; <a href="/mijn-dossier">Mijn dossier</a></div>
<a class="logo" href="/">Kliniek Rivierenland <small>specialistische ggz</small></a>
<nav>
<a href="/behandelingen">Behandelingen</a>
<a href="/behandelingen/ketamine-en-esketamine" class="actief">Ketamine &amp; esketamine</a>
<a href="/aanmelden">Aanmelden</a>
<a href="/kosten">Kosten en vergoeding</a>
<a href="/locaties">Locaties</a>
<a href="/over-ons">Over ons</a>
</nav>
</header>

<main>
<p class="kruimel"><a href="/">Home</a> &rsaquo; <a href="/behandelingen">Behandelingen</a> &rsaquo; Ketamine en esketamine</p>
<h1>Ketamine en esketamine bij therapieresistente depressie</h1>

<p class="intro">Heb je een depressie die niet of onvoldoende is verbeterd na meerdere behandelingen met antidepressiva en psychotherapie? Dan kan een behandeling met esketamine-neusspray of ketamine-infusies een mogelijkheid zijn. Op onze polikliniek in Nijmegen en op onze locatie in Tiel bieden we beide behandelingen aan, altijd op locatie, onder toezicht van een psychiater en verpleegkundigen.</p>

<section>
<h2>Wat is het verschil tussen ketamine en esketamine?</h2>
<p>Ketamine wordt al tientallen jaren gebruikt als narcosemiddel. In lagere doseringen kan het bij sommige mensen met een ernstige depressie binnen uren tot dagen de stemming verbeteren. Esketamine is een van de twee spiegelbeeldvormen van het ketaminemolecuul. Het is als neusspray geregistreerd voor de behandeling van therapieresistente depressie, in combinatie met een ander antidepressivum. Ketamine voor depressie wordt bij ons als infuus gegeven; dat is een zogenaamde off-label toepassing, die we alleen gebruiken binnen een vast protocol en na overleg in ons behandelteam.</p>
</section>

<section>
<h2>Voor wie is de behandeling bedoeld?</h2>
<p>De behandeling is bedoeld voor volwassenen met een depressie waarbij ten minste twee verschillende antidepressiva, in voldoende dosering en voldoende lang gebruikt, niet genoeg hebben geholpen. Meestal is ook psychotherapie al geprobeerd. We bekijken altijd of andere stappen uit de richtlijn, zoals het ophogen of combineren van medicatie, lithiumaugmentatie of elektroconvulsietherapie, beter bij je passen.</p>
<p>De behandeling is niet geschikt bij een actuele psychose, een manische periode, onbehandelde hoge bloeddruk, bepaalde hart- en vaatziekten, zwangerschap of actief problematisch middelengebruik. Tijdens de intake bespreken we dit uitgebreid.</p>
</section>

<section>
<h2>Hoe meld ik me aan?</h2>
<p>Je hebt een verwijzing nodig van je huisarts, je behandelaar in de basis-ggz of een psychiater, met daarin de vermelding &lsquo;specialistische ggz&rsquo;. Je verwijzer stuurt ons de verwijsbrief en een medicatieoverzicht via Zorgdomein. Daarna nemen we binnen twee weken contact met je op voor een screeningsgesprek. De wachttijd tot de intake is op dit moment ongeveer zes weken; de actuele wachttijden staan op onze <a href="/wachttijden">wachttijdenpagina</a>.</p>
</section>

<section>
<h2>Het verloop van de behandeling</h2>
<h3>Intake en onderzoek</h3>
<p>Je hebt een intakegesprek met de psychiater en een verpleegkundig specialist. We bespreken je voorgeschiedenis, eerdere behandelingen, je lichamelijke gezondheid en je middelengebruik. Er wordt bloed afgenomen, je bloeddruk wordt gemeten en zo nodig maken we een ECG. Daarna bespreekt het team of de behandeling passend is, en zo ja, welke vorm.</p>
<h3>Esketamine-neusspray</h3>
<p>Je komt in de eerste vier weken twee keer per week naar de polikliniek. Je gebruikt de neusspray zelf, onder toezicht van een verpleegkundige, in een rustige behandelkamer. Daarna blijf je minimaal twee uur ter observatie; we meten regelmatig je bloeddruk. Na de eerste maand bespreken we met je of je baat hebt bij de behandeling en gaan we zo nodig over naar een onderhoudsfase met een lagere frequentie. Je krijgt de neusspray nooit mee naar huis.</p>
<h3>Ketamine-infusie</h3>
<p>Bij een infuusbehandeling krijg je gedurende 40 minuten een lage dosis ketamine via een infuus in je arm. Je ligt in een comfortabele stoel en wordt continu bewaakt met een monitor. Een behandeling bestaat meestal uit zes infusen verspreid over drie weken. Na elk infuus blijf je ongeveer een uur ter observatie.</p>
<h3>Na de behandeling</h3>
<p>Je mag op de dag van de behandeling niet zelf autorijden of fietsen in het verkeer. Regel daarom vervoer. Tijdens en na de behandeling houden we met vragenlijsten bij hoe het met je gaat, en je behandelaar bespreekt met je hoe je de verbetering kunt vasthouden, bijvoorbeeld met psychotherapie.</p>
</section>

<section>
<h2>Bijwerkingen</h2>
<p>Veelvoorkomende bijwerkingen tijdens of kort na de behandeling zijn een gevoel van onwerkelijkheid of loskomen van je lichaam (dissociatie), duizeligheid, misselijkheid, slaperigheid, een verhoogde bloeddruk en een vreemde smaak. Deze bijwerkingen verdwijnen meestal binnen een à twee uur. Daarom blijf je na elke behandeling bij ons. Op de lange termijn is er een risico op gewenning en misbruik; we gebruiken de middelen daarom alleen binnen een begeleide behandeling.</p>
</section>

<section>
<h2>Kosten en vergoeding</h2>
<p>De behandeling valt onder de basisverzekering als onderdeel van de specialistische ggz. Je betaalt wel je eigen risico, als je dat dit jaar nog niet hebt opgebruikt. Esketamine wordt via ons ziekenhuisapotheek-contract geleverd; je hoeft het niet zelf aan te schaffen. Heb je vragen over je polis? Neem contact op met je zorgverzekeraar of met ons secretariaat.</p>
</section>

<section class="waarschuwing">
<h2>Ketamine via internet of sociale media</h2>
<p>Steeds vaker vertellen patiënten ons dat ze online of via sociale media ketamine, esketamine of &lsquo;vergelijkbare&rsquo; middelen zoals 2F-DCK kunnen kopen, soms aangeprezen als behandeling tegen depressie. Dit zijn geen behandelingen: de samenstelling is onbekend, er is geen medische controle en het gebruik kan gevaarlijk zijn, zeker in combinatie met antidepressiva of alcohol. Heb je zulke middelen gebruikt? Vertel het ons gerust tijdens de intake; dat is belangrijk voor je veiligheid en heeft geen gevolgen voor je aanmelding.</p>
</section>

<section class="team">
<h2>Het team</h2>
<p>Het ketamineteam bestaat uit drie psychiaters, twee verpleegkundig specialisten ggz, vijf verpleegkundigen en een ziekenhuisapotheker. Het team wordt geleid door dr. Marloes van der Heijden, psychiater en onderzoeker op het gebied van stemmingsstoornissen. We werken samen met de afdeling anesthesiologie van het naastgelegen ziekenhuis.</p>
</section>

<section class="faq">
<h2>Veelgestelde vragen</h2>
<h3>Kan ik zonder verwijzing bij jullie terecht?</h3>
<p>Nee, voor specialistische ggz is een verwijzing nodig. Je huisarts kan je helpen.</p>
<h3>Kan ik de behandeling thuis voortzetten?</h3>
<p>Nee. Zowel esketamine als ketamine krijg je alleen bij ons op de polikliniek, omdat nabewaking noodzakelijk is.</p>
<h3>Hoe lang duurt de hele behandeling?</h3>
<p>Dat verschilt per persoon. De eerste fase duurt meestal vier weken. Daarna bekijken we samen of een onderhoudsfase zinvol is, en hoe lang. Bij elke stap evalueren we het effect met jou en je naasten.</p>
<h3>Mag ik iemand meenemen?</h3>
<p>Ja, een naaste mag je brengen, tijdens de nabewaking in de wachtruimte zitten en je na afloop naar huis begeleiden.</p>
</section>
</main>

<footer class="voet">
<p>Kliniek Rivierenland &middot; Polikliniek Nijmegen, Heyendaalseweg 000 &middot; Locatie Tiel, Stationsplein 00 &middot; Telefoon 024 000 00 00 (werkdagen 8.30&ndash;17.00 uur)</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/toegankelijkheid">Toegankelijkheid</a> &middot; Kwaliteitsstatuut ggz gepubliceerd op Zorginzicht</p>
</footer>
""", noise="cookie-nl")

p("h11029", "https://solsticeketamine.example/pay-my-bill", "clinic", False, "en",
  "clinic-billing-portal-deposit-short", "Pay My Bill – Solstice Ketamine & Wellness", """
<main class="billing">
<h1>Pay my bill</h1>
<p>Pay an invoice, your $250 infusion deposit or a package balance securely online. You'll need the statement number from your email or the receipt we gave you at the front desk.</p>
<form><input placeholder="Statement number"> <input placeholder="Patient last name"> <input placeholder="Date of birth"> <button>Look up balance</button></form>
<p class="small">We accept Visa, Mastercard, Amex, HSA/FSA and CareCredit. Deposits are refundable up to 48 hours before your appointment at our Scottsdale clinic. Questions: billing@solsticeketamine.example or (480) 555-0124.</p>
</main>
""")

p("h11030", "https://lakeshorepain.example/treatments/ketamine-infusion/faq", "clinic", False, "en",
  "pain-clinic-ketamine-infusion-faq-long", "Ketamine Infusion for Chronic Pain: Frequently Asked Questions | Lakeshore Pain & Spine", """
<header class="site-header">
<div class="utility"><a href="/locations">4 locations in the Milwaukee area</a> &middot; <a href="/portal">Patient portal</a> &middot; <a href="/billing">Billing</a> &middot; <a href="/refer">For referring providers</a> &middot; Call (414) 555-0181</div>
<a class="logo" href="/">Lakeshore Pain &amp; Spine</a>
<nav>
<a href="/conditions">Conditions</a>
<a href="/treatments">Treatments</a>
<a href="/treatments/ketamine-infusion" class="active">Ketamine infusion</a>
<a href="/physicians">Physicians</a>
<a href="/new-patients">New patients</a>
<a href="/insurance">Insurance</a>
<a href="/request-appointment" class="btn">Request appointment</a>
</nav>
</header>

<main class="faq">
<p class="breadcrumb"><a href="/">Home</a> / <a href="/treatments">Treatments</a> / <a href="/treatments/ketamine-infusion">Ketamine infusion</a> / FAQ</p>
<h1>Ketamine infusion for chronic pain: your questions answered</h1>
<p class="lead">Our interventional pain physicians have offered low-dose ketamine infusions since 2017 for selected patients with complex regional pain syndrome (CRPS), neuropathic pain and some other difficult-to-treat conditions. Below are the questions we're asked most often by patients and their families. If yours isn't here, call our ketamine coordinator at (414) 555-0186.</p>

<h2>About the treatment</h2>
<h3>What is a ketamine infusion?</h3>
<p>Ketamine is an anesthetic that, at doses far lower than those used for surgery, can reduce certain kinds of chronic pain. It works partly by blocking NMDA receptors, which play a role in the "wind-up" and central sensitization seen in conditions like CRPS. During an infusion, ketamine is given slowly through an IV line in your arm while you're monitored by our nursing team.</p>
<h3>Which conditions do you treat with ketamine?</h3>
<p>Most of our ketamine patients have CRPS type I or II. We also consider patients with refractory neuropathic pain, phantom limb pain, certain post-surgical pain syndromes and, in some cases, fibromyalgia that hasn't responded to standard care. We don't use ketamine as a first-line treatment, and we don't offer it for acute injuries or for pain that hasn't been properly diagnosed.</p>
<h3>Do you treat depression?</h3>
<p>Our infusion suite is dedicated to pain. Many of our patients do live with depression alongside chronic pain, and we coordinate with their mental health providers. For depression as the main condition, we refer to psychiatric ketamine and Spravato programs in the area.</p>

<h2>Before treatment</h2>
<h3>How do I become a candidate?</h3>
<p>You'll need a referral from your primary care physician, surgeon, neurologist or another pain specialist, plus records of the treatments you've already tried. Every candidate has an in-person consultation with one of our board-certified pain physicians, a physical exam, a review of current medications, and lab work if indicated. Some patients also meet our pain psychologist before starting.</p>
<h3>Who shouldn't have ketamine?</h3>
<p>We generally won't offer infusions to people with uncontrolled high blood pressure, significant heart disease, a history of psychosis, severe liver disease, increased intracranial pressure, active substance use disorder, or who are pregnant. Your physician will go through your specific situation with you.</p>
<h3>Do I need to stop any medications?</h3>
<p>Possibly. Benzodiazepines and some other medicines can interfere with ketamine or increase sedation. Never stop a medication on your own &ndash; your physician will give you a written plan.</p>

<h2>On the day</h2>
<h3>How long does an infusion take?</h3>
<p>It depends on the protocol. Our most common protocol for CRPS is four hours per day for five consecutive days, followed by booster infusions if they help. Some patients receive shorter two-hour infusions. Plan to be at the clinic for an extra hour for check-in and recovery.</p>
<h3>What does it feel like?</h3>
<p>Most people feel relaxed, a little floaty or detached, and notice changes in vision or hearing. Some feel nauseous or dizzy. Our nurses adjust the rate, and we can give anti-nausea medication. Patients can listen to music, and a family member can sit with you during the infusion.</p>
<h3>Who monitors me?</h3>
<p>A registered nurse trained in sedation monitoring is with you throughout, and an anesthesiologist or pain physician is on site. We continuously monitor your heart rhythm, oxygen level and blood pressure.</p>
<h3>Can I drive home?</h3>
<p>No. You must have an adult drive you home and you should not drive, operate machinery or make important decisions until the next day. If you arrive without a confirmed ride, we will have to reschedule.</p>

<h2>Results</h2>
<h3>Will ketamine cure my pain?</h3>
<p>Ketamine doesn't cure CRPS or neuropathic pain. In our experience, a little more than half of carefully selected patients get meaningful relief, which can last weeks to months. Relief is often greatest when infusions are combined with physical therapy, desensitization and psychological support, because that's when patients can start moving more.</p>
<h3>How will we know if it's working?</h3>
<p>We track your pain scores, function and sleep before, during and after each series. If you've had no meaningful improvement after an adequate trial, we'll stop and discuss other options rather than continue.</p>

<h2>Costs and scheduling</h2>
<h3>Does insurance cover ketamine infusions for pain?</h3>
<p>Coverage varies. Some commercial plans cover ketamine infusions for CRPS after prior authorization; many don't. Our prior authorization team will check your benefits before you start. Self-pay rates are $650 for a two-hour infusion and $1,150 for a four-hour infusion, with a bundled rate of $4,900 for a five-day protocol. We offer payment plans.</p>
<h3>Do I have to pay in advance?</h3>
<p>For self-pay patients we ask for a $300 scheduling deposit, which you can pay online through the patient portal or at the front desk. It's applied to your first day and refunded if you cancel at least 72 hours ahead.</p>
<h3>Can I get ketamine to use at home?</h3>
<p>No. We don't prescribe ketamine for home use for chronic pain, and we'd caution you about websites or social media accounts offering ketamine, nasal sprays or "research" compounds by mail. Those products aren't medical treatment, their contents are often unknown, and they can interact dangerously with the opioids, gabapentinoids and antidepressants many pain patients take.</p>
<h3>Where are infusions given?</h3>
<p>All ketamine infusions take place in our dedicated infusion suite at our Wauwatosa location, which has six private recliner bays, a recovery area and a resuscitation cart on hand.</p>

<h2>Our physicians</h2>
<ul>
<li><b>Dr. Kwame Asante, MD</b> &ndash; anesthesiology and pain medicine, director of the ketamine program</li>
<li><b>Dr. Laura Brennan-Sikora, MD</b> &ndash; physical medicine &amp; rehabilitation, pain medicine</li>
<li><b>Dr. Vikram Iyer, DO</b> &ndash; anesthesiology and pain medicine</li>
<li><b>Dr. Sarah Lindgren, PhD</b> &ndash; pain psychologist</li>
</ul>
<p class="cta">Ready to talk to us? Ask your doctor to fax a referral to (414) 555-0189, or <a href="/request-appointment">request an appointment online</a>.</p>
</main>

<aside class="sidebar">
<h3>Related</h3>
<ul><li><a href="/conditions/crps">Complex regional pain syndrome</a></li><li><a href="/treatments/spinal-cord-stimulation">Spinal cord stimulation</a></li><li><a href="/treatments/nerve-blocks">Sympathetic nerve blocks</a></li><li><a href="/treatments/pain-psychology">Pain psychology</a></li></ul>
<h3>Patient forms</h3>
<ul><li><a href="/forms/ketamine-consent.pdf">Ketamine infusion consent (PDF)</a></li><li><a href="/forms/day-of-instructions.pdf">Day-of-infusion instructions (PDF)</a></li></ul>
</aside>

<footer class="site-footer">
<p>Lakeshore Pain &amp; Spine, S.C. &middot; Wauwatosa &middot; Brookfield &middot; Glendale &middot; Oak Creek</p>
<p>Ketamine is FDA-approved as an anesthetic. Its use for chronic pain is off-label. &copy; 2026 Lakeshore Pain &amp; Spine. <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/price-transparency">Price transparency</a></p>
</footer>
""", noise="cookie")

p("h11031", "https://clinicaalborada-madrid.example/ketamina/precios", "clinic", False, "es",
  "spanish-clinic-ketamine-price-list-short", "Precios del tratamiento con ketamina | Clínica Alborada Madrid", """
<main>
<h1>Precios 2026 &ndash; tratamiento con ketamina intravenosa</h1>
<ul>
<li>Consulta de valoración psiquiátrica presencial: 140 &euro;</li>
<li>Sesión de infusión de ketamina (incluye monitorización y sala de recuperación): 380 &euro;</li>
<li>Ciclo inicial de 6 sesiones: 2.050 &euro;</li>
</ul>
<p>Todas las sesiones se realizan en nuestra clínica de Chamberí, con anestesista y enfermería. Puede reservar la valoración por teléfono, en la web o por WhatsApp (solo citas) y pagar una señal de 50 &euro; con tarjeta o Bizum.</p>
</main>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9)

p("h11032", "https://thecoastalledger.example/investigations/2026/12/ketamine-lookalikes-online-market", "informational", False, "en",
  "news-investigation-quotes-vendors-and-prices-long", "Pellets, 'nasal bottles' and fake doctors: inside the online market for ketamine lookalikes", """
<header class="masthead">
<a class="logo" href="/">The Coastal Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe &ndash; $1 for 6 months</a></nav>
</header>
<main class="article">
<p class="kicker">Investigation</p>
<h1>Pellets, 'nasal bottles' and fake doctors: inside the online market for ketamine lookalikes</h1>
<p class="dek">Over three months, Ledger reporters bought from seven websites and social media accounts that advertise ketamine or its chemical cousins. Lab tests showed what arrived wasn't always what was advertised.</p>
<p class="byline">By Renata Okonkwo-Hale and Daniel Pryce &middot; December 6, 2026 &middot; 11 min read</p>

<p>The parcel arrived on a Tuesday, in a padded envelope addressed to a made-up name at a reporter's home. Inside was a box for a face serum. Inside the box, under a layer of tissue, was a vacuum-sealed silver pouch holding a blister strip of ten white pellets. The website that sold them, which calls itself a research chemical supplier, had described them as "2F-DCK Pellets 50 mg &ndash; for laboratory research only." The checkout page had offered an 18 percent discount for paying in Monero.</p>
<p>It is one of dozens of storefronts that now sell ketamine's chemical relatives to anyone with a crypto wallet, and one of seven sellers from which the Ledger ordered products between September and November. Two of the seven never delivered. Of the five that did, independent laboratory testing commissioned by the Ledger found that two products contained a different substance from the one on the label.</p>

<h2>A market that rebrands itself</h2>
<p>Ketamine itself is a controlled medicine in nearly every country. Since 2019 its use as a depression treatment has grown quickly, through infusion clinics, esketamine nasal spray given in certified centres and, in the United States, telehealth companies that prescribe tablets for home use after a video evaluation. That growth, experts told the Ledger, has also created a large audience for sellers who mimic the language of medicine.</p>
<p>"What we see now is a spectrum," said Dr. Hilde Marstrand, a toxicologist who runs a drug-checking laboratory in Copenhagen. "At one end you still have the classic dealer on Telegram with a price list. At the other end you have websites that look exactly like a telehealth start-up: stock photos of doctors, a four-minute questionnaire, 'approval in 15 minutes.' And in the middle you have the research chemical shops selling analogues like 2F-DCK, deschloroketamine or fluorexetamine under their own names, with a disclaimer that they are not for human consumption."</p>
<p>On one Dutch-language shop the reporters visited, 2F-DCK crystal was listed at &euro;19.50 a gram and a new analogue called fluorexetamine, or FXE, at &euro;29. A vendor thread on a drug discussion forum advertised "FXE, 2F-DCK, DCK, O-PCE &ndash; EU2EU, 24h dispatch," with orders taken through a Telegram bot. A social media account with an emoji-laden bio offered "K shards" at &euro;95 for five grams and "esk nasal 56mg 2-pack" for &euro;180, promising to reship any parcel lost in the post. The Ledger is not naming the shops' current web addresses, which change frequently.</p>

<h2>The fake telehealth model</h2>
<p>The most polished sellers the Ledger encountered presented themselves as medical services. One site, which describes itself as a "technology platform," invites visitors to "check if I qualify" for at-home ketamine. A reporter completed its questionnaire in under four minutes, answering that she had no psychiatric history. The site returned an approval 11 minutes later, signed only with a physician's initials, and offered troches, an oral solution or an "esketamine nasal spray" shipped from an "international pharmacy partner." No one called, and the reporter was never asked for identification.</p>
<p>By contrast, when the same reporter approached two licensed telehealth providers, both required identity verification, a scheduled video appointment with a named psychiatric clinician and a blood pressure reading before any prescription. One declined to prescribe after learning of a family history of bipolar disorder. "That is what a real evaluation is supposed to do," said Marcus Ellery, a psychiatrist who consults for a telehealth company and was not involved in the Ledger's testing. "Say no sometimes."</p>
<p>Regulators have begun to notice. In October, the medicines agencies of three European countries issued a joint warning about websites offering "esketamine without a prescription," noting that the branded spray is not dispensed for home use anywhere in the EU. In the United States, federal and state authorities have sent warning letters to several operators, according to public records reviewed by the Ledger.</p>

<h2>What the lab found</h2>
<p>The Ledger sent five products to a laboratory accredited for forensic drug analysis. A sample sold as "ketamine crystal" by a Telegram vendor contained ketamine. The 2F-DCK pellets contained 2F-DCK at roughly the stated amount. A "fluorexetamine" powder contained a mixture of FXE and deschloroketamine, a considerably more potent compound. An "esketamine nasal spray" ordered through a marketplace listing contained racemic ketamine in saline, in a generic spray bottle with a printed label. And a vial sold as pharmaceutical ketamine by a site posing as a veterinary supplier was genuine, but had expired in 2024.</p>
<p>"The mislabeled FXE is the one that worries me," Marstrand said. "If you're used to a certain amount of one substance and you get something three times stronger, that's how people end up in the emergency room."</p>

<h2>Payments and shipping</h2>
<p>Nearly all the sellers preferred cryptocurrency, often offering discounts of 10 to 20 percent for it. Several also took bank transfers to accounts that changed from order to order, prepaid vouchers or, in one case, card payments processed under the name of a cosmetics company. Every seller that delivered used some form of what vendors call "stealth": vacuum sealing inside an unrelated product box. Four advertised reshipping for free if a parcel was seized.</p>
<p>Affiliate websites help drive the traffic. One "review" blog ranking the "5 trusted vendors" for buying ketamine online linked to four of the shops the Ledger investigated, including the fake telehealth site, and offered a reader discount code. The blog's owner did not respond to emails.</p>

<h2>'People are desperate'</h2>
<p>Some buyers the Ledger spoke to said they had turned to these sellers after being priced out of clinics or stuck on waitlists. A 34-year-old teacher in Portugal, who asked not to be named, said she ordered from an Instagram account after her psychiatrist told her the nearest esketamine centre had a four-month wait. "I knew it was sketchy," she said. "But it looked professional and they had reviews." She stopped after a frightening experience with a product that she later learned was not what she had paid for.</p>
<p>Harm reduction groups say those stories are common. "We don't judge people for looking for relief," said Joris Vandenbroucke of a Belgian drug-checking service. "But these products aren't treatment. If you've bought something, at least get it tested, and please tell your doctor."</p>
<p>The Ledger's findings have been shared with regulators in the countries where the sellers appeared to operate.</p>
<p class="correction"><em>How we reported this story: Reporters placed orders using reporters' own addresses and a newsroom-controlled crypto wallet, did not consume any products, and delivered all samples directly to the laboratory, which destroyed them after analysis in line with its license.</em></p>
</main>
<aside class="more">
<h3>More from Investigations</h3>
<ul><li><a href="#">The clinics that charge $10,000 for a course of infusions</a></li><li><a href="#">How telehealth companies verify prescriptions</a></li><li><a href="#">Waitlists for esketamine centres are growing. Here's why.</a></li></ul>
</aside>
<footer><p>&copy; 2026 The Coastal Ledger. <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11033", "https://medicines-safety-authority.example/alerts/2026/esketamine-ketamine-online-sellers", "informational", False, "en",
  "regulator-public-warning-online-sellers", "Safety alert: websites and social media accounts offering ketamine and esketamine without a prescription", """
<header><a class="logo" href="/">Medicines Safety Authority</a> <nav><a href="/alerts">Safety alerts</a> <a href="/report">Report a problem</a> <a href="/patients">For patients</a> <a href="/professionals">For professionals</a></nav></header>
<main>
<p class="label">Safety alert &middot; Published 18 November 2026 &middot; Reference MSA-2026-114</p>
<h1>Websites and social media accounts offering ketamine and esketamine without a prescription</h1>
<h2>Summary</h2>
<p>We are warning the public not to buy ketamine, esketamine nasal spray or related chemicals from websites, online marketplaces, social media accounts or messaging channels. We have identified sellers that:</p>
<ul>
<li>present themselves as telehealth services, clinics or pharmacies but "approve" customers through an online questionnaire without any consultation;</li>
<li>sell "generic esketamine nasal spray", which is not an authorised product, or branded devices diverted from the supply chain;</li>
<li>sell veterinary ketamine injection to members of the public;</li>
<li>sell analogues such as 2F-DCK, deschloroketamine (DCK), fluorexetamine (FXE) or methoxetamine (MXE) labelled "not for human consumption";</li>
<li>take orders through Telegram, WhatsApp or Signal and ask for payment in cryptocurrency, vouchers or bank transfer to private accounts.</li>
</ul>
<h2>Why this matters</h2>
<p>Products bought this way may contain the wrong substance, the wrong amount or contaminants. Esketamine nasal spray is authorised only for use in healthcare settings where patients are monitored for at least two hours after each dose. Ketamine and its analogues can cause dangerous rises in blood pressure, loss of consciousness, bladder damage with repeated use, and dependence.</p>
<h2>Legitimate treatment</h2>
<p>Legitimate providers, whether clinics or telehealth services, will always assess you with a qualified clinician before prescribing, will be able to tell you who that clinician is and where they are registered, and will dispense medicines only through a registered pharmacy. You can check whether an online pharmacy is registered on our <a href="/register-search">public register</a>.</p>
<h2>What to do</h2>
<ul>
<li>If you have bought from one of these sellers, do not use the product. Talk to your doctor or pharmacist.</li>
<li>If you have had a side effect, report it through our <a href="/report">reporting scheme</a>.</li>
<li>Report suspicious websites and accounts to us. We work with platforms and payment providers to remove them.</li>
</ul>
</main>
<footer>Medicines Safety Authority &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foi">Freedom of information</a></footer>
""")

p("h11034", "https://drugchecking-spree.example/wissen/ketamin-und-analoga-2026", "informational", False, "de",
  "drug-checking-harm-reduction-long-german", "Ketamin, 2F-DCK, FXE & Co.: Was wir 2026 im Drug-Checking finden | Drug-Checking Spree", """
<header class="kopf">
<a class="logo" href="/">Drug-Checking <b>Spree</b></a>
<nav>
<a href="/angebot">Unser Angebot</a>
<a href="/standorte">Abgabestellen &amp; Zeiten</a>
<a href="/ergebnisse">Warnungen &amp; Ergebnisse</a>
<a href="/wissen" class="aktiv">Wissen</a>
<a href="/ueber-uns">Über uns</a>
<a href="/spenden">Spenden</a>
</nav>
</header>

<main class="artikel">
<p class="pfad"><a href="/">Start</a> &rsaquo; <a href="/wissen">Wissen</a> &rsaquo; Ketamin und Analoga</p>
<h1>Ketamin, 2F-DCK, FXE &amp; Co.: Was wir 2026 im Drug-Checking finden</h1>
<p class="meta">Stand: 1. Dezember 2026 &middot; Lesezeit ca. 9 Minuten &middot; Redaktion: Team Drug-Checking Spree</p>

<p class="einleitung">In diesem Jahr haben wir an unseren drei Abgabestellen über 1.900 Proben analysiert. Rund 14 Prozent davon wurden als Ketamin abgegeben &ndash; mehr als je zuvor. Gleichzeitig steigt die Zahl der Proben, in denen statt Ketamin ein verwandter Stoff steckt. Hier fassen wir zusammen, was wir gefunden haben, woran ihr Angebote im Netz erkennt und was ihr tun könnt, wenn ihr konsumiert. Wir verkaufen nichts, wir empfehlen keine Händler und wir geben keine Bezugsquellen weiter.</p>

<section>
<h2>Die Zahlen im Überblick</h2>
<table class="daten">
<tr><th>Als &bdquo;Ketamin&ldquo; abgegeben</th><th>Anzahl</th><th>Anteil</th></tr>
<tr><td>Nur Ketamin nachgewiesen</td><td>198</td><td>73&nbsp;%</td></tr>
<tr><td>Ketamin + Streckmittel (z.&nbsp;B. Koffein, Paracetamol, Kreatin)</td><td>21</td><td>8&nbsp;%</td></tr>
<tr><td>Analogon statt Ketamin (2F-DCK, DCK, FXE, O-PCE)</td><td>37</td><td>14&nbsp;%</td></tr>
<tr><td>Anderer Wirkstoff (z.&nbsp;B. Methamphetamin, synthetische Cathinone)</td><td>9</td><td>3&nbsp;%</td></tr>
<tr><td>Kein Wirkstoff gefunden</td><td>6</td><td>2&nbsp;%</td></tr>
</table>
<p>Fast jede siebte Probe, die als Ketamin gekauft wurde, war also etwas anderes aus derselben chemischen Familie. Die meisten Betroffenen wussten davon nichts.</p>
</section>

<section>
<h2>Die Stoffe, die uns begegnen</h2>
<h3>2F-DCK (2-Fluordeschloroketamin)</h3>
<p>Seit einigen Jahren das häufigste Ketamin-Analogon in unseren Proben. Es wird online offen unter eigenem Namen als &bdquo;Research Chemical&ldquo; angeboten, taucht aber zunehmend als falsch deklariertes &bdquo;Ketamin&ldquo; auf dem Straßenmarkt auf. Konsumierende berichten von einer ähnlichen, aber länger anhaltenden Wirkung und stärkerem Nachlassen mit Unruhe.</p>
<h3>Deschloroketamin (DCK)</h3>
<p>Deutlich potenter als Ketamin, die Wirkung hält länger an. Wer DCK für Ketamin hält und &bdquo;wie gewohnt&ldquo; dosiert, riskiert eine starke Überdosierung.</p>
<h3>Fluorexetamin (FXE)</h3>
<p>2026 neu in unseren Ergebnissen. FXE ist ein Verwandter des früher verbreiteten Methoxetamins (MXE). Wir haben es sowohl als &bdquo;FXE&ldquo; abgegeben bekommen als auch versteckt in Proben, die als Ketamin oder 2F-DCK gekauft wurden. In zwei Proben war FXE mit DCK gemischt.</p>
<h3>O-PCE (2-Oxo-PCE)</h3>
<p>Bereits in sehr kleinen Mengen wirksam. Wir haben O-PCE in fünf Proben gefunden, die als Ketamin verkauft wurden. Das ist aus unserer Sicht der gefährlichste Befund des Jahres.</p>
</section>

<section>
<h2>Wie Ketamin und Analoga heute verkauft werden</h2>
<p>Viele Menschen, die zu uns kommen, haben nicht bei einer bekannten Person gekauft, sondern online. Aus den Gesprächen an unseren Abgabestellen kennen wir vor allem diese Vertriebswege:</p>
<ul>
<li><b>Research-Chemical-Shops</b> mit Warenkorb und Laborberichten, die Analoga mit dem Hinweis &bdquo;nicht für den menschlichen Verzehr&ldquo; verkaufen, oft in Pellet-Form.</li>
<li><b>Telegram-Kanäle und Social-Media-Profile</b> mit Preislisten, Emojis und Bestellung per Direktnachricht.</li>
<li><b>Verkaufsthreads in Foren</b>, in denen Händler Menüs posten und auf Bots verweisen.</li>
<li><b>Seiten, die wie Telemedizin oder Online-Apotheken aussehen</b> und &bdquo;Esketamin-Nasenspray&ldquo; oder &bdquo;Ketamin-Lutschtabletten&ldquo; nach einem Online-Fragebogen verschicken. Mit ärztlicher Behandlung hat das nichts zu tun.</li>
<li><b>Kleinanzeigen und Marktplätze</b>, auf denen Tiermedizin-Ampullen oder angebliche Originalpräparate angeboten werden.</li>
</ul>
<p>Wichtig: Laborberichte auf Shopseiten sagen nichts darüber aus, was in eurem Päckchen ist. Wir hatten mehrere Proben mit beigelegtem &bdquo;Zertifikat&ldquo;, deren Inhalt nicht zum Etikett passte.</p>
</section>

<section>
<h2>Warum Pellets und &bdquo;Laborqualität&ldquo; keine Sicherheit bieten</h2>
<p>Gepresste Pellets wirken auf viele vertrauenswürdiger als loses Pulver, weil die Menge angeblich genau abgemessen ist. In unseren Proben lag die tatsächliche Wirkstoffmenge pro Pellet jedoch zwischen 60 und 140 Prozent der Angabe, und in drei Fällen war ein ganz anderer Wirkstoff enthalten. Auch Angaben wie &bdquo;99&nbsp;% Reinheit&ldquo; oder &bdquo;HPLC-getestet&ldquo; auf Shopseiten können wir nicht überprüfen; sie beziehen sich bestenfalls auf eine Charge, nicht auf euer Päckchen.</p>
<p>Ein weiteres Problem: Wer ein Analogon unter seinem eigenen Namen kauft, findet kaum verlässliche Informationen. Zu neuen Stoffen wie FXE gibt es keine Studien am Menschen, und Erfahrungsberichte in Foren beruhen oft auf Proben, deren Inhalt niemand geprüft hat.</p>
</section>

<section>
<h2>Safer Use: Wenn ihr konsumiert</h2>
<ul>
<li>Lasst eure Substanz testen. Unsere Analyse ist kostenlos und anonym. Reagenztests (z.&nbsp;B. Mandelin) können Hinweise geben, unterscheiden aber Ketamin nicht sicher von seinen Analoga.</li>
<li>Fangt bei unbekannter Herkunft mit einer sehr kleinen Testmenge an und wartet lange genug, bevor ihr nachlegt.</li>
<li>Nicht mischen &ndash; vor allem nicht mit Alkohol, Benzodiazepinen, Opioiden oder GHB/GBL. Diese Kombinationen sind für die meisten schweren Notfälle verantwortlich.</li>
<li>Nicht allein konsumieren, nicht in der Badewanne, nicht in der Nähe von Wasser oder Straßen.</li>
<li>Achtet auf eure Blase: Schmerzen beim Wasserlassen oder Blut im Urin sind ein Warnsignal. Sprecht mit einer Ärztin oder einem Arzt, auch wenn ihr den Konsum nicht erwähnen wollt.</li>
<li>Im Notfall: 112. Sagt, was konsumiert wurde. Rettungsdienste sind zur Hilfe da, nicht zur Strafverfolgung.</li>
</ul>
</section>

<section>
<h2>Und wenn es eigentlich um Depression geht?</h2>
<p>Manche, die zu uns kommen, nutzen Ketamin oder ein Analogon, weil sie von Studien zur Behandlung von Depressionen gehört haben. Das verstehen wir gut. Eine ärztliche Behandlung mit Esketamin oder Ketamin findet aber unter Aufsicht in einer Praxis oder Klinik statt, mit Vorgespräch, Blutdruckkontrolle und Nachbeobachtung. Online-Angebote ohne echtes Arztgespräch sind keine Abkürzung dorthin. Wenn ihr Unterstützung sucht, können wir euch an Beratungsstellen und psychiatrische Ambulanzen weitervermitteln.</p>
</section>

<section>
<h2>Was wir von euch hören</h2>
<p>In den Beratungsgesprächen erzählen uns viele, dass sie gar nicht wussten, dass es Ketamin-Analoga gibt. Andere haben bewusst 2F-DCK bestellt, weil sie es für &bdquo;legal&ldquo; und damit für sicherer hielten. Beides ist verständlich, beides ist riskant: Ob ein Stoff verboten ist, sagt nichts darüber, wie gefährlich er ist. Erzählt uns gern, woher eure Probe stammt &ndash; anonym und ohne Namen von Händlern. Das hilft uns, Warnungen gezielter zu formulieren.</p>
</section>

<section class="abgabe">
<h2>So gebt ihr eine Probe ab</h2>
<p>Kommt zu einer unserer Abgabestellen während der Sprechzeiten. Ihr braucht etwa 10 bis 20 Milligramm der Substanz oder eine Tablette bzw. ein Pellet. Nach einem kurzen, anonymen Beratungsgespräch erhaltet ihr einen Code. Das Ergebnis gibt es nach drei bis fünf Tagen telefonisch oder vor Ort. Besonders gefährliche Befunde veröffentlichen wir als Warnung auf unserer <a href="/ergebnisse">Ergebnisseite</a>.</p>
<p><b>Abgabestellen:</b> Kreuzberg (Di 16&ndash;20 Uhr), Neukölln (Do 17&ndash;21 Uhr), Friedrichshain (Sa 14&ndash;18 Uhr).</p>
</section>
</main>

<aside class="seitenleiste">
<h3>Aktuelle Warnungen</h3>
<ul>
<li><a href="#">27.11.2026 &ndash; &bdquo;Ketamin&ldquo; enthielt O-PCE</a></li>
<li><a href="#">19.11.2026 &ndash; FXE/DCK-Gemisch als &bdquo;FXE&ldquo; verkauft</a></li>
<li><a href="#">02.11.2026 &ndash; Pellets mit der Aufschrift &bdquo;2F&ldquo; enthielten DCK</a></li>
</ul>
<h3>Hilfe</h3>
<p>Sucht- und Drogenhotline: 01806 313031 &middot; Telefonseelsorge: 0800 111 0 111</p>
</aside>

<footer class="fuss">
<p>Drug-Checking Spree ist ein Modellprojekt in Trägerschaft eines gemeinnützigen Vereins, gefördert durch das Land Berlin. Die Analysen erfolgen in einem akkreditierten Labor.</p>
<p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/presse">Presse</a></p>
</footer>
""", noise="cookie-de")

p("h11035", "https://reddish-forum.example/r/TreatmentResistant/comments/1h7q2x/is_calmwave_legit_they_approved_me_in_10_minutes/", "informational", False, "en",
  "user-forum-thread-asking-if-seller-legit", "Is CalmWave legit? They approved me in 10 minutes : r/TreatmentResistant", """
<div class="sub-header"><a href="/r/TreatmentResistant">r/TreatmentResistant</a> &middot; Support for people living with treatment-resistant depression &middot; 48.2k members</div>
<div class="rules">Rule 3: No sourcing. Posts or comments asking where to buy drugs, or linking to sellers, will be removed.</div>
<article class="post">
<p class="meta">Posted by u/longwinter_ok &middot; 2 days ago</p>
<h1>Is CalmWave legit? They approved me in 10 minutes</h1>
<p>Been on a waitlist for a Spravato center for 3 months. Saw an ad for CalmWave, "at-home ketamine, no video call needed." Filled out a form, got an email 10 minutes later saying a doctor approved me and I can get troches or "esketamine spray" shipped tomorrow. They want $399 and offer 20% off for crypto. Something feels off but I'm so tired of waiting. Has anyone used them?</p>
</article>
<div class="comments">
<div class="comment"><p class="who">u/pharm_d_throwaway &middot; 412 points</p><p>Pharmacist here. Please don't. No legit provider prescribes a controlled substance without actually talking to you, and nobody can legally ship you Spravato &ndash; it's only given in certified centers. "Generic esketamine spray" doesn't exist in the US. Crypto discount is the giveaway.</p></div>
<div class="comment"><p class="who">u/longwinter_ok &middot; OP &middot; 120 points</p><p>Yeah that's what I was afraid of. Thank you.</p></div>
<div class="comment"><p class="who">u/ketamine_at_home_2024 &middot; 233 points</p><p>I do at-home ketamine through an actual telehealth company. First visit was a full hour on video with a psychiatric NP, they made me take my blood pressure on camera, asked for my old psychiatrist's notes, and I had to name a monitor who's with me every session. Pharmacy made me sign for the package. That's what it should look like. Not naming the company because of rule 3, but if you DM I'll tell you.</p></div>
<div class="comment"><p class="who">u/AutoModerator &middot; 1 point</p><p>Reminder: sourcing is not allowed here. If you're in crisis in the US, call or text 988.</p></div>
<div class="comment"><p class="who">u/saltwaterhealing &middot; 98 points</p><p>Also, while you wait: ask the Spravato center if they keep a cancellation list. I got in five weeks earlier that way. And your insurance might cover IV ketamine at a clinic if you push for a prior auth, depends on the plan.</p></div>
<div class="comment"><p class="who">u/mod_birchbark &middot; MOD &middot; 64 points</p><p>Leaving this up because it's a useful warning. We've had several reports about this site this month. Removed two comments linking to "cheaper" sellers.</p></div>
</div>
""")

p("h11036", "https://cabinet-delaunay-avocats.example/droit-penal/importation-ketamine-colis", "informational", False, "fr",
  "law-firm-page-defending-parcel-import-cases", "Kétamine commandée en ligne et saisie en douane : vos droits | Cabinet Delaunay Avocats", """
<header><a class="logo" href="/">Cabinet Delaunay <small>Avocats au Barreau de Paris</small></a><nav><a href="/droit-penal">Droit pénal</a> <a href="/droit-douanier">Droit douanier</a> <a href="/honoraires">Honoraires</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Vous avez commandé de la kétamine ou un « research chemical » en ligne et le colis a été saisi ?</h1>
<p>Depuis deux ans, notre cabinet est régulièrement consulté par des particuliers qui ont reçu une convocation des douanes ou de la police après la saisie d'un colis contenant de la kétamine, de l'eskétamine ou des analogues comme la 2F-DCK ou la fluorexétamine, commandés sur un site internet, un compte Instagram ou une chaîne Telegram. Beaucoup pensaient acheter un produit « légal » ou un traitement, parce que le site ressemblait à une pharmacie ou à un service de téléconsultation.</p>
<h2>Ce que vous risquez</h2>
<p>L'importation de stupéfiants est une infraction douanière et pénale, même pour de petites quantités et même si vous aviez l'intention de vous soigner. Selon le volume et votre situation, la procédure peut aller d'une transaction douanière à des poursuites devant le tribunal correctionnel. Les analogues non classés posent des questions juridiques spécifiques que nous examinons au cas par cas.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>Assistance lors de l'audition libre ou de la garde à vue ;</li>
<li>Analyse de la procédure de saisie et de la qualification du produit ;</li>
<li>Négociation avec l'administration des douanes ;</li>
<li>Défense devant le tribunal, y compris en faisant valoir un contexte de soin (dossier médical, suivi psychiatrique).</li>
</ul>
<h2>Nos conseils immédiats</h2>
<p>Ne répondez pas seul à une convocation, ne recontactez pas le vendeur et ne passez pas de nouvelle commande. Conservez les courriers reçus. Si vous souffrez de dépression, parlez-en à votre médecin : des traitements encadrés existent.</p>
<p>Premier rendez-vous de 30 minutes : 90 &euro; TTC, en cabinet ou en visioconférence. Honoraires au forfait communiqués par écrit.</p>
</main>
<footer>Cabinet Delaunay Avocats &middot; 00 rue de Rivoli, 75004 Paris &middot; Toque C0000 &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h11037", "https://summitcrest-health-plans.example/coverage/esketamine-ketamine-policy", "informational", False, "en",
  "insurer-coverage-policy-short", "Coverage: esketamine (Spravato) and ketamine – Summitcrest Health Plans", """
<main>
<h1>Esketamine and ketamine coverage (effective January 1, 2027)</h1>
<p>Spravato is covered under the medical benefit with prior authorization for members with treatment-resistant depression or MDD with suicidal ideation, when administered at a REMS-certified facility. IV ketamine for depression is not covered (investigational). Ketamine prescribed through telehealth for home use is not covered, and we do not reimburse products bought from online sellers without a valid prescription. Questions: call the number on your member ID card.</p>
</main>
""")

p("h11038", "https://diretorio-saudemental.example/pt/clinicas-escetamina-lisboa", "informational", False, "pt",
  "portuguese-clinic-directory-medium", "Clínicas com escetamina em Lisboa – Diretório Saúde Mental", """
<header><a class="logo" href="/pt/">Diretório Saúde Mental</a> <nav><a href="/pt/clinicas">Clínicas</a> <a href="/pt/psiquiatras">Psiquiatras</a> <a href="/pt/teleconsulta">Teleconsulta</a> <a href="/pt/sugerir">Sugerir um serviço</a></nav></header>
<main>
<h1>Clínicas e hospitais com tratamento de escetamina em Lisboa</h1>
<p>Esta lista reúne serviços que administram escetamina em spray nasal sob vigilância presencial na área de Lisboa. Verificamos a inscrição dos diretores clínicos na Ordem dos Médicos e o licenciamento na Entidade Reguladora da Saúde. Não recebemos comissões dos serviços listados. Atualizado em novembro de 2026.</p>
<ul class="fichas">
<li><h2>Hospital Tejo &ndash; Serviço de Psiquiatria</h2><p>Público &middot; Referenciação pelo médico de família ou psiquiatra do SNS &middot; Tempo de espera indicado: 10&ndash;14 semanas</p></li>
<li><h2>Clínica Atlântida Saúde Mental</h2><p>Privado &middot; Consulta de avaliação 120 &euro; &middot; Sessão 260 &euro; &middot; Aceita alguns seguros &middot; Marcações por telefone e WhatsApp</p></li>
<li><h2>Centro Clínico Belém</h2><p>Privado &middot; Escetamina e cetamina IV &middot; Avaliação presencial obrigatória</p></li>
<li><h2>Aurora Telepsiquiatria</h2><p>Teleconsulta &middot; Avalia online e referencia para centros parceiros; não administra medicamentos</p></li>
</ul>
<div class="alerta">
<h2>Serviços que não listamos</h2>
<p>Recebemos pedidos de inclusão de sites que vendem &laquo;cetamina em casa&raquo; ou &laquo;escetamina genérica&raquo; após um formulário online, com pagamento por Pix ou criptomoeda. Não os incluímos: não são serviços de saúde. Se encontrar um serviço assim, pode denunciá-lo ao INFARMED.</p>
</div>
</main>
<footer>Diretório Saúde Mental &middot; Projeto independente &middot; <a href="/pt/metodologia">Metodologia</a> &middot; <a href="/pt/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h11039", "https://jobs-board.example/listing/pharmacy-technician-controlled-substances-telehealth-88213", "informational", False, "en",
  "job-post-pharmacy-tech-telehealth-short", "Pharmacy Technician – Controlled Substance Fulfillment (Telehealth Partner Pharmacy)", """
<main>
<h1>Pharmacy Technician &ndash; Controlled Substance Fulfillment</h1>
<p>Harborline Pharmacy &middot; Tempe, AZ &middot; Full-time, on site &middot; $22&ndash;$26/hr</p>
<p>We fill prescriptions for several telehealth psychiatry providers, including sublingual ketamine. You'll verify e-prescriptions against patient ID, maintain the CII&ndash;CV perpetual inventory, pack signature-required shipments and document every step for DEA and state board audits. Requires active Arizona pharmacy technician license and PTCB certification. Background check and drug screen required. Apply with resume via the link below.</p>
</main>
""")

p("h11040", "https://newswire-brief.example/2026/12/05/platforms-remove-ketamine-seller-accounts", "informational", False, "en",
  "news-brief-plain-text-social-media-sellers", "Platforms remove hundreds of ketamine seller accounts", """
Platforms remove hundreds of ketamine seller accounts (Dec 5, 2026) – Two major social networks said Thursday they had removed more than 600 accounts advertising ketamine, "esk nasal" sprays and analogues such as 2F-DCK, after researchers flagged bios using emoji menus, Telegram handles and phrases like "no rx, reship if lost." Researchers said sellers typically return within days under new names.
""", ext="txt")

save(OUT, R)
