# Batch 88 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Behind the shop window". Sellers are the pages of ketamine/esketamine shops other than the
# product page (payment instructions, shipping and reshipping policy, order tracking, support-ticket
# replies, FAQ, about us, wholesale/reseller terms, loyalty and referral programmes, a channel's pinned
# rules, a link-in-bio page, reviews), several of which barely or never name the drug. Protected pages
# are the same page types of honest businesses (ordinary shops, some with crypto payment, discreet
# packaging or messenger support; a licensed pharmacy's shipping policy; a courier's customs FAQ), of
# telehealth providers and of clinics (billing, shipping of prescribed medication, support, FAQ,
# membership, referral pages).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: long pages with menus, cookie banners, sidebars and footers; short pages; plain-text snippets
# (a support-ticket reply, a channel's pinned post, a telehealth care-team e-mail, a practice's billing
# note, a loyalty-points blurb).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch88.py (writes batch88/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch88")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h8801", "https://ketamine-crystal-store.example/payment-methods", "seller", True, "en",
  "seller-payment-instructions-crypto-giftcards", "Payment Methods | KCS - Ketamine Crystal Store", """
<header class="top">
<div class="logo"><a href="/">KCS</a> <small>since 2018 &middot; 14,000+ happy customers</small></div>
<nav><a href="/shop">Shop</a>
 <ul class="dropdown"><li><a href="/c/crystal">Ketamine HCl Crystal</a></li><li><a href="/c/powder">Fine Powder</a></li><li><a href="/c/vials">Liquid Vials 10ml</a></li><li><a href="/c/nasal">Esketamine Nasal</a></li></ul>
 <a href="/payment-methods" class="active">Payment</a> <a href="/shipping">Shipping</a> <a href="/track">Track Order</a> <a href="/contact">Contact</a></nav>
<div class="cart"><a href="/cart">Cart (0) &ndash; $0.00</a></div>
</header>
<div class="promo-strip">10% OFF every order paid in crypto &bull; Free stealth shipping over $250</div>
<main>
<h1>Payment Methods</h1>
<p>We keep it simple. Because card processors shut down accounts of shops like ours without warning, we only take payment methods that can't be frozen halfway through your order. All prices on the site are in USD; crypto amounts are calculated at checkout using the live rate.</p>
<h2>1. Bitcoin (BTC) &ndash; recommended</h2>
<p>Choose "Bitcoin" at checkout. You'll get a unique wallet address and a QR code that stay valid for <b>30 minutes</b>. Send the <u>exact</u> amount shown, plus your wallet's network fee. Your order switches to "Paid" after 1 confirmation and is packed the same day.</p>
<h2>2. Monero (XMR) and USDT (TRC-20)</h2>
<p>Same process as Bitcoin. Monero orders get an extra 5% on top of the crypto discount, because it's the most private option for both of us.</p>
<h2>3. Gift cards (orders under $300 only)</h2>
<p>Amazon, Apple and Steam gift cards are accepted at 80% of face value. Write the card codes in the "Order notes" box at checkout &ndash; never send a photo of the card. Partially used cards will be rejected.</p>
<h2>4. Zelle / Cash App</h2>
<p>Available for returning customers only (3+ completed orders). Ask support for the current recipient. Do <b>not</b> write anything about your order in the payment memo. Use your order number only, or leave it blank.</p>
<h2>Important</h2>
<ul>
<li>Underpaid orders are held until the balance arrives. Overpayments are added as store credit.</li>
<li>Crypto payments are final. If something goes wrong in the mail we <a href="/shipping#reship">reship</a> instead of refunding.</li>
<li>New to crypto? Buy on any exchange, send it to your own wallet first (Exodus, Electrum, Cake) and pay us from there. Exchanges sometimes flag payments sent straight to merchants.</li>
</ul>
</main>
<aside class="sidebar">
<h3>Best sellers</h3>
<ul><li>Shards 5g &ndash; $210</li><li>Shards 10g &ndash; $380</li><li>Vials 5 x 10ml (500mg/10ml) &ndash; $290</li><li>Nasal device 3-pack &ndash; $240</li></ul>
<h3>Need help paying?</h3>
<p>Live chat 9am&ndash;11pm EST or Telegram <b>@kcs_support</b>.</p>
</aside>
<footer><p>&copy; 2025 KCS. Products are sold for personal use; buyers are responsible for complying with local laws.</p><p><a href="/faq">FAQ</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h8802", "https://ketadirect.example/shipping-policy", "seller", True, "en",
  "seller-shipping-reship-policy-no-drug-named", "Shipping & Reship Policy - KetaDirect", """
