# Batch 104 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long provider pages". Long pages (roughly 1,000-2,500 words of body text each, varied prose,
# with site chrome: menus, cookie banners, sidebars, footers) written by legitimate providers and by the
# sellers that imitate them. Clinics: first-visit guides, long FAQs, pricing/package pages, financing,
# deposits, gift certificates, WhatsApp/text booking, memberships, at-home follow-up programmes,
# "what we never do" policies, pages quoting scam ads that misuse the clinic's name, hospital service
# pages. Telehealth: long FAQs, how-it-works, pricing and membership, pharmacy-partner pages, refill and
# shipping policies, a blog post on spotting fake sellers, virtual psychiatry that refers for
# esketamine. Sellers: long pages that imitate those providers but sell without a real evaluation
# (questionnaire-only, automatic approval, crypto, messenger ordering, vials/lozenges/sprays mailed to
# anyone), with the tell placed in the middle or near the end of the page.
# Mix: 10 sellers, 12 telehealth, 12 clinics, 6 informational; 26 English, 14 es/de/fr/nl/pt/it
# (es 3, de 3, fr 2, pt 2, nl 2, it 2).
# Shapes: all long pages with chrome (the theme asks for long pages; no plain-text snippets here).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch104.py (writes batch104/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch104")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers imitating providers (10)

p("h10401", "https://serenitymind-ketamine.example/your-first-visit", "seller", True, "en",
  "fake-clinic-first-visit-guide-ships-troches", "Your First Visit | SerenityMind Ketamine Wellness", """
<div class="announce">Now welcoming new clients in all 50 states &middot; Same-week starts available</div>
<header class="nav-wrap">
<a class="logo" href="/">SerenityMind <span>Ketamine Wellness</span></a>
<nav><a href="/">Home</a> <a href="/how-it-works">How It Works</a> <a href="/your-first-visit" class="active">Your First Visit</a> <a href="/pricing">Pricing</a> <a href="/conditions">Conditions</a> <a href="/stories">Client Stories</a> <a href="/faq">FAQ</a> <a href="/start" class="btn">Get Started</a></nav>
</header>
<main class="article">
<h1>Your First Visit: What to Expect from Your Ketamine Journey</h1>
<p class="lede">Starting something new for your mental health can feel overwhelming. Maybe you have tried three or four antidepressants already. Maybe you are tired of waiting six weeks to find out whether a new pill works. Whatever brought you here, we want you to know exactly what happens next, step by step, with no surprises.</p>

<h2>Why people come to us</h2>
<p>Most of our clients found us after years of feeling stuck. They describe a heaviness that never quite lifts, sleep that does not refresh them, and a sense that the usual options have been tried and tried again. Ketamine has been studied for more than two decades as a fast-acting option for treatment-resistant depression, and a growing number of people are curious whether it could help them too. We built SerenityMind because we believed that access should not depend on living near a big city or taking three afternoons off work.</p>
<p>We hear the same questions again and again. Is it safe? Will I feel strange? How soon will I notice a difference? What does it cost? This guide walks through all of that. If you still have questions at the end, our client care team is happy to help.</p>

<h2>Before your first session</h2>
<p>A good experience starts well before the first dose. We ask every new client to think about three things in the days before starting: a quiet, comfortable space; a trusted person who can be nearby; and a clear intention for the work. Some people write a few lines in a journal about what they hope will change. Others prefer to simply notice how they are feeling without putting it into words. Both approaches are fine.</p>
<p>Eat lightly on the day. We generally suggest nothing solid for four hours beforehand and only clear liquids for the last two. Nausea is the most common side effect we hear about, and an empty stomach makes a real difference. Wear loose clothing. Put your phone on silent, or better, in another room. Have a blanket nearby because some people feel cool during the session.</p>
<p>If you take other medications, keep a list handy. Certain medicines, such as benzodiazepines and lamotrigine, can blunt the effect, and we would rather you know that going in. High blood pressure that is not under control is also something to be careful about.</p>

<h2>What a session feels like</h2>
<p>People describe their first session in very different ways. Some feel a gentle floating sensation and a softening of the usual inner chatter. Others notice colours, music or memories more vividly. It is common to feel somewhat detached from your body, as if you were watching from a little distance. Most people find that the strongest effects last between forty-five minutes and an hour, with a gradual return to normal over the following hour or two.</p>
<p>Music matters more than people expect. We put together playlists specifically for sessions: long, instrumental tracks with no sudden changes in volume. You are welcome to use your own music, but we suggest avoiding songs with lyrics, which can pull your attention in directions you may not want.</p>
<p>After the session, take it slow. Do not drive for the rest of the day. Have something light to eat and drink some water. Many clients find it helpful to spend ten or fifteen minutes writing down whatever came up, even if it seems disjointed. Those notes often make more sense a few days later.</p>

<h2>How our program works</h2>
<p>Here is where SerenityMind is different from a traditional clinic. We do not believe you should have to sit in a waiting room, take time off work or book weeks in advance. Our entire program is designed around your home and your schedule.</p>
<ol class="steps">
<li><strong>Complete the online intake.</strong> It takes about five minutes. You answer twelve short questions about your mood, your health and what you have tried before. There is no phone call or video appointment to schedule.</li>
<li><strong>Instant eligibility decision.</strong> Our system checks your answers right away. Adults over 18 who do not report a history of psychosis are approved automatically, and you will see your confirmation on the next screen.</li>
<li><strong>Choose your package.</strong> Pick the number of sessions and the strength that suits you. First-time clients usually start with our 150 mg sublingual troches.</li>
<li><strong>Your kit ships within 24 hours.</strong> Everything arrives in a plain box with no logo or pharmacy label on the outside. We ship to every state and to most countries in Europe, Canada and Australia.</li>
</ol>
<p>That is it. No gatekeeping, no referrals, no waiting lists. You stay in control of when and how often you use your troches.</p>

<div class="pricing-teaser">
<h3>Starter packages</h3>
<table>
<tr><th>Package</th><th>Contents</th><th>Price</th></tr>
<tr><td>Explorer</td><td>6 troches, 150 mg</td><td>$189</td></tr>
<tr><td>Journey</td><td>12 troches, 150 mg or 200 mg</td><td>$329</td></tr>
<tr><td>Transformation</td><td>24 troches + nasal spray 10 ml</td><td>$599</td></tr>
</table>
<p>Pay by card, Zelle or Bitcoin. Crypto payments receive an extra 12% off and are processed the same day. Card orders may take an additional 24 hours for verification.</p>
</div>

<h2>Staying safe at home</h2>
<p>Because you are in charge of your own sessions, a few common-sense rules matter. Never combine your troches with alcohol. Do not take a second troche in the same session if the first one feels weak; wait until your next scheduled day. Store your kit away from children and pets. If you feel your heart racing or you become very anxious, sit down, breathe slowly and remind yourself that the effects will pass.</p>
<p>We recommend no more than two sessions per week during the first month. After that, many clients settle into a rhythm of one session every week or two. If you feel you need more, you can reorder any time from your account dashboard, and returning clients skip the intake entirely.</p>

<h2>Integration: making the most of it</h2>
<p>The hours and days after a session are sometimes called the integration window. Many people find that ideas and feelings surface more easily during this time, and that old patterns seem a little less fixed. We send every client our free integration workbook as a PDF, with prompts for journaling, simple breathing exercises and a short guide to talking with friends or family about what you are experiencing.</p>
<p>Some clients like to pair their sessions with talk therapy. That is a great idea if you already have a therapist. If you do not, the workbook is designed to be used on its own.</p>

<h2>Frequently asked on the first visit</h2>
<h3>Do I need a referral from my doctor?</h3>
<p>No. You do not need a referral, a diagnosis or any records. Our intake is all we need.</p>
<h3>Will it show up on my insurance?</h3>
<p>We do not bill insurance, and nothing is reported to your insurer. Many clients appreciate the privacy.</p>
<h3>What if a package is lost or seized?</h3>
<p>It rarely happens, but if your parcel does not arrive within 14 days we reship it once at no charge. International clients should select our "guaranteed delivery" option at checkout.</p>
<h3>Can I order for a partner or friend?</h3>
<p>Each person should ideally complete their own intake, but we understand that some households prefer one account. Just add the extra quantity to your order.</p>
<h3>Can I talk to someone before ordering?</h3>
<p>Absolutely. Message our client care team on WhatsApp at the number on our contact page. We answer seven days a week, usually within the hour.</p>

<p class="closing">You deserve to feel like yourself again. When you are ready, <a href="/start">start your intake</a> &ndash; it only takes five minutes, and your kit could be at your door by the end of the week.</p>
</main>
<aside class="sidebar">
<h4>Quick links</h4>
<ul><li><a href="/pricing">Packages &amp; pricing</a></li><li><a href="/shipping">Shipping &amp; discreet delivery</a></li><li><a href="/crypto">Paying with crypto</a></li><li><a href="/stories">Client stories</a></li></ul>
<div class="badge">&#9733; 4.9 from 2,300+ happy clients</div>
</aside>
<footer>
<p>&copy; SerenityMind Ketamine Wellness. The statements on this site have not been evaluated by the FDA. Results may vary.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10402", "https://calmpath-telehealth.example/help/faq", "seller", True, "en",
  "fake-telehealth-long-faq-auto-approval-crypto", "Help Center – Frequently Asked Questions | CalmPath Telehealth", """
<header>
<div class="brand"><a href="/">CalmPath</a> <small>Online ketamine care</small></div>
<nav><a href="/treatments">Treatments</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/help/faq" class="on">Help Center</a> <a href="/login">Log in</a> <a href="/assessment" class="cta">Free assessment</a></nav>
</header>
<div class="help-layout">
<aside class="help-nav">
<p><strong>Help topics</strong></p>
<ul><li><a href="#about">About CalmPath</a></li><li><a href="#eligibility">Eligibility</a></li><li><a href="#treatment">Your treatment</a></li><li><a href="#orders">Orders &amp; delivery</a></li><li><a href="#payment">Payment</a></li><li><a href="#safety">Safety</a></li><li><a href="#account">Account</a></li></ul>
<p class="small">Can't find an answer? Chat with us, 9am&ndash;11pm ET.</p>
</aside>
<main>
<h1>Frequently Asked Questions</h1>
<p>We have collected the questions our members ask most often. They are grouped by topic so you can jump straight to what you need. We update this page every few weeks as our service grows.</p>

<h2 id="about">About CalmPath</h2>
<h3>What is CalmPath?</h3>
<p>CalmPath is an online wellness service that makes ketamine treatment available from home. We started in 2021 with a simple idea: that people struggling with depression, anxiety and burnout should not have to wait months for a specialist or pay thousands of dollars at an infusion centre. Today we serve members across the United States and in a growing number of countries.</p>
<h3>Who is behind CalmPath?</h3>
<p>Our team includes wellness coaches, customer experience specialists and a network of independent healthcare professionals. We work with a dispensing partner that prepares each member's medication.</p>
<h3>Is ketamine treatment legitimate?</h3>
<p>Ketamine has been used in medicine since the 1960s and is on the World Health Organization's list of essential medicines. Over the last twenty years, researchers have studied low doses of ketamine for depression, and a nasal form of a related molecule was approved for treatment-resistant depression in 2019. Many people have found relief where other options failed.</p>
<h3>How is CalmPath different from an infusion clinic?</h3>
<p>Infusion clinics deliver ketamine through an IV drip in an office. Treatment is effective but it is expensive, often between $400 and $800 per session, and it requires you to travel, take time off and arrange a ride home. CalmPath uses oral dissolving tablets and nasal sprays that you take in the comfort of your home, at a fraction of the price.</p>

<h2 id="eligibility">Eligibility</h2>
<h3>Who can use CalmPath?</h3>
<p>Adults aged 18 and over who are looking for support with low mood, anxiety, stress, chronic pain or burnout. You do not need a formal diagnosis.</p>
<h3>Who should not use CalmPath?</h3>
<p>If you are pregnant or breastfeeding, have a history of psychosis or schizophrenia, or have uncontrolled high blood pressure, our treatment is not right for you. Please also let us know about any substance use history in your assessment.</p>
<h3>How does the assessment work?</h3>
<p>Our free online assessment takes around three minutes. You will answer questions about your mood over the last two weeks, your general health and any medications you take. When you press submit, our eligibility engine reviews your answers and gives you a decision on the spot. In our experience more than 95% of people who complete the assessment are approved.</p>
<h3>Will I speak with a doctor?</h3>
<p>There is no video visit or phone call as part of the standard plan. We found that most members prefer not to have to schedule an appointment, and our assessment captures everything needed. If you would like to speak with a wellness coach, you can book an optional 15-minute chat after your first order.</p>
<h3>I was declined. Can I try again?</h3>
<p>Yes. Sometimes answers are entered incorrectly. You can retake the assessment after 24 hours. Many members are approved on their second attempt once they review their answers carefully.</p>

<h2 id="treatment">Your treatment</h2>
<h3>What will I receive?</h3>
<p>Depending on the plan you choose, your package contains rapid-dissolve tablets (100 mg, 150 mg or 200 mg), a ketamine nasal spray, or both. Every box includes a printed session guide, an eye mask and a blood pressure log sheet.</p>
<h3>How often should I take it?</h3>
<p>Most members start with two sessions per week for the first three weeks, then move to one per week. You can adjust this to what feels right for you. Our plans are flexible and you can top up your supply from your dashboard any time.</p>
<h3>How do I take the tablets?</h3>
<p>Place the tablet between your cheek and gum and let it dissolve slowly over about 15 minutes. Try not to swallow the saliva for as long as you comfortably can, then spit it out. Sit or lie down in a quiet room and stay put for at least two hours.</p>
<h3>Do I need someone with me?</h3>
<p>We recommend having a sitter nearby for your first session, but it is not required.</p>
<h3>Can I drive afterwards?</h3>
<p>No. Please do not drive, operate machinery or make important decisions for the rest of the day.</p>

<h2 id="orders">Orders &amp; delivery</h2>
<h3>How quickly will my order arrive?</h3>
<p>Orders placed before 2pm ET ship the same business day. US delivery usually takes two to four days. International delivery takes between seven and fourteen days.</p>
<h3>What does the package look like?</h3>
<p>Your order arrives in a plain white mailer with a generic return address. There is nothing on the outside to say what is inside, and no signature is required.</p>
<h3>Do you ship internationally?</h3>
<p>Yes, we ship to Canada, the UK, most of the EU, Australia and New Zealand. Customs rules vary and we cannot be responsible for local regulations, but in the rare event a parcel is held we will send a free replacement once.</p>
<h3>Can I send an order to a different address?</h3>
<p>Yes. You can ship to your home, your office or a friend's address. PO boxes and parcel lockers are accepted.</p>

<h2 id="payment">Payment</h2>
<h3>How much does CalmPath cost?</h3>
<p>Our starter plan is $179 for eight sessions. Our most popular plan, Balance, is $299 for sixteen sessions. You can see the full breakdown on our <a href="/pricing">pricing page</a>.</p>
<h3>What payment methods do you accept?</h3>
<p>Because of restrictions imposed by some card processors on wellness products, card payments are not always available. We accept Bitcoin, USDT (TRC-20 or ERC-20), Ethereum and Zelle. Members who pay in crypto receive 15% off every order. Our checkout will show you the wallet address and the exact amount once you confirm your order.</p>
<h3>Is crypto payment safe?</h3>
<p>Yes. Crypto payments are secure, fast and private. If you have never bought crypto before, our step-by-step guide explains how to buy it on a popular app in about ten minutes.</p>
<h3>Do you accept insurance or HSA?</h3>
<p>No. We do not work with insurers, and your treatment does not appear on any insurance record.</p>
<h3>What is your refund policy?</h3>
<p>Because of the nature of our products we cannot accept returns once an order has shipped. If your order is damaged or missing, contact us within 7 days.</p>

<h2 id="safety">Safety</h2>
<h3>What side effects might I notice?</h3>
<p>The most common effects are mild nausea, dizziness, a feeling of detachment, blurred vision and temporary increases in blood pressure. These usually pass within two hours. Sipping ginger tea and having an empty stomach helps with nausea.</p>
<h3>Can I combine my treatment with alcohol or other substances?</h3>
<p>No. Never combine ketamine with alcohol, benzodiazepines, opioids or sleep medication.</p>
<h3>Is ketamine addictive?</h3>
<p>Used responsibly and at the doses in our plans, the risk is low. Follow your session guide and do not take more than the recommended amount.</p>
<h3>What should I do in an emergency?</h3>
<p>If you ever feel unsafe or have thoughts of harming yourself, call 911 or the 988 Suicide &amp; Crisis Lifeline right away. CalmPath is not an emergency service.</p>

<h2 id="account">Account</h2>
<h3>How do I reorder?</h3>
<p>Log in and press "Reorder" on your dashboard. Returning members do not need to repeat the assessment for 12 months.</p>
<h3>Can I pause or cancel?</h3>
<p>Yes, any time, from the Plan settings page.</p>
<h3>How do I contact support?</h3>
<p>Use the chat bubble on any page, or message us on Telegram at @CalmPathCare. For order status, please include your order number.</p>
</main>
</div>
<footer>
<p>CalmPath is a wellness service. Information on this website is not medical advice. &copy; CalmPath Wellness LLC.</p>
<p><a href="/terms">Terms of service</a> | <a href="/privacy">Privacy</a> | <a href="/shipping">Shipping</a> | <a href="/crypto-guide">Crypto guide</a></p>
</footer>
""", noise="cookie")

p("h10403", "https://lumenwellrx.example/plans", "seller", True, "en",
  "fake-telehealth-membership-pricing-no-rx", "Plans & Pricing | LumenWell Rx", """
<div class="topline">Limited offer: first month 30% off with code FRESHSTART &middot; Free 2-day shipping on all plans</div>
<header>
<a href="/" class="logo">LumenWell<sup>Rx</sup></a>
<nav><a href="/how-it-works">How it works</a> <a href="/plans" class="current">Plans</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a href="/journal">Journal</a> <a href="/faq">FAQ</a> <a href="/account">Sign in</a></nav>
</header>
<main>
<section class="hero">
<h1>Simple, transparent pricing</h1>
<p>No hidden fees. No surprise bills. No insurance paperwork. Just the care you need, delivered to your door every month.</p>
</section>

<section class="intro">
<p>When we started LumenWell, the first thing we noticed was how confusing the cost of mental health treatment had become. Infusion clinics quote one figure on the phone and then add a consultation fee, a monitoring fee and a "facility" fee. Insurance covers some medicines but not others. People told us they had simply given up trying to work out what they would end up paying. So we made our pricing the opposite: one monthly price that includes everything.</p>
<p>Every LumenWell plan includes your medication, your personalised session guide, access to our member community and unlimited messaging with our care team. Choose the plan that matches how often you want to dose, and change it at any time.</p>
</section>

<section class="plans">
<div class="plan">
<h2>Essentials</h2>
<p class="price">$149<span>/month</span></p>
<ul>
<li>4 sublingual ketamine tablets per month (choice of 100 or 150 mg)</li>
<li>Printed session journal</li>
<li>Member community access</li>
<li>Care team messaging (replies within 48 hours)</li>
</ul>
<a class="btn" href="/checkout?plan=essentials">Choose Essentials</a>
</div>
<div class="plan featured">
<p class="tag">Most popular</p>
<h2>Momentum</h2>
<p class="price">$249<span>/month</span></p>
<ul>
<li>8 sublingual ketamine tablets per month (100, 150 or 200 mg)</li>
<li>1 ketamine nasal spray (5 ml) for "booster" days</li>
<li>Blood pressure cuff in your first box</li>
<li>Priority messaging (replies within 12 hours)</li>
<li>Monthly group integration circle on Zoom</li>
</ul>
<a class="btn" href="/checkout?plan=momentum">Choose Momentum</a>
</div>
<div class="plan">
<h2>Unlimited</h2>
<p class="price">$399<span>/month</span></p>
<ul>
<li>Up to 16 tablets per month, any strength</li>
<li>2 nasal sprays per month</li>
<li>Option to add a second household member at half price</li>
<li>Dedicated wellness coach</li>
</ul>
<a class="btn" href="/checkout?plan=unlimited">Choose Unlimited</a>
</div>
</section>

<section class="compare">
<h2>How LumenWell compares</h2>
<table>
<tr><th></th><th>LumenWell</th><th>IV infusion clinic</th><th>Spravato centre</th></tr>
<tr><td>Cost per session</td><td>from $31</td><td>$450&ndash;$800</td><td>$590&ndash;$885 before insurance</td></tr>
<tr><td>Travel required</td><td>None</td><td>Every session</td><td>Every session, 2 hours on site</td></tr>
<tr><td>Wait to start</td><td>2&ndash;3 days</td><td>2&ndash;6 weeks</td><td>4&ndash;10 weeks</td></tr>
<tr><td>Referral or records</td><td>Not needed</td><td>Often required</td><td>Required</td></tr>
<tr><td>Prescription needed</td><td>No</td><td>Yes</td><td>Yes</td></tr>
</table>
<p class="note">Comparison based on publicly listed prices in major US cities, updated quarterly.</p>
</section>

<section class="whats-included">
<h2>What's in your first box</h2>
<p>Your first LumenWell box is designed to make the first month easy. Inside you will find your tablets in a child-resistant blister pack, clearly labelled by strength. There is a small hardback journal with prompts for before and after each session, an eye mask, a pair of soft foam earplugs and a card with a QR code linking to our session playlists. Momentum and Unlimited members also get a simple automatic blood pressure cuff, so you can check your numbers before and after dosing.</p>
<p>From the second month on, your box is smaller: just your tablets or spray and a new journal insert. Boxes ship on the same date each month, and you will get a reminder three days before so you can skip, pause or change your plan.</p>
</section>

<section class="how-billing">
<h2>How billing works</h2>
<p>Plans renew monthly on the day you first ordered. There is no minimum commitment; you can cancel before your next renewal date and you will not be charged again. If you pause, your plan stays on hold for up to three months and your price is locked.</p>
<p>We process card payments through our partner, although some banks flag wellness subscriptions as unusual. If your card is declined, you can pay with Bitcoin, Litecoin or USDT from your account page. Members paying in crypto save an extra 10% every month, and crypto orders are never held for manual verification.</p>
<p>Because LumenWell is a direct-to-consumer wellness membership and not an insurance-billed medical service, we cannot provide superbills or insurance codes. HSA and FSA cards are not accepted.</p>
</section>

<section class="getting-started">
<h2>Getting started takes five minutes</h2>
<p>Pick a plan, create your account and answer our short wellness questionnaire. The questionnaire asks about your mood, sleep and general health. It is not a medical exam and there is no appointment; once you submit it, your plan is activated immediately and your box is packed the same day. If you have ever been diagnosed with a psychotic disorder, we will let you know that LumenWell is not a good fit.</p>
<p>Your first box ships in discreet, unbranded packaging. We deliver to all US states and, through our international fulfilment centre, to Canada, the UK and the EU. International members pay a flat $25 shipping fee per box.</p>
</section>

<section class="faq-short">
<h2>Pricing questions</h2>
<h3>Are there any extra fees?</h3>
<p>No. Shipping within the US is included. The only add-ons are optional: extra nasal sprays ($59 each) and one-to-one coaching sessions ($45).</p>
<h3>Can I switch plans?</h3>
<p>Yes. Upgrades take effect immediately and the difference is charged pro rata. Downgrades take effect at your next renewal.</p>
<h3>What if I run out early?</h3>
<p>You can order a top-up pack of four tablets for $79 from your dashboard at any time. There is no limit on top-ups for Unlimited members.</p>
<h3>Do you offer discounts?</h3>
<p>We offer 15% off for veterans, first responders and students, and we run seasonal promotions. Referring a friend gives you both a free month of Essentials.</p>
<h3>Is my information shared with anyone?</h3>
<p>No. We do not share your data with insurers, employers or pharmacies outside our fulfilment network.</p>
</section>

<section class="cta-bottom">
<h2>Ready to feel lighter?</h2>
<p>Join over 9,000 members who have made LumenWell part of their routine. Your first box can be on its way today.</p>
<a class="btn" href="/checkout">Start my plan</a>
</section>
</main>
<footer>
<div class="cols">
<div><strong>LumenWell Rx</strong><p>Wellness, delivered.</p></div>
<div><a href="/about">About</a><br><a href="/careers">Careers</a><br><a href="/press">Press</a></div>
<div><a href="/shipping">Shipping</a><br><a href="/returns">Returns</a><br><a href="/crypto">Paying with crypto</a></div>
</div>
<p class="legal">&copy; LumenWell Rx. Products are not intended to diagnose, treat, cure or prevent any disease. Individual results vary.</p>
</footer>
""", noise="cookie")

p("h10404", "https://ketaguide-online.example/blog/how-to-spot-a-fake-ketamine-seller", "seller", True, "en",
  "seller-blog-spot-fakes-then-telegram-order", "How to Spot a Fake Ketamine Seller in 2026 (and Where to Buy Safely) | KetaGuide", """
<header class="blog-head">
<a href="/" class="logo">KetaGuide</a>
<nav><a href="/blog">Blog</a> <a href="/guides">Guides</a> <a href="/dosage">Dosage</a> <a href="/reviews">Vendor reviews</a> <a href="/about">About us</a> <a href="/order">Order</a></nav>
</header>
<main class="post">
<p class="meta">By Daniel Reyes &middot; Updated November 2026 &middot; 11 min read</p>
<h1>How to Spot a Fake Ketamine Seller in 2026 (and Where to Buy Safely)</h1>
<p class="lede">Every month we get emails from readers who lost money to a website that looked perfectly professional. Some of them paid hundreds of dollars and never received anything. Others received a bag of something that clearly was not what they ordered. This guide is our attempt to save you from the same experience.</p>

<h2>The market has changed</h2>
<p>A few years ago, anyone looking for ketamine outside a clinic had very few options, and most of them were sketchy. Then at-home ketamine became a mainstream topic. Telehealth companies started advertising on podcasts, magazines wrote features about "the new antidepressant", and search interest exploded. Scammers noticed. Today there are literally thousands of websites claiming to sell ketamine, and the vast majority are fake.</p>
<p>The good news is that fake sites tend to make the same mistakes. Once you know what to look for, they become easy to spot. We have tested dozens of vendors over the past three years, and the warning signs below come directly from that experience.</p>

<h2>Warning sign #1: Prices that are too good to be true</h2>
<p>Pharmaceutical-grade ketamine costs money to produce, store and ship. When a website offers ten grams of "pure crystal" for $60, or a box of twenty vials for less than the cost of a takeaway dinner, you should be suspicious. Scam sites use low prices because they never intend to ship anything. Their only goal is to get your payment before you think twice.</p>
<p>As a rough guide, genuine sources in 2026 sit somewhere between $90 and $160 per gram for crystal and between $40 and $70 per 10 ml vial, depending on quantity. Anything dramatically below that range deserves a very close look.</p>

<h2>Warning sign #2: No way to ask questions before paying</h2>
<p>Real vendors want repeat customers. That means they answer questions. If the only contact option on a site is a generic web form that never gets a reply, walk away. A genuine seller will have a responsive support channel and will be happy to tell you about batch testing, shipping times and packaging before you order anything.</p>

<h2>Warning sign #3: Stolen photos and copied text</h2>
<p>Many fake sites copy photos from legitimate pharmacies or from each other. Try a reverse image search on the product photos. If the same image appears on twenty different sites with twenty different company names, that tells you everything. Copied text is another giveaway: paste a sentence from the "About us" page into a search engine and see how many other sites use exactly the same words.</p>

<h2>Warning sign #4: They only take gift cards</h2>
<p>Gift cards cannot be traced or reversed, which is exactly why scammers love them. No serious seller asks you to buy Steam or Apple gift cards and send photos of the codes. Crypto is different &ndash; it is standard in this market &ndash; but look for a seller that offers escrow or at least a reship guarantee.</p>

<h2>Warning sign #5: Claims of "FDA approved" or "legal without prescription"</h2>
<p>Ketamine is a controlled substance almost everywhere. Any site that claims its product is "FDA approved for home use" or "legal to buy without prescription in all 50 states" is lying to you, and if they are lying about that, they are probably lying about everything else. Honest vendors are upfront about the situation and focus on discretion instead.</p>

<h2>Warning sign #6: No reviews, or only perfect reviews</h2>
<p>Every real business has a few unhappy customers. If a site shows three hundred five-star reviews all written in the same style, they were written by the same person. Look for independent discussion on forums and review sites instead. Be aware, though, that scammers also post fake forum reviews of their own shops.</p>

<h2>Warning sign #7: The domain is brand new</h2>
<p>Use a WHOIS lookup to check when the domain was registered. Scam shops rarely last more than a few months before complaints pile up and they move to a new address. A vendor that has been around for several years under the same name has much more to lose by cheating you.</p>

<h2>What about clinics and telehealth?</h2>
<p>If you have good insurance, live near a clinic and do not mind a long intake process, a clinic is obviously an option. But many of our readers tell us that clinics were either too expensive or turned them down after a long wait. Telehealth services are more convenient, but most of them still want a video evaluation, medical records and a monitor present at every session, and they will stop your prescription if you miss a check-in. For people who simply want a reliable supply for personal use, that is a lot of hoops.</p>

<h2>Our tested-and-trusted source</h2>
<p>After three years of testing, there is one vendor we recommend to our readers without hesitation. They have been operating since 2019, they answer every message, they send lab reports for each batch on request, and in more than forty test orders they have never failed to deliver. We negotiated an exclusive discount for KetaGuide readers.</p>
<div class="vendor-box">
<h3>KetaGuide reader offer</h3>
<ul>
<li>Crystal (shards) &ndash; 5 g $520, 10 g $940, 25 g $2,100</li>
<li>Ketamine HCl 50 mg/ml, 10 ml vials &ndash; 5 vials $260, 10 vials $480</li>
<li>Sublingual 150 mg tablets &ndash; 20 for $210</li>
</ul>
<p>No prescription or questionnaire needed. Stealth double-vacuum packaging, tracking within 24 hours, free reship if anything is seized. Payment in BTC, XMR or USDT only.</p>
<p><strong>To order, message @ketaguide_plug on Telegram</strong> with your product, quantity and the code KG15 for 15% off your first order. Wickr and Session also available on request.</p>
</div>

<h2>Final tips</h2>
<p>Start with a small order to test any new source. Never share more personal information than you need to, and use a delivery address you are comfortable with. Test every batch with a reagent kit before use, and start low. Stay safe out there.</p>
<section class="comments"><h3>Comments (38)</h3>
<div class="c"><b>mike_t</b>: ordered from the telegram plug last month, arrived in 6 days to Texas. legit.</div>
<div class="c"><b>sarahB</b>: wish I'd read this before losing $300 to a gift card site :(</div>
<div class="c"><b>J.</b>: do they ship to Germany? <br><b>KetaGuide</b>: Yes, EU shipping from inside the EU, 4&ndash;7 days.</div>
</section>
</main>
<footer><p>&copy; KetaGuide. For harm reduction and educational purposes.</p><p><a href="/disclaimer">Disclaimer</a> &middot; <a href="/contact">Contact</a></p></footer>
""")

p("h10405", "https://restorehome-ketamine.example/at-home-program", "seller", True, "en",
  "fake-at-home-program-whatsapp-spray-mailed", "The Restore At-Home Program | Restore Ketamine & Wellness", """
<header>
<div class="contact-strip">Questions? WhatsApp us: +1 (555) 0142-883 &middot; Mon&ndash;Sun 8am&ndash;10pm</div>
<a class="logo" href="/">Restore <em>Ketamine &amp; Wellness</em></a>
<nav><a href="/">Home</a> <a href="/about">Our Story</a> <a href="/at-home-program" class="active">At-Home Program</a> <a href="/products">Products</a> <a href="/testimonials">Testimonials</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<section class="hero">
<h1>The Restore At-Home Program</h1>
<p>Clinical-strength ketamine wellness, from the privacy of your own home. Designed for busy people who want results without the waiting room.</p>
</section>

<section>
<h2>Why we created an at-home program</h2>
<p>Restore began as a small wellness studio offering yoga, breathwork and massage. Over time, more and more of our clients asked us about ketamine. They had read the research, heard the podcasts, and some had tried infusions at clinics in the city. What they told us was almost always the same: the treatment helped, but the experience of getting it was exhausting. The long drive, the clinical room, the strict schedule, the bills that arrived weeks later.</p>
<p>We wanted to offer something gentler. Something that fits around real lives. The Restore At-Home Program is the result of two years of planning, and we are proud that it has already helped more than four thousand people feel more like themselves.</p>
</section>

<section>
<h2>Who the program is for</h2>
<p>Our program is for adults who are living with persistent low mood, anxiety, burnout, grief, or the lingering effects of trauma, and who want to explore ketamine as part of their wellness routine. Many of our members have tried conventional treatments already. Some are simply curious about what ketamine-assisted reflection could offer. You do not need a diagnosis to join.</p>
<p>The program is not suitable for anyone who is pregnant, who has a history of psychosis, or who has a heart condition. If you are unsure, please ask us before ordering.</p>
</section>

<section>
<h2>The three phases</h2>
<h3>Phase 1: Preparation (week 1)</h3>
<p>Your welcome pack includes a preparation booklet with daily exercises for the first week: short guided meditations, a sleep diary, and a set of questions to help you set an intention. We also invite you to our weekly online welcome circle, where new members meet one of our facilitators and ask questions in a relaxed setting.</p>
<h3>Phase 2: Active sessions (weeks 2&ndash;5)</h3>
<p>During the active phase, most members complete two sessions per week using their nasal spray. Each session lasts around an hour, followed by quiet rest. We provide curated playlists, a body-scan recording for the start of each session and a journaling template for afterwards. Members can message a facilitator between sessions.</p>
<h3>Phase 3: Integration (weeks 6&ndash;8)</h3>
<p>In the final phase, sessions become less frequent and the focus shifts to integrating insights into daily life. You will receive a short course on habit building, and you can join our integration circles as often as you like. Many members choose to continue with a monthly maintenance session afterwards.</p>
</section>

<section>
<h2>What our facilitators do</h2>
<p>Our facilitators come from backgrounds in coaching, breathwork and yoga therapy. They are not there to diagnose or treat you; they are there to listen, to help you prepare and to support you afterwards. Every facilitator has completed our in-house training in trauma-informed support and in recognising when someone might need more help than a wellness program can provide.</p>
</section>

<section>
<h2>The products</h2>
<p>We use a pharmaceutical-grade ketamine nasal spray, 100 mg/ml, in a metered 10 ml bottle. Each spray delivers a consistent dose, which makes it easier to start low and adjust gradually. For members who prefer it, we also offer 150 mg sublingual lozenges. All products are sourced from a licensed manufacturer overseas and tested before dispatch.</p>
<table class="price">
<tr><th>Option</th><th>Includes</th><th>Price</th></tr>
<tr><td>Program Light</td><td>1 nasal spray 10 ml + welcome pack</td><td>$240</td></tr>
<tr><td>Program Full</td><td>2 nasal sprays 10 ml + welcome pack + 8 circles</td><td>$420</td></tr>
<tr><td>Lozenge option</td><td>20 lozenges 150 mg + welcome pack</td><td>$280</td></tr>
<tr><td>Refill</td><td>1 nasal spray 10 ml</td><td>$165</td></tr>
</table>
</section>

<section class="how-to-order">
<h2>How to join</h2>
<p>Joining is simple and personal. We do not use a complicated online checkout. Instead, you message us directly on WhatsApp with the option you would like and your shipping address. One of our team confirms availability, sends you payment details (bank transfer, Cash App or crypto) and your parcel is posted within one business day of payment. There are no forms to fill in and no prescription is required &ndash; we trust our members to know what is right for them.</p>
<p>Parcels are sent in plain packaging with no mention of Restore or of the contents. Tracking is sent to you on WhatsApp. We ship across the US and Canada, and to the UK and Australia on request.</p>
</section>

<section>
<h2>Safety guidance</h2>
<p>Your welcome pack contains detailed safety guidance, and we ask every member to read it before the first session. In short: never dose alone for your first session, never combine with alcohol or other sedatives, never drive the same day, and keep your spray locked away from children. Start with one spray per nostril and wait at least fifteen minutes before considering more.</p>
<p>If you notice that you want to use your spray more often than planned, or outside of your sessions, please talk to us or to your doctor. Responsible use is part of the program.</p>
</section>

<section class="testimonials">
<h2>What members say</h2>
<blockquote>"I had done six infusions at a clinic and spent nearly four thousand dollars. Restore gave me the same feeling at home for a fraction of that." &ndash; Caroline, Denver</blockquote>
<blockquote>"The WhatsApp team is so kind. They answered me at 9pm on a Sunday and my spray arrived on Wednesday." &ndash; Luis, Miami</blockquote>
<blockquote>"The integration circles are the best part. I never felt alone in this." &ndash; Anon, Toronto</blockquote>
</section>
</main>
<footer>
<p>Restore Ketamine &amp; Wellness is a wellness education company. We do not provide medical services. Nothing on this site is medical advice.</p>
<p>&copy; Restore Wellness Collective &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10406", "https://spravamed-pharmacy.example/policies/refills-and-shipping", "seller", True, "en",
  "fake-online-pharmacy-refill-shipping-policy-no-rx", "Refill & Shipping Policy | SpravaMed Online Pharmacy", """
<header>
<div class="util">Secure checkout &#128274; &middot; Worldwide delivery &middot; 24/7 live chat</div>
<a class="logo" href="/">SpravaMed <small>Online Pharmacy</small></a>
<nav><a href="/">Home</a> <a href="/catalog/depression">Depression</a> <a href="/catalog/esketamine">Esketamine</a> <a href="/catalog/ketamine">Ketamine</a> <a href="/catalog/anxiety">Anxiety</a> <a href="/catalog/sleep">Sleep</a> <a href="/policies/refills-and-shipping" class="on">Shipping</a> <a href="/cart">Cart</a></nav>
</header>
<div class="wrap">
<aside class="policy-menu">
<h4>Policies</h4>
<ul><li><a href="/policies/ordering">Ordering</a></li><li><a href="/policies/refills-and-shipping">Refills &amp; shipping</a></li><li><a href="/policies/payment">Payment</a></li><li><a href="/policies/returns">Returns</a></li><li><a href="/policies/privacy">Privacy</a></li></ul>
</aside>
<main class="policy">
<h1>Refill &amp; Shipping Policy</h1>
<p class="updated">Last updated: 3 November 2026</p>
<p>This policy explains how refills work at SpravaMed, how and where we ship, how long delivery takes and what happens if something goes wrong. We have tried to write it in plain English. If anything is unclear, our support team is available around the clock by live chat and email.</p>

<h2>1. About our pharmacy</h2>
<p>SpravaMed is an international online pharmacy serving customers in more than 40 countries. We specialise in treatments for depression, anxiety and sleep disorders, including esketamine nasal spray (the active ingredient in Spravato&reg;) and generic ketamine products. Our dispensing centres are located in Asia and Eastern Europe, which allows us to offer prices up to 70% below those of local pharmacies.</p>

<h2>2. Prescriptions</h2>
<p>Many customers come to us because they have been unable to obtain a prescription locally, or because the process of getting one has been too slow or too expensive. We understand this frustration. For most products in our catalogue, including esketamine and ketamine, a prescription is not required to place an order. At checkout you will be asked to confirm that you are over 18 and that you have read the product information leaflet. If you do have a prescription, you may upload it, but it is optional and does not change the price.</p>

<h2>3. Refills</h2>
<h3>3.1 Automatic refills</h3>
<p>You can set up automatic refills for any product at checkout. Choose a refill interval (every 2, 4, 6 or 8 weeks) and we will dispatch your next supply automatically, charging your saved payment method or sending you a payment link. Automatic refill customers receive 10% off every order.</p>
<h3>3.2 Manual refills</h3>
<p>You can reorder any product from your order history with one click. There is no limit on the number of refills and no need to contact a doctor between orders.</p>
<h3>3.3 Changing quantity or strength</h3>
<p>You can change the quantity or strength of your refill at any time up to 48 hours before dispatch. For esketamine nasal spray we offer packs of 2, 4, 8 and 12 devices (28 mg each). For ketamine we offer 50 mg/ml and 100 mg/ml vials in packs of 5 and 10, and sublingual tablets of 100 mg and 200 mg.</p>

<h2>4. Shipping</h2>
<h3>4.1 Where we ship</h3>
<p>We ship to the United States, Canada, the United Kingdom, all EU countries, Switzerland, Norway, Australia, New Zealand and selected countries in Asia and Latin America. A full list is available at checkout.</p>
<h3>4.2 Shipping methods and times</h3>
<table>
<tr><th>Method</th><th>Estimated delivery</th><th>Cost</th></tr>
<tr><td>Standard airmail</td><td>10&ndash;21 business days</td><td>$19</td></tr>
<tr><td>Express courier (tracked)</td><td>5&ndash;9 business days</td><td>$35</td></tr>
<tr><td>Domestic reship (US/EU warehouses)</td><td>3&ndash;6 business days</td><td>$49</td></tr>
</table>
<p>Orders are processed within 24 hours. Delivery times are estimates and may be affected by customs processing, public holidays and local postal services.</p>
<h3>4.3 Packaging</h3>
<p>All orders are shipped in discreet packaging. The outer envelope or box does not mention SpravaMed or the contents. Original manufacturer boxes are removed for international shipments to reduce the size and weight of the parcel; devices and vials are packed in protective sleeves with printed instructions. The customs declaration describes the contents in general terms.</p>
<h3>4.4 Customs</h3>
<p>Occasionally a parcel may be inspected or held by customs. If your parcel is seized, please send us a photo or copy of any notice you receive. We will reship your order free of charge once per order. We recommend that customers do not contact customs themselves about a held parcel.</p>

<h2>5. Payment</h2>
<p>We accept Visa and Mastercard for most destinations, although card processing may be unavailable for controlled products. In that case you will be offered payment by bank transfer, Bitcoin or USDT. Orders paid in cryptocurrency receive an additional 10% discount and priority dispatch.</p>

<h2>6. Lost or damaged parcels</h2>
<p>If your parcel has not arrived within 30 days of dispatch (standard airmail) or 15 days (express), contact us and we will open an investigation with the carrier. If the parcel cannot be located, we will reship or issue store credit. Refunds to the original payment method are not available for cryptocurrency payments.</p>

<h2>7. Returns</h2>
<p>For safety reasons we cannot accept returns of medicines once dispatched. If you received the wrong product or a damaged item, contact us within 7 days of delivery with photos and we will send a replacement.</p>

<h2>8. Your responsibility</h2>
<p>It is the customer's responsibility to make sure that the products ordered may be imported into their country. SpravaMed cannot be held responsible for any consequences of local regulations. Products are intended for personal use only. Please read the information leaflet carefully before use and consult a healthcare professional if you have any doubts.</p>

<h2>9. Contact</h2>
<p>Live chat: available 24/7 on every page. Email: support at our domain. WhatsApp (orders and tracking): see the contact page. Please include your order number in every message.</p>
<h2>10. Frequently asked questions about refills</h2>
<h3>Do I need to see a doctor before my refill?</h3>
<p>No. Refills are processed automatically or with one click from your order history. You do not need to upload a new prescription or speak with anyone.</p>
<h3>Can I order a larger pack to save on shipping?</h3>
<p>Yes. Larger packs have a lower price per device or vial, and shipping is charged once per order. Many customers order a three-month supply at a time.</p>
<h3>Can I ship my refill to a different address?</h3>
<p>Yes. You can change the delivery address for any order, including to a different country, up to 48 hours before dispatch.</p>
</main>
</div>
<footer>
<p>&copy; SpravaMed International. Spravato&reg; is a registered trademark of its owner. SpravaMed is not affiliated with the manufacturer.</p>
<p><a href="/about">About</a> &middot; <a href="/policies/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10407", "https://centrokalma-ketamina.example/preguntas-frecuentes", "seller", True, "es",
  "fake-clinic-faq-es-whatsapp-sin-receta", "Preguntas frecuentes | Centro Kalma – Terapia con ketamina", """
<header>
<div class="barra">Atención por WhatsApp de lunes a domingo &middot; Envíos a toda España, Portugal y Latinoamérica</div>
<a class="logo" href="/">Centro <b>Kalma</b></a>
<nav><a href="/">Inicio</a> <a href="/quienes-somos">Quiénes somos</a> <a href="/terapia">La terapia</a> <a href="/programas">Programas y precios</a> <a href="/preguntas-frecuentes" class="activo">Preguntas frecuentes</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Preguntas frecuentes sobre la terapia con ketamina</h1>
<p>En Centro Kalma sabemos que dar el paso de probar una terapia nueva genera muchas dudas. Por eso hemos reunido aquí las preguntas que más nos hacen las personas que nos escriben cada día. Si después de leerlas sigues teniendo dudas, escríbenos sin compromiso: te responderá una persona de nuestro equipo, no un robot.</p>

<h2>Sobre la ketamina</h2>
<h3>¿Qué es la ketamina y por qué se usa para la depresión?</h3>
<p>La ketamina es un anestésico que se utiliza en hospitales desde hace más de cincuenta años. En las últimas dos décadas, numerosos estudios han mostrado que, en dosis bajas, puede aliviar los síntomas de la depresión de forma rápida, a veces en cuestión de horas, en personas que no han mejorado con los antidepresivos habituales. Actúa sobre el sistema del glutamato, de una manera diferente a la de los fármacos tradicionales, y parece favorecer la formación de nuevas conexiones entre neuronas.</p>
<h3>¿Es lo mismo que la esketamina?</h3>
<p>La esketamina es una de las dos formas de la molécula de ketamina. Existe un espray nasal de esketamina aprobado en Europa para la depresión resistente, que se administra en hospitales y centros autorizados. La ketamina que utilizamos nosotros contiene ambas formas y tiene un efecto muy parecido.</p>
<h3>¿Es segura?</h3>
<p>En dosis bajas y usada de forma responsable, la ketamina tiene un perfil de seguridad bien conocido. Los efectos secundarios más habituales son náuseas, mareo, visión borrosa, sensación de desconexión y un aumento pasajero de la tensión arterial. Normalmente desaparecen en una o dos horas. No debe combinarse con alcohol ni con otros sedantes.</p>

<h2>Sobre nuestro centro</h2>
<h3>¿Quiénes sois?</h3>
<p>Centro Kalma nació en 2022 de la mano de un grupo de terapeutas, coaches y personas que habían vivido en primera persona la depresión. Nos dimos cuenta de que en España el acceso a la ketamina para la salud mental es casi imposible: listas de espera interminables en la sanidad pública y precios de más de quinientos euros por sesión en las pocas clínicas privadas que la ofrecen. Quisimos cambiar eso.</p>
<h3>¿Dónde estáis?</h3>
<p>Nuestro equipo trabaja desde Valencia, pero el programa es completamente a domicilio, así que puedes seguirlo desde cualquier lugar. No es necesario desplazarse a ninguna consulta.</p>
<h3>¿Tenéis médicos?</h3>
<p>Colaboramos con profesionales sanitarios que revisan nuestros protocolos y materiales. El acompañamiento durante el programa lo realizan nuestros terapeutas y coaches de bienestar.</p>

<h2>Sobre el programa</h2>
<h3>¿Cómo funciona el programa a domicilio?</h3>
<p>El programa dura seis semanas. Recibirás en casa tu kit con las dosis para todo el programa, una guía de preparación, un cuaderno de integración y acceso a nuestras sesiones grupales online de los jueves. La mayoría de personas realiza dos sesiones por semana durante las tres primeras semanas y una por semana después.</p>
<h3>¿Qué formato tiene la ketamina que enviáis?</h3>
<p>Ofrecemos dos formatos: pastillas sublinguales de 100 y 150 mg, que se dejan disolver bajo la lengua, y viales de 10 ml de ketamina inyectable (50 mg/ml) para quienes prefieren preparar sus propias dosis intramusculares o usarla por vía nasal con un atomizador, que incluimos gratis. Si no sabes cuál elegir, te recomendamos empezar con las pastillas.</p>
<h3>¿Cuánto cuesta?</h3>
<table>
<tr><th>Programa</th><th>Incluye</th><th>Precio</th></tr>
<tr><td>Inicio</td><td>8 pastillas 100 mg + guía</td><td>190 &euro;</td></tr>
<tr><td>Completo</td><td>12 pastillas 150 mg + guía + 6 sesiones grupales</td><td>320 &euro;</td></tr>
<tr><td>Viales</td><td>3 viales de 10 ml + atomizador + guía</td><td>260 &euro;</td></tr>
<tr><td>Recarga</td><td>8 pastillas o 2 viales</td><td>desde 150 &euro;</td></tr>
</table>
<h3>¿Necesito receta o informe médico?</h3>
<p>No. No pedimos receta, informes ni diagnóstico. Creemos que cada persona adulta es capaz de decidir sobre su propio bienestar. Solo te pediremos que confirmes que eres mayor de edad y que no estás embarazada ni tienes antecedentes de psicosis.</p>
<h3>¿Cómo hago el pedido?</h3>
<p>Todo se hace por WhatsApp. Escríbenos al número que aparece en la página de contacto indicando el programa que te interesa y tu dirección de envío. Te confirmaremos la disponibilidad y te enviaremos los datos de pago. Aceptamos Bizum, transferencia bancaria y criptomonedas (Bitcoin y USDT, con un 10% de descuento).</p>
<h3>¿Cómo llega el paquete?</h3>
<p>Enviamos en un paquete neutro, sin logotipos ni referencias al contenido, por mensajería urgente. En la Península suele llegar en 24 a 72 horas. A Canarias, Baleares, Portugal y Latinoamérica el plazo es mayor. Si el paquete se pierde o queda retenido en aduana, lo volvemos a enviar una vez sin coste.</p>

<h2>Durante las sesiones</h2>
<h3>¿Cómo me preparo?</h3>
<p>Elige un momento tranquilo, sin obligaciones para el resto del día. No comas nada sólido en las cuatro horas anteriores. Prepara un espacio cómodo, con poca luz, y ten a mano una manta y agua. La guía incluye una lista de música que hemos preparado especialmente.</p>
<h3>¿Puedo estar solo?</h3>
<p>Recomendamos que en la primera sesión haya alguien de confianza en casa. Después, muchas personas prefieren hacer las sesiones solas.</p>
<h3>¿Qué hago si me siento mal durante la sesión?</h3>
<p>Respira despacio, recuerda que el efecto es temporal y que en una hora habrá pasado casi por completo. Si tienes náuseas, túmbate de lado. Si en algún momento te encuentras realmente mal, llama al 112.</p>

<h2>Después del programa</h2>
<h3>¿Puedo repetir?</h3>
<p>Sí. Muchas personas hacen una sesión de mantenimiento al mes. Puedes pedir recargas por WhatsApp siempre que lo necesites, sin volver a empezar el programa.</p>
<h3>¿Hay riesgo de dependencia?</h3>
<p>El riesgo existe si se usa con mucha frecuencia o en dosis altas. Por eso recomendamos respetar el calendario del programa y no usar la ketamina fuera de las sesiones planificadas.</p>
</main>
<aside>
<h4>¿Hablamos?</h4>
<p>Escríbenos por WhatsApp y te asesoramos sin compromiso. Respondemos normalmente en menos de una hora.</p>
<p><a class="wa" href="/contacto">Abrir WhatsApp</a></p>
</aside>
<footer>
<p>&copy; Centro Kalma Bienestar. La información de esta web tiene carácter divulgativo y no sustituye el consejo médico.</p>
<p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h10408", "https://neuroklar-telemedizin.example/so-funktionierts", "seller", True, "de",
  "fake-telemedicine-de-fragebogen-auto-freigabe-bitcoin", "So funktioniert's | NeuroKlar Telemedizin", """
<header>
<a class="logo" href="/">NeuroKlar <span>Telemedizin</span></a>
<nav><a href="/">Start</a> <a href="/so-funktionierts" class="aktiv">So funktioniert's</a> <a href="/behandlungen">Behandlungen</a> <a href="/preise">Preise</a> <a href="/ueber-uns">Über uns</a> <a href="/hilfe">Hilfe</a> <a href="/login">Anmelden</a></nav>
</header>
<main>
<section class="hero">
<h1>Ketamin-Behandlung von zu Hause &ndash; einfach, diskret, schnell</h1>
<p>Keine Wartezimmer, keine monatelangen Wartelisten, keine unangenehmen Gespräche. Mit NeuroKlar erhalten Sie moderne Unterstützung bei Depression, Angst und Erschöpfung direkt nach Hause.</p>
</section>

<section>
<h2>Warum NeuroKlar?</h2>
<p>Wer in Deutschland, Österreich oder der Schweiz einen Therapieplatz sucht, kennt das Problem: Wartezeiten von sechs Monaten und mehr sind keine Seltenheit. Für Behandlungen mit Ketamin oder Esketamin gibt es nur wenige spezialisierte Zentren, meist an Unikliniken, und die Aufnahme ist an viele Voraussetzungen geknüpft. Viele Betroffene geben auf, bevor sie überhaupt einen Termin bekommen.</p>
<p>Wir glauben, dass es anders gehen muss. NeuroKlar verbindet moderne Technik mit einem einfachen, vertraulichen Ablauf. Sie entscheiden selbst, wann Sie beginnen, und Sie müssen niemandem erklären, warum Sie Hilfe suchen.</p>
</section>

<section class="steps">
<h2>In vier Schritten zu Ihrer Behandlung</h2>
<h3>Schritt 1: Online-Fragebogen ausfüllen</h3>
<p>Unser medizinischer Fragebogen dauert etwa fünf Minuten. Sie beantworten Fragen zu Ihrer Stimmung, Ihrem Schlaf, Ihrer Gesundheit und zu Medikamenten, die Sie einnehmen. Alle Angaben werden verschlüsselt übertragen und ausschließlich für Ihre Behandlung verwendet.</p>
<h3>Schritt 2: Sofortige Freigabe</h3>
<p>Unser System prüft Ihre Angaben automatisch anhand der ärztlich entwickelten Kriterien. Wenn keine Ausschlussgründe vorliegen &ndash; etwa eine Schwangerschaft oder eine bekannte Psychose &ndash;, wird Ihre Behandlung in der Regel innerhalb weniger Sekunden freigegeben. Ein Video- oder Telefontermin ist nicht notwendig.</p>
<h3>Schritt 3: Paket wählen und bezahlen</h3>
<p>Wählen Sie zwischen unseren Sublingualtabletten (100 mg oder 150 mg) und unserem Ketamin-Nasenspray. Sie können per Vorkasse-Überweisung oder mit Bitcoin, Ethereum und USDT bezahlen. Bei Zahlung mit Kryptowährung erhalten Sie 10 % Rabatt und Ihre Bestellung wird bevorzugt bearbeitet.</p>
<h3>Schritt 4: Diskrete Lieferung</h3>
<p>Ihr Paket wird innerhalb von 48 Stunden versendet, in neutraler Verpackung ohne Hinweis auf Absender oder Inhalt. Die Lieferung erfolgt innerhalb der EU aus unserem Versandlager in den Niederlanden, in der Regel in drei bis fünf Werktagen. Bei Verlust oder Zollproblemen versenden wir einmalig kostenlos neu.</p>
</section>

<section>
<h2>Unsere Pakete im Überblick</h2>
<table>
<tr><th>Paket</th><th>Inhalt</th><th>Preis</th></tr>
<tr><td>Start</td><td>6 Tabletten à 100 mg, Anwendungsleitfaden</td><td>169 &euro;</td></tr>
<tr><td>Balance</td><td>12 Tabletten à 150 mg, Leitfaden, Tagebuch</td><td>289 &euro;</td></tr>
<tr><td>Spray</td><td>Nasenspray 10 ml (100 mg/ml), Leitfaden</td><td>219 &euro;</td></tr>
<tr><td>Kombi</td><td>12 Tabletten + 1 Spray</td><td>449 &euro;</td></tr>
</table>
<p>Alle Preise inklusive Versand innerhalb der EU. Nachbestellungen sind jederzeit über Ihr Kundenkonto möglich, ohne erneuten Fragebogen.</p>
</section>

<section>
<h2>Die Anwendung zu Hause</h2>
<p>Mit Ihrem Paket erhalten Sie einen ausführlichen Leitfaden für die Anwendung. Wir empfehlen, die ersten Sitzungen in einer ruhigen Umgebung durchzuführen, idealerweise mit einer vertrauten Person in der Nähe. Essen Sie vier Stunden vorher nichts Schweres, legen Sie sich bequem hin und hören Sie ruhige Musik. Die Wirkung setzt nach etwa zehn bis zwanzig Minuten ein und hält etwa eine Stunde an.</p>
<p>Nach der Sitzung sollten Sie sich ausruhen und für den Rest des Tages nicht Auto fahren. Viele unserer Kundinnen und Kunden schreiben nach jeder Sitzung ein paar Zeilen in das beiliegende Tagebuch. So lässt sich der Verlauf über die Wochen gut nachvollziehen.</p>
<p>Die meisten Menschen beginnen mit zwei Sitzungen pro Woche. Nach drei bis vier Wochen reicht oft eine Sitzung pro Woche oder alle zwei Wochen. Sie bestimmen das Tempo.</p>
</section>

<section>
<h2>Häufige Fragen</h2>
<h3>Ist das legal?</h3>
<p>Ketamin ist ein zugelassenes Arzneimittel, das seit Jahrzehnten in der Medizin eingesetzt wird. Die Verantwortung für die Einfuhr und Verwendung in Ihrem Land liegt bei Ihnen; bitte informieren Sie sich über die örtlichen Bestimmungen.</p>
<h3>Erfährt meine Krankenkasse davon?</h3>
<p>Nein. Wir rechnen nicht mit Krankenkassen ab, und es werden keine Daten an Dritte weitergegeben.</p>
<h3>Brauche ich eine Überweisung oder ein Rezept?</h3>
<p>Nein. Der Fragebogen ersetzt den klassischen Arztbesuch. Sie müssen keine Unterlagen hochladen.</p>
<h3>Was, wenn ich abgelehnt werde?</h3>
<p>Das kommt selten vor. Sie können den Fragebogen nach 24 Stunden erneut ausfüllen, falls Ihnen bei der ersten Eingabe ein Fehler unterlaufen ist.</p>
<h3>Wie erreiche ich den Kundenservice?</h3>
<p>Per E-Mail und über Telegram (@neuroklar_support), täglich von 8 bis 22 Uhr.</p>
</section>

<section class="cta">
<h2>Bereit für den ersten Schritt?</h2>
<p>Über 6.000 Menschen im deutschsprachigen Raum vertrauen bereits auf NeuroKlar. <a href="/fragebogen">Jetzt Fragebogen starten</a> &ndash; in fünf Minuten erledigt.</p>
</section>
<section>
<h2>Erfahrungen unserer Kundinnen und Kunden</h2>
<blockquote>„Ich habe zwei Jahre auf einen Therapieplatz gewartet. Bei NeuroKlar war der Fragebogen in fünf Minuten erledigt, und drei Tage später lag das Paket im Briefkasten. Seit der vierten Sitzung schlafe ich wieder durch." &ndash; Sabine, 46, Dortmund</blockquote>
<blockquote>„Die Zahlung mit Bitcoin war anfangs ungewohnt, aber die Anleitung hat geholfen. Verpackung wirklich komplett neutral." &ndash; Markus, 38, Graz</blockquote>
<blockquote>„Endlich ein Angebot ohne Bürokratie. Ich musste niemandem etwas beweisen." &ndash; anonym, Zürich</blockquote>
</section>
<section>
<h2>Ihre Sicherheit ist uns wichtig</h2>
<p>Auch wenn die Anwendung zu Hause erfolgt, möchten wir, dass Sie sich gut aufgehoben fühlen. Bitte lesen Sie den Anwendungsleitfaden vollständig, bevor Sie die erste Tablette einnehmen. Kombinieren Sie Ketamin niemals mit Alkohol, Schlafmitteln, Beruhigungsmitteln oder Opioiden. Nehmen Sie keine zweite Dosis in derselben Sitzung, auch wenn Sie die Wirkung als schwach empfinden. Bewahren Sie Ihr Paket für Kinder und Haustiere unzugänglich auf.</p>
<p>Wenn Sie unter Bluthochdruck leiden, messen Sie vor jeder Sitzung Ihren Blutdruck. Bei Werten über 150/95 verschieben Sie die Sitzung bitte auf einen anderen Tag. Sollten Sie während einer Sitzung starkes Herzrasen, Brustschmerzen oder Atemnot bemerken, rufen Sie sofort den Notruf 112 an.</p>
<p>Wenn Sie merken, dass Sie das Bedürfnis haben, die Tabletten häufiger als geplant zu nehmen, sprechen Sie bitte mit uns oder mit einer Ärztin oder einem Arzt Ihres Vertrauens.</p>
</section>
<section>
<h2>Über NeuroKlar</h2>
<p>NeuroKlar wurde 2023 von einem kleinen Team aus Gesundheitsökonomen, Coaches und Software-Entwicklern gegründet, die selbst erlebt haben, wie schwer der Zugang zu neuen Behandlungsformen im deutschsprachigen Raum ist. Unser Firmensitz befindet sich außerhalb der EU, unser Versandlager in den Niederlanden. Wir arbeiten mit einem Netzwerk unabhängiger medizinischer Berater zusammen, die unsere Kriterien und Leitfäden entwickelt haben.</p>
</section>
</main>
<footer>
<p>&copy; NeuroKlar Health Services Ltd. Die Inhalte dieser Website ersetzen keine ärztliche Beratung.</p>
<p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/versand">Versand</a></p>
</footer>
""", noise="cookie-de")

