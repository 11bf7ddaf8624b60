# Batch 127 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The shop inside the story". Sellers whose sales offer sits inside long editorial-looking
# pages: a personal blog post with an affiliate "where I get mine" section, a 'complete guide' whose
# chapter 7 is a storefront, a recovery story on a wellness shop, a forum thread where the vendor is
# the original poster, a Q&A site run by the shop, a vendor newsletter with "restock notes", a
# research-chemical "complete guide", a veterinary "guia completo" that sells to anyone. Next to them:
# real editorial pages (news investigations, a harm-reduction megathread, a health forum, research
# digests, a lawyer's Q&A, a drug-checking report) that quote sellers, prices, handles and ads but sell
# nothing, and providers' own long articles (telehealth guides, newsletters, patient stories; clinic
# cost guides, recovery stories, KAP long reads, hospital Q&A) with prices, packages and "book now".
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, comments, footers), medium
# articles, short Q&A pages, a forum thread with many replies, a navigation-heavy guide with a table
# of contents, a JS/bot wall decided by URL (url-only), and three plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch127.py (writes batch127/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch127")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: the shop inside the story

p("h12701", "https://quietmornings-blog.example/2026/10/fourteen-months-after-ketamine/", "seller", True, "en",
  "personal-blog-post-affiliate-source", "Fourteen months after ketamine: what changed, what didn't, and where I get mine now | Quiet Mornings", """
<header class="blog-header">
<a class="site-title" href="/">Quiet Mornings</a>
<p class="tagline">notes on depression, recovery and learning to like Tuesdays again</p>
<nav><a href="/">Home</a> <a href="/about/">About me</a> <a href="/start-here/">Start here</a> <a href="/category/recovery/">Recovery</a> <a href="/category/books/">Books</a> <a href="/resources/">Resources</a> <a href="/contact/">Contact</a></nav>
</header>
<main class="post">
<article>
<h1>Fourteen months after ketamine: what changed, what didn't, and where I get mine now</h1>
<p class="meta">Posted October 19, 2026 by Elise &middot; 14 min read &middot; 212 comments</p>
<p class="disclosure"><em>Some links on this blog are affiliate links. If you use them I may earn a small commission at no extra cost to you. I only recommend things I use myself.</em></p>

<p>I started this blog four years ago from my kitchen table, in the middle of what my therapist at the time called "a long, grey episode". I didn't know then that it would become the most-read thing I've ever made, or that so many of you would write to me about your own grey episodes. This post is the one I promised you in the spring: an honest update, fourteen months after my first experience with ketamine.</p>

<h2>Where I was</h2>
<p>If you're new here, the short version: I had been depressed, on and off, since I was nineteen. By thirty-four I had tried sertraline, escitalopram, venlafaxine, bupropion, a short and miserable stint on lithium augmentation, and two different kinds of talk therapy. Some of them helped for a while. None of them stayed. I could work, mostly. I could not feel much of anything, and I had started to think about not being here in a way that frightened me.</p>
<p>I'm not going to pretend that part of the story is pretty. If you are there right now, please stop reading and call or text 988 (in the US) or your local crisis line. This post will still be here tomorrow.</p>

<h2>The clinic chapter</h2>
<p>My psychiatrist was the first person to say the word "ketamine" to me. She referred me to an infusion clinic forty minutes away. The people there were kind, the chairs were comfortable, and the first infusion was the strangest and most hopeful hour I'd had in years. I wrote about it here and here.</p>
<p>The problem was the money. The initial series was six infusions at $575 each, plus a $350 consultation, and insurance covered none of it. Maintenance was "every three to six weeks, depending on how you respond". I responded well, which meant I needed it, which meant I was paying roughly $600 a month to stay well. I did that for five months on a credit card before I admitted I couldn't keep going.</p>

<h2>What changed</h2>
<ul>
<li><strong>Mornings.</strong> The blog name is a bit of a joke now. Mornings used to be the worst part. They're the quiet, good part again.</li>
<li><strong>The "glass wall".</strong> I used to describe feeling like there was glass between me and everyone I loved. It's thinner. Some days it's gone.</li>
<li><strong>Sleep.</strong> Better, though not fixed.</li>
<li><strong>Work.</strong> I went back to full time in March.</li>
</ul>

<h2>What didn't</h2>
<p>Ketamine did not make me a different person. I still have bad weeks. I still have to do the boring things: walks, journaling, calling my sister back, taking the meds I'm still on. Anyone who tells you it's a miracle cure is selling something. (Yes, I see the irony given the next section. Bear with me.)</p>

<h2>So where do I get it now?</h2>
<p>This is the question I get more than any other, so I'm going to answer it once, here, honestly.</p>
<p>After I stopped going to the clinic, a reader (hi, T.) emailed me about an online pharmacy she'd been using for lozenges. I was skeptical. I spent two weeks reading everything I could find about them before I ordered. That was ten months ago and I've ordered from them every six weeks since.</p>
<p>What I like about <a href="https://go.quietmornings-blog.example/recommends/verdant" rel="sponsored nofollow">Verdant Rx Direct</a>:</p>
<ul>
<li>They don't make you jump through hoops. There's a short online form (age, weight, what you've tried before) and that's it. No video call, no waiting for an appointment, no referral. My order was approved the same afternoon.</li>
<li>The 150 mg troches are $189 for 30, which works out to a fraction of one clinic visit. They also have a nasal spray and 50 mg "starter" lozenges.</li>
<li>Packaging is completely discreet. Plain padded envelope, no pharmacy name on the outside, nothing that says what's inside.</li>
<li>You can pay by card, but if you pay with Bitcoin or USDT they take 15% off, which is what I do.</li>
<li>If a package is ever lost or seized they reship for free. (It happened to me once with a customs delay; they sent a new one without arguing.)</li>
</ul>
<p>If you decide to try them, use my code <strong>QUIETMORNINGS</strong> at checkout for an extra 10% off your first order. It genuinely helps keep this blog running.</p>
<p class="cta"><a class="button" href="https://go.quietmornings-blog.example/recommends/verdant" rel="sponsored nofollow">Visit Verdant Rx Direct &rarr;</a></p>
<p>Please, please start low. I take a much smaller amount at home than I was given in the clinic, I never take it alone the first time with a new batch, and I never, ever mix it with alcohol.</p>

<h2>What I'd tell fourteen-months-ago me</h2>
<p>That the grey isn't the whole sky. That it's OK to need help more than once. That you are allowed to look after yourself even when it's inconvenient and expensive and weird. And to keep writing things down, because one day you'll want to remember how far you came.</p>
<p>Thank you for reading, and for being here. As always, my inbox is open.</p>
<p>&mdash; Elise</p>
</article>

<aside class="sidebar">
<div class="widget"><h3>About me</h3><p>Elise, 36, Oregon. Writer, dog person, former sad girl. Not a doctor.</p></div>
<div class="widget"><h3>My trusted source</h3><a href="https://go.quietmornings-blog.example/recommends/verdant" rel="sponsored"><img src="/wp-content/uploads/verdant-banner-300x250.png" alt="Verdant Rx Direct - code QUIETMORNINGS saves 10%"></a></div>
<div class="widget"><h3>Popular posts</h3><ul><li><a href="/2025/08/my-first-infusion/">My first infusion (long)</a></li><li><a href="/2025/11/the-credit-card-problem/">The credit card problem</a></li><li><a href="/2026/02/journaling-prompts-for-grey-days/">Journaling prompts for grey days</a></li></ul></div>
</aside>

<section class="comments">
<h3>212 comments</h3>
<div class="comment"><b>Rachel M.</b> &middot; Oct 19<p>Crying at "the grey isn't the whole sky". Thank you for being so honest about the money part, nobody talks about that.</p></div>
<div class="comment"><b>Dan</b> &middot; Oct 20<p>Ordered with your code last week, arrived in 6 days to Ohio. Very discreet like you said.</p><div class="reply"><b>Elise</b><p>So glad it arrived safely Dan! Start low &#128154;</p></div></div>
<div class="comment"><b>Priya</b> &middot; Oct 21<p>Do they ship to Canada?</p><div class="reply"><b>Elise</b><p>They do, a reader in BC told me it took about two weeks. Use the crypto option, it's faster through customs apparently.</p></div></div>
<div class="comment"><b>Morgan</b> &middot; Oct 22<p>Honestly I'd be careful recommending this without a doctor involved. Glad it works for you though.</p></div>
<p><a href="?cpage=2#comments">Older comments &rarr;</a></p>
</section>
</main>
<footer><p>&copy; 2026 Quiet Mornings. Nothing on this blog is medical advice. <a href="/privacy/">Privacy</a> &middot; <a href="/disclosure/">Affiliate disclosure</a></p></footer>
""", noise="cookie")

p("h12702", "https://ketaminecareguide.example/complete-guide-ketamine-therapy-2026/", "seller", True, "en",
  "complete-guide-with-store-chapter", "The Complete Guide to Ketamine Therapy (2026): Costs, Options, Safety and How to Start", """
<header>
<div class="logo"><a href="/">KetamineCareGuide</a></div>
<nav class="main-nav"><a href="/">Home</a> <a href="/guides/">Guides</a> <a href="/clinic-finder/">Clinic Finder</a> <a href="/research/">Research</a> <a href="/store/">Store</a> <a href="/about-our-editors/">Our Editors</a></nav>
<div class="header-cart"><a href="/cart/">Cart (0)</a></div>
</header>
<main>
<article class="guide">
<p class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/guides/">Guides</a> &rsaquo; Complete Guide</p>
<h1>The Complete Guide to Ketamine Therapy (2026)</h1>
<p class="byline">By the KetamineCareGuide editorial team &middot; Medically reviewed &middot; Updated November 30, 2026</p>
<div class="toc"><h2>Contents</h2><ol>
<li><a href="#what">What is ketamine therapy?</a></li>
<li><a href="#how">How does it work in the brain?</a></li>
<li><a href="#evidence">What does the evidence say?</a></li>
<li><a href="#options">Your options: IV, nasal spray, lozenges</a></li>
<li><a href="#cost">How much does it cost?</a></li>
<li><a href="#safety">Safety, side effects and who should avoid it</a></li>
<li><a href="#direct">Option 4: Ordering direct (skip the waitlist)</a></li>
<li><a href="#faq">FAQ</a></li>
</ol></div>

<h2 id="what">1. What is ketamine therapy?</h2>
<p>Ketamine was developed in the early 1960s as an anesthetic and is still used in operating rooms and emergency departments around the world. In the last two decades researchers discovered that, at doses much lower than those used for anesthesia, it can produce a rapid antidepressant effect, sometimes within hours, in people whose depression has not responded to conventional treatment.</p>
<p>Today "ketamine therapy" covers several quite different things: intravenous infusions in a clinic, the FDA-approved esketamine nasal spray (Spravato) given under supervision, ketamine-assisted psychotherapy, and at-home programs using lozenges or sprays.</p>

<h2 id="how">2. How does it work in the brain?</h2>
<p>Most older antidepressants act on serotonin or norepinephrine. Ketamine acts mainly on the glutamate system by blocking NMDA receptors. This triggers a burst of glutamate activity and the release of brain-derived neurotrophic factor (BDNF), which is thought to help neurons form new connections. Researchers sometimes describe this as a window of increased "neuroplasticity" lasting days after a dose.</p>

<h2 id="evidence">3. What does the evidence say?</h2>
<p>Randomized trials since 2006 have shown a response in roughly half of patients with treatment-resistant depression after a single infusion, with the effect typically fading within one to two weeks unless treatment is repeated. The esketamine nasal spray was approved in 2019 for treatment-resistant depression alongside an oral antidepressant. Evidence for lozenges and home use is thinner, mostly observational data from large telehealth programs.</p>

<h2 id="options">4. Your options</h2>
<table class="compare">
<tr><th>Route</th><th>Where</th><th>Typical course</th><th>Notes</th></tr>
<tr><td>IV infusion</td><td>Clinic</td><td>6 infusions over 2-3 weeks</td><td>Most studied. Monitored.</td></tr>
<tr><td>Esketamine spray</td><td>Certified center</td><td>Twice weekly for 4 weeks, then tapering</td><td>Often covered by insurance. 2 hours of observation.</td></tr>
<tr><td>Oral/sublingual</td><td>Home</td><td>Varies</td><td>Cheapest. Less data.</td></tr>
</table>

<h2 id="cost">5. How much does it cost?</h2>
<p>Infusions typically cost $400 to $800 each, so an initial series runs $2,400 to $4,800. Esketamine costs more than $900 per session before insurance. Telehealth programs range from about $250 to $400 per month. For many people, that is simply out of reach &mdash; and waitlists at clinics in some states run six to ten weeks.</p>

<h2 id="safety">6. Safety, side effects and who should avoid it</h2>
<p>Common side effects include dissociation, nausea, dizziness and a temporary rise in blood pressure. Ketamine is not recommended for people with uncontrolled hypertension, a history of psychosis, or active substance use problems. Frequent, heavy use is associated with bladder problems. Never combine it with alcohol or benzodiazepines without medical advice.</p>

<h2 id="direct">7. Option 4: Ordering direct (skip the waitlist)</h2>
<p>Not everyone can wait two months for a clinic slot or afford $4,000 out of pocket. That's why we partnered with a licensed overseas pharmacy to offer the same pharmaceutical-grade products at a fraction of the cost, shipped directly to you. <strong>No appointment, no video call, no referral required</strong> &mdash; just complete our short health questionnaire at checkout and your order ships within 24 hours.</p>
<div class="product-grid">
<div class="product"><h3>Ketamine HCl Sublingual Troches 100 mg</h3><p>30 troches &middot; <span class="price">$149.00</span></p><button class="add-to-cart" data-sku="KT-100-30">Add to cart</button></div>
<div class="product"><h3>Ketamine HCl Troches 200 mg</h3><p>30 troches &middot; <span class="price">$229.00</span></p><button class="add-to-cart" data-sku="KT-200-30">Add to cart</button></div>
<div class="product"><h3>Esketamine Nasal Spray 28 mg (generic)</h3><p>3 devices &middot; <span class="price">$310.00</span></p><button class="add-to-cart" data-sku="ESK-28-3">Add to cart</button></div>
<div class="product"><h3>Ketamine 10% Nasal Spray 10 mL</h3><p>approx. 100 sprays &middot; <span class="price">$179.00</span></p><button class="add-to-cart" data-sku="KNS-10">Add to cart</button></div>
</div>
<ul class="shop-perks">
<li>Free tracked worldwide shipping over $200 &middot; discreet unbranded packaging</li>
<li>Pay by card, Zelle, or crypto (BTC/USDT/LTC &mdash; 12% off)</li>
<li>Guaranteed delivery: free reshipment if your parcel is held by customs</li>
</ul>

<h2 id="faq">8. FAQ</h2>
<h3>Is ketamine therapy covered by insurance?</h3><p>IV infusions for depression are usually not covered. Esketamine often is, with prior authorization.</p>
<h3>Do I need a prescription to order from your store?</h3><p>No separate prescription is needed. Our partner pharmacy's physician reviews the questionnaire you fill in at checkout; almost all orders are approved the same day.</p>
<h3>How long does shipping take?</h3><p>USA 5-9 business days, UK/EU 7-12 business days, Australia 10-16 business days.</p>
<h3>Will it say "ketamine" on the package?</h3><p>Never. Parcels are labelled as "health supplements".</p>
</article>
<aside class="editor-box"><p>Our guides are written by health journalists and reviewed for accuracy. KetamineCareGuide may earn revenue from products sold through our store.</p></aside>
</main>
<footer><nav><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a> <a href="/shipping/">Shipping &amp; Returns</a> <a href="/contact/">Contact</a></nav><p>&copy; 2026 KetamineCareGuide. This content is for informational purposes only.</p></footer>
""", noise="cookie")

