# Batch 108 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The second half of the page". Every page opens looking like one kind of site and only its
# second half shows what the site really is: clinic guides that turn into a shop's order section,
# news-looking articles that end in a vendor's contact (and one that ends in a clinic's own contact),
# shop-looking pages (cart, prices, packages, gift cards) that turn out to be infusion clinics, a
# REMS centre or telehealth memberships with a clinician's video evaluation, seller-looking openings
# that are really government, harm-reduction, drug-checking, journalism or a law firm, forum threads
# where one reply is a vendor (the thread is a forum) or where the whole post is a vendor listing,
# and telehealth-looking pages that end in "no evaluation needed, ships in 24h". The label is what
# the site is, not what its first half looks like.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: 13 long pages (1,000+ words, with site chrome, menus, cookie banners, sidebars, footers,
# forum chrome), 15 medium pages and 12 short pages, three of them 1-4 sentence plain-text snippets
# (classified ad, app-store listing, price sheet).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch108.py (writes batch108/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch108")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ sellers (14)

p("h10801", "https://ketamine-care-guide.example/guides/your-first-infusion", "seller", True, "en",
  "clinic-guide-turns-into-order-section-long", "Your First Ketamine Infusion: The Complete Patient Guide (2026 Edition)", """
<header class="masthead">
<a class="brand" href="/">KetamineCare<span>Guide</span></a>
<nav><a href="/guides">Guides</a> <a href="/clinics">Find a Clinic</a> <a href="/conditions">Conditions</a> <a href="/order">Order</a> <a href="/faq">FAQ</a> <a href="/cart">Cart</a></nav>
</header>
<main class="article">
<p class="kicker">Patient guides &middot; Updated November 2026 &middot; 14 min read</p>
<h1>Your First Ketamine Infusion: The Complete Patient Guide</h1>
<p class="lede">If your doctor has mentioned ketamine, or you have seen a clinic open in your town, you probably have a lot of questions. What actually happens in the chair? Will you lose control? How much does it cost, and will insurance help? We put this guide together from conversations with patients, nurses and anaesthesia providers so you can walk in prepared.</p>

<h2>1. Why ketamine, and why now?</h2>
<p>Ketamine has been used as an anaesthetic since the 1960s. It is on the World Health Organization's list of essential medicines and is still a staple in emergency departments and field medicine because it keeps people breathing on their own. Over the last twenty years, researchers noticed that a much smaller dose, given slowly, could lift the mood of people with severe depression within hours rather than weeks. That observation led to hundreds of studies, a nasal form of esketamine approved for treatment-resistant depression, and a wave of infusion clinics that offer the generic drug off-label.</p>
<p>For most people, ketamine is not a first treatment. Clinics usually see patients who have tried two or more antidepressants, often alongside therapy, without enough relief. Others come for chronic pain conditions such as complex regional pain syndrome, for post-traumatic stress, or for suicidal thinking that needs a faster response than conventional medication can offer.</p>

<h2>2. Before you book: the consultation</h2>
<p>A reputable clinic will not put a line in your arm the first time you walk through the door. Expect an intake form that asks about your psychiatric history, current medications, blood pressure, heart problems, pregnancy, substance use and any history of psychosis. Many clinics ask for a letter or records from your psychiatrist or primary care doctor. Some will screen you with questionnaires like the PHQ-9 or GAD-7 so they can measure change over the series.</p>
<p>Conditions that may rule you out or need extra care include uncontrolled high blood pressure, recent heart attack or stroke, active psychosis or mania, some thyroid conditions and pregnancy. Be honest during this step. The consultation is where the team decides whether ketamine is safe for you, and what dose to start with.</p>

<h2>3. The day of your infusion</h2>
<p>Most clinics ask you not to eat for four to six hours beforehand, because ketamine can cause nausea. Clear fluids are usually fine until two hours before. Wear something comfortable, bring headphones if you like your own music, and arrange a ride home: you will not be allowed to drive until the next day.</p>
<p>When you arrive, a nurse checks your blood pressure, heart rate and oxygen level, places a small IV in your hand or arm, and attaches monitors. A typical antidepressant infusion runs for about 40 minutes at a dose based on your weight. Many clinics offer an anti-nausea medicine at the start.</p>

<h2>4. What it feels like</h2>
<p>Within ten minutes most people feel light, floaty or a little detached from their body. Colours and sounds may seem different. Some patients describe it as dreamlike; others simply feel very relaxed. At therapeutic doses you remain awake and able to talk, and staff are right there. The effect fades quickly once the drip stops, and most people feel close to normal within an hour, if a bit tired.</p>
<p>It is normal to feel anxious before the first session. Setting an intention, keeping your eyes closed and letting the music carry you helps many people. If you feel uncomfortable, tell the nurse: the rate can be slowed.</p>

<h2>5. The series and what comes after</h2>
<p>The most common protocol is six infusions over two to three weeks. Some patients notice a change after the first or second session; others only after the full series. Afterwards, many clinics suggest maintenance or "booster" infusions every few weeks to months, guided by how you feel. Pairing the treatment with therapy, sleep, movement and social contact seems to make the benefits last longer.</p>

<h2>6. What does it cost?</h2>
<p>In the United States a single infusion at a clinic usually costs between $400 and $800. A full series of six therefore runs $2,400 to $4,800, and most insurers do not cover off-label ketamine infusions. Esketamine nasal spray may be covered, but it is given in a certified office with two hours of observation each time, which means time off work. Waiting lists at busy clinics can stretch to six or eight weeks.</p>

<div class="callout">
<h2>Can't wait, can't afford it, or no clinic near you?</h2>
<p>This is the part the clinics won't tell you. The medicine in that IV bag is the same ketamine hydrochloride you can have at home for a fraction of the price, without waiting lists, referrals or sitting in a recliner for an afternoon. Since 2021 our supply partner has shipped to more than 40,000 customers.</p>
</div>

<section id="order" class="order-section">
<h2>Order ketamine for home use</h2>
<p><strong>No prescription needed.</strong> Skip the consultation. Fill in our 2-minute wellness form and your order is approved automatically. Everything ships from our domestic stock in plain, vacuum-sealed packaging with no pharmacy labels.</p>
<table class="prices">
<tr><th>Product</th><th>Strength</th><th>Quantity</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl nasal spray</td><td>100 mg/ml, 10 ml</td><td>1 bottle</td><td>$149</td><td><button>Add to cart</button></td></tr>
<tr><td>Ketamine HCl nasal spray</td><td>100 mg/ml, 10 ml</td><td>3 bottles</td><td>$389</td><td><button>Add to cart</button></td></tr>
<tr><td>Sublingual troches</td><td>150 mg</td><td>30 ct</td><td>$179</td><td><button>Add to cart</button></td></tr>
<tr><td>Injectable vials</td><td>500 mg/10 ml</td><td>5 vials</td><td>$260</td><td><button>Add to cart</button></td></tr>
<tr><td>Crystal (S-isomer)</td><td>&ge;99%</td><td>5 g</td><td>$210</td><td><button>Add to cart</button></td></tr>
</table>
<h3>How ordering works</h3>
<ol>
<li>Add products to your cart and check out. No ID upload, no doctor's note.</li>
<li>Pay with Bitcoin, Litecoin or USDT and receive an automatic 20% discount. Zelle and gift cards also accepted for returning customers.</li>
<li>Receive your tracking number by email within 24 hours. US orders arrive in 2&ndash;4 days; EU and UK in 5&ndash;9 days.</li>
</ol>
<h3>Our guarantees</h3>
<ul>
<li><strong>Stealth shipping.</strong> Double vacuum-sealed, odour-proof, inside an ordinary retail box. The return address is a generic fulfilment company.</li>
<li><strong>Free reship.</strong> If customs seizes your parcel we resend once at no cost. Just send us a photo of the seizure letter.</li>
<li><strong>Discreet billing.</strong> Card payments appear as "KC Wellness Supplies".</li>
</ul>
<h3>Dosing guidance for home use</h3>
<p>Start low. Most customers begin with 2&ndash;3 sprays (roughly 25&ndash;35 mg) in a calm setting with someone they trust nearby, and adjust from there. Do not combine with alcohol. Our support team on Telegram (<a href="https://t.me/kcguide_orders">@kcguide_orders</a>) can answer questions before and after you order, seven days a week.</p>
<p class="small">Bulk and wholesale pricing for resellers available on request. Minimum order 25 g.</p>
</section>

<section class="faq">
<h2>Order FAQ</h2>
<p><strong>Is it really the same as the clinic?</strong> Our products are pharmaceutical-grade ketamine hydrochloride sourced from licensed manufacturers overseas. Each batch comes with a certificate of analysis that we email on request.</p>
<p><strong>Do you ship to my state?</strong> We ship to all 50 states, Canada, the UK, the EU and Australia. Australian orders ship from a local reshipper to avoid delays.</p>
<p><strong>What if I have a health condition?</strong> Our wellness form asks a few questions, but we leave the decision to you. You know your body best.</p>
</section>
</main>
<footer>
<p>&copy; 2026 KetamineCare Guide. The information on this site is for educational purposes. Statements have not been evaluated by any regulator.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/refunds">Refunds</a> &middot; <a href="/wholesale">Wholesale</a></p>
</footer>
""", noise="cookie")

p("h10802", "https://dailyhealthwire.example/2026/11/18/ketamine-clinic-waitlists-grow", "seller", True, "en",
  "news-looking-article-ends-in-vendor-contact", "Ketamine Clinic Waitlists Grow as Demand Outpaces Supply | Daily Health Wire", """
<header><a class="logo" href="/">Daily Health Wire</a>
<nav><a href="/news">News</a> <a href="/mental-health">Mental Health</a> <a href="/policy">Policy</a> <a href="/wellness">Wellness</a></nav></header>
<article>
<p class="meta">Mental Health &middot; By Staff Writer &middot; November 18, 2026</p>
<h1>Ketamine Clinic Waitlists Grow as Demand Outpaces Supply</h1>
<p>Patients seeking ketamine treatment for depression are facing waits of up to three months in some regions, according to clinic operators, as interest in the therapy continues to climb faster than the number of providers trained to deliver it.</p>
<p>"We get forty or fifty new inquiries a week and we can take maybe ten," said the manager of one infusion practice in the Midwest. "The phone does not stop." Several clinics said they have stopped accepting new patients altogether until the spring.</p>
<p>The bottleneck is partly about staffing. Infusions require monitoring by nurses and, in many states, oversight by an anaesthesia provider or physician. Esketamine nasal spray, the branded version approved for treatment-resistant depression, must be given in certified settings with a two-hour observation period, which limits how many patients an office can see in a day.</p>
<p>Cost is another barrier. Most insurance plans still do not pay for off-label infusions, and patients report paying several thousand dollars out of pocket for an initial series.</p>
<p>Advocates say the gap leaves vulnerable people without options at a time when they need help quickly. "When someone has finally found the courage to try something new, being told to wait until March is devastating," said one patient who asked not to be named.</p>
<h2>Alternatives for readers</h2>
<p>Many readers have written to ask whether there is a faster way. While clinics catch up, a growing number of people are choosing to source their own medication. Daily Health Wire has worked with one supplier that readers consistently rate highly.</p>
<div class="sponsor-box">
<p><strong>KetaDirect</strong> &ndash; pharmaceutical-grade ketamine and esketamine spray, shipped overnight in discreet packaging. <strong>No prescription or doctor visit required.</strong> Readers of this site get 15% off their first order with code DHW15.</p>
<p>Contact: Telegram <a href="https://t.me/ketadirect_official">@ketadirect_official</a> &middot; WhatsApp +1 (302) 555-0148 &middot; Payment by crypto, Cash App or Apple gift cards.</p>
</div>
</article>
<aside><h3>Most read</h3><ul><li>Five signs your antidepressant isn't working</li><li>The truth about microdosing</li><li>How to sleep better in winter</li></ul></aside>
<footer>&copy; 2026 Daily Health Wire. Sponsored content may appear on this site.</footer>
""")

p("h10803", "https://mindreset-online.example/start", "seller", True, "en",
  "telehealth-looking-landing-ends-no-evaluation-short", "MindReset Online | At-home Ketamine Therapy", """
<header><a href="/">MindReset<sup>online</sup></a> <nav><a href="/how">How it works</a> <a href="/pricing">Pricing</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<h1>Feel like yourself again. From home.</h1>
<p>Online ketamine therapy for depression and anxiety, backed by licensed providers and a care team that checks in on you every week.</p>
<ul><li>Personalised dosing plan</li><li>Guided integration journal</li><li>Text support 7 days a week</li></ul>
<h2>Why wait?</h2>
<p><strong>No evaluation needed &ndash; ships in 24h.</strong> Choose your pack, check out, and your sublingual tablets or esketamine-equivalent nasal spray leave our warehouse the same day. 8-tablet pack $149 &middot; 2 sprays $189. Pay with card or crypto.</p>
<a class="btn" href="/checkout">Order now</a>
</main>
<footer>&copy; 2026 MindReset Online</footer>
""")

p("h10804", "https://darkpsych-forum.example/t/my-year-with-k-and-why-i-started-sourcing-menu-inside/8812", "seller", True, "en",
  "forum-thread-whole-post-is-vendor-listing-long", "My year with K, and why I started sourcing (menu inside) - Vendor Showcase - DarkPsych Forum", """
<header class="forum-head">
<a class="logo" href="/">DarkPsych<span>.forum</span></a>
<nav><a href="/latest">Latest</a> <a href="/c/trip-reports">Trip Reports</a> <a href="/c/harm-reduction">Harm Reduction</a> <a href="/c/vendor-showcase">Vendor Showcase</a> <a href="/c/reviews">Reviews</a> <a href="/login">Log in</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/c/vendor-showcase">Vendor Showcase</a> &rsaquo; Thread #8812</div>
<div class="thread">
<h1>My year with K, and why I started sourcing (menu inside)</h1>
<p class="thread-meta">Started by <strong>KrystalKingdom</strong> [Verified Vendor &#10003;] &middot; 2,418 views &middot; 63 replies &middot; pinned</p>

<div class="post op">
<div class="author"><strong>KrystalKingdom</strong><br>Verified Vendor<br>Joined: Mar 2023<br>Posts: 1,204<br>Rep: +412</div>
<div class="content">
<p>Long post, bear with me. A lot of you know me from the trip-report section, but for newer members here is the backstory.</p>
<p>Four years ago I was in a bad place. Two SSRIs, one SNRI, an augmentation with an antipsychotic that made me gain thirty pounds, and I was still waking up every morning wishing I hadn't. My psychiatrist at the time was kind but out of ideas. A friend who works in an ER mentioned ketamine and I went down the rabbit hole: the old Berman study, the Zarate papers, the esketamine trials. I found an infusion clinic two hours away and drove there six times in three weeks.</p>
<p>I'm not going to oversell it. The first infusion was strange and a bit scary. Somewhere around minute fifteen the ceiling tiles started to breathe and I felt like I was watching my life from the back row of a cinema. But the next morning I made breakfast. That sounds tiny. It wasn't. For the first time in maybe two years I noticed the taste of coffee.</p>
<p>The series worked for about seven weeks. Then the fog came back, and the clinic wanted $550 per booster. I did three boosters and ran out of money. Insurance laughed at me. I tried the nasal spray route, but the certified office near me had a waiting list of four months and needed my whole afternoon twice a week, which my job wasn't going to tolerate.</p>
<p>So like a lot of people here, I started figuring it out on my own. I read everything on this forum, learned about volumetric dosing, learned about bladder health, learned how to test. And I learned that most of what was floating around my city was cut garbage, or worse, some random analogue sold as K.</p>
<p>That's how this started. A small group of us pooled money to get something clean directly from a source, tested it ourselves, and shared it around. Word spread. Two years later I'm doing this properly, with proper stealth and proper customer service, because I know exactly what it is like to be the person who can't get help any other way.</p>

<h2>The menu (updated 1 Dec 2026)</h2>
<p>Everything is reagent-tested (Mandelin, Morris, Liebermann) and every batch gets sent to an independent lab. Reports posted in the <a href="/c/reviews">Reviews</a> subforum.</p>
<table class="menu">
<tr><th>Product</th><th>1 g</th><th>3.5 g</th><th>7 g</th><th>14 g</th><th>28 g</th></tr>
<tr><td>Ketamine HCl &ldquo;glass shards&rdquo; (racemic)</td><td>$45</td><td>$130</td><td>$230</td><td>$400</td><td>$720</td></tr>
<tr><td>S-Ketamine (esketamine) needle crystal</td><td>$60</td><td>$175</td><td>$310</td><td>$560</td><td>$980</td></tr>
<tr><td>R-Ketamine (arketamine), limited</td><td>$70</td><td>$210</td><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><td>2F-DCK (fluorodeschloroketamine)</td><td>$30</td><td>$90</td><td>$150</td><td>$260</td><td>$450</td></tr>
<tr><td>O-PCE</td><td>$40</td><td>$120</td><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td></tr>
</table>
<p>Pharma vials (Ketalar-type, 10 ml 50 mg/ml): $95 each, 5 for $400, while they last. Pre-measured nasal spray bottles available on request.</p>

<h2>Shipping</h2>
<ul>
<li><strong>US domestic:</strong> USPS Priority, ships Mon&ndash;Fri, 1&ndash;3 day delivery. Vacuum-sealed x3, MBB, decoy packaging. Free reship on any LE-related loss, 50% on anything else.</li>
<li><strong>EU:</strong> ships from inside the EU, 2&ndash;5 days. UK via our partner, 3&ndash;6 days.</li>
<li><strong>AU/CA:</strong> case by case, ask first.</li>
</ul>
<h2>Ordering</h2>
<p>Orders go through the forum escrow (<a href="/escrow">/escrow</a>) or directly for regulars. Payment in XMR only for direct orders; BTC accepted through escrow. Send your address PGP-encrypted, my key is in my profile. Do <strong>not</strong> send plain text addresses, I will delete them and refund you.</p>
<p>DM me here or on Session (ID in profile) for bulk. Anything 100 g+ is negotiable and I can do split shipments.</p>
<h2>Policies (read before ordering)</h2>
<ul>
<li>Orders placed before 2 pm ship the same day. Weekend orders ship Monday. I post tracking in your escrow thread within 24 hours.</li>
<li>No refunds for wrong addresses or for &ldquo;it didn&rsquo;t hit like I expected&rdquo;. Everyone reacts differently, which is exactly why you start low.</li>
<li>If you think something is off with a batch, send me your reagent photos and I will look into it. If the lab agrees, you get a full reship.</li>
<li>I don&rsquo;t sell to anyone who tells me they are under 18, and I don&rsquo;t ship to prisons, PO boxes or university mailrooms.</li>
<li>Repeat customers (3+ orders) get access to the private list with better pricing and the occasional pharma-grade esketamine nasal device when I can get them.</li>
</ul>
<h2>Quick dosing notes for newer people</h2>
<p>I&rsquo;m not a doctor and this isn&rsquo;t medical advice, but since people always ask: the S crystal is noticeably stronger per milligram than the racemic, so cut your usual amount by about a third. 2F-DCK lasts longer and comes on slower, so don&rsquo;t redose because you think nothing is happening. Weigh everything. Volumetric is your friend. Never mix with alcohol or benzos, and never use in the bath.</p>
<p>Stay safe, test everything (yes, even mine), start low, and please take care of your bladder. Love to this community.</p>
</div>
</div>

<div class="post"><div class="author"><strong>vaporwave_ghost</strong><br>Member</div>
<div class="content"><p>Can vouch. Ordered the S 7g last month, landed in 2 days, stealth was so good I almost threw it out. Reagents matched. 10/10 will reorder.</p></div></div>

<div class="post"><div class="author"><strong>lowandslow</strong><br>Member</div>
<div class="content"><p>Got the shards twice, both times clean and on time. Customer service answered at 2 am. This is the only vendor I trust since the last one exit-scammed.</p></div></div>

<div class="post"><div class="author"><strong>neuro_nomad</strong><br>Member</div>
<div class="content"><p>Any chance of restocking R? Also do you ship to Ireland?</p></div></div>

<div class="post"><div class="author"><strong>KrystalKingdom</strong><br>Verified Vendor</div>
<div class="content"><p>@neuro_nomad R back next week, Ireland yes via EU route. DM me. Holiday special: 10% off everything over $300 through 31 Dec, and a free 1 g of 2F with every 14 g order.</p></div></div>

<div class="post"><div class="author"><strong>feelingbetter88</strong><br>Member</div>
<div class="content"><p>Just want to say thank you. Couldn't afford the clinic anymore and this has literally kept me alive this year.</p></div></div>

<div class="post"><div class="author"><strong>cautious_carl</strong><br>Member</div>
<div class="content"><p>First-timer question: is escrow here safe? Last time I sent BTC directly to someone on another board and never heard back.</p></div></div>

<div class="post"><div class="author"><strong>KrystalKingdom</strong><br>Verified Vendor</div>
<div class="content"><p>@cautious_carl escrow is run by the forum admins, funds release on your confirmation or after 14 days. New buyers should always use it. Send me a DM when you're ready and I'll walk you through it.</p></div></div>
<p class="pager">Page 1 of 7 &middot; <a href="?page=2">Next &rsaquo;</a></p>
</div>
<footer><p>DarkPsych Forum &middot; <a href="/rules">Rules</a> &middot; <a href="/vendor-application">Become a vendor</a> &middot; <a href="/escrow">Escrow</a> &middot; Listing fees support the site.</p></footer>
""")

