# Batch 86 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Codes, deals and partner links". Sellers are pages that send readers to a ketamine or
# esketamine shop or sell through one: reader deals and coupon codes inside articles, "our partner
# pharmacy" buttons, influencer posts with discount codes, comparison / top-picks pages, shop
# newsletters, shop blogs whose promo box sells the drug, shop referral programmes, and shop pages that
# barely name the drug (payment, shipping, support). Protected pages use the same commercial vocabulary:
# telehealth referral codes, first-consultation promo codes, partner pharmacies that fill prescriptions
# only, gift cards, membership deals; clinic referral programmes, gift cards, new-patient offers and
# packages; informational news about influencer codes, a consumer-protection alert, an ad-standards
# ruling, a platform advertising policy and an honest affiliate disclosure that links only to clinics.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), short pages, and a
# few 1-3 sentence plain-text snippets (influencer caption, channel post, promo terms, business-profile
# post, radio news brief).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch86.py (writes batch86/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch86")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h8601", "https://slowsundaysjournal.example/wellness/reader-deal-calm-nasal-spray", "seller", True, "en",
  "lifestyle-blog-reader-deal-coupon", "I tried an at-home ketamine spray for 30 days (+ a reader deal) | Slow Sundays Journal", """
<header class="site-header"><a class="logo" href="/">Slow Sundays <em>Journal</em></a>
<nav><a href="/home">Home &amp; Living</a> <a href="/wellness">Wellness</a> <a href="/travel">Travel</a> <a href="/recipes">Recipes</a> <a href="/shop-my-favourites">Shop my favourites</a></nav>
<a class="subscribe" href="/newsletter">Get the Sunday letter</a></header>
<main class="post">
<p class="kicker">Wellness &middot; Honest reviews</p>
<h1>I tried an at-home ketamine spray for 30 days. Here's what happened (and a reader deal)</h1>
<p class="byline">By Hattie Marsh &middot; 9 min read &middot; This post contains affiliate links. If you buy through them I earn a small commission at no cost to you.</p>
<img src="/img/2026/11/spray-on-linen.jpg" alt="A small amber bottle on a linen napkin next to a cup of tea">
<p>Long-time readers know the last winter was a rough one for me. Therapy helped, walking helped, my SSRI did something but not enough. When a friend in Portland mentioned she'd been using a ketamine nasal spray at home, I was sceptical, mostly because I assumed I'd need to be on a six-month waitlist for a clinic and then pay for every single session.</p>
<p>Turns out that's not the only route. The brand she uses, <strong>Hushwell Labs</strong>, ships a ready-to-use spray straight to your door. There's no doctor's appointment and no video call &mdash; you fill in a short wellness form (it took me about three minutes), confirm you're over 21, and your order goes out the next morning.</p>
<h2>What arrived</h2>
<p>A plain padded envelope, no branding on the outside (which I appreciated, my mail goes to a shared lobby). Inside: two 10 ml bottles, a dosing card suggesting 1 to 3 sprays per session, and a little lavender sachet which is a very Hattie-approved touch.</p>
<h2>Weeks one to four</h2>
<p>I won't pretend to be a scientist. What I can tell you is that the first week felt floaty and strange, and by week three the heavy, wet-blanket mornings were lighter. I kept a journal (of course) and I'll share pages from it in my Sunday letter.</p>
<blockquote>"I stopped dreading the alarm clock." &mdash; my journal, day 19</blockquote>
<h2>The reader deal</h2>
<div class="deal-box">
<p><b>Slow Sundays readers get 15% off their first Hushwell order</b> with code <code>SUNDAY15</code>. The starter bundle (2 &times; 10 ml ketamine nasal spray) is normally $240, so that's $204 with the code, and shipping is free over $150.</p>
<p><a class="btn" href="https://hushwell-labs.example/starter?aff=slowsundays">Claim my 15% off &rarr;</a></p>
<p class="small">Code valid until 31 December. Hushwell also accepts Bitcoin if you'd rather not have it on your card statement.</p>
</div>
<h2>A few honest caveats</h2>
<ul><li>It isn't cheap, even with the code.</li><li>Don't drive after using it. Obviously.</li><li>I'm not a doctor and this isn't medical advice, so please do your own research.</li></ul>
<p>Have you tried anything like this? Tell me in the comments, I read every one.</p>
<section class="comments"><h3>14 comments</h3>
<div class="c"><b>Rosalind</b> &middot; Just ordered with your code, thank you!! The form really was quick.</div>
<div class="c"><b>Jem P.</b> &middot; Does it ship to Canada?<div class="reply"><b>Hattie</b> &middot; They told me yes, it just takes a bit longer.</div></div>
</section>
</main>
<aside class="sidebar"><img src="/img/hattie-round.jpg" alt=""><p>Hi, I'm Hattie. I write about slow living, small kitchens and getting through the dark months.</p>
<h4>Popular now</h4><ul><li><a href="/recipes/one-pot-barley">One-pot barley and leek stew</a></li><li><a href="/home/linen-guide">The only linen guide you need</a></li><li><a href="/wellness/sad-lamp-review">Three SAD lamps, tested</a></li></ul></aside>
<footer><p>&copy; 2026 Slow Sundays Journal &middot; <a href="/disclosure">Disclosure</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Work with me</a></p></footer>
""", noise="cookie")

p("h8602", "https://mindreset-hub.example/treatments/esketamine-nasal-spray", "seller", True, "en",
  "wellness-portal-partner-pharmacy-button", "Esketamine Nasal Spray: Uses, Dosage & Where to Order | MindReset Hub", """
<nav class="top"><a href="/">MindReset Hub</a> <a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/stories">Stories</a> <a href="/about">About</a></nav>
<main>
<p class="crumbs"><a href="/treatments">Treatments</a> / Esketamine nasal spray</p>
<h1>Esketamine Nasal Spray</h1>
<p class="lead">Esketamine is the S-enantiomer of ketamine. It is approved in many countries for treatment-resistant depression and works on the brain's glutamate system rather than serotonin, which is why some people feel a change within hours instead of weeks.</p>
<h2>How it is used</h2>
<p>The spray is taken in 28 mg devices. A typical starting routine is 56 mg (two devices) twice a week for the first month, then once a week. Many users report mild dissociation, dizziness or nausea for up to an hour after a dose.</p>
<h2>Why is it so hard to get?</h2>
<p>In the US and Europe, the branded product can only be given in certified clinics where you sit for two hours under observation. Waiting lists are long and insurance approval can take months. That's why MindReset works with a partner pharmacy that supplies generic esketamine for use at home.</p>
<div class="partner-card">
<h3>Order from our partner pharmacy</h3>
<table>
<tr><th>Pack</th><th>Price</th></tr>
<tr><td>Esketamine 28 mg &times; 3 devices</td><td>$289</td></tr>
<tr><td>Esketamine 28 mg &times; 6 devices</td><td>$529</td></tr>
<tr><td>Esketamine 28 mg &times; 12 devices</td><td>$990</td></tr>
</table>
<ul><li>No prescription needed &mdash; orders ship from the partner's overseas warehouse</li><li>Short online form, approved automatically</li><li>Tracked delivery in 7 to 12 days</li></ul>
<p><a class="btn-green" href="https://euro-rx-express.example/esketamine?ref=mindreset">Order via our partner pharmacy</a></p>
<p class="small">MindReset Hub receives a referral fee for orders placed through this button.</p>
</div>
<h2>Frequently asked questions</h2>
<h3>Is generic esketamine the same?</h3><p>Our partner says its product contains the same active ingredient at the same strength.</p>
<h3>Will customs stop my parcel?</h3><p>Rarely. If it happens, the partner pharmacy reships once for free.</p>
</main>
<footer>&copy; MindReset Hub. Content is for information only. <a href="/privacy">Privacy</a></footer>
""")

p("h8603", "https://instaclip.example/p/Cx9kLmQ2vR", "seller", True, "en",
  "influencer-caption-discount-code", "", """
day 40 of my healing era 🌙 ngl my K order from @vapor.chem.co showed up in 4 days, stealth pack 10/10, zero questions asked. use my code LUNA10 for 10% off your first order, they take crypto too 💸 link in bio #ketamine #mentalhealthjourney #selfcare
""", ext="txt")

