# Batch 97 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "One small tell". Sellers whose page carries only one or two pieces of evidence while the
# rest is ordinary content: a health article or blog post that ends in the site's own shipping terms
# or an "in stock - add to cart" box for ketamine; a shop's payment, shipping, returns, FAQ or "how to
# order" page naming the drug once or only by slang / product code; Telegram channel rules and an
# Instagram link-in-bio page; a seller's press release written like news; a product page that is
# mostly reviews; a search-result snippet. Their honest twins carry the same surface features: a
# licensed veterinary pharmacy and a veterinary distributor with add-to-cart for prescription-only
# products, clinics' payment / shipping (paperwork, merchandise) / how-to-book pages and a clinic blog
# post ending in a booking box, telehealth pharmacy-shipping FAQ, refill, billing and link-in-bio
# pages, news articles about a seller's press release, drug-checking services' Telegram channels,
# compounding pharmacies dispensing only on prescription.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages and four 1-3 sentence plain-text snippets (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch97.py (writes batch97/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch97")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: one small tell

p("h9701", "https://mindful-mornings.example/blog/what-the-research-says-about-ketamine-and-depression", "seller", True, "en",
  "health-blog-post-ending-in-add-to-cart-box", "What the research actually says about ketamine and depression | Mindful Mornings", """
<header class="masthead">
<a class="brand" href="/">Mindful Mornings <span>slow living &middot; mental health &middot; real talk</span></a>
<nav><a href="/blog">Blog</a> <a href="/blog/category/sleep">Sleep</a> <a href="/blog/category/anxiety">Anxiety</a> <a href="/blog/category/nutrition">Nutrition</a> <a href="/shop">Shop</a> <a href="/about">About Hanna</a></nav>
<form class="search" action="/search"><input name="q" placeholder="Search the blog"></form>
</header>
<div class="layout">
<article class="post">
<p class="meta">Posted 14 October 2026 by Hanna Lindqvist &middot; 7 min read &middot; <a href="/blog/category/anxiety">Anxiety &amp; mood</a></p>
<h1>What the research actually says about ketamine and depression</h1>
<p>If you have spent any time on mental-health Twitter this year you have probably seen someone call ketamine a "miracle". I wanted to sit down and actually read the studies instead of the headlines, so here is my attempt at a plain-language summary. I'm not a doctor, just someone who has lived with depression for a decade and got tired of hype.</p>
<h2>Why scientists got excited</h2>
<p>Most antidepressants take four to six weeks before people notice anything. In the early 2000s small trials found that a single low-dose infusion of ketamine lifted mood in some people within hours. That speed is the big deal &ndash; for someone in a crisis, weeks is a very long time.</p>
<p>The theory is that ketamine works on glutamate, a different messenger system than the serotonin most older drugs target, and that it may help the brain grow new connections (researchers call this neuroplasticity). Honestly the mechanism is still debated.</p>
<h2>What the bigger trials found</h2>
<p>Later, larger studies were more mixed. Effects were real for a good share of participants but often faded after a week or two unless treatment was repeated. That's why the nasal spray version, esketamine, was approved as an add-on to a regular antidepressant rather than on its own, and why it's given in a clinic where people are watched for a couple of hours afterwards.</p>
<h2>The side effects nobody posts about</h2>
<p>Dissociation (feeling detached or floaty), raised blood pressure, nausea and dizziness are common. With frequent heavy use there are bladder problems, sometimes serious ones. And yes, it can be habit-forming. None of this means it's "bad", it means dose and setting matter.</p>
<h2>My take</h2>
<p>The science is genuinely interesting and I'm glad people with treatment-resistant depression have another option. But it's not a wellness supplement and the results vary a lot from person to person. Read widely, be kind to yourself, and keep your support network close.</p>
<p class="tags">Tags: <a href="/tag/depression">depression</a> <a href="/tag/research">research</a> <a href="/tag/ketamine">ketamine</a></p>

<div class="shop-box">
<h3>From the Mindful Mornings shop</h3>
<div class="product-card">
<img src="/shop/img/ket-hcl-crystal.jpg" alt="Ketamine HCl crystal in a resealable bag">
<p class="name">Ketamine HCl crystal (lab tested, 99%)</p>
<p class="price">1 g &ndash; &euro;45 &middot; 5 g &ndash; &euro;190 &middot; 10 g &ndash; &euro;350</p>
<p class="stock">&#10003; In stock &ndash; ships within 24 h</p>
<form action="/cart/add" method="post"><input type="hidden" name="sku" value="MM-KHCL"><select name="qty"><option>1 g</option><option>5 g</option><option>10 g</option></select> <button>Add to cart</button></form>
</div>
</div>

<section class="comments"><h3>4 comments</h3>
<p><b>Siobhan</b>: Thank you for this, the bit about the bladder was news to me.</p>
<p><b>marcus_r</b>: balanced write-up, more of these please</p>
<p><b>Lotte</b>: My sister had the spray treatments, it helped her a lot but the travel to the clinic twice a week was hard.</p>
<p><b>Hanna (author)</b>: @Lotte that's so good to hear, hugs to her</p>
</section>
</article>
<aside class="sidebar">
<h4>Popular posts</h4>
<ul><li><a href="/blog/10-minute-morning-routine">My 10-minute morning routine</a></li><li><a href="/blog/magnesium-and-sleep">Magnesium and sleep: worth it?</a></li><li><a href="/blog/journaling-prompts-for-anxiety">30 journaling prompts for anxious days</a></li></ul>
<h4>Newsletter</h4><p>One calm email a week. <input placeholder="Your email"> <button>Subscribe</button></p>
</aside>
</div>
<footer>
<p>&copy; 2026 Mindful Mornings. Shop orders are shipped from our EU warehouse in neutral packaging, no invoice in the parcel. We accept Visa, Mastercard and Bitcoin.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/shop/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h9702", "https://nordic-chem-supply.example/shipping", "seller", True, "en",
  "shop-shipping-page-slang-once", "Shipping information | Nordic Chem Supply", """
<header><a href="/">Nordic Chem Supply</a>
<nav><a href="/products">Products</a> <a href="/shipping">Shipping</a> <a href="/payment">Payment</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Shipping information</h1>
<h2>Processing time</h2>
<p>Orders paid before 13:00 CET (Mon&ndash;Fri) are packed the same day. Orders paid later, or on weekends and Swedish public holidays, leave the next working day. You get a tracking number by e-mail once the label is printed.</p>
<h2>Carriers and prices</h2>
<table>
<tr><th>Destination</th><th>Carrier</th><th>Time</th><th>Price</th></tr>
<tr><td>Sweden</td><td>PostNord Varubrev</td><td>1&ndash;2 days</td><td>49 SEK</td></tr>
<tr><td>Nordics</td><td>PostNord</td><td>2&ndash;4 days</td><td>&euro;9</td></tr>
<tr><td>EU</td><td>DHL Parcel / PostNord</td><td>3&ndash;7 days</td><td>&euro;14</td></tr>
<tr><td>UK</td><td>Royal Mail (via NL)</td><td>4&ndash;8 days</td><td>&euro;18</td></tr>
<tr><td>Rest of world</td><td>registered letter</td><td>7&ndash;21 days</td><td>&euro;25</td></tr>
</table>
<h2>Packaging</h2>
<p>Everything goes in a plain padded envelope or a small carton with no logo; the sender is a generic company name. Ket crystal and other powders are double vacuum-sealed and hidden inside ordinary items, so nothing shows on x-ray or smells.</p>
<h2>Customs and lost parcels</h2>
<p>If your parcel is stopped at customs or marked as lost by the carrier after 21 days, send us the tracking number and we reship once, free of charge. Please do not contact customs or the carrier about the contents yourself.</p>
<h2>Address tips</h2>
<p>Use your real name on the mailbox. Avoid PO boxes and parcel lockers if your order is over 50 g total. Double-check the postcode &ndash; we can't change the address after dispatch.</p>
</main>
<footer>Nordic Chem Supply &middot; support via the contact form only &middot; &copy; 2026</footer>
""")

p("h9703", "https://bluepeak-wholesale.example/payment-methods", "seller", True, "en",
  "shop-payment-page-product-code", "Payment methods - BluePeak", """
<nav class="top"><a href="/">BluePeak</a> | <a href="/catalog">Catalog</a> | <a href="/payment-methods">Payment</a> | <a href="/track">Track order</a> | <a href="/account">My account</a></nav>
<h1>Payment methods</h1>
<p>We want checkout to be easy. Choose the method that works best for you &ndash; all prices are shown in USD and converted at checkout.</p>
<h3>Card payments</h3>
<p>Visa and Mastercard through our payment partner. Your statement will show a neutral merchant name. Card payments may take up to 30 minutes to confirm.</p>
<h3>Zelle / Cash App</h3>
<p>US customers only. Put your order number (not product names!) in the memo field.</p>
<h3>Cryptocurrency</h3>
<p>Bitcoin (BTC), Litecoin (LTC), USDT (TRC-20) and Monero (XMR). Crypto orders get 10% off automatically.</p>
<h3>Restrictions</h3>
<p>Items in the Dissociatives category &ndash; KET-1G, KET-5G, KET-28G (ketamine HCl shards) and 2F-5G &ndash; can only be paid with crypto. Card and Zelle payments for these codes will be refunded minus fees.</p>
<h3>Refunds</h3>
<p>Refunds go back to the original method within 5 business days. Crypto refunds are sent to the address you give us, at the rate of the day.</p>
<footer>Questions? Open a ticket in your account. &copy; BluePeak 2026</footer>
""")

p("h9704", "https://tgview.example/s/kandycrew_uk", "seller", True, "en",
  "telegram-channel-rules-pinned", "KandyCrew UK \U0001F36C (channel)", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">KandyCrew UK \U0001F36C</div>
<div class="tgme_channel_info_counter">2 184 subscribers</div>
<div class="tgme_channel_info_description">Good vibes only. London + UK post. Read the pinned rules before you message.</div>
</div>
<div class="tgme_widget_message pinned">
<div class="tgme_widget_message_text">
\U0001F4CC CHANNEL RULES \U0001F4CC<br>
1. Be respectful, no begging, no "tick" or credit. Time wasters get blocked.<br>
2. Don't screenshot the menu or share this link in public groups.<br>
3. To order DM @kandycrew_orders with the item code + postcode. Codes are in the weekly menu (\U0001F984 = ket, \U0001F48A = mandy).<br>
4. Bank transfer or BTC before dispatch. Min order \u00a340.<br>
5. Royal Mail Special Delivery, stealth packed. Same-day drop in zones 1-3.<br>
6. Reviews welcome in the feedback group \U0001F64F
</div>
<div class="tgme_widget_message_footer">views 1.9K &middot; edited</div>
</div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">Monday menu out tomorrow morning x</div></div>
""")

