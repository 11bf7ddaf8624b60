# Batch 32 of the hand-written dev set: 40 pages, written 2026-12-08 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "the drug is never spelled plainly". Sellers name ketamine only indirectly or in disguise --
# obfuscated spellings (k3tamine, ket@mine, k-e-t-a, ketam1ne, k*t*mine), emoji and street names,
# the chemical name / CAS number / formula only, foreign-script and other-language names, brand and
# veterinary names, and "the product" / "our crystals" / "the shards" pages of a drug shop where the
# name appears only in the title, URL, image alt text, meta description or JSON-LD in the head, or not
# at all (shipping, payment, reship, FAQ, about, reviews, order tracking, wholesale, affiliate pages).
# The look-alikes use the same disguises or shapes honestly.
# Mix: 24 sellers (flagged), 11 informational, 2 telehealth, 3 clinics; 22 English, 18 other
# languages (ru, pl, cs, tr, el, es, de, fr, nl, pt, it).
# Shapes, sellers: obfuscated "k3tamine" listing with name in meta description, "ket@mine" Telegram
# drop post (plain text), emoji dealer menu (plain text), research-chemical vendor naming only the
# IUPAC name, CAS and formula, "k*t*mine" classifieds snippet (plain text), "the shards" product page
# with the name only in JSON-LD and image alt, shop shipping page, crypto payment page, FAQ,
# long padded about-us page, customer reviews, order tracking, wholesale/bulk page, affiliate
# programme, veterinary-brand vial shop selling without a vet, "ketam1ne" nasal-spray (S-isomer) shop,
# Russian Telegram dead-drop shop (plain text), Polish delivery page with the name only in URL and
# title, Czech "ketáč" forum sales post, Turkish messenger shop, Spanish "k3tamina" product page,
# German reship page with the name only in the meta description, Dutch "onze kristallen" FAQ with
# JSON-LD, Italian human-brand vials sold without prescription.
# Shapes, look-alikes: chemistry database compound record with CAS, German safety data sheet,
# news piece on how sellers disguise names, Dutch parents' slang glossary, Spanish drug-checking
# result, Polish customs seizure note, forum thread refusing to source (plain text), French licensed
# veterinary distributor (vets only), mineral shop selling "shards" of quartz, Russian court news,
# Turkish rock-sugar (nabat) crystal shop, telehealth shipping FAQ never naming the medicine,
# Portuguese telehealth FAQ, Italian Spravato centre, Greek Spravato clinic, US clinic page on the
# brand-name nasal spray.
# Author: independent. Date: 2026-12-08.
# Run: python3 batch32.py (writes batch32/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch32")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (English)

p("h3201", "https://kayshop-direct.example/product/k3tamine-crystal-5g", "seller", True, "en",
  "seller-obfuscated-spelling-product-listing", "K3tamine Crystal 5g | KayShop Direct", """
<header><a href="/" class="logo">KayShop Direct</a>
<nav><a href="/shop">Shop</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<p class="crumbs">Home / Dissociatives / K3tamine Crystal</p>
<div class="product">
<img src="/img/p/k3t-5.jpg" alt="white crystal shards in a zip bag">
<h1>K3tamine Crystal &ndash; 5g</h1>
<p class="price">$160.00 &ndash; $1,450.00</p>
<p>Large clear needle-shaped shards, lab tested, 99.4% purity. Our K comes straight from the same supplier we have used for three years &ndash; no cut, no fillers, no 2F lookalike. Very clean, short journey, smooth come up.</p>
<label>Weight <select><option>5g &ndash; $160</option><option>10g &ndash; $290</option><option>25g &ndash; $650</option><option>100g &ndash; $1,450</option></select></label>
<button>Add to cart</button>
<ul class="trust"><li>Stealth vacuum-sealed packaging</li><li>Free reship if seized</li><li>BTC / XMR / USDT accepted, 10% off with Monero</li></ul>
</div>
<section class="tabs"><h2>Description</h2>
<p>Our horse trank is the real deal, made for people who know what they want. Start low: 20&ndash;30mg for a light bump, more only if you are experienced. Never mix with alcohol or downers. Sold for research purposes; the buyer is responsible for knowing their local law.</p>
<h2>Reviews (212)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "arrived in 4 days to Ohio, big rocks, exactly as described" &ndash; j***r</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "good stuff, a bit slow shipping to UK" &ndash; m***7</p></section>
<aside><h3>You may also like</h3><a href="#">MXE-style research powder</a> <a href="#">Pink cocaine sampler</a> <a href="#">K3t nasal spray kit</a></aside>
</main>
<footer>&copy; KayShop Direct. Adults only. All products are sold as collectibles.</footer>
""", noise="cookie",
  head='<meta name="description" content="Buy ketamine crystal online, 5g to 100g, stealth shipping worldwide, crypto only.">\n')

p("h3202", "https://t.me/s/kwonderland_drops/1184", "seller", True, "en",
  "seller-telegram-drop-post-obfuscated", "K Wonderland drops", """
K WONDERLAND ✨ drop #1184

🔥 fresh batch of ket@mine just landed 🔥
shards only, no powder, no crumbs

1g — £35
3.5g — £90
7g — £160
28g — DM for price

📍 London + Manchester same day dead drop
📦 UK wide tracked 24 in stealth pack (looks like a phone case order)
💸 crypto or bank to our "shop" account, ref = your @

❌ no chatting shit, no samples, no tick
✅ vouches in pinned
DM @kwonder_admin to order, reply with postcode + weight
""", ext="txt")

p("h3203", "https://pastebin.example/raw/9fQk2LzA", "seller", True, "en",
  "seller-emoji-dealer-menu-plaintext", "menu", """
🌈 MENU WEEK 48 🌈  (delete after reading)

🐴🐴 HORSE 🐴🐴
half g .... 25
1 g ....... 45
2.5 ...... 100
5 ........ 180

🦄 the "vitamin" (k-e-t-a) 🦄 same as last week, the crystal one not the mushy one

❄️ C ... ask
💊 mandys .... 10 each / 5 for 40

🐱 kitty nasal 💨 pre-filled sprayers, 10 sprays, 60

🚗 delivery zones 1-3 only, min order 50
⏰ 6pm - 2am
📲 Signal only, no calls, no texts. Send "menu?" and the emoji of what you want.
""", ext="txt")

p("h3204", "https://synthlab-reagents.example/catalog/arylcyclohexylamines/rc-1867", "seller", True, "en",
  "seller-research-chemical-iupac-cas-only", "2-(2-Chlorophenyl)-2-(methylamino)cyclohexanone HCl | SynthLab Reagents", """
<header><div class="top">Worldwide delivery &middot; 14 years online &middot; Payment: BTC, LTC, XMR, bank transfer (EU)</div>
<a href="/" class="logo">SynthLab Reagents</a>
<nav><a href="/catalog">Catalog</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalog/tryptamines">Tryptamines</a> <a href="/catalog/cathinones">Cathinones</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Catalog &rsaquo; Arylcyclohexylamines &rsaquo; RC-1867</p>
<h1>2-(2-Chlorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride</h1>
<table class="spec">
<tr><th>Catalog no.</th><td>RC-1867</td></tr>
<tr><th>CAS</th><td>1867-66-9</td></tr>
<tr><th>Formula</th><td>C13H16ClNO &middot; HCl</td></tr>
<tr><th>Molar mass</th><td>274.19 g/mol</td></tr>
<tr><th>Appearance</th><td>Colourless crystalline needles</td></tr>
<tr><th>Purity (HPLC)</th><td>&ge;99.5%</td></tr>
<tr><th>Stock</th><td>In stock &ndash; ships in 24h</td></tr>
</table>
<h2>Pricing</h2>
<table class="price"><tr><th>Pack</th><th>Price (EUR)</th></tr>
<tr><td>1 g</td><td>30</td></tr><tr><td>5 g</td><td>110</td></tr><tr><td>10 g</td><td>190</td></tr><tr><td>50 g</td><td>720</td></tr><tr><td>100 g</td><td>1,250</td></tr></table>
<p><button>Add to basket</button> <input type="number" value="1" min="1"></p>
<h2>Description</h2>
<p>RC-1867 is the hydrochloride salt of the well-known arylcyclohexylamine parent compound (free base CAS 6740-88-1). It is a racemic mixture; the S-enantiomer is available separately as RC-3364 on request. Our material is crystallised from isopropanol and supplied as large, clear needles that break into shards. Each batch is shipped with an NMR and a GC-MS report.</p>
<p>This product is sold strictly as a research chemical and reference material. It is not for human consumption. We do not give advice on dosage or use. By placing an order you confirm that you are over 21 and that the product is legal in your country. No questions asked about the purpose of your research.</p>
<h2>Shipping</h2>
<p>EU: 2&ndash;5 working days, tracked, in a vacuum-sealed mylar pouch inside a neutral envelope. UK, US, CA, AU: 7&ndash;14 days with free reshipment if customs intercept the parcel (one reship per order, tracking must show seizure).</p>
<h2>Customers also bought</h2>
<ul><li>3-MeO-PCP &ndash; RC-2009</li><li>Deschloro-analog &ndash; RC-4431</li><li>Fluoro-analog (2F) &ndash; RC-5012</li><li>Milligram scale 0.001 g</li></ul>
</main>
<footer><p>SynthLab Reagents &middot; support@synthlab-reagents.example &middot; Wickr: synthlab</p><p>All products are intended for laboratory research use only.</p></footer>
""", noise="cookie")

