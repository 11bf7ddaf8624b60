# Batch 121 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "New tactics". How unregulated ketamine sellers try to look different in 2027: AI-chatbot
# ordering widgets, "membership clubs", subscription boxes, "wellness coaching" bundles that include
# the drug, crypto-only checkouts with QR codes, mirror-domain notices, QR flyers transcribed to text,
# Discord bots, "microdosing programs", fake clinical trials that ship kits, "ketamine-free" decoys
# that upsell the real thing. Protected pages are the legitimate services they get confused with
# (telehealth memberships and AI scheduling assistants, coaching-plus-clinician programmes, clinic
# memberships and packages, real in-person trials, integration coaches who refer to clinicians) and
# informational pages describing these tactics (news, regulator and consumer warnings, forum threads
# warning about bots, drug-checking notes, a law-firm explainer).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, it 3, pt 2, nl 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, and
# a few short plain-text excerpts (ext="txt"): mirror-domain notice, transcribed QR flyer,
# telehealth payment FAQ snippet, clinic scam-warning snippet, drug-checking bulletin excerpt.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch121.py (writes batch121/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch121")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h12101", "https://serenewave-wellness.example/", "seller", True, "en",
  "ai-chatbot-ordering-widget", "SereneWave | Your AI wellness concierge", """
<header class="nav-wrap">
<a class="brand" href="/">SereneWave<span class="tm">&trade;</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/menu">Menu</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a></nav>
<a class="cta" href="#chat">Talk to Nova</a>
</header>
<section class="hero">
<h1>Meet Nova. The concierge that actually gets it.</h1>
<p>No waiting rooms, no awkward phone calls, no forms that go nowhere. Tell Nova how you feel and she builds your reset in under two minutes. Available 24/7 in 11 languages.</p>
<ul class="badges"><li>Powered by next-gen AI</li><li>Ships from domestic stock</li><li>Unmarked pouch</li></ul>
</section>
<section id="chat" class="widget">
<div class="widget-head">Nova &middot; online now <span class="dot"></span></div>
<div class="msg bot">Hi! I'm Nova &#x1F33F; What are you hoping to feel more of this month: calm, clarity or lift?</div>
<div class="msg user">honestly I just want to try ketamine but every clinic wants a psych eval and $500</div>
<div class="msg bot">Totally hear you &mdash; that's exactly why we exist. No evaluation or prescription is needed on our side. Our most popular options are:<br>
&bull; Starter: 2 g crystal, lab-tested, $85<br>
&bull; Explorer: 5 g + 10 sublingual tabs (25 mg), $190<br>
&bull; Nasal kit: pre-measured 30 ml spray, roughly 40 sprays, $160<br>
Want me to add one to your basket?</div>
<div class="msg user">explorer. how do I pay</div>
<div class="msg bot">Great choice! Card payments get flagged by banks, so we take USDT (TRC-20), BTC or Monero. I'll generate a wallet address and a QR code once you confirm your address. Orders leave within 24h in a vacuum-sealed pouch labelled as herbal tea. If anything goes missing we reship free, one time.</div>
<div class="msg bot">Tip: first order? Use code NOVA10 for 10% off.</div>
<form class="chat-input"><input placeholder="Type a message&hellip;"><button>Send</button></form>
</section>
<section class="how">
<h2>Three steps. Zero gatekeeping.</h2>
<ol><li><b>Chat.</b> Nova asks a few quick questions about your vibe and experience level.</li>
<li><b>Confirm.</b> Pick your bundle and pay from any wallet. Nova sends the QR.</li>
<li><b>Relax.</b> Discreet delivery in 2&ndash;4 business days, tracking link by email.</li></ol>
</section>
<section class="reviews">
<blockquote>"Way easier than arguing with my GP. Arrived in 3 days, packaging was invisible." &mdash; Jordan, verified buyer</blockquote>
<blockquote>"Nova remembered my last order and suggested a lower amount for a weeknight. Love it." &mdash; M.</blockquote>
</section>
<footer>
<p>SereneWave products are sold as research materials for adults 21+. Statements have not been evaluated by any health authority. &copy; 2027 SereneWave Collective.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Backup: serenewave-wellness.example.onion</p>
</footer>
""", noise="cookie")

p("h12102", "https://stillpointsociety.example/membership", "seller", True, "en",
  "membership-club-auto-approval", "Membership | The Still Point Society", """
<div class="announcement">Founding-member pricing ends Sunday. 312 of 500 seats taken.</div>
<header><a href="/" class="logo">THE STILL POINT SOCIETY</a>
<nav><a href="/manifesto">Manifesto</a> <a href="/membership" class="active">Membership</a> <a href="/journal">Journal</a> <a href="/login">Member login</a></nav></header>
<main>
<h1>A private society for people who go inward.</h1>
<p class="lede">We are not a clinic. We are not a pharmacy. We are a members' club, and what members share with each other is a private matter between adults. Membership includes a monthly allocation from the Society's cellar, shipped to your door.</p>
<h2>Tiers</h2>
<table class="tiers">
<tr><th></th><th>Seeker</th><th>Initiate</th><th>Inner Circle</th></tr>
<tr><td>Monthly dues</td><td>$99</td><td>$179</td><td>$349</td></tr>
<tr><td>Monthly allocation (racemic ketamine, 100 mg lozenges)</td><td>6</td><td>12</td><td>30 + 1 nasal vial</td></tr>
<tr><td>Members-only audio journeys</td><td>&#10003;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Priority dispatch</td><td></td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>Private Signal group</td><td></td><td></td><td>&#10003;</td></tr>
</table>
<h2>How do I join?</h2>
<p>Fill in the twelve-question Intention Form. Our membership committee reviews it automatically and 98% of applicants are welcomed within the hour. There is no doctor, no video call and no prescription involved: members take responsibility for their own practice, which is kind of the point.</p>
<h2>Dues and privacy</h2>
<p>Dues can be paid by card (billed as "SPS Hospitality") or in Bitcoin for members who prefer not to leave a trail. Allocations ship in plain packaging from a rotating return address. Lost parcel? We send your allocation again, no questions.</p>
<h2>Members say</h2>
<p>"It feels like a supper club, except the supper is the medicine." &mdash; Initiate member, Austin</p>
<a class="btn" href="/apply">Begin your Intention Form</a>
</main>
<aside class="fine">Membership is a private association. Allocations are gifts to members and are not sold. By joining you confirm you are over 21 and release the Society from liability.</aside>
<footer>&copy; The Still Point Society &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the steward</a></footer>
""")

p("h12103", "https://calmcrate.example/box/the-dissolve-box", "seller", True, "en",
  "subscription-box-with-drug", "The Dissolve Box - monthly ritual subscription | CalmCrate", """
<nav class="top"><a href="/">CalmCrate</a> <a href="/boxes">All boxes</a> <a href="/gift">Gift a box</a> <a href="/account">Account</a> <a href="/cart">Bag (1)</a></nav>
<main class="product">
<h1>The Dissolve Box</h1>
<p class="price">$139 / month &middot; skip or cancel anytime</p>
<p>Everything you need for a slow Sunday, curated by our ritual team and delivered on the 1st of every month.</p>
<h3>What's inside this month</h3>
<ul>
<li>Hand-poured soy candle, cedar &amp; fig</li>
<li>Guided journal, "Unclench" edition</li>
<li>Loose-leaf chamomile blend, 50 g</li>
<li>Eye mask, mulberry silk</li>
<li><strong>4 &times; K-tabs (ketamine HCl, 50 mg sublingual)</strong> &mdash; our signature piece, sourced from the same lab every month</li>
</ul>
<p>Want more of the signature piece? Add the <a href="/addons/k-refill">K-refill pouch (10 tabs, $70)</a> to any box.</p>
<h3>Good to know</h3>
<p>No prescription or consultation required &mdash; just pick your box. The tabs arrive in a sealed foil sachet tucked inside the tea tin, so the box looks like any other gift box. We ship across the US and to the UK, Canada and Australia; international boxes go out with a customs description of "home fragrance".</p>
<form><select><option>Monthly</option><option>Every 2 months</option><option>One-off gift</option></select> <button>Add to bag</button></form>
<p class="pay">Checkout with Apple Pay, card or crypto (5% off with crypto).</p>
</main>
<footer>CalmCrate Ltd &middot; Not intended to diagnose, treat or cure any disease. 21+ only.</footer>
""")

