# Batch 63 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: LONG PAGES WITH LITTLE SIGNAL. Mostly 3-6 KB pages with full site chrome (mega-menus, footers
# full of links, related-article lists, newsletter boxes, comment sections, cookie banners, scripts)
# where the deciding evidence is one sentence, a table row, a button label, a footer line or the URL.
# Sellers are padded with health/lifestyle content or look professional; clinics and telehealth
# providers have short main content inside heavy chrome; informational pages (news, reference, forums,
# law firm, regulator, compounding pharmacy) carry shop-like words in their chrome.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2). Four plain-text crawler snippets, the rest html.
# Shapes: sellers - wellness blog with an apothecary sidebar row, German health magazine with a
# Telegram footer line, professional online pharmacy with questionnaire-and-instant-approval steps,
# classifieds snippet (txt), Spanish research-chemicals shop (2-FDCK), fake telehealth with automatic
# approval in one FAQ answer, French horse-supply shop selling veterinary ketamine without vet
# prescription, bot-check interstitial (url-only), Portuguese doorway article with a partner-pharmacy
# button, Dutch smartshop DCK pellets, checkout page paying USDT, Italian online pharmacy grid with one
# ketamine item and an anonymous-shipping footer, social profile bio with horse emoji and Telegram,
# "best vendors" review doorway; telehealth - landing page with a Shop menu, blog article with care
# footer, Spanish tele-psychiatry referring for esketamine, German online psychiatry price page,
# membership cart, French FAQ, txt snippet, Brazilian WhatsApp-booked tele-psychiatry, patient-portal
# refill form; clinics - infusion clinic home page with packages and gift cards, clinic blog post with
# address footer, Dutch hospital department, Italian Spravato centre booked by WhatsApp, pain clinic
# services list, Mexican clinic bill-pay page, txt snippet, KAP practice with merch shop;
# informational - news investigation with a Shop tab and street prices, patient forum thread with ads,
# German drug-checking warning, French encyclopaedia with a shop sidebar, law firm page, Portuguese
# news on a seizure, compounding pharmacy prescriber page, state pharmacy board alert, rehab snippet.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch63.py (writes batch63/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch63")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# small markup helpers for the chrome; every list passed to them is written per page
def _slug(t):
    s = "".join(c.lower() if c.isalnum() else "-" for c in t)
    while "--" in s:
        s = s.replace("--", "-")
    return "/" + s.strip("-") + "/"

def links(items, cls=None):
    out = []
    for it in items:
        if "|" in it:
            t, h = it.split("|", 1)
        else:
            t, h = it, _slug(it)
        out.append(f'<li><a href="{h}">{t}</a></li>')
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(out) + "</ul>"

def mega(cols, cls="mega-menu"):
    out = [f'<nav class="{cls}" aria-label="Main">']
    for title, items in cols:
        out.append(f'<div class="col"><span class="col-title">{title}</span>{links(items)}</div>')
    out.append("</nav>")
    return "\n".join(out)

def footer(cols, legal, cls="site-footer"):
    out = [f'<footer class="{cls}">']
    for title, items in cols:
        out.append(f'<section><h4>{title}</h4>{links(items)}</section>')
    out.append(f'<div class="legal">{legal}</div></footer>')
    return "\n".join(out)

# ==================================================================================== 01-10

p("h6301", "https://www.serenewellnesshub.example/blog/evening-rituals-deeper-sleep", "seller", True, "en",
  "wellness-blog-apothecary-sidebar-row", "7 Evening Rituals for Deeper Sleep | Serene Wellness Hub", """
<header class="top"><a class="logo" href="/">Serene<span>Wellness</span>Hub</a>
<form class="search"><input type="search" placeholder="Search recipes, rituals, remedies"></form>
<a href="/account">Sign in</a> <a href="/cart" class="cart">Bag (0)</a></header>
""" + mega([("Mind", ["Meditation", "Journaling", "Stress", "Mood"]),
            ("Body", ["Yoga flows", "Mobility", "Walking plans", "Breathwork"]),
            ("Sleep", ["Routines", "Bedroom set-up", "Dreams"]),
            ("Nourish", ["Recipes", "Teas & tonics", "Gut health", "Seasonal eating"]),
            ("Apothecary", ["Shop all|/apothecary/", "Best sellers|/apothecary/best/", "Gift sets|/apothecary/gifts/"])]) + """
<main class="post">
<p class="crumbs"><a href="/blog/">Journal</a> / <a href="/sleep/">Sleep</a></p>
<h1>7 Evening Rituals for Deeper Sleep</h1>
<p class="byline">By Maren Holt · 6 min read · Updated 2 November</p>
<img src="/img/candle-bedside.jpg" alt="A candle on a bedside table next to a linen-covered book">
<p>Most of us try to fix sleep at 11 pm, lying in the dark and wondering why our brain is replaying every conversation of the day. The truth is that good nights are built in the two hours before bed. Here are the small rituals our readers tell us make the biggest difference.</p>
<h2>1. Dim the house at sunset</h2>
<p>Switch off overhead lights and move to lamps at eye level or below. Warm, low light tells your body the day is winding down.</p>
<h2>2. A ten-minute tidy</h2>
<p>Clearing the kitchen counter and laying out tomorrow's clothes gives the mind a sense of closure. Set a timer so it doesn't turn into a spring clean.</p>
<h2>3. Magnesium-rich snacks</h2>
<p>A handful of pumpkin seeds or a square of dark chocolate is a gentle way to end the day. Skip heavy meals within three hours of bed.</p>
<h2>4. Write the worry list</h2>
<p>Two columns: what is on your mind, and the next tiny step for each. You are not solving anything tonight, just parking it.</p>
<h2>5. Warm shower, cool room</h2>
<p>The drop in body temperature after a warm shower is one of the strongest natural sleep cues. Keep the bedroom around 18 °C.</p>
<h2>6. Screens out of reach</h2>
<p>Charge your phone in the hallway. If you read, choose paper or an e-ink reader with the backlight off.</p>
<h2>7. The same time, every night</h2>
<p>Consistency beats everything else on this list. Pick a lights-out time you can keep on weekends too.</p>
<p class="note">This article is for general wellbeing and is not medical advice. Talk to your doctor if poor sleep lasts more than a few weeks.</p>
<div class="share">Share: <a href="#">Pinterest</a> <a href="#">Facebook</a> <a href="#">Email</a></div>
</main>
<aside class="sidebar">
<section class="shop-widget"><h3>From the Apothecary</h3>
<table class="mini-shop">
<tr><td><img src="/img/p/mag-gly.jpg" alt=""></td><td>Magnesium Glycinate, 120 caps</td><td>$24.00</td><td><button data-sku="SW-114">Add to bag</button></td></tr>
<tr><td><img src="/img/p/lav-mist.jpg" alt=""></td><td>Lavender &amp; Vetiver Pillow Mist</td><td>$18.00</td><td><button data-sku="SW-207">Add to bag</button></td></tr>
<tr><td><img src="/img/p/k-nasal.jpg" alt=""></td><td>Ketamine HCl Nasal Spray 10 ml (100 mg/ml)</td><td>$165.00</td><td><button data-sku="SW-318">Add to bag</button></td></tr>
<tr><td><img src="/img/p/ash-gum.jpg" alt=""></td><td>Ashwagandha Calm Gummies</td><td>$29.00</td><td><button data-sku="SW-122">Add to bag</button></td></tr>
</table><a href="/apothecary/">Visit the shop &rarr;</a></section>
<section><h3>Popular this week</h3>""" + links(["Why you wake at 3 am", "Chamomile, three ways", "A 5-minute body scan", "Our linen sheet guide"]) + """</section>
</aside>
<section class="newsletter"><h3>Slow Sundays, in your inbox</h3><p>One calm email a week: a ritual, a recipe, and 10% off your first apothecary order.</p>
<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<section class="comments"><h3>3 comments</h3>
<div class="c"><b>Priya</b> <span>2 days ago</span><p>The worry list has changed my life, honestly.</p></div>
<div class="c"><b>Tom R.</b> <span>5 days ago</span><p>18 degrees sounds cold but it really works.</p></div>
<div class="c"><b>jules</b> <span>1 week ago</span><p>Does the pillow mist ship to Canada?</p><div class="reply"><b>Serene Team</b><p>Yes! Everything in the apothecary ships worldwide.</p></div></div>
</section>
""" + footer([("Shop", ["Apothecary|/apothecary/", "Gift cards", "Shipping", "Returns"]),
              ("Journal", ["Sleep", "Mood", "Recipes", "Rituals"]),
              ("About", ["Our story", "Contributors", "Press", "Contact"])],
             "&copy; 2026 Serene Wellness Hub. Content is for informational purposes only.") + """
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-SWH2026');</script>
""", noise="cookie")

p("h6302", "https://www.lumenmindhealth.example/ketamine", "telehealth", False, "en",
  "telehealth-landing-with-shop-menu", "At-home ketamine therapy, guided by psychiatric clinicians | Lumen Mind Health", """
<div class="promo-bar">New: HSA/FSA cards accepted at checkout &middot; <a href="/pricing">See pricing</a></div>
<header><a href="/" class="logo">lumen</a>
""" + mega([("Treatments", ["Ketamine therapy|/ketamine", "Depression", "Anxiety", "PTSD", "Medication management"]),
            ("How it works", ["Your first visit", "Our clinicians|/care-team", "Safety", "Insurance & HSA"]),
            ("Shop", ["Integration journal|/shop/journal", "Eye mask & headphones set|/shop/session-kit", "Gift a membership|/shop/gift"]),
            ("Resources", ["Blog", "Research", "FAQ", "Patient stories"])]) + """
<a href="/login">Log in</a> <a class="btn" href="/start">Get started</a> <a href="/cart" aria-label="Cart">&#128722; 0</a>
</header>
<main>
<section class="hero"><h1>Feel like yourself again.</h1>
<p>Ketamine therapy from the comfort of home, with a real care team behind every session.</p>
<a class="btn" href="/start">Check if you're eligible</a> <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 4.8 from 2,100+ reviews</span></section>
<section class="logos"><span>As seen in</span> <img alt="Morning Dispatch"> <img alt="Wellness Weekly"> <img alt="The Metro Review"></section>
<section class="steps"><h2>How Lumen works</h2>
<ol><li><b>Tell us about you.</b> A short online form about your history and goals.</li>
<li><b>Meet your clinician.</b> Every patient starts with a 60-minute video assessment with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. Nothing is prescribed before that visit, and many people are referred to other care instead.</li>
<li><b>Start your sessions.</b> If ketamine is appropriate, your prescription is sent to our licensed partner pharmacy and your first kit arrives in a few days.</li>
<li><b>Check in.</b> A trained guide joins you by video for the first session; your clinician follows up every two weeks.</li></ol></section>
<section class="pricing"><h2>Simple pricing</h2>
<table><tr><th>First month</th><td>$299 &mdash; includes assessment, 2 follow-ups, medication</td></tr>
<tr><th>Ongoing</th><td>$219/month</td></tr></table>
<p class="small">Not covered by most insurance. Cancel anytime.</p></section>
<section class="team-teaser"><h2>Meet a few of our clinicians</h2>
<ul><li>Dr. Anika Rhodes, MD &mdash; Psychiatry, licensed in CA, OR, WA</li><li>Marcus Bell, PMHNP-BC &mdash; licensed in TX, FL, GA</li><li>Dr. Lena Okafor, MD &mdash; Psychiatry, licensed in NY, NJ, PA</li></ul>
<a href="/care-team">See the full care team</a></section>
<section class="faq"><h2>Questions</h2>
<details><summary>Is it safe?</summary><p>Ketamine has side effects and isn't right for everyone. Your clinician reviews your blood pressure readings and medical history before prescribing.</p></details>
<details><summary>Which states do you serve?</summary><p>We currently see patients in 24 states. Enter your ZIP on the eligibility page.</p></details>
<details><summary>What's in the Lumen shop?</summary><p>Optional comfort items for your sessions. Medication is never sold in the shop.</p></details></section>
</main>
""" + footer([("Company", ["About", "Careers", "Press", "Contact"]),
              ("Care", ["Ketamine therapy|/ketamine", "Care team|/care-team", "Crisis resources", "Pricing"]),
              ("Legal", ["Privacy", "Terms", "Notice of privacy practices", "Telehealth consent"])],
             "Lumen Mind Health, Inc. provides technology and administrative services. Clinical services are provided by Lumen Medical Group, P.A. and its affiliated professional entities. If you are in crisis, call or text 988.") + """
<script src="https://cdn.lumenmindhealth.example/js/app.9f3c1.js" defer></script>
""", noise="cookie")

p("h6303", "https://www.harborledger.example/investigations/2026/11/telegram-bots-ketamine-delivery", "informational", False, "en",
  "news-investigation-shop-tab-street-prices", "Telegram bots are selling ketamine with same-day delivery. We tried to find out who runs them. - The Harbor Ledger", """
<div class="topbar"><a href="/subscribe">Subscribe &mdash; $1 for 6 months</a> <a href="/shop">Shop</a> <a href="/newsletters">Newsletters</a> <a href="/login">Log in</a></div>
<header class="masthead"><a href="/" class="logo">The Harbor Ledger</a><p class="date">Sunday, December 6, 2026</p></header>
<nav class="sections">""" + links(["News|/news/", "Investigations|/investigations/", "Politics|/politics/", "Business|/business/", "Health|/health/", "Sports|/sports/", "Opinion|/opinion/", "Obituaries|/obits/", "Shop|/shop/", "Puzzles|/puzzles/"]) + """</nav>
<div class="ad ad-leaderboard">Advertisement &middot; Holiday sale: 40% off mattresses, free shipping</div>
<article>
<p class="kicker">Investigation</p>
<h1>Telegram bots are selling ketamine with same-day delivery. We tried to find out who runs them.</h1>
<p class="byline">By Nora Quill and Dev Patel &middot; Nov. 29, 2026</p>
<p>The menu arrives within seconds. "Welcome. Choose product," the bot writes, followed by a list: cocaine, MDMA pills, and "K (crystal)" at $60 a gram or $250 for five. Payment is by Bitcoin or a prepaid gift card code. Delivery, it promises, is "same day within the metro area."</p>
<p>Over three months, Ledger reporters catalogued 41 Telegram accounts advertising ketamine in the region. Several used names such as "KandyKurier" and "SnowLeopardDelivery"; most disappeared within weeks and reappeared under new handles. Searches for "buy ketamine online" now return these channels alongside legitimate clinic listings, according to data shared by a search-analytics firm.</p>
<p>Ketamine is a prescription anesthetic, and in recent years it has been approved in a nasal-spray form for treatment-resistant depression. Clinics that give it are regulated; the bots are not. "You have no idea what's in the bag," said Carla Mendes, who runs a drug-checking service at weekend events. Her team has found ketamine samples that contained other dissociatives, or none at all.</p>
<p>Telegram said in a statement that it removes accounts that violate its terms when they are reported. The Police Department's narcotics unit declined to comment on open cases.</p>
<p>Ledger reporters did not purchase any drugs for this story.</p>
<div class="ad ad-inline">Advertisement</div>
<aside class="related"><h3>Related</h3>""" + links(["How we reported this story|/investigations/methods-telegram/", "What is esketamine? A guide to the depression nasal spray|/health/esketamine-explainer/", "Drug-checking vans come to the waterfront|/news/drug-checking-vans/"]) + """</aside>
</article>
<section class="comments"><h3>Comments (128)</h3><p>Comments are open to subscribers. <a href="/subscribe">Subscribe</a> or <a href="/login">log in</a>.</p>
<div class="c"><b>harbor_resident_22</b><p>My teenager's friends know about these bots. Scary piece, thank you.</p></div>
<div class="c"><b>M. Ortega</b><p>Why is the nasal spray so hard to get at a clinic while this is one tap away?</p></div></section>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="#">Ferry fares rise again in January</a></li><li><a href="#">The best clam chowder on the coast, ranked</a></li><li><a href="#">School board votes on later start times</a></li></ol></aside>
""" + footer([("The Ledger", ["About us", "Contact the newsroom", "Send a tip", "Corrections"]),
              ("Subscriptions", ["Digital", "Print delivery", "Gift subscriptions", "Manage account"]),
              ("More", ["Ledger Store|/shop/", "Archives", "Events", "Advertise"])],
             "&copy; 2026 Harbor Ledger Media Co. All rights reserved.") + """
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
""", noise="cookie")

