# Batch 55 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# THIS IS THE BLIND BATCH: keep it for measurement only, never tune on it.
# Angle: a fair sample of the whole problem. Pages a crawler of clinic directories and a patient
# searching for help would actually meet, across all four categories, every length from a one-sentence
# crawler snippet to a long full page with ordinary site chrome; sellers from obvious to subtle,
# legitimate pages from plain to commercial-sounding. Nothing deliberately tricky.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English + 16 others
# (es 3, de 3, fr 3, it 3, nl 2, pt 2); 10 plain-text snippets (ext="txt"), 30 html pages.
# Shapes: sellers - research-chemical style ketamine shop with price tiers, cart and crypto;
# classified-ad snippet with Telegram contact; Spanish "sin receta" online pharmacy; professional
# fake telehealth with questionnaire-only approval for esketamine spray; German research-chemical
# shop for ketamine analogues "not for human consumption"; social-media bio ad (snippet); French
# veterinary ketamine vial sold to anyone; affiliate "where to buy ketamine online" doorway blog;
# bot-check wall on a shop URL (url-only); Dutch no-prescription snippet; Portuguese marketplace
# listing of a vet ketamine vial; Italian pharmacy-looking Spravato page padded with depression text;
# bare crypto checkout page for ketamine powder with reship guarantee; forum vendor post (snippet).
# Telehealth - at-home ketamine home page with video evaluation and partner pharmacy; pricing FAQ;
# German online psychiatry referring to a partner practice for esketamine; Spanish snippet; clinician
# bio page; French-Swiss teleconsultation referring for esketamine; "kit ships after sign-off"
# snippet; Brazilian telepsychiatry with partner clinic; state-availability page with membership
# checkout. Clinics - long IV infusion clinic home page with prices and packages; Spravato REMS
# centre directory snippet; Mexican infusion clinic with WhatsApp booking and MXN prices; German
# university hospital esketamine outpatient service; Dutch GGZ ketamine treatment page; Italian pain
# centre snippet; US pain clinic CRPS infusion page; clinic online bill-pay and gift-card page.
# Informational - long news feature on online ketamine sellers quoting prices and ads; regulator
# warning snippet; English harm-reduction safer-use page; French encyclopaedia article; criminal
# defence law-firm page; news snippet on a Telegram dealing ring; compounding pharmacy dispensing
# ketamine troches on prescription only; patient forum thread comparing at-home ketamine costs;
# Italian addiction-service page on ketamine dependence.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch55.py (writes batch55/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch55")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h5501", "https://purelabchems.example/shop/dissociatives/ketamine-hcl-crystal", "seller", True, "en",
  "rc-shop-product-price-tiers-crypto", "Ketamine HCl Crystal (99.8%) – PureLab Chems", """
<div class="topbar">Free tracked shipping on orders over $250 | Domestic USA 2-4 days | EU 5-9 days</div>
<header><a class="logo" href="/">PureLab<span>Chems</span></a>
<nav><a href="/shop">Shop</a> <a href="/shop/dissociatives">Dissociatives</a> <a href="/shop/stimulants">Stimulants</a> <a href="/shop/benzos">Benzodiazepines</a> <a href="/lab-reports">Lab Reports</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav>
<a href="/cart" class="cart">Cart (0) – $0.00</a></header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/shop/dissociatives">Dissociatives</a> / Ketamine HCl Crystal</p>
<div class="product">
<img src="/img/ket-crystal-10g.jpg" alt="Ketamine HCl crystal shards">
<h1>Ketamine HCl Crystal (99.8%)</h1>
<div class="rating">★★★★★ <a href="#reviews">(214 customer reviews)</a></div>
<p class="price">$45.00 – $1,150.00</p>
<p>Large clear needle shards, racemic ketamine hydrochloride, third-party tested every batch. Each order ships vacuum sealed in a mylar bag inside an unmarked envelope.</p>
<form class="variations">
<label>Quantity</label>
<select name="qty">
<option>1 gram – $45.00</option>
<option>3 grams – $120.00</option>
<option>5 grams – $185.00</option>
<option>10 grams – $330.00</option>
<option>28 grams – $780.00</option>
<option>50 grams – $1,150.00</option>
</select>
<button type="submit">Add to cart</button>
</form>
<p class="stock">In stock – ships within 24h</p>
<ul class="badges"><li>✔ Stealth packaging</li><li>✔ Free reship if lost or seized</li><li>✔ 10% off when paying with Bitcoin, Monero or USDT</li></ul>
</div>
<div class="tabs">
<h2>Description</h2>
<p>Ketamine is an arylcyclohexylamine first synthesised in 1962. Our crystal is produced by a licensed partner lab and arrives as shards that crush easily. Please see the lab report tab for the HPLC chromatogram of the current batch (batch KX-2611).</p>
<p>All products are sold for research purposes. By placing an order you confirm you are over 21.</p>
<h2>Shipping</h2>
<p>Orders placed before 2 pm EST ship the same day. No signature required. Tracking is e-mailed once the parcel is scanned. International customers: customs seizures are covered by our reship policy (one free reship per customer).</p>
<h2 id="reviews">Reviews</h2>
<div class="review"><b>Danny R.</b> ★★★★★ <p>Third order, always arrives in 3 days. Clean stuff, no burn.</p></div>
<div class="review"><b>K-hole Katie</b> ★★★★☆ <p>Good quality, packaging was a bit overkill lol. Paid with BTC, smooth.</p></div>
<div class="review"><b>M.</b> ★★★★★ <p>Got the 10g. Exactly as described.</p></div>
</div>
<section class="related"><h3>You may also like</h3>
<ul><li><a href="/shop/dissociatives/ketamine-s-isomer">S-Ketamine (Esketamine) HCl – from $60.00</a></li>
<li><a href="/shop/dissociatives/ketamine-nasal-spray-kit">Nasal spray kit (empty, 10 ml) – $9.00</a></li>
<li><a href="/shop/accessories/milligram-scale">Milligram scale 0.001 g – $34.00</a></li></ul></section>
</main>
<footer><p>Payment: Bitcoin · Monero · USDT (TRC20) · Zelle · Cash App</p>
<p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/refunds">Reship policy</a></p>
<p>© 2026 PureLab Chems. Not for sale to minors.</p></footer>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js"></script>
""", noise="cookie")

p("h5502", "https://classifieds-now.example/us/houston/health-beauty/ad-88213077", "seller", True, "en",
  "classified-ad-snippet-telegram", "", """
Ketamine liquid vials & powder available 💯 pharmacy grade, same day meetup Houston or discreet mail anywhere in US. No script needed. Text or Telegram @ketvials_htx for menu + prices.
""", ext="txt")

p("h5503", "https://farmacia-rapida24.example/es/comprar-ketalar-sin-receta", "seller", True, "es",
  "spanish-online-pharmacy-no-prescription", "Comprar Ketalar (ketamina) sin receta | Farmacia Rápida 24", """
<header><a href="/es/">Farmacia Rápida 24</a>
<nav><a href="/es/ansiedad">Ansiedad</a> <a href="/es/dolor">Dolor</a> <a href="/es/insomnio">Insomnio</a> <a href="/es/depresion">Depresión</a> <a href="/es/carrito">Carrito</a></nav></header>
<main>
<h1>Ketalar 50 mg/ml – ketamina inyectable</h1>
<p>La ketamina es un anestésico utilizado desde hace décadas en hospitales y, en los últimos años, en el tratamiento de la depresión resistente. En Farmacia Rápida 24 puede comprar Ketalar original de forma cómoda, <strong>sin receta médica</strong> y sin salir de casa.</p>
<table class="precios">
<tr><th>Envase</th><th>Precio</th><th></th></tr>
<tr><td>1 vial 10 ml</td><td>69 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>3 viales 10 ml</td><td>179 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>5 viales 10 ml</td><td>265 €</td><td><button>Añadir al carrito</button></td></tr>
</table>
<h2>¿Por qué comprar en nuestra farmacia?</h2>
<ul><li>Envío discreto en 48-72 h a toda España y Latinoamérica</li>
<li>Pago seguro con tarjeta, Bizum o criptomonedas</li>
<li>Atención por WhatsApp 24 horas</li>
<li>Sin recetas ni consultas: usted decide</li></ul>
<h2>Posología habitual</h2>
<p>Consulte siempre el prospecto. La dosis depende del peso corporal y del uso previsto.</p>
</main>
<footer>Farmacia Rápida 24 © 2026 · <a href="/es/envios">Envíos</a> · <a href="/es/contacto">Contacto</a></footer>
""", noise="cookie-es")