p("h12104", "https://reclaim-coaching.example/programs/8-week-reset", "seller", True, "en",
  "wellness-coaching-bundle-with-drug", "8-Week Reset: coaching + medicine bundle | Reclaim Coaching", """
<header class="site">
<a href="/" class="logo">Reclaim<span>Coaching</span></a>
<ul class="menu"><li><a href="/about">About Dana</a></li><li><a href="/programs">Programs</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/blog">Blog</a></li><li><a href="/apply" class="btn">Apply</a></li></ul>
</header>
<main>
<section class="hero">
<h1>The 8-Week Reset</h1>
<p>Certified life coaching, a structured ketamine protocol and a community that gets it. All in one bundle, delivered to wherever you are.</p>
<a class="btn" href="/checkout?p=reset8">Enroll for $1,450</a> <span class="or">or 4 payments of $375</span>
</section>
<section>
<h2>Why a bundle?</h2>
<p>I'm Dana, an ICF-trained coach. I watched clients wait months for a psychiatrist and then get turned away for a ketamine clinic because their blood pressure was "borderline". That's gatekeeping, not care. So I built a program where the coaching and the medicine come together, from me, with no middlemen.</p>
</section>
<section>
<h2>What's included</h2>
<ul>
<li>8 weekly 1:1 coaching calls (50 minutes)</li>
<li>The Reset Medicine Kit: 8 pre-dosed sublingual ketamine troches (150 mg), a dosing card and a blood-pressure cuff</li>
<li>Integration workbook (PDF + printed copy)</li>
<li>Private community on Circle</li>
<li>Bonus: "Going deeper" session in week 6 with a double-strength troche</li>
</ul>
</section>
<section>
<h2>Who prescribes the troches?</h2>
<p>Nobody needs to. The kit is shipped to you as part of the coaching materials after you complete the welcome questionnaire. I review every questionnaire personally; if you're over 21 and not pregnant, you're in. This keeps the program affordable and private.</p>
</section>
<section>
<h2>Shipping</h2>
<p>Kits ship from our fulfilment partner in discreet packaging within 3 days of your first call. Outside the US? Message me on WhatsApp (+1 555 0142) and I'll sort out an international kit.</p>
</section>
<section class="faq">
<h2>FAQ</h2>
<p><b>Is this legal?</b> Coaching is unregulated and the medicine is a gift included with your program, so we are comfortable with it. You are responsible for local laws.</p>
<p><b>Can I pay in crypto?</b> Yes, USDC or BTC at checkout, and you save $100.</p>
<p><b>Can I buy the kit without coaching?</b> Past clients can reorder kits at $420 each from the member portal.</p>
</section>
</main>
<footer><p>Reclaim Coaching LLC. Coaching is not therapy or medical care. &copy; 2027</p></footer>
""", noise="cookie")

p("h12105", "https://pay.k-direct-store.example/checkout/inv/7Q2X9", "seller", True, "en",
  "crypto-only-qr-checkout", "Complete your payment - Invoice #7Q2X9", """
<div class="checkout">
<h1>Invoice #7Q2X9</h1>
<p class="timer">This invoice expires in <b>27:41</b></p>
<table class="summary">
<tr><td>Ketamine HCl, crystal shards, 5 g</td><td>$210.00</td></tr>
<tr><td>Ketamine HCl, crystal shards, 5 g (bonus 1 g)</td><td>$0.00</td></tr>
<tr><td>Stealth shipping, tracked, vacuum sealed</td><td>$25.00</td></tr>
<tr><td><b>Total</b></td><td><b>$235.00</b></td></tr>
</table>
<h2>Pay with crypto only</h2>
<p>We do not accept cards, PayPal or bank transfer. Choose a coin:</p>
<ul class="coins"><li class="on">Bitcoin</li><li>Litecoin</li><li>Monero (XMR)</li><li>USDT TRC-20</li></ul>
<div class="qr"><img src="/qr/7Q2X9-btc.png" alt="QR code for payment address"></div>
<p>Send exactly <code>0.00371 BTC</code> to<br><code>bc1qexampleaddressdonotuse0k7m2x9q4</code></p>
<p>Scan the QR with any wallet. Underpaid invoices will be held until the difference arrives. Once 1 confirmation is seen your order is packed the same day and you'll receive a tracking number by encrypted email.</p>
<p class="help">Problems with payment? Telegram <b>@kdirect_support</b> (never DM anyone else claiming to be us).</p>
</div>
""")

p("h12106", "https://kstation-mirror3.example/notice.txt", "seller", True, "en",
  "mirror-domain-notice", "notice", """
K-STATION NOTICE (updated): our old domain was taken down, nothing changed on our side. Orders and balances are safe. Working mirrors: kstation-mirror3.example, kstation-mirror4.example, kstation.example.onion. Same menu, same prices (ketamine shards 5g $190 / 10g $340, no script needed), BTC/XMR only. Bookmark all three and verify our PGP key before you pay. If a mirror goes down, the new one is always posted in the Telegram channel @kstation_updates.
""", ext="txt")

p("h12107", "https://flyer-scans.example/street/2027-03-brixton-lamp-post", "seller", True, "en",
  "qr-flyer-transcription", "flyer transcription", """
[Transcribed from an A6 flyer taped to a lamp post. Printed QR code in the centre, resolves to t.me/vitamin_k_express]
VITAMIN K EXPRESS
Scan & message. Delivered to your door in under 2 hours, 7 days, zones 1-4.
1g 40 / 3.5g 120 / 7g 220. Bulk deals on request.
No names, no ID, cash or crypto on delivery. Student discount Thursdays.
""", ext="txt")

p("h12108", "https://discordbotlist-clone.example/bot/kay-concierge", "seller", True, "en",
  "discord-bot-listing", "Kay Concierge - Discord bot | BotShelf", """
<header><a href="/">BotShelf</a> <input placeholder="Search bots"> <a href="/add">Add your bot</a></header>
<main>
<div class="bot-card">
<img src="/avatars/kay.png" alt="">
<h1>Kay Concierge <span class="tag">Verified dev</span></h1>
<p class="short">Private menu, instant orders and auto-invoicing for the Kay community. Invite it to your server or join ours.</p>
<p><a class="btn" href="/invite/kay">Invite</a> <a class="btn" href="https://discord.example/invite/kayhouse">Join support server</a></p>
<p class="stats">In 1,284 servers &middot; 4.8 &#9733; (211 votes)</p>
</div>
<section class="desc">
<h2>Commands</h2>
<pre>
/menu              shows today's stock (K shards, K powder, 2-FDCK, nasal kits)
/price &lt;item&gt;      live price in GBP/EUR/USD
/order k 3.5       creates an order and DMs you an LTC or XMR invoice
/track &lt;id&gt;        parcel status, stealth tracking
/reship &lt;id&gt;       one free reship if seized or lost
/drop              local dead-drop slots (London, Manchester, Amsterdam)
</pre>
<h2>About</h2>
<p>Kay replaces the old Telegram shop. Everything runs inside Discord now: no website to get taken down, no card payments, and the bot deletes order DMs after 72 hours. No prescriptions, no questions, 18+ only please. Prices this week: K shards 5 g &pound;150, 2-FDCK 10 g &pound;120.</p>
</section>
<section class="reviews"><h3>Reviews</h3>
<p><b>user_xx9</b>: bot invoiced me in 10 seconds, package was here Thursday.</p>
<p><b>moonfern</b>: /drop is a game changer.</p>
</section>
</main>
<footer>BotShelf is not affiliated with Discord. Listings are user submitted.</footer>
""")

p("h12109", "https://horizon-openlabel-study.example/enroll", "seller", True, "en",
  "fake-clinical-trial-ships-kits", "HORIZON-K Open-Label Home Study | Enroll today", """
<header class="study-header">
<img src="/img/horizon-logo.svg" alt="HORIZON-K"> <span>Decentralised Clinical Research Program</span>
<nav><a href="/about-the-study">About the study</a> <a href="/eligibility">Eligibility</a> <a href="/enroll" class="active">Enroll</a> <a href="/faq">FAQ</a></nav>
</header>
<main>
<h1>Take part in a ketamine study from home</h1>
<p>HORIZON-K is an open-label, decentralised observational program looking at how adults use sublingual ketamine in everyday settings. Participants receive a study kit by mail, keep a short mood diary in our app and get a $50 gift card when they finish.</p>
<div class="box">
<h2>Enrollment in 3 minutes</h2>
<ol>
<li>Complete the online eligibility survey (14 questions).</li>
<li>Pay the one-time <b>$189 kit and logistics fee</b> (card, Cash App or BTC).</li>
<li>Your study kit ships within 48 hours: 12 ketamine troches (100 mg), diary card, return envelope.</li>
</ol>
<p>Eligibility is confirmed automatically as soon as the survey is submitted. There are no site visits, blood tests or calls with study staff: this is what makes the design "decentralised".</p>
<a class="btn" href="/survey">Start the survey</a>
</div>
<h2>Continue after the study</h2>
<p>Participants who complete 30 days may join the extension arm and reorder kits every month at the participant price of $149, for as long as they wish.</p>
<h2>Is this a registered trial?</h2>
<p>HORIZON-K is an independent real-world evidence program and does not require registration on public trial registries. Data are anonymised. Participation is voluntary.</p>
</main>
<footer><p>HORIZON-K is operated by Horizon Real World Data LLC. Study kits are shipped to participants 18+. Contact: study@horizon-openlabel-study.example</p></footer>
""", noise="cookie")