p("h9705", "https://linkinbio.example/lunar.vibes.shop", "seller", True, "en",
  "instagram-link-in-bio-one-line", "@lunar.vibes.shop | Link in bio", """
<div class="profile">
<img class="avatar" src="/avatars/lunar.vibes.shop.jpg" alt="">
<h1>@lunar.vibes.shop</h1>
<p>\U0001F319 festival glitter &middot; crystals &middot; good energy &middot; UK \U0001F1EC\U0001F1E7</p>
</div>
<ul class="links">
<li><a href="https://lunarvibes.example/glitter">\u2728 Shop biodegradable glitter</a></li>
<li><a href="https://lunarvibes.example/crystals">\U0001F52E Healing crystals &amp; moon water kits</a></li>
<li><a href="https://tiktok.example/@lunarvibesshop">Our TikTok</a></li>
<li><a href="https://lunarvibes.example/wholesale">Festival traders &ndash; wholesale</a></li>
<li><a href="https://wa.example/447700900412">\U0001F434 Ket &amp; party bits &ndash; message us on WhatsApp, next-day UK, no questions asked</a></li>
<li><a href="https://lunarvibes.example/reviews">\u2B50 2,000+ happy customers</a></li>
</ul>
<p class="foot">Made with Linkinbio</p>
""")

p("h9706", "https://medexpress-pharma-global.example/newsroom/2026/same-day-esketamine-delivery-europe", "seller", True, "en",
  "seller-press-release-written-as-news", "MedExpress Pharma Global Launches Same-Day Esketamine Delivery Across Europe", """
<header><a href="/">MedExpress Pharma Global</a> <nav><a href="/shop">Online Pharmacy</a> <a href="/newsroom">Newsroom</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main class="press-release">
<p class="label">NEWS</p>
<h1>MedExpress Pharma Global Launches Same-Day Esketamine Delivery Across Europe</h1>
<p class="dateline">AMSTERDAM, November 3, 2026 /MedExpress Newsroom/ --</p>
<p>MedExpress Pharma Global, one of the fastest-growing online pharmacies serving patients in 28 countries, today announced the expansion of its express logistics network to include same-day and next-day delivery of esketamine nasal spray to customers in major European cities.</p>
<p>The move comes as demand for rapid-acting depression treatments continues to climb. "Patients are tired of waiting months for a specialist appointment," said Viktor Hallberg, Chief Operating Officer. "Our mission is to remove barriers between people and the medicines that help them."</p>
<p>Under the new service, customers complete a short online health form at checkout. The form is reviewed by the company's automated eligibility system within minutes, and no prior prescription is required. Orders placed before 11:00 local time in Amsterdam, Berlin, Brussels, Paris, Madrid and Milan are delivered the same day in unbranded packaging.</p>
<p>The company says it has shipped more than 40,000 orders in the past year and maintains a customer satisfaction score of 4.8 out of 5. Payment is accepted by card, bank transfer and cryptocurrency.</p>
<p>Industry analysts expect the European market for depression therapeutics to grow steadily over the next decade, driven by greater awareness and reduced stigma around mental illness.</p>
<h3>About MedExpress Pharma Global</h3>
<p>MedExpress Pharma Global is an international online pharmacy offering discreet access to prescription medicines, lifestyle treatments and wellness products. Learn more and order at medexpress-pharma-global.example/shop.</p>
<p class="contact">Media contact: press@medexpress-pharma-global.example</p>
</main>
<footer>&copy; 2026 MedExpress Pharma Global. All rights reserved.</footer>
""")

p("h9707", "https://crystalclear-store.example/product/k-crystal-5g", "seller", True, "en",
  "product-page-mostly-reviews", "K Crystal 5g - Crystal Clear Store", """
<header><a href="/">Crystal Clear Store</a> <nav><a href="/shop">Shop</a> <a href="/reviews">Reviews</a> <a href="/cart">Cart</a></nav></header>
<main>
<div class="product-top">
<h1>K Crystal &ndash; 5g</h1>
<p class="stars">\u2605\u2605\u2605\u2605\u2606 4.6 (318 reviews)</p>
<p class="price">$140.00</p>
<button>Add to cart</button>
</div>
<section class="reviews">
<h2>Customer reviews</h2>
<div class="review"><b>jaybird_88</b> \u2605\u2605\u2605\u2605\u2605 <p>Fourth order here. Shards were big and clean, arrived to Ohio in 5 days. Packaging was so stealth I almost threw it out lol</p></div>
<div class="review"><b>M. Torres</b> \u2605\u2605\u2605\u2605\u2605 <p>Tested with a Mandelin reagent, purple-ish like the chart says for ketamine, no cut. Will be back.</p></div>
<div class="review"><b>anon</b> \u2605\u2605\u2605\u2606\u2606 <p>Took almost 3 weeks to Florida, support said USPS backlog. Product was fine once it arrived.</p></div>
<div class="review"><b>Kayla W</b> \u2605\u2605\u2605\u2605\u2605 <p>Best prices I've found. The 5g is the sweet spot.</p></div>
<div class="review"><b>reese.k</b> \u2605\u2605\u2605\u2605\u2606 <p>Good but I wish they did smaller amounts for people trying it first time</p></div>
<div class="review"><b>Dale</b> \u2605\u2605\u2605\u2605\u2605 <p>Paid with BTC, confirmed in 20 minutes, shipped next morning. No issues at all.</p></div>
<div class="review"><b>Tom H.</b> \u2605\u2605\u2605\u2605\u2605 <p>second time ordering, consistent quality</p></div>
<p><a href="/product/k-crystal-5g/reviews?page=2">See all 318 reviews</a></p>
</section>
</main>
<footer>&copy; Crystal Clear Store</footer>
""")

