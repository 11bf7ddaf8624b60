# Batch 83 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Everything a moderator sees in a week": a realistic spread of the pages a flagging queue and
# a clinic directory receive, from obvious to hard, on every side. Mix: 14 sellers, 9 telehealth,
# 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: crystal/powder shop with cart and crypto checkout, questionnaire-only "esketamine at home"
# site with instant approval, research-chemical analogue store, Telegram channel bio (plain text),
# injectable vials "no vet script" export page, affiliate "where to buy" review blog, marketplace
# listing with escrow and vendor feedback, bot-check wall (url-only), Spanish WhatsApp shop, German
# fake online pharmacy, French classified ad, Dutch home-kit "treatment" with no doctor, Portuguese
# social post (plain text), Italian seller FAQ; telehealth membership landing page, solo virtual
# practice, onboarding FAQ, virtual psychiatry referring to an in-person Spravato partner, telehealth
# gift cards, app-store listing (plain text), Spanish-language US telehealth, German online psychiatry
# with partner clinic, Quebec teleconsultation program; infusion clinic with packages and gift
# cards, REMS Spravato centre, KAP practice, university hospital service, pain-clinic bill-pay page,
# Dutch clinic with WhatsApp booking, Brazilian infusion clinic, Italian esketamine centre; news
# report quoting a vendor, defence law firm, government safety alert, harm-reduction guide, nurse job
# post, Spanish rehab centre, German trial recruitment, French patient forum, Dutch directory.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch83.py (writes batch83/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch83")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8301", "https://k-crystalhouse.example/shop/ketamine-hcl-crystal", "seller", True, "en",
  "crystal-shop-product-page-crypto", "Ketamine HCL Crystal (Needles) – Buy Online | K Crystal House", """
<div class="topbar">FREE reship guarantee on all EU &amp; US orders &bull; Orders placed before 2pm dispatch same day</div>
<header>
<a class="logo" href="/">K Crystal House</a>
<nav><a href="/shop">Shop</a> <a href="/shop/category/dissociatives">Dissociatives</a> <a href="/shop/category/stimulants">Stimulants</a> <a href="/tracking">Track order</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">Cart (0) &ndash; $0.00</a>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/shop/category/dissociatives">Dissociatives</a> / Ketamine HCL Crystal</p>
<div class="product">
<img src="/img/k-needles-1.jpg" alt="ketamine crystal needles">
<h1>Ketamine HCL Crystal (Needles)</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (214 customer reviews)</div>
<p class="price">$45.00 &ndash; $1,150.00</p>
<p>Pharma-grade racemic ketamine hydrochloride, recrystallised into long glassy needles. 99.4% purity confirmed by independent lab. Odourless, crushes easily to a fine powder.</p>
<form class="variations">
<label>Quantity</label>
<select>
<option>1 gram &ndash; $45</option>
<option>3.5 grams &ndash; $130</option>
<option>7 grams &ndash; $240</option>
<option>14 grams &ndash; $420</option>
<option>28 grams &ndash; $760</option>
<option>50 grams &ndash; $1,150</option>
</select>
<input type="number" value="1"> <button>Add to cart</button>
</form>
<ul class="perks">
<li>No prescription needed &ndash; no questions asked</li>
<li>Stealth vacuum-sealed packaging, no logos, return address is a clothing company</li>
<li>Pay with Bitcoin, Monero or USDT (10% off crypto orders)</li>
<li>Tracking number within 24h</li>
</ul>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Our K needles come from a trusted pharmaceutical source and are tested batch by batch. Most customers report a smooth, clean onset. Start low. Do not combine with alcohol.</p>
<h2>Shipping</h2>
<p>USA domestic: 2&ndash;4 days (USPS Priority). Europe: 4&ndash;8 days from our EU warehouse. Australia and Canada: 10&ndash;18 days, reship once free if seized.</p>
<h2>Reviews (214)</h2>
<div class="review"><b>Marcus T.</b> &ndash; second order, arrived in 3 days to Ohio, packaging perfect. Same quality as last time.</div>
<div class="review"><b>jen_k</b> &ndash; was nervous about ordering online but everything went smooth. Paid in BTC.</div>
<div class="review"><b>Lukas</b> &ndash; Germany, 6 days. A bit slow but product is top.</div>
</section>
<section class="related"><h3>Related products</h3>
<ul><li><a href="/shop/ketamine-powder">Ketamine Powder</a> $40/g</li><li><a href="/shop/ketalar-50mg-ml">Ketalar 50mg/ml 10ml vial</a> $85</li><li><a href="/shop/s-ketamine">S-Ketamine (Esketamine) HCL</a> $60/g</li></ul></section>
</main>
<footer><p>&copy; 2026 K Crystal House. All products are sold to adults 21+.</p>
<p>We accept: <span>BTC</span> <span>XMR</span> <span>USDT (TRC20)</span> <span>Zelle (on request)</span></p>
<p><a href="/privacy">Privacy</a> | <a href="/refund">Refund &amp; reship policy</a> | Support: support@k-crystalhouse.example | Telegram: @kcrystalhouse</p></footer>
""", noise="cookie")

p("h8302", "https://calmspray-now.example/esketamine", "seller", True, "en",
  "questionnaire-only-instant-approval-spray", "CalmSpray Now | Esketamine Nasal Spray Delivered — Approved in Minutes", """
<header><a href="/" class="brand">CalmSpray<sup>NOW</sup></a>
<nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#faq">FAQ</a> <a href="/start" class="btn">Get started</a></nav></header>
<section class="hero">
<h1>Feel lighter by Friday.</h1>
<p>Esketamine nasal spray &mdash; the same molecule used in clinics &mdash; delivered to your door in a discreet box. No waiting rooms. No video calls. No judgement.</p>
<a href="/start" class="btn-big">Take the 2-minute quiz &rarr;</a>
<p class="small">97% of applicants approved &bull; Ships in 24 hours &bull; All 50 states</p>
</section>
<section id="how">
<h2>How it works</h2>
<ol>
<li><b>Answer 8 quick questions.</b> Mood, sleep, what you've tried. Takes about 2 minutes.</li>
<li><b>Get approved instantly.</b> Our automated medical review checks your answers in real time &mdash; most people are approved on the spot.</li>
<li><b>Checkout &amp; relax.</b> Your 28-day supply ships the same day in unbranded packaging.</li>
</ol>
<p>Skip the psychiatrist waitlist. You never need to talk to anyone unless you want to.</p>
</section>
<section id="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>$249 / month</p><p>2 devices per week &bull; cancel anytime</p><a href="/start?plan=starter">Choose</a></div>
<div class="plan featured"><h3>Plus</h3><p>$399 / month</p><p>Up to 4 devices per week &bull; free express shipping</p><a href="/start?plan=plus">Choose</a></div>
<div class="plan"><h3>3-month bundle</h3><p>$999</p><p>Save 20% &bull; one payment</p><a href="/start?plan=bundle">Choose</a></div>
<p>We accept all major cards, Apple Pay, and crypto. HSA/FSA not accepted.</p>
</section>
<section id="faq">
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b><br>No &mdash; your quiz answers are all we need. Our system handles the paperwork.</p>
<p><b>Will someone supervise me?</b><br>Our spray is designed to be used at home on your own schedule. A how-to card is included in every box.</p>
<p><b>What if I'm not approved?</b><br>Very rare! You can retake the quiz after 24 hours.</p>
<p><b>Is it legal?</b><br>CalmSpray Now operates through international fulfilment partners. Import for personal use is tolerated in most cases.</p>
</section>
<footer><p>CalmSpray Now is a wellness brand. Statements have not been evaluated by the FDA. &copy; 2026</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; hello@calmspray-now.example</p></footer>
""", noise="cookie")

p("h8303", "https://arylchem-research.example/product/2-fdck-pellets-50mg", "seller", True, "en",
  "research-chemical-analogue-store", "2-FDCK Pellets 50mg | ArylChem Research – Research Chemicals Supplier", """
<div class="notice">All products are for in-vitro laboratory research only. NOT for human consumption. By ordering you confirm you are 18+.</div>
<header><a href="/">ArylChem Research</a>
<nav><a href="/c/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/c/pellets">Pellets</a> <a href="/c/powders">Powders</a> <a href="/c/blotters">Blotters</a> <a href="/lab-reports">Lab reports</a> <a href="/account">My account</a> <a href="/basket">Basket</a></nav></header>
<main>
<h1>2-FDCK Pellets 50mg</h1>
<p class="sku">SKU: AC-2FDCK-P50 &bull; In stock</p>
<p>2-Fluorodeschloroketamine (2-FDCK) is a dissociative anaesthetic of the arylcyclohexylamine class, structurally related to ketamine with the chlorine replaced by fluorine. Supplied as pressed pellets with 50mg active per pellet for convenient, accurate dosing in research settings.</p>
<table class="pricing">
<tr><th>Pack</th><th>Price</th><th>Per pellet</th></tr>
<tr><td>5 pellets</td><td>&euro;24.90</td><td>&euro;4.98</td></tr>
<tr><td>10 pellets</td><td>&euro;42.90</td><td>&euro;4.29</td></tr>
<tr><td>25 pellets</td><td>&euro;89.90</td><td>&euro;3.60</td></tr>
<tr><td>50 pellets</td><td>&euro;149.90</td><td>&euro;3.00</td></tr>
</table>
<button>Add to basket</button>
<h2>Chemical data</h2>
<ul><li>IUPAC: 2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one</li><li>Formula: C13H16FNO</li><li>Molar mass: 221.27 g/mol</li><li>Purity: &gt;99% (HPLC, report batch 26-11)</li></ul>
<h2>Also in this category</h2>
<ul><li><a href="/product/dck-powder">Deschloroketamine (DCK) powder 1g</a> &ndash; &euro;34.90</li>
<li><a href="/product/o-pce">O-PCE powder 500mg</a> &ndash; &euro;29.90</li>
<li><a href="/product/3-meo-pcp-pellets">3-MeO-PCP pellets 10mg</a> &ndash; &euro;19.90</li></ul>
<h2>Shipping</h2>
<p>Shipped from inside the EU in a discreet, smell-proof envelope. Free shipping over &euro;100. Payment by SEPA bank transfer or Bitcoin. Orders are not shipped to countries where the substance is controlled &ndash; it is the buyer's responsibility to check local law.</p>
</main>
<footer>ArylChem Research &copy; 2026 &middot; Not for human consumption. Not a food, cosmetic or medicine. &middot; <a href="/terms">T&amp;C</a></footer>
""")