p("h12110", "https://ketafree-drops.example/it/prodotto/gocce-umore", "seller", True, "it",
  "ketamine-free-decoy-upsell", "Gocce KetaFree Umore - 100% senza ketamina | KetaFree", """
<div class="banner-cookie">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetto</button></div>
<header><a href="/it/">KetaFree</a> <nav><a href="/it/negozio">Negozio</a> <a href="/it/chi-siamo">Chi siamo</a> <a href="/it/contatti">Contatti</a> <a href="/it/carrello">Carrello</a></nav></header>
<main>
<h1>Gocce KetaFree Umore &ndash; formula legale, senza ketamina</h1>
<p class="prezzo">&euro; 34,90 &middot; flacone 30 ml</p>
<p>Estratti di griffonia, zafferano e magnesio per chi cerca leggerezza senza sostanze controllate. Spedizione gratuita in Italia da &euro; 49.</p>
<button>Aggiungi al carrello</button>
<div class="upsell">
<h2>Cerchi la formula classica?</h2>
<p>Molti clienti ci chiedono l'originale. Non possiamo metterlo in vetrina, ma è disponibile: scrivi "CLASSICA" al nostro assistente su Telegram <b>@ketafree_classica</b>. Ketamina cloridrato in cristalli, 5 g a &euro; 160, 10 g a &euro; 290, senza ricetta. Pagamento in USDT o buono Paysafecard, spedizione anonima in busta neutra entro 24 ore, rispedizione gratuita in caso di sequestro.</p>
</div>
<h3>Recensioni</h3>
<p>"Le gocce così così, ma la classica è esattamente quello che cercavo." &mdash; Luca, Bologna</p>
</main>
<footer>KetaFree &middot; Integratore alimentare. Non sostituisce una dieta varia. P.IVA non indicata.</footer>
""")

p("h12111", "https://microdosis-consciente.example/programa", "seller", True, "es",
  "microdosing-program-with-drug", "Programa de Microdosis Consciente - 6 semanas | Microdosis Consciente", """
<header><a href="/" class="logo">Microdosis Consciente</a>
<nav><a href="/programa">El programa</a> <a href="/testimonios">Testimonios</a> <a href="/blog">Blog</a> <a href="/preguntas">Preguntas</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Programa de microdosis con ketamina: 6 semanas para volver a ti</h1>
<p>Acompañamiento por WhatsApp, un protocolo de microdosis probado por cientos de personas y todo lo que necesitas enviado a tu casa. Sin listas de espera y sin receta médica.</p>
<h2>Qué recibes</h2>
<ul>
<li>Kit de microdosis: 30 comprimidos sublinguales de ketamina de 15 mg, numerados por día</li>
<li>Diario de seguimiento en PDF</li>
<li>Audios de respiración y meditación</li>
<li>Grupo privado de Telegram con una facilitadora</li>
</ul>
<h2>Precio</h2>
<p><b>179 &euro;</b> el programa completo. Renovación del kit: 120 &euro;. Pagas con Bizum, transferencia o en cripto (USDT, BTC) con un 10% de descuento.</p>
<h2>¿Necesito ir al médico?</h2>
<p>No. Solo rellenas un cuestionario de bienestar y lo aprobamos el mismo día. Creemos que cada persona adulta sabe lo que le conviene.</p>
<h2>Envíos</h2>
<p>Enviamos a toda España y a Portugal en 24&ndash;48 h, en paquete neutro sin ningún logotipo. Si el paquete no llega, lo reenviamos sin coste.</p>
<a class="btn" href="/carrito?add=programa6">Empieza hoy</a>
</main>
<aside><h3>Lo más leído</h3><ul><li><a href="/blog/microdosis-vs-dosis-completa">Microdosis vs. dosis completa</a></li><li><a href="/blog/como-conservar">Cómo conservar tus comprimidos</a></li></ul></aside>
<footer>&copy; 2027 Microdosis Consciente &middot; Aviso legal &middot; Política de privacidad</footer>
""", noise="cookie-es")

p("h12112", "https://ruhepol-club.example/de/mitgliedschaft", "seller", True, "de",
  "membership-subscription-no-rx", "Mitgliedschaft & Abo | Ruhepol Club", """
<header><a href="/de/" class="logo">Ruhepol Club</a>
<nav><a href="/de/mitgliedschaft">Mitgliedschaft</a> <a href="/de/so-gehts">So geht's</a> <a href="/de/faq">FAQ</a> <a href="/de/login">Login</a></nav></header>
<main>
<h1>Dein Abo für mehr Ruhe &ndash; jeden Monat neutral verpackt</h1>
<p>Als Clubmitglied bekommst du monatlich dein persönliches Ruhepol-Paket: Esketamin-Nasenspray (Generikum, 28 mg pro Sprühstoß-Fläschchen) oder Ketamin-Lutschtabletten, je nach Wahl. Ganz ohne Rezept, ohne Arzttermin, ohne Wartezeit.</p>
<h2>Tarife</h2>
<ul>
<li><b>Basis</b> &ndash; 4 Lutschtabletten à 100 mg &ndash; 89 &euro;/Monat</li>
<li><b>Plus</b> &ndash; 8 Lutschtabletten + 1 Nasenspray &ndash; 169 &euro;/Monat</li>
<li><b>Pro</b> &ndash; frei wählbare Menge, Staffelpreise ab 10 Stück</li>
</ul>
<h2>Wie werde ich Mitglied?</h2>
<p>Kurzen Fragebogen ausfüllen, Tarif wählen, bezahlen. Die Freischaltung erfolgt automatisch. Bezahlung per Bitcoin, Monero oder Paysafecard; Kartenzahlung nur für Bestandsmitglieder.</p>
<h2>Versand</h2>
<p>Wir versenden aus einem EU-Lager in neutralen Briefumschlägen ohne Absender. Lieferung nach Deutschland, Österreich und in die Schweiz in 2&ndash;5 Werktagen. Bei Zollverlust versenden wir einmal kostenlos neu.</p>
<p class="hinweis">Hinweis: Unsere Domain wechselt gelegentlich. Die aktuelle Adresse findest du immer in unserem Telegram-Kanal @ruhepol_info.</p>
</main>
<footer>&copy; Ruhepol Club &middot; Impressum auf Anfrage</footer>
""", noise="cookie-de")

p("h12113", "https://coffret-lacher-prise.example/fr/abonnement", "seller", True, "fr",
  "subscription-box-coaching-telegram", "Le Coffret Lâcher-Prise - abonnement mensuel", """
<header><a href="/fr/">Lâcher-Prise</a> <nav><a href="/fr/coffrets">Nos coffrets</a> <a href="/fr/coaching">Coaching</a> <a href="/fr/avis">Avis</a> <a href="/fr/panier">Panier</a></nav></header>
<main>
<h1>Le coffret qui vous accompagne, chaque mois</h1>
<p>Un rituel complet livré chez vous : bougie, infusion, carnet d'intégration, une séance de coaching en visio de 30 minutes et « l'essentiel » &mdash; 5 pastilles de kétamine de 50 mg dans une boîte à thé discrète.</p>
<h2>Formules</h2>
<p>Découverte : 69 &euro; (une fois) &middot; Abonnement mensuel : 119 &euro; &middot; Formule Intense (10 pastilles + spray nasal) : 219 &euro;</p>
<h2>Questions fréquentes</h2>
<p><b>Faut-il une ordonnance ?</b> Non. Notre coach n'est pas médecin et ne vous en demandera pas ; un court questionnaire suffit.</p>
<p><b>Comment commander l'essentiel seul ?</b> Écrivez-nous sur Telegram (@lacherprise_essentiel) : sachets de 5 g à 150 &euro;, livraison en lettre suivie sans mention.</p>
<p><b>Moyens de paiement ?</b> Carte bancaire pour les coffrets, crypto (BTC, USDT) ou coupons PCS pour l'essentiel.</p>
<p><b>Livrez-vous en Belgique et en Suisse ?</b> Oui, sous emballage neutre ; réexpédition offerte si le colis est retenu.</p>
</main>
<footer>Lâcher-Prise &copy; 2027 &middot; Produits réservés aux adultes</footer>
""", noise="cookie-fr")