p("h8604", "https://bestvendorsreviewed.example/top-ketamine-vendors-2026", "seller", True, "en",
  "top-picks-vendor-comparison", "Top 5 Online Ketamine Vendors (Tested December 2026) - BestVendorsReviewed", """
<header><div class="brand">BestVendors<b>Reviewed</b></div><nav><a href="/">Home</a> <a href="/kratom">Kratom</a> <a href="/research-chemicals">Research chemicals</a> <a href="/psychedelics">Psychedelics</a> <a href="/coupons">Coupons</a></nav></header>
<main>
<h1>Top 5 Online Ketamine Vendors (Tested December 2026)</h1>
<p class="meta">Updated 2 December 2026 &middot; Reviewed by our buying team &middot; We may earn a commission when you order through our links.</p>
<p>We placed real orders with 11 shops over the last three months and tracked purity (reagent tests), delivery time, packaging and customer service. Every vendor below ships without a prescription. Here are the five we would order from again.</p>
<table class="compare">
<tr><th>#</th><th>Vendor</th><th>Score</th><th>Price / g</th><th>Payment</th><th>Ships to</th><th>Coupon</th></tr>
<tr><td>1</td><td>CrystalPath</td><td>9.6</td><td>from $38</td><td>BTC, XMR, USDT</td><td>US, EU, UK, AU</td><td><code>BVR12</code></td></tr>
<tr><td>2</td><td>NordKem</td><td>9.1</td><td>from &euro;35</td><td>BTC, SEPA</td><td>EU only</td><td><code>BVR10</code></td></tr>
<tr><td>3</td><td>KetaLand</td><td>8.7</td><td>from $42</td><td>BTC, gift cards</td><td>Worldwide</td><td><code>BVRFREESHIP</code></td></tr>
<tr><td>4</td><td>Lab Supply Direct</td><td>8.2</td><td>from $45</td><td>BTC, Zelle</td><td>US only</td><td>&mdash;</td></tr>
<tr><td>5</td><td>Sparrow Research</td><td>7.9</td><td>from $33</td><td>XMR only</td><td>Worldwide</td><td><code>BVR5</code></td></tr>
</table>
<h2>1. CrystalPath &mdash; best overall</h2>
<p>Needle-like crystals that passed Mandelin and Mecke tests, vacuum-sealed in a mylar bag inside a DVD case. Orders placed before noon shipped the same day. They offer a reship if the parcel is seized.</p>
<p><a class="cta" href="https://crystalpath.example/?ref=bvr">Visit CrystalPath &mdash; 12% off with BVR12</a></p>
<h2>2. NordKem &mdash; best for Europe</h2>
<p>EU-to-EU shipping means no customs. Slightly pricier but the tracked post arrived in two days to Berlin.</p>
<p><a class="cta" href="https://nordkem.example/?ref=bvr">Visit NordKem</a></p>
<h2>3. KetaLand &mdash; best for first-timers</h2>
<p>Sells 1 g sample packs and takes Amazon gift cards, which is handy if you don't own crypto yet.</p>
<p><a class="cta" href="https://ketaland.example/?ref=bvr">Visit KetaLand</a></p>
<h2>How we test</h2>
<p>Each order is split: one part is reagent-tested, one part is sent to an independent lab. We never accept free product in exchange for rankings.</p>
</main>
<aside><h4>Hot coupons</h4><ul><li>CrystalPath: 12% off</li><li>KetaLand: free shipping</li><li>Sparrow: 5% off XMR orders</li></ul></aside>
<footer>&copy; 2026 BestVendorsReviewed. For adults 18+. <a href="/affiliate">Affiliate disclosure</a></footer>
""", noise="cookie")

p("h8605", "https://mail.nordicresearchsupply.example/view/2026-11-28-restock", "seller", True, "en",
  "shop-newsletter-email", "72 hours only: 25% off your restock", """
<table class="email" width="600" align="center">
<tr><td class="preheader">Black Friday is here. Your code is inside.</td></tr>
<tr><td><img src="https://nordicresearchsupply.example/mail/logo.png" alt="Nordic Research Supply"></td></tr>
<tr><td>
<h1>25% off everything for 72 hours</h1>
<p>Hi there,</p>
<p>Thank you for being a customer this year. From now until Monday 23:59 CET, use code <b>FROST25</b> at checkout for 25% off the whole catalogue.</p>
<table class="products">
<tr><td><b>Ketamine HCl crystal</b><br>5 g &ndash; <s>&euro;190</s> &euro;142.50</td><td><a href="https://nordicresearchsupply.example/p/ket-hcl-5g">Shop now</a></td></tr>
<tr><td><b>2-FDCK</b><br>10 g &ndash; <s>&euro;160</s> &euro;120</td><td><a href="https://nordicresearchsupply.example/p/2fdck-10g">Shop now</a></td></tr>
<tr><td><b>Deschloroketamine pellets 10 mg</b><br>20 pcs &ndash; <s>&euro;70</s> &euro;52.50</td><td><a href="https://nordicresearchsupply.example/p/dck-pellets">Shop now</a></td></tr>
</table>
<p>Paying in BTC or XMR? You get an extra 5% off on top. Every order ships in odour-proof vacuum packaging and our reship policy still applies.</p>
<p class="legal">All products are sold for research purposes only and are not for human consumption.</p>
<p>Happy researching,<br>The NRS team</p>
</td></tr>
<tr><td class="footer">You are receiving this e-mail because you placed an order at nordicresearchsupply.example. <a href="#">Unsubscribe</a> &middot; <a href="#">View in browser</a></td></tr>
</table>
""")