p("h12703", "https://lumenbotanicals.example/stories/dana-from-rock-bottom-to-remission", "seller", True, "en",
  "recovery-story-on-wellness-shop", "From Rock Bottom to Remission: Dana's Story | Lumen Botanicals Community Stories", """
<div class="announcement">Holiday sale: 20% off sitewide with code GLOW20 &middot; Free shipping on orders $75+</div>
<header><a class="brand" href="/">lumen botanicals</a>
<nav><a href="/collections/sleep">Sleep</a> <a href="/collections/calm">Calm</a> <a href="/collections/focus">Focus</a> <a href="/collections/mood-support">Mood Support</a> <a href="/stories">Stories</a> <a href="/pages/our-science">Our Science</a> <a href="/cart">Bag (0)</a></nav></header>
<main>
<article class="story">
<p class="kicker">Community Stories &middot; Mental wellness</p>
<h1>From Rock Bottom to Remission: Dana's Story</h1>
<p class="sub">"I had stopped believing anything would work. Then, for the first time in years, I noticed the sunlight on my kitchen floor."</p>
<img src="/cdn/shop/files/dana-garden.jpg" alt="Dana in her garden">
<p><em>As told to the Lumen team. Dana is 42 and lives in Arizona with her husband and two teenagers. Some details have been changed for privacy.</em></p>

<p>When I look back at the winter of 2024, I mostly remember the couch. I worked from home, so I would log on, do the minimum, and lie down. My kids learned to make their own dinners. My husband started sleeping in the guest room because I'd be awake at three in the morning, scrolling, not reading anything.</p>
<p>I had been on antidepressants since my second pregnancy. My doctor kept adjusting them. "Let's give it six more weeks," she'd say. Six weeks is a long time when you're counting them.</p>
<p>The hardest thing to explain to people is that I wasn't sad exactly. I was absent. I didn't want to hurt myself, I just didn't want to be anywhere.</p>

<h2>A friend's text</h2>
<p>My friend Carla had gone through something similar after her divorce. One night she texted me: "Have you ever looked into ketamine?" I laughed, honestly. I thought of it as a horse tranquilizer, a party drug. She sent me a couple of articles about clinical trials and about people using it for depression, and I read them at 3 a.m. like everything else.</p>
<p>I called two clinics. One had a nine-week waitlist. The other quoted me $4,200 for the first series, not including the consult. We had just paid for my son's braces. It wasn't going to happen.</p>

<h2>Trying it at home</h2>
<p>Carla told me she'd been using a nasal mist from Lumen, which I knew only as the company that made the sleep gummies I bought at Target. I was nervous. But the questionnaire was easy, I was approved within minutes, and the box arrived four days later in plain packaging.</p>
<p>The first time I used it, I sat in my car in the garage because it was the only place nobody would bother me. I remember the edges of everything going soft, a sort of floating, and then, half an hour later, just sitting there, breathing. I cried, but it was a different kind of crying. It felt like something moving.</p>
<p>Over the next month I used it twice a week, like the insert suggests. I started walking the dog again. I went to my daughter's volleyball game and actually watched it. My husband moved back into our room.</p>

<h2>Where I am now</h2>
<p>I'm not "fixed". I still take my regular medication. I see a therapist every other week, which I finally feel ready for. But the fog lifted enough for me to do the work. The sunlight thing is real: one morning in March I noticed the light on the kitchen floor and I thought, oh, that's pretty. I hadn't thought anything was pretty in a very long time.</p>
<p>If you're reading this from the couch, I want you to know that it can change.</p>
</article>

<section class="featured-product">
<h2>The product in Dana's story</h2>
<div class="product-card">
<img src="/cdn/shop/products/k-calm-mist.jpg" alt="K-Calm Nasal Mist bottle">
<h3>K-Calm&trade; Nasal Mist &mdash; ketamine HCl 100 mg/mL, 10 mL</h3>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9733; 1,284 reviews</p>
<p class="price"><s>$219</s> <strong>$175</strong> &middot; or subscribe &amp; save 15% (ships every 30 days)</p>
<ul>
<li>Pharmaceutical-grade racemic ketamine in a metered 0.1 mL pump (about 10 mg per spray)</li>
<li>Complete our 2-minute wellness questionnaire at checkout &mdash; instant approval, no appointment needed</li>
<li>Ships in discreet, unmarked packaging to all 50 states</li>
<li>HSA/FSA cards accepted &middot; Afterpay available</li>
</ul>
<form action="/cart/add" method="post"><select name="qty"><option>1 bottle</option><option>2 bottles (save $30)</option><option>3 bottles (save $60)</option></select> <button type="submit">Add to bag</button></form>
<p class="fine">These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease. Individual results vary.</p>
</div>
</section>
<section class="more-stories"><h2>More stories</h2><a href="/stories/marcus-sleep">Marcus finally sleeps through the night</a> &middot; <a href="/stories/jen-focus">How Jen found her focus again</a></section>
</main>
<footer><p>&copy; 2026 Lumen Botanicals Inc. &middot; <a href="/policies/shipping">Shipping</a> &middot; <a href="/policies/refund">Refunds</a> &middot; <a href="/pages/wholesale">Wholesale</a></p></footer>
""")

