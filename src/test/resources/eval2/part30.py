# Held-out evaluation part 30, written 2026-12-07 by an independent author who had not read the
# scorer's rules, vocabulary, extractor, the eval sets or any measurement.
# Committed before any scorer run; never tune on it.
# Mix: 14 seller, 9 telehealth, 8 clinic, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Angle: a crawler that follows links through whole sites, so most pages are inner pages with little
# drug text of their own. Shapes: seller about-us page whose only evidence is the menu and a
# best-seller sidebar, stealth shipping policy, crypto/gift-card payment page, order-tracking page
# that is mostly navigation, research-chemical category listing, contact snippet (txt), blog post
# padded with encyclopaedic text and a shop footer, near-empty product page judged by URL and title,
# Spanish contact page, German Versand & Zahlung, French CGV (terms), Dutch product page, Portuguese
# "quem somos", Italian FAQ; telehealth how-it-works, membership checkout, clinician team page,
# shipping/pharmacy FAQ, help-centre article about prescription status (navigation-heavy),
# search snippet (txt), Spanish, Portuguese and French provider pages; clinic contact & directions
# (thin), infusion price list with gift cards, KAP team page, clinic blog, insurance and payment page,
# German, Dutch and Italian clinic pages; news report quoting vendor prices, harm-reduction drug page,
# law-firm practice page, clinic directory state listing (navigation), forum reply (txt), Spanish
# medicines-agency alert, German court report, French harm-reduction "fiche produit", Italian
# seizure report (txt).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part30")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- shared site chrome

FROST_NAV = '''<header class="site-header"><div class="logo"><a href="/">FROSTLINE</a></div>
<nav class="main-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/shop/">Shop</a>
<ul class="sub-menu"><li><a href="/product-category/dissociatives/">Dissociatives</a></li><li><a href="/product-category/psychedelics/">Psychedelics</a></li>
<li><a href="/product-category/benzodiazepines/">Benzodiazepines</a></li><li><a href="/product-category/pain-relief/">Pain relief</a></li><li><a href="/product-category/stimulants/">Stimulants</a></li></ul></li>
<li><a href="/about-us/">About us</a></li><li><a href="/shipping-policy/">Shipping</a></li><li><a href="/payment/">Payment</a></li>
<li><a href="/track-order/">Track order</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="header-icons"><a href="/my-account/">My account</a> <a href="/cart/" class="cart">Cart (0) $0.00</a></div></header>'''

FROST_FOOT = '''<footer class="site-footer"><div class="cols">
<div><h4>Shop</h4><ul><li><a href="/product-category/dissociatives/">Dissociatives</a></li><li><a href="/product-category/psychedelics/">Psychedelics</a></li><li><a href="/product-category/benzodiazepines/">Benzodiazepines</a></li><li><a href="/product-category/pain-relief/">Pain relief</a></li></ul></div>
<div><h4>Help</h4><ul><li><a href="/faq/">FAQ</a></li><li><a href="/shipping-policy/">Shipping policy</a></li><li><a href="/refund-policy/">Reship &amp; refund</a></li><li><a href="/track-order/">Track your order</a></li></ul></div>
<div><h4>We accept</h4><p>Bitcoin &middot; Ethereum &middot; USDT &middot; Monero</p></div></div>
<p class="copy">&copy; 2026 Frostline. All rights reserved.</p></footer>'''

# ---------------------------------------------------------------- sellers (14)

p("e3001", "https://www.frostline-pharma.example/about-us/", "seller", True, "en", "about-page-menu-only",
  "About Us - Frostline", FROST_NAV + '''
<main class="page"><div class="breadcrumb"><a href="/">Home</a> / About us</div>
<h1>About Us</h1>
<p>Frostline started in 2016 as a small team of chemists and logistics people who were tired of
middlemen, fake products and vendors who vanish after taking your money. Today we serve thousands of
returning customers in North America, Europe and Australia.</p>
<h3>Why people choose us</h3>
<ul><li>Lab-tested batches, pure and uncut</li>
<li>No prescription, no questions, no paperwork</li>
<li>Vacuum-sealed, odour-proof stealth packaging</li>
<li>Free reship if your parcel does not arrive</li>
<li>Friendly support 7 days a week</li></ul>
<p>We believe adults have the right to decide what goes into their own bodies. Our job is to make sure
what you receive is exactly what you ordered.</p>
<blockquote>"Third order now, always arrived in 6 days to Ohio. The shards are top quality." &mdash; Mike R.</blockquote>
</main>
<aside class="widget best-sellers"><h3>Best sellers</h3><ul>
<li><a href="/product/ketamine-hcl-crystal-shards-5g/">Ketamine HCl crystal (shards)</a> <span class="price">$45.00 &ndash; $650.00</span></li>
<li><a href="/product/xanax-2mg-bars/">Xanax 2mg bars</a> <span class="price">$120.00 &ndash; $900.00</span></li>
<li><a href="/product/lsd-200ug-blotter/">LSD 200ug blotter</a> <span class="price">$90.00 &ndash; $400.00</span></li>
<li><a href="/product/oxycodone-30mg/">Oxycodone 30mg</a> <span class="price">$180.00 &ndash; $1,200.00</span></li>
</ul></aside>
''' + FROST_FOOT, noise="cookie")

p("e3002", "https://www.frostline-pharma.example/shipping-policy/", "seller", True, "en", "stealth-shipping-policy",
  "Shipping Policy - Frostline", FROST_NAV + '''
<main class="page"><h1>Shipping Policy</h1>
<p>All orders are processed within 24 hours after your payment has 2 confirmations on the blockchain.
Orders paid before 2 pm EST usually leave the same day.</p>
<h3>Packaging</h3>
<p>Every order is triple vacuum sealed, placed in a mylar bag and hidden inside an ordinary item
(a book, a DVD case or a cosmetics box depending on size). The outer envelope carries a business return
address and never mentions our name. Parcels pass sniffer dogs and X-ray without problem.</p>
<h3>Delivery times</h3>
<table class="shipping-table"><tr><th>Destination</th><th>Method</th><th>Time</th><th>Cost</th></tr>
<tr><td>USA (domestic)</td><td>USPS Priority</td><td>2&ndash;4 business days</td><td>$25</td></tr>
<tr><td>USA (domestic)</td><td>Express overnight</td><td>1 business day</td><td>$45</td></tr>
<tr><td>Canada</td><td>Tracked</td><td>5&ndash;9 business days</td><td>$35</td></tr>
<tr><td>UK &amp; EU</td><td>Tracked (EU warehouse)</td><td>3&ndash;7 business days</td><td>$35</td></tr>
<tr><td>Australia / NZ</td><td>Tracked</td><td>10&ndash;18 business days</td><td>$50</td></tr></table>
<h3>Reship guarantee</h3>
<p>If your package is seized by customs or lost in the mail we reship 100% free of charge for first
orders and 50% for repeat orders. You must wait the maximum delivery time + 7 days before opening a
claim. Do not sign for a parcel if it looks opened and do not contact the carrier about it.</p>
<h3>Tips</h3>
<ul><li>Use your real name or a name that receives mail at your address.</li>
<li>Avoid P.O. boxes for orders over 10 g.</li>
<li>Tracking numbers are sent encrypted to your account inbox only.</li></ul>
</main>''' + FROST_FOOT)

KSUSA_NAV = '''<div class="topbar">Free express shipping on orders over $300 &bull; 24/7 support on Telegram &bull; 100% delivery guarantee</div>
<header><a class="brand" href="/">Ketamine Shop USA</a>
<nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/product-category/ketamine-powder/">Ketamine Powder</a>
<a href="/product-category/liquid-ketamine/">Liquid Ketamine</a> <a href="/product-category/esketamine/">Esketamine Nasal Spray</a>
<a href="/product-category/psychedelics/">Psychedelics</a> <a href="/payment-methods/">Payment</a> <a href="/track-your-order/">Track Order</a> <a href="/contact-us/">Contact</a></nav>
<form class="search"><input type="search" placeholder="Search products&hellip;"></form><a href="/cart/">Cart 0</a></header>'''

