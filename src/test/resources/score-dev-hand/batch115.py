# Batch 115 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Communities and marketplaces". Forum threads, Reddit-like posts and comment sections,
# Telegram/Discord channel exports, darknet-market style listings and vendor shops, classifieds,
# social-media bios and captions, review sites and Q&A sites, seen from both sides: vendors offering
# ketamine (some under forum banners, rules and scam-warning boilerplate) and users, moderators,
# clinics and telehealth services talking about ketamine, warning about scams or answering questions;
# plus clinic and telehealth pages as they appear on such platforms (a practice's profile page on a
# booking portal, a provider's AMA on the company's own community, a telehealth company's social page).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (market/forum headers, rules banners, sidebars, cookie banners,
# footers), medium posts and profile pages, and five plain-text exports/snippets (ext="txt"): a
# Telegram vendor channel, a French Telegram channel, a clinician's social bio, a Discord patient-server
# export and an Italian classified.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch115.py (writes batch115/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch115")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h11501", "http://vx7qmarket4lkz2.example/listing/88213-ketamine-crystal-shards-s-isomer", "seller", True, "en",
  "darknet-market-listing", "Ketamine S-Isomer Crystal Shards | Listing #88213 | Vortex Market", """
<div class="market-bar">
<span class="brand">VORTEX MARKET</span>
<span>BTC 1 = $97,412 &middot; XMR 1 = $186.30</span>
<span>Logged in as <b>nightowl_77</b> &middot; Balance: 0.00000 BTC &middot; <a href="/wallet">Deposit</a></span>
</div>
<div class="phish-warn">Always verify the onion address against the signed mirror list. Staff will NEVER ask for your password or PGP private key. Never finalize early (FE) unless the vendor has FE status.</div>
<nav class="cats"><a href="/c/stimulants">Stimulants</a> <a href="/c/dissociatives" class="active">Dissociatives</a> <a href="/c/psychedelics">Psychedelics</a> <a href="/c/benzos">Benzos</a> <a href="/c/opioids">Opioids</a> <a href="/c/digital">Digital goods</a> <a href="/forum">Forum</a> <a href="/support">Support ticket</a></nav>
<main class="listing">
<h1>&#10024; Ketamine S-Isomer &mdash; Crystal Shards &mdash; Lab tested 98.6% &#10024;</h1>
<div class="vendor-box">
<p>Vendor: <a href="/v/KandyKingdomUK">KandyKingdomUK</a> (Level 6) &middot; Trust 4.93/5 &middot; 2,318 sales &middot; Member since 14 months</p>
<p>Ships from: United Kingdom &middot; Ships to: Worldwide (EU, UK, US, CA, AU)</p>
<p>Escrow: Multisig &middot; FE: not allowed</p>
</div>
<table class="prices">
<tr><th>Quantity</th><th>Price (USD)</th><th>Shipping option</th></tr>
<tr><td>1 g</td><td>$38.00</td><td>UK Royal Mail 1st class, tracked &ndash; $6</td></tr>
<tr><td>3.5 g</td><td>$112.00</td><td>EU Tracked (PostNL stealth) &ndash; $14</td></tr>
<tr><td>7 g</td><td>$198.00</td><td>US/CA/AU Vacuum sealed, double MBB &ndash; $25</td></tr>
<tr><td>28 g</td><td>$610.00</td><td>Reship guarantee applies</td></tr>
</table>
<form class="buy"><select><option>3.5 g</option></select> <button>Add to basket</button></form>
<h2>Description</h2>
<p>Fresh batch of S-isomer shards, big glassy needles that crush to a fine powder with no need to cook. Very clean headspace, less body load than racemic. Each batch sent to an independent lab, report available on request via PGP.</p>
<p><b>Stealth:</b> professional grade, vacuum sealed twice, moisture barrier bag, decoy item, printed label with real business return address. No signature needed. We do not ship to PO boxes.</p>
<p><b>Reship policy:</b> 100% reship on first loss for buyers with 3+ completed orders, 50% for new buyers. Seizure letters must be shown.</p>
<p>Orders placed before 14:00 UK time go out the same day, Mon&ndash;Fri. Encrypt your address with our PGP key below or your order will be cancelled.</p>
<pre class="pgp">-----BEGIN PGP PUBLIC KEY BLOCK-----
mQINBGV3k1sBEADc9x... (truncated)
-----END PGP PUBLIC KEY BLOCK-----</pre>
<h2>Feedback (last 30 days)</h2>
<ul class="feedback">
<li>5/5 &ndash; "3.5 landed in 2 days UK, stealth on point, top product" &ndash; b***r &middot; 3 days ago</li>
<li>5/5 &ndash; "second order, consistent as always" &ndash; 9***x &middot; 6 days ago</li>
<li>4/5 &ndash; "took 9 days to Ohio but arrived fine" &ndash; t***e &middot; 11 days ago</li>
<li>1/5 &ndash; "still waiting, vendor says reship coming" &ndash; m***3 &middot; 12 days ago</li>
</ul>
</main>
<footer>Vortex Market &middot; <a href="/rules">Market rules</a> &middot; <a href="/canary">Canary (updated weekly)</a> &middot; <a href="/mirrors">Mirrors</a> &middot; No CP, no weapons, no fentanyl.</footer>
""")

p("h11502", "https://forum.underground-wellness.example/threads/wts-uk-eu-k-and-mxe-alternatives-vouched.41177/", "seller", True, "en",
  "forum-marketplace-thread-with-rules", "WTS [UK/EU] K + 2F-DCK | vouched | escrow ok | Marketplace | UGW Forums", """
<header>
<div class="logo">UGW Forums <small>open minds, open talk since 2011</small></div>
<nav><a href="/">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/help">Help</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
</header>
<div class="notice notice-red"><b>MARKETPLACE RULES &ndash; READ BEFORE TRADING.</b> 1) All trades in this section are at your own risk. 2) Use the forum escrow service or a vouched middleman for anything over &pound;100. 3) Staff never DM you first asking for payment. 4) Accounts under 30 days / 50 posts cannot open WTS threads. 5) Scammers are banned and listed in the Scam Report subforum. Report anything suspicious.</div>
<div class="notice">&#9888; SCAM ALERT: Someone is impersonating <b>@k_dealer_official</b> on Telegram. The real vendor only uses the forum PM system. Check the pinned thread before sending money.</div>
<p class="crumbs">Forums &rsaquo; Trading &rsaquo; Marketplace (vouched sellers) &rsaquo; WTS [UK/EU] K + 2F-DCK</p>
<article class="post first">
<div class="author">frostbyte_k<br><small>Vouched Seller &middot; Joined Mar 2023 &middot; Messages 812 &middot; Reaction score 1,904</small></div>
<div class="content">
<h1>WTS [UK/EU] K + 2F-DCK | vouched | escrow ok</h1>
<p>Back in stock after the summer break lads.</p>
<p><b>Ketamine (needles, racemic)</b><br>1g &pound;30 &middot; 5g &pound;120 &middot; 10g &pound;210 &middot; 25g &pound;450</p>
<p><b>2F-DCK (analogue, legal status varies, check your country)</b><br>1g &pound;20 &middot; 5g &pound;85</p>
<p>Payment: BTC, XMR or forum escrow. No PayPal, no bank transfer, don't ask.<br>
Shipping: UK next day tracked, EU 3&ndash;6 working days. Proper stealth, sent from a business account. Reship once if lost, no questions.</p>
<p>Send me a PM with what you want and your PGP key. Do NOT post your address in the thread, I will delete it.</p>
<p>Vouch thread is linked in my signature. Minimum order 1g.</p>
</div>
<div class="signature">Vouches: /threads/frostbyte-vouch-thread.38820/ &middot; PGP fingerprint 7E21 0AC4 ... 19DF</div>
</article>
<article class="post">
<div class="author">dissociated_dave<br><small>Member &middot; Joined Jan 2024</small></div>
<div class="content"><p>Vouch, 5g landed Tuesday in Leeds, stealth was better than the one I had from the market. Decent needles.</p></div>
</article>
<article class="post">
<div class="author">Moderator_Yarrow<br><small>Staff Member</small></div>
<div class="content"><p>Reminder: keep it to vouches and questions about the listing. Side deals outside escrow are not protected. Thread bumped by OP once per 48h max.</p></div>
</article>
<article class="post">
<div class="author">kittykat_92<br><small>New member</small></div>
<div class="content"><p>PM sent for 10g to NL, cheers</p></div>
</article>
<aside class="sidebar"><h3>Similar threads</h3><ul><li>WTS [EU] 3-MMC / 4-MMC</li><li>WTB K in Bristol area?</li><li>[SCAM] user "ketaminequeen" &ndash; do not trade</li></ul></aside>
<footer>UGW Forums &middot; <a href="/terms">Terms and rules</a> &middot; <a href="/privacy">Privacy policy</a> &middot; Style chooser</footer>
""", noise="cookie")

p("h11503", "https://tg-channel-mirror.example/s/kvibes_official_menu", "seller", True, "en",
  "telegram-vendor-channel-export-txt", "K VIBES OFFICIAL (Telegram export)", """
Telegram channel export: K VIBES OFFICIAL (@kvibes_official_menu) - 4,812 subscribers

[pinned] 02.11
WELCOME TO K VIBES. Only admin is @kvibes_plug. Anyone else DMing you is a scammer, block & report. We never ask you to pay "verification fees".

05.11 18:22
NEW MENU THIS WEEK
- Ket (shards) 1g - 35 / 3.5g - 100 / 7g - 180
- Ket (rocks, a bit slower) 1g - 30
- Ketamine vials 50mg/ml 10ml (sealed, pharma) - 90 each
- Mixed 'Tusi' pink 1g - 60
Prices in USD/USDT. BTC, LTC, USDT TRC20, Amazon or Apple gift cards (+15%).
Shipping US wide 2-4 days USPS, stealth packaging, tracking sent on Telegram.

05.11 18:40
Proof of delivery from yesterday's drops (photo)

07.11 09:03
Reminder: no meetups, no cash app, no credit cards. DM @kvibes_plug with your order, quantity, and shipping address. Payment first then dispatch within 24h.

08.11 21:15
Restock on vials. Tired of waiting for clinics and doctors who won't prescribe? We got you, no script, no questions.

10.11 12:00
Feedback channel: @kvibes_feedback (1.2k happy clients)
""", ext="txt")

p("h11504", "https://discord-archive.example/servers/k-hole-lounge/channels/menu-and-orders", "seller", True, "en",
  "discord-shop-channel-export", "#menu-and-orders | K-Hole Lounge | Discord archive", """
<div class="archive-header">
<h1>K-Hole Lounge</h1>
<p>Channel: <b>#menu-and-orders</b> &middot; exported 2026-11-18 &middot; 1,147 members</p>
<nav><a href="#rules">#rules</a> <a href="#announcements">#announcements</a> <a href="#menu-and-orders">#menu-and-orders</a> <a href="#vouches">#vouches</a> <a href="#general">#general</a> <a href="#trip-reports">#trip-reports</a></nav>
</div>
<div class="messages">
<div class="msg"><span class="user bot">TicketTool [BOT]</span> <span class="time">11/12/2026 3:02 PM</span>
<p>React with &#127915; below to open a private order ticket. Orders are handled by @Kaptain and @Velvet only. Anyone else who DMs you about an order is NOT staff.</p></div>
<div class="msg"><span class="user">Kaptain &#9733; Owner</span> <span class="time">11/12/2026 3:05 PM</span>
<p><b>&#128138; NOVEMBER MENU &#128138;</b></p>
<p>&#129412; Ketamine (crystal, S-iso heavy) &mdash; 1g $40 | 5g $170 | 10g $300<br>
&#129412; Ketamine nasal spray (made by us, ~100mg/ml, 10ml bottle) &mdash; $120<br>
&#127804; 2-FDCK &mdash; 1g $25 | 5g $100<br>
&#127808; O-PCE &mdash; temporarily out</p>
<p>Payment: BTC / ETH / SOL / Zelle for verified members only. Crypto = 10% off.<br>
Shipping: US only, ships next day, stealth vac-sealed in a &quot;supplement&quot; box. Lost pack = 1 free reship.</p>
<p>Open a ticket, tell us what you want + your zip code. First time buyers need 1 vouch from a Level 5 member.</p></div>
<div class="msg"><span class="user">Velvet &#9733; Staff</span> <span class="time">11/13/2026 10:41 AM</span>
<p>Reminder we don't sell to under 21s and we don't give dosing advice in tickets, go to #trip-reports or look it up. Don't post pics of your stash in here.</p></div>
<div class="msg"><span class="user">moonpie</span> <span class="time">11/13/2026 11:17 AM</span>
<p>just got my 5g in Arizona, 3 days. thanks fam</p></div>
<div class="msg"><span class="user">Kaptain &#9733; Owner</span> <span class="time">11/15/2026 8:20 PM</span>
<p>&#9888;&#65039; Scam alert: a fake server called &quot;K-Hole Lounge 2.0&quot; is copying our menu. We have ONE server. Check the invite link in our pinned message.</p></div>
</div>
<footer>Unofficial archive. Not affiliated with Discord Inc.</footer>
""")