<header><a href="/" class="brand">KetaDirect</a>
<nav><a href="/shop">Shop</a> <a href="/shipping-policy">Shipping</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/account">My account</a></nav></header>
<main class="policy">
<h1>Shipping &amp; Reship Policy</h1>
<p class="updated">Last updated: 2 March 2025</p>
<h2>Processing times</h2>
<p>Orders paid before 2pm (EST) leave the same day, Monday to Saturday. Orders paid later ship the next working day. You'll get a tracking number by e-mail once the parcel is handed to the carrier.</p>
<h2>Delivery times</h2>
<table>
<tr><th>Destination</th><th>Carrier</th><th>Estimated</th><th>Cost</th></tr>
<tr><td>USA</td><td>USPS Priority</td><td>2&ndash;4 days</td><td>$25 (free over $250)</td></tr>
<tr><td>Canada</td><td>Tracked packet</td><td>6&ndash;10 days</td><td>$40</td></tr>
<tr><td>UK &amp; EU</td><td>Registered airmail</td><td>8&ndash;15 days</td><td>$45</td></tr>
<tr><td>Rest of world</td><td>Registered airmail</td><td>10&ndash;21 days</td><td>$55</td></tr>
</table>
<p>We do not ship to Australia, New Zealand, Singapore, the UAE or Russia. Orders to those countries will be cancelled and refunded as store credit.</p>
<h2>Stealth packaging</h2>
<p>Every order is double vacuum-sealed, placed in a smell-proof mylar bag and hidden inside an everyday retail item (the item changes regularly, so we won't list them here). The outer parcel carries the return address of a real small business and nothing that links it to us. No signature is needed on domestic orders.</p>
<h2 id="reship">Reship guarantee</h2>
<ul>
<li><b>USA:</b> if your parcel is seized, lost or shows no movement for 10 business days, we reship 100% free, once per order.</li>
<li><b>International:</b> we reship at 50% of the order value. Customs seizures at the border are a risk of ordering across borders and you accept it when you check out.</li>
<li>To claim, open a ticket with your order number and a screenshot of the tracking page. You do <u>not</u> need to send us a customs letter.</li>
</ul>
<h2>If you receive a letter from customs</h2>
<p>Don't panic and don't sign or return anything. Letters about small parcels are usually just notices. Contact us through the ticket system (not by e-mail) and we'll tell you what to do next. Never claim a seized parcel in person.</p>
<h2>Wrong address</h2>
<p>Double-check your address before paying. Parcels returned to sender because of an incomplete address are not eligible for a reship. Use your real name, or a name someone at the address will recognise.</p>
</main>
<footer><p>KetaDirect &middot; discreet since 2019 &middot; <a href="/contact">Contact</a> &middot; <a href="/terms">Terms of sale</a></p></footer>
""")

p("h8803", "https://arylchem-labs.example/track-order", "seller", True, "en",
  "research-chem-analogue-shop-order-tracking", "Track your order - ArylChem Labs", """
<div class="disclaimer-bar">All products are sold strictly for laboratory research purposes. NOT FOR HUMAN CONSUMPTION. You must be 21+ to order.</div>
<header><a href="/" class="logo">ArylChem Labs</a>
<nav>
<a href="/c/arylcyclohexylamines">Arylcyclohexylamines</a>
<a href="/c/arylcyclohexylamines/2-fdck">2-FDCK</a>
<a href="/c/arylcyclohexylamines/dck">Deschloroketamine</a>
<a href="/c/arylcyclohexylamines/o-pce">O-PCE</a>
<a href="/c/pellets">Pellets</a>
<a href="/c/blotters">Blotters</a>
<a href="/track-order">Track order</a>
</nav></header>
<main>
<h1>Track your order</h1>
<form action="/track-order" method="post">
<label>Order number <input name="order" value="AC-48113"></label>
<label>E-mail or PGP fingerprint <input name="email" value="k***@proton.example"></label>
<button>Track</button>
</form>
<section class="result">
<h2>Order AC-48113</h2>
<table>
<tr><td>Status</td><td><b>Shipped</b></td></tr>
<tr><td>Payment</td><td>BTC &ndash; received (2 confirmations)</td></tr>
<tr><td>Items</td><td>1 x 2-FDCK 5g, 1 x O-PCE 1g</td></tr>
<tr><td>Dispatched from</td><td>EU warehouse (NL)</td></tr>
<tr><td>Packaging</td><td>Stealth &ndash; neutral envelope, no logos, no product names</td></tr>
<tr><td>Carrier</td><td>PostNL International Tracked</td></tr>
<tr><td>Tracking</td><td>LX 448 113 902 NL</td></tr>
<tr><td>Estimated delivery</td><td>4&ndash;7 working days</td></tr>
</table>
<ol class="timeline">
<li>Mon 09:14 &ndash; Payment confirmed</li>
<li>Mon 15:40 &ndash; Packed and weighed (scale photo available on request)</li>
<li>Tue 10:02 &ndash; Handed to carrier</li>
</ol>
</section>
<section class="help">
<h3>Parcel stuck?</h3>
<p>International parcels can sit in a sorting centre for a few days without scans. After 14 days without movement, open a ticket and our reship team will send a free replacement (one per order, EU and UK only).</p>
<p>Please don't write product names in tickets. Just the order number.</p>
</section>
</main>
<footer>&copy; ArylChem Labs &ndash; research chemicals since 2016 &middot; <a href="/payment">Payment</a> &middot; <a href="/wholesale">Bulk</a> &middot; <a href="/contact">Contact (PGP)</a></footer>
""")

p("h8804", "https://ketavet-supply.example/support/tickets/20931", "seller", True, "en",
  "seller-support-ticket-reply-plain", "", """
Ticket #20931 - Re: package stuck in Chicago
Status: Awaiting customer
From: Mia (KetaVet Supply support) <support@ketavet-supply.example>

Hi Jordan,

Thanks for your patience and sorry about the slow reply, the weekend queue was long.

I checked with the shipping department. Your parcel (USPS 9405 5036 9930 0412 ...) has been at the Chicago distribution center for 6 days without a new scan. That's almost always a backlog and not a seizure, so please sit tight for now.

If there's still no movement by Friday, we'll reship your whole order (5 x 10ml vials of the 100mg/ml and 2g crystal) free under our reship guarantee. You don't need to send anything back or fill in any form.

For next time: your loyalty code LOYAL15 gives 15% off but only works with BTC or LTC payments. And please don't name the product in tickets or on Telegram, just use the order number.

Kind regards,
Mia
KetaVet Supply - vet grade, no paperwork
""", ext="txt")

p("h8805", "https://buyketamineonline-rx.example/faq", "seller", True, "en",
  "seller-faq-no-prescription", "FAQ | BuyKetamineOnline Rx", """
<header>
<a href="/" class="logo">BuyKetamineOnline <span>Rx</span></a>
<nav><a href="/">Home</a> <a href="/shop">Products</a> <a href="/faq" class="active">FAQ</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/cart">&#128722; 0</a></nav>
</header>
<main>
<h1>Frequently Asked Questions</h1>
<div class="faq">
<h3>Do I need a prescription to order?</h3>
<p>No. We don't ask for a prescription, a doctor's letter or ID. Our products are sold for personal use, and you are responsible for knowing the rules where you live.</p>
<h3>Is your ketamine pharmaceutical grade?</h3>
<p>Our liquid is sealed pharmaceutical stock (Ketalar and Ketamin-Inresa 50mg/ml, 10ml vials) with batch numbers intact. Crystal and powder are lab-tested at 99.6%+ purity; lab reports are on each product page.</p>
<h3>Do you sell esketamine?</h3>
<p>Yes. Esketamine nasal devices (28mg) are available in packs of 2, 3 and 6. They are the same as the spray used in clinics, without the two-hour wait in a waiting room.</p>
<h3>How do I pay?</h3>
<p>Bitcoin, Litecoin, USDT and Monero. Crypto orders get 10% off automatically. See <a href="/payment">Payment</a>.</p>
<h3>How discreet is the packaging?</h3>
<p>Fully. Vacuum sealed, no smell, no logos, no names of products on anything. Your bank statement never shows us because you don't use a bank.</p>
<h3>How long does delivery take?</h3>
<p>USA 2&ndash;5 days, Europe 5&ndash;10 days, rest of world 7&ndash;21 days. Tracking on every order.</p>
<h3>What if my order gets seized?</h3>
<p>One free reship per order. See <a href="/shipping">Shipping</a>.</p>
<h3>Can I order for a friend?</h3>
<p>Yes, just enter their address. Please make sure they know a parcel is coming.</p>
<h3>Is there a minimum order?</h3>
<p>$120 for crystal, 2 vials for liquid. Wholesale from 50g, ask on Telegram <b>@bko_rx</b>.</p>
</div>
</main>
<aside><h4>Still have questions?</h4><p>Chat with us on WhatsApp +1 (555) 014-2231 or Telegram @bko_rx. Average reply time 12 minutes.</p></aside>
<footer>&copy; 2024 BuyKetamineOnline Rx &middot; Worldwide shipping &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refund policy</a></footer>
""", noise="cookie")

p("h8806", "https://calmkclinic.example/about-us", "seller", True, "en",
  "fake-online-clinic-about-us-auto-approval", "About Us | CalmK Online Clinic", """
<header><a href="/" class="brand">CalmK <small>Online Clinic</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/about-us">About us</a> <a href="/assessment" class="btn">Start assessment</a></nav></header>
<main>
<h1>About CalmK</h1>
<p class="lead">We started CalmK in 2021 because we were tired of watching people wait months for a psychiatrist, only to be told to "try another SSRI".</p>
<p>Ketamine has changed thousands of lives. But clinics charge $500 per session, want you to sit in a chair for two hours, and turn most people away. We thought there had to be a better way.</p>
<h2>How we're different</h2>
<ul>
<li><b>No video calls, no waiting rooms.</b> Complete our 3-minute online assessment from your phone.</li>
<li><b>98% approval rate.</b> Our medical team reviews every assessment, usually within the hour, and almost everyone qualifies.</li>
<li><b>Delivered next day.</b> Your esketamine nasal spray or ketamine lozenges ship in plain, discreet packaging the day you're approved.</li>
<li><b>Pay your way.</b> Card, Zelle or crypto (crypto saves you 15%).</li>
</ul>
<h2>Our team</h2>
<p>CalmK is run by a small group of wellness professionals, pharmacists and patient advocates who believe that access to ketamine is a right, not a privilege. Our medical reviewers are licensed overseas and work independently.</p>
<h2>Our promise</h2>
<p>If your assessment isn't approved, we refund your $29 assessment fee, no questions asked. Reorders are automatic every 30 days unless you pause them from your dashboard, no need to fill in the assessment again.</p>
<a href="/assessment" class="btn-large">Take the 3-minute assessment</a>
</main>
<footer><p>CalmK Online Clinic is a wellness service. Information on this site is not medical advice.</p><p>&copy; 2025 CalmK &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h8807", "https://ketawholesale.example/wholesale-terms", "seller", True, "en",
  "seller-wholesale-reseller-dropship-terms", "Wholesale & Reseller Program - KW Bulk", """
<header><a href="/">KW Bulk</a> <span class="tag">direct from source</span>
<nav><a href="/retail">Retail shop</a> <a href="/wholesale-terms">Wholesale</a> <a href="/dropship">Dropship</a> <a href="/escrow">Escrow</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Wholesale &amp; Reseller Terms</h1>
<p>KW Bulk supplies vendors, group buys and resellers in North America and Europe. If you sell on markets, in Telegram shops or face to face, you already know the problem: inconsistent quality and suppliers who disappear. We've shipped bulk since 2017 and we don't disappear.</p>
<h2>Price tiers (crystal shards, needle form)</h2>
<table>
<tr><th>Quantity</th><th>Price per gram</th><th>Total</th></tr>
<tr><td>100 g</td><td>$14</td><td>$1,400</td></tr>
<tr><td>250 g</td><td>$12</td><td>$3,000</td></tr>
<tr><td>500 g</td><td>$10</td><td>$5,000</td></tr>
<tr><td>1 kg</td><td>$8.50</td><td>$8,500</td></tr>
</table>
<p>Fine powder is the same price. Vet liquid (10ml, 100mg/ml) is sold in boxes of 25 vials: ask for the current rate.</p>
<h2>Payment</h2>
<ul>
<li>BTC or XMR only for wholesale. No exceptions.</li>
<li>First order: 50% up front, 50% after you confirm delivery, or use our <a href="/escrow">escrow</a> (3% fee).</li>
<li>From your third order: 100% up front, 5% off.</li>
</ul>
<h2>Dropshipping</h2>
<p>Don't want to hold stock? Send us your customer's address and we ship in our standard stealth. Your customers never see our name. Dropship minimum: 20 orders per month. We can pack in your own labels or baggies if you send the artwork.</p>
<h2>Shipping &amp; losses</h2>
<p>Bulk parcels are split into several packages under 500 g. Domestic (US) losses are reshipped in full. International losses are shared 50/50. We do not ship bulk to Australia or Scandinavia.</p>
<h2>Rules</h2>
<ol>
<li>No reselling our photos or lab reports as your own.</li>
<li>Talk about orders on Session or Threema only. No e-mail, no SMS.</li>
<li>Never mention the product in payment notes or on packaging you send us.</li>
</ol>
<p>Apply: send your Session ID, the markets you sell on and your monthly volume to <b>kwbulk</b> on Session.</p>
</main>
<footer>KW Bulk &copy; 2025</footer>
""")