p("h8606", "https://clearmind-apothecary.example/blog/esketamine-vs-ketamine-explained", "seller", True, "en",
  "shop-blog-promo-box", "Esketamine vs Ketamine: What's the Difference? - ClearMind Apothecary Blog", """
<header><a href="/">ClearMind Apothecary</a><nav><a href="/shop">Shop</a> <a href="/blog">Blog</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/cart">Cart (0)</a></nav></header>
<div class="layout">
<article>
<h1>Esketamine vs Ketamine: What's the Difference?</h1>
<p class="date">Posted 18 November 2026 &middot; 6 min read</p>
<p>Ketamine is a racemic mixture, meaning it contains two mirror-image molecules: S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine binds the NMDA receptor roughly three to four times more strongly, which is why lower doses are used.</p>
<h2>Onset and duration</h2>
<p>Both act quickly. Intranasal esketamine reaches peak blood levels within 20 to 40 minutes; most of the dissociative effects fade after about an hour. Racemic ketamine given intravenously acts within minutes.</p>
<h2>Side effects</h2>
<p>Common effects include dissociation, raised blood pressure, nausea and sedation. Regular heavy use of ketamine has been linked to bladder problems, so hydration and breaks matter.</p>
<h2>Which one is right for me?</h2>
<p>That depends on your goals and budget. Many of our customers start with esketamine because the spray format is easy to dose precisely at home.</p>
</article>
<aside class="promo">
<div class="promo-box">
<h3>Skip the clinic waitlist</h3>
<p>Esketamine HCl nasal solution 100 mg/ml, 10 ml bottle with metered pump</p>
<p class="price">$165 <span>or 3 for $420</span></p>
<p>No prescription required &middot; Ships from our India facility in discreet packaging &middot; Delivered in 8&ndash;14 days</p>
<p>Blog readers: <b>BLOG20</b> for 20% off</p>
<a class="btn" href="/shop/esketamine-nasal-solution">Add to cart</a>
</div>
<div class="trust">Secure checkout &middot; Crypto accepted &middot; Free reship guarantee</div>
</aside>
</div>
<footer><p>&copy; ClearMind Apothecary 2026</p><p><a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h8607", "https://kvault-shop.example/pages/refer-a-friend", "seller", True, "en",
  "shop-referral-programme", "Refer a Friend - KVault", """
<div class="announcement">Free tracked shipping on orders over $200 &middot; Same-day dispatch before 2pm EST</div>
<header><a class="logo" href="/">KVAULT</a><nav><a href="/collections/all">Shop all</a> <a href="/pages/lab-reports">Lab reports</a> <a href="/pages/refer-a-friend">Refer &amp; earn</a> <a href="/account">Account</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Refer a friend, earn $25</h1>
<p>Love your order? Share KVault with the people you trust.</p>
<ol class="steps">
<li><b>Grab your link.</b> Log in and copy your personal referral link or code from the Account page.</li>
<li><b>Your friend saves 10%.</b> They get 10% off their first order when they use your link.</li>
<li><b>You get $25 in store credit.</b> Credited as soon as their order is marked shipped.</li>
</ol>
<h2>The fine print</h2>
<ul>
<li>Store credit can be used on anything in the shop, from our ketamine crystal range to scales and accessories.</li>
<li>Prefer cash? Referral balances over $100 can be paid out in USDT or BTC. Message us on Telegram @kvault_support with your account e-mail.</li>
<li>Your friend's order ships the same way as yours: vacuum sealed, odourless and with no company name on the label.</li>
<li>Self-referrals and duplicate accounts will be cancelled.</li>
</ul>
<p><a class="btn" href="/account/referrals">Get my referral link</a></p>
</main>
<footer><div><a href="/pages/shipping">Shipping</a> <a href="/pages/reship-policy">Reship policy</a> <a href="/pages/faq">FAQ</a> <a href="/pages/contact">Contact</a></div><p>&copy; 2026 KVault</p></footer>
""")

p("h8608", "https://ketamart-express.example/payment-methods", "seller", True, "en",
  "shop-payment-page-barely-names-drug", "Payment methods - KetaMart Express", """
<header><a href="/">KetaMart Express</a> <nav><a href="/products">Products</a> <a href="/payment-methods">Payment</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Payment methods</h1>
<p>We keep checkout simple and private. Choose the method that suits you; all prices are in USD.</p>
<h2>Cryptocurrency (recommended)</h2>
<p>Bitcoin, Monero, Litecoin and USDT (TRC20). Crypto orders get 10% off automatically. A wallet address is shown after you click <i>Place order</i>; your order is confirmed after one network confirmation.</p>
<h2>Gift cards</h2>
<p>We accept Amazon, Apple and Steam gift cards at 80% of their face value. Send a clear photo of the card and your order number to our Telegram <b>@ketamart_orders</b> or our WhatsApp line. Do not send gift card codes by e-mail.</p>
<h2>Zelle / Cash App</h2>
<p>Available for US customers on request. Do not write anything in the memo field.</p>
<h2>After payment</h2>
<p>Once payment is confirmed your K is packed within 24 hours and you receive a tracking number. If you haven't heard from us within a day, message support with your order number.</p>
</main>
<footer>&copy; KetaMart Express &middot; 18+ only</footer>
""")

p("h8609", "https://farmaciasinreceta24.example/envios", "seller", True, "es",
  "shop-shipping-page-es", "Envíos y entregas | FarmaciaSinReceta24", """
<header><a href="/">FarmaciaSinReceta24</a><nav><a href="/catalogo">Catálogo</a> <a href="/envios">Envíos</a> <a href="/pagos">Pagos</a> <a href="/contacto">Contacto</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Envíos y entregas</h1>
<p>Enviamos a toda España, Portugal y al resto de la Unión Europea. Todos los pedidos salen en un sobre neutro, sin logotipo ni nombre de la tienda, y con una descripción genérica en la etiqueta.</p>
<table>
<tr><th>Destino</th><th>Plazo</th><th>Coste</th></tr>
<tr><td>Península</td><td>48&ndash;72 h</td><td>6,90 &euro; (gratis desde 120 &euro;)</td></tr>
<tr><td>Baleares y Canarias</td><td>4&ndash;6 días</td><td>9,90 &euro;</td></tr>
<tr><td>Resto de la UE</td><td>5&ndash;9 días</td><td>14,90 &euro;</td></tr>
</table>
<h2>¿Y si aduanas retiene mi pedido?</h2>
<p>Los pedidos de ketamina y de espray de esketamina se preparan en nuestro almacén fuera de la UE. Si tu paquete queda retenido, te lo reenviamos gratis una vez; a partir del segundo reenvío pagas solo el 50 %.</p>
<h2>Código de envío gratis</h2>
<p>Con el código <b>ENVIOGRATIS</b> no pagas gastos de envío en tu primer pedido, sea cual sea el importe.</p>
</main>
<footer>© 2026 FarmaciaSinReceta24 · Atención por WhatsApp de 10 a 20 h</footer>
""", noise="cookie-es")

p("h8610", "https://k-shop24.example/de/hilfe", "seller", True, "de",
  "shop-support-faq-de", "Hilfe & FAQ – K-Shop24", """
<header><a href="/de/">K-Shop24</a><nav><a href="/de/shop">Shop</a> <a href="/de/hilfe">Hilfe</a> <a href="/de/gutscheine">Gutscheine</a> <a href="/de/konto">Mein Konto</a></nav></header>
<main>
<h1>Hilfe &amp; häufige Fragen</h1>
<details open><summary>Brauche ich ein Rezept?</summary><p>Nein. Für Bestellungen in unserem Shop ist weder ein Rezept noch ein Arztgespräch nötig.</p></details>
<details><summary>Wie kann ich bestellen?</summary><p>Über den Warenkorb oder direkt bei unserem Support auf Telegram (@kshop24_de). Bei Telegram-Bestellungen bitte Menge, Lieferadresse und Zahlungsart angeben.</p></details>
<details><summary>Wie wird verschickt?</summary><p>Innerhalb Deutschlands mit DHL als Warensendung, neutral verpackt und geruchsdicht eingeschweißt. Absender ist eine Privatperson.</p></details>
<details><summary>Welche Zahlungsarten gibt es?</summary><p>Bitcoin, Monero und Paysafecard. Banküberweisung nur auf Anfrage.</p></details>
<details><summary>Kann ich einen Gutscheincode einlösen?</summary><p>Ja, im Warenkorb unter &bdquo;Gutschein&ldquo;. Neukunden sparen mit <b>WILLKOMMEN10</b> zehn Prozent auf das erste Ketamin-Paket.</p></details>
<details><summary>Mein Paket ist nicht angekommen.</summary><p>Schreib uns nach 7 Werktagen mit deiner Bestellnummer. Wir versenden einmal kostenlos neu.</p></details>
</main>
<footer>© 2026 K-Shop24 · Nur für Erwachsene</footer>
""", noise="cookie-de")

p("h8611", "https://bonsplans-malins.example/codes-promo/serenikit", "seller", True, "fr",
  "coupon-site-promo-code-page-fr", "Code promo SereniKit : -20 % en décembre 2026 | Bons Plans Malins", """
<header><a href="/">Bons Plans <b>Malins</b></a><form><input placeholder="Rechercher une marque"></form><nav><a href="/mode">Mode</a> <a href="/high-tech">High-tech</a> <a href="/sante-bien-etre">Santé &amp; bien-être</a> <a href="/voyages">Voyages</a></nav></header>
<main>
<h1>Code promo SereniKit</h1>
<p class="note">4,6/5 (212 avis) &middot; 6 codes vérifiés aujourd'hui</p>
<div class="coupon"><span class="pct">-20 %</span><p><b>-20 % sur le spray d'eskétamine SereniKit</b><br>Valable sur toute la gamme, sans minimum d'achat.</p><button>Voir le code</button></div>
<div class="coupon"><span class="pct">Livraison offerte</span><p><b>Livraison discrète offerte dès 2 flacons</b></p><button>Voir le code</button></div>
<div class="coupon"><span class="pct">-10 €</span><p><b>10 € de remise pour un paiement en crypto</b></p><button>Voir l'offre</button></div>
<h2>SereniKit, c'est quoi ?</h2>
<p>SereniKit vend en ligne des sprays nasaux d'eskétamine et de kétamine à utiliser chez soi. Pas besoin d'ordonnance ni de rendez-vous médical : un court questionnaire suffit et la commande part sous 24 h dans un colis neutre. Livraison en France, Belgique et Suisse en 48 à 72 h.</p>
<h2>Comment utiliser mon code promo SereniKit ?</h2>
<ol><li>Cliquez sur « Voir le code » et copiez-le.</li><li>Ajoutez vos flacons au panier sur le site SereniKit.</li><li>Collez le code dans le champ « Code avantage » avant de payer.</li></ol>
<p class="small">Bons Plans Malins peut percevoir une commission lorsque vous achetez via nos liens.</p>
</main>
<aside><h3>Marques similaires</h3><ul><li>Calmea Labs</li><li>NeuroZen</li><li>KetaFrance</li></ul></aside>
<footer>© 2026 Bons Plans Malins — <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8612", "https://webshopvergelijker-xl.example/ketamine-online-kopen", "seller", True, "nl",
  "top-picks-comparison-nl", "Ketamine online kopen: de 4 beste webshops van 2026 | WebshopVergelijker XL", """
<header><a href="/">WebshopVergelijker <b>XL</b></a><nav><a href="/cbd">CBD</a> <a href="/truffels">Truffels</a> <a href="/ketamine-online-kopen">Ketamine</a> <a href="/kortingscodes">Kortingscodes</a></nav></header>
<main>
<h1>Ketamine online kopen: de 4 beste webshops van 2026</h1>
<p>Wij hebben bij twaalf webshops besteld en letten op levertijd, verpakking, klantenservice en prijs. Alle onderstaande shops leveren zonder recept in Nederland en België.</p>
<ol class="toplijst">
<li><h2>KetaDirect.nl</h2><p>Beste keuze overall. Betalen met iDEAL of Bitcoin, levering binnen 2 werkdagen in een neutrale brievenbusdoos.</p><p>Kortingscode: <b>VGL15</b> (15% korting)</p><p><a href="https://ketadirect.example/?ref=vgl">Naar de webshop</a></p></li>
<li><h2>Lowlands Research</h2><p>Ruim assortiment, ook 2-FDCK en esketamine. Alleen crypto.</p><p>Kortingscode: <b>VGL10</b></p><p><a href="https://lowlandsresearch.example/?ref=vgl">Naar de webshop</a></p></li>
<li><h2>K-Express</h2><p>Bestellen via Telegram, bezorging per koerier in de Randstad dezelfde dag.</p><p><a href="https://kexpress.example/?ref=vgl">Naar de webshop</a></p></li>
<li><h2>NeuroKem</h2><p>Duurder, maar met labrapport bij elke batch.</p><p><a href="https://neurokem.example/?ref=vgl">Naar de webshop</a></p></li>
</ol>
<p class="disclaimer">Wij ontvangen een vergoeding als je via onze links bestelt. Dat heeft geen invloed op de volgorde.</p>
</main>
<footer>© 2026 WebshopVergelijker XL</footer>
""", noise="cookie-nl")

p("h8613", "https://t.example/kcanal_br/812", "seller", True, "pt",
  "telegram-channel-post-coupon-pt", "", """
🔥 CUPOM KBR15 = 15% OFF até domingo! Cetamina cristal e escetamina spray, sem receita, entrega discreta pra todo o Brasil via Sedex. Pagamento no Pix ou cripto, chama no privado @kcanal_vendas 📦
""", ext="txt")