p("h11505", "https://classifieds.tri-county-swap.example/ads/farm-ranch/veterinary/ketaset-ketamine-10ml-vials-48821", "seller", True, "en",
  "classified-ad-vet-product", "Ketaset (ketamine) 10 ml vials - 100 mg/ml - no vet script needed | Tri-County Swap", """
<header><a href="/" class="logo">Tri-County Swap</a> <form class="search"><input placeholder="Search classifieds"><button>Go</button></form> <a href="/post">Post a free ad</a> <a href="/account">My ads</a></header>
<p class="crumbs">Home &gt; Farm &amp; Ranch &gt; Veterinary supplies &gt; Ad #48821</p>
<div class="safety">Safety tips: Meet in a public place. Never wire money or pay with gift cards to someone you haven't met. Tri-County Swap does not handle payments and does not verify sellers.</div>
<main class="ad">
<h1>Ketaset (ketamine HCl) 10 ml vials &ndash; 100 mg/ml &ndash; $85 each</h1>
<p class="price">$85 &middot; OBO</p>
<p class="meta">Posted 2 days ago &middot; Location: Shipping nationwide &middot; Condition: New, sealed</p>
<div class="desc">
<p>Leftover stock from our equine practice closing down. Sealed boxes of Ketaset and a few Vetalar, expiry 2028. Have about 40 vials.</p>
<p>You do NOT need a vet script, I'm selling to anyone over 18 who's serious. Good for horse people, farms, pet owners who want to keep some on hand, or personal use, I don't judge.</p>
<p>Prices: 1 vial $85, 5 vials $375, 10 vials $700. Buy 10 and I throw in syringes.</p>
<p>I can ship USPS Priority in plain box, no markings. Payment via Venmo (friends &amp; family), Cash App or bitcoin before shipping. Text or WhatsApp +1 555 0142 for pictures and to order. Local pickup in Amarillo also possible.</p>
</div>
<p class="report"><a href="/report/48821">Report this ad</a> &middot; Ad ID 48821 &middot; 212 views</p>
</main>
<aside><h3>More from this seller</h3><ul><li>Xylazine 100 mg/ml 50ml &ndash; $60</li><li>Horse wormer paste (10 pack)</li><li>Used squeeze chute &ndash; $900</li></ul></aside>
<footer>&copy; 2026 Tri-County Swap &middot; Terms &middot; Prohibited items policy</footer>
""", noise="cookie")

p("h11506", "https://socialgram.example/kandyman.ships", "seller", True, "en",
  "social-media-bio-ad", "kandyman.ships (@kandyman.ships) \u2022 Socialgram profile", """
<div class="profile">
<img class="avatar" src="/a/kandyman.jpg" alt="">
<h1>kandyman.ships</h1>
<p class="stats">18 posts &middot; 3,402 followers &middot; 7 following</p>
<p class="bio">&#127852; Candy for grown-ups &#127852;<br>
&#128142; K &middot; MD &middot; carts &middot; shrooms<br>
&#128230; Worldwide stealth &#127758; tracked, reship if seized<br>
&#128184; BTC / USDT / gift cards<br>
&#128242; Menu on Tele &#10145;&#65039; @kandyman_menu &middot; Snap: kandy.plug<br>
&#10060; no cops &#10060; no time wasters</p>
<div class="highlights"><span>MENU</span> <span>PROOFS</span> <span>REVIEWS</span> <span>HOW TO PAY</span></div>
<div class="grid">
<figure><figcaption>new K batch just landed &#10052;&#65039; shards 1g/3.5g/7g, DM for prices &#128073; link in bio</figcaption></figure>
<figure><figcaption>another happy customer in Sydney &#127462;&#127482; arrived in 6 days</figcaption></figure>
<figure><figcaption>how to buy with gift cards &#127873; swipe &#10145;&#65039;</figcaption></figure>
</div>
</div>
""")

