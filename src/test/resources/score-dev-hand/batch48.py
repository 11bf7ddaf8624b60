# Batch 48 of the hand-written dev set: 40 pages, a tuning batch written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement,
# and committed before the scorer was run on them (committed before any scorer run).
# Angle: SHOPS WITH LITTLE TEXT. Seller pages where the page text says almost nothing and the
# structure, a few words or the URL decide, and legitimate pages that are equally thin.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes (sellers): bot check / JS wall on a shop product URL, empty WooCommerce category with drug
# categories in the sidebar, cart page, German checkout step, order-tracking form with reship note,
# product grid of names and prices only, Spanish multi-drug WhatsApp menu, research-chemical tiles
# (2F-DCK, DCK, O-PCE, MXE), French 2-FDCK product page, Dutch Ketamidor page with no vet Rx,
# Portuguese payment instructions (Pix/USDT), "order received" page with BTC address (Ketaset),
# Italian tag archive of a no-prescription pharmacy, product sitemap (plain text) listing Vetalar,
# Narketan, Imalgene.
# Shapes (legitimate): telehealth membership checkout, booking confirmation, JS-only patient portal,
# assessment step, pricing cards, German video first consultation with referral to partner practices,
# Mexican program checkout, Portuguese prescription status, French patient-space login; clinic
# booking widget, hospital empty search results, patient forms list, bill pay, directions (plain
# text), Italian booking widget, Dutch referral-letter upload, Spanish price list; vet distributor
# login wall, compounding pharmacy prescription upload, news tag page, patient forum index, bookshop
# product page, drug-checking results, German pharmacy search, French news tag page, Italian
# veterinary formulary entry.
# Author: independent. Date: 2026-12-07.
# Committed before any scorer run.
# Run: python3 batch48.py (writes batch48/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch48")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h4801", "https://ketamine-store.example/shop/ketamine-hcl-crystal-5g/", "seller", True, "en",
  "bot-check-js-wall", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">ketamine-store.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">ketamine-store.example needs to review the security of your connection before proceeding.</div>
<div id="challenge-form" style="display:none"><input type="hidden" name="md" value="8f3a0c1e9b"></div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="ray-id">Ray ID: <code>7d1f0a93bc4e2a61</code></div><div>Performance &amp; security by EdgeShield</div></div></div>
""")

p("h4802", "https://darkpharmacyplug.test/product-category/dissociatives/ketamine/", "seller", True, "en",
  "empty-category", "Ketamine Archives - DarkPharmacyPlug", """
<div class="top-bar">FREE STEALTH SHIPPING ON ORDERS OVER $300 &middot; BTC / XMR / Zelle</div>
<header class="site-header"><a class="logo" href="/">DarkPharmacyPlug</a>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/reship-policy/">Reship Policy</a> <a href="/contact/">Contact</a></nav>
<a class="cart-contents" href="/cart/">$0.00 <span class="count">0 items</span></a></header>
<div id="primary" class="content-area">
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine</nav>
<h1 class="page-title">Ketamine</h1>
<p class="woocommerce-info">No products were found matching your selection.</p>
</div>
<aside id="secondary" class="widget-area">
<section class="widget woocommerce widget_product_categories"><h2 class="widget-title">Product categories</h2>
<ul class="product-categories">
<li><a href="/product-category/benzodiazepines/">Benzodiazepines</a> <span class="count">(14)</span></li>
<li><a href="/product-category/dissociatives/">Dissociatives</a> <span class="count">(3)</span>
<ul class="children"><li><a href="/product-category/dissociatives/ketamine/">Ketamine</a> <span class="count">(0)</span></li><li><a href="/product-category/dissociatives/pcp-analogues/">PCP analogues</a> <span class="count">(3)</span></li></ul></li>
<li><a href="/product-category/opioids/">Opioids</a> <span class="count">(9)</span></li>
<li><a href="/product-category/psychedelics/">Psychedelics</a> <span class="count">(22)</span></li>
<li><a href="/product-category/stimulants/">Stimulants</a> <span class="count">(11)</span></li>
</ul></section>
</aside>
<footer class="site-footer">&copy; 2026 DarkPharmacyPlug &middot; Orders ship within 24h of payment confirmation</footer>
""")

p("h4803", "https://k-hole-supply.example/cart/", "seller", True, "en",
  "cart-page", "Cart | K-Hole Supply", """
<header><a href="/">K-HOLE SUPPLY</a> <a href="/cart/">Cart (1)</a></header>
<main>
<h1>Cart</h1>
<table class="shop_table cart">
<thead><tr><th></th><th>Product</th><th>Price</th><th>Quantity</th><th>Subtotal</th></tr></thead>
<tbody><tr><td><a href="#" class="remove">&times;</a></td><td><a href="/product/ketamine-hcl-needles/">Ketamine HCl &ndash; needles &ndash; 5 g</a></td><td>$195.00</td><td><input type="number" value="1"></td><td>$195.00</td></tr></tbody>
</table>
<div class="coupon"><input type="text" placeholder="Coupon code"> <button>Apply coupon</button></div>
<div class="cart_totals"><h2>Cart totals</h2>
<table><tr><th>Subtotal</th><td>$195.00</td></tr>
<tr><th>Shipping</th><td><label><input type="radio" checked> Stealth Express (vacuum sealed, no signature): $30.00</label><br><label><input type="radio"> Stealth Standard: $15.00</label></td></tr>
<tr><th>Total</th><td><strong>$225.00</strong></td></tr></table>
<a class="checkout-button" href="/checkout/">Proceed to checkout</a></div>
</main>
""")

p("h4804", "https://ketamin-kaufen.test/kasse/", "seller", True, "de",
  "checkout-step", "Kasse – Schritt 2 von 3", """
