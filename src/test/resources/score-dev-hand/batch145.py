# Batch 145 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Wellness, retreats and coaching". Businesses in the wellness world around ketamine: retreats,
# 'ceremonies', coaches, integration circles, microdosing programmes, spas and IV lounges. The sellers
# are wellness brands that hand ketamine (or an analogue) to anyone: retreat "home ceremony kits",
# microdosing protocols with an automatic "wellness intake", a drip bar selling take-home spray, a coach's
# social bio, an affiliate "best retreats" ranking, a classified, a smartshop with 2-FDCK, a Brazilian
# "terapia integrativa" on WhatsApp/PIX, an Italian holistic centre reselling veterinary vials, etc.
# The protected pages are real KAP/infusion clinics and medical retreats with packages, deposits and gift
# cards, telehealth KAP programmes with memberships and integration circles, virtual psychiatry that
# refers for esketamine, and informational pages (magazine investigation quoting vendors and prices,
# integration coaches who supply nothing, harm reduction, research, forum, podcast, job post, news).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, footers), medium and short pages,
# navigation-heavy pages, partial pages, a bot-check wall (url-only) and a few plain-text excerpts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch145.py (writes batch145/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch145")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("h14501", "https://sacredstillness-retreats.example/journeys/home-ceremony-kit", "seller", True, "en",
  "retreat-home-ceremony-kit-long", "Home Ceremony Kit \u2013 Bring the Journey Home | Sacred Stillness Retreats", """
<header class="site-header">
<div class="announce">\u2726 Winter Solstice Circle in Tulum: 3 spots left \u2726 Kits ship worldwide in 5\u20139 days \u2726</div>
<a class="logo" href="/">Sacred Stillness <span>retreats &middot; ceremonies &middot; integration</span></a>
<nav><a href="/">Home</a> <a href="/journeys">Journeys</a> <a href="/journeys/tulum">Tulum Retreat</a> <a href="/journeys/home-ceremony-kit">Home Ceremony Kit</a> <a href="/facilitators">Our Guides</a> <a href="/integration">Integration</a> <a href="/journal">Journal</a> <a href="/cart">Basket (0)</a></nav>
</header>
<main>
<section class="hero">
<h1>The Home Ceremony Kit</h1>
<p class="lede">Not everyone can fly to Tulum. For those who are called to the medicine but cannot travel, we created a complete ceremony you can hold in your own sacred space &mdash; the same protocol our guides use in the jungle, in a box.</p>
<img src="/img/kit-flatlay.jpg" alt="Linen pouch, eye mask, palo santo, amber bottle and journal on a wooden table">
</section>
<section class="whats-inside">
<h2>What's inside</h2>
<ul>
<li>Hand-woven eye mask and ceremony blanket</li>
<li>Palo santo, copal and a hand-poured intention candle</li>
<li>Our 60-minute guided audio journey (download code)</li>
<li>Integration journal with 21 prompts</li>
<li><strong>The medicine:</strong> 6 ceremony doses of pharmaceutical-grade ketamine (sublingual lozenges, 100 mg / 150 mg / 200 mg &mdash; choose at checkout)</li>
</ul>
<p>Our medicine is sourced from the same licensed labs that supply clinics. The difference is that you do not need to sit in a beige waiting room or justify your healing to a psychiatrist to receive it.</p>
</section>
<section class="options">
<h2>Choose your journey</h2>
<div class="option"><h3>Seeker &middot; 6 x 100 mg</h3><p class="price">$289</p><button>Add to basket</button></div>
<div class="option"><h3>Explorer &middot; 6 x 150 mg</h3><p class="price">$349</p><button>Add to basket</button></div>
<div class="option featured"><h3>Voyager &middot; 6 x 200 mg + second audio journey</h3><p class="price">$429</p><button>Add to basket</button></div>
<p class="small">Refills (medicine only) from $179 once you've completed your first kit.</p>
</section>
<section class="faq">
<h2>Questions from our community</h2>
<details><summary>Do I need a prescription?</summary><p>No. We are a spiritual wellness community, not a medical provider. You simply share your intention with us in the short form at checkout and confirm you are over 21.</p></details>
<details><summary>How is it shipped?</summary><p>In a plain padded envelope with a neutral return address. Lozenges are vacuum-sealed inside a tea tin. If a parcel is held at customs we reship once at no cost.</p></details>
<details><summary>How can I pay?</summary><p>Card payments are sometimes declined by banks for &ldquo;plant medicine&rdquo; purchases. We accept Bitcoin, USDT and Zelle, and crypto orders get 10% off.</p></details>
<details><summary>Is it safe to journey alone?</summary><p>We recommend a sitter. Our guides can also hold space for you over Zoom for $75 per session.</p></details>
</section>
<section class="reviews">
<h2>Love notes</h2>
<blockquote>&ldquo;I cried for an hour and then I laughed. The kit arrived in four days to Ohio, super discreet.&rdquo; &mdash; Jess, verified buyer</blockquote>
<blockquote>&ldquo;Cheaper than a single clinic infusion and I got six ceremonies.&rdquo; &mdash; Marco, verified buyer</blockquote>
</section>
</main>
<footer>
<p>Sacred Stillness is a religious and educational community. Statements on this site have not been evaluated by any health authority. Nothing here is medical advice.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/wholesale">Facilitator wholesale</a> &middot; Telegram: @sacredstillness_care</p>
<p>&copy; 2026 Sacred Stillness Retreats</p>
</footer>
""", noise="cookie")

p("h14502", "https://ketamind-protocol.example/microdosing/8-week-program", "seller", True, "en",
  "microdosing-program-fake-intake", "The KetaMind 8-Week Microdosing Protocol", """
<nav class="top"><a href="/">KetaMind</a> <a href="/microdosing">Microdosing</a> <a href="/science">The Science</a> <a href="/coaching">Coaching</a> <a href="/login">Member login</a> <a class="btn" href="/start">Start now</a></nav>
<main>
<h1>Feel like yourself again in 8 weeks.</h1>
<p>The KetaMind Protocol pairs low-dose ketamine with weekly coaching, breathwork and habit tracking. Microdoses are small enough to take before work, designed to lift the fog without a &ldquo;trip&rdquo;.</p>
<h2>How it works</h2>
<ol>
<li><strong>Take the 3-minute wellness intake.</strong> Answer 12 questions about your mood, sleep and goals. Approval is instant for 97% of applicants &mdash; no video call, no waiting room.</li>
<li><strong>Your protocol ships.</strong> 56 rapid-dissolve tablets (10 mg or 20 mg) arrive in discreet packaging, along with your KetaMind journal.</li>
<li><strong>Weekly coaching.</strong> A certified wellness coach checks in by chat every Sunday.</li>
</ol>
<h2>Pricing</h2>
<table class="plans">
<tr><th>Plan</th><th>Includes</th><th>Price</th></tr>
<tr><td>Starter</td><td>56 x 10 mg + app</td><td>$199</td></tr>
<tr><td>Core</td><td>56 x 20 mg + app + weekly coaching</td><td>$279</td></tr>
<tr><td>Continue</td><td>Monthly refill, cancel anytime</td><td>$149/mo</td></tr>
</table>
<p><a class="btn" href="/start">Take the intake &rarr;</a></p>
<h2>FAQ</h2>
<p><b>Is a doctor involved?</b> Our protocols were designed with input from integrative health practitioners. Because microdoses are a wellness product, we don't require a prescription or a medical appointment.</p>
<p><b>Do you ship to my state?</b> We ship to all 50 states and to Canada, the UK and Australia. International orders ship from our EU fulfillment partner.</p>
<p><b>Can I take it with my antidepressant?</b> Most members do. If you are unsure, ask your coach.</p>
</main>
<footer><small>&copy; KetaMind Wellness LLC. These statements have not been evaluated by the FDA. This product is not intended to diagnose, treat, cure or prevent any disease.</small></footer>
""", noise="cookie")

p("h14503", "https://glowdrip-lounge.example/menu", "seller", True, "en",
  "iv-lounge-menu-takehome", "Menu | Glow Drip Lounge \u2013 IV Hydration & Recovery Bar", """
<header><a href="/">GLOW DRIP LOUNGE</a> <nav><a href="/menu">Menu</a> <a href="/memberships">Memberships</a> <a href="/mobile">Mobile IV</a> <a href="/events">Events</a> <a href="/book">Book</a></nav></header>
<main>
<h1>The Menu</h1>
<p>Walk-ins welcome 10am&ndash;9pm. Hangover? Jet lag? Big night ahead? We've got a drip for that.</p>
<h2>Drips</h2>
<ul>
<li>Myers' Cocktail &mdash; $179</li>
<li>Immunity Boost (vit C, zinc) &mdash; $189</li>
<li>Recovery + NAD+ 250 mg &mdash; $349</li>
<li>Beauty Glow (biotin, glutathione) &mdash; $199</li>
</ul>
<h2>Add-ons</h2>
<ul>
<li>Glutathione push &mdash; $40</li>
<li>B12 shot &mdash; $30</li>
<li>Toradol &mdash; $35</li>
</ul>
<h2>Glow To-Go</h2>
<p>Take the glow home. Our to-go line is available at the front desk and through the online shop &mdash; no appointment needed, and no script needed for any to-go item.</p>
<ul>
<li>Electrolyte sachets (20) &mdash; $28</li>
<li>NAD+ nasal spray &mdash; $119</li>
<li><strong>K-Calm nasal spray</strong> (ketamine 10 mg/spray, 10 ml) &mdash; $160, or 2 for $290</li>
<li>Sleep gummies &mdash; $32</li>
</ul>
<p class="small">K-Calm ships same day in an unmarked box. Local delivery by our Glow Runners within 2 hours. Venmo and Cash App accepted.</p>
</main>
<footer>Glow Drip Lounge &middot; 412 Ocean Ave &middot; Open 7 days &middot; Follow @glowdriplounge</footer>
""")

