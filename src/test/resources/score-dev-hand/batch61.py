# Batch 61 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: a fair sample of the whole problem, as a patient searching for help and a crawler of clinic
# directories would meet it: all four categories, from one-sentence crawler snippets (ext="txt", 10 of
# them) to long pages with full site chrome; sellers from obvious to subtle, legitimate pages from plain
# to commercial-sounding. Representative rather than tricky.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 other
# (es 3, de 3, fr 3, it 3, nl 2, pt 2).
# Shapes: sellers - obvious "no prescription" crystal shop with gram price list and BTC, classifieds
# snippet with Telegram, Spanish shop with crypto and envio discreto, questionnaire-only "instant approval"
# esketamine spray site, German research-chemical analogue shop (2-FDCK, "nicht zum Verzehr"), vet
# ketamine vials "no vet account needed", social-bio snippet, French affiliate "top 3 vendors" doorway,
# long depression article padded around a no-Rx order box, Dutch marketplace snippet, bare checkout page
# with gift-card payment, Portuguese WhatsApp order page, bot-check wall (url-only), Italian fake
# "farmacia online" with anonymous shipping; telehealth - at-home ketamine home page, video-visit snippet,
# FAQ refusing no-doctor sales, German online psychiatry referring for esketamine, named prescribers page,
# Spanish video consultation page, pricing/cart page, French teleconsultation snippet, post-visit treatment
# plan page; clinics - IV infusion clinic home with prices and Book now, REMS Spravato snippet, Dutch
# hospital esketamine outpatient page, Italian clinic with WhatsApp booking, KAP practice, Brazilian
# infusion packages, pain-clinic CRPS billing page, Spanish clinic snippet; informational - news piece on
# online ketamine sales quoting prices, regulator warning snippet, German drug-checking page, pharmacology
# reference, French rehab centre, forum thread on online ketamine sites, Italian seizure news snippet,
# compounding pharmacy (Rx only), clinic directory listing with price ranges.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch61.py (writes batch61/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch61")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- 01 .. 14

p("h6101", "https://ketavault-supply.example/shop/", "seller", True, "en",
  "obvious-no-rx-crystal-shop-price-list-btc", "Buy Ketamine Online | Pharmaceutical Grade | KetaVault Supply", """
<div class="topbar">Free stealth shipping on orders over $300 &middot; Reship guarantee worldwide &middot; Support: Telegram @ketavault_support</div>
<header>
<a class="logo" href="/">KetaVault<span>Supply</span></a>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/shipping/">Shipping</a> <a href="/reviews/">Reviews</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a></nav>
<a class="cart" href="/cart/">Cart (0) &ndash; $0.00</a>
</header>
<main>
<section class="hero">
<h1>Buy Ketamine Online Without Prescription</h1>
<p>Lab-tested ketamine HCl crystal, powder and liquid vials delivered discreetly to your door. No doctor, no paperwork, no questions. Over 4,000 satisfied customers since 2019.</p>
<a class="btn" href="#products">Shop now</a>
</section>
<section id="products">
<h2>Our products</h2>
<div class="product"><h3>Ketamine HCl Crystal (shards)</h3><p>Purity 99.3% &ndash; tested</p>
<table><tr><td>5 g</td><td>$95</td></tr><tr><td>10 g</td><td>$170</td></tr><tr><td>25 g</td><td>$380</td></tr><tr><td>50 g</td><td>$690</td></tr></table>
<button>Add to cart</button></div>
<div class="product"><h3>Ketamine Powder (fine)</h3><p>Ideal for nasal use</p>
<table><tr><td>5 g</td><td>$90</td></tr><tr><td>10 g</td><td>$160</td></tr><tr><td>100 g</td><td>$1,150</td></tr></table>
<button>Add to cart</button></div>
<div class="product"><h3>Ketamine Liquid 500mg/10ml</h3><p>Sealed vials, pharmaceutical brand</p>
<table><tr><td>5 vials</td><td>$140</td></tr><tr><td>10 vials</td><td>$250</td></tr><tr><td>25 vials</td><td>$560</td></tr></table>
<button>Add to cart</button></div>
</section>
<section class="why">
<h2>Why customers choose us</h2>
<ul>
<li><b>Stealth packaging</b> &ndash; vacuum sealed, odour proof, no brand names on the parcel.</li>
<li><b>Reship or refund</b> &ndash; if customs seize your order we send it again free of charge.</li>
<li><b>Anonymous payment</b> &ndash; Bitcoin, Monero, USDT. 10% discount on crypto orders.</li>
<li><b>Fast delivery</b> &ndash; 2&ndash;4 days USA domestic, 7&ndash;12 days EU, AU and Canada.</li>
</ul>
</section>
<section class="reviews">
<h2>What people say</h2>
<blockquote>&ldquo;Third order, arrived in 3 days, quality is the same every time.&rdquo; &ndash; Mark, Texas</blockquote>
<blockquote>&ldquo;Parcel looked like a phone case delivery. Nobody noticed.&rdquo; &ndash; J., Berlin</blockquote>
</section>
</main>
<footer>
<p>&copy; 2026 KetaVault Supply. All rights reserved. Products are sold for adults over 21.</p>
<p><a href="/terms/">Terms</a> | <a href="/privacy/">Privacy</a> | <a href="/refund/">Refund policy</a></p>
<p>We accept: <img alt="Bitcoin" src="/img/btc.svg"> <img alt="Monero" src="/img/xmr.svg"> <img alt="Tether" src="/img/usdt.svg"></p>
</footer>
""", noise="cookie")

p("h6102", "https://classifieds-hub.example/ads/health-beauty/ketamine-available-discreet-1189203", "seller", True, "en",
  "classifieds-snippet-telegram", "Ketamine available - discreet", """
Ketamine HCl crystal and pharma vials available now, good prices for bulk, discreet delivery all over UK and EU. No script needed, message me on Telegram @k_direct_uk for the menu. Posted 2 hours ago in Health & Beauty, Manchester.
""", ext="txt")