<header><a href="/">ketamin-kaufen</a> <span class="secure">&#128274; Sichere Kasse</span></header>
<main>
<ol class="steps"><li>Adresse</li><li class="active">Versand &amp; Zahlung</li><li>Prüfen</li></ol>
<h2>Versandart</h2>
<label><input type="radio" checked> Neutraler Luftpolsterumschlag ohne Absender (2–4 Werktage) – 9,90 €</label><br>
<label><input type="radio"> Express, Einwurf-Einschreiben – 14,90 €</label>
<h2>Zahlungsart</h2>
<label><input type="radio" checked> Bitcoin (−5 %)</label><br>
<label><input type="radio"> Monero</label><br>
<label><input type="radio"> paysafecard (Code per E-Mail senden)</label>
<h2>Ihre Bestellung</h2>
<table><tr><td>Ketamin Kristall 10 g</td><td>240,00 €</td></tr>
<tr><td>Versand</td><td>9,90 €</td></tr>
<tr><td>Bitcoin-Rabatt</td><td>−12,00 €</td></tr>
<tr><th>Gesamt</th><th>237,90 €</th></tr></table>
<button>Weiter zur Prüfung</button>
</main>
""", noise="cookie-de")

p("h4805", "https://ketaminedirect.example/order-tracking/", "seller", True, "en",
  "order-tracking", "Order Tracking - KetamineDirect", """
<header><a href="/">KetamineDirect</a> <nav><a href="/shop/">Shop</a> <a href="/order-tracking/">Track order</a> <a href="/faq/">FAQ</a></nav></header>
<main>
<h1>Order Tracking</h1>
<p>To track your order please enter your Order ID in the box below and press the "Track" button. This was given to you on your receipt and in the confirmation email you should have received.</p>
<form class="track_order"><p><label>Order ID</label><input type="text" placeholder="Found in your order confirmation email."></p>
<p><label>Billing email</label><input type="text" placeholder="Email you used during checkout."></p>
<button>Track</button></form>
<p class="note">Orders ship 24&ndash;48 h after BTC confirmation. If your tracking says "held" or "return to sender", don't call the carrier &ndash; message @kdirect_support on Telegram and we reship free.</p>
</main>
""")

p("h4806", "https://anesthetic-outlet.example/shop/", "seller", True, "en",
  "product-grid-prices-only", "Shop - Anesthetic Outlet", """
<header><a href="/">Anesthetic Outlet</a> <a href="/cart/">Cart 0</a></header>
<main>
<p class="woocommerce-result-count">Showing all 6 results</p>
<select class="orderby"><option>Default sorting</option><option>Sort by price: low to high</option></select>
<ul class="products columns-3">
<li class="product"><img src="/img/ketalar-10ml.jpg" alt=""><h2>Ketalar 50 mg/ml 10 ml vial</h2><span class="price">$89.00</span> <a class="button add_to_cart_button">Add to cart</a></li>
<li class="product"><img src="/img/ket-powder.jpg" alt=""><h2>Ketamine HCl powder 1 g</h2><span class="price">$40.00</span> <a class="button add_to_cart_button">Add to cart</a></li>
<li class="product"><img src="/img/ket-powder-5.jpg" alt=""><h2>Ketamine HCl powder 5 g</h2><span class="price">$165.00</span> <a class="button add_to_cart_button">Add to cart</a></li>
<li class="product"><img src="/img/spravato.jpg" alt=""><h2>Spravato 56 mg kit (2 devices)</h2><span class="price"><del>$450.00</del> $390.00</span> <a class="button add_to_cart_button">Add to cart</a></li>
<li class="product"><img src="/img/troches.jpg" alt=""><h2>Ketamine troches 100 mg x 30</h2><span class="price">$140.00</span> <a class="button add_to_cart_button">Add to cart</a></li>
<li class="product outofstock"><img src="/img/ketaset.jpg" alt=""><h2>Ketaset 100 mg/ml 10 ml</h2><span class="price">$75.00</span> <a class="button">Read more</a></li>
</ul>
</main>
<footer>&copy; Anesthetic Outlet</footer>
""")

p("h4807", "https://menu-fiesta.test/carta", "seller", True, "es",
  "multi-drug-menu", "CARTA", """
<div class="menu">
<h1>🔥 CARTA 🔥</h1>
<p>Pedidos SOLO por WhatsApp &#128242; +34 612 00 00 00</p>
<ul>
<li>💎 KETA (aguja) &mdash; 1g 30€ · 5g 120€ · 10g 210€</li>
<li>💊 MD cristal &mdash; 1g 35€</li>
<li>🌸 TUSI / 2C-B rosa &mdash; 1g 60€</li>
<li>❄️ PERICO 90% &mdash; 1g 70€</li>
<li>🟦 Trankimazin 2mg &mdash; tira 10 · 25€</li>
</ul>
<p>Envío discreto toda la península 24/48h &middot; Pago Bizum o cripto &middot; Recogida en mano Madrid centro</p>
</div>
""")

p("h4808", "https://rc-labs-direct.example/product-category/arylcyclohexylamines/", "seller", True, "en",
  "research-chemical-tiles", "Arylcyclohexylamines | RC Labs Direct", """
<header><a href="/">RC LABS DIRECT</a> <nav><a href="/product-category/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/product-category/tryptamines/">Tryptamines</a> <a href="/product-category/benzos/">Designer benzos</a> <a href="/product-category/pellets/">Pellets</a></nav> <a href="/cart/">&#128722; 0</a></header>
<main>
<h1>Arylcyclohexylamines</h1>
<div class="grid">
<div class="tile"><h3>2F-DCK</h3><p>2-Fluorodeschloroketamine &middot; crystal</p><p class="price">from &euro;18 / g</p><a class="btn">Select options</a></div>
<div class="tile"><h3>DCK</h3><p>Deschloroketamine &middot; powder</p><p class="price">from &euro;20 / g</p><a class="btn">Select options</a></div>
<div class="tile"><h3>O-PCE</h3><p>Eticyclidone &middot; 10 mg pellets x 10</p><p class="price">&euro;35</p><a class="btn">Add to cart</a></div>
<div class="tile sold-out"><h3>MXE</h3><p>Methoxetamine &middot; back in stock soon</p><p class="price">&euro;29 / g</p><a class="btn">Notify me</a></div>
<div class="tile"><h3>Ketamine analogue sampler</h3><p>1 g each 2F-DCK, DCK, O-PCE</p><p class="price">&euro;59</p><a class="btn">Add to cart</a></div>
</div>
</main>
<footer><p>All products are sold strictly for laboratory research purposes. Not for human consumption. 18+ only. We accept BTC, LTC and SEPA.</p></footer>
""")

p("h4809", "https://chimie-recherche.test/produit/2-fdck-cristaux", "seller", True, "fr",
  "research-chemical-product", "2-FDCK cristaux – Chimie Recherche", """
