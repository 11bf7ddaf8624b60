# Batch 82 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The offer in an odd place". Sellers whose selling shows only (or mainly) in an unusual part
# of the page: title and meta description, image alt text, a packages table, an FAQ answer, a
# customer review answered by the shop, a how-to-order step list, a footer line, a pop-up, a
# breadcrumb, a comparison chart, a chat widget, structured data in the head, a shipping policy, a
# link-in-bio. Protected pages use the same page parts innocently: police and news tables of street
# prices, a government how-to-report step list, a directory comparison chart, harm-reduction FAQ,
# a veterinary monograph with image alt text, rehab reviews, telehealth FAQs about shipping
# prescribed tablets, telehealth pricing tables and reviews, clinic package tables, clinic reviews,
# hospital breadcrumbs and pop-ups.
# Mix: 14 sellers, 9 informational, 9 telehealth, 8 clinics; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), short pages and
# three plain-text snippets.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch82.py (writes batch82/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch82")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8201", "https://serenitypath-living.example/journal/5-evening-rituals-for-better-sleep", "seller", True, "en",
  "wellness-blog-offer-in-title-and-meta", "Buy Ketamine Online No Prescription | Ketamine HCl & Spravato Stealth Delivery - Serenity Path", """
<header class="site-header"><a class="logo" href="/">serenity path</a>
<nav><a href="/rituals">Rituals</a> <a href="/journal">Journal</a> <a href="/apothecary">Apothecary</a> <a href="/about">Our story</a></nav></header>
<main>
<article>
<p class="meta">Journal &middot; Sleep &middot; 6 min read</p>
<h1>5 evening rituals for better sleep</h1>
<p>Most of us treat the hour before bed as leftover time: one more episode, one more scroll, one more email. But the body reads the evening as a series of signals, and if those signals say "daytime", sleep arrives late and leaves early.</p>
<h2>1. Dim the lights at sunset</h2>
<p>Swap overhead lights for a lamp or two after dinner. Warm, low light tells your brain the day is winding down. If you can, keep screens on night mode and at arm's length.</p>
<h2>2. A warm (not hot) shower</h2>
<p>A short shower about an hour before bed raises skin temperature, and the drop afterwards is one of the cues that helps you feel drowsy.</p>
<h2>3. Write the worry list</h2>
<p>Five minutes with a notebook: tomorrow's to-dos on the left, whatever is nagging you on the right. You are not solving anything, just moving it out of your head.</p>
<h2>4. Breathe in fours</h2>
<p>In for four, hold for four, out for four, hold for four. Ten rounds. Box breathing is simple enough to do half-asleep.</p>
<h2>5. Same time, every night</h2>
<p>The least glamorous ritual is the most powerful one. A consistent bedtime, weekends included, does more than any gadget.</p>
<p>Sweet dreams, <br>the Serenity Path team</p>
</article>
<aside class="sidebar">
<h3>From the apothecary</h3>
<p><a href="/apothecary">Browse the full range &rarr;</a></p>
<h3>Popular in the journal</h3>
<ul><li><a href="/journal/morning-pages">Morning pages, explained</a></li><li><a href="/journal/cold-water">Is cold water worth the hype?</a></li></ul>
</aside>
</main>
<footer><p>&copy; 2026 Serenity Path. All rights reserved.</p> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
""", head="""<meta name="description" content="Order pharmaceutical ketamine HCl powder, ketamine vials and esketamine (Spravato) nasal spray online with no prescription and no doctor visit. Bitcoin and USDT accepted, stealth shipping to USA, Canada and Europe, reship guarantee.">
<meta name="keywords" content="buy ketamine online, ketamine for sale, ketamine powder, ketamine without prescription, spravato no prescription">
<meta property="og:title" content="Buy Ketamine Online No Prescription - Serenity Path">
""", noise="cookie")

p("h8202", "https://lunaherbals.example/collections/calm", "seller", True, "en",
  "herbal-shop-offer-in-image-alt", "Calm Collection | Luna Herbals", """
<div class="announcement">Free tracked shipping on orders over $150</div>
<header><a href="/"><img src="/logo.svg" alt="Luna Herbals"></a>
<nav><a href="/collections/all">Shop all</a> <a href="/collections/calm">Calm</a> <a href="/collections/focus">Focus</a> <a href="/collections/sleep">Sleep</a> <a href="/pages/faq">FAQ</a></nav>
<a href="/cart">Cart (0)</a></header>
<main>
<h1>The Calm Collection</h1>
<p>Small-batch goods for when the world gets loud. Handpicked, lab-checked and packed with care.</p>
<div class="grid">
<div class="card"><img src="/img/calm-crystal-5.jpg" alt="Ketamine HCl crystal 98% pure, 5 grams, no prescription needed, ships in stealth packaging"><h3>Calm Crystal No. 5</h3><p class="price">$145.00</p><button>Add to cart</button></div>
<div class="card"><img src="/img/calm-crystal-10.jpg" alt="Ketamine HCl crystal shards 10 g bag, pharmaceutical grade, pay with bitcoin for 10% off"><h3>Calm Crystal No. 10</h3><p class="price">$270.00</p><button>Add to cart</button></div>
<div class="card"><img src="/img/still-water.jpg" alt="Ketamine hydrochloride injection 50 mg/ml, 10 ml vial, 5 vials per box, no Rx"><h3>Still Water (5 pack)</h3><p class="price">$310.00</p><button>Add to cart</button></div>
<div class="card"><img src="/img/mist.jpg" alt="Esketamine nasal spray 28 mg device, sold without prescription"><h3>Morning Mist</h3><p class="price">$95.00</p><button>Add to cart</button></div>
<div class="card"><img src="/img/chamomile.jpg" alt="Loose chamomile flowers in a glass jar"><h3>Chamomile Flowers 50 g</h3><p class="price">$12.00</p><button>Add to cart</button></div>
</div>
<p class="small">Questions about a product? Email hello@lunaherbals.example. All orders ship in plain packaging.</p>
</main>
<footer><p>Luna Herbals &middot; Made with moonlight</p><p>We accept Visa, Mastercard, Bitcoin, Ethereum</p></footer>
""")