p("h10805", "https://saferkit.example/learn/ketamine-safety-101", "seller", True, "en",
  "harm-reduction-looking-guide-ends-in-order-contact", "Ketamine Safety 101 | SaferKit", """
<header><a href="/">SaferKit</a> <nav><a href="/learn">Learn</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine Safety 101</h1>
<p>Whether it is your first time or your fiftieth, a few simple habits make ketamine much safer. We are a small team of people who use drugs and care about people who use drugs. Here is what we wish someone had told us.</p>
<h2>Test what you have</h2>
<p>A lot of what is sold as ketamine is something else: deschloroketamine, 2F-DCK, MXE, or plain cutting agents. Reagent kits (Mandelin, Morris) are cheap and take two minutes.</p>
<h2>Dose carefully</h2>
<p>Ketamine's effects scale steeply. Weigh with a milligram scale rather than eyeballing a line, start with a small amount and wait at least 20 minutes before redosing. Avoid combining with alcohol, GHB, benzodiazepines or opioids: the risk of choking on vomit or breathing problems goes up sharply.</p>
<h2>Set, setting and a sitter</h2>
<p>Use sitting or lying down, somewhere safe, away from water and stairs. A sober friend is the best safety tool there is.</p>
<h2>Look after your bladder</h2>
<p>Regular use can damage the bladder. If you notice pain when peeing, needing to go constantly, or blood, stop and see a doctor. Drink water, and take breaks.</p>
<hr>
<h2>Or skip the guesswork entirely</h2>
<p>Tired of testing mystery powder? Everything we sell is lab-verified 99.8% pure S-ketamine crystal with a batch report. No cuts, no analogues, no prescription needed.</p>
<ul class="prices"><li>1 g &ndash; $55</li><li>5 g &ndash; $140</li><li>10 g &ndash; $250</li><li>28 g &ndash; $560</li></ul>
<p>Orders on Session only (ID: 05a3f9c1e7&hellip;) or Signal (@saferkit.07). Monero and Bitcoin only. Ships discreetly within the US and EU; free reship if seized. Every order comes with a free reagent kit.</p>
</main>
<footer>&copy; SaferKit. Adults 21+ only.</footer>
""", noise="cookie")

p("h10806", "https://citylistings.example/phoenix/health-beauty/ketamine-therapy-at-home-skip-the-clinic-4417", "seller", True, "en",
  "classified-ad-clinic-wording-then-dm-for-pricing-txt", "Ketamine therapy at home - skip the clinic $$$", """
Ketamine therapy at home - skip the clinic $$$ (Phoenix / ships nationwide)

Depression, PTSD, chronic pain? Clinics charge $600 a session and make you wait months. Same medicine, same relief, your own couch.

Vials, nasal spray and crystal in stock. No script, no appointment. Cash App / Zelle / BTC. Text 602-555-0193 or DM @kvibes_az for pricing. Discreet meetup in Phoenix metro or overnight shipping.
""", ext="txt")

p("h10807", "https://greenvalley-animal-care.example/pharmacy/ketamine-hcl-100mg-ml-injection", "seller", True, "en",
  "vet-clinic-looking-page-then-no-rx-vial-shop", "Ketamine HCl 100 mg/ml Injection | Green Valley Animal Care Pharmacy", """
<header><a href="/">Green Valley Animal Care</a>
<nav><a href="/services">Services</a> <a href="/pet-tips">Pet Tips</a> <a href="/pharmacy">Pharmacy</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Anaesthesia and Your Pet: What Owners Should Know</h1>
<p>If your dog or cat needs surgery or a dental cleaning, your veterinarian will almost certainly use anaesthesia. Ketamine has been a mainstay of veterinary anaesthesia for decades because it provides pain relief and sedation while keeping breathing and blood pressure relatively stable. It is usually combined with a sedative such as xylazine, medetomidine or midazolam.</p>
<p>Before any procedure, a good practice will run bloodwork, check heart and kidney function and ask you to withhold food the night before. After surgery, pets may be wobbly or vocal for a few hours as the drug wears off. Keep them warm and quiet, and call us if anything seems wrong.</p>
<h2>Ketamine HCl 100 mg/ml &ndash; 10 ml multi-dose vial</h2>
<div class="product">
<p class="price">$89.00 per vial &middot; 5 vials $395 &middot; 10 vials $720</p>
<p class="stock">In stock &ndash; ships worldwide</p>
<ul>
<li>Genuine veterinary ketamine, sealed vials, long expiry</li>
<li><strong>No veterinary prescription required</strong> &ndash; suitable for hobby breeders, farms and personal stock</li>
<li>Pay by bitcoin for 10% off, or bank transfer</li>
<li>Discreet packaging, customs-friendly declaration</li>
</ul>
<button>Add to cart</button>
<p class="note">Questions? WhatsApp our pharmacy desk: +44 7700 900412</p>
</div>
</main>
<footer>&copy; 2026 Green Valley Animal Care. All orders final.</footer>
""")

p("h10808", "https://arylchem-review.example/articles/arylcyclohexylamines-a-pharmacology-overview", "seller", True, "en",
  "pharmacology-review-turns-into-research-chemical-shop-long", "Arylcyclohexylamines: A Pharmacology Overview | ArylChem Review", """
<header class="site">
<a class="logo" href="/">ArylChem <em>Review</em></a>
<nav><a href="/articles">Articles</a> <a href="/compounds">Compound Index</a> <a href="/reference-materials">Reference Materials</a> <a href="/about">About</a> <a href="/basket">Basket (0)</a></nav>
</header>
<main>
<article>
<p class="meta">Review article &middot; Last revised October 2026 &middot; approx. 18 min read</p>
<h1>Arylcyclohexylamines: A Pharmacology Overview</h1>
<h2>Introduction</h2>
<p>The arylcyclohexylamines are a class of compounds built around a cyclohexane ring carrying both an aromatic ring and an amine on the same carbon. The family was born in the pharmaceutical laboratories of the 1950s, when chemists at Parke-Davis synthesised phencyclidine (PCP) while searching for a better general anaesthetic. PCP produced profound analgesia and a peculiar state of detachment, which its developers called "dissociative" anaesthesia, but emergence reactions &mdash; agitation, hallucinations and delirium lasting hours &mdash; made it unsuitable for human use.</p>
<p>The search for a shorter-acting relative led Calvin Stevens to synthesise ketamine in 1962. Ketamine is roughly a tenth as potent as PCP at its main target, has a far shorter half-life and produces briefer emergence phenomena. It was approved for clinical use in 1970 and became a field anaesthetic in the Vietnam War. Today it remains on the WHO Model List of Essential Medicines.</p>
<h2>Structure-activity relationships</h2>
<p>Three features largely determine how an arylcyclohexylamine behaves. The first is the aryl group: PCP carries an unsubstituted phenyl ring, while ketamine has a chlorine in the ortho position. Moving or replacing that halogen changes potency and duration; removing it entirely gives deschloroketamine (DCK), which is reported to be markedly more potent and longer-lasting than ketamine, and replacing it with fluorine gives 2-fluorodeschloroketamine (2F-DCK).</p>
<p>The second feature is the amine. Ketamine is a secondary amine with a single N-methyl group; swapping in an ethyl group produces compounds such as methoxetamine (MXE), which additionally carries a 3-methoxy group on the aryl ring and a ketone on the cyclohexane ring. Tertiary amines such as the piperidine ring of PCP tend to be more potent and longer acting.</p>
<p>The third is the cyclohexane ring itself. The 2-oxo group that ketamine and MXE share shortens duration, probably by offering a site for metabolism. Compounds without it, such as PCP and its 3-methoxy analogue 3-MeO-PCP, tend to last many hours.</p>
<h2>Mechanism of action</h2>
<p>The primary target of the class is the N-methyl-D-aspartate (NMDA) receptor, a glutamate-gated ion channel central to synaptic plasticity, learning and pain transmission. Arylcyclohexylamines bind inside the channel pore at the so-called PCP site and block the flow of calcium ions, but only when the channel is open. This "use-dependent" or "trapping" block is why their effects depend so much on the level of ongoing neural activity.</p>
<p>Beyond NMDA antagonism, individual compounds differ. PCP and some of its analogues inhibit dopamine reuptake and bind sigma receptors. Ketamine has weak activity at opioid receptors and at HCN1 channels, and its metabolite (2R,6R)-hydroxynorketamine has been studied for antidepressant effects that may not depend on NMDA blockade at all. MXE and 3-MeO-PCP have notable serotonin transporter affinity, which may explain reports of mood elevation and a risk of serotonergic interactions.</p>
<h2>The antidepressant story</h2>
<p>In 2000 Berman and colleagues reported that a single sub-anaesthetic infusion of ketamine reduced depressive symptoms within hours. Subsequent trials confirmed the effect, which typically fades over one to two weeks. Proposed mechanisms include a surge of glutamate release when inhibitory interneurons are blocked, activation of AMPA receptors, release of brain-derived neurotrophic factor and rapid growth of dendritic spines in the prefrontal cortex. The S-enantiomer, esketamine, was approved as a nasal spray for treatment-resistant depression in 2019. Interest in the R-enantiomer, arketamine, continues after preclinical work suggested longer-lasting effects with fewer dissociative side effects, although early human results have been mixed.</p>
<h2>Pharmacokinetics and metabolism</h2>
<p>Ketamine is metabolised mainly by CYP3A4 and CYP2B6 to norketamine, which is itself active, and then to hydroxylated metabolites. Oral bioavailability is low (around 16&ndash;20%) because of first-pass metabolism, which is why clinical routes are intravenous, intramuscular and intranasal. Analogues differ widely: 2F-DCK and DCK appear to be metabolised more slowly, and MXE has a half-life of several hours.</p>
<h2>Toxicity</h2>
<p>Acute toxicity of ketamine in clinical settings is low, but the recreational use of the class carries real risks. Dissociation impairs coordination and awareness of danger, leading to falls, drowning and accidents. Chronic heavy ketamine use is strongly associated with ulcerative cystitis ("ketamine bladder"), upper urinary tract damage, biliary dilatation and cognitive complaints. MXE has been linked to cerebellar toxicity in case reports. Combining any of these compounds with depressants raises the risk of respiratory compromise.</p>
<h2>Legal status</h2>
<p>Ketamine is a controlled medicine in most countries (Schedule III in the United States, Class B in the United Kingdom). PCP is Schedule II. Esketamine nasal spray is additionally restricted in many jurisdictions to administration in certified healthcare settings, and veterinary ketamine products are subject to the same controls as human formulations. International scheduling of ketamine under the 1971 Convention has been proposed several times and rejected each time by the WHO Expert Committee on Drug Dependence, which cited its importance as an anaesthetic in low-resource settings.</p>
<p> Many newer analogues have been controlled individually or under generic or analogue legislation in the UK, much of the EU and China, while their status elsewhere varies and changes frequently.</p>
<h2>Conclusion</h2>
<p>The arylcyclohexylamines remain among the most pharmacologically interesting drug classes, spanning anaesthesia, rapid-acting antidepressants and a steady stream of novel compounds. Careful study of their structure-activity relationships continues to inform the design of safer glutamatergic medicines.</p>
</article>

<section id="reference-materials" class="shop">
<h2>Source reference materials for your lab</h2>
<p>ArylChem Review is supported by our reference materials store. We supply analytical-grade arylcyclohexylamines to researchers, universities and independent laboratories worldwide. <strong>No licence, account approval or end-user certificate required</strong> &mdash; simply add to basket and check out.</p>
<table>
<tr><th>Compound</th><th>Purity</th><th>1 g</th><th>5 g</th><th>10 g</th><th>25 g</th><th></th></tr>
<tr><td>2F-DCK HCl</td><td>99.5%</td><td>&euro;25</td><td>&euro;90</td><td>&euro;150</td><td>&euro;300</td><td><button>Add to basket</button></td></tr>
<tr><td>Deschloroketamine (DCK) HCl</td><td>99.3%</td><td>&euro;28</td><td>&euro;100</td><td>&euro;170</td><td>&euro;340</td><td><button>Add to basket</button></td></tr>
<tr><td>Ketamine HCl (racemic)</td><td>99.8%</td><td>&euro;40</td><td>&euro;150</td><td>&euro;260</td><td>&euro;520</td><td><button>Add to basket</button></td></tr>
<tr><td>Esketamine HCl</td><td>99.6%</td><td>&euro;55</td><td>&euro;210</td><td>&euro;370</td><td>&ndash;</td><td><button>Add to basket</button></td></tr>
<tr><td>O-PCE HCl</td><td>99.1%</td><td>&euro;35</td><td>&euro;130</td><td>&ndash;</td><td>&ndash;</td><td><button>Add to basket</button></td></tr>
<tr><td>3-MeO-PCP HCl</td><td>99.0%</td><td>&euro;30</td><td>&euro;110</td><td>&euro;190</td><td>&ndash;</td><td><button>Add to basket</button></td></tr>
</table>
<p>Free shipping on orders over &euro;150. EU orders dispatched from the Netherlands, worldwide orders from Hong Kong. Discreet, vacuum-sealed packaging; if a parcel is stopped at customs we reship free of charge. We accept Bitcoin, Monero, SEPA transfer and Revolut.</p>
<p class="disclaimer"><strong>All products are sold for research purposes only and are not for human consumption.</strong> By placing an order you confirm you are over 18 and a qualified researcher. We do not give dosage advice.</p>
</section>
</main>
<footer>&copy; 2026 ArylChem Review &middot; <a href="/terms">Terms of sale</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact (Telegram @arylchem_support)</a></footer>
""", noise="cookie")

p("h10809", "https://terapiaketamina-guia.example/es/guia-terapia-ketamina", "seller", True, "es",
  "guia-clinica-que-termina-en-seccion-de-pedidos", "Guía de la terapia con ketamina en España | TerapiaKetamina", """
<header><a href="/es/">TerapiaKetamina</a> <nav><a href="/es/guia">Guía</a> <a href="/es/clinicas">Clínicas</a> <a href="/es/pedidos">Pedidos</a> <a href="/es/contacto">Contacto</a></nav></header>
<main>
<h1>Guía de la terapia con ketamina en España</h1>
<p>La ketamina es un anestésico que, a dosis bajas, ha demostrado un efecto antidepresivo rápido en personas con depresión resistente. En España la esketamina en espray nasal está aprobada y se administra en el hospital o en centros autorizados, bajo vigilancia del personal sanitario durante al menos dos horas. Algunas clínicas privadas ofrecen además infusiones intravenosas de ketamina fuera de ficha técnica.</p>
<h2>¿Quién puede recibirla?</h2>
<p>Suele indicarse a adultos que no han mejorado con al menos dos antidepresivos. Antes del tratamiento, el psiquiatra valora la tensión arterial, los antecedentes de psicosis o de consumo de sustancias y la medicación actual.</p>
<h2>¿Cuánto cuesta?</h2>
<p>En la sanidad pública la esketamina está financiada con condiciones, pero las listas de espera pueden superar los seis meses. En clínicas privadas, cada infusión cuesta entre 350 y 600 euros.</p>
<h2>La alternativa sin esperas</h2>
<p>Si no quieres esperar meses ni pagar miles de euros, te la enviamos a casa. <strong>Sin receta y sin consulta previa.</strong></p>
<section id="pedidos">
<h2>Hacer un pedido</h2>
<ul>
<li>Ketamina líquida (viales 50 mg/ml, 10 ml) &ndash; 70 &euro; / vial, 5 viales 300 &euro;</li>
<li>Ketamina en cristal, 5 g &ndash; 180 &euro;</li>
<li>Espray nasal de esketamina preparado &ndash; 160 &euro;</li>
</ul>
<p>Envío discreto en 24&ndash;48 h a toda la península, Baleares y Portugal. Paquete sin logotipos. Pago por Bizum, transferencia o criptomonedas (5 % de descuento).</p>
<p>Pedidos por WhatsApp: <a href="https://wa.me/34600000917">+34 600 000 917</a> o Telegram @terapiaK_es. Respondemos en menos de una hora.</p>
</section>
</main>
<footer>&copy; 2026 TerapiaKetamina &middot; Aviso legal &middot; Política de privacidad</footer>
""", noise="cookie-es")

