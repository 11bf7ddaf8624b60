# Batch 44 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an
# independent author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any
# measurement. Committed before any scorer run.
# Angle: QUIET SELLERS AND THEIR LOOK-ALIKES. Sellers that look calm, professional and harmless, whose
# evidence is one small thing a careful human still sees (a price per vial and a cart button, a last
# paragraph linking to a shop, a form followed by shipped lozenges, a "message us to order" contact
# page, a research-use disclaimer next to a price, esketamine with home delivery, or only the domain
# and URL behind a bot check or an empty page); and legitimate pages that look just as quiet but do
# not sell (clinic and telehealth pages with prices and buttons, pharmacies that need a prescription,
# a veterinary distributor for registered practices, a reference-standard supplier, articles,
# directories, a government warning, harm reduction).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: product pages, pharmacy-style product page, wellness/personal blog with an affiliate link,
# "at-home program" landing page, contact pages, FAQ/shipping page, marketplace listing, research
# chemical catalogue entry, bot-check and maintenance pages, one-sentence bio and excerpts (txt),
# pricing pages, how-it-works, FAQ, referral pages, news article, directory listing, distributor
# catalogue, warning notice, harm-reduction substance page; lengths from one sentence to ~6 KB.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch44.py (writes batch44/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch44")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h4401", "https://meridian-pharma-supply.example/product/ketamine-hcl-injection-50mg-ml-10ml", "seller", True, "en",
  "product-page", "Ketamine Hydrochloride Injection USP 50 mg/mL, 10 mL vial | Meridian Pharma Supply", """
<header class="site-header">
<a class="logo" href="/">Meridian <span>Pharma Supply</span></a>
<nav><a href="/category/anaesthetics">Anaesthetics</a> <a href="/category/analgesics">Analgesics</a> <a href="/category/antibiotics">Antibiotics</a> <a href="/category/hormones">Hormones</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav>
<div class="account"><a href="/my-account">Sign in</a> <a href="/cart">Cart (0)</a></div>
</header>
<main class="product">
<p class="breadcrumbs"><a href="/">Home</a> / <a href="/category/anaesthetics">Anaesthetics</a> / Ketamine Hydrochloride Injection USP 50 mg/mL</p>
<div class="gallery"><img src="/media/ketamine-50-10ml.jpg" alt="Ketamine Hydrochloride Injection 50 mg/mL 10 mL multi-dose vial"></div>
<div class="summary">
<h1>Ketamine Hydrochloride Injection USP 50 mg/mL, 10 mL vial</h1>
<p class="sku">SKU: MPS-ANA-0412 &middot; Manufacturer: Halvorsen Laboratories</p>
<p class="price"><span class="amount">$89.00</span> <span class="unit">per vial</span></p>
<p class="stock in-stock">In stock</p>
<form class="cart" action="/cart/add" method="post">
<label for="qty">Quantity</label>
<select id="qty" name="qty"><option>1 vial</option><option>5 vials ($82.00 each)</option><option>10 vials ($76.00 each)</option></select>
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<p class="meta">Category: <a href="/category/anaesthetics">Anaesthetics</a></p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Ketamine hydrochloride is a rapid-acting general anaesthetic of the arylcyclohexylamine class. It is a clear, colourless solution supplied in a multi-dose glass vial with a rubber stopper and flip-off seal. Each mL contains ketamine hydrochloride equivalent to 50 mg ketamine base, with benzethonium chloride 0.1 mg/mL as a preservative.</p>
<p>Store at 20&ndash;25&nbsp;&deg;C. Protect from light. Discard 28 days after first puncture.</p>
<h2>Additional information</h2>
<table>
<tr><th>Strength</th><td>50 mg/mL</td></tr>
<tr><th>Volume</th><td>10 mL</td></tr>
<tr><th>Pack</th><td>Single vial, boxed</td></tr>
<tr><th>Shelf life</th><td>24 months from manufacture</td></tr>
</table>
<h2>Reviews (2)</h2>
<blockquote>Arrived well packed, exactly as described. &mdash; R. T.</blockquote>
<blockquote>Second order, consistent quality and quick dispatch. &mdash; anonymous</blockquote>
</section>
<section class="related"><h2>Related products</h2>
<ul><li><a href="/product/ketamine-hcl-injection-100mg-ml-10ml">Ketamine Hydrochloride Injection 100 mg/mL</a> $119.00</li>
<li><a href="/product/midazolam-5mg-ml">Midazolam 5 mg/mL, 10 mL</a> $34.00</li></ul></section>
</main>
<footer><p>&copy; 2026 Meridian Pharma Supply. Worldwide shipping from our fulfilment partner.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refunds</a></p></footer>
""", noise="cookie", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ketamine Hydrochloride Injection USP 50 mg/mL, 10 mL vial","sku":"MPS-ANA-0412","offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
""")

p("h4402", "https://thequietmind-journal.example/blog/what-finally-lifted-the-fog", "seller", True, "en",
  "wellness-blog-affiliate", "What finally lifted the fog | The Quiet Mind Journal", """
<header><a href="/">The Quiet Mind Journal</a> <nav><a href="/blog">Journal</a> <a href="/about">About Leah</a> <a href="/newsletter">Newsletter</a></nav></header>
<main><article>
<h1>What finally lifted the fog</h1>
<p class="byline">By Leah &middot; 9 min read &middot; Filed under Mental health, Healing</p>
<p>I've been writing this journal for almost four years now, and if you've been here since the beginning you know that most of it has been about small things: walking before breakfast, cutting back on caffeine, learning to notice when my shoulders are up around my ears. Those things still matter to me. But I've held back one part of my story, mostly because I wasn't sure how to tell it without sounding like an advertisement. So I'll just tell it plainly.</p>
<p>For eleven years I lived with depression that didn't respond to much of anything. I tried four different antidepressants. Two of them made me numb, one made me sick, and one worked beautifully for about five months and then simply stopped. I did CBT, then DBT, then a very kind therapist who mostly let me cry. I don't regret any of it. But by the winter of last year I had reached a point where getting dressed felt like a negotiation I kept losing.</p>
<h2>Hearing about ketamine</h2>
<p>A friend from my yoga class mentioned that her sister had done ketamine infusions and that it had "turned the volume down" on her depression. I did what everyone does: I read everything. Ketamine was developed as an anaesthetic in the 1960s, and researchers noticed that low doses seemed to relieve depression quickly, sometimes within hours, in people who hadn't been helped by other medications. It works on glutamate, a different system from the serotonin drugs I'd been cycling through. There's an approved nasal spray version, esketamine, and there are clinics that give it by IV drip.</p>
<p>I'm not a doctor and I'm not going to tell you it's a miracle. The research is still young, the effects often fade after a few weeks, and it isn't for everyone &mdash; people with certain heart conditions or a history of psychosis are usually advised against it. Please read widely, the way I did.</p>
<h2>The first experience</h2>
<p>The first time, I lay down with an eye mask and a playlist of slow piano music. For about forty minutes I felt as if I was floating slightly above my own life, looking at it with curiosity instead of dread. Nothing dramatic. No visions. Just distance. When it wore off, I cried &mdash; not the heavy crying I was used to, but something lighter, like relief after a long drive.</p>
<p>The next morning I noticed I'd made coffee and opened the curtains without thinking about it. That was the part that got me. Not a high. Just the absence of the fog.</p>
<h2>What helped it stick</h2>
<ul>
<li><b>Intention.</b> Before each session I write one sentence about what I want to look at.</li>
<li><b>Integration.</b> The day after, I journal and take a long walk without my phone.</li>
<li><b>Spacing.</b> I keep sessions about ten days apart now. More is not better.</li>
<li><b>Honesty.</b> I told my partner and one close friend. Doing it in secret made it feel heavier.</li>
</ul>
<p>I still have hard days. Last month had several. But I no longer feel like I'm living at the bottom of a well, and that's more than I could have said a year ago.</p>
<h2>A note on access</h2>
<p>A lot of you have written to ask where I get mine, so here is the honest answer. I did two infusions at a clinic at the start, and while the staff were lovely, $550 a session with a waiting list of six weeks just wasn't something I could keep up. These days I use sublingual lozenges from <a href="https://calmroute-apothecary.test/lozenges?ref=quietmind">CalmRoute Apothecary</a>. There's no appointment to book &mdash; you pick your strength, they ship in plain packaging, and it arrives in about four days. If you'd like to try them, the code QUIETMIND takes 10% off your first order, and it helps keep this little journal running. Be gentle with yourself. &#9825;</p>
</article>
<aside><h3>Keep reading</h3><ul><li><a href="/blog/morning-walks">Why I walk before breakfast</a></li><li><a href="/blog/caffeine">Thirty days without coffee</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Quiet Mind Journal. Some links on this site are affiliate links.</p></footer>
""")

p("h4403", "https://stillwater-ketamine.example/at-home-program", "seller", True, "en",
  "calm-pseudo-clinic", "At-Home Ketamine Program | Stillwater Ketamine Care", """