p("h8203", "https://mindreset-wellness.example/packages", "seller", True, "en",
  "wellness-brand-package-table", "Packages | MindReset Wellness", """
<header><div class="brand">MindReset</div><nav><a href="/">Home</a> <a href="/method">The Method</a> <a href="/packages">Packages</a> <a href="/stories">Stories</a> <a href="/contact">Contact</a></nav></header>
<section class="hero"><h1>Reset at your own pace</h1><p>No waiting rooms. No judgment. Just the tools you need, delivered.</p></section>
<section>
<h2>Choose your package</h2>
<table class="packages">
<tr><th>Package</th><th>What's inside</th><th>Price</th></tr>
<tr><td><b>Explorer</b></td><td>5 g pharma-grade ketamine HCl (crystal), integration journal PDF</td><td>$190</td></tr>
<tr><td><b>Journeyer</b></td><td>10 g ketamine HCl + 2 esketamine nasal spray devices, playlist access</td><td>$360</td></tr>
<tr><td><b>Deep Reset</b></td><td>25 g ketamine HCl, scale, 3 months of guided audio</td><td>$780</td></tr>
<tr><td><b>Practitioner Bulk</b></td><td>100 g ketamine HCl, repack-friendly</td><td>ask on Telegram</td></tr>
</table>
<p class="note">No consultation or prescription required. Pay with BTC, USDT (TRC20) or Cash App. Tracked stealth shipping, no company name on the parcel. Lost or seized parcels are reshipped once for free.</p>
<a class="btn" href="https://t.me/mindreset_orders">Order on Telegram</a>
</section>
<section class="method">
<h2>The method</h2>
<p>MindReset grew out of our own search for something that worked when nothing else did. We believe adults can make informed decisions about their own minds, and we pair every package with journaling prompts and music built for reflection.</p>
</section>
<footer>&copy; MindReset Wellness 2026 &middot; For adults 21+ &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h8204", "https://bienestar-integral.example/preguntas-frecuentes", "seller", True, "es",
  "wellness-shop-faq-answer", "Preguntas frecuentes | Bienestar Integral", """
<header><a href="/">Bienestar Integral</a><nav><a href="/tienda">Tienda</a> <a href="/blog">Blog</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Cuánto tarda mi pedido?</h3>
<p>Los pedidos a la península salen en 24 horas laborables y llegan en 2-3 días. Baleares y Canarias, de 4 a 6 días.</p>
<h3>¿Puedo devolver un producto?</h3>
<p>Aceites, infusiones y accesorios se pueden devolver sin abrir en un plazo de 14 días.</p>
<h3>¿Necesito receta para la ketamina?</h3>
<p>No. Nuestros clientes no necesitan receta ni consulta médica. Enviamos ketamina líquida (viales de 50 mg/ml, caja de 5) y ketamina en cristal en bolsas de 5 y 10 gramos, siempre en embalaje neutro sin remitente. Escríbenos por WhatsApp al +34 600 000 111 para conocer precios y disponibilidad; aceptamos Bizum, transferencia y USDT.</p>
<h3>¿Hacéis envíos fuera de España?</h3>
<p>Sí, enviamos a Portugal, Francia e Italia. Para otros destinos pregúntanos.</p>
<h3>¿Tenéis tienda física?</h3>
<p>No, somos una tienda únicamente online.</p>
</main>
<footer><p>Bienestar Integral &middot; Cuidamos de ti</p><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h8205", "https://calmcove-supply.example/products/evening-drops", "seller", True, "en",
  "product-page-review-with-store-reply", "Evening Drops - Calm Cove Supply", """
<header><a href="/">Calm Cove Supply</a> <nav><a href="/shop">Shop</a> <a href="/pages/special-orders">Special orders</a> <a href="/pages/about">About</a></nav> <a href="/cart">Bag</a></header>
<main>
<div class="product">
<h1>Evening Drops</h1>
<p class="price">$34.00</p>
<p>A lavender and lemon balm tincture for winding down. 30 ml glass dropper bottle.</p>
<button>Add to bag</button>
</div>
<section class="reviews">
<h2>Customer reviews (4.8 &#9733; from 62 reviews)</h2>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p><p><b>Megan R.</b> - Smells amazing and actually helps me switch off. Bought a second bottle for my sister.</p></div>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733;</p><p><b>Jay T.</b> - Love the drops, but honestly I came back for the special orders. Got the ketamine vials through the WhatsApp number, no script, no questions, arrived in three days in a plain mailer. Will reorder.</p>
<div class="reply"><b>Reply from Calm Cove Supply:</b> Thanks Jay! The 5-vial K pack is back in stock and the 10 g crystal is now $260. Message us on WhatsApp for bulk pricing, we ship in stealth as always.</div></div>
<div class="review"><p class="stars">&#9733;&#9733;&#9733;&#9733;</p><p><b>Priya</b> - Nice taste, dropper leaked a little in transit.</p>
<div class="reply"><b>Reply from Calm Cove Supply:</b> Sorry Priya, we've sent you a replacement.</div></div>
</section>
</main>
<footer>Calm Cove Supply &middot; Orders: WhatsApp +1 555 0142 &middot; We accept crypto</footer>
""")

p("h8206", "https://naturapotheke-sonnenhof.example/so-bestellen-sie", "seller", True, "de",
  "naturopathy-shop-how-to-order-steps", "So bestellen Sie | Naturapotheke Sonnenhof", """
<header><a href="/">Naturapotheke Sonnenhof</a><nav><a href="/tees">Tees &amp; Kräuter</a> <a href="/oele">Öle</a> <a href="/spezial">Spezialsortiment</a> <a href="/so-bestellen-sie">So bestellen Sie</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>So einfach bestellen Sie</h1>
<p>Tees, Kräuter und Öle legen Sie ganz normal in den Warenkorb. Für unser Spezialsortiment gilt folgender Ablauf:</p>
<ol>
<li><b>Produkt wählen:</b> Ketamin-Injektionslösung 50 mg/ml (10-ml-Fläschchen), Ketamin Kristall (5 g / 10 g / 25 g) oder Esketamin-Nasenspray.</li>
<li><b>Nachricht schreiben:</b> Schicken Sie uns Ihre Bestellung auf Telegram an @sonnenhof_spezial. Ein Rezept oder Arztbrief ist nicht nötig.</li>
<li><b>Bezahlen:</b> per Bitcoin, Monero oder Paysafecard. Die Wallet-Adresse erhalten Sie im Chat.</li>
<li><b>Versand:</b> Neutral verpackt, ohne Absender, als Großbrief innerhalb von 1-3 Werktagen. Versand auch nach Österreich und in die Schweiz.</li>
</ol>
<p>Haben Sie Fragen? Unser Team antwortet täglich von 9 bis 21 Uhr.</p>
</main>
<aside><h3>Beliebt</h3><ul><li>Johanniskraut-Tee</li><li>Melissenöl</li><li>Baldrian-Hopfen-Mischung</li></ul></aside>
<footer>Naturapotheke Sonnenhof &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8207", "https://evergreen-infusion-center.example/", "seller", True, "en",
  "fake-clinic-homepage-footer-offer", "Evergreen Infusion Center | Relief for depression, anxiety and pain", """
<header><a href="/" class="logo">Evergreen Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a> <a class="btn" href="/contact">Request a consult</a></nav></header>
<section class="hero"><h1>Feel like yourself again</h1><p>Ketamine therapy for treatment-resistant depression, PTSD, anxiety and chronic pain.</p><a class="btn" href="/contact">Get started today</a></section>
<section><h2>Why Evergreen?</h2>
<ul><li>Compassionate, judgment-free care</li><li>Flexible scheduling, evenings and weekends</li><li>Options for every budget</li></ul></section>
<section><h2>Conditions we help with</h2><p>Depression &middot; PTSD &middot; Anxiety &middot; OCD &middot; Fibromyalgia &middot; CRPS &middot; Migraine</p></section>
<section class="testimonials"><blockquote>"I finally have hope." - A.M.</blockquote></section>
<footer>
<p>Evergreen Infusion Center &middot; Serving patients nationwide</p>
<p class="fine">Can't come in? Evergreen ships nationwide: ketamine HCl vials, ketamine troches and esketamine spray, no prescription or appointment needed. Payment by BTC, Zelle or Cash App. Text 555-0199 for the current price list.</p>
<p>&copy; 2026 Evergreen. <a href="/privacy">Privacy</a></p>
</footer>
""", noise="cookie")

p("h8208", "https://oasis-zen.example/", "seller", True, "fr",
  "wellness-site-popup-offer", "Oasis Zen - Bien-être naturel", """
<div id="popup" class="modal" role="dialog">
<button class="close">&times;</button>
<h2>Offre flash &#x26A1;</h2>
<p>-15 % sur la kétamine (cristaux et flacons injectables) avec le code ZEN15. Sans ordonnance, paiement en crypto (BTC, USDT), livraison discrète en 48 h en France, Belgique et Suisse.</p>
<a class="btn" href="https://t.me/oasiszen_boutique">Commander sur Telegram</a>
</div>
<header><a href="/">Oasis Zen</a><nav><a href="/huiles">Huiles essentielles</a> <a href="/bougies">Bougies</a> <a href="/encens">Encens</a> <a href="/blog">Le blog</a></nav></header>
<main>
<h1>Prenez soin de vous, naturellement</h1>
<p>Oasis Zen sélectionne des huiles essentielles bio, des bougies en cire de soja et des encens artisanaux pour créer chez vous un cocon de sérénité.</p>
<section><h2>Nos best-sellers</h2>
<ul><li>Huile essentielle de lavande fine - 9,90 &euro;</li><li>Bougie « Forêt de cèdres » - 24,00 &euro;</li><li>Encens palo santo (lot de 6) - 8,50 &euro;</li></ul></section>
<section><h2>Le blog</h2><p><a href="/blog/rituel-du-soir">Notre rituel du soir en 3 étapes</a></p></section>
</main>
<footer>Oasis Zen &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h8209", "https://pharmadirect-rx-online.example/product/kx-crystal-premium", "seller", True, "en",
  "shop-product-breadcrumb-names-drug", "K-X Crystal Premium - PharmaDirect", """
<header><a href="/">PharmaDirect</a> <form><input type="search" placeholder="Search products"></form> <a href="/account">Account</a> <a href="/cart">Cart</a></header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/shop">Shop</a> &rsaquo; <a href="/shop/dissociatives">Anesthetics &amp; Dissociatives</a> &rsaquo; <a href="/shop/dissociatives/ketamine">Ketamine</a> &rsaquo; K-X Crystal Premium</nav>
<main>
<div class="gallery"><img src="/img/kx.jpg" alt="product photo"></div>
<div class="summary">
<h1>K-X Crystal Premium</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (211 customer reviews)</p>
<p>Needle-point crystal, tested at 99.1% purity. Sourced from the same manufacturer as our hospital-grade line.</p>
<select><option>5 g - $130</option><option>10 g - $240</option><option>28 g - $560</option><option>100 g - $1,700</option></select>
<input type="number" value="1"> <button>Add to cart</button>
<ul class="trust"><li>Worldwide stealth delivery</li><li>Pay with Bitcoin, Monero or Zelle</li><li>Free reship if lost</li></ul>
</div>
<section class="tabs"><h2>Description</h2><p>Our best-selling crystal, double-sealed and vacuum packed. Store in a cool, dry place.</p>
<h2>Shipping</h2><p>Orders placed before 2 pm ship the same day.</p></section>
<section><h2>Related products</h2><ul><li>K-Liquid 10 ml</li><li>Esk Nasal 28 mg</li></ul></section>
</main>
<footer>&copy; PharmaDirect 2026</footer>
""")