p("h5504", "https://calmcurve-health.example/esketamine", "seller", True, "en",
  "fake-telehealth-questionnaire-only-spray", "Esketamine Nasal Spray, Delivered | CalmCurve", """
<header class="site"><a href="/" class="brand">CalmCurve</a>
<nav><a href="/how-it-works">How it works</a> <a href="/esketamine">Esketamine</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<section class="hero">
<h1>Feel like yourself again. Esketamine nasal spray, delivered to your door.</h1>
<p>Depression that hasn't budged after two or more antidepressants is called treatment-resistant depression. It affects about a third of people with major depression, and it is not your fault.</p>
<a class="btn" href="/start">Take the 3-minute assessment</a>
<p class="small">No video call. No waiting room. Most orders approved in under an hour.</p>
</section>
<section class="steps">
<h2>How CalmCurve works</h2>
<ol>
<li><b>Answer a few questions.</b> Tell us about your mood and what you've tried before. It takes about 3 minutes.</li>
<li><b>Get approved.</b> Our system reviews your answers instantly; a physician signs off automatically for eligible patients.</li>
<li><b>Receive your spray.</b> Discreet, unbranded box. Ships overnight to all 50 states and Canada.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="card"><h3>Starter</h3><p>2 devices (56 mg)</p><p class="price">$289</p><a href="/start?plan=starter">Choose</a></div>
<div class="card featured"><h3>Monthly</h3><p>8 devices (224 mg)</p><p class="price">$899 <span>save 22%</span></p><a href="/start?plan=monthly">Choose</a></div>
<p>HSA/FSA cards accepted. Prefer more privacy? Pay with crypto at checkout.</p>
</section>
<section class="science">
<h2>What is esketamine?</h2>
<p>Esketamine is the S-enantiomer of ketamine. It acts on the glutamate system rather than serotonin, which is why people often notice a change within days instead of weeks. Common side effects include dizziness, nausea and a feeling of detachment that usually passes within two hours.</p>
<p>Do not drive on the day you use your spray. If you have uncontrolled high blood pressure or a history of psychosis, talk to a doctor before use.</p>
</section>
<section class="reviews"><h2>Real stories</h2>
<blockquote>"I was approved during my lunch break and had it two days later." – Jordan, 34</blockquote>
<blockquote>"So much easier than the clinic near me that wanted me to sit there for two hours." – Priya, 41</blockquote></section>
<section class="faq"><h2>FAQ</h2>
<details><summary>Do I need a prescription from my own doctor?</summary><p>No. Your CalmCurve approval covers everything.</p></details>
<details><summary>Do I have to use it at a clinic?</summary><p>No, you use it at home whenever suits you.</p></details>
<details><summary>Can I reorder?</summary><p>Yes, reorders ship automatically each month until you cancel.</p></details></section>
</main>
<footer><p>CalmCurve is a wellness brand. Statements have not been evaluated by the FDA.</p><p>© 2026 CalmCurve · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
""", noise="cookie", head='<meta name="description" content="Esketamine nasal spray delivered to your door. Quick online assessment.">\n')

p("h5505", "https://chemwerk-research.example/de/produkte/2-fdck-pellets", "seller", True, "de",
  "german-rc-analogue-not-for-human-consumption", "2-FDCK Pellets 50 mg kaufen – ChemWerk Research", """
<header><a href="/de/">ChemWerk Research</a>
<nav><a href="/de/produkte/arylcyclohexylamine">Arylcyclohexylamine</a> <a href="/de/produkte/pellets">Pellets</a> <a href="/de/laboranalysen">Laboranalysen</a> <a href="/de/versand">Versand</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>2-FDCK Pellets 50 mg</h1>
<p class="cas">2-Fluorodeschloroketamin · CAS 111982-50-4 · Reinheit ≥ 99 %</p>
<p>2-FDCK ist ein Arylcyclohexylamin und strukturell eng mit Ketamin verwandt. Unsere Pellets werden in Deutschland gepresst und einzeln verblistert.</p>
<table>
<tr><th>Menge</th><th>Preis</th><th>Preis pro Pellet</th></tr>
<tr><td>5 Pellets</td><td>24,90 €</td><td>4,98 €</td></tr>
<tr><td>10 Pellets</td><td>44,90 €</td><td>4,49 €</td></tr>
<tr><td>25 Pellets</td><td>99,00 €</td><td>3,96 €</td></tr>
<tr><td>50 Pellets</td><td>179,00 €</td><td>3,58 €</td></tr>
</table>
<button>In den Warenkorb</button>
<p class="hinweis"><b>Wichtiger Hinweis:</b> Dieses Produkt ist ausschließlich für Forschungs- und Analysezwecke bestimmt. Nicht für den menschlichen Verzehr geeignet. Verkauf nur an Personen über 18 Jahre.</p>
<h2>Versand</h2>
<p>Neutraler Versand ohne Hinweis auf den Inhalt, DHL innerhalb Deutschlands 1–2 Werktage, EU-weit 3–6 Werktage. Bezahlung per Vorkasse, Bitcoin oder Paysafecard.</p>
</main>
<footer>ChemWerk Research · <a href="/de/agb">AGB</a> · <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h5506", "https://instapix.example/k.plug.eu", "seller", True, "en",
  "social-bio-ad-snippet", "", """
K.plug.eu 🇪🇺 | ❄️ K crystal & shards, 2FDCK, carts | worldwide stealth ✈️ reship guaranteed | menu on tele ➡️ @kplugEU | BTC/XMR only
""", ext="txt")

p("h5507", "https://veto-direct.example/fr/anesthesiques/ketamine-1000-flacon-10ml", "seller", True, "fr",
  "vet-ketamine-vial-sold-to-anyone", "Kétamine 1000 – flacon 10 ml | Véto Direct", """
<header><a href="/fr/">Véto Direct</a> <span>Le spécialiste du matériel et des médicaments vétérinaires</span>
<nav><a href="/fr/chiens">Chiens</a> <a href="/fr/chats">Chats</a> <a href="/fr/chevaux">Chevaux</a> <a href="/fr/anesthesiques">Anesthésiques</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>Kétamine 1000 – solution injectable 100 mg/ml, flacon de 10 ml</h1>
<p class="prix">38,50 € TTC <s>44,00 €</s></p>
<p>Anesthésique dissociatif pour chiens, chats et chevaux. Flacon multidose en verre.</p>
<label>Quantité <input type="number" value="1"></label> <button>Ajouter au panier</button>
<ul>
<li>Livraison en 24/48 h partout en France, Belgique et Suisse</li>
<li>Colis neutre et discret</li>
<li>Aucune ordonnance demandée – commande ouverte aux particuliers</li>
</ul>
<h2>Composition</h2>
<p>Kétamine (sous forme de chlorhydrate) 100 mg, excipients q.s.p. 1 ml.</p>
<h2>Avis clients</h2>
<p>« Reçu en 2 jours, bien emballé. » – Julien</p>
<p>« Deuxième commande, rien à redire. » – anonyme</p>
</main>
<footer>Véto Direct © 2026 · Paiement CB, PayPal, virement · <a href="/fr/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h5508", "https://mindwellreviews.example/where-to-buy-ketamine-online", "seller", True, "en",
  "affiliate-doorway-top-vendors-blog", "Where to Buy Ketamine Online in 2026: 3 Vendors We Trust", """
<header><a href="/">MindWell Reviews</a> <nav><a href="/category/anxiety">Anxiety</a> <a href="/category/depression">Depression</a> <a href="/category/sleep">Sleep</a> <a href="/about">About us</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026: 3 Vendors We Trust</h1>
<p class="byline">By Staff Writer · Updated December 2026 · 9 min read</p>
<p class="disclosure">This post contains affiliate links. We may earn a commission if you make a purchase.</p>
<p>Depression affects more than 280 million people worldwide. For many, standard antidepressants take weeks to work, or don't work at all. Ketamine has become one of the most talked-about alternatives, and more and more people are asking whether they can skip the expensive clinic visits and simply buy it online.</p>
<p>The good news: you can. We tested over a dozen online vendors for quality, delivery time and customer service. Here are the three we recommend.</p>
<h2>1. KetaDirect – Best overall</h2>
<p>Pharmaceutical-grade powder and nasal spray, ships from within the US in 2-3 days. No prescription or consultation required. Accepts cards and Bitcoin.</p>
<a class="cta" href="https://go.mindwellreviews.example/ketadirect?ref=mw26">Visit KetaDirect → use code MINDWELL for 15% off</a>
<h2>2. Sky Pharma Labs – Best for bulk</h2>
<p>Great prices on 10 g and 25 g packs. Stealth shipping worldwide; they'll reship for free if your package is held at customs.</p>
<a class="cta" href="https://go.mindwellreviews.example/skypharma?ref=mw26">Check prices at Sky Pharma Labs →</a>
<h2>3. NovaRx Online – Best for beginners</h2>
<p>Sells pre-measured lozenges so you don't need a scale. Ordering takes under five minutes.</p>
<a class="cta" href="https://go.mindwellreviews.example/novarx?ref=mw26">Order from NovaRx →</a>
<h2>Is it safe to buy ketamine online?</h2>
<p>Like any substance, ketamine carries risks, especially at high doses or when mixed with alcohol. Start low, don't use alone, and stay hydrated. Long-term heavy use has been linked to bladder problems.</p>
<h2>Final thoughts</h2>
<p>If you can afford a clinic, that's always an option. But if you want convenience and privacy, the vendors above are the best we've found.</p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Best CBD gummies for sleep</a></li><li><a href="#">Magnesium glycinate vs citrate</a></li><li><a href="#">7 journaling prompts for anxiety</a></li></ul></aside>
<footer>© 2026 MindWell Reviews · <a href="/disclaimer">Medical disclaimer</a></footer>
""", noise="cookie")

