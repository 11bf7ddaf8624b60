# Batch 34 of the hand-written dev set: 40 pages, written by an independent author who had not read
# the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed before
# the scorer was run on them (committed before any scorer run).
# BLIND CHECK batch: the realistic mix a crawler of clinic directories and a patient's web searches
# would meet. Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English,
# 16 es/de/fr/nl/pt/it (es 3, de 3, fr 3, it 3, nl 2, pt 2).
# Shapes: research-chemical shop home page with full chrome, crystal product page with gram
# variants, stealth-shipping policy page that never names the drug, Italian payment page (crypto,
# bonifico) of a seller, Telegram dealer menu (plain text), "Spravato without prescription" online
# pharmacy product page, questionnaire-only "online clinic" shipping troches the same day, URL-only
# thin product page, Spanish seller FAQ, German seller contact page, French vet-drug shop selling
# anaesthetic vials to anyone, Dutch research-chem category listing, Portuguese classified-ad post
# (plain text), SEO-padded seller blog with buy buttons; telehealth home, pricing, help-center
# shipping article, partial state-availability page, clinician team page, Spanish FAQ, Portuguese
# page for Brazilian-American patients, blog post on preparing for a home session, "treatment plan
# approved" e-mail (plain text); IV infusion clinic home, Spravato REMS treatment-centre page,
# ketamine-assisted psychotherapy team page, thin mostly-navigation contact page, German university
# hospital outpatient esketamine page, Italian private infusion centre, French hospital psychiatry
# service page, Dutch mental-health (GGZ) esketamine treatment page; clinic-finder listing page,
# news story on an online-seller prosecution, forum thread (plain text), search-results snippet
# dump (plain text), regulator safety communication, Spanish drug-checking service page, Italian
# encyclopaedia-style entry, German health-insurer Q&A, French patient forum thread.
# Author: independent. Date: 2026-12-09.
# Run: python3 batch34.py (writes batch34/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch34")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (flagged)

p("h3401", "https://www.nordchemlabs.example/", "seller", True, "en",
  "research-chemical-shop-home-full-chrome", "NordChem Labs | Research Chemicals, Dissociatives & Reference Materials", """
<div class="topbar">Free reshipping on lost parcels &middot; Orders before 14:00 CET dispatch same day &middot; 10% off when paying with BTC or XMR</div>
<header><a class="logo" href="/">NordChem<span>Labs</span></a>
<nav><a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/product-category/stimulants/">Stimulants</a> <a href="/product-category/benzodiazepines/">Benzos</a> <a href="/product-category/pellets/">Pellets</a> <a href="/shipping/">Shipping</a> <a href="/faq/">FAQ</a> <a href="/my-account/">Account</a> <a href="/cart/">Cart (0)</a></nav>
<form role="search"><input name="s" placeholder="Search products..."></form></header>
<main>
<section class="hero"><h1>Lab-grade compounds. Tested. Delivered discreetly.</h1>
<p>Over 6,000 satisfied customers across the EU, UK, US and Australia. Every batch comes with an HPLC report, every parcel leaves in vacuum-sealed, odour-proof packaging with no company name on the outside.</p>
<a class="btn" href="/shop/">Browse the catalogue</a></section>
<section class="featured"><h2>Best sellers this month</h2>
<ul class="products">
<li><a href="/product/ketamine-hcl-crystal/"><img src="/img/k-crystal.jpg" alt="">Ketamine HCl (crystal) &ndash; 99.6%</a> <span class="price">from &euro;38.00</span> <a class="add" href="?add-to-cart=411">Select options</a></li>
<li><a href="/product/2-fdck/"><img src="/img/2fdck.jpg" alt="">2-FDCK powder</a> <span class="price">from &euro;29.00</span> <a class="add" href="?add-to-cart=388">Select options</a></li>
<li><a href="/product/s-ketamine-needles/"><img src="/img/sk.jpg" alt="">S-Ketamine needles</a> <span class="price">from &euro;45.00</span> <a class="add" href="?add-to-cart=430">Select options</a></li>
<li><a href="/product/3-meo-pcp/"><img src="/img/3meo.jpg" alt="">3-MeO-PCP pellets 5mg</a> <span class="price">from &euro;24.00</span> <a class="add" href="?add-to-cart=402">Select options</a></li>
</ul></section>
<section class="usp"><div><b>Stealth</b><p>Double vacuum seal, decoy contents, plain envelope.</p></div><div><b>Tracked</b><p>Tracking number within 24 h on all orders over &euro;100.</p></div><div><b>Guarantee</b><p>Seized or lost? We reship once, no questions asked.</p></div></section>
<p class="disclaimer">All products are sold as research chemicals and are not for human consumption. By ordering you confirm you are over 18 and that you are aware of the laws in your country.</p>
</main>
<footer><div><h4>Customer service</h4><a href="/contact/">Contact</a> <a href="/track-order/">Track your order</a> <a href="/returns/">Reship policy</a></div>
<div><h4>We accept</h4>Bitcoin &middot; Monero &middot; Litecoin &middot; SEPA bank transfer</div>
<p>&copy; 2026 NordChem Labs. Support via Threema: NCL4R8XK</p></footer>
""", noise="cookie")

p("h3402", "https://www.nordchemlabs.example/product/ketamine-hcl-crystal/", "seller", True, "en",
  "research-chemical-product-page-gram-variants", "Ketamine HCl (crystal) – 99.6% – NordChem Labs", """
<header><a class="logo" href="/">NordChemLabs</a> <nav><a href="/shop/">Shop</a> <a href="/product-category/dissociatives/">Dissociatives</a> <a href="/cart/">Cart</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / Ketamine HCl (crystal)</nav>
<main class="product">
<div class="gallery"><img src="/img/k-crystal-large.jpg" alt="White shards in a zip bag"></div>
<div class="summary">
<h1>Ketamine HCl (crystal) &ndash; 99.6%</h1>
<div class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; (212 customer reviews)</div>
<p class="price">&euro;38.00 &ndash; &euro;690.00</p>
<p>Large, clean shards from our newest batch (lot K-2611). Racemic, crystallised from pharmaceutical solution, not the cut "needles" sold elsewhere. Crushes to a fine powder easily.</p>
<form class="cart">
<label>Weight</label>
<select name="attribute_weight"><option>1 g &ndash; &euro;38</option><option>2 g &ndash; &euro;70</option><option>5 g &ndash; &euro;160</option><option>10 g &ndash; &euro;290</option><option>25 g &ndash; &euro;650</option><option>50 g &ndash; &euro;690 (wholesale, contact us)</option></select>
<input type="number" value="1" min="1"> <button>Add to cart</button></form>
<p class="stock">In stock (ships within 24 h)</p>
<p class="meta">SKU: NCL-DIS-011 &middot; Category: Dissociatives &middot; Tags: K, ketamine, crystal</p>
</div>
<section class="tabs"><h2>Description</h2>
<p>Chemical name: 2-(2-chlorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride. Molar mass 274.2 g/mol. Appearance: colourless to white crystalline solid. Each order is weighed on calibrated scales and sealed in a mylar bag.</p>
<p>Sold for research purposes only. Not for human consumption.</p>
<h2>Reviews (212)</h2>
<blockquote>"Second order, arrived in 3 days to Germany, perfect stealth. Shards look exactly like the photo." &ndash; Tobi_M</blockquote>
<blockquote>"Reship was sent without argument after customs kept the first one. Respect." &ndash; anon_uk</blockquote>
<blockquote>"Clean, no burn, top quality." &ndash; kx_88</blockquote>
</section>
<section class="related"><h3>Related products</h3><a href="/product/s-ketamine-needles/">S-Ketamine needles</a> &middot; <a href="/product/2-fdck/">2-FDCK powder</a> &middot; <a href="/product/digital-scale-0-001g/">Digital scale 0.001 g</a></section>
</main>
<footer>&copy; 2026 NordChem Labs &middot; <a href="/shipping/">Shipping</a> &middot; <a href="/faq/">FAQ</a></footer>
""")

p("h3403", "https://www.nordchemlabs.example/shipping/", "seller", True, "en",
  "seller-shipping-policy-no-drug-named", "Shipping & Reship Policy – NordChem Labs", """
<header><a class="logo" href="/">NordChemLabs</a> <nav><a href="/shop/">Shop</a> <a href="/faq/">FAQ</a> <a href="/contact/">Contact</a> <a href="/cart/">Cart</a></nav></header>
<main>
<h1>Shipping &amp; Reship Policy</h1>
<h2>Dispatch</h2>
<p>Orders paid before 14:00 CET (Monday&ndash;Friday) leave our warehouse the same day. Crypto payments are confirmed after 2 network confirmations; bank transfers take 1&ndash;2 working days to clear before we can ship.</p>
<h2>Packaging</h2>
<p>Every order is double vacuum-sealed, placed in a mylar pouch and then in an ordinary padded envelope or small box. The sender is a neutral name and the contents are declared as "cosmetic samples" or "printed matter". Nothing on the outside refers to us.</p>
<h2>Delivery times</h2>
<table><tr><th>Destination</th><th>Method</th><th>Estimated</th><th>Cost</th></tr>
<tr><td>Netherlands, Belgium, Germany</td><td>Tracked letter</td><td>1&ndash;3 days</td><td>&euro;12</td></tr>
<tr><td>Rest of EU</td><td>Tracked letter</td><td>3&ndash;7 days</td><td>&euro;15</td></tr>
<tr><td>United Kingdom</td><td>Untracked letter (recommended)</td><td>5&ndash;10 days</td><td>&euro;15</td></tr>
<tr><td>USA, Canada, Australia</td><td>Express, tracked</td><td>7&ndash;14 days</td><td>&euro;35</td></tr></table>
<h2>Customs and seizures</h2>
<p>If your parcel is held by customs you will usually receive a letter. Do not reply to it and do not contact us about it by e-mail; open a ticket through your account instead. We reship one time per customer for free if a parcel is lost or seized (proof of the letter, with your name blurred, is enough). A second reship is charged at 50%.</p>
<p>We recommend using a name and address where you can reliably receive post. Pick-up points (Packstation, PostNL punt) are accepted for EU orders.</p>
<h2>Order tracking</h2>
<p>Your tracking code appears in <a href="/my-account/orders/">My account &gt; Orders</a> within 24 hours of dispatch. We do not send it by e-mail.</p>
</main>
<footer>&copy; 2026 NordChem Labs &middot; Not for human consumption &middot; 18+</footer>
""", noise="cookie")