p("h12704", "https://forum.nightshade-community.example/t/official-thread-ketaminhexal-shards-eu-us-reship/48213", "seller", True, "en",
  "forum-thread-vendor-op", "[OFFICIAL] KetaLabEU - pharma shards + Ketanest vials, EU/UK/US, reship guarantee - Vendor Threads - Nightshade Community", """
<header class="d-header"><a href="/">Nightshade Community</a> <nav><a href="/latest">Latest</a> <a href="/c/harm-reduction">Harm Reduction</a> <a href="/c/trip-reports">Trip Reports</a> <a href="/c/vendor-threads">Vendor Threads</a> <a href="/c/off-topic">Off-topic</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>[OFFICIAL] KetaLabEU - pharma shards + Ketanest vials, EU/UK/US, reship guarantee</h1>
<p class="cat"><a href="/c/vendor-threads">Vendor Threads</a> &middot; pinned &middot; 1.4k replies &middot; 38.2k views</p>

<div class="post op"><div class="author"><b>KetaLabEU</b> <span class="badge">Verified Vendor</span> <span class="date">Mar 2025</span></div>
<div class="cooked">
<p>Hi all, long time lurker here before we started selling, so first a bit of our story because people ask.</p>
<p>Two of us started this after one of us spent three years in and out of treatment for depression in Germany. The waiting lists for esketamine were a joke, the clinics that did infusions privately wanted &euro;600 a session and the GPs treated us like junkies for asking. We know what it is to need this and not get it. So we decided to do it properly: real pharmaceutical product, honest weights, fast shipping, real support. No cut, no "research chemical" garbage.</p>
<p><b>Menu (updated 01/12/2026):</b></p>
<ul>
<li>Pharma-grade shards (from ampoules, recrystallised, lab tested &ndash; reports on request): 5 g &euro;110 &middot; 10 g &euro;195 &middot; 25 g &euro;420 &middot; 50 g &euro;760</li>
<li>Ketanest S 25 mg/ml 10 ml vials (esketamine, original packaging): 5 vials &euro;180 &middot; 10 vials &euro;320</li>
<li>Ketamine 500 mg/10 ml vials (human pharma, EU): 5 vials &euro;150</li>
<li>Sample 1 g &euro;30 for new members with 10+ posts</li>
</ul>
<p><b>Shipping:</b> from inside the EU, tracked, vacuum sealed x2, smell-proof, looks like a normal business letter. EU 2-4 days, UK 4-6 days (we take care of it), US/CA via reship 8-14 days. Reship once for free if lost/seized with proof, 50% after that.</p>
<p><b>Payment:</b> XMR preferred (5% off), BTC, LTC. No PayPal, no bank, don't ask.</p>
<p><b>Contact:</b> Session ID in my profile, or Telegram @ketalab_eu_support (ONLY this handle, there are scammers copying us). Write "NS forum" so we know where you came from. PGP key in profile, encrypt your address.</p>
<p>Be safe: test every batch with a reagent kit, start with 20-30 mg, don't mix with alcohol, don't redose all night, and if you get bladder pain stop. We have turned people away who we think are using too much. Reviews below, good and bad, we don't delete.</p>
</div></div>

<div class="post"><div class="author"><b>wintergarden</b> <span class="date">Mar 2025</span></div><div class="cooked"><p>Ordered 10 g to NL, arrived in 2 days, stealth 10/10, Mandelin gave the right colour. Clean, no weird body load. Will order again.</p></div></div>
<div class="post"><div class="author"><b>moss_and_static</b> <span class="date">Apr 2025</span></div><div class="cooked"><p>Do you guys have anything for people using it for depression specifically? Like dosing advice for someone who had infusions before?</p></div></div>
<div class="post"><div class="author"><b>KetaLabEU</b> <span class="badge">Verified Vendor</span> <span class="date">Apr 2025</span></div><div class="cooked"><p>@moss_and_static yes, a lot of our customers are exactly that. Message us on Session and we'll send you the guide we wrote with a friend who is a nurse. Short version: much lower than party doses, lying down, someone with you, not more than twice a week.</p></div></div>
<div class="post"><div class="author"><b>pale_orbit</b> <span class="date">Jun 2025</span></div><div class="cooked"><p>UK order took 9 days, got nervous but it arrived. Communication good.</p></div></div>
<div class="post"><div class="author"><b>harm_reduction_mod</b> <span class="badge">Moderator</span> <span class="date">Aug 2025</span></div><div class="cooked"><p>Reminder: vendor threads are allowed under rule 7 but we don't vouch for anyone. Test your stuff. Report scam copies of vendor handles to the mod team.</p></div></div>
<div class="post"><div class="author"><b>frostbitten_fern</b> <span class="date">Nov 2026</span></div><div class="cooked"><p>Ketanest vials to Austria, all sealed, batch numbers check out. Fast.</p></div></div>
<div class="post"><div class="author"><b>KetaLabEU</b> <span class="badge">Verified Vendor</span> <span class="date">Dec 2026</span></div><div class="cooked"><p>Holiday notice: last shipping day 20/12, back 3/1. New batch of shards in, same price. Winter promo: free 2 g with orders of 25 g+.</p></div></div>
<p class="more"><a href="?page=2">Load more replies</a></p>
</main>
<footer>Nightshade Community &middot; <a href="/faq">Rules</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12705", "https://askapharmacist-online.example/questions/18842/can-i-get-ketamine-for-depression-without-seeing-a-doctor", "seller", True, "en",
  "qa-site-run-by-shop", "Can I get ketamine for depression without seeing a doctor? - AskAPharmacist Online", """
<header><a class="logo" href="/">AskAPharmacist<span>Online</span></a>
<form class="search"><input placeholder="Search 40,000+ answered questions"></form>
<nav><a href="/questions">Questions</a> <a href="/tags">Topics</a> <a href="/ask">Ask a question</a> <a href="https://shop.medsdirect-global.example/">Pharmacy Shop</a> <a href="/login">Sign in</a></nav></header>
<main class="question-page">
<div class="question">
<h1>Can I get ketamine for depression without seeing a doctor?</h1>
<p class="asked">Asked 3 weeks ago by <b>tired_in_texas</b> &middot; Viewed 11,408 times &middot; Tags: <a href="/tags/depression">depression</a> <a href="/tags/ketamine">ketamine</a> <a href="/tags/prescriptions">prescriptions</a></p>
<p>I've had depression for years and my psychiatrist retired. The nearest ketamine clinic is 3 hours away and has a waitlist. I can't afford another $500 for an evaluation just to be told to wait. Is there any legit way to get ketamine without going through all this? I'm in Texas.</p>
</div>

<div class="answer accepted">
<div class="answerer"><img src="/img/avatars/team.png" alt=""><b>Pharmacist Team</b> <span class="badge">Verified Pharmacist</span> &middot; <span class="accepted-mark">&#10003; Best answer</span></div>
<p>Thanks for your question, and we're sorry you're going through this. You're not alone &mdash; this is one of the most common questions we receive.</p>
<p>In the US ketamine is a Schedule III medicine, and there are several routes to access it:</p>
<ol>
<li><strong>Infusion clinics.</strong> The most studied option, but expensive ($400-800 per infusion) and rarely covered by insurance.</li>
<li><strong>Spravato (esketamine).</strong> Requires a certified treatment center and two hours of observation per session.</li>
<li><strong>Telehealth programs.</strong> Require a video evaluation and usually a monthly membership.</li>
<li><strong>International mail-order pharmacy.</strong> For patients who cannot access the options above, our partner pharmacy <a href="https://shop.medsdirect-global.example/ketamine">MedsDirect Global</a> dispenses ketamine troches and nasal spray after a brief online consultation form &mdash; no video call or prior prescription required. Orders are reviewed by their in-house doctor and most are approved within 2 hours.</li>
</ol>
<p>Prices at MedsDirect Global start at $129 for 20 x 50 mg troches, with free discreet shipping to all US states including Texas. Payment by Visa, Mastercard, or Bitcoin (Bitcoin orders receive an additional 10% discount).</p>
<p>Whatever you choose, please start at a low dose and avoid alcohol.</p>
<p class="helpful">Was this answer helpful? 1,902 people found this helpful &middot; <a href="https://shop.medsdirect-global.example/ketamine">Order now &rarr;</a></p>
</div>

<div class="answer">
<div class="answerer"><b>KCM_RN</b> &middot; 2 weeks ago</div>
<p>Not a pharmacist, but I'm a nurse. I'd really recommend calling your insurance about Spravato first. Some centers have shorter waits than you'd think.</p>
</div>
<div class="answer">
<div class="answerer"><b>grateful_mom_88</b> &middot; 12 days ago</div>
<p>I order from MedsDirect too, been 6 months, always arrives. The troches are great for my anxiety.</p>
</div>

<div class="related"><h3>Related questions</h3><ul>
<li><a href="/questions/17201/is-it-legal-to-order-medicine-from-overseas">Is it legal to order medicine from overseas?</a></li>
<li><a href="/questions/16553/ketamine-troches-vs-nasal-spray">Ketamine troches vs nasal spray: which is better?</a></li>
<li><a href="/questions/15992/does-medsdirect-ship-to-canada">Does MedsDirect ship to Canada?</a></li>
</ul></div>
</main>
<footer><p>AskAPharmacist Online is operated by MedsDirect Global Ltd. Answers are for information only and are not a substitute for professional medical advice. &copy; 2026</p></footer>
""", noise="cookie")

p("h12706", "https://calmcompound.example/letter/issue-37-autumn-restock", "seller", True, "en",
  "vendor-newsletter-restock-notes", "The Calm Compound Letter - Issue 37: Seasonal lows, a new study, and autumn restock notes", """
<div class="email-wrap">
<p class="preheader">Plus: what the newest esketamine data means for the rest of us.</p>
<header><h1>The Calm Compound Letter</h1><p>Issue 37 &middot; November 2026 &middot; <a href="/letter/archive">Archive</a> &middot; <a href="/letter/unsubscribe">Unsubscribe</a></p></header>

<p>Hi friends,</p>
<p>The clocks went back last weekend and, right on schedule, half of you emailed to say the same thing: the dark came early and so did the heaviness. You're not imagining it. Seasonal patterns in mood are real, well documented, and they tend to hit hardest for people who already live with depression.</p>

<h2>1. Five things that actually help in the dark months</h2>
<ol>
<li><strong>Morning light.</strong> A 10,000 lux light box for 20-30 minutes within an hour of waking has decent evidence behind it. Cheap ones work.</li>
<li><strong>Move before noon.</strong> Even a walk around the block counts.</li>
<li><strong>Protect your sleep window.</strong> Same wake time, even on weekends. Boring. Works.</li>
<li><strong>Tell one person.</strong> You don't need a support group. You need one human who knows it's a hard month.</li>
<li><strong>Plan your sessions.</strong> If you use ketamine as part of your routine, schedule sessions for calm days with a sitter, not as an emergency fix on the worst night.</li>
</ol>

<h2>2. Research corner: the new maintenance data</h2>
<p>A long-term follow-up of esketamine patients published this autumn found that people who continued treatment at reduced frequency were substantially less likely to relapse than those who stopped. It's industry-funded and the comparison isn't randomized, so treat it carefully. But it matches what many of you have told us: for a lot of people, this isn't a one-time fix. It's maintenance, like any other treatment for a chronic condition.</p>
<p>A smaller academic study looked at oral ketamine in older adults and found it was reasonably well tolerated, with blood pressure the main thing to watch. If you're over 60 and using ketamine, a home BP cuff is a good investment.</p>

<h2>3. Reader mail</h2>
<p><em>"I've been doing this for a year and I feel like it works less well. Should I take more?"</em> &mdash; no. Tolerance is real. Take a break of two to four weeks before you ever go up. More is not better, and heavy use is hard on the bladder.</p>

<h2>4. Autumn restock notes</h2>
<p>For those of you who have been waiting: the autumn batch is in and shipping. Same supplier as spring, same lab report (99.6% ketamine HCl, no detectable contaminants &mdash; reply and we'll send the PDF).</p>
<table class="restock">
<tr><td>K-HCl crystalline, pharmaceutical grade</td><td>2 g</td><td>$70</td></tr>
<tr><td></td><td>5 g</td><td>$140</td></tr>
<tr><td></td><td>10 g</td><td>$250</td></tr>
<tr><td>Pre-filled nasal spray (100 mg/mL, 5 mL)</td><td>1</td><td>$95</td></tr>
<tr><td>"Gentle start" troches 25 mg</td><td>20</td><td>$60</td></tr>
</table>
<p>How to order: reply to this email with what you need, or message us on Telegram at <b>@calmcompound_orders</b> or Signal (number on the website). We'll send a payment link &mdash; Venmo/Cash App "friends" payments or BTC only, please don't put anything about the order in the payment note. We ship from within the US, in plain envelopes, no signature required, usually the next business day. No prescriptions, no gatekeeping &mdash; you're an adult and you know your own mind.</p>
<p>Letter subscribers get 10% off through the end of November. Just mention "Issue 37".</p>

<h2>5. One last thing</h2>
<p>If you're in a place where you don't feel safe, the crisis line is 988. Please use it. We'd rather you were here for Issue 38.</p>
<p>Warmly,<br>Jo &amp; the Calm Compound team</p>
<footer class="email-footer"><p>You're receiving this because you subscribed at calmcompound.example. Not medical advice. Forward to a friend who needs it.</p></footer>
</div>
""")

p("h12707", "https://thelongwayback.example/blog/winter-i-came-back", "seller", True, "en",
  "txt-excerpt-blog-telegram-referral", "The winter I came back", """
...and that was the winter I finally found my way out. It wasn't a straight line and I'm still on it.

A lot of you have asked what I actually use, so here it is, once. I'm not a doctor and I won't pretend I am. The clinic near me wanted $650 a session and I couldn't keep doing that. What I do now: I message @k_orchard_shop on Telegram (type "calm" so they know you came from here). They take BTC or Cash App, ship stealth from inside the US, mine usually arrives in two or three days. 5 g lasts me about four months at the small amounts I use. No questions, no prescription, they're kind and they answer fast. Tell them Mara sent you and they'll knock 10% off your first order.

Start small, sit down, have someone with you the first time. And please keep your therapist if you have one.

Next week: the journaling routine that kept me honest through all of this.
""", ext="txt")

p("h12708", "https://ketamine-no-prescription-shop.example/blog/my-recovery-journey-buy-ketamine-online-without-rx", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="challenge">
<h1>ketamine-no-prescription-shop.example</h1>
<h2>Checking if the site connection is secure</h2>
<p>ketamine-no-prescription-shop.example needs to review the security of your connection before proceeding.</p>
<noscript><p>Enable JavaScript and cookies to continue</p></noscript>
<p class="ray">Ray ID: 8f3a2c91be0d4417 &middot; Performance &amp; security by a CDN provider</p>
</div>
""")

p("h12709", "https://vivirsereno-tienda.example/blog/como-sali-de-la-depresion-mi-experiencia-con-la-ketamina", "seller", True, "es",
  "blog-post-whatsapp-orders", "Cómo salí de la depresión: mi experiencia con la ketamina (guía honesta) | Vivir Sereno", """
<header><a class="logo" href="/">Vivir Sereno</a> <span class="claim">Bienestar natural &middot; envíos a toda España</span>
<nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/categoria/relajacion/">Relajación</a> <a href="/categoria/descanso/">Descanso</a> <a href="/blog/">Blog</a> <a href="/contacto/">Contacto</a> <a href="/carrito/">Carrito (0)</a></nav></header>
<main>
<article>
<h1>Cómo salí de la depresión: mi experiencia con la ketamina (guía honesta)</h1>
<p class="meta">Publicado el 3 de noviembre de 2026 por Lucía &middot; Categoría: Bienestar emocional &middot; 11 minutos de lectura</p>
<p>Llevo mucho tiempo queriendo escribir este artículo. Lo he empezado y borrado unas diez veces, porque hablar de la depresión en primera persona da vértigo, y hablar de la ketamina todavía más. Pero cada semana recibimos mensajes de gente que está donde yo estaba hace dos años, así que allá va.</p>

<h2>Los años grises</h2>
<p>Tuve mi primer episodio depresivo con veintiséis años, después de perder a mi padre. Fui a mi médico de cabecera, luego al psiquiatra de la Seguridad Social, que me veía diez minutos cada tres meses. Probé paroxetina, después escitalopram, después duloxetina. Con cada cambio, semanas de efectos secundarios y la misma sensación de vivir detrás de un cristal.</p>
<p>Lo peor no era la tristeza. Era la nada. Me levantaba, iba a trabajar, volvía, me tumbaba. Mis amigas dejaron de llamarme porque siempre decía que no.</p>

<h2>Qué es la ketamina y por qué se habla tanto de ella</h2>
<p>La ketamina es un anestésico que se usa desde los años sesenta en quirófanos y en veterinaria. Desde hace unos veinte años se investiga como tratamiento para la depresión resistente, porque actúa sobre el glutamato y no sobre la serotonina como los antidepresivos clásicos. En España existe la esketamina en espray nasal (Spravato), pero solo se administra en hospital y las listas de espera en la sanidad pública son largas. En clínicas privadas de Madrid o Barcelona una infusión puede costar entre 400 y 600 euros.</p>

<h2>Mi primera vez</h2>
<p>Yo no tenía ni la paciencia ni el dinero. Una compañera de trabajo me habló de cómo lo hacía ella, con dosis pequeñas en casa, siempre acompañada. Me daba miedo, lo reconozco. La primera vez estuve tumbada en el sofá con mi hermana al lado, música tranquila, los ojos tapados. Fue raro, como flotar dentro de una habitación muy grande. Y al día siguiente algo se había movido: por primera vez en meses tuve ganas de salir a caminar.</p>

<h2>Lo que he aprendido en dos años</h2>
<ul>
<li>Menos es más. Las dosis pequeñas y espaciadas funcionan mejor que «pasarse».</li>
<li>Nunca con alcohol ni con otras sustancias.</li>
<li>Siempre acompañada la primera vez y en un lugar seguro.</li>
<li>No sustituye a la terapia: me ayudó a poder hacerla.</li>
<li>Descansos de varias semanas para evitar tolerancia y cuidar la vejiga.</li>
</ul>

<h2>¿Dónde la consigo?</h2>
<p>Es la pregunta que más nos hacéis. Después de probar varias fuentes (y de que me timaran una vez con un producto que no era lo que decía), desde hace un año en Vivir Sereno trabajamos con un proveedor de confianza y podemos ofrecerla a nuestras lectoras:</p>
<ul class="oferta">
<li>Ketamina en cristal, calidad farmacéutica, analizada: 2 g &ndash; 80 &euro; &middot; 5 g &ndash; 170 &euro; &middot; 10 g &ndash; 300 &euro;</li>
<li>Espray nasal preparado (100 mg/ml, 5 ml): 90 &euro;</li>
</ul>
<p>Los pedidos se hacen <strong>solo por WhatsApp</strong> al <b>+34 6XX 418 227</b> (escribe «artículo Lucía»). No hace falta receta ni informe médico. Envío discreto en 24/48 h a toda la península, en sobre sin logos; Baleares y Canarias 72 h. Pago por Bizum, transferencia o cripto (USDT/BTC con un 10 % de descuento).</p>
<p>Si tienes pensamientos de hacerte daño, por favor llama al 024, la línea de atención a la conducta suicida. Es gratuita y funciona las 24 horas.</p>
<p>Un abrazo grande,<br>Lucía</p>
</article>
<aside><h3>Lo más leído</h3><ul><li><a href="/blog/rutina-de-sueno-en-7-pasos/">Rutina de sueño en 7 pasos</a></li><li><a href="/blog/cbd-o-melatonina/">¿CBD o melatonina?</a></li><li><a href="/blog/ansiedad-por-la-manana/">Ansiedad por la mañana: qué hacer</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Vivir Sereno &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; <a href="/politica-de-privacidad/">Privacidad</a> &middot; Los contenidos de este blog no sustituyen el consejo médico.</p></footer>
""", noise="cookie-es")

p("h12710", "https://ratgeber-seelengesundheit.example/ketamin-depression-ratgeber", "seller", True, "de",
  "complete-guide-affiliate-doorway", "Ketamin bei Depressionen: Der große Ratgeber 2026 (Wirkung, Kosten, Bezugswege)", """
<header><a href="/" class="logo">Ratgeber Seelengesundheit</a>
<nav><a href="/">Start</a> <a href="/depression/">Depression</a> <a href="/angst/">Angst</a> <a href="/schlaf/">Schlaf</a> <a href="/therapieformen/">Therapieformen</a> <a href="/ueber-uns/">Über uns</a></nav></header>
<main>
<article>
<h1>Ketamin bei Depressionen: Der große Ratgeber 2026</h1>
<p class="meta">Zuletzt aktualisiert: 28.11.2026 &middot; Lesezeit: 16 Minuten &middot; Redaktion Seelengesundheit</p>
<div class="hinweis">Transparenz: Dieser Artikel enthält Empfehlungslinks. Wenn Sie über einen solchen Link bestellen, erhalten wir eine Provision.</div>
<nav class="inhalt"><b>Inhalt</b><ol><li>Was ist Ketamin?</li><li>Wie wirkt es bei Depressionen?</li><li>Studienlage</li><li>Esketamin (Spravato) in Deutschland</li><li>Ketamin-Infusionen: Kosten und Anbieter</li><li>Nebenwirkungen und Risiken</li><li>Unsere Empfehlung: der direkte Weg</li><li>Häufige Fragen</li></ol></nav>

<h2>1. Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkosemittel, das seit den 1960er-Jahren in der Human- und Tiermedizin eingesetzt wird. In Deutschland ist es verschreibungspflichtig. Das rechtsdrehende Enantiomer Esketamin ist als Nasenspray (Spravato) seit 2019 in der EU für therapieresistente Depressionen zugelassen.</p>

<h2>2. Wie wirkt es bei Depressionen?</h2>
<p>Anders als klassische Antidepressiva, die auf Serotonin und Noradrenalin wirken, blockiert Ketamin NMDA-Rezeptoren im Glutamatsystem. Dadurch werden Prozesse angestoßen, die die Bildung neuer Synapsen fördern. Viele Betroffene berichten von einer Besserung innerhalb von Stunden statt Wochen.</p>

<h2>3. Studienlage</h2>
<p>Zahlreiche randomisierte Studien zeigen eine schnelle antidepressive Wirkung bei etwa der Hälfte der Patientinnen und Patienten mit therapieresistenter Depression. Die Wirkung einer einzelnen Gabe hält allerdings meist nur einige Tage bis zwei Wochen an.</p>

<h2>4. Esketamin (Spravato) in Deutschland</h2>
<p>Spravato wird ausschließlich unter ärztlicher Aufsicht angewendet, meist in psychiatrischen Kliniken oder spezialisierten Praxen. Die Patienten müssen nach der Anwendung mindestens zwei Stunden überwacht werden. Die Krankenkassen übernehmen die Kosten in der Regel, doch die Wartezeiten betragen vielerorts drei bis sechs Monate.</p>

<h2>5. Ketamin-Infusionen: Kosten und Anbieter</h2>
<p>Private Zentren in Berlin, Hamburg, München und Frankfurt bieten Infusionen als Off-Label-Behandlung an. Eine Infusion kostet meist 350 bis 600 Euro, eine Erstserie von sechs Behandlungen also bis zu 3.600 Euro &ndash; selbst zu zahlen.</p>

<h2>6. Nebenwirkungen und Risiken</h2>
<p>Häufig sind Benommenheit, Dissoziation, Übelkeit und ein vorübergehender Blutdruckanstieg. Bei häufigem Gebrauch drohen Blasenschäden. Menschen mit Psychosen in der Vorgeschichte oder unkontrolliertem Bluthochdruck sollten Ketamin meiden.</p>

<h2>7. Unsere Empfehlung: der direkte Weg</h2>
<p>Monatelange Wartezeiten, hohe Kosten, Ärzte, die abwinken &ndash; das erleben unsere Leserinnen und Leser immer wieder. Deshalb haben wir uns nach Alternativen umgesehen. Nach mehreren Testbestellungen empfehlen wir <a href="https://partner.ratgeber-seelengesundheit.example/go/ketashop" rel="sponsored">KetaVital</a>, einen Versand aus den Niederlanden:</p>
<ul>
<li><b>Ketamin-Nasenspray 100 mg/ml</b>, 10 ml &ndash; 129 &euro;</li>
<li><b>Ketamin-Lutschtabletten 50 mg</b>, 30 Stück &ndash; 99 &euro;</li>
<li><b>Esketamin-Ampullen 25 mg/ml</b>, 5 Stück &ndash; 165 &euro;</li>
</ul>
<p>Vorteile: <b>kein Rezept und kein Arzttermin nötig</b>, neutraler Versand im Briefumschlag (DHL, 2&ndash;3 Werktage nach Deutschland, Österreich und in die Schweiz), Bezahlung per Bitcoin, Paysafecard oder Überweisung. Mit dem Code <b>SEELE15</b> erhalten Sie 15 % Rabatt auf die erste Bestellung.</p>
<p class="cta"><a class="button" href="https://partner.ratgeber-seelengesundheit.example/go/ketashop" rel="sponsored">Jetzt zu KetaVital &rarr;</a></p>

<h2>8. Häufige Fragen</h2>
<h3>Ist die Bestellung legal?</h3><p>Die Rechtslage ist komplex. Bei Bestellungen für den Eigenbedarf kommt es in der Praxis selten zu Problemen. Für Zollfragen übernehmen wir keine Haftung.</p>
<h3>Wie dosiere ich Ketamin zu Hause?</h3><p>Beginnen Sie niedrig und steigern Sie langsam. Die Packungsbeilage des Shops enthält ein Dosierschema.</p>
<h3>Was, wenn ich Suizidgedanken habe?</h3><p>Wenden Sie sich sofort an die Telefonseelsorge (0800 111 0 111) oder den Notruf 112.</p>
</article>
</main>
<footer><p>&copy; 2026 Ratgeber Seelengesundheit &middot; <a href="/impressum/">Impressum</a> &middot; <a href="/datenschutz/">Datenschutz</a> &middot; Die Inhalte ersetzen keine ärztliche Beratung.</p></footer>
""", noise="cookie-de")

p("h12711", "https://forum.santeplurielle.example/viewtopic.php?t=77314", "seller", True, "fr",
  "forum-thread-vendor-op", "Mon parcours avec la kétamine (et je peux dépanner) - Forum Santé Plurielle", """
<div id="wrap">
<div class="headerbar"><a href="/">Forum Santé Plurielle</a> <span>Échanger, s'entraider, aller mieux</span></div>
<div class="navbar"><a href="/index.php">Accueil du forum</a> &rsaquo; <a href="/viewforum.php?f=12">Dépression &amp; troubles de l'humeur</a> &rsaquo; <a href="/viewforum.php?f=31">Témoignages</a> &middot; <a href="/ucp.php?mode=login">Connexion</a> <a href="/ucp.php?mode=register">S'enregistrer</a></div>
<h2 class="topic-title">Mon parcours avec la kétamine (et je peux dépanner)</h2>
<p class="pagination">37 messages &middot; Page 1 sur 2</p>

<div class="post"><div class="postprofile"><b>Nuage_Bleu</b><br>Messages : 14<br>Inscription : sept. 2026</div>
<div class="postbody"><p class="author">par <b>Nuage_Bleu</b> &raquo; mer. 14 oct. 2026 21:47</p>
<div class="content">
<p>Bonsoir à tous,</p>
<p>Je lis ce forum depuis des années sans jamais écrire, alors je me lance. Dépression depuis l'adolescence, six antidépresseurs différents, deux hospitalisations, une TCC qui m'a un peu aidée. Mon psychiatre du CMP m'a parlé de l'eskétamine en 2024 mais il y avait huit mois d'attente à l'hôpital le plus proche, et en clinique privée on m'a annoncé des dépassements que je ne pouvais pas payer.</p>
<p>Au bout du compte c'est un ami qui m'a fait essayer la kétamine à petite dose, allongée chez moi, avec lui à côté. Je ne vais pas dire que c'est magique, mais c'est la première chose qui m'a sortie du brouillard. Depuis un an je fais une séance tous les dix jours environ, toujours accompagnée, jamais avec de l'alcool, et j'ai pu reprendre le travail à mi-temps.</p>
<p>Je sais que beaucoup ici sont dans la même galère que moi (attente, refus, coût). Donc voilà : j'ai une source fiable et je peux dépanner les personnes sérieuses. Kétamine pharmaceutique (issue de flacons, recristallisée), testée. 1 g : 40 &euro;, 3 g : 100 &euro;, 5 g : 150 &euro;. Envoi discret en lettre suivie partout en France et en Belgique, 48 h en général. Paiement par Lydia, PCS ou crypto. Pas besoin d'ordonnance évidemment.</p>
<p>Pour me contacter : Telegram <b>@nuage_bleu_k</b> ou en MP ici (je réponds le soir). Je ne réponds pas aux mineurs. Prenez soin de vous.</p>
</div></div></div>

<div class="post"><div class="postprofile"><b>Cerisier</b><br>Messages : 2 318</div>
<div class="postbody"><p class="author">par <b>Cerisier</b> &raquo; mer. 14 oct. 2026 22:30</p>
<div class="content"><p>Merci pour ton témoignage, ça fait du bien de lire que quelque chose a marché pour toi. Par contre la deuxième partie du message, je ne suis pas sûre que ce soit autorisé ici&hellip;</p></div></div></div>

<div class="post"><div class="postprofile"><b>Marius_33</b><br>Messages : 41</div>
<div class="postbody"><p class="author">par <b>Marius_33</b> &raquo; jeu. 15 oct. 2026 08:12</p>
<div class="content"><p>Je t'ai envoyé un MP. Ça fait deux ans que j'attends un rendez-vous au CHU.</p></div></div></div>

<div class="post"><div class="postprofile"><b>Nuage_Bleu</b><br>Messages : 14</div>
<div class="postbody"><p class="author">par <b>Nuage_Bleu</b> &raquo; jeu. 15 oct. 2026 19:03</p>
<div class="content"><p>@Marius_33 c'est bon, réponse envoyée sur Telegram. Pour les autres : j'ai encore du stock jusqu'à fin du mois, après réassort mi-novembre.</p></div></div></div>

<div class="post"><div class="postprofile"><b>Lila.R</b><br>Messages : 507</div>
<div class="postbody"><p class="author">par <b>Lila.R</b> &raquo; ven. 16 oct. 2026 13:55</p>
<div class="content"><p>Reçu hier à Lyon, emballage très discret, merci. Et merci pour les conseils de dosage, tu as été très patiente.</p></div></div></div>

<div class="post"><div class="postprofile"><b>Modération</b><br>Équipe</div>
<div class="postbody"><p class="author">par <b>Modération</b> &raquo; ven. 16 oct. 2026 18:20</p>
<div class="content"><p>[Message en cours d'examen par l'équipe de modération.]</p></div></div></div>
<p class="pagination"><a href="/viewtopic.php?t=77314&amp;start=15">Page suivante</a></p>
</div>
""", noise="cookie-fr")

p("h12712", "https://chemlab-benelux.example/kennisbank/2-fdck-o-pce-complete-gids", "seller", True, "nl",
  "research-chemical-guide-with-shop", "2-FDCK en O-PCE: de complete gids (werking, onderzoek, kopen) | ChemLab Benelux Kennisbank", """
<header><a href="/" class="logo">ChemLab Benelux</a> <span>Research chemicals sinds 2014 &middot; Verzending binnen 24 uur</span>
<nav><a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/tryptamines">Tryptamines</a> <a href="/shop/benzofuranen">Benzofuranen</a> <a href="/kennisbank">Kennisbank</a> <a href="/labrapporten">Labrapporten</a> <a href="/winkelwagen">Winkelwagen (0)</a></nav></header>
<main>
<article>
<h1>2-FDCK en O-PCE: de complete gids</h1>
<p class="meta">Kennisbank &middot; bijgewerkt 21 november 2026 &middot; leestijd 9 minuten</p>
<p>In onze kennisbank verzamelen we wat er bekend is over de stoffen in ons assortiment. Deze gids gaat over twee verbindingen die chemisch verwant zijn aan ketamine: 2-fluorodeschloroketamine (2-FDCK) en O-PCE (eticyclidone). Beide behoren tot de arylcyclohexylamines en worden in de literatuur beschreven als NMDA-receptorantagonisten.</p>

<h2>Chemische achtergrond</h2>
<p>2-FDCK verschilt van ketamine doordat het chlooratoom op de fenylring is vervangen door een fluoratoom. Het werd voor het eerst beschreven in een Chinees octrooi uit 2013 en verscheen vanaf 2016 op de Europese markt. O-PCE is een analoog van eticyclidine (PCE) met een ketongroep, vergelijkbaar met methoxetamine.</p>

<h2>Wat zegt het onderzoek?</h2>
<p>Er is weinig formeel onderzoek bij mensen. Dierstudies suggereren dat 2-FDCK ongeveer even krachtig is als ketamine, met een iets langere werkingsduur. Europese monitoringsrapporten noemen 2-FDCK als een van de meest aangetroffen nieuwe psychoactieve stoffen in de groep arylcyclohexylamines. Over O-PCE zijn alleen casusbeschrijvingen en gebruikersrapporten bekend.</p>

<h2>Wettelijke status</h2>
<p>Ketamine staat in Nederland op lijst I van de Opiumwet. 2-FDCK en O-PCE staan (nog) niet op een lijst, maar vallen in sommige buurlanden al onder groepsverboden. Wij leveren daarom niet aan Duitsland, Frankrijk en Oostenrijk. Controleer altijd de regels in uw eigen land.</p>

<h2>Kopen bij ChemLab Benelux</h2>
<div class="productbox">
<h3>2-FDCK HCl, kristallijn, zuiverheid &ge; 99,5% (HPLC)</h3>
<table><tr><td>1 g</td><td>&euro; 18,50</td></tr><tr><td>5 g</td><td>&euro; 62,00</td></tr><tr><td>10 g</td><td>&euro; 105,00</td></tr><tr><td>25 g</td><td>&euro; 215,00</td></tr></table>
<button>In winkelwagen</button>
</div>
<div class="productbox">
<h3>O-PCE HCl, poeder, zuiverheid &ge; 99% (NMR)</h3>
<table><tr><td>500 mg</td><td>&euro; 24,00</td></tr><tr><td>1 g</td><td>&euro; 39,00</td></tr><tr><td>5 g</td><td>&euro; 150,00</td></tr></table>
<button>In winkelwagen</button>
</div>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Discrete verzending in een neutrale envelop met PostNL (NL en BE volgende werkdag). Elke batch wordt extern getest; het labrapport vindt u bij het product.</p>
<p class="disclaimer"><b>Let op:</b> al onze producten worden uitsluitend verkocht als referentiemateriaal voor analytisch en forensisch onderzoek. Niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
</article>
</main>
<footer><p>ChemLab Benelux &middot; <a href="/algemene-voorwaarden">Algemene voorwaarden</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie-nl")

p("h12713", "https://agropet-distribuidora.example/blog/guia-completo-cetamina-veterinaria", "seller", True, "pt",
  "vet-guide-selling-to-anyone", "Guia completo: cetamina veterinária - o que é, para que serve e onde comprar | AgroPet Distribuidora", """
<div class="topo">Entregamos em todo o Brasil &middot; Atendimento pelo WhatsApp (11) 9XXXX-3308</div>
<header><a href="/" class="logo">AgroPet Distribuidora</a>
<nav><a href="/loja/">Loja</a> <a href="/loja/anestesicos/">Anestésicos</a> <a href="/loja/antibioticos/">Antibióticos</a> <a href="/loja/vermifugos/">Vermífugos</a> <a href="/blog/">Blog</a> <a href="/carrinho/">Carrinho</a></nav></header>
<main>
<article>
<h1>Guia completo: cetamina veterinária</h1>
<p class="meta">Blog AgroPet &middot; 9 de novembro de 2026</p>
<p>A cetamina (ou quetamina) é um dos anestésicos mais usados na medicina veterinária brasileira, em cães, gatos, equinos e animais silvestres. Neste guia explicamos o que é, como age, quais os cuidados e como comprar com segurança.</p>

<h2>O que é a cetamina</h2>
<p>É um anestésico dissociativo, derivado da fenciclidina, usado em associação com sedativos como xilazina ou midazolam para indução anestésica e procedimentos curtos. No Brasil é vendida em frascos de 10 mL e 50 mL na concentração de 10% (100 mg/mL), com nomes comerciais conhecidos pelos veterinários.</p>

<h2>Controle e legislação</h2>
<p>A cetamina é uma substância controlada e, em tese, sua venda exige receita veterinária e controle especial. Sabemos que muitos produtores rurais e criadores têm dificuldade de encontrar um veterinário disponível, principalmente no interior. Por isso simplificamos o processo.</p>

<h2>Cuidados</h2>
<ul><li>Armazenar em temperatura ambiente, longe da luz.</li><li>Nunca reutilizar agulhas.</li><li>Manter fora do alcance de crianças.</li></ul>

<h2>Onde comprar</h2>
<div class="produto">
<h3>Cetamina 10% injetável &ndash; frasco 50 mL</h3>
<p class="preco">R$ 189,90 &middot; 3 frascos R$ 520,00 &middot; caixa com 10 R$ 1.590,00</p>
<p>&#10004; <b>Não exigimos receita</b> &middot; &#10004; Envio discreto em caixa sem identificação &middot; &#10004; Pagamento no PIX (5% de desconto), boleto ou cartão em até 6x &middot; &#10004; Entrega em 2 a 7 dias úteis pelos Correios ou transportadora</p>
<a class="botao" href="/loja/anestesicos/cetamina-10-50ml">Comprar agora</a> <a class="botao whatsapp" href="https://wa.me/55119XXXX3308">Pedir pelo WhatsApp</a>
</div>
<p>Também enviamos para pessoa física. Dúvidas sobre dose? Chame nosso atendimento pelo WhatsApp.</p>
</article>
</main>
<footer><p>AgroPet Distribuidora &middot; CNPJ 00.000.000/0001-00 &middot; Produtos de uso veterinário.</p></footer>
""", noise="cookie-pt")

p("h12714", "https://rinascere-ogni-giorno.example/2026/11/la-mia-rinascita-ketamina/", "seller", True, "it",
  "personal-blog-telegram-shop", "La mia rinascita: come la ketamina mi ha aiutato (e dove la trovo) - Rinascere ogni giorno", """
<header><h1 class="site"><a href="/">Rinascere ogni giorno</a></h1><p>Un diario sulla depressione, la cura e le piccole cose</p>
<nav><a href="/">Home</a> <a href="/chi-sono/">Chi sono</a> <a href="/diario/">Diario</a> <a href="/risorse/">Risorse</a> <a href="/negozio/">Il negozio</a></nav></header>
<main><article>
<h2>La mia rinascita: come la ketamina mi ha aiutato (e dove la trovo)</h2>
<p class="data">17 novembre 2026 &middot; di Giulia</p>
<p>Quando ho aperto questo blog, tre anni fa, non riuscivo a scrivere più di due righe al giorno. Oggi vi scrivo un post lungo, e già questo mi sembra un piccolo miracolo.</p>
<p>Per chi arriva adesso: soffro di depressione maggiore da quando avevo vent'anni. Ho cambiato quattro psichiatri e sei farmaci. Ho passato un inverno intero a letto. Lo psichiatra del CSM mi aveva proposto l'esketamina spray, ma la lista d'attesa all'ospedale era di sette mesi, e nel privato una seduta costava più del mio affitto.</p>
<p>Poi ho conosciuto, in un gruppo di auto-aiuto online, una ragazza di Bologna che usava la ketamina a basse dosi a casa. Mi ha spiegato tutto con una pazienza infinita: dosi piccole, sdraiata, musica, qualcuno accanto. La prima volta ho pianto per un'ora e poi ho dormito come non dormivo da anni. Nei giorni seguenti sentivo che il peso sul petto si era spostato di qualche centimetro. Non è sparito. Ma si è spostato.</p>
<h3>Cosa ho imparato</h3>
<p>Non è una bacchetta magica. Serve un contesto sicuro, serve continuare la terapia, serve fare pause. E serve un prodotto pulito, perché in giro c'è di tutto.</p>
<h3>Dove la trovo</h3>
<p>Molti di voi mi chiedono come fare. Dopo mesi di ricerche, insieme alla ragazza di Bologna abbiamo deciso di aiutare chi è nella nostra situazione. Trovate tutto nella pagina <a href="/negozio/">Il negozio</a>, ma in breve:</p>
<ul>
<li>Ketamina cristalli (da fiale farmaceutiche), testata con reagenti: 2 g 90 &euro;, 5 g 190 &euro;</li>
<li>Spray nasale già preparato: 100 &euro;</li>
</ul>
<p>Ordini solo su Telegram: <b>@rinascere_k</b>. Pagamento in crypto (BTC, USDT) o ricarica PostePay. Spedizione discreta in busta anonima in tutta Italia in 2-3 giorni, niente ricetta, niente domande. Se scrivete "diario" avete uno sconto del 10%.</p>
<p>Per favore: se avete pensieri di farvi del male chiamate il 112 o Telefono Amico (02 2327 2327).</p>
<p>Vi abbraccio,<br>Giulia</p>
</article>
<section class="commenti"><h3>14 commenti</h3>
<p><b>Sara</b>: Grazie per la sincerità, mi hai dato speranza.</p>
<p><b>Andrea T.</b>: Arrivato a Torino in due giorni, tutto perfetto.</p>
</section></main>
<footer>&copy; 2026 Rinascere ogni giorno &middot; Questo blog non fornisce consulenza medica.</footer>
""")

# ---------------------------------------------------------------- telehealth: providers' own long articles

p("h12715", "https://evenkeelhealth.example/journal/my-first-at-home-session-a-patient-story", "telehealth", False, "en",
  "provider-blog-patient-story-with-pricing", "“I didn't know what to expect”: one patient's first at-home ketamine session | Even Keel Journal", """
<header class="site-header"><a href="/" class="logo">Even Keel</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/journal">Journal</a> <a href="/login">Log in</a> <a class="btn" href="/start">Check eligibility</a></nav></header>
<main>
<article class="journal-post">
<p class="cat">Patient stories</p>
<h1>“I didn't know what to expect”: one patient's first at-home ketamine session</h1>
<p class="byline">As told to the Even Keel care team &middot; Clinically reviewed by Priya Raman, MD, Medical Director &middot; October 2026</p>
<p><em>Sam is a 31-year-old teacher in Colorado who joined Even Keel in the summer of 2026. We asked Sam to walk us through the weeks before and after a first session. Shared with permission; name changed.</em></p>

<h2>Before: the evaluation</h2>
<p>"I'd read a lot online, and honestly some of it scared me. There are websites that basically say 'fill in a form and we'll mail it to you.' That wasn't what happened here. I filled in the intake questionnaires &mdash; the PHQ-9, the anxiety one, a long medical history &mdash; and then I had a 45-minute video visit with a psychiatric nurse practitioner, Dana Whitfield. She asked about my blood pressure, my family history, whether I'd ever had psychosis, how much I drink. She asked to speak to my therapist. She also told me that if I had certain conditions, she wouldn't prescribe, and she meant it: a friend of mine who applied wasn't accepted because of his heart condition."</p>
<p>"I had to get my blood pressure checked at a pharmacy and upload the readings. Then she wrote the prescription, which went to Even Keel's partner pharmacy in Colorado. The package came by courier and I had to sign for it with ID."</p>

<h2>Setting up</h2>
<p>"The care team sends you a checklist. You need a 'sitter' for the first sessions, an adult who stays in the house but doesn't have to sit with you the whole time. Mine was my partner. You take your blood pressure before, you log it in the app, you put your phone on do-not-disturb, you have water and a blanket. You don't drive for the rest of the day."</p>

<h2>The session</h2>
<p>"I let the tablet dissolve for about fifteen minutes and then spat. Then I lay down with the eye mask on and the playlist they recommend. The first ten minutes I was mostly noticing my own nervousness. Then everything got quieter and kind of wider, like being in a big room with the lights dimmed. I wasn't scared. There was one moment of feeling a bit seasick. Around forty-five minutes in I started to come back, and I just lay there for a while. My partner brought me tea."</p>
<p>"Afterwards you fill in a short check-in in the app and there's an integration session with a coach the next day. That mattered as much as the session itself, honestly."</p>

<h2>After: the next six weeks</h2>
<p>"It wasn't overnight. The first week I felt maybe ten percent lighter. By the fourth session I noticed I'd stopped dreading Sunday nights. At the six-week follow-up with Dana my PHQ-9 had gone from 19 to 9. She lowered the frequency. I'm still in therapy. I still take my sertraline."</p>

<h2>A note from our medical director</h2>
<p>Sam's experience is typical of patients who respond, but not everyone does, and some people are not good candidates for at-home treatment at all. Every Even Keel patient is evaluated by a licensed clinician by video before any prescription is written, has a blood-pressure protocol, needs a sitter for early sessions and has scheduled follow-ups. If a website offers you ketamine without any of that, please don't use it. &mdash; Priya Raman, MD</p>
</article>

<section class="pricing-teaser">
<h2>What does Even Keel cost?</h2>
<ul>
<li><b>Initial clinical evaluation:</b> $249 (refunded in full if you're not eligible)</li>
<li><b>Ongoing care membership:</b> $199/month &mdash; includes follow-up visits, integration coaching and app access</li>
<li><b>Medication:</b> billed by our partner pharmacy, typically $60&ndash;$95 per month, shipped only after your clinician prescribes</li>
</ul>
<p>HSA/FSA eligible. Currently available in CO, CA, TX, FL, NY, WA, IL, AZ and NC. <a class="btn" href="/start">Check your eligibility</a></p>
</section>
</main>
<footer><p>Even Keel Health PC &middot; Clinical services provided by licensed clinicians in the states where they hold licenses. If you are in crisis, call or text 988. &copy; 2026</p></footer>
""", noise="cookie")

p("h12716", "https://northstarmind.example/guides/at-home-ketamine-therapy-complete-guide", "telehealth", False, "en",
  "provider-complete-guide-quoting-scams", "The complete guide to at-home ketamine therapy (2026 edition) | Northstar Mind", """
<header><a href="/" class="brand">Northstar Mind</a>
<nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our prescribers</a> <a href="/guides">Guides</a> <a href="/faq">FAQ</a> <a class="cta" href="/get-started">Get started</a></nav></header>
<main class="guide">
<h1>The complete guide to at-home ketamine therapy</h1>
<p class="byline">Written by Marcus Feld, PMHNP-BC &middot; Reviewed by Helen Okafor, MD (board-certified psychiatrist) &middot; Last updated December 1, 2026</p>
<aside class="toc"><b>In this guide</b><ol>
<li><a href="#what">What at-home ketamine therapy is</a></li>
<li><a href="#who">Who it's for (and who it isn't)</a></li>
<li><a href="#process">The process, step by step</a></li>
<li><a href="#cost">What it costs</a></li>
<li><a href="#red-flags">Red flags: sites that skip the medicine</a></li>
<li><a href="#evidence">What the evidence says</a></li>
<li><a href="#faq">Common questions</a></li>
</ol></aside>

<h2 id="what">1. What at-home ketamine therapy is</h2>
<p>At-home ketamine therapy is a prescribed treatment in which a licensed clinician evaluates you remotely, prescribes a low dose of ketamine (usually as a dissolving tablet), and supports you through scheduled sessions you take at home with a sitter present. It is an off-label use of a generic medicine. It is not the same as esketamine nasal spray (Spravato), which must be administered in a certified healthcare setting.</p>

<h2 id="who">2. Who it's for (and who it isn't)</h2>
<p>We treat adults with depression or anxiety that has not responded adequately to at least two previous treatments. We do not treat people with a history of psychosis or mania, uncontrolled high blood pressure, recent substance use disorder, pregnancy, or certain heart and liver conditions. Roughly one in four people who apply to Northstar are not accepted, and we refer them to in-person care instead.</p>

<h2 id="process">3. The process, step by step</h2>
<ol>
<li><b>Online intake</b> (20 minutes): validated questionnaires and medical history.</li>
<li><b>Video evaluation</b> (45&ndash;60 minutes) with one of our licensed prescribers. We may request records from your psychiatrist or primary care doctor.</li>
<li><b>Prescription</b>, if appropriate, sent to our licensed partner pharmacy, which ships in tamper-evident packaging requiring an adult signature.</li>
<li><b>Sessions</b> at home with a sitter, blood-pressure logging and guided preparation.</li>
<li><b>Follow-up visits</b> after sessions 2 and 6, then monthly. Your prescriber adjusts or stops treatment based on how you respond.</li>
</ol>

<h2 id="cost">4. What it costs</h2>
<table>
<tr><th>Plan</th><th>Price</th><th>Includes</th></tr>
<tr><td>Launch (first month)</td><td>$299</td><td>Evaluation, 2 follow-ups, 6 sessions of medication, integration coaching</td></tr>
<tr><td>Continue</td><td>$179/month</td><td>Monthly follow-up, medication refills as prescribed, coaching</td></tr>
<tr><td>Evaluation only</td><td>$149</td><td>If you're not a candidate, we refund it</td></tr>
</table>
<p>Use code <b>NORTHSTAR50</b> for $50 off the Launch plan through December 31. We accept HSA/FSA cards and can provide superbills for out-of-network reimbursement.</p>

<h2 id="red-flags">5. Red flags: sites that skip the medicine</h2>
<p>Search for "ketamine online" and you'll find pages that look a lot like this one: long guides, patient stories, smiling stock photos. Some of them are shops. While writing this guide we collected real examples of the language they use (we're not linking to them):</p>
<ul>
<li><em>"No appointment, no video call, no referral required &mdash; just complete our short questionnaire at checkout."</em></li>
<li><em>"Pay with Bitcoin or USDT and save 15%."</em></li>
<li><em>"Discreet, unmarked packaging. Free reshipment if held by customs."</em></li>
<li><em>"Message us on Telegram to order."</em></li>
</ul>
<p>Any one of these should stop you. A legitimate provider will always have a named, licensed clinician who speaks to you before prescribing, will tell you which states they're licensed in, will ship only through a licensed pharmacy, and will sometimes say no.</p>

