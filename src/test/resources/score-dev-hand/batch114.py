# Batch 114 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long reads". Most pages are long (roughly 800-2,500 words of visible text): magazine
# features, investigative news, government bulletins, law-firm articles, harm-reduction guides,
# clinic and telehealth blog posts, patient stories, and sellers whose shop sits inside a long
# article-like page (an SEO guide whose conclusion sends readers to a no-prescription shop with prices
# and a Telegram handle, a vendor's own "buyer's guide", a vendor press release, an advertorial
# patient story with an affiliate code, a "news" page on a shop, a vet-supply article with a cart, a
# questionnaire-only "online clinic", a forum thread opened by a vendor). The decisive lines are
# placed at the top, in the middle or at the end, varying from page to page.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: mostly long pages with site chrome (menus, cookie banners, sidebars, footers), some medium
# pages and four plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch114.py (writes batch114/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch114")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers inside long reads

p("h11401", "https://mindfulroots-journal.example/blog/ketamine-for-depression-complete-guide-2026", "seller", True, "en",
  "seo-blog-guide-conclusion-sends-to-no-rx-shop-telegram", "Ketamine for Depression: The Complete 2026 Guide | Mindful Roots Journal", """
<header>
<a class="brand" href="/">Mindful Roots <span>Journal</span></a>
<nav><a href="/blog">Articles</a> <a href="/topics/anxiety">Anxiety</a> <a href="/topics/depression">Depression</a> <a href="/topics/psychedelics">Psychedelics</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main>
<article>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<p class="byline">By Jordan Vale &middot; Updated November 29, 2026 &middot; 14 min read</p>
<div class="toc"><strong>In this guide</strong>
<ol><li>A short history of an unlikely antidepressant</li><li>How ketamine works in the brain</li><li>What the research actually says</li><li>The different forms: IV, nasal, lozenges and tablets</li><li>Side effects and who should be careful</li><li>Cost and access in 2026</li><li>Our recommendation</li></ol></div>

<h2>1. A short history of an unlikely antidepressant</h2>
<p>Ketamine was synthesised in 1962 by Calvin Stevens, a chemist working for Parke-Davis, who was looking for a safer replacement for phencyclidine. It was first given to human volunteers in 1964 and approved as an anaesthetic in 1970. Because it does not suppress breathing the way many other anaesthetics do, it became a fixture of battlefield medicine during the Vietnam War and remains on the World Health Organization's list of essential medicines today.</p>
<p>For decades nobody thought of it as a mood drug. That changed around 2000, when a small study at Yale gave seven patients with major depression a single sub-anaesthetic infusion and watched their symptoms drop within hours, not weeks. Researchers had spent half a century building antidepressants that took a month or more to work. Here was an old anaesthetic that seemed to do it overnight.</p>
<p>Over the following twenty years, hundreds of trials followed. In 2019 the US Food and Drug Administration approved esketamine, one of the two mirror-image molecules that make up ketamine, as a nasal spray for treatment-resistant depression. Clinics offering off-label infusions of ordinary ketamine spread across North America, and by the early 2020s at-home programmes had appeared as well.</p>

<h2>2. How ketamine works in the brain</h2>
<p>Most older antidepressants act on serotonin, noradrenaline or dopamine. Ketamine works elsewhere: it blocks the NMDA receptor, a docking site for glutamate, the brain's most common excitatory messenger. The leading theory is that this blockade triggers a short burst of glutamate activity that in turn switches on growth signals, including a protein called BDNF, and encourages neurons to form new connections, or synapses, in regions that shrink under chronic stress.</p>
<p>Some researchers emphasise a different part of the story. They point to the way ketamine disrupts the brain's "default mode network", the set of regions active when we ruminate about ourselves. A temporary loosening of those patterns may explain why some people describe a sense of distance from their usual negative thoughts. There is also evidence that the opioid system plays a part, although how large a part remains disputed.</p>
<p>What is not disputed is the timing. The antidepressant effect usually appears within 24 hours and, after a single dose, fades over one to two weeks. That is why treatment normally involves a series of sessions rather than a single one.</p>

<h2>3. What the research actually says</h2>
<p>Meta-analyses of randomised trials find that roughly half of people with treatment-resistant depression respond to a course of ketamine, and about a third reach remission, at least in the short term. The response to a single dose is strongest at 24 hours. Repeated sessions, usually six over two or three weeks, extend the benefit, but relapse within months is common unless people continue some form of maintenance.</p>
<p>Ketamine also appears to reduce suicidal thoughts quickly, which is one of the reasons emergency psychiatrists are interested in it. Evidence for anxiety disorders, PTSD and obsessive-compulsive disorder is more preliminary. Trials in bipolar depression are promising but small.</p>
<p>It is worth being honest about the limits. Many studies are short, blinding is difficult because the dissociative effect is obvious, and people who sign up for ketamine trials may differ from the general population. Long-term safety data, particularly for frequent use over years, are thin.</p>

<h2>4. The different forms: IV, nasal, lozenges and tablets</h2>
<p><strong>Intravenous infusion</strong> is the form most studied. A typical dose is 0.5 mg per kilogram of body weight delivered over 40 minutes. Because the whole dose enters the bloodstream, bioavailability is essentially 100 percent.</p>
<p><strong>Intramuscular injection</strong> is quicker to give and is used by some clinics, with bioavailability of about 90 percent.</p>
<p><strong>Nasal esketamine</strong> is the branded, approved product. It is given under observation in a certified setting, and patients must stay for at least two hours afterwards.</p>
<p><strong>Sublingual lozenges (troches) and rapid-dissolve tablets</strong> are held under the tongue. Only around 25 to 30 percent of the dose reaches the bloodstream this way, so the doses are higher, commonly 100 to 300 mg. These are the forms used in most at-home programmes.</p>
<p><strong>Oral tablets and liquids</strong> that are swallowed have the lowest bioavailability, because much of the drug is broken down by the liver, producing more of the metabolite norketamine.</p>

<h2>5. Side effects and who should be careful</h2>
<p>During a session people commonly feel dissociated, dizzy or nauseated, and blood pressure rises for an hour or so. These effects usually pass within two hours. Some people find the experience pleasant, others frightening; setting and preparation make a real difference.</p>
<p>Frequent high-dose use, as seen in recreational settings, can damage the bladder (ketamine uropathy) and is associated with memory problems. Ketamine also has a potential for dependence. People with uncontrolled high blood pressure, a history of psychosis, certain heart conditions, or active substance use problems are usually advised against it. It should never be combined with alcohol, benzodiazepines in high doses or opioids without medical advice.</p>

<h2>6. Cost and access in 2026</h2>
<p>A course of six IV infusions in a US clinic still costs between $2,400 and $4,800, and insurance rarely covers it. Esketamine is covered by more insurers, but the requirement to sit in a certified clinic twice a week for a month makes it hard for people who work or live far from a city. Telehealth programmes are cheaper, but waitlists have grown and many applicants are turned away after screening or told to wait for months.</p>
<p>For a lot of readers, that leaves a painful gap: a treatment that might work, and no practical way to reach it.</p>

<h2>7. Our recommendation</h2>
<p>After testing several options over the past year, our editorial team has one clear recommendation for readers who cannot afford clinics or have been rejected by telehealth screening: <strong>KetaDirect Pharma</strong>. They supply pharmaceutical-grade ketamine lozenges and nasal spray <strong>with no prescription and no doctor consultation required</strong>, and every order ships in plain, odourless packaging.</p>
<table class="prices">
<tr><th>Product</th><th>Quantity</th><th>Price</th></tr>
<tr><td>Ketamine HCl sublingual lozenges 150 mg</td><td>10</td><td>$180</td></tr>
<tr><td>Ketamine HCl sublingual lozenges 150 mg</td><td>30</td><td>$450</td></tr>
<tr><td>Ketamine nasal spray 100 mg/ml, 10 ml</td><td>1 bottle</td><td>$260</td></tr>
<tr><td>Ketamine crystal, lab tested 99.7%</td><td>5 g</td><td>$210</td></tr>
</table>
<p>Orders are placed through their website or directly with their support team on Telegram at <strong>@ketadirect_support</strong>. Bitcoin and USDT payments get an extra 10% off, and if a parcel is seized by customs they reship free of charge. Mention "MINDFULROOTS" for a free sample pack with your first order.</p>
<p><a class="button" href="https://ketadirect-pharma.example/shop?ref=mindfulroots">Visit KetaDirect Pharma &rarr;</a></p>
<p class="disclaimer"><small>This article is for information only. Mindful Roots Journal may receive a commission from purchases made through links on this page.</small></p>
</article>
<aside>
<h3>Popular right now</h3>
<ul><li><a href="/blog/magnesium-and-sleep">Magnesium and sleep: what the evidence says</a></li><li><a href="/blog/microdosing-psilocybin-2026">Microdosing psilocybin in 2026</a></li><li><a href="/blog/breathwork-for-panic">Breathwork for panic attacks</a></li></ul>
</aside>
</main>
<footer><p>&copy; 2026 Mindful Roots Journal. All rights reserved. <a href="/privacy">Privacy</a> &middot; <a href="/affiliate-disclosure">Affiliate disclosure</a></p></footer>
""", noise="cookie")

p("h11402", "https://arylchem-laboratories.example/newsroom/2026-11-18-expanded-dissociative-line", "seller", True, "en",
  "vendor-press-release-research-chemicals-prices-crypto", "Press Release: ArylChem Laboratories Expands Dissociative Reference Standards Line", """
<header class="newsroom-head">
<a href="/" class="logo">ArylChem Laboratories</a>
<nav><a href="/catalogue">Catalogue</a> <a href="/newsroom">Newsroom</a> <a href="/coa">Certificates of Analysis</a> <a href="/shipping">Shipping</a> <a href="/account">My account</a> <a href="/basket">Basket</a></nav>
</header>
<main>
<p class="kicker">PRESS RELEASE &middot; FOR IMMEDIATE DISTRIBUTION</p>
<h1>ArylChem Laboratories Expands Its Arylcyclohexylamine Reference Standards Line, Cuts Prices by Up to 30% Ahead of Holiday Season</h1>
<p class="dateline"><strong>TALLINN, November 18, 2026</strong> &mdash; ArylChem Laboratories, an independent supplier of analytical reference materials to researchers in more than 40 countries, today announced a major expansion of its dissociative product line, new bulk pricing tiers, and the opening of a second dispatch hub to shorten delivery times for customers in North America.</p>
<p>The company, founded in 2019 by a small team of organic chemists, says demand from independent laboratories, universities and "citizen scientists" has more than doubled since the beginning of the year. The expansion adds six compounds to a catalogue that already included well-known arylcyclohexylamines.</p>
<blockquote>"Researchers have been telling us for a long time that they want consistent purity, transparent testing and fair prices," said Marten Kask, ArylChem's co-founder and head of quality. "With this expansion we can offer all three, at volumes that were not possible for us a year ago."</blockquote>

<h2>A growing field</h2>
<p>Interest in compounds related to ketamine has grown sharply since esketamine was approved as an antidepressant in 2019. Academic groups are studying how small structural changes affect binding at the NMDA receptor, how long effects last, and how metabolites differ. ArylChem says that many of its customers are working in exactly this area, comparing analogues side by side.</p>
<p>The company highlights its testing programme as a key differentiator. Every batch is analysed by HPLC and GC-MS at an independent laboratory, and the certificates of analysis are published online with the batch number printed on each pouch. "Our customers should never have to guess what they are working with," Kask said.</p>

<h2>New and returning compounds</h2>
<p>The expanded line, available to order from today, includes the following materials at launch prices valid until December 31, 2026:</p>
<table class="catalogue">
<tr><th>Compound</th><th>Form</th><th>1 g</th><th>5 g</th><th>25 g</th></tr>
<tr><td>Ketamine HCl (racemic)</td><td>crystalline</td><td>&euro;45</td><td>&euro;190</td><td>&euro;780</td></tr>
<tr><td>2-Fluorodeschloroketamine (2F-DCK)</td><td>crystalline powder</td><td>&euro;24</td><td>&euro;95</td><td>&euro;390</td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>powder</td><td>&euro;28</td><td>&euro;110</td><td>&euro;450</td></tr>
<tr><td>Methoxetamine (MXE)</td><td>powder</td><td>&euro;32</td><td>&euro;130</td><td>&euro;520</td></tr>
<tr><td>O-PCE</td><td>powder</td><td>&euro;30</td><td>&euro;120</td><td>&euro;495</td></tr>
<tr><td>3-HO-PCE</td><td>pellets, 5 mg</td><td colspan="3">&euro;35 per 10 pellets</td></tr>
</table>
<p>All products are sold strictly as reference materials for in-vitro research. <strong>Not for human consumption.</strong> No prescription, licence or institutional paperwork is required to order; customers simply confirm that they are over 18 at checkout. Payment is accepted by bank transfer, Bitcoin, Monero and USDT, with a 12% discount on all cryptocurrency orders.</p>

<h2>Faster, discreet delivery</h2>
<p>The new dispatch hub in the United States, operational from December 1, means domestic orders there will be delivered within three to five working days. European orders continue to ship from the Baltic hub. All parcels use vacuum-sealed, odour-proof pouches inside plain outer packaging with no reference to the contents, and a free reshipment is offered for any parcel that does not arrive within 30 days.</p>
<p>"We know our customers value privacy," said operations manager Liis Tamm. "Nobody at the sorting office needs to know what you are researching."</p>

<h2>Quality control in detail</h2>
<p>Each incoming lot is quarantined on arrival and sampled in triplicate. Identity is confirmed by GC-MS against an in-house library, and purity is measured by HPLC with UV detection. Only lots above 99.0% purity are released for sale. Residual solvents are screened by headspace GC, and each lot is checked for the most common cutting agents. The company says it rejected four incoming lots in 2026, including one consignment of material labelled 2F-DCK that was found to be deschloroketamine.</p>
<p>Certificates are linked from each product page and printed as a QR code on every pouch. Customers can also send a sample of a previous order back for free re-testing once per year.</p>
<h2>What customers say</h2>
<blockquote>"Ordered 25 g of the ketamine HCl for our comparison series. Arrived in four days, clean spectra, exactly as on the CoA." &mdash; verified buyer, Netherlands</blockquote>
<blockquote>"Quick answers on Telegram, sensible prices, great packing. Second order already." &mdash; verified buyer, Canada</blockquote>
<p>ArylChem reports that more than 60% of its orders now come from returning customers and that average order size has risen from 4 g to 11 g over the last twelve months, a trend it attributes to the new bulk tiers.</p>

<h2>Customer support</h2>
<p>In addition to email support, ArylChem now runs a 24/7 order desk on Telegram (<strong>@arylchem_orders</strong>) and Session, where customers can place bulk orders above 25 g and arrange custom synthesis.</p>

<h2>About ArylChem Laboratories</h2>
<p>ArylChem Laboratories supplies research chemicals and analytical reference standards to customers worldwide. The company focuses on purity, transparency and privacy. More information and the full catalogue are available at arylchem-laboratories.example.</p>
<p class="contact"><strong>Media contact:</strong> press@arylchem-laboratories.example</p>
<p class="legal"><small>Forward-looking statements in this release reflect the company's current expectations. Products are intended for laboratory research only and are not medicines, foods or cosmetics.</small></p>
</main>
<footer><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/newsroom">All press releases</a></footer>
""")

p("h11403", "https://ketaminehub-store.example/guides/how-to-buy-ketamine-online-safely", "seller", True, "en",
  "vendor-own-buyers-guide-with-price-table-mid-page", "How to Buy Ketamine Online Safely in 2026: A Buyer's Guide | KetaminHub", """
<div class="announce">Holiday sale: 15% off all orders over $300 &middot; Worldwide tracked shipping</div>
<header>
<a class="logo" href="/">KetaminHub</a>
<nav><a href="/shop">Shop</a> <a href="/guides">Guides</a> <a href="/reviews">Reviews</a> <a href="/track">Track order</a> <a href="/contact">Contact</a> <a href="/cart">&#128722; Cart (0)</a></nav>
</header>
<main>
<article>
<h1>How to Buy Ketamine Online Safely: The Buyer's Guide</h1>
<p class="meta">Written by the KetaminHub team &middot; Last reviewed November 2026 &middot; 11 min read</p>
<p>Every month, thousands of people search for a way to get ketamine without spending weeks on clinic waiting lists. Some of them end up losing money to fake websites; others receive products that are cut, mislabelled or simply not what they paid for. We wrote this guide because we have been in this business since 2018 and we are tired of seeing good customers scammed by bad shops. Read it carefully, whether you order from us or not.</p>

<h2>Why people buy ketamine online</h2>
<p>The reasons are usually practical. Clinic infusions are expensive and rarely covered by insurance. Esketamine spray requires twice-weekly visits to a certified centre. Telehealth services ask for long questionnaires, video calls, blood pressure logs and sometimes records from previous psychiatrists, and many people are declined at the end of it. Others simply prefer privacy and do not want a mental-health diagnosis on their medical record.</p>
<p>Whatever your reason, you deserve to know what you are buying and from whom.</p>

<h2>Red flag 1: Prices that are too good to be true</h2>
<p>Pharmaceutical ketamine is not cheap to source. If a site offers ten grams of "pure crystal" for $60, it is either a scam or the product is cut with something else. Compare prices between several shops before you order, and be suspicious of any shop that is dramatically cheaper than all the others.</p>

<h2>Red flag 2: No real contact options</h2>
<p>A legitimate supplier should answer you before you pay. Test their support: send a question and see whether a human replies within a day. Shops that only offer a contact form and never answer are a classic sign of an exit scam.</p>

<h2>Red flag 3: Gift cards only</h2>
<p>Be careful with sellers who accept only gift cards or Western Union. Reputable shops accept cryptocurrency, which protects both sides and keeps your bank statement clean, and usually at least one other method.</p>

<h2>Our range and prices</h2>
<p>Because we believe in transparency, here is exactly what we stock and what it costs. All products come from licensed pharmaceutical manufacturers and are shipped in their original packaging or in sealed, labelled pouches for crystal. <strong>No prescription is needed to order from KetaminHub.</strong></p>
<table class="products">
<tr><th>Product</th><th>Pack</th><th>Price</th><th></th></tr>
<tr><td>Ketalar (ketamine HCl) 50 mg/ml, 10 ml vial</td><td>5 vials</td><td>$240</td><td><a href="/cart/add/ketalar-5">Add to cart</a></td></tr>
<tr><td>Ketamine HCl 500 mg/10 ml vial (generic)</td><td>10 vials</td><td>$390</td><td><a href="/cart/add/generic-10">Add to cart</a></td></tr>
<tr><td>Ketamine crystal shards, 99%</td><td>10 g</td><td>$320</td><td><a href="/cart/add/crystal-10">Add to cart</a></td></tr>
<tr><td>Spravato 28 mg nasal device</td><td>3 devices</td><td>$450</td><td><a href="/cart/add/spravato-3">Add to cart</a></td></tr>
<tr><td>Ketamine 200 mg troches</td><td>20</td><td>$290</td><td><a href="/cart/add/troche-20">Add to cart</a></td></tr>
</table>
<p>Payment: Bitcoin, Litecoin, USDT (TRC-20), Zelle and Cash App. Crypto orders receive a 10% discount automatically.</p>

<h2>Red flag 4: No stealth</h2>
<p>Any serious shop should explain how it packs orders. We use vacuum-sealed, multi-layer packaging inside ordinary business envelopes or small boxes labelled as cosmetics or electronics accessories. Nothing on the outside refers to the contents. Domestic US orders ship from inside the country, so there is no customs inspection.</p>

<h2>Red flag 5: No guarantee</h2>
<p>Parcels occasionally go missing. A trustworthy shop offers a written reship policy. We reship once for free if tracking shows no movement for ten working days, and refund 50% if the second parcel is also lost.</p>

<h2>How to check what you received</h2>
<p>Whoever you buy from, check your order. A basic reagent kit costs less than $30. For ketamine, a Mandelin reagent should turn orange to brown and Morris should turn pale blue. Vials should have intact seals, a batch number and an expiry date. Crystal should be clear to white, with no smell. If anything looks wrong, do not use it and contact the seller. At KetaminHub, we replace any product that fails a reagent test, no questions asked &mdash; just send us a photo of the test.</p>
<h2>Why our customers choose us</h2>
<p>Since 2018 we have shipped more than 40,000 orders to 32 countries. We have a 4.8-star average across 2,900 verified reviews. Our team answers every message personally, and returning customers get loyalty points worth 5% of every order. We do not ask intrusive questions, we do not require documents or prescriptions, and we never share your details with anyone.</p>

<h2>How to use ketamine more safely</h2>
<p>Start low: responses vary from person to person. Never use ketamine alone in water, in a bath or anywhere you could fall. Do not mix it with alcohol, opioids or sedatives. Take long breaks between uses to protect your bladder, and drink plenty of water. If you notice pain on urination or blood in your urine, stop and see a doctor.</p>

<h2>Frequently asked questions</h2>
<h3>Is it legal?</h3>
<p>Laws differ by country. Customers are responsible for knowing the rules where they live.</p>
<h3>How long does delivery take?</h3>
<p>Three to five days within the US, seven to fourteen days for Europe, Canada and Australia.</p>
<h3>Can I order by message?</h3>
<p>Yes. Our order desk answers on WhatsApp at +1 (555) 014-2287 and on Telegram at @ketaminhub_desk from 8 am to midnight EST.</p>
</article>
<aside class="sidebar">
<div class="widget"><h3>Best sellers</h3><ul><li>Crystal shards 10 g</li><li>Ketalar 5 vials</li><li>Troches 200 mg</li></ul></div>
<div class="widget"><h3>Customer reviews</h3><p>&#9733;&#9733;&#9733;&#9733;&#9733; "Arrived in four days, perfect stealth." &mdash; Mike, Ohio</p></div>
</aside>
</main>
<footer><p>&copy; 2026 KetaminHub. <a href="/terms">Terms</a> &middot; <a href="/refund-policy">Refund policy</a> &middot; <a href="/shipping">Shipping</a></p></footer>
""", noise="cookie")