p("h6304", "https://www.ridgelineketamine.example/", "clinic", False, "en",
  "infusion-clinic-homepage-packages-giftcards", "Ridgeline Ketamine & Wellness | Boise, ID", """
<div class="util"><span>&#9742; (208) 555-0147</span> <span>Mon-Sat 8am-6pm</span> <a href="/pay">Pay a bill</a> <a href="/portal">Patient portal</a></div>
<header><a href="/" class="logo">Ridgeline Ketamine &amp; Wellness</a>
""" + mega([("Treatments", ["IV ketamine infusions|/iv-ketamine/", "Spravato|/spravato/", "NAD+ infusions|/nad/", "Hydration & vitamin IVs|/iv-therapy/"]),
            ("Conditions", ["Depression", "PTSD", "Anxiety", "Chronic pain", "OCD"]),
            ("Shop", ["Gift cards|/shop/gift-cards/", "Infusion packages|/shop/packages/", "Ridgeline merch|/shop/merch/"]),
            ("About", ["Our team", "Our clinic", "Reviews", "Blog", "Careers"])]) + """
<a class="btn" href="/book">Book a free consult</a></header>
<main>
<section class="hero"><h1>Relief can start this week.</h1><p>Evidence-based ketamine care in a calm, private setting.</p>
<a class="btn" href="/book">Book now</a> <a class="btn ghost" href="/shop/packages/">Buy a package</a></section>
<section class="packages"><h2>Infusion packages</h2>
<div class="card"><h3>Single infusion</h3><p class="price">$475</p><a href="/shop/packages/single">Add to cart</a></div>
<div class="card"><h3>Six-infusion series</h3><p class="price">$2,700 <s>$2,850</s></p><a href="/shop/packages/series6">Add to cart</a></div>
<div class="card"><h3>Booster</h3><p class="price">$425</p><a href="/shop/packages/booster">Add to cart</a></div>
<p class="small">Packages are redeemed after your medical intake with our physician. Unused infusions are refunded.</p></section>
<section class="why"><h2>Why Ridgeline</h2>
<ul><li>Each infusion is given in one of our five private suites at 1420 W Fairview Ave, with continuous monitoring by an ACLS-certified nurse.</li><li>Anesthesiologist-led medical team</li><li>Heated massage chairs, weighted blankets, your own playlist</li><li>Ride-home service for every appointment</li></ul></section>
<section class="reviews"><h2>What patients say</h2>
<blockquote>"I came in skeptical and left with hope. The nurses are amazing." &mdash; Jen, Meridian</blockquote>
<blockquote>"Clean, quiet, and they actually call you after to check in." &mdash; Anonymous</blockquote></section>
<section class="giftcards"><h2>Give the gift of wellness</h2><p>Gift cards in any amount for IV hydration, NAD+ and wellness services. Delivered by email instantly.</p><a href="/shop/gift-cards/">Buy a gift card</a></section>
<section class="blog-teaser"><h2>From our blog</h2>""" + links(["Ketamine vs. ECT: what to know|/blog/ketamine-vs-ect/", "What happens at your first infusion|/blog/first-infusion/", "5 questions to ask any ketamine clinic|/blog/5-questions/"]) + """</section>
<section class="newsletter"><h3>Stay in touch</h3><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
""" + footer([("Visit", ["1420 W Fairview Ave, Suite 200, Boise, ID 83702|/contact/", "Directions|/contact/#map", "Parking"]),
              ("Patients", ["New patient forms", "Pay a bill|/pay", "Financing (CareCredit)|/financing", "FAQ"]),
              ("Follow", ["Instagram", "Facebook", "YouTube"])],
             "&copy; 2026 Ridgeline Ketamine &amp; Wellness, PLLC. Ketamine infusions are an off-label treatment. Results vary.") + """
<script src="https://widgets.bookingsuite.example/embed.js" data-clinic="ridgeline-boise" async></script>
""", noise="cookie")

p("h6305", "https://www.vitalpuls-magazin.example/psyche/winterdepression-was-wirklich-hilft", "seller", True, "de",
  "health-magazine-telegram-footer-line", "Winterdepression: Was wirklich hilft | Vitalpuls Magazin", """
<header class="kopf"><a href="/" class="logo">Vitalpuls</a><span class="claim">Das Magazin für Körper &amp; Seele</span>
<form><input type="search" placeholder="Suche"></form> <a href="/newsletter">Newsletter</a></header>
""" + mega([("Psyche", ["Stress|/psyche/stress/", "Depression|/psyche/depression/", "Achtsamkeit|/psyche/achtsamkeit/"]),
            ("Ernährung", ["Rezepte|/ernaehrung/rezepte/", "Abnehmen|/ernaehrung/abnehmen/", "Vitamine|/ernaehrung/vitamine/"]),
            ("Fitness", ["Laufen|/fitness/laufen/", "Yoga|/fitness/yoga/", "Rücken|/fitness/ruecken/"]),
            ("Familie", ["Schwangerschaft|/familie/schwangerschaft/", "Kinder|/familie/kinder/"])], cls="hauptnavigation") + """
<main><article>
<p class="rubrik">Psyche &middot; Depression</p>
<h1>Winterdepression: Was wirklich hilft</h1>
<p class="autor">Von Sabine Kröger &middot; 14. November 2026 &middot; Lesezeit 5 Minuten</p>
<p class="teaser">Wenn die Tage kürzer werden, sinkt bei vielen die Stimmung. Doch wann ist es mehr als ein Herbsttief, und was hilft tatsächlich?</p>
<h2>Herbstblues oder saisonale Depression?</h2>
<p>Fachleute sprechen von einer saisonal abhängigen Depression, wenn Niedergeschlagenheit, Antriebslosigkeit und ein gesteigertes Schlafbedürfnis mehrere Jahre hintereinander in den Wintermonaten auftreten und im Frühjahr wieder verschwinden. Typisch ist außerdem Heißhunger auf Kohlenhydrate.</p>
<h2>Licht, Licht, Licht</h2>
<p>Am besten untersucht ist die Lichttherapie: Täglich 30 Minuten vor einer Tageslichtlampe mit 10.000 Lux, am besten morgens. Auch ein Spaziergang in der Mittagszeit bringt deutlich mehr Licht als jede Bürobeleuchtung.</p>
<h2>Bewegung und Struktur</h2>
<p>Regelmäßiger Sport wirkt nachweislich stimmungsaufhellend. Feste Aufsteh- und Essenszeiten helfen dem Körper, seinen Rhythmus zu behalten.</p>
<h2>Wann zum Arzt?</h2>
<p>Halten die Beschwerden länger als zwei Wochen an oder kommen Gedanken an den Tod auf, sollten Sie Ihre Hausärztin oder einen Psychiater aufsuchen. Bei schweren Verläufen kommen Psychotherapie und Medikamente infrage.</p>
<div class="infobox"><b>Hilfe in der Krise:</b> Die Telefonseelsorge ist rund um die Uhr erreichbar.</div>
</article>
<aside class="weiterlesen"><h3>Das könnte Sie auch interessieren</h3>""" + links(["Vitamin D im Winter: Brauchen Sie ein Präparat?|/ernaehrung/vitamine/vitamin-d-winter/", "Tageslichtlampen im Test|/psyche/tageslichtlampen-test/", "Fünf Übungen gegen Grübeln|/psyche/achtsamkeit/gruebeln/", "Schlafstörungen: die häufigsten Ursachen|/psyche/schlaf/"]) + """</aside>
<section class="newsletter-box"><h3>Vitalpuls-Newsletter</h3><p>Jeden Freitag die besten Artikel und Rezepte.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></form></section>
<section class="kommentare"><h3>Kommentare (2)</h3><p><b>Heike M.:</b> Die Lichtlampe hat mir sehr geholfen, danke!</p><p><b>Robert:</b> Guter Artikel, kurz und verständlich.</p></section>
</main>
""" + footer([("Magazin", ["Über uns|/ueber-uns/", "Redaktion|/redaktion/", "Mediadaten|/mediadaten/", "Kontakt|/kontakt/"]),
              ("Service", ["Newsletter|/newsletter/", "Gewinnspiele|/gewinnspiele/", "Vitalpuls-Shop|/shop/"]),
              ("Rechtliches", ["Impressum|/impressum/", "Datenschutz|/datenschutz/", "Cookie-Einstellungen|#"])],
             "&copy; 2026 Vitalpuls Magazin &middot; Ketamin-Nasenspray und Esketamin ohne Rezept &ndash; diskrete Bestellung über Telegram: @vitalpuls_apotheke") + """
<script async src="https://ads.adnet-partner.example/tag.js"></script>
""", noise="cookie-de")

p("h6306", "https://fr.encyclomed-libre.example/wiki/K%C3%A9tamine", "informational", False, "fr",
  "encyclopaedia-article-shop-sidebar", "Kétamine — EncycloMéd libre", """
<div id="bandeau-don">EncycloMéd est financée par ses lecteurs. <a href="/don">Faire un don</a> &middot; <a href="/boutique">Boutique officielle : tasses, t-shirts, carnets</a></div>
<header><a href="/" class="logo">EncycloMéd <small>l'encyclopédie médicale libre</small></a>
<form><input type="search" placeholder="Rechercher dans EncycloMéd"></form> <a href="/connexion">Se connecter</a> <a href="/inscription">Créer un compte</a></header>
<div class="onglets"><a href="#">Article</a> <a href="#">Discussion</a> <a href="#">Lire</a> <a href="#">Modifier</a> <a href="#">Voir l'historique</a></div>
<nav class="barre-laterale"><h3>Navigation</h3>""" + links(["Accueil|/", "Portails thématiques|/portails", "Article au hasard|/hasard", "Contact|/contact"]) + """
<h3>Contribuer</h3>""" + links(["Débuter sur EncycloMéd|/aide/debuter", "Aide|/aide", "Modifications récentes|/recentes"]) + """
<h3>Boutique</h3>""" + links(["Mug « Je relis mes sources »|/boutique/mug", "Sweat EncycloMéd|/boutique/sweat", "Livre : 100 molécules|/boutique/livre-100-molecules"]) + """</nav>
<main><h1>Kétamine</h1>
<table class="infobox"><tr><th colspan="2">Kétamine</th></tr>
<tr><td>Nom IUPAC</td><td>(RS)-2-(2-chlorophényl)-2-(méthylamino)cyclohexanone</td></tr>
<tr><td>Formule</td><td>C13H16ClNO</td></tr>
<tr><td>Masse molaire</td><td>237,7 g/mol</td></tr>
<tr><td>Classe</td><td>Anesthésique dissociatif, antagoniste des récepteurs NMDA</td></tr>
<tr><td>Voies</td><td>IV, IM, intranasale, orale</td></tr>
<tr><td>Statut légal (France)</td><td>Stupéfiant (liste I), prescription restreinte</td></tr></table>
<p>La <b>kétamine</b> est un anesthésique général de la famille des arylcyclohexylamines, synthétisé en 1962 et utilisé en médecine humaine et vétérinaire. Son énantiomère S, l'<b>eskétamine</b>, est commercialisé sous forme de spray nasal pour la dépression résistante, administré en établissement de santé sous surveillance.</p>
<h2>Pharmacologie</h2>
<p>La kétamine agit principalement comme antagoniste non compétitif du récepteur NMDA. Son effet antidépresseur rapide, observé en quelques heures, fait l'objet de nombreuses recherches.</p>
<h2>Usages médicaux</h2>
<p>Anesthésie de courte durée, analgésie en urgence et en soins palliatifs, sédation, traitement de la dépression résistante (eskétamine).</p>
<h2>Usage détourné</h2>
<p>La kétamine est consommée en milieu festif pour ses effets dissociatifs. Des produits vendus comme « kétamine » sur des sites Internet ou des messageries contiennent parfois d'autres substances, comme la 2-fluorodeschlorokétamine. L'usage régulier est associé à des atteintes de la vessie (cystite à la kétamine).</p>
<h2>Voir aussi</h2>""" + links(["Phencyclidine|/wiki/Phencyclidine", "Arylcyclohexylamine|/wiki/Arylcyclohexylamine", "Eskétamine|/wiki/Esk%C3%A9tamine"]) + """
<h2>Références</h2><ol class="refs"><li>Agence nationale de sécurité du médicament, fiche stupéfiants, 2024.</li><li>Revue de pharmacologie clinique, vol. 41, 2022.</li></ol>
<p class="cat">Catégories : Anesthésique général | Antagoniste NMDA | Médicament vétérinaire | Stupéfiant</p></main>
<footer><p>La dernière modification de cette page a été faite le 2 décembre 2026.</p><p>Les textes sont disponibles sous licence Creative Commons. EncycloMéd ne donne pas d'avis médical.</p>
""" + links(["Politique de confidentialité|/confidentialite", "À propos|/apropos", "Avertissements|/avertissements", "Version mobile|?mobile=1"]) + """</footer>
""")

p("h6307", "https://www.medsdirect-express.example/product/spravato-esketamine-56mg", "seller", True, "en",
  "online-pharmacy-questionnaire-instant-approval", "Spravato (esketamine) 56 mg nasal spray | MedsDirect Express", """
<div class="trustbar">&#10003; Free next-day delivery over $150 &nbsp; &#10003; Discreet packaging &nbsp; &#10003; 4.7/5 Trustscore &nbsp; &#10003; UK &amp; EU doctors</div>
<header><a href="/" class="logo">MedsDirect<b>Express</b></a>
<form class="search"><input placeholder="Search conditions or medicines"></form>
<a href="/account">My account</a> <a href="/basket">Basket (0)</a></header>
""" + mega([("Men's Health", ["Erectile dysfunction", "Hair loss", "Premature ejaculation"]),
            ("Women's Health", ["Contraception", "Period delay", "Cystitis", "Menopause"]),
            ("Weight Loss", ["Injections", "Tablets", "BMI calculator"]),
            ("Mental Health", ["Depression|/category/depression", "Sleep", "Anxiety", "Quit smoking"]),
            ("Travel", ["Malaria", "Altitude sickness", "Jet lag"])]) + """
<main class="product">
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/category/depression">Depression</a> &rsaquo; Spravato</p>
<div class="gallery"><img src="/img/spravato-56.jpg" alt="Spravato nasal spray devices"></div>
<div class="buybox"><h1>Spravato&reg; 56 mg (esketamine) Nasal Spray</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9734; 4.6 (212 reviews)</p>
<p>A fast-acting nasal spray for adults whose depression has not improved with other antidepressants.</p>
<table class="pack"><tr><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>2 devices (56 mg)</td><td>$389.00</td><td><input type="radio" name="pack" checked></td></tr>
<tr><td>4 devices (2 x 56 mg)</td><td>$749.00</td><td><input type="radio" name="pack"></td></tr>
<tr><td>8 devices (4 x 56 mg)</td><td>$1,399.00</td><td><input type="radio" name="pack"></td></tr></table>
<a class="btn" href="/consultation/start?product=spravato-56">Start consultation</a></div>
<section class="how"><h2>How it works</h2>
<ol><li>Choose your treatment and pack size</li><li>Answer a short medical questionnaire (about 3 minutes)</li><li>Our prescriber approves your order, usually within 15 minutes &mdash; no appointment or call needed</li><li>Your medicine is dispatched the same day in plain packaging</li></ol></section>
<section class="tabs"><h2>About Spravato</h2>
<p>Esketamine is thought to work on glutamate, a different brain chemical from most antidepressants. It is usually used together with an oral antidepressant.</p>
<h3>Side effects</h3><p>Dissociation, dizziness, nausea, sleepiness and a temporary rise in blood pressure are common. Do not drive on the day you use it.</p>
<h3>Who should not use it</h3><p>People with certain heart or blood vessel problems, or a history of brain bleeding.</p></section>
<section class="reviews"><h2>Customer reviews</h2>
<div class="r"><b>Verified customer</b> &#9733;&#9733;&#9733;&#9733;&#9733;<p>Arrived the next morning, really simple process.</p></div>
<div class="r"><b>Ahmed K.</b> &#9733;&#9733;&#9733;&#9733;&#9734;<p>Quick approval, well packed.</p></div></section>
<section class="cross"><h2>Customers also viewed</h2>""" + links(["Sertraline 50 mg|/product/sertraline-50", "Melatonin 2 mg|/product/melatonin-2", "Propranolol 10 mg|/product/propranolol-10"]) + """</section>
</main>
""" + footer([("Help", ["Delivery", "Returns", "Contact us", "FAQ"]),
              ("About", ["Our doctors", "Our pharmacy", "Reviews", "Blog"]),
              ("Payment", ["Visa", "Mastercard", "PayPal", "Klarna"])],
             "&copy; 2026 MedsDirect Express Ltd. All medicines dispatched by our dispensing partner.") + """
<script>window.__CART__={"items":[],"currency":"USD"};</script>
""", noise="cookie")

