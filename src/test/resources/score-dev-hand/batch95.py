# Batch 95 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Honest businesses that look like shops". The protected pages are legitimate businesses whose
# pages carry shop-like features (carts, checkouts, packages, gift cards, memberships, promo codes,
# crypto/HSA payment, discreet shipping of prescribed medication, messenger support, product pages
# with prices that dispense only on prescription or only to registered facilities). The 8 sellers are
# ketamine shops dressed as such businesses (compounding pharmacy, vet supply, lab supply, wellness
# store, social bio, German "Apotheke", Spanish vet/party store, Portuguese hospital distributor).
# Mix: 8 sellers, 10 telehealth, 10 clinics, 12 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), short pages and a
# few 1-3 sentence plain-text snippets: telehealth membership checkout, shipping and payment pages,
# promo-code terms, prescriber roster, FAQ; clinic package shop, membership, billing portal, gift
# certificates, crypto payment page, promo snippet; compounding and veterinary pharmacy product
# pages, wholesaler catalogue, supplement/vape/CBD/party/test-kit shops, marketplace and courier help.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch95.py (writes batch95/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch95")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers dressed as honest businesses

p("h9501", "https://oakridge-compounding-rx.example/shop/ketamine-troches-150mg", "seller", True, "en",
  "fake-compounding-pharmacy-product-page", "Ketamine HCl Troches 150 mg (30 ct) | Oakridge Compounding Rx", """
<header class="site-header">
<div class="topbar">Free USPS Priority shipping on orders over $199 &middot; Pay with BTC, ETH or USDT and save 15%</div>
<a class="logo" href="/">Oakridge Compounding Rx <small>Est. 2009 &middot; Quality you can trust</small></a>
<nav><a href="/shop">Shop</a> <a href="/shop/category/mood">Mood &amp; Wellness</a> <a href="/shop/category/pain">Pain Relief</a> <a href="/shop/category/hormones">Hormones</a> <a href="/about">Our Pharmacy</a> <a href="/faq">FAQ</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main class="product">
<p class="crumbs"><a href="/">Home</a> / <a href="/shop/category/mood">Mood &amp; Wellness</a> / Ketamine HCl Troches</p>
<div class="gallery"><img src="/img/troche-jar.jpg" alt="Amber jar of dissolving troches"></div>
<div class="summary">
<h1>Ketamine HCl Troches 150 mg &ndash; 30 count</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (412 customer reviews)</p>
<p class="price"><del>$289.00</del> <ins>$239.00</ins></p>
<p>Compounded in our climate-controlled lab from USP-grade ketamine hydrochloride. Raspberry flavour, dissolves under the tongue in 10&ndash;15 minutes. Each troche is individually scored for half doses.</p>
<form class="cart" action="/cart/add" method="post">
<label>Strength <select name="strength"><option>100 mg</option><option selected>150 mg</option><option>200 mg</option></select></label>
<label>Quantity <select name="qty"><option>30 ct &ndash; $239</option><option>60 ct &ndash; $419</option><option>90 ct &ndash; $569</option></select></label>
<button type="submit">Add to cart</button>
</form>
<div class="notice"><b>No prescription on file? No problem.</b> Complete our short online wellness form at checkout (2 minutes). Our pharmacist reviews every order form and the vast majority are approved the same day &ndash; no doctor visit, no video call, no waiting room.</div>
<ul class="trust">
<li>Ships in plain, unbranded packaging &ndash; nothing on the box says pharmacy</li>
<li>Crypto payments get 15% off automatically</li>
<li>International orders welcome (we reship if customs holds your parcel)</li>
</ul>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Customers use our ketamine troches for low mood, stress, chronic pain and "reset" sessions at home. Start with half a troche and see how you feel. Not sure which strength? Message our pharmacy team on WhatsApp and we'll help you pick.</p>
<h2>Reviews</h2>
<blockquote>"Way cheaper than the clinic near me and arrived in 3 days. Form took 1 minute." &ndash; Jess, Ohio</blockquote>
<blockquote>"Paid with USDT, tracking came same day. Discreet box as promised." &ndash; Marco, Ontario</blockquote>
</section>
<aside class="related"><h3>Customers also bought</h3><ul><li><a href="/shop/ketamine-nasal-spray">Ketamine Nasal Spray 50 mg/ml &ndash; $189</a></li><li><a href="/shop/ondansetron-odt">Ondansetron ODT 4 mg &ndash; $29</a></li><li><a href="/shop/ketamine-powder-usp">Ketamine HCl USP powder (for compounding) &ndash; from $120/g</a></li></ul></aside>
</main>
<footer><p>&copy; Oakridge Compounding Rx. All products are dispensed by a licensed pharmacist.</p><p><a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h9502", "https://tristate-vetsupply.example/products/ketamine-hcl-injection-100mg-ml", "seller", True, "en",
  "vet-supply-selling-to-anyone", "Ketamine HCl Injection 100 mg/mL, 10 mL vial | TriState Vet Supply", """
<div class="promo-bar">Farm &amp; Ranch Week: 10% off dewormers &middot; Same-day dispatch before 2pm</div>
<header>
<a href="/" class="brand">TriState Vet Supply</a>
<nav><a href="/c/equine">Equine</a> <a href="/c/livestock">Livestock</a> <a href="/c/dog-cat">Dog &amp; Cat</a> <a href="/c/anesthesia">Anesthesia &amp; Sedation</a> <a href="/c/instruments">Instruments</a> <a href="/account">My account</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<p class="crumbs">Home &rsaquo; Anesthesia &amp; Sedation &rsaquo; Ketamine</p>
<h1>Ketamine HCl Injection 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="sku">SKU: TVS-KET-10 &middot; Brand: Ketaset / generic (varies by stock)</p>
<table class="pricing">
<tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>1 vial</td><td>$95.00</td><td><button>Add to cart</button></td></tr>
<tr><td>5 vials</td><td>$420.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials</td><td>$780.00</td><td><button>Add to cart</button></td></tr>
<tr><td>Case of 25</td><td>$1,750.00</td><td><button>Add to cart</button></td></tr>
</table>
<div class="info">
<h2>Ordering information</h2>
<p>Most of our customers are farms, breeders, trainers and hobbyists who keep their own supplies. You do <b>not</b> need a veterinarian account or license number to order up to 10 vials &ndash; just check the box confirming the product is for animal use. Larger quantities ship once we verify your farm name.</p>
<p>Orders are packed in a plain brown box with a generic return label. We accept Visa/Mastercard (select "general supplies" on your statement), Zelle, and Bitcoin/Litecoin. Crypto orders get free overnight shipping.</p>
<p>Questions? Text or Telegram our order desk: <b>@tristate_orders</b>.</p>
</div>
<h2>Product details</h2>
<p>Dissociative anesthetic for restraint and short procedures. Store at room temperature, protect from light. See package insert for species dosing.</p>
<section class="reviews"><h2>Reviews (87)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Legit, 5 vials arrived in 2 days, no questions asked." &ndash; verified buyer</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Box was totally discreet. Would like a cheaper 2-vial pack." &ndash; verified buyer</p></section>
</main>
<aside><h3>Frequently bought together</h3><ul><li>Xylazine 100 mg/mL 50 mL &ndash; $48</li><li>Insulin syringes 1 mL (100) &ndash; $22</li><li>Sharps container &ndash; $9</li></ul></aside>
<footer><p>TriState Vet Supply &middot; Serving farms since 1998</p><p><a href="/returns">Returns</a> | <a href="/shipping">Shipping</a> | <a href="/contact">Contact</a></p></footer>
""")

p("h9503", "https://helix-labsource.example/catalog/arylcyclohexylamines/2-fdck", "seller", True, "en",
  "research-chemical-lab-supply-store", "2-FDCK (2-Fluorodeschloroketamine) | HelixLabSource - Research Compounds", """
<header><a href="/" class="logo">HelixLabSource</a> <span class="tag">Reference materials for the modern lab</span>
<nav><a href="/catalog/glassware">Glassware</a> <a href="/catalog/reagents">Reagents</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalog/tryptamines">Tryptamines</a> <a href="/catalog/lab-equipment">Lab Equipment</a> <a href="/coa">COA Library</a> <a href="/cart">Basket</a></nav></header>
<main>
<h1>2-FDCK &ndash; 2-Fluorodeschloroketamine HCl</h1>
<p class="cas">CAS 111982-50-4 &middot; Purity &ge;99.5% (HPLC) &middot; Form: white crystalline powder</p>
<table class="prices">
<tr><th>Size</th><th>Price (EUR)</th><th>Price (BTC discount -10%)</th></tr>
<tr><td>1 g</td><td>&euro;28</td><td>&euro;25.20</td></tr>
<tr><td>5 g</td><td>&euro;110</td><td>&euro;99</td></tr>
<tr><td>10 g</td><td>&euro;180</td><td>&euro;162</td></tr>
<tr><td>25 g</td><td>&euro;350</td><td>&euro;315</td></tr>
<tr><td>100 g</td><td>&euro;990</td><td>&euro;891</td></tr>
</table>
<form action="/basket/add"><select name="size"><option>1 g</option><option>5 g</option><option>10 g</option><option>25 g</option><option>100 g</option></select> <button>Add to basket</button></form>
<p class="disclaimer"><b>For research and analytical purposes only. Not for human consumption.</b> By purchasing you confirm you are over 21 and a qualified researcher.</p>
<h2>Description</h2>
<p>2-FDCK is an arylcyclohexylamine and a close structural analogue of ketamine, with fluorine replacing chlorine on the aryl ring. Supplied with a batch COA. Similar compounds in stock: <a href="/catalog/arylcyclohexylamines/dck">Deschloroketamine (DCK)</a>, <a href="/catalog/arylcyclohexylamines/ketamine-hcl-crystal">Ketamine HCl crystal (shards)</a>, <a href="/catalog/arylcyclohexylamines/3-meo-pcp">3-MeO-PCP</a>.</p>
<h2>Shipping</h2>
<p>Dispatched within 24h from our EU warehouse. Vacuum-sealed, smell-proof, double stealth packaging with a decoy item. Tracked to EU, UK, US, CA, AU. Free reship if seized (one per customer).</p>
<h2>Payment</h2>
<p>Bitcoin, Monero, USDT (TRC20) and SEPA bank transfer. Card payments are not available for this category.</p>
</main>
<aside><h3>Need help?</h3><p>Support via Telegram <b>@helixlab_support</b> or Wickr. Replies within 2 hours, 7 days a week.</p></aside>
<footer>&copy; HelixLabSource &middot; All products are sold as reference standards for laboratory use.</footer>
""", noise="cookie")

p("h9504", "https://renewmind-wellness.example/at-home-ketamine", "seller", True, "en",
  "fake-wellness-clinic-instant-approval", "At-Home Ketamine Kits | RenewMind Wellness", """
<nav class="main"><a href="/">RenewMind Wellness</a> <a href="/how-it-works">How it works</a> <a href="/at-home-ketamine">At-home ketamine</a> <a href="/reviews">Reviews</a> <a href="/blog">Journal</a> <a class="btn" href="/checkout">Get started</a></nav>
<section class="hero">
<h1>Feel like yourself again. Ketamine, delivered.</h1>
<p>Skip the $600 infusion clinic. RenewMind ships ketamine tablets straight to your door in as little as 48 hours.</p>
<a class="btn" href="/checkout">Claim my kit &ndash; $149</a>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><b>Answer 3 quick questions.</b> Age, state, and what you'd like help with. That's it.</li>
<li><b>Instant approval.</b> Our system approves you on the spot &ndash; no video call, no appointment, no insurance paperwork.</li>
<li><b>Your kit ships today.</b> 8 sublingual ketamine tablets (200 mg), a journal and an eye mask, in a discreet, unmarked box.</li>
</ol>
</section>
<section class="pricing">
<h2>Choose your plan</h2>
<div class="plan"><h3>Starter</h3><p>8 tablets &middot; <b>$149</b></p><button>Add to cart</button></div>
<div class="plan featured"><h3>Monthly Reset</h3><p>16 tablets every month &middot; <b>$249/mo</b></p><button>Subscribe</button></div>
<div class="plan"><h3>Bulk</h3><p>50 tablets &middot; <b>$599</b> (share with a partner!)</p><button>Add to cart</button></div>
<p>Use code <b>RESET30</b> for 30% off your first order. Pay with card, Apple Pay or crypto.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<h3>Do I need a prescription?</h3><p>No. Our automated intake takes care of everything, so you never need to talk to a doctor.</p>
<h3>Can I order for someone else?</h3><p>Yes, just enter their shipping address at checkout.</p>
<h3>What if I've been turned down by another provider?</h3><p>We don't turn people away. Our approval rate is 99%.</p>
</section>
<footer><p>&copy; RenewMind Wellness LLC</p><p>Statements have not been evaluated by the FDA.</p></footer>
""", noise="cookie")

p("h9505", "https://instagram.example/calm.k.pharma", "seller", True, "en",
  "social-bio-wellness-store", "calm.k.pharma", """
Calm K Pharma 🌿 Wellness store | Pharma-grade ketamine vials 💉 + powder 🧂 | No script needed | Stealth shipping worldwide 📦 | BTC / USDT / CashApp | Order on Telegram 👉 @calmkpharma_shop
""", ext="txt")

p("h9506", "https://versand-apotheke-lindenhof.example/produkt/ketamin-nasenspray", "seller", True, "de",
  "fake-online-apotheke-no-rx", "Ketamin Nasenspray 50 mg/ml ohne Rezept kaufen | Lindenhof Versandapotheke", """
<header>
<a href="/" class="logo">Lindenhof Versandapotheke</a>
<form class="suche"><input placeholder="Produkt, Wirkstoff oder PZN suchen"></form>
<nav><a href="/kategorie/schmerz">Schmerz</a> <a href="/kategorie/schlaf">Schlaf &amp; Beruhigung</a> <a href="/kategorie/psyche">Psyche</a> <a href="/kategorie/potenz">Potenz</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<h1>Ketamin Nasenspray 50 mg/ml &ndash; 10 ml</h1>
<p class="preis">ab 119,00 &euro; <small>inkl. MwSt., zzgl. Versand</small></p>
<table>
<tr><td>1 Flasche</td><td>119,00 &euro;</td></tr>
<tr><td>3 Flaschen</td><td>319,00 &euro;</td></tr>
<tr><td>6 Flaschen</td><td>579,00 &euro; (Sparpaket)</td></tr>
</table>
<button>In den Warenkorb</button>
<div class="hinweis">
<p><b>Kein Rezept erforderlich.</b> Sie benötigen weder ein Privatrezept noch einen Arzttermin. Bestellen Sie bequem und anonym von zu Hause.</p>
<p>Diskreter Versand in neutraler Verpackung ohne Absender &ndash; auch nach Österreich und in die Schweiz. Zahlung per Vorkasse, Bitcoin oder Paysafecard.</p>
</div>
<h2>Anwendung</h2>
<p>Ketamin wird von vielen Kunden bei Antriebslosigkeit, innerer Unruhe und Schmerzen eingesetzt. Wir empfehlen, mit einem Sprühstoß pro Nasenloch zu beginnen.</p>
<h2>Kundenbewertungen</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Schnelle Lieferung, keine Fragen, Paket völlig neutral.&ldquo; &ndash; Tobias K.</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Endlich ohne Rezept. Zahlung mit Bitcoin hat problemlos funktioniert.&ldquo; &ndash; Sandra M.</p>
</main>
<aside><h3>Fragen zur Bestellung?</h3><p>Unser Apotheken-Team erreichen Sie per WhatsApp: +49 157 0000 4411</p></aside>
<footer><p>&copy; Lindenhof Versandapotheke &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h9507", "https://fiestaymas-suministros.example/tienda/ketamina-liquida-veterinaria", "seller", True, "es",
  "party-vet-store-whatsapp-order", "Ketamina líquida 1000 mg (uso veterinario) | Fiesta y Más Suministros", """
<div class="anuncio">Envíos a toda la península en 24-48h &middot; Paga con Bizum o cripto</div>
<header><a href="/" class="logo">Fiesta y Más Suministros</a>
<nav><a href="/tienda/globos">Globos</a> <a href="/tienda/decoracion">Decoración</a> <a href="/tienda/disfraces">Disfraces</a> <a href="/tienda/veterinaria">Veterinaria</a> <a href="/tienda/packs-fiesta">Packs fiesta</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Ketamina líquida 100 mg/ml &ndash; frasco 10 ml (uso veterinario)</h1>
<p class="precio">65,00 &euro; / frasco</p>
<ul>
<li>2 frascos: 120 &euro;</li>
<li>5 frascos: 275 &euro;</li>
<li>Pack fiesta: 2 frascos + 10 g de polvo cristal: 190 &euro;</li>
</ul>
<button>Añadir al carrito</button>
<p>Producto original de laboratorio veterinario, precintado. <b>No pedimos receta ni colegiado veterinario.</b> Mayores de 18.</p>
<h2>Cómo pedir</h2>
<p>Puedes comprar aquí en la web o escribirnos por WhatsApp al +34 600 000 217 y te lo preparamos. Envío discreto en caja neutra, sin el nombre de la tienda. Pago por Bizum, transferencia o Bitcoin (5% de descuento).</p>
<h2>Opiniones</h2>
<p>&laquo;Llegó en un día, todo muy discreto. Repetiré para el finde.&raquo; &ndash; Álex, Valencia</p>
</main>
<aside><h3>También te puede interesar</h3><ul><li>Globos metalizados números</li><li>Kit guirnalda cumpleaños</li><li>Básculas de precisión 0,01 g</li></ul></aside>
<footer>&copy; Fiesta y Más Suministros &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/envios">Envíos</a></footer>
""", noise="cookie-es")