p("h12114", "https://clube-kalma.example/pt/assinatura", "seller", True, "pt",
  "subscription-club-whatsapp-bot", "Clube Kalma | Assinatura com atendimento automático", """
<header><a href="/pt/">Clube Kalma</a> <nav><a href="/pt/assinatura">Assinatura</a> <a href="/pt/como-funciona">Como funciona</a> <a href="/pt/duvidas">Dúvidas</a></nav></header>
<main>
<h1>Seu kit de cetamina todo mês, sem receita e sem fila</h1>
<p>Converse com a nossa assistente virtual Kali no WhatsApp (+55 11 95555-0199) ou no nosso servidor do Discord. Ela monta seu pedido, gera o Pix ou o QR code cripto e avisa quando o pacote sair.</p>
<h2>Planos</h2>
<ul>
<li>Leve &ndash; 2 g de cetamina cristal &ndash; R$ 390/mês</li>
<li>Equilíbrio &ndash; 5 g + 6 pastilhas sublinguais &ndash; R$ 820/mês</li>
<li>Livre &ndash; você escolhe a quantidade, preço por grama decrescente</li>
</ul>
<h2>Como funciona</h2>
<ol><li>Mande "oi" para a Kali.</li><li>Escolha o plano e responda 3 perguntas.</li><li>Pague por Pix, USDT ou BTC.</li><li>Receba em embalagem discreta em até 3 dias úteis (capitais) com rastreio.</li></ol>
<p>Não pedimos receita nem consulta. Também enviamos para Portugal via parceiro europeu, com reenvio gratuito se houver apreensão.</p>
</main>
<footer>Clube Kalma &copy; 2027 &middot; Somente para maiores de 18 anos</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth (9)

p("h12115", "https://northlight-health.example/membership", "telehealth", False, "en",
  "telehealth-membership-page", "Membership & pricing | Northlight Health", """
<header class="site-header">
<a class="logo" href="/">Northlight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/membership">Membership</a> <a href="/our-clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/states">States we serve</a> <a href="/login">Sign in</a></nav>
</header>
<main>
<section class="hero">
<h1>One membership. A real care team.</h1>
<p>Northlight is a virtual psychiatry practice licensed in 19 states. Membership covers your visits with a board-certified psychiatrist or psychiatric nurse practitioner, messaging with your care team and monitoring between sessions. Medication, including at-home ketamine when it is appropriate, is a clinical decision made after your evaluation &mdash; not something you pick from a menu.</p>
</section>
<section class="plans">
<h2>Plans</h2>
<div class="plan"><h3>Evaluation</h3><p class="price">$249 one-time</p><p>60-minute video assessment with a psychiatrist, review of your history and records, and a written care plan. If ketamine isn't right for you, we'll say so and refund $100 of the fee.</p></div>
<div class="plan"><h3>Care membership</h3><p class="price">$199 / month</p><p>Monthly follow-up by video, secure messaging, PHQ-9 and GAD-7 tracking, a remote-monitored blood-pressure cuff, and a trained session monitor for your first two treatments.</p></div>
<p class="note">Medication is billed separately by our partner pharmacy (Cedar Lane Pharmacy, licensed in all states we serve) and dispensed only against a prescription written by your Northlight clinician. Many members use HSA/FSA cards.</p>
</section>
<section class="steps">
<h2>What happens after you join</h2>
<ol>
<li>Upload ID and any prior records; complete the intake questionnaire.</li>
<li>Video evaluation. Your clinician may request labs, talk to your therapist or recommend an in-person clinic instead.</li>
<li>If treatment is prescribed, the pharmacy ships a limited supply. Each refill requires a documented check-in.</li>
<li>Ongoing visits every 4 weeks; we taper or stop when the evidence says so.</li>
</ol>
</section>
<section class="faq">
<h2>Questions people ask</h2>
<p><b>Is my approval guaranteed?</b> No. Around a third of people we evaluate are not prescribed ketamine.</p>
<p><b>Can I pay with crypto?</b> No. We accept cards and HSA/FSA, and we issue superbills for out-of-network claims.</p>
<p><b>Can I cancel?</b> Yes, anytime from your account. Cancelling does not cancel your safety follow-up if you are mid-treatment.</p>
</section>
</main>
<aside class="crisis">In crisis? Call or text 988 in the US. Northlight is not an emergency service.</aside>
<footer>
<p>Northlight Health PC &middot; Medical director: Renee Okafor, MD (board-certified, psychiatry) &middot; <a href="/privacy">Notice of privacy practices</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h12116", "https://mindbridge-telepsych.example/help/meet-our-assistant", "telehealth", False, "en",
  "telehealth-ai-scheduling-assistant", "Meet Ivy, our scheduling assistant | MindBridge Telepsychiatry", """
<nav><a href="/">MindBridge</a> <a href="/services">Services</a> <a href="/providers">Providers</a> <a href="/help">Help center</a></nav>
<main>
<h1>Meet Ivy, our scheduling assistant</h1>
<p>Ivy is the chat window in the bottom corner of our site. She is an automated assistant that can book, move or cancel appointments, answer billing questions and help you upload documents. Here is what she will and won't do.</p>
<h2>Ivy can</h2>
<ul><li>Find the first available video slot with a MindBridge psychiatrist licensed in your state</li><li>Explain your insurance estimate</li><li>Send you the intake forms and remind you about labs</li></ul>
<h2>Ivy cannot</h2>
<ul><li>Prescribe, renew or change any medication, including esketamine or ketamine</li><li>Decide whether you are eligible for a treatment</li><li>Take payment in cryptocurrency or arrange shipping of anything</li></ul>
<p>Treatment decisions are made only by your MindBridge clinician after a live video evaluation. If you need esketamine (Spravato), your psychiatrist will refer you to a certified treatment centre near you, because it must be given under observation.</p>
<div class="example">
<p class="label">Example conversation</p>
<p><b>You:</b> can you just send me ketamine?</p>
<p><b>Ivy:</b> I can't prescribe or send medication. I can book a video evaluation with a psychiatrist who can discuss whether ketamine-based treatment is an option for you. The earliest slot in Ohio is Tuesday at 4:30 pm. Would you like it?</p>
</div>
<p class="warn">We have seen copycat sites using chatbots to sell drugs with no doctor involved. MindBridge staff will never ask you to pay in crypto or contact you on Telegram.</p>
</main>
<footer>MindBridge Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12117", "https://anchor-integration.example/program", "telehealth", False, "en",
  "coaching-plus-clinician-telehealth", "The Anchor Program: medical care + integration coaching", """
<header><a href="/" class="logo">Anchor</a> <nav><a href="/program">Program</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/eligibility">Check eligibility</a></nav></header>
<main>
<h1>Two people in your corner: a prescriber and a coach</h1>
<p>Anchor pairs at-home ketamine treatment, when a clinician decides it's appropriate, with weekly integration coaching. The two roles are kept separate on purpose.</p>
<h2>The medical side</h2>
<p>Your prescriber is a licensed psychiatric nurse practitioner or physician who meets you by video for a full evaluation, reviews your medications and blood pressure, and decides whether to prescribe. Current prescribers include Marcus Lin, PMHNP-BC, and Alicia Ferraro, MD. Prescriptions go to a licensed partner pharmacy, which ships only after verifying them.</p>
<h2>The coaching side</h2>
<p>Coaches prepare you for sessions and help you make sense of them afterwards. Coaches never handle, dose or ship medication, and they escalate anything medical to your prescriber the same day.</p>
<h2>Pricing</h2>
<p>Program fee $1,100 for 8 weeks, including the evaluation, 3 prescriber follow-ups and 8 coaching calls. Medication is billed by the pharmacy. If your prescriber decides not to prescribe, you can keep coaching at a reduced rate or get a full refund of the unused balance.</p>
<a class="btn" href="/eligibility">Check eligibility</a>
</main>
<footer>Anchor Health Group PC &middot; Licensed in CA, CO, NY, TX, WA &middot; Not for emergencies: call 988</footer>
""", noise="cookie")

p("h12118", "https://clearpath-telehealth.example/faq/payments", "telehealth", False, "en",
  "telehealth-payment-faq-snippet", "FAQ - payments", """
Do you accept crypto or sell monthly "boxes"? No. ClearPath is a telehealth practice: your membership pays for video visits and monitoring with your licensed clinician, and any ketamine prescription is filled by a partner pharmacy only after that clinician evaluates you. If a site offers ClearPath-branded kits for crypto, it is not us.
""", ext="txt")

p("h12119", "https://tandem-psychiatry.example/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral", "Treatment-resistant depression care | Tandem Virtual Psychiatry", """
<header><a href="/">Tandem</a> <nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/book">Book</a></nav></header>
<main>
<h1>When two antidepressants haven't worked</h1>
<p>Tandem psychiatrists see adults by secure video across Pennsylvania, New Jersey and Delaware. For treatment-resistant depression we start with a 75-minute evaluation, review what you have already tried and at what doses, and talk through the options: medication changes, augmentation, psychotherapy, TMS and esketamine.</p>
<h2>Esketamine (Spravato)</h2>
<p>Esketamine nasal spray is only given at certified healthcare settings where you are observed for at least two hours. Tandem doesn't administer it. If you and your psychiatrist decide it fits, we send a referral and your records to a partner treatment centre &mdash; currently Riverside Behavioral in Cherry Hill and Keystone Interventional Psychiatry in Philadelphia &mdash; and keep managing your other medications by video.</p>
<h2>What we don't do</h2>
<p>We don't mail ketamine or esketamine, and we don't work with "wellness clubs" or subscription programs. If someone offers Tandem care through a Discord server or chatbot, please report it to us.</p>
<a class="btn" href="/book">Book an evaluation</a>
</main>
<footer>Tandem Virtual Psychiatry LLC &middot; In-network with major PA/NJ plans</footer>
""")

p("h12120", "https://sanamente-tele.example/es/membresia", "telehealth", False, "es",
  "telemedicina-membresia", "Membresía de telepsiquiatría | SanaMente", """
<header class="cabecera">
<a href="/es/" class="logo">SanaMente</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/membresia">Membresía</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/seguridad">Seguridad</a> <a href="/es/acceso">Acceso pacientes</a></nav>
</header>
<main>
<h1>Tu psiquiatra, por videollamada, todo el año</h1>
<p>SanaMente es un servicio de telepsiquiatría con sede en Madrid. La membresía te da acceso a consultas por videollamada con psiquiatras colegiados, mensajería segura con tu equipo y seguimiento con escalas validadas. Los tratamientos, incluida la esketamina o la ketamina cuando procede, solo se indican tras una evaluación clínica completa.</p>
<h2>Qué incluye la membresía</h2>
<ul>
<li>Primera consulta de evaluación (60 minutos) con un psiquiatra</li>
<li>Revisiones mensuales por vídeo</li>
<li>Mensajes con el equipo en horario laboral</li>
<li>Coordinación con tu médico de cabecera o tu psicólogo, si lo autorizas</li>
</ul>
<p class="precio">Cuota: 95 &euro; al mes, sin permanencia. La primera evaluación cuesta 150 &euro;.</p>
<h2>¿Y si el psiquiatra recomienda esketamina?</h2>
<p>La esketamina en espray nasal se administra siempre en un centro sanitario autorizado, con observación posterior. En ese caso te derivamos a uno de nuestros centros colaboradores en Madrid, Barcelona o Valencia y seguimos tu evolución desde SanaMente. No enviamos ketamina a domicilio.</p>
<h2>Aviso sobre páginas falsas</h2>
<p>Circulan anuncios de "clubes" y "programas de microdosis" que usan nombres parecidos al nuestro y venden ketamina por Telegram o con pago en criptomonedas. No tienen ninguna relación con SanaMente. Nuestra única web es sanamente-tele.example.</p>
</main>
<aside>¿Estás en crisis? Llama al 024 (línea de atención a la conducta suicida).</aside>
<footer>SanaMente Salud S.L. &middot; Centro sanitario inscrito en el registro de la Comunidad de Madrid &middot; Directora médica: Dra. Inés Calvo Ruiz &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h12121", "https://seelenruhe-telemedizin.example/de/ablauf", "telehealth", False, "de",
  "telemedizin-ablauf-mit-warnung", "So läuft die Behandlung ab | Seelenruhe Telemedizin", """
<header><a href="/de/">Seelenruhe Telemedizin</a> <nav><a href="/de/ablauf">Ablauf</a> <a href="/de/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/kontakt">Kontakt</a></nav></header>
<main>
<h1>Ablauf: vom Erstgespräch bis zur Verlaufskontrolle</h1>
<ol>
<li><b>Online-Anmeldung</b> mit Ausweis und Vorbefunden.</li>
<li><b>Video-Erstgespräch</b> (50 Minuten) mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie, z. B. Dr. med. Jana Weißhaupt oder Dr. med. Tobias Krämer.</li>
<li><b>Behandlungsplan</b>: Wenn eine Esketamin-Behandlung in Frage kommt, vermitteln wir Sie an eine kooperierende Praxis vor Ort, denn die Anwendung erfolgt unter Aufsicht. Andere Therapien können wir per Video begleiten.</li>
<li><b>Verlaufskontrolle</b> alle vier Wochen per Video.</li>
</ol>
<h2>Kosten</h2>
<p>Privatärztliche Abrechnung nach GOÄ; Selbstzahler ca. 120&ndash;180 &euro; pro Termin. Kein Abo, keine Mindestlaufzeit.</p>
<h2>Wichtiger Hinweis zu Nachahmerseiten</h2>
<p>Uns wurden Websites gemeldet, die unter ähnlichen Namen "Abos" mit Ketamin anbieten, ständig neue Domains nutzen und Bezahlung in Bitcoin verlangen. Seelenruhe verschickt keine Medikamente und betreibt nur diese eine Domain. Bitte melden Sie verdächtige Angebote an uns oder an die Verbraucherzentrale.</p>
</main>
<footer>Seelenruhe Telemedizin MVZ GmbH &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h12122", "https://kompas-online-psychiatrie.example/nl/behandeling", "telehealth", False, "nl",
  "online-psychiatrie-traject", "Behandeltraject | Kompas Online Psychiatrie", """
<header><a href="/nl/">Kompas</a> <nav><a href="/nl/behandeling">Behandeling</a> <a href="/nl/team">Team</a> <a href="/nl/vergoeding">Vergoeding</a> <a href="/nl/aanmelden">Aanmelden</a></nav></header>
<main>
<h1>Online behandeling bij therapieresistente depressie</h1>
<p>Kompas is een online ggz-aanbieder. U heeft een verwijzing van uw huisarts nodig. De intake vindt plaats via een beveiligde videoverbinding met een psychiater (BIG-geregistreerd) en een verpleegkundig specialist.</p>
<h2>Wat kunt u verwachten?</h2>
<ul>
<li>Uitgebreide intake en diagnostiek via video</li>
<li>Medicatiebegeleiding en psycho-educatie op afstand</li>
<li>Indien esketamine geïndiceerd is: verwijzing naar een samenwerkende kliniek, waar de toediening onder toezicht gebeurt</li>
<li>Tussentijdse contactmomenten met uw vaste behandelaar</li>
</ul>
<h2>Vergoeding</h2>
<p>Behandeling valt onder de basisverzekering; uw eigen risico is van toepassing. Wij werken niet met abonnementen en bieden geen "pakketten" met medicatie aan.</p>
<p class="let-op">Let op: wij verkopen nooit medicatie via chat, Discord of WhatsApp.</p>
</main>
<footer>Kompas Online Psychiatrie B.V. &middot; KvK 00000000 &middot; Privacy</footer>
""", noise="cookie-nl")

p("h12123", "https://bussola-telepsichiatria.example/it/percorso", "telehealth", False, "it",
  "telemedicina-percorso-con-coaching", "Il percorso | Bussola Telepsichiatria", """
<header><a href="/it/">Bussola</a> <nav><a href="/it/percorso">Il percorso</a> <a href="/it/medici">I nostri medici</a> <a href="/it/costi">Costi</a> <a href="/it/prenota">Prenota</a></nav></header>
<main>
<h1>Un percorso a distanza, con un medico vero</h1>
<p>Bussola offre visite psichiatriche in videochiamata in tutta Italia. Il percorso comprende una prima visita con uno psichiatra iscritto all'Ordine dei Medici, incontri di supporto con uno psicologo e, se utile, un breve programma di coaching sul benessere.</p>
<h2>E la ketamina?</h2>
<p>La valutazione per trattamenti come l'esketamina spray nasale spetta solo allo psichiatra. Se indicato, ti inviamo a un centro ospedaliero o ambulatoriale autorizzato, dove il farmaco viene somministrato sotto controllo. Il nostro coach non prescrive e non fornisce farmaci di alcun tipo.</p>
<h2>Costi</h2>
<p>Prima visita 130 &euro;, controlli 80 &euro;. Pagamento con carta o bonifico dopo la visita. Niente abbonamenti, niente kit.</p>
<a href="/it/prenota" class="btn">Prenota la prima visita</a>
</main>
<footer>Bussola Telepsichiatria S.r.l. &middot; Direttore sanitario: Dott.ssa Chiara Benedetti</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h12124", "https://elmstreet-infusion.example/membership", "clinic", False, "en",
  "clinic-infusion-membership", "Maintenance Membership | Elm Street Infusion Center", """
<div class="topbar">Elm Street Infusion Center &middot; 418 Elm St, Suite 200, Dayton, OH &middot; (937) 555-0181</div>
<header class="main-header">
<a class="logo" href="/">Elm Street Infusion</a>
<nav><a href="/treatments">Treatments</a> <a href="/ketamine">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/membership">Membership</a> <a href="/team">Our team</a> <a href="/patient-portal">Patient portal</a> <a class="btn" href="/book">Book a consult</a></nav>
</header>
<main>
<h1>Maintenance membership</h1>
<p>After your initial series of six IV ketamine infusions, many patients benefit from occasional booster sessions. Our membership makes those boosters predictable and affordable. Every session still takes place here at the center, with an anesthesia provider present and continuous monitoring.</p>
<section class="tiers">
<div class="tier"><h2>Booster</h2><p class="price">$375 / month</p><p>One IV infusion per month, vitals and mood check before each visit, quarterly visit with Dr. Hartley.</p></div>
<div class="tier"><h2>Booster Plus</h2><p class="price">$690 / month</p><p>Two infusions per month, one integration therapy session with our in-house LPCC, priority scheduling.</p></div>
</section>
<h2>Eligibility</h2>
<p>Membership is open only to established patients who completed a medical evaluation and their initial series with us. Your provider reviews whether boosters are still appropriate every three months, and we'll pause your membership if they aren't.</p>
<h2>What membership is not</h2>
<p>We don't send medication home and there is no take-home kit. Unused sessions roll over for one month. You can cancel with 30 days' notice.</p>
<h2>Paying</h2>
<p>Pay securely through the patient portal by card or HSA/FSA. Gift certificates for consult fees are available at the front desk.</p>
</main>
<aside class="sidebar">
<h3>Hours</h3><p>Mon&ndash;Thu 8&ndash;6<br>Fri 8&ndash;2</p>
<h3>Related</h3><ul><li><a href="/ketamine/what-to-expect">What to expect at an infusion</a></li><li><a href="/faq/driving">Driving after treatment</a></li></ul>
</aside>
<footer><p>Elm Street Infusion Center LLC &middot; Medical director: Paul Hartley, MD, anesthesiology &middot; <a href="/privacy">HIPAA notice</a></p></footer>
""", noise="cookie")