p("h11404", "https://brightside-living.example/stories/my-14-months-with-at-home-ketamine", "seller", True, "en",
  "advertorial-patient-story-affiliate-code-mid-page", "My 14 Months With At-Home Ketamine: An Honest Account | Brightside Living", """
<header>
<a class="logo" href="/">Brightside Living</a>
<nav><a href="/stories">Real Stories</a> <a href="/wellness">Wellness</a> <a href="/recipes">Recipes</a> <a href="/about">About us</a></nav>
</header>
<main>
<article>
<p class="category">Real Stories</p>
<h1>My 14 Months With At-Home Ketamine: An Honest Account</h1>
<p class="byline">By Rachel D., as told to Brightside Living &middot; 12 min read</p>
<p>I was thirty-four when I realised I could no longer remember what it felt like to look forward to something. Not a big thing, like a holiday, but small things: a cup of coffee, a phone call with my sister, the first warm evening of spring. It had been like that for about six years, on and off, and by the winter of 2024 it was mostly on.</p>
<p>I had tried five antidepressants. Two made me feel like I was wrapped in cotton wool; one gave me insomnia so bad I started hallucinating shapes in the corner of the bedroom; the other two did, as far as I could tell, nothing at all. I had done cognitive behavioural therapy twice, once with a therapist I loved and once with one I did not. I exercised. I cut out alcohol. I took the vitamin D. Nothing shifted the grey.</p>

<h2>Hearing about ketamine</h2>
<p>My GP was the first person to mention ketamine, almost in passing. She said there was good evidence for it in people like me, "treatment-resistant" was the term, and that there were clinics that did infusions. Then she told me what they cost, and that insurance was unlikely to help. I went home and looked it up. The nearest clinic was ninety minutes away and wanted $4,200 for an initial series of six sessions, plus a consultation fee.</p>
<p>I applied to two telehealth programmes instead. The first one had a waitlist of four months. The second one did a video assessment, which was actually quite thorough, and then turned me down because my blood pressure readings were borderline and because I had once, eleven years earlier, had a brief episode that a doctor had written up as "possible hypomania". I understand why they did it. At the time it felt like one more door shutting.</p>

<h2>Finding another way</h2>
<p>A friend from an online support group, someone I had talked to almost every day for a year, told me she had been ordering her own lozenges for months from a supplier called <strong>SerenityK</strong>. I was sceptical. She sent me screenshots of her orders and photos of the packaging. What convinced me, honestly, was how simple it was: <strong>there is no prescription and no doctor's appointment</strong>, you just pick a product, pay, and it arrives.</p>
<p>My first order was a pack of ten 150 mg lozenges for $220. I paid in bitcoin because they give a discount for it and because I did not want the charge on my card. It came eight days later in a plain padded envelope with a return address for what looked like a phone-accessory company. Inside, the lozenges were in a sealed blister pack. If you want to try them, SerenityK gives readers of this story 15% off with the code <strong>HOPE15</strong> at <a href="https://serenityk-shop.example/?aff=rachel">serenityk-shop.example</a>, and they also take orders on Telegram at @serenityk_care.</p>

<h2>The first session</h2>
<p>I did what my friend told me to do. I cleared an afternoon, told my sister what I was doing so someone knew, put my phone on silent, and lay on the sofa with an eye mask and a playlist of piano music. I held the lozenge under my tongue for fifteen minutes and then spat out the saliva rather than swallowing it.</p>
<p>After about twenty minutes the edges of things went soft. My body felt heavy and very far away. I had the odd sensation that the music was a physical place I was walking through. It was not frightening, although I can imagine it would be for some people. After an hour I was mostly back, tired and a bit nauseous, and I slept for three hours.</p>
<p>The next morning was the strangest part. I woke up and made coffee and realised, standing at the counter, that I was looking forward to drinking it. That sounds like nothing. It was the first time in years.</p>

<h2>The months that followed</h2>
<p>I would love to tell you that everything was fixed after one afternoon. It was not. The lift lasted about a week the first time. I settled into a routine of a session every five to seven days for the first two months, and then every two weeks. Some sessions were beautiful and some were just odd. A couple were unpleasant: once I got stuck in a loop of thinking about my father's illness and could not get out of it until the effects wore off.</p>
<p>Around month six I noticed that I was reaching for a lozenge on bad days rather than on scheduled days, and that frightened me. I talked to my therapist about it, which was awkward because I had not told her where the lozenges came from. We agreed on a fixed schedule, and I gave my sister the packet to keep.</p>
<p>There were physical things too. I had a couple of weeks of bladder discomfort after a period when I had been using more often, and it went away when I cut back. I drink a lot more water than I used to.</p>

<h2>Where I am now</h2>
<p>Fourteen months on, I use ketamine about once a month. I still have low periods, but they have a floor now. I went back to work full-time in the spring. I laugh more. My sister says I am "annoyingly chatty" on the phone, which I take as a compliment.</p>
<p>I know some people will read this and think I was reckless. Maybe I was. I would rather have done this with a doctor, and if you can get into a clinic or a telehealth programme, please do that first. But if every door has closed, I want you to know there is another one.</p>
<p class="disclosure"><small>Brightside Living participates in affiliate programmes. We may earn a commission on products purchased through links in this story. Stories reflect the personal experience of the author and are not medical advice.</small></p>
</article>
<aside><h3>More real stories</h3><ul><li><a href="/stories/how-i-quit-sugar">How I quit sugar in 30 days</a></li><li><a href="/stories/sleep-after-baby">Sleep after a baby: what actually helped</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Brightside Living &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h11405", "https://calmpath-ketamine-online.example/how-it-works", "seller", True, "en",
  "questionnaire-only-online-clinic-auto-approval-long", "How It Works | CalmPath Online Ketamine Clinic", """
<header>
<a class="logo" href="/">CalmPath<span>&reg;</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/faq">FAQ</a> <a class="cta" href="/start">Start my assessment</a></nav>
</header>
<main>
<section class="hero">
<h1>Modern mental health care, delivered to your door</h1>
<p>CalmPath is an online ketamine clinic built for people who are tired of waiting. We combine a medically designed assessment, pharmacy-quality medication and ongoing support, without the appointments, the commuting or the paperwork.</p>
</section>

<section>
<h2>Why we started CalmPath</h2>
<p>Our founders watched friends and family spend months trying to get into ketamine clinics, only to be put on waitlists or priced out. The science on ketamine for depression, anxiety and PTSD has been clear for years, but access has not kept up. We believe a treatment that can work within hours should not take half a year to reach.</p>
<p>So we rebuilt the process from the ground up. Traditional clinics were designed around the clinic. CalmPath is designed around you.</p>
</section>

<section class="steps">
<h2>Step 1: Complete your online assessment</h2>
<p>Our assessment takes about five minutes. You will answer questions about your mood, sleep, energy and past treatments, and confirm some basic health information such as your age, weight and any medications you take. The questions are based on validated screening tools used by psychiatrists around the world, including the PHQ-9 and GAD-7.</p>
<p>There is <strong>no video call and no appointment to book</strong>. We know that for many people the hardest part is talking to a stranger about how they feel, so we have removed that step entirely.</p>

<h2>Step 2: Medical review and approval</h2>
<p>Once you submit your assessment, it goes to our medical review team. Most assessments are reviewed within 15 minutes during business hours. Our approval rate is above 97%. To make sure nobody is left waiting, any assessment that has not been reviewed within two hours is <strong>approved automatically</strong> by our system so that your order can be dispatched the same day.</p>
<p>You do not need a prior diagnosis, a referral or records from another doctor. If you have been turned down elsewhere, you are still welcome here.</p>

<h2>Step 3: Your medication ships</h2>
<p>After approval, your order is dispensed and shipped in discreet, unbranded packaging. We ship to all 50 states and to more than 30 countries, including the UK, Canada, Australia and most of the EU. International orders are sent with customs-friendly labelling and a free reship if anything is held at the border.</p>

<h2>Step 4: Ongoing support</h2>
<p>You will get access to our app, with guided audio for your sessions, a mood tracker and a chat with our care team. Refills can be ordered with one tap at any time, with no repeat assessment needed for the first twelve months.</p>
</section>

<section class="pricing-preview">
<h2>Simple pricing</h2>
<ul>
<li><strong>Starter</strong>: 8 ketamine rapid-dissolve tablets (200 mg), $149</li>
<li><strong>Standard</strong>: 16 tablets plus nasal spray (10 ml, 100 mg/ml), $289</li>
<li><strong>Unlimited</strong>: monthly subscription, up to 30 tablets per month, $399/month</li>
</ul>
<p>Pay by card, Apple Pay, or save 15% with Bitcoin or USDT.</p>
</section>

<section>
<h2>Is online ketamine right for me?</h2>
<p>Ketamine may help people with depression that has not responded to other treatments, anxiety, PTSD, chronic pain and some forms of OCD. It works differently from traditional antidepressants, acting on the brain's glutamate system and promoting new connections between nerve cells. Many people notice a difference within a day of their first session.</p>
<p>Ketamine is not suitable for everyone. You should not use it if you are pregnant, have uncontrolled high blood pressure or a history of psychosis. By completing the assessment you confirm that none of these apply to you.</p>

<h2>What does a session feel like?</h2>
<p>Most people describe a feeling of calm and detachment, sometimes with visual changes, lasting 45 to 90 minutes. We recommend sitting or lying somewhere comfortable, with a trusted person nearby for your first few sessions. Avoid driving for the rest of the day.</p>

<h2>Safety first</h2>
<p>Our medication comes from licensed manufacturers. Each pack includes printed instructions and a safety leaflet. Our care team is available by chat seven days a week.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Will I speak to a doctor?</h3>
<p>Not unless you want to. Our model is built on asynchronous review, so there is no appointment to attend. If you have a question for the medical team you can leave a message in the app, and someone will reply within 48 hours.</p>
<h3>What if I take other medications?</h3>
<p>List them in your assessment. Most common antidepressants are fine to continue.</p>
<h3>Can I order for a partner or family member?</h3>
<p>Each person should complete their own assessment, but you can ship several orders to the same address.</p>
<h3>How fast will it arrive?</h3>
<p>Orders approved before 2 pm Eastern ship the same day. US delivery takes one to three days; international orders take five to ten days.</p>
<h3>Can I use my HSA or FSA card?</h3>
<p>Some members do. We provide an itemised receipt, but we cannot guarantee that your plan will accept it.</p>
<h3>Can I cancel?</h3>
<p>Yes, the Unlimited subscription can be cancelled at any time from your account. Orders that have already shipped cannot be refunded.</p>
</section>

<section class="testimonials">
<h2>What our patients say</h2>
<blockquote>"I'd been rejected by two other services. CalmPath approved me in ten minutes and the tablets arrived in three days." &mdash; Dana, Texas</blockquote>
<blockquote>"No awkward video calls, no judgement. Just help." &mdash; Tom, Manchester</blockquote>
</section>
<p><a class="cta" href="/start">Start my 5-minute assessment</a></p>
</main>
<footer>
<p>CalmPath is a technology platform. Medical services are provided by independent affiliated providers. &copy; 2026 CalmPath Health Ltd.</p>
<p><a href="/terms">Terms of service</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refunds</a></p>
</footer>
""", noise="cookie")

p("h11406", "https://forum.dissociate-talk.example/t/pharma-k-eu-us-stealth-ship-reviews-inside/88213", "seller", True, "en",
  "forum-thread-opened-by-vendor-with-replies", "Pharma K, EU/US stealth ship, reviews inside - Marketplace - DissociateTalk", """
<header class="forum-head"><a href="/">DissociateTalk</a> <nav><a href="/c/general">General</a> <a href="/c/harm-reduction">Harm reduction</a> <a href="/c/trip-reports">Trip reports</a> <a href="/c/marketplace">Marketplace</a> <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs"><a href="/c/marketplace">Marketplace</a> &rsaquo; Vendor threads</p>
<h1>Pharma K, EU/US stealth ship, reviews inside</h1>
<div class="post op">
<p class="author"><strong>k_line_direct</strong> &middot; Verified vendor &middot; joined March 2025 &middot; 412 posts</p>
<p>Hello again everyone, new thread because the old one hit the reply limit.</p>
<p>For those who are new: we are a small team that has been supplying the community since 2021. We source only pharmaceutical ketamine (Indian and Chinese vials, evaporated in-house to crystal for those who prefer it), no cuts, no RCs sold as K. Every batch gets reagent-tested (Mandelin and Morris) and we post photos of the results in this thread.</p>
<p><strong>Current menu (December):</strong></p>
<ul>
<li>Crystal, shards or powder: 1 g &euro;40 / 5 g &euro;170 / 10 g &euro;300 / 28 g &euro;720</li>
<li>Vials 500 mg/10 ml, sealed: 5 for &euro;150 / 10 for &euro;270</li>
<li>S-ketamine (esketamine) powder, limited: 5 g &euro;230</li>
</ul>
<p>Shipping from inside the EU (tracked, 2-4 days) and from a US drop (3-5 days). Vacuum sealed x3, dead drop in a normal retail item. Free reship on the first loss, 50% on the second. BTC or XMR only, no PayPal, no cards, do not ask.</p>
<p>To order: DM me here, or Telegram <strong>@kline_direct</strong>, or Session (ID on my profile). Please do not post addresses in this thread.</p>
<p>Harm reduction: test everything, start with small bumps, do not mix with alcohol, do not use alone in water. Look after your bladders, people.</p>
</div>

<div class="post"><p class="author"><strong>greyfield</strong> &middot; 38 posts</p>
<p>Got my 5 g last week, arrived to Germany in three days. Stealth was good, nothing on the outside at all. Mandelin went orange-brown, Morris pale blue as expected. Quality is clean, very little body load compared to the last stuff I had.</p></div>

<div class="post"><p class="author"><strong>nightswimmer_uk</strong> &middot; 7 posts</p>
<p>Does anyone know if they ship to the UK after Brexit or do I get stuck at customs?</p></div>

<div class="post"><p class="author"><strong>k_line_direct</strong> &middot; Verified vendor</p>
<p>@nightswimmer_uk we ship to the UK from the EU drop, so far zero seizures this year. Message me on Telegram and I will sort you out. First-time buyers get 1 g extra on orders of 10 g or more this month.</p></div>

<div class="post"><p class="author"><strong>mod_orchid</strong> &middot; Moderator</p>
<p>Reminder that vendor threads are not endorsed by the forum staff. Do your own research, use the escrow bot where possible, and report any scam to the team. Threads that post personal addresses will be locked.</p></div>

<div class="post"><p class="author"><strong>saltmarsh</strong> &middot; 214 posts</p>
<p>Been with them since the first thread. Had one parcel go missing in the summer and they reshipped within a day without any fuss. Good comms on Telegram. The vials are legit, the caps have the manufacturer's hologram.</p></div>

<div class="post"><p class="author"><strong>quietbell</strong> &middot; 19 posts</p>
<p>Honest question: is anybody here using this for depression rather than fun? I have been reading about the research and I cannot afford a clinic. How are you dosing?</p></div>

<div class="post"><p class="author"><strong>saltmarsh</strong> &middot; 214 posts</p>
<p>@quietbell a few people in the harm-reduction section do. Please read the pinned bladder thread first and keep it occasional. Ideally talk to a doctor, even if you do not tell them where you got it.</p></div>

<div class="post"><p class="author"><strong>k_line_direct</strong> &middot; Verified vendor</p>
<p>Restock done, 28 g packs back. Holiday bundle until the 24th: 10 g + 5 vials for &euro;400. Telegram is faster than forum DMs today.</p></div>
<p class="pagination">Page 1 of 9 &middot; <a href="?page=2">Next</a></p>
</main>
<footer><p>DissociateTalk is a community forum. Posts represent the views of their authors. <a href="/rules">Forum rules</a></p></footer>
""")

p("h11407", "https://agri-vet-direct.example/knowledge/ketamine-hydrochloride-injection-complete-guide", "seller", True, "en",
  "vet-supply-long-article-sold-without-licence", "Ketamine Hydrochloride Injection: The Complete Guide for Animal Owners | AgriVet Direct", """
<div class="topbar">Farm &amp; Pet Supplies since 2011 &middot; Free delivery over $150 &middot; <a href="/account">Sign in</a></div>
<header>
<a class="logo" href="/">AgriVet<strong>Direct</strong></a>
<form class="search"><input placeholder="Search 8,000+ products"></form>
<nav><a href="/livestock">Livestock</a> <a href="/equine">Equine</a> <a href="/dogs-cats">Dogs &amp; Cats</a> <a href="/pharmacy">Vet Pharmacy</a> <a href="/knowledge">Knowledge Centre</a> <a href="/basket">Basket (0)</a></nav>
</header>
<main>
<article>
<p class="crumbs"><a href="/knowledge">Knowledge Centre</a> / Anaesthesia &amp; Sedation</p>
<h1>Ketamine Hydrochloride Injection: The Complete Guide for Animal Owners</h1>
<p class="meta">Reviewed by our product team &middot; 10 min read</p>
<p>Ketamine is one of the most widely used anaesthetic agents in veterinary practice. It is cheap, it has a wide safety margin, and unlike many anaesthetics it leaves breathing and blood pressure relatively stable. This guide explains what ketamine is, how it is used in different species, what it is usually combined with, and what to look for when you buy it.</p>

<h2>What is ketamine?</h2>
<p>Ketamine hydrochloride is a dissociative anaesthetic. It works by blocking NMDA receptors in the brain and spinal cord, producing a trance-like state in which the animal is unaware of pain and surroundings while many protective reflexes, such as swallowing and blinking, are partly preserved. It is supplied as a clear, colourless solution, most commonly at 100 mg/ml in 10 ml or 50 ml multi-dose vials.</p>

<h2>How is it used in animals?</h2>
<p>On its own, ketamine tends to cause muscle rigidity and, in some species, excitement during recovery. For this reason it is almost always combined with a sedative or muscle relaxant. Common combinations include:</p>
<ul>
<li><strong>Ketamine with xylazine</strong>: widely used in cattle, sheep, goats and horses for short procedures such as castration or wound repair.</li>
<li><strong>Ketamine with medetomidine or dexmedetomidine</strong>: common in dogs and cats, and reversible with atipamezole.</li>
<li><strong>Ketamine with diazepam or midazolam</strong>: used for induction before gas anaesthesia.</li>
<li><strong>Ketamine with butorphanol</strong>: adds pain relief and is popular in exotic species and rabbits.</li>
</ul>

<h2>Typical dose ranges</h2>
<p>Doses vary widely between species and with the sedative used. Published ranges include 5 to 10 mg/kg intramuscularly in cats combined with an alpha-2 agonist, 2.2 mg/kg intravenously in horses following xylazine, and 2 to 4 mg/kg intravenously in cattle. Small mammals and birds often need higher doses per kilogram because of their faster metabolism. Always calculate doses carefully by bodyweight and use an accurate syringe.</p>

<h2>Recovery</h2>
<p>Animals usually stand within 30 to 90 minutes. Keep them in a quiet, dimly lit space, away from water troughs and steps, and do not feed until they are fully coordinated. Horses in particular should recover in a padded area, as rough recoveries can cause injury.</p>

<h2>Side effects</h2>
<p>Salivation, increased heart rate, muscle twitching and open eyes are normal. The eyes should be kept moist with lubricant. Seizures are rare but possible in dogs given ketamine without a sedative. Ketamine is not recommended in animals with severe heart disease, raised pressure inside the eye, or head trauma.</p>

<h2>Storage and handling</h2>
<p>Store vials at room temperature, protected from light. Once broached, a multi-dose vial should be used within 28 days. Keep out of reach of children.</p>

<h2>Buying ketamine from AgriVet Direct</h2>
<p>We stock ketamine injection from established veterinary manufacturers at some of the lowest prices online. Unlike most veterinary pharmacies, <strong>we do not require a veterinary prescription or a practice licence number</strong> &mdash; we sell to farmers, breeders, hobbyists and private buyers. Simply add to basket and check out. Orders ship in plain packaging, and we deliver to the US, Canada, the UK and Australia.</p>
<div class="product-card">
<h3>Ketamine HCl 100 mg/ml Injection, 10 ml vial</h3>
<p class="price">$89.00 &middot; 5-pack $395.00 &middot; 10-pack $740.00</p>
<p>In stock &middot; Ships within 24 hours</p>
<button>Add to basket</button>
</div>
<div class="product-card">
<h3>Ketamine HCl 100 mg/ml Injection, 50 ml vial</h3>
<p class="price">$265.00</p>
<button>Add to basket</button>
</div>
<p>We accept Visa, Mastercard, bank transfer and Bitcoin. Questions about bulk orders? Message our sales team on WhatsApp: +1 555 019 4470.</p>

<h2>Related products</h2>
<ul><li>Xylazine 100 mg/ml, 50 ml</li><li>Atipamezole 5 mg/ml, 10 ml</li><li>Sterile syringes 3 ml, box of 100</li><li>Eye lubricant gel</li></ul>
</article>
<aside class="sidebar"><h3>Knowledge Centre</h3><ul><li><a href="/knowledge/deworming-schedules">Deworming schedules for sheep</a></li><li><a href="/knowledge/hoof-care">Hoof care basics</a></li><li><a href="/knowledge/calving-kit">What goes in a calving kit</a></li></ul></aside>
<section class="order-faq"><h2>Ordering FAQ</h2>
<h3>Do I need a prescription from my vet?</h3>
<p>No. We do not ask for a prescription, a vet practice account or a licence number for ketamine or any other injectable in our Vet Pharmacy section. You only need to confirm at checkout that you are over 18.</p>
<h3>Can I order for personal use?</h3>
<p>We do not ask what the product will be used for.</p>
<h3>How is it packed?</h3>
<p>Vials are wrapped in bubble film inside a plain brown box. The outer label shows "AVD Supplies" and nothing else.</p>
<h3>Do you ship internationally?</h3>
<p>Yes, to the US, Canada, the UK and Australia. International orders are declared as "laboratory glassware". If a parcel is held by customs we will send it again once at no charge.</p>
</section>
</main>
<footer><p>&copy; 2026 AgriVet Direct &middot; <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping &amp; returns</a></p></footer>
""", noise="cookie")

p("h11408", "https://kpharma-supply.example/news/december-update.txt", "seller", True, "en",
  "txt-vendor-newsletter-shortage-news-price-list-mid", "K-Pharma Supply December update", """
K-PHARMA SUPPLY - CUSTOMER NEWSLETTER, DECEMBER 2026

Hi everyone,

It has been a busy few weeks and we want to keep you in the loop.

1. The shortage. You may have read in the news that several hospital suppliers of ketamine injection in the US and UK have reported supply problems since October, mostly because one large Indian manufacturer had a factory inspection go badly. Clinics have been rationing and some infusion centres have pushed appointments back. We have had a lot of messages asking whether this affects us. Short answer: no. We bought ahead in the summer and our stock is fine until at least March.

2. Prices. Because of the shortage our costs have gone up a little, but we are keeping most prices where they were:
   - Crystal 5 g: $190 (was $180)
   - Crystal 10 g: $340
   - Vials 500 mg/10 ml x5: $230
   - Esketamine nasal 28 mg x3: $420
   No prescription or doctor's note needed, as always. Pay in BTC, LTC or XMR. Order on the site or on Telegram @kpharma_supply.

3. Shipping. Holiday cut-off for US domestic orders is December 19. International orders placed after December 10 may not arrive before the new year. Stealth is unchanged (vacuum seal, decoy item). Reship policy unchanged.

4. Safety. Several of you asked about the bladder. Please read the safety page on our site. Space your sessions out. Drink water. If it hurts to pee, stop.

5. Scammers. There are at least three Telegram accounts pretending to be us. We only use @kpharma_supply. We never ask for gift cards.

Happy holidays and thanks for sticking with us.
- The K-Pharma team
""", ext="txt")

p("h11409", "https://saludmentalhoy-blog.example/ketamina-guia-completa-depresion", "seller", True, "es",
  "blog-guia-larga-con-aviso-whatsapp-sin-receta-arriba", "Ketamina para la depresión: guía completa 2026 | Salud Mental Hoy", """
<header>
<a class="logo" href="/">Salud Mental <b>Hoy</b></a>
<nav><a href="/">Inicio</a> <a href="/ansiedad">Ansiedad</a> <a href="/depresion">Depresión</a> <a href="/terapias">Terapias alternativas</a> <a href="/tienda">Tienda</a> <a href="/contacto">Contacto</a></nav>
</header>
<div class="aviso-destacado">
<p><strong>¿Necesitas ketamina ahora?</strong> Envío discreto a toda España y Latinoamérica, <strong>sin receta médica</strong>. Ketamina farmacéutica en viales, cristal y spray nasal. Pide por WhatsApp al +34 600 000 417 o por Telegram @ketamina_es_envios. Pago con Bizum, transferencia o criptomonedas.</p>
</div>
<main>
<article>
<h1>Ketamina para la depresión: guía completa 2026</h1>
<p class="autor">Por la redacción de Salud Mental Hoy &middot; Actualizado el 2 de diciembre de 2026 &middot; Lectura de 13 minutos</p>
<p>La ketamina ha pasado en pocos años de ser un anestésico de quirófano y de clínica veterinaria a convertirse en uno de los tratamientos más comentados en psiquiatría. En esta guía repasamos de dónde viene, cómo actúa, qué dicen los estudios, qué efectos secundarios tiene y cuáles son las formas de acceder a ella.</p>

<h2>De anestésico a antidepresivo</h2>
<p>La ketamina se sintetizó en 1962 en Estados Unidos y se aprobó como anestésico en 1970. Su gran ventaja era que mantenía la respiración y la presión arterial, por lo que se utilizó mucho en medicina de guerra y sigue siendo un fármaco esencial en hospitales de todo el mundo. En el año 2000 un grupo de investigadores de la Universidad de Yale observó que una única dosis baja administrada por vía intravenosa reducía los síntomas depresivos en cuestión de horas. Desde entonces se han publicado cientos de estudios.</p>
<p>En 2019 la agencia estadounidense del medicamento aprobó la esketamina en espray nasal para la depresión resistente, y poco después lo hizo la Agencia Europea del Medicamento. En España se administra en hospitales y en algunos centros privados, siempre bajo supervisión.</p>

<h2>¿Cómo actúa en el cerebro?</h2>
<p>A diferencia de los antidepresivos clásicos, que actúan sobre la serotonina o la noradrenalina, la ketamina bloquea los receptores NMDA del glutamato. Este bloqueo desencadena una cascada que favorece la formación de nuevas conexiones entre neuronas, sobre todo en la corteza prefrontal y el hipocampo, zonas que se ven afectadas por el estrés crónico. Muchos investigadores creen que esta "neuroplasticidad" explica la rapidez de su efecto.</p>

<h2>Qué dicen los estudios</h2>
<p>Los metaanálisis muestran que alrededor de la mitad de las personas con depresión resistente responde a un ciclo de ketamina, aunque el efecto de una sola dosis suele durar entre una y dos semanas. Por eso los protocolos habituales incluyen seis sesiones en dos o tres semanas y, después, sesiones de mantenimiento. También hay datos prometedores en ideación suicida, trastorno de estrés postraumático y trastorno obsesivo-compulsivo, aunque los estudios son más pequeños.</p>

<h2>Formas de administración</h2>
<ul>
<li><strong>Intravenosa:</strong> la más estudiada, con una dosis típica de 0,5 mg/kg en 40 minutos.</li>
<li><strong>Intramuscular:</strong> rápida y con alta biodisponibilidad.</li>
<li><strong>Espray nasal (esketamina):</strong> la forma aprobada oficialmente, administrada en el centro sanitario.</li>
<li><strong>Sublingual u oral:</strong> pastillas o trociscos, con menor biodisponibilidad y dosis más altas.</li>
</ul>

<h2>Efectos secundarios</h2>
<p>Durante la sesión son frecuentes la sensación de desconexión, mareo, náuseas, visión borrosa y subida de la tensión arterial. Suelen desaparecer en una o dos horas. El uso frecuente y a dosis altas puede dañar la vejiga y producir problemas de memoria, y existe riesgo de dependencia. No se recomienda en personas con hipertensión no controlada, antecedentes de psicosis o consumo problemático de sustancias.</p>

<h2>¿Cómo conseguir ketamina?</h2>
<p>En la sanidad pública el acceso a la esketamina depende del hospital y suele haber lista de espera. Las clínicas privadas cobran entre 300 y 600 euros por sesión. Para quien no puede esperar ni pagar esas cantidades, en nuestra <a href="/tienda">tienda</a> ofrecemos los siguientes productos, sin necesidad de receta ni de consulta:</p>
<table>
<tr><th>Producto</th><th>Precio</th></tr>
<tr><td>Ketamina 50 mg/ml, 5 viales de 10 ml</td><td>210 &euro;</td></tr>
<tr><td>Ketamina cristal 5 g</td><td>175 &euro;</td></tr>
<tr><td>Espray nasal de ketamina 10 ml</td><td>120 &euro;</td></tr>
</table>
<p>Enviamos en paquete neutro, sin remitente reconocible, en 24-72 horas. Si el envío no llega, lo reenviamos gratis.</p>

<h2>Ketamina y psicoterapia</h2>
<p>Muchos especialistas insisten en que la ketamina funciona mejor cuando se acompaña de terapia. La llamada psicoterapia asistida con ketamina combina sesiones preparatorias, la experiencia con la sustancia y sesiones posteriores de "integración", en las que la persona trabaja con un terapeuta lo que ha sentido o comprendido. Si tomas ketamina en casa, te recomendamos llevar un diario y hablar de tus sesiones con alguien de confianza.</p>
<h2>Consejos para la primera vez</h2>
<p>Elige un día sin obligaciones, no comas en las tres horas anteriores, acuéstate en un lugar cómodo y con poca luz, y ten a mano agua y un cubo por si aparecen náuseas. Empieza con una dosis baja. Lo ideal es que alguien de confianza esté en casa. No conduzcas hasta el día siguiente. Si tienes cualquier duda sobre las dosis, nuestro equipo te responde por WhatsApp al mismo número que aparece arriba.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿La ketamina crea adicción?</h3>
<p>Puede crear dependencia psicológica si se usa con frecuencia. Recomendamos espaciar las tomas y no usarla para "evadirse".</p>
<h3>¿Se puede combinar con antidepresivos?</h3>
<p>En los estudios muchas personas siguen con su medicación habitual, pero conviene consultarlo con un profesional.</p>
</article>
<aside><h3>Artículos relacionados</h3><ul><li><a href="/terapias/psilocibina">Psilocibina: lo que sabemos</a></li><li><a href="/ansiedad/respiracion">Ejercicios de respiración para la ansiedad</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Salud Mental Hoy. Este blog tiene fines informativos. <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p></footer>
""", noise="cookie-es")

p("h11410", "https://europa-versandapotheke24.example/ratgeber/esketamin-nasenspray-ratgeber", "seller", True, "de",
  "ratgeber-artikel-versandapotheke-ohne-rezept-mitte", "Ratgeber: Esketamin-Nasenspray – Wirkung, Anwendung, Bezug | EuropaVersandApotheke24", """
<div class="topbar">Kostenloser Versand ab 99 € &middot; Diskrete Verpackung &middot; Hotline Mo–Sa 8–20 Uhr</div>
<header>
<a class="logo" href="/">EuropaVersandApotheke<b>24</b></a>
<nav><a href="/kategorie/potenz">Potenz</a> <a href="/kategorie/schlaf">Schlafen &amp; Beruhigen</a> <a href="/kategorie/depression">Stimmung</a> <a href="/kategorie/schmerz">Schmerzen</a> <a href="/ratgeber">Ratgeber</a> <a href="/warenkorb">Warenkorb</a></nav>
</header>
<main>
<article>
<h1>Esketamin-Nasenspray: Wirkung, Anwendung und Bezug – der große Ratgeber</h1>
<p class="meta">Redaktion Gesundheit &middot; aktualisiert am 30. November 2026 &middot; Lesezeit 12 Minuten</p>
<p>Seit einigen Jahren ist Esketamin als Nasenspray in Deutschland zur Behandlung schwerer Depressionen zugelassen. Für viele Betroffene, bei denen mehrere Antidepressiva nicht geholfen haben, ist es eine neue Hoffnung. Gleichzeitig ist der Weg zur Behandlung oft lang: Facharzttermine, Wartelisten, Klinikaufenthalte. In diesem Ratgeber erklären wir, was Esketamin ist, wie es wirkt, für wen es infrage kommt und wie Sie es beziehen können.</p>

<h2>Was ist Esketamin?</h2>
<p>Esketamin ist das S-Enantiomer von Ketamin, also eine der beiden spiegelbildlichen Formen des Moleküls. Es bindet stärker an den NMDA-Rezeptor als die R-Form und wird deshalb in geringerer Dosis eingesetzt. Als Narkosemittel wird Esketamin in Deutschland schon seit den 1990er-Jahren verwendet. Das Nasenspray wurde 2019 in der EU zugelassen, und zwar für Erwachsene mit therapieresistenter Depression in Kombination mit einem oralen Antidepressivum.</p>

<h2>Wie wirkt es?</h2>
<p>Klassische Antidepressiva wie SSRI brauchen oft vier bis sechs Wochen, bis eine Wirkung spürbar ist. Esketamin setzt dagegen am Glutamat-System an und kann die Stimmung bereits nach Stunden bis wenigen Tagen verbessern. Man geht davon aus, dass die Blockade des NMDA-Rezeptors eine vermehrte Bildung neuer Synapsen anregt, vor allem im präfrontalen Kortex.</p>

<h2>Anwendung</h2>
<p>Ein Sprühgerät enthält 28 mg Esketamin, verteilt auf zwei Sprühstöße, einen pro Nasenloch. Üblich sind Dosen von 56 mg oder 84 mg, also zwei oder drei Geräte pro Anwendung. In der Einleitungsphase wird das Spray zweimal wöchentlich angewendet, danach wöchentlich oder alle zwei Wochen. Zwischen den Geräten sollten fünf Minuten Pause liegen.</p>

<h2>Bezug ohne Umwege</h2>
<p>In der Regelversorgung erfolgt die Anwendung in einer Praxis oder Klinik unter Aufsicht. Viele unserer Kundinnen und Kunden haben uns geschrieben, dass sie monatelang auf einen Termin warten mussten. Deshalb bieten wir Esketamin-Nasenspray auch zur Anwendung zu Hause an – <strong>ohne Rezept und ohne ärztliches Gespräch</strong>. Sie bestellen einfach über unseren Shop, wir versenden innerhalb von 24 Stunden in neutraler Verpackung.</p>
<table class="preise">
<tr><th>Packung</th><th>Preis</th><th></th></tr>
<tr><td>Esketamin Nasenspray 28 mg, 1 Sprühgerät</td><td>119,00 &euro;</td><td><a href="/warenkorb/add/esk-1">In den Warenkorb</a></td></tr>
<tr><td>Esketamin Nasenspray 28 mg, 3 Sprühgeräte (84 mg)</td><td>289,00 &euro;</td><td><a href="/warenkorb/add/esk-3">In den Warenkorb</a></td></tr>
<tr><td>Esketamin Nasenspray 28 mg, 6 Sprühgeräte</td><td>539,00 &euro;</td><td><a href="/warenkorb/add/esk-6">In den Warenkorb</a></td></tr>
<tr><td>Ketamin 50 mg/ml Injektionslösung, 5 x 10 ml</td><td>249,00 &euro;</td><td><a href="/warenkorb/add/ket-5">In den Warenkorb</a></td></tr>
</table>
<p>Zahlung per Vorkasse, Sofortüberweisung oder Bitcoin (5 % Rabatt). Wir liefern nach Deutschland, Österreich und in die Schweiz; Sendungen in die Schweiz werden aus einem EU-Lager verschickt und als "Kosmetik" deklariert.</p>

<h2>Esketamin oder Ketamin?</h2>
<p>Viele Kundinnen und Kunden fragen uns, ob sie zum Esketamin-Spray oder zur günstigeren Ketamin-Lösung greifen sollen. Esketamin ist stärker und in der Dosierung genauer, da jedes Sprühgerät eine definierte Menge abgibt. Ketamin-Injektionslösung lässt sich mit einem handelsüblichen Nasensprayfläschchen ebenfalls nasal anwenden; eine Anleitung zum Umfüllen legen wir jeder Bestellung bei. Für den Einstieg empfehlen wir die Dreierpackung Esketamin.</p>
<h2>Erfahrungen unserer Kundschaft</h2>
<blockquote>"Nach neun Monaten Warteliste habe ich hier bestellt. Am Donnerstag bestellt, am Samstag im Briefkasten. Die Wirkung war nach der zweiten Anwendung deutlich." &ndash; Kundin aus Leipzig</blockquote>
<blockquote>"Diskret, schnell, freundlicher Kontakt über Telegram. Endlich ohne Diskussion mit dem Psychiater." &ndash; Kunde aus Graz</blockquote>
<p>Bei Fragen zur Bestellung erreichen Sie unser Team auch per Telegram unter @eva24_bestellung.</p>

<h2>Nebenwirkungen</h2>
<p>Häufig sind Schwindel, Übelkeit, ein Gefühl der Losgelöstheit (Dissoziation), Benommenheit, Kopfschmerzen und ein vorübergehender Anstieg des Blutdrucks. Diese Effekte klingen meist innerhalb von ein bis zwei Stunden ab. Am Tag der Anwendung sollten Sie kein Fahrzeug führen und keine Maschinen bedienen.</p>

<h2>Gegenanzeigen</h2>
<p>Nicht anwenden bei Aneurysmen, kürzlich zurückliegendem Herzinfarkt oder Schlaganfall, unbehandeltem Bluthochdruck sowie in Schwangerschaft und Stillzeit. Vorsicht bei Psychosen in der Vorgeschichte und bei Suchterkrankungen.</p>

<h2>Häufige Fragen</h2>
<h3>Kann ich Esketamin mit meinem Antidepressivum kombinieren?</h3>
<p>In den Zulassungsstudien wurde Esketamin zusätzlich zu einem oralen Antidepressivum gegeben. Sprechen Sie im Zweifel mit Ihrem Apotheker.</p>
<h3>Wie lange hält die Wirkung an?</h3>
<p>Nach einer einzelnen Anwendung meist einige Tage. Bei regelmäßiger Anwendung kann sich die Wirkung stabilisieren.</p>
<h3>Ist die Lieferung diskret?</h3>
<p>Ja. Auf dem Paket steht weder unser Name noch der Inhalt.</p>
</article>
<aside><h3>Beliebte Ratgeber</h3><ul><li><a href="/ratgeber/schlafmittel-ohne-rezept">Schlafmittel im Vergleich</a></li><li><a href="/ratgeber/tramadol">Tramadol: was Sie wissen sollten</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 EuropaVersandApotheke24 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h11411", "https://kether-distribution.example/presse/communique-lancement-gamme-ketamine", "seller", True, "fr",
  "communique-de-presse-vendeur-sans-ordonnance-telegram", "Communiqué de presse : Kether Distribution lance sa gamme de kétamine de qualité pharmaceutique", """
<header>
<a class="logo" href="/">Kether Distribution</a>
<nav><a href="/boutique">Boutique</a> <a href="/presse">Presse</a> <a href="/livraison">Livraison</a> <a href="/faq">FAQ</a> <a href="/panier">Panier</a></nav>
</header>
<main>
<p class="surtitre">COMMUNIQUÉ DE PRESSE &middot; Diffusion immédiate</p>
<h1>Kether Distribution lance une gamme complète de kétamine de qualité pharmaceutique pour la France, la Belgique et la Suisse</h1>
<p class="date"><strong>Bruxelles, le 24 novembre 2026</strong> &mdash; Kether Distribution, acteur indépendant de la distribution de produits de santé en ligne, annonce aujourd'hui le lancement d'une gamme complète de kétamine et d'eskétamine destinée aux particuliers francophones, avec livraison en 48 heures dans trois pays.</p>

<h2>Un besoin non couvert</h2>
<p>Selon plusieurs enquêtes publiées ces dernières années, la dépression résistante touche des centaines de milliers de personnes en France. L'eskétamine en pulvérisation nasale est autorisée depuis 2019, mais son administration reste réservée à quelques établissements de santé, avec des délais d'attente qui peuvent dépasser six mois. « Des patients nous écrivent tous les jours pour nous dire qu'ils n'en peuvent plus d'attendre », explique Julien Mercadier, fondateur de Kether Distribution. « Notre mission est simple : rendre ces produits accessibles, rapidement et discrètement. »</p>
<p>La société affirme avoir traité plus de 9 000 commandes depuis son lancement en version bêta au printemps, avec un taux de satisfaction de 96 % selon ses propres enquêtes.</p>

<h2>Une gamme complète, sans ordonnance</h2>
<p>La nouvelle gamme comprend de la kétamine injectable en flacons, de la kétamine cristallisée testée en laboratoire, des comprimés sublinguaux et des dispositifs d'eskétamine en pulvérisation nasale. Tous les produits sont disponibles <strong>sans ordonnance ni consultation médicale préalable</strong>. Les prix de lancement, valables jusqu'au 31 décembre, sont les suivants :</p>
<ul>
<li>Kétamine 50 mg/ml, lot de 5 flacons de 10 ml : 195 &euro;</li>
<li>Kétamine cristal, 5 g : 180 &euro; ; 10 g : 330 &euro;</li>
<li>Comprimés sublinguaux 150 mg, boîte de 20 : 240 &euro;</li>
<li>Eskétamine 28 mg, 3 dispositifs nasaux : 360 &euro;</li>
</ul>
<p>Le paiement s'effectue par virement SEPA, par carte prépayée ou en cryptomonnaies (Bitcoin, Monero, USDT), ces dernières bénéficiant d'une remise de 10 %.</p>

<h2>Livraison discrète et service client</h2>
<p>Les colis sont expédiés depuis un entrepôt situé dans l'Union européenne, sous emballage neutre, sans mention de l'expéditeur ni du contenu. En cas de colis retenu en douane, Kether Distribution réexpédie gratuitement la commande. Le service client est joignable par messagerie Telegram (<strong>@kether_commandes</strong>) et par Signal, 7 jours sur 7.</p>
<blockquote>« Nous avons voulu un parcours aussi simple que celui d'un site de e-commerce classique : on choisit, on paie, on reçoit », résume Julien Mercadier.</blockquote>

<h2>Engagement qualité</h2>
<p>Chaque lot de kétamine cristallisée fait l'objet d'une analyse par chromatographie dans un laboratoire indépendant, dont le certificat est consultable sur le site. Les flacons proviennent de fabricants pharmaceutiques établis et sont livrés dans leur conditionnement d'origine.</p>

<h2>Perspectives</h2>
<p>Kether Distribution prévoit d'étendre son service au Luxembourg et au Québec au premier trimestre 2027 et de lancer une application mobile permettant le réapprovisionnement automatique.</p>

<h2>À propos de Kether Distribution</h2>
<p>Fondée en 2025, Kether Distribution est une société de distribution en ligne spécialisée dans les produits de bien-être mental. Elle emploie une quinzaine de personnes entre Bruxelles et Tallinn.</p>
<p class="contact">Contact presse : presse@kether-distribution.example</p>
</main>
<footer><p>&copy; 2026 Kether Distribution &middot; <a href="/cgv">CGV</a> &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h11412", "https://lab-chemicalien.example/kennisbank/arylcyclohexylamines-2f-dck-en-verwanten", "seller", True, "nl",
  "research-chemical-kennisbank-artikel-producttabel-onderaan", "Kennisbank: arylcyclohexylamines – 2F-DCK, DCK en verwanten | LabChemicaliën", """
<header>
<a class="logo" href="/">LabChemicaliën<span>.example</span></a>
<nav><a href="/shop">Webshop</a> <a href="/kennisbank">Kennisbank</a> <a href="/verzending">Verzending</a> <a href="/over-ons">Over ons</a> <a href="/winkelwagen">Winkelwagen (0)</a></nav>
</header>
<main>
<article>
<h1>Arylcyclohexylamines: 2F-DCK, DCK en verwante verbindingen</h1>
<p class="meta">Kennisbank &middot; bijgewerkt november 2026 &middot; leestijd 9 minuten</p>
<p>De groep van de arylcyclohexylamines is in de afgelopen jaren flink gegroeid. Waar ketamine en fencyclidine (PCP) lange tijd de bekendste vertegenwoordigers waren, worden tegenwoordig tientallen varianten bestudeerd. In dit kennisbankartikel zetten we de belangrijkste verbindingen op een rij: hun structuur, hun farmacologische eigenschappen voor zover bekend, en de analytische kenmerken die voor onderzoekers relevant zijn.</p>

<h2>De basisstructuur</h2>
<p>Alle arylcyclohexylamines delen een cyclohexaanring waaraan een aromatische ring (meestal een fenylgroep) en een aminegroep zijn gebonden op hetzelfde koolstofatoom. Kleine veranderingen aan die drie onderdelen hebben grote gevolgen voor de affiniteit voor de NMDA-receptor, de werkingsduur en de manier waarop de lever de stof afbreekt. Ketamine heeft een chlooratoom op de fenylring en een ketongroep op de cyclohexaanring; juist die combinatie maakt het tot een kortwerkend anestheticum.</p>

<h2>Deschloroketamine (DCK)</h2>
<p>Zoals de naam zegt, ontbreekt bij DCK het chlooratoom. In dierstudies lijkt de stof krachtiger en langer werkzaam dan ketamine. DCK werd rond 2015 voor het eerst op de onderzoeksmarkt gezien. Over de toxicologie is weinig bekend.</p>

<h2>2-Fluorodeschloroketamine (2F-DCK)</h2>
<p>Bij 2F-DCK is het chlooratoom vervangen door een fluoratoom. De verbinding werd al in de jaren zestig in een octrooi beschreven, maar kreeg pas na 2016 aandacht. Gebruikers en onderzoekers melden een iets langere werking dan ketamine. Er zijn casusbeschrijvingen van intoxicaties, vaak in combinatie met andere middelen.</p>

<h2>Methoxetamine (MXE)</h2>
<p>MXE was rond 2010 een van de eerste "designer"-arylcyclohexylamines. Het werd in veel landen snel verboden, waaronder in Nederland, waar het sinds 2017 op Lijst II van de Opiumwet staat. Het is daarom niet meer in ons assortiment opgenomen.</p>

<h2>Analytische kenmerken</h2>
<p>Voor identificatie worden meestal GC-MS en LC-MS gebruikt. Met kleurreagentia is onderscheid lastig: Mandelin geeft bij de meeste arylcyclohexylamines een oranje tot bruine kleur. Onze batches worden geleverd met een analysecertificaat van een extern laboratorium, met retentietijden en massaspectra.</p>

<h2>Wettelijke status</h2>
<p>Ketamine staat in Nederland op Lijst II van de Opiumwet. Voor analogen als 2F-DCK en DCK geldt dat niet; voor de actuele status in uw land bent u zelf verantwoordelijk.</p>

<h2>Ons assortiment</h2>
<p>Alle producten worden uitsluitend verkocht als referentiemateriaal voor laboratoriumonderzoek. <strong>Niet voor menselijke consumptie.</strong> Bestellen kan zonder registratie als onderzoeksinstelling; bij het afrekenen bevestigt u dat u 18 jaar of ouder bent.</p>
<table>
<tr><th>Product</th><th>1 g</th><th>5 g</th><th>10 g</th><th></th></tr>
<tr><td>2F-DCK HCl, kristallijn</td><td>&euro; 22</td><td>&euro; 85</td><td>&euro; 150</td><td><a href="/shop/2f-dck">Bestel</a></td></tr>
<tr><td>DCK HCl, poeder</td><td>&euro; 26</td><td>&euro; 99</td><td>&euro; 175</td><td><a href="/shop/dck">Bestel</a></td></tr>
<tr><td>O-PCE HCl</td><td>&euro; 28</td><td>&euro; 110</td><td>&euro; 195</td><td><a href="/shop/o-pce">Bestel</a></td></tr>
<tr><td>3-MeO-PCE pellets (10 x 5 mg)</td><td colspan="3">&euro; 30</td><td><a href="/shop/3-meo-pce-pellets">Bestel</a></td></tr>
</table>
<p>Betalen met iDEAL, Bancontact of Bitcoin. Verzending binnen Nederland en België de volgende werkdag, naar de rest van de EU in 2–5 dagen, in een neutrale, geurdichte verpakking.</p>
</article>
<aside><h3>Meer in de kennisbank</h3><ul><li><a href="/kennisbank/reagentia-testen">Reagentia: hoe werkt een kleurtest?</a></li><li><a href="/kennisbank/opslag">Opslag van referentiemateriaal</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 LabChemicaliën &middot; <a href="/voorwaarden">Algemene voorwaarden</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h11413", "https://vidaleve-artigos.example/cetamina-tudo-que-voce-precisa-saber", "seller", True, "pt",
  "artigo-seo-onde-comprar-sem-receita-pix-telegram-meio", "Cetamina: tudo o que você precisa saber em 2026 | Vida Leve Artigos", """
<header>
<a class="logo" href="/">Vida Leve <small>artigos de saúde e bem-estar</small></a>
<nav><a href="/">Início</a> <a href="/saude-mental">Saúde mental</a> <a href="/alimentacao">Alimentação</a> <a href="/sono">Sono</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<article>
<h1>Cetamina: tudo o que você precisa saber em 2026</h1>
<p class="autor">Equipe Vida Leve &middot; 27 de novembro de 2026 &middot; 12 min de leitura</p>
<p>Nos últimos anos a cetamina deixou de ser um assunto restrito a centros cirúrgicos e clínicas veterinárias e passou a aparecer em reportagens, podcasts e consultórios de psiquiatria. Neste artigo reunimos o essencial: o que é, como age, para que serve, quais são os riscos e como ter acesso a ela no Brasil.</p>

<h2>O que é a cetamina?</h2>
<p>A cetamina é um anestésico dissociativo desenvolvido na década de 1960. No Brasil ela é usada há décadas em hospitais e, principalmente, em medicina veterinária. A escetamina, uma das formas da molécula, foi aprovada pela Anvisa em spray nasal para depressão resistente em 2020, e é aplicada em consultório, sob supervisão.</p>

<h2>Como ela age no cérebro?</h2>
<p>Os antidepressivos tradicionais atuam principalmente na serotonina. A cetamina age em outro sistema, o do glutamato, bloqueando o receptor NMDA. Esse bloqueio parece estimular a formação de novas conexões entre neurônios, processo chamado de neuroplasticidade, o que explicaria por que muitas pessoas sentem melhora em poucas horas.</p>

<h2>Onde comprar cetamina sem complicação</h2>
<p>Sabemos que a maior dúvida dos nossos leitores é justamente como conseguir. As sessões em clínica custam de R$ 800 a R$ 2.000 cada uma e os planos de saúde quase nunca cobrem. Por isso indicamos a loja parceira <strong>CetaBrasil</strong>, que envia para todo o país <strong>sem receita e sem consulta</strong>:</p>
<ul>
<li>Cetamina 50 mg/ml, caixa com 5 frascos-ampola de 10 ml: R$ 690</li>
<li>Cetamina em cristal, 5 g: R$ 750</li>
<li>Spray nasal de cetamina 10 ml: R$ 420</li>
</ul>
<p>O pagamento é por PIX ou criptomoeda, e o envio é feito em embalagem discreta pelos Correios, com código de rastreio. Para pedir, chame no Telegram <strong>@cetabrasil_oficial</strong> ou no WhatsApp (11) 90000-3318 e diga que veio do Vida Leve para ganhar frete grátis.</p>

<h2>Para que a cetamina é usada?</h2>
<p>Além da anestesia, a cetamina e a escetamina são estudadas e usadas em:</p>
<ul>
<li>depressão resistente a outros tratamentos;</li>
<li>ideação suicida aguda, em ambiente hospitalar;</li>
<li>dor crônica, como fibromialgia e síndrome complexa de dor regional;</li>
<li>transtorno de estresse pós-traumático, ainda em pesquisa;</li>
<li>alguns casos de transtorno obsessivo-compulsivo.</li>
</ul>

<h2>Como é uma sessão?</h2>
<p>Em clínicas, a cetamina costuma ser aplicada na veia, por cerca de 40 minutos, ou no músculo. O paciente fica deitado, muitas vezes com venda nos olhos e música. É comum sentir o corpo leve, distorções de tempo e espaço e uma sensação de estar "fora" de si. Os efeitos passam em uma a duas horas. Com a escetamina nasal, o paciente fica em observação por pelo menos duas horas.</p>

<h2>Efeitos colaterais e riscos</h2>
<p>Os efeitos mais comuns são tontura, náusea, dissociação, visão embaçada e aumento da pressão arterial. O uso frequente e em doses altas pode causar lesões na bexiga (cistite ulcerativa), problemas de memória e dependência. Pessoas com hipertensão descontrolada, histórico de psicose, problemas cardíacos graves ou que estão grávidas não devem usar.</p>
<p>Nunca misture cetamina com álcool, benzodiazepínicos ou opioides, e não use sozinho, na banheira ou perto de água.</p>

<h2>Quanto tempo dura o efeito?</h2>
<p>O efeito agudo, aquela sensação de desligamento, dura de uma a duas horas. Já o efeito sobre o humor, quando acontece, costuma aparecer em até 24 horas e durar de alguns dias a duas semanas após uma única dose. Por isso os protocolos clínicos usam séries de sessões, normalmente seis em duas ou três semanas, seguidas de sessões de manutenção.</p>
<h2>Cetamina e psicoterapia</h2>
<p>Vários estudos sugerem que a combinação com psicoterapia prolonga os benefícios. Na chamada psicoterapia assistida por cetamina, o paciente faz sessões de preparação, passa pela experiência acompanhado e depois participa de sessões de integração, em que conversa sobre o que viveu. Mesmo quem usa em casa pode se beneficiar de escrever sobre cada sessão e conversar com um terapeuta.</p>

<h2>Cetamina vicia?</h2>
<p>Pode causar dependência psicológica, principalmente quando usada com frequência para "fugir" de sentimentos difíceis. Em doses terapêuticas e espaçadas o risco parece menor, mas não é zero.</p>

<h2>Conclusão</h2>
<p>A cetamina é um dos avanços mais interessantes da psiquiatria das últimas décadas. Informe-se, respeite seu corpo e, se possível, converse com um profissional de saúde sobre o seu caso.</p>
</article>
<aside><h3>Leia também</h3><ul><li><a href="/sono/melatonina">Melatonina: funciona mesmo?</a></li><li><a href="/saude-mental/ansiedade-no-trabalho">Ansiedade no trabalho</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Vida Leve Artigos. Conteúdo informativo. Podemos receber comissão por indicações de parceiros.</p></footer>
""", noise="cookie-pt")