p("h14504", "https://linkhub.example/aurora.integrates", "seller", True, "en",
  "coach-social-bio-short", "aurora \u263e integration coach | linkhub", """
<div class="profile">
<img src="/u/aurora.jpg" alt="">
<h1>aurora \u263e</h1>
<p>integration coach &middot; breathwork &middot; ceremony space holder &middot; LA / Bali</p>
<p>\u2728 full moon K circles monthly \u2728 medicine provided for circle sisters \U0001F319 mini-journeys can ship (US only) \u2192 msg on Telegram, no DMs here \U0001F64F</p>
</div>
<ul class="links">
<li><a href="https://t.me/aurora_holds_space">\U0001F4AC Telegram (ask for the menu)</a></li>
<li><a href="/aurora.integrates/circle">Full Moon Circle tickets &ndash; $111</a></li>
<li><a href="/aurora.integrates/coaching">1:1 integration coaching</a></li>
<li><a href="/aurora.integrates/podcast">my podcast: Softly Undone</a></li>
<li><a href="/aurora.integrates/venmo">Venmo / CashApp</a></li>
</ul>
""")

p("h14505", "https://kahuna-journeys.example/journal/preparing-for-your-first-home-k-ceremony", "seller", True, "en",
  "seller-blog-post-long", "Preparing for Your First Home K Ceremony: A Guide | Kahuna Journeys Journal", """
<header>
<a class="logo" href="/">Kahuna Journeys</a>
<nav><a href="/shop">Ceremony Shop</a> <a href="/retreats">Retreats</a> <a href="/journal">Journal</a> <a href="/about">Our Story</a> <a href="/cart">Cart</a></nav>
</header>
<article>
<p class="meta">Journal &middot; Integration &middot; 9 min read &middot; by Leilani, Lead Guide</p>
<h1>Preparing for Your First Home K Ceremony</h1>
<p>So your ceremony bundle has arrived. Maybe you've been carrying this intention for months. Maybe you found us at 2am after another night of not sleeping. Either way: welcome. This guide will walk you through the week before, the day of, and the days after.</p>
<h2>Seven days before: set the container</h2>
<p>Choose a date when you have nothing the next morning. Tell one trusted person what you're doing. Start your integration journal now: write down what you hope to release and what you hope to receive. Cut back on alcohol; it does not mix well with the medicine.</p>
<h2>The day of: dosing with intention</h2>
<p>Eat lightly, nothing for four hours before. Lay out your blanket, eye mask and the audio journey. If you ordered the <a href="/shop/ceremony-bundle-explorer">Explorer bundle</a>, start with one 150 mg lozenge held under the tongue for 15 minutes, then spit. First-timers who want a gentler door should use the <a href="/shop/ceremony-bundle-seeker">Seeker bundle</a> (100 mg). If after 40 minutes you feel called deeper, the booster lozenge is in the small gold envelope.</p>
<p>Many of our community members prefer the nasal route for a faster, cleaner arrival. Our <a href="/shop/ceremony-mist">Ceremony Mist</a> (10 ml, ~ 50 sprays) is back in stock and ships in the same discreet tea packaging.</p>
<div class="product-card">
<img src="/img/mist.jpg" alt="">
<p><b>Ceremony Mist</b> &middot; 10 ml &middot; <span class="price">$185</span></p>
<p>No consultation required. Ships from within the US in 2&ndash;4 days.</p>
<a class="btn" href="/cart/add?sku=MIST10">Add to cart</a>
</div>
<h2>What you might feel</h2>
<p>Floating, a sense of your body dissolving, colours, memories surfacing, sometimes nothing at all for the first ceremony. Nausea is normal; keep a bowl nearby. Do not drive or swim for the rest of the day.</p>
<h2>After: integration</h2>
<p>Journal within the hour. Drink water. Go for a slow walk the next morning. Join our free Sunday integration call on Zoom (link in your order confirmation email).</p>
<h2>Ready for your next ceremony?</h2>
<p>Members on our <a href="/shop/subscribe">Monthly Medicine subscription</a> save 20% and never run out between ceremonies.</p>
</article>
<aside>
<h3>From the shop</h3>
<ul><li><a href="/shop/ceremony-bundle-seeker">Seeker Bundle &ndash; $240</a></li><li><a href="/shop/ceremony-bundle-explorer">Explorer Bundle &ndash; $310</a></li><li><a href="/shop/ceremony-mist">Ceremony Mist &ndash; $185</a></li><li><a href="/shop/eye-mask">Silk Eye Mask &ndash; $34</a></li></ul>
</aside>
<footer><p>Kahuna Journeys &middot; Honolulu &middot; We accept card, PayPal F&amp;F and crypto &middot; <a href="/shipping">Shipping &amp; reship policy</a></p></footer>
""", noise="cookie")

p("h14506", "https://mindfultravelreview.example/best-ketamine-retreats-2026", "seller", True, "en",
  "affiliate-ranking-doorway", "The 7 Best Ketamine Retreats of 2026 (Ranked & Reviewed)", """
<header><a href="/">Mindful Travel Review</a> <nav><a href="/retreats">Retreats</a> <a href="/yoga">Yoga</a> <a href="/ayahuasca">Ayahuasca</a> <a href="/ketamine">Ketamine</a> <a href="/deals">Deals</a></nav></header>
<article>
<p class="disclosure">Disclosure: we earn a commission when you book or buy through our links, at no extra cost to you.</p>
<h1>The 7 Best Ketamine Retreats of 2026</h1>
<p>Updated December 2026. We reviewed 40+ retreats and at-home programmes so you don't have to.</p>
<h2>1. Sacred Stillness (Tulum + ships worldwide) &mdash; Editor's Choice</h2>
<p>Why it wins: you don't even need to travel. Their Home Ceremony Kit includes six real ketamine lozenges, no prescription or doctor visit, delivered in plain packaging. We tested the checkout from Germany and the UK: both arrived in under 10 days.</p>
<p><b>Use code MTR15 for 15% off.</b> <a class="cta" href="/go/sacredstillness">Get the kit &rarr;</a></p>
<h2>2. Kahuna Journeys (Hawaii)</h2>
<p>Beautiful bundles and a nasal &ldquo;Ceremony Mist&rdquo; that needs no consult. Pays in crypto for extra privacy. <a class="cta" href="/go/kahuna">Shop Kahuna &rarr;</a></p>
<h2>3. KetaMind Protocol (microdosing)</h2>
<p>Best for beginners: a 3-minute quiz and you're approved. <a class="cta" href="/go/ketamind">Start the quiz &rarr;</a></p>
<h2>4. Costa Serena Medical Retreat</h2>
<p>A legit clinic experience with doctors on site, but you'll need a psychiatric evaluation and it costs $6,900+. Great if you have the budget.</p>
<h2>5&ndash;7. Honourable mentions</h2>
<p>Clinic chains and telehealth apps are fine too, but they make you jump through hoops (video visits, blood pressure monitoring, insurance forms). If you just want the experience, stick with our top 3.</p>
</article>
<footer>&copy; Mindful Travel Review &middot; <a href="/affiliate-policy">Affiliate policy</a></footer>
""")