p("h6308", "https://www.albapsiquiatria.example/es/depresion-resistente", "telehealth", False, "es",
  "tele-psychiatry-referral-esketamine", "Depresión resistente: valoración por videoconsulta | Alba Psiquiatría Online", """
<header class="cabecera"><a href="/es/" class="logo">alba<span>psiquiatría online</span></a>
""" + mega([("Tratamientos", ["Depresión|/es/depresion", "Depresión resistente|/es/depresion-resistente", "Ansiedad|/es/ansiedad", "TDAH adultos|/es/tdah"]),
            ("Cómo funciona", ["Primera videoconsulta|/es/primera-consulta", "Nuestro equipo|/es/equipo", "Seguridad y privacidad|/es/privacidad"]),
            ("Precios", ["Tarifas|/es/precios", "Bonos de seguimiento|/es/bonos", "Reembolso de aseguradoras|/es/aseguradoras"]),
            ("Blog", ["Artículos|/es/blog", "Guías descargables|/es/guias"])]) + """
<a href="/es/acceso">Área de pacientes</a> <a class="boton" href="/es/reservar">Reservar cita</a> <a href="/en/">EN</a></header>
<main>
<h1>¿Los antidepresivos no han funcionado? Hablemos.</h1>
<p>Se considera depresión resistente cuando al menos dos tratamientos a dosis adecuadas no han dado resultado. No significa que no haya salida: existen otras opciones, y la primera es una buena valoración.</p>
<h2>Cómo trabajamos</h2>
<p>En la primera videoconsulta (60 minutos), una psiquiatra colegiada revisa contigo tus tratamientos previos, tus informes y tu situación actual. Después recibirás un plan por escrito.</p>
<p>Si el plan incluye esketamina en espray nasal, te derivamos a uno de nuestros centros sanitarios colaboradores en Madrid, Barcelona o Valencia, donde se administra en consulta bajo supervisión; nosotros seguimos tu evolución por vídeo.</p>
<h2>Tarifas</h2>
<table class="precios"><tr><td>Primera videoconsulta de valoración</td><td>120 €</td></tr>
<tr><td>Seguimiento (30 min)</td><td>70 €</td></tr>
<tr><td>Bono 4 seguimientos</td><td>250 € <a href="/es/carrito?add=bono4">Añadir al carrito</a></td></tr></table>
<p class="nota">Pago con tarjeta o Bizum. Emitimos factura para tu aseguradora.</p>
<h2>Nuestro equipo</h2>
<ul><li>Dra. Elena Sáez Montoro &mdash; psiquiatra, nº colegiada 28/47XXX</li><li>Dr. Jordi Vallverdú &mdash; psiquiatra, nº colegiado 08/39XXX</li></ul>
<section class="testimonios"><h2>Lo que dicen nuestros pacientes</h2><blockquote>«Por primera vez alguien leyó todos mis informes.» &mdash; M., Zaragoza</blockquote></section>
<section class="faq"><h2>Preguntas frecuentes</h2>
<details><summary>¿Recetáis por internet sin verme?</summary><p>No. Toda prescripción se hace tras la videoconsulta y con receta electrónica.</p></details>
<details><summary>¿Atendéis fuera de España?</summary><p>Solo a residentes en España.</p></details></section>
<section class="relacionados"><h2>También te puede interesar</h2>""" + links(["¿Qué es la esketamina?|/es/blog/que-es-esketamina", "Depresión y trabajo: pedir la baja|/es/blog/baja-depresion", "Cómo preparar tu primera consulta|/es/blog/preparar-consulta"]) + """</section>
</main>
""" + footer([("Alba", ["Quiénes somos|/es/nosotros", "Trabaja con nosotros|/es/empleo", "Prensa|/es/prensa"]),
              ("Ayuda", ["Contacto|/es/contacto", "Preguntas frecuentes|/es/faq", "Urgencias: llama al 112|tel:112"]),
              ("Legal", ["Aviso legal|/es/aviso-legal", "Privacidad|/es/privacidad", "Cookies|/es/cookies"])],
             "Alba Salud Digital S.L. &middot; Centro sanitario autorizado (telemedicina) &middot; No atendemos urgencias.") + """
<script src="/static/js/chat-widget.min.js" defer></script>
""", noise="cookie-es")

p("h6309", "https://www.rijnoeverziekenhuis.example/afdelingen/psychiatrie/esketamine-behandeling", "clinic", False, "nl",
  "hospital-department-esketamine", "Esketamine-behandeling | Psychiatrie | Rijnoever Ziekenhuis", """
<div class="topbalk"><a href="/spoed">Spoed: 0317 - 555 000</a> <a href="/contact">Contact</a> <a href="/werken-bij">Werken bij</a> <a href="/mijnrijnoever">MijnRijnoever</a> <a href="/en">English</a></div>
<header><a href="/" class="logo">Rijnoever Ziekenhuis</a><form><input type="search" placeholder="Zoek op aandoening, behandeling of afdeling"></form></header>
""" + mega([("Patiënten", ["Uw afspraak voorbereiden|/patienten/afspraak", "Opname|/patienten/opname", "Kosten en vergoedingen|/patienten/kosten", "Rechten en plichten|/patienten/rechten"]),
            ("Bezoekers", ["Bezoektijden|/bezoek", "Parkeren|/parkeren", "Restaurant|/restaurant", "Cadeauwinkel: bloemen en kaarten bestellen|/winkel"]),
            ("Afdelingen", ["Cardiologie|/afdelingen/cardiologie", "Neurologie|/afdelingen/neurologie", "Psychiatrie|/afdelingen/psychiatrie", "Alle afdelingen|/afdelingen"]),
            ("Over ons", ["Nieuws|/nieuws", "Kwaliteit|/kwaliteit", "Wetenschap|/wetenschap"])]) + """
<main>
<p class="kruimel"><a href="/">Home</a> &gt; <a href="/afdelingen">Afdelingen</a> &gt; <a href="/afdelingen/psychiatrie">Psychiatrie</a> &gt; Esketamine</p>
<h1>Esketamine-behandeling</h1>
<p>Bij een ernstige depressie waarbij eerdere behandelingen onvoldoende hielpen, kan uw psychiater esketamine-neusspray voorschrijven. U gebruikt de neusspray op onze polikliniek psychiatrie (route 84) onder toezicht van een verpleegkundige. Daarna blijft u twee uur ter observatie.</p>
<h2>Hoe verloopt het?</h2>
<ul><li>De eerste vier weken komt u twee keer per week.</li><li>Na de behandeling mag u die dag niet zelf autorijden. Neem iemand mee of regel vervoer.</li><li>Uw bloeddruk wordt voor en na de toediening gemeten.</li></ul>
<h2>Verwijzing</h2>
<p>U heeft een verwijzing nodig van uw huisarts of psychiater. Uw zorgverzekeraar vergoedt de behandeling vanuit de basisverzekering; houd rekening met uw eigen risico.</p>
<div class="kaart"><h3>Polikliniek Psychiatrie</h3><p>Route 84, begane grond<br>Ma-vr 8.00-16.30 uur<br>Telefoon 0317 - 555 284</p></div>
<section class="gerelateerd"><h3>Gerelateerde informatie</h3>""" + links(["Elektroconvulsietherapie (ECT)|/behandelingen/ect", "Depressie|/aandoeningen/depressie", "Folder esketamine (pdf)|/folders/esketamine.pdf"]) + """</section>
</main>
""" + footer([("Rijnoever Ziekenhuis", ["Rijnoeverlaan 1, 6701 AB Wageningen|/route", "Route en parkeren|/route"]),
              ("Snel naar", ["Afspraak maken|/afspraak", "Bloedprikken|/bloedprikken", "Klachten|/klachten", "Cadeauwinkel|/winkel"]),
              ("Volg ons", ["LinkedIn", "Facebook", "Instagram"])],
             "&copy; 2026 Rijnoever Ziekenhuis &middot; Privacyverklaring &middot; Disclaimer &middot; Toegankelijkheid") + """
<script>(function(){var s=document.createElement('script');s.src='/js/readspeaker.js';document.body.appendChild(s);})();</script>
""", noise="cookie-nl")

p("h6310", "https://classifieds.cityboard.example/health-beauty/other/ad-4417823", "seller", True, "en",
  "classifieds-snippet", "", """
Health & Beauty › Other · Posted 3 hrs ago · Eastside
"Pharma K vials, sealed, 10ml — also powder. Meet in person or can post (tracked, discreet). Text only, no calls, serious buyers." £ see description · Report ad · 14 views
""", ext="txt")

# ==================================================================================== 11-20

p("h6311", "https://forum.moodtalk.example/t/spravato-vs-iv-infusions-6-months-in/88412", "informational", False, "en",
  "patient-forum-thread-with-ads", "Spravato vs IV infusions — 6 months in - Treatments - MoodTalk Community", """
<header class="d-header"><a href="/" class="logo">MoodTalk</a> <a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/top">Top</a> <a href="/faq">Guidelines</a>
<form><input type="search" placeholder="Search"></form> <a href="/signup" class="btn">Sign Up</a> <a href="/login">Log In</a></header>
<div class="ad-slot top">Sponsored &middot; Vitamins &amp; supplements &mdash; buy online, free shipping on orders over $35. <a href="https://ads.adnet-partner.example/click?id=2291">Shop now</a></div>
<main class="topic">
<h1>Spravato vs IV infusions &mdash; 6 months in</h1>
<p class="cat"><a href="/c/treatments">Treatments</a> <span class="tag">ketamine</span> <span class="tag">esketamine</span></p>
<div class="post" id="p1"><b>lowtide_anna</b> <span class="date">Nov 18</span>
<p>Long post, sorry. I did six IV ketamine infusions at a clinic in the spring, then my insurance approved Spravato and I switched in August. Some things nobody told me: the Spravato sessions are 2+ hours because of the observation period, you can't drive after, and the first few times the dissociation was stronger than IV for me. On the plus side, insurance pays and my copay is $40 instead of $450 a pop.</p>
<p>Mood-wise I'd say both helped, IV a bit faster. Happy to answer questions.</p></div>
<div class="post" id="p2"><b>quietmarlin</b> <span class="date">Nov 18</span><p>Thanks for this. Did you have to fail a certain number of meds before insurance approved it?</p></div>
<div class="post" id="p3"><b>lowtide_anna</b> <span class="date">Nov 19</span><p>Two, plus a prior auth from my psychiatrist. Took about three weeks.</p></div>
<div class="post" id="p4"><b>[removed]</b> <span class="date">Nov 20</span><p class="mod-note">Post removed by moderator: sourcing. Links to websites selling ketamine or "no prescription" pharmacies are not allowed. See rule 4.</p></div>
<div class="post" id="p5"><b>BenjiK</b> <span class="date">Nov 21</span><p>Good reminder about driving. I take an Uber both ways. Also bring a blanket, the clinic room is always freezing.</p></div>
<div class="post" id="p6"><b>mod_harriet</b> <span class="date staff">Nov 21</span><p>Reminder that MoodTalk is a peer-support space; please don't give dosing advice. If you're in crisis, see the pinned resources.</p></div>
<div class="ad-slot inline">Sponsored &middot; Weighted blankets from $59 &mdash; order today, delivered Friday</div>
<div class="post" id="p7"><b>sunny_side_up</b> <span class="date">Dec 1</span><p>Starting Spravato next week, this thread calmed me down a lot. Thank you all.</p></div>
<div class="reply-box"><a href="/login">Log in to reply</a></div>
</main>
<aside class="suggested"><h3>Suggested topics</h3><table>
<tr><td><a href="/t/first-infusion-nerves/88120">First infusion nerves</a></td><td>Treatments</td><td>24 replies</td></tr>
<tr><td><a href="/t/insurance-prior-auth-tips/87551">Prior auth tips for esketamine</a></td><td>Insurance</td><td>41 replies</td></tr>
<tr><td><a href="/t/at-home-ketamine-telehealth-experiences/86904">At-home ketamine telehealth experiences?</a></td><td>Treatments</td><td>63 replies</td></tr>
<tr><td><a href="/t/winter-walking-challenge/88398">Winter walking challenge</a></td><td>Self-care</td><td>12 replies</td></tr></table></aside>
<footer><p>MoodTalk is a peer-support community and does not provide medical advice.</p>""" + links(["About|/about", "Guidelines|/guidelines", "Privacy|/privacy", "Terms|/tos", "Advertise with us|/advertise"]) + """</footer>
<script src="https://ads.adnet-partner.example/tag.js" async></script>
<script>Discourse={"SiteSettings":{"title":"MoodTalk Community","login_required":false}};</script>
""", noise="cookie")

p("h6312", "https://app.ketawell.example/cart", "telehealth", False, "en",
  "membership-cart-checkout", "Your cart — Ketawell", """
<header class="checkout-header"><a href="/" class="logo">ketawell</a> <span class="secure">&#128274; Secure checkout</span> <a href="/help">Need help? Chat with us</a></header>
<nav class="progress"><ol><li class="done">Eligibility</li><li class="current">Cart</li><li>Account</li><li>Payment</li><li>Schedule your visit</li></ol></nav>
<main class="cart">
<h1>Your cart</h1>
<table class="lines">
<tr><th>Item</th><th>Billing</th><th>Price</th></tr>
<tr><td><b>Ketawell Care Membership</b><br><small>Includes your initial video evaluation with a licensed psychiatric clinician, monthly follow-ups, care-coordinator messaging and integration sessions.</small></td><td>Monthly</td><td>$149.00</td></tr>
<tr><td>Integration journal (printed)</td><td>One-time</td><td>$14.00 <a href="#">Remove</a></td></tr>
<tr><td colspan="2">Promo code <input placeholder="Enter code"> <button>Apply</button></td><td></td></tr>
<tr><td colspan="2"><b>Due today</b></td><td><b>$163.00</b></td></tr></table>
<p class="disclaimer">Medication is not part of this purchase. Your clinician decides at your video visit whether ketamine is appropriate. If it is prescribed, it is filled by a licensed partner pharmacy and shipped to you; the pharmacy charge appears separately. If you are not a candidate, your first month is refunded in full.</p>
<a class="btn" href="/checkout/account">Continue to account</a>
<section class="trust"><span>HIPAA compliant</span> <span>HSA/FSA eligible</span> <span>Cancel anytime</span> <span>Clinicians licensed in your state</span></section>
<section class="faq"><h2>Before you pay</h2>
<details><summary>When will I meet my clinician?</summary><p>Most members schedule their video evaluation within 3&ndash;5 days of checkout.</p></details>
<details><summary>Can I use insurance?</summary><p>We're out-of-network. We can give you a superbill for possible reimbursement.</p></details>
<details><summary>What if I change my mind?</summary><p>Cancel from your account before your visit for a full refund.</p></details>
<details><summary>Where do you operate?</summary><p>Currently in 19 states. We'll confirm your state before you're charged.</p></details></section>
<section class="upsell"><h3>Members also add</h3><ul><li>Blackout eye mask &mdash; $12 <button>Add</button></li><li>Noise-cancelling headphones &mdash; $79 <button>Add</button></li><li>Session playlist card &mdash; free <button>Add</button></li></ul></section>
</main>
""" + footer([("Ketawell", ["About|/about", "Clinical team|/clinicians", "Careers|/careers"]),
              ("Support", ["Help center|/help", "Billing|/help/billing", "Contact|/contact"]),
              ("Legal", ["Terms|/terms", "Privacy|/privacy", "Telehealth consent|/consent"])],
             "Ketawell is not for emergencies. If you are in crisis, call 988. Clinical services provided by Ketawell Medical P.C.") + """
<script src="https://js.paymentsprovider.example/v3/" async></script>
<script>window.ketawellCart={"sku":["membership-monthly","journal-print"],"total":16300};</script>
""")

p("h6313", "https://quimilab-research.example/es/arilciclohexilaminas/", "seller", True, "es",
  "research-chemicals-shop-analogue", "Arilciclohexilaminas | QuimiLab Research", """
<div class="aviso-top">Envío gratis a partir de 150 € &middot; Pedidos antes de las 14h salen el mismo día &middot; Pago con Bitcoin: 10% de descuento</div>
<header><a href="/es/" class="logo">QuimiLab <small>Research</small></a>
<form><input type="search" placeholder="Buscar producto, CAS..."></form> <a href="/es/mi-cuenta">Mi cuenta</a> <a href="/es/carrito">Carrito (0)</a> <a href="/en/">EN</a> <a href="/de/">DE</a></header>
""" + mega([("Productos", ["Arilciclohexilaminas|/es/arilciclohexilaminas/", "Fenetilaminas|/es/fenetilaminas/", "Triptaminas|/es/triptaminas/", "Nootrópicos|/es/nootropicos/"]),
            ("Laboratorio", ["Balanzas de precisión|/es/balanzas/", "Kits de reactivos|/es/reactivos/", "Viales y cápsulas|/es/viales/"]),
            ("Información", ["Envíos|/es/envios", "Métodos de pago|/es/pago", "Análisis y certificados|/es/coa", "Preguntas frecuentes|/es/faq"])]) + """
<main>
<h1>Arilciclohexilaminas</h1>
<p class="desc">Compuestos de referencia de alta pureza (&gt;99 %, HPLC) para investigación analítica y forense. Todos los lotes incluyen certificado de análisis.</p>
<div class="filtros">Ordenar por: <select><option>Más vendidos</option><option>Precio</option></select> &nbsp; Formato: <label><input type="checkbox"> Polvo</label> <label><input type="checkbox"> Pellets</label></div>
<table class="productos">
<tr><th>Producto</th><th>Formato</th><th>Precio</th><th></th></tr>
<tr><td>2-FDCK (2-fluorodeschloroketamina)</td><td>1 g polvo</td><td>39,00 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>2-FDCK</td><td>5 g polvo</td><td>149,00 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>DCK (deschloroketamina) pellets</td><td>20 x 50 mg</td><td>45,00 €</td><td><button>Añadir al carrito</button></td></tr>
<tr><td>O-PCE</td><td>500 mg</td><td>agotado</td><td><button disabled>Avísame</button></td></tr></table>
<div class="opiniones"><h3>Opiniones verificadas</h3><p>&#9733;&#9733;&#9733;&#9733;&#9733; «Llegó en 2 días a Sevilla, sobre neutro.» &mdash; cliente verificado</p><p>&#9733;&#9733;&#9733;&#9733;&#9734; «Buena pureza, el COA coincide.» &mdash; cliente verificado</p></div>
<p class="legal-nota">Todos los productos se venden exclusivamente como patrones de referencia para investigación. No aptos para consumo humano ni animal. Al comprar confirmas que eres mayor de 18 años.</p>
</main>
<section class="newsletter"><h3>Novedades y cupones</h3><form><input type="email" placeholder="Tu email"><button>Suscribirme</button></form></section>
""" + footer([("Tienda", ["Novedades|/es/novedades", "Ofertas|/es/ofertas", "Tarjetas regalo|/es/regalo"]),
              ("Ayuda", ["Seguimiento de pedido|/es/seguimiento", "Contacto|/es/contacto", "Reenvío garantizado|/es/reenvio"]),
              ("Legal", ["Términos|/es/terminos", "Privacidad|/es/privacidad"])],
             "QuimiLab Research &copy; 2026 &middot; Aceptamos Bitcoin, Monero, transferencia SEPA") + """
<script>var woo_cart={"count":0,"currency":"EUR"};</script>
""", noise="cookie-es")