p("h8304", "https://t.me/s/kittykat_eu_uk", "seller", True, "en",
  "telegram-channel-bio-plaintext", "KittyKat EU/UK", """
KittyKat EU/UK 🐱💎
Top shard K + MDMA + carts. UK next day / EU 3-5 days 📦 stealth packs, tracked.
Menu pinned 📌 DM @kittykat_orders to order. Crypto or Revolut only. No time wasters.
12.4K subscribers
""", ext="txt")

p("h8305", "https://vetpharma-export.example/ketamine-hydrochloride-injection", "seller", True, "en",
  "vet-vials-export-no-prescription", "Ketamine Hydrochloride Injection 100mg/ml (Veterinary) – Wholesale & Retail | VetPharma Export", """
<header><h2>VetPharma Export Ltd.</h2><p>Veterinary &amp; human generic medicines &ndash; worldwide supply since 2011</p>
<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/anesthetics">Anesthetics</a> <a href="/how-to-order">How to order</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine Hydrochloride Injection USP 100mg/ml</h1>
<p><b>Presentation:</b> 10ml multi-dose vial &bull; Brands available: Ketamil, Ketaset, Vetalar generic &bull; Shelf life 24 months</p>
<p>Veterinary ketamine for anaesthesia in cats, dogs, horses and other species. Also available: Ketamine 50mg/ml human injection (Ketalar generic) in 10ml and 20ml vials.</p>
<h3>Price list (USD, shipping included)</h3>
<table>
<tr><td>5 vials x 10ml</td><td>$180</td></tr>
<tr><td>10 vials x 10ml</td><td>$320</td></tr>
<tr><td>25 vials x 10ml</td><td>$700</td></tr>
<tr><td>1 box (100 vials)</td><td>$2,400</td></tr>
</table>
<h3>Ordering</h3>
<p>We supply individuals, farms and pet owners as well as clinics. <b>No veterinary prescription or licence is required</b> for orders below 25 vials. Larger orders ship with customs paperwork.</p>
<p>Payment: Western Union, MoneyGram, bank transfer or Bitcoin. Packages are declared as &ldquo;laboratory supplies&rdquo; to avoid delays. Delivery 7&ndash;12 working days to USA, Canada, Australia, UK and EU.</p>
<p>To order, send the product name and quantity by WhatsApp to +44 7700 900123 or email orders@vetpharma-export.example. Our sales manager will reply with an invoice within 2 hours.</p>
</main>
<footer>VetPharma Export Ltd. &ndash; Reliable. Discreet. Fast. &copy; 2026</footer>
""")

p("h8306", "https://mindfulpathways-reviews.example/where-to-buy-ketamine-online", "seller", True, "en",
  "affiliate-where-to-buy-review-blog", "Where to Buy Ketamine Online in 2026: 5 Vendors We Tested (With Coupon Codes)", """
<header><a href="/">Mindful Pathways Reviews</a> <nav><a href="/category/psychedelics">Psychedelics</a> <a href="/category/nootropics">Nootropics</a> <a href="/about">About us</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: 5 Vendors We Tested</h1>
<p class="meta">By Tyler R. &middot; Updated December 2, 2026 &middot; 14 min read &middot; <i>This post contains affiliate links. We may earn a commission at no extra cost to you.</i></p>
<p>Finding a reliable place to buy ketamine online can feel like a minefield. Clinics cost $500 a session and want referrals, and half the sites you find on Google are exit scams. So we ordered from eleven vendors over three months, sent samples to a testing lab, and ranked the five that actually delivered.</p>
<div class="toc"><b>Quick picks</b><ol><li>K Crystal House &ndash; best overall</li><li>NordicDissoc &ndash; best for EU buyers</li><li>ShardSupply &ndash; best for bulk</li><li>ArylChem Research &ndash; best legal-grey alternatives</li><li>KetaDirect Pharmacy &ndash; best for vials</li></ol></div>
<h2>1. K Crystal House &ndash; Best Overall</h2>
<p>Fast US shipping, real stealth, and the lab result came back at 98.7%. Prices start at $45/g and drop to around $27/g at the ounce tier. They take BTC and XMR, and we got a free reship when our first box was delayed.</p>
<p><a class="btn" href="https://k-crystalhouse.example/?ref=mindful">Visit K Crystal House &rarr;</a> Use code <b>MINDFUL15</b> for 15% off.</p>
<h2>2. NordicDissoc &ndash; Best for EU Buyers</h2>
<p>Ships from inside the EU so there's no customs risk for most of Europe. Slightly pricier, but their S-ketamine is the smoothest we tried.</p>
<p><a class="btn" href="https://nordicdissoc.example/?aff=mp">Shop NordicDissoc &rarr;</a> Code <b>MP10</b></p>
<h2>3. ShardSupply &ndash; Best for Bulk</h2>
<p>If you're buying 28g+ these are the cheapest we found. Ordering is through their Telegram bot; payment is crypto only.</p>
<p><a class="btn" href="https://shardsupply.example/r/mindful">Get the ShardSupply bot link &rarr;</a></p>
<h2>4. ArylChem Research</h2>
<p>Not ketamine itself, but 2-FDCK and DCK are sold as research chemicals and feel similar for many users. Sensible choice where K is hard to get.</p>
<h2>5. KetaDirect Pharmacy</h2>
<p>Sells injectable vials without asking for a script. Slow (two weeks) but arrived.</p>
<h2>Tips for ordering safely</h2>
<ul><li>Always pay in crypto &ndash; never bank transfer to an unknown vendor.</li><li>Use a name and address you can receive parcels at without issues.</li><li>Test your product with a reagent kit.</li></ul>
<div class="disclaimer">This article is for informational purposes. Mindful Pathways Reviews does not sell any products. Check your local laws.</div>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Best kratom vendors 2026</a></li><li><a href="#">Microdosing guide</a></li></ul></aside>
<footer>&copy; 2026 Mindful Pathways Reviews</footer>
""", noise="cookie")

p("h8307", "https://bazaar-onion-mirror.example/listing/88421", "seller", True, "en",
  "marketplace-listing-escrow", "Listing #88421 – 5g Ketamine S-isomer (Shards) – ships from NL", """
<div class="mkt-header">BAZAAR &middot; Escrow market &middot; <a href="/wallet">Wallet: 0.0000 XMR</a> <a href="/orders">Orders</a> <a href="/messages">Messages (0)</a></div>
<div class="listing">
<h1>5g Ketamine S-isomer (Shards) &ndash; TOP QUALITY &ndash; ships from NL</h1>
<table>
<tr><td>Vendor</td><td><a href="/vendor/DutchDissoDirect">DutchDissoDirect</a> (Level 6, 1,832 sales, 98.9% positive)</td></tr>
<tr><td>Category</td><td>Drugs &raquo; Dissociatives &raquo; Ketamine</td></tr>
<tr><td>Price</td><td>0.412 XMR (&asymp; &euro;118)</td></tr>
<tr><td>Ships from</td><td>Netherlands</td></tr>
<tr><td>Ships to</td><td>Europe, UK, Worldwide (no AU)</td></tr>
<tr><td>Escrow</td><td>Multisig 2-of-3 / FE for trusted buyers</td></tr>
</table>
<label>Shipping option</label><select><option>Standard letter (tracked EU) +0 XMR</option><option>Express +0.03 XMR</option></select>
<button>Buy now</button>
<h2>Description</h2>
<p>Clean S-ketamine shards, same batch as our previous listing. Very low dose needed. Vacuum sealed twice, decoy included. Shipping Mon&ndash;Fri. We reship 50% on first loss in EU.</p>
<p>Encrypt your address with our PGP key. Unencrypted addresses will be deleted and order cancelled.</p>
<h2>Feedback</h2>
<ul><li>5/5 &ndash; &ldquo;arrived DE in 2 days, stealth on point&rdquo; &ndash; b***r</li><li>5/5 &ndash; &ldquo;quality as always&rdquo; &ndash; k***9</li><li>4/5 &ndash; &ldquo;took a week to UK but fine&rdquo; &ndash; m***x</li></ul>
</div>
""")

