# Batch 53 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: REVIEWS, GUIDES AND JOURNALISM ON BOTH SIDES OF THE LINE. Sellers are affiliate "best places
# to buy" listicles, "we tested N shops" reviews with coupon codes, sponsored posts, comparison tables
# and FAQ/Q&A pages that funnel readers to no-prescription shops, personal blogs with referral codes,
# video/podcast show notes with vendor codes and review aggregators of sellers. The look-alikes are
# consumer journalism with test purchases, price guides for legal treatment, clinic ranking sites,
# consumer-protection pages, patient forums warning about shops, a scam-checker report, and clinic and
# telehealth pages carrying reviews, FAQs, referral programmes and promo codes for legitimate care.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 es/de/fr/nl/pt/it
# (es 3, de 2, fr 3, nl 2, pt 3, it 3). 5 plain-text snippets, 1 bot-check page (url-only).
# Shapes: sellers - affiliate "best places to buy ketamine online" listicle, "we tested 5 shops"
# review with coupon codes, sponsored post for a questionnaire-only esketamine spray, vendor
# comparison table (BTC/XMR, reship), Q&A answer snippet (txt), personal depression blog with a
# referral code, YouTube description with research-chemical vendor code (txt), podcast show notes
# with a "no consult" lozenge sponsor, Spanish ranking with Telegram links, German "Erfahrungen"
# shop test with Gutscheincode, French FAQ funnel, Dutch review aggregator of webshops, Portuguese
# "testei 3 lojas" with WhatsApp/Pix coupon, Italian bot-check wall on a review-domain URL.
# Telehealth - reviews page, refer-a-friend terms, promo-code snippet (txt), "can I buy ketamine
# online" FAQ, competitor comparison table, virtual psychiatry referring to partner esketamine site,
# Mexican testimonios + cupón, Brazilian teleconsulta with avaliações and cupom, podcast-listener
# landing page with code. Clinics - patient reviews page, refer-a-friend credit, clinic blog price
# guide, French hospital esketamine avis/FAQ, Italian recensioni e prezzi, Dutch ervaringen + FAQ,
# "voted best" promo snippet (txt), Spanish opiniones page. Informational - newspaper test purchase,
# cost guide for legal treatment, city clinic ranking directory, German consumer-protection guide on
# fake pharmacies, patient forum PSA about scam shops, French investigation, Brazilian consumer
# agency alert, Italian news snippet (txt), scam-checker report on a ketamine shop domain.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch53.py (writes batch53/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch53")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h5301", "https://ketaguide-reviews.example/best-places-to-buy-ketamine-online-2026/", "seller", True, "en",
  "affiliate-listicle-best-shops", "7 Best Places to Buy Ketamine Online in 2026 (Tested & Ranked) | KetaGuide", """
<header class="site-header"><a class="logo" href="/">KetaGuide</a>
<nav><a href="/reviews/">Reviews</a> <a href="/guides/">Guides</a> <a href="/dosage/">Dosage</a> <a href="/about/">About us</a></nav></header>
<div class="disclosure"><small>Advertiser disclosure: KetaGuide is reader-supported. When you buy through links on our site we may earn an affiliate commission at no extra cost to you.</small></div>
<article>
<h1>7 Best Places to Buy Ketamine Online in 2026 (Tested &amp; Ranked)</h1>
<p class="byline">By Marcus Hale &middot; Updated November 28, 2026 &middot; 14 min read</p>
<p>Ketamine has gone from an anaesthetic to one of the most talked-about options for low mood, chronic pain and burnout. The problem? Clinics charge $400 to $800 per session, waitlists run for months, and most insurers still say no. That's why more and more people are looking for a reliable place to order ketamine online and use it at home.</p>
<p>We placed real orders with 19 vendors over six months, checked purity with reagent kits and tracked how long delivery took. Here are the seven that actually delivered.</p>
<h2>Quick picks</h2>
<ol class="toplist">
<li><b>KetaNova</b> &ndash; best overall, pharmaceutical vials, ships in 2&ndash;4 days. <a class="btn" href="https://go.ketaguide-reviews.example/out/ketanova" rel="sponsored nofollow">Visit KetaNova &rarr;</a></li>
<li><b>DissoDirect</b> &ndash; best for crystal and powder, 10% off with code <code>KGUIDE10</code>. <a class="btn" href="https://go.ketaguide-reviews.example/out/dissodirect" rel="sponsored nofollow">Visit DissoDirect &rarr;</a></li>
<li><b>MedsNoScript</b> &ndash; best for nasal spray. <a class="btn" href="https://go.ketaguide-reviews.example/out/medsnoscript" rel="sponsored nofollow">Visit &rarr;</a></li>
<li><b>EuroKet</b> &ndash; best for EU buyers (ships from Spain).</li>
<li><b>Ketamart</b> &ndash; cheapest per gram.</li>
<li><b>VetLine Supply</b> &ndash; Ketaset 10 ml vials, no vet account needed.</li>
<li><b>Horizon RC</b> &ndash; best for analogues (2F-DCK, DCK).</li>
</ol>
<h2>1. KetaNova &ndash; Best overall</h2>
<p>KetaNova sells sealed 500 mg/10 ml vials and 1 g crystal. No prescription is required and checkout takes about a minute. They accept Bitcoin, Litecoin and Zelle, and their packaging is completely discreet &ndash; our parcel was labelled as "printer ink". If a package is seized they reship free once.</p>
<table class="specs"><tr><th>Price</th><td>from $95 / vial</td></tr><tr><th>Shipping</th><td>US 2&ndash;4 days, worldwide 7&ndash;14</td></tr><tr><th>Payment</th><td>BTC, LTC, Zelle</td></tr><tr><th>Our rating</th><td>4.8 / 5</td></tr></table>
<h2>2. DissoDirect &ndash; Best for powder</h2>
<p>If you prefer insufflating, DissoDirect's needle crystal tested clean on Mandelin and Mecke. Prices drop with volume (5 g for $260). Use our exclusive code <code>KGUIDE10</code> at checkout.</p>
<h2>How we tested</h2>
<p>Each order was placed with a new e-mail address and paid in crypto. We scored vendors on delivery success, purity, communication and price. Vendors that asked for a prescription or a doctor's note were excluded because they are not an option for most of our readers.</p>
<h2>Is it legal?</h2>
<p>Laws vary. In most countries possession without a prescription is an offence, so always use a reship address and never discuss your order by regular e-mail. We are not lawyers.</p>
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> Not with any vendor on this list.</p>
<p><b>How do I pay?</b> Most vendors prefer crypto. See our guide <a href="/guides/buy-bitcoin-for-vendors/">How to buy Bitcoin for online orders</a>.</p>
</article>
<aside class="sidebar"><h3>Editor's choice</h3><p>KetaNova &ndash; 4.8/5</p><a class="btn" href="https://go.ketaguide-reviews.example/out/ketanova">Shop now</a></aside>
<footer><p>&copy; 2026 KetaGuide. For educational purposes. Content is not medical advice.</p><a href="/privacy">Privacy</a> <a href="/affiliate-disclosure">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h5302", "https://thepsychonautledger.example/reviews/we-tested-5-ketamine-shops", "seller", True, "en",
  "we-tested-5-shops-coupon-review", "We Tested 5 Ketamine Shops So You Don't Have To — The Psychonaut Ledger", """
<div class="topbar"><a href="/">The Psychonaut Ledger</a> | <a href="/reviews">Vendor Reviews</a> | <a href="/harm-reduction">Harm reduction</a> | <a href="/newsletter">Newsletter</a></div>
<main>
<h1>We tested 5 ketamine shops so you don't have to</h1>
<p><i>Posted by Ledger Team &bull; 212 comments</i></p>
<p>Every week our inbox fills up with the same question: which shop is legit? Scams are everywhere, so in October we ordered from five popular stores using our own money. Here is what happened, with coupon codes the vendors agreed to give our readers.</p>
<h2>The results at a glance</h2>
<table border="1">
<tr><th>Shop</th><th>Ordered</th><th>Paid</th><th>Arrived</th><th>Reagent test</th><th>Reader code</th></tr>
<tr><td>k-haven.example</td><td>2 g S-isomer</td><td>$180 BTC</td><td>Day 5, stealth vacuum-sealed</td><td>Pass</td><td>LEDGER15</td></tr>
<tr><td>dreamvials.example</td><td>5 x 10 ml vials</td><td>$410 XMR</td><td>Day 9</td><td>Pass</td><td>LEDGER10</td></tr>
<tr><td>ketabay.example</td><td>1 g</td><td>$95 Amazon gift card</td><td>Never (reship promised)</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>spraykey.example</td><td>nasal spray 100 mg/ml</td><td>$140 Zelle</td><td>Day 3</td><td>Pass</td><td>LEDGERSPRAY</td></tr>
<tr><td>cheap-k-uk.example</td><td>3 g</td><td>&pound;120 bank transfer</td><td>Scam, site vanished</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<h2>Winner: K-Haven</h2>
<p>Fast replies on Telegram (@khaven_support), tracking within 24 h and a triple vacuum-sealed pouch inside a DVD case. No questions asked, no ID. Use <b>LEDGER15</b> for 15% off your first order over $100.</p>
<p><a class="cta" href="https://k-haven.example/?ref=ledger">Shop K-Haven</a></p>
<h2>Runner-up: DreamVials</h2>
<p>Vet-grade vials that arrived sealed with intact flip-off caps. Slower shipping but they reship for free if customs takes your parcel. Monero only above $300.</p>
<h2>Avoid: KetaBay and Cheap-K-UK</h2>
<p>Both took our money and disappeared. Never pay with gift cards unless the vendor has a track record on our <a href="/vendor-list">verified vendor list</a>.</p>
<h2>Safety first</h2>
<p>Test every batch, start low, never mix with alcohol or benzodiazepines, and have a sober sitter. Ketamine can cause bladder damage with frequent use.</p>
</main>
<section class="comments"><h3>212 comments</h3>
<div class="c"><b>nightowl_93</b>: used LEDGER15 at k-haven last week, arrived in 4 days to Ohio. legit.</div>
<div class="c"><b>quietgarden</b>: does dreamvials ship to Canada?</div>
<div class="c"><b>Ledger Team</b>: @quietgarden yes, 10&ndash;14 days, they reship once.</div>
</section>
<footer>Some links are affiliate links. &copy; The Psychonaut Ledger</footer>
""")

p("h5303", "https://glowandgrounded.example/sponsored/esketamine-nasal-spray-at-home-no-waitlist", "seller", True, "en",
  "sponsored-post-questionnaire-esketamine", "Sponsored: How I Skipped the 6-Month Waitlist for Esketamine | Glow & Grounded", """