<header><a class="brand" href="/">Stillwater <small>Ketamine Care</small></a>
<nav><a href="/at-home-program">At-home program</a> <a href="/science">The science</a> <a href="/our-team">Medical team</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Start your health form</a></nav></header>
<main>
<section class="hero">
<h1>Calm, evidence-informed ketamine care, at home</h1>
<p>For people living with depression, anxiety or burnout who are ready for something different. Our program brings medical-grade ketamine to the comfort of your own space.</p>
<a class="btn" href="/start">Start your health form</a>
<p class="small">Takes about 6 minutes &middot; Reviewed the same day</p>
</section>
<section class="steps">
<h2>How it works</h2>
<ol>
<li><h3>Tell us about yourself</h3><p>Complete our secure online health form: your mood, your history, the medications you take. There's no video appointment and no waiting room.</p></li>
<li><h3>Medical review</h3><p>Our medical team reviews your answers, usually within a few hours. Most members are approved on the same day.</p></li>
<li><h3>Delivered to your door</h3><p>Your sublingual lozenges or nasal spray ship in discreet, temperature-safe packaging within 48 hours, together with a guided-session playlist and journal.</p></li>
</ol>
</section>
<section class="pricing">
<h2>Membership options</h2>
<div class="card"><h3>Starter</h3><p>8 lozenges (100 mg) &middot; $189</p></div>
<div class="card"><h3>Continuing care</h3><p>16 lozenges per month &middot; $299/month</p></div>
<div class="card"><h3>Nasal spray</h3><p>10 mL spray, 10 mg per actuation &middot; $240</p></div>
</section>
<section class="faq">
<h2>Common questions</h2>
<h3>Do I need a referral or prescription from my own doctor?</h3>
<p>No. Everything is handled through your health form and our medical review.</p>
<h3>Which states do you ship to?</h3>
<p>We ship across the US and to Canada. Shipping is free on memberships.</p>
<h3>Is it safe?</h3>
<p>Ketamine has been used in medicine for more than fifty years. Please read our safety guide before your first session and always have someone nearby.</p>
</section>
</main>
<footer><p>Stillwater Ketamine Care &middot; Wellness you can feel.</p><p>These statements have not been evaluated by the FDA.</p></footer>
""")

p("h4404", "https://apotheke-direktversand.example/produkt/ketalar-50-mg-ml-injektionsloesung", "seller", True, "de",
  "pharmacy-lookalike-product", "Ketalar 50 mg/ml Injektionslösung 5x10 ml | Apotheke Direktversand", """
<header><div class="top">Kostenloser Versand ab 49 &euro; &middot; Kundenservice Mo&ndash;Fr 8&ndash;18 Uhr</div>
<a class="logo" href="/">Apotheke <b>Direktversand</b></a>
<form class="search"><input placeholder="Produkt, Wirkstoff oder PZN"></form>
<nav><a href="/kategorie/schmerz">Schmerz</a> <a href="/kategorie/narkose-anaesthesie">Narkose &amp; An&auml;sthesie</a> <a href="/kategorie/schlaf">Schlaf &amp; Beruhigung</a> <a href="/kategorie/erkaeltung">Erk&auml;ltung</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<p class="crumbs">Startseite &rsaquo; Narkose &amp; An&auml;sthesie &rsaquo; Ketalar&reg;</p>
<h1>Ketalar&reg; 50 mg/ml Injektionsl&ouml;sung</h1>
<p>Pfizer &middot; 5 Durchstechflaschen &agrave; 10 ml &middot; PZN 0488xxxx</p>
<p class="preis"><b>124,90 &euro;</b> inkl. MwSt., zzgl. Versand<br><small>Grundpreis: 2,50 &euro; / ml</small></p>
<p class="lieferbar">&#9679; Sofort lieferbar &ndash; Versand innerhalb von 24 Stunden</p>
<form action="/warenkorb/hinzufuegen" method="post"><input type="number" name="menge" value="1" min="1"> <button>In den Warenkorb</button></form>
<ul class="vorteile"><li>Originalware aus deutscher Lieferkette</li><li>Diskreter Versand in neutraler Verpackung</li><li>Lieferung nach Deutschland, &Ouml;sterreich und in die gesamte EU</li><li>Zahlung per Vorkasse oder Sofort&uuml;berweisung</li></ul>
<h2>Produktinformationen</h2>
<p>Ketalar&reg; enth&auml;lt den Wirkstoff Ketamin und wird zur Einleitung und Durchf&uuml;hrung einer Allgemeinan&auml;sthesie sowie zur Schmerzausschaltung eingesetzt. Die L&ouml;sung ist klar und farblos.</p>
<table><tr><th>Wirkstoff</th><td>Ketaminhydrochlorid</td></tr><tr><th>Darreichungsform</th><td>Injektionsl&ouml;sung</td></tr><tr><th>Packungsgr&ouml;&szlig;e</th><td>5 x 10 ml</td></tr><tr><th>Hersteller</th><td>Pfizer Pharma GmbH</td></tr></table>
<p class="pflicht">Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.</p>
<h2>Kunden kauften auch</h2>
<ul><li><a href="/produkt/midazolam-5mg-ml">Midazolam 5 mg/ml</a> 39,90 &euro;</li><li><a href="/produkt/einmalspritzen-10ml">Einmalspritzen 10 ml, 100 St.</a> 12,49 &euro;</li></ul>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/versand">Versand &amp; Zahlung</a></footer>
""", noise="cookie-de")

p("h4405", "https://k-vials-direct.example/contact", "seller", True, "en",
  "contact-page-messenger", "Contact | KV Direct", """
<header><a href="/">KV Direct</a> <nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Contact us</h1>
<p>Thank you for your interest. We keep our ordering simple and personal.</p>
<p><b>To place an order</b>, please message us on Telegram at <b>@kvdirect_orders</b> or on Session (ID on request). Include the product, the quantity and the country you are ordering from, and we will reply with availability, the total and payment details.</p>
<p>We usually reply within 12 hours, seven days a week. For order status, please use the same chat so we can find your conversation quickly.</p>
<p>We don't take orders by e-mail or phone.</p>
</main>
<footer>&copy; KV Direct</footer>
""")

p("h4406", "https://novelbench-reagents.example/catalog/arylcyclohexylamines/2-fdck-hcl", "seller", True, "en",
  "research-use-catalogue", "2-FDCK Hydrochloride, >99.5% | NovelBench Reagents", """
<header><a href="/">NovelBench <small>Reagents</small></a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/coa">Certificates of analysis</a> <a href="/shipping">Shipping</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>2-Fluorodeschloroketamine hydrochloride (2-FDCK HCl)</h1>
<p class="cas">CAS 111982-50-4 &middot; C<sub>13</sub>H<sub>16</sub>FNO &middot; HCl &middot; MW 257.73</p>
<p>A structural analogue of ketamine in which the chlorine atom on the phenyl ring is replaced by fluorine. Supplied as a fine white crystalline powder. Purity confirmed by HPLC and <sup>1</sup>H-NMR; batch certificate available on the <a href="/coa">COA page</a>.</p>
<table class="prices">
<tr><th>Quantity</th><th>Price</th><th></th></tr>
<tr><td>1 g</td><td>$45.00</td><td><button>Add to cart</button></td></tr>
<tr><td>5 g</td><td>$180.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 g</td><td>$310.00</td><td><button>Add to cart</button></td></tr>
</table>
<p>Orders placed before 2 pm ship the same business day from our EU warehouse, vacuum sealed.</p>
<p class="disclaimer"><b>Research use only.</b> This product is intended exclusively for in-vitro laboratory research by qualified persons. It is not a medicine and is not for human or veterinary consumption. By placing an order you confirm that you are at least 21 years old and accept our terms.</p>
</main>
<footer><p>&copy; 2026 NovelBench Reagents &middot; <a href="/terms">Terms of sale</a> &middot; <a href="/faq">FAQ</a></p></footer>
""")

p("h4407", "https://farmaciabienestar24.example/esketamina-spray-nasal-28mg", "seller", True, "es",
  "esketamine-home-delivery", "Esketamina 28 mg spray nasal - envío a domicilio | Farmacia Bienestar 24", """
