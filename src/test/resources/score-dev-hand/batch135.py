# Batch 135 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Marketplaces, classifieds, social and messaging". Every page lives on a platform rather than
# on a company's own website: classified ads, marketplace and deal listings, service-gig listings,
# social-media bios and posts, channel posts (Telegram-style web previews), chat-server listings,
# WhatsApp business profiles and catalogues, map/business profiles with Q&A, Q&A-site answers,
# group and forum threads, review snippets. Sellers offer ketamine, esketamine (Spravato) or analogues
# (2F-DCK, DCK, O-PCE) there, often under slang or disguise (vet vials, "research chemicals", fake
# telehealth gig with questionnaire-only approval, pharmacist doorway answer). Clinics and telehealth
# services use the same platforms legitimately (bios with "DM for pricing", WhatsApp booking, deal
# vouchers, promo codes, scam warnings about DMs). Informational pages are a harm-reduction account,
# a journalist's thread, a moderator's removal notice, patients' groups, a Q&A thread on legality, a
# newspaper piece quoting vendor prices and a marketplace's prohibited-items help page.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with platform chrome (menus, cookie banners, sidebars, footers), medium posts
# with comment threads, short bios, a navigation-only messenger shell (url-only), and four plain-text
# excerpts (a social bio, two WhatsApp business profiles, a moderator notice).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch135.py (writes batch135/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch135")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h13501", "https://northcoast-classifieds.example/for-sale/farm-garden/ketaset-vials-10ml-large-animal-no-script-6641823.html",
  "seller", True, "en", "classifieds-listing-long", "Ketaset 10ml vials - large animal practice closing - no script needed - $120 (Eureka) | NorthCoast Classifieds", """
<header class="cl-header">
<a class="logo" href="/">NorthCoast Classifieds</a>
<form class="search" action="/search"><input name="q" placeholder="search for sale"><button>Go</button></form>
<nav><a href="/post">post an ad</a> <a href="/account">my account</a> <a href="/saved">saved searches</a> <a href="/help">help</a></nav>
</header>
<div class="crumbs"><a href="/">humboldt</a> &gt; <a href="/for-sale">for sale</a> &gt; <a href="/for-sale/farm-garden">farm &amp; garden</a> &gt; posting</div>
<main class="posting">
<div class="posting-tools"><a href="#">&#9733; favorite</a> <a href="#">hide</a> <a href="/flag?id=6641823">flag prohibited</a> <a href="#">share</a></div>
<h1 class="postingtitle"><span class="price">$120</span> Ketaset 10ml vials - large animal practice closing - no script needed <small>(Eureka)</small></h1>
<section class="gallery"><img src="/img/6641823_1.jpg" alt="box of sealed vials"> <img src="/img/6641823_2.jpg" alt="vial label close up"> <img src="/img/6641823_3.jpg" alt="lot number"></section>
<section class="attrgroup">
<span>condition: <b>new</b></span> <span>make / manufacturer: <b>Zoetis</b></span> <span>size / dimensions: <b>10 mL</b></span>
</section>
<section id="postingbody">
<p>Closing out my late husband's large animal practice and have a few things left that the supply company wouldn't take back.</p>
<p>12 sealed vials of Ketaset (ketamine HCl injection, 100 mg/mL, 10 mL multi-dose). All within date (exp 09/2027), stored in the clinic fridge/cabinet the whole time. Original box, batch numbers intact. Pictures are of the actual vials.</p>
<p>$120 each or 10 for $950. Firm on the lot price.</p>
<p>You do NOT need a vet script or DEA number, I'm not asking questions and I'm not responsible for how it's used. Cash in person in Eureka/Arcata, or Zelle / Cash App / Venmo (friends &amp; family only). Can ship USPS Priority in plain packaging with tracking anywhere in the lower 48, $15 flat.</p>
<p>Also have: Xylazine 100 mg/mL 50 mL (3), Telazol 5 mL (2), a box of 18g and 20g needles and 3cc syringes. Ask.</p>
<p>TEXT ONLY 707-555-0148. Don't call, I won't pick up. No trades, no lowballs, no "is this available" without a name.</p>
</section>
<p class="postinginfos">post id: 6641823 &middot; posted: 2026-11-29 21:14 &middot; updated: 2026-12-04 08:02</p>
</main>
<aside class="safety">
<h3>Safety tips</h3>
<ul><li>Deal locally, meet in a public place.</li><li>Never wire money or send gift cards.</li><li>Prohibited items include prescription drugs and controlled substances. <a href="/flag?id=6641823">Flag this posting</a></li></ul>
<h3>More from this poster</h3>
<ul><li><a href="/for-sale/farm-garden/xylazine-50ml-6641830.html">Xylazine 100mg/ml 50ml - $85</a></li><li><a href="/for-sale/farm-garden/livestock-chute-6620017.html">Livestock squeeze chute - $1,400</a></li><li><a href="/for-sale/farm-garden/stainless-exam-table-6620021.html">Stainless exam table - $300</a></li></ul>
</aside>
<footer><a href="/about">about</a> &middot; <a href="/terms">terms of use</a> &middot; <a href="/privacy">privacy</a> &middot; <a href="/prohibited">prohibited items</a> &middot; &copy; 2026 NorthCoast Classifieds</footer>
""", noise="cookie")

p("h13502", "https://t-me.example/s/kwonderland_uk_backup", "seller", True, "en", "channel-web-preview-menu",
  "K-Wonderland UK \U0001F984 BACKUP \u2013 Telegram", """
<header class="tgme_header"><a class="tgme_header_brand" href="/">Telegram</a> <a class="tgme_header_right_btn" href="tg://resolve?domain=kwonderland_uk_backup">Open in Telegram</a></header>
<section class="tgme_channel_info">
<div class="tgme_channel_info_header_title">K-Wonderland UK \U0001F984 BACKUP</div>
<div class="tgme_channel_info_header_username">@kwonderland_uk_backup</div>
<div class="tgme_channel_info_description">Main got nuked again \U0001F644 this is the backup. Orders ONLY via @kwonderland_orders \u2013 anyone else is a scammer. UK NDD \U0001F4E6 tracked &amp; stealth. EU by request.</div>
<div class="tgme_channel_info_counters"><span>4.31K subscribers</span> <span>212 photos</span> <span>9 videos</span></div>
</section>
<section class="tgme_channel_history">
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\U0001F6A8 NEW BATCH LANDED \U0001F6A8<br>
Needle-point shards, proper crunchy, zero smell. Tested with our reagent kit, pics in comments. Ketamine HCl, NOT that 2F rubbish some of you have been getting elsewhere.<br><br>
\U0001F48E MENU \U0001F48E<br>
1g \u2013 \u00a340<br>
3.5g \u2013 \u00a3110<br>
7g \u2013 \u00a3190<br>
14g \u2013 \u00a3340<br>
28g \u2013 \u00a3600 (free NDD)<br><br>
\U0001F4E6 Royal Mail Special Delivery, vac sealed, nothing on the outside. Order before 2pm = next day.<br>
\U0001F4B0 BTC / LTC / USDT. Bank transfer for regulars only.<br>
\u274C no fronts \u274C no tick \u274C no samples<br>
DM @kwonderland_orders with: amount, postcode, payment method.
</div><div class="tgme_widget_message_footer"><span class="views">3.9K</span> <time datetime="2026-12-03T18:41:00+00:00">Dec 3 at 18:41</time></div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\u2B50 Feedback from this week (screens blurred for privacy) \u2B50<br>
"came next day like you said, lovely stuff, will be back for a half" \u2013 Leeds<br>
"bit of a wait over the weekend but worth it \U0001F984" \u2013 Bristol<br>
"best ket I've had since lockdown" \u2013 Manchester
</div><div class="tgme_widget_message_footer"><span class="views">2.7K</span> <time datetime="2026-12-01T12:10:00+00:00">Dec 1 at 12:10</time></div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\U0001F384 Xmas deal: buy 14 get an extra 2g on us. Ends 20th. London meetups Sundays only, Zone 1-2, min \u00a3100.
</div><div class="tgme_widget_message_footer"><span class="views">3.1K</span> <time datetime="2026-11-28T20:55:00+00:00">Nov 28 at 20:55</time></div></div>
</section>
<footer class="tgme_footer"><a href="https://telegram.example/dl">Download Telegram</a> &middot; <a href="https://telegram.example/privacy">Privacy</a></footer>
""")

p("h13503", "https://instaphoto.example/k.hole.depot/", "seller", True, "en", "social-bio-txt",
  "k.hole.depot", """
k.hole.depot  \u2714
2,318 posts   11.4K followers   402 following

\U0001F984 \U0001D40A \U0001D403\U0001D404\U0001D40F\U0001D40E\U0001D413 \U0001F984  shards \u2022 powder \u2022 \U0001F4A7 vials
\U0001F4E6 worldwide stealth | \U0001F1FA\U0001F1F8\U0001F1EC\U0001F1E7\U0001F1E6\U0001F1FA\U0001F1E8\U0001F1E6 reship guaranteed
\U0001F4B0 BTC / USDT / Apple + Amazon gift cards
\u274C no samples \u274C no fronts \u274C no cops
\U0001F4F2 full menu in highlights \u2192 or WhatsApp +44 7700 900 418
\U0001F517 linktr.example/khdepot

Highlights: MENU | PROOF | REVIEWS | HOW 2 ORDER | VIALS

Pinned: "\U0001F4A7 Fresh vials in (Ketalar-style 50mg/ml). 5 vials $260 shipped. Swipe for lot pics. Tap link to order \U0001F447 #ket #kpowder #specialk #ravefam"
""", ext="txt")

p("h13504", "https://globemart-trade.example/item/2-fdck-2-fluorodeschloroketamine-crystal-research-chemical-99-purity-1004877263.html",
  "seller", True, "en", "b2b-marketplace-listing-reviews", "2-FDCK 2-Fluorodeschloroketamine Crystal Research Chemical 99% Purity - Buy on GlobeMart", """
<div class="gm-topbar"><a href="/">GlobeMart</a> | <a href="/sourcing">Sourcing</a> | <a href="/rfq">Request for Quotation</a> | <a href="/buyer-protection">Trade Assurance</a> | <a href="/login">Sign in</a> | <a href="/join">Join free</a> | Ship to: <b>DE</b> | EUR</div>
<div class="gm-cats">Categories: <a href="/c/chemicals">Chemicals</a> &gt; <a href="/c/chemicals/pharmaceutical-intermediates">Pharmaceutical Intermediates</a> &gt; <a href="/c/chemicals/research-chemicals">Research Chemicals</a></div>
<main class="detail">
<h1>2-FDCK 2-Fluorodeschloroketamine Crystal Research Chemical 99% Purity Fast Delivery Safe Shipping</h1>
<div class="gm-price-tiers">
<div>1 - 9 grams: <b>US$ 18.00</b>/g</div><div>10 - 99 grams: <b>US$ 11.50</b>/g</div><div>100 - 999 grams: <b>US$ 6.80</b>/g</div><div>&gt;= 1 kilogram: <b>US$ 3,900</b>/kg</div>
</div>
<p>Min. order: 5 grams &middot; Sample available &middot; Lead time: 1-3 days</p>
<table class="attrs">
<tr><th>CAS No.</th><td>111982-50-4</td></tr>
<tr><th>Other names</th><td>2-Fluorodeschloroketamine, 2F-DCK, 2-FK</td></tr>
<tr><th>Appearance</th><td>White crystal / shards, also powder</td></tr>
<tr><th>Purity</th><td>99.6% (HPLC)</td></tr>
<tr><th>Usage</th><td>Laboratory research only. Not for human consumption.</td></tr>
<tr><th>Place of origin</th><td>Hubei, China</td></tr>
</table>
<section class="desc">
<h2>Product description</h2>
<p>Top quality 2-FDCK crystal, same effect family as the arylcyclohexylamine reference compounds. Large clear shards, customers in EU/US/AU repeat order. COA and HNMR provided with every order.</p>
<h2>Packaging &amp; delivery</h2>
<p>Double-layer vacuum foil bag, hidden inside food or cosmetics packaging. Delivery by EMS / DHL / special line. 100% customs clearance to EU, UK, USA, Canada, Australia. If seized, free reship or refund, no questions.</p>
<h2>Payment</h2>
<p>Bitcoin, USDT (TRC20), Western Union, MoneyGram, bank transfer. 5% discount for BTC.</p>
<h2>Contact</h2>
<p>For fast reply add WhatsApp / Telegram / Wickr: +86 155 0000 3362 (Ms. Lily)</p>
</section>
<section class="supplier"><b>Wuhan Kaisheng BioTech Co., Ltd.</b> &middot; Trading company &middot; 4 yrs &middot; Response rate 96% &middot; &#9733; 4.7 (88 reviews)</section>
<section class="reviews">
<h2>Buyer reviews</h2>
<div class="rv"><b>M***n (Germany)</b> &#9733;&#9733;&#9733;&#9733;&#9733; Arrived in 9 days, nice big crystals, will order again. Packing very good.</div>
<div class="rv"><b>j***7 (United States)</b> &#9733;&#9733;&#9733;&#9733;&#9734; first pack stuck in customs, they reshipped free. quality good.</div>
<div class="rv"><b>T***s (Netherlands)</b> &#9733;&#9733;&#9733;&#9733;&#9733; Lily very helpful, got 50g, good for my research lol</div>
</section>
<section class="related"><h3>People who viewed this also viewed</h3>
<a href="/item/deschloroketamine-dck-crystal-1004877301.html">Deschloroketamine DCK crystal 99%</a> &middot; <a href="/item/o-pce-powder-1004877322.html">O-PCE powder</a> &middot; <a href="/item/3-meo-pcp-1004877355.html">3-MeO-PCP HCl</a> &middot; <a href="/item/ketamine-hydrochloride-raw-powder-1004877399.html">Ketamine hydrochloride raw powder CAS 1867-66-9</a></section>
</main>
<footer class="gm-footer"><a href="/help">Help Center</a> &middot; <a href="/report-ipr">Report abuse</a> &middot; <a href="/policies">Product listing policy</a> &middot; &copy; 2026 GlobeMart.example</footer>
""")