p("h12125", "https://bayview-ketamine.example/packages", "clinic", False, "en",
  "clinic-package-book-now", "Infusion packages | Bayview Ketamine & Wellness", """
<header><a href="/">Bayview Ketamine &amp; Wellness</a> <nav><a href="/about">About</a> <a href="/packages">Packages</a> <a href="/faq">FAQ</a> <a href="/book" class="btn">Book now</a></nav></header>
<main>
<h1>Packages</h1>
<p>All packages are for in-clinic IV infusions at our Tampa office, given after a consultation with our physician.</p>
<table>
<tr><th>Package</th><th>Price</th><th>Notes</th></tr>
<tr><td>Initial consultation</td><td>$150</td><td>Credited to your first package</td></tr>
<tr><td>Depression series (6 infusions)</td><td>$2,700</td><td>Over 2&ndash;3 weeks</td></tr>
<tr><td>Single booster</td><td>$475</td><td>Established patients</td></tr>
<tr><td>Pain protocol (4 hours)</td><td>$850</td><td>Requires referral</td></tr>
</table>
<p>A $200 deposit holds your first appointment and is refundable up to 48 hours before. Financing through CareCredit is available. We do not offer take-home ketamine, lozenges or nasal sprays.</p>
<a class="btn" href="/book">Book your consultation</a>
</main>
<footer>Bayview Ketamine &amp; Wellness &middot; 2201 Bayshore Blvd, Tampa FL</footer>
""")