KSUSA_FOOT = '''<footer><div class="widgets">
<div><h5>Categories</h5><a href="/product-category/ketamine-powder/">Ketamine Powder</a><br><a href="/product-category/liquid-ketamine/">Liquid Ketamine (vials)</a><br>
<a href="/product-category/esketamine/">Esketamine Nasal Spray</a><br><a href="/product-category/dmt/">DMT</a><br><a href="/product-category/mdma/">MDMA</a><br><a href="/product-category/mushrooms/">Magic Mushrooms</a></div>
<div><h5>Information</h5><a href="/about-us/">About us</a><br><a href="/faq/">FAQ</a><br><a href="/shipping/">Shipping</a><br><a href="/refund-policy/">Refund policy</a><br><a href="/privacy-policy/">Privacy policy</a></div>
<div><h5>Newsletter</h5><form><input placeholder="Your email"><button>Subscribe</button></form></div></div>
<p>Copyright &copy; 2026 Ketamine Shop USA | Powered by WooCommerce</p></footer>'''

p("e3003", "https://ketamineshopusa.example/payment-methods/", "seller", True, "en", "crypto-giftcard-payment",
  "Payment Methods | Ketamine Shop USA", KSUSA_NAV + '''
<main><h1>Payment Methods</h1>
<p>To protect the privacy of our customers and ourselves we do not accept credit cards or PayPal. Please
choose one of the options below at checkout. Your order is shipped as soon as payment is confirmed.</p>
<h2>1. Cryptocurrency (recommended &ndash; 10% discount)</h2>
<p>We accept Bitcoin (BTC), Ethereum (ETH), USDT (TRC20) and Monero (XMR). After you place your order you
will see the wallet address and the exact amount. Payments are confirmed automatically.</p>
<p><strong>New to Bitcoin?</strong> Buy it in minutes on Cash App, Coinbase or at a Bitcoin ATM, then send it to
the address on your order page. Do not write anything in the memo field.</p>
<h2>2. Zelle / Cash App / Venmo</h2>
<p>Available for US customers on orders over $150. Contact support on Telegram before paying to receive
the current payment tag. Never mention product names in the payment note &ndash; use "gift" or "dinner".</p>
<h2>3. Gift cards</h2>
<p>Apple, Steam and Amazon gift cards accepted with a 15% fee. Send a clear photo of the card and receipt
to our Telegram or email.</p>
<h2>4. Western Union / MoneyGram</h2>
<p>For international customers. Receiver details are given by support only.</p>
<div class="notice">Orders unpaid after 12 hours are cancelled automatically.</div>
</main>''' + KSUSA_FOOT, noise="cookie")

p("e3004", "https://ketamineshopusa.example/track-your-order/", "seller", True, "en", "order-tracking-nav",
  "Track Your Order | Ketamine Shop USA", KSUSA_NAV + '''
<main><h1>Track Your Order</h1>
<p>To track your order please enter your Order ID in the box below and press the "Track" button. This was
given to you on your receipt and in the confirmation email you should have received.</p>
<form class="track_order"><label>Order ID</label><input placeholder="Found in your order confirmation email.">
<label>Billing email</label><input placeholder="Email you used during checkout."><button>Track</button></form>
</main>''' + KSUSA_FOOT)

p("e3005", "https://www.dissoshop.example/product-category/dissociatives/", "seller", True, "en", "rc-category-listing",
  "Dissociatives Archives - DissoShop Research Chemicals", '''
<header><a href="/" class="logo">DissoShop</a><nav><a href="/">Home</a> <a href="/shop/">All products</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/cathinones/">Cathinones</a> <a href="/product-category/tryptamines/">Tryptamines</a> <a href="/product-category/benzos/">Designer benzos</a> <a href="/coa/">Lab results</a> <a href="/faq/">FAQ</a> <a href="/cart/">Cart</a></nav></header>
<div class="disclaimer">All products are sold for laboratory research purposes only. Not for human consumption. By ordering you confirm you are 21+ and a qualified researcher.</div>
<main class="archive"><nav class="woocommerce-breadcrumb"><a href="/">Home</a> / Dissociatives</nav>
<h1 class="page-title">Dissociatives</h1>
<p class="woocommerce-result-count">Showing 1&ndash;9 of 14 results</p>
<select class="orderby"><option>Default sorting</option><option>Sort by popularity</option><option>Sort by price: low to high</option></select>
<ul class="products">
<li class="product"><a href="/product/ketamine-hcl-s-isomer/"><h2>Ketamine HCl (S-isomer)</h2></a><span class="price">&euro;45.00 &ndash; &euro;690.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/ketamine-racemic-needles/"><h2>Ketamine (racemic) needles</h2></a><span class="price">&euro;40.00 &ndash; &euro;600.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/2f-dck/"><h2>2F-DCK</h2></a><span class="price">&euro;35.00 &ndash; &euro;420.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/3-meo-pcp/"><h2>3-MeO-PCP</h2></a><span class="price">&euro;30.00 &ndash; &euro;380.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/o-pce/"><h2>O-PCE</h2></a><span class="price">&euro;38.00 &ndash; &euro;450.00</span><span class="onsale">Sale!</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/dck/"><h2>Deschloroketamine (DCK)</h2></a><span class="price">&euro;35.00 &ndash; &euro;400.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/mxe/"><h2>Methoxetamine (MXE)</h2></a><span class="price">Out of stock</span><a class="button">Read more</a></li>
<li class="product"><a href="/product/dxm-powder/"><h2>DXM powder</h2></a><span class="price">&euro;20.00 &ndash; &euro;150.00</span><a class="button">Select options</a></li>
<li class="product"><a href="/product/fxe/"><h2>Fluorexetamine (FXE)</h2></a><span class="price">&euro;38.00 &ndash; &euro;450.00</span><a class="button">Select options</a></li>
</ul>
<nav class="woocommerce-pagination"><span>1</span> <a href="page/2/">2</a> <a href="page/2/">&rarr;</a></nav></main>
<aside><h3>Filter by weight</h3><ul><li>1 g</li><li>5 g</li><li>10 g</li><li>25 g</li><li>100 g</li></ul></aside>
<footer><p>Worldwide tracked shipping from the EU &middot; BTC / XMR / SEPA &middot; &copy; DissoShop</p></footer>''')

p("e3006", "https://kstore-plug.example/contact", "seller", True, "en", "contact-snippet",
  "", '''Contact Us - K Store. Order ketamine crystal, liquid ketamine vials and Spravato spray with no prescription. Text or WhatsApp +1 (415) 555-0187 or Telegram @kstore_plug, we reply within 1 hour, overnight shipping in all 50 states.''', ext="txt")