p("h8614", "https://ricercachimica-italia.example/newsletter/dicembre-2026", "seller", True, "it",
  "shop-newsletter-it", "Newsletter di dicembre – codice sconto NATALE15 | RicercaChimica Italia", """
<div class="mail">
<p class="pre">Le offerte di Natale sono arrivate. Il tuo codice è qui dentro.</p>
<h1>Buone feste dal team di RicercaChimica Italia!</h1>
<p>Ciao,</p>
<p>per ringraziarti della fiducia, fino al 24 dicembre con il codice <b>NATALE15</b> hai il 15% di sconto su tutto il catalogo.</p>
<ul class="prodotti">
<li><b>Ketamina HCl 99%</b> &ndash; 1 g 45 &euro;, 5 g 190 &euro; &ndash; <a href="https://ricercachimica-italia.example/prodotto/ketamina-hcl">acquista</a></li>
<li><b>2-FDCK</b> &ndash; 5 g 95 &euro; &ndash; <a href="https://ricercachimica-italia.example/prodotto/2-fdck">acquista</a></li>
<li><b>Bilancia di precisione 0,001 g</b> &ndash; 29 &euro;</li>
</ul>
<p>Spedizione gratuita in tutta Italia sopra i 100 &euro;, pacco anonimo e sottovuoto. Paghi in Bitcoin? Ulteriore 5% di sconto.</p>
<p class="legale">Tutti i prodotti sono venduti esclusivamente per uso di ricerca e non sono destinati al consumo umano.</p>
<p>A presto,<br>RicercaChimica Italia</p>
<p class="footer">Ricevi questa e-mail perché sei iscritto alla nostra newsletter. <a href="#">Annulla iscrizione</a></p>
</div>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h8615", "https://harborlinehealth.example/refer", "telehealth", False, "en",
  "telehealth-referral-programme", "Give $50, Get $50 | Harborline Health Referral Program", """
<header class="nav"><a href="/" class="logo">Harborline Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/refer">Refer a friend</a> <a class="btn" href="/start">See if you're eligible</a></nav></header>
<main>
<section class="hero"><h1>Know someone who could use a new option?</h1>
<p>Give them $50 off their first month of Harborline membership. When they become a member, you get $50 too.</p>
<a class="btn" href="/account/refer">Get my referral link</a></section>
<section><h2>How it works</h2>
<ol><li>Share your personal link or code from your Harborline dashboard.</li>
<li>Your friend books an intake assessment and completes a video evaluation with one of our licensed psychiatric clinicians.</li>
<li>If the clinician decides at-home ketamine treatment is appropriate and your friend starts a membership, you both receive a $50 credit.</li></ol></section>
<section><h2>Good to know</h2>
<ul>
<li>A referral doesn't change anything about the medical process. Your friend will go through the same screening, including a review of medical history, current medications and blood pressure, as every other patient. Some people are not eligible, and that's OK.</li>
<li>Credits apply to membership fees only. They can't be used for medication, which is billed by our licensed partner pharmacy after a prescription is issued.</li>
<li>Please don't post your code on coupon sites or social media ads. We want referrals to come from people who know each other.</li>
<li>Harborline currently treats adults 18+ located in CA, CO, FL, NY, TX and WA.</li>
</ul></section>
<section class="quote"><p>"My sister told me about Harborline after I'd tried four antidepressants. The intake with Dr. Okafor was thorough, honestly more thorough than I expected." &mdash; Member since 2025</p></section>
</main>
<footer><p>Harborline Health, PC. Medical services are provided by independent licensed clinicians. If you are in crisis, call or text 988.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/referral-terms">Referral terms</a></p></footer>
""", noise="cookie")

p("h8616", "https://stillwatercare.example/offers/first-visit", "telehealth", False, "en",
  "telehealth-first-consult-promo", "Your first consult for $99 | Stillwater Care", """
<header><a href="/">Stillwater Care</a> <nav><a href="/ketamine-therapy">At-home ketamine therapy</a> <a href="/team">Our team</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Start with a $99 first consultation</h1>
<p class="sub">Use code <b>NEWSTART</b> when you book. Regular price $249. Offer ends January 15, 2027.</p>
<h2>What the first consultation includes</h2>
<ul>
<li>A 60-minute video visit with a board-certified psychiatrist or psychiatric nurse practitioner</li>
<li>Review of your diagnosis, past treatments, medications and any history of psychosis, substance use or uncontrolled high blood pressure</li>
<li>A written care plan, whether or not it includes ketamine</li>
</ul>
<h2>What happens next</h2>
<p>If your clinician recommends ketamine, they send a prescription for sublingual tablets to our partner pharmacy, Brightwell Pharmacy (licensed in all states we serve). Your first dosing session is supervised live by a Stillwater guide over video, and you'll need a trusted adult with you at home.</p>
<p>If ketamine isn't a good fit, your clinician will explain why and suggest other options. You won't be charged anything beyond the consultation fee.</p>
<h3>Meet some of our clinicians</h3>
<ul class="team"><li>Rachel Adeyemi, MD, Psychiatry</li><li>Tomás Herrera, PMHNP-BC</li><li>Ling Zhao, MD, Psychiatry</li></ul>
<p><a class="btn" href="/book?promo=NEWSTART">Book my consultation</a></p>
<p class="fine">Promo valid for new patients only, one per person. Not valid with insurance billing. Cannot be applied to medication costs or membership fees.</p>
</main>
<footer>Stillwater Care Medical Group &middot; <a href="/privacy">Privacy</a> &middot; Crisis? Call 988.</footer>
""")

p("h8617", "https://novapathtelepsychiatry.example/how-it-works/pharmacy", "telehealth", False, "en",
  "telehealth-partner-pharmacy-page", "Our partner pharmacy | NovaPath Telepsychiatry", """
<header><a href="/">NovaPath</a> <nav><a href="/how-it-works">How it works</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/providers">Providers</a></nav></header>
<main>
<p class="crumbs">How it works &rsaquo; Pharmacy</p>
<h1>How your medication gets to you</h1>
<p>NovaPath doesn't sell or stock medication. When one of our psychiatric providers prescribes ketamine after your evaluation, the prescription is sent electronically to our partner pharmacy, <b>Crestview Compounding Pharmacy</b>.</p>
<h2>About Crestview</h2>
<ul>
<li>State-licensed pharmacy, DEA-registered and PCAB-accredited</li>
<li>Licensed to dispense in each state where NovaPath patients live</li>
<li>Pharmacists available by phone Monday&ndash;Saturday for medication questions</li>
</ul>
<h2>Shipping</h2>
<p>Crestview ships only against a valid prescription from your NovaPath provider. Orders go out in tamper-evident packaging by 2-day courier and require an adult signature. Refills are sent only after your provider reviews your check-in and approves the next month.</p>
<h2>Cost</h2>
<p>Medication is billed by Crestview separately from your NovaPath membership. Most patients pay between $60 and $120 per month depending on dose. Crestview's member pricing is already applied; there are no coupon codes for medication.</p>
<h2>Can I use my own pharmacy?</h2>
<p>In some states, yes. Ask your provider during your follow-up. Your pharmacy must be able to dispense a Schedule III controlled substance.</p>
</main>
<footer>&copy; 2026 NovaPath Telepsychiatry, P.A. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8618", "https://evenkeel-mind.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing-deal", "Pricing & Plans - Even Keel", """
<div class="promo-bar">Cyber Week: your first month for $99 on any monthly plan. Ends Dec 8.</div>
<header><a href="/">Even Keel</a><nav><a href="/treatment">Treatment</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/research">Research</a> <a href="/get-started" class="btn">Get started</a></nav></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every plan starts with a psychiatric evaluation by video. You only move to treatment if your clinician recommends it.</p>
<div class="plans">
<div class="plan"><h2>Monthly</h2><p class="price">$179 / month</p><ul><li>Monthly video visit with your prescriber</li><li>Two integration sessions with a licensed therapist</li><li>Symptom tracking and messaging</li></ul><a href="/get-started?plan=monthly">Choose monthly</a></div>
<div class="plan featured"><h2>Quarterly</h2><p class="price">$159 / month</p><p>billed $477 every 3 months</p><ul><li>Everything in Monthly</li><li>Group integration circle</li></ul><a href="/get-started?plan=quarterly">Choose quarterly</a></div>
<div class="plan"><h2>Annual</h2><p class="price">$143 / month</p><p>billed $1,716 yearly &mdash; save 20%</p><ul><li>Everything in Quarterly</li><li>Priority scheduling</li></ul><a href="/get-started?plan=annual">Choose annual</a></div>
</div>
<h2>Evaluation fee</h2>
<p>The initial 45-minute evaluation with an Even Keel psychiatrist or PMHNP is $150 and is credited toward your first month if you enrol.</p>
<h2>What isn't included</h2>
<p>Medication is prescribed only after evaluation and is filled by a licensed partner pharmacy; it's billed by the pharmacy (typically $55&ndash;$110 per month). Lab work, if your clinician orders it, is billed by the lab.</p>
<h2>HSA / FSA</h2><p>All plans are eligible. We'll send you an itemised receipt.</p>
</main>
<footer>Even Keel Health &middot; Clinical services by Even Keel Medical, P.C. &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h8619", "https://lumenmindtelehealth.example/gift", "telehealth", False, "en",
  "telehealth-gift-card", "Gift an evaluation | LumenMind", """
<header><a href="/">LumenMind</a> <nav><a href="/about">About</a> <a href="/care">Care</a> <a href="/gift">Gift</a></nav></header>
<main>
<h1>Give the gift of a first step</h1>
<p>A LumenMind gift card covers part or all of an initial psychiatric evaluation over video. It's a thoughtful way to support someone who has been meaning to look into ketamine-assisted treatment but hasn't booked yet.</p>
<form class="gift">
<label>Amount <select><option>$100</option><option>$200</option><option>$250 (covers a full evaluation)</option></select></label>
<label>Recipient's e-mail <input type="email"></label>
<label>Message <textarea></textarea></label>
<button>Buy gift card</button>
</form>
<h2>Before you buy</h2>
<ul>
<li>The gift card pays for the evaluation, not for treatment. Whether ketamine is prescribed is up to the LumenMind clinician who meets your recipient.</li>
<li>Cards can be applied to evaluations, follow-up visits and membership fees. They cannot be redeemed for medication, which is filled by a licensed pharmacy on prescription.</li>
<li>Your recipient must be 21 or older and live in a state where we provide care.</li>
<li>Cards never expire and are refundable within 30 days if unused.</li>
</ul>
</main>
<footer>LumenMind Telehealth, LLC &middot; Clinical care provided by LumenMind Medical Group</footer>
""")