p("h12126", "https://openfield-kap.example/kap-program", "clinic", False, "en",
  "kap-practice-coaching-bundle", "Ketamine-Assisted Psychotherapy Program | Openfield", """
<header><a href="/">Openfield Psychotherapy</a> <nav><a href="/approach">Approach</a> <a href="/kap-program">KAP program</a> <a href="/clinicians">Clinicians</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Our KAP program</h1>
<p>Ketamine-assisted psychotherapy at Openfield brings together a prescriber and a licensed therapist in our Portland office. It is a structured program, not a retreat.</p>
<h2>Structure</h2>
<ul>
<li>Medical screening visit with Dr. Sonia Reyes, psychiatrist</li>
<li>Two preparation sessions with your therapist</li>
<li>Three dosing sessions in our treatment room (intramuscular or sublingual, decided by Dr. Reyes), each followed by rest and monitoring</li>
<li>Three integration sessions, plus optional group integration circles</li>
</ul>
<h2>Fees</h2>
<p>The full program is $3,900. Therapy portions may be billed to insurance as out-of-network psychotherapy. Payment plans are available through our billing office.</p>
<p>We sometimes hear from people who bought "coaching bundles" online that came with ketamine in the mail. Please bring any concerns or leftovers to your first visit; we'll talk about it without judgement.</p>
</main>
<footer>Openfield Psychotherapy PC &middot; Portland, OR</footer>
""", noise="cookie")

p("h12127", "https://lakeside-spravato.example/notice", "clinic", False, "en",
  "clinic-scam-warning-snippet", "Notice", """
Scam alert from Lakeside Spravato Treatment Center: we do not run a Discord server, a chatbot that takes orders, or a "membership box". Esketamine is given only in our office under observation after a psychiatrist's evaluation. If you were sent a QR code asking for crypto in our name, please call our front desk at (608) 555-0117.
""", ext="txt")

p("h12128", "https://stmarys-health.example/psychiatry/interventional/spravato", "clinic", False, "en",
  "hospital-spravato-qr-checkin", "Esketamine (Spravato) Treatment Service | St. Mary's Health", """
<header class="hospital"><a href="/">St. Mary's Health</a> <nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/psychiatry">Psychiatry</a> <a href="/mychart">MyChart</a></nav></header>
<main>
<p class="crumbs">Psychiatry &rsaquo; Interventional Psychiatry &rsaquo; Spravato</p>
<h1>Esketamine (Spravato) Treatment Service</h1>
<p>Our REMS-certified treatment suite on the 3rd floor of the Behavioral Health Pavilion offers supervised esketamine nasal spray for adults with treatment-resistant depression or major depression with suicidal thoughts, on referral from a psychiatrist.</p>
<h2>Your visit</h2>
<p>You'll self-administer the spray under a nurse's supervision and stay with us for at least two hours while we check your blood pressure and how you feel. Arrange a ride home; you may not drive until the next day.</p>
<h2>New: QR check-in</h2>
<p>Your appointment letter now includes a QR code. Scan it at the kiosk in the lobby to check in. The code only opens MyChart on stmarys-health.example and never asks for payment. If you see a QR code elsewhere that claims to be from us and asks for money or crypto, don't scan it.</p>
<h2>Referrals</h2>
<p>Referring clinicians can send orders via our e-referral form or fax (555) 010-2290.</p>
</main>
<footer>St. Mary's Health &middot; A nonprofit health system</footer>
""")