<nav class="blog-nav"><a href="/">Glow &amp; Grounded</a> <a href="/wellness">Wellness</a> <a href="/recipes">Recipes</a> <a href="/mindset">Mindset</a> <a href="/shop">Shop my favourites</a></nav>
<article>
<p class="tag">SPONSORED &middot; In partnership with NasaKet</p>
<h1>How I skipped the 6-month waitlist for esketamine (and what it felt like)</h1>
<p>Hi loves! If you've followed me for a while you know the last two winters were rough. My GP put me on the list for a psychiatrist, and the psychiatrist said the nearest Spravato centre had a six-month wait. Six months!</p>
<p>Then NasaKet reached out. They make an esketamine nasal spray you can have delivered to your door, and honestly I was sceptical. But the process was so easy:</p>
<ol>
<li>Fill in a 3-minute wellness questionnaire (no video call, no awkward appointment).</li>
<li>Get approved instantly &ndash; I had my confirmation e-mail before I finished my coffee.</li>
<li>Choose your pack: Starter (4 sprays, $189), Monthly (12 sprays, $499) or Unlimited ($899/quarter).</li>
<li>Your spray ships the same day in plain packaging.</li>
</ol>
<p>I did my first session on a Sunday afternoon on my own sofa with a candle and my favourite playlist. It was floaty, a little strange, and afterwards I felt lighter than I had in months.</p>
<h2>Is it safe?</h2>
<p>Esketamine is an approved medicine in the US and Europe. NasaKet says their spray contains the same active ingredient. Of course, listen to your body and don't drive afterwards!</p>
<div class="promo"><h3>Exclusive for my readers</h3><p>Use code <b>GLOW50</b> for $50 off your first pack. No prescription from your own doctor needed &ndash; the questionnaire takes care of it.</p><a href="https://nasaket.example/start?aff=glow">Get started with NasaKet</a></div>
<p class="small">This post is sponsored by NasaKet. All opinions are my own. This is not medical advice.</p>
</article>
<aside><h4>About me</h4><p>Jenna, 34, yoga teacher, sourdough lover and mental-health advocate.</p><h4>Popular</h4><ul><li><a href="#">My 5am routine</a></li><li><a href="#">Gut-healing bone broth</a></li></ul></aside>
<footer>&copy; 2026 Glow &amp; Grounded &middot; <a href="/disclosure">Disclosure policy</a></footer>
""", noise="cookie")

p("h5304", "https://vendorcompare.example/compare/ketamine", "seller", True, "en",
  "vendor-comparison-table", "Ketamine Vendor Comparison 2026 – prices, payment, shipping | VendorCompare", """
<header><b>VendorCompare</b> <span>Independent vendor rankings since 2019</span>
<nav><a href="/compare/ketamine">Ketamine</a> <a href="/compare/2fdck">2F-DCK</a> <a href="/compare/modafinil">Modafinil</a> <a href="/compare/peptides">Peptides</a></nav></header>
<h1>Ketamine vendor comparison (December 2026)</h1>
<p>Prices checked daily. Sort by any column. Click a vendor to visit their shop.</p>
<table class="cmp">
<thead><tr><th>Vendor</th><th>Price / g</th><th>Min. order</th><th>Payment</th><th>Ships from</th><th>Reship</th><th>Rx needed</th><th>Score</th><th></th></tr></thead>
<tbody>
<tr><td>KetaNova</td><td>$82</td><td>1 g</td><td>BTC, XMR</td><td>US</td><td>100%</td><td>No</td><td>9.4</td><td><a href="/go/ketanova">Visit</a></td></tr>
<tr><td>Eurodiss</td><td>&euro;70</td><td>2 g</td><td>BTC, SEPA</td><td>NL</td><td>50%</td><td>No</td><td>9.1</td><td><a href="/go/eurodiss">Visit</a></td></tr>
<tr><td>Isomer Labs</td><td>$110 (S-ket)</td><td>0.5 g</td><td>XMR only</td><td>CA</td><td>100%</td><td>No</td><td>8.9</td><td><a href="/go/isomerlabs">Visit</a></td></tr>
<tr><td>PharmaDirect24</td><td>$14 / 50 mg tab</td><td>10 tabs</td><td>Card, BTC</td><td>IN</td><td>once</td><td>No</td><td>7.6</td><td><a href="/go/pharmadirect24">Visit</a></td></tr>
<tr><td>VetVials</td><td>$65 / 10 ml</td><td>5 vials</td><td>Zelle, BTC</td><td>MX</td><td>No</td><td>No</td><td>7.2</td><td><a href="/go/vetvials">Visit</a></td></tr>
</tbody></table>
<p class="note">Score = delivery success (40%), price (30%), communication (20%), stealth (10%), based on 1,380 user reports.</p>
<h2>Submit a report</h2>
<form><input name="vendor" placeholder="Vendor"><select><option>Delivered</option><option>Seized</option><option>Scam</option></select><button>Submit</button></form>
<footer>Links may be affiliate links. VendorCompare does not sell anything. 18+ only.</footer>
""")

p("h5305", "https://answers-hub.example/q/where-can-i-buy-ketamine-without-a-prescription-48213", "seller", True, "en",
  "qa-answer-snippet-funnel", "Where can I buy ketamine without a prescription? - AnswersHub", """
Where can I buy ketamine without a prescription? Top answer (312 upvotes): Skip the clinics, they charge a fortune. I've ordered 6 times from ketamarket.example - no Rx, they take BTC and it comes in 3-5 days in a plain envelope. Use my code HUB20 for 20% off, and message their Telegram if tracking stalls.
""", ext="txt")

p("h5306", "https://slowmornings-with-dana.example/2026/10/what-finally-helped-my-depression/", "seller", True, "en",
  "personal-blog-referral-code", "What finally helped my depression (a long, honest post) – Slow Mornings", """
<header><h2 class="blog-title">Slow Mornings</h2><p>notes on grief, gardening and getting better</p>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/garden">Garden diary</a> <a href="/mental-health">Mental health</a></nav></header>
<article>
<h1>What finally helped my depression (a long, honest post)</h1>
<p class="date">October 19, 2026 &middot; 48 comments</p>
<p>I've been putting off writing this for weeks. Partly because it's personal, and partly because I know some of you will disagree with what I did. But so many of you have messaged me asking how I'm suddenly doing better, so here it is.</p>
<p>For anyone new: my husband died in 2023 and I spent the next two years in a fog. I tried three different SSRIs. Sertraline made me numb, escitalopram gave me awful insomnia, and fluoxetine did basically nothing after eight weeks. I did twelve sessions of CBT, which genuinely helped me understand my thoughts, but it didn't lift the heaviness.</p>
<h2>Things that helped a little</h2>
<ul><li>Getting outside before 9am, even in the rain.</li><li>The garden. Seriously, dahlias saved my life in the summer of 2024.</li><li>Cutting alcohol completely.</li><li>A grief group at the library on Thursdays.</li><li>Magnesium and a regular bedtime.</li></ul>
<h2>Reading about ketamine</h2>
<p>I'd read the research about ketamine for treatment-resistant depression &ndash; how it works on glutamate rather than serotonin, and how some people feel a shift within hours. There's a clinic two hours from me, but it's $550 per infusion and they wanted six in the first three weeks. That's more than I make in a month from the flower stall.</p>
<p>My doctor wouldn't refer me. She said she "didn't know enough about it". So I made a decision that I know not everyone will agree with.</p>
<h2>How I do it now</h2>
<p>Every second Sunday I do a small session at home. I lie on the sofa with an eye mask and a playlist, my sister sits with me, and I journal afterwards. I keep the dose low. The first time I cried for an hour and then slept better than I had in years.</p>
<p>Three months in, I'm not "cured". But the fog has thinned. I'm planting bulbs for next spring, which is something I couldn't imagine doing a year ago.</p>
<h2>Where I get it</h2>
<p>People keep asking, so: I don't have a prescription. I order from <a href="https://kmedsdirect.example/?ref=dana">KMeds Direct</a> &ndash; they've been reliable, the vials come sealed, and they ship in a plain box. If you use my code <b>DANA10</b> you get 10% off and I get a small credit, which honestly helps with the cost. Please be careful and start low.</p>
<p>Much love, and see you in the garden. &mdash; Dana</p>
</article>
<section class="comments"><h3>48 comments</h3><p><b>Rosie</b>: Thank you for being so open. Does KMeds ship to the UK?</p><p><b>Dana</b>: They do, Rosie, about ten days.</p></section>
<footer>&copy; Slow Mornings. Powered by a tiny blog engine. <a href="/privacy">Privacy</a></footer>
""")

p("h5307", "https://www.videotube.example/watch?v=k3tTr1pR3vq", "seller", True, "en",
  "video-description-vendor-code", "Dissociatives explained: ketamine vs DCK vs 2F-DCK - VideoTube", """
Dissociatives explained: ketamine vs DCK vs 2F-DCK | 184K views. This episode is sponsored by ChemHarbor - research chemicals shipped worldwide, ketamine HCl, 2F-DCK and DCK from $39/g, discreet shipping, pay with crypto. Use code TRIPTALK for 15% off at chemharbor.example. Sold for research purposes only, not for human consumption. Timestamps: 0:00 intro, 3:12 NMDA receptors, 11:40 dosing differences.
""", ext="txt")

p("h5308", "https://podcasts.fieldnotes-audio.example/episodes/142-dissociatives-and-depression", "seller", True, "en",
  "podcast-show-notes-no-consult-sponsor", "Ep. 142 – Dissociatives and Depression, with Dr. (hon.) Rick Salas | Field Notes", """