p("h9508", "https://medsul-distribuidora.example/produtos/cetamina-50mg-ml", "seller", True, "pt",
  "fake-hospital-distributor-no-registration", "Cloridrato de Cetamina 50 mg/ml - caixa 5 ampolas | MedSul Distribuidora Hospitalar", """
<header><a href="/" class="logo">MedSul Distribuidora Hospitalar</a>
<nav><a href="/produtos/anestesicos">Anestésicos</a> <a href="/produtos/descartaveis">Descartáveis</a> <a href="/produtos/epi">EPI</a> <a href="/sobre">Sobre nós</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cloridrato de Cetamina 50 mg/ml &ndash; caixa com 5 ampolas de 10 ml</h1>
<p class="preco">R$ 390,00 <small>ou 3x de R$ 130,00</small></p>
<p>Atacado: 10 caixas por R$ 3.500,00 &middot; 20 caixas por R$ 6.600,00</p>
<button>Comprar</button>
<div class="destaque">
<p>Vendemos também para <b>pessoa física</b>. Não é necessário CNPJ, CRM, CRMV nem receita &ndash; basta informar nome e endereço de entrega.</p>
<p>Envio discreto pelos Correios ou transportadora, embalagem sem identificação da distribuidora. Pagamento via PIX (5% de desconto), boleto ou USDT.</p>
<p>Atendimento e pedidos pelo WhatsApp (11) 90000-3325 ou Telegram @medsul_vendas.</p>
</div>
<h2>Informações do produto</h2>
<p>Anestésico geral de uso injetável. Fabricante conforme disponibilidade de estoque. Validade mínima de 12 meses.</p>
</main>
<footer>MedSul Distribuidora Hospitalar &middot; Entregamos em todo o Brasil &middot; <a href="/politica-de-trocas">Trocas</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth with shop-like pages

p("h9509", "https://clearpath-mindcare.example/join/checkout", "telehealth", False, "en",
  "telehealth-membership-checkout", "Checkout - ClearPath Mindcare Membership", """
<header><a href="/" class="logo">ClearPath Mindcare</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout">
<ol class="progress"><li class="done">Eligibility</li><li class="current">Membership</li><li>Book your evaluation</li></ol>
<section class="plans">
<h1>Choose your membership</h1>
<label class="plan"><input type="radio" name="plan" value="monthly"> <b>Monthly</b> &ndash; $129/month. Cancel anytime.</label>
<label class="plan"><input type="radio" name="plan" value="quarterly" checked> <b>Quarterly</b> &ndash; $339 every 3 months (save 12%).</label>
<p>Your membership includes a 60-minute psychiatric evaluation by video with a board-certified clinician, monthly follow-ups, a dedicated care coordinator, preparation and integration sessions, and secure messaging with your care team.</p>
<p class="note">Membership does not guarantee a prescription. If your clinician decides at-home ketamine is not right for you, we will refund your first payment in full and, where appropriate, refer you to an in-person provider. Medication, if prescribed, is billed separately by our licensed partner pharmacy (typically $60&ndash;$110 per month).</p>
</section>
<section class="summary">
<h2>Order summary</h2>
<table>
<tr><td>Quarterly membership</td><td>$339.00</td></tr>
<tr><td>Promo code <input name="promo" value="NEWYEAR25"> <button>Apply</button></td><td>&minus;$25.00</td></tr>
<tr><td><b>Due today</b></td><td><b>$314.00</b></td></tr>
</table>
<h3>Payment method</h3>
<p><label><input type="radio" name="pm" checked> Credit or debit card</label> <label><input type="radio" name="pm"> HSA / FSA card</label></p>
<p class="small">HSA/FSA: most plans accept ClearPath memberships as a qualified medical expense. We'll email an itemized receipt (with CPT codes) for your records.</p>
<button class="pay">Pay $314.00 and schedule my evaluation</button>
</section>
</main>
<footer><p>ClearPath Mindcare Medical Group, P.C. provides clinical services. Licensed clinicians practise in CA, CO, FL, NY, TX and WA.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; In crisis? Call or text 988.</p></footer>
""")

p("h9510", "https://lumen-telepsych.example/help/shipping-your-medication", "telehealth", False, "en",
  "telehealth-discreet-pharmacy-shipping", "How your medication is shipped | Lumen Help Center", """
<header><a href="/">Lumen</a> Help Center <nav><a href="/help/getting-started">Getting started</a> <a href="/help/billing">Billing</a> <a href="/help/shipping">Shipping</a> <a href="/help/treatment">Your treatment</a></nav></header>
<main>
<h1>How your medication is shipped</h1>
<p>Once your Lumen clinician has completed your video evaluation and written a prescription, it is sent electronically to one of our partner pharmacies. These are state-licensed, DEA-registered 503A compounding pharmacies that prepare your sublingual ketamine tablets (rapid-dissolve tablets) to your clinician's exact dose.</p>
<h2>Timeline</h2>
<ul>
<li><b>Day 0:</b> Prescription sent after your evaluation.</li>
<li><b>Day 1&ndash;2:</b> The pharmacist verifies the prescription and your identity, and checks your state's prescription monitoring program.</li>
<li><b>Day 2&ndash;4:</b> Your order ships by overnight courier. You'll get a tracking link by text.</li>
</ul>
<h2>Packaging</h2>
<p>We know privacy matters. Your package arrives in a plain white box with the pharmacy's name only on the return label. Medication comes in child-resistant blister packs with a printed label, a medication guide and your dosing instructions.</p>
<h2>Signature required</h2>
<p>Because ketamine is a Schedule III controlled substance, an adult (21+) must sign for the package and show ID. If no one is home, the courier will leave a notice and try again the next business day. Packages cannot be redirected to a different address or to a PO box, and we can't ship to a state where your clinician is not licensed.</p>
<h2>Refills</h2>
<p>Refills are never automatic. Your clinician reviews your dosing journal and mood scores at each follow-up before authorising the next supply.</p>
<p class="helpful">Did this answer your question? <a href="#">Yes</a> / <a href="#">No</a></p>
</main>
<aside><h3>In this section</h3><ul><li><a href="#">Tracking a package</a></li><li><a href="#">My package was damaged</a></li><li><a href="#">Which pharmacy fills my prescription?</a></li><li><a href="#">Travelling with your medication</a></li></ul></aside>
<footer>&copy; Lumen Health, Inc. Clinical services by Lumen Medical P.A. and affiliated practices.</footer>
""", noise="cookie")

p("h9511", "https://ketacare-online.example/payment-options", "telehealth", False, "en",
  "telehealth-payment-options-crypto-hsa", "Payment options | KetaCare Online", """
<nav><a href="/">KetaCare Online</a> <a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/payment-options">Payment</a> <a href="/login">Log in</a></nav>
<main>
<h1>Ways to pay</h1>
<p>KetaCare is a telehealth practice. You pay us for clinical care (your evaluation, follow-ups and the care-team membership). If your clinician prescribes medication, the partner pharmacy charges you for it separately at the time it is dispensed.</p>
<h2>What we accept for membership and visits</h2>
<ul>
<li>Visa, Mastercard, American Express, Discover</li>
<li>HSA and FSA debit cards</li>
<li>Apple Pay and Google Pay</li>
<li>Bitcoin and USDC, through our processor CoinPay. Crypto can only be used for membership fees; you'll receive a USD receipt.</li>
</ul>
<h2>What we don't accept</h2>
<p>Gift cards, money orders and payments from third parties. Every member pays from an account in their own name, which matches the ID you show your clinician at your first video visit.</p>
<h2>Insurance</h2>
<p>We are out-of-network. We provide a superbill after each visit so you can seek reimbursement. Spravato (esketamine) is not offered through KetaCare; your clinician can refer you to a REMS-certified treatment centre if it's a better fit.</p>
<h2>Refunds</h2>
<p>If your clinician determines you are not a candidate after your evaluation, the evaluation fee is refunded minus $50.</p>
</main>
<footer>KetaCare Online PLLC &middot; Serving adults in 14 states &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h9512", "https://driftwell.example/legal/promo-terms", "telehealth", False, "en",
  "telehealth-promo-code-terms-snippet", "DriftWell promo code terms", """
Promo code FRIEND50 takes $50 off your first month of DriftWell membership (video psychiatric evaluation, clinician follow-ups and care coaching). It does not apply to medication, which is billed by our partner pharmacy only if your DriftWell clinician prescribes it. One code per new member; not combinable with HSA reimbursement claims for the discounted amount.
""", ext="txt")