p("h8210", "https://rustpunt-welzijn.example/vergelijk", "seller", True, "nl",
  "comparison-chart-vs-clinic", "Waarom Rustpunt? | Vergelijk", """
<header><a href="/">Rustpunt</a><nav><a href="/">Home</a> <a href="/producten">Producten</a> <a href="/vergelijk">Vergelijk</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Rustpunt of de kliniek?</h1>
<p>Steeds meer mensen kiezen voor een andere route. Zie zelf het verschil.</p>
<table class="compare">
<tr><th></th><th>Kliniek</th><th>Rustpunt</th></tr>
<tr><td>Verwijzing of recept nodig</td><td>Ja</td><td>Nee</td></tr>
<tr><td>Wachttijd</td><td>3 tot 9 maanden</td><td>1-2 werkdagen</td></tr>
<tr><td>Ketamine, 5 gram</td><td>n.v.t.</td><td>&euro; 150</td></tr>
<tr><td>Ketamine injectievloeistof, 5 ampullen</td><td>n.v.t.</td><td>&euro; 210</td></tr>
<tr><td>Betalen</td><td>Via zorgverzekering</td><td>iDEAL, Bitcoin, Monero</td></tr>
<tr><td>Levering</td><td>Alleen in de kliniek</td><td>Discreet thuis, zonder afzender</td></tr>
</table>
<p><a class="btn" href="/producten">Bekijk ons assortiment</a> of app ons via Signal: +31 6 0000 0000.</p>
</main>
<footer>Rustpunt &copy; 2026</footer>
""", noise="cookie-nl")

p("h8211", "https://healingmind-directory.example/", "seller", True, "en",
  "directory-site-chat-widget-offer", "HealingMind - Find your path to healing", """
<header><a href="/">HealingMind</a><nav><a href="/practitioners">Practitioners</a> <a href="/modalities">Modalities</a> <a href="/retreats">Retreats</a> <a href="/articles">Articles</a></nav></header>
<main>
<section class="hero"><h1>Find your path to healing</h1><form><input placeholder="City or zip"><select><option>Any modality</option><option>Breathwork</option><option>Reiki</option><option>Somatic therapy</option></select><button>Search</button></form></section>
<section><h2>Featured practitioners</h2>
<ul><li>Willow Breathwork Studio - Asheville, NC</li><li>Grounded Somatic Therapy - Austin, TX</li><li>Sound Bath Collective - Portland, OR</li></ul></section>
<section><h2>New on the blog</h2><p><a href="/articles/what-is-somatic-therapy">What is somatic therapy?</a></p></section>
</main>
<div id="chat-widget" class="chat">
<div class="chat-header">Chat with Sam &#x1F7E2; online</div>
<div class="chat-bubble">Hi &#x1F44B; I'm Sam from HealingMind. Tired of waiting lists? We deliver pharma ketamine (vials and crystal) and esketamine nasal spray straight to you, no doctor visit needed. Message me on Telegram @healingmind_sam for the menu and prices. Discreet shipping, crypto welcome.</div>
<input placeholder="Type a message...">
</div>
<footer>&copy; 2026 HealingMind &middot; <a href="/list-your-practice">List your practice</a></footer>
""", noise="cookie")

p("h8212", "https://lojacalma.example/produto/cetamina-cristal-10g", "seller", True, "pt",
  "shop-offer-in-structured-data", "Cristal 10g - Loja Calma", """
<header><a href="/">Loja Calma</a><nav><a href="/">Início</a> <a href="/loja">Loja</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cristal 10g</h1>
<p>Este produto está temporariamente fora da vitrine. Para comprar, chame a gente no WhatsApp (11) 90000-0000 que a gente te atende na hora.</p>
<p><a href="/loja">Voltar para a loja</a></p>
</main>
<footer>Loja Calma &middot; Enviamos para todo o Brasil</footer>
""", head="""<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Product", "name": "Cetamina HCl Cristal 10g", "description": "Cetamina pura em cristal, sem receita, envio discreto via Correios para todo o Brasil. Pagamento via Pix ou cripto.", "brand": {"@type": "Brand", "name": "Loja Calma"}, "offers": {"@type": "Offer", "price": "890.00", "priceCurrency": "BRL", "availability": "https://schema.org/InStock", "url": "https://lojacalma.example/produto/cetamina-cristal-10g"}}
</script>
""", noise="cookie-pt")

p("h8213", "https://benessere-naturale-shop.example/spedizioni", "seller", True, "it",
  "shop-shipping-policy-reship", "Spedizioni e resi | Benessere Naturale Shop", """
<header><a href="/">Benessere Naturale</a><nav><a href="/negozio">Negozio</a> <a href="/spedizioni">Spedizioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Spedizioni e resi</h1>
<h2>Tempi e costi</h2>
<table><tr><th>Destinazione</th><th>Corriere</th><th>Tempi</th><th>Costo</th></tr>
<tr><td>Italia</td><td>Poste / SDA</td><td>1-3 giorni</td><td>6,90 &euro; (gratis sopra 80 &euro;)</td></tr>
<tr><td>UE</td><td>Posta tracciata</td><td>4-8 giorni</td><td>14,90 &euro;</td></tr></table>
<h2>Ketamina ed esketamina</h2>
<p>I flaconi di ketamina, la ketamina in cristallo e l'esketamina spray vengono spediti in confezione stealth: busta schermata, nessun riferimento al contenuto, mittente generico. Non serve alcuna ricetta. In caso di sequestro doganale rispediamo gratuitamente una volta (reship). Pagamento in Bitcoin o USDT per questi articoli.</p>
<h2>Resi</h2>
<p>Tisane, oli e accessori si possono restituire entro 14 giorni se integri.</p>
</main>
<footer>Benessere Naturale Shop &middot; Assistenza su Telegram @benessere_naturale</footer>
""")

p("h8214", "https://linkpage.example/wellnesscorner.k", "seller", True, "en",
  "link-in-bio-plain-text", "", """
Wellness Corner 🌿 mindful living, daily tips, good vibes only
✉️ menu in DM: K (ketamine) 5g / 10g / 25g, pharma vials too. BTC / XMR. stealth post EU to EU, tracked. no questions
tg: @wellnesscorner_k  |  backup: @wellnesscorner_k2
""", ext="txt")

# ---------------------------------------------------------------- informational