<div class="player-bar"><button>&#9654; Play</button> <span>Ep. 142 &middot; 1:12:08</span> <a href="#">Apple</a> <a href="#">Spotify</a> <a href="#">RSS</a></div>
<main>
<h1>Ep. 142 &ndash; Dissociatives and Depression</h1>
<p>Rick Salas, author of <i>The K Door</i>, joins us to talk about the rise of ketamine, why the psychiatric establishment was slow to adopt it, and how people are reclaiming their own healing.</p>
<h3>In this episode</h3>
<ul><li>(04:20) Rick's own story of burnout</li><li>(18:05) What an NMDA antagonist actually does</li><li>(33:40) Set, setting and integration</li><li>(51:10) Why gatekeeping hurts patients</li><li>(1:04:00) Listener questions</li></ul>
<h3>This week's sponsor: KetaLoz</h3>
<p>KetaLoz makes dissolvable ketamine lozenges in 100, 150 and 200 mg. Unlike other services, there's no consult to book and no waiting for a doctor: answer five quick questions online and your first box ships tomorrow. Field Notes listeners get their first box of 8 for $99 with code <b>FIELDNOTES</b> at <a href="https://ketaloz.example/fieldnotes">ketaloz.example/fieldnotes</a>.</p>
<h3>Links mentioned</h3>
<ul><li><a href="#">The K Door (book)</a></li><li><a href="#">Integration worksheet (PDF)</a></li><li><a href="#">Rick on Instagram</a></li></ul>
<h3>Transcript</h3>
<p><b>Host:</b> Rick, welcome back. Last time you were on, ketamine was still a niche topic.<br><b>Rick:</b> It's wild how fast it's changed. A few years ago you had to find an infusion clinic and pay cash. Now people can do this at home, on their own terms...</p>
<p><a href="/episodes/142/transcript">Read full transcript</a></p>
</main>
<footer>Field Notes is an independent podcast. Nothing in this show is medical advice. &copy; 2026</footer>
""")

p("h5309", "https://comprarketamina-guia.example/donde-comprar-ketamina-online/", "seller", True, "es",
  "spanish-ranking-telegram", "Dónde comprar ketamina online en 2026: las 5 mejores tiendas | Guía K", """
<header><a href="/">Guía K</a> <nav><a href="/tiendas/">Tiendas</a> <a href="/opiniones/">Opiniones</a> <a href="/dosis/">Dosis</a> <a href="/contacto/">Contacto</a></nav></header>
<article>
<h1>Dónde comprar ketamina online en 2026: las 5 mejores tiendas</h1>
<p>Actualizado el 2 de diciembre de 2026 &middot; Lectura de 9 minutos</p>
<p>Encontrar una tienda fiable para comprar ketamina por internet no es fácil: en foros y redes hay cientos de estafas. Por eso hemos reunido las tiendas que nuestros lectores han probado con éxito en España, México, Argentina y Colombia.</p>
<h2>Ranking</h2>
<ol>
<li><b>KetaSur</b> &ndash; envío desde España en 48 h, pago con Bizum o Bitcoin. Pedidos por Telegram: <a href="tg://resolve?domain=ketasur_pedidos">@ketasur_pedidos</a>. Cupón <code>GUIAK5</code>.</li>
<li><b>DisoMex</b> &ndash; ideal para México, frascos de 10 ml a 1.900 MXN, entrega en mano en CDMX o paquetería discreta.</li>
<li><b>K-Andes</b> &ndash; envíos a Chile, Perú y Colombia; reenvío gratis si se pierde en aduana.</li>
<li><b>EuroKeta</b> &ndash; cristal "aguja" de alta pureza, desde 60 &euro;/g.</li>
<li><b>FarmaLibre</b> &ndash; comprimidos y espray nasal, sin receta.</li>
</ol>
<h2>¿Hace falta receta?</h2>
<p>No. Ninguna de estas tiendas pide receta ni informe médico. Basta con escribirles por Telegram o WhatsApp, indicar la cantidad y pagar.</p>
<h2>Consejos para un pedido seguro</h2>
<ul><li>Empieza con un pedido pequeño.</li><li>No pagues con transferencia a cuentas de particulares desconocidos.</li><li>Usa un reactivo (Mandelin) para comprobar lo que recibes.</li></ul>
<div class="cta"><a href="tg://resolve?domain=ketasur_pedidos">Hacer pedido en KetaSur</a></div>
</article>
<footer>Guía K &middot; Información con fines educativos. Algunos enlaces son de afiliado.</footer>
""", noise="cookie-es")

p("h5310", "https://rc-erfahrungen.example/ketamin-shop-test-2026", "seller", True, "de",
  "german-erfahrungen-shop-test-gutschein", "Ketamin Shop Test 2026: Erfahrungen mit 4 Online-Shops + Gutscheincode", """
<div class="header"><a href="/">RC-Erfahrungen</a> &middot; <a href="/shops">Shop-Tests</a> &middot; <a href="/stoffe">Substanzen</a> &middot; <a href="/forum">Forum</a></div>
<main>
<h1>Ketamin Shop Test 2026: Unsere Erfahrungen mit 4 Online-Shops</h1>
<p>Zuletzt aktualisiert: 30.11.2026 &ndash; Autor: Redaktion</p>
<p>Wer Ketamin online bestellen möchte, steht vor der Frage: Welcher Shop liefert wirklich, und zwar schnell und diskret nach Deutschland, Österreich und in die Schweiz? Wir haben bei vier Anbietern bestellt und berichten ehrlich.</p>
<h2>Testsieger: KetaKontor</h2>
<p>Bestellt: 2 g, bezahlt mit Bitcoin (136 &euro;). Versand aus den Niederlanden, Lieferung nach 3 Werktagen als Brief, geruchsdicht eingeschweißt. Kein Rezept, keine Fragen. Mit dem Gutscheincode <b>RCE12</b> spart ihr 12 %.</p>
<p><a class="button" href="https://ketakontor.example/?partner=rce">Zum Shop &raquo;</a></p>
<h2>Platz 2: NovaChem</h2>
<p>Verkauft Ketamin und 2F-DCK als "Forschungschemikalien &ndash; nicht zum Verzehr". Zahlung per Überweisung oder Monero, Reshipping bei Verlust durch Zoll.</p>
<h2>Platz 3: Apotheke-Ohne-Rezept24</h2>
<p>Hat Esketamin-Nasenspray im Sortiment, liefert aus Polen. Teuer (289 &euro; pro Flasche), aber sehr professionell.</p>
<h2>Nicht empfehlenswert: K-Express</h2>
<p>Geld genommen, nie geliefert.</p>
<h2>Fazit</h2>
<table><tr><th>Shop</th><th>Lieferung</th><th>Preis</th><th>Note</th></tr><tr><td>KetaKontor</td><td>3 Tage</td><td>68 &euro;/g</td><td>1,3</td></tr><tr><td>NovaChem</td><td>5 Tage</td><td>59 &euro;/g</td><td>1,8</td></tr><tr><td>Apotheke-Ohne-Rezept24</td><td>6 Tage</td><td>289 &euro;/Spray</td><td>2,4</td></tr><tr><td>K-Express</td><td>&ndash;</td><td>&ndash;</td><td>6</td></tr></table>
</main>
<footer>Impressum &middot; Datenschutz &middot; Alle Angaben ohne Gewähr. Affiliate-Links sind gekennzeichnet.</footer>
""", noise="cookie-de")

p("h5311", "https://sante-pratique-faq.example/questions/acheter-ketamine-en-ligne", "seller", True, "fr",
  "french-faq-funnel", "Acheter de la kétamine en ligne : toutes vos questions | Santé Pratique FAQ", """
<header><a href="/">Santé Pratique</a> <nav><a href="/questions">Questions</a> <a href="/sommeil">Sommeil</a> <a href="/stress">Stress</a> <a href="/nutrition">Nutrition</a></nav></header>
<main>
<h1>Acheter de la kétamine en ligne : vos questions, nos réponses</h1>
<div class="faq">
<h3>La kétamine, c'est quoi ?</h3>
<p>Un anesthésique utilisé depuis les années 1960, aujourd'hui étudié pour la dépression résistante et les douleurs chroniques. Elle agit sur les récepteurs NMDA du glutamate.</p>
<h3>Pourquoi les gens l'achètent-ils en ligne ?</h3>
<p>En France, l'accès passe par l'hôpital et les délais sont longs. Beaucoup de patients préfèrent commander directement pour se traiter à domicile.</p>
<h3>Faut-il une ordonnance ?</h3>
<p>Pas chez notre partenaire. La pharmacie en ligne <a href="https://pharmaket-europe.example/fr">PharmaKet Europe</a> expédie sans ordonnance dans toute l'UE.</p>
<h3>Combien ça coûte ?</h3>
<p>Comptez 79 &euro; le flacon de 10 ml ou 149 &euro; le spray nasal. Des packs de 3 sont disponibles avec remise.</p>
<h3>La livraison est-elle discrète ?</h3>
<p>Oui : colis neutre, sans mention du contenu, suivi inclus. Réexpédition gratuite en cas de saisie.</p>
<h3>Comment payer ?</h3>
<p>Carte bancaire (via un prestataire externe), virement ou Bitcoin.</p>
<h3>Est-ce dangereux ?</h3>
<p>Comme tout médicament, la kétamine a des effets secondaires (nausées, dissociation, hausse de tension). Commencez par une faible dose.</p>
</div>
<div class="encart"><p>Code promo lecteurs : <b>SANTE15</b></p><a href="https://pharmaket-europe.example/fr?src=spfaq">Commander maintenant</a></div>
</main>
<footer>Santé Pratique &ndash; les informations de ce site ne remplacent pas un avis médical. <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5312", "https://webshopsvergelijken.example/categorie/ketamine", "seller", True, "nl",
  "dutch-review-aggregator-shops", "Ketamine webshops vergelijken – reviews en beoordelingen | WebshopsVergelijken", """
<header><a href="/">WebshopsVergelijken</a> <form><input placeholder="Zoek een webshop"></form>
<nav><a href="/categorie/kratom">Kratom</a> <a href="/categorie/ketamine">Ketamine</a> <a href="/categorie/truffels">Truffels</a> <a href="/categorie/lachgas">Lachgas</a></nav></header>
<h1>Ketamine webshops: 6 shops, 1.214 reviews</h1>
<p>Lees ervaringen van echte klanten en kies de beste shop. Gesorteerd op gemiddelde score.</p>
<div class="shop"><h2>KetaDirect.nl-shop</h2><p>&#9733;&#9733;&#9733;&#9733;&#9733; 4,7 (412 reviews)</p><p>"Binnen 24 uur in de brievenbus, netjes verpakt. Betaald met iDEAL." &ndash; Sander</p><p>Betaalmethoden: iDEAL, Bitcoin &middot; Recept nodig: nee &middot; Verzending: NL/BE</p><a href="/naar/ketadirect">Bekijk shop</a></div>
<div class="shop"><h2>Dissoshop</h2><p>&#9733;&#9733;&#9733;&#9733;&#9734; 4,2 (301 reviews)</p><p>"Goede kwaliteit, kristal getest met reagens." &ndash; Mila</p><p>Betaalmethoden: Bitcoin, Bancontact &middot; Verzending: EU</p><a href="/naar/dissoshop">Bekijk shop</a></div>
<div class="shop"><h2>VetDirect Europe</h2><p>&#9733;&#9733;&#9733;&#9733;&#9734; 4,0 (188 reviews)</p><p>"Flesjes van 10 ml, je hoeft geen dierenarts te zijn." &ndash; Tom</p><a href="/naar/vetdirect">Bekijk shop</a></div>
<div class="shop"><h2>K-Express</h2><p>&#9733;&#9734;&#9734;&#9734;&#9734; 1,3 (96 reviews)</p><p>"Nooit geleverd, oplichters!"</p></div>
<p class="small">Schrijf zelf een review en maak kans op een tegoedbon van &euro;25 bij een shop naar keuze.</p>
<footer>WebshopsVergelijken ontvangt een vergoeding van sommige shops. &copy; 2026</footer>
""", noise="cookie-nl")