p("h11414", "https://benessere-notizie.example/2026/11/ketamina-depressione-cosa-sapere", "seller", True, "it",
  "pagina-notizie-che-e-il-negozio-spedizione-anonima-senza-ricetta", "Ketamina e depressione: cosa sapere (e come ottenerla) | Benessere Notizie", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetto</button> <button>Rifiuta</button></div>
<header>
<a class="logo" href="/">Benessere<b>Notizie</b></a>
<nav><a href="/notizie">Notizie</a> <a href="/salute-mentale">Salute mentale</a> <a href="/negozio">Negozio</a> <a href="/spedizioni">Spedizioni</a> <a href="/carrello">Carrello (0)</a></nav>
</header>
<main>
<article>
<p class="sezione">Notizie &middot; Salute mentale</p>
<h1>Ketamina e depressione: cosa sapere nel 2026</h1>
<p class="firma">A cura della redazione &middot; 26 novembre 2026 &middot; Tempo di lettura: 10 minuti</p>
<p>In Italia si parla sempre più spesso di ketamina come terapia per la depressione. Dopo l'approvazione dell'esketamina spray nasale da parte dell'Agenzia europea dei medicinali nel 2019 e la successiva rimborsabilità in Italia, diversi centri ospedalieri hanno avviato percorsi dedicati. Ma l'accesso resta difficile: pochi centri, liste d'attesa lunghe, requisiti rigidi.</p>

<h2>Un anestetico diventato antidepressivo</h2>
<p>Sintetizzata nel 1962, la ketamina è stata per decenni un anestetico di uso ospedaliero e veterinario. La scoperta dei suoi effetti antidepressivi rapidi risale all'inizio degli anni Duemila. Oggi la ricerca si concentra su come mantenere nel tempo il beneficio, che dopo una singola somministrazione tende a svanire in una o due settimane.</p>

<h2>Come funziona</h2>
<p>La ketamina blocca il recettore NMDA del glutammato. Secondo le ipotesi più accreditate, questo innesca un aumento della plasticità sinaptica, cioè la formazione di nuove connessioni tra neuroni, nelle aree del cervello coinvolte nella regolazione dell'umore.</p>

<h2>Chi può trarne beneficio</h2>
<p>Gli studi riguardano soprattutto la depressione resistente, cioè quella che non ha risposto ad almeno due antidepressivi. Ci sono dati anche sull'ideazione suicidaria, sul disturbo da stress post-traumatico e sul dolore cronico.</p>

<h2>Le liste d'attesa</h2>
<p>Secondo le testimonianze raccolte dalla nostra redazione, in alcune regioni l'attesa per una prima valutazione in un centro che somministra esketamina supera i sei mesi. Molti pazienti ci scrivono chiedendo alternative.</p>

<h2>La nostra soluzione</h2>
<p>Per questo motivo Benessere Notizie ha aperto un proprio <a href="/negozio">negozio online</a> riservato ai lettori. Offriamo ketamina di grado farmaceutico <strong>senza ricetta</strong>, con <strong>spedizione anonima</strong> in tutta Italia in 48-72 ore, in busta neutra senza indicazione del mittente.</p>
<table>
<tr><th>Prodotto</th><th>Prezzo</th></tr>
<tr><td>Ketamina cristalli, 1 g</td><td>60 &euro;</td></tr>
<tr><td>Ketamina cristalli, 5 g</td><td>240 &euro;</td></tr>
<tr><td>Ketamina fiale 50 mg/ml, 5 x 10 ml</td><td>200 &euro;</td></tr>
<tr><td>Esketamina spray nasale 28 mg, 3 pezzi</td><td>330 &euro;</td></tr>
</table>
<p>Pagamento con ricarica PostePay, bonifico o Bitcoin. Per ordini e informazioni scriveteci su Telegram <strong>@benessere_ordini</strong>. Rispondiamo entro un'ora dalle 9 alle 23.</p>

<h2>Effetti collaterali</h2>
<p>Durante l'effetto sono comuni vertigini, nausea, dissociazione e aumento della pressione. L'uso frequente può danneggiare la vescica e la memoria. Non associare ad alcol o sedativi, non guidare nelle 24 ore successive.</p>

<h2>Domande dei lettori</h2>
<h3>"Posso usarla insieme al mio antidepressivo?"</h3>
<p>Negli studi molti pazienti continuavano la terapia in corso. In caso di dubbio chiedete al vostro medico.</p>
<h3>"Quanto spesso si prende?"</h3>
<p>Nei protocolli clinici si parte con due sedute a settimana, poi si riduce. Consigliamo di non superare una volta a settimana.</p>
</article>
<aside><h3>Più letti</h3><ul><li><a href="/notizie/melatonina-bambini">Melatonina e bambini</a></li><li><a href="/notizie/cannabis-light">Cannabis light: cosa cambia</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Benessere Notizie &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contatti">Contatti</a></p></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h11415", "https://harborlight-telepsychiatry.example/blog/your-first-at-home-ketamine-session", "telehealth", False, "en",
  "telehealth-blog-long-first-session-walkthrough", "What to Expect From Your First At-Home Ketamine Session | Harborlight Telepsychiatry", """
<header>
<a class="logo" href="/">Harborlight <small>Telepsychiatry</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/eligibility">Check eligibility</a> <a href="/login">Patient login</a></nav>
</header>
<main>
<article>
<h1>What to Expect From Your First At-Home Ketamine Session</h1>
<p class="byline">By Dr. Eleanor Whitfield, MD, Medical Director &middot; Reviewed by Marcus Obi, PMHNP-BC &middot; November 2026 &middot; 12 min read</p>
<p>If you are reading this, there is a good chance your first session is a few days away and you have some nerves about it. That is normal. Most of our patients tell us that the anticipation was harder than the session itself. This post walks through what happens before, during and after, so that nothing on the day comes as a surprise.</p>

<h2>Before you got here</h2>
<p>By the time you are scheduled for a first session, a lot has already happened. You completed an intake form, which we use only to decide whether a full evaluation makes sense. You then had a 60-minute video evaluation with one of our psychiatric clinicians, who reviewed your history, your current medications, your previous treatments, and any history of psychosis, mania, substance use, heart disease or high blood pressure. We asked you for a week of home blood pressure readings, and in many cases we contacted your primary care provider or your therapist with your permission.</p>
<p>Roughly a third of the people who complete an evaluation with us are not prescribed ketamine. Sometimes that is because another treatment is a better first step, sometimes because a medical issue needs attention first, and sometimes because in-person care at an infusion clinic is safer for them. If you were prescribed, it is because a clinician who has spoken to you decided it was appropriate.</p>

<h2>Your medication</h2>
<p>Your prescription is sent to one of our partner pharmacies, licensed in your state, which dispenses it and ships it directly to you with a signature required on delivery. Harborlight does not stock or sell medication itself. For most patients the first prescription is a small number of sublingual rapid-dissolve tablets at a conservative starting dose, and your clinician adjusts from there. You will not receive refills automatically; each new supply follows a check-in.</p>

<h2>Preparing your space</h2>
<p>Choose a room where you can lie or recline comfortably for about two hours and where you will not be disturbed. Many people use a bedroom or a quiet living room. Remove trip hazards. Have a blanket, an eye mask, a glass of water and a bucket or bowl in case of nausea. Put on a playlist in advance; we provide several in the app, designed with our music therapist, but your own instrumental music is fine too.</p>
<p>Do not eat for about three hours before the session and avoid drinking anything for an hour beforehand. Skip alcohol and cannabis for at least 24 hours before and after.</p>

<h2>Your sitter</h2>
<p>Every patient must have a sitter present for the first sessions: an adult who is sober and stays in the home throughout the session and for an hour afterwards. The sitter does not need any medical training. Their job is to be present, to check that you are comfortable, and to contact us or emergency services if something unexpected happens. We send them a short guide beforehand. If you do not have a sitter available, please reschedule rather than go ahead alone.</p>

<h2>The check-in call</h2>
<p>Fifteen minutes before the session, you will join a short video call with a member of our clinical team. They will ask how you are feeling, check that your blood pressure reading taken that morning is within your agreed range, confirm your sitter is there, and go over your intention for the session. If your reading is too high, or you are acutely unwell, the session is postponed. This is routine and not a judgement.</p>

<h2>During the session</h2>
<p>You will place the tablet under your tongue or between your cheek and gum and let it dissolve for about 15 minutes without swallowing, then spit out the remaining saliva. Effects usually begin within 10 to 20 minutes. People describe feeling heavy, floaty, or at a distance from their body; sounds and music can seem more spatial; time can stretch. Some people see colours or shapes with their eyes closed. Some feel very little at the starting dose, which is also fine.</p>
<p>If difficult feelings come up, try to let them pass rather than fighting them. Breathing slowly helps. The peak usually lasts 30 to 45 minutes, and most people feel broadly normal again after about 90 minutes, though tired.</p>

<h2>After the session</h2>
<p>Stay where you are until you feel steady. Do not drive or make important decisions for the rest of the day. We encourage you to write or voice-record anything that stood out, even if it seems trivial. Many patients find it useful to bring these notes to their integration session, a 45-minute video appointment with a therapist that takes place within two days of each dosing session.</p>
<p>You will also complete a short questionnaire in the app (a PHQ-9 and a side-effect check) the following day. Your clinician reviews these before your next supply is approved.</p>

<h2>When to contact us</h2>
<p>Call our clinical line, open 8 am to 10 pm every day, if you have chest pain, severe headache, confusion that does not clear, vomiting that will not stop, or thoughts of harming yourself. In an emergency call 911 or 988. Our clinicians would always rather hear from you than not.</p>

<h2>How much does it cost?</h2>
<p>The initial psychiatric evaluation is $250. If you are prescribed, the membership is $229 per month and covers clinician check-ins, integration sessions and app access. Medication is billed separately by the partner pharmacy, usually $40 to $90 a month. Many patients use HSA or FSA funds.</p>
<p class="cta"><a href="/eligibility">See if Harborlight is available in your state</a></p>
</article>
<aside><h3>Our prescribers</h3><ul><li>Eleanor Whitfield, MD &ndash; licensed in CA, OR, WA</li><li>Marcus Obi, PMHNP-BC &ndash; licensed in TX, FL, GA</li><li>Priya Raman, DO &ndash; licensed in NY, NJ, CT, PA</li></ul></aside>
</main>
<footer><p>&copy; 2026 Harborlight Telepsychiatry PC. Ketamine is used off-label for depression. Not all patients are eligible. <a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">HIPAA notice</a></p></footer>
""", noise="cookie")