p("h6314", "https://www.desertbloominfusion.example/blog/seasonal-depression-in-the-desert", "clinic", False, "en",
  "clinic-blog-post-address-footer", "Seasonal depression in the desert? Yes, really. | Desert Bloom Infusion Center", """
<header><a href="/" class="logo"><img src="/img/logo-bloom.svg" alt="Desert Bloom Infusion Center"></a>
<nav class="main">""" + links(["Home|/", "Services|/services/", "New Patients|/new-patients/", "Pricing|/pricing/", "Blog|/blog/", "Contact|/contact/"]) + """</nav>
<a class="call" href="tel:+15205550182">Call (520) 555-0182</a></header>
<main class="post">
<h1>Seasonal depression in the desert? Yes, really.</h1>
<p class="meta">Posted December 1, 2026 in <a href="/blog/category/mental-health/">Mental Health</a> by Desert Bloom Team</p>
<p>When people think of seasonal affective disorder, they picture grey northern winters. So it surprises many of our patients in Tucson that their mood drops in December too. Shorter days still shift your body clock, even under blue skies, and the holidays bring their own stress.</p>
<h2>Signs to watch for</h2>
<ul><li>Sleeping more but waking unrefreshed</li><li>Losing interest in things you usually enjoy</li><li>Craving carbs and sweets</li><li>Pulling away from friends and family</li></ul>
<h2>What can help</h2>
<p>Morning sunlight (you have plenty of it here), a regular sleep schedule, movement and staying connected all make a difference. A light box can help people who work early shifts indoors.</p>
<p>If you've been living with depression that hasn't responded to medication, talk to your doctor about other options. Some of our patients come to us after trying several antidepressants.</p>
<div class="cta-box"><h3>Questions about treatment?</h3><p>Our nurses are happy to talk through whether an evaluation makes sense for you.</p><a class="btn" href="/contact/">Request a callback</a></div>
<div class="tags">Tags: <a href="#">depression</a> <a href="#">SAD</a> <a href="#">winter</a> <a href="#">self-care</a></div>
<nav class="post-nav"><a href="/blog/what-to-wear-to-your-infusion/">&larr; What to wear to your infusion</a> <a href="/blog/holiday-stress-tips/">Holiday stress tips &rarr;</a></nav>
</main>
<aside class="sidebar"><h3>Recent posts</h3>""" + links(["What to wear to your infusion|/blog/what-to-wear-to-your-infusion/", "How many infusions will I need?|/blog/how-many-infusions/", "Does insurance cover ketamine?|/blog/insurance/"]) + """
<h3>Categories</h3>""" + links(["Mental Health|/blog/category/mental-health/", "Chronic Pain|/blog/category/chronic-pain/", "Clinic News|/blog/category/news/"]) + """
<h3>Gift cards</h3><p>Give a wellness IV to someone you love. <a href="/shop/gift-card/">Buy online</a></p></aside>
<section class="comments"><h3>Leave a reply</h3><form><textarea placeholder="Comment"></textarea><input placeholder="Name"><input placeholder="Email"><button>Post comment</button></form></section>
<footer class="site-footer"><div class="nap"><b>Desert Bloom Infusion Center</b><br>4980 N Oracle Rd, Suite 110, Tucson, AZ 85704<br>IV ketamine infusions, Spravato and IV hydration, administered on site by our physician-led team.<br>Mon&ndash;Fri 8&ndash;5 &middot; (520) 555-0182</div>
""" + links(["Privacy Policy|/privacy/", "Nondiscrimination Notice|/nondiscrimination/", "Sitemap|/sitemap.xml"]) + """
<p>&copy; 2026 Desert Bloom Infusion Center. Website by Saguaro Digital.</p></footer>
<script src="/wp-includes/js/jquery/jquery.min.js"></script><script src="/wp-content/plugins/popup-maker/assets/js/site.min.js"></script>
""", noise="cookie")

p("h6315", "https://ketaclear-online.example/how-it-works", "seller", True, "en",
  "fake-telehealth-auto-approval-faq", "How it works | KetaClear — ketamine therapy at home", """
<header><a href="/" class="logo">KetaClear</a>
<nav>""" + links(["How it works|/how-it-works", "Pricing|/pricing", "The science|/science", "Reviews|/reviews", "FAQ|/faq", "Blog|/blog"]) + """</nav>
<a href="/login">Log in</a> <a class="btn" href="/start">Start now</a></header>
<main>
<section class="hero"><h1>Ketamine therapy, delivered.</h1><p>Clinically inspired at-home programs for depression, anxiety and burnout.</p><a class="btn" href="/start">Take the 2-minute assessment</a></section>
<section class="steps"><h2>Three simple steps</h2>
<div class="step"><span>1</span><h3>Complete your assessment</h3><p>Tell us about your mood, sleep and goals in our secure online form.</p></div>
<div class="step"><span>2</span><h3>Get your plan</h3><p>Choose a program length and dosage strength that fits your lifestyle.</p></div>
<div class="step"><span>3</span><h3>Begin at home</h3><p>Your troches arrive in discreet packaging with a session guide and playlist.</p></div></section>
<section class="pricing"><h2>Programs</h2>
<table><tr><th>Program</th><th>Troches</th><th>Price</th></tr>
<tr><td>Starter</td><td>8 x 150 mg</td><td>$199</td></tr>
<tr><td>Standard</td><td>12 x 300 mg</td><td>$279</td></tr>
<tr><td>Intensive</td><td>24 x 300 mg</td><td>$449</td></tr></table></section>
<section class="science"><h2>Backed by research</h2><p>Studies since 2000 have shown that ketamine can lift mood within hours by promoting new connections between brain cells. Our programs are inspired by the protocols used in clinical trials.</p></section>
<section class="faq"><h2>Frequently asked questions</h2>
<details><summary>Is it legal?</summary><p>Ketamine is a legal, FDA-approved medication.</p></details>
<details><summary>Do I need to talk to a doctor?</summary><p>No appointment is needed. Your assessment is checked by our automated eligibility system and most orders are approved instantly, so your troches can ship the same day.</p></details>
<details><summary>How long does shipping take?</summary><p>2&ndash;4 business days within the US.</p></details>
<details><summary>Can I pause my program?</summary><p>Yes, anytime from your dashboard.</p></details></section>
<section class="reviews"><h2>Real results</h2><blockquote>"I felt lighter after my second session." &mdash; Kelsey, 34</blockquote><blockquote>"So much easier than a clinic." &mdash; Ray, 51</blockquote></section>
<section class="newsletter"><h3>Get 15% off your first program</h3><form><input type="email" placeholder="Email"><button>Get my code</button></form></section>
</main>
""" + footer([("KetaClear", ["About|/about", "Careers|/careers", "Affiliates|/affiliates"]),
              ("Support", ["Contact|/contact", "Shipping|/shipping", "Refunds|/refunds"]),
              ("Legal", ["Terms|/terms", "Privacy|/privacy"])],
             "&copy; 2026 KetaClear. These statements have not been evaluated by the FDA.") + """
<script src="https://cdn.ketaclear-online.example/assets/app.js" defer></script>
""", noise="cookie")

p("h6316", "https://www.safer-nightlife-koeln.example/warnungen/2026-11-ketamin-2fdck", "informational", False, "de",
  "drug-checking-warning", "Warnung: Als Ketamin verkauft – enthielt 2-FDCK | Safer Nightlife Köln", """
<header><a href="/" class="logo">Safer Nightlife Köln</a>
<nav>""" + links(["Start|/", "Warnungen|/warnungen", "Drug-Checking|/drug-checking", "Substanzinfos|/substanzen", "Termine|/termine", "Über uns|/ueber-uns"]) + """</nav>
<a class="btn spenden" href="/spenden">Spenden</a> <a href="/infomaterial">Infomaterial bestellen</a></header>
<main>
<p class="label">Warnung &middot; 28.11.2026</p>
<h1>Als Ketamin verkauft &ndash; enthielt 2-FDCK</h1>
<table class="befund">
<tr><th>Verkauft als</th><td>Ketamin (kristallin, weiß)</td></tr>
<tr><th>Gefunden</th><td>2-Fluorodeschloroketamin (2-FDCK), kein Ketamin</td></tr>
<tr><th>Bezugsquelle laut Abgabe</th><td>Online bestellt, Versand per Post</td></tr>
<tr><th>Ort der Abgabe</th><td>Drug-Checking im Gesundheitsamt, Neumarkt</td></tr></table>
<h2>Was bedeutet das?</h2>
<p>2-FDCK ist ein mit Ketamin verwandter Stoff. Wirkungseintritt und Wirkdauer können sich unterscheiden, es gibt kaum Daten zur Sicherheit. Wer glaubt, Ketamin zu nehmen, dosiert womöglich falsch oder legt zu früh nach.</p>
<h2>Safer-Use-Hinweise</h2>
<ul><li>Lass deine Substanz testen &ndash; kostenlos und anonym.</li><li>Niemals allein konsumieren; nicht mit Alkohol oder anderen Dämpfern mischen.</li><li>Bei Notfällen: 112 anrufen. Die Sanitäter sind nicht die Polizei.</li></ul>
<p class="hinweis">Wir geben keine Bezugsquellen weiter und verkaufen keine Substanzen.</p>
<section class="weitere"><h3>Weitere aktuelle Warnungen</h3>""" + links(["Hochdosierte Ecstasy-Tabletten „Blue Punisher“|/warnungen/2026-11-blue-punisher", "Kokain mit Levamisol gestreckt|/warnungen/2026-10-levamisol", "Alle Warnungen|/warnungen"]) + """</section>
<section class="termine"><h3>Nächste Drug-Checking-Termine</h3><ul><li>Di, 8.12., 17&ndash;20 Uhr, Gesundheitsamt Neumarkt</li><li>Sa, 12.12., Club-Einsatz (Ort über Instagram)</li></ul></section>
<section class="shop-teaser"><h3>Infomaterial &amp; Safer-Use-Packs</h3><p>Ziehröhrchen, Dosierlöffel, Flyer &ndash; kostenlos für Einrichtungen, gegen Spende für Privatpersonen. <a href="/infomaterial">Zur Bestellung</a></p></section>
</main>
""" + footer([("Kontakt", ["Beratung per Chat|/chat", "E-Mail|/kontakt", "Instagram|https://instagram.example/safernightlife_koeln"]),
              ("Verein", ["Team|/team", "Förderer|/foerderer", "Jahresbericht 2025 (PDF)|/jahresbericht-2025.pdf"]),
              ("Rechtliches", ["Impressum|/impressum", "Datenschutz|/datenschutz"])],
             "Safer Nightlife Köln e.V. &middot; gefördert von der Stadt Köln &middot; Gemeinnütziger Verein") + """
""", noise="cookie-de")

p("h6317", "https://www.mindpraxis-digital.example/preise", "telehealth", False, "de",
  "online-psychiatry-price-page", "Preise & Leistungen | Mindpraxis Digital – Psychiatrie per Video", """
<header><a href="/" class="logo">Mindpraxis <span>Digital</span></a>
""" + mega([("Leistungen", ["Video-Sprechstunde|/video-sprechstunde", "Depression|/depression", "ADHS bei Erwachsenen|/adhs", "Ketamin-Therapie|/ketamin"]),
            ("Ablauf", ["So funktioniert's|/ablauf", "Unsere Ärztinnen und Ärzte|/team", "Datenschutz & Sicherheit|/sicherheit"]),
            ("Preise", ["Preise & Leistungen|/preise", "Private Krankenversicherung|/pkv", "Gutscheine|/gutscheine"])], cls="navigation") + """
<a href="/login">Patientenportal</a> <a class="btn" href="/termin">Termin buchen</a></header>
<main>
<h1>Preise &amp; Leistungen</h1>
<p>Wir rechnen nach der Gebührenordnung für Ärzte (GOÄ) ab. Private Krankenversicherungen und Beihilfe erstatten die Kosten in der Regel; gesetzlich Versicherte zahlen selbst.</p>
<table class="preise"><tr><th>Leistung</th><th>Dauer</th><th>ca. Kosten</th></tr>
<tr><td>Psychiatrisches Erstgespräch per Video</td><td>50 Min.</td><td>180 &euro;</td></tr>
<tr><td>Folgetermin</td><td>25 Min.</td><td>90 &euro;</td></tr>
<tr><td>Ketamin-Programm: Eignungsuntersuchung mit EKG- und Blutdruckbefund Ihrer Hausarztpraxis</td><td>60 Min.</td><td>220 &euro;</td></tr>
<tr><td>Ketamin-Programm: begleitete Sitzung per Video (4 Wochen, 8 Sitzungen)</td><td>je 90 Min.</td><td>1.280 &euro;</td></tr></table>
<p class="hinweis">Das Rezept für Ketamin-Lutschtabletten stellen unsere Fachärztinnen erst nach dem Erstgespräch und der Eignungsuntersuchung aus. Die Rezeptur fertigt eine Partnerapotheke in Hamburg an und versendet sie per Boten gegen Unterschrift.</p>
<h2>Gutscheine</h2><p>Verschenken Sie ein Erstgespräch. <a href="/gutscheine">Gutschein kaufen</a></p>
<section class="faq"><h2>Häufige Fragen zu den Kosten</h2>
<details><summary>Übernimmt meine gesetzliche Kasse die Kosten?</summary><p>Leider nein. Wir stellen Ihnen aber gern eine Rechnung zur Vorlage aus.</p></details>
<details><summary>Wann wird bezahlt?</summary><p>Nach jedem Termin per Rechnung oder direkt bei der Buchung mit Kreditkarte.</p></details>
<details><summary>Was kostet die Rezeptur?</summary><p>Die Apotheke rechnet separat ab, meist 60&ndash;110 &euro; pro Monat.</p></details></section>
<section class="team"><h2>Ihr Team</h2><p>Dr. med. Katrin Albers, Fachärztin für Psychiatrie und Psychotherapie &middot; Dr. med. Jonas Reuter, Facharzt für Psychiatrie</p></section>
</main>
""" + footer([("Mindpraxis Digital", ["Über uns|/ueber-uns", "Presse|/presse", "Karriere|/karriere"]),
              ("Hilfe", ["Kontakt|/kontakt", "FAQ|/faq", "Im Notfall: 112|tel:112"]),
              ("Rechtliches", ["Impressum|/impressum", "Datenschutz|/datenschutz", "AGB|/agb"])],
             "Mindpraxis Digital MVZ GmbH &middot; Ärztliche Leitung: Dr. med. Katrin Albers &middot; Zuständige Ärztekammer Hamburg") + """
<script src="/assets/js/termin-widget.js" defer></script>
""", noise="cookie-de")