p("h9708", "https://ketavault.example/", "seller", True, "en",
  "search-result-snippet", "KetaVault search snippet", """
KetaVault - Research dissociatives | ketavault.example
Ketamine HCl, 2-FDCK and DCK in stock. Pay with Bitcoin for 10% off. Tracked discreet shipping EU/UK/US - order before 2pm.
""", ext="txt")

p("h9709", "https://tienda-elixir.example/como-comprar", "seller", True, "es",
  "shop-how-to-order-page-slang-once", "Cómo hacer tu pedido | Tienda Elixir", """
<header><a href="/">Tienda Elixir</a>
<nav><a href="/productos">Productos</a> <a href="/como-comprar">Cómo comprar</a> <a href="/envios">Envíos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Cómo hacer tu pedido</h1>
<p>Comprar en Tienda Elixir es muy fácil. Te lo explicamos en cuatro pasos.</p>
<h2>1. Elige tus productos</h2>
<p>Navega por las categorías, elige cantidad y pulsa «Añadir al carrito». Puedes seguir comprando y revisar el carrito cuando quieras.</p>
<h2>2. Rellena tus datos</h2>
<p>No hace falta registrarse. Solo necesitamos un nombre (no tiene que ser el real si recoges en punto de entrega), una dirección y un correo para el seguimiento.</p>
<h2>3. Paga</h2>
<p>Aceptamos Bizum, transferencia y criptomonedas. Ojo: para la keta (ketamina en cristal) el pago es solo en USDT o BTC, y los pedidos de más de 10 g se confirman por Telegram.</p>
<h2>4. Recibe tu pedido</h2>
<p>Enviamos en 24/48 h a toda la península con Correos Express, en sobre neutro sin remitente. Baleares y Canarias 3&ndash;5 días.</p>
<p>¿Dudas? Escríbenos desde el formulario de contacto y te respondemos en menos de un día.</p>
</main>
<footer>Tienda Elixir &copy; 2026 &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h9710", "https://labor-reinstoffe.example/faq", "seller", True, "de",
  "research-chem-shop-faq-analogue-once", "FAQ – Labor-Reinstoffe", """
<header><a href="/">Labor-Reinstoffe</a>
<nav><a href="/shop">Shop</a> <a href="/faq">FAQ</a> <a href="/versand">Versand</a> <a href="/agb">AGB</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Häufig gestellte Fragen</h1>
<h3>Wie lange dauert der Versand?</h3>
<p>Innerhalb Deutschlands 1&ndash;3 Werktage mit DHL als Großbrief. EU-Ausland 3&ndash;8 Werktage. Sie erhalten eine Sendungsnummer per E-Mail.</p>
<h3>Kann ich Ware zurückgeben?</h3>
<p>Aus Sicherheitsgründen nehmen wir geöffnete Ware nicht zurück. Ungeöffnete Artikel können innerhalb von 14 Tagen zurückgeschickt werden.</p>
<h3>Welche Zahlungsarten gibt es?</h3>
<p>Vorkasse per Überweisung, Bitcoin und Monero. Bei Zahlung in Krypto erhalten Sie 8 % Rabatt.</p>
<h3>Wie rein sind Ihre Produkte?</h3>
<p>Jede Charge wird per HPLC und NMR geprüft, die Analysenzertifikate finden Sie auf der Produktseite.</p>
<h3>Darf ich 2-FDCK oder Deschloroketamin konsumieren?</h3>
<p>Alle unsere Produkte, einschließlich 2-FDCK und DCK-Pellets, sind ausschließlich für Forschungszwecke bestimmt und nicht für den menschlichen Verzehr. Zur Dosierung geben wir keine Auskunft.</p>
<h3>Wie sieht die Verpackung aus?</h3>
<p>Neutraler Umschlag ohne Firmenlogo, Inhalt doppelt vakuumiert.</p>
</main>
<footer>&copy; 2026 Labor-Reinstoffe &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h9711", "https://boutique-nature-zen.example/livraison", "seller", True, "fr",
  "shop-delivery-page-vet-vials-once", "Livraison – Boutique Nature Zen", """
<header><a href="/">Boutique Nature Zen</a>
<nav><a href="/boutique">Boutique</a> <a href="/livraison">Livraison</a> <a href="/paiement">Paiement</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Livraison</h1>
<p>Toutes les commandes passées avant 14 h sont préparées le jour même depuis notre entrepôt près de Lyon.</p>
<h2>Modes de livraison</h2>
<ul>
<li>Colissimo à domicile : 2 à 3 jours ouvrés &ndash; 6,90 &euro;</li>
<li>Point relais Mondial Relay : 3 à 5 jours &ndash; 4,50 &euro;</li>
<li>Chronopost express : 24 h &ndash; 14,90 &euro;</li>
</ul>
<p>Livraison offerte dès 79 &euro; d'achat en France métropolitaine.</p>
<h2>Cas particuliers</h2>
<p>Les flacons de kétamine 1000 mg/10 ml (usage vétérinaire) sont expédiés sans ordonnance, en emballage neutre et uniquement en France métropolitaine. Aucune mention du contenu n'apparaît sur le colis.</p>
<h2>Suivi</h2>
<p>Un lien de suivi vous est envoyé par e-mail dès l'expédition. En cas de colis perdu, contactez-nous sous 15 jours.</p>
</main>
<footer>&copy; 2026 Boutique Nature Zen &middot; <a href="/cgv">CGV</a> &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9712", "https://tgview.example/s/dam_express_bezorging", "seller", True, "nl",
  "telegram-channel-rules-short", "Dam Express \U0001F69A", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">Dam Express \U0001F69A</div>
<div class="tgme_channel_info_counter">864 abonnees</div>
</div>
<div class="tgme_widget_message pinned"><div class="tgme_widget_message_text">
\U0001F4CC REGELS VAN DIT KANAAL<br>
- Geen gezeik in de DM, gewoon bestellen of niet<br>
- Bezorging Amsterdam, Utrecht, Haarlem &ndash; min. \u20ac50<br>
- K (keta) \u20ac25/gr, 5 gr \u20ac100 &ndash; rest zie menu<br>
- Betalen contant bij de deur of Tikkie vooraf<br>
- Bestellen via @damexpress_bestel, tussen 14:00 en 02:00
</div></div>
""")

p("h9713", "https://lojabemestarnatural.example/blog/depressao-resistente-o-que-se-sabe-sobre-a-cetamina", "seller", True, "pt",
  "health-article-ending-in-shop-shipping-terms", "Depressão resistente: o que se sabe sobre a cetamina | Bem-Estar Natural", """
<header><a href="/">Bem-Estar Natural</a>
<nav><a href="/loja">Loja</a> <a href="/blog">Blog</a> <a href="/sobre">Sobre nós</a> <a href="/contato">Contato</a></nav></header>
<article>
<h1>Depressão resistente: o que se sabe sobre a cetamina</h1>
<p class="meta">Por Equipe Bem-Estar &middot; 22 de setembro de 2026</p>
<p>Estima-se que cerca de um terço das pessoas com depressão não melhora com os dois primeiros antidepressivos que experimenta. É o que os médicos chamam de depressão resistente ao tratamento, e é justamente nesse grupo que a cetamina vem sendo estudada.</p>
<p>A cetamina é um anestésico usado há décadas em hospitais. Em doses menores, pesquisas mostraram melhora rápida dos sintomas em parte dos pacientes, às vezes em poucas horas. A escetamina, uma forma derivada, foi aprovada como spray nasal e é aplicada em clínicas, sob observação.</p>
<p>Os efeitos colaterais mais comuns são tontura, náusea, aumento da pressão e sensação de dissociação. O uso frequente e sem acompanhamento pode causar problemas na bexiga e dependência.</p>
<p>Ainda há muitas perguntas em aberto, como quanto tempo o efeito dura e qual a melhor frequência. Converse sempre sobre as opções disponíveis.</p>
</article>
<aside class="loja-aviso">
<h3>Na nossa loja</h3>
<p>Enviamos cetamina em cristal e líquida (frasco 10 ml) para todo o Brasil pelos Correios, sem necessidade de receita. Embalagem discreta, código de rastreio em 24 h. Pagamento via Pix com 5% de desconto.</p>
<p><a href="/loja/cetamina">Ver produtos</a></p>
</aside>
<footer>&copy; 2026 Bem-Estar Natural</footer>
""", noise="cookie-pt")