<main>
<h1>2-FDCK (cristaux)</h1>
<p class="sub">Analogue de la kétamine</p>
<p class="price">1 g : 22 € &middot; 5 g : 85 € &middot; 10 g : 150 €</p>
<select><option>1 g</option><option>5 g</option><option>10 g</option></select> <button>Ajouter au panier</button>
<p class="small">Produit destiné exclusivement à la recherche. Impropre à la consommation humaine. Envoi discret avec suivi dans toute l'UE.</p>
</main>
""", noise="cookie-fr")

p("h4810", "https://diergeneesmiddelen-direct.test/ketamidor-100-mg-ml-10-ml", "seller", True, "nl",
  "vet-product-no-rx", "Ketamidor 100 mg/ml 10 ml kopen | Diergeneesmiddelen Direct", """
<header><a href="/">Diergeneesmiddelen Direct</a> <a href="/winkelwagen">Winkelwagen (0)</a></header>
<main>
<nav class="crumbs">Home &rsaquo; Paard &rsaquo; Anesthesie</nav>
<h1>Ketamidor 100 mg/ml injectievloeistof &ndash; 10 ml</h1>
<p class="price">&euro; 34,95</p>
<p class="stock">&#10003; Op voorraad &ndash; vandaag besteld, morgen in huis</p>
<input type="number" value="1"> <button>In winkelwagen</button>
<ul class="usp"><li>Geen recept van de dierenarts nodig</li><li>Neutrale verpakking</li><li>Ook levering naar België en Duitsland</li></ul>
</main>
""", noise="cookie-nl")

p("h4811", "https://cetaminabr.test/como-pagar", "seller", True, "pt",
  "payment-instructions", "Como pagar", """