p("h3205", "https://classifieds-anon.example/listing/558120", "seller", True, "en",
  "seller-classifieds-snippet-asterisk-spelling", "Listing 558120", """
[FOR SALE] k*t*mine — top tier needles, Sydney/Melb
Posted 2h ago by vaporwave_kid | Category: Health & Beauty > Other
$300/3.5 · discreet post AU wide, express · Wickr or Session only (ID in profile) · pay PayID or BTC
No lowballers. Repeat buyers get a free gram on 14+.
""", ext="txt")

p("h3206", "https://glassmenagerie.example/products/the-shards", "seller", True, "en",
  "seller-shards-product-page-name-in-jsonld-alt", "The Shards \u2013 Glass Menagerie", """
<header><a href="/" class="brand">glass menagerie</a>
<nav><a href="/collections/all">The Menu</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/faq">FAQ</a> <a href="/pages/reviews">Reviews</a> <a href="/account">Account</a> <a href="/cart">Bag</a></nav></header>
<main>
<div class="gallery"><img src="/cdn/shards-1.jpg" alt="ketamine hcl shards 3.5g"><img src="/cdn/shards-2.jpg" alt="shards on a mirror, scale showing 1.00"></div>
<div class="info">
<h1>The Shards</h1>
<p class="price">from &pound;40</p>
<p>You already know. Long, glassy, and they crackle when you crush them. The good one, not the chalky stuff going round festivals this year.</p>
<fieldset><legend>Size</legend>
<label><input type="radio" name="s" checked> 1g &ndash; &pound;40</label>
<label><input type="radio" name="s"> 3.5g &ndash; &pound;120</label>
<label><input type="radio" name="s"> 7g &ndash; &pound;220</label>
<label><input type="radio" name="s"> 14g &ndash; &pound;400</label></fieldset>
<button>Add to bag</button>
<p class="small">Ships Mon&ndash;Fri from the UK. Royal Mail Tracked 24 or Special Delivery. Sent in a branded sticker mailer with a decoy item.</p>
</div>
<details><summary>Be sensible</summary><p>Test it, dose small, don't use alone, keep away from water and heights. Look after your bladder.</p></details>
</main>
<footer>glass menagerie &middot; 18+ &middot; we don't ship to prisons or PO boxes</footer>
""", head="""<meta property="og:title" content="The Shards">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"The Shards","description":"Ketamine HCl crystal shards, UK next-day","sku":"GM-K-01","offers":{"@type":"AggregateOffer","priceCurrency":"GBP","lowPrice":"40","highPrice":"400","availability":"https://schema.org/InStock"}}</script>
""")

p("h3207", "https://kayshop-direct.example/shipping", "seller", True, "en",
  "seller-shop-shipping-page-no-drug-name", "Shipping & Stealth | KayShop Direct", """
<header><a href="/" class="logo">KayShop Direct</a>
<nav><a href="/shop">Shop</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>Shipping &amp; Stealth</h1>
<p>Orders paid before 2pm (EST) leave the same day. Everything goes out in multi-layer stealth: heat-sealed barrier bag, second smell-proof bag, then a normal retail box with a believable item on top. No names of the shop anywhere on the outside. The return address is a real business.</p>
<h2>Delivery times</h2>
<table><tr><th>Destination</th><th>Service</th><th>Time</th><th>Cost</th></tr>
<tr><td>USA</td><td>Priority Mail</td><td>2&ndash;4 days</td><td>$15</td></tr>
<tr><td>USA</td><td>Express</td><td>1&ndash;2 days</td><td>$40</td></tr>
<tr><td>Canada</td><td>Tracked International</td><td>6&ndash;12 days</td><td>$35</td></tr>
<tr><td>UK / EU</td><td>Tracked International</td><td>7&ndash;14 days</td><td>$45</td></tr>
<tr><td>Australia</td><td>&ndash;</td><td colspan="2">Not at the moment, too many seizures</td></tr></table>
<h2>Tips</h2>
<ul><li>Use a name that gets mail at the address. Do not use a fake name.</li>
<li>If a parcel is delayed over 10 business days, do not contact the carrier. Message us first.</li>
<li>Never sign for anything you were not expecting. If you receive a letter from customs, do not reply and let us know &ndash; we reship (see <a href="/reship">reship policy</a>).</li></ul>
<p>Tracking numbers are sent by encrypted email within 24h of shipping. We delete your address 14 days after delivery.</p>
</main>
<footer>&copy; KayShop Direct. Adults only.</footer>
""", noise="cookie")

p("h3208", "https://glassmenagerie.example/pages/payment", "seller", True, "en",
  "seller-shop-crypto-payment-page", "How to pay \u2013 Glass Menagerie", """
<header><a href="/" class="brand">glass menagerie</a>
<nav><a href="/collections/all">The Menu</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/faq">FAQ</a> <a href="/pages/reviews">Reviews</a></nav></header>
<main>
<h1>How to pay</h1>
<p>We don't take cards. Card processors don't like us, and you don't want your bank statement to say where you shopped anyway.</p>
<h2>Option 1: Bitcoin (on-chain or Lightning)</h2>
<ol><li>Place your order. At checkout you get a one-time BTC address and a QR code.</li>
<li>Send the exact amount within 60 minutes. The rate is locked for that hour.</li>
<li>After 1 confirmation the order turns to "Paid" and we pack it.</li></ol>
<p>Buying your first coins? Use a Bitcoin ATM or a peer-to-peer app and send them to your own wallet first, then to us. Never send straight from an exchange account in your name.</p>
<h2>Option 2: Monero</h2>
<p>5% off every Monero order. Integrated address shown at checkout.</p>
<h2>Option 3: Gift cards (UK only, orders under &pound;150)</h2>
<p>Amazon UK or Apple gift card codes accepted at 80% of face value. Send the code plus a photo of the receipt in the order notes.</p>
<h2>Underpaid or overpaid?</h2>
<p>Underpayments under &pound;5 are ignored. Anything more, we'll email you for the difference. Overpayments go to store credit.</p>
</main>
<footer>glass menagerie &middot; 18+</footer>
""")

p("h3209", "https://glassmenagerie.example/pages/faq", "seller", True, "en",
  "seller-shop-faq-our-product", "FAQ \u2013 Glass Menagerie", """
<header><a href="/" class="brand">glass menagerie</a>
<nav><a href="/collections/all">The Menu</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/payment">Payment</a> <a href="/pages/reviews">Reviews</a></nav></header>
<main>
<h1>Frequently asked</h1>
<h3>Is it tested?</h3>
<p>Every batch. We send a sample to a drug checking service before it goes on the menu and post the result on our Telegram. The last three batches came back clean, no 2-FDCK, no O-PCE, no benzos.</p>
<h3>Why is it cheaper than my local guy?</h3>
<p>Because we buy by the kilo and don't step on it. Your local guy probably buys from someone who buys from us.</p>
<h3>Do you do samples?</h3>
<p>No. The smallest bag is 1g.</p>
<h3>Can I collect in person?</h3>
<p>No meet-ups, ever. Post only.</p>
<h3>Can you write something else on the customs form?</h3>
<p>Domestic post has no customs form. For Ireland we declare it as bath salts.</p>
<h3>I'm new to this. How much should I take?</h3>
<p>We're not doctors. Start with a tiny bump, wait 15 minutes, don't redose in a rush. Sit down. Never with booze.</p>
<h3>What if my post is opened?</h3>
<p>Read the <a href="/pages/shipping">shipping page</a>. Short version: it's never in your name on our side, and you can say you didn't order it.</p>
</main>
<footer>glass menagerie &middot; 18+ &middot; support on Session: 05a1f&hellip;</footer>
""")