p("e3007", "https://www.greenvalleymeds.example/blog/what-is-ketamine-uses-effects-and-history/", "seller", True, "en", "padded-blog-shop-footer",
  "What Is Ketamine? Uses, Effects and History - Green Valley Meds Blog", '''
<header><a href="/" class="logo">Green Valley Meds</a><nav><a href="/">Home</a> <a href="/shop/">Shop</a> <a href="/blog/">Blog</a> <a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/cart/">&#128722; 0</a></nav></header>
<article class="post"><h1>What Is Ketamine? Uses, Effects and History</h1>
<p class="meta">Posted by admin &middot; March 14, 2026 &middot; Health, Mental health</p>
<p>Ketamine is a dissociative anaesthetic that was first synthesised in 1962 by the chemist Calvin Stevens
at Parke-Davis. It was developed as a safer alternative to phencyclidine (PCP), which caused long-lasting
hallucinations and agitation. Ketamine was approved for medical use in the United States in 1970 and was
widely used on the battlefield during the Vietnam War because it does not suppress breathing the way
other anaesthetics do.</p>
<h2>How does ketamine work?</h2>
<p>Ketamine blocks the NMDA receptor, a receptor for the neurotransmitter glutamate. At anaesthetic doses
this produces a state known as dissociative anaesthesia, in which the patient feels detached from the body
and the surroundings. At lower doses it has strong pain-relieving effects. Researchers believe that the
glutamate surge which follows the NMDA blockade encourages the growth of new connections between nerve
cells, which may explain its rapid antidepressant effect.</p>
<h2>Medical uses</h2>
<ul><li>Induction and maintenance of anaesthesia, especially in emergency medicine and in children</li>
<li>Pain management after surgery and in some chronic pain syndromes</li>
<li>Treatment-resistant depression (as IV infusion or as the nasal spray esketamine)</li>
<li>Veterinary anaesthesia</li></ul>
<h2>Effects</h2>
<p>Depending on the dose, people describe a feeling of floating, changes in perception of time and space,
visual distortions and a dream-like state. High doses may lead to what is popularly called the "K-hole",
a state of intense dissociation. The effects of a typical dose last around 45 to 90 minutes.</p>
<h2>Side effects and risks</h2>
<p>Common short-term side effects include nausea, dizziness, raised blood pressure and confusion.
Long-term frequent use has been associated with bladder problems (ketamine cystitis), memory problems and
dependence. Ketamine should never be combined with alcohol, opioids or benzodiazepines.</p>
<h2>Is ketamine legal?</h2>
<p>In most countries ketamine is a controlled substance. In the US it is a Schedule III drug; in the UK it
is Class B. Laws change frequently, so always check local regulations.</p>
<h2>Conclusion</h2>
<p>Ketamine has gone from a battlefield anaesthetic to one of the most discussed drugs in modern
psychiatry. Whether used for pain, anaesthesia or depression, quality and correct dosing matter.</p>
<div class="cta-box"><p>Looking for pharmaceutical-grade ketamine? Browse our <a href="/product-category/ketamine/">ketamine
collection</a> &ndash; vials, powder and nasal spray, delivered discreetly to your door.</p></div>
</article>
<aside><h3>Recent posts</h3><ul><li><a href="#">Xanax vs Valium: what is the difference?</a></li><li><a href="#">How long does Adderall stay in your system?</a></li><li><a href="#">Oxycodone dosage guide</a></li></ul>
<h3>Categories</h3><ul><li>Health (12)</li><li>Mental health (7)</li><li>Pain (9)</li></ul></aside>
<footer><p>Green Valley Meds &ndash; buy quality medications online without a prescription. Worldwide discreet delivery. We accept Bitcoin, Zelle and Cash App.</p><p>&copy; 2026</p></footer>''', noise="cookie")

p("e3008", "https://www.frostline-pharma.example/product/ketamine-hcl-crystal-shards-5g/", "seller", True, "en", "thin-product-url",
  "Ketamine HCl Crystal (Shards) - 5g - Frostline", FROST_NAV + '''
<main class="product"><div class="breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl Crystal (Shards) &ndash; 5g</div>
<div class="summary"><h1 class="product_title">Ketamine HCl Crystal (Shards) &ndash; 5g</h1>
<p class="stock out-of-stock">Out of stock</p>
<div class="product_meta">SKU: FL-K5 &middot; Category: Dissociatives</div></div>
<ul class="tabs"><li>Description</li><li>Reviews (0)</li></ul>
<section class="related"><h2>Related products</h2></section></main>''' + FROST_FOOT)

p("e3009", "https://ketaminaventa.example/contacto", "seller", True, "es", "contacto-whatsapp",
  "Contacto - Ketamina Venta", '''
<header><a href="/">KetaminaVenta</a><nav><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/envios">Envíos</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito (0)</a></nav></header>
<main><h1>Contacto</h1>
<p>¿Tienes alguna duda sobre tu pedido, los precios por mayor o los métodos de pago? Escríbenos. Respondemos
todos los días de 10:00 a 23:00.</p>
<ul class="contacto"><li><strong>WhatsApp:</strong> +34 600 00 00 00</li>
<li><strong>Telegram:</strong> @ketaminaventa_oficial</li>
<li><strong>Email cifrado:</strong> pedidos@ketaminaventa.example</li></ul>
<p>Enviamos de forma discreta a toda España, Portugal y Latinoamérica. Pago por Bizum, transferencia, bitcoin
o efectivo en mano en Madrid y Barcelona. Para pedidos de más de 50 g consulta precio especial.</p>
<form><label>Nombre</label><input><label>Email o Telegram</label><input><label>Mensaje</label><textarea></textarea><button>Enviar</button></form>
</main>
<footer>© 2026 KetaminaVenta · Aviso legal · Política de privacidad</footer>''', noise="cookie-es")

p("e3010", "https://www.ket-express.example/versand-und-zahlung", "seller", True, "de", "versand-zahlung",
  "Versand & Zahlung | Ket-Express", '''
<header><a class="logo" href="/">KET-EXPRESS</a><nav><a href="/">Start</a> <a href="/shop">Shop</a> <a href="/versand-und-zahlung">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main><h1>Versand &amp; Zahlung</h1>
<h2>Versand</h2>
<p>Alle Bestellungen werden nach Zahlungseingang innerhalb von 24 Stunden verschickt. Die Ware ist
geruchsdicht eingeschweißt und wird in einem neutralen Luftpolsterumschlag ohne Absender-Hinweis auf
unseren Shop versendet.</p>
<table><tr><th>Land</th><th>Lieferzeit</th><th>Versandkosten</th></tr>
<tr><td>Deutschland</td><td>1&ndash;3 Werktage</td><td>9,90 &euro;</td></tr>
<tr><td>Österreich</td><td>2&ndash;4 Werktage</td><td>14,90 &euro;</td></tr>
<tr><td>Schweiz</td><td>3&ndash;6 Werktage</td><td>19,90 &euro; (Briefversand)</td></tr></table>
<p>Sollte eine Sendung vom Zoll einbehalten werden, versenden wir einmalig kostenlos neu.
Mindestbestellwert: 50 &euro;.</p>
<h2>Zahlung</h2>
<ul><li>Bitcoin / Monero (5 % Rabatt)</li><li>Paysafecard (Code per Kontaktformular senden)</li><li>Vorkasse per SEPA-Überweisung &ndash; Kontodaten erhalten Sie per Threema</li></ul>
<p>Bitte im Verwendungszweck nur Ihre Bestellnummer angeben.</p>
</main>
<footer>&copy; Ket-Express &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a></footer>''', noise="cookie-de")

p("e3011", "https://www.chimie-recherche.example/conditions-generales-de-vente", "seller", True, "fr", "cgv-terms",
  "Conditions générales de vente – Chimie Recherche", '''
<header><a href="/">Chimie Recherche</a><nav><a href="/boutique">Boutique</a> <a href="/livraison">Livraison</a> <a href="/paiement">Paiement</a> <a href="/cgv">CGV</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Conditions générales de vente</h1>
<h3>Article 1 – Objet</h3>
<p>Les présentes conditions régissent les ventes de produits chimiques de référence (notamment kétamine,
2-FDCK, 3-MMC, 4-MMC et dérivés) proposés sur le site. Les produits sont exclusivement destinés à la
recherche scientifique et à l'analyse en laboratoire. Ils ne sont pas destinés à la consommation humaine
ou animale.</p>
<h3>Article 2 – Commande</h3>
<p>Le client certifie être majeur et agir dans un cadre professionnel. Toute commande vaut acceptation des
présentes CGV. Aucune ordonnance ni justificatif n'est demandé.</p>
<h3>Article 3 – Prix</h3>
<p>Les prix sont indiqués en euros TTC par gramme. Des tarifs dégressifs s'appliquent à partir de 10 g.</p>
<h3>Article 4 – Paiement</h3>
<p>Le paiement s'effectue en Bitcoin, Monero ou par coupon PCS / Transcash. Les paiements par carte ne sont
pas acceptés.</p>
<h3>Article 5 – Livraison</h3>
<p>Les colis sont expédiés de manière discrète, sous vide et sans mention du contenu, en France, Belgique,
Suisse et dans toute l'Union européenne.</p>
<h3>Article 6 – Colis saisis</h3>
<p>En cas de saisie douanière, un renvoi est effectué à 50 % du montant initial, sur présentation du numéro
de suivi. Le client ne doit en aucun cas contacter le transporteur ou les services douaniers.</p>
<h3>Article 7 – Responsabilité</h3>
<p>Chimie Recherche ne saurait être tenu responsable de l'usage fait des produits par le client.</p>
</main>
<footer>© 2026 Chimie Recherche — Tous droits réservés</footer>''', noise="cookie-fr")