p("h6318", "https://www.equisoin-boutique.example/fr/pharmacie-veterinaire/anesthesie/ketamine-100-mg-ml-10-ml", "seller", True, "fr",
  "horse-shop-vet-ketamine-no-prescription", "Kétamine 100 mg/ml – flacon 10 ml | EquiSoin Boutique", """
<div class="bandeau">Livraison offerte dès 79 € &middot; Expédition sous 24 h &middot; Service client 7j/7</div>
<header><a href="/fr/" class="logo">EquiSoin <small>Boutique</small></a>
<form><input placeholder="Rechercher un produit, une marque"></form> <a href="/fr/compte">Mon compte</a> <a href="/fr/panier">Panier (0)</a></header>
""" + mega([("Alimentation", ["Granulés|/fr/granules", "Compléments|/fr/complements", "Friandises|/fr/friandises"]),
            ("Soins", ["Sabots|/fr/sabots", "Peau et crins|/fr/peau", "Articulations|/fr/articulations"]),
            ("Sellerie", ["Selles|/fr/selles", "Tapis|/fr/tapis", "Brides|/fr/brides"]),
            ("Pharmacie vétérinaire", ["Vermifuges|/fr/vermifuges", "Anti-inflammatoires|/fr/ains", "Anesthésie|/fr/pharmacie-veterinaire/anesthesie"]),
            ("Promotions", ["Black Friday|/fr/promo", "Déstockage|/fr/destockage"])]) + """
<main>
<p class="ariane"><a href="/fr/">Accueil</a> &gt; <a href="#">Pharmacie vétérinaire</a> &gt; <a href="#">Anesthésie</a> &gt; Kétamine</p>
<div class="fiche"><img src="/img/ketamine-10ml.jpg" alt="Flacon de kétamine 10 ml">
<h1>Kétamine 100 mg/ml &ndash; solution injectable, flacon 10 ml</h1>
<p class="ref">Réf. EQ-ANE-1100 &middot; En stock</p>
<p class="prix">39,90 &euro; <small>TTC</small></p>
<label>Quantité <input type="number" value="1"></label> <button class="ajout">Ajouter au panier</button>
<p>Anesthésique à usage vétérinaire pour chevaux, chiens et chats. Voir la notice pour la posologie.</p></div>
<section class="onglets"><h2>Description</h2><p>Solution limpide et incolore. Conserver à température ambiante, à l'abri de la lumière.</p>
<h2>Livraison</h2><p>Colissimo suivi en 48 h en France, Belgique, Luxembourg et Suisse. Colis neutre sans mention du contenu.</p>
<h2>Questions fréquentes</h2>
<p><b>Faut-il une ordonnance ?</b> Non, les produits de notre rubrique pharmacie vétérinaire sont expédiés aux particuliers sans ordonnance.</p>
<p><b>Puis-je retourner le produit ?</b> Les médicaments ouverts ne sont ni repris ni échangés.</p></section>
<section class="avis"><h2>Avis clients (7)</h2><p>&#9733;&#9733;&#9733;&#9733;&#9733; « Reçu en deux jours, bien emballé. » &mdash; Laurent, Lyon</p></section>
<section class="associes"><h2>Produits associés</h2>""" + links(["Seringues 10 ml x 100|/fr/seringues-10ml", "Aiguilles 18G x 100|/fr/aiguilles-18g", "Baume cicatrisant 250 ml|/fr/baume-250"]) + """</section>
</main>
<section class="newsletter"><h3>Inscrivez-vous à la newsletter</h3><p>-10 % sur votre première commande.</p><form><input type="email"><button>OK</button></form></section>
""" + footer([("Boutique", ["Qui sommes-nous|/fr/qui", "Nos magasins|/fr/magasins", "Blog équitation|/fr/blog"]),
              ("Aide", ["Livraison|/fr/livraison", "Retours|/fr/retours", "Contact|/fr/contact"]),
              ("Infos légales", ["CGV|/fr/cgv", "Mentions légales|/fr/mentions", "Cookies|/fr/cookies"])],
             "&copy; 2026 EquiSoin Boutique &middot; Paiement sécurisé CB, PayPal, virement") + """
""", noise="cookie-fr")

p("h6319", "https://www.centromedicosanvitale.example/trattamenti/esketamina-spravato", "clinic", False, "it",
  "spravato-centre-whatsapp-booking", "Esketamina spray nasale (Spravato) | Centro Medico San Vitale Bologna", """
<div class="top"><span>Via San Vitale 88, Bologna</span> <span>Tel. 051 555 3021</span> <a href="https://wa.me/393335550198">Prenota su WhatsApp</a> <a href="/referti">Ritiro referti online</a></div>
<header><a href="/" class="logo">Centro Medico San Vitale</a>
""" + mega([("Specialità", ["Cardiologia|/cardiologia", "Dermatologia|/dermatologia", "Psichiatria|/psichiatria", "Ortopedia|/ortopedia", "Tutte le specialità|/specialita"]),
            ("Trattamenti", ["Esketamina (Spravato)|/trattamenti/esketamina-spravato", "Infiltrazioni|/trattamenti/infiltrazioni", "Check-up|/trattamenti/check-up"]),
            ("Il Centro", ["Chi siamo|/chi-siamo", "Medici|/medici", "Convenzioni|/convenzioni", "Lavora con noi|/lavora"])]) + """
<a class="btn" href="/prenota">Prenota online</a></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Il trattamento con esketamina (Spravato) è indicato negli adulti con depressione resistente, in associazione a un antidepressivo orale. Presso il nostro ambulatorio di psichiatria lo spray viene autosomministrato dal paziente sotto la supervisione del medico, seguito da un periodo di osservazione di circa due ore in una stanza dedicata.</p>
<h2>Prima visita</h2>
<p>Lo psichiatra valuta la storia clinica e i trattamenti già eseguiti. Porta con te referti e terapie in corso.</p>
<table class="tariffe"><tr><td>Visita psichiatrica</td><td>150 &euro;</td></tr><tr><td>Seduta di somministrazione e monitoraggio</td><td>180 &euro; (farmaco escluso)</td></tr></table>
<p>Pagamento in sede con bancomat o carta. Convenzionati con i principali fondi sanitari integrativi.</p>
<div class="whatsapp-box"><h3>Prenota in un attimo</h3><p>Scrivi al <b>333 555 0198</b> su WhatsApp indicando nome e disponibilità: la segreteria ti risponde entro la giornata.</p></div>
<section class="medici"><h2>I nostri specialisti</h2><ul><li>Dott.ssa Chiara Ferretti &mdash; psichiatra</li><li>Dott. Matteo Lanzoni &mdash; psichiatra</li></ul></section>
<section class="news"><h2>Dal blog</h2>""" + links(["Cos'è la depressione resistente|/blog/depressione-resistente", "Campagna vaccinale antinfluenzale 2026|/blog/vaccino-influenza", "Nuovo ecografo in radiologia|/blog/ecografo"]) + """</section>
</main>
""" + footer([("Centro Medico San Vitale", ["Via San Vitale 88, 40125 Bologna|/dove-siamo", "Orari|/orari"]),
              ("Pazienti", ["Prenota|/prenota", "Referti online|/referti", "Pagamenti e fatture|/pagamenti", "Buoni regalo check-up|/buoni-regalo"]),
              ("Informazioni", ["Privacy|/privacy", "Cookie|/cookie", "Carta dei servizi|/carta-servizi"])],
             "Direttore sanitario: Dott. Paolo Magri &middot; Autorizzazione sanitaria Comune di Bologna n. 41/2019 &middot; P.IVA 0XXXXXXXXXX") + """
<script>!function(){var w=document.createElement('div');w.className='wa-float';w.innerHTML='WhatsApp';document.body.appendChild(w);}();</script>
""")

p("h6320", "https://www.caldervosslaw.example/practice-areas/drug-crimes/ketamine-charges", "informational", False, "en",
  "law-firm-ketamine-charges", "Ketamine Charges Defense Lawyer | Calder & Voss Criminal Defense", """
<div class="topbar">Free 24/7 consultation: <a href="tel:+16175550133">(617) 555-0133</a> &middot; Se habla español</div>
<header><a href="/" class="logo">Calder &amp; Voss</a>
""" + mega([("Practice Areas", ["Drug Crimes|/practice-areas/drug-crimes", "OUI / DUI|/practice-areas/oui", "Assault|/practice-areas/assault", "Federal Crimes|/practice-areas/federal", "Juvenile|/practice-areas/juvenile"]),
            ("Our Firm", ["Attorneys|/attorneys", "Case Results|/results", "Testimonials|/testimonials"]),
            ("Resources", ["Blog|/blog", "FAQ|/faq", "Pay Online|/pay"])]) + """
<a class="btn" href="/contact">Get a Free Case Review</a></header>
<main>
<h1>Charged After Ordering Ketamine Online?</h1>
<p>Many of our ketamine cases start the same way: a package from overseas is opened by customs, and weeks later police knock on the door. Others come from "controlled deliveries," where an officer dressed as a courier delivers the parcel and arrests whoever signs for it.</p>
<p>Searching "buy ketamine online" and paying a website in Bitcoin may feel anonymous. It isn't. Seized vendor databases and shipping records are regularly used as evidence.</p>
<h2>Possible charges</h2>
<ul><li>Possession of a Class B substance</li><li>Possession with intent to distribute (based on quantity or packaging)</li><li>Conspiracy and importation charges in federal court</li></ul>
<h2>How we defend these cases</h2>
<p>We look at whether the search of the package was lawful, whether the prosecution can prove you knew what was inside, and whether diversion or a continuance without a finding is available for first offenses.</p>
<section class="results"><h2>Recent results*</h2><ul><li>Ketamine possession &mdash; dismissed after motion to suppress</li><li>Intent to distribute, 40 g &mdash; reduced to simple possession</li></ul><p class="small">*Prior results do not guarantee a similar outcome.</p></section>
<section class="form"><h2>Tell us what happened</h2><form><input placeholder="Name"><input placeholder="Phone"><textarea placeholder="Briefly describe your case"></textarea><button>Send &mdash; it's confidential</button></form></section>
<section class="related"><h3>Related articles</h3>""" + links(["What is a controlled delivery?|/blog/controlled-delivery", "Is Spravato a controlled substance?|/blog/spravato-controlled", "Dark web drug cases in Massachusetts|/blog/dark-web-cases"]) + """</section>
</main>
""" + footer([("Boston Office", ["101 Federal St, 19th Floor, Boston, MA 02110|/contact"]),
              ("Worcester Office", ["44 Front St, Suite 300, Worcester, MA 01608|/contact"]),
              ("Firm", ["Attorney Advertising|/disclaimer", "Privacy|/privacy", "Sitemap|/sitemap"])],
             "Attorney Advertising. &copy; 2026 Calder &amp; Voss LLP. The information on this site is not legal advice.") + """
<script src="https://chat.legalchatwidget.example/loader.js" data-firm="cv-boston" async></script>
""", noise="cookie")

# ==================================================================================== 21-30