p("h8808", "https://tgchannel.example/ktownuk/pinned", "seller", True, "en",
  "telegram-channel-pinned-rules-plain", "", """
📌 PINNED - READ BEFORE YOU DM

K-TOWN UK 🐴🇬🇧 official channel (backup if we get banned: @ktown_backup2)

1. No prices in the group. The menu (shards, fine, pressed) is the next pinned post and gets updated every Monday.
2. Orders by DM to @ktown_plug ONLY. Anyone else messaging you claiming to be us is a scammer.
3. Minimum order 3.5g. Payment BTC, LTC or bank transfer to the details we send you. NEVER put the product in the reference.
4. Next-day Royal Mail, vac sealed stealth. Lost parcels reshipped once, seized = 50%.
5. London drops Fri/Sat only, postcode in DM.
6. Post your review in @ktown_reviews and get 10% off your next one.
7. Timewasters and people asking for tick get blocked. No samples.
""", ext="txt")

p("h8809", "https://linkbio.example/specialk.bcn", "seller", True, "es",
  "link-in-bio-page-telegram-orders", "Special K BCN | linkbio", """
<main class="linkpage">
<img src="/avatars/specialk_bcn.png" alt="avatar caballito">
<h1>Special K BCN 🐴💎</h1>
<p class="bio">Keta de calidad, cristal y polvo fino. Envíos discretos 24/48h a toda España 📦 Entregas en mano en Barcelona. +18</p>
<ul class="links">
<li><a href="https://tg.example/specialkbcn">📲 Pedidos por Telegram</a></li>
<li><a href="https://wa.example/34600112233">💬 WhatsApp (solo clientes)</a></li>
<li><a href="https://tg.example/specialkbcn_menu">📋 Carta y precios (actualizada)</a></li>
<li><a href="https://tg.example/specialkbcn_resenas">⭐ Reseñas de clientes</a></li>
<li><a href="/specialk.bcn/seguimiento">🚚 Seguimiento de tu envío</a></li>
<li><a href="/specialk.bcn/pagos">🪙 Paga en cripto y ahorra un 10%</a></li>
</ul>
<p class="note">Si nos cierran la cuenta, el nuevo enlace estará siempre aquí. No respondemos a preguntas sin pedido.</p>
</main>
""")