p("h5313", "https://blogdotiagosaude.example/testei-3-lojas-de-cetamina", "seller", True, "pt",
  "portuguese-testei-lojas-whatsapp-cupom", "Testei 3 lojas de cetamina online: qual vale a pena? – Blog do Tiago", """
<header><a href="/">Blog do Tiago</a> <nav><a href="/saude">Saúde</a> <a href="/academia">Academia</a> <a href="/suplementos">Suplementos</a></nav></header>
<article>
<h1>Testei 3 lojas de cetamina online: qual vale a pena?</h1>
<p>Publicado em 14/11/2026 por Tiago</p>
<p>Depois que fiz um vídeo sobre cetamina para ansiedade, recebi centenas de mensagens perguntando onde comprar. Então resolvi testar três lojas que vendem pela internet e entregam em todo o Brasil.</p>
<h2>1. KetaBrasil &ndash; a melhor</h2>
<p>Pedido feito pelo WhatsApp (+55 11 9 0000-4417), pagamento por Pix, chegou em 4 dias pelos Correios numa caixa sem identificação. Frasco de 10 ml por R$ 390. Não pedem receita. Com o cupom <b>TIAGO10</b> você ganha 10% de desconto.</p>
<h2>2. Disso Store &ndash; boa, mas demorada</h2>
<p>Aceita boleto e cripto. Chegou em 12 dias. Atendimento pelo Telegram.</p>
<h2>3. FarmaK Online &ndash; golpe</h2>
<p>Paguei o Pix e fui bloqueado. Fuja!</p>
<h2>Cuidados</h2>
<p>Cetamina não é brincadeira: não misture com álcool, não dirija e tenha alguém com você. Eu não sou médico.</p>
<p><a class="btn" href="whatsapp://send?phone=5511900004417&amp;text=Vim%20do%20blog%20do%20Tiago">Chamar a KetaBrasil no WhatsApp</a></p>
</article>
<footer>&copy; Blog do Tiago. Este post contém links de parceiros.</footer>
""", noise="cookie-pt")

p("h5314", "https://recensioni-shop-ketamina.example/migliori-negozi-ketamina-senza-ricetta", "seller", True, "it",
  "url-only", "Solo un momento...", """
<div class="cf-wrapper"><h1>Verifica in corso che tu sia un essere umano</h1>
<p>recensioni-shop-ketamina.example deve verificare la sicurezza della tua connessione prima di procedere.</p>
<noscript><p>Abilita JavaScript e i cookie per continuare.</p></noscript>
<div id="challenge-stage"></div>
<p class="ray">ID richiesta: 8f2c91ab7d3e44f0 &middot; Prestazioni e sicurezza</p></div>
<script>setTimeout(function(){document.getElementById('challenge-stage').innerHTML='...';},1500);</script>
""")

# ---------------------------------------------------------------- telehealth

p("h5315", "https://www.evenkeelhealth.example/reviews", "telehealth", False, "en",
  "telehealth-patient-reviews-page", "Patient Reviews | Even Keel Health – At-Home Ketamine Therapy", """
<header class="nav"><a class="brand" href="/">Even Keel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Take the assessment</a></nav></header>
<main>
<h1>4.8 out of 5 from 3,906 verified patients</h1>
<p>Reviews are collected by an independent review platform after a patient's fourth session. We publish every review, including negative ones, and remove only personal health details.</p>
<div class="filters"><button>All</button> <button>5 stars</button> <button>Critical</button> <button>Depression</button> <button>Anxiety</button></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>"The video visit was more thorough than my in-person psychiatrist"</b></p><p>Dr. Okafor spent 50 minutes on my history, asked about my blood pressure and my past substance use, and asked for my last labs before she agreed to prescribe. The lozenges came from the partner pharmacy four days later. &mdash; Renee T., Colorado</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9734; <b>"Helpful, but not cheap"</b></p><p>It helped my mood, and my guide is great. $249 a month adds up though, and insurance wouldn't cover it. &mdash; Paul S., Florida</p></div>
<div class="review"><p>&#9733;&#9733;&#9734;&#9734;&#9734; <b>"I wasn't approved"</b></p><p>The clinician said my blood pressure was too high and I needed to get it under control first. Frustrating, but I guess that's why they do the screening. They refunded the $35 evaluation fee. &mdash; Anonymous, Texas</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>"Monitoring that actually happens"</b></p><p>You log your blood pressure before each session and fill out a PHQ-9 every two weeks. My prescriber lowered my dose after I reported nausea. &mdash; Imani W., Washington</p></div>
<p><a href="/reviews?page=2">Load more reviews</a></p>
<section class="cta"><h2>See if Even Keel is right for you</h2><p>Start with a free 5-minute screening. If you look like a fit, you'll book a video evaluation with a licensed psychiatric clinician in your state. Treatment is prescribed only if it's clinically appropriate.</p><a class="btn" href="/start">Start now &ndash; $35 evaluation</a></section>
</main>
<footer><p>Even Keel Health, PC. Clinical services provided by independently licensed clinicians. Available in 22 states. If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h5316", "https://www.lumenmind.example/referral", "telehealth", False, "en",
  "telehealth-refer-a-friend-terms", "Refer a friend – give $75, get $75 | LumenMind", """
<nav><a href="/">LumenMind</a> <a href="/ketamine">At-home ketamine</a> <a href="/account">My account</a></nav>
<main>
<h1>Give $75. Get $75.</h1>
<p>Know someone who might benefit from LumenMind? Share your personal link. When your friend completes their first month of treatment, you both get $75 off your next membership payment.</p>
<p class="code">Your link: <code>lumenmind.example/r/ANA-7Q2K</code> <button>Copy</button></p>
<h2>How it works</h2>
<ol><li>Your friend signs up with your link and completes the medical intake.</li><li>They meet a LumenMind psychiatric nurse practitioner by video. The clinician decides whether ketamine is appropriate; not everyone is eligible.</li><li>If treatment is prescribed and they finish their first month, both credits apply automatically.</li></ol>
<h2>Terms</h2>
<ul>
<li>Credits apply to membership fees only and cannot be exchanged for cash or applied to medication costs billed by the pharmacy.</li>
<li>Referral credits are not contingent on a prescription being issued; if your friend is not eligible after their evaluation, no credit is given to either party and their evaluation fee is refunded.</li>
<li>Do not post your link on coupon sites or in paid ads. Do not describe the service as "no prescription" or "guaranteed approval". Links used this way will be deactivated.</li>
<li>Maximum 10 referrals per calendar year. Void where prohibited.</li>
</ul>
</main>
<footer>LumenMind Medical Group &middot; Clinicians licensed in each state where they practise &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h5317", "https://www.sunroomhealth.example/offers/newyear", "telehealth", False, "en",
  "telehealth-promo-code-snippet", "New Year offer – Sunroom Health", """
New year, lighter mind: use code FRESHSTART at checkout for $100 off your first month of Sunroom's at-home ketamine program. Offer applies to the membership after your video evaluation with a licensed psychiatric clinician; eligibility is determined by your clinician, and medication is dispensed by our partner pharmacy only with a valid prescription.
""", ext="txt")