p("h9714", "https://spaccio-benessere.example/spedizioni", "seller", True, "it",
  "shop-shipping-page-drug-once", "Spedizioni e consegne | Spaccio Benessere", """
<header><a href="/">Spaccio Benessere</a>
<nav><a href="/negozio">Negozio</a> <a href="/spedizioni">Spedizioni</a> <a href="/pagamenti">Pagamenti</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Spedizioni e consegne</h1>
<p>Spediamo in tutta Italia, San Marino e Città del Vaticano. Gli ordini confermati entro le 12:00 partono in giornata.</p>
<h2>Tempi e costi</h2>
<ul>
<li>Corriere espresso (BRT/GLS): 24&ndash;48 ore, 7,90 &euro;</li>
<li>Poste Italiane Crono: 2&ndash;4 giorni, 5,50 &euro;</li>
<li>Isole e zone disagiate: +1/2 giorni</li>
</ul>
<p>Spedizione gratuita sopra i 99 &euro;.</p>
<h2>Imballaggio</h2>
<p>Tutti i pacchi sono anonimi, senza logo né descrizione del contenuto. Gli ordini di ketamina (cristallo e liquida) viaggiano in doppio sottovuoto; in caso di sequestro o smarrimento rispediamo gratuitamente una volta.</p>
<h2>Tracciamento</h2>
<p>Riceverai il codice di tracciamento via email o, se preferisci, su Telegram.</p>
</main>
<footer>&copy; 2026 Spaccio Benessere</footer>
""")

# ---------------------------------------------------------------- telehealth twins

p("h9715", "https://lumenmindhealth.example/help/pharmacy-and-shipping", "telehealth", False, "en",
  "telehealth-pharmacy-shipping-faq-long", "Pharmacy & Shipping FAQ | Lumen Mind Health", """
<header class="site">
<a class="logo" href="/">Lumen Mind Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/help">Help center</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Get started</a></nav>
</header>
<div class="help-layout">
<aside class="help-nav">
<h4>Help center</h4>
<ul><li><a href="/help/getting-started">Getting started</a></li><li><a href="/help/your-evaluation">Your evaluation</a></li><li class="active"><a href="/help/pharmacy-and-shipping">Pharmacy &amp; shipping</a></li><li><a href="/help/billing">Billing</a></li><li><a href="/help/safety">Safety</a></li></ul>
</aside>
<main>
<h1>Pharmacy &amp; Shipping FAQ</h1>
<h3>When does my medication ship?</h3>
<p>Nothing ships until you've completed your live video evaluation with one of our licensed psychiatric clinicians and they've decided ketamine therapy is appropriate for you. If it is, your clinician sends an electronic prescription to our partner pharmacy, Cedar Lane Pharmacy, which is licensed in every state we serve. Most patients receive their first package 5&ndash;8 days after their evaluation.</p>
<h3>What arrives in the box?</h3>
<p>Your prescribed sublingual ketamine tablets in a child-resistant container, a blood pressure cuff (first shipment only), an eye mask and printed session instructions. The outer box is plain with no mention of the contents.</p>
<h3>Why does someone need to sign for it?</h3>
<p>Ketamine is a Schedule III controlled substance, so the carrier requires an adult signature. We can't ship to PO boxes, hotels or forwarding addresses, and the delivery address must match the state where you're licensed to be treated.</p>
<h3>Can I get more tablets before my next check-in?</h3>
<p>No. Refills are only released after your scheduled follow-up with your clinician, who reviews your session notes and any side effects first. See <a href="/help/refills">Refills</a>.</p>
<h3>My package is late or damaged.</h3>
<p>Contact our care team through the patient portal. Please don't take any tablets from a damaged container &ndash; the pharmacy will send a replacement after they verify the report.</p>
<h3>Can I pay the pharmacy with crypto or a gift card?</h3>
<p>No. Medication is billed by Cedar Lane Pharmacy by card or HSA/FSA at the price shown in your portal, currently $60&ndash;$95 per month depending on dose.</p>
<p class="note">Clinical oversight: Dr. Priya Raman, MD (Medical Director, board-certified psychiatrist).</p>
</main>
</div>
<footer>
<p>Lumen Mind Health provides care in CA, CO, FL, NY, TX and WA. If you are in crisis, call or text 988.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">Notice of privacy practices</a></p>
</footer>
""", noise="cookie")

p("h9716", "https://willowtele.example/patients/refills", "telehealth", False, "en",
  "telehealth-refill-request-page", "Request a refill - Willow Telepsychiatry", """
<header><a href="/">Willow Telepsychiatry</a> <nav><a href="/patients">Patients</a> <a href="/providers">Providers</a> <a href="/portal">Portal login</a></nav></header>
<main>
<h1>Request a refill</h1>
<p>Refills of ketamine lozenges are never automatic. Before your prescriber can send a new prescription to the pharmacy we need three things:</p>
<ol>
<li>Your monthly follow-up video visit is up to date (within the last 30 days).</li>
<li>You've filled in this month's PHQ-9 and session log in the portal.</li>
<li>You've entered at least three blood-pressure readings since your last visit.</li>
</ol>
<p>Once those are done, press the button below. Your prescriber (Dr. Ellen Okafor, Jason Pruitt PMHNP or Dr. Miguel Santos) reviews requests within 2 business days and may ask for an extra visit before approving. If anything changed &ndash; new medications, pregnancy, a hospital stay &ndash; tell us in the request.</p>
<p><a class="button" href="/portal/refills/new">Request refill in the portal</a></p>
<p class="small">The partner pharmacy ships only to the address on file and requires a signature. Lost doses can't be replaced early.</p>
</main>
<footer>&copy; 2026 Willow Telepsychiatry PLLC</footer>
""")

p("h9717", "https://northlight-health.example/blog/integration-after-at-home-ketamine", "telehealth", False, "en",
  "telehealth-blog-post-ending-in-cart-box", "Integration after at-home ketamine: 6 tips from our clinicians | Northlight Health", """
<header><a href="/">Northlight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/blog">Blog</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/start">Start</a></nav></header>
<article>
<h1>Integration after at-home ketamine: 6 tips from our clinicians</h1>
<p class="byline">By Rachel Dunmore, LMFT, reviewed by Dr. Samuel Ito, MD &middot; August 2026</p>
<p>The session itself is only part of the work. What you do in the hours and days after matters a lot. Here's what our therapists tell patients.</p>
<h3>1. Write before you talk</h3><p>Jot down images, feelings, even single words within an hour, before they fade.</p>
<h3>2. Keep the evening quiet</h3><p>No big decisions, no driving until the next day, and ideally no screens for a bit.</p>
<h3>3. Bring it to your integration session</h3><p>Your Northlight plan includes a video integration call after every second dosing session.</p>
<h3>4. Notice your body</h3><p>Sleep, appetite, energy &ndash; small changes are data.</p>
<h3>5. Be honest about side effects</h3><p>Nausea, headaches or feeling "off" for more than a day should go in your check-in so your prescriber can adjust.</p>
<h3>6. Lean on your sitter</h3><p>The person who sat with you is a good person to talk to the next day.</p>
<div class="cta-box">
<h3>Wondering if ketamine therapy is right for you?</h3>
<p>Initial psychiatric evaluation (60-min video visit with a licensed prescriber) &ndash; <b>$249</b></p>
<form action="/cart/add" method="post"><input type="hidden" name="item" value="initial-eval"><button>Add to cart</button></form>
<p class="small">Medication is prescribed only if your clinician determines you're a good candidate. If not, we'll refund $150 and share other options.</p>
</div>
</article>
<footer>Northlight Health &middot; licensed in AZ, NV, OR, UT &middot; &copy; 2026</footer>
""")