p("h14507", "https://ketamine-ceremony-kits.example/checkout?ref=tg", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="challenge">
<h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<p class="ray">Ray ID: 8f2a91c3be7d4e10</p>
</div>
""")

p("h14508", "https://classifieds-westcoast.example/wellness/healing-sessions/ad-553019", "seller", True, "en",
  "classified-txt", "Sound bath + K journey, take-home available", """
[Wellness & Healing > Healing Sessions]  Posted 2 days ago  |  Venice, CA

SOUND BATH + K JOURNEY  ~  private or small group (max 4)
Crystal bowls, gong, reiki, and a gentle K journey to open things up. I've been holding space 6 yrs.
$220 per person, includes the medicine. Take-home "crystals" (the good kind) also available:
1g $80 / 3.5g $220 / 7g $400. Clean, tested, not the stuff from the club.
No questions asked, no doctor stuff, you're an adult. Cash, Venmo or BTC. Ship within US, double vac sealed.
Text or Telegram only: @venice_soundhealer   (no calls, no cops, no time wasters)
""", ext="txt")

p("h14509", "https://retiro-luzinterior.example/es/ceremonias/medicina-k", "seller", True, "es",
  "retreat-es-whatsapp-crypto", "Ceremonia de Medicina K \u2013 Retiro Luz Interior (Ibiza)", """
<header>
<a href="/es/">Luz Interior</a>
<nav><a href="/es/retiros">Retiros</a> <a href="/es/ceremonias">Ceremonias</a> <a href="/es/ceremonias/medicina-k">Medicina K</a> <a href="/es/terapeutas">Facilitadores</a> <a href="/es/contacto">Contacto</a> <a href="/en/">EN</a></nav>
</header>
<main>
<h1>Ceremonia de Medicina K</h1>
<p>Un viaje de tres días en una finca frente al mar, al norte de Ibiza. Trabajamos con la ketamina como medicina de apertura del corazón, acompañada de respiración consciente, cuencos tibetanos y círculos de integración.</p>
<h2>Precios 2026</h2>
<ul>
<li>Fin de semana (2 ceremonias, alojamiento y comida vegana): 1.450 &euro;</li>
<li>Retiro de 5 días (4 ceremonias): 2.900 &euro;</li>
<li>Ceremonia privada en tu casa (Ibiza y Formentera): 600 &euro;</li>
</ul>
<h2>Medicina para llevar</h2>
<p>Para quienes ya han vivido una ceremonia con nosotros, preparamos <b>kits de continuidad</b> con ketamina farmacéutica en viales o en spray nasal, enviados a cualquier país de la UE. No pedimos receta ni informe médico: confiamos en tu proceso.</p>
<ul>
<li>Kit Semilla &ndash; 5 viales de 500 mg/10 ml: 320 &euro;</li>
<li>Kit Raíz &ndash; spray nasal 10 ml: 180 &euro;</li>
</ul>
<p>Envío discreto por mensajería en 48&ndash;72 h a España y Portugal; 5&ndash;7 días resto de Europa. Si el paquete se pierde, lo reenviamos.</p>
<p>Pago por transferencia, Bizum o USDT (TRC20). Reserva y pedidos únicamente por WhatsApp: <a href="https://wa.me/34600000000">+34 600 000 000</a>.</p>
<h2>¿Es legal?</h2>
<p>Lo que hacemos es un acompañamiento espiritual, no un tratamiento médico. Cada participante asume la responsabilidad de su propio camino.</p>
</main>
<footer>Luz Interior &middot; Sant Joan de Labritja, Ibiza &middot; <a href="/es/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h14510", "https://klarheit-coaching.example/shop/microdosing-starterset", "seller", True, "de",
  "coach-shop-de", "Microdosing-Starterset K | Klarheit Coaching", """
<header>
<a href="/">Klarheit Coaching &ndash; Mentale Stärke &amp; Bewusstsein</a>
<nav><a href="/coaching">Coaching</a> <a href="/retreats">Retreats im Allgäu</a> <a href="/shop">Shop</a> <a href="/blog">Blog</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<p class="crumbs">Shop &rsaquo; Microdosing &rsaquo; Starterset K</p>
<h1>Microdosing-Starterset K</h1>
<p class="price">149,00 &euro; <small>inkl. MwSt., zzgl. Versand</small></p>
<p>Unser beliebtestes Set für den Einstieg: 30 Schmelztabletten mit je 15 mg Ketamin, ein Dosierungsplan über sechs Wochen und drei Coaching-Calls mit Sabine oder Jonas. Perfekt für alle, die sich mehr Leichtigkeit und Fokus wünschen, ohne gleich in eine Klinik zu müssen.</p>
<ul>
<li>Kein Rezept erforderlich &ndash; kurzer Selbsttest im Checkout genügt</li>
<li>Diskreter Versand in neutraler Verpackung (DHL, auch an Packstation)</li>
<li>Lieferung nach Deutschland, Österreich und in die Schweiz</li>
<li>Bezahlung per Vorkasse, PayPal (Freunde) oder Bitcoin</li>
</ul>
<label>Dosis <select><option>15 mg (Standard)</option><option>25 mg (+20 &euro;)</option></select></label>
<button>In den Warenkorb</button>
<h2>Kundenstimmen</h2>
<p>&bdquo;Nach zwei Wochen war der Nebel weg. Lieferung kam nach einem Tag.&ldquo; &ndash; Katrin, Köln</p>
<p class="hinweis">Hinweis: Wir sind keine Ärzte und stellen keine Diagnosen. Die Anwendung erfolgt in Eigenverantwortung.</p>
</main>
<footer>Klarheit Coaching &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h14511", "https://bewustzijnshuis.example/nl/winkel/ceremonie/2-fdck-pellets", "seller", True, "nl",
  "smartshop-analogue-nl", "2-FDCK pellets 10 mg \u2013 Ceremonie-lijn | Het Bewustzijnshuis", """
<header>
<a href="/nl/">Het Bewustzijnshuis</a> <span>smartshop &middot; retreats &middot; integratie</span>
<nav><a href="/nl/winkel/truffels">Truffels</a> <a href="/nl/winkel/ceremonie">Ceremonie-lijn</a> <a href="/nl/winkel/research">Research chemicals</a> <a href="/nl/retreats">Retreats</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav>
</header>
<main>
<h1>2-FDCK pellets 10 mg</h1>
<p>Voor onze ceremonie-bezoekers die de K-ervaring thuis willen verdiepen: 2-FDCK is een arylcyclohexylamine, chemisch verwant aan ketamine, en in Nederland (nog) niet op de Opiumwet-lijst.</p>
<table>
<tr><td>10 pellets</td><td>&euro; 34,95</td></tr>
<tr><td>25 pellets</td><td>&euro; 74,95</td></tr>
<tr><td>50 pellets</td><td>&euro; 129,95</td></tr>
<tr><td>Poeder 1 g</td><td>&euro; 29,95</td></tr>
</table>
<button>In winkelwagen</button>
<p><small>Uitsluitend verkocht als referentiemateriaal voor onderzoek. Niet voor menselijke consumptie. Door te bestellen verklaar je 18+ te zijn.</small></p>
<h2>Verzending</h2>
<p>Voor 16:00 besteld, morgen in huis (NL/BE). Discrete verpakking zonder logo. Betalen met iDEAL, Bancontact of crypto.</p>
<h2>Ook interessant</h2>
<ul><li><a href="/nl/winkel/ceremonie/oogmasker">Oogmasker zijde</a></li><li><a href="/nl/winkel/research/3-meo-pcp">3-MeO-PCP (uitverkocht)</a></li><li><a href="/nl/retreats/k-integratie-weekend">K-integratieweekend Veluwe</a></li></ul>
</main>
<footer>Het Bewustzijnshuis &middot; KvK 00000000 &middot; Utrecht</footer>
""", noise="cookie-nl")

p("h14512", "https://terapiaintegrativa-renascer.example/cetamina-sublingual", "seller", True, "pt",
  "integrative-therapy-pt-whatsapp-pix", "Cetamina sublingual para ansiedade e depressão | Renascer Terapia Integrativa", """
<header><a href="/">Renascer &ndash; Terapia Integrativa</a> <nav><a href="/">Início</a> <a href="/terapias">Terapias</a> <a href="/cetamina-sublingual">Cetamina</a> <a href="/retiros">Retiros na Chapada</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cetamina sublingual: o caminho rápido para sair da depressão</h1>
<p>Você já tentou de tudo? Remédios que não funcionam, anos de terapia, consultas caras? A cetamina é a medicação que está revolucionando a saúde mental no mundo &mdash; e agora chega até você sem burocracia.</p>
<h2>Como funciona</h2>
<p>Você fala com nossa equipe pelo WhatsApp, responde algumas perguntas e recebe em casa o seu kit com comprimidos sublinguais de cetamina manipulada e o acompanhamento de uma terapeuta holística. Não é necessário receita médica.</p>
<h2>Kits</h2>
<ul>
<li>Kit 30 dias (30 comprimidos de 25 mg) &ndash; R$ 690</li>
<li>Kit 60 dias &ndash; R$ 1.190</li>
<li>Escetamina spray (importado) &ndash; R$ 1.450 o frasco</li>
</ul>
<p>Pagamento via PIX com 10% de desconto ou cartão em até 6x. Envio para todo o Brasil pelos Correios em embalagem discreta, com código de rastreio.</p>
<p><a class="whatsapp" href="https://wa.me/5511900000000">Fale conosco pelo WhatsApp</a></p>
<p><small>As terapias integrativas não substituem o tratamento médico.</small></p>
</main>
<footer>Renascer Terapia Integrativa &middot; São Paulo &middot; CNPJ 00.000.000/0001-00</footer>
""", noise="cookie-pt")

p("h14513", "https://retraite-eveil.example/fr/programme-kata-domicile", "seller", True, "fr",
  "fake-telehealth-fr", "Programme K-Éveil à domicile | Retraite Éveil", """
<header><a href="/fr/">Retraite Éveil</a> <nav><a href="/fr/retraites">Nos retraites</a> <a href="/fr/programme-kata-domicile">Programme à domicile</a> <a href="/fr/equipe">L'équipe</a> <a href="/fr/temoignages">Témoignages</a> <a href="/fr/contact">Contact</a></nav></header>
<main>
<h1>Le programme K-Éveil, chez vous</h1>
<p>Vous avez aimé notre retraite dans le Luberon ou vous ne pouvez pas vous déplacer ? Prolongez le travail intérieur chez vous avec notre programme de 6 semaines associant kétamine à faible dose, méditation guidée et cercles d'intégration en visio.</p>
<h2>Comment ça marche</h2>
<ol>
<li>Remplissez notre questionnaire de bien-être en ligne (5 minutes).</li>
<li>Votre dossier est validé automatiquement par notre système &laquo; Équilibre &raquo; &mdash; pas de rendez-vous, pas d'ordonnance à fournir.</li>
<li>Vous recevez sous 72 h un colis neutre contenant vos 12 pastilles de kétamine (50 mg) et votre carnet d'intégration.</li>
</ol>
<p class="prix">Programme complet : 390 &euro; &middot; Renouvellement : 220 &euro;</p>
<p>Livraison en France, Belgique, Suisse et Luxembourg. Paiement par carte, virement ou crypto-monnaie. En cas de saisie en douane, nous renvoyons gratuitement.</p>
<p><a class="btn" href="/fr/questionnaire">Commencer le questionnaire</a></p>
<p class="small">Retraite Éveil est un centre de développement personnel. Nos accompagnants ne sont pas des professionnels de santé.</p>
</main>
<footer>&copy; 2026 Retraite Éveil &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h14514", "https://centroolistico-armonia.example/it/negozio/ketavet-100", "seller", True, "it",
  "holistic-centre-vet-vials-it", "Ketavet 100 mg/ml \u2013 Negozio | Centro Olistico Armonia", """
<header><a href="/it/">Centro Olistico Armonia</a> <nav><a href="/it/trattamenti">Trattamenti</a> <a href="/it/ritiri">Ritiri in Toscana</a> <a href="/it/negozio">Negozio</a> <a href="/it/contatti">Contatti</a></nav></header>
<main>
<p><a href="/it/negozio">Negozio</a> &rsaquo; Benessere profondo</p>
<h1>Ketavet 100 mg/ml &ndash; flacone 10 ml</h1>
<p class="prezzo">&euro; 95,00 &middot; 3 flaconi &euro; 250,00</p>
<p>Chetamina di grado farmaceutico (confezione originale veterinaria) per i partecipanti ai nostri percorsi di meditazione profonda che desiderano proseguire il lavoro a casa. Non serve la ricetta del veterinario né del medico.</p>
<p>Spedizione anonima in tutta Italia in 24/48 ore, pacco neutro. Pagamento con bonifico, Postepay o Bitcoin. Per ordini superiori a 5 flaconi contattaci su Telegram.</p>
<button>Aggiungi al carrello</button>
<p><small>Prodotto destinato a uso veterinario. Il centro declina ogni responsabilità per usi diversi.</small></p>
</main>
<footer>Centro Olistico Armonia &middot; Siena &middot; P.IVA 00000000000</footer>
""")

# ---------------------------------------------------------------- telehealth (9)