p("h13505", "https://taskly-gigs.example/drhealthpro/provide-online-doctor-consultation-and-ship-esketamine-nasal-spray-same-day",
  "seller", True, "en", "fake-telehealth-gig-listing", "I will provide an online doctor consultation and ship esketamine nasal spray same day | Taskly", """
<nav class="tk-nav"><a href="/">Taskly</a> <a href="/categories/wellness">Wellness</a> <a href="/categories/wellness/online-doctors">Online Doctors</a> <a href="/become-a-seller">Become a seller</a> <a href="/login">Sign in</a></nav>
<main>
<h1>I will provide an online doctor consultation and ship esketamine nasal spray same day</h1>
<div class="seller-card"><b>drhealthpro</b> &middot; Level 2 Seller &middot; &#9733; 4.9 (311) &middot; 14 orders in queue</div>
<section class="about">
<h2>About this gig</h2>
<p>Tired of waiting months for a psychiatrist and being told to "try another SSRI"? Skip the waiting rooms.</p>
<p>Our team of licensed doctors provides <b>fast online approval</b> for esketamine nasal spray (the same medicine as the brand in treatment-resistant depression) and generic ketamine nasal spray.</p>
<ul>
<li>\u2714 5-minute online mental health questionnaire</li>
<li>\u2714 Instant doctor approval, 99% of customers approved</li>
<li>\u2714 No video call, no waiting room, no clinic visit</li>
<li>\u2714 Shipped same day in discreet packaging, worldwide delivery</li>
<li>\u2714 No insurance needed</li>
</ul>
<p>Please message me BEFORE ordering so I can confirm stock for your country.</p>
</section>
<section class="packages">
<h2>Compare packages</h2>
<table>
<tr><th></th><th>Basic $349</th><th>Standard $649</th><th>Premium $1,199</th></tr>
<tr><td>Questionnaire review</td><td>\u2714</td><td>\u2714</td><td>\u2714</td></tr>
<tr><td>Esketamine 28 mg devices</td><td>3</td><td>6</td><td>12 + 2 bonus</td></tr>
<tr><td>Delivery</td><td>7 days</td><td>4 days</td><td>Express 2 days</td></tr>
<tr><td>Dosing guide PDF</td><td>\u2714</td><td>\u2714</td><td>\u2714</td></tr>
</table>
</section>
<section class="faq">
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No. Our partner doctor writes it after reviewing your questionnaire, you don't need anything from your own doctor.</p>
<p><b>Isn't this medicine only given in clinics?</b> That's in the US system. We ship from our international pharmacy partner so you can use it at home.</p>
<p><b>How do I pay?</b> Through Taskly, or for 10% off pay us directly by crypto or gift card (message me).</p>
</section>
<section class="reviews">
<h2>Reviews</h2>
<p><b>sunnyd_88</b> (Canada) &#9733;5 \u2013 Got my devices in 5 days, no questions asked, life saver.</p>
<p><b>markuswien</b> (Austria) &#9733;5 \u2013 Quick approval. Seller responsive.</p>
<p><b>kristin_h</b> (United States) &#9733;4 \u2013 took a while to arrive but legit.</p>
</section>
</main>
<footer>Taskly &copy; 2026 &middot; <a href="/trust-safety">Trust &amp; Safety</a> &middot; <a href="/report">Report this gig</a></footer>
""")

p("h13506", "https://askhive.example/Where-can-I-buy-ketamine-online-legally/answer/Mark-Ellison-RPh",
  "seller", True, "en", "qa-answer-doorway", "Where can I buy ketamine online legally? - AskHive", """
<header class="ah-header"><a href="/">AskHive</a> <input placeholder="Search AskHive"> <a href="/spaces">Spaces</a> <a href="/answer">Answer</a> <a href="/notifications">Notifications</a> <button>Add question</button></header>
<main>
<h1 class="q-title">Where can I buy ketamine online legally?</h1>
<p class="q-meta">Health &middot; Depression &middot; Pharmacy &middot; 23 answers &middot; 48.2K views</p>
<div class="answer featured">
<div class="author"><b>Mark Ellison, RPh</b> &middot; Clinical pharmacist, 15+ years in retail and hospital pharmacy &middot; Updated Nov 30</div>
<div class="body">
<p>Great question, and one I get from patients almost weekly.</p>
<p>Ketamine is an NMDA receptor antagonist that has been used as an anesthetic since the 1970s. Over the past decade, research has shown it can relieve symptoms of treatment-resistant depression within hours rather than weeks. Esketamine, a nasal spray form, is approved for this purpose.</p>
<p>The problem is access. Infusion clinics charge $400-$800 per session, insurance rarely pays, and waiting lists are long. That pushes people toward shady Telegram dealers selling who-knows-what.</p>
<p>After trying several options for my own patients, the only online source I trust is <a href="https://ketapharm-direct.example/?ref=askhive_me">KetaPharm Direct</a>. They carry pharmaceutical-grade ketamine HCl powder, 50 mg/mL vials and a ready-to-use nasal spray, and they ship discreetly to the US, UK, Canada and Australia. <b>No prescription is required</b> for orders under 10 g because they ship from a licensed overseas pharmacy.</p>
<p>Tips if you order:</p>
<ol>
<li>Start with the 5 g trial pack ($149) to check quality.</li>
<li>Pay with Bitcoin at checkout for an extra 10% off.</li>
<li>Use my code <b>ASKHIVE15</b> for 15% off your first order.</li>
</ol>
<p>Stay safe, and always start low. Hope this helps!</p>
</div>
<div class="answer-actions">Upvote &middot; 1.1K &middot; 87 comments &middot; Share</div>
</div>
<div class="answer collapsed"><b>Jennifer Osei</b> &middot; Psychiatric NP &middot; <i>Ketamine is a Schedule III controlled substance in the US. You can get it legally through a licensed clinic or telehealth provider after an evaluation...</i> <a href="#">(more)</a></div>
<div class="answer collapsed"><b>Anonymous</b> &middot; <i>Be very careful, the site in the top answer appears in dozens of answers under different names...</i> <a href="#">(more)</a></div>
</main>
<aside class="related"><h3>Related questions</h3><ul><li>Is ketamine therapy covered by insurance?</li><li>What does a ketamine infusion feel like?</li><li>Can my GP prescribe esketamine?</li></ul></aside>
<footer>About &middot; Careers &middot; Privacy &middot; Terms &middot; Acceptable Use</footer>
""")

p("h13507", "https://serverlist.example/server/883012771406", "seller", True, "en", "chat-server-listing",
  "\U0001F300 K-Hole Pharmacy | ket \u2022 2F \u2022 vials | 24/7 plug - ServerList", """
<nav class="sl-nav"><a href="/">ServerList</a> <a href="/servers/tag/gaming">Gaming</a> <a href="/servers/tag/anime">Anime</a> <a href="/servers/tag/community">Community</a> <a href="/add">Add your server</a> <a href="/login">Login</a></nav>
<main class="server-page">
<div class="server-header">
<img src="/icons/883012771406.png" alt="">
<h1>\U0001F300 K-Hole Pharmacy | ket \u2022 2F \u2022 vials | 24/7 plug</h1>
<p class="members">\u25CF 612 online &middot; 5,830 members &middot; bumped 14 minutes ago</p>
<a class="btn join" href="/server/883012771406/join">Join server</a>
</div>
<div class="tags"><a href="/servers/tag/ketamine">#ketamine</a> <a href="/servers/tag/plug">#plug</a> <a href="/servers/tag/uk">#uk</a> <a href="/servers/tag/eu">#eu</a> <a href="/servers/tag/usa">#usa</a> <a href="/servers/tag/vendor">#vendor</a> <a href="/servers/tag/rave">#rave</a></div>
<section class="description">
<p>Welcome to KHP \U0001F48A the friendliest plug server on here.</p>
<p>\u2705 Verified vendors only, every vendor has escrow role<br>
\u2705 Read #rules then check #menu-uk #menu-eu #menu-usa<br>
\u2705 Open a ticket in #order \u2013 staff reply in &lt;15 min<br>
\u2705 Pay BTC / XMR / LTC, cashapp for US regulars<br>
\u2705 Tracked stealth shipping, reship if lost<br>
\u2705 Giveaways every Friday (free grams \U0001F440)</p>
<p>Prices start at 35/g for shards, vials from 55. Bulk discounts for resellers, apply in #wholesale.</p>
<p>18+ only. Don't ask for fronts. Snitches get banned.</p>
</section>
<section class="reviews"><h2>Reviews (47)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>vapewave</b>: legit, got my order in 2 days to Glasgow</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; <b>nyx</b>: fast ticket response, 2f was a bit weak but they sent extra</p>
<p>&#9733;&#9734;&#9734;&#9734;&#9734; <b>throwaway9921</b>: paid and got banned. scam.</p>
</section>
</main>
<footer><a href="/terms">Terms</a> &middot; <a href="/report/883012771406">Report server</a> &middot; &copy; ServerList</footer>
""")

p("h13508", "https://t-me.example/ketamine_shop_nextday_eu", "seller", True, "en", "url-only",
  "Telegram Messenger", """
<div class="tgme_page_wrap">
<div class="tgme_head"><a href="/" class="tgme_head_brand">Telegram</a></div>
<div class="tgme_page">
<div class="tgme_page_photo"><img src="/img/t_logo_2x.png" alt=""></div>
<div class="tgme_page_title">Telegram \u2013 a new era of messaging</div>
<div class="tgme_page_description">Fast. Secure. Powerful.</div>
<div class="tgme_page_action"><a class="tgme_action_button_new" href="tg://resolve">Open in Telegram</a></div>
<div class="tgme_page_additional">Don't have Telegram yet? Try it now! <a href="https://telegram.example/dl/android">Android</a> &middot; <a href="https://telegram.example/dl/ios">iPhone</a> &middot; <a href="https://telegram.example/dl/desktop">Desktop</a></div>
</div>
</div>
<noscript>Please enable JavaScript to continue.</noscript>
""")

p("h13509", "https://anunciosya.example/animales-accesorios/ketamina-veterinaria-imalgene-envio-discreto-448201937.htm",
  "seller", True, "es", "classifieds-listing-chrome", "Ketamina veterinaria Imalgene 1000 - envío discreto 24/48h - Valencia | AnunciosYa", """
<header class="ay-header">
<a class="logo" href="/">AnunciosYa</a>
<nav><a href="/motor">Motor</a> <a href="/inmobiliaria">Inmobiliaria</a> <a href="/empleo">Empleo</a> <a href="/animales-accesorios">Animales</a> <a href="/hogar">Hogar</a> <a href="/mis-anuncios">Mis anuncios</a> <a class="btn" href="/publicar">Publicar anuncio gratis</a></nav>
</header>
<div class="migas"><a href="/">Inicio</a> &rsaquo; <a href="/animales-accesorios">Animales y accesorios</a> &rsaquo; <a href="/animales-accesorios/veterinaria">Productos veterinarios</a> &rsaquo; Valencia</div>
<main class="anuncio">
<h1>Ketamina veterinaria Imalgene 1000 - envío discreto 24/48h</h1>
<p class="precio">70 &euro;</p>
<p class="meta">Particular &middot; Valencia (Valencia) &middot; Ref. 448201937 &middot; Publicado hace 3 días &middot; 1.284 visitas</p>
<div class="fotos"><img src="/fotos/448201937-1.jpg" alt="frascos"><img src="/fotos/448201937-2.jpg" alt="caja"></div>
<div class="descripcion">
<p>Vendo frascos precintados de Imalgene 1000 (ketamina 100 mg/ml, frasco de 10 ml) y también algunos de Ketamidor. Caducidad 2027/2028, bien conservados.</p>
<p><b>No hace falta receta veterinaria.</b></p>
<p>Precios:<br>1 frasco &ndash; 70 &euro;<br>3 frascos &ndash; 180 &euro;<br>5 frascos &ndash; 280 &euro;<br>Para más cantidad preguntar.</p>
<p>Envío discreto a toda España por mensajería 24/48 h (también Baleares y Canarias, 72 h). Embalaje neutro, sin nombre del producto. Pago por Bizum, transferencia o criptomoneda. Entrega en mano en Valencia capital.</p>
<p>Solo WhatsApp o Telegram, no contesto llamadas ni mensajes del chat de la web. Abstenerse curiosos.</p>
</div>
<div class="contacto"><button>Ver teléfono</button> <button>Chat</button></div>
<p class="aviso">&iquest;Algo no va bien con este anuncio? <a href="/denunciar?ref=448201937">Denunciar anuncio</a></p>
</main>
<aside class="consejos">
<h3>Consejos de seguridad</h3>
<ul><li>Nunca pagues por adelantado a desconocidos.</li><li>Desconfía de precios demasiado bajos.</li><li>Está prohibido anunciar medicamentos y productos que requieren receta.</li></ul>
<h3>Anuncios similares</h3>
<ul><li>Collar antiparasitario perro grande &ndash; 15 &euro;</li><li>Jaula transportín gatos &ndash; 25 &euro;</li><li>Xilacina 2% 25 ml &ndash; 45 &euro;</li></ul>
</aside>
<footer><a href="/ayuda">Ayuda</a> &middot; <a href="/condiciones">Condiciones de uso</a> &middot; <a href="/privacidad">Privacidad</a> &middot; &copy; 2026 AnunciosYa</footer>
""", noise="cookie-es")