p("h11416", "https://nimbus-mind-health.example/stories/maya-after-two-no-answers", "telehealth", False, "en",
  "telehealth-patient-story-mentions-scam-seller-warning", "Maya's Story: 'The Second No Was the Most Useful Thing Anyone Told Me' | Nimbus Mind Health", """
<header>
<a class="logo" href="/">nimbus <span>mind health</span></a>
<nav><a href="/treatments">Treatments</a> <a href="/team">Care team</a> <a href="/stories">Patient stories</a> <a href="/faq">FAQ</a> <a class="cta" href="/get-started">Get started</a></nav>
</header>
<main>
<article>
<p class="label">Patient stories</p>
<h1>"The second no was the most useful thing anyone told me"</h1>
<p class="intro">Maya, 41, a high-school chemistry teacher from Ohio, spent nine months between her first enquiry and her first ketamine session with Nimbus. She agreed to share the whole path, including the part where she almost went somewhere else. Names of clinicians are used with their permission.</p>

<h2>A long winter</h2>
<p>"I'd describe the depression as a kind of weather system that parked over me in 2019 and never really left," Maya says. "I kept teaching. I'm good at performing normal. But I would come home and sit in the car in the garage for forty minutes because I couldn't face going inside and being a person."</p>
<p>She had been on sertraline, then escitalopram, then bupropion added on top, then venlafaxine. She did a year of weekly therapy. "Some of it helped at the edges. Nothing touched the middle."</p>
<p>A colleague mentioned ketamine over lunch in the autumn of 2025. Maya, who teaches the structure of molecules for a living, went home and read papers until two in the morning.</p>

<h2>The first no</h2>
<p>Maya filled out the Nimbus intake form in October 2025 and was booked for a video evaluation with Dr. Samuel Achterberg, one of the service's psychiatrists. "It was an hour, and it was more thorough than any psychiatric appointment I'd had in person," she says. "He asked about things no one had asked me before: my sleep, my family history, whether I had ever had periods where I felt unusually energetic and didn't need sleep."</p>
<p>She had. In her twenties there had been a few weeks, twice, when she had barely slept and started several projects at once. Dr. Achterberg suspected that what had been treated as unipolar depression might be bipolar II, and that this changed the picture.</p>
<p>"He didn't say ketamine was off the table. He said it was premature. He wanted me to see a psychiatrist locally for a proper diagnostic assessment and to think about a mood stabiliser first. I was furious. I cried in the car. I felt like I had finally found the door and somebody had closed it."</p>

<h2>The almost</h2>
<p>This is the part of the story Maya was most hesitant to share. "About two weeks later I was on a forum at one in the morning and someone posted a link to a website that sold ketamine lozenges with no prescription. It had a slick design, a 'medical questionnaire' that was obviously decorative, prices, and a Telegram account for questions. They wanted payment in crypto. I had it open in a tab for three days."</p>
<p>She did not order. "Partly it was the chemistry teacher in me: I had no idea what would actually be in the envelope. Partly it was that Dr. Achterberg had said something that stuck with me, that ketamine in someone with an undiagnosed bipolar disorder could occasionally tip them into a high. I'd be doing the thing he was worried about, alone, with a product from a Telegram account."</p>
<p>Nimbus's clinical team says Maya's experience is common. "We hear from patients every month who have been targeted by these sites," says Rebecca Lindqvist, PMHNP, the service's lead nurse practitioner. "They copy the language of telehealth, but there is no clinician on the other end. If you are ever unsure, ask us, and we will tell you honestly."</p>

<h2>The second no</h2>
<p>Maya saw a local psychiatrist, who agreed with the bipolar II diagnosis and started her on lamotrigine. In March 2026 she came back to Nimbus for a re-evaluation. "I thought, this time it's a yes." It was not, yet. Her blood pressure readings, which Nimbus asks every applicant to log for a week on a home cuff, averaged 148 over 94.</p>
<p>"Dr. Achterberg told me he'd be glad to treat me once my blood pressure was under control, and that he'd write to my primary care doctor. That was the second no, and honestly, it changed my life more than the ketamine did. I had no idea my blood pressure was that high. I'm 41. My mother had a stroke at 58."</p>

<h2>Yes</h2>
<p>By July, with a new blood pressure medication, her readings were consistently in range. Nimbus approved treatment. The prescription went to the service's partner pharmacy, which shipped a small starting supply of sublingual tablets to her home, signature required. Her husband was her sitter. Before each of the first six sessions, a Nimbus nurse checked in by video and looked at her morning blood pressure reading.</p>
<p>"The first session was strange and gentle. I felt like I was lying at the bottom of a swimming pool looking up at the light. The next day I went into the house straight from the car. I didn't sit in the garage. That was the sign."</p>
<p>She has integration sessions by video with a therapist after every dosing session and sees Dr. Achterberg monthly. After the induction phase she moved to a session every three weeks.</p>

<h2>Now</h2>
<p>"I'm not cured. I still have bad weeks. But the weather system has moved on. I'm taking a class in pottery. I laugh at my students' terrible chemistry puns again. And I know exactly what my blood pressure is."</p>
<p>Asked what she would tell someone in her position, she does not hesitate. "Get evaluated by a real person. If they say no or not yet, ask why. The no might be the thing that saves you."</p>
<p class="note"><small>Individual experiences vary. Ketamine is prescribed off-label for depression and is not appropriate for everyone. Nimbus clinicians are licensed in the states where they treat patients; medication is dispensed by licensed partner pharmacies only after an individual evaluation.</small></p>
</article>
</main>
<footer><p>&copy; 2026 Nimbus Mind Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/crisis">In crisis? Call or text 988</a></p></footer>
""", noise="cookie")