p("h8620", "https://app.quietlyhealth.example/legal/promo-terms", "telehealth", False, "en",
  "telehealth-promo-terms-snippet", "", """
Promo code WELCOME40 takes $40 off your first video visit with a Quietly Health psychiatric clinician. Any ketamine prescription is written only after that visit if your clinician finds it appropriate, and is filled by our licensed partner pharmacy; the code cannot be applied to medication.
""", ext="txt")

p("h8621", "https://serenamente-telepsiquiatria.example/es/promociones", "telehealth", False, "es",
  "telehealth-codigo-descuento-es", "Promociones | SerenaMente Telepsiquiatría", """
<header><a href="/es/">SerenaMente</a><nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/promociones">Promociones</a> <a href="/en/">English</a></nav></header>
<main>
<h1>Promociones vigentes</h1>
<div class="promo">
<h2>25 % de descuento en tu primera consulta</h2>
<p>Usa el código <b>BIENVENIDA25</b> al reservar tu evaluación psiquiátrica por videollamada (precio habitual 220 USD). Atendemos en español a adultos que viven en Texas, Florida, California e Illinois.</p>
</div>
<h2>¿Cómo es el proceso?</h2>
<ol>
<li>Completas un cuestionario de salud y subes una identificación oficial.</li>
<li>Tienes una consulta de 50 minutos por video con una psiquiatra o enfermera practicante con licencia en tu estado.</li>
<li>Si el tratamiento con ketamina es adecuado para ti, la receta se envía a nuestra farmacia asociada con licencia, que te la manda a casa con firma de entrega.</li>
<li>Tu primera sesión la acompaña en vivo un guía de SerenaMente y necesitas a un adulto de confianza contigo.</li>
</ol>
<p>Si la evaluación muestra que la ketamina no es la mejor opción, te lo decimos y te orientamos hacia otras alternativas.</p>
<h2>Programa de referidos</h2>
<p>Si ya eres paciente, comparte tu código personal: tu familiar o amigo obtiene 30 USD de descuento en su evaluación y tú 30 USD de crédito en tu membresía. Los créditos no se aplican a medicamentos.</p>
<p class="letra-pequena">Un código por persona. No acumulable con otras promociones. Válido hasta el 31/01/2027.</p>
</main>
<footer>SerenaMente Health, PLLC · Si estás en crisis llama o escribe al 988 (opción en español).</footer>
""", noise="cookie-es")

p("h8622", "https://mentaflow-telepsychiatrie.example/de/gutschein", "telehealth", False, "de",
  "telepsychiatry-neukunden-gutschein-de", "Gutschein für Ihr Erstgespräch – MentaFlow Telepsychiatrie", """
<header><a href="/de/">MentaFlow</a><nav><a href="/de/leistungen">Leistungen</a> <a href="/de/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/gutschein">Gutschein</a> <a href="/de/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>20 % auf Ihr psychiatrisches Erstgespräch per Video</h1>
<p>Mit dem Code <b>ERSTGESPRAECH20</b> zahlen Sie für das 50-minütige Erstgespräch bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie 136 &euro; statt 170 &euro; (Privatleistung nach GOÄ). Gültig bis 31. Januar 2027.</p>
<h2>Was passiert im Erstgespräch?</h2>
<p>Wir besprechen Ihre Vorgeschichte, bisherige Behandlungen und Medikamente. Bei einer therapieresistenten Depression prüfen wir gemeinsam, ob eine Behandlung mit Esketamin-Nasenspray infrage kommt.</p>
<h2>Esketamin erhalten Sie nicht per Post</h2>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden, mit anschließender Überwachung. Wenn die Behandlung für Sie geeignet ist, überweisen wir Sie an eine unserer Partnerpraxen in Hamburg, Köln, Frankfurt oder München und begleiten Sie dort weiter mit Video-Verlaufsterminen.</p>
<h2>Ihre Ärztinnen und Ärzte</h2>
<ul><li>Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie</li><li>Dr. med. Yusuf Demir, Facharzt für Psychiatrie und Psychotherapie</li></ul>
<p class="klein">Der Gutschein gilt nur für das Erstgespräch, nicht für Folgetermine oder Leistungen der Partnerpraxen. Eine Behandlung mit Esketamin wird ausschließlich nach ärztlicher Indikationsstellung empfohlen.</p>
</main>
<footer>MentaFlow Telepsychiatrie GmbH · <a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8623", "https://mentesaude-tele.example/br/cupom-primeira-consulta", "telehealth", False, "pt",
  "telepsychiatry-cupom-pt", "Cupom de primeira consulta | MenteSaúde Telepsiquiatria", """
<header><a href="/br/">MenteSaúde</a><nav><a href="/br/como-funciona">Como funciona</a> <a href="/br/medicos">Nossos médicos</a> <a href="/br/planos">Planos</a> <a href="/br/cupom-primeira-consulta">Cupom</a></nav></header>
<main>
<h1>Primeira consulta com 30% de desconto</h1>
<p>Use o cupom <b>PRIMEIROPASSO</b> ao agendar sua teleconsulta com um psiquiatra com CRM ativo. De R$ 480 por R$ 336.</p>
<h2>Para quem é</h2>
<p>Adultos com depressão que já tentaram pelo menos dois antidepressivos sem melhora suficiente e querem saber se o tratamento com escetamina é uma opção.</p>
<h2>Como funciona</h2>
<ol>
<li>Teleconsulta de 60 minutos com avaliação completa, histórico e exames.</li>
<li>Se houver indicação, o psiquiatra emite o encaminhamento e a receita para uma clínica parceira perto de você, onde a escetamina spray é aplicada com monitoramento por duas horas.</li>
<li>O acompanhamento psiquiátrico continua por vídeo entre as sessões.</li>
</ol>
<p>Clínicas parceiras em São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba e Porto Alegre.</p>
<p class="pequeno">Cupom válido somente para a primeira consulta, não se aplica às sessões nas clínicas parceiras nem a medicamentos. Emitimos recibo para reembolso do plano de saúde.</p>
</main>
<footer>MenteSaúde Serviços Médicos Ltda. · Responsável técnico: Dr. Paulo Furtado, CRM-SP 184552 · <a href="/br/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h8624", "https://summitinfusioncenter.example/refer-a-friend", "clinic", False, "en",
  "infusion-clinic-referral-programme", "Refer a Friend | Summit Ketamine Infusion Center, Boise", """
<div class="topbar">Call (208) 555-0147 &middot; 1120 W Bannock St, Suite 200, Boise, ID &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header><a href="/" class="logo">Summit Ketamine Infusion Center</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/conditions">Conditions we treat</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our team</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main>
<h1>Refer a friend, both of you save</h1>
<p>Most of our new patients hear about us from someone who has been here. To say thank you, we offer a referral credit.</p>
<ul>
<li><b>Your friend</b> receives $100 off their first infusion after their free medical consultation.</li>
<li><b>You</b> receive $100 off your next booster infusion once your friend completes their first session.</li>
</ul>
<p>Just ask your friend to mention your name when they call or enter it in the "How did you hear about us?" field of our intake form.</p>
<h2>Every referral still goes through the same screening</h2>
<p>Before any infusion, your friend will meet Dr. Ellen Whitaker or one of our nurse anesthetists for a medical consultation. We review records from their psychiatrist or primary care provider, check blood pressure and heart health, and make sure ketamine is safe for them. Infusions are given in private rooms with continuous monitoring.</p>
<p class="fine">Referral credit cannot be exchanged for cash and cannot be combined with our veteran or first-responder discount. Credits expire 12 months after issue.</p>
</main>
<aside><h3>Patient resources</h3><ul><li><a href="/new-patient-forms">New patient forms</a></li><li><a href="/what-to-expect">What to expect on infusion day</a></li><li><a href="/financing">Financing with CareCredit</a></li></ul></aside>
<footer><p>Summit Ketamine Infusion Center, PLLC &middot; Medical director: Ellen Whitaker, MD</p><p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Non-discrimination notice</a></p></footer>
""", noise="cookie")