p("h10810", "https://gesundheit-aktuell-magazin.example/psyche/esketamin-nasenspray-was-patienten-wissen-muessen", "seller", True, "de",
  "news-artikel-endet-mit-haendlerkontakt-lang", "Esketamin-Nasenspray: Was Patientinnen und Patienten jetzt wissen müssen | Gesundheit Aktuell", """
<header class="kopf">
<a class="logo" href="/">Gesundheit <strong>Aktuell</strong></a>
<nav><a href="/psyche">Psyche</a> <a href="/medizin">Medizin</a> <a href="/politik">Gesundheitspolitik</a> <a href="/ernaehrung">Ernährung</a> <a href="/ratgeber">Ratgeber</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main>
<article>
<p class="rubrik">Psyche &middot; 27. November 2026 &middot; Lesezeit 12 Minuten</p>
<h1>Esketamin-Nasenspray: Was Patientinnen und Patienten jetzt wissen müssen</h1>
<p class="teaser">Seit einigen Jahren steht Menschen mit schwer behandelbarer Depression in Deutschland ein Nasenspray mit dem Wirkstoff Esketamin zur Verfügung. Viele Betroffene setzen große Hoffnungen darauf &ndash; doch der Weg zur Behandlung ist oft lang. Ein Überblick über Wirkung, Ablauf, Kosten und Wartezeiten.</p>

<h2>Was ist Esketamin?</h2>
<p>Esketamin ist das sogenannte S-Enantiomer des Narkosemittels Ketamin, also eine von zwei spiegelbildlichen Formen desselben Moleküls. Ketamin wird seit Jahrzehnten in der Anästhesie und in der Notfallmedizin eingesetzt. Anfang der 2000er-Jahre zeigten Studien, dass eine niedrige Dosis bei schwer depressiven Menschen innerhalb weniger Stunden zu einer deutlichen Besserung der Stimmung führen kann &ndash; ein Effekt, der bei klassischen Antidepressiva oft erst nach Wochen eintritt.</p>
<p>Auf dieser Grundlage wurde ein Nasenspray entwickelt, das 2019 in der Europäischen Union zugelassen wurde. Es ist für Erwachsene mit einer sogenannten therapieresistenten Depression gedacht, die auf mindestens zwei unterschiedliche Antidepressiva nicht ausreichend angesprochen haben. Das Spray wird immer zusammen mit einem oralen Antidepressivum angewendet. Später kam eine Zulassung für die akute Kurzzeitbehandlung bei psychiatrischen Notfällen hinzu.</p>

<h2>Wie läuft die Behandlung ab?</h2>
<p>Anders als viele andere Medikamente bekommen Patientinnen und Patienten Esketamin nicht in der Apotheke ausgehändigt, um es zu Hause anzuwenden. Die Anwendung erfolgt ausschließlich in einer Praxis oder Klinik unter Aufsicht von medizinischem Fachpersonal. Vor jeder Gabe wird der Blutdruck gemessen, denn der Wirkstoff kann ihn vorübergehend deutlich erhöhen. Anschließend sprühen sich die Patienten das Medikament selbst in die Nase, in der Regel zwei oder drei Geräte im Abstand von je fünf Minuten.</p>
<p>Danach bleiben sie mindestens zwei Stunden zur Beobachtung. In dieser Zeit können Schwindel, Übelkeit, Benommenheit und vor allem ein Gefühl der Loslösung von Körper und Umgebung auftreten, das Fachleute als Dissoziation bezeichnen. Diese Effekte klingen meist innerhalb von ein bis zwei Stunden ab. Am Behandlungstag dürfen die Betroffenen nicht mehr selbst Auto fahren.</p>
<p>In den ersten vier Wochen sind in der Regel zwei Anwendungen pro Woche vorgesehen, danach eine wöchentliche und später eine zweiwöchentliche Gabe. Ob und wie lange die Behandlung fortgesetzt wird, entscheidet die behandelnde Psychiaterin oder der behandelnde Psychiater anhand des Verlaufs.</p>

<h2>Wie gut wirkt es?</h2>
<p>In den Zulassungsstudien sprach ein Teil der Patientinnen und Patienten schneller und häufiger an als unter einem Scheinmedikament in Kombination mit einem neuen Antidepressivum. Der Unterschied fiel allerdings in einigen Studien kleiner aus als erhofft, und nicht alle Untersuchungen erreichten ihr Hauptziel. Fachgesellschaften sehen Esketamin deshalb als zusätzliche Option für eine klar umrissene Gruppe, nicht als Wundermittel. "Für manche Menschen ist es ein Türöffner, für andere ändert es wenig", sagt eine Oberärztin einer psychiatrischen Universitätsklinik, die namentlich nicht genannt werden möchte.</p>
<p>Wichtig sei, die Behandlung in ein Gesamtkonzept einzubetten, betonen Expertinnen und Experten. Dazu gehören Psychotherapie, eine Überprüfung der bisherigen Medikation, Schlaf, Bewegung und soziale Unterstützung.</p>

<h2>Wer bezahlt?</h2>
<p>Die gesetzlichen Krankenkassen übernehmen die Kosten, wenn die Voraussetzungen der Zulassung erfüllt sind. Allerdings ist der organisatorische Aufwand für Praxen erheblich: Sie brauchen Räume, in denen Patienten zwei Stunden lang überwacht werden können, und Personal, das während dieser Zeit verfügbar ist. Nicht jede psychiatrische Praxis kann das leisten. Vor allem in ländlichen Regionen gibt es deshalb nur wenige Anbieter.</p>
<p>Die intravenöse Gabe von Ketamin gegen Depressionen, wie sie einige Privatkliniken anbieten, ist dagegen eine Anwendung außerhalb der Zulassung ("Off-Label-Use"). Sie wird in der Regel nicht von den Kassen erstattet. Eine Infusionsserie kann mehrere Tausend Euro kosten.</p>

<h2>Lange Wartezeiten</h2>
<p>Betroffene berichten von Wartezeiten von drei bis sechs Monaten, bevor sie überhaupt einen Termin für ein Vorgespräch bekommen. Hinzu kommt, dass zunächst belegt werden muss, dass zwei Antidepressiva in ausreichender Dosis und Dauer keine Besserung gebracht haben. Für Menschen in einer akuten Krise ist das eine enorme Belastung.</p>
<p>Eine Umfrage eines Patientenverbands unter rund 800 Betroffenen ergab, dass fast die Hälfte mehr als zwanzig Kilometer bis zur nächsten Praxis mit Esketamin-Angebot fahren müsste. Weil am Behandlungstag nicht selbst gefahren werden darf, sind viele auf Angehörige angewiesen, die sich dafür zweimal pro Woche freinehmen müssen.</p>
<p>Patientenverbände fordern daher mehr Behandlungsplätze und eine bessere Vergütung für die aufwendige Überwachung. Auch die Kassenärztlichen Vereinigungen sehen Handlungsbedarf. Bis sich etwas ändert, dürften die Engpässe aber bestehen bleiben.</p>

<h2>Risiken und Nebenwirkungen</h2>
<p>Neben der Dissoziation und dem Blutdruckanstieg gehören Kopfschmerzen, Geschmacksstörungen und Müdigkeit zu den häufigen Nebenwirkungen. Menschen mit bestimmten Herz-Kreislauf-Erkrankungen, einer Vorgeschichte von Hirnblutungen oder aktiven Psychosen sollten Esketamin nicht erhalten. Weil Ketamin auch als Partydroge missbraucht wird, achten Ärztinnen und Ärzte zudem auf Hinweise auf eine Suchterkrankung. Dauerhafter, hochdosierter Konsum von Ketamin kann außerdem die Harnblase schwer schädigen.</p>

<h2>Was tun in der Wartezeit?</h2>
<p>Fachleute raten, die Wartezeit aktiv zu nutzen. Oft lohnt es sich, die bisherige Medikation noch einmal gemeinsam mit der Hausärztin oder dem Psychiater zu überprüfen: Wurde das Antidepressivum lange genug und in ausreichender Dosis eingenommen? Kommt eine Kombination oder eine Augmentation, etwa mit Lithium, infrage? Auch andere Verfahren wie die repetitive transkranielle Magnetstimulation oder die Elektrokonvulsionstherapie, die besser ist als ihr Ruf, können bei schweren Verläufen helfen.</p>
<p>Wer sich in einer akuten Krise befindet, sollte nicht auf einen Termin warten, sondern sich an die nächste psychiatrische Klinik, den ärztlichen Bereitschaftsdienst unter 116 117 oder die Telefonseelsorge wenden. Viele Kliniken haben Ambulanzen, in denen auch kurzfristig Gespräche möglich sind. Angehörige können sich ebenfalls beraten lassen, zum Beispiel bei Selbsthilfegruppen und Angehörigenverbänden.</p>

<h2>Fazit</h2>
<p>Esketamin ist eine wichtige Ergänzung für Menschen, denen bisherige Behandlungen nicht geholfen haben. Die Anwendung unter Aufsicht ist aufwendig, aber sie dient der Sicherheit. Wer Interesse hat, sollte das Gespräch mit der behandelnden Psychiaterin oder dem behandelnden Psychiater suchen und sich auf eine gewisse Wartezeit einstellen.</p>
</article>

<aside class="anzeige">
<p class="label">Anzeige</p>
<h2>Sie wollen nicht monatelang warten?</h2>
<p>Unser Partner <strong>EskaDirekt</strong> liefert Esketamin-Nasenspray (28 mg pro Gerät, Originalware) und Ketamin-Ampullen direkt zu Ihnen nach Hause &ndash; <strong>ohne Rezept, ohne Arzttermin, ohne Wartezeit</strong>. Versand innerhalb der EU in 2&ndash;4 Werktagen, neutral verpackt, ohne Absender einer Apotheke.</p>
<ul>
<li>3 Nasensprays: 240 &euro; &middot; 6 Nasensprays: 440 &euro;</li>
<li>Ketamin 500 mg/10 ml, 5 Ampullen: 210 &euro;</li>
<li>Bezahlung per Bitcoin, USDT oder Paysafecard</li>
</ul>
<p>Bestellung und Beratung ausschließlich über Telegram: <a href="https://t.me/eskadirekt">@eskadirekt</a> oder Threema-ID 8KX4PQ2M. Bei Zollverlust kostenloser Neuversand.</p>
</aside>

<section class="kommentare"><h3>Kommentare (4)</h3>
<p><strong>Miriam K.:</strong> Danke für den Artikel. Ich warte seit fünf Monaten auf einen Platz.</p>
<p><strong>Jens:</strong> Hab über den Kontakt oben bestellt, kam nach drei Tagen. Endlich.</p>
</section>
</main>
<footer>&copy; 2026 Gesundheit Aktuell &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Dieser Artikel ersetzt keine ärztliche Beratung.</footer>
""", noise="cookie-de")

p("h10811", "https://teleconsult-ketamine.example/fr/commencer", "seller", True, "fr",
  "teleconsultation-qui-finit-sans-evaluation-court", "Téléconsultation kétamine | TéléKeta", """
<header><a href="/fr/">TéléKeta</a> <nav><a href="/fr/comment">Comment ça marche</a> <a href="/fr/tarifs">Tarifs</a></nav></header>
<main>
<h1>Traitement par kétamine, depuis chez vous</h1>
<p>Dépression, anxiété, stress post-traumatique : nos médecins partenaires accompagnent des milliers de patients en France, en Belgique et en Suisse grâce à la téléconsultation.</p>
<p><strong>Aucune évaluation nécessaire. Expédition sous 24 h.</strong> Choisissez votre flacon de spray nasal (kétamine 100 mg/ml, 89 &euro;) ou votre boîte de comprimés sublinguaux (119 &euro;), payez par carte ou en crypto, et recevez votre colis discret en 48 h.</p>
<a class="btn" href="/fr/panier">Commander</a>
</main>
<footer>&copy; 2026 TéléKeta</footer>
""", noise="cookie-fr")

p("h10812", "https://tripforum-nl.example/topic/12044-mijn-ervaring-met-ketamine-en-nieuwe-lijst-december/", "seller", True, "nl",
  "forumtopic-hele-post-is-verkopersaanbod", "Mijn ervaring met ketamine + nieuwe lijst december - Tripforum NL", """
<header><a href="/">Tripforum<strong>NL</strong></a> <nav><a href="/forum/ervaringen">Ervaringen</a> <a href="/forum/veilig-gebruik">Veilig gebruik</a> <a href="/forum/marktplaats">Marktplaats</a> <a href="/login">Inloggen</a></nav></header>
<div class="crumbs">Forum &rsaquo; Marktplaats &rsaquo; Aanbod</div>
<div class="topic">
<h1>Mijn ervaring met ketamine + nieuwe lijst december</h1>
<div class="post">
<div class="user"><strong>Kdokter_NL</strong><br>Geverifieerde verkoper<br>Berichten: 388</div>
<div class="body">
<p>Hoi allemaal. Eerst even mijn verhaal, want veel nieuwe leden vragen waarom ik dit doe.</p>
<p>Ik heb jaren met een zware depressie gezeten. Via de GGZ stond ik maanden op een wachtlijst en toen ik eindelijk bij een psychiater zat, mocht ik pas esketamine proberen na nog twee antidepressiva. Uiteindelijk heb ik het zelf geregeld en dat heeft me erdoorheen gesleept. Sindsdien help ik mensen die hetzelfde meemaken.</p>
<p>Belangrijk: begin laag, gebruik niet alleen, niet met alcohol, en let op je blaas.</p>
<h2>Lijst december</h2>
<ul>
<li>Ketamine (naalden, getest) &ndash; 1 g &euro; 30 / 5 g &euro; 120 / 10 g &euro; 210</li>
<li>S-ketamine &ndash; 1 g &euro; 40 / 5 g &euro; 170</li>
<li>2F-DCK &ndash; 5 g &euro; 75</li>
<li>Ketamine-ampullen (50 mg/ml) &ndash; &euro; 60 per stuk</li>
</ul>
<p>Verzending met PostNL in dubbel vacuüm, brievenbuspakje zonder afzender. Ook België en Duitsland. Ophalen in Utrecht kan ook.</p>
<p>Betalen met Bitcoin of Monero, voor vaste klanten ook Tikkie. Bestellen via Signal of Telegram (@kdokter_nl), niet via PB hier. Geen recept nodig, geen vragen.</p>
</div></div>
<div class="post"><div class="user"><strong>vlindertje93</strong></div><div class="body"><p>Vorige maand 5 g besteld, binnen twee dagen in de bus. Top kwaliteit.</p></div></div>
<div class="post"><div class="user"><strong>maanwandelaar</strong></div><div class="body"><p>Stuur je ook naar Antwerpen?</p></div></div>
<div class="post"><div class="user"><strong>Kdokter_NL</strong></div><div class="body"><p>@maanwandelaar ja, &euro; 5 extra verzendkosten. Stuur me even een bericht op Signal.</p></div></div>
</div>
<footer>Tripforum NL &middot; Regels &middot; Advertentieplaatsing voor verkopers: neem contact op met de beheerders.</footer>
""", noise="cookie-nl")

p("h10813", "https://clinicarenovar-cetamina.example/tratamento", "seller", True, "pt",
  "pagina-de-clinica-que-vende-sem-receita-curta", "Clínica Renovar | Tratamento com Cetamina", """
<header><a href="/">Clínica Renovar</a> <nav><a href="/tratamento">Tratamento</a> <a href="/loja">Loja</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Tratamento com cetamina para depressão e ansiedade</h1>
<p>A cetamina é um dos tratamentos mais modernos para a depressão resistente. Nossa equipe acompanha pacientes de todo o Brasil com carinho e discrição.</p>
<h2>Receba em casa</h2>
<p><strong>Sem receita e sem consulta.</strong> Cetamina injetável (frasco 10 ml) R$ 390, spray nasal R$ 450. Entrega discreta em todo o Brasil em até 3 dias úteis. Pagamento via Pix ou cripto. Peça pelo WhatsApp (11) 95555-0172.</p>
</main>
<footer>&copy; 2026 Clínica Renovar</footer>
""", noise="cookie-pt")

p("h10814", "https://ketamina-guida.example/it/guida-ketamina-depressione", "seller", True, "it",
  "guida-informativa-che-finisce-con-ordina-ora", "Ketamina e depressione: la guida completa | KetaGuida", """
<header><a href="/it/">KetaGuida</a> <nav><a href="/it/guida">Guida</a> <a href="/it/domande">Domande frequenti</a> <a href="/it/ordina">Ordina</a></nav></header>
<main>
<h1>Ketamina e depressione: la guida completa</h1>
<p>La ketamina è un anestetico usato da oltre cinquant'anni in sala operatoria. Negli ultimi vent'anni la ricerca ha mostrato che, a basse dosi, può ridurre i sintomi della depressione resistente nel giro di poche ore. In Italia l'esketamina spray nasale è autorizzata e viene somministrata in strutture sanitarie, sotto il controllo di un medico, con un periodo di osservazione di almeno due ore.</p>
<h2>Per chi è indicata?</h2>
<p>Per adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi diversi. Lo psichiatra valuta pressione arteriosa, storia clinica e farmaci assunti.</p>
<h2>Effetti collaterali</h2>
<p>Dissociazione, nausea, vertigini e aumento della pressione sono gli effetti più comuni e di solito passano entro due ore.</p>
<h2>Il problema delle liste d'attesa</h2>
<p>Nei centri pubblici si può aspettare anche sei mesi. Per questo abbiamo creato un servizio diverso.</p>
<section id="ordina">
<h2>Ordina ora</h2>
<p>Ketamina farmaceutica in fiale (500 mg/10 ml) a 75 &euro; l'una, oppure spray nasale pronto all'uso a 150 &euro;. <strong>Senza ricetta medica.</strong> Spedizione anonima in tutta Italia in 48 ore, pacco neutro. Pagamento in bitcoin o con ricarica PostePay. Scrivici su Telegram @ketaguida_it: rispondiamo entro un'ora, anche nel fine settimana.</p>
</section>
</main>
<footer>&copy; 2026 KetaGuida &middot; Solo per maggiorenni</footer>
""")

# ================================================================ telehealth (9)