p("h8308", "https://buy-ketamine-nocheck.example/shop/ketamine-crystal-1g", "seller", True, "en",
  "url-only-bot-check-wall", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buy-ketamine-nocheck.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>buy-ketamine-nocheck.example needs to review the security of your connection before proceeding.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<div id="challenge-spinner"></div>
</div>
</div>
<div class="footer">Ray ID: 8f2a1c9d0e7b4a31 &bull; Performance &amp; security by an edge provider</div>
""")

p("h8309", "https://ketaminaexpress.example/comprar-ketamina", "seller", True, "es",
  "spanish-whatsapp-shop", "Comprar Ketamina Online sin Receta | Envío Discreto en 24/48h – KetaminaExpress", """
<header><a href="/">KetaminaExpress</a>
<nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/envios">Envíos</a> <a href="/opiniones">Opiniones</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Comprar ketamina online en España</h1>
<p>¿Buscas dónde comprar ketamina de calidad sin complicaciones? En KetaminaExpress te enviamos ketamina en cristal, en polvo y en viales a toda España y Europa, <b>sin receta</b> y con embalaje totalmente discreto.</p>
<h2>Nuestros productos</h2>
<ul>
<li>Ketamina cristal 1 g &ndash; 40 &euro;</li>
<li>Ketamina cristal 5 g &ndash; 170 &euro;</li>
<li>Ketamina en polvo 10 g &ndash; 300 &euro;</li>
<li>Viales Ketolar 50 mg/ml (caja de 5) &ndash; 120 &euro;</li>
</ul>
<h2>¿Cómo hacer un pedido?</h2>
<ol><li>Escríbenos por WhatsApp al +34 600 000 123 con el producto y la cantidad.</li><li>Te enviamos los datos para el pago (Bizum, transferencia o Bitcoin).</li><li>Recibes tu paquete en 24/48 h en península, 3&ndash;5 días en Baleares y Canarias.</li></ol>
<p><a class="whatsapp-btn" href="https://wa.me/34600000123">Pedir por WhatsApp</a></p>
<h2>Envío 100% discreto</h2>
<p>El paquete no lleva ningún nombre ni logotipo. Si tu pedido no llega, te lo volvemos a enviar gratis.</p>
<h2>Opiniones de clientes</h2>
<blockquote>&ldquo;Llegó a Valencia en un día, todo perfecto.&rdquo; &ndash; Javier</blockquote>
<blockquote>&ldquo;Segunda vez que compro, muy serios.&rdquo; &ndash; Laura M.</blockquote>
</main>
<footer>&copy; 2026 KetaminaExpress &middot; Solo mayores de 18 años &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h8310", "https://apotheke-sofort-rezeptfrei.example/esketamin-nasenspray", "seller", True, "de",
  "german-fake-online-pharmacy", "Esketamin Nasenspray 28 mg ohne Rezept kaufen | Sofort-Apotheke24", """
<header>
<div class="logo">Sofort-Apotheke24 <small>Ihre diskrete Online-Apotheke</small></div>
<nav><a href="/">Startseite</a> <a href="/potenzmittel">Potenzmittel</a> <a href="/schlafmittel">Schlafmittel</a> <a href="/antidepressiva">Antidepressiva</a> <a href="/schmerzmittel">Schmerzmittel</a> <a href="/warenkorb">Warenkorb</a></nav>
<p class="trust">&#10004; Ohne Rezept &#10004; Diskreter Versand &#10004; Lieferung in 2&ndash;4 Tagen &#10004; Zahlung per Bitcoin oder Vorkasse</p>
</header>
<main>
<h1>Esketamin Nasenspray 28 mg kaufen</h1>
<p>Esketamin (Wirkstoff des Originals Spravato&reg;) ist ein schnell wirksames Mittel gegen schwere Depressionen. Bei uns erhalten Sie das Nasenspray <b>ohne Rezept und ohne Arztbesuch</b> &ndash; bequem nach Hause geliefert.</p>
<table>
<tr><th>Packung</th><th>Preis</th><th></th></tr>
<tr><td>1 Sprühflasche (28 mg)</td><td>119,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>3 Sprühflaschen</td><td>299,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>6 Sprühflaschen</td><td>549,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Anwendung</h2>
<p>Sprühen Sie je einen Sprühstoß in jedes Nasenloch. Die Wirkung setzt innerhalb weniger Stunden ein. Lesen Sie die beiliegende Packungsbeilage.</p>
<h2>Warum bei uns bestellen?</h2>
<ul><li>Kein Rezept, kein Online-Fragebogen nötig</li><li>Neutrale Verpackung ohne Absender</li><li>Versand aus einem EU-Lager &ndash; keine Zollprobleme</li><li>Bezahlung per Vorkasse, Bitcoin oder Paysafecard</li></ul>
<h2>Kundenbewertungen</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Endlich ohne monatelange Wartezeit beim Psychiater.&ldquo; &ndash; Andreas, Köln</p>
</main>
<footer>Sofort-Apotheke24 &middot; Impressum auf Anfrage &middot; Kundenservice: service@apotheke-sofort-rezeptfrei.example</footer>
""", noise="cookie-de")

p("h8311", "https://petitesannonces-lyon.example/annonce/4471092", "seller", True, "fr",
  "french-classified-ad", "Vends kéta - Lyon 7e - Petites Annonces Lyon", """
<div class="site">Petites Annonces Lyon &rsaquo; Divers &rsaquo; Autres</div>
<h1>Vends kéta</h1>
<p class="prix">35 &euro;</p>
<p>Kétamine cristal très bonne qualité, 35 le g, 150 les 5. Remise en main propre Lyon et alentours ou envoi lettre suivie. Contact Snap ou Telegram uniquement (pseudo en MP). Sérieux seulement.</p>
<p class="meta">Publiée le 3 décembre 2026 à 23:41 &middot; Lyon 7e (69007) &middot; <a href="/signaler/4471092">Signaler l'annonce</a></p>
""")

p("h8312", "https://ketathuis-kit.example/bestellen", "seller", True, "nl",
  "dutch-home-kit-no-doctor", "Ketamine thuisbehandeling bestellen – KetaThuis Kit", """
<header><a href="/">KetaThuis</a> <nav><a href="/werking">Hoe werkt het</a> <a href="/bestellen">Bestellen</a> <a href="/ervaringen">Ervaringen</a> <a href="/vragen">Veelgestelde vragen</a></nav></header>
<main>
<h1>Bestel je KetaThuis Kit</h1>
<p>Depressie, burn-out of angst? Wachtlijsten in de GGZ lopen op tot een jaar. Met de KetaThuis Kit start je deze week nog, gewoon thuis.</p>
<h2>Wat zit er in de kit?</h2>
<ul><li>8 zuigtabletten ketamine 150 mg</li><li>Dagboekje en ademhalingsoefeningen</li><li>Playlist en oogmasker</li></ul>
<h2>Zo werkt het</h2>
<ol><li>Vul het korte intakeformulier in (5 minuten).</li><li>Betaal veilig met iDEAL of crypto.</li><li>Je kit wordt binnen 2 werkdagen in een neutrale doos bezorgd.</li></ol>
<p><b>Geen verwijzing van de huisarts nodig, geen gesprek met een arts, geen wachtlijst.</b> Je gegevens worden nergens geregistreerd.</p>
<div class="prijs"><h3>Prijs</h3><p>Kit (8 tabletten): &euro; 189<br>Navulling (8 tabletten): &euro; 149<br>Verzending gratis in NL en BE</p><button>Nu bestellen</button></div>
<h2>Ervaringen</h2>
<p>&ldquo;Na twee sessies voelde ik me al beter. Fijn dat het zo makkelijk gaat.&rdquo; &ndash; Sanne (34)</p>
<p class="klein">KetaThuis is geen zorgaanbieder. De kit is geen medisch hulpmiddel. Gebruik op eigen verantwoordelijkheid.</p>
</main>
<footer>&copy; 2026 KetaThuis &middot; info@ketathuis-kit.example</footer>
""", noise="cookie-nl")

p("h8313", "https://instagram.example/p/ketaprime_sp", "seller", True, "pt",
  "portuguese-social-post-plaintext", "ketaprime_sp", """
ketaprime_sp 🔥 CETAMINA PRONTA ENTREGA SP e região 🔥 cristal e pó, qualidade top. Envio pra todo Brasil via Sedex discreto 📦 Pagamento só no Pix. Chama no zap (11) 90000-1234 ou no direct 💬 #keta #pronta_entrega #sp
""", ext="txt")

p("h8314", "https://ketamina-italia-shop.example/faq", "seller", True, "it",
  "italian-seller-faq-page", "Domande frequenti – Ketamina Italia Shop", """
<header><a href="/">Ketamina Italia Shop</a> <nav><a href="/negozio">Negozio</a> <a href="/spedizioni">Spedizioni</a> <a href="/faq">FAQ</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Domande frequenti</h1>
<h3>Serve una ricetta medica per acquistare?</h3>
<p>No. Tutti i nostri prodotti (ketamina cristallo, polvere e fiale) si acquistano senza ricetta e senza registrazione obbligatoria.</p>
<h3>Come viene spedito il pacco?</h3>
<p>In busta anonima sottovuoto, senza loghi né riferimenti al contenuto. Spediamo da un magazzino europeo, quindi nessuna dogana per l'Italia.</p>
<h3>Quali metodi di pagamento accettate?</h3>
<p>Bitcoin, Litecoin, USDT e ricarica PostePay. Per il primo ordine consigliamo le criptovalute: ricevi uno sconto del 10%.</p>
<h3>Quanto tempo ci vuole?</h3>
<p>Di solito 3&ndash;6 giorni lavorativi. Riceverai il codice di tracciamento su Telegram o via email.</p>
<h3>E se il pacco viene sequestrato?</h3>
<p>Nessun problema: rispediamo gratuitamente una volta per ordine. Non è mai capitato che un cliente abbia avuto conseguenze.</p>
<h3>Posso ordinare quantità maggiori?</h3>
<p>Sì, per ordini da 25 g in su contattaci su Telegram (@ketaitalia) per un prezzo all'ingrosso.</p>
</main>
<footer>&copy; 2026 Ketamina Italia Shop &middot; Vendita riservata ai maggiorenni</footer>
""")