p("h9513", "https://northstar-ketamine-telehealth.example/our-prescribers", "telehealth", False, "en",
  "telehealth-prescriber-roster-with-cart", "Our prescribers | Northstar", """
<header><a href="/" class="logo">Northstar</a>
<nav><a href="/treatment">Treatment</a> <a href="/our-prescribers">Prescribers</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start" class="cta">Start your assessment</a> <a href="/cart" class="cart">&#128722; 1</a></nav></header>
<main>
<h1>Meet the people who will treat you</h1>
<p>Every Northstar patient is evaluated over live video by one of the clinicians below before any medication is considered. You'll see the same clinician for follow-ups whenever possible.</p>
<div class="card"><h2>Dana Whitfield, MD</h2><p>Board-certified psychiatrist. Licensed in Colorado, Utah and Arizona. 11 years in treatment-resistant depression; previously medical director of an outpatient infusion service.</p></div>
<div class="card"><h2>Rafael Ortiz, PMHNP-BC</h2><p>Psychiatric-mental health nurse practitioner. Licensed in Texas, New Mexico and Nevada. Speaks English and Spanish.</p></div>
<div class="card"><h2>Mei-Ling Cho, DO</h2><p>Psychiatrist with a focus on PTSD and anxiety. Licensed in Washington, Oregon and Idaho.</p></div>
<div class="card"><h2>Andre Baptiste, MD</h2><p>Addiction medicine and psychiatry. Reviews all patients with a history of substance use before treatment is approved.</p></div>
<section class="cart-reminder">
<h2>Still in your cart</h2>
<p>Initial assessment bundle &ndash; 1 video evaluation + 1 follow-up &ndash; <b>$249</b>. <a href="/cart">Go to checkout</a></p>
<p class="small">If you're approved for treatment, prescriptions are filled by a licensed pharmacy in your state and shipped to your home. Patients with uncontrolled high blood pressure, active psychosis, or who are pregnant are not eligible for at-home treatment.</p>
</section>
</main>
<footer>&copy; Northstar Behavioral Telehealth, PC</footer>
""", noise="cookie")