p("h5509", "https://ketamine-rx-shop.example/product/ketamine-hcl-powder-10g", "seller", True, "en",
  "bot-check-wall-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-rx-shop.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-rx-shop.example needs to review the security of your connection before proceeding.</div>
</div></div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="text-center">Ray ID: <code>8f1a2c3d4e5b6a7c</code></div><div class="text-center">Performance &amp; security by a CDN provider</div></div></div>
<script>(function(){window._cf_chl_opt={cvId:'3',cType:'managed',cNounce:'41827',cRay:'8f1a2c3d4e5b6a7c'};})();</script>
""")

p("h5510", "https://snelmedicijn.example/nl/ketamine-kopen", "seller", True, "nl",
  "dutch-no-prescription-snippet", "", """
Ketamine kopen zonder recept? Bij SnelMedicijn bestelt u eenvoudig online, betaalt u met iDEAL of crypto en ontvangt u uw pakket binnen 24 uur discreet verpakt.
""", ext="txt")

p("h5511", "https://mercadao.example/p/cetamina-50mg-ml-frasco-10ml-uso-veterinario-MLB4471902", "seller", True, "pt",
  "portuguese-marketplace-vet-vial-listing", "Cetamina 50mg/ml Frasco 10ml Uso Veterinário | Mercadão", """
<header><a href="/">Mercadão</a> <form><input placeholder="Buscar produtos, marcas e muito mais…"></form>
<nav><a href="/categorias">Categorias</a> <a href="/ofertas">Ofertas</a> <a href="/historico">Histórico</a> <a href="/vender">Vender</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<p class="crumbs">Animais &gt; Farmácia veterinária &gt; Anestésicos</p>
<div class="item">
<p class="cond">Novo | +100 vendidos</p>
<h1>Cetamina 50mg/ml Frasco 10ml Uso Veterinário</h1>
<p class="price">R$ 89,90</p>
<p>em 6x R$ 14,98 sem juros</p>
<p class="frete">Frete grátis para todo o Brasil · Chega entre quarta e sexta-feira</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
<div class="seller"><p>Vendido por <a href="/loja/agrovet-express">AGROVET EXPRESS</a></p><p>MercadoLíder Gold · 2.311 vendas nos últimos 60 dias</p></div>
</div>
<section><h2>Descrição</h2>
<p>Anestésico injetável para cães, gatos e equinos. Envio em embalagem discreta no mesmo dia útil. Não exigimos receita.</p></section>
<section><h2>Perguntas e respostas</h2>
<p><b>P:</b> Precisa de receita do veterinário? <br><b>R:</b> Não precisa, pode comprar normal. Enviamos para todo o Brasil.</p>
<p><b>P:</b> Tem a de 100mg/ml? <br><b>R:</b> Temos sim, chame no chat.</p></section>
</main>
<footer>Mercadão © 2026 · Trabalhe conosco · Termos e condições · Como cuidamos da sua privacidade</footer>
""", noise="cookie-pt")

p("h5512", "https://farmacia-benessere-online.example/it/spravato-28mg", "seller", True, "it",
  "italian-pharmacy-look-spravato-padded", "Spravato 28 mg spray nasale – Farmacia Benessere Online", """
<header><a href="/it/">Farmacia Benessere Online</a> <span class="tel">Assistenza clienti lun-sab 9-19</span>
<nav><a href="/it/salute-mentale">Salute mentale</a> <a href="/it/cuore">Cuore</a> <a href="/it/uomo">Uomo</a> <a href="/it/donna">Donna</a> <a href="/it/carrello">Carrello</a></nav></header>
<main>
<h1>Spravato (esketamina) 28 mg – spray nasale</h1>
<p>La depressione maggiore è una delle cause principali di disabilità in Europa. Quando almeno due antidepressivi non hanno funzionato si parla di depressione resistente al trattamento. L'esketamina agisce sul sistema del glutammato e può ridurre i sintomi in pochi giorni.</p>
<p>Gli effetti indesiderati più comuni sono vertigini, nausea, sonnolenza e una sensazione di distacco, di solito transitori. Non guidare nel giorno dell'assunzione.</p>
<div class="acquisto">
<p><b>Confezione da 1 dispositivo</b> – 249,00 €</p>
<p><b>Confezione da 3 dispositivi</b> – 659,00 €</p>
<p><b>Confezione da 6 dispositivi</b> – 1.190,00 €</p>
<button>Aggiungi al carrello</button>
</div>
<ul class="vantaggi">
<li>Spedizione espressa in 48 ore in tutta Italia, pacco anonimo</li>
<li>Nessuna ricetta richiesta</li>
<li>Pagamento con bonifico, carta prepagata o Bitcoin</li>
</ul>
<h2>Come si usa</h2>
<p>Ogni dispositivo eroga due spruzzi (uno per narice). Soffiare il naso prima dell'uso, inclinare leggermente la testa all'indietro e inspirare dolcemente.</p>
</main>
<footer>© 2026 Farmacia Benessere Online · <a href="/it/privacy">Privacy</a> · <a href="/it/spedizioni">Spedizioni</a></footer>
""", noise=None)

p("h5513", "https://secure-checkout.example/order/KX-2026-77413/pay", "seller", True, "en",
  "bare-crypto-checkout-reship", "Complete your payment – Order KX-2026-77413", """
<div class="checkout">
<h1>Complete your payment</h1>
<table class="summary">
<tr><td>Ketamine HCl (shards) – 10 g</td><td>$320.00</td></tr>
<tr><td>Stealth shipping (USPS Priority)</td><td>$15.00</td></tr>
<tr><td>Crypto discount (-10%)</td><td>-$33.50</td></tr>
<tr class="total"><td>Total</td><td>$301.50</td></tr>
</table>
<p>Send exactly <b>0.00318 BTC</b> to the address below within 30 minutes.</p>
<p class="addr">bc1qexampleexampleexampleexample0000000</p>
<p>Orders are shipped within 24 h after 1 confirmation. Lost or seized parcels are reshipped free of charge.</p>
<p>Questions? Message us on Telegram: @ketsupport_desk</p>
</div>
""")

p("h5514", "https://darkboard.example/t/vendor-ads/the-k-shop-uk-eu-reship-guaranteed", "seller", True, "en",
  "forum-vendor-post-snippet", "", """
[VENDOR] The K Shop – UK/EU next day. Proper rocky shards, 5g £95 / 10g £170 / 28g £400. Vac sealed, reship guaranteed on seizures. PM for Session ID, no orders via forum.
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h5515", "https://stillwater-care.example/", "telehealth", False, "en",
  "at-home-ketamine-home-page-video-eval", "Stillwater Care – At-home ketamine therapy, guided by licensed clinicians", """
<header class="nav"><a href="/" class="logo">Stillwater Care</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/blog">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/get-started">See if you qualify</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine therapy at home, with a real clinical team behind every session.</h1>
<p>For adults living with depression, anxiety or PTSD that hasn't responded to other treatments. Available in 18 states.</p>
<a class="btn" href="/get-started">See if you qualify</a> <span>Takes 5 minutes · HSA/FSA eligible</span>
</section>
<section class="steps">
<h2>What to expect</h2>
<div class="step"><h3>1. Online intake</h3><p>Share your health history and current medications. We screen for conditions where ketamine isn't safe, such as uncontrolled hypertension, a history of psychosis or active substance use.</p></div>
<div class="step"><h3>2. Video evaluation</h3><p>Meet a board-certified psychiatric clinician for a 45-minute video visit. They decide whether ketamine is right for you. Around 1 in 4 people are not prescribed and we refund the evaluation fee in full.</p></div>
<div class="step"><h3>3. Prescription and delivery</h3><p>If prescribed, your sublingual ketamine tablets are dispensed by our licensed partner pharmacy and shipped to your door with a blood-pressure cuff and a treatment journal.</p></div>
<div class="step"><h3>4. Guided sessions and follow-up</h3><p>You'll need a sober sitter for every session. A care coordinator checks in after session one, and your clinician reviews your progress before any refill.</p></div>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial treatment program: <b>$399</b> (evaluation, 6 sessions, 2 follow-ups, integration coaching). Maintenance: <b>$179/month</b>. <a href="/pricing">Full pricing</a></p>
</section>
<section class="team"><h2>Meet a few of our clinicians</h2>
<ul><li>Dr. Helen Marsh, MD – Psychiatrist, licensed in CA, OR, WA</li><li>Luis Ortega, PMHNP-BC – licensed in TX, NM, AZ, CO</li><li>Dr. Amara Okafor, DO – Psychiatrist, licensed in NY, NJ, CT, PA</li></ul></section>
<section class="safety"><h2>Safety first</h2><p>Ketamine is a controlled substance. We follow federal and state telehealth prescribing rules, check your state's prescription monitoring program before every prescription, and never ship without an active clinician approval.</p></section>
<section class="press"><p>As featured in: Health Weekly · The Daily Pulse · Wellness Today</p></section>
</main>
<footer><p>Stillwater Care Medical Group, P.C. provides clinical services. If you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/hipaa">Notice of Privacy Practices</a> · <a href="/careers">Careers</a></p></footer>
<script async src="https://analytics.example/tag.js"></script>
""", noise="cookie")