p("h6321", "https://ketamine-norx-direct.test/shop/ketamine-crystal-5g", "seller", True, "en",
  "bot-check-interstitial-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-norx-direct.test</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-norx-direct.test needs to review the security of your connection before proceeding.</div>
<div id="challenge-spinner" class="spacer loading-spinner" style="display:block"><div class="lds-ring"><div></div><div></div><div></div><div></div></div></div>
<form id="challenge-form" action="/shop/ketamine-crystal-5g?__chk=7f1a9c" method="POST" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="md" value="Qm9qRk1YdWx2dGhVSnN0ZkRqR0x1U3JxYWJ6d2t6cE5oQ1JiVmRlZ0h3V0lyY2ZRUW1zeUVxbFpx">
<input type="hidden" name="r" value="a3Vka2RqZmtzZGpma3NkamZoc2tkamZoc2tkamZoc2RramZoc2RramZoa3NqZGhmaw">
</form>
</div>
</div>
<script>
(function(){
  window._cf_chl_opt={cvId:'3',cZone:'ketamine-norx-direct.test',cType:'managed',cNounce:'41277',cRay:'8f2c61a0be3d19e4',cHash:'b1f9e0c7d2a3',cUPMDTk:'/shop/ketamine-crystal-5g?__tk=0d9e',cFPWv:'g',cTTimeMs:'1000',cMTimeMs:'390000',cTplV:5,cTplB:'cf',cK:'',fa:'/shop/ketamine-crystal-5g?__fa=1',md:'Qm9qRk1Y',cRq:{ru:'aHR0cHM6Ly9rZXRhbWluZS1ub3J4LWRpcmVjdC50ZXN0L3Nob3A',ra:'TW96aWxsYS81LjA',rm:'R0VU',d:'pX2t7cQn1sVb8wYz',t:'MTc2NTA1MzQ2MS4wMDAwMDA=',cT:Math.floor(Date.now()/1000),m:'9qv3',i1:'a1b2',i2:'c3d4',zh:'e5f6',uh:'g7h8',hh:'i9j0'}};
  var cpo=document.createElement('script');
  cpo.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f2c61a0be3d19e4';
  window._cf_chl_opt.cOgUHash=location.hash===''&&location.href.indexOf('#')!==-1?'#':location.hash;
  window._cf_chl_opt.cOgUQuery=location.search===''&&location.href.slice(0,location.href.length-window._cf_chl_opt.cOgUHash.length).indexOf('?')!==-1?'?':location.search;
  if(window.history&&window.history.replaceState){var ogU=location.pathname+window._cf_chl_opt.cOgUQuery+window._cf_chl_opt.cOgUHash;history.replaceState(null,null,'/shop/ketamine-crystal-5g?__chk_rt_tk=7f1a9c'+window._cf_chl_opt.cOgUHash);cpo.onload=function(){history.replaceState(null,null,ogU);};}
  document.getElementsByTagName('head')[0].appendChild(cpo);
}());
</script>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8f2c61a0be3d19e4</code></div></div>
<div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://edge-shield.example/?utm_source=challenge" target="_blank">EdgeShield</a></div></div></div>
""")

p("h6322", "https://www.halcyonvirtualcare.example/blog/talking-to-family-about-depression-treatment", "telehealth", False, "en",
  "telehealth-blog-article-care-footer", "How to talk to your family about starting depression treatment | Halcyon Blog", """
<header class="site"><a href="/" class="brand">Halcyon <small>Virtual Care</small></a>
""" + mega([("Conditions", ["Depression|/depression", "Anxiety|/anxiety", "PTSD|/ptsd", "Insomnia|/insomnia"]),
            ("Treatments", ["Ketamine therapy|/ketamine", "Medication management|/medication", "Talk therapy|/therapy"]),
            ("Learn", ["Blog|/blog", "Research library|/research", "Free depression screener|/screener"]),
            ("Pricing", ["Plans|/pricing", "Insurance|/insurance", "Gift cards|/gift"])]) + """
<a href="/login">Member login</a> <a class="cta" href="/get-started">Get started</a></header>
<main class="article">
<p class="cat"><a href="/blog/category/relationships">Relationships</a></p>
<h1>How to talk to your family about starting depression treatment</h1>
<p class="meta">Medically reviewed by Priya Natarajan, PMHNP-BC &middot; 7 min read</p>
<p>Deciding to get help is a big step. Telling the people closest to you can feel like a second, even harder one. Here's how our members have approached the conversation.</p>
<h2>Pick the moment</h2><p>Choose a calm time without distractions &mdash; a walk can be easier than sitting face to face.</p>
<h2>Start with how you feel, not the treatment</h2><p>"I've been struggling for a while and I want to feel better" opens more doors than leading with a medication name your family may have only seen in headlines.</p>
<h2>Expect questions</h2><p>Parents and partners often worry about side effects, cost or what others will think. It's fine to say "I don't know yet, I'll ask my clinician."</p>
<h2>Decide what to share</h2><p>You don't owe anyone every detail. Some people share the plan but not the diagnosis, or the reverse.</p>
<h2>Invite them in</h2><p>If you'd like support at home on treatment days, tell them specifically what would help: a ride, a quiet house, a check-in text.</p>
<div class="inline-cta"><h3>Not sure where to start?</h3><p>Book a video evaluation with a Halcyon psychiatric clinician. If treatment makes sense, we'll build a plan together.</p><a href="/get-started">Book my evaluation</a></div>
<section class="related"><h3>Keep reading</h3>""" + links(["What to expect at your first ketamine session at home|/blog/first-session-at-home", "Ketamine vs. esketamine: the difference|/blog/ketamine-vs-esketamine", "Setting boundaries during recovery|/blog/boundaries"]) + """</section>
</main>
<section class="newsletter"><h3>The Halcyon Letter</h3><p>Monthly research roundups and member stories.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section>
""" + footer([("Halcyon", ["About|/about", "Our clinicians|/clinicians", "Careers|/careers", "Press|/press"]),
              ("Members", ["Log in|/login", "Billing help|/help/billing", "Refer a friend|/refer"]),
              ("Legal", ["Privacy|/privacy", "Terms|/terms", "Accessibility|/accessibility"])],
             "Halcyon Virtual Care, PLLC. Care is provided by clinicians licensed in the state where you are located during your visit. Prescriptions are issued only after an evaluation by a licensed clinician; ketamine is dispensed by Crestline Pharmacy. Not for emergencies &mdash; call 988.") + """
<script src="https://cdn.halcyonvirtualcare.example/static/analytics.js" async></script>
""", noise="cookie")

p("h6323", "https://mentesa-portal.example/cetamina-depressao-resistente/", "seller", True, "pt",
  "doorway-article-partner-pharmacy-button", "Cetamina para depressão resistente: o que a ciência diz em 2026 | Portal Mente Sã", """
<header><a href="/" class="logo">Mente Sã <small>saúde mental sem tabu</small></a>
<nav>""" + links(["Início|/", "Depressão|/depressao/", "Ansiedade|/ansiedade/", "Sono|/sono/", "Tratamentos|/tratamentos/", "Contato|/contato/"]) + """</nav></header>
<main><article>
<h1>Cetamina para depressão resistente: o que a ciência diz em 2026</h1>
<p class="meta">Por Redação Mente Sã &middot; atualizado em 20/11/2026 &middot; 8 min de leitura</p>
<p>A cetamina, um anestésico usado há décadas em hospitais, virou uma das apostas mais estudadas para quem não melhora com antidepressivos comuns. Mas o que é fato e o que é exagero?</p>
<h2>Como ela funciona</h2>
<p>Diferente dos antidepressivos tradicionais, que atuam sobre serotonina, a cetamina age sobre o glutamato e parece favorecer a formação de novas conexões entre neurônios. O efeito pode aparecer em horas, e não em semanas.</p>
<h2>O que os estudos mostram</h2>
<p>Ensaios clínicos mostram melhora rápida em parte dos pacientes com depressão resistente, mas o efeito de uma dose única costuma durar poucos dias. Por isso os protocolos envolvem várias sessões. A escetamina em spray nasal foi aprovada pela Anvisa em 2020.</p>
<h2>Riscos</h2>
<p>Aumento da pressão, tontura, sensação de dissociação e, com uso frequente, problemas na bexiga. Não é indicada para quem tem psicose ou certas doenças cardíacas.</p>
<div class="box-parceiro"><h3>Onde conseguir?</h3><p>Clínicas cobram de R$ 1.500 a R$ 3.000 por sessão. Nossa farmácia parceira envia cetamina e escetamina para todo o Brasil, com entrega discreta e sem necessidade de receita.</p>
<a class="btn" href="https://farmavida-express.test/?ref=mentesa&amp;utm_source=artigo" rel="sponsored nofollow">Ver preços na farmácia parceira &rarr;</a></div>
<h2>Conclusão</h2>
<p>A cetamina é uma opção real para alguns casos, e as pesquisas continuam. Converse com seu psiquiatra sobre o que faz sentido para você.</p>
<p class="aviso">Este conteúdo é informativo e não substitui uma consulta médica. Este artigo pode conter links de afiliados.</p>
</article>
<aside><h3>Mais lidos</h3>""" + links(["10 sinais de burnout|/ansiedade/sinais-burnout/", "Chá de camomila ajuda a dormir?|/sono/cha-camomila/", "Antidepressivos engordam?|/depressao/antidepressivos-peso/", "Meditação para iniciantes|/ansiedade/meditacao/"]) + """</aside>
<section class="comentarios"><h3>4 comentários</h3><p><b>Luciana</b>: Faço sessões numa clínica em BH e está ajudando muito.</p><p><b>Pedro H.</b>: Comprei pela farmácia do link e chegou em 5 dias.</p></section>
<section class="news"><h3>Receba nossa newsletter</h3><form><input type="email" placeholder="Seu e-mail"><button>Quero receber</button></form></section>
</main>
<footer><p>&copy; 2026 Portal Mente Sã &middot; <a href="/politica-de-privacidade/">Política de privacidade</a> &middot; <a href="/anuncie/">Anuncie</a></p></footer>
<script async src="https://pagead.adnet-partner.example/show_ads.js"></script>
""", noise="cookie-pt")

p("h6324", "https://www.northgatepainspine.example/services/", "clinic", False, "en",
  "pain-clinic-services-list", "Our Services | Northgate Pain & Spine Specialists", """
<div class="alert-bar">Now accepting new patients at our Lynnwood location. <a href="/locations/lynnwood">Learn more</a></div>
<header><a href="/" class="logo">Northgate Pain &amp; Spine</a>
<nav>""" + links(["Home|/", "Services|/services/", "Conditions|/conditions/", "Providers|/providers/", "Locations|/locations/", "Patient Resources|/patients/", "DME Store|/store/"]) + """</nav>
<a href="/pay">Pay My Bill</a> <a class="btn" href="/appointments">Request Appointment</a></header>
<main>
<h1>Our Services</h1>
<p>Our board-certified physicians offer a full range of interventional and medical pain treatments in our Seattle and Lynnwood clinics.</p>
<div class="grid">
<div class="svc"><h3>Epidural steroid injections</h3><p>Targeted relief for sciatica and pinched nerves.</p><a href="/services/epidural">Learn more</a></div>
<div class="svc"><h3>Radiofrequency ablation</h3><p>Longer-lasting relief for facet joint pain.</p><a href="/services/rfa">Learn more</a></div>
<div class="svc"><h3>Spinal cord stimulation</h3><p>Trial and implant for chronic back and leg pain.</p><a href="/services/scs">Learn more</a></div>
<div class="svc"><h3>Medial branch blocks</h3><p>Diagnostic and therapeutic injections.</p><a href="/services/mbb">Learn more</a></div>
<div class="svc"><h3>Ketamine infusion therapy</h3><p>Outpatient IV infusions in our Seattle procedure suite for CRPS and refractory neuropathic pain, monitored by our anesthesia team.</p><a href="/services/ketamine">Learn more</a></div>
<div class="svc"><h3>Physical therapy</h3><p>On-site PT coordinated with your treatment plan.</p><a href="/services/pt">Learn more</a></div>
<div class="svc"><h3>Medication management</h3><p>Safe, monitored prescribing, including non-opioid options.</p><a href="/services/medication">Learn more</a></div>
<div class="svc"><h3>Regenerative medicine</h3><p>PRP injections for joints and tendons.</p><a href="/services/prp">Learn more</a></div></div>
<section class="insurance"><h2>Insurance</h2><p>We accept most major plans, Medicare and L&amp;I. Some treatments require prior authorization.</p></section>
<section class="store-promo"><h2>Shop our DME Store</h2><p>Back braces, TENS units and cold therapy wraps &mdash; order online, pick up at your next visit.</p><a href="/store/">Shop now</a></section>
<section class="testimonials"><blockquote>"After years of CRPS, I finally have good days again." &mdash; Sarah T.</blockquote></section>
</main>
""" + footer([("Seattle", ["10330 Meridian Ave N, Suite 400, Seattle, WA 98133|/locations/seattle", "(206) 555-0119|tel:+12065550119"]),
              ("Lynnwood", ["19020 33rd Ave W, Suite 210, Lynnwood, WA 98036|/locations/lynnwood"]),
              ("Patients", ["New patient forms|/patients/forms", "Pay my bill|/pay", "Patient portal|/portal", "Careers|/careers"])],
             "&copy; 2026 Northgate Pain &amp; Spine Specialists, PLLC &middot; Notice of Privacy Practices &middot; Price Transparency") + """
<script src="/js/main.bundle.js"></script>
""", noise="cookie")

p("h6325", "https://www.diariodoestuario.example/pais/2026/12/04/pj-apreende-cetamina-armazem-setubal", "informational", False, "pt",
  "news-seizure-loja-tab", "PJ apreende 12 quilos de cetamina em armazém de Setúbal | Diário do Estuário", """
<div class="barra-topo"><a href="/assinar">Assine por 1 &euro; no primeiro mês</a> <a href="/loja">Loja</a> <a href="/newsletters">Newsletters</a> <a href="/entrar">Entrar</a></div>
<header><a href="/" class="logo">Diário do Estuário</a><span class="data">Sábado, 5 de dezembro de 2026</span></header>
<nav class="seccoes">""" + links(["Últimas|/ultimas", "País|/pais", "Mundo|/mundo", "Economia|/economia", "Desporto|/desporto", "Cultura|/cultura", "Opinião|/opiniao", "Loja|/loja", "Palavras cruzadas|/jogos"]) + """</nav>
<div class="pub">Publicidade &middot; Promoções de Natal: compre já e receba amanhã</div>
<article>
<p class="antetitulo">Tráfico de droga</p>
<h1>PJ apreende 12 quilos de cetamina em armazém de Setúbal</h1>
<p class="lead">Droga estaria destinada a ser vendida pela internet e enviada por correio para vários países europeus.</p>
<p class="autor">Por Inês Tavares &middot; 4 dez 2026, 18:42</p>
<p>A Polícia Judiciária apreendeu cerca de 12 quilos de cetamina num armazém em Setúbal, numa operação que levou à detenção de dois homens, de 29 e 34 anos. Segundo a PJ, a substância era importada em pó, dividida em pequenas doses e enviada em envelopes almofadados.</p>
<p>Os suspeitos venderiam através de uma loja online e de canais de Telegram, com pagamentos em criptomoeda. No mercado ilícito, cada grama é vendida a valores entre 25 e 40 euros, indicou fonte policial.</p>
<p>A cetamina é um anestésico de uso hospitalar e veterinário. Em Portugal, a sua venda está sujeita a receita médica especial.</p>
<p>Os detidos vão ser presentes a juiz para aplicação de medidas de coação.</p>
<section class="relacionadas"><h3>Leia também</h3>""" + links(["Apreensões de droga sintética duplicam no porto de Sines|/pais/2026/10/sines-droga-sintetica", "O que é a cetamina e porque preocupa as autoridades|/saude/2026/09/cetamina-explicador", "Escetamina: novo tratamento chega aos hospitais do SNS|/saude/2025/escetamina-sns"]) + """</section>
</article>
<section class="comentarios"><h3>Comentários (23)</h3><p>Para comentar é necessário ser assinante. <a href="/assinar">Assinar</a></p></section>
<aside class="mais-lidas"><h3>Mais lidas</h3><ol><li>Greve dos comboios marcada para dia 15</li><li>Vitória vence em Alvalade</li><li>Preço da habitação volta a subir</li></ol></aside>
""" + footer([("Diário do Estuário", ["Ficha técnica|/ficha-tecnica", "Estatuto editorial|/estatuto", "Contactos|/contactos"]),
              ("Serviços", ["Assinaturas|/assinar", "Loja|/loja", "Publicidade|/publicidade", "Arquivo|/arquivo"]),
              ("Legal", ["Termos|/termos", "Privacidade|/privacidade"])],
             "&copy; 2026 Diário do Estuário. Todos os direitos reservados.") + """
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'seccao':'pais','tipo':'artigo'});</script>
""", noise="cookie-pt")

p("h6326", "https://www.groenekolf.example/nl/research/dck-pellets-50mg", "seller", True, "nl",
  "smartshop-dck-pellets", "DCK pellets 50 mg | De Groene Kolf Smartshop", """
<div class="usp">&#10003; Voor 22:00 besteld, morgen in huis &nbsp; &#10003; Discreet verpakt &nbsp; &#10003; Ook naar België en Duitsland &nbsp; &#10003; Betaal met iDEAL, Bancontact of Bitcoin</div>
<header><a href="/nl/" class="logo">De Groene Kolf</a><form><input placeholder="Zoeken..."></form> <a href="/nl/account">Inloggen</a> <a href="/nl/winkelwagen">Winkelwagen (0)</a></header>
""" + mega([("Truffels", ["Magic truffels|/nl/truffels", "Growkits|/nl/growkits"]),
            ("Natuurlijk", ["Kratom|/nl/kratom", "Kanna|/nl/kanna", "Kruidenthee|/nl/kruiden"]),
            ("Research", ["Alle research|/nl/research", "Pellets|/nl/research/pellets", "Testkits|/nl/testkits"]),
            ("Accessoires", ["Vaporizers|/nl/vapes", "Grinders|/nl/grinders", "Weegschalen|/nl/weegschalen"])]) + """
<main>
<p class="kruimel"><a href="/nl/">Home</a> / <a href="/nl/research">Research</a> / DCK pellets</p>
<div class="product"><img src="/img/dck-pellets.jpg" alt="DCK pellets">
<h1>DCK pellets 50 mg</h1>
<p class="sterren">&#9733;&#9733;&#9733;&#9733;&#9734; (38 reviews)</p>
<table class="staffel"><tr><th>Aantal</th><th>Prijs</th></tr><tr><td>5 stuks</td><td>&euro; 17,50</td></tr><tr><td>10 stuks</td><td>&euro; 29,95</td></tr><tr><td>25 stuks</td><td>&euro; 64,95</td></tr></table>
<button class="in-winkelwagen">In winkelwagen</button>
<p>Deschloroketamine (DCK) in handige pellets van 50 mg. Lab-getest, inclusief certificaat.</p>
<p class="disclaimer">Dit product is uitsluitend bedoeld voor onderzoeksdoeleinden en niet voor menselijke consumptie.</p></div>
<section class="tabs"><h2>Verzending</h2><p>Je bestelling wordt neutraal verpakt, zonder vermelding van de inhoud of onze naam. Verzending met PostNL of DHL.</p>
<h2>Reviews</h2><p><b>Sander</b> &#9733;&#9733;&#9733;&#9733;&#9733; Snel geleverd, precies zoals beschreven.</p><p><b>Anoniem</b> &#9733;&#9733;&#9733;&#9733;&#9734; Goede kwaliteit.</p></section>
<section class="ook"><h2>Anderen bekeken ook</h2>""" + links(["Reagens testkit Mandelin|/nl/testkits/mandelin", "Precisieweegschaal 0,001 g|/nl/weegschalen/0-001", "Kratom Red Bali 50 g|/nl/kratom/red-bali"]) + """</section>
<section class="blog"><h2>Uit onze blog</h2>""" + links(["Veilig tripperen: 10 tips|/nl/blog/veilig-tripperen", "Wat is kanna?|/nl/blog/wat-is-kanna"]) + """</section>
</main>
""" + footer([("Klantenservice", ["Verzending|/nl/verzending", "Retourneren|/nl/retour", "Contact|/nl/contact"]),
              ("Over ons", ["Onze winkel in Utrecht|/nl/winkel", "Vacatures|/nl/vacatures"]),
              ("Voorwaarden", ["Algemene voorwaarden|/nl/av", "Privacy|/nl/privacy", "18+ beleid|/nl/18plus"])],
             "&copy; 2026 De Groene Kolf &middot; KvK 7XXXXXXX") + """
""", noise="cookie-nl")

p("h6327", "https://www.clarte-telesante.example/fr/questions-frequentes", "telehealth", False, "fr",
  "teleconsultation-faq-one-line", "Questions fréquentes | Clarté Télésanté", """
<header><a href="/fr/" class="logo">clarté <small>télésanté</small></a>
<nav>""" + links(["Nos consultations|/fr/consultations", "Psychiatrie|/fr/psychiatrie", "Tarifs|/fr/tarifs", "Nos médecins|/fr/medecins", "FAQ|/fr/questions-frequentes"]) + """</nav>
<a href="/fr/connexion">Se connecter</a> <a class="btn" href="/fr/rdv">Prendre rendez-vous</a></header>
<main>
<h1>Questions fréquentes</h1>
<form class="faq-search"><input placeholder="Rechercher une question"></form>
<h2>Compte et rendez-vous</h2>
<details><summary>Comment créer mon compte ?</summary><p>Cliquez sur « Prendre rendez-vous », choisissez un créneau puis renseignez votre e-mail et votre numéro de téléphone.</p></details>
<details><summary>Puis-je annuler un rendez-vous ?</summary><p>Oui, gratuitement jusqu'à 24 heures avant. Au-delà, la consultation est facturée.</p></details>
<details><summary>Que faire si la vidéo ne fonctionne pas ?</summary><p>Vérifiez les autorisations caméra de votre navigateur. Le médecin peut aussi vous rappeler par téléphone.</p></details>
<h2>Paiement et remboursement</h2>
<details><summary>Combien coûte une téléconsultation ?</summary><p>60 € pour une consultation de psychiatrie (secteur 2). Le paiement se fait par carte bancaire à la fin de la consultation.</p></details>
<details><summary>Suis-je remboursé ?</summary><p>L'Assurance Maladie rembourse sur la base du tarif conventionnel si vous respectez le parcours de soins ; votre mutuelle peut compléter.</p></details>
<details><summary>Proposez-vous des cartes cadeaux ?</summary><p>Non, nous ne vendons pas de cartes cadeaux.</p></details>
<h2>Traitements</h2>
<details><summary>Prescrivez-vous de l'eskétamine ou de la kétamine ?</summary><p>Aucune prescription n'est faite sans une téléconsultation vidéo avec un psychiatre inscrit à l'Ordre. L'eskétamine n'est administrée qu'en établissement de santé : si elle vous est indiquée, nous vous orientons vers un centre partenaire proche de chez vous et assurons le suivi à distance.</p></details>
<details><summary>Recevrai-je une ordonnance électronique ?</summary><p>Oui, via votre espace patient, utilisable dans toute pharmacie.</p></details>
<h2>Données personnelles</h2>
<details><summary>Où sont stockées mes données ?</summary><p>Chez un hébergeur certifié HDS, en France.</p></details>
<div class="contact-box"><p>Vous n'avez pas trouvé votre réponse ? <a href="/fr/contact">Écrivez-nous</a> &mdash; réponse sous 24 h ouvrées.</p></div>
</main>
""" + footer([("Clarté", ["Qui sommes-nous|/fr/apropos", "Recrutement médecins|/fr/recrutement", "Presse|/fr/presse"]),
              ("Aide", ["FAQ|/fr/questions-frequentes", "Contact|/fr/contact", "Urgence : 15 ou 112|tel:15"]),
              ("Légal", ["Mentions légales|/fr/mentions", "CGU|/fr/cgu", "Données de santé|/fr/donnees"])],
             "Clarté Télésanté SAS &middot; Les consultations sont réalisées par des médecins inscrits à l'Ordre des médecins &middot; Hébergement HDS") + """
<script src="/js/faq-accordion.js" defer></script>
""", noise="cookie-fr")

p("h6328", "https://shop.nordpharm-direct.example/checkout/payment?order=58213", "seller", True, "en",
  "checkout-page-usdt-payment", "Checkout – Payment | NordPharm Direct", """