p("e3012", "https://www.partyhulp.example/product/ketamine-kristal", "seller", True, "nl", "product-page-padded",
  "Ketamine kristal kopen | PartyHulp", '''
<header><a href="/">PartyHulp</a><nav><a href="/">Home</a> <a href="/winkel">Winkel</a> <a href="/categorie/ketamine">Ketamine</a> <a href="/categorie/xtc">XTC</a> <a href="/categorie/paddos">Paddo's</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main class="product"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/categorie/ketamine">Ketamine</a> › Ketamine kristal</nav>
<h1>Ketamine kristal</h1>
<p class="rating">★★★★★ (38 beoordelingen)</p>
<p class="price">€25,00 – €180,00</p>
<form class="cart"><label>Gewicht</label><select><option>1 gram – €25</option><option>5 gram – €100</option><option>10 gram – €180</option></select>
<input type="number" value="1"><button>In winkelwagen</button></form>
<p class="usp">✔ Voor 16:00 besteld, morgen in huis (NL/BE) ✔ Discreet verpakt ✔ Betalen met iDEAL-crypto of bitcoin</p>
<div class="tabs"><h2>Beschrijving</h2>
<p>Wat is ketamine? Ketamine is een dissociatief middel dat oorspronkelijk als verdovingsmiddel werd
ontwikkeld. In lage doseringen geeft het een licht, zwevend gevoel; in hogere doseringen raak je los van je
lichaam en omgeving. Het effect begint na 5 tot 15 minuten bij snuiven en duurt ongeveer een uur.</p>
<p>Onze ketamine kristal wordt in grote, heldere naalden geleverd en is getest op zuiverheid. Combineer
ketamine nooit met alcohol en gebruik altijd in een veilige omgeving.</p>
<h2>Extra informatie</h2><table><tr><td>Gewicht</td><td>1 g, 5 g, 10 g</td></tr><tr><td>Vorm</td><td>Kristal</td></tr></table></div>
</main>
<footer>© PartyHulp 2026 · Alle prijzen incl. verzendkosten</footer>''', noise="cookie-nl")

p("e3013", "https://www.farmaciasemreceita.example/quem-somos", "seller", True, "pt", "quem-somos-about",
  "Quem Somos - Farmácia Sem Receita", '''
<header><a href="/">Farmácia Sem Receita</a><nav><a href="/">Início</a> <a href="/loja">Loja</a> <a href="/quem-somos">Quem somos</a> <a href="/entrega">Entrega</a> <a href="/pagamento">Pagamento</a> <a href="/rastreio">Rastrear pedido</a> <a href="/fale-conosco">Fale conosco</a></nav></header>
<main><h1>Quem Somos</h1>
<p>Somos uma farmácia online criada para quem não quer perder tempo com consultas, filas e burocracia.
Desde 2019 enviamos medicamentos controlados para todo o Brasil e Portugal, sem necessidade de receita
médica.</p>
<p>Nossos produtos mais procurados incluem cetamina injetável (frascos de 10 ml), escetamina spray nasal,
clonazepam, zolpidem e metilfenidato. Todos originais, com lacre e nota de procedência.</p>
<h2>Nossa missão</h2>
<p>Garantir acesso rápido, sigiloso e seguro. Embalagem discreta, sem identificação do conteúdo, e
pagamento via Pix, boleto ou criptomoedas.</p>
<p>Atendimento pelo WhatsApp de segunda a sábado.</p>
</main>
<footer>© 2026 Farmácia Sem Receita · Todos os direitos reservados</footer>''', noise="cookie-pt")

p("e3014", "https://www.ketashop-italia.example/domande-frequenti", "seller", True, "it", "faq-page",
  "Domande frequenti – KetaShop Italia", '''
<div class="cookie-bar">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button> <button>Rifiuta</button></div>
<header><a href="/">KetaShop Italia</a><nav><a href="/">Home</a> <a href="/negozio">Negozio</a> <a href="/spedizioni">Spedizioni</a> <a href="/domande-frequenti">FAQ</a> <a href="/contatti">Contatti</a> <a href="/carrello">Carrello</a></nav></header>
<main><h1>Domande frequenti</h1>
<h3>Serve la ricetta medica?</h3><p>No. Non chiediamo ricette né documenti.</p>
<h3>È legale?</h3><p>Spediamo da un altro paese dell'UE. La responsabilità dell'importazione è del cliente.</p>
<h3>Quanto costa?</h3><p>I prezzi partono da 30 € al grammo; sconto del 15% oltre i 10 g. Vedi il <a href="/negozio">negozio</a>.</p>
<h3>Come pago?</h3><p>Bitcoin, ricarica PostePay o buoni regalo. Dettagli su Telegram.</p>
<h3>Il pacco è anonimo?</h3><p>Sì, busta sottovuoto dentro un imballaggio neutro, nessun riferimento al contenuto.</p>
<h3>E se il pacco si perde?</h3><p>Rispediamo gratis una volta.</p>
</main>
<footer>© KetaShop Italia</footer>''')

# ---------------------------------------------------------------- telehealth (9)

CEDAR_NAV = '''<header><a href="/" class="logo">CedarMind</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/conditions">Conditions we treat</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="https://help.cedarmind.example/">Help</a> <a href="https://app.cedarmind.example/login">Log in</a> <a class="btn" href="https://app.cedarmind.example/start">See if you qualify</a></nav></header>'''
CEDAR_FOOT = '''<footer><p>CedarMind Health, PC &middot; Clinical services are provided by independent licensed clinicians. Medication is dispensed by licensed partner pharmacies. Not for emergencies &ndash; if you are in crisis call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">Notice of privacy practices</a> &middot; <a href="/states">Available states</a></p></footer>'''

p("e3015", "https://www.cedarmind.example/how-it-works", "telehealth", False, "en", "how-it-works",
  "How It Works | CedarMind At-Home Ketamine Therapy", CEDAR_NAV + '''
<main><h1>How CedarMind works</h1>
<ol class="steps">
<li><h3>Complete a medical intake</h3><p>Answer questions about your mental health history, medications and
medical conditions. It takes about 15 minutes.</p></li>
<li><h3>Meet your clinician</h3><p>A licensed psychiatric clinician reviews your intake and meets you by
video. They decide whether ketamine is appropriate for you. Many people are not eligible &ndash; for
example with uncontrolled high blood pressure, a history of psychosis or active substance use &ndash; and
we will tell you honestly and suggest other options.</p></li>
<li><h3>Receive your treatment plan</h3><p>If you are prescribed, your prescription is sent to a licensed
partner pharmacy, which ships sublingual tablets to your home with signature required.</p></li>
<li><h3>Sessions with a monitor</h3><p>Each session you check your blood pressure, complete a short
check-in in the app and have a trusted adult present as a peer monitor.</p></li>
<li><h3>Follow-up and integration</h3><p>Your clinician reviews your PHQ-9 and GAD-7 scores and adjusts or
stops treatment. Integration coaching is included.</p></li></ol>
</main>''' + CEDAR_FOOT, noise="cookie")