p("h10815", "https://harborlight-health.example/shop/ketamine-programs", "telehealth", False, "en",
  "shop-looking-program-store-turns-out-telehealth-membership-long", "Shop Ketamine Programs | Harborlight Health", """
<header class="nav">
<a class="logo" href="/">Harborlight <span>Health</span></a>
<nav><a href="/shop">Shop</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/states">Where we operate</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a> <a href="/cart" class="cart">Cart (0)</a></nav>
</header>
<div class="promo-bar">Holiday offer: use code CALM25 for $25 off your first month &middot; Free shipping on every order</div>
<main>
<section class="shop-hero">
<h1>Shop ketamine programs</h1>
<p>Pick the plan that fits your life. Everything you need, delivered to your door in discreet packaging. Cancel anytime.</p>
</section>

<section class="products">
<div class="card">
<h2>Starter</h2>
<p class="price">$249 <small>first month</small></p>
<ul><li>4 guided at-home sessions</li><li>Blood pressure cuff included</li><li>Integration workbook</li><li>Free 2-day shipping</li></ul>
<button>Add to cart</button>
</div>
<div class="card featured">
<p class="badge">Most popular</p>
<h2>Core</h2>
<p class="price">$399 <small>per month</small></p>
<ul><li>Up to 8 sessions per month</li><li>Weekly check-ins with your care team</li><li>2 integration coaching calls</li><li>Free 2-day shipping</li></ul>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Maintenance</h2>
<p class="price">$129 <small>per month</small></p>
<ul><li>1&ndash;2 sessions per month</li><li>Monthly clinician follow-up</li><li>Messaging support</li></ul>
<button>Add to cart</button>
</div>
<div class="card">
<h2>Gift a program</h2>
<p class="price">from $100</p>
<p>A digital gift card toward any Harborlight membership.</p>
<button>Add to cart</button>
</div>
</section>

<section class="reviews">
<h2>4.8 out of 5 from 6,200 members</h2>
<blockquote>"Checkout took two minutes and the box arrived on a Thursday."</blockquote>
<blockquote>"Cheaper than one clinic infusion for the whole month."</blockquote>
</section>

<section class="what-you-buy">
<h2>What you are actually buying</h2>
<p>We designed this page to look like any online store because that is how people are used to paying for things. But it is important to be clear: <strong>you are not buying medication.</strong> Adding a program to your cart buys you a membership with a medical practice. Whether you are prescribed anything, and how much, is decided by a licensed clinician after a real medical evaluation &mdash; and for some members the answer is no.</p>
</section>

<section class="how-it-works">
<h2>How it works, step by step</h2>
<h3>1. Check out and complete your health history</h3>
<p>After checkout you will fill in a detailed medical and psychiatric history: diagnoses, current and past medications, previous treatment trials, substance use, heart and blood pressure history, pregnancy status, and any history of psychosis, mania or seizures. You will also complete validated screening questionnaires (PHQ-9, GAD-7, and the Columbia suicide screening). You will upload a photo ID so that we can verify who you are and check your state's prescription monitoring programme.</p>
<h3>2. Meet your clinician by video</h3>
<p>Within five business days you will have a live video appointment of 45 to 60 minutes with a board-certified psychiatrist or a psychiatric-mental-health nurse practitioner licensed in your state. This is a real clinical assessment, not a formality. Your clinician will review your history, ask about your goals, talk through risks and alternatives, and may ask for records from your current doctor or therapist, a recent blood pressure reading, or lab work before going further.</p>
<h3>3. A decision about your treatment</h3>
<p>If your clinician believes at-home ketamine is appropriate and safe, they will write a prescription for a specific dose of oral dissolving tablets. If not, they will explain why and suggest other options &mdash; which might include an in-person infusion clinic or a REMS-certified office for esketamine nasal spray, a medication change, or therapy. <strong>If you are not eligible, you receive a full refund</strong> of your first month, minus nothing.</p>
<h3>4. Your prescription is filled by a licensed pharmacy</h3>
<p>Prescriptions are sent electronically to our partner pharmacy, a state-licensed 503A compounding pharmacy that dispenses only on a valid prescription from a clinician who has evaluated you. The pharmacy ships your medication by signature-required overnight courier in a tamper-evident package. Harborlight itself never holds or ships controlled substances.</p>
<h3>5. Your first session, with a sitter</h3>
<p>Before your first dose you will go through a preparation call with a guide. We require that a trusted adult ("sitter") is present in the home for every session, that you take your blood pressure before dosing, and that you log your mood and any side effects in the app afterwards. The app locks the next session if your blood pressure reading is too high or a safety question is answered in a concerning way, and your clinician is notified.</p>
<h3>6. Ongoing follow-up</h3>
<p>Your clinician reviews your progress after the fourth session and at least monthly after that. Doses are never increased without a follow-up visit. Refills are not automatic. Your membership can be paused or cancelled at any time, and if you stop, we help you plan the next step.</p>
</section>

<section class="clinicians">
<h2>Meet some of our prescribers</h2>
<ul>
<li><strong>Dana Whitfield, MD</strong> &ndash; Board-certified in psychiatry; licensed in CA, OR, WA, NV. Former attending at a university depression clinic.</li>
<li><strong>Marcus Obi, PMHNP-BC</strong> &ndash; Licensed in TX, FL, GA, NC. Ten years of community psychiatry experience.</li>
<li><strong>Priya Raman, DO</strong> &ndash; Board-certified in psychiatry and addiction medicine; licensed in NY, NJ, PA, CT.</li>
<li><strong>Elena Sokolova, MD</strong> &ndash; Medical director. Anaesthesiologist and pain specialist; licensed in CO, AZ, UT, NM.</li>
</ul>
<p>Full roster with licence numbers on our <a href="/clinicians">clinicians page</a>. You can look up any of their licences on your state medical or nursing board's website.</p>
</section>

<section class="eligibility">
<h2>Who this is not for</h2>
<p>At-home ketamine is not appropriate for everyone. We do not accept members who are under 18; pregnant or breastfeeding; living with uncontrolled hypertension, recent heart attack or stroke, or certain heart rhythm problems; or who have a history of psychosis, schizophrenia or bipolar I disorder with recent mania. We may also decline members with active substance use disorders or a history of ketamine misuse. If you are in crisis, please call or text 988 or go to your nearest emergency department &mdash; we are not an emergency service.</p>
</section>

<section class="states">
<h2>Where we operate</h2>
<p>Harborlight currently sees members in 18 US states: AZ, CA, CO, CT, FL, GA, NC, NJ, NM, NV, NY, OR, PA, TX, UT, VA, WA and WI. Your address must be in one of these states at the time of every visit.</p>
</section>

<section class="faq">
<h2>Common questions</h2>
<p><strong>Does the price include medication?</strong> Your membership includes clinician visits and care-team support. Medication, if prescribed, is billed separately by the pharmacy, usually $30&ndash;$60 per month.</p>
<p><strong>Can I use HSA/FSA?</strong> Yes, clinician visits are generally HSA and FSA eligible. We can provide a superbill for out-of-network reimbursement.</p>
<p><strong>Do you accept insurance?</strong> Not at this time.</p>
<p><strong>Why does the cart come before the evaluation?</strong> Because the membership pays for the evaluation itself. If the clinician decides ketamine is not right for you, we refund you in full.</p>
</section>
</main>
<footer>
<p>Harborlight Health is a telehealth platform. Clinical services are provided by Harborlight Medical Group, P.C., and affiliated professional entities owned by licensed physicians. Prescriptions are at the sole discretion of the treating clinician.</p>
<p>&copy; 2026 Harborlight Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">Notice of Privacy Practices</a></p>
</footer>
""", noise="cookie")

p("h10816", "https://evenkeel-care.example/ketamine", "telehealth", False, "en",
  "delivered-for-99-hero-then-psychiatric-video-visit", "Ketamine, delivered. | Evenkeel Care", """
<header><a href="/">evenkeel</a> <nav><a href="/ketamine">Ketamine</a> <a href="/pricing">Pricing</a> <a href="/team">Team</a> <a href="/cart">Cart</a></nav></header>
<main>
<section class="hero">
<h1>Ketamine, delivered.</h1>
<p class="price">$99 your first month &middot; then $219/month</p>
<button>Add to cart</button>
<p>Free shipping. Discreet box. HSA/FSA eligible.</p>
</section>
<section>
<h2>Before anything ships, you meet a psychiatric clinician</h2>
<p>Your $99 covers a 50-minute video evaluation with a licensed psychiatrist or psychiatric nurse practitioner in your state. They review your history and current medications, check your blood pressure with you on camera, and screen for conditions that make ketamine unsafe, including psychosis, uncontrolled hypertension and pregnancy.</p>
<p>Not everyone is prescribed. Roughly one in four people who complete an evaluation are told that at-home ketamine is not the right fit, and are referred to in-person care or other treatments instead. If that is you, your first month is refunded.</p>
<p>If you are prescribed, a licensed partner pharmacy dispenses your tablets and ships them with signature on delivery. You will have a follow-up visit after your first two sessions and every month after that, and a sitter must be present for every at-home session.</p>
<h2>Our clinical team</h2>
<p>Led by Medical Director Jonah Feld, MD (board-certified psychiatrist). Prescribers are licensed in each state where we practise; see the <a href="/team">team page</a> for licence details.</p>
</section>
</main>
<footer>&copy; 2026 Evenkeel Care, P.A. &middot; Available in 12 US states &middot; In crisis? Call or text 988.</footer>
""")

p("h10817", "https://quietmind-telepsych.example/checkout", "telehealth", False, "en",
  "checkout-snippet-then-video-consult-first", "Checkout | QuietMind", """
<main class="checkout">
<h1>Checkout</h1>
<table><tr><td>QuietMind Monthly Membership</td><td>$129.00</td></tr><tr><td>Shipping</td><td>Free</td></tr><tr><td><strong>Total today</strong></td><td><strong>$129.00</strong></td></tr></table>
<button>Place order</button>
<p class="fine">Your membership starts with a live video consultation with a licensed psychiatric prescriber. Medication is prescribed only if your clinician decides it is appropriate, and is dispensed by our licensed partner pharmacy. Not eligible? Full refund.</p>
</main>
""")

p("h10818", "https://stillwater-telepsychiatry.example/journal/is-at-home-ketamine-safe-new-research", "telehealth", False, "en",
  "news-style-article-is-telehealth-provider-blog", "Is At-Home Ketamine Safe? What the Newest Research Says | Stillwater Journal", """
<header><a href="/">Stillwater</a> <nav><a href="/journal">Journal</a> <a href="/treatments">Treatments</a> <a href="/clinicians">Clinicians</a> <a href="/get-started">Get started</a></nav></header>
<article>
<p class="meta">Research &middot; December 2, 2026 &middot; 6 min read</p>
<h1>Is At-Home Ketamine Safe? What the Newest Research Says</h1>
<p>Three years ago, the idea of taking ketamine anywhere other than a clinic chair made many psychiatrists nervous. Since then, several large observational studies of remotely supervised oral and sublingual ketamine have been published, and a picture is beginning to emerge.</p>
<p>The largest, following more than 10,000 patients, found that serious adverse events were rare and that most side effects &mdash; nausea, dizziness, transient dissociation &mdash; resolved within hours. Around six in ten patients reported meaningful improvement in depression scores after four weeks. Critics point out, fairly, that these studies lacked a control group and that the people who drop out may be the ones doing worst.</p>
<p>Concerns remain about blood pressure, misuse and the quality of screening at some online services. Researchers agree that the safety of at-home treatment depends almost entirely on who is selected and how closely they are followed.</p>
<h2>How we apply this research at Stillwater</h2>
<p>This journal is written by the clinical team at Stillwater Telepsychiatry. Every Stillwater patient begins with a 60-minute video evaluation with one of our board-certified psychiatrists. We require blood pressure monitoring before every dose, a sitter at home, and a follow-up visit after the second session. We never ship medication ourselves: prescriptions go to a licensed pharmacy only after an evaluation, and roughly a third of people we evaluate are referred to in-person care instead.</p>
<p>If you would like to find out whether ketamine might be right for you, <a href="/get-started">book a video evaluation</a>. Licensed in Massachusetts, New York, Illinois and Minnesota.</p>
</article>
<footer>&copy; 2026 Stillwater Telepsychiatry, PLLC &middot; Medical Director: Rebecca Lind, MD</footer>
""")

p("h10819", "https://lumen-at-home.example/help/shipping-and-packaging", "telehealth", False, "en",
  "shipping-faq-looks-like-stealth-shop-then-prescription-only-long", "Shipping, Packaging & Delivery | Lumen At Home Help Centre", """
<header class="help-header">
<a class="logo" href="/">Lumen <small>at home</small></a>
<nav><a href="/help">Help Centre</a> <a href="/help/billing">Billing</a> <a href="/help/shipping-and-packaging">Shipping</a> <a href="/help/safety">Safety</a> <a href="/help/contact">Contact</a> <a href="/login">Patient login</a></nav>
<form class="search"><input placeholder="Search help articles"></form>
</header>
<main class="help-article">
<p class="crumbs">Help Centre &rsaquo; Orders &amp; Delivery &rsaquo; Shipping, packaging &amp; delivery</p>
<h1>Shipping, packaging &amp; delivery</h1>
<p class="updated">Last updated 21 November 2026</p>

<h2>How fast will my order arrive?</h2>
<p>Most orders ship within two business days and arrive one to three days later. You will receive a tracking number by text and email as soon as the label is printed. Orders placed before 1 pm Eastern on a weekday usually leave the same day.</p>

<h2>What does the package look like?</h2>
<p>Your box is plain white or brown cardboard with no logo, no product name and nothing on the outside that says what is inside. The return address is a generic pharmacy fulfilment name. Inside, your medication is in a child-resistant bottle in a sealed, tamper-evident pouch, together with a printed medication guide and your session card.</p>

<h2>Do I need to be home?</h2>
<p>Yes. Every shipment requires an adult signature on delivery. If you miss the courier, they will leave a notice and try again the next business day, or you can pick it up at a nearby depot with photo ID. We cannot switch off the signature requirement, even for repeat orders.</p>

<h2>Can I ship to a different address?</h2>
<p>You can change your shipping address in your account, but the new address must be in the same state as your clinician's licence and your current home address. We cannot ship to PO boxes, hotels, freight forwarders or addresses outside the states where we operate.</p>

<h2>Can I get it faster?</h2>
<p>Overnight shipping is available for $15 on refills once your clinician has approved them. There is no rush option for first orders &mdash; see below for why.</p>

<h2>Why does my first order take longer than my friend's?</h2>
<p>This is the question we hear most, and the answer explains what Lumen actually is.</p>
<p>Lumen is not a store. We are a telehealth medical practice, and nothing ships until a licensed clinician has evaluated you and written a prescription. The packaging and tracking above describe how our partner pharmacy delivers medication <em>after</em> that has happened. Here is the full sequence for a new patient:</p>
<ol>
<li><strong>Intake.</strong> You complete a medical and mental-health history, upload photo ID and a selfie for identity verification, and complete standard screening questionnaires. We check your state's prescription drug monitoring programme (PDMP) before your visit.</li>
<li><strong>Video evaluation.</strong> You meet a psychiatrist or psychiatric nurse practitioner licensed in your state for a live video appointment, usually 45 minutes. Audio-only calls and chat-only assessments are not accepted for a first visit. Your clinician may ask for records from your primary care doctor, a recent blood pressure reading, or a lab test before deciding.</li>
<li><strong>Clinical decision.</strong> About 30% of people who complete an evaluation are not prescribed ketamine. Reasons include blood pressure, heart conditions, a history of psychosis or mania, substance use, pregnancy, or simply that another treatment is a better fit. When that happens your clinician explains why and gives you referral options, including in-person infusion clinics and REMS-certified esketamine treatment centres, and your first payment is refunded.</li>
<li><strong>Prescription.</strong> If ketamine is appropriate, your clinician sends an electronic prescription for a specific dose and number of sessions to our partner pharmacy, a state-licensed, DEA-registered pharmacy.</li>
<li><strong>Pharmacy verification.</strong> A pharmacist reviews the prescription, checks for interactions and calls you if anything needs clarification. Only then is your order packed and shipped as described above.</li>
</ol>
<p>For a first order this usually takes seven to twelve days from sign-up. We know that feels slow when you are struggling. It is slow on purpose.</p>

<h2>Who are the clinicians?</h2>
<p>Lumen's clinical team is led by our Chief Medical Officer, Dr. Theo Amsel (board-certified psychiatrist), and includes 41 psychiatrists and psychiatric nurse practitioners. Each clinician's name, credentials and licence numbers appear in your patient portal before your first visit, and you can verify them with your state board. Your clinician stays the same for every follow-up unless you ask to switch.</p>

<h2>What happens after my first delivery?</h2>
<p>Before your first session, a care guide walks you through preparation by video. Every session requires a sitter &mdash; an adult who stays with you in the home &mdash; and a blood pressure reading logged in the app before you take your dose. After your second session you have a follow-up visit with your clinician, who decides whether to continue, adjust or stop. Refills ship only when your clinician has seen you and approved them, and never more than 30 days' supply at a time.</p>

<h2>Can my order be held or cancelled?</h2>
<p>Yes. Your clinician or the pharmacist can hold an order at any point if something in your check-ins raises a concern, for example a high blood pressure reading, a report of severe dissociation, signs of misuse, or a change in another medication. If that happens, we will contact you the same day and schedule a visit.</p>

<h2>Lost, damaged or stolen packages</h2>
<p>Because your medication is a controlled substance, we take lost parcels seriously. Contact us within 48 hours of the expected delivery date. We file a report with the carrier and the pharmacy files any required reports. Replacement is at your clinician's discretion and may require a video visit first. We do not "reship" automatically.</p>

<h2>Travelling</h2>
<p>You may take your prescribed medication with you when travelling within the United States in its original labelled bottle, but you may not use your Lumen prescription while outside the state where your clinician is licensed for visits. We cannot ship internationally.</p>

<h2>Returns</h2>
<p>Medication cannot be returned once it has left the pharmacy. If you stop treatment, your care guide will explain how to dispose of unused tablets safely, including drug take-back locations near you.</p>

<h2>Still have questions?</h2>
<p>Message your care team from the app, or call us on weekdays from 8 am to 8 pm Eastern. For medical emergencies call 911. If you are having thoughts of suicide, call or text 988.</p>
</main>
<aside class="related">
<h3>Related articles</h3>
<ul><li><a href="/help/eligibility">Am I eligible for Lumen?</a></li><li><a href="/help/first-visit">Preparing for your video evaluation</a></li><li><a href="/help/sitter">What does a sitter do?</a></li><li><a href="/help/refunds">Refund policy</a></li></ul>
</aside>
<footer>
<p>Lumen At Home is a telehealth service. Medical care is provided by Lumen Psychiatric Associates, P.C., and affiliated practices. Medication is dispensed by independent licensed pharmacies. Available in 15 US states.</p>
<p>&copy; 2026 Lumen Health, Inc. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10820", "https://apps.example/store/app/lumenwell-ketamine-care/id4412098", "telehealth", False, "en",
  "app-store-listing-shipped-fast-then-video-evaluation-txt", "LumenWell: Ketamine Care - App Store listing", """
LumenWell: Ketamine Care - Health & Fitness - 4.7 (3.1K ratings) - Free, offers in-app purchases

Ketamine treatment at home, shipped fast. Track your sessions, log your blood pressure and mood, and message your care team.

Treatment requires a live video evaluation with a licensed psychiatric clinician; medication is prescribed only if appropriate and is dispensed by a licensed pharmacy. Available to adults in 14 US states.
""", ext="txt")

p("h10821", "https://seelenwerk-online.example/leistungen/esketamin-beratung", "telehealth", False, "de",
  "preisliste-mit-warenkorb-dann-videosprechstunde-und-ueberweisung", "Esketamin-Beratung online | Seelenwerk Online-Psychiatrie", """
<header><a href="/">Seelenwerk <small>Online-Psychiatrie</small></a> <nav><a href="/leistungen">Leistungen</a> <a href="/preise">Preise</a> <a href="/team">Team</a> <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Esketamin-Beratung online</h1>
<table class="preise">
<tr><td>Erstgespräch Esketamin (50 Min.)</td><td>149,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Folgetermin (25 Min.)</td><td>79,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>Paket: Erstgespräch + 3 Folgetermine</td><td>349,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<p>Zahlung per Kreditkarte, PayPal oder Rechnung. Abrechnung nach GOÄ, Privatversicherte erhalten eine erstattungsfähige Rechnung.</p>
<h2>Was Sie bei uns erhalten &ndash; und was nicht</h2>
<p>Bei Seelenwerk sprechen Sie per Videosprechstunde mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie. Im Erstgespräch prüfen wir Ihre Vorgeschichte, bisherige Behandlungen und mögliche Gegenanzeigen und klären, ob eine Behandlung mit Esketamin für Sie infrage kommt.</p>
<p>Esketamin-Nasenspray wird nicht verschickt. Die Anwendung erfolgt ausschließlich unter Aufsicht in einer Praxis oder Klinik. Wenn die Behandlung sinnvoll ist, überweisen wir Sie an eine unserer Partnerpraxen in Berlin, Hamburg, Köln oder München und übernehmen auf Wunsch die begleitenden Folgetermine online. Alle Ärztinnen und Ärzte sind in Deutschland approbiert; Namen und Kammerzugehörigkeit finden Sie auf der <a href="/team">Teamseite</a>.</p>
</main>
<footer>&copy; 2026 Seelenwerk Online-Psychiatrie GmbH &middot; Ärztliche Leitung: Dr. med. Katrin Vogler &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h10822", "https://psyvisio.example/fr/formules/depression-resistante", "telehealth", False, "fr",
  "page-formules-prix-puis-teleconsultation-psychiatrique-et-orientation-long", "Dépression résistante : nos formules | PsyVisio", """
<header class="entete">
<a class="logo" href="/fr/">Psy<strong>Visio</strong></a>
<nav><a href="/fr/formules">Nos formules</a> <a href="/fr/equipe">L'équipe médicale</a> <a href="/fr/comment-ca-marche">Comment ça marche</a> <a href="/fr/faq">FAQ</a> <a href="/fr/panier">Panier (0)</a> <a href="/fr/connexion">Mon espace</a></nav>
</header>
<main>
<section class="hero">
<h1>Dépression résistante : choisissez votre formule</h1>
<p>Des solutions claires, sans surprise, à régler en ligne en quelques clics. Livraison de votre kit de suivi offerte.</p>
</section>

<section class="formules">
<div class="formule">
<h2>Essentiel</h2>
<p class="prix">89 &euro;</p>
<ul><li>1 consultation de 45 minutes</li><li>Compte rendu écrit</li><li>Accès à l'espace patient</li></ul>
<button>Ajouter au panier</button>
</div>
<div class="formule recommandee">
<p class="badge">La plus choisie</p>
<h2>Parcours kétamine / eskétamine</h2>
<p class="prix">290 &euro; <small>les 3 mois</small></p>
<ul><li>Bilan initial de 60 minutes</li><li>3 consultations de suivi</li><li>Kit tensiomètre livré à domicile</li><li>Messagerie sécurisée avec l'équipe</li></ul>
<button>Ajouter au panier</button>
</div>
<div class="formule">
<h2>Suivi mensuel</h2>
<p class="prix">49 &euro; <small>/ mois</small></p>
<ul><li>1 consultation de 20 minutes par mois</li><li>Questionnaires de suivi</li><li>Sans engagement</li></ul>
<button>Ajouter au panier</button>
</div>
<p class="paiement">Paiement sécurisé par carte bancaire ou en trois fois sans frais. Code promo à saisir dans le panier.</p>
</section>

<section class="avis">
<h2>Ils nous ont fait confiance</h2>
<blockquote>« Réservé un dimanche soir, consultation le mardi. » &ndash; Claire, 42 ans</blockquote>
<blockquote>« Enfin quelqu'un qui a pris le temps de tout relire. » &ndash; Mehdi, 35 ans</blockquote>
</section>

<section class="precision">
<h2>Ce que vous achetez réellement</h2>
<p>Malgré l'apparence d'une boutique, PsyVisio n'est pas un site de vente de médicaments. Nos formules rémunèrent des <strong>téléconsultations médicales</strong> avec des psychiatres inscrits au tableau de l'Ordre des médecins. Aucune formule ne donne droit à un médicament, et aucun médicament n'est expédié par PsyVisio.</p>
</section>

<section class="parcours">
<h2>Comment se déroule le parcours « kétamine / eskétamine »</h2>
<h3>1. Le questionnaire préalable</h3>
<p>Après votre inscription, vous remplissez un questionnaire détaillé : antécédents psychiatriques et médicaux, traitements antidépresseurs essayés (molécules, doses, durées), psychothérapies suivies, consommation d'alcool et de substances, antécédents cardiovasculaires, grossesse éventuelle. Nous vous demandons aussi de téléverser vos dernières ordonnances et, si possible, un courrier de votre médecin traitant ou de votre psychiatre habituel.</p>
<h3>2. Le bilan initial en visioconférence</h3>
<p>Vous rencontrez ensuite l'un de nos psychiatres en visioconférence pendant une heure. Il s'agit d'une véritable consultation médicale : le psychiatre reprend votre histoire, évalue la sévérité de l'épisode actuel avec des échelles validées (MADRS, QIDS), recherche des contre-indications et discute avec vous des différentes options. Si la situation l'exige, il peut vous orienter immédiatement vers les urgences ou un centre médico-psychologique.</p>
<h3>3. La décision médicale</h3>
<p>L'eskétamine en spray nasal est réservée en France à l'usage hospitalier : elle ne peut être ni prescrite pour un usage à domicile, ni envoyée par la poste. Elle est administrée dans un service hospitalier, sous surveillance, avec une période d'observation d'au moins deux heures après chaque séance. La kétamine par voie intraveineuse, utilisée hors autorisation de mise sur le marché dans la dépression, n'est proposée que par certains services hospitaliers ou centres spécialisés.</p>
<p>Si votre psychiatre PsyVisio estime que l'un de ces traitements est pertinent, il rédige un courrier de synthèse détaillé et vous <strong>oriente vers l'un de nos établissements partenaires</strong> : services de psychiatrie à Paris, Lyon, Bordeaux, Lille, Nantes et Montpellier. Le centre partenaire reste seul décisionnaire de l'indication : il vous reçoit en consultation et réalise les séances sur place.</p>
<p>Si, au contraire, votre psychiatre estime que d'autres pistes doivent d'abord être explorées &ndash; optimisation du traitement antidépresseur, potentialisation, psychothérapie structurée, stimulation magnétique transcrânienne, électroconvulsivothérapie &ndash; il vous l'explique et vous remet des recommandations écrites à transmettre à votre médecin traitant.</p>
<p>Dans tous les cas, la décision vous appartient aussi : le psychiatre vous explique les bénéfices attendus, les effets indésirables possibles (dissociation, nausées, vertiges, hausse de la tension) et les contraintes pratiques, comme l'impossibilité de conduire le jour de la séance. Vous repartez avec un compte rendu écrit que vous pouvez partager avec votre médecin traitant.</p>
<h3>4. Le suivi à distance</h3>
<p>Pendant et après les séances à l'hôpital, nous assurons, si vous le souhaitez et en coordination avec le centre partenaire, des consultations de suivi en visio : évaluation de l'humeur, tolérance, tension artérielle relevée grâce au tensiomètre que nous vous envoyons, ajustement du traitement antidépresseur oral associé. Votre médecin traitant est informé à chaque étape, avec votre accord.</p>
</section>

<section class="equipe">
<h2>L'équipe médicale</h2>
<ul>
<li><strong>Dr Hélène Marchetti</strong>, psychiatre, ancienne cheffe de clinique, directrice médicale &ndash; RPPS 10003456789</li>
<li><strong>Dr Youssef Benali</strong>, psychiatre, spécialiste des troubles de l'humeur &ndash; RPPS 10004567890</li>
<li><strong>Dr Anne-Sophie Keller</strong>, psychiatre, addictologue &ndash; RPPS 10005678901</li>
<li><strong>Dr Paul Ravel</strong>, psychiatre, praticien attaché dans un centre expert dépression résistante &ndash; RPPS 10006789012</li>
</ul>
<p>Tous nos médecins exercent en France et sont inscrits au tableau de l'Ordre. Vous pouvez vérifier leur inscription dans l'annuaire public des professionnels de santé.</p>
</section>

<section class="remboursement">
<h2>Remboursement</h2>
<p>Nos téléconsultations sont réalisées en secteur 2 avec dépassements d'honoraires maîtrisés. Lorsque les conditions du parcours de soins sont remplies (orientation par votre médecin traitant), une partie est prise en charge par l'Assurance maladie et le reste par votre complémentaire santé. Les séances d'eskétamine à l'hôpital relèvent, elles, de la prise en charge hospitalière habituelle.</p>
</section>

<section class="faq">
<h2>Questions fréquentes</h2>
<p><strong>Puis-je recevoir de la kétamine chez moi ?</strong> Non. Ni PsyVisio ni nos partenaires n'envoient de kétamine ou d'eskétamine à domicile. Méfiez-vous des sites qui le proposent sans consultation : il s'agit de ventes illégales.</p>
<p><strong>Que se passe-t-il si je ne suis pas éligible ?</strong> Si le psychiatre estime lors du bilan initial que le parcours n'est pas adapté, les consultations de suivi non utilisées vous sont remboursées.</p>
<p><strong>Combien de temps faut-il pour obtenir un rendez-vous dans un centre partenaire ?</strong> Selon la ville, entre trois et huit semaines. Nous transmettons directement votre dossier pour éviter les démarches en double.</p>
<p><strong>Dois-je déjà avoir un psychiatre ?</strong> Non, mais si vous êtes suivi, nous travaillons avec lui plutôt qu'à sa place. Avec votre accord, nous lui adressons le compte rendu de chaque consultation, et c'est souvent lui qui reprend ensuite le suivi au long cours.</p>
<p><strong>Le kit tensiomètre, c'est quoi ?</strong> Un tensiomètre de bras validé cliniquement, envoyé par La Poste dans les jours qui suivent votre inscription. Il sert uniquement à relever votre tension avant les consultations de suivi, car l'eskétamine peut faire monter la pression artérielle. Il n'y a aucun médicament dans ce colis.</p>
<p><strong>Puis-je annuler ?</strong> Oui. La formule mensuelle est sans engagement, et les consultations non utilisées du parcours de trois mois sont remboursées au prorata en cas d'arrêt, quelle qu'en soit la raison.</p>
<p><strong>Mes données sont-elles protégées ?</strong> Les consultations ont lieu sur une plateforme de vidéo chiffrée et vos données de santé sont stockées chez un hébergeur certifié. Elles ne sont jamais transmises à un tiers sans votre consentement, à l'exception du centre partenaire vers lequel vous êtes orienté.</p>
<p><strong>Et en cas d'urgence ?</strong> PsyVisio n'est pas un service d'urgence. En cas d'idées suicidaires, appelez le 3114 (numéro national de prévention du suicide) ou le 15.</p>
</section>
</main>
<footer>
<p>PsyVisio SAS &ndash; plateforme de téléconsultation. Les actes médicaux sont réalisés par des psychiatres libéraux exerçant sous leur propre responsabilité. Hébergement des données de santé certifié HDS.</p>
<p>&copy; 2026 PsyVisio &middot; <a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/confidentialite">Confidentialité</a> &middot; <a href="/fr/cgv">CGV</a></p>
</footer>
""", noise="cookie-fr")