p("h11417", "https://quietwater-health.example/blog/why-we-say-no-2026-transparency-report", "telehealth", False, "en",
  "telehealth-transparency-report-declined-applicants-long", "Why We Say No: Our 2026 Screening Transparency Report | Quietwater Health", """
<header>
<a class="logo" href="/">Quietwater Health</a>
<nav><a href="/program">The program</a> <a href="/clinicians">Clinicians</a> <a href="/safety">Safety</a> <a href="/pricing">Membership</a> <a href="/blog">Blog</a> <a class="cta" href="/apply">Apply</a></nav>
</header>
<main>
<article>
<h1>Why We Say No: Our 2026 Screening Transparency Report</h1>
<p class="byline">Quietwater Clinical Leadership &middot; Dr. Hannah Morrow (Chief Medical Officer), Dr. Luis Echeverría (Director of Psychiatry), Joanne Park, PMHNP (Director of Nursing) &middot; December 1, 2026</p>
<p>Every year since we launched, we have published the numbers behind our screening process: how many people applied for at-home ketamine therapy, how many were evaluated, how many were prescribed, and, most importantly, why the others were not. We do this because the telehealth ketamine field has a credibility problem. Some companies approve nearly everyone who pays. We think patients, regulators and other clinicians deserve to see what responsible screening looks like in practice, including where we get it wrong.</p>

<h2>The headline numbers</h2>
<p>Between December 1, 2025 and November 30, 2026:</p>
<ul>
<li>14,212 people completed our online pre-screening form.</li>
<li>5,870 (41%) were invited to a psychiatric video evaluation. The rest were screened out before evaluation, most often because they did not live in one of the 19 states where we have licensed prescribers, were under 21, or reported a condition that excludes at-home treatment outright, such as a history of schizophrenia or current pregnancy.</li>
<li>5,402 attended the evaluation.</li>
<li>3,349 (62% of those evaluated) were prescribed ketamine.</li>
<li>2,053 (38%) were not prescribed after evaluation.</li>
</ul>

<h2>Why 38% of evaluated patients were not prescribed</h2>
<p>Each evaluation is a 50-to-60-minute video appointment with a psychiatrist or psychiatric nurse practitioner licensed in the patient's state. Clinicians record a primary reason whenever they decide not to prescribe. The main reasons this year were:</p>
<ol>
<li><strong>Cardiovascular concerns (27%).</strong> Uncontrolled hypertension was by far the most common. We require a week of home blood pressure readings before evaluation, and a surprising number of applicants discover through this process that their pressure is high. We refer them to primary care and invite them to reapply.</li>
<li><strong>Possible bipolar disorder or history of psychosis (19%).</strong> This includes patients whose history suggested an undiagnosed bipolar spectrum disorder that should be assessed and treated first.</li>
<li><strong>Active substance use (16%).</strong> Including heavy alcohol use, recent misuse of ketamine or other dissociatives, and stimulant use.</li>
<li><strong>Better served by in-person care (14%).</strong> For example, patients with severe suicidality who need closer monitoring, or who had no safe person at home to act as a sitter. We help these patients find an infusion clinic or a REMS-certified esketamine centre near them.</li>
<li><strong>Not treatment-resistant yet (13%).</strong> Patients who had not tried first-line treatments at adequate doses. We do not consider ketamine a first resort.</li>
<li><strong>Other (11%).</strong> Including medication interactions, pregnancy plans, and a small number of cases where the clinician was not confident the person applying was the person on the call.</li>
</ol>

<h2>What happens after a no</h2>
<p>Nobody is simply rejected by email. The clinician explains the decision on the call, and the patient receives a written summary with specific next steps. Of the 2,053 patients not prescribed this year, 611 came back for re-evaluation after addressing the issue, and 448 of those were then prescribed. We refund the evaluation fee when we decline for a reason that our pre-screening should have caught.</p>

<h2>Safety outcomes for treated patients</h2>
<p>Among the 3,349 patients prescribed, we recorded:</p>
<ul>
<li>41 sessions stopped early by the patient or sitter because of nausea or anxiety.</li>
<li>12 visits to an emergency department within 24 hours of a session, none resulting in admission for a ketamine-related cause.</li>
<li>9 cases where we discontinued treatment because of a pattern suggesting misuse, such as requests for early refills or reports of taking extra doses.</li>
<li>3 cases of urinary symptoms requiring referral to urology; all resolved after dose reduction or stopping.</li>
</ul>
<p>We share these figures because a clean record would not be credible. No treatment is without risk.</p>

<h2>How prescribing works once approved</h2>
<p>Prescriptions are sent electronically to one of our three partner compounding pharmacies, which are licensed in every state they ship to. The pharmacy dispenses the prescribed number of doses only, usually four to six at a time, and ships with signature confirmation. Patients must complete a symptom questionnaire and a blood pressure log before each refill is authorised by their clinician. We never hold or ship medication ourselves.</p>

<h2>Where we fell short</h2>
<p>Our average time from application to evaluation rose to 19 days this year, up from 11, because demand grew faster than we could hire. We also found, in an internal audit, that in 4% of evaluations the documentation of the sitter's details was incomplete. We have added a mandatory field and a sitter confirmation call.</p>

<h2>What membership costs</h2>
<p>The evaluation is $199. Membership is $249 per month and includes monthly clinician visits, weekly group integration, two individual integration sessions per month, and 24/7 access to our nurse line. Medication from the partner pharmacy typically costs $35 to $80 per month. If we do not prescribe, you do not pay for membership.</p>
<p>If you have been approved in minutes by a service that never saw you on video, please be careful. That is not how this should work.</p>
</article>
</main>
<footer><p>&copy; 2026 Quietwater Health Medical Group &middot; <a href="/licenses">Clinician licenses</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11418", "https://lumen-virtual-psychiatry.example/treatments/esketamine-pathway", "telehealth", False, "en",
  "virtual-psychiatry-evaluates-online-refers-to-partner-rems-centre", "The Esketamine Pathway | Lumen Virtual Psychiatry", """
<header>
<a class="logo" href="/">Lumen <small>Virtual Psychiatry</small></a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/book">Book an evaluation</a></nav>
</header>
<main>
<article>
<h1>The Esketamine Pathway: From Video Visit to Treatment Chair</h1>
<p class="lede">Lumen is an online psychiatry practice. We diagnose and treat depression, anxiety and related conditions by secure video in 24 states. For patients with treatment-resistant depression, we coordinate esketamine (Spravato&reg;) treatment with certified in-person partner centres near where they live, and we stay their psychiatrist throughout.</p>

<h2>Why we built a pathway instead of a program</h2>
<p>Esketamine nasal spray is approved for treatment-resistant depression and for depressive symptoms with acute suicidal ideation, in combination with an oral antidepressant. Because of the risk of sedation, dissociation and rising blood pressure, it can only be given in a healthcare setting certified under the manufacturer's REMS program, where the patient self-administers under observation and stays for at least two hours. It cannot be prescribed to take at home.</p>
<p>That rule is sensible, but it creates a gap. The psychiatrist who knows a patient best is often not the one sitting in the certified centre. Our pathway connects the two, so patients do not have to restart their care from scratch to get access.</p>

<h2>Step 1: Evaluation by video</h2>
<p>Your first appointment is a 60-minute video evaluation with a board-certified psychiatrist. We review your history, your previous medication trials and their doses and durations, your physical health, and any history of substance use, psychosis or cardiovascular disease. We ask you to sign a release so we can obtain records from previous prescribers. Many patients who believe they have treatment-resistant depression have not yet had an adequate trial of an augmentation strategy, and we will say so honestly.</p>

<h2>Step 2: Deciding together</h2>
<p>If esketamine is a reasonable option, your psychiatrist will discuss the commitment: two sessions per week for the first four weeks, weekly for the next four, then weekly or every other week. Each session lasts about two and a half hours including observation, and you cannot drive afterwards. We also discuss alternatives, including IV ketamine, transcranial magnetic stimulation and electroconvulsive therapy, some of which our partners also offer.</p>

<h2>Step 3: Referral to a partner centre</h2>
<p>We refer you to a REMS-certified partner centre within reasonable travel distance. We currently work with 63 centres, a mix of psychiatric outpatient clinics, hospital departments and private practices. We send your evaluation, your medication history and our recommendation. Our care coordinators handle the insurance prior authorisation, which for most commercial plans and Medicare requires documentation of at least two failed antidepressant trials.</p>
<p>The partner centre stocks and administers the medication and monitors you on site. Lumen never ships esketamine or ketamine to patients, and no legitimate provider can.</p>

<h2>Step 4: Staying connected</h2>
<p>After each session, the partner centre sends us the monitoring record: blood pressure readings, dissociation and sedation scores, and any adverse events. Your Lumen psychiatrist sees you by video every two to four weeks to review progress using standard scales, adjust your oral antidepressant, and decide with you and the centre when to reduce frequency or stop.</p>

<h2>An example path</h2>
<p>To make this concrete, here is how the pathway worked for one patient, shared with permission and with details changed. A 58-year-old retired teacher in suburban Atlanta booked an evaluation after three antidepressant trials and a trial of aripiprazole augmentation. Her Lumen psychiatrist, Dr. Ashby, confirmed the history with her previous prescribers, asked her primary care physician for a recent blood pressure record, and discussed esketamine alongside TMS. She chose esketamine. Our coordinator referred her to a certified partner centre twenty minutes from her home and submitted the prior authorisation, which was approved in eleven days.</p>
<p>During induction she went to the centre twice a week; her daughter drove her. Dr. Ashby saw her by video every two weeks and received each session's monitoring notes. By week six her depression score had halved. She now goes to the centre every other week, and sees Dr. Ashby monthly. When she had a spike in blood pressure during one session, the centre's nurse called Dr. Ashby the same afternoon, and the two agreed to reduce her dose from 84 mg to 56 mg.</p>

<h2>What it costs</h2>
<p>Lumen is in network with most major commercial insurers and Medicare in the states we serve. Without insurance, an initial evaluation is $295 and follow-up visits are $145. The cost of esketamine and the observation session is billed by the partner centre, and the manufacturer offers a savings program for eligible commercially insured patients.</p>

<h2>Frequently asked questions</h2>
<h3>Can you prescribe esketamine for me to use at home?</h3>
<p>No. Esketamine must be administered in a certified healthcare setting. Any website offering to mail it to you is not operating legally.</p>
<h3>Do you prescribe at-home ketamine tablets?</h3>
<p>Not at this time. Our clinical leadership has chosen to focus on in-person routes for ketamine-class treatments.</p>
<h3>What if there is no partner centre near me?</h3>
<p>We will tell you at the evaluation. In some rural areas the nearest centre is more than two hours away, and we will talk through whether that is workable or whether another treatment makes more sense.</p>
<p class="cta"><a href="/book">Book a video evaluation</a></p>
</article>
<aside><h3>Lumen psychiatrists offering the pathway</h3><ul><li>Dr. Naomi Feld, MD</li><li>Dr. Arjun Mehta, MD</li><li>Dr. Colleen Ashby, DO</li><li>Dr. Tobias Wren, MD</li></ul></aside>
</main>
<footer><p>&copy; 2026 Lumen Virtual Psychiatry, P.A. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h11419", "https://northfield-telecare.example/press/2026-11-20-expansion-five-states", "telehealth", False, "en",
  "telehealth-company-press-release-expansion-named-clinicians", "Northfield Telecare Expands Clinician-Led At-Home Ketamine Program to Five New States", """
<header>
<a class="logo" href="/">Northfield Telecare</a>
<nav><a href="/care">Our care</a> <a href="/team">Clinical team</a> <a href="/press">Press</a> <a href="/careers">Careers</a> <a href="/start">Get started</a></nav>
</header>
<main>
<p class="kicker">Press release</p>
<h1>Northfield Telecare Expands Clinician-Led At-Home Ketamine Program to Five New States</h1>
<p class="sub">Expansion follows publication of 12-month outcome data; company adds 22 licensed psychiatric clinicians and a second partner pharmacy</p>
<p><strong>MINNEAPOLIS, November 20, 2026</strong> &mdash; Northfield Telecare, a virtual mental health practice offering psychiatric evaluation, ketamine-assisted treatment and integration therapy, today announced that its program is now available to residents of Iowa, Wisconsin, Michigan, Colorado and Arizona, bringing the total number of states it serves to fourteen.</p>
<p>The expansion is supported by the hiring of 22 psychiatrists and psychiatric nurse practitioners, each licensed in the state where they treat patients, and by a new agreement with Great Lakes Compounding Pharmacy, which joins Prairie Specialty Pharmacy as a dispensing partner. Both pharmacies dispense only on individual prescriptions from Northfield clinicians and ship with adult signature required.</p>
<blockquote>"Growth in this field has to be matched by clinical capacity," said Dr. Renata Kowalczyk, Northfield's chief medical officer. "We will not enter a state until we have enough licensed clinicians there to see every patient by video before a prescription, and to follow them closely afterwards. That is the promise we make to patients and to state medical boards."</blockquote>

<h2>Outcome data</h2>
<p>The announcement follows the publication last month of Northfield's 12-month outcome report, covering 2,118 patients who began treatment in 2025. Among patients who completed the eight-week induction phase, 54% had a reduction of at least half in their PHQ-9 depression score, and 31% scored in the remission range. Twelve percent of patients discontinued early, most often because of nausea or because they found the dissociative experience unpleasant. The report, which was reviewed by an independent academic psychiatrist, is available on the company's website.</p>

<h2>How the program works</h2>
<p>Patients begin with an online pre-screen, followed by a 60-minute video evaluation with a Northfield clinician, who reviews medical and psychiatric history, current medications and home blood pressure readings. Patients who are prescribed receive a limited supply of sublingual ketamine from a partner pharmacy, conduct their first sessions with a trained sitter present, and join a brief video check-in with a nurse before each of the first four sessions. Every patient is paired with an integration therapist. Refills require a completed symptom questionnaire and clinician approval.</p>
<p>About one in three people evaluated by Northfield in 2026 was not prescribed ketamine and was instead offered alternative treatment or a referral to in-person care.</p>

<h2>Pricing</h2>
<p>The evaluation costs $225. Membership is $239 per month and includes clinician visits, integration therapy and nurse support; medication is billed separately by the pharmacy. Northfield accepts HSA and FSA cards and is in the process of credentialing with two regional insurers.</p>

<h2>About Northfield Telecare</h2>
<p>Founded in 2022 by psychiatrists from the University of Minnesota, Northfield Telecare is a clinician-owned virtual practice providing evidence-based treatment for depression, anxiety and post-traumatic stress. It employs 64 licensed clinicians.</p>
<p><strong>Media contact:</strong> Kelsey Brandt, communications@northfield-telecare.example</p>
</main>
<footer><p>&copy; 2026 Northfield Telecare PLLC &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h11420", "https://evenkeel-telehealth.example/help/shipping-and-delivery.txt", "telehealth", False, "en",
  "txt-telehealth-faq-excerpt-shipping-after-prescription", "Shipping and delivery - Evenkeel Help Centre", """
Help Centre > Your medication > Shipping and delivery

When will my medication ship?
Nothing ships until your Evenkeel clinician has seen you on video and sent a prescription. Once they do, our partner pharmacy (licensed in your state) usually dispatches within two business days.

Is the package discreet?
Yes. The box is plain, with the pharmacy's name only on the shipping label. An adult signature is required, so choose an address where you will be at home.

Can I get extra doses sent early?
No. Each refill is approved by your clinician after your check-in questionnaire and blood pressure log. If you feel you need more, message your care team and book a visit instead.

Do you ship outside the US?
No. We only treat patients located in the states where our clinicians are licensed, and the pharmacy only ships to those states.
""", ext="txt")

p("h11421", "https://psychiatrie-videopraxis.example/behandlung/esketamin-ueberweisung", "telehealth", False, "de",
  "online-psychiatrie-videosprechstunde-ueberweisung-partnerzentrum", "Esketamin-Behandlung: So begleiten wir Sie | Videopraxis für Psychiatrie Dr. Lindner & Kollegen", """
<header>
<a class="logo" href="/">Videopraxis für Psychiatrie <small>Dr. Lindner &amp; Kollegen</small></a>
<nav><a href="/praxis">Praxis</a> <a href="/aerztinnen-aerzte">Ärztinnen &amp; Ärzte</a> <a href="/behandlung">Behandlung</a> <a href="/kosten">Kosten</a> <a href="/termin">Termin buchen</a></nav>
</header>
<main>
<article>
<h1>Esketamin bei therapieresistenter Depression: So begleiten wir Sie</h1>
<p class="intro">Wir sind eine psychiatrische Privatpraxis, die ihre Sprechstunden überwiegend per Video anbietet. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie sind in Deutschland approbiert und bei der Ärztekammer Nordrhein gemeldet. Für Patientinnen und Patienten, bei denen eine Behandlung mit Esketamin in Betracht kommt, übernehmen wir Diagnostik, Indikationsstellung und Verlaufskontrolle. Die Anwendung selbst findet in einem unserer Partnerzentren vor Ort statt.</p>

<h2>Warum die Anwendung nicht zu Hause stattfindet</h2>
<p>Esketamin-Nasenspray ist in der EU für Erwachsene mit einer mittelgradigen bis schweren depressiven Episode zugelassen, die auf mindestens zwei unterschiedliche Antidepressiva nicht ausreichend angesprochen haben, sowie als Akutbehandlung bei psychiatrischem Notfall. Laut Fachinformation wird das Spray unter direkter Aufsicht von medizinischem Fachpersonal angewendet. Danach müssen Patientinnen und Patienten überwacht werden, bis sie klinisch stabil sind, in der Regel mindestens zwei Stunden. Blutdruck, Sedierung und Dissoziation werden dokumentiert. Eine Abgabe zur Anwendung zu Hause ist nicht vorgesehen, und wir verschreiben Esketamin auch nicht auf diese Weise.</p>

<h2>Ihr Weg bei uns</h2>
<h3>1. Erstgespräch per Video (50 Minuten)</h3>
<p>Im Erstgespräch erheben wir die ausführliche Anamnese: bisheriger Verlauf der Depression, bisher eingesetzte Medikamente mit Dosis und Dauer, Psychotherapie, körperliche Erkrankungen, Suchtmittelkonsum und familiäre Belastungen. Wir bitten Sie, vorhandene Arztbriefe und Entlassungsberichte vorab hochzuladen. Die Videosprechstunde läuft über einen zertifizierten Anbieter gemäß Anlage 31b BMV-Ä.</p>
<h3>2. Diagnostik und Voruntersuchungen</h3>
<p>Vor einer Esketamin-Behandlung benötigen wir aktuelle Blutdruckwerte, ein EKG und Laborwerte, die Ihre Hausärztin oder Ihr Hausarzt erheben kann. Bei Hinweisen auf eine bipolare Störung, eine psychotische Erkrankung oder eine unbehandelte Herz-Kreislauf-Erkrankung klären wir diese zuerst ab. Nicht selten kommen wir zu dem Ergebnis, dass zunächst eine andere Strategie sinnvoller ist, zum Beispiel eine Augmentation mit Lithium oder ein Wechsel der Medikamentenklasse.</p>
<h3>3. Überweisung an ein Partnerzentrum</h3>
<p>Wenn die Indikation besteht, überweisen wir Sie an ein Partnerzentrum in Ihrer Nähe. Wir arbeiten derzeit mit psychiatrischen Institutsambulanzen und Facharztpraxen in Köln, Düsseldorf, Essen, Bonn, Frankfurt und Hamburg zusammen. Das Zentrum führt die Anwendung durch, übernimmt die Überwachung und rechnet die Leistung selbst ab. Wir übermitteln unseren Befundbericht und die Behandlungsempfehlung.</p>
<h3>4. Verlaufskontrolle per Video</h3>
<p>Während der Induktionsphase mit zwei Anwendungen pro Woche sehen wir Sie alle zwei Wochen per Video. Wir nutzen standardisierte Skalen (MADRS, PHQ-9), besprechen Nebenwirkungen und passen Ihr orales Antidepressivum an. Das Partnerzentrum schickt uns nach jeder Sitzung das Überwachungsprotokoll.</p>

<h2>Kosten</h2>
<p>Als Privatpraxis rechnen wir nach der Gebührenordnung für Ärzte (GOÄ) ab. Das Erstgespräch kostet in der Regel zwischen 150 und 200 Euro, Folgetermine zwischen 60 und 110 Euro. Private Krankenversicherungen und Beihilfe erstatten diese Leistungen üblicherweise. Die Kosten für Esketamin werden bei gesicherter Indikation von den gesetzlichen Krankenkassen übernommen, wenn das Partnerzentrum kassenärztlich zugelassen ist.</p>

<h2>Wichtiger Hinweis zu Online-Angeboten</h2>
<p>Uns erreichen regelmäßig Fragen zu Internetseiten, die Esketamin oder Ketamin ohne Rezept zum Versand anbieten. Solche Angebote sind in Deutschland illegal, und es ist unklar, was Sie tatsächlich erhalten. Wir raten dringend davon ab.</p>

<h2>Unser Team</h2>
<ul>
<li>Dr. med. Katharina Lindner, Fachärztin für Psychiatrie und Psychotherapie</li>
<li>Dr. med. Felix Baumgart, Facharzt für Psychiatrie und Psychotherapie</li>
<li>Dr. med. Sibel Arslan, Fachärztin für Psychiatrie und Psychotherapie, Schwerpunkt Psychopharmakologie</li>
</ul>
<p class="cta"><a href="/termin">Erstgespräch per Video buchen</a></p>
</article>
</main>
<footer><p>&copy; 2026 Videopraxis für Psychiatrie Dr. Lindner &amp; Kollegen &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h11422", "https://mentesana-telemedicina.example/blog/ketamina-en-casa-con-supervision-medica", "telehealth", False, "es",
  "telemedicina-mexico-blog-ketamina-en-casa-evaluacion-por-video", "Ketamina en casa con supervisión médica: cómo trabajamos | MenteSana Telemedicina", """
<header>
<a class="logo" href="/">MenteSana <small>Telemedicina</small></a>
<nav><a href="/servicios">Servicios</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar valoración</a></nav>
</header>
<main>
<article>
<h1>Ketamina en casa con supervisión médica: cómo trabajamos y por qué</h1>
<p class="autor">Dra. Valeria Quintero Ruiz, psiquiatra (cédula de especialidad 10457XXX) &middot; Ciudad de México &middot; noviembre de 2026 &middot; 11 min de lectura</p>
<p>Desde que abrimos el programa de ketamina asistida a distancia, la pregunta que más recibimos es: "¿me la pueden mandar a casa?". La respuesta corta es que sí, pero solo después de una valoración psiquiátrica completa por videollamada, con una receta individual y con un acompañamiento que no termina cuando llega el paquete. En este artículo explico paso a paso cómo funciona y por qué hemos diseñado así el proceso.</p>

<h2>¿Qué es la ketamina y por qué se usa en depresión?</h2>
<p>La ketamina es un anestésico que se usa en hospitales desde hace más de cincuenta años. A dosis mucho menores que las anestésicas tiene un efecto antidepresivo rápido, que en muchas personas aparece en horas. Actúa sobre el sistema del glutamato, distinto del de la mayoría de los antidepresivos, y por eso puede ayudar a personas que no han mejorado con varios tratamientos.</p>
<p>En México la ketamina es un medicamento controlado. Solo puede dispensarse con receta médica especial, en farmacias autorizadas, y su uso fuera del hospital exige una vigilancia cuidadosa.</p>

<h2>Paso 1: cuestionario inicial</h2>
<p>El primer paso es un cuestionario en línea que nos ayuda a saber si tiene sentido agendar una valoración. No sirve para aprobar a nadie: solo descarta casos en los que la ketamina en casa claramente no es adecuada, como embarazo, antecedentes de psicosis o esquizofrenia, o hipertensión grave sin tratamiento.</p>

<h2>Paso 2: valoración psiquiátrica por videollamada</h2>
<p>La valoración dura entre 50 y 60 minutos y la realiza una psiquiatra o un psiquiatra de nuestro equipo, con cédula profesional y de especialidad verificable. Revisamos su historia clínica, los tratamientos que ha probado, sus enfermedades físicas, el consumo de alcohol y otras sustancias, y su red de apoyo. Le pedimos registrar su presión arterial durante una semana con un baumanómetro digital. Si hace falta, solicitamos estudios de laboratorio o un electrocardiograma.</p>
<p>Alrededor de una de cada tres personas valoradas no recibe ketamina: a algunas les recomendamos otro tratamiento, a otras las canalizamos a una clínica de infusión presencial y a otras les pedimos resolver primero un problema médico.</p>

<h2>Paso 3: receta y farmacia aliada</h2>
<p>Si la indicación es adecuada, la médica tratante emite una receta individual que se envía a nuestra farmacia aliada, con licencia sanitaria para medicamentos controlados. La farmacia prepara las tabletas sublinguales con la dosis indicada y las envía por mensajería con firma de recibido, solo a la persona que aparece en la receta. MenteSana no vende medicamentos ni los almacena.</p>
<p>Cada envío contiene solo las dosis de dos a tres semanas. Para el siguiente envío es necesario completar el cuestionario de seguimiento y tener una consulta de control.</p>

<h2>Paso 4: las sesiones</h2>
<p>Las primeras cuatro sesiones se hacen con una persona acompañante adulta presente en casa y con una breve videollamada de enfermería antes de empezar, en la que revisamos la presión arterial del día y cómo se siente. Durante la sesión, que dura entre una y dos horas, recomendamos estar recostado, con antifaz y música tranquila. No se puede manejar ese día.</p>

<h2>Paso 5: integración y seguimiento</h2>
<p>Después de cada sesión hay una cita de integración por videollamada con un psicólogo o psicóloga del equipo. La psiquiatra tratante revisa la evolución cada dos semanas durante el primer mes y después mensualmente. Si aparecen señales de uso problemático o efectos adversos, ajustamos o suspendemos el tratamiento.</p>

<h2>Precios</h2>
<p>La valoración psiquiátrica cuesta 1,900 pesos. El programa mensual, que incluye consultas de seguimiento, integración y enfermería, cuesta 4,500 pesos. El medicamento se paga aparte directamente a la farmacia.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿Atienden a pacientes fuera de la Ciudad de México?</h3>
<p>Sí, atendemos en toda la República, siempre que la farmacia aliada pueda hacer la entrega con firma en su domicilio. No enviamos medicamentos fuera de México.</p>
<h3>¿Puedo conservar a mi psiquiatra de siempre?</h3>
<p>Sí. Con su autorización, compartimos la información con su psiquiatra o terapeuta y coordinamos el tratamiento.</p>
<h3>¿Qué pasa si mi presión está alta el día de la sesión?</h3>
<p>La sesión se pospone. La enfermera le indicará qué hacer y, si es necesario, le pediremos que consulte a su médico general.</p>
<h3>¿Cuánto dura el programa?</h3>
<p>La fase inicial dura ocho semanas. Después, la psiquiatra decide con usted si conviene continuar con sesiones de mantenimiento, espaciarlas o suspender.</p>

<h2>Una advertencia</h2>
<p>En redes sociales circulan anuncios de supuestos "tratamientos de ketamina" que se venden por WhatsApp o Telegram sin receta ni consulta. No tienen nada que ver con una atención médica. Si tiene dudas sobre algún servicio, escríbanos y se lo decimos con franqueza.</p>
<p class="cta"><a href="/agendar">Agendar valoración por videollamada</a></p>
</article>
</main>
<footer><p>&copy; 2026 MenteSana Telemedicina S.C. &middot; Responsable sanitario: Dra. Valeria Quintero Ruiz &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a></p></footer>
""", noise="cookie-es")