p("h9514", "https://evensong-health.example/faq/why-not-just-buy-it-online", "telehealth", False, "en",
  "telehealth-faq-why-not-buy-online", "Why can't I just order ketamine online? | Evensong Health FAQ", """
<header><a href="/">Evensong Health</a> <nav><a href="/how">How Evensong works</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>"Why can't I just order ketamine online?"</h1>
<p>We get this question a lot, usually from people who have seen ads promising tablets without a doctor. Here is how Evensong is different, and why.</p>
<h2>We treat you; we don't sell you a product</h2>
<p>Evensong is a medical practice. Before anything is prescribed you'll have a 45-minute video appointment with a licensed psychiatric clinician, complete standard depression and anxiety scales, and share your medication list and blood pressure readings. About one in four applicants is not a good fit for at-home treatment, and we tell them so.</p>
<h2>What happens after you're approved</h2>
<p>Your clinician sends a prescription to our partner pharmacy. You pay the pharmacy for your medication when it ships (about $80 for a month's supply), and you pay Evensong a monthly care fee of $99 that covers your follow-ups and messaging with your care team. You can use an HSA or FSA card for both.</p>
<h2>Red flags in other sites</h2>
<ul><li>No live conversation with a clinician</li><li>"Instant approval" or "no prescription needed"</li><li>Payment only in crypto or gift cards</li><li>Shipping to any address, or "reshipping" if customs seizes a package</li></ul>
<p>If you see those, you are not dealing with a medical provider.</p>
<p><a class="btn" href="/apply">Apply for an evaluation</a></p>
</main>
<footer>Evensong Health Medical Group &middot; 988 Suicide &amp; Crisis Lifeline: call or text 988</footer>
""")

p("h9515", "https://mentesana-online.example/precios", "telehealth", False, "es",
  "telepsiquiatria-precios-suscripcion", "Precios y suscripción | MenteSana Online", """
<header><a href="/" class="logo">MenteSana Online</a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a> <a href="/carrito">Mi carrito</a></nav></header>
<main>
<h1>Planes de tratamiento</h1>
<p>Todos los planes empiezan con una videoconsulta de evaluación con un psiquiatra colegiado. Solo si el médico considera que el tratamiento con ketamina sublingual es adecuado para ti, emitirá una receta que dispensará nuestra farmacia asociada.</p>
<div class="plan"><h2>Evaluación inicial</h2><p><b>120 &euro;</b> pago único</p><p>Videoconsulta de 50 minutos, revisión de historia clínica y analítica.</p><button>Añadir al carrito</button></div>
<div class="plan destacado"><h2>Plan mensual</h2><p><b>149 &euro;/mes</b></p><p>Dos seguimientos por videollamada al mes, acompañamiento de psicología para la integración y chat con enfermería.</p><button>Suscribirme</button></div>
<div class="plan"><h2>Plan trimestral</h2><p><b>399 &euro;</b> cada 3 meses</p><p>Lo mismo que el plan mensual con un 10% de descuento.</p><button>Suscribirme</button></div>
<h2>¿Tienes un código promocional?</h2>
<p>Introdúcelo en el carrito antes de pagar. Los códigos se aplican a la evaluación y a las cuotas de seguimiento, nunca a la medicación.</p>
<h2>Medicación y envío</h2>
<p>La farmacia asociada cobra la medicación aparte y la envía en un embalaje discreto, con entrega en mano y verificación del DNI. No enviamos medicación sin una receta emitida por nuestro equipo tras la videoconsulta.</p>
<p>Puedes cancelar tu suscripción en cualquier momento desde tu área de paciente.</p>
</main>
<footer>MenteSana Online S.L. &middot; Centro sanitario autorizado &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h9516", "https://psyconsult-visio.example/esketamine-orientation", "telehealth", False, "fr",
  "teleconsultation-psychiatrie-orientation-esketamine", "Dépression résistante : bilan en visio et orientation esketamine | PsyConsult Visio", """
<header><a href="/">PsyConsult Visio</a> <nav><a href="/consultation">Prendre rendez-vous</a> <a href="/tarifs">Tarifs</a> <a href="/nos-psychiatres">Nos psychiatres</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Dépression résistante : un bilan complet en téléconsultation</h1>
<p>Vous avez essayé plusieurs antidépresseurs sans amélioration suffisante ? Nos psychiatres inscrits à l'Ordre réalisent un bilan approfondi en visioconférence (60 minutes), puis vous proposent un plan de soins.</p>
<h2>Et l'esketamine (Spravato) ?</h2>
<p>L'esketamine en spray nasal ne peut être administrée que dans un établissement de santé, sous surveillance, pendant au moins deux heures. Nous ne la délivrons donc pas à domicile. Si votre psychiatre estime qu'elle est indiquée, il vous adresse avec un courrier détaillé à l'un de nos centres hospitaliers partenaires à Paris, Lyon, Lille ou Bordeaux, et assure le suivi entre les séances en téléconsultation.</p>
<h2>Tarifs</h2>
<table>
<tr><td>Bilan initial en visio (60 min)</td><td>95 &euro;</td><td><button>Ajouter au panier</button></td></tr>
<tr><td>Forfait suivi 3 mois (6 consultations)</td><td>390 &euro;</td><td><button>Ajouter au panier</button></td></tr>
</table>
<p>Paiement sécurisé par carte bancaire. Feuille de soins électronique fournie ; remboursement selon votre situation et votre mutuelle.</p>
<p class="petit">Code promo : les codes partenaires (mutuelles, employeurs) se saisissent dans le panier.</p>
</main>
<footer>PsyConsult Visio &middot; Société de téléconsultation médicale &middot; <a href="/mentions-legales">Mentions légales</a> &middot; En cas d'urgence, appelez le 15 ou le 3114.</footer>
""", noise="cookie-fr")

p("h9517", "https://ketavita-telemedizin.example/ablauf", "telehealth", False, "de",
  "telemedizin-ablauf-abo-versandapotheke", "So funktioniert KetaVita – Ablauf, Kosten, Versand", """
<header><a href="/" class="logo">KetaVita Telemedizin</a>
<nav><a href="/ablauf">Ablauf</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a> <a href="/anmelden">Anmelden</a></nav></header>
<main>
<h1>In vier Schritten zur Behandlung</h1>
<ol>
<li><b>Fragebogen und Unterlagen hochladen.</b> Arztbriefe, Medikationsplan, aktuelle Blutdruckwerte.</li>
<li><b>Videosprechstunde.</b> Eine Fachärztin oder ein Facharzt für Psychiatrie spricht 45 Minuten mit Ihnen und entscheidet, ob eine Behandlung infrage kommt. Ein Rezept gibt es erst nach diesem Gespräch &ndash; und nicht in jedem Fall.</li>
<li><b>Rezept an die Partnerapotheke.</b> Das Rezept geht an eine deutsche Versandapotheke mit Erlaubnis nach &sect; 11a ApoG. Die Apotheke stellt das Arzneimittel her und versendet es diskret, zustellung nur persönlich gegen Ausweis.</li>
<li><b>Begleitung.</b> Regelmäßige Video-Termine, Stimmungstagebuch in der App, Notfallplan.</li>
</ol>
<h2>Kosten</h2>
<p>Ärztliche Betreuung im Abo: 119 &euro; pro Monat, monatlich kündbar. Rechnung nach GOÄ, bei Privatversicherten in der Regel erstattungsfähig. Das Medikament rechnet die Apotheke separat ab. Gutscheincodes können im Checkout eingelöst werden.</p>
<h2>Wer nicht behandelt werden kann</h2>
<p>Personen unter 18, Schwangere, Menschen mit Psychose in der Vorgeschichte, unbehandeltem Bluthochdruck oder aktueller Suchterkrankung.</p>
</main>
<footer>KetaVita Telemedizin GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; In Krisen: Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h9518", "https://serenamente-telemedicina.example/carrello", "telehealth", False, "it",
  "telemedicina-carrello-abbonamento", "Il tuo carrello | SerenaMente Telemedicina", """
<header><a href="/">SerenaMente</a> <nav><a href="/percorso">Il percorso</a> <a href="/medici">I nostri medici</a> <a href="/prezzi">Prezzi</a> <a href="/carrello">Carrello (1)</a></nav></header>
<main>
<h1>Il tuo carrello</h1>
<table>
<tr><th>Servizio</th><th>Prezzo</th></tr>
<tr><td>Abbonamento Percorso Ketamina &ndash; 3 mesi<br><small>Visita psichiatrica iniziale in video (60 min), 6 controlli in video, supporto psicologico di integrazione</small></td><td>420,00 &euro;</td></tr>
<tr><td>Codice sconto <input value="BENVENUTO"> <button>Applica</button></td><td>&minus;30,00 &euro;</td></tr>
<tr><td><b>Totale</b></td><td><b>390,00 &euro;</b></td></tr>
</table>
<p><b>Nota importante:</b> l'abbonamento copre le visite e il supporto clinico. Il farmaco non si acquista qui: se lo psichiatra, dopo la visita, ritiene indicata la terapia, invia la ricetta alla farmacia galenica convenzionata, che prepara e spedisce il farmaco in confezione anonima con consegna a mano e firma. Se la terapia non è indicata, ti rimborsiamo la differenza rispetto alla sola visita iniziale.</p>
<p>Metodi di pagamento: carta, PayPal, bonifico. Riceverai fattura sanitaria detraibile.</p>
<button>Procedi al pagamento</button>
</main>
<footer>SerenaMente S.r.l. &middot; Direttore sanitario dott.ssa L. Ferri &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- clinics with shops, packages, gift cards

p("h9519", "https://harborlight-infusion.example/shop", "clinic", False, "en",
  "infusion-clinic-shop-packages-gift-cards", "Shop Packages & Gift Cards | Harborlight Infusion Center", """
<div class="announcement">Now open Saturdays in our Portsmouth office &middot; Call (603) 555-0142</div>
<header><a href="/" class="logo">Harborlight Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/team">Our Team</a> <a href="/shop">Shop</a> <a href="/cart">Cart (2)</a> <a class="btn" href="/consultation">Free consultation</a></nav></header>
<main>
<h1>Shop</h1>
<p>Prepay for your infusion series and save, or give the gift of care to someone you love. All infusions take place in our private suites at 40 Market Street, Portsmouth, NH, monitored by our anesthesia team. A medical consultation is required before your first infusion.</p>
<div class="product"><h2>Initial Series &ndash; 6 Ketamine Infusions</h2><p>$2,700 <del>$3,000</del></p><p>Six 40-minute IV infusions over 2&ndash;3 weeks, vital-sign monitoring, recovery lounge, post-infusion check-in call.</p><button>Add to cart</button></div>
<div class="product"><h2>Booster Infusion</h2><p>$475</p><p>For established patients who have completed an initial series.</p><button>Add to cart</button></div>
<div class="product"><h2>Booster 3-Pack</h2><p>$1,290</p><button>Add to cart</button></div>
<div class="product"><h2>Gift Card</h2><p>$50 &ndash; $1,000</p><p>Redeemable for any service, including consultations and IV hydration. Delivered by email.</p><button>Choose amount</button></div>
<p class="fine">Packages are non-transferable and refundable for unused infusions if you are not medically cleared. FSA/HSA cards accepted. Financing available through CareCredit and Advance Care.</p>
</main>
<aside class="sidebar"><h3>Our location</h3><p>40 Market Street, Suite 2<br>Portsmouth, NH 03801<br>Mon&ndash;Fri 8&ndash;6, Sat 9&ndash;1</p><h3>Questions?</h3><p>Text our front desk at (603) 555-0142.</p></aside>
<footer><p>&copy; Harborlight Infusion Center, PLLC &middot; Medical director: Kevin Ames, MD, anesthesiologist</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h9520", "https://stillwater-ketamine.example/membership", "clinic", False, "en",
  "clinic-membership-program-cart", "Stillwater Membership | Stillwater Ketamine & Wellness", """
<header><a href="/">Stillwater Ketamine &amp; Wellness</a>
<nav><a href="/services">Services</a> <a href="/membership">Membership</a> <a href="/locations">Locations</a> <a href="/blog">Blog</a> <a href="/cart">&#128722;</a> <a class="btn" href="/book">Book now</a></nav></header>
<main>
<h1>The Stillwater Membership</h1>
<p>For patients who have finished their initial series and want regular maintenance care at our Boise or Meridian clinics.</p>
<table class="tiers">
<tr><th></th><th>Steady</th><th>Anchor</th></tr>
<tr><td>Monthly fee</td><td>$395</td><td>$690</td></tr>
<tr><td>In-clinic ketamine infusions</td><td>1 per month</td><td>2 per month</td></tr>
<tr><td>Integration therapy session</td><td>1 per quarter</td><td>1 per month</td></tr>
<tr><td>IV vitamin/hydration drip</td><td>10% off</td><td>1 free per month</td></tr>
<tr><td></td><td><button>Join Steady</button></td><td><button>Join Anchor</button></td></tr>
</table>
<h2>Fine print</h2>
<ul>
<li>Membership requires a current medical clearance from one of our physicians (renewed every 6 months).</li>
<li>Unused infusions roll over for 60 days.</li>
<li>Cancel with 30 days' notice. Payment is drawn automatically from the card on file.</li>
<li>Our clinicians may pause treatment at any time if they believe it is no longer safe or helpful.</li>
</ul>
</main>
<aside><h3>New to Stillwater?</h3><p>Start with a free 15-minute phone screening, then a full in-person consultation with our physician.</p><a href="/book">Request a screening</a></aside>
<footer>Stillwater Ketamine &amp; Wellness &middot; 1120 W Main St, Boise, ID &middot; 2400 E Fairview Ave, Meridian, ID</footer>
""")