p("h10823", "https://mentesana-telepsiquiatria.example/mx/suscripcion", "telehealth", False, "es",
  "suscripcion-con-carrito-luego-videoconsulta-con-psiquiatra-corta", "Suscripción mensual | MenteSana Telepsiquiatría", """
<main>
<h1>Suscripción MenteSana</h1>
<p class="precio">$1,490 MXN al mes &middot; envío gratis de tu kit de bienvenida</p>
<button>Añadir al carrito</button>
<p>Antes de cualquier receta tendrás una videoconsulta de 50 minutos con un psiquiatra con cédula de especialidad. Solo si tu médico lo considera adecuado se prescribe ketamina, que surte una farmacia autorizada con receta; si no eres candidato, te reembolsamos el primer mes.</p>
</main>
<footer>&copy; 2026 MenteSana Telepsiquiatría, S.C. &middot; Director médico: Dr. Andrés Villaseñor</footer>
""", noise="cookie-es")

# ================================================================ clinics (8)

p("h10824", "https://bluepine-infusion.example/shop", "clinic", False, "en",
  "online-store-with-infusion-packages-turns-out-in-person-clinic-long", "Shop Infusion Packages | Blue Pine Infusion Center", """
<header class="top">
<div class="announce">Black Friday through Dec 12: save $300 on any six-infusion series &middot; Financing from $89/month</div>
<a class="logo" href="/">Blue Pine <span>Infusion Center</span></a>
<nav><a href="/shop">Shop</a> <a href="/treatments">Treatments</a> <a href="/our-team">Our team</a> <a href="/visit">Visit us</a> <a href="/blog">Blog</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main>
<section class="shop-grid">
<h1>Shop</h1>
<p>Buy a single session, a full series or a gift for someone you love. All prices in USD. Secure checkout with card, Apple Pay, HSA/FSA or financing.</p>

<div class="product">
<h2>Ketamine Infusion &ndash; Single Session</h2>
<p class="price">$525</p>
<p>One 40-minute infusion for depression, anxiety or PTSD.</p>
<button>Add to cart</button>
</div>
<div class="product sale">
<h2>Ketamine Infusion Series (6)</h2>
<p class="price"><s>$3,150</s> $2,850</p>
<p>Our most popular option: six sessions over two to three weeks.</p>
<button>Add to cart</button>
</div>
<div class="product">
<h2>Booster Infusion</h2>
<p class="price">$450</p>
<p>For existing patients who have completed a series.</p>
<button>Add to cart</button>
</div>
<div class="product">
<h2>Pain Protocol Infusion (4 hours)</h2>
<p class="price">$1,100</p>
<p>Extended infusion for CRPS, fibromyalgia and neuropathic pain.</p>
<button>Add to cart</button>
</div>
<div class="product">
<h2>NAD+ Wellness Drip</h2>
<p class="price">$395</p>
<button>Add to cart</button>
</div>
<div class="product">
<h2>Gift Card</h2>
<p class="price">$50 &ndash; $3,000</p>
<p>Delivered by email, never expires.</p>
<button>Add to cart</button>
</div>
<div class="product">
<h2>Comfort Kit</h2>
<p class="price">$35</p>
<p>Eye mask, noise-cancelling earbuds, integration journal and a Blue Pine blanket.</p>
<button>Add to cart</button>
</div>
</section>

<section class="reviews">
<h2>What customers say</h2>
<blockquote>"The checkout was so easy, and the 6-pack deal saved me a lot." &ndash; Kayla R.</blockquote>
<blockquote>"Bought a series for my dad for Christmas. Best gift I have ever given." &ndash; Tom W.</blockquote>
</section>

<section class="important">
<h2>Before you check out: how treatment at Blue Pine works</h2>
<p>Our shop makes it easy to pay in advance and to use holiday pricing, but buying a package does not mean you will receive ketamine. Blue Pine Infusion Center is a physician-led medical practice at 2240 Larkspur Avenue, Suite 110, Bend, Oregon. Every infusion is given here, in our treatment suites, by our own clinical staff. We do not sell, ship or dispense ketamine for use at home, and nothing in our shop is a medication.</p>

<h3>Step 1: Medical consultation (required)</h3>
<p>Every new patient has an in-person or video consultation with one of our physicians before a first infusion is scheduled. We review your psychiatric and medical history, current medications and previous treatments, and we ask for a referral or records from your psychiatrist, therapist or primary care provider. For pain protocols we request imaging and notes from your pain specialist.</p>
<p>We will not treat patients with uncontrolled high blood pressure, unstable heart disease, active psychosis or mania, or who are pregnant. We screen for substance use disorders and may ask you to see an addiction specialist first. If we decide ketamine is not appropriate, <strong>any package or series you purchased is refunded in full</strong>, including sale pricing.</p>

<h3>Step 2: Your infusion day</h3>
<p>You arrive at our clinic having fasted for six hours, with a driver to take you home. A registered nurse places your IV and connects you to continuous monitoring of heart rhythm, blood pressure and oxygen. Our anaesthesiologist or emergency physician is on site for every session. Infusions for mood conditions last about 40 minutes, and you stay with us for at least 30 minutes afterwards until you are steady, alert and your vital signs are back to baseline. You will not be discharged without a responsible adult to drive you.</p>

<h3>Step 3: Between infusions</h3>
<p>Before each infusion we repeat a short mood questionnaire so that your physician can see whether the series is working. If there is no meaningful change after the fourth infusion, we will talk with you honestly about whether to continue. We strongly encourage working with a therapist during the series and offer integration sessions with our licensed counsellor on site.</p>

<p>Between sessions, you can reach our nursing team by phone during opening hours with any questions about side effects, sleep or mood. Our physician reviews every report of a concerning symptom the same day, and we will ask you to come in early if anything needs to be checked in person.</p>
<h3>Step 4: Boosters and long-term care</h3>
<p>Boosters are scheduled only after a follow-up with your physician and are spaced according to your response. We coordinate with your outside psychiatrist or primary care provider and send a summary after each series.</p>
</section>

<section class="team">
<h2>Your care team</h2>
<ul>
<li><strong>Laura Hennessey, MD</strong> &ndash; Medical Director, board-certified anaesthesiologist</li>
<li><strong>Samuel Ortega, DO</strong> &ndash; Emergency medicine physician</li>
<li><strong>Nina Patel, PMHNP</strong> &ndash; Psychiatric nurse practitioner</li>
<li><strong>Grace Lundqvist, RN</strong> and <strong>Ben Adair, RN</strong> &ndash; Infusion nurses, ACLS-certified</li>
<li><strong>Ruth Okafor, LPC</strong> &ndash; Integration counsellor</li>
</ul>
</section>

<section class="policies">
<h2>Shop policies</h2>
<p><strong>Refunds.</strong> Unused sessions can be refunded at any time within 12 months of purchase, minus a $50 administration fee. Packages bought on sale are refunded at the price paid.</p>
<p><strong>Gift cards.</strong> Gift cards can be used toward consultations, infusions and comfort kits. The recipient still needs a medical consultation and must be found eligible before any infusion. Gift cards are never exchangeable for medication.</p>
<p><strong>HSA/FSA and insurance.</strong> Most HSA and FSA cards are accepted. Ketamine infusions for depression are generally not covered by insurance, but we provide an itemised superbill with diagnosis and procedure codes you can submit for out-of-network reimbursement. Esketamine nasal spray is not offered at this location; we refer to nearby certified treatment centres.</p>
<p><strong>Financing.</strong> Third-party medical financing is available subject to approval.</p>
<p><strong>Comfort kits.</strong> Comfort kits can be shipped to you or picked up at the front desk. They contain no medication of any kind.</p>
<p><strong>Cancellations.</strong> Please give us 48 hours' notice to move an infusion. Late cancellations may be charged $100, which we waive for illness or emergencies.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<p><strong>Can I buy a series and start the same week?</strong> Only if your consultation has already taken place and our physician has cleared you. New patients usually start within 7&ndash;10 days of their consultation.</p>
<p><strong>Do I need a referral?</strong> A referral is not strictly required, but we need to be in contact with a provider who knows your history, and we will ask for your permission to coordinate with them.</p>
<p><strong>Can I bring someone with me?</strong> Yes. A support person can sit with you in the suite during your infusion if you wish, and must drive you home afterwards.</p>
<p><strong>Do you offer at-home or mobile infusions?</strong> No. For your safety, every infusion takes place in our clinic with monitoring equipment and emergency medications on hand.</p>
</section>

<section class="visit">
<h2>Visit us</h2>
<p>2240 Larkspur Avenue, Suite 110, Bend, OR. Free parking behind the building. Open Monday to Friday 8 am &ndash; 6 pm, Saturday 9 am &ndash; 1 pm. Phone (541) 555-0126. New patients: <a href="/consultation">book a consultation</a>.</p>
</section>
</main>
<footer>
<p>Blue Pine Infusion Center, PC &middot; Ketamine for depression, anxiety, PTSD and chronic pain is an off-label use. Individual results vary. If you are in crisis call or text 988.</p>
<p>&copy; 2026 Blue Pine Infusion Center &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Non-discrimination notice</a></p>
</footer>
""", noise="cookie")