p("e3016", "https://app.cedarmind.example/checkout?plan=launch", "telehealth", False, "en", "membership-checkout",
  "Checkout - CedarMind", '''
<header><a href="/" class="logo">CedarMind</a> <span class="secure">&#128274; Secure checkout</span></header>
<main class="checkout"><ol class="progress"><li class="done">Intake</li><li class="current">Payment</li><li>Book your clinician visit</li></ol>
<section class="summary"><h2>Order summary</h2>
<table><tr><td>Launch plan &ndash; first month</td><td>$249.00</td></tr>
<tr><td>Includes: psychiatric evaluation by video, 1 follow-up visit, medication for up to 6 sessions if prescribed, integration coaching</td><td></td></tr>
<tr><td>Promo code</td><td><input placeholder="Enter code"></td></tr>
<tr><td><strong>Due today</strong></td><td><strong>$0.00</strong></td></tr>
<tr><td>Due after clinician approval</td><td>$249.00</td></tr></table>
<p class="fine">You will not be charged unless your clinician determines that treatment is medically
appropriate and creates a treatment plan. If you are not eligible, your card hold is released. After the
first month the plan renews at $199/month; cancel any time in your account.</p></section>
<section class="pay"><h2>Payment details</h2><label>Card number</label><input><label>Expiry</label><input><label>CVC</label><input>
<label>ZIP</label><input><p>HSA/FSA cards accepted.</p><button>Continue to scheduling</button></section>
</main>
<footer>&copy; 2026 CedarMind Health, PC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>''')

WELL_NAV = '''<header><a href="/" class="logo">WellPath</a><nav><a href="/treatment">Treatment</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/get-started" class="cta">Get started</a></nav></header>'''
WELL_FOOT = '''<footer><p>WellPath Ketamine Care &middot; 1200 Market St, Suite 400, Denver, CO &middot; Licensed clinicians in CO, CA, TX, FL, NY, IL, WA and 17 more states.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/careers">Careers</a></p></footer>'''

p("e3017", "https://www.wellpath-ketamine.example/our-clinicians", "telehealth", False, "en", "clinician-team",
  "Our Clinicians | WellPath", WELL_NAV + '''
<main><h1>Meet our clinicians</h1>
<p>Every WellPath patient is cared for by a licensed prescriber who follows them from evaluation to the last follow-up.</p>
<div class="grid">
<div class="card"><h3>Dana Whitfield, MD</h3><p>Medical Director &middot; Board-certified psychiatrist &middot; Licensed in CO, CA, NY</p></div>
<div class="card"><h3>Rafael Ortega, PMHNP-BC</h3><p>Psychiatric nurse practitioner &middot; Licensed in TX, FL, AZ</p></div>
<div class="card"><h3>Grace Liu, DO</h3><p>Psychiatry &amp; addiction medicine &middot; Licensed in WA, OR, IL</p></div>
<div class="card"><h3>Samuel Adeyemi, PMHNP</h3><p>Licensed in GA, NC, VA, MD</p></div>
<div class="card"><h3>Erin Kowalski, LCSW</h3><p>Integration therapist</p></div>
</div></main>''' + WELL_FOOT)

p("e3018", "https://www.wellpath-ketamine.example/faq/shipping-and-pharmacy", "telehealth", False, "en", "faq-shipping-lookalike",
  "Shipping & Pharmacy FAQ | WellPath", WELL_NAV + '''
<main><nav class="crumbs"><a href="/faq">FAQ</a> &rsaquo; Shipping &amp; pharmacy</nav>
<h1>Shipping &amp; pharmacy</h1>
<h3>Who fills my prescription?</h3>
<p>Prescriptions written by your WellPath clinician are filled by a DEA-registered, state-licensed 503A
compounding pharmacy. Ketamine is a Schedule III controlled substance, so every prescription is
written for you personally and cannot be transferred or refilled without a clinician visit.</p>
<h3>Is the package discreet?</h3>
<p>Yes. Medication arrives in plain outer packaging with the pharmacy's name only. An adult signature is
required on delivery and packages cannot be left at the door.</p>
<h3>How long does shipping take?</h3>
<p>Usually 2&ndash;4 business days after your clinician signs the prescription. You will receive a
tracking link by text.</p>
<h3>Can you ship to another state or abroad?</h3>
<p>No. We can only ship to the state where you are located during your visits and where your clinician is
licensed. We do not ship internationally.</p>
<h3>What if my package is lost?</h3>
<p>Contact your care team. The pharmacy files a report as required for controlled substances before any
replacement can be considered.</p>
</main>''' + WELL_FOOT, noise="cookie")

p("e3019", "https://help.cedarmind.example/hc/en-us/articles/3601-where-is-my-prescription", "telehealth", False, "en", "help-centre-nav",
  "Where is my prescription? – CedarMind Help Center", '''
<header><a href="/hc/en-us">CedarMind Help Center</a> <form><input placeholder="Search"></form> <a href="/hc/en-us/requests/new">Submit a request</a> <a href="https://app.cedarmind.example/login">Sign in</a></header>
<nav class="breadcrumbs"><a href="/hc/en-us">CedarMind Help Center</a> &gt; <a href="/hc/en-us/categories/pharmacy">Pharmacy &amp; shipping</a> &gt; <a href="/hc/en-us/sections/orders">Prescriptions</a></nav>
<aside class="section-articles"><h3>Articles in this section</h3><ul>
<li><a href="#">Which pharmacy fills my prescription?</a></li><li><a href="#">Where is my prescription?</a></li>
<li><a href="#">Updating my shipping address</a></li><li><a href="#">Signature required deliveries</a></li><li><a href="#">Storing and disposing of medication</a></li></ul></aside>
<article><h1>Where is my prescription?</h1><p class="meta">Updated 2 months ago</p>
<p>After your clinician signs your prescription, the pharmacy usually ships within 2 business days and
texts you a tracking link. Still waiting after 5 days? Message your care team from the portal.</p>
<p>Was this article helpful? <button>Yes</button> <button>No</button></p></article>
<footer><a href="/hc/en-us/categories/getting-started">Getting started</a> &middot; <a href="/hc/en-us/categories/billing">Billing</a> &middot; <a href="/hc/en-us/categories/sessions">Sessions &amp; safety</a> &middot; <a href="/hc/en-us/categories/pharmacy">Pharmacy &amp; shipping</a></footer>''')

p("e3020", "https://lumenhome.example/", "telehealth", False, "en", "search-snippet",
  "", '''Lumen Home Ketamine | Prescribed at-home ketamine therapy for depression and anxiety, with licensed psychiatric clinicians in 28 states. Plans from $199/month after a medical evaluation; not everyone qualifies.''', ext="txt")

p("e3021", "https://www.cedarmind.example/es/como-funciona", "telehealth", False, "es", "provider-es",
  "Cómo funciona | CedarMind en español", '''
<header><a href="/es">CedarMind</a><nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/seguridad">Seguridad</a> <a href="/">English</a> <a class="btn" href="https://app.cedarmind.example/start?lang=es">Comprobar si califico</a></nav></header>
<main><h1>Terapia con ketamina en casa, con receta médica</h1>
<p>CedarMind ofrece tratamiento con ketamina para la depresión y la ansiedad a residentes de los estados
donde nuestros clínicos tienen licencia.</p>
<ol><li><strong>Cuestionario médico.</strong> Nos cuenta su historial y los medicamentos que toma.</li>
<li><strong>Consulta por video.</strong> Un clínico psiquiátrico con licencia evalúa si la ketamina es
segura para usted. No todas las personas califican.</li>
<li><strong>Receta y farmacia.</strong> Si se le receta, una farmacia autorizada le envía las tabletas
sublinguales; se requiere firma de un adulto.</li>
<li><strong>Sesiones acompañadas.</strong> Un acompañante de confianza debe estar presente. Antes de cada
sesión se mide la presión arterial.</li>
<li><strong>Seguimiento.</strong> Su clínico revisa su evolución y ajusta o suspende el tratamiento.</li></ol>
</main>
<footer>CedarMind Health, PC · Si está en crisis llame o envíe un mensaje al 988.</footer>''', noise="cookie-es")