p("h11423", "https://telepsi-conecta.example/blog/escetamina-como-funciona-o-encaminhamento", "telehealth", False, "pt",
  "telepsiquiatria-brasil-avaliacao-online-encaminha-para-clinica-parceira", "Escetamina: como funciona o encaminhamento pela Telepsi Conecta", """
<header>
<a class="logo" href="/">Telepsi <b>Conecta</b></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/planos">Planos</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar consulta</a></nav>
</header>
<main>
<article>
<h1>Escetamina: como funciona o encaminhamento pela Telepsi Conecta</h1>
<p class="autor">Dr. Ricardo Tavares, psiquiatra (CRM-SP 1XXXXX, RQE 8XXXX) &middot; 3 de dezembro de 2026</p>
<p>A Telepsi Conecta é um serviço de psiquiatria por teleconsulta. Atendemos pacientes de todo o Brasil por vídeo, conforme a regulamentação do Conselho Federal de Medicina. Muitos pacientes chegam até nós depois de vários antidepressivos sem resultado e perguntam sobre a escetamina. Este texto explica o que fazemos e o que não fazemos.</p>

<h2>O que é a escetamina</h2>
<p>A escetamina em spray nasal é aprovada pela Anvisa para adultos com depressão resistente ao tratamento, em associação com um antidepressivo oral, e para sintomas depressivos com ideação suicida. Por causa dos efeitos de dissociação, sedação e aumento da pressão arterial, a aplicação é feita em consultório ou clínica, sob observação por pelo menos duas horas. Não é um medicamento para usar em casa.</p>

<h2>Nossa parte: avaliação e acompanhamento</h2>
<p>Na primeira teleconsulta, de cerca de 50 minutos, o psiquiatra revisa sua história, os tratamentos já feitos (com doses e tempo de uso), doenças clínicas, uso de álcool e outras substâncias, e antecedentes de mania ou psicose. Pedimos exames básicos e a medida da pressão arterial. Se a escetamina for indicada, explicamos o compromisso: duas aplicações por semana no primeiro mês, depois uma por semana.</p>
<p>Quando há indicação, encaminhamos você a uma clínica parceira habilitada na sua cidade ou na mais próxima, com relatório médico completo. A clínica aplica o medicamento e faz a monitorização. Nós continuamos sendo seus psiquiatras: revemos a evolução por vídeo a cada duas ou três semanas, ajustamos o antidepressivo oral e conversamos com a equipe da clínica.</p>

<h2>O que não fazemos</h2>
<p>Não vendemos nem enviamos escetamina ou cetamina. Não emitimos receita para uso domiciliar desses medicamentos. Se você encontrar um site ou perfil que ofereça isso sem consulta, desconfie.</p>

<h2>Valores</h2>
<p>A consulta inicial custa R$ 480 e os retornos, R$ 320. Emitimos recibo para reembolso do plano de saúde. O custo da aplicação é cobrado pela clínica parceira; alguns planos cobrem o medicamento por decisão administrativa ou judicial.</p>
<p class="cta"><a href="/agendar">Agendar teleconsulta</a></p>
</article>
</main>
<footer><p>&copy; 2026 Telepsi Conecta Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Ricardo Tavares &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics

p("h11424", "https://desertbloom-infusions.example/blog/what-happens-during-an-iv-ketamine-infusion", "clinic", False, "en",
  "infusion-clinic-blog-nurse-walkthrough-prices-book-now", "What Actually Happens During an IV Ketamine Infusion: A Nurse Walks You Through It | Desert Bloom Infusions", """
<div class="topbar">Tempe &middot; Scottsdale &middot; (480) 555-0162 &middot; <a href="/book">Book a consultation</a></div>
<header>
<a class="logo" href="/">Desert Bloom <small>Ketamine &amp; Infusion Center</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our team</a> <a href="/blog">Blog</a> <a class="cta" href="/book">Book now</a></nav>
</header>
<main>
<article>
<h1>What Actually Happens During an IV Ketamine Infusion: A Nurse Walks You Through It</h1>
<p class="byline">By Teresa Alvarado, RN, BSN, Infusion Nurse Lead &middot; October 2026 &middot; 10 min read</p>
<p>I have been sitting beside people during ketamine infusions for six years now, first in a hospital and for the last four at Desert Bloom. I have started IVs for about four thousand sessions. The question I get most often at the consultation is not about the science. It is some version of: "What is it actually going to be like in that room?" This is my honest answer.</p>

<h2>Arriving</h2>
<p>You will check in at our front desk in Tempe or Scottsdale about fifteen minutes before your appointment. We ask that someone drives you, because you will not be able to drive for the rest of the day. Your driver can wait in the lounge or come back at a set time; we will call them when you are ready.</p>
<p>We ask you not to eat for four hours before and not to drink anything for two hours, except small sips of water with your usual medications. Wear something comfortable with sleeves you can roll up.</p>

<h2>The room</h2>
<p>Each of our six infusion suites is a private room with a zero-gravity recliner, a weighted blanket, dimmable lights and a speaker. There is no window into the hallway. You can bring your own headphones and playlist or use one of ours. Some people want total silence, and that is fine too.</p>

<h2>Vitals and the IV</h2>
<p>I will take your blood pressure, heart rate and oxygen level and attach a small finger clip and a blood pressure cuff that stays on for the session. If your blood pressure is above our safety limit, we will wait, recheck and sometimes reschedule. Then I place the IV, usually in the back of the hand or the inside of the elbow. It is a quick pinch. We use a programmable pump so the dose is delivered exactly as the physician has ordered: for depression, most first infusions are 0.5 mg per kilogram over 40 minutes.</p>

<h2>The first ten minutes</h2>
<p>Most people feel nothing for the first five minutes or so, then a gentle warmth or heaviness in the arms and legs. Some describe a tingling in the lips. Sounds may seem further away. This is when I usually suggest putting on the eye mask if you are using one.</p>

<h2>The middle</h2>
<p>Between about ten and forty minutes, the experience is at its strongest. People describe a floating sensation, a feeling of being separate from their body, changes in the sense of time, and sometimes vivid imagery. A lot of people tell me afterwards they lost track of whether their eyes were open. Some have profound or emotional experiences; some find it mostly pleasant and dreamy; a few find it unsettling.</p>
<p>I am in the room or right outside the door the whole time, watching the monitor. If you raise your hand or say my name, I am there. If you feel nauseous, I can give you an anti-nausea medication through the IV. If you feel anxious, I can slow the infusion. You are never alone in there.</p>

<h2>Coming back</h2>
<p>When the pump stops, the effects fade quite quickly, usually within 15 to 20 minutes. You will probably feel a bit unsteady and maybe tired. I take the IV out, we keep monitoring your vitals, and you rest for another 30 to 45 minutes with a drink and a snack. Before you leave, one of our clinicians checks in with you. Then your driver takes you home.</p>

<h2>After the first infusion</h2>
<p>Some people notice a lift in mood within a day. Many notice nothing after the first session and start to feel different after the second or third. The standard induction series is six infusions over two to three weeks, after which the physician reviews your scores with you and decides on maintenance, which is usually one infusion every three to eight weeks.</p>
<p>We strongly encourage patients to keep working with their therapist during the series. Several of our patients have integration sessions with our in-house counsellor the day after each infusion.</p>

<h2>Who decides whether infusions are right for you</h2>
<p>Every patient has a medical consultation with one of our physicians before their first infusion: Dr. Michael Tran (anesthesiology) or Dr. Ayesha Rahman (psychiatry). We need a referral or records from your mental health provider, a list of your medications and, for some patients, an ECG. We decline treatment for people with uncontrolled hypertension, active psychosis, pregnancy and some heart conditions.</p>

<h2>Pricing</h2>
<ul>
<li>Medical consultation: $150 (credited toward your first infusion)</li>
<li>Single IV infusion for depression or anxiety: $475</li>
<li>Induction series of six infusions, paid upfront: $2,550</li>
<li>Pain protocol infusions (up to 4 hours): from $750</li>
</ul>
<p>We accept HSA/FSA cards and offer financing through a third-party lender. We are not in network with insurers but will give you a superbill for reimbursement. A $100 deposit secures your first infusion appointment and is refundable with 48 hours' notice.</p>
<p class="cta"><a href="/book">Book your consultation online</a> or call (480) 555-0162.</p>
</article>
<aside class="sidebar">
<h3>Visit us</h3>
<p>Tempe: 1800 E Example Blvd, Suite 210<br>Scottsdale: 7400 N Sample Rd, Suite 105</p>
<p>Mon&ndash;Fri 7am&ndash;6pm &middot; Sat 8am&ndash;2pm</p>
</aside>
</main>
<footer><p>&copy; 2026 Desert Bloom Ketamine &amp; Infusion Center, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p></footer>
""", noise="cookie")

p("h11425", "https://riverbend-ketamine-center.example/stories/a-veterans-road-back", "clinic", False, "en",
  "clinic-patient-story-veteran-long-packages-deposit", "A Veteran's Road Back: Daniel's Story | Riverbend Ketamine Center", """
<header>
<a class="logo" href="/">Riverbend Ketamine Center</a>
<nav><a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/veterans">Veterans</a> <a href="/stories">Stories</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="category">Patient stories</p>
<h1>A Veteran's Road Back: Daniel's Story</h1>
<p class="intro">Daniel served two deployments in Afghanistan as an Army combat medic. He first came to our Chattanooga clinic in January 2025. He asked us to share his story in his own words, lightly edited for length, in the hope that other veterans who are struggling will read it.</p>

<h2>"I was the guy who fixed people"</h2>
<p>As a medic, your job is to keep it together when everything else is coming apart. I was good at that. I was good at it for a long time after I got out, too, which is part of the problem. I kept it together all the way into a divorce, two jobs I walked out of, and a year where I probably drank a fifth of whiskey a night.</p>
<p>The VA diagnosed me with PTSD and major depression in 2017. I did prolonged exposure therapy, which helped with the nightmares for a while. I was on three different SSRIs over the years. The nightmares came back. The flatness never left. I stopped drinking in 2022, which I'm proud of, but without the drinking there was nothing between me and the way I felt.</p>

<h2>Why I almost didn't come</h2>
<p>A guy in my veterans' group had done infusions here and would not shut up about it. I thought it sounded like a gimmick. Also, honestly, I was worried about the ketamine itself. I had given it to people in the field. I knew what it could do. And I'd been sober three years. I didn't want to mess that up.</p>
<p>When I called, I said all of that to the intake coordinator, and she set me up with Dr. Patel for a consultation before I committed to anything. That appointment was an hour. He asked about my sobriety straight out, and about my sponsor, and whether my sponsor knew I was considering this. He told me plainly that ketamine has a misuse potential and that, for someone in recovery, the setting and the structure matter. He wanted me to keep my sponsor in the loop and to keep seeing my VA therapist. He also wanted records from the VA, and he checked my blood pressure twice.</p>
<p>I left that consult thinking: these people are not just trying to sell me something.</p>

<h2>The first infusion</h2>
<p>I'm not going to pretend I wasn't nervous. They put me in a room with a recliner and a blanket. The nurse, Keisha, explained every step before she did it, which I appreciated as an old medic. The IV went in, the pump started, and for five minutes I felt like nothing was happening.</p>
<p>Then the room got big. That's the only way I can describe it. My body felt like it was very far away and very heavy at the same time. I saw a lot of colours. At one point I saw, or thought about, a street in Kandahar, but it was quiet and it was just a street. It didn't have the weight it usually has. I don't know how else to explain that.</p>
<p>Forty minutes later it was over. My sister drove me home and I slept.</p>

<h2>Weeks two and three</h2>
<p>I did the standard series: six infusions over about two and a half weeks. By the fourth one, I noticed I was not dreading the mornings. By the sixth one my sister said I was "back to being annoying", which is what she said when we were kids. My PHQ-9 went from 22 at my first visit to 9. My PCL-5, the PTSD scale, dropped by about half.</p>
<p>I told my sponsor about every infusion. I didn't want cravings, and I didn't have any, but I'd have told him if I had.</p>

<h2>What it costs, and how I paid for it</h2>
<p>I'm writing this part because nobody talked to me about money before I came and it stressed me out. At Riverbend, the initial series of six infusions was $2,700 when paid upfront, and maintenance infusions are $425 each. There's a $150 deposit to hold your first appointment. The VA did not pay for my infusions, but the clinic gave me the paperwork, and through the Community Care program my later Spravato sessions were covered after my VA psychiatrist referred me. The clinic also offers a veterans' discount of 10% and a payment plan, which I used.</p>

<h2>Where I am now</h2>
<p>It's been almost two years. I have a maintenance infusion about every six weeks, and I switched to Spravato at the clinic for a stretch last year when it was covered. I still see my VA therapist. I still go to meetings. I got a job as an EMT instructor at the community college, which is the first job I've kept for more than a year since I got out.</p>
<p>Ketamine didn't fix my life. I fixed my life. But it gave me enough room to do it.</p>

<p class="clinic-note"><strong>A note from Riverbend:</strong> Ketamine infusion for PTSD and depression is an off-label use. Results vary. Every patient has an in-person medical consultation with one of our physicians before treatment, and infusions are given only in our clinic under continuous monitoring. Veterans can call our veterans' coordinator at (423) 555-0119 to ask about Community Care referrals and discounts.</p>
</article>
</main>
<footer><p>Riverbend Ketamine Center &middot; 400 Example St, Chattanooga, TN &middot; &copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11426", "https://news.stmarlowe-health.example/features/inside-the-esketamine-clinic", "clinic", False, "en",
  "hospital-newsroom-feature-rems-esketamine-department", "Inside the Esketamine Clinic: Two Hours, Twice a Week | St. Marlowe Health News", """
<header>
<a class="logo" href="https://www.stmarlowe-health.example/">St. Marlowe Health</a>
<nav><a href="https://www.stmarlowe-health.example/find-a-doctor">Find a doctor</a> <a href="https://www.stmarlowe-health.example/locations">Locations</a> <a href="/">Newsroom</a> <a href="https://www.stmarlowe-health.example/mychart">MyChart</a> <a href="https://www.stmarlowe-health.example/pay">Pay a bill</a></nav>
</header>
<main>
<article>
<p class="section">Features &middot; Behavioral Health</p>
<h1>Inside the Esketamine Clinic: Two Hours, Twice a Week</h1>
<p class="byline">By Alana Pierce, St. Marlowe Health Communications &middot; November 12, 2026</p>
<p>At 8:15 on a Tuesday morning, the treatment area on the fourth floor of the St. Marlowe Behavioral Health Pavilion looks more like a quiet library than a hospital unit. Six recliners are spaced behind curtains. A nurse sets up blood pressure monitors. A patient in a grey hoodie is doing a crossword while she waits for her first reading.</p>
<p>This is the hospital's Interventional Psychiatry Service, which since 2021 has offered esketamine nasal spray to adults with treatment-resistant depression. It is one of three REMS-certified treatment centres in the county, and by far the busiest: the team delivered more than 6,400 treatment sessions in the past year.</p>

<h2>Why "REMS" matters</h2>
<p>Esketamine is approved by the FDA under a Risk Evaluation and Mitigation Strategy, or REMS, because it can cause sedation, dissociation and a temporary rise in blood pressure, and because it has potential for misuse. Under the program, only certified healthcare settings may dispense it, patients must self-administer the spray under direct observation, and they must be monitored for at least two hours afterwards. They cannot drive until the next day.</p>
<p>"People sometimes think of the two hours as a nuisance," says Dr. Graham Osei, the psychiatrist who directs the service. "I think of it as the reason we can offer this safely to people who have run out of options."</p>

<h2>Who comes here</h2>
<p>Patients are referred by their own psychiatrists, primary care physicians or the hospital's inpatient unit. Each has already tried at least two antidepressants at adequate doses and durations. Before starting, they meet with Dr. Osei or one of two colleagues for a consultation, have a physical assessment, and go through the consent process. Roughly one in five referred patients does not start treatment, most often because of uncontrolled blood pressure, an untreated substance use disorder, or because another option such as electroconvulsive therapy is judged a better fit.</p>
<p>The average patient is 46 years old. About a quarter are veterans, who are seen through the Community Care program. Most have commercial insurance or Medicare, which cover esketamine with prior authorisation.</p>

<h2>A session, minute by minute</h2>
<p>Nurse Clinician Rosa Medina walks through the routine. Patients arrive and have their blood pressure checked; if it is above 140 over 90, it is rechecked after a few minutes of rest, and the session may be postponed. The patient then self-administers the first device, one spray in each nostril, while Medina watches. Five minutes later, the second device. For the 84 mg dose, a third.</p>
<p>"Then we wait and watch," Medina says. Blood pressure is rechecked at 40 minutes and again before discharge. Nurses score dissociation and sedation using standardised scales. Most patients close their eyes and listen to music; some talk; a few find the first 30 minutes unsettling.</p>
<p>After two hours, a nurse confirms that the patient is alert and stable, and a family member or a ride service collects them.</p>

<h2>"I got my Tuesdays back"</h2>
<p>Marcus, 52, a warehouse supervisor, began treatment in February after fifteen years of depression and six medication trials. He asked that his last name not be used.</p>
<p>"For the first month I was here twice a week, which meant taking two half-days off work. My boss was good about it. Around the third week, I noticed I'd started making plans for the weekend again. Now I come every other Tuesday. It sounds weird, but I look forward to it. The nurses know me. It's my two hours."</p>

<h2>Outcomes and limits</h2>
<p>The team tracks every patient's scores on the Montgomery-&Aring;sberg Depression Rating Scale. Internal data presented at the hospital's quality meeting in October showed that 49% of patients who completed induction had responded and 28% were in remission at eight weeks, numbers broadly in line with the clinical trials.</p>
<p>Dr. Osei is careful not to oversell it. "About half of our patients do very well. Some do partially well. Some don't respond, and we help them move on to the next option. It's a tool, not a miracle."</p>

<h2>Expanding access</h2>
<p>Demand has outpaced capacity. The wait from referral to first session is currently about five weeks. In January the service will open a second treatment area at the St. Marlowe Eastside outpatient campus, adding eight chairs and evening hours on Wednesdays and Thursdays.</p>
<p>Patients and clinicians can request a referral through the hospital's Interventional Psychiatry intake line at (555) 013-4400, or via MyChart for existing St. Marlowe patients.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/features/tms-turns-ten">TMS program turns ten</a></li><li><a href="/news/new-crisis-stabilization-unit">New crisis stabilization unit opens</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 St. Marlowe Health System &middot; <a href="https://www.stmarlowe-health.example/nondiscrimination">Nondiscrimination</a> &middot; <a href="https://www.stmarlowe-health.example/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h11427", "https://threshold-kap-collective.example/journal/integration-is-the-treatment", "clinic", False, "en",
  "kap-practice-long-essay-integration-in-person-sessions", "Integration Is the Treatment: Notes From Five Years of Ketamine-Assisted Psychotherapy | Threshold KAP Collective", """
<header>
<a class="logo" href="/">Threshold <small>Ketamine-Assisted Psychotherapy Collective</small></a>
<nav><a href="/approach">Our approach</a> <a href="/team">Therapists &amp; physicians</a> <a href="/fees">Fees</a> <a href="/journal">Journal</a> <a href="/enquire">Enquire</a></nav>
</header>
<main>
<article>
<h1>Integration Is the Treatment: Notes From Five Years of Ketamine-Assisted Psychotherapy</h1>
<p class="byline">By Miriam Stolz, LMFT, co-founder &middot; with contributions from Dr. Owen Hale, MD &middot; Portland, Oregon &middot; November 2026</p>
<p>When we opened Threshold in 2021, we thought of ourselves as a ketamine practice that also did therapy. Five years and roughly 900 patients later, we think of ourselves as a therapy practice where ketamine sometimes opens the door. This essay is an attempt to explain that shift to prospective patients, to referring clinicians, and to ourselves.</p>

<h2>What a course looks like here</h2>
<p>Every patient begins with a medical assessment with Dr. Hale or our nurse practitioner, Dana Cho, in our office on SE Belmont Street. That assessment covers psychiatric and medical history, medications, blood pressure and, where needed, an ECG. It is followed by two preparatory therapy sessions with the therapist who will sit with them during dosing.</p>
<p>Dosing sessions take place in our treatment rooms, never at home. Dr. Hale or Dana administers ketamine by intramuscular injection, and the patient's therapist remains in the room for the full session, usually around two hours. A nurse monitors vital signs. After the medicine wears off, we spend the last half hour talking, eating something, and landing. Someone else drives the patient home.</p>
<p>Within 48 hours comes the first integration session, a 60-minute conversation with the same therapist. A typical course is three dosing sessions and six to eight integration sessions over about two months.</p>

<h2>Why integration matters more than we expected</h2>
<p>In our first year, we saw what the research literature describes: a fast lift in mood after the first or second dose, which in many patients faded within two or three weeks. Patients who had the most durable improvements were not the ones with the most dramatic sessions. They were the ones who did something with what came up.</p>
<p>A patient I will call Lena, a nurse in her forties, spent much of her first session seeing her childhood kitchen from above, quietly, without the usual flood of shame she associated with it. Afterwards she described it as "like looking at a photograph instead of being inside it." In integration, we spent four sessions on what it might mean to hold that distance in ordinary life, when her mother called, when a shift went badly. The ketamine did not teach her that. It let her feel, for an afternoon, what it could be like. The work was the remaining months.</p>
<p>We now structure our integration sessions around three questions: What happened? What might it mean? What will you practise? The third question is the one most often skipped and the one that most often predicts how someone is doing three months later.</p>

<h2>What we got wrong</h2>
<p>Early on, we let patients schedule dosing sessions close together because they asked to, and because the lift felt so welcome. Some of those patients came to see the sessions themselves as the treatment, and were distressed each time the effect faded. We now space dosing sessions at least two weeks apart, and we will not book the next one until integration has happened.</p>
<p>We also underestimated how often old trauma would surface unexpectedly. Our therapists now all have specific trauma training, and we have a protocol for sessions that become distressing, including when to stop.</p>

<h2>Who we say no to</h2>
<p>We do not offer KAP to people with a history of psychosis or mania, to people currently misusing ketamine or other dissociatives, or to people with uncontrolled hypertension. We are cautious with people who have no existing support network, and we sometimes recommend a period of ordinary therapy first. About one in six people who enquire do not go on to dosing, and we try to point each of them somewhere useful.</p>

<h2>On at-home ketamine</h2>
<p>We are often asked whether we offer at-home lozenges. We do not. We respect colleagues who run careful remote programmes, but our model depends on the therapist being in the room. We are more worried about the websites that sell ketamine with no clinician at all, and we have seen the consequences in people who come to us after months of using alone.</p>

<h2>Fees</h2>
<p>Our medical assessment is $350. Preparation and integration sessions are $190 each. Dosing sessions, including medication, medical monitoring and the therapist's time, are $700. Most patients' total for a course is between $3,500 and $4,500. We offer a limited number of sliding-scale places each quarter; ask when you enquire. We can provide superbills, and some patients receive partial reimbursement for the therapy portions.</p>
<p class="cta"><a href="/enquire">Enquire about a consultation</a></p>
</article>
</main>
<footer><p>Threshold KAP Collective &middot; 2200 SE Example St, Portland, OR &middot; &copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11428", "https://summitview-ketamine.example/news/fraud-alert-websites-using-our-name", "clinic", False, "en",
  "clinic-fraud-alert-quotes-scammer-telegram-and-prices", "Fraud Alert: Websites and Telegram Accounts Using Our Name | Summit View Ketamine & Wellness", """
<header>
<a class="logo" href="/">Summit View <small>Ketamine &amp; Wellness</small></a>
<nav><a href="/iv-ketamine">IV ketamine</a> <a href="/spravato">Spravato</a> <a href="/kap">KAP</a> <a href="/pricing">Pricing</a> <a href="/news">News</a> <a class="cta" href="/book">Request an appointment</a></nav>
</header>
<main>
<article>
<p class="alert-tag">Important notice for patients</p>
<h1>Fraud alert: websites and Telegram accounts using our name</h1>
<p class="date">Posted December 3, 2026 by Dr. Kevin Marsh, Medical Director</p>
<p>Over the past month, at least nine people have contacted our front desk after paying money to someone they believed was Summit View. None of them were our patients, and none of those payments reached us. We want to explain what is happening, how to recognise it, and what to do if it has happened to you.</p>

<h2>What the scammers are doing</h2>
<p>Someone has copied photographs of our Denver clinic, our logo and even the names of two of our nurses onto a website with an address very similar to ours (it adds a hyphen and the word "rx"). The site claims to offer "Summit View at-home ketamine" and lists prices such as $240 for ten lozenges and $390 for "five vials for home infusion". Visitors are told that no consultation is needed and are directed to a Telegram account, which calls itself "SummitView Care Team", to complete the order.</p>
<p>Buyers are then asked to pay by Bitcoin, Zelle or gift cards. Some have received nothing. Two received envelopes with unlabelled powder. One person who paid was contacted again and asked for a "customs release fee".</p>

<h2>What Summit View actually does</h2>
<ul>
<li>We provide IV ketamine infusions, Spravato (esketamine) sessions and ketamine-assisted psychotherapy <strong>only in our clinic</strong> at 1550 Example Avenue, Denver, under the supervision of our physicians and nurses.</li>
<li>Every new patient has an in-person medical consultation before any treatment.</li>
<li>We <strong>never</strong> mail ketamine, lozenges or vials to anyone.</li>
<li>We <strong>never</strong> take orders or payments by Telegram, WhatsApp or Instagram messages, and we never accept gift cards or cryptocurrency.</li>
<li>Our only website is summitview-ketamine.example. Our phone number is (303) 555-0148.</li>
</ul>
<p>We do offer a secure online portal where existing patients can pay a bill or leave a deposit to hold an infusion appointment. That portal is reached only from our website, and the payment goes to "Summit View Ketamine &amp; Wellness PLLC".</p>

<h2>If you paid the scammers</h2>
<ol>
<li>Stop all contact with the account and do not send any more money, including "fees" to release a parcel.</li>
<li>If you paid by card or Zelle, contact your bank immediately; some transfers can be recalled.</li>
<li>Report it to the FBI's Internet Crime Complaint Center and to the Federal Trade Commission.</li>
<li>If you received any substance, do not use it. Bring it to a pharmacy take-back point or contact your local police non-emergency line.</li>
<li>If you were looking for help with depression and are feeling unsafe, call or text 988.</li>
</ol>

<h2>What the scam messages look like</h2>
<p>Patients have shared screenshots with us. Typical messages from the fake account read: "Hi! This is the Summit View care team. Your order is approved, please send payment to the wallet below within 2 hours to reserve stock." Another says: "Due to high demand, home infusion kits are limited. Pay today with a gift card and receive a 20% discount." A third, sent after payment, reads: "Your parcel is held at customs. A release fee of $180 is needed."</p>
<p>None of these came from us. Our staff will only ever contact you from our main phone number or from an email address ending in our domain, and only after you have requested an appointment. If someone contacts you first claiming to be Summit View, please call our front desk to check.</p>

<h2>What we are doing</h2>
<p>We have reported the website to its hosting provider and registrar, reported the Telegram account, and filed a report with the Denver Police Department. Our attorneys have sent takedown notices. These sites tend to reappear under new names, so we will update this page as we learn more.</p>

<h2>If you really do want ketamine treatment</h2>
<p>We understand why these offers are tempting: clinic treatment is expensive and wait times can be long. Our current prices are posted openly on our <a href="/pricing">pricing page</a> (a single IV infusion is $450, and we offer a six-infusion package for $2,400 and a sliding scale for some patients). Spravato is often covered by insurance. You can request a consultation online, and our coordinators can also help you find a reputable telehealth provider or another clinic if we are not the right fit.</p>
</article>
</main>
<footer><p>Summit View Ketamine &amp; Wellness &middot; 1550 Example Ave, Denver, CO &middot; &copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11429", "https://chu-valmont.example/services/centre-evaluation-traitement-douleur/ketamine", "clinic", False, "fr",
  "chu-centre-douleur-page-longue-perfusions-hopital-de-jour", "Perfusions de kétamine en hôpital de jour – Centre d'évaluation et de traitement de la douleur | CHU de Valmont", """
<header>
<a class="logo" href="/">CHU de Valmont</a>
<nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/professionnels">Professionnels</a> <a href="/recherche">Recherche</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav>
</header>
<main>
<p class="fil"><a href="/services">Services</a> &gt; <a href="/services/centre-evaluation-traitement-douleur">Centre d'évaluation et de traitement de la douleur</a> &gt; Kétamine</p>
<article>
<h1>Les perfusions de kétamine au Centre d'évaluation et de traitement de la douleur</h1>
<p class="chapo">Le Centre d'évaluation et de traitement de la douleur (CETD) du CHU de Valmont accueille en hôpital de jour des patients souffrant de douleurs chroniques rebelles, pour lesquels une cure de kétamine intraveineuse peut être proposée après une évaluation pluriprofessionnelle. Cette page s'adresse aux patients orientés vers le centre et à leurs proches.</p>

<h2>Pourquoi la kétamine dans la douleur chronique ?</h2>
<p>La kétamine est un anesthésique utilisé depuis plus de cinquante ans. À faible dose, elle bloque les récepteurs NMDA impliqués dans la « sensibilisation centrale », un phénomène par lequel le système nerveux amplifie durablement les messages douloureux. Elle peut ainsi être utile dans certaines douleurs neuropathiques, le syndrome douloureux régional complexe, certaines douleurs post-chirurgicales persistantes ou la fibromyalgie sévère, lorsque les traitements habituels n'ont pas suffi.</p>
<p>Les recommandations de la Société française d'étude et de traitement de la douleur encadrent cet usage : l'indication est posée au cas par cas, l'efficacité est réévaluée après chaque cure, et le traitement n'est pas poursuivi s'il n'apporte pas de bénéfice.</p>

<h2>Comment être pris en charge ?</h2>
<p>Le centre reçoit les patients sur courrier de leur médecin traitant ou d'un spécialiste. Une première consultation avec un médecin algologue permet de faire le point sur l'histoire de la douleur, les traitements essayés et leur retentissement. Elle est complétée, selon les cas, par une consultation avec un psychologue et une infirmière ressource douleur. La décision de proposer une cure de kétamine est prise en réunion de concertation pluriprofessionnelle.</p>
<p>La kétamine n'est pas proposée en cas d'hypertension artérielle mal contrôlée, d'insuffisance cardiaque ou coronarienne sévère, d'antécédents de psychose, de grossesse ou de trouble de l'usage de substances non stabilisé.</p>

<h2>Le déroulement d'une cure</h2>
<p>Une cure comprend le plus souvent une à trois journées d'hospitalisation de jour, parfois consécutives. Vous êtes accueilli(e) le matin à 8 h 30 au 2e étage du bâtiment Pasteur. Une infirmière pose une perfusion et installe une surveillance de la tension artérielle, du pouls et de la saturation en oxygène. La kétamine est administrée à la seringue électrique sur deux à quatre heures, à une dose adaptée à votre poids et à la prescription du médecin.</p>
<p>Pendant la perfusion, vous pouvez ressentir une sensation de flottement, de lourdeur, des modifications de la perception des sons ou des couleurs, parfois des nausées. Ces effets disparaissent rapidement après l'arrêt. L'équipe reste présente tout au long de la séance. Vous restez ensuite en observation au moins une heure.</p>
<p>Vous ne devez pas conduire le jour de la perfusion : prévoyez un accompagnant ou un transport. Un bon de transport peut être établi si votre situation le justifie.</p>

<h2>Après la cure</h2>
<p>Un suivi téléphonique est réalisé par l'infirmière ressource douleur dans la semaine suivante. Une consultation de réévaluation est programmée quatre à huit semaines plus tard. Si le bénéfice est net, une nouvelle cure peut être envisagée, en général pas avant trois mois. La kétamine ne remplace pas les autres volets de la prise en charge : activité physique adaptée, kinésithérapie, techniques psychocorporelles, accompagnement psychologique.</p>

<h2>Prise en charge financière</h2>
<p>Les séances en hôpital de jour sont prises en charge par l'Assurance maladie dans les conditions habituelles ; le ticket modérateur peut être couvert par votre complémentaire santé. Aucun dépassement d'honoraires n'est pratiqué au CETD.</p>

<h2>Kétamine et dépression</h2>
<p>Le CETD ne traite pas la dépression par kétamine. Les patients concernés peuvent être orientés vers le service de psychiatrie du CHU, qui dispose d'une unité d'eskétamine.</p>

<h2>Questions fréquentes</h2>
<h3>Puis-je manger le jour de la perfusion ?</h3>
<p>Un jeûne de six heures pour les aliments solides et de deux heures pour les liquides clairs est demandé. Une collation vous est servie après la séance.</p>
<h3>Dois-je arrêter mes autres traitements ?</h3>
<p>Non, sauf indication contraire du médecin. Apportez la liste complète de vos médicaments et vos ordonnances lors de la première consultation.</p>
<h3>La kétamine peut-elle rendre dépendant ?</h3>
<p>Aux doses et au rythme utilisés au CETD, avec des cures espacées, le risque est faible. Il est en revanche réel en cas d'usage répété en dehors d'un cadre médical. Nous vous déconseillons formellement de vous procurer de la kétamine par d'autres moyens.</p>
<h3>Combien de temps dure l'effet antalgique ?</h3>
<p>Très variable : de quelques jours à plusieurs mois selon les patients. C'est précisément ce que la consultation de réévaluation permet d'apprécier.</p>

<h2>Contact</h2>
<p>Secrétariat du CETD : 03 00 00 41 20, du lundi au vendredi de 9 h à 16 h 30. Les demandes de rendez-vous peuvent aussi être faites via le portail patient du CHU.</p>
</article>
</main>
<footer><p>CHU de Valmont &middot; 1 avenue de l'Exemple &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/accessibilite">Accessibilité</a></p></footer>
""", noise="cookie-fr")

p("h11430", "https://ambulatorio-sanmarco-psichiatria.example/trattamenti/esketamina-percorso", "clinic", False, "it",
  "ambulatorio-psichiatria-esketamina-percorso-lungo", "Esketamina spray nasale: il percorso presso l'Ambulatorio San Marco", """
<div class="cookie-it">Utilizziamo solo cookie tecnici necessari al funzionamento del sito. <button>Ho capito</button></div>
<header>
<a class="logo" href="/">Ambulatorio San Marco <small>Psichiatria e Psicoterapia</small></a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/medici">I medici</a> <a href="/trattamenti">Trattamenti</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota una visita</a></nav>
</header>
<main>
<article>
<h1>Esketamina spray nasale: il percorso presso il nostro ambulatorio</h1>
<p class="intro">L'Ambulatorio San Marco è una struttura sanitaria privata accreditata, con sede a Padova, specializzata nella diagnosi e nella cura dei disturbi dell'umore. Dal 2022 siamo tra le strutture autorizzate alla somministrazione di esketamina spray nasale per la depressione resistente. In questa pagina spieghiamo chi può accedere al trattamento, come si svolgono le sedute e quali sono i costi.</p>

<h2>Che cos'è l'esketamina</h2>
<p>L'esketamina è l'enantiomero S della ketamina, un farmaco noto da decenni come anestetico. In forma di spray nasale è autorizzata per adulti con disturbo depressivo maggiore resistente al trattamento, cioè che non hanno risposto ad almeno due antidepressivi diversi nell'episodio in corso, in associazione a un antidepressivo orale. Agisce sul sistema del glutammato e, a differenza degli antidepressivi tradizionali, può dare un miglioramento nel giro di giorni.</p>

<h2>Chi può accedere</h2>
<p>Il trattamento è riservato a pazienti maggiorenni con diagnosi confermata di depressione resistente. Non è indicato in caso di aneurismi, malformazioni arterovenose, emorragia cerebrale recente, infarto negli ultimi sei settimane, ipertensione non controllata, gravidanza, e richiede particolare cautela in chi ha una storia di psicosi o di disturbo da uso di sostanze.</p>
<p>Si accede con una prima visita psichiatrica presso il nostro ambulatorio, anche su invio del medico di medicina generale o dello psichiatra curante. Durante la visita, della durata di circa un'ora, lo psichiatra raccoglie la storia clinica, verifica i trattamenti già effettuati e valuta lo stato di salute generale. Possono essere richiesti un elettrocardiogramma e alcuni esami del sangue.</p>

<h2>Come si svolge una seduta</h2>
<p>Le sedute si svolgono esclusivamente in ambulatorio, in una stanza dedicata con poltrona reclinabile. All'arrivo l'infermiere misura la pressione arteriale. Il paziente si somministra da solo lo spray, sotto la supervisione diretta del personale sanitario: un dispositivo contiene 28 mg e si usano due o tre dispositivi a distanza di cinque minuti.</p>
<p>Nei primi 40 minuti possono comparire vertigini, nausea, sensazione di distacco, alterazioni della percezione. La pressione viene ricontrollata a 40 minuti e prima della dimissione. Il paziente resta in osservazione per almeno due ore e può lasciare l'ambulatorio solo quando il medico lo ritiene stabile. Non è possibile guidare fino al giorno successivo: è necessario un accompagnatore.</p>

<h2>Frequenza</h2>
<p>Nella fase di induzione, due sedute a settimana per quattro settimane. Poi una seduta a settimana per altre quattro settimane, e successivamente una ogni una o due settimane, in base alla risposta. Lo psichiatra rivaluta regolarmente il paziente con scale standardizzate e decide se proseguire.</p>

<h2>Costi</h2>
<p>Per i pazienti che accedono tramite il Servizio Sanitario Nazionale in regime di convenzione, il farmaco è a carico del SSN e il paziente paga il ticket previsto per le prestazioni ambulatoriali. Per i pazienti in regime privato, la prima visita psichiatrica costa 180 euro e ogni seduta di somministrazione con osservazione costa 150 euro, a cui si aggiunge il costo del farmaco secondo il prezzo al pubblico. È possibile prenotare e pagare online la prima visita.</p>

<h2>Domande frequenti</h2>
<h3>Posso continuare il mio antidepressivo?</h3>
<p>Sì, l'esketamina si utilizza insieme a un antidepressivo orale. Lo psichiatra valuterà se modificarlo.</p>
<h3>Quanto tempo devo restare in ambulatorio?</h3>
<p>Di solito tra due ore e mezza e tre ore, compresa l'accoglienza e l'osservazione.</p>
<h3>Posso venire da solo?</h3>
<p>Può arrivare da solo, ma non può tornare a casa guidando. È necessario un accompagnatore o un mezzo pubblico, in base alla valutazione del medico al momento della dimissione.</p>
<h3>Quando si vedono i risultati?</h3>
<p>Alcuni pazienti notano un miglioramento già nella prima settimana, altri dopo tre o quattro settimane. Se dopo la fase di induzione non c'è beneficio, il trattamento viene sospeso.</p>
<h3>Posso avere il farmaco per usarlo a casa?</h3>
<p>No. La normativa prevede la somministrazione esclusivamente in strutture autorizzate, sotto la supervisione del personale sanitario.</p>

<h2>I nostri medici</h2>
<ul>
<li>Dott.ssa Giulia Ferraresi, psichiatra, responsabile del percorso esketamina</li>
<li>Dott. Andrea Bellini, psichiatra</li>
<li>Dott. Marco Zanin, psichiatra e psicoterapeuta</li>
</ul>
<p>Per informazioni: segreteria 049 000 0718, dal lunedì al venerdì dalle 9 alle 18. Ricordiamo che l'esketamina non può essere acquistata o utilizzata a domicilio: diffidate da siti che la propongono senza ricetta.</p>
<p class="cta"><a href="/prenota">Prenota la prima visita</a></p>
</article>
</main>
<footer><p>Ambulatorio San Marco S.r.l. &middot; Direttore sanitario: Dott.ssa Giulia Ferraresi &middot; <a href="/privacy">Privacy</a></p></footer>
""")

p("h11431", "https://ketaminezorg-utrecht.example/nieuws/wachttijd-update-december.txt", "clinic", False, "nl",
  "txt-kliniek-nieuwsbericht-wachttijd-infusies", "Wachttijd-update december - KetamineZorg Utrecht", """
KetamineZorg Utrecht - nieuws, 4 december 2026

Wachttijd en nieuwe behandelkamer

Door de grote vraag is de wachttijd voor een intakegesprek bij onze kliniek opgelopen tot ongeveer zeven weken. Vanaf januari openen we een vierde behandelkamer aan de Voorbeeldsingel, waardoor we per week twaalf extra infusies kunnen geven.

Ter herinnering: alle ketamine-infusies vinden plaats in onze kliniek, onder toezicht van een anesthesioloog en een verpleegkundige. U heeft een verwijzing van uw huisarts of psychiater nodig. Na de intake met dr. Van der Meulen volgt een behandelplan, meestal zes infusies in drie weken.

Een infusie kost 395 euro; enkele zorgverzekeraars vergoeden de behandeling gedeeltelijk. De aanbetaling van 100 euro voor uw eerste afspraak kunt u via ons patiëntenportaal voldoen.

Vragen? Bel 030 000 2219 op werkdagen tussen 9 en 16 uur.
""", ext="txt")

# ---------------------------------------------------------------- informational

p("h11432", "https://theledger-review.example/investigations/2026/11/the-ketamine-shops-that-find-you-at-2am", "informational", False, "en",
  "investigative-news-long-quotes-prices-telegram-handles", "The Ketamine Shops That Find You at 2 a.m. | The Ledger Review", """
<header>
<a class="logo" href="/">The Ledger Review</a>
<nav><a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/tech">Tech</a> <a href="/policy">Policy</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>The ketamine shops that find you at 2 a.m.</h1>
<p class="dek">For six months, reporters tracked websites and messaging accounts selling ketamine directly to people searching for help with depression. Many borrowed the look and language of telehealth. None required a real medical evaluation.</p>
<p class="byline">By Noor Haddad and Peter Lindgren &middot; November 24, 2026 &middot; 22 min read</p>

<p>The advert appeared in Kate's feed at 2:14 a.m., she remembers, because she took a screenshot. It showed a woman on a sofa, eyes closed, smiling faintly, with a caption that read: "Rejected by your ketamine clinic? You don't need their permission." Kate, 29, a graphic designer in Leeds who had been declined by a UK private clinic two weeks earlier because of her blood pressure, tapped it.</p>
<p>The link took her to a site called CalmWave Rx, which offered ketamine lozenges, nasal spray and "home infusion kits". A box at the top said that orders were "reviewed by our medical team". The questionnaire had eleven questions. After she submitted it, a message appeared within four seconds: "Congratulations, you have been approved."</p>
<p>"I knew, somewhere, that four seconds was not a doctor," she said. "But I wanted it to be."</p>

<h2>A market built on a waitlist</h2>
<p>Since 2019, when regulators in the US and Europe approved esketamine nasal spray for treatment-resistant depression, demand for ketamine-based treatment has far outstripped supply. Infusion clinics remain expensive and concentrated in cities. Telehealth programmes, which expanded rapidly during the pandemic, have since tightened their screening under pressure from regulators and medical boards.</p>
<p>Into that gap has moved a loosely connected ecosystem of online sellers. Over six months, The Ledger Review identified 83 websites in English, Spanish, German and Portuguese offering ketamine or esketamine to consumers without a prescription. We also documented 41 Telegram accounts and 17 WhatsApp numbers used to take orders, and more than 200 social media adverts.</p>
<p>Prices varied widely. The most common offers were ten lozenges of "150 mg" for between $150 and $250, five 10 ml vials of injectable ketamine for between $180 and $400, and "pharmaceutical crystal" at $30 to $45 per gram. Several sites also listed branded esketamine devices, which are legally supplied only to certified treatment centres, at prices of $300 to $450 for three.</p>

<h2>The telehealth costume</h2>
<p>What distinguishes the current wave from older online drug markets is the costume. Twenty-nine of the sites we examined presented themselves as clinics or telehealth services. They used stock photographs of smiling clinicians, invented names with credentials attached, and phrases lifted from legitimate providers: "medically supervised", "personalised care plan", "licensed pharmacy partner".</p>
<p>We applied through eight of them, using a fictional profile built with a psychiatrist's advice to include clear red flags: a history of psychosis, current heavy drinking, and blood pressure readings of 172 over 104. All eight approved the order. Six never asked to speak to us. Two sent a message through a chat window, from accounts identifying themselves as a nurse and a doctor, asking us to confirm our date of birth.</p>
<p>Dr. Helena Fry, a psychiatrist who runs an NHS interventional psychiatry service and reviewed our applications, said: "A legitimate provider seeing that profile would not prescribe. Most would arrange an urgent review. These sites approved it the way you'd approve a shoe order."</p>

<h2>Following the money</h2>
<p>Payment was almost always in cryptocurrency, often with a discount of 10 to 15 percent to steer buyers away from cards. Where card payment was offered, the merchant descriptors on test transactions referred to cosmetics, phone accessories or "digital services". We traced wallet addresses from eleven sellers and found that funds from several were routed through the same handful of exchange accounts, suggesting that some brands that appear to compete are run by the same people.</p>
<p>Telegram accounts with names such as @ketadirect_support, @serenityk_care and @calmwave_orders, which we found cited repeatedly on affiliate blogs, were sometimes deleted and reappeared within days under near-identical names. Telegram said in a statement that it removes accounts that break its terms of service when they are reported.</p>

<h2>The doorway blogs</h2>
<p>Many buyers did not find the shops directly. They found articles. We identified 56 blog posts with titles like "Ketamine for depression: the complete guide" and "My honest experience with at-home ketamine" that spent thousands of words summarising real research before sending readers, in the final paragraphs, to a shop that needed no prescription. Thirty-one contained affiliate codes. Several were written in the first person by authors whose photographs, we found, were taken from stock libraries.</p>
<p>"It's content marketing for a controlled drug," said Marc Osterhout, a researcher at a European cybercrime institute who studies online drug markets. "The article gives the search engine what it wants, the shop gives the affiliate what they want, and the reader is the product."</p>

<h2>What arrived</h2>
<p>We placed twelve test orders, with legal advice and under a protocol agreed with a university laboratory that is licensed to handle controlled substances. Five never arrived. Of the seven that did, the laboratory found ketamine in four, at between 38 and 91 percent of the labelled amount. One "lozenge" contained no ketamine at all but did contain a synthetic cathinone. One sample labelled "ketamine crystal" was 2-fluorodeschloroketamine, an analogue with a longer duration and little human safety data. One contained ketamine mixed with lidocaine.</p>

<h2>Kate's decision</h2>
<p>Kate did not complete her order. The payment page asked for Bitcoin, which she did not have, and by the time she had worked out how to buy some, it was morning. She went back to her GP, who referred her to an NHS service; she is now on a waiting list for an esketamine assessment and has started a new medication for her blood pressure.</p>
<p>"I'm still angry that the legitimate route is so slow," she said. "But I'm glad I didn't put whatever was in that envelope under my tongue."</p>

<h2>What regulators say</h2>
<p>The UK's medicines regulator said it had taken down 37 ketamine-related websites this year and urged people not to buy prescription-only medicines from unregistered sellers. The US Drug Enforcement Administration declined to comment on specific sites but said that "any entity distributing ketamine without a valid prescription issued after a legitimate medical evaluation is acting outside the law."</p>
<p class="methodology"><small>Methodology: Reporters searched in four languages between May and October 2026, archived every page cited, and made test purchases under legal advice. Names of buyers have been changed at their request. The full dataset is available to researchers on request.</small></p>
</article>
</main>
<footer><p>&copy; 2026 The Ledger Review &middot; <a href="/corrections">Corrections</a> &middot; <a href="/ethics">Ethics policy</a></p></footer>
""", noise="cookie")

p("h11433", "https://health.pinecrest-state.example/bulletins/2026-14-unlicensed-online-ketamine-sales", "informational", False, "en",
  "state-health-department-bulletin-long-warning", "Health Advisory Bulletin 2026-14: Unlicensed Online Sales of Ketamine and Esketamine", """
<header>
<a class="logo" href="/">Pinecrest State Department of Health</a>
<nav><a href="/for-the-public">For the public</a> <a href="/for-providers">For providers</a> <a href="/bulletins">Bulletins</a> <a href="/data">Data</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="doc-id">Health Advisory Bulletin 2026-14 &middot; Issued November 17, 2026 &middot; Distribution: public, healthcare providers, pharmacies, poison control</p>
<h1>Unlicensed online sales of ketamine and esketamine: advisory for the public and healthcare providers</h1>

<h2>Summary</h2>
<p>The Department of Health, together with the State Board of Pharmacy and the State Poison Center, is issuing this advisory following an increase in reports of adverse events among residents who obtained ketamine or products sold as ketamine from websites, social media accounts and messaging services without a valid prescription. Between January 1 and October 31, 2026, the Poison Center recorded 64 exposures associated with such products, compared with 19 in the same period of 2025. Eleven resulted in hospital admission. Two deaths are under investigation.</p>

<h2>Background</h2>
<p>Ketamine is a Schedule III controlled substance used as an anesthetic and, off label, for depression and chronic pain. Esketamine nasal spray is approved by the FDA for treatment-resistant depression and is available only through certified healthcare settings under a Risk Evaluation and Mitigation Strategy (REMS). It is not dispensed for use at home.</p>
<p>Legitimate access routes in this state include hospital-based and outpatient infusion clinics, REMS-certified esketamine treatment centres, and telehealth providers whose clinicians hold a state license and conduct an individual evaluation before prescribing. Prescriptions must be dispensed by a pharmacy licensed by the Board of Pharmacy.</p>

<h2>What the Department has observed</h2>
<p>Investigators from the Board of Pharmacy and the Department have identified several patterns in the products and sellers involved in reported cases:</p>
<ul>
<li>Websites presenting themselves as "online clinics" that approve orders on the basis of a short questionnaire, with no contact with a clinician.</li>
<li>Sellers offering ketamine lozenges, "home infusion" vials or esketamine devices with payment by cryptocurrency or gift card, and ordering through Telegram or WhatsApp.</li>
<li>Listings describing products as "research chemicals" or "not for human consumption", including ketamine analogues such as 2-fluorodeschloroketamine (2F-DCK) and deschloroketamine.</li>
<li>Veterinary ketamine sold to private individuals without a veterinary prescription.</li>
<li>Blog posts and social media content promoting such sellers, frequently with discount codes.</li>
</ul>
<p>Laboratory analysis of products recovered from patients found ketamine content ranging from none to more than twice the labelled amount, and the presence of undeclared substances including synthetic cathinones, xylazine and fentanyl analogues in four samples.</p>

<h2>Clinical presentation</h2>
<p>Reported cases included prolonged dissociation, agitation, hypertension and tachycardia, vomiting with risk of aspiration, falls and injuries, respiratory depression when combined with alcohol, benzodiazepines or opioids, and, in frequent users, lower urinary tract symptoms consistent with ketamine uropathy. In three cases, unexpected opioid toxicity responded to naloxone.</p>

<h2>Case summaries</h2>
<p>The following summaries, shared with identifying details removed, illustrate the range of reported events:</p>
<ul>
<li><strong>Case A.</strong> A woman in her thirties with depression ordered ketamine lozenges from a website that described itself as an online clinic and approved her questionnaire within minutes. After taking two lozenges on the same evening, she was found by a family member confused and vomiting. She was treated in the emergency department and discharged the next day. Analysis of the remaining lozenges found ketamine at approximately twice the labelled strength.</li>
<li><strong>Case B.</strong> A man in his forties purchased "ketamine crystal" through a Telegram account for chronic back pain. He was found unresponsive with slow breathing and responded to naloxone given by emergency medical services. The product contained ketamine and a fentanyl analogue.</li>
<li><strong>Case C.</strong> A man in his twenties had used ketamine bought online almost daily for eight months, initially to manage anxiety. He presented with urinary frequency, pain and blood in the urine and was diagnosed with ketamine-associated cystitis.</li>
<li><strong>Case D.</strong> A woman in her fifties purchased a product sold as "research grade" and labelled not for human consumption. It was identified as 2F-DCK. She experienced prolonged dissociation lasting more than eight hours.</li>
</ul>

<h2>Recommendations for the public</h2>
<ol>
<li>Do not buy ketamine, esketamine or related substances online without a prescription from a clinician who has evaluated you.</li>
<li>Be cautious of any service that does not require a live conversation (video or in person) with a licensed clinician before prescribing.</li>
<li>Esketamine nasal spray should never be mailed to your home. Any offer to do so is not legitimate.</li>
<li>If you have already obtained ketamine outside the medical system, do not use it alone, do not combine it with alcohol or sedatives, and keep naloxone available because of the risk of contamination with opioids. Fentanyl and xylazine test strips are available free of charge at county health offices.</li>
<li>If you or someone else is unresponsive, breathing slowly or not at all, call 911 and give naloxone if available. The state's Good Samaritan law protects people who seek help for an overdose.</li>
<li>Report suspicious websites to the Board of Pharmacy online complaint portal.</li>
</ol>

<h2>Recommendations for healthcare providers</h2>
<ol>
<li>Ask patients with depression or chronic pain, without judgment, whether they have used ketamine obtained outside a clinical setting.</li>
<li>Consider ketamine-related uropathy in patients presenting with frequency, urgency, dysuria or hematuria and a relevant history.</li>
<li>Report suspected adverse events to the Poison Center (1-800-222-1222) and to FDA MedWatch.</li>
<li>Telehealth prescribers are reminded that state rules require a documented evaluation, a prescription drug monitoring program check before prescribing controlled substances, and a state license for the patient's location.</li>
</ol>

<h2>Contact</h2>
<p>Office of Drug Safety, Pinecrest State Department of Health: (555) 014-7700, drugsafety@health.pinecrest-state.example. Media enquiries: Office of Communications.</p>
</article>
</main>
<footer><p>Pinecrest State Department of Health &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/language-assistance">Language assistance</a></p></footer>
""")

p("h11434", "https://harlan-whitcomb-law.example/insights/telehealth-ketamine-prescribing-2026-compliance", "informational", False, "en",
  "law-firm-article-telehealth-ketamine-compliance-long", "Prescribing Ketamine by Telehealth in 2026: A Compliance Guide for Practices | Harlan Whitcomb LLP", """
<header>
<a class="logo" href="/">Harlan Whitcomb LLP</a>
<nav><a href="/practices">Practices</a> <a href="/people">People</a> <a href="/insights">Insights</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="type">Client Alert &middot; Healthcare Regulatory</p>
<h1>Prescribing Ketamine by Telehealth in 2026: A Compliance Guide for Practices</h1>
<p class="authors">Sarah J. Whitcomb, Partner &middot; Daniel Okafor, Counsel &middot; Priya Venkataraman, Associate &middot; November 21, 2026</p>
<p>Ketamine remains one of the fastest-growing areas of behavioral health practice, and one of the most heavily scrutinised. Over the past eighteen months we have advised infusion clinics, ketamine-assisted psychotherapy practices, telehealth platforms and compounding pharmacies on questions ranging from controlled-substance registration to advertising claims. This alert summarises the regulatory landscape as it stands at the end of 2026 and sets out the questions we think every practice prescribing ketamine remotely should be able to answer.</p>

<h2>1. Federal controlled substance rules</h2>
<p>Ketamine is a Schedule III controlled substance. Under the Ryan Haight Online Pharmacy Consumer Protection Act of 2008, a practitioner generally may not prescribe a controlled substance by means of the internet without having conducted at least one in-person medical evaluation of the patient, subject to specified exceptions. During the COVID-19 public health emergency, the DEA and HHS relaxed that requirement, and the flexibilities were extended several times thereafter.</p>
<p>Practices should confirm which rules apply on the date of each prescription, including any special registration requirements and any limits on the proportion of controlled-substance prescriptions issued by telemedicine. Practices that built their model on the temporary flexibilities should have a documented transition plan, including arrangements for in-person evaluations where required.</p>

<h2>2. State licensure and the location of the patient</h2>
<p>Clinicians must be licensed in the state where the patient is physically located at the time of the encounter. Several states impose additional requirements for telehealth prescribing of controlled substances, including a prior in-person visit, a check of the state prescription drug monitoring program before each prescription, or limits on quantity. A number of medical boards have issued specific guidance or disciplinary orders concerning at-home ketamine.</p>
<p>We recommend maintaining a state-by-state matrix that is reviewed quarterly and signed off by the medical director.</p>

<h2>3. The evaluation itself</h2>
<p>The most significant enforcement risk we see is not the technology but the quality of the evaluation. Regulators and plaintiffs' lawyers have focused on platforms where approval was effectively automatic: asynchronous questionnaires reviewed in seconds, approval rates above 95 percent, no video contact, and no review of records. A valid prescription requires a legitimate medical purpose established by a practitioner acting in the usual course of professional practice. A practice should be able to show, for any patient:</p>
<ul>
<li>a synchronous evaluation by a licensed clinician, normally by video;</li>
<li>documented history, including screening for psychosis, bipolar disorder, substance use disorder and cardiovascular risk;</li>
<li>objective data where clinically indicated, such as blood pressure readings;</li>
<li>informed consent specific to at-home use, including sitter requirements;</li>
<li>a monitoring plan, with refills conditioned on follow-up.</li>
</ul>
<p>Platforms that describe themselves as "technology companies" and route patients to nominally independent clinicians should be aware that corporate practice of medicine doctrines in many states limit the degree of control a lay entity may exercise over clinical decisions, and that regulators increasingly look through such arrangements.</p>

<h2>4. Pharmacies and shipping</h2>
<p>At-home ketamine is typically dispensed by compounding pharmacies as sublingual tablets or troches. Practices should verify that each partner pharmacy holds the necessary state licences and DEA registration for every state to which it ships, and should avoid arrangements in which the practice receives any payment linked to prescription volume, which may raise anti-kickback and fee-splitting concerns. Quantities dispensed should match the treatment plan; we have seen enforcement actions citing 30- and 60-day supplies shipped at the start of treatment.</p>

<h2>5. Esketamine</h2>
<p>Esketamine nasal spray is subject to a REMS and may only be dispensed to and administered in certified healthcare settings. Virtual practices may evaluate patients and refer them to certified centres but cannot prescribe esketamine for home use. Practices co-managing patients with a certified centre should document the division of responsibilities in writing.</p>

<h2>6. Marketing</h2>
<p>Both the FTC and state attorneys general have pursued ketamine providers over advertising. Claims such as "cures depression", specific success percentages without substantiation, "guaranteed approval" and testimonials that are not representative are high-risk. Affiliate and influencer arrangements should include disclosure obligations and content controls. Practices should also monitor for, and act against, websites impersonating them, which have become common.</p>

<h2>7. Illicit sellers and reputational risk</h2>
<p>A growing number of websites sell ketamine directly to consumers while using the vocabulary of telehealth. These operations are outside the law and are increasingly the subject of criminal investigations. Legitimate practices should ensure that nothing in their own workflows, such as automatic approvals, refill-on-demand or payment in cryptocurrency without clinical contact, could be mistaken for the same model.</p>

<h2>Key questions for your practice</h2>
<ol>
<li>Can we show a synchronous, documented evaluation for every patient prescribed ketamine?</li>
<li>Is every prescriber licensed where each patient is located?</li>
<li>Do we check the PDMP before each prescription where required?</li>
<li>Are our pharmacy relationships free of volume-based payments?</li>
<li>Have our marketing materials been reviewed by counsel in the last twelve months?</li>
</ol>
<p>For further information, please contact the authors or your usual Harlan Whitcomb contact.</p>
<p class="disclaimer"><small>This alert is for general information only and does not constitute legal advice. Prior results do not guarantee a similar outcome. Attorney advertising.</small></p>
</article>
</main>
<footer><p>&copy; 2026 Harlan Whitcomb LLP &middot; <a href="/privacy">Privacy</a> &middot; <a href="/disclaimer">Disclaimer</a></p></footer>
""", noise="cookie")

p("h11435", "https://soundmind-harmreduction.example/guides/ketamine", "informational", False, "en",
  "harm-reduction-long-guide-drug-checking", "Ketamine: A Harm Reduction Guide | SoundMind Harm Reduction Collective", """
<header>
<a class="logo" href="/">SoundMind <small>Harm Reduction Collective</small></a>
<nav><a href="/guides">Substance guides</a> <a href="/drug-checking">Drug checking</a> <a href="/naloxone">Free naloxone</a> <a href="/events">Festival outreach</a> <a href="/donate">Donate</a></nav>
</header>
<main>
<article>
<h1>Ketamine: a harm reduction guide</h1>
<p class="intro">We do not judge anyone for using drugs. This guide is for people who use ketamine, or are thinking about it, whether at parties, at home, or to cope with how they feel. It is written by our outreach team and reviewed by a pharmacist and a urologist. If you are using ketamine to manage depression, please also read the section near the end.</p>

<h2>What it is</h2>
<p>Ketamine is a dissociative anaesthetic. In hospitals and vet clinics it is used to put people and animals under. At lower doses it makes you feel detached from your body and surroundings. On the street it usually comes as a white or off-white crystalline powder, and is mostly snorted. It is also sold as liquid in vials, and occasionally in pills. Sometimes what is sold as ketamine is something else entirely.</p>

<h2>Effects and timing</h2>
<p>Snorted, effects start within 5 to 15 minutes, peak around 20 to 30 minutes and mostly wear off within an hour or so, although you may feel off for a few hours. Swallowed, it takes longer to start and lasts longer. Low doses feel floaty, warm, a bit drunk, with numbness and clumsiness. Higher doses can lead to a "K-hole": intense detachment, inability to move or speak properly, strong visual and spatial distortions. Some people find this profound; others find it terrifying.</p>

<h2>Check your drugs</h2>
<p>Analogues such as 2F-DCK, deschloroketamine and O-PCE are sometimes sold as ketamine. They can be stronger and last much longer, which raises the risk of redosing too early. In the last year our drug-checking service also found samples sold as ketamine that contained cathinones (stimulants), and a few that contained nothing active at all.</p>
<ul>
<li>Reagent tests (Mandelin, Morris, Mecke) can help rule some things out but cannot tell ketamine apart from all its analogues.</li>
<li>Our free, confidential drug-checking service uses infrared spectroscopy and can identify most common substances in about 20 minutes. See <a href="/drug-checking">drug checking</a> for times and locations.</li>
<li>Fentanyl test strips are free from our outreach van and drop-in centre. Opioid contamination of ketamine is uncommon but has been reported.</li>
</ul>

<h2>Dosing</h2>
<p>Start low and wait. Effects vary with purity, body weight and tolerance. A bump is a small amount, not a line. Wait at least 30 minutes before taking more. Keep track of what you take: it is easy to lose count. Tolerance builds very quickly with regular use, which pushes people towards larger and more frequent doses.</p>

<h2>Setting and safety</h2>
<ul>
<li>Sit or lie down somewhere safe before it kicks in. Many ketamine injuries come from falls.</li>
<li>Never use in or near water, including the bath.</li>
<li>Be with someone you trust who is not using, or at least tell someone.</li>
<li>Do not drive, cycle or operate anything for the rest of the day.</li>
<li>Do not use on a full stomach; vomiting while very dissociated can be dangerous. If someone is unresponsive, put them in the recovery position.</li>
<li>At parties, ketamine can make you unaware of your surroundings. Keep your belongings and your friends close.</li>
</ul>

<h2>Mixing</h2>
<p>Alcohol, GHB/GBL, benzodiazepines and opioids all slow down breathing and make vomiting and choking more likely; combining them with ketamine is the most common cause of serious harm. Stimulants such as cocaine or MDMA put extra strain on the heart. If you are on prescribed medication, especially for blood pressure, epilepsy or mental health, ask a pharmacist. Our drop-in pharmacist is available on Thursdays and will not report you.</p>

<h2>Your bladder</h2>
<p>Regular ketamine use can seriously damage the bladder and urinary tract. Early signs include needing to pee often and urgently, pain when peeing, and blood in your urine. "K cramps", severe abdominal pain, are another warning sign. The damage is often reversible if you stop early. If it progresses, it can be permanent and some people need surgery. Drinking more water helps you feel better but does not prevent the damage; cutting down does. If you have symptoms, see a doctor and tell them about your ketamine use. We can help you find a non-judgemental one.</p>

<h2>Dependence</h2>
<p>Ketamine can be habit-forming, particularly when people use it daily or to escape difficult feelings. Signs include using more to get the same effect, using alone more often, and feeling low or anxious when you stop. Support is available: our peer workers can talk you through options, including local services, without pressure.</p>

<h2>If you are using ketamine for depression</h2>
<p>We know many people have read about ketamine as a treatment and are trying to do it themselves because clinics are expensive or hard to get into. We understand. Please know that in research and in clinics, ketamine is used at measured doses, with blood pressure checks, in a calm setting, usually no more than once or twice a week, and alongside therapy. Using street or online-bought ketamine on your own is not the same thing: you cannot be sure what is in it, and it is easy to slide from occasional to daily use. If you can, talk to a GP or a mental health service about access to legitimate treatment. If you are going to use anyway, use the guidance above, and check your drugs.</p>

<h2>In an emergency</h2>
<p>Call emergency services if someone is unresponsive, having a seizure, has chest pain, or is breathing very slowly. Tell paramedics what was taken; they are there to help, not to arrest anyone.</p>
</article>
<aside><h3>Drop-in hours</h3><p>Mon, Wed, Fri 12&ndash;6pm<br>Thu 4&ndash;9pm (pharmacist present)</p></aside>
</main>
<footer><p>SoundMind Harm Reduction Collective is a registered charity. &copy; 2026 &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h11436", "https://longform-monthly.example/excerpts/the-quiet-room.txt", "informational", False, "en",
  "txt-magazine-feature-excerpt-culture-essay", "The Quiet Room (excerpt) - Longform Monthly", """
LONGFORM MONTHLY - December 2026 issue - Excerpt

THE QUIET ROOM
How an anaesthetic from the 1960s became the most talked-about drug in psychiatry, and what we are still getting wrong about it.

By Isobel Thorne

The first thing you notice in the infusion suite is the quiet. Not silence, exactly: there is the soft tick of a pump and, somewhere behind a wall, a nurse laughing at something on a phone. But the room itself seems to absorb sound. A man in his sixties lies in a recliner with a blanket to his chin and a pair of headphones the size of saucers. He used to be a long-haul pilot. Now, twice a month, he comes here to be, as he puts it, "unplugged and plugged back in".

Ketamine's journey from battlefield anaesthetic to party drug to psychiatric breakthrough is one of the stranger stories in modern medicine, and it is not finished. In the space of a decade the drug has acquired infusion clinics in strip malls, an approved nasal spray, a cottage industry of at-home programmes, celebrity endorsements, a shadow market of websites that sell it to anyone with a crypto wallet, and a body of research that is more promising, and more uncertain, than either its champions or its critics usually admit.

(The full feature appears in the print and digital December issue.)
""", ext="txt")