p("h11507", "https://honest-psychonaut-reviews.example/best-places-to-buy-ketamine-online-2026", "seller", True, "en",
  "review-site-doorway", "Best Places to Buy Ketamine Online in 2026 (Tested & Ranked) | Honest Psychonaut Reviews", """
<header><a class="logo" href="/">Honest Psychonaut Reviews</a>
<nav><a href="/vendor-reviews">Vendor reviews</a> <a href="/guides">Guides</a> <a href="/scam-list">Scam list</a> <a href="/about">About us</a></nav></header>
<main>
<p class="disclosure">Disclosure: we may earn a commission when you order through links on this page. This never affects our rankings.</p>
<h1>Best Places to Buy Ketamine Online in 2026 &ndash; We Ordered From 11 Shops So You Don't Have To</h1>
<p class="byline">By Jamie R., updated November 30, 2026 &middot; 14 min read</p>
<p>Clinics charge $500 or more per session and telehealth companies want a psychiatric evaluation, insurance paperwork and weeks of waiting. A lot of our readers just want a reliable source. So we placed real orders with eleven online shops, tested every sample with reagent kits and ranked them on purity, speed, stealth and customer service.</p>
<h2>Our quick picks</h2>
<ol class="ranking">
<li><b>#1 KetaDirect Pharma</b> &ndash; 9.6/10. Sends pharmaceutical vials and crystal, no prescription required, discreet worldwide shipping. Pay by bitcoin for 20% off. <a class="btn" href="https://ketadirect-pharma.example/?ref=hpr26">Visit KetaDirect &rarr;</a> Use code <b>HPR20</b>.</li>
<li><b>#2 Nordic Research Chems</b> &ndash; 9.1/10. Sells ketamine and 2F-DCK "for research", EU warehouse, arrives in 3 days. <a class="btn" href="https://nordic-rc-shop.example/?aff=hpr">Visit shop &rarr;</a></li>
<li><b>#3 CalmVials</b> &ndash; 8.4/10. Veterinary Ketaset sold without vet script, US shipping only. <a class="btn" href="https://calmvials.example/?aff=hpr">Visit shop &rarr;</a></li>
</ol>
<h2>How we tested</h2>
<p>Each order was paid for by our team, delivered to a mailbox in Ohio or Lisbon, and tested with Mandelin and Morris reagents. We also timed customer support responses on WhatsApp and email.</p>
<h2>Shops to avoid</h2>
<p>Any site that asks for Western Union, or that suddenly demands a "customs fee" after you paid, is a scam. See our <a href="/scam-list">scam list</a> of 60+ fake shops.</p>
<h2>Is it legal?</h2>
<p>Ketamine is a controlled substance in most countries. Our guides are for information only and you are responsible for following the law where you live.</p>
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> Not with our top three picks; they ship without one.<br>
<b>Will customs seize it?</b> It's rare. KetaDirect offers free reshipping if a parcel is stopped.</p>
</main>
<aside><h3>Trending</h3><ul><li>KetaDirect review: legit or scam?</li><li>How to pay with bitcoin in 5 minutes</li><li>Ketamine vs esketamine explained</li></ul></aside>
<footer>&copy; 2026 Honest Psychonaut Reviews &middot; 18+ only &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h11508", "https://handmade-and-more.example/listing/1177342/ketamine-lozenges-rapid-mood-relief", "seller", True, "en",
  "marketplace-listing-fake-telehealth", "Ketamine Mood Lozenges 100mg x 30 - Instant Online Approval - Ships in 24h | Handmade & More", """
<header><a class="logo" href="/">Handmade &amp; More</a> <input placeholder="Search for anything"> <a href="/signin">Sign in</a> <a href="/cart">&#128722;</a></header>
<nav class="cats">Jewelry &middot; Clothing &middot; Home &amp; Living &middot; Wellness &middot; Craft supplies &middot; Gifts</nav>
<main class="listing">
<div class="shop-line"><a href="/shop/SereneMindRx">SereneMindRx</a> &middot; 4.7 &#9733; (312) &middot; 1,905 sales &middot; Star Seller</div>
<h1>Ketamine Mood Lozenges 100 mg &times; 30 &ndash; Instant Online Approval &ndash; Ships in 24h</h1>
<p class="price">$149.00 <s>$229.00</s> <span class="sale">35% off, sale ends in 6 hours</span></p>
<form><label>Strength <select><option>100 mg</option><option>200 mg (+$40)</option></select></label> <label>Quantity <select><option>1</option><option>2</option><option>3</option></select></label> <button class="add">Add to basket</button></form>
<ul class="highlights"><li>Dispatches from: Nevada, United States</li><li>Free shipping &middot; discreet packaging</li><li>Made to order by our partner pharmacy</li></ul>
<h2>Description</h2>
<p>Skip the clinic waiting lists! Our sublingual ketamine lozenges are the same medication used by at-home ketamine programs, without the $1,000 price tag or the video appointments.</p>
<p><b>How it works:</b> After checkout you'll receive a 5-question wellness questionnaire by email. Approval is automatic for adults 18+. Your order then ships the next business day. No insurance, no doctor visit, no waiting.</p>
<p>Not available in Alaska or Hawaii. Personal use only. Please consult your doctor if you have heart problems.</p>
<h2>Reviews for this shop (312)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Filled out the form and had them 2 days later. Finally something that works." &ndash; Kelsey</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Arrived fast, packaging was just a plain mailer." &ndash; D. Ortiz</p>
<p class="report"><a href="/report">Report this item to Handmade &amp; More</a></p>
</main>
<footer>Handmade &amp; More &middot; Shop policies &middot; Seller handbook &middot; Purchase protection &middot; &copy; 2026</footer>
""", noise="cookie")

p("h11509", "https://anuncios-todo-espana.example/salud-y-belleza/vendo-ketamina-liquida-envio-discreto-a-toda-espana-7710354.htm", "seller", True, "es",
  "anuncio-clasificado", "Vendo ketamina líquida, envío discreto a toda España | Anuncios Todo España", """
<header><a class="logo" href="/">Anuncios Todo España</a> <a href="/publicar" class="btn">Publicar anuncio gratis</a> <a href="/mis-anuncios">Mis anuncios</a></header>
<p class="migas">Inicio &rsaquo; Salud y belleza &rsaquo; Otros &rsaquo; Referencia 7710354</p>
<div class="aviso">Consejos de seguridad: desconfía de precios muy bajos, no envíes dinero por adelantado a desconocidos y nunca compartas códigos de verificación. Anuncios Todo España no interviene en las transacciones.</div>
<main class="anuncio">
<h1>Vendo ketamina líquida, envío discreto a toda España</h1>
<p class="precio">45 &euro;</p>
<p class="datos">Particular &middot; Valencia &middot; Publicado hoy 09:14 &middot; 387 visitas</p>
<div class="texto">
<p>Tengo viales de ketamina de uso veterinario (Imalgene 1000 y Anesketin), precintados y con lote visible. Ideales para quien ya sabe lo que busca.</p>
<p>Precios: 1 vial 45 &euro; &middot; 3 viales 120 &euro; &middot; 5 viales 180 &euro;. También ketamina en cristal evaporada por mí, 30 &euro; el gramo.</p>
<p>Sin receta y sin preguntas. Envío en 24-48 h por mensajería en paquete neutro, sin remitente. Pago por Bizum, transferencia o criptomonedas (USDT o BTC). Entrego en mano en Valencia ciudad.</p>
<p>Escríbeme por Telegram @keta_vlc o WhatsApp al 600 000 219. No contesto llamadas.</p>
</div>
<p class="denunciar"><a href="/denunciar/7710354">Denunciar anuncio</a></p>
</main>
<aside><h3>Anuncios similares</h3><ul><li>Tiras reactivas de orina</li><li>Báscula de precisión 0,01 g</li><li>Vaporizador de hierbas</li></ul></aside>
<footer>&copy; 2026 Anuncios Todo España &middot; Aviso legal &middot; Política de privacidad &middot; Normas de publicación</footer>
""", noise="cookie-es")

p("h11510", "https://board.bunte-wiese.example/marktplatz/thread/5521-biete-keta-nadeln-de-at-ch-treuhand-moeglich", "seller", True, "de",
  "forum-marktplatz-beitrag", "[Biete] Keta Nadeln DE/AT/CH – Treuhand möglich | Marktplatz | Bunte Wiese Board", """
<header><div class="logo">Bunte Wiese Board</div>
<nav><a href="/">Forenübersicht</a> <a href="/neue-beitraege">Neue Beiträge</a> <a href="/mitglieder">Mitglieder</a> <a href="/regeln">Regeln</a> <a href="/login">Anmelden</a></nav></header>
<div class="hinweis"><b>Marktplatz-Regeln:</b> Handel nur über PN. Neue Accounts (unter 20 Beiträge) dürfen nicht anbieten. Nutzt den Forum-Treuhänder ab 50 &euro;. Das Team schreibt euch nie zuerst wegen Zahlungen an. Betrüger werden gesperrt und im Thread &bdquo;Schwarze Liste&ldquo; eingetragen.</div>
<div class="hinweis warnung">&#9888; Achtung: Aktuell kursieren Fake-Profile auf Telegram, die sich als Board-Verkäufer ausgeben. Zahlt niemals per Paysafecard an Unbekannte!</div>
<p class="pfad">Forum &raquo; Handel &raquo; Marktplatz &raquo; [Biete] Keta Nadeln DE/AT/CH</p>
<div class="beitrag">
<div class="autor">k_nebel<br><small>Verifizierter Verkäufer &middot; Beiträge: 344 &middot; Dabei seit: 08/2022</small></div>
<div class="text">
<h1>[Biete] Keta Nadeln DE/AT/CH &ndash; Treuhand möglich</h1>
<p>Servus zusammen, neue Charge ist da. Schöne lange Nadeln, sauber, kein Streckmittel (Reagenztest-Fotos auf Anfrage).</p>
<p><b>Preise:</b><br>1 g &ndash; 35 &euro;<br>5 g &ndash; 150 &euro;<br>10 g &ndash; 270 &euro;<br>Ab 25 g Preis auf Anfrage.</p>
<p><b>Versand:</b> DHL-Brief oder Päckchen, geruchsdicht eingeschweißt, neutraler Absender. Innerhalb DE meist 1&ndash;2 Tage, AT/CH 3&ndash;5 Tage. Bei Verlust einmalig Nachversand.</p>
<p><b>Zahlung:</b> BTC, XMR oder über den Forum-Treuhänder. Kein PayPal.</p>
<p>Bestellung per PN mit Menge und Adresse (bitte PGP-verschlüsselt, Key in meinem Profil). Keine Abholung.</p>
</div></div>
<div class="beitrag"><div class="autor">ravekind_ffm</div><div class="text"><p>Kann ich bestätigen, 5 g kamen nach 2 Tagen in Frankfurt, Ware top.</p></div></div>
<div class="beitrag"><div class="autor">Moderation</div><div class="text"><p>Thread geprüft, Verkäufer ist verifiziert. Bewertungen bitte hier, Diskussionen in den Laberthread.</p></div></div>
<footer>Bunte Wiese Board &middot; Impressum &middot; Datenschutz &middot; Nutzungsbedingungen</footer>
""", noise="cookie-de")

p("h11511", "https://tg-channel-mirror.example/s/keta_paname_livraison", "seller", True, "fr",
  "canal-telegram-export-txt", "KÉTA PANAME 🚀 LIVRAISON (export Telegram)", """
Export du canal Telegram « KÉTA PANAME 🚀 LIVRAISON » (@keta_paname_livraison) – 2 967 abonnés

[épinglé] 03/10
⚠️ ATTENTION AUX FAUX COMPTES ⚠️ Le seul compte pour commander c'est @paname_k_contact. On ne demande JAMAIS de « frais de douane » ni de coupons PCS après paiement.

12/11 19:05
📋 CARTE DU MOMENT
• Kéta cristaux 1g : 40€ | 3g : 110€ | 5g : 170€
• Kéta poudre (un peu moins forte) 1g : 30€
• Flacons vétérinaires 10 ml : 80€
Livraison en main propre Paris & petite couronne de 18h à 2h (min. 60€).
Envoi partout en France par Colissimo, emballage discret sous vide, suivi envoyé en privé.
Paiement : espèces à la livraison, Lydia, crypto (USDT/BTC) ou coupons PCS/Transcash.

13/11 22:48
Livreur dispo sur le 11e, 18e et 20e ce soir 🛵 Écrivez à @paname_k_contact

15/11 14:10
Avis clients sur @paname_k_avis ✅ Pas de mineurs. Pas de photo de la marchandise dans les groupes.
""", ext="txt")

p("h11512", "https://tweedehands-plein.example/v/hobby-en-vrije-tijd/overige/m2219834-2-fdck-ketamine-analoog-research-chemical-5-gram", "seller", True, "nl",
  "marktplaats-advertentie-analoog", "2-FDCK (ketamine analoog) research chemical 5 gram | Tweedehands Plein", """
<header><a class="logo" href="/">Tweedehands Plein</a> <input placeholder="Waar ben je naar op zoek?"> <a href="/plaats">Plaats advertentie</a> <a href="/inloggen">Inloggen</a></header>
<p class="kruimel">Home &rsaquo; Hobby en Vrije tijd &rsaquo; Overige &rsaquo; Advertentie m2219834</p>
<main>
<h1>2-FDCK (ketamine analoog) research chemical &ndash; 5 gram</h1>
<p class="prijs">&euro; 75,00</p>
<p class="meta">Geplaatst 19 nov. &middot; Rotterdam &middot; Verzenden mogelijk &middot; 143x bekeken &middot; 6x bewaard</p>
<div class="omschrijving">
<p>Te koop: 2-FDCK (2-fluorodeschloroketamine), zuiverheid 99%+, wit kristallijn poeder. Verkocht uitsluitend als research chemical, <b>niet voor menselijke consumptie</b>.</p>
<p>Ook beschikbaar: ketamine HCl 1 gram &euro; 30, en 3-MeO-PCP op aanvraag.</p>
<p>Prijzen: 1 g &euro; 20 &middot; 5 g &euro; 75 &middot; 10 g &euro; 130. Inclusief precisieweegschaal bij 10 g.</p>
<p>Verzending via PostNL brievenbuspakje, discreet verpakt in mylar zakje zonder afzender. Ook naar België en Duitsland. Betalen via Tikkie, crypto of contant bij ophalen in Rotterdam-Zuid.</p>
<p>Stuur een bericht via Telegram (@rc_rotterdam) of Signal voor snelle reactie. Geen Marktplaats-chat, die lees ik niet.</p>
</div>
<p class="melden"><a href="/melden">Advertentie melden</a></p>
</main>
<aside><h3>Tips voor veilig handelen</h3><p>Betaal nooit vooraf aan onbekenden. Maak geen gebruik van betaalverzoeken via een link die je via chat krijgt.</p></aside>
<footer>&copy; Tweedehands Plein 2026 &middot; Gebruiksvoorwaarden &middot; Privacy &middot; Cookies</footer>
""", noise="cookie-nl")

p("h11513", "http://mercadosombra7xq.example/loja/CetaBrasil_Oficial", "seller", True, "pt",
  "loja-vendedor-mercado-darknet", "CetaBrasil_Oficial – Loja do vendedor | Mercado Sombra", """
<div class="topo"><b>MERCADO SOMBRA</b> &middot; Cotação BTC R$ 528.900 &middot; XMR R$ 1.012 &middot; <a href="/carteira">Carteira</a> &middot; <a href="/mensagens">Mensagens (0)</a></div>
<div class="alerta">Confira sempre o endereço .onion na lista assinada com PGP. A equipe nunca pede sua senha. Nunca finalize antes (FE) com vendedores sem selo.</div>
<main class="loja">
<h1>CetaBrasil_Oficial</h1>
<p class="selo">Vendedor nível 4 &middot; Confiança 96% &middot; 1.204 vendas &middot; Envia de: Brasil &middot; Envia para: Brasil, Portugal</p>
<h2>Sobre a loja</h2>
<p>Somos o único vendedor de cetamina farmacêutica com origem garantida. Trabalhamos com Cetamin e Ketalar lacrados, além de cetamina em cristal extraída por nós com teste de pureza.</p>
<h2>Produtos</h2>
<table>
<tr><th>Produto</th><th>Preço</th><th>Estoque</th></tr>
<tr><td>Cetamin 10% frasco 10 ml (lacrado)</td><td>R$ 290</td><td>34</td></tr>
<tr><td>Cetamina cristal 1 g</td><td>R$ 180</td><td>Disponível</td></tr>
<tr><td>Cetamina cristal 5 g</td><td>R$ 780</td><td>Disponível</td></tr>
<tr><td>Kit "teste" 0,5 g + reagente Mandelin</td><td>R$ 120</td><td>12</td></tr>
</table>
<h2>Envio</h2>
<p>Postagem em até 48 h úteis pelos Correios (SEDEX ou PAC) em embalagem a vácuo, camuflada como cosmético. Reenvio de 50% em caso de apreensão comprovada. Para Portugal envio via CTT com prazo de 10 a 20 dias.</p>
<h2>Pagamento</h2>
<p>Bitcoin ou Monero pelo escrow do mercado. PIX apenas para clientes com 3 compras ou mais, combinado por mensagem criptografada.</p>
<h2>Regras da loja</h2>
<p>Endereço sempre criptografado com a nossa chave PGP. Não vendemos para menores. Disputas abertas sem foto da embalagem serão recusadas.</p>
</main>
<footer>Mercado Sombra &middot; Regras &middot; Canário &middot; Espelhos</footer>
""")

p("h11514", "https://annunci-bacheca-libera.example/milano/salute/ketamina-veterinaria-spedizione-anonima-id88102", "seller", True, "it",
  "annuncio-bacheca-txt", "Ketamina veterinaria, spedizione anonima – Bacheca Libera Milano", """
Bacheca Libera – Milano – Salute e benessere – Annuncio n. 88102 – pubblicato 21/11/2026

KETAMINA VETERINARIA 100 mg/ml – SPEDIZIONE ANONIMA IN TUTTA ITALIA

Fiale originali sigillate (Ketavet / Ketamidor), scadenza 2028. Nessuna ricetta richiesta, nessuna domanda.
1 fiala 10 ml: 70 euro – 3 fiale: 190 euro – 5 fiale: 290 euro.
Disponibile anche ketamina in cristalli, 35 euro al grammo.
Spedizione con corriere in pacco neutro senza mittente, consegna 24/48 ore. Consegna a mano zona Milano Nord.
Pagamento anticipato con carte regalo (Amazon, Google Play), ricarica PostePay o crypto.
Contatti solo su WhatsApp +39 333 000 7781 o Telegram @keta_mi. Non rispondo agli anonimi.

Avviso della Bacheca: non inviare mai denaro a sconosciuti. Segnala gli annunci sospetti con il pulsante "Segnala".
""", ext="txt")

# ---------------------------------------------------------------- telehealth (9)

p("h11515", "https://community.lumenmind-health.example/t/ask-a-clinician-can-i-switch-from-iv-infusions-to-at-home-lozenges/2231", "telehealth", False, "en",
  "telehealth-company-forum-ask-a-clinician", "Ask a Clinician: can I switch from IV infusions to at-home lozenges? - LumenMind Community", """
<header><a class="logo" href="https://lumenmind-health.example/">LumenMind</a> <span>Community</span>
<nav><a href="/c/ask-a-clinician">Ask a Clinician</a> <a href="/c/integration">Integration &amp; journaling</a> <a href="/c/member-stories">Member stories</a> <a href="/c/announcements">Announcements</a> <a href="/guidelines">Community guidelines</a></nav>
<a href="/login">Log in</a></header>
<div class="banner">This community is moderated by the LumenMind care team. Posts are not medical advice for your situation. In a crisis call or text 988 (US) or go to your nearest emergency room.</div>
<main class="topic">
<h1>Ask a Clinician: can I switch from IV infusions to at-home lozenges?</h1>
<p class="tags">ask-a-clinician &middot; eligibility &middot; sublingual</p>
<div class="post"><p class="who">riverstones &middot; member since Feb</p>
<p>I did six IV infusions at a clinic in Denver last year and they helped a lot, but the drive and the cost are too much now. Could I just sign up here and keep going at home? Do you need my records from the clinic?</p></div>
<div class="post staff"><p class="who">Dr. Hannah Okafor, MD &middot; Board-certified psychiatrist &middot; LumenMind clinician</p>
<p>Thanks for asking this openly, it comes up a lot. Prior infusions don't automatically qualify anyone for at-home treatment. Every new member has a 45-minute video evaluation with one of our psychiatric clinicians licensed in their state. We review your history, current medications (some, like benzodiazepines or lamotrigine at higher doses, change the plan), blood pressure readings and your home situation, including who will be your sitter for the first sessions.</p>
<p>Your clinic records are very helpful. With your consent our intake team requests them; you can also upload the discharge summary yourself in the portal.</p>
<p>If the clinician decides sublingual ketamine is appropriate, the prescription goes to our partner pharmacy (licensed in your state), which ships the first month only after the prescription is verified. If it isn't appropriate, we'll say so and suggest other options, including going back to in-person care.</p></div>
<div class="post"><p class="who">riverstones</p><p>That's helpful, thank you. Booked my evaluation for Thursday.</p></div>
<div class="post staff"><p class="who">Moderator &middot; Care Team</p><p>Reminder from the guidelines: please don't share dosing amounts or offers to share medication in the forum. Posts mentioning buying ketamine from other sources are removed.</p></div>
</main>
<aside><h3>Related topics</h3><ul><li>What happens at the follow-up visit after session 2?</li><li>Blood pressure cuff recommendations</li><li>Which states do you serve? (updated list)</li></ul></aside>
<footer>&copy; 2026 LumenMind Health, Inc. &middot; Medical services provided by LumenMind Medical Group, P.C. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h11516", "https://community.tidewell-care.example/events/ama-with-our-medical-director-at-home-ketamine", "telehealth", False, "en",
  "telehealth-provider-ama", "AMA recap: our medical director answers your at-home ketamine questions | Tidewell Community", """
<header><a class="logo" href="https://tidewell-care.example">Tidewell</a> Community &middot; <a href="/events">Events</a> &middot; <a href="/forums">Forums</a> &middot; <a href="https://tidewell-care.example/get-started">Get started</a></header>
<main>
<h1>AMA recap: Dr. Luis Ferreira-Kaplan answers your at-home ketamine questions</h1>
<p class="meta">Live session held Oct 29, 2026 &middot; 212 questions submitted &middot; Edited for length</p>
<p>Dr. Ferreira-Kaplan is a psychiatrist (licensed in CA, OR, WA, NY, FL and TX) and Tidewell's medical director. He supervises our team of 14 prescribing clinicians. Here are the most upvoted questions.</p>
<div class="qa"><h3>Q: How do you decide who is a good candidate if you never see us in person?</h3>
<p>We do see you, just over video. The first appointment is a full psychiatric evaluation, usually 50 to 60 minutes. We screen for psychosis, uncontrolled hypertension, recent substance use problems and pregnancy, and we check in with your existing therapist or PCP when you allow it. Roughly one in four applicants is not prescribed after that visit.</p></div>
<div class="qa"><h3>Q: Why can't I just pay and get the medicine like on some other sites?</h3>
<p>Because ketamine is a Schedule III controlled substance, and anyone shipping it without a real evaluation is either breaking the law or not sending you ketamine at all. Our prescriptions are filled by a state-licensed 503A pharmacy after the prescriber signs them.</p></div>
<div class="qa"><h3>Q: What does the membership actually pay for?</h3>
<p>Your evaluation, follow-up visits every 4 to 6 weeks, unlimited messaging with your care team and two integration coaching sessions a month. Medication is billed separately by the pharmacy.</p></div>
<div class="qa"><h3>Q: Can I do sessions alone?</h3>
<p>For the first three we require a sitter physically present. After that your clinician may adjust this depending on how you've responded and your blood pressure logs.</p></div>
<div class="qa"><h3>Q: What if it doesn't work for me?</h3>
<p>If there's no meaningful change after six sessions we stop and talk about alternatives, including in-person IV or Spravato at a partner clinic.</p></div>
<p class="cta"><a href="https://tidewell-care.example/get-started">Check eligibility and book a video evaluation</a></p>
</main>
<footer>Tidewell Care Inc. &middot; Clinical services by Tidewell Medical P.A. &middot; Not for emergencies &middot; &copy; 2026</footer>
""")