p("h5318", "https://www.tidewellcare.example/faq/can-i-buy-ketamine-online", "telehealth", False, "en",
  "telehealth-faq-can-i-buy-online", "Can I buy ketamine online? Honest answers | Tidewell Care", """
<header><a href="/">Tidewell Care</a> <nav><a href="/treatment">Treatment</a> <a href="/cost">Cost</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">Get started</a></nav></header>
<main>
<h1>Can I buy ketamine online?</h1>
<p>Short answer: you can't legally <em>buy</em> ketamine online the way you buy vitamins, and you should be wary of anyone who says you can. What you can do is see a licensed clinician online who may <em>prescribe</em> it.</p>
<h2>What's the difference?</h2>
<p>Ketamine is a Schedule III controlled substance in the US. Websites that sell vials or powder "without a prescription", take payment in crypto or gift cards, or promise "approval in minutes" are operating illegally, and what they ship is often not what's on the label.</p>
<p>With Tidewell, you buy a <b>care plan</b>, not a drug. Here's what that includes:</p>
<ul><li>A 45-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li><li>A review of your medications, medical history and recent vital signs</li><li>If prescribed: ketamine tablets from a licensed US pharmacy, shipped to your door with signature on delivery</li><li>Follow-up video visits before each dose change, and integration sessions with a therapist</li></ul>
<h2>How much does it cost?</h2>
<p>The evaluation is $149. The care plan is $289 per month, which covers visits and integration. Medication is billed by the pharmacy, usually $30&ndash;$60 per month. You can pay by card, HSA or FSA at checkout.</p>
<h2>Can I order it for a friend?</h2>
<p>No. Prescriptions are written for one patient after one evaluation.</p>
<h2>Why might I be turned down?</h2>
<p>Uncontrolled high blood pressure, a history of psychosis, current substance use disorder, pregnancy, or certain heart conditions. About one in four people who complete an evaluation are referred elsewhere instead.</p>
<p><a class="cta" href="/get-started">Check your eligibility</a></p>
</main>
<footer>Tidewell Care Medical, P.A. &middot; Not for emergencies &ndash; call 911 or 988. &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h5319", "https://www.northpath.example/compare", "telehealth", False, "en",
  "telehealth-competitor-comparison-table", "NorthPath vs other at-home ketamine providers | NorthPath", """
<nav><a href="/">NorthPath</a> <a href="/program">Program</a> <a href="/compare">Compare</a> <a href="/pricing">Pricing</a> <a class="btn" href="/apply">Apply</a></nav>
<h1>How NorthPath compares</h1>
<p>Shopping around? Good. Here's how our program stacks up against typical at-home ketamine providers and in-clinic infusions. Competitor figures are from their public pricing pages, checked November 2026.</p>
<table class="compare">
<tr><th></th><th>NorthPath</th><th>Typical at-home provider</th><th>In-clinic IV infusion</th></tr>
<tr><td>First visit</td><td>60-min video visit with a psychiatrist</td><td>20&ndash;30 min with an NP</td><td>In-person consult</td></tr>
<tr><td>Named prescriber</td><td>Yes, same one throughout</td><td>Varies</td><td>Yes</td></tr>
<tr><td>Monitoring</td><td>Live video for first 2 sessions, BP cuff included</td><td>Self-report</td><td>Nurse on site</td></tr>
<tr><td>Integration therapy</td><td>Weekly, included</td><td>Add-on</td><td>Rarely</td></tr>
<tr><td>Price for 6 sessions</td><td>$1,190</td><td>$750&ndash;$1,100</td><td>$2,700&ndash;$4,800</td></tr>
<tr><td>Medication</td><td>Shipped by licensed partner pharmacy after prescription</td><td>Same</td><td>Given in clinic</td></tr>
</table>
<p>NorthPath isn't for everyone. If you have uncontrolled hypertension or a history of psychosis, our psychiatrists will help you find other options.</p>
<a class="btn" href="/apply">Apply for an evaluation</a>
<footer>NorthPath Psychiatry, PLLC &middot; Licensed in NY, NJ, CT, PA, MA</footer>
""")

p("h5320", "https://www.clearviewpsych.example/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-referral-reviews", "Esketamine (Spravato) through ClearView Virtual Psychiatry", """
<header><a href="/">ClearView Virtual Psychiatry</a> <nav><a href="/conditions">Conditions</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Esketamine for treatment-resistant depression</h1>
<p>ClearView psychiatrists see patients by secure video in 14 states. If you've tried at least two antidepressants without enough relief, your ClearView psychiatrist can assess whether esketamine nasal spray (Spravato&reg;) might help.</p>
<h2>How it works with us</h2>
<ol><li><b>Video evaluation.</b> Diagnosis, medication history, blood pressure, substance-use screening.</li><li><b>Insurance prior authorisation.</b> Our team handles the paperwork.</li><li><b>Treatment at a certified partner site.</b> Spravato must be taken under observation at a REMS-certified healthcare setting. We refer you to one of our partner centres near you and stay your prescribing psychiatrist.</li><li><b>Ongoing virtual follow-up</b> for medication management between sessions.</li></ol>
<p>We never mail esketamine to your home &ndash; that isn't allowed.</p>
<h2>What patients say</h2>
<blockquote>"Dr. Lindqvist got my prior auth through in nine days. The partner centre was 15 minutes away." &ndash; Google review, &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<blockquote>"Virtual follow-ups fit around my shifts." &ndash; Healthgrades, &#9733;&#9733;&#9733;&#9733;&#9733;</blockquote>
<p><a class="btn" href="/book?service=esketamine">Book an evaluation</a> &middot; Most major insurance accepted.</p>
</main>
<footer>&copy; ClearView Virtual Psychiatry, P.C.</footer>
""")

p("h5321", "https://www.mentesana-online.example/mx/ketamina-en-casa/opiniones", "telehealth", False, "es",
  "mexican-telehealth-testimonios-cupon", "Opiniones de pacientes – Ketamina en casa | MenteSana Online", """
<header><a href="/mx/">MenteSana Online</a> <nav><a href="/mx/como-funciona">Cómo funciona</a> <a href="/mx/precios">Precios</a> <a href="/mx/medicos">Nuestros médicos</a> <a href="/mx/opiniones">Opiniones</a> <a class="btn" href="/mx/agendar">Agendar videoconsulta</a></nav></header>
<main>
<h1>Lo que dicen nuestros pacientes</h1>
<p>Calificación promedio 4,7/5 en 1.120 opiniones verificadas.</p>
<div class="op"><p>&#9733;&#9733;&#9733;&#9733;&#9733; "La doctora Ramírez me hizo una videoconsulta de casi una hora y pidió mis análisis antes de recetar. Me sentí acompañada." &ndash; Laura G., Guadalajara</p></div>
<div class="op"><p>&#9733;&#9733;&#9733;&#9733;&#9734; "El tratamiento me ayudó, pero el precio es alto para mí." &ndash; Jorge P., Monterrey</p></div>
<div class="op"><p>&#9733;&#9733;&#9733;&#9733;&#9733; "Las sesiones de integración con la psicóloga fueron clave." &ndash; Anónimo, CDMX</p></div>
<h2>¿Cómo empiezo?</h2>
<p>Agenda una videoconsulta con un psiquiatra con cédula profesional. Si el tratamiento es adecuado para ti, la receta se envía a nuestra farmacia aliada con licencia sanitaria y el medicamento llega a tu domicilio. Sin receta médica no se envía nada.</p>
<p class="cupon">Cupón <b>BIENVENIDA20</b>: 20% de descuento en tu primera consulta.</p>
<p><a class="btn" href="/mx/agendar">Agendar ahora &ndash; $1.200 MXN</a></p>
</main>
<footer>MenteSana Online S.C. &middot; Aviso de privacidad &middot; En caso de crisis llama a la Línea de la Vida.</footer>
""", noise="cookie-es")

p("h5322", "https://www.psiquevirtual.example/escetamina", "telehealth", False, "pt",
  "brazilian-teleconsulta-avaliacoes-cupom", "Escetamina para depressão resistente | PsiqueVirtual", """
<nav><a href="/">PsiqueVirtual</a> <a href="/especialidades">Especialidades</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/agendar" class="btn">Agendar teleconsulta</a></nav>
<main>
<h1>Escetamina: avaliação por teleconsulta com psiquiatra</h1>
<p>Se você já tentou dois ou mais antidepressivos sem melhora suficiente, um psiquiatra da PsiqueVirtual (CRM ativo) pode avaliar por vídeo se a escetamina intranasal é indicada para o seu caso.</p>
<h2>Como funciona</h2>
<ul><li>Teleconsulta de 50 minutos com psiquiatra</li><li>Solicitação de exames e avaliação de pressão arterial</li><li>Se houver indicação, encaminhamento para uma clínica parceira credenciada, onde a aplicação é feita com monitoramento presencial</li><li>Acompanhamento online entre as sessões</li></ul>
<p>A escetamina não é vendida nem enviada para casa: a aplicação acontece sempre na clínica.</p>
<h2>Avaliações</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Fui muito bem atendida, a médica explicou tudo com calma." &ndash; Patrícia, Curitiba</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "A clínica parceira fica longe de casa, mas o acompanhamento online ajuda." &ndash; Marcos, Campinas</p>
<p>Primeira teleconsulta R$ 420 &ndash; use o cupom <b>PRIMEIRA15</b> e ganhe 15% de desconto. Pagamento por Pix ou cartão.</p>
</main>
<footer>PsiqueVirtual Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Henrique Matos, CRM-SP 000000</footer>
""", noise="cookie-pt")

p("h5323", "https://www.stillwaterketamine.example/podcast", "telehealth", False, "en",
  "podcast-listener-landing-code", "Welcome, Mind Shift listeners | Stillwater", """
<header><a href="/">Stillwater</a></header>
<main>
<h1>Heard about us on The Mind Shift?</h1>
<p>Welcome! As a Mind Shift listener, your $150 intake fee is waived with code <b>MINDSHIFT</b>.</p>
<p>Stillwater is a virtual ketamine-assisted therapy practice. You'll meet your psychiatrist by video, and if ketamine is a safe fit, your prescription goes to a licensed pharmacy that ships to you. Each session is guided live by a Stillwater therapist over video.</p>
<p><a class="btn" href="/start?code=MINDSHIFT">Start your intake</a></p>
<p class="fine">Code valid for new patients through Jan 31, 2027. Waiving the intake fee doesn't change eligibility; your clinician decides whether treatment is appropriate.</p>
</main>
""")

# ---------------------------------------------------------------- clinics

p("h5324", "https://www.harborinfusion.example/patient-reviews", "clinic", False, "en",
  "clinic-patient-reviews-page", "Patient Reviews – Harbor Infusion & Wellness, Portland ME", """
<div class="top"><span>&#128222; (207) 555-0144</span> <span>122 Commercial St, Portland, ME</span> <a href="/book">Book a consultation</a></div>
<nav><a href="/">Home</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-hydration">IV Hydration</a> <a href="/pricing">Pricing</a> <a href="/patient-reviews">Reviews</a> <a href="/contact">Contact</a></nav>
<main>
<h1>What our patients say</h1>
<p>Google rating: <b>4.9</b> (286 reviews) &middot; Facebook: <b>5.0</b> (74)</p>
<div class="grid">
<div class="card"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"Nurse Kelly checked on me every ten minutes during my infusion and the recliner and blanket made me feel safe. After my fourth session my PHQ-9 went from 21 to 9."</p><p>&ndash; Michael B.</p></div>
<div class="card"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"Dr. Arsenault took the time to explain the dissociation and what to expect. Parking is easy, front desk is lovely."</p><p>&ndash; Sarah L.</p></div>
<div class="card"><p>&#9733;&#9733;&#9733;&#9733;&#9734;</p><p>"Great care. Wish insurance covered it &ndash; the six-infusion package is a lot, but their payment plan helped."</p><p>&ndash; Jen W.</p></div>
<div class="card"><p>&#9733;&#9733;&#9733;&#9733;&#9733;</p><p>"My CRPS pain is finally manageable after the 4-hour infusions. The team coordinated with my pain doctor."</p><p>&ndash; Anonymous</p></div>
</div>
<p><a href="https://maps.example/?cid=harborinfusion">Read all reviews on Google</a> &middot; <a href="/leave-a-review">Leave a review</a></p>
<section class="cta"><h2>Ready to talk?</h2><p>Free 15-minute phone consultation. Referral from your provider preferred but not required for a first visit; every patient has a medical evaluation with our anesthesiologist before treatment.</p><a href="/book" class="btn">Book now</a></section>
</main>
<footer>Harbor Infusion &amp; Wellness, LLC &middot; Medical Director: Paul Arsenault, MD &middot; Mon&ndash;Fri 8&ndash;6, Sat 9&ndash;1</footer>
""", noise="cookie")

p("h5325", "https://www.peakrenewalketamine.example/refer-a-friend", "clinic", False, "en",
  "clinic-refer-a-friend-credit", "Refer a Friend | Peak Renewal Ketamine Clinic – Boise", """
<nav><a href="/">Peak Renewal</a> <a href="/treatments">Treatments</a> <a href="/cost">Cost</a> <a href="/refer-a-friend">Refer a friend</a> <a href="/providers">For providers</a></nav>
<main>
<h1>Share what helped you</h1>
<p>Many of our patients first heard about us from someone they trust. If you know someone who is struggling, you can give them our card or send them this page.</p>
<h2>Patient referral credit</h2>
<p>When someone you refer completes their first infusion at our Boise clinic, you'll receive a $100 credit toward your next booster infusion. Just ask them to mention your name when they call (208) 555-0199.</p>
<h2>Provider referrals</h2>
<p>Therapists, psychiatrists and primary care providers can fax referrals to (208) 555-0190 or use our <a href="/providers/referral-form">secure referral form</a>. We send a consult note back within 48 hours of the first visit.</p>
<p class="small">Credits have no cash value. Credits are not offered for referrals from Medicare or Medicaid beneficiaries. Your friend's treatment depends on their own medical evaluation.</p>
</main>
<footer>Peak Renewal Ketamine Clinic &middot; 950 W Bannock St, Boise ID</footer>
""")

p("h5326", "https://www.cedarlaneketamine.example/blog/how-much-does-ketamine-infusion-cost", "clinic", False, "en",
  "clinic-blog-price-guide", "How Much Does Ketamine Infusion Therapy Cost in 2026? | Cedar Lane Ketamine Center", """
<header><a href="/">Cedar Lane Ketamine Center</a> <span>Raleigh, NC</span>
<nav><a href="/services">Services</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/book" class="btn">Book consult</a></nav></header>
<article>
<h1>How much does ketamine infusion therapy cost in 2026?</h1>
<p class="meta">Cedar Lane Clinical Team &middot; Nov 4, 2026</p>
<p>It's one of the first questions people ask us, and it's a fair one. Here's what you can expect to pay for ketamine therapy in North Carolina, how our prices compare and what insurance may cover.</p>
<h2>Our prices</h2>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Initial medical consultation</td><td>$150 (credited toward your first infusion)</td></tr>
<tr><td>Single IV infusion (depression, 40 min)</td><td>$475</td></tr>
<tr><td>Induction series, 6 infusions</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol infusion (up to 4 h)</td><td>$750&ndash;$950</td></tr>
<tr><td>Spravato session (billed to insurance)</td><td>copay varies</td></tr>
</table>
<h2>Why is it so expensive?</h2>
<p>Each infusion includes a dedicated room, continuous cardiac and oxygen monitoring, a registered nurse and an on-site clinician, plus recovery time. Generic ketamine itself is inexpensive; the cost is the monitoring.</p>
<h2>Watch out for "cheap ketamine" online</h2>
<p>You may see websites advertising ketamine for $80 a vial with no prescription. These are not pharmacies, and what they send is unregulated. If cost is a barrier, ask us about Spravato (often covered by insurance), CareCredit financing, or a referral to a reputable telehealth program.</p>
<h2>Does insurance cover it?</h2>
<p>IV ketamine for depression is usually self-pay, but we provide a superbill with CPT codes you can submit for out-of-network reimbursement. Some plans cover ketamine for pain.</p>
<p><a href="/book" class="btn">Book your consultation</a></p>
</article>
<footer>Cedar Lane Ketamine Center, PLLC &middot; 4100 Cedar Lane, Raleigh NC &middot; (919) 555-0123</footer>
""", noise="cookie")

p("h5327", "https://www.clinique-des-tilleuls.example/psychiatrie/esketamine-avis-faq", "clinic", False, "fr",
  "french-hospital-esketamine-avis-faq", "Eskétamine (Spravato) : questions fréquentes et avis de patients – Clinique des Tilleuls", """
<header><a href="/">Clinique des Tilleuls</a> <span>Établissement de santé privé &ndash; Lyon</span>
<nav><a href="/psychiatrie">Psychiatrie</a> <a href="/hospitalisation-de-jour">Hôpital de jour</a> <a href="/prendre-rdv">Prendre rendez-vous</a> <a href="/acces">Accès</a></nav></header>
<main>
<h1>Eskétamine en hôpital de jour : vos questions</h1>
<h3>Qui peut en bénéficier ?</h3>
<p>Les adultes souffrant d'une dépression résistante, adressés par leur psychiatre. Une consultation préalable avec l'un de nos psychiatres est obligatoire.</p>
<h3>Comment se déroule une séance ?</h3>
<p>Vous administrez vous-même le spray nasal sous la surveillance d'une infirmière. La tension artérielle est mesurée avant et après. Vous restez au moins deux heures en observation et ne devez pas conduire ensuite.</p>
<h3>Combien ça coûte ?</h3>
<p>Le traitement est pris en charge dans le cadre de l'hôpital de jour. Un dépassement d'honoraires peut s'appliquer selon votre mutuelle.</p>
<h3>Peut-on acheter l'eskétamine en pharmacie ou sur internet ?</h3>
<p>Non. L'eskétamine est réservée à l'usage hospitalier. Méfiez-vous des sites qui prétendent la vendre.</p>
<h2>Avis de patients</h2>
<p>Note moyenne 4,6/5 (142 avis recueillis après la sortie)</p>
<blockquote>« Équipe très à l'écoute, l'infirmière m'a rassurée pendant la dissociation. » &ndash; Claire, 52 ans</blockquote>
<blockquote>« Les premières semaines sont contraignantes (deux séances par semaine), mais ça valait la peine. » &ndash; Yann, 38 ans</blockquote>
<p><a class="btn" href="/prendre-rdv?service=esketamine">Prendre rendez-vous en ligne</a> &middot; Secrétariat : 04 00 00 00 00</p>
</main>
<footer>Clinique des Tilleuls &middot; Certifiée HAS &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5328", "https://www.centromenteserena.example/ketamina/recensioni-e-prezzi", "clinic", False, "it",
  "italian-clinic-recensioni-prezzi", "Terapia con ketamina: recensioni e prezzi | Centro Mente Serena Milano", """
<nav><a href="/">Centro Mente Serena</a> <a href="/ketamina">Ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipe">Équipe</a> <a href="/prenota">Prenota</a></nav>
<main>
<h1>Terapia con ketamina a Milano: recensioni e prezzi</h1>
<h2>Listino</h2>
<ul><li>Prima visita psichiatrica con ECG: 180 &euro;</li><li>Singola infusione endovenosa: 390 &euro;</li><li>Pacchetto 6 infusioni: 2.100 &euro; (promo fino al 31/12: 1.950 &euro;)</li><li>Seduta di esketamina intranasale: secondo prescrizione, in regime convenzionato ove previsto</li></ul>
<p>Le infusioni vengono eseguite in ambulatorio, con monitoraggio continuo da parte del medico anestesista e dell'infermiere.</p>
<h2>Recensioni</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Personale gentile, la dottoressa Ferri mi ha seguito passo passo." &ndash; Giulia, MioDottore</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Efficace ma costosa. Ho usato il pagamento in tre rate." &ndash; Luca, Google</p>
<p>Pagamento con bancomat, carta o bonifico; possibilità di pagamento rateale. <a href="whatsapp://send?phone=390200000000">Prenota su WhatsApp</a></p>
</main>
<footer>Centro Mente Serena S.r.l. &ndash; Direttore sanitario Dott. A. Colombo &ndash; Autorizzazione sanitaria Regione Lombardia</footer>
""")