p("h5516", "https://stillwater-care.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-faq-page", "Pricing | Stillwater Care", """
<header><a href="/">Stillwater Care</a> <a class="btn" href="/get-started">Get started</a></header>
<main>
<h1>Pricing</h1>
<table>
<tr><th>Plan</th><th>What's included</th><th>Price</th></tr>
<tr><td>Initial program</td><td>Psychiatric video evaluation, 6 at-home sessions of medication, 2 clinician follow-ups, 2 integration coaching calls, BP cuff</td><td>$399</td></tr>
<tr><td>Maintenance</td><td>Up to 4 sessions of medication per month, monthly clinician check-in, app support</td><td>$179 / month</td></tr>
<tr><td>Evaluation only</td><td>If you are not prescribed, this is all you pay – and we refund it</td><td>$0</td></tr>
</table>
<h2>Frequently asked questions</h2>
<h3>When is my order shipped?</h3>
<p>Nothing ships until your clinician has completed your video evaluation and written a prescription. The partner pharmacy then ships within 2 business days.</p>
<h3>Can I pay with HSA/FSA?</h3>
<p>Yes. We can also provide a superbill you can submit for out-of-network reimbursement.</p>
<h3>Can I cancel?</h3>
<p>Maintenance can be paused or cancelled anytime from your account. Refills require a clinician review each month.</p>
</main>
<footer>© 2026 Stillwater Care</footer>
""")

p("h5517", "https://psychonline-praxis.example/de/behandlungen/therapieresistente-depression", "telehealth", False, "de",
  "german-online-psychiatry-refers-esketamine", "Therapieresistente Depression – Online-Psychiatrie PsychOnline", """
<header><a href="/de/">PsychOnline – Psychiatrie per Video</a>
<nav><a href="/de/ablauf">Ablauf</a> <a href="/de/behandlungen">Behandlungen</a> <a href="/de/aerzte">Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/termin">Termin buchen</a></nav></header>
<main>
<h1>Therapieresistente Depression</h1>
<p>Wenn zwei oder mehr Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben, spricht man von einer therapieresistenten Depression. In unserer Videosprechstunde prüfen Fachärztinnen und Fachärzte für Psychiatrie Ihre bisherige Behandlung und besprechen mit Ihnen die nächsten Schritte.</p>
<h2>Was wir online anbieten</h2>
<ul><li>Ausführliche psychiatrische Diagnostik per Video (50 Minuten)</li>
<li>Optimierung der medikamentösen Therapie, E-Rezept direkt in Ihre Apotheke</li>
<li>Regelmäßige Verlaufstermine</li></ul>
<h2>Esketamin-Nasenspray</h2>
<p>Esketamin darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden, da Sie nach der Anwendung mindestens zwei Stunden überwacht werden müssen. Wenn eine Behandlung mit Esketamin für Sie in Frage kommt, überweisen wir Sie an eine unserer Partnerpraxen in Ihrer Nähe und stimmen die Behandlung mit dem dortigen Team ab.</p>
<h2>Kosten</h2>
<p>Für gesetzlich Versicherte ist die Videosprechstunde eine Kassenleistung. Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<a class="btn" href="/de/termin">Videotermin buchen</a>
</main>
<footer>PsychOnline MVZ GmbH · <a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h5518", "https://mentavida.example/es/tratamiento-ketamina", "telehealth", False, "es",
  "spanish-telehealth-snippet", "", """
Primero tendrás una consulta psiquiátrica por videollamada. Si tu médico considera que eres candidato, te recetará ketamina sublingual y nuestra farmacia asociada te la enviará a domicilio, con seguimiento semanal por la app.
""", ext="txt")

p("h5519", "https://brightpath-mind.example/clinicians/rachel-tan-pmhnp", "telehealth", False, "en",
  "telehealth-clinician-bio-page", "Rachel Tan, PMHNP-BC | BrightPath Mind", """
<header><a href="/">BrightPath Mind</a> <nav><a href="/ketamine">Ketamine therapy</a> <a href="/clinicians">Clinicians</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main class="bio">
<img src="/img/clinicians/rachel-tan.jpg" alt="Rachel Tan">
<h1>Rachel Tan, PMHNP-BC</h1>
<p class="role">Psychiatric Mental Health Nurse Practitioner · Licensed in Florida, Georgia and North Carolina</p>
<p>Rachel has worked in outpatient psychiatry for eleven years, including five years at a hospital-based ketamine and ECT service. At BrightPath she leads the at-home ketamine program for patients in the Southeast, seeing every patient by video before prescribing and at each dose adjustment.</p>
<h2>Areas of focus</h2>
<ul><li>Treatment-resistant depression</li><li>Postpartum depression</li><li>Generalized anxiety</li></ul>
<h2>Education</h2>
<p>MSN, Emory University · BSN, University of Florida</p>
<p>Next available video visit: Thursday</p>
<a class="btn" href="/book?clinician=rtan">Book with Rachel</a>
</main>
<footer>BrightPath Mind, PLLC · © 2026</footer>
""")

p("h5520", "https://telepsy-romandie.example/fr/depression-resistante", "telehealth", False, "fr",
  "swiss-french-teleconsultation-refers-esketamine", "Dépression résistante – Téléconsultation psychiatrique | TéléPsy Romandie", """
<header><a href="/fr/">TéléPsy Romandie</a>
<nav><a href="/fr/consultations">Consultations</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Dépression résistante : un avis psychiatrique sans vous déplacer</h1>
<p>Nos psychiatres FMH vous reçoivent en visioconsultation depuis Genève, Lausanne, Fribourg ou Neuchâtel. Lors d'un premier entretien de 60 minutes, nous faisons le point sur les traitements déjà essayés et nous vous proposons un plan adapté.</p>
<p>Si un traitement par eskétamine en spray nasal est indiqué, il ne peut pas être réalisé à domicile : nous vous adressons à l'un de nos centres partenaires, où l'administration et la surveillance sont assurées sur place. Le suivi psychiatrique continue ensuite en téléconsultation.</p>
<p>Les consultations sont remboursées par l'assurance de base (LAMal), sous déduction de la franchise et de la quote-part.</p>
<a class="btn" href="/fr/rendez-vous">Réserver une visioconsultation</a>
</main>
<footer>TéléPsy Romandie SA · <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5521", "https://evenkeel-health.example/help/when-does-my-kit-ship", "telehealth", False, "en",
  "kit-ships-after-signoff-snippet", "", """
Your at-home ketamine kit ships only after your clinician signs off on your treatment plan. Most members are approved within 5–7 days of their video intake; you'll get a tracking e-mail from our pharmacy partner once it's on the way.
""", ext="txt")