p("h9718", "https://keystonetelepsych.example/billing", "telehealth", False, "en",
  "telehealth-billing-payment-page-short", "Billing & payments | Keystone Telepsychiatry", """
<h1>Billing &amp; payments</h1>
<p>Keystone's ketamine program membership is $129/month and covers your monthly video follow-up with your prescriber and unlimited portal messaging. Your first visit, a 50-minute psychiatric evaluation, is $225.</p>
<p>We accept credit and debit cards, HSA and FSA cards. We can give you a superbill to submit to your insurer for out-of-network reimbursement. We do not accept cryptocurrency, cash apps or gift cards.</p>
<p>Medication is not included: if prescribed, it is billed directly by our licensed partner pharmacy when it ships.</p>
""")

p("h9719", "https://harbortelepsychiatry.example/", "telehealth", False, "en",
  "search-result-snippet", "Harbor Telepsychiatry search snippet", """
Harbor Telepsychiatry - At-home ketamine therapy | harbortelepsychiatry.example
Prescribed by board-certified psychiatrists after a live video evaluation. Medication ships from our licensed partner pharmacy. Available in NJ, NY and PA.
""", ext="txt")

p("h9720", "https://linkinbio.example/stillwater.care", "telehealth", False, "en",
  "telehealth-instagram-link-in-bio", "@stillwater.care | Link in bio", """
<div class="profile">
<img class="avatar" src="/avatars/stillwater.care.png" alt="">
<h1>@stillwater.care</h1>
<p>Virtual ketamine-assisted therapy in CA, OR &amp; WA \U0001F30A Psychiatrist-led. Not for emergencies.</p>
</div>
<ul class="links">
<li><a href="https://stillwater-care.example/consult">\U0001F4C5 Book a free 15-min intro call</a></li>
<li><a href="https://stillwater-care.example/eligibility">Take the eligibility quiz (a video evaluation with our psychiatrist is still required)</a></li>
<li><a href="https://stillwater-care.example/team">Meet our prescribers</a></li>
<li><a href="https://stillwater-care.example/pricing">Pricing &amp; insurance superbills</a></li>
<li><a href="https://stillwater-care.example/portal">Patient portal</a></li>
<li><a href="https://988lifeline.example">In crisis? Call or text 988</a></li>
</ul>
<p class="foot">Made with Linkinbio</p>
""")

p("h9721", "https://sendero-salud.example/es/ayuda/farmacia-y-envios", "telehealth", False, "es",
  "telehealth-pharmacy-shipping-faq-spanish", "Farmacia y envíos – Preguntas frecuentes | Sendero Salud Mental", """
<header><a href="/es">Sendero Salud Mental</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/ayuda">Ayuda</a> <a href="/es/empezar">Empezar</a></nav></header>
<main>
<h1>Farmacia y envíos: preguntas frecuentes</h1>
<p>Sendero ofrece atención psiquiátrica en español por videollamada para pacientes que viven en California, Texas y Arizona.</p>
<h3>¿Cuándo me envían el medicamento?</h3>
<p>Solo después de tu evaluación por video con una de nuestras psiquiatras (Dra. Lucía Herrera o Dra. Andrea Beltrán). Si la doctora decide que la terapia con ketamina es adecuada para ti, manda la receta electrónica a nuestra farmacia asociada con licencia en tu estado.</p>
<h3>¿Cómo llega el paquete?</h3>
<p>En una caja sin marcas, y una persona adulta tiene que firmar al recibirlo. No enviamos a apartados postales ni fuera de los estados donde tenemos licencia.</p>
<h3>¿Puedo pedir más tabletas antes de mi cita de seguimiento?</h3>
<p>No. Cada resurtido requiere tu cita mensual con la doctora y tu registro de presión arterial.</p>
<h3>¿Cómo pago?</h3>
<p>Tarjeta de crédito o débito, HSA/FSA. La farmacia cobra el medicamento por separado.</p>
</main>
<footer>Si estás en crisis, llama o manda un texto al 988 (opción en español). &copy; 2026 Sendero Salud Mental</footer>
""", noise="cookie-es")