<header class="checkout"><a href="/" class="logo">NordPharm <b>Direct</b></a> <span>&#128274; Secure checkout</span> <a href="/support">Support 24/7</a></header>
<nav class="steps"><ol><li class="done">Cart</li><li class="done">Shipping</li><li class="current">Payment</li><li>Confirmation</li></ol></nav>
<main>
<div class="cols">
<section class="pay"><h1>Payment</h1>
<p>Choose a payment method for order <b>#58213</b>.</p>
<fieldset><label><input type="radio" name="pm" checked> USDT (TRC20) &mdash; <b>5% discount</b></label><br>
<label><input type="radio" name="pm"> Bitcoin (BTC)</label><br>
<label><input type="radio" name="pm" disabled> Credit card (temporarily unavailable)</label></fieldset>
<div class="wallet"><p>Send exactly <b>228.00 USDT</b> to:</p><code>TQ7mN3xKpL2vR8sYdE4wF6hJ9aZcB1uGt5</code><p><img src="/qr/58213.png" alt="QR code"></p>
<p>Your order will be processed automatically after 1 network confirmation. This address expires in 29:41.</p>
<button>I have paid</button></div>
<p class="help">Need help paying with crypto? Read our <a href="/guides/buy-usdt">step-by-step guide</a> or message support.</p></section>
<aside class="summary"><h2>Order summary</h2>
<table><tr><td>Esketamine HCl nasal spray 28 mg &times; 3</td><td>$210.00</td></tr>
<tr><td>Tracked express (EU/UK/US)</td><td>$30.00</td></tr>
<tr><td>Crypto discount (5%)</td><td>&minus;$12.00</td></tr>
<tr><th>Total</th><th>$228.00</th></tr></table>
<p>Ship to: J. D., &hellip; (edit)</p></aside></div>
<section class="guarantees"><h3>Why customers trust us</h3><ul><li>Free reship if your parcel is lost</li><li>GMP-certified manufacturers</li><li>Over 20,000 happy customers since 2019</li></ul></section>
</main>
""" + footer([("Shop", ["Depression|/c/depression", "Sleep|/c/sleep", "Pain relief|/c/pain", "Men's health|/c/men"]),
              ("Help", ["Shipping|/shipping", "Payment guide|/guides/buy-usdt", "Contact|/support"]),
              ("Legal", ["Terms|/terms", "Privacy|/privacy"])],
             "&copy; 2019&ndash;2026 NordPharm Direct") + """
<script>setInterval(function(){fetch('/api/order/58213/status').then(function(r){return r.json();}).then(function(d){if(d.paid){location.href='/checkout/confirmation?order=58213';}});},15000);</script>
""")

p("h6329", "https://www.clinicaequilibrio.example/pacientes/pagar-factura", "clinic", False, "es",
  "clinic-bill-pay-page", "Pagar mi factura | Clínica Equilibrio – Infusiones de ketamina en Guadalajara", """
<div class="barra"><span>Av. Chapultepec Sur 480, Col. Americana, Guadalajara, Jal.</span> <span>Tel. 33 5550 2871</span> <a href="https://wa.me/523355502871">WhatsApp para citas</a></div>
<header><a href="/" class="logo">Clínica Equilibrio</a>
""" + mega([("Tratamientos", ["Infusión de ketamina IV|/tratamientos/ketamina-iv", "Esketamina nasal|/tratamientos/esketamina", "Terapia psicológica de integración|/tratamientos/integracion"]),
            ("Pacientes", ["Primera cita|/pacientes/primera-cita", "Preparación para tu infusión|/pacientes/preparacion", "Pagar mi factura|/pacientes/pagar-factura", "Facturación CFDI|/pacientes/cfdi"]),
            ("Nosotros", ["Equipo médico|/equipo", "Instalaciones|/instalaciones", "Blog|/blog"])]) + """
<a class="btn" href="/agendar">Agenda tu valoración</a></header>
<main>
<h1>Pagar mi factura</h1>
<p>Puedes liquidar tu saldo pendiente en línea con tarjeta de débito o crédito. Ten a la mano el número de folio que aparece en tu recibo.</p>
<form class="pago"><label>Número de folio <input placeholder="EQ-2026-"></label>
<label>Nombre del paciente <input></label>
<label>Importe (MXN) <input></label>
<label>Correo para el comprobante <input type="email"></label>
<button>Continuar al pago seguro</button></form>
<p class="meses">Meses sin intereses disponibles con tarjetas participantes en paquetes de 6 infusiones.</p>
<h2>Preguntas sobre pagos</h2>
<details><summary>¿Puedo pagar en la clínica?</summary><p>Sí, en recepción aceptamos efectivo, tarjeta y transferencia el día de tu infusión.</p></details>
<details><summary>¿Necesito factura CFDI?</summary><p>Solicítala dentro del mes de tu pago en <a href="/pacientes/cfdi">Facturación CFDI</a>.</p></details>
<details><summary>¿Qué incluye el costo de una infusión?</summary><p>Valoración previa por el médico, la infusión de 40 minutos en nuestra sala con monitoreo continuo de signos vitales, y el periodo de recuperación.</p></details>
<div class="tabla-precios"><h3>Referencia de precios</h3><table><tr><td>Valoración médica</td><td>$1,200</td></tr><tr><td>Infusión IV</td><td>$6,500</td></tr><tr><td>Paquete 6 infusiones</td><td>$35,000</td></tr></table></div>
</main>
""" + footer([("Clínica Equilibrio", ["Aviso de privacidad|/aviso-privacidad", "Términos|/terminos"]),
              ("Contacto", ["Tel. 33 5550 2871|tel:+523355502871", "WhatsApp|https://wa.me/523355502871", "Cómo llegar|/ubicacion"]),
              ("Síguenos", ["Facebook", "Instagram"])],
             "Responsable sanitario: Dr. Andrés Ruvalcaba Ortega, Cédula Profesional 7XXXXXX &middot; Aviso COFEPRIS 2XXXXXXX") + """
<script src="https://pagos.pasarela-mx.example/checkout.js"></script>
""", noise="cookie-es")

p("h6330", "https://www.meridiancompounding.example/prescribers/ketamine", "informational", False, "en",
  "compounding-pharmacy-prescriber-page", "Ketamine Compounding for Prescribers | Meridian Compounding Pharmacy", """
<header><a href="/" class="logo">Meridian Compounding Pharmacy</a>
""" + mega([("For Patients", ["Transfer a prescription|/patients/transfer", "Refill|/patients/refill", "Shipping & pickup|/patients/shipping", "Pay a balance|/patients/pay"]),
            ("For Prescribers", ["Ketamine|/prescribers/ketamine", "Hormone therapy|/prescribers/hrt", "Dermatology|/prescribers/derm", "Veterinary|/prescribers/vet", "Prescriber portal|/prescribers/portal"]),
            ("About", ["Accreditation|/about/accreditation", "Our pharmacists|/about/team", "Careers|/careers"])]) + """
<a class="btn" href="/prescribers/portal">Send an order</a> <a href="/cart">Cart (0)</a></header>
<main>
<h1>Ketamine formulations</h1>
<p>We prepare ketamine sublingual troches, rapid-dissolve tablets and nasal spray under USP &lt;795&gt; and &lt;797&gt; in our PCAB-accredited facility. Formulations are dispensed only against a valid prescription from a prescriber with an active DEA registration.</p>
<table class="formulary"><tr><th>Formulation</th><th>Strengths</th><th>Typical patient price</th></tr>
<tr><td>Sublingual troche</td><td>50&ndash;400 mg</td><td>from $3.20 / troche</td></tr>
<tr><td>Rapid-dissolve tablet (RDT)</td><td>50&ndash;300 mg</td><td>from $2.80 / tablet</td></tr>
<tr><td>Nasal spray</td><td>100 mg/ml, 5 ml</td><td>from $64 / bottle</td></tr></table>
<h2>Ordering</h2>
<ol><li>Send the prescription electronically (EPCS) through your EHR or our prescriber portal.</li><li>We verify the prescriber and contact the patient for payment.</li><li>Orders ship overnight with signature required to states where we hold a nonresident license.</li></ol>
<p class="important">We cannot accept orders from patients without a prescription, and we do not sell through third-party websites. If you found our products on another site, please report it to us.</p>
<section class="licensing"><h2>Licensing</h2><p>Licensed in 31 states. <a href="/about/licenses">See the full list</a>. DEA registration on file.</p></section>
<section class="resources"><h2>Prescriber resources</h2>""" + links(["Ketamine prescribing checklist (PDF)|/docs/ketamine-checklist.pdf", "Patient counseling sheet (PDF)|/docs/ketamine-counseling.pdf", "Request a formulation consult|/prescribers/consult"]) + """</section>
<section class="shop-note"><h3>Looking for our wellness shop?</h3><p>Vitamins, probiotics and skincare are available without a prescription at <a href="/shop">meridiancompounding.example/shop</a>.</p></section>
</main>
""" + footer([("Visit", ["2250 Commerce Pkwy, Suite B, Franklin, TN 37067|/contact", "Mon&ndash;Fri 8:30&ndash;6|/contact"]),
              ("Pharmacy", ["Licenses|/about/licenses", "Accreditation|/about/accreditation", "Notice of Privacy Practices|/privacy"]),
              ("Shop", ["Wellness shop|/shop", "Gift cards|/shop/gift-cards"])],
             "&copy; 2026 Meridian Compounding Pharmacy, LLC. Compounded drugs are not FDA-approved.") + """
""", noise="cookie")

# ==================================================================================== 31-40

p("h6331", "https://www.farmaciafacile24.example/categoria/benessere-mentale", "seller", True, "it",
  "online-pharmacy-grid-one-item-anonymous-footer", "Benessere mentale | FarmaciaFacile24", """
<div class="strip">Spedizione gratuita sopra 49 &euro; &middot; Consegna in 24/48h &middot; Assistenza farmacisti via chat</div>
<header><a href="/" class="logo">Farmacia<b>Facile</b>24</a><form><input placeholder="Cerca prodotti, marche, principi attivi"></form> <a href="/account">Accedi</a> <a href="/carrello">Carrello (0)</a></header>
""" + mega([("Salute", ["Benessere mentale|/categoria/benessere-mentale", "Dolore e febbre|/categoria/dolore", "Digestione|/categoria/digestione", "Allergie|/categoria/allergie"]),
            ("Bellezza", ["Viso|/categoria/viso", "Corpo|/categoria/corpo", "Solari|/categoria/solari"]),
            ("Mamma e bambino", ["Latte in polvere|/categoria/latte", "Pannolini|/categoria/pannolini"]),
            ("Offerte", ["Black Week|/offerte", "Marchi del mese|/marchi"])]) + """
<main>
<h1>Benessere mentale</h1>
<p class="intro">Integratori e rimedi per il sonno, lo stress e l'umore. I nostri farmacisti rispondono in chat dal lunedì al sabato.</p>
<div class="filtri">Ordina per: <select><option>Rilevanza</option><option>Prezzo crescente</option></select> &nbsp; 12 prodotti</div>
<div class="griglia">
<div class="card"><h3>Melatonina 1 mg, 60 cpr</h3><p>6,90 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Iperico titolato, 30 cps</h3><p>9,50 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Rodiola rosea, 60 cps</h3><p>14,90 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Magnesio + B6 bustine</h3><p>8,40 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Valeriana gocce 50 ml</h3><p>7,20 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Ketamina cloridrato 50 mg/ml, 5 fiale da 10 ml</h3><p>149,00 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Omega 3 1000 mg, 90 perle</h3><p>16,50 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Tisana Notte Serena, 20 filtri</h3><p>3,90 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Zafferano e triptofano, 30 cpr</h3><p>18,00 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Passiflora spray orale</h3><p>11,90 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Cuscino cervicale memory</h3><p>29,90 &euro;</p><button>Aggiungi al carrello</button></div>
<div class="card"><h3>Lampada luce diurna 10.000 lux</h3><p>59,00 &euro;</p><button>Aggiungi al carrello</button></div></div>
<section class="seo-text"><h2>Come scegliere un integratore per il sonno</h2><p>La melatonina aiuta a regolare il ritmo sonno-veglia, soprattutto in caso di jet lag. Valeriana e passiflora sono tradizionalmente usate per favorire il rilassamento. Chiedi sempre consiglio al medico se assumi altri farmaci.</p></section>
<section class="newsletter"><h3>Iscriviti e ricevi il 10% di sconto</h3><form><input type="email"><button>Iscriviti</button></form></section>
</main>
""" + footer([("Servizi", ["Spedizioni|/spedizioni", "Resi|/resi", "Metodi di pagamento|/pagamenti", "Chat con il farmacista|/chat"]),
              ("Azienda", ["Chi siamo|/chi-siamo", "Lavora con noi|/lavora", "Blog salute|/blog"]),
              ("Legale", ["Condizioni di vendita|/condizioni", "Privacy|/privacy", "Cookie|/cookie"])],
             "&copy; 2026 FarmaciaFacile24 &middot; Spedizione anonima in tutta Europa, in busta neutra &middot; Per gli ordini online non è richiesta la ricetta") + """
<script>window.ff24={cat:'benessere-mentale',items:12};</script>
""", noise=None)

p("h6332", "https://www.brightpathmind.example/ketamine-treatment", "telehealth", False, "en",
  "telehealth-snippet", "", """
Meet your prescriber by video within 72 hours. If ketamine is a fit, your prescription is filled by a licensed partner pharmacy and delivered to your door — memberships from $129/month, cancel anytime. Not available in all states.
""", ext="txt")

p("h6333", "https://www.lakesidepsychiatricassociates.example/spravato", "clinic", False, "en",
  "clinic-snippet", "", """
Spravato® at our REMS-certified Lakeside office: you self-administer the nasal spray under staff supervision and stay with us for two hours of monitoring. Buy a 4-visit package and save $200 — call (414) 555-0166 to book.
""", ext="txt")

p("h6334", "https://snapgrid.example/partyplug.eu", "seller", True, "en",
  "social-profile-bio-horse-emoji", "party plug (@partyplug.eu) • SnapGrid photos and videos", """
<header class="app-bar"><a href="/" class="logo">SnapGrid</a><form><input placeholder="Search"></form>
<nav>""" + links(["Home|/", "Explore|/explore", "Reels|/reels", "Messages|/direct", "Notifications|/notifications", "Create|/create"]) + """</nav>
<a href="/accounts/login" class="btn">Log in</a> <a href="/accounts/signup">Sign up</a></header>
<main class="profile">
<section class="head"><img class="avatar" src="https://cdn.snapgrid.example/p/88c1.jpg" alt="partyplug.eu's profile picture">
<h1>partyplug.eu</h1> <button>Follow</button> <button>Message</button>
<ul class="counts"><li><b>214</b> posts</li><li><b>9,812</b> followers</li><li><b>12</b> following</li></ul>
<div class="bio"><b>party plug &#127466;&#127482;</b><br>&#127852; &#10052;&#65039; &#128052; &#127812;<br>menu in highlights &#128071;<br>tele: @pp_eu_menu &middot; EU-wide post &#128230; &middot; stealth 100%<br><a href="https://t.example/pp_eu_menu">t.example/pp_eu_menu</a></div></section>
<section class="highlights"><span>MENU</span> <span>REVIEWS</span> <span>PAYMENT</span> <span>DROPS</span></section>
<section class="grid">
<article><img alt="Photo by partyplug.eu on November 30, 2026. May be an image of text."><p class="caption">restocked the pony &#128052; (K) shards + powder. 10g min for post, DM for prices</p></article>
<article><img alt="Photo by partyplug.eu on November 24, 2026."><p class="caption">another happy customer in Lisbon &#129395; thank u for the review</p></article>
<article><img alt="Photo by partyplug.eu on November 19, 2026. May be an image of 1 person and text that says 'BLACK FRIDAY'."><p class="caption">BLACK FRIDAY -20% on everything, crypto only this week</p></article>
<article><img alt="Photo by partyplug.eu on November 11, 2026."><p class="caption">sunset vibes &#127749;</p></article>
<article><img alt="Photo by partyplug.eu on November 2, 2026."><p class="caption">new drop coming, turn on notifications &#128276;</p></article>
<article><img alt="Photo by partyplug.eu on October 28, 2026."><p class="caption">festival season recap &#127926;</p></article></section>
</main>
<aside class="suggested"><h3>Suggested for you</h3><ul><li>festivalfits_daily &middot; Followed by 3 people</li><li>techno.berlin.nights &middot; Popular</li><li>sunsetchasers.eu &middot; New to SnapGrid</li></ul><a href="/explore/people">See all</a></aside>
<div class="login-wall"><p>Log in to see more photos and videos from partyplug.eu.</p><a href="/accounts/login" class="btn">Log in</a> <a href="/accounts/signup">Sign up</a></div>
<footer class="app-footer">""" + links(["About|/about", "Blog|/blog", "Jobs|/jobs", "Help|/help", "API|/developer", "Privacy|/privacy", "Terms|/terms", "Locations|/locations", "Language|/language", "SnapGrid Verified|/verified"]) + """<p>&copy; 2026 SnapGrid</p></footer>
<script type="application/json" id="__SG_DATA__">{"user":{"username":"partyplug.eu","is_private":false,"is_business":false,"category":null},"viewer":null}</script>
""")

p("h6335", "https://www.serenartelemedicina.example/psiquiatria-online", "telehealth", False, "pt",
  "br-telepsychiatry-whatsapp-booking", "Psiquiatria online com atendimento humanizado | Serenar Telemedicina", """