p("h8625", "https://bluecedarketamine.example/gift-cards", "clinic", False, "en",
  "clinic-gift-cards", "Gift Cards - Blue Cedar Ketamine & Wellness", """
<header><a href="/">Blue Cedar Ketamine &amp; Wellness</a> <nav><a href="/services">Services</a> <a href="/iv-ketamine">IV ketamine</a> <a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/gift-cards">Gift cards</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Gift cards</h1>
<p>Give someone you love support toward their care at our Asheville clinic. Digital gift cards are delivered by e-mail immediately; printed cards can be picked up at the front desk.</p>
<div class="cards">
<div><h3>$50</h3><a href="/cart/add?gc=50">Add to cart</a></div>
<div><h3>$150</h3><a href="/cart/add?gc=150">Add to cart</a></div>
<div><h3>$450 &mdash; one IV infusion</h3><a href="/cart/add?gc=450">Add to cart</a></div>
<div><h3>Custom amount</h3><a href="/cart/add?gc=custom">Choose amount</a></div>
</div>
<h2>How gift cards work</h2>
<ul>
<li>Gift cards can be used for consultations, IV ketamine infusions, KAP sessions, IV hydration and our integration groups.</li>
<li>The recipient still needs a medical consultation with our physician before any ketamine treatment. If they turn out not to be a candidate, the balance can be used for other services or transferred.</li>
<li>Gift cards are not redeemable for cash and do not expire.</li>
</ul>
<p>Questions? Call us at (828) 555-0192.</p>
</main>
<footer>Blue Cedar Ketamine &amp; Wellness &middot; 45 Haywood Rd, Asheville, NC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h8626", "https://riverbendpsychiatry.example/spravato", "clinic", False, "en",
  "spravato-center-new-patient-offer", "SPRAVATO® Treatment in Dayton | Riverbend Psychiatry", """
<header><a href="/">Riverbend Psychiatry</a><nav><a href="/services">Services</a> <a href="/spravato">SPRAVATO&reg;</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/new-patients">New patients</a></nav></header>
<main>
<h1>SPRAVATO&reg; (esketamine) nasal spray in Dayton</h1>
<p>Riverbend Psychiatry is a certified SPRAVATO&reg; REMS treatment center. Patients self-administer the nasal spray in our office under the supervision of our staff and stay for at least two hours of monitoring before a driver takes them home.</p>
<h2>New-patient offer</h2>
<p>Through December, new patients can book a SPRAVATO&reg; eligibility evaluation with one of our psychiatrists for a $0 copay if uninsured, or with the usual specialist copay if insured. Mention code <b>RIVER26</b> when you call.</p>
<h2>Help with cost</h2>
<p>Most commercial plans and Medicare cover SPRAVATO&reg; for treatment-resistant depression after prior authorization, which our team handles for you. Eligible commercially insured patients may also enrol in the manufacturer's savings program to lower their out-of-pocket cost for the medication. Our benefits coordinator will walk you through it at your first visit.</p>
<h2>Our partner specialty pharmacy</h2>
<p>Under our buy-and-bill or specialty pharmacy arrangement, the medication is shipped directly to our clinic for your appointment. SPRAVATO&reg; is never dispensed for use at home.</p>
<p><a class="btn" href="/new-patients">Request an appointment</a> or call (937) 555-0118.</p>
</main>
<footer>Riverbend Psychiatry &middot; 3300 Far Hills Ave, Dayton, OH &middot; SPRAVATO&reg; is a registered trademark of its owner.</footer>
""", noise="cookie")

p("h8627", "https://opencirclekap.example/packages", "clinic", False, "en",
  "kap-practice-package-deal", "Packages & Fees - Open Circle Ketamine-Assisted Psychotherapy", """
<header><a href="/">Open Circle KAP</a> <nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/packages">Packages &amp; fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Packages &amp; fees</h1>
<p>All KAP at Open Circle happens in person at our Oakland office, with a licensed therapist present for the whole dosing session and our prescribing physician on site.</p>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Medical intake with Dr. Naomi Feld</td><td>$275</td></tr>
<tr><td>Preparation session (therapist, 60 min)</td><td>$180</td></tr>
<tr><td>KAP dosing session (3 hours, IM or lozenge)</td><td>$650</td></tr>
<tr><td>Integration session (60 min)</td><td>$180</td></tr>
<tr><td><b>Six-session package</b> (2 prep, 3 dosing, 3 integration &mdash; 8 visits)</td><td><b>$2,650</b> (save $410)</td></tr>
</table>
<h2>Winter early-bird</h2>
<p>Book and pay the deposit for a six-session package by December 31 and take an additional $150 off. The deposit is fully refundable if Dr. Feld decides after your intake that KAP isn't appropriate for you.</p>
<h2>Sliding scale</h2>
<p>We hold four sliding-scale spots each quarter. Ask about them when you contact us.</p>
<p><a href="/contact">Schedule a free 15-minute phone consult</a></p>
</main>
<footer>Open Circle KAP &middot; 2201 Broadway, Oakland, CA &middot; Superbills available for out-of-network reimbursement</footer>
""")

p("h8628", "https://maps.example/place/harmony-ketamine-clinic-tulsa/posts/2291", "clinic", False, "en",
  "clinic-business-profile-post", "", """
Harmony Ketamine Clinic (Tulsa): New patients, take $75 off your first IV infusion in December with code WINTER75. Every patient starts with a consultation with our anesthesiologist; call (918) 555-0163 to book.
""", ext="txt")

p("h8629", "https://clinique-ketamine-lumiere.example/parrainage", "clinic", False, "fr",
  "clinique-parrainage-fr", "Programme de parrainage | Clinique Lumière – Kétamine Montréal", """
<header><a href="/">Clinique Lumière</a><nav><a href="/traitements">Traitements</a> <a href="/equipe">Équipe médicale</a> <a href="/tarifs">Tarifs</a> <a href="/parrainage">Parrainage</a> <a href="/en">EN</a> <a class="btn" href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Parrainez un proche</h1>
<p>Vous avez été traité·e chez nous et vous pensez qu'un proche pourrait en bénéficier ? Remettez-lui votre code de parrainage personnel, imprimé sur votre reçu.</p>
<ul>
<li>Votre proche obtient 75 $ de rabais sur sa première perfusion.</li>
<li>Vous obtenez 75 $ de crédit sur votre prochaine séance d'entretien.</li>
</ul>
<h2>Toujours une évaluation médicale</h2>
<p>Le code de parrainage ne remplace pas la référence médicale. Votre proche doit nous transmettre une demande de consultation de son médecin ou psychiatre, puis rencontrer l'une de nos anesthésiologistes pour une évaluation avant toute perfusion de kétamine. Les perfusions ont lieu dans nos salles privées, avec surveillance des signes vitaux pendant toute la séance.</p>
<p class="petit">Le crédit n'est pas monnayable et ne s'applique pas aux frais déjà remboursés par une assurance. Offre valable jusqu'au 30 juin 2027.</p>
<p>Clinique Lumière — 4150, rue Saint-Denis, Montréal (Québec) — 514 555-0173</p>
</main>
<footer>© 2026 Clinique Lumière inc. · <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h8630", "https://centrokemente.example/convenzioni-e-promozioni", "clinic", False, "it",
  "centro-convenzioni-buono-regalo-it", "Convenzioni e promozioni – Centro Kemente, Milano", """
<header><a href="/">Centro Kemente</a><nav><a href="/trattamenti">Trattamenti</a> <a href="/esketamina">Esketamina spray</a> <a href="/equipe">Équipe</a> <a href="/convenzioni-e-promozioni">Convenzioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Convenzioni e promozioni</h1>
<h2>Prima visita psichiatrica a 120 &euro;</h2>
<p>Fino al 31 gennaio la prima visita specialistica con i nostri psichiatri costa 120 &euro; invece di 160 &euro;. Indica il codice <b>KEMENTE26</b> quando prenoti al telefono o dal modulo online. Durante la visita valutiamo se la depressione è resistente al trattamento e se la terapia con esketamina spray nasale è indicata per te.</p>
<h2>Convenzioni con fondi e assicurazioni</h2>
<p>Il Centro è convenzionato in forma diretta con i principali fondi sanitari integrativi e assicurazioni. Porta la tessera del tuo fondo alla prima visita.</p>
<h2>Buono regalo</h2>
<p>Puoi regalare un buono da 50, 100 o 160 &euro; utilizzabile per visite, colloqui di psicoterapia e percorsi di supporto. Il buono non dà diritto alla terapia con esketamina, che viene prescritta solo dopo la valutazione del medico.</p>
<h2>Come si svolgono le sedute</h2>
<p>L'esketamina viene autosomministrata in ambulatorio sotto la supervisione di un medico e di un infermiere, con monitoraggio della pressione e osservazione di almeno due ore. Non si guida dopo la seduta: serve un accompagnatore.</p>
</main>
<footer>Centro Kemente S.r.l. · Via Giovanni da Procida 12, Milano · Direttore sanitario: Dott.ssa Laura Ferri · P.IVA 01234567890</footer>
""")