p("h3404", "https://www.farmaciasenzaricetta.example/pagamenti", "seller", True, "it",
  "seller-payment-page-italian-crypto-bonifico", "Metodi di pagamento – Farmacia Senza Ricetta", """
<header><a href="/">FarmaciaSenzaRicetta</a>
<nav><a href="/categoria/ansia-sonno">Ansia e sonno</a> <a href="/categoria/dolore">Antidolorifici</a> <a href="/categoria/anestetici">Anestetici</a> <a href="/categoria/dimagranti">Dimagranti</a> <a href="/pagamenti">Pagamenti</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Come pagare il tuo ordine</h1>
<p>Per garantire la massima riservatezza non accettiamo carte di credito. Scegli uno dei metodi qui sotto al momento del checkout: riceverai le istruzioni via e-mail insieme al numero d'ordine.</p>
<h2>1. Criptovalute (sconto 15%)</h2>
<p>Accettiamo Bitcoin, USDT (rete TRC20) e Monero. L'indirizzo del portafoglio viene generato per ogni ordine ed è valido 60 minuti. Se non sai come acquistare Bitcoin, puoi farlo in pochi minuti presso un tabaccaio convenzionato o con un'app di scambio.</p>
<h2>2. Bonifico bancario</h2>
<p>Il bonifico va intestato alla persona indicata nella mail di conferma (non alla farmacia). Nella causale scrivi soltanto il numero d'ordine, senza nomi di prodotti. La spedizione parte dopo l'accredito, di solito 1-2 giorni lavorativi.</p>
<h2>3. Ricarica PostePay</h2>
<p>Disponibile solo per ordini inferiori a 300 euro.</p>
<h2>Domande frequenti</h2>
<p><b>Posso pagare alla consegna?</b> No, per motivi di sicurezza il contrassegno non è previsto.</p>
<p><b>Serve la ricetta?</b> No, nessuna ricetta e nessun documento richiesto. La confezione è anonima.</p>
<p><b>Ho pagato ma non ho ricevuto conferma.</b> Scrivici su WhatsApp al numero indicato nel footer con la ricevuta.</p>
</main>
<footer>FarmaciaSenzaRicetta &copy; 2026 &middot; Assistenza WhatsApp +39 351 000 4477 &middot; Spedizioni in tutta Italia in 48h</footer>
""")

p("h3405", "https://t.me/s/snowk_london", "seller", True, "en",
  "telegram-dealer-menu-plain-text", "SnowK London menu", """
❄️ SNOWK LDN ❄️ MENU UPDATED 09/12 ❄️

📍 Central + East London, drop 7 days 11am–3am
📍 UK post nationwide, next-day tracked, discreet

💊 PILLS / ❄️ POWDER / 🐴 K

🐴 KET (shards, cat's piss smell free, proper stuff)
 1g £30 | 3.5g £85 | 7g £150 | 14g £270 | 28g £480

🐴 KET (powder) 1g £25 | 5g £100

💦 Liquid vials 10ml (sealed) £120 ea / 3 for £330

Min order for drop £60. Post min £80 + £10 shipping.
Payment: cash on drop, bank transfer (new customers send ID-free ref only), BTC/LTC for post.

✅ Vouches in pinned group @snowk_vouch
❌ No time wasters, no haggling, no "can I try first"
DM @snowk_plug to order. Accounts get banned sometimes — if so check bio for backup.
""", ext="txt")

p("h3406", "https://rxglobalpharma.example/product/spravato-esketamine-nasal-spray-28mg/", "seller", True, "en",
  "no-prescription-online-pharmacy-spravato-product", "Buy Spravato (Esketamine) 28mg Nasal Spray – RxGlobalPharma", """
<div class="announce">🚚 Worldwide shipping &middot; No prescription needed &middot; 100% money-back guarantee</div>
<header><a href="/">RxGlobal<b>Pharma</b></a>
<nav><a href="/category/antidepressants/">Antidepressants</a> <a href="/category/pain-relief/">Pain Relief</a> <a href="/category/sleep/">Sleep Aids</a> <a href="/category/adhd/">ADHD</a> <a href="/category/mens-health/">Men's Health</a> <a href="/track/">Track Order</a></nav>
<a href="/cart/">🛒 $0.00</a></header>
<nav class="crumbs"><a href="/">Home</a> &raquo; <a href="/category/antidepressants/">Antidepressants</a> &raquo; Spravato 28mg</nav>
<main>
<h1>Spravato (Esketamine) 28mg Nasal Spray Device</h1>
<p class="rating">4.8 out of 5 (96 reviews)</p>
<table class="variations">
<tr><th>Pack</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>1 device (28 mg)</td><td>$289.00</td><td>$289.00</td><td><button>Add to cart</button></td></tr>
<tr><td>2 devices (56 mg)</td><td>$549.00</td><td>$274.50</td><td><button>Add to cart</button></td></tr>
<tr><td>3 devices (84 mg)</td><td>$789.00</td><td>$263.00</td><td><button>Add to cart</button></td></tr>
<tr><td>6 devices</td><td>$1,490.00</td><td>$248.33</td><td><button>Add to cart</button></td></tr></table>
<p>Spravato is the nasal form of esketamine used for treatment-resistant depression. Normally it can only be given at a certified centre, which means long waiting lists and high costs. We ship genuine devices directly to your home so you can use it privately, at your own pace.</p>
<h2>Why order from us</h2>
<ul><li>Original packaging, sourced from licensed wholesalers in India and Turkey</li><li>No doctor visit or prescription required</li><li>Delivery in 6&ndash;12 days with tracking</li><li>Pay by card, Zelle, or crypto (extra 10% off)</li></ul>
<h2>How to use</h2>
<p>Blow your nose, recline the head slightly, insert the tip into one nostril and press the plunger. Wait 5 minutes between devices. Do not drive afterwards.</p>
<h3>Customer reviews</h3>
<blockquote>"Way cheaper than the clinic and no 2 hour babysitting." &ndash; Jason R., Ohio</blockquote>
<blockquote>"Arrived in 9 days, box was sealed." &ndash; M. L., Florida</blockquote>
</main>
<footer><a href="/about/">About us</a> | <a href="/shipping-policy/">Shipping</a> | <a href="/refund/">Refunds</a> | <a href="/contact/">Contact</a> | Live chat 24/7<br>&copy; 2026 RxGlobalPharma. All trademarks belong to their owners.</footer>
""", head='<meta name="description" content="Order Spravato esketamine nasal spray online without prescription. Fast discreet worldwide delivery.">\n')