p("h9521", "https://bayview-interventional-psych.example/patients/billing", "clinic", False, "en",
  "spravato-center-billing-pay-online", "Billing & Payments | Bayview Interventional Psychiatry", """
<header><a href="/">Bayview Interventional Psychiatry</a>
<nav><a href="/spravato">Spravato (esketamine)</a> <a href="/tms">TMS</a> <a href="/ketamine">Ketamine</a> <a href="/patients">Patients</a> <a href="/contact">Contact</a> <a class="btn" href="/pay">Pay my bill</a></nav></header>
<main>
<h1>Billing &amp; payments</h1>
<p>Bayview is a REMS-certified Spravato treatment center. Every Spravato dose is self-administered in our office under direct observation, followed by at least two hours of monitoring before you go home with a driver.</p>
<h2>Pay your bill online</h2>
<p>Use the <a href="/pay">secure payment portal</a> with the account number on your statement. We accept credit and debit cards, HSA/FSA cards and ACH. Payment plans are available; call our billing office at (415) 555-0188.</p>
<h2>Insurance</h2>
<p>We are in network with most major commercial plans and Medicare. Spravato typically requires prior authorization; our team submits it for you and will let you know your estimated cost before your first session.</p>
<h2>Savings programs</h2>
<p>Commercially insured patients may qualify for the manufacturer's Spravato savings program, which can reduce out-of-pocket medication costs. Ask our benefits coordinator to enrol you. The program does not cover the observation visit fee.</p>
<h2>Self-pay ketamine infusions</h2>
<table><tr><td>Consultation</td><td>$250</td></tr><tr><td>Single IV infusion</td><td>$500</td></tr><tr><td>Series of 6 (prepaid)</td><td>$2,700</td></tr></table>
<p>Prepaid series can be purchased in the payment portal after your consultation.</p>
</main>
<footer>Bayview Interventional Psychiatry &middot; 2100 Webster St, Suite 300, San Francisco, CA &middot; <a href="/privacy">HIPAA notice</a></footer>
""", noise="cookie")

p("h9522", "https://opengate-kap.example/store", "clinic", False, "en",
  "kap-practice-store-gift-certificates-merch", "Store | Open Gate Ketamine-Assisted Psychotherapy", """
<nav><a href="/">Open Gate</a> <a href="/kap">What is KAP?</a> <a href="/therapists">Therapists</a> <a href="/groups">Group sessions</a> <a href="/store">Store</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Store</h1>
<p>Everything here supports care that happens in our Asheville practice. Medication is never sold here &ndash; ketamine is administered only during sessions in our office, by our medical team, after an intake with our psychiatrist.</p>
<h2>Session packages</h2>
<ul>
<li>KAP Starter: intake + 3 preparation sessions + 3 ketamine sessions + 2 integration sessions &ndash; <b>$3,150</b> <button>Buy package</button></li>
<li>Integration 4-pack (therapy only) &ndash; <b>$600</b> <button>Buy package</button></li>
<li>Group KAP circle (6 weeks, in person) &ndash; <b>$1,400</b> <button>Reserve a seat</button></li>
</ul>
<h2>Gift certificates</h2>
<p>Available in any amount from $25. Recipients must complete our standard intake before any ketamine session can be booked. <button>Buy a gift certificate</button></p>
<h2>Merch &amp; integration tools</h2>
<ul>
<li>Open Gate integration journal &ndash; $18 <button>Add to cart</button></li>
<li>Weighted eye pillow &ndash; $24 <button>Add to cart</button></li>
<li>Session playlist download &ndash; $5 <button>Add to cart</button></li>
</ul>
<p class="small">Orders of physical items ship within 5 business days or can be picked up at the front desk.</p>
</main>
<footer>Open Gate Wellness, PLLC &middot; 77 Haywood St, Asheville, NC &middot; (828) 555-0119</footer>
""")

p("h9523", "https://summit-infusion-denver.example/bitcoin", "clinic", False, "en",
  "infusion-clinic-accepts-crypto", "We accept Bitcoin | Summit Infusion Denver", """
<header><a href="/">Summit Infusion Denver</a> <nav><a href="/ketamine">Ketamine IV</a> <a href="/nad">NAD+</a> <a href="/pricing">Pricing</a> <a href="/bitcoin">Pay with crypto</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Pay for your care with Bitcoin</h1>
<p>Since 2021, Summit has accepted Bitcoin, Ethereum and USDC for self-pay services at our Cherry Creek clinic. Payments are processed through Coinbase Commerce and converted to dollars at the moment of payment.</p>
<h2>What you can pay for with crypto</h2>
<ul><li>Ketamine infusion packages (in-clinic only)</li><li>Single booster infusions</li><li>IV hydration and NAD+ drips</li><li>Consultation fees</li></ul>
<h2>How it works</h2>
<ol>
<li>Complete your in-person medical consultation with our physician.</li>
<li>At the front desk, or from your patient portal invoice, choose "Pay with crypto".</li>
<li>Scan the QR code with your wallet. You'll get a receipt in USD for HSA/FSA or tax purposes.</li>
</ol>
<p>Refunds for crypto payments are made in USD to a bank account in the patient's name.</p>
<p>Prefer something else? We also take all major cards, HSA/FSA, CareCredit and cash.</p>
</main>
<footer>Summit Infusion Denver &middot; 250 Steele St, Denver, CO &middot; Open Mon&ndash;Sat</footer>
""", noise="cookie")

p("h9524", "https://facebook.example/ClearLakeKetamineClinic/posts/black-friday", "clinic", False, "en",
  "clinic-black-friday-promo-snippet", "Clear Lake Ketamine Clinic - Black Friday", """
Black Friday at Clear Lake Ketamine Clinic: 20% off prepaid infusion series and gift cards with code CALM20 through Monday, online or at our League City front desk. New patients still need a consultation with Dr. Patel before their first infusion.
""", ext="txt")