p("h8631", "https://ketaminekliniek-utrecht.example/praktisch/apotheek", "clinic", False, "nl",
  "kliniek-partnerapotheek-nl", "Apotheek en medicatie | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a><nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/praktisch">Praktisch</a> <a href="/kosten">Kosten &amp; vergoeding</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Hoe zit het met de apotheek?</h1>
<p>Voor de behandeling met esketamine-neusspray of ketamine-infusen hoeft u zelf niets op te halen. Onze psychiater schrijft de medicatie voor na de intake, en onze partnerapotheek levert die rechtstreeks aan de kliniek.</p>
<h2>Waarom niet mee naar huis?</h2>
<p>Esketamine mag alleen worden toegediend onder toezicht. U gebruikt de neusspray bij ons op de behandelkamer en blijft daarna minstens twee uur ter observatie. Ongebruikte medicatie blijft in de kliniek en wordt door de apotheek vernietigd volgens de Opiumwet.</p>
<h2>Vergoeding</h2>
<p>Esketamine wordt bij een verwijzing via de gespecialiseerde ggz meestal vergoed uit de basisverzekering. Met uw polisnummer checkt onze administratie dit vooraf. Het eigen risico is van toepassing.</p>
<h2>Nieuwsbriefkorting</h2>
<p>Abonnees van onze nieuwsbrief krijgen korting op onze mindfulness-training na de behandeling. Deze korting geldt niet voor medicatie of voor de behandeling zelf.</p>
<p>Vragen? Bel 030 555 0121 (ma&ndash;vr 9&ndash;17 uur).</p>
</main>
<footer>Ketaminekliniek Utrecht · Geregistreerd bij het LRZa · <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h8632", "https://thedailyledger.example/2026/11/24/influencers-ketamine-discount-codes", "informational", False, "en",
  "news-influencers-promoting-sellers", "Wellness influencers are handing out discount codes for unregulated ketamine | The Daily Ledger", """
<header><a href="/" class="masthead">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<main>
<article>
<p class="section">Health</p>
<h1>Wellness influencers are handing out discount codes for unregulated ketamine</h1>
<p class="dek">A Daily Ledger review of 300 posts found dozens of creators promoting sprays and powders sold without a prescription, often with codes that pay them a commission.</p>
<p class="byline">By Priya Natarajan &middot; November 24, 2026</p>
<p>The post looks like any other morning-routine video: oat latte, sunrise, journal. Then the creator holds up a small amber bottle. "Code JUNE20 gets you 20% off," she says, adding that the product ships "straight to your door, no doctor needed."</p>
<p>The bottle is sold by a website that calls itself a "wellness lab" and describes its product as a ketamine nasal spray. It is not a pharmacy, does not ask for a prescription and, according to its own payment page, prefers cryptocurrency.</p>
<p>Over six weeks, The Daily Ledger reviewed 300 posts on three large platforms that mentioned ketamine alongside a discount code or a "link in bio." Forty-one promoted sellers that ship the drug without any clinical evaluation. Eleven of those creators had more than 100,000 followers. Several codes, including JUNE20 and CALM15, were still working when reporters tested them at checkout last week; reporters did not complete any purchase.</p>
<p>"This is affiliate marketing applied to a controlled substance," said Dr. Marcus Bell, an addiction psychiatrist at a university hospital in Ohio. "The code is the business model. The creator gets paid per sale and the follower gets none of the screening a clinic would do."</p>
<p>Legitimate ketamine providers also use referral programmes and first-visit promotions. The difference, experts said, is what the code buys. At licensed telehealth companies, a code typically discounts a psychiatric evaluation, after which a clinician may or may not prescribe.</p>
<p>Two of the platforms removed the posts after being contacted. A third said it was reviewing them. None of the creators who were reached agreed to an interview; one said in a direct message that she had "no idea" the product was not legal.</p>
<p>The Food and Drug Administration has warned consumers about buying ketamine from unregulated online sources, citing unknown purity and dosing.</p>
</article>
</main>
<aside><h3>Most read</h3><ol><li>City council approves bike lanes on 5th</li><li>Storm knocks out power to 40,000</li><li>The quiet collapse of the mall food court</li></ol></aside>
<footer>&copy; 2026 The Daily Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h8633", "https://consumer.tradeprotection.example/alerts/2026/ketamine-coupon-code-ads", "informational", False, "en",
  "consumer-protection-alert", "Consumer Alert: That 'discount code' for ketamine could cost you more than money", """
<header><a href="/">Bureau of Consumer &amp; Trade Protection</a> <nav><a href="/alerts">Consumer alerts</a> <a href="/report">Report fraud</a> <a href="/business">For business</a> <a href="/es">Español</a></nav></header>
<main>
<p class="date">Consumer Alert &middot; December 1, 2026</p>
<h1>That "discount code" for ketamine could cost you more than money</h1>
<p>You're scrolling and see a post from someone you follow: "Use my code for 15% off ketamine spray, shipped discreetly, no prescription." It might look like a wellness deal. It's a red flag.</p>
<h2>What we're seeing</h2>
<ul>
<li>Ads and sponsored posts offering coupon codes for ketamine or esketamine that are sold without a prescription or after a quick online "form."</li>
<li>"Top picks" and review sites ranking online ketamine vendors and linking to them with affiliate codes.</li>
<li>Sellers that ask for payment by cryptocurrency, gift cards or payment apps, and that offer "reshipping" if customs seizes a package.</li>
</ul>
<h2>Why it matters</h2>
<p>Ketamine is a controlled substance. Products from these sellers may contain the wrong amount of drug, a different drug altogether, or nothing at all. And if you pay with a gift card or crypto, you usually can't get your money back.</p>
<h2>How to tell a legitimate provider</h2>
<p>Legitimate clinics and telehealth services also offer promotions, like a discount on a first consultation or a referral credit. But they always have you evaluated by a licensed clinician before anything is prescribed, and a licensed pharmacy fills the prescription. Check a pharmacy's license with your state board of pharmacy.</p>
<h2>Report it</h2>
<p>If you see these ads, report them to the platform and to us at <a href="/report">ReportFraud</a>.</p>
</main>
<footer>Bureau of Consumer &amp; Trade Protection &middot; An official government website</footer>
""")

p("h8634", "https://adstandards-council.example/rulings/2026/A26-1187-lumaspritz", "informational", False, "en",
  "ad-standards-ruling", "Ruling on LumaSpritz Ltd (A26-1187) | Advertising Standards Council", """
<header><a href="/">Advertising Standards Council</a><nav><a href="/rulings">Rulings</a> <a href="/codes">Advertising codes</a> <a href="/complain">Make a complaint</a> <a href="/news">News</a></nav></header>
<main>
<p class="meta">Ruling reference A26-1187 &middot; Date of ruling 19 November 2026 &middot; Media: social media (influencer post) &middot; Sector: health</p>
<h1>Ruling on LumaSpritz Ltd</h1>
<h2>Ad</h2>
<p>A paid partnership post on a photo-sharing platform, seen on 2 September 2026, featured a lifestyle influencer holding a bottle labelled "LumaSpritz Calm". Text on the image stated "Ketamine mood spray &ndash; no GP, no waiting list" and the caption included "Use my code ROSE15 for 15% off, link in bio".</p>
<h2>Issue</h2>
<p>Two complainants, one of whom was a pharmacist, challenged whether the ad promoted a prescription-only medicine to the public and whether it was irresponsible.</p>
<h2>Response</h2>
<p>LumaSpritz Ltd did not respond to the Council's enquiries. The influencer said she had been sent the product and a commission code by the company and had not known its legal status.</p>
<h2>Assessment: Complaints upheld</h2>
<p>The Council considered that consumers would understand the ad as offering ketamine, a prescription-only and controlled medicine, for purchase without consulting a doctor. Advertising prescription-only medicines to the public is prohibited, and the claim "no GP" encouraged consumers to bypass medical assessment. The ad breached Code rules 3.1 (legality), 12.12 (prescription-only medicines) and 1.3 (social responsibility).</p>
<h2>Action</h2>
<p>The ad must not appear again. We told LumaSpritz Ltd and the influencer not to advertise prescription-only medicines to the public. We have referred the company to the medicines regulator and added it to our list of non-compliant advertisers.</p>
</main>
<footer>Advertising Standards Council &middot; Independent regulator of advertising</footer>
""")

p("h8635", "https://business.snapgram.example/policies/ads/drugs-pharmacies-telehealth", "informational", False, "en",
  "platform-advertising-policy", "Advertising Policies: Drugs, Pharmacies and Telehealth | Snapgram Business Help", """
<header><a href="/">Snapgram for Business</a><nav><a href="/ads">Ads</a> <a href="/policies">Policies</a> <a href="/help">Help</a></nav></header>
<div class="layout">
<aside class="toc"><ul><li><a href="#prohibited">Prohibited</a></li><li><a href="#restricted">Restricted</a></li><li><a href="#branded">Branded content &amp; codes</a></li><li><a href="#enforcement">Enforcement</a></li></ul></aside>
<main>
<h1>Drugs, pharmacies and telehealth</h1>
<p>Last updated: 15 October 2026</p>
<h2 id="prohibited">Prohibited</h2>
<ul>
<li>Ads that promote the sale or use of illegal, recreational or unregulated drugs, including research chemicals and "legal highs".</li>
<li>Ads for prescription drugs from sellers that don't require a valid prescription, including sellers that only ask the buyer to fill in a questionnaire.</li>
<li>Ads offering discount or coupon codes for controlled substances outside of a certified provider.</li>
</ul>
<h2 id="restricted">Restricted (certification required)</h2>
<p>Online pharmacies, telehealth providers and clinics that offer prescription treatments, including ketamine or esketamine therapy, may advertise in supported countries after they are certified by an approved third party (for example a national pharmacy accreditation program) and approved by Snapgram. Ads may promote a consultation, membership or clinic visit, including first-visit discounts, but must not imply that a prescription is guaranteed.</p>
<h2 id="branded">Branded content and creator codes</h2>
<p>Creators using the paid partnership label must follow the same rules. A creator may share a promo code for a certified telehealth provider's consultation, but not for a product that is sold without a prescription. Posts that violate this policy will be removed and may lead to loss of monetisation features.</p>
<h2 id="enforcement">Enforcement</h2>
<p>Repeated violations can result in ad account restrictions or permanent removal of the business account.</p>
</main>
</div>
<footer>&copy; 2026 Snapgram &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h8636", "https://steadymindguide.example/affiliate-disclosure", "informational", False, "en",
  "health-site-affiliate-disclosure", "How We Make Money: Our Affiliate Disclosure | SteadyMind Guide", """
<header><a href="/">SteadyMind Guide</a><nav><a href="/depression">Depression</a> <a href="/treatments">Treatments</a> <a href="/find-a-clinic">Find a ketamine clinic</a> <a href="/about">About us</a></nav></header>
<main>
<h1>How we make money</h1>
<p>SteadyMind Guide is free to read. We pay our writers and medical reviewers partly through affiliate partnerships, and you deserve to know exactly how that works.</p>
<h2>Who we partner with</h2>
<p>We have referral agreements with a small number of ketamine infusion clinics, REMS-certified Spravato treatment centers and telehealth services. When you book a consultation through one of our links or use a code like <b>STEADY50</b> for a discount on a first visit, the provider may pay us a flat referral fee.</p>
<p>We only partner with providers that:</p>
<ul>
<li>require an evaluation by a licensed physician, psychiatrist or nurse practitioner before treatment;</li>
<li>use licensed pharmacies to fill any prescription;</li>
<li>list their medical director and clinicians by name.</li>
</ul>
<h2>Who we never link to</h2>
<p>We do not link to, review or accept money from websites that sell ketamine, esketamine or related compounds without a prescription, including "research chemical" shops. If you see our name used on such a site, please tell us.</p>
<h2>Does this affect our rankings?</h2>
<p>No. Our clinic directory lists partner and non-partner clinics side by side, and editorial content is written and medically reviewed before any commercial arrangement is discussed. Partner listings are marked "Partner".</p>
<p>Questions? Write to editor@steadymindguide.example.</p>
</main>
<footer>&copy; 2026 SteadyMind Guide &middot; Content is informational and not a substitute for medical advice.</footer>
""")

