# Batch 112 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Who is speaking? Reports, quotes and offers". Informational pages that quote or paraphrase
# sellers at length (a news investigation into Telegram vendors, sentencing remarks, a customs press
# release, a regulator alert, a drug-checking warning, a harm-reduction forum scam thread, a research
# paper on cryptomarket listings, a fact-check, a consumer guide) next to sellers whose pages are
# written as if they were such reports (a vendor's "investigation" that crowns its own store, a shop
# blog "market report", a doorway "news digest" ending with an order line, a vendor's own forum post,
# a research-chemical supplier's "court report", a fake harm-reduction guide, an affiliate "fact-check",
# a "press release", a consumer "Ratgeber"/"guida"/"informe"/"enquete"/"noticias" by shops) and
# providers (telehealth services and clinics) that quote scam ads and fraud calls to warn patients, or
# answer press coverage. The label is who speaks and what the site does.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages (1,000+ words) with site chrome (menus, cookie banners, sidebars, comment
# sections, footers), medium articles and FAQs, forum threads, a plain-text judgment, and a few short
# plain-text snippets (press release, patient notice, social post).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch112.py (writes batch112/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch112")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- h11201 news investigation (informational, long)

p("h11201", "https://www.theledger-news.example/investigations/2026/11/telegram-ketamine-vendors", "informational", False, "en",
  "news-investigation-quoting-telegram-vendors-long", "Inside the Telegram channels selling 'pharma-grade' ketamine to anyone with a crypto wallet | The Ledger", """
<header class="masthead">
<div class="edition">US Edition &middot; Sunday, November 29, 2026 &middot; <a href="/subscribe">Subscribe</a> &middot; <a href="/login">Sign in</a></div>
<a class="brand" href="/">The Ledger</a>
<nav class="sections"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/investigations" class="active">Investigations</a> <a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav>
</header>
<main>
<article class="longform">
<p class="kicker">INVESTIGATION &middot; THE PILL MILL IN YOUR PHONE</p>
<h1>Inside the Telegram channels selling "pharma-grade" ketamine to anyone with a crypto wallet</h1>
<p class="dek">Over five months, Ledger reporters monitored 63 channels and storefronts advertising ketamine and the depression drug esketamine. Most promised hospital vials and "no prescription needed." Lab tests told a different story.</p>
<p class="byline">By Renata Okafor and Liam Thibodeaux &middot; Graphics by Sun-Hee Park &middot; 14 min read</p>
<figure><img src="/img/2026/11/telegram-grid.jpg" alt="A grid of screenshots of vendor channels, usernames blurred"><figcaption>Screenshots from vendor channels reviewed by The Ledger. Usernames and phone numbers have been partially obscured.</figcaption></figure>

<p>The first message arrived nine minutes after a reporter joined the channel. "Hello dear, welcome to PharmaK Direct," it read. "We supply original Rotexmedica and Ketalar 10ml vials, also esketamine nasal spray, same as clinic. No script, no questions. Price list pinned. Pay BTC, USDT or Apple gift card."</p>

<p>The pinned price list was long. Five vials of "injectable ketamine 50mg/ml" for $420. A single "Spravato device, sealed box" for $310. "Crystal shards, 98% pure, needle-point" at $65 a gram, falling to $38 a gram for anyone ordering a "Q" (a quarter-ounce). Shipping was "stealth, vacuum sealed, inside electronics box," and if a parcel was seized, the channel promised, "we reship once for free, no stress."</p>

<p>PharmaK Direct is one of 63 sellers The Ledger tracked between June and November across Telegram, WhatsApp business accounts, Instagram bios and a handful of English-language websites. Reporters did not buy drugs. Instead, The Ledger worked with CheckPoint Lab, a nonprofit drug-checking service in Oregon, which analysed 19 samples that its own clients said they had bought from sellers on the list.</p>

<h2>"Same as clinic"</h2>
<p>The sales pitch borrows heavily from the language of medicine. Sellers described their product as "clinic grade," "the one they give you in infusion," or "FDA approved for depression." Several reposted news stories about the 2019 approval of esketamine, Johnson &amp; Johnson's Spravato, as though the articles were endorsements.</p>

<p>"Why pay $800 a session at a ketamine clinic when you can do it at home for a fraction?" one WhatsApp seller wrote to a reporter who asked only whether the product was safe. "Clinics are just a business. Same molecule. I have customers who are nurses."</p>

<p>Another, operating under the name @ketadoc_official, sent a four-paragraph "protocol" recommending that buyers start with "0.5 ml IM in the thigh" and "increase slowly each week" — instructions that two anaesthesiologists who reviewed them for The Ledger called dangerous. "There is no monitoring, no blood pressure check, nobody in the room," said Dr. Marisol Hwang, who runs the anaesthesia service at a Portland teaching hospital. "That is not treatment. That is a stranger giving dosing advice for profit."</p>

<p>At least nine sellers claimed to have "doctors on staff." When asked for a name or licence number, most stopped responding. One replied: "Our doctor is private, bro. You want the product or not?"</p>

<h2>What was in the bags</h2>
<p>Of the 19 samples tested by CheckPoint Lab, 11 contained ketamine as the main active ingredient. Four contained 2-fluorodeschloroketamine (2F-DCK), a research chemical first sold online in 2016 whose effects and risks are far less studied. Two contained a mix of ketamine and an unidentified cutting agent. One was mostly caffeine. One, sold as "sealed Spravato," was a nasal spray device filled with saline and a trace of lidocaine.</p>

<p>"People assume the price tells them the quality," said Jonah Ferreira, CheckPoint's lab manager. "We saw the most expensive product in the set turn out to be salt water, and a cheap one turn out to be a completely different drug."</p>

<aside class="pullquote">"We reship once for free, no stress." &mdash; pinned message in a vendor channel</aside>

<h2>Payment in gift cards</h2>
<p>The Ledger found that sellers overwhelmingly asked for cryptocurrency, with Bitcoin and the stablecoin Tether most common. But a quarter also accepted gift cards from Apple, Steam or Amazon, a method consumer-protection officials associate with fraud because it is nearly impossible to reverse.</p>

<p>Three readers who contacted The Ledger after a call-out said they had paid sellers on our list and received nothing. One, a 34-year-old teacher in Ohio who asked not to be named because she feared losing her job, said she had found a seller after searching for "ketamine for depression without a doctor" at 2 a.m. "I had been waitlisted at a clinic for eight weeks," she said. "I sent $260 in Apple cards. Then they said customs had held the parcel and I needed to pay a $150 'clearance fee.' That's when I knew."</p>

<h2>The platforms respond</h2>
<p>Telegram did not answer detailed questions but pointed to its terms of service, which prohibit "illegal goods." Nineteen of the channels The Ledger flagged were removed within a week of our inquiry; eleven reappeared under new names within days, one announcing: "New channel, same trusted vendor, old customers get 10% off."</p>

<p>Meta said it had removed the Instagram accounts The Ledger identified. "We don't allow the sale of drugs on our platforms," a spokesperson said.</p>

<h2>What regulators say</h2>
<p>Ketamine is a Schedule III controlled substance. It can be legitimately prescribed off-label for depression and is given in infusion clinics and, increasingly, through telehealth companies that evaluate patients by video. Esketamine may only be dispensed to certified treatment centres under a federal safety programme and must be taken under observation. "Nobody can lawfully sell you Spravato to use at home," said a spokesperson for the Food and Drug Administration, which issued a warning about online sellers in 2023 and updated it this year.</p>

<p>Dr. Priya Natarajan, a psychiatrist who has studied ketamine for treatment-resistant depression, said she worried the sellers were exploiting patients who could not get or afford care. "The demand is real, and the waitlists are real," she said. "The answer is more access to supervised treatment, not a Telegram channel."</p>

<h2>How we reported this story</h2>
<p>The Ledger identified sellers through searches on Google, Bing and Telegram, through links shared in Reddit and Discord communities, and through tips from readers. Reporters joined public channels and messaged sellers using a disclosed research account, asking about products, prices and shipping. We quote sellers' own words because they show how these businesses present themselves; we do not name channels that remain active, and we did not purchase any substance. Drug-checking results come from CheckPoint Lab's anonymised client submissions, shared with permission.</p>

<p class="help">If you or someone you know is struggling, call or text 988 to reach the Suicide &amp; Crisis Lifeline.</p>
<p class="correction"><em>An earlier version of this article misstated the number of samples containing 2F-DCK. It was four, not five.</em></p>
</article>

<aside class="related">
<h3>More from this investigation</h3>
<ul>
<li><a href="/investigations/2026/11/ketamine-gift-card-scams">"Customs fee" scams: how fake sellers squeeze buyers twice</a></li>
<li><a href="/health/2026/11/what-ketamine-treatment-looks-like">What supervised ketamine treatment actually involves</a></li>
<li><a href="/investigations/2026/12/reader-questions-online-ketamine">Your questions about online ketamine, answered</a></li>
</ul>
<div class="newsletter"><h4>The Ledger Investigates</h4><p>Our best accountability reporting, every Friday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</aside>

<section class="comments"><h3>Comments (214)</h3><p>Comments are closed on this article.</p></section>
</main>
<footer><p>&copy; 2026 The Ledger Media Group. <a href="/tips">Send us a tip securely</a> &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11202 vendor's "investigation" crowning itself (seller, long)

p("h11202", "https://ketatruth-review.example/investigation/we-ordered-from-37-ketamine-shops", "seller", True, "en",
  "vendor-fake-investigation-crowning-own-store-long", "We Ordered From 37 Online Ketamine Shops. Only One Passed Our Lab Test. | KetaTruth", """
<header>
<div class="topline">Independent. Reader-funded. No sponsored rankings.*</div>
<a class="logo" href="/">KetaTruth <span>Consumer Investigations</span></a>
<nav><a href="/investigation">Investigations</a> <a href="/lab-results">Lab Results</a> <a href="/scam-list">Scam List</a> <a href="/store">Verified Store</a> <a href="/about">About Us</a></nav>
</header>
<main>
<article>
<p class="label">INVESTIGATION &middot; Updated November 2026</p>
<h1>We ordered from 37 online ketamine shops. Only one passed our lab test.</h1>
<p class="author">By the KetaTruth research desk &middot; 22 min read &middot; 1,284 comments</p>

<p>Every week our inbox fills with the same question: <em>"Is there any safe place to buy ketamine online?"</em> The honest answer, until this year, was that we didn't know. So we spent eight months and more than $11,000 finding out.</p>

<p>Between March and October 2026, our team placed orders with 37 websites, Telegram channels and darknet storefronts that advertise ketamine, esketamine nasal spray or "K analogues" to customers without a prescription. We paid the way a normal buyer would. We tracked every parcel. We sent what arrived to an accredited lab for GC-MS analysis. Here is what we found.</p>

<h2>The headline numbers</h2>
<table class="results">
<tr><th>Outcome</th><th>Shops</th></tr>
<tr><td>Took payment, never shipped</td><td>14</td></tr>
<tr><td>Shipped, parcel seized or lost</td><td>5</td></tr>
<tr><td>Delivered, wrong substance (2F-DCK, MXE, caffeine, saline)</td><td>9</td></tr>
<tr><td>Delivered, ketamine under 70% purity</td><td>8</td></tr>
<tr><td>Delivered, ketamine over 98% purity, on time, discreet</td><td><strong>1</strong></td></tr>
</table>

<p>In other words, 36 of 37 shops either scammed us, lost our money or sold us something we did not order. That's not a market. That's a minefield.</p>

<h2>How the scams work</h2>
<p>The most common pattern was the "customs fee." A shop takes payment, sends a fake tracking number, and three days later announces that the parcel has been "held at customs" and a $150–$400 "release fee" is needed. We paid this fee twice during the investigation, to document it. Neither parcel existed.</p>
<p>The second pattern was substitution. Several shops advertising "pharma Ketalar vials" sent us vials with hand-printed labels. One sent a bag of white powder labelled "K" that the lab identified as 2F-DCK. If you've ever had a "weird" night on what you thought was ketamine, this may be why.</p>
<p>The third pattern was simply vanishing. Telegram channels with 12,000 subscribers disappeared overnight, taking our orders with them.</p>

<h2>Red flags we learned to spot</h2>
<ul>
<li>Payment by gift card only. Every gift-card-only shop we tried was a scam.</li>
<li>No reship policy. A real vendor expects the odd seizure and covers it.</li>
<li>"Doctors on staff." No legitimate underground vendor has doctors. It's a lie to make you feel safe.</li>
<li>Prices that are too good. Pure ketamine does not sell for $15/g retail.</li>
<li>No lab results. If they can't show a recent GC-MS report, walk away.</li>
</ul>

<h2>What about darknet markets?</h2>
<p>We included six darknet storefronts in the sample. Escrow helped: we lost less money there than on Telegram. But escrow does nothing about what's in the bag, and two of the six shipped 2F-DCK sold as ketamine. Markets also exit-scam; one closed during our investigation with two of our orders still in escrow. For most readers, the learning curve (Tor, PGP, Monero) is also a real barrier.</p>

<h2>The one that passed: our verdict</h2>
<p>Only one vendor delivered exactly what it advertised, every time, across four separate orders to four states: <strong>KT Verified Supply</strong>. Its crystal tested at 99.1% ketamine HCl with no detectable adulterants. Its vials were sealed, batch-numbered and matched the manufacturer's packaging. Every parcel arrived in 3&ndash;6 days in plain packaging, with no signature required.</p>
<p>We were so impressed that, after the investigation closed, we did something we had never done before: we partnered with them. KT Verified Supply is now our in-house store, and KetaTruth readers get access to the exact batches we tested.</p>
<p class="disclosure">*Disclosure: KetaTruth receives revenue from sales made through the Verified Store. This did not influence our testing.</p>

<section class="store-embed" id="verified-store">
<h2>KT Verified Supply &mdash; reader prices</h2>
<p>Lab report for every batch included. No prescription or questionnaire required. Ships to all 50 states, Canada, UK and EU.</p>
<table class="price-list">
<tr><th>Product</th><th>Size</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl crystal (needle-point), batch KT-1126</td><td>1 g</td><td>$70</td><td><button class="add-to-cart" data-sku="kt-crystal-1">Add to cart</button></td></tr>
<tr><td>Ketamine HCl crystal</td><td>3.5 g</td><td>$210</td><td><button class="add-to-cart" data-sku="kt-crystal-35">Add to cart</button></td></tr>
<tr><td>Ketamine HCl crystal</td><td>7 g</td><td>$360</td><td><button class="add-to-cart" data-sku="kt-crystal-7">Add to cart</button></td></tr>
<tr><td>Ketamine 50 mg/ml injection, 10 ml vial (sealed)</td><td>1 vial</td><td>$95</td><td><button class="add-to-cart" data-sku="kt-vial-1">Add to cart</button></td></tr>
<tr><td>Ketamine 50 mg/ml injection, 10 ml vial (sealed)</td><td>5 vials</td><td>$410</td><td><button class="add-to-cart" data-sku="kt-vial-5">Add to cart</button></td></tr>
<tr><td>Esketamine nasal spray 28 mg device</td><td>2 devices</td><td>$340</td><td><button class="add-to-cart" data-sku="kt-esk-2">Add to cart</button></td></tr>
</table>
<ul class="store-terms">
<li>Pay with Bitcoin, Monero or USDT (TRC-20) &mdash; 10% off crypto orders. Code <strong>TRUTH10</strong> for a further 5%.</li>
<li>Stealth shipping: vacuum-sealed, odour-proof, inside a branded cosmetics box. No drug names on the label.</li>
<li>Free reship if your parcel is seized. One reship per order.</li>
<li>Questions? Telegram <strong>@KTverified_support</strong> (replies within 2 hours, 8am&ndash;11pm ET).</li>
</ul>
<a class="btn" href="/store">Open the Verified Store &rarr;</a>
</section>

<h2>Methodology</h2>
<p>Orders were placed by three team members in different states using personal addresses. Samples were split on arrival; half went to our partner lab, half were retained. Purity figures are from quantitative GC-MS. Where a vendor failed to deliver, we made one follow-up contact and then recorded the outcome. We did not consume any product. We have chosen not to publish the names of the 36 failed shops because many have already rebranded; see our <a href="/scam-list">Scam List</a> for the handles we know are currently active.</p>

<h2>Frequently asked questions</h2>
<h3>Is it legal to order ketamine online?</h3>
<p>Laws vary. Many of our readers order for personal use and have never had a problem. Our store ships discreetly so that your parcel looks like any other online purchase.</p>
<h3>Do I need a doctor?</h3>
<p>No. Our readers are adults who know their own bodies. See our <a href="/guides/dosing">dosing guide</a> for starting amounts.</p>
<h3>What if I'm using it for depression?</h3>
<p>Many of our customers tell us ketamine has changed their lives after clinics priced them out. We're proud to offer an affordable alternative.</p>
</article>

<section class="comments">
<h3>1,284 comments</h3>
<div class="comment"><b>mike_in_tx</b> &middot; 3 days ago<p>Finally someone did the work. Ordered the 3.5 from the verified store, arrived Thursday, exactly as described.</p></div>
<div class="comment"><b>sarahbeth</b> &middot; 5 days ago<p>Lost $300 to one of the customs-fee scammers last year. Wish I'd read this first. Does the store ship to Alaska?</p><div class="reply"><b>KetaTruth team</b><p>Yes! All 50 states. Message @KTverified_support for an Alaska quote.</p></div></div>
<div class="comment"><b>neurobro</b> &middot; 1 week ago<p>Vials were legit, sealed, Rotex. 10/10.</p></div>
</section>
</main>
<footer><p>KetaTruth &copy; 2026. Consumer investigations for the modern buyer. <a href="/privacy">Privacy</a> &middot; <a href="/disclosure">Affiliate disclosure</a> &middot; <a href="/contact">Contact</a></p><p class="small">Content is for informational purposes only.</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11203 telehealth scam alert quoting ad (telehealth, long)

p("h11203", "https://www.northlightmind.example/blog/scam-alert-spravato-at-home-ads", "telehealth", False, "en",
  "telehealth-blog-scam-alert-quoting-fake-ad-long", "Scam alert: ads using our name to sell \"Spravato at home\" | Northlight Mind Health", """
<header class="nav">
<a class="logo" href="/">Northlight <span>Mind Health</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-therapy">At-home ketamine therapy</a> <a href="/psychiatry">Virtual psychiatry</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/blog" class="active">Blog</a> <a class="btn" href="/get-started">Get started</a> <a href="/login">Patient login</a></nav>
</header>
<div class="alert-strip">Northlight will never ask you to pay in cryptocurrency or gift cards, and never ships esketamine (Spravato). <a href="/blog/scam-alert-spravato-at-home-ads">Read more</a></div>
<main class="post">
<p class="meta">Patient safety &middot; November 18, 2026 &middot; 7 min read</p>
<h1>Scam alert: ads using our name to sell "Spravato at home"</h1>
<p class="author">By Dana Whitfield, PMHNP-BC, Clinical Director, and the Northlight Trust &amp; Safety team</p>

<p>Over the past three weeks, more than forty people have contacted our care team about messages and social-media ads that appear to come from Northlight. Several had already sent money. We want to explain exactly what these ads say, why they are not from us, and what to do if you have been targeted.</p>

<h2>What the ads say</h2>
<p>The most widely shared version is an Instagram and Facebook ad that reuses photographs from our website. A patient forwarded it to us. We are reproducing the text in full, with the contact details removed, so you can recognise it:</p>
<blockquote class="scam-quote">
<p>&#10024; NORTHLIGHT MIND HEALTH &ndash; SPRAVATO AT HOME &#10024;</p>
<p>Tired of waiting lists? Get the FDA-approved depression nasal spray delivered to your door in 48 hours. NO doctor visit, NO prescription needed, 100% discreet.</p>
<p>&#9989; Original esketamine 28mg devices &#9989; Ketamine vials and lozenges also available &#9989; Bulk discounts for returning clients &#9989; Stealth packaging</p>
<p>Payment: Bitcoin, Zelle, CashApp or Apple gift cards. Message us on WhatsApp or Telegram to order today &#128073;</p>
</blockquote>
<p>A second version arrives as a text message or WhatsApp chat, usually after someone has searched online for ketamine treatment. It tends to read like this:</p>
<blockquote class="scam-quote">
<p>"Hi, this is Emily from Northlight patient services. We see you were interested in ketamine therapy. Our doctors have pre-approved you. To skip the evaluation and receive your first month of treatment, please send $289 via Apple gift card. Medication ships tonight."</p>
</blockquote>
<p>Some people who paid were later asked for a "pharmacy release fee" or "customs clearance." Nobody we have spoken to received anything.</p>

<h2>Why scammers pick on ketamine patients</h2>
<p>People looking for ketamine treatment are often exhausted, have tried several medications and have been told to wait. Scammers know that. They copy the look of real services, use phrases like "FDA-approved" and "pre-approved," and create urgency ("ships tonight"). None of this means you did anything foolish by clicking. It means the ads were built to work on people who are hurting.</p>

<h2>Why these are not from Northlight</h2>
<p>Everything about these messages is the opposite of how our service works:</p>
<ul>
<li><strong>We never skip the evaluation.</strong> Every new patient has a live video assessment of at least 45 minutes with a licensed psychiatric clinician, plus a medical history review, a PHQ-9 and a blood pressure check before any prescription is considered. Many people are not eligible, and we tell them so.</li>
<li><strong>We do not prescribe or ship esketamine (Spravato).</strong> Spravato may only be given in a REMS-certified healthcare setting where you are observed for at least two hours. If you may benefit from it, we refer you to a certified centre near you.</li>
<li><strong>We never sell vials or injectable ketamine.</strong> Our at-home programme uses oral ketamine tablets, prescribed at a fixed dose and dispensed by our licensed partner pharmacy, which ships only after your prescriber has sent a prescription in your name.</li>
<li><strong>We only take payment through our secure portal</strong> by card, HSA/FSA card or bank transfer. Never crypto, never gift cards, never CashApp or Zelle to a person.</li>
<li><strong>We only contact you from @northlightmind.example email addresses and our in-app messages.</strong> We do not use WhatsApp or Telegram.</li>
</ul>

<h2>How our at-home programme actually works</h2>
<ol>
<li><strong>Intake.</strong> Create an account and complete a detailed health questionnaire. This is a screening step only; nobody is approved from a questionnaire.</li>
<li><strong>Psychiatric evaluation by video.</strong> You meet one of our clinicians &mdash; you can see their names and licences on our <a href="/clinicians">clinician page</a> &mdash; who decides with you whether ketamine is appropriate, or whether another treatment is safer.</li>
<li><strong>Prescription and pharmacy.</strong> If you are eligible, your prescriber sends a prescription to our partner pharmacy. The pharmacy verifies it, labels it with your name and ships by tracked courier with signature required.</li>
<li><strong>Supervised sessions.</strong> Your first session is done on video with a Northlight guide present. You must have a sober adult (a "treatment monitor") at home for every session.</li>
<li><strong>Follow-up.</strong> Progress check-ins every two weeks, integration sessions, and a prescriber review before any refill.</li>
</ol>
<p>Membership is $229 per month after a $249 evaluation fee, billed through our portal. Medication is billed separately by the pharmacy.</p>

<h2>If you have been targeted</h2>
<ul>
<li>Do not send more money, whatever reason you are given.</li>
<li>Do not take anything you received from these sellers. Drug-checking services have found saline, other drugs and research chemicals in products sold as "Spravato."</li>
<li>If you paid with a gift card, contact the card issuer immediately; sometimes funds can be frozen.</li>
<li>Report the ad to the platform, and report the fraud to the FTC at ReportFraud.ftc.gov. You can also report to your state attorney general.</li>
<li>Forward screenshots to <a href="mailto:safety@northlightmind.example">safety@northlightmind.example</a>. We are collecting reports and working with Meta to take the accounts down.</li>
</ul>

<h2>If you're struggling right now</h2>
<p>We know many of the people who answered these ads did so because they were in pain and had waited a long time for care. That is not your fault. If you are in crisis, call or text 988. If you'd like a real evaluation, you can <a href="/get-started">start one here</a>; our current wait for a first appointment is about six days.</p>

<div class="author-box"><img src="/img/team/dana-whitfield.jpg" alt=""><p><strong>Dana Whitfield, PMHNP-BC</strong> is Northlight's Clinical Director. She is licensed in Oregon, Washington, California and Colorado.</p></div>
</main>
<aside class="sidebar"><h4>Related</h4><ul><li><a href="/blog/is-at-home-ketamine-safe">Is at-home ketamine safe?</a></li><li><a href="/blog/spravato-vs-ketamine">Spravato vs. ketamine: what's the difference?</a></li><li><a href="/blog/treatment-monitor">What does a treatment monitor do?</a></li></ul></aside>
<footer>
<p>Northlight Mind Health, PC &middot; Clinical services provided by licensed clinicians of Northlight Medical Group. Prescriptions dispensed by Cascade Specialty Pharmacy, licensed in all states served.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/hipaa">Notice of Privacy Practices</a> &middot; <a href="/contact">Contact</a></p>
<p class="small">Ketamine is not FDA-approved for depression; its use is off-label. Not for emergencies.</p>
</footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11204 vendor's own forum post (seller)

p("h11204", "https://forum.ravehaven.example/t/vendor-kcrystal-direct-eu-uk-us-menu-reviews/88213", "seller", True, "en",
  "forum-thread-vendor-own-post-menu", "[VENDOR] K-Crystal Direct — EU/UK/US — menu, reviews, reship policy - Ravehaven Forum", """
<header><a href="/" class="forum-logo">Ravehaven</a> <nav><a href="/latest">Latest</a> <a href="/c/marketplace">Marketplace</a> <a href="/c/trip-reports">Trip reports</a> <a href="/c/harm-reduction">Harm reduction</a> <a href="/login">Log in</a></nav></header>
<main class="topic">
<p class="crumbs"><a href="/c/marketplace">Marketplace</a> &rsaquo; <a href="/c/marketplace/dissociatives">Dissociatives</a></p>
<h1>[VENDOR] K-Crystal Direct &mdash; EU/UK/US &mdash; menu, reviews, reship policy</h1>
<div class="post op">
<div class="user"><b>KCrystalDirect</b> <span class="badge">Verified vendor</span><br><small>Joined Feb 2025 &middot; 412 posts</small></div>
<div class="content">
<p>Hey Ravehaven fam, updated thread for Q4. Old one got too long. Same team since 2025, 2,900+ orders delivered, 4.9 rating on our store. Read everything before you DM.</p>
<h3>MENU (prices in EUR / GBP / USD)</h3>
<pre>
KETAMINE S-ISO shards (the clean heady one)
  1g   &euro;45 / &pound;40 / $50
  5g   &euro;175 / &pound;155 / $195
  10g  &euro;300 / &pound;265 / $330
  28g  &euro;690 / &pound;600 / $760

KETAMINE RACEMIC needles
  5g   &euro;140   10g &euro;240   28g &euro;520

2F-DCK (research only)   5g &euro;90   10g &euro;160
Ketalar 10ml vials       1 vial &euro;80 &middot; 5 vials &euro;360
</pre>
<h3>SHIPPING</h3>
<p>EU from NL, UK from domestic drop, US from domestic drop (2&ndash;4 days). Double vac-sealed, MBB, inside retail packaging. Tracking sent by PGP or Session. We reship once at 100% if lost/seized with proof of tracking; second time 50%.</p>
<h3>PAYMENT</h3>
<p>XMR preferred (5% off), BTC, LTC. No PayPal, no cards, don't ask.</p>
<h3>ORDERING</h3>
<p>DM me here with what you want + country, or Session ID <code>05a9f...c7e1</code>, or Telegram <b>@kcrystal_direct</b> (beware clones, we only have ONE handle). Minimum order 1g. No questions asked, adults only.</p>
<p>Test your stuff, start low, don't mix with alcohol. Stay safe fam &#128156;</p>
</div>
</div>
<div class="post"><div class="user"><b>wobblyvoid</b><br><small>Joined Jun 2024</small></div><div class="content"><p>Got the S-iso 5g to Germany in 3 days, reagent test fine. Smooth as always.</p></div></div>
<div class="post"><div class="user"><b>glitterlung</b><br><small>Joined Oct 2025</small></div><div class="content"><p>Second order, UK drop. Arrived next day. Communication on point.</p></div></div>
<div class="post"><div class="user"><b>mod_hazel</b> <span class="badge staff">Moderator</span></div><div class="content"><p>Reminder: vendor threads are the vendor's responsibility. Use escrow where possible and report scammers in the Scam Watch subforum.</p></div></div>
<div class="post"><div class="user"><b>KCrystalDirect</b> <span class="badge">Verified vendor</span></div><div class="content"><p>Black Friday: 10% off all orders over &euro;200 until Sunday. Mention "RH-BF" in your DM.</p></div></div>
</main>
<footer><p>Ravehaven &middot; <a href="/faq">FAQ</a> &middot; <a href="/rules">Rules</a> &middot; Powered by Discourse</p></footer>
""")

# ---------------------------------------------------------------- h11205 harm-reduction forum scam-warning thread (informational)

p("h11205", "https://community.saferspace-hr.example/threads/scam-warning-ketapharmadirect-customs-fee.51877/", "informational", False, "en",
  "harm-reduction-forum-scam-warning-thread-quoting-vendor", "SCAM WARNING: \"KetaPharmaDirect\" customs-fee scam (screenshots) | SaferSpace Community", """
<header class="forum-head"><a href="/" class="logo">SaferSpace Community</a><span class="tagline">Peer support &amp; harm reduction since 2011</span>
<nav><a href="/forums/">Forums</a> <a href="/whats-new/">What's new</a> <a href="/wiki/">Drug wiki</a> <a href="/help/rules">Rules</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav></header>
<div class="notice">SaferSpace is a harm-reduction community. <strong>Sourcing is strictly prohibited</strong>: do not ask for, offer or link to vendors. Scam warnings are allowed in this subforum if vendor contact details are removed.</div>
<main>
<p class="crumbs">Forums &rsaquo; Dissociatives &rsaquo; Scam Watch</p>
<h1>SCAM WARNING: "KetaPharmaDirect" customs-fee scam (screenshots)</h1>
<article class="message">
<div class="user">nightjar_88 <small>Member &middot; 1,102 posts</small></div>
<div class="body">
<p>Posting this so nobody else gets caught. Last month my housemate (who isn't on here) found a site calling itself KetaPharmaDirect after googling "ketamine for depression no doctor". She's been on a clinic waitlist forever. Here's what their site said, word for word, minus the links:</p>
<blockquote>"Welcome to KetaPharmaDirect, the #1 trusted online pharmacy for ketamine hydrochloride, Ketalar and esketamine. We ship worldwide with no prescription required. All orders are packed discreetly. Payment via Bitcoin or gift card. Guaranteed delivery or your money back."</blockquote>
<p>She paid $240 in BTC for "2 vials". Got a tracking number that didn't work. Then this arrived on WhatsApp:</p>
<blockquote>"Dear customer your package has been held by customs due to medical content. To release it you must pay a clearance fee of $180 within 24 hours, otherwise package will be destroyed and you will be reported to authorities."</blockquote>
<p>The "reported to authorities" part is what got her scared enough to pay. Obviously nothing came. When she asked for a refund they blocked her.</p>
<p>Red flags in hindsight: calls itself a pharmacy but no prescription, crypto only, and the threat. Please share with anyone you know who's desperate for treatment.</p>
</div>
</article>
<article class="message">
<div class="user">kiwi_dissociated <small>Member</small></div>
<div class="body"><p>Same script as the "PharmaK" one from last year, basically word for word. The "package will be destroyed" line is a giveaway. Real customs don't message you on WhatsApp.</p></div>
</article>
<article class="message">
<div class="user">Harm Reduction Team <small class="staff">Staff</small></div>
<div class="body">
<p>Thanks for posting, and sorry this happened to your housemate. A few things for anyone reading:</p>
<ul>
<li>Any site that sells ketamine or esketamine without a prescription is not a pharmacy, whatever it calls itself. Some are scams; some ship product that drug-checking services have found to be 2F-DCK or other substances.</li>
<li>If you do end up with something, get it tested. Our <a href="/wiki/drug-checking">drug-checking directory</a> lists free and mail-in services.</li>
<li>If you're looking for ketamine as a depression treatment, supervised clinics and telehealth services with real clinician evaluations exist, and some have sliding-scale fees. See our <a href="/wiki/ketamine-treatment-access">treatment access page</a>.</li>
<li>Report fraud to the FTC (US), Action Fraud (UK) or your local equivalent.</li>
</ul>
<p>We've removed the domain and WhatsApp number from the original post per our rules. Thread stays open for further warnings only. Any sourcing requests will be deleted and the account banned.</p>
</div>
</article>
<article class="message">
<div class="user">moth_and_lamp <small>Member</small></div>
<div class="body"><p>Got the exact same customs message in September from a different name. Reported to Action Fraud, for what it's worth they did log it.</p></div>
</article>
</main>
<footer><p>SaferSpace Community is run by volunteers and does not provide medical advice. <a href="/help/privacy">Privacy</a> &middot; <a href="/help/terms">Terms</a></p></footer>
""")

# ---------------------------------------------------------------- h11206 clinic blog about patients' screenshots of ads (clinic, long)

p("h11206", "https://www.harborpointinfusion.example/blog/when-patients-show-us-online-ketamine-ads", "clinic", False, "en",
  "infusion-clinic-blog-quoting-online-ads-long", "What we tell patients who show us online ketamine ads | Harbor Point Ketamine & Infusion Center", """
<div class="top-bar">Call (207) 555-0148 &middot; 84 Commercial St, Suite 3, Portland, ME &middot; Mon&ndash;Sat 7am&ndash;6pm</div>
<header>
<a href="/" class="logo">Harbor Point <small>Ketamine &amp; Infusion Center</small></a>
<nav><a href="/treatments/depression">Depression</a> <a href="/treatments/ptsd">PTSD</a> <a href="/treatments/chronic-pain">Chronic pain</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/blog" class="active">Blog</a> <a href="/book" class="btn">Book a consultation</a></nav>
</header>
<main>
<article>
<p class="post-meta">From the clinic &middot; October 30, 2026 &middot; Dr. Thomas Albrecht, MD, Medical Director</p>
<h1>What we tell patients who show us online ketamine ads</h1>

<p>At least once a week, a patient sitting in one of our infusion chairs pulls out a phone and says, "Doc, what about this?" On the screen is an ad, a Telegram channel or a website promising ketamine delivered to the door. Sometimes they are curious. Sometimes they have already ordered. Occasionally a family member has found the package.</p>

<p>We don't lecture. Most people who look at these ads are in real pain and have been failed by long waits and high costs, including, sometimes, ours. But we do explain what they're looking at. Here are three real ads patients have shown us this year, lightly trimmed, and what we said about each.</p>

<h2>1. "Infusion-quality ketamine, at home"</h2>
<blockquote>"Skip the $600 clinic visit. Our pharmaceutical-grade ketamine is the SAME medication used in IV infusion centers. Order online in minutes &ndash; no appointment, no prescription. Ships in unmarked packaging. 20% off your first order with code CALM20."</blockquote>
<p><strong>What we said:</strong> The molecule may be the same; everything around it is not. During an infusion here, a registered nurse places an IV, we dose by your body weight over 40 minutes with a pump, and we watch your blood pressure, heart rate and oxygen the whole time. About one in six patients needs their dose adjusted mid-session for blood pressure or nausea. That monitoring is most of what you're paying for. An unmarked package with no prescription cannot give you any of it, and you have no way of knowing what's in it.</p>

<h2>2. The "doctor-approved" WhatsApp seller</h2>
<blockquote>"Our licensed doctor reviews your form within 10 minutes. 99% approval rate! Choose lozenges, nasal spray or vials. Pay with crypto for discreet billing. WhatsApp us now."</blockquote>
<p><strong>What we said:</strong> A 99% approval rate from a ten-minute form is not a medical evaluation. When we assess someone for ketamine, we take a full psychiatric and medical history, review current medications (some interact badly), screen for psychosis, uncontrolled hypertension and substance use, and coordinate with your therapist or psychiatrist. We turn down roughly a fifth of the people who come for consultation, or suggest something else first. A service that approves everyone isn't screening; it's selling.</p>
<p>We also pointed out that legitimate telehealth ketamine programmes do exist. They name their clinicians, evaluate you live on video, and send prescriptions to a licensed pharmacy. None of them takes crypto "for discreet billing."</p>

<h2>3. The "Spravato without the clinic" listing</h2>
<blockquote>"Genuine esketamine nasal spray, 56mg and 84mg kits. Same as your psychiatrist gives. Use at home at your own pace. Worldwide stealth shipping, reship guarantee."</blockquote>
<p><strong>What we said:</strong> We are a certified Spravato treatment center, so this one is close to home. By law, Spravato can only be dispensed to and administered in certified settings like ours. You take it in our office, under observation, and stay with us for at least two hours while the dissociation and blood-pressure effects pass. It is never sent home with patients. Anything advertised as Spravato "to use at home" is either diverted, counterfeit or empty; drug-checking groups have found saline in devices like these.</p>

<h2>If you've already ordered</h2>
<p>Tell us. You won't be judged and it won't affect your eligibility for treatment here. We would much rather know, so we can talk through risks, check for interactions with anything we're giving you, and point you to free drug-checking if you still have the product. If you feel unwell after taking something you bought online, call 911 or Poison Control at 1-800-222-1222.</p>

<h2>Other questions patients ask us</h2>
<p><strong>"Isn't the online stuff cheaper?"</strong> Per dose, often yes. But a gram of unknown powder isn't comparable to a monitored infusion, and people who paid scam sellers frequently lost the money entirely. If cost is the barrier, ask us about reduced-fee slots before you look elsewhere.</p>
<p><strong>"What about telehealth ketamine?"</strong> Some of our patients use reputable telehealth programmes between infusions or after moving away, and we share records with them when asked. The ones we're comfortable with evaluate you on video, name their prescribers, use a licensed pharmacy and require a monitor at home. We're happy to look at any service you're considering and tell you honestly what we think.</p>
<p><strong>"Can I bring my own ketamine to an infusion?"</strong> No. We only use medication supplied by our licensed pharmacy distributor, logged and stored under DEA rules.</p>
<p><strong>"Will you report me if I tell you I bought some?"</strong> No. What you tell us is confidential medical information.</p>

<h2>What treatment here looks like</h2>
<ul>
<li><strong>Consultation</strong> (free, 30 minutes, in person or by phone) with our nurse coordinator.</li>
<li><strong>Medical evaluation</strong> with Dr. Albrecht or Dr. Yasmin Odeh, including vitals and a review of your records.</li>
<li><strong>Initial series:</strong> six IV infusions over two to three weeks, each about 90 minutes including recovery. A driver must take you home.</li>
<li><strong>Maintenance</strong> as needed, usually every three to eight weeks.</li>
<li><strong>Spravato</strong> sessions for eligible patients, billed to insurance where covered.</li>
</ul>
<p>Our self-pay price for an IV infusion is $475; the six-infusion series is $2,550 if paid up front. We offer CareCredit financing and a limited number of reduced-fee slots each month for patients who qualify. Ask at your consultation.</p>

<p class="cta"><a href="/book" class="btn">Book a free consultation</a> or call (207) 555-0148.</p>
</article>
<aside class="sidebar">
<div class="widget"><h4>Recent posts</h4><ul><li><a href="/blog/first-infusion-what-to-expect">Your first infusion: what to expect</a></li><li><a href="/blog/spravato-insurance-maine">Does Maine insurance cover Spravato?</a></li><li><a href="/blog/integration-therapy">Why we recommend integration therapy</a></li></ul></div>
<div class="widget"><h4>Newsletter</h4><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
</aside>
</main>
<footer>
<p>Harbor Point Ketamine &amp; Infusion Center, LLC &middot; 84 Commercial St, Suite 3, Portland, ME 04101 &middot; (207) 555-0148</p>
<p>This blog is for general education and is not medical advice. &copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p>
</footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11207 es shop "informe" del mercado (seller)

p("h11207", "https://informe-ketamina.example/informe-2026-mercado-ketamina-espana", "seller", True, "es",
  "shop-market-report-with-whatsapp-order-es", "Informe 2026: así está el mercado de la ketamina en España (precios, pureza, estafas)", """
<header><a href="/" class="logo">Informe K</a> <nav><a href="/">Inicio</a> <a href="/informes">Informes</a> <a href="/precios">Precios</a> <a href="/pedidos">Pedidos</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<article>
<h1>Informe 2026: así está el mercado de la ketamina en España</h1>
<p class="subtitulo">Precios medios, pureza real y cómo evitar las estafas de Telegram. Actualizado el 2 de diciembre de 2026.</p>

<p>Cada año recibimos cientos de mensajes de lectores que preguntan lo mismo: cuánto cuesta hoy la ketamina, si la que circula está cortada y dónde se puede conseguir sin jugarse el dinero. Este informe recoge lo que hemos visto en los últimos doce meses en Madrid, Barcelona, Valencia, Málaga e Ibiza.</p>

<h2>Precios medios por gramo</h2>
<table>
<tr><th>Ciudad</th><th>Calle</th><th>Online (Telegram)</th></tr>
<tr><td>Madrid</td><td>40&ndash;50 &euro;</td><td>30&ndash;45 &euro;</td></tr>
<tr><td>Barcelona</td><td>40&ndash;60 &euro;</td><td>30&ndash;45 &euro;</td></tr>
<tr><td>Ibiza (temporada)</td><td>70&ndash;90 &euro;</td><td>&mdash;</td></tr>
</table>

<h2>Pureza: lo que nadie te cuenta</h2>
<p>Según los análisis que circulan en foros, una parte importante de lo que se vende como "keta" lleva cortes o directamente es otra sustancia, como la 2F-DCK. La ketamina farmacéutica en viales apenas aparece en la calle, y cuando aparece se paga a precio de oro.</p>

<h2>Las estafas más comunes</h2>
<ul>
<li>Canales de Telegram que cobran por Bizum y desaparecen.</li>
<li>"Aduanas retuvo tu paquete": te piden una segunda transferencia.</li>
<li>Viales con etiquetas impresas en casa.</li>
</ul>

<h2>Nuestra recomendación</h2>
<p>Después de todo lo anterior, la pregunta lógica es: ¿entonces a quién le compro? Nosotros trabajamos desde 2023 con un único proveedor y ponemos nuestro nombre detrás. Por eso ahora vendemos directamente a nuestros lectores:</p>
<div class="oferta">
<ul>
<li>Ketamina cristal (aguja) &ndash; 1 g: 45 &euro; &middot; 5 g: 190 &euro; &middot; 10 g: 330 &euro;</li>
<li>Ketamina líquida en vial 10 ml (50 mg/ml): 85 &euro; la unidad, 3 por 220 &euro;</li>
</ul>
<p>Sin receta y sin preguntas. Envío discreto en 24/48 h a toda la península, Baleares y Canarias (Canarias +10 &euro;). Pago por Bizum, transferencia o Bitcoin. Si el envío se pierde, lo reenviamos gratis.</p>
<p class="pedido"><strong>Pedidos por WhatsApp: +34 6XX 418 207</strong> &middot; Telegram: @informek_pedidos</p>
</div>
<p class="nota">Este informe tiene fines informativos. Mayores de 18 años.</p>
</article>
</main>
<footer><p>&copy; 2026 Informe K &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- h11208 es fact-check quoting the ad (informational)

p("h11208", "https://verificado-hoy.example/bulos/2026/11/web-esketamina-receta-incluida-tienda-ilegal", "informational", False, "es",
  "fact-check-quoting-esketamine-shop-ad-es", "No, esta web no vende esketamina \"con receta incluida\": es una tienda ilegal | Verificado Hoy", """
<header><a href="/" class="logo">Verificado Hoy</a> <nav><a href="/bulos">Bulos</a> <a href="/salud">Salud</a> <a href="/tecnologia">Tecnología</a> <a href="/metodologia">Metodología</a> <a href="/whatsapp">Envíanos tu duda</a></nav></header>
<main>
<article>
<p class="veredicto falso">FALSO</p>
<h1>No, esta web no vende esketamina "con receta incluida": es una tienda ilegal</h1>
<p class="firma">Por Lucía Beltrán &middot; 24 de noviembre de 2026</p>

<p>Varios lectores nos han enviado a través de nuestro servicio de WhatsApp capturas de un anuncio que circula en Facebook e Instagram. Promete el espray nasal de esketamina, un medicamento para la depresión resistente, "con receta médica incluida" y envío a domicilio. Te explicamos por qué es falso.</p>

<h2>Qué dice el anuncio</h2>
<blockquote>"¿Depresión que no mejora? Consigue ya el espray de esketamina aprobado en Europa. Nuestro médico te hace la receta online en 5 minutos, sin videollamada. Envío discreto a toda España en 48 horas. Pago con Bizum o criptomonedas. Escríbenos por WhatsApp."</blockquote>
<p>El anuncio enlaza a una web que imita el diseño de una farmacia, con cruz verde incluida, y que ofrece "kits" de esketamina desde 290 euros y viales de ketamina desde 80 euros.</p>

<h2>Por qué es falso</h2>
<p>La esketamina en espray nasal es un medicamento de uso hospitalario en España. Según la Agencia Española de Medicamentos y Productos Sanitarios (AEMPS), se dispensa en los servicios de farmacia de los hospitales y debe administrarse bajo la supervisión de un profesional sanitario, que vigila al paciente después de cada dosis. No puede venderse a domicilio ni por internet.</p>
<p>Además, la venta a distancia de medicamentos con receta está prohibida en España. Solo las farmacias autorizadas pueden vender por internet medicamentos sin receta, y deben mostrar el logotipo común europeo que enlaza al listado oficial. Hemos comprobado que la web del anuncio no aparece en ese listado.</p>
<p>"Una receta hecha en cinco minutos sin ver al paciente no es una receta; es un reclamo comercial", explica la psiquiatra Marta Iglesias, del Colegio de Médicos de Valencia, a Verificado Hoy.</p>
<p>Preguntamos a la web por el nombre y el número de colegiado de "su médico". No obtuvimos respuesta.</p>

<h2>Qué hacer si lo has visto</h2>
<ul>
<li>No compres ni pagues: además del riesgo para la salud, no tendrás forma de reclamar.</li>
<li>Denuncia el anuncio en la propia red social.</li>
<li>Puedes comunicarlo a la AEMPS, que tiene un canal para notificar webs ilegales de venta de medicamentos.</li>
<li>Si tienes depresión y los tratamientos no funcionan, habla con tu médico de familia o tu psiquiatra: la esketamina sí está disponible, pero por la vía sanitaria.</li>
</ul>

<h3>Fuentes</h3>
<ul><li>AEMPS, ficha técnica y condiciones de dispensación de la esketamina.</li><li>Real Decreto 870/2013, sobre venta a distancia de medicamentos.</li><li>Entrevista con Marta Iglesias, psiquiatra.</li></ul>
</article>
</main>
<footer><p>Verificado Hoy es signatario del código de principios de la IFCN. <a href="/transparencia">Transparencia</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- h11209 de telehealth warning about fake messages (telehealth)

p("h11209", "https://www.mentavia-online.example/aktuelles/warnung-gefaelschte-nachrichten", "telehealth", False, "de",
  "telepsychiatry-warning-quoting-fake-messages-de", "Warnung: Gefälschte Nachrichten im Namen von Mentavia | Mentavia Online-Psychiatrie", """
<header><a href="/" class="logo">Mentavia <small>Online-Psychiatrie</small></a>
<nav><a href="/so-funktionierts">So funktioniert's</a> <a href="/behandlungen">Behandlungen</a> <a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/aktuelles" class="active">Aktuelles</a> <a href="/termin" class="btn">Videotermin buchen</a></nav></header>
<main>
<article>
<p class="datum">Aktuelles &middot; 12. November 2026</p>
<h1>Warnung: Gefälschte Nachrichten im Namen von Mentavia</h1>

<p>Uns haben in den letzten Tagen mehrere Patientinnen und Patienten auf Nachrichten aufmerksam gemacht, die angeblich von Mentavia stammen. Sie werden per WhatsApp, Telegram oder SMS verschickt und bieten Ketamin und Esketamin-Nasenspray zum Versand nach Hause an. <strong>Diese Nachrichten stammen nicht von uns.</strong></p>

<p>Eine der Nachrichten, die uns weitergeleitet wurde, lautet (Kontaktdaten entfernt):</p>
<blockquote>„Hallo, hier ist das Team von Mentavia. Ihre Therapie mit Esketamin wurde freigegeben. Ohne Rezept und ohne Wartezeit – wir senden Ihnen das Nasenspray diskret per DHL. Bezahlung per Bitcoin oder Paysafecard. Antworten Sie mit JA, um zu bestellen.“</blockquote>

<h2>So arbeiten wir wirklich</h2>
<ul>
<li>Jede Behandlung beginnt mit einem ausführlichen <strong>Erstgespräch per Video</strong> bei einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie. Die Namen und Approbationen unserer Ärztinnen und Ärzte finden Sie <a href="/aerztinnen">hier</a>.</li>
<li>Wir verschreiben <strong>kein Esketamin zur Anwendung zu Hause</strong>. Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden. Wenn es für Sie in Frage kommt, überweisen wir Sie an eine unserer Partnerpraxen vor Ort und begleiten Sie weiter per Video.</li>
<li>Rezepte stellen wir ausschließlich als E-Rezept nach einer ärztlichen Untersuchung aus. Sie lösen es in einer Apotheke Ihrer Wahl ein.</li>
<li>Wir kontaktieren Sie nur über unsere App und über E-Mails von @mentavia-online.example – <strong>niemals</strong> über WhatsApp oder Telegram, und wir verlangen nie Zahlungen in Kryptowährung oder mit Gutscheinkarten.</li>
</ul>

<h2>Was Sie tun sollten</h2>
<p>Antworten Sie nicht und zahlen Sie nichts. Erstatten Sie Anzeige bei der Polizei (in vielen Bundesländern online möglich) und melden Sie die Nummer beim Messenger-Dienst. Falls Sie bereits bezahlt haben, wenden Sie sich sofort an Ihre Bank bzw. an den Gutscheinanbieter. Wenn Sie Unterlagen haben, schicken Sie uns gern Screenshots an <a href="mailto:sicherheit@mentavia-online.example">sicherheit@mentavia-online.example</a>.</p>
<p>Wenn es Ihnen gerade sehr schlecht geht: Die Telefonseelsorge ist rund um die Uhr erreichbar unter 0800 111 0 111.</p>
</article>
</main>
<footer><p>Mentavia Online-Psychiatrie GmbH &middot; Ärztliche Leitung: Dr. med. Katrin Vogler &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- h11210 de shop posing as consumer guide (seller, long-ish)

p("h11210", "https://ketamin-ratgeber.example/ratgeber/ketamin-online-bestellen-serioese-shops-erkennen", "seller", True, "de",
  "shop-posing-as-consumer-guide-de", "Verbraucher-Ratgeber: Ketamin online bestellen – so erkennen Sie seriöse Shops", """
<header><a href="/" class="logo">Ketamin-Ratgeber.example</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/test">Shop-Test</a> <a href="/shop">Unser Shop</a> <a href="/faq">FAQ</a></nav></header>
<main>
<article>
<h1>Verbraucher-Ratgeber: Ketamin online bestellen – so erkennen Sie seriöse Shops</h1>
<p class="stand">Stand: November 2026 &middot; Lesezeit 9 Minuten</p>

<p>Immer mehr Menschen in Deutschland, Österreich und der Schweiz interessieren sich für Ketamin – sei es aus Neugier, zur Entspannung oder weil sie von den Erfolgen bei Depressionen gelesen haben. Gleichzeitig ist der Online-Markt unübersichtlich: Fake-Shops, gestreckte Ware und Abzocke sind an der Tagesordnung. In diesem Ratgeber zeigen wir Ihnen, worauf Sie achten sollten.</p>

<h2>1. Impressum und Erreichbarkeit</h2>
<p>Ein seriöser Anbieter ist erreichbar. Achten Sie darauf, dass der Shop einen Kundendienst hat, der innerhalb weniger Stunden antwortet – idealerweise per Telegram oder Threema, damit Ihre Daten geschützt bleiben.</p>

<h2>2. Laboranalysen</h2>
<p>Fragen Sie nach aktuellen Analysen. Gute Shops lassen jede Charge testen und zeigen das Ergebnis offen. Ketamin unter 95 % Reinheit sollten Sie meiden. Vorsicht bei „Ketamin“, das in Wahrheit 2F-DCK oder Deschloroketamin ist – das wird häufig untergeschoben.</p>

<h2>3. Bezahlung</h2>
<p>Fake-Shops verlangen oft Paysafecard oder Überweisung ins Ausland. Seriöse Anbieter akzeptieren Bitcoin oder Monero, weil diese Zahlungsarten für beide Seiten diskret und sicher sind.</p>

<h2>4. Versand</h2>
<p>Achten Sie auf geruchsdichte Vakuumverpackung, neutrale Absender und einen Versand innerhalb der EU, damit keine Zollkontrolle anfällt. Ein Reship-Versprechen bei Verlust ist ein gutes Zeichen.</p>

<h2>5. Rezept?</h2>
<p>Viele Leser fragen, ob man ein Rezept braucht. Für Ketamin aus Apotheken ja – und die Wartezeiten in Kliniken sind lang und teuer. Die hier beschriebenen Shops liefern ohne Rezept an Erwachsene. Informieren Sie sich über die Rechtslage in Ihrem Land.</p>

<h2>Unser Testsieger</h2>
<p>Wir haben im Jahr 2026 elf Shops getestet. Nur einer erfüllte alle fünf Kriterien – deshalb haben wir ihn übernommen und führen ihn seit Sommer selbst weiter. Sie bestellen direkt bei uns:</p>
<table class="preise">
<tr><th>Produkt</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Ketamin HCl, Kristalle</td><td>1 g</td><td>45 &euro;</td></tr>
<tr><td>Ketamin HCl, Kristalle</td><td>5 g</td><td>195 &euro;</td></tr>
<tr><td>Ketamin HCl, Kristalle</td><td>10 g</td><td>350 &euro;</td></tr>
<tr><td>S-Ketamin Lösung 25 mg/ml, Ampulle 10 ml</td><td>2 Stück</td><td>160 &euro;</td></tr>
</table>
<ul>
<li>Versand aus Deutschland in 1–3 Werktagen, Österreich und Schweiz 3–5 Werktage</li>
<li>Vakuumverschweißt, neutraler Absender, keine Unterschrift nötig</li>
<li>Zahlung: Bitcoin, Monero (5 % Rabatt), auf Anfrage Bargeld per Einschreiben</li>
<li>Kostenloser Reship bei Verlust</li>
</ul>
<p><a class="btn" href="/shop">Zum Shop</a> &middot; Bestellung auch per Telegram: <strong>@ketaminratgeber_shop</strong></p>

<h2>Häufige Fragen</h2>
<p><strong>Ist das legal?</strong> Ketamin unterliegt in Deutschland dem Arzneimittelgesetz. Die Verantwortung für die Einhaltung der lokalen Gesetze liegt beim Käufer.</p>
<p><strong>Wie dosiere ich richtig?</strong> Siehe unseren <a href="/ratgeber/dosierung">Dosierungs-Ratgeber</a>.</p>
</article>
</main>
<footer><p>&copy; 2026 Ketamin-Ratgeber &middot; Nur für Erwachsene ab 18 Jahren &middot; Alle Angaben ohne Gewähr</p></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- h11211 de drug-checking warning quoting seller description (informational)

p("h11211", "https://www.drugcheck-rheinland.example/warnungen/2026-11-ketamin-pharma-2f-dck", "informational", False, "de",
  "drug-checking-warning-quoting-seller-description-de", "Warnung: Als „Ketamin Pharma-Qualität“ verkauft – enthielt 2F-DCK | Drug-Checking Rheinland", """
<header><a href="/" class="logo">Drug-Checking Rheinland</a> <nav><a href="/angebot">Unser Angebot</a> <a href="/warnungen" class="active">Warnungen</a> <a href="/safer-use">Safer Use</a> <a href="/standorte">Standorte &amp; Zeiten</a> <a href="/ueber-uns">Über uns</a></nav></header>
<main>
<article class="warnung">
<p class="stufe hoch">Warnstufe: HOCH</p>
<h1>Als „Ketamin Pharma-Qualität“ verkauft – enthielt 2F-DCK</h1>
<table class="steckbrief">
<tr><th>Eingereicht</th><td>18. November 2026, Standort Köln</td></tr>
<tr><th>Verkauft als</th><td>Ketamin (laut Anbieter „Pharma-Qualität, S-Isomer“)</td></tr>
<tr><th>Aussehen</th><td>weiße, glänzende Kristallsplitter, geruchlos</td></tr>
<tr><th>Bezugsquelle laut Nutzer*in</th><td>Online-Bestellung über einen Telegram-Kanal</td></tr>
<tr><th>Ergebnis (GC-MS, HPLC)</th><td><strong>2-Fluorodeschloroketamin (2F-DCK)</strong>, kein Ketamin nachweisbar</td></tr>
</table>

<p>Die Person, die die Probe abgegeben hat, hat uns die Produktbeschreibung des Kanals gezeigt. Wir geben sie hier wieder, weil die gleiche Formulierung nach unseren Informationen in mehreren Kanälen verwendet wird:</p>
<blockquote>„Reinstes S-Keta in Pharma-Qualität, 99,6 % laborgetestet, direkt aus Klinikbeständen. Kristallklare Nadeln, kein Brennen in der Nase. Versand aus DE, vakuumiert, Zahlung BTC/XMR.“</blockquote>
<p>Die Angaben stimmen nicht: Die Probe enthielt kein Ketamin. „Laborgetestet“ und „aus Klinikbeständen“ sind Werbeaussagen, die sich nicht überprüfen lassen.</p>

<h2>Was ist 2F-DCK?</h2>
<p>2F-DCK ist ein Arylcyclohexylamin, chemisch mit Ketamin verwandt. Es wird als „Research Chemical“ gehandelt und ist in Deutschland über das Neue-psychoaktive-Stoffe-Gesetz erfasst. Die Wirkung setzt nach Berichten von Konsumierenden verzögert ein und hält länger an als bei Ketamin. Über Dosierung, Wechselwirkungen und Langzeitfolgen ist wenig bekannt.</p>

<h2>Safer-Use-Hinweise</h2>
<ul>
<li>Wer eine vermeintlich bekannte Menge konsumiert, kann durch den verzögerten Wirkeintritt zu früh nachlegen. Nicht nachlegen!</li>
<li>Nicht mit Alkohol, Benzodiazepinen oder Opioiden mischen.</li>
<li>Nicht allein konsumieren; eine nüchterne Person sollte erreichbar sein.</li>
<li>Im Notfall 112 rufen. Sagen Sie, was konsumiert wurde – die Rettungskräfte sind nicht die Polizei.</li>
</ul>

<p>Unser Drug-Checking ist kostenlos und anonym. Wir verkaufen keine Substanzen und vermitteln keine Bezugsquellen. Öffnungszeiten und Standorte finden Sie <a href="/standorte">hier</a>.</p>
</article>
</main>
<footer><p>Drug-Checking Rheinland ist ein Modellprojekt nach § 10b BtMG in Trägerschaft der Aidshilfe Rheinland e.V., gefördert durch das Land NRW. <a href="/impressum">Impressum</a></p></footer>
""")

# ---------------------------------------------------------------- h11212 fr clinic warning about fake ads (clinic)

p("h11212", "https://www.clinique-des-tilleuls.example/actualites/attention-fausses-annonces-esketamine", "clinic", False, "fr",
  "psychiatric-clinic-news-quoting-fake-ads-fr", "Attention aux fausses annonces de kétamine et d'eskétamine en ligne | Clinique des Tilleuls", """
<header><a href="/" class="logo">Clinique des Tilleuls <small>Psychiatrie &amp; santé mentale &ndash; Lyon</small></a>
<nav><a href="/la-clinique">La clinique</a> <a href="/soins">Nos soins</a> <a href="/soins/esketamine">Eskétamine</a> <a href="/hospitalisation-de-jour">Hôpital de jour</a> <a href="/actualites" class="active">Actualités</a> <a href="/contact">Contact</a> <a href="/rendez-vous" class="btn">Prendre rendez-vous</a></nav></header>
<main>
<article>
<p class="date">Actualités &middot; 20 novembre 2026</p>
<h1>Attention aux fausses annonces de kétamine et d'eskétamine en ligne</h1>

<p>Plusieurs patients de notre hôpital de jour nous ont montré, ces dernières semaines, des publicités vues sur les réseaux sociaux. Certaines utilisent des photos de nos locaux. Voici un exemple, tel qu'il nous a été transmis :</p>
<blockquote>« Traitement de la dépression résistante à domicile ! Spray d'eskétamine original, livraison discrète en 48 h partout en France. Pas besoin d'ordonnance, consultation en ligne offerte. Paiement par crypto ou coupon PCS. Contactez-nous sur Telegram. »</blockquote>

<p>La Clinique des Tilleuls n'est liée d'aucune manière à ces annonces. Nous tenons à rappeler comment se déroule réellement un traitement par eskétamine chez nous :</p>
<ul>
<li>L'indication est posée par un psychiatre de la clinique, après une consultation en présentiel et l'examen de vos traitements antérieurs.</li>
<li>Le spray nasal est délivré par la pharmacie à usage intérieur et administré <strong>uniquement dans nos locaux</strong>, sous la surveillance d'une infirmière. Vous restez en observation au moins deux heures après chaque prise ; votre tension est contrôlée.</li>
<li>Vous ne pouvez pas conduire le jour de la séance. Un proche ou un taxi doit vous raccompagner.</li>
<li>Les séances ont lieu deux fois par semaine pendant quatre semaines, puis leur fréquence est adaptée.</li>
</ul>
<p>Aucun médicament n'est envoyé par la poste. Nous ne demandons jamais de paiement en cryptomonnaie ni en coupons prépayés.</p>

<h2>Que faire si vous avez été contacté ?</h2>
<p>Ne répondez pas et ne payez rien. Vous pouvez signaler l'annonce sur la plateforme PHAROS du ministère de l'Intérieur et la page au réseau social concerné. Si vous avez déjà acheté un produit, ne le consommez pas et parlez-en à votre médecin.</p>
<p>Pour toute question sur le traitement par eskétamine, notre secrétariat vous répond du lundi au vendredi au 04 72 00 00 00.</p>
</article>
</main>
<footer><p>Clinique des Tilleuls &middot; 12 rue des Tilleuls, 69003 Lyon &middot; Établissement de santé privé autorisé par l'ARS Auvergne-Rhône-Alpes &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- h11213 fr vendor's fake "enquête" (seller)

p("h11213", "https://enquete-keta.example/enquete/nous-avons-commande-ketamine-sur-12-sites", "seller", True, "fr",
  "vendor-fake-investigation-telegram-order-fr", "Enquête : nous avons commandé de la kétamine sur 12 sites. Voici le seul fiable.", """
<header><a href="/" class="logo">L'Enquête K</a> <nav><a href="/">Accueil</a> <a href="/enquete">Enquêtes</a> <a href="/arnaques">Arnaques signalées</a> <a href="/commander">Commander</a></nav></header>
<main>
<article>
<p class="rubrique">ENQUÊTE &middot; Mise à jour le 1er décembre 2026</p>
<h1>Nous avons commandé de la kétamine sur 12 sites. Voici le seul fiable.</h1>

<p>Pendant six mois, notre équipe a passé commande auprès de douze boutiques en ligne et canaux Telegram qui vendent de la kétamine en France, en Belgique et en Suisse. Objectif : savoir lesquels livrent vraiment, et quoi.</p>

<h2>Résultats</h2>
<ul>
<li><strong>5 sites</strong> ont encaissé sans jamais livrer.</li>
<li><strong>2 sites</strong> ont réclamé des « frais de douane » après paiement.</li>
<li><strong>3 sites</strong> ont livré un produit coupé ou une autre molécule (2F-DCK, méthoxétamine).</li>
<li><strong>1 site</strong> a livré une kétamine correcte mais avec trois semaines de retard.</li>
<li><strong>1 seul</strong> a tout bon : produit pur, livraison en 72 h, emballage discret.</li>
</ul>

<h2>Les arnaques à connaître</h2>
<p>Le schéma le plus fréquent : un canal Telegram avec des milliers d'abonnés, de faux avis, un paiement en coupons PCS ou Transcash, puis plus rien. Autre classique : le « colis bloqué en douane », pour lequel on vous demande de payer une deuxième fois. Méfiez-vous aussi des flacons « Kétalar » aux étiquettes imprimées à la maison.</p>

<h2>Le gagnant</h2>
<p>Le seul vendeur à avoir passé tous nos tests est aujourd'hui notre partenaire exclusif. Nos lecteurs bénéficient de ses tarifs :</p>
<ul class="tarifs">
<li>Kétamine cristaux &ndash; 1 g : 50 &euro;</li>
<li>Kétamine cristaux &ndash; 5 g : 210 &euro;</li>
<li>Kétamine cristaux &ndash; 10 g : 380 &euro;</li>
<li>Flacon injectable 10 ml, scellé : 90 &euro;</li>
</ul>
<p>Sans ordonnance. Envoi depuis la France sous 48&ndash;72 h, emballage neutre sous vide, renvoi gratuit en cas de perte. Paiement en Bitcoin, Monero ou USDT.</p>
<p class="commande"><strong>Pour commander : Telegram @enquetek_officiel</strong> &ndash; mentionnez « ENQUÊTE » pour 10 % de remise sur la première commande.</p>

<p class="avertissement">Réservé aux majeurs. L'Enquête K ne fait pas l'apologie de la consommation de drogues.</p>
</article>
</main>
<footer><p>&copy; 2026 L'Enquête K</p></footer>
""")

# ---------------------------------------------------------------- h11214 fr regulator alert quoting seller wording (informational)

p("h11214", "https://www.agence-medicaments.example/actualites/alerte-vente-illicite-ketamine-esketamine-internet", "informational", False, "fr",
  "regulator-alert-quoting-seller-wording-fr", "Vente illicite de kétamine et d'eskétamine sur internet : l'Agence alerte les patients", """
<header><a href="/" class="logo">Agence nationale de sécurité des médicaments <small>(site de démonstration)</small></a>
<nav><a href="/actualites" class="active">Actualités</a> <a href="/dossiers">Dossiers thématiques</a> <a href="/declarer">Déclarer un effet indésirable</a> <a href="/professionnels">Espace professionnels</a></nav></header>
<main>
<p class="fil">Accueil &rsaquo; Actualités &rsaquo; Sécurité</p>
<article>
<p class="type">Information de sécurité &middot; Publié le 26/11/2026</p>
<h1>Vente illicite de kétamine et d'eskétamine sur internet : l'Agence alerte les patients</h1>
<p class="chapo">L'Agence a identifié plusieurs dizaines de sites internet, comptes de réseaux sociaux et canaux de messagerie proposant à la vente de la kétamine et le spray nasal d'eskétamine, sans ordonnance. Ces produits présentent des risques graves pour la santé.</p>

<h2>Ce que nous avons constaté</h2>
<p>Ces offres ciblent particulièrement les personnes souffrant de dépression. Elles reprennent le vocabulaire médical pour inspirer confiance. Parmi les formulations relevées :</p>
<ul>
<li>« Eskétamine originale, identique à celle de l'hôpital, à utiliser chez vous » ;</li>
<li>« Ordonnance non nécessaire – questionnaire de 2 minutes » ;</li>
<li>« Kétamine pharmaceutique, livraison discrète, paiement crypto accepté » ;</li>
<li>« Produit vétérinaire, même molécule, sans ordonnance ».</li>
</ul>
<p>Des analyses réalisées par le réseau des centres d'addictovigilance sur des produits saisis ont mis en évidence des substances différentes de celles annoncées, dont des analogues de la kétamine.</p>

<h2>Rappel réglementaire</h2>
<p>La kétamine est classée comme stupéfiant. Le spray nasal d'eskétamine est un médicament réservé à l'usage hospitalier : il est administré en établissement de santé, sous surveillance d'un professionnel de santé. En France, la vente en ligne de médicaments soumis à prescription est interdite ; seuls les sites de pharmacies autorisées peuvent vendre des médicaments sans ordonnance et ils affichent le logo commun européen.</p>

<h2>Recommandations aux patients</h2>
<ul>
<li>N'achetez pas de médicaments sur des sites, réseaux sociaux ou messageries non autorisés.</li>
<li>Si vous avez consommé un tel produit et ressentez des effets indésirables, contactez un centre antipoison ou le 15.</li>
<li>Parlez de votre traitement à votre médecin ou à votre psychiatre : des prises en charge encadrées existent.</li>
<li>Vous pouvez signaler les sites suspects sur la plateforme PHAROS.</li>
</ul>
<p>Les professionnels de santé sont invités à déclarer tout cas d'abus, de dépendance ou d'effet indésirable grave au centre d'addictovigilance de leur région.</p>
</article>
</main>
<footer><p><a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a> &middot; <a href="/contact">Nous contacter</a></p></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- h11215 shop blog "market report" (seller)

p("h11215", "https://shop.dissolab.example/blog/ketamine-market-report-winter-2026", "seller", True, "en",
  "shop-blog-market-report-with-cart-widgets", "Ketamine Market Report, Winter 2026: Prices, Purity and Supply | DissoLab Blog", """
<header class="shop-header">
<a class="logo" href="/">DissoLab</a>
<form class="search"><input placeholder="Search products"></form>
<nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/shop/ketamine">Ketamine</a> <a href="/lab-reports">Lab reports</a> <a href="/blog" class="active">Blog</a> <a href="/account">Account</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main class="blog-layout">
<article>
<p class="meta">Market Watch &middot; December 1, 2026 &middot; by DissoLab Editorial</p>
<h1>Ketamine Market Report, Winter 2026: Prices, Purity and Supply</h1>
<p>Every quarter we look at what's happening across the wider ketamine market: what people are paying, what's in circulation, and where supply is heading. Here's the winter picture.</p>
<h2>Prices are falling (again)</h2>
<p>Across the UK and EU, the average street price per gram has dropped for the third year running. Our customer surveys put it at &pound;20&ndash;&pound;30 in most UK cities and &euro;25&ndash;&euro;40 across the Netherlands, Germany and Spain. Online prices are lower still, because you're cutting out two or three middlemen.</p>
<h2>Purity is a lottery on the street</h2>
<p>Drug-checking services reported more ketamine cut with caffeine, benzocaine and paracetamol this year, and a steady trickle of 2F-DCK and O-PCE sold as "K." That's the single best argument for buying from a source that publishes GC-MS results for every batch, which is exactly why we started doing it in 2024.</p>
<h2>Supply outlook</h2>
<p>Chinese precursor controls tightened in spring but our wholesale contracts are locked in through Q3 2027. Expect stable prices on our end, and expect the usual pre-Christmas rush: order by December 15 for delivery before the holidays.</p>
<div class="product-widget">
<h3>In stock now</h3>
<div class="card"><h4>Ketamine HCl &mdash; S-isomer shards</h4><p>&pound;32 / g &middot; &pound;140 / 5 g &middot; &pound;250 / 10 g</p><p class="stock">&#9679; In stock &middot; Batch DL-2611 (99.3% GC-MS)</p><button class="add-to-cart">Add to cart</button></div>
<div class="card"><h4>Ketamine HCl &mdash; racemic powder</h4><p>&pound;24 / g &middot; &pound;105 / 5 g</p><p class="stock">&#9679; In stock</p><button class="add-to-cart">Add to cart</button></div>
<div class="card"><h4>2F-DCK pellets 50 mg (research use)</h4><p>&pound;45 / 20 pellets</p><p class="stock">&#9679; Low stock</p><button class="add-to-cart">Add to cart</button></div>
</div>
<h2>Shipping note</h2>
<p>Royal Mail and PostNL delays are expected through December. All orders continue to ship in our standard stealth packaging with no markings, and our reship guarantee stays in place. Crypto orders (BTC, XMR, LTC) still get 10% off at checkout.</p>
<p class="signoff">Questions about an order? Support is on Session and Telegram (@dissolab_help).</p>
</article>
<aside><h4>Categories</h4><ul><li><a href="/blog/c/market-watch">Market Watch</a></li><li><a href="/blog/c/guides">Guides</a></li><li><a href="/blog/c/lab-results">Lab results</a></li></ul></aside>
</main>
<footer><p>DissoLab &middot; All products sold for research purposes. 18+ only. &copy; 2026</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11216 telehealth FAQ "are we a seller?" (telehealth)

p("h11216", "https://www.brightwellhealth.example/faq/how-we-differ-from-online-sellers", "telehealth", False, "en",
  "telehealth-faq-contrasting-seller-phrases", "FAQ: How is Brightwell different from websites that sell ketamine online? | Brightwell Health", """
<header><a href="/" class="logo">Brightwell Health</a> <nav><a href="/ketamine">Ketamine therapy</a> <a href="/how-it-works">How it works</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/faq" class="active">FAQ</a> <a href="/start" class="btn">Check eligibility</a></nav></header>
<main class="faq">
<h1>How is Brightwell different from websites that sell ketamine online?</h1>
<p>It's a fair question. Search for "at-home ketamine" and you'll find our ads next to pages that say things like <em>"no prescription needed,"</em> <em>"instant approval,"</em> <em>"stealth delivery"</em> or <em>"pay with Bitcoin for privacy."</em> Some of those pages even copy the look of telehealth companies. Here's how to tell the difference, using our own service as the example.</p>

<h3>Who evaluates me?</h3>
<p>A licensed psychiatric clinician, by live video, for about an hour. You'll see their name, credentials and state licence before your appointment. Our <a href="/providers">provider directory</a> lists all 38 of our prescribers. Sellers say "our doctor reviews your form" and never tell you who.</p>

<h3>Can I be approved from the questionnaire?</h3>
<p>No. The intake questionnaire only tells us whether to book you an evaluation. About 30% of people who complete an evaluation are told ketamine isn't right for them at this time, often because of blood pressure, a history of psychosis, certain medications or active substance use. When a site boasts of a 99% approval rate, it isn't evaluating anyone.</p>

<h3>Where does the medication come from?</h3>
<p>From a licensed US pharmacy that receives your prescription electronically, verifies it and dispenses oral ketamine tablets labelled in your name. It ships by tracked courier with adult signature. We never send vials, powder, crystals or nasal spray. Pages offering "Ketalar vials" or "esketamine devices" to use at home are not pharmacies.</p>

<h3>How do I pay?</h3>
<p>By card, HSA/FSA or Affirm, through our checkout. The membership is $199/month after the $250 evaluation. We don't accept cryptocurrency or gift cards. A site that asks for them is one you can't get your money back from.</p>

<h3>Does anyone check on me?</h3>
<p>Yes. Your first dose is taken on a video call with a Brightwell guide. You'll need a treatment monitor at home for each session, you'll fill in symptom and blood pressure logs, and your prescriber reviews them before each refill. Sellers disappear after the parcel is sent.</p>

<h3>What about esketamine (Spravato)?</h3>
<p>Esketamine can only be given in certified treatment centres. If it's a better fit for you, we'll tell you and help you find one.</p>

<h3>I've seen an ad that uses Brightwell's name. Is it real?</h3>
<p>If it mentions WhatsApp, Telegram, crypto, gift cards or "no prescription," it isn't us. Please send it to <a href="mailto:trust@brightwellhealth.example">trust@brightwellhealth.example</a>.</p>
</main>
<footer><p>Brightwell Health, Inc. Medical services provided by Brightwell Medical Group, P.A. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis, call or text 988.</p></footer>
""")

# ---------------------------------------------------------------- h11217 sentencing remarks quoting defendant's shop (informational, long, txt)

p("h11217", "https://www.judiciary-records.example/judgments/2026/r-v-marsh-and-pell-sentencing-remarks.txt", "informational", False, "en",
  "court-sentencing-remarks-quoting-defendants-ads-plain-text", "R v Marsh and Pell - Sentencing Remarks", """
IN THE CROWN COURT AT BRISTOL

THE KING
-v-
DANIEL JAMES MARSH
CHLOE ANNE PELL

SENTENCING REMARKS OF HIS HONOUR JUDGE WETHERALL

17 November 2026

[These remarks are published in the public interest. They are not a verbatim transcript; the sentence announced in court is the authoritative version.]

1. Daniel Marsh, you are 31. Chloe Pell, you are 27. You have each pleaded guilty to being concerned in the supply of a controlled drug of Class B, namely ketamine, between 1 January 2024 and 14 March 2026, and to possession of criminal property. Ms Pell has also pleaded guilty to supplying a psychoactive substance, 2F-DCK, contrary to the Psychoactive Substances Act 2016. I give you both full credit for your pleas, which were entered at the first opportunity.

2. The facts can be stated briefly, because they are largely contained in your own words. Over a period of some 26 months you operated a website, which I shall not name, and two associated Telegram channels. The prosecution has placed before me the text of the website's home page as it appeared in February 2026. It read, in part:

   "UK's most trusted source for pharmaceutical ketamine since 2021. Lab-tested crystal and sealed vials. No prescription, no judgement. Orders before 2pm ship same day, 1st Class tracked, fully stealth - nobody will ever know. Bitcoin, Monero and bank transfer accepted. Lost parcels reshipped free."

3. None of that was true in any sense that matters. The product was not pharmaceutical. It was bought in bulk from a supplier in the Netherlands, divided into bags in a spare bedroom in Ms Pell's flat in Fishponds, and labelled with a batch number that Mr Marsh generated on his laptop. The "lab-testing" consisted of a reagent kit. The "sealed vials", of which 140 were found, had been refilled with a ketamine solution that Mr Marsh made himself, and crimped with a hand tool bought online.

4. Of particular concern to me is the way in which the business was marketed. In a Telegram message sent to the channel's 6,800 subscribers in October 2025, Mr Marsh wrote:

   "Can't get a slot at the ketamine clinic? NHS waitlist 18 months? We got you. Same medicine they use for depression, fraction of the price. DM for the 'mental health bundle' - 5g + dosing guide, 15% off."

5. The "dosing guide" was a two-page document that Mr Marsh copied from various internet forums. It recommended intramuscular injection. It contained no warnings about bladder damage, about the risks of combining ketamine with alcohol or other depressants, or about the risk of dependence. It was, in my judgement, a cynical attempt to reach people who were unwell and vulnerable and to persuade them that you were offering them treatment. You were not. You were selling a controlled drug for profit.

6. Ms Pell, you took the orders and did the packing. Your own messages show that you understood what the "mental health bundle" was for. One customer wrote to you that she was "desperate, been suicidal for weeks, will this help?". You replied: "Loads of our customers use it for that babe, start low x". You then sent her 5 grams. That exchange was read out in court and I have not forgotten it.

7. Ms Pell, in or around August 2025 you also began, on your own initiative, to list a product on the second channel described as "2F-DCK - legal K alternative, research chemical, not for human consumption." Despite the label, the listing included a suggested "starting dose" and the words "hits like K but lasts longer". You sold at least 310 grams of it. It was not legal, and you knew perfectly well that people were consuming it.

8. Police executed a search warrant at Ms Pell's address on 14 March 2026. They recovered 1.42 kilograms of ketamine, 86 grams of 2F-DCK, the vials I have mentioned, a vacuum sealer, approximately 900 padded envelopes, a quantity of postage labels and two mobile telephones. Mr Marsh was arrested the same day at his home in Kingswood, where £38,250 in cash and a hardware cryptocurrency wallet were seized. Analysis of the wallet and of the business's accounts shows that the enterprise took in not less than £412,000 over its lifetime.

9. I have read the pre-sentence reports on both of you, a psychiatric report on Mr Marsh, and a number of character references. Mr Marsh, you have no previous convictions. You tell the author of the report that you "genuinely believed" you were helping people who could not access treatment. I do not accept that. A person who believed that would not have injected dissolved crystal into old vials and sold it as pharmaceutical product. Your messages show that you regarded the mental-health angle as a marketing opportunity, and a lucrative one.

10. Ms Pell, you have one previous conviction, for possession of cannabis in 2019, which I disregard. I accept that you were to some extent under Mr Marsh's influence and that your role was subordinate, though it was not a minor one, and the 2F-DCK venture was yours alone.

11. Applying the Sentencing Council's guideline for supplying or offering to supply a controlled drug, Mr Marsh's role was a leading one. He organised buying and selling on a commercial scale, had substantial links to and influence on others in the chain, and expected substantial financial gain. Ms Pell's role was significant. The quantity places the offending in category 2. Aggravating features include the deliberate targeting of vulnerable people through the language of medical treatment, the duration of the offending, the sophistication of the online operation and the sale of an adulterated product presented as pharmaceutical.

12. Daniel Marsh: on the count of being concerned in the supply of ketamine, the sentence, after credit for your plea, is one of 6 years' imprisonment. On the count of possessing criminal property there is a concurrent sentence of 2 years. The total sentence is 6 years.

13. Chloe Pell: on the ketamine count the sentence, after credit, is 3 years and 4 months. On the psychoactive substances count, 12 months concurrent. On the criminal property count, 9 months concurrent. The total is 3 years and 4 months.

14. You will each serve up to half of your sentence in custody before being released on licence. The surcharge will be applied. There will be an order for the forfeiture and destruction of the drugs, vials, equipment and telephones. Proceedings under the Proceeds of Crime Act 2002 will follow; the timetable is set out in a separate order.

15. I make a final observation. The website's text promised buyers that "nobody will ever know". In this case, by the end, a great many people knew. Some of them will be reading about it for the first time. Anyone who bought from this business and is worried about their health should speak to their GP or contact a local drug service. No one who did so will be in any trouble with this court for that reason.

HHJ Wetherall
""", ext="txt")

# ---------------------------------------------------------------- h11218 RC supplier's fake "court report" (seller, long)

p("h11218", "https://www.arylchem-research.example/news/court-ruling-arylcyclohexylamine-research-chemicals", "seller", True, "en",
  "research-chemical-supplier-fake-court-report-long", "Landmark ruling: what the Arnhem court decision means for research-chemical buyers | ArylChem Research News", """
<div class="announce">Winter restock complete &middot; Free tracked EU shipping over &euro;150 &middot; 15% off with Monero</div>
<header>
<a href="/" class="logo">ArylChem Research <small>Reference materials since 2017</small></a>
<nav><a href="/catalogue">Catalogue</a> <a href="/catalogue/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalogue/pellets">Pellets</a> <a href="/coa">COAs</a> <a href="/news" class="active">News</a> <a href="/legal">Legal status</a> <a href="/cart">Basket</a></nav>
</header>
<main>
<article class="news">
<p class="meta">Legal &amp; Regulatory &middot; 28 November 2026 &middot; ArylChem compliance desk</p>
<h1>Landmark ruling: what the Arnhem court decision means for research-chemical buyers</h1>
<p class="lede">A Dutch district court has acquitted a supplier of arylcyclohexylamine reference materials of drug-trafficking charges. We break down the judgment and answer the questions our customers have been asking.</p>

<h2>The case in brief</h2>
<p>On 19 November 2026 the district court in Arnhem delivered its judgment in a case against a Gelderland-based supplier of research chemicals (the company and its director are not named in the published judgment). Prosecutors had argued that the supplier's sale of several ketamine analogues, including deschloroketamine (DCK) and 2-fluorodeschloroketamine (2F-DCK), amounted to trading in substances covered by the Opium Act.</p>
<p>The court disagreed in part. According to the published summary, the substances concerned were not listed on Schedule I or II of the Opium Act at the time of the alleged offences, and the prosecution had not proved that the defendant knew the products were intended for human consumption. The court noted that all packaging carried the words "not for human consumption" and that the company's terms required buyers to confirm a research purpose.</p>
<p>Prosecutors have fourteen days to appeal, and several Dutch newspapers have reported that they intend to. The court did convict the director on a separate count relating to a bookkeeping offence, for which a fine was imposed.</p>

<h2>What the judgment does not say</h2>
<p>It's important to read this carefully. The court did not declare that ketamine analogues are "legal." It found that, on the evidence before it, one specific charge was not proved. The legislation has since changed: the Netherlands added a generic ban on several groups of new psychoactive substances in 2025. Anyone telling you this ruling "legalises 2F-DCK" is not reading the judgment.</p>

<h2>Why it matters to our customers</h2>
<p>ArylChem has always operated on the same principles the court found persuasive: every product is sold strictly as an analytical reference standard, labelled "not for human consumption," with a certificate of analysis. We do not provide dosing information and we will cancel any order where a customer mentions personal use in correspondence.</p>
<p>The ruling reinforces our view that a properly run research supplier, selling to adults who accept our terms, operates on firm ground in most EU jurisdictions. As always, customers are responsible for checking the status of any compound in their own country before ordering. Our <a href="/legal">legal status table</a> is updated monthly.</p>

<h2>Timeline of the case</h2>
<ul>
<li><strong>February 2024:</strong> Dutch customs intercept a consignment of packaging materials addressed to the supplier's warehouse.</li>
<li><strong>June 2024:</strong> Search of the warehouse; roughly 14 kg of various reference materials seized, including 2F-DCK and DCK.</li>
<li><strong>September 2025:</strong> Charges filed under the Opium Act and the Medicines Act.</li>
<li><strong>October 2026:</strong> Three-day hearing in Arnhem. Expert witnesses disagree on whether the labelling was "a fig leaf."</li>
<li><strong>19 November 2026:</strong> Acquittal on the main count; fine for the bookkeeping offence.</li>
</ul>

<h2>How the press reported it</h2>
<p>Coverage has been mixed. One national daily described the verdict as "a loophole the size of a warehouse." A regional paper quoted the prosecutor as saying the "not for human consumption" label was "a sticker, not a safeguard." An addiction-medicine specialist told a broadcaster that 2F-DCK "is consumed, full stop, and everyone in that courtroom knew it." We disagree with that characterisation of the research-chemical trade, but we think our customers should see what is being said.</p>

<h2>Customer questions</h2>
<h3>Will you keep shipping to Germany and Austria?</h3>
<p>Yes. Shipments to DE and AT continue from our EU warehouse in discreet, unbranded packaging, with tracked delivery in 2&ndash;4 working days. Seized parcels are reshipped once free of charge.</p>
<h3>Are prices changing?</h3>
<p>No. We're holding our Q4 prices until at least February. See the current catalogue below.</p>
<h3>Do I need to register or provide an institution?</h3>
<p>No institutional account is needed. Simply tick the research-purpose box at checkout to confirm you are over 18 and accept our terms.</p>
<h3>Does the ruling protect buyers?</h3>
<p>The case concerned a supplier, not customers, and it says nothing about possession. Some EU countries treat possession of analogues very differently from others. Our legal status table covers the countries we ship to; if your country is marked "restricted," we will refund any order placed from it.</p>
<h3>Will you add new compounds?</h3>
<p>We are evaluating two further arylcyclohexylamines for Q1 2027 and will announce them to newsletter subscribers first. As always, nothing will be listed until we have a full COA from our contract lab.</p>
<h3>How do I pay?</h3>
<p>We accept Bitcoin, Monero, Litecoin and SEPA bank transfer. Monero orders receive 15% off. Card payments are not available.</p>

<section class="catalogue-excerpt">
<h2>Arylcyclohexylamine reference materials &mdash; current prices</h2>
<table>
<tr><th>Compound</th><th>Form</th><th>1 g</th><th>5 g</th><th>10 g</th><th>25 g</th></tr>
<tr><td>2F-DCK (2-fluorodeschloroketamine HCl)</td><td>crystalline powder</td><td>&euro;28</td><td>&euro;110</td><td>&euro;190</td><td>&euro;400</td></tr>
<tr><td>DCK (deschloroketamine HCl)</td><td>crystalline powder</td><td>&euro;30</td><td>&euro;120</td><td>&euro;205</td><td>&euro;430</td></tr>
<tr><td>O-PCE HCl</td><td>powder</td><td>&euro;35</td><td>&euro;140</td><td>&euro;240</td><td>&mdash;</td></tr>
<tr><td>3-MeO-PCP HCl</td><td>powder</td><td>&euro;32</td><td>&euro;130</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>2F-DCK pellets</td><td>20 &times; 50 mg</td><td colspan="4">&euro;39 per pack &middot; 3 packs &euro;99</td></tr>
</table>
<p>All products are supplied with a batch COA (HPLC, 1H-NMR). <a class="btn" href="/catalogue/arylcyclohexylamines">Shop arylcyclohexylamines</a></p>
<p class="small">Not for human consumption. Sold as analytical reference materials only. Not a medicine; not a food supplement.</p>
</section>

<h2>Our view</h2>
<p>We welcome any judgment that distinguishes legitimate research suppliers from street dealers, and we'll continue to follow developments closely. We'll update this article if the prosecution appeals. In the meantime, our support team is available on Telegram (@arylchem_support) and by encrypted email, seven days a week.</p>
</article>
<aside class="sidebar">
<h4>Latest news</h4>
<ul><li><a href="/news/germany-npsg-update-2026">Germany's NpSG annex: what changed in 2026</a></li><li><a href="/news/poland-parcel-checks">Polish postal checks: delivery times update</a></li><li><a href="/news/new-pellets">New: 2F-DCK 50 mg pellets back in stock</a></li></ul>
<h4>Trust</h4><p>&#9733;&#9733;&#9733;&#9733;&#9733; 4.8/5 from 3,912 verified reviews</p>
</aside>
</main>
<footer>
<p>ArylChem Research &middot; Analytical reference materials. All products are intended for laboratory research only and are not for human or veterinary use. Buyers must be 18+. We do not ship to the USA, Australia, Sweden or Turkey.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/faq">FAQ</a></p>
</footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11219 REMS center fraud warning (clinic)

p("h11219", "https://www.lakeshorepsych.example/patients/fraud-warning-spravato-calls", "clinic", False, "en",
  "spravato-center-fraud-warning-quoting-call-script", "Fraud warning: calls and texts offering Spravato in our name | Lakeshore Psychiatric Associates", """
<header><a href="/" class="logo">Lakeshore Psychiatric Associates</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato (esketamine)</a> <a href="/tms">TMS</a> <a href="/patients" class="active">For patients</a> <a href="/locations">Locations</a> <a href="/contact">Contact</a></nav></header>
<main>
<div class="alert"><strong>Fraud warning</strong> &middot; Posted December 2, 2026</div>
<h1>Calls and texts offering Spravato "on behalf of" Lakeshore are fraudulent</h1>
<p>Several patients and members of the public have told us they received calls from someone claiming to be a Lakeshore nurse. The caller usually says something like:</p>
<blockquote>"Hi, I'm calling from Lakeshore Psychiatric about your Spravato treatment. Because of the waitlist, Dr. Kessler has approved you for home delivery. We just need a prepayment of $350 by Zelle or gift card to ship your first two devices today."</blockquote>
<p>This is a scam. Lakeshore is a certified Spravato treatment center. Spravato is only ever given in our Evanston and Skokie offices, where you use the device yourself under our staff's supervision and remain with us for observation for at least two hours. We never ship Spravato, we never ask for payment by Zelle, gift card or cryptocurrency, and our clinicians do not call to "pre-approve" anyone.</p>
<p>If you receive one of these calls, hang up and call our front desk at (847) 555-0190 to check. Please also report it to the Illinois Attorney General's consumer fraud hotline.</p>
<p>Existing Spravato patients: your appointment schedule and billing are unchanged. Copays are collected at check-in or through the patient portal only.</p>
</main>
<footer><p>Lakeshore Psychiatric Associates, S.C. &middot; 1800 Sherman Ave, Evanston, IL &middot; 4711 Golf Rd, Skokie, IL</p></footer>
""")

# ---------------------------------------------------------------- h11220 doorway "news digest" ending with order line (seller)

p("h11220", "https://ketamine-newswire.example/digest/week-48-2026", "seller", True, "en",
  "doorway-news-digest-with-order-line", "Ketamine News Digest — Week 48, 2026", """
<header><a href="/" class="logo">Ketamine Newswire</a> <span class="tag">Your weekly ketamine headlines</span> <nav><a href="/digest">Digest archive</a> <a href="/research">Research</a> <a href="/order">Order</a></nav></header>
<main>
<h1>Ketamine News Digest &mdash; Week 48, 2026</h1>
<p class="intro">The week's top ketamine and esketamine stories, summarised in two minutes.</p>
<ol class="digest">
<li><h2>New trial: single infusion vs. six infusions</h2><p>A multi-site trial reported this week that a six-infusion course outperformed a single infusion for treatment-resistant depression at four weeks, though the gap narrowed by week twelve. Researchers called for longer follow-up.</p></li>
<li><h2>Esketamine label update in Europe</h2><p>European regulators approved updated product information for esketamine nasal spray, adding data on long-term use. The medicine remains restricted to supervised healthcare settings.</p></li>
<li><h2>Police seize 40 kg at Rotterdam port</h2><p>Dutch customs reported one of the year's largest ketamine seizures, hidden in a container of ceramic tiles. Street prices in the Netherlands are not expected to move.</p></li>
<li><h2>Telehealth companies under scrutiny</h2><p>US lawmakers asked three telehealth firms for details of how they screen patients for at-home ketamine. The companies said they evaluate every patient by video.</p></li>
<li><h2>Bladder damage: what users should know</h2><p>A UK urology group published new guidance urging frequent users to watch for urinary symptoms and to take breaks.</p></li>
</ol>
<div class="digest-sponsor">
<p><strong>Why wait for a clinic?</strong> Pharma-grade ketamine (crystal, vials, nasal) shipped discreetly to US, UK, CA, AU, EU. No prescription needed. Pay BTC/USDT, 10% off this week.</p>
<p class="order-line">ORDER LINE &rarr; Telegram <strong>@kwire_orders</strong> &middot; WhatsApp <strong>+1 (302) 555-0177</strong> &middot; <a href="https://kwire-store.example/?ref=digest48">kwire-store.example</a></p>
</div>
</main>
<footer><p>Ketamine Newswire is published weekly. Subscribe for Sunday delivery.</p></footer>
""")

# ---------------------------------------------------------------- h11221 customs/police press release quoting vendor site (informational)

p("h11221", "https://www.border-agency.example/news/41-parcels-ketamine-intercepted-online-shop", "informational", False, "en",
  "customs-press-release-quoting-vendor-website", "Border officers intercept 41 parcels of ketamine ordered from online 'pharmacy' - Border Agency news", """
<header><a href="/" class="govlogo">Border Agency</a> <nav><a href="/news">News</a> <a href="/guidance">Guidance</a> <a href="/report">Report smuggling</a></nav></header>
<main>
<p class="type">Press release &middot; 25 November 2026</p>
<h1>Border officers intercept 41 parcels of ketamine ordered from online "pharmacy"</h1>
<p class="summary">Officers at the East Midlands mail hub have intercepted 41 parcels containing ketamine, traced to a single website that advertised "prescription-free" ketamine and esketamine to UK customers.</p>

<p>Between August and October, Border Agency officers at the East Midlands international mail hub identified a pattern of small parcels declared as "cosmetic samples" or "phone accessories" arriving from a sender address in Central Europe. On X-ray and examination, 41 parcels were found to contain a total of 1.9 kg of ketamine, some as crystalline powder in vacuum-sealed pouches and some as liquid in glass vials with printed labels imitating a hospital brand.</p>
<p>Investigators linked the parcels to a website presenting itself as a licensed online pharmacy. Its home page told customers:</p>
<blockquote>"Buy ketamine and esketamine online without a prescription. EU-licensed pharmacy, fast discreet UK delivery in 3&ndash;5 days. Payment by bank transfer or Bitcoin. Customs-safe packaging guaranteed or free reship."</blockquote>
<p>The site was not a registered pharmacy in any country, and the "licence number" displayed on it belonged to a shoe retailer in Slovakia.</p>
<p>Sarah Odunsi, Border Agency Director for the Midlands, said: "This website borrowed the language of healthcare to sell a controlled drug to people who may genuinely have been seeking treatment. Its promise of 'customs-safe' packaging was, as you can see, not worth very much."</p>
<p>Names and addresses of UK recipients have been passed to regional police forces. The Agency has worked with partners to have the website and associated payment accounts taken down, and enquiries with European counterparts are continuing.</p>

<h2>Advice to the public</h2>
<ul>
<li>Ketamine is a Class B drug in the UK. Importing it without authority is an offence.</li>
<li>Medicines bought from unregulated websites may be counterfeit or contaminated. Check that an online pharmacy is registered with the General Pharmaceutical Council before buying anything.</li>
<li>Esketamine is only administered under supervision in a healthcare setting. If you think you might benefit from it, speak to your GP.</li>
</ul>
<h2>Notes to editors</h2>
<ol><li>Images of the seized parcels and vials are available from the press office.</li><li>Anyone with information about drug smuggling can report it anonymously on 0800 555 0140.</li></ol>
</main>
<footer><p>Contact: Border Agency press office, 0300 555 0199 (journalists only).</p></footer>
""")

# ---------------------------------------------------------------- h11222 telehealth press page (telehealth)

p("h11222", "https://www.quietriver.example/press", "telehealth", False, "en",
  "telehealth-press-page-quoting-coverage", "Press & Media | Quiet River Telepsychiatry", """
<header><a href="/" class="logo">Quiet River <small>Telepsychiatry</small></a> <nav><a href="/care">Our care</a> <a href="/ketamine-assisted-therapy">Ketamine-assisted therapy</a> <a href="/team">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/press" class="active">Press</a> <a href="/apply" class="btn">Apply for an evaluation</a></nav></header>
<main>
<h1>Press &amp; Media</h1>
<p>Quiet River is a telepsychiatry practice offering psychiatric evaluations, medication management and ketamine-assisted therapy by video in 14 states. Below are recent articles that mention our work, and resources for journalists.</p>

<section class="coverage">
<h2>In the news</h2>
<div class="item"><p class="outlet">The Ledger &middot; December 2026</p><h3>"Your questions about online ketamine, answered"</h3>
<blockquote>"Legitimate telehealth companies are a different animal, said Dr. Ama Boateng, medical director of Quiet River. 'Our patients see a psychiatrist for an hour before anyone writes a prescription. The sellers in this story skip every one of those steps, and they borrow our vocabulary to do it.'"</blockquote></div>
<div class="item"><p class="outlet">Healthcare Dive Weekly &middot; September 2026</p><h3>"Telehealth ketamine firms tighten screening after DEA rule"</h3>
<blockquote>"Quiet River, which now requires an in-person blood pressure reading from a local pharmacy or primary-care office before a first prescription, said its approval rate had fallen to about 60 percent."</blockquote></div>
<div class="item"><p class="outlet">Morning Rounds podcast &middot; July 2026</p><h3>Episode 212: What happens in a ketamine telehealth visit?</h3><p>Dr. Boateng walks through an evaluation step by step.</p></div>
</section>

<section class="facts">
<h2>Fast facts</h2>
<ul>
<li>Founded 2022, Boston, MA. 41 clinicians (psychiatrists and psychiatric nurse practitioners), all listed on our <a href="/team">clinicians page</a>.</li>
<li>Every patient is evaluated live by video before any prescription. Ketamine is prescribed as oral lozenges, dispensed by licensed partner pharmacies, with a treatment monitor required at home.</li>
<li>Esketamine is not prescribed by Quiet River; eligible patients are referred to certified in-person centres.</li>
<li>Evaluation $275; ketamine-assisted therapy programme $340/month including two therapy sessions.</li>
</ul>
</section>

<section class="contact">
<h2>Media contact</h2>
<p>Jordan Ellis, Communications &middot; <a href="mailto:press@quietriver.example">press@quietriver.example</a> &middot; Logos and headshots: <a href="/press/kit.zip">download press kit</a></p>
</section>
</main>
<footer><p>&copy; 2026 Quiet River Telepsychiatry, PLLC &middot; <a href="/privacy">Privacy</a> &middot; Not for emergencies. Call or text 988.</p></footer>
""")

# ---------------------------------------------------------------- h11223 nl vendor's own forum post (seller)

p("h11223", "https://forum.feestfabriek.example/topic/41177-verkoper-ketamine-kristal-levering-nl-be/", "seller", True, "nl",
  "forum-vendor-own-post-nl", "[VERKOPER] Ketamine kristal & naalden – levering NL/BE – Feestfabriek Forum", """
<header><a href="/" class="logo">Feestfabriek Forum</a> <nav><a href="/forums">Forums</a> <a href="/forums/marktplaats">Marktplaats</a> <a href="/forums/tripverslagen">Tripverslagen</a> <a href="/login">Inloggen</a></nav></header>
<main>
<p class="kruimel">Forums &rsaquo; Marktplaats &rsaquo; Dissociatieven</p>
<h1>[VERKOPER] Ketamine kristal &amp; naalden &ndash; levering NL/BE</h1>
<div class="post">
<div class="auteur"><b>Kdirect_NL</b> <span class="rang">Verkoper</span><br><small>Lid sinds: maart 2025 &middot; Berichten: 188</small></div>
<div class="tekst">
<p>Goedemiddag allemaal. Nieuw topic want het oude zat vol. Voor wie ons nog niet kent: we leveren sinds 2025 binnen NL en BE, ruim 1.400 tevreden klanten, reviews hieronder en op ons oude topic.</p>
<p><b>Prijslijst december</b></p>
<ul>
<li>Ketamine kristal (S-iso): 1 g &euro;35 &middot; 5 g &euro;150 &middot; 10 g &euro;270</li>
<li>Ketamine naalden (racemisch): 5 g &euro;120 &middot; 10 g &euro;210 &middot; 25 g &euro;450</li>
<li>Ketamine vloeibaar, flacon 10 ml: &euro;70</li>
</ul>
<p><b>Verzending:</b> PostNL brievenbuspakje, dubbel geseald, neutrale afzender. Voor 16:00 besteld = morgen in huis. BE 1&ndash;2 werkdagen. Kwijt? Eenmalig gratis herverzending.</p>
<p><b>Betalen:</b> BTC of XMR, of contant bij afhalen in Utrecht/Rotterdam (alleen vanaf 10 g).</p>
<p><b>Bestellen:</b> stuur een PB hier, of via Telegram <b>@kdirect_nl</b> / Signal (nummer via PB). Graag je bestelling + land in &eacute;&eacute;n bericht. Geen vragen over waarvoor, 18+.</p>
<p>Laat je spul testen bij een testservice als je twijfelt, wij hebben niks te verbergen. Fijne feestdagen!</p>
</div>
</div>
<div class="post"><div class="auteur"><b>lichtgrijs</b></div><div class="tekst"><p>Derde keer besteld, weer netjes de volgende dag. Getest bij de testservice: ketamine, geen bijmengingen.</p></div></div>
<div class="post"><div class="auteur"><b>bramboos</b></div><div class="tekst"><p>Snelle reactie via Telegram, aanrader.</p></div></div>
</main>
<footer><p>Feestfabriek Forum &middot; <a href="/regels">Huisregels</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- h11224 nl clinic response to TV report (clinic)

p("h11224", "https://www.kliniek-veldhoven-ggz.example/nieuws/reactie-reportage-online-ketamine", "clinic", False, "nl",
  "clinic-news-response-to-tv-report-quoting-sellers-nl", "Onze reactie op de reportage over online ketamine | Kliniek Veldhoven GGZ", """
<header><a href="/" class="logo">Kliniek Veldhoven <small>GGZ &amp; stemmingsstoornissen</small></a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/behandelingen/esketamine">Esketamine</a> <a href="/behandelingen/ect">ECT</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/nieuws" class="active">Nieuws</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<p class="datum">Nieuws &middot; 27 november 2026</p>
<h1>Onze reactie op de reportage over online ketamine</h1>
<p>Afgelopen dinsdag zond een onderzoeksprogramma een reportage uit over de verkoop van ketamine via Telegram en webwinkels. Daarin kwamen verkopers aan het woord die onder meer zeiden:</p>
<blockquote>&ldquo;Waarom maanden wachten op de ggz? Wij sturen het gewoon op, zelfde spul als in de kliniek, geen recept nodig.&rdquo;</blockquote>
<blockquote>&ldquo;Esketamine neusspray, originele verpakking, &euro;250 per stuk. Betalen met bitcoin, morgen in de brievenbus.&rdquo;</blockquote>
<p>In de uitzending werd ook kort een behandelkamer van onze kliniek getoond. Sindsdien hebben we veel vragen gekregen van pati&euml;nten en verwijzers. Daarom zetten we een paar dingen op een rij.</p>

<h2>Hoe esketamine bij ons werkt</h2>
<ul>
<li>U komt bij ons op verwijzing van uw huisarts of psychiater, na ten minste twee eerdere behandelingen met antidepressiva.</li>
<li>Een psychiater van onze kliniek beoordeelt in een intakegesprek op locatie of esketamine geschikt is.</li>
<li>De neusspray wordt <strong>alleen in de kliniek</strong> gebruikt, onder toezicht van een verpleegkundige. Na elke toediening blijft u minimaal twee uur ter observatie; we meten uw bloeddruk.</li>
<li>U mag die dag niet zelf autorijden.</li>
<li>De behandeling wordt vergoed vanuit de basisverzekering (eigen risico is van toepassing).</li>
</ul>
<p>Wij versturen nooit medicatie per post en vragen nooit om betaling in cryptovaluta.</p>

<h2>Wat als u iets online heeft gekocht?</h2>
<p>Gebruik het niet, en bespreek het met uw behandelaar. Dat heeft geen gevolgen voor uw behandeling bij ons. Wilt u weten wat erin zit, dan kunt u het anoniem laten testen bij een testservice van het DIMS-netwerk.</p>
<p>De wachttijd voor een intake voor esketamine is op dit moment zes weken. Verwijzers kunnen contact opnemen via <a href="/verwijzers">de verwijzerspagina</a>.</p>
</article>
</main>
<footer><p>Kliniek Veldhoven GGZ B.V. &middot; De Run 4200, Veldhoven &middot; <a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a></p></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- h11225 pt doorway "noticias" with WhatsApp (seller, short)

p("h11225", "https://noticias-cetamina.example/resumo/novembro-2026", "seller", True, "pt",
  "doorway-news-summary-whatsapp-order-pt", "Resumo de notícias: cetamina e escetamina – novembro 2026", """
<main>
<h1>Resumo de notícias: cetamina e escetamina &ndash; novembro 2026</h1>
<ul>
<li><b>Anvisa</b> atualiza regras de prescrição de medicamentos controlados da Portaria 344.</li>
<li><b>Estudo brasileiro</b> sobre cetamina para depressão resistente é publicado em revista internacional.</li>
<li><b>Polícia Federal</b> apreende cetamina veterinária desviada em Goiás.</li>
</ul>
<div class="cta">
<p><b>Quer cetamina sem burocracia?</b> Frascos de cetamina 10 ml, spray de escetamina e cristal. Sem receita, entrega discreta para todo o Brasil pelos Correios. Pix ou cripto.</p>
<p><b>Pedidos pelo WhatsApp: (11) 9 5555-0142</b></p>
</div>
</main>
""")

# ---------------------------------------------------------------- h11226 pt telepsychiatry FAQ quoting scam (telehealth)

p("h11226", "https://www.mentesaude-tele.example/duvidas/recebi-mensagem-oferecendo-cetamina", "telehealth", False, "pt",
  "telepsychiatry-faq-quoting-scam-message-pt", "Recebi uma mensagem oferecendo cetamina em nome da MenteSaúde. É verdade? | MenteSaúde Telepsiquiatria", """
<header><a href="/" class="logo">MenteSaúde <small>Telepsiquiatria</small></a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/depressao-resistente">Depressão resistente</a> <a href="/precos">Preços</a> <a href="/duvidas" class="active">Dúvidas</a> <a href="/agendar" class="btn">Agendar teleconsulta</a></nav></header>
<main class="faq">
<h1>Recebi uma mensagem oferecendo cetamina em nome da MenteSaúde. É verdade?</h1>
<p><strong>Não.</strong> Nos últimos dias, pacientes nos enviaram mensagens de WhatsApp como esta:</p>
<blockquote>&ldquo;Olá! Aqui é da MenteSaúde. Seu tratamento com escetamina foi liberado sem necessidade de consulta. Enviamos o spray para sua casa em 2 dias. Pagamento via Pix para garantir a vaga. Responda SIM.&rdquo;</blockquote>
<p>Essa mensagem é um golpe. A MenteSaúde não vende nem envia medicamentos.</p>

<h2>Como funciona o atendimento de verdade</h2>
<ol>
<li>Você agenda uma <strong>teleconsulta por vídeo</strong> com um psiquiatra com CRM ativo (veja a lista em <a href="/psiquiatras">Nossos psiquiatras</a>).</li>
<li>O médico avalia seu histórico, os tratamentos que você já fez e os riscos. Nada é liberado sem essa consulta.</li>
<li>Se a escetamina for indicada, encaminhamos você para uma clínica parceira credenciada perto de você. O spray nasal é aplicado na clínica, com supervisão da equipe e observação por pelo menos duas horas. Ele nunca é enviado para casa.</li>
<li>Continuamos acompanhando você por teleconsulta entre as sessões.</li>
</ol>
<p>Nossos pagamentos são feitos apenas pela plataforma, com cartão ou boleto, em nome da MenteSaúde Serviços Médicos Ltda. Nunca pedimos Pix para pessoa física.</p>

<h2>O que fazer</h2>
<p>Não responda e não pague. Bloqueie e denuncie o número no WhatsApp e, se possível, registre um boletim de ocorrência on-line. Se já pagou, fale com seu banco imediatamente. Encaminhe prints para <a href="mailto:seguranca@mentesaude-tele.example">seguranca@mentesaude-tele.example</a>.</p>
<p>Se você estiver em sofrimento, ligue para o CVV: 188, 24 horas.</p>
</main>
<footer><p>MenteSaúde Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Paulo Henrique Arruda, CRM-SP 000000 &middot; <a href="/privacidade">Privacidade (LGPD)</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- h11227 pt consumer association guide (informational)

p("h11227", "https://www.consumidores-alerta.example/saude/como-reconhecer-sites-ilegais-medicamentos", "informational", False, "pt",
  "consumer-association-guide-quoting-ketamine-ads-pt", "Como reconhecer sites ilegais de venda de medicamentos | Consumidores Alerta", """
<header><a href="/" class="logo">Consumidores Alerta <small>Associação de defesa do consumidor</small></a> <nav><a href="/saude" class="active">Saúde</a> <a href="/dinheiro">Dinheiro</a> <a href="/tecnologia">Tecnologia</a> <a href="/testes">Testes</a> <a href="/socios">Torne-se sócio</a></nav></header>
<main>
<article>
<p class="rubrica">Guia prático &middot; 15 de novembro de 2026</p>
<h1>Como reconhecer sites ilegais de venda de medicamentos</h1>
<p>Nos últimos meses recebemos várias queixas de sócios que compraram medicamentos pela internet e receberam produtos falsificados, ou nada. Um caso recorrente envolve a cetamina e a escetamina, usadas no tratamento da depressão. Analisámos anúncios e páginas e reunimos os sinais de alerta.</p>

<h2>O que dizem os anúncios</h2>
<p>Recolhemos exemplos reais. As frases abaixo foram copiadas de páginas e perfis que deixaram de estar acessíveis depois das nossas denúncias:</p>
<ul>
<li>&ldquo;Escetamina em spray, igual à do hospital, para usar em casa. Não precisa de receita.&rdquo;</li>
<li>&ldquo;Farmácia online certificada na UE. Entrega discreta em Portugal continental e ilhas em 72 horas.&rdquo;</li>
<li>&ldquo;Pague por MB WAY ou criptomoeda e ganhe 10% de desconto.&rdquo;</li>
<li>&ldquo;Cetamina veterinária, a mesma molécula, sem prescrição.&rdquo;</li>
</ul>

<h2>Sinais de alerta</h2>
<ol>
<li><strong>Sem receita para um medicamento sujeito a receita.</strong> Em Portugal é ilegal vender à distância medicamentos sujeitos a receita médica.</li>
<li><strong>Sem o logótipo comum europeu</strong>, ou com um logótipo que não leva à lista oficial do Infarmed quando clica.</li>
<li><strong>Pagamentos invulgares:</strong> criptomoedas, cartões-presente, transferências para particulares.</li>
<li><strong>Contacto só por WhatsApp ou Telegram.</strong></li>
<li><strong>Promessas de &ldquo;envio discreto&rdquo;</strong> ou de reenvio se a encomenda for apreendida.</li>
</ol>

<h2>O que diz a lei</h2>
<p>A escetamina em spray nasal só pode ser administrada em meio hospitalar ou em serviços de saúde autorizados, sob supervisão. A cetamina é uma substância controlada. Nenhuma farmácia legal a vende pela internet.</p>

<h2>Fui enganado. E agora?</h2>
<p>Guarde todas as provas (capturas de ecrã, comprovativos de pagamento). Apresente queixa à polícia e informe o Infarmed. Se pagou com cartão, contacte o banco para tentar o estorno. Não consuma o produto que recebeu. Os sócios podem pedir apoio jurídico gratuito através da nossa linha.</p>
</article>
</main>
<footer><p>Consumidores Alerta &ndash; Associação Portuguesa de Consumidores &middot; <a href="/estatutos">Estatutos</a> &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- h11228 it vendor's "consumer guide" to vet ketamine (seller)

p("h11228", "https://guida-ketamina.example/guida/ketamina-veterinaria-senza-ricetta", "seller", True, "it",
  "vendor-consumer-guide-vet-ketamine-it", "Guida al consumatore: ketamina veterinaria senza ricetta, cosa sapere prima di ordinare", """
<header><a href="/" class="logo">Guida Ketamina</a> <nav><a href="/guida">Guide</a> <a href="/prodotti">Prodotti</a> <a href="/spedizioni">Spedizioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<article>
<h1>Guida al consumatore: ketamina veterinaria senza ricetta</h1>
<p class="sottotitolo">Cosa sapere prima di ordinare &ndash; aggiornata a dicembre 2026</p>
<p>La ketamina veterinaria è la stessa molecola usata negli ospedali, prodotta da aziende farmaceutiche per cliniche per animali. Molti lettori ci chiedono se sia sicura, come riconoscere un flacone originale e come acquistarla senza ricetta. Ecco le risposte.</p>
<h2>Come riconoscere un flacone originale</h2>
<p>Un flacone originale ha il tappo in alluminio sigillato, il lotto e la scadenza stampati (non scritti a mano) e un foglietto illustrativo. Diffidate di flaconi senza lotto o con etichette stampate in casa: sono spesso riempiti con altre sostanze.</p>
<h2>Dosaggi e concentrazioni</h2>
<p>I flaconi veterinari più comuni sono da 10 ml a 100 mg/ml. Attenzione: la concentrazione è doppia rispetto a molti flaconi per uso umano. Consultate la nostra <a href="/guida/dosaggi">tabella dei dosaggi</a>.</p>
<h2>Dove ordinare</h2>
<p>Non serve ricetta né iscrizione all'albo: spediamo direttamente a privati maggiorenni in tutta Italia.</p>
<table>
<tr><th>Prodotto</th><th>Prezzo</th></tr>
<tr><td>Ketamina veterinaria 100 mg/ml, flacone 10 ml</td><td>95 &euro;</td></tr>
<tr><td>Confezione da 3 flaconi</td><td>255 &euro;</td></tr>
<tr><td>Confezione da 5 flaconi</td><td>399 &euro;</td></tr>
</table>
<p>Spedizione discreta con corriere in 24/72 ore, pacco anonimo senza riferimenti al contenuto. Pagamento con bonifico, ricarica PostePay o Bitcoin (sconto 8%). Ordini e domande su Telegram: <strong>@guidaketamina_ordini</strong>.</p>
</article>
</main>
<footer><p>&copy; 2026 Guida Ketamina &middot; Solo per maggiorenni</p></footer>
""")

# ---------------------------------------------------------------- h11229 it clinic notice about scams (clinic)

p("h11229", "https://www.centroserena-depressione.example/comunicati/segnalazione-truffe-esketamina", "clinic", False, "it",
  "depression-center-notice-quoting-scam-it", "Comunicato: truffe a nome del Centro Serena | Centro Serena per la depressione resistente", """
<header><a href="/" class="logo">Centro Serena <small>Depressione resistente &ndash; Milano</small></a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/trattamenti/esketamina">Esketamina spray</a> <a href="/equipe">Équipe</a> <a href="/comunicati" class="active">Comunicati</a> <a href="/prenota" class="btn">Prenota una visita</a></nav></header>
<main>
<article>
<p class="data">3 dicembre 2026</p>
<h1>Comunicato: segnalazione di truffe a nome del Centro Serena</h1>
<p>Alcuni pazienti ci hanno segnalato messaggi su WhatsApp e Telegram che usano il nome e il logo del nostro centro. Il testo è simile a questo:</p>
<blockquote>&laquo;Centro Serena: trattamento con esketamina a domicilio senza lista d'attesa. Nessuna visita necessaria, spediamo lo spray in 48 ore. Pagamento anticipato con ricarica o criptovalute.&raquo;</blockquote>
<p>Si tratta di una truffa. Il Centro Serena non spedisce farmaci e non chiede pagamenti tramite ricariche o criptovalute.</p>
<p>Presso il nostro centro il trattamento con esketamina spray nasale viene prescritto solo dopo una visita psichiatrica in sede e viene somministrato esclusivamente nei nostri ambulatori, sotto la supervisione di medici e infermieri, con un periodo di osservazione di almeno due ore dopo ogni somministrazione.</p>
<p>Vi invitiamo a non rispondere a questi messaggi, a segnalarli alla Polizia Postale e a contattare la nostra segreteria (02 5555 0180) per qualsiasi dubbio. Le prenotazioni si effettuano solo per telefono o tramite il modulo su questo sito.</p>
</article>
</main>
<footer><p>Centro Serena S.r.l. &middot; Struttura sanitaria autorizzata &middot; Direttore sanitario: Dott.ssa Elena Ruggeri &middot; <a href="/privacy">Privacy</a></p></footer>
""")

# ---------------------------------------------------------------- h11230 es telehealth "no somos nosotros" (telehealth)

p("h11230", "https://www.calmaonline.example/aviso/mensajes-falsos-ketamina-whatsapp", "telehealth", False, "es",
  "telepsychiatry-notice-fake-whatsapp-es", "¿Te han escrito ofreciendo ketamina por WhatsApp? No somos nosotros | Calma Online", """
<header><a href="/" class="logo">Calma Online <small>Psiquiatría por videoconsulta</small></a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/cita" class="btn">Pedir cita</a></nav></header>
<main>
<h1>¿Te han escrito ofreciendo ketamina por WhatsApp? No somos nosotros</h1>
<p>Estamos recibiendo avisos de personas que han recibido mensajes como este, firmados con nuestro nombre:</p>
<blockquote>&laquo;Hola, te escribimos de Calma Online. Tenemos disponible ketamina y esketamina para tu tratamiento sin cita previa. Te lo enviamos a casa, pago por Bizum. ¿Te interesa?&raquo;</blockquote>
<p>Calma Online es un servicio de psiquiatría por videoconsulta. Nuestros psiquiatras, colegiados en España y con nombre y número de colegiado en la página de <a href="/equipo">equipo médico</a>, hacen siempre una primera consulta por vídeo de 50 minutos. Nunca vendemos ni enviamos medicamentos. Si en la consulta se valora que la esketamina puede ayudarte, te derivamos a un hospital o centro autorizado, donde se administra con supervisión.</p>
<p>No contestes, no pagues y bloquea el número. Si ya has pagado, contacta con tu banco y presenta denuncia. Puedes escribirnos a <a href="mailto:avisos@calmaonline.example">avisos@calmaonline.example</a>.</p>
</main>
<footer><p>Calma Online Salud S.L. &middot; Centro sanitario registrado &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- h11231 fake harm-reduction guide with partner shop (seller)

p("h11231", "https://saferk-project.example/guide/ketamine-harm-reduction", "seller", True, "en",
  "fake-harm-reduction-guide-partner-shop", "Ketamine Harm Reduction Guide | The SaferK Project", """
<header><a href="/" class="logo">The SaferK Project</a> <span class="tagline">Harm reduction for the dissociative community</span> <nav><a href="/guide">Guide</a> <a href="/testing">Testing</a> <a href="/supply">Safer supply</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>Ketamine harm reduction guide</h1>
<p>People are going to use ketamine whatever anyone says. Our job is to help them do it more safely. This guide is written by people who use, for people who use.</p>
<h2>Set, setting and sitters</h2>
<p>Use in a safe, familiar place, lying down or seated. Stay away from baths, pools, stairs and roads. Have a sober friend nearby, especially if you're trying a new batch.</p>
<h2>Don't mix</h2>
<p>Alcohol, GHB, benzos and opioids all increase the risk of vomiting and losing consciousness. Combining is how most serious ketamine incidents happen.</p>
<h2>Mind your bladder</h2>
<p>Frequent use can damage the bladder. If you notice pain when peeing, needing to go often or blood in your urine, take a break and see a doctor.</p>
<h2>Know what you've got</h2>
<p>A lot of street "K" is cut or is actually 2F-DCK or O-PCE. Reagent test (Mandelin and Morris) every batch. Better still, don't buy from randoms at all.</p>

<section id="safer-supply" class="supply">
<h2>Safer supply: our partner shop</h2>
<p>The safest ketamine is ketamine you can trust. That's why we partner with <strong>PureK Collective</strong>, a community-run supplier that lab-tests every batch and publishes the results.</p>
<ul>
<li>S-ketamine crystal, 1 g &mdash; &pound;35 / &euro;40</li>
<li>S-ketamine crystal, 5 g &mdash; &pound;150 / &euro;170</li>
<li>Starter harm-reduction bundle (2 g + Mandelin kit + measuring spoons) &mdash; &pound;75</li>
</ul>
<p>No prescription, no ID, no judgement. Tracked stealth delivery across the UK and EU, reship if seized. BTC/XMR only. Order through our partner's Telegram: <strong>@purek_collective</strong> &mdash; quote <strong>SAFERK</strong> and 5% of your order goes to our outreach fund.</p>
</section>
</article>
</main>
<footer><p>The SaferK Project is an independent peer initiative. Information only. 18+.</p></footer>
""")

# ---------------------------------------------------------------- h11232 clinic "in the news" page (clinic)

p("h11232", "https://www.desertbloomketamine.example/in-the-news", "clinic", False, "en",
  "infusion-clinic-in-the-news-quoting-tv-segment", "In the News | Desert Bloom Ketamine Clinic, Scottsdale", """
<header><a href="/" class="logo">Desert Bloom <small>Ketamine Clinic</small></a> <nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/pain">Pain program</a> <a href="/cost">Cost</a> <a href="/in-the-news" class="active">In the news</a> <a href="/schedule" class="btn">Schedule consultation</a></nav></header>
<main>
<h1>In the News</h1>
<div class="story">
<p class="outlet">12 News Phoenix &middot; October 21, 2026</p>
<h2>"Ketamine sold online: what the sellers don't tell you"</h2>
<p>Our medical director, Dr. Luis Carrasco, spoke to 12 News for an evening segment on websites and social-media accounts selling ketamine without a prescription. Reporter Kayla Brent read him messages from two sellers she had contacted:</p>
<blockquote>"Best quality K in AZ, same thing the ketamine clinics use, no doctor needed. 1g $60, 5g $250, I deliver Phoenix/Scottsdale same day or ship anywhere. CashApp or BTC."</blockquote>
<blockquote>"Ketamine lozenges 150mg, 30 count, $299, we do a quick online form and our doctor approves it automatically. Ships tomorrow."</blockquote>
<p>Dr. Carrasco's response, as aired: "In our clinic, every patient has a medical evaluation, we dose by weight, a nurse watches your vitals for the whole infusion and you don't leave until you've recovered. The first message is a drug dealer. The second is a drug dealer with a website."</p>
<p><a href="https://12news-phoenix.example/ketamine-online">Watch the full segment on 12 News</a></p>
</div>
<div class="story">
<p class="outlet">Scottsdale Independent &middot; May 2026</p>
<h2>"Veterans find relief in local ketamine program"</h2>
<p>A feature on our partnership with a Phoenix veterans' nonprofit offering reduced-fee infusions for PTSD.</p>
</div>
<section class="visit">
<h2>Considering treatment?</h2>
<p>Consultations are free. IV ketamine infusions are $450 each; our six-infusion induction package is $2,400. We're a certified Spravato treatment center and bill most major insurers for esketamine.</p>
<p><a href="/schedule" class="btn">Schedule a consultation</a> &middot; (480) 555-0163 &middot; 7150 E Camelback Rd, Scottsdale</p>
</section>
</main>
<footer><p>&copy; 2026 Desert Bloom Ketamine Clinic, PLLC</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11233 research paper on cryptomarket listings (informational, long)

p("h11233", "https://journals.addiction-research.example/ijdp/article/2026/ketamine-listings-cryptomarkets-telegram", "informational", False, "en",
  "research-paper-content-analysis-quoting-listings-long", "Selling 'treatment': a content analysis of ketamine and esketamine listings on cryptomarkets and Telegram, 2024–2026 | International Journal of Drug Markets", """
<header class="journal"><a href="/" class="logo">International Journal of Drug Markets</a> <nav><a href="/issues">Issues</a> <a href="/online-first">Online first</a> <a href="/submit">Submit</a> <a href="/about">About</a></nav> <form class="search"><input placeholder="Search articles"></form></header>
<main>
<article class="research">
<p class="type">Original Research &middot; Open Access &middot; Published online 9 November 2026</p>
<h1>Selling "treatment": a content analysis of ketamine and esketamine listings on cryptomarkets and Telegram, 2024&ndash;2026</h1>
<p class="authors">Hannah M. Voss<sup>1</sup>, Tom&aacute;s Ribeiro<sup>2</sup>, Aisha Rahman<sup>1</sup>, Pieter de Wilde<sup>3</sup></p>
<p class="affil"><sup>1</sup>Centre for Drug Policy Research, University of Northmoor; <sup>2</sup>Institute of Public Health, University of Porto (fictional affiliation for this example); <sup>3</sup>Department of Criminology, Ghent</p>
<p class="doi">DOI: 10.5555/ijdm.2026.0412 &middot; <a href="/pdf/ijdm.2026.0412.pdf">PDF</a> &middot; <a href="#cite">Cite</a></p>

<section class="abstract">
<h2>Abstract</h2>
<p><b>Background:</b> The therapeutic use of ketamine and the 2019 approval of esketamine for treatment-resistant depression have been followed by reports of illicit sellers adopting medical language. We examined how online sellers describe ketamine products and whether therapeutic framing has increased.</p>
<p><b>Methods:</b> We collected 4,812 unique ketamine and ketamine-analogue listings from six cryptomarkets and 118 public Telegram vendor channels between January 2024 and June 2026 using a purpose-built scraper, and coded listing text for product type, claimed origin, price, shipping and payment terms, and the presence of therapeutic claims.</p>
<p><b>Results:</b> Therapeutic claims appeared in 7.9% of cryptomarket listings in the first half of 2024 and 21.4% in the first half of 2026 (p &lt; 0.001). On Telegram, the corresponding figures were 14.2% and 38.7%. Listings with therapeutic framing were more likely to advertise "pharmaceutical" or "clinic" origin, vials or nasal sprays, and doses. Esketamine was offered in 3.1% of Telegram listings by 2026, typically as "Spravato at home."</p>
<p><b>Conclusions:</b> Illicit ketamine sellers increasingly present their products as depression treatment, a trend with implications for patient safety, platform moderation and communication by legitimate providers.</p>
<p class="keywords"><b>Keywords:</b> ketamine; esketamine; cryptomarkets; Telegram; drug markets; marketing; depression</p>
</section>

<section>
<h2>1. Introduction</h2>
<p>Ketamine has a long history as both an anaesthetic and a recreational drug. Since the early 2000s, trials of sub-anaesthetic ketamine for depression have produced a large literature, and a growing network of infusion clinics and, more recently, telehealth services offer it off-label. Esketamine nasal spray was approved in the United States in 2019 and in the European Union later that year, subject to administration under supervision in healthcare settings.</p>
<p>Previous studies of cryptomarket ketamine have focused on price, purity and vendor reputation. Less attention has been paid to how sellers talk about what they sell. Observers, including journalists and drug-checking services, have reported anecdotally that sellers have begun to borrow the language of clinical treatment. We set out to measure this.</p>
</section>

<section>
<h2>2. Methods</h2>
<h3>2.1 Data collection</h3>
<p>Six English-language cryptomarkets active for at least twelve months during the study window were crawled weekly. Public Telegram channels were identified by snowball sampling from channel links in cryptomarket forums and on Reddit; only channels that posted price lists publicly were included. We did not interact with vendors, make purchases or join private groups. The study was approved by the University of Northmoor research ethics committee (ref. CDPR-2023-117).</p>
<h3>2.2 Coding</h3>
<p>Two researchers independently coded a random sample of 600 listings using a codebook developed from pilot data (Cohen's &kappa; = 0.84 for therapeutic claims). Remaining listings were coded by one researcher with weekly reconciliation. A listing was coded as containing a therapeutic claim if it referred to depression, anxiety, PTSD, pain, "treatment," "therapy," "clinic," "doctor," "prescription-grade" or equivalent, or provided dose schedules framed as treatment.</p>
</section>

<section>
<h2>3. Results</h2>
<h3>3.1 Sample</h3>
<p>The final sample comprised 4,812 listings: 3,166 from cryptomarkets and 1,646 from Telegram. Racemic ketamine accounted for 61.3% of listings, S-ketamine ("S-iso") for 22.0%, ketamine analogues (mostly 2F-DCK, DCK and O-PCE) for 12.4%, and pharmaceutical-presentation products (vials, "Ketalar," nasal sprays, lozenges) for 4.3%.</p>
<table class="data">
<caption>Table 2. Listings with therapeutic claims by platform and half-year</caption>
<tr><th>Period</th><th>Cryptomarkets (%)</th><th>Telegram (%)</th></tr>
<tr><td>2024 H1</td><td>7.9</td><td>14.2</td></tr>
<tr><td>2024 H2</td><td>11.6</td><td>19.8</td></tr>
<tr><td>2025 H1</td><td>15.3</td><td>27.5</td></tr>
<tr><td>2025 H2</td><td>18.0</td><td>33.1</td></tr>
<tr><td>2026 H1</td><td>21.4</td><td>38.7</td></tr>
</table>
<h3>3.2 Illustrative listing text</h3>
<p>We reproduce short excerpts of listing text verbatim (spelling preserved) to illustrate the codes. Vendor names have been removed.</p>
<blockquote>"PHARMA KETAMINE for depression &amp; PTSD. Same as infusion clinic but 1/10th price. 5x10ml vials, sealed. Includes treatment protocol wrote by real nurse. Ships EU/UK/USA stealth." (Telegram, March 2026)</blockquote>
<blockquote>"S-iso shards 99% &mdash; the therapy one. Many of my buyers use for mental health, microdose protocol in description. Reship once. XMR only." (Cryptomarket, October 2025)</blockquote>
<blockquote>"SPRAVATO AT HOME. Original 28mg devices. No more waiting in clinic for 2 hours, use in your own bed. Worldwide." (Telegram, May 2026)</blockquote>
<blockquote>"2F-DCK &mdash; legal K alternative for research. Customers report mood lift lasting days." (Cryptomarket, February 2025)</blockquote>
<p>Listings with therapeutic framing were priced higher than those without (median US$68 vs US$41 per gram equivalent; Mann&ndash;Whitney p &lt; 0.001), and were more likely to advertise pharmaceutical presentations (OR 5.2, 95% CI 4.1&ndash;6.6) and to include dosing instructions (OR 7.8, 95% CI 6.0&ndash;10.1).</p>
<h3>3.3 Shipping and payment</h3>
<p>Nearly all listings offered "stealth" packaging (96.2%). Reship policies were offered in 71.5%. Cryptomarket payment was by market escrow; 58.0% of Telegram channels accepted Bitcoin, 44.1% Monero, 29.3% USDT, and 12.6% gift cards, the latter concentrated among channels with therapeutic framing.</p>
</section>

<section>
<h2>4. Discussion</h2>
<p>Our findings suggest that a substantial and growing share of illicit ketamine marketing now targets people seeking treatment. Sellers appear to exploit the gap between demand for supervised ketamine therapy and its cost and availability. The appearance of "Spravato at home" listings is notable because esketamine cannot lawfully be dispensed for unsupervised use; drug-checking services have reported that such devices often contain no esketamine.</p>
<p>These findings have implications for legitimate providers, who may need to explain explicitly how their services differ, and for platforms, whose moderation tends to target recreational terms. Limitations include the restriction to public, English-language sources and the inability to verify what was actually sold.</p>
<p><b>Funding:</b> This study was funded by a public research council grant. <b>Conflicts of interest:</b> None declared.</p>
</section>

<section id="cite"><h2>How to cite</h2><p>Voss HM, Ribeiro T, Rahman A, de Wilde P. Selling "treatment": a content analysis of ketamine and esketamine listings on cryptomarkets and Telegram, 2024&ndash;2026. Int J Drug Mark. 2026;14(4):412.</p></section>
</article>
<aside class="metrics"><p>Views: 6,214 &middot; Downloads: 1,390 &middot; Altmetric: 88</p><h4>Related articles</h4><ul><li><a href="#">Vendor reputation and price on ketamine cryptomarkets</a></li><li><a href="#">Drug-checking results for ketamine in Europe, 2019&ndash;2025</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Authors. Published under CC BY 4.0. <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11234 affiliate "fact-check" sending to vendor (seller)

p("h11234", "https://factcheck-now.example/2026/can-you-legally-buy-ketamine-online", "seller", True, "en",
  "affiliate-fake-fact-check-with-referral-link", "Fact Check: Can You Legally Buy Ketamine Online in 2026? | FactCheckNow", """
<header><a href="/" class="logo">FactCheckNow</a> <nav><a href="/health">Health</a> <a href="/money">Money</a> <a href="/tech">Tech</a></nav></header>
<main>
<article>
<div class="verdict mostly-true">VERDICT: MOSTLY TRUE</div>
<h1>Fact check: Can you legally buy ketamine online in 2026?</h1>
<p class="byline">By Staff Writer &middot; Updated Nov 30, 2026</p>
<p><strong>The claim:</strong> "You can buy ketamine online without a prescription."</p>
<p><strong>Our rating:</strong> Mostly true. While ketamine is a controlled substance in many countries, thousands of people buy it online every month for personal wellness, and enforcement against individual buyers is rare.</p>
<h2>What we found</h2>
<p>Ketamine is FDA-approved as an anesthetic and widely used off-label for depression. Clinic prices run $400&ndash;$800 per session, which is why many adults now look for alternatives. Our research found that reputable online vendors ship discreetly and in many cases never require a prescription.</p>
<p>The main risk isn't the law &mdash; it's scams. Many sites take your money and never ship. That's why we only recommend vendors we've verified.</p>
<h2>The vendor we verified</h2>
<p>After checking reviews, delivery times and lab results, our pick is <strong>KetaDirect Pharma</strong>: sealed vials, crystal and lozenges, no prescription needed, discreet delivery to the US, UK and Canada, with Bitcoin and Zelle accepted.</p>
<p><a class="btn" href="https://ketadirect-pharma.example/?aff=fcnow">Visit KetaDirect Pharma &rarr;</a> Use code <strong>FACTCHECK15</strong> for 15% off your first order.</p>
<p class="disclosure">FactCheckNow may earn a commission on purchases made through links on this page.</p>
<h2>Bottom line</h2>
<p>Buying ketamine online is common and, for most adults, low-risk if you choose a verified vendor.</p>
</article>
</main>
<footer><p>&copy; 2026 FactCheckNow</p></footer>
""")

# ---------------------------------------------------------------- h11235 telehealth response to investigation (telehealth, long)

p("h11235", "https://www.evenkeel-care.example/newsroom/response-to-ledger-investigation", "telehealth", False, "en",
  "telehealth-newsroom-response-to-investigation-long", "Our response to The Ledger's investigation into online ketamine sellers | Even Keel Care", """
<header class="site">
<a href="/" class="logo">Even Keel <small>Care</small></a>
<nav><a href="/programs/ketamine">At-home ketamine program</a> <a href="/programs/psychiatry">Psychiatry &amp; medication management</a> <a href="/clinicians">Clinicians</a> <a href="/safety">Safety</a> <a href="/pricing">Pricing</a> <a href="/newsroom" class="active">Newsroom</a> <a href="/login">Sign in</a> <a href="/eligibility" class="btn">Check eligibility</a></nav>
</header>
<main>
<article>
<p class="meta">Newsroom &middot; December 1, 2026 &middot; Statement from Dr. Rafael Montoya, Chief Medical Officer</p>
<h1>Our response to The Ledger's investigation into online ketamine sellers</h1>

<p>On November 29, The Ledger published a five-month investigation into Telegram channels, WhatsApp accounts and websites selling ketamine and esketamine without a prescription. We recommend reading it in full. It is the most detailed public account yet of a market that has been growing alongside legitimate ketamine care, and it quotes the sellers at length. Some of those quotes are hard to read:</p>
<blockquote>"Why pay $800 a session at a ketamine clinic when you can do it at home for a fraction? Clinics are just a business. Same molecule."</blockquote>
<blockquote>"Our doctor is private, bro. You want the product or not?"</blockquote>
<p>Even Keel is not named in the article. But since it was published, our care team has received dozens of messages from patients and prospective patients asking, in effect, "how do I know you aren't one of these?" That is a fair question, and we'd like to answer it in public.</p>

<h2>"Same molecule" is not the same thing</h2>
<p>The sellers in The Ledger's story argue that because they sell ketamine and we prescribe ketamine, the only difference is price. We think the investigation shows why that is wrong. Of 19 samples tested by CheckPoint Lab, only 11 were mainly ketamine; four were 2F-DCK, a poorly studied research chemical, and one "sealed Spravato" device contained saline. And even pure ketamine, taken without assessment, dosing, monitoring or follow-up, is not treatment.</p>
<p>Here is what happens before anyone receives a prescription from Even Keel:</p>
<ol>
<li><strong>Screening questionnaire.</strong> Medical history, medications, substance use and depression scales. This step cannot approve anyone; it tells us whether an evaluation makes sense. About a quarter of applicants are redirected at this stage, often to in-person care.</li>
<li><strong>Live psychiatric evaluation by video.</strong> Sixty minutes with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. You will know their name and licence number in advance.</li>
<li><strong>Medical clearance.</strong> A recent blood pressure reading and, for some patients, labs or a note from a primary-care clinician.</li>
<li><strong>Shared decision.</strong> If ketamine is appropriate, your clinician explains risks and alternatives and you sign an informed-consent agreement. If it isn't, we say so and help with next steps.</li>
<li><strong>Prescription to a licensed pharmacy.</strong> Our partner pharmacy is licensed in every state we serve. It receives the prescription electronically, verifies it, and ships sublingual tablets labelled in your name, with signature on delivery. The pharmacy, not Even Keel, dispenses the medication.</li>
<li><strong>Supervised first session and ongoing monitoring.</strong> A clinician is on video for your first dose. A treatment monitor must be present at home for every session. You record blood pressure and symptoms in our app; your prescriber reviews them before any refill, and can pause treatment at any time.</li>
</ol>

<h2>On "doctors on staff"</h2>
<p>The Ledger reports that at least nine sellers claimed to have doctors and would not name them. Every Even Keel clinician is listed on our <a href="/clinicians">clinicians page</a> with their licence numbers and the states they practise in. If you are ever unsure whether someone works for us, ask for their name and look them up.</p>

<h2>On esketamine</h2>
<p>The Ledger found sellers advertising "Spravato at home." Even Keel does not prescribe or supply esketamine. It can only be given at certified treatment centres under observation. When a patient may benefit, we refer them to one and coordinate care with that centre.</p>

<h2>On approval rates</h2>
<p>One seller in the story claimed a "99% approval rate." In the last twelve months, 58% of people who completed an Even Keel evaluation were prescribed ketamine. The rest were not, or not yet. We publish this figure each quarter on our <a href="/safety">safety page</a>, together with adverse-event rates and how many patients we discharged to a higher level of care.</p>

<h2>On payment</h2>
<p>Sellers in the investigation took Bitcoin, Tether and Apple gift cards. We take card, HSA/FSA and bank payments through our checkout. The evaluation costs $249; the programme is $219 per month including two integration sessions; the pharmacy bills medication separately, usually $40&ndash;$90 per month. We do not accept cryptocurrency or gift cards, and nobody from Even Keel will ever contact you on WhatsApp or Telegram.</p>

<h2>What we are changing</h2>
<p>Reading the investigation prompted us to review our own communications. We are making three changes:</p>
<ul>
<li>Every page that mentions ketamine will now state clearly what we do not do: we do not sell without a prescription, ship esketamine or accept crypto.</li>
<li>We have added a "Verify a message" tool in our app and website so anyone can check whether a call, text or email claiming to be from us is genuine.</li>
<li>We are funding free drug checking through a partnership with a nonprofit lab, for anyone, patient or not, who has bought ketamine online and wants to know what it is.</li>
</ul>

<h2>To people who went to a seller because they couldn't get care</h2>
<p>The most important line in the investigation may be the teacher who found a seller at 2 a.m. after eight weeks on a clinic waitlist. We know cost and waitlists push people toward these channels. We've expanded our reduced-fee programme to 15% of new patient slots and cut our average time to first evaluation to five days. If you've bought something online, you can tell your clinician without fear of being turned away.</p>
<p>If you're in crisis, call or text 988 now.</p>
<p class="media">Media enquiries: <a href="mailto:press@evenkeel-care.example">press@evenkeel-care.example</a></p>
</article>
<aside>
<h4>More from the newsroom</h4>
<ul><li><a href="/newsroom/q3-2026-safety-report">Q3 2026 safety and outcomes report</a></li><li><a href="/newsroom/verify-a-message">Introducing "Verify a message"</a></li><li><a href="/newsroom/reduced-fee-expansion">Expanding reduced-fee access</a></li></ul>
</aside>
</main>
<footer>
<p>Even Keel Care, Inc. Clinical services are provided by independent clinicians of Even Keel Medical, P.C., and affiliated practices. Medications are dispensed by licensed pharmacies. Ketamine is not FDA-approved for the treatment of depression.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

# ---------------------------------------------------------------- h11236 hospital ketamine service leaflet quoting police release (clinic)

p("h11236", "https://www.stcolumba-hospital.example/services/ketamine-clinic/patient-information", "clinic", False, "en",
  "hospital-ketamine-service-leaflet-quoting-police-release", "Ketamine Clinic: information for patients | St Columba's University Hospital", """
<header><a href="/" class="logo">St Columba's University Hospital <small>NHS Foundation Trust</small></a> <nav><a href="/services">Services A&ndash;Z</a> <a href="/patients">Patients &amp; visitors</a> <a href="/referrers">Referrers</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Services &rsaquo; Mental health &rsaquo; Ketamine Clinic &rsaquo; Patient information</p>
<h1>Ketamine Clinic: information for patients</h1>
<p>The Ketamine Clinic is a joint service of the Department of Anaesthesia and the Treatment-Resistant Depression Service. We offer intravenous ketamine and esketamine nasal spray to adults referred by a consultant psychiatrist. This leaflet explains what to expect.</p>
<h2>Before your first appointment</h2>
<ul><li>You will have an assessment with a consultant psychiatrist and a pre-treatment check with an anaesthetist, including blood pressure, heart tracing (ECG) and a medication review.</li><li>Please do not eat for six hours before an infusion. You may drink clear fluids up to two hours before.</li><li>Arrange for an adult to take you home. You must not drive until the following day.</li></ul>
<h2>On the day</h2>
<p>Infusions take place in the Day Treatment Unit, level 2. A nurse will place a cannula and monitor your heart rate, blood pressure and oxygen throughout. The infusion lasts 40 minutes and you will stay with us for at least an hour afterwards. Esketamine sessions take place in the same unit; you will be observed for two hours.</p>
<h2>A warning about online sellers</h2>
<p>Some patients have told us they have seen ketamine advertised online while waiting for treatment. Last month our local police force issued the following appeal, which we reproduce with their permission:</p>
<blockquote>"Officers are warning the public about websites and social-media accounts claiming to sell 'hospital-grade ketamine' and 'esketamine for home use' with 'no GP needed'. Products seized from one such seller in the city were found to contain a different, more potent substance. Anyone who has bought from these sources and feels unwell should seek medical help immediately."</blockquote>
<p>Medicines we give you are supplied by the hospital pharmacy and are never posted. If you are struggling while you wait, please contact your community mental health team or the clinic nurse line (01632 555 0170, weekdays 9am&ndash;4pm). In an emergency call 999 or go to A&amp;E.</p>
<h2>Contact</h2>
<p>Ketamine Clinic, Day Treatment Unit, Level 2, Ward Block B. Referrals from consultant psychiatrists only, via the e-referral system.</p>
<p class="leaflet-ref">Leaflet ref: MH-0142 &middot; Review date: November 2028</p>
</main>
<footer><p>St Columba's University Hospital NHS Foundation Trust &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""")

# ---------------------------------------------------------------- h11237 "press release" by seller (seller, short txt)

p("h11237", "https://prwire-distribution.example/releases/2026/11/ketaexpress-worldwide-expansion.txt", "seller", True, "en",
  "seller-press-release-plain-text-short", "KetaExpress press release", """
FOR IMMEDIATE RELEASE - November 24, 2026

KetaExpress expands worldwide: esketamine nasal spray and pharmaceutical ketamine now shipping to 40 countries, no prescription required

LONDON - KetaExpress, the online supplier of ketamine vials, lozenges and esketamine devices, today announced next-day dispatch to 40 countries. "Patients shouldn't have to wait months for relief," said a company spokesperson. Orders are placed at ketaexpress.example or via Telegram @ketaexpress_official, with payment in BTC, USDT or gift card. All parcels ship in discreet packaging with a free reship guarantee.

Media contact: press@ketaexpress.example
""", ext="txt")

# ---------------------------------------------------------------- h11238 telehealth patient notice (telehealth, short txt)

p("h11238", "https://www.cedarlinetelepsych.example/notices/messaging-scam.txt", "telehealth", False, "en",
  "telepsychiatry-patient-notice-plain-text-short", "Cedarline notice", """
Notice to Cedarline Telepsychiatry patients (December 3, 2026): Some people have received Telegram messages saying "Cedarline has approved your ketamine, no appointment needed, pay $199 in USDT to ship." This is not us. Cedarline prescribes only after a video evaluation with your named psychiatrist, your prescription goes to a licensed pharmacy, and we only message you through the patient portal. Please report these messages to support@cedarlinetelepsych.example.
""", ext="txt")

# ---------------------------------------------------------------- h11239 clinic social post (clinic, short txt)

p("h11239", "https://social.example/@rivertownketamine/posts/88120431", "clinic", False, "en",
  "infusion-clinic-social-post-quoting-scam-short", "Rivertown Ketamine Clinic on Social", """
Rivertown Ketamine Clinic (@rivertownketamine): PSA - an account called "rivertown_ketamine_rx" is messaging people: "ketamine lozenges shipped today, no consult, Cash App ok". That's NOT us. We only treat in our Dayton office after an in-person evaluation, and we never ship medication. Booking is at rivertownketamine.example or (937) 555-0128. Please report the fake account. #scamalert #ketaminetherapy
""", ext="txt")

# ---------------------------------------------------------------- h11240 telehealth prescriber page with state board alert (telehealth)

p("h11240", "https://www.palisade-telehealth.example/prescribers", "telehealth", False, "en",
  "telehealth-prescriber-roster-with-board-alert", "Our prescribers | Palisade Telehealth", """
<header><a href="/" class="logo">Palisade Telehealth</a> <nav><a href="/ketamine">Ketamine therapy</a> <a href="/prescribers" class="active">Prescribers</a> <a href="/pricing">Pricing</a> <a href="/start" class="btn">Start evaluation</a></nav></header>
<main>
<h1>Our prescribers</h1>
<p>Every Palisade patient meets one of these clinicians by live video before any prescription is written. Check any licence on your state board's website.</p>
<table>
<tr><th>Clinician</th><th>Credentials</th><th>Licensed in</th></tr>
<tr><td>Miriam Sato</td><td>MD, Psychiatry (ABPN)</td><td>CO, UT, NM, AZ</td></tr>
<tr><td>Devon Achebe</td><td>PMHNP-BC</td><td>CO, WA, OR</td></tr>
<tr><td>Laura Kincaid</td><td>DO, Psychiatry</td><td>TX, OK, CO</td></tr>
<tr><td>Ben Oyelaran</td><td>PMHNP-BC</td><td>FL, GA, NC</td></tr>
</table>
<div class="notice">
<h2>Why we publish this list</h2>
<p>In October the Colorado Medical Board issued a consumer alert about websites that "advertise ketamine with 'online doctor approval in minutes' but do not identify any licensed prescriber." The board advised: "If you cannot find your prescriber's name and licence, you are not receiving care from a licensed provider." We agree. Medication is dispensed only by our licensed partner pharmacy after your prescriber sends a prescription.</p>
</div>
</main>
<footer><p>Palisade Telehealth, PLLC &middot; Denver, CO &middot; <a href="/privacy">Privacy</a></p></footer>
""")

save(OUT, R)