p("h3407", "https://www.calmdrop.example/start", "seller", True, "en",
  "questionnaire-only-online-clinic-ships-same-day", "CalmDrop – Ketamine troches delivered today. 3-minute form, no video call.", """
<header><a href="/">calmdrop</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/start" class="cta">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Feel lighter by the weekend.</h1>
<p>Skip the waiting rooms, the intake calls and the "let's try another SSRI first". Answer a short online questionnaire and get ketamine troches shipped to your door &mdash; usually the same day.</p>
<a class="cta" href="/start/quiz">Start the 3-minute form &rarr;</a>
<p class="small">No video visit. No insurance. No judgement.</p>
</section>
<section><h2>How it works</h2>
<ol><li><b>Tell us about yourself.</b> 12 quick questions about your mood, sleep and what you've tried.</li>
<li><b>Auto-approval.</b> Our system reviews your answers instantly; 97% of people are approved on the spot.</li>
<li><b>Choose your pack.</b> 10, 20 or 40 troches (150 mg or 300 mg). Order as many as you need &mdash; no monthly cap.</li>
<li><b>Fast delivery.</b> Shipped in an unmarked pouch from our partner lab, arrives in 1&ndash;3 days.</li></ol></section>
<section><h2>Pricing</h2>
<ul><li>Starter 10 &times; 150 mg &mdash; $129</li><li>Regular 20 &times; 300 mg &mdash; $219</li><li>Bulk 40 &times; 300 mg &mdash; $379 (best value)</li></ul>
<p>Reorder any time from your dashboard. Nobody calls you, nobody checks in.</p></section>
<section class="faq"><h2>Questions</h2>
<p><b>Do I need to talk to a doctor?</b> No. The questionnaire is all we need.</p>
<p><b>Which states do you ship to?</b> We ship to all 50 states and most of Canada.</p>
<p><b>Can I share with my partner?</b> Each account is for one person, but we don't verify who uses the product.</p></section>
</main>
<footer>&copy; 2026 CalmDrop Wellness LLC &middot; These statements have not been evaluated by the FDA. &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h3408", "https://buyketalar-online.example/product/ketalar-50mg-ml-10ml-vial/", "seller", True, "en",
  "url-only-thin-product-page", "Ketalar 50mg/ml 10ml vial – buyketalar-online", """
<main><h1>Ketalar 50mg/ml 10ml vial</h1>
<p class="price">$85.00 &ndash; $720.00</p>
<select><option>5 vials</option><option>10 vials</option><option>25 vials</option></select> <button>Add to cart</button>
<p>Category: Injectables</p></main>
""")

p("h3409", "https://www.tiendaquimica24.example/preguntas-frecuentes/", "seller", True, "es",
  "seller-faq-spanish", "Preguntas frecuentes | TiendaQuímica24", """
<header><a href="/">TiendaQuímica<b>24</b></a>
<nav><a href="/tienda/">Tienda</a> <a href="/categoria/disociativos/">Disociativos</a> <a href="/categoria/cannabinoides/">Cannabinoides</a> <a href="/envios/">Envíos</a> <a href="/preguntas-frecuentes/">FAQ</a> <a href="/mi-cuenta/">Mi cuenta</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Cuánto tarda en llegar mi pedido?</h3>
<p>A la península, entre 24 y 72 horas. Baleares y Canarias, de 4 a 7 días. Enviamos también a Portugal, Francia e Italia.</p>
<h3>¿Cómo viene empaquetado?</h3>
<p>En sobre acolchado sin logotipos, con el producto sellado al vacío y dentro de una bolsa opaca. El remitente es una empresa de material de oficina.</p>
<h3>¿La ketamina es de farmacia o de laboratorio?</h3>
<p>Trabajamos con dos referencias: cristal procedente de viales veterinarios evaporados (pureza 98-99 %) y polvo de síntesis (pureza superior al 99 %, analizado). En la ficha de cada producto indicamos el origen del lote.</p>
<h3>¿Necesito receta o algún documento?</h3>
<p>No. Solo te pedimos que seas mayor de edad. Los productos se venden como material de investigación.</p>
<h3>¿Puedo pagar con Bizum?</h3>
<p>Sí, para pedidos de hasta 150 €. Recibirás el número al confirmar el pedido. En el concepto pon únicamente el número de pedido. También aceptamos Bitcoin y transferencia.</p>
<h3>¿Qué pasa si Aduanas o Correos retiene el paquete?</h3>
<p>Dentro de España es muy raro. Si ocurre, te reenviamos el pedido una vez sin coste.</p>
<h3>¿Hacéis descuentos por cantidad?</h3>
<p>A partir de 10 g aplicamos precio de mayorista. Escríbenos por Telegram a @tq24_soporte.</p>
</main>
<footer>© 2026 TiendaQuímica24 · Solo para uso en investigación · No apto para consumo humano · <a href="/aviso-legal/">Aviso legal</a></footer>
""", noise="cookie-es")

p("h3410", "https://www.k-express24.example/kontakt", "seller", True, "de",
  "seller-contact-page-no-drug-named", "Kontakt – K-Express24", """
<header><a href="/">K-Express24</a>
<nav><a href="/shop">Shop</a> <a href="/versand">Versand</a> <a href="/bezahlung">Bezahlung</a> <a href="/bewertungen">Bewertungen</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Kontakt</h1>
<p>Du hast eine Frage zu deiner Bestellung, zur Sendungsverfolgung oder möchtest größere Mengen anfragen? Wir antworten in der Regel innerhalb von 2 Stunden (10&ndash;22 Uhr, auch am Wochenende).</p>
<ul>
<li><b>Telegram:</b> @kexpress24_support (bevorzugt)</li>
<li><b>Signal:</b> kexpress.71</li>
<li><b>Session-ID:</b> 05a3f9c1e7...d21 (vollständige ID nach dem Login sichtbar)</li>
<li><b>E-Mail (verschlüsselt):</b> kontakt@k-express24.example &ndash; PGP-Key unten</li>
</ul>
<p><b>Wichtig:</b> Schreib uns bitte niemals per normaler SMS oder WhatsApp und nenne in Nachrichten keine Produktnamen. Gib immer nur deine Bestellnummer an (z.&nbsp;B. KX-20931).</p>
<h2>Großhandel</h2>
<p>Ab 50 g gibt es Staffelpreise. Abholung in Berlin und Leipzig nach Absprache möglich.</p>
<h2>Keine Ware bekommen?</h2>
<p>Warte bitte 5 Werktage ab Versandbestätigung. Danach kläre das mit uns per Telegram &ndash; bei Verlust versenden wir einmalig kostenlos neu.</p>
<pre class="pgp">-----BEGIN PGP PUBLIC KEY BLOCK-----
mQINBGV7c2kBEADx0...
-----END PGP PUBLIC KEY BLOCK-----</pre>
</main>
<footer>&copy; 2026 K-Express24 &middot; Versand aus Deutschland &middot; Bezahlung mit Bitcoin, Monero oder Paysafecard</footer>
""", noise="cookie-de")

p("h3411", "https://www.veto-stock-direct.example/anesthesiques/ketamine-1000-10ml.html", "seller", True, "fr",
  "vet-drug-shop-selling-to-anyone-french", "Kétamine 1000 – flacon 10 ml – VétoStock Direct", """
<header><a href="/">VétoStock<b>Direct</b></a>
<nav><a href="/chiens/">Chiens</a> <a href="/chevaux/">Chevaux</a> <a href="/antiparasitaires/">Antiparasitaires</a> <a href="/anesthesiques/">Anesthésiques</a> <a href="/seringues-aiguilles/">Seringues &amp; aiguilles</a> <a href="/panier/">Panier</a></nav></header>
<nav class="fil">Accueil &gt; Anesthésiques &gt; Kétamine 1000</nav>
<main>
<h1>Kétamine 1000 mg/10 ml – solution injectable (usage vétérinaire)</h1>
<p class="prix">54,90 € <small>TTC</small></p>
<p>Quantité : <select><option>1 flacon</option><option>3 flacons (-8 %)</option><option>5 flacons (-12 %)</option><option>10 flacons (-20 %)</option></select> <button>Ajouter au panier</button></p>
<p class="dispo">En stock – expédié sous 24 h depuis l'Espagne</p>
<h2>Description</h2>
<p>Anesthésique dissociatif à base de chlorhydrate de kétamine (100 mg/ml), en flacon multidose de 10 ml. Utilisé pour l'anesthésie des chiens, chats, chevaux et bovins, seul ou associé à la xylazine ou à la médétomidine.</p>
<h2>Faut-il une ordonnance ?</h2>
<p>Nous n'exigeons pas d'ordonnance vétérinaire pour nos clients particuliers : éleveurs, propriétaires de chevaux, refuges. Il suffit de cocher la case « Je suis responsable de l'animal » lors de la commande. Aucun justificatif n'est demandé.</p>
<h2>Livraison</h2>
<p>Colis neutre, envoyé en suivi Colissimo ou GLS. Délai 2 à 4 jours en France, Belgique et Suisse. Paiement par virement, carte prépayée ou crypto-monnaie.</p>
<h3>Vous aimerez aussi</h3>
<p><a href="#">Xylazine 2 % 25 ml</a> · <a href="#">Seringues 1 ml (x100)</a> · <a href="#">Aiguilles 25G (x100)</a></p>
</main>
<footer>VétoStock Direct – service client : contact@veto-stock-direct.example – <a href="/cgv/">CGV</a> – <a href="/mentions-legales/">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h3412", "https://www.chemiehandel-nl.example/categorie/dissociatieven/", "seller", True, "nl",
  "research-chem-category-listing-dutch", "Dissociatieven kopen | ChemieHandel NL", """
<header><a href="/">ChemieHandel<span>NL</span></a>
<nav><a href="/categorie/psychedelica/">Psychedelica</a> <a href="/categorie/dissociatieven/">Dissociatieven</a> <a href="/categorie/stimulantia/">Stimulantia</a> <a href="/categorie/benzodiazepines/">Benzo's</a> <a href="/verzending/">Verzending</a> <a href="/winkelwagen/">Winkelwagen</a></nav></header>
<nav class="kruimel"><a href="/">Home</a> › Dissociatieven</nav>
<main>
<h1>Dissociatieven</h1>
<p>Onze dissociatieven worden geleverd door vaste labs en elke batch wordt door een onafhankelijk lab in Spanje getest. Voor 16:00 besteld, morgen in huis (NL/BE). Betalen met iDEAL via een tussenpersoon, Bitcoin of contant bij afhalen in Rotterdam.</p>
<p>Sorteren op: <select><option>Populariteit</option><option>Prijs laag-hoog</option><option>Nieuwste</option></select> &middot; 7 producten</p>
<ul class="grid">
<li><a href="/product/ketamine-kristal/">Ketamine kristal</a> <span>vanaf €32,50 / gram</span> <span class="badge">Bestseller</span></li>
<li><a href="/product/esketamine-poeder/">Esketamine (S-ketamine) poeder</a> <span>vanaf €42,00 / gram</span></li>
<li><a href="/product/2-fdck/">2-FDCK</a> <span>vanaf €24,00 / gram</span></li>
<li><a href="/product/o-pce/">O-PCE</a> <span>vanaf €35,00 / 500 mg</span></li>
<li><a href="/product/3-meo-pcp-pellets/">3-MeO-PCP pellets</a> <span>vanaf €20,00 / 10 st.</span></li>
<li><a href="/product/dxm-poeder/">DXM poeder</a> <span>vanaf €15,00 / 5 g</span> <span class="badge">Op = op</span></li>
<li><a href="/product/mxe-archief/">MXE</a> <span>Uitverkocht</span></li>
</ul>
<p class="let-op">Let op: alleen voor onderzoeksdoeleinden. Niet geschikt voor menselijke consumptie. Wij verkopen niet aan personen jonger dan 18 jaar.</p>
</main>
<footer>ChemieHandel NL &middot; Klantenservice via Wickr/Threema &middot; <a href="/algemene-voorwaarden/">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h3413", "https://classificados-rapido.example/anuncio/sp-zona-sul-k-cristal-7781", "seller", True, "pt",
  "classified-ad-post-portuguese-plain-text", "K cristal - entrega SP zona sul", """
Classificados Rápido › São Paulo › Outros › Anúncio #7781

K CRISTAL 🔥 ENTREGA EM SP (ZONA SUL / CENTRO) E ENVIO PRA TODO BRASIL

Cetamina em cristal, da boa, sem mistura. Vem dos frascos de clínica veterinária, evaporada na hora.
1g R$ 120 | 3g R$ 330 | 5g R$ 500 | 10g R$ 900
Frasco lacrado 10ml também, consultar valor.

Entrega em mãos com motoboy (taxa R$ 25) ou Sedex com embalagem discreta.
Pagamento: Pix antecipado ou cripto. Não faço fiado.
Chama no zap ou no Telegram, link no perfil. Só responde quem for comprar mesmo.

Publicado há 2 dias · 341 visualizações · Denunciar anúncio
""", ext="txt")

p("h3414", "https://ketamine-wellness-guide.example/ketamine-for-depression-complete-guide/", "seller", True, "en",
  "seo-padded-seller-blog-with-buy-buttons", "Ketamine for Depression: The Complete 2026 Guide (+ Where to Buy Safely)", """
<header><a href="/">Ketamine Wellness Guide</a> <nav><a href="/blog/">Blog</a> <a href="/shop/">Shop</a> <a href="/dosage-calculator/">Dosage calculator</a> <a href="/contact/">Contact</a></nav></header>
<main><article>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<p class="byline">By Wellness Team &middot; 14 min read &middot; Updated December 2026</p>
<nav class="toc"><b>Contents</b><ol><li>What is ketamine?</li><li>How does it work on the brain?</li><li>Ketamine vs. SSRIs</li><li>Forms: IV, nasal, troches, powder</li><li>How much to take</li><li>Where to buy ketamine safely</li></ol></nav>
<h2>What is ketamine?</h2>
<p>Ketamine was developed in the 1960s as an anaesthetic and is still one of the most widely used anaesthetics in the world, especially in field medicine and veterinary practice. In the last twenty years researchers discovered that low doses can relieve depression within hours, which made it one of the most exciting developments in psychiatry in decades.</p>
<h2>How does it work on the brain?</h2>
<p>Most antidepressants work on serotonin. Ketamine works on glutamate: it blocks NMDA receptors, which leads to a burst of glutamate signalling, the release of BDNF and the growth of new synaptic connections. Scientists describe this as neuroplasticity &ndash; the brain becoming able to form new pathways instead of looping in the same negative patterns.</p>
<h2>Ketamine vs. SSRIs</h2>
<p>SSRIs take four to six weeks and help only about a third of patients fully. Ketamine acts in hours and helped many people in trials who had failed two or more antidepressants. The effect of one dose fades after about a week, which is why repeated doses are usually needed.</p>
<h2>Forms: IV, nasal, troches, powder</h2>
<p>Clinics use intravenous infusions, which are expensive ($400&ndash;$800 per session). Esketamine nasal spray is given in certified centres. At home, many people prefer sublingual troches or measured powder, which cost a fraction of a clinic visit.</p>
<h2>How much to take</h2>
<p>Research doses are around 0.5 mg per kg of body weight. For nasal use most beginners start with 15&ndash;25 mg and increase slowly. Use our <a href="/dosage-calculator/">dosage calculator</a> and a 0.001 g scale. Never mix with alcohol.</p>
<h2 id="buy">Where to buy ketamine safely</h2>
<p>The grey market is full of cut products. We only recommend products we have lab-tested ourselves. Our shop stocks pharmaceutical-grade crystal and pre-dosed troches, shipped discreetly in the US and EU.</p>
<div class="product-box"><b>Pharma-grade ketamine crystal</b> &ndash; 1 g / 3 g / 5 g &ndash; from $45 <a class="btn" href="/shop/ketamine-crystal/">Buy now</a></div>
<div class="product-box"><b>Ketamine troches 100 mg</b> &ndash; pack of 10 &ndash; $99 <a class="btn" href="/shop/troches-100/">Buy now</a></div>
<div class="product-box"><b>Starter bundle</b> (crystal + scale + nasal spray bottle) &ndash; $79 <a class="btn" href="/shop/starter-bundle/">Buy now</a></div>
<p class="small">Use code GUIDE10 for 10% off your first order. Payment by card or crypto.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Ketamine and microdosing: what to know</a></li><li><a href="#">Troches vs. nasal: which is better?</a></li><li><a href="#">How to store ketamine</a></li></ul></aside></main>
<footer>&copy; 2026 Ketamine Wellness Guide. This site is for educational purposes and does not provide medical advice.</footer>
""", noise="cookie", head='<meta name="robots" content="index,follow">\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ketamine for Depression: The Complete 2026 Guide","author":{"@type":"Organization","name":"Ketamine Wellness Guide"}}</script>\n')

# ---------------------------------------------------------------- telehealth

p("h3415", "https://www.tidewellhealth.example/", "telehealth", False, "en",
  "telehealth-home-page-full-chrome", "Tidewell | Clinician-guided at-home ketamine therapy", """
<header><a class="logo" href="/">tidewell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/who-we-treat">Who we treat</a> <a href="/states">Where we practice</a> <a href="/clinicians">Our clinicians</a> <a href="/journal">Journal</a> <a href="https://help.tidewellhealth.example">Help</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">Check eligibility</a></nav></header>
<main>
<section class="hero"><h1>When the usual treatments haven't worked, there's another path.</h1>
<p>Tidewell pairs a board-certified psychiatric clinician with a dedicated integration guide to see if ketamine therapy at home is right for you. Every plan starts with a real medical evaluation &mdash; and some people we see are better served elsewhere. We'll tell you that, too.</p>
<a class="cta" href="/eligibility">Take the 5-minute eligibility screen</a></section>
<section><h2>What the first month looks like</h2>
<div class="steps">
<div><b>1. Screening</b><p>Answer questions about your history, medications and blood pressure. It doesn't commit you to anything.</p></div>
<div><b>2. Video evaluation</b><p>A 45-minute visit with a licensed psychiatric nurse practitioner or physician licensed in your state. They review your records and decide with you whether treatment is appropriate.</p></div>
<div><b>3. Prescription &amp; pharmacy</b><p>If you're approved, your clinician sends a prescription for sublingual tablets to a licensed partner pharmacy, which ships it to you with a blood-pressure cuff and session journal.</p></div>
<div><b>4. Guided sessions</b><p>Six sessions over four weeks, each with a sitter present at home and check-ins before and after. Your clinician adjusts the dose based on your scores and side effects.</p></div></div></section>
<section><h2>Who it may help</h2><p>Adults with depression that hasn't improved after two or more medications, and some people with anxiety or PTSD. Not appropriate if you have uncontrolled high blood pressure, a history of psychosis or mania, are pregnant, or have an active substance use disorder.</p></section>
<section class="quotes"><blockquote>"My clinician actually slowed me down in week two when my blood pressure ran high. That's when I knew this was real care." &ndash; Dana, 41, Colorado</blockquote></section>
<section><p>Now seeing patients in 22 states. <a href="/states">See if we're in yours &rarr;</a></p></section>
</main>
<footer><div><a href="/about">About</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a></div>
<p>If you are in crisis, call or text 988. Tidewell is not an emergency service.</p>
<p>&copy; 2026 Tidewell Health, PC. Clinical services provided by affiliated professional corporations.</p></footer>
""", noise="cookie", head='<meta name="description" content="Clinician-led at-home ketamine therapy with medical evaluation, monitoring and integration support.">\n')

p("h3416", "https://www.tidewellhealth.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-page", "Pricing | Tidewell", """
<header><a class="logo" href="/">tidewell</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/states">States</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Simple, upfront pricing</h1>
<p>Insurance doesn't usually cover at-home ketamine. We can give you a superbill for out-of-network reimbursement, and HSA/FSA cards are accepted.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$149</p><p>One-time</p><ul><li>45-min video visit with a psychiatric clinician</li><li>Medical history and medication review</li><li>Refunded in full if you're not a candidate</li></ul></div>
<div class="plan featured"><h2>Initial program</h2><p class="price">$495</p><p>Month one</p><ul><li>Six guided sessions</li><li>Two clinician follow-ups</li><li>Weekly integration call</li><li>Blood-pressure cuff and journal</li></ul><p class="note">Medication is dispensed by our partner pharmacy and billed separately (typically $40&ndash;$90).</p></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$199</p><p>Per month, cancel anytime</p><ul><li>Sessions as prescribed by your clinician</li><li>Monthly follow-up visit</li><li>Messaging with your care team</li></ul></div></div>
<h2>Frequently asked</h2>
<p><b>When am I charged?</b> The evaluation fee is collected at booking. Program fees are charged only after your clinician approves a treatment plan.</p>
<p><b>Can I pause?</b> Yes. Your clinician will want to check in before you restart.</p>
</main>
<footer>&copy; 2026 Tidewell Health, PC &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3417", "https://help.tidewellhealth.example/hc/en-us/articles/4410-when-will-my-medication-arrive", "telehealth", False, "en",
  "telehealth-help-center-shipping-article", "When will my medication arrive? – Tidewell Help Center", """
<header><a href="/hc/en-us">Tidewell Help Center</a> <form><input type="search" placeholder="Search"></form> <a href="/hc/en-us/requests/new">Contact us</a></header>
<nav class="crumbs"><a href="/hc/en-us">Help Center</a> › <a href="/hc/en-us/sections/pharmacy">Pharmacy &amp; delivery</a></nav>
<main><article>
<h1>When will my medication arrive?</h1>
<p class="meta">Updated 12 days ago</p>
<p>After your clinician signs your treatment plan, the prescription is sent electronically to our partner pharmacy. The pharmacy is a separately licensed business and handles dispensing and shipping.</p>
<ol><li><b>Pharmacy review (1&ndash;2 business days).</b> A pharmacist checks the prescription and may contact you to confirm your address and allergies.</li>
<li><b>Dispatch.</b> Orders ship Monday to Thursday by overnight courier so they are not left in a depot over the weekend.</li>
<li><b>Delivery.</b> An adult signature with ID is required. The courier cannot leave the parcel at the door or with a neighbour.</li></ol>
<p>You'll get a text with the tracking link once the parcel is picked up.</p>
<h2>I missed the delivery</h2>
<p>The courier will try again the next business day and then hold the parcel at a local pickup location for five days. Bring a photo ID that matches the name on the prescription.</p>
<h2>Can I have it shipped to another state?</h2>
<p>No. Your medication can only be shipped to an address in the state where your clinician is licensed and where you'll be located during sessions. If you're travelling, message your care team before your next refill.</p>
<p>Was this article helpful? <button>Yes</button> <button>No</button></p>
</article>
<aside><h3>Related</h3><ul><li><a href="#">Storing your medication safely</a></li><li><a href="#">How refills work</a></li><li><a href="#">Using your HSA/FSA card</a></li></ul></aside></main>
""")