p("h5522", "https://mentesaude-tele.example/pt/escetamina", "telehealth", False, "pt",
  "brazilian-telepsychiatry-partner-clinic", "Escetamina: como funciona o encaminhamento | MenteSaúde Tele", """
<header><a href="/pt/">MenteSaúde Tele</a>
<nav><a href="/pt/como-funciona">Como funciona</a> <a href="/pt/psiquiatras">Psiquiatras</a> <a href="/pt/planos">Planos</a> <a href="/pt/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Escetamina para depressão resistente</h1>
<p>A MenteSaúde Tele oferece teleconsultas com psiquiatras registrados no CRM. Na primeira consulta por vídeo, o médico avalia seu histórico, os antidepressivos que você já usou e se a escetamina pode ser uma opção.</p>
<p>A escetamina em spray nasal só pode ser aplicada em clínica, com monitoramento por duas horas. Quando indicada, encaminhamos você para uma clínica parceira na sua cidade, e o acompanhamento entre as sessões continua online com o mesmo psiquiatra.</p>
<h2>Valores</h2>
<p>Teleconsulta inicial: R$ 380 · Retorno: R$ 250 · Plano trimestral com 4 retornos: R$ 890 (pagamento por Pix ou cartão em até 3x).</p>
<a class="btn" href="/pt/agendar">Agendar minha teleconsulta</a>
</main>
<footer>MenteSaúde Tele Serviços Médicos Ltda. · Responsável técnico: Dr. Paulo Siqueira – CRM-SP 000000</footer>
""", noise="cookie-pt")

p("h5523", "https://evenkeel-health.example/states", "telehealth", False, "en",
  "state-availability-membership-checkout", "Where we treat | EvenKeel Health", """
<header><a href="/">EvenKeel Health</a> <nav><a href="/how">How it works</a> <a href="/states">Where we treat</a> <a href="/membership">Membership</a> <a href="/login">Member login</a></nav></header>
<main>
<h1>Where EvenKeel treats patients</h1>
<p>Our clinicians can only evaluate and prescribe for patients who are physically located in a state where they hold a license at the time of each video visit.</p>
<div class="states"><h2>Available now</h2>
<p>Arizona · California · Colorado · Florida · Illinois · Massachusetts · Michigan · Minnesota · New Jersey · New York · North Carolina · Oregon · Pennsylvania · Texas · Virginia · Washington</p>
<h2>Coming in 2027</h2><p>Georgia · Maryland · Ohio · Wisconsin</p></div>
<section class="checkout">
<h2>Start your membership</h2>
<form action="/checkout" method="post">
<label>State <select name="state"><option>Select your state</option><option>California</option><option>Texas</option><option>New York</option></select></label>
<p class="plan"><b>EvenKeel Membership</b> – $149/month, billed after your first video visit. Includes clinician visits, prescription (if appropriate), pharmacy shipping and care-team messaging.</p>
<label><input type="checkbox"> I understand a prescription is not guaranteed.</label>
<button type="submit">Continue to intake</button>
</form>
<p class="small">Payments processed securely. HSA/FSA cards accepted.</p>
</section>
</main>
<footer>EvenKeel Health Medical Group · © 2026 · If you are in crisis, call or text 988.</footer>
""", noise="cookie")

# ---------------------------------------------------------------- clinics (8)

p("h5524", "https://lakeshore-ketamine.example/", "clinic", False, "en",
  "iv-infusion-clinic-long-home-prices", "Lakeshore Ketamine & Wellness | IV Ketamine Infusions in Milwaukee, WI", """
<div class="announce">Now open Saturdays! New patients seen within one week. <a href="/book">Book a free phone consultation</a></div>
<header><a href="/" class="logo">Lakeshore Ketamine &amp; Wellness</a>
<nav><a href="/conditions">Conditions we treat</a> <a href="/ketamine-infusions">IV infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/about">About</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book now</a></nav>
<span class="phone">(414) 555-0182</span></header>
<main>
<section class="hero"><h1>Relief can start in hours, not months.</h1>
<p>Physician-supervised IV ketamine infusions for depression, anxiety, PTSD and chronic pain, in a calm private suite on Milwaukee's east side.</p>
<a class="btn" href="/book">Book now</a> <a class="btn-outline" href="/referrals">Provider referral form</a></section>
<section class="conditions"><h2>Conditions we treat</h2>
<ul><li>Treatment-resistant depression</li><li>Post-traumatic stress disorder</li><li>Generalized anxiety</li><li>Obsessive-compulsive disorder</li><li>Fibromyalgia and CRPS</li><li>Migraine</li></ul></section>
<section class="process"><h2>Your first visit</h2>
<p>Before your first infusion you'll meet our medical director, Dr. Samuel Brandt (board-certified anesthesiologist), for a medical evaluation. We review your psychiatric history, medications and vital signs and ask for a note from your treating therapist or psychiatrist.</p>
<p>On infusion day, plan to be with us about two hours. A nurse places a small IV, and your heart rate, blood pressure and oxygen level are monitored throughout the 40-minute infusion. You'll rest in a recliner with an eye mask and music of your choice. You must have someone drive you home.</p></section>
<section class="pricing"><h2>Pricing</h2>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Consultation & medical evaluation</td><td>$150 (applied to your first infusion)</td></tr>
<tr><td>Single IV infusion (mood)</td><td>$475</td></tr>
<tr><td>Initial series of 6 infusions (mood)</td><td>$2,550 – save $300</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$795</td></tr>
</table>
<p>We accept all major credit cards, HSA/FSA and financing through CareCredit. Spravato is billed to your insurance. <a href="/pricing">See full pricing and packages</a></p>
<a class="btn" href="/shop/gift-cards">Buy a gift card</a></section>
<section class="testimonials"><h2>What our patients say</h2>
<blockquote>"After years of trying medication after medication, I finally feel like myself. The staff made me feel completely safe." – Google review</blockquote>
<blockquote>"Dr. Brandt took the time to explain everything. My pain went from an 8 to a 3." – Patient, CRPS</blockquote></section>
<section class="faq"><h2>Common questions</h2>
<details><summary>Is ketamine safe?</summary><p>Ketamine has been used as an anesthetic for over 60 years. At the low doses we use, side effects are usually mild and pass within an hour after the infusion. We monitor you the entire time.</p></details>
<details><summary>Does insurance cover infusions?</summary><p>IV ketamine for depression is generally not covered, but we give you a superbill for possible out-of-network reimbursement.</p></details>
<details><summary>Do I need a referral?</summary><p>Not necessarily, but we do need to coordinate with a mental health provider who is treating you.</p></details></section>
<section class="map"><h2>Visit us</h2><p>2210 N Prospect Ave, Suite 300, Milwaukee, WI 53202 · Mon–Fri 8–6, Sat 9–2 · Free parking behind the building</p>
<iframe src="https://maps.example/embed?q=2210+N+Prospect+Ave" title="Map"></iframe></section>
</main>
<footer><p>© 2026 Lakeshore Ketamine &amp; Wellness LLC · <a href="/privacy">Privacy policy</a> · <a href="/nondiscrimination">Nondiscrimination notice</a></p>
<p>If you are having thoughts of suicide, call or text 988 or go to your nearest emergency room.</p></footer>
<script src="https://chat-widget.example/loader.js" async></script>
""", noise="cookie")