p("h8810", "https://ketamin-direkt.example/bewertungen", "seller", True, "de",
  "seller-customer-reviews-page", "Kundenbewertungen | Ketamin Direkt", """
<header><a href="/" class="logo">Ketamin Direkt</a>
<nav><a href="/shop">Shop</a> <a href="/versand">Versand</a> <a href="/zahlung">Zahlung</a> <a href="/bewertungen" class="aktiv">Bewertungen</a> <a href="/kontakt">Kontakt</a></nav>
<div class="trust">★ 4,8 / 5 aus 1.284 Bewertungen &middot; Versand aus der EU &middot; Diskret verpackt</div></header>
<main>
<h1>Das sagen unsere Kunden</h1>
<div class="filter">Filtern: <a href="?p=alle">Alle</a> | <a href="?p=kristall">Kristall</a> | <a href="?p=ampullen">Ampullen</a> | <a href="?p=spray">Nasenspray</a></div>
<article class="review"><span class="stars">★★★★★</span> <b>Markus T.</b> &ndash; verifizierter Kauf: Ketamin Kristall 5 g
<p>Bestellt am Montag, Donnerstag im Briefkasten. Verpackung absolut unauffällig, Ware wie beschrieben, schöne Kristalle. Komme wieder.</p></article>
<article class="review"><span class="stars">★★★★★</span> <b>Jana</b> &ndash; verifizierter Kauf: Ampullen 5 x 10 ml
<p>Erstes Paket hing beim Zoll fest, Support hat ohne Diskussion kostenlos neu verschickt. Zweites kam nach 4 Tagen. Top Service!</p></article>
<article class="review"><span class="stars">★★★★☆</span> <b>anonym</b> &ndash; verifizierter Kauf: Ketamin Kristall 10 g
<p>Bezahlung mit Bitcoin hat beim ersten Mal etwas gedauert, der Telegram-Support hat mir Schritt für Schritt geholfen. Qualität gut, ein Stern Abzug für die Wartezeit.</p></article>
<article class="review"><span class="stars">★★★★★</span> <b>S. aus Wien</b> &ndash; verifizierter Kauf: Esketamin Nasenspray 3er
<p>Endlich ohne Rezept und ohne monatelange Wartezeit beim Psychiater. Kam nach Österreich in 5 Tagen.</p></article>
<article class="review"><span class="stars">★★★☆☆</span> <b>Dennis</b> &ndash; verifizierter Kauf: Ketamin Pulver 2 g
<p>Ware ok, aber Sendungsverfolgung hat eine Woche nichts angezeigt. Am Ende doch angekommen.</p></article>
<p><a href="?seite=2">Weitere Bewertungen &raquo;</a></p>
<div class="cta">Bewertung schreiben und 10 % Rabatt auf die nächste Bestellung erhalten (Code kommt per Telegram).</div>
</main>
<aside><h3>Zahlungsarten</h3><p>Bitcoin, Monero, Paysafecard</p><h3>Versand</h3><p>DE/AT 2&ndash;4 Tage, CH 5&ndash;8 Tage (ohne Gewähr am Zoll)</p></aside>
<footer>&copy; 2025 Ketamin Direkt &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h8811", "https://k-boutique.example/programme-fidelite", "seller", True, "fr",
  "seller-loyalty-referral-programme", "Programme de fidélité K-Club | K-Boutique", """
<header><a href="/" class="logo">K-Boutique</a>
<nav><a href="/boutique">Boutique</a> <a href="/livraison">Livraison</a> <a href="/programme-fidelite">K-Club</a> <a href="/contact">Contact</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Le K-Club : nos clients fidèles sont récompensés</h1>
<p>Merci de nous faire confiance depuis 2020. Chaque commande vous rapporte des points, et vos amis aussi.</p>
<h2>Comment ça marche</h2>
<ul>
<li>1 € dépensé = 1 point K.</li>
<li>500 points = 25 € de réduction sur la commande suivante.</li>
<li>Points doublés pour tout paiement en Bitcoin ou Monero.</li>
<li>Points valables sur toute la boutique : cristaux, poudre fine, flacons vétérinaires et sprays.</li>
</ul>
<h2>Parrainage</h2>
<p>Donnez votre code à un ami : il reçoit 10 % sur sa première commande, vous recevez 150 points dès que son colis est livré. Pas de limite de filleuls. Merci de ne jamais partager votre code sur des réseaux publics, uniquement en privé.</p>
<h2>Niveaux</h2>
<table><tr><th>Niveau</th><th>Condition</th><th>Avantage</th></tr>
<tr><td>Bronze</td><td>1re commande</td><td>Envoi discret offert dès 150 €</td></tr>
<tr><td>Argent</td><td>5 commandes</td><td>Réexpédition gratuite à 100 % en cas de saisie</td></tr>
<tr><td>Or</td><td>15 commandes</td><td>Accès au canal privé et aux prix de gros</td></tr></table>
<p class="petit">Sans ordonnance, sans inscription : votre numéro de commande suffit pour suivre vos points. Les points expirent après 12 mois sans commande. Envoi depuis l'UE.</p>
</main>
<footer>K-Boutique &copy; 2025 &middot; Support Telegram @kboutique_fr</footer>
""", noise="cookie-fr")

p("h8812", "https://ketaminebestellen.example/veelgestelde-vragen", "seller", True, "nl",
  "seller-faq-shipping-customs", "Veelgestelde vragen - Ketamine Bestellen", """
<header><a href="/">KetamineBestellen</a> <nav><a href="/winkel">Winkel</a> <a href="/veelgestelde-vragen">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Veelgestelde vragen</h1>
<h3>Heb ik een recept nodig?</h3>
<p>Nee. Je bestelt gewoon via de winkel, zonder recept en zonder account.</p>
<h3>Hoe wordt mijn bestelling verzonden?</h3>
<p>Als brievenbuspakje, dubbel geseald, zonder logo of afzender die naar ons verwijst. Binnen Nederland en België meestal de volgende werkdag in huis.</p>
<h3>En als de douane mijn pakket tegenhoudt?</h3>
<p>Buiten de Benelux kan dat gebeuren. Stuur ons je ordernummer en we sturen één keer gratis opnieuw. Reageer zelf niet op brieven van de douane.</p>
<h3>Hoe kan ik betalen?</h3>
<p>Met Bitcoin of Monero (5% korting), of met een bankoverschrijving naar de rekening die je na je bestelling via Telegram krijgt. Zet nooit de productnaam in de omschrijving.</p>
<h3>Verkopen jullie ook per gram?</h3>
<p>Vanaf 1 gram. Grotere hoeveelheden (25 g+) op aanvraag.</p>
</main>
<footer>&copy; KetamineBestellen &middot; discreet sinds 2021</footer>
""", noise="cookie-nl")

p("h8813", "https://cetaminabrasil.example/como-pagar", "seller", True, "pt",
  "seller-payment-instructions-pix-whatsapp", "Como pagar | Cetamina Brasil", """
<main>
<h1>Como pagar seu pedido</h1>
<ol>
<li>Finalize o carrinho e anote o número do pedido.</li>
<li>Chame no WhatsApp <b>(11) 9 4000-2211</b> com o número do pedido. Vamos enviar a chave PIX (aleatória, muda toda semana).</li>
<li>Pague e mande o comprovante no mesmo chat. Não escreva nada na descrição do PIX.</li>
<li>Pedido despachado em até 24h úteis, em embalagem discreta, sem nota fiscal e sem nome do produto.</li>
</ol>
<p>Também aceitamos USDT (rede TRC-20) com 8% de desconto. Não aceitamos boleto nem cartão.</p>
<p><b>Não é preciso receita.</b> Frascos de 10 ml e cristal a partir de 1 g. Entrega para todo o Brasil pelos Correios (código de rastreio no WhatsApp).</p>
</main>
<footer>Cetamina Brasil &middot; atendimento seg&ndash;sáb 9h às 22h</footer>
""")

p("h8814", "https://esketamina-spray.example/assistenza-clienti", "seller", True, "it",
  "seller-customer-support-page-telegram", "Assistenza clienti | Esketamina Spray Italia", """
<header><a href="/">Esketamina Spray Italia</a>
<nav><a href="/prodotti">Prodotti</a> <a href="/spedizioni">Spedizioni</a> <a href="/assistenza-clienti">Assistenza</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Assistenza clienti</h1>
<p>Il nostro staff risponde 7 giorni su 7, dalle 9 alle 23. Il canale più veloce è Telegram: <b>@esk_assistenza</b> (tempo medio di risposta 2 ore). Per motivi di privacy non abbiamo un numero di telefono.</p>
<h2>Domande frequenti</h2>
<p><b>Serve la ricetta?</b> No, nessuna ricetta e nessun documento. Basta l'indirizzo di consegna.</p>
<p><b>Come arriva il pacco?</b> Spedizione anonima in tutta Italia in 48/72 ore, pacco neutro senza riferimenti al contenuto. Ritiro anche presso i punti di ritiro (lockers).</p>
<p><b>Il mio ordine non è arrivato.</b> Scrivici il numero d'ordine dopo 7 giorni lavorativi: rispediamo gratis una volta.</p>
<p><b>Come posso pagare?</b> Ricarica PostePay, bonifico istantaneo o crypto (BTC, USDT). Con le crypto lo sconto è del 10%.</p>
<p><b>Quanti spray devo ordinare?</b> La confezione da 3 dispositivi basta per circa una settimana. Per ordini ripetuti chiedi il codice fedeltà.</p>
</main>
<footer>&copy; 2025 Esketamina Spray Italia &middot; spedizioni dall'UE</footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth (9)

p("h8815", "https://help.stillwaterhealth.example/hc/articles/billing-and-payments", "telehealth", False, "en",
  "telehealth-billing-faq-help-center", "Billing & payments FAQ - Stillwater Health Help Center", """
<header><a href="/" class="logo">Stillwater Health <span>Help Center</span></a>
<nav><a href="/hc/getting-started">Getting started</a> <a href="/hc/your-care">Your care</a> <a href="/hc/medication">Medication &amp; pharmacy</a> <a href="/hc/billing" class="active">Billing</a> <a href="https://app.stillwaterhealth.example/login">Log in</a></nav>
<form class="search"><input placeholder="Search help articles"></form></header>
<main>
<p class="crumbs">Help Center / Billing</p>
<h1>Billing &amp; payments FAQ</h1>
<p class="meta">Updated 11 days ago &middot; 6 min read</p>
<h2>What does the program cost?</h2>
<p>Your first step is a <b>medical evaluation ($249)</b>: a 45-minute video visit with one of our psychiatric nurse practitioners or physicians, who reviews your history, current medications and screening results. If your clinician decides at-home ketamine treatment isn't safe or appropriate for you, we refund the evaluation fee in full and share referral options.</p>
<p>If you are prescribed treatment, the <b>monthly care plan is $199</b>. It includes follow-up video visits with your prescriber, secure messaging with the care team, check-ins before every dose and integration sessions with a licensed therapist.</p>
<h2>Is the medication included?</h2>
<p>No. Your prescription is sent to our partner pharmacy, Cedar Compounding Pharmacy, which is licensed in every state where we see patients. The pharmacy bills you directly (typically $60&ndash;$110 per month depending on your dose). You are free to ask us to send the prescription to another licensed pharmacy that can fill it.</p>
<h2>Which payment methods do you accept?</h2>
<p>Credit and debit cards, HSA and FSA cards. We do not accept cryptocurrency, gift cards or cash.</p>
<h2>Does insurance cover it?</h2>
<p>We are out-of-network with all insurers. On request we issue a superbill (with diagnosis and procedure codes) that you can submit for possible out-of-network reimbursement. Ketamine for depression is off-label and many plans won't reimburse it, so please check with your insurer first.</p>
<h2>Can I pause or cancel?</h2>
<p>You can cancel your plan at any time from <i>Account &gt; Membership</i>. Cancelling stops future charges and closes your prescription; your clinician will schedule a closing visit. You can't pause the plan and keep an active prescription, because ongoing monitoring is part of safe treatment.</p>
<h2>Why was I charged twice?</h2>
<p>Usually a card pre-authorization that disappears within 3&ndash;5 business days. If it is still there after a week, message billing from your account.</p>
<p class="feedback">Was this article helpful? <button>Yes</button> <button>No</button></p>
</main>
<aside><h3>In this section</h3><ul><li><a href="#">Getting a superbill</a></li><li><a href="#">Updating your card</a></li><li><a href="#">Refund policy</a></li><li><a href="#">Which states do you serve?</a></li></ul></aside>
<footer><p>Stillwater Health PC &middot; Medical services are provided by licensed clinicians of Stillwater Health Medical Group. If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h8816", "https://www.lumenmind.example/medication-shipping", "telehealth", False, "en",
  "telehealth-prescribed-medication-shipping-policy", "How your medication is shipped | LumenMind", """
<header><a href="/" class="brand">LumenMind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/get-started" class="btn">Check eligibility</a></nav></header>
<main>
<h1>How your medication is shipped</h1>
<p>LumenMind clinicians prescribe sublingual ketamine only after a live video evaluation, and only when they believe it is medically appropriate. Nothing ships until a prescription exists. Here is what happens next.</p>
<h2>1. Your prescription goes to a licensed pharmacy</h2>
<p>Your prescriber sends an electronic prescription to one of our partner pharmacies (Bayline Pharmacy in Arizona or Northgate Specialty Pharmacy in Ohio). Both are licensed to dispense controlled substances in the states they ship to and hold DEA registrations. The pharmacist checks the prescription and your state's prescription monitoring program before filling it.</p>
<h2>2. Packaging</h2>
<p>Medication arrives in a tamper-evident, child-resistant container inside a plain outer box marked only with the pharmacy's name and return address. A printed medication guide and your dosing instructions are inside.</p>
<h2>3. Delivery</h2>
<ul>
<li>Shipped by UPS 2nd Day Air with <b>adult signature required</b> (21+). The driver may ask to see ID.</li>
<li>We cannot ship to P.O. boxes, hotels, or addresses outside the state where you were evaluated.</li>
<li>Packages cannot be redirected, forwarded or left at the door.</li>
</ul>
<h2>4. If a package is lost or damaged</h2>
<p>Tell your care team right away. Because ketamine is a Schedule III medication, the pharmacy must investigate and file a loss report before anything is replaced. A replacement requires your prescriber's approval, and repeated losses lead to a review of your treatment plan.</p>
<h2>5. Refills</h2>
<p>Refills are authorized only after your follow-up visit and a review of your dosing journal and mood scores. We never set up automatic refills.</p>
<h2>States we currently serve</h2>
<p>Arizona, California, Colorado, Florida, Illinois, New York, Ohio, Texas and Washington.</p>
</main>
<footer><p>&copy; 2025 LumenMind Medical PC. Ketamine is not FDA-approved for depression; it is prescribed off-label. <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a> &middot; <a href="/careers">Careers</a></p></footer>
""")

p("h8817", "https://portal.northlighttelehealth.example/messages/88213", "telehealth", False, "en",
  "telehealth-care-team-message-plain", "", """
Subject: Re: Can I get next month's medication early?
From: Northlight Care Team
To: Sam R.

Hi Sam,

Thanks for writing in, and for keeping such a thorough dosing journal. I passed your message on to Dr. Anika Patel, your prescribing physician.

Dr. Patel would like to see you for a short follow-up video visit before renewing your prescription. Your last two journal entries mention feeling dizzy for longer than usual after your session, and she wants to talk through that and possibly adjust your dose. Prescriptions can't be filled early, but once she has seen you the pharmacy usually ships within 2 business days.

You can book the visit in the app under Appointments > Follow-up. Thursday and Friday afternoons are open this week.

If you ever feel unsafe, call or text 988 or go to your nearest emergency room.

Warmly,
Leah, RN
Northlight Telehealth care team
""", ext="txt")

p("h8818", "https://www.quietharbor.example/refer-a-friend", "telehealth", False, "en",
  "telehealth-referral-programme-terms", "Refer a friend | Quiet Harbor", """
<header><a href="/">Quiet Harbor</a> <nav><a href="/treatment">Treatment</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/refer-a-friend">Refer a friend</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Know someone who could use support?</h1>
<p>Share your personal link. When a friend becomes a member, they get <b>$75 off their first month</b> and you get a <b>$75 account credit</b>.</p>
<a href="/account/referrals" class="btn">Get my link</a>
<h2>The fine print</h2>
<ul>
<li>Every person who signs up goes through the same intake and a video evaluation with a licensed Quiet Harbor clinician. A referral never guarantees that someone will be prescribed ketamine or any other medication.</li>
<li>Credits apply to membership fees only. They can't be used for medication, which is billed by the dispensing pharmacy, or exchanged for cash.</li>
<li>Your friend must live in a state where we provide care.</li>
<li>To protect privacy, we won't tell you whether or when a person you referred became a patient. You'll just see the credit.</li>
<li>Please don't post your link on public forums or pay anyone to use it. We may cancel credits earned that way.</li>
</ul>
</main>
<footer>Quiet Harbor Health, P.A. &middot; Care by board-certified psychiatrists and psychiatric nurse practitioners</footer>
""")

p("h8819", "https://support.evenkeelcare.example/articles/where-is-my-medication", "telehealth", False, "en",
  "telehealth-order-tracking-help-article", "Where is my medication? - Even Keel Support", """
<main>
<h1>Where is my medication?</h1>
<p>After your clinician approves a prescription at your visit, you can follow it in the app under <b>Treatment &gt; Prescription status</b>:</p>
<ol>
<li><b>Sent to pharmacy</b> &ndash; your prescriber has e-prescribed it.</li>
<li><b>Pharmacy verifying</b> &ndash; the pharmacist is reviewing the prescription and checking your state's monitoring database (usually 1 business day).</li>
<li><b>Shipped</b> &ndash; a tracking number appears here. Someone 18+ must sign for the package.</li>
</ol>
<p>Not arrived within 5 business days of "Shipped"? Message the care team. We can't reship medication ourselves; the pharmacy handles any lost-package report.</p>
</main>
""")

p("h8820", "https://mentevirtual.example/preguntas-frecuentes", "telehealth", False, "es",
  "telepsychiatry-faq-esketamine-referral", "Preguntas frecuentes | MenteVirtual Psiquiatría Online", """
<header><a href="/">MenteVirtual</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/preguntas-frecuentes">Preguntas frecuentes</a> <a href="/cita" class="btn">Pedir cita</a></nav></header>
<main>
<h1>Preguntas frecuentes</h1>
<h3>¿Cómo es la primera consulta?</h3>
<p>Es una videoconsulta de 50 minutos con uno de nuestros psiquiatras colegiados. Repasamos su historia clínica, los tratamientos que ha probado y sus síntomas actuales. Le pedimos que tenga a mano los informes previos.</p>
<h3>¿Pueden enviarme esketamina a casa?</h3>
<p>No. La esketamina en espray nasal (Spravato) solo puede administrarse en un centro sanitario autorizado, donde el paciente permanece en observación al menos dos horas. Si tras la evaluación consideramos que usted es candidato por una depresión resistente, le derivamos con un informe a uno de nuestros hospitales colaboradores en Madrid, Barcelona o Sevilla, y seguimos su evolución por videoconsulta.</p>
<h3>¿Hacen recetas?</h3>
<p>Sí, emitimos receta electrónica privada para los tratamientos que el psiquiatra considere indicados, válida en cualquier farmacia de España. No prescribimos medicamentos sin una consulta previa.</p>
<h3>¿Cuánto cuesta?</h3>
<p>Primera consulta 120 €, revisiones 80 €. Pago con tarjeta o Bizum al reservar. Emitimos factura para su mutua o seguro de reembolso.</p>
<h3>¿Y si tengo una urgencia?</h3>
<p>No somos un servicio de urgencias. Llame al 112 o al 024 (línea de atención a la conducta suicida).</p>
</main>
<footer>MenteVirtual Salud S.L. &middot; Centro sanitario inscrito en el registro de la Comunidad de Madrid &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h8821", "https://www.seelenpraxis-online.example/mitgliedschaft", "telehealth", False, "de",
  "telepsychiatry-membership-page-swiss", "Mitgliedschaft | Seelenpraxis Online", """
<header><a href="/" class="logo">Seelenpraxis Online</a>
<nav><a href="/angebot">Angebot</a> <a href="/aerztinnen">Unsere Ärztinnen</a> <a href="/mitgliedschaft">Mitgliedschaft</a> <a href="/faq">FAQ</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Die Mitgliedschaft</h1>
<p>Psychiatrische Begleitung per Video, ohne lange Wartelisten. Alle Gespräche führen Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie FMH.</p>
<table>
<tr><th></th><th>Basis</th><th>Plus</th></tr>
<tr><td>Monatlicher Beitrag</td><td>CHF 59</td><td>CHF 119</td></tr>
<tr><td>Videosprechstunden</td><td>1 pro Monat</td><td>bis 3 pro Monat</td></tr>
<tr><td>Nachrichten an Ihr Behandlungsteam</td><td>✓</td><td>✓</td></tr>
<tr><td>Abklärung bei therapieresistenter Depression</td><td>&ndash;</td><td>✓</td></tr>
</table>
<h2>Esketamin: wie wir vorgehen</h2>
<p>Kommt nach der Abklärung eine Behandlung mit Esketamin-Nasenspray in Frage, überweisen wir Sie an unsere Partnerklinik in Zürich. Dort wird das Medikament unter ärztlicher Aufsicht angewendet; nach Hause versenden wir es nicht. Die Verlaufskontrollen zwischen den Terminen übernehmen wir per Video.</p>
<h2>Kosten und Krankenkasse</h2>
<p>Die ärztlichen Leistungen rechnen wir nach TARMED über Ihre Grundversicherung ab; die Mitgliedschaft deckt Organisation, Nachrichten und Termin-Service. Kündigung jederzeit zum Monatsende.</p>
</main>
<footer>Seelenpraxis Online AG, Basel &middot; Ärztliche Leitung: Dr. med. Corinne Vogt &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h8822", "https://psiquiatriaonline-serena.example/pagamento", "telehealth", False, "pt",
  "telepsychiatry-payment-page-brazil", "Pagamento e reembolso | Serena Psiquiatria Online", """
<header><a href="/">Serena Psiquiatria Online</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/pagamento">Pagamento</a> <a href="/agendar" class="btn">Agendar</a></nav></header>
<main>
<h1>Pagamento e reembolso</h1>
<h2>Valores</h2>
<ul><li>Primeira consulta por vídeo com psiquiatra (60 min): R$ 480</li><li>Retorno (30 min): R$ 290</li></ul>
<h2>Formas de pagamento</h2>
<p>PIX (com 5% de desconto) ou cartão de crédito em até 3x sem juros, no momento do agendamento. Emitimos nota fiscal em nome do paciente para pedido de reembolso junto ao seu plano de saúde.</p>
<h2>Receitas</h2>
<p>As receitas são digitais, com assinatura eletrônica qualificada (ICP-Brasil) e CRM do médico. Medicamentos de controle especial seguem as regras da Anvisa.</p>
<h2>E a escetamina?</h2>
<p>A escetamina nasal é aplicada somente em clínica, com monitoramento presencial. Quando o psiquiatra indica o tratamento, fazemos o encaminhamento para uma clínica parceira credenciada na sua cidade e continuamos o acompanhamento por vídeo. Não vendemos nem enviamos o medicamento.</p>
<h2>Cancelamento</h2>
<p>Reagendamento gratuito até 24h antes. Cancelamentos com menos de 24h não são reembolsados.</p>
</main>
<footer>Serena Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Paulo Mendes, CRM-SP 000000</footer>
""", noise="cookie-pt")

p("h8823", "https://horizonsantevirtuelle.example/soutien", "telehealth", False, "fr",
  "telehealth-patient-support-page-quebec", "Soutien aux patients | Horizon Santé virtuelle", """
<header><a href="/">Horizon Santé virtuelle</a> <nav><a href="/soins">Nos soins</a> <a href="/equipe">Équipe</a> <a href="/soutien">Soutien</a> <a href="/connexion">Espace patient</a></nav></header>
<main>
<h1>Soutien aux patients</h1>
<p>Notre équipe de soutien répond du lundi au vendredi, de 8 h à 18 h (heure de l'Est).</p>
<h2>Nous joindre</h2>
<ul>
<li><b>Messagerie sécurisée</b> dans votre espace patient (réponse en un jour ouvrable).</li>
<li><b>Téléphone :</b> 1-800-555-0147, pour les questions de rendez-vous et de facturation.</li>
</ul>
<h2>Questions sur votre traitement</h2>
<p>Le soutien ne peut pas modifier une dose ni renouveler une ordonnance. Les ordonnances de kétamine en comprimés sublinguaux sont rédigées uniquement par un médecin membre du Collège des médecins du Québec, après une consultation vidéo, puis préparées par notre pharmacie partenaire. La livraison se fait par messagerie, avec signature d'un adulte à la réception.</p>
<p>Pour un effet indésirable, écrivez à votre équipe soignante par la messagerie sécurisée ou appelez Info-Santé 811. En cas d'urgence, composez le 911.</p>
<h2>Facturation</h2>
<p>Les consultations ne sont pas couvertes par la RAMQ. Un reçu est produit pour votre assurance collective.</p>
</main>
<footer>Horizon Santé virtuelle inc. &middot; Montréal &middot; <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- clinics (8)

p("h8824", "https://www.brightwaterinfusion.example/patients/billing-insurance", "clinic", False, "en",
  "infusion-clinic-billing-insurance-page", "Billing & Insurance | Brightwater Infusion Center", """
<div class="topbar">Call (614) 555-0190 &middot; 2200 Riverside Dr, Suite 110, Columbus OH &middot; <a href="/patient-portal">Patient portal</a></div>
<header><a href="/" class="logo">Brightwater Infusion Center</a>
<nav><a href="/treatments/ketamine-infusion">Ketamine infusions</a> <a href="/treatments/spravato">Spravato</a> <a href="/our-team">Our team</a> <a href="/patients" class="active">For patients</a> <a href="/contact">Contact</a> <a href="/consult" class="btn">Free phone consult</a></nav></header>
<main>
<p class="crumbs">For patients &rsaquo; Billing &amp; insurance</p>
<h1>Billing &amp; Insurance</h1>
<h2>Ketamine infusions (self-pay)</h2>
<p>IV ketamine for depression, PTSD and chronic pain is not covered by most insurers, so we keep pricing simple and published:</p>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Medical consultation with our anesthesiologist</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single infusion (mental health)</td><td>$475</td></tr>
<tr><td>Initial series of 6 infusions, prepaid</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol infusion (4 hours)</td><td>$750</td></tr>
</table>
<p>Payment is due on the day of treatment. We accept Visa, Mastercard, American Express, Discover, HSA/FSA cards and CareCredit (0% financing for 6 or 12 months for qualifying patients).</p>
<h2>Spravato (esketamine) and insurance</h2>
<p>Spravato is covered by many commercial plans and by Medicare. Our insurance coordinator handles the prior authorization, and we bill your plan for the medication and the two-hour monitored observation. Your copay depends on your plan; Janssen's savings program may lower it for commercially insured patients.</p>
<h2>Superbills</h2>
<p>For infusions, we can give you a superbill with diagnosis and CPT codes to submit to your insurer for possible out-of-network reimbursement. Ask at the front desk or request it through the patient portal.</p>
<h2>Pay a bill online</h2>
<p>Log in to the <a href="/patient-portal">patient portal</a> and select "Billing". Questions about a statement? Call our billing office, extension 3.</p>
<h2>Cancellation policy</h2>
<p>Please give us 24 hours' notice. Late cancellations and no-shows are charged $100, as the infusion suite and the anesthesia team are reserved for you.</p>
</main>
<aside><h3>New patient?</h3><p>Download the <a href="/forms/intake.pdf">intake packet</a> and bring a list of your current medications to your consultation.</p></aside>
<footer><p>&copy; 2025 Brightwater Infusion Center, LLC &middot; Medical Director: Thomas Reyes, MD, Anesthesiology &middot; <a href="/privacy">Notice of Privacy Practices</a></p></footer>
""", noise="cookie")

p("h8825", "https://www.harborpsych.example/spravato/faq", "clinic", False, "en",
  "spravato-rems-centre-faq", "Spravato FAQ | Harbor Psychiatry & TMS", """
<header><a href="/">Harbor Psychiatry &amp; TMS</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/appointments">Appointments</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine): your questions answered</h1>
<p>Harbor Psychiatry is a certified Spravato REMS treatment center. All sessions take place in our office in Salem.</p>
<dl>
<dt>Who can receive Spravato?</dt>
<dd>Adults with treatment-resistant depression, or with major depression and acute suicidal thoughts, alongside an oral antidepressant. One of our psychiatrists will assess you first.</dd>
<dt>What happens at a session?</dt>
<dd>You use the nasal spray yourself under the supervision of our staff, then rest in a private room for at least two hours while we check your blood pressure and how you feel.</dd>
<dt>Can I drive home?</dt>
<dd>No. You may not drive or operate machinery until the next day after a good night's sleep, so please arrange a ride.</dd>
<dt>Can I take it home?</dt>
<dd>No. Spravato is never dispensed for use at home; it stays in the clinic.</dd>
<dt>How often?</dt>
<dd>Twice a week for the first four weeks, then weekly, then weekly or every two weeks depending on your response.</dd>
<dt>Is it covered by insurance?</dt>
<dd>Usually, after prior authorization. Our staff will check your benefits before your first session.</dd>
</dl>
</main>
<footer>Harbor Psychiatry &amp; TMS &middot; 41 Lafayette St, Salem MA &middot; (978) 555-0133</footer>
""")

p("h8826", "https://www.ridgelineketamine.example/contact", "clinic", False, "en",
  "clinic-contact-after-hours-support", "Contact & After Hours | Ridgeline Ketamine & Wellness", """
<main>
<h1>Contact us</h1>
<p><b>Ridgeline Ketamine &amp; Wellness</b><br>905 Canyon View Rd, Boulder, CO 80302<br>Front desk: (303) 555-0162, Mon&ndash;Fri 8am&ndash;5pm<br>Infusion suite open Tue&ndash;Sat</p>
<p>Existing patients: send non-urgent questions through the patient portal. A nurse replies within one business day.</p>
<p><b>After hours:</b> if you have a question after an infusion, call the main number and press 2 for the on-call provider. If you are thinking about harming yourself, call or text 988 or go to the nearest emergency room.</p>
</main>
""")

p("h8827", "https://www.novumrecovery.example/maintenance-membership", "clinic", False, "en",
  "infusion-clinic-maintenance-membership", "Maintenance Membership | Novum Ketamine Clinic", """
<header><a href="/">Novum Ketamine Clinic</a> <nav><a href="/ketamine-therapy">Ketamine therapy</a> <a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/maintenance-membership">Membership</a> <a href="/about">About</a> <a href="/book" class="btn">Book a consultation</a></nav></header>
<main>
<h1>Maintenance Membership</h1>
<p>Finished your initial series of six infusions? Many of our patients keep their progress with an occasional booster. The membership makes that easier and more affordable.</p>
<h2>What's included ($340/month)</h2>
<ul>
<li>One booster IV infusion per month at our Scottsdale clinic, monitored by our nursing staff</li>
<li>10% off any additional infusions or KAP sessions</li>
<li>Monthly integration group led by our licensed therapist (in person, Thursday evenings)</li>
<li>A quarterly check-in with Dr. Hallman to review your progress and your PHQ-9 scores</li>
</ul>
<h2>Who can join?</h2>
<p>Patients who have completed an initial series with us, or elsewhere with records we've reviewed, and whom Dr. Hallman considers suitable for maintenance treatment.</p>
<h2>Terms</h2>
<p>Billed monthly to your card on file. Unused boosters roll over for one month. Cancel with 30 days' notice. Memberships are not transferable.</p>
</main>
<footer>Novum Ketamine Clinic &middot; 7301 E Camelback Rd, Scottsdale AZ &middot; (480) 555-0118</footer>
""", noise="cookie")

p("h8828", "https://www.summitketamine.example/referring-providers", "clinic", False, "en",
  "clinic-referral-page-for-providers", "For Referring Providers | Summit Ketamine Center", """
<header><a href="/">Summit Ketamine Center</a> <nav><a href="/patients">Patients</a> <a href="/referring-providers">Referring providers</a> <a href="/research">Outcomes</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>For referring providers</h1>
<p>We work alongside psychiatrists, primary care physicians, therapists and pain specialists. Your patient stays your patient: we provide the infusions and send you a report after every phase of treatment.</p>
<h2>How to refer</h2>
<ol>
<li>Download the <a href="/forms/referral.pdf">referral form</a> (PDF).</li>
<li>Fax it with recent notes and a medication list to (801) 555-0177, or send it by secure e-mail through Direct messaging.</li>
<li>Our intake coordinator contacts the patient within two business days to arrange a consultation.</li>
</ol>
<h2>What helps us</h2>
<ul><li>Diagnosis and treatment history (medications and duration tried)</li><li>Relevant history: psychosis, uncontrolled hypertension, substance use</li><li>Most recent PHQ-9 or GAD-7 if available</li></ul>
<h2>What you'll receive</h2>
<p>A consultation note, infusion summaries with dosing and response, and a discharge letter with maintenance recommendations.</p>
<p>Provider line: (801) 555-0170 &middot; Medical director: Karen Liu, MD, Anesthesiology and Pain Medicine</p>
</main>
<footer>Summit Ketamine Center &middot; Salt Lake City, UT</footer>
""")

p("h8829", "https://www.centrokmilano.example/pagamenti-e-tariffe", "clinic", False, "it",
  "clinic-payment-methods-fees-italy", "Pagamenti e tariffe | Centro Ketamina Milano", """
<header><a href="/">Centro Ketamina Milano</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/pagamenti-e-tariffe">Pagamenti</a> <a href="/contatti">Contatti</a> <a href="/prenota" class="btn">Prenota una visita</a></nav></header>
<main>
<h1>Pagamenti e tariffe</h1>
<table>
<tr><td>Prima visita psichiatrica</td><td>€ 180</td></tr>
<tr><td>Infusione endovenosa di ketamina (con monitoraggio anestesiologico)</td><td>€ 390</td></tr>
<tr><td>Ciclo iniziale di 6 infusioni</td><td>€ 2.100</td></tr>
<tr><td>Seduta di esketamina spray nasale (in struttura)</td><td>secondo piano terapeutico</td></tr>
</table>
<h2>Come pagare</h2>
<p>In sede con bancomat, carta di credito o Satispay, oppure con bonifico anticipato. Alla prenotazione del ciclo chiediamo un acconto di € 100, rimborsabile se disdici almeno 48 ore prima.</p>
<h2>Fattura e detrazione</h2>
<p>Rilasciamo fattura sanitaria, detraibile al 19% nella dichiarazione dei redditi, e la documentazione per i fondi sanitari integrativi. Il pagamento deve essere tracciabile per la detrazione.</p>
</main>
<footer>Centro Ketamina Milano S.r.l. &middot; Via Washington 70, Milano &middot; Direttore sanitario: Dott.ssa Elena Bassi</footer>
""", noise="cookie")

p("h8830", "https://www.clinicaaurora.example/quienes-somos", "clinic", False, "es",
  "clinic-about-us-page-spain", "Quiénes somos | Clínica Aurora Valencia", """
<header><a href="/">Clínica Aurora</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/quienes-somos">Quiénes somos</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a> <a href="/cita" class="btn">Pedir cita</a></nav></header>
<main>
<h1>Quiénes somos</h1>
<p>Clínica Aurora nació en 2019 en Valencia con una idea sencilla: que las personas con depresión resistente tengan acceso a tratamientos nuevos con la misma seguridad que en un hospital.</p>
<h2>Nuestro equipo</h2>
<ul>
<li><b>Dr. Jaume Ferrer</b>, psiquiatra, director médico.</li>
<li><b>Dra. Lucía Navarro</b>, anestesióloga, responsable de la unidad de infusión.</li>
<li><b>Marta Gil</b>, psicóloga sanitaria, acompañamiento e integración.</li>
<li>Enfermería especializada en sedación y monitorización.</li>
</ul>
<h2>Qué hacemos</h2>
<p>Infusiones intravenosas de ketamina y sesiones de esketamina intranasal, siempre tras una valoración psiquiátrica presencial y en salas con monitorización continua. Trabajamos en coordinación con su psiquiatra o médico de cabecera.</p>
<p>Centro sanitario autorizado por la Conselleria de Sanidad (registro sanitario n.º 00000).</p>
</main>
<footer>Clínica Aurora &middot; Carrer de Colón 12, Valencia &middot; 960 000 000</footer>
""", noise="cookie-es")

p("h8831", "https://www.praxis-hartmann.example/hinweise/abrechnung", "clinic", False, "de",
  "practice-billing-note-plain", "", """
Praxis Dr. med. Hartmann – Hinweise zur Abrechnung

Die Ketamin-Infusionsbehandlung bei therapieresistenter Depression ist derzeit keine Leistung der gesetzlichen Krankenkassen. Sie wird als Selbstzahlerleistung nach GOÄ abgerechnet; die Rechnung erhalten Sie nach der Behandlung per Post. Privatversicherte reichen diese bei ihrer Versicherung ein.

Termine, die nicht spätestens 48 Stunden vorher abgesagt werden, können wir in Rechnung stellen, da Infusionsplatz und Überwachung für Sie reserviert sind. Bitte kommen Sie nicht selbst mit dem Auto.
""", ext="txt")

# ---------------------------------------------------------------- informational (9)

p("h8832", "https://www.oakridgecompounding.example/shipping-policy", "informational", False, "en",
  "licensed-compounding-pharmacy-shipping-policy", "Shipping Policy | Oakridge Compounding Pharmacy", """
<div class="topbar">Licensed in 28 states &middot; PCAB accredited &middot; Questions? (512) 555-0104</div>
<header><a href="/" class="logo">Oakridge Compounding Pharmacy</a>
<nav><a href="/prescribers">For prescribers</a> <a href="/patients">For patients</a> <a href="/transfer">Transfer a prescription</a> <a href="/shipping-policy" class="active">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Shipping Policy</h1>
<p>Oakridge dispenses only on a valid prescription from a licensed prescriber with whom you have a genuine patient relationship. We do not sell medications without a prescription and we do not fill prescriptions issued after an online questionnaire alone.</p>
<h2>Where we ship</h2>
<p>We ship to patients in the states where Oakridge holds a non-resident pharmacy license. The current list is on our <a href="/licensure">licensure page</a>. We do not ship internationally.</p>
<h2>Shipping methods</h2>
<table>
<tr><th>Type of medication</th><th>Method</th><th>Signature</th></tr>
<tr><td>Non-controlled compounds (creams, capsules)</td><td>USPS Priority or UPS Ground</td><td>No</td></tr>
<tr><td>Refrigerated compounds</td><td>UPS Next Day Air, insulated cooler</td><td>No, delivered Tue&ndash;Fri only</td></tr>
<tr><td>Schedule III&ndash;V controlled substances (for example ketamine troches or nasal spray, testosterone)</td><td>UPS 2nd Day Air</td><td>Adult signature required (21+), ID checked</td></tr>
</table>
<p>Schedule II medications are not shipped; they must be picked up at our Austin pharmacy.</p>
<h2>Before we ship a controlled substance</h2>
<ul>
<li>A pharmacist verifies the prescription with the prescriber's office and checks the state prescription monitoring program.</li>
<li>We confirm the delivery address matches the address in your patient profile. We cannot ship to P.O. boxes, freight forwarders or a different state from the one on the prescription.</li>
<li>Refills are released no earlier than the days' supply allows.</li>
</ul>
<h2>Packaging</h2>
<p>Orders ship in plain outer boxes with the pharmacy's name in the return address, as required by carrier rules. The pharmacy label is on the container inside.</p>
<h2>Lost or damaged shipments</h2>
<p>Contact us within 48 hours of the expected delivery date. For controlled substances we must file a theft or loss report with the DEA and the state board of pharmacy before we can dispense a replacement, and your prescriber must authorize it.</p>
</main>
<footer><p>Oakridge Compounding Pharmacy &middot; 3400 N Lamar Blvd, Austin TX &middot; Texas pharmacy license #00000 &middot; Pharmacist in charge: R. Okafor, PharmD</p><p><a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie")

p("h8833", "https://www.swiftparcel.example/help/customs-faq", "informational", False, "en",
  "courier-customs-faq-prohibited-items", "Customs FAQ | SwiftParcel International", """
<header><a href="/">SwiftParcel</a> <nav><a href="/send">Send a parcel</a> <a href="/track">Track</a> <a href="/business">Business</a> <a href="/help">Help</a></nav></header>
<main>
<h1>Customs: frequently asked questions</h1>
<h3>Why is my parcel "held by customs"?</h3>
<p>Every international parcel is presented to customs in the destination country. A hold usually means duties or taxes are due, the declaration is incomplete, or customs wants to inspect the contents. We'll e-mail you if we need documents or payment.</p>
<h3>Who pays duties and VAT?</h3>
<p>The receiver, unless the sender chose "Delivered Duty Paid" at booking. You can pay online through the link in the notification; parcels are released within 1&ndash;2 working days of payment.</p>
<h3>Can I send medicines abroad?</h3>
<p>Only in limited cases. Prescription medicines need a copy of the prescription and often an import permit from the destination country. Controlled drugs, including sleeping pills, strong painkillers and anaesthetics such as ketamine, cannot be sent through our network under any circumstances, even with a prescription. Customs may seize such parcels and inform the police.</p>
<h3>What happens to a seized parcel?</h3>
<p>It is not returned or redelivered. We cannot "reship" or refund items seized by customs, and the shipping fee is non-refundable.</p>
<h3>What should I write on the declaration?</h3>
<p>A precise description ("2 cotton T-shirts", not "clothes" or "gift"), the quantity and the true value. Under-declaring is an offence and causes most delays.</p>
</main>
<footer>&copy; SwiftParcel International Ltd &middot; <a href="/prohibited-items">Full list of prohibited and restricted items</a></footer>
""")

p("h8834", "https://hilltoproasters.example/pages/payment-options", "informational", False, "en",
  "coffee-roaster-shop-crypto-payment-page", "Payment options - Hilltop Roasters", """
<div class="announcement">Free shipping on orders over $40 &middot; Roasted every Tuesday and Friday</div>
<header><a href="/" class="logo">Hilltop Roasters</a> <nav><a href="/collections/single-origin">Single origin</a> <a href="/collections/blends">Blends</a> <a href="/products/subscription">Subscribe</a> <a href="/pages/wholesale">Wholesale</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>Payment options</h1>
<p>We're a tiny roastery on a hill in Vermont and we like giving you choices.</p>
<h2>Cards and wallets</h2>
<p>Visa, Mastercard, Amex, Apple Pay, Google Pay and Shop Pay. Subscriptions are charged on the day your coffee is roasted.</p>
<h2>Bitcoin</h2>
<p>Yes, really. Pick "Bitcoin / Lightning" at checkout and you'll be redirected to our self-hosted BTCPay Server. Lightning payments confirm instantly; on-chain payments need one confirmation before we roast your order. No discount, no markup: it's just another way to pay. Refunds on Bitcoin orders are made in Bitcoin at the original USD value.</p>
<h2>Gift cards</h2>
<p>Hilltop gift cards (digital) can be used for any coffee or gear. We don't accept third-party gift cards.</p>
<h2>Wholesale accounts</h2>
<p>Cafés and offices can pay by invoice (net 30) after a credit check. See <a href="/pages/wholesale">wholesale</a>.</p>
</main>
<footer>Hilltop Roasters &middot; 14 Mill St, Waitsfield VT &middot; <a href="/pages/shipping">Shipping</a> &middot; <a href="/pages/refunds">Refunds</a> &middot; Instagram @hilltoproasters</footer>
""", noise="cookie")

p("h8835", "https://velvetbox.example/pages/discreet-shipping", "informational", False, "en",
  "adult-shop-discreet-shipping-policy", "Discreet shipping | Velvet Box", """
<header><a href="/">Velvet Box</a> <nav><a href="/collections/all">Shop</a> <a href="/pages/guides">Guides</a> <a href="/pages/discreet-shipping">Discreet shipping</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Discreet shipping, every time</h1>
<p>What you order is your business. Every Velvet Box order ships the same way, automatically:</p>
<ul>
<li>Plain brown box or grey poly mailer. No logo, no product photos, no tape with our name.</li>
<li>The return address reads "VB Fulfilment, Reno NV".</li>
<li>Your card statement shows "VB RETAIL" only.</li>
<li>We never include catalogues or flyers unless you ask for them.</li>
</ul>
<h2>Delivery times</h2>
<p>Standard (3&ndash;6 business days) $5.95, free over $59. Express (1&ndash;2 business days) $14.95. Orders placed before 1pm PT ship the same day.</p>
<h2>Lost parcels</h2>
<p>If tracking shows no movement for 7 days, contact us and we'll open a claim with the carrier and send a replacement once it's confirmed lost.</p>
<p class="small">You must be 18 or older to shop with us.</p>
</main>
<footer>&copy; Velvet Box Inc. &middot; <a href="/pages/returns">Returns (unopened items only)</a> &middot; <a href="/pages/privacy">Privacy</a></footer>
""")

p("h8836", "https://shipmyway.example/how-it-works", "informational", False, "en",
  "package-forwarding-service-how-it-works", "How it works - ShipMyWay US Package Forwarding", """
<header><a href="/">ShipMyWay</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/prohibited">Prohibited items</a> <a href="/signup" class="btn">Get your free US address</a></nav></header>
<main>
<h1>Shop US stores. We reship to you.</h1>
<ol>
<li><b>Sign up</b> and get a personal suite number at our tax-free Delaware warehouse.</li>
<li><b>Shop</b> at any US store that doesn't ship internationally and use your ShipMyWay address at checkout.</li>
<li><b>We receive and photograph</b> every package, free storage for 45 days.</li>
<li><b>Consolidate</b> several orders into one box to save up to 70% on international postage.</li>
<li><b>We reship</b> with DHL, FedEx or USPS to 220 countries, with the customs declaration already filled in from your invoices.</li>
</ol>
<h2>Payment</h2>
<p>Credit card, PayPal or, for members in countries where cards are hard to use, USDT. Shipping is charged only when you request a reship.</p>
<h2>What we can't forward</h2>
<p>Prescription medication, controlled substances, weapons and ammunition, lithium batteries shipped alone, perfume over 100 ml and anything illegal in the destination country. Packages containing prohibited items are returned to the sender or destroyed, and accounts that try to forward them are closed. Full list on the <a href="/prohibited">prohibited items</a> page.</p>
</main>
<footer>ShipMyWay LLC &middot; 401 Ships Landing Way, New Castle DE &middot; Support via chat, WhatsApp and e-mail, 7 days a week</footer>
""")

p("h8837", "https://seoulstash.example/k-points", "informational", False, "en",
  "kpop-merch-shop-loyalty-points-plain", "", """
Seoul Stash K-Points ✨

Earn 1 K-Point for every $1 you spend on albums, lightsticks and photocards. 200 K-Points = $10 off. Double points on pre-orders during comeback weeks! Refer a friend with your code and you both get 100 K-Points after their first order ships. Join our Telegram channel @seoulstash_drops for restock alerts (no orders through Telegram, checkout on the site only).
""", ext="txt")

p("h8838", "https://groenehoek-planten.example/klantenservice", "informational", False, "nl",
  "plant-webshop-customer-service-whatsapp", "Klantenservice | De Groene Hoek", """
<header><a href="/">De Groene Hoek</a> <nav><a href="/kamerplanten">Kamerplanten</a> <a href="/potten">Potten</a> <a href="/klantenservice">Klantenservice</a> <a href="/winkelmand">Winkelmand</a></nav></header>
<main>
<h1>Klantenservice</h1>
<p>Vraag over je bestelling of verzorgingstips nodig? App ons op <b>WhatsApp 06 12 34 56 78</b> (ma&ndash;za 9.00&ndash;17.00 uur), of mail naar hallo@groenehoek-planten.example.</p>
<p><b>Verzending:</b> planten gaan in stevige dozen met PostNL, op maandag t/m woensdag, zodat ze niet in het weekend in een depot staan. Is een plant beschadigd aangekomen? Stuur binnen 48 uur een foto via WhatsApp en we sturen gratis een nieuwe.</p>
<p><b>Betalen</b> kan met iDEAL, Bancontact, creditcard of achteraf met Klarna.</p>
</main>
<footer>De Groene Hoek &middot; Kwekerij en webshop, Boskoop &middot; KvK 00000000</footer>
""", noise="cookie-nl")

p("h8839", "https://caveduquai.example/parrainage", "informational", False, "fr",
  "wine-shop-referral-programme", "Parrainage | La Cave du Quai", """
<header><a href="/">La Cave du Quai</a> <nav><a href="/vins-rouges">Rouges</a> <a href="/vins-blancs">Blancs</a> <a href="/champagnes">Champagnes</a> <a href="/coffrets">Coffrets</a> <a href="/parrainage">Parrainage</a> <a href="/panier">Panier</a></nav></header>
<main>
<h1>Parrainez vos amis, trinquez ensemble</h1>
<p>Votre filleul reçoit <b>15 € de réduction</b> sur sa première commande de 90 € minimum, et vous recevez <b>15 € en bon d'achat</b> dès que sa commande est livrée.</p>
<h2>Comment faire ?</h2>
<ol><li>Connectez-vous à votre compte et copiez votre lien de parrainage.</li><li>Envoyez-le à vos proches par e-mail, SMS ou WhatsApp.</li><li>Le bon d'achat apparaît dans votre compte sous 48 heures après la livraison.</li></ol>
<h2>Conditions</h2>
<p>Offre réservée aux personnes majeures résidant en France métropolitaine. Bons valables 6 mois, non cumulables avec les ventes privées. Livraison en 48&nbsp;h par Colissimo, colis protégés et sans mention du contenu à l'extérieur.</p>
<p class="legal">L'abus d'alcool est dangereux pour la santé, à consommer avec modération. La vente d'alcool aux mineurs est interdite.</p>
</main>
<footer>La Cave du Quai &middot; Bordeaux &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h8840", "https://vitaforma.example/rastreio-de-pedido", "informational", False, "pt",
  "supplement-store-order-tracking-pix", "Rastreie seu pedido | VitaForma Suplementos", """
<header><a href="/">VitaForma</a> <nav><a href="/whey">Whey</a> <a href="/creatina">Creatina</a> <a href="/vitaminas">Vitaminas</a> <a href="/rastreio-de-pedido">Rastreio</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Rastreie seu pedido</h1>
<form><label>Número do pedido <input name="pedido" placeholder="VF-000000"></label> <label>CPF ou e-mail <input name="cpf"></label> <button>Rastrear</button></form>
<h2>Prazos</h2>
<p>Pedidos pagos por PIX são aprovados na hora e saem do nosso centro de distribuição em Curitiba em até 1 dia útil. Pagamentos com boleto levam até 3 dias úteis para compensar. Todos os pedidos seguem com nota fiscal e código de rastreio dos Correios ou transportadora.</p>
<h2>Meu pedido não chegou</h2>
<p>Se o rastreio estiver parado há mais de 7 dias úteis, fale com a gente pelo WhatsApp (41) 3000-0000 ou pelo chat. Abrimos a reclamação com a transportadora e, se o pacote for extraviado, reenviamos sem custo.</p>
</main>
<footer>VitaForma Comércio de Suplementos Ltda. &middot; CNPJ 00.000.000/0001-00 &middot; Produtos notificados na Anvisa</footer>
""", noise="cookie-pt")

save(OUT, R)