p("h6103", "https://farmaciaexpress-24.example/es/comprar-ketamina", "seller", True, "es",
  "spanish-shop-crypto-envio-discreto", "Comprar Ketamina online sin receta | Envío discreto 24-48h", """
<header><div class="logo">FarmaExpress<b>24</b></div>
<nav><a href="/es/">Inicio</a> <a href="/es/tienda">Tienda</a> <a href="/es/envios">Envíos</a> <a href="/es/contacto">Contacto</a></nav>
<div class="carrito">Mi carrito (0)</div></header>
<main>
<h1>Comprar Ketamina online</h1>
<p>La ketamina es un anestésico disociativo utilizado en medicina desde los años 60. En los últimos años se estudia su uso en la depresión resistente. En FarmaExpress24 puede comprar ketamina de calidad farmacéutica <b>sin receta médica</b> y recibirla en su domicilio en un paquete neutro.</p>
<div class="producto">
<h2>Ketamina 50 mg/ml &ndash; caja de 5 ampollas de 10 ml</h2>
<p class="precio">149,00 €</p>
<label>Cantidad <select><option>1 caja</option><option>2 cajas (-10%)</option><option>5 cajas (-20%)</option></select></label>
<button>Añadir al carrito</button>
</div>
<div class="producto">
<h2>Ketamina en polvo 10 g</h2>
<p class="precio">210,00 €</p>
<button>Añadir al carrito</button>
</div>
<h3>Formas de pago</h3>
<p>Aceptamos Bitcoin, Ethereum y USDT. También transferencia bancaria (solo clientes habituales). Los pedidos pagados con criptomonedas reciben un 5% de descuento.</p>
<h3>Envíos</h3>
<p>Envío discreto a toda España en 24-48 horas. Portugal, Francia e Italia en 3-5 días. Si su paquete no llega, lo reenviamos gratis.</p>
</main>
<footer><p>FarmaExpress24 &copy; 2026 &ndash; <a href="/es/aviso-legal">Aviso legal</a> &ndash; <a href="/es/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h6104", "https://calmnasal.example/get-started", "seller", True, "en",
  "questionnaire-only-instant-approval-esketamine", "CalmNasal | Esketamine nasal spray delivered | Get approved in minutes", """
<header class="site-header">
<a href="/" class="brand">CalmNasal</a>
<nav><a href="/how-it-works">How it works</a><a href="/science">The science</a><a href="/pricing">Pricing</a><a href="/faq">FAQ</a><a class="cta" href="/get-started">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Esketamine is the fast-acting nasal spray that changed depression care. We make it simple: no waiting rooms, no video calls, no awkward appointments.</p>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><b>Answer 8 quick questions</b> about your mood and health. Takes about 2 minutes.</li>
<li><b>Instant review.</b> Our automated medical review approves 97% of applicants on the spot.</li>
<li><b>Delivered in 48 hours</b> in plain packaging. Refills ship automatically every 28 days.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>2 devices (56 mg)</p><p class="price">$229</p><a class="btn" href="/checkout?plan=starter">Choose</a></div>
<div class="plan popular"><h3>Monthly</h3><p>8 devices per month</p><p class="price">$649/mo</p><a class="btn" href="/checkout?plan=monthly">Choose</a></div>
<p class="small">Pay by card, Apple Pay or crypto. Cancel any time.</p>
</section>
<section class="questionnaire">
<h2>Start your assessment</h2>
<form action="/checkout">
<p>1. Over the last 2 weeks, how often have you felt down, depressed or hopeless?</p>
<label><input type="radio" name="q1"> Not at all</label> <label><input type="radio" name="q1"> Several days</label> <label><input type="radio" name="q1"> More than half the days</label> <label><input type="radio" name="q1"> Nearly every day</label>
<p>2. Are you 18 or older?</p>
<label><input type="radio" name="q2"> Yes</label> <label><input type="radio" name="q2"> No</label>
<button type="submit">Continue</button>
</form>
</section>
<section class="faq">
<h3>Do I need a prescription from my own doctor?</h3>
<p>No. Your answers are reviewed by our system and an approval is issued automatically, so you do not need an existing prescription.</p>
<h3>Is it safe?</h3>
<p>Esketamine has been studied in thousands of patients. Like all medicines it can cause side effects such as dizziness or nausea. Read the leaflet that comes in your box.</p>
</section>
</main>
<footer><p>&copy; 2026 CalmNasal Inc. This site does not provide medical advice. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h6105", "https://rc-labor-shop.example/de/dissoziativa/2-fdck-kristall", "seller", True, "de",
  "german-research-chemical-analogue", "2-FDCK Kristall kaufen | RC Labor Shop", """
<header><a href="/de/" class="logo">RC&nbsp;Labor&nbsp;Shop</a>
<nav><a href="/de/neu">Neu</a> <a href="/de/dissoziativa">Dissoziativa</a> <a href="/de/stimulanzien">Stimulanzien</a> <a href="/de/pellets">Pellets</a> <a href="/de/blotter">Blotter</a></nav>
<a href="/de/warenkorb">Warenkorb</a></header>
<nav class="crumbs">Startseite › Dissoziativa › 2-FDCK Kristall</nav>
<main>
<h1>2-FDCK Kristall</h1>
<p>2-Fluorodeschloroketamin (2-FDCK) ist ein Arylcyclohexylamin und strukturell eng mit Ketamin verwandt. Reinheit &gt; 99 % (HPLC). Lieferung in kristalliner Form.</p>
<table class="staffel">
<tr><th>Menge</th><th>Preis</th></tr>
<tr><td>1 g</td><td>19,90 €</td></tr>
<tr><td>5 g</td><td>79,00 €</td></tr>
<tr><td>10 g</td><td>139,00 €</td></tr>
<tr><td>25 g</td><td>299,00 €</td></tr>
</table>
<button>In den Warenkorb</button>
<p class="hinweis"><b>Hinweis:</b> Alle Produkte werden ausschließlich als Forschungschemikalien verkauft und sind nicht zum menschlichen Verzehr bestimmt. Mit der Bestellung bestätigen Sie, dass Sie volljährig sind.</p>
<h2>Ähnliche Produkte</h2>
<ul><li><a href="/de/dissoziativa/dck">Deschloroketamin (DCK) Kristall</a></li><li><a href="/de/dissoziativa/o-pce">O-PCE</a></li><li><a href="/de/dissoziativa/3-meo-pcp">3-MeO-PCP Pellets</a></li></ul>
<h2>Versand</h2>
<p>Versand innerhalb der EU als Warensendung in neutraler Verpackung. Zahlung per Bitcoin oder Vorkasse. Bei Verlust einmaliger Neuversand.</p>
</main>
<footer><p>RC Labor Shop &ndash; <a href="/de/impressum">Impressum</a> &ndash; <a href="/de/agb">AGB</a> &ndash; <a href="/de/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h6106", "https://vetsupplyworld.example/anesthetics/ketamine-hydrochloride-injection-100mg-ml", "seller", True, "en",
  "vet-vials-no-vet-account", "Ketamine Hydrochloride Injection 100 mg/mL, 10 mL vial | VetSupplyWorld", """
<header>
<a href="/" class="logo">VetSupplyWorld</a>
<form class="search"><input placeholder="Search 8,000+ animal health products"></form>
<nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/livestock">Livestock</a> <a href="/anesthetics">Anesthetics</a> <a href="/clinic-supplies">Clinic Supplies</a></nav>
<a href="/account">Sign in</a> <a href="/cart">Cart</a>
</header>
<main>
<nav class="crumbs">Home / Anesthetics / Ketamine Hydrochloride Injection</nav>
<div class="gallery"><img src="/img/p/ketamine-10ml.jpg" alt="Ketamine Hydrochloride Injection 10 mL vial"></div>
<div class="buybox">
<h1>Ketamine Hydrochloride Injection USP 100 mg/mL &ndash; 10 mL</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 212 reviews</p>
<p class="price">$38.50 / vial</p>
<p>Box of 10: $349.00 &middot; Box of 25: $799.00</p>
<p class="stock">In stock &ndash; ships from our overseas warehouse</p>
<label>Qty <input type="number" value="1"></label>
<button>Add to cart</button>
<p class="note">No veterinary account or prescription needed for international orders. Discreet packaging included.</p>
</div>
<section class="desc">
<h2>Description</h2>
<p>Ketamine hydrochloride is a rapid-acting general anesthetic used in cats, dogs, horses and other species, often combined with xylazine or a benzodiazepine for muscle relaxation. Multi-dose vial with rubber stopper.</p>
<h2>Specifications</h2>
<ul><li>Strength: 100 mg/mL</li><li>Volume: 10 mL</li><li>Storage: 20&ndash;25 &deg;C, protect from light</li><li>Origin: imported</li></ul>
<h2>Shipping &amp; payment</h2>
<p>Worldwide delivery in 6&ndash;14 days. We accept Visa (via our payment partner), Bitcoin and Zelle. Customs-friendly labelling.</p>
</section>
<section class="related"><h2>Customers also bought</h2><ul><li>Xylazine 100 mg/mL 50 mL</li><li>Insulin syringes 1 mL (100)</li><li>Acepromazine 10 mg/mL</li></ul></section>
</main>
<footer><p>&copy; 2026 VetSupplyWorld. For animal use only.</p><p><a href="/about">About</a> <a href="/shipping">Shipping</a> <a href="/returns">Returns</a></p></footer>
""", noise="cookie")

p("h6107", "https://social-profiles.example/@specialk.drops", "seller", True, "en",
  "social-bio-snippet", "specialk.drops", """
specialk.drops | 🦄 K / ket / vials + crystal 🦄 | shipping 🇺🇸🇬🇧🇪🇺 | tap the link for menu | orders via WhatsApp +44 7700 900461 or Wickr | 💯 vouches in highlights
""", ext="txt")

p("h6108", "https://guide-bienetre-mental.example/ou-acheter-ketamine-en-ligne-2026", "seller", True, "fr",
  "french-affiliate-top3-doorway", "Où acheter de la kétamine en ligne en 2026 ? Notre comparatif des 3 meilleurs sites", """
<header><a href="/" class="logo">Guide Bien-Être Mental</a>
<nav><a href="/anxiete">Anxiété</a> <a href="/depression">Dépression</a> <a href="/sommeil">Sommeil</a> <a href="/comparatifs">Comparatifs</a></nav></header>
<main>
<article>
<h1>Où acheter de la kétamine en ligne en 2026 ? Notre comparatif</h1>
<p class="meta">Par Julie M. &ndash; mis à jour le 2 décembre 2026 &ndash; 7 min de lecture</p>
<p class="disclosure">Cet article contient des liens affiliés : nous touchons une commission si vous commandez via nos liens.</p>
<p>La kétamine suscite un intérêt énorme depuis que des études ont montré son efficacité rapide contre la dépression. Mais obtenir un traitement en clinique reste long et cher. Bonne nouvelle : plusieurs boutiques en ligne livrent désormais en France sans ordonnance. Nous en avons testé une dizaine.</p>
<h2>1. KetaVault Supply &ndash; le meilleur rapport qualité/prix</h2>
<p>Cristaux testés en laboratoire, 10 g à partir de 170 $. Paiement en Bitcoin avec 10 % de remise, colis neutre, renvoi gratuit en cas de saisie douanière. Livré en 9 jours lors de notre test.</p>
<p><a class="btn" href="https://ketavault-supply.example/shop/?ref=gbem">Voir l'offre &rarr;</a></p>
<h2>2. FarmaExpress24 &ndash; idéal pour les ampoules</h2>
<p>Boîte de 5 ampoules à 149 €. Site en espagnol mais le service client répond en français sur Telegram.</p>
<p><a class="btn" href="https://farmaciaexpress-24.example/es/comprar-ketamina?aff=gbem">Commander &rarr;</a></p>
<h2>3. K-Direct &ndash; le plus rapide</h2>
<p>Commande directement par Telegram, livraison en 48 h en Europe. Prix un peu plus élevés.</p>
<p><a class="btn" href="https://t.me.example/k_direct_uk">Contacter &rarr;</a></p>
<h2>Nos conseils de sécurité</h2>
<p>Commencez par une petite dose, ne mélangez pas avec l'alcool et restez accompagné. En cas de troubles urinaires, consultez un médecin.</p>
<h2>Et la kétamine en clinique ?</h2>
<p>L'esketamine (Spravato) est disponible à l'hôpital sur prescription d'un psychiatre. C'est l'option la plus encadrée, mais les délais dépassent souvent plusieurs mois.</p>
</article>
<aside><h3>Articles populaires</h3><ul><li><a href="#">Les 5 meilleures tisanes pour dormir</a></li><li><a href="#">CBD : notre sélection</a></li><li><a href="#">Méditation guidée : applis comparées</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Guide Bien-Être Mental &ndash; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h6109", "https://mindrelief-journal.example/blog/understanding-treatment-resistant-depression", "seller", True, "en",
  "long-health-article-padded-no-rx-order-box", "Understanding Treatment-Resistant Depression: A Complete Guide | MindRelief Journal", """
<header><a href="/" class="logo">MindRelief Journal</a>
<nav><a href="/blog">Blog</a> <a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/store">Store</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>Understanding Treatment-Resistant Depression: A Complete Guide</h1>
<p class="meta">Medically informed content &middot; 12 min read</p>
<p>Depression affects more than 280 million people worldwide. For most of them, a first antidepressant, psychotherapy or a combination brings meaningful relief within a few months. But roughly one in three people does not respond adequately to two or more antidepressants taken at a proper dose for a proper length of time. Clinicians call this treatment-resistant depression (TRD).</p>
<h2>What causes treatment resistance?</h2>
<p>There is no single cause. Researchers point to a mix of factors: an incorrect initial diagnosis (for example, bipolar depression treated as unipolar depression), untreated anxiety or substance use, thyroid problems, chronic pain, poor sleep, and differences in how individuals metabolise medication. Sometimes the dose was simply too low or the trial too short.</p>
<h2>Standard next steps</h2>
<ul>
<li>Reviewing the diagnosis and checking for medical causes.</li>
<li>Switching to an antidepressant from a different class.</li>
<li>Augmenting with lithium, a thyroid hormone or an atypical antipsychotic.</li>
<li>Structured psychotherapy such as CBT or behavioural activation.</li>
<li>Neuromodulation: rTMS or electroconvulsive therapy.</li>
</ul>
<h2>Where ketamine fits in</h2>
<p>Ketamine works on the glutamate system rather than serotonin. In studies, a single low-dose infusion reduced depressive symptoms within hours for many participants, although the effect often faded within a week or two without repeated doses. Esketamine, one of ketamine's two mirror-image molecules, is approved as a nasal spray in several countries for adults with TRD.</p>
<p>Common side effects include dissociation, dizziness, nausea and a temporary rise in blood pressure. Long-term heavy use has been linked to bladder damage and memory problems.</p>
<h2>Lifestyle factors that support recovery</h2>
<p>Regular sleep and wake times, daily movement, time outdoors, and staying connected with people you trust all support treatment. None of these replaces medical care, but they make it work better.</p>
<h2>When to seek urgent help</h2>
<p>If you are thinking about ending your life, contact your local emergency number or a crisis line right away.</p>
</article>
<aside class="store-box">
<h3>Try it at home</h3>
<p><b>Ketamine Nasal Spray 10 ml (100 mg/ml)</b></p>
<p>No prescription needed &middot; Discreet delivery &middot; Pay with card or crypto</p>
<p class="price">$189 &nbsp; <s>$229</s></p>
<form action="/store/cart/add" method="post"><input type="hidden" name="sku" value="KNS-10"><button>Order now</button></form>
</aside>
<aside><h3>More from the journal</h3><ul><li><a href="#">Sleep and mood: what the research says</a></li><li><a href="#">Is rTMS right for me?</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 MindRelief Journal. Content is for information only.</p></footer>
""", noise="cookie")