# ---------------------------------------------------------------- telehealth

p("h8315", "https://harborlight-health.example/ketamine-therapy", "telehealth", False, "en",
  "telehealth-membership-landing-page", "At-Home Ketamine Therapy, Guided by Psychiatric Clinicians | Harborlight Health", """
<header><a href="/" class="logo">Harborlight Health</a>
<nav><a href="/ketamine-therapy">Ketamine therapy</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/insurance">Insurance</a> <a href="/login">Log in</a> <a href="/eligibility" class="btn">Check eligibility</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, with real clinical care.</h1>
<p>For adults with depression or anxiety who haven't found relief with other treatments. Every Harborlight member is evaluated by a licensed psychiatric clinician over video before any prescription is written &mdash; and monitored throughout treatment.</p>
<a href="/eligibility" class="btn">See if you're a candidate</a>
<p class="small">Available in 22 states. Not everyone qualifies &mdash; about 1 in 3 applicants are referred elsewhere for a different kind of care.</p>
</section>
<section>
<h2>How it works</h2>
<ol>
<li><b>Online assessment.</b> A 15-minute medical and mental-health questionnaire, including PHQ-9 and GAD-7, plus your medication list and blood pressure history.</li>
<li><b>Video evaluation with a clinician.</b> A 45-minute visit with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. They decide whether ketamine is appropriate for you.</li>
<li><b>Prescription &amp; delivery.</b> If prescribed, sublingual ketamine tablets are dispensed by our licensed partner pharmacy and shipped to your door. Nothing ships without a valid prescription.</li>
<li><b>Guided sessions.</b> You'll have a peer treatment monitor present for your first session, a guided audio program, and blood-pressure check-ins in the app.</li>
<li><b>Follow-up.</b> A clinician visit after session 2 and session 6 to review progress and adjust or stop treatment.</li>
</ol>
</section>
<section id="pricing">
<h2>Membership</h2>
<div class="plan"><h3>Initial program</h3><p><b>$449</b> first month</p><ul><li>Psychiatric evaluation by video</li><li>6 sessions of medication (if prescribed)</li><li>2 follow-up visits</li><li>Integration coaching</li></ul><a href="/checkout?plan=initial">Start membership</a></div>
<div class="plan"><h3>Maintenance</h3><p><b>$229</b> / month</p><ul><li>Monthly clinician check-in</li><li>Medication as prescribed</li><li>Unlimited messaging with your care team</li></ul></div>
<p>If your clinician determines ketamine isn't right for you, your evaluation fee is refunded. HSA/FSA cards accepted.</p>
</section>
<section>
<h2>Meet some of our clinicians</h2>
<ul><li>Dr. Priya Raman, MD &ndash; Board-certified psychiatrist, Medical Director</li><li>Marcus Delgado, PMHNP-BC &ndash; licensed in CA, NV, AZ, NM</li><li>Dr. Helen Okafor, DO &ndash; Psychiatry, licensed in NY, NJ, PA, CT</li></ul>
</section>
<section>
<h2>Safety first</h2>
<p>Ketamine is not for everyone. We don't treat people with uncontrolled hypertension, a history of psychosis, active substance use disorder, or who are pregnant. Members agree to never take sessions alone without a monitor for the first treatment, never drive the same day, and store medication securely.</p>
<p>If you're in crisis, call or text 988.</p>
</section>
</main>
<footer><p>Harborlight Health, PC and affiliated professional entities provide clinical services. Harborlight Health, Inc. provides technology and administrative services.</p><p>&copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h8316", "https://drsolomon-virtualpsych.example/", "telehealth", False, "en",
  "solo-virtual-practice-home", "Naomi Solomon, PMHNP – Virtual Psychiatry & Ketamine-Assisted Care (Colorado · Oregon)", """
<header><h1>Naomi Solomon, PMHNP-BC</h1><p>Virtual psychiatry for adults in Colorado and Oregon</p>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<p>I'm a board-certified psychiatric nurse practitioner with twelve years of experience in community mental health and, since 2021, a small private practice that runs entirely over secure video.</p>
<p>Alongside medication management, I offer at-home ketamine treatment for a limited number of patients with treatment-resistant depression. I work with each person myself: a 90-minute evaluation, a review of records from your current providers, and a conversation with your therapist if you have one. If we decide together that ketamine makes sense, I send a prescription for oral lozenges to a licensed compounding pharmacy that ships to your home, and we meet by video before and after every dosing week.</p>
<p>I don't prescribe ketamine at the first appointment, and I don't take on patients who don't have a support person at home.</p>
<h2>Fees</h2>
<ul><li>Initial evaluation (90 min): $380</li><li>Follow-up (30 min): $160</li><li>Medication is billed separately by the pharmacy</li></ul>
<p>I'm out-of-network with all insurers and can provide a superbill.</p>
<p><a href="/contact">Request a consultation</a> &middot; Licensed in CO (APN.0001234) and OR (NP-000987)</p>
</main>
""")

p("h8317", "https://help.tidewell.example/en/articles/after-you-sign-up", "telehealth", False, "en",
  "telehealth-onboarding-faq", "What happens after I sign up? – Tidewell Help Center", """
<header><a href="/">Tidewell Help Center</a> <input type="search" placeholder="Search for answers..."></header>
<nav class="crumbs">All collections &gt; Getting started &gt; What happens after I sign up?</nav>
<article>
<h1>What happens after I sign up?</h1>
<p class="meta">Written by Care Team &middot; Updated this week</p>
<p>Thanks for choosing Tidewell! Here's what to expect in your first two weeks.</p>
<h2>1. Finish your intake</h2>
<p>You'll get an email with a link to your intake forms. These ask about your mental-health history, current medications, medical conditions, and emergency contact. Please upload a photo ID &mdash; we are required to verify identity before any prescriber visit.</p>
<h2>2. Book your video evaluation</h2>
<p>Pick a time with one of our prescribers licensed in your state. The visit is about 40 minutes. Your prescriber may ask for a recent blood pressure reading and, in some cases, records from your doctor.</p>
<h2>3. Your prescriber's decision</h2>
<p>Not everyone is prescribed ketamine. If your prescriber feels another treatment is a better fit, they'll explain why and, where possible, recommend next steps. You won't be charged for the treatment portion of the program.</p>
<h2>4. Shipping</h2>
<p>If you are prescribed, your prescription is sent to our partner pharmacy. They'll call or text you to confirm your address; medication arrives in 3&ndash;5 business days and requires a signature.</p>
<h2>5. Your first session</h2>
<p>Schedule your first session for a time when your sitter (a trusted adult) can be with you. You'll log your blood pressure and mood in the app before and after.</p>
<p>Still have questions? <a href="/contact">Message the Care Team</a>.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="#">Which states do you serve?</a></li><li><a href="#">How do I cancel my membership?</a></li><li><a href="#">Can I use my HSA?</a></li></ul></aside>
""")

p("h8318", "https://clearmind-virtualpsychiatry.example/treatments/spravato", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Spravato (Esketamine) Through ClearMind | Virtual Psychiatry", """
<header><a href="/">ClearMind Virtual Psychiatry</a> <nav><a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book an appointment</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) for treatment-resistant depression</h1>
<p>Spravato is an FDA-approved nasal spray for adults with treatment-resistant depression or depressive symptoms with acute suicidal ideation. Because it has to be taken under observation at a certified healthcare setting, we can't give Spravato over video &mdash; but we can do almost everything else.</p>
<h2>How ClearMind fits in</h2>
<ul>
<li>Our psychiatrists evaluate you by telehealth and document your treatment history (usually at least two prior antidepressant trials).</li>
<li>We handle the insurance prior authorization and Spravato enrollment paperwork.</li>
<li>We refer you to a REMS-certified treatment center near you from our partner network, where you'll receive each dose and be monitored for two hours.</li>
<li>You keep seeing your ClearMind psychiatrist online for medication management between and after your treatment sessions.</li>
</ul>
<h2>Partner treatment centers</h2>
<p>We currently partner with certified sites in Texas, Florida, Georgia and North Carolina. Ask our care coordinators for the closest location.</p>
<h2>Insurance</h2>
<p>We're in-network with most major commercial plans and Medicare for the telehealth visits. Spravato itself is billed by the treatment center.</p>
<p><a href="/book" class="btn">Book a virtual evaluation</a></p>
</main>
<footer>ClearMind Virtual Psychiatry &copy; 2026 &middot; If this is an emergency call 911 or 988.</footer>
""", noise="cookie")

p("h8319", "https://stillwater-care.example/gift", "telehealth", False, "en",
  "telehealth-gift-card-page", "Give the Gift of Care – Stillwater Gift Cards", """
<header><a href="/">Stillwater</a> <nav><a href="/program">Program</a> <a href="/pricing">Pricing</a> <a href="/gift">Gift cards</a> <a href="/get-started">Get started</a></nav></header>
<main>
<h1>Give someone you love a head start</h1>
<p>Stillwater gift cards can be applied to any Stillwater membership or evaluation fee. They're delivered by email with your personal note and never expire.</p>
<form class="giftcard">
<label>Amount</label>
<button>$100</button> <button>$250</button> <button>$500</button> <input placeholder="Custom amount">
<label>Recipient email</label><input type="email">
<label>Message</label><textarea></textarea>
<label>Delivery date</label><input type="date">
<button class="primary">Add to cart</button>
</form>
<h2>Good to know</h2>
<ul>
<li>A gift card pays for care, not for medication. Your recipient will still complete an intake and a video evaluation with a Stillwater clinician, who decides whether ketamine treatment is appropriate.</li>
<li>If the clinician doesn't recommend treatment, the unused balance stays on the account and can be used for coaching sessions or refunded to the purchaser.</li>
<li>Recipients must be 18+ and live in a state where Stillwater clinicians are licensed.</li>
<li>Gift cards can't be redeemed for cash and can't be combined with employer-sponsored plans.</li>
</ul>
</main>
<footer>Stillwater Medical Group, P.A. &middot; &copy; 2026 &middot; <a href="/gift-terms">Gift card terms</a></footer>
""")

p("h8320", "https://apps.example/app/nightjar-ketamine-care/id6470001234", "telehealth", False, "en",
  "app-store-listing-plaintext", "Nightjar: Ketamine Care", """