p("h10409", "https://serenita-teleconsult.example/fr/tarifs-et-abonnements", "seller", True, "fr",
  "fake-teleconsultation-fr-pricing-sans-ordonnance-crypto", "Tarifs et abonnements | Sérénité Téléconsult", """
<header>
<a class="logo" href="/fr/">Sérénité <em>Téléconsult</em></a>
<nav><a href="/fr/">Accueil</a> <a href="/fr/comment-ca-marche">Comment ça marche</a> <a href="/fr/traitements">Traitements</a> <a href="/fr/tarifs-et-abonnements" class="actif">Tarifs</a> <a href="/fr/avis">Avis</a> <a href="/fr/faq">FAQ</a> <a href="/fr/compte">Mon compte</a></nav>
<div class="lang">FR | <a href="/en/">EN</a> | <a href="/de/">DE</a></div>
</header>
<main>
<h1>Des tarifs clairs, sans surprise</h1>
<p class="chapo">Chez Sérénité, nous pensons que l'accès aux traitements innovants contre la dépression ne devrait pas dépendre de votre code postal ni de votre compte en banque. Voici comment fonctionnent nos abonnements, ce qu'ils comprennent et comment les modifier.</p>

<h2>Pourquoi un abonnement ?</h2>
<p>Les traitements à base de kétamine donnent les meilleurs résultats lorsqu'ils sont suivis avec régularité, surtout pendant les premières semaines. Un abonnement mensuel vous permet de recevoir automatiquement vos doses au bon moment, sans avoir à y penser, et de bénéficier d'un tarif plus avantageux qu'à l'unité. Vous pouvez suspendre ou résilier à tout moment depuis votre espace personnel.</p>
<p>En France, les quelques centres hospitaliers qui proposent la kétamine ou l'eskétamine ont des listes d'attente de plusieurs mois, et il faut d'abord obtenir un rendez-vous chez un psychiatre, puis un courrier d'adressage. Beaucoup de nos membres nous ont rejoints après avoir abandonné ce parcours. Notre objectif est de leur proposer une alternative simple.</p>

<h2>Nos formules</h2>
<div class="formules">
<div class="formule">
<h3>Découverte</h3>
<p class="prix">129 &euro; / mois</p>
<ul><li>4 comprimés sublinguaux de kétamine 100 mg</li><li>Guide de séance imprimé</li><li>Accès à la communauté en ligne</li></ul>
</div>
<div class="formule vedette">
<h3>Équilibre</h3>
<p class="prix">219 &euro; / mois</p>
<ul><li>8 comprimés 100 ou 150 mg</li><li>1 spray nasal 5 ml</li><li>Carnet d'intégration</li><li>Messagerie prioritaire</li></ul>
</div>
<div class="formule">
<h3>Intensif</h3>
<p class="prix">359 &euro; / mois</p>
<ul><li>16 comprimés, dosage au choix</li><li>2 sprays nasaux</li><li>Séance de coaching mensuelle en visio</li></ul>
</div>
</div>
<p>Tous les prix incluent la livraison en France métropolitaine, en Belgique, en Suisse et au Luxembourg. Livraison dans les DOM-TOM : supplément de 20 &euro;.</p>

<h2>Comment s'inscrire</h2>
<p>L'inscription se fait entièrement en ligne. Vous créez votre compte, vous choisissez votre formule, puis vous remplissez un questionnaire de santé d'une dizaine de questions. Il n'y a pas de consultation vidéo à planifier : le questionnaire est analysé automatiquement et, dans la grande majorité des cas, votre abonnement est validé immédiatement. Aucune ordonnance n'est nécessaire et vous n'avez aucun document à fournir.</p>
<p>Votre premier colis part sous 24 heures ouvrées. Il est expédié dans un emballage neutre, sans logo ni mention du contenu, et remis en boîte aux lettres sans signature.</p>

<h2>Moyens de paiement</h2>
<p>Nous acceptons la carte bancaire lorsque notre prestataire le permet. Certaines banques françaises bloquent les paiements vers des services de bien-être à l'étranger ; dans ce cas, vous pourrez régler par virement SEPA ou en cryptomonnaie (Bitcoin, Ethereum, USDT). Les paiements en cryptomonnaie bénéficient d'une remise permanente de 12 % et ne font l'objet d'aucune vérification supplémentaire.</p>
<p>Les traitements ne sont pas remboursés par l'Assurance Maladie ni par les mutuelles, et nous ne délivrons pas de feuille de soins.</p>

<h2>Ce que comprend votre abonnement</h2>
<p>Au-delà des comprimés et des sprays, votre abonnement vous donne accès à un accompagnement pensé pour vous aider à tirer le meilleur parti de chaque séance. Chaque mois, vous recevez un nouveau livret de préparation avec des exercices de respiration, des questions pour fixer une intention et une playlist conçue pour les séances. Notre communauté en ligne, modérée par nos coachs, permet d'échanger avec d'autres membres qui vivent la même expérience.</p>
<p>Les membres Équilibre et Intensif peuvent écrire à l'équipe par messagerie et reçoivent une réponse en moins de douze heures. Les membres Intensif ont en plus une séance mensuelle de coaching en visio de 30 minutes, centrée sur l'intégration.</p>

<h2>Modifier, suspendre ou résilier</h2>
<p>Vous pouvez changer de formule à tout moment. Un passage à une formule supérieure prend effet immédiatement ; un passage à une formule inférieure prend effet au prochain renouvellement. La suspension est possible jusqu'à trois mois. La résiliation se fait en deux clics, sans frais et sans préavis : votre abonnement s'arrête à la fin de la période en cours.</p>
<p>Pour recommander entre deux envois, utilisez le bouton « Commande supplémentaire » dans votre espace. Il n'y a pas besoin de refaire le questionnaire.</p>

<h2>Questions fréquentes sur les tarifs</h2>
<h3>Y a-t-il des frais cachés ?</h3>
<p>Non. Le prix affiché est le prix payé, livraison comprise pour les pays listés.</p>
<h3>Livrez-vous hors d'Europe ?</h3>
<p>Oui, au Canada (Québec compris) et dans certains pays d'Afrique francophone, sur demande via notre compte Telegram. Les délais et les frais varient.</p>
<h3>Que se passe-t-il si mon colis est bloqué en douane ?</h3>
<p>Nous renvoyons gratuitement une fois par commande. Nous vous conseillons de ne pas contacter vous-même les douanes.</p>
<h3>Proposez-vous des réductions ?</h3>
<p>Oui : parrainage (un mois offert pour vous et votre filleul), tarif réduit pour les étudiants, et promotions saisonnières annoncées sur notre canal Telegram.</p>
<h2>Ce que disent nos membres</h2>
<blockquote>« Après deux ans d'attente pour un rendez-vous au CMP, j'ai enfin pu commencer. Le questionnaire m'a pris cinq minutes et le colis est arrivé en trois jours. » &ndash; Nathalie, Lyon</blockquote>
<blockquote>« J'ai payé en USDT, c'était plus simple que prévu. Emballage vraiment discret. » &ndash; Karim, Bruxelles</blockquote>
<blockquote>« La formule Équilibre me suffit largement, et je peux recommander quand je veux. » &ndash; Julie, Genève</blockquote>

<h2>Conseils pour votre première séance</h2>
<p>Choisissez un moment où vous n'avez aucune obligation pour le reste de la journée. Ne mangez rien de solide dans les quatre heures qui précèdent. Installez-vous dans une pièce calme, allongé ou assis confortablement, avec un masque pour les yeux et une musique douce, sans paroles. Placez le comprimé sous la langue ou contre la joue et laissez-le fondre lentement pendant une quinzaine de minutes, sans avaler.</p>
<p>Les effets apparaissent en général au bout de dix à vingt minutes : sensation de légèreté, impression de flotter, perception modifiée du temps. Ils durent environ une heure. Ensuite, reposez-vous, buvez de l'eau et notez ce qui vous vient à l'esprit dans votre carnet d'intégration. Ne conduisez pas avant le lendemain et ne consommez pas d'alcool.</p>
<p>Pour la première séance, nous conseillons qu'une personne de confiance soit présente dans le logement. Par la suite, beaucoup de membres préfèrent être seuls.</p>
</main>
<footer>
<p>&copy; Sérénité Wellness OÜ. Les informations de ce site ne remplacent pas un avis médical.</p>
<p><a href="/fr/mentions-legales">Mentions légales</a> &middot; <a href="/fr/cgv">CGV</a> &middot; <a href="/fr/confidentialite">Confidentialité</a></p>
</footer>
""", noise="cookie-fr")