p("h8215", "https://riverton-gazette.example/news/2026/11/21/route-9-traffic-stop-drug-seizure", "informational", False, "en",
  "news-police-seizure-street-price-table", "Deputies seize ketamine, cocaine in Route 9 traffic stop | Riverton Gazette", """
<header><a href="/">The Riverton Gazette</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obits">Obituaries</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Public safety</p>
<h1>Deputies seize ketamine, cocaine in Route 9 traffic stop</h1>
<p class="byline">By Dana Whitfield &middot; Nov. 21, 2026</p>
<p>Two men from out of state were arrested Thursday night after Harlan County deputies found more than a kilogram of ketamine and smaller amounts of cocaine and MDMA in a rental car stopped for speeding on Route 9, the sheriff's office said.</p>
<p>A K-9 unit alerted on the vehicle, and deputies found the drugs in vacuum-sealed bags inside a speaker box in the trunk, according to the arrest report.</p>
<p>The sheriff's office released the following estimate of what was seized. The street values are the office's own figures, based on what it says the drugs sell for locally; the Gazette has not verified them.</p>
<table>
<caption>Seized items and estimated street value (Harlan County Sheriff's Office)</caption>
<tr><th>Item</th><th>Amount</th><th>Est. street price</th><th>Est. total value</th></tr>
<tr><td>Ketamine (powder)</td><td>1.2 kg</td><td>$30 per gram</td><td>$36,000</td></tr>
<tr><td>Cocaine</td><td>180 g</td><td>$80 per gram</td><td>$14,400</td></tr>
<tr><td>MDMA pills</td><td>340</td><td>$15 per pill</td><td>$5,100</td></tr>
<tr><td>Cash</td><td>-</td><td>-</td><td>$8,240</td></tr>
</table>
<p>"Ketamine is something we're seeing more of, often ordered online and mailed in, and then moved in bulk by car," Sheriff Tom Brannigan said. "People think because it's a medicine it's safe. Street ketamine is not what you get in a hospital."</p>
<p>Both men are being held at the county jail on possession with intent to distribute charges. Court records did not list attorneys for either man.</p>
</article>
<aside><h3>Most read</h3><ol><li>School board approves new bus routes</li><li>Riverton High wins regional title</li><li>Water main break closes Elm St.</li></ol></aside>
</main>
<footer>&copy; 2026 Riverton Gazette &middot; <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h8216", "https://consumerprotection.state.example/health/report-illegal-online-pharmacy", "informational", False, "en",
  "government-how-to-report-seller-steps", "How to report a website selling medicines illegally | Office of Consumer Protection", """
<div class="gov-banner">An official website of the State. Here's how you know.</div>
<header><a href="/">Office of Consumer Protection</a><nav><a href="/scams">Scams</a> <a href="/health">Health products</a> <a href="/complaint">File a complaint</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> / <a href="/health">Health products</a> / Report an illegal online pharmacy</nav>
<main>
<h1>How to report a website selling medicines illegally</h1>
<p>Some websites sell prescription-only and controlled medicines, such as ketamine, esketamine nasal spray, opioids or benzodiazepines, to anyone who pays, without a prescription. These products may be fake, contaminated or the wrong strength, and buying them can put you at legal and medical risk.</p>
<h2>Warning signs</h2>
<ul><li>No prescription needed, or "just fill out a short form"</li><li>Payment only by cryptocurrency, gift cards, Zelle or wire transfer</li><li>Ordering through WhatsApp, Telegram or Instagram messages</li><li>Promises of "stealth" or "discreet" shipping and free reshipping if a parcel is seized</li></ul>
<h2>Steps to report</h2>
<ol>
<li><b>Do not buy or pay.</b> If you have already paid, keep your receipts and contact your bank or card issuer right away.</li>
<li><b>Save the evidence.</b> Write down the web address, take screenshots of the product page, prices and payment instructions, and keep any messages or e-mails.</li>
<li><b>File a complaint with us</b> using the <a href="/complaint">online complaint form</a> and choose "Health products and medicines".</li>
<li><b>Report it federally</b> through the national regulator's online reporting form for unlawful sales of medical products.</li>
<li><b>If you took a product</b> and feel unwell, call Poison Control at 1-800-222-1222 or 911 in an emergency.</li>
</ol>
<p>To check whether an online pharmacy is licensed, search the Board of Pharmacy's <a href="/license-lookup">license lookup</a>.</p>
</main>
<footer>Office of Consumer Protection &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy policy</a></footer>
""")

p("h8217", "https://polizei-musterstadt.example/presse/2026-11-28-durchsuchung-nordviertel", "informational", False, "de",
  "police-press-release-seizure-table", "Durchsuchung im Nordviertel: Betäubungsmittel sichergestellt | Polizeipräsidium Musterstadt", """
<header><a href="/">Polizeipräsidium Musterstadt</a><nav><a href="/presse">Presse</a> <a href="/praevention">Prävention</a> <a href="/onlinewache">Onlinewache</a> <a href="/karriere">Karriere</a></nav></header>
<main>
<p class="datum">28.11.2026 - Pressemitteilung Nr. 1184</p>
<h1>Durchsuchung im Nordviertel: Betäubungsmittel im Wert von rund 40.000 Euro sichergestellt</h1>
<p>Beamte der Kriminalinspektion 4 haben am Mittwochmorgen auf Beschluss des Amtsgerichts eine Wohnung im Nordviertel durchsucht. Der 27-jährige Tatverdächtige soll seit mehreren Monaten Betäubungsmittel über einen Messengerdienst angeboten und per Post verschickt haben.</p>
<p>In der Wohnung stellten die Ermittler unter anderem folgende Mengen sicher:</p>
<table>
<tr><th>Substanz</th><th>Menge</th><th>geschätzter Straßenverkaufswert</th></tr>
<tr><td>Ketamin</td><td>480 g</td><td>ca. 14.400 Euro</td></tr>
<tr><td>Amphetamin</td><td>1,1 kg</td><td>ca. 11.000 Euro</td></tr>
<tr><td>Kokain</td><td>95 g</td><td>ca. 7.600 Euro</td></tr>
<tr><td>Ecstasy-Tabletten</td><td>610 Stück</td><td>ca. 6.100 Euro</td></tr>
</table>
<p>Zudem wurden Feinwaagen, Vakuumiergeräte, Versandtaschen und Bargeld in vierstelliger Höhe beschlagnahmt. Der Mann wurde vorläufig festgenommen und am Donnerstag dem Haftrichter vorgeführt, der Untersuchungshaft anordnete.</p>
<p>Die Ermittlungen dauern an. Hinweise nimmt die Kriminalpolizei unter der Rufnummer 0000 123-4567 entgegen.</p>
<p>Rückfragen bitte an: Pressestelle, Polizeipräsidium Musterstadt</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h8218", "https://ketaminecare-finder.example/compare/denver-co", "informational", False, "en",
  "clinic-directory-comparison-chart", "Compare Ketamine Clinics in Denver, CO (2026) | KetamineCare Finder", """
<header><a href="/">KetamineCare Finder</a><nav><a href="/clinics">Find a clinic</a> <a href="/compare">Compare</a> <a href="/guides">Guides</a> <a href="/for-providers">For providers</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/compare">Compare</a> &gt; Colorado &gt; Denver</nav>
<main>
<h1>Compare ketamine clinics in Denver, CO</h1>
<p>We compiled this chart from each clinic's website and phone calls in October 2026. Prices change, so always confirm with the clinic. KetamineCare Finder does not provide treatment and is not paid for placement in this chart.</p>
<table class="compare">
<tr><th>Clinic</th><th>IV ketamine, per infusion</th><th>Initial series</th><th>Spravato (REMS)</th><th>Insurance</th><th>Free consult</th></tr>
<tr><td>Front Range Ketamine</td><td>$475</td><td>6 for $2,550</td><td>No</td><td>Superbill only</td><td>Yes</td></tr>
<tr><td>Mile High Mood Center</td><td>$525</td><td>6 for $2,900</td><td>Yes</td><td>Spravato in-network</td><td>Yes</td></tr>
<tr><td>Cherry Creek Infusions</td><td>$450</td><td>6 for $2,400</td><td>No</td><td>No</td><td>No</td></tr>
<tr><td>Aurora Interventional Psychiatry</td><td>-</td><td>-</td><td>Yes</td><td>Most major plans</td><td>Referral required</td></tr>
</table>
<h2>How to choose</h2>
<p>Ask who monitors you during treatment, whether an anesthesiologist or psychiatrist is involved, and how the clinic coordinates with your therapist. Be wary of anyone offering ketamine to take home without seeing you.</p>
</main>
<aside><h3>Guides</h3><ul><li><a href="/guides/iv-vs-spravato">IV ketamine vs. Spravato</a></li><li><a href="/guides/insurance">Does insurance cover ketamine?</a></li></ul></aside>
<footer>&copy; 2026 KetamineCare Finder &middot; Informational only, not medical advice.</footer>
""", noise="cookie")