<main>
<h1>Como pagar</h1>
<ol>
<li>Finalize o pedido no carrinho e anote o número (ex.: #2231).</li>
<li>Pague via <b>Pix</b> (chave aleatória enviada por WhatsApp) ou <b>USDT (TRC20)</b>.</li>
<li>Mande o comprovante no WhatsApp com o número do pedido.</li>
</ol>
<p>Cetamina e Ketalar são despachados em até 24h após a confirmação, em embalagem discreta, sem identificação. Não precisa de receita.</p>
</main>
""")

p("h4812", "https://vetketa.example/checkout/order-received/5521/?key=wc_order_Hq2Lb7", "seller", True, "en",
  "order-received-btc", "Order received - VetKeta", """
<main>
<h1>Order received</h1>
<p class="woocommerce-thankyou-order-received">Thank you. Your order has been received.</p>
<ul class="order_details">
<li>Order number: <strong>5521</strong></li>
<li>Date: <strong>December 6, 2026</strong></li>
<li>Total: <strong>$310.00</strong></li>
<li>Payment method: <strong>Bitcoin</strong></li>
</ul>
<p>Please send <b>0.00341 BTC</b> to <code>bc1q8r2vw0m4l3x9k6yq2n7e5a0h4d3s9p8u6t2f5c</code> within 60 minutes. Your order ships once the payment has 2 confirmations.</p>
<h2>Order details</h2>
<table><tr><td>Ketaset 100 mg/ml 10 ml &times; 2</td><td>$250.00</td></tr>
<tr><td>Shipping: Discreet worldwide</td><td>$60.00</td></tr>
<tr><th>Total</th><th>$310.00</th></tr></table>
</main>
""")

p("h4813", "https://farmaciasenzaricetta.test/tag/ketamina/", "seller", True, "it",
  "tag-archive", "ketamina Archivi - Farmacia Senza Ricetta", """
<header><a href="/">Farmacia Senza Ricetta</a></header>
<main>
<h1>Tag: ketamina</h1>
<article><h2><a href="/ketamina-500mg-10ml-dove-comprarla/">Ketamina 500 mg/10 ml: dove comprarla online</a></h2><p>4 dicembre 2026 &middot; <a href="#">Leggi tutto</a></p></article>
<article><h2><a href="/ketalar-senza-ricetta-48-ore/">Ketalar senza ricetta con consegna in 48 ore</a></h2><p>28 novembre 2026 &middot; <a href="#">Leggi tutto</a></p></article>
<article><h2><a href="/spravato-prezzo-scontato/">Spravato a prezzo scontato: ordina ora</a></h2><p>19 novembre 2026 &middot; <a href="#">Leggi tutto</a></p></article>
<article><h2><a href="/ketamina-liquida-spedizione-anonima/">Ketamina liquida, spedizione anonima in tutta Italia</a></h2><p>2 novembre 2026 &middot; <a href="#">Leggi tutto</a></p></article>
<nav class="pagination"><a href="/tag/ketamina/page/2/">Articoli precedenti</a></nav>
</main>
<footer>Ordini su WhatsApp &middot; Pagamento anche in criptovalute</footer>
""")

p("h4814", "https://ketavet-shop.example/sitemap_products_1.xml", "seller", True, "en",
  "product-sitemap", "", """
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://ketavet-shop.example/</loc><changefreq>daily</changefreq></url>
<url><loc>https://ketavet-shop.example/products/vetalar-v-100mg-ml-10ml</loc><lastmod>2026-12-01T09:12:44-05:00</lastmod><image:image><image:title>Vetalar-V 100mg/ml 10ml</image:title></image:image></url>
<url><loc>https://ketavet-shop.example/products/narketan-10-100mg-ml</loc><lastmod>2026-11-29T17:02:10-05:00</lastmod><image:image><image:title>Narketan 10</image:title></image:image></url>
<url><loc>https://ketavet-shop.example/products/imalgene-1000-10ml</loc><lastmod>2026-11-29T17:03:51-05:00</lastmod><image:image><image:title>Imalgene 1000</image:title></image:image></url>
<url><loc>https://ketavet-shop.example/products/ketaset-100mg-ml-box-of-5</loc><lastmod>2026-11-20T08:40:00-05:00</lastmod></url>
<url><loc>https://ketavet-shop.example/products/ketamine-hcl-powder-no-prescription</loc><lastmod>2026-11-18T22:15:31-05:00</lastmod></url>
<url><loc>https://ketavet-shop.example/products/ketamine-sample-pack-worldwide-shipping</loc><lastmod>2026-11-02T10:00:00-05:00</lastmod></url>
</urlset>
""", ext="txt")

# ---------------------------------------------------------------- telehealth

p("h4815", "https://lumenhaven.example/checkout/membership", "telehealth", False, "en",
  "membership-checkout", "Checkout | Lumenhaven", """
<header class="checkout-header"><a href="/">Lumenhaven</a> <span>&#128274; Secure checkout</span></header>
<main class="checkout">
<section class="summary">
<h1>Lumenhaven Care Membership</h1>
<p class="price">$149 <span>/ month</span></p>
<ul>
<li>60-minute video evaluation with a board-certified psychiatric clinician</li>
<li>Monthly follow-up visits and secure messaging with your care team</li>
<li>Integration coaching sessions (group or 1:1)</li>
<li>Mood tracking with PHQ-9 and GAD-7 check-ins</li>
</ul>
<p class="fine">Membership covers clinical care only. If your clinician determines that ketamine treatment is appropriate and prescribes it, your medication is filled by a licensed partner pharmacy in your state and billed separately (typically $40&ndash;$90 per month). Not everyone is a candidate; if you are not eligible after your evaluation, your first month is refunded.</p>
<p class="fine">Cancel anytime from Account &rsaquo; Billing. HSA/FSA cards accepted.</p>
</section>
<section class="pay">
<h2>Payment</h2>
<label>Card number <input type="text" autocomplete="cc-number"></label>
<label>Expiry <input type="text" placeholder="MM / YY"></label> <label>CVC <input type="text"></label>
<label>ZIP <input type="text"></label>
<label><input type="checkbox"> I agree to the <a href="/terms">Terms</a>, <a href="/consent">Telehealth Consent</a> and <a href="/privacy">Notice of Privacy Practices</a>.</label>
<button>Start membership</button>
</section>
</main>
<footer>Lumenhaven Medical Group, P.C. &middot; Clinicians licensed in 24 states &middot; If you are in crisis call or text 988.</footer>
""")

p("h4816", "https://app.calmroute.example/booking/confirmed?appt=77120", "telehealth", False, "en",
  "booking-confirmation", "You're booked - CalmRoute", """
<main>
<div class="check">&#10003;</div>
<h1>You're booked</h1>
<p><b>Initial evaluation</b> &middot; Video visit</p>
<p>Thursday, January 14 &middot; 10:30 AM PT &middot; 50 min</p>
<p>with <b>Dana Whitcomb, PMHNP-BC</b></p>
<a class="btn" href="/calendar/ics/77120">Add to calendar</a>
<h2>Before your visit</h2>
<ul><li>Have a photo ID ready for identity verification.</li><li>List your current medications and any past treatments for depression.</li><li>Join from a private, quiet place on a device with a camera.</li></ul>
<p class="small">Dana will decide with you whether at-home ketamine is a fit. If it is, the prescription goes to our partner pharmacy and you'll get tracking by text.</p>
</main>
""")

p("h4817", "https://portal.ketamindful-health.example/intake/start", "telehealth", False, "en",
  "js-only-portal", "KetaMindful Telehealth | Patient Portal", """
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script src="/static/js/main.4f2c81a9.js"></script>
""", head='<meta name="description" content="Start your telehealth intake with KetaMindful Health.">\n')

p("h4818", "https://start.fernleaf-health.example/assessment/step-2", "telehealth", False, "en",
  "assessment-step", "Health history - Step 2 of 5 | Fernleaf", """
<header><a href="/">fernleaf</a> <div class="progress"><span style="width:40%"></span></div> <span>Step 2 of 5</span></header>
<main>
<h1>Health history</h1>
<p>Have you ever been diagnosed with any of the following? Select all that apply.</p>
<label><input type="checkbox"> Schizophrenia or another psychotic disorder</label><br>
<label><input type="checkbox"> Bipolar I disorder</label><br>
<label><input type="checkbox"> Uncontrolled high blood pressure</label><br>
<label><input type="checkbox"> Heart disease or a history of stroke</label><br>
<label><input type="checkbox"> Substance use disorder in the past 12 months</label><br>
<label><input type="checkbox"> None of these</label>
<p class="hint">Your answers help your clinician prepare. They don't decide anything on their own: a licensed provider goes through your history with you on a video call before any treatment is recommended.</p>
<button>Back</button> <button>Continue</button>
</main>
""")

p("h4819", "https://oakridge-virtual.example/pricing", "telehealth", False, "en",
  "pricing-cards", "Pricing - Oakridge Virtual Psychiatry", """
<header><a href="/">Oakridge Virtual Psychiatry</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/providers">Our providers</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Simple pricing</h1>
<div class="cards">
<div class="card"><h2>Psychiatric evaluation</h2><p class="price">$249</p><p>60 min by video</p></div>
<div class="card"><h2>Follow-up</h2><p class="price">$119</p><p>25 min by video</p></div>
<div class="card"><h2>At-home ketamine program</h2><p class="price">$399</p><p>If prescribed: 6 guided sessions with remote monitoring. Medication billed by the pharmacy.</p></div>
</div>
<a class="btn" href="/get-started">Get started</a>
</main>
""")

p("h4820", "https://psychiatrie-online.test/termin/erstgespraech", "telehealth", False, "de",
  "video-first-consult-referral", "Video-Erstgespräch buchen | Psychiatrie Online", """
<header><a href="/">Psychiatrie Online</a> <nav><a href="/ablauf">Ablauf</a> <a href="/team">Ärzteteam</a> <a href="/kosten">Kosten</a></nav></header>
<main>
<h1>Video-Erstgespräch</h1>
<p>50 Minuten &middot; Fachärztin/Facharzt für Psychiatrie und Psychotherapie &middot; 120 € (Selbstzahler, GOÄ)</p>
<div class="slots"><button>Mo 11.01. 09:00</button> <button>Mo 11.01. 14:30</button> <button>Di 12.01. 08:00</button> <button>Mi 13.01. 17:00</button></div>
<p>Ergibt sich im Gespräch eine Indikation für Esketamin-Nasenspray oder eine Ketamin-Behandlung, überweisen wir Sie an eine unserer Partnerpraxen in Ihrer Nähe. Die Anwendung findet dort unter ärztlicher Aufsicht statt.</p>
</main>
""", noise="cookie-de")

p("h4821", "https://ketalma.test/mx/checkout", "telehealth", False, "es",
  "program-checkout", "Pago seguro | Ketalma", """
<main>
<h1>Resumen de tu plan</h1>
<div class="plan"><h2>Programa Inicio &middot; 4 semanas</h2><p class="precio">$3,490 MXN al mes</p>
<ul><li>Videoconsulta de evaluación con psiquiatra con cédula profesional</li><li>Seguimiento semanal por videollamada</li><li>Acompañamiento de integración</li></ul>
<p class="nota">El tratamiento solo se indica si tu psiquiatra lo considera adecuado tras la evaluación. En ese caso, la receta se envía a una farmacia autorizada asociada. Si no eres candidato, te reembolsamos el primer mes.</p></div>
<label>Número de tarjeta <input type="text"></label> <button>Pagar y agendar mi consulta</button>
</main>
""")

p("h4822", "https://app.serenamente.test/pedidos/4471", "telehealth", False, "pt",
  "prescription-status", "Seu tratamento | SerenaMente", """
<main>
<h1>Pedido #4471</h1>
<ol class="timeline">
<li class="done">Questionário enviado</li>
<li class="current">Aguardando consulta por vídeo</li>
<li>Avaliação médica</li>
<li>Receita</li>
<li>Envio pela farmácia parceira</li>
</ol>
<p>A receita só é emitida depois da sua teleconsulta com o(a) psiquiatra. <a href="/agendar">Agendar agora</a></p>
</main>
""")

p("h4823", "https://espace.ketasoin.test/connexion", "telehealth", False, "fr",
  "patient-login", "Connexion – Espace patient KetaSoin", """
<main class="login">
<h1>Espace patient</h1>
<form><label>Adresse e-mail <input type="email"></label>
<label>Mot de passe <input type="password"></label>
<button>Se connecter</button></form>
<p><a href="/mot-de-passe-oublie">Mot de passe oublié ?</a></p>
<p>Première téléconsultation ? <a href="/inscription">Créer un compte</a></p>
</main>
<footer>KetaSoin &middot; Téléconsultation psychiatrique avec des médecins inscrits à l'Ordre &middot; Hébergeur de données de santé certifié HDS</footer>
""")

# ---------------------------------------------------------------- clinics

p("h4824", "https://book.harborlight-infusions.example/", "clinic", False, "en",
  "booking-widget", "Book an appointment - Harbor Light Infusion Center", """
<div class="widget">
<header><img src="/logo.png" alt="Harbor Light Infusion Center"> <p>412 Wharf Road, Suite 3 &middot; Portland</p></header>
<h1>Select a service</h1>
<ul class="services">
<li><button>New patient consultation</button> <span>30 min &middot; Free</span></li>
<li><button>Ketamine IV infusion</button> <span>60 min &middot; $450</span></li>
<li><button>Booster infusion (existing patients)</button> <span>45 min &middot; $425</span></li>
<li><button>Spravato treatment session</button> <span>2 h in-office monitoring &middot; billed to insurance</span></li>
</ul>
<h2>Choose a date</h2>
<table class="cal"><tr><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th></tr>
<tr><td>11</td><td>12</td><td class="avail">13</td><td class="avail">14</td><td>15</td></tr>
<tr><td class="avail">18</td><td>19</td><td class="avail">20</td><td>21</td><td class="avail">22</td></tr></table>
<p class="small">Infusion appointments require a completed consultation. Please arrange a ride home.</p>
<footer>Powered by SlotDesk</footer>
</div>
""")

p("h4825", "https://www.stcadoc-medical.example/search?q=ketamine+infusion", "clinic", False, "en",
  "hospital-empty-search", "Search results | St. Cadoc Medical Center", """
<header class="site-header">
<a class="logo" href="/">St. Cadoc Medical Center</a>
<nav class="utility"><a href="/mychart">MyChart</a> <a href="/pay-bill">Pay a Bill</a> <a href="/careers">Careers</a> <a href="/give">Give</a></nav>
<nav class="main"><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients-visitors">Patients &amp; Visitors</a></nav>
<form action="/search"><input type="search" name="q" value="ketamine infusion"> <button>Search</button></form>
</header>
<main>
<h1>Search results</h1>
<p>0 results for <b>"ketamine infusion"</b></p>
<h2>Search tips</h2>
<ul><li>Check your spelling.</li><li>Try fewer or more general words.</li></ul>
<h2>You may be looking for</h2>
<ul>
<li><a href="/services/behavioral-health/interventional-psychiatry">Interventional Psychiatry (ECT, TMS, esketamine)</a></li>
<li><a href="/services/pain-management">Pain Management Center</a></li>
<li><a href="/find-a-doctor?specialty=psychiatry">Find a psychiatrist</a></li>
</ul>
<p>Need help? Call our Patient Access Center at 555-0142, Monday&ndash;Friday, 7 a.m. to 7 p.m.</p>
</main>
<footer>
<div class="mega">
<section><h3>Services</h3><ul>
<li><a href="/services/cancer-care">Cancer Care</a></li><li><a href="/services/heart-vascular">Heart &amp; Vascular</a></li>
<li><a href="/services/orthopedics">Orthopedics &amp; Sports Medicine</a></li><li><a href="/services/neurosciences">Neurosciences</a></li>
<li><a href="/services/behavioral-health">Behavioral Health</a></li><li><a href="/services/womens-health">Women's Health</a></li>
<li><a href="/services/maternity">Maternity &amp; Birth Center</a></li><li><a href="/services/pediatrics">Pediatrics</a></li>
<li><a href="/services/emergency">Emergency &amp; Trauma</a></li><li><a href="/services/imaging">Imaging &amp; Radiology</a></li>
<li><a href="/services/lab">Laboratory Services</a></li><li><a href="/services/rehab">Rehabilitation</a></li>
<li><a href="/services/sleep">Sleep Medicine</a></li><li><a href="/services/wound-care">Wound Care</a></li>
<li><a href="/services/pain-management">Pain Management</a></li><li><a href="/services/surgery">Surgical Services</a></li>
</ul></section>
<section><h3>Locations</h3><ul>
<li><a href="/locations/main-campus">Main Campus &ndash; 900 Abbey Lane</a></li>
<li><a href="/locations/north-pavilion">North Pavilion Outpatient Center</a></li>
<li><a href="/locations/lakeside-urgent-care">Lakeside Urgent Care</a></li>
<li><a href="/locations/westgate-behavioral">Westgate Behavioral Health Clinic</a></li>
<li><a href="/locations/cadoc-imaging-eastfield">Cadoc Imaging &ndash; Eastfield</a></li>
</ul></section>
<section><h3>Patients &amp; Visitors</h3><ul>
<li><a href="/patients-visitors/visiting-hours">Visiting Hours</a></li><li><a href="/patients-visitors/parking">Parking &amp; Directions</a></li>
<li><a href="/patients-visitors/medical-records">Medical Records</a></li><li><a href="/patients-visitors/billing-insurance">Billing &amp; Insurance</a></li>
<li><a href="/patients-visitors/financial-assistance">Financial Assistance</a></li><li><a href="/patients-visitors/interpreter-services">Interpreter Services</a></li>
<li><a href="/patients-visitors/patient-rights">Patient Rights &amp; Responsibilities</a></li><li><a href="/patients-visitors/spiritual-care">Spiritual Care</a></li>
</ul></section>
<section><h3>For Professionals</h3><ul>
<li><a href="/refer-a-patient">Refer a Patient</a></li><li><a href="/gme">Graduate Medical Education</a></li>
<li><a href="/nursing">Nursing at St. Cadoc</a></li><li><a href="/research">Clinical Research</a></li>
</ul></section>
</div>
<p>St. Cadoc Medical Center &middot; 900 Abbey Lane &middot; A member of Cadoc Health</p>
<nav><a href="/nondiscrimination">Nondiscrimination Notice</a> <a href="/price-transparency">Price Transparency</a> <a href="/privacy">Privacy</a></nav>
</footer>
""", noise="cookie")

p("h4826", "https://www.mesaverde-ketamine.example/patient-forms", "clinic", False, "en",
  "patient-forms-list", "Patient Forms | Mesa Verde Ketamine & Wellness", """
<header><a href="/">Mesa Verde Ketamine &amp; Wellness</a> <a class="btn" href="/contact">Call 555-0187</a></header>
<main>
<h1>Patient Forms</h1>
<ul class="downloads">
<li><a href="/forms/new-patient-packet.pdf">New patient packet (PDF)</a></li>
<li><a href="/forms/phq-9.pdf">PHQ-9</a></li>
<li><a href="/forms/gad-7.pdf">GAD-7</a></li>
<li><a href="/forms/consent-iv-ketamine.pdf">Consent for IV ketamine infusion</a></li>
<li><a href="/forms/spravato-rems-patient-enrollment.pdf">Spravato REMS patient enrollment form</a></li>
<li><a href="/forms/driver-acknowledgement.pdf">Ride home acknowledgement</a></li>
</ul>
<p>Bring completed forms to your first visit or upload them in the patient portal.</p>
</main>
""")

p("h4827", "https://pay.brightside-psychiatry.example/", "clinic", False, "en",
  "bill-pay", "Pay your bill - Brightside Psychiatry & Infusion", """
<main>
<h1>Brightside Psychiatry &amp; Infusion</h1>
<p>Pay your statement</p>
<label>Statement number <input type="text"></label> <label>Patient ZIP code <input type="text"></label> <button>Find my bill</button>
</main>
""")

p("h4828", "https://solaceketamine.example/directions", "clinic", False, "en",
  "directions-excerpt", "", """
Directions & Parking | Solace Ketamine Clinic

1840 Alder Street, Suite 210 (second floor, above the bank)

Free parking in the garage behind the building, entrance on 19th Ave. Validate your ticket at the front desk.

Infusion patients: you will not be allowed to drive after treatment. Please have your driver drop you off at the side entrance and pick you up there; we'll call them when you are ready.

Questions? 555-0119
""", ext="txt")

p("h4829", "https://prenota.centroserena-psichiatria.test/servizi", "clinic", False, "it",
  "booking-widget", "Prenota – Centro Serena Psichiatria", """
<div class="prenota">
<h1>Scegli la prestazione</h1>
<ul>
<li><button>Prima visita psichiatrica</button> <span>50 min &middot; 150 €</span></li>
<li><button>Seduta esketamina spray nasale (Spravato)</button> <span>in ambulatorio, osservazione 2 ore &middot; su indicazione dello specialista</span></li>
<li><button>Visita di controllo</button> <span>30 min &middot; 90 €</span></li>
</ul>
<p>Sede: Via Garibaldi 14, Bologna &middot; Ambulatorio autorizzato</p>
<button>Avanti</button>
</div>
""", noise="cookie")

p("h4830", "https://kliniek-ketamine.test/aanmelden/verwijzing", "clinic", False, "nl",
  "referral-upload", "Aanmelden – stap 2 van 3 | Kliniek Ketamine", """
<main>
<p class="steps">Stap 2 van 3</p>
<h1>Verwijsbrief uploaden</h1>
<p>Voor een behandeling met ketamine-infusie of esketamine-neusspray in onze kliniek hebben wij een verwijzing nodig van uw huisarts of behandelend psychiater.</p>
<input type="file" accept=".pdf,.jpg,.png"> <button>Uploaden</button>
<p>Nog geen verwijzing? Uw huisarts kan deze ook via Zorgdomein naar ons sturen.</p>
<button>Vorige</button> <button>Volgende</button>
</main>
""", noise="cookie-nl")

p("h4831", "https://clinicaketamina-valencia.test/tarifas", "clinic", False, "es",
  "price-list", "Tarifas | Clínica Ketamina Valencia", """
<header><a href="/">Clínica Ketamina Valencia</a> <a class="btn" href="/cita">Pedir cita</a></header>
<main>
<h1>Tarifas 2027</h1>
<table>
<tr><td>Primera consulta psiquiátrica</td><td>120 €</td></tr>
<tr><td>Sesión de ketamina intravenosa (monitorización y sala de recuperación)</td><td>350 €</td></tr>
<tr><td>Bono 6 sesiones</td><td>1.900 €</td></tr>
<tr><td>Revisión</td><td>70 €</td></tr>
</table>
<p>Consultamos reembolso con su aseguradora. Pago con tarjeta en la clínica.</p>
</main>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h4832", "https://shop.prairievet-supply.example/products/ketamine-hcl-injection-100mg-ml-10ml", "informational", False, "en",
  "vet-distributor-login-wall", "Ketamine HCl Injection 100 mg/mL 10 mL | Prairie Vet Supply", """
<header><a href="/">Prairie Vet Supply</a> <nav><a href="/pharmacy">Pharmacy</a> <a href="/surgical">Surgical</a> <a href="/lab">Lab &amp; Diagnostics</a></nav> <a href="/account/login">Sign in</a></header>
<main>
<h1>Ketamine HCl Injection USP, 100 mg/mL, 10 mL multi-dose vial</h1>
<p>Item #PV-30418 &middot; <span class="badge">C-III</span> &middot; Rx only</p>
<div class="price-box"><a class="btn" href="/account/login">Sign in to see price and availability</a></div>
<p class="notice">Controlled substance. Ships only to a verified practice address with a current DEA registration and state veterinary license on file. <a href="/account/apply">Open a practice account</a></p>
</main>
<footer>Prairie Vet Supply &middot; Licensed veterinary wholesale distributor &middot; Sales to veterinary professionals only</footer>
""")