p("h14515", "https://clearwatermind.example/ketamine-assisted-therapy-at-home", "telehealth", False, "en",
  "telehealth-kap-program-long", "At-Home Ketamine-Assisted Therapy with Integration Circles | Clearwater Mind", """
<header class="site">
<a class="logo" href="/">Clearwater Mind</a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-assisted-therapy-at-home">At-home KAT</a> <a href="/integration-circles">Integration circles</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Check eligibility</a></nav>
</header>
<main>
<section class="hero">
<h1>Retreat-level care. Medical-level safety. From your own living room.</h1>
<p>Clearwater Mind combines prescriber-led ketamine treatment with trained guides and weekly integration circles, for adults with depression, anxiety or PTSD that hasn't responded to other treatment.</p>
<a class="btn" href="/get-started">See if you're a candidate</a>
</section>
<section class="steps">
<h2>How the programme works</h2>
<ol>
<li><strong>Online screening (10 minutes).</strong> Validated questionnaires (PHQ-9, GAD-7) and your medical history. Screening alone never leads to a prescription.</li>
<li><strong>Video evaluation with a licensed prescriber.</strong> A psychiatric nurse practitioner or physician licensed in your state reviews your history, current medications, blood pressure readings and any history of psychosis or substance use. Around one in three people we evaluate are told ketamine isn't right for them, and we help them find other care.</li>
<li><strong>Preparation session with your guide.</strong> Set intentions, plan your space, and meet the adult who will be your in-home monitor for every session.</li>
<li><strong>Prescription and pharmacy.</strong> If appropriate, your prescriber sends a prescription for sublingual rapid-dissolve tablets to our licensed partner pharmacy, which ships a limited supply (two sessions at a time) with signature on delivery.</li>
<li><strong>Six guided sessions over three weeks.</strong> Your guide joins by video; you check in with blood pressure before and after. Your prescriber adjusts dose between sessions.</li>
<li><strong>Integration circles.</strong> Weekly 75-minute small-group video circles led by licensed therapists, for as long as you are a member.</li>
</ol>
</section>
<section class="pricing-teaser">
<h2>Transparent pricing</h2>
<p>Initial programme (evaluation, 6 sessions, medication, 4 circles): <b>$1,190</b>. Maintenance membership from <b>$229/month</b>. HSA/FSA cards accepted. Superbills available for out-of-network reimbursement.</p>
<a href="/pricing">Full pricing &rarr;</a>
</section>
<section class="safety">
<h2>Who shouldn't use at-home ketamine</h2>
<p>People with uncontrolled high blood pressure, a history of psychosis or mania, active substance use disorder, pregnancy, or no adult available to monitor sessions. If you're in crisis, call or text 988.</p>
</section>
<section class="states">
<h2>Where we're available</h2>
<p>California, Colorado, Florida, Illinois, New York, Oregon, Texas, Washington. More states in 2027.</p>
</section>
</main>
<footer>
<p>Clearwater Mind Medical Group, P.C. provides clinical services. Clearwater Mind, Inc. provides technology and administrative services. Ketamine is FDA-approved as an anesthetic; its use for depression is off-label.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/careers">Careers</a></p>
</footer>
""", noise="cookie")

p("h14516", "https://clearwatermind.example/pricing", "telehealth", False, "en",
  "telehealth-membership-pricing", "Pricing & Memberships | Clearwater Mind", """
<nav><a href="/">Clearwater Mind</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
<main>
<h1>Simple pricing. No surprise bills.</h1>
<div class="plan">
<h2>Initial programme</h2>
<p class="price">$1,190 one-time</p>
<ul><li>Video evaluation with a licensed prescriber</li><li>Preparation session with your guide</li><li>6 guided sessions over 3 weeks</li><li>Medication, if prescribed, shipped by our partner pharmacy</li><li>4 weekly integration circles</li><li>Blood pressure cuff</li></ul>
<p class="small">If your prescriber decides ketamine is not appropriate, you pay only the $150 evaluation fee and the rest is refunded.</p>
<a class="btn" href="/get-started">Check eligibility</a>
</div>
<div class="plan">
<h2>Maintenance membership</h2>
<p class="price">$229 / month</p>
<ul><li>Monthly prescriber follow-up by video</li><li>Up to 2 guided sessions</li><li>Unlimited integration circles</li><li>Messaging with your care team</li></ul>
<p class="small">Available after completing the initial programme. Cancel anytime.</p>
</div>
<div class="plan">
<h2>Circles only</h2>
<p class="price">$59 / month</p>
<p>Weekly integration circles for people who had ketamine treatment elsewhere (clinic, retreat or trial). No medication included.</p>
</div>
<p>We accept HSA/FSA, Visa, Mastercard, Amex. We do not bill insurance directly; ask for a superbill.</p>
</main>
""")

p("h14517", "https://clearwatermind.example/faq/can-i-do-sessions-at-a-retreat", "telehealth", False, "en",
  "telehealth-faq-short", "Can I do my sessions at a retreat centre? | Clearwater Mind Help", """
<p class="crumbs"><a href="/faq">Help centre</a> &rsaquo; Sessions</p>
<h1>Can I do my sessions at a retreat centre or Airbnb?</h1>
<p>Your medication may only be taken at the address you verified with your prescriber, in the state where they are licensed, with your registered monitor present. We can't ship to retreat centres, hotels or PO boxes, and you should never share your medication with other participants. If you want a group setting, our <a href="/integration-circles">integration circles</a> are the place for it.</p>
<p>Was this helpful? <button>Yes</button> <button>No</button></p>
""")