p("h5525", "https://findcare-directory.example/spravato/fl/tampa/bayside-behavioral-health", "clinic", False, "en",
  "spravato-rems-centre-directory-snippet", "", """
Bayside Behavioral Health – Tampa, FL. Certified Spravato (esketamine) treatment center; patients self-administer under staff supervision with a 2-hour observation period. Accepts most major insurance and Medicare. Call (813) 555-0147 to schedule an assessment.
""", ext="txt")

p("h5526", "https://clinicaserenamente.example/es/infusiones-de-ketamina", "clinic", False, "es",
  "mexican-infusion-clinic-whatsapp-mxn", "Infusiones de ketamina en Guadalajara | Clínica SerenaMente", """
<header><a href="/es/">Clínica SerenaMente</a>
<nav><a href="/es/nosotros">Nosotros</a> <a href="/es/infusiones-de-ketamina">Infusiones de ketamina</a> <a href="/es/psiquiatria">Psiquiatría</a> <a href="/es/precios">Precios</a> <a href="/es/contacto">Contacto</a></nav>
<a class="wa" href="https://wa.me/523300000000">Agenda por WhatsApp</a></header>
<main>
<h1>Infusiones de ketamina para depresión y dolor crónico</h1>
<p>En Clínica SerenaMente aplicamos ketamina intravenosa a dosis bajas bajo supervisión de un médico anestesiólogo y un psiquiatra. Cada sesión dura aproximadamente 40 minutos, más 30 minutos de recuperación en nuestras salas privadas en Providencia, Guadalajara.</p>
<h2>¿Quién puede recibir el tratamiento?</h2>
<p>Adultos con depresión resistente, trastorno de estrés postraumático o dolor neuropático. Antes de la primera infusión realizamos una valoración psiquiátrica y médica presencial, con toma de signos vitales y electrocardiograma.</p>
<h2>Precios 2026</h2>
<ul><li>Valoración inicial: $1,800 MXN</li><li>Infusión individual: $6,500 MXN</li><li>Paquete de 6 infusiones: $34,000 MXN</li></ul>
<p>Aceptamos tarjetas de crédito con meses sin intereses y transferencia. Aparta tu cita con un anticipo de $1,000 MXN.</p>
<p>Escríbenos por WhatsApp para agendar tu valoración. Te pedimos venir acompañado el día de la infusión.</p>
</main>
<footer>Clínica SerenaMente · Av. Ejemplo 1234, Col. Providencia, Guadalajara, Jal. · Aviso de privacidad · Licencia sanitaria COFEPRIS en trámite de renovación</footer>
""", noise="cookie-es")

p("h5527", "https://uniklinik-nordstadt.example/psychiatrie/ambulanzen/esketamin", "clinic", False, "de",
  "university-hospital-esketamine-outpatient", "Esketamin-Ambulanz – Klinik für Psychiatrie und Psychotherapie | Universitätsklinikum Nordstadt", """
<header><a href="/">Universitätsklinikum Nordstadt</a> <nav><a href="/patienten">Für Patienten</a> <a href="/zuweiser">Für Zuweiser</a> <a href="/kliniken">Kliniken &amp; Zentren</a> <a href="/karriere">Karriere</a></nav></header>
<nav class="side"><a href="/psychiatrie">Klinik für Psychiatrie</a> <a href="/psychiatrie/stationen">Stationen</a> <a href="/psychiatrie/ambulanzen">Ambulanzen</a> <a href="/psychiatrie/forschung">Forschung</a></nav>
<main>
<h1>Esketamin-Ambulanz</h1>
<p>In unserer Spezialambulanz behandeln wir Erwachsene mit einer therapieresistenten Depression mit Esketamin-Nasenspray. Die Anwendung erfolgt zweimal wöchentlich in den ersten vier Wochen, danach wöchentlich oder alle zwei Wochen, immer in unseren Räumen und unter ärztlicher Überwachung.</p>
<h2>Voraussetzungen</h2>
<ul><li>Überweisung durch Fachärztin/Facharzt für Psychiatrie oder Hausarzt</li><li>Gleichzeitige Behandlung mit einem oralen Antidepressivum</li><li>Kein unbehandelter Bluthochdruck</li></ul>
<h2>Ablauf</h2>
<p>Nach einem Vorgespräch mit körperlicher Untersuchung wird der Blutdruck vor und nach jeder Anwendung gemessen. Sie bleiben mindestens zwei Stunden bei uns und dürfen am Behandlungstag nicht selbst Auto fahren.</p>
<h2>Kontakt</h2>
<p>Anmeldung: Mo–Fr 8:30–12:00 Uhr, Tel. 0000 000-4410 · Haus 12, Erdgeschoss</p>
</main>
<footer>© 2026 Universitätsklinikum Nordstadt · Impressum · Datenschutz · Barrierefreiheit</footer>
""", noise="cookie-de")

p("h5528", "https://ggz-rivierenland-noord.example/behandelingen/ketamine", "clinic", False, "nl",
  "dutch-ggz-ketamine-treatment", "Ketaminebehandeling bij depressie | GGZ Rivierenland Noord", """
<header><a href="/">GGZ Rivierenland Noord</a> <nav><a href="/hulp-zoeken">Hulp zoeken</a> <a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Verwijzers</a> <a href="/locaties">Locaties</a></nav></header>
<main>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Op onze polikliniek in Tiel bieden wij behandeling met esketamine-neusspray en, binnen onderzoek, ketamine-infusies aan volwassenen met een depressie waarbij eerdere behandelingen onvoldoende hebben geholpen.</p>
<p>U heeft een verwijzing van uw huisarts of psychiater nodig. Na een intakegesprek en lichamelijk onderzoek bespreken we samen of de behandeling bij u past. De behandeling wordt vergoed vanuit de basisverzekering; houd rekening met uw eigen risico.</p>
<p>Aanmelden kan via uw verwijzer of telefonisch: 0344 000 000.</p>
</main>
<footer>GGZ Rivierenland Noord · Privacyverklaring · Klachtenregeling</footer>
""", noise="cookie-nl")

p("h5529", "https://asl-valleverde.example/servizi/terapia-del-dolore", "clinic", False, "it",
  "italian-pain-centre-snippet", "", """
Centro di Terapia del Dolore, Ospedale di Valleverde: infusioni endovenose di ketamina per dolore neuropatico e sindrome dolorosa regionale complessa, in regime di day hospital. Prenotazione tramite CUP con impegnativa del medico curante.
""", ext="txt")

p("h5530", "https://summitpainspine.example/services/ketamine-infusion-crps", "clinic", False, "en",
  "us-pain-clinic-crps-infusion", "Ketamine Infusions for CRPS & Neuropathic Pain | Summit Pain & Spine", """
<header><a href="/">Summit Pain &amp; Spine</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/patients/forms">New patient forms</a> <a href="/locations">Locations</a></nav> <a href="/request">Request appointment</a></header>
<main>
<h1>Ketamine Infusions for CRPS and Neuropathic Pain</h1>
<p>For patients with complex regional pain syndrome, post-herpetic neuralgia or other nerve pain that hasn't responded to medications, nerve blocks or spinal cord stimulation, our interventional pain physicians offer outpatient ketamine infusions at our Boise and Meridian procedure centers.</p>
<p>A typical protocol is 4-hour infusions on 5 consecutive days, followed by booster infusions as needed. You are monitored by a registered nurse throughout, and a physician is on site.</p>
<p>Many commercial plans cover ketamine infusions for CRPS with prior authorization. Our billing team will verify your benefits before scheduling.</p>
<p><a href="/request">Request an appointment</a> or ask your doctor to fax a referral to (208) 555-0190.</p>
</main>
<footer>Summit Pain &amp; Spine, PLLC · © 2026</footer>
""")