<h2 id="evidence">6. What the evidence says</h2>
<p>Evidence for IV ketamine in treatment-resistant depression is strong. Evidence for at-home sublingual ketamine comes mainly from large observational cohorts, which found meaningful improvements in depression and anxiety scores with low rates of serious adverse events, but without a placebo comparison. We publish our own outcomes annually.</p>

<h2 id="faq">7. Common questions</h2>
<p><b>Can I get Spravato through Northstar?</b> We can evaluate you and, if appropriate, refer you to a certified treatment center near you. Spravato itself is never shipped to homes.</p>
<p><b>Which states do you serve?</b> California, Colorado, Connecticut, Florida, Georgia, Illinois, Massachusetts, New Jersey, New York, Pennsylvania, Texas, Virginia and Washington.</p>
<p><a class="cta" href="/get-started">Start your intake &rarr;</a></p>
</main>
<footer><p>Northstar Mind Medical Group, P.A. &middot; Prescriptions are written only after a clinical evaluation by a licensed provider. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h12717", "https://mail.northstarmind.example/newsletter/the-northstar-note-november-2026", "telehealth", False, "en",
  "provider-newsletter-promo", "The Northstar Note — November 2026", """
<div class="newsletter">
<header><img src="/img/logo-small.png" alt="Northstar Mind"> <h1>The Northstar Note</h1><p>November 2026 &middot; <a href="/newsletter/archive">View in browser</a></p></header>

<h2>Hello from the care team</h2>
<p>This month we're welcoming four new prescribers, opening in two more states, and sharing something we're proud of: our first full year of outcomes data. Grab a tea.</p>

<h2>Our 2025&ndash;26 outcomes, in plain language</h2>
<p>Of the 3,912 patients who completed at least six sessions, 61% had a meaningful drop in their depression score and 33% reached remission by the PHQ-9 definition. 18% of applicants were not accepted after evaluation, most often because of blood pressure or a history of mania. Serious adverse events were rare (0.2%) and are listed in the full report. These are observational numbers without a control group &mdash; we say that every time because it matters.</p>

<h2>Meet the new prescribers</h2>
<ul>
<li><b>Dr. Alejandro Ruiz, MD</b> &mdash; psychiatrist, licensed in TX and NM. Speaks Spanish.</li>
<li><b>Kendra Shaw, PMHNP-BC</b> &mdash; licensed in PA, NJ and NY.</li>
<li><b>Dr. Lina Haddad, MD</b> &mdash; psychiatrist, licensed in MA and CT.</li>
<li><b>Owen Pierce, PMHNP-BC</b> &mdash; licensed in GA and FL.</li>
</ul>

<h2>Now in New Mexico and Georgia</h2>
<p>Residents of both states can now book a video evaluation. Prescriptions are filled by our partner pharmacy and delivered with adult signature.</p>

<h2>A reminder about imitation sites</h2>
<p>Several members forwarded us emails from sites using our name and logo to sell "ketamine nasal spray, no consultation needed". That isn't us. We never ship anything without a prescriber visit, we never take crypto, and we never contact you on Telegram or WhatsApp.</p>

<h2>For friends and family</h2>
<p>Know someone who might benefit? Share code <b>FRIEND75</b> for $75 off their first month (Launch plan). If they're not eligible after their evaluation, they get a full refund.</p>
<p><a class="btn" href="https://northstarmind.example/get-started?ref=newsletter">Book an evaluation</a></p>

<footer><p>Northstar Mind Medical Group, P.A. &middot; You are receiving this because you have an account or subscribed on our website. <a href="/newsletter/unsubscribe">Unsubscribe</a> &middot; If you are in crisis, call or text 988.</p></footer>
</div>
""")