<div class="topo"><a href="https://wa.me/5511955501234">&#128172; Agende pelo WhatsApp: (11) 95550-1234</a> <a href="/area-do-paciente">Área do paciente</a></div>
<header><a href="/" class="logo">Serenar <small>telemedicina</small></a>
""" + mega([("Especialidades", ["Psiquiatria online|/psiquiatria-online", "Psicologia online|/psicologia-online", "Clínica geral|/clinica-geral"]),
            ("Como funciona", ["Passo a passo|/como-funciona", "Nossos médicos|/medicos", "Segurança e LGPD|/seguranca"]),
            ("Planos e preços", ["Consulta avulsa|/precos", "Plano de acompanhamento|/planos", "Reembolso do convênio|/reembolso"])]) + """
<a class="btn" href="/agendar">Agendar consulta</a></header>
<main>
<h1>Psiquiatria online, do seu sofá</h1>
<p>Consultas por vídeo com psiquiatras registrados no CRM, com receita digital válida em todo o Brasil. Atendimento de segunda a sábado, das 7h às 22h.</p>
<h2>Como funciona</h2>
<ol><li>Escolha um horário no site ou fale com a gente pelo WhatsApp.</li><li>Pague com Pix ou cartão (até 3x sem juros).</li><li>Entre na videochamada pelo link enviado por SMS.</li><li>Receba sua receita digital e o plano de acompanhamento.</li></ol>
<h2>Depressão resistente</h2>
<p>Quando o tratamento com antidepressivos não trouxe resposta, nosso psiquiatra avalia sua história com calma. Se houver indicação de escetamina, ela é aplicada presencialmente: encaminhamos você a um dos nossos centros parceiros em São Paulo, Curitiba ou Belo Horizonte, e seguimos acompanhando por vídeo.</p>
<table class="precos"><tr><td>Consulta psiquiátrica online (50 min)</td><td>R$ 290</td></tr><tr><td>Retorno em até 30 dias</td><td>R$ 190</td></tr><tr><td>Plano trimestral (3 consultas + chat)</td><td>R$ 690</td></tr></table>
<section class="medicos"><h2>Nossos psiquiatras</h2><ul><li>Dra. Camila Torres &mdash; CRM-SP 18XXXX</li><li>Dr. Rafael Menezes &mdash; CRM-PR 3XXXX</li><li>Dra. Beatriz Lins &mdash; CRM-MG 6XXXX</li></ul></section>
<section class="depoimentos"><h2>Depoimentos</h2><blockquote>&#8220;Fui atendida no mesmo dia e a médica foi muito atenciosa.&#8221; &mdash; Juliana, Recife</blockquote></section>
<section class="blog"><h2>Do nosso blog</h2>""" + links(["Escetamina: quem pode usar?|/blog/escetamina-quem-pode", "Receita digital: como usar na farmácia|/blog/receita-digital", "Ansiedade no fim de ano|/blog/ansiedade-fim-de-ano"]) + """</section>
</main>
""" + footer([("Serenar", ["Quem somos|/quem-somos", "Trabalhe conosco|/carreiras", "Imprensa|/imprensa"]),
              ("Ajuda", ["Perguntas frequentes|/faq", "Fale conosco|/contato", "Em crise? Ligue 188 (CVV)|tel:188"]),
              ("Legal", ["Termos de uso|/termos", "Privacidade|/privacidade"])],
             "Serenar Serviços Médicos Ltda. &middot; CNPJ XX.XXX.XXX/0001-XX &middot; Diretor técnico: Dr. Rafael Menezes, CRM-PR 3XXXX") + """
<script src="https://widget.whatsapp-chat.example/float.js" data-phone="5511955501234" async></script>
""", noise="cookie-pt")

p("h6336", "https://pharmacy.stateboard.example/consumers/alerts/2026-11-online-ketamine-websites", "informational", False, "en",
  "state-pharmacy-board-alert", "Consumer Alert: Websites offering ketamine without a prescription | State Board of Pharmacy", """
<div class="gov-banner"><img src="/img/flag.svg" alt=""> An official website of the State. <a href="#">Here's how you know</a></div>
<header><a href="/" class="seal">State Board of Pharmacy</a>
<form><input type="search" placeholder="Search the Board website"></form></header>
""" + mega([("Licensing", ["Apply for a license|/licensing/apply", "Renew|/licensing/renew", "Verify a license|/verify", "Fees|/licensing/fees"]),
            ("Consumers", ["File a complaint|/consumers/complaint", "Consumer alerts|/consumers/alerts", "Safe medication disposal|/consumers/disposal", "Buying medicine online safely|/consumers/online"]),
            ("Laws & Rules", ["Pharmacy Practice Act|/laws/act", "Administrative rules|/laws/rules", "Board orders|/laws/orders"]),
            ("About", ["Board members|/about/members", "Meetings|/about/meetings", "Contact|/about/contact"])]) + """
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/consumers">Consumers</a> &rsaquo; <a href="/consumers/alerts">Alerts</a></p>
<h1>Consumer Alert: Websites offering ketamine without a prescription</h1>
<p class="date">Issued November 24, 2026</p>
<p>The Board has received reports of websites and social media accounts offering ketamine, esketamine nasal spray and related products to state residents. None of the sites named below holds a pharmacy license in this State.</p>
<h2>Warning signs</h2>
<ul><li>"No prescription needed," or approval after a short online questionnaire with no contact with a clinician</li><li>Payment only by cryptocurrency, gift cards or money-transfer apps</li><li>Ordering through Telegram, WhatsApp or direct messages</li><li>Promises of "stealth" shipping or free reshipment if seized</li></ul>
<h2>Websites named in complaints</h2>
<table><tr><th>Website</th><th>Status</th></tr><tr><td>nordpharm-direct.example</td><td>Not licensed; referred to federal partners</td></tr><tr><td>ketaclear-online.example</td><td>Not licensed</td></tr><tr><td>medsdirect-express.example</td><td>Not licensed</td></tr></table>
<p>Licensed telehealth providers and compounding pharmacies may legitimately prescribe and dispense ketamine after an evaluation. You can check any pharmacy with our <a href="/verify">license verification tool</a>.</p>
<p>To report a website, <a href="/consumers/complaint">file a complaint</a> or call (800) 555-0190.</p>
<section class="related"><h3>Related alerts</h3>""" + links(["Counterfeit weight-loss injections sold online (Sept 2026)|/consumers/alerts/2026-09-weight-loss", "Unlicensed pet pharmacies (June 2026)|/consumers/alerts/2026-06-pet", "All consumer alerts|/consumers/alerts"]) + """</section>
</main>
""" + footer([("Board of Pharmacy", ["1200 Capitol Way, Room 300|/about/contact", "(800) 555-0190|tel:+18005550190"]),
              ("Policies", ["Accessibility|/accessibility", "Privacy|/privacy", "Public records requests|/records"]),
              ("State links", ["State homepage|https://state.example", "Department of Health|https://health.state.example"])],
             "Subscribe to Board alerts by email. Last updated 11/24/2026.") + """
""")

p("h6337", "https://trustedvendorshq.example/best-ketamine-vendors-2026/", "seller", True, "en",
  "best-vendors-review-doorway", "Best Online Ketamine Vendors 2026: Tested & Ranked | TrustedVendorsHQ", """
<header><a href="/" class="logo">TrustedVendorsHQ</a>
<nav>""" + links(["Reviews|/reviews/", "Guides|/guides/", "Coupons|/coupons/", "Scam list|/scams/", "About|/about/", "Contact|/contact/"]) + """</nav></header>
<main><article>
<h1>Best Online Ketamine Vendors 2026: Tested &amp; Ranked</h1>
<p class="meta">By Alex Morgan &middot; Updated December 2, 2026 &middot; <a href="#disclosure">Affiliate disclosure</a></p>
<p>Finding a reliable source online is harder than ever: scams are everywhere, and customs are getting stricter. Over the past year our team placed orders with 23 shops and rated them on product quality, delivery time, stealth and customer service. Here are the ones that passed.</p>
<table class="ranking"><tr><th>#</th><th>Vendor</th><th>Rating</th><th>Ships to</th><th>Payment</th><th></th></tr>
<tr><td>1</td><td>NordPharm Direct</td><td>9.6</td><td>EU, UK, US</td><td>BTC, USDT</td><td><a class="btn" href="https://trustedvendorshq.example/go/nordpharm" rel="sponsored">Visit store &mdash; code TVHQ10</a></td></tr>
<tr><td>2</td><td>KetaClear</td><td>9.1</td><td>US</td><td>Card</td><td><a class="btn" href="https://trustedvendorshq.example/go/ketaclear" rel="sponsored">Visit store</a></td></tr>
<tr><td>3</td><td>QuimiLab Research</td><td>8.7</td><td>EU</td><td>BTC, XMR, SEPA</td><td><a class="btn" href="https://trustedvendorshq.example/go/quimilab" rel="sponsored">Visit store</a></td></tr></table>
<h2>How we test</h2><p>Each product is sent to an independent lab for reagent and GC-MS testing. We score stealth by how the parcel looked on arrival and whether it would raise questions at a neighbour's door.</p>
<h2>Is it safe to buy ketamine online?</h2><p>Nothing is 100% safe. Stick to vendors with escrow or a reship guarantee, never pay with a bank transfer in your own name, and start with a small order.</p>
<h2>Vendors to avoid</h2><p>See our constantly updated <a href="/scams/">scam list</a>.</p>
<p id="disclosure" class="disclosure">Disclosure: we earn a commission when you buy through our links, at no extra cost to you.</p>
</article>
<aside><h3>Latest coupons</h3><ul><li>NordPharm: TVHQ10 &mdash; 10% off</li><li>QuimiLab: WINTER15 &mdash; 15% off pellets</li></ul>
<h3>Popular guides</h3>""" + links(["How to pay with USDT anonymously|/guides/usdt/", "Reagent testing 101|/guides/reagent-testing/", "What to do if your package is seized|/guides/seized/"]) + """</aside>
<section class="comments"><h3>Comments (46)</h3><p><b>mike_t</b>: NordPharm came in 6 days to Ohio, legit.</p><p><b>lena</b>: can confirm #3, good pellets.</p><p><b>TrustedVendorsHQ</b>: thanks for the feedback!</p></section>
</main>
<footer><p>&copy; 2026 TrustedVendorsHQ &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a> &middot; For adults 18+ only.</p></footer>
<script>document.querySelectorAll('a[rel=sponsored]').forEach(function(a){a.addEventListener('click',function(){navigator.sendBeacon('/t/click',a.href);});});</script>
""", noise="cookie")

p("h6338", "https://portal.evenkeelhealth.example/refills/new", "telehealth", False, "en",
  "patient-portal-refill-request", "Request a refill — EvenKeel Patient Portal", """
<header class="portal"><a href="/" class="logo">EvenKeel</a>
<nav>""" + links(["Dashboard|/", "Appointments|/appointments", "Messages (1)|/messages", "Medications|/medications", "Billing|/billing", "Documents|/documents"]) + """</nav>
<div class="user">Signed in as Jordan P. &middot; <a href="/settings">Settings</a> &middot; <a href="/logout">Sign out</a></div></header>
<main>
<h1>Request a refill</h1>
<div class="med-card"><h2>Ketamine HCl 200 mg sublingual tablets</h2>
<p>Prescribed by <b>Dana Whitfield, PMHNP-BC</b> &middot; Last filled Nov 4, 2026 by Crestline Pharmacy &middot; Refills remaining: 1</p></div>
<div class="notice"><p>Refills require a follow-up video visit at least every 90 days. Your last visit with Dana was <b>October 2, 2026</b>. Your next visit is due by <b>December 31, 2026</b>. <a href="/appointments/new">Schedule now</a></p></div>
<form class="refill"><fieldset><legend>Before we send your request</legend>
<label>How many sessions have you completed since your last fill? <input type="number"></label>
<label>Any new medications, side effects or ER visits? <textarea></textarea></label>
<label>Most recent home blood pressure reading <input placeholder="e.g. 122/78"></label>
<label><input type="checkbox"> My session monitor (support person) is still available</label></fieldset>
<fieldset><legend>Delivery</legend><p>Ship to: 14 Alder Ct, Bend, OR 97701 <a href="/settings/address">Change</a></p><p>Signature required. Shipping included in your membership.</p></fieldset>
<button>Send to my prescriber</button></form>
<p class="small">Your prescriber reviews refill requests within 2 business days and may ask you to book a visit first.</p>
<section class="side"><h3>Upcoming</h3><ul><li>Integration group (video) &mdash; Thu Dec 10, 6:00 pm</li></ul>
<h3>Billing</h3><p>Membership: $189/month &middot; Next charge Dec 15 &middot; <a href="/billing">Manage</a></p>
<h3>Need help now?</h3><p>Message your care team or call (541) 555-0148. In a crisis, call or text 988.</p></section>
</main>
<footer class="portal-footer">""" + links(["Help center|https://help.evenkeelhealth.example", "Privacy|/privacy", "Terms|/terms", "Accessibility|/accessibility"]) + """<p>&copy; 2026 EvenKeel Health. Clinical care provided by EvenKeel Medical Group, PC.</p></footer>
<script src="/static/portal.4b7e2.js" defer></script>
<script>window.__SESSION_TIMEOUT__=900;</script>
""")

p("h6339", "https://www.ferncliffkap.example/", "clinic", False, "en",
  "kap-practice-homepage-merch-shop", "Ferncliff | Ketamine-Assisted Psychotherapy in Portland, Oregon", """
<header><a href="/" class="logo">Ferncliff</a>
""" + mega([("Our work", ["Ketamine-assisted psychotherapy|/kap", "Group KAP|/group", "Integration circles|/integration", "Training for clinicians|/training"]),
            ("About", ["Our team|/team", "Our space|/space", "Research & outcomes|/outcomes", "Equity fund|/equity-fund"]),
            ("Shop", ["Integration journal|/shop/journal", "Ferncliff eye mask|/shop/eye-mask", "Session playlist vinyl|/shop/vinyl", "Gift certificates|/shop/gift"]),
            ("Resources", ["Podcast|/podcast", "Reading list|/reading", "FAQ|/faq"])]) + """
<a class="btn" href="/inquire">Schedule a consultation</a></header>
<main>
<section class="hero"><h1>Medicine, met with presence.</h1><p>A small, relational practice for people who feel stuck.</p></section>
<section class="intro"><p>Ferncliff is a group of psychiatrists, therapists and nurses. Each KAP session takes place in one of our two treatment rooms in Southeast Portland, with a psychiatrist present for dosing and a therapist with you throughout, followed by integration sessions in person or by video.</p></section>
<section class="path"><h2>Your path with us</h2><ol><li>Free 20-minute call</li><li>Psychiatric intake and medical screening</li><li>Two preparation sessions</li><li>Three to six medicine sessions</li><li>Integration</li></ol></section>
<section class="fees"><h2>Fees</h2><p>Intake $450 &middot; Preparation session $200 &middot; Medicine session (3 hours, two clinicians) $850. Sliding scale available through our equity fund. <a href="/fees">Full fee schedule</a></p></section>
<section class="shop-feature"><h2>New in the shop</h2><div class="prod"><h3>The Ferncliff Integration Journal</h3><p>$28 &middot; 160 pages of prompts from our therapists.</p><button>Add to cart</button></div><div class="prod"><h3>Contoured silk eye mask</h3><p>$34</p><button>Add to cart</button></div></section>
<section class="podcast"><h2>Listen: Ferncliff Conversations</h2>""" + links(["Ep. 31 &ndash; Grief and the body|/podcast/31", "Ep. 30 &ndash; What integration is (and isn't)|/podcast/30", "Ep. 29 &ndash; A nurse's view of the dosing room|/podcast/29"]) + """</section>
<section class="newsletter"><h3>Quarterly letters from Ferncliff</h3><form><input type="email" placeholder="Email"><button>Join</button></form></section>
</main>
""" + footer([("Visit", ["2315 SE Division St, Portland, OR 97202|/visit", "Accessibility & parking|/visit#access"]),
              ("Practice", ["Careers|/careers", "Privacy practices|/privacy", "Good faith estimate|/gfe"]),
              ("Connect", ["Instagram", "Newsletter|/newsletter", "Contact|/contact"])],
             "Ferncliff Psychiatry &amp; Psychotherapy, PC &middot; We do not prescribe ketamine for use at home. &middot; &copy; 2026") + """
<script src="https://cdn.shopembed.example/buy-button.js" data-store="ferncliff" async></script>
""", noise="cookie")

p("h6340", "https://www.harborpinesrecovery.example/blog/is-it-safe-to-buy-ketamine-online", "informational", False, "en",
  "rehab-snippet", "", """
Is it safe to buy ketamine online? Short answer: no. Harbor Pines Recovery offers residential and outpatient treatment for ketamine and polysubstance use — most insurance accepted, call 24/7 to verify your benefits.
""", ext="txt")

save(OUT, R)