p("h6110", "https://marktplaats-gebruikt.example/v/gezondheid/overige/m8830192-ketamine-5-gram", "seller", True, "nl",
  "dutch-marketplace-snippet", "Ketamine 5 gram", """
Ketamine 5 gram – €120. Goede kwaliteit, kristal. Verzending door heel Nederland en België in neutrale verpakking, betalen via BTC of Tikkie. Stuur een berichtje voor grotere hoeveelheden.
""", ext="txt")

p("h6111", "https://secure-pay-orders.example/checkout/order/88421", "seller", True, "en",
  "bare-checkout-giftcard-payment", "Checkout - Order #88421", """
<div class="checkout">
<h1>Complete your order</h1>
<table class="summary">
<tr><th>Item</th><th>Qty</th><th>Total</th></tr>
<tr><td>Ketamine Hydrochloride Powder 10 g (SKU KHP-10)</td><td>1</td><td>$175.00</td></tr>
<tr><td>Express stealth shipping</td><td>1</td><td>$25.00</td></tr>
<tr><th colspan="2">Order total</th><th>$200.00</th></tr>
</table>
<h2>Payment method</h2>
<label><input type="radio" name="pm" checked> Bitcoin (BTC)</label><br>
<label><input type="radio" name="pm"> Amazon / Apple gift card &ndash; send the card codes to our support e-mail after placing the order</label><br>
<label><input type="radio" name="pm"> Cash App</label>
<p>Your order will be shipped within 24 h of payment confirmation. Tracking number sent by e-mail.</p>
<button>Place order</button>
</div>
""")

p("h6112", "https://cetaminabrasil.example/", "seller", True, "pt",
  "portuguese-whatsapp-order-page", "Cetamina à venda | Entrega discreta em todo o Brasil", """
<header><div class="logo">Cetamina Brasil</div><nav><a href="#produtos">Produtos</a> <a href="#entrega">Entrega</a> <a href="#contato">Contato</a></nav></header>
<main>
<h1>Cetamina de qualidade com entrega discreta</h1>
<p>Trabalhamos com cetamina farmacêutica (frascos de 10 ml) e cetamina em cristal. Atendimento rápido pelo WhatsApp, sem burocracia e sem receita.</p>
<section id="produtos">
<h2>Tabela de preços</h2>
<ul>
<li>Frasco 10 ml 50 mg/ml &ndash; R$ 180</li>
<li>Kit 5 frascos &ndash; R$ 790</li>
<li>Cristal 5 g &ndash; R$ 450</li>
</ul>
</section>
<section id="entrega">
<h2>Entrega</h2>
<p>Enviamos pelos Correios em embalagem sem identificação para todo o Brasil. Pagamento via Pix ou USDT.</p>
</section>
<section id="contato">
<a class="whatsapp" href="https://wa.me.example/5511900000000">Pedir pelo WhatsApp</a>
</section>
</main>
<footer>Cetamina Brasil &copy; 2026</footer>
""", noise="cookie-pt")