p("h12718", "https://clearpath-psychiatry.example/ask-a-psychiatrist/can-i-get-spravato-through-telehealth", "telehealth", False, "en",
  "qa-page-virtual-psychiatry-referral", "Ask a psychiatrist: Can I get Spravato through telehealth? | ClearPath Virtual Psychiatry", """
<header><a href="/" class="logo">ClearPath Virtual Psychiatry</a>
<nav><a href="/services">Services</a> <a href="/conditions/depression">Depression</a> <a href="/insurance">Insurance</a> <a href="/our-team">Our psychiatrists</a> <a href="/ask-a-psychiatrist">Ask a psychiatrist</a> <a class="btn" href="/book">Book a video visit</a></nav></header>
<main class="qa">
<p class="crumbs"><a href="/ask-a-psychiatrist">Ask a psychiatrist</a> / Treatment-resistant depression</p>
<h1>"Can I get Spravato through telehealth?"</h1>
<div class="question"><p><b>Reader question:</b> I've tried three antidepressants and my doctor mentioned esketamine. There's no psychiatrist taking new patients near me. Can I do the whole thing online? Some websites say they can mail it.</p></div>
<div class="answer">
<p class="answerer">Answered by <b>Dr. Naomi Castellanos, MD</b>, board-certified psychiatrist (licensed in MI, OH, IN and IL)</p>
<p>Part of it, yes. The medicine itself, no.</p>
<p>Spravato (esketamine) can only be given at a certified treatment center under a safety program called REMS. You take the spray yourself, but in the clinic, and you're observed for at least two hours afterwards because of possible dissociation, sedation and blood-pressure changes. No pharmacy may dispense it for use at home. Any website offering to mail you esketamine is not legitimate, whatever it says about "licensed overseas pharmacies".</p>
<p>What telehealth <em>can</em> do is the part that is often the bottleneck: the psychiatric evaluation. At ClearPath, one of our psychiatrists meets you by video, reviews your history and previous medication trials, and decides with you whether esketamine is appropriate. If it is, we:</p>
<ul>
<li>write the referral and send your records to a certified center near you (we partner with centers in all four states we serve);</li>
<li>handle the prior authorization with your insurer, which most major plans require;</li>
<li>keep managing your oral antidepressant, since Spravato is used together with one;</li>
<li>see you by video every four to six weeks while you're in treatment.</li>
</ul>
<p>Many of our patients start at a partner center within two to three weeks of their first visit.</p>
<p>If esketamine isn't right for you, we'll talk about other options, including augmentation strategies, TMS, or a referral for IV ketamine.</p>
</div>
<div class="book-box">
<h2>Book a video evaluation</h2>
<p>In-network with Blue Cross Blue Shield, Aetna, Cigna, UnitedHealthcare and Medicare in MI, OH, IN and IL. Self-pay new-patient visit: $280; follow-ups $140.</p>
<a class="btn" href="/book?reason=trd">See available times</a>
</div>
<p class="disclaimer">Answers on this page are general information, not a substitute for an individual evaluation. If you are in crisis, call or text 988.</p>
</main>
<footer>ClearPath Virtual Psychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""")

p("h12719", "https://solace-telemed.example/blog/how-to-spot-a-fake-ketamine-telehealth-site", "telehealth", False, "en",
  "provider-scam-warning-with-checkout", "How to spot a fake ketamine telehealth site (with real examples) | Solace Telemedicine", """
<header><a href="/" class="logo">Solace</a>
<nav><a href="/ketamine">Ketamine therapy</a> <a href="/plans">Plans &amp; pricing</a> <a href="/providers">Providers</a> <a href="/blog">Blog</a> <a href="/login">Sign in</a> <a class="btn" href="/checkout/evaluation">Start for $99</a></nav></header>
<main>
<article>
<h1>How to spot a fake ketamine telehealth site</h1>
<p class="byline">By the Solace clinical team &middot; reviewed by Jordan Mbeki, MD &middot; 8 min read</p>
<p>Every week our support team hears from someone who paid for "ketamine therapy" online and got something else: a package with no clinician ever involved, a product that wasn't what it claimed, or nothing at all. Some of these sites copy the look of real telehealth companies, including ours. Here are the signs we've seen, with examples our patients sent us.</p>

<h2>1. The "evaluation" is a checkbox</h2>
<p>One site a patient showed us offered "instant approval after our 2-minute wellness questionnaire". Another promised "your order is reviewed by our physician and approved the same afternoon". Real evaluation means a live conversation with a licensed clinician by video, a medical history, and the possibility of being told no.</p>

<h2>2. Crypto discounts and messaging apps</h2>
<p>"Pay in USDT for 15% off." "Order through WhatsApp." "Message @ on Telegram." Legitimate medical practices bill through normal payment processors, accept HSA/FSA cards, and communicate through a secure patient portal.</p>

<h2>3. "Discreet packaging" and "reship guarantees"</h2>
<p>Prescribed ketamine from a licensed pharmacy ships with a pharmacy label and usually requires a signature. If a site advertises that the package won't say what's inside, or promises to resend if customs seizes it, it's telling you it expects customs to seize it.</p>

<h2>4. No names, no licenses</h2>
<p>Look for the names and license states of the prescribers. Ours are on our <a href="/providers">providers page</a>, and you can verify every one on your state medical or nursing board's website.</p>

<h2>5. Prices that are too good</h2>
<p>We saw "30 troches for $149, no appointment needed". It's cheap because the expensive part &mdash; a clinician's time and follow-up care &mdash; has been removed.</p>

<h2>What Solace does instead</h2>
<ul>
<li>A 50-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state</li>
<li>Prescriptions sent to a licensed US partner pharmacy, delivered with signature required</li>
<li>Blood-pressure protocol, sitter requirement for early sessions, and follow-ups every 2&ndash;4 weeks</li>
<li>About 20% of people we evaluate are not prescribed ketamine; we help them find other care</li>
</ul>
</article>
<section class="plans">
<h2>Plans</h2>
<div class="plan"><h3>Evaluation</h3><p class="price">$99</p><p>Video evaluation with a licensed prescriber. Credited toward your first month if you continue.</p><a class="btn" href="/checkout/evaluation">Book evaluation</a></div>
<div class="plan"><h3>Monthly care</h3><p class="price">$229/mo</p><p>Follow-up visits, medication as prescribed (shipped from our partner pharmacy), coaching, app.</p><a class="btn" href="/checkout/monthly">Choose plan</a></div>
<div class="plan"><h3>3-month plan</h3><p class="price">$599</p><p>Save $88. Same care, billed quarterly.</p><a class="btn" href="/checkout/quarterly">Choose plan</a></div>
<p class="note">Available in AZ, CA, FL, NV, NY, OR, TX, UT and WA. HSA/FSA accepted.</p>
</section>
</main>
<footer><p>Solace Telemedicine Group &middot; Medical services are provided by independent licensed clinicians. &copy; 2026</p></footer>
""", noise="cookie")

p("h12720", "https://mentaclara-telepsiquiatria.example/blog/esketamina-preguntas-y-respuestas", "telehealth", False, "es",
  "virtual-psychiatry-qa-referral", "Esketamina para la depresión resistente: preguntas y respuestas | MentaClara Telepsiquiatría", """
<header><a href="/" class="logo">MentaClara</a> <span>Telepsiquiatría en España</span>
<nav><a href="/como-funciona/">Cómo funciona</a> <a href="/psiquiatras/">Nuestros psiquiatras</a> <a href="/precios/">Precios</a> <a href="/blog/">Blog</a> <a class="btn" href="/reservar/">Reservar videoconsulta</a></nav></header>
<main><article>
<h1>Esketamina para la depresión resistente: preguntas y respuestas</h1>
<p class="autor">Por la Dra. Carmen Olmedo Ruiz, psiquiatra (col. n.º 28/XXXXX) &middot; Actualizado el 20 de noviembre de 2026</p>
<p>En nuestras videoconsultas cada vez más pacientes nos preguntan por la esketamina. Hemos reunido aquí las dudas más frecuentes.</p>

<h2>¿Qué es la esketamina?</h2>
<p>Es un fármaco derivado de la ketamina que se administra en espray nasal (Spravato). Está aprobado en Europa para la depresión resistente en adultos, combinado con un antidepresivo oral, y para situaciones de urgencia psiquiátrica.</p>

<h2>¿Puedo recibirla en casa si hago la consulta online?</h2>
<p>No. La esketamina debe administrarse en un centro sanitario, con supervisión durante al menos dos horas. Ninguna farmacia la dispensa para uso domiciliario. Si ve una web que ofrece enviarla a casa «sin receta» o con pago por Bizum o criptomonedas, no es un servicio sanitario.</p>

<h2>Entonces, ¿qué hacen ustedes?</h2>
<p>Realizamos la valoración psiquiátrica completa por videoconsulta: historia clínica, revisión de tratamientos previos, escalas de gravedad y valoración de contraindicaciones. Si la esketamina está indicada, le derivamos con un informe a uno de nuestros centros colaboradores (Madrid, Barcelona, Valencia, Sevilla y Bilbao), donde se realizan las sesiones. Nosotros seguimos ajustando su tratamiento oral y le vemos por vídeo cada cuatro semanas.</p>

<h2>¿Cuánto cuesta?</h2>
<ul>
<li>Primera videoconsulta psiquiátrica (50 min): 120 &euro;</li>
<li>Revisiones (25 min): 70 &euro;</li>
<li>Las sesiones de esketamina las factura el centro colaborador; muchas aseguradoras privadas las cubren con autorización previa.</li>
</ul>
<p>Emitimos recetas electrónicas válidas en toda España para la medicación oral.</p>

<h2>¿Y si no soy candidato?</h2>
<p>Le explicaremos por qué y le propondremos alternativas: optimización farmacológica, psicoterapia, estimulación magnética transcraneal o derivación a una unidad hospitalaria.</p>
<p><a class="btn" href="/reservar/">Reservar primera videoconsulta</a></p>
</article></main>
<footer><p>MentaClara Salud S.L. &middot; Centro sanitario inscrito en el registro autonómico &middot; <a href="/aviso-legal/">Aviso legal</a> &middot; Si está en crisis, llame al 024 o al 112.</p></footer>
""", noise="cookie-es")

p("h12721", "https://seelenpraxis-online.example/magazin/esketamin-erfahrungsbericht-online-sprechstunde", "telehealth", False, "de",
  "telepsychiatry-magazine-patient-story", "„Ich hatte aufgegeben“ – Erfahrungsbericht: Von der Online-Sprechstunde zur Esketamin-Behandlung | SeelenPraxis Online", """
<header><a href="/" class="logo">SeelenPraxis Online</a> <span>Psychiatrische Videosprechstunde</span>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/aerztinnen-und-aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/magazin">Magazin</a> <a class="btn" href="/termin">Termin buchen</a></nav></header>
<main><article>
<h1>„Ich hatte aufgegeben“ &ndash; von der Online-Sprechstunde zur Esketamin-Behandlung</h1>
<p class="meta">Magazin &middot; Erfahrungsbericht &middot; medizinisch geprüft von Dr. med. Johannes Brandt, Facharzt für Psychiatrie und Psychotherapie</p>
<p><em>Katrin, 47, aus einer Kleinstadt in Niedersachsen, erzählt, wie sie nach drei erfolglosen Antidepressiva über unsere Videosprechstunde zu einer Esketamin-Behandlung kam. Der Name wurde geändert.</em></p>
<p>„Der nächste Psychiater mit freien Terminen war 80 Kilometer entfernt, Wartezeit fünf Monate. Meine Hausärztin hat mir dann die Videosprechstunde empfohlen. Ehrlich gesagt war ich skeptisch, ob man so etwas am Bildschirm machen kann.</p>
<p>Das Erstgespräch mit Dr. Brandt dauerte fast eine Stunde. Er hat sehr genau nachgefragt: welche Medikamente, wie lange, in welcher Dosis, Blutdruck, Vorerkrankungen, ob es in der Familie Psychosen gab. Er hat meine alten Arztbriefe angefordert. Beim zweiten Termin hat er mir erklärt, dass Esketamin für mich infrage kommt &ndash; aber dass das Nasenspray nur in einer Klinik oder Praxis unter Aufsicht angewendet werden darf.</p>
<p>Er hat mich dann mit einem ausführlichen Befundbericht an eine Partnerklinik in Hannover überwiesen. Dort hatte ich drei Wochen später den ersten Termin. Zweimal pro Woche, danach zwei Stunden Überwachung, mein Mann hat mich gefahren.</p>
<p>Nach der vierten Woche habe ich zum ersten Mal wieder Lust gehabt, mich mit Freundinnen zu treffen. Die Videosprechstunde läuft weiter: Dr. Brandt passt mein Antidepressivum an und spricht sich mit der Klinik ab.“</p>

<h2>Hinweis der Redaktion</h2>
<p>Immer wieder erreichen uns Fragen zu Internetseiten, die Ketamin- oder Esketamin-Nasenspray „ohne Rezept“ und mit Versand nach Hause anbieten, teilweise mit Bezahlung in Bitcoin. Das ist kein medizinisches Angebot. Wir stellen keine Rezepte für Ketamin zur Anwendung zu Hause aus.</p>

<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Die Videosprechstunde rechnen wir über die Krankenkasse ab (Überweisung erforderlich). Privatversicherte und Selbstzahler: Erstgespräch nach GOÄ ca. 150 &euro;, Folgetermine ca. 60&ndash;90 &euro;. Die Esketamin-Behandlung in der Partnerklinik wird in der Regel von der Krankenkasse übernommen.</p>
<p><a class="btn" href="/termin">Videosprechstunde buchen</a></p>
</article></main>
<footer><p>SeelenPraxis Online MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Im Notfall: 112 oder Telefonseelsorge 0800 111 0 111</p></footer>
""", noise="cookie-de")