p("h11517", "https://facenet.example/pages/NorthstarVirtualPsychiatry", "telehealth", False, "en",
  "telehealth-social-page-posts", "Northstar Virtual Psychiatry | Facenet", """
<div class="page-header">
<h1>Northstar Virtual Psychiatry</h1>
<p>Mental health service &middot; 8.4K followers &middot; Usually responds within a day</p>
<p class="about">Online psychiatric care for adults in Michigan, Ohio, Illinois and Indiana. Video visits with board-certified psychiatrists and psychiatric nurse practitioners. Medication management, TMS referrals and at-home ketamine therapy for eligible patients. Insurance accepted for evaluations.</p>
<p><a href="https://northstar-vpsych.example">northstar-vpsych.example</a> &middot; <button>Book appointment</button> <button>Message</button></p>
</div>
<div class="feed">
<article><p class="date">November 20 at 10:12 AM</p>
<p>&#128226; Heads-up: we've had reports of accounts named "Northstar Ketamine Support" offering to mail lozenges after a quick chat. That is not us. We never prescribe through Messenger or WhatsApp and we never ask for payment in crypto or gift cards. Every patient meets a clinician on video first.</p>
<p>47 likes &middot; 12 comments &middot; 31 shares</p></article>
<article><p class="date">November 8 at 4:30 PM</p>
<p>Meet our newest clinician: Priya Raman, PMHNP-BC, licensed in Ohio and Michigan. Priya joins our ketamine program team and also sees patients for general medication management. She's available for evening video visits Tuesdays and Thursdays.</p></article>
<article><p class="date">October 26 at 9:00 AM</p>
<p>How our at-home ketamine program works, in four steps: 1) free 15-minute intake call with a coordinator, 2) full video evaluation with a psychiatrist, 3) if prescribed, your medication ships from our licensed partner pharmacy in a tamper-evident package that needs an adult signature, 4) guided first session over video with a clinician on the line. Follow-ups every month.</p>
<p class="comment"><b>Jen K.</b> Is the first session really supervised live? <b>Northstar Virtual Psychiatry</b> Yes, Jen. Your clinician joins the video for the whole first dose and monitors you until you're back to baseline.</p></article>
</div>
""")

p("h11518", "https://threadline.example/@dr.amaya.psych", "telehealth", False, "en",
  "clinician-social-bio-txt", "Dr. Amaya Lindqvist (@dr.amaya.psych) on Threadline", """
Dr. Amaya Lindqvist, MD (@dr.amaya.psych)
Board-certified psychiatrist | Telepsychiatry for adults in NY, NJ, CT & PA | Ketamine-assisted care at home after a full video evaluation, never prescribed by DM | Not medical advice | Book via the link: lindqvist-telepsych.example/evaluate
2,140 followers | Pinned: "Please don't send me your symptoms in DMs. I can't evaluate or prescribe here. Use the booking link and we'll do it properly over video."
""", ext="txt")

p("h11519", "https://help.quietharbor-health.example/community/announcements/impersonation-and-scam-warning", "telehealth", False, "en",
  "telehealth-community-scam-warning", "Impersonation & scam warning (pinned) | Quiet Harbor Health Community", """
<header><a href="https://quietharbor-health.example" class="logo">Quiet Harbor Health</a>
<nav><a href="/community">Community</a> <a href="/help">Help center</a> <a href="/community/announcements">Announcements</a> <a href="https://quietharbor-health.example/start">Start evaluation</a></nav></header>
<main>
<h1>&#128204; Impersonation &amp; scam warning &ndash; please read</h1>
<p class="meta">Posted by <b>QH Trust &amp; Safety</b> (staff) &middot; pinned &middot; updated Dec 1, 2026</p>
<p>Over the past month members have forwarded us screenshots of Telegram and Instagram accounts using our logo and name, offering "Quiet Harbor ketamine kits" for $199 with "no evaluation needed", payment in bitcoin or Apple gift cards. These accounts are not affiliated with us.</p>
<h2>How to recognise the real Quiet Harbor</h2>
<ul>
<li>Our only websites end in quietharbor-health.example. We do not sell anything on social media.</li>
<li>Nobody receives a prescription before a video appointment with a licensed clinician. You'll see your clinician's full name and license number in the patient portal.</li>
<li>Medication is dispensed by our partner pharmacies, Crestline Pharmacy (licensed in 41 states) and Bayview Specialty Rx, and only after your clinician sends the prescription.</li>
<li>We charge a monthly membership by card, HSA/FSA card or bank debit. Never crypto, never gift cards, never wire transfers.</li>
</ul>
<h2>If you already paid a scammer</h2>
<p>Contact your bank or card issuer, report the account to the platform, and file a report with the FTC at reportfraud.ftc.gov. If you received any pills, powder or liquid, please don't take them: their content is unknown. Free drug-checking services exist in many cities.</p>
<h2>Comments (38)</h2>
<div class="comment"><b>sunny_cove</b>: Thank you. My cousin almost paid one of those accounts last week.</div>
<div class="comment"><b>QH Trust &amp; Safety</b>: Glad she checked. Feel free to send us the handle and we'll report it too.</div>
</main>
<footer>Quiet Harbor Health, Inc. &middot; Clinical care by Quiet Harbor Medical Associates &middot; &copy; 2026 &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h11520", "https://citasmedicas-latam.example/mx/psiquiatra/dra-valeria-montes-ruelas/videoconsulta", "telehealth", False, "es",
  "perfil-plataforma-citas-videoconsulta", "Dra. Valeria Montes Ruelas, Psiquiatra – Videoconsulta | CitasMédicas LATAM", """
<header><a class="logo" href="/">CitasMédicas LATAM</a> <input placeholder="Especialidad, enfermedad o nombre"> <a href="/registro-profesionales">¿Eres profesional de la salud?</a></header>
<main class="perfil">
<h1>Dra. Valeria Montes Ruelas</h1>
<p class="sub">Psiquiatra &middot; Cédula profesional 8812475 &middot; Cédula de especialidad 11290034 &middot; Certificada por el Consejo Mexicano de Psiquiatría</p>
<p class="rating">&#9733; 4,9 &middot; 286 opiniones verificadas</p>
<div class="servicios">
<h2>Servicios en línea</h2>
<ul>
<li>Primera videoconsulta de valoración psiquiátrica (60 min) &ndash; $1.600 MXN</li>
<li>Videoconsulta de seguimiento (30 min) &ndash; $1.100 MXN</li>
<li>Valoración para depresión resistente y tratamiento con esketamina</li>
</ul>
</div>
<h2>Sobre mí</h2>
<p>Atiendo exclusivamente por videollamada a pacientes de todo México. Me especializo en depresión resistente al tratamiento. Tras la valoración, si la esketamina intranasal es una opción adecuada, realizo la referencia a un centro certificado con el que colaboro en CDMX, Guadalajara o Monterrey, donde la aplicación se hace en consultorio y bajo vigilancia. Yo sigo llevando tu tratamiento farmacológico y las consultas de seguimiento en línea.</p>
<p>No receto ketamina ni esketamina para uso en casa ni sin consulta previa.</p>
<h2>Preguntas de pacientes</h2>
<div class="pregunta"><p><b>P:</b> ¿Me puede mandar la receta por WhatsApp sin consulta?</p><p><b>Dra. Montes:</b> No. Es necesaria una valoración completa por video. Las recetas se emiten en formato electrónico después de la consulta.</p></div>
<div class="pregunta"><p><b>P:</b> ¿Acepta seguro de gastos médicos?</p><p><b>Dra. Montes:</b> Emito factura para reembolso con las principales aseguradoras.</p></div>
<button class="agendar">Agendar videoconsulta</button>
</main>
<footer>CitasMédicas LATAM &middot; Aviso de privacidad &middot; Términos y condiciones</footer>
""", noise="cookie-es")

p("h11521", "https://forum.seelenklar-online.example/fragen-an-unser-aerzteteam/esketamin-nasenspray-kann-ich-das-ueber-euch-bekommen", "telehealth", False, "de",
  "telemedizin-forum-aerzteteam", "Esketamin-Nasenspray – kann ich das über euch bekommen? | Fragen an unser Ärzteteam | SeelenKlar Online", """
<header><a class="logo" href="https://seelenklar-online.example">SeelenKlar Online</a> &ndash; Psychiatrische Videosprechstunde
<nav><a href="/fragen-an-unser-aerzteteam">Fragen an unser Ärzteteam</a> <a href="/erfahrungen">Erfahrungen</a> <a href="https://seelenklar-online.example/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray &ndash; kann ich das über euch bekommen?</h1>
<div class="frage"><p class="wer">Anfrage von <b>M. aus Hannover</b>, 14.11.2026</p>
<p>Ich nehme seit drei Jahren Antidepressiva, zwei verschiedene haben nicht gewirkt. Mein Hausarzt meinte, Esketamin wäre vielleicht etwas, aber in meiner Nähe gibt es keinen Psychiater mit freien Terminen. Kann ich das Nasenspray über eure Online-Sprechstunde bekommen und zu Hause anwenden?</p></div>
<div class="antwort"><p class="wer">Antwort von <b>Dr. med. Felix Andersen</b>, Facharzt für Psychiatrie und Psychotherapie</p>
<p>Vielen Dank für Ihre Frage. Esketamin-Nasenspray darf nicht zu Hause angewendet werden: Jede Gabe erfolgt in einer Praxis oder Klinik, anschließend bleiben Sie mindestens zwei Stunden unter Beobachtung.</p>
<p>Was wir online leisten können: In einer ausführlichen Videosprechstunde (ca. 50 Minuten) klären wir, ob eine therapieresistente Depression vorliegt, welche Behandlungen bisher erfolgt sind und ob Esketamin überhaupt infrage kommt. Falls ja, überweisen wir Sie an eine unserer Partnerpraxen, zum Beispiel in Hannover-List oder Braunschweig, die die Anwendung vor Ort übernehmen. Die weitere medikamentöse Begleitung können wir per Video fortsetzen.</p>
<p>Einen Termin können Sie über unser Buchungssystem vereinbaren. Die Videosprechstunde ist eine Kassenleistung, bitte halten Sie Ihre Versichertenkarte bereit.</p></div>
<p class="hinweis">Die Antworten ersetzen keine persönliche ärztliche Behandlung. In akuten Krisen wählen Sie 112 oder die Telefonseelsorge 0800 111 0 111.</p>
</main>
<footer>SeelenKlar Online GmbH &middot; Ärztliche Leitung: Dr. med. Felix Andersen &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h11522", "https://fotogram-br.example/mentevivatelepsiquiatria", "telehealth", False, "pt",
  "perfil-rede-social-telepsiquiatria", "Mente Viva Telepsiquiatria (@mentevivatelepsiquiatria) • Fotogram", """
<div class="perfil">
<h1>mentevivatelepsiquiatria</h1>
<p class="stats">212 publicações &middot; 18,7 mil seguidores &middot; 140 seguindo</p>
<p class="bio">Mente Viva Telepsiquiatria<br>
&#129504; Psiquiatria online para todo o Brasil<br>
&#128249; Consultas por vídeo com psiquiatras com CRM e RQE<br>
&#128138; Depressão resistente: avaliação online + encaminhamento para escetamina em clínicas parceiras<br>
&#128205; Resp. técnico: Dr. Rafael Nogueira Bastos CRM-SP 154.223 RQE 61.870<br>
&#128279; menteviva-tele.example/agendar</p>
<div class="destaques"><span>Como funciona</span> <span>Equipe</span> <span>Golpes</span> <span>Convênios</span></div>
<div class="posts">
<figure><figcaption>&#9888;&#65039; ALERTA DE GOLPE: perfis falsos estão usando nosso nome para vender "cetamina sem receita" pelo WhatsApp. A Mente Viva NÃO vende medicamentos. Toda prescrição acontece somente depois de consulta por vídeo com médico psiquiatra, com receita digital assinada. Denuncie!</figcaption></figure>
<figure><figcaption>Escetamina: como funciona o nosso fluxo? 1&#65039;&#8419; Consulta de avaliação por vídeo (60 min). 2&#65039;&#8419; Se houver indicação, encaminhamos para uma clínica parceira em SP, RJ, BH ou Curitiba, onde a aplicação é feita presencialmente com monitoramento. 3&#65039;&#8419; Acompanhamento online com seu psiquiatra a cada 2&ndash;4 semanas.</figcaption></figure>
<figure><figcaption>Conheça a Dra. Tatiane Yamamoto (CRM-PR 41.902), nossa nova psiquiatra. Atende às segundas e quartas pela plataforma.</figcaption></figure>
</div>
</div>
""")