p("h6113", "https://ketamine-shop-direct.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "url-only-bot-check-wall", "Just a moment...", """
<div class="main-wrapper">
<h1>ketamine-shop-direct.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>ketamine-shop-direct.example needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<div class="footer">Ray ID: 8f2a71c0de4b9a13 &middot; Performance &amp; security by EdgeShield</div>
</div>
<script>window._cf_chl_opt={cvId:'3',cZone:'ketamine-shop-direct.example',cType:'managed'};</script>
""")

p("h6114", "https://farmacia-online-italia.example/prodotti/ketamina-soluzione-iniettabile", "seller", True, "it",
  "italian-fake-pharmacy-no-ricetta-anonymous", "Ketamina 50 mg/ml soluzione iniettabile - Farmacia Online Italia", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button> <button>Rifiuta</button></div>
<header><a href="/" class="logo">Farmacia Online Italia</a>
<nav><a href="/categorie/antidolorifici">Antidolorifici</a> <a href="/categorie/ansia-sonno">Ansia e sonno</a> <a href="/categorie/disfunzione-erettile">Disfunzione erettile</a> <a href="/categorie/dimagranti">Dimagranti</a></nav>
<a href="/carrello">Carrello</a></header>
<main>
<h1>Ketamina 50 mg/ml soluzione iniettabile</h1>
<p class="prezzo">Da 39,00 € a flacone</p>
<ul class="opzioni"><li>1 flacone da 10 ml &ndash; 39,00 €</li><li>5 flaconi &ndash; 179,00 €</li><li>10 flaconi &ndash; 329,00 €</li></ul>
<button>Aggiungi al carrello</button>
<h2>Descrizione</h2>
<p>La ketamina è un anestetico generale a breve durata d'azione. Viene usata in anestesia e, a basse dosi, nel trattamento del dolore e della depressione resistente.</p>
<h2>Perché acquistare da noi</h2>
<ul><li>Non serve la ricetta: il nostro farmacista approva l'ordine in automatico</li><li>Spedizione anonima in 3-5 giorni lavorativi</li><li>Pagamento con carta prepagata, bonifico o Bitcoin</li><li>Assistenza su WhatsApp 7 giorni su 7</li></ul>
<h2>Avvertenze</h2>
<p>Non assumere con alcol o benzodiazepine. Non guidare dopo l'assunzione.</p>
</main>
<footer><p>&copy; 2026 Farmacia Online Italia &ndash; <a href="/privacy">Privacy</a> &ndash; <a href="/termini">Termini</a></p></footer>
""")

# ---------------------------------------------------------------- 15 .. 23

p("h6115", "https://harborlight-health.example/", "telehealth", False, "en",
  "at-home-ketamine-telehealth-home", "Harborlight Health | At-home ketamine therapy with licensed clinicians", """
<header class="nav">
<a class="logo" href="/">Harborlight</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/states">States we serve</a> <a href="/blog">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamine therapy, at home, with a real care team.</h1>
<p>For adults living with depression or anxiety that hasn't improved with other treatments. Start with a video evaluation by a licensed psychiatric clinician in your state.</p>
<a class="btn" href="/eligibility">See if you're a candidate</a>
<p class="small">Available in 21 states. Most patients are seen within 5 days.</p>
</section>
<section class="steps">
<h2>How Harborlight works</h2>
<div class="step"><h3>1. Tell us about you</h3><p>A short intake covers your history, current medications and goals. It takes 10 minutes and doesn't decide anything by itself.</p></div>
<div class="step"><h3>2. Meet your clinician</h3><p>A 45-minute video visit with a board-certified psychiatrist or psychiatric nurse practitioner. They review your records, blood pressure readings and medical history. About 1 in 4 people we evaluate are not a good fit, and we'll tell you why and suggest alternatives.</p></div>
<div class="step"><h3>3. Treatment arrives</h3><p>If ketamine is appropriate, your prescription goes to one of our licensed partner pharmacies, which ships sublingual tablets to your door with a blood pressure cuff and a treatment journal.</p></div>
<div class="step"><h3>4. Sessions with support</h3><p>Each session has a trained sitter present at home, and you check in with a guide afterward. Your clinician adjusts the plan every four weeks.</p></div>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial evaluation $225. Treatment program from $299/month, including medication, follow-ups and integration sessions. HSA/FSA cards accepted. <a href="/pricing">See full pricing</a></p>
</section>
<section class="safety">
<h2>Safety first</h2>
<p>Ketamine isn't right for everyone. We don't treat people with uncontrolled hypertension, a history of psychosis, or active substance use disorder, and we don't treat anyone under 18. Prescriptions are never written without a live visit.</p>
</section>
<section class="testimonials">
<blockquote>&ldquo;My clinician actually listened. We took it slowly and adjusted the dose twice.&rdquo; &ndash; patient in Oregon</blockquote>
</section>
</main>
<footer>
<p>Harborlight Health provides management services to Harborlight Medical Group, P.C., which employs the licensed clinicians. If you're in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; <a href="/careers">Careers</a></p>
</footer>
""", noise="cookie")

p("h6116", "https://stillwater-telepsych.example/ketamine", "telehealth", False, "en",
  "video-visit-snippet", "At-home ketamine | Stillwater Telepsychiatry", """
Start with a 60-minute video visit with a board-certified psychiatrist. If at-home ketamine is appropriate, your prescription is sent to our licensed partner pharmacy and shipped to your door, with weekly virtual check-ins.
""", ext="txt")

p("h6117", "https://nuvia-mind.example/faq", "telehealth", False, "en",
  "faq-refusing-no-doctor-sales", "FAQ | Nuvia Mind", """
<header><a href="/" class="logo">nuvia mind</a><nav><a href="/how">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start" class="btn">Start your evaluation</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<details open><summary>Can I just buy ketamine from you without seeing a doctor?</summary>
<p>No. Ketamine is a controlled medication. Every Nuvia patient has a live video appointment with a licensed prescriber, who decides whether treatment is safe for them. We don't sell ketamine on its own and there is no "order" button for medication on our site.</p></details>
<details><summary>What does the checkout charge me for?</summary>
<p>When you check out you pay for your evaluation ($199) and, if you're approved for treatment, your monthly membership ($249). The membership covers follow-up visits, your medication from our partner pharmacy and shipping. If the clinician decides ketamine isn't right for you, the membership is not started.</p></details>
<details><summary>Which pharmacy fills my prescription?</summary>
<p>Your prescription is sent electronically to a state-licensed 503A pharmacy. They ship in tamper-evident packaging and require an adult signature.</p></details>
<details><summary>Do you accept insurance?</summary>
<p>We're out-of-network. We can give you a superbill to submit to your insurer, and you can pay with an HSA or FSA card.</p></details>
<details><summary>What if I want to stop?</summary>
<p>Cancel any time from your account. Your clinician will talk with you about tapering and next steps.</p></details>
<details><summary>Is there a monitoring requirement?</summary>
<p>Yes. You'll need a blood pressure cuff and a trusted person with you for your first sessions. We check your PHQ-9 and GAD-7 scores every two weeks.</p></details>
</main>
<footer><p>&copy; 2026 Nuvia Mind. Medical services provided by Nuvia Clinical Partners, PA.</p></footer>
""")