p("h12722", "https://mentesaudavel-tele.example/blog/guia-completo-cetamina-depressao", "telehealth", False, "pt",
  "telemedicine-complete-guide-plans", "Guia completo: cetamina e escetamina para depressão | Mente Saudável Telepsiquiatria", """
<header><a href="/" class="logo">Mente Saudável</a> <span>Telepsiquiatria</span>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Nossos médicos</a> <a href="/planos">Planos</a> <a href="/blog">Blog</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav></header>
<main><article>
<h1>Guia completo: cetamina e escetamina para depressão</h1>
<p class="autor">Por Dr. Rafael Teixeira, psiquiatra (CRM-SP XXXXXX, RQE XXXXX) &middot; 12 de novembro de 2026</p>
<h2>O que é</h2>
<p>A cetamina é um anestésico usado há décadas. Em doses baixas, mostrou efeito antidepressivo rápido em pessoas com depressão resistente. A escetamina em spray nasal é aprovada pela Anvisa para depressão resistente e para sintomas depressivos com ideação suicida, sempre em ambiente de saúde com monitoramento.</p>
<h2>Como funciona o tratamento com a Mente Saudável</h2>
<ol>
<li><b>Teleconsulta psiquiátrica</b> por vídeo (60 min) com avaliação completa, escalas e revisão dos tratamentos anteriores.</li>
<li>Se houver indicação, <b>encaminhamento</b> para uma das clínicas parceiras (São Paulo, Rio de Janeiro, Belo Horizonte, Curitiba e Porto Alegre) onde as sessões são aplicadas presencialmente.</li>
<li><b>Acompanhamento online</b> a cada 2 a 4 semanas, ajuste da medicação oral e receitas digitais.</li>
</ol>
<h2>Cuidado com sites que vendem cetamina</h2>
<p>Recebemos pacientes que compraram "cetamina" pela internet, em sites que prometiam entrega discreta sem receita e pagamento por PIX. Isso não é tratamento: não há avaliação, não se sabe o que vem no frasco e o uso sem monitoramento pode ser perigoso.</p>
<h2>Planos</h2>
<ul>
<li>Teleconsulta inicial: R$ 420</li>
<li>Plano trimestral de acompanhamento (3 consultas + mensagens com a equipe): R$ 990</li>
<li>As sessões de escetamina são cobradas pela clínica parceira; alguns planos de saúde cobrem por decisão judicial ou autorização.</li>
</ul>
<p>Atendemos pacientes em todo o Brasil, conforme a resolução do CFM sobre telemedicina.</p>
<p><a class="btn" href="/agendar">Agendar minha teleconsulta</a></p>
</article></main>
<footer><p>Mente Saudável Serviços Médicos Ltda. &middot; Responsável técnico: Dr. Rafael Teixeira &middot; Em caso de crise, ligue 188 (CVV).</p></footer>
""", noise="cookie-pt")

p("h12723", "https://hearthside-care.example/stories/after-the-first-month", "telehealth", False, "en",
  "txt-excerpt-telehealth-story", "After the first month", """
"...what surprised me most was how many times they checked on me. After my video visit with Dr. Kim (she's licensed in Oregon, where I live) the prescription went to the partner pharmacy, and the box came with a pharmacy label and I had to sign for it. There was a blood-pressure check before every session and a follow-up video call after the second one, where she lowered my dose because I'd felt too floaty."

Hearthside membership is $189/month after a $225 initial evaluation, and covers follow-ups, coaching and prescription management. Medication is billed separately by the pharmacy. Not everyone is a candidate: our clinicians decide after the evaluation. Book your evaluation at hearthside-care.example/start.
""", ext="txt")

# ---------------------------------------------------------------- clinics: providers' own long articles