p("e3022", "https://www.wellpath-ketamine.example/pt/tratamento-em-casa", "telehealth", False, "pt", "provider-pt",
  "Tratamento com cetamina em casa | WellPath", '''
<header><a href="/pt">WellPath</a><nav><a href="/pt/tratamento-em-casa">Tratamento</a> <a href="/pt/precos">Preços</a> <a href="/pt/perguntas">Perguntas</a> <a href="/">English</a></nav></header>
<main><h1>Cetamina em casa, com acompanhamento médico</h1>
<p>Atendemos em português pacientes que moram em Massachusetts, Flórida, Nova Jersey e outros estados onde
nossos clínicos são licenciados.</p>
<p>Antes de qualquer receita você passa por uma avaliação psiquiátrica por vídeo. Se o tratamento for
indicado, a receita vai para uma farmácia licenciada, que envia o medicamento com assinatura obrigatória.
As sessões exigem um acompanhante adulto e medição da pressão arterial.</p>
<p>Plano mensal a partir de US$ 219, cobrado somente após a aprovação do clínico.</p>
<a class="btn" href="/get-started?lang=pt">Começar avaliação</a>
</main>
<footer>WellPath Ketamine Care · Em caso de emergência ligue 911 ou 988.</footer>''')

p("e3023", "https://www.telepsy-boreal.example/fr/ketamine-a-domicile", "telehealth", False, "fr", "provider-fr",
  "Kétamine à domicile – Télépsy Boréal", '''
<header><a href="/fr">Télépsy Boréal</a><nav><a href="/fr/services">Services</a> <a href="/fr/ketamine-a-domicile">Kétamine à domicile</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/en">EN</a></nav></header>
<main><h1>Traitement par kétamine à domicile, encadré par un médecin</h1>
<p>Pour les adultes atteints de dépression résistante, après échec d'au moins deux antidépresseurs.</p>
<h2>Étapes</h2>
<ul><li>Évaluation en vidéoconsultation par un psychiatre membre du Collège des médecins.</li>
<li>Bilan (tension artérielle, antécédents, médicaments) et consentement éclairé.</li>
<li>Si le traitement est indiqué&nbsp;: ordonnance transmise à une pharmacie partenaire, remise en main
propre ou livraison avec signature.</li>
<li>Première séance supervisée en vidéo, puis suivi hebdomadaire et questionnaires.</li></ul>
<p>Tarif de l'évaluation&nbsp;: 350&nbsp;$ ; suivi mensuel&nbsp;: 240&nbsp;$. Le médecin peut refuser ou arrêter le traitement.</p>
</main>
<footer>© Télépsy Boréal · En cas d'urgence composez le 911.</footer>''', noise="cookie-fr")

# ---------------------------------------------------------------- clinics (8)

BLUE_NAV = '''<header><a href="/" class="logo">Bluestone Infusion Center</a><nav><a href="/services/ketamine-infusions">Ketamine infusions</a> <a href="/services/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/contact">Contact</a> <a class="phone" href="tel:+16155550143">(615) 555-0143</a></nav></header>'''
BLUE_FOOT = '''<footer><p>Bluestone Infusion Center &middot; 2210 West End Ave, Nashville, TN 37203 &middot; Mon&ndash;Fri 8am&ndash;5pm, Sat 9am&ndash;1pm</p><p>&copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>'''

p("e3024", "https://www.bluestoneinfusion.example/contact", "clinic", False, "en", "contact-directions-thin",
  "Contact & Directions | Bluestone Infusion Center", BLUE_NAV + '''
<main><h1>Contact &amp; directions</h1>
<p>2210 West End Ave, Suite 105, Nashville, TN 37203. Free parking behind the building; please arrange a
driver after your treatment.</p>
<form><label>Name</label><input><label>Phone</label><input><label>How can we help?</label><textarea></textarea><button>Request a consultation</button></form>
</main>''' + BLUE_FOOT)

p("e3025", "https://www.bluestoneinfusion.example/pricing", "clinic", False, "en", "price-list-giftcards",
  "Pricing | Bluestone Infusion Center", BLUE_NAV + '''
<main><h1>Transparent pricing</h1>
<table class="prices"><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial consultation with our physician</td><td>$150</td></tr>
<tr><td>Single IV ketamine infusion (depression, 40 min)</td><td>$475</td></tr>
<tr><td>Induction series &ndash; 6 infusions over 3 weeks</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Chronic pain infusion (up to 4 hours)</td><td>from $750</td></tr>
<tr><td>Spravato (esketamine) session</td><td>Billed to insurance</td></tr></table>
<p>Payment is due at the time of service. We accept all major credit cards, HSA/FSA and CareCredit
financing. A superbill is provided for out-of-network reimbursement.</p>
<h2>Gift cards</h2><p>Support someone you love: gift cards in any amount are available at the front desk
and may be applied to consultations and treatment. A medical evaluation is still required.</p>
</main>''' + BLUE_FOOT, noise="cookie")

p("e3026", "https://www.harborlight-kap.example/team", "clinic", False, "en", "kap-team",
  "Our Team | Harborlight Ketamine-Assisted Psychotherapy", '''
<header><a href="/">Harborlight</a><nav><a href="/approach">Our approach</a> <a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Our team</h1>
<section><h3>Miriam Stone, PsyD</h3><p>Licensed psychologist (OR) and founder. Trained in ketamine-assisted psychotherapy and EMDR.</p></section>
<section><h3>Jonah Reyes, MD</h3><p>Psychiatrist. Performs medical screening and administers intramuscular ketamine in our office.</p></section>
<section><h3>Priya Nair, RN</h3><p>Monitors vital signs during every dosing session.</p></section>
<section><h3>Lena Hart, LPC</h3><p>Preparation and integration sessions.</p></section>
</main>
<footer>Harborlight &middot; 415 NW 11th Ave, Portland, OR 97209 &middot; (503) 555-0199</footer>''')

p("e3027", "https://www.summitketamineclinic.example/blog/5-myths-about-ketamine-infusions", "clinic", False, "en", "clinic-blog",
  "5 Myths About Ketamine Infusions | Summit Ketamine Clinic", '''
<header><a href="/">Summit Ketamine Clinic</a><nav><a href="/treatments">Treatments</a> <a href="/what-to-expect">What to expect</a> <a href="/blog">Blog</a> <a href="/contact">Book a consult</a></nav></header>
<article><h1>5 myths about ketamine infusions</h1><p class="byline">By the Summit clinical team &middot; October 2, 2026</p>
<h3>Myth 1: "It's the same as the party drug."</h3>
<p>The molecule is the same, but the setting is not. In our clinic you receive a measured, weight-based dose
by IV pump while a nurse monitors your heart rate, blood pressure and oxygen.</p>
<h3>Myth 2: "You'll be knocked out."</h3>
<p>Sub-anaesthetic doses leave you awake. Most patients describe feeling relaxed or dreamy for about 40
minutes and are ready to go home with a driver an hour later.</p>
<h3>Myth 3: "One infusion fixes everything."</h3>
<p>Most protocols use a series of six infusions, followed by boosters if they help, along with therapy.</p>
<h3>Myth 4: "It's addictive, so it can't be medicine."</h3>
<p>Misuse is a real risk, which is why we screen for substance use and never send ketamine home.</p>
<h3>Myth 5: "Anyone can get it."</h3>
<p>Our physicians decline patients with uncontrolled hypertension, certain heart conditions or psychosis.</p>
<p><a href="/contact">Schedule a consultation</a> to find out whether you are a candidate.</p></article>
<footer>Summit Ketamine Clinic &middot; 88 Pearl St, Boulder, CO</footer>''')

p("e3028", "https://www.riverbendtms.example/insurance-and-payment", "clinic", False, "en", "insurance-payment-page",
  "Insurance & Payment | Riverbend TMS & Spravato Center", '''
<header><a href="/">Riverbend TMS &amp; Spravato Center</a><nav><a href="/tms">TMS</a> <a href="/spravato">Spravato</a> <a href="/insurance-and-payment">Insurance &amp; payment</a> <a href="/referrals">For referring providers</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Insurance &amp; payment</h1>
<p>We are in network with Aetna, Cigna, BlueCross BlueShield, UnitedHealthcare, Medicare and TRICARE.
Our team verifies your benefits and handles prior authorization for Spravato before your first session.</p>
<p>Spravato is given only in our certified REMS treatment room: you self-administer the nasal spray under
staff supervision and stay for at least two hours of monitoring. The medication never leaves the clinic.</p>
<h3>Ways to pay</h3><ul><li>Credit and debit cards</li><li>HSA / FSA</li><li>CareCredit</li><li>Janssen Spravato withMe savings program for eligible commercially insured patients</li></ul>
<p>Late cancellations (less than 24 hours) are charged $75.</p>
</main>
<footer>Riverbend TMS &amp; Spravato Center &middot; 301 Riverside Dr, Suite 2, Columbus, OH</footer>''')