p("h3210", "https://kayshop-direct.example/about", "seller", True, "en",
  "seller-shop-about-page-long-padded", "About Us | KayShop Direct", """
<header><a href="/" class="logo">KayShop Direct</a>
<nav><a href="/shop">Shop</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/affiliates">Affiliates</a></nav></header>
<main>
<h1>About KayShop Direct</h1>
<p>KayShop Direct was founded in 2021 by a small group of friends who were tired of the same story: overpriced, cut, mislabelled product from people who did not care what they sold. We believed there had to be a better way to get quality goods to adults who make their own informed choices, and so we built one.</p>
<p>Since then we have grown into one of the most trusted names in our space. We have shipped more than 40,000 orders to over 30 countries and we are proud of our 4.8-star average rating across more than 6,000 verified reviews. But numbers only tell part of the story. What matters to us is that every single customer feels respected, safe and looked after from the moment they land on our site until the parcel is in their hands.</p>
<h2>Our mission</h2>
<p>Our mission is simple: to provide the cleanest product at a fair price, delivered discreetly and reliably. We believe in transparency, honesty and respect. We believe that adults have the right to choose. We believe customer service is not a department but an attitude, and we try to live that every day.</p>
<h2>Our values</h2>
<ul>
<li><b>Quality first.</b> Every batch is tested before it is listed. If it doesn't pass, it doesn't ship.</li>
<li><b>Privacy always.</b> We store the minimum, we encrypt what we store, and we delete it on schedule.</li>
<li><b>Fair prices.</b> We cut out middlemen so you don't pay for them.</li>
<li><b>Real support.</b> Real people answer your messages, usually within a few hours.</li>
<li><b>Community.</b> We give back through our harm reduction fund and free test kits in every order over $200.</li>
</ul>
<h2>Where it comes from</h2>
<p>Our main line is pharmaceutical-grade material diverted from a licensed manufacturer overseas and recrystallised in small batches, which is why you get those long glassy needles and not a damp powder. We also carry a few other research products for experienced customers.</p>
<h2>Why customers choose us</h2>
<p>Fast dispatch. Consistent quality. Stealth that works. A reship policy that actually pays out. A loyalty programme that rewards regulars with points on every order. Discounts for paying in Monero. A team that answers.</p>
<p>Whether you are a first-time customer or have been with us since the beginning, thank you for trusting us. We look forward to serving you for many years to come.</p>
<p class="sign">&mdash; The KayShop team</p>
</main>
<footer><p>&copy; KayShop Direct. Adults only. All items sold as collectibles / for research. Not for human consumption.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h3211", "https://glassmenagerie.example/pages/reviews", "seller", True, "en",
  "seller-shop-customer-reviews", "Reviews \u2013 Glass Menagerie", """
<header><a href="/" class="brand">glass menagerie</a>
<nav><a href="/collections/all">The Menu</a> <a href="/pages/faq">FAQ</a></nav></header>
<main>
<h1>What people are saying</h1>
<p class="score">4.9 / 5 from 1,318 reviews</p>
<div class="rev"><b>&#9733;&#9733;&#9733;&#9733;&#9733; &ndash; Tom, Leeds</b><p>Ordered the 3.5 on Tuesday, through the door Wednesday. Proper shards, tested with my reagent kit, Mandelin went orange like it should. K-holed on half what I usually need.</p></div>
<div class="rev"><b>&#9733;&#9733;&#9733;&#9733;&#9733; &ndash; anonymous</b><p>Stealth was so good I nearly binned the envelope.</p></div>
<div class="rev"><b>&#9733;&#9733;&#9733;&#9733;&#9734; &ndash; Rach</b><p>Great stuff, a bit numbing on the nose. Would be 5 stars if you did 0.5g bags.</p></div>
<div class="rev"><b>&#9733;&#9733;&#9733;&#9733;&#9733; &ndash; deano_88</b><p>Third order. Reship came within a week when the first one went missing, no arguing.</p></div>
<div class="rev"><b>&#9733;&#9733;&#9733;&#9734;&#9734; &ndash; Kezza</b><p>Good product but Lightning payment took ages to show.</p></div>
<p><a href="?page=2">More reviews &rarr;</a></p>
</main>
<footer>glass menagerie &middot; 18+</footer>
""")

p("h3212", "https://kayshop-direct.example/track?o=KS-88412", "seller", True, "en",
  "seller-shop-order-tracking-page", "Track your order | KayShop Direct", """
<header><a href="/" class="logo">KayShop Direct</a><nav><a href="/shop">Shop</a> <a href="/reship">Reship</a></nav></header>
<main>
<h1>Order KS-88412</h1>
<ul class="timeline">
<li class="done">Payment received &ndash; 0.00231 BTC (3 confirmations)</li>
<li class="done">Packed in stealth &ndash; Nov 28</li>
<li class="done">Handed to carrier &ndash; Nov 29</li>
<li>Out for delivery</li>
<li>Delivered</li></ul>
<p>Items: 1 &times; Crystal 10g, 1 &times; Free test kit</p>
<p>Carrier tracking: 9400 1118 9922 4410 0000 00 (ask us before contacting the carrier)</p>
<p>Something wrong? <a href="/ticket">Open a ticket</a>. Reships are handled on the <a href="/reship">reship page</a>.</p>
</main>
""")

p("h3213", "https://crystalcoast-bulk.example/wholesale", "seller", True, "en",
  "seller-wholesale-bulk-page-no-drug-name", "Wholesale \u2013 Crystal Coast", """
<header><a href="/">Crystal Coast</a> <nav><a href="/menu">Menu</a> <a href="/wholesale">Wholesale</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Wholesale &amp; Bulk</h1>
<p>Running your own operation? We supply the same needles we sell retail at tiered bulk prices. Consistent batches, weekly restocks, and we can ship to your drop address or a freight forwarder.</p>
<table><tr><th>Quantity</th><th>Price per gram</th><th>Notes</th></tr>
<tr><td>100 g</td><td>$9.00</td><td>Two 50g bags</td></tr>
<tr><td>250 g</td><td>$7.50</td><td>Vacuum sealed</td></tr>
<tr><td>500 g</td><td>$6.20</td><td>Split shipment</td></tr>
<tr><td>1 kg</td><td>$5.00</td><td>Split over 3 parcels, insured</td></tr>
<tr><td>5 kg+</td><td>ask</td><td>Freight, Europe/Asia origin</td></tr></table>
<h2>How it works</h2>
<ol><li>Message our wholesale contact on Threema (ID on request after first retail order).</li>
<li>First bulk order must be paid 100% upfront in BTC or USDT (TRC20). Regulars can do 50/50.</li>
<li>We send a 1g sample with your first 250g+ order so you can test before you sell.</li></ol>
<p>We don't do escrow off-platform and we don't front. Law enforcement: no.</p>
</main>
<footer>Crystal Coast &middot; est. 2019</footer>
""", head='<meta name="keywords" content="bulk, wholesale, kilo, k, ketamina, needles, shards">\n')

p("h3214", "https://glassmenagerie.example/pages/affiliates", "seller", True, "en",
  "seller-shop-affiliate-programme", "Affiliate programme \u2013 Glass Menagerie", """
<header><a href="/" class="brand">glass menagerie</a><nav><a href="/collections/all">The Menu</a></nav></header>
<main>
<h1>Earn with us</h1>
<p>Got a group chat, a forum following or a festival crowd? Share your link and earn <b>15%</b> of every order your people place for 12 months, paid in BTC every Friday.</p>
<ul><li>No minimum payout over 0.001 BTC</li><li>Your code gives buyers 10% off their first bag</li><li>Top 10 affiliates each month get a free 7g</li></ul>
<h2>Rules</h2>
<p>Don't spam Reddit or public Instagram &ndash; it gets our links banned. Don't post our site name next to the product name in public; use "the glass place" or send the link in DMs. Anyone caught advertising on TikTok is removed without payout.</p>
<p><a href="/account/affiliate" class="btn">Get my link</a></p>
</main>
""")

p("h3215", "https://vet-direct-supplies.example/anaesthetics/ketaset-100", "seller", True, "en",
  "seller-veterinary-brand-vials-no-prescription", "Ketaset 100 mg/ml 10 ml vial \u2013 no vet script needed | VetDirect Supplies", """
<header><div class="bar">Free worldwide shipping over $250 &middot; No prescription required &middot; Pay with card, Zelle or crypto</div>
<a href="/">VetDirect Supplies</a> <nav><a href="/dogs">Dogs</a> <a href="/horses">Horses</a> <a href="/anaesthetics">Anaesthetics</a> <a href="/sedatives">Sedatives</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketaset&reg; 100 mg/ml &ndash; 10 ml multi-dose vial</h1>
<img src="/img/ketaset-box.jpg" alt="Ketaset injection box and vial">
<p class="price">1 vial $89 &middot; 5 vials $395 &middot; 10 vials $720</p>
<p>Original sealed veterinary injectable from EU stock. Suitable for horses, dogs and cats. We sell to farm owners, breeders, rescues and private buyers &ndash; <b>no veterinary prescription or licence needed</b>. Just choose your quantity and check out.</p>
<p>Also available: Vetalar, Narketan, Anesketin 10%. Same price list. Mix and match for the volume discount.</p>
<h2>Shipping</h2>
<p>Ships from Spain in insulated plain packaging labelled "vitamins for animals". USA 8&ndash;12 days, Canada/Australia 10&ndash;15 days. Guaranteed delivery or free reship.</p>
<h2>FAQ</h2>
<p><b>Can I use it myself?</b> We sell for veterinary purposes only and cannot answer that. <b>Can you send the powder instead?</b> Ask on WhatsApp +34 600 000 000.</p>
</main>
<footer>VetDirect Supplies &copy; &middot; We are not affiliated with the manufacturers.</footer>
""", noise="cookie")

p("h3216", "https://s-isomer-spray.example/", "seller", True, "en",
  "seller-nasal-spray-obfuscated-no-prescription", "Esk3tam1ne nasal spray \u2013 depression relief without the waitlist", """
<header><a href="/">Clarity Mist</a> <nav><a href="#how">How it works</a> <a href="#buy">Buy now</a> <a href="#faq">FAQ</a></nav></header>
<main>
<section class="hero"><h1>The nasal spray psychiatrists won't give you. Delivered.</h1>
<p>Same S-isomer molecule as the $900-a-session branded device, without the clinic, the two-hour observation or the insurance fight. Ketam1ne-class relief at home, on your schedule.</p>
<a href="#buy" class="btn">Order now &ndash; ships in 24h</a></section>
<section id="how"><h2>How it works</h2>
<ol><li>Pick a pack (no quiz, no video call, no prescription).</li><li>Pay by card or crypto.</li><li>Your sprays arrive in discreet packaging in 3&ndash;7 days.</li></ol></section>
<section id="buy"><h2>Packs</h2>
<ul><li>Starter: 2 devices &times; 28 mg &ndash; $149</li><li>Monthly: 8 devices &ndash; $499</li><li>Quarterly: 24 devices &ndash; $1,290 (save 14%)</li></ul></section>
<section id="faq"><h2>FAQ</h2>
<p><b>Is it the same as the brand?</b> Same active ingredient, made by an overseas generic lab.</p>
<p><b>Do I need a doctor?</b> No. You know your body best.</p></section>
</main>
<footer>Clarity Mist &middot; These statements have not been evaluated by the FDA.</footer>
""")

# ---------------------------------------------------------------- sellers (other languages)

p("h3217", "https://t.me/s/snezhny_kot_msk/402", "seller", True, "ru",
  "seller-russian-telegram-dead-drop-shop", "Снежный кот | магазин", """
СНЕЖНЫЙ КОТ 🐱❄️ — работаем с 2022

Новое поступление: к е т (кристалл, иглы, не порошок) ✅
Качество топ, проверено на тест-наборе

Цены:
0,5 г — 2 800 ₽
1 г — 4 900 ₽
2 г — 9 000 ₽
5 г — 20 000 ₽

🏙 Москва: закладки (магнит, прикоп) — все районы в пределах МКАД
🏙 СПб: только прикоп
📦 Почта по РФ — от 5 г, отправка через сутки

Оплата: карта (переводом), USDT, BTC
Бот для покупки: @snezhny_kot_bot
Оператор: @kot_operator (только по ненаходам)

❗️ Ненаход — перезаклад после проверки фото/видео
❗️ Работу курьерам — пиши оператору, з/п от 3000 за клад
""", ext="txt")

p("h3218", "https://sklep-krysztalki.example/ketamina-sklep/dostawa-i-platnosc", "seller", True, "pl",
  "seller-polish-delivery-page-name-in-url-title", "Ketamina sklep \u2013 Dostawa i płatność", """
<header><a href="/">Kryształki.pl</a>
<nav><a href="/sklep">Sklep</a> <a href="/ketamina-sklep/dostawa-i-platnosc">Dostawa i płatność</a> <a href="/faq">Pytania</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Dostawa i płatność</h1>
<p>Wysyłamy codziennie od poniedziałku do piątku. Zamówienia opłacone do godziny 12:00 wychodzą tego samego dnia.</p>
<h2>Formy dostawy</h2>
<ul>
<li>Paczkomat InPost &ndash; 15 zł (najczęściej wybierane, odbiór bez podpisu)</li>
<li>Kurier &ndash; 20 zł</li>
<li>Poczta Polska list polecony &ndash; 12 zł (do 10 g)</li>
<li>Odbiór osobisty w Warszawie &ndash; brak, nie umawiamy się</li></ul>
<p>Każda paczka jest zapakowana dyskretnie: worek próżniowy, folia barierowa i neutralne pudełko z etykietą sklepu z akcesoriami. Na zewnątrz nie ma nic, co mogłoby wskazywać na zawartość.</p>
<h2>Płatności</h2>
<ul><li>BLIK na telefon (podajemy numer po złożeniu zamówienia)</li><li>Przelew na konto &ndash; w tytule tylko numer zamówienia</li><li>Bitcoin, Litecoin, USDT &ndash; rabat 5%</li></ul>
<p>Nie przyjmujemy płatności przy odbiorze. Zamówienia nieopłacone w ciągu 48 godzin są anulowane.</p>
<h2>Zagubiona paczka?</h2>
<p>Jeśli paczka nie dotrze w ciągu 7 dni roboczych, napisz na Signal. Wysyłamy ponownie jeden raz na zamówienie.</p>
</main>
<footer>Kryształki.pl &middot; Sprzedaż tylko osobom pełnoletnim</footer>
""")

p("h3219", "https://forum-parta.example/t/prodej-ketac-praha-brno/3312", "seller", True, "cs",
  "seller-czech-forum-sales-post-street-name", "Prodej: ketáč Praha / Brno | Fórum", """
<header><a href="/">fórum</a> <nav><a href="/c/bazar">Bazar</a> <a href="/c/zkusenosti">Zkušenosti</a> <a href="/pravidla">Pravidla</a></nav></header>
<main>
<p class="crumbs">Fórum &rsaquo; Bazar &rsaquo; Nabídka</p>
<h1>Prodej: ketáč Praha / Brno</h1>
<div class="post"><b>kocour_z_vinohrad</b> <span>před 3 hodinami</span>
<p>Čau, mám k dispozici keťák, krystal, jehličky jak ze skla. Testovaný, žádné 2-FDCK sračky.</p>
<p>Ceny:<br>1 g &ndash; 1 200 Kč<br>5 g &ndash; 5 000 Kč<br>10 g &ndash; 9 000 Kč</p>
<p>Praha předání osobně jen u stálých, jinak Zásilkovna po celé ČR i SK (balím diskrétně, jako kosmetiku). Platba předem převodem nebo krypto.</p>
<p>Piš do SZ nebo na Threema, ID dám v SZ. Nováčky bez referencí neberu.</p></div>
<div class="post"><b>moderátor</b> <p>Připomínám pravidla bazaru: obchodujete na vlastní riziko.</p></div>
</main>
""")

p("h3220", "https://k-dukkan.example/urunler/kedi-kristal", "seller", True, "tr",
  "seller-turkish-messenger-shop-code-name", "Kedi Kristal – K Dükkan", """
<header><a href="/">K Dükkan</a> <nav><a href="/urunler">Ürünler</a> <a href="/kargo">Kargo</a> <a href="/sss">S.S.S.</a> <a href="/iletisim">İletişim</a></nav></header>
<main>
<h1>"Kedi" Kristal &ndash; 1 gr</h1>
<img src="/img/kedi.jpg" alt="k e t a m i n kristal 1 gr">
<p class="fiyat">1 gr: 2.500 TL &middot; 3 gr: 6.900 TL &middot; 5 gr: 10.500 TL</p>
<p>Bildiğiniz at ilacı, en temiz hali. İğne şeklinde şeffaf kristaller, toz değil. Her parti test edilir.</p>
<p><b>Sipariş:</b> Telegram veya Session üzerinden yazın, ürün adı yerine sadece "kedi" yazın. İstanbul, Ankara ve İzmir'de aynı gün elden teslim (bırakma noktası), diğer şehirlere kargo ile gizli paket.</p>
<p><b>Ödeme:</b> USDT (TRC20), BTC veya papara. Ödeme gelmeden gönderim yapılmaz.</p>
<p class="not">18 yaş altına satış yoktur.</p>
</main>
""")

p("h3221", "https://tienda-cristal.example/producto/k3tamina-cristal", "seller", True, "es",
  "seller-spanish-obfuscated-product-page", "K3tamina cristal – Tienda Cristal", """
<header><a href="/">Tienda Cristal</a>
<nav><a href="/tienda">Tienda</a> <a href="/envios">Envíos</a> <a href="/preguntas">Preguntas</a> <a href="/mi-cuenta">Mi cuenta</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<p class="migas">Inicio / Disociativos / K3tamina cristal</p>
<h1>K3tamina cristal (agujas)</h1>
<p class="precio">Desde 35,00 &euro;</p>
<p>Cristal en agujas largas, transparente, pureza verificada en laboratorio. La "keta" de siempre, sin cortar. Ideal para quien ya sabe lo que busca.</p>
<select><option>1 g &ndash; 35 &euro;</option><option>5 g &ndash; 150 &euro;</option><option>10 g &ndash; 270 &euro;</option><option>25 g &ndash; 600 &euro;</option></select>
<button>Añadir al carrito</button>
<h2>Envío</h2>
<p>Península en 24/48 h con envío discreto (sobre acolchado sin logotipos). Canarias, Baleares y resto de la UE: consultar. Reenvío gratuito si el paquete se pierde.</p>
<h2>Pago</h2>
<p>Bizum a un número particular, transferencia o criptomonedas. No aceptamos tarjeta.</p>
<p class="aviso">Producto vendido como material de coleccionismo. No apto para consumo humano. Solo mayores de 18 años.</p>
</main>
<footer>Tienda Cristal &copy; &middot; Atención por Telegram</footer>
""", noise="cookie-es")

p("h3222", "https://nadelwerk-shop.example/nachversand", "seller", True, "de",
  "seller-german-reship-page-name-in-meta", "Nachversand & Verlustgarantie | Nadelwerk", """
<header><a href="/">Nadelwerk</a>
<nav><a href="/sortiment">Sortiment</a> <a href="/versand">Versand</a> <a href="/nachversand">Nachversand</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Nachversand &amp; Verlustgarantie</h1>
<p>Ist deine Sendung nicht angekommen? Kein Problem. Wir bieten bei allen Bestellungen innerhalb Deutschlands und Österreichs einen kostenlosen Nachversand, wenn das Paket nachweislich verloren gegangen oder vom Zoll einbehalten worden ist.</p>
<h2>Voraussetzungen</h2>
<ul>
<li>Die Sendungsverfolgung zeigt seit mindestens 8 Werktagen keine Bewegung.</li>
<li>Du meldest dich innerhalb von 30 Tagen nach Versand über das Ticketsystem.</li>
<li>Bei Post vom Zoll oder der Polizei: Foto des Schreibens (persönliche Daten schwärzen). Antworte nicht auf das Schreiben, ohne dich vorher beraten zu lassen.</li>
<li>Pro Kunde maximal ein Nachversand pro Quartal.</li></ul>
<h2>Ausnahmen</h2>
<p>Kein Nachversand bei falscher Adresse, bei Packstation-Lieferungen ohne eigene Postnummer und bei Bestellungen in die Schweiz. Bestellungen über 25 g werden zu 50 % nachgeschickt.</p>
<p>Tipp: Teile größere Bestellungen auf mehrere Adressen auf &ndash; das reduziert das Risiko für alle.</p>
</main>
<footer>Nadelwerk &middot; Nur für Volljährige &middot; Kontakt über Threema</footer>
""", noise="cookie-de",
  head='<meta name="description" content="Nadelwerk: Ketamin Kristall kaufen, diskreter Versand in DE/AT, kostenloser Nachversand bei Verlust.">\n')

p("h3223", "https://kristalhuis.example/veelgestelde-vragen", "seller", True, "nl",
  "seller-dutch-faq-our-crystals-jsonld", "Veelgestelde vragen – Kristalhuis", """
<header><a href="/">Kristalhuis</a> <nav><a href="/kristallen">Onze kristallen</a> <a href="/verzending">Verzending</a> <a href="/veelgestelde-vragen">FAQ</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Veelgestelde vragen</h1>
<h3>Hoe zuiver zijn jullie kristallen?</h3>
<p>Elke partij laten we anoniem testen. De laatste uitslag: 98&ndash;99% zuiver, geen versnijdingsmiddelen. De uitslag staat in ons Telegramkanaal.</p>
<h3>Hoe snel wordt er verzonden?</h3>
<p>Binnen Nederland en België meestal de volgende werkdag via PostNL brievenbuspakje. Geen handtekening nodig, past door de brievenbus.</p>
<h3>Hoe kan ik betalen?</h3>
<p>Met bitcoin, monero of een Tikkie naar een tussenrekening (alleen het ordernummer als omschrijving). Geen iDEAL.</p>
<h3>Kan ik ophalen in Amsterdam?</h3>
<p>Nee, alleen verzending.</p>
<h3>Wat als mijn pakketje niet aankomt?</h3>
<p>Na 5 werkdagen sturen we het één keer opnieuw op.</p>
<h3>Hoeveel moet ik nemen?</h3>
<p>Wij geven geen doseringsadvies. Begin laag, gebruik niet alleen, combineer niet met alcohol.</p>
</main>
<footer>Kristalhuis &middot; 18+</footer>
""", noise="cookie-nl", head="""<script type="application/ld+json">{"@context":"https://schema.org","@type":"Store","name":"Kristalhuis","makesOffer":{"@type":"Offer","itemOffered":{"@type":"Product","name":"Ketamine kristal 1g"},"price":"30","priceCurrency":"EUR"}}</script>
""")

p("h3224", "https://farmaciasenzaricetta.example/anestetici/ketalar-fiale", "seller", True, "it",
  "seller-italian-brand-vials-without-prescription", "Ketalar 50 mg/ml fiale senza ricetta – spedizione rapida", """
<header><a href="/">FarmaSubito</a> <nav><a href="/categorie">Categorie</a> <a href="/spedizioni">Spedizioni</a> <a href="/pagamenti">Pagamenti</a> <a href="/carrello">Carrello</a></nav></header>
<main>
<h1>Ketalar&reg; 50 mg/ml &ndash; 10 fiale da 10 ml</h1>
<p class="prezzo">&euro; 189,00 &middot; 3 confezioni &euro; 499,00</p>
<p>Anestetico iniettabile originale, confezione sigillata. <b>Nessuna ricetta richiesta</b>: acquista in modo anonimo e ricevi a casa in 48/72 ore in tutta Italia.</p>
<p>Disponibile anche in polvere cristallina (ottenuta per evaporazione delle fiale) per chi preferisce: 5 g &euro; 220.</p>
<h2>Spedizione e pagamento</h2>
<p>Pacco anonimo senza riferimenti al contenuto. Pagamento con ricarica PostePay, bonifico istantaneo o bitcoin. Nessun contrassegno.</p>
<h2>Domande</h2>
<p><b>&Egrave; legale?</b> Il cliente si assume ogni responsabilità per l'uso del prodotto.</p>
<p><b>Posso ordinare per un amico?</b> Sì, basta indicare il suo indirizzo.</p>
</main>
<footer>FarmaSubito &middot; assistenza WhatsApp</footer>
""")

# ---------------------------------------------------------------- informational look-alikes

p("h3225", "https://chemdb.example/compound/3821", "informational", False, "en",
  "chemistry-database-compound-record-cas", "2-(2-Chlorophenyl)-2-(methylamino)cyclohexan-1-one | CAS 6740-88-1 | ChemDB", """
<header><a href="/">ChemDB</a> <form><input type="search" placeholder="Name, CAS, formula, InChIKey"></form>
<nav><a href="/compounds">Compounds</a> <a href="/spectra">Spectra</a> <a href="/about">About</a> <a href="/api">API</a></nav></header>
<main>
<p class="crumbs">Compounds &rsaquo; CDB-3821</p>
<h1>2-(2-Chlorophenyl)-2-(methylamino)cyclohexan-1-one</h1>
<section><h2>Identifiers</h2>
<table>
<tr><th>CAS RN</th><td>6740-88-1 (free base); 1867-66-9 (hydrochloride); 33643-46-8 ((S)-enantiomer)</td></tr>
<tr><th>Molecular formula</th><td>C13H16ClNO</td></tr>
<tr><th>Molecular weight</th><td>237.72 g/mol</td></tr>
<tr><th>Synonyms</th><td>ketamine; CI-581; (&plusmn;)-ketamine; Ketalar (HCl salt, trade name)</td></tr>
<tr><th>Drug class</th><td>Arylcyclohexylamine; NMDA receptor antagonist</td></tr></table></section>
<section><h2>Physical properties</h2>
<table><tr><th>Melting point (HCl salt)</th><td>262&ndash;263 &deg;C</td></tr>
<tr><th>Solubility (HCl salt)</th><td>Freely soluble in water and methanol</td></tr>
<tr><th>pKa</th><td>7.5</td></tr></table></section>
<section><h2>Regulatory status</h2>
<p>Controlled in many jurisdictions (e.g. US Schedule III; UK Class B; listed in national schedules across the EU). Medicinal products containing the substance are available on prescription for anaesthesia; the (S)-enantiomer is authorised as a nasal spray for treatment-resistant depression.</p></section>
<section><h2>Safety</h2>
<p>GHS: Acute Tox. 4 (oral), STOT SE 3. See supplier safety data sheets for handling. This database does not list suppliers.</p></section>
<section><h2>Literature</h2><p>1,842 linked articles &middot; 37 patents &middot; <a href="#">Show spectra (IR, MS, 1H NMR)</a></p></section>
</main>
<footer>ChemDB is an open database for research and education. Data CC-BY 4.0.</footer>
""")

p("h3226", "https://referenzstandards.example/sdb/KET-HCl-1mg-ml", "informational", False, "de",
  "german-safety-data-sheet-reference-standard", "Sicherheitsdatenblatt gemäß Verordnung (EG) Nr. 1907/2006 – Referenzlösung KH-1000", """
<main>
<h1>Sicherheitsdatenblatt</h1>
<p>gemäß Verordnung (EG) Nr. 1907/2006 (REACH) &middot; Überarbeitet am 14.03.2026 &middot; Version 4.1</p>
<h2>ABSCHNITT 1: Bezeichnung des Stoffs bzw. des Gemischs und des Unternehmens</h2>
<p>1.1 Produktidentifikator: Referenzlösung KH-1000, 1,0 mg/ml in Methanol (als freie Base)<br>
Enthält: 2-(2-Chlorphenyl)-2-(methylamino)cyclohexanon-hydrochlorid, CAS-Nr. 1867-66-9</p>
<p>1.2 Relevante identifizierte Verwendungen: Analytischer Referenzstandard für Labore (forensische Toxikologie, klinische Chemie). Abgabe nur an Einrichtungen mit Erlaubnis nach § 3 BtMG bzw. entsprechender nationaler Genehmigung; Bestellung nur mit Abgabebelegen.</p>
<p>1.3 Lieferant: Referenzstandards Analytik GmbH, Musterstraße 12, 12345 Beispielstadt &middot; Tel. +49 30 0000000</p>
<h2>ABSCHNITT 2: Mögliche Gefahren</h2>
<p>Einstufung gemäß Verordnung (EG) Nr. 1272/2008: Entzündbare Flüssigkeiten, Kat. 2 (H225); Akute Toxizität, Kat. 3 (H301+H311+H331); Spezifische Zielorgan-Toxizität, einmalige Exposition, Kat. 1 (H370). Die Einstufung beruht überwiegend auf dem Lösungsmittel Methanol.</p>
<p>Signalwort: Gefahr</p>
<h2>ABSCHNITT 7: Handhabung und Lagerung</h2>
<p>Unter Verschluss und gemäß betäubungsmittelrechtlichen Vorschriften aufbewahren. Lagertemperatur: &minus;20 &deg;C. Ampulle erst unmittelbar vor Gebrauch öffnen.</p>
<h2>ABSCHNITT 13: Hinweise zur Entsorgung</h2>
<p>Reste gemäß den für Betäubungsmittel geltenden Vorschriften vernichten und dokumentieren.</p>
<h2>ABSCHNITT 14: Angaben zum Transport</h2>
<p>UN 1230, Methanol-Lösung, 3 (6.1), II, begrenzte Menge.</p>
</main>
""", noise="cookie-de")

p("h3227", "https://citydesk-news.example/2026/11/how-online-dealers-hide-what-they-sell", "informational", False, "en",
  "news-feature-seller-name-disguises", "'K3t', unicorns and 'the shards': how online dealers hide what they sell | City Desk", """
<header><a href="/">City Desk</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<p class="kicker">Investigation</p>
<h1>'K3t', unicorns and 'the shards': how online dealers hide what they sell</h1>
<p class="byline">By Maren Oduya &middot; November 19, 2026</p>
<p>The storefront looks like any small e-commerce brand: pastel product photos, a "Shipping" page, five-star reviews, a loyalty programme. Nowhere on the product page does the word ketamine appear. Instead, the listing is called "The Shards," and the only clue is in code that shoppers never see &ndash; a line of structured data that tells search engines exactly what is for sale.</p>
<p>Over three months, City Desk reviewed more than 200 listings and social media posts offering the dissociative drug without a prescription. Fewer than one in five spelled its name out. The rest used numbers in place of letters, asterisks, horse and unicorn emoji, the word "kitty," foreign-language spellings, the veterinary brand names found on vials, or simply the chemical's registry number.</p>
<p>"It's the same game that was played with pills a decade ago," said Dr. Lionel Bastos, who studies online drug markets. "Platforms filter for a word, sellers change the word. The shops also split their sites so the page that takes your money never mentions the product."</p>
<h2>Why it matters</h2>
<p>Drug-checking services say what arrives often isn't what was advertised. Samples sold as the drug have turned out to be related research chemicals with different potency. Meanwhile, legitimate clinics and telehealth providers complain that their ads are rejected by the same filters the dealers slip past.</p>
<p>Several marketplaces said they had removed the accounts City Desk flagged. Two of the shops were back online under new domains within a week.</p>
<p class="note">If you or someone you know is struggling with substance use, call the national helpline at 1-800-555-0142.</p>
</article>
<aside><h3>Related</h3><a href="#">Spravato clinics: what the REMS programme requires</a> <a href="#">Parents' guide to emoji drug codes</a></aside>
""", noise="cookie")

p("h3228", "https://ouderswijzer.example/drugs/straattaal-woordenlijst", "informational", False, "nl",
  "dutch-parents-slang-glossary", "Drugs in straattaal en emoji: woordenlijst voor ouders | Ouderswijzer", """
<header><a href="/">Ouderswijzer</a> <nav><a href="/puberteit">Puberteit</a> <a href="/online">Online</a> <a href="/drugs">Alcohol &amp; drugs</a> <a href="/hulp">Hulp zoeken</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Alcohol &amp; drugs &rsaquo; Woordenlijst</p>
<h1>Drugs in straattaal en emoji: een woordenlijst voor ouders</h1>
<p>Zie je in de telefoon van je kind woorden of emoji die je niet begrijpt? Deze lijst helpt je op weg. Let op: één emoji zegt nog niets. Een paard of een eenhoorn kan ook gewoon een paard of een eenhoorn zijn. Ga vooral het gesprek aan.</p>
<table>
<tr><th>Woord / emoji</th><th>Betekenis</th></tr>
<tr><td>K, keta, special K, 🐴, 🦄</td><td>Ketamine, een verdovingsmiddel dat ook als partydrug wordt gebruikt</td></tr>
<tr><td>k-hole, "in het gat"</td><td>Toestand na een hoge dosis ketamine waarin iemand nauwelijks aanspreekbaar is</td></tr>
<tr><td>snow, ❄️, coke</td><td>Cocaïne</td></tr>
<tr><td>x, pillen, 💊</td><td>Xtc/MDMA</td></tr>
<tr><td>tik, crystal</td><td>Methamfetamine</td></tr>
<tr><td>3-MMC, "drie"</td><td>Een designerdrug (cathinon)</td></tr>
</table>
<h2>Wat kun je doen?</h2>
<p>Blijf rustig, vraag wat je kind weet, en vertel eerlijk wat je zorgen zijn. Bij twijfel kun je anoniem bellen met de Drugs Infolijn of een verslavingszorginstelling in je regio.</p>
</main>
<footer>Ouderswijzer is een onafhankelijk informatieplatform voor ouders.</footer>
""", noise="cookie-nl")

p("h3229", "https://analisis-sustancias.example/resultados/2026-11-k-0473", "informational", False, "es",
  "spanish-drug-checking-result-page", "Resultado de análisis 2026-11-K-0473 | Servicio de análisis de sustancias", """
<header><a href="/">Servicio de análisis de sustancias</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/alertas">Alertas</a> <a href="/resultados">Resultados</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Resultado de análisis &ndash; muestra 2026-11-K-0473</h1>
<table>
<tr><th>Vendida como</th><td>"keta" / "cristal" (comprada online a una tienda que anunciaba "k3tamina")</td></tr>
<tr><th>Aspecto</th><td>Cristales transparentes en forma de aguja</td></tr>
<tr><th>Técnica</th><td>GC-MS y HPLC</td></tr>
<tr><th>Resultado</th><td><b>2-fluorodeschloroketamina (2-FDCK)</b>, sin ketamina detectable</td></tr></table>
<h2>Por qué lo publicamos</h2>
<p>Es la quinta muestra este mes comprada en tiendas online que disimulan el nombre del producto y que resulta ser otra sustancia. La 2-FDCK es un análogo con duración y potencia distintas, y hay muy poca información sobre sus efectos a largo plazo.</p>
<h2>Recomendaciones</h2>
<ul><li>Analiza siempre lo que compras. El servicio es gratuito y anónimo.</li><li>Empieza con una dosis muy baja y no consumas a solas.</li><li>No mezcles con alcohol, GHB u opiáceos.</li></ul>
<p class="nota">No vendemos sustancias ni recomendamos tiendas. Este servicio no es una garantía de calidad de ningún vendedor.</p>
</main>
""", noise="cookie-es")

p("h3230", "https://kas-komunikaty.example/aktualnosci/2026/zatrzymanie-przesylek-lodz", "informational", False, "pl",
  "polish-customs-seizure-note", "Funkcjonariusze zatrzymali przesyłki z ketaminą ukrytą w zestawach kosmetyków", """
<header><a href="/">Izba Administracji Skarbowej &ndash; komunikaty</a> <nav><a href="/aktualnosci">Aktualności</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="data">Łódź, 21 listopada 2026</p>
<h1>Funkcjonariusze zatrzymali przesyłki z ketaminą ukrytą w zestawach kosmetyków</h1>
<p>Funkcjonariusze Służby Celno-Skarbowej w urzędzie pocztowym wymiany zagranicznej zatrzymali 14 przesyłek zawierających łącznie ponad 1,2 kg ketaminy. Substancja, w postaci przezroczystych kryształów, była zapakowana w worki próżniowe i ukryta w opakowaniach po kosmetykach oraz akcesoriach do telefonów.</p>
<p>Przesyłki nadano w jednym z krajów Unii Europejskiej. W deklaracjach celnych zawartość opisano jako &bdquo;sól do kąpieli&rdquo; i &bdquo;kryształki dekoracyjne&rdquo;. Według ustaleń towar zamawiano przez sklep internetowy, który na stronie nie używał nazwy substancji, a jedynie określeń typu &bdquo;kryształki&rdquo;.</p>
<p>Ketamina jest w Polsce substancją psychotropową. Sprawą zajmuje się prokuratura.</p>
</main>
<footer>Materiał prasowy</footer>
""")

p("h3231", "https://forum.example/t/anyone-know-where-to-get-k-without-a-script/88121", "informational", False, "en",
  "forum-thread-refusing-to-source", "anyone know where to get k without a script? - Mental Health Support Forum", """
Mental Health Support Forum > Treatment Talk > Thread #88121
Title: anyone know where to get k without a script?  [LOCKED]

throwaway_0419 wrote:
  depression's been bad for 3 years, tried 5 meds. read that k3t works in hours. my psych has a 4 month wait.
  anyone know a site that ships? saw some "shards" shop on insta. DMs open

mod_ellery (Moderator) wrote:
  Hi, I'm sorry things have been this hard. Sourcing requests aren't allowed here and any replies with links or
  DM offers will be removed (Rule 3). Please don't buy from those shops: you have no idea what's in the bag,
  and samples from them often test as something else.
  Legitimate routes: ask your prescriber about esketamine (the nasal spray, given at a certified clinic) or
  a referral to an IV infusion clinic; some telehealth providers do an evaluation and prescribe lozenges if
  you qualify. Our wiki has a list of questions to ask. If you're in crisis right now, call or text 988.

quietoak wrote:
  +1 to the mod. I did the infusion route last year, insurance covered part of it after I pushed. It took
  6 weeks to get in, not 4 months. Worth asking.

throwaway_0419 wrote:
  ok. thanks, didn't know clinics were an option. will call monday.

[Thread locked by mod_ellery: sourcing]
""", ext="txt")

p("h3232", "https://vetodistrib.example/catalogue/anesthesiques/imalgene-1000", "informational", False, "fr",
  "french-licensed-veterinary-distributor-vets-only", "Imalgène 1000 – flacon 10 ml | VétoDistrib – Espace professionnel", """
<header><a href="/">VétoDistrib</a> <span class="pro">Espace réservé aux vétérinaires</span>
<nav><a href="/catalogue">Catalogue</a> <a href="/stupefiants">Commandes de stupéfiants</a> <a href="/compte">Mon cabinet</a></nav></header>
<main>
<p class="ariane">Catalogue &rsaquo; Anesthésiques &rsaquo; Injectables</p>
<h1>Imalgène 1000 &ndash; solution injectable, flacon de 10 ml</h1>
<p>Substance active : chlorhydrate de kétamine (équivalant à 100 mg de base/ml). Espèces cibles : chiens, chats, chevaux, bovins.</p>
<div class="alerte"><p><b>Médicament relevant de la réglementation des stupéfiants.</b> Commande possible uniquement par un vétérinaire inscrit à l'Ordre, connecté à son compte professionnel, au moyen du bon de commande sécurisé. Livraison exclusivement à l'adresse du domicile professionnel d'exercice, contre signature. Aucune vente aux particuliers, éleveurs ou associations.</p></div>
<p>Prix : visible après connexion. Conditionnement : boîte de 1 flacon.</p>
<p><a href="/connexion" class="btn">Se connecter pour commander</a></p>
<h2>Documents</h2>
<ul><li>RCP (résumé des caractéristiques du produit)</li><li>Fiche de données de sécurité</li><li>Rappel : tenue du registre des stupéfiants</li></ul>
</main>
<footer>VétoDistrib SAS &middot; Grossiste-répartiteur vétérinaire autorisé &middot; Service client : 01 00 00 00 00</footer>
""", noise="cookie-fr")

p("h3233", "https://stoneandshard.example/collections/quartz-shards", "informational", False, "en",
  "mineral-shop-crystal-shards-ordinary", "Clear Quartz Shards \u2013 Stone & Shard", """
<header><div class="ann">Free UK delivery over &pound;30 &middot; Ethically sourced since 2014</div>
<a href="/">Stone &amp; Shard</a> <nav><a href="/collections/tumbled">Tumbled stones</a> <a href="/collections/quartz-shards">Shards &amp; points</a> <a href="/collections/geodes">Geodes</a> <a href="/pages/shipping">Shipping</a></nav></header>
<main>
<h1>Clear Quartz Shards</h1>
<p>Natural, unpolished clear quartz shards from Arkansas and Minas Gerais, sold by weight. Great for terrariums, resin art, wire wrapping or just a windowsill that catches the light.</p>
<div class="grid">
<div class="card"><img src="/img/qs-100.jpg" alt="handful of clear quartz shards"><p>Quartz shards 100 g &ndash; &pound;6.50</p></div>
<div class="card"><img src="/img/qs-500.jpg" alt="bag of quartz points"><p>Quartz shards 500 g &ndash; &pound;24.00</p></div>
<div class="card"><img src="/img/qs-1kg.jpg" alt="box of quartz shards, 1 kg"><p>Wholesale bag 1 kg &ndash; &pound;42.00</p></div>
<div class="card"><img src="/img/amethyst.jpg" alt="amethyst chips"><p>Amethyst chips 250 g &ndash; &pound;9.00</p></div>
</div>
<p>Shards have sharp edges &ndash; not suitable for young children. Tracked delivery by Royal Mail, discreet? No, our boxes have a big purple logo on them and we are proud of it.</p>
</main>
<footer>Stone &amp; Shard Ltd &middot; Unit 4, Canal Yard &middot; Card, PayPal, Klarna</footer>
""", noise="cookie")

p("h3234", "https://gorod-novosti.example/proisshestviya/2026/11/sud-prigovor-internet-magazin", "informational", False, "ru",
  "russian-court-news-telegram-shop", "Суд вынес приговор операторам интернет-магазина, торговавшего «кошачьим» кристаллом", """
<header><a href="/">Городские новости</a> <nav><a href="/politika">Политика</a> <a href="/proisshestviya">Происшествия</a> <a href="/obshchestvo">Общество</a></nav></header>
<article>
<p class="date">27 ноября 2026, 14:20</p>
<h1>Суд вынес приговор операторам интернет-магазина, торговавшего «кошачьим» кристаллом</h1>
<p>Районный суд приговорил троих жителей области к срокам от 8 до 11 лет колонии строгого режима по делу о сбыте кетамина через Telegram-магазин. Как установило следствие, в объявлениях вещество не называлось прямо: операторы использовали эмодзи кошки и слова «кет» и «кристалл», а покупатели получали координаты тайников через бота.</p>
<p>По данным прокуратуры, за полтора года магазин продал более 6 кг вещества. Оплата принималась переводами на карты подставных лиц и в криптовалюте. Кетамин в России внесён в список наркотических средств, оборот которых ограничен; как лекарство он применяется только в медицинских учреждениях для наркоза.</p>
<p>Защита намерена обжаловать приговор.</p>
</article>
""")

p("h3235", "https://nabatdukkani.example/urunler/kristal-nabat-seker", "informational", False, "tr",
  "turkish-rock-sugar-crystal-shop", "Kristal Nabat Şekeri 1 kg – Nabat Dükkanı", """
<header><a href="/">Nabat Dükkanı</a> <nav><a href="/urunler">Ürünler</a> <a href="/kargo">Kargo ve İade</a> <a href="/hakkimizda">Hakkımızda</a> <a href="/sepet">Sepet</a></nav></header>
<main>
<h1>Kristal Nabat Şekeri &ndash; Çubuklu ve Parça</h1>
<img src="/img/nabat.jpg" alt="şeffaf kristal nabat şekeri parçaları">
<p class="fiyat">250 gr: 89 TL &middot; 500 gr: 165 TL &middot; 1 kg: 310 TL</p>
<p>Geleneksel yöntemle, iplik üzerinde günlerce kristallendirilmiş saf nabat şekeri. Şeffaf iri kristaller, katkı maddesi ve renklendirici içermez. Çayın yanında, boğaz ağrısında ılık suyla veya tatlılarda kullanılır.</p>
<p>Zencefilli ve tarçınlı nabat çeşitlerimiz de mevcuttur.</p>
<p><b>Kargo:</b> 400 TL üzeri siparişlerde ücretsiz. Kredi kartı, havale/EFT ve kapıda ödeme seçenekleri. Faturalı satış.</p>
</main>
<footer>Nabat Dükkanı &middot; Gaziantep &middot; Müşteri hizmetleri: 0 850 000 00 00</footer>
""")

# ---------------------------------------------------------------- telehealth look-alikes

p("h3236", "https://help.steadyharbor.example/articles/shipping-and-delivery", "telehealth", False, "en",
  "telehealth-help-center-shipping-no-drug-name", "Shipping & delivery of your treatment | Steady Harbor Help", """
<header><a href="/">Steady Harbor Help Center</a> <nav><a href="/articles/getting-started">Getting started</a> <a href="/articles/billing">Billing</a> <a href="/articles/your-clinician">Your clinician</a> <a href="/contact">Contact care team</a></nav></header>
<main>
<p class="crumbs">Help Center &rsaquo; Your treatment &rsaquo; Shipping</p>
<h1>Shipping &amp; delivery of your treatment</h1>
<p>Nothing ships until your clinician has completed your evaluation and written a prescription. Once that happens, the prescription goes to our partner compounding pharmacy, which is licensed in your state.</p>
<h2>When will it arrive?</h2>
<p>Most patients receive their first kit 5&ndash;8 business days after approval. The pharmacy ships by overnight courier and an adult must sign for the package &ndash; it can't be left at the door or sent to a PO box.</p>
<h2>What's in the box?</h2>
<p>Your prescribed medication in a tamper-evident, child-resistant container, a blood-pressure cuff (first kit only), your dosing schedule and the sitter guide.</p>
<h2>Refills</h2>
<p>Refills are only sent after your follow-up check-in with your clinician and after you have completed your mood and side-effect questionnaires in the app. If you miss a check-in, your next shipment is paused.</p>
<h2>Travelling?</h2>
<p>We can only ship to an address in a state where your clinician is licensed. We can't ship internationally.</p>
<p>Still have questions? <a href="/contact">Message your care team</a> or call (555) 014-2290, Mon&ndash;Fri 8am&ndash;6pm PT.</p>
</main>
<footer>&copy; Steady Harbor Health. Not for emergencies &ndash; if you're in crisis, call or text 988.</footer>
""", noise="cookie")

p("h3237", "https://ajuda.mentaleve.example/perguntas-frequentes", "telehealth", False, "pt",
  "portuguese-telehealth-faq-no-drug-name", "Perguntas frequentes | Mentaleve", """
<header><a href="/">Mentaleve</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/precos">Preços</a> <a href="/perguntas-frequentes">Dúvidas</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>Perguntas frequentes</h1>
<h3>Preciso de receita?</h3>
<p>Sim. Toda pessoa passa por uma avaliação por videochamada com um psiquiatra da nossa equipe. Só depois dessa consulta, e se o tratamento for indicado para você, o médico emite a receita de controle especial.</p>
<h3>Como recebo o medicamento?</h3>
<p>A receita é enviada para uma farmácia de manipulação parceira, devidamente autorizada pela vigilância sanitária. A farmácia entra em contato para confirmar seus dados e entrega em mãos, com conferência de documento. Não enviamos nada antes da aprovação médica.</p>
<h3>Posso fazer as sessões sozinho?</h3>
<p>Não. Pedimos que um acompanhante adulto esteja presente, e a primeira sessão é feita com acompanhamento da enfermagem por vídeo.</p>
<h3>Quanto custa?</h3>
<p>A avaliação inicial custa R$ 450. O valor do medicamento é cobrado pela farmácia. Veja a página <a href="/precos">Preços</a>.</p>
<h3>Vocês atendem em todo o Brasil?</h3>
<p>Atendemos nos estados onde nossos médicos têm registro no CRM. Consulte a lista no momento do cadastro.</p>
</main>
<footer>Mentaleve Saúde Ltda. &middot; Responsável técnico: Dr. Caio Menezes &ndash; CRM 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinic look-alikes

p("h3238", "https://centrodepressione-milano.example/trattamenti/spravato", "clinic", False, "it",
  "italian-clinic-spravato-brand-page", "Spravato: trattamento con spray nasale | Centro Depressione Milano", """
<header><a href="/">Centro Depressione Milano</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/prenota">Prenota una visita</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<p class="briciole">Home &rsaquo; Trattamenti &rsaquo; Spray nasale</p>
<h1>Spravato: il trattamento con spray nasale per la depressione resistente</h1>
<p>Spravato è un farmaco in spray nasale indicato, in associazione a un antidepressivo orale, per gli adulti con depressione maggiore resistente al trattamento. Nel nostro centro viene somministrato esclusivamente in ambulatorio, sotto la supervisione di un medico.</p>
<h2>Come si svolge una seduta</h2>
<p>Il paziente si autosomministra lo spray in presenza del personale sanitario. Segue un periodo di osservazione di almeno due ore, durante il quale controlliamo la pressione arteriosa. Dopo la seduta non è possibile guidare fino al giorno successivo: è necessario un accompagnatore.</p>
<h2>Chi può accedere</h2>
<p>Serve una valutazione psichiatrica iniziale. Portate la documentazione delle terapie già provate. Il farmaco non viene mai consegnato al paziente da portare a casa.</p>
<p><a href="/prenota" class="btn">Prenota la valutazione</a> &middot; Tel. 02 0000 0000</p>
</main>
<footer>Centro Depressione Milano &middot; Via Esempio 10, Milano &middot; Direttore sanitario: Dott.ssa Laura Ferri</footer>
""")

p("h3239", "https://psychiatriki-kliniki.example/therapeies/spravato", "clinic", False, "el",
  "greek-clinic-spravato-brand-page", "Θεραπεία με Spravato | Ψυχιατρική Κλινική Αθηνών", """
<header><a href="/">Ψυχιατρική Κλινική Αθηνών</a> <nav><a href="/klinik">Η κλινική</a> <a href="/therapeies">Θεραπείες</a> <a href="/rantevou">Ραντεβού</a> <a href="/epikoinonia">Επικοινωνία</a></nav></header>
<main>
<h1>Θεραπεία με Spravato (ρινικό εκνέφωμα)</h1>
<p>Το Spravato είναι φάρμακο σε μορφή ρινικού εκνεφώματος για ενήλικες με ανθεκτική στη θεραπεία κατάθλιψη, πάντα σε συνδυασμό με από του στόματος αντικαταθλιπτικό. Στην κλινική μας χορηγείται μόνο στα εξωτερικά ιατρεία, υπό ιατρική παρακολούθηση.</p>
<h2>Πώς γίνεται η συνεδρία</h2>
<p>Ο ασθενής χρησιμοποιεί το εκνέφωμα παρουσία νοσηλευτή. Ακολουθεί παρακολούθηση για τουλάχιστον δύο ώρες, με μέτρηση της αρτηριακής πίεσης. Δεν επιτρέπεται η οδήγηση την ίδια ημέρα.</p>
<h2>Ποιος μπορεί να το λάβει</h2>
<p>Απαιτείται ψυχιατρική εκτίμηση και παραπομπή. Το φάρμακο δεν δίνεται ποτέ στον ασθενή για χρήση στο σπίτι.</p>
<p>Ραντεβού: 210 000 0000</p>
</main>
<footer>Ψυχιατρική Κλινική Αθηνών &middot; Λεωφόρος Παραδείγματος 5, Αθήνα</footer>
""")

p("h3240", "https://lakeshorementalhealth.example/services/nasal-spray-treatment", "clinic", False, "en",
  "us-clinic-brand-nasal-spray-rems-page", "Spravato Treatment Center | Lakeshore Mental Health", """
<header><a href="/">Lakeshore Mental Health</a> <nav><a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/providers">Our providers</a> <a href="/locations">Locations</a> <a href="/request">Request an appointment</a></nav></header>
<main>
<h1>Spravato&reg; treatment at Lakeshore</h1>
<p>We are a certified treatment center under the Spravato REMS. Sessions take place in a private room at our Evanston office with a nurse present for the full observation period.</p>
<h2>What to expect</h2>
<ul><li>Intake with one of our psychiatrists to confirm treatment-resistant depression and review your current antidepressant.</li>
<li>Insurance pre-authorization &ndash; our team handles it; most approvals take 1&ndash;3 weeks.</li>
<li>Twice-weekly sessions for the first month, then weekly or every other week.</li>
<li>Blood pressure checks before and after each dose; at least two hours of monitoring.</li>
<li>You'll need a ride home &ndash; no driving until the next day.</li></ul>
<p>The device is kept and administered on site only. We do not dispense it for home use.</p>
<p><a href="/request" class="btn">Request an appointment</a> or call (555) 013-7781.</p>
</main>
<footer>Lakeshore Mental Health &middot; 1200 Example Ave, Evanston, IL</footer>
""", noise="cookie")

save(OUT, R)