p("h10825", "https://prairie-ketamine-clinic.example/news/veteran-finds-relief-after-years-of-ptsd", "clinic", False, "en",
  "news-looking-feature-is-clinic-press-page", "Tulsa Veteran Finds Relief After Years of PTSD | Prairie Ketamine Clinic News", """
<header><a href="/">Prairie Ketamine Clinic</a> <nav><a href="/news">News</a> <a href="/treatments">Treatments</a> <a href="/veterans">Veterans</a> <a href="/contact">Contact</a></nav></header>
<article>
<p class="meta">Community News &middot; October 29, 2026</p>
<h1>Tulsa Veteran Finds Relief After Years of PTSD</h1>
<p>For eleven years after his second deployment, Marcus Bell slept in two-hour stretches. The former Army sergeant tried medications, group therapy and a residential programme. "I'd get a few good weeks, then I'd be right back," he said.</p>
<p>Last spring his VA psychiatrist suggested ketamine. Bell was sceptical. "I'd heard it was a party drug. I didn't want to trade one problem for another." What changed his mind was learning how treatment is done: a physician consultation first, then infusions given in a monitored clinic room, with a nurse beside him the whole time.</p>
<p>Bell completed six infusions over three weeks. He still sees his therapist every week, and he is clear that ketamine is not a cure. "It's like somebody opened a window. I still have to do the work, but I can breathe now."</p>
<p>Research on ketamine for PTSD is still developing, and results vary widely between patients. Specialists stress that it should be considered alongside evidence-based therapy, not instead of it.</p>
<hr>
<p class="about">Marcus Bell was treated at Prairie Ketamine Clinic, 4120 South Harvard Avenue, Tulsa. Our physicians provide IV ketamine infusions and REMS-certified esketamine treatment in our office, and we accept referrals through the VA Community Care Network. To schedule an in-person consultation, call (918) 555-0177 or <a href="/contact">request an appointment online</a>.</p>
</article>
<footer>&copy; 2026 Prairie Ketamine Clinic, PLLC</footer>
""")

p("h10826", "https://riverbend-ketamine.example/gift-cards", "clinic", False, "en",
  "gift-card-shop-turns-out-clinic-short", "Gift Cards | Riverbend Ketamine & Wellness", """
<main>
<h1>Give the gift of feeling better</h1>
<p>Digital gift cards from $100 to $2,500. Delivered instantly by email. <button>Buy a gift card</button></p>
<p class="fine">Gift cards can be applied to consultations and infusions at our clinic in Asheville, NC. Recipients must complete a medical evaluation with our physician and be found eligible before any treatment; every infusion is given on site under nursing supervision.</p>
</main>
<footer>Riverbend Ketamine &amp; Wellness &middot; 18 Lexington Ave, Asheville, NC &middot; (828) 555-0140</footer>
""")

p("h10827", "https://harborview-spravato-center.example/spravato", "clinic", False, "en",
  "spravato-product-and-price-page-then-in-office-rems-centre", "SPRAVATO® (esketamine) CIII Nasal Spray | Harborview Treatment Center", """
<header><a href="/">Harborview Treatment Center</a> <nav><a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>SPRAVATO&reg; (esketamine) CIII Nasal Spray</h1>
<table class="pricing">
<tr><th>Dose</th><th>Devices</th><th>Typical cash price per session</th></tr>
<tr><td>56 mg</td><td>2 devices</td><td>$890</td></tr>
<tr><td>84 mg</td><td>3 devices</td><td>$1,290</td></tr>
</table>
<p>Most commercial plans, Medicare and many Medicaid plans cover Spravato. We verify your benefits before your first visit and help with manufacturer savings programmes; many insured patients pay $10 or less per session.</p>
<a class="btn" href="/spravato/start">Get started</a>
<h2>How Spravato is given at Harborview</h2>
<p>Spravato is never sent home with you and is not available by mail. Harborview is a certified Spravato REMS treatment center: you take the nasal spray yourself in one of our private treatment rooms, under the direct supervision of our nursing staff. We check your blood pressure before and after, and you stay with us for at least two hours until our clinician confirms you are ready to leave. You will need someone to drive you home.</p>
<p>To start, you need a referral or an evaluation by one of our psychiatrists, Dr. Leah Morrissey or Dr. Vikram Sethi, who confirm that you meet the criteria for treatment-resistant depression and that Spravato is safe for you.</p>
<p>Harborview Treatment Center &middot; 300 Elliott Avenue West, Suite 210, Seattle, WA &middot; (206) 555-0164</p>
</main>
<footer>&copy; 2026 Harborview Treatment Center, PS &middot; Please see full Prescribing Information and Medication Guide.</footer>
""")

p("h10828", "https://summitpain-associates.example/pricing.txt", "clinic", False, "en",
  "price-sheet-snippet-then-in-person-pain-clinic-txt", "Summit Pain Associates - ketamine price sheet", """
SUMMIT PAIN ASSOCIATES - SELF-PAY PRICE SHEET 2026
Ketamine infusion, 4 hr (CRPS/neuropathic pain): $1,050 - Series of 5: $4,750 - Deposit $200 to hold your chair, payable online.

All infusions are given in person at our Denver clinic under the supervision of a board-certified pain physician and an anaesthesia provider, after a new-patient evaluation with imaging review. We do not prescribe ketamine for home use.
""", ext="txt")

p("h10829", "https://praxis-lichtblick-muenchen.example/preise-und-pakete", "clinic", False, "de",
  "preise-pakete-warenkorb-dann-praxis-vor-ort-lang", "Preise & Pakete | Praxis Lichtblick – Ketamin- und Esketamin-Behandlung München", """
<header class="kopf">
<div class="hinweis">Nur bis 31.12.: 10 % Rabatt auf alle Behandlungspakete mit dem Code WINTER10 &middot; Ratenzahlung ab 0 %</div>
<a class="logo" href="/">Praxis <strong>Lichtblick</strong></a>
<nav><a href="/behandlungen">Behandlungen</a> <a href="/preise-und-pakete">Preise &amp; Pakete</a> <a href="/gutscheine">Gutscheine</a> <a href="/team">Team</a> <a href="/anfahrt">Anfahrt</a> <a href="/termin">Online-Termin</a> <a href="/warenkorb">Warenkorb (0)</a></nav>
</header>
<main>
<h1>Preise &amp; Pakete</h1>
<p class="intro">Transparente Festpreise, sichere Online-Zahlung, sofortige Buchungsbestätigung. Wählen Sie Ihr Paket und legen Sie es in den Warenkorb &ndash; den Rest erledigen wir.</p>

<section class="pakete">
<div class="paket">
<h2>Ketamin-Infusion &ndash; Einzelbehandlung</h2>
<p class="preis">480 &euro;</p>
<p>Eine intravenöse Behandlung, ca. 40 Minuten.</p>
<button>In den Warenkorb</button>
</div>
<div class="paket beliebt">
<p class="badge">Beliebtestes Paket</p>
<h2>Ketamin-Infusion &ndash; Serie mit 6 Behandlungen</h2>
<p class="preis"><s>2.880 &euro;</s> 2.590 &euro;</p>
<p>Sechs Infusionen innerhalb von drei Wochen, inklusive Abschlussgespräch.</p>
<button>In den Warenkorb</button>
</div>
<div class="paket">
<h2>Auffrischungsbehandlung</h2>
<p class="preis">420 &euro;</p>
<p>Für Patientinnen und Patienten nach abgeschlossener Serie.</p>
<button>In den Warenkorb</button>
</div>
<div class="paket">
<h2>Esketamin-Nasenspray &ndash; Begleitpaket für Selbstzahler</h2>
<p class="preis">ab 690 &euro; je Sitzung</p>
<p>Für Privatversicherte und Selbstzahler; gesetzlich Versicherte beachten bitte den Hinweis unten.</p>
<button>In den Warenkorb</button>
</div>
<div class="paket">
<h2>Geschenkgutschein</h2>
<p class="preis">50 &ndash; 3.000 &euro;</p>
<p>Per E-Mail als PDF, drei Jahre gültig.</p>
<button>In den Warenkorb</button>
</div>
</section>

<section class="zahlung">
<h2>Bezahlung</h2>
<p>Wir akzeptieren Kreditkarte, PayPal, SEPA-Lastschrift, Sofortüberweisung und Ratenzahlung über unseren Finanzierungspartner. Für die Reservierung eines Termins wird eine Anzahlung von 100 &euro; fällig, die mit der ersten Behandlung verrechnet wird. Nach dem Kauf erhalten Sie sofort eine Bestätigung per E-Mail.</p>
</section>

<section class="stimmen">
<h2>Das sagen unsere Patientinnen und Patienten</h2>
<blockquote>&bdquo;Buchung am Sonntagabend, Bestätigung sofort, alles ganz unkompliziert.&ldquo; &ndash; Sabine, 51</blockquote>
<blockquote>&bdquo;Das Sechserpaket hat sich für mich gelohnt.&ldquo; &ndash; Thomas, 38</blockquote>
</section>

<section class="wichtig">
<h2>Wichtig: Was Sie mit einem Paket kaufen &ndash; und was nicht</h2>
<p>Unsere Seite funktioniert wie ein Online-Shop, damit Sie Termine und Zahlungen bequem von zu Hause erledigen können. Trotzdem sind wir kein Versandhandel. Die Praxis Lichtblick ist eine privatärztliche Praxis für Psychiatrie und Anästhesiologie in der Leopoldstraße 112 in München-Schwabing. <strong>Jede Behandlung findet ausschließlich bei uns in der Praxis statt</strong>, unter ärztlicher Aufsicht. Wir verkaufen und versenden weder Ketamin noch Esketamin, und kein Paket berechtigt zum Erhalt eines Medikaments.</p>
</section>

<section class="ablauf">
<h2>So läuft die Behandlung ab</h2>
<h3>1. Ärztliches Vorgespräch</h3>
<p>Vor jeder ersten Behandlung steht ein ausführliches Vorgespräch mit unserer Fachärztin für Psychiatrie und Psychotherapie, Dr. med. Johanna Berghammer. Es dauert etwa 60 Minuten und findet in der Praxis statt; in Ausnahmefällen ist ein erster Kontakt per Videosprechstunde möglich, die Untersuchung erfolgt aber immer vor Ort. Wir besprechen Ihre Vorgeschichte, bisherige Medikamente und Psychotherapien, messen Blutdruck und Puls, schreiben bei Bedarf ein EKG und bitten Sie, Arztbriefe Ihrer behandelnden Psychiaterin oder Ihres Hausarztes mitzubringen.</p>
<p>Eine Behandlung mit Ketamin oder Esketamin kommt nicht für alle Menschen infrage. Gegen eine Behandlung sprechen unter anderem ein nicht eingestellter Bluthochdruck, bestimmte Herz-Kreislauf-Erkrankungen, Psychosen in der Vorgeschichte, eine Schwangerschaft oder eine bestehende Suchterkrankung. Kommen wir zu dem Schluss, dass die Behandlung für Sie nicht geeignet ist, <strong>erstatten wir bereits gekaufte Pakete vollständig</strong>, auch wenn Sie einen Rabattcode verwendet haben.</p>
<h3>2. Der Behandlungstag</h3>
<p>Bitte kommen Sie nüchtern (sechs Stunden keine feste Nahrung) und organisieren Sie eine Begleitperson für den Heimweg, denn am Behandlungstag dürfen Sie nicht selbst Auto fahren oder Rad fahren. Unsere Pflegekraft legt einen Venenzugang und schließt Sie an die Überwachung von Herzrhythmus, Blutdruck und Sauerstoffsättigung an. Die Infusion wird von unserem Facharzt für Anästhesiologie, Dr. med. Florian Aigner, gesteuert, der während der gesamten Behandlung anwesend ist.</p>
<p>Viele Patientinnen und Patienten bringen eigene Musik und eine Schlafmaske mit. Während der Infusion können Wahrnehmungsveränderungen, ein Gefühl des Schwebens oder der Loslösung vom Körper auftreten; das ist normal und klingt nach dem Ende der Infusion rasch ab. Wenn es Ihnen unangenehm wird, sagen Sie es bitte: Wir können die Laufgeschwindigkeit jederzeit verringern oder die Infusion beenden.</p>
<p>Nach der Infusion bleiben Sie mindestens 45 Minuten in unserem Ruheraum, bis die Wirkung abgeklungen ist und die Ärztin oder der Arzt Sie entlässt.</p>
<h3>3. Esketamin-Nasenspray</h3>
<p>Das Nasenspray wenden Sie unter Aufsicht in einem unserer Behandlungsräume selbst an. Anschließend werden Sie mindestens zwei Stunden überwacht. Gesetzlich Versicherte können die Behandlung unter den Voraussetzungen der Zulassung auf Rezept erhalten; in diesem Fall rechnen wir nicht über den Shop ab, sondern stellen ein Rezept aus und die Behandlung findet ebenfalls in der Praxis statt. Das Medikament wird nicht mit nach Hause gegeben.</p>
<h3>4. Verlauf und Nachsorge</h3>
<p>Vor jeder Behandlung erfassen wir Ihre Stimmung mit einem kurzen Fragebogen. Zeigt sich nach vier Infusionen keine Besserung, besprechen wir offen, ob eine Fortsetzung sinnvoll ist, und erstatten nicht genutzte Behandlungen. Wir empfehlen dringend eine begleitende Psychotherapie und stehen auf Wunsch in Kontakt mit Ihren behandelnden Ärztinnen und Ärzten.</p>
</section>

<section class="sicherheit">
<h2>Sicherheit in der Praxis</h2>
<p>Unsere Behandlungsräume sind wie ein Aufwachraum ausgestattet: Monitor für EKG, Blutdruck und Sauerstoffsättigung, Sauerstoff, Absaugung, Defibrillator und Notfallmedikamente. Alle Mitarbeitenden nehmen zweimal im Jahr an einem Reanimationstraining teil. Ketamin wird bei uns als Betäubungsmittel nach den gesetzlichen Vorschriften gelagert und dokumentiert; es verlässt die Praxis nicht. Vor jeder Behandlung fragen wir nach neuen Medikamenten, Alkohol- und Drogenkonsum und nach Ihrem aktuellen Befinden. Wenn Ihr Blutdruck zu hoch ist oder Sie sich akut unwohl fühlen, verschieben wir die Infusion &ndash; selbstverständlich ohne zusätzliche Kosten.</p>
</section>

<section class="team">
<h2>Ihr Team vor Ort</h2>
<ul>
<li><strong>Dr. med. Johanna Berghammer</strong> &ndash; Fachärztin für Psychiatrie und Psychotherapie, ärztliche Leitung</li>
<li><strong>Dr. med. Florian Aigner</strong> &ndash; Facharzt für Anästhesiologie, Notfallmedizin</li>
<li><strong>Melanie Kraus</strong> &ndash; Fachkrankenpflegerin für Anästhesie und Intensivpflege</li>
<li><strong>Lukas Brenner</strong> &ndash; Psychologischer Psychotherapeut, Integrationsgespräche</li>
</ul>
</section>

<section class="kosten">
<h2>Kostenerstattung</h2>
<p>Die intravenöse Ketamin-Behandlung bei Depressionen ist eine Anwendung außerhalb der Zulassung. Private Krankenversicherungen erstatten die Kosten teilweise; eine Zusage vorab ist empfehlenswert. Sie erhalten von uns eine Rechnung nach der Gebührenordnung für Ärzte (GOÄ), die Sie einreichen können. Gesetzliche Krankenkassen übernehmen die Infusionen in der Regel nicht.</p>
</section>

<section class="faq">
<h2>Häufige Fragen zum Shop</h2>
<p><strong>Kann ich ein Paket kaufen und direkt am nächsten Tag mit der Behandlung beginnen?</strong> Nein. Zuerst findet das ärztliche Vorgespräch statt. Erst wenn Dr. Berghammer die Behandlung befürwortet, vergeben wir die Infusionstermine. In der Regel liegen zwischen Vorgespräch und erster Infusion ein bis zwei Wochen.</p>
<p><strong>Wie lange ist ein gekauftes Paket gültig?</strong> Zwölf Monate ab Kauf. Nicht genutzte Behandlungen erstatten wir jederzeit anteilig, abzüglich einer Bearbeitungsgebühr von 40 &euro;.</p>
<p><strong>Kann ich einen Gutschein verschenken?</strong> Ja. Die beschenkte Person muss aber wie alle anderen ein ärztliches Vorgespräch führen, und der Gutschein kann nur für Leistungen in unserer Praxis eingelöst werden, niemals gegen Medikamente.</p>
<p><strong>Bieten Sie Hausbesuche oder eine Behandlung zu Hause an?</strong> Nein. Ketamin und Esketamin wenden wir aus Sicherheitsgründen ausschließlich in unseren Praxisräumen an, wo Überwachungsgeräte und Notfallausrüstung bereitstehen.</p>
<p><strong>Brauche ich eine Überweisung?</strong> Nicht zwingend. Wir bitten Sie aber, aktuelle Befunde und Arztbriefe mitzubringen, und stimmen uns mit Ihrer Einwilligung mit Ihren behandelnden Ärztinnen und Ärzten ab.</p>
</section>

<section class="anfahrt">
<h2>Anfahrt</h2>
<p>Praxis Lichtblick, Leopoldstraße 112, 80802 München. U3/U6 Haltestelle Münchner Freiheit, drei Gehminuten. Sprechzeiten Montag bis Freitag 8&ndash;18 Uhr. Telefon 089 555 01 72.</p>
</section>
</main>
<footer>
<p>&copy; 2026 Praxis Lichtblick &middot; Privatärztliche Praxis &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a> &middot; In akuten Krisen: Telefonseelsorge 0800 111 0 111 oder Notruf 112.</p>
</footer>
""", noise="cookie-de")

p("h10830", "https://clinicaserenar.example/loja", "clinic", False, "pt",
  "loja-com-pacotes-e-pix-depois-clinica-presencial", "Loja | Clínica Serenar – Infusões de Cetamina em São Paulo", """
<header><a href="/">Clínica Serenar</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/loja">Loja</a> <a href="/equipe">Equipe</a> <a href="/carrinho">Carrinho (0)</a></nav></header>
<main>
<h1>Loja Serenar</h1>
<div class="produtos">
<div><h2>Sessão avulsa de cetamina</h2><p>R$ 1.200</p><button>Comprar</button></div>
<div><h2>Pacote 6 sessões</h2><p><s>R$ 7.200</s> R$ 6.300 &ndash; em até 10x sem juros</p><button>Comprar</button></div>
<div><h2>Vale-presente</h2><p>a partir de R$ 200</p><button>Comprar</button></div>
</div>
<p>Pague com Pix e ganhe 5% de desconto, ou parcele no cartão.</p>
<h2>Antes de comprar</h2>
<p>A Clínica Serenar é uma clínica médica registrada no CREMESP, na Rua Haddock Lobo, 585, em São Paulo. Todas as infusões são feitas presencialmente, em nossas salas, com monitorização contínua e acompanhamento de anestesiologista. Não vendemos nem enviamos cetamina para uso em casa.</p>
<p>Antes da primeira sessão, você passa por uma consulta com nosso psiquiatra, Dr. Rafael Tavares (CRM-SP 123456), que avalia histórico, medicações e contraindicações. Se o tratamento não for indicado para você, devolvemos integralmente o valor do pacote.</p>
<p>No dia da sessão, venha em jejum de seis horas e com acompanhante: você não poderá dirigir até o dia seguinte.</p>
</main>
<footer>&copy; 2026 Clínica Serenar &middot; Diretor técnico: Dr. Rafael Tavares &middot; (11) 5555-0190</footer>
""", noise="cookie-pt")

p("h10831", "https://studiorinascita-milano.example/pacchetti", "clinic", False, "it",
  "pacchetti-e-whatsapp-poi-studio-medico-in-sede-corta", "Pacchetti e prenotazioni | Studio Medico Rinascita", """
<main>
<h1>Pacchetti ketamina</h1>
<p>Seduta singola 450 &euro; &middot; Ciclo di 6 sedute 2.400 &euro; &middot; Prenota e paga l'acconto online o scrivici su WhatsApp al +39 333 555 0128.</p>
<p>Tutte le infusioni si svolgono nel nostro studio di Via Vittor Pisani 16 a Milano, sotto il controllo di un medico anestesista, dopo una visita psichiatrica obbligatoria. Non spediamo farmaci.</p>
</main>
<footer>Studio Medico Rinascita &middot; Direttore sanitario Dr.ssa Chiara Valsecchi</footer>
""")