<header><a href="/">Farmacia <b>Bienestar 24</b></a>
<nav><a href="/salud-mental">Salud mental</a> <a href="/dolor">Dolor</a> <a href="/sueno">Sueño</a> <a href="/envios">Envíos</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<p class="migas">Inicio &gt; Salud mental &gt; Esketamina 28 mg</p>
<h1>Esketamina 28 mg solución para pulverización nasal</h1>
<p>Dispositivo pulverizador nasal de un solo uso, 28 mg de esketamina (2 pulverizaciones).</p>
<ul class="opciones">
<li>1 dispositivo &mdash; <b>89,00 &euro;</b></li>
<li>Pack 3 dispositivos (84 mg) &mdash; <b>249,00 &euro;</b></li>
<li>Pack mensual 8 dispositivos &mdash; <b>629,00 &euro;</b></li>
</ul>
<button class="add">Añadir al carrito</button>
<p class="entrega">&#128666; Entrega a domicilio en 24&ndash;48 h en toda la península. Baleares y Canarias en 72 h.</p>
<h2>Cómo funciona</h2>
<ol><li>Elige el formato que necesitas.</li><li>Completa tus datos de envío.</li><li>Recíbelo en casa en un paquete discreto.</li></ol>
<p>¿Dudas? Nuestro equipo de atención farmacéutica te responde por chat de lunes a sábado.</p>
<h2>Descripción</h2>
<p>La esketamina es el enantiómero S de la ketamina. Actúa sobre los receptores NMDA del glutamato y se utiliza en el tratamiento de la depresión que no ha respondido a otros antidepresivos. Conservar a temperatura ambiente, fuera del alcance de los niños.</p>
<p>Formas de pago: tarjeta, Bizum o transferencia.</p>
</main>
<footer>&copy; 2026 Farmacia Bienestar 24 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h4408", "https://order-ketamine-norx.test/shop/ketalar-10ml-vial", "seller", True, "en",
  "bot-check", "Just a moment...", """
<div class="main-wrapper">
<h1>order-ketamine-norx.test</h1>
<h2>Checking if the site connection is secure</h2>
<p>order-ketamine-norx.test needs to review the security of your connection before proceeding.</p>
<noscript>Enable JavaScript and cookies to continue</noscript>
<div class="spinner"></div>
<p class="footer">Ray ID: 8f2c41a9be07d3e1 &middot; Performance &amp; security by EdgeShield</p>
</div>
""")

p("h4409", "https://ketamine-sans-ordonnance.test/boutique/", "seller", True, "fr",
  "empty-maintenance", "Boutique", """
<main style="text-align:center">
<h1>Boutique momentanément indisponible</h1>
<p>Nous effectuons une mise à jour. Merci de revenir un peu plus tard.</p>
</main>
<footer><small>&copy; 2026</small></footer>
""")

p("h4410", "https://ketaminewinkel.example/veelgestelde-vragen/verzending-en-betaling", "seller", True, "nl",
  "seller-faq-shipping", "Verzending en betaling | Veelgestelde vragen", """
<header><a href="/">KW</a> <nav><a href="/producten">Producten</a> <a href="/veelgestelde-vragen">Veelgestelde vragen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Verzending en betaling</h1>
<h2>Hoe wordt mijn bestelling verpakt?</h2>
<p>Flacons en poeder worden geurdicht vacuüm verpakt en verzonden in een neutrale envelop of doos zonder logo of naam van de webshop. Op de verpakking staat een gewoon retouradres.</p>
<h2>Hoe lang duurt de levering?</h2>
<p>Binnen Nederland 1&ndash;2 werkdagen, België en Duitsland 2&ndash;4 werkdagen. Overige EU-landen 4&ndash;7 werkdagen. Je ontvangt een track-and-tracecode zodra je pakket onderweg is.</p>
<h2>Welke betaalmethoden accepteren jullie?</h2>
<p>We accepteren Bitcoin, Litecoin en Monero. Na het plaatsen van je bestelling krijg je het adres en het exacte bedrag te zien. Je bestelling wordt verzonden na drie bevestigingen.</p>
<h2>Wat als mijn pakket niet aankomt?</h2>
<p>Komt je pakket binnen 14 dagen niet aan of wordt het onderschept, dan versturen we het één keer gratis opnieuw. Neem daarvoor contact met ons op met je bestelnummer.</p>
<h2>Kan ik mijn bestelling annuleren?</h2>
<p>Zolang de betaling nog niet is bevestigd, kun je je bestelling kosteloos annuleren.</p>
</main>
<footer>&copy; 2026 &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""")

p("h4411", "https://linkpage.example/quietpharm_eu", "seller", True, "en", "social-bio-one-line", "", """
Pharmaceutical ketamine vials and nasal spray, tracked shipping within the EU and UK - prices and orders by DM only.
""", ext="txt")

p("h4412", "https://amicivet-shop.example/farmaci-veterinari/anestetici/ketavet-100-mg-ml", "seller", True, "it",
  "vet-product-public-shop", "Ketavet 100 mg/ml soluzione iniettabile flacone 10 ml | AmiciVet Shop", """
<header><a href="/">AmiciVet <small>Shop</small></a>
<nav><a href="/cani">Cani</a> <a href="/gatti">Gatti</a> <a href="/cavalli">Cavalli</a> <a href="/farmaci-veterinari">Farmaci veterinari</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<p class="breadcrumb">Home / Farmaci veterinari / Anestetici / Ketavet</p>
<h1>Ketavet 100 mg/ml soluzione iniettabile</h1>
<p>Per cani, gatti e cavalli &middot; Flacone da 10 ml</p>
<p class="prezzo"><b>&euro; 38,50</b> IVA inclusa</p>
<p class="disp">Disponibilità immediata &middot; Spedizione in 48 ore in tutta Italia, Svizzera e San Marino</p>
<form><label>Quantità <input type="number" value="1"></label> <button>Aggiungi al carrello</button></form>
<p class="nota">Ordine online senza ricetta: consulta sempre il tuo veterinario prima dell'uso.</p>
<h2>Descrizione</h2>
<p>Ketavet contiene ketamina cloridrato, un anestetico dissociativo utilizzato per l'immobilizzazione e l'anestesia di breve durata. Il flacone multidose è provvisto di tappo perforabile. Conservare a temperatura inferiore a 25 &deg;C.</p>
<h2>Recensioni</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Spedizione veloce e prodotto ben imballato.&rdquo; &mdash; Marco</p>
</main>
<footer>AmiciVet Shop &middot; P.IVA 0xxxxxxxxxx &middot; <a href="/spedizioni">Spedizioni</a> &middot; <a href="/resi">Resi</a></footer>
""")

p("h4413", "https://mercadoamigo.example/anuncio/cetamina-50mg-ml-ampola-10ml-MLB33918", "seller", True, "pt",
  "marketplace-listing", "Cetamina 50 mg/ml Ampola 10 ml Caixa Com 5 | MercadoAmigo", """
<header><a href="/">MercadoAmigo</a> <form><input placeholder="Buscar produtos, marcas e muito mais"></form> <a href="/carrinho">Carrinho</a></header>
<main>
<p class="cat">Saúde &gt; Equipamentos médicos &gt; Anestesia</p>
<h1>Cetamina 50 Mg/ml Ampola 10 Ml Caixa Com 5</h1>
<p>Novo &middot; 23 vendidos</p>
<p class="preco"><b>R$ 420</b> <small>em 6x R$ 70,00 sem juros</small></p>
<p>Envio para todo o país &middot; Chegará entre quinta e segunda-feira</p>
<p>Estoque disponível: 14 unidades</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
<section class="vendedor"><h2>Informações sobre o vendedor</h2><p>distrib_saude_sp &middot; MercadoAmigo Líder &middot; 98% de avaliações positivas &middot; São Paulo, SP</p></section>
<section><h2>Descrição</h2><p>Cetamina cloridrato 50 mg/ml, solução injetável. Caixa lacrada com 5 ampolas de 10 ml. Validade 2028. Enviamos em embalagem reforçada.</p></section>
<section class="perguntas"><h2>Perguntas e respostas</h2>
<p><b>Precisa de receita?</b><br>Olá! Não é necessário, enviamos normalmente após a confirmação do pagamento.</p>
<p><b>Entrega em Curitiba?</b><br>Sim, entregamos em todo o Brasil.</p></section>
</main>
""")