p("h9525", "https://ketaminekliniek-utrecht.example/tarieven", "clinic", False, "nl",
  "kliniek-tarieven-pakketten-cadeaubon", "Tarieven en pakketten | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/tarieven">Tarieven</a> <a href="/winkelmand">Winkelmand</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Tarieven 2027</h1>
<p>Alle behandelingen vinden plaats in onze kliniek aan de Maliebaan, onder toezicht van een anesthesioloog en een psychiater. Een verwijzing van uw huisarts of behandelaar is nodig voor het intakegesprek.</p>
<table>
<tr><th>Behandeling</th><th>Prijs</th><th></th></tr>
<tr><td>Intakegesprek psychiater (60 min)</td><td>&euro; 195</td><td></td></tr>
<tr><td>Enkele ketamine-infusie</td><td>&euro; 450</td><td><button>In winkelmand</button></td></tr>
<tr><td>Pakket 6 infusies</td><td>&euro; 2.400</td><td><button>In winkelmand</button></td></tr>
<tr><td>Onderhoudspakket 3 infusies</td><td>&euro; 1.250</td><td><button>In winkelmand</button></td></tr>
</table>
<p>Betalen kan met iDEAL, creditcard of op factuur. Wij sturen u een gespecificeerde nota voor uw zorgverzekeraar; vergoeding hangt af van uw aanvullende verzekering.</p>
<h2>Cadeaubon</h2>
<p>Een cadeaubon (vanaf &euro; 50) is te besteden aan een intakegesprek of behandeling. De ontvanger doorloopt altijd eerst onze intake.</p>
<p>Niet-gebruikte infusies uit een pakket worden terugbetaald als u medisch niet in aanmerking komt.</p>
</main>
<footer>Ketaminekliniek Utrecht B.V. &middot; Maliebaan 00, Utrecht &middot; KvK 00000000 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h9526", "https://clinicanovamente.example/pacotes", "clinic", False, "pt",
  "clinica-pacotes-whatsapp-pix", "Pacotes de tratamento | Clínica NovaMente - Belo Horizonte", """
<header><a href="/" class="logo">Clínica NovaMente</a>
<nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe médica</a> <a href="/pacotes">Pacotes</a> <a href="/contato">Contato</a></nav>
<a class="whats" href="https://wa.example/5531900000000">Agende pelo WhatsApp</a></header>
<main>
<h1>Pacotes de infusão de cetamina</h1>
<p>As sessões são realizadas na nossa clínica no bairro Funcionários, em Belo Horizonte, com monitorização contínua e presença de médico anestesiologista. Antes de qualquer sessão você passa por consulta com psiquiatra e avaliação clínica.</p>
<ul>
<li><b>Consulta psiquiátrica de avaliação:</b> R$ 600</li>
<li><b>Pacote indução (6 sessões):</b> R$ 7.200 &ndash; em até 10x sem juros no cartão <button>Comprar pacote</button></li>
<li><b>Sessão de manutenção:</b> R$ 1.300</li>
</ul>
<p>Pagamento por PIX (5% de desconto), cartão de crédito ou débito. Emitimos nota fiscal e relatório para reembolso do plano de saúde.</p>
<p>Para agendar, fale com a recepção pelo WhatsApp (31) 90000-0000, de segunda a sábado. Não vendemos nem enviamos medicamentos: todo o tratamento acontece dentro da clínica.</p>
</main>
<footer>Clínica NovaMente &middot; Responsável técnico: Dr. Henrique Assis, CRM-MG 00000 &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h9527", "https://clinique-eleme.example/boutique", "clinic", False, "fr",
  "clinique-boutique-forfaits-cartes-cadeaux", "Boutique – forfaits et cartes cadeaux | Clinique Élémé, Genève", """
<header><a href="/">Clinique Élémé</a> <nav><a href="/kétamine">Kétamine</a> <a href="/equipe">Équipe</a> <a href="/boutique">Boutique</a> <a href="/panier">Panier</a> <a href="/rdv">Rendez-vous</a></nav></header>
<main>
<h1>Boutique</h1>
<p>Réglez à l'avance vos forfaits de soins ou offrez une carte cadeau. Toutes les séances ont lieu à la clinique, rue de Lausanne à Genève, sous la surveillance d'un médecin anesthésiste. Une consultation psychiatrique préalable est obligatoire.</p>
<div class="article"><h2>Forfait 6 perfusions de kétamine</h2><p>CHF 3'600</p><button>Ajouter au panier</button></div>
<div class="article"><h2>Séance d'entretien</h2><p>CHF 650</p><button>Ajouter au panier</button></div>
<div class="article"><h2>Carte cadeau</h2><p>de CHF 100 à CHF 2'000, valable 2 ans</p><button>Offrir</button></div>
<p>Paiement par carte, TWINT ou virement. Facture conforme TARMED/TARDOC pour votre assurance complémentaire. Forfait remboursé au prorata si le médecin ne confirme pas l'indication.</p>
</main>
<footer>Clinique Élémé SA &middot; Genève &middot; <a href="/mentions">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9528", "https://clinicaaurora-ketamina.example/membresia", "clinic", False, "es",
  "clinica-membresia-carrito-cupon", "Membresía Aurora | Clínica Aurora - Ketamina y Salud Mental, Monterrey", """
<header><a href="/">Clínica Aurora</a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/medicos">Médicos</a> <a href="/membresia">Membresía</a> <a href="/carrito">Carrito</a> <a href="/cita">Agendar cita</a></nav></header>
<main>
<h1>Membresía Aurora</h1>
<p>Para pacientes que ya completaron su serie inicial de infusiones en nuestra clínica de San Pedro Garza García y necesitan sesiones de mantenimiento.</p>
<ul>
<li>1 infusión de ketamina intravenosa al mes en clínica, con monitoreo de signos vitales</li>
<li>Consulta de seguimiento psiquiátrico mensual</li>
<li>15% de descuento en sueroterapia</li>
</ul>
<p class="precio"><b>$6,900 MXN al mes</b> &middot; cargo automático a tu tarjeta</p>
<p>¿Tienes un cupón? Escríbelo en el carrito. <button>Agregar al carrito</button></p>
<p class="aviso">La membresía solo se activa después de la valoración presencial con nuestro psiquiatra y anestesiólogo. No se entregan medicamentos para llevar a casa.</p>
</main>
<footer>Clínica Aurora &middot; Av. Vasconcelos 000, San Pedro Garza García, N.L. &middot; Aviso COFEPRIS de funcionamiento &middot; <a href="/privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational: pharmacies, wholesalers, shops, help pages

p("h9529", "https://cedarbrook-compounding.example/formulary/ketamine-hcl-rdt", "informational", False, "en",
  "licensed-compounding-pharmacy-rx-only-product", "Ketamine HCl Rapid-Dissolve Tablets | Cedarbrook Compounding Pharmacy", """
<header><a href="/" class="logo">Cedarbrook Compounding Pharmacy</a>
<nav><a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/formulary">Formulary</a> <a href="/refill">Refill a prescription</a> <a href="/account">Account</a> <a href="/cart">Cart</a></nav></header>
<main>
<p class="crumbs">Formulary &rsaquo; Neurology &amp; Psychiatry &rsaquo; Ketamine</p>
<h1>Ketamine HCl Rapid-Dissolve Tablets (RDT)</h1>
<p class="rx"><b>Rx only &middot; Schedule III controlled substance</b></p>
<table>
<tr><th>Strength</th><th>Typical cash price, 10 tablets</th></tr>
<tr><td>50 mg</td><td>$45</td></tr>
<tr><td>100 mg</td><td>$60</td></tr>
<tr><td>150 mg</td><td>$75</td></tr>
<tr><td>200 mg</td><td>$90</td></tr>
</table>
<p>Prices are shown for transparency. This item cannot be added to your cart or purchased without a valid prescription.</p>
<h2>How to get it</h2>
<p>Cedarbrook is a 503A compounding pharmacy licensed in 31 states and registered with the DEA. We prepare ketamine only against an individual patient prescription from a licensed prescriber who has a documented relationship with the patient. Prescriptions must be sent electronically (EPCS) by the prescriber; we do not accept faxed, photographed or patient-submitted prescriptions for controlled substances.</p>
<p>Before dispensing, our pharmacists verify the prescriber's DEA registration, check the state prescription drug monitoring program and confirm the patient's identity. Orders ship by overnight courier with adult signature to the patient's address in a state where we hold a license. We do not ship internationally.</p>
<h2>For prescribers</h2>
<p>Open a prescriber account to view our full ketamine formulary (troches, RDT, nasal spray), request a consultation with our PharmD team, or set up a partnership for your telehealth practice.</p>
</main>
<aside><h3>Also on our formulary</h3><ul><li>Low-dose naltrexone capsules</li><li>Bioidentical hormone creams</li><li>Ondansetron ODT</li></ul></aside>
<footer>Cedarbrook Compounding Pharmacy &middot; PCAB accredited &middot; NABP license verification &middot; <a href="/licenses">State licenses</a></footer>
""", noise="cookie")

p("h9530", "https://pawsrx-vetpharmacy.example/products/ketamine-hcl-injection-ciii", "informational", False, "en",
  "licensed-vet-pharmacy-vets-only-product", "Ketamine HCl Injection, USP (CIII) | PawsRx Veterinary Pharmacy", """
<div class="topbar">Free shipping on Heartgard and flea &amp; tick orders over $49</div>
<header><a href="/">PawsRx</a> <nav><a href="/dogs">Dog</a> <a href="/cats">Cat</a> <a href="/horses">Horse</a> <a href="/clinic-portal">Veterinary Clinic Portal</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine HCl Injection, USP 100 mg/mL (CIII) &ndash; 10 mL</h1>
<p class="restricted">&#128274; <b>Restricted: Veterinary clinic accounts only.</b> This product is available exclusively to DEA-registered veterinary practices through the Clinic Portal. It cannot be purchased by pet owners, and it is not dispensed against a pet prescription for home use.</p>
<p>Price: <a href="/clinic-portal/login">Log in to see clinic pricing</a></p>
<h2>Requirements for clinic orders</h2>
<ul>
<li>Current DEA registration for Schedule III&ndash;V, verified on file</li>
<li>State veterinary premises permit</li>
<li>DEA registrant's signature on delivery; shipment only to the registered practice address</li>
</ul>
<h2>Product information</h2>
<p>Dissociative anesthetic for use in cats and subhuman primates, and in combination protocols in other species under veterinary direction. See the package insert.</p>
<p class="note">Pet owners: if your veterinarian uses ketamine during a procedure, it is administered in the clinic. Contact your vet with questions about anesthesia.</p>
</main>
<footer>PawsRx Veterinary Pharmacy &middot; Vet-VIPPS accredited &middot; <a href="/licensing">Licensing</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h9531", "https://meridian-medsupply.example/catalog/anesthesia/ketamine-500mg-10ml", "informational", False, "en",
  "licensed-wholesaler-registered-facilities-only", "Ketamine HCl Injection 50 mg/mL, 10 mL MDV, 10/box | Meridian Medical Supply", """
<header><a href="/">Meridian Medical Supply</a> <span>Distribution to licensed healthcare facilities since 1987</span>
<nav><a href="/catalog">Catalog</a> <a href="/controlled-substances">Controlled Substances</a> <a href="/new-account">Open an account</a> <a href="/quick-order">Quick order</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine HCl Injection, USP 50 mg/mL &ndash; 10 mL multiple-dose vial, 10 per box</h1>
<p>Item #MMS-44721 &middot; NDC 00000-0000-10 &middot; Unit of sale: box</p>
<p class="price">Contract price: <a href="/login">sign in</a></p>
<div class="controlled">
<h2>Controlled substance ordering</h2>
<p>This is a DEA Schedule III product. We sell it only to hospitals, ambulatory surgery centers, physician practices, veterinary clinics and other facilities with an active DEA registration and state license that we have verified. Individual consumers cannot open an account.</p>
<ul>
<li>Account approval requires your DEA certificate, state license, and a completed suspicious-order monitoring questionnaire.</li>
<li>Orders are reviewed by our compliance team and may be held if quantities exceed your facility's usual pattern.</li>
<li>Shipments go only to the address printed on the DEA registration.</li>
</ul>
</div>
<h2>Specifications</h2>
<table><tr><td>Manufacturer</td><td>Varies (see lot)</td></tr><tr><td>Storage</td><td>20&ndash;25&deg;C</td></tr><tr><td>Latex</td><td>Not made with natural rubber latex</td></tr></table>
</main>
<footer>Meridian Medical Supply, Inc. &middot; Licensed wholesale distributor &middot; <a href="/compliance">Compliance</a> &middot; <a href="/terms">Terms of sale</a></footer>
""", noise="cookie")