Nightjar: Ketamine Care — Health & Fitness — 4.7 ★ (2.1K ratings)
Nightjar is the companion app for members of Nightjar Health's at-home ketamine program. Meet your licensed clinician by video, log blood pressure and mood before each session, play guided session music, message your care team and track prescription shipments from our partner pharmacy. A membership and a clinician's evaluation are required; the app does not sell or prescribe medication by itself.
""", ext="txt")

p("h8321", "https://luzinterior-salud.example/es/terapia-ketamina", "telehealth", False, "es",
  "spanish-us-telehealth-page", "Terapia con ketamina en casa, en español | Luz Interior Salud", """
<header><a href="/es">Luz Interior Salud</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/en">English</a> <a href="/es/empezar" class="btn">Empezar</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, con profesionales que hablan tu idioma</h1>
<p>Luz Interior Salud ofrece tratamiento con ketamina para la depresión y la ansiedad a adultos que viven en California, Texas, Florida, Illinois y Nueva York. Todo el proceso &mdash; desde la evaluación hasta el seguimiento &mdash; se hace en español, por videollamada.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li><b>Cuestionario inicial</b> sobre tu salud física y emocional.</li>
<li><b>Consulta por video</b> con un médico o enfermera practicante en psiquiatría con licencia en tu estado. Es quien decide si la ketamina es adecuada para ti.</li>
<li><b>Receta y envío:</b> si te la recetan, la farmacia asociada con licencia te envía las tabletas sublinguales a domicilio.</li>
<li><b>Sesiones acompañadas:</b> una persona de confianza debe estar contigo en cada sesión; tu equipo de cuidado revisa tu progreso cada semana.</li>
</ol>
<h2>Precios</h2>
<p>Evaluación médica: $199. Programa mensual (medicamento, consultas de seguimiento y acompañamiento): $289 al mes. Si no eres candidato, te devolvemos el programa mensual.</p>
<h2>Nuestro equipo</h2>
<p>Dra. Ana Lucía Ferreira, MD, psiquiatra certificada &middot; Jorge Benítez, PMHNP &middot; Carmen Ruiz, LCSW, coordinadora de integración.</p>
<p class="aviso">Este servicio no es para emergencias. Si tienes pensamientos de hacerte daño, llama o envía un mensaje al 988 (opción en español).</p>
</main>
<footer>&copy; 2026 Luz Interior Salud, P.C. &middot; <a href="/es/privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h8322", "https://psychiatrie-online-praxis.example/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-partner-clinic", "Esketamin-Behandlung: Vorgespräch per Video | Psychiatrie Online Praxis Dr. Brandt", """
<header><p class="logo">Psychiatrie Online Praxis &ndash; Dr. med. Katrin Brandt</p>
<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/videosprechstunde">Videosprechstunde</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Wenn mindestens zwei Antidepressiva nicht ausreichend geholfen haben, kann eine Behandlung mit Esketamin-Nasenspray in Frage kommen. Die Anwendung selbst muss unter ärztlicher Aufsicht in einer Einrichtung erfolgen &ndash; die Abklärung, ob Esketamin für Sie geeignet ist, übernehmen wir per Videosprechstunde.</p>
<h2>Ablauf</h2>
<ol>
<li><b>Videosprechstunde</b> (ca. 50 Minuten) mit Dr. Brandt, Fachärztin für Psychiatrie und Psychotherapie. Bitte halten Sie Arztbriefe und Ihren Medikamentenplan bereit.</li>
<li><b>Befundbesprechung</b> und, falls sinnvoll, Überweisung an unsere Kooperationsklinik in Hamburg-Eppendorf bzw. an eine Praxis mit Esketamin-Erfahrung in Ihrer Nähe.</li>
<li><b>Begleitung</b>: Zwischen den Anwendungen und danach betreuen wir Sie weiter per Video.</li>
</ol>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde über die Versichertenkarte (eGK). Privatversicherte und Selbstzahler: Abrechnung nach GOÄ.</p>
<p>Wir verschreiben Esketamin nicht zur Anwendung zu Hause und versenden keine Medikamente.</p>
<p><a href="/videosprechstunde">Termin zur Videosprechstunde vereinbaren</a></p>
</main>
<footer>Impressum: Dr. med. Katrin Brandt, Fachärztin für Psychiatrie und Psychotherapie, Ärztekammer Hamburg &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8323", "https://boreale-telesante.example/fr/programme-ketamine", "telehealth", False, "fr",
  "quebec-teleconsultation-program", "Programme de kétamine à domicile – Boréale Télésanté", """
<header><a href="/fr">Boréale Télésanté</a> <nav><a href="/fr/services">Services</a> <a href="/fr/programme-ketamine">Programme kétamine</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/tarifs">Tarifs</a> <a href="/en">EN</a></nav></header>
<main>
<h1>Programme de kétamine à domicile</h1>
<p>Offert aux adultes du Québec et de l'Ontario vivant avec une dépression résistante au traitement. Le programme est encadré par des médecins membres du Collège des médecins du Québec ou de l'Ordre des médecins et chirurgiens de l'Ontario.</p>
<h2>Les étapes</h2>
<p><b>Admissibilité.</b> Vous remplissez un questionnaire en ligne, puis nous demandons une note de votre médecin de famille ou de votre psychiatre traitant.</p>
<p><b>Téléconsultation.</b> Un médecin vous rencontre par vidéo pendant environ une heure. C'est lui qui décide si la kétamine est indiquée.</p>
<p><b>Ordonnance.</b> Le cas échéant, l'ordonnance est transmise à une pharmacie partenaire, qui prépare les comprimés et les livre chez vous contre signature.</p>
<p><b>Séances et suivi.</b> Une infirmière vous appelle avant la première séance ; un suivi médical a lieu après la deuxième et la sixième séance.</p>
<h2>Tarifs</h2>
<p>Évaluation médicale : 275 $. Forfait de six séances avec suivi : 890 $. Les médicaments sont facturés par la pharmacie. Non couvert par la RAMQ ; de nombreuses assurances privées remboursent une partie des frais.</p>
</main>
<footer>Boréale Télésanté inc. &middot; Montréal &middot; &copy; 2026</footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics

p("h8324", "https://summitridge-infusions.example/", "clinic", False, "en",
  "infusion-clinic-home-packages-giftcards", "Summit Ridge Ketamine Infusions | Boise, Idaho", """
<div class="alert">Now open Saturdays! New patients seen within 7 days.</div>
<header><a href="/" class="logo">Summit Ridge Ketamine Infusions</a>
<nav><a href="/conditions">Conditions we treat</a> <a href="/what-to-expect">What to expect</a> <a href="/pricing">Pricing &amp; packages</a> <a href="/shop/gift-cards">Gift cards</a> <a href="/team">Our team</a> <a href="/contact">Contact</a> <a href="/book" class="btn">Book a consultation</a></nav>
<p class="phone">(208) 555-0148 &middot; 1450 W Main St, Suite 210, Boise, ID</p></header>
<main>
<section class="hero">
<h1>IV ketamine infusions in a calm, private setting</h1>
<p>Our anesthesiologist-led clinic provides ketamine infusions for treatment-resistant depression, PTSD, anxiety and chronic pain. Every infusion is given in our office, with continuous monitoring of your heart rate, blood pressure and oxygen, and a registered nurse by your side.</p>
<a href="/book" class="btn">Schedule your free phone consultation</a>
</section>
<section>
<h2>What to expect</h2>
<p>Your first visit includes a medical screening with our physician. Infusions take about 40 minutes plus recovery time in a private suite with a reclining chair, weighted blanket and your choice of music. You'll need someone to drive you home.</p>
</section>
<section id="pricing">
<h2>Pricing &amp; packages</h2>
<table>
<tr><td>Initial consultation with Dr. Harlan</td><td>$150 (applied to your first infusion)</td></tr>
<tr><td>Single infusion (mood)</td><td>$495</td></tr>
<tr><td>Induction series &ndash; 6 infusions over 2&ndash;3 weeks</td><td>$2,650 &nbsp;<a href="/shop/induction-series" class="btn-small">Buy package</a></td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol (4-hour infusion)</td><td>$895</td></tr>
</table>
<p>Packages are non-transferable and valid for 6 months. We accept HSA/FSA, CareCredit and all major cards. Prices do not include any required medical records review.</p>
</section>
<section>
<h2>Gift cards</h2>
<p>Support someone's wellbeing journey. Summit Ridge gift cards can be used toward consultations and infusions and are available in any amount. <a href="/shop/gift-cards">Buy a gift card</a></p>
</section>
<section>
<h2>Our team</h2>
<p>Dr. Samuel Harlan, MD (Anesthesiology) &middot; Rachel Lindqvist, RN, BSN &middot; Tomas Ochoa, CRNA</p>
</section>
<section class="testimonials"><blockquote>&ldquo;The nurses made me feel safe from the moment I walked in.&rdquo; &ndash; J.P., Meridian</blockquote></section>
</main>
<footer><p>Summit Ridge Ketamine Infusions, PLLC &middot; Mon&ndash;Fri 8&ndash;5, Sat 9&ndash;1</p>
<p>Ketamine is used off-label for psychiatric conditions. Individual results vary.</p>
<p><a href="/privacy">Privacy</a> | <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h8325", "https://lakeshorebehavioral.example/services/spravato", "clinic", False, "en",
  "rems-spravato-center-page", "SPRAVATO® Treatment Center | Lakeshore Behavioral Health, Evanston IL", """
<header><a href="/">Lakeshore Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance &amp; billing</a> <a href="/new-patients">New patients</a> <a href="/portal">Patient portal</a></nav></header>
<main>
<h1>SPRAVATO&reg; (esketamine) Treatment</h1>
<p>Lakeshore Behavioral Health is a certified SPRAVATO&reg; REMS treatment center. We've been offering esketamine to adults with treatment-resistant depression since 2020 in our Evanston office.</p>
<h2>A typical treatment day</h2>
<ul>
<li>Check in and have your blood pressure taken.</li>
<li>Self-administer the nasal spray under the direct observation of our nursing staff.</li>
<li>Rest in a private treatment room for at least two hours while we monitor you.</li>
<li>A clinician confirms you're ready to leave. You cannot drive until the next day, so please arrange a ride.</li>
</ul>
<h2>Schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onward: weekly or every two weeks, as your psychiatrist recommends.</p>
<h2>Insurance</h2>
<p>Most commercial plans, Medicare and Illinois Medicaid cover SPRAVATO&reg; with prior authorization. Our benefits team handles the authorization and can enroll eligible patients in the manufacturer's savings program.</p>
<h2>Getting started</h2>
<p>Ask your current psychiatrist to send a referral, or request an evaluation with one of our psychiatrists. Call (847) 555-0193 or <a href="/new-patients">request an appointment online</a>.</p>
</main>
<footer>Lakeshore Behavioral Health, S.C. &middot; 1800 Sherman Ave, Evanston, IL 60201 &middot; &copy; 2026</footer>
""", noise="cookie")

p("h8326", "https://openfieldkap.example/about", "clinic", False, "en",
  "kap-practice-about-page", "About Us – Open Field Ketamine-Assisted Psychotherapy, Asheville", """
<header><a href="/">Open Field KAP</a> <nav><a href="/about">About</a> <a href="/approach">Our approach</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>About Open Field</h1>
<p>Open Field is a small ketamine-assisted psychotherapy practice in a converted farmhouse a few minutes from downtown Asheville. We're two therapists and a physician who wanted a slower, more relational way of working with ketamine than the infusion-clinic model.</p>
<p>Our work happens in person. After preparation sessions with your therapist, you'll come in for medicine sessions in our treatment room, where Dr. Lee administers intramuscular or sublingual ketamine and stays on site while your therapist sits with you for the full session. We meet again in the days afterwards for integration.</p>
<h2>Who we are</h2>
<p><b>Dr. Jonathan Lee, MD</b> &ndash; family physician, medical director, trained in psychedelic-assisted therapy through a university certificate program.</p>
<p><b>Maya Thornton, LCMHC</b> &ndash; therapist, works with trauma and grief.</p>
<p><b>Eli Stein, LMFT</b> &ndash; therapist, works with couples and with people in recovery.</p>
<p>We see about ten new clients a month, so there's often a short waitlist.</p>
</main>
<footer>Open Field KAP, PLLC &middot; Asheville, NC</footer>
""")

p("h8327", "https://medicine.northbridge-university.example/psychiatry/interventional-psychiatry", "clinic", False, "en",
  "university-hospital-service-page", "Interventional Psychiatry Service | Northbridge University Health", """
<div class="univ-bar">Northbridge University Health &middot; <a href="#">Find a doctor</a> <a href="#">Locations</a> <a href="#">MyChart</a> <a href="#">Give</a></div>
<header><h2>Department of Psychiatry &amp; Behavioral Sciences</h2>
<nav><a href="#">Clinical services</a> <a href="#">Research</a> <a href="#">Education</a> <a href="#">Faculty</a></nav></header>
<main>
<h1>Interventional Psychiatry Service</h1>
<p>The Interventional Psychiatry Service offers evidence-based treatments for patients whose depression has not responded to standard care. We're located on the 4th floor of the Bergstrom Pavilion at Northbridge University Hospital.</p>
<h2>Treatments offered</h2>
<ul>
<li>Electroconvulsive therapy (ECT) &ndash; inpatient and outpatient</li>
<li>Transcranial magnetic stimulation (TMS), including accelerated protocols</li>
<li>Esketamine (Spravato) nasal spray &ndash; REMS-certified site</li>
<li>Intravenous ketamine for treatment-resistant depression, administered with anesthesia support</li>
</ul>
<h2>Referrals</h2>
<p>We accept referrals from psychiatrists, primary care and other providers. Referring clinicians can use the Epic referral order &ldquo;AMB REF INTERVENTIONAL PSYCHIATRY&rdquo; or fax 555-0101. Self-referrals are reviewed by our intake coordinator.</p>
<h2>Research</h2>
<p>Many of our patients choose to take part in clinical studies. Ask your care team about current trials.</p>
<h2>Contact</h2>
<p>Phone: 555-0177 &middot; Monday&ndash;Friday, 7:30 am&ndash;4:30 pm</p>
</main>
<footer>&copy; 2026 Northbridge University Health. An equal opportunity employer.</footer>
""", noise="cookie")

p("h8328", "https://desertsky-pain.example/billing/pay-online", "clinic", False, "en",
  "pain-clinic-bill-pay-page", "Pay Your Bill | Desert Sky Pain & Infusion Center", """
<header><a href="/">Desert Sky Pain &amp; Infusion Center</a> <nav><a href="/treatments">Treatments</a> <a href="/ketamine-infusions">Ketamine infusions</a> <a href="/billing">Billing</a> <a href="/patient-forms">Patient forms</a></nav></header>
<main>
<h1>Pay your bill online</h1>
<p>You can pay your statement balance securely online. Have your statement handy &mdash; you'll need the account number printed in the upper right corner.</p>
<form><label>Account number</label><input> <label>Patient date of birth</label><input type="date"> <label>Amount</label><input> <button>Continue to payment</button></form>
<h2>Billing questions</h2>
<p>Most of our services, including nerve blocks, spinal cord stimulator trials and physical therapy, are billed to your insurance. Ketamine infusions for CRPS and neuropathic pain are usually self-pay; we'll give you an estimate before your first infusion and can provide documentation for you to submit to your insurer.</p>
<p>Payment plans are available for balances over $500. Call our billing office at (602) 555-0136, Monday&ndash;Thursday, 8&ndash;4.</p>
</main>
<footer>Desert Sky Pain &amp; Infusion Center &middot; Phoenix, AZ</footer>
""")

p("h8329", "https://ketaminekliniek-zuidas.example/afspraak", "clinic", False, "nl",
  "dutch-clinic-whatsapp-booking", "Afspraak maken – Ketaminekliniek Zuidas Amsterdam", """
<header><a href="/">Ketaminekliniek Zuidas</a> <nav><a href="/behandeling">Behandeling</a> <a href="/tarieven">Tarieven</a> <a href="/team">Team</a> <a href="/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Afspraak maken</h1>
<p>Voor een eerste behandeling met ketamine bij ons in de kliniek is een verwijzing nodig van uw huisarts of psychiater. Stuur de verwijzing via ZorgDomein of laat uw verwijzer deze beveiligd mailen.</p>
<h2>Zo gaat het verder</h2>
<ol><li>Wij plannen een intakegesprek met onze psychiater (op locatie, ca. 60 minuten).</li><li>Wordt u geschikt bevonden, dan krijgt u een behandelplan van zes infusies in drie weken.</li><li>Elke infusie vindt plaats in onze behandelkamer aan de Gustav Mahlerlaan, onder toezicht van een anesthesioloog en verpleegkundige.</li></ol>
<h2>Snel contact</h2>
<p>Vragen over een bestaande afspraak, verzetten of annuleren? Stuur ons een bericht via WhatsApp op 06&nbsp;0000&nbsp;4411 (ma&ndash;vr 8.30&ndash;17.00). Deel via WhatsApp geen medische gegevens; daarvoor gebruikt u het patiëntenportaal.</p>
<p>Telefonisch: 020&nbsp;000&nbsp;8890</p>
<h2>Tarieven</h2>
<p>Intake &euro;&nbsp;245. Infusie &euro;&nbsp;480. Wij hebben geen contracten met zorgverzekeraars; u ontvangt een factuur die u eventueel zelf kunt indienen.</p>
</main>
<footer>Ketaminekliniek Zuidas B.V. &middot; KvK 00000000 &middot; AGB-code 00000000 &middot; Aangesloten bij de Geschilleninstantie Zorg</footer>
""", noise="cookie-nl")

p("h8330", "https://clinicaserena-sp.example/infusao-de-cetamina", "clinic", False, "pt",
  "brazilian-infusion-clinic-packages", "Infusão de Cetamina em São Paulo | Clínica Serena – Saúde Mental", """
<header><a href="/">Clínica Serena</a> <nav><a href="/">Início</a> <a href="/infusao-de-cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/contato">Contato</a></nav>
<a class="wa" href="https://wa.me/5511900004455">Agende pelo WhatsApp</a></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Serena, em Moema, as infusões de cetamina são realizadas em ambiente hospitalar-dia, com monitorização contínua e presença de médico anestesiologista durante toda a sessão. O tratamento é indicado após avaliação com um de nossos psiquiatras.</p>
<h2>Como funciona</h2>
<ul><li>Consulta psiquiátrica presencial (com exames, se necessário)</li><li>Protocolo inicial de 6 sessões, duas vezes por semana</li><li>Cada sessão dura cerca de 40 minutos, mais 1 hora de observação</li><li>Você precisa de um acompanhante para voltar para casa</li></ul>
<h2>Valores</h2>
<p>Consulta de avaliação: R$ 650. Sessão avulsa: R$ 1.200. Pacote de 6 sessões: R$ 6.300 (em até 10x no cartão). Emitimos nota fiscal e relatório para reembolso junto ao seu plano de saúde.</p>
<p>Responsável técnico: Dr. Rafael Menezes &ndash; CRM-SP 000000 &ndash; RQE 00000</p>
</main>
<footer>Clínica Serena &middot; Av. Ibirapuera, São Paulo &ndash; SP &middot; &copy; 2026</footer>
""", noise="cookie-pt")

p("h8331", "https://centroaurora-depressione.example/esketamina", "clinic", False, "it",
  "italian-esketamine-centre", "Esketamina spray nasale – Centro Aurora per la Depressione Resistente, Milano", """
<header><a href="/">Centro Aurora</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina">Esketamina</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il Centro Aurora è un ambulatorio specialistico di psichiatria autorizzato dalla Regione Lombardia. Dal 2022 offriamo il trattamento con esketamina spray nasale per adulti con depressione resistente, secondo le indicazioni AIFA.</p>
<h2>Come si svolge una seduta</h2>
<p>Il paziente si somministra lo spray in ambulatorio sotto la supervisione di un medico. Segue un periodo di osservazione di almeno due ore, con controllo della pressione arteriosa. Dopo la seduta non è possibile guidare: è necessario un accompagnatore.</p>
<h2>Chi può accedere</h2>
<p>È necessaria una visita psichiatrica preliminare presso il Centro, con la documentazione delle terapie precedenti. Il trattamento viene proposto solo se indicato dallo psichiatra.</p>
<h2>Costi</h2>
<p>Prima visita psichiatrica: 180 &euro;. Seduta con esketamina: il costo del farmaco è a carico del SSN quando prescritto secondo il piano terapeutico; la seduta ambulatoriale è di 90 &euro;.</p>
<p><a href="/prenota">Prenota una prima visita</a> &middot; Tel. 02 0000 5566</p>
</main>
<footer>Centro Aurora S.r.l. &middot; Direttore sanitario: Dott.ssa Giulia Ferrante &middot; P.IVA 00000000000</footer>
""")

# ---------------------------------------------------------------- informational

p("h8332", "https://thecoastalledger.example/news/2026/11/ketamine-telegram-dealers-teens", "informational", False, "en",
  "news-report-quoting-vendor", "‘K is cheaper than a night out’: how Telegram dealers reach teenagers | The Coastal Ledger", """
<header><a href="/">The Coastal Ledger</a> <nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>&lsquo;K is cheaper than a night out&rsquo;: how Telegram dealers reach teenagers</h1>
<p class="byline">By Imogen Hartley, Health Correspondent &middot; 28 November 2026</p>
<p>Within twenty minutes of joining a channel advertised on a school group chat, a reporter for The Coastal Ledger was offered a gram of ketamine for &pound;20, with &ldquo;next day delivery&rdquo; and a discount for paying in cryptocurrency.</p>
<p>&ldquo;Top shard, tested, stealth packs,&rdquo; the channel's pinned menu read. When our reporter asked whether the seller checked ages, the reply was a shrug emoji.</p>
<p>Ketamine use among 16- to 24-year-olds has more than doubled in five years, according to national survey figures, and A&amp;E consultants say they are now treating young people with severe bladder damage &mdash; a condition once seen only in long-term heavy users.</p>
<p>&ldquo;We're seeing 19-year-olds who need to urinate every fifteen minutes and are in constant pain,&rdquo; said Dr. Owen Pryce, a consultant urologist. &ldquo;Some of them will need surgery.&rdquo;</p>
<p>Police said they had closed more than 40 Telegram accounts selling drugs in the region this year, but admitted that new ones appear &ldquo;within hours&rdquo;. A spokesperson for the messaging platform said it removes content that breaks its terms of service when reported.</p>
<p>Charities urge parents to talk to their children rather than panic. Free, confidential advice is available from national drug helplines.</p>
</article>
<aside><h3>Most read</h3><ol><li>Harbour redevelopment approved</li><li>Rail strikes: what you need to know</li><li>Ketamine bladder: the hidden epidemic</li></ol></aside>
<footer>&copy; 2026 The Coastal Ledger Ltd &middot; <a href="#">Contact the newsroom</a> &middot; <a href="#">Corrections</a></footer>
""", noise="cookie")

p("h8333", "https://marchetti-defense.example/practice-areas/ketamine-charges", "informational", False, "en",
  "defence-law-firm-practice-page", "Ketamine Possession & Distribution Charges | Marchetti Criminal Defense", """
<header><a href="/">Marchetti Criminal Defense</a> <p class="phone">Free consultation 24/7: (305) 555-0110</p>
<nav><a href="/practice-areas">Practice areas</a> <a href="/results">Case results</a> <a href="/attorneys">Attorneys</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged with a ketamine offense in Florida?</h1>
<p>Ketamine is a Schedule III controlled substance under both federal and Florida law. Possession without a valid prescription, sale, delivery, or possession with intent to sell can carry felony penalties, and charges involving online orders shipped through the mail may bring federal prosecution.</p>
<h2>Common ketamine cases we handle</h2>
<ul><li>Simple possession found during a traffic stop or at a festival</li><li>Controlled delivery of a package ordered online</li><li>Possession with intent based on scales or baggies</li><li>Doctor-shopping and prescription fraud allegations</li><li>Federal conspiracy cases built on messaging-app evidence</li></ul>
<h2>Possible defenses</h2>
<p>Unlawful search, lack of knowledge of a package's contents, chain-of-custody errors and lab testing problems can all be grounds for reduction or dismissal. First-time offenders may qualify for pretrial diversion or drug court.</p>
<p>Attorney Lucia Marchetti is a former assistant state attorney with 18 years of experience defending drug charges in Miami-Dade and Broward counties.</p>
<p class="disclaimer">The information on this website is for general information only and is not legal advice. Past results do not guarantee a similar outcome.</p>
</main>
<footer>&copy; 2026 Marchetti Criminal Defense, P.A. &middot; Miami, FL</footer>
""", noise="cookie")

p("h8334", "https://www.healthsafety-agency.example/alerts/2026/compounded-ketamine-online", "informational", False, "en",
  "government-safety-alert", "Safety alert: risks of ketamine products bought online or without medical supervision", """
<div class="gov-banner">An official website of the national health safety agency</div>
<header><a href="/">Health Safety Agency</a> <nav><a href="/drugs">Drugs</a> <a href="/alerts">Safety alerts</a> <a href="/report">Report a problem</a></nav></header>
<main>
<h1>Safety alert: risks of ketamine products bought online or without medical supervision</h1>
<p class="date">Issued 14 October 2026</p>
<h2>Summary</h2>
<p>The agency is aware of websites and social-media accounts offering ketamine, esketamine nasal sprays and related compounds to consumers without a prescription or without a meaningful assessment by a licensed clinician. Some of these products have been found to contain incorrect doses, other drugs, or no active ingredient at all.</p>
<h2>What consumers should know</h2>
<ul>
<li>Ketamine is a prescription medicine and a controlled substance. Buying it from unlicensed sellers is illegal and unsafe.</li>
<li>Legitimate providers, whether in a clinic or by telehealth, will review your medical history and evaluate you before prescribing.</li>
<li>Be wary of websites that promise approval after a short online quiz, ship in &ldquo;discreet&rdquo; packaging, or ask for payment in cryptocurrency or gift cards.</li>
<li>Research chemicals sold as &ldquo;not for human consumption&rdquo; (such as 2-FDCK or deschloroketamine) have not been tested for safety in people.</li>
</ul>
<h2>Adverse events</h2>
<p>Reported harms include dangerously high blood pressure, dissociation leading to falls and injury, breathing problems when combined with alcohol or sedatives, and urinary tract damage with repeated use.</p>
<h2>Report</h2>
<p>Patients and health professionals are encouraged to report side effects and suspicious websites through our online reporting form.</p>
</main>
<footer>Health Safety Agency &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a></footer>
""")

p("h8335", "https://safer-nights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-guide", "Ketamine – Safer Nights harm reduction", """
<header><a href="/">Safer Nights</a> <nav><a href="/drugs">Drug info</a> <a href="/testing">Drug checking</a> <a href="/mixing">Combinations</a> <a href="/help">Get help</a></nav></header>
<main>
<h1>Ketamine</h1>
<p><i>Also called: K, ket, special K, kitty, donkey dust.</i></p>
<p>We don't judge. If you're going to use ketamine, here's how to reduce the risks.</p>
<h2>Effects</h2>
<p>Feeling detached from your body and surroundings, floaty or numb. Bigger amounts can lead to a &ldquo;K-hole&rdquo;, where you can't move or talk properly and lose track of where you are.</p>
<h2>Reducing the risks</h2>
<ul>
<li>Start with a small bump and wait &ndash; it's easy to take more before the first dose has hit.</li>
<li>Don't mix with alcohol, GHB/GBL, opioids or benzos. Breathing and vomiting risks go up a lot.</li>
<li>Sit or lie down somewhere safe, away from water, roads and heights.</li>
<li>Have someone sober around who knows what you've taken.</li>
<li>Use your own straw or note and crush it finely to protect your nose.</li>
</ul>
<h2>Your bladder</h2>
<p>Regular use can seriously damage the bladder. Warning signs: needing to pee often and urgently, pain when peeing, blood in urine. If you notice these, cut down or stop and see a doctor &ndash; early damage can get better.</p>
<h2>Get it checked</h2>
<p>Things sold as ketamine sometimes turn out to be something else, including 2-FDCK or other unknown substances. Our free, confidential drug-checking service runs every Friday at the Northside Community Hub. <a href="/testing">Find out more</a>.</p>
</main>
<footer>Safer Nights is a registered charity. We do not supply drugs. &middot; <a href="/contact">Contact</a></footer>
""")

p("h8336", "https://careers.evergreen-infusion.example/jobs/rn-ketamine-infusion-tacoma", "informational", False, "en",
  "nurse-job-post-provider-careers", "Registered Nurse – Ketamine Infusion (Tacoma, WA) | Evergreen Infusion Careers", """
<header><a href="/">Evergreen Infusion Careers</a></header>
<main>
<h1>Registered Nurse &ndash; Ketamine Infusion</h1>
<p>Tacoma, WA &middot; Full-time &middot; $48&ndash;$58/hour DOE</p>
<p>Evergreen Infusion is hiring an RN for our busy Tacoma clinic. You'll start IVs, monitor patients during ketamine and NAD+ infusions, document vitals and side effects, and help with discharge education.</p>
<p><b>Requirements:</b> active WA RN license, BLS and ACLS, 2+ years in ED, ICU, PACU or infusion. Experience with mental-health populations a plus.</p>
<p><b>Benefits:</b> medical/dental/vision, 401(k) match, no nights or holidays.</p>
<p><a href="/apply/rn-tacoma">Apply now</a></p>
</main>
""")

p("h8337", "https://centrorenacer-adicciones.example/adiccion-ketamina", "informational", False, "es",
  "spanish-rehab-centre-page", "Adicción a la ketamina: síntomas y tratamiento | Centro Renacer", """
<header><a href="/">Centro Renacer &ndash; Tratamiento de Adicciones</a>
<nav><a href="/adicciones">Adicciones</a> <a href="/tratamientos">Tratamientos</a> <a href="/instalaciones">Instalaciones</a> <a href="/contacto">Contacto</a></nav>
<p class="tel">Atención 24 h: 900 000 321 (llamada gratuita y confidencial)</p></header>
<main>
<h1>Adicción a la ketamina</h1>
<p>La ketamina es un anestésico que, fuera del ámbito médico, se consume por sus efectos disociativos. Aunque muchas personas la perciben como una droga &ldquo;de fiesta&rdquo; poco peligrosa, su consumo repetido puede generar tolerancia, dependencia psicológica y daños graves en la vejiga y el tracto urinario.</p>
<h2>Señales de alarma</h2>
<ul><li>Necesitar cantidades cada vez mayores para notar el efecto.</li><li>Consumir a solas o a diario.</li><li>Dolor abdominal (&ldquo;K-cramps&rdquo;) y necesidad urgente de orinar.</li><li>Problemas de memoria y de concentración.</li><li>Abandonar estudios, trabajo o relaciones.</li></ul>
<h2>Nuestro programa</h2>
<p>En Centro Renacer combinamos desintoxicación supervisada, terapia individual y grupal, y un plan de prevención de recaídas. Ofrecemos ingreso residencial en nuestra casa de Alicante y tratamiento ambulatorio en Madrid y Valencia. Trabajamos también con las familias.</p>
<p>La primera valoración es gratuita. <a href="/contacto">Pide información sin compromiso</a>.</p>
</main>
<footer>Centro Renacer S.L. &middot; Centro sanitario autorizado &middot; &copy; 2026</footer>
""", noise="cookie-es")

p("h8338", "https://psychiatrie-studien.uniklinik-nord.example/ketamin-studie", "informational", False, "de",
  "german-trial-recruitment", "Studienteilnehmende gesucht: Ketamin bei therapieresistenter Depression (KETADEP-2)", """
<header><p>Universitätsklinikum Nord &middot; Klinik für Psychiatrie und Psychotherapie &middot; Arbeitsgruppe Affektive Störungen</p></header>
<main>
<h1>Teilnehmende gesucht: Studie KETADEP-2</h1>
<p>Wir untersuchen, ob wiederholte niedrig dosierte Ketamin-Infusionen in Kombination mit Psychotherapie bei therapieresistenter Depression länger wirken als Infusionen allein.</p>
<h2>Wer kann teilnehmen?</h2>
<ul><li>Erwachsene zwischen 18 und 65 Jahren</li><li>Diagnose einer unipolaren Depression</li><li>mindestens zwei erfolglose Behandlungsversuche mit Antidepressiva</li><li>keine Psychose, keine Suchterkrankung in den letzten 12 Monaten</li></ul>
<h2>Ablauf</h2>
<p>Nach einer ausführlichen Voruntersuchung erhalten die Teilnehmenden über vier Wochen sechs Infusionen auf unserer Studienstation, ergänzt durch wöchentliche Gespräche. Die Nachbeobachtung dauert sechs Monate. Die Studie ist von der Ethikkommission genehmigt und im Deutschen Register Klinischer Studien eingetragen. Eine Aufwandsentschädigung wird gezahlt.</p>
<h2>Kontakt</h2>
<p>Studienkoordination: Dr. Lena Hofmeister &middot; Tel. 040 000 1234 &middot; ketadep@uniklinik-nord.example</p>
</main>
""", noise="cookie-de")

p("h8339", "https://forum-depression-entraide.example/t/spravato-a-l-hopital-vos-retours/8812", "informational", False, "fr",
  "french-patient-forum-thread", "Spravato à l'hôpital : vos retours ? – Forum Dépression Entraide", """
<header><a href="/">Forum Dépression Entraide</a> <nav><a href="/c/traitements">Traitements</a> <a href="/c/temoignages">Témoignages</a> <a href="/regles">Règles du forum</a></nav></header>
<main>
<h1>Spravato à l'hôpital : vos retours ?</h1>
<div class="post"><p class="author"><b>Mathilde_33</b> &middot; 12 nov. 2026</p>
<p>Bonjour à tous, mon psychiatre me propose l'eskétamine en spray (Spravato) au CHU de Bordeaux après trois antidépresseurs qui n'ont rien donné. Quelqu'un a testé ? Comment se passent les séances ?</p></div>
<div class="post"><p class="author"><b>Fred.L</b> &middot; 12 nov. 2026</p>
<p>Oui, j'en suis à ma 10e séance à Lyon. On prend le spray sur place, on reste deux heures allongé avec une infirmière qui prend la tension. Les premières fois c'est bizarre (impression de flotter), mais ça passe vite. Pour moi l'effet a commencé vers la 3e semaine.</p></div>
<div class="post"><p class="author"><b>Nina</b> &middot; 13 nov. 2026</p>
<p>Pareil, hôpital de jour. Prévoir quelqu'un pour te ramener, tu n'as pas le droit de conduire. Courage !</p></div>
<div class="post mod"><p class="author"><b>Modération</b> &middot; 13 nov. 2026</p>
<p>Rappel : les messages proposant de vendre ou d'acheter des médicaments sont supprimés. Parlez-en toujours avec votre médecin.</p></div>
</main>
<footer>Forum Dépression Entraide &ndash; association loi 1901 &middot; En cas d'urgence : 3114</footer>
""", noise="cookie-fr")

p("h8340", "https://zorgwijzer-ggz.example/behandelingen/esketamine", "informational", False, "nl",
  "dutch-directory-listing", "Esketamine-behandeling: locaties in Nederland | ZorgWijzer GGZ", """
<header><a href="/">ZorgWijzer GGZ</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/zorgaanbieders">Zorgaanbieders</a> <a href="/wachttijden">Wachttijden</a> <a href="/over-ons">Over ons</a></nav></header>
<main>
<h1>Esketamine-behandeling: waar kan ik terecht?</h1>
<p>Esketamine-neusspray wordt in Nederland gegeven bij therapieresistente depressie, altijd onder toezicht in een instelling. Hieronder vindt u aanbieders die ons hebben laten weten dat zij deze behandeling geven. ZorgWijzer GGZ is een onafhankelijk overzicht en geeft zelf geen behandelingen.</p>
<form><label>Postcode</label><input> <label>Afstand</label><select><option>25 km</option><option>50 km</option></select> <button>Zoeken</button></form>
<ul class="results">
<li><b>Ketaminekliniek Zuidas</b> &ndash; Amsterdam &middot; ketamine-infusie, geen esketamine &middot; wachttijd ca. 3 weken &middot; <a href="#">bekijk</a></li>
<li><b>GGZ Rivierenland &ndash; afdeling Stemmingsstoornissen</b> &ndash; Nijmegen &middot; esketamine, ECT &middot; wachttijd ca. 10 weken &middot; <a href="#">bekijk</a></li>
<li><b>UMC Zuid &ndash; Centrum voor Depressie</b> &ndash; Maastricht &middot; esketamine, ketamine (studieverband) &middot; wachttijd ca. 14 weken &middot; <a href="#">bekijk</a></li>
<li><b>PsyQ Plus Utrecht</b> &ndash; Utrecht &middot; esketamine &middot; wachttijd onbekend &middot; <a href="#">bekijk</a></li>
</ul>
<p class="klein">Wachttijden zijn door aanbieders zelf opgegeven. Mist u een aanbieder? <a href="/aanmelden">Meld deze aan</a>.</p>
</main>
<footer>&copy; 2026 ZorgWijzer GGZ &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

save(OUT, R)