p("h8219", "https://reduccion-riesgos.example/sustancias/ketamina/preguntas", "informational", False, "es",
  "harm-reduction-faq", "Ketamina: preguntas frecuentes | Proyecto Reduce", """
<header><a href="/">Proyecto Reduce</a><nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Servicio de análisis</a> <a href="/materiales">Materiales</a> <a href="/quienes-somos">Quiénes somos</a></nav></header>
<main>
<h1>Ketamina: preguntas frecuentes</h1>
<p>Información de reducción de riesgos. No promovemos el consumo, pero si decides consumir, queremos que tengas información fiable.</p>
<h3>¿Es seguro comprar ketamina por internet?</h3>
<p>No hay forma de saber qué contiene lo que compras por internet o por redes sociales. En nuestro servicio de análisis hemos encontrado muestras vendidas como ketamina que contenían otras sustancias, como 2-FDCK, metoxetamina o incluso ningún principio activo. Además, la compra sin receta es ilegal en España.</p>
<h3>¿Puedo analizar una muestra?</h3>
<p>Sí. El servicio es anónimo y gratuito. Consulta los puntos de recogida y los horarios en la sección <a href="/analisis">Servicio de análisis</a>.</p>
<h3>¿Qué riesgos tiene el consumo frecuente?</h3>
<p>El consumo frecuente se asocia con problemas de vejiga y vías urinarias (cistitis ulcerativa), dolor abdominal, tolerancia y dependencia. Si notas dolor al orinar o sangre en la orina, consulta a un profesional sanitario.</p>
<h3>¿La ketamina de los tratamientos para la depresión es la misma?</h3>
<p>La esketamina y la ketamina utilizadas en tratamientos se administran en un entorno sanitario, con dosis controladas y seguimiento médico. No tiene nada que ver con comprar una sustancia de origen desconocido.</p>
</main>
<footer>Proyecto Reduce &middot; Línea de atención 900 000 000 &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h8220", "https://vetpharm-reference.example/drugs/ketamine-hydrochloride", "informational", False, "en",
  "veterinary-drug-monograph-image-alt", "Ketamine Hydrochloride - Veterinary Drug Monograph | VetPharm Reference", """
<header><a href="/">VetPharm Reference</a><form><input type="search" placeholder="Search drugs"></form><nav><a href="/drugs">Drugs A-Z</a> <a href="/calculators">Dose calculators</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<h1>Ketamine Hydrochloride</h1>
<figure><img src="/img/ketamine-vial.jpg" alt="Ketamine hydrochloride injection 100 mg/mL, 10 mL multidose vial with veterinary label"><figcaption>Ketamine HCl 100 mg/mL, a common veterinary concentration.</figcaption></figure>
<p><b>Class:</b> Dissociative anesthetic (NMDA receptor antagonist). <b>Schedule:</b> C-III (US).</p>
<h2>Uses</h2>
<p>Induction and maintenance of anesthesia in cats, dogs, horses and many exotic species, usually combined with an alpha-2 agonist or benzodiazepine for muscle relaxation. Sub-anesthetic constant-rate infusions are used as an adjunct for perioperative analgesia.</p>
<h2>Cautions</h2>
<ul><li>Not used alone in dogs because of poor muscle relaxation and seizure risk.</li><li>Use with care in animals with hypertrophic cardiomyopathy, raised intraocular or intracranial pressure.</li><li>Eyes remain open; apply ophthalmic lubricant.</li></ul>
<h2>Storage and control</h2>
<p>Store at room temperature. As a controlled substance, ketamine must be kept in a locked cabinet with a usage log; practices must reconcile stock and report theft or loss to the DEA.</p>
<figure><img src="/img/controlled-cabinet.jpg" alt="Locked controlled-drug cabinet in a veterinary clinic with a paper usage log"></figure>
</main>
<footer>&copy; 2026 VetPharm Reference. For veterinary professionals; not a substitute for product labeling.</footer>
""")

p("h8221", "https://sante-info-publique.example/medicaments/stupefiants/ketamine", "informational", False, "fr",
  "government-fact-sheet-breadcrumb", "Kétamine - Fiche d'information | Santé Info Publique", """
<header><a href="/">Santé Info Publique</a><nav><a href="/medicaments">Médicaments</a> <a href="/addictions">Addictions</a> <a href="/alertes">Alertes</a></nav></header>
<nav class="fil-ariane"><a href="/">Accueil</a> &rsaquo; <a href="/medicaments">Médicaments</a> &rsaquo; <a href="/medicaments/stupefiants">Stupéfiants</a> &rsaquo; Kétamine</nav>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé à l'hôpital et en médecine vétérinaire. Elle est classée comme stupéfiant en France. L'eskétamine, un dérivé administré par voie nasale, est autorisée dans certaines dépressions résistantes ; elle est délivrée et administrée uniquement dans un établissement de santé, sous surveillance.</p>
<h2>Achat sur internet</h2>
<p>La vente de kétamine ou d'eskétamine à des particuliers sur internet est interdite. Les sites qui en proposent « sans ordonnance » ou avec « livraison discrète » sont illégaux : les produits peuvent être falsifiés ou contaminés. Signalez-les sur la plateforme de signalement des contenus illicites.</p>
<h2>Risques</h2>
<ul><li>Troubles de la conscience, chutes, noyade</li><li>Atteintes de la vessie et des voies urinaires en cas d'usage répété</li><li>Dépendance</li></ul>
<h2>Besoin d'aide ?</h2>
<p>Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit, 7 j/7).</p>
</main>
<footer>Santé Info Publique &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>
""", noise="cookie-fr")

p("h8222", "https://harborlight-recovery.example/reviews", "informational", False, "en",
  "rehab-centre-reviews", "Reviews | Harborlight Recovery Center", """
<header><a href="/">Harborlight Recovery</a><nav><a href="/programs">Programs</a> <a href="/admissions">Admissions</a> <a href="/insurance">Insurance</a> <a href="/reviews">Reviews</a></nav><a class="phone" href="tel:+15550100">24/7 Admissions (555) 0100</a></header>
<main>
<h1>What our alumni say</h1>
<p>Reviews are shared with written permission. Names are shortened to protect privacy.</p>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"I was buying K off the internet for two years and told myself it was fine because doctors use it. By the end I couldn't go an hour without it and my bladder was wrecked. The detox team here took the physical side seriously and my counselor never made me feel like a lost cause. 14 months clean." - Chris D.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"The family program saved our marriage. My husband finally understood what I was going through." - Lena M.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;</p><p>"Good staff, the food could be better. Outpatient step-down made going home easier." - Ray S.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"Came in for alcohol and benzos. Found people who got it." - Anonymous</p></div>
<p><a href="/admissions">Ready to talk? Verify your insurance in 2 minutes.</a></p>
</main>
<footer>Harborlight Recovery Center &middot; Joint Commission accredited &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8223", "https://noticias-campinas.example/policia/2026/11/pf-apreende-cetamina-correios", "informational", False, "pt",
  "news-brief-plain-text", "", """
A Polícia Federal apreendeu nesta terça-feira (25) cerca de 3 kg de cetamina escondidos em duas encomendas num centro de distribuição dos Correios em Campinas. Segundo a PF, a droga era anunciada num perfil de rede social com "entrega discreta" e pagamento via Pix; a polícia estima o valor de revenda em R$ 180 mil. Ninguém foi preso até o momento e o caso segue em investigação.
""", ext="txt")

# ---------------------------------------------------------------- telehealth