p("h6118", "https://psychepraxis-online.example/de/therapien/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-esketamine-referral", "Esketamin bei therapieresistenter Depression | PsychePraxis Online", """
<header><a href="/de/" class="logo">PsychePraxis&nbsp;Online</a>
<nav><a href="/de/ablauf">Ablauf</a> <a href="/de/therapien">Therapien</a> <a href="/de/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/termin" class="btn">Videotermin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Abklärung per Video</h1>
<p>Wenn mindestens zwei Antidepressiva nicht ausreichend geholfen haben, kann Esketamin eine Option sein. Die Behandlung selbst findet aus Sicherheitsgründen immer in einer zertifizierten Praxis statt, in der Sie nach der Anwendung zwei Stunden überwacht werden.</p>
<h2>So unterstützen wir Sie</h2>
<ol>
<li><b>Videosprechstunde</b> mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie (50 Minuten).</li>
<li><b>Prüfung der Vorbehandlungen</b> anhand Ihrer Arztbriefe und Medikamentenpläne.</li>
<li><b>Überweisung</b> an eine kooperierende Praxis in Ihrer Nähe, die Esketamin anwendet. Wir senden den Befundbericht direkt dorthin.</li>
<li><b>Begleitung</b> per Video zwischen den Anwendungen und Anpassung der übrigen Medikation.</li>
</ol>
<h2>Kosten</h2>
<p>Die Videosprechstunde rechnen wir für gesetzlich Versicherte über die Krankenkasse ab. Privatpatienten erhalten eine Rechnung nach GOÄ. Die Anwendung von Esketamin in der Partnerpraxis wird dort abgerechnet.</p>
<p><a class="btn" href="/de/termin">Jetzt Termin vereinbaren</a></p>
</main>
<footer><p>PsychePraxis Online MVZ GmbH &middot; <a href="/de/impressum">Impressum</a> &middot; <a href="/de/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h6119", "https://evenkeel-care.example/our-clinicians", "telehealth", False, "en",
  "named-prescribers-page", "Our clinicians | Evenkeel Care", """
<header><a href="/" class="logo">Evenkeel</a><nav><a href="/treatment">Treatment</a> <a href="/our-clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/start" class="btn">Book a video consult</a></nav></header>
<main>
<h1>Meet the people who will treat you</h1>
<p>Every Evenkeel patient is evaluated over video by one of the clinicians below before any medication is prescribed. All hold active licenses in the states listed.</p>
<div class="card"><h2>Dr. Renata Okafor, MD</h2><p>Medical Director &middot; Board-certified in Psychiatry (ABPN)</p><p>Licensed in CA, OR, WA, NV &middot; NPI 1000000001</p><p>Renata spent nine years running an inpatient mood disorders unit before joining Evenkeel.</p></div>
<div class="card"><h2>Samuel Lindqvist, PMHNP-BC</h2><p>Psychiatric Mental Health Nurse Practitioner</p><p>Licensed in CO, AZ, UT, NM &middot; NPI 1000000002</p></div>
<div class="card"><h2>Dr. Priya Natarajan, DO</h2><p>Board-certified in Psychiatry and Addiction Medicine</p><p>Licensed in NY, NJ, CT, FL &middot; NPI 1000000003</p></div>
<div class="card"><h2>Maya Torres, LCSW</h2><p>Integration therapist (does not prescribe)</p></div>
<p>Questions about a clinician's license? Look them up on your state medical or nursing board's verification site.</p>
</main>
<footer><p>&copy; 2026 Evenkeel Care Medical Group. <a href="/privacy">Privacy</a></p></footer>
""")

p("h6120", "https://mentesana-virtual.example/es/tratamiento-ketamina", "telehealth", False, "es",
  "spanish-video-consultation-page", "Tratamiento con ketamina en casa | MenteSana Virtual", """
<header><a href="/es/" class="logo">MenteSana Virtual</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/agendar" class="btn">Agendar consulta</a></nav></header>
<main>
<h1>Ketamina en casa, con seguimiento de un psiquiatra</h1>
<p>Atendemos a adultos residentes en Texas, Florida, California y Nueva York, en español y en inglés.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Consulta por videollamada</b> con un psiquiatra con licencia en su estado. Revisamos su historia clínica, medicamentos actuales y presión arterial.</li>
<li><b>Decisión médica.</b> Si la ketamina no es adecuada para usted, se lo explicamos y le proponemos otras opciones. No se cobra la membresía.</li>
<li><b>Receta a farmacia asociada.</b> La farmacia con licencia le envía las tabletas sublinguales a domicilio, con firma de un adulto al recibir.</li>
<li><b>Sesiones acompañadas</b> y consultas de seguimiento cada dos semanas.</li>
</ol>
<h2>Precios</h2>
<p>Evaluación inicial: 190 USD. Plan mensual: 270 USD (incluye medicamento, envío y consultas). Aceptamos tarjetas HSA/FSA.</p>
<p><a class="btn" href="/es/agendar">Reserve su videoconsulta</a></p>
</main>
<footer><p>&copy; 2026 MenteSana Virtual. Si está en crisis, llame al 988 y oprima 2 para español.</p></footer>
""", noise="cookie-es")

p("h6121", "https://tidewell.example/pricing", "telehealth", False, "en",
  "pricing-cart-page", "Pricing | Tidewell", """
<header><a href="/" class="logo">tidewell</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/login">Sign in</a> <a href="/cart" class="cart">Cart (1)</a></nav></header>
<main>
<h1>Simple, all-in pricing</h1>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$149</p><p>One 40-minute video visit with a licensed psychiatric prescriber. Required before any treatment.</p><button>Add to cart</button></div>
<div class="plan featured"><h2>Monthly care</h2><p class="price">$219<span>/month</span></p><ul><li>Medication from our partner pharmacy, shipped free</li><li>2 follow-up video visits</li><li>Unlimited messaging with your care team</li><li>Integration coaching</li></ul><p class="small">Starts only after your prescriber approves treatment.</p><button>Add to cart</button></div>
<div class="plan"><h2>Quarterly</h2><p class="price">$599</p><p>Same as monthly, billed every 3 months.</p><button>Add to cart</button></div>
</div>
<section class="cart-preview"><h3>Your cart</h3><p>Evaluation &ndash; $149.00</p><a class="btn" href="/checkout">Proceed to checkout</a></section>
<p class="fine">A prescription requires a clinical evaluation and is not guaranteed. Not everyone qualifies. Prices in USD. Tidewell Medical, PLLC.</p>
</main>
""", noise="cookie")

p("h6122", "https://teleconsult-psy.example/fr/ketamine", "telehealth", False, "fr",
  "french-teleconsultation-snippet", "Téléconsultation psychiatrique", """
Téléconsultation avec un psychiatre inscrit à l'Ordre : bilan complet de votre dépression, avis sur un traitement par kétamine ou esketamine et orientation vers un centre partenaire si l'indication est retenue. Remboursement selon votre mutuelle.
""", ext="txt")

p("h6123", "https://app.lumen-ketamine-care.example/patient/plan", "telehealth", False, "en",
  "post-visit-treatment-plan-portal", "Your treatment plan | Lumen Care", """
<header class="portal"><span class="logo">Lumen Care</span> <nav><a href="/patient">Home</a> <a href="/patient/plan">Treatment plan</a> <a href="/patient/messages">Messages (2)</a> <a href="/patient/billing">Billing</a> <a href="/logout">Log out</a></nav></header>
<main>
<h1>Hi Jordan, here's your plan</h1>
<p>Prepared by <b>Alicia Ferreira, PMHNP</b> after your video visit on Nov 28.</p>
<h2>Prescription</h2>
<p>Ketamine HCl sublingual tablets, 100 mg. Take as directed during scheduled sessions only. 6 sessions over 4 weeks.</p>
<p>Status: <b>Sent to pharmacy</b> &rarr; Greenfield Compounding Pharmacy (license #PH-0000412). <a href="/patient/shipping">Track shipment</a></p>
<h2>Before your first session</h2>
<ul><li>Log your blood pressure this morning and tonight in the app.</li><li>Confirm your sitter's name and phone number.</li><li>Don't eat for 3 hours before the session.</li></ul>
<h2>Upcoming appointments</h2>
<table><tr><td>Dec 9, 10:00</td><td>Session 1 check-in (video, 15 min)</td></tr><tr><td>Dec 16, 17:30</td><td>Follow-up with Alicia (video, 30 min)</td></tr></table>
<p>Billing: your membership of $259 renews on Dec 28. <a href="/patient/billing">Manage</a></p>
</main>
""")

# ---------------------------------------------------------------- 24 .. 31

p("h6124", "https://clearpath-infusions.example/", "clinic", False, "en",
  "iv-infusion-clinic-home-prices-book-now", "ClearPath Ketamine Infusions | Denver, CO | Book now", """
<div class="topbar">Call (303) 555-0147 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 1450 Larimer St, Suite 300, Denver</div>
<header><a href="/" class="logo">ClearPath Infusions</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/gift-cards">Gift cards</a> <a href="/patient-portal">Patient portal</a> <a href="/book" class="btn">Book now</a></nav></header>
<main>
<section class="hero">
<h1>IV ketamine infusions in a calm, private setting</h1>
<p>Physician-led care for depression, PTSD, anxiety and chronic pain. Every infusion is given in our Denver office by an anesthesia-trained clinician with continuous monitoring.</p>
<a href="/book" class="btn">Book a free 15-minute consultation</a>
</section>
<section class="what">
<h2>What to expect</h2>
<p>Your first visit includes a medical screening with our physician, a review of your psychiatric history and vital signs. Infusions last about 40 minutes in a private suite with a recliner, blanket and eye mask. You'll rest for 20&ndash;30 minutes afterward and must have someone drive you home.</p>
</section>
<section class="prices">
<h2>Pricing</h2>
<table>
<tr><td>Initial consultation</td><td>Free</td></tr>
<tr><td>Single IV infusion (mood)</td><td>$475</td></tr>
<tr><td>Series of 6 infusions</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain infusion (4 hours)</td><td>$850</td></tr>
</table>
<p>Buy a package online and pay a $100 deposit to hold your first appointment. Financing available through CareCredit. We provide superbills for out-of-network reimbursement.</p>
</section>
<section class="team"><h2>Our team</h2><p>Dr. Helen Marsh, MD (Anesthesiology) &middot; Carlos Medina, CRNA &middot; Dana Pruitt, PMHNP</p></section>
<section class="reviews"><p>&#9733; 4.9 from 310 Google reviews</p></section>
</main>
<footer><p>ClearPath Infusions, PLLC &middot; 1450 Larimer St, Suite 300, Denver, CO 80202</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
<script>window.bookingWidget={provider:"schedulr",location:"denver-1"};</script>
""", noise="cookie")

p("h6125", "https://riverbend-psychiatry.example/spravato", "clinic", False, "en",
  "rems-spravato-snippet", "Spravato Treatment | Riverbend Psychiatry", """
Riverbend Psychiatry is a REMS-certified Spravato (esketamine) treatment center. Patients self-administer the nasal spray in our office and are monitored by our staff for at least two hours. Call 614-555-0190 to schedule an evaluation; most commercial plans and Medicare accepted.
""", ext="txt")

p("h6126", "https://st-gerardus-ziekenhuis.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl",
  "dutch-hospital-esketamine-outpatient", "Behandeling met esketamine | Polikliniek Psychiatrie | St. Gerardus Ziekenhuis", """
<header><a href="/" class="logo">St. Gerardus Ziekenhuis</a>
<nav><a href="/patienten">Patiënten en bezoekers</a> <a href="/afdelingen">Afdelingen</a> <a href="/verwijzers">Verwijzers</a> <a href="/werken-bij">Werken bij</a> <a href="/contact">Contact</a></nav>
<form class="zoek"><input placeholder="Zoeken"></form></header>
<nav class="kruimel">Home › Afdelingen › Psychiatrie › Esketamine</nav>
<main>
<h1>Behandeling met esketamine</h1>
<p>Op de polikliniek Psychiatrie behandelen we volwassenen met een ernstige depressie die onvoldoende is verbeterd na ten minste twee antidepressiva. Esketamine is een neusspray die u onder begeleiding van een verpleegkundige zelf toedient.</p>
<h2>Hoe verloopt een behandeling?</h2>
<p>U komt de eerste vier weken twee keer per week naar het ziekenhuis. Na het toedienen blijft u ongeveer twee uur in de behandelkamer. De verpleegkundige meet uw bloeddruk en let op bijwerkingen zoals duizeligheid of een gevoel van onwerkelijkheid. U mag daarna die dag niet zelf autorijden.</p>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Voor de behandeling start, heeft u een intakegesprek met een van onze psychiaters.</p>
<h2>Kosten</h2>
<p>De behandeling valt onder de basisverzekering. Wel betaalt u uw eigen risico.</p>
<h2>Contact</h2>
<p>Polikliniek Psychiatrie, route 42, telefoon 040 555 01 23 (ma&ndash;vr 8.30&ndash;16.30 uur).</p>
</main>
<footer><p>&copy; 2026 St. Gerardus Ziekenhuis &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a></p></footer>
""", noise="cookie-nl")

p("h6127", "https://centromedicoaurora.example/terapia-ketamina", "clinic", False, "it",
  "italian-clinic-whatsapp-booking", "Terapia con ketamina a Milano | Centro Medico Aurora", """
<div class="cookie-it">Usiamo i cookie per migliorare la navigazione. <button>Accetto</button></div>
<header><a href="/" class="logo">Centro Medico Aurora</a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/specialita">Specialità</a> <a href="/terapia-ketamina">Terapia con ketamina</a> <a href="/prezzi">Tariffe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Terapia con ketamina per la depressione resistente</h1>
<p>Presso la nostra sede di Milano (Via Tortona) offriamo infusioni endovenose di ketamina a basso dosaggio per pazienti adulti con depressione resistente, sotto la supervisione di un medico anestesista e di uno psichiatra.</p>
<h2>Il percorso</h2>
<ul>
<li>Prima visita psichiatrica con valutazione dei trattamenti già effettuati</li>
<li>Ciclo di 6 infusioni in due-tre settimane, ciascuna di circa 40 minuti</li>
<li>Monitoraggio dei parametri vitali durante e dopo l'infusione</li>
<li>Visite di controllo a 1 e 3 mesi</li>
</ul>
<h2>Tariffe</h2>
<p>Prima visita psichiatrica: 180 €. Singola infusione: 350 €. Pacchetto 6 infusioni: 1.900 €. Pagamento in sede con carta o bonifico; rilasciamo fattura detraibile.</p>
<h2>Prenota</h2>
<p>Puoi prenotare la prima visita chiamando lo 02 5550 1122 oppure scrivendo su WhatsApp al 347 555 0199. Ti risponderà la nostra segreteria.</p>
</main>
<footer><p>Centro Medico Aurora S.r.l. &ndash; Direttore sanitario Dott.ssa Chiara Benedetti &ndash; P.IVA 00000000000</p></footer>
""")

p("h6128", "https://oakgrove-kap.example/", "clinic", False, "en",
  "kap-practice-in-office-im", "Oak Grove Ketamine-Assisted Psychotherapy | Asheville", """
<header><a href="/" class="logo">Oak Grove KAP</a><nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine-assisted psychotherapy in Asheville</h1>
<p>We are a small group practice of psychotherapists working alongside a medical provider. Sessions take place in our office on Haywood Road, in a quiet room designed for the work.</p>
<p>After a medical screening with our nurse practitioner and two preparation sessions with your therapist, you'll have three to six medicine sessions. In each, ketamine is given as an intramuscular injection or lozenge in the office while your therapist stays with you for the whole session. An integration session follows within a few days.</p>
<p><b>Fees:</b> preparation and integration sessions $180 each; medicine sessions $650 (3 hours, includes medical monitoring). Sliding scale spots are available each quarter.</p>
<p><a href="/contact">Request a free phone consultation</a></p>
</main>
<footer><p>Oak Grove KAP, PLLC &middot; 81 Haywood Rd, Asheville, NC</p></footer>
""")

p("h6129", "https://clinicaserenitas.example/infusao-de-cetamina", "clinic", False, "pt",
  "brazilian-infusion-packages-whatsapp", "Infusão de Cetamina em Curitiba | Clínica Serenitas", """
<header><a href="/" class="logo">Clínica Serenitas</a>
<nav><a href="/sobre">Sobre</a> <a href="/tratamentos">Tratamentos</a> <a href="/infusao-de-cetamina">Cetamina</a> <a href="/convenios">Convênios</a> <a href="/agendar" class="btn">Agendar</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão</h1>
<p>A Clínica Serenitas realiza infusões intravenosas de cetamina em ambiente hospitalar-dia, com médico anestesiologista presente durante todo o procedimento e avaliação prévia com psiquiatra.</p>
<h2>Como funciona</h2>
<p>Após a consulta psiquiátrica, o paciente faz em geral 6 sessões ao longo de 3 semanas. Cada sessão dura cerca de 1 hora, incluindo a recuperação. É obrigatório vir acompanhado.</p>
<h2>Valores</h2>
<ul><li>Consulta psiquiátrica: R$ 550</li><li>Sessão avulsa: R$ 1.200</li><li>Pacote com 6 sessões: R$ 6.300 (parcelado em até 10x no cartão)</li></ul>
<p>Fornecemos recibo para reembolso do plano de saúde.</p>
<p><a class="whatsapp" href="https://wa.me.example/5541900000000">Agende pelo WhatsApp</a> &middot; Rua XV de Novembro, 1000 &ndash; Curitiba/PR &middot; Responsável técnico: Dr. Paulo Nogueira, CRM-PR 00000</p>
</main>
<footer>&copy; 2026 Clínica Serenitas</footer>
""", noise="cookie-pt")

p("h6130", "https://lakeshore-pain.example/services/ketamine-infusion-crps/billing", "clinic", False, "en",
  "pain-clinic-crps-billing-page", "Ketamine Infusions for CRPS: Insurance & Billing | Lakeshore Pain Management", """
<header><a href="/" class="logo">Lakeshore Pain Management</a>
<nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patients">Patients</a> <a href="/pay-bill">Pay my bill</a></nav></header>
<aside class="sidebar"><h3>Ketamine infusions</h3><ul><li><a href="../">Overview</a></li><li><a href="../preparing">Preparing for your infusion</a></li><li><a href="./">Insurance &amp; billing</a></li><li><a href="../faq">FAQ</a></li></ul></aside>
<main>
<h1>Insurance &amp; billing for ketamine infusions</h1>
<p>Our outpatient infusion suite offers multi-day low-dose ketamine infusions for complex regional pain syndrome (CRPS) and certain neuropathic pain conditions when other treatments haven't worked. Infusions are ordered by one of our pain physicians after an in-person evaluation.</p>
<h2>Is it covered?</h2>
<p>Many plans consider ketamine infusions for pain off-label and may deny coverage. Our prior authorization team submits a request for every patient before scheduling. If it's denied, we'll tell you the self-pay price before you commit.</p>
<h2>Self-pay prices</h2>
<ul><li>Single 4-hour infusion: $900</li><li>5-day series: $4,100</li></ul>
<h2>Paying your bill</h2>
<p>You can pay online through our <a href="/pay-bill">secure bill pay portal</a>, by phone, or at the front desk. We accept major credit cards, HSA/FSA cards and payment plans of up to 12 months.</p>
<p>Billing questions: 312-555-0166, option 3.</p>
</main>
<footer><p>&copy; 2026 Lakeshore Pain Management, S.C. &middot; 3 locations in Chicago and Evanston</p></footer>
""", noise="cookie")

p("h6131", "https://clinicavitalis.example/es/esketamina", "clinic", False, "es",
  "spanish-clinic-snippet", "Esketamina intranasal | Clínica Vitalis Madrid", """
En Clínica Vitalis (Madrid, Chamberí) administramos esketamina intranasal a pacientes con depresión resistente, siempre en consulta y con vigilancia de enfermería durante dos horas. Pida cita con nuestro equipo de psiquiatría en el 91 555 02 40.
""", ext="txt")

# ---------------------------------------------------------------- 32 .. 40

p("h6132", "https://northern-ledger-news.example/2026/11/18/online-ketamine-sellers-investigation", "informational", False, "en",
  "news-investigation-quoting-prices", "We tried to buy ketamine online. Here's what arrived. | The Northern Ledger", """
<header class="masthead"><a href="/" class="logo">The Northern Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>We tried to buy ketamine online. Here's what arrived.</h1>
<p class="byline">By Tessa Grant, Health Reporter &middot; Nov. 18, 2026</p>
<p>Type "buy ketamine online" into a search engine and the first page is a mix of legitimate telehealth companies, infusion clinics and sites that promise to ship the drug to anyone who pays. Over six weeks, the Ledger placed orders with four of the latter.</p>
<p>One site, which called itself a "pharmaceutical supply," listed 10 grams of "ketamine HCl crystal" for $170 and offered a 10% discount for paying in Bitcoin. Another took payment in gift cards. A third asked us to continue the conversation on Telegram, where a seller quoted $95 for five grams and promised "stealth shipping."</p>
<p>Two packages arrived. Lab analysis commissioned by the Ledger found that one contained ketamine mixed with a cutting agent; the other contained 2-fluorodeschloroketamine, a ketamine analogue with little safety data. The other two sites took the money and stopped responding.</p>
<p>"People are looking for help for depression and end up in a completely unregulated market," said Dr. Amina Yusuf, an addiction psychiatrist at a university hospital. "With no clinician involved, nobody is checking blood pressure, drug interactions or whether the person is at risk of misuse."</p>
<p>Legitimate telehealth providers require a live video evaluation with a licensed clinician, and pharmacies they work with ship only against a prescription. Infusion clinics give the drug in their offices under monitoring. The FDA-approved nasal spray esketamine can only be used at certified treatment centers.</p>
<p>The Ledger has shared the addresses of the sites with regulators. We are not naming them to avoid directing readers to them.</p>
<p class="help">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside><h3>Most read</h3><ol><li><a href="#">City council approves new transit plan</a></li><li><a href="#">Flu season arrives early</a></li><li><a href="#">Local bakery wins national award</a></li></ol></aside>
</main>
<footer><p>&copy; 2026 The Northern Ledger. <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
<script async src="https://ads.example/tag.js"></script>
""", noise="cookie")

p("h6133", "https://health-regulator.test/safety/alerts/2026-ketamine-online", "informational", False, "en",
  "regulator-warning-snippet", "Safety alert: ketamine bought online", """
Safety alert: We are warning consumers not to buy ketamine or esketamine from websites that sell without a prescription or after only an online questionnaire. Products bought this way may be counterfeit, contaminated or a different drug, and no clinician monitors your blood pressure or mental state.
""", ext="txt")

p("h6134", "https://drugchecking-netz.example/substanzen/ketamin", "informational", False, "de",
  "german-drug-checking-page", "Ketamin – Infos, Risiken, Safer Use | Drug-Checking Netz", """
<header><a href="/" class="logo">Drug-Checking Netz</a>
<nav><a href="/substanzen">Substanzen</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/drugchecking">Drug-Checking Termine</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein dissoziatives Narkosemittel. In niedrigen Dosen wirkt es bewusstseinsverändernd, in höheren Dosen kann es zu einem Zustand kommen, in dem die Umgebung kaum noch wahrgenommen wird (&bdquo;K-Hole&ldquo;).</p>
<h2>Aktuelle Warnung</h2>
<p>In den letzten Wochen wurden bei unserem Drug-Checking mehrere als Ketamin verkaufte Proben analysiert, die stattdessen 2-FDCK oder Deschloroketamin enthielten. Diese Substanzen wirken länger und die Dosierung ist schwer abzuschätzen. Online bestellte Ware war besonders häufig betroffen.</p>
<h2>Risiken</h2>
<ul>
<li>Unfälle und Stürze durch Bewegungs- und Wahrnehmungsstörungen</li>
<li>Ersticken an Erbrochenem, besonders im Mischkonsum mit Alkohol oder GHB</li>
<li>Bei häufigem Konsum: schwere Blasenschäden (Ketamin-Zystitis), Bauchkrämpfe (&bdquo;K-Cramps&ldquo;)</li>
<li>Psychische Abhängigkeit</li>
</ul>
<h2>Safer Use</h2>
<ul><li>Substanz testen lassen: unsere nächsten Termine findest du unter <a href="/drugchecking">Drug-Checking</a>.</li><li>Niedrig dosieren und lange warten.</li><li>Nie allein und nicht im Wasser oder im Straßenverkehr.</li><li>Nicht mit Alkohol, Opioiden oder Benzos mischen.</li></ul>
<p>Ketamin wird in der Medizin auch gegen Depressionen eingesetzt &ndash; dann aber ärztlich überwacht. Sprich mit einer Beratungsstelle, wenn du merkst, dass du öfter konsumierst als geplant.</p>
</main>
<footer><p>Ein Projekt der Suchthilfe e.V. &middot; gefördert durch das Land &middot; <a href="/impressum">Impressum</a></p></footer>
""", noise="cookie-de")

p("h6135", "https://pharmacopedia.example/wiki/Ketamine", "informational", False, "en",
  "pharmacology-reference", "Ketamine - Pharmacopedia", """
<div id="wiki-header"><a href="/">Pharmacopedia</a> <form><input placeholder="Search Pharmacopedia"></form> <a href="/login">Log in</a></div>
<div id="sidebar"><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Random">Random article</a></li><li><a href="/wiki/Help">Help</a></li></ul></div>
<div id="content">
<h1>Ketamine</h1>
<table class="infobox"><tr><th colspan="2">Ketamine</th></tr>
<tr><td>Trade names</td><td>Ketalar, Ketaset, others</td></tr>
<tr><td>Routes</td><td>IV, IM, intranasal, oral, sublingual</td></tr>
<tr><td>Bioavailability</td><td>IV 100%; IM 93%; intranasal 45&ndash;50%; oral 16&ndash;20%</td></tr>
<tr><td>Metabolism</td><td>Liver (CYP3A4, CYP2B6) to norketamine</td></tr>
<tr><td>Elimination half-life</td><td>2.5&ndash;3 hours</td></tr>
<tr><td>Legal status</td><td>US: Schedule III; UK: Class B; controlled in most countries</td></tr></table>
<p><b>Ketamine</b> is a dissociative anesthetic of the arylcyclohexylamine class. It acts mainly as an NMDA receptor antagonist. It is used for induction and maintenance of anesthesia, for procedural sedation, as an analgesic, and, at subanesthetic doses, in the treatment of depression. Its S-enantiomer, esketamine, is marketed as a nasal spray for treatment-resistant depression.</p>
<h2>Medical uses</h2>
<p>Ketamine is valued in emergency and field medicine because it preserves airway reflexes and breathing. In veterinary medicine it is widely used in cats, horses and exotic animals, usually with a sedative such as xylazine.</p>
<h2>Adverse effects</h2>
<p>Emergence reactions (vivid dreams, confusion), increased blood pressure and heart rate, nausea. Chronic recreational use is associated with ulcerative cystitis and cognitive impairment.</p>
<h2>Society and culture</h2>
<p>Ketamine is sold illicitly under street names such as "K", "special K" and "ket". Analogues such as deschloroketamine and 2-FDCK have been sold online as "research chemicals".</p>
<h2>See also</h2><ul><li><a href="/wiki/Esketamine">Esketamine</a></li><li><a href="/wiki/Phencyclidine">Phencyclidine</a></li><li><a href="/wiki/NMDA_receptor_antagonist">NMDA receptor antagonist</a></li></ul>
</div>
<div id="footer">Text is available under a Creative Commons license. <a href="/wiki/Privacy">Privacy policy</a></div>
""")

p("h6136", "https://centre-les-tilleuls.example/addictions/ketamine", "informational", False, "fr",
  "french-rehab-centre", "Sevrage et accompagnement de l'addiction à la kétamine | Centre Les Tilleuls", """
<header><a href="/" class="logo">Centre Les Tilleuls</a>
<nav><a href="/le-centre">Le centre</a> <a href="/addictions">Addictions prises en charge</a> <a href="/admission">Admission</a> <a href="/tarifs">Tarifs</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Addiction à la kétamine : un accompagnement adapté</h1>
<p>La consommation régulière de kétamine progresse chez les jeunes adultes, notamment en milieu festif. Elle peut entraîner une dépendance psychique, des troubles de la mémoire et des lésions graves de la vessie.</p>
<h2>Notre programme</h2>
<p>Le Centre Les Tilleuls propose un séjour résidentiel de 4 à 8 semaines : bilan médical et urologique, accompagnement psychologique individuel et en groupe, ateliers de prévention de la rechute et suivi après la sortie.</p>
<h2>Admission et tarifs</h2>
<p>L'admission se fait après un entretien de pré-admission, sur orientation d'un médecin ou d'un CSAPA. Le séjour est pris en charge par l'Assurance Maladie ; un supplément chambre individuelle de 45 € par jour peut s'appliquer selon votre mutuelle.</p>
<p><a href="/admission" class="btn">Demander une admission</a> &middot; 04 00 00 00 00</p>
</main>
<footer><p>Centre Les Tilleuls &ndash; établissement de soins de suite et de réadaptation en addictologie</p></footer>
""", noise="cookie-fr")

p("h6137", "https://mood-forum.example/t/has-anyone-used-those-online-ketamine-sites/48211", "informational", False, "en",
  "forum-thread-online-ketamine-sites", "Has anyone used those online ketamine sites? - Mood Support Forum", """
<header><a href="/" class="logo">Mood Support Forum</a> <nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Community guidelines</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Has anyone used those online ketamine sites?</h1>
<p class="cat">Treatments &rsaquo; Ketamine &amp; esketamine</p>
<div class="post"><p class="author">greyskies_92 &middot; 3d</p>
<p>I've been on four different antidepressants and nothing sticks. My psychiatrist has a waitlist for Spravato. I keep seeing ads for places that say "order ketamine online, no appointment". One wants $229 for a nasal spray and says approval is instant. Is this legit?</p></div>
<div class="post"><p class="author">moderator_lea &middot; 3d</p>
<p>Hi greyskies, we don't allow links to sellers here, so I've removed the one in your original post. Anything that approves you "instantly" without a real clinician talking to you is not a medical service. Please be careful.</p></div>
<div class="post"><p class="author">owen_t &middot; 2d</p>
<p>I did at-home ketamine through a telehealth company last year. I had a proper video call with a nurse practitioner, had to send BP readings for a week first, and the pharmacy only shipped after she sent the script. It cost about $300 a month. Helped me a lot honestly.</p></div>
<div class="post"><p class="author">marisol.k &middot; 2d</p>
<p>Infusion clinic here, 6 infusions for about $2,400. Insurance didn't cover it. Ask your psychiatrist whether there's a clinic that takes your plan for Spravato instead &ndash; that one is often covered.</p></div>
<div class="post"><p class="author">greyskies_92 &middot; 1d</p>
<p>Thanks all. Going to ask my doctor about the telehealth route and stay away from the instant ones.</p></div>
</main>
<footer><p>Peer support only, not medical advice. In crisis? Call or text 988.</p></footer>
""")

p("h6138", "https://notizie-cronaca.example/2026/12/01/ketamina-sequestro-online", "informational", False, "it",
  "italian-seizure-news-snippet", "Ketamina venduta online, sequestro a Bologna", """
Bologna, sequestrati 3 chili di ketamina destinati alla vendita online: secondo la Guardia di Finanza il gruppo pubblicizzava la sostanza su un sito che si presentava come "farmacia" e la spediva in buste anonime, con pagamento in criptovalute. Denunciate quattro persone.
""", ext="txt")

p("h6139", "https://greenfield-compounding.example/prescribers/ketamine", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine Compounding for Prescribers | Greenfield Compounding Pharmacy", """
<header><a href="/" class="logo">Greenfield Compounding Pharmacy</a>
<nav><a href="/patients">For patients</a> <a href="/prescribers">For prescribers</a> <a href="/refills">Refills</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine formulations for prescribers</h1>
<p>Greenfield is a state-licensed 503A compounding pharmacy (license #PH-0000412, DEA-registered) shipping to patients in 30 states. We dispense ketamine only against a valid prescription from a licensed prescriber with an established patient relationship.</p>
<h2>Available formulations</h2>
<table>
<tr><th>Form</th><th>Strengths</th></tr>
<tr><td>Sublingual rapid-dissolve tablets</td><td>50 mg, 100 mg, 150 mg, 200 mg</td></tr>
<tr><td>Troches</td><td>25&ndash;200 mg</td></tr>
<tr><td>Nasal spray (metered)</td><td>10 mg/spray, 15 mg/spray</td></tr>
</table>
<h2>How to send a prescription</h2>
<p>e-Prescribe (EPCS) to Greenfield Compounding Pharmacy, NCPDP 0000000. We do not accept prescriptions by e-mail or text. Patients cannot order ketamine from us directly; our patient portal only handles refills of existing prescriptions and shipping address updates.</p>
<h2>Shipping</h2>
<p>Controlled substances ship overnight in tamper-evident packaging and require an adult signature. Shipping fee $15, billed to the patient at checkout of the refill.</p>
<p class="small">Compounded medications are not FDA-approved. Prescribers should review the risks with their patients.</p>
</main>
<footer><p>&copy; 2026 Greenfield Compounding Pharmacy &middot; Pharmacist-in-charge: Laura Chen, PharmD</p></footer>
""", noise="cookie")

p("h6140", "https://findketaminecare.example/clinics/texas/austin", "informational", False, "en",
  "clinic-directory-listing-price-ranges", "Ketamine Clinics in Austin, TX (12 listings) | FindKetamineCare", """
<header><a href="/" class="logo">FindKetamineCare</a><form><input placeholder="City or ZIP"> <button>Search</button></form><nav><a href="/telehealth">Telehealth providers</a> <a href="/guides">Guides</a> <a href="/list-your-clinic">List your clinic</a></nav></header>
<main>
<h1>Ketamine clinics in Austin, TX</h1>
<p>12 providers &middot; Sorted by: <select><option>Best match</option><option>Price: low to high</option><option>Distance</option></select></p>
<div class="filters"><label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> Spravato (REMS)</label> <label><input type="checkbox"> KAP</label> <label><input type="checkbox"> Accepts insurance</label></div>
<ol class="listings">
<li><h2><a href="/clinic/lonestar-infusion-center">Lonestar Infusion Center</a> <span class="badge">Sponsored</span></h2><p>IV ketamine &middot; 4.8 (122 reviews) &middot; From $425/infusion &middot; 2.1 mi</p><a href="/clinic/lonestar-infusion-center#book">Request appointment</a></li>
<li><h2><a href="/clinic/capital-psychiatric-associates">Capital Psychiatric Associates</a></h2><p>Spravato REMS certified &middot; Accepts BCBS, Aetna, Medicare &middot; 3.4 mi</p></li>
<li><h2><a href="/clinic/barton-creek-kap">Barton Creek KAP Collective</a></h2><p>Ketamine-assisted psychotherapy &middot; $550&ndash;$700 per session &middot; 5.0 mi</p></li>
<li><h2><a href="/clinic/hill-country-pain">Hill Country Pain &amp; Wellness</a></h2><p>IV ketamine for pain and mood &middot; Packages from $2,300 &middot; 7.8 mi</p></li>
</ol>
<aside class="guide"><h3>How to choose a clinic</h3><p>Look for a physician-led practice that screens you in person, monitors vital signs during treatment and coordinates with your therapist. Be wary of any website offering to "buy ketamine online" without an evaluation &ndash; we don't list them.</p></aside>
<p class="disclosure">Listings are provided by clinics. Sponsored listings pay a fee to appear first. FindKetamineCare does not provide medical care.</p>
</main>
<footer><p>&copy; 2026 FindKetamineCare &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

save(OUT, R)