p("h4414", "https://evenkeel-health.example/ketamine", "seller", True, "en",
  "questionnaire-only-pseudo-telehealth", "Ketamine Treatment Online | EvenKeel Health", """
<header><a href="/">EvenKeel</a> <nav><a href="/ketamine">Ketamine</a> <a href="/how-it-works">How it works</a> <a href="/reviews">Reviews</a> <a href="/login">Log in</a> <a class="btn" href="/quiz">Get started</a></nav></header>
<main>
<section class="hero"><h1>Ketamine treatment, prescribed online</h1>
<p>Feel like yourself again. A simpler path to ketamine for depression and anxiety, delivered to your door.</p>
<a class="btn" href="/quiz">See if you qualify</a></section>
<section><h2>Three easy steps</h2>
<ol><li><b>5-minute questionnaire.</b> Answer a few questions about your health and goals.</li>
<li><b>Physician review.</b> A licensed physician reviews your answers &mdash; no video call needed.</li>
<li><b>Fast delivery.</b> Your medication ships within two days of approval.</li></ol>
<p class="stat">97% of members are approved within 24 hours.</p></section>
<section class="price"><h2>$99 for your first month</h2><p>Then $179/month. Cancel anytime. Includes medication, shipping and unlimited messaging.</p>
<a class="btn" href="/quiz">Get started</a></section>
<section class="reviews"><blockquote>&ldquo;I filled out the form on a Sunday and had my lozenges by Wednesday.&rdquo; &mdash; Jordan, TX</blockquote></section>
</main>
<footer><p>&copy; 2026 EvenKeel Health. Individual results may vary.</p></footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h4415", "https://harborlight-mind.example/pricing", "telehealth", False, "en",
  "telehealth-pricing", "Pricing | Harborlight Mind", """
<header><a href="/">Harborlight Mind</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a class="btn" href="/book">Book an evaluation</a></nav></header>
<main>
<h1>Clear pricing, no surprises</h1>
<p>Harborlight Mind provides at-home ketamine treatment for adults with depression and anxiety, guided by licensed psychiatric clinicians over secure video.</p>
<div class="tiers">
<div class="tier"><h2>Psychiatric evaluation</h2><p class="amount">$250 <small>one time</small></p>
<p>A 60-minute video visit with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, current medications, blood pressure and goals. Ketamine is prescribed only if your clinician believes it is safe and appropriate for you.</p>
<a class="btn" href="/book">Book evaluation</a></div>
<div class="tier"><h2>Treatment membership</h2><p class="amount">$199 <small>per month</small></p>
<ul><li>Medication dispensed by our licensed partner pharmacy in your name</li><li>Two follow-up video visits with your prescriber each month</li><li>Weekly symptom check-ins (PHQ-9 and GAD-7)</li><li>Integration coaching session</li></ul>
<p>Membership starts only after your clinician has prescribed. Cancel anytime.</p></div>
</div>
<h2>Good to know</h2>
<ul><li>About a third of the people we evaluate are not prescribed ketamine. If that's you, we refund half of the evaluation fee and send your clinician's recommendations to your doctor.</li>
<li>You can pay with HSA/FSA cards. We provide superbills for out-of-network reimbursement.</li>
<li>We currently see patients in California, Colorado, Florida, New York, Texas and Washington.</li></ul>
</main>
<footer><p>Harborlight Mind, PC &middot; If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h4416", "https://northtide-care.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works", "How it works | Northtide Care", """
<header><a href="/">Northtide Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>How ketamine treatment works at Northtide</h1>
<p>We take a slow, careful approach. Here is what the first eight weeks look like.</p>
<h2>1. Intake (15 minutes)</h2>
<p>You create an account, verify your identity with a photo ID, and complete standard screening questionnaires. This is not an approval step; it simply prepares your clinician for your visit.</p>
<h2>2. Video evaluation with your prescriber (60 minutes)</h2>
<p>You meet one of our psychiatric prescribers by video. They'll ask about your mental health history, past treatments, substance use, heart health and who will be with you during sessions. We may ask for recent lab work or a letter from your primary care doctor.</p>
<h2>3. Prescription and pharmacy</h2>
<p>If your prescriber recommends treatment, they send a prescription to Belmont Compounding Pharmacy, a licensed partner pharmacy, which ships your medication with signature-required delivery. If they don't recommend it, you'll get a written summary and referral options.</p>
<h2>4. First session with a clinician on video</h2>
<p>Your first dose is taken while a member of our clinical team watches over video and checks in with you and your sitter. After that, sessions are spaced at least 48 hours apart.</p>
<h2>5. Follow-up</h2>
<p>You'll complete a PHQ-9 every week and see your prescriber at weeks 2, 4 and 8. Dosing is adjusted, paused or stopped based on how you are doing.</p>
<h2>Our prescribers</h2>
<ul><li>Amara Okafor, MD &mdash; psychiatrist, licensed in CA, OR and WA</li><li>Daniel Reyes, PMHNP-BC &mdash; psychiatric nurse practitioner, licensed in AZ, CO and NM</li><li>Helen Park, MD &mdash; psychiatrist, licensed in NY and NJ</li></ul>
</main>
<footer>Northtide Care Medical Group &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h4417", "https://lumen-athome.example/treatment/sublingual-ketamine-program", "telehealth", False, "en",
  "telehealth-product-like", "Sublingual Ketamine Program | Lumen at Home", """
<header><a href="/">Lumen <small>at Home</small></a> <nav><a href="/treatment">Treatment</a> <a href="/clinicians">Clinicians</a> <a href="/account">My account</a></nav></header>
<main class="product-like">
<div class="image"><img src="/img/kit.jpg" alt="Lumen welcome kit with journal, eye mask and blood pressure cuff"></div>
<div class="summary">
<h1>Sublingual Ketamine Program</h1>
<p class="price">$349 <span>per month</span></p>
<p>Includes your medication, monthly prescriber visits and one integration session.</p>
<button disabled>Add to treatment plan</button>
<p class="small">Available after your clinician approves treatment at your video evaluation. <a href="/evaluation">Book an evaluation ($189)</a></p>
</div>
<h2>What's in your welcome kit</h2>
<ul><li>Automatic blood pressure cuff</li><li>Eye mask and guided playlist</li><li>Integration journal</li></ul>
<p>Medication is not part of the kit. It is dispensed by our licensed partner pharmacy, labelled with your name and your prescriber's name, and shipped separately once a prescription has been written.</p>
<h2>Who this is for</h2>
<p>Adults 18&ndash;70 with depression or anxiety who have tried at least one other treatment, who can have a trusted adult present during sessions, and who do not have uncontrolled high blood pressure, a history of psychosis or an active substance use disorder.</p>
</main>
<footer>Lumen at Home Medical PLLC &middot; 988 Suicide &amp; Crisis Lifeline: call or text 988</footer>
""")

p("h4418", "https://northtide-care.example/contact", "telehealth", False, "en",
  "telehealth-contact", "Contact | Northtide Care", """
<header><a href="/">Northtide Care</a> <nav><a href="/how-it-works">How it works</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Contact us</h1>
<p><b>Current patients:</b> message your care team through the secure message center in your patient portal. Messages are answered by a nurse or care coordinator within one business day.</p>
<p><b>New patients:</b> email hello@northtide-care.example or call (503) 555-0142, Monday to Friday, 9&ndash;5 Pacific.</p>
<p>We can't take medication requests by text, chat or e-mail. All prescribing happens after a video appointment with your clinician.</p>
<p>If you are in crisis, call or text 988, or go to your nearest emergency room.</p>
</main>
<footer>Northtide Care Medical Group</footer>
""")

p("h4419", "https://cedarpoint-telepsych.example/faq/shipping", "telehealth", False, "en", "short-excerpt", "", """
Once your clinician has completed your video evaluation and written a prescription, our partner pharmacy in Arizona ships your lozenges in a tamper-evident pouch that requires an adult signature on delivery.
""", ext="txt")