# ================================================================ informational (9)

p("h10832", "https://consumerhealth.gov.example/alerts/2026/buying-ketamine-online", "informational", False, "en",
  "government-alert-opens-with-mock-seller-ad-long", "Consumer Alert: Buying Ketamine Online | Office of Consumer Health Protection", """
<div class="gov-banner">An official website of the State Department of Health. Here's how you know.</div>
<header class="agency">
<a class="seal" href="/">Office of Consumer Health Protection</a>
<nav><a href="/alerts">Alerts &amp; Warnings</a> <a href="/report">Report a Website</a> <a href="/medicines">Safe Medicines</a> <a href="/about">About Us</a> <a href="/es">Español</a></nav>
</header>
<main>
<div class="mock-ad" role="img" aria-label="Example of a typical illegal online pharmacy advertisement">
<p class="big">BUY KETAMINE ONLINE &ndash; NO PRESCRIPTION NEEDED</p>
<p>Pharmaceutical grade &middot; Nasal spray, vials, crystal &middot; Overnight delivery &middot; 100% discreet</p>
<p>5 vials only $260 &middot; Save 20% when you pay with Bitcoin &middot; Free reship if seized</p>
<p>Order now on Telegram or WhatsApp!</p>
<p class="stamp">EXAMPLE &ndash; DO NOT TRUST</p>
</div>
<p class="caption">The advertisement above is a composite based on real websites reported to our office. It is shown for illustration only. The prices, contact methods and promises are typical of illegal sellers.</p>

<article>
<p class="meta">Consumer Alert &middot; Issued November 2026 &middot; Reviewed by the State Board of Pharmacy</p>
<h1>Consumer Alert: Buying Ketamine Online</h1>
<p>If you have seen an advertisement like this one &mdash; on a search engine, in a social media message, in the comments of a video about depression, or even at the bottom of a news article &mdash; you are not alone. Our office has received more than 600 reports about websites selling ketamine and esketamine without a prescription in the past year. This alert explains why these sellers are dangerous, how to recognise them, and what safe treatment looks like.</p>

<h2>Why people are searching for ketamine</h2>
<p>Ketamine is a legitimate medicine. It has been used as an anaesthetic for more than fifty years, and in lower doses it can help some people with treatment-resistant depression. An esketamine nasal spray is approved for adults with depression that has not responded to other treatments, and some clinics provide ketamine infusions off-label. Demand is high, clinics can have waiting lists, and treatment is often expensive. Illegal sellers exploit exactly these frustrations.</p>

<h2>The warning signs</h2>
<p>A website or seller is very likely illegal if it:</p>
<ul>
<li>offers ketamine or esketamine <strong>without a prescription</strong>, or says a short online form or "quiz" is enough;</li>
<li>promises that "no doctor visit" or "no evaluation" is needed, or that your order will be "approved automatically";</li>
<li>takes payment in <strong>cryptocurrency, gift cards, peer-to-peer apps or wire transfer</strong>, or offers a discount for paying that way;</li>
<li>asks you to order through <strong>Telegram, WhatsApp, Signal, Wickr or Session</strong> instead of a secure patient portal;</li>
<li>advertises "stealth", "discreet" or "vacuum-sealed" shipping, or promises to "reship" if customs seizes the package;</li>
<li>sells ketamine as crystal or powder, or sells analogues such as 2F-DCK or deschloroketamine labelled "for research only" or "not for human consumption";</li>
<li>sells veterinary ketamine to the public;</li>
<li>has no physical address in the United States, no named pharmacist and no state pharmacy licence you can verify.</li>
</ul>
<p>Some illegal sellers copy the language of real clinics and telehealth services. They may talk about "licensed providers", show photos of doctors, or publish long, convincing guides to ketamine therapy before asking you to order. Others hide their offers in articles that look like news stories or in forum posts written as personal testimonials. The design of a page tells you very little. What matters is whether a licensed clinician actually evaluates you before anything is prescribed.</p>

<h2>What can go wrong</h2>
<p><strong>You may not get ketamine at all.</strong> Products bought from illegal sellers have been found to contain other substances, including more potent analogues, stimulants and, in some cases, fentanyl. Counterfeit "nasal sprays" have contained the wrong dose or no active ingredient.</p>
<p><strong>You will not be screened for risks.</strong> Ketamine raises blood pressure and heart rate and can be dangerous for people with certain heart conditions, a history of psychosis, or who are pregnant. It can interact with other medicines and with alcohol. A clinician checks for these problems; a seller does not.</p>
<p><strong>There is no one watching.</strong> Ketamine causes dissociation. Taken alone, without monitoring, it has contributed to falls, drownings, traffic crashes and deaths. Frequent use can cause serious bladder damage and dependence.</p>
<p><strong>You may lose your money and your data.</strong> Many of these sellers never ship anything. Others use your payment details or the personal information you provide for identity theft or extortion, including threats to report you to the police unless you pay more.</p>
<p><strong>You may be breaking the law.</strong> Ketamine is a Schedule III controlled substance. Buying it without a valid prescription, or importing it from abroad, can be a criminal offence.</p>

<h2>What safe treatment looks like</h2>
<p>Legitimate ketamine and esketamine treatment always involves a licensed clinician who evaluates you and takes responsibility for your care.</p>
<ul>
<li><strong>In-person clinics</strong> give infusions or injections in a medical office, with monitoring during and after each session.</li>
<li><strong>Esketamine nasal spray</strong> is given only in certified healthcare settings, where you are observed for at least two hours.</li>
<li><strong>Telehealth services</strong> that prescribe ketamine for home use should evaluate you by live video with a clinician licensed in your state, verify your identity, check the state prescription monitoring database, and send the prescription to a licensed pharmacy. They should follow up with you regularly.</li>
</ul>
<p>Prices, shopping carts, memberships and packages are not, by themselves, a sign that a provider is illegal. Many legitimate clinics and telehealth services let you pay online. What matters is the evaluation, the prescription and the licensed pharmacy.</p>

<h2>How to check a pharmacy or provider</h2>
<ol>
<li>Look up the pharmacy on the State Board of Pharmacy licence verification page, and the prescriber on the medical or nursing board's page.</li>
<li>Check whether the pharmacy requires a valid prescription and has a physical address and a pharmacist you can speak with.</li>
<li>Be suspicious of any site that only communicates through messaging apps.</li>
</ol>

<h2>Report a website</h2>
<p>If you have found a website, social media account or advertisement offering ketamine without a prescription, <a href="/report">report it to our office</a>. You can report anonymously. Please include the web address, screenshots and any usernames or phone numbers. We share reports with the Board of Pharmacy, federal partners and internet platforms. We do not prosecute people who report a website they considered buying from.</p>
<p>If you have taken a product bought online and feel unwell, call Poison Control at 1-800-222-1222. In an emergency call 911. If you are struggling with thoughts of suicide, call or text 988.</p>
</article>
</main>
<footer class="agency-footer">
<p>Office of Consumer Health Protection &middot; State Department of Health &middot; 1400 Capitol Mall, Room 310 &middot; Consumer line (800) 555-0100</p>
<p><a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/foia">Public records</a></p>
</footer>
""")

p("h10833", "https://trd-support-community.example/threads/spravato-week-3-is-the-dissociation-supposed-to-get-easier.20931/", "informational", False, "en",
  "patient-forum-thread-with-one-vendor-spam-reply", "Spravato week 3 - is the dissociation supposed to get easier? | TRD Support Community", """
<header><a href="/">TRD Support Community</a> <nav><a href="/forums/treatments">Treatments</a> <a href="/forums/spravato-ketamine">Spravato &amp; Ketamine</a> <a href="/forums/caregivers">Caregivers</a> <a href="/register">Register</a></nav></header>
<div class="thread">
<h1>Spravato week 3 &ndash; is the dissociation supposed to get easier?</h1>
<div class="post"><p class="by"><strong>tidewater_jen</strong> &middot; Nov 30, 2026</p>
<p>I'm on my sixth session (84 mg). The first two were rough, like being underwater, and I was honestly scared. Now it's milder but I still spend the first 40 minutes feeling like I'm made of static. Mood-wise I think I'm a little better? My husband says I'm laughing more. Did it get easier for you, and when did you know it was working?</p></div>
<div class="post"><p class="by"><strong>oldsalt_mike</strong> &middot; Nov 30, 2026</p>
<p>Got much easier for me around session 8. What helped: the same playlist every time, eye mask, and not fighting it. The nurse at my center said the dissociation doesn't predict whether it works, so don't judge it by how intense it feels.</p></div>
<div class="post"><p class="by"><strong>k_relief_direct</strong> &middot; Dec 1, 2026 &middot; <em>new member, 1 post</em></p>
<p>Why sit in a clinic twice a week? I supply genuine esketamine spray and ketamine vials, no prescription, shipped discreet to your door in 2 days. Crypto or Cash App. Telegram @k_relief_direct for prices.</p></div>
<div class="post"><p class="by"><strong>Moderator_Ana</strong> &middot; Dec 1, 2026</p>
<p>Reminder to everyone: our forum does not allow sales or sourcing. The account above has been banned and the post will be removed in the next cleanup. Never buy from people who message you here &ndash; these are often scams and the products can be dangerous. Please use the Report button.</p></div>
<div class="post"><p class="by"><strong>quietfern</strong> &middot; Dec 1, 2026</p>
<p>Back to the actual question: for me the dissociation never got much lighter, but I stopped minding it. I noticed the mood change after about session 5, mostly as less of the 3 am dread. Hang in there, Jen. Bring up the static feeling with your prescriber; mine lowered me to 56 mg for a couple of weeks and it was much more bearable.</p></div>
<div class="post"><p class="by"><strong>tidewater_jen</strong> &middot; Dec 2, 2026</p>
<p>Thank you all, this helps. And wow, that spam account. Reported.</p></div>
</div>
<footer>TRD Support Community is a peer-support forum run by volunteers. Nothing here is medical advice. <a href="/rules">Community rules</a></footer>
""")

p("h10834", "https://mailcheck-drugtesting.example/send-a-sample", "informational", False, "en",
  "drug-checking-by-mail-looks-like-shop-short", "Send Us a Sample | MailCheck Drug Testing", """
<main>
<h1>Got ketamine? Ship it to us.</h1>
<p>Anonymous, by mail, free. Order a prepaid sample kit with no name needed, post 10 mg, get results online in 5&ndash;7 days.</p>
<p>MailCheck is a non-profit drug-checking service run with a university analytical chemistry lab. We test samples using GC-MS and publish anonymised results and alerts; we never sell drugs and we destroy every sample after analysis.</p>
</main>
""")

p("h10835", "https://thecoastalledger.example/investigations/2026/12/we-ordered-ketamine-online-heres-what-arrived", "informational", False, "en",
  "news-investigation-opens-like-order-walkthrough-long", "We Ordered Ketamine Online Without a Prescription. Here's What Arrived. | The Coastal Ledger", """
<header class="paper">
<a class="masthead" href="/">The Coastal Ledger</a>
<nav><a href="/local">Local</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">Investigations &middot; Part 2 of "The Ketamine Gold Rush"</p>
<h1>We Ordered Ketamine Online Without a Prescription. Here's What Arrived.</h1>
<p class="byline">By Hannah Delacroix and Omar Whitley &middot; December 4, 2026</p>

<p>Step one: pick your product. "Ketamine HCl nasal spray, 100 mg/ml, 3 bottles &ndash; $389." Add to cart.</p>
<p>Step two: the "wellness form." Five questions. Age? Over 21. Any heart conditions? No. Have you used ketamine before? Yes. Do you understand the risks? Yes. Do you agree to our terms? Yes. Order approved &mdash; instantly.</p>
<p>Step three: payment. Card is possible, the checkout says, but "crypto saves you 20% and protects your privacy." A QR code appears. Send $311.20 in bitcoin within 30 minutes.</p>
<p>Step four: a message on Telegram from "Sam, Customer Care." "Thank you for your order! Your package will ship in 24h in stealth packaging. If customs takes it we reship free. Let me know if you want to add vials, we have a special this week."</p>
<p>The whole process took less than seven minutes. At no point did anyone ask for a prescription, a name that matched a photo ID, or a single word from a doctor.</p>

<h2>A newsroom goes shopping</h2>
<p>Over eight weeks this autumn, reporters for The Coastal Ledger placed orders with nine websites and social media accounts that advertised ketamine or esketamine for sale without a prescription. We chose them from the first pages of search results for phrases such as "buy ketamine online" and "esketamine without prescription," and from accounts that contacted a reporter's test profile after she commented on a video about depression treatment.</p>
<p>We paid a total of $2,140, mostly in cryptocurrency because several sellers would accept nothing else. With the help of an attorney, we informed the state Board of Pharmacy before ordering and arranged for every package to be delivered unopened to an accredited forensic laboratory, which analysed the contents and then destroyed them.</p>
<p>Of the nine orders, four never arrived. Two of those sellers stopped responding after payment; the other two asked for an additional "customs clearance fee" of $180 before they would ship, a common fraud tactic. One seller, whose site was styled like a news-and-guides page about ketamine clinics, sent a package that contained a nasal spray bottle of plain water.</p>
<p>The remaining four orders did contain an arylcyclohexylamine &mdash; the chemical family that includes ketamine. But only two contained ketamine as the main ingredient, and in one of those the concentration was less than half what the label claimed. One "pharmaceutical-grade esketamine spray" contained 2-fluorodeschloroketamine, a research chemical that is not approved for any medical use. One bag of "S-ketamine crystal" contained deschloroketamine, which is several times more potent by weight.</p>
<p>"If someone dosed that crystal like they had read to dose ketamine, they could end up far deeper than they expected," said Dr. Ifeoma Nwosu, a toxicologist who reviewed the lab results for the Ledger. "And that is the best-case surprise. The worst case is something we did not test for."</p>

<h2>Dressed as clinics, news sites and forums</h2>
<p>What struck reporters most was how carefully some sellers imitated legitimate healthcare. One site promised "online ketamine therapy with licensed providers" in its headline, displayed stock photos of clinicians and a weekly "care check-in" &mdash; and, near the bottom of the page, announced that "no evaluation is needed" and that orders "ship in 24h." Another published a long, well-written guide to ketamine infusions, describing fasting rules and blood pressure checks in accurate detail, before urging readers who "can't wait" to order from its "supply partner."</p>
<p>A third, styled as a health news site, ran an article about clinic waiting lists that ended with a sponsored box giving a Telegram handle and a discount code. A fourth operated as a "verified vendor" on a forum, posting a personal story of recovery from depression above a price menu.</p>
<p>Legitimate providers say these imitations make their own work harder. "Patients come to us confused, or after a scare," said the medical director of an infusion clinic in our region, who asked that her practice not be named to avoid being targeted by copycat sites. "They thought they were signing up with a doctor."</p>

<h2>What the law says</h2>
<p>Ketamine is a Schedule III controlled substance under federal law. It can be dispensed only by a pharmacy on a valid prescription issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice. Telehealth providers can prescribe it after a proper evaluation, under rules that have been extended several times since the pandemic. Selling it without a prescription, or importing it for sale, is a federal crime.</p>
<p>The state Board of Pharmacy said it had referred the websites identified in our reporting to federal authorities. Three were offline within two weeks. Two had reappeared under new domain names within a month, with identical text and the same Telegram contacts.</p>

<h2>Who buys</h2>
<p>In interviews, more than a dozen people who had bought ketamine online described similar paths. Most had depression or chronic pain. Most had tried, or looked into, a clinic. Cost and waiting times came up again and again. "I had the $500 for one infusion, not for six," said one 34-year-old man from the county, who asked not to be named. He bought vials from a seller on a messaging app for eight months before ending up in the emergency department with severe bladder pain.</p>
<p>Researchers who study online drug markets say the pattern is familiar. "Any time there is a legitimate medicine in short supply or out of reach financially, illegal markets grow to fill the gap," said a public health researcher at a state university. "The marketing mirrors whatever makes the legitimate version trustworthy."</p>

<h2>How to tell the difference</h2>
<p>Regulators and clinicians interviewed for this story offered the same test: does a licensed clinician evaluate you &mdash; in person or by live video &mdash; before anything is prescribed, and does a licensed pharmacy dispense only on that prescription? Prices, shopping carts and shipping are not, on their own, red flags; many legitimate telehealth services ship prescribed medication. Payment only in cryptocurrency, ordering through messaging apps, "stealth" shipping and promises to reship seized packages are.</p>
<p>The Ledger did not use any of the products it bought. Lab reports for each order are available on our website. Part 3 of this series will examine how search engines and social platforms handle advertisements for these sellers.</p>
<p class="note">If you or someone you know is struggling, call or text 988. To report a website selling prescription drugs without a prescription, contact the state Board of Pharmacy.</p>
</article>
</main>
<footer><p>&copy; 2026 The Coastal Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/tips">Send us a tip</a></p></footer>
""", noise="cookie")

p("h10836", "https://meridian-compounding.example/products/ketamine-hcl-sublingual-rdt", "informational", False, "en",
  "compounding-pharmacy-product-page-with-cart-rx-only", "Ketamine HCl Rapid-Dissolve Tablets | Meridian Compounding Pharmacy", """
<header><a href="/">Meridian Compounding Pharmacy</a> <nav><a href="/products">Products</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine HCl Rapid-Dissolve Tablets</h1>
<p class="strengths">Strengths: 100 mg, 150 mg, 200 mg, 300 mg &middot; Pack sizes: 4, 8, 12</p>
<p class="price">Cash price from $48 (4 &times; 100 mg)</p>
<button>Add to cart</button>
<p>Flavoured with mint; dissolves under the tongue in about 10 minutes.</p>
<h2>Prescription required</h2>
<p>Adding this item to your cart does not place an order for medication. Ketamine is a Schedule III controlled substance. We dispense it only against a valid, electronically transmitted prescription from a licensed practitioner who has evaluated you, and only to patients residing in the states where our pharmacy is licensed (CA, AZ, NV, OR, WA). Your cart item will be held until our pharmacist has received and verified the prescription with your prescriber and checked the state prescription monitoring programme.</p>
<p>We do not accept prescriptions generated by questionnaires alone, we do not ship internationally, and we do not sell to anyone without a prescription. Deliveries are by signature-required courier.</p>
<p>Meridian Compounding Pharmacy &middot; PCAB-accredited &middot; California Board of Pharmacy licence PHY 55817 &middot; DEA-registered &middot; Pharmacist-in-charge: Jessica Tran, PharmD</p>
</main>
<footer>&copy; 2026 Meridian Compounding Pharmacy &middot; 1880 Sierra Vista Blvd, Sacramento, CA</footer>
""")