p("h5531", "https://lakeshore-ketamine.example/patients/pay-your-bill", "clinic", False, "en",
  "clinic-online-bill-pay-gift-cards", "Pay Your Bill | Lakeshore Ketamine & Wellness", """
<header><a href="/">Lakeshore Ketamine &amp; Wellness</a> <nav><a href="/patients">Patients</a> <a href="/pricing">Pricing</a> <a href="/book">Book now</a></nav></header>
<main>
<h1>Pay your bill online</h1>
<p>You can pay an outstanding balance, a deposit for an upcoming infusion or a package payment securely online. Have your statement or appointment confirmation handy.</p>
<form action="/patients/pay" method="post">
<label>Patient account number <input name="acct"></label>
<label>Last name <input name="lname"></label>
<label>Date of birth <input type="date" name="dob"></label>
<label>Amount <input name="amount" placeholder="$0.00"></label>
<button type="submit">Continue to secure checkout</button>
</form>
<h2>Gift cards</h2>
<p>Gift cards can be used toward consultations, infusions and packages. They are delivered by e-mail instantly. <a href="/shop/gift-cards">Buy a gift card</a> ($100, $250, $500 or custom amount).</p>
<h2>Questions about your statement?</h2>
<p>Call our billing office at (414) 555-0182 ext. 3, Monday–Friday 9–4.</p>
</main>
<footer>© 2026 Lakeshore Ketamine &amp; Wellness LLC</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h5532", "https://riverbend-courier.example/news/2026/11/online-ketamine-sellers-depression", "informational", False, "en",
  "long-news-feature-quotes-prices-ads", "'No prescription needed': Inside the online market selling ketamine to people with depression | Riverbend Courier", """
<header><a href="/" class="masthead">The Riverbend Courier</a>
<nav><a href="/news">News</a> <a href="/news/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/subscribe" class="btn">Subscribe – $1 for 6 months</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>'No prescription needed': Inside the online market selling ketamine to people with depression</h1>
<p class="byline">By Marisol Vega, Health Reporter · Nov. 18, 2026 · Updated Nov. 19</p>
<figure><img src="/img/2026/11/ketamine-ads.jpg" alt="Screenshots of online ads"><figcaption>Ads for ketamine on social media and search engines, collected by the Courier over six weeks.</figcaption></figure>
<p>The ad appeared between a recipe video and a sneaker promotion: "Depressed? Buy ketamine online – no doctor, no waiting list." One click led to a polished website offering "pharmaceutical-grade" ketamine powder at $45 a gram, or $780 for an ounce, payable in Bitcoin.</p>
<p>Over six weeks, the Courier identified 63 websites and social media accounts offering ketamine or esketamine to U.S. buyers without a prescription. Some looked like crude classified ads. Others were indistinguishable from legitimate telehealth companies, complete with stock photos of smiling clinicians, "3-minute assessments" and promises of approval "in under an hour."</p>
<p>"What worries me is that the people being targeted are exactly the people who are most vulnerable," said Dr. Anita Shah, a psychiatrist who runs a ketamine program at Riverbend General Hospital. "Someone with severe depression who has tried everything is going to be tempted."</p>
<h2>A growing gray market</h2>
<p>Ketamine is approved by the FDA as an anesthetic, and its close relative esketamine is approved as a nasal spray for treatment-resistant depression that must be taken under supervision at a certified clinic. Doctors may also prescribe ketamine off-label, and a wave of telehealth companies now prescribe lozenges for use at home after video visits.</p>
<p>Sellers have borrowed that language. One site the Courier reviewed, which called itself a "wellness brand," sold esketamine nasal spray devices for $289 and promised that "a physician signs off automatically." When a reporter completed its questionnaire with answers indicating a history of psychosis, the order was still approved within 40 minutes.</p>
<p>Another seller, operating through an encrypted messaging app, offered "K shards" in quantities from 1 to 50 grams and a "free reship" if a package was seized by customs. Its price list was nearly identical to one posted on a darknet forum under a different name.</p>
<h2>'Affiliate' sites steer readers</h2>
<p>Many of the sellers are promoted by review-style blogs with titles such as "Where to buy ketamine online safely." Those sites earn a commission on each sale and often pad their posts with general information about depression. Three of the blogs the Courier found linked to the same two online shops.</p>
<p>The Drug Enforcement Administration said in a statement that it "continues to investigate illicit online distribution of controlled substances" and urged consumers to obtain ketamine only through a licensed provider.</p>
<h2>What patients should know</h2>
<p>Experts say legitimate providers will always evaluate you before prescribing, usually by video or in person, will name the clinician responsible for your care, and will not accept cryptocurrency or ship in "stealth" packaging. Esketamine spray is never sent home with patients.</p>
<p>"If a website is more interested in your payment method than your medical history, walk away," Shah said.</p>
<p class="tagline">If you or someone you know is in crisis, call or text 988.</p>
</article>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="#">City council approves new bike lanes</a></li><li><a href="#">Flu season arrives early in the county</a></li><li><a href="#">High school football: Riverbend wins in overtime</a></li></ol></aside>
</main>
<footer>© 2026 The Riverbend Courier · <a href="/contact">Contact us</a> · <a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a></footer>
<script src="https://paywall.example/meter.js"></script>
""", noise="cookie")

p("h5533", "https://health-regulator.example/safety/alerts/2026-10-online-ketamine", "informational", False, "en",
  "regulator-warning-snippet", "", """
Safety alert: The agency is warning consumers not to buy ketamine or esketamine products from websites that do not require a prescription or a clinical evaluation. Products obtained this way may be counterfeit, contaminated or incorrectly dosed.
""", ext="txt")

p("h5534", "https://safer-nights.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-safer-use-page", "Ketamine – Safer Nights drug info", """
<header><a href="/">Safer Nights</a> <nav><a href="/drugs">Drug info</a> <a href="/testing">Drug checking</a> <a href="/combos">Combinations</a> <a href="/support">Get support</a></nav></header>
<main>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, kitty, vitamin K</p>
<h2>Effects</h2>
<p>Ketamine is a dissociative anaesthetic. At low doses people report feeling relaxed, floaty or detached; at higher doses it can cause a "K-hole", where you may be unable to move or speak and lose track of where you are.</p>
<h2>Risks</h2>
<ul><li>Mixing with alcohol, opioids or benzodiazepines increases the risk of choking and breathing problems.</li>
<li>Numbness means you may injure yourself without noticing.</li>
<li>Regular use can damage the bladder. Pain when peeing or blood in urine needs medical attention – stopping use helps.</li>
<li>Powder sold as ketamine is sometimes something else entirely, including analogues like 2-FDCK or O-PCE.</li></ul>
<h2>Reducing harm</h2>
<p>Test your drugs – our free drop-in drug checking runs Fridays 6–10 pm at 14 Market St. Start with a small amount, use in a safe place with people you trust, don't use alone and don't redose quickly.</p>
<p>If someone is unresponsive, put them in the recovery position and call emergency services.</p>
</main>
<footer>Safer Nights is a charity-run harm reduction service. We don't judge and we don't sell anything.</footer>
""")

p("h5535", "https://encyclopedie-libre.example/wiki/K%C3%A9tamine", "informational", False, "fr",
  "french-encyclopaedia-article", "Kétamine — Encyclopédie libre", """
<div id="mw-head"><a href="/wiki/Accueil">Accueil</a> <a href="/wiki/Special:Recherche">Rechercher</a> <a href="/wiki/Special:Connexion">Se connecter</a></div>
<div id="content">
<h1 id="firstHeading">Kétamine</h1>
<div id="siteSub">Un article de l'encyclopédie libre.</div>
<table class="infobox"><tr><th colspan="2">Kétamine</th></tr>
<tr><td>Nom IUPAC</td><td>(RS)-2-(2-chlorophényl)-2-(méthylamino)cyclohexan-1-one</td></tr>
<tr><td>Formule</td><td>C<sub>13</sub>H<sub>16</sub>ClNO</td></tr>
<tr><td>Masse molaire</td><td>237,725 g/mol</td></tr>
<tr><td>Demi-vie</td><td>2,5 à 3 heures</td></tr>
<tr><td>Classe</td><td>Anesthésique dissociatif, antagoniste des récepteurs NMDA</td></tr></table>
<p>La <b>kétamine</b> est un médicament utilisé principalement comme anesthésique général, en médecine humaine et vétérinaire. Elle a été synthétisée en 1962 par Calvin Stevens et autorisée en clinique au début des années 1970.</p>
<div id="toc"><b>Sommaire</b><ol><li>Pharmacologie</li><li>Usages médicaux</li><li>Usage récréatif</li><li>Statut légal</li><li>Notes et références</li></ol></div>
<h2>Pharmacologie</h2>
<p>La kétamine agit principalement comme antagoniste non compétitif du récepteur NMDA du glutamate. Son énantiomère S, l'eskétamine, est environ deux fois plus puissant.</p>
<h2>Usages médicaux</h2>
<p>Outre l'anesthésie, la kétamine est employée en analgésie et, depuis 2019, l'eskétamine en pulvérisation nasale est autorisée dans le traitement de la dépression résistante, administrée en milieu de soins sous surveillance.</p>
<h2>Usage récréatif</h2>
<p>Détournée de son usage médical, la kétamine est consommée en milieu festif, le plus souvent par voie nasale. Un usage répété expose notamment à des atteintes urinaires (cystite à la kétamine).</p>
<h2>Statut légal</h2>
<p>En France, la kétamine est classée comme stupéfiant depuis 1997. Sa vente sans prescription est interdite.</p>
<h2>Notes et références</h2>
<ol class="references"><li>Revue de pharmacologie clinique, 2018.</li><li>Agence nationale du médicament, fiche eskétamine, 2020.</li></ol>
</div>
<div id="footer">La dernière modification de cette page a été faite le 2 novembre 2026. Textes disponibles sous licence libre.</div>
""")

p("h5536", "https://hollis-grant-defense.example/practice-areas/ketamine-charges", "informational", False, "en",
  "law-firm-ketamine-charges", "Ketamine Possession & Distribution Charges | Hollis Grant Criminal Defense", """
<header><a href="/">Hollis Grant Criminal Defense</a> <span>Free consultation 24/7: (555) 010-4433</span>
<nav><a href="/practice-areas/drug-crimes">Drug crimes</a> <a href="/practice-areas/dui">DUI</a> <a href="/results">Case results</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Charged with a ketamine offense?</h1>
<p>Ketamine is a Schedule III controlled substance under federal law. Possessing it without a valid prescription, ordering it online or sharing it with friends can lead to state or federal charges, and the penalties grow with the quantity and with any evidence of intent to sell, such as scales, baggies or messages.</p>
<p>We increasingly defend clients who ordered ketamine online believing it was legal, only to have the package intercepted by customs or the postal inspector. In these cases the way the package was searched and linked to you is often the key to the defense.</p>
<h2>How we can help</h2>
<ul><li>Challenging unlawful searches of packages, phones and vehicles</li><li>Negotiating diversion or treatment programs for first offenses</li><li>Defending trafficking and conspiracy charges in federal court</li></ul>
<p>Flat-fee representation available. Payment plans accepted.</p>
<a class="btn" href="/contact">Request a free case review</a>
</main>
<footer>Attorney advertising. Prior results do not guarantee a similar outcome.</footer>
""")

p("h5537", "https://metro-wire.example/2026/12/03/police-dismantle-telegram-ketamine-ring", "informational", False, "en",
  "news-snippet-telegram-ring", "", """
Police said the group advertised ketamine, cocaine and MDMA on Telegram channels with more than 12,000 subscribers, taking orders in cryptocurrency and delivering by courier; five people were arrested and about 3 kg of ketamine was seized.
""", ext="txt")

p("h5538", "https://cedarline-compounding.example/prescribers/ketamine-troches", "informational", False, "en",
  "compounding-pharmacy-rx-only-troches", "Ketamine Troches & Nasal Spray for Prescribers | Cedarline Compounding Pharmacy", """
<header><a href="/">Cedarline Compounding Pharmacy</a>
<nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/prescribers/portal">Prescriber portal</a> <a href="/shipping">Shipping</a> <a href="/about/licenses">Licenses</a></nav></header>
<main>
<h1>Ketamine compounding for prescribers</h1>
<p>Cedarline is a PCAB-accredited 503A compounding pharmacy licensed in 31 states. We prepare patient-specific ketamine formulations <b>only on receipt of a valid prescription</b> from a DEA-registered prescriber with an established patient relationship.</p>
<h2>Available formulations</h2>
<table>
<tr><th>Formulation</th><th>Strengths</th><th>Typical cash price to patient</th></tr>
<tr><td>Rapid-dissolve troche</td><td>50 mg, 100 mg, 150 mg, 200 mg</td><td>from $4.50 per troche</td></tr>
<tr><td>Nasal spray</td><td>50 mg/ml, 100 mg/ml</td><td>from $85 per 5 ml bottle</td></tr>
<tr><td>Topical cream (pain)</td><td>5% and 10%</td><td>from $60 per 30 g</td></tr>
</table>
<h2>How to order</h2>
<ol><li>Send the prescription electronically (EPCS) or through our prescriber portal. Faxed prescriptions for Schedule III are accepted where state law allows.</li>
<li>We verify the prescriber's DEA registration and check the state PDMP.</li>
<li>Our team calls the patient to confirm the shipping address and collect payment.</li>
<li>Orders ship in tamper-evident packaging, signature required, to the patient's home or the clinic.</li></ol>
<p>We do not accept orders from patients without a prescription and we do not sell to the public. <a href="/prescribers/portal">Open a prescriber account</a></p>
</main>
<footer>Cedarline Compounding Pharmacy · Pharmacy license numbers listed on our <a href="/about/licenses">Licenses</a> page · © 2026</footer>
""")

p("h5539", "https://talkmentalhealth.example/forum/treatment/at-home-ketamine-what-did-you-pay-41872", "informational", False, "en",
  "patient-forum-thread-at-home-costs", "At-home ketamine – what did you pay? | TalkMentalHealth Forums", """
<header><a href="/">TalkMentalHealth</a> <nav><a href="/forum">Forums</a> <a href="/forum/treatment">Treatment</a> <a href="/rules">Community rules</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>At-home ketamine – what did you pay?</h1>
<div class="post"><p class="meta"><b>grayskies_88</b> · 14 Nov 2026</p>
<p>My psychiatrist doesn't do ketamine and the infusion clinic near me is $500 a session. Looking at the at-home telehealth ones. For those who've done it, what did it actually cost and was the video eval real or a rubber stamp?</p></div>
<div class="post"><p class="meta"><b>moth_and_lamp</b> · 14 Nov 2026</p>
<p>I paid $399 for the first month with one of the big ones, then $179/mo. The eval was a proper 45-min video call with a nurse practitioner, she asked a lot about my BP and psych history. They made me name a sitter.</p></div>
<div class="post"><p class="meta"><b>Tidewater</b> · 15 Nov 2026</p>
<p>Careful with anything that says you can "buy ketamine online" without a call. I got spammed with links to some site selling it for Bitcoin. That's not treatment, that's a dealer with a nice website.</p></div>
<div class="post mod"><p class="meta"><b>Moderator_Jess</b> · 15 Nov 2026</p>
<p>Reminder: links to sellers or sourcing questions will be removed (rule 4). Discussing costs of legitimate providers is fine.</p></div>
<div class="post"><p class="meta"><b>grayskies_88</b> · 16 Nov 2026</p>
<p>Thanks all. Booked an eval, will report back.</p></div>
</main>
<footer>TalkMentalHealth is a peer-support community, not a medical service. In crisis? Call or text 988.</footer>
""")

p("h5540", "https://serd-collinebassa.example/dipendenze/ketamina", "informational", False, "it",
  "italian-addiction-service-page", "Uso problematico di ketamina – SerD Collina Bassa", """
<header><a href="/">Servizio per le Dipendenze – Collina Bassa</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/dipendenze">Dipendenze</a> <a href="/accesso">Come accedere</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Uso problematico di ketamina</h1>
<p>Negli ultimi anni arrivano al nostro servizio sempre più giovani che usano ketamina in modo regolare, spesso acquistata online o tramite app di messaggistica. Molti si rivolgono a noi per dolori addominali o problemi alla vescica, senza collegarli subito all'uso della sostanza.</p>
<h2>Cosa offriamo</h2>
<ul><li>Colloqui di valutazione con medico e psicologo</li><li>Percorsi di riduzione o sospensione dell'uso</li><li>Collaborazione con l'urologia dell'ospedale per la cistite da ketamina</li><li>Gruppi di sostegno per familiari</li></ul>
<h2>Come accedere</h2>
<p>L'accesso è gratuito e non serve l'impegnativa del medico. Puoi chiamare o presentarti durante gli orari di apertura; è possibile anche rimanere anonimi.</p>
<p>Tel. 0000 000 000 · lun–ven 8.30–16.00</p>
</main>
<footer>Azienda Sanitaria Collina Bassa · Privacy · Note legali</footer>
""", noise=None)

save(OUT, R)