p("h4420", "https://seelenpraxis-online.example/leistungen/therapieresistente-depression", "telehealth", False, "de",
  "online-psychiatry-referral", "Therapieresistente Depression – Online-Sprechstunde | Seelenpraxis Online", """
<header><a href="/">Seelenpraxis <b>Online</b></a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Ärztinnen</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Therapieresistente Depression: fachärztliche Einschätzung per Video</h1>
<p>Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, spricht man von einer therapieresistenten Depression. In unserer Online-Sprechstunde nimmt sich eine Fachärztin für Psychiatrie und Psychotherapie 50 Minuten Zeit für Ihre Vorgeschichte, die bisherigen Behandlungen und mögliche nächste Schritte.</p>
<h2>Und Esketamin?</h2>
<p>Esketamin-Nasenspray ist für Erwachsene mit therapieresistenter Depression zugelassen. Es wird in Deutschland ausschließlich in einer Praxis oder Klinik unter ärztlicher Aufsicht angewendet; nach jeder Gabe bleiben Sie mindestens zwei Stunden zur Beobachtung. Eine Abgabe nach Hause ist nicht möglich.</p>
<p>Kommt Esketamin für Sie in Frage, überweisen wir Sie an eine unserer Partnerkliniken in Ihrer Nähe und übernehmen auf Wunsch die begleitende Behandlung per Video: Verlaufsgespräche, Anpassung der übrigen Medikation, Absprache mit der Klinik.</p>
<h2>Ablauf</h2>
<ol><li>Online-Termin buchen</li><li>Fragebogen und Arztbriefe hochladen</li><li>Videosprechstunde mit der Fachärztin</li><li>Schriftliche Empfehlung, ggf. Überweisung</li></ol>
<p>Kosten: Privatleistung nach GOÄ, Erstgespräch ca. 150 &euro;. Private Krankenversicherungen erstatten in der Regel.</p>
<a class="btn" href="/termin">Termin vereinbaren</a>
</main>
<footer><a href="/impressum">Impressum</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h4421", "https://sereno-salud.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-spanish-us", "Terapia con ketamina en casa, en español | Sereno Salud", """
<header><a href="/es">Sereno <b>Salud</b></a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/en">English</a> <a class="btn" href="/es/agendar">Agenda tu evaluación</a></nav></header>
<main>
<h1>Terapia con ketamina en casa, con atención en español</h1>
<p>Para adultos con depresión o ansiedad que no han mejorado con otros tratamientos.</p>
<h2>Cómo funciona</h2>
<ol>
<li><b>Evaluación por video.</b> Te reúnes con un profesional de enfermería psiquiátrica con licencia en tu estado. Revisamos tu historial, tus medicamentos y tu presión arterial.</li>
<li><b>Decisión clínica.</b> Solo si tu profesional considera que es seguro para ti, envía la receta a una farmacia asociada con licencia.</li>
<li><b>Primera sesión acompañada.</b> Tomas la primera dosis con alguien de tu confianza en casa y con nuestro equipo conectado por video.</li>
<li><b>Seguimiento.</b> Consultas mensuales y cuestionarios semanales para ajustar el tratamiento.</li>
</ol>
<h2>Costo</h2>
<p>Evaluación: $199. Plan mensual: $229 (medicamento, consultas de seguimiento y apoyo de integración). Aceptamos tarjetas HSA/FSA.</p>
<p>Disponible en California, Texas, Florida, Illinois y Nueva York.</p>
<a class="btn" href="/es/agendar">Agenda tu evaluación</a>
</main>
<footer>Sereno Salud Medical Group &middot; Si estás en crisis, llama o envía un mensaje al 988 (opción 2 para español).</footer>
""")

p("h4422", "https://kairos-telepsy.example/fr/ketamine-a-domicile", "telehealth", False, "fr",
  "telehealth-quebec", "Kétamine à domicile, encadrée | Kairos Télépsy", """
<header><a href="/fr">Kairos <b>Télépsy</b></a> <nav><a href="/fr/approche">Notre approche</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/tarifs">Tarifs</a> <a href="/en">EN</a></nav></header>
<main>
<h1>La kétamine à domicile, avec un vrai suivi médical</h1>
<p>Kairos Télépsy offre un traitement de la dépression résistante aux adultes qui résident au Québec, en téléconsultation.</p>
<h2>Étapes</h2>
<ol>
<li>Évaluation psychiatrique de 60 minutes en visioconférence avec un médecin membre du Collège des médecins du Québec.</li>
<li>Examens demandés au besoin (tension artérielle, bilan sanguin) auprès de votre clinique ou d'un laboratoire.</li>
<li>Si le traitement est indiqué, l'ordonnance est transmise à une pharmacie partenaire, qui vous remet le médicament sur présentation de votre pièce d'identité.</li>
<li>Première séance supervisée en visio par une infirmière; les suivantes avec un accompagnant à la maison.</li>
</ol>
<p>Tarifs : évaluation 325 $ CA; forfait mensuel 290 $ CA (consultations de suivi et intégration). Services non couverts par la RAMQ; reçus fournis pour les assurances privées.</p>
<a class="btn" href="/fr/rendez-vous">Prendre rendez-vous</a>
</main>
<footer>Kairos Télépsy inc. &middot; En cas de détresse : 1 866 APPELLE (277-3553)</footer>
""", noise="cookie-fr")

p("h4423", "https://harborlight-mind.example/faq", "telehealth", False, "en",
  "telehealth-faq", "Frequently asked questions | Harborlight Mind", """
<header><a href="/">Harborlight Mind</a> <nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h2>Can you deliver esketamine (Spravato) to my home?</h2>
<p>No. Spravato can only be given in certified healthcare settings, where you are observed for at least two hours after each dose. If your clinician thinks Spravato suits you better, we'll refer you to a certified treatment centre near you and coordinate with them.</p>
<h2>What do you prescribe, then?</h2>
<p>After a video evaluation, and only if it's appropriate, your clinician may prescribe sublingual ketamine lozenges, which are dispensed by a licensed partner pharmacy in your name.</p>
<h2>Can I just order the medication?</h2>
<p>No. There is no way to buy medication from us without an evaluation, and we don't sell products separately.</p>
<h2>Do you take insurance?</h2>
<p>We are out of network. We provide superbills, and you can use HSA/FSA funds.</p>
<h2>How long does it take to start?</h2>
<p>Most people have their evaluation within a week of booking. If you're prescribed, medication usually arrives 3&ndash;5 days later.</p>
<h2>What if I'm not a good fit?</h2>
<p>Your clinician will explain why and suggest other options, and we'll send notes to your doctor with your permission.</p>
</main>
<footer>Harborlight Mind, PC &middot; Crisis: call or text 988</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h4424", "https://bayview-infusion.example/pricing", "clinic", False, "en",
  "clinic-pricing-long", "Pricing & Packages | Bayview Ketamine Infusion Center", """
<header><a class="logo" href="/">Bayview <small>Ketamine Infusion Center</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/visit">Plan your visit</a> <a class="btn" href="/book">Book now</a></nav>
<p class="phone">Call (619) 555-0187</p></header>
<main>
<h1>Pricing &amp; packages</h1>
<p>We believe you should know what treatment costs before you walk through our door. All prices below are for care delivered in person at our center at 1420 Harbor Boulevard, Suite 210, San Diego. Every infusion is given under the supervision of a board-certified anesthesiologist, with continuous heart-rate, blood-pressure and oxygen monitoring.</p>
<h2>Getting started</h2>
<table class="price-table">
<tr><th>Service</th><th>What's included</th><th>Price</th></tr>
<tr><td>Free consultation</td><td>20-minute call or in-person visit with our nurse coordinator to talk through your history and answer questions</td><td>$0</td></tr>
<tr><td>Medical evaluation</td><td>45-minute in-person assessment with our physician, including vitals, medication review and screening questionnaires. Required before your first infusion.</td><td>$200 (credited to your first infusion)</td></tr>
</table>
<h2>Mood disorders (depression, anxiety, PTSD)</h2>
<table class="price-table">
<tr><th>Option</th><th>Details</th><th>Price</th></tr>
<tr><td>Single IV infusion</td><td>40&ndash;50 minute infusion, private suite, 30 minutes of recovery</td><td>$475</td></tr>
<tr><td>Initial series of six</td><td>Six infusions over two to three weeks, with a progress review after the third</td><td>$2,550 <small>(save $300)</small></td></tr>
<tr><td>Booster infusion</td><td>For returning patients, usually every 4&ndash;12 weeks</td><td>$450</td></tr>
<tr><td>IM session</td><td>Intramuscular dose with 90 minutes of monitored rest, for patients for whom IV access is difficult</td><td>$350</td></tr>
</table>
<h2>Chronic pain</h2>
<table class="price-table">
<tr><th>Option</th><th>Details</th><th>Price</th></tr>
<tr><td>Pain infusion (4 hours)</td><td>For CRPS, fibromyalgia and neuropathic pain, by referral or after our evaluation</td><td>$850</td></tr>
<tr><td>Five-day pain protocol</td><td>Daily infusions Monday to Friday</td><td>$3,900</td></tr>
</table>
<h2>Spravato (esketamine)</h2>
<p>We are a REMS-certified Spravato treatment center. Spravato is usually covered by insurance; our team handles prior authorization and you pay your normal copay or coinsurance. Each session includes two hours of observation in our treatment room.</p>
<h2>Paying for treatment</h2>
<ul>
<li><b>Deposit.</b> A $100 deposit holds your first appointment and is applied to your bill. It is fully refundable with 48 hours' notice.</li>
<li><b>Cards and HSA/FSA.</b> We accept all major cards and HSA/FSA cards.</li>
<li><b>Financing.</b> Monthly payment plans are available through CareCredit and Advance Care, subject to approval.</li>
<li><b>Superbills.</b> Ketamine infusions for depression are usually not covered by insurance, but some patients receive partial out-of-network reimbursement. We provide a superbill on request.</li>
<li><b>Gift cards.</b> Family members sometimes want to help. Gift cards can be applied to any service.</li>
</ul>
<h2>Before you book</h2>
<ul>
<li>You'll need someone to drive you home after each infusion. Rideshare is fine if a friend rides with you.</li>
<li>Please don't eat for six hours or drink clear liquids for two hours before your appointment.</li>
<li>Bring a list of your current medications. Some, like benzodiazepines and lamotrigine, may need to be adjusted with your prescriber.</li>
<li>We ask for a letter or contact details from your psychiatrist or primary care provider so we can coordinate care.</li>
</ul>
<p>Ketamine infusion therapy is not right for everyone. Our physician may recommend against treatment if you have uncontrolled high blood pressure, certain heart conditions, a history of psychosis, or if you are pregnant.</p>
<p><a class="btn" href="/book">Book now</a> <a class="btn outline" href="/consultation">Schedule a free consultation</a></p>
</main>
<footer><p>Bayview Ketamine Infusion Center &middot; 1420 Harbor Blvd, Suite 210, San Diego, CA 92101 &middot; Mon&ndash;Sat 8am&ndash;6pm</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Bayview Ketamine Infusion Center","address":{"@type":"PostalAddress","streetAddress":"1420 Harbor Blvd, Suite 210","addressLocality":"San Diego","addressRegion":"CA","postalCode":"92101"},"telephone":"+1-619-555-0187"}</script>
""")