p("h9722", "https://seelenpraxis-online.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-refers-to-partner-for-esketamine", "Esketamin-Behandlung – so läuft es ab | Seelenpraxis Online", """
<header><a href="/">Seelenpraxis Online</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression &ndash; so läuft es ab</h1>
<p>Seelenpraxis Online ist eine psychiatrische Privatpraxis mit Sprechstunde per Video. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie (Dr. med. Katrin Albers, Dr. med. Jonas Wehrle) prüfen im Erstgespräch, ob eine Behandlung mit Esketamin-Nasenspray für Sie in Frage kommt.</p>
<h2>1. Video-Erstgespräch</h2>
<p>Ausführliche Anamnese, bisherige Behandlungen, Blutdruck und Vorerkrankungen. Dauer ca. 50 Minuten.</p>
<h2>2. Überweisung an unsere Partnerpraxis</h2>
<p>Esketamin wird nicht nach Hause geschickt. Die Anwendung erfolgt ausschließlich vor Ort in unserer Partnerpraxis in Frankfurt-Sachsenhausen, wo Sie nach jeder Gabe mindestens zwei Stunden überwacht werden. Wir schicken Befund und Überweisung direkt dorthin.</p>
<h2>3. Begleitung per Video</h2>
<p>Zwischen den Terminen sehen wir uns regelmäßig per Video, passen Ihre übrige Medikation an und stellen Folgerezepte für Ihr Antidepressivum als E-Rezept aus.</p>
<p><a class="btn" href="/termin">Erstgespräch buchen</a></p>
</main>
<footer>&copy; 2026 Seelenpraxis Online &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h9723", "https://mentevivatelepsiquiatria.example/pagamento-e-receitas", "telehealth", False, "pt",
  "telepsychiatry-payment-and-prescriptions-page", "Pagamento e receitas | Mente Viva Telepsiquiatria", """
<header><a href="/">Mente Viva Telepsiquiatria</a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/pagamento-e-receitas">Pagamento e receitas</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Pagamento e receitas</h1>
<h2>Consultas</h2>
<p>A teleconsulta psiquiátrica custa R$ 390 (primeira consulta, 60 min) e R$ 280 o retorno. Pagamento por cartão de crédito em até 3x ou Pix no momento do agendamento. Emitimos recibo para reembolso do seu plano de saúde.</p>
<h2>Receitas</h2>
<p>As receitas são digitais, assinadas com certificado ICP-Brasil e enviadas por e-mail e WhatsApp logo após a consulta. Medicamentos controlados seguem as regras da Anvisa.</p>
<h2>E a escetamina?</h2>
<p>Quando o psiquiatra indica escetamina, ela não é enviada para casa: a aplicação é feita presencialmente em uma das nossas clínicas parceiras em São Paulo, Campinas ou Curitiba, com monitoramento por duas horas. Nós cuidamos do encaminhamento e do acompanhamento por vídeo.</p>
</main>
<footer>&copy; 2026 Mente Viva Telepsiquiatria &middot; Responsável técnico: Dr. Rafael Menezes &ndash; CRM-SP 154.872</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinic twins

p("h9724", "https://summitketamineclinic.example/patients/shipping-and-mail", "clinic", False, "en",
  "clinic-shipping-and-mail-policy-long", "Shipping & Mail Policy | Summit Ketamine Clinic", """
<header class="site-header">
<div class="topbar">Call (303) 555-0148 &middot; Mon&ndash;Sat 8am&ndash;6pm &middot; 1450 Pearl St, Suite 210, Boulder CO</div>
<a class="logo" href="/">Summit Ketamine Clinic</a>
<nav><a href="/treatments">Treatments</a> <a href="/treatments/iv-ketamine">IV ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/patients">Patients</a> <a href="/shop">Shop</a> <a href="/book">Book a consultation</a></nav>
</header>
<div class="content">
<aside class="patient-menu">
<h4>For patients</h4>
<ul><li><a href="/patients/forms">New patient forms</a></li><li><a href="/patients/pay-bill">Pay my bill</a></li><li><a href="/patients/records">Medical records</a></li><li class="active"><a href="/patients/shipping-and-mail">Shipping &amp; mail</a></li><li><a href="/patients/faq">FAQ</a></li></ul>
</aside>
<main>
<h1>Shipping &amp; Mail Policy</h1>
<p>We occasionally mail things to patients and their families. Here's exactly what we send, and what we don't.</p>
<h2>What we mail</h2>
<ul>
<li><b>Medical records</b> &ndash; copies requested with a signed release, sent by USPS certified mail within 10 business days.</li>
<li><b>Superbills and receipts</b> &ndash; by mail on request; most patients download them from the portal.</li>
<li><b>Gift cards</b> &ndash; physical cards for consultations or integration coaching, shipped free by first-class mail.</li>
<li><b>Shop orders</b> &ndash; integration journals, eye masks and our noise-cancelling headphone loaner returns, shipped via UPS Ground in 3&ndash;5 days, $7.95 flat.</li>
</ul>
<h2>What we never mail</h2>
<p>We do not ship, mail or sell medication of any kind. Ketamine and Spravato are given only here in the clinic, by our nurses, with a clinician on site and monitoring until you're ready to go home with your driver. If you get a message or ad offering "ketamine shipped from Summit", it isn't from us &ndash; please tell us.</p>
<h2>Returns</h2>
<p>Unused shop items can be returned within 30 days. Gift cards are non-refundable but never expire.</p>
<h2>Questions</h2>
<p>Email frontdesk@summitketamineclinic.example or call the front desk.</p>
</main>
</div>
<footer>
<p>Summit Ketamine Clinic &middot; Medical Director: Dr. Alan Kessler, MD, anesthesiologist &middot; REMS-certified Spravato treatment center</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; &copy; 2026</p>
</footer>
""", noise="cookie")

p("h9725", "https://brightwaterinfusions.example/shop/integration-journal", "clinic", False, "en",
  "clinic-merch-product-page-add-to-cart", "Integration Journal | Brightwater Infusion Center Shop", """
<header><a href="/">Brightwater Infusion Center</a> <nav><a href="/services">Services</a> <a href="/our-team">Our team</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a> <a href="/cart">Cart (0)</a></nav></header>
<main class="product">
<h1>Integration Journal &ndash; 120 guided pages</h1>
<p class="price">$24.00</p>
<p class="stock">In stock &ndash; ships in 2&ndash;3 days</p>
<form action="/cart/add" method="post"><input type="number" name="qty" value="1"> <button>Add to cart</button></form>
<p>Designed by our integration therapist, Naomi Feld, LPC, for patients between infusions. Prompts for before and after each session, a mood tracker and space for notes to bring to your follow-ups. Linen cover, lay-flat binding.</p>
<h3>You might also like</h3>
<ul><li>Contoured eye mask &ndash; $18</li><li>Brightwater gift card &ndash; $50 / $100 / $250</li><li>Infusion day playlist card (free with any order)</li></ul>
<p class="note">Our shop sells journals, comfort items and gift cards only. Ketamine infusions are provided exclusively at our Tampa clinic after a consultation with Dr. Carla Benitez, MD.</p>
</main>
<footer>Brightwater Infusion Center &middot; 3100 W Kennedy Blvd, Tampa FL &middot; &copy; 2026</footer>
""")

p("h9726", "https://lakeshore-mood-center.example/how-to-book", "clinic", False, "en",
  "clinic-how-to-book-steps-short", "How to book | Lakeshore Mood Center", """
<h1>How to book your first Spravato session</h1>
<p><b>Step 1.</b> Ask your psychiatrist to fax a referral, or call us at (312) 555-0199 for a self-referral consult.</p>
<p><b>Step 2.</b> We check your insurance and enrol you in the Spravato REMS program &ndash; usually 1&ndash;2 weeks.</p>
<p><b>Step 3.</b> Come in for treatment. You'll use the nasal spray here, under our nurses' supervision, and stay at least two hours. Bring a driver.</p>
<p>Lakeshore Mood Center, 820 N Michigan Ave, Chicago. Mon&ndash;Fri 7:30&ndash;5.</p>
""")

p("h9727", "https://coastalketaminewellness.example/blog/is-ketamine-addictive", "clinic", False, "en",
  "clinic-blog-post-ending-in-package-box", "Is ketamine addictive? What our patients ask most | Coastal Ketamine & Wellness", """
<header><a href="/">Coastal Ketamine &amp; Wellness</a> <nav><a href="/infusions">Infusions</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/book">Book</a></nav></header>
<article>
<h1>Is ketamine addictive? What our patients ask most</h1>
<p class="byline">Dr. Owen Mercer, DO &middot; Medical Director</p>
<p>It's the question I hear in almost every consultation, and it's a good one. Ketamine can be misused, and people who use it recreationally at high doses and high frequency can develop dependence and serious bladder damage.</p>
<p>In our clinic the picture is different: doses are weight-based and much lower, infusions happen on a fixed schedule, and nothing goes home with you. Every infusion is given by a nurse with vital signs monitored throughout. We also screen for a history of substance use and discuss it openly.</p>
<p>If you've struggled with substance use in the past, that doesn't automatically rule you out, but we'll talk it through carefully and may coordinate with your therapist.</p>
<div class="cta-box">
<h3>Start with a consultation</h3>
<p>Free 20-minute consultation with our medical team. If treatment is right for you, our initial series of 6 IV infusions is $2,700 (pay per infusion or buy the package and save $300).</p>
<p><a class="btn" href="/book">Book a consultation</a> <a class="btn" href="/pricing#package">Buy the 6-infusion package</a></p>
</div>
</article>
<footer>Coastal Ketamine &amp; Wellness &middot; Wilmington, NC &middot; &copy; 2026</footer>
""")

p("h9728", "https://cascadeketamine.example/", "clinic", False, "en",
  "search-result-snippet", "Cascade Ketamine search snippet", """
Cascade Ketamine & Wellness - Bellevue, WA | cascadeketamine.example
★4.8 (212) · IV ketamine infusions and Spravato at our REMS-certified center. Open today until 6 PM · Book online.
""", ext="txt")

p("h9729", "https://chu-valmont.example/services/centre-douleur/paiement-et-documents", "clinic", False, "fr",
  "hospital-department-payment-and-mailing-page", "Paiement et envoi des documents – Centre d'évaluation et de traitement de la douleur | CHU de Valmont", """
<header><a href="/">CHU de Valmont</a>
<nav><a href="/services">Services</a> <a href="/patients">Patients et visiteurs</a> <a href="/recherche">Recherche</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="ariane"><a href="/services">Services</a> &gt; <a href="/services/centre-douleur">Centre douleur</a> &gt; Paiement et documents</p>
<h1>Paiement et envoi des documents</h1>
<p>Le Centre d'évaluation et de traitement de la douleur réalise en hôpital de jour des perfusions de kétamine pour certaines douleurs chroniques rebelles, sur indication du médecin algologue et sous surveillance infirmière.</p>
<h2>Paiement</h2>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance maladie. Le ticket modérateur et le forfait hospitalier éventuel sont réglés au bureau des admissions ou en ligne sur l'espace de paiement du CHU (carte bancaire uniquement).</p>
<h2>Envoi des documents</h2>
<p>Le compte rendu de chaque cycle est adressé par courrier à votre médecin traitant et déposé dans votre espace Mon Espace Santé. Pour recevoir une copie papier à domicile, faites la demande au secrétariat. Aucun médicament n'est remis ni envoyé au patient.</p>
<h2>Contact</h2>
<p>Secrétariat : 04 73 55 21 40, du lundi au vendredi de 9 h à 16 h 30. Chef de service : Dr Hélène Marchetti.</p>
</main>
<footer>&copy; 2026 CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9730", "https://centrodepressione-lucca.example/come-prenotare", "clinic", False, "it",
  "clinic-how-to-book-esketamine", "Come prenotare | Centro per la Depressione Resistente – Lucca", """
<header><a href="/">Centro per la Depressione Resistente</a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/come-prenotare">Come prenotare</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Come prenotare</h1>
<p>Il nostro centro, diretto dal dott. Filippo Guidotti, psichiatra, offre il trattamento con esketamina spray nasale per la depressione resistente.</p>
<h2>1. Prima visita</h2>
<p>Prenotate la visita psichiatrica chiamando lo 0583 41 72 90 o scrivendo su WhatsApp al numero della segreteria. Portate la documentazione dei trattamenti precedenti.</p>
<h2>2. Valutazione</h2>
<p>Se il trattamento è indicato, programmiamo le sedute: due a settimana nel primo mese.</p>
<h2>3. Le sedute</h2>
<p>L'esketamina viene somministrata in ambulatorio, sotto il controllo del personale infermieristico, con osservazione di almeno due ore. Non potete guidare fino al giorno dopo: venite accompagnati.</p>
<p>Pagamento della visita in sede con bancomat o carta; è possibile pagare anche con bonifico anticipato.</p>
</main>
<footer>&copy; 2026 Centro per la Depressione Resistente &middot; Via di Tiglio 112, Lucca</footer>
""")

p("h9731", "https://ketaminekliniek-utrecht.example/betalen-en-verzenden", "clinic", False, "nl",
  "clinic-payment-and-mailing-page-dutch", "Betalen en verzenden | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/team">Team</a> <a href="/tarieven">Tarieven</a> <a href="/betalen-en-verzenden">Betalen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Betalen en verzenden</h1>
<h2>Betalen</h2>
<p>Na elke infuusbehandeling ontvangt u een factuur per e-mail. U kunt betalen met iDEAL, via de betaallink, of met pin aan de balie. Een deel van de behandeling wordt mogelijk vergoed door uw zorgverzekeraar; vraag uw polis na.</p>
<h2>Wat versturen wij?</h2>
<p>Wij versturen alleen facturen, verwijsbrieven en behandelverslagen (naar u of, met uw toestemming, naar uw huisarts). Ketamine wordt uitsluitend in onze kliniek toegediend onder toezicht van de anesthesioloog, drs. Pieter van Dalen. Wij versturen nooit medicatie.</p>
<h2>Vragen</h2>
<p>Bel 030 200 41 88 of mail naar info@ketaminekliniek-utrecht.example.</p>
</main>
<footer>&copy; 2026 Ketaminekliniek Utrecht &middot; Biltstraat 210, Utrecht</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational twins

p("h9732", "https://tailwind-vet-pharmacy.example/shop/pain-and-sedation", "informational", False, "en",
  "licensed-vet-pharmacy-category-add-to-cart-rx", "Pain & Sedation | Tailwind Veterinary Pharmacy", """
<header class="site">
<div class="promo">Free shipping on orders over $49 &middot; Autoship &amp; save 5%</div>
<a class="logo" href="/">Tailwind Veterinary Pharmacy</a>
<nav><a href="/shop/dogs">Dogs</a> <a href="/shop/cats">Cats</a> <a href="/shop/horses">Horses</a> <a href="/shop/pharmacy">Pharmacy</a> <a href="/prescriptions">How prescriptions work</a> <a href="/cart">Cart</a></nav>
</header>
<div class="layout">
<aside class="filters"><h4>Filter</h4><p><input type="checkbox"> Prescription required</p><p><input type="checkbox"> Dogs</p><p><input type="checkbox"> Cats</p></aside>
<main>
<h1>Pain &amp; Sedation</h1>
<p>Licensed pharmacy, NABP Vet-VIPPS accredited. Items marked <b>Rx</b> need a valid prescription from your veterinarian &ndash; add to cart and we'll contact your vet to verify before anything ships.</p>
<div class="grid">
<div class="card"><h3>Carprofen chewable tablets 75 mg</h3><p class="rx">Rx</p><p>$0.62 / tablet</p><button>Add to cart</button></div>
<div class="card"><h3>Gabapentin capsules 100 mg</h3><p class="rx">Rx</p><p>$0.28 / capsule</p><button>Add to cart</button></div>
<div class="card"><h3>Trazodone tablets 50 mg</h3><p class="rx">Rx</p><p>$0.35 / tablet</p><button>Add to cart</button></div>
<div class="card"><h3>Calming chews (OTC)</h3><p>$21.99 / 60 ct</p><button>Add to cart</button></div>
</div>
<p class="note">Injectable anesthetics and other controlled drugs such as ketamine are not sold to pet owners. Veterinary practices with a current DEA registration can order them through our separate wholesale portal after account verification.</p>
</main>
</div>
<footer>Tailwind Veterinary Pharmacy &middot; Licensed in all 50 states &middot; Pharmacist in charge: Dana Whitcomb, PharmD &middot; &copy; 2026</footer>
""", noise="cookie")

p("h9733", "https://thedailyledger.example/health/2026/11/07/online-pharmacy-press-release-esketamine", "informational", False, "en",
  "news-article-about-seller-press-release", "'No prescription needed': paid press release for esketamine delivery draws regulator warning | The Daily Ledger", """
<header class="masthead"><a href="/">The Daily Ledger</a>
<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="layout">
<article>
<p class="kicker">Health</p>
<h1>'No prescription needed': paid press release for esketamine delivery draws regulator warning</h1>
<p class="byline">By Imogen Pryce &middot; November 7, 2026</p>
<p>A press release announcing "same-day esketamine delivery" across six European capitals, published this week by a company calling itself MedExpress Pharma Global, has been syndicated to more than 200 news and finance websites &ndash; many of which displayed it alongside genuine reporting.</p>
<p>The release says customers fill in "a short online health form" that is "reviewed by the company's automated eligibility system within minutes, and no prior prescription is required". Esketamine nasal spray is licensed in the EU only for use under direct supervision of a healthcare professional, and doses are meant to be taken in a clinic with at least two hours of monitoring.</p>
<p>"There is no legitimate way to sell this product to the public for home delivery on the basis of an automated questionnaire," said Dr. Marleen Vos, a spokesperson for the Dutch medicines inspectorate, which said it had opened an inquiry and asked hosting providers to take the shop down. The company did not respond to emails sent to its press address.</p>
<p>Distribution services for press releases generally do not verify claims made by paying clients. One provider said on Thursday it had removed the release "pending review".</p>
<p>Experts warned that products sold by such sites may be counterfeit or contain no active ingredient at all. Anyone who has bought from the site is advised to speak to a doctor and report it to their national medicines regulator.</p>
</article>
<aside class="related"><h4>Related</h4><ul><li><a href="/health/2026/09/ketamine-clinics-regulation">States move to regulate ketamine clinics</a></li><li><a href="/tech/2026/10/fake-pharmacy-ads">Fake pharmacy ads slip past platform filters</a></li></ul></aside>
</div>
<footer>&copy; 2026 The Daily Ledger &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h9734", "https://tgview.example/s/checkpoint_drugchecking", "informational", False, "en",
  "drug-checking-telegram-channel", "CheckPoint Drug Checking \u2705 (channel)", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">CheckPoint Drug Checking \u2705</div>
<div class="tgme_channel_info_counter">5 702 subscribers</div>
<div class="tgme_channel_info_description">Free, confidential drug checking in Leeds &amp; Bradford. Alerts, results, opening times. Run by a registered charity.</div>
</div>
<div class="tgme_widget_message pinned"><div class="tgme_widget_message_text">
\U0001F4CC CHANNEL RULES<br>
1. We do not sell, source or recommend sellers. Anyone offering drugs in the comments gets banned.<br>
2. Results are posted anonymously. Never post your own name or a dealer's details.<br>
3. Drop-in testing: Tue &amp; Fri 4&ndash;8pm at the Northgate Centre, no appointment.
</div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\u26A0 ALERT: a white crystal sold as "ket" in Leeds city centre tested as 2F-DCK with no ketamine. Effects can last longer than expected &ndash; start low, don't mix with alcohol, and don't use alone.
</div><div class="tgme_widget_message_footer">views 3.1K</div></div>
""")

p("h9735", "https://riverbend-compounding.example/prescribers/ketamine", "informational", False, "en",
  "compounding-pharmacy-dispenses-on-rx-only", "Ketamine compounding for prescribers | Riverbend Compounding Pharmacy", """
<header><a href="/">Riverbend Compounding Pharmacy</a> <nav><a href="/patients">Patients</a> <a href="/prescribers">Prescribers</a> <a href="/quality">Quality</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine compounding &ndash; information for prescribers</h1>
<p>Riverbend is a PCAB-accredited 503A compounding pharmacy licensed in Ohio, Indiana, Kentucky and Michigan. We prepare ketamine sublingual troches, nasal spray and topical pain creams for individual patients on a valid prescription from a licensed prescriber.</p>
<h2>How to prescribe</h2>
<p>Send prescriptions via e-prescribing (EPCS) or call our pharmacists. As a Schedule III controlled substance, ketamine prescriptions must include your DEA number and cannot be accepted by e-mail or from patients directly.</p>
<h2>Dispensing and delivery</h2>
<p>Patients pick up at our Dayton location or receive the medication by overnight courier with adult signature, only at the address on the prescription and only in states where we hold a licence. We do not sell to the public without a prescription and do not ship internationally.</p>
<p>Pharmacist in charge: Gregory Latham, RPh. Questions: (937) 555-0172.</p>
</main>
<footer>&copy; 2026 Riverbend Compounding Pharmacy</footer>
""")

p("h9736", "https://consumerhealth.gov.example/buying-ketamine-online", "informational", False, "en",
  "search-result-snippet", "Government consumer warning snippet", """
Buying ketamine online: what you need to know | consumerhealth.gov.example
Websites that sell ketamine or esketamine without a prescription are operating illegally. Products may be counterfeit, contaminated or the wrong dose. Report suspicious sites here.
""", ext="txt")

p("h9737", "https://loewen-apotheke-freiburg.example/rezeptur/ketamin-esketamin", "informational", False, "de",
  "compounding-apotheke-rx-only", "Ketamin- und Esketamin-Rezepturen | Löwen-Apotheke Freiburg", """
<header><a href="/">Löwen-Apotheke Freiburg</a>
<nav><a href="/leistungen">Leistungen</a> <a href="/rezeptur">Rezeptur</a> <a href="/botendienst">Botendienst</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ketamin- und Esketamin-Rezepturen</h1>
<p>Unsere Rezepturabteilung stellt auf ärztliche Verordnung individuelle Zubereitungen her, u. a. Ketamin-Nasenspray und Ketamin-Gel zur Schmerztherapie.</p>
<h2>Voraussetzungen</h2>
<p>Ketamin und Esketamin unterliegen dem Betäubungsmittelgesetz. Wir fertigen und geben sie ausschließlich gegen ein gültiges BtM-Rezept ab, das im Original in der Apotheke vorliegen muss. Eine Bestellung per E-Mail, Telefon oder über den Online-Shop ist nicht möglich.</p>
<h2>Abholung und Botendienst</h2>
<p>Fertige Rezepturen holen Sie in der Apotheke ab. Im Stadtgebiet Freiburg liefert unser Botendienst gegen Unterschrift an die auf dem Rezept genannte Person. Kein Versand.</p>
<p>Ansprechpartnerin: Apothekerin Dr. Miriam Engesser, Fachapothekerin für Offizin-Pharmazie.</p>
</main>
<footer>Löwen-Apotheke &middot; Bertoldstraße 18, 79098 Freiburg &middot; Inh. Thomas Ruf e.K. &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h9738", "https://tgview.example/s/analiza_tu_sustancia", "informational", False, "es",
  "drug-checking-telegram-channel-spanish", "Analiza Tu Sustancia \U0001F52C (canal)", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">Analiza Tu Sustancia \U0001F52C</div>
<div class="tgme_channel_info_counter">9 420 suscriptores</div>
<div class="tgme_channel_info_description">Servicio de análisis de sustancias de una asociación de reducción de riesgos. Alertas y resultados. No vendemos nada.</div>
</div>
<div class="tgme_widget_message pinned"><div class="tgme_widget_message_text">
\U0001F4CC NORMAS DEL CANAL<br>
1. Aquí no se vende ni se pregunta dónde comprar. Quien lo haga, fuera.<br>
2. Puedes mandarnos tu muestra por correo de forma anónima (instrucciones en la web) o venir al punto de análisis en Madrid los jueves.<br>
3. Los resultados se publican con un código, nunca con nombres.
</div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\u26A0 ALERTA: muestras vendidas como «keta» en Barcelona y Valencia contenían 2-FDCK y en un caso metoxetamina. Empieza con poca cantidad, no mezcles con alcohol y no consumas solo.
</div></div>
""")

p("h9739", "https://le-courrier-du-midi.example/sante/2026/11/communique-ketamine-livraison-sans-ordonnance", "informational", False, "fr",
  "news-article-about-seller-press-release-french", "Un communiqué promettant de la kétamine « sans ordonnance » repris par des sites d'information | Le Courrier du Midi", """
<header><a href="/">Le Courrier du Midi</a>
<nav><a href="/actualites">Actualités</a> <a href="/sante">Santé</a> <a href="/economie">Économie</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<p class="rubrique">Santé</p>
<h1>Un communiqué promettant de la kétamine « sans ordonnance » repris par des sites d'information</h1>
<p class="auteur">Par Claire Dumontet &ndash; 12 novembre 2026</p>
<p>Le texte ressemble à une dépêche : lieu, date, citation d'un directeur des opérations. Il annonce qu'une « pharmacie en ligne » livre désormais de la kétamine et de l'eskétamine « en 24 heures, sans ordonnance préalable », avec paiement possible en cryptomonnaie.</p>
<p>Ce communiqué payant a été diffusé par une plateforme de distribution et repris automatiquement par plusieurs dizaines de sites, dont certains médias régionaux. L'ANSM rappelle que la vente de ces médicaments sans prescription est illégale et que l'eskétamine ne peut être administrée qu'en établissement de santé, sous surveillance.</p>
<p>« Ces sites utilisent les codes de l'information pour paraître crédibles », explique Julien Ferrand, chercheur en cybercriminalité. La plateforme de diffusion indique avoir retiré le texte.</p>
<p>Les personnes ayant passé commande sont invitées à consulter un médecin et à signaler le site sur la plateforme PHAROS.</p>
</article>
<footer>&copy; 2026 Le Courrier du Midi</footer>
""", noise="cookie-fr")

p("h9740", "https://vetdistribuidora-sul.example/loja/anestesicos/cetamina-10-50ml", "informational", False, "pt",
  "vet-distributor-product-page-registered-clinics-only", "Cetamina 10% 50 ml – Vet Distribuidora Sul", """
<header><a href="/">Vet Distribuidora Sul</a>
<nav><a href="/loja">Loja</a> <a href="/loja/anestesicos">Anestésicos</a> <a href="/cadastro">Cadastro de clínica</a> <a href="/entrar">Entrar</a> <a href="/carrinho">Carrinho</a></nav></header>
<main class="produto">
<h1>Cloridrato de cetamina 10% &ndash; frasco 50 ml (uso veterinário)</h1>
<p class="preco">Preço visível apenas para clientes cadastrados</p>
<button disabled>Adicionar ao carrinho &ndash; faça login com conta de clínica</button>
<h2>Condições de venda</h2>
<p>Medicamento sujeito a controle especial (Portaria 344/98, lista C1). Venda exclusiva para clínicas e hospitais veterinários com cadastro aprovado, CRMV do responsável técnico ativo e mediante Receituário de Controle Especial emitido pelo médico-veterinário. Não vendemos para pessoas físicas sem esses documentos.</p>
<p>A entrega é feita somente no endereço cadastrado do estabelecimento, com conferência da nota fiscal.</p>
</main>
<footer>Vet Distribuidora Sul Ltda. &middot; Porto Alegre/RS &middot; Responsável técnica: Dra. Fernanda Kuhn, CRF-RS 12.408 &middot; &copy; 2026</footer>
""", noise="cookie-pt")

save(OUT, R)