p("e3029", "https://www.praxis-dr-hollmann.example/leistungen/esketamin", "clinic", False, "de", "praxis-leistung",
  "Esketamin-Behandlung | Praxis Dr. Hollmann", '''
<header><a href="/">Praxis für Psychiatrie und Psychotherapie Dr. med. Hollmann</a><nav><a href="/praxis">Praxis</a> <a href="/leistungen">Leistungen</a> <a href="/team">Team</a> <a href="/termine">Termine</a> <a href="/anfahrt">Anfahrt</a> <a href="/impressum">Impressum</a></nav></header>
<main><h1>Esketamin-Nasenspray bei therapieresistenter Depression</h1>
<p>Für Patientinnen und Patienten, bei denen mindestens zwei Antidepressiva nicht ausreichend gewirkt
haben, bieten wir die Behandlung mit Esketamin-Nasenspray an. Die Anwendung erfolgt ausschließlich in
unseren Praxisräumen unter ärztlicher Aufsicht.</p>
<p>Nach jeder Anwendung bleiben Sie etwa zwei Stunden zur Nachbeobachtung bei uns. Am Behandlungstag
dürfen Sie nicht selbst Auto fahren. Die Kosten werden in der Regel von den gesetzlichen Krankenkassen
übernommen.</p>
<p>Terminvereinbarung telefonisch unter 0221 555 0172 oder über unser Online-Formular.</p>
</main>
<footer>Praxis Dr. Hollmann · Aachener Str. 120 · 50674 Köln</footer>''', noise="cookie-de")

p("e3030", "https://www.ketaminekliniek-utrecht.example/veelgestelde-vragen", "clinic", False, "nl", "clinic-faq",
  "Veelgestelde vragen | Ketaminekliniek Utrecht", '''
<header><a href="/">Ketaminekliniek Utrecht</a><nav><a href="/behandeling">Behandeling</a> <a href="/voor-verwijzers">Voor verwijzers</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/kosten">Kosten</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Veelgestelde vragen</h1>
<h3>Heb ik een verwijzing nodig?</h3><p>Ja, een verwijzing van uw huisarts of psychiater is nodig.</p>
<h3>Hoe verloopt een behandeling?</h3><p>U krijgt ketamine via een infuus in onze kliniek. Een verpleegkundige
bewaakt uw bloeddruk en hartslag. Na afloop blijft u nog een uur en mag u niet zelf rijden.</p>
<h3>Wordt het vergoed?</h3><p>Niet altijd. Bekijk de pagina <a href="/kosten">kosten</a> of neem contact op met uw zorgverzekeraar.</p>
<h3>Kan ik ketamine mee naar huis krijgen?</h3><p>Nee, de behandeling vindt alleen in de kliniek plaats.</p>
</main>
<footer>Ketaminekliniek Utrecht · Biltstraat 200 · 3572 BS Utrecht</footer>''', noise="cookie-nl")

p("e3031", "https://www.centromenteserena.example/chi-siamo", "clinic", False, "it", "chi-siamo-about",
  "Chi siamo – Centro Mente Serena", '''
<header><a href="/">Centro Mente Serena</a><nav><a href="/chi-siamo">Chi siamo</a> <a href="/servizi">Servizi</a> <a href="/esketamina">Esketamina</a> <a href="/equipe">Équipe</a> <a href="/contatti">Contatti</a></nav></header>
<main><h1>Chi siamo</h1>
<p>Il Centro Mente Serena è un ambulatorio di psichiatria e psicoterapia fondato a Bologna nel 2011. La
nostra équipe comprende psichiatri, psicologi e infermieri.</p>
<p>Dal 2022 siamo centro autorizzato per la somministrazione di esketamina spray nasale nella depressione
resistente: ogni seduta si svolge in ambulatorio, con monitoraggio dei parametri per almeno due ore.</p>
<p>Si riceve su appuntamento, con impegnativa o in regime privato.</p>
</main>
<footer>Centro Mente Serena · Via dell'Indipendenza 40, Bologna · P.IVA 01234567890</footer>''')

# ---------------------------------------------------------------- informational (9)

p("e3032", "https://www.thecoastaltribune.example/news/crime/2026/11/dark-web-ketamine-vendor-sentenced", "informational", False, "en", "news-vendor-prices",
  "Dark-web ketamine vendor sentenced to 8 years | The Coastal Tribune", '''
<header><a href="/">The Coastal Tribune</a><nav><a href="/news">News</a> <a href="/news/crime">Crime</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<article><h1>Dark-web ketamine vendor sentenced to 8 years</h1><p class="byline">By Hannah Cole &middot; Nov. 19, 2026</p>
<p>A 31-year-old man who ran an online shop selling ketamine, MDMA and counterfeit Xanax was sentenced
Tuesday to eight years in federal prison.</p>
<p>According to court records, the shop advertised ketamine at $30 a gram, with "stealth shipping" and a
"reship guarantee", and took payment in Bitcoin and Monero. Investigators said he mailed more than 4,000
parcels from a rented storage unit, hiding the drugs inside DVD cases.</p>
<p>"These websites look like any other store," said the Assistant U.S. Attorney. "There's a cart, a
checkout, customer reviews. But what arrives in the mail is often not what was promised."</p>
<p>Defense attorneys argued that their client had a substance-use disorder himself. The judge also ordered
the forfeiture of $1.2 million in cryptocurrency.</p></article>
<aside><h3>Most read</h3><ul><li><a href="#">Council approves new ferry schedule</a></li><li><a href="#">High school football: playoff preview</a></li></ul></aside>
<footer>&copy; 2026 The Coastal Tribune</footer>''', noise="cookie")

p("e3033", "https://www.safernights.example/drugs/ketamine/", "informational", False, "en", "harm-reduction-drug-page",
  "Ketamine - SaferNights drug info", '''
<header><a href="/">SaferNights</a><nav><a href="/drugs/">Drugs A&ndash;Z</a> <a href="/combinations/">Combinations chart</a> <a href="/testing/">Drug checking</a> <a href="/get-help/">Get help</a></nav></header>
<main><h1>Ketamine</h1><p class="aka">Also called: K, ket, special K, vitamin K</p>
<h2>Effects</h2><p>Feeling detached, floaty, relaxed; at higher doses confusion and the "K-hole". Lasts 45&ndash;90 minutes when snorted.</p>
<h2>Risks</h2><ul><li>Accidents and injuries while numb and confused</li><li>Vomiting and choking, especially with alcohol</li><li>Bladder damage with regular use &ndash; see a doctor if it hurts to pee</li><li>Dependence</li></ul>
<h2>If you use</h2><ul><li>Test your drugs; "ketamine" bought online is sometimes a different dissociative</li><li>Start low, wait before redosing</li><li>Don't mix with alcohol, opioids or benzos</li><li>Use with people you trust</li></ul>
<p>Worried about your use? <a href="/get-help/">Find support near you</a>.</p></main>
<footer>SaferNights is a non-profit harm-reduction service. We do not sell drugs.</footer>''')