p("h3418", "https://embermind.example/locations", "telehealth", False, "en",
  "telehealth-state-availability-partial", "Where we practice – Ember Mind", """
<nav><a href="/">Ember Mind</a> <a href="/get-started">Get started</a></nav>
<h1>Where we practice</h1>
<p>Our clinicians hold licenses in the states below. You must be physically located in one of them during every visit and session.</p>
<ul class="states"><li>Arizona</li><li>California</li><li>Colorado</li><li>Connecticut</li><li>Florida</li><li>Georgia</li><li>Illinois</li><li>Massachusetts</li><li>Michigan</li><li>Minnesota</li><li>New Jersey</li><li>New York</li><li>North Carolina</li><li>Oregon</li><li>Pennsylvania</li><li>Texas</li><li>Virginia</li><li>Washington</li></ul>
<p>Not listed? <a href="/waitlist">Join the waitlist</a> and we'll e-mail you when a licensed clinician joins in your state.</p>
""")

p("h3419", "https://www.northstarathome.example/our-team", "telehealth", False, "en",
  "telehealth-clinician-team-page", "Our Care Team | Northstar At-Home Psychiatry", """
<header><a href="/">Northstar <small>At-Home Psychiatry</small></a> <nav><a href="/treatment">Treatment</a> <a href="/our-team">Our team</a> <a href="/faq">FAQ</a> <a href="/book">Book an evaluation</a></nav></header>
<main>
<h1>The people behind your care</h1>
<p>Every Northstar patient has a named prescriber and a named therapist. Nobody is approved by an algorithm; your prescriber reads your intake, meets you on video and decides.</p>
<div class="team">
<div class="person"><h3>Rebecca Alvarado, MD</h3><p>Medical Director &middot; Board-certified in Psychiatry</p><p>Dr. Alvarado spent eleven years running an inpatient mood disorders unit before joining Northstar. She sets our screening criteria and reviews every dose escalation above the starting range.</p></div>
<div class="person"><h3>Marcus Finley, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner &middot; Licensed in NY, NJ, CT, PA</p><p>Marcus leads our blood-pressure and side-effect monitoring protocol and sees most new patients in the Northeast.</p></div>
<div class="person"><h3>Priya Raman, PMHNP-BC</h3><p>Psychiatric Nurse Practitioner &middot; Licensed in CA, OR, WA</p><p>Priya works with patients who have PTSD alongside depression and coordinates with outside trauma therapists.</p></div>
<div class="person"><h3>Jonah Weiss, LCSW</h3><p>Integration Therapist</p><p>Jonah runs preparation and integration calls and trains the sitters who accompany patients during home sessions.</p></div>
<div class="person"><h3>Alicia Beaumont, PharmD</h3><p>Clinical Pharmacist</p><p>Alicia checks every new patient's medication list for interactions before the first prescription goes out.</p></div>
</div>
<p><a href="/book">Book an evaluation with our team &rarr;</a></p>
</main>
<footer>Northstar At-Home Psychiatry, PLLC &middot; 555-0148 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3420", "https://www.menteclara-telesalud.example/es/preguntas", "telehealth", False, "es",
  "telehealth-faq-spanish-us-provider", "Preguntas frecuentes | MenteClara Telesalud", """
<header><a href="/es/">MenteClara <small>Telesalud</small></a> <nav><a href="/es/tratamiento">Tratamiento</a> <a href="/es/precios">Precios</a> <a href="/es/preguntas">Preguntas</a> <a href="/en/">English</a> <a href="/es/evaluacion" class="cta">Solicitar evaluación</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Quién puede recibir tratamiento con ketamina en casa?</h3>
<p>Adultos de 18 a 70 años que viven en Texas, Florida, California, Illinois o Nueva York y que tienen depresión que no ha mejorado con al menos dos antidepresivos. La decisión final la toma siempre el médico o la enfermera psiquiátrica después de la consulta por video.</p>
<h3>¿La consulta es en español?</h3>
<p>Sí. Todo el proceso &mdash;evaluación, seguimiento y sesiones de integración&mdash; puede hacerse en español con profesionales con licencia en su estado.</p>
<h3>¿Cómo recibo el medicamento?</h3>
<p>Si el profesional considera que el tratamiento es adecuado, envía una receta a una farmacia con licencia. La farmacia le manda las tabletas sublinguales por mensajería; al recibirlas hay que mostrar una identificación con foto.</p>
<h3>¿Necesito que alguien me acompañe?</h3>
<p>Sí. En cada sesión debe haber un adulto de confianza en casa. Antes de la primera sesión le explicamos cómo medir la presión arterial con el tensiómetro que le enviamos.</p>
<h3>¿Lo cubre mi seguro?</h3>
<p>Por lo general, no. La evaluación cuesta 129 USD y se reembolsa si no es candidato. Le damos un recibo detallado por si su seguro reembolsa parte del costo.</p>
<h3>¿Y si me siento mal durante una sesión?</h3>
<p>Su acompañante puede llamar a la línea clínica, disponible durante todas las sesiones programadas. En caso de emergencia, llame al 911.</p>
</main>
<footer>© 2026 MenteClara Telesalud · Línea de ayuda 988 (oprima 2 para español)</footer>
""", noise="cookie-es")

p("h3421", "https://renovamind.example/pt/como-funciona", "telehealth", False, "pt",
  "telehealth-portuguese-how-it-works", "Como funciona | Renova Mind – tratamento com cetamina em casa", """
<header><a href="/pt/">Renova Mind</a> <nav><a href="/pt/como-funciona">Como funciona</a> <a href="/pt/valores">Valores</a> <a href="/pt/estados">Estados atendidos</a> <a href="/">English</a></nav></header>
<main>
<h1>Tratamento com cetamina em casa, com acompanhamento médico</h1>
<p>Atendemos a comunidade brasileira e lusófona nos Estados Unidos (Massachusetts, Flórida, Nova Jersey e Connecticut). Todas as consultas podem ser feitas em português.</p>
<h2>Passo a passo</h2>
<ol><li><b>Triagem online</b> – um questionário sobre saúde, remédios em uso e histórico. Leva uns 10 minutos.</li>
<li><b>Consulta por vídeo</b> – com um psiquiatra ou enfermeiro psiquiátrico licenciado no seu estado. Pedimos exames ou relatórios do seu médico quando necessário.</li>
<li><b>Receita</b> – se o tratamento for indicado, a receita vai para uma farmácia licenciada, que envia o medicamento para o seu endereço.</li>
<li><b>Sessões acompanhadas</b> – você faz as sessões em casa, com um acompanhante adulto, e conversa com a equipe antes e depois.</li>
<li><b>Reavaliação</b> – depois de quatro semanas o profissional revê os resultados e decide se continua, ajusta ou encerra.</li></ol>
<p>Importante: não atendemos pessoas que estejam no Brasil. A prescrição só é válida para pacientes localizados nos estados onde nossos profissionais têm licença.</p>
<a class="cta" href="/pt/triagem">Começar a triagem</a>
</main>
<footer>Renova Mind Health, PC · (555) 014-2290 · <a href="/pt/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

p("h3422", "https://www.tidewellhealth.example/journal/preparing-for-your-first-home-session", "telehealth", False, "en",
  "telehealth-blog-post-session-preparation", "Preparing for your first home session | Tidewell Journal", """
<header><a class="logo" href="/">tidewell</a> <nav><a href="/journal">Journal</a> <a href="/how-it-works">How it works</a> <a href="/eligibility">Check eligibility</a></nav></header>
<main><article>
<p class="crumbs"><a href="/journal">Journal</a> / Patient guides</p>
<h1>Preparing for your first home session</h1>
<p class="byline">Written by Jonah Ortiz, LMFT, integration guide &middot; Reviewed by Elena Marsh, MD &middot; 6 min read</p>
<p>The week before a first session, most people tell us the same thing: "I don't know what to expect." That's normal. Here is what we ask of you, and why.</p>
<h2>The day before</h2>
<ul><li>Confirm your sitter. This is an adult you trust who will stay in the home for the whole session and for an hour afterwards. They don't need to do anything medical; they do need to stay off their phone.</li>
<li>Arrange not to drive until the next morning.</li>
<li>Charge your blood-pressure cuff and take one practice reading so the numbers look familiar.</li></ul>
<h2>On the day</h2>
<p>Skip food for about three hours beforehand to lower the chance of nausea. Take your reading and enter it in the app; if it's above the limit your clinician set, the session is postponed and we'll call you. This happens to around one in ten people early on and is not a failure.</p>
<p>Pick a quiet room, dim the light, have an eye mask and headphones ready. Write down an intention &mdash; a sentence, not an essay.</p>
<h2>During and after</h2>
<p>Effects usually begin within 15 minutes and fade after about an hour. Some people feel floaty or detached; some feel very little at first. Your clinician adjusts the plan based on what you report, so be honest in the post-session check-in.</p>
<p>Afterwards, rest, eat something light and jot down what came up. We'll talk about it at your integration call.</p>
</article>
<aside><h3>More guides</h3><ul><li><a href="#">What a sitter is (and isn't)</a></li><li><a href="#">Talking to your family about treatment</a></li><li><a href="#">When sessions stop: tapering and maintenance</a></li></ul></aside></main>
<footer>&copy; 2026 Tidewell Health, PC</footer>
""")

p("h3423", "https://mail.embermind.example/notifications/treatment-plan-approved", "telehealth", False, "en",
  "telehealth-approval-email-plain-text", "Your treatment plan is ready", """
From: Ember Mind Care Team <notifications@embermind.example>
To: s.kowalczyk@mailbox.example
Subject: Your treatment plan is ready

Hi Sam,

Thanks for meeting with Kara Doyle, PMHNP, on Tuesday. After reviewing your intake, your blood-pressure readings and the records from Dr. Hsu's office, Kara has approved a treatment plan for you.

What happens next
1. Your prescription has been sent to Carrington Specialty Pharmacy (license #PH-20417). They'll text you within one business day to confirm your address.
2. Your kit will arrive by overnight courier and needs an adult signature. It includes your medication, a blood-pressure cuff and a printed session guide.
3. Please book your first session slot in the app. Your sitter should be available for the full two hours.

Before your first session, read the safety guide (Care > Documents). If you start any new medication, tell us before your next session.

Questions? Reply in the app's Messages tab; a member of your care team answers within one business day. If you're in crisis, call or text 988.

— The Ember Mind Care Team
Ember Mind Medical Group, PC · 555-0193
""", ext="txt")

# ---------------------------------------------------------------- clinics

p("h3424", "https://www.brightwaterinfusion.example/", "clinic", False, "en",
  "iv-infusion-clinic-home-full-chrome", "Brightwater Infusion Center | IV Ketamine in Asheville, NC", """
<div class="topbar">📍 12 Haywood Park Dr, Suite 210, Asheville NC &nbsp; ☎ (828) 555-0172 &nbsp; Mon&ndash;Sat 8am&ndash;6pm</div>
<header><a class="logo" href="/">Brightwater <small>Infusion Center</small></a>
<nav><a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/conditions">Conditions</a> <a href="/new-patients">New Patients</a> <a href="/fees">Fees &amp; Financing</a> <a href="/about">About</a> <a href="/contact">Contact</a> <a class="btn" href="/consultation">Free Consultation</a></nav></header>
<main>
<section class="hero"><h1>Relief for depression, PTSD and chronic pain &mdash; in a calm, medically supervised setting.</h1>
<p>Our physician-led team has provided more than 9,000 IV ketamine infusions since 2018. Every infusion is given by an anesthesia provider with continuous heart, oxygen and blood-pressure monitoring.</p>
<a class="btn" href="/consultation">Request a consultation</a> <a class="btn-outline" href="/refer">For referring providers</a></section>
<section><h2>What to expect</h2>
<p>Your first visit includes a review of your psychiatric and medical history and vital signs. If infusions are a fit, most patients begin a series of six over two to three weeks. Each infusion lasts about 40 minutes in a private room with a reclining chair, weighted blanket and your own music. Plan to stay 30 minutes afterwards, and bring someone to drive you home.</p></section>
<section class="grid"><div><h3>Depression &amp; suicidal thoughts</h3><p>For people who have not responded to two or more antidepressants.</p></div>
<div><h3>PTSD &amp; anxiety</h3><p>Coordinated with your therapist when possible.</p></div>
<div><h3>CRPS &amp; fibromyalgia</h3><p>Longer pain-protocol infusions, usually over 4 hours.</p></div></section>
<section class="reviews"><p>&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 318 Google reviews</p><blockquote>"The nurses explained everything and checked on me the whole time." &ndash; Laura P.</blockquote></section>
</main>
<footer><p>Brightwater Infusion Center, PLLC &middot; Medical Director: Thomas Greer, MD, Anesthesiology</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Brightwater Infusion Center","address":{"@type":"PostalAddress","streetAddress":"12 Haywood Park Dr, Suite 210","addressLocality":"Asheville","addressRegion":"NC"},"telephone":"+1-828-555-0172"}</script>\n')

p("h3425", "https://www.lakesidebehavioral.example/services/spravato", "clinic", False, "en",
  "spravato-rems-treatment-centre-page", "Spravato® Treatment | Lakeside Behavioral Health", """
<header><a href="/">Lakeside Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient Portal</a></nav></header>
<nav class="crumbs"><a href="/">Home</a> / <a href="/services">Services</a> / Spravato</nav>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeside Behavioral Health is a certified treatment center for Spravato, the prescription nasal spray for adults with treatment-resistant depression and for depressive symptoms with acute suicidal thoughts or actions. It is used together with an oral antidepressant.</p>
<h2>How a treatment day works</h2>
<p>You self-administer the spray in our treatment suite while a nurse observes. We check your blood pressure before the first dose and again at 40 minutes, and you stay with us for at least two hours until our staff confirm you are ready to leave. You may not drive until the next day after a restful sleep, so please arrange a ride.</p>
<p>The usual schedule is twice a week for the first four weeks, then weekly, then every one or two weeks depending on response. The medication never leaves the clinic.</p>
<h2>Insurance</h2>
<p>Spravato is covered by most commercial plans and by Medicare with prior authorization. Our benefits team submits the paperwork and will tell you your expected out-of-pocket cost before you start. The manufacturer's savings program may lower co-pays for eligible commercially insured patients.</p>
<h2>Getting started</h2>
<p>Ask your psychiatrist to send a referral, or book an evaluation with one of our providers. Call (614) 555-0128 or use the form below.</p>
<form><input placeholder="Name"> <input placeholder="Phone"> <select><option>I am a patient</option><option>I am a referring provider</option></select> <button>Send</button></form>
</main>
<footer>Lakeside Behavioral Health &middot; 880 Olentangy River Rd, Columbus OH &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h3426", "https://www.stillpointkap.example/team", "clinic", False, "en",
  "kap-practice-team-page", "Our Team — Stillpoint Ketamine-Assisted Psychotherapy", """
<header><a href="/">Stillpoint</a> <nav><a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Our Team</h1>
<p>Stillpoint is a small group practice in Portland's Sellwood neighborhood. Sessions take place in our office: a prescriber evaluates you and administers medicine in person, and a therapist stays with you throughout.</p>
<article><h2>Naomi Feld, MD</h2><p>Psychiatrist. Naomi completes all medical evaluations, prescribes, and is present for dosing. She trained in consultation-liaison psychiatry and has a special interest in perinatal depression (after pregnancy and breastfeeding).</p></article>
<article><h2>Caleb Osei, PsyD</h2><p>Clinical psychologist. Caleb leads preparation and integration work and sits with clients during intramuscular and lozenge sessions. He has worked with veterans for fifteen years.</p></article>
<article><h2>Hana Kurokawa, LPC</h2><p>Counselor. Hana offers the eight-week integration group that meets on Thursday evenings and works with couples navigating one partner's treatment.</p></article>
<article><h2>Rosa Delgado</h2><p>Practice manager. Rosa handles scheduling, superbills and questions about our sliding scale.</p></article>
<p>We're happy to coordinate with your existing therapist or psychiatrist. <a href="/contact">Reach out for a free 20-minute call.</a></p>
</main>
<footer>Stillpoint KAP, LLC &middot; 7015 SE 13th Ave, Portland, OR &middot; (503) 555-0184</footer>
""")

p("h3427", "https://www.evergreenketamineclinic.example/contact-us", "clinic", False, "en",
  "clinic-contact-page-mostly-navigation", "Contact Us | Evergreen Ketamine Clinic", """
<header><a href="/">Evergreen Ketamine Clinic</a>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/iv-therapy">IV Therapy</a> <a href="/conditions/depression">Depression</a> <a href="/conditions/ptsd">PTSD</a> <a href="/conditions/pain">Pain</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/contact-us">Contact</a></nav></header>
<main><h1>Contact Us</h1>
<p>4410 Cedar Ave S, Minneapolis, MN &middot; (612) 555-0107</p>
<iframe src="https://maps.example/embed?q=4410+Cedar+Ave" title="map"></iframe></main>
<footer><a href="/privacy-policy">Privacy Policy</a> | <a href="/sitemap">Sitemap</a> | &copy; 2026</footer>
""")

p("h3428", "https://www.uniklinik-hohenstein.example/psychiatrie/ambulanzen/esketamin", "clinic", False, "de",
  "university-hospital-esketamine-outpatient-german", "Esketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie – Universitätsklinikum Hohenstein", """
<header><a href="/">Universitätsklinikum Hohenstein</a>
<nav><a href="/patienten">Patienten &amp; Besucher</a> <a href="/kliniken">Kliniken &amp; Institute</a> <a href="/forschung">Forschung</a> <a href="/karriere">Karriere</a> <a href="/notfall">Notfall</a></nav></header>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/psychiatrie">Psychiatrie und Psychotherapie</a> › <a href="/psychiatrie/ambulanzen">Ambulanzen</a> › Esketamin</nav>
<main>
<h1>Spezialambulanz für therapieresistente Depression (Esketamin)</h1>
<p>In unserer Spezialambulanz behandeln wir Erwachsene mit einer mittelgradigen bis schweren depressiven Episode, die auf mindestens zwei Antidepressiva nicht ausreichend angesprochen haben. Neben der Optimierung der medikamentösen Therapie bieten wir die Behandlung mit Esketamin-Nasenspray in Kombination mit einem oralen Antidepressivum an.</p>
<h2>Ablauf</h2>
<p>Vor Beginn findet ein ausführliches Vorgespräch mit körperlicher Untersuchung, EKG und Laborkontrolle statt. Die Anwendung erfolgt in den Räumen der Ambulanz unter ärztlicher und pflegerischer Aufsicht. Blutdruck und Befinden werden während der anschließenden Beobachtungszeit von mindestens zwei Stunden regelmäßig kontrolliert. Am Behandlungstag dürfen Sie kein Fahrzeug führen.</p>
<p>In der Einleitungsphase finden die Termine zweimal wöchentlich statt, danach in größeren Abständen. Die Behandlung wird von regelmäßigen psychotherapeutischen Gesprächen begleitet.</p>
<h2>Zuweisung</h2>
<p>Für einen Termin benötigen wir eine Überweisung Ihrer Fachärztin oder Ihres Facharztes für Psychiatrie sowie aktuelle Befunde. Die Kosten werden von den gesetzlichen und privaten Krankenkassen übernommen.</p>
<h2>Kontakt</h2>
<p>Sekretariat Ambulanzen: Tel. 0561 555 3120 (Mo&ndash;Fr 8&ndash;12 Uhr)<br>Leitung: Prof. Dr. med. Katrin Vollmer, Oberärztin Dr. med. Selim Aydın</p>
</main>
<footer>Universitätsklinikum Hohenstein &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h3429", "https://www.centroserenamente.example/infusioni-ketamina-milano", "clinic", False, "it",
  "private-infusion-centre-italian", "Infusioni di ketamina a Milano | Centro SerenaMente", """
<header><a href="/">Centro SerenaMente</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Infusioni endovenose di ketamina</h1>
<p>Presso il nostro poliambulatorio in zona Porta Romana offriamo cicli di infusioni di ketamina a basso dosaggio per pazienti con depressione resistente, inviati dal proprio psichiatra o valutati dai nostri specialisti.</p>
<h2>Prima visita</h2>
<p>La prima visita psichiatrica (durata 60 minuti) serve a verificare l'indicazione al trattamento, raccogliere la storia clinica e le terapie in corso e valutare eventuali controindicazioni come ipertensione non controllata o disturbi psicotici. È richiesto un elettrocardiogramma recente.</p>
<h2>Durante l'infusione</h2>
<p>L'infusione dura circa 40 minuti e viene eseguita in una stanza dedicata, con monitoraggio continuo di pressione, frequenza cardiaca e saturazione da parte di un medico anestesista e di un infermiere. Dopo il trattamento si resta in osservazione per almeno un'ora. Non è consentito guidare nel resto della giornata.</p>
<h2>Il ciclo</h2>
<p>Il protocollo standard prevede sei infusioni in tre settimane, seguite da una visita di controllo. Eventuali sedute di mantenimento vengono decise insieme allo psichiatra curante.</p>
<p><b>Prenotazioni:</b> 02 5550 3388 &middot; segreteria@centroserenamente.example</p>
</main>
<footer>Centro SerenaMente S.r.l. &middot; Direttore sanitario: Dott.ssa Giulia Ferraris &middot; Autorizzazione sanitaria n. 4471/2021 &middot; P.IVA 0000000000</footer>
""", noise="cookie")

p("h3430", "https://www.ch-valdemarne-est.example/psychiatrie/pole-adultes/esketamine", "clinic", False, "fr",
  "hospital-psychiatry-service-page-french", "Traitement par eskétamine – Pôle de psychiatrie adulte – CH Val-de-Marne Est", """
<header><a href="/">Centre hospitalier Val-de-Marne Est</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Nos services</a> <a href="/professionnels">Professionnels</a> <a href="/recrutement">Recrutement</a></nav></header>
<nav class="ariane">Accueil &gt; Nos services &gt; Psychiatrie adulte &gt; Eskétamine</nav>
<main>
<h1>Hôpital de jour : traitement par eskétamine</h1>
<p>Le pôle de psychiatrie adulte propose, au sein de son hôpital de jour, le traitement par eskétamine en spray nasal pour les patients souffrant d'un épisode dépressif caractérisé résistant, après avis d'un psychiatre du service.</p>
<h2>Déroulement d'une séance</h2>
<p>Le patient s'administre lui-même le spray sous la surveillance d'une infirmière. Une surveillance de la tension artérielle et de l'état de conscience est assurée pendant au moins deux heures. La conduite est interdite jusqu'au lendemain : prévoyez un accompagnant ou un transport.</p>
<h2>Comment être orienté ?</h2>
<p>L'accès se fait sur adresse du psychiatre traitant ou du médecin généraliste, à l'aide du formulaire d'adressage téléchargeable ci-dessous. Une consultation d'évaluation est programmée dans un délai de trois à six semaines.</p>
<p><a href="/docs/formulaire-adressage-eskétamine.pdf">Formulaire d'adressage (PDF, 180 Ko)</a></p>
<h2>Contact</h2>
<p>Secrétariat de l'hôpital de jour : 01 55 55 42 10, du lundi au vendredi de 9 h à 16 h 30.</p>
</main>
<footer>CH Val-de-Marne Est · <a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>
""", noise="cookie-fr")

p("h3431", "https://www.ggz-rivierenland-oost.example/behandelingen/esketamine", "clinic", False, "nl",
  "dutch-mental-health-esketamine-treatment", "Behandeling met esketamine | GGZ Rivierenland Oost", """
<header><a href="/">GGZ Rivierenland Oost</a> <nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/crisis">Crisis? Bel 112</a></nav></header>
<main>
<h1>Esketamine bij moeilijk behandelbare depressie</h1>
<p>Heeft u een depressie en hebben minstens twee verschillende antidepressiva onvoldoende geholpen? Dan kan uw behandelaar u verwijzen naar ons specialistisch centrum voor stemmingsstoornissen in Tiel voor een behandeling met esketamine-neusspray.</p>
<h2>Hoe gaat het in zijn werk?</h2>
<p>U gebruikt de neusspray zelf, op onze afdeling, onder toezicht van een verpleegkundige. Daarna blijft u ongeveer twee uur bij ons, zodat we uw bloeddruk en hoe u zich voelt kunnen controleren. U mag die dag niet zelf autorijden of fietsen; regel vervoer naar huis.</p>
<p>De eerste vier weken komt u twee keer per week, daarna minder vaak. Naast de neusspray blijft u een antidepressivum gebruiken en heeft u regelmatig gesprekken met uw psychiater.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. Wel geldt uw eigen risico.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Verwijzers kunnen bellen met het secretariaat via 0344 555 210.</p>
</main>
<footer>GGZ Rivierenland Oost · <a href="/privacy">Privacy</a> · <a href="/klachten">Klachten</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational

p("h3432", "https://www.ketaminefinder.example/clinics/texas/austin", "informational", False, "en",
  "clinic-finder-city-listing-page", "Ketamine Clinics in Austin, TX (14 providers) | KetamineFinder", """
<header><a href="/">KetamineFinder</a> <nav><a href="/clinics">Find a clinic</a> <a href="/telehealth">At-home providers</a> <a href="/spravato-centers">Spravato centers</a> <a href="/guides">Guides</a> <a href="/for-providers">List your practice</a></nav></header>
<nav class="crumbs"><a href="/clinics">Clinics</a> › <a href="/clinics/texas">Texas</a> › Austin</nav>
<main>
<h1>Ketamine clinics in Austin, TX</h1>
<p>14 providers within 25 miles &middot; Sorted by: <select><option>Best match</option><option>Distance</option><option>Rating</option><option>Price</option></select> &middot; Filters: <label><input type="checkbox"> IV infusion</label> <label><input type="checkbox"> Spravato</label> <label><input type="checkbox"> Accepts insurance</label></p>
<ol class="results">
<li><h3><a href="/clinic/hill-country-infusion">Hill Country Infusion Therapy</a></h3><p>IV ketamine &middot; Spravato &middot; 2.1 mi &middot; &#9733; 4.8 (211)</p><p>From $450 per infusion &middot; Anesthesiologist-led</p><a class="btn" href="/clinic/hill-country-infusion">View profile</a></li>
<li class="sponsored"><span>Sponsored</span><h3><a href="/clinic/lumen-at-home">Lumen At-Home</a></h3><p>Telehealth &middot; Available in Texas</p><a class="btn" href="/out/lumen">Visit website</a></li>
<li><h3><a href="/clinic/south-congress-psychiatry">South Congress Psychiatry</a></h3><p>Spravato &middot; 3.4 mi &middot; &#9733; 4.6 (88)</p><p>Most insurance accepted</p><a class="btn" href="/clinic/south-congress-psychiatry">View profile</a></li>
<li><h3><a href="/clinic/clearpath-ketamine">ClearPath Ketamine &amp; Wellness</a></h3><p>IV &middot; IM &middot; KAP &middot; 5.0 mi &middot; &#9733; 4.9 (143)</p><p>From $400 &middot; Package pricing</p><a class="btn" href="/clinic/clearpath-ketamine">View profile</a></li>
<li><h3><a href="/clinic/round-rock-pain">Round Rock Pain &amp; Infusion</a></h3><p>IV (pain protocols) &middot; 17.8 mi &middot; &#9733; 4.3 (52)</p><a class="btn" href="/clinic/round-rock-pain">View profile</a></li>
</ol>
<p><a href="?page=2">Next page &raquo;</a></p>
<section class="guide"><h2>How to choose a clinic in Austin</h2><p>Ask who administers the medicine and who monitors you, whether a psychiatric evaluation is part of intake, and what the total cost of a six-infusion series is. Be wary of any site that will ship ketamine without a real medical evaluation.</p></section>
</main>
<footer>KetamineFinder is a directory and does not provide medical care. Listings are provided by clinics; some are paid placements. &middot; <a href="/editorial-policy">Editorial policy</a></footer>
""", noise="cookie")

p("h3433", "https://www.tristatecourier.example/news/2026/11/dark-web-ketamine-vendor-sentenced", "informational", False, "en",
  "news-story-online-seller-prosecution", "Man who sold ketamine through online storefront sentenced to 7 years", """
<header><a href="/">The Tri-State Courier</a> <nav><a href="/news">News</a> <a href="/crime">Crime &amp; Courts</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Crime &amp; Courts</p>
<h1>Man who sold ketamine through online storefront sentenced to 7 years</h1>
<p class="byline">By Alyssa Brandt &middot; Nov. 21, 2026</p>
<p>A 34-year-old man who prosecutors say ran a website selling ketamine and other drugs to customers in at least 30 states was sentenced Thursday to seven years in federal prison.</p>
<p>According to court filings, the site advertised "pharmaceutical-grade" ketamine powder and nasal sprays, accepted cryptocurrency, and promised "stealth" packaging. Investigators made undercover purchases in 2024 and traced shipments to a rented storage unit in Newark, where agents seized roughly 4 kilograms of ketamine and hundreds of pre-filled spray bottles.</p>
<p>"He marketed these drugs as a cheap alternative to real depression treatment," an assistant U.S. attorney said at the hearing. "Some of his customers were people in genuine distress who thought they were getting medicine."</p>
<p>The defendant pleaded guilty in June to conspiracy to distribute a controlled substance. His attorney asked for leniency, citing his lack of prior convictions.</p>
<p>Ketamine is a Schedule III controlled substance. It can be legally prescribed, including for off-label depression treatment, and a related drug, esketamine, is approved as a nasal spray that must be given in certified health-care settings.</p>
<p class="related">Related: <a href="#">What to know before trying ketamine therapy</a> &middot; <a href="#">FDA warns about compounded ketamine sold online</a></p>
</article></main>
<footer>&copy; 2026 The Tri-State Courier</footer>
""", noise="cookie")

p("h3434", "https://forum.depressionpeers.example/t/anyone-tried-the-online-ketamine-places/18822", "informational", False, "en",
  "patient-forum-thread-plain-text", "Anyone tried the online ketamine places?", """
depressionpeers forum › Treatments › Anyone tried the online ketamine places?

throwaway_lake  ·  3d
Been on 4 different meds, nothing sticks. My psych mentioned ketamine but the infusion place near me is $500 a pop. I keep seeing ads for at-home stuff. Anyone done it? How do you know which ones are legit?

mvs_ray  ·  3d
I did a telehealth program last year. They made me do a full video eval, wanted my old records, and I had to buy a BP cuff. It helped me a fair amount, but the "afterglow" fades and I needed maintenance. Not magic.

quietgarden  ·  3d
Red flags from my own searching: if there's no real clinician visit, if they'll ship to any state, or if they sell "grams" — that's not a clinic, that's a dealer with a nice website. Also anything on Telegram.

throwaway_lake  ·  2d
@quietgarden yeah one I found literally just had a 10 question quiz and "97% approved" lol

Dr_K_moderator (mod)  ·  2d
Reminder of rule 4: no sourcing, no links to vendors. Spravato is another option that insurance often covers, but you have to go to a certified center for each dose. Talk to your prescriber about both.

mvs_ray  ·  2d
+1 to Spravato if your insurance will do it. My sister's plan covered almost all of it.
""", ext="txt")

p("h3435", "https://www.searchhub.example/search?q=ketamine+nasal+spray+buy", "informational", False, "en",
  "search-results-snippet-dump-plain-text", "ketamine nasal spray buy - SearchHub", """
ketamine nasal spray buy — About 1,240,000 results

Spravato (esketamine) – Official Patient Site
spravato-patient.example › find-a-center
SPRAVATO® is only available at certified treatment centers. Find a center near you and learn about savings programs.

Is it legal to buy ketamine nasal spray online? - HealthAnswers
healthanswers.example › drugs › ketamine-online
No. Ketamine is a controlled substance. Legitimate at-home programs require a clinician evaluation and a prescription...

Buy Ketamine Nasal Spray Online – No RX – Fast Shipping
ketaspray-store.example › shop
Order ketamine nasal spray without prescription. Discreet delivery worldwide. Pay with BTC...

r/TRD – Compounded ketamine nasal spray experiences?
forum.example › r › TRD › comments
My psychiatrist prescribed compounded nasal spray from a local compounding pharmacy, it's about $120 a month...

FDA: Risks of compounded ketamine products
regulator.example › safety › compounded-ketamine
The agency is aware of increased interest in compounded ketamine products, including oral formulations, for...

People also ask
 - Can my doctor prescribe ketamine nasal spray?
 - How much does Spravato cost without insurance?
 - Is ketamine nasal spray the same as Spravato?
""", ext="txt")

p("h3436", "https://www.healthsafety-regulator.example/drugs/safety-communications/compounded-ketamine-risks", "informational", False, "en",
  "regulator-safety-communication", "Safety communication: Risks associated with compounded ketamine, including for use at home", """
<header><a href="/">Health Products Safety Administration</a> <nav><a href="/drugs">Drugs</a> <a href="/devices">Devices</a> <a href="/safety">Safety</a> <a href="/news">News &amp; Events</a></nav></header>
<nav class="crumbs">Home › Drugs › Safety communications</nav>
<main>
<h1>Risks associated with compounded ketamine, including for use at home</h1>
<p class="date">Content current as of 10/02/2026</p>
<h2>What is the issue?</h2>
<p>The Administration is aware of growing interest in compounded ketamine products, including oral tablets, lozenges and nasal sprays, for treating psychiatric disorders. Ketamine is not approved for any psychiatric disorder. Compounded drugs are not reviewed for safety, effectiveness or quality before they are marketed.</p>
<p>We have received adverse event reports involving patients who used compounded ketamine obtained through telehealth platforms, including cases of abnormally high blood pressure, respiratory depression and dissociation severe enough to require emergency care. In some reports, patients had no monitoring during dosing.</p>
<h2>What should patients do?</h2>
<ul><li>Be aware that the risks of using ketamine without monitoring by a health care provider may be greater.</li>
<li>Do not buy ketamine from websites that do not require a prescription, or that offer to sell it for personal use without a medical evaluation. Such sites are operating illegally.</li>
<li>Talk to your health care provider about approved treatment options for depression, including esketamine nasal spray, which is available only through a restricted program in certified settings.</li></ul>
<h2>What should health care professionals do?</h2>
<p>Evaluate patients for risk factors before prescribing, and report adverse events to the Administration's reporting program.</p>
</main>
<footer>Health Products Safety Administration &middot; <a href="/foia">FOIA</a> &middot; <a href="/accessibility">Accessibility</a></footer>
""")

p("h3437", "https://www.analisisdrogas.example/servicio/ketamina", "informational", False, "es",
  "drug-checking-service-page-spanish", "Análisis de ketamina | Servicio de análisis de sustancias", """
<header><a href="/">AnálisisDrogas <small>proyecto de reducción de riesgos</small></a> <nav><a href="/servicio">Servicio de análisis</a> <a href="/alertas">Alertas</a> <a href="/sustancias">Sustancias</a> <a href="/quienes-somos">Quiénes somos</a></nav></header>
<main>
<h1>Análisis de ketamina</h1>
<p>Si tienes una muestra de lo que te han vendido como ketamina, puedes traerla a nuestro punto de atención o enviarla por correo de forma anónima. Te diremos qué contiene realmente. El servicio es gratuito y confidencial; no vendemos ni facilitamos sustancias.</p>
<h2>¿Qué hemos encontrado este año?</h2>
<p>De las 412 muestras vendidas como ketamina que analizamos en 2026, el 71 % contenía solo ketamina. En el resto aparecieron adulterantes o sustitutos: 2-FDCK y otras arilciclohexilaminas, cafeína, paracetamol y, en cuatro muestras, anestésicos locales. Las muestras compradas en webs y canales de Telegram no fueron más puras que las de la calle.</p>
<h2>Consejos si decides consumir</h2>
<ul><li>No mezcles con alcohol, benzodiacepinas ni opioides.</li><li>Empieza por una cantidad pequeña y espera.</li><li>No consumas en sitios con agua, alturas o tráfico.</li><li>El uso frecuente puede dañar la vejiga: si notas dolor al orinar, consulta a tu médico.</li></ul>
<p>Si buscas tratamiento para la depresión, habla con tu médico: existen tratamientos con esketamina en hospitales con supervisión.</p>
<h2>Horario</h2>
<p>Martes y jueves de 17 a 20 h. Envío postal: consulta las instrucciones en <a href="/enviar-muestra">Enviar una muestra</a>.</p>
</main>
<footer>Proyecto financiado por el Plan Nacional sobre Drogas · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h3438", "https://it.enciclosalute.example/wiki/Ketamina", "informational", False, "it",
  "encyclopaedia-entry-italian", "Ketamina – EncicloSalute", """
<div id="header"><a href="/">EncicloSalute</a> <form><input placeholder="Cerca in EncicloSalute"></form> <a href="/login">Entra</a></div>
<div id="content">
<h1>Ketamina</h1>
<p><i>Da EncicloSalute, l'enciclopedia libera della salute.</i></p>
<p>La <b>ketamina</b> è un farmaco anestetico dissociativo appartenente alla classe delle arilcicloesilamine, sintetizzato nel 1962 e introdotto nella pratica clinica nel 1970. Agisce principalmente come antagonista non competitivo del recettore NMDA del glutammato.</p>
<div class="toc"><b>Indice</b> 1 Usi medici · 2 Esketamina · 3 Effetti avversi · 4 Uso ricreativo · 5 Stato legale in Italia · 6 Note</div>
<h2>Usi medici</h2>
<p>È impiegata in anestesia, soprattutto in medicina d'urgenza, in pediatria e in veterinaria, e come analgesico. A dosi subanestetiche è stata studiata nella depressione resistente, dove mostra un effetto antidepressivo rapido ma transitorio.</p>
<h2>Esketamina</h2>
<p>L'enantiomero S, l'esketamina, è autorizzata in Europa come spray nasale per la depressione resistente in associazione a un antidepressivo orale. In Italia è somministrata in strutture sanitarie, con osservazione del paziente dopo ogni dose.</p>
<h2>Effetti avversi</h2>
<p>Dissociazione, aumento della pressione arteriosa, nausea, vertigini. L'uso cronico ad alte dosi è associato a cistite ulcerativa e a danni alle vie urinarie.</p>
<h2>Uso ricreativo</h2>
<p>Nota in gergo come «K» o «special K», è usata a scopo ricreativo per i suoi effetti dissociativi; a dosi elevate può indurre il cosiddetto «K-hole».</p>
<h2>Stato legale in Italia</h2>
<p>È inclusa nella tabella dei medicinali del Testo unico sugli stupefacenti (DPR 309/1990) e può essere detenuta e dispensata solo nell'ambito dell'uso medico o veterinario autorizzato.</p>
</div>
<div id="footer">Questa pagina è stata modificata per l'ultima volta il 2 novembre 2026. · <a href="#">Informazioni</a> · <a href="#">Avvertenze</a></div>
""")

p("h3439", "https://www.gesundkasse.example/service/fragen-und-antworten/esketamin-kostenuebernahme", "informational", False, "de",
  "health-insurer-qa-german", "Übernimmt die Krankenkasse eine Behandlung mit Esketamin? | GesundKasse", """
<header><a href="/">GesundKasse</a> <nav><a href="/leistungen">Leistungen</a> <a href="/service">Service</a> <a href="/mitglied-werden">Mitglied werden</a> <a href="/meine-kasse">Meine GesundKasse</a></nav></header>
<nav class="breadcrumb">Service › Fragen und Antworten › Arzneimittel</nav>
<main>
<h1>Übernimmt die Krankenkasse eine Behandlung mit Esketamin?</h1>
<p>Ja, unter bestimmten Voraussetzungen. Esketamin als Nasenspray ist für Erwachsene mit therapieresistenter Depression zugelassen und wird von einer Ärztin oder einem Arzt verordnet. Die Anwendung findet in einer Praxis oder Klinik unter Aufsicht statt. In diesem Rahmen übernehmen wir die Kosten; Sie zahlen lediglich die gesetzliche Zuzahlung.</p>
<h2>Und Ketamin-Infusionen?</h2>
<p>Ketamin-Infusionen zur Behandlung von Depressionen sind keine Regelleistung der gesetzlichen Krankenversicherung. Werden sie im Rahmen eines Krankenhausaufenthalts durchgeführt, sind sie in der Regel mit abgedeckt. Angebote privater Praxen müssen Sie meist selbst bezahlen. Fragen Sie vorab nach einem schriftlichen Kostenvoranschlag.</p>
<h2>Angebote aus dem Internet</h2>
<p>Seien Sie vorsichtig bei Websites, die Ketamin oder Esketamin ohne Rezept zum Versand anbieten. Solche Produkte sind nicht geprüft, und die Kosten erstatten wir nicht.</p>
<p>Haben Sie weitere Fragen? Unser Service-Team erreichen Sie unter 0800 555 1234 (kostenfrei).</p>
<p class="meta">Stand: 14.10.2026</p>
</main>
<footer>GesundKasse – Ihre Krankenkasse · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h3440", "https://forum.santepsy-entraide.example/depression/esketamine-quelqu-un-a-essaye-t44120.html", "informational", False, "fr",
  "patient-forum-thread-french", "Eskétamine : quelqu'un a essayé ? – Forum SantéPsy Entraide", """
<div class="forum-head"><a href="/">SantéPsy Entraide</a> › <a href="/depression/">Dépression</a> › Eskétamine : quelqu'un a essayé ? <a href="/connexion">Connexion</a></div>
<div class="post"><b>Lunecorail</b> <small>le 3 déc. 2026, 21:14</small>
<p>Bonjour à tous, mon psychiatre me propose l'eskétamine en spray après trois antidépresseurs qui n'ont rien donné. J'ai un peu peur des effets « planants ». Est-ce que certains d'entre vous l'ont fait ?</p></div>
<div class="post"><b>Gaspard_59</b> <small>le 3 déc. 2026, 22:40</small>
<p>Oui, à l'hôpital de jour à Lille, 8 séances pour l'instant. Les 20 premières minutes c'est bizarre, on se sent loin de son corps, puis ça passe. On reste deux heures en observation avec une infirmière qui prend la tension. Pour moi l'effet s'est vu vers la 4e séance, pas avant.</p></div>
<div class="post"><b>Lunecorail</b> <small>le 4 déc. 2026, 08:02</small>
<p>Merci ! Et pour rentrer, tu fais comment ?</p></div>
<div class="post"><b>Gaspard_59</b> <small>le 4 déc. 2026, 09:15</small>
<p>Ma femme vient me chercher, c'est interdit de conduire le jour même. Certains prennent un taxi conventionné, demande à ton médecin.</p></div>
<div class="post"><b>Modération</b> <small>le 4 déc. 2026, 10:30</small>
<p>Rappel : les messages proposant d'acheter ces produits en ligne ou hors circuit médical sont supprimés. Ce forum ne remplace pas l'avis d'un professionnel.</p></div>
<div class="pager">Page 1 sur 2 · <a href="?page=2">Suivante</a></div>
<footer>SantéPsy Entraide · <a href="/charte">Charte</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie-fr")

save(OUT, R)