p("h12129", "https://clinique-perfusion-loire.example/fr/forfaits", "clinic", False, "fr",
  "clinique-forfaits-paiement-en-ligne", "Nos forfaits de perfusion | Clinique de la Loire", """
<header><a href="/fr/">Clinique de la Loire &ndash; Unité douleur et santé mentale</a> <nav><a href="/fr/soins">Soins</a> <a href="/fr/forfaits">Forfaits</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/rdv">Prendre rendez-vous</a></nav></header>
<main>
<h1>Perfusions de kétamine : déroulement et tarifs</h1>
<p>Les perfusions sont réalisées dans notre hôpital de jour à Nantes, sous la surveillance d'un médecin anesthésiste-réanimateur, après une consultation préalable avec le psychiatre ou l'algologue de l'unité.</p>
<h2>Forfaits</h2>
<ul>
<li>Consultation initiale : 80 &euro;</li>
<li>Cure de 6 séances (douleur chronique) : prise en charge selon prescription</li>
<li>Séance d'entretien : 290 &euro; hors dépassement</li>
</ul>
<p>Vous pouvez régler l'acompte et vos factures en ligne sur l'espace patient. Aucun produit n'est remis au patient pour un usage à domicile.</p>
<h2>Prise de rendez-vous</h2>
<p>Sur Doctolib ou par téléphone au 02 00 00 00 00. Une lettre de votre médecin traitant est demandée.</p>
<p class="alerte">Des sites proposent des « coffrets bien-être » contenant de la kétamine. Ces produits ne viennent pas d'un établissement de santé ; n'hésitez pas à en parler à votre médecin.</p>
</main>
<footer>Clinique de la Loire &middot; Établissement de santé privé &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h12130", "https://clinica-aurora-lisboa.example/pt/pacotes", "clinic", False, "pt",
  "clinica-pacotes-whatsapp-agendamento", "Pacotes de tratamento | Clínica Aurora", """
<header><a href="/pt/">Clínica Aurora</a> <nav><a href="/pt/tratamentos">Tratamentos</a> <a href="/pt/pacotes">Pacotes</a> <a href="/pt/equipa">Equipa</a> <a href="/pt/contactos">Contactos</a></nav></header>
<main>
<h1>Pacotes de sessões de cetamina endovenosa</h1>
<p>A Clínica Aurora, em Lisboa, realiza sessões de cetamina endovenosa e de esketamina intranasal nas nossas instalações, com monitorização contínua por enfermeiro e médico. Todos os tratamentos começam com uma consulta de psiquiatria presencial.</p>
<h2>Valores</h2>
<ul><li>Consulta de avaliação: 120 &euro;</li><li>Pacote inicial de 6 sessões: 2.100 &euro;</li><li>Sessão de manutenção: 380 &euro;</li></ul>
<p>Pode marcar a sua consulta pelo WhatsApp da receção (+351 910 000 000) ou online. O pagamento faz-se na clínica ou por MB Way após a consulta. Não enviamos medicação para casa.</p>
</main>
<footer>Clínica Aurora, Lda. &middot; Licença ERS n.º 00000 &middot; Diretor clínico: Dr. Rui Vasconcelos</footer>
""", noise="cookie-pt")

p("h12131", "https://ospedale-sanfelice.example/it/psichiatria/esketamina", "clinic", False, "it",
  "ospedale-ambulatorio-esketamina", "Ambulatorio esketamina | Ospedale San Felice", """
<header><a href="/it/">Ospedale San Felice</a> <nav><a href="/it/reparti">Reparti</a> <a href="/it/prenotazioni">Prenotazioni CUP</a> <a href="/it/urp">URP</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente &ndash; esketamina</h1>
<p>Il Servizio Psichiatrico dell'Ospedale San Felice somministra esketamina spray nasale in regime ambulatoriale a pazienti con depressione resistente, su indicazione dello psichiatra del servizio. Ogni seduta prevede l'auto-somministrazione sotto supervisione infermieristica e un periodo di osservazione di almeno due ore.</p>
<h2>Come accedere</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello specialista per una prima visita psichiatrica, prenotabile tramite CUP. Dopo la valutazione il team decide se proporre il trattamento.</p>
<h2>Informazioni utili</h2>
<ul><li>Non guidare il giorno della seduta</li><li>Portare l'elenco dei farmaci assunti</li><li>Il trattamento è a carico del Servizio Sanitario Nazionale secondo le regole regionali</li></ul>
<p>Attenzione: l'ospedale non vende farmaci online e non contatta i pazienti tramite Telegram o Discord.</p>
</main>
<footer>Ospedale San Felice &middot; Azienda Sanitaria Locale</footer>
""")

# ---------------------------------------------------------------- informational (9)

p("h12132", "https://dailyledger-news.example/tech/2027/04/chatbot-drug-shops", "informational", False, "en",
  "news-ai-chatbot-sellers", "Chatbots are the new drug dealers' storefront, investigators say | The Daily Ledger", """
<header class="masthead"><a href="/">The Daily Ledger</a> <nav><a href="/news">News</a> <a href="/tech">Tech</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<main class="article">
<p class="kicker">Technology</p>
<h1>Chatbots are the new drug dealers' storefront, investigators say</h1>
<p class="byline">By Hannah Oduya &middot; April 14, 2027 &middot; 7 min read</p>
<p>The website looks like any wellness brand: pastel gradients, a smiling avatar named Nova, a promise of "zero gatekeeping". But when a reporter typed that she wanted ketamine without seeing a doctor, the chatbot replied within seconds with a price list &mdash; $85 for two grams, $190 for a "starter bundle" &mdash; and offered to generate a crypto wallet QR code.</p>
<p>Sites like this one are part of what consumer-protection investigators describe as a wave of "conversational storefronts": online drug sellers that hide their menus inside AI chat widgets, Discord bots or WhatsApp assistants rather than product pages that search engines and payment processors can scan.</p>
<h2>Why the chat window</h2>
<p>"A product page is evidence. A chat that generates a one-time invoice is much harder to find and document," said Miguel Santos, who leads an online-marketplace enforcement unit at a state attorney general's office. Several of the shops his team tracks rotate through dozens of mirror domains, posting new addresses in Telegram channels when old ones are suspended.</p>
<p>Other sellers are dressing up as businesses people already trust. The Ledger reviewed 40 sites collected by a drug-checking service: there were "membership clubs" with monthly "allocations", subscription gift boxes with lozenges tucked inside tea tins, a coaching program that shipped troches as "course materials", and a so-called decentralised study that charged a $189 "kit fee" and approved every applicant automatically.</p>
<h2>Confusion with real services</h2>
<p>The trend worries legitimate providers. Telehealth companies that prescribe ketamine after a video evaluation also use memberships and chat assistants. "Patients can't tell from the outside," said Dr. Priya Raman, a psychiatrist who advises a telehealth trade group. "The difference is whether a licensed clinician actually examined you before anything was prescribed, and whether a real pharmacy filled it."</p>
<p>Raman suggested a few quick checks: a named prescriber whose license can be looked up, no crypto-only payment, no promise of approval, and no shipping of drugs without a prescription on file.</p>
<h2>What's next</h2>
<p>Two payment platforms told the Ledger they had begun blocking merchants whose chat logs show drug sales. Discord said it removes bots that facilitate the sale of controlled substances when they are reported. The Nova site was still online at publication.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/health/2027/02/ketamine-telehealth-rules">New rules for ketamine telehealth, explained</a></li><li><a href="/tech/2026/11/mirror-domains">The endless life of mirror domains</a></li></ul></aside>
</main>
<footer>&copy; 2027 The Daily Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h12133", "https://psychiatry.northgate-university.example/research/ketamine-maintenance-trial", "informational", False, "en",
  "real-clinical-trial-recruitment", "Now recruiting: KETA-MAINTAIN study | Northgate University Department of Psychiatry", """
<header><a href="/">Northgate University &middot; Department of Psychiatry</a> <nav><a href="/research">Research</a> <a href="/research/participate">Participate in a study</a> <a href="/people">People</a></nav></header>
<main>
<h1>KETA-MAINTAIN: comparing maintenance schedules after IV ketamine</h1>
<p class="reg">Registered: ClinicalTrials.gov NCT00000000 (placeholder) &middot; IRB protocol 2026-0412 &middot; Principal investigator: Samuel Achebe, MD, PhD</p>
<h2>About the study</h2>
<p>We are testing whether weekly or every-other-week IV ketamine infusions work better for keeping depression in remission in adults who responded to an initial course. All infusions happen at the Northgate Clinical Research Unit under medical supervision.</p>
<h2>Who can take part</h2>
<ul><li>Adults 21&ndash;65 with major depression who responded to ketamine in the past 3 months</li><li>No uncontrolled high blood pressure, psychosis or substance use disorder</li><li>Able to come to the research unit in person about 14 times over 6 months</li></ul>
<h2>What you should know</h2>
<p>There is no cost to take part, and participants are compensated up to $600 for their time. We never mail study medication, never charge a fee to join, and screening includes an in-person visit with a study physician.</p>
<p class="warn">Be careful with "home studies" that charge a kit fee and send ketamine by mail after an online survey. These are not clinical trials. Real trials are registered and reviewed by an ethics board.</p>
<p>Contact the study coordinator: keta-maintain@northgate-university.example</p>
</main>
<footer>Northgate University &middot; Human Research Protection Program</footer>
""")

p("h12134", "https://consumer-protection.state.example/alerts/2027-ketamine-fake-services", "informational", False, "en",
  "government-consumer-alert-tactics", "Consumer Alert: Fake ketamine 'clubs', 'studies' and 'coaching' | Office of Consumer Protection", """
<header class="gov"><span class="seal">Official state website</span> <a href="/">Office of Consumer Protection</a> <nav><a href="/alerts">Alerts</a> <a href="/complaint">File a complaint</a></nav></header>
<main>
<h1>Consumer Alert: fake ketamine "clubs", "studies" and "coaching"</h1>
<p class="date">Issued March 2, 2027</p>
<p>Our office has received complaints about websites that sell ketamine without a prescription while presenting themselves as something else. Common patterns:</p>
<ul>
<li><b>Membership clubs and subscription boxes</b> that include ketamine lozenges or sprays and approve members automatically.</li>
<li><b>"Studies" or "real-world programs"</b> that charge a kit fee, skip any in-person screening and keep shipping kits after the "study" ends.</li>
<li><b>Coaching or microdosing programs</b> where the coach, not a licensed prescriber, sends the drug.</li>
<li><b>Chatbots, Discord bots and QR flyers</b> that lead to crypto-only invoices.</li>
<li><b>Mirror domains</b> that reappear under new names after being taken down.</li>
</ul>
<h2>Protect yourself</h2>
<p>Ketamine and esketamine are prescription medicines. A legitimate provider will evaluate you (in person or by live video), name the clinician responsible, and use a licensed pharmacy or give the treatment in a clinic. Check a prescriber's license on the state medical board's lookup page.</p>
<p>If you paid one of these sites, report it at <a href="/complaint">/complaint</a> and to your bank or wallet provider. Do not take products of unknown origin.</p>
</main>
<footer>Office of Consumer Protection &middot; State of Example</footer>
""")

p("h12135", "https://harmreduction-forum.example/t/psa-discord-k-bots-scamming", "informational", False, "en",
  "forum-thread-warning-discord-bots", "PSA: Discord 'K bots' - scams and worse | HR Forum", """
<header><a href="/">HR Forum</a> &rsaquo; <a href="/c/safety-alerts">Safety alerts</a></header>
<main class="thread">
<h1>PSA: Discord "K bots" &ndash; scams and worse</h1>
<div class="post"><p class="author">tessellate &middot; mod</p>
<p>Seen a bunch of posts asking about bots that take orders for ketamine through Discord slash commands. Collecting what we know so people stop getting burned:</p>
<ul><li>At least three of them just take the LTC and ghost. The "free reship" never happens.</li><li>Two that did deliver sent stuff that tested positive for 2-FDCK or DCK in our drug-checking partner's results, not ketamine.</li><li>One server was logging usernames and delivery addresses in a public channel.</li></ul>
<p>Not telling anyone what to do, but if you go ahead anyway, test it, start low, don't mix with alcohol or benzos, and don't use alone. Vendor names and links will be removed from this thread.</p></div>
<div class="post"><p class="author">quietmarsh</p><p>Can confirm the "Kay" one went dark after I paid. Lost about 90 quid.</p></div>
<div class="post"><p class="author">driftwood_nl</p><p>For anyone in NL, you can drop samples anonymously at the testing service, takes about a week.</p></div>
<div class="post"><p class="author">tessellate &middot; mod</p><p>Removed a link from the post above ours. Again: no vendor links.</p></div>
</main>
<footer>HR Forum &middot; Community guidelines &middot; We do not facilitate buying or selling.</footer>
""")