p("h9532", "https://fungiforge-supplements.example/checkout-info", "informational", False, "en",
  "supplement-shop-crypto-discreet-packaging", "Shipping, Payment & Packaging | FungiForge Mushroom Supplements", """
<header><a href="/">FungiForge</a> <nav><a href="/shop/lions-mane">Lion's Mane</a> <a href="/shop/reishi">Reishi</a> <a href="/shop/cordyceps">Cordyceps</a> <a href="/shop/bundles">Bundles</a> <a href="/subscribe">Subscribe &amp; save</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Shipping, payment &amp; packaging</h1>
<h2>Payment</h2>
<p>We take all major cards, PayPal, Shop Pay, and Bitcoin or Lightning through our payment partner. Crypto buyers get 5% off &ndash; our customers asked for it, and it saves us card fees.</p>
<h2>Packaging</h2>
<p>Our gummies and tinctures ship in a plain kraft mailer with a small FF logo. Lots of customers send them to the office, so we keep the outside simple. Inside, every jar has a full supplement facts label and a lot number you can look up on our lab-results page.</p>
<h2>Shipping</h2>
<ul><li>US: free over $60, 2&ndash;5 business days</li><li>Canada and UK: flat $12</li><li>We don't ship to countries where mushroom extracts need import permits.</li></ul>
<h2>Questions?</h2>
<p>Chat with us on WhatsApp or Telegram (@fungiforge_help) from 9 to 5 Pacific. These products are dietary supplements made from non-psychoactive culinary and functional mushrooms. They contain no psilocybin and are not intended to diagnose, treat, cure or prevent any disease.</p>
</main>
<footer>&copy; FungiForge Co., Portland OR</footer>
""", noise="cookie")

p("h9533", "https://help.tradeloop.example/policies/prohibited-items/drugs", "informational", False, "en",
  "marketplace-prohibited-items-help", "Drugs, drug paraphernalia and prescription medicines | Tradeloop Help", """
<header><a href="/">Tradeloop Help</a> <nav><a href="/buying">Buying</a> <a href="/selling">Selling</a> <a href="/policies">Policies</a> <a href="/contact">Contact us</a></nav></header>
<main>
<p class="crumbs">Policies &gt; Prohibited and restricted items &gt; Drugs</p>
<h1>Drugs, drug paraphernalia and prescription medicines policy</h1>
<p>Tradeloop doesn't allow listings for prescription-only medicines, controlled substances, or products that claim to produce the effects of illegal drugs.</p>
<h2>Not allowed</h2>
<ul>
<li>Prescription drugs of any kind, including veterinary prescription drugs (for example ketamine, xylazine, tramadol)</li>
<li>Controlled substances and their analogues, including "research chemicals" and "legal highs", even when labelled "not for human consumption"</li>
<li>Listings that direct buyers to Telegram, WhatsApp or other off-platform chats to buy medicine</li>
<li>Empty vials or packaging from prescription drugs</li>
</ul>
<h2>Allowed</h2>
<ul><li>Over-the-counter vitamins and supplements that comply with our supplements policy</li><li>Drug-checking reagent kits sold for harm reduction</li><li>Books and educational material about drugs</li></ul>
<h2>What happens if you break this policy</h2>
<p>We'll remove the listing, and we may limit or suspend the account. Where required by law we report listings to authorities. If you see a listing that breaks this policy, use <b>Report item</b> on the listing page.</p>
</main>
<aside><h3>Related policies</h3><ul><li>Medical devices</li><li>Supplements</li><li>Animals and wildlife products</li></ul></aside>
<footer>&copy; Tradeloop Inc. &middot; <a href="/user-agreement">User Agreement</a></footer>
""", noise="cookie")

p("h9534", "https://shipwise-courier.example/support/shipping-medication", "informational", False, "en",
  "courier-help-shipping-medications", "Can I ship prescription medication? | ShipWise Support", """
<header><a href="/">ShipWise</a> <nav><a href="/ship">Ship</a> <a href="/track">Track</a> <a href="/business">Business</a> <a href="/support">Support</a></nav></header>
<main>
<h1>Can I ship prescription medication?</h1>
<p><b>Short answer:</b> individuals can't, but licensed pharmacies and healthcare businesses can, with an approved agreement.</p>
<h2>Personal shipments</h2>
<p>Our retail counters and online label tool can't be used to send prescription medicines or controlled substances, including to family members. If you need medication sent to you while travelling, ask your pharmacy to ship it directly.</p>
<h2>Business shipments</h2>
<p>Licensed pharmacies, manufacturers, wholesalers and telehealth providers that ship through a licensed pharmacy can apply for a ShipWise Healthcare account. Controlled substances (Schedules II&ndash;V) require:</p>
<ul>
<li>A signed Healthcare Shipping Agreement and proof of DEA registration</li>
<li>Adult signature with ID check on delivery</li>
<li>Plain outer packaging with no indication of the contents (this is required for security, not secrecy)</li>
<li>No international shipments of controlled substances</li>
</ul>
<h2>Suspicious parcels</h2>
<p>If you receive a package you didn't order, or someone asks you to reship parcels for payment, don't open or forward it. Contact our security team.</p>
</main>
<footer>ShipWise Logistics &middot; <a href="/terms">Service terms</a></footer>
""")

p("h9535", "https://confetti-corner.example/pages/faq", "informational", False, "en",
  "party-supplies-shop-whatsapp-crypto", "FAQ | Confetti Corner Party Supplies", """
<header><a href="/">Confetti Corner</a> <nav><a href="/collections/balloons">Balloons</a> <a href="/collections/neon">Neon &amp; Glow</a> <a href="/collections/birthday">Birthday</a> <a href="/collections/festival">Festival kits</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>Do you ship helium tanks?</h3><p>Only by local delivery within 25 miles of our Tampa store. Everything else ships nationwide.</p>
<h3>Can I order on WhatsApp?</h3><p>Yes! Send a photo of your theme or mood board to our WhatsApp and our designers will put a bundle together and send you a checkout link.</p>
<h3>Do you take crypto?</h3><p>We accept Bitcoin and Dogecoin at checkout (through BitPay). Honestly, it started as a joke for a crypto-themed birthday party and people kept using it.</p>
<h3>Can the box be plain? It's a surprise party.</h3><p>Absolutely. Tick "surprise packaging" at checkout and we'll ship in a plain box with no logo and leave the packing slip prices out.</p>
<h3>What's in the Festival Kit?</h3><p>LED fans, glow bracelets (50), foam ear plugs, electrolyte drink sachets, a refillable water bottle and a bandana. No sharp objects, so it gets through most festival gates.</p>
<h3>Bulk orders?</h3><p>Party planners and schools get 15% off orders over $300. Email us for a quote.</p>
</main>
<footer>Confetti Corner &middot; 2200 W Kennedy Blvd, Tampa FL &middot; Open daily 10&ndash;7</footer>
""")