p("h11437", "https://diario-levante-digital.example/sucesos/2026/11/28/desarticulada-red-vendia-ketamina-telegram", "informational", False, "es",
  "noticia-larga-operacion-policial-precios-telegram", "Desarticulada una red que vendía ketamina por Telegram a toda España desde un almacén en Paterna | Diario Levante Digital", """
<header>
<a class="logo" href="/">Diario Levante <b>Digital</b></a>
<nav><a href="/valencia">Valencia</a> <a href="/sucesos">Sucesos</a> <a href="/economia">Economía</a> <a href="/sociedad">Sociedad</a> <a href="/deportes">Deportes</a> <a href="/suscribete">Suscríbete</a></nav>
</header>
<main>
<article>
<p class="antetitulo">SUCESOS &middot; OPERACIÓN "DISOCIA"</p>
<h1>Desarticulada una red que vendía ketamina por Telegram a toda España desde un almacén en Paterna</h1>
<p class="entradilla">La Guardia Civil detiene a once personas e interviene 38 kilos de ketamina, 4.000 viales de uso veterinario y 210.000 euros en criptomonedas. La organización se anunciaba como "tratamiento para la depresión sin esperas".</p>
<p class="firma">Laura Ferrando &middot; Valencia &middot; 28 de noviembre de 2026, 13:42</p>

<p>Agentes de la Guardia Civil han desarticulado una organización que, según los investigadores, distribuía ketamina a particulares de toda España y de otros cinco países europeos a través de canales de Telegram, páginas web y anuncios en redes sociales. La operación, denominada "Disocia", se ha saldado con once detenidos en las provincias de Valencia, Alicante, Madrid y Málaga, y con el registro de un almacén en el polígono industrial de Paterna donde, según fuentes de la investigación, se envasaba la sustancia.</p>
<p>Los agentes intervinieron 38 kilos de ketamina en cristal y en polvo, cerca de 4.000 viales de ketamina de uso veterinario, una máquina de envasado al vacío, más de 9.000 sobres acolchados, balanzas de precisión y dispositivos de almacenamiento de criptomonedas con un valor aproximado de 210.000 euros.</p>

<h2>"Sin receta y sin esperas"</h2>
<p>Según el comunicado de la Guardia Civil, la red utilizaba un lenguaje pensado para atraer a personas con problemas de salud mental. En sus páginas web y en sus canales se presentaba como un servicio de "ketamina terapéutica", con mensajes como "tratamiento para la depresión sin receta y sin esperas" o "la alternativa a las listas de la sanidad pública". Los investigadores han documentado al menos siete canales de Telegram, entre ellos @ketaterapia_es y @kcalma_envios, algunos con más de 6.000 suscriptores.</p>
<p>Los precios que figuraban en los canales oscilaban entre 35 y 45 euros por gramo de ketamina en cristal, 180 euros por un lote de cinco viales y 120 euros por un "espray nasal" que, según los primeros análisis del laboratorio de Sanidad, contenía ketamina disuelta en suero fisiológico en concentraciones muy variables. El pago se realizaba mediante bizum a cuentas de testaferros o en criptomonedas, y los paquetes se enviaban por mensajería ordinaria como "productos cosméticos".</p>

<h2>Denuncia de una farmacéutica</h2>
<p>La investigación comenzó a principios de año a raíz de la denuncia de una farmacéutica de Castellón que alertó de que varios clientes le preguntaban por un "espray de ketamina" que habían comprado por internet y que les había causado mareos intensos. Poco después, el servicio de toxicología de un hospital valenciano notificó tres ingresos de pacientes jóvenes con síntomas compatibles con una intoxicación por ketamina que aseguraban haberla adquirido por Telegram para tratarse una depresión.</p>
<p>Los agentes rastrearon los envíos hasta una empresa de paquetería de la comarca de l'Horta Nord y, a partir de ahí, identificaron a los responsables del almacén. Según fuentes próximas a la investigación, la ketamina de uso veterinario procedía de desvíos de distribuidores en otros países de la Unión Europea, mientras que la ketamina en cristal llegaba por vía marítima desde Asia.</p>

<h2>Perfil de los compradores</h2>
<p>La Guardia Civil ha analizado más de 4.000 pedidos registrados en los dispositivos intervenidos. Una parte importante de los compradores, según los investigadores, no eran consumidores habituales de drogas recreativas, sino personas que buscaban aliviar síntomas de depresión o ansiedad. "Es un perfil que nos preocupa mucho", ha explicado el teniente coronel responsable de la operación. "Personas vulnerables que creen que están comprando un medicamento y que reciben una sustancia de composición desconocida, sin ningún control médico".</p>

<h2>Lo que dicen los especialistas</h2>
<p>El psiquiatra Joaquín Esteve, jefe de sección de un hospital de Valencia que aplica esketamina en su unidad, recuerda que el uso terapéutico de este fármaco "se hace en un entorno hospitalario, con control de la tensión, con una dosis exacta y con un seguimiento estrecho". "Entiendo la desesperación de muchos pacientes ante las listas de espera", añade, "pero lo que se vende por Telegram no es un tratamiento. Es un riesgo".</p>
<p>Desde la asociación de reducción de riesgos Energy Control recuerdan que ofrecen análisis gratuitos y anónimos de sustancias y que en el último año han detectado muestras vendidas como ketamina que contenían otras sustancias, entre ellas análogos como la 2F-DCK.</p>

<h2>Cargos</h2>
<p>A los detenidos se les imputan delitos contra la salud pública, pertenencia a organización criminal y blanqueo de capitales. Ocho de ellos han quedado en libertad con cargos y tres han ingresado en prisión provisional por orden del Juzgado de Instrucción de Paterna, que ha decretado el secreto de las actuaciones. La investigación sigue abierta y no se descartan más detenciones.</p>
<p class="nota">Si usted o alguien cercano está pasando por un momento difícil, puede llamar a la línea de atención a la conducta suicida 024, gratuita y confidencial.</p>
</article>
<aside><h3>Lo más leído</h3><ul><li><a href="/valencia/ampliacion-puerto">La ampliación del puerto, a debate</a></li><li><a href="/deportes/derbi">Crónica del derbi</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Diario Levante Digital &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/politica-cookies">Cookies</a></p></footer>
""", noise="cookie-es")