p("e3034", "https://www.marlowdefense.example/practice-areas/drug-crimes/ketamine-charges/", "informational", False, "en", "law-firm-practice",
  "Ketamine Possession & Distribution Charges | Marlow Defense Group", '''
<header><a href="/">Marlow Defense Group</a><nav><a href="/practice-areas/">Practice areas</a> <a href="/practice-areas/drug-crimes/">Drug crimes</a> <a href="/results/">Case results</a> <a href="/attorneys/">Attorneys</a> <a href="/contact/">Free consultation</a></nav><a href="tel:+17025550166">(702) 555-0166</a></header>
<main><h1>Charged with a ketamine offense?</h1>
<p>Ketamine is a Schedule III controlled substance. Possession without a valid prescription, ordering it
from an online shop, or sharing it with friends can lead to felony charges. If a parcel was intercepted in
the mail, federal charges are possible.</p>
<h2>Possible defenses</h2><ul><li>Unlawful search of your package or home</li><li>No knowledge of the contents</li><li>Valid prescription</li></ul>
<p>Call today for a free, confidential consultation.</p></main>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome.</footer>''')

p("e3035", "https://www.ketaminedirectory.example/clinics/texas/", "informational", False, "en", "directory-state-nav",
  "Ketamine Clinics in Texas (42) | KetamineDirectory", '''
<header><a href="/">KetamineDirectory</a><nav><a href="/clinics/">Find a clinic</a> <a href="/telehealth/">Telehealth providers</a> <a href="/spravato-centers/">Spravato centers</a> <a href="/guides/">Guides</a> <a href="/list-your-clinic/">List your clinic</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/clinics/">Clinics</a> &rsaquo; Texas</nav>
<main><h1>Ketamine clinics in Texas</h1><p>42 listings &middot; Sort: <a href="?sort=rating">Rating</a> | <a href="?sort=name">Name</a></p>
<h3>Cities</h3><p><a href="austin/">Austin (9)</a> &middot; <a href="dallas/">Dallas (8)</a> &middot; <a href="houston/">Houston (11)</a> &middot; <a href="san-antonio/">San Antonio (6)</a> &middot; <a href="el-paso/">El Paso (2)</a> &middot; <a href="fort-worth/">Fort Worth (4)</a> &middot; <a href="plano/">Plano (2)</a></p>
<ul class="listings">
<li><a href="/clinic/lonestar-infusion-austin/">Lone Star Infusion</a> &ndash; Austin &middot; IV ketamine, Spravato &middot; &#9733; 4.8 (112)</li>
<li><a href="/clinic/bayou-mind-houston/">Bayou Mind Wellness</a> &ndash; Houston &middot; IV ketamine &middot; &#9733; 4.6 (58)</li>
<li><a href="/clinic/trinity-ketamine-dallas/">Trinity Ketamine</a> &ndash; Dallas &middot; IV, IM, KAP &middot; &#9733; 4.9 (203)</li>
<li><a href="/clinic/alamo-tms-spravato/">Alamo TMS &amp; Spravato</a> &ndash; San Antonio &middot; Spravato &middot; &#9733; 4.5 (31)</li>
<li><a href="/clinic/north-texas-ketamine/">North Texas Ketamine Center</a> &ndash; Plano &middot; IV ketamine &middot; &#9733; 4.7 (77)</li></ul>
<nav class="pager"><span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=9">9</a> <a href="?page=2">Next</a></nav></main>
<footer>Listings are provided by clinics and are not medical advice. &copy; KetamineDirectory</footer>''')

p("e3036", "https://forum.dissociatedminds.example/t/online-k-shops-legit/8812?page=2", "informational", False, "en", "forum-reply",
  "", '''Re: Online K shops - any legit? Every "no script needed" site I tried was a scam or sent some random RC instead of ketamine; one took my Zelle payment and blocked me on Telegram. If you're treating depression, go through a real clinic or a telehealth doc instead.''', ext="txt")

p("e3037", "https://www.agenciamedicamentos.example/alertas/2026/venta-ilegal-ketamina-internet", "informational", False, "es", "agency-alert",
  "Alerta: venta ilegal de ketamina y esketamina por internet", '''
<header><a href="/">Agencia de Medicamentos y Productos Sanitarios</a><nav><a href="/alertas">Alertas</a> <a href="/medicamentos">Medicamentos</a> <a href="/prensa">Prensa</a> <a href="/ciudadanos">Ciudadanos</a></nav></header>
<main><h1>Alerta sobre la venta ilegal de ketamina y esketamina por internet</h1><p>Fecha de publicación: 3 de noviembre de 2026</p>
<p>La Agencia ha detectado páginas web y perfiles en redes sociales que ofrecen ketamina en polvo, viales
inyectables y esketamina en pulverizador nasal sin receta, con envío "discreto" y pago mediante
criptomonedas o Bizum.</p>
<p>La ketamina es un medicamento de uso hospitalario y la esketamina solo puede administrarse en centros
sanitarios bajo supervisión. Su venta a distancia está prohibida. Los productos adquiridos por estas vías
pueden estar falsificados o contaminados.</p>
<p>Se recomienda a los ciudadanos no adquirir medicamentos en estas webs y comunicar cualquier oferta a
la Agencia a través del formulario de denuncias.</p></main>
<footer>Ministerio de Sanidad · Aviso legal · Accesibilidad</footer>''', noise="cookie-es")

p("e3038", "https://www.rheinpost.example/region/landgericht-verurteilt-ketamin-haendler", "informational", False, "de", "court-report",
  "Landgericht verurteilt Ketamin-Händler zu fünf Jahren Haft | Rheinpost", '''
<header><a href="/">Rheinpost</a><nav><a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/sport">Sport</a> <a href="/abo">Abo</a></nav></header>
<article><h1>Landgericht verurteilt Ketamin-Händler zu fünf Jahren Haft</h1><p class="meta">Düsseldorf, 21.10.2026</p>
<p>Das Landgericht hat einen 27-Jährigen wegen bandenmäßigen Handeltreibens mit Betäubungsmitteln zu fünf
Jahren Haft verurteilt. Der Mann hatte über einen Telegram-Kanal Ketamin für 20 bis 25 Euro pro Gramm sowie
Ecstasy-Tabletten angeboten und die Ware per Post verschickt.</p>
<p>Bezahlt wurde laut Anklage überwiegend in Bitcoin. Bei einer Durchsuchung fanden Ermittler rund 1,8
Kilogramm Ketamin und Verpackungsmaterial. Das Urteil ist noch nicht rechtskräftig.</p></article>
<footer>© Rheinpost Mediengruppe</footer>''', noise="cookie-de")

p("e3039", "https://www.reduire-les-risques.example/produits/ketamine", "informational", False, "fr", "harm-reduction-fiche",
  "Kétamine – fiche produit | Réduire les risques", '''
<header><a href="/">Réduire les risques</a><nav><a href="/produits">Fiches produits</a> <a href="/melanges">Mélanges</a> <a href="/analyse">Analyse de produits</a> <a href="/ecoute">Besoin d'aide ?</a></nav></header>
<main><h1>Kétamine</h1>
<p>Anesthésique dissociatif utilisé en médecine humaine et vétérinaire, détourné en poudre ou en cristaux
et le plus souvent sniffé.</p>
<h2>Effets</h2><p>Sensation de flottement, distorsions des perceptions, à forte dose décorporation (« K-hole »).</p>
<h2>Risques</h2><ul><li>Chutes, perte de connaissance, vomissements</li><li>Atteintes de la vessie en cas d'usage régulier</li><li>Mélange dangereux avec l'alcool, les opioïdes et les benzodiazépines</li></ul>
<h2>Réduire les risques</h2><p>Faites analyser vos produits, commencez par une petite quantité, ne consommez pas seul.</p>
<p>Ce site ne vend aucun produit. Écoute anonyme et gratuite 7j/7.</p></main>
<footer>Association loi 1901 · Mentions légales</footer>''', noise="cookie-fr")

p("e3040", "https://www.cronacanord.example/2026/10/sequestro-ketamina-pacchi-postali", "informational", False, "it", "seizure-report-snippet",
  "", '''Sequestrati 3 chili di ketamina nascosti in pacchi postali: la Guardia di Finanza ha individuato un negozio online che vendeva la sostanza a 30 euro al grammo con pagamento in bitcoin. Denunciate quattro persone.''', ext="txt")

save(OUT, R)