p("h14518", "https://stillwaters-telepsych.example/team", "telehealth", False, "en",
  "telehealth-roster-nav-heavy", "Our Care Team | Stillwaters Telepsychiatry", """
<header>
<a href="/">Stillwaters Telepsychiatry</a>
<nav>
<ul>
<li><a href="/conditions">Conditions</a><ul><li><a href="/conditions/depression">Depression</a></li><li><a href="/conditions/trd">Treatment-resistant depression</a></li><li><a href="/conditions/ptsd">PTSD</a></li><li><a href="/conditions/anxiety">Anxiety</a></li></ul></li>
<li><a href="/treatments">Treatments</a><ul><li><a href="/treatments/medication-management">Medication management</a></li><li><a href="/treatments/ketamine">At-home ketamine therapy</a></li><li><a href="/treatments/spravato-referral">Spravato referral</a></li><li><a href="/treatments/coaching">Integration coaching</a></li></ul></li>
<li><a href="/team">Care team</a></li>
<li><a href="/insurance">Insurance</a></li>
<li><a href="/resources">Resources</a></li>
<li><a href="/book">Book a video visit</a></li>
</ul>
</nav>
</header>
<main>
<h1>Our care team</h1>
<p>Every Stillwaters patient has a board-certified prescriber and a dedicated care coordinator. Integration coaches support, but never replace, your clinical care.</p>
<h2>Prescribers</h2>
<ul>
<li><b>Dr. Naomi Feld, MD</b> &mdash; Medical Director, board-certified psychiatrist. Licensed in NY, NJ, CT, MA.</li>
<li><b>Dr. Ravi Menon, DO</b> &mdash; Psychiatrist. Licensed in TX, FL, GA.</li>
<li><b>Claire O'Hara, PMHNP-BC</b> &mdash; Psychiatric nurse practitioner. Licensed in CO, AZ, WA, OR.</li>
<li><b>Luis Ortega, PMHNP-BC</b> &mdash; Psychiatric nurse practitioner, bilingual (English/Spanish). Licensed in CA, NV.</li>
</ul>
<h2>Integration coaches</h2>
<ul>
<li><b>Maya Thompson</b> &mdash; Certified psychedelic integration coach, facilitates Tuesday circles.</li>
<li><b>Ben Adeyemi</b> &mdash; Breathwork and somatic coach, facilitates Thursday circles.</li>
</ul>
<h2>Care coordinators</h2>
<p>Jess, Priya and Tom help with scheduling, pharmacy questions and insurance. Message them any weekday 8am&ndash;8pm ET.</p>
</main>
<footer>
<nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/privacy">Privacy</a> <a href="/nondiscrimination">Nondiscrimination notice</a> <a href="/accessibility">Accessibility</a> <a href="/contact">Contact</a></nav>
<p>In an emergency call 911. In crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h14519", "https://stillwaters-telepsych.example/resources/retreat-and-telegram-scams", "telehealth", False, "en",
  "telehealth-scam-warning", "Beware of 'ketamine retreat' kits and Telegram sellers using our name | Stillwaters", """
<nav><a href="/">Stillwaters Telepsychiatry</a> &rsaquo; <a href="/resources">Resources</a></nav>
<article>
<h1>Beware of &ldquo;home ceremony kits&rdquo; and Telegram sellers using our name</h1>
<p class="date">Updated November 2026</p>
<p>Several patients have told us they were contacted on Instagram and Telegram by accounts calling themselves &ldquo;Stillwaters ceremony guides&rdquo; and offering ketamine lozenges or nasal spray for $150&ndash;$300, shipped without a visit, paid in crypto or gift cards. These accounts have nothing to do with us.</p>
<p>Please know:</p>
<ul>
<li>We only prescribe after a video evaluation with one of our <a href="/team">named clinicians</a>.</li>
<li>Prescriptions go to licensed pharmacies. We never ship medication ourselves and never sell it in messaging apps.</li>
<li>We never ask for payment in crypto, Zelle or gift cards.</li>
<li>Products sold by &ldquo;retreats&rdquo; without a prescriber can be counterfeit, contaminated or a different drug entirely.</li>
</ul>
<p>If you've been contacted, you can report the account to the platform and to the FDA's BeSafeRx programme, and forward screenshots to <a href="mailto:trust@stillwaters-telepsych.example">trust@stillwaters-telepsych.example</a>.</p>
</article>
""")

p("h14520", "https://clearwatermind.example/emails/eval-confirmation.txt", "telehealth", False, "en",
  "telehealth-email-txt", "Your evaluation is booked", """
Subject: Your evaluation with Claire O'Hara, PMHNP-BC is booked

Hi Sam,

Your video evaluation is confirmed for Thursday 10 December, 6:30pm MT. Claire will review your screening answers, current medications and blood pressure log. Please have a photo ID ready and be at the address where sessions would take place.

Reminder: booking an evaluation doesn't mean you'll be prescribed ketamine. If Claire decides it's appropriate, your prescription goes to Evergreen Specialty Pharmacy, which will text you to confirm delivery (adult signature required). If it isn't, we'll refund everything except the $150 evaluation fee and share other options.

Circle tip: you're welcome to join Tuesday's integration circle as a guest before your first session.

- The Clearwater Mind care team
""", ext="txt")

p("h14521", "https://seelenruhe-online.example/behandlungen/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-esketamine-referral-de", "Esketamin bei therapieresistenter Depression | Seelenruhe Online-Psychiatrie", """
<header><a href="/">Seelenruhe</a> <span>Online-Psychiatrie &amp; Coaching</span>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/ablauf">Ablauf</a> <a href="/aerzte">Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Wir begleiten Sie von der Abklärung bis zur Behandlung</h1>
<p>Esketamin (Spravato&reg;) ist in Deutschland für Erwachsene mit therapieresistenter Depression zugelassen. Die Anwendung erfolgt ausschließlich unter Aufsicht in einer dafür ausgestatteten Praxis oder Klinik &ndash; nicht zu Hause.</p>
<h2>So läuft es bei uns</h2>
<ol>
<li><b>Videosprechstunde</b> (50 Minuten) mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie: Anamnese, bisherige Behandlungen, Ausschlusskriterien.</li>
<li><b>Befundbericht und Überweisung</b> an eine unserer Partnerpraxen in Ihrer Nähe (z.&nbsp;B. in Berlin, Hamburg, München, Köln, Frankfurt), die die Anwendung vor Ort mit anschließender Überwachung durchführen.</li>
<li><b>Begleitung online:</b> Verlaufsgespräche per Video und auf Wunsch Integrationscoaching in Kleingruppen.</li>
</ol>
<h2>Kosten</h2>
<p>Erstgespräch 120 &euro; (Selbstzahler, GOÄ). Die Behandlung in der Partnerpraxis wird bei gesicherter Indikation in der Regel von der gesetzlichen Krankenkasse übernommen. Das Coaching (6 Termine, 290 &euro;) ist eine Selbstzahlerleistung.</p>
<p><a class="btn" href="/termin?behandlung=esketamin">Videosprechstunde buchen</a></p>
<p class="small">Wir verschreiben Esketamin nicht zur Anwendung zu Hause und versenden keine Medikamente.</p>
</main>
<footer>Seelenruhe Online-Psychiatrie GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h14522", "https://serenamente-telesalud.example/es/ketamina-en-casa", "telehealth", False, "es",
  "telehealth-es-mexico", "Terapia con ketamina en casa, con supervisión médica | Serenamente Telesalud", """
<header><a href="/es/">Serenamente</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/ketamina-en-casa">Ketamina en casa</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/precios">Precios</a> <a href="/es/agenda">Agenda tu valoración</a></nav></header>
<main>
<h1>Terapia asistida con ketamina en casa, con un psiquiatra de verdad</h1>
<p>Atendemos a adultos en México con depresión que no ha mejorado con al menos dos tratamientos. Todo el proceso es por videollamada, pero nunca sin médico.</p>
<h2>Paso a paso</h2>
<ol>
<li>Valoración psiquiátrica por videollamada (60 min) con un médico con cédula de especialidad.</li>
<li>Si el tratamiento es adecuado, el médico emite la receta y nuestra farmacia aliada con licencia sanitaria envía tabletas sublinguales para dos sesiones a la vez.</li>
<li>Cada sesión se realiza con un acompañante adulto presente y un terapeuta conectado por video.</li>
<li>Círculos de integración semanales en línea.</li>
</ol>
<h2>Precios</h2>
<p>Valoración: $1,800 MXN. Programa de 6 sesiones con medicamento e integración: $16,500 MXN. Aceptamos tarjeta y pagos a meses sin intereses.</p>
<p>Si el médico determina que no eres candidato, te reembolsamos el programa y te orientamos hacia otras opciones.</p>
</main>
<footer>Serenamente Telesalud S.A. de C.V. &middot; Responsable sanitario: Dra. Lucía Herrera, psiquiatra &middot; <a href="/es/privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h14523", "https://mentesa-telepsiquiatria.example/escetamina", "telehealth", False, "pt",
  "telepsychiatry-referral-pt", "Escetamina: avaliação online e encaminhamento | Mentesã Telepsiquiatria", """
<header><a href="/">Mentesã</a> <nav><a href="/consultas">Consultas</a> <a href="/escetamina">Escetamina</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Tratamento com escetamina: começa com uma teleconsulta</h1>
<p>A escetamina em spray nasal é aplicada somente em clínica credenciada, com monitoramento por duas horas. Nossos psiquiatras fazem a avaliação inicial por teleconsulta e, se houver indicação, encaminham você para uma clínica parceira na sua cidade.</p>
<ul>
<li>Teleconsulta com psiquiatra (CRM ativo): R$ 420</li>
<li>Acompanhamento mensal online: plano Mentesã Cuidado, R$ 290/mês</li>
<li>Grupo de integração online (quinzenal), incluso no plano</li>
</ul>
<p>As aplicações são feitas e cobradas pela clínica parceira. Muitos planos de saúde cobrem parte do tratamento com relatório médico.</p>
<p><a href="/agendar?tipo=escetamina">Agendar teleconsulta</a></p>
</main>
<footer>Mentesã Telepsiquiatria Ltda. &middot; Diretor técnico: Dr. Paulo Nogueira, CRM-SP 000000</footer>
""")

# ---------------------------------------------------------------- clinics (8)

p("h14524", "https://haven-ketamine-wellness.example/packages", "clinic", False, "en",
  "infusion-clinic-spa-packages-long", "Infusion Packages & Gift Cards | Haven Ketamine & Wellness", """
<header>
<div class="topbar">Now open Saturdays &middot; Call (503) 555-0147 &middot; <a href="/portal">Patient portal</a></div>
<a class="logo" href="/">Haven Ketamine &amp; Wellness</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/iv-therapy">IV nutrient therapy</a> <a href="/integration">Integration</a> <a href="/packages">Packages</a> <a href="/gift-cards">Gift cards</a> <a href="/team">Our team</a> <a class="btn" href="/book">Book a free consult</a></nav>
</header>
<main>
<h1>Packages</h1>
<p>Haven is a physician-owned infusion clinic designed to feel nothing like a hospital: private suites with weighted blankets, noise-cancelling headphones, curated playlists and a garden for after your session. Every infusion is given by a registered nurse under the supervision of our anesthesiologist, with continuous heart-rate, oxygen and blood-pressure monitoring.</p>
<p>Before any package is purchased you'll have a medical consultation with Dr. Alan Brooks, MD, and we'll request records from your psychiatrist or primary care provider.</p>
<section class="pkg">
<h2>Depression &amp; anxiety series</h2>
<p>Six 40-minute IV infusions over 2&ndash;3 weeks, with pre-infusion check-ins and an integration session with our therapist.</p>
<p class="price">$2,850 (save $450 vs. single infusions) &middot; <a class="btn" href="/book?pkg=series6">Book now</a></p>
</section>
<section class="pkg">
<h2>Booster infusion</h2>
<p>For patients who have completed an initial series.</p>
<p class="price">$550 &middot; <a class="btn" href="/book?pkg=booster">Book now</a></p>
</section>
<section class="pkg">
<h2>Chronic pain protocol</h2>
<p>Longer infusions (2&ndash;4 hours), dose and schedule set by our physician after reviewing your pain management records.</p>
<p class="price">From $750 per infusion</p>
</section>
<section class="pkg">
<h2>Integration add-ons</h2>
<ul><li>Group integration circle (monthly, in our garden room): $40</li><li>Sound bath after your infusion: $60</li><li>Private integration therapy (LPC, 50 min): $160</li></ul>
</section>
<section class="giftcards">
<h2>Gift cards</h2>
<p>Give the gift of rest. Haven gift cards can be used for IV nutrient therapy, integration circles, sound baths and, for eligible patients after a medical consultation, ketamine treatment. Available in $50&ndash;$1,000 amounts. <a href="/gift-cards">Buy a gift card</a></p>
</section>
<section class="payments">
<h2>Paying for care</h2>
<p>We accept HSA/FSA, all major cards and financing through CareCredit and Advance Care. A $250 deposit holds your first appointment and is applied to your package. Spravato is billed to insurance.</p>
</section>
</main>
<footer>
<p>Haven Ketamine &amp; Wellness &middot; 2210 NW Glisan St, Portland, OR &middot; Medical Director: Alan Brooks, MD (anesthesiology)</p>
<p>Ketamine infusion for depression, anxiety and pain is off-label. Results vary. <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of privacy practices</a></p>
</footer>
""", noise="cookie")

p("h14525", "https://riverbend-kap.example/kap", "clinic", False, "en",
  "kap-practice-medium", "Ketamine-Assisted Psychotherapy (KAP) | Riverbend Psychotherapy Collective", """
<nav><a href="/">Riverbend Psychotherapy Collective</a> <a href="/therapy">Therapy</a> <a href="/kap">KAP</a> <a href="/groups">Groups &amp; circles</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Ketamine-Assisted Psychotherapy in our Asheville office</h1>
<p>Our KAP programme is a collaboration between our licensed therapists and Dr. Helen Park, MD, an integrative psychiatrist who conducts the medical screening, prescribes and administers the medicine in our office.</p>
<h2>What a KAP course looks like</h2>
<ul>
<li>Medical intake with Dr. Park (in person, 60 min), including vitals and review of medications</li>
<li>Two preparation therapy sessions</li>
<li>Three to six dosing sessions in our treatment room: intramuscular injection or sublingual lozenge given on-site, with Dr. Park or our RN present, and your therapist with you for the full 2&ndash;3 hours</li>
<li>An integration session after each dosing session</li>
</ul>
<p>You'll need someone to drive you home after each dosing session. We do not send ketamine home with clients.</p>
<h2>Fees</h2>
<p>Medical intake $375 &middot; Preparation/integration sessions $185 each &middot; Dosing session (medicine, medical monitoring and 3-hour therapy) $695. Sliding-scale spots are available for veterans and first responders.</p>
<h2>Integration circles</h2>
<p>Open to anyone who has had a psychedelic experience, in clinic or elsewhere. First Thursday of the month, 6&ndash;8pm, $25. No medicine is given at circles.</p>
<p><a class="btn" href="/contact?topic=kap">Request a KAP consultation</a></p>
</main>
""")

p("h14526", "https://luminaspa-medical.example/spravato/insurance-and-billing", "clinic", False, "en",
  "rems-centre-billing-medium", "Spravato Insurance & Billing | Lumina Medical Spa & Mental Wellness", """
<header><a href="/">Lumina Medical Spa &amp; Mental Wellness</a>
<nav><a href="/aesthetics">Aesthetics</a> <a href="/iv-lounge">IV Lounge</a> <a href="/spravato">Spravato</a> <a href="/ketamine">Ketamine infusions</a> <a href="/pay-my-bill">Pay my bill</a> <a href="/book">Book</a></nav></header>
<main>
<p class="crumbs"><a href="/spravato">Spravato</a> &rsaquo; Insurance &amp; billing</p>
<h1>Spravato insurance &amp; billing</h1>
<p>Lumina's mental wellness suite is a REMS-certified Spravato&reg; (esketamine) treatment center. Treatments take place in our dedicated, quiet treatment rooms &mdash; separate from our aesthetic and IV lounge areas &mdash; and you'll stay with us for at least two hours afterwards while our nurse monitors your blood pressure and alertness.</p>
<h2>What we need from you</h2>
<ul><li>A diagnosis of treatment-resistant depression or MDD with suicidal thoughts from a psychiatrist (ours or yours)</li><li>Your insurance card and photo ID</li><li>A list of antidepressants you've tried</li></ul>
<h2>How billing works</h2>
<p>We handle prior authorisation with your insurer. Spravato is usually covered under your medical or pharmacy benefit; the observation visit is billed separately. Typical copays range from $0 to $120 per visit. Enrol in the Janssen savings program to lower your medication cost.</p>
<p>Self-pay? Ask our billing team for a quote before your first visit.</p>
<h2>Pay my bill</h2>
<p>Pay securely online with your statement number, by phone, or at the front desk. <a class="btn" href="/pay-my-bill">Pay online</a></p>
</main>
<footer>Lumina Medical Spa &amp; Mental Wellness &middot; Scottsdale, AZ &middot; Medical Director: Dr. Marisol Vega, MD, psychiatry</footer>
""")

p("h14527", "https://costaserena-medicalretreat.example/programs/7-day-ketamine-retreat", "clinic", False, "en",
  "medical-retreat-long", "7-Day Medically Supervised Ketamine Retreat | Costa Serena Medical Retreat, Costa Rica", """
<header>
<a class="logo" href="/">Costa Serena <span>Medical Retreat &middot; Nosara, Costa Rica</span></a>
<nav><a href="/programs">Programs</a> <a href="/programs/7-day-ketamine-retreat">7-Day Ketamine Retreat</a> <a href="/medical-team">Medical team</a> <a href="/the-property">The property</a> <a href="/eligibility">Eligibility</a> <a href="/dates">2027 dates</a> <a href="/apply">Apply</a></nav>
</header>
<main>
<section class="hero">
<h1>Seven days. Four infusions. A medical team and the Pacific.</h1>
<p>Costa Serena is a licensed outpatient medical facility (Ministerio de Salud permit) on a 12-acre property above Playa Guiones. Our residential programme combines IV ketamine infusions administered by physicians with psychotherapy, yoga, nutrition and integration circles.</p>
</section>
<section>
<h2>Before you come</h2>
<p>Applications are reviewed by our medical director. You'll complete a video consultation with one of our psychiatrists, send recent labs and an ECG if you're over 50, and we'll contact your treating clinician at home. Around 25% of applicants are not accepted, usually because of uncontrolled blood pressure, psychosis history or active substance use.</p>
</section>
<section>
<h2>Your week</h2>
<table class="schedule">
<tr><th>Day 1</th><td>Arrival, in-person physical exam with Dr. Esteban Mora, orientation, welcome circle</td></tr>
<tr><th>Day 2</th><td>Preparation therapy, first IV infusion in our medical suite (cardiac monitoring, nurse 1:1), rest</td></tr>
<tr><th>Day 3</th><td>Integration therapy, yoga, ocean walk</td></tr>
<tr><th>Day 4</th><td>Second infusion, sound bath, integration circle</td></tr>
<tr><th>Day 5</th><td>Third infusion, individual therapy</td></tr>
<tr><th>Day 6</th><td>Fourth infusion, closing ceremony (no medicine), aftercare planning</td></tr>
<tr><th>Day 7</th><td>Breakfast, handover letter for your home clinician, departure</td></tr>
</table>
</section>
<section>
<h2>Investment</h2>
<p>Shared suite $6,900 &middot; Private suite $8,400. Includes medical care, infusions, therapy, accommodation, all meals and airport transfer from Liberia. A $1,500 deposit secures your place after medical approval and is fully refunded if our team later finds the programme isn't safe for you.</p>
<p><a class="btn" href="/apply">Start your application</a></p>
</section>
<section>
<h2>Medical team</h2>
<p>Dr. Esteban Mora, MD (anesthesiology) &middot; Dr. Karen Liu, MD (psychiatry, licensed in California and Costa Rica) &middot; 3 registered nurses &middot; 2 licensed psychotherapists.</p>
</section>
<section>
<h2>What we don't do</h2>
<p>We don't sell or send ketamine home with guests, and we don't run &ldquo;ceremonies&rdquo; with medicine outside our medical suite.</p>
</section>
</main>
<footer><p>Costa Serena Medical Retreat S.A. &middot; Nosara, Guanacaste &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h14528", "https://revive-iv-ketamine.example/promo.txt", "clinic", False, "en",
  "iv-lounge-clinic-promo-txt", "Revive IV & Ketamine promo", """
REVIVE IV & KETAMINE CLINIC - December special: first ketamine infusion $395 (reg. $495) for new patients
after your free medical consult with Dr. Sanjay Rao, MD (anesthesiologist). All infusions given in our
Tampa clinic with continuous monitoring. Add a Myers' drip for $99. Book online or WhatsApp +1 813 555 0190.
""", ext="txt")