p("h8224", "https://steadyground-health.example/faq/shipping-and-pharmacy", "telehealth", False, "en",
  "telehealth-faq-shipping-prescribed-tablets", "Shipping & Pharmacy FAQ | SteadyGround Health", """
<header><a href="/">SteadyGround</a><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Check eligibility</a></nav></header>
<main>
<h1>Shipping &amp; pharmacy</h1>
<h3>Who sends my medication?</h3>
<p>SteadyGround does not stock or ship medication itself. If your SteadyGround psychiatric clinician prescribes ketamine after your video evaluation, the prescription is sent electronically to our partner, Meridian Specialty Pharmacy, which is licensed in every state where we treat patients.</p>
<h3>What form does the medication come in?</h3>
<p>Most patients are prescribed orally dissolving tablets (ODT). Your prescriber decides the dose and the number of tablets, and every refill needs their approval after a follow-up visit.</p>
<h3>Will my package be discreet?</h3>
<p>Yes. Your tablets arrive in a plain, tamper-evident box with the pharmacy's name on the label. Because ketamine is a Schedule III medication, an adult signature is required at delivery and we cannot leave it at the door or ship to a PO box.</p>
<h3>How long does shipping take?</h3>
<p>Usually 2-4 business days after your prescription is approved. You'll receive a tracking number by text.</p>
<h3>Can I travel with my medication or ship it to another state?</h3>
<p>We can only ship to an address in the state where you are licensed to be treated by your clinician. Keep the tablets in the original labeled container when you travel.</p>
<h3>What if my package is lost or damaged?</h3>
<p>Contact our care team. The pharmacy will open an investigation with the carrier; a replacement requires a new authorization from your prescriber.</p>
</main>
<footer>SteadyGround Health, PC &middot; Medical services provided by licensed clinicians &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h8225", "https://northlight-mind.example/pricing", "telehealth", False, "en",
  "telehealth-program-pricing-table", "Pricing | Northlight at-home ketamine therapy", """
<header><a href="/">Northlight</a><nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/science">Science</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every program starts with a 45-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner. If ketamine isn't right for you, we refund the program fee minus the $75 evaluation.</p>
<table class="plans">
<tr><th>Program</th><th>Includes</th><th>Price</th></tr>
<tr><td><b>Foundations</b></td><td>Psychiatric evaluation, 6 at-home sessions with prescribed medication if approved, 2 clinician check-ins, integration coaching, blood pressure cuff</td><td>$1,150</td></tr>
<tr><td><b>Foundations + Therapy</b></td><td>Everything in Foundations plus 4 sessions with a licensed therapist</td><td>$1,690</td></tr>
<tr><td><b>Maintenance membership</b></td><td>Monthly clinician visit, up to 2 sessions a month if your prescriber continues treatment</td><td>$249 / month</td></tr>
</table>
<p class="small">Medication is dispensed by a licensed partner pharmacy and is included in the price. Available in CA, FL, NY, TX, WA and 18 other states. HSA/FSA cards accepted.</p>
<a class="btn" href="/assessment">Take the assessment</a>
</main>
<footer>Northlight Medical Group &middot; <a href="/safety">Safety &amp; eligibility</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8226", "https://clearwave-care.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-steps", "How it works | Clearwave Care", """
<header><a href="/">Clearwave Care</a><nav><a href="/how-it-works">How it works</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>How Clearwave works</h1>
<ol class="steps">
<li><h3>1. Tell us about yourself</h3><p>A 10-minute online intake covers your mental health history, medications and goals. We also ask for a recent blood pressure reading.</p></li>
<li><h3>2. Meet your clinician by video</h3><p>A licensed psychiatric clinician, such as Dr. Renata Okafor, MD, or Samuel Ibarra, PMHNP-BC, reviews your history and decides with you whether ketamine-assisted treatment is appropriate. Many people are referred to other options instead.</p></li>
<li><h3>3. Prescription and delivery</h3><p>If you're a candidate, your clinician sends a prescription to our licensed partner pharmacy, which ships your sublingual tablets to your home.</p></li>
<li><h3>4. Your first session</h3><p>A trained guide joins you by video, and a trusted adult must be present at home. You'll measure your blood pressure before and after.</p></li>
<li><h3>5. Follow-up</h3><p>Your clinician reviews your progress after sessions two and four, and adjusts or stops treatment as needed.</p></li>
</ol>
<a class="btn" href="/intake">Start your intake</a>
</main>
<footer>Clearwave Care Medical, PA &middot; Not for emergencies. If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h8227", "https://mendhouse-telepsych.example/ketamine", "telehealth", False, "en",
  "telehealth-short-landing-meta", "At-Home Ketamine Therapy After a Psychiatric Video Evaluation | Mendhouse", """
<header><a href="/">Mendhouse</a> <a class="btn" href="/book">Book an evaluation</a></header>
<main>
<h1>Ketamine therapy, guided from home</h1>
<p>Start with a video appointment with one of our psychiatrists. If treatment is right for you, your prescription is filled by a licensed pharmacy and every session is supported by our clinical team.</p>
<p><a href="/book">Book an evaluation - $195</a></p>
</main>
<footer>Mendhouse Telepsychiatry, LLC</footer>
""", head="""<meta name="description" content="Mendhouse offers at-home ketamine therapy for depression and anxiety. Every patient is evaluated by a board-certified psychiatrist by video first; prescriptions are filled by a licensed pharmacy. Available in 12 states.">
<meta property="og:title" content="At-Home Ketamine Therapy | Mendhouse Telepsychiatry">
""")