p("h4425", "https://riverbend-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-centre-service", "Spravato (esketamine) treatment | Riverbend Behavioral Health", """
<header><a href="/">Riverbend Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patients">Patients</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Riverbend is a certified Spravato treatment center at both our Oak Street and Millbrook offices. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms in adults with major depressive disorder with suicidal thoughts or actions, taken alongside an oral antidepressant.</p>
<h2>What a session looks like</h2>
<p>You use the nasal spray yourself, in a private treatment room, while one of our nurses is with you. We check your blood pressure before and after, and you stay with us for at least two hours until you feel settled. You can't drive until the next day, so please arrange a ride home.</p>
<p>Most people come twice a week for the first month, then weekly or every other week.</p>
<h2>Getting started</h2>
<p>Your psychiatrist can refer you, or you can request an evaluation with one of our own psychiatric providers. We verify your insurance and take care of prior authorization; most commercial plans and Medicare cover Spravato.</p>
<a class="btn" href="/request-appointment?service=spravato">Request an appointment</a>
</main>
<footer>Riverbend Behavioral Health &middot; 212 Oak Street, Riverbend &middot; (555) 310-4400</footer>
""")

p("h4426", "https://openfield-kap.example/begin", "clinic", False, "en",
  "kap-practice-inquiry-form", "Begin | Openfield Ketamine-Assisted Psychotherapy", """
<header><a href="/">Openfield</a> <nav><a href="/approach">Approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/begin">Begin</a></nav></header>
<main>
<h1>Begin</h1>
<p>Openfield is a small ketamine-assisted psychotherapy practice in Portland's Sellwood neighbourhood. Our physician and three licensed therapists work together with each client.</p>
<p>The first step is this short inquiry form. It is not an application for medication. Within two business days our intake coordinator will call you to talk things through and, if it seems like a good fit, schedule a 90-minute in-person assessment with our physician and one of our therapists.</p>
<form action="/begin" method="post">
<label>Name <input name="name"></label>
<label>Email <input name="email" type="email"></label>
<label>Phone <input name="phone"></label>
<label>What brings you to Openfield? <textarea name="reason"></textarea></label>
<label>Are you currently working with a therapist or psychiatrist? <select><option>Yes</option><option>No</option></select></label>
<button>Send inquiry</button>
</form>
<h2>What treatment looks like</h2>
<p>Two or three preparation sessions with your therapist, then dosing sessions in our office: you take a sublingual lozenge in a quiet room, with your therapist present and our physician on site to check your blood pressure. Each dosing session is followed by an integration session within a few days. We never send medication home.</p>
</main>
<footer>Openfield KAP &middot; 7720 SE 13th Ave, Portland, OR</footer>
""")

p("h4427", "https://stmarys-health.example/departments/anesthesiology/ketamine-infusion-service", "clinic", False, "en",
  "hospital-department-short", "Ketamine Infusion Service | St. Mary's Health", """
<header><a href="/">St. Mary's Health</a> <nav><a href="/find-a-doctor">Find a doctor</a> <a href="/departments">Departments</a> <a href="/locations">Locations</a></nav></header>
<main>
<h1>Ketamine Infusion Service</h1>
<p>Department of Anesthesiology &amp; Pain Medicine</p>
<p>Outpatient IV ketamine infusions for complex regional pain syndrome and refractory neuropathic pain. Patients are seen by referral from a St. Mary's pain physician. Infusions take place in the Infusion Suite, Level 3, East Tower.</p>
<p>Referrals: fax (555) 201-7788 &middot; Questions: (555) 201-7700</p>
</main>
""")

p("h4428", "https://ggz-rivierland.example/behandelingen/esketamine", "clinic", False, "nl",
  "mental-health-clinic-nl", "Esketamine-neusspray | GGZ Rivierland", """
<header><a href="/">GGZ Rivierland</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/locaties">Locaties</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met esketamine-neusspray</h1>
<p>Bij een depressie die onvoldoende is verbeterd na ten minste twee antidepressiva kan esketamine-neusspray een mogelijkheid zijn. U gebruikt de spray altijd op onze polikliniek in Arnhem, onder toezicht van een verpleegkundige.</p>
<h2>Hoe verloopt de behandeling?</h2>
<ul><li>Eerst een intakegesprek met een psychiater.</li><li>De eerste vier weken komt u twee keer per week, daarna meestal eens per week of eens per twee weken.</li><li>Na elke toediening blijft u ongeveer twee uur bij ons. U mag die dag niet zelf autorijden.</li></ul>
<h2>Verwijzing en vergoeding</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing.</p>
<p>Vragen? Bel ons secretariaat: 026 555 18 40.</p>
</main>
<footer>GGZ Rivierland &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachten</a></footer>
""", noise="cookie-nl")

p("h4429", "https://clinicaserenita.example/infusao-de-cetamina", "clinic", False, "pt",
  "clinic-whatsapp-prices", "Infusão de cetamina em São Paulo | Clínica Serenità", """
<header><a href="/">Clínica <b>Serenità</b></a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe</a> <a href="/valores">Valores</a> <a href="https://wa.me/5511955550123">WhatsApp</a></nav></header>
<main>
<h1>Infusão de cetamina para depressão resistente</h1>
<p>Na Clínica Serenità, a infusão de cetamina é feita em sala de hospital-dia, nos Jardins, em São Paulo, com monitorização contínua e presença de médico anestesiologista durante toda a sessão.</p>
<h2>Como funciona</h2>
<ol><li>Consulta presencial com psiquiatra da equipe para avaliar indicação e contraindicações.</li><li>Exames e eletrocardiograma, quando necessário.</li><li>Protocolo inicial de 6 sessões em 3 semanas, com reavaliação psiquiátrica.</li><li>Sessões de manutenção conforme a resposta.</li></ol>
<p>É preciso vir acompanhado e não dirigir no dia da sessão.</p>
<h2>Valores</h2>
<ul><li>Consulta psiquiátrica: R$ 650</li><li>Sessão de infusão: R$ 1.800</li><li>Pacote de 6 sessões: R$ 9.900</li></ul>
<p>Emitimos recibo para reembolso do plano de saúde.</p>
<p><b>Agende pelo WhatsApp (11) 95555-0123</b> ou pelo telefone (11) 3555-0190.</p>
</main>
<footer>Clínica Serenità &middot; Responsável técnico: Dr. Paulo Mendes, CRM-SP 000000 &middot; Alameda Lorena, São Paulo</footer>
""", noise="cookie-pt")

p("h4430", "https://centromentesalute.example/trattamenti/esketamina", "clinic", False, "it",
  "clinic-it-booking", "Esketamina spray nasale | Centro Mente e Salute", """
<header><a href="/">Centro <b>Mente e Salute</b></a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/medici">Medici</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Trattamento con esketamina spray nasale</h1>
<p>Il nostro ambulatorio di psichiatria, all'interno della casa di cura accreditata di via Washington a Milano, segue pazienti adulti con depressione resistente in trattamento con esketamina.</p>
<p>La somministrazione avviene esclusivamente in ambulatorio: il paziente utilizza lo spray sotto la supervisione di un infermiere e rimane in osservazione per almeno due ore, con controllo della pressione arteriosa. Non è possibile portare il farmaco a domicilio.</p>
<h2>Come accedere</h2>
<p>È necessaria una prima visita psichiatrica (&euro; 180), anche su invio del proprio psichiatra o medico di medicina generale. Se il trattamento è indicato, vi aiutiamo con il piano terapeutico.</p>
<a class="btn" href="/prenota?servizio=esketamina">Prenota una visita</a>
</main>
<footer>Centro Mente e Salute &middot; Direttore sanitario: Dott.ssa Laura Conti</footer>
""")