p("h14529", "https://clinique-les-tilleuls.example/fr/soins/ketamine-depression-resistante", "clinic", False, "fr",
  "psychiatric-clinic-fr", "Kétamine et eskétamine dans la dépression résistante | Clinique Les Tilleuls", """
<header><a href="/fr/">Clinique Les Tilleuls</a> <span>Établissement de santé privé en psychiatrie &ndash; Lausanne</span>
<nav><a href="/fr/soins">Nos soins</a> <a href="/fr/hospitalisation">Hospitalisation</a> <a href="/fr/hopital-de-jour">Hôpital de jour</a> <a href="/fr/equipe-medicale">Équipe médicale</a> <a href="/fr/admission">Admission</a> <a href="/fr/tarifs">Tarifs</a></nav></header>
<main>
<h1>Kétamine et eskétamine dans la dépression résistante</h1>
<p>Notre unité de neuromodulation et de traitements rapides propose, sur indication psychiatrique, des perfusions intraveineuses de kétamine et des séances d'eskétamine par voie nasale (Spravato&reg;), en ambulatoire ou pendant un séjour en hôpital de jour.</p>
<h2>Déroulement</h2>
<ul>
<li>Consultation préalable avec un psychiatre de la clinique, bilan somatique et électrocardiogramme.</li>
<li>Séances dans une salle dédiée, sous surveillance infirmière (tension artérielle, saturation) et présence d'un médecin.</li>
<li>Surveillance de deux heures après chaque séance ; retour à domicile accompagné, pas de conduite le jour même.</li>
<li>Séances de psychothérapie d'intégration et ateliers de pleine conscience dans le parc de la clinique.</li>
</ul>
<h2>Prise en charge</h2>
<p>L'eskétamine est remboursée par l'assurance obligatoire des soins lorsque les critères sont remplis. Les perfusions de kétamine sont en partie à la charge du patient (forfait de 420 CHF par séance, devis sur demande). Les chambres privées relèvent de l'assurance complémentaire.</p>
<p><a class="btn" href="/fr/admission?unite=neuromodulation">Demande d'admission (par votre médecin traitant)</a></p>
</main>
<footer>Clinique Les Tilleuls &middot; Chemin des Tilleuls, Lausanne &middot; <a href="/fr/mentions">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h14530", "https://centrodepressione-navigli.example/it/esketamina", "clinic", False, "it",
  "trd-centre-it-short", "Esketamina spray nasale | Centro Depressione Navigli, Milano", """
<nav><a href="/it/">Centro Depressione Navigli</a> <a href="/it/servizi">Servizi</a> <a href="/it/esketamina">Esketamina</a> <a href="/it/tms">TMS</a> <a href="/it/prenota">Prenota</a></nav>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il nostro ambulatorio è autorizzato alla somministrazione di esketamina (Spravato&reg;) su piano terapeutico dello psichiatra. Ogni seduta si svolge in una stanza tranquilla, con musica e luci soffuse, sotto osservazione del personale sanitario per almeno due ore.</p>
<p>Prima visita psichiatrica: &euro; 180. Le sedute sono prenotabili online dopo la visita. Non guidare nel giorno della somministrazione.</p>
<p><a class="btn" href="/it/prenota?servizio=visita-psichiatrica">Prenota la prima visita</a></p>
</main>
""", noise="cookie")

p("h14531", "https://privatklinik-seeblick.example/de/ketamin-intensivwoche", "clinic", False, "de",
  "private-clinic-retreat-de", "Ketamin-Intensivwoche am Bodensee | Privatklinik Seeblick", """
<header><a href="/de/">Privatklinik Seeblick</a> <span>Psychiatrie &middot; Psychosomatik &middot; Psychotherapie</span>
<nav><a href="/de/behandlung">Behandlung</a> <a href="/de/ketamin-intensivwoche">Ketamin-Intensivwoche</a> <a href="/de/aufnahme">Aufnahme</a> <a href="/de/kosten">Kosten</a> <a href="/de/team">Ärzteteam</a> <a href="/de/kontakt">Kontakt</a></nav></header>
<main>
<h1>Die Ketamin-Intensivwoche</h1>
<p>Ein stationäres Kurzprogramm für Patientinnen und Patienten mit schwerer, therapieresistenter Depression: vier Ketamin-Infusionen unter ärztlicher Überwachung, kombiniert mit Einzel- und Gruppentherapie, Achtsamkeit, Bewegung am See und einem Integrationskreis am Abend.</p>
<h2>Voraussetzungen</h2>
<p>Fachärztliche Voruntersuchung (vor Ort oder per Video), EKG und Laborwerte, Bericht der behandelnden Psychiaterin bzw. des Psychiaters. Ausschluss bei unbehandeltem Bluthochdruck, Psychose oder aktiver Suchterkrankung.</p>
<h2>Kosten</h2>
<p>Für Selbstzahler und Privatversicherte: 5.900 &euro; im Einzelzimmer, inklusive Unterkunft und Vollpension. Anzahlung 1.000 &euro; nach Aufnahmezusage. Eine Beihilfefähigkeit prüfen wir gerne vorab.</p>
<p><a class="btn" href="/de/aufnahme?programm=ketamin">Aufnahme anfragen</a></p>
</main>
<footer>Privatklinik Seeblick GmbH &middot; Konzession nach &sect; 30 GewO &middot; Chefarzt Dr. med. Thomas Weidner &middot; <a href="/de/impressum">Impressum</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- informational (9)

p("h14532", "https://thecurrentmag.example/wellness/2026/12/ketamine-retreats-mail-order-ceremony-kits", "informational", False, "en",
  "magazine-investigation-long", "Inside the boom in 'ketamine ceremonies' \u2013 and the kits that ship without a doctor | The Current", """
<header>
<a class="logo" href="/">THE CURRENT</a>
<nav><a href="/news">News</a> <a href="/wellness">Wellness</a> <a href="/culture">Culture</a> <a href="/travel">Travel</a> <a href="/newsletter">Newsletter</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<article>
<p class="kicker">Investigation &middot; Wellness</p>
<h1>Inside the boom in &lsquo;ketamine ceremonies&rsquo; &ndash; and the kits that ship without a doctor</h1>
<p class="byline">By Hannah Okafor &middot; 4 December 2026 &middot; 14 min read</p>
<p>The ad appeared between a yoga mat and a matcha whisk in my Instagram feed: &ldquo;Bring the Tulum journey home.&rdquo; Three clicks later I was looking at a $349 &ldquo;Explorer&rdquo; kit from a retreat company called Sacred Stillness, which promised six 150 mg ketamine lozenges, an eye mask and a download code for a guided meditation. There was no doctor, no video call, only a box asking me to &ldquo;share my intention&rdquo; and confirm I was over 21.</p>
<p>Over six weeks, The Current identified 23 wellness brands &ndash; retreats, coaches, &ldquo;ceremony&rdquo; collectives and at least one IV drip bar &ndash; advertising ketamine to consumers without a medical evaluation. Prices ranged from $80 for a gram of powder offered by a Venice Beach &ldquo;sound healer&rdquo; on a classifieds site to $429 for a premium kit. Several accepted only crypto, Zelle or Cash App, and four advertised free &ldquo;reship&rdquo; if a parcel was seized.</p>
<h2>&ldquo;Just a more beautiful version of a street deal&rdquo;</h2>
<p>&ldquo;What these sites are doing is a more beautiful version of a street deal,&rdquo; said Dr. Imani Clarke, an addiction psychiatrist at a university hospital in Philadelphia who reviewed our findings. &ldquo;The lozenge is the same drug we give in clinic. What's missing is everything around it: screening for psychosis and heart problems, dose adjustment, someone watching your blood pressure, and a plan for when it stops working.&rdquo;</p>
<p>Our reporter did not place an order. A spokesperson for Sacred Stillness said by email that the company is &ldquo;a religious community&rdquo; and that &ldquo;members take full responsibility for their own healing.&rdquo; A Kahuna Journeys representative said its &ldquo;Ceremony Mist&rdquo; was &ldquo;temporarily paused&rdquo;; on the day of publication it was still listed at $185.</p>
<h2>The legitimate end of the market</h2>
<p>Not every retreat is a front. At Costa Serena in Costa Rica, guests are screened by psychiatrists before they're accepted, infusions are given by anesthesiologists in a medical suite, and no medicine leaves the property. Telehealth companies such as Clearwater Mind require a video evaluation with a licensed prescriber and ship through pharmacies, though critics say even that model stretches the evidence.</p>
<p>&ldquo;The tell is simple,&rdquo; said Clarke. &ldquo;If nobody with a license ever looked at you, it's not a treatment.&rdquo;</p>
<h2>What regulators say</h2>
<p>Ketamine is a Schedule III controlled substance in the US. The DEA told The Current it does not comment on specific investigations. The FDA issued a warning in 2023 about compounded ketamine used at home without monitoring, and has since sent warning letters to several online sellers.</p>
<aside class="box"><h3>If you're struggling</h3><p>Call or text 988 in the US. Ketamine has a real place in treating depression &ndash; talk to a licensed clinician about whether it's right for you.</p></aside>
</article>
<section class="related"><h3>Related</h3><ul><li><a href="/wellness/2026/10/microdosing-apps">The microdosing apps that promise calm</a></li><li><a href="/wellness/2026/08/iv-drip-bars-regulation">Who regulates IV drip bars?</a></li></ul></section>
<footer>&copy; 2026 The Current Media &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

p("h14533", "https://jordanreyes-integration.example/work-with-me", "informational", False, "en",
  "integration-coach-no-supply", "Work With Me | Jordan Reyes, Psychedelic Integration Coach", """
<nav><a href="/">Jordan Reyes</a> <a href="/about">About</a> <a href="/work-with-me">Work with me</a> <a href="/circles">Circles</a> <a href="/writing">Writing</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Work with me</h1>
<p>I'm an integration coach. I help people make sense of non-ordinary experiences &ndash; from ketamine treatment at a clinic, a psilocybin retreat abroad, or a difficult night at a festival &ndash; and turn them into real change in their lives.</p>
<p><b>Please read this first:</b> I do not provide, sell, source or administer ketamine or any other substance, and I don't sit with people during journeys. I'm not a therapist or a doctor. If you're looking for ketamine treatment, I'm happy to share a list of licensed clinics and telehealth providers I trust; anyone offering you &ldquo;medicine&rdquo; by DM is not one of them.</p>
<h2>Offerings</h2>
<ul>
<li><b>Free 20-minute discovery call</b></li>
<li><b>Single integration session</b> (60 min, Zoom) &ndash; $120</li>
<li><b>Integration package</b> &ndash; 4 sessions over 6 weeks, with prep and journaling prompts &ndash; $420</li>
<li><b>Monthly integration circle</b> (online, up to 10 people) &ndash; $30 / sliding scale</li>
</ul>
<p>Many of my clients come to me through their KAP therapist or infusion clinic, and I'm glad to coordinate with your care team with your permission.</p>
<p><a class="btn" href="/contact">Book a discovery call</a></p>
</main>
<footer>&copy; Jordan Reyes Coaching &middot; Coaching is not therapy or medical care. In crisis, call 988.</footer>
""")

p("h14534", "https://festivalcare-harmreduction.example/guides/ketamine-at-ceremonies-and-festivals", "informational", False, "en",
  "harm-reduction-guide", "Ketamine at ceremonies, retreats and festivals: a safer-use guide | FestivalCare", """
<header><a href="/">FestivalCare</a> <nav><a href="/guides">Drug guides</a> <a href="/drug-checking">Drug checking</a> <a href="/welfare-tents">Welfare tents</a> <a href="/volunteer">Volunteer</a> <a href="/donate">Donate</a></nav></header>
<main>
<h1>Ketamine at ceremonies, retreats and festivals</h1>
<p>More people are meeting ketamine outside a clinic &ndash; at &ldquo;sound bath journeys&rdquo;, unregulated retreats and festivals. We don't judge. Here's how to reduce harm.</p>
<h2>Know what you're taking</h2>
<p>Powders and &ldquo;crystals&rdquo; sold as ketamine have been found to contain 2-FDCK, O-PCE, MXE-like compounds, PCP analogues and cutting agents. Lozenges and sprays from &ldquo;ceremony&rdquo; sellers are not regulated either. Use a drug-checking service where you can; reagent tests (Mandelin, Morris) help but can't rule everything out.</p>
<h2>Dose and setting</h2>
<ul>
<li>Start low: effects of a small bump arrive in 5&ndash;15 minutes when snorted. Wait before redosing.</li>
<li>Sit or lie down before effects start. Falls and drowning are real risks &ndash; never near water, in a bath or a hot tub.</li>
<li>Don't mix with alcohol, GHB/GBL, benzodiazepines or opioids: the combination can stop you breathing.</li>
<li>Have a sober sitter, and know where the welfare tent is.</li>
</ul>
<h2>Your bladder</h2>
<p>Regular use can seriously damage the bladder (ketamine uropathy). Pain when peeing, needing to go often or blood in urine are warning signs &ndash; stop and see a doctor.</p>
<h2>If someone's in trouble</h2>
<p>Put them in the recovery position, stay with them and call emergency services if they're unresponsive or breathing strangely. Medics are there to help, not to call the police.</p>
</main>
<footer>FestivalCare is a registered charity. This page does not encourage drug use.</footer>
""", noise="cookie")

p("h14535", "https://psychiatry.northlake-university.example/research/kgroup-trial", "informational", False, "en",
  "research-recruitment-short", "Recruiting: Group integration after ketamine (K-GROUP trial) | Northlake University Psychiatry", """
<nav><a href="/">Department of Psychiatry</a> &rsaquo; <a href="/research">Research</a> &rsaquo; K-GROUP</nav>
<h1>K-GROUP: does group integration extend the benefit of ketamine?</h1>
<p>We are recruiting 120 adults with treatment-resistant depression who are about to start IV ketamine at one of our partner clinics. Participants are randomised to six weekly integration groups or usual care and followed for six months. The study does not provide ketamine; infusions are part of your clinical care. Participants receive up to $300 for completing assessments. IRB #2026-0412.</p>
<p>Contact: kgroup@northlake-university.example &middot; (312) 555-0134</p>
""")

p("h14536", "https://forum.psychonautcommons.example/t/has-anyone-done-the-tulum-k-retreat-or-the-home-kit/88214", "informational", False, "en",
  "forum-thread-nav-heavy", "Has anyone done the Tulum K retreat or the home kit? - Ketamine - Psychonaut Commons", """
<header>
<a href="/">Psychonaut Commons</a>
<nav><a href="/latest">Latest</a> <a href="/top">Top</a> <a href="/categories">Categories</a> <a href="/c/ketamine">Ketamine</a> <a href="/c/integration">Integration</a> <a href="/c/harm-reduction">Harm reduction</a> <a href="/guidelines">Guidelines</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav>
</header>
<aside class="sidebar"><ul><li><a href="/c/psilocybin">Psilocybin</a></li><li><a href="/c/lsd">LSD</a></li><li><a href="/c/mdma">MDMA</a></li><li><a href="/c/ketamine">Ketamine</a></li><li><a href="/c/dmt">DMT</a></li><li><a href="/c/ayahuasca">Ayahuasca</a></li><li><a href="/c/integration">Integration</a></li><li><a href="/c/trip-reports">Trip reports</a></li><li><a href="/c/meta">Meta</a></li></ul></aside>
<main>
<h1>Has anyone done the Tulum K retreat or the home kit?</h1>
<div class="post"><p class="who">moonwalker_88 &middot; 3d</p>
<p>Saw an ad for Sacred Stillness, they have a retreat in Tulum and a &ldquo;home ceremony kit&rdquo; with 6 lozenges for like $349, no doctor needed. Anyone tried it? Legit or scam?</p></div>
<div class="post"><p class="who">quiet_fern &middot; 3d</p>
<p>Not legit in the sense you mean. It's not a clinic, nobody is screening you. Lozenges could be anything. If you want ketamine for depression go through a real clinic or a telehealth place that does an actual video eval.</p></div>
<div class="post"><p class="who">delta_wave &middot; 2d</p>
<p>A friend ordered from them. It arrived but the dose felt way off between lozenges. She sent one to a drug checking service and it came back as ketamine plus something they couldn't identify.</p></div>
<div class="post mod"><p class="who">Moderator &middot; 2d</p>
<p>Reminder: no sourcing talk. Posts asking where to buy, or offering to sell, will be removed and accounts banned. Links to vendor sites have been edited out of this thread.</p></div>
<div class="post"><p class="who">moonwalker_88 &middot; 1d</p>
<p>Thanks all. Booked a consult at an infusion clinic near me instead.</p></div>
</main>
<footer><nav><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/privacy">Privacy</a> <a href="/tos">Terms</a></nav></footer>
""")

p("h14537", "https://diariodelasislas.example/sociedad/2026/11/28/retiros-ketamina-ibiza-investigacion", "informational", False, "es",
  "news-es", "La Guardia Civil investiga retiros de 'medicina K' en Ibiza que enviaban ketamina por mensajería", """
<header><a href="/">Diario de las Islas</a> <nav><a href="/actualidad">Actualidad</a> <a href="/sociedad">Sociedad</a> <a href="/sucesos">Sucesos</a> <a href="/economia">Economía</a> <a href="/suscripcion">Suscríbete</a></nav></header>
<article>
<h1>La Guardia Civil investiga retiros de &lsquo;medicina K&rsquo; en Ibiza que enviaban ketamina por mensajería</h1>
<p class="entradilla">Los organizadores cobraban hasta 2.900 euros por cinco días de &ldquo;ceremonias&rdquo; y vendían viales a antiguos participantes por WhatsApp</p>
<p class="firma">Marta Ribas &middot; Ibiza &middot; 28/11/2026</p>
<p>Agentes de la Guardia Civil registraron el pasado martes una finca en Sant Joan de Labritja donde, según fuentes de la investigación, un grupo que se presentaba como centro de bienestar organizaba &ldquo;ceremonias de medicina K&rdquo; con ketamina. En su web, Luz Interior ofrecía un fin de semana por 1.450 euros y &ldquo;kits de continuidad&rdquo; con viales a 320 euros o spray nasal a 180 euros, enviados a toda la UE sin receta y pagados por Bizum o criptomonedas.</p>
<p>&ldquo;La ketamina es un medicamento de uso hospitalario y veterinario. Administrarla fuera de un entorno sanitario, y encima venderla por mensajería, puede constituir un delito contra la salud pública&rdquo;, explicó a este diario una portavoz de la Agencia Española de Medicamentos.</p>
<p>El Colegio de Médicos de Baleares recordó que la esketamina está autorizada en España para la depresión resistente y se administra únicamente en centros sanitarios, bajo supervisión, y pidió a los pacientes desconfiar de &ldquo;retiros&rdquo; que prometen curas rápidas.</p>
<p>La investigación sigue abierta y no se han producido detenciones.</p>
</article>
<footer>&copy; Diario de las Islas &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h14538", "https://sante-drogues-info.example/fr/produits/ketamine", "informational", False, "fr",
  "fact-sheet-fr", "Kétamine : effets, risques, réduction des risques | Santé Drogues Info", """
<header><a href="/fr/">Santé Drogues Info</a> <nav><a href="/fr/produits">Produits</a> <a href="/fr/aide">Être aidé</a> <a href="/fr/proches">Pour les proches</a> <a href="/fr/chat">Chat anonyme</a></nav></header>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Sa forme dérivée, l'eskétamine, est autorisée en spray nasal dans la dépression résistante, uniquement en milieu hospitalier ou dans une structure de soins.</p>
<h2>Ce qu'on observe</h2>
<p>Des &laquo; retraites &raquo;, &laquo; cérémonies &raquo; ou programmes de &laquo; bien-être &raquo; proposent aujourd'hui de la kétamine en dehors de tout cadre médical, parfois avec envoi à domicile après un simple questionnaire. Ces produits ne sont pas contrôlés et leur usage expose aux mêmes risques que la kétamine de rue.</p>
<h2>Effets et risques</h2>
<ul><li>Dissociation, perte de repères, chutes, risque de noyade.</li><li>Nausées, vomissements, hausse de la tension.</li><li>En cas d'usage répété : atteintes graves de la vessie et des voies urinaires, troubles de la mémoire, dépendance.</li><li>Dangereux avec l'alcool, les benzodiazépines, le GHB et les opioïdes.</li></ul>
<h2>Réduire les risques</h2>
<p>Ne pas consommer seul, rester assis ou allongé, éviter les mélanges, faire analyser ses produits auprès d'un dispositif d'analyse de drogues.</p>
<p>Besoin d'en parler ? Appel anonyme et gratuit, 7 j/7.</p>
</main>
<footer>Service public d'information et d'aide &middot; <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h14539", "https://podcast-binnenwerk.example/afleveringen/74-ketamine-integratie-en-de-wellnesshype", "informational", False, "nl",
  "podcast-episode-nl", "#74 Ketamine, integratie en de wellnesshype \u2013 met Dr. Sanne de Vries | Binnenwerk Podcast", """
<header><a href="/">Binnenwerk</a> <nav><a href="/afleveringen">Afleveringen</a> <a href="/over">Over</a> <a href="/steun-ons">Steun ons</a></nav></header>
<main>
<h1>#74 Ketamine, integratie en de wellnesshype</h1>
<p class="meta">1 uur 12 min &middot; 2 december 2026 &middot; <a href="#">Spotify</a> &middot; <a href="#">Apple Podcasts</a></p>
<p>Psychiater en onderzoeker Sanne de Vries behandelt in een academisch ziekenhuis patiënten met therapieresistente depressie met esketamine. Ze vertelt hoe zo'n behandeling er in Nederland echt uitziet, waarom integratiegesprekken ertoe doen, en waarom ze zich zorgen maakt over &lsquo;K-ceremonies&rsquo; en smartshops die analogen als 2-FDCK verkopen als &lsquo;onderzoeksmiddel&rsquo;.</p>
<h2>Shownotes</h2>
<ul>
<li>03:10 &ndash; Wat doet ketamine in het brein?</li>
<li>18:45 &ndash; Esketamine in de ggz: wie komt ervoor in aanmerking?</li>
<li>34:20 &ndash; Integratiecoaches: wat mag wel en wat niet?</li>
<li>47:00 &ndash; Retreats en thuispakketten: &ldquo;dit is geen behandeling&rdquo;</li>
<li>61:30 &ndash; Tips voor luisteraars die hulp zoeken</li>
</ul>
<p>Zit je ergens mee? Praat erover met je huisarts, of bel 113 Zelfmoordpreventie (0800-0113).</p>
<p><small>Binnenwerk ontvangt geen sponsoring van klinieken, retreats of farmabedrijven.</small></p>
</main>
""", noise="cookie-nl")

p("h14540", "https://empregos-saude.example/vagas/terapeuta-integracao-lisboa-4471", "informational", False, "pt",
  "job-post-pt", "Vaga: Psicólogo/a clínico/a \u2013 integração em tratamentos com escetamina (Lisboa)", """
<header><a href="/">Empregos Saúde</a> <nav><a href="/vagas">Vagas</a> <a href="/empresas">Empresas</a> <a href="/publicar">Publicar vaga</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>Psicólogo/a clínico/a &ndash; integração em tratamentos com escetamina</h1>
<p class="empresa">Clínica de Saúde Mental Tejo &middot; Lisboa &middot; Tempo inteiro &middot; Publicado há 5 dias</p>
<h2>Sobre a função</h2>
<p>Procuramos um/a psicólogo/a com cédula profissional da Ordem dos Psicólogos Portugueses para integrar a equipa da nossa unidade de depressão resistente, onde a escetamina é administrada sob supervisão médica. Irá conduzir sessões de preparação e integração, individuais e em grupo, e colaborar com psiquiatras e enfermeiros.</p>
<h2>Requisitos</h2>
<ul><li>Mestrado em Psicologia Clínica e cédula da OPP</li><li>Experiência mínima de 2 anos em contexto clínico</li><li>Formação em terapias assistidas por psicadélicos é valorizada</li></ul>
<h2>Oferecemos</h2>
<p>Contrato sem termo, vencimento entre 1.800 e 2.300 &euro; brutos, seguro de saúde e formação contínua.</p>
<p><a class="btn" href="/vagas/4471/candidatar">Candidatar-me</a></p>
</main>
<footer>&copy; Empregos Saúde &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

save(OUT, R)