p("h11523", "https://app.brightfern-health.example/lounge/pinned/how-your-prescription-gets-to-your-door", "telehealth", False, "en",
  "telehealth-member-lounge-pinned-post", "Pinned: How your prescription gets to your door | Brightfern Member Lounge", """
<header class="app-bar"><span class="logo">Brightfern</span> <a href="/lounge">Member Lounge</a> <a href="/visits">My visits</a> <a href="/messages">Messages</a> <a href="/billing">Billing</a></header>
<main>
<h1>Pinned: How your prescription gets to your door</h1>
<p class="meta">From the Brightfern Care Team &middot; 1,024 members have read this</p>
<p>A lot of you asked in last week's thread why some orders take three days and others a week, so here's the whole path, step by step.</p>
<ol>
<li><b>Your prescriber signs the prescription.</b> This only happens after your initial video evaluation and, for refills, after your monthly check-in visit and mood scores are reviewed. Your prescriber (for example Dr. Mei-Lin Cho, Dr. Aaron Bristow or Nina Petrosyan, PMHNP) appears by name on the order.</li>
<li><b>The pharmacy verifies it.</b> Our partner, Rivergate Compounding Pharmacy, is licensed in every state we serve. Their pharmacist checks the prescription against the state prescription monitoring database before compounding your rapid-dissolve tablets.</li>
<li><b>It ships with a signature.</b> UPS 2-day, adult signature required, in plain packaging. Tracking appears in your app.</li>
</ol>
<p>Delays usually happen when a check-in visit was missed or the PDMP check flags something the pharmacist needs to ask your prescriber about.</p>
<h2>Replies</h2>
<div class="reply"><b>Member &middot; Tomas</b>: Super clear, thanks. Mine was held because I'd moved states, makes sense.</div>
<div class="reply"><b>Care Team &middot; Joelle</b>: Right, Tomas: a new state means a clinician licensed there has to re-evaluate you before the next fill.</div>
<div class="reply"><b>Member &middot; wrenbird</b>: Can I share my leftover tablets with my partner? <b>Care Team &middot; Joelle</b>: Please don't. They're prescribed only for you; if your partner is interested they can book their own evaluation.</div>
</main>
<footer>Brightfern Health, Inc. &middot; Medical care provided by Brightfern Clinical Group, P.C. &middot; Membership $129/month, billed separately from medication</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h11524", "https://yelpish.example/biz/cedar-hollow-ketamine-and-wellness-asheville", "clinic", False, "en",
  "clinic-profile-review-platform", "Cedar Hollow Ketamine & Wellness - Asheville, NC - Reviews & Q&A | Yelpish", """
<header><a class="logo" href="/">Yelpish</a> <input placeholder="tacos, plumbers, clinics..."> <input placeholder="Asheville, NC"> <a href="/writeareview">Write a review</a></header>
<main class="biz">
<h1>Cedar Hollow Ketamine &amp; Wellness</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 (63 reviews) &middot; Claimed &middot; Medical Centers, Mental Health</p>
<p class="hours">Open Mon&ndash;Sat 8:00 AM &ndash; 6:00 PM &middot; 118 Haywood Rd, Suite 4, Asheville, NC</p>
<div class="from-business"><h2>From the business</h2>
<p>Physician-led IV ketamine infusions for depression, PTSD and chronic pain, plus Spravato (we're a REMS-certified treatment center). Every new patient has a consultation with Dr. Miriam Stoltz (anesthesiologist) and a psychiatric review before the first infusion. Vitals are monitored throughout each 40-minute infusion and a nurse stays with you until you're cleared to go home with your driver.</p>
<p>Pricing: consultation $150, single infusion $475, series of six $2,550. Superbills for out-of-network reimbursement.</p>
<button>Request an appointment</button> <button>Message the business</button></div>
<h2>Ask the community</h2>
<div class="qa"><p><b>Q:</b> Do I need a referral? <b>A (Business owner):</b> No, but we'll ask for your records and we coordinate with your therapist or psychiatrist when you give consent.</p>
<p><b>Q:</b> Can I drive myself home? <b>A (Business owner):</b> No, someone must drive you. Rideshare is fine only with an adult companion.</p></div>
<h2>Recommended reviews</h2>
<div class="review"><p><b>Tara W.</b> &middot; Black Mountain, NC &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</p><p>The nurses are amazing. I was nervous the first time and they talked me through everything. After the fourth infusion I noticed I could get out of bed without dread.</p></div>
<div class="review"><p><b>Greg P.</b> &middot; &#9733;&#9733;&#9733;&#9733;&#9734;</p><p>Great care, but insurance didn't cover anything except the Spravato. Be ready for the cost.</p><p class="owner">Comment from Dr. Miriam S. of Cedar Hollow: Thanks Greg. We've added a financing option through CareCredit since your visit.</p></div>
</main>
<footer>Yelpish &middot; About &middot; Careers &middot; Trust &amp; Safety &middot; Content guidelines</footer>
""", noise="cookie")

p("h11525", "https://gatherly.example/groups/ketamine-integration-circle-portland/", "clinic", False, "en",
  "kap-practice-group-page", "Ketamine Integration Circle (hosted by Willow & Fern KAP) | Gatherly", """
<header><a class="logo" href="/">Gatherly</a> <a href="/find">Find events</a> <a href="/start">Start a group</a> <a href="/login">Log in</a></header>
<main class="group">
<h1>Ketamine Integration Circle &ndash; Portland</h1>
<p class="meta">Portland, OR &middot; 418 members &middot; Public group &middot; Organized by Willow &amp; Fern Ketamine-Assisted Psychotherapy</p>
<h2>What we're about</h2>
<p>This group is run by the clinicians at Willow &amp; Fern, a ketamine-assisted psychotherapy (KAP) practice in Southeast Portland. Our practice offers in-office KAP: intramuscular or sublingual ketamine administered by our nurse practitioner, Sarah Bellweather, PMHNP, with a licensed therapist present for the full session in our treatment rooms on SE Division Street.</p>
<p>The monthly circle is open to our current and former patients and to people who have had ketamine treatment elsewhere. It's a space to share and make meaning of sessions. No medication is given at circle meetings.</p>
<h2>Upcoming events</h2>
<div class="event"><p><b>Thu, Dec 11 &middot; 6:30 PM</b> &ndash; Integration Circle: "Bringing insights into the holidays" &middot; Willow &amp; Fern, 3325 SE Division St &middot; Free &middot; 22 going</p></div>
<div class="event"><p><b>Sat, Jan 10 &middot; 10:00 AM</b> &ndash; Info session: Is KAP right for me? Meet our therapists, learn about screening and costs &middot; 14 going</p></div>
<h2>Group guidelines</h2>
<ul><li>Confidentiality: what's shared in the circle stays in the circle.</li><li>No sourcing talk, no offers of substances. Posts or messages offering drugs get you removed and reported.</li><li>This is not therapy or crisis support. For treatment questions, contact the practice directly.</li></ul>
<h2>Discussion</h2>
<div class="post"><b>Alex R.</b>: Does Willow &amp; Fern take OHP? <b>Organizer (Willow &amp; Fern)</b>: We don't bill OHP for the ketamine itself, but the therapy portion is billable to some plans. Call our front desk for a benefits check.</div>
</main>
<footer>Gatherly &middot; Terms &middot; Privacy &middot; Community guidelines</footer>
""")

p("h11526", "https://facenet.example/pages/RenewIVKetamineTampa/posts", "clinic", False, "en",
  "clinic-social-page-booking-by-dm", "Renew IV Ketamine Tampa - Posts | Facenet", """
<div class="page-header">
<h1>Renew IV Ketamine Tampa</h1>
<p>Medical &amp; health &middot; 4,1K followers &middot; 4.9 &#9733; (88 reviews) &middot; 2905 W Kennedy Blvd, Tampa, FL</p>
<p><button>Send message</button> <button>Call</button> <button>Book</button></p>
</div>
<div class="feed">
<article><p class="date">December 2 at 8:14 AM</p>
<p>&#127876; Holiday hours + a few openings left! We have infusion slots on Dec 19, 22 and 23. New patients start with a consult with Dr. Ortega and our nurse team (BP, history, meds review). Send us a message or comment "INFO" and our front desk will DM you the intake link.</p>
<p>Prices stay the same: initial consult $125 &middot; single infusion $425 &middot; 6-infusion series $2,300 &middot; boosters $400. HSA/FSA cards welcome, and yes, we offer gift certificates for consult fees if a loved one has been thinking about it.</p></article>
<article><p class="date">November 21 at 5:00 PM</p>
<p>Why do we ask you to bring a driver? Because for a couple of hours after an infusion your coordination and judgment aren't what they usually are. Our nurses monitor you in the recovery chair until you're steady on your feet. &#128153;</p>
<p class="comment"><b>Melissa D.</b> Can I DM you to book? <b>Renew IV Ketamine Tampa</b> Absolutely, Melissa! We'll reply with the intake form and the consult calendar.</p></article>
<article><p class="date">November 3 at 11:40 AM</p>
<p>Staff spotlight: meet Carla, RN, 12 years in the ICU before joining us. She's the calm voice you'll hear as you start your infusion.</p></article>
</div>
""")

p("h11527", "https://brightwaterketamine.example/patient-community/board/beware-text-messages-offering-home-ketamine", "clinic", False, "en",
  "clinic-patient-board-scam-warning", "Beware of text messages offering 'home ketamine' | Patient Community Board | Brightwater Ketamine Center", """
<header><a class="logo" href="/">Brightwater Ketamine Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/spravato">Spravato</a> <a href="/team">Our team</a> <a href="/patient-community">Patient community</a> <a href="/contact">Contact</a> <a class="btn" href="/schedule">Schedule a consultation</a></nav></header>
<main>
<p class="crumbs">Patient community &rsaquo; Board &rsaquo; Announcements</p>
<h1>Beware of text messages offering "home ketamine"</h1>
<p class="meta">Posted by Brightwater Front Desk &middot; Nov 27, 2026</p>
<p>Several patients told us they got texts from a number claiming to be "Brightwater Pharmacy" and offering ketamine nasal sprays or vials shipped home for a "loyalty price," payable through Zelle or a crypto app. We don't have a pharmacy and we never ship ketamine anywhere. All of our ketamine treatments are given here at our center in Lakewood, by our nurses, with Dr. Raymond Achebe or Dr. Lena Fisk on site.</p>
<p>What our real messages look like: appointment reminders from our scheduling system (they include your first name and appointment time only), and billing statements through our patient portal. If you're unsure, call us at the number on our website.</p>
<h2>Reminder of how treatment works at Brightwater</h2>
<ul><li>Initial consultation and medical screening in person</li><li>IV ketamine infusions in a private room with continuous monitoring</li><li>Spravato sessions with the required two-hour observation (REMS-certified)</li><li>Follow-up and integration therapy referrals</li></ul>
<h2>Comments</h2>
<div class="comment"><b>Patient (J.M.)</b>: Got one of these yesterday. Blocked and reported it. Thanks for posting.</div>
<div class="comment"><b>Brightwater Front Desk</b>: Thank you J.M. You can also forward spam texts to 7726 (SPAM) on most US carriers.</div>
</main>
<aside><h3>Board topics</h3><ul><li>Parking changes in January</li><li>New evening infusion hours</li><li>Integration group starting Feb 3</li></ul></aside>
<footer>Brightwater Ketamine Center &middot; 7400 W Alameda Ave, Lakewood, CO &middot; &copy; 2026 &middot; HIPAA notice</footer>
""", noise="cookie")

p("h11528", "https://prendre-rdv-sante.example/psychiatre/lyon/centre-lumiere-depression-resistante", "clinic", False, "fr",
  "profil-centre-plateforme-rdv", "Centre Lumière – Dépression résistante, Lyon : prendre rendez-vous | PrendreRDV Santé", """
<header><a class="logo" href="/">PrendreRDV Santé</a> <input placeholder="Nom, spécialité, établissement"> <input placeholder="Où ?"> <a href="/connexion">Se connecter</a></header>
<main class="fiche">
<h1>Centre Lumière &ndash; Prise en charge de la dépression résistante</h1>
<p class="sous-titre">Centre médical &middot; 24 rue Servient, 69003 Lyon &middot; Conventionné secteur 2</p>
<div class="motifs"><h2>Motifs de consultation</h2>
<ul>
<li>Première consultation psychiatrique d'évaluation (45 min)</li>
<li>Séance d'eskétamine intranasale (Spravato) &ndash; patients déjà évalués</li>
<li>Cure de kétamine intraveineuse &ndash; sur indication du psychiatre</li>
<li>Consultation de suivi</li>
</ul><button>Prendre rendez-vous</button></div>
<h2>Présentation</h2>
<p>Le Centre Lumière accueille des adultes souffrant d'une dépression n'ayant pas répondu à au moins deux traitements antidépresseurs. Les séances d'eskétamine ont lieu sur place, sous surveillance infirmière pendant deux heures minimum, avec contrôle de la tension artérielle avant et après l'administration. Les perfusions de kétamine sont réalisées en hôpital de jour partenaire, en présence d'un médecin anesthésiste.</p>
<p>Équipe : Dr Claire Maréchal (psychiatre), Dr Idriss Benali (psychiatre), Dr Anne-Sophie Roux (anesthésiste-réanimatrice), deux infirmières diplômées d'État.</p>
<h2>Informations pratiques</h2>
<p>Métro D, arrêt Saxe-Gambetta. Accès PMR. Vous ne pourrez pas conduire après la séance : prévoyez un accompagnant ou les transports en commun.</p>
<p>Tarifs : consultation d'évaluation 80 &euro;. Les séances d'eskétamine sont prises en charge selon les conditions de l'Assurance Maladie. Carte Vitale acceptée.</p>
<h2>Questions fréquentes</h2>
<p><b>Faut-il un courrier de mon médecin ?</b> Oui, un courrier de votre psychiatre ou médecin traitant est demandé lors de la première consultation.</p>
</main>
<footer>PrendreRDV Santé &middot; Mentions légales &middot; Données personnelles &middot; Aide</footer>
""", noise="cookie-fr")

p("h11529", "https://cercadottore.example/centri/roma/centro-neuropsiche-aurelio/recensioni", "clinic", False, "it",
  "profilo-centro-portale-recensioni", "Centro NeuroPsiche Aurelio – Roma: recensioni e prenotazioni | CercaDottore", """
<header><a class="logo" href="/">CercaDottore</a> <input placeholder="Specialità, patologia o nome"> <a href="/per-i-medici">Sei un medico?</a></header>
<main>
<h1>Centro NeuroPsiche Aurelio</h1>
<p>Poliambulatorio specialistico &middot; Via Aurelia 412, 00165 Roma &middot; &#9733; 4,7 (119 recensioni)</p>
<h2>Prestazioni</h2>
<ul>
<li>Visita psichiatrica &ndash; 140 &euro;</li>
<li>Trattamento con esketamina spray nasale (Spravato) presso il centro &ndash; su indicazione specialistica</li>
<li>Stimolazione magnetica transcranica (TMS)</li>
<li>Colloquio psicologico</li>
</ul>
<button>Prenota una visita</button>
<h2>Il centro</h2>
<p>Il trattamento con esketamina si svolge esclusivamente in sede: il paziente autosomministra lo spray sotto la supervisione di un medico e rimane in osservazione per almeno due ore in una stanza dedicata, con controllo della pressione. Non è possibile guidare il giorno della seduta. Referenti: Dott.ssa Giulia Ferranti e Dott. Marco De Santis, specialisti in psichiatria.</p>
<h2>Recensioni</h2>
<div class="recensione"><p><b>Paziente verificato</b> &middot; Trattamento con esketamina &middot; &#9733;&#9733;&#9733;&#9733;&#9733;</p><p>Personale gentilissimo, la Dott.ssa Ferranti mi ha spiegato tutto prima di iniziare. Dopo un mese di sedute sto meglio.</p><p class="risposta">Risposta del centro: Grazie per la fiducia, a presto per il controllo.</p></div>
<div class="recensione"><p><b>Paziente verificato</b> &middot; Visita psichiatrica &middot; &#9733;&#9733;&#9733;&#9733;&#9734;</p><p>Attesa un po' lunga in sala d'aspetto ma visita molto accurata.</p></div>
<h2>Domande dei pazienti</h2>
<p><b>D:</b> Si può avere lo spray da usare a casa? <b>R (Dott. De Santis):</b> No, per legge ogni somministrazione avviene in struttura sotto osservazione.</p>
</main>
<footer>CercaDottore &middot; Privacy &middot; Termini d'uso &middot; Cookie</footer>
""")

p("h11530", "https://fotogram-ar.example/clinicaserenarbuenosaires", "clinic", False, "es",
  "clinica-perfil-red-social-turnos-whatsapp", "Clínica Serenar (@clinicaserenarbuenosaires) • Fotogram", """
<div class="perfil">
<h1>clinicaserenarbuenosaires</h1>
<p class="stats">96 publicaciones &middot; 6.230 seguidores</p>
<p class="bio">Clínica Serenar &middot; Salud mental<br>
&#127973; Infusiones de ketamina con monitoreo médico y esketamina intranasal en consultorio<br>
&#128205; Av. Cabildo 2140, Belgrano, CABA<br>
&#128197; Turnos por WhatsApp: +54 9 11 0000-4521 (lun a vie 9 a 18 h)<br>
&#128104;&#8205;&#9877;&#65039; Dir. médico Dr. Tomás Echeverría MN 118.442</p>
<div class="posts">
<figure><figcaption>¿Cómo es una sesión de ketamina en Serenar? Llegás acompañado, te tomamos la presión, te colocamos la vía y la infusión dura unos 40 minutos en un box privado con música. Una enfermera está con vos todo el tiempo y el médico supervisa. Después, 30 a 60 minutos de recuperación antes de irte con tu acompañante. &#128153;</figcaption></figure>
<figure><figcaption>Importante: la ketamina se aplica SOLO dentro de la clínica, después de una entrevista psiquiátrica. No enviamos medicación a domicilio ni vendemos por mensaje. Si alguien te ofrece "ketamina de Serenar" por redes, es una estafa. &#128683;</figcaption></figure>
<figure><figcaption>Trabajamos con obras sociales y prepagas para la consulta psiquiátrica. Pedí tu turno de evaluación por WhatsApp con tu orden médica.</figcaption></figure>
</div>
</div>
""")

p("h11531", "https://arztbewertung-portal.example/praxis/muenchen/praxis-dr-weiss-esketamin-ketamin", "clinic", False, "de",
  "praxisprofil-bewertungsportal", "Praxis Dr. med. Katharina Weiß – Psychiatrie, München | Bewertungen & Fragen | ArztBewertung", """
<header><a class="logo" href="/">ArztBewertung</a> <input placeholder="Fachgebiet, Name, Ort"> <a href="/fuer-aerzte">Für Ärzte</a> <a href="/login">Anmelden</a></header>
<main>
<h1>Dr. med. Katharina Weiß</h1>
<p class="sub">Fachärztin für Psychiatrie und Psychotherapie &middot; Leopoldstraße 88, 80802 München &middot; Note 1,3 (74 Bewertungen) &middot; Premium-Profil</p>
<div class="leistungen"><h2>Leistungen</h2>
<ul><li>Diagnostik und Behandlung depressiver Erkrankungen</li><li>Esketamin-Nasenspray bei therapieresistenter Depression (Anwendung in der Praxis, Nachbeobachtung im Ruheraum)</li><li>Off-Label-Ketamininfusionen in Kooperation mit einer Tagesklinik nach ausführlicher Aufklärung</li><li>Psychotherapie (tiefenpsychologisch fundiert)</li></ul>
<button>Termin online buchen</button></div>
<h2>Aus der Praxis</h2>
<p>Vor jeder Esketamin-Behandlung findet ein ausführliches Erstgespräch mit Blutdruckmessung, Medikamentenanamnese und Prüfung der Vorbefunde statt. Die Anwendung erfolgt in unseren Räumen; danach bleiben Sie mindestens zwei Stunden bei uns. Bitte lassen Sie sich abholen, Autofahren ist am Behandlungstag nicht erlaubt. Kassen- und Privatpatienten.</p>
<h2>Fragen &amp; Antworten</h2>
<div class="qa"><p><b>Frage:</b> Kann ich das Nasenspray für zu Hause verschrieben bekommen?</p><p><b>Antwort der Praxis:</b> Nein. Esketamin wird ausschließlich in der Praxis unter Aufsicht angewendet.</p></div>
<div class="qa"><p><b>Frage:</b> Wie lange ist die Wartezeit für ein Erstgespräch?</p><p><b>Antwort der Praxis:</b> Derzeit etwa sechs Wochen. Bei Dringlichkeit wenden Sie sich bitte an die Terminservicestelle 116117.</p></div>
<h2>Bewertungen</h2>
<div class="bewertung"><p>&bdquo;Sehr einfühlsam, nimmt sich Zeit. Nach acht Sitzungen deutlich besser.&ldquo; &ndash; Kassenpatient, 03.11.2026</p></div>
<div class="bewertung"><p>&bdquo;Organisation gut, Ruheraum angenehm ruhig.&ldquo; &ndash; Privatpatientin, 18.10.2026</p></div>
</main>
<footer>ArztBewertung &middot; Impressum &middot; Datenschutz &middot; Bewertungsrichtlinien</footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational (9)

p("h11532", "https://threadit.example/r/KetamineTherapy/comments/1h8kq2/psa_i_got_scammed_by_a_telegram_ketamine_seller", "informational", False, "en",
  "reddit-like-scam-warning-thread", "PSA: I got scammed by a Telegram 'ketamine seller' - here's how it went : r/KetamineTherapy", """
<header><a class="logo" href="/">threadit</a> <span>r/KetamineTherapy</span> <input placeholder="Search r/KetamineTherapy"> <a href="/login">Log in</a></header>
<div class="sub-sidebar"><h3>r/KetamineTherapy</h3><p>Discussion of clinical ketamine and esketamine treatment: infusions, Spravato, KAP and at-home programs. 61.2k members.</p>
<h4>Rules</h4><ol><li>No sourcing. Asking for or offering sources = permanent ban.</li><li>No dosing advice for non-prescribed use.</li><li>Be kind; this is a support space.</li><li>Providers must disclose affiliation.</li></ol></div>
<main class="thread">
<h1>PSA: I got scammed by a Telegram "ketamine seller" &ndash; here's how it went</h1>
<p class="meta">Posted by u/quiet_lantern &middot; 3d &middot; Flair: Warning</p>
<div class="op"><p>Posting so nobody else falls for this. After my clinic raised prices I got desperate and searched "buy ketamine online no prescription." I found a site that looked like a pharmacy and it pushed me to a Telegram account called something like "KetaCare Support". They sent a price list (10 ml vial for $120, "pharma grade"), asked me to pay $240 in Bitcoin through an ATM, then sent a fake tracking number.</p>
<p>Two days later they said customs held the package and I needed to pay a $350 "clearance fee" in Apple gift cards. That's when I realised. I reported it to the FTC and my bank, but the crypto is gone.</p>
<p>Lesson: if there's no doctor visit, it's not medicine. I went back to my clinic and they put me on a payment plan.</p></div>
<div class="comment"><p><b>u/AutoModerator</b> &middot; MOD</p><p>Reminder: posts or DMs naming sellers, sharing links to shops or asking where to buy are removed. If someone DMs you offering ketamine after you comment here, it's a scammer; report them.</p></div>
<div class="comment"><p><b>u/mossy_infusions</b> &middot; 212 points</p><p>Same pattern happened to someone in this sub last month, "customs fee" is always the second hook. Sorry this happened to you.</p></div>
<div class="comment"><p><b>u/NP_in_Ohio</b> &middot; Verified provider &middot; 98 points</p><p>Psych NP here (not selling anything, not affiliated with a company). Even when these sellers do ship something, lab-tested samples from street and online sources have turned up other drugs entirely. Ask your clinic about sliding scale or look into Spravato, which many insurers now cover.</p></div>
<div class="comment"><p><b>u/k_curious_22</b> &middot; 17 points</p><p>Which sellers are legit though? Asking for a friend</p>
<p class="reply"><b>u/ModTeam</b> &middot; MOD: Removed under Rule 1. Last warning.</p></div>
</main>
<footer>threadit &middot; User agreement &middot; Content policy &middot; &copy; 2026</footer>
""", noise="cookie")

p("h11533", "https://askanything-qa.example/questions/48812/is-it-legal-to-buy-ketamine-online-without-a-prescription", "informational", False, "en",
  "qa-site-question-answers", "Is it legal to buy ketamine online without a prescription? - AskAnything Q&A", """
<header><a class="logo" href="/">AskAnything</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/ask">Ask a question</a></header>
<main>
<h1>Is it legal to buy ketamine online without a prescription?</h1>
<p class="meta">Asked 9 months ago &middot; Viewed 31k times &middot; Tags: <span>law</span> <span>medication</span> <span>united-states</span> <span>ketamine</span></p>
<div class="question"><p>I keep seeing ads on social media for "ketamine lozenges, no doctor needed" and websites that say they ship vials discreetly. My depression hasn't improved on SSRIs. Is buying from one of these legal if it's for personal medical use?</p></div>
<div class="answer accepted"><p class="votes">&#9650; 412 &#10003; Accepted</p>
<p>Short answer: no. I'm a licensed pharmacist in Pennsylvania.</p>
<p>In the US ketamine is a Schedule III controlled substance under the Controlled Substances Act. It can only be dispensed lawfully with a valid prescription issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice. Online prescribing of controlled substances also has its own federal rules (the Ryan Haight Act and the DEA telemedicine flexibilities, which have been extended several times).</p>
<p>So a site that ships ketamine after a questionnaire, or with no contact at all, is operating illegally, and buying from it exposes you to possession charges. Practically, the bigger risk is that many of these sites are scams or send something that isn't ketamine.</p>
<p>Lawful routes: an in-person ketamine clinic, a REMS-certified center for esketamine (Spravato), or a telehealth service where a licensed clinician evaluates you by video and a licensed pharmacy fills the prescription. Ask your psychiatrist about them.</p>
<p class="sig">answered Mar 3 &middot; <b>RxRachel</b> &middot; 18.2k reputation</p></div>
<div class="answer"><p class="votes">&#9650; 57</p><p>Also worth knowing: outside the US, rules differ but it's controlled almost everywhere. In the UK it's Class B, and importing it by post counts as importation of a controlled drug.</p><p class="sig">answered Mar 4 &middot; <b>londonlawstudent</b></p></div>
<div class="answer"><p class="votes">&#9660; -14</p><p>[deleted by moderator: contained a link to an online shop]</p></div>
</main>
<aside><h3>Related</h3><ul><li>How do esketamine REMS centers work?</li><li>Can a telehealth doctor prescribe controlled substances across state lines?</li><li>What's the difference between ketamine and esketamine?</li></ul></aside>
<footer>AskAnything &middot; Content licensed CC BY-SA &middot; Privacy &middot; Terms</footer>
""", noise="cookie")

p("h11534", "https://forums.safer-nights.example/t/bladder-pain-after-a-year-of-k-what-now/9930", "informational", False, "en",
  "harm-reduction-forum-thread", "Bladder pain after a year of K - what now? | Safer Nights harm reduction forum", """
<header><a class="logo" href="/">Safer Nights</a> <nav><a href="/c/substances">Substances</a> <a href="/c/mental-health">Mental health</a> <a href="/c/recovery">Recovery &amp; cutting down</a> <a href="/drug-checking">Find drug checking</a> <a href="/faq">FAQ</a></nav></header>
<div class="rules-banner"><b>Forum rules:</b> No sourcing, no vendor names, no price talk, no "where can I get" questions. We're here to keep each other alive and well. Any post offering or requesting drugs is removed and the account is banned. If you are in danger call emergency services.</div>
<main>
<h1>Bladder pain after a year of K &ndash; what now?</h1>
<div class="post"><p class="who">drift_and_fold &middot; 23 posts</p>
<p>I've been using ketamine recreationally most weekends for about a year, sometimes midweek. The last two months I need to pee constantly and it burns. Some blood once. I'm scared to tell my GP because of what they'll think. Is this the "K bladder" thing? Does it go away if I stop?</p></div>
<div class="post staff"><p class="who">Harm reduction worker &middot; Safer Nights team</p>
<p>Thank you for posting, this is a really important question and it sounds like ketamine-related uropathy, which is well documented. The single most helpful thing is to stop or greatly cut down, because in many people symptoms improve when use stops, especially when caught early. Blood in urine should be checked by a doctor: GPs see this more often than you'd think and your medical record is confidential.</p>
<p>Some things that can help meanwhile: drink water regularly but don't overload, avoid alcohol and caffeine, and don't take more ketamine to numb the pain (that's a common trap that makes it worse). Our <a href="/c/recovery">recovery section</a> has people who've been through this.</p></div>
<div class="post"><p class="who">elli_recovering &middot; 412 posts</p>
<p>I had the same at 22. Stopped completely, saw a urologist, took about eight months to feel normal. You're not alone. Tell your GP the truth, they honestly just want to help.</p></div>
<div class="post removed"><p class="who">[removed]</p><p>This post was removed by a moderator (rule 1: sourcing).</p></div>
</main>
<aside><h3>Resources</h3><ul><li>Find a drug checking service near you</li><li>Ketamine: the facts (leaflet)</li><li>Talk to someone: FRANK 0300 123 6600</li></ul></aside>
<footer>Safer Nights is a registered charity &middot; Privacy &middot; Community guidelines</footer>
""", noise="cookie")

p("h11535", "https://discord-archive.example/servers/infusion-buddies/channels/general", "informational", False, "en",
  "discord-patient-server-export-txt", "#general | Infusion Buddies (patient peer support) | export", """
Infusion Buddies - patient peer support (not affiliated with any clinic) - channel #general - exported 2026-11-29

[rules bot] Welcome! This server is for people receiving ketamine or Spravato treatment from a licensed provider. No sourcing, no selling, no DMing people offers. Mods will never ask you for money.

[11/27 09:14] hollyhock: infusion #5 yesterday, first time I didn't cry in the car after. small wins
[11/27 09:20] benji_t: that's huge holly!! how long is your series?
[11/27 09:22] hollyhock: 6 then they decide on boosters. my clinic does monthly if it holds
[11/27 12:03] saltwater_kid: anyone on spravato get really high blood pressure during the first one? mine went to 160/100 and the nurse made me wait an extra hour
[11/27 12:10] benji_t: yeah mine spikes at ~40 min then drops. ask your doc about checking at home the day before too
[11/27 15:47] newacct_8812: hey all, if anyone needs K without the clinic prices DM me, i ship
[11/27 15:48] [mod] ferngully: Removed and banned. Reminder to everyone: anyone offering in DMs is either a dealer or a scammer. Please report, don't engage.
[11/27 15:51] hollyhock: ugh they always show up after someone mentions cost
[11/28 10:05] river_m: my telehealth program dropped my state, anyone know a legit one in Kansas? I'd need a video eval obviously
[11/28 10:12] saltwater_kid: check the #provider-list pinned post, mods keep it updated with ones that actually do evals
""", ext="txt")

p("h11536", "https://localfinder-reviews.example/search?cflt=ketamine_clinics&find_loc=Austin%2C+TX", "informational", False, "en",
  "review-site-directory-listing", "Top 10 Best Ketamine Clinics near Austin, TX - Updated December 2026 | LocalFinder Reviews", """
<header><a class="logo" href="/">LocalFinder Reviews</a> <input value="ketamine clinics"> <input value="Austin, TX"> <a href="/for-business">For businesses</a></header>
<main>
<h1>Top 10 Best Ketamine Clinics near Austin, TX</h1>
<p class="filters">Sort: Recommended &middot; Filters: Open now &middot; Accepts insurance &middot; Offers telehealth &middot; Wheelchair accessible</p>
<p class="notice">Businesses can't pay to change their rating. Sponsored results are labelled.</p>
<ol class="results">
<li><b>Sponsored &middot; Hill Country Infusion Partners</b> &ndash; 4.9 (141 reviews) &middot; IV therapy, Ketamine clinics &middot; Mueller &middot; "Staff made me feel completely safe..."</li>
<li><b>Barton Creek Ketamine Center</b> &ndash; 4.8 (88) &middot; Ketamine clinics, Psychiatrists &middot; South Lamar &middot; "Dr. Nguyen explained every step..."</li>
<li><b>Eastside Mind &amp; Body Clinic</b> &ndash; 4.6 (57) &middot; Spravato, Counseling &middot; East Cesar Chavez &middot; "The 2-hour wait after Spravato is long but they have comfy chairs"</li>
<li><b>Bluebonnet Psychiatry (virtual + in person)</b> &ndash; 4.5 (203) &middot; Psychiatrists, Telehealth &middot; Downtown</li>
<li><b>Capital Pain &amp; Anesthesia</b> &ndash; 4.3 (39) &middot; Pain management &middot; North Austin</li>
<li><b>Riverside Wellness Infusions</b> &ndash; 3.9 (21) &middot; IV hydration, Ketamine clinics &middot; Round Rock</li>
</ol>
<h2>Frequently asked questions about ketamine clinics in Austin</h2>
<p><b>How much does ketamine infusion cost in Austin?</b> Based on prices listed by businesses on LocalFinder, single infusions range from about $400 to $650, and most clinics recommend a series of six.</p>
<p><b>Is ketamine covered by insurance?</b> IV ketamine for depression is usually out-of-pocket; esketamine (Spravato) is covered by many plans. Check with each business.</p>
<h2>Related searches</h2>
<p>TMS therapy &middot; Psychiatrists &middot; IV hydration &middot; Addiction treatment &middot; Counseling &amp; mental health</p>
</main>
<footer>LocalFinder Reviews &middot; About &middot; Trust &amp; Safety &middot; Content guidelines &middot; &copy; 2026</footer>
""", noise="cookie")

p("h11537", "https://forum.tripwijzer-community.example/topic/23345-ketamine-besteld-via-telegram-strafbaar-en-waar-kan-ik-laten-testen", "informational", False, "nl",
  "drugsforum-draad-wet-en-testen", "Ketamine besteld via Telegram: strafbaar? En waar kan ik laten testen? | TripWijzer Community", """
<header><a class="logo" href="/">TripWijzer Community</a> <nav><a href="/forum">Forum</a> <a href="/middelen">Middelen-info</a> <a href="/testen">Drugs laten testen</a> <a href="/hulp">Hulp zoeken</a></nav></header>
<div class="regels"><b>Huisregels:</b> Geen bronnen, geen verkopers, geen prijzen. Vragen als &ldquo;waar kan ik kopen&rdquo; worden verwijderd. Wij geven informatie om risico's te verkleinen, niet om gebruik aan te moedigen.</div>
<main>
<h1>Ketamine besteld via Telegram: strafbaar? En waar kan ik laten testen?</h1>
<div class="bericht"><p class="wie">lotte_ams &middot; 12 berichten</p>
<p>Een vriend heeft via een Telegram-kanaal ketamine besteld (hij zag een &ldquo;menu&rdquo; met prijzen en bezorging in Amsterdam). Het spul ziet er anders uit dan wat hij kent, meer poederig en een beetje geel. Twee vragen: is het bestellen zelf strafbaar, en kan hij het ergens anoniem laten testen?</p></div>
<div class="bericht team"><p class="wie">Moderator &middot; TripWijzer team</p>
<p>Goede vragen. Ketamine staat op Lijst II van de Opiumwet. Bezit van een kleine hoeveelheid voor eigen gebruik wordt in de praktijk meestal niet vervolgd, maar het blijft strafbaar, en bestellen via Telegram maakt het niet minder illegaal. Laten bezorgen via post kan bovendien als invoer worden gezien als het uit het buitenland komt.</p>
<p>Testen kan anoniem bij een testlocatie van het landelijke testsysteem: je levert een klein beetje in, krijgt binnen ongeveer een week de uitslag, en er wordt niets doorgegeven aan politie. Zeker bij een afwijkend uiterlijk is dat verstandig: er zijn dit jaar monsters &ldquo;ketamine&rdquo; aangetroffen die eigenlijk 2-FDCK of zelfs helemaal iets anders bleken te zijn. Kijk op onze pagina <a href="/testen">Drugs laten testen</a> voor adressen.</p></div>
<div class="bericht"><p class="wie">jesse_utrecht &middot; 388 berichten</p>
<p>Laat hem vooral niet zomaar een hele lijn nemen van iets dat er anders uitziet. Begin laag, niet alleen, niet mixen met alcohol.</p></div>
<div class="bericht verwijderd"><p>[Bericht verwijderd door moderator: noemde een verkoperskanaal]</p></div>
</main>
<footer>TripWijzer Community is een initiatief van stichting Veilig Uitgaan &middot; Privacy &middot; Contact</footer>
""", noise="cookie-nl")

p("h11538", "https://comunidade-conversa-aberta.example/t/alerta-golpe-da-cetamina-em-grupos-de-telegram-e-whatsapp/5120", "informational", False, "pt",
  "forum-comunidade-alerta-golpe", "Alerta: golpe da \"cetamina sem receita\" em grupos de Telegram e WhatsApp | Conversa Aberta", """
<header><a class="logo" href="/">Conversa Aberta</a> <span>comunidade sobre saúde mental</span> <nav><a href="/c/depressao">Depressão</a> <a href="/c/tratamentos">Tratamentos</a> <a href="/c/avisos">Avisos da moderação</a></nav></header>
<main>
<h1>Alerta: golpe da &ldquo;cetamina sem receita&rdquo; em grupos de Telegram e WhatsApp</h1>
<p class="meta">Publicado pela <b>equipe de moderação</b> &middot; fixado &middot; 17 nov. 2026</p>
<p>Nas últimas semanas recebemos dezenas de denúncias de membros que foram abordados em mensagens privadas depois de comentar sobre tratamento com cetamina ou escetamina. O roteiro é quase sempre o mesmo:</p>
<ol>
<li>Um perfil se apresenta como &ldquo;farmácia&rdquo;, &ldquo;clínica&rdquo; ou &ldquo;enfermeira&rdquo; e oferece frascos de cetamina ou spray nasal &ldquo;igual ao do consultório&rdquo;, sem receita e com entrega discreta.</li>
<li>Pede pagamento adiantado por PIX ou criptomoeda.</li>
<li>Depois do pagamento, inventa uma &ldquo;taxa da alfândega&rdquo; ou &ldquo;taxa de liberação&rdquo;.</li>
<li>Nada chega, ou chega um produto desconhecido.</li>
</ol>
<p>Lembrando: no Brasil a escetamina é aplicada em clínica, sob supervisão, e a cetamina é medicamento controlado. Quem vende por mensagem está cometendo crime e, muitas vezes, também aplicando golpe. Se você caiu, registre boletim de ocorrência (pode ser pela delegacia eletrônica do seu estado) e avise seu banco sobre o PIX pelo Mecanismo Especial de Devolução.</p>
<p>Esta comunidade não indica vendedores. Postagens com contatos de venda são apagadas e o perfil é banido.</p>
<h2>Respostas</h2>
<div class="resp"><b>carol_bh</b>: Aconteceu comigo, paguei R$ 600 e depois pediram mais R$ 900 de &ldquo;taxa&rdquo;. Obrigada por fixarem isso.</div>
<div class="resp"><b>dr_henrique_psiq</b> (psiquiatra, membro verificado): Reforço o aviso. Se o custo do tratamento é o problema, converse com seu médico sobre alternativas e sobre serviços públicos de referência.</div>
</main>
<footer>Conversa Aberta &middot; Regras da comunidade &middot; Privacidade</footer>
""", noise="cookie-pt")

p("h11539", "https://forum.reduire-risques-ensemble.example/viewtopic.php?t=18842", "informational", False, "fr",
  "forum-rdr-discussion", "Kéta : « trous » de mémoire et mélange avec l'alcool – Réduire les risques ensemble", """
<header><a class="logo" href="/">Réduire les risques ensemble</a> <nav><a href="/index.php">Index du forum</a> <a href="/produits">Fiches produits</a> <a href="/analyse">Analyse de produits</a> <a href="/reglement">Règlement</a></nav></header>
<div class="bandeau">Règlement : aucune recherche ni proposition de plan, de vendeur ou de prix. Les messages de ce type sont supprimés et leurs auteurs exclus. Ce forum ne remplace pas un avis médical.</div>
<main>
<h1>Kéta : « trous » de mémoire et mélange avec l'alcool</h1>
<div class="message"><p class="auteur">zephyr_31 &middot; Messages : 46</p>
<p>Salut, samedi en soirée j'ai pris de la kéta après plusieurs bières et j'ai un trou noir de presque deux heures. Mes potes disent que je suis tombé et que je ne répondais plus. Je me sens encore bizarre aujourd'hui. C'est normal ? Comment éviter ça ?</p></div>
<div class="message equipe"><p class="auteur">Intervenant RdR &middot; Équipe du forum</p>
<p>Merci d'en parler. L'association kétamine + alcool est une des plus risquées : les deux dépriment le système nerveux et augmentent le risque de perte de connaissance, de vomissement en étant inconscient et de chute. Ce que tu décris ressemble à ça.</p>
<p>Quelques repères si tu consommes à nouveau : éviter l'alcool le même soir, rester assis dans un endroit sûr, ne jamais consommer seul, attendre avant de reprendre. Et le « bizarre » qui dure plusieurs jours mérite d'en parler à un médecin ou à un CSAPA/CAARUD près de chez toi, c'est confidentiel et gratuit.</p>
<p>Si tu as un doute sur ce que tu as pris, l'analyse de produits est possible via notre réseau partenaire (voir l'onglet <a href="/analyse">Analyse de produits</a>).</p></div>
<div class="message"><p class="auteur">luna_marseille &middot; Messages : 1 204</p>
<p>Pareil il y a deux ans, chute dans l'escalier. Depuis, pas d'alcool quand il y a de la kéta, point.</p></div>
<div class="message supprime"><p>Message supprimé par la modération (proposition de produit).</p></div>
</main>
<footer>Forum associatif &middot; Mentions légales &middot; Charte</footer>
""", noise="cookie-fr")

p("h11540", "https://threadit.example/r/TRDsupport/wiki/sourcing-faq", "informational", False, "en",
  "reddit-like-mod-wiki-faq", "r/TRDsupport wiki: Why we remove sourcing posts (and where legal treatment actually comes from)", """
<header><a class="logo" href="/">threadit</a> <span>r/TRDsupport</span> <a href="/r/TRDsupport/wiki">Wiki</a> <a href="/login">Log in</a></header>
<main class="wiki">
<h1>Why we remove sourcing posts (and where legal treatment actually comes from)</h1>
<p class="meta">Wiki page &middot; last revised by the mod team, Nov 2026</p>
<h2>Why the rule exists</h2>
<p>Every week someone posts "where can I buy ketamine?" or comments with a shop link, and within minutes people in that thread get DMs from accounts selling "clinic-grade" vials or nasal sprays. Members have lost hundreds of dollars to fake "customs fees", and some who received something ended up in the ER. So: any post or comment asking for or offering a source is removed and the account is banned. Shop links are automatically filtered.</p>
<h2>Red flags in DMs and ads</h2>
<ul><li>No clinician ever sees or speaks to you.</li><li>"Questionnaire only" or "instant approval".</li><li>Payment by crypto, gift cards, Zelle to a person, or PIX/Bizum to a private account.</li><li>Telegram, WhatsApp or Snapchat as the only way to order.</li><li>Promises of "stealth" shipping or "reship if seized".</li></ul>
<h2>Legitimate routes people in this community have used</h2>
<ul><li>In-person IV or IM ketamine at a medical clinic, ideally with a psychiatric assessment first.</li><li>Esketamine (Spravato) at a REMS-certified center, often covered by insurance.</li><li>Telehealth programs where a licensed clinician evaluates you by video and a licensed pharmacy fills the prescription.</li><li>Clinical trials (search the public trial registries for "treatment-resistant depression").</li></ul>
<p>We don't endorse specific companies. Providers who post here must disclose affiliation and can't advertise.</p>
<h2>Got scammed?</h2>
<p>Report to your bank or card issuer, the platform where you were contacted and your national fraud reporting service. You're not stupid; these scams are designed to catch people at their lowest.</p>
</main>
<footer>threadit &middot; User agreement &middot; Content policy</footer>
""")

save(OUT, R)