p("h5329", "https://www.kliniekdeoever.example/ketamine-behandeling/ervaringen", "clinic", False, "nl",
  "dutch-clinic-ervaringen-faq", "Ervaringen met ketaminebehandeling | Kliniek De Oever", """
<header><a href="/">Kliniek De Oever</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ervaringen van patiënten</h1>
<p>Wij worden op ZorgKaart beoordeeld met een <b>8,7</b> (64 waarderingen).</p>
<p>"Na jaren van medicijnen proberen was dit de eerste keer dat ik verschil merkte. Fijn dat de psychiater bij elke sessie even langskwam." &ndash; vrouw, 45</p>
<p>"Wachttijd was lang, maar de begeleiding was goed." &ndash; man, 31</p>
<h2>Veelgestelde vragen</h2>
<p><b>Heb ik een verwijzing nodig?</b> Ja, van uw huisarts of psychiater.</p>
<p><b>Waar vindt de behandeling plaats?</b> Op onze dagbehandeling in Zwolle. U krijgt de ketamine per infuus of esketamine als neusspray, onder toezicht van een verpleegkundige. Na afloop mag u niet zelf rijden.</p>
<p><b>Wordt het vergoed?</b> Esketamine wordt in de meeste gevallen vergoed vanuit de basisverzekering. Voor ketamine-infusen krijgt u vooraf een offerte.</p>
<p><a class="btn" href="/aanmelden">Aanmelden</a></p>
</main>
<footer>Kliniek De Oever &middot; Zwolle &middot; AGB-code 00000000</footer>
""", noise="cookie-nl")