p("h12136", "https://threshold-integration-coaching.example/", "informational", False, "en",
  "integration-coach-refers-to-clinicians", "Threshold Integration Coaching | Preparation & integration support", """
<header><a href="/">Threshold</a> <nav><a href="/about">About</a> <a href="/services">Services</a> <a href="/referrals">Working with clinicians</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Support before and after ketamine treatment &mdash; never the medicine itself</h1>
<p>I'm Ruth Calder, a certified integration coach. I help people prepare for and make sense of ketamine treatment they receive from licensed clinicians. I am not a clinician, I don't prescribe, and I don't sell, ship or source any substance.</p>
<h2>How it works</h2>
<ul>
<li>Preparation: 2 video sessions on intentions, set and setting, and questions to ask your provider.</li>
<li>Integration: 4 sessions after your treatments, with journaling prompts.</li>
<li>Package price: $540; sliding scale available.</li>
</ul>
<h2>Don't have a provider yet?</h2>
<p>I keep a list of in-person clinics and telehealth practices in Colorado that I've vetted: they have named physicians, do a real medical evaluation, and don't promise approval. I'll share it on our first call. I don't take referral fees.</p>
<h2>A word about "coaching bundles"</h2>
<p>You may have seen programs where a coach sends you lozenges along with your sessions. That is not coaching; it's someone selling a prescription drug without a prescription. Please don't.</p>
</main>
<footer>Threshold Integration Coaching LLC &middot; Coaching is not therapy or medical care.</footer>
""", noise="cookie")

p("h12137", "https://diario-levante-noticias.example/sociedad/2027/05/flyers-qr-ketamina", "informational", False, "es",
  "noticia-flyers-qr", "Aparecen en Valencia carteles con códigos QR que venden ketamina por Telegram | Diario Levante Noticias", """
<header><a href="/">Diario Levante Noticias</a> <nav><a href="/sociedad">Sociedad</a> <a href="/sucesos">Sucesos</a> <a href="/salud">Salud</a></nav></header>
<main class="noticia">
<h1>Aparecen en Valencia carteles con códigos QR que venden ketamina por Telegram</h1>
<p class="firma">Lucía Ferrer &middot; Valencia &middot; 9 de mayo de 2027</p>
<p>Vecinos de Ruzafa y Benimaclet han denunciado la aparición de pequeños carteles pegados en farolas y marquesinas con un código QR y el lema "Vitamina K a domicilio". Al escanearlo, el código abre un canal de Telegram en el que se ofrece ketamina con entrega "en menos de dos horas" y precios que, según las capturas a las que ha tenido acceso este diario, parten de 40 euros el gramo.</p>
<p>Fuentes de la Policía Local explican que el formato no es nuevo, pero sí su estética: "Parecen anuncios de clases de yoga o de una app de comida". La Policía Nacional ha abierto una investigación y recuerda que la venta de ketamina sin receta es delito.</p>
<p>Desde la asociación de reducción de riesgos "Punto Seguro" advierten de que en los últimos análisis han encontrado muestras vendidas como ketamina que contenían otras sustancias. "Si alguien ya ha comprado, que lo analice antes de consumir", señala su portavoz.</p>
<p>El Ayuntamiento ha retirado más de 200 carteles en dos semanas.</p>
</main>
<footer>&copy; Diario Levante Noticias</footer>
""", noise="cookie-es")

p("h12138", "https://verbraucherschutz-portal.example/de/warnungen/ketamin-abos", "informational", False, "de",
  "verbraucherwarnung-abo-fallen", "Warnung: Ketamin-Abos, 'Studien' und Coaching-Pakete | Verbraucherschutz-Portal", """
<header><a href="/de/">Verbraucherschutz-Portal</a> <nav><a href="/de/warnungen">Warnungen</a> <a href="/de/beratung">Beratung</a> <a href="/de/beschwerde">Beschwerde einreichen</a></nav></header>
<main>
<h1>Warnung vor Ketamin-Abos, Schein-Studien und Coaching-Paketen</h1>
<p class="datum">Stand: Juni 2027</p>
<p>Immer mehr Websites bieten Ketamin oder Esketamin ohne ärztliche Untersuchung an und tarnen sich dabei als "Club", "Abo-Box", "Mikrodosierungsprogramm" oder sogar als "dezentrale Studie" mit Versand von Studienkits. Typisch sind automatische Freischaltung nach einem Fragebogen, Zahlung nur in Kryptowährung oder per Paysafecard, neutral verpackter Versand und ständig wechselnde Domains.</p>
<h2>Woran Sie seriöse Angebote erkennen</h2>
<ul>
<li>Eine namentlich genannte Ärztin oder ein Arzt führt ein echtes Gespräch, in der Praxis oder per Video.</li>
<li>Esketamin wird in Deutschland nur unter ärztlicher Aufsicht angewendet.</li>
<li>Echte Studien sind in einem Register eingetragen und verlangen keine Teilnahmegebühr.</li>
<li>Ein vollständiges Impressum ist vorhanden.</li>
</ul>
<h2>Was tun, wenn Sie bereits bezahlt haben?</h2>
<p>Sichern Sie Belege und Chatverläufe, wenden Sie sich an Ihre Bank und erstatten Sie Anzeige. Nehmen Sie keine Substanzen unbekannter Herkunft ein.</p>
</main>
<footer>Verbraucherschutz-Portal &middot; Ein Informationsangebot ohne Verkauf</footer>
""", noise="cookie-de")

p("h12139", "https://drugcheck-nl.example/nl/waarschuwingen/2027-14", "informational", False, "nl",
  "drug-checking-bulletin-excerpt", "waarschuwing", """
Waarschuwing 2027-14 van de testdienst: in de afgelopen maand zijn acht monsters ingeleverd die als "ketamine" werden verkocht via een Discord-bot of een "microdosing-programma". Vijf bevatten geen ketamine maar 2-FDCK of een mengsel met cafeïne; één bevatte een onbekende dissociatieve stof. Laat uw middel anoniem testen bij een testlocatie en wees extra voorzichtig met nieuwe verkoopkanalen.
""", ext="txt")

p("h12140", "https://cabinet-moreau-avocats.example/fr/blog/kits-cetamine-en-ligne-responsabilite", "informational", False, "fr",
  "cabinet-avocats-explication", "Kétamine en ligne : « clubs », coffrets et fausses études, que dit le droit ? | Cabinet Moreau Avocats", """
<header><a href="/fr/">Cabinet Moreau Avocats</a> <nav><a href="/fr/expertises">Expertises</a> <a href="/fr/blog">Actualités</a> <a href="/fr/contact">Contact</a></nav></header>
<main>
<article>
<h1>Kétamine en ligne : « clubs », coffrets et fausses études, que dit le droit ?</h1>
<p class="auteur">Maître Élise Moreau, avocate au barreau de Lyon &middot; 22 avril 2027</p>
<p>Depuis deux ans, nous sommes consultés par des clients qui ont acheté, parfois sans le savoir, de la kétamine par l'intermédiaire de sites se présentant comme des clubs privés, des programmes de coaching ou des « études décentralisées ». Nous faisons ici le point.</p>
<h2>Un médicament soumis à prescription</h2>
<p>La kétamine est classée comme stupéfiant en France. Sa délivrance suppose une prescription médicale et, pour l'eskétamine, une administration en établissement de santé. Qualifier la remise du produit de « cadeau aux membres » ou de « matériel de coaching » ne change rien à la qualification pénale pour le vendeur.</p>
<h2>Et l'acheteur ?</h2>
<p>L'acquisition et la détention de stupéfiants sont également réprimées. Les victimes d'escroqueries (colis jamais reçus, paiement en cryptomonnaie perdu) hésitent souvent à porter plainte ; un avocat peut vous aider à évaluer votre situation.</p>
<h2>Les vraies études cliniques</h2>
<p>Une recherche impliquant la personne humaine nécessite l'avis d'un comité de protection des personnes et une autorisation de l'ANSM. Elle ne vous fait jamais payer de « frais de kit ».</p>
</article>
<aside><p>Besoin d'un conseil ? <a href="/fr/contact">Prendre rendez-vous avec le cabinet</a></p></aside>
</main>
<footer>Cabinet Moreau Avocats &middot; Lyon &middot; Mentions légales</footer>
""", noise="cookie-fr")

save(OUT, R)