p("h10837", "https://reduccionderiesgos-asociacion.example/ketamina/comprar-ketamina-por-internet", "informational", False, "es",
  "reduccion-de-riesgos-que-abre-como-ficha-de-venta-largo", "Comprar ketamina por internet: precios, envíos y pagos | Asociación Punto de Partida", """
<header class="cabecera">
<a class="logo" href="/">Punto de <strong>Partida</strong></a>
<nav><a href="/sustancias">Sustancias</a> <a href="/analisis">Análisis de sustancias</a> <a href="/alertas">Alertas</a> <a href="/fiestas">En fiestas</a> <a href="/quienes-somos">Quiénes somos</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article>
<p class="migas">Inicio &rsaquo; Sustancias &rsaquo; Ketamina &rsaquo; Comprar por internet</p>
<h1>Comprar ketamina por internet: precios, envíos y pagos</h1>

<div class="ficha">
<h2>Lo que te vas a encontrar</h2>
<ul>
<li><strong>Precio:</strong> entre 25 y 60 &euro; por gramo de «cristal», según la web; viales de 10 ml desde 60 &euro;; «esprays nasales de esketamina» entre 150 y 250 &euro;.</li>
<li><strong>Envío:</strong> «discreto», «24&ndash;48 horas», «sin remitente», «reenvío gratis si lo para la aduana».</li>
<li><strong>Pago:</strong> criptomonedas con descuento, Bizum a nombre de un particular, tarjetas regalo, transferencias a cuentas extranjeras.</li>
<li><strong>Contacto:</strong> WhatsApp, Telegram o Signal; casi nunca un teléfono fijo ni una dirección física.</li>
<li><strong>Receta:</strong> «no hace falta», «sin consulta», «aprobación automática».</li>
</ul>
</div>

<p>Si has llegado a esta página buscando dónde comprar ketamina, lo entendemos: es una de las búsquedas más frecuentes que nos llegan. No vamos a decirte dónde comprarla, porque no vendemos nada ni recomendamos a nadie. Somos una asociación sin ánimo de lucro que trabaja en reducción de riesgos y análisis de sustancias desde 2004. Lo que sí podemos hacer es contarte qué hay detrás de estas webs, qué hemos encontrado al analizar lo que venden y cómo reducir los riesgos si, aun así, decides consumir.</p>

<h2>Quién vende ketamina por internet</h2>
<p>En España la ketamina es un medicamento sujeto a control como psicótropo. Solo puede dispensarse con receta y en la práctica se usa en hospitales, servicios de emergencias y clínicas veterinarias. La esketamina en espray nasal está autorizada para la depresión resistente, pero se administra siempre en un centro sanitario y bajo supervisión: nunca se envía a casa. Por tanto, cualquier web que te ofrezca enviarte ketamina o esketamina sin receta está vendiendo de forma ilegal.</p>
<p>En los últimos años hemos visto que estas webs son cada vez más sofisticadas. Algunas se presentan como «guías» sobre la terapia con ketamina y, al final, tienen una sección de pedidos. Otras imitan a clínicas, con fotos de batas blancas y palabras como «tratamiento» o «médicos colaboradores», o a servicios de telemedicina que prometen «sin evaluación, envío en 24 horas». También hay perfiles en redes sociales, anuncios clasificados y «vendedores verificados» en foros que cuentan su historia personal antes de publicar una lista de precios.</p>

<h2>Qué hemos encontrado en los análisis</h2>
<p>Nuestro servicio de análisis recibe cada año cientos de muestras vendidas como ketamina. En 2025 y 2026, aproximadamente tres de cada cuatro contenían ketamina como sustancia principal. El resto contenía otras sustancias: sobre todo análogos como la 2-fluorodeschloroketamina (2F-DCK) y la deschloroketamina (DCK), más potentes y de duración más larga, y en algunos casos cafeína, anestésicos locales o mezclas imposibles de identificar.</p>
<p>Las muestras compradas por internet, y en particular los supuestos «esprays nasales farmacéuticos», dieron peores resultados que la media. Varios contenían mucha menos ketamina de la anunciada; uno no contenía ninguna sustancia activa. Además, muchas personas nos cuentan que pagaron y nunca recibieron nada, o que el vendedor les pidió dinero extra por una supuesta «tasa de aduanas».</p>

<h2>Riesgos de comprar por internet</h2>
<ul>
<li><strong>No sabes lo que recibes.</strong> La etiqueta no vale nada. Un análogo más potente puede provocar una disociación mucho más intensa de lo que esperas.</li>
<li><strong>Estafas y extorsión.</strong> Pagos que no se recuperan, datos personales que se usan después para pedir dinero con amenazas.</li>
<li><strong>Consecuencias legales.</strong> Comprar una sustancia controlada sin receta, o importarla, puede tener consecuencias administrativas o penales, aunque sea para consumo propio.</li>
<li><strong>Ninguna valoración médica.</strong> La ketamina sube la tensión arterial y puede ser peligrosa con ciertos problemas cardiacos, antecedentes de psicosis, embarazo o combinada con otras sustancias.</li>
</ul>

<h2>Si buscas tratamiento para la depresión</h2>
<p>Muchas de las personas que nos escriben no buscan la ketamina para salir de fiesta, sino porque han leído que ayuda con la depresión. Es verdad que la ketamina y la esketamina tienen un papel en algunos casos de depresión resistente, pero ese efecto se ha estudiado con dosis controladas, en un entorno sanitario y con seguimiento. Habla con tu médico de cabecera o con tu psiquiatra; pide que valoren si eres candidato a esketamina en tu hospital de referencia. Si la espera te parece imposible o estás pasando por un momento muy difícil, llama al 024, la línea de atención a la conducta suicida, disponible las 24 horas.</p>

<h2>Si decides consumir: reducir riesgos</h2>
<ul>
<li><strong>Analiza la sustancia.</strong> Nuestro servicio es gratuito, anónimo y confidencial. Puedes traer una muestra a nuestras sedes o enviarla por correo siguiendo las instrucciones de la sección de <a href="/analisis">análisis</a>.</li>
<li><strong>Empieza con poca cantidad</strong> y espera al menos 20&ndash;30 minutos antes de repetir.</li>
<li><strong>No mezcles</strong> con alcohol, GHB, benzodiacepinas ni opioides.</li>
<li><strong>Consume sentado o tumbado</strong>, en un lugar seguro y con alguien de confianza que no consuma.</li>
<li><strong>Cuida tu vejiga.</strong> Si notas dolor al orinar, ganas constantes o sangre, deja de consumir y consulta a un médico.</li>
<li><strong>Haz descansos largos</strong> para evitar la tolerancia y la dependencia.</li>
</ul>

<h2>Cómo reconocer estas webs</h2>
<p>Ninguna señal aislada es definitiva, pero si ves varias a la vez, desconfía. Una clínica o un servicio de telemedicina de verdad tiene una dirección física, un director médico con nombre y número de colegiado que puedes comprobar, y siempre exige una valoración por parte de un profesional antes de cualquier tratamiento. No te pide que pagues en criptomonedas ni que hables con «atención al cliente» por Telegram. Tampoco te promete que el paquete pasará la aduana ni te ofrece descuentos por comprar más cantidad. Que una web tenga carrito, precios o una sección de pedidos no la convierte por sí sola en ilegal; lo que la delata es que no haya ningún profesional sanitario detrás que te evalúe.</p>

<h2>¿Has visto una web que vende ketamina?</h2>
<p>Puedes comunicarlo a la Agencia Española de Medicamentos y Productos Sanitarios a través de su formulario de denuncia de venta ilegal de medicamentos. Si ya has consumido algo comprado por internet y te encuentras mal, llama al 112 o acude a urgencias y di lo que has tomado: el personal sanitario está para ayudarte, no para denunciarte.</p>
</article>
</main>
<aside class="lateral">
<h3>Alertas recientes</h3>
<ul><li>Noviembre 2026: «espray de esketamina» vendido por Telegram sin principio activo</li><li>Octubre 2026: 2F-DCK vendida como ketamina en Madrid y Valencia</li></ul>
</aside>
<footer>
<p>Asociación Punto de Partida &middot; Entidad sin ánimo de lucro inscrita en el Registro Nacional de Asociaciones &middot; Con el apoyo del Plan Nacional sobre Drogas.</p>
<p>No vendemos sustancias ni enlazamos a quien las vende. &copy; 2026 &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p>
</footer>
""", noise="cookie-es")

p("h10838", "https://drugscheck-utrecht.example/ketamine-laten-testen", "informational", False, "nl",
  "testservice-die-lijkt-op-bestelpagina-kort", "Ketamine laten testen | DrugsCheck Utrecht", """
<main>
<h1>Ketamine besteld? Lever eerst een monster in.</h1>
<p>Anoniem, gratis en zonder afspraak op dinsdag en donderdag. Uitslag binnen een week.</p>
<p>DrugsCheck Utrecht is een testservice van de verslavingszorg, onderdeel van het landelijke monitoringsysteem. Wij verkopen niets; we testen wat je hebt en waarschuwen als er gevaarlijke middelen in omloop zijn.</p>
</main>
<footer>DrugsCheck Utrecht &middot; Geen verkoop, geen politie, wel eerlijke informatie.</footer>
""", noise="cookie-nl")

p("h10839", "https://psychonautes-entraide.example/forum/viewtopic.php?t=48812", "informational", False, "fr",
  "forum-francais-avec-une-reponse-de-vendeur", "Kétamine et dépression : retour d'expérience en CHU - Forum Psychonautes Entraide", """
<header><a href="/">Psychonautes Entraide</a> <nav><a href="/forum">Forum</a> <a href="/rdr">Réduction des risques</a> <a href="/charte">Charte</a></nav></header>
<div class="fil">
<h1>Kétamine et dépression : retour d'expérience en CHU</h1>
<div class="message"><p class="auteur"><strong>Lucie_b</strong> &middot; 28 nov. 2026</p>
<p>Bonjour à tous. Je voulais partager mon parcours : après quatre antidépresseurs, mon psychiatre m'a orientée vers le centre expert du CHU pour de l'eskétamine. Séances deux fois par semaine, deux heures de surveillance à chaque fois. Les premières fois j'étais très dissociée, maintenant ça va mieux et je sens un vrai changement sur le sommeil. Quelqu'un d'autre est passé par là ?</p></div>
<div class="message"><p class="auteur"><strong>Armand78</strong> &middot; 28 nov. 2026</p>
<p>Oui, même parcours à Lyon. Pour moi l'effet est arrivé vers la 5e séance. Par contre la tension montait pas mal, ils ont dû baisser la dose.</p></div>
<div class="message"><p class="auteur"><strong>keta_express_fr</strong> &middot; 29 nov. 2026</p>
<p>Pas besoin d'attendre le CHU : je vends eskétamine en spray et kétamine en cristal, sans ordonnance, envoi discret en 48h partout en France. Paiement crypto. Contact Telegram @keta_express_fr.</p></div>
<div class="message"><p class="auteur"><strong>Modération</strong> &middot; 29 nov. 2026</p>
<p>Message de vente signalé et compte banni. Rappel de la charte : toute offre de vente ou demande de plan est interdite sur ce forum. Ne répondez jamais à ces comptes, ce sont souvent des arnaques et les produits ne sont pas ce qu'ils annoncent.</p></div>
<div class="message"><p class="auteur"><strong>Lucie_b</strong> &middot; 29 nov. 2026</p>
<p>Merci Armand. Et merci à la modération. Pour les autres : parlez-en à votre psychiatre, ça vaut la peine d'attendre un parcours encadré.</p></div>
</div>
<footer>Psychonautes Entraide &ndash; forum associatif d'auto-support et de réduction des risques. Aucune vente, aucun conseil médical.</footer>
""", noise="cookie-fr")

p("h10840", "https://moraesfaria-advogados.example/artigos/tratamento-com-escetamina-o-que-voce-precisa-saber", "informational", False, "pt",
  "guia-de-tratamento-que-e-escritorio-de-advocacia-longo", "Tratamento com escetamina: o que você precisa saber | Moraes & Faria Advogados", """
<header class="topo">
<a class="logo" href="/">Moraes <span>&amp;</span> Faria</a>
<nav><a href="/areas">Áreas de atuação</a> <a href="/artigos">Artigos</a> <a href="/equipe">Equipe</a> <a href="/contato">Fale conosco</a></nav>
</header>
<main>
<article>
<p class="meta">Artigos &middot; Saúde &middot; 3 de dezembro de 2026 &middot; leitura de 12 minutos</p>
<h1>Tratamento com escetamina: o que você precisa saber</h1>
<p class="linha-fina">Indicação, como funcionam as sessões, quanto custa e o que fazer quando o plano de saúde nega a cobertura.</p>

<h2>O que é a escetamina</h2>
<p>A escetamina é uma forma da cetamina, um anestésico utilizado há décadas em hospitais. Na forma de spray nasal, foi aprovada pela Anvisa para adultos com depressão resistente ao tratamento, isto é, pessoas que não melhoraram com pelo menos dois antidepressivos diferentes, e também para o tratamento rápido de sintomas depressivos em situações de urgência psiquiátrica, sempre associada a um antidepressivo oral.</p>
<p>Paralelamente, algumas clínicas oferecem infusões intravenosas de cetamina para depressão, uma indicação considerada "off-label", ou seja, fora da bula. O Conselho Federal de Medicina e as sociedades de especialidade têm discutido critérios para esse uso.</p>

<h2>Como funcionam as sessões</h2>
<p>O spray nasal de escetamina não é vendido em farmácias para uso em casa. A aplicação acontece em clínica ou hospital: o próprio paciente aplica o spray sob supervisão de um profissional de saúde, que mede a pressão arterial antes e depois. Em seguida, o paciente permanece em observação por cerca de duas horas, porque podem ocorrer tontura, náusea, sonolência e uma sensação de desligamento do corpo chamada dissociação. No dia da sessão, não é permitido dirigir.</p>
<p>Na fase inicial são duas sessões por semana durante quatro semanas; depois, as sessões ficam semanais e, mais tarde, quinzenais, conforme a resposta. A decisão de continuar cabe ao psiquiatra.</p>

<h2>Quanto custa</h2>
<p>O custo é alto. Cada sessão envolve o valor do medicamento &mdash; que varia conforme a dose &mdash; somado à taxa da clínica pelo espaço, pela equipe e pelo tempo de observação. Um ciclo inicial de oito sessões pode facilmente ultrapassar dezenas de milhares de reais. Por isso, a grande maioria dos pacientes depende do plano de saúde ou do Sistema Único de Saúde para ter acesso.</p>

<h2>E quando o plano de saúde nega?</h2>
<p>É aqui que este artigo deixa de ser apenas um guia de tratamento. O escritório Moraes &amp; Faria Advogados atua há mais de quinze anos em Direito à Saúde, e a negativa de cobertura para escetamina tornou-se uma das demandas mais frequentes que recebemos. Não somos clínica, não indicamos tratamentos e não fornecemos medicamentos: o que fazemos é defender o direito do paciente quando há prescrição médica e o plano se recusa a cobrir.</p>
<p>As justificativas mais comuns para a negativa são três: o procedimento "não constar no rol da ANS", o uso ser considerado "experimental" ou a aplicação exigir estrutura que a operadora não credencia. Desde a Lei 14.454/2022, o rol da ANS é considerado exemplificativo: tratamentos fora da lista podem ter cobertura obrigatória quando há comprovação de eficácia baseada em evidências científicas ou recomendação de órgãos técnicos. Como a escetamina possui registro na Anvisa para a indicação de depressão resistente, os tribunais vêm reconhecendo, em muitos casos, o dever de cobertura quando há relatório médico fundamentado.</p>

<h3>O que você precisa reunir</h3>
<ul>
<li>Relatório médico detalhado do psiquiatra, com diagnóstico (CID), histórico dos antidepressivos utilizados, doses, tempo de uso e resposta, e a justificativa para a escetamina;</li>
<li>Prescrição do medicamento com o número de sessões previstas;</li>
<li>A negativa da operadora <strong>por escrito</strong> (você tem direito de solicitá-la, e a operadora deve fornecê-la);</li>
<li>Carteirinha do plano, contrato e comprovantes de pagamento das mensalidades;</li>
<li>Orçamento da clínica ou hospital onde as sessões serão realizadas.</li>
</ul>
<h3>Liminar</h3>
<p>Em casos de depressão grave, especialmente com risco de suicídio descrito pelo médico, é possível pedir uma tutela de urgência (liminar) para que o plano autorize o tratamento em poucos dias, antes do fim do processo. Cada caso é analisado individualmente, e não há garantia de resultado.</p>
<h3>SUS</h3>
<p>Quando o paciente não tem plano, a via é o Sistema Único de Saúde. A escetamina não está incorporada de forma ampla à rede pública, e o acesso pode exigir ação contra o ente público, com requisitos próprios fixados pelo Supremo Tribunal Federal e pelo Superior Tribunal de Justiça para fornecimento de medicamentos.</p>

<h2>Um alerta: a compra pela internet</h2>
<p>Temos atendido também um número crescente de pessoas que, cansadas de esperar, compraram "escetamina" ou cetamina em sites e perfis de redes sociais que prometem entrega discreta, sem receita, com pagamento via Pix ou criptomoedas. Além dos riscos à saúde &mdash; muitos desses produtos são falsificados ou contêm outras substâncias &mdash; há riscos jurídicos sérios. A cetamina é substância controlada pela Portaria SVS/MS 344/1998. Dependendo da quantidade, da forma de aquisição e das circunstâncias, a compra ou a importação pode ser enquadrada na Lei de Drogas (Lei 11.343/2006), com consequências que vão do porte para consumo pessoal até acusações muito mais graves.</p>
<p>Se você recebeu intimação, teve encomenda apreendida pelos Correios ou pela Receita Federal, ou foi abordado pela polícia por causa de uma compra desse tipo, procure um advogado criminalista antes de prestar qualquer depoimento. Nossa equipe de Direito Penal atua nesses casos com sigilo absoluto.</p>
<p>E, se o seu objetivo é tratamento, lembre-se: o caminho seguro passa por um psiquiatra e por uma clínica ou hospital habilitado. Se o obstáculo for o plano de saúde, é aí que podemos ajudar.</p>

<h2>Perguntas frequentes</h2>
<p><strong>Vocês indicam clínicas?</strong> Não. Não temos vínculo com clínicas, médicos ou laboratórios, e não recebemos comissão por indicações.</p>
<p><strong>Quanto custa a ação?</strong> Os honorários são combinados previamente, por escrito, conforme a tabela da OAB. Em muitos casos, trabalhamos com honorários de êxito.</p>
<p><strong>Atendem em todo o Brasil?</strong> Sim. O processo é eletrônico, e a primeira conversa pode ser por videochamada.</p>
<p><strong>Quanto tempo demora uma liminar?</strong> Depende da comarca e da urgência descrita no relatório médico. Em muitos casos, o pedido é analisado em poucos dias; depois da decisão, a operadora costuma ter um prazo curto para autorizar as sessões, sob pena de multa diária.</p>
<p><strong>Posso ser reembolsado pelas sessões que já paguei?</strong> Em algumas situações, sim. Se você pagou do próprio bolso depois de uma negativa indevida, é possível pedir o reembolso dos valores, desde que guarde notas fiscais e recibos da clínica.</p>
</article>
<aside class="contato">
<h2>Fale com a equipe de Direito à Saúde</h2>
<p>Moraes &amp; Faria Advogados &middot; OAB/SP 12.345 &middot; Av. Paulista, 1.842, 14.º andar, São Paulo &middot; (11) 3555-0145 &middot; contato@moraesfaria-advogados.example</p>
</aside>
</main>
<footer><p>Este artigo tem caráter informativo e não substitui consulta médica ou jurídica. Publicidade em conformidade com o Provimento 205/2021 do Conselho Federal da OAB.</p><p>&copy; 2026 Moraes &amp; Faria Advogados</p></footer>
""", noise="cookie-pt")

save(OUT, R)