p("h8637", "https://radio-cidadefm.example/noticias/breves/4471", "informational", False, "pt",
  "radio-news-brief-pt", "", """
O Conselho Regional de Farmácia alertou nesta segunda-feira para perfis em redes sociais que oferecem "cupons de desconto" para cetamina vendida sem receita. Segundo o órgão, a venda é ilegal e os produtos não têm qualquer controle de qualidade.
""", ext="txt")

p("h8638", "https://eldiariodelsur.example/sociedad/2026/11/30/influencers-codigos-descuento-ketamina", "informational", False, "es",
  "noticia-influencers-codigos-es", "Influencers que reparten códigos de descuento para comprar ketamina por internet | El Diario del Sur", """
<header><a href="/">El Diario del Sur</a><nav><a href="/local">Local</a> <a href="/sociedad">Sociedad</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a> <a href="/cultura">Cultura</a></nav></header>
<main>
<article>
<h1>Influencers que reparten códigos de descuento para comprar ketamina por internet</h1>
<p class="entradilla">Varios perfiles con decenas de miles de seguidores promocionan tiendas online que venden el anestésico sin receta. Sanidad y la Agencia del Medicamento estudian las denuncias.</p>
<p class="firma">Lucía Ortega · 30 de noviembre de 2026</p>
<p>«Con mi código LUZ10 tenéis un 10 % de descuento, llega en dos días y en caja sin marca». El mensaje, publicado en una red social por una creadora de contenido de bienestar con más de 80.000 seguidores, acompaña a un vídeo en el que aparece un frasco de espray nasal. Según la web a la que remite el enlace, contiene ketamina.</p>
<p>Este periódico ha identificado al menos doce perfiles que en las últimas semanas han compartido códigos similares. Las tiendas enlazadas no piden receta médica, aceptan pagos en criptomonedas y ofrecen «reenvío gratuito» si la aduana retiene el paquete.</p>
<p>«La ketamina es un medicamento sujeto a prescripción y a control especial. Su venta a distancia al público está prohibida», recuerda Marta Gil, farmacéutica y portavoz de un colegio profesional. «Lo que se vende así puede llevar cualquier cosa».</p>
<p>Las plataformas consultadas aseguran que sus normas prohíben la publicidad de fármacos sin receta. Dos de los vídeos fueron retirados tras la consulta de este diario.</p>
<p>Los tratamientos legales con ketamina o esketamina se administran en hospitales y clínicas bajo supervisión médica, tras una valoración psiquiátrica.</p>
</article>
</main>
<aside><h3>Lo más leído</h3><ul><li>Cortes de tráfico por las obras del puerto</li><li>El mercado de abastos reabre el sábado</li></ul></aside>
<footer>© 2026 El Diario del Sur · <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h8639", "https://verbraucherschutz-nord.example/gesundheit/warnung-rabattcodes-ketamin", "informational", False, "de",
  "verbraucherschutz-warnung-de", "Vorsicht bei Rabattcodes für Ketamin-Sprays im Netz | Verbraucherschutz Nord", """
<header><a href="/">Verbraucherschutz Nord e.V.</a><nav><a href="/gesundheit">Gesundheit</a> <a href="/geld">Geld &amp; Versicherungen</a> <a href="/internet">Digitale Welt</a> <a href="/beratung">Beratung</a></nav></header>
<main>
<p class="datum">Stand: 3. Dezember 2026</p>
<h1>Vorsicht bei Rabattcodes für Ketamin-Sprays im Netz</h1>
<p class="teaser">In sozialen Netzwerken und auf Gutscheinportalen tauchen vermehrt Rabattcodes für Ketamin- und Esketamin-Produkte auf, die ohne Rezept verschickt werden. Wir raten dringend ab.</p>
<h2>Das Wichtigste in Kürze</h2>
<ul>
<li>Ketamin und Esketamin sind verschreibungspflichtig und unterliegen dem Betäubungsmittelrecht. Ein Versand ohne ärztliche Verordnung ist illegal.</li>
<li>Influencer und Vergleichsportale verdienen an jedem Kauf über ihren Code mit.</li>
<li>Wer mit Kryptowährung oder Paysafecard zahlt, bekommt sein Geld bei Problemen kaum zurück.</li>
</ul>
<h2>Woran Sie seriöse Angebote erkennen</h2>
<p>Eine Behandlung mit Esketamin-Nasenspray erfolgt in Deutschland nur unter ärztlicher Aufsicht in einer Praxis oder Klinik. Auch seriöse Anbieter werben mitunter mit Gutscheinen, etwa für ein Erstgespräch. Entscheidend ist: Vor jeder Verordnung steht eine ärztliche Untersuchung, und das Medikament wird nicht einfach nach Hause geschickt.</p>
<h2>Was Sie tun können</h2>
<p>Melden Sie verdächtige Werbung der Plattform und der Verbraucherzentrale. Haben Sie bereits bestellt und bezahlt, lassen Sie sich in unserer Beratungsstelle helfen.</p>
</main>
<footer>Verbraucherschutz Nord e.V. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8640", "https://santeinfo-verifiee.example/fact-check/codes-promo-eketamine-instagram", "informational", False, "fr",
  "fact-check-codes-promo-fr", "Vérification : non, ce « spray d'eskétamine » avec code promo n'est pas un traitement autorisé | Santé Info Vérifiée", """
<header><a href="/">Santé Info Vérifiée</a><nav><a href="/fact-check">Vérifications</a> <a href="/dossiers">Dossiers</a> <a href="/qui-sommes-nous">Qui sommes-nous</a></nav></header>
<main>
<p class="verdict">Verdict : <b>TROMPEUR</b></p>
<h1>Non, ce « spray d'eskétamine » vendu avec un code promo n'est pas un traitement autorisé</h1>
<p class="auteur">Par Camille Roussel · 2 décembre 2026</p>
<p>Une publication partagée plus de 4 000 fois présente un flacon de « spray d'eskétamine » comme « le nouveau traitement anti-dépression, sans rendez-vous, -20 % avec le code CALME20 ». Le lien renvoie vers une boutique en ligne qui ne demande aucune ordonnance.</p>
<h2>Ce que dit la réglementation</h2>
<p>En France, l'eskétamine en spray nasal est un médicament soumis à prescription, réservé à l'usage hospitalier : il est administré à l'hôpital, sous surveillance médicale, chez des patients dont la dépression résiste aux traitements. Il n'est pas délivré en pharmacie de ville et ne peut pas être acheté en ligne.</p>
<h2>Qui se cache derrière la boutique ?</h2>
<p>Le site ne mentionne ni pharmacien responsable ni adresse en France. Les paiements se font par cryptomonnaie. L'Agence du médicament a déjà mis en garde contre ce type de sites.</p>
<h2>Notre conclusion</h2>
<p>La publication est trompeuse. Les personnes qui souffrent de dépression résistante peuvent en parler à leur médecin ou psychiatre, qui pourra les orienter vers un service hospitalier.</p>
</main>
<footer>© 2026 Santé Info Vérifiée · Membre d'un réseau international de vérification des faits</footer>
""", noise="cookie-fr")

save(OUT, R)