p("h13510", "https://marktplatz24.example/s-anzeige/forschungschemikalien-2f-dck-dck-o-pce-pulver-pellets/2711349802-235-3411",
  "seller", True, "de", "classifieds-listing-research-chem", "Forschungschemikalien 2F-DCK / DCK / O-PCE \u2013 Pulver & Pellets \u2013 nur Laborzwecke | Marktplatz24", """
<header class="mp-header"><a class="logo" href="/">Marktplatz24</a> <form action="/s"><input name="q" placeholder="Was suchst du?"><input name="ort" placeholder="PLZ oder Ort"><button>Finden</button></form> <a href="/anzeige-aufgeben">Anzeige aufgeben</a> <a href="/meins">Meins</a></header>
<div class="breadcrump"><a href="/">Startseite</a> &gt; <a href="/s-sonstiges">Sonstiges</a> &gt; <a href="/s-sonstiges/berlin">Berlin</a></div>
<main class="ad">
<h1>Forschungschemikalien 2F-DCK / DCK / O-PCE \u2013 Pulver &amp; Pellets \u2013 nur Laborzwecke</h1>
<p class="preis">25 &euro; VB</p>
<p class="ort">10245 Friedrichshain &middot; 02.12.2026 &middot; Anzeigennr.: 2711349802</p>
<section class="beschreibung">
<p>Biete hochreine Research Chemicals für Labor- und Forschungszwecke an. Alle Substanzen mit Reinheitsanalyse (HPLC/GC-MS), Bilder der Ware in der Anzeige.</p>
<p><b>Aktuell verfügbar:</b><br>
2F-DCK (2-Fluordeschloroketamin), kristallin: 1 g 25 &euro; &middot; 5 g 90 &euro; &middot; 10 g 150 &euro;<br>
DCK (Deschloroketamin), Pulver: 1 g 30 &euro; &middot; 5 g 110 &euro;<br>
O-PCE Pellets 10 mg: 10 Stk. 35 &euro;<br>
Auf Anfrage: klassisches K, Menge und Preis per Nachricht.</p>
<p>Nicht für den menschlichen Verzehr bestimmt. Verkauf nur an Personen über 18. Käufer ist für die Einhaltung der Gesetze in seinem Land selbst verantwortlich.</p>
<p>Versand diskret im neutralen Umschlag (Warensendung oder Einschreiben) aus NL, 2&ndash;4 Werktage. Zahlung per Bitcoin, Monero oder Überweisung (nur Stammkunden). Abholung in Berlin nach Absprache möglich.</p>
<p>Bestellung bitte NICHT über den Marktplatz-Chat, sondern per Telegram @rc_labor_de oder Threema (ID in Nachricht). Fragen nach Wirkung oder Dosierung werden nicht beantwortet.</p>
</section>
<section class="details"><span>Art: Sonstiges</span> <span>Versand: möglich</span> <span>Zustand: Neu</span></section>
<p class="anbieter">Privater Anbieter &middot; Aktiv seit 09/2026 &middot; Zufriedenheit: &mdash;</p>
<p><a href="/melden?id=2711349802">Anzeige melden</a></p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/hilfe">Hilfe</a> &middot; <a href="/hilfe/verbotene-artikel">Verbotene Artikel</a></footer>
""", noise="cookie-de")

p("h13511", "https://voisinmarche.example/annonce/98231447/spravato-28mg-eskketamine-spray-nasal-sans-ordonnance",
  "seller", True, "fr", "marketplace-post-short", "Spravato 28 mg (eskétamine) \u2013 2 dispositifs \u2013 sans ordonnance \u2013 VoisinMarché", """
<nav class="vm-nav"><a href="/">VoisinMarché</a> <a href="/parcourir">Parcourir</a> <a href="/vendre">Vendre</a> <a href="/messages">Messages</a></nav>
<main class="listing">
<h1>Spravato 28 mg (eskétamine) spray nasal \u2013 boîte de 2 dispositifs</h1>
<p class="prix">190 &euro;</p>
<p class="meta">Lyon 3e &middot; il y a 6 heures &middot; État : Neuf</p>
<div class="desc">
<p>Vends Spravato, le spray pour la dépression résistante. Boîtes neuves non ouvertes, provenance pharmacie hospitalière.</p>
<p>\u2705 Sans ordonnance, pas besoin de passer par l'hôpital ni d'attendre 6 mois<br>
\u2705 Envoi Colissimo suivi 48 h partout en France, Belgique, Suisse, Luxembourg<br>
\u2705 1 boîte 190 &euro; &middot; 3 boîtes 520 &euro; &middot; 6 boîtes 950 &euro;</p>
<p>Paiement uniquement par coupons PCS, Transcash, Neosurf ou crypto (USDT). Pas de remise en main propre.</p>
<p>Je ne réponds pas ici, contactez-moi sur WhatsApp : +33 6 44 00 17 92</p>
</div>
<p class="vendeur">Vendu par <b>Sandrine M.</b> &middot; Membre depuis novembre 2026</p>
<p class="signal"><a href="/signaler/98231447">Signaler l'annonce</a></p>
</main>
""")

p("h13512", "https://tweedehands-plaats.example/v/hobby-en-vrije-tijd/overige/m2049581733-k-kristallen-naaldjes-2-gram-ophalen-of-verzenden",
  "seller", True, "nl", "classifieds-listing-slang", "K kristallen (naaldjes) \u2013 2 gram \u2013 ophalen of verzenden | TweedehandsPlaats", """
<header><a class="logo" href="/">TweedehandsPlaats</a> <form action="/q"><input placeholder="Waar ben je naar op zoek?"><button>Zoeken</button></form> <a href="/plaats">Plaats advertentie</a> <a href="/inloggen">Inloggen</a></header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/hobby-en-vrije-tijd">Hobby en Vrije tijd</a> &rsaquo; <a href="/c/hobby-en-vrije-tijd/overige">Overige</a></div>
<main class="vip">
<h1>K kristallen (naaldjes) \u2013 2 gram \u2013 ophalen of verzenden</h1>
<p class="price">&euro; 70,00</p>
<p class="meta">Rotterdam &middot; 4 dec. '26 &middot; 412x bekeken &middot; 9x bewaard</p>
<div class="description">
<p>Te koop: K in mooie grote kristallen (naaldjes, geen poeder/gruis). Zelf getest met Mandelin reagens, reageert zoals het hoort (ketamine, geen 2F of 3-MMC troep). Foto's van de test in de advertentie.</p>
<p>&euro; 35 per gram, 5 gram &euro; 150, 10 gram &euro; 280.</p>
<p>Verzenden in brievenbuspakje met track &amp; trace, dubbel vacuüm en zonder afzender, of ophalen Rotterdam-Zuid (avond). Betalen via Tikkie, bitcoin of contant bij ophalen.</p>
<p>Reageren via Signal of Telegram (nummer in de foto's). NIET via de chat hier, die wordt gelezen en dan is m'n advertentie weer weg.</p>
<p>Alleen verkoop aan 18+. Niet voor consumptie, puur voor verzamelaars \U0001F609</p>
</div>
<div class="attrs"><span>Conditie: Nieuw</span> <span>Levering: Ophalen of Verzenden</span></div>
<p><a href="/melden/m2049581733">Advertentie melden</a></p>
</main>
<footer>TweedehandsPlaats &middot; <a href="/voorwaarden">Gebruiksvoorwaarden</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/verboden-artikelen">Verboden artikelen</a></footer>
""", noise="cookie-nl")

p("h13513", "https://wa-catalogo.example/c/5511940007731/cetamina-10-frasco-10ml",
  "seller", True, "pt", "whatsapp-catalog-item", "Cetamina 10% frasco 10ml | Distribuidora VetRápido \u2013 Catálogo WhatsApp", """
<div class="wa-biz-header">
<img src="/avatars/5511940007731.jpg" alt="">
<h2>Distribuidora VetRápido</h2>
<p>Conta comercial &middot; Produtos veterinários &middot; Online</p>
<p class="bio">\U0001F434\U0001F436 Produtos veterinários com entrega em todo o Brasil \U0001F69A Sedex / Jadlog &middot; \U0001F4B3 Pix &middot; Atendimento das 8h às 22h</p>
</div>
<div class="wa-product">
<h1>Cetamina 10% (Ketamin) frasco 10 ml</h1>
<p class="price">R$ 180,00</p>
<p>Anestésico injetável, frasco lacrado, validade 2027. Pronta entrega.</p>
<p>\U0001F4E6 Kit 5 frascos: R$ 800,00<br>\U0001F4E6 Kit 10 frascos: R$ 1.450,00<br>\U0001F381 Acima de 5 frascos o frete é grátis</p>
<p>\u26A0\uFE0F NÃO PRECISA DE RECEITA. Envio em embalagem discreta, sem identificação do conteúdo, com código de rastreio. Pagamento via Pix antes do envio.</p>
<p>Temos também: Xilazina 2%, Tiletamina + Zolazepam, Acepromazina. Pergunte!</p>
<a class="wa-btn" href="https://wa-link.example/5511940007731?text=Quero%20a%20cetamina">Enviar mensagem à empresa</a>
</div>
<div class="wa-other"><h3>Mais itens do catálogo</h3><ul><li>Xilazina 2% 10 ml &ndash; R$ 95,00</li><li>Kit sutura &ndash; R$ 60,00</li><li>Cetamina 5% 50 ml &ndash; R$ 390,00</li></ul></div>
""")