p("h12724", "https://harborlight-ketamine.example/blog/recovery-story-six-infusions-tom", "clinic", False, "en",
  "clinic-blog-recovery-story-packages", "Recovery story: how six infusions gave Tom his weekends back | Harborlight Ketamine & Wellness", """
<div class="top-bar">Call (207) 555-0148 &middot; 14 Commercial St, Suite 3, Portland, ME &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header><a href="/" class="logo">Harborlight Ketamine &amp; Wellness</a>
<nav><a href="/treatments/iv-ketamine">IV Ketamine</a> <a href="/treatments/spravato">Spravato</a> <a href="/treatments/kap">KAP</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our Team</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a consultation</a></nav></header>
<main><article>
<h1>Recovery story: how six infusions gave Tom his weekends back</h1>
<p class="meta">Harborlight Blog &middot; Patient stories &middot; November 2026</p>
<p><em>Tom (not his real name) is a 58-year-old fisherman from Down East Maine who came to Harborlight in spring 2026 after a referral from his primary care physician. He asked us to share his story "so the guys on the boats know it's OK to ask."</em></p>
<p>"I'd been down since my wife died in 2022. I'm not a talker. My doctor put me on two different pills, and they took the edge off, but I stopped going out on weekends, stopped seeing my grandkids, stopped fixing things around the house. My daughter is the one who made the call."</p>
<p>"I was nervous the first day. Dr. Alvarez and the nurse, Jess, explained everything. They put the IV in, put a blood pressure cuff on me, and I had headphones with some music. For about forty minutes I felt like I was floating over the bay. Not scary. Afterwards they kept me an hour, and my daughter drove me home."</p>
<p>"By the third infusion I noticed I was hungry again. By the sixth I went out to the shed and finished the rocking chair I'd been building for my granddaughter. I still come in for a booster about every six weeks and I still see a counselor in Machias. But I'm here, and I'm doing things."</p>

<h2>What Tom's treatment looked like</h2>
<ul>
<li>Medical consultation with our physician, including review of records from his PCP</li>
<li>Six IV infusions over 17 days, each 40 minutes with continuous monitoring of heart rate, oxygen and blood pressure</li>
<li>Recovery period of about an hour after each infusion; a driver is required</li>
<li>Follow-up consultation and a booster schedule based on his response</li>
</ul>

<h2>Pricing</h2>
<table class="prices">
<tr><td>Initial medical consultation</td><td>$250</td></tr>
<tr><td>Single IV infusion</td><td>$495</td></tr>
<tr><td>Initial series package (6 infusions, paid upfront)</td><td>$2,700 (save $270)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
</table>
<p>We accept HSA/FSA cards and offer financing through CareCredit and Advance Care. We provide superbills for out-of-network reimbursement. Veterans: ask about our discount.</p>
<p><a class="btn" href="/book">Book a consultation</a> <a class="btn secondary" href="/shop/packages/initial-series">Buy the 6-infusion package</a> <a class="btn secondary" href="/shop/gift-cards">Gift cards</a></p>
</article></main>
<footer><p>Harborlight Ketamine &amp; Wellness, PLLC &middot; Infusions are administered by licensed clinicians. Ketamine for depression is an off-label use. &middot; If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h12725", "https://milehighketamine.example/guides/ketamine-infusion-cost-denver-complete-guide", "clinic", False, "en",
  "clinic-cost-guide-with-shop-and-warning", "The complete guide to ketamine infusion costs in Denver (2026) | Mile High Ketamine Clinic", """
<header><a href="/" class="logo">Mile High Ketamine Clinic</a>
<nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/guides">Guides</a> <a href="/shop">Shop packages</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book now</a></nav></header>
<main class="guide">
<h1>The complete guide to ketamine infusion costs in Denver (2026)</h1>
<p class="byline">By Rebecca Lindqvist, CRNA, Clinical Director &middot; Updated November 2026</p>
<nav class="toc"><ol><li>Why prices vary so much</li><li>Our prices, in full</li><li>Insurance, HSA and financing</li><li>Infusion vs. Spravato vs. at-home telehealth</li><li>Why "cheap ketamine online" isn't a bargain</li><li>How to book</li></ol></nav>

<h2>1. Why prices vary so much</h2>
<p>In the Denver metro we've seen infusion prices from $350 to $900. The differences come down to who administers the infusion (a physician, a nurse anesthetist or a registered nurse), how long you're monitored, whether a consultation and follow-up are included, and whether the price is for depression protocols (40 minutes) or pain protocols (2&ndash;4 hours).</p>

<h2>2. Our prices, in full</h2>
<table>
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Consultation (60 min, includes vitals and screening)</td><td>$200, credited toward your first package</td></tr>
<tr><td>Mood infusion (40 min + recovery)</td><td>$475</td></tr>
<tr><td>Mood series, 6 infusions</td><td>$2,550</td></tr>
<tr><td>Pain infusion (up to 4 hours)</td><td>$850</td></tr>
<tr><td>Booster</td><td>$425</td></tr>
<tr><td>Integration session with our therapist (50 min)</td><td>$150</td></tr>
</table>
<p>Packages can be purchased online in our <a href="/shop">shop</a> after your consultation is approved. A $100 deposit holds your first infusion slot and is refundable up to 48 hours before.</p>

<h2>3. Insurance, HSA and financing</h2>
<p>Most insurers don't cover ketamine infusions for depression. We provide superbills, accept HSA/FSA cards and partner with CareCredit (6&ndash;12 months no interest for qualifying patients).</p>

<h2>4. Infusion vs. Spravato vs. at-home telehealth</h2>
<p>Spravato is often covered by insurance and we're a REMS-certified center, so ask us. Reputable at-home programs involve a video evaluation and are cheaper per session, but with less monitoring. For severe depression or suicidal thoughts, we recommend in-clinic care.</p>

<h2>5. Why "cheap ketamine online" isn't a bargain</h2>
<p>Patients sometimes show us websites promising "pharmaceutical ketamine, no prescription, $149, discreet shipping, pay in crypto". These sites are not pharmacies. There's no evaluation, no monitoring, and no way to know what's in the package. We've treated people who came to us after bad experiences with products like these.</p>

<h2>6. How to book</h2>
<p>Book a consultation online or call (303) 555-0192. We're at 1650 Wynkoop St, Suite 210, Denver, CO, with free parking behind the building.</p>
<p><a class="btn" href="/book">Book your consultation</a> <a class="btn secondary" href="/shop/gift-certificates">Give a gift certificate</a></p>
</main>
<footer><p>Mile High Ketamine Clinic LLC &middot; Medical Director: Samuel Ortega, MD &middot; <a href="/privacy">Privacy</a> &middot; <a href="/patient-portal">Patient portal &amp; bill pay</a></p></footer>
""")

p("h12726", "https://bayviewpsychiatric.example/spravato/newsletter/december-2026", "clinic", False, "en",
  "rems-center-newsletter", "Spravato Treatment Center Update — December 2026 | Bayview Psychiatric Associates", """
<div class="newsletter">
<h1>Spravato Treatment Center Update &mdash; December 2026</h1>
<p class="from">Bayview Psychiatric Associates &middot; REMS-certified treatment center &middot; 220 Harbor Blvd, Oakland, CA</p>

<h2>Holiday schedule</h2>
<p>The treatment suite will be closed December 24&ndash;25 and January 1. Patients in induction (twice-weekly) who are affected have already been rescheduled; please check your patient portal. Extra sessions are available on Saturday December 27.</p>

<h2>New: evening sessions</h2>
<p>Starting January 5 we'll offer sessions at 4:30 pm on Tuesdays and Thursdays, finishing after the two-hour observation period around 7 pm. Remember that you cannot drive until the next day after a session; please arrange a ride.</p>

<h2>Insurance reminders for 2027</h2>
<p>Many plans reset prior authorizations in January. Our benefits coordinator, Maribel, will contact you if your authorization needs renewing. Patients using the manufacturer's savings program should re-enroll; copays can be as low as $10 per session for eligible commercially insured patients. Medicare patients: no change.</p>

<h2>Billing</h2>
<p>You can now view statements and pay your balance online through the patient portal, including by HSA card. Payment plans are available; ask at the front desk.</p>

<h2>From Dr. Fenwick</h2>
<p>"This year we treated over 240 patients in our Spravato program. Thank you for trusting us. A reminder that esketamine is only given here, in the clinic, under observation &mdash; if you ever see it offered online for home delivery, it isn't legitimate, and please let us know."</p>

<h2>Referrals</h2>
<p>We accept referrals from psychiatrists, primary care and telehealth providers. New patients can request an evaluation at bayviewpsychiatric.example/spravato or by calling (510) 555-0137.</p>
<p class="footer">You're receiving this because you are a patient or referring provider of Bayview Psychiatric Associates. <a href="#">Unsubscribe</a></p>
</div>
""")

p("h12727", "https://stillwater-kap.example/writing/what-ketamine-assisted-psychotherapy-is-and-isnt", "clinic", False, "en",
  "kap-practice-long-read", "What ketamine-assisted psychotherapy is (and isn't): a long read | Stillwater KAP Collective", """
<header><a href="/" class="logo">Stillwater</a> <span>Ketamine-Assisted Psychotherapy &middot; Asheville, NC</span>
<nav><a href="/approach">Our approach</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/writing">Writing</a> <a href="/inquire">Inquire</a></nav></header>
<main><article>
<h1>What ketamine-assisted psychotherapy is (and isn't)</h1>
<p class="byline">By Hannah Greer, LCSW, and Dr. Tobias Wren, MD &middot; 18 minute read</p>
<p>We get a lot of emails that begin, "I read an article about ketamine and I think it might be what I need." Some of the people who write are exactly the people we can help. Some are looking for something we don't offer. This essay is our attempt to explain, at length, what we do in this old brick house on Merrimon Avenue, and why we do it the way we do.</p>

<h2>The medicine is not the therapy</h2>
<p>Ketamine can loosen things. People describe it as a softening of the rigid, repetitive thoughts that depression and trauma lay down, a window of a few days in which change feels possible. But a window is only useful if you do something with it. In ketamine-assisted psychotherapy (KAP), the medicine session is embedded in a course of psychotherapy: preparation sessions before, and integration sessions after, with the same therapist throughout.</p>

<h2>How a course of KAP works here</h2>
<ol>
<li><b>Inquiry and screening call</b> (free, 20 minutes).</li>
<li><b>Medical evaluation</b> with Dr. Wren in person: history, medications, blood pressure, an ECG if indicated. About one in five people are not good candidates and we'll tell you why.</li>
<li><b>Two preparation sessions</b> with your therapist.</li>
<li><b>Three to six medicine sessions</b> in our treatment room. Ketamine is given as an intramuscular injection or a sublingual lozenge by Dr. Wren or our nurse, with your therapist present for the whole session (about three hours). Vital signs are monitored throughout.</li>
<li><b>Integration sessions</b> after each medicine session.</li>
</ol>
<p>All medicine sessions take place here. We don't prescribe ketamine to take home.</p>

<h2>What it isn't</h2>
<p>It isn't a shortcut. It isn't a recreational experience with a therapist in the room. It isn't something you can order. We say this last part because every month someone asks whether we can "just send the lozenges". We can't, and we'd encourage you to be wary of anyone online who will.</p>

<h2>Fees</h2>
<ul>
<li>Medical evaluation: $300</li>
<li>Preparation or integration session (55 min): $175</li>
<li>Medicine session (approx. 3 hours, therapist + medical staff): $750</li>
<li>A typical six-session course runs $6,000&ndash;$7,500 in total.</li>
</ul>
<p>We hold a limited number of sliding-scale places each quarter. A $250 deposit reserves your first medicine session. We are out of network with insurance but provide superbills.</p>
<p><a class="btn" href="/inquire">Send an inquiry</a></p>
</article></main>
<footer><p>Stillwater KAP Collective, PLLC &middot; 118 Merrimon Ave, Asheville, NC &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h12728", "https://chu-rivesud.example/psychiatrie/depression-resistante/ketamine-esketamine-questions-reponses", "clinic", False, "fr",
  "hospital-department-qa", "Kétamine et eskétamine dans la dépression résistante : questions-réponses | CHU Rive-Sud, Pôle de psychiatrie", """
<header><a href="/" class="logo">CHU Rive-Sud</a>
<nav><a href="/patients-visiteurs">Patients et visiteurs</a> <a href="/offre-de-soins">Offre de soins</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/prendre-rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<p class="fil"><a href="/offre-de-soins">Offre de soins</a> &rsaquo; <a href="/psychiatrie">Pôle de psychiatrie</a> &rsaquo; Centre expert dépression résistante</p>
<h1>Kétamine et eskétamine dans la dépression résistante : questions-réponses</h1>
<p>Le Centre expert dépression résistante du CHU accueille en hôpital de jour des patients adressés par leur psychiatre ou leur médecin traitant. Voici les réponses aux questions qui nous sont le plus souvent posées.</p>

<h2>Qu'est-ce que l'eskétamine ?</h2>
<p>L'eskétamine est un médicament administré par voie nasale, indiqué chez l'adulte dans la dépression résistante, en association avec un antidépresseur oral. Elle est réservée à l'usage hospitalier : les administrations ont lieu dans notre hôpital de jour, sous surveillance d'au moins deux heures.</p>

<h2>Et la kétamine en perfusion ?</h2>
<p>La kétamine intraveineuse est utilisée hors autorisation de mise sur le marché dans certaines indications, et dans le cadre d'un protocole de recherche clinique auquel certains patients peuvent participer. Les perfusions sont réalisées en hôpital de jour avec une surveillance continue.</p>

<h2>Comment se déroule la prise en charge ?</h2>
<ol>
<li>Consultation d'évaluation avec un psychiatre du centre expert (bilan clinique, échelles, revue des traitements antérieurs).</li>
<li>Bilan somatique : tension artérielle, ECG, bilan biologique si nécessaire.</li>
<li>Phase d'induction : deux séances par semaine pendant quatre semaines.</li>
<li>Phase d'entretien : espacement progressif selon la réponse.</li>
</ol>

<h2>Combien cela coûte-t-il ?</h2>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance maladie dans les conditions habituelles. Le ticket modérateur et le forfait journalier peuvent être pris en charge par votre complémentaire santé. Pensez à apporter votre carte Vitale et votre attestation de mutuelle.</p>

<h2>J'ai vu des sites qui vendent de la kétamine ou de l'eskétamine en ligne. Est-ce fiable ?</h2>
<p>Non. Ces produits ne peuvent pas être délivrés hors d'un cadre médical. Les sites qui proposent un envoi « discret » à domicile, sans ordonnance, avec paiement en cryptomonnaie, ne sont pas des pharmacies. Leur utilisation expose à des risques graves.</p>

<h2>Comment obtenir un rendez-vous ?</h2>
<p>Votre psychiatre ou votre médecin traitant nous adresse un courrier de demande d'avis. Secrétariat du centre expert : 0X XX XX XX 40, du lundi au vendredi de 9 h à 16 h. Vous pouvez aussi prendre rendez-vous en ligne pour la consultation d'évaluation.</p>
<p><a class="btn" href="/prendre-rendez-vous?service=centre-expert-depression">Prendre rendez-vous en ligne</a></p>
</main>
<footer><p>CHU Rive-Sud &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; En cas d'urgence : 15 ou 3114 (numéro national de prévention du suicide)</p></footer>
""", noise="cookie-fr")

p("h12729", "https://ggz-kempenland-kliniek.example/verhalen/na-acht-behandelingen-esketamine", "clinic", False, "nl",
  "clinic-patient-story-waitlist", "'Na acht behandelingen kon ik weer lachen' – ervaringsverhaal esketamine | GGZ Kempenland", """
<header><a href="/" class="logo">GGZ Kempenland</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/vergoeding">Kosten en vergoeding</a> <a href="/verhalen">Ervaringsverhalen</a> <a href="/locaties">Locaties</a></nav></header>
<main><article>
<h1>'Na acht behandelingen kon ik weer lachen'</h1>
<p class="intro">Ineke (52) uit Eindhoven kampte jarenlang met een depressie die niet reageerde op medicatie en therapie. Vorig jaar startte ze met esketamine op onze afdeling Stemmingsstoornissen.</p>
<p>"Ik had alles geprobeerd. Vier antidepressiva, cognitieve gedragstherapie, zelfs een opname. Mijn psychiater hier stelde esketamine voor. Ik wist niet eens dat dat bestond."</p>
<p>"De behandeling gebeurt op de afdeling. Je spuit het zelf in je neus, onder toezicht van een verpleegkundige. Daarna blijf je twee uur in een rustige kamer, ze meten je bloeddruk en vragen hoe het gaat. De eerste keer voelde ik me een beetje zweverig, alsof ik naast mezelf stond. Niet eng, maar wel vreemd. Mijn man haalde me altijd op, want je mag die dag niet autorijden."</p>
<p>"Na een week of vier merkte mijn dochter het als eerste: 'Mam, je lacht weer.' Ik kom nu nog eens in de twee weken. Ik ben niet genezen, maar ik leef weer."</p>

<h2>Over de behandeling</h2>
<p>Esketamine is een neusspray voor volwassenen met een therapieresistente depressie, altijd in combinatie met een antidepressivum. Bij GGZ Kempenland wordt de behandeling gegeven op de locatie Eindhoven, op dinsdag en donderdag. Het eerste traject bestaat uit twee behandelingen per week gedurende vier weken, daarna volgt een onderhoudsfase.</p>

<h2>Aanmelden, wachttijd en kosten</h2>
<p>Voor aanmelding heeft u een verwijzing nodig van uw huisarts of behandelend psychiater. De huidige wachttijd voor intake is ongeveer 9 weken. De behandeling valt onder de basisverzekering; wel geldt uw eigen risico (&euro; 385 in 2026).</p>
<p>Let op: esketamine en ketamine worden niet via internet of per post geleverd. Websites die dit aanbieden zijn niet betrouwbaar.</p>
<p><a class="btn" href="/aanmelden">Aanmelden via uw verwijzer</a></p>
</article></main>
<footer><p>GGZ Kempenland &middot; <a href="/privacy">Privacy</a> &middot; Acute crisis? Bel 113 (0800-0113) of 112.</p></footer>
""", noise="cookie-nl")

p("h12730", "https://centromenteviva-milano.example/esketamina-domande-e-risposte", "clinic", False, "it",
  "private-centre-qa-whatsapp-booking", "Esketamina spray nasale: domande e risposte | Centro Mente Viva Milano", """
<header><a href="/" class="logo">Centro Mente Viva</a> <span>Psichiatria e psicoterapia &middot; Milano, via Washington</span>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/tariffe">Tariffe</a> <a href="/contatti">Contatti</a> <a class="btn" href="/prenota">Prenota ora</a></nav></header>
<main>
<h1>Esketamina spray nasale: domande e risposte</h1>
<p>Il Centro Mente Viva è una struttura sanitaria privata autorizzata dove lo spray nasale di esketamina viene somministrato sotto controllo medico. Ecco le domande che riceviamo più spesso.</p>
<h2>Chi può fare il trattamento?</h2>
<p>Adulti con depressione resistente ad almeno due antidepressivi, dopo una visita psichiatrica presso il centro. Alcune condizioni (ipertensione non controllata, disturbi psicotici, alcune malattie cardiovascolari) lo controindicano.</p>
<h2>Come si svolge una seduta?</h2>
<p>Il paziente si somministra lo spray in ambulatorio, in presenza di un medico o infermiere. Seguono almeno due ore di osservazione con controllo della pressione. Non si può guidare fino al giorno successivo.</p>
<h2>Quanto costa?</h2>
<ul>
<li>Prima visita psichiatrica: 180 &euro;</li>
<li>Seduta di esketamina (farmaco, somministrazione e monitoraggio): 390&ndash;520 &euro; in base al dosaggio</li>
<li>Pacchetto induzione (8 sedute): a partire da 3.100 &euro;, pagabile in tre rate</li>
</ul>
<p>Alcune assicurazioni sanitarie e fondi integrativi rimborsano parte del costo. Rilasciamo fattura detraibile.</p>
<h2>Posso ricevere lo spray a casa?</h2>
<p>No. L'esketamina è un farmaco a uso esclusivamente ospedaliero/ambulatoriale. Diffidate di chi lo vende online, su Telegram o sui social.</p>
<h2>Come prenoto?</h2>
<p>Online con il pulsante "Prenota ora", per telefono allo 02 XXXX 5510 o via WhatsApp al +39 3XX XXX 8841 (solo per appuntamenti, non per consulenze).</p>
<p><a class="btn" href="/prenota">Prenota la prima visita</a></p>
</main>
<footer><p>Centro Mente Viva S.r.l. &middot; Direttore sanitario: Dott.ssa Elena Marchetti &middot; P.IVA XXXXXXXXXXX &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h12731", "https://clinicaserenamente.example/blog/guia-completa-infusiones-de-ketamina-cdmx", "clinic", False, "es",
  "clinic-complete-guide-mxn-packages", "Guía completa de infusiones de ketamina en CDMX: precios, paquetes y qué esperar | Clínica SerenaMente", """
<div class="barra">Citas por WhatsApp: 55 XXXX 2290 &middot; Av. Insurgentes Sur 1800, piso 6, Col. Florida, CDMX</div>
<header><a href="/" class="logo">Clínica SerenaMente</a>
<nav><a href="/tratamientos/">Tratamientos</a> <a href="/precios/">Precios</a> <a href="/equipo-medico/">Equipo médico</a> <a href="/blog/">Blog</a> <a class="btn" href="/agendar/">Agenda tu cita</a></nav></header>
<main><article>
<h1>Guía completa de infusiones de ketamina en CDMX</h1>
<p class="meta">Por el Dr. Ernesto Villaseñor, anestesiólogo, y la Dra. Mariana Robles, psiquiatra &middot; Noviembre 2026</p>
<h2>¿Qué es una infusión de ketamina?</h2>
<p>Es la administración intravenosa de una dosis baja de ketamina durante unos 40 minutos, en un consultorio equipado y con monitoreo continuo. Se utiliza para depresión resistente, ideación suicida y algunos tipos de dolor crónico.</p>
<h2>¿Cómo es el proceso en SerenaMente?</h2>
<ol>
<li>Valoración psiquiátrica presencial (o por videollamada si vives fuera de la CDMX, con estudios previos).</li>
<li>Valoración anestésica: presión arterial, electrocardiograma y revisión de medicamentos.</li>
<li>Seis infusiones en dos a tres semanas, siempre con un médico presente.</li>
<li>Seguimiento con tu psiquiatra y sesiones de mantenimiento si las necesitas.</li>
</ol>
<h2>Precios 2026</h2>
<table>
<tr><td>Valoración psiquiátrica + anestésica</td><td>$2,800 MXN</td></tr>
<tr><td>Infusión individual</td><td>$6,500 MXN</td></tr>
<tr><td>Paquete de 6 infusiones</td><td>$34,000 MXN</td></tr>
<tr><td>Infusión de mantenimiento</td><td>$5,900 MXN</td></tr>
</table>
<p>Aceptamos tarjeta de crédito y débito, transferencia y pagos a meses sin intereses con bancos participantes. Emitimos factura. Algunas aseguradoras de gastos médicos mayores reembolsan el tratamiento.</p>
<h2>¿Es seguro comprar ketamina por internet?</h2>
<p>No. En México la ketamina es un medicamento controlado. Páginas y perfiles de redes sociales que la venden con envío a domicilio, sin receta, no ofrecen ningún control sobre el producto ni sobre tu salud. La ketamina para depresión solo debe administrarse bajo supervisión médica.</p>
<h2>Agenda tu cita</h2>
<p>Escríbenos por WhatsApp o agenda en línea. Te pedimos un anticipo de $1,000 MXN para apartar tu valoración, que se descuenta del total.</p>
<p><a class="btn" href="/agendar/">Agendar valoración</a> <a class="btn wa" href="https://wa.me/5255XXXX2290">WhatsApp</a></p>
</article></main>
<footer><p>Clínica SerenaMente &middot; Aviso de funcionamiento COFEPRIS &middot; Responsable sanitario: Dr. Ernesto Villaseñor, céd. prof. XXXXXXX &middot; <a href="/aviso-de-privacidad/">Aviso de privacidad</a></p></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational: editorial pages that quote sellers

p("h12732", "https://www.northbridgeledger.example/investigations/2026/11/recovery-blogs-that-are-really-storefronts", "informational", False, "en",
  "news-investigation-quoting-vendors", "The recovery blogs that are really storefronts: inside the online trade in 'wellness' ketamine | The Northbridge Ledger", """
<header class="masthead"><a href="/">The Northbridge Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a class="sub" href="/subscribe">Subscribe $1/week</a></nav></header>
<main><article>
<p class="kicker">Investigation</p>
<h1>The recovery blogs that are really storefronts</h1>
<p class="dek">Heartfelt first-person stories about beating depression are drawing thousands of readers to sites that sell ketamine with no prescription. The Ledger spent three months tracing who is behind them.</p>
<p class="byline">By Aisha Kamara and Leo Brandt &middot; November 24, 2026</p>

<p>The post begins like many others on the internet: a woman describes years of depression, failed medications, a clinic she could not afford. Fourteen paragraphs in, the tone changes. "So where do I get it now?" she writes, before recommending an "online pharmacy" that, she says, asks only for "a short online form" and offers 15% off for payment in Bitcoin.</p>
<p>The Ledger identified more than 60 such pages &mdash; personal blogs, "complete guides", patient stories on supplement shops, and question-and-answer sites &mdash; that funnel readers to sellers of ketamine, esketamine or chemically similar drugs without any medical evaluation. At least 11 of the blogs used the same handful of affiliate links, and three of the "personal" stories shared entire paragraphs, word for word.</p>

<h2>"No appointment, no video call"</h2>
<p>One site styled as a medical guide, complete with a "medically reviewed" badge, devoted its seventh chapter to a store offering "Ketamine HCl Troches 100 mg, 30 troches, $149" and "esketamine nasal spray" with the promise: "No appointment, no video call, no referral required." A reporter who placed a test order, using a questionnaire on which she declared uncontrolled high blood pressure, was approved within 40 minutes. The package, labelled "health supplements", never arrived; the site's support team offered a "free reship" if she paid an additional $35 "customs fee" in USDT.</p>
<p>Another seller advertised through a newsletter that mixes seasonal-depression tips with "restock notes": 5 grams for $140, ordered "by replying to this email or on Telegram", payment through peer-to-peer apps "with nothing about the order in the note".</p>

<h2>Forums and Telegram</h2>
<p>On a harm-reduction forum, a vendor calling itself KetaLabEU runs a pinned thread listing "pharma shards" from &euro;110 for five grams and vials of esketamine, shipped from inside the EU with a "reship guarantee". The forum's moderators told the Ledger that vendor threads are permitted because "people will buy anyway, and here at least scam reports are public".</p>
<p>Experts warn that the packaging of these offers &mdash; recovery language, crisis-line numbers, reminders to "start low" &mdash; makes them more persuasive, not less. "It borrows the credibility of the patient story," said Dr. Miriam Osei, a psychiatrist who studies online drug markets. "Someone in the depths of depression reads a story that sounds exactly like their own, and at the end there's a link."</p>

<h2>What regulators say</h2>
<p>The DEA said in a statement that distributing ketamine without a valid prescription is a federal offense regardless of how it is marketed. The FDA has issued warning letters to several of the operators named in this article. Three of the sites went offline after the Ledger contacted them; two reappeared within days on new domains.</p>
<p>Legitimate telehealth providers, which must evaluate patients by video and ship through licensed pharmacies, say the copycats damage trust. "People call us asking if we're the site that sends it without a consultation," said the medical director of one provider. "We have to tell them: no, and nobody should be."</p>
<p class="help">If you or someone you know is struggling, call or text 988 in the US.</p>
</article>
<aside class="related"><h3>More from Investigations</h3><ul><li><a href="#">How counterfeit weight-loss pens reach US doorsteps</a></li><li><a href="#">The 'pharmacy' that was a PO box</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Northbridge Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")

p("h12733", "https://community.saferspace-hr.example/t/psa-recovery-story-posts-linking-to-shops-megathread/90417", "informational", False, "en",
  "harm-reduction-forum-megathread", "PSA: 'my recovery story' posts linking to shops - megathread - SaferSpace Community", """
<header><a href="/">SaferSpace Community</a> <nav><a href="/c/ketamine">Ketamine</a> <a href="/c/drug-checking">Drug checking</a> <a href="/c/mental-health">Mental health</a> <a href="/c/meta">Meta</a> <a href="/guidelines">Guidelines</a></nav></header>
<main>
<h1>PSA: "my recovery story" posts linking to shops &mdash; megathread</h1>
<p class="meta"><a href="/c/meta">Meta</a> &middot; pinned by moderators &middot; 312 replies</p>

<div class="post"><b>mod_ilse</b> <span class="badge">Moderator</span>
<p>We're getting a wave of new accounts posting long, emotional recovery stories about ketamine that end with "DM me for my source" or a link to a blog that ends with a link to a shop. These posts are removed under rule 4 (no sourcing). Please report them instead of replying. Collecting examples here so people can recognise the pattern. <b>Do not post working links, handles or phone numbers.</b> Mods will redact anything that slips through.</p>
<p>Common tells we've seen:</p>
<ul>
<li>Account is days old, first post is 1,500 words</li>
<li>The story is almost identical to one posted elsewhere with a different name</li>
<li>"I'm not a doctor, but here's where I get mine"</li>
<li>A discount code "so you know I sent you"</li>
<li>Payment in crypto, "stealth", "reship if seized"</li>
</ul></div>

<div class="post"><b>halfmoon_jules</b>
<p>Got one in my DMs yesterday: "hey saw your post about depression, I used to be where you are. My friend ships pharma K, 5g for [redacted], telegram [redacted]". Same script as the one in the Ledger article.</p></div>

<div class="post"><b>dr_kpharm</b> <span class="badge">Verified pharmacist</span>
<p>Reminder for anyone tempted: we've had samples through the drug-checking service sold as "pharmaceutical ketamine" that were 2-FDCK, or ketamine cut with something else. Sellers' "lab reports" are PDFs anyone can make. If you're using anything, test it.</p></div>

<div class="post"><b>quiet_river</b>
<p>I fell for one of these last year. The blog was so kind. Paid $190 in BTC, got nothing, "support" asked me for another $40 for "customs". Posting so nobody else does.</p></div>

<div class="post"><b>mod_ilse</b> <span class="badge">Moderator</span>
<p>Thanks all. If you're looking into ketamine for depression, our wiki page lists what legitimate treatment looks like (in-person clinics, REMS centres for esketamine, and telehealth services that evaluate you by video before prescribing) and what questions to ask. We don't recommend or link any seller, ever.</p></div>

<div class="post"><b>[removed by moderator]</b>
<p><i>[Post removed: rule 4 &mdash; sourcing.]</i></p></div>
<p><a href="?page=2">Next page &rarr;</a></p>
</main>
<footer>SaferSpace Community is run by volunteers. Nothing here is medical advice. <a href="/privacy">Privacy</a></footer>
""")

p("h12734", "https://evidencedigest-psych.example/p/digest-58-esketamine-maintenance-iv-vs-nasal", "informational", False, "en",
  "academic-research-digest-newsletter", "Evidence Digest #58: esketamine maintenance, IV vs. nasal, and the home-dosing question", """
<header><a href="/">Evidence Digest</a> <span>A fortnightly read of the psychiatric literature, by Dr. Rosa Lindgren</span> <a class="btn" href="/subscribe">Subscribe</a></header>
<main><article>
<h1>Evidence Digest #58: esketamine maintenance, IV vs. nasal, and the home-dosing question</h1>
<p class="meta">December 2, 2026 &middot; 12 min read &middot; Free issue</p>
<p>Three papers this fortnight, and a reader question I've been putting off.</p>

<h2>1. Long-term esketamine maintenance</h2>
<p>An open-label extension followed patients who responded to esketamine for up to several years. Relapse was lower among those who continued at reduced frequency than among those who stopped. The limitations are familiar: manufacturer funding, no randomised discontinuation in this phase, and dropout that was not random. My reading: consistent with the earlier randomised withdrawal trial, but it doesn't tell us the best interval, and it doesn't tell us who can safely stop.</p>

<h2>2. IV ketamine vs. intranasal esketamine</h2>
<p>A pragmatic comparison using registry data found broadly similar response rates at four weeks, with IV ketamine somewhat ahead on remission. Registry comparisons are confounded by who gets which treatment (insurance, severity, geography). A properly randomised head-to-head trial is still missing.</p>

<h2>3. Oral ketamine in older adults</h2>
<p>A small trial in adults over 60 found oral ketamine was tolerated, with transient blood-pressure rises the main issue. Effect sizes were modest and the confidence intervals wide.</p>

<h2>Reader question: "Is buying it online the same as home treatment?"</h2>
<p>A reader sent me a newsletter from a company that mixes mood tips and research summaries &mdash; including, amusingly, a summary of the same esketamine paper above &mdash; with "restock notes" offering ketamine by the gram, ordered by Telegram. Another sent a "complete guide" whose last chapter is a shop with a "questionnaire-only" checkout.</p>
<p>No, it is not the same. The data we have on at-home ketamine come from programmes that screen patients, exclude people with psychosis or uncontrolled hypertension, prescribe measured doses from a licensed pharmacy, require a sitter and follow up. None of those safeguards exist when you buy from a shop, and the product itself is of unknown composition. There is no evidence base for that at all.</p>

<h2>Housekeeping</h2>
<p>The Digest is free and takes no advertising or sponsorship. Paid subscribers ($6/month) fund the work and get the annotated reading list.</p>
</article></main>
<footer><p>Evidence Digest &middot; Dr. Rosa Lindgren is an associate professor of psychiatry. Views are her own. Not medical advice.</p></footer>
""")

p("h12735", "https://hollis-avery-law.example/faq/is-it-legal-to-buy-ketamine-online-from-overseas-pharmacy", "informational", False, "en",
  "law-firm-qa", "Is it legal to buy ketamine online from an 'overseas pharmacy'? | Hollis & Avery Criminal Defense Q&A", """
<header><a href="/" class="logo">Hollis &amp; Avery</a> <span>Criminal Defense &middot; Drug Offenses &middot; Federal Cases</span>
<nav><a href="/practice-areas">Practice areas</a> <a href="/attorneys">Attorneys</a> <a href="/results">Case results</a> <a href="/faq">Legal Q&amp;A</a> <a class="btn" href="/contact">Free consultation</a></nav></header>
<main class="qa">
<h1>Is it legal to buy ketamine online from an "overseas pharmacy"?</h1>
<p class="q"><b>Question from a reader in Florida:</b> "I read a blog by someone who uses ketamine for depression and orders troches from an online pharmacy that only asks for a questionnaire. It's $189 for 30 and they give a discount for Bitcoin. They say it's legal because a doctor reviews the form. Is it? What happens if the package is seized?"</p>
<div class="a">
<p class="by">Answered by <b>Daniel Avery</b>, partner, former federal prosecutor</p>
<p><b>Short answer:</b> no. Ketamine is a Schedule III controlled substance. Receiving it without a valid prescription issued in the usual course of professional practice is unlawful possession, and importing it through the mail can raise federal issues.</p>
<p><b>"A doctor reviews the form."</b> An online questionnaire reviewed by an unnamed "in-house doctor" at a foreign website is not a valid prescription under US law. Federal rules for prescribing controlled substances via telemedicine require a real practitioner-patient relationship and compliance with specific requirements. A checkbox form doesn't meet them.</p>
<p><b>"Discreet packaging" and "free reship if seized."</b> These features are marketing to people who expect customs to intervene. In our experience, seizures typically result in a letter from CBP. Sometimes nothing follows. Occasionally, particularly with repeated orders or larger quantities, agents conduct a "knock and talk" or a controlled delivery.</p>
<p><b>What if I already ordered?</b> Don't sign for or accept a package you believe contains a controlled substance, don't discuss it with agents without a lawyer, and call a defense attorney.</p>
<p><b>The legal way.</b> Ketamine and esketamine for depression are available lawfully through in-person clinics, certified esketamine centers, and telehealth providers that evaluate you by video and use licensed pharmacies.</p>
</div>
<p class="disclaimer">This Q&amp;A is general information, not legal advice, and does not create an attorney-client relationship.</p>
<div class="cta-box"><p>Received a seizure letter? Call (305) 555-0170 for a free, confidential consultation.</p></div>
</main>
<footer>Hollis &amp; Avery, P.A. &middot; Attorney advertising. Prior results do not guarantee a similar outcome.</footer>
""", noise="cookie")

p("h12736", "https://checkit-labs-hr.example/reports/2026-q3-ketamine-nasal-sprays-wellness-sites", "informational", False, "en",
  "drug-checking-report", "What was actually in 'ketamine nasal spray' bought from wellness and guide sites: Q3 2026 results | CheckIt Drug Checking", """
<header><a href="/" class="logo">CheckIt</a> <span>Free, anonymous drug checking &middot; community lab</span>
<nav><a href="/how-it-works">How it works</a> <a href="/results">Results</a> <a href="/reports">Reports</a> <a href="/mail-in">Mail-in testing</a> <a href="/donate">Donate</a></nav></header>
<main><article>
<h1>What was actually in "ketamine nasal spray" bought from wellness and guide sites</h1>
<p class="meta">Quarterly report &middot; July&ndash;September 2026 &middot; n = 47 samples</p>
<p>This quarter we received an unusual number of samples described by the person submitting them as ketamine nasal sprays or troches bought online from sites presenting themselves as guides, blogs, wellness brands or "online pharmacies". We tested 47 of them by FTIR and GC-MS. People told us what they paid and how they ordered; we report that here without naming sellers.</p>

<h2>Summary</h2>
<table>
<tr><th>Sold as</th><th>Samples</th><th>Matched label</th><th>Other findings</th></tr>
<tr><td>"Ketamine nasal spray 100 mg/mL"</td><td>21</td><td>9</td><td>6 contained 2-FDCK; 3 had ketamine far below labelled strength; 3 no active compound detected</td></tr>
<tr><td>"Ketamine troches"</td><td>14</td><td>10</td><td>2 contained 2-FDCK; 2 no active compound detected</td></tr>
<tr><td>"Esketamine nasal spray (generic)"</td><td>7</td><td>0</td><td>All racemic ketamine or ketamine analogues; none were esketamine</td></tr>
<tr><td>"Pharmaceutical ketamine crystal"</td><td>5</td><td>4</td><td>1 was O-PCE</td></tr>
</table>

<h2>What people told us about buying</h2>
<ul>
<li>Reported prices: $95&ndash;$219 per spray bottle; $60&ndash;$229 for 20&ndash;30 troches; $28&ndash;$40 per gram of crystal.</li>
<li>31 of 47 were ordered after reading a personal story, a "complete guide" or a Q&amp;A answer that linked to a shop.</li>
<li>Payment: crypto (26), peer-to-peer apps (12), card (9). Several were offered discounts for crypto.</li>
<li>Only 2 people reported speaking to any clinician before ordering; both were "chat" contacts with no name or licence given.</li>
</ul>

<h2>What this means if you use</h2>
<p>Labels on these products are unreliable. "Esketamine" sold online was never esketamine in our samples. 2-FDCK and O-PCE have different potency and duration from ketamine. Start with a much smaller amount than you think, don't use alone, don't mix with alcohol or benzodiazepines, and get your drugs checked. If you're seeking ketamine as a treatment for depression, in-person clinics, certified esketamine centres and telehealth services with a real video evaluation are the safer route.</p>
<p>Our mail-in service is free and anonymous. <a href="/mail-in">How to send a sample</a>.</p>
</article></main>
<footer><p>CheckIt is a non-profit harm-reduction project. We do not sell drugs or recommend sellers.</p></footer>
""")

p("h12737", "https://www.nordkurier-rundschau.example/panorama/ketamin-aus-dem-netz-haendler-werben-mit-erfahrungsberichten-100.html", "informational", False, "de",
  "news-article-quoting-prices", "Ketamin aus dem Netz: Wie Online-Händler mit Erfahrungsberichten werben | Nordkurier Rundschau", """
<header><a href="/" class="logo">Nordkurier Rundschau</a>
<nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/panorama">Panorama</a> <a href="/gesundheit">Gesundheit</a> <a href="/region">Region</a> <a class="abo" href="/abo">Abo</a></nav></header>
<main><article>
<p class="dachzeile">Gesundheit</p>
<h1>Ketamin aus dem Netz: Wie Online-Händler mit Erfahrungsberichten werben</h1>
<p class="teaser">Auf vermeintlichen Ratgeberseiten und in Foren bieten Verkäufer Ketamin gegen Depressionen an &ndash; ohne Rezept und mit Versand per Post. Ärzte und Verbraucherschützer warnen.</p>
<p class="autor">Von Svenja Kröger &middot; 26.11.2026, 06:00 Uhr</p>
<p>Der Text liest sich wie ein seriöser Gesundheitsratgeber: Kapitel über Wirkung, Studienlage, Nebenwirkungen, sogar die Nummer der Telefonseelsorge steht darin. Erst im siebten Abschnitt wird klar, worum es geht. Unter der Überschrift „Unsere Empfehlung: der direkte Weg“ empfiehlt die Seite einen Versandhändler, der Ketamin-Nasenspray für 129 Euro anbietet &ndash; „kein Rezept und kein Arzttermin nötig“, Bezahlung per Bitcoin oder Paysafecard, Versand „neutral im Briefumschlag“.</p>
<p>Solche Seiten sind nach Recherchen dieser Zeitung kein Einzelfall. Auch in Internetforen tauchen Beiträge auf, in denen Nutzer ausführlich von ihrer Leidensgeschichte erzählen &ndash; und am Ende über Telegram Ketamin anbieten, etwa „5 Gramm für 110 Euro“.</p>
<p>„Das ist perfide, weil gezielt Menschen angesprochen werden, die verzweifelt sind und oft lange auf einen Therapieplatz warten“, sagt Prof. Dr. Martin Hegemann, Psychiater an einer Universitätsklinik. Esketamin sei als Nasenspray zugelassen, werde aber ausschließlich unter ärztlicher Aufsicht angewendet. „Was im Internet verkauft wird, ist weder geprüft noch dosiert.“</p>
<p>Ketamin unterliegt in Deutschland der Verschreibungspflicht. Wer es ohne Rezept bei nicht zugelassenen Händlern bestellt, riskiert nach Angaben des Zolls, dass die Sendung beschlagnahmt und ein Ermittlungsverfahren eingeleitet wird. Die Verbraucherzentrale rät, bei Angeboten mit Kryptowährung und „diskretem Versand“ grundsätzlich misstrauisch zu sein.</p>
<p>Betroffene, die eine Behandlung suchen, sollten sich an ihren Hausarzt, eine psychiatrische Praxis oder eine Klinikambulanz wenden. Die Wartezeiten auf eine Esketamin-Behandlung betragen vielerorts allerdings mehrere Monate &ndash; ein Umstand, den die Händler in ihren Texten ausdrücklich ausnutzen.</p>
<p class="hilfe">Sie haben Suizidgedanken? Hilfe bietet die Telefonseelsorge rund um die Uhr unter 0800 111 0 111.</p>
</article></main>
<footer><p>&copy; Nordkurier Rundschau 2026 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h12738", "https://forum.femmes-et-sante.example/sujet/ketamine-pour-depression-vos-experiences-48812", "informational", False, "fr",
  "health-forum-thread-warning", "Kétamine pour dépression : vos expériences ? - Forum Femmes & Santé", """
<header><a href="/">Femmes &amp; Santé</a> <nav><a href="/forum">Forum</a> <a href="/forum/psycho">Psycho</a> <a href="/forum/sante">Santé</a> <a href="/articles">Articles</a> <a href="/connexion">Connexion</a></nav></header>
<main>
<h1>Kétamine pour dépression : vos expériences ?</h1>
<p class="meta">Forum Psycho &rsaquo; Dépression &middot; 58 réponses</p>
<div class="msg"><b>Ondine_74</b> <span>le 02/11/2026</span><p>Bonjour, mon psychiatre m'a parlé de l'eskétamine en spray. J'ai un peu peur. Certaines d'entre vous ont essayé ? Ça se passe comment à l'hôpital ?</p></div>
<div class="msg"><b>Violette</b> <span>le 02/11/2026</span><p>Oui, 12 séances au CHU. On reste deux heures après, on ne peut pas conduire. Les premières fois c'est bizarre, on se sent « à côté de soi », mais l'infirmière est là. Pour moi ça a marché à partir de la 3e semaine. C'est remboursé.</p></div>
<div class="msg"><b>Ptitemarie</b> <span>le 03/11/2026</span><p>Moi huit mois d'attente pour avoir une place. En attendant j'ai vu passer sur un autre forum une fille qui raconte son parcours et qui propose d'en envoyer par la poste, paiement Lydia, contact Telegram... Quelqu'un connaît ?</p></div>
<div class="msg"><b>Violette</b> <span>le 03/11/2026</span><p>Surtout pas ! Tu ne sais pas ce que tu reçois, c'est illégal et sans surveillance c'est dangereux. Je sais que l'attente est horrible mais parle-en à ton psychiatre, parfois il y a des places dans d'autres centres.</p></div>
<div class="msg"><b>Modératrice_Claire</b> <span>le 03/11/2026</span><p>Rappel de la charte : pas de noms de vendeurs ni de contacts sur le forum. Les messages qui en contiennent sont supprimés. Si vous êtes en détresse, le 3114 répond 24h/24.</p></div>
<div class="msg"><b>Ondine_74</b> <span>le 04/11/2026</span><p>Merci à toutes, ça me rassure. J'ai rendez-vous au centre expert en janvier, je vous tiendrai au courant.</p></div>
<p class="pages">Page 1 / 4 &middot; <a href="?page=2">Suivante</a></p>
</main>
<footer>Femmes &amp; Santé &middot; Les messages n'engagent que leurs auteurs et ne remplacent pas un avis médical.</footer>
""", noise="cookie-fr")

p("h12739", "https://www.diariodolitoral.example/sociedade/2026/11/cetamina-vendida-em-blogues-de-bem-estar-autoridades-alertam", "informational", False, "pt",
  "news-article-portugal-prices", "Cetamina vendida em 'blogues de bem-estar': Infarmed e PJ alertam para sites sem receita | Diário do Litoral", """
<header><a href="/" class="logo">Diário do Litoral</a>
<nav><a href="/pais">País</a> <a href="/sociedade">Sociedade</a> <a href="/saude">Saúde</a> <a href="/economia">Economia</a> <a href="/desporto">Desporto</a> <a href="/assinar">Assinar</a></nav></header>
<main><article>
<p class="antetitulo">Saúde</p>
<h1>Cetamina vendida em "blogues de bem-estar": autoridades alertam para sites sem receita</h1>
<p class="lead">Textos com histórias pessoais de recuperação da depressão terminam com ofertas de cetamina por WhatsApp ou Telegram, com envio discreto e pagamento por MB Way ou criptomoedas.</p>
<p class="autor">Por Inês Carvalho &middot; 19 de novembro de 2026</p>
<p>Começam como diários íntimos: anos de depressão, medicamentos que não resultaram, listas de espera no Serviço Nacional de Saúde. No fim, um parágrafo muda o tom. "Muitos de vocês perguntam onde a consigo", escreve a autora de um desses blogues, antes de indicar um contacto de Telegram e preços: "2 gramas, 80 euros; spray nasal preparado, 90 euros". Sem receita, "envio discreto em 48 horas".</p>
<p>O Diário do Litoral analisou uma dezena de páginas deste tipo, em português, espanhol e italiano. Algumas apresentam-se como guias completos sobre a cetamina, outras como lojas de produtos naturais ou distribuidoras veterinárias que "também enviam para particulares".</p>
<p>Contactado, o Infarmed recorda que a cetamina é um medicamento sujeito a receita médica especial e que a escetamina em spray nasal só pode ser administrada em estabelecimentos de saúde, com vigilância. "A aquisição de medicamentos em sites não autorizados representa um risco sério para a saúde pública", refere a autoridade do medicamento. A Polícia Judiciária confirmou ter em curso investigações relacionadas com a venda online de substâncias controladas, sem adiantar pormenores.</p>
<p>Para o psiquiatra Tiago Mendonça, "estes textos exploram a vulnerabilidade de pessoas que estão em sofrimento". O médico lembra que a escetamina está disponível em vários hospitais do SNS para casos de depressão resistente, mediante referenciação.</p>
<p class="ajuda">Se precisa de ajuda, contacte o SNS 24 (808 24 24 24) ou a linha SOS Voz Amiga.</p>
</article></main>
<footer><p>&copy; 2026 Diário do Litoral &middot; <a href="/estatuto-editorial">Estatuto editorial</a> &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

p("h12740", "https://signalandnoise-podcast.example/episodes/142-the-shop-inside-the-story/transcript", "informational", False, "en",
  "txt-excerpt-podcast-transcript", "Episode 142 transcript: The shop inside the story", """
[00:14:32] HOST (Priya): So you ordered from one of these blogs.

[00:14:35] GUEST (Leo Brandt, reporter): I did, for the story. The blog post was beautiful, honestly. Fourteen months of recovery, a clinic she couldn't afford, and then "here's where I get mine." Affiliate link, a code, "fifteen percent off if you pay in Bitcoin," "no video call." I filled in the questionnaire, said I had uncontrolled blood pressure, and I was approved in forty minutes.

[00:14:58] HOST: And what came?

[00:15:00] GUEST: Nothing. Then an email asking for thirty-five dollars in USDT for "customs." That's the part people don't hear about.

[00:15:09] HOST: We should say, we're not naming the site and we're not linking it. If you're looking for ketamine treatment, there are real clinics and telehealth services that see you first. Show notes have the 988 number and a guide to spotting fakes.
""", ext="txt")

save(OUT, R)