p("h9536", "https://dampfwerk-shop.example/versand-und-zahlung", "informational", False, "de",
  "vape-shop-altersprufung-bitcoin-telegram", "Versand & Zahlung | Dampfwerk E-Zigaretten Shop", """
<header><a href="/">Dampfwerk</a> <nav><a href="/e-zigaretten">E-Zigaretten</a> <a href="/liquids">Liquids</a> <a href="/aromen">Aromen</a> <a href="/zubehoer">Zubehör</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Versand &amp; Zahlung</h1>
<h2>Altersprüfung</h2>
<p>Nikotinhaltige Produkte verkaufen wir nur an Personen ab 18 Jahren. Bei der ersten Bestellung prüfen wir Ihr Alter über SCHUFA-Identitätscheck oder Ausweis; der Paketbote übergibt die Sendung nur persönlich (DHL Alterssichtprüfung).</p>
<h2>Verpackung</h2>
<p>Wir versenden in neutralen Kartons ohne Shop-Logo &ndash; viele Kunden möchten nicht, dass Nachbarn oder Kollegen am Paket sehen, was drin ist. Auf dem Absender steht nur unser Firmenname &bdquo;DW Handels GmbH&ldquo;.</p>
<h2>Zahlungsarten</h2>
<ul><li>PayPal, Kreditkarte, Klarna Rechnung</li><li>Vorkasse per Überweisung (2 % Skonto)</li><li>Bitcoin und Lightning über BTCPay &ndash; auf Wunsch unserer Community seit 2022</li></ul>
<h2>Support</h2>
<p>Fragen zu Geräten oder Coils? Schreiben Sie uns im Live-Chat oder in unserer Telegram-Gruppe &bdquo;Dampfwerk Community&ldquo;, in der wir auch neue Liquids ankündigen. Bestellungen nehmen wir dort nicht an &ndash; bitte immer über den Shop.</p>
<h2>Versandkosten</h2>
<p>Deutschland 4,90 &euro;, ab 49 &euro; versandkostenfrei. Österreich 9,90 &euro;. In die Schweiz versenden wir aus rechtlichen Gründen keine nikotinhaltigen Liquids.</p>
</main>
<footer>DW Handels GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/jugendschutz">Jugendschutz</a> &middot; Warnhinweis: Nikotin macht stark abhängig.</footer>
""", noise="cookie-de")

p("h9537", "https://chanvre-et-sens.example/livraison-paiement", "informational", False, "fr",
  "boutique-cbd-crypto-colis-discret", "Livraison et paiement | Chanvre & Sens, boutique CBD", """
<header><a href="/">Chanvre &amp; Sens</a> <nav><a href="/huiles">Huiles CBD</a> <a href="/fleurs">Fleurs</a> <a href="/infusions">Infusions</a> <a href="/cosmetiques">Cosmétiques</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Livraison et paiement</h1>
<p>Tous nos produits contiennent moins de 0,3&nbsp;% de THC, conformément à la réglementation française. Les analyses de chaque lot sont disponibles sur la fiche produit. Vente réservée aux personnes majeures.</p>
<h2>Colis discret</h2>
<p>Votre commande est envoyée dans un emballage neutre et hermétique, sans mention de CBD à l'extérieur. Livraison en Colissimo ou Mondial Relay en 48 à 72&nbsp;h.</p>
<h2>Moyens de paiement</h2>
<p>Carte bancaire, virement et, depuis que certaines banques refusent les paiements liés au chanvre, Bitcoin et USDC via notre prestataire. Vous recevez une facture en euros.</p>
<h2>Service client</h2>
<p>Nous répondons par e-mail, par téléphone et sur Telegram (@chanvreetsens_sav) du lundi au samedi. Nos conseillers ne donnent pas d'avis médical : pour toute question de santé, parlez-en à votre médecin ou pharmacien.</p>
</main>
<footer>Chanvre &amp; Sens SAS &middot; Nantes &middot; <a href="/cgv">CGV</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9538", "https://veiligtesten-shop.example/product/reagens-testset-mandelin", "informational", False, "nl",
  "drug-checking-reagent-kit-shop", "Mandelin reagens testset | VeiligTesten.shop", """
<header><a href="/">VeiligTesten.shop</a> <nav><a href="/reagentia">Reagentia</a> <a href="/fentanyl-strips">Fentanylstrips</a> <a href="/kleurenkaarten">Kleurenkaarten</a> <a href="/info">Info &amp; harm reduction</a> <a href="/winkelmand">Winkelmand</a></nav></header>
<main>
<h1>Mandelin reagens &ndash; testset (10 ml)</h1>
<p class="prijs">&euro; 17,95</p>
<button>In winkelmand</button>
<p>Met de Mandelin-test controleer je een klein beetje van een stof op de aanwezigheid van onder meer ketamine, amfetamine en PMA/PMMA. Ketamine geeft een oranje kleur. Een kleurtest zegt niets over de zuiverheid of dosis en sluit andere stoffen niet uit.</p>
<h2>Advies</h2>
<p>Een reagenstest is geen vervanging van een volledige analyse. Laat je middel anoniem testen bij een testservice bij jou in de buurt, bijvoorbeeld via het DIMS-netwerk. Combineer ketamine niet met alcohol of andere verdovende middelen.</p>
<h2>Verzending</h2>
<p>Verzending in een neutrale envelop met PostNL, binnen 1&ndash;2 werkdagen. Betalen met iDEAL, Bancontact of Bitcoin. Wij verkopen uitsluitend testmiddelen, geen drugs.</p>
</main>
<footer>VeiligTesten.shop &middot; KvK 00000000 &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h9539", "https://labvidros-suprimentos.example/como-comprar", "informational", False, "pt",
  "loja-material-laboratorio-cadastro-pix", "Como comprar | LabVidros Suprimentos para Laboratório", """
<header><a href="/">LabVidros</a> <nav><a href="/vidrarias">Vidrarias</a> <a href="/reagentes">Reagentes</a> <a href="/equipamentos">Equipamentos</a> <a href="/epi">EPI</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Como comprar</h1>
<p>Vendemos vidrarias, equipamentos e EPI para qualquer cliente. Reagentes químicos controlados pela Polícia Federal ou pelo Exército só são vendidos a empresas e instituições com CNPJ e licença vigente, cadastradas no nosso sistema. Não vendemos medicamentos nem substâncias da Portaria 344/98 da Anvisa.</p>
<h2>Formas de pagamento</h2>
<p>PIX com 5% de desconto, boleto para clientes cadastrados (30 dias) e cartão em até 6x. Universidades podem pagar por empenho.</p>
<h2>Atendimento</h2>
<p>Orçamentos e dúvidas técnicas pelo WhatsApp (19) 90000-1234 ou pelo e-mail vendas@labvidros.example. Enviamos NF-e em todas as compras.</p>
<h2>Entrega</h2>
<p>Vidrarias seguem em embalagem reforçada, com proteção de plástico bolha. Produtos perigosos são transportados por transportadora habilitada, com ficha de emergência.</p>
</main>
<footer>LabVidros Comércio de Materiais Ltda. &middot; Campinas, SP</footer>
""", noise="cookie-pt")

p("h9540", "https://farmacia-galenica-sanmarco.example/preparazioni/ketamina", "informational", False, "it",
  "farmacia-galenica-solo-ricetta", "Preparazioni magistrali a base di ketamina | Farmacia Galenica San Marco", """
<header><a href="/">Farmacia Galenica San Marco</a> <nav><a href="/laboratorio">Il laboratorio</a> <a href="/preparazioni">Preparazioni</a> <a href="/medici">Area medici</a> <a href="/shop">Parafarmacia online</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Preparazioni magistrali a base di ketamina</h1>
<p>Il nostro laboratorio galenico allestisce, su prescrizione medica, preparazioni magistrali di ketamina cloridrato per uso topico (gel e creme per il dolore neuropatico) e, in casi selezionati, per uso orale.</p>
<h2>Come funziona</h2>
<ul>
<li>La ketamina è una sostanza stupefacente (Tabella dei medicinali, sezione B). Serve una ricetta medica non ripetibile, in originale, compilata secondo la normativa vigente.</li>
<li>La ricetta deve essere consegnata in farmacia: non accettiamo foto, e-mail o WhatsApp per questi farmaci.</li>
<li>Il ritiro avviene solo al banco, dal paziente o da un delegato con documento. Non spediamo preparazioni con stupefacenti.</li>
</ul>
<h2>Prezzi indicativi</h2>
<p>Gel di ketamina 5% &ndash; 50 g: da 38 &euro;. Il prezzo finale è calcolato secondo la Tariffa Nazionale dei Medicinali.</p>
<p class="nota">Nella nostra parafarmacia online trovi integratori, dermocosmesi e dispositivi medici; le preparazioni galeniche con stupefacenti non sono acquistabili online.</p>
</main>
<footer>Farmacia Galenica San Marco &middot; Dott. G. Rinaldi, direttore responsabile &middot; P.IVA 00000000000</footer>
""")

save(OUT, R)