p("h13514", "https://t-me.example/s/farmacia_libera_ita", "seller", True, "it", "channel-web-preview-it",
  "Farmacia Libera \U0001F1EE\U0001F1F9 \u2013 Telegram", """
<header class="tgme_header"><a href="/">Telegram</a> <a href="tg://resolve?domain=farmacia_libera_ita">Apri in Telegram</a></header>
<section class="tgme_channel_info">
<div class="tgme_channel_info_header_title">Farmacia Libera \U0001F1EE\U0001F1F9</div>
<div class="tgme_channel_info_header_username">@farmacia_libera_ita</div>
<div class="tgme_channel_info_description">Farmaci senza ricetta con spedizione anonima in tutta Italia \U0001F48A\U0001F4E6 Unico contatto per ordini: @farmacialibera_ordini. Diffidate dai cloni!</div>
<div class="tgme_channel_info_counters"><span>2,96K iscritti</span></div>
</section>
<section class="tgme_channel_history">
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\U0001F4A5 NUOVI ARRIVI \U0001F4A5<br><br>
\U0001F443 Esketamina spray nasale 28 mg (confezione da 2 erogatori) &ndash; 160 &euro;<br>
\U0001F489 Ketamina fiale 50 mg/ml, 5 fiale da 10 ml &ndash; 120 &euro;<br>
\U0001F48E Ketamina in cristalli, 1 g &ndash; 45 &euro; / 5 g &ndash; 190 &euro;<br><br>
\u2705 Nessuna ricetta, nessuna domanda<br>
\u2705 Spedizione anonima con BRT o Poste in 24/48 h, pacco neutro<br>
\u2705 Pagamento con ricarica PostePay, bonifico istantaneo o crypto (BTC/USDT)<br><br>
Scrivi a @farmacialibera_ordini con prodotto, quantità e città.
</div><div class="tgme_widget_message_footer"><span class="views">1,8K</span> <time>2 dic alle 19:22</time></div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
\u26A0\uFE0F ATTENZIONE: su Instagram gira un profilo falso con il nostro logo che chiede pagamenti con Amazon gift card. Noi NON usiamo Instagram. Unico canale ufficiale è questo.
</div><div class="tgme_widget_message_footer"><span class="views">1,5K</span> <time>28 nov alle 10:03</time></div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">
Disponibili anche: Xanax 2 mg, Rivotril gocce, Tramadolo 100. Listino completo in privato.
</div><div class="tgme_widget_message_footer"><span class="views">1,6K</span> <time>25 nov alle 21:47</time></div></div>
</section>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h13515", "https://carebazaar.example/services/mental-health/at-home-ketamine-therapy-initial-psychiatric-evaluation-evergreen-mind-telehealth",
  "telehealth", False, "en", "telehealth-marketplace-listing-long", "At-Home Ketamine Therapy: Initial Psychiatric Evaluation (60-min video) \u2013 Evergreen Mind Telehealth | CareBazaar", """
<header class="cb-header">
<a class="logo" href="/">CareBazaar</a>
<form class="search" action="/search"><input name="q" placeholder="Search care, providers, conditions"><input name="loc" value="Denver, CO"><button>Search</button></form>
<nav><a href="/services/primary-care">Primary care</a> <a href="/services/mental-health">Mental health</a> <a href="/services/dermatology">Dermatology</a> <a href="/services/labs">Labs</a> <a href="/for-providers">For providers</a> <a href="/login">Log in</a> <a href="/cart">Cart</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> / <a href="/services/mental-health">Mental health</a> / <a href="/services/mental-health/ketamine">Ketamine therapy</a> / Evergreen Mind Telehealth</div>
<main class="service-detail">
<div class="service-card">
<h1>At-Home Ketamine Therapy: Initial Psychiatric Evaluation (60-min video)</h1>
<p class="offered-by">Offered by <a href="/providers/evergreen-mind-telehealth">Evergreen Mind Telehealth, PLLC</a> &middot; &#9733; 4.8 (164 reviews) &middot; Licensed in CO, NM, AZ, UT, WA</p>
<p class="price"><b>$250</b> consult fee &middot; HSA/FSA eligible &middot; <a href="#refund">Refund policy</a></p>
<p class="next">Next available: <b>Tue, Dec 9 &middot; 10:30 AM MT</b> <a class="btn" href="/book/evergreen-mind-telehealth/ketamine-eval">Book now</a></p>
</div>
<section class="included">
<h2>What's included</h2>
<ul>
<li>60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner</li>
<li>Review of your psychiatric history, past medication trials, current medications and medical conditions</li>
<li>PHQ-9 and GAD-7 screening; a home blood pressure log is required before a prescription is considered</li>
<li>A written treatment plan, shared with your primary care provider or therapist if you agree</li>
</ul>
<p>If ketamine is clinically appropriate and legal in your state, your clinician may prescribe oral or sublingual ketamine. Prescriptions are sent to our licensed partner pharmacy, which ships to your home with signature on delivery. Medication is billed separately by the pharmacy (typically $90&ndash;$140 for a 4-week supply). Ongoing care is a $199/month membership with a video follow-up every four weeks.</p>
</section>
<section class="eligibility">
<h2>Who this is not for</h2>
<p>Ketamine is not right for everyone. We do not prescribe to people with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, pregnancy, or who are not physically located in a state where we're licensed. You must have a designated sitter present during your first sessions.</p>
</section>
<section class="refund" id="refund">
<h2>Refund policy</h2>
<p>If the clinician determines you aren't a candidate, you'll still receive a full evaluation and referral options; the consult fee is non-refundable after the visit takes place, but no medication or membership will be charged.</p>
</section>
<section class="providers">
<h2>Clinicians</h2>
<p><b>Rahul Menon, MD</b> &ndash; Psychiatry, ABPN board certified &middot; CO, WA<br>
<b>Dana Whitcomb, PMHNP-BC</b> &ndash; Psychiatric NP &middot; CO, NM, AZ, UT<br>
<b>Leah Fontaine, DNP, PMHNP</b> &ndash; Psychiatric NP &middot; AZ, WA</p>
</section>
<section class="qa">
<h2>Questions &amp; answers</h2>
<p><b>Q:</b> Can I skip the evaluation and just order the lozenges? I've had ketamine before.<br>
<b>A (Evergreen Mind):</b> No. Medication is only ever prescribed after a live evaluation with one of our clinicians, and only when it's safe for you.</p>
<p><b>Q:</b> Do you ship to Texas?<br>
<b>A (Evergreen Mind):</b> We can only treat patients located in states where our clinicians hold a license. Texas isn't one of them yet.</p>
</section>
<section class="reviews">
<h2>Reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Dr. Menon spent the full hour with me and was honest that I needed to get my blood pressure under control first.&rdquo; &ndash; Verified patient</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Pharmacy delivery took 6 days which was longer than expected.&rdquo; &ndash; Verified patient</p>
</section>
</main>
<footer class="cb-footer"><a href="/about">About CareBazaar</a> &middot; <a href="/how-it-works">How it works</a> &middot; <a href="/provider-verification">How we verify providers</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; CareBazaar is a marketplace; care is provided by independent licensed providers.</footer>
""", noise="cookie")

p("h13516", "https://instaphoto.example/quietharbor.health/", "telehealth", False, "en", "social-bio-telehealth",
  "Quiet Harbor Health (@quietharbor.health) \u2022 Instaphoto", """
<header class="profile">
<h1>quietharbor.health</h1>
<p class="counts"><b>486</b> posts &middot; <b>22.9K</b> followers &middot; <b>311</b> following</p>
<p class="name">Quiet Harbor Health</p>
<p class="category">Medical &amp; health</p>
<p class="bio">\U0001F9E0 Clinician-led at-home ketamine therapy<br>
\U0001F4F9 Video evaluation with a licensed prescriber required<br>
\U0001FA7A TX &middot; FL &middot; GA &middot; NC &middot; TN | 18+<br>
\U0001F4AC Questions? DM us (we can't give medical advice here)<br>
\u2B07\uFE0F Free 15-min eligibility call</p>
<a class="bio-link" href="https://quietharbor-health.example/start?utm_source=ig">quietharbor-health.example/start</a>
</header>
<section class="highlights"><span>How it works</span> <span>Pricing</span> <span>Our team</span> <span>Safety</span> <span>Scam alert</span></section>
<section class="posts">
<article class="pinned"><p>\U0001F4CC SCAM ALERT: We will never DM you offering to sell ketamine, and we never take payment in crypto or gift cards. Accounts using our logo to sell "no-Rx ketamine spray" are not us. Report them and let us know.</p></article>
<article class="pinned"><p>\U0001F4CC What's in the $229/month membership? Monthly video visit with your prescriber, check-ins on our app, integration coaching, and your medication if prescribed, shipped from a licensed pharmacy in discreet packaging. First eval: $149.</p></article>
<article><p>Ketamine isn't a first-line treatment and it isn't for everyone. Here are 5 reasons our clinicians might say "not yet" \u27A1\uFE0F</p></article>
</section>
""")

p("h13517", "https://friendbook.example/NovaPathTelehealth/", "telehealth", False, "en", "social-page-posts-telehealth",
  "NovaPath Telehealth | Friendbook", """
<div class="fb-top"><a href="/">friendbook</a> <input placeholder="Search Friendbook"> <a href="/login">Log in</a> <a href="/signup">Create new account</a></div>
<header class="page-header">
<h1>NovaPath Telehealth</h1>
<p>Medical service &middot; 8.4K likes &middot; 9.1K followers</p>
<nav><a href="/NovaPathTelehealth/">Posts</a> <a href="/NovaPathTelehealth/about">About</a> <a href="/NovaPathTelehealth/reviews">Reviews</a> <a href="/NovaPathTelehealth/shop">Shop</a> <a href="/NovaPathTelehealth/photos">Photos</a></nav>
</header>
<aside class="intro">
<h2>Intro</h2>
<p>Virtual ketamine-assisted care for depression, anxiety and PTSD. Licensed clinicians in 11 states. Every patient is evaluated by video before anything is prescribed.</p>
<p>Page &middot; Medical service<br>novapath-telehealth.example<br>Rated 4.6 (203 reviews)</p>
<h2>Shop</h2>
<p><b>Starter Program &ndash; $399</b><br>Video psychiatric evaluation, 2 guided virtual sessions, medication if prescribed.</p>
<p><b>Monthly Care &ndash; $249/mo</b><br>Follow-up visits, integration coaching, refills when your clinician approves.</p>
</aside>
<main class="feed">
<article><p class="meta">NovaPath Telehealth &middot; December 2 &middot; \U0001F30E</p>
<p>\U0001F4B3 Good news: you can now use your HSA or FSA card for the Starter Program and monthly care. Medication billed by our partner pharmacy is usually eligible too, check with your plan administrator.</p>
<p class="react">212 likes &middot; 19 comments &middot; 8 shares</p>
<div class="comments">
<p><b>Tara Bennett</b> Can you just mail me the troches if I've done ketamine at a clinic before?</p>
<p><b>NovaPath Telehealth</b> Hi Tara, every patient still needs their own evaluation with one of our clinicians (Dr. Alvarez, Dr. Kim or one of our psychiatric NPs). After that, if it's appropriate, the prescription goes to our licensed partner pharmacy. Send us a message and we'll explain the process.</p>
<p><b>Rick Osterman</b> Telegram guys sell it cheaper lol</p>
<p><b>NovaPath Telehealth</b> Please be careful, Rick. Products sold that way are untested and often aren't ketamine at all.</p>
</div></article>
<article><p class="meta">NovaPath Telehealth &middot; November 26 &middot; \U0001F30E</p>
<p>\U0001F983 Holiday hours: our clinicians are off Thanksgiving Day. The care team chat stays open for urgent scheduling. If you are in crisis, call or text 988.</p></article>
<article><p class="meta">NovaPath Telehealth &middot; November 19 &middot; \U0001F30E</p>
<p>\U0001F4E2 Now licensed in Virginia and Michigan! Book a free 15-minute call with our care team to see if at-home ketamine therapy is an option for you.</p></article>
</main>
""")

p("h13518", "https://xposts.example/LumenPathHealth/status/1864409921187733504", "telehealth", False, "en", "social-thread-telehealth",
  "Lumen Path Health on X-Posts: \"We get 50+ DMs a week asking if you can 'just buy' ketamine from us. Short answer: no.\"", """
<header class="xp-header"><a href="/">X-Posts</a> <a href="/explore">Explore</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></header>
<main class="thread">
<div class="author"><b>Lumen Path Health</b> @LumenPathHealth &middot; \u2714 Verified organization</div>
<div class="post">\U0001F9F5 We get 50+ DMs a week asking if you can "just buy" ketamine from us. Short answer: no. Here's how at-home ketamine care with us actually works. 1/8</div>
<div class="post">2/ Everyone starts with a 45-minute video evaluation with a licensed prescriber (MD, DO or psychiatric NP). Not a form. Not a chatbot. A real person who reviews your history.</div>
<div class="post">3/ We check blood pressure, heart health, your current meds (lithium, lamotrigine, benzodiazepines and stimulants can all change the plan) and substance use history. Some people are told no. That's the system working.</div>
<div class="post">4/ If ketamine is prescribed, it ships from a licensed partner pharmacy in tamper-evident packaging, adult signature required. Your first session is supervised live by video with a sitter at home.</div>
<div class="post">5/ Pricing, since people ask: $1,050 for the 6-session program, which includes clinician visits, medication and two integration sessions. Monthly maintenance after that is $229. HSA/FSA accepted.</div>
<div class="post">6/ SCAM ALERT \u26A0\uFE0F Accounts on Telegram and IG are using our name and logo to offer "ketamine nasal spray, no Rx, pay in BTC". That is not us. We never sell through DMs and never accept crypto or gift cards.</div>
<div class="post">7/ We currently treat patients located in CA, OR, WA, NV, CO, IL, NY, NJ, MA and FL. We can't prescribe to you if you're outside those states, even if you travel for your visit.</div>
<div class="post">8/ Questions? Our care team answers at lumenpath-health.example/faq. If you're in crisis, call or text 988. \U0001F49A</div>
<p class="stats">10:02 AM &middot; Dec 3, 2026 &middot; 48.7K views &middot; 312 reposts &middot; 1.4K likes</p>
</main>
<section class="replies">
<div class="reply"><b>@sadgirlautumn</b> do u ship to canada</div>
<div class="reply"><b>@LumenPathHealth</b> We're sorry, we can only treat patients physically located in the US states listed in 7/. \U0001F49A</div>
<div class="reply"><b>@k_dealz_247</b> skip the waitlist \U0001F440 ket spray no rx dm me \U0001F4E9</div>
<div class="reply"><b>@LumenPathHealth</b> Reported. Please don't engage with accounts like this.</div>
</section>
""")

p("h13519", "https://wa-business.example/profile/13105550192", "telehealth", False, "en", "whatsapp-business-profile-txt",
  "Clearwell Virtual Psychiatry \u2013 WhatsApp Business", """
Clearwell Virtual Psychiatry
Business account \u00b7 Medical service
\u2605 Replies within an hour \u00b7 Mon\u2013Fri 8:00\u201318:00 PT

About: Online psychiatric evaluations and medication management for adults in California and Oregon. Esketamine and ketamine referrals. We don't prescribe over chat.
Website: clearwell-psych.example

CATALOG
\u2022 Esketamine eligibility evaluation (60-min video) \u2013 $180
  A board-certified psychiatrist reviews your depression history and past treatments. If you're eligible, we refer you to a REMS-certified treatment center near you for in-office dosing and handle the prior authorization with your insurer.
\u2022 Follow-up medication management (25-min video) \u2013 $95
\u2022 Ketamine-assisted therapy preparation session (50-min video, with our LMFT) \u2013 $140

Message us to book. We'll send intake forms and a secure video link. For emergencies call 911 or 988.
""", ext="txt")

p("h13520", "https://vidtube.example/watch?v=k7Hq2LmX9pA", "telehealth", False, "en", "video-page-description-comments",
  "What happens at your first at-home ketamine session? (full telehealth walkthrough) - VidTube", """
<header class="vt-header"><a href="/">VidTube</a> <input placeholder="Search"> <a href="/signin">Sign in</a></header>
<main class="watch">
<div class="player">[video player]</div>
<h1>What happens at your first at-home ketamine session? (full telehealth walkthrough)</h1>
<p class="channel"><b>Sojourn Health</b> &middot; 41.2K subscribers <button>Subscribe</button></p>
<p class="views">88,104 views &middot; Nov 18, 2026</p>
<div class="description">
<p>Our medical director, Dr. Anika Rao, walks through a real (actor-played) first session: the video evaluation, the safety checklist, setting up your space, your sitter's role, and what the 60 minutes after dosing feel like.</p>
<p>0:00 Intro<br>1:12 Is at-home ketamine right for you?<br>4:40 The video evaluation with your clinician<br>9:05 Blood pressure and the safety checklist<br>13:30 Medication arrives: what's in the box<br>17:45 Session day<br>26:10 Integration and follow-ups</p>
<p>Medication is prescribed only after an evaluation by a licensed clinician and isn't right for everyone. Currently available in 14 states.</p>
<p>\U0001F449 Start your eligibility check: sojourn-health.example/start<br>\U0001F381 Use code <b>VIDTUBE50</b> for $50 off your first month of membership.</p>
<p>This video is for educational purposes and is not medical advice.</p>
</div>
<section class="comments"><h2>1,204 Comments</h2>
<p><b>@jordyn_lee</b> is this legit or can I just buy it somewhere without all this</p>
<p><b>@SojournHealth</b> Hi Jordyn, we strongly recommend against buying ketamine without medical care; unregulated products are often mislabeled. With us, a licensed clinician evaluates you by video first and, if appropriate, prescribes. \U0001F49C</p>
<p><b>@markpenner</b> did it for 4 months, the blood pressure checks were annoying but honestly I get why now</p>
<p><b>@vitamin_k_plug</b> cheaper here \U0001F447 t.me/...</p>
</section>
</main>
""")

p("h13521", "https://instaphoto.example/p/CzK3mQ8rT1x/", "telehealth", False, "es", "social-post-virtual-psychiatry-referral",
  "Psiquiatría Online Serena en Instaphoto: \u00ab¿Depresión resistente? Te explicamos cómo funciona la valoración para esketamina\u00bb", """
<header class="ig-top"><a href="/">Instaphoto</a> <a href="/accounts/login">Iniciar sesión</a> <a href="/accounts/signup">Registrarte</a></header>
<main class="post">
<div class="author"><b>psiquiatria.serena</b> &middot; Psiquiatría Online Serena &middot; Madrid</div>
<div class="carousel">[1/6] ¿Depresión resistente? \u2192 [2/6] Primera videoconsulta \u2192 [3/6] ¿Soy candidato? \u2192 [4/6] Dónde se administra \u2192 [5/6] Precios \u2192 [6/6] Reserva</div>
<div class="caption">
<p><b>psiquiatria.serena</b> ¿Has probado dos o más antidepresivos sin mejoría? Te contamos cómo funciona la valoración para esketamina con nosotros \U0001F447</p>
<p>1\uFE0F\u20E3 Primera videoconsulta de 50 minutos con una psiquiatra colegiada (75 &euro;). Revisamos tu historial, los tratamientos que has probado y tu salud física.</p>
<p>2\uFE0F\u20E3 Si eres candidato/a, la esketamina se administra SIEMPRE en un centro sanitario autorizado, con supervisión y 2 horas de observación. Te derivamos a nuestros centros colaboradores en Madrid, Barcelona y Valencia y les enviamos tu informe.</p>
<p>3\uFE0F\u20E3 Seguimiento por videoconsulta (55 &euro;) coordinado con el centro y con tu médico de cabecera.</p>
<p>\U0001F6AB No vendemos ni enviamos medicación. No recetamos por chat.</p>
<p>\U0001F4F2 Reserva en el enlace de la bio o escríbenos por WhatsApp para pedir cita.</p>
<p>#depresionresistente #esketamina #psiquiatriaonline #saludmental</p>
</div>
<section class="comments">
<p><b>laura.g.m</b> ¿Me lo podéis enviar a casa? Vivo en Cáceres \U0001F614</p>
<p><b>psiquiatria.serena</b> Hola Laura, no es posible: la esketamina solo se administra en un centro. Tras la videoconsulta buscamos contigo el centro colaborador más cercano \U0001F49A</p>
<p><b>el_farmaceutico_real</b> Spray sin receta, envío 24h, escríbeme \U0001F4E9</p>
<p><b>psiquiatria.serena</b> Este comentario es spam. No tiene relación con nosotros, por favor no contactéis.</p>
</section>
<p class="date">3 de diciembre de 2026 &middot; 1.032 Me gusta</p>
</main>
""", noise="cookie-es")

p("h13522", "https://arzttermin-online.example/psychiatrie/videosprechstunde/dr-med-katharina-vogt/esketamin-abklaerung",
  "telehealth", False, "de", "appointment-platform-video-listing", "Videosprechstunde: Abklärung therapieresistente Depression / Esketamin \u2013 Dr. med. Katharina Vogt | ArztTermin Online", """
<header class="at-header"><a class="logo" href="/">ArztTermin Online</a> <form><input placeholder="Fachgebiet, Name, Behandlung"><input placeholder="Ort"><button>Suchen</button></form> <a href="/login">Anmelden</a> <a href="/fuer-aerzte">Für Ärztinnen und Ärzte</a></header>
<main class="profile">
<h1>Dr. med. Katharina Vogt</h1>
<p class="fach">Fachärztin für Psychiatrie und Psychotherapie &middot; Privatpraxis für Telepsychiatrie &middot; Hamburg</p>
<p class="badges">\U0001F4F9 Videosprechstunde &middot; Privatpatienten und Selbstzahler &middot; Sprachen: Deutsch, Englisch</p>
<section class="leistung">
<h2>Videosprechstunde: Abklärung therapieresistente Depression / Esketamin</h2>
<p>Für Erwachsene, bei denen mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben.</p>
<ul>
<li>50-minütiges Erstgespräch per Video (Abrechnung nach GOÄ, für Selbstzahler ca. 120&ndash;160 &euro;)</li>
<li>Durchsicht von Vorbefunden, Medikationsplan und Arztbriefen (bitte vorab hochladen)</li>
<li>Schriftlicher Befundbericht mit Therapieempfehlung</li>
<li>Bei Indikation: Überweisung an ein kooperierendes Behandlungszentrum in Hamburg, Kiel oder Lübeck. Esketamin-Nasenspray wird dort in der Praxis unter ärztlicher Aufsicht angewendet, mit anschließender Nachbeobachtung.</li>
</ul>
<p><b>Bitte beachten:</b> Esketamin und Ketamin werden nicht per Videosprechstunde verordnet oder nach Hause versendet. Bei akuter Krise wenden Sie sich bitte an die 112 oder die Telefonseelsorge (0800 111 0 111).</p>
</section>
<section class="termine"><h2>Nächste freie Termine</h2><p>Mo., 15.12. &middot; 09:00 &middot; 10:00 &middot; 16:30 &nbsp; Di., 16.12. &middot; 08:30 &middot; 14:00</p><a class="btn" href="/buchen/vogt/esketamin-video">Termin online buchen</a></section>
<section class="bewertungen"><h2>Bewertungen (37)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Sehr gründlich, hat sich alle Unterlagen angesehen und mich an ein Zentrum in Kiel vermittelt.&ldquo;</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &bdquo;Kompetent, aber als Kassenpatientin muss man selbst zahlen.&ldquo;</p>
</section>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h13523", "https://instaphoto.example/p/C1vR8nT2aQp/", "telehealth", False, "pt", "social-post-teleconsulta",
  "Mente Saúde Tele em Instaphoto: \u201cTeleconsulta para avaliação de cetamina e escetamina\u201d", """
<main class="post">
<div class="author"><b>mentesaude.tele</b> &middot; Mente Saúde Telepsiquiatria &middot; Patrocinado</div>
<div class="caption">
<p><b>mentesaude.tele</b> Depressão que não melhora com os remédios? \U0001F9E0 Você pode ter indicação para tratamento com cetamina ou escetamina.</p>
<p>\u2705 Teleconsulta com psiquiatra (CRM ativo) para todo o Brasil, conforme a Resolução CFM sobre telemedicina<br>
\u2705 Avaliação completa do histórico, exames e medicações<br>
\u2705 Se houver indicação, a aplicação é feita em clínica parceira credenciada perto de você, com monitoramento<br>
\u2705 Acompanhamento online entre as sessões</p>
<p>\U0001F4B0 Consulta R$ 450. Emitimos nota para reembolso do plano de saúde.</p>
<p>\U0001F6AB Não vendemos nem enviamos cetamina ou spray de escetamina pelo correio.</p>
<p>\U0001F4F2 Agende pelo link da bio ou pelo WhatsApp (11) 4002-8922.</p>
</div>
<section class="comments">
<p><b>ju_alvesss</b> vocês vendem o spray? quanto fica?</p>
<p><b>mentesaude.tele</b> Oi Ju! Não vendemos medicação. A escetamina só é aplicada em clínica, após avaliação médica. Chama no direct que explicamos o passo a passo \U0001F49C</p>
<p><b>rodrigo.b</b> fiz a consulta mês passado, me encaminharam pra uma clínica em Campinas, atendimento ótimo</p>
</section>
</main>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8)

p("h13524", "https://instaphoto.example/hillcountryketamine/", "clinic", False, "en", "social-bio-clinic",
  "Hill Country Ketamine & Wellness (@hillcountryketamine) \u2022 Instaphoto", """
<header class="profile">
<h1>hillcountryketamine</h1>
<p class="counts"><b>731</b> posts &middot; <b>6,412</b> followers &middot; <b>588</b> following</p>
<p class="name">Hill Country Ketamine &amp; Wellness</p>
<p class="category">Medical center</p>
<p class="bio">\U0001F489 IV ketamine infusions<br>
\U0001F443 Spravato\u00ae REMS-certified treatment center<br>
\U0001FA7A Anesthesiologist-led | monitored every minute<br>
\U0001F4CD 4201 S Lamar Blvd, Austin TX<br>
\U0001F4AC DM or call for pricing<br>
\U0001F447 Book a free consult</p>
<a class="bio-link" href="https://hillcountry-ketamine.example/book">hillcountry-ketamine.example/book</a>
</header>
<section class="highlights"><span>Pricing</span> <span>Reviews</span> <span>Our team</span> <span>Insurance</span> <span>Gift cards</span></section>
<section class="posts">
<article><p>\U0001F381 Gift cards are here! Give someone you love the gift of a consult, a membership or a booster. Available at the front desk or online.</p></article>
<article><p>Our 6-infusion series is $2,700 when paid in full (or $475 per infusion). Every infusion includes pre-screening, continuous vitals monitoring and a recovery period. You'll need a driver home. \U0001F697</p></article>
<article><p>Spravato is covered by many insurance plans. Our team handles benefits checks and prior authorization for you.</p></article>
</section>
""")

p("h13525", "https://friendbook.example/BaysideInfusionCenter/posts", "clinic", False, "en", "social-page-clinic-long",
  "Bayside Infusion Center | Friendbook", """
<div class="fb-top"><a href="/">friendbook</a> <input placeholder="Search Friendbook"> <a href="/login">Log in</a> <a href="/signup">Create new account</a></div>
<header class="page-header">
<h1>Bayside Infusion Center</h1>
<p>Medical &amp; health &middot; Ketamine clinic &middot; 3.2K likes &middot; 3.6K followers</p>
<nav><a href="/BaysideInfusionCenter/posts">Posts</a> <a href="/BaysideInfusionCenter/about">About</a> <a href="/BaysideInfusionCenter/reviews">Reviews</a> <a href="/BaysideInfusionCenter/photos">Photos</a> <a href="/BaysideInfusionCenter/events">Events</a></nav>
<a class="btn" href="https://bayside-infusion.example/book">Book now</a> <a class="btn" href="/messages/BaysideInfusionCenter">Message</a>
</header>
<aside class="intro">
<h2>Intro</h2>
<p>Physician-owned ketamine infusion clinic in San Diego. IV ketamine for depression, PTSD and chronic pain; Spravato; NAD+ and hydration IVs.</p>
<p>\U0001F4CD 2750 Rosecrans St, Suite 210, San Diego, CA<br>\u260E (619) 555-0117<br>\U0001F552 Mon&ndash;Sat 8 AM &ndash; 6 PM<br>\u2B50 4.9 (148 reviews)</p>
</aside>
<main class="feed">
<article><p class="meta">Bayside Infusion Center &middot; November 28 &middot; \U0001F30E</p>
<p>\U0001F6CD\uFE0F BLACK FRIDAY THROUGH CYBER MONDAY \U0001F6CD\uFE0F</p>
<p>&bull; $100 off your first infusion (new patients, after your medical consultation)<br>
&bull; 6-infusion series $2,850 paid upfront (regularly $3,150)<br>
&bull; Buy a $500 gift card, get a $75 bonus card<br>
&bull; Financing through CareCredit and Cherry; HSA/FSA cards accepted. Self-pay patients can now also pay with crypto through our billing portal.</p>
<p>Every patient starts with a consultation with Dr. Greene or Dr. Patel to make sure ketamine is safe and appropriate. Book online or call us!</p>
<p class="react">96 likes &middot; 23 comments &middot; 14 shares</p>
<div class="comments">
<p><b>Carla Mendes</b> Do you sell the take-home version? Lozenges or the spray?</p>
<p><b>Bayside Infusion Center</b> Hi Carla! We don't sell ketamine to take home. All our ketamine treatments are given here in the clinic with a nurse monitoring you throughout. Spravato is also administered in-office under the REMS program. Happy to talk through options by phone!</p>
<p><b>Jeff Lutz</b> Went for the series in the spring. Staff are kind and the recliners are amazing. Bring headphones.</p>
<p><b>Amanda R.</b> Is the $100 off valid for Spravato too?</p>
<p><b>Bayside Infusion Center</b> That one is for IV infusion only, Amanda. Spravato is billed through insurance, and our team will check your coverage.</p>
</div></article>
<article><p class="meta">Bayside Infusion Center &middot; November 14 &middot; \U0001F30E</p>
<p>What actually happens during an infusion? \U0001F914 You'll check in, we take your vitals, start a small IV, and the infusion runs about 40 minutes while we monitor your heart rate, blood pressure and oxygen. Then 30 minutes of recovery with a snack. You will need someone to drive you home.</p></article>
<article><p class="meta">Bayside Infusion Center &middot; November 3 &middot; \U0001F30E</p>
<p>We're hiring! Part-time RN with IV experience, Tuesday/Thursday/Saturday. ACLS required. Send your resume to jobs@bayside-infusion.example.</p></article>
</main>
<footer class="fb-footer">Privacy &middot; Terms &middot; Advertising &middot; Cookies &middot; Friendbook &copy; 2026</footer>
""", noise="cookie")

p("h13526", "https://maps-local.example/place/Clearwater+Ketamine+Clinic/data=!4m6!3m5!1s0x88c2f1a3b7e4d1c9:0x5e2a!8m2", "clinic", False, "en", "map-business-profile-qa",
  "Clearwater Ketamine Clinic - Maps Local", """
<div class="ml-search"><input value="ketamine clinic near me"> <a href="/directions">Directions</a></div>
<main class="place-panel">
<h1>Clearwater Ketamine Clinic</h1>
<p class="rating">4.8 &#9733;&#9733;&#9733;&#9733;&#9733; (212) &middot; Medical clinic</p>
<div class="actions"><a href="/directions">Directions</a> <a href="#">Save</a> <a href="#">Nearby</a> <a href="tel:+17275550163">Call</a> <a href="https://clearwater-ketamine.example">Website</a> <a href="https://clearwater-ketamine.example/book">Book online</a></div>
<p>\U0001F4CD 1150 Cleveland St, Suite 4, Clearwater, FL 33755<br>\U0001F552 Open &middot; Closes 6 PM<br>\u260E (727) 555-0163<br>Services: IV ketamine infusion &middot; Spravato (esketamine) &middot; Ketamine-assisted psychotherapy &middot; Free phone consultation<br>Accessibility: wheelchair-accessible entrance, parking</p>
<section class="qa">
<h2>Questions &amp; answers</h2>
<div class="q"><p><b>Q:</b> How much is an infusion? Do you take insurance?</p><p><b>A (Owner):</b> Our IV infusions are $450 each or $2,400 for the initial series of six. Insurance doesn't usually cover IV ketamine, but we provide a superbill. Spravato is often covered by insurance.</p></div>
<div class="q"><p><b>Q:</b> Do you sell ketamine for home use?</p><p><b>A (Owner):</b> No. All treatment is given in our office under medical supervision, after a consultation with our physician.</p></div>
<div class="q"><p><b>Q:</b> Can I get a referral from my therapist?</p><p><b>A (Owner):</b> Yes, but it's not required. We do need your recent medical history and a list of medications.</p></div>
<p><a href="#">See all questions (14)</a></p>
</section>
<section class="reviews">
<h2>Reviews</h2>
<p><b>Dennis K.</b> &#9733;&#9733;&#9733;&#9733;&#9733; 2 weeks ago &ndash; After 3 infusions I could get out of bed again. Nurse Kayla checked on me every 10 minutes.</p>
<p><b>Sharon T.</b> &#9733;&#9733;&#9733;&#9733;&#9734; a month ago &ndash; Great care, a little pricey. They were upfront about cost before the first appointment.</p>
<p><b>Response from the owner:</b> Thank you Sharon! We offer package pricing and CareCredit financing.</p>
</section>
<section class="popular-times"><h2>Popular times</h2><p>Usually not too busy</p></section>
</main>
""")

p("h13527", "https://wa-business.example/profile/12075550139", "clinic", False, "en", "whatsapp-business-profile-txt",
  "Harborview Ketamine Therapy \u2013 WhatsApp Business", """
Harborview Ketamine Therapy
Business account \u00b7 Medical center
\U0001F4CD 44 Commercial St, Portland, ME 04101
\U0001F552 Tue\u2013Sat 9:00\u201317:00

About: In-office IV and IM ketamine treatments, and ketamine-assisted psychotherapy with our licensed therapists. Medical screening required before any treatment.

CATALOG
\u2022 Initial consultation with our physician \u2013 $150
\u2022 IV ketamine infusion (about 2 hrs in clinic) \u2013 $475
\u2022 Booster infusion \u2013 $425
\u2022 IM ketamine-assisted psychotherapy session (3 hrs, with therapist) \u2013 $650

Message us to schedule your consultation and we'll send the intake forms. We can't give medical advice or take orders for medication over WhatsApp.
""", ext="txt")

p("h13528", "https://dealhive.example/deals/revive-infusion-therapy-tampa-ketamine-infusion", "clinic", False, "en", "deal-voucher-listing",
  "$299 for One IV Ketamine Infusion (Up to 40% Off) at Revive Infusion Therapy - Tampa | DealHive", """
<header class="dh-header"><a class="logo" href="/">DealHive</a> <form><input placeholder="Search deals"><input value="Tampa"><button>Search</button></form> <nav><a href="/local/beauty-and-spas">Beauty &amp; Spas</a> <a href="/local/health-and-fitness">Health &amp; Fitness</a> <a href="/local/things-to-do">Things to Do</a> <a href="/gifts">Gifts</a> <a href="/login">Sign in</a></nav></header>
<div class="crumbs"><a href="/local/tampa">Tampa</a> &rsaquo; <a href="/local/tampa/health-and-fitness">Health &amp; Fitness</a> &rsaquo; <a href="/local/tampa/health-and-fitness/iv-therapy">IV Therapy</a></div>
<main class="deal">
<h1>One IV Ketamine Infusion for Depression or Chronic Pain at Revive Infusion Therapy</h1>
<p class="merchant">Revive Infusion Therapy &middot; 3612 W Kennedy Blvd, Tampa &middot; 4.7 &#9733; (389 ratings)</p>
<div class="options">
<label><input type="radio" checked> One IV ketamine infusion incl. medical consultation &ndash; <s>$495</s> <b>$299</b></label><br>
<label><input type="radio"> Three IV ketamine infusions incl. medical consultation &ndash; <s>$1,485</s> <b>$1,049</b></label>
</div>
<p class="bought">1,000+ bought &middot; Limited time: ends in 2 days</p>
<a class="btn" href="/checkout/revive-infusion-ketamine">Buy now</a> <a class="btn-secondary" href="/gift/revive-infusion-ketamine">Buy as a gift</a>
<section class="highlights"><h2>Highlights</h2><p>Board-certified anesthesia providers administer low-dose IV ketamine in a private, monitored treatment suite.</p></section>
<section class="about"><h2>About this deal</h2>
<p>Each voucher includes a medical consultation with the clinic's physician before your first infusion. Infusions last 40&ndash;55 minutes with continuous monitoring of heart rate, blood pressure and oxygen, followed by recovery time.</p></section>
<section class="fine-print"><h2>Fine print</h2>
<p>Promotional value expires 120 days after purchase. Amount paid never expires. Appointment required; call the merchant after purchase. New patients only. Limit 1 per person. Must be 18 or older. Patient must complete a medical intake and be medically cleared; vouchers for patients who do not qualify will be refunded. Not valid for patients with uncontrolled hypertension, pregnancy or a history of psychosis. A driver is required after treatment. Merchant is solely responsible to purchasers for the care and quality of the advertised services.</p></section>
<section class="reviews"><h2>Customer reviews</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Doctor went over my medications with me in detail and the nurse stayed with me the whole time.&rdquo; &ndash; Alyssa, 11/2026</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; &ldquo;Scheduling took a week but worth it.&rdquo; &ndash; Marcus, 10/2026</p></section>
</main>
<footer><a href="/about">About DealHive</a> &middot; <a href="/merchant">Work with DealHive</a> &middot; <a href="/terms">Terms of sale</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h13529", "https://reseaupro.example/posts/chu-valmont-psychiatrie_depression-resistante-esketamine-activity-7270412298561", "clinic", False, "fr", "professional-network-post-hospital",
  "CHU de Valmont \u2013 Pôle Psychiatrie sur RéseauPro : Ouverture de l'Unité Dépression Résistante", """
<header class="rp-header"><a href="/">RéseauPro</a> <a href="/feed">Accueil</a> <a href="/jobs">Offres d'emploi</a> <a href="/login">S'identifier</a> <a href="/signup">S'inscrire</a></header>
<main class="post">
<div class="author"><b>CHU de Valmont</b> &middot; Hôpitaux et services de santé &middot; 18 452 abonnés &middot; 1 sem.</div>
<div class="text">
<p>\U0001F3E5 Le Pôle de Psychiatrie adulte du CHU de Valmont ouvre son <b>Unité de traitement de la dépression résistante</b> (UTDR), au 3e étage du bâtiment Pasteur.</p>
<p>L'unité propose, sur adressage par un psychiatre ou un médecin traitant :</p>
<ul>
<li>une évaluation pluridisciplinaire (psychiatre, neuropsychologue, infirmier de pratique avancée) ;</li>
<li>l'eskétamine par voie nasale (Spravato\u00ae) en hôpital de jour, avec surveillance de 2 heures après chaque administration ;</li>
<li>la kétamine intraveineuse dans le cadre de protocoles de recherche clinique ;</li>
<li>la rTMS et l'électroconvulsivothérapie.</li>
</ul>
<p>Le traitement est administré exclusivement dans l'unité. Aucune délivrance en pharmacie de ville. Les patients ne doivent pas conduire le jour du traitement.</p>
<p>\U0001F4C5 Prise de rendez-vous pour les professionnels : courrier d'adressage via la messagerie sécurisée de santé ou secrétariat au 03 00 00 41 27. Les patients peuvent aussi prendre rendez-vous en ligne pour la consultation d'évaluation.</p>
<p>Bravo aux équipes médicales, soignantes et pharmaceutiques qui ont rendu ce projet possible \U0001F44F</p>
<p>#psychiatrie #santémentale #dépression #CHU</p>
</div>
<p class="stats">412 réactions &middot; 37 commentaires &middot; 58 republications</p>
<section class="comments">
<p><b>Dr Élodie Marchand</b>, Psychiatre libérale : Excellente nouvelle pour nos patients, les délais dans la région étaient très longs.</p>
<p><b>Julien R.</b>, Infirmier : Est-ce que l'unité recrute ?</p>
<p><b>CHU de Valmont</b> : Oui, les offres sont en ligne sur notre page Carrières \U0001F60A</p>
</section>
</main>
""", noise="cookie-fr")

p("h13530", "https://instaphoto.example/p/C2xY7bL9mKd/", "clinic", False, "pt", "social-post-clinic-whatsapp-package",
  "Clínica Quietude em Instaphoto: \u201cInfusão de cetamina \u2013 protocolo de 6 sessões\u201d", """
<main class="post">
<div class="author"><b>clinicaquietude.sp</b> &middot; Clínica Quietude &middot; São Paulo, Brasil</div>
<div class="carousel">[1/5] Infusão de cetamina \u2728 \u2192 [2/5] Para quem é \u2192 [3/5] Como é a sessão \u2192 [4/5] Valores \u2192 [5/5] Agende</div>
<div class="caption">
<p><b>clinicaquietude.sp</b> Infusão de cetamina para depressão resistente e dor crônica \u2728</p>
<p>\U0001FA7A Equipe com médico anestesiologista e psiquiatra<br>
\U0001F4C8 Monitorização contínua durante toda a sessão (40 min + recuperação)<br>
\U0001F4CB Consulta de avaliação obrigatória antes da primeira infusão<br>
\U0001F697 Venha acompanhado: você não pode dirigir após a sessão</p>
<p>\U0001F4B3 Pacote com 6 sessões: R$ 7.800 em até 10x sem juros no cartão, ou 5% de desconto no Pix. Consulta de avaliação: R$ 600.</p>
<p>\U0001F4F2 Agende sua avaliação pelo WhatsApp (11) 98888-4120 ou pelo link da bio.</p>
<p>\U0001F4CD Rua Haddock Lobo, 1307 &ndash; Cerqueira César, São Paulo. Responsável técnico: Dr. Paulo Henrique Ramos &ndash; CRM-SP 000000.</p>
<p>#cetamina #infusaodecetamina #depressao #saudemental #dorcronica</p>
</div>
<section class="comments">
<p><b>mari_fontes</b> vocês vendem pra usar em casa? moro no interior</p>
<p><b>clinicaquietude.sp</b> Oi Mari! Não, a cetamina é aplicada exclusivamente aqui na clínica, com monitorização. Chama no WhatsApp que te explicamos as opções \U0001F49A</p>
<p><b>dr.renato.psiq</b> Parabéns pelo cuidado com a segurança, equipe.</p>
<p><b>vendas.k.online</b> tenho cetamina pronta entrega sem receita chama no zap</p>
</section>
<p class="date">29 de novembro de 2026 &middot; 384 curtidas</p>
</main>
""", noise="cookie-pt")

p("h13531", "https://friendbook.example/PraktijkHelderUtrecht/posts/1093847520011", "clinic", False, "nl", "social-page-post-clinic",
  "Praktijk Helder \u2013 esketamine en ketamine bij therapieresistente depressie | Friendbook", """
<div class="fb-top"><a href="/">friendbook</a> <a href="/login">Inloggen</a> <a href="/signup">Nieuw account maken</a></div>
<header class="page-header"><h1>Praktijk Helder</h1><p>Medisch centrum &middot; GGZ &middot; Utrecht &middot; 1,1K volgers</p><a class="btn" href="https://praktijkhelder.example/aanmelden">Aanmelden</a></header>
<main class="post">
<p class="meta">Praktijk Helder &middot; 1 december &middot; \U0001F30E</p>
<p>\U0001F4E2 Vanaf januari breiden we onze behandeldagen uit! Naast dinsdag en donderdag kun je voortaan ook op vrijdag bij ons terecht voor esketamine (neusspray) en ketamine-infusies.</p>
<p>Hoe werkt het?</p>
<p>1\uFE0F\u20E3 Je wordt verwezen door je huisarts of psychiater (een verwijzing is nodig).<br>
2\uFE0F\u20E3 Intakegesprek met onze psychiater en een lichamelijk onderzoek.<br>
3\uFE0F\u20E3 Behandeling op locatie in Utrecht. Na elke toediening blijf je minstens 2 uur ter observatie.<br>
4\uFE0F\u20E3 Je mag die dag niet zelf autorijden. Neem iemand mee of kom met de trein/taxi.</p>
<p>Esketamine wordt onder voorwaarden vergoed uit het basispakket. Ketamine-infusies vallen daarbuiten; de kosten (&euro; 395 per infusie) bespreken we tijdens de intake. Je kunt je wachtlijstplek ook via WhatsApp navragen: 030 000 4471.</p>
<p>\u2757 Let op: wij verkopen of versturen nooit medicatie. Berichten die iets anders beweren komen niet van ons.</p>
<p class="react">58 vind-ik-leuks &middot; 12 reacties</p>
<section class="comments">
<p><b>Sanne de Wit</b> Hoe lang is de wachtlijst op dit moment?</p>
<p><b>Praktijk Helder</b> Hoi Sanne, op dit moment ongeveer 8 weken tot de intake. Met de extra behandeldag verwachten we dat dit korter wordt.</p>
<p><b>Ahmed B.</b> Dank jullie wel voor de goede zorg dit jaar. \U0001F64F</p>
</section>
</main>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational (9)

p("h13532", "https://instaphoto.example/p/Cw9pL2rXq7e/", "informational", False, "en", "harm-reduction-post-carousel",
  "Safer Nights Collective on Instaphoto: \"Buying K off Telegram or Snap? Read this first\"", """
<header class="ig-top"><a href="/">Instaphoto</a> <a href="/accounts/login">Log in</a> <a href="/accounts/signup">Sign up</a></header>
<main class="post">
<div class="author"><b>safernights.collective</b> &middot; Safer Nights Collective &middot; Nonprofit organization</div>
<div class="carousel">[1/7] Buying K off Telegram or Snap? \u2192 [2/7] What's really in it \u2192 [3/7] Test it \u2192 [4/7] Dose \u2192 [5/7] Don't mix \u2192 [6/7] Your bladder \u2192 [7/7] Get help</div>
<div class="caption">
<p><b>safernights.collective</b> We don't judge, we just want you home safe \U0001F49B Swipe for the basics \U0001F449</p>
<p>1. "Ket" bought through Telegram menus, Snap stories or Discord "plug" servers is not quality-controlled. In the last six months, drug-checking services we work with found samples sold as ketamine that were actually 2F-DCK, O-PCE or mixtures with caffeine and MDMA.</p>
<p>2. Test it. A reagent kit (Mandelin + Morris) can't tell you purity, but it can catch the wrong drug. Or bring a sample to a drug-checking service: free and confidential.</p>
<p>3. Start low, go slow. Analogues can be much stronger and last longer than you expect.</p>
<p>4. Don't mix with alcohol, GHB/GBL, benzos or opioids: that's how people stop breathing. Never use alone, and never in or near water.</p>
<p>5. Pain when you pee, needing to go all the time or blood in your urine = see a doctor. Ketamine-related bladder damage is real and it gets worse the longer you use.</p>
<p>6. If someone is unresponsive, put them in the recovery position and call emergency services.</p>
<p>\U0001F4AC Questions? DM us. We'll never sell you anything and we never share who you are.</p>
<p>#harmreduction #drugchecking #ketamine #saferpartying</p>
</div>
<section class="comments">
<p><b>meg.on.tour</b> Posted this in our festival group chat, thank you \U0001F64F</p>
<p><b>plug_uk_247</b> \U0001F48E real ket no 2F, stealth NDD, check my bio \U0001F984</p>
<p><b>safernights.collective</b> @plug_uk_247 reported and blocked. Reminder: we delete seller comments, please never buy from people who comment on harm-reduction posts.</p>
<p><b>dan_h</b> Where can I get a reagent kit in Leeds?</p>
<p><b>safernights.collective</b> @dan_h DM'd you a list of local services \U0001F49B</p>
</section>
<p class="date">November 21, 2026 &middot; 5,611 likes</p>
</main>
""")

p("h13533", "https://xposts.example/jmarlowe_reports/status/1865102234410091201", "informational", False, "en", "journalist-thread",
  "Jess Marlowe on X-Posts: \"I spent three weeks inside Telegram channels selling ketamine to teenagers. Thread.\"", """
<header class="xp-header"><a href="/">X-Posts</a> <a href="/explore">Explore</a> <a href="/login">Log in</a></header>
<main class="thread">
<div class="author"><b>Jess Marlowe</b> @jmarlowe_reports &middot; Investigations reporter @TheLedgerUK. DMs open, Signal in bio.</div>
<div class="post">I spent three weeks inside Telegram channels selling ketamine to teenagers in England. Here's what I found \U0001F9F5 1/10</div>
<div class="post">2/ The channels look like shops. Pinned "menus" with emoji, bulk discounts, weekly "drops". One had 4,300 subscribers. Menus were almost identical: "1g \u00a340, 3.5g \u00a3110, 28g \u00a3600 free NDD".</div>
<div class="post">3/ "NDD" = next day delivery. Vendors claim to post via tracked Royal Mail in vacuum-sealed packs, "nothing on the outside". Several also offered in-person "meetups" in Zones 1-2.</div>
<div class="post">4/ Posing as a buyer, I asked one vendor how they'd know I was over 18. Reply: "not my problem bro, just send the BTC". No account ever asked for ID.</div>
<div class="post">5/ When channels get banned they reappear within hours as "BACKUP" accounts. One vendor posted: "Main got nuked again \U0001F644 this is the backup."</div>
<div class="post">6/ We had three samples bought by a licensed lab partner and tested. One was ketamine. One was 2F-DCK, a ketamine analogue. One was mostly caffeine.</div>
<div class="post">7/ A paediatric urologist told us she now sees teenagers with ketamine bladder damage "almost every month", something that was rare ten years ago.</div>
<div class="post">8/ Telegram removed 3 of the 11 channels we reported. The rest were still posting menus when we published. The platform told us it "removes millions of pieces of harmful content each day".</div>
<div class="post">9/ If you're worried about someone: the FRANK helpline is free and confidential, and local drug services can help without involving the police.</div>
<div class="post">10/ Full investigation, with our methodology and the platform's response, in today's @TheLedgerUK: theledger-uk.example/ketamine-telegram</div>
<p class="stats">7:31 AM &middot; Dec 5, 2026 &middot; 412K views &middot; 3.2K reposts &middot; 9.8K likes</p>
</main>
<section class="replies">
<div class="reply"><b>@parentsagainstK</b> Thank you for doing this. My son got his from one of these channels.</div>
<div class="reply"><b>@ketgoddess_uk</b> \U0001F48E menu in bio \U0001F48E</div>
<div class="reply"><b>@jmarlowe_reports</b> Case in point \U0001F446 reported.</div>
</section>
""")

p("h13534", "https://threadit.example/r/TRDsupport/comments/1h5k2w9/comment/m0ab31x/", "informational", False, "en", "moderator-removal-notice-txt",
  "Comment removed by moderator - r/TRDsupport", """
r/TRDsupport \u00b7 Treatment-Resistant Depression Support
Comment removed by moderators \u00b7 2 days ago

[removed]

AutoModerator (MOD) \u00b7 2 days ago
Your comment has been removed for breaking Rule 3: No sourcing.

Offering, requesting or linking to sources of ketamine, esketamine, 2F-DCK or any other controlled or prescription substance is not allowed here, including "DM me", "check my profile" and links to shops, Telegram, Discord or WhatsApp. Accounts that offer to sell will be banned and reported to site admins.

If you're looking for legitimate ketamine or Spravato treatment, see the wiki: Finding a clinic or telehealth provider, Insurance and Spravato, What to ask at a consult.

u/mod_willow (MOD) \u00b7 2 days ago
For everyone else in this thread: the account that was offering "esketamine spray, no prescription, ships from NL, BTC only" has been banned. Please don't reply to their DMs. Several members have reported being scammed by accounts like this after paying. Stay safe. \U0001F49C
""", ext="txt")

p("h13535", "https://friendbook.example/groups/spravatoketaminesupport/posts/2291840077", "informational", False, "en", "patients-group-post-long",
  "Spravato & Ketamine Treatment Support Group | Friendbook", """
<div class="fb-top"><a href="/">friendbook</a> <input placeholder="Search Friendbook"> <a href="/login">Log in</a></div>
<header class="group-header">
<h1>Spravato &amp; Ketamine Treatment Support Group</h1>
<p>\U0001F512 Private group &middot; 14.8K members</p>
<nav><a href="/groups/spravatoketaminesupport/about">About</a> <a href="/groups/spravatoketaminesupport">Discussion</a> <a href="/groups/spravatoketaminesupport/featured">Featured</a> <a href="/groups/spravatoketaminesupport/members">People</a> <a href="/groups/spravatoketaminesupport/files">Files</a></nav>
</header>
<aside class="about">
<h2>About</h2>
<p>Peer support for people receiving (or considering) Spravato, IV/IM ketamine or at-home ketamine through a medical provider. We are patients, not doctors. Nothing here is medical advice.</p>
<h2>Group rules</h2>
<ol><li>Be kind.</li><li>No sourcing, selling or buying of any medication. Instant ban.</li><li>No promotion of clinics or companies without admin approval.</li><li>Crisis? Call or text 988 (US).</li></ol>
</aside>
<main class="feed">
<article class="admin-post">
<p class="meta"><b>Renee Walsh</b> \u00b7 Admin \u00b7 Featured \u00b7 December 1</p>
<p>\U0001F4E2 PSA FROM THE ADMIN TEAM \U0001F4E2</p>
<p>Several members have received friend requests and messages from profiles calling themselves "Dr. Steven Clarke" or "Pharmacist Amy" offering to mail Spravato or "ketamine nasal spray, same as the clinic" for $150&ndash;$300, no prescription, paid with Zelle, gift cards or Bitcoin.</p>
<p>These are scams. Spravato is only administered in certified treatment centers, under observation, and you don't take the device home. Nobody can legitimately mail it to you. Two members paid and received nothing; one received a bottle of saline.</p>
<p>If you get one of these messages, screenshot it, report the profile, and send the screenshot to an admin so we can ban the account from the group.</p>
<p class="react">1.2K reactions \u00b7 286 comments</p>
<div class="comments">
<p><b>Tom Nguyen</b> Got one of these last week. They even had a fake license number on the profile.</p>
<p><b>Patricia Lowe</b> Thank you. I'm on treatment #14 of Spravato and it has helped so much, I'd hate for anyone to get ripped off.</p>
<p><b>Marisol Ortega</b> Just to add: my copay for Spravato was $0 after I signed up for the manufacturer's savings program. Ask your treatment center about it before you even think about buying online.</p>
<p><b>Kevin D.</b> My infusion clinic charges $450 per IV. Not cheap but they monitor you the whole time. These online guys are not the answer.</p>
<p><b>Renee Walsh</b> Admin \u00b7 Exactly. If cost is the barrier, post a question and the group can share what's worked for them: insurance appeals, clinic payment plans, research studies.</p>
</div>
</article>
<article>
<p class="meta"><b>Hannah Price</b> \u00b7 December 4</p>
<p>Treatment #3 tomorrow. The dissociation last time was intense, about 40 minutes. Any tips? I have headphones and a blanket already.</p>
<p class="react">84 reactions \u00b7 61 comments</p>
</article>
</main>
""", noise="cookie")

p("h13536", "https://healthanswers-stack.example/questions/41822/is-it-legal-to-buy-ketamine-from-an-online-telehealth-company-vs-telegram",
  "informational", False, "en", "qa-thread-legality", "Is it legal to buy ketamine from an online telehealth company vs. a Telegram seller? - Health Answers Stack", """
<header class="hs-header"><a href="/">Health Answers Stack</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/users">Users</a> <input placeholder="Search..."> <a href="/login">Log in</a></header>
<main>
<div class="question">
<h1>Is it legal to buy ketamine from an online telehealth company vs. a Telegram seller?</h1>
<p class="meta">Asked 3 weeks ago &middot; Modified 5 days ago &middot; Viewed 6k times</p>
<p>I'm in the US. I see ads for at-home ketamine from telehealth companies, and I also see Telegram channels selling ketamine spray and vials. What's the actual legal difference? Is the telehealth one legal? Could I get in trouble for the Telegram one?</p>
<p class="tags"><a href="/tags/ketamine">ketamine</a> <a href="/tags/telemedicine">telemedicine</a> <a href="/tags/controlled-substances">controlled-substances</a> <a href="/tags/united-states">united-states</a></p>
</div>
<div class="answer accepted">
<p class="votes">&#9650; 47 &#10003;</p>
<p>The difference is whether there is a valid prescription.</p>
<p>Ketamine is a Schedule III controlled substance under federal law. It can legally be dispensed to a patient only on a valid prescription issued for a legitimate medical purpose by a practitioner registered with the DEA, acting in the usual course of professional practice.</p>
<ul>
<li><b>Telehealth company:</b> if a licensed clinician evaluates you (in most cases by live video), decides ketamine is appropriate and prescribes it, and a licensed pharmacy dispenses it, that is a prescription like any other. Prescribing controlled substances by telemedicine without an in-person visit has depended on DEA rules and temporary flexibilities that have been extended several times, so check the current status, and state rules also apply.</li>
<li><b>Telegram / social-media seller:</b> there is no prescription, no pharmacy and usually no idea what's in the product. Possessing a Schedule III drug without a prescription is a crime federally and in every state, and buying it by mail can add further charges. Many of these "shops" are also outright scams.</li>
</ul>
<p>A "questionnaire-only" website that ships ketamine without ever talking to you is much closer to the second category than the first.</p>
<p class="author">answered 3 weeks ago by <b>lex_health</b> (health-law attorney) &middot; 12.4k</p>
</div>
<div class="answer">
<p class="votes">&#9650; 19</p>
<p>Pharmacist here, adding one practical point: legitimate pharmacies will put the prescriber's name and your name on the label, and they'll usually require a signature on delivery. If something arrives in an unlabeled vial or vacuum bag, it didn't come from a pharmacy.</p>
<p class="author">answered 2 weeks ago by <b>rph_dana</b> &middot; 3,110</p>
</div>
<div class="answer">
<p class="votes">&#9660; -8</p>
<p><i>This answer was deleted by a moderator (spam).</i></p>
</div>
</main>
<aside class="related"><h3>Related</h3><ul><li>Can a nurse practitioner prescribe esketamine?</li><li>Why is Spravato only given in a clinic?</li><li>Are ketamine analogues like 2F-DCK legal?</li></ul></aside>
""")

p("h13537", "https://diario-levante.example/sociedad/2026/11/23/ketamina-tusi-telegram-instagram-venta-jovenes-104588.html",
  "informational", False, "es", "news-article-chrome", "Ketamina y 'tusi' a domicilio: así funciona la venta por Telegram e Instagram | Diario de Levante", """
<header class="dl-header">
<a class="logo" href="/">Diario de Levante</a>
<nav><a href="/valencia">Valencia</a> <a href="/comunitat">Comunitat</a> <a href="/espana">España</a> <a href="/sociedad">Sociedad</a> <a href="/deportes">Deportes</a> <a href="/opinion">Opinión</a> <a class="btn" href="/suscripcion">Suscríbete</a></nav>
</header>
<main class="articulo">
<p class="antetitulo">DROGAS Y REDES SOCIALES</p>
<h1>Ketamina y 'tusi' a domicilio: así funciona la venta por Telegram e Instagram</h1>
<p class="subtitulo">Los vendedores publican menús con precios, envían en menos de una hora y cobran por Bizum o en criptomonedas. Los servicios de análisis de sustancias alertan de la adulteración.</p>
<p class="firma">Clara Ferrer &middot; Valencia &middot; 23/11/2026 &middot; Actualizada 24/11/2026 09:15</p>
<p>«Menú actualizado \U0001F984 K cristal 30 el gramo, tusi 60, envío en 40 minutos en Valencia y área metropolitana». El mensaje aparece en un canal de Telegram con más de 3.000 suscriptores que este periódico ha seguido durante un mes. Al lado, fotos de bolsitas con cristales, capturas de «clientes satisfechos» y un aviso: «Solo Bizum o cripto, no fiamos».</p>
<p>La venta de ketamina a través de redes sociales y aplicaciones de mensajería se ha extendido en los últimos años, según coinciden fuentes policiales y organizaciones de reducción de riesgos. Los precios que anuncian estos canales oscilan entre 20 y 40 euros por gramo; el llamado <i>tusi</i> o «cocaína rosa», que en España suele ser una mezcla de ketamina, MDMA y otras sustancias teñida de rosa, se vende más caro.</p>
<h2>Menús, 'stories' y entregas en patinete</h2>
<p>En Instagram, los perfiles usan emojis y palabras clave para esquivar la moderación. «Te mandan a un enlace, de ahí a un Telegram y el pedido llega en patinete o por mensajería», explica un joven de 22 años que prefiere no dar su nombre. Cuando Meta o Telegram cierran una cuenta, aparece otra con el mismo logo y la palabra «backup».</p>
<p>Un portavoz de la Policía Nacional señala que las investigaciones «siguen el rastro del dinero» y que en lo que va de año se han desarticulado en la Comunitat varias redes que distribuían ketamina pedida por mensajería.</p>
<h2>Lo que revelan los análisis</h2>
<p>Los servicios de análisis de sustancias advierten de que lo que se vende como ketamina no siempre lo es. Entre las muestras que les llegan encuentran análogos como la 2F-DCK, y en el <i>tusi</i>, combinaciones imprevisibles. «La gente cree que sabe lo que toma porque lo ha pedido a un perfil con buenas reseñas», resume una técnica de reducción de riesgos.</p>
<p>La ketamina es un anestésico de uso médico y veterinario. En España, su uso en la depresión resistente se limita a la esketamina en espray nasal, que solo se administra en centros sanitarios bajo supervisión.</p>
<div class="relacionadas"><h3>Te puede interesar</h3><ul><li>Qué es el 'tusi' y por qué preocupa a los médicos</li><li>Detenidos tres jóvenes por vender drogas a través de Instagram en Castellón</li></ul></div>
</main>
<footer class="dl-footer"><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a> &middot; &copy; Diario de Levante 2026</footer>
""", noise="cookie-es")

p("h13538", "https://marktplatz24.example/hilfe/verbotene-artikel/arzneimittel-betaeubungsmittel-forschungschemikalien",
  "informational", False, "de", "marketplace-policy-help-page", "Verbotene Artikel: Arzneimittel, Betäubungsmittel und Forschungschemikalien | Marktplatz24 Hilfe", """
<header class="mp-header"><a class="logo" href="/">Marktplatz24</a> <a href="/hilfe">Hilfe-Center</a> <a href="/anzeige-aufgeben">Anzeige aufgeben</a> <a href="/meins">Meins</a></header>
<div class="breadcrump"><a href="/hilfe">Hilfe</a> &gt; <a href="/hilfe/regeln">Regeln &amp; Sicherheit</a> &gt; <a href="/hilfe/verbotene-artikel">Verbotene Artikel</a> &gt; Arzneimittel</div>
<main class="hilfe-artikel">
<h1>Arzneimittel, Betäubungsmittel und Forschungschemikalien</h1>
<p>Auf Marktplatz24 dürfen keine verschreibungspflichtigen oder apothekenpflichtigen Arzneimittel, keine Betäubungsmittel und keine neuen psychoaktiven Stoffe angeboten werden. Das gilt auch für Tierarzneimittel und für Angebote, die als &bdquo;Forschungschemikalien&ldquo;, &bdquo;Sammlerstücke&ldquo; oder &bdquo;nicht für den menschlichen Verzehr&ldquo; bezeichnet werden.</p>
<h2>Beispiele für nicht erlaubte Anzeigen</h2>
<ul>
<li>Ketamin, Esketamin (z.&nbsp;B. Nasenspray), auch als Tierarzneimittel (Injektionslösung)</li>
<li>Ketamin-Analoga wie 2F-DCK, DCK oder O-PCE sowie andere Stoffe, die unter das Neue-psychoaktive-Stoffe-Gesetz (NpSG) fallen</li>
<li>Benzodiazepine, Opioide, Schlaf- und Beruhigungsmittel</li>
<li>Anzeigen, die auf Messenger-Kanäle (Telegram, Threema, Signal) verweisen, über die solche Stoffe verkauft werden</li>
</ul>
<h2>Was passiert mit solchen Anzeigen?</h2>
<p>Anzeigen werden gelöscht, sobald wir sie finden oder sie uns gemeldet werden. Du erhältst dann folgende Nachricht:</p>
<blockquote>&bdquo;Deine Anzeige &sbquo;Forschungschemikalien &hellip;&lsquo; wurde entfernt, weil sie gegen unsere Regeln zu verbotenen Artikeln verstößt. Wiederholte Verstöße führen zur Sperrung deines Kontos.&ldquo;</blockquote>
<p>Bei Hinweisen auf Straftaten arbeiten wir mit den Strafverfolgungsbehörden zusammen.</p>
<h2>Anzeige melden</h2>
<p>Du hast eine solche Anzeige gesehen? Klicke in der Anzeige auf &bdquo;Anzeige melden&ldquo; und wähle &bdquo;Verbotener Artikel&ldquo;. Bitte nimm keinen Kontakt zum Anbieter auf und leiste keine Zahlung: Viele dieser Angebote sind zusätzlich Betrug.</p>
<p class="hilfreich">War dieser Artikel hilfreich? <button>Ja</button> <button>Nein</button></p>
</main>
<aside><h3>Verwandte Artikel</h3><ul><li>Waffen und Munition</li><li>Tabakwaren und E-Zigaretten</li><li>So erkennst du Betrug</li></ul></aside>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/nutzungsbedingungen">Nutzungsbedingungen</a></footer>
""", noise="cookie-de")

p("h13539", "https://friendbook.example/AssoNuitsPlurielles/posts/pfbid0xK3aR9", "informational", False, "fr", "harm-reduction-association-post",
  "Nuits Plurielles \u2013 Réduction des risques en milieu festif | Friendbook", """
<div class="fb-top"><a href="/">friendbook</a> <a href="/login">Se connecter</a> <a href="/signup">Créer un compte</a></div>
<header class="page-header"><h1>Nuits Plurielles</h1><p>Association &middot; Réduction des risques en milieu festif &middot; Marseille &middot; 7,4 k abonnés</p></header>
<main class="post">
<p class="meta">Nuits Plurielles &middot; 27 novembre &middot; \U0001F30E</p>
<p>\U0001F984 KÉTAMINE : ON FAIT LE POINT \U0001F984</p>
<p>Ces derniers mois, on voit passer de plus en plus de « kéta » achetée sur Snapchat, Telegram ou Instagram, avec livraison « en 30 min » ou par colis. Quelques infos pour réduire les risques :</p>
<p>\U0001F52C Sur les échantillons analysés par notre dispositif d'analyse de produits cette année, plusieurs vendus comme de la kétamine contenaient en réalité de la 2-FDCK ou de la 3-MeO-PCP, des produits plus puissants et plus longs. Tu peux faire analyser ton produit gratuitement et anonymement lors de nos permanences (mardi 18h-21h) ou sur nos stands en soirée.</p>
<p>\U0001F4A7 Commence par une petite quantité, attends avant de reprendre, reste assis·e, entouré·e de personnes de confiance.</p>
<p>\U0001F6AB Pas de mélange avec l'alcool, le GHB/GBL ou les benzos. Pas de baignade.</p>
<p>\U0001FA7A Douleurs en urinant, envies pressantes, sang dans les urines : consulte sans attendre. On peut t'orienter vers un CSAPA ou un CAARUD près de chez toi.</p>
<p>\U0001F4AC Des questions ? Écris-nous en MP, c'est confidentiel. On ne vend rien et on ne donne aucun contact de vendeur.</p>
<p>#RDR #réductiondesrisques #kétamine #analysedeproduits</p>
<p class="react">312 J'aime &middot; 41 commentaires &middot; 96 partages</p>
<section class="comments">
<p><b>Lou Garnier</b> Merci pour le boulot sur le stand samedi \U0001F49C</p>
<p><b>Kéta Express 13</b> Kéta pure livrée en 30 min sur Marseille, contact en MP \U0001F4E9</p>
<p><b>Nuits Plurielles</b> Commentaire signalé et compte bloqué. On rappelle qu'on supprime les messages de vendeurs : ne les contactez pas.</p>
</section>
</main>
""", noise="cookie-fr")

p("h13540", "https://forum-pazienti.example/t/esketamina-spray-con-il-ssn-esperienze-e-attenzione-alle-truffe/5821",
  "informational", False, "it", "patients-forum-thread", "Esketamina spray con il SSN: esperienze (e attenzione alle truffe) - Forum Pazienti Depressione", """
<header class="fp-header"><a href="/">Forum Pazienti Depressione</a> <a href="/categorie">Categorie</a> <a href="/ultimi">Ultimi</a> <a href="/regolamento">Regolamento</a> <a href="/login">Accedi</a> <a href="/signup">Iscriviti</a></header>
<main class="topic">
<h1>Esketamina spray con il SSN: esperienze (e attenzione alle truffe)</h1>
<p class="cat">Categoria: Terapie &middot; 47 risposte &middot; 2,3k visualizzazioni</p>
<article class="post"><p class="author"><b>GiuliaB_78</b> &middot; 18 nov</p>
<p>Ciao a tutti, la mia psichiatra del CSM mi ha proposto l'esketamina spray dopo tre antidepressivi che non hanno funzionato. Qualcuno l'ha fatta tramite il SSN? Come funziona, bisogna andare ogni volta in ospedale?</p></article>
<article class="post"><p class="author"><b>Marco_T</b> &middot; 18 nov</p>
<p>Io la faccio da aprile in un centro autorizzato a Bologna. Serve il piano terapeutico e la somministrazione si fa sempre in ambulatorio: lo spray lo fai tu ma sotto controllo dell'infermiere, poi resti un paio d'ore in osservazione. Le prime settimane due volte a settimana, poi una. Non si paga il farmaco, solo eventualmente il ticket.</p></article>
<article class="post"><p class="author"><b>Serena87</b> &middot; 19 nov</p>
<p>Attenzione!! Su Facebook e Telegram mi hanno scritto due profili che offrivano lo spray a 150 &euro; a confezione, senza ricetta, spedizione a casa e pagamento con ricarica PostePay o Amazon gift card. Uno si faceva chiamare "Dottoressa Bianchi". È una TRUFFA, non esiste che te lo spediscano a casa.</p></article>
<article class="post mod"><p class="author"><b>Moderazione</b> &middot; 19 nov</p>
<p>Grazie Serena. Ricordiamo a tutti il punto 4 del regolamento: qualsiasi messaggio che offre o chiede farmaci viene rimosso e l'utente bannato. Se ricevete proposte del genere in privato, segnalatele a noi e alla Polizia Postale. L'esketamina si ottiene solo tramite i centri autorizzati, con prescrizione dello specialista.</p></article>
<article class="post"><p class="author"><b>GiuliaB_78</b> &middot; 20 nov</p>
<p>Grazie a tutti, giovedì ho il primo appuntamento al centro. Vi aggiorno!</p></article>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/regolamento">Regolamento</a> &middot; Questo forum non sostituisce il parere del medico.</footer>
""")

save(OUT, R)