p("h4431", "https://clinicakalma.example/contacto", "clinic", False, "es",
  "clinic-contact-whatsapp", "Contacto | Clínica Kalma", """
<header><a href="/">Clínica Kalma</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Contacto</h1>
<p>Para pedir cita, escríbenos por WhatsApp al +34 611 555 208 o llama al 91 555 30 12, de lunes a viernes de 9 a 20 h.</p>
<p>La primera visita es presencial, con uno de nuestros psiquiatras, en Calle de Velázquez 44, Madrid. No enviamos medicación ni realizamos tratamientos a domicilio.</p>
</main>
<footer>Clínica Kalma &middot; Centro sanitario autorizado</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h4432", "https://vetline-distribution.example/catalog/anesthetics/ketamine-hcl-100mg-ml-10ml", "informational", False, "en",
  "vet-distributor-product", "Ketamine HCl Injection 100 mg/mL, 10 mL | VetLine Distribution", """
<header><a href="/">VetLine <small>Distribution</small></a> <nav><a href="/catalog">Catalog</a> <a href="/controlled-substances">Controlled substances</a> <a href="/open-an-account">Open a practice account</a> <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Catalog &rsaquo; Anesthetics &rsaquo; Injectable</p>
<h1>Ketamine HCl Injection, 100 mg/mL, 10 mL multi-dose vial</h1>
<p>Item #VL-20417 &middot; C-III controlled substance &middot; Rx only</p>
<p class="price">List price $21.40 / vial <small>Log in to see your account price</small></p>
<button disabled>Add to cart</button>
<p class="notice">Available to verified veterinary practice accounts only. Controlled substances ship only to the DEA-registered address on your account, and we must have a current DEA registration and state controlled-substance license on file before your first order.</p>
<h2>Ordering controlled substances</h2>
<ul><li>Upload your DEA registration and state license under Account &rsaquo; Licenses.</li><li>Orders are reviewed by our compliance team against suspicious-order monitoring rules before release.</li><li>We do not sell to pet owners or individuals. Pet owners with a prescription from their veterinarian should contact their clinic.</li></ul>
<h2>Product details</h2>
<table><tr><th>Strength</th><td>100 mg/mL</td></tr><tr><th>Species</th><td>Cats, subhuman primates (see label)</td></tr><tr><th>Storage</th><td>20&ndash;25 &deg;C</td></tr></table>
</main>
<footer>VetLine Distribution, Inc. &middot; Licensed wholesale distributor &middot; <a href="/compliance">Compliance</a></footer>
""")

p("h4433", "https://alderrx-compounding.example/services/ketamine", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine compounding | Alder Compounding Pharmacy", """
<header><a href="/">Alder <small>Compounding Pharmacy</small></a> <nav><a href="/services">Services</a> <a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine troches and nasal spray</h1>
<p>We compound sublingual ketamine troches and ketamine nasal spray for patients of licensed prescribers. Every preparation is made to order in our USP &lt;797&gt;-compliant lab.</p>
<h2>For patients</h2>
<p>We can only dispense ketamine on a valid prescription from a licensed prescriber who has evaluated you. We can't accept requests from patients who don't have a prescription, and our pharmacists cannot recommend a prescriber. Controlled-substance prescriptions must be sent electronically by your prescriber.</p>
<p>Typical patient cost is $90&ndash;$160 for a 30-day supply, depending on strength. We ship to patients in states where we hold a pharmacy license, with adult signature required.</p>
<h2>For prescribers</h2>
<p>Send e-prescriptions to Alder Compounding Pharmacy, NCPDP 0000000. Our pharmacists are happy to discuss formulations.</p>
<a class="btn" href="/prescribers">Prescriber information</a>
</main>
<footer>Alder Compounding Pharmacy &middot; PCAB accredited &middot; Licensed in WA, OR, ID, CA, NV, AZ</footer>
""")

p("h4434", "https://thecivicledger.example/2026/11/online-ketamine-vials-sold-without-prescription", "informational", False, "en",
  "news-article", "Quiet storefronts: how ketamine vials are sold online without a prescription | The Civic Ledger", """
<header><a href="/">The Civic Ledger</a> <nav><a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/local">Local</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>Quiet storefronts: how ketamine vials are sold online without a prescription</h1>
<p class="byline">By Nadia Ferreira &middot; November 18, 2026</p>
<p>The website looks like any other pharmacy supplier. There is a navy-blue logo, a search bar, categories for antibiotics and anaesthetics, and a product photo of a small glass vial against a white background. The price is listed as $89 per vial, with a discount for ten. Beneath it sits a green button: "Add to cart."</p>
<p>Nothing on the page asks for a prescription. Nothing asks who the buyer is.</p>
<p>Over three months, The Civic Ledger identified 41 websites offering injectable ketamine, ketamine lozenges or esketamine nasal spray to the public. Few of them look like the caricature of a drug market. Most are calm, tidy and written in good English. Some present themselves as wellness brands, some as pharmacies, a handful as "at-home clinics." Several are simple contact pages asking visitors to "message us to order."</p>
<h2>Polished, and unregulated</h2>
<p>"The sites that worry us most are the boring ones," said Dr. Kevin Osei, a toxicologist who reviewed screenshots for this story. "If a page is full of exclamation marks, most people know to be careful. A plain product page with a price per vial looks legitimate, and that is exactly the point."</p>
<p>Ketamine is a Schedule III controlled substance in the United States. It is legitimately prescribed for anaesthesia and, off-label, for depression and pain. Esketamine, sold as Spravato, is approved for treatment-resistant depression but may only be administered in certified healthcare settings, with patients observed for at least two hours. It is not dispensed for home use.</p>
<p>That has not stopped sellers from advertising it. One site reviewed by the Ledger offered "esketamine nasal devices" with home delivery in 24 to 48 hours, priced per device. Another, styled as a telehealth company, promised approval "within 24 hours" after a five-minute questionnaire and no video visit.</p>
<h2>Affiliate links in personal blogs</h2>
<p>Reporters also found a quieter route to these shops: personal blogs. In at least nine cases, long, sincere-sounding essays about depression ended with a paragraph naming a shop and a discount code. Bloggers contacted by the Ledger either did not respond or said they had been approached by a "partnership manager" offering a commission.</p>
<p>"Readers trust a person's story far more than an ad," said Marisol Grant, who studies online health misinformation. "A link in the last paragraph borrows all of that trust."</p>
<h2>What's inside</h2>
<p>The Ledger purchased nothing. But drug-checking services in three states said samples submitted as "pharmaceutical ketamine" bought online sometimes contained other substances, including the research chemical 2-FDCK, which is sold openly on some websites with a "not for human consumption" disclaimer.</p>
<h2>Legitimate options exist</h2>
<p>Licensed at-home ketamine programs do operate in many states. Clinicians and regulators interviewed for this article pointed to a few signs of legitimate care: a real evaluation by a licensed clinician, usually by video; a named prescriber; a licensed pharmacy that dispenses only in the patient's name; and the option of being told no.</p>
<p>The Food and Drug Administration has warned consumers about buying ketamine and other controlled substances from websites that don't require a prescription. The agency's BeSafeRx campaign advises checking that online pharmacies are licensed in the buyer's state.</p>
<h2>Hard to take down</h2>
<p>Taking such sites offline is slow. Many are registered through privacy services, hosted abroad and placed behind traffic-filtering services that show visitors a brief "checking your connection" screen. In those cases, the web address itself, often a string such as "order" or "no-rx" followed by the drug's name, is the only visible clue before the page loads.</p>
<p>State pharmacy boards say they can act against pharmacies they license, but most of these sites claim no license at all. Payment processors have closed some merchant accounts; the sellers then switched to bank transfers, cryptocurrency or "message us for payment details."</p>
<p>Several of the sites identified by the Ledger went offline after reporters sent questions. At least two reappeared within days under new domain names.</p>
<p class="tagline">If you or someone you know is struggling, call or text 988 to reach the Suicide &amp; Crisis Lifeline.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="#">County approves new mental health crisis center</a></li><li><a href="#">What the new insurance rules mean for therapy</a></li></ul></aside>
</main>
<footer>&copy; 2026 The Civic Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h4435", "https://findketaminecare.example/clinics/colorado/denver", "informational", False, "en",
  "directory-listing", "Ketamine clinics in Denver, CO | FindKetamineCare", """
<header><a href="/">FindKetamineCare</a> <form><input value="Denver, CO"> <button>Search</button></form> <nav><a href="/about">About the directory</a> <a href="/list-your-clinic">List your clinic</a></nav></header>
<main>
<h1>Ketamine clinics in Denver, Colorado</h1>
<p>8 providers within 25 miles &middot; Filter: <button>IV infusion</button> <button>Spravato (REMS)</button> <button>KAP</button> <button>Accepts insurance</button></p>
<ol class="results">
<li><h2><a href="/clinic/mile-high-infusion">Mile High Infusion Therapy</a></h2><p>IV infusion &middot; Spravato (REMS) &middot; 1.2 mi &middot; 4.8 (112 reviews)</p><p>2101 Market St, Denver &middot; From $450/infusion</p><a href="/clinic/mile-high-infusion">View profile</a></li>
<li><h2><a href="/clinic/cherry-creek-kap">Cherry Creek KAP Collective</a></h2><p>Ketamine-assisted psychotherapy &middot; 3.4 mi &middot; 4.9 (38 reviews)</p><p>Fees listed on request</p><a href="/clinic/cherry-creek-kap">View profile</a></li>
<li><h2><a href="/clinic/front-range-behavioral">Front Range Behavioral Health</a></h2><p>Spravato (REMS) &middot; Accepts insurance &middot; 5.0 mi &middot; 4.5 (61 reviews)</p><a href="/clinic/front-range-behavioral">View profile</a></li>
<li><h2><a href="/clinic/aurora-pain-ketamine">Aurora Pain &amp; Ketamine Center</a></h2><p>IV infusion (pain and mood) &middot; 8.7 mi &middot; 4.6 (74 reviews)</p><a href="/clinic/aurora-pain-ketamine">View profile</a></li>
</ol>
<p class="note">Listings are provided by clinics and checked against state licensing records once a year. A listing is not an endorsement. We do not list websites that sell ketamine without an in-person or video evaluation.</p>
</main>
<footer>&copy; 2026 FindKetamineCare &middot; <a href="/methodology">How we verify listings</a></footer>
""")