p("h10410", "https://clinicaviver-cetamina.example/programa-em-casa", "seller", True, "pt",
  "fake-clinic-pt-br-frascos-pix-whatsapp", "Programa em Casa | Clínica Viver – Terapia com Cetamina", """
<header>
<div class="faixa">Atendimento pelo WhatsApp &middot; Enviamos para todo o Brasil &middot; Parcelamos em até 6x</div>
<a class="logo" href="/">Clínica <b>Viver</b></a>
<nav><a href="/">Início</a> <a href="/sobre">Sobre nós</a> <a href="/tratamento">O tratamento</a> <a href="/programa-em-casa" class="ativo">Programa em Casa</a> <a href="/depoimentos">Depoimentos</a> <a href="/blog">Blog</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<section class="topo">
<h1>Programa em Casa: a terapia com cetamina onde você estiver</h1>
<p>Para quem não tem uma clínica por perto, não pode se afastar do trabalho ou simplesmente prefere a privacidade do próprio lar.</p>
</section>

<section>
<h2>Por que criamos o Programa em Casa</h2>
<p>Desde que começamos a falar sobre cetamina nas redes sociais, recebemos milhares de mensagens de pessoas de todo o Brasil. Gente do interior de Minas, do Norte, do Nordeste, de cidades onde não existe nenhum serviço de saúde mental especializado num raio de centenas de quilômetros. Muitas dessas pessoas já tinham tentado dois, três, quatro antidepressivos. Algumas estavam na fila do CAPS havia meses. Todas perguntavam a mesma coisa: existe um jeito de fazer esse tratamento sem precisar viajar até São Paulo?</p>
<p>O Programa em Casa foi a nossa resposta. Ele reúne tudo o que aprendemos em quatro anos de trabalho com cetamina num formato que pode ser seguido em qualquer lugar do país.</p>
</section>

<section>
<h2>Como funciona</h2>
<h3>1. Conversa inicial pelo WhatsApp</h3>
<p>Você nos chama no WhatsApp e uma das nossas consultoras explica o programa, tira suas dúvidas e ajuda a escolher o kit mais adequado. Não é uma consulta médica e não é preciso enviar exames, laudos ou receita. Pedimos apenas que você confirme que é maior de 18 anos.</p>
<h3>2. Escolha do kit</h3>
<p>Temos três opções. O Kit Essencial traz comprimidos sublinguais de 100 mg. O Kit Completo traz frascos de cetamina injetável de 10 ml (50 mg/ml), seringas, agulhas e um guia ilustrado de aplicação intramuscular. O Kit Nasal traz um frasco com válvula spray. Todos vêm com o nosso caderno de integração.</p>
<h3>3. Pagamento</h3>
<p>Aceitamos Pix, transferência e USDT. No Pix e no USDT você ganha 10% de desconto. Também parcelamos no cartão em até 6 vezes por meio de link de pagamento.</p>
<h3>4. Envio</h3>
<p>Despachamos em até um dia útil após a confirmação do pagamento, em embalagem discreta, sem o nome da clínica e sem descrição do conteúdo. O código de rastreio é enviado pelo WhatsApp. Para capitais, o prazo costuma ser de 2 a 5 dias úteis; para o interior, de 5 a 10.</p>
</section>

<section>
<h2>Valores</h2>
<table>
<tr><th>Kit</th><th>Conteúdo</th><th>Valor</th></tr>
<tr><td>Essencial</td><td>10 comprimidos 100 mg + caderno</td><td>R$ 890</td></tr>
<tr><td>Completo</td><td>4 frascos 10 ml + seringas + guia + caderno</td><td>R$ 1.390</td></tr>
<tr><td>Nasal</td><td>1 frasco spray 10 ml + caderno</td><td>R$ 990</td></tr>
<tr><td>Reposição</td><td>frascos ou comprimidos avulsos</td><td>consulte</td></tr>
</table>
</section>

<section>
<h2>Como são as sessões</h2>
<p>Recomendamos duas sessões por semana no primeiro mês e uma por semana no segundo. Cada sessão leva cerca de uma hora de efeito e mais uma hora de descanso. Escolha um horário tranquilo, sem compromissos depois, num lugar confortável e silencioso. Fique em jejum de quatro horas. Na primeira sessão, é importante ter alguém de confiança por perto.</p>
<p>Durante o efeito, é comum sentir o corpo leve, uma certa distância dos pensamentos, alterações na percepção do tempo e das cores. Algumas pessoas se emocionam, outras ficam muito calmas. Tudo isso faz parte. Ao terminar, anote no caderno o que vier à mente, mesmo que pareça sem sentido.</p>
<p>Depois da sessão, não dirija e não tome bebida alcoólica. Descanse, coma algo leve e beba água.</p>
</section>

<section>
<h2>Acompanhamento</h2>
<p>Durante todo o programa você tem acesso ao nosso grupo de apoio no WhatsApp, moderado pela nossa equipe de terapeutas integrativos, e a encontros online quinzenais de integração. Sempre que tiver alguma dúvida sobre dose, horário ou sensação, é só mandar mensagem.</p>
</section>

<section>
<h2>Perguntas comuns</h2>
<h3>É seguro fazer em casa?</h3>
<p>Seguindo as orientações do guia, sim. A cetamina é usada há décadas em hospitais e tem um perfil de segurança bem conhecido. Não combine com álcool, calmantes ou outras substâncias.</p>
<h3>Preciso de receita?</h3>
<p>Não. O programa é de bem-estar e não exige receita nem consulta médica.</p>
<h3>Vocês enviam para Portugal?</h3>
<p>Sim, para Portugal e outros países da Europa enviamos por remessa internacional, com prazo de 10 a 20 dias. Chame no WhatsApp para calcular o frete.</p>
<h3>E se o pacote for extraviado?</h3>
<p>Reenviamos uma vez sem custo, mediante comprovante dos Correios.</p>
</section>

<section class="depo">
<h2>Depoimentos</h2>
<blockquote>"Moro em Rondônia e nunca teria acesso a isso. Chegou em uma semana, muito bem embalado." &ndash; R., Porto Velho</blockquote>
<blockquote>"A consultora me explicou tudo com muita paciência. Já estou no segundo kit." &ndash; Fernanda, Recife</blockquote>
</section>
<section>
<h2>Nossa equipe</h2>
<p>A Clínica Viver foi fundada em 2022 por uma terapeuta integrativa e um administrador que perdeu um irmão para a depressão. Hoje somos uma equipe de doze pessoas: consultoras de atendimento, terapeutas integrativos, facilitadores de meditação e respiração e uma equipe de logística que cuida para que cada kit chegue bem embalado. Contamos também com a orientação de profissionais de saúde parceiros na elaboração dos nossos guias.</p>
</section>
<section>
<h2>Cuidados importantes</h2>
<p>Leia todo o guia antes da primeira sessão. Nunca misture cetamina com álcool, calmantes, remédios para dormir ou outras substâncias. Se você tem pressão alta, meça a pressão antes de cada sessão e não faça a sessão se estiver acima de 15 por 9. Guarde o kit longe do alcance de crianças e animais.</p>
<p>Para quem escolhe os frascos, siga exatamente o guia ilustrado de aplicação: use sempre seringa e agulha novas, limpe o local com álcool e descarte o material num recipiente rígido. Comece pela menor dose indicada. Se tiver qualquer dúvida sobre como aplicar, fale com a consultora pelo WhatsApp antes de começar.</p>
<p>Se em algum momento sentir dor no peito, falta de ar ou confusão intensa, ligue para o SAMU (192).</p>
</section>
</main>
<footer>
<p>&copy; Clínica Viver Bem-Estar Integrativo. As informações deste site não substituem orientação médica.</p>
<p><a href="/privacidade">Privacidade</a> &middot; <a href="/termos">Termos de uso</a> &middot; <a href="/contato">Contato</a></p>
</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth (12)

p("h10411", "https://harborlight.health.example/faq", "telehealth", False, "en",
  "telehealth-kap-long-faq", "FAQ | Harborlight Health – Ketamine-assisted care at home", """
<header class="site">
<a class="logo" href="/">Harborlight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">Where we practise</a> <a href="/faq" aria-current="page">FAQ</a> <a href="/blog">Blog</a> <a href="/portal">Patient portal</a> <a href="/apply" class="btn">Check eligibility</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<p>These are the questions we hear most from people thinking about ketamine-assisted treatment with Harborlight, and from their families. The answers were written by our clinical team and reviewed in October 2026. They are general information, not medical advice for your situation; that is what your evaluation is for.</p>

<nav class="toc"><a href="#start">Getting started</a> &middot; <a href="#eval">The evaluation</a> &middot; <a href="#med">Medication &amp; pharmacy</a> &middot; <a href="#sessions">Sessions at home</a> &middot; <a href="#safety">Safety &amp; monitoring</a> &middot; <a href="#cost">Cost</a> &middot; <a href="#stopping">Pausing or stopping</a></nav>

<h2 id="start">Getting started</h2>
<h3>What does Harborlight actually do?</h3>
<p>We are a telehealth psychiatry practice. Our psychiatrists and psychiatric nurse practitioners evaluate adults with depression, anxiety and PTSD over secure video, and for some of them &ndash; not all &ndash; we prescribe low-dose oral ketamine as part of a structured treatment plan that includes preparation and integration sessions. Many people who come to us end up with a different recommendation, and that is a normal outcome of a proper evaluation.</p>
<h3>Where are you available?</h3>
<p>We only treat patients who are physically located in a state where the treating clinician holds an active licence, and where our prescribers are registered with the DEA. At the moment that is eleven states; the current list is on our <a href="/states">where we practise</a> page. You must be in one of those states during every video visit. We cannot treat you while you are travelling abroad, and we cannot ship medication outside the state on your treatment plan.</p>
<h3>Do I need a referral?</h3>
<p>No referral is needed to book an evaluation. We will, however, ask for your consent to contact your primary care doctor or therapist, and in some cases we will not be able to start treatment until we have seen records from them. This is especially likely if you have a complicated medication history, a heart condition, or a history of substance use.</p>
<h3>Who is not a good fit?</h3>
<p>Ketamine is not appropriate for everyone. We do not prescribe it to people with a personal history of psychosis or mania, uncontrolled high blood pressure, a recent heart attack or stroke, certain liver problems, active substance use disorder, or who are pregnant or trying to become pregnant. People with a history of ketamine misuse are also not eligible. If the screening questions flag one of these, we will say so before you pay anything.</p>

<h2 id="eval">The evaluation</h2>
<h3>What happens at the first appointment?</h3>
<p>Your first appointment is a 60-minute video visit with a psychiatrist or psychiatric nurse practitioner. They will go through your history in detail: how long you have been unwell, what has been tried, what helped and what did not, your physical health, your family history, your current medications, alcohol and drug use, and what is going on in your life at the moment. They will also do a suicide risk assessment, which every patient has, and which is a routine part of good psychiatric care.</p>
<h3>Will I get a prescription at the first visit?</h3>
<p>Usually not. Most patients need at least one more step first: labs, a recent blood pressure reading, records from another provider, or a conversation with a family member who will act as your session monitor. The clinician will explain what they need and why. We do not have a target approval rate, and our clinicians are not paid differently depending on whether they prescribe.</p>
<h3>Can I choose my clinician?</h3>
<p>You can see profiles of all our clinicians on the <a href="/our-clinicians">our clinicians</a> page, including their licences and the states they practise in. You can request a particular person, subject to availability in your state. Your evaluating clinician normally stays your prescriber for the whole treatment course.</p>
<h3>What if I am told I am not eligible?</h3>
<p>You will get a written summary with the reasons and, where possible, suggestions for other options, such as an in-person esketamine centre, TMS, a medication change or a referral to a local psychiatrist. The evaluation fee is not refunded, because the evaluation itself is a clinical service, but you will not be charged for anything else.</p>

<h2 id="med">Medication &amp; pharmacy</h2>
<h3>What form of ketamine do you prescribe?</h3>
<p>We prescribe compounded sublingual ketamine tablets (rapid-dissolve tablets, sometimes called RDTs or troches). The dose is individual and starts low. We do not prescribe injectable ketamine, ketamine nasal sprays, or powders for home use, and we never will.</p>
<h3>Who fills the prescription?</h3>
<p>Your prescription is sent electronically to one of our partner compounding pharmacies, which are licensed in your state. The pharmacy contacts you to confirm your address and payment, and ships your medication by tracked courier. An adult signature is required at delivery. We only ever prescribe a limited quantity &ndash; enough for the next few sessions &ndash; and every refill requires a check-in with your clinician.</p>
<h3>Can I use my local pharmacy instead?</h3>
<p>Most retail pharmacies do not compound ketamine tablets. If you have a compounding pharmacy near you that is licensed and willing, tell your clinician and we can discuss it. We will need to confirm that they can dispense a Schedule III controlled substance.</p>
<h3>How is the medication stored?</h3>
<p>Keep it in the lockbox we send with your welcome kit, away from children, guests and pets. You will be asked to count your remaining tablets on video at each check-in. Lost or stolen medication is not replaced early; please report any loss to us and, if stolen, to the police.</p>

<h2 id="sessions">Sessions at home</h2>
<h3>What does a session look like?</h3>
<p>Before each session you take your blood pressure and log it in the portal, and you and your monitor confirm that you have followed the fasting and alcohol rules. You then take your tablet as instructed, lie down in a quiet room with an eye mask and music, and let the experience unfold. Effects typically last 45 to 90 minutes. Your monitor stays in the home throughout and for at least two hours after dosing.</p>
<h3>Who can be my monitor?</h3>
<p>An adult you trust who is not using alcohol or drugs that day, who has read our monitor guide and completed our short online orientation. The monitor does not need medical training. They are there to keep you safe, to call for help if needed, and to make sure you do not drive.</p>
<h3>What about preparation and integration?</h3>
<p>Every treatment plan includes a preparation session before your first dose and integration sessions after. These are video meetings with one of our licensed therapists. They are not optional: research on ketamine suggests that the support around the sessions matters, and in our experience patients who skip integration get less out of treatment.</p>

<h2 id="safety">Safety &amp; monitoring</h2>
<h3>What side effects are common?</h3>
<p>Dissociation, dizziness, nausea, blurred vision, a temporary rise in blood pressure, and tiredness afterwards. Less commonly, anxiety during the session. Frequent, high-dose, long-term use of ketamine can cause bladder problems and dependence, which is one reason we keep doses low, quantities small and follow-up frequent.</p>
<h3>How do you check that treatment is working?</h3>
<p>You complete short standardised questionnaires (PHQ-9, GAD-7 and others) before and during treatment. Your clinician reviews them at every follow-up. If there is no meaningful improvement after six sessions, we will usually stop and discuss alternatives rather than keep going.</p>
<h3>What if I have a problem after hours?</h3>
<p>For urgent clinical concerns, the on-call clinician can be reached through the number in your welcome pack. For emergencies call 911. If you are having thoughts of suicide, call or text 988.</p>

<h2 id="cost">Cost</h2>
<h3>How much does it cost?</h3>
<p>The initial evaluation is $295. If treatment is recommended, the six-week programme is $1,150, which covers follow-up visits, preparation and integration therapy and portal access. Medication is billed separately by the pharmacy, usually between $90 and $160 per fill. Details are on our <a href="/pricing">pricing</a> page.</p>
<h3>Do you take insurance?</h3>
<p>We are out of network, but we provide a superbill for the evaluation and follow-ups that you can submit for possible reimbursement. HSA and FSA cards are accepted. We do not accept cryptocurrency or payment through any messaging app.</p>

<h2 id="stopping">Pausing or stopping</h2>
<h3>Can I stop whenever I want?</h3>
<p>Yes. Ketamine does not need to be tapered the way some antidepressants do. Let your clinician know, and they will arrange a closing visit and help you plan what comes next.</p>
<h3>Can Harborlight stop my treatment?</h3>
<p>Yes. We will pause or end ketamine treatment if it is not safe to continue, for example if blood pressure readings are consistently high, if a monitor is not present, if medication counts do not match, or if there are signs of misuse. We will always explain why and help you find ongoing care.</p>
</main>
<footer>
<p>Harborlight Health, P.C. &middot; Medical director: Miriam Okafor, MD, board-certified in psychiatry &middot; Services are provided only in states where our clinicians are licensed.</p>
<p><a href="/privacy">Notice of privacy practices</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

p("h10412", "https://tidewell-psychiatry.example/how-it-works", "telehealth", False, "en",
  "telehealth-how-it-works-video-eval-partner-pharmacy", "How It Works | Tidewell Psychiatry", """
<header>
<a class="brand" href="/">Tidewell <span>Psychiatry</span></a>
<nav><a href="/">Home</a> <a href="/how-it-works" class="current">How it works</a> <a href="/conditions">Conditions we treat</a> <a href="/ketamine">Ketamine therapy</a> <a href="/team">Team</a> <a href="/pricing">Pricing</a> <a href="/resources">Resources</a></nav>
<a class="btn" href="/book">Book an evaluation</a>
</header>
<main>
<section class="intro">
<h1>How Tidewell works</h1>
<p>Tidewell is a virtual psychiatric practice. That means you meet your clinician by video, from home, rather than in an office &ndash; but it does not mean the medicine is any less careful. This page walks through every stage, from the first click to the end of treatment, so you know what we will ask of you and what you can expect from us.</p>
</section>

<section>
<h2>1. A short online screen</h2>
<p>Everything begins with a ten-minute online screen. It asks where you live, what you are looking for help with, which treatments you have tried, and a handful of safety questions. The screen is not a diagnosis and it does not approve anyone for anything. Its only job is to catch situations where we would clearly not be the right service &ndash; for example, if you live in a state where none of our clinicians is licensed, if you are in crisis right now, or if you need a level of care we cannot provide remotely.</p>
<p>If the screen suggests we may be able to help, you will be invited to book a video evaluation. If not, you will see a page with other options and crisis numbers. Nobody is charged for the screen.</p>
</section>

<section>
<h2>2. Your psychiatric evaluation</h2>
<p>The evaluation is a 50 to 60 minute video appointment with one of our board-certified psychiatrists or psychiatric nurse practitioners. You will need a private space, a stable internet connection and a photo ID, which we check at the start of the call. Please also have a list of your current medications to hand.</p>
<p>Your clinician will ask a lot of questions. Some may feel personal. They will want to understand your symptoms and their history, your physical health, your sleep, your relationships and your work, your use of alcohol and other substances, and any past experiences with psychiatric medication. They will also ask about thoughts of self-harm, because every good assessment does.</p>
<p>At the end, your clinician will share their impressions and discuss options. These might include medication, therapy, lifestyle changes, a referral for in-person care, or &ndash; for some people with treatment-resistant depression &ndash; ketamine therapy. Ketamine is one option among several; it is not the default, and it is not a product you can select in advance.</p>
</section>

<section>
<h2>3. Before any ketamine prescription</h2>
<p>If ketamine is being considered, there are a few extra steps. We ask for a recent blood pressure reading, a list of all medications, and sometimes blood tests or records from your primary care doctor. You will identify an adult who will be present during your sessions at home, and that person will join a short video call with our team. We also review your state's prescription monitoring database, as required by law for controlled substances.</p>
<p>You and your clinician then agree a written treatment plan. It covers the dose, the number of sessions, how medication will be stored, what to do if something goes wrong, and the circumstances in which treatment would stop. You sign it in the patient portal.</p>
</section>

<section>
<h2>4. Prescription and pharmacy</h2>
<p>Once the plan is signed, your clinician sends an electronic prescription to one of our partner pharmacies. We work with two licensed compounding pharmacies that hold the required state and federal registrations. They prepare the tablets, check the prescription independently &ndash; a pharmacist can and occasionally does query a dose &ndash; and ship by tracked courier with adult signature on delivery.</p>
<p>Each fill covers a small number of sessions. Tidewell does not sell or ship medication itself, does not keep stock, and will never ask you to pay for medication through us. You pay the pharmacy directly.</p>
</section>

<section>
<h2>5. Sessions at home</h2>
<p>Your first session is scheduled with a clinician present on video for the dosing and the first part of the experience. Later sessions are usually done with your monitor present and a check-in call before and after. Before each session you log your blood pressure in the app. If it is above the threshold in your plan, you skip that session and message the care team.</p>
<p>Most treatment courses involve six to eight sessions over four to six weeks. Between sessions you will have integration appointments with a licensed therapist, either one-to-one or in a small group.</p>
</section>

<section>
<h2>6. Follow-up and measuring progress</h2>
<p>You will fill in short symptom questionnaires every week. Your clinician sees them before each follow-up, along with your blood pressure log and session notes. If treatment is helping, you and your clinician will discuss whether and how to continue, which might mean occasional maintenance sessions or tapering off. If it is not helping after a fair trial, we will say so honestly and talk about other routes.</p>
</section>

<section>
<h2>7. When we say no, or stop</h2>
<p>We would rather be clear about this up front. A proportion of the people we evaluate are not prescribed ketamine, and some people who start treatment stop early because of side effects, blood pressure, a change in circumstances or concerns about misuse. That is not a failure; it is what careful prescribing looks like. Whatever happens, we will help you move to the next step in your care, including a warm handoff to a local provider if you need one.</p>
</section>

<section class="notices">
<h2>What you will never see from Tidewell</h2>
<ul>
<li>We will never approve treatment through a questionnaire alone.</li>
<li>We will never ask you to pay in cryptocurrency, gift cards or through a messaging app.</li>
<li>We will never sell medication directly, ship outside the US, or offer "no prescription needed" products.</li>
<li>We will never contact you first on WhatsApp, Telegram or Instagram offering medication.</li>
</ul>
<p>If you see any of these in our name, please report it to us at the address on our contact page. Fraudulent sites have copied our logo in the past.</p>
</section>

<section>
<h2>Technology and privacy</h2>
<p>Visits take place on a HIPAA-compliant video platform inside our patient portal; you do not need to install anything other than the portal app or use a recent browser. Your records are stored in a certified electronic health record. We do not sell data, run advertising trackers in the portal, or share information with employers.</p>
</section>

<section class="cta">
<p>Ready to talk to someone? <a href="/book">Book an evaluation</a>, or read our <a href="/pricing">pricing</a> first.</p>
</section>
</main>
<aside>
<h4>Available in</h4>
<p>California, Colorado, Connecticut, Illinois, Massachusetts, New York, Oregon, Washington. More states coming in 2027.</p>
<h4>In crisis?</h4>
<p>Call or text 988, or call 911. Tidewell is not an emergency service.</p>
</aside>
<footer>
<p>Tidewell Psychiatry, PLLC &middot; Clinical lead: Jonah Whitfield, MD &middot; &copy; 2026</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p>
</footer>
""", noise="cookie")

p("h10413", "https://northstar-mindcare.example/pricing", "telehealth", False, "en",
  "telehealth-pricing-membership-long", "Pricing & Membership | Northstar Mindcare", """
<header>
<a class="logo" href="/">Northstar <b>Mindcare</b></a>
<nav><a href="/care">Our care</a> <a href="/ketamine-therapy">Ketamine therapy</a> <a href="/clinicians">Clinicians</a> <a href="/pricing" class="on">Pricing</a> <a href="/insurance">Insurance</a> <a href="/faq">FAQ</a> <a href="/login">Log in</a></nav>
</header>
<main>
<h1>Pricing &amp; membership</h1>
<p class="lede">We publish our prices because you should know what care will cost before you start. Below you will find the cost of every stage, what a membership includes, what is billed separately, and what happens if you are not eligible for ketamine therapy.</p>

<section>
<h2>The short version</h2>
<ul>
<li><strong>Psychiatric evaluation:</strong> $249, one time, 60 minutes by video with a psychiatrist or psychiatric NP.</li>
<li><strong>Ketamine therapy programme (if prescribed):</strong> $189 per month membership, minimum two months.</li>
<li><strong>Medication:</strong> paid directly to our partner pharmacy, usually $70&ndash;$140 per fill depending on dose.</li>
<li><strong>Medication management only (no ketamine):</strong> $119 per month.</li>
</ul>
</section>

<section>
<h2>Step one: the evaluation ($249)</h2>
<p>Every new patient starts with a full psychiatric evaluation. This is a real clinical appointment, not a sales call, and it is the same whether or not you end up receiving ketamine. Your clinician reviews your history, medications, physical health and goals, and recommends a plan. Roughly four in ten people we evaluate are recommended ketamine therapy; the others are offered medication management, therapy referrals, or a referral to in-person care such as an esketamine (Spravato) centre or TMS.</p>
<p>The evaluation fee is charged when you book. If you cancel more than 24 hours in advance it is refunded in full. If your clinician decides during the visit that you are not a candidate for any of our services, you still pay for the evaluation, but you receive a written summary and referral suggestions that you can share with other providers.</p>
</section>

<section>
<h2>Step two: the ketamine therapy membership ($189/month)</h2>
<p>If ketamine therapy is prescribed, you join the programme as a member. Membership covers everything except the medication itself:</p>
<ul>
<li>Follow-up visits with your prescribing clinician (typically every two weeks during the first two months, then monthly).</li>
<li>A pre-session check-in before each of your first three sessions, with a clinician on video during dosing for the first one.</li>
<li>Two integration sessions per month with a licensed therapist, plus unlimited access to our weekly integration groups.</li>
<li>A Bluetooth blood pressure monitor (yours to keep) and a lockable medication box, shipped in your welcome kit.</li>
<li>Secure messaging with your care team, answered within one business day.</li>
<li>Symptom tracking and session journaling in the app.</li>
</ul>
<p>There is a two-month minimum because that is how long a first course of treatment usually takes. After that, membership continues month to month and you can cancel at any time from your account. Many patients move to a lighter maintenance rhythm after the first course, and some stop altogether.</p>
</section>

<section>
<h2>Medication costs</h2>
<p>Northstar does not sell medication. When your clinician prescribes, the prescription goes electronically to a licensed partner pharmacy in your state (or a licensed mail-order pharmacy registered to ship into your state). The pharmacy confirms the prescription, prepares your tablets, takes payment directly from you and ships by signature-required courier. Typical prices for a fill of four to six sessions are between $70 and $140. The pharmacy will tell you the exact price before it charges you.</p>
<p>If you would prefer to use a different pharmacy, your clinician can send the prescription elsewhere, provided the pharmacy is licensed to compound and dispense ketamine in your state.</p>
</section>

<section>
<h2>Medication management only ($119/month)</h2>
<p>Not everyone needs or wants ketamine. Our medication management membership is for patients whose plan involves conventional medications such as antidepressants, mood stabilisers or sleep medication. It includes monthly follow-up visits, messaging, prescriptions sent to the pharmacy of your choice and coordination with your therapist if you have one.</p>
</section>

<section>
<h2>Insurance, HSA and superbills</h2>
<p>We are in network with a small number of commercial insurers for evaluations and medication management in some states; check the <a href="/insurance">insurance page</a> for the current list. Ketamine therapy memberships are not covered by insurance at this time, but we provide a detailed superbill each month that you can submit for out-of-network reimbursement. HSA and FSA cards are accepted for all fees.</p>
</section>

<section>
<h2>Payment</h2>
<p>We accept major credit and debit cards, HSA/FSA cards and ACH bank transfer. We do not accept cryptocurrency, gift cards, peer-to-peer apps or payment by messenger. If anyone asks you to pay "Northstar" by any of those methods, it is not us.</p>
<p>If cost is a barrier, ask about our sliding-scale places. A limited number of memberships each month are offered at a reduced rate based on household income. We also work with a medical financing provider that offers 6 and 12 month plans for the evaluation and the first two months of membership, subject to approval.</p>
</section>

<section>
<h2>What we never charge for</h2>
<p>There is no sign-up fee, no cancellation fee, and no charge for messages or for prescription renewals. We do not charge a "no-show" fee the first time you miss an appointment; after that, missed appointments without 24 hours' notice are charged at $50.</p>
</section>

<section class="faq">
<h2>Pricing questions</h2>
<h3>Why is the evaluation not free?</h3>
<p>Because it is an hour with a specialist, and because free evaluations create a pressure to prescribe. We want our clinicians to be free to say no.</p>
<h3>Is the medication included in the membership?</h3>
<p>No, and we think that is important. Keeping the pharmacy separate means an independent pharmacist checks every prescription, and it means we have no financial interest in how much medication you take.</p>
<h3>What if I move to another state?</h3>
<p>Tell us as soon as you know. If we have a clinician licensed in your new state, we will transfer your care. If not, we will help you find a local provider and end your membership without charge.</p>
<h3>Can I pause my membership?</h3>
<p>Yes, for up to two months at a time, for example during travel or recovery from surgery. Medication cannot be prescribed during a pause.</p>
<h3>Do you offer family or couples pricing?</h3>
<p>No. Each patient has their own evaluation, clinician and plan.</p>
</section>
</main>
<footer>
<p>Northstar Mindcare Medical Group &middot; Medical director: Priya Raman, MD &middot; Clinicians licensed in AZ, CO, FL, MN, NJ, NY, PA, TX, VA.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of use</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p>
</footer>
""", noise="cookie")

p("h10414", "https://quietharbor-care.example/pharmacy-partners", "telehealth", False, "en",
  "telehealth-pharmacy-partners-ship-prescribed", "Our Pharmacy Partners | Quiet Harbor Care", """
<header>
<a href="/" class="logo">Quiet Harbor Care</a>
<nav><a href="/treatment">Treatment</a> <a href="/process">Process</a> <a href="/pharmacy-partners" class="active">Pharmacy partners</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/help">Help</a> <a href="/portal">Portal</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/process">Process</a> &rsaquo; Pharmacy partners</p>
<h1>Our pharmacy partners and how your medication reaches you</h1>
<p>People often ask us how a telehealth service can get a controlled medication to someone's door safely and legally. It is a fair question, especially now that so many websites claim to do the same thing without any real care behind them. This page explains exactly who is involved, what each party checks, and what will happen when your medication is shipped.</p>

<h2>Why we don't dispense medication ourselves</h2>
<p>Quiet Harbor is a medical practice. Our clinicians evaluate, diagnose, prescribe and follow up. We deliberately do not own a pharmacy, hold stock, or earn anything from medication sales. We think this separation matters. A prescriber who also sells the drug has an incentive to prescribe more of it; a pharmacist who is independent of the prescriber is a second set of professional eyes on every prescription. That second check has, more than once, caught something our own team missed.</p>

<h2>Who our partners are</h2>
<p>We work with three licensed pharmacies. Each one holds a current pharmacy licence in its home state and non-resident licences in every state it ships to, a DEA registration that allows it to dispense Schedule III medications, and accreditation for sterile and non-sterile compounding. You can verify each pharmacy's licence on your state board of pharmacy's website; the licence numbers are listed below and on every label.</p>
<table>
<tr><th>Pharmacy</th><th>Home state</th><th>Ships to</th><th>Services</th></tr>
<tr><td>Bellmont Compounding Pharmacy</td><td>Ohio</td><td>OH, MI, IN, PA, KY</td><td>Sublingual tablets, troches</td></tr>
<tr><td>Cascadia Specialty Rx</td><td>Oregon</td><td>OR, WA, ID, NV, CA</td><td>Sublingual tablets</td></tr>
<tr><td>Harlow &amp; Finch Apothecary</td><td>North Carolina</td><td>NC, SC, VA, GA, TN</td><td>Sublingual tablets, troches</td></tr>
</table>
<p class="small">Licence numbers: see the <a href="/pharmacy-partners/licences">licence register</a>.</p>

<h2>What happens after your clinician prescribes</h2>
<ol>
<li><strong>Electronic prescription.</strong> Your clinician signs the prescription using two-factor authentication, as federal rules require for controlled substances. It is sent directly to the partner pharmacy that serves your state. We cannot send a prescription to a pharmacy that is not licensed for your state.</li>
<li><strong>Pharmacist review.</strong> A pharmacist checks the prescription against your state's prescription monitoring programme and against the information we share with them (diagnosis, allergies, other medications). If anything looks wrong &ndash; an interaction, an early refill, a dose outside the usual range &ndash; they contact your clinician before filling.</li>
<li><strong>Identity and address check.</strong> The pharmacy will call or text you from a number listed on this page to confirm your identity, delivery address and payment. The delivery address must be the home address on file with us, in the state where you are being treated.</li>
<li><strong>Compounding and labelling.</strong> The tablets are prepared, counted, labelled with your name, dose and instructions, and placed in a child-resistant container with a tamper-evident seal.</li>
<li><strong>Shipping.</strong> Medication ships by tracked overnight or two-day courier. An adult signature is required; the courier will not leave the package at the door, with a neighbour, or in a locker. Packages are plain on the outside for privacy, but the container inside carries a full pharmacy label, as the law requires.</li>
</ol>

<h2>Quantities and refills</h2>
<p>Each fill covers a limited number of sessions, typically four to six. A refill cannot be requested by you directly from the pharmacy; it must be authorised by your clinician after a follow-up visit, a review of your blood pressure log and symptom scores, and a count of any remaining tablets. Early refills are not given for lost or stolen medication.</p>
<p>If you do not use all of your medication, for example because you stop treatment, your care team will explain how to dispose of it safely, usually through a pharmacy take-back kiosk or a mail-back envelope that we provide.</p>

<h2>Paying for medication</h2>
<p>You pay the pharmacy directly, by card, HSA/FSA card or bank transfer. Prices vary by dose and pharmacy but are shown to you before you pay. Quiet Harbor never takes payment for medication, and neither we nor our partner pharmacies ever accept cryptocurrency, gift cards, or payment through messaging apps.</p>

<h2>Travelling with your medication</h2>
<p>Your medication is prescribed for use at home, with your monitor present. We do not recommend travelling with it. If you must, keep it in its original labelled container and carry a copy of your prescription. Taking it outside the country is not permitted under your treatment agreement, and we cannot ship to temporary addresses or hotels.</p>

<h2>How to recognise a fake "pharmacy"</h2>
<p>We are sometimes contacted by patients who have been approached by sites using names similar to ours or our partners'. A legitimate pharmacy will not sell ketamine without a prescription from a clinician who has evaluated you. It will not ship to any address you choose, offer "discreet packaging with no label", ask you to pay in crypto, or take orders on WhatsApp. If you see any of those things, please do not order, and let us know so we can report the site.</p>

<h2>Questions</h2>
<h3>Can I pick up my medication in person?</h3>
<p>If you live near one of our partner pharmacies, yes. Ask your care team to note "pickup" on your prescription, and bring photo ID.</p>
<h3>My package has not arrived. What should I do?</h3>
<p>Contact the pharmacy first, using the phone number on your confirmation text. They can track the parcel and will involve the courier. If a package is confirmed lost, the pharmacy and your clinician will decide together whether a replacement is appropriate.</p>
<h3>Can the pharmacy ship to my office?</h3>
<p>No. For controlled medications, we ship only to the residential address in your treatment plan.</p>
</main>
<aside class="sidebar">
<h4>Pharmacy phone numbers</h4>
<p>Bellmont: (614) 555-0107<br>Cascadia: (503) 555-0188<br>Harlow &amp; Finch: (919) 555-0143</p>
<p class="small">These are the only numbers our partners use to contact you.</p>
</aside>
<footer>
<p>Quiet Harbor Care, PC &middot; Clinical director: Thomas Bell, DNP, PMHNP-BC &middot; &copy; 2026</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10415", "https://evenkeel-health.example/policies/refills-shipping", "telehealth", False, "en",
  "telehealth-refill-shipping-policy", "Refill and Shipping Policy | Even Keel Health", """
<header>
<a class="logo" href="/">Even Keel Health</a>
<nav><a href="/services">Services</a> <a href="/ketamine">At-home ketamine therapy</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/policies">Policies</a> <a href="/support">Support</a> <a href="/signin">Sign in</a></nav>
</header>
<div class="layout">
<aside class="toc">
<h4>Policies</h4>
<ul><li><a href="/policies/treatment-agreement">Treatment agreement</a></li><li><a href="/policies/refills-shipping">Refills &amp; shipping</a></li><li><a href="/policies/cancellation">Cancellation</a></li><li><a href="/policies/controlled-substances">Controlled substances</a></li><li><a href="/policies/privacy">Privacy</a></li></ul>
</aside>
<main>
<h1>Refill and Shipping Policy</h1>
<p class="meta">Effective 1 September 2026 &middot; Applies to all patients receiving ketamine therapy through Even Keel Health</p>
<p>This policy forms part of your treatment agreement. It explains how prescriptions for ketamine are renewed, how medication is shipped, and what happens when something goes wrong. Ketamine is a federally controlled substance, and these rules exist both because the law requires them and because they keep patients safe. Please read the whole policy; your clinician will go through the key points with you at your treatment-planning visit.</p>

<h2>1. Definitions</h2>
<p>"Clinician" means the Even Keel psychiatrist or psychiatric nurse practitioner responsible for your ketamine prescription. "Partner pharmacy" means a pharmacy licensed in your state of residence, registered with the DEA, with which Even Keel has a dispensing agreement. "Fill" means a single dispensing of medication by the partner pharmacy. "Session" means a scheduled dosing session as set out in your treatment plan.</p>

<h2>2. Initial prescription</h2>
<p>2.1 No prescription is issued until you have completed a video evaluation with a clinician, a safety screening, a review of your state prescription monitoring programme record, and have signed the treatment agreement.</p>
<p>2.2 Your first fill contains medication for no more than your first four sessions.</p>
<p>2.3 Your first session takes place with a clinician present by video.</p>

<h2>3. Refills</h2>
<p>3.1 Refills are never automatic. Each refill requires a follow-up visit with your clinician within the previous 14 days, a complete blood pressure log for the sessions since your last fill, completed symptom questionnaires, and a video count of any tablets remaining.</p>
<p>3.2 You can request a refill through the patient portal no earlier than five days before your next scheduled session. Requests made earlier are held until that date.</p>
<p>3.3 Your clinician may reduce the quantity, change the dose, delay a refill or decline to refill. Reasons include, but are not limited to: blood pressure readings above your agreed threshold, missed sessions or visits, a monitor not being present, tablet counts that do not match your log, new medications or health conditions, or any concern about misuse or diversion.</p>
<p>3.4 No single fill will exceed the medication needed for six sessions.</p>
<p>3.5 Lost, stolen or damaged medication will not be replaced before the next scheduled refill date. Stolen medication must be reported to the police and the report number shared with your care team.</p>

<h2>4. Shipping</h2>
<p>4.1 Medication is shipped only by the partner pharmacy, never by Even Keel Health. We do not hold or handle medication at any time.</p>
<p>4.2 Medication is shipped only to the home address in your treatment agreement, which must be in a state where your clinician is licensed. We do not ship to PO boxes, parcel lockers, hotels, offices, or addresses outside the United States.</p>
<p>4.3 Shipments travel by tracked courier with adult signature required. The person signing must be you or the monitor named in your treatment plan.</p>
<p>4.4 Packaging is plain on the outside. Inside, your medication is in a sealed, child-resistant, fully labelled pharmacy container. The label shows your name, the medication, the dose, the prescriber and the pharmacy.</p>
<p>4.5 Typical delivery time is one to three business days after the pharmacy fills your prescription. The pharmacy will text you a tracking link from its registered number.</p>
<p>4.6 If you will not be home to sign, you can ask the courier to hold the package at a staffed depot for collection with photo ID. Please do not ask anyone else to sign.</p>

<h2>5. Changes of address</h2>
<p>5.1 Tell us at least ten days before you move. We will update your treatment agreement after confirming the new address is in a state where your clinician is licensed.</p>
<p>5.2 If you move to a state where we cannot treat you, we will not ship medication there. We will arrange a closing visit and help you find local care.</p>

<h2>6. Payment for medication</h2>
<p>6.1 The partner pharmacy charges you directly for each fill. Even Keel memberships do not include medication.</p>
<p>6.2 The pharmacy accepts cards, HSA/FSA cards and bank transfer. Neither Even Keel nor its partner pharmacies accept cryptocurrency, gift cards, money transfer services or payment through messaging apps.</p>

<h2>7. Storage and disposal</h2>
<p>7.1 Keep medication in the lockable box supplied in your welcome kit, in its original container, away from children and visitors.</p>
<p>7.2 Do not give or sell your medication to anyone. Doing so ends your treatment immediately and may be a criminal offence.</p>
<p>7.3 If treatment ends with tablets left over, dispose of them using the prepaid mail-back envelope we send you, or a pharmacy take-back kiosk, and confirm disposal in the portal.</p>

<h2>8. Travel</h2>
<p>8.1 Sessions must take place at the home address in your treatment plan unless your clinician has agreed another location in writing.</p>
<p>8.2 Do not take medication out of the country. Refills will not be shipped to travel addresses.</p>

<h2>9. Problems with a delivery</h2>
<p>9.1 If tracking shows no movement for two business days, contact the pharmacy first. If the package is confirmed lost by the carrier, your clinician and the pharmacy will decide together whether and when a replacement can be dispensed.</p>
<p>9.2 If a package arrives damaged or the seal is broken, do not take the medication. Photograph the package and contact the pharmacy the same day.</p>

<h2>10. Impersonation and fraud</h2>
<p>Sites and social accounts occasionally use names similar to ours to sell ketamine without a prescription. Even Keel Health and its partner pharmacies will never contact you first to offer medication, will never offer larger quantities for a discount, and will never ship without a current prescription from your clinician. If you receive such an offer, do not respond; forward it to us so we can report it.</p>

<h2>11. Questions</h2>
<p>Questions about this policy can be sent to your care team through the portal, or raised at your next visit.</p>
</main>
</div>
<footer>
<p>Even Keel Health, Professional Corporation &middot; Chief medical officer: Daniel Mbeki, MD, MPH &middot; &copy; 2026</p>
<p><a href="/policies/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10416", "https://brightwater-telepsych.example/blog/spotting-fake-ketamine-sellers", "telehealth", False, "en",
  "telehealth-blog-how-to-spot-fake-sellers", 'Seven signs a "ketamine clinic" website is not a clinic | Brightwater Telepsychiatry Blog', """
<header>
<a class="logo" href="/">Brightwater <small>Telepsychiatry</small></a>
<nav><a href="/services">Services</a> <a href="/ketamine-program">Ketamine program</a> <a href="/team">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/blog" class="on">Blog</a> <a href="/start">Get started</a></nav>
</header>
<main class="post">
<p class="crumbs"><a href="/blog">Blog</a> &rsaquo; Patient safety</p>
<h1>Seven signs a "ketamine clinic" website is not a clinic</h1>
<p class="byline">By Renata Solis, PMHNP-BC, and Alex Huang, PharmD &middot; 14 November 2026 &middot; 9 min read</p>

<p>Last month a new patient told us, at the end of her evaluation, that she had nearly ordered from another site the week before. It had a soothing colour scheme, a photo of a woman in a white coat, testimonials, a pricing table and an FAQ. It described "integration" and "intentions" in almost exactly the words we use. What stopped her was a line near the bottom of the checkout page: <em>Pay with USDT and save 15%.</em></p>
<p>She was right to stop. Since at-home ketamine therapy became widely discussed, a whole category of websites has appeared that borrow the look and language of legitimate practices but sell ketamine to anyone who fills in a form. Some never ship anything. Others ship products of unknown origin and strength. None of them provide the medical care that makes ketamine treatment reasonable in the first place.</p>
<p>We are a telepsychiatry practice that prescribes ketamine to some patients, so we have an obvious interest here. But we also see the consequences: people who arrive after months of unsupervised use, people who lost money, and people who were frightened by a bad experience alone at home. This post collects the warning signs we and our pharmacist colleague see most often.</p>

<h2>1. You are "approved" without talking to anyone</h2>
<p>This is the most important sign, and it is often buried in the middle of a long, reassuring page. Phrases to look for: "instant eligibility decision", "approved in minutes", "no video call needed", "our system reviews your answers", "95% of applicants approved". A questionnaire can be a useful first screen, but it cannot replace an evaluation by a licensed clinician who can ask follow-up questions, notice what you are not saying, and decide that ketamine is not for you.</p>
<p>At Brightwater, every patient has a live video evaluation with a psychiatrist or psychiatric nurse practitioner, and a substantial share of them are not prescribed ketamine at all.</p>

<h2>2. Nobody is named</h2>
<p>Legitimate practices tell you who will treat you. You should be able to see clinicians' names, credentials and the states where they are licensed, and verify those licences on the state board's website. Sellers tend to refer to "our network of healthcare professionals", "independent providers" or "wellness coaches" without ever naming a prescriber.</p>

<h2>3. They sell you the drug, in packages</h2>
<p>Notice what is being priced. A clinic or telehealth practice charges for clinical services &ndash; evaluations, visits, memberships. Medication is usually dispensed by a separate pharmacy and priced by that pharmacy. When a site sells "Explorer", "Journey" and "Transformation" bundles defined by the number of troches or sprays, with bigger discounts for bigger quantities, it is a shop, whatever the branding says.</p>

<h2>4. Payment by crypto, gift card or messenger</h2>
<p>Licensed practices and pharmacies take cards, insurance, HSA/FSA and bank transfers. They do not offer discounts for paying in Bitcoin or USDT, do not ask for Zelle or Cash App to a personal name, and do not send payment details over WhatsApp or Telegram. A crypto discount is a strong signal that the seller wants payments that cannot be reversed or traced.</p>

<h2>5. "Discreet" shipping to anywhere</h2>
<p>Pharmacies do ship in plain outer packaging for privacy; that part alone is normal. What is not normal: shipping to any address you like, including PO boxes or "a friend's place"; shipping internationally; promises to "reship if seized by customs"; removing the pharmacy label; or ordering extra "for a partner". A legitimate prescription is for one person, at one address, in a state where the prescriber is licensed, and the container carries a full label.</p>
<p>Our pharmacist co-author puts it simply: "If a seller is planning for customs seizures, they know what they are doing is not legal."</p>

<h2>6. Vials, powder or injectable kits for home use</h2>
<p>At-home ketamine programmes run by legitimate practices almost always use low-dose sublingual tablets or troches, in small quantities, with monitoring. Sites that mail out vials of injectable ketamine, syringes, "nasal atomisers" for injectable solution, or crystal are selling product for recreational or unsupervised use, full stop.</p>

<h2>7. No rules, no follow-up, unlimited refills</h2>
<p>Real treatment comes with friction. You should expect blood pressure checks, a monitor at home, symptom questionnaires, limits on quantity, refills tied to follow-up visits and the possibility that your clinician will pause or stop treatment. Sellers advertise the absence of all of this as a benefit: "returning clients skip the intake", "reorder any time", "no limit on top-ups".</p>

<h2>What to do if you already ordered</h2>
<p>First, do not take anything you are unsure about, especially alone. If you have used ketamine from an unregulated source and feel unwell, seek medical help; if you have chest pain, severe headache, confusion or difficulty breathing, call 911. If you are struggling with your mood, call or text 988.</p>
<p>Second, consider reporting the site. In the US you can report online sellers of controlled substances to the FDA's BeSafeRx programme and to the DEA's diversion tip line, and fraud to the FTC. If you paid by card, contact your bank; crypto payments are usually unrecoverable, which is exactly why these sites prefer them.</p>
<p>Third, if you were looking for help with depression, please don't let a bad experience put you off care altogether. There are many routes, including in-person esketamine centres, IV ketamine clinics, TMS, therapy and medication changes, and a proper evaluation is the best way to find the right one.</p>

<h2>How Brightwater works, briefly</h2>
<p>For readers who want the comparison: our process starts with a 60-minute video evaluation with a named, licensed clinician. If ketamine is recommended, we confirm a monitor, review your records and the state prescription database, and send an e-prescription to a licensed partner pharmacy, which ships a small quantity with signature on delivery. Your first session has a clinician on video. Refills require a follow-up. We take cards and HSA; we do not take crypto, and we never contact people first on messaging apps. Our full process is on the <a href="/ketamine-program">ketamine program page</a>.</p>
<div class="author-box"><p><strong>Renata Solis, PMHNP-BC</strong>, is a psychiatric nurse practitioner at Brightwater licensed in Colorado, New Mexico and Arizona. <strong>Alex Huang, PharmD</strong>, is a consultant pharmacist who advises telehealth practices on controlled-substance compliance.</p></div>
</main>
<aside>
<h4>Related posts</h4>
<ul><li><a href="/blog/what-a-ketamine-evaluation-covers">What a ketamine evaluation actually covers</a></li><li><a href="/blog/why-we-need-a-monitor">Why we ask for a monitor at home</a></li><li><a href="/blog/ketamine-vs-esketamine">Ketamine vs. esketamine: a plain-language guide</a></li></ul>
</aside>
<footer>
<p>Brightwater Telepsychiatry, LLC &middot; This blog is for general education and is not medical advice. &copy; 2026</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10417", "https://meridian-virtualpsych.example/treatments/esketamine-referral", "telehealth", False, "en",
  "virtual-psychiatry-evaluates-refers-spravato-partner", "Esketamine (Spravato) Referral Pathway | Meridian Virtual Psychiatry", """
<header>
<a class="logo" href="/">Meridian <span>Virtual Psychiatry</span></a>
<nav><a href="/about">About</a> <a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/clinicians">Clinicians</a> <a href="/insurance">Insurance</a> <a href="/patients">For patients</a> <a href="/referrers">For referring doctors</a></nav>
<a class="btn" href="/appointments">Request appointment</a>
</header>
<main>
<p class="crumbs"><a href="/treatments">Treatments</a> &rsaquo; Esketamine referral pathway</p>
<h1>Esketamine (Spravato&reg;) for treatment-resistant depression: our referral pathway</h1>
<p class="lede">Meridian is a virtual psychiatry practice. We do not administer esketamine ourselves &ndash; it cannot be given at home &ndash; but we evaluate patients who may benefit from it, coordinate the insurance paperwork, refer them to certified treatment centres near where they live, and continue to manage the rest of their psychiatric care by video. This page explains how that works.</p>

<h2>What esketamine is, and why it is given in a clinic</h2>
<p>Esketamine is a nasal spray approved by the FDA in 2019 for adults with treatment-resistant depression, used together with an oral antidepressant, and later also for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. It is a close relative of ketamine. Because it can cause sedation, dissociation and rises in blood pressure, and because it has potential for misuse, it is only available through a restricted distribution programme known as a REMS. Under the REMS, esketamine is dispensed only to certified healthcare settings, the patient self-administers the spray under direct observation of a healthcare provider, and the patient is monitored on site for at least two hours afterwards. Patients never take the spray home.</p>
<p>That is why no legitimate telehealth service, including ours, can send you esketamine in the post. If you ever see a website offering Spravato or "esketamine nasal spray" for delivery, it is not a legitimate source.</p>

<h2>Who we see for this pathway</h2>
<p>Most people referred to this pathway have major depression that has not responded adequately to at least two antidepressants, given at an adequate dose for an adequate length of time. Many have also tried psychotherapy and augmentation strategies. Some come to us directly; many are referred by their primary care physician or therapist, who may not have the time or the specialist access to manage the next steps.</p>

<h2>Step 1: Virtual psychiatric evaluation</h2>
<p>Your first appointment is a 75-minute video evaluation with one of our board-certified psychiatrists. We review your full treatment history in detail &ndash; which medications, what doses, for how long, with what effect and what side effects &ndash; because insurers require this documentation, and because it matters clinically. We also screen for conditions that make esketamine unsuitable or require extra caution: aneurysmal vascular disease, a history of intracerebral haemorrhage, uncontrolled hypertension, recent cardiovascular events, psychosis, substance use disorders and pregnancy.</p>
<p>Sometimes the evaluation points somewhere else. It is not unusual for us to find that a previous antidepressant trial was too short or too low in dose, that an untreated sleep disorder or thyroid problem is contributing, or that a different diagnosis fits better. In those cases we will recommend what we think is the best next step, which may be a medication change we can manage ourselves, a referral for TMS, or further tests.</p>

<h2>Step 2: Documentation and prior authorisation</h2>
<p>If esketamine is a reasonable option, we prepare a referral package. It includes the evaluation, a medication history table, standardised depression scores and a summary letter. Our care coordinators handle the prior authorisation with your insurer where the treatment centre does not, and they keep you informed. Approval times vary from a few days to several weeks.</p>

<h2>Step 3: Choosing a treatment centre</h2>
<p>We maintain relationships with certified esketamine treatment centres in each of the states where we practise. When choosing one, we consider how far you would have to travel (you will need someone to drive you home after each session, since you cannot drive until the next day after a good night's sleep), the centre's appointment availability, your insurance network, and any preferences you have about the setting. You are free to choose a different certified centre; we will send the referral wherever you like.</p>
<p>Our current partner centres include Lakeview Behavioral Health in Evanston, the Interventional Psychiatry Suite at Saint Columba Hospital in Milwaukee, Prairie Mind Center in Des Moines and Cedar Ridge Psychiatry in Minneapolis. A full list by state is available to patients in the portal.</p>

<h2>Step 4: Treatment at the centre</h2>
<p>The treatment centre takes over the esketamine part of your care. In the typical induction phase, patients attend twice a week for four weeks. At each visit, staff check your blood pressure, you use the nasal spray devices under supervision, and you rest in a monitored room for at least two hours. After induction, sessions usually continue weekly and then weekly or every two weeks, depending on response. The centre's clinicians decide dosing and frequency.</p>

<h2>Step 5: Shared care with Meridian</h2>
<p>We remain your psychiatrist for everything else. Esketamine is used with an oral antidepressant, and we manage that medication, along with any others, through regular video follow-ups. We exchange notes with the treatment centre after each phase, review your depression scores, and discuss with you and the centre whether treatment is helping enough to continue. If you stop esketamine, we plan what comes next.</p>

<h2>What about ketamine?</h2>
<p>Some patients ask about IV ketamine infusions or at-home oral ketamine instead. We discuss these options honestly during the evaluation. We can refer to reputable IV ketamine clinics, which typically are not covered by insurance. Meridian does not itself prescribe ketamine for home use.</p>

<h2>Costs and insurance</h2>
<p>Meridian is in network with most major commercial plans and Medicare in the states where we practise. The evaluation and follow-ups are billed to your insurance like any specialist visit. Esketamine treatment is billed by the treatment centre; many insurers cover it after prior authorisation, though copays and coinsurance vary. The manufacturer operates a savings programme for eligible commercially insured patients, and our coordinators can explain it.</p>

<h2>Frequently asked questions</h2>
<h3>Can Meridian prescribe esketamine for me to collect at a pharmacy?</h3>
<p>No. Esketamine is not dispensed to patients; it is supplied to certified treatment centres and used on site.</p>
<h3>How long does it take from evaluation to first treatment?</h3>
<p>Typically three to six weeks, mostly depending on insurance approval and the centre's availability.</p>
<h3>Do I need to stop my current antidepressant?</h3>
<p>Usually not. Esketamine is given alongside an oral antidepressant. Your psychiatrist may adjust your medication, but do not change anything on your own.</p>
<h3>What if I live far from any certified centre?</h3>
<p>Tell us. We will look at all certified centres within reasonable travel distance, and if esketamine is not practical, discuss alternatives.</p>
</main>
<aside>
<h4>For referring clinicians</h4>
<p>Send referrals by secure fax or through our referral portal. Include the patient's medication history if available. We aim to offer an evaluation within 10 business days.</p>
</aside>
<footer>
<p>Meridian Virtual Psychiatry, PA &middot; Licensed in IL, IA, MN, WI &middot; Medical director: Hannah Kowalczyk, MD, DFAPA</p>
<p>Spravato&reg; is a registered trademark of its manufacturer. Meridian is not affiliated with the manufacturer. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10418", "https://solace-telehealth.example/our-commitments", "telehealth", False, "en",
  "telehealth-what-we-never-do-commitments", "Our Commitments: What Solace Will and Will Never Do | Solace Telehealth", """
<div class="alert-banner">Security notice: accounts impersonating Solace on Telegram and Instagram are offering ketamine for sale. They are not us. <a href="/notices/impersonation">Read more</a></div>
<header>
<a class="logo" href="/">Solace <small>Telehealth</small></a>
<nav><a href="/">Home</a> <a href="/our-approach">Our approach</a> <a href="/ketamine-care">Ketamine care</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/our-commitments" class="on">Our commitments</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Our commitments</h1>
<p class="lede">Every week we hear from people who have been confused, or worse, by websites offering ketamine "from home" with no real care behind them. Some of those sites use our name. So we decided to write down, in one place, exactly what Solace does, and exactly what we will never do. If you ever encounter something in our name that contradicts this page, it is not from us.</p>

<h2>What we do</h2>
<h3>We evaluate every patient, by video, before anything is prescribed</h3>
<p>Every Solace patient has a live video evaluation with a licensed psychiatric clinician. You will see their name and credentials before the appointment, and you can look up their licence. The evaluation lasts about an hour and covers your mental and physical health history, medications, substance use, risks and goals. We do not approve anyone on the basis of a form, and we do not use automated eligibility decisions for any medication.</p>
<h3>We prescribe only when it is appropriate</h3>
<p>Ketamine is a useful treatment for some people with treatment-resistant depression, and a poor or dangerous choice for others. Our clinicians prescribe it only when the benefits are likely to outweigh the risks, and only as part of a structured plan with preparation, monitoring and integration. A meaningful share of the people we evaluate receive a different recommendation.</p>
<h3>We use licensed pharmacies</h3>
<p>Prescriptions are sent electronically to licensed partner pharmacies registered to dispense controlled substances in your state. The pharmacy checks each prescription independently, charges you directly, and ships a limited quantity by tracked courier with adult signature, to your home address only.</p>
<h3>We monitor</h3>
<p>Patients record blood pressure before each session, complete symptom questionnaires, and have a trusted adult present during sessions. Your first session is supervised by a clinician on video. Refills require a follow-up visit.</p>
<h3>We tell you what it costs</h3>
<p>Our prices are published on our pricing page: the evaluation, the monthly programme and what the pharmacy typically charges for medication. We accept cards, HSA/FSA, and bank transfer, and provide superbills for insurance reimbursement.</p>
<h3>We stop when it is not working or not safe</h3>
<p>If ketamine is not helping after a fair trial, or if there are signs it is causing harm, we stop and help you find another path. We do not keep prescribing to keep a membership going.</p>

<h2>What we will never do</h2>
<ul class="never">
<li><strong>Never</strong> prescribe ketamine without a live evaluation by a licensed clinician.</li>
<li><strong>Never</strong> sell ketamine or any other medication directly. We are not a pharmacy and do not hold stock.</li>
<li><strong>Never</strong> ship medication ourselves, and never ship to an address other than your home in a state where your clinician is licensed. No PO boxes, no friends' addresses, no international shipping.</li>
<li><strong>Never</strong> offer injectable ketamine, vials, powder or nasal sprays for home use.</li>
<li><strong>Never</strong> accept cryptocurrency, gift cards, Zelle, Cash App or any payment through a messaging app.</li>
<li><strong>Never</strong> contact you first on WhatsApp, Telegram, Instagram, TikTok or by text to offer medication or discounts.</li>
<li><strong>Never</strong> offer bulk discounts, "buy more save more" bundles, or unlimited refills.</li>
<li><strong>Never</strong> promise that treatment will work, or that it is risk-free.</li>
<li><strong>Never</strong> ask you to hide your treatment from your other doctors. With your consent, we coordinate with them.</li>
<li><strong>Never</strong> sell or share your data for advertising.</li>
</ul>

<h2>About the impersonation accounts</h2>
<p>Since the summer, we have identified several social media accounts and at least two websites that use the Solace name, logo or photos of our clinicians to sell ketamine. They typically ask people to message them on Telegram, promise delivery "in discreet packaging" anywhere, and ask for payment in USDT or Bitcoin. One of them quoted a price list of "troches" and "vials" with our logo at the top.</p>
<p>We have reported these accounts to the platforms, to the relevant state boards and to federal authorities. Some have been removed; new ones keep appearing. If you have been contacted by one of them, please do not send money or personal information. You can forward screenshots to our security team through the contact page. If you have already paid, contact your bank and consider filing a report with the FTC and your state attorney general.</p>

<h2>How to check that you are dealing with Solace</h2>
<p>Our only website is the one you are on now. Our patient communications come through the patient portal and from the phone number listed on our contact page. Appointment reminders come by email and text from our scheduling system and never include payment links for medication. If in doubt, log in to the portal directly rather than following a link.</p>

<h2>Questions about these commitments</h2>
<h3>Why don't you accept crypto? Some people prefer privacy.</h3>
<p>We understand the wish for privacy, and we protect it in other ways: our records are confidential and protected by law, and we do not share data with employers or advertisers. But payments for healthcare need to be traceable and refundable, and crypto payments for controlled medications are a hallmark of illegal sellers. We don't want to look like them, and we don't want to make it harder for patients to tell the difference.</p>
<h3>Why can't you ship to my office?</h3>
<p>Controlled medication is safest at home, in a locked box, with your monitor nearby. Shipping to workplaces and third-party addresses increases the risk of loss and diversion, and is not allowed by our partner pharmacies.</p>
<h3>A friend wants to share my prescription. Is that OK?</h3>
<p>No. Sharing prescribed ketamine is illegal and unsafe, and it will end your treatment. Your friend is welcome to book their own evaluation.</p>
</main>
<footer>
<p>Solace Telehealth Medical Group &middot; Medical director: Eleanor Vasquez-Tran, MD &middot; Clinicians licensed in CA, NV, AZ, UT, WA, OR</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notices/impersonation">Impersonation notice</a></p>
</footer>
""", noise="cookie")

p("h10419", "https://mentevital-telepsiquiatria.example/esketamina", "telehealth", False, "es",
  "telepsiquiatria-es-evaluacion-video-derivacion-esketamina", "Esketamina: evaluación online y derivación | MenteVital Telepsiquiatría", """
<header>
<a class="logo" href="/">MenteVital <small>Telepsiquiatría</small></a>
<nav><a href="/">Inicio</a> <a href="/como-funciona">Cómo funciona</a> <a href="/especialistas">Especialistas</a> <a href="/tratamientos">Tratamientos</a> <a href="/esketamina" class="activo">Esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/preguntas">Preguntas</a> <a href="/area-paciente">Área del paciente</a></nav>
</header>
<main>
<p class="migas"><a href="/tratamientos">Tratamientos</a> &rsaquo; Esketamina</p>
<h1>Esketamina para la depresión resistente: cómo te acompañamos desde la consulta online</h1>
<p class="entradilla">En MenteVital atendemos por videoconsulta a personas de toda España. Muchas nos escriben porque han leído sobre la esketamina y quieren saber si podría ayudarles. En esta página te explicamos qué es, quién puede beneficiarse, por qué no se puede administrar en casa y cómo es el camino desde tu primera cita con nosotros hasta el tratamiento en un centro autorizado.</p>

<h2>Qué es la esketamina</h2>
<p>La esketamina es un fármaco en forma de espray nasal, autorizado en la Unión Europea desde 2019 para adultos con depresión mayor resistente al tratamiento, es decir, que no han respondido al menos a dos antidepresivos distintos en el episodio actual. Se usa siempre junto con un antidepresivo oral. También está autorizada, a corto plazo, como tratamiento de urgencia en algunas situaciones de depresión con riesgo suicida, dentro del hospital.</p>
<p>Está emparentada con la ketamina, un anestésico que se usa desde hace décadas. Su forma de actuar es distinta a la de los antidepresivos clásicos, y en algunas personas la mejoría aparece en días en lugar de semanas.</p>

<h2>Por qué nunca se administra en casa</h2>
<p>Después de cada aplicación pueden aparecer mareo, sensación de desconexión o disociación, somnolencia y subidas de la tensión arterial. Por eso, en España la esketamina es un medicamento de uso hospitalario: se dispensa al centro sanitario, no al paciente, y la persona se la administra allí mismo bajo la supervisión de profesionales, que la vigilan durante al menos dos horas. Nadie se lleva el espray a casa.</p>
<p>Esto significa que ninguna consulta online legítima &ndash; tampoco la nuestra &ndash; puede enviarte esketamina ni ketamina por correo. Si ves una web o un perfil en redes sociales que ofrece "esketamina a domicilio", frascos de ketamina o pastillas "sin receta" con envío discreto, no es un servicio sanitario y no debes comprar.</p>

<h2>Cómo es el proceso con MenteVital</h2>
<h3>1. Primera videoconsulta con psiquiatra (60 minutos)</h3>
<p>Todas las personas empiezan con una evaluación completa por videoconsulta con uno de nuestros psiquiatras colegiados. Revisamos contigo tu historia: cuándo empezó la depresión, qué tratamientos has probado, a qué dosis y durante cuánto tiempo, qué efectos secundarios tuviste, tu salud física, los medicamentos que tomas y el consumo de alcohol u otras sustancias. También valoramos el riesgo de suicidio, como en toda evaluación psiquiátrica bien hecha.</p>
<p>Te pediremos que tengas a mano los informes que tengas de tu médico de familia, de salud mental o de otros especialistas. Si no los tienes, te ayudaremos a solicitarlos.</p>
<h3>2. Valoración de la indicación</h3>
<p>Con esa información, tu psiquiatra valorará si realmente se trata de una depresión resistente y si la esketamina es una opción razonable para ti. A veces la respuesta es que todavía hay pasos más sencillos que probar: ajustar la dosis de un antidepresivo, cambiar de fármaco, combinar con psicoterapia o estudiar un problema de tiroides o de sueño que no se había detectado. Otras veces hay motivos que desaconsejan la esketamina, como una hipertensión mal controlada, antecedentes de aneurisma o de hemorragia cerebral, un trastorno por consumo de sustancias activo o un embarazo.</p>
<h3>3. Informe de derivación</h3>
<p>Si la esketamina está indicada, preparamos un informe clínico detallado con el historial de tratamientos y las escalas de gravedad. Ese informe se envía, con tu consentimiento, al centro que elijas: tu unidad de salud mental de referencia en la sanidad pública, o uno de los hospitales y clínicas privadas con los que colaboramos en Madrid, Barcelona, Valencia, Sevilla y Bilbao.</p>
<h3>4. Tratamiento en el centro</h3>
<p>El centro hace su propia valoración y, si confirma la indicación, organiza las sesiones. En la fase inicial suelen ser dos por semana durante cuatro semanas; después, una por semana o cada dos semanas. En cada sesión te toman la tensión, te administras el espray bajo supervisión y descansas en una sala vigilada. Necesitarás que alguien te lleve a casa, porque no se puede conducir el mismo día.</p>
<h3>5. Seguimiento compartido</h3>
<p>Mientras recibes esketamina en el centro, nosotros seguimos siendo tu psiquiatra para todo lo demás: el antidepresivo oral, otros medicamentos, la psicoterapia y las revisiones. Intercambiamos información con el centro en cada fase y valoramos juntos si el tratamiento está funcionando.</p>

<h2>Quiénes somos</h2>
<p>MenteVital es una consulta de psiquiatría y psicología online inscrita en el registro de centros sanitarios de la Comunidad de Madrid. Nuestro equipo está formado por ocho psiquiatras y doce psicólogos sanitarios, todos colegiados; en la página de <a href="/especialistas">especialistas</a> puedes ver sus nombres, su número de colegiado y su formación. La dirección médica corre a cargo de la Dra. Lucía Ferrer Alcaraz, psiquiatra con quince años de experiencia en unidades de depresión resistente.</p>

<h2>Tarifas</h2>
<p>La primera videoconsulta con psiquiatra cuesta 120 &euro; y las revisiones, 80 &euro;. La elaboración del informe de derivación está incluida. El coste del tratamiento con esketamina depende del centro: en la sanidad pública está financiado cuando se cumplen los criterios; en los centros privados, el precio lo fija cada centro y muchas aseguradoras lo cubren total o parcialmente. Aceptamos pago con tarjeta y transferencia. No aceptamos criptomonedas ni pagos por WhatsApp o Bizum a particulares.</p>

<h2>Lo que nunca hacemos</h2>
<ul>
<li>No recetamos ketamina ni esketamina para uso en casa.</li>
<li>No vendemos ni enviamos medicamentos.</li>
<li>No hacemos evaluaciones solo con un cuestionario: siempre hay una consulta con un psiquiatra.</li>
<li>No te contactaremos por WhatsApp, Telegram o Instagram para ofrecerte tratamientos.</li>
</ul>

<h2>Preguntas frecuentes</h2>
<h3>¿Puedo pedir directamente que me deriven a esketamina?</h3>
<p>Puedes decirnos que te interesa, y lo valoraremos con seriedad. Pero la decisión se toma después de la evaluación; no podemos garantizar la derivación de antemano.</p>
<h3>¿Cuánto tiempo pasa desde la primera consulta hasta la primera sesión?</h3>
<p>Depende del centro. En los privados suele ser de dos a cinco semanas; en la sanidad pública puede ser más.</p>
<h3>¿Y si vivo en una isla o lejos de una gran ciudad?</h3>
<p>Buscaremos contigo el centro autorizado más cercano. Si el desplazamiento no es viable, hablaremos de otras alternativas.</p>
<h3>¿Atendéis fuera de España?</h3>
<p>Solo atendemos a personas residentes en España, porque la derivación y el seguimiento se hacen con centros españoles.</p>
</main>
<footer>
<p>MenteVital Salud Mental S.L. &middot; Centro sanitario autorizado &middot; Dirección médica: Dra. Lucía Ferrer Alcaraz</p>
<p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h10420", "https://psychonline-praxis.example/faq-esketamin", "telehealth", False, "de",
  "online-psychiatrie-de-faq-esketamin-ueberweisung", "Häufige Fragen zu Esketamin | PsychOnline Praxis für Psychiatrie", """
<header>
<a class="logo" href="/">PsychOnline <span>Praxis für Psychiatrie und Psychotherapie</span></a>
<nav><a href="/">Start</a> <a href="/ablauf">Ablauf</a> <a href="/team">Ärztinnen und Ärzte</a> <a href="/leistungen">Leistungen</a> <a href="/faq-esketamin" class="aktiv">Esketamin</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav>
<a class="termin" href="/termin">Videotermin buchen</a>
</header>
<main>
<h1>Häufige Fragen zu Esketamin und Ketamin</h1>
<p class="einleitung">Seit Esketamin-Nasenspray in Deutschland zur Behandlung therapieresistenter Depressionen zugelassen ist, erreichen uns viele Anfragen. Gleichzeitig kursieren im Internet Angebote, die mit seriöser Medizin nichts zu tun haben. Auf dieser Seite beantworten unsere Ärztinnen und Ärzte die häufigsten Fragen &ndash; ehrlich, auch dort, wo die Antwort lautet: Das geht nicht per Video.</p>

<h2>Allgemeines</h2>
<h3>Was ist Esketamin?</h3>
<p>Esketamin ist ein Wirkstoff, der mit dem Narkosemittel Ketamin eng verwandt ist. Als Nasenspray ist er für Erwachsene mit einer mittelgradigen bis schweren depressiven Episode zugelassen, die auf mindestens zwei verschiedene Antidepressiva nicht ausreichend angesprochen haben. Er wird immer zusammen mit einem oralen Antidepressivum eingesetzt. Der Wirkmechanismus unterscheidet sich von dem klassischer Antidepressiva; bei einem Teil der Patientinnen und Patienten tritt eine Besserung innerhalb weniger Tage ein.</p>
<h3>Ist Esketamin dasselbe wie Ketamin?</h3>
<p>Nicht ganz. Ketamin besteht aus zwei spiegelbildlichen Formen, Esketamin ist eine davon. Ketamin selbst ist in Deutschland nicht als Antidepressivum zugelassen, wird aber in einigen Kliniken im sogenannten Off-Label-Gebrauch als Infusion eingesetzt.</p>

<h2>Behandlung bei PsychOnline</h2>
<h3>Kann ich Esketamin bei Ihnen per Video verschrieben bekommen?</h3>
<p>Nein. Esketamin-Nasenspray darf nur in einer medizinischen Einrichtung unter direkter Aufsicht angewendet werden. Die Patientin oder der Patient sprüht es sich dort selbst in die Nase und wird anschließend mindestens zwei Stunden überwacht, unter anderem wegen möglicher Blutdruckanstiege, Benommenheit und Dissoziation. Das Spray wird nicht nach Hause mitgegeben und nicht verschickt. Eine Online-Praxis kann es deshalb weder verschreiben noch liefern &ndash; und wer es Ihnen per Post anbietet, handelt nicht seriös.</p>
<h3>Was können Sie dann für mich tun?</h3>
<p>Wir übernehmen alles, was vor und neben der Esketamin-Behandlung sinnvoll per Video möglich ist. Dazu gehört eine ausführliche psychiatrische Untersuchung, die sorgfältige Dokumentation Ihrer bisherigen Behandlungen, die Prüfung, ob die Voraussetzungen für Esketamin überhaupt erfüllt sind, und &ndash; wenn ja &ndash; die Überweisung an eine Klinik oder Praxis, die Esketamin anbietet. Während der Behandlung dort bleiben wir auf Wunsch Ihre behandelnde Praxis für die übrige Medikation und die Psychotherapie.</p>
<h3>Wie läuft das Erstgespräch ab?</h3>
<p>Das Erstgespräch dauert etwa 60 Minuten und findet über eine zertifizierte, verschlüsselte Videoplattform statt. Zu Beginn prüfen wir Ihre Identität anhand eines Ausweises. Danach sprechen wir über Ihre aktuellen Beschwerden, den bisherigen Verlauf, alle Medikamente, die Sie bisher genommen haben (mit Dosis und Dauer), Ihre körperliche Gesundheit, Schlaf, Alkohol und andere Substanzen sowie Ihre Lebenssituation. Bitte halten Sie vorhandene Arztbriefe und Entlassberichte bereit.</p>
<h3>Wer führt die Gespräche?</h3>
<p>Ausschließlich Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie. Unser Team stellt sich auf der Seite <a href="/team">Ärztinnen und Ärzte</a> mit Namen, Werdegang und Approbation vor. Die ärztliche Leitung hat Dr. med. Katharina Lindqvist, die zuvor viele Jahre an einer universitären Depressionsstation tätig war.</p>
<h3>Wann kommt eine Überweisung infrage?</h3>
<p>Wenn nach unserer Einschätzung eine therapieresistente Depression vorliegt, also mindestens zwei ausreichend dosierte und ausreichend lange Behandlungsversuche mit Antidepressiva nicht geholfen haben, und keine Gegenanzeigen bestehen. Gegen Esketamin sprechen zum Beispiel ein schlecht eingestellter Bluthochdruck, Aneurysmen, frühere Hirnblutungen, ein kürzlich erlittener Herzinfarkt, eine aktuelle Suchterkrankung oder eine Schwangerschaft. Häufig zeigt sich im Gespräch auch, dass zunächst andere Schritte sinnvoller sind, etwa eine Dosisanpassung, ein Wechsel des Antidepressivums, eine Augmentation oder eine intensivere Psychotherapie.</p>
<h3>Wohin überweisen Sie?</h3>
<p>Wir arbeiten mit mehreren Kliniken und Praxen zusammen, die Esketamin anwenden, unter anderem in Berlin, Hamburg, Köln, Frankfurt und München. Sie können aber auch jede andere geeignete Einrichtung wählen; wir schicken unseren Befundbericht dorthin, wohin Sie möchten. Die aufnehmende Einrichtung führt vor Beginn eine eigene Untersuchung durch.</p>
<h3>Wie oft muss ich in die Klinik?</h3>
<p>In der Einleitungsphase meist zweimal pro Woche über vier Wochen, danach in größeren Abständen. Nach jeder Anwendung dürfen Sie bis zum nächsten Tag nicht Auto fahren; planen Sie also eine Begleitperson oder öffentliche Verkehrsmittel ein.</p>

<h2>Kosten</h2>
<h3>Was kostet die Behandlung bei PsychOnline?</h3>
<p>Wir sind eine Privatpraxis. Das Erstgespräch wird nach der Gebührenordnung für Ärzte abgerechnet und kostet in der Regel zwischen 130 und 180 Euro, Folgetermine zwischen 60 und 110 Euro. Private Krankenversicherungen und die Beihilfe erstatten diese Kosten üblicherweise. Gesetzlich Versicherte erhalten eine Rechnung zur Selbstzahlung.</p>
<h3>Wer bezahlt die Esketamin-Behandlung?</h3>
<p>Das hängt von der Einrichtung und Ihrer Versicherung ab. Bei Vorliegen der Voraussetzungen übernehmen gesetzliche und private Kassen die Kosten in vielen Fällen. Die behandelnde Einrichtung informiert Sie darüber.</p>
<h3>Wie kann ich bezahlen?</h3>
<p>Per Überweisung auf Rechnung oder per Karte. Wir akzeptieren keine Kryptowährungen, keine Gutscheinkarten und keine Zahlungen über Messenger-Dienste.</p>

<h2>Sicherheit und unseriöse Angebote</h2>
<h3>Im Internet wird Ketamin als Tablette oder Spray „ohne Rezept" angeboten. Ist das eine Alternative?</h3>
<p>Nein. Solche Angebote umgehen jede ärztliche Prüfung. Herkunft, Reinheit und Dosis der Produkte sind unklar, die Einfuhr ist in Deutschland strafbar, und niemand begleitet Sie, wenn es Ihnen während oder nach der Einnahme schlecht geht. Typische Merkmale sind ein kurzer Online-Fragebogen statt eines Arztgesprächs, eine „sofortige Freigabe", Versand in neutraler Verpackung aus dem Ausland, Bestellung über Telegram oder WhatsApp und Rabatt bei Zahlung mit Bitcoin.</p>
<h3>Kann PsychOnline mir Ketamin für zu Hause verschreiben?</h3>
<p>Nein. Wir verschreiben weder Ketamin noch Esketamin zur Anwendung zu Hause und versenden keine Medikamente. Verschreibungen anderer Medikamente, etwa Antidepressiva, erhalten Sie als Rezept für eine Apotheke Ihrer Wahl.</p>
<h3>Was tun in einer akuten Krise?</h3>
<p>Eine Videosprechstunde ist nicht für Notfälle geeignet. In akuten Krisen wenden Sie sich bitte an den Notruf 112, die nächste psychiatrische Klinik oder die Telefonseelsorge unter 0800 111 0 111.</p>
</main>
<footer>
<p>PsychOnline Praxis für Psychiatrie und Psychotherapie &middot; Ärztliche Leitung: Dr. med. Katharina Lindqvist &middot; Zuständige Kammer: Ärztekammer Berlin</p>
<p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></p>
</footer>
""", noise="cookie-de")

p("h10421", "https://zorgpunt-online-psychiatrie.example/hoe-het-werkt", "telehealth", False, "nl",
  "online-psychiatrie-nl-hoe-het-werkt-verwijzing-esketamine", "Hoe het werkt | Zorgpunt Online Psychiatrie", """
<header>
<a class="logo" href="/">Zorgpunt <span>Online Psychiatrie</span></a>
<nav><a href="/">Home</a> <a href="/hoe-het-werkt" class="actief">Hoe het werkt</a> <a href="/behandelingen">Behandelingen</a> <a href="/behandelaars">Behandelaars</a> <a href="/vergoeding">Vergoeding</a> <a href="/wachttijden">Wachttijden</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Hoe werkt Zorgpunt?</h1>
<p class="intro">Zorgpunt is een ggz-aanbieder die volledig online werkt. Je spreekt je psychiater, verpleegkundig specialist of psycholoog via een beveiligde videoverbinding, vanuit huis. Op deze pagina lees je stap voor stap hoe een traject bij ons verloopt, wat we wel en niet online kunnen doen, en hoe het zit met esketamine en ketamine, waar we veel vragen over krijgen.</p>

<h2>Stap 1: Verwijzing en aanmelding</h2>
<p>Voor specialistische ggz heb je een verwijzing van je huisarts nodig. Je huisarts stuurt die via Zorgdomein naar ons, of je uploadt de verwijsbrief zelf bij je aanmelding. Daarna vul je een aanmeldformulier in met je gegevens, je zorgverzekering en een korte beschrijving van je klachten. Dit formulier is alleen bedoeld om je aanmelding te kunnen verwerken; het is geen beoordeling en je krijgt op basis daarvan nooit medicatie.</p>

<h2>Stap 2: Intakegesprekken</h2>
<p>De intake bestaat uit twee videogesprekken van ongeveer een uur. In het eerste gesprek spreek je een psychiater of verpleegkundig specialist ggz. Die vraagt naar je klachten en hoe lang je die al hebt, eerdere behandelingen en medicijnen (welke, in welke dosis en hoe lang), je lichamelijke gezondheid, alcohol- en middelengebruik, je thuissituatie en werk, en eventuele gedachten aan zelfdoding. In het tweede gesprek, vaak met een psycholoog, gaan we dieper in op je achtergrond en je doelen. Soms vragen we, met jouw toestemming, informatie op bij je huisarts of eerdere behandelaars.</p>

<h2>Stap 3: Adviesgesprek en behandelplan</h2>
<p>Na de intake bespreekt het team je situatie in een multidisciplinair overleg. In een adviesgesprek hoor je wat wij denken dat er aan de hand is en welke behandeling we voorstellen. Samen leggen we dat vast in een behandelplan. Dat kan bestaan uit psychotherapie, medicatie, een combinatie, of een verwijzing naar een andere instelling als we denken dat je daar beter geholpen wordt.</p>

<h2>Stap 4: Behandeling</h2>
<p>De meeste behandelingen vinden volledig online plaats: gesprekken met je behandelaar, medicatiecontroles bij de psychiater en soms online modules die je tussendoor zelf doorloopt. Recepten voor medicijnen sturen we elektronisch naar een apotheek naar keuze. Bloedonderzoek of een ECG, als dat nodig is, laat je doen via je huisarts of een prikpost in de buurt.</p>

<h2>Esketamine en ketamine: wat kan wel en wat niet</h2>
<p>Steeds meer mensen vragen ons naar esketamine (merknaam Spravato) of ketamine bij depressie. Dat is begrijpelijk: voor een deel van de mensen bij wie meerdere antidepressiva niet hebben gewerkt, kan het een belangrijke stap zijn. Maar het is belangrijk om te weten dat dit geen behandeling is die je thuis krijgt.</p>
<p>Esketamine is een neusspray die je in een zorginstelling zelf toedient, onder direct toezicht van zorgverleners. Daarna blijf je minstens twee uur ter observatie, omdat je duizelig of suf kunt worden, je je los van je lichaam kunt voelen en je bloeddruk kan stijgen. De spray gaat nooit mee naar huis. Ketamine wordt in Nederland bij depressie vooral in onderzoeksverband of op gespecialiseerde afdelingen als infuus gegeven, ook altijd in een kliniek.</p>
<p>Zorgpunt geeft zelf dus geen esketamine of ketamine, schrijft het niet voor om thuis te gebruiken en verstuurt het nooit. Wat we wel doen:</p>
<ul>
<li>We beoordelen in de intake of er sprake is van een therapieresistente depressie, en of eerdere behandelingen lang en hoog genoeg gedoseerd zijn geweest.</li>
<li>We kijken of er redenen zijn om esketamine af te raden, zoals slecht ingestelde hoge bloeddruk, eerdere hersenbloedingen, een aneurysma, recente hartproblemen, actief middelengebruik of zwangerschap.</li>
<li>Als esketamine een goede optie lijkt, verwijzen we je door naar een instelling die de behandeling geeft. We werken samen met de afdelingen stemmingsstoornissen van twee grote ggz-instellingen en met een academisch centrum. De verwijzing gaat vergezeld van een uitgebreide brief met je behandelgeschiedenis.</li>
<li>Tijdens de behandeling daar blijven we, als je dat wilt en als het zo is afgesproken, betrokken bij je andere medicatie en je therapie.</li>
</ul>
<p>Let op: op internet en via sociale media worden "ketamine-tabletten" of "esketamine-spray" aangeboden die je zonder arts kunt bestellen, soms onder een naam die lijkt op die van een echte praktijk. Die aanbieders laten je een korte vragenlijst invullen, keuren je "direct goed", vragen om betaling in bitcoin of via WhatsApp en versturen in neutrale verpakking. Dat is geen zorg en het is niet legaal. Zorgpunt vraagt nooit om betaling via een chat-app of in cryptovaluta en neemt nooit ongevraagd contact met je op via WhatsApp of Telegram.</p>

<h2>Stap 5: Evaluatie en afsluiting</h2>
<p>Elke paar maanden evalueren we samen met jou hoe het gaat, ook met korte vragenlijsten. Als je doelen bereikt zijn, ronden we de behandeling af en sturen we een afsluitbrief naar je huisarts. Als de behandeling niet genoeg helpt, passen we het plan aan of verwijzen we je door.</p>

<h2>Wie zijn wij?</h2>
<p>Zorgpunt is een toegelaten zorginstelling volgens de Wet toetreding zorgaanbieders. Ons team bestaat uit psychiaters, verpleegkundig specialisten ggz, GZ-psychologen en psychotherapeuten, allemaal BIG-geregistreerd. Op de pagina <a href="/behandelaars">behandelaars</a> vind je hun namen en BIG-nummers. Geneesheer-directeur is drs. Maarten de Vries, psychiater.</p>

<h2>Vergoeding</h2>
<p>Onze behandelingen vallen onder de basisverzekering. Wij hebben contracten met de meeste grote zorgverzekeraars. Houd rekening met je eigen risico. Een esketaminebehandeling in een andere instelling wordt door die instelling gedeclareerd; zij kunnen je vertellen hoe dat bij jouw verzekering zit.</p>

<h2>Veelgestelde vragen</h2>
<h3>Kan ik me aanmelden zonder verwijzing?</h3>
<p>Voor specialistische ggz niet. Zonder verwijzing kun je wel een vrijblijvend oriënterend gesprek aanvragen als zelfbetaler.</p>
<h3>Hoe lang zijn de wachttijden?</h3>
<p>Die staan actueel op onze pagina <a href="/wachttijden">wachttijden</a>. Op dit moment ongeveer zes weken tot de intake.</p>
<h3>Wat als ik in crisis raak?</h3>
<p>Wij zijn geen crisisdienst. Neem bij acute nood contact op met je huisarts of de huisartsenpost, bel 112, of bel 113 Zelfmoordpreventie via 0800-0113.</p>
</main>
<footer>
<p>Zorgpunt Online Psychiatrie B.V. &middot; KvK 00000000 &middot; Geneesheer-directeur: drs. M. de Vries, psychiater</p>
<p><a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a> &middot; <a href="/kwaliteitsstatuut">Kwaliteitsstatuut</a></p>
</footer>
""", noise="cookie-nl")

p("h10422", "https://psichecura-online.example/tariffe-e-percorsi", "telehealth", False, "it",
  "telepsichiatria-it-tariffe-percorso-esketamina", "Tariffe e percorsi | PsicheCura Online", """
<header>
<a class="logo" href="/">PsicheCura <small>Online</small></a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/specialisti">I nostri specialisti</a> <a href="/percorsi">Percorsi di cura</a> <a href="/tariffe-e-percorsi" class="attivo">Tariffe</a> <a href="/domande">Domande frequenti</a> <a href="/prenota">Prenota</a></nav>
</header>
<main>
<h1>Tariffe e percorsi di cura</h1>
<p class="intro">PsicheCura è un servizio di psichiatria e psicoterapia in videoconsulto, attivo in tutta Italia. Crediamo che chi cerca aiuto debba sapere fin dall'inizio quanto costerà, che cosa è compreso e che cosa no. In questa pagina trovi le nostre tariffe, la descrizione dei percorsi e alcune informazioni importanti sull'esketamina, un trattamento di cui ci chiedono in molti.</p>

<h2>La prima visita psichiatrica</h2>
<p>Ogni percorso inizia con una prima visita psichiatrica in videoconsulto, della durata di circa 60 minuti, con un medico specialista in psichiatria iscritto all'Ordine. Durante la visita lo psichiatra raccoglie la tua storia clinica, valuta i sintomi attuali, i farmaci assunti in passato e oggi, le condizioni di salute generali, l'uso di alcol e altre sostanze e la tua situazione di vita. Alla fine ti spiega le sue conclusioni e propone un piano di cura.</p>
<p><strong>Tariffa: 140 &euro;</strong>, comprensiva della relazione scritta che ricevi nella tua area riservata entro tre giorni lavorativi.</p>

<h2>I percorsi</h2>
<h3>Percorso farmacologico</h3>
<p>Per chi ha bisogno di iniziare, modificare o monitorare una terapia farmacologica. Comprende visite di controllo con lo psichiatra (in genere ogni tre o quattro settimane all'inizio, poi più distanziate) e la prescrizione tramite ricetta elettronica, che puoi utilizzare in qualsiasi farmacia. Tariffa per visita di controllo: 90 &euro; (30 minuti).</p>
<h3>Percorso di psicoterapia</h3>
<p>Sedute settimanali o quindicinali con uno psicoterapeuta del nostro team, in videoconsulto. Tariffa per seduta: 65 &euro; (50 minuti). Pacchetti da dieci sedute a 590 &euro;.</p>
<h3>Percorso integrato</h3>
<p>Psichiatra e psicoterapeuta lavorano insieme sullo stesso caso, con un confronto mensile tra i professionisti. È il percorso che consigliamo più spesso per la depressione moderata o grave. Tariffa: si sommano le singole prestazioni, con uno sconto del 10% sulle sedute di psicoterapia.</p>
<h3>Percorso di valutazione per depressione resistente</h3>
<p>Pensato per chi ha già provato almeno due antidepressivi senza beneficio sufficiente. Comprende la prima visita, una seconda visita di approfondimento dedicata alla storia dei trattamenti, la somministrazione di scale di valutazione standardizzate e, se indicato, una relazione di invio a un centro autorizzato per trattamenti come l'esketamina o la stimolazione magnetica transcranica. Tariffa complessiva: 260 &euro;.</p>

<h2>Esketamina: cosa possiamo fare e cosa no</h2>
<p>L'esketamina spray nasale è autorizzata in Italia per la depressione resistente nell'adulto, in associazione a un antidepressivo orale. È un farmaco che può essere utilizzato solo in strutture sanitarie autorizzate: il paziente si somministra lo spray sotto la supervisione diretta di personale sanitario e resta in osservazione per almeno due ore, perché possono comparire sedazione, vertigini, dissociazione e aumento della pressione arteriosa. Il farmaco non viene mai consegnato al paziente né spedito a casa.</p>
<p>Per questo PsicheCura non prescrive né invia esketamina o ketamina. Quello che facciamo è valutare con attenzione se il trattamento è indicato per te, raccogliere tutta la documentazione necessaria e inviarti a uno dei centri con cui collaboriamo a Milano, Torino, Bologna, Roma e Napoli, oppure al centro di salute mentale o all'ospedale che preferisci. Durante il trattamento nel centro continuiamo, se lo desideri, a seguirti per la terapia antidepressiva orale e per la psicoterapia.</p>
<p>In rete circolano offerte di "esketamina a domicilio", compresse di ketamina "senza ricetta" o flaconi spediti in confezione anonima, spesso con pagamento in criptovalute o ordine tramite WhatsApp o Telegram. Non si tratta di servizi sanitari: i prodotti sono di origine sconosciuta e l'acquisto è illegale. Se ricevi proposte del genere, anche a nome nostro, non rispondere e segnalacele.</p>

<h2>Modalità di pagamento</h2>
<p>Il pagamento avviene al momento della prenotazione, con carta di credito o di debito, oppure tramite bonifico per i pacchetti. Emettiamo fattura sanitaria valida per la detrazione fiscale del 19%. Molte assicurazioni sanitarie e fondi integrativi rimborsano le visite psichiatriche: ti forniamo tutta la documentazione. Non accettiamo criptovalute, carte regalo o pagamenti tramite app di messaggistica.</p>

<h2>Disdette e rimborsi</h2>
<p>Puoi disdire o spostare un appuntamento gratuitamente fino a 24 ore prima. Per disdette più tardive viene trattenuto il 50% della tariffa. Se il collegamento non funziona per un problema nostro, l'appuntamento viene riprogrammato senza costi.</p>

<h2>Chi siamo</h2>
<p>PsicheCura è una struttura sanitaria privata con sede a Bologna. La direzione sanitaria è affidata al dott. Stefano Marchetti, psichiatra. Il team comprende nove psichiatri e quattordici psicoterapeuti; nomi, numeri di iscrizione all'Ordine e curriculum sono pubblicati nella pagina <a href="/specialisti">I nostri specialisti</a>.</p>

<h2>Domande frequenti sulle tariffe</h2>
<h3>La prima visita è obbligatoria anche se ho già uno psichiatra?</h3>
<p>Sì, perché il nostro specialista deve conoscerti prima di prescrivere o inviarti altrove. Se hai già una relazione recente, caricala: renderà la visita più efficace.</p>
<h3>Il percorso per la depressione resistente garantisce l'accesso all'esketamina?</h3>
<p>No. La valutazione può concludere che l'esketamina non è indicata o che è meglio provare prima altre strade. In ogni caso riceverai una relazione con le nostre raccomandazioni.</p>
<h3>Posso usare il servizio dall'estero?</h3>
<p>Possiamo offrire colloqui a pazienti italiani temporaneamente all'estero, ma non possiamo prescrivere farmaci da utilizzare fuori dall'Italia.</p>
<h3>In caso di urgenza?</h3>
<p>Il videoconsulto non è adatto alle emergenze. Chiama il 112 o rivolgiti al pronto soccorso più vicino.</p>
<h2>Come funziona il videoconsulto</h2>
<p>I videoconsulti si svolgono su una piattaforma sanitaria protetta, accessibile dal browser o dall'app PsicheCura, senza bisogno di installare altri programmi. All'inizio della prima visita ti chiediamo di mostrare un documento d'identità. Ti consigliamo di collegarti da un luogo riservato, con una buona connessione e con le cuffie. Nella tua area riservata trovi le relazioni, le ricette elettroniche, le fatture e la chat con la segreteria per questioni amministrative. La chat non è utilizzata per comunicazioni cliniche urgenti.</p>
</main>
<footer>
<p>PsicheCura Online S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario: dott. Stefano Marchetti</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie</a> &middot; <a href="/note-legali">Note legali</a></p>
</footer>
""")

# ---------------------------------------------------------------- clinics (12)

p("h10423", "https://bluemesa-infusion.example/patients/your-first-infusion", "clinic", False, "en",
  "iv-clinic-first-visit-guide-long", "Your First Infusion: A Step-by-Step Guide | Blue Mesa Infusion Center", """
<div class="topbar">Blue Mesa Infusion Center &middot; 4410 Camino Real, Suite 210, Albuquerque, NM &middot; (505) 555-0161 &middot; Mon&ndash;Sat 7am&ndash;6pm</div>
<header>
<a class="logo" href="/">Blue Mesa <span>Infusion Center</span></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/patients" class="on">For patients</a> <a href="/providers">For providers</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact &amp; directions</a></nav>
<a class="btn" href="/request-consult">Request a consultation</a>
</header>
<main>
<p class="crumbs"><a href="/patients">For patients</a> &rsaquo; Your first infusion</p>
<h1>Your first infusion: a step-by-step guide</h1>
<p>Most people arrive for their first ketamine infusion feeling a mix of hope and nerves. That is completely normal. We have written this guide so that nothing on the day comes as a surprise. It is long, because we would rather over-explain than leave you wondering. Read it once a few days before, and again the night before if that helps.</p>

<h2>Before the day</h2>
<h3>Your consultation comes first</h3>
<p>No one receives an infusion at Blue Mesa without a consultation. If you are reading this, you have probably already had yours: an in-person or video appointment with Dr. Elena Castillo or one of our nurse practitioners, during which we reviewed your history, medications and goals, checked your blood pressure and heart rate, and talked through whether ketamine makes sense for you. If we have asked for records from your psychiatrist or primary care doctor, we will need them before we can schedule your first infusion. Please also make sure we have your signed consent forms; you can complete them in the patient portal.</p>
<h3>Medication check</h3>
<p>Keep taking your usual medications unless we have specifically told you otherwise. There are a few exceptions we will have discussed at the consultation. Benzodiazepines such as lorazepam or clonazepam can reduce the effect of ketamine, so we may ask you to skip an evening dose the night before. Lamotrigine may do the same. If you take a stimulant medication for ADHD, we usually ask you to skip the morning dose on infusion days because it can push blood pressure up. If you are not sure, call us &ndash; do not guess.</p>
<h3>Arrange your ride</h3>
<p>You cannot drive, cycle or take a rideshare alone after an infusion. Someone you know needs to collect you from the clinic and, ideally, stay with you for the rest of the day. We will not discharge you without confirming who is taking you home. If this is a problem, tell us in advance; we can sometimes help arrange a medical transport service.</p>

<h2>The night before and the morning of</h2>
<p>Do not eat anything solid for six hours before your appointment. You can drink clear fluids &ndash; water, apple juice, black coffee or tea without milk &ndash; up to two hours before. Fasting reduces the chance of nausea. Do not drink alcohol for 24 hours before. Get a reasonable night's sleep if you can.</p>
<p>Wear comfortable, layered clothing, with sleeves that roll up easily above the elbow. Many people feel cool during the infusion. Bring headphones if you would like to listen to your own music, an eye mask if you have one you like (we also provide them), and your photo ID and insurance card if you have not yet shown them to us.</p>
<p>It can help to think about an intention for the session &ndash; something you hope to understand, feel or let go of. It does not have to be profound. "I want to be a bit kinder to myself" is a perfectly good intention.</p>

<h2>Arriving at the clinic</h2>
<p>Please arrive 15 minutes before your appointment. Parking is free in the lot behind the building; use the east entrance and take the elevator to the second floor. Our front desk team will check you in, confirm your ride, and take payment for the session if you are paying out of pocket.</p>
<p>A nurse will then take you to one of our four private infusion suites. Each has a reclining chair, dimmable lights, a weighted blanket and a speaker. The nurse will ask how you have been since your consultation, check your blood pressure, heart rate and oxygen level, and ask you to complete a short mood questionnaire. This gives us a baseline to compare against over the course of treatment.</p>

<h2>Starting the infusion</h2>
<p>The nurse will place a small IV catheter in a vein in your hand or arm. You will feel a quick pinch. You will also be connected to monitors that track your heart rhythm, blood pressure (the cuff inflates every few minutes) and oxygen level for the whole session.</p>
<p>Your dose is calculated by your prescribing clinician based on your weight and your treatment plan, and is delivered by a pump over about 40 minutes. If you are prone to nausea, we may give you an anti-nausea medicine through the IV before we begin. Once everything is ready, the lights are dimmed, you settle in with music and your eye mask, and the infusion starts.</p>

<h2>During the infusion</h2>
<p>Effects usually begin within five to ten minutes. People describe feeling heavy or light, floating, or detached from their body. Sounds and music can seem richer. Some people see colours or shapes, or revisit memories. Time can feel stretched. Some feel very peaceful; others feel emotional. Occasionally people feel anxious, especially at the start. If that happens, remind yourself that the feeling is temporary and that you are safe. A nurse is always within a few steps of your room, watching your monitors, and you can raise your hand or speak at any time. If you need it, we can slow the infusion or stop it.</p>
<p>A clinician reviews your vital signs during every infusion. Blood pressure commonly rises a little; if it rises too much, we have medication on hand to bring it down.</p>

<h2>After the infusion</h2>
<p>When the pump finishes, the effects fade over 20 to 40 minutes. You will stay in your suite until your nurse is satisfied that you are steady, alert and that your vital signs are back near baseline. Most people are ready to leave about an hour after the infusion ends. We will offer water and a light snack. Some people like to write a few notes while things are still fresh; there is a notebook in every room.</p>
<p>Before you go, the nurse walks you to the front desk to meet your ride. For the rest of the day: no driving, no alcohol, no important decisions, no operating machinery. Rest, eat something light, and be gentle with yourself. It is common to feel tired. Some people feel a lift in mood the same evening; for others it comes a day or two later, or after several infusions.</p>

<h2>The rest of your treatment course</h2>
<p>A typical initial course for depression is six infusions over two to three weeks. Before each one, we repeat the vital signs and mood questionnaire. After the fourth or sixth session, you will meet your clinician to review progress. If you have responded well, we will discuss whether and when booster infusions might help. If you have not, we will talk honestly about alternatives.</p>
<p>We strongly encourage patients to keep seeing their therapist or psychiatrist during treatment, and with your permission we will send them a summary after each phase. If you do not have a therapist, ask us for our list of local clinicians who are experienced in ketamine integration.</p>

<h2>What we do not do</h2>
<p>So that there is no confusion: Blue Mesa gives ketamine only in our clinic, under monitoring, after a consultation. We do not prescribe ketamine for use at home, we do not sell or ship ketamine in any form, and we do not have a WhatsApp or Telegram ordering service. If you see an advert using our name that suggests otherwise, it is not us; please let us know.</p>

<h2>Questions people ask on their first day</h2>
<h3>Will I be unconscious?</h3>
<p>No. The doses used for depression are far below anaesthetic doses. You will be awake, although you may not feel like talking.</p>
<h3>Can my partner stay in the room?</h3>
<p>Usually yes, if they can sit quietly. Some patients prefer to be alone; that is fine too.</p>
<h3>What if I need the bathroom?</h3>
<p>Tell the nurse. We will pause the infusion and help you, because you may be unsteady.</p>
<h3>How much does it cost?</h3>
<p>See our <a href="/pricing">pricing page</a> for current fees, packages and financing options.</p>
</main>
<footer>
<p>Blue Mesa Infusion Center, LLC &middot; Medical director: Elena Castillo, MD (anesthesiology) &middot; Psychiatric consultant: Ravi Menon, MD</p>
<p>If you are in crisis, call or text 988, or call 911. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></p>
</footer>
""", noise="cookie")

p("h10424", "https://wildflower-kap.example/faq", "clinic", False, "en",
  "kap-practice-long-faq-in-office", "Frequently Asked Questions | Wildflower Ketamine-Assisted Psychotherapy", """
<header>
<a class="logo" href="/">Wildflower <small>Ketamine-Assisted Psychotherapy</small></a>
<nav><a href="/">Home</a> <a href="/about">About the practice</a> <a href="/approach">Our approach</a> <a href="/clinicians">Clinicians</a> <a href="/fees">Fees</a> <a href="/faq" class="current">FAQ</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<p>Wildflower is a small ketamine-assisted psychotherapy (KAP) practice in Asheville, North Carolina. We are a team of two psychiatrists, a psychiatric nurse practitioner, three licensed therapists and a registered nurse, working out of a converted craftsman house on Chestnut Street. All ketamine sessions take place in our office. The questions below are the ones people ask us most often before starting.</p>

<h2>About KAP</h2>
<h3>What is ketamine-assisted psychotherapy?</h3>
<p>KAP combines a low dose of ketamine with psychotherapy. The ketamine can loosen habitual patterns of thought and emotion for a while, and many people find that it makes difficult material easier to approach. The therapy is what gives that opening a direction: preparation before, support during and integration after each medicine session. We think of the medicine and the therapy as equal partners.</p>
<h3>What conditions do you treat?</h3>
<p>Mainly depression that has not responded well to other treatments, PTSD, and anxiety that is closely tied to depression. We also see some people with end-of-life distress referred by palliative care teams. We do not offer KAP for substance use disorders, eating disorders, bipolar I disorder, or psychotic disorders.</p>
<h3>How is KAP different from IV ketamine infusions?</h3>
<p>Infusion clinics usually give higher doses by IV with medical monitoring and little or no psychotherapy. KAP uses lower doses, given as a sublingual lozenge or an intramuscular injection, and pairs every session with a therapist. Both approaches have evidence behind them; they suit different people.</p>

<h2>Getting started</h2>
<h3>How do I begin?</h3>
<p>Call or fill in the contact form. Our intake coordinator, Dana, will arrange a free 15-minute phone call to answer your questions and check that we are a reasonable fit. If so, you will book a medical evaluation with one of our prescribers and a psychotherapy intake with one of our therapists. Both take place in person at our office.</p>
<h3>Do I need a referral?</h3>
<p>No, but we will ask to speak with your current psychiatrist or therapist if you have one, and we need records of past treatments. We work best alongside your existing care, not instead of it.</p>
<h3>What does the medical evaluation include?</h3>
<p>A detailed psychiatric history, review of all medications and supplements, a physical check including blood pressure, heart rate and weight, screening questions about substance use, and sometimes blood tests or an ECG. The prescriber will explain the risks and benefits and decide whether ketamine is medically appropriate for you.</p>
<h3>How long until my first session?</h3>
<p>Usually three to five weeks from the first phone call, depending on how quickly we receive records.</p>

<h2>The sessions</h2>
<h3>What happens in a preparation session?</h3>
<p>You meet your therapist for one or two 50-minute sessions before any medicine. You talk about what you hope for, what you fear, your history, and how you tend to respond to strong experiences. Your therapist will also teach you a few grounding techniques and explain what the medicine session will be like, right down to where you will sit.</p>
<h3>What happens in a medicine session?</h3>
<p>Medicine sessions last about three hours. Our nurse checks your blood pressure and heart rate on arrival. Your prescriber reviews how you are doing and confirms the dose. You then take the lozenge, or receive the injection, and settle in our session room with an eye mask and music, with your therapist beside you. For the first 45 to 60 minutes most people are mostly inward; the therapist is there quietly and will respond if you speak. As the effects ease, you talk together about what came up. The nurse checks your vital signs several times. You leave when you are clear-headed and your ride has arrived.</p>
<h3>How many sessions will I have?</h3>
<p>A typical course is three to six medicine sessions, each followed within a few days by a 50-minute integration session. Some people add occasional sessions later.</p>
<h3>Will I lose control?</h3>
<p>Most people describe feeling very relaxed and somewhat detached, and many say they feel more in control of their emotions, not less. You will not be unconscious. If the experience becomes uncomfortable, your therapist will help you through it, and the effects pass.</p>

<h2>Safety</h2>
<h3>What are the risks?</h3>
<p>Short-term: nausea, dizziness, blurred vision, raised blood pressure, and disorientation during and shortly after the session. Rarely, distressing experiences. Longer-term risks are associated mainly with frequent, high-dose or recreational use and include bladder problems and dependence; our doses and schedule are designed to keep these risks very low.</p>
<h3>Can I take ketamine home between sessions?</h3>
<p>No. At Wildflower, every dose of ketamine is taken in our office with a clinician present. We do not prescribe take-home ketamine, we do not ship it, and we do not provide it for use outside the practice. Some practices do offer supervised at-home dosing; we have chosen not to, because we want every session to include a therapist in the room.</p>
<h3>What if I have a bad reaction at home afterwards?</h3>
<p>This is uncommon, because by the time you leave the main effects are over. Our on-call clinician can be reached through our main number in the evenings and at weekends. In an emergency, call 911.</p>

<h2>Fees and insurance</h2>
<h3>How much does it cost?</h3>
<p>Our fees are listed on the <a href="/fees">fees page</a>. In brief: the medical evaluation is $350, preparation and integration sessions are $175 each, and medicine sessions are $650 each (three hours with a therapist, plus nurse and prescriber time and the medicine itself).</p>
<h3>Do you take insurance?</h3>
<p>We are out of network. We provide superbills for the evaluation and the psychotherapy portions, which some insurers reimburse. The medicine session is usually not reimbursed.</p>
<h3>Do you offer reduced fees?</h3>
<p>Yes. Each of our therapists holds a few sliding-scale places. Ask Dana during your first call. We also accept payment plans through a medical financing company.</p>
<h3>Do I have to pay a deposit?</h3>
<p>We take a $100 deposit to hold each medicine session, which is applied to the session fee. It is refundable if you cancel more than 72 hours ahead.</p>

<h2>Practical matters</h2>
<h3>Can I drive home?</h3>
<p>No. You need someone to drive you home, and you should not drive until the following morning.</p>
<h3>Should I eat beforehand?</h3>
<p>Nothing solid for four hours before a medicine session. Clear fluids are fine until an hour before.</p>
<h3>Is the office accessible?</h3>
<p>Yes. There is a ramp at the side entrance and an accessible restroom on the ground floor, where our session room is.</p>
<h3>Can I bring my own music?</h3>
<p>Yes. We have curated playlists, but many people prefer their own. Instrumental music tends to work best.</p>
</main>
<footer>
<p>Wildflower KAP, PLLC &middot; 27 Chestnut Street, Asheville, NC &middot; (828) 555-0119 &middot; Medical director: Samuel Oyelaran, MD</p>
<p><a href="/privacy">Privacy practices</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p>
</footer>
""", noise="cookie")

p("h10425", "https://riverstone-ketamine.example/pricing-packages-financing", "clinic", False, "en",
  "clinic-pricing-packages-financing-deposits", "Pricing, Packages & Financing | Riverstone Ketamine Clinic", """
<header>
<div class="util"><a href="tel:+15125550174">(512) 555-0174</a> &middot; 1200 Barton Springs Rd, Austin TX &middot; <a href="/pay-my-bill">Pay my bill</a></div>
<a class="logo" href="/">Riverstone <b>Ketamine Clinic</b></a>
<nav><a href="/">Home</a> <a href="/ketamine-infusions">IV infusions</a> <a href="/spravato">Spravato</a> <a href="/pain">Pain program</a> <a href="/pricing-packages-financing" class="active">Pricing</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
<a class="cta" href="/schedule">Schedule consultation</a>
</header>
<main>
<h1>Pricing, packages &amp; financing</h1>
<p class="lede">We post our prices publicly because we think you deserve to know the cost before you walk in. Below you will find what each service costs, how our packages work, when we ask for a deposit, what insurance does and does not cover, and the financing options available if paying up front is difficult.</p>

<section>
<h2>Consultation</h2>
<p>Every new patient begins with a 45-minute in-person consultation with our medical director, Dr. Aaron Feld, or our psychiatric nurse practitioner, Kim Nguyen, PMHNP. We review your history and medications, check vital signs, and decide together whether treatment is appropriate. <strong>Fee: $200.</strong> If you go on to book an infusion package within 30 days, the consultation fee is credited toward the package.</p>
</section>

<section>
<h2>IV ketamine infusions for depression, anxiety and PTSD</h2>
<table>
<tr><th>Option</th><th>What's included</th><th>Price</th></tr>
<tr><td>Single infusion</td><td>One 40-minute infusion, full monitoring, recovery</td><td>$495</td></tr>
<tr><td>Initial series (6 infusions)</td><td>Six infusions over 2&ndash;3 weeks, progress review with prescriber after infusion 3 and 6</td><td>$2,670 ($445 each)</td></tr>
<tr><td>Booster infusion</td><td>For patients who have completed an initial series</td><td>$425</td></tr>
<tr><td>Booster bundle (4)</td><td>Four boosters, valid 12 months</td><td>$1,560 ($390 each)</td></tr>
</table>
<p>All infusions take place at our clinic, in a private room, with continuous monitoring by a registered nurse and a prescriber on site. Prices include the medication, IV supplies, anti-nausea medication if needed, and recovery time. There are no facility fees.</p>
</section>

<section>
<h2>Ketamine infusions for chronic pain</h2>
<p>Pain protocols use longer infusions (two to four hours) and are individualised after a consultation with our pain specialist. Typical prices range from $750 to $1,200 per infusion. We will give you a written estimate before the first session.</p>
</section>

<section>
<h2>Spravato (esketamine)</h2>
<p>Riverstone is a certified Spravato treatment center. Spravato is covered by most commercial insurance plans and by Medicare for eligible patients after prior authorization, and our staff handle the paperwork. Your costs depend on your plan: typically a specialist copay or coinsurance for the observation visit, and the medication billed either through your medical or pharmacy benefit. The manufacturer's savings program can reduce out-of-pocket medication costs for many commercially insured patients. We will check your benefits and tell you your expected cost before you start.</p>
</section>

<section>
<h2>How packages work</h2>
<p>Packages are simply a way of paying for a planned series of clinical treatments in advance at a lower per-session price. A few important details:</p>
<ul>
<li>A package can only be purchased after your consultation, once the prescriber has confirmed that treatment is appropriate.</li>
<li>Each infusion in the package is still a separate medical decision. Before every session we check your vital signs and how you are doing, and the prescriber may postpone or stop treatment for safety reasons.</li>
<li>If treatment is stopped on medical grounds, or you decide not to continue, unused sessions are refunded at the difference between what you paid and the single-session price of sessions used.</li>
<li>Packages are personal and cannot be transferred to another person.</li>
<li>Packages expire 12 months after purchase.</li>
</ul>
</section>

<section>
<h2>Deposits</h2>
<p>When you book an infusion, we ask for a $150 deposit to hold the appointment. We schedule a nurse, a prescriber and a room for each infusion, and late cancellations mean another patient could not be seen. The deposit is applied to the cost of that infusion. It is refunded in full if you cancel or reschedule at least 48 hours before your appointment, or if we postpone your infusion for medical reasons. Cancellations with less than 48 hours' notice forfeit the deposit, except in genuine emergencies, which we handle case by case.</p>
<p>You can pay deposits online through our secure patient portal, by phone, or at the front desk. Package purchases do not require separate deposits.</p>
</section>

<section>
<h2>Insurance</h2>
<p>IV ketamine for depression is an off-label use and is not usually covered by insurance. We provide a detailed superbill with diagnosis and procedure codes after each visit, which you can submit to your insurer for possible out-of-network reimbursement. Some patients have had partial reimbursement, especially for the consultation and monitoring components. Spravato is handled differently; see above.</p>
<p>HSA and FSA cards can be used for all of our services.</p>
</section>

<section>
<h2>Financing</h2>
<p>We work with two healthcare financing companies that offer payment plans for medical treatment. Both require a credit application, which takes a few minutes online or at the front desk. Approval and terms are decided by the lender, not by us.</p>
<ul>
<li><strong>Promotional plans:</strong> 6 or 12 months with no interest if paid in full within the promotional period. Interest is charged from the purchase date if the balance is not paid in full.</li>
<li><strong>Fixed monthly plans:</strong> 24 to 60 months at a fixed interest rate, for larger balances such as pain protocols.</li>
</ul>
<p>Please read the lender's terms carefully. If you are unsure whether financing is a good idea for you, talk to us; we would rather help you find a schedule you can afford than see you take on debt that adds to your stress.</p>
</section>

<section>
<h2>Payment methods</h2>
<p>We accept all major credit and debit cards, HSA/FSA cards, personal checks, and bank transfer for packages. We do not accept cryptocurrency. Our staff will never ask you to pay by gift card, by money transfer app to a personal account, or through WhatsApp or any messaging app. Bills can be paid through the portal or the "Pay my bill" link at the top of this page.</p>
</section>

<section>
<h2>Financial assistance</h2>
<p>Each month we set aside a small number of reduced-fee infusions for veterans, first responders and patients with demonstrated financial need. Ask our front desk for an application. We also partner with a veterans' nonprofit that funds infusion series for eligible veterans.</p>
</section>

<section>
<h2>Good faith estimate</h2>
<p>Under federal law, you have the right to receive a good faith estimate of the expected charges if you are uninsured or not using insurance. We will give you a written estimate before your first treatment. If your final bill is at least $400 more than your estimate, you can dispute it.</p>
</section>

<section class="faq">
<h2>Common questions</h2>
<h3>Why are packages cheaper?</h3>
<p>Planning a series lets us schedule staff more efficiently, and we pass that saving on.</p>
<h3>Can I buy a package as a gift?</h3>
<p>No. Treatment packages can only be bought by the patient after a consultation. If you want to help a loved one, we offer gift certificates that can be applied to any service once they have been evaluated.</p>
<h3>Do you sell ketamine to take home?</h3>
<p>No. Riverstone provides ketamine only as an in-clinic infusion and Spravato only under observation in our clinic, as required. We do not prescribe, sell or ship ketamine for home use.</p>
</section>
</main>
<footer>
<p>Riverstone Ketamine Clinic, PLLC &middot; Medical director: Aaron Feld, MD (anesthesiology and pain medicine) &middot; Certified Spravato treatment center</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights</a> &middot; <a href="/no-surprises-act">No Surprises Act notice</a></p>
</footer>
""", noise="cookie")

p("h10426", "https://cedarlight-wellness-clinic.example/gift-certificates-memberships", "clinic", False, "en",
  "clinic-gift-certificates-and-membership-long", "Gift Certificates & Memberships | Cedarlight Ketamine & Wellness Clinic", """
<header>
<a class="logo" href="/">Cedarlight <small>Ketamine &amp; Wellness Clinic</small></a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/new-patients">New patients</a> <a href="/gift-certificates-memberships" class="on">Gift certificates &amp; memberships</a> <a href="/team">Team</a> <a href="/locations">Locations</a> <a href="/contact">Contact</a></nav>
<a class="btn" href="/book">Book a consult</a>
</header>
<main>
<h1>Gift certificates &amp; memberships</h1>
<p class="lede">Two of the questions our front desk hears most are "Can I buy treatment for someone I love?" and "Is there a way to make ongoing care more affordable?" This page answers both. Please read it all the way through &ndash; there are important details about how gift certificates can be used, because ketamine is a prescription medical treatment and not a spa service.</p>

<h2>Gift certificates</h2>
<h3>Why we offer them</h3>
<p>When someone you care about is struggling, it can be hard to know how to help. Many families told us they wanted to contribute toward a loved one's treatment but did not know how to do so without taking over the process. A gift certificate is a way to say "I'm with you" while leaving the decisions to the person and their clinician.</p>
<h3>What a gift certificate can be used for</h3>
<p>Cedarlight gift certificates are a prepaid balance that can be applied to any service at our clinic, including:</p>
<ul>
<li>A new-patient consultation with one of our physicians or nurse practitioners</li>
<li>IV ketamine infusions, once the recipient has been evaluated and treatment has been recommended</li>
<li>Spravato observation visit copays</li>
<li>Integration therapy sessions with our licensed therapists</li>
<li>Our non-ketamine wellness services: IV hydration, nutrition counselling and mindfulness groups</li>
</ul>
<h3>What a gift certificate cannot do</h3>
<p>A gift certificate does not entitle anyone to ketamine treatment. Every recipient must have a full medical consultation first, and our clinicians will only recommend ketamine if it is appropriate and safe for that person. If the recipient turns out not to be a candidate, the balance can be used for any other service, or refunded to the purchaser on request. Gift certificates cannot be used to obtain medication to take home &ndash; we do not dispense ketamine for home use under any circumstances.</p>
<h3>Amounts and delivery</h3>
<p>Certificates are available in any amount from $50 to $3,000. You can buy them online, by phone or at our front desk. Online certificates are emailed as a PDF, either to you or directly to the recipient on a date you choose, with a personal message if you like. We can also post a printed card in a plain envelope.</p>
<h3>Privacy</h3>
<p>If you buy a gift certificate for someone, we will not tell you whether or how they use it, whether they have booked a consultation, or anything about their care. That information belongs to the patient. We will only tell you the remaining balance if you hold the certificate number, and only if the recipient has not yet registered it to their patient account.</p>
<h3>Terms</h3>
<ul>
<li>Certificates do not expire.</li>
<li>They can be combined with insurance, HSA/FSA or other payment.</li>
<li>They are not redeemable for cash, except for the refund described above.</li>
<li>Lost certificates can be reissued if you have the purchase receipt.</li>
</ul>

<h2>The Cedarlight membership</h2>
<h3>Who it is for</h3>
<p>The membership is designed for established patients who have completed an initial series of infusions, responded well, and are moving into maintenance care. For many people, maintenance means a booster infusion every four to eight weeks, along with regular check-ins and integration support. The membership spreads that cost over the year and adds a few benefits.</p>
<h3>What members receive</h3>
<ul>
<li>A fixed monthly fee of $299, billed on the first of each month</li>
<li>One booster infusion every calendar month, if your clinician recommends it (unused infusions roll over for up to two months)</li>
<li>A quarterly review visit with your prescribing clinician</li>
<li>One integration therapy session per month</li>
<li>15% off additional infusions and any wellness service</li>
<li>Priority scheduling, including early-morning and Saturday slots</li>
</ul>
<h3>How it works clinically</h3>
<p>A membership is a billing arrangement, not a standing order for medication. Every infusion is still preceded by a vital-sign check and a short assessment, and your clinician decides whether it should go ahead, and at what dose. If your clinician recommends spacing infusions further apart, or stopping, your membership can be downgraded or cancelled without penalty. We do not want anyone to have more infusions than they need because they have already paid for them.</p>
<h3>Joining, pausing and cancelling</h3>
<p>You can join at the front desk or through the patient portal after your clinician has confirmed that maintenance infusions are appropriate for you. The minimum term is three months. After that, you can cancel at any time with 30 days' notice. You can pause for up to two months per year, for example during travel or pregnancy planning.</p>
<h3>Is a membership right for me?</h3>
<p>If you need a booster roughly monthly, the membership usually saves money compared with paying per infusion ($425 each) plus separate therapy and review fees. If you need boosters less than every six weeks, paying per visit is often cheaper, and our front desk will tell you so honestly.</p>

<h2>How to pay</h2>
<p>We accept credit and debit cards, HSA/FSA cards and checks. Memberships are billed to a card on file. We do not accept cryptocurrency, and we never take payment or bookings through social media messages.</p>

<h2>A note about impostors</h2>
<p>We have recently been made aware of an Instagram account using photos of our clinic and offering "Cedarlight gift boxes" containing ketamine lozenges, with payment by Cash App. This account has nothing to do with us. Cedarlight gift certificates are only ever a prepaid balance for services at our clinic, delivered as an email or a card. If you have been contacted by this account, please report it to the platform and let us know.</p>

<h2>Questions</h2>
<h3>Can I buy a membership for someone else?</h3>
<p>No. Memberships are only available to established patients, in their own name. You can buy a gift certificate instead, which they can apply to their membership fees.</p>
<h3>Can a gift certificate be used at your Asheville location?</h3>
<p>Yes. Certificates are valid at both our Greenville and Asheville clinics.</p>
<h3>Are gift certificates tax-deductible?</h3>
<p>Medical expenses may be deductible for the patient under certain conditions; gifts generally are not deductible for the giver. Please consult a tax advisor.</p>
</main>
<footer>
<p>Cedarlight Ketamine &amp; Wellness Clinic &middot; Greenville, SC &amp; Asheville, NC &middot; Medical director: Lauren Whitaker, MD</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Gift certificate terms</a> &middot; <a href="/membership-agreement">Membership agreement</a></p>
</footer>
""", noise="cookie")

p("h10427", "https://harborview-ketamine.example/book-by-text-or-whatsapp", "clinic", False, "en",
  "clinic-whatsapp-text-booking-page", "Book by Text or WhatsApp | Harborview Ketamine Center", """
<header>
<a class="logo" href="/">Harborview <b>Ketamine Center</b></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/first-visit">First visit</a> <a href="/book-by-text-or-whatsapp" class="current">Booking</a> <a href="/pricing">Pricing</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Booking by text message or WhatsApp</h1>
<p class="lede">A lot of our patients told us that phoning during office hours was the hardest part of getting care. Some work shifts; some find phone calls stressful; some are more comfortable in Spanish or Portuguese than in English. So since spring 2025 we have offered appointment booking by text message and by WhatsApp, alongside phone and the online portal. This page explains what you can and cannot do by message, how we keep it secure, and how to tell our real account from fake ones.</p>

<h2>Our official numbers</h2>
<p>Text (SMS): <strong>(401) 555-0133</strong><br>WhatsApp Business: <strong>+1 401 555 0133</strong>, verified business account "Harborview Ketamine Center &ndash; Providence"</p>
<p>These are the same number, and it is also printed on our appointment cards and at the front desk. We do not have any other messaging accounts. We do not use Telegram, Signal, Instagram DMs or Facebook Messenger for patients.</p>

<h2>What you can do by message</h2>
<ul>
<li>Request a new-patient consultation. We will reply with available times and a link to complete your intake forms in our secure patient portal.</li>
<li>Reschedule or cancel an existing appointment (please give at least 48 hours' notice).</li>
<li>Ask general questions about parking, directions, what to bring, and our opening hours.</li>
<li>Ask for a copy of our price list or our good faith estimate form.</li>
<li>Receive appointment reminders, if you opt in.</li>
</ul>

<h2>What we will not do by message</h2>
<p>Messaging apps are convenient, but they are not the right place for clinical care. For your safety and privacy:</p>
<ul>
<li>We will not discuss symptoms, diagnoses, medication doses or treatment decisions by text or WhatsApp. Those conversations happen with your clinician, in person or through the secure portal.</li>
<li>We will not take payments by message. You will never receive a request to pay by Zelle, Cash App, gift card or cryptocurrency from us. Deposits and bills are paid through the portal, by phone or at the front desk.</li>
<li>We will never offer to send you ketamine or any other medication. Harborview provides ketamine only as in-clinic infusions and esketamine only under observation in our clinic. We do not prescribe, sell or ship ketamine for home use.</li>
<li>We will not ask you to send photos of your ID or insurance card by WhatsApp. Upload them in the portal.</li>
</ul>

<h2>How a booking by message works, step by step</h2>
<ol>
<li><strong>You send a message</strong> such as "Hi, I'd like to book a consultation" or "Necesito cambiar mi cita del jueves". Please include your full name and date of birth if you are an existing patient.</li>
<li><strong>A member of our front desk team replies</strong>, usually within two business hours (8am&ndash;6pm, Monday to Friday; 9am&ndash;1pm Saturday). Messages outside these hours are answered the next business morning. We reply in English, Spanish or Portuguese.</li>
<li><strong>For new patients</strong>, we offer two or three consultation times and send a portal link. You complete your medical history, consent forms and insurance details there, not in the chat.</li>
<li><strong>We confirm</strong> the appointment by message and by email, with the address, parking instructions and what to bring.</li>
<li><strong>Reminders</strong> follow two days and two hours before your appointment, with instructions about fasting and arranging a ride home.</li>
</ol>

<h2>Is it private?</h2>
<p>WhatsApp messages are end-to-end encrypted in transit, and ordinary text messages are not. Either way, messages may be stored on your phone and visible to anyone who uses it. That is why we keep messages to scheduling and logistics. By choosing to contact us by text or WhatsApp, you accept those limits; if you prefer, you can always use the portal or phone instead. Our staff use a dedicated business device and messages are deleted from it after 30 days; any appointment changes are recorded in your medical record.</p>

<h2>Beware of fake accounts</h2>
<p>In October, a patient forwarded us a message from a WhatsApp account using our logo and the name "Harborview Ketamine Home Delivery". It offered "clinic-grade ketamine nasal spray, no visit needed, shipped in 48 hours" and asked for payment in USDT. We have also seen a Telegram channel with a similar name. These accounts are not connected to us in any way. The differences are easy to spot once you know:</p>
<table>
<tr><th>Harborview (real)</th><th>Impostor accounts</th></tr>
<tr><td>Number (401) 555-0133 only, verified business badge</td><td>Foreign or changing numbers, Telegram handles</td></tr>
<tr><td>Books consultations and infusion appointments</td><td>Sells sprays, lozenges or vials</td></tr>
<tr><td>Payment through portal or front desk</td><td>Payment in crypto, gift cards or money apps</td></tr>
<tr><td>Requires in-person evaluation</td><td>"No visit needed", "instant approval"</td></tr>
<tr><td>Never ships medication</td><td>"Discreet delivery anywhere"</td></tr>
</table>
<p>If you receive a message like this, please do not reply or pay. Take a screenshot, report the account to WhatsApp or Telegram, and forward the screenshot to our official number so we can add it to our reports to the Rhode Island Department of Health and the DEA.</p>

<h2>Accessibility</h2>
<p>If you are Deaf or hard of hearing, text and WhatsApp are fully supported for scheduling, and we can book an ASL interpreter for your visits. Let us know when you book.</p>

<h2>Urgent help</h2>
<p>Our messaging line is not monitored for emergencies. If you are in crisis, call or text 988, or call 911. Established patients with urgent clinical questions after hours can reach our on-call clinician through the main phone line.</p>

<h2>Other ways to book</h2>
<p>Phone: (401) 555-0133 during office hours. Online: <a href="/portal">patient portal</a>, available 24/7. In person: 300 Allens Avenue, Suite 4, Providence, RI.</p>
</main>
<footer>
<p>Harborview Ketamine Center, Inc. &middot; Medical director: Beatriz Almeida, MD &middot; Certified Spravato treatment center</p>
<p><a href="/privacy">Privacy practices</a> &middot; <a href="/messaging-terms">Messaging terms</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

p("h10428", "https://pinegrove-ketamine.example/after-care/at-home-follow-up", "clinic", False, "en",
  "clinic-at-home-follow-up-program-policies-never", "At-Home Follow-Up Program & Our Policies | Pinegrove Ketamine Clinic", """
<header>
<a class="logo" href="/">Pinegrove <span>Ketamine Clinic</span></a>
<nav><a href="/">Home</a> <a href="/treatment">Treatment</a> <a href="/after-care" class="on">After-care</a> <a href="/team">Team</a> <a href="/fees">Fees</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav>
</header>
<div class="page">
<aside class="subnav">
<h4>After-care</h4>
<ul><li><a href="/after-care">Overview</a></li><li><a href="/after-care/at-home-follow-up">At-home follow-up program</a></li><li><a href="/after-care/integration-groups">Integration groups</a></li><li><a href="/after-care/boosters">Booster infusions</a></li></ul>
</aside>
<main>
<h1>The at-home follow-up program</h1>
<p class="lede">The days and weeks between infusions matter as much as the infusions themselves. Our at-home follow-up program keeps you connected to your care team between clinic visits, so that we notice early if something is not right and so that you have support while the changes from treatment settle in. It does not involve taking any ketamine at home. This page explains what the program includes, and sets out clearly what Pinegrove does not do.</p>

<h2>Why we built it</h2>
<p>When we opened in 2021, our patients came in for infusions and then went home until the next appointment. Most did well. But we kept hearing the same things at review visits: "I had a really rough Tuesday and didn't know whether to call", "I felt great after the third infusion and then didn't know what to do with that", "My sleep went strange and I wasn't sure if it was the ketamine". A few patients stopped coming without telling us why. We realised that the gap between visits was where we were losing people.</p>
<p>The follow-up program is our answer. It was designed with input from our patient advisory group, and every patient in an active infusion series is enrolled automatically at no extra cost.</p>

<h2>What it includes</h2>
<h3>Daily check-ins (about two minutes)</h3>
<p>Through our app, you answer three questions each evening: how was your mood today, how did you sleep last night, and is there anything you want your care team to know? It takes less time than brushing your teeth. Your nurse sees the answers the next morning. If your scores drop sharply or you write something concerning, a nurse will call you that day.</p>
<h3>Weekly symptom questionnaires</h3>
<p>Once a week, the app asks you to complete a standard depression scale (PHQ-9) and, if relevant, an anxiety or PTSD scale. These scores are shown to your clinician before every infusion and review visit, so decisions about dosing and scheduling are based on how you have actually been, not just on how you feel on the day.</p>
<h3>Nurse phone calls</h3>
<p>The day after each infusion, one of our nurses calls to ask how you are doing, check for side effects such as headache, nausea, unusual tiredness or bladder symptoms, and answer questions. During the initial series there is also a mid-week call. After that, calls are monthly, or more often if you need them.</p>
<h3>Integration sessions by video</h3>
<p>Your plan includes two video sessions with one of our licensed therapists during the initial series, and one per month during maintenance. These sessions help you make sense of what comes up during infusions and turn it into changes in daily life. If you already have a therapist, we are happy to coordinate with them instead.</p>
<h3>Home blood pressure monitoring</h3>
<p>We lend you an automatic blood pressure cuff. Taking a reading at home on the morning of each infusion helps us spot trends before you arrive, and means fewer surprises on the day.</p>
<h3>Family support resources</h3>
<p>With your permission, a family member or friend can join a 30-minute orientation call about what treatment involves, how to support you on infusion days, and what warning signs to look out for.</p>

<h2>What it does not include</h2>
<p>The program is support and monitoring. It is not at-home dosing. We want to be very clear about this, because patients increasingly ask us whether we can "send something for the days in between", and because websites using clinic-like language are offering exactly that.</p>

<h2>Our policies: what Pinegrove never does</h2>
<ul class="never">
<li><strong>No take-home ketamine.</strong> Every dose of ketamine given by Pinegrove is given in our clinic, by IV infusion, with a nurse and prescriber present and continuous monitoring. We do not prescribe ketamine lozenges, troches, tablets or nasal sprays for use at home.</li>
<li><strong>No shipping.</strong> We do not ship ketamine, esketamine or any other medication to anyone. We do not operate or partner with any mail-order service for ketamine.</li>
<li><strong>No crypto, no gift cards, no money apps.</strong> We accept cards, HSA/FSA, checks and financing through an established healthcare lender. Nobody from Pinegrove will ask you to pay any other way.</li>
<li><strong>No treatment without an in-person evaluation.</strong> A questionnaire or a phone call is never enough for us to start treatment. Every new patient has a face-to-face consultation.</li>
<li><strong>No messenger sales.</strong> We do not sell anything through WhatsApp, Telegram, Instagram or text message. We send appointment reminders by text; we never send offers.</li>
<li><strong>No open-ended infusions.</strong> We do not keep giving infusions that are not helping. If there is no meaningful improvement after an initial series, we say so and help you find other options.</li>
<li><strong>No secrets from your other doctors</strong> unless you specifically decline consent. Coordinated care is safer care.</li>
</ul>

<h2>Frequently asked questions about the program</h2>
<h3>Do I have to use the app?</h3>
<p>We strongly encourage it, but if you do not have a smartphone or prefer not to, we can do check-ins by phone instead. Let the front desk know.</p>
<h3>Who sees my check-in answers?</h3>
<p>Only your care team: your nurse, your prescribing clinician and your integration therapist. The app is part of our medical record system and is covered by the same privacy protections.</p>
<h3>What happens if I miss check-ins?</h3>
<p>Nothing dramatic. If you miss three days in a row, a nurse will send a gentle reminder, and if we cannot reach you before your next infusion, we will talk about it at the visit.</p>
<h3>Does the program cost extra?</h3>
<p>No. It is included in the price of the initial series and the maintenance membership. Patients paying per booster can opt into the program for $40 per month.</p>
<h3>My friend gets ketamine troches mailed to her by a telehealth company. Why don't you offer that?</h3>
<p>Some licensed telehealth practices do prescribe supervised at-home ketamine after a proper evaluation, and for some people that is a reasonable option. Pinegrove has chosen to focus on in-clinic infusions with close monitoring, which suits the patients we see, many of whom have complex histories. If you are interested in at-home treatment, ask your clinician; we can discuss the pros and cons and, where appropriate, suggest reputable services. We would also warn you that many sites offering mailed ketamine are not legitimate at all: if a site approves you by questionnaire only, takes crypto, or ships to any address without a video evaluation, please stay away.</p>
<h3>What should I do in a crisis between visits?</h3>
<p>Call or text 988, or call 911. Our on-call line is for established patients with urgent questions about their treatment; it is not an emergency service.</p>
</main>
</div>
<footer>
<p>Pinegrove Ketamine Clinic &middot; 88 Mill Street, Burlington, VT &middot; (802) 555-0192 &middot; Medical director: Noah Lindgren, MD</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights and responsibilities</a></p>
</footer>
""", noise="cookie")

p("h10429", "https://lakeshore-ketamine-clinic.example/news/scam-ads-using-our-name", "clinic", False, "en",
  "clinic-notice-quoting-scam-ads-using-name", "Warning: Scam Ads Using the Lakeshore Ketamine Clinic Name | Lakeshore Ketamine Clinic", """
<div class="alert">Important: Lakeshore never sells ketamine online. Read our fraud warning below.</div>
<header>
<a class="logo" href="/">Lakeshore <b>Ketamine Clinic</b></a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/new-patients">New patients</a> <a href="/providers">Providers</a> <a href="/news" class="on">News</a> <a href="/contact">Contact</a></nav>
</header>
<main class="article">
<p class="meta">Clinic news &middot; Posted 2 December 2026 &middot; Updated 5 December 2026</p>
<h1>Warning: scam adverts are using our name to sell ketamine</h1>
<p class="lede">Over the past six weeks, patients and members of the public have shown us adverts, websites and messages that use the Lakeshore Ketamine Clinic name, our logo and photographs of our staff to sell ketamine online. None of them are ours. We are publishing examples here so that you can recognise them, and so that anyone who searches for our name alongside words like "order" or "delivery" finds this warning.</p>

<h2>What we have seen</h2>
<p>Below are the texts of several adverts that have been reported to us, reproduced word for word except that we have removed phone numbers, usernames and payment addresses. Please do not try to contact them.</p>

<h3>Example 1: Facebook advert (reported 21 October)</h3>
<blockquote>"LAKESHORE KETAMINE CLINIC now offers HOME TREATMENT! &#127807; Skip the waiting room &ndash; clinic-grade ketamine lozenges delivered to your door in 48h. No appointment. No referral. Fill our 3-minute form &rarr; instant approval. 20 lozenges only $249. Pay with crypto for 15% OFF. DM us on WhatsApp to order!"</blockquote>
<p>This advert used a photo of our waiting room copied from our website. The "form" it linked to was on a domain with a spelling very similar to ours.</p>

<h3>Example 2: Instagram account "@lakeshore.ketamine.official"</h3>
<blockquote>"Dr. approved &#9989; Discreet shipping &#9989; Vials / nasal spray / troches &#9989; Worldwide &#9989; Telegram for menu &#128229;"</blockquote>
<p>The account used a cropped photo of one of our nurse practitioners, with a fake name. She has never had anything to do with online sales and was understandably distressed to find her face on it.</p>

<h3>Example 3: Text message received by a current patient</h3>
<blockquote>"Hi this is Lakeshore Ketamine Clinic. As a valued patient you qualify for our new at-home maintenance kit. Reply YES to receive 10 doses by mail, payment via Zelle or Bitcoin. Offer ends Friday."</blockquote>
<p>This is particularly concerning because it was sent to someone who is actually our patient. We have found no evidence that our systems were breached; the patient had posted publicly about being treated at Lakeshore, and we believe that is how they were targeted. We have nevertheless reviewed our security with our IT provider.</p>

<h3>Example 4: Search engine ad</h3>
<blockquote>"Lakeshore Ketamine &ndash; Order Online | Official Site. Ketamine Without Prescription &ndash; Fast US Delivery. Licensed Pharmacy. Secure Checkout."</blockquote>
<p>The "licensed pharmacy" in question does not appear in any state board of pharmacy register that we could find.</p>

<h2>What Lakeshore actually does</h2>
<p>Lakeshore Ketamine Clinic is an outpatient clinic in Milwaukee, Wisconsin. We provide:</p>
<ul>
<li>IV ketamine infusions for treatment-resistant depression, PTSD and certain chronic pain conditions, given in our clinic with continuous monitoring</li>
<li>Spravato (esketamine), administered under direct observation in our certified treatment room</li>
<li>Integration psychotherapy, in person and by video</li>
</ul>
<p>Every patient is evaluated in person by one of our clinicians before any treatment. We do not offer home treatment, at-home kits, lozenges, troches, nasal sprays to take away, vials or any other form of ketamine for use outside our clinic. We do not ship medication. We do not take payment in cryptocurrency, and we do not take bookings or payments through WhatsApp, Telegram, Instagram or text messages. Our only phone number is (414) 555-0165 and our only website is the one you are reading now.</p>

<h2>How to protect yourself</h2>
<p>These schemes rely on the trust people place in a real clinic's name, and on the understandable wish to get help without waiting. A few rules of thumb apply to any ketamine provider, not only to us:</p>
<ul>
<li>Legitimate ketamine treatment always starts with a real evaluation by a named, licensed clinician &ndash; in person or at minimum by live video. A form that "approves" you instantly is not an evaluation.</li>
<li>Clinics charge for appointments and treatments, not for quantities of drug shipped to you.</li>
<li>Healthcare providers do not offer discounts for paying in crypto.</li>
<li>No legitimate provider will ask you to order through a messaging app.</li>
<li>If in doubt, find the clinic's phone number independently (not from the advert) and call to check.</li>
</ul>

<h2>If you have already paid</h2>
<p>We are very sorry that our name was used to deceive you. Please:</p>
<ol>
<li>Stop all contact with the seller and do not send more money, whatever they claim (a common follow-up is a demand for a "customs fee").</li>
<li>If you paid by card or bank transfer, contact your bank immediately.</li>
<li>Report the fraud to the FTC at ReportFraud.ftc.gov and to the FBI's Internet Crime Complaint Center.</li>
<li>If you received a product, do not take it. Its contents are unknown. Ask your local pharmacy about safe disposal.</li>
<li>If you have taken something and feel unwell, seek medical help or call Poison Control at 1-800-222-1222.</li>
</ol>

<h2>What we are doing</h2>
<p>We have reported every account and ad to the platforms concerned, and several have been taken down, though new ones appear regularly. We have filed reports with the Wisconsin Department of Safety and Professional Services, the DEA Milwaukee District Office and the FBI. Our lawyers have sent notices to the registrar of the look-alike domain. We will update this page as things develop.</p>

<h2>Tell us</h2>
<p>If you see an advert, account or website using our name to sell ketamine, please send a screenshot and the link to our front desk through the contact form, marked "fraud report". You do not need to be a patient. Thank you to everyone who has already done so &ndash; most of what we know came from you.</p>
</main>
<aside>
<h4>Real Lakeshore contact details</h4>
<p>2100 N Prospect Ave, Suite 300, Milwaukee, WI<br>(414) 555-0165<br>Mon&ndash;Fri 7:30am&ndash;5pm</p>
</aside>
<footer>
<p>Lakeshore Ketamine Clinic, S.C. &middot; Medical director: Gregory Pawlak, MD &middot; Certified Spravato treatment center</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/news">All news</a></p>
</footer>
""", noise="cookie")

p("h10430", "https://stbrendan-health.example/services/behavioral-health/interventional-psychiatry", "clinic", False, "en",
  "hospital-interventional-psychiatry-service-page", "Interventional Psychiatry Service: Ketamine, Esketamine, ECT and TMS | St. Brendan Health", """
<div class="sys-bar"><a href="/">St. Brendan Health</a> &middot; <a href="/find-a-doctor">Find a doctor</a> &middot; <a href="/locations">Locations</a> &middot; <a href="/mychart">MyChart</a> &middot; <a href="/pay">Pay a bill</a> &middot; <a href="/careers">Careers</a> &middot; <a href="/give">Give</a></div>
<header>
<a class="logo" href="/">St. Brendan Health <small>Regional Medical Center</small></a>
<nav><a href="/services">Services</a> <a href="/services/behavioral-health">Behavioral Health</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/referrals">For Referring Providers</a> <a href="/about">About</a></nav>
<form class="search"><input placeholder="Search St. Brendan Health"><button>Search</button></form>
</header>
<main>
<p class="crumbs"><a href="/services">Services</a> / <a href="/services/behavioral-health">Behavioral Health</a> / Interventional Psychiatry</p>
<h1>Interventional Psychiatry Service</h1>
<p class="lede">The Interventional Psychiatry Service at St. Brendan Regional Medical Center provides specialised treatments for adults with depression and related conditions that have not responded to standard care. Our team offers intravenous ketamine, esketamine (Spravato), electroconvulsive therapy (ECT) and transcranial magnetic stimulation (TMS) in a hospital setting, with the full support of the medical center behind every treatment.</p>

<section>
<h2>Who we help</h2>
<p>Most patients referred to us have major depressive disorder that has not improved enough after two or more adequate trials of antidepressant medication, often alongside psychotherapy. We also treat bipolar depression (for selected treatments), severe depression with suicidal thoughts, depression in older adults, and certain cases of obsessive-compulsive disorder. Patients come to us from psychiatrists and primary care providers across the region, and from our own inpatient units.</p>
</section>

<section>
<h2>Treatments we offer</h2>
<h3>Esketamine (Spravato) nasal spray</h3>
<p>Esketamine is approved for adults with treatment-resistant depression, together with an oral antidepressant, and for depressive symptoms in adults with major depression and acute suicidal ideation or behaviour. Our clinic is certified under the medication's REMS programme. Patients use the nasal spray in our treatment suite under the direct supervision of a nurse and remain under observation for at least two hours, with blood pressure checks before and after. Esketamine is never given to patients to take home. Typical schedule: twice weekly for four weeks, then weekly, then weekly or every other week.</p>
<h3>Intravenous ketamine</h3>
<p>We offer IV ketamine infusions for selected patients with treatment-resistant depression, following a standard protocol developed with our Department of Anesthesiology. Infusions last about 40 minutes and take place in our monitored infusion area, with an anesthesia-trained clinician available throughout. A typical initial series is six infusions over two to three weeks. IV ketamine for depression is an off-label use; your psychiatrist will discuss the evidence, risks and alternatives with you.</p>
<h3>Electroconvulsive therapy (ECT)</h3>
<p>ECT remains the most effective treatment for severe depression and is often life-saving. It is given under general anesthesia in our dedicated procedure suite, two or three times a week for an initial course. Many patients receive ECT as outpatients.</p>
<h3>Transcranial magnetic stimulation (TMS)</h3>
<p>TMS uses magnetic pulses to stimulate areas of the brain involved in mood regulation. Sessions take between 3 and 40 minutes depending on the protocol, require no anesthesia, and allow you to drive yourself home. We offer standard and accelerated protocols.</p>
</section>

<section>
<h2>Your care pathway</h2>
<h3>1. Referral</h3>
<p>Referrals are accepted from any licensed physician, nurse practitioner or physician assistant. Self-referrals are also accepted; in that case we will ask for permission to contact your current prescriber. Referral forms are available on our <a href="/referrals">referring provider page</a> and through Epic for providers within our network.</p>
<h3>2. Consultation</h3>
<p>You will meet one of our interventional psychiatrists for a 90-minute consultation at the Behavioral Health Pavilion. We review your history in detail, complete standardised rating scales and, if needed, order tests such as an ECG or blood work. We then discuss which treatments, if any, we recommend, and why. For some patients the best recommendation is an optimisation of medication, which we can advise your prescriber on.</p>
<h3>3. Insurance authorisation</h3>
<p>Our financial counselors obtain prior authorisation where required and explain your expected costs before treatment begins.</p>
<h3>4. Treatment</h3>
<p>Treatments take place on the third floor of the Behavioral Health Pavilion. You must arrange for an adult to drive you home after esketamine, ketamine and ECT sessions; you cannot drive until the next day.</p>
<h3>5. Follow-up and return to your provider</h3>
<p>We measure your progress with rating scales throughout treatment and share updates with your referring provider. After the acute course, we work with you and your provider on a maintenance plan and, when appropriate, return your ongoing care to them.</p>
</section>

<section>
<h2>Our team</h2>
<ul>
<li>Catherine Boateng, MD &ndash; Medical Director, Interventional Psychiatry</li>
<li>Michael Ferraro, MD &ndash; Psychiatrist, ECT and TMS</li>
<li>Ana Lucia Restrepo, MD &ndash; Psychiatrist, Ketamine and Esketamine Program</li>
<li>Jonathan Pike, MD &ndash; Anesthesiologist, ECT and Ketamine</li>
<li>Theresa Quinlan, PMHNP-BC &ndash; Psychiatric Nurse Practitioner</li>
<li>Interventional psychiatry nursing team, financial counselors and patient navigators</li>
</ul>
</section>

<section>
<h2>Insurance and costs</h2>
<p>ECT, TMS and esketamine are covered by Medicare, Medicaid and most commercial plans when criteria are met. IV ketamine for depression is usually not covered; self-pay pricing is available from our financial counselors, and patients may be eligible for the St. Brendan financial assistance programme based on income. You can pay bills online through MyChart, by phone or in person.</p>
</section>

<section>
<h2>Safety information</h2>
<p>Ketamine and esketamine can cause dissociation, sedation, dizziness, nausea and increases in blood pressure, and they carry a risk of misuse. That is why we give them only in a monitored hospital setting, after a full evaluation, with follow-up. St. Brendan does not prescribe ketamine or esketamine for home use and does not sell or ship these medications. Please be cautious of websites offering ketamine or "Spravato" for delivery: they are not legitimate medical services.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Do I have to stay in the hospital?</h3>
<p>No. Almost all treatments are outpatient. A small number of patients receive ECT during an inpatient stay.</p>
<h3>How soon can I be seen?</h3>
<p>Current wait times for a consultation are about three to five weeks. Urgent referrals from inpatient units and emergency departments are prioritised.</p>
<h3>Can I choose which treatment I receive?</h3>
<p>Your preferences matter a great deal and we will discuss them openly. The final recommendation depends on your history, medical conditions, insurance coverage and the evidence for each treatment in your situation.</p>
<h3>Is there parking?</h3>
<p>Yes. Free patient parking is available in the Pavilion garage, off Riverside Drive. Valet parking is available at the main entrance.</p>
</section>

<section class="contact">
<h2>Contact us</h2>
<p>Interventional Psychiatry Service, Behavioral Health Pavilion, 3rd Floor, 1500 Riverside Drive, Dayton, OH<br>Phone: (937) 555-0150 &middot; Fax for referrals: (937) 555-0151<br>Monday to Friday, 7am to 5pm</p>
</section>
</main>
<footer>
<p>&copy; 2026 St. Brendan Health. St. Brendan Regional Medical Center is a not-for-profit, Catholic-sponsored health system.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination and language assistance</a> &middot; <a href="/price-transparency">Price transparency</a></p>
</footer>
""", noise="cookie")

p("h10431", "https://clinicaestelar-psiquiatria.example/esketamina/primera-visita", "clinic", False, "es",
  "clinica-es-esketamina-primera-visita-pagos-financiacion", "Tu primera visita para esketamina | Clínica Estelar de Psiquiatría", """
<div class="barra-superior">Clínica Estelar &middot; Calle de Velázquez 84, Madrid &middot; 910 555 210 &middot; Lunes a viernes de 8:00 a 20:00 &middot; <a href="/pagos">Pago online</a></div>
<header>
<a class="logo" href="/">Clínica <b>Estelar</b> <small>Psiquiatría y Salud Mental</small></a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/unidades">Unidades</a> <a href="/esketamina" class="activo">Unidad de esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Seguros</a> <a href="/contacto">Contacto</a></nav>
<a class="cita" href="/pedir-cita">Pedir cita</a>
</header>
<main>
<p class="migas"><a href="/esketamina">Unidad de esketamina</a> &rsaquo; Primera visita</p>
<h1>Tu primera visita a la Unidad de Esketamina</h1>
<p class="entradilla">Si te han derivado a nuestra unidad, o si estás valorando pedir cita, es normal tener dudas. Aquí te contamos con detalle cómo es la primera visita, cómo son las sesiones, qué cuesta y qué formas de pago y financiación ofrecemos. Si algo no queda claro, llámanos: preferimos resolver tus preguntas antes que tengas que venir con incertidumbre.</p>

<h2>Antes de venir</h2>
<p>La primera visita es una consulta de valoración con uno de los psiquiatras de la unidad, la Dra. Marta Ibáñez o el Dr. Javier Lozano. Dura unos 60 minutos y es presencial, en nuestra sede de la calle Velázquez. Te pedimos que traigas:</p>
<ul>
<li>Tu DNI o pasaporte y la tarjeta de tu aseguradora, si la tienes.</li>
<li>Los informes de psiquiatría que tengas, especialmente los que recojan los tratamientos que has seguido (qué antidepresivos, a qué dosis y durante cuánto tiempo).</li>
<li>La lista de todos los medicamentos que tomas ahora, incluidos suplementos.</li>
<li>Si te ha derivado otro profesional, su informe de derivación.</li>
</ul>
<p>No hace falta venir en ayunas a la primera visita, porque ese día no se administra ningún tratamiento.</p>

<h2>Qué pasa en la consulta de valoración</h2>
<p>El psiquiatra revisará contigo tu historia: cuándo empezaron los síntomas, cómo han evolucionado, qué tratamientos has probado y con qué resultado. También te preguntará por tu salud física, tu tensión arterial, posibles problemas de corazón o vasculares, el consumo de alcohol y otras sustancias y tu situación personal. Te tomaremos la tensión y, si hace falta, pediremos un electrocardiograma o una analítica.</p>
<p>Al final, el psiquiatra te dirá si cree que la esketamina está indicada en tu caso. Puede que no lo esté, por ejemplo si todavía hay tratamientos más sencillos que no se han probado bien, o si existe alguna contraindicación. En ese caso te propondremos alternativas, que pueden incluir otras opciones de nuestra clínica, como la estimulación magnética transcraneal, o un cambio en tu tratamiento actual.</p>

<h2>Cómo son las sesiones</h2>
<p>Si se decide empezar, programaremos las sesiones. Durante las cuatro primeras semanas suelen ser dos por semana; después, una semanal o cada dos semanas, según tu evolución. Cada sesión dura algo más de dos horas:</p>
<ol>
<li>Al llegar, la enfermera te toma la tensión y te pregunta cómo has estado.</li>
<li>Te administras tú mismo el espray nasal, en una sala individual, siguiendo las indicaciones y bajo la supervisión directa de la enfermera.</li>
<li>Te quedas descansando en un sillón reclinable durante al menos dos horas. La enfermera vuelve a tomar la tensión a los 40 minutos y antes del alta. Puedes escuchar música o simplemente descansar.</li>
<li>Antes de irte, el psiquiatra o la enfermera comprueban que te encuentras bien.</li>
</ol>
<p>Es importante que no comas nada en las dos horas previas y que no bebas líquidos en los 30 minutos anteriores. No puedes conducir el día de la sesión hasta haber dormido, así que necesitarás que alguien te acompañe o volver en transporte público o taxi.</p>
<p>El espray se administra siempre en la clínica. Nunca se entrega al paciente ni se envía a domicilio.</p>

<h2>Tarifas</h2>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Consulta de valoración (60 min)</td><td>150 &euro;</td></tr>
<tr><td>Sesión de esketamina (incluye supervisión y seguimiento)</td><td>desde 390 &euro; según dosis</td></tr>
<tr><td>Consulta de revisión con psiquiatra</td><td>90 &euro;</td></tr>
<tr><td>Bono fase de inducción (8 sesiones)</td><td>desde 2.950 &euro;</td></tr>
</table>
<p>El precio de la sesión incluye el medicamento, que varía según la dosis que prescriba el psiquiatra (28, 56 u 84 mg). Antes de empezar te entregaremos un presupuesto por escrito.</p>

<h2>Seguros</h2>
<p>Trabajamos con varias aseguradoras. Algunas cubren la consulta de valoración y las revisiones, y cada vez más autorizan también las sesiones de esketamina con un informe médico. Nuestro equipo de administración te ayuda a solicitar la autorización. Consulta la lista actualizada en <a href="/seguros">seguros</a>.</p>

<h2>Formas de pago, señal y financiación</h2>
<p>Puedes pagar con tarjeta, transferencia o Bizum a la cuenta de la clínica (nunca a un número particular), en recepción o desde nuestra página de <a href="/pagos">pago online</a>. Para reservar la primera sesión pedimos una señal de 100 &euro;, que se descuenta del precio y se devuelve íntegramente si cancelas con 48 horas de antelación o si el psiquiatra decide aplazar la sesión por motivos médicos.</p>
<p>Si lo prefieres, puedes financiar el bono de inducción en 6, 12 o 18 meses a través de una entidad financiera colaboradora, sujeto a su aprobación. Te explicaremos las condiciones con calma antes de que firmes nada.</p>
<p>No aceptamos criptomonedas y nunca te pediremos pagos por WhatsApp ni por redes sociales.</p>

<h2>Cita por WhatsApp</h2>
<p>Puedes pedir o cambiar cita escribiendo al WhatsApp de la clínica, 610 555 210. Por este canal solo gestionamos citas: no damos información clínica ni vendemos nada. Hemos detectado perfiles falsos que usan nuestro nombre para ofrecer "esketamina a domicilio"; no tienen ninguna relación con nosotros.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿Necesito volante de mi psiquiatra?</h3>
<p>No es imprescindible, pero es muy útil. Si tienes psiquiatra, le informaremos de la evolución con tu consentimiento.</p>
<h3>¿Puedo seguir con mi antidepresivo?</h3>
<p>Sí. La esketamina se usa junto con un antidepresivo oral. El psiquiatra revisará si conviene ajustarlo.</p>
<h3>¿Y si me encuentro mal durante la sesión?</h3>
<p>La enfermera está contigo todo el tiempo. Los efectos más habituales, como mareo o sensación de irrealidad, pasan en poco tiempo. Si fuera necesario, la clínica dispone de los medios para atenderte.</p>
</main>
<footer>
<p>Clínica Estelar de Psiquiatría S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; Dirección médica: Dra. Marta Ibáñez Roldán</p>
<p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h10432", "https://chu-valmont.example/soins/psychiatrie/centre-depression-resistante", "clinic", False, "fr",
  "chu-fr-centre-depression-resistante-esketamine-ketamine", "Centre expert de la dépression résistante – Kétamine et eskétamine | CHU de Valmont", """
<div class="bandeau"><a href="/">CHU de Valmont</a> &middot; <a href="/urgences">Urgences</a> &middot; <a href="/prendre-rdv">Prendre rendez-vous</a> &middot; <a href="/payer-en-ligne">Payer en ligne</a> &middot; <a href="/recrutement">Recrutement</a></div>
<header>
<a class="logo" href="/">CHU de Valmont <small>Centre hospitalier universitaire</small></a>
<nav><a href="/soins">Soins et spécialités</a> <a href="/patients">Patients et visiteurs</a> <a href="/professionnels">Professionnels de santé</a> <a href="/recherche">Recherche</a> <a href="/le-chu">Le CHU</a></nav>
</header>
<main>
<p class="fil"><a href="/soins">Soins</a> &rsaquo; <a href="/soins/psychiatrie">Pôle de psychiatrie</a> &rsaquo; Centre de la dépression résistante</p>
<h1>Centre expert de la dépression résistante</h1>
<p class="chapo">Le Centre expert de la dépression résistante du pôle de psychiatrie accueille les adultes souffrant d'un épisode dépressif qui n'a pas suffisamment répondu aux traitements habituels. Il propose une évaluation approfondie et, selon les cas, des traitements spécialisés réalisés à l'hôpital : eskétamine par voie nasale, perfusions de kétamine dans le cadre de protocoles, stimulation magnétique transcrânienne et électroconvulsivothérapie.</p>

<h2>À qui s'adresse le centre ?</h2>
<p>Le centre reçoit des patients adressés par leur psychiatre ou leur médecin traitant lorsque deux traitements antidépresseurs bien conduits, à dose et durée suffisantes, n'ont pas permis d'amélioration satisfaisante. Il accueille aussi des patients hospitalisés dans les unités du pôle. Le centre ne reçoit pas de demandes en urgence : en cas de crise, adressez-vous au service des urgences ou appelez le 3114, numéro national de prévention du suicide.</p>

<h2>Le parcours de soins</h2>
<h3>1. L'adressage</h3>
<p>Votre médecin nous adresse un courrier présentant votre histoire et les traitements déjà essayés. Les professionnels peuvent utiliser la messagerie sécurisée de santé ou le formulaire dédié de l'espace professionnels. Nous vous contactons ensuite pour fixer un premier rendez-vous. Le délai moyen est actuellement de six à huit semaines.</p>
<h3>2. Le bilan d'évaluation</h3>
<p>Le bilan se déroule sur une demi-journée, au rez-de-chaussée du bâtiment Pasteur. Il comprend un entretien approfondi avec un psychiatre du centre, des échelles d'évaluation réalisées avec une infirmière ou un psychologue, un examen clinique et, si nécessaire, un bilan sanguin et un électrocardiogramme. L'objectif est de confirmer le diagnostic, de vérifier que les traitements antérieurs ont été conduits correctement et de rechercher les facteurs qui peuvent entretenir la dépression : trouble du sommeil, problème thyroïdien, consommation d'alcool, difficultés de vie.</p>
<h3>3. La concertation et les propositions</h3>
<p>Votre dossier est discuté lors de la réunion de concertation pluridisciplinaire hebdomadaire. Une synthèse écrite, avec des propositions thérapeutiques, vous est remise lors d'une consultation de restitution et envoyée à votre médecin. Dans de nombreux cas, la proposition consiste à ajuster le traitement médicamenteux ou à renforcer la psychothérapie, sous la responsabilité de votre psychiatre habituel. Dans d'autres cas, un traitement spécialisé au CHU est proposé.</p>

<h2>Les traitements réalisés au CHU</h2>
<h3>Eskétamine par voie nasale</h3>
<p>L'eskétamine est indiquée chez l'adulte présentant une dépression résistante, en association avec un antidépresseur oral. C'est un médicament réservé à l'usage hospitalier : il est administré exclusivement dans l'établissement, le patient se l'administrant lui-même sous la surveillance directe d'un soignant, puis restant en observation pendant au moins deux heures, avec une surveillance de la tension artérielle. Le médicament n'est jamais remis au patient. Les séances ont lieu à l'hôpital de jour de psychiatrie, deux fois par semaine pendant le premier mois, puis de façon plus espacée.</p>
<h3>Kétamine par perfusion</h3>
<p>Dans certaines situations, et notamment dans le cadre de protocoles de recherche clinique menés par le centre, une perfusion intraveineuse de kétamine à faible dose peut être proposée. Elle est réalisée en hôpital de jour, sous surveillance continue, en lien avec le service d'anesthésie. Le psychiatre vous expliquera le cadre précis, les bénéfices attendus et les risques avant tout consentement.</p>
<h3>Stimulation magnétique transcrânienne et électroconvulsivothérapie</h3>
<p>Le centre dispose également d'un plateau de stimulation magnétique transcrânienne et travaille avec l'unité d'électroconvulsivothérapie du pôle, technique de référence pour les dépressions sévères.</p>

<h2>Déroulement d'une séance d'eskétamine</h2>
<p>Vous êtes accueilli à l'hôpital de jour. L'infirmière mesure votre tension et s'assure que vous avez respecté les consignes : pas de repas dans les deux heures précédentes, pas de boisson dans la demi-heure précédente, pas d'alcool la veille. Vous vous administrez le spray dans une chambre individuelle, en suivant ses indications. Vous restez ensuite allongé ou assis, au calme. Des sensations de flottement, d'étrangeté, des vertiges ou des nausées sont fréquents et passent en général en une heure. L'infirmière contrôle à nouveau la tension et votre état avant la sortie, validée par le médecin. Vous ne devez pas conduire avant le lendemain après une nuit de sommeil : prévoyez un accompagnant ou un transport.</p>

<h2>Prise en charge financière</h2>
<p>Les consultations, le bilan et les séances réalisées au CHU sont pris en charge par l'Assurance Maladie dans les conditions habituelles ; le ticket modérateur et le forfait hospitalier éventuel peuvent être couverts par votre complémentaire santé. Pensez à apporter votre carte Vitale et votre carte de mutuelle. Les factures peuvent être réglées en ligne sur le site du CHU, par carte bancaire, ou auprès du bureau des admissions.</p>

<h2>Mise en garde</h2>
<p>Le CHU de Valmont ne vend et n'expédie aucun médicament. Des sites internet et des comptes sur les réseaux sociaux proposent de la kétamine ou de l'« eskétamine à domicile » sans ordonnance, avec livraison discrète et paiement en cryptomonnaie. Ces offres sont illégales et dangereuses. En cas de doute, parlez-en à votre médecin ou au pharmacien.</p>

<h2>Équipe</h2>
<ul>
<li>Pr Isabelle Marchand, psychiatre, responsable du centre</li>
<li>Dr Thomas Nguyen-Lefèvre, psychiatre</li>
<li>Dr Aïcha Benali, psychiatre, coordinatrice de la recherche clinique</li>
<li>Mme Claire Robin, cadre de santé de l'hôpital de jour</li>
<li>Infirmières et infirmiers, psychologues, secrétariat médical</li>
</ul>

<h2>Contact et accès</h2>
<p>Bâtiment Pasteur, rez-de-chaussée, entrée C &middot; Secrétariat : 03 00 00 00 00, du lundi au vendredi de 9 h à 16 h 30. Accès en tramway, ligne B, arrêt « Hôpital ». Parking visiteurs payant P2.</p>
</main>
<footer>
<p>&copy; CHU de Valmont &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/donnees-personnelles">Données personnelles</a> &middot; <a href="/accessibilite">Accessibilité</a></p>
</footer>
""", noise="cookie-fr")

p("h10433", "https://clinicaatlantico-saudemental.example/cetamina/perguntas-frequentes", "clinic", False, "pt",
  "clinica-pt-pt-faq-cetamina-precos-pacotes", "Perguntas frequentes: tratamento com cetamina e escetamina | Clínica Atlântico Saúde Mental", """
<header>
<div class="topo">Clínica Atlântico &middot; Avenida da Boavista 1200, Porto &middot; 220 000 000 &middot; <a href="/marcacoes">Marcações online</a></div>
<a class="logo" href="/">Clínica <b>Atlântico</b> <small>Saúde Mental</small></a>
<nav><a href="/">Início</a> <a href="/equipa">Equipa</a> <a href="/especialidades">Especialidades</a> <a href="/cetamina" class="ativo">Cetamina e escetamina</a> <a href="/precos">Preços</a> <a href="/acordos">Seguros e acordos</a> <a href="/contactos">Contactos</a></nav>
</header>
<main>
<h1>Perguntas frequentes sobre o tratamento com cetamina e escetamina</h1>
<p class="intro">A Unidade de Depressão Resistente da Clínica Atlântico trata adultos com depressão que não melhorou com os tratamentos habituais. Reunimos aqui as perguntas que os doentes e as famílias nos colocam com mais frequência. As respostas foram revistas pela nossa equipa clínica em novembro de 2026.</p>

<h2>O tratamento</h2>
<h3>Que tratamentos oferecem?</h3>
<p>Oferecemos dois tratamentos. A escetamina em spray nasal, aprovada para a depressão resistente no adulto, sempre associada a um antidepressivo oral. E perfusões intravenosas de cetamina em dose baixa, uma utilização fora das indicações aprovadas que é apoiada por vários estudos e que propomos apenas a doentes selecionados, após discussão detalhada. Ambos são feitos exclusivamente nas nossas instalações, com vigilância.</p>
<h3>Quem pode fazer o tratamento?</h3>
<p>Adultos com depressão que não respondeu a pelo menos dois antidepressivos tomados em dose e durante tempo adequados. Não é indicado, por exemplo, em pessoas com hipertensão mal controlada, aneurismas, história de hemorragia cerebral, enfarte recente, perturbação psicótica, consumo ativo de substâncias ou gravidez. A decisão é sempre tomada numa consulta médica.</p>
<h3>Como começo?</h3>
<p>Marcando uma consulta de avaliação com um dos nossos psiquiatras, o Dr. Rui Carvalho ou a Dra. Inês Pacheco. Pode marcar online, por telefone ou pelo WhatsApp da clínica. Não é obrigatório trazer uma carta do seu médico, mas é muito útil trazer relatórios e a lista de medicamentos que já tomou.</p>

<h2>As sessões</h2>
<h3>Como decorre uma sessão de escetamina?</h3>
<p>A enfermeira mede a tensão arterial e confirma que cumpriu o jejum de duas horas. O doente aplica o spray a si próprio, numa sala individual, sob supervisão direta. Depois fica em repouso durante pelo menos duas horas, com novas medições da tensão. Na fase inicial as sessões são duas vezes por semana durante quatro semanas, e depois semanais ou quinzenais.</p>
<h3>E uma perfusão de cetamina?</h3>
<p>A perfusão dura cerca de 40 minutos, com monitorização contínua da tensão, do ritmo cardíaco e da oxigenação, e mais cerca de uma hora de recobro. Um ciclo inicial tem normalmente seis perfusões em duas a três semanas.</p>
<h3>O que posso sentir?</h3>
<p>É frequente sentir tonturas, uma sensação de distanciamento ou irrealidade, alterações na perceção do tempo e dos sons, e por vezes náuseas. Estes efeitos passam geralmente em menos de uma hora. A equipa de enfermagem está sempre presente.</p>
<h3>Posso conduzir depois?</h3>
<p>Não. Não pode conduzir até ao dia seguinte, depois de uma noite de sono. Venha acompanhado ou use transporte público ou táxi.</p>
<h3>Posso levar o medicamento para casa?</h3>
<p>Não. A escetamina e a cetamina são administradas apenas na clínica. Não prescrevemos estes medicamentos para uso em casa e não os enviamos pelo correio. Se encontrar na internet ofertas de cetamina ou escetamina com entrega ao domicílio, desconfie: não são serviços de saúde legítimos.</p>

<h2>Preços e pagamentos</h2>
<h3>Quanto custa?</h3>
<table>
<tr><th>Serviço</th><th>Preço</th></tr>
<tr><td>Consulta de avaliação em psiquiatria</td><td>110 &euro;</td></tr>
<tr><td>Sessão de escetamina (inclui vigilância)</td><td>a partir de 340 &euro;, conforme a dose</td></tr>
<tr><td>Perfusão de cetamina</td><td>320 &euro;</td></tr>
<tr><td>Pacote de indução de escetamina (8 sessões)</td><td>a partir de 2.560 &euro;</td></tr>
<tr><td>Pacote de perfusões (6 sessões)</td><td>1.740 &euro;</td></tr>
<tr><td>Consulta de seguimento</td><td>75 &euro;</td></tr>
</table>
<h3>O que está incluído nos pacotes?</h3>
<p>Os pacotes incluem as sessões, o medicamento, a vigilância de enfermagem e uma consulta de revisão a meio do ciclo. Só podem ser adquiridos depois da consulta de avaliação, se o psiquiatra recomendar o tratamento. Se o tratamento for interrompido por razões clínicas, as sessões não realizadas são reembolsadas.</p>
<h3>Pedem sinal?</h3>
<p>Para reservar a primeira sessão pedimos um sinal de 80 &euro;, descontado no valor final e reembolsado se desmarcar com 48 horas de antecedência.</p>
<h3>Que formas de pagamento aceitam?</h3>
<p>Multibanco, MB WAY para o número da clínica, cartão de crédito e transferência bancária. Os pacotes podem ser pagos em até seis prestações sem juros com cartão de crédito. Não aceitamos criptomoedas.</p>
<h3>Os seguros comparticipam?</h3>
<p>Alguns seguros de saúde comparticipam a consulta e, com relatório médico, parte das sessões. A nossa equipa administrativa ajuda a pedir a autorização. Consulte a página <a href="/acordos">seguros e acordos</a>. Emitimos fatura com NIF para efeitos de IRS.</p>
<h3>Vendem vales-oferta?</h3>
<p>Sim, temos vales para consultas e outros serviços da clínica, que podem ser oferecidos a um familiar. O vale não dá direito a tratamento com cetamina ou escetamina sem a avaliação médica prévia.</p>

<h2>Contacto</h2>
<h3>Posso marcar pelo WhatsApp?</h3>
<p>Sim, pelo número 910 000 000, apenas para marcações e informações práticas. Nunca enviamos propostas de venda nem pedimos pagamentos por WhatsApp. Se receber mensagens em nome da clínica a oferecer cetamina, trata-se de uma fraude.</p>
<h3>E em caso de crise?</h3>
<p>Ligue para o 112 ou para o SNS 24 (808 24 24 24). A clínica não presta serviço de urgência.</p>
<h2>A nossa equipa</h2>
<p>A Unidade de Depressão Resistente é coordenada pelo Dr. Rui Carvalho, psiquiatra, e integra a Dra. Inês Pacheco, psiquiatra, duas enfermeiras com formação em cuidados pós-anestésicos, uma psicóloga clínica responsável pelas sessões de integração e uma equipa administrativa que trata das marcações, dos orçamentos e dos pedidos aos seguros. Os nomes e as cédulas profissionais de todos os médicos estão publicados na página <a href="/equipa">equipa</a>. Trabalhamos em articulação com o médico de família e com o psiquiatra habitual de cada doente, a quem enviamos relatórios no fim de cada fase, com o consentimento do doente.</p>
</main>
<footer>
<p>Clínica Atlântico Saúde Mental, Lda. &middot; Licenciada pela Entidade Reguladora da Saúde &middot; Direção clínica: Dr. Rui Carvalho</p>
<p><a href="/privacidade">Política de privacidade</a> &middot; <a href="/livro-reclamacoes">Livro de reclamações</a></p>
</footer>
""", noise="cookie-pt")

p("h10434", "https://centroaurora-ketamina.example/pacchetti-e-prenotazioni", "clinic", False, "it",
  "clinica-it-pacchetti-prenotazione-whatsapp", "Pacchetti e prenotazioni | Centro Aurora – Terapie per la depressione resistente", """
<header>
<div class="barra">Centro Aurora &middot; Via Tiziano 18, Milano &middot; 02 0000 0000 &middot; WhatsApp solo prenotazioni: 333 000 0000</div>
<a class="logo" href="/">Centro <b>Aurora</b></a>
<nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/prima-visita">Prima visita</a> <a href="/pacchetti-e-prenotazioni" class="attivo">Pacchetti e prenotazioni</a> <a href="/faq">FAQ</a> <a href="/contatti">Contatti</a></nav>
</header>
<main>
<h1>Pacchetti, tariffe e prenotazioni</h1>
<p class="intro">Il Centro Aurora è un ambulatorio specialistico milanese dedicato alla depressione resistente. Offriamo esketamina spray nasale, infusioni endovenose di ketamina a basso dosaggio, stimolazione magnetica transcranica e psicoterapia di integrazione. In questa pagina trovi come prenotare, quanto costano le prestazioni, come funzionano i pacchetti e la caparra, e cosa facciamo e non facciamo tramite WhatsApp.</p>

<h2>Come prenotare</h2>
<p>Il primo passo è sempre la visita psichiatrica di valutazione, in presenza, con la dott.ssa Giulia Fontana o il dott. Paolo Cattaneo. Puoi prenotarla:</p>
<ul>
<li>online, dal nostro portale prenotazioni, a qualsiasi ora;</li>
<li>per telefono, dal lunedì al venerdì dalle 9 alle 18;</li>
<li>via WhatsApp, scrivendo al numero indicato in alto: la segreteria ti propone due o tre orari e ti invia il link per compilare l'anamnesi sul portale.</li>
</ul>
<p>Su WhatsApp gestiamo solo appuntamenti e informazioni pratiche (orari, indirizzo, parcheggio, documenti da portare). Non diamo consigli clinici, non chiediamo pagamenti e non vendiamo nulla. Non usiamo Telegram né i messaggi privati dei social network.</p>

<h2>La visita di valutazione</h2>
<p>Dura circa un'ora. Lo psiconatra ripercorre con te la storia della depressione, i farmaci provati con dosi e durata, le condizioni di salute, l'eventuale uso di alcol o altre sostanze. Misuriamo la pressione e, se serve, prescriviamo esami del sangue o un elettrocardiogramma. Al termine ti spieghiamo se, a nostro giudizio, un trattamento con esketamina o ketamina è indicato. Non sempre lo è: a volte consigliamo prima un aggiustamento della terapia o altre strade, e lo mettiamo per iscritto nella relazione che ricevi.</p>

<h2>Tariffe</h2>
<table>
<tr><th>Prestazione</th><th>Tariffa</th></tr>
<tr><td>Visita psichiatrica di valutazione</td><td>180 &euro;</td></tr>
<tr><td>Seduta di esketamina (farmaco, monitoraggio di 2 ore, controllo medico)</td><td>da 360 &euro; in base al dosaggio</td></tr>
<tr><td>Infusione endovenosa di ketamina (circa 40 minuti + osservazione)</td><td>380 &euro;</td></tr>
<tr><td>Seduta di psicoterapia di integrazione</td><td>90 &euro;</td></tr>
<tr><td>Visita di controllo</td><td>110 &euro;</td></tr>
</table>

<h2>I pacchetti</h2>
<p>Per chi inizia un ciclo di trattamento proponiamo pacchetti che riducono il costo per seduta. Si possono acquistare solo dopo la visita di valutazione e solo se lo psichiatra ha indicato il trattamento.</p>
<h3>Pacchetto Induzione Esketamina</h3>
<p>Otto sedute nelle prime quattro settimane, una visita di controllo intermedia e due sedute di psicoterapia di integrazione. Da 2.790 &euro; (il prezzo esatto dipende dal dosaggio prescritto).</p>
<h3>Pacchetto Ciclo Ketamina</h3>
<p>Sei infusioni in due-tre settimane, visita di controllo alla fine del ciclo e due sedute di integrazione. 2.150 &euro;.</p>
<h3>Condizioni</h3>
<ul>
<li>Ogni seduta resta una decisione clinica: prima di ciascuna controlliamo pressione e condizioni generali, e il medico può rinviarla.</li>
<li>Se il trattamento viene interrotto per motivi clinici, le sedute non effettuate vengono rimborsate.</li>
<li>I pacchetti sono personali, non cedibili, e valgono sei mesi.</li>
</ul>

<h2>Caparra</h2>
<p>Per confermare la prima seduta chiediamo una caparra di 100 &euro;, pagabile dal portale o in segreteria. Viene scalata dal costo della seduta ed è interamente rimborsabile se disdici almeno 48 ore prima o se il medico rinvia la seduta. In caso di disdetta tardiva viene trattenuta, salvo gravi e documentati motivi.</p>

<h2>Pagamenti e rateizzazione</h2>
<p>Accettiamo bancomat, carte di credito e bonifico. I pacchetti possono essere rateizzati in 6, 10 o 12 mesi tramite una società di credito convenzionata, previa approvazione. Rilasciamo fattura sanitaria detraibile. Alcune assicurazioni e fondi sanitari rimborsano la visita e, con relazione medica, parte delle sedute: ti aiutiamo con la documentazione. Non accettiamo criptovalute.</p>

<h2>Buoni regalo</h2>
<p>Puoi regalare a una persona cara un buono spendibile per visite e sedute di psicoterapia presso il Centro. Il buono non dà accesso a trattamenti con esketamina o ketamina senza una valutazione medica.</p>

<h2>Cosa non facciamo mai</h2>
<ul>
<li>Non prescriviamo né consegniamo ketamina o esketamina da usare a casa.</li>
<li>Non spediamo farmaci.</li>
<li>Non offriamo trattamenti senza visita in presenza.</li>
<li>Non chiediamo pagamenti via WhatsApp, in criptovalute o con carte regalo.</li>
</ul>
<p>Ci sono stati segnalati annunci sui social che usano il nome "Aurora" per vendere "ketamina spray a domicilio". Non hanno alcun legame con il Centro. Se li vedi, segnalali alla piattaforma e scrivici.</p>

<h2>Il giorno della seduta</h2>
<p>Non mangiare nelle due ore precedenti e non bere nei 30 minuti prima dell'esketamina. Porta un documento e, se vuoi, le cuffie. Non potrai guidare fino al giorno successivo: vieni accompagnato o usa i mezzi pubblici (M5, fermata Lotto). Il Centro è accessibile alle persone con disabilità.</p>
<h2>Domande frequenti su costi e prenotazioni</h2>
<h3>Posso prenotare una seduta di esketamina senza aver fatto la visita?</h3>
<p>No. La seduta si prenota solo dopo la visita di valutazione e solo se il medico ha indicato il trattamento. Se scrivi su WhatsApp chiedendo direttamente una seduta, la segreteria ti proporrà prima la visita.</p>
<h3>Serve l'impegnativa del medico di base?</h3>
<p>No, il Centro è privato e non serve l'impegnativa. È però molto utile portare le relazioni dello psichiatra che ti segue e l'elenco dei farmaci provati. Con il tuo consenso, terremo informato il tuo medico curante.</p>
<h3>Posso venire da solo?</h3>
<p>Alla visita sì. Alle sedute di esketamina e alle infusioni puoi arrivare da solo, ma al ritorno non puoi guidare: devi farti accompagnare o usare i mezzi pubblici o un taxi.</p>
<h3>La tariffa della seduta comprende il farmaco?</h3>
<p>Sì. La tariffa comprende il farmaco, il monitoraggio infermieristico di almeno due ore e il controllo del medico prima della dimissione. Il prezzo varia in base al dosaggio prescritto (28, 56 o 84 mg).</p>
<h3>Cosa succede se la pressione è alta il giorno della seduta?</h3>
<p>Ricontrolliamo dopo qualche minuto di riposo. Se resta sopra la soglia di sicurezza, la seduta viene rinviata senza alcun costo e la caparra resta valida per il nuovo appuntamento.</p>
</main>
<footer>
<p>Centro Aurora S.r.l. &middot; Poliambulatorio autorizzato &middot; Direttore sanitario: dott. Paolo Cattaneo</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie policy</a> &middot; <a href="/carta-servizi">Carta dei servizi</a></p>
</footer>
""")

# ---------------------------------------------------------------- informational (6)

p("h10435", "https://thecoastalledger.example/health/2026/11/ketamine-lookalike-clinic-websites-investigation", "informational", False, "en",
  "news-investigation-lookalike-clinic-sites", "They Look Like Ketamine Clinics. They're Online Drug Shops. | The Coastal Ledger", """
<header>
<a class="masthead" href="/">The Coastal Ledger</a>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health" class="on">Health</a> <a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/subscribe" class="sub">Subscribe</a></nav>
</header>
<main class="story">
<p class="kicker">Investigation</p>
<h1>They look like ketamine clinics. They're online drug shops.</h1>
<p class="dek">A Ledger review of 60 websites found dozens that borrow the language of medical practices &ndash; "intake", "integration", "your care team" &ndash; while selling ketamine to anyone with a card or a crypto wallet.</p>
<p class="byline">By Megan Albright and Tomás Ferreira &middot; November 24, 2026</p>

<p>The website looked like many others Rachel Dunmore had browsed that autumn. Soft green and beige, a photo of a woman curled up with a cup of tea, a headline that promised "A gentler path through depression." There was a page explaining "Your First Visit", a long list of frequently asked questions, and a pricing table with three packages named Explorer, Journey and Transformation.</p>
<p>"It felt like a clinic," said Dunmore, 41, a school administrator from Savannah who has lived with depression since her twenties. "It had all the right words. It talked about intentions and integration. I'd read about ketamine and I thought, this is like the telehealth places, just cheaper."</p>
<p>It was not like the telehealth places. Halfway down the "first visit" page, in a numbered list, was the line that mattered: adults who did not report a history of psychosis were "approved automatically." There was no video appointment and no doctor. Dunmore paid $329 in Bitcoin, following a guide on the site. Nine days later a padded envelope arrived containing twelve unlabelled lozenges in a plastic bag.</p>
<p>She never took them. "I looked at that bag and I thought, I have no idea what this is," she said. She eventually handed them in at a pharmacy take-back box.</p>

<h2>A growing imitation economy</h2>
<p>Over six weeks, Ledger reporters examined 60 websites that appeared in search results and social media ads for terms such as "at-home ketamine", "ketamine therapy online" and "ketamine clinic near me." We read every page of each site, noted how patients were evaluated, how payment was taken and where products were shipped, and checked named clinicians against state licensing databases.</p>
<p>Twenty-three of the sites were legitimate clinics or telehealth practices: they named licensed prescribers, required a live evaluation, sent prescriptions to licensed pharmacies and, in several cases, published explicit lists of what they would "never" do. Fourteen were directories, news or information sites.</p>
<p>The remaining 23 sold ketamine or products described as ketamine without any clinical evaluation. What struck reporters was how closely many imitated the look and structure of real providers. Eleven had long FAQs, nine had "how it works" pages with numbered steps, and seven offered "memberships" with monthly boxes. Only a careful reading revealed the tells, usually in the middle or near the end of long pages: a questionnaire that "instantly" approved, a discount for paying in cryptocurrency, ordering through WhatsApp or Telegram, promises to "reship if seized by customs", or vials and nasal sprays shipped "anywhere."</p>
<p>"They have learned the vocabulary," said Dr. Naomi Feldstein, a psychiatrist in Atlanta who treats patients with ketamine at an infusion clinic and reviewed a sample of the sites for the Ledger. "Five years ago these were crude shops with pictures of powder. Now they write better patient education than some real practices. But the structure gives them away. A clinic sells appointments. These sites sell quantities of a drug."</p>

<h2>Where the line is</h2>
<p>Ketamine is a Schedule III controlled substance in the United States. Doctors can prescribe it off-label for depression, and since the pandemic a number of telehealth companies have done so for use at home, typically as dissolving tablets, after a video evaluation. The Drug Enforcement Administration has extended rules that allow such prescribing without an in-person visit while it develops permanent regulations. The FDA has warned about the risks of at-home use without monitoring. Esketamine, sold as Spravato, is approved for treatment-resistant depression but may only be given in certified settings under supervision, and is never sent home with patients.</p>
<p>Legitimate telehealth services in the Ledger review all used live video evaluations with named clinicians, checked state prescription monitoring databases, required a person to be present during sessions, and shipped only through licensed pharmacies, to the patient's home address, with a signature required. None accepted cryptocurrency.</p>
<p>By contrast, 19 of the 23 seller sites accepted crypto, 14 took orders through messaging apps, and 17 offered shipping outside the United States. Six offered injectable vials. Three claimed to have licensed pharmacists reviewing orders; none of the pharmacies they named could be found in any state register.</p>

<h2>Borrowed names</h2>
<p>Several legitimate clinics told the Ledger their names had been used by sellers. Lakeshore Ketamine Clinic in Milwaukee published a warning on its website quoting four adverts that used its name and staff photographs. A telehealth company in California, Solace, added a banner to every page after discovering Telegram accounts using its logo.</p>
<p>"It's demoralising," said a nurse practitioner whose photo appeared, under a false name, on an Instagram account selling "troches and vials." She asked not to be named because of harassment. "People see my face and think I'm selling drugs by DM."</p>

<h2>What happened when we asked</h2>
<p>The Ledger attempted to contact all 23 seller sites through the contact methods they listed. Nine did not respond. Eight replied on WhatsApp or Telegram with price lists and offers of discounts for larger orders, and in two cases for "reseller" quantities. Four replied that they were "wellness education companies" that did not provide medical services. Two sites went offline during reporting.</p>
<p>One site, which described itself as an "online pharmacy" and advertised "esketamine nasal spray" for delivery to 40 countries, replied by email that prescriptions were "optional" and that customers were "responsible for the laws of their own country."</p>

<h2>Regulators' response</h2>
<p>A spokesperson for the FDA said the agency "continues to warn consumers against purchasing prescription drugs, including controlled substances, from websites that do not require a valid prescription," and pointed to its BeSafeRx campaign. The DEA did not comment on specific sites but said it investigates online distribution of controlled substances. The Federal Trade Commission said consumers who lose money to such sites should report it at its fraud portal.</p>
<p>Experts say enforcement is difficult because many sites are hosted abroad and reappear under new domains within days of being taken down. "It's whack-a-mole," said Kevin Ortega, a former federal prosecutor who now advises pharmacies on compliance. "The most effective protection is public awareness of what a real provider looks like."</p>

<h2>How to tell the difference</h2>
<p>Clinicians and regulators interviewed for this story offered similar advice. Look for named, licensed clinicians whose licences you can verify. Expect a live evaluation, by video or in person, and expect that you might be told no. Be wary of anything priced by the number of doses, discounts for crypto, ordering by messenger, and shipping to any address or abroad. And if a site's "first visit" does not involve meeting anyone, it is not a visit.</p>
<p>Dunmore has since started treatment at an in-person clinic near her home, after an evaluation that took two appointments and a call to her primary care doctor. "It was slower," she said. "It was also the first time anybody asked me the right questions."</p>
<p class="correction"><em>This article was updated to clarify the number of sites offering injectable products.</em></p>
</main>
<aside class="more"><h4>More in Health</h4><ul><li><a href="/health/2026/11/988-calls">Calls to 988 rose again this year</a></li><li><a href="/health/2026/10/tms-coverage">Insurers expand coverage for TMS</a></li></ul></aside>
<footer><p>&copy; 2026 The Coastal Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10436", "https://consumerprotection.statehealth.example/alerts/online-ketamine-sellers", "informational", False, "en",
  "state-health-department-consumer-alert", "Consumer Alert: Websites Selling Ketamine Without a Valid Prescription | State Department of Health", """
<div class="gov-banner">An official website of the State Department of Health &middot; <a href="#">Here's how you know</a></div>
<header>
<a class="seal" href="/">State Department of Health &middot; Division of Consumer Protection and Professional Licensing</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/complaints">File a complaint</a> <a href="/alerts" class="on">Alerts</a> <a href="/about">About</a> <a href="/espanol">Español</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/alerts">Consumer alerts</a> / Online ketamine sellers</p>
<h1>Consumer Alert: Websites selling ketamine without a valid prescription</h1>
<p class="date">Issued: October 30, 2026 &middot; Alert number CA-2026-14</p>

<h2>Summary</h2>
<p>The Department has received a growing number of complaints about websites and social media accounts that present themselves as ketamine clinics, telehealth services or pharmacies but sell ketamine, esketamine or related products without a valid prescription based on a genuine clinical evaluation. Some of these sellers use names, logos and photographs copied from licensed practices in this state. This alert explains the risks, describes common warning signs, and tells consumers how to verify providers and report problems.</p>

<h2>Background</h2>
<p>Ketamine is a Schedule III controlled substance. It is approved as an anesthetic and is also prescribed off-label by licensed practitioners for certain mental health conditions, either in clinics or, in some cases, for supervised use at home after an evaluation. Esketamine nasal spray is approved for treatment-resistant depression and may only be administered in certified healthcare settings under direct observation; it is never dispensed to patients for use at home.</p>
<p>In this state, a practitioner may prescribe a controlled substance only after establishing a bona fide practitioner-patient relationship, which includes an appropriate evaluation. A pharmacy may dispense a controlled substance only on a valid prescription, and must be licensed by the Board of Pharmacy, including as a non-resident pharmacy if it ships into the state.</p>

<h2>What the Department has seen</h2>
<p>Between January and September 2026, the Department received 61 complaints about online ketamine sellers, compared with 9 in all of 2025. Complaints described:</p>
<ul>
<li>Websites that "approve" consumers for ketamine through an online questionnaire, sometimes advertised as "instant" or "automatic," with no contact with any clinician.</li>
<li>Sellers that take orders through WhatsApp, Telegram or Instagram direct messages.</li>
<li>Requests for payment by cryptocurrency, gift cards, or person-to-person payment apps, often with discounts for crypto payment.</li>
<li>Products such as lozenges, nasal sprays, injectable vials and powders shipped in unmarked packaging, sometimes from outside the United States.</li>
<li>"Memberships" or "programs" with monthly deliveries and unlimited refills.</li>
<li>Use of the names, logos and staff photographs of licensed clinics in this state.</li>
<li>Consumers who paid and received nothing, and then received demands for additional "customs" or "insurance" fees.</li>
</ul>

<h2>Why this matters</h2>
<p>Products from these sellers may contain the wrong amount of ketamine, a different substance altogether, or contaminants. Using ketamine without medical evaluation and monitoring can be dangerous for people with high blood pressure, heart disease, certain psychiatric conditions or a history of substance use. Frequent use can lead to dependence and to serious bladder damage. Consumers who order from these sellers may also be committing an offence, and may lose money with no means of recovery.</p>

<h2>How to recognise a legitimate provider</h2>
<p>Licensed clinics and telehealth practices generally:</p>
<ul>
<li>Identify their clinicians by name, and those clinicians hold a current license in this state (you can check using the <a href="/verify">license verification tool</a>).</li>
<li>Require a live evaluation, in person or by real-time video, before prescribing.</li>
<li>Send prescriptions to a pharmacy licensed by the Board of Pharmacy, which ships only to the patient's address in the state, usually with a signature required.</li>
<li>Charge for clinical services (evaluations, visits, treatment sessions or memberships), not for quantities of drug.</li>
<li>Accept ordinary payment methods such as cards, insurance and HSA/FSA, and do not offer discounts for cryptocurrency.</li>
<li>Monitor patients and may decline, pause or stop treatment.</li>
</ul>
<p>Note that some legitimate practices use features that can look commercial, such as published prices, packages, memberships, deposits, financing, gift certificates or text-message appointment booking. These are not in themselves signs of illegal activity. The key questions are whether a licensed clinician evaluates you before anything is prescribed, and whether medication is dispensed by a licensed pharmacy on a valid prescription.</p>

<h2>What to do</h2>
<h3>If you are considering ketamine treatment</h3>
<p>Talk to your primary care provider or a psychiatrist. Verify any provider's license before booking. If a website does not let you see who will treat you, do not use it.</p>
<h3>If you have ordered from a suspicious seller</h3>
<p>Do not use the product. Dispose of it at a pharmacy or law enforcement take-back location. If you paid by card, contact your card issuer. Do not pay any additional fees demanded by the seller. If you have used a product and feel unwell, contact your healthcare provider or Poison Control at 1-800-222-1222; in an emergency call 911.</p>
<h3>How to report</h3>
<ul>
<li>Complaints about unlicensed practice or pharmacies: use the Department's <a href="/complaints">online complaint form</a>.</li>
<li>Websites selling prescription drugs illegally: the FDA's MedWatch and BeSafeRx resources.</li>
<li>Diversion of controlled substances: the DEA Diversion Control Division tip line.</li>
<li>Financial fraud: the Federal Trade Commission and the Office of the Attorney General Consumer Protection Unit.</li>
</ul>
<h3>If your practice's name is being misused</h3>
<p>Licensed practices whose names, logos or staff images are being used by sellers may notify the Department through the complaint form. The Department shares information with federal partners and platform operators.</p>

<h2>Related resources</h2>
<ul>
<li><a href="/alerts/ca-2025-09">Alert CA-2025-09: Counterfeit weight-loss medications sold online</a></li>
<li><a href="/pharmacy/nonresident">List of licensed non-resident pharmacies</a></li>
<li><a href="/behavioral-health/crisis">Crisis resources, including 988</a></li>
</ul>
<p class="small">This alert is for general information and does not constitute legal advice. It will be updated as circumstances change.</p>
</main>
<footer>
<p>State Department of Health &middot; Division of Consumer Protection and Professional Licensing &middot; Accessibility &middot; Privacy &middot; Public records requests</p>
</footer>
""")

p("h10437", "https://depressionallies.example/resources/choosing-a-ketamine-provider", "informational", False, "en",
  "patient-nonprofit-guide-and-directory", "Choosing a Ketamine or Esketamine Provider: A Patient Guide | Depression Allies Network", """
<header>
<a class="logo" href="/">Depression Allies Network</a>
<nav><a href="/about">About us</a> <a href="/support-groups">Support groups</a> <a href="/resources" class="on">Resources</a> <a href="/directory">Provider directory</a> <a href="/advocacy">Advocacy</a> <a href="/donate" class="donate">Donate</a></nav>
</header>
<main>
<p class="crumbs"><a href="/resources">Resources</a> &rsaquo; Treatment guides</p>
<h1>Choosing a ketamine or esketamine provider: a patient guide</h1>
<p class="intro">Depression Allies Network is a nonprofit run by people with lived experience of depression and their families. We do not provide treatment and we do not receive money from clinics, telehealth companies or drug manufacturers. We wrote this guide because our helpline now gets more questions about ketamine than about any other treatment, and because too many of our members have had bad experiences with sellers posing as providers.</p>

<h2>First, a word about expectations</h2>
<p>Ketamine and esketamine help some people with depression that has not responded to other treatments, sometimes quickly. They do not help everyone, the effects often fade without further sessions, and they carry real risks. Members who have done well with ketamine tell us that the preparation, the relationship with their care team and the follow-up mattered as much as the drug. Members who have had difficult experiences often say they were rushed, unsupported or alone.</p>
<p>Ketamine is also not the only next step. Transcranial magnetic stimulation, electroconvulsive therapy, medication changes and specific psychotherapies all have good evidence. A good provider will talk about all of these.</p>

<h2>The main types of legitimate provider</h2>
<h3>Certified esketamine (Spravato) treatment centres</h3>
<p>Esketamine is a nasal spray approved for treatment-resistant depression. It is only given in certified settings: you use the spray under supervision and stay for at least two hours of monitoring. Many psychiatric practices and hospitals are certified. Insurance often covers it after prior authorisation. You can find certified centres through the manufacturer's locator or by asking your psychiatrist.</p>
<h3>IV ketamine infusion clinics</h3>
<p>These clinics give ketamine by intravenous infusion, usually in a series of six sessions, with monitoring by nurses and a prescriber. Many are led by anaesthesiologists, some by psychiatrists. Treatment for depression is off-label and usually self-pay, often $400 to $800 per infusion. Many clinics publish prices, sell packages, take deposits, offer financing and even sell gift certificates. Those things are normal for self-pay medical practices. What matters is the evaluation and the care.</p>
<h3>Ketamine-assisted psychotherapy (KAP) practices</h3>
<p>KAP combines lower doses of ketamine, often as a lozenge or injection, with psychotherapy before, during and after. Sessions usually happen in the office with a therapist present.</p>
<h3>Telehealth practices</h3>
<p>Some telehealth practices prescribe low-dose oral ketamine for use at home after a live video evaluation with a licensed clinician, with a monitor present during sessions and regular follow-up. Medication is dispensed by a licensed pharmacy and shipped to your home. This model is more controversial among clinicians than in-office treatment, but when done carefully it is legitimate. Other telehealth psychiatry services do not prescribe ketamine themselves but evaluate you and refer you to an esketamine centre.</p>

<h2>Questions to ask any provider</h2>
<ul>
<li>Who will evaluate me, and what are their qualifications? Can I check their licence?</li>
<li>Will I meet a clinician live, in person or by video, before anything is prescribed?</li>
<li>What happens if you decide ketamine is not right for me?</li>
<li>How will my blood pressure and other vital signs be monitored?</li>
<li>What support is there before and after sessions?</li>
<li>How will you measure whether it is working, and when would you stop?</li>
<li>Will you communicate with my psychiatrist, therapist or GP?</li>
<li>What does everything cost, including things billed separately?</li>
</ul>

<h2>Red flags: when a "provider" is really a seller</h2>
<p>Our helpline volunteers have read hundreds of websites that members sent us. The sellers are getting better at looking like clinics, with FAQs, first-visit guides, pricing pages and testimonials. The warning signs tend to be in the middle or at the end of long pages, so read everything. Be very cautious if a site:</p>
<ul>
<li>Approves you through a questionnaire only, especially if approval is "instant" or "automatic".</li>
<li>Does not name any prescribing clinician.</li>
<li>Sells packages defined by number of lozenges, sprays or vials rather than by appointments.</li>
<li>Offers a discount for paying in cryptocurrency, or asks for gift cards or payment apps.</li>
<li>Takes orders through WhatsApp, Telegram or social media messages.</li>
<li>Ships to any address, abroad, or promises to "reship if seized".</li>
<li>Sells esketamine or Spravato for delivery. That is never legitimate.</li>
<li>Advertises "no prescription needed" or "no doctor visit".</li>
</ul>

<h2>How to use our directory</h2>
<p>Our <a href="/directory">provider directory</a> lists clinics, esketamine centres, KAP practices and telehealth services that members have recommended and that our volunteers have checked against state licensing databases. Each listing shows the type of provider, the clinicians' names, whether insurance is accepted and the approximate cost. We do not accept payment for listings and we remove providers if we receive credible complaints. A listing is not an endorsement of any particular treatment for you.</p>

<h2>Paying for treatment</h2>
<p>Ask about insurance coverage for esketamine and for the evaluation and therapy parts of other treatments. Ask for a superbill. Use HSA or FSA funds if you have them. If a provider offers financing, read the terms carefully, especially deferred-interest plans, and do not borrow more than you can manage. Some clinics offer reduced fees or assistance programmes for veterans and people on low incomes; it is always worth asking.</p>

<h2>Member voices</h2>
<blockquote>"The first clinic I called told me I wasn't ready because my blood pressure was too high. I was annoyed at the time. My GP sorted my blood pressure and I started three months later. It helped." &ndash; Andre, 52</blockquote>
<blockquote>"I ordered from a site that looked exactly like the telehealth company my sister uses. The only difference I noticed later was that I never spoke to a person. The 'nasal spray' made me sick for two days." &ndash; Kim, 34</blockquote>

<h2>Need to talk?</h2>
<p>Our peer helpline is open weekdays from 10am to 8pm Eastern. It is not a crisis line; if you are in crisis, call or text 988.</p>
</main>
<footer>
<p>Depression Allies Network is a 501(c)(3) nonprofit. We do not provide medical advice, diagnosis or treatment. &copy; 2026</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/funding">Our funding</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10438", "https://verbraucherportal-gesundheit.example/ratgeber/ketamin-online-bestellen", "informational", False, "de",
  "verbraucherportal-de-ratgeber-ketamin-online", "Ketamin und Esketamin im Internet: Woran Sie unseriöse Anbieter erkennen | Verbraucherportal Gesundheit", """
<header>
<a class="logo" href="/">Verbraucherportal <b>Gesundheit</b></a>
<nav><a href="/ratgeber">Ratgeber</a> <a href="/warnungen">Warnungen</a> <a href="/beratung">Beratung</a> <a href="/musterbriefe">Musterbriefe</a> <a href="/ueber-uns">Über uns</a></nav>
</header>
<main class="artikel">
<p class="rubrik">Ratgeber &rsaquo; Arzneimittel im Internet</p>
<h1>Ketamin und Esketamin im Internet: Woran Sie unseriöse Anbieter erkennen</h1>
<p class="stand">Stand: 28. November 2026</p>
<p class="teaser">Immer mehr Websites bieten Ketamin „für zu Hause" an &ndash; als Tabletten, Nasenspray oder sogar in Ampullen. Viele sehen aus wie Arztpraxen oder Telemedizin-Dienste. Wir erklären, was erlaubt ist, was nicht, und wie Sie seriöse Behandlungsangebote von illegalen Shops unterscheiden.</p>

<h2>Worum geht es?</h2>
<p>Ketamin ist ein Narkosemittel, das seit Jahrzehnten in Krankenhäusern eingesetzt wird. Forschende haben herausgefunden, dass niedrige Dosen bei manchen Menschen mit schweren Depressionen schnell wirken können. Seit 2019 ist in der EU ein Nasenspray mit dem verwandten Wirkstoff Esketamin für therapieresistente Depressionen zugelassen. Es darf nur in einer medizinischen Einrichtung unter Aufsicht angewendet werden; anschließend werden die Patientinnen und Patienten mindestens zwei Stunden überwacht. Ketamin als Infusion wird bei Depressionen in einigen Kliniken außerhalb der Zulassung eingesetzt, ebenfalls nur unter ärztlicher Überwachung.</p>
<p>In Deutschland ist Ketamin verschreibungspflichtig. Eine Anwendung „zu Hause" mit per Post verschickten Präparaten ist hierzulande keine anerkannte Behandlungsform. Esketamin-Nasenspray wird grundsätzlich nicht an Patientinnen und Patienten abgegeben.</p>

<h2>Was uns Verbraucherinnen und Verbraucher berichten</h2>
<p>In unserer Beratung häufen sich seit dem vergangenen Jahr Anfragen zu Online-Angeboten. Die Muster ähneln sich: Eine professionell gestaltete Website mit Begriffen wie „Telemedizin", „ärztlich entwickelt" oder „Behandlungsprogramm", ein ausführlicher Bereich mit häufigen Fragen, Preispakete mit Namen wie „Start" oder „Balance". Erst beim genauen Lesen zeigt sich, dass kein Arztgespräch stattfindet. Stattdessen gibt es einen kurzen Fragebogen, nach dem die „Freigabe" automatisch erfolgt.</p>
<p>Eine Frau aus Niedersachsen schilderte uns, dass sie für ein „Kombi-Paket" 449 Euro in Bitcoin bezahlt habe, nachdem ihre Kartenzahlung abgelehnt worden sei. Geliefert wurde nichts. Stattdessen forderte der Anbieter per Telegram weitere 120 Euro für angebliche „Zollgebühren". Ein Mann aus Bayern erhielt ein unbeschriftetes Fläschchen aus den Niederlanden, dessen Inhalt er nicht einschätzen konnte.</p>

<h2>Warnsignale im Überblick</h2>
<ul>
<li><strong>Kein echtes Arztgespräch:</strong> Ein Fragebogen ersetzt keine ärztliche Untersuchung. Formulierungen wie „sofortige Freigabe", „kein Videotermin nötig" oder „95 % werden freigegeben" sind ein deutliches Alarmzeichen.</li>
<li><strong>Keine Namen:</strong> Seriöse Praxen nennen ihre Ärztinnen und Ärzte mit Namen und Qualifikation, und im Impressum stehen die zuständige Ärztekammer und eine ladungsfähige Anschrift.</li>
<li><strong>Verkauf nach Menge:</strong> Praxen rechnen ärztliche Leistungen ab. Wer Pakete mit einer bestimmten Anzahl Tabletten, Sprays oder Ampullen verkauft, betreibt einen Handel.</li>
<li><strong>Zahlung in Kryptowährung:</strong> Rabatte für Bitcoin oder USDT, Vorkasse auf ausländische Konten oder Gutscheinkarten sind typisch für illegale Anbieter. Geld ist in diesen Fällen meist verloren.</li>
<li><strong>Bestellung per Messenger:</strong> Seriöse Anbieter nehmen keine Bestellungen für verschreibungspflichtige Arzneimittel über WhatsApp oder Telegram an.</li>
<li><strong>Versand „neutral" aus dem Ausland</strong> mit dem Versprechen, bei Zollproblemen „neu zu versenden".</li>
<li><strong>Esketamin zum Versand:</strong> Wer Esketamin-Nasenspray nach Hause schickt, ist in keinem Fall seriös.</li>
</ul>

<h2>Was seriöse Angebote ausmacht</h2>
<p>Nicht jede Website mit Preisen ist verdächtig. Viele Kliniken und Praxen, die Esketamin oder Ketamin-Infusionen anbieten, veröffentlichen ihre Preise für Selbstzahlende, bieten Behandlungspakete an, verlangen eine Anzahlung oder ermöglichen die Terminbuchung per Messenger. Auch Online-Psychiatriepraxen, die per Video untersuchen und dann an eine Klinik überweisen, sind legitim. Entscheidend ist: Vor jeder Behandlung steht eine persönliche ärztliche Untersuchung, das Medikament wird in der Einrichtung unter Aufsicht angewendet oder ausschließlich über eine Apotheke auf ärztliches Rezept abgegeben, und Sie können die behandelnden Personen überprüfen.</p>

<h2>Rechtliche Lage</h2>
<p>Die Bestellung verschreibungspflichtiger Arzneimittel ohne Rezept aus dem Ausland ist in Deutschland nicht erlaubt. Bei Ketamin kommen je nach Menge und Umständen weitere rechtliche Risiken hinzu. Der Zoll kann Sendungen beschlagnahmen, und es kann ein Ermittlungsverfahren eingeleitet werden. Die Verantwortung lässt sich nicht, wie manche Anbieter behaupten, einfach auf die Käuferin oder den Käufer „abwälzen" &ndash; aber sie trifft eben auch Sie.</p>
<p>Legale Versandapotheken erkennen Sie am EU-Sicherheitslogo, das auf den Eintrag im offiziellen Versandhandelsregister verlinkt. Ketamin und Esketamin werden von solchen Apotheken nicht ohne Rezept verschickt.</p>

<h2>Was tun, wenn Sie schon bestellt haben?</h2>
<ol>
<li>Nehmen Sie nichts ein, dessen Herkunft und Inhalt Sie nicht kennen. Entsorgen Sie es über eine Apotheke.</li>
<li>Zahlen Sie keine weiteren „Gebühren".</li>
<li>Bei Kartenzahlung: Kontaktieren Sie sofort Ihre Bank und fragen Sie nach einer Rückbuchung.</li>
<li>Erstatten Sie Anzeige bei der Polizei, auch online möglich.</li>
<li>Wenn Sie etwas eingenommen haben und es Ihnen schlecht geht: Rufen Sie den Giftnotruf Ihres Bundeslandes oder den Notruf 112 an.</li>
</ol>

<h2>Hilfe bei Depressionen</h2>
<p>Wenn Sie unter Depressionen leiden und die bisherige Behandlung nicht ausreicht, sprechen Sie mit Ihrer Hausärztin oder Ihrem Psychiater über weitere Möglichkeiten. Die Terminservicestellen der Kassenärztlichen Vereinigungen (116 117) vermitteln Termine. In akuten Krisen erreichen Sie die Telefonseelsorge rund um die Uhr unter 0800 111 0 111 oder 0800 111 0 222.</p>
<p class="hinweis">Dieser Ratgeber ersetzt keine ärztliche oder rechtliche Beratung.</p>
<h2>So prüfen Sie eine Praxis oder einen Telemedizin-Dienst</h2>
<p>Bevor Sie einen Termin buchen oder Geld bezahlen, lohnt sich ein kurzer Check. Schauen Sie ins Impressum: Steht dort ein Unternehmen mit Sitz in Deutschland oder der EU, eine verantwortliche Ärztin oder ein verantwortlicher Arzt, die zuständige Ärztekammer und eine Berufsbezeichnung? Ärztinnen und Ärzte lassen sich über die Arztsuche der Landesärztekammern finden. Lesen Sie die Seiten zum Ablauf vollständig, nicht nur die Startseite und die Preistabelle. Seriöse Anbieter erklären, dass vor einer Behandlung ein ausführliches Gespräch stattfindet, dass nicht jede Person behandelt wird und in welcher Einrichtung das Medikament angewendet wird.</p>
<p>Werden Sie skeptisch, wenn ein Anbieter keine Telefonnummer nennt, nur über Messenger erreichbar ist oder sein Sitz in einem Land außerhalb der EU liegt, während der Versand „aus einem EU-Lager" erfolgt. Fragen Sie im Zweifel bei Ihrer Krankenkasse, Ihrer Hausarztpraxis oder bei uns nach.</p>
</main>
<aside>
<h4>Beratung</h4>
<p>Fragen zu Online-Käufen von Arzneimitteln? Unsere Beratung ist telefonisch erreichbar: Mo&ndash;Do 10&ndash;16 Uhr.</p>
<h4>Verwandte Artikel</h4>
<ul><li><a href="/ratgeber/abnehmspritzen-faelschungen">Gefälschte Abnehmspritzen aus dem Netz</a></li><li><a href="/ratgeber/versandapotheke-pruefen">So prüfen Sie eine Versandapotheke</a></li></ul>
</aside>
<footer><p>&copy; Verbraucherportal Gesundheit e.V. &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10439", "https://drugsinfo-centrum.example/middelen/ketamine/online-kopen-en-nepklinieken", "informational", False, "nl",
  "harm-reduction-nl-ketamine-online-nepklinieken", "Ketamine: online kopen, nepklinieken en echte behandeling | DrugsInfo Centrum", """
<header>
<a class="logo" href="/">DrugsInfo <b>Centrum</b></a>
<nav><a href="/middelen">Middelen</a> <a href="/combinaties">Combinaties</a> <a href="/testen">Testen</a> <a href="/hulp">Hulp en advies</a> <a href="/voor-professionals">Voor professionals</a> <a href="/over-ons">Over ons</a></nav>
<form class="zoek"><input placeholder="Zoek een middel"><button>Zoek</button></form>
</header>
<main>
<p class="kruimel"><a href="/middelen">Middelen</a> &rsaquo; <a href="/middelen/ketamine">Ketamine</a> &rsaquo; Online kopen en nepklinieken</p>
<h1>Ketamine: online kopen, nepklinieken en echte behandeling</h1>
<p class="inleiding">Via onze chat en mail krijgen we steeds vaker vragen over websites die ketamine aanbieden "als behandeling tegen depressie", met thuisbezorging. Op deze pagina leggen we uit wat ketamine is, hoe een echte behandeling eruitziet, waarom de meeste online aanbieders geen zorgverleners zijn en wat je kunt doen om risico's te beperken. We oordelen niet; we geven informatie.</p>

<h2>Wat is ketamine?</h2>
<p>Ketamine is een verdovingsmiddel dat in ziekenhuizen en in de diergeneeskunde wordt gebruikt. In lagere doseringen geeft het een dissociatief effect: je kunt je los voelen van je lichaam en je omgeving, de tijd kan anders aanvoelen en beelden en geluiden kunnen veranderen. Bij een hoge dosis kun je in een toestand komen die soms een "K-hole" wordt genoemd, waarin je nauwelijks nog contact hebt met de buitenwereld. Ketamine valt in Nederland onder de Geneesmiddelenwet; bezit en verkoop zonder recept zijn niet toegestaan.</p>

<h2>Ketamine en esketamine als behandeling</h2>
<p>Onderzoek laat zien dat ketamine bij een deel van de mensen met een zware depressie, bij wie andere behandelingen niet hielpen, snel klachten kan verminderen. Esketamine, een variant van ketamine, is als neusspray geregistreerd voor therapieresistente depressie. In Nederland wordt die behandeling gegeven in ggz-instellingen en ziekenhuizen: je dient de spray daar zelf toe onder toezicht en blijft minstens twee uur ter observatie. Ketamine-infusen worden vooral in gespecialiseerde centra en in onderzoek gegeven. Je krijgt het middel nooit mee naar huis.</p>
<p>Een echte behandeling begint altijd met een uitgebreid gesprek met een psychiater, vaak na verwijzing door je huisarts. Er wordt gekeken naar eerdere behandelingen, je lichamelijke gezondheid en je gebruik van alcohol en drugs. Je bloeddruk wordt bij elke sessie gemeten. Niet iedereen komt in aanmerking, en dat is een teken van zorgvuldigheid, niet van onwil.</p>

<h2>Hoe herken je een nepkliniek?</h2>
<p>Veel online aanbieders doen zich voor als kliniek of online zorgverlener. Ze hebben mooie websites met uitgebreide veelgestelde vragen, een "programma" in fasen, een pagina over "je eerste sessie" en tarieven per pakket. Vaak staat pas halverwege of onderaan de pagina wat het echt is. Let op deze signalen:</p>
<ul>
<li>Je wordt "goedgekeurd" na een korte online vragenlijst, zonder gesprek met een arts.</li>
<li>Er staat nergens een naam van een arts met BIG-registratie.</li>
<li>Je koopt een aantal tabletten, sprays of flesjes, geen consulten.</li>
<li>Je bestelt via WhatsApp of Telegram.</li>
<li>Je betaalt met bitcoin of andere crypto, vaak met korting.</li>
<li>Het pakket komt "discreet", zonder afzender, en bij inbeslagname door de douane wordt het "opnieuw verzonden".</li>
<li>Er wordt esketamine-neusspray aangeboden om thuis te gebruiken. Dat bestaat legaal niet.</li>
</ul>
<p>Bedenk ook dat echte klinieken soms dingen doen die op het eerste gezicht commercieel lijken: prijzen op de site, pakketten van een aantal behandelingen, een aanbetaling, afspraken maken via WhatsApp. Dat is op zich geen reden voor wantrouwen. Waar het om gaat is of er een echte arts is die je onderzoekt voordat je iets krijgt, en of het middel in de kliniek wordt toegediend of via een apotheek op recept wordt geleverd.</p>

<h2>De risico's van ketamine uit een webshop</h2>
<p>Bij ketamine die je online koopt weet je niet wat je krijgt. In ons testservice zien we regelmatig monsters die als ketamine zijn verkocht maar iets anders bevatten, bijvoorbeeld een andere dissociatieve stof met een veel sterkere of langere werking, of ketamine die met andere middelen is versneden. De sterkte van sprays en oplossingen varieert enorm. Daarnaast:</p>
<ul>
<li>Zonder medische controle merk je een te hoge bloeddruk of hartproblemen niet op.</li>
<li>Bij dagelijks of bijna dagelijks gebruik kan blaasschade ontstaan (ketamineblaas), met pijn en vaak plassen, soms blijvend.</li>
<li>Ketamine kan psychisch verslavend zijn. Juist mensen die zich somber voelen lopen het risico het steeds vaker te gaan gebruiken.</li>
<li>Combinatie met alcohol, GHB of slaapmiddelen is gevaarlijk.</li>
<li>Je kunt geld kwijtraken aan oplichters die niets leveren.</li>
</ul>

<h2>Als je het toch gebruikt</h2>
<p>We raden het gebruik van ketamine uit onbekende bron af. Als je toch besluit het te gebruiken, beperk dan de risico's:</p>
<ul>
<li>Laat je middel testen bij een testservice. Dat kan anoniem.</li>
<li>Begin met een heel lage dosis en wacht lang genoeg voordat je meer neemt.</li>
<li>Gebruik nooit alleen. Zorg dat er iemand nuchter bij is.</li>
<li>Gebruik liggend of zittend op een veilige plek, niet in bad of buiten bij water of verkeer.</li>
<li>Combineer niet met alcohol of andere verdovende middelen.</li>
<li>Houd de frequentie laag. Merk je dat je het vaker wilt, praat er dan met iemand over.</li>
</ul>

<h2>Hulp bij depressie</h2>
<p>Heb je een depressie en helpen de behandelingen tot nu toe niet genoeg? Bespreek met je huisarts of behandelaar of een verwijzing naar een centrum voor therapieresistente depressie mogelijk is. Daar kunnen ze ook andere opties bespreken, zoals een andere medicatie, rTMS of ECT. Denk je aan zelfdoding? Bel 113 via 0800-0113, of chat via de website van 113.</p>

<h2>Hulp bij ketaminegebruik</h2>
<p>Maak je je zorgen over je eigen gebruik of dat van iemand anders? Je kunt anoniem contact opnemen met onze infolijn of met een instelling voor verslavingszorg in je regio. Bij blaasklachten na ketaminegebruik: ga naar je huisarts en vertel eerlijk wat je gebruikt; dat is belangrijk voor de behandeling.</p>
</main>
<aside>
<h4>Infolijn</h4>
<p>Werkdagen van 13.00 tot 17.00 uur. Anoniem en gratis.</p>
<h4>Testen</h4>
<p><a href="/testen/locaties">Vind een testlocatie bij jou in de buurt</a></p>
</aside>
<footer><p>DrugsInfo Centrum is een onafhankelijke informatiedienst. Deze informatie is geen medisch advies. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/colofon">Colofon</a></p></footer>
""", noise="cookie-nl")

p("h10440", "https://hollisterlane-compounding.example/prescribers/ketamine-prescriptions", "informational", False, "en",
  "licensed-compounding-pharmacy-rx-only-prescriber-page", "Ketamine Prescriptions: Information for Prescribers and Patients | Hollister Lane Compounding Pharmacy", """
<header>
<div class="top">Hollister Lane Compounding Pharmacy &middot; 612 Hollister Lane, Boise, ID &middot; (208) 555-0126 &middot; Mon&ndash;Fri 8:30&ndash;6, Sat 9&ndash;1</div>
<a class="logo" href="/">Hollister Lane <small>Compounding Pharmacy</small></a>
<nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/prescribers" class="on">For prescribers</a> <a href="/patients">For patients</a> <a href="/veterinary">Veterinary compounding</a> <a href="/licences">Licences</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="crumbs"><a href="/prescribers">For prescribers</a> &rsaquo; Ketamine prescriptions</p>
<h1>Ketamine prescriptions: information for prescribers and patients</h1>
<p class="lede">Hollister Lane is an independent, family-owned compounding pharmacy that has served Idaho since 1987. We prepare sublingual ketamine tablets and troches for patients of licensed clinicians, including several telehealth practices, on valid prescriptions only. This page sets out what we need from prescribers, what patients can expect, and the limits we apply. We also explain why we will not fill certain orders, since we receive a surprising number of requests from people who have found us through search engines.</p>

<h2>Our licences</h2>
<p>We hold an Idaho pharmacy licence and non-resident pharmacy licences in Oregon, Washington, Montana, Utah and Wyoming, and a DEA registration for Schedule II&ndash;V controlled substances. We are accredited for non-sterile compounding. Licence numbers are listed on our <a href="/licences">licences page</a> and can be verified with each state's board of pharmacy. We ship only to patients located in those six states.</p>

<h2>For prescribers</h2>
<h3>What we need</h3>
<ul>
<li>An electronic prescription for a controlled substance (EPCS), signed in accordance with federal requirements. We do not accept faxed or emailed prescriptions for ketamine.</li>
<li>Your active licence in the patient's state and DEA registration in that state.</li>
<li>The patient's full name, date of birth, home address and phone number. The delivery address must be the patient's residence in a state we are licensed for.</li>
<li>Diagnosis or indication, dose, route, quantity and directions. We recommend specifying the number of sessions the fill is intended to cover.</li>
<li>Allergies and current medications, or confirmation that these are recorded in a shared record we can access.</li>
</ul>
<h3>What we check</h3>
<p>Our pharmacists review every ketamine prescription individually. We check the state prescription drug monitoring programme for each fill, verify the prescriber's licence and DEA registration, review for interactions and duplications, and confirm that quantity and frequency are consistent with the indication. If the prescription was issued via telemedicine, we confirm that it complies with the current federal telemedicine rules for controlled substances. We will contact you if we have concerns, and we may decline to fill.</p>
<h3>Quantity limits</h3>
<p>As a matter of pharmacy policy, we dispense no more than a 30-day supply of ketamine per fill, and for at-home treatment programmes we ask prescribers to limit fills to the number of sessions planned before the next follow-up. Early refills are not dispensed without a documented clinical reason from the prescriber.</p>

<h2>For patients</h2>
<h3>How it works</h3>
<p>Once we receive a valid prescription from your clinician, we will call you from (208) 555-0126 to confirm your identity, address, allergies and payment. We will tell you the price before charging you. Your tablets are compounded, checked by a second pharmacist, labelled with your name and directions, and packed in a child-resistant container with a tamper-evident seal.</p>
<h3>Delivery</h3>
<p>We ship by overnight courier in plain outer packaging. An adult signature is required, and the package cannot be left unattended. If you live near Boise you may pick up in person with photo ID. We do not ship to PO boxes, parcel lockers, businesses, or outside our licensed states, and we never ship internationally.</p>
<h3>Payment</h3>
<p>We accept credit and debit cards, HSA/FSA cards and checks. We bill some insurance plans, although compounded ketamine is rarely covered. We do not accept cryptocurrency, gift cards, or payment through apps or messaging services.</p>
<h3>Counselling</h3>
<p>A pharmacist is available to answer questions about your medication during opening hours. We will remind you about storage (locked, away from others), about not combining with alcohol or sedatives, and about safe disposal of unused tablets.</p>

<h2>What we will not do</h2>
<p>We regularly receive emails, phone calls and messages asking us to sell ketamine without a prescription, to fill prescriptions from online "wellness" services that never examined the patient, or to ship to addresses in other states or countries. We also receive enquiries from businesses asking to buy ketamine in bulk for "resale" or "research". For clarity:</p>
<ul>
<li>We do not sell ketamine to anyone without a valid prescription from a licensed practitioner.</li>
<li>We do not fill prescriptions generated by automated questionnaires without a practitioner evaluation.</li>
<li>We do not supply ketamine to other businesses, clinics or individuals for resale.</li>
<li>We do not sell ketamine for "research" or "not for human consumption".</li>
<li>We do not take orders by WhatsApp, Telegram, social media or email.</li>
<li>Our veterinary compounding service dispenses only on prescriptions from licensed veterinarians for identified animals, and does not supply ketamine to the public.</li>
</ul>
<p>Please do not ask. Staff are instructed to end such conversations, and we report suspicious requests to the Idaho Board of Pharmacy and the DEA.</p>

<h2>Impersonation</h2>
<p>We have learned that at least one website has copied our name and address onto a page selling "ketamine troches" for delivery nationwide with payment in Bitcoin. That site has no connection to us. Our only website is this one, and we never sell directly online without a prescription. If you come across a site using our name, please let us know.</p>

<h2>Working with telehealth practices</h2>
<p>We currently fill prescriptions for patients of four telehealth practices whose clinicians are licensed in our states. Before working with any practice, we review their evaluation process, monitoring requirements and prescribing protocols, and we require that each patient has had a live evaluation with the prescribing clinician. We do not pay or receive referral fees, and patients are always free to use another pharmacy.</p>

<h2>Questions</h2>
<p>Prescribers may call our pharmacist line at (208) 555-0127. Patients may call the main number. Please do not send protected health information by email.</p>
</main>
<footer>
<p>Hollister Lane Compounding Pharmacy, Inc. &middot; Pharmacist-in-charge: Margaret Olsen, PharmD, FACA</p>
<p><a href="/privacy">Notice of privacy practices</a> &middot; <a href="/licences">Licences</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

save(OUT, R)