p("h5330", "https://www.brightsideinfusions.example/", "clinic", False, "en",
  "clinic-voted-best-promo-snippet", "Brightside Infusions – Austin Ketamine Clinic", """
Voted Best Ketamine Clinic in Austin 2025 by readers of the Austin Weekly Current. Book a free consultation at our South Lamar office and save $50 on your first IV infusion with code BRIGHT50 - every infusion is physician-supervised with continuous monitoring.
""", ext="txt")

p("h5331", "https://www.clinicaalborada.example/terapia-ketamina/opiniones", "clinic", False, "es",
  "spanish-clinic-opiniones", "Opiniones sobre la terapia con ketamina | Clínica Alborada Madrid", """
<header><a href="/">Clínica Alborada</a> <span>Psiquiatría y Psicología &middot; Madrid</span>
<nav><a href="/terapia-ketamina">Terapia con ketamina</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Opiniones de nuestros pacientes</h1>
<p>4,8 &#9733; en Doctoralia (97 opiniones)</p>
<p>"El Dr. Navarro me explicó muy bien el protocolo. Las sesiones se hacen en una sala tranquila con una enfermera al lado todo el rato." &ndash; M. R.</p>
<p>"Tras la terapia con ketamina y psicoterapia he vuelto a trabajar. Muy agradecida." &ndash; Paciente verificado</p>
<p>"Caro, pero el trato es excelente." &ndash; A. S.</p>
<h2>Preguntas frecuentes</h2>
<p><b>¿Cuánto cuesta?</b> Primera consulta psiquiátrica: 150 &euro;. Sesión de ketamina intramuscular con acompañamiento psicoterapéutico: 320 &euro;. Bono de 6 sesiones: 1.750 &euro;.</p>
<p><b>¿Puedo hacer el tratamiento en casa?</b> No. Todas las sesiones se realizan en la clínica bajo supervisión médica.</p>
<p><b>¿Cómo pido cita?</b> Por teléfono, por WhatsApp (+34 600 000 000) o desde nuestra web.</p>
<p><a class="btn" href="/cita">Pedir cita</a></p>
</main>
<footer>Clínica Alborada S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational

p("h5332", "https://www.metrodailyledger.example/investigations/2026/11/we-ordered-ketamine-online", "informational", False, "en",
  "newspaper-test-purchase-investigation", "We ordered ketamine from 6 websites. Here's what showed up. | Metro Daily Ledger", """
<header class="masthead"><a href="/">Metro Daily Ledger</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe $1/week</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>We ordered ketamine from 6 websites. Here's what showed up.</h1>
<p class="byline">By Alicia Moreno and Ben Whitcombe &middot; Nov. 23, 2026</p>
<p>Type "buy ketamine online" into a search engine and you'll find pages of results: glossy "top 10 vendors" lists, review sites with discount codes and storefronts promising "pharmaceutical grade, no prescription, discreet shipping."</p>
<p>Over three months, the Ledger placed orders with six of the most prominent sites, with guidance from a lawyer and under an arrangement to turn every package over to the state crime lab. We paid $1,140 in total, mostly in Bitcoin, because four of the six sites would not accept anything else.</p>
<h2>What arrived</h2>
<p>Two sites never shipped. One, which called itself KetaNova, sent a vial labelled as a well-known veterinary brand; lab testing found ketamine at about 60 percent of the stated strength. A site selling "esketamine nasal spray" sent a bottle containing saline and lidocaine. One powder order was 2-fluorodeschloroketamine, an analogue with almost no human safety data. Only one sample matched its label.</p>
<p>Several of the "review" sites that ranked these shops were registered on the same day by the same privacy service. Their "independent testing" sections were word-for-word identical.</p>
<blockquote>"These affiliate pages are the storefront's marketing department," said Dr. Nina Osei, a toxicologist at the state university. "The reviewer and the seller are often the same person."</blockquote>
<h2>The legal route</h2>
<p>Ketamine is legally available in the U.S. at infusion clinics, through Spravato at certified centres, and through telehealth providers who prescribe after an evaluation. Those options cost from about $300 to more than $4,000 for a course of treatment, a price that experts say pushes people toward the gray market.</p>
<p>The Ledger reported the sites to the FDA's BeSafeRx program and to the DEA. Two have since gone offline.</p>
<aside class="box"><h3>How we did this</h3><p>Packages were delivered to a newsroom P.O. box, photographed unopened and handed to the lab. No substances were consumed.</p></aside>
</article>
<section class="related"><h3>More from Investigations</h3><ul><li><a href="#">The pill mill next door</a></li><li><a href="#">Inside the "research chemical" trade</a></li></ul></section>
<footer>&copy; 2026 Metro Daily Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/tips">Send us a tip</a></footer>
""", noise="cookie")

p("h5333", "https://www.costcompass.example/health/ketamine-therapy-cost", "informational", False, "en",
  "consumer-cost-guide-legal-treatment", "Ketamine Therapy Cost 2026: Infusions vs. Spravato vs. At-Home | CostCompass", """
<nav><a href="/">CostCompass</a> <a href="/health">Health</a> <a href="/home">Home</a> <a href="/auto">Auto</a> <a href="/pets">Pets</a></nav>
<article>
<h1>How much does ketamine therapy cost?</h1>
<p>Reviewed by our medical editor &middot; Updated Dec. 1, 2026</p>
<div class="summary"><p><b>Typical cost:</b> $400&ndash;$800 per IV infusion; $2,400&ndash;$4,800 for an initial series of six. Spravato is usually covered by insurance with a $0&ndash;$150 copay per session. At-home programmes run $200&ndash;$400 a month.</p></div>
<table><tr><th>Option</th><th>Price range</th><th>Insurance</th><th>Where</th></tr>
<tr><td>IV ketamine infusion</td><td>$400&ndash;$800 / session</td><td>Rarely</td><td>Infusion clinic</td></tr>
<tr><td>IM ketamine / KAP</td><td>$250&ndash;$600 / session</td><td>Sometimes (therapy portion)</td><td>Psychiatry or KAP practice</td></tr>
<tr><td>Spravato (esketamine)</td><td>$590&ndash;$885 list per dose</td><td>Usually, with prior auth</td><td>REMS-certified centre</td></tr>
<tr><td>At-home prescribed lozenges</td><td>$200&ndash;$400 / month</td><td>No</td><td>Telehealth</td></tr>
</table>
<h2>Ways to save</h2>
<ul><li>Ask for package pricing; many clinics discount a six-session series.</li><li>Use HSA or FSA funds.</li><li>Request a superbill for out-of-network reimbursement.</li><li>Check manufacturer savings programs for Spravato.</li></ul>
<h2>What about buying ketamine online?</h2>
<p>Prices on websites that sell ketamine without a prescription can look tempting, sometimes under $100. Avoid them: you have no idea what you're getting, there's no medical monitoring, and buying a controlled substance without a prescription is illegal.</p>
<h2>Compare quotes from local clinics</h2>
<form><input placeholder="ZIP code"><button>Get prices</button></form>
<p class="small">CostCompass may receive a fee when you request quotes from listed providers.</p>
</article>
<footer>&copy; 2026 CostCompass &middot; Cost data from provider surveys and public price lists.</footer>
""")

p("h5334", "https://www.ketamineclinicfinder.example/best/denver-co", "informational", False, "en",
  "city-clinic-ranking-directory", "The 8 Best Ketamine Clinics in Denver, CO (2026) | KetamineClinicFinder", """
<header><a href="/">KetamineClinicFinder</a> <form><input placeholder="City or ZIP"><button>Search</button></form></header>
<main>
<h1>The 8 best ketamine clinics in Denver, CO</h1>
<p>We ranked 31 Denver-area providers on credentials, safety monitoring, patient reviews, transparency of pricing and availability. Clinics cannot pay to appear on this list. <a href="/methodology">Our methodology</a></p>
<ol class="ranked">
<li><h2>Front Range Ketamine Institute</h2><p>Anesthesiologist-led IV infusions and Spravato. Google 4.9 (410). From $495/infusion.</p><p><a href="/clinic/front-range-ketamine-institute">View profile</a> &middot; <a href="https://www.frontrangeketamine.example" rel="nofollow">Website</a></p></li>
<li><h2>Mile High Mind Clinic</h2><p>KAP with IM ketamine, psychiatrist and therapist in the room. From $425/session.</p><p><a href="/clinic/mile-high-mind">View profile</a></p></li>
<li><h2>Cherry Creek Spravato Center</h2><p>REMS-certified, most insurance. Copay varies.</p><p><a href="/clinic/cherry-creek-spravato">View profile</a></p></li>
<li><h2>Aurora Pain &amp; Infusion</h2><p>Chronic pain protocols, CRPS experience. From $800/infusion.</p></li>
<li><h2>Highlands Integrative Psychiatry</h2><p>Sublingual and IM options, integration groups.</p></li>
</ol>
<p><a href="?page=2">Show 3 more</a></p>
<div class="info"><h3>Why you won't see online ketamine shops here</h3><p>We only list licensed providers that evaluate patients before treatment. Sites selling ketamine without a prescription are not included, and we report them when readers flag them.</p></div>
</main>
<footer>KetamineClinicFinder is an independent directory. Listings are informational and not medical advice.</footer>
""", noise="cookie")

p("h5335", "https://www.verbraucherportal-gesundheit.example/ratgeber/gefaelschte-online-apotheken", "informational", False, "de",
  "german-consumer-protection-fake-pharmacies", "Gefälschte Online-Apotheken erkennen | Verbraucherportal Gesundheit", """
<header><a href="/">Verbraucherportal Gesundheit</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/warnungen">Aktuelle Warnungen</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<h1>Gefälschte Online-Apotheken erkennen &ndash; so schützen Sie sich</h1>
<p>Stand: November 2026</p>
<p>Immer mehr Websites bieten verschreibungspflichtige Medikamente ohne Rezept an, darunter Schlankheitsmittel, Potenzmittel und zunehmend auch Ketamin oder Esketamin-Nasenspray &bdquo;gegen Depressionen&ldquo;. Oft werden diese Shops über angebliche Testberichte, Vergleichsportale oder Influencer-Beiträge mit Gutscheincodes beworben.</p>
<h2>Warnsignale</h2>
<ul><li>Kein Rezept nötig oder nur ein kurzer Online-Fragebogen ohne Arztkontakt</li><li>Bezahlung nur per Kryptowährung, Gutscheinkarte oder Überweisung auf ein ausländisches Privatkonto</li><li>Bestellung per WhatsApp oder Telegram</li><li>&bdquo;Diskreter Versand&ldquo; und Versprechen, Sendungen bei Zollbeschlagnahme neu zu verschicken</li><li>Kein Impressum, keine Apothekenbetriebserlaubnis</li></ul>
<h2>Echte Versandapotheken prüfen</h2>
<p>Legale Versandapotheken in der EU tragen das gemeinsame EU-Sicherheitslogo. Ein Klick darauf führt zum Eintrag im offiziellen Versandhandelsregister. Ketamin und Esketamin werden von seriösen Versandapotheken nicht an Privatpersonen verschickt; Esketamin wird nur unter ärztlicher Aufsicht angewendet.</p>
<h2>Was tun, wenn Sie bereits bestellt haben?</h2>
<p>Nehmen Sie das Produkt nicht ein. Wenden Sie sich an Ihre Bank, sichern Sie Belege und erstatten Sie Anzeige. Unsere Beratungsstelle hilft Ihnen kostenlos: 0800 000 000.</p>
</main>
<footer>Verbraucherportal Gesundheit e.V. &middot; gefördert aus öffentlichen Mitteln &middot; Impressum</footer>
""", noise="cookie-de")

p("h5336", "https://forum.treatmentresistant.example/t/psa-ketamine-shops-are-scams/4412", "informational", False, "en",
  "patient-forum-psa-scam-shops", "PSA: those 'ketamine shop' review sites are scams - Treatment Resistant Forum", """
<div class="forum-header"><a href="/">Treatment Resistant Forum</a> &rsaquo; <a href="/c/ketamine-esketamine">Ketamine &amp; Esketamine</a> <span class="right"><a href="/login">Log in</a> <a href="/signup">Sign up</a></span></div>
<h1>PSA: those "ketamine shop" review sites are scams</h1>
<div class="post"><p class="author"><b>lowtide_mara</b> &middot; 12 Nov</p>
<p>Posting this because I wish someone had told me. I found a site called something like "best places to buy ketamine online" that had a big comparison table and a 10% code. Ordered from the top pick (ketanova-something), paid $310 in bitcoin. Tracking number never worked. When I emailed, they said customs seized it and I had to pay a $150 "reship fee". Of course nothing came.</p>
<p>Mods, please don't delete, I'm not linking anything.</p></div>
<div class="post"><p class="author"><b>Ferdinand_R</b> &middot; 12 Nov</p><p>Same thing happened to my brother with a "we tested 5 shops" blog. The coupon code pages are all run by the sellers. Sorry Mara.</p></div>
<div class="post"><p class="author"><b>dr_quiet (moderator)</b> &middot; 13 Nov</p><p>Thanks for posting. Reminder of forum rule 4: no sourcing, no vendor names, no codes. If you can't afford a clinic, see our pinned thread on Spravato insurance appeals and the list of telehealth programs that do a real psychiatric evaluation. And please report the site to your country's medicines regulator.</p></div>
<div class="post"><p class="author"><b>lowtide_mara</b> &middot; 13 Nov</p><p>Reported. Also did the Spravato appeal, got approved on the second try. First session is Friday.</p></div>
<div class="reply"><button>Reply</button> 27 replies &middot; 1.4k views</div>
""")

p("h5337", "https://www.lequotidiendelouest.example/enquete/2026/10/ketamine-commande-en-ligne", "informational", False, "fr",
  "french-newspaper-investigation", "Enquête : nous avons commandé de la kétamine sur internet | Le Quotidien de l'Ouest", """
<header><a href="/">Le Quotidien de l'Ouest</a> <nav><a href="/actu">Actu</a> <a href="/enquete">Enquêtes</a> <a href="/sante">Santé</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<p class="rubrique">ENQUÊTE</p>
<h1>Kétamine « sans ordonnance » : nous avons commandé sur trois sites, voici ce que nous avons reçu</h1>
<p class="auteur">Par Sophie Le Gall &middot; publié le 18 octobre 2026</p>
<p>Des « guides d'achat », des FAQ rassurantes, des codes promo : sur internet, il suffit de quelques clics pour tomber sur des pages vantant des pharmacies en ligne qui livreraient de la kétamine partout en France, « en colis neutre ». Nous avons voulu vérifier.</p>
<p>Avec l'accord de notre direction et en lien avec un avocat, nous avons passé trois commandes, pour un total de 310 euros, réglées en bitcoins et par virement vers un compte en Lituanie. Un seul colis est arrivé : un flacon sans notice, dont l'analyse par un laboratoire universitaire a révélé une concentration deux fois plus faible que celle annoncée.</p>
<p>« Ces sites de FAQ ou de comparatifs sont de simples rabatteurs », explique un enquêteur de l'office central chargé des atteintes à la santé publique. Les deux autres sites ont disparu dans les semaines suivantes.</p>
<h2>Ce que disent les soignants</h2>
<p>Au CHU, le Dr Hervé Marchand rappelle que l'eskétamine est prescrite à l'hôpital, après évaluation, et administrée sous surveillance. « La dissociation et la hausse de tension sont réelles. Se traiter seul chez soi avec un produit d'origine inconnue, c'est prendre un risque sérieux. »</p>
<p>Les colis ont été remis aux autorités. Aucun produit n'a été consommé.</p>
</article>
<footer>&copy; Le Quotidien de l'Ouest 2026</footer>
""", noise="cookie-fr")

p("h5338", "https://www.defesadoconsumidor-rs.example/alertas/farmacias-falsas-cetamina", "informational", False, "pt",
  "brazilian-consumer-agency-alert", "Alerta: sites falsos vendem cetamina sem receita | Defesa do Consumidor RS", """
<header><a href="/">Defesa do Consumidor RS</a> <nav><a href="/alertas">Alertas</a> <a href="/reclamacao">Registrar reclamação</a> <a href="/orientacoes">Orientações</a></nav></header>
<main>
<h1>Alerta: sites e perfis falsos vendem cetamina sem receita</h1>
<p>Publicado em 05/11/2026</p>
<p>O órgão recebeu 37 reclamações nos últimos dois meses de consumidores que pagaram via Pix por "cetamina para depressão" anunciada em blogs de avaliação, vídeos com cupons de desconto e perfis que atendem pelo WhatsApp. Na maioria dos casos o produto não foi entregue.</p>
<h2>Como se proteger</h2>
<ul><li>Cetamina e escetamina são medicamentos controlados e só podem ser usados com prescrição e acompanhamento médico.</li><li>Desconfie de "rankings das melhores lojas" e de cupons oferecidos por influenciadores.</li><li>Farmácias legais exibem CNPJ, responsável técnico e autorização da vigilância sanitária.</li></ul>
<h2>Já pagou?</h2>
<p>Entre em contato com seu banco para solicitar a devolução pelo Mecanismo Especial de Devolução do Pix, registre boletim de ocorrência e <a href="/reclamacao">registre sua reclamação</a> aqui.</p>
</main>
<footer>Governo do Estado &middot; Defesa do Consumidor RS</footer>
""", noise="cookie-pt")

p("h5339", "https://www.gazzettadelnordest.example/cronaca/2026/11/oscurati-siti-ketamina", "informational", False, "it",
  "italian-news-snippet", "Oscurati 14 siti che vendevano ketamina senza ricetta - Gazzetta del Nord-Est", """
Oscurati 14 siti che vendevano ketamina senza ricetta: secondo la Guardia di Finanza i negozi venivano pubblicizzati tramite finti blog di recensioni e classifiche dei "migliori negozi online" con codici sconto, e i pagamenti avvenivano in criptovaluta. Due persone indagate a Padova.
""", ext="txt")

p("h5340", "https://www.siteverdict.example/check/ketamedsexpress.example", "informational", False, "en",
  "scam-checker-report", "Is ketamedsexpress.example legit or a scam? Trust score 6/100 | SiteVerdict", """
<header><a href="/">SiteVerdict</a> <form><input value="ketamedsexpress.example"><button>Check site</button></form></header>
<main>
<h1>ketamedsexpress.example review: legit or scam?</h1>
<div class="score"><span class="big red">6</span>/100 &ndash; Very likely a scam</div>
<h2>What the site claims</h2>
<p>The homepage title reads "Buy Ketamine Online Without Prescription &ndash; Fast Worldwide Delivery". It lists ketamine vials, powder and nasal spray, and says it accepts Bitcoin and Western Union.</p>
<h2>Why it scored low</h2>
<ul><li>Domain registered 41 days ago, owner hidden</li><li>Sells a controlled medicine without prescription</li><li>Accepts only irreversible payment methods</li><li>Hosted on a server shared with 212 other pharmacy-themed sites</li><li>"Reviews" on the site are copied from other stores</li><li>Linked from several "best vendor" blogs that were created in the same week</li></ul>
<h2>User reports (9)</h2>
<p>&#9733;&#9734;&#9734;&#9734;&#9734; "Paid $240 BTC, got a tracking number that doesn't exist." &ndash; Kev</p>
<p>&#9733;&#9734;&#9734;&#9734;&#9734; "Asked for more money for 'customs insurance'." &ndash; anon</p>
<p class="small">Our score is an automated estimate. Always do your own research. If you have been scammed, contact your bank and report the site to the authorities.</p>
</main>
<footer>&copy; SiteVerdict &middot; <a href="/how-we-score">How we score</a></footer>
""")

save(OUT, R)