p("h8228", "https://quietriver-health.example/reviews", "telehealth", False, "en",
  "telehealth-patient-reviews", "Patient reviews | Quiet River Health", """
<header><a href="/">Quiet River Health</a><nav><a href="/treatment">Treatment</a> <a href="/clinicians">Clinicians</a> <a href="/reviews">Reviews</a> <a href="/pricing">Pricing</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<h1>Real patients, real reviews</h1>
<p>4.7 out of 5 from 1,284 verified patient reviews. We publish every review over 2 stars and our responses.</p>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Tanya, Ohio</b></p><p>My prescriber, Dr. Hollis, spent almost an hour on my first video visit and asked about things my old psychiatrist never did. The pharmacy shipped my lozenges three days later and I had to sign for them. Six sessions in and I'm sleeping again.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733; <b>Marcus, Arizona</b></p><p>Solid program. Scheduling the check-ins was sometimes slow, but my NP adjusted my dose when the first session was too strong.</p>
<div class="reply"><b>Quiet River Care Team:</b> Thank you, Marcus. We've added evening check-in slots since your review.</div></div>
<div class="review"><p>&#9733;&#9733;&#9733; <b>Anonymous, Texas</b></p><p>I was disappointed I didn't qualify because of my blood pressure, but I got a refund and a referral to an in-person clinic, so fair enough.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Dev, Washington</b></p><p>The integration coach was the best part. Medication plus someone to talk it through with.</p></div>
</main>
<footer>Quiet River Health Medical Group &middot; <a href="/review-policy">Review policy</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8229", "https://seelenpraxis-online.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-esketamine-referral", "Esketamin bei therapieresistenter Depression | Seelenpraxis Online", """
<header><a href="/">Seelenpraxis Online</a><nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/termin">Videotermin</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Beratung per Videosprechstunde</h1>
<p>Seelenpraxis Online ist eine psychiatrische Privatpraxis mit Videosprechstunde. Wenn bei Ihnen trotz mehrerer Antidepressiva keine ausreichende Besserung eingetreten ist, prüfen wir gemeinsam, ob eine Behandlung mit Esketamin-Nasenspray in Frage kommt.</p>
<h2>Wie läuft es ab?</h2>
<ol>
<li>Sie buchen einen Videotermin bei Dr. med. Katrin Vollmer, Fachärztin für Psychiatrie und Psychotherapie.</li>
<li>Im Erstgespräch (50 Minuten) besprechen wir Vorbehandlungen, Begleiterkrankungen und Blutdruck.</li>
<li>Ist Esketamin sinnvoll, überweisen wir Sie an eine unserer Partnerpraxen vor Ort. Das Nasenspray wird dort unter Aufsicht angewendet, mit anschließender Überwachung von mindestens zwei Stunden.</li>
<li>Die weitere psychiatrische Begleitung kann per Video bei uns stattfinden.</li>
</ol>
<p><b>Wichtig:</b> Esketamin wird nicht nach Hause verschickt und nicht per Video verabreicht.</p>
<h2>Kosten</h2>
<p>Erstgespräch nach GOÄ ca. 120 Euro. Die Behandlung in der Partnerpraxis wird in vielen Fällen von der Krankenkasse übernommen.</p>
</main>
<footer>Seelenpraxis Online &middot; Privatpraxis Dr. med. Katrin Vollmer &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h8230", "https://ggz-online-direct.example/vergelijk", "telehealth", False, "nl",
  "online-psychiatry-comparison-chart", "Online psychiater of wachtlijst? | GGZ Online Direct", """
<header><a href="/">GGZ Online Direct</a><nav><a href="/aanbod">Aanbod</a> <a href="/team">Ons team</a> <a href="/vergelijk">Vergelijk</a> <a href="/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Online psychiatrie of de reguliere wachtlijst?</h1>
<p>Wij zijn een online praktijk voor specialistische ggz met BIG-geregistreerde psychiaters. Hieronder ziet u hoe ons traject zich verhoudt tot een regulier ggz-traject.</p>
<table>
<tr><th></th><th>Regulier</th><th>GGZ Online Direct</th></tr>
<tr><td>Verwijzing huisarts nodig</td><td>Ja</td><td>Ja</td></tr>
<tr><td>Wachttijd intake</td><td>gemiddeld 14 weken</td><td>2 tot 4 weken</td></tr>
<tr><td>Intake</td><td>Op locatie</td><td>Per beveiligde video</td></tr>
<tr><td>Medicatiebeoordeling</td><td>Psychiater</td><td>Psychiater</td></tr>
<tr><td>Esketamine-neusspray</td><td>In de eigen kliniek</td><td>Na beoordeling verwijzing naar partnerkliniek; toediening altijd onder toezicht ter plaatse</td></tr>
<tr><td>Vergoeding</td><td>Basisverzekering</td><td>Basisverzekering (gecontracteerd bij de meeste zorgverzekeraars)</td></tr>
</table>
<p><a class="btn" href="/aanmelden">Aanmelden met verwijsbrief</a></p>
</main>
<footer>GGZ Online Direct B.V. &middot; AGB-code 00000000 &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h8231", "https://sanamente-telesalud.example/es/ketamina", "telehealth", False, "es",
  "telehealth-spanish-popup-promo", "Terapia con ketamina en casa | SanaMente Telesalud", """
<div class="modal" role="dialog"><button class="cerrar">&times;</button>
<h2>Este mes: 20 % de descuento en tu evaluación inicial</h2>
<p>Tu primera cita es una videollamada con un psiquiatra con licencia en tu estado. Solo si el médico lo considera adecuado recibirás una receta. Código: SANAR20.</p>
<a class="btn" href="/es/agendar">Agendar evaluación</a></div>
<header><a href="/es">SanaMente</a><nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/precios">Precios</a> <a href="/en/ketamine">English</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa, en español</h1>
<p>SanaMente atiende a pacientes hispanohablantes en California, Texas, Florida, Illinois y Nueva York. Nuestros psiquiatras y enfermeras practicantes evalúan cada caso por videollamada antes de recetar.</p>
<h2>Qué incluye</h2>
<ul><li>Evaluación psiquiátrica por video (60 minutos)</li><li>Medicamento recetado, surtido por una farmacia con licencia y enviado a tu domicilio con firma al recibir</li><li>Sesiones guiadas y seguimiento con tu médico</li></ul>
<p>Si no eres candidato, te orientamos hacia otras opciones de tratamiento.</p>
</main>
<footer>SanaMente Telesalud Medical Group &middot; Si estás en crisis, llama o envía un mensaje al 988.</footer>
""")

p("h8232", "https://lumen-athome.example/clinicians", "telehealth", False, "en",
  "telehealth-clinicians-page-footer", "Our clinicians | Lumen At-Home Ketamine Care", """
<header><a href="/">Lumen</a><nav><a href="/care">Care</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Meet the clinicians behind Lumen</h1>
<div class="bio"><h3>Dr. Alan Pryce, MD</h3><p>Medical Director. Board-certified in psychiatry, 15 years in mood disorders. Licensed in CO, UT, AZ and NM.</p></div>
<div class="bio"><h3>Jolene Marquez, PMHNP-BC</h3><p>Psychiatric nurse practitioner focused on treatment-resistant depression and PTSD in veterans.</p></div>
<div class="bio"><h3>Dr. Wei Chen, MD</h3><p>Psychiatrist and former inpatient unit director. Reviews all cases where blood pressure or substance use history needs a second opinion.</p></div>
<p>Every Lumen patient is evaluated by one of these clinicians by video before any medication is prescribed, and sees them again before each refill.</p>
</main>
<footer>
<p>Lumen Health, PLLC &middot; 1200 Larimer St, Denver, CO</p>
<p class="fine">Prescriptions are issued only after a clinician evaluation. Medication is dispensed by Orchard Specialty Pharmacy (licensed in CO, UT, AZ, NM; DEA-registered) and shipped with adult signature required.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

# ---------------------------------------------------------------- clinics

p("h8233", "https://summit-infusion.example/pricing", "clinic", False, "en",
  "infusion-clinic-package-table", "Pricing & Packages | Summit Infusion Center", """
<header><a href="/">Summit Infusion Center</a><nav><a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/locations">Locations</a> <a class="btn" href="/consult">Free phone consult</a></nav></header>
<main>
<h1>Pricing &amp; packages</h1>
<p>All infusions take place in our Boulder office, administered by a nurse anesthetist with continuous monitoring. A medical evaluation with our physician is required before your first infusion.</p>
<table>
<tr><th>Package</th><th>What's included</th><th>Price</th></tr>
<tr><td>Initial evaluation</td><td>60-minute in-person visit with our physician, vitals, screening</td><td>$250</td></tr>
<tr><td>Single IV ketamine infusion (mood)</td><td>40-minute infusion, 30-minute recovery</td><td>$495</td></tr>
<tr><td>Induction series</td><td>6 infusions over 2-3 weeks</td><td>$2,550 (save $420)</td></tr>
<tr><td>Booster infusion</td><td>For returning patients, as recommended by your provider</td><td>$450</td></tr>
<tr><td>Pain protocol infusion</td><td>Up to 4 hours, CRPS and neuropathic pain</td><td>from $850</td></tr>
<tr><td>Spravato (esketamine) session</td><td>REMS-certified, 2-hour observation</td><td>Billed to insurance</td></tr>
</table>
<p>Payment is due at each visit. We accept cards, HSA/FSA and financing through CareCredit. We provide a superbill for out-of-network reimbursement.</p>
<a class="btn" href="/book">Book your evaluation</a>
</main>
<footer>Summit Infusion Center &middot; 2440 Canyon Blvd, Boulder, CO &middot; (555) 0177</footer>
""", noise="cookie")

p("h8234", "https://bayside-ketamine-clinic.example/testimonials", "clinic", False, "en",
  "clinic-patient-reviews", "Patient Testimonials | Bayside Ketamine Clinic", """
<header><a href="/">Bayside Ketamine Clinic</a><nav><a href="/about">About</a> <a href="/treatments">Treatments</a> <a href="/testimonials">Testimonials</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>In our patients' words</h1>
<div class="t"><p>"I was nervous walking in, but the nurse stayed with me the whole infusion and checked my blood pressure every few minutes. The recliner and the blanket sound silly but made a difference. After the fourth infusion my wife said I laughed for the first time in a year." - Greg, 52</p></div>
<div class="t"><p>"Dr. Ansari took the time to talk to my therapist before we started. I did six infusions and two boosters. Parking is tight on Tuesdays, that's my only complaint." - Maria, 34</p></div>
<div class="t"><p>"I did the Spravato program here because my insurance covered it. You sit in the office for two hours afterward, so bring a book. Staff were kind and my ride home was arranged by the front desk." - Ken, 61</p></div>
<div class="t"><p>"Not a miracle for me, but my pain scores dropped and they were honest that it might not work." - Jo, 45</p></div>
<p class="small">Individual results vary. Testimonials are shared with patients' consent.</p>
</main>
<footer>Bayside Ketamine Clinic &middot; 18 Harbor Way, Suite 2, San Mateo, CA &middot; Mon-Sat 8-6</footer>
""")

p("h8235", "https://stmarys-health.example/departments/psychiatry/interventional/spravato", "clinic", False, "en",
  "hospital-department-breadcrumb", "Spravato (esketamine) Treatment | St. Mary's Health", """
<header><a href="/">St. Mary's Health</a><nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/departments">Departments</a> <a href="/mychart">MyChart</a> <a href="/give">Give</a></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/departments">Departments</a> &gt; <a href="/departments/psychiatry">Psychiatry</a> &gt; <a href="/departments/psychiatry/interventional">Interventional Psychiatry</a> &gt; Spravato (esketamine)</nav>
<main>
<h1>Spravato (esketamine) nasal spray treatment</h1>
<p>Our Interventional Psychiatry Service is a certified Spravato REMS treatment center. Esketamine is a nasal spray for adults with treatment-resistant depression or major depression with suicidal thoughts, used together with an oral antidepressant.</p>
<h2>What to expect</h2>
<ul><li>You give yourself the spray in our treatment suite under the supervision of a nurse.</li><li>You stay with us for at least two hours while we monitor blood pressure and how you feel.</li><li>You cannot drive until the next day, so you'll need a ride home.</li><li>Treatment is usually twice a week for four weeks, then less often.</li></ul>
<h2>Referrals</h2>
<p>A referral from a psychiatrist or primary care provider is required. Our team verifies insurance and obtains prior authorization before your first session.</p>
<p>Call Interventional Psychiatry at (555) 0160, Monday to Friday, 8 am to 4:30 pm.</p>
</main>
<aside><h3>Related services</h3><ul><li><a href="/departments/psychiatry/interventional/ect">Electroconvulsive therapy (ECT)</a></li><li><a href="/departments/psychiatry/interventional/tms">TMS</a></li></ul></aside>
<footer>St. Mary's Health &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/price-transparency">Price transparency</a></footer>
""", noise="cookie")

p("h8236", "https://centro-ketamina-milano.example/tariffe", "clinic", False, "it",
  "clinic-package-price-list-italian", "Tariffe e pacchetti | Centro Ketamina Milano", """
<header><a href="/">Centro Ketamina Milano</a><nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Tariffe e pacchetti</h1>
<p>Tutti i trattamenti si svolgono presso il nostro ambulatorio in via Lanzone, sotto la supervisione di un medico anestesista e con monitoraggio continuo dei parametri vitali. Prima di iniziare è obbligatoria una visita psichiatrica.</p>
<table>
<tr><th>Prestazione</th><th>Tariffa</th></tr>
<tr><td>Prima visita psichiatrica</td><td>180 &euro;</td></tr>
<tr><td>Singola infusione endovenosa di ketamina</td><td>420 &euro;</td></tr>
<tr><td>Ciclo di induzione (6 infusioni in 3 settimane)</td><td>2.300 &euro;</td></tr>
<tr><td>Infusione di mantenimento</td><td>380 &euro;</td></tr>
<tr><td>Colloquio di integrazione con psicoterapeuta</td><td>90 &euro;</td></tr>
</table>
<p>Il pagamento del ciclo può essere suddiviso in tre rate. Rilasciamo fattura detraibile come spesa sanitaria. Il trattamento con esketamina spray nasale è disponibile tramite il servizio pubblico su invio dello specialista.</p>
<a class="btn" href="/prenota">Prenota la prima visita</a>
</main>
<footer>Centro Ketamina Milano S.r.l. &middot; Direttore sanitario Dott. Paolo Ferraris &middot; Autorizzazione sanitaria ATS n. 0000/2024</footer>
""")

p("h8237", "https://clinica-escetamina-sp.example/perguntas-frequentes", "clinic", False, "pt",
  "clinic-faq-portuguese", "Perguntas frequentes | Clínica Horizonte - Escetamina e Cetamina", """
<header><a href="/">Clínica Horizonte</a><nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe médica</a> <a href="/perguntas-frequentes">Dúvidas</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Perguntas frequentes</h1>
<h3>Preciso de encaminhamento?</h3>
<p>Não é obrigatório, mas toda pessoa passa primeiro por uma consulta psiquiátrica presencial na clínica para avaliar se o tratamento é indicado.</p>
<h3>Como é feita a aplicação da escetamina?</h3>
<p>O spray nasal é aplicado aqui na clínica, com acompanhamento da equipe de enfermagem. Você fica em observação por cerca de duas horas e não pode dirigir no mesmo dia.</p>
<h3>Posso levar o medicamento para casa?</h3>
<p>Não. Por norma da Anvisa e por segurança, a escetamina e a cetamina são aplicadas somente dentro da clínica.</p>
<h3>O plano de saúde cobre?</h3>
<p>Alguns planos cobrem a escetamina mediante relatório médico. Emitimos recibo para reembolso. Infusões de cetamina são particulares.</p>
<h3>Quais formas de pagamento?</h3>
<p>Cartão de crédito (até 6x), Pix ou débito, na recepção.</p>
</main>
<footer>Clínica Horizonte &middot; Av. Paulista, São Paulo &middot; Responsável técnico: Dra. Helena Camargo, CRM-SP 000000 &middot; WhatsApp para agendamento: (11) 90000-1234</footer>
""", noise="cookie-pt")

p("h8238", "https://chu-valmont.example/psychiatrie/unite-traitements-innovants", "clinic", False, "fr",
  "hospital-unit-popup-notice", "Unité de traitements innovants de la dépression | CHU de Valmont", """
<div class="modal" role="dialog"><button class="fermer">&times;</button>
<p><b>Nouveau :</b> les patients déjà suivis peuvent désormais prendre rendez-vous en ligne pour leurs séances d'eskétamine. Les premières consultations restent sur adressage médical.</p>
<a href="/rendez-vous">Prendre rendez-vous</a></div>
<header><a href="/">CHU de Valmont</a><nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services</a> <a href="/recherche">Recherche</a> <a href="/recrutement">Recrutement</a></nav></header>
<main>
<h1>Unité de traitements innovants de la dépression</h1>
<p>L'unité accueille les patients adultes souffrant de dépression résistante, adressés par leur psychiatre ou leur médecin traitant.</p>
<h2>Traitements proposés</h2>
<ul><li>Eskétamine par voie nasale, administrée dans l'unité, avec surveillance de deux heures</li><li>Perfusions de kétamine dans le cadre de protocoles de recherche</li><li>Stimulation magnétique transcrânienne répétitive (rTMS)</li><li>Électroconvulsivothérapie</li></ul>
<h2>Équipe</h2>
<p>Pr Claire Dumont (chef de service), Dr Yanis Belkacem, deux infirmières dédiées et une psychologue.</p>
<h2>Contact</h2>
<p>Secrétariat : 00 00 00 00 00, du lundi au vendredi de 9 h à 16 h. Bâtiment C, 2e étage.</p>
</main>
<footer>CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8239", "https://pinecrest-kap.example/getting-started", "clinic", False, "en",
  "kap-practice-how-to-start-steps", "Getting Started | Pinecrest Ketamine-Assisted Psychotherapy", """
<header><a href="/">Pinecrest KAP</a><nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/getting-started">Getting started</a> <a href="/fees">Fees</a></nav></header>
<main>
<h1>Getting started</h1>
<p>Pinecrest is a small group practice in Ann Arbor offering ketamine-assisted psychotherapy (KAP). Every dosing session takes place in our office with a therapist in the room and our physician on site.</p>
<ol>
<li><b>Reach out.</b> Call or use the contact form. We'll set up a free 15-minute phone call to see whether KAP fits what you're looking for.</li>
<li><b>Medical screening.</b> You'll meet Dr. Ellen Marsh, our physician, in person for a history, physical exam and medication review. We may ask for records from your psychiatrist.</li>
<li><b>Preparation sessions.</b> Two 50-minute sessions with your therapist to set intentions and plan for the experience.</li>
<li><b>Dosing sessions.</b> Sublingual or intramuscular ketamine, given in our office. Plan to stay 3 hours and have someone drive you home.</li>
<li><b>Integration.</b> A therapy session within a few days of each dosing session.</li>
</ol>
<p>Questions? Call (555) 0133.</p>
</main>
<footer>Pinecrest Ketamine-Assisted Psychotherapy, PLLC &middot; 310 S State St, Ann Arbor, MI</footer>
""")

p("h8240", "https://lakeview-ketamine.example/", "clinic", False, "en",
  "clinic-footer-snippet-plain-text", "", """
Lakeview Ketamine & Wellness - IV ketamine infusions and Spravato (REMS certified) in our Evanston office. Open Mon-Fri 7:30-5, Sat 8-12. New patients: call (555) 0188 to book your in-person medical evaluation; gift cards and infusion packages available at the front desk.
""", ext="txt")

save(OUT, R)