p("h11438", "https://drogenhilfe-nordstadt.example/substanzen/ketamin", "informational", False, "de",
  "drogenberatung-safer-use-langer-text-drug-checking", "Ketamin – Infos und Safer Use | Drogenhilfe Nordstadt e.V.", """
<header>
<a class="logo" href="/">Drogenhilfe Nordstadt <small>e.V.</small></a>
<nav><a href="/beratung">Beratung</a> <a href="/substanzen">Substanzen</a> <a href="/drug-checking">Drug-Checking</a> <a href="/kontaktladen">Kontaktladen</a> <a href="/spenden">Spenden</a></nav>
</header>
<main>
<article>
<h1>Ketamin: Informationen und Safer Use</h1>
<p class="intro">Diese Seite richtet sich an Menschen, die Ketamin konsumieren oder darüber nachdenken. Wir urteilen nicht. Unser Ziel ist, dass niemand zu Schaden kommt. Die Informationen wurden von unserem Team aus Sozialarbeiterinnen, Peer-Beratern und einer Ärztin zusammengestellt.</p>

<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkosemittel, das in der Human- und Tiermedizin eingesetzt wird. Es gehört zu den dissoziativen Substanzen: Es kann das Gefühl erzeugen, vom eigenen Körper und der Umgebung getrennt zu sein. In der Partyszene wird es meist als weißes, kristallines Pulver geschnupft. In Deutschland ist Ketamin ein verschreibungspflichtiges Arzneimittel; der Besitz ohne Rezept kann nach dem Arzneimittelgesetz strafbar sein. Esketamin, eine Form des Moleküls, ist als Nasenspray zur Behandlung schwerer Depressionen zugelassen und wird nur unter ärztlicher Aufsicht angewendet.</p>

<h2>Wirkung</h2>
<p>Geschnupft setzt die Wirkung nach etwa 5 bis 15 Minuten ein und hält 45 bis 90 Minuten an. In niedriger Dosierung beschreiben Konsumierende ein leichtes, schwebendes Gefühl, Wärme, Gleichgültigkeit und Koordinationsprobleme. Bei höheren Dosen kann es zum sogenannten K-Hole kommen: starke Loslösung vom Körper, Bewegungs- und Sprechunfähigkeit, intensive Wahrnehmungsveränderungen. Manche erleben das als tiefgreifend, andere als beängstigend.</p>

<h2>Risiken</h2>
<ul>
<li><strong>Unfälle:</strong> Durch Gleichgewichtsstörungen und Schmerzunempfindlichkeit kommt es häufig zu Stürzen und Verletzungen.</li>
<li><strong>Mischkonsum:</strong> Mit Alkohol, GHB/GBL, Benzodiazepinen oder Opioiden steigt das Risiko von Atemdepression, Bewusstlosigkeit und Erbrechen mit Erstickungsgefahr deutlich.</li>
<li><strong>Blase und Harnwege:</strong> Regelmäßiger Konsum kann die Blase schwer schädigen (Ketamin-Zystitis). Warnzeichen sind häufiger Harndrang, Schmerzen beim Wasserlassen und Blut im Urin.</li>
<li><strong>Psyche:</strong> Häufiger Konsum kann Gedächtnis und Konzentration beeinträchtigen und zu Abhängigkeit führen.</li>
<li><strong>Unklare Inhaltsstoffe:</strong> Als Ketamin verkaufte Substanzen enthalten manchmal Analoga wie 2F-DCK oder andere Stoffe.</li>
</ul>

<h2>Safer-Use-Tipps</h2>
<ul>
<li>Lass deine Substanz testen. Unser Drug-Checking ist kostenlos und anonym (Dienstag 16–20 Uhr im Kontaktladen).</li>
<li>Fang mit einer kleinen Menge an und warte mindestens 30 Minuten, bevor du nachlegst.</li>
<li>Konsumiere nicht allein und nicht in der Nähe von Wasser, also auch nicht in der Badewanne.</li>
<li>Setz oder leg dich hin, bevor die Wirkung einsetzt.</li>
<li>Verwende ein eigenes Röhrchen und zerkleinere das Pulver fein, um die Nasenschleimhaut zu schonen.</li>
<li>Lege lange Pausen ein. Die Toleranz steigt sehr schnell.</li>
<li>Keine Mischung mit Alkohol und dämpfenden Substanzen.</li>
</ul>

<h2>Ketamin gegen Depressionen aus dem Internet?</h2>
<p>In unserer Beratung erleben wir immer öfter Menschen, die Ketamin oder "Esketamin-Spray" online ohne Rezept bestellt haben, weil sie von der Wirkung gegen Depressionen gelesen haben. Diese Angebote sind illegal, und die Qualität ist völlig unklar. Wir haben Proben gesehen, die gar kein Ketamin enthielten, und andere mit deutlich höherem Gehalt als angegeben. Eine ärztlich begleitete Behandlung findet mit genauer Dosierung, Blutdruckkontrolle und Nachbeobachtung statt. Wenn du Hilfe bei Depressionen suchst, sprich mit deiner Hausärztin, einer psychiatrischen Institutsambulanz oder mit uns: Wir helfen dir, den richtigen Weg zu finden.</p>

<h2>Notfall</h2>
<p>Wenn jemand nicht ansprechbar ist, krampft oder kaum atmet: 112 anrufen, stabile Seitenlage, bei der Person bleiben. Sag dem Rettungsdienst, was genommen wurde. Der Rettungsdienst informiert nicht automatisch die Polizei.</p>

<h2>Beratung</h2>
<p>Unsere Beratung ist kostenlos, vertraulich und auf Wunsch anonym. Du erreichst uns telefonisch unter 0231 000 4471 oder im Kontaktladen in der Beispielstraße 12, Montag bis Freitag 10–18 Uhr.</p>
</article>
</main>
<footer><p>Drogenhilfe Nordstadt e.V. &middot; gefördert durch die Stadt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h11439", "https://addictovigilance-grand-ouest.example/bulletins/2026-12-ketamine-achats-en-ligne", "informational", False, "fr",
  "bulletin-addictovigilance-regional-long", "Bulletin d'addictovigilance n° 42 – Kétamine : signaux liés aux achats en ligne | CEIP-A Grand Ouest", """
<header>
<a class="logo" href="/">CEIP-A Grand Ouest <small>Centre d'évaluation et d'information sur la pharmacodépendance – Addictovigilance</small></a>
<nav><a href="/bulletins">Bulletins</a> <a href="/declarer">Déclarer un cas</a> <a href="/outils">Outils</a> <a href="/equipe">L'équipe</a></nav>
</header>
<main>
<article>
<p class="num">Bulletin n° 42 &middot; décembre 2026</p>
<h1>Kétamine : signaux récents liés aux achats en ligne et à l'usage « auto-thérapeutique »</h1>

<h2>Éditorial</h2>
<p>Depuis plusieurs années, notre réseau observe une augmentation régulière des notifications impliquant la kétamine, d'abord dans un contexte festif, puis, plus récemment, chez des personnes qui déclarent l'utiliser pour soulager une dépression, une anxiété ou des douleurs chroniques. L'année 2026 marque une nouvelle étape : pour la première fois, plus de la moitié des cas notifiés à notre centre concernent des produits achetés sur internet ou via des messageries, souvent présentés comme des « traitements ». Ce bulletin fait le point sur ces signaux et propose quelques repères pour les professionnels de santé.</p>

<h2>Données régionales</h2>
<p>Entre le 1er janvier et le 31 octobre 2026, le CEIP-A a reçu 138 notifications impliquant la kétamine ou un analogue (contre 87 sur la même période en 2025). Parmi elles :</p>
<ul>
<li>74 mentionnaient un achat en ligne (site internet, réseau social ou messagerie de type Telegram ou WhatsApp) ;</li>
<li>41 rapportaient un objectif « auto-thérapeutique » explicite (dépression, idées suicidaires, stress post-traumatique, douleurs) ;</li>
<li>29 concernaient des complications urologiques (cystite, hydronéphrose), dont 6 ayant nécessité une prise en charge chirurgicale ;</li>
<li>18 décrivaient un trouble de l'usage caractérisé ;</li>
<li>9 impliquaient un analogue, principalement la 2-fluorodeschlorokétamine (2F-DCK), vendue comme « kétamine » ou comme « produit de recherche ».</li>
</ul>
<p>L'âge médian des patients était de 31 ans ; 58 % étaient des femmes, une proportion nettement plus élevée que dans les usages festifs.</p>

<h2>Ce que montrent les cas</h2>
<p>Plusieurs notifications décrivent un parcours similaire : une personne souffrant de dépression, informée par la presse ou les réseaux sociaux de l'efficacité de l'eskétamine, confrontée à des délais d'accès importants dans les structures autorisées, et qui finit par commander sur un site présentant des « sprays de kétamine » ou des « comprimés sublinguaux » sans ordonnance. Les produits reçus sont de composition variable. Dans les cas où une analyse a été possible, la teneur en kétamine allait de 0 à plus de 200 % de la quantité affichée.</p>
<p>Nous relevons également des consommations rapidement croissantes : plusieurs patients décrivent un passage d'une prise hebdomadaire « comme à l'hôpital » à une prise quotidienne en quelques semaines, avec apparition de symptômes urinaires.</p>

<h2>Vignettes cliniques</h2>
<p><strong>Cas 1.</strong> Une femme de 27 ans, suivie pour un épisode dépressif caractérisé, commande sur un site présenté comme une « clinique en ligne » des comprimés de kétamine, après un questionnaire de quelques minutes et un paiement en cryptomonnaie. Elle consulte aux urgences après la prise de deux comprimés pour un état dissociatif prolongé avec hypertension. L'analyse du produit restant retrouve de la kétamine associée à une cathinone de synthèse.</p>
<p><strong>Cas 2.</strong> Un homme de 35 ans, en attente d'une évaluation pour eskétamine, achète un « spray nasal de kétamine » via un compte Telegram. En quatre mois, la fréquence d'utilisation passe de hebdomadaire à pluriquotidienne. Il est adressé en urologie pour une cystite sévère et pris en charge en addictologie.</p>
<p><strong>Cas 3.</strong> Une femme de 44 ans, douloureuse chronique, achète de la kétamine vétérinaire sur un site étranger qui ne demandait aucune ordonnance. Elle chute à domicile pendant l'effet et se fracture le poignet.</p>

<h2>Rappels pharmacologiques</h2>
<p>La kétamine est un antagoniste des récepteurs NMDA. Son usage dans la dépression résistante repose sur l'eskétamine en pulvérisation nasale, administrée exclusivement dans un établissement de santé, sous surveillance, avec un suivi de la pression artérielle et une observation d'au moins deux heures. La kétamine intraveineuse est utilisée hors AMM dans certains centres hospitaliers, dans le cadre de protocoles. Aucun de ces usages ne correspond à une auto-administration à domicile sans suivi.</p>
<p>La toxicité urologique de la kétamine est dose- et durée-dépendante. Elle peut être réversible à l'arrêt si elle est reconnue précocement.</p>

<h2>Repères pour les professionnels</h2>
<ol>
<li>Interroger, sans jugement, les patients déprimés ou douloureux chroniques sur un éventuel usage de kétamine obtenue hors circuit médical.</li>
<li>Évoquer une atteinte urologique liée à la kétamine devant une pollakiurie, des brûlures mictionnelles ou une hématurie inexpliquées chez un adulte jeune.</li>
<li>Orienter les patients en demande vers les structures autorisées à administrer l'eskétamine ou vers une consultation spécialisée en psychiatrie.</li>
<li>Informer les usagers de l'existence de dispositifs d'analyse de produits (par exemple via les CAARUD).</li>
<li>Déclarer au CEIP-A tout cas grave ou inattendu, ainsi que tout cas d'abus ou de dépendance.</li>
</ol>

<h2>Signalement des sites</h2>
<p>Les sites internet proposant des médicaments soumis à prescription sans ordonnance peuvent être signalés sur la plateforme PHAROS du ministère de l'Intérieur. Nous rappelons que l'achat de médicaments sur internet n'est autorisé en France qu'auprès de pharmacies d'officine autorisées, et uniquement pour des médicaments non soumis à prescription.</p>

<h2>Pour déclarer</h2>
<p>Formulaire en ligne sur le portail national de signalement des événements sanitaires indésirables, ou directement auprès de notre centre par téléphone au 02 00 00 58 30.</p>
</article>
</main>
<footer><p>CEIP-A Grand Ouest &middot; réseau français d'addictovigilance &middot; <a href="/mentions-legales">Mentions légales</a></p></footer>
""", noise="cookie-fr")

p("h11440", "https://almeida-prado-advogados.example/artigos/vender-cetamina-pela-internet-e-crime", "informational", False, "pt",
  "artigo-escritorio-advocacia-brasil-venda-online-cetamina", "Vender cetamina pela internet é crime? O que diz a lei brasileira | Almeida Prado Advogados", """
<header>
<a class="logo" href="/">Almeida Prado <small>Advogados Associados</small></a>
<nav><a href="/escritorio">O escritório</a> <a href="/areas">Áreas de atuação</a> <a href="/equipe">Equipe</a> <a href="/artigos">Artigos</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<article>
<p class="area">Direito Penal Econômico &middot; Direito Sanitário</p>
<h1>Vender cetamina pela internet é crime? O que diz a lei brasileira</h1>
<p class="autores">Dra. Beatriz Almeida Prado (OAB/SP) e Dr. Henrique Sato (OAB/SP) &middot; 19 de novembro de 2026</p>
<p>Nos últimos meses, nosso escritório recebeu consultas de naturezas muito diferentes sobre o mesmo tema: a cetamina. Clínicas querem saber se podem anunciar sessões de infusão nas redes sociais; médicos perguntam sobre a prescrição por telemedicina; e, do outro lado, pessoas que compraram ou venderam o produto pela internet procuram orientação depois de receber uma intimação. Este artigo procura responder, em linguagem acessível, às dúvidas mais frequentes.</p>

<h2>O que é a cetamina do ponto de vista regulatório</h2>
<p>A cetamina consta da Portaria SVS/MS n.º 344/1998, que regula as substâncias sujeitas a controle especial no Brasil. Sua prescrição exige receituário de controle especial, e sua dispensação só pode ocorrer em farmácias e estabelecimentos autorizados, com escrituração. A escetamina em spray nasal tem registro na Anvisa e é administrada em ambiente clínico, sob supervisão.</p>
<p>Na medicina veterinária, a cetamina também é amplamente usada, e sua comercialização é fiscalizada pelo Ministério da Agricultura. A venda de produto veterinário a pessoa física sem receita de médico-veterinário é irregular.</p>

<h2>Vender sem receita: quais crimes podem estar envolvidos?</h2>
<p>Dependendo das circunstâncias, a venda de cetamina pela internet sem prescrição pode ser enquadrada em diferentes tipos penais. O artigo 273 do Código Penal pune quem vende, expõe à venda ou distribui produto destinado a fins terapêuticos ou medicinais falsificado, sem registro ou de procedência ignorada, com penas elevadas. Há também discussão sobre a aplicação da Lei de Drogas (Lei n.º 11.343/2006), conforme a classificação da substância nas listas da Anvisa e a finalidade do comércio. A jurisprudência sobre o enquadramento exato ainda não é uniforme, e cada caso exige análise específica.</p>
<p>Em investigações recentes, a polícia tem identificado vendedores que se apresentam como "clínicas online" ou "farmácias" e que recebem pagamentos por PIX em contas de terceiros, com pedidos feitos por Telegram ou WhatsApp. Nesses casos, podem somar-se acusações de associação criminosa e lavagem de dinheiro.</p>

<h2>E quem compra?</h2>
<p>O comprador não está automaticamente livre de consequências. A aquisição para uso próprio de substância controlada sem receita pode, a depender da classificação e da quantidade, configurar a conduta do artigo 28 da Lei de Drogas, que não prevê prisão, mas medidas como advertência e prestação de serviços. Quando a quantidade sugere revenda, a situação muda. Pessoas que compraram "para tratar depressão" frequentemente não têm consciência de que estão adquirindo uma substância controlada de origem desconhecida.</p>

<h2>Afiliados e blogs</h2>
<p>Uma questão cada vez mais comum é a responsabilidade de quem divulga. Blogs e perfis que publicam longos textos sobre os benefícios da cetamina e, ao final, indicam uma loja que vende sem receita, recebendo comissão, podem ser alcançados pela lei penal como participantes da venda, a depender da prova de vínculo e de dolo. Também podem responder civilmente por danos a consumidores.</p>

<h2>E a telemedicina?</h2>
<p>A Resolução CFM n.º 2.314/2022 regulamenta a telemedicina no Brasil. Ela permite consultas a distância, mas a prescrição de substâncias de controle especial deve observar as regras sanitárias, inclusive quanto ao tipo de receita e à assinatura eletrônica qualificada. Serviços sérios de telepsiquiatria costumam avaliar o paciente por vídeo e, quando há indicação de escetamina, encaminhá-lo a uma clínica habilitada para a aplicação. Não há amparo legal para o envio de cetamina ao domicílio do paciente por um "serviço" que apenas aplica um questionário.</p>

<h2>Clínicas: cuidados com publicidade</h2>
<p>Clínicas que oferecem infusão de cetamina ou aplicação de escetamina podem divulgar seus serviços, respeitando o Código de Ética Médica e as resoluções do CFM sobre publicidade. Promessas de cura, antes e depois e depoimentos sensacionalistas são vedados. Divulgar preços e pacotes não é, por si só, irregular.</p>

<h2>Casos recentes</h2>
<p>Em 2026, operações policiais em diferentes estados identificaram perfis em redes sociais que anunciavam "tratamento com cetamina sem consulta", com envio pelos Correios e pagamento por PIX. Em um dos casos, o responsável mantinha um blog de saúde com dezenas de artigos que terminavam com o contato de um canal no Telegram. Em outro, uma suposta "clínica digital" aprovava pedidos com base em um formulário on-line, sem qualquer contato com médico. Em ambos, os investigados foram indiciados, entre outros, pelo artigo 273 do Código Penal. Também há registro de ações civis públicas movidas pelo Ministério Público contra plataformas que hospedavam esses anúncios.</p>
<p>Do lado das clínicas, os conselhos regionais de medicina abriram procedimentos éticos contra publicidade que prometia resultados garantidos com cetamina, mas não contra a simples divulgação de preços.</p>

<h2>Recomendações</h2>
<ul>
<li>Para pacientes: busque atendimento com psiquiatra e desconfie de ofertas sem consulta.</li>
<li>Para clínicas e médicos: documente a avaliação, mantenha receituário adequado e revise sua publicidade.</li>
<li>Para quem foi intimado: não preste depoimento sem orientação jurídica.</li>
</ul>
<p class="aviso"><small>Este artigo tem caráter informativo e não substitui a consulta a um advogado. Almeida Prado Advogados Associados &middot; São Paulo.</small></p>
</article>
</main>
<footer><p>&copy; 2026 Almeida Prado Advogados Associados &middot; <a href="/privacidade">Privacidade</a></p></footer>
""", noise="cookie-pt")

save(OUT, R)