p("h4436", "https://steadyground-blog.example/posts/a-year-of-ketamine-infusions", "informational", False, "en",
  "personal-blog-no-sale", "What I learned from a year of ketamine infusions | Steady Ground", """
<header><a href="/">Steady Ground</a> <nav><a href="/posts">Posts</a> <a href="/about">About</a></nav></header>
<main><article>
<h1>What I learned from a year of ketamine infusions</h1>
<p class="meta">Tom &middot; October 2, 2026 &middot; Depression, Treatment</p>
<p>It's been a year since my first ketamine infusion, and people keep asking me about it, usually in private messages that start with "sorry if this is weird but." It isn't weird. So here is the long version, in one place.</p>
<h2>Where I started</h2>
<p>I had my first major depressive episode at nineteen. By thirty-four I had tried five medications, two courses of therapy and a stretch of time I don't remember very well. My psychiatrist used the phrase "treatment-resistant" for the first time in the spring of last year. She mentioned ketamine and esketamine as options, explained what we knew and didn't know, and gave me the names of two clinics near me.</p>
<h2>The evaluation</h2>
<p>The first clinic wanted my records from my psychiatrist before they'd even book me. At the time that annoyed me. Now I think it was the first sign they were serious. The evaluation took almost an hour: blood pressure, heart history, what I drink, whether anyone in my family has had psychosis, who would drive me home. The anesthesiologist told me plainly that around half of people with my history get a meaningful response, and that the response often fades without boosters.</p>
<h2>The infusions</h2>
<p>Six infusions over three weeks. Each one was about forty minutes in a recliner, with a nurse checking on me and a blood-pressure cuff that squeezed every few minutes. The experience itself is hard to describe: a sort of gentle distance from my body, colours, sometimes a heavy, dreamlike feeling. I didn't enjoy all of them. The fourth one was unpleasant and I told the nurse, who slowed the rate.</p>
<p>The change came after the third infusion. Not happiness, exactly. More like the background noise of dread got quieter, and I could hear other things.</p>
<h2>What the year has looked like</h2>
<ul>
<li>I've had boosters roughly every six to eight weeks.</li>
<li>I went back to therapy, which I'd given up on, and it finally felt like it was going somewhere.</li>
<li>I had one bad dip in the summer, which a booster helped with, and one which it didn't.</li>
<li>It has cost a lot. Insurance reimbursed a little of it. I'm lucky I could manage it, and I know many people can't.</li>
</ul>
<h2>Things I'd tell a friend</h2>
<p>Talk to your own psychiatrist or doctor first. Look for a clinic that does a real medical evaluation and coordinates with your other care, and ask them what happens if it doesn't work. If your insurance covers Spravato, that's worth asking about too; it's given at certified centres and is often covered when infusions aren't.</p>
<p>Be careful with websites that offer to mail you ketamine after a short form, or blog posts that end with a discount code. I looked at a few of those when the cost was getting to me. A couple of them looked perfectly professional. None of them would have checked my blood pressure.</p>
<p>If you're looking for a clinic, the directory I used was the one from the American Society of Ketamine Physicians, Psychotherapists &amp; Practitioners, and my psychiatrist's referral list. And if things are very dark right now, please call or text 988 before anything else. I've done it. It helped.</p>
</article></main>
<footer>Steady Ground &middot; Personal writing. Not medical advice.</footer>
""")

p("h4437", "https://certiref-standards.example/products/ketamine-hcl-crm-1mg-ml-methanol", "informational", False, "en",
  "reference-standard-supplier", "Ketamine HCl solution 1.0 mg/mL in methanol, CRM | CertiRef Standards", """
<header><a href="/">CertiRef <small>Standards</small></a> <nav><a href="/products/forensic-toxicology">Forensic &amp; toxicology</a> <a href="/products/clinical">Clinical</a> <a href="/licensing">Licensing &amp; controlled items</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Ketamine hydrochloride solution, 1.0 mg/mL (as free base) in methanol</h1>
<p>Certified reference material &middot; 1 mL ampoule &middot; Cat. no. CR-K-0105 &middot; ISO 17034 / ISO/IEC 17025</p>
<p class="price">$96.00 <button>Add to quote</button></p>
<p>Intended for use as a calibrator or control in LC-MS/MS and GC-MS methods for forensic toxicology, urine drug testing and clinical laboratories. Supplied with a certificate of analysis giving certified concentration and expanded uncertainty.</p>
<h2>Who can order</h2>
<p>This item is sold only to institutional customers: accredited testing laboratories, hospitals, universities and government agencies. New accounts are verified before the first order; for controlled items in some countries we require a copy of the laboratory's controlled-substance licence and an end-use statement. We do not sell to individuals.</p>
<p class="small">For laboratory analytical use only. Not for use in humans or animals.</p>
<h2>Related</h2>
<ul><li><a href="/products/norketamine-crm">Norketamine 1.0 mg/mL</a></li><li><a href="/products/ketamine-d4-crm">Ketamine-D4 100 &micro;g/mL (internal standard)</a></li></ul>
</main>
<footer>CertiRef Standards GmbH &amp; Inc. &middot; <a href="/quality">Quality</a> &middot; <a href="/terms">Terms</a></footer>
""")

p("h4438", "https://arzneimittelaufsicht.example/warnungen/2026-ketamin-nasensprays-online", "informational", False, "de",
  "government-warning", "Warnung: Ketamin- und Esketamin-Nasensprays aus dem Internet", """
<header><a href="/">Landesamt für Arzneimittelaufsicht</a> <nav><a href="/warnungen">Warnungen</a> <a href="/presse">Presse</a> <a href="/verbraucher">Verbraucherinformation</a></nav></header>
<main>
<h1>Warnung vor Online-Angeboten von Ketamin- und Esketamin-Nasensprays</h1>
<p class="datum">Veröffentlicht am 12.11.2026</p>
<p>Das Landesamt warnt vor Websites, die Ketamin-Nasensprays, Ketamin-Lutschtabletten oder Esketamin-Nasensprays ohne ärztliche Verschreibung anbieten. Viele dieser Angebote wirken seriös: Sie verwenden ein apothekenähnliches Design, nennen ein Impressum und verzichten auf auffällige Werbung. Häufig genügt ein kurzer Online-Fragebogen, eine ärztliche Untersuchung findet nicht statt.</p>
<h2>Was Sie wissen sollten</h2>
<ul>
<li>Ketamin unterliegt in Deutschland der Verschreibungspflicht. Esketamin-Nasenspray zur Behandlung der Depression wird ausschließlich unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet und nicht zur Anwendung zu Hause abgegeben.</li>
<li>Bei Proben aus solchen Bestellungen wurden falsche Dosierungen und andere Wirkstoffe gefunden.</li>
<li>Legale Versandapotheken sind im Versandhandelsregister eingetragen und tragen das EU-Sicherheitslogo.</li>
</ul>
<p>Wenn Sie unter Depressionen leiden, wenden Sie sich an Ihre Hausärztin, Ihren Hausarzt oder eine psychiatrische Praxis. In akuten Krisen erreichen Sie die Telefonseelsorge rund um die Uhr unter 0800 111 0 111.</p>
</main>
<footer>Landesamt für Arzneimittelaufsicht &middot; <a href="/impressum">Impressum</a></footer>
""")

p("h4439", "https://reduccion-riesgos.example/sustancias/ketamina", "informational", False, "es",
  "harm-reduction", "Ketamina | Reducción de riesgos", """
<header><a href="/">Reducción de riesgos</a> <nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Análisis de sustancias</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina</h1>
<p>Anestésico disociativo. En usos no médicos se consume sobre todo esnifada, en forma de polvo cristalino.</p>
<h2>Efectos</h2>
<p>A dosis bajas produce una sensación de desconexión y distorsión de la percepción; a dosis más altas puede llevar a un estado de desconexión intensa (el llamado "k-hole"), con incapacidad para moverse o comunicarse.</p>
<h2>Riesgos</h2>
<ul><li>Accidentes y caídas por la pérdida de coordinación.</li><li>Mezclar con alcohol, GHB o benzodiacepinas aumenta el riesgo de pérdida de conciencia y depresión respiratoria.</li><li>El uso frecuente puede dañar la vejiga (cistitis ulcerosa) y generar dependencia.</li></ul>
<h2>Lo que hemos encontrado en el análisis</h2>
<p>En el último año, una parte de las muestras entregadas como ketamina contenían otras sustancias, entre ellas 2-FDCK y deschloroketamina, a menudo compradas en webs que las venden como "producto de investigación". Si vas a consumir, analiza tu muestra: nuestro servicio es gratuito, anónimo y confidencial.</p>
<a class="btn" href="/analisis">Cómo analizar una muestra</a>
</main>
<footer>Programa de reducción de riesgos &middot; Financiado por el Plan Nacional sobre Drogas</footer>
""")

p("h4440", "https://guide-medicaments.example/fiches/spravato", "informational", False, "fr", "short-excerpt", "", """
Spravato (eskétamine) : médicament réservé à l'usage hospitalier, administré sous la surveillance d'un professionnel de santé ; il n'est pas délivré en pharmacie de ville.
""", ext="txt")

save(OUT, R)