p("h4833", "https://rx.cedarline-compounding.example/new-prescription/upload", "informational", False, "en",
  "pharmacy-rx-upload", "Send your prescription | Cedarline Compounding Pharmacy", """
<header><a href="/">Cedarline Compounding Pharmacy</a> <span>Step 1 of 3</span></header>
<main>
<h1>Send us your prescription</h1>
<p><b>Non-controlled medications:</b> upload a photo of your paper prescription or ask your prescriber to fax it to 555-0160.</p>
<input type="file"> <button>Upload</button>
<p><b>Controlled substances (Schedule II&ndash;V), including ketamine troches and nasal spray:</b> we can only accept an electronic prescription sent directly by your prescriber. Photos and scans can't be used for these. Give your prescriber our NCPDP ID 5510273.</p>
<button>Continue</button>
</main>
<footer>Licensed in OR, WA, ID &middot; PCAB accredited</footer>
""")

p("h4834", "https://www.riverbend-courier.example/tag/ketamine/", "informational", False, "en",
  "news-tag-page", "ketamine | Riverbend Courier", """
<header class="masthead"><a href="/">The Riverbend Courier</a>
<nav><a href="/news">News</a> <a href="/local">Local</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a class="sub" href="/subscribe">Subscribe $1 for 6 months</a></nav></header>
<main>
<h1>ketamine</h1>
<ul class="story-list">
<li><a href="/health/2026/12/03/state-board-telehealth-ketamine-rules/">State medical board weighs new rules for at-home ketamine prescribing</a><span class="date">Dec. 3, 2026</span></li>
<li><a href="/local/2026/11/21/two-charged-after-postal-seizure/">Two charged after postal inspectors intercept packages of ketamine and pills</a><span class="date">Nov. 21, 2026</span></li>
<li><a href="/health/2026/11/09/veterans-clinic-adds-spravato/">VA clinic in Millbrook adds esketamine treatment room</a><span class="date">Nov. 9, 2026</span></li>
<li><a href="/opinion/2026/10/30/letter-ketamine-saved-my-sister/">Letter: Ketamine gave my sister her life back, but it cost $4,000</a><span class="date">Oct. 30, 2026</span></li>
<li><a href="/news/2026/10/12/fake-online-pharmacies-warning/">FDA warns of fake online pharmacies selling ketamine "without a prescription"</a><span class="date">Oct. 12, 2026</span></li>
<li><a href="/business/2026/09/25/infusion-clinic-chain-closes/">Infusion clinic chain closes three locations</a><span class="date">Sep. 25, 2026</span></li>
<li><a href="/local/2026/09/02/festival-drug-checking-tent/">Festival's drug-checking tent found ketamine cut with 2F-DCK</a><span class="date">Sep. 2, 2026</span></li>
<li><a href="/health/2026/08/17/what-to-ask-before-ketamine/">What to ask before you try ketamine therapy</a><span class="date">Aug. 17, 2026</span></li>
<li><a href="/news/2026/08/04/nightlife-ketamine-er-visits/">ER doctors report more ketamine-related bladder injuries in young adults</a><span class="date">Aug. 4, 2026</span></li>
<li><a href="/health/2026/07/22/insurer-coverage-esketamine/">Which insurers cover esketamine? A county-by-county look</a><span class="date">Jul. 22, 2026</span></li>
<li><a href="/local/2026/07/08/vet-clinic-break-in/">Thieves target controlled-drug safe at Eastfield vet clinic</a><span class="date">Jul. 8, 2026</span></li>
<li><a href="/business/2026/06/19/telehealth-startup-raises/">Local telehealth startup raises $12 million for mental health platform</a><span class="date">Jun. 19, 2026</span></li>
<li><a href="/opinion/2026/06/02/column-psychedelic-hype/">Column: The hype around ketamine is getting ahead of the evidence</a><span class="date">Jun. 2, 2026</span></li>
<li><a href="/news/2026/05/15/court-sentencing-dark-web-vendor/">Dark-web vendor who shipped ketamine nationwide sentenced to eight years</a><span class="date">May 15, 2026</span></li>
</ul>
<nav class="pagination"><a href="/tag/ketamine/page/2/">Older stories</a></nav>
</main>
<aside class="rail"><h2>Most read</h2><ol><li><a href="#">Bridge closure extended through March</a></li><li><a href="#">High school robotics team heads to nationals</a></li><li><a href="#">New bakery opens in the old firehouse</a></li></ol></aside>
<footer>&copy; 2026 Riverbend Courier &middot; <a href="/contact">Contact</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h4835", "https://forum.trd-support.example/", "informational", False, "en",
  "forum-index", "TRD Support Forum - Index", """
<header><a href="/">TRD Support Forum</a> <nav><a href="/search">Search</a> <a href="/register">Register</a> <a href="/login">Login</a></nav></header>
<main>
<p class="announce">Reminder: no sourcing. Posts asking where to buy medication, or offering it, are removed and the account is banned.</p>
<table class="forums">
<thead><tr><th>Forum</th><th>Topics</th><th>Posts</th><th>Last post</th></tr></thead>
<tr><td><a href="/f/1">Introductions</a><br><small>New here? Say hello.</small></td><td>1,204</td><td>9,877</td><td>by quietharbor &middot; 12 min ago</td></tr>
<tr><td><a href="/f/2">Ketamine &amp; esketamine treatment</a><br><small>IV, IM, Spravato, at-home programs: experiences and questions</small></td><td>3,391</td><td>41,560</td><td>by mothwing &middot; 1 h ago</td></tr>
<tr><td><a href="/f/3">TMS and ECT</a></td><td>988</td><td>10,102</td><td>by pennyroyal &middot; 3 h ago</td></tr>
<tr><td><a href="/f/4">Medications</a><br><small>Antidepressants, augmentation, side effects</small></td><td>5,730</td><td>66,018</td><td>by lenslight &middot; 38 min ago</td></tr>
<tr><td><a href="/f/5">Insurance &amp; costs</a></td><td>612</td><td>5,440</td><td>by northfork &middot; yesterday</td></tr>
<tr><td><a href="/f/6">Caregivers</a></td><td>420</td><td>3,105</td><td>by aster_m &middot; 2 days ago</td></tr>
<tr><td><a href="/f/7">Off-topic</a></td><td>2,077</td><td>30,911</td><td>by tidepool &middot; 5 min ago</td></tr>
</table>
<p class="stats">Users online: 143 (21 members, 122 guests) &middot; Total members: 18,502</p>
</main>
<footer>Peer support only, not medical advice. In the US call or text 988.</footer>
""")

p("h4836", "https://www.paperlantern-books.example/products/the-ketamine-question-paperback", "informational", False, "en",
  "bookshop-product", "The Ketamine Question (Paperback) | Paper Lantern Books", """
<header><a href="/">Paper Lantern Books</a> <form><input type="search" placeholder="Search titles, authors, ISBN"></form> <a href="/cart">Basket (0)</a></header>
<main class="product">
<img src="/covers/9781990000123.jpg" alt="Cover">
<h1>The Ketamine Question</h1>
<p class="author">by Miriam Osei-Hart</p>
<p class="format">Paperback &middot; 312 pages &middot; ISBN 9781990000123</p>
<p class="price">$18.99</p>
<button>Add to basket</button> <button>Add to wishlist</button>
<p class="avail">Usually ships in 1&ndash;3 days &middot; Free shipping over $35</p>
<p class="blurb">A science journalist follows an anesthetic from field hospitals to rave tents to psychiatry clinics.</p>
</main>
""", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Ketamine Question","author":{"@type":"Person","name":"Miriam Osei-Hart"},"isbn":"9781990000123","offers":{"@type":"Offer","price":"18.99","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>\n')

p("h4837", "https://checkit-results.example/alerts?substance=ketamine", "informational", False, "en",
  "drug-checking-results", "Results: sold as ketamine | CheckIt", """
<main>
<h1>Sold as: ketamine</h1>
<table>
<tr><th>Date</th><th>City</th><th>Form</th><th>Found</th></tr>
<tr><td>2026-11-28</td><td>Leeds</td><td>crystal</td><td>2F-DCK</td></tr>
<tr><td>2026-11-20</td><td>Bristol</td><td>powder</td><td>ketamine + caffeine</td></tr>
<tr><td>2026-11-14</td><td>Leeds</td><td>powder</td><td>O-PCE</td></tr>
<tr><td>2026-11-02</td><td>Manchester</td><td>crystal</td><td>ketamine</td></tr>
</table>
<p>Analogues can be much stronger at the same dose. Test, start low, don't mix with alcohol or benzos.</p>
</main>
""")

p("h4838", "https://www.apotheke-am-markt.test/suche?q=ketamin", "informational", False, "de",
  "pharmacy-search", "Suchergebnisse für „ketamin“ | Apotheke am Markt", """
<header><a href="/">Apotheke am Markt</a> <nav><a href="/rezept-einloesen">E-Rezept einlösen</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>1 Treffer für „ketamin“</h1>
<div class="treffer"><h2>Ketamin 50 mg/ml Injektionslösung</h2>
<p>Verschreibungspflichtig &middot; Nicht im Onlineshop bestellbar</p>
<p>Dieses Arzneimittel wird nur gegen ärztliche Verordnung abgegeben, in der Regel an Kliniken und Praxen. Bitte wenden Sie sich an Ihre Apotheke vor Ort.</p></div>
</main>
<footer>Apotheke am Markt, Inh. K. Brandt e.K. &middot; Versandhandelserlaubnis gemäß § 11a ApoG</footer>
""", noise="cookie-de")

p("h4839", "https://www.lequotidien-sante.test/tag/ketamine", "informational", False, "fr",
  "news-tag-page", "Kétamine – Le Quotidien Santé", """
<header><a href="/">Le Quotidien Santé</a> <nav><a href="/actualites">Actualités</a> <a href="/psychiatrie">Psychiatrie</a> <a href="/medicaments">Médicaments</a></nav></header>
<main>
<h1>Étiquette : kétamine</h1>
<ul>
<li><a href="/article/ansm-mesusage-ketamine-2026">L'ANSM alerte sur le mésusage de la kétamine chez les jeunes</a> <time>02/12/2026</time></li>
<li><a href="/article/esketamine-remboursement">Eskétamine : où en est le remboursement ?</a> <time>18/11/2026</time></li>
<li><a href="/article/saisie-douane-colis-ketamine">Colis de kétamine saisis à Roissy : les douanes démantèlent un réseau de vente en ligne</a> <time>05/11/2026</time></li>
<li><a href="/article/chu-unite-depression-resistante">Un CHU ouvre une unité pour la dépression résistante</a> <time>21/10/2026</time></li>
</ul>
</main>
""", noise="cookie-fr")

p("h4840", "https://prontuario-veterinario.test/farmaci/imalgene-1000", "informational", False, "it",
  "vet-formulary-entry", "Imalgène 1000 – Prontuario Veterinario", """
<main>
<h1>Imalgène 1000</h1>
<table>
<tr><th>Principio attivo</th><td>Ketamina (come cloridrato) 100 mg/ml</td></tr>
<tr><th>Forma</th><td>Soluzione iniettabile, flacone 10 ml</td></tr>
<tr><th>Specie</th><td>Cane, gatto, cavallo</td></tr>
<tr><th>Classe</th><td>Anestetico generale dissociativo</td></tr>
<tr><th>Dispensazione</th><td>Ricetta veterinaria non ripetibile; uso esclusivo del medico veterinario</td></tr>
</table>
<p><a href="/farmaci/anestetici">Altri anestetici</a></p>
</main>
""")

save(OUT, R)
