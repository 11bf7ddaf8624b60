# Batch 124 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "The shop in the story". Long and medium pages (roughly 400-1,800 words) whose genre and owner
# differ. Sellers whose own page is written as history, law, science or news, with the shop's order
# line, price block or contact buried somewhere inside (history-of-ketamine shop, "is it legal" guide
# by a vendor, research-chemical pharmacology essay, fake news doorway to a no-Rx esketamine pharmacy,
# questionnaire-only "clinic" science blog, vendor post in a rave-history forum thread, Telegram
# "science digest" channel, vet-supply history article, and es/de/fr/nl/pt/it shops dressed as news,
# legal notes, pharmacology, scene history and encyclopaedia). Next to them: real news, law-firm,
# scientific, government and harm-reduction pages that quote sellers' ads at length, and telehealth
# and clinic blog posts full of history, law and science (with their own prices, booking and
# membership blocks).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium article pages,
# and four shorter plain-text excerpts of about 200 words (ext="txt"): a Telegram channel post, a telehealth newsletter, a pain
# clinic newsletter and a prosecutor's press release.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch124.py (writes batch124/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch124")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14): the shop in the story

p("h12401", "https://ketamine-heritage-store.example/journal/from-parke-davis-to-today", "seller", True, "en",
  "shop-written-as-history", "From Parke-Davis to Today: Sixty Years of Ketamine | Heritage Store Journal", """
<header class="masthead">
<div class="promo-strip">Winter dispatch: all parcels leave in vacuum-sealed, odour-proof, unbranded packaging &middot; Reship guarantee on every order</div>
<a class="brand" href="/">KETAMINE HERITAGE <span>store &amp; journal</span></a>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/journal">Journal</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a> <a href="/cart">Cart (0)</a></nav>
</header>
<div class="layout">
<article class="journal-entry">
<p class="kicker">The Journal &middot; Long read &middot; 11 min</p>
<h1>From Parke-Davis to today: sixty years of a molecule that refused to stay in one box</h1>
<p class="byline">By the Heritage editorial desk &middot; updated November 2026</p>

<p>Few medicines have led as many lives as ketamine. It has been an anaesthetic on battlefields, a
workhorse in veterinary surgeries, a fixture of the 1990s club circuit, a subject of psychiatric
trials and, most recently, the parent compound of a nasal spray approved for treatment-resistant
depression. This essay traces that history, because we believe our customers deserve to understand
the substance they buy from us and the long story they are joining.</p>

<h2>1. A chemist looking for something safer</h2>
<p>In the late 1950s the Detroit pharmaceutical company Parke-Davis was searching for an anaesthetic
that could replace phencyclidine. PCP worked, but patients woke up agitated, sometimes delirious for
hours. In 1962 the chemist Calvin Stevens synthesised a shorter-acting cousin, a compound the lab
catalogued as CI-581. Early animal work suggested it produced deep analgesia while leaving breathing
and blood pressure comparatively stable, a profile that excited the company's pharmacologists.</p>
<p>The first human studies took place in 1964 at a Michigan prison, where volunteers received the drug
under the supervision of Edward Domino and Guenter Corssen. The subjects described floating, being
disconnected from their limbs, or drifting in empty space. Domino's wife is often credited with
suggesting the phrase "dissociative anaesthetic", which stuck and is still used in textbooks.</p>

<h2>2. The war and the operating theatre</h2>
<p>Approval by the U.S. Food and Drug Administration followed in 1970, and the timing mattered. Field
surgeons in Vietnam needed an agent that did not require a ventilator, a steady power supply or an
anaesthetist at every bed. Ketamine could be given into a muscle, kept the airway reflexes largely
intact and worked in heat and mud. It earned a reputation as the battlefield anaesthetic and later
became a staple of disaster medicine and of hospitals with few resources. The World Health
Organization still lists it among its essential medicines.</p>

<h2>3. Vets, horses and the long middle years</h2>
<p>Through the 1970s and 1980s ketamine settled into veterinary practice. Combined with xylazine it
remains a standard induction for horses, and small-animal clinics use it with benzodiazepines. That
veterinary supply chain would become important later, because many of the vials that reached the
street in the 1990s were diverted from animal clinics rather than made in clandestine labs.</p>

<h2>4. Special K and the club years</h2>
<p>Recreational use had been reported since the early 1970s, particularly on the American west coast,
where the physician and writer John Lilly experimented with it alongside his isolation tanks. But the
real surge came with the rave and house scenes of the late 1980s and 1990s. Users snorted the powder
in small "bumps"; higher doses produced the state the scene nicknamed the "K-hole". In 1999 the United
States placed ketamine in Schedule III of the Controlled Substances Act. The United Kingdom made it
Class C in 2006 and moved it to Class B in 2014, partly because of bladder damage seen in heavy users.</p>

<h2>5. The depression story</h2>
<p>In 2000 a small Yale study led by Robert Berman and John Krystal reported that a single sub-anaesthetic
infusion lifted depressive symptoms within hours. Carlos Zarate's group at the National Institute of
Mental Health replicated the finding in 2006. Those papers launched a wave of private infusion clinics
and, in March 2019, the FDA approval of esketamine nasal spray under the brand name Spravato, sold with
a restrictive safety programme that requires patients to be observed for two hours after each dose.</p>

<h2>6. Why the history matters to us</h2>
<p>We started this store because the medical route is closed to most people. Infusion clinics charge
four or five hundred dollars a session, waiting lists are long and the nasal spray can only be taken
in a certified office. The molecule itself is sixty years old and off patent. We think adults are
entitled to the same substance that surgeons, vets and researchers have used for decades, without
having to sit in a waiting room or explain themselves to a stranger.</p>

<aside class="order-box" id="order">
<h3>Order from the Heritage collection</h3>
<table class="prices">
<tr><th>Product</th><th>Size</th><th>Price</th></tr>
<tr><td>Ketamine HCl crystal shards (racemic, 99.4%)</td><td>3 g</td><td>$105</td></tr>
<tr><td>Ketamine HCl crystal shards (racemic, 99.4%)</td><td>10 g</td><td>$290</td></tr>
<tr><td>Ketamine HCl fine powder</td><td>25 g</td><td>$620</td></tr>
<tr><td>Ketalar-type 50 mg/ml vials (10 ml)</td><td>5 vials</td><td>$240</td></tr>
</table>
<p>No prescription or consultation needed. Payment in Bitcoin, Monero or USDT (TRC-20); 10% off for
Monero. Orders placed before 2 pm ship the same day by tracked post in stealth packaging. Lost or
seized parcels are reshipped free once. Questions: Telegram <b>@heritage_k_desk</b> or Wickr <b>heritagek</b>.</p>
<p><a class="button" href="/shop/ketamine">Go to shop &rarr;</a></p>
</aside>

<h2>7. What comes next</h2>
<p>Researchers are now studying arketamine, the other mirror-image half of the molecule, as well as
psilocybin-like rapid antidepressants. Whatever the labs produce next, ketamine's first sixty years
show a substance that moves freely between the hospital, the farm and the dance floor. We expect the
next chapter to be written by individuals rather than institutions.</p>
<p class="refs"><small>Sources: Domino EF, "Taming the ketamine tiger", Anesthesiology 2010; Berman RM et al.,
Biol Psychiatry 2000; Zarate CA et al., Arch Gen Psychiatry 2006; FDA press release, 5 March 2019.</small></p>
</article>
<aside class="sidebar">
<h4>From the shop</h4>
<ul><li>Crystal shards 3 g &ndash; $105</li><li>Fine powder 25 g &ndash; $620</li><li>Starter scale + spoon kit &ndash; $19</li></ul>
<h4>Journal</h4>
<ul><li><a href="/journal/k-and-the-bladder">K and the bladder: what the studies say</a></li><li><a href="/journal/customs">How customs screening really works</a></li><li><a href="/journal/arketamine">Arketamine explained</a></li></ul>
</aside>
</div>
<footer><p>&copy; 2026 Ketamine Heritage. All products sold for collectors and historical interest. Ships worldwide except AU and NZ.</p></footer>
""", noise="cookie")

p("h12402", "https://k-legal-guide.example/is-it-legal-to-buy-ketamine-online-2026", "seller", True, "en",
  "shop-written-as-legal-guide", "Is It Legal to Buy Ketamine Online in 2026? A Plain-English Legal Guide", """
<header>
<a href="/" class="logo">KLegalGuide</a>
<nav><a href="/">Guides</a> <a href="/laws-by-country">Laws by country</a> <a href="/laws-by-state">Laws by state</a> <a href="/store">Store</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Is it legal to buy ketamine online? The 2026 plain-English guide</h1>
<p class="disclaimer"><em>This article is general information, not legal advice. Laws change; check your local rules.</em></p>

<p>Every week we receive the same question from readers: "Can I legally order ketamine on the internet
and have it delivered to my home?" The honest answer is that it depends on who you are, where you
live, how the product is labelled and what you intend to do with it. Below we walk through the main
legal frameworks, explain the difference between scheduling and enforcement, and share what our own
customers have experienced.</p>

<h2>Scheduling: what the law says on paper</h2>
<p>In the United States, ketamine is a Schedule III controlled substance under the federal Controlled
Substances Act. That means it has an accepted medical use and a moderate potential for abuse.
Possession is lawful when it is obtained with a valid prescription from a practitioner registered
with the Drug Enforcement Administration. Esketamine, the S-enantiomer sold as Spravato, falls under
the same schedule and is further restricted by an FDA safety programme.</p>
<p>In the United Kingdom ketamine is a Class B drug under the Misuse of Drugs Act 1971. In Canada it is
listed in Schedule I of the Controlled Drugs and Substances Act. Most EU countries control it either
as a narcotic or as a prescription-only medicine. Australia lists it as Schedule 8.</p>

<h2>The "research chemical" exception people talk about</h2>
<p>Many readers have heard that a product labelled "for research purposes only" or "not for human
consumption" sits in a grey zone. That is partly true for some novel analogues that have not been
named in any schedule. For ketamine itself the label changes nothing on paper. In practice, however,
enforcement tells a different story, which we cover in the next section.</p>

<h2>Enforcement: what actually happens</h2>
<p>Customs agencies screen a tiny share of incoming mail. Small personal quantities, under about
ten grams, are rarely the focus of an investigation; authorities prioritise large importers. When a
small parcel is intercepted, the most common outcome reported by our customers is a seizure letter,
not an arrest. In our experience, which covers more than 14,000 shipments since 2019, fewer than 1
in 200 parcels were stopped, and every stopped order was reshipped at no cost.</p>
<p>Some readers worry about controlled delivery, where police let a package arrive and then knock on
the door. This does happen, mostly in larger cases. Using a name that matches the mailbox and
ordering modest amounts keeps you in the category that authorities ignore.</p>

<h2>State law in the U.S.</h2>
<p>States mostly mirror federal scheduling. A few, including Oregon and Colorado, have reformed
psychedelic laws, but ketamine is not covered by those programmes. Penalties for simple possession
range from a misdemeanour to a low-level felony. Expungement is available in many states for first
offences.</p>

<h2>Prescriptions and telehealth</h2>
<p>The only fully lawful route is a prescription. Telehealth services have made that easier since
2020, but they require a video evaluation, monitoring, and often a costly membership. Many people
find that they are refused because of blood pressure, previous substance use or a history of
psychosis. That is why the informal route remains popular.</p>

<div class="store-callout" id="store">
<h3>Our store: how it works</h3>
<p>KLegalGuide is reader-supported through our own store. We sell lab-tested ketamine HCl with no
prescription and no questionnaire, and we ship from inside the destination region so there is no
customs crossing for the EU, the UK and the U.S.</p>
<ul>
<li>5 g &ndash; &euro;150 / $160</li>
<li>10 g &ndash; &euro;270 / $285</li>
<li>28 g &ndash; &euro;600 / $640</li>
</ul>
<p>Pay by Bitcoin, Litecoin or Amazon gift cards (gift cards +10%). Stealth packaging as standard. Order on
Telegram <b>@klegal_store</b> or through the encrypted form on <a href="/store">/store</a>. Please do not
mention the product name in the chat; refer to item codes K5, K10, K28.</p>
</div>

<h2>Frequently asked legal questions</h2>
<h3>Can I be prosecuted for a parcel I did not open?</h3>
<p>Prosecutors normally need to show knowledge. Refusing to sign for a parcel and not contacting the
sender are common strategies people mention, although nothing is guaranteed.</p>
<h3>Does a doctor's letter help?</h3>
<p>A letter from a doctor stating that you are being treated for depression does not make an
unprescribed purchase lawful, but it may influence how a case is handled.</p>
<h3>Is esketamine easier to obtain?</h3>
<p>No. It is dispensed only to certified health-care settings. We do not carry it.</p>

<p class="update"><small>Last reviewed: October 2026. Written by our editorial team with input from customers in nine countries.</small></p>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/store">Store</a> &middot; &copy; KLegalGuide</footer>
""", noise="cookie")

p("h12403", "https://arylchem-research.example/library/arylcyclohexylamines-structure-activity", "seller", True, "en",
  "research-chemical-vendor-pharmacology-essay", "Arylcyclohexylamines: Structure, Receptor Binding and Our Reference Standards | ArylChem Research", """
<header class="top">
<a href="/" class="logo">ArylChem <span>Research Supply</span></a>
<nav><a href="/catalogue">Catalogue</a> <a href="/library">Scientific library</a> <a href="/coa">Certificates of analysis</a> <a href="/shipping">Shipping</a> <a href="/account">Account</a> <a href="/basket">Basket</a></nav>
<p class="notice">All products are sold strictly for in-vitro laboratory research. Not for human or veterinary use.</p>
</header>
<main class="library">
<h1>Arylcyclohexylamines: structure, receptor binding and what the literature says</h1>
<p class="meta">Scientific library &middot; Review article &middot; 2,100 citations screened</p>

<h2>Abstract</h2>
<p>The arylcyclohexylamine family includes some of the most studied dissociative compounds in
pharmacology: phencyclidine (PCP), ketamine and its enantiomers, and a range of newer analogues such as
2-fluorodeschloroketamine (2F-DCK), deschloroketamine (DCK), methoxetamine (MXE) and
O-desmethyltramadol-like hybrids. This review summarises their core scaffold, the structural changes
that shift potency and duration, and the receptor data that researchers use when selecting reference
standards.</p>

<h2>1. The scaffold</h2>
<p>All members share a cyclohexane ring bearing an aryl group and an amine at the same carbon. In
ketamine the aryl ring carries a chlorine at the ortho position, the cyclohexane carries a ketone at
C2 and the nitrogen is a secondary methylamine. Removing the chlorine gives deschloroketamine, which is
reported to be roughly two to three times more potent in rodent models and longer acting. Replacing the
chlorine with fluorine gives 2F-DCK, which sits between the two in potency. Moving the ketone and
adding a 3-methoxy group produces methoxetamine, first sold in 2010 and subsequently controlled in many
jurisdictions.</p>

<h2>2. NMDA receptor antagonism</h2>
<p>The principal mechanism is non-competitive blockade of the N-methyl-D-aspartate receptor at the
phencyclidine site inside the channel pore. Ketamine binds with a Ki of roughly 0.5 to 1 micromolar;
esketamine binds about three to four times more strongly than arketamine. Because the block is
use-dependent, the drug preferentially enters channels that are open, which helps explain why effects
differ by brain region and activity state. Downstream, sub-anaesthetic concentrations are associated
with a glutamate surge, AMPA receptor activation and release of brain-derived neurotrophic factor, a
cascade that many groups link to synaptogenesis in the prefrontal cortex.</p>

<h2>3. Other targets</h2>
<p>At higher concentrations, ketamine interacts with mu and kappa opioid receptors, dopamine D2
receptors, sigma sites and hyperpolarisation-activated HCN1 channels. Metabolites matter as well: the
hydroxynorketamine (2R,6R)-HNK has been proposed as an active antidepressant metabolite that does not
block NMDA receptors at relevant concentrations, although that claim remains debated.</p>

<h2>4. Pharmacokinetics in brief</h2>
<p>Ketamine is metabolised mainly by CYP3A4 and CYP2B6 to norketamine. Oral bioavailability is low,
around 16 to 20 percent, because of first-pass metabolism; intranasal bioavailability is higher,
typically 45 to 50 percent. Elimination half-life is about 2.5 hours. Data for 2F-DCK and DCK come
mostly from case reports and small in-vitro studies, and suggest longer half-lives.</p>

<h2>5. Choosing a reference standard</h2>
<p>Laboratories working on forensic identification, receptor assays or metabolite studies require
well-characterised material. Every batch in our catalogue is supplied with an HPLC-UV chromatogram,
a 1H-NMR spectrum and GC-MS data.</p>

<section class="catalogue-excerpt" id="products">
<h3>Related products in stock</h3>
<table>
<tr><th>Code</th><th>Compound</th><th>Form</th><th>Purity</th><th>1 g</th><th>5 g</th><th>25 g</th><th></th></tr>
<tr><td>AC-101</td><td>Ketamine HCl (racemic)</td><td>crystalline</td><td>&ge;99.5%</td><td>$55</td><td>$190</td><td>$720</td><td><button>Add to basket</button></td></tr>
<tr><td>AC-104</td><td>2F-Deschloroketamine HCl</td><td>crystalline</td><td>&ge;99.2%</td><td>$48</td><td>$170</td><td>$640</td><td><button>Add to basket</button></td></tr>
<tr><td>AC-107</td><td>Deschloroketamine HCl</td><td>powder</td><td>&ge;99.0%</td><td>$52</td><td>$180</td><td>$690</td><td><button>Add to basket</button></td></tr>
<tr><td>AC-112</td><td>O-PCE HCl</td><td>powder</td><td>&ge;98.7%</td><td>$60</td><td>$210</td><td>&mdash;</td><td><button>Add to basket</button></td></tr>
</table>
<p>No institutional account, licence or end-user declaration required for orders under 100 g. We accept
Bitcoin, Ethereum and bank transfer. Dispatched from EU and U.S. warehouses in discreet packaging;
reshipping policy applies to parcels held by customs. Bulk enquiries: sales@arylchem-research.example
or Telegram @arylchem_sales.</p>
</section>

<h2>6. Regulatory note</h2>
<p>Ketamine is controlled in most countries. Several analogues, including MXE and DCK, have been placed
under national control, while others remain unlisted in some jurisdictions. Researchers are
responsible for complying with local regulations. Products are not medicines and are not for human
consumption.</p>

<h2>References</h2>
<ol class="refs">
<li>Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018.</li>
<li>Morris H, Wallach J. From PCP to MXE: a comprehensive review of the non-medical use of dissociative drugs. Drug Test Anal. 2014.</li>
<li>Mion G, Villevieille T. Ketamine pharmacology: an update. CNS Neurosci Ther. 2013.</li>
</ol>
</main>
<footer><p>ArylChem Research Supply &middot; For laboratory use only &middot; <a href="/terms">Terms of sale</a></p></footer>
""", noise="cookie")

p("h12404", "https://daily-health-wire.example/2026/11/spravato-shortage-patients-turn-online", "seller", True, "en",
  "fake-news-doorway-to-no-rx-pharmacy", "Spravato Shortage Leaves Patients Scrambling: Where People Are Turning Now | Daily Health Wire", """
<header class="newsbar">
<a class="logo" href="/">DAILY HEALTH WIRE</a>
<nav><a href="/">Latest</a> <a href="/mental-health">Mental Health</a> <a href="/pharma">Pharma</a> <a href="/deals">Deals</a> <a href="/about">About</a></nav>
</header>
<main class="story">
<p class="section">MENTAL HEALTH &middot; November 21, 2026</p>
<h1>Spravato shortage leaves patients scrambling &mdash; here is where people are turning now</h1>
<p class="dek">Certified treatment centres report wait times of up to 14 weeks. A growing number of
patients are finding another route.</p>
<p class="byline">By Megan Ashford, Health Correspondent</p>

<p>When Danielle, a 41-year-old teacher from Ohio, called her treatment centre in October to book her
next esketamine session, she was told the earliest slot was in February. "I had finally found
something that worked after eight antidepressants," she said. "And now I was being told to wait four
months."</p>
<p>Her story is becoming familiar. Since the summer, several certified centres have reported
difficulties keeping up with demand for the nasal spray, which under federal rules can only be
administered in an approved setting where patients are observed for two hours. Industry analysts
point to staffing gaps, insurance prior-authorisation delays and a surge in new referrals after
broader insurance coverage took effect this year.</p>

<h2>Why the rules are so strict</h2>
<p>Esketamine was approved in 2019 with a Risk Evaluation and Mitigation Strategy because of the risks
of sedation, dissociation and misuse. Patients cannot take the device home. Each session typically
requires a chair, a nurse and blood-pressure checks before and after the dose. Critics say the
framework made sense at launch but now limits access for people who have already shown they tolerate
the drug.</p>

<h2>The alternative more patients are using</h2>
<p>Dozens of readers who contacted Daily Health Wire described bypassing the queue through
international online pharmacies. One of the most frequently mentioned is
<a href="https://rapid-esketa-pharmacy.example/?ref=dhw">RapidEsketa Pharmacy</a>, which ships
esketamine nasal devices and generic ketamine nasal spray directly to U.S. addresses.</p>
<p>We tested the service ourselves. The order took under five minutes: there was no prescription upload,
no video call and no questionnaire beyond an age confirmation. A pack of three 28 mg devices cost $289,
roughly a third of the U.S. list price, and arrived in plain packaging nine days later. The site
accepts cards through a third-party processor, as well as Bitcoin.</p>
<blockquote>"I was sceptical, but the box arrived sealed and the devices looked identical to what I got at
the clinic," said Marcus, 36, from Arizona, who now orders every month.</blockquote>

<div class="deal-box">
<p class="label">READER OFFER</p>
<p><strong>RapidEsketa Pharmacy</strong> &mdash; esketamine 28 mg nasal device (3-pack) $289; generic
ketamine nasal spray 10 ml $119. No prescription needed. Use code <b>WIRE20</b> for 20% off your
first order. <a class="cta" href="https://rapid-esketa-pharmacy.example/?ref=dhw&amp;code=WIRE20">Check availability &rarr;</a></p>
<p class="small">Daily Health Wire may earn a commission from purchases made through links in this article.</p>
</div>

<h2>What doctors say</h2>
<p>Not everyone is comfortable. A psychiatrist we spoke to, who asked not to be named, cautioned that
"dosing at home takes away the monitoring that the label requires." Others argue that adults who
already tolerate the drug should be trusted to manage it.</p>
<p>For Danielle, the choice was simple. "I ordered on a Sunday night and had it on Friday," she said. "I
still see my therapist. I just don't wait four months anymore."</p>

<h2>Related</h2>
<ul><li><a href="/deals/ketamine-nasal-spray-online">Best places to buy ketamine nasal spray online (2026)</a></li>
<li><a href="/mental-health/esketamine-vs-ketamine">Esketamine vs ketamine: what's the difference?</a></li></ul>
</main>
<footer><p>Daily Health Wire is an independent publisher. Content is for information only and is not medical advice. &copy; 2026</p></footer>
""", noise="cookie")

p("h12405", "https://mindreset-ketamine-care.example/blog/science-of-rapid-relief", "seller", True, "en",
  "questionnaire-only-clinic-science-blog", "The Science of Rapid Relief: How Ketamine Rewires the Depressed Brain | MindReset Ketamine Care", """
<div class="announce">Now serving all 50 states &middot; Approval in as little as 15 minutes &middot; No appointments, no waiting rooms</div>
<header>
<a class="logo" href="/">MindReset <small>Ketamine Care</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/blog">Science blog</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Start assessment</a></nav>
</header>
<main>
<article>
<p class="cat">Science blog</p>
<h1>The science of rapid relief: how ketamine rewires the depressed brain</h1>
<p class="author">Reviewed by our Medical Content Team &middot; 9 min read</p>

<p>For most of the twentieth century, depression research revolved around three chemical messengers:
serotonin, norepinephrine and dopamine. Almost every antidepressant prescribed today targets one or more
of them. These medicines help many people, but they typically take four to eight weeks to work, and
about a third of patients never reach remission even after trying several. Ketamine opened a
completely different chapter.</p>

<h2>Glutamate: the brain's busiest signal</h2>
<p>Glutamate is the most abundant excitatory neurotransmitter in the brain. It drives learning, memory
and the strengthening of connections between neurons. Ketamine blocks one of its receptors, the
NMDA receptor, particularly on inhibitory interneurons. Paradoxically, that leads to a brief burst of
glutamate release onto other receptors called AMPA receptors. The burst triggers a signalling cascade
involving BDNF and a protein complex called mTOR, which tells neurons to build new synapses.</p>
<p>In animal studies, chronic stress causes neurons in the prefrontal cortex to lose dendritic spines,
the tiny protrusions where synapses form. A single dose of ketamine restores many of those spines within
24 hours. Imaging studies in humans suggest a parallel change in connectivity between brain networks
involved in mood, attention and self-referential thought.</p>

<h2>Breaking the loop of rumination</h2>
<p>People with depression often describe thinking the same painful thoughts over and over. Researchers
link this to overactivity in the default mode network. Several studies report that ketamine
temporarily loosens this network's grip, giving patients a window in which therapy, exercise and new
habits can take hold more easily. Clinicians sometimes call this the "neuroplasticity window".</p>

<h2>What the trials show</h2>
<p>Since the first randomised trial in 2000, dozens of studies have found that a single sub-anaesthetic
dose reduces depressive symptoms within hours, with effects lasting from several days to two weeks.
Repeated dosing extends the benefit. A 2023 head-to-head study found ketamine non-inferior to
electroconvulsive therapy for non-psychotic treatment-resistant depression. Rapid reductions in
suicidal thinking are among the most consistent findings.</p>

<h2>Is oral or sublingual ketamine as good as IV?</h2>
<p>Intravenous infusions deliver a precise dose, but many patients do well with sublingual tablets or
troches taken at home. Lower bioavailability is offset by a higher milligram dose. The key is
consistency and a calm setting.</p>

<section class="how" id="get-started">
<h2>How MindReset works</h2>
<ol>
<li><b>Fill in our 3-minute online questionnaire.</b> No video visit, no phone call, no lab work.</li>
<li><b>Instant approval.</b> Our system reviews your answers and, in most cases, approves your plan automatically within 15 minutes.</li>
<li><b>Your medication ships.</b> Ketamine troches or rapid-dissolve tablets arrive in 2&ndash;4 days in discreet packaging.</li>
</ol>
<div class="pricing">
<p><b>Starter:</b> 8 troches &times; 200 mg &mdash; $149</p>
<p><b>Monthly:</b> 16 troches &times; 300 mg, auto-refill &mdash; $229/month</p>
<p><b>Intensive:</b> 30 troches &times; 400 mg &mdash; $349</p>
<p>We accept all major cards, Apple Pay and crypto. HSA/FSA friendly receipts available on request.</p>
</div>
<p><a class="btn" href="/start">Start my assessment &rarr;</a></p>
<p class="fine">Approval is not guaranteed but 97% of applicants are approved. Dose increases can be requested from your dashboard at any time and are processed without a new assessment.</p>
</section>

<h2>Safety basics</h2>
<p>Ketamine can raise blood pressure briefly and cause dizziness, nausea and a dreamy, dissociated
feeling. Use it seated or lying down, do not drive for the rest of the day and avoid alcohol. If
you have uncontrolled high blood pressure or a history of psychosis, talk to your own doctor first.</p>

<h3>References</h3>
<p class="refs">Berman 2000; Zarate 2006; Li N et al., Science 2010; Anand A et al., NEJM 2023.</p>
</article>
</main>
<footer><p>MindReset Ketamine Care &middot; Telehealth wellness platform &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h12406", "https://oldskool-rave-forum.example/threads/the-k-years-1994-2001-memories-thread.88213/page-7", "seller", True, "en",
  "vendor-post-in-history-forum-thread", "The K years 1994-2001: memories thread | Page 7 | OldSkool Rave Forum", """
<header><a href="/">OldSkool Rave Forum</a> <nav><a href="/forums">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/login">Log in</a></nav></header>
<div class="crumbs"><a href="/forums">Forums</a> &rsaquo; <a href="/forums/history">Scene history &amp; nostalgia</a> &rsaquo; The K years 1994-2001: memories thread</div>
<main class="thread">
<h1>The K years 1994-2001: memories thread</h1>

<article class="post" id="post-1402">
<p class="user">bassline_barry &middot; Joined 2007 &middot; Posts 3,118</p>
<p>Picking this back up. Someone on page 5 asked when K actually turned up at the big parties in the UK.
From what I remember it was around '94 at the Spiral-type free parties, came in via the vet route and
people thought it was a dodgy batch of E. By '97 there were whole back rooms of people stood completely
still at 4 am. Different era. Half the people I knew who leaned on it hard ended up with bladder
problems by 2010.</p>
</article>

<article class="post" id="post-1403">
<p class="user">moonshadow_kt &middot; Joined 2011 &middot; Posts 412</p>
<p>Glasgow was a bit later I think. 98, 99. Remember the news panic when it got classified in 2006, the
papers went on about horse tranquiliser every single week. Honestly the tunes from that era are the only
thing I miss.</p>
</article>

<article class="post" id="post-1404">
<p class="user">Kestrel_Supplies &middot; Joined Oct 2026 &middot; Posts 6</p>
<p>great thread lads, brings back memories. was at Castlemorton as a kid with my older brother lol.</p>
<p>for anyone who misses the old days and doesnt want to deal with street cut rubbish, im doing proper
needlepoint shards, tested, same quality as the 99 vet stuff. UK to UK next day tracked, all vac sealed
and in a gift box, looks like a candle order.</p>
<p>prices: 3.5g &pound;70 &middot; 7g &pound;120 &middot; 14g &pound;210 &middot; 28g &pound;380. postage &pound;5. btc or ltc only, no bank.
ordering on telegram <b>@kestrel_uk</b> or session id in my profile. dont DM me on here the mods read everything.
reships on anything lost. been going since 2019 with 100s of happy customers, feedback on dread.</p>
</article>

<article class="post" id="post-1405">
<p class="user">bassline_barry &middot; Posts 3,118</p>
<p>@mods can someone bin this please. Every memories thread gets a spammer now.</p>
</article>

<article class="post" id="post-1406">
<p class="user">Kestrel_Supplies &middot; Posts 7</p>
<p>no need to be like that mate just offering. still got shards in, telegram @kestrel_uk, first order
gets a free gram on anything 14g or over.</p>
</article>

<article class="post" id="post-1407">
<p class="user">dj_ferric &middot; Joined 2005 &middot; Posts 8,880</p>
<p>Back on topic. I played a back room at a warehouse in Leeds in 2000 where the promoter had literally
put sofas down because half the crowd were horizontal. We slowed the whole set down to 110 bpm and it
worked. Anyone got the flyer for that? It was a purple and silver one with a moon on it.</p>
</article>
</main>
<aside class="sidebar"><h4>Similar threads</h4><ul><li>Free party sound systems 1990-1996</li><li>Flyer archive: Yorkshire</li><li>Who remembers the Eclipse in Coventry?</li></ul></aside>
<footer><a href="/rules">Forum rules</a> &middot; <a href="/contact">Contact staff</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12407", "https://t.example/neurosciencedigest_daily/4412", "seller", True, "en",
  "telegram-science-digest-channel-post", "Neuroscience Digest Daily", """
NEUROSCIENCE DIGEST DAILY (channel, 18.4K subscribers)
Post #4412, 3 December 2026

TODAY IN SCIENCE: Why does ketamine work so fast?

A new review in a major psychiatry journal pulls together twenty years of data. Key points:
1) Ketamine blocks NMDA receptors on inhibitory neurons, which releases a short burst of glutamate.
2) The burst activates AMPA receptors and BDNF signalling, and new synapses appear within a day in animal models.
3) The antidepressant effect in trials peaks at around 24 hours and fades over one to two weeks.
4) Esketamine nasal spray (approved 2019) needs a two-hour observation period in a certified setting.
5) Arketamine, the other enantiomer, may cause less dissociation; human trials are ongoing.

Our take: the "chemical imbalance" story never explained the 24-hour effect. Glutamate does.

---------------------------------
CHANNEL SHOP (pinned, updated weekly)
Ketamine HCl, pharma-grade crystal, lab report in the comments.
2 g = 60 USDT | 5 g = 130 USDT | 10 g = 240 USDT | 50 g = 950 USDT
Esketamine nasal devices 28 mg, box of 2 = 180 USDT
No script needed. USDT (TRC-20), BTC or XMR. EU and UK dispatch, stealth, free reship.
Order: DM @nsd_orders with item code and postcode. Do not order through the comments.
---------------------------------

Tomorrow: psilocybin versus escitalopram, the 2021 trial revisited.
""", ext="txt")

p("h12408", "https://equine-farm-vetsupply.example/articles/ketamine-in-veterinary-anaesthesia-history", "seller", True, "en",
  "vet-supply-history-article-sells-to-anyone", "Ketamine in Veterinary Anaesthesia: A History | Equine & Farm Vet Supply", """
<header>
<div class="utility">Call 0800-555-0142 &middot; Free delivery over &pound;80 &middot; Next-day dispatch</div>
<a class="logo" href="/">Equine &amp; Farm <b>Vet Supply</b></a>
<nav><a href="/equine">Equine</a> <a href="/farm">Farm</a> <a href="/small-animal">Small animal</a> <a href="/anaesthesia">Anaesthesia &amp; sedation</a> <a href="/articles">Articles</a> <a href="/basket">Basket</a></nav>
</header>
<main>
<article>
<h1>Ketamine in veterinary anaesthesia: a short history</h1>
<p class="meta">Knowledge hub &middot; Written by our product team</p>

<p>Ketamine arrived in veterinary practice almost as soon as it entered human medicine. Within a few
years of its 1970 approval for people, practitioners were using it in cats, primates and exotic
species, valuing its wide safety margin and the fact that it could be injected into a muscle when an
intravenous line was impractical. By the end of the decade it had become one of the most widely used
injectable agents in the profession.</p>

<h2>The horse problem</h2>
<p>Horses present a particular challenge. They are large, flighty animals that can injure themselves
and staff during induction and recovery. Given alone, ketamine causes muscle rigidity in horses, so
it was paired with an alpha-2 agonist, first xylazine and later detomidine or romifidine, to produce
a smooth induction. The "xylazine-ketamine" combination remains a classic field anaesthetic for
castrations and short procedures on the yard, and guaifenesin is often added to prolong the effect.</p>

<h2>Cats, dogs and the "kitty magic" era</h2>
<p>In small-animal practice ketamine was combined with diazepam or midazolam for induction, or with
medetomidine and butorphanol as an intramuscular "triple" for fractious cats. Modern protocols use
smaller doses as part of multimodal analgesia, including constant-rate infusions during surgery to
reduce wind-up pain. Ketamine is also used in rabbits and in zoo and wildlife darting.</p>

<h2>Diversion and regulation</h2>
<p>Because veterinary practices held large stocks, they became a target for theft in the 1990s, and
regulators tightened storage requirements. In the UK ketamine is a Schedule 2 controlled drug under the
Misuse of Drugs Regulations for safe-custody purposes, and practices keep a controlled-drug register.</p>

<h2>Formulations</h2>
<p>Veterinary ketamine is supplied as a 100 mg/ml solution in 10 ml or 20 ml multi-dose vials, under
several brand names. The solution is clear, slightly acidic and contains a preservative.</p>

<section class="products" id="buy">
<h2>Shop anaesthesia products</h2>
<div class="product"><h3>Ketamine 100 mg/ml injection, 10 ml vial</h3><p>&pound;34.99 &middot; 5 for &pound;159 &middot; 10 for &pound;290</p><button>Add to basket</button></div>
<div class="product"><h3>Xylazine 20 mg/ml, 25 ml</h3><p>&pound;21.50</p><button>Add to basket</button></div>
<div class="product"><h3>Ketamine + syringe starter bundle (5 vials, 20 insulin syringes)</h3><p>&pound;175</p><button>Add to basket</button></div>
<p class="note">Prescription items: we do not require a veterinary prescription or practice registration
for these products &mdash; simply tick the "animal use" box at checkout. Shipped worldwide in plain
outer boxes; we also accept payment in Bitcoin for international customers. WhatsApp orders:
+44 7700 900614.</p>
</section>

<h2>Safety notes for handlers</h2>
<p>Keep vials locked away and out of reach of children. Accidental self-injection requires medical
attention. Dispose of sharps in a proper container.</p>
</article>
<aside class="sidebar"><h4>Popular in anaesthesia</h4><ul><li>Ketamine 100 mg/ml &ndash; from &pound;29/vial</li><li>Butorphanol 10 mg/ml</li><li>Acepromazine tablets</li></ul></aside>
</main>
<footer><p>Equine &amp; Farm Vet Supply Ltd &middot; <a href="/delivery">Delivery</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h12409", "https://noticias-bienestar-hoy.example/actualidad/ketamina-espana-que-esta-pasando", "seller", True, "es",
  "shop-written-as-news", "Ketamina en España: qué está pasando y por qué todos hablan de ella | Bienestar Hoy", """
<header class="cabecera">
<a class="logo" href="/">Bienestar<b>Hoy</b></a>
<nav><a href="/actualidad">Actualidad</a> <a href="/salud-mental">Salud mental</a> <a href="/tienda">Tienda</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article class="noticia">
<p class="seccion">ACTUALIDAD &middot; 28 de noviembre de 2026</p>
<h1>Ketamina en España: qué está pasando y por qué todo el mundo habla de ella</h1>
<p class="entradilla">Del quirófano a las consultas de psiquiatría, pasando por las fiestas de Ibiza: repasamos
la historia reciente de una sustancia que vuelve a estar en los titulares.</p>

<p>Hace apenas diez años, la palabra ketamina aparecía en la prensa española casi siempre ligada a
sucesos: incautaciones en el aeropuerto de Barajas, fiestas ilegales o la famosa "droga de los caballos".
Hoy la conversación es muy distinta. Hospitales públicos de Madrid, Barcelona y Valencia administran
esketamina en espray nasal a pacientes con depresión resistente desde que la Agencia Europea del
Medicamento la autorizó a finales de 2019, y varias clínicas privadas ofrecen infusiones intravenosas.</p>

<h2>Un anestésico con más de medio siglo</h2>
<p>La ketamina se sintetizó en 1962 en Estados Unidos y se utiliza en anestesia desde los años setenta.
En España forma parte del arsenal de urgencias y de los quirófanos veterinarios. Su uso recreativo
llegó con la música electrónica a finales de los noventa y se hizo visible en la costa mediterránea.
Los datos del Plan Nacional sobre Drogas muestran un consumo minoritario pero estable entre jóvenes
adultos.</p>

<h2>La revolución en salud mental</h2>
<p>Lo que ha cambiado la percepción pública es la investigación. Estudios publicados desde el año 2000
demuestran que una dosis baja puede aliviar la depresión en cuestión de horas, algo que ningún
antidepresivo clásico consigue. Psiquiatras consultados por este medio reconocen que "es el avance más
importante en décadas", aunque advierten de que su uso debe estar supervisado.</p>

<h2>El problema: listas de espera y precios</h2>
<p>La realidad para muchos pacientes es frustrante. En la sanidad pública el acceso depende de que el
especialista considere que la depresión es resistente y de la disponibilidad de sillones en el hospital
de día. En la privada, una sesión de infusión ronda los 400 o 500 euros. "Llevo dos años esperando",
nos cuenta Laura, de 34 años, desde Zaragoza.</p>

<h2>Cada vez más gente opta por la vía directa</h2>
<p>Ante esta situación, cada vez más lectores nos preguntan cómo conseguir ketamina de calidad sin pasar
por el sistema. En BienestarHoy hemos seleccionado un proveedor de confianza con el que trabajamos
desde 2022 y que distribuye directamente desde la península.</p>

<div class="caja-compra">
<h3>Pide tu ketamina con BienestarHoy</h3>
<ul>
<li>Ketamina cristal (aguja), pureza analizada &gt;99%: 2 g &ndash; 70 &euro; &middot; 5 g &ndash; 150 &euro; &middot; 10 g &ndash; 260 &euro;</li>
<li>Ketamina líquida en vial 50 mg/ml (10 ml): 55 &euro;</li>
</ul>
<p>Sin receta y sin cuestionarios. Envío en 24&ndash;48 h a toda la península en sobre neutro, sin remitente.
Pago por Bizum a nombre particular, transferencia o criptomonedas. Reenvío gratuito si el paquete se
pierde. Pedidos por WhatsApp al <b>+34 600 555 218</b> o por Telegram <b>@bienestarhoy_pedidos</b>.</p>
</div>

<h2>¿Qué dice la ley?</h2>
<p>La ketamina es un medicamento sujeto a prescripción y a control especial. Las autoridades centran
sus esfuerzos en las redes de tráfico a gran escala, no en el consumidor que compra para uso
personal. Aun así, recomendamos discreción y cantidades moderadas.</p>

<h2>Consejos de uso responsable</h2>
<p>No mezcles con alcohol, empieza con poca cantidad, hazlo en un lugar seguro y acompañado. El uso
frecuente puede dañar la vejiga, así que bebe agua y haz pausas largas.</p>
</article>
<aside class="lateral"><h4>Lo más leído</h4><ol><li>Microdosis: lo que dice la ciencia</li><li>CBD para dormir: guía 2026</li><li>Ketamina y ansiedad: testimonios</li></ol></aside>
</main>
<footer><p>BienestarHoy &copy; 2026 &middot; Contenido informativo &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("h12410", "https://ketamin-rechtsinfo.example/ratgeber/rechtslage-ketamin-kauf-deutschland", "seller", True, "de",
  "shop-written-as-legal-notes", "Rechtslage beim Ketamin-Kauf in Deutschland 2026 – Ratgeber | Ketamin Rechtsinfo", """
<header>
<a class="logo" href="/">Ketamin<b>Rechtsinfo</b></a>
<nav><a href="/ratgeber">Ratgeber</a> <a href="/urteile">Urteile</a> <a href="/bestellen">Bestellen</a> <a href="/faq">FAQ</a> <a href="/impressum">Impressum</a></nav>
</header>
<main>
<h1>Rechtslage beim Kauf von Ketamin in Deutschland &ndash; was Sie 2026 wissen müssen</h1>
<p class="hinweis">Stand: November 2026 &middot; Keine Rechtsberatung</p>

<h2>1. Ketamin ist kein Betäubungsmittel im Sinne des BtMG</h2>
<p>Anders als in vielen Nachbarländern ist Ketamin in Deutschland nicht in den Anlagen I bis III des
Betäubungsmittelgesetzes aufgeführt. Es handelt sich um ein verschreibungspflichtiges Arzneimittel
nach dem Arzneimittelgesetz (AMG) und der Arzneimittelverschreibungsverordnung. Esketamin, der
Wirkstoff des Nasensprays Spravato, ist seit Dezember 2019 in der EU zugelassen und ebenfalls
verschreibungspflichtig.</p>
<p>Diese Einordnung hat praktische Folgen: Der bloße Besitz kleiner Mengen zum Eigenverbrauch ist nach
herrschender Meinung nicht strafbar. Strafbar ist in erster Linie das unerlaubte Inverkehrbringen,
also der Handel ohne Erlaubnis (§ 95 AMG).</p>

<h2>2. Was gilt für die Bestellung aus dem Ausland?</h2>
<p>Nach § 73 AMG dürfen Arzneimittel grundsätzlich nur von Apotheken und zugelassenen Versandhändlern
nach Deutschland verbracht werden. Für den Privatimport in geringen Mengen gibt es Ausnahmen, die
jedoch an eine ärztliche Verschreibung gebunden sind. In der Praxis kontrolliert der Zoll nur einen
Bruchteil der Sendungen. Wird eine Sendung zurückgehalten, erhalten Empfänger meist ein Schreiben des
Zollamts mit der Möglichkeit, auf die Ware zu verzichten.</p>

<h2>3. Führerschein</h2>
<p>Die Fahrerlaubnisbehörde kann bei Hinweisen auf Konsum eine medizinisch-psychologische Untersuchung
anordnen. Fahren Sie niemals unter Einfluss; die Wirkung auf Reaktion und Wahrnehmung ist erheblich.</p>

<h2>4. Neue psychoaktive Stoffe</h2>
<p>Analoga wie 2F-DCK oder Deschloroketamin fallen inzwischen unter das Neue-psychoaktive-Stoffe-Gesetz
(NpSG), das die Stoffgruppe der Arylcyclohexylamine erfasst. Wir raten vom Erwerb solcher Substanzen ab
und führen sie nicht.</p>

<h2>5. Urteile aus der Praxis</h2>
<p>In den von uns ausgewerteten Fällen seit 2018 wurden Verfahren gegen Endabnehmer mit Mengen unter
20 Gramm fast ausnahmslos eingestellt. Ermittlungen richteten sich gegen Händler mit großen Mengen.</p>

<section class="bestellung" id="bestellen">
<h2>Bestellung bei Ketamin Rechtsinfo</h2>
<p>Unser Partnershop liefert aus Deutschland, dadurch entfällt die Zollkontrolle. Alle Chargen sind
laborgeprüft (GC-MS-Bericht auf Anfrage).</p>
<table>
<tr><th>Artikel</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Ketamin HCl, kristallin</td><td>3 g</td><td>95 &euro;</td></tr>
<tr><td>Ketamin HCl, kristallin</td><td>10 g</td><td>260 &euro;</td></tr>
<tr><td>Esketamin-Lösung 25 mg/ml, Sprühflasche 10 ml</td><td>1 Stk.</td><td>140 &euro;</td></tr>
</table>
<p>Kein Rezept, keine Registrierung. Versand als neutraler Brief (Einwurfeinschreiben) ohne Absender,
diskret verpackt. Bezahlung per Bitcoin, Monero oder Paysafecard. Bestellung über Telegram
<b>@ketaminrecht_shop</b> oder Threema-ID <b>K7X2P9QF</b>. Bei Verlust Neuversand ohne Aufpreis.</p>
</section>

<h2>6. Fazit</h2>
<p>Der sicherste Weg ist und bleibt eine ärztliche Verschreibung. Wer sich anders entscheidet, sollte
kleine Mengen bestellen, auf Qualität achten und die oben genannten Punkte kennen.</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; Alle Angaben ohne Gewähr.</footer>
""", noise="cookie-de")

p("h12411", "https://neuro-molecules.example/fr/ketamine-mecanisme-pharmacologie", "seller", True, "fr",
  "shop-written-as-pharmacology", "Kétamine : mécanisme d'action, pharmacocinétique et qualité | Neuro Molecules", """
<header>
<a class="logo" href="/fr/">Neuro<b>Molecules</b></a>
<nav><a href="/fr/science">Dossiers scientifiques</a> <a href="/fr/produits">Produits</a> <a href="/fr/livraison">Livraison</a> <a href="/fr/contact">Contact</a> <a href="/fr/panier">Panier</a></nav>
</header>
<main>
<article>
<h1>La kétamine : mécanisme d'action, pharmacocinétique et ce que disent les études</h1>
<p class="chapeau">Dossier scientifique &middot; Lecture : 8 minutes</p>

<h2>Une molécule chirale</h2>
<p>La kétamine est une arylcyclohexylamine synthétisée en 1962. Elle existe sous deux formes
énantiomères : l'eskétamine (S) et l'arkétamine (R). La forme utilisée en anesthésie est un mélange
racémique. L'eskétamine présente une affinité environ trois fois supérieure pour le récepteur NMDA ;
elle est commercialisée en spray nasal pour la dépression résistante depuis 2019 aux États-Unis et
depuis 2020 en France dans le cadre d'un accès encadré à l'hôpital.</p>

<h2>Le récepteur NMDA</h2>
<p>Le récepteur NMDA est un canal ionique activé par le glutamate et la glycine. La kétamine s'y lie
à l'intérieur du pore, sur le site dit de la phencyclidine, et bloque le passage des ions calcium. À
faible dose, ce blocage touche surtout les interneurones GABAergiques, ce qui libère paradoxalement
les neurones pyramidaux et provoque une libération transitoire de glutamate. Les récepteurs AMPA
ainsi stimulés déclenchent la voie BDNF&ndash;mTOR et la formation de nouvelles synapses dans le cortex
préfrontal.</p>

<h2>Pharmacocinétique</h2>
<p>Par voie intraveineuse, l'effet apparaît en moins d'une minute. Par voie nasale, la biodisponibilité
est d'environ 45 %, par voie orale de 16 à 20 % en raison d'un important effet de premier passage
hépatique. Le métabolisme fait intervenir les cytochromes CYP3A4 et CYP2B6 et produit la norkétamine,
elle-même active. La demi-vie d'élimination est d'environ deux heures et demie.</p>

<h2>Effets indésirables connus</h2>
<p>Dissociation, vertiges, nausées et hausse transitoire de la tension artérielle sont les effets les
plus fréquents. L'usage répété et à forte dose est associé à des cystites ulcéreuses et à des troubles
de la mémoire. L'association avec l'alcool, les opioïdes ou les benzodiazépines augmente le risque de
dépression respiratoire.</p>

<h2>Pourquoi la pureté compte</h2>
<p>Les analyses réalisées par les dispositifs de réduction des risques montrent que la kétamine vendue
dans la rue est parfois coupée ou remplacée par des analogues comme la 2F-DCK. C'est pourquoi nous
faisons analyser chaque lot par un laboratoire indépendant avant la mise en vente.</p>

<div class="encart-commande" id="commander">
<h3>Commander chez Neuro Molecules</h3>
<p><b>Kétamine HCl cristaux, lot NM-K26-11, pureté 99,6 %</b><br>
1 g : 38 &euro; &middot; 5 g : 160 &euro; &middot; 10 g : 290 &euro; &middot; 25 g : 640 &euro;</p>
<p>Sans ordonnance. Livraison discrète en France, Belgique, Suisse et Luxembourg sous 48 à 72 heures, colis
neutre sans mention du contenu. Paiement en Bitcoin, Monero ou coupons PCS. Commande par le formulaire
chiffré ou sur Signal/Telegram : <b>@neuromolecules_fr</b>. Réexpédition gratuite en cas de saisie.</p>
<p><a class="bouton" href="/fr/produits/ketamine-hcl">Ajouter au panier</a></p>
</div>

<h2>Références</h2>
<p class="refs">Zanos P. et al., Nature 2016 ; Mion G., Anesthésie et kétamine, 2017 ; HAS, avis de la commission de la transparence sur Spravato, 2020.</p>
</article>
</main>
<footer><p>Neuro Molecules &middot; Informations à caractère scientifique &middot; <a href="/fr/cgv">CGV</a></p></footer>
""", noise="cookie-fr")

p("h12412", "https://k-nostalgie-shop.example/verhalen/ketamine-in-de-nederlandse-dance-scene", "seller", True, "nl",
  "shop-written-as-scene-history", "Ketamine in de Nederlandse dance-scene: een geschiedenis | K-Nostalgie", """
<header>
<a href="/" class="logo">K-Nostalgie</a>
<nav><a href="/verhalen">Verhalen</a> <a href="/winkel">Winkel</a> <a href="/verzending">Verzending</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<h1>Ketamine in de Nederlandse dance-scene: van de Roxy tot nu</h1>
<p class="intro">Een lange terugblik op dertig jaar feesten, paniek in de media en veranderende regels.</p>

<p>Wie eind jaren tachtig in de Amsterdamse Roxy stond, kende vooral xtc en speed. Ketamine was toen
nog een middel uit de dierenkliniek, dat hooguit in kleine kringen rondging. Dat veranderde in de
jaren negentig, toen de gabberfeesten in Rotterdam en de grote house-evenementen in de Brabantse hallen
een nieuw publiek trokken. Via de Britse vrije-feestenscene kwam ook het snuiven van kleine lijntjes
ketamine overwaaien.</p>

<h2>De jaren negentig: onbekend en ongrijpbaar</h2>
<p>In die tijd wist bijna niemand precies wat ketamine was. Trimbos-voorlichters schreven in de late
jaren negentig voor het eerst over het middel, en het Drugs Informatie en Monitoring Systeem kreeg af
en toe monsters binnen die als xtc werden verkocht maar ketamine bleken te bevatten. Veel feestgangers
raakten daardoor onverwacht in een dissociatieve toestand.</p>

<h2>De stille groei na 2010</h2>
<p>Rond 2015 zagen hulpverleners een duidelijke toename, vooral in de techno-scene en in het
studentenleven. Ketamine werd goedkoper dan cocaïne en had een minder slecht imago. Tegelijk
verschenen de eerste berichten over blaasklachten bij zware gebruikers, iets wat urologen in
Hongkong en Engeland al eerder beschreven.</p>

<h2>Van feestmiddel naar medicijn</h2>
<p>In 2019 werd esketamine als neusspray goedgekeurd voor therapieresistente depressie, en enkele
Nederlandse ziekenhuizen en GGZ-instellingen begonnen met behandelingen onder toezicht. Dat zette het
middel opnieuw in het nieuws, nu als hoop voor patiënten die niets anders meer hielp.</p>

<h2>Regels en discussie</h2>
<p>Ketamine valt in Nederland onder de Geneesmiddelenwet. Over plaatsing op een lijst van de Opiumwet
wordt al jaren gediscussieerd. Voor gebruikers maakt het in de praktijk weinig uit: het blijft een middel
dat je niet zomaar bij de apotheek haalt.</p>

<div class="winkelblok" id="bestellen">
<h3>Uit de K-Nostalgie winkel</h3>
<p>Voor wie het oude gevoel wil terugvinden zonder gedoe op straat: wij leveren zuivere ketamine
(kristal, getest bij een onafhankelijk lab) zonder recept en zonder vragen.</p>
<ul>
<li>1 gram &ndash; &euro;30</li>
<li>5 gram &ndash; &euro;120</li>
<li>10 gram &ndash; &euro;210</li>
</ul>
<p>Discreet verzonden via brievenbuspakje, geen afzender. Betalen met Bitcoin of Monero; bestellen via
Telegram <b>@knostalgie</b> of Session. Verzending binnen Nederland en België, bij verlies sturen we opnieuw.</p>
</div>

<h2>Veilig feesten</h2>
<p>Gebruik niet alleen, combineer niet met alcohol of GHB en ga zitten als je voelt dat het te veel wordt.
Laat je pillen en poeders testen bij een testservice als je twijfelt.</p>
</article>
<aside><h4>Meer verhalen</h4><ul><li>Gabber en de Rotterdamse hallen</li><li>De eerste Dance Valley</li><li>Waarom ketamine zo goedkoop werd</li></ul></aside>
</main>
<footer>K-Nostalgie &middot; verhalen en winkel &middot; 18+</footer>
""", noise="cookie-nl")

p("h12413", "https://saude-direto-noticias.example/anvisa-cetamina-o-que-mudou", "seller", True, "pt",
  "shop-written-as-news-and-law", "Anvisa e a cetamina: o que mudou em 2026 e como conseguir | Saúde Direto", """
<header>
<a class="logo" href="/">Saúde<b>Direto</b></a>
<nav><a href="/noticias">Notícias</a> <a href="/legislacao">Legislação</a> <a href="/loja">Loja</a> <a href="/fale-conosco">Fale conosco</a></nav>
</header>
<main>
<article>
<p class="editoria">LEGISLAÇÃO &middot; 2 de dezembro de 2026</p>
<h1>Anvisa e a cetamina: o que mudou e por que ficou mais difícil tratar a depressão no Brasil</h1>

<p>A cetamina é usada em hospitais brasileiros há décadas como anestésico, sobretudo em pronto-socorros e
em procedimentos pediátricos. Nos últimos anos, ganhou espaço também na psiquiatria: a escetamina em
spray nasal foi aprovada pela Anvisa em 2020 para depressão resistente, e clínicas particulares em São
Paulo, Rio e Belo Horizonte passaram a oferecer infusões.</p>

<h2>O que diz a regulamentação</h2>
<p>A cetamina integra as listas de substâncias sujeitas a controle especial da Portaria 344/98, o que
exige receituário específico e retenção da receita na farmácia. Em 2026, novas orientações sanitárias
reforçaram as exigências para clínicas que aplicam o medicamento fora do ambiente hospitalar, incluindo
monitorização e presença de médico durante toda a sessão.</p>

<h2>Consequência: preços altos e filas</h2>
<p>Segundo pacientes ouvidos pela reportagem, uma sessão de infusão custa entre R$ 1.200 e R$ 2.500 em
clínicas privadas, e poucos planos de saúde cobrem o tratamento. No SUS, o acesso ainda é restrito a
alguns serviços universitários. "Me disseram que eu teria que esperar um ano", conta Renata, 29 anos, de
Curitiba.</p>

<h2>Uma história de meio século</h2>
<p>A cetamina chegou ao Brasil nos anos 1970 e tornou-se presença constante em centros cirúrgicos,
ambulâncias e clínicas veterinárias. Nos anos 2000 passou a aparecer nas festas de música eletrônica,
o que levou a apreensões e a reportagens sobre o chamado "special K". Hoje, a mesma molécula volta ao
noticiário como esperança para quem não melhora com antidepressivos comuns, e a procura nos buscadores
cresceu mais de 300% em cinco anos, segundo levantamento da própria equipe do site.</p>

<h2>Há alternativa?</h2>
<p>A equipe do Saúde Direto acompanha o tema há três anos e decidiu ajudar quem não consegue esperar.
Trabalhamos com um fornecedor que entrega cetamina de grau farmacêutico em todo o Brasil.</p>

<div class="box-loja" id="comprar">
<h3>Compre com o Saúde Direto</h3>
<p>Frasco-ampola de cetamina 50 mg/ml (10 ml): <b>R$ 290</b><br>
Kit 5 frascos: <b>R$ 1.250</b><br>
Cetamina em pó (cristal) 5 g: <b>R$ 850</b></p>
<p>Sem receita, sem consulta. Pagamento via PIX ou cripto; envio pelos Correios em embalagem discreta,
sem identificação do conteúdo, com código de rastreio. Atendimento e pedidos pelo WhatsApp
<b>(11) 9 5555-0187</b>. Se a encomenda extraviar, reenviamos sem custo.</p>
</div>

<h2>Cuidados importantes</h2>
<p>Não use sozinho, não misture com álcool e evite dirigir. Em caso de mal-estar, procure um pronto-socorro.
Este conteúdo tem caráter informativo.</p>

<h2>Leia também</h2>
<ul><li>Escetamina x cetamina: entenda a diferença</li><li>Depressão resistente: quando procurar ajuda</li></ul>
</article>
</main>
<footer><p>Saúde Direto &copy; 2026 &middot; <a href="/termos">Termos de uso</a></p></footer>
""", noise="cookie-pt")

p("h12414", "https://enciclopedia-sostanze.example/voci/ketamina", "seller", True, "it",
  "shop-written-as-encyclopaedia", "Ketamina – voce enciclopedica | Enciclopedia delle Sostanze", """
<header>
<a class="logo" href="/">Enciclopedia delle Sostanze</a>
<nav><a href="/voci">Voci A&ndash;Z</a> <a href="/categorie">Categorie</a> <a href="/acquista">Acquista</a> <a href="/contatti">Contatti</a></nav>
<form class="cerca"><input placeholder="Cerca una voce"></form>
</header>
<main class="voce">
<h1>Ketamina</h1>
<table class="infobox">
<tr><th>Nome IUPAC</th><td>2-(2-clorofenil)-2-(metilammino)cicloesan-1-one</td></tr>
<tr><th>Formula</th><td>C13H16ClNO</td></tr>
<tr><th>Massa molare</th><td>237,7 g/mol</td></tr>
<tr><th>Emivita</th><td>2,5&ndash;3 ore</td></tr>
<tr><th>Vie di somministrazione</th><td>EV, IM, intranasale, orale, sublinguale</td></tr>
</table>

<p>La <b>ketamina</b> è un farmaco anestetico generale appartenente alla classe delle arilcicloesilammine,
sintetizzato nel 1962 dal chimico Calvin Stevens presso i laboratori Parke-Davis. È inserita
nell'elenco dei medicinali essenziali dell'Organizzazione mondiale della sanità.</p>

<h2>Storia</h2>
<p>Dopo le prime sperimentazioni sull'uomo nel 1964, la ketamina fu approvata negli Stati Uniti nel 1970 e
utilizzata ampiamente durante la guerra del Vietnam. In Italia è entrata nella pratica anestesiologica
negli anni Settanta ed è tuttora impiegata in medicina d'urgenza, in pediatria e in veterinaria. L'uso
ricreativo si diffuse negli anni Novanta nei rave e nelle discoteche della riviera romagnola.</p>

<h2>Farmacologia</h2>
<p>Agisce principalmente come antagonista non competitivo del recettore NMDA. A dosi subanestetiche
produce analgesia e un effetto antidepressivo rapido, mentre a dosi più alte induce uno stato
dissociativo. Il metabolismo epatico avviene tramite CYP3A4 e CYP2B6, con formazione di norketamina.</p>

<h2>Uso in psichiatria</h2>
<p>Dal 2000 numerosi studi clinici ne hanno documentato l'efficacia nella depressione resistente. L'esketamina
in spray nasale è stata autorizzata dall'Agenzia europea per i medicinali nel 2019 e in Italia è
somministrata presso centri autorizzati.</p>

<h2>Status legale</h2>
<p>In Italia la ketamina è soggetta alla disciplina degli stupefacenti (DPR 309/1990) e la sua dispensazione
richiede prescrizione medica. Detenzione e cessione non autorizzate sono sanzionate.</p>

<div class="nota-acquisto" id="acquista">
<h3>Dove acquistare</h3>
<p>I lettori dell'Enciclopedia possono ordinare ketamina di qualità controllata direttamente dal nostro
fornitore partner, senza ricetta:</p>
<ul><li>Cristalli 2 g &ndash; 80 &euro;</li><li>Cristalli 5 g &ndash; 170 &euro;</li><li>Fiale 50 mg/ml, confezione da 5 &ndash; 140 &euro;</li></ul>
<p>Spedizione anonima in tutta Italia in 48 ore, pacco neutro. Pagamento in Bitcoin o ricarica Postepay.
Ordini esclusivamente su Telegram <b>@enciclo_shop</b> o WhatsApp <b>+39 333 555 0419</b>. Rispedizione
gratuita in caso di smarrimento.</p>
</div>

<h2>Uso veterinario</h2>
<p>In medicina veterinaria la ketamina è impiegata da decenni, spesso in associazione con xilazina o
medetomidina, per l'induzione dell'anestesia nel cavallo, nel gatto e negli animali esotici. Le fiale
veterinarie, in concentrazione di 100 mg/ml, sono state in passato una delle principali fonti di
diversione verso il mercato illecito.</p>

<h2>Uso ricreativo</h2>
<p>Negli anni Novanta e Duemila la ketamina si è diffusa nella scena dei rave party e della musica
elettronica, dove era nota come "special K" o semplicemente "K". A dosi elevate produce il cosiddetto
"K-hole", uno stato di profonda dissociazione con perdita temporanea del contatto con l'ambiente.</p>

<h2>Effetti avversi</h2>
<p>Ipertensione transitoria, nausea, confusione, allucinazioni; nell'uso cronico cistite ulcerativa e deficit
di memoria.</p>

<h2>Voci correlate</h2>
<ul><li><a href="/voci/esketamina">Esketamina</a></li><li><a href="/voci/fenciclidina">Fenciclidina</a></li><li><a href="/voci/metossetamina">Metossetamina</a></li></ul>
</main>
<footer>Testo disponibile secondo le condizioni del sito &middot; <a href="/privacy">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth (9): history, law and science on the blog

p("h12415", "https://harborline-telepsychiatry.example/blog/ketamine-a-history-in-five-rooms", "telehealth", False, "en",
  "telehealth-blog-history-long", "Ketamine, a History in Five Rooms | Harborline Telepsychiatry Blog", """
<header class="site">
<a class="logo" href="/">Harborline <span>Telepsychiatry</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/eligibility" class="btn">Check eligibility</a> <a href="/login">Patient login</a></nav>
</header>
<main class="post">
<p class="cat">History &amp; context</p>
<h1>Ketamine, a history in five rooms</h1>
<p class="byline">By Ruth Okafor, PMHNP-BC, and Daniel Whitcombe, MD &middot; Reading time 10 minutes</p>

<p>Patients often tell us in their first video visit that they are nervous because of what they have
heard about ketamine: horse tranquiliser, party drug, something from a crime drama. We understand. The
molecule has passed through many rooms in its sixty years, and the reputation it picked up in some of
them still follows it into ours. Here is a short tour.</p>

<h2>Room one: the laboratory (1962)</h2>
<p>Ketamine was made at Parke-Davis by Calvin Stevens as a gentler successor to phencyclidine. The goal
was an anaesthetic that did not leave patients delirious for hours afterward. The first human volunteers
in 1964 described a strange detachment from their surroundings, which led to the label "dissociative".
That word still describes the sensation many of our patients feel for part of a session: a sense of
distance from the body and from ordinary thought.</p>

<h2>Room two: the field hospital (1970s)</h2>
<p>Approved in 1970, ketamine became valuable wherever advanced anaesthesia equipment was scarce, from
military surgery to rural hospitals. Its relative safety for breathing and blood pressure is one reason
it remains on the World Health Organization list of essential medicines. It is also the reason we are
comfortable with at-home dosing for carefully selected patients, provided that the dose is modest and
the safeguards described below are in place.</p>

<h2>Room three: the dance floor (1990s)</h2>
<p>Recreational use became visible in the 1990s, and with it came real harms: accidents while
intoxicated, dependence in a minority of heavy users, and ulcerative cystitis from frequent high
doses. In 1999 the U.S. placed ketamine in Schedule III. We take this part of the history seriously. It
is why we screen for substance use disorders, check the state prescription monitoring database before
every prescription, and limit quantities to what a treatment plan actually needs.</p>

<h2>Room four: the research ward (2000 onwards)</h2>
<p>In 2000, a Yale team showed that a single low-dose infusion could reduce depressive symptoms within
hours. NIMH researchers confirmed it six years later. Since then, hundreds of studies have examined
intravenous, intranasal, intramuscular and oral routes. In 2019 the FDA approved esketamine nasal spray
for treatment-resistant depression, and in 2020 for depressive symptoms with suicidal thoughts. Oral
and sublingual ketamine remain off-label, which is legal and common in medicine, but it places the
responsibility for careful prescribing squarely on the clinician.</p>

<h2>Room five: your living room (now)</h2>
<p>Telehealth has made ketamine therapy possible for people who live hours away from an infusion clinic
or who cannot take half a day off for each session. It has also attracted companies that cut corners.
We built Harborline around a different idea: the living room can be a safe treatment setting only
when a real clinician knows the patient.</p>

<section class="process" id="how-we-work">
<h2>How treatment with Harborline works</h2>
<ol>
<li><b>Eligibility screen (10 minutes, online).</b> A first filter for obvious exclusions such as pregnancy, active psychosis or uncontrolled hypertension. Passing it does not mean you will be prescribed anything.</li>
<li><b>Psychiatric evaluation by video (60 minutes).</b> With one of our board-certified psychiatrists or psychiatric nurse practitioners licensed in your state. We review your history, previous treatments, current medications and blood-pressure readings, and ask for records from your primary care provider.</li>
<li><b>Decision.</b> About a third of people we evaluate are not offered ketamine; we refer them to other care.</li>
<li><b>Prescription to a partner pharmacy.</b> If ketamine is appropriate, your clinician sends an electronic prescription for sublingual tablets to a licensed 503A compounding pharmacy, which ships directly to you with signature on delivery.</li>
<li><b>First session with a live check-in.</b> Your first dose is taken during a video visit. You need a sober adult present for every session.</li>
<li><b>Follow-up.</b> Validated mood questionnaires before each session, monthly visits with your clinician, and integration sessions with our licensed therapists.</li>
</ol>
</section>

<section class="team">
<h2>Prescribing team</h2>
<p>Daniel Whitcombe, MD (psychiatry; licensed in CA, OR, WA, NV) &middot; Ruth Okafor, PMHNP-BC (NY, NJ, CT, MA) &middot;
Priya Raman, MD (psychiatry; TX, FL, GA) &middot; Luis Herrera, PMHNP (AZ, CO, NM, UT). All prescribers hold
DEA registrations in each state where they prescribe controlled substances.</p>
</section>

<section class="pricing-mini">
<h2>What it costs</h2>
<p>Initial psychiatric evaluation: $250. Monthly care membership (clinician visits, messaging, integration
groups): $199. Medication is billed by the pharmacy, usually $60&ndash;$110 per month. Many patients
submit superbills to insurance for the evaluation and follow-ups.</p>
</section>

<p class="close">History explains why ketamine is controlled and why it is promising. Neither fact alone
decides whether it is right for you. That is what the evaluation is for.</p>
</main>
<aside class="sidebar"><h4>More from the blog</h4><ul><li><a href="/blog/what-dissociation-feels-like">What dissociation feels like, described by patients</a></li><li><a href="/blog/blood-pressure-and-ketamine">Blood pressure and ketamine</a></li><li><a href="/blog/integration-basics">Integration basics</a></li></ul></aside>
<footer><p>Harborline Telepsychiatry, P.C. &middot; If you are in crisis, call or text 988. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/notice">Notice of privacy practices</a></p></footer>
""", noise="cookie")

p("h12416", "https://steadymind-virtual.example/resources/ketamine-telemedicine-law-explained", "telehealth", False, "en",
  "telehealth-blog-law-long", "Ketamine and Telemedicine Law, Explained by Our Compliance Team | SteadyMind Virtual Care", """
<header>
<a class="logo" href="/">SteadyMind <small>Virtual Care</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/clinicians">Clinicians</a> <a href="/resources">Resources</a> <a href="/faq">FAQ</a> <a href="/get-started" class="btn">Get started</a></nav>
</header>
<main>
<article>
<p class="cat">Resources &middot; Law &amp; policy</p>
<h1>Why we do what we do: ketamine and telemedicine law, explained</h1>
<p class="byline">By Hannah Lowery, JD, Chief Compliance Officer, with Marcus Bell, MD, Medical Director</p>

<p>New patients sometimes ask why our process takes longer than the advertisements they see on social
media that promise "ketamine in 24 hours". The short answer is that federal and state law set a floor
for prescribing a controlled substance remotely, and we think that floor is there for good reasons.
This article explains the main rules in plain language.</p>

<h2>1. Ketamine is a Schedule III controlled substance</h2>
<p>Under the Controlled Substances Act, a prescription for a controlled substance must be issued for a
legitimate medical purpose by a practitioner acting in the usual course of professional practice. That
phrase comes from a federal regulation, 21 CFR 1306.04, and it is the legal basis on which regulators
judge whether a prescription is valid. A form filled out online and approved by software does not meet
that standard.</p>

<h2>2. The Ryan Haight Act</h2>
<p>In 2008 Congress passed the Ryan Haight Online Pharmacy Consumer Protection Act after a teenager died
from drugs bought from an online pharmacy. The law generally requires at least one in-person medical
evaluation before a controlled substance is prescribed over the internet, with a list of exceptions.
During the COVID-19 public health emergency, the DEA issued temporary flexibilities allowing
practitioners to prescribe controlled medications by telemedicine without a prior in-person visit.
Those flexibilities have been extended several times while the agency works on permanent rules,
including a proposed special registration for telemedicine.</p>
<p>What this means for you: we follow the rule in force on the date of your prescription. If the
flexibilities lapse, patients who have not had an in-person evaluation will be asked to see one of
our affiliated in-person clinicians or their own physician before continuing.</p>

<h2>3. State licensure</h2>
<p>Medicine is licensed state by state. The clinician who evaluates you must be licensed in the state
where you are physically located during the visit, and must hold a DEA registration for that state.
That is why we ask where you are at the start of every video call, and why we cannot see you while
you are travelling in a state where we have no licensed prescriber.</p>

<h2>4. Prescription drug monitoring programmes</h2>
<p>Every state operates a database recording dispensed controlled substances. Most states require
prescribers to check it before prescribing ketamine. We check it before the first prescription and at
every renewal. Finding other controlled prescriptions does not automatically disqualify you, but we will
discuss it openly.</p>

<h2>5. Compounded versus approved products</h2>
<p>Esketamine nasal spray is FDA-approved but may only be given in certified health-care settings under
a Risk Evaluation and Mitigation Strategy; we do not prescribe it for home use. Oral and sublingual
ketamine used for depression is compounded by 503A pharmacies from a prescription for an individual
patient. The FDA has warned about compounded ketamine taken at home without monitoring. We take that
warning as a reason to monitor, not as a reason to ignore it.</p>

<h2>6. What the law does not allow, and what you should watch for</h2>
<p>We regularly hear from patients who first tried websites that sell ketamine after a questionnaire,
with no clinician ever speaking to them. Some ship from abroad; some take payment in cryptocurrency. These
operations are not telemedicine under any reading of the law. If a site does not tell you the name and
licence number of the clinician who will prescribe, treat that as a warning sign.</p>

<section class="how" id="our-process">
<h2>How our process meets these rules</h2>
<ul>
<li>Initial evaluation by live video with a psychiatrist or psychiatric nurse practitioner licensed in your state (no asynchronous approvals).</li>
<li>PDMP check, medication reconciliation and blood-pressure log before any prescription.</li>
<li>Prescriptions sent only to licensed partner pharmacies, which dispense to the patient named on the prescription and require a signature.</li>
<li>Follow-up visits at least monthly; no refills without a visit.</li>
<li>Programme fee: $295 for the evaluation; $179 per month for ongoing care. Medication is charged separately by the pharmacy.</li>
</ul>
<p><a class="btn" href="/get-started">Book an evaluation</a></p>
</section>

<p class="disclaimer"><small>This article is for general information and reflects our understanding as of
December 2026. It is not legal advice.</small></p>
</article>
</main>
<footer><p>SteadyMind Virtual Care &middot; Licensed prescribers in 31 states &middot; <a href="/licenses">Licences</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h12417", "https://lumen-ketamine-telehealth.example/learn/why-24-hours", "telehealth", False, "en",
  "telehealth-science-post-with-membership", "Why 24 Hours? The Biology Behind Ketamine's Speed | Lumen", """
<header><a href="/" class="logo">Lumen</a> <nav><a href="/learn">Learn</a> <a href="/membership">Membership</a> <a href="/care-team">Care team</a> <a href="/start">Start</a></nav></header>
<main>
<article>
<h1>Why 24 hours? The biology behind ketamine's speed</h1>
<p class="byline">Sana Iqbal, MD, PhD &middot; Psychiatrist and neuroscientist, Lumen care team</p>

<p>The question I am asked most in first appointments is how a medicine can work in a day when the
antidepressants people have tried took a month or more. Here is the short version of what
neuroscientists think is happening, with the caveat that the picture is still incomplete.</p>

<h2>A disinhibition story</h2>
<p>Ketamine blocks NMDA receptors. At low doses it seems to block them preferentially on
fast-spiking inhibitory interneurons, which normally act as brakes. With the brakes eased, pyramidal
neurons in the prefrontal cortex release a brief pulse of glutamate. That pulse acts on AMPA
receptors and sets off BDNF release and mTOR signalling, which support the growth of new synaptic
connections. In rodents, lost dendritic spines reappear within hours.</p>

<h2>A second story: resting-state blockade</h2>
<p>Another group of researchers argues that ketamine blocks NMDA receptors that are active at rest,
which halts a constant background signal and leads to the rapid synthesis of synaptic proteins. The
two accounts are not mutually exclusive.</p>

<h2>What about metabolites and opioid receptors?</h2>
<p>A metabolite called hydroxynorketamine may contribute, and one small study suggested that blocking
opioid receptors blunted the antidepressant effect. Later studies have been mixed. The honest answer is
that more than one mechanism may matter.</p>

<h2>Why dissociation is not the point</h2>
<p>Patients often assume that a stronger "trip" means a stronger antidepressant effect. The evidence is
mixed: some studies found a modest correlation, others none, and people who feel very little
dissociation can still respond. We therefore start with conservative doses and increase them only when
your clinician sees a reason to.</p>

<h2>Why this matters for treatment</h2>
<p>If new connections form within a day and fade within a week or two, what you do in that window
counts. That is why Lumen pairs medication with integration coaching and encourages patients to plan
therapy sessions for the days after a dose.</p>

<section class="membership">
<h2>Lumen membership</h2>
<p>$149 for your psychiatric evaluation by video with a licensed clinician; if you are a good fit,
membership is $229 per month and includes follow-up visits, unlimited messaging with your care team,
two integration sessions and medication shipped by our licensed partner pharmacy after your
prescription is written. If your clinician decides ketamine is not right for you, your evaluation fee
covers a written treatment plan you can take to your own doctor.</p>
<p><a href="/start" class="btn">Book your evaluation</a></p>
</section>
</article>
</main>
<footer>Lumen Health Inc. &middot; Not for emergencies. Call 911 or 988.</footer>
""", noise="cookie")

p("h12418", "https://northpoint-ketamine-online.example/press", "telehealth", False, "en",
  "telehealth-press-page-quotes-seller-ad", "Press & News | Northpoint Online Ketamine Care", """
<header class="top">
<a href="/" class="logo">Northpoint <span>Online Ketamine Care</span></a>
<nav><a href="/about">About</a> <a href="/how-it-works">How it works</a> <a href="/prescribers">Prescribers</a> <a href="/press">Press</a> <a href="/safety">Safety</a> <a href="/apply" class="btn">Request evaluation</a></nav>
</header>
<main>
<h1>Northpoint in the news</h1>
<p class="intro">Coverage of our clinical programme, our research partnerships and our work against
unlicensed online sellers. Media enquiries: press@northpoint-ketamine-online.example.</p>

<section class="press-item">
<h2>"The telehealth company that turns away a third of its applicants"</h2>
<p class="source">Regional business weekly &middot; September 2026</p>
<blockquote>Northpoint's medical director says roughly 35 percent of people who complete an evaluation
are not prescribed ketamine. "If every applicant got a yes, the evaluation would be theatre," she told
us. The company's clinicians see patients by video for an hour before any prescription, review records
from other providers, and require a support person at home for each dose.</blockquote>
</section>

<section class="press-item">
<h2>Study partnership on home-dosing safety</h2>
<p class="source">University press release &middot; June 2026</p>
<blockquote>Researchers will analyse de-identified blood-pressure logs, side-effect reports and
questionnaire scores from 2,400 patients treated with sublingual ketamine under remote supervision. The
telehealth provider contributing the data did not fund the analysis.</blockquote>
</section>

<section class="press-item warning" id="impersonation">
<h2>Statement: websites copying our name</h2>
<p class="source">Northpoint statement &middot; November 2026</p>
<p>Over the past two months our patient support team has received more than 60 messages from people who
paid a website or a messaging account that used our name or logo. Northpoint never sells ketamine
without a clinician evaluation, never takes payment in cryptocurrency or gift cards, and never contacts
patients on Telegram or WhatsApp. We are publishing one of these advertisements in full, with the
contact details removed, so that people can recognise the pattern:</p>
<blockquote class="quoted-ad">
"NORTHPOINT KETAMINE DIRECT &ndash; skip the waitlist! Same medication as the clinic, no video call, no
prescription, no questions. Ketamine troches 10 x 200 mg for $120, 30 x 200 mg $290, nasal spray
50 mg/ml $150. Pay with BTC, USDT or Apple gift cards, 15% off with crypto. Discreet shipping from our
U.S. warehouse, reship if lost. Message us on Telegram [removed] to order, we reply in 5 minutes!"
</blockquote>
<p>Everything in that advertisement contradicts how we work. If you have paid such a seller, do not take
anything you received. Contact your bank or card issuer, report the site to the FDA's BeSafeRx
programme and to the FTC, and, if you are struggling, speak to a clinician. We are happy to help you find
licensed care even if it is not with us.</p>
</section>

<section class="press-item">
<h2>"What home ketamine gets right, and wrong"</h2>
<p class="source">National radio health programme &middot; March 2026</p>
<blockquote>Asked whether remote treatment is safe, Northpoint's chief psychiatrist said it can be for
carefully selected patients with stable blood pressure, no history of psychosis and no active substance
use disorder, as long as someone is present and doses are conservative. "It is not for everyone, and
we say so on our homepage."</blockquote>
</section>

<section class="about-box">
<h2>About Northpoint</h2>
<p>Northpoint Online Ketamine Care is a telehealth psychiatry practice founded in 2021. Patients are
evaluated by live video by board-certified psychiatrists and psychiatric nurse practitioners licensed in
their state. Prescriptions go only to licensed partner pharmacies, which ship after verifying the
prescription. Our prescribers are listed by name and licence number on the <a href="/prescribers">prescribers page</a>.
Care membership: $219 per month after a $275 evaluation.</p>
</section>
</main>
<footer><p>&copy; 2026 Northpoint Online Ketamine Care, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/report-scam">Report an impersonator</a></p></footer>
""", noise="cookie")

p("h12419", "https://mail.kindred-ketamine-care.example/newsletter/december-2026", "telehealth", False, "en",
  "telehealth-newsletter-research-roundup", "Kindred Ketamine Care – December newsletter", """
KINDRED KETAMINE CARE: DECEMBER NEWSLETTER
From the desk of Dr. Elena Marsh, Medical Director

This month in research
- A large registry study followed more than 3,000 people treated with sublingual ketamine under remote
  supervision and found serious adverse events were rare, with elevated blood pressure the most common
  reason for stopping. The authors stress that all patients had clinician evaluations and monitoring.
- A randomised trial compared ketamine with electroconvulsive therapy for non-psychotic treatment-resistant
  depression; response rates were similar, memory side effects were fewer with ketamine.
- Arketamine, the R-enantiomer, had disappointing results in an early-phase depression trial. Not every
  promising animal result carries into humans.

A reminder about the law
Ketamine is a Schedule III medicine. Each prescription we write follows a live video evaluation by a
clinician licensed in your state and a check of your state's prescription monitoring database. We do not
renew prescriptions without a follow-up visit.

Practice news
Dr. Kwame Asante (psychiatry, licensed in PA, OH and MI) joins the team in January. Holiday hours: the
care team is available by secure message every day; video visits pause 24-26 December. Partner pharmacy
orders placed after 19 December may arrive after the holiday.

Membership stays at $189 per month in 2027. Book follow-ups in the patient portal.
If you are in crisis, call or text 988.
""", ext="txt")

p("h12420", "https://mentesana-telepsiquiatria.example/blog/historia-de-la-ketamina-en-mexico", "telehealth", False, "es",
  "telehealth-blog-history-es", "Historia de la ketamina en México: del quirófano a la videoconsulta | MenteSana Telepsiquiatría", """
<header>
<a class="logo" href="/">MenteSana <small>Telepsiquiatría</small></a>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/psiquiatras">Nuestros psiquiatras</a> <a href="/blog">Blog</a> <a href="/precios">Precios</a> <a href="/agenda" class="btn">Agendar valoración</a></nav>
</header>
<main>
<article>
<h1>Historia de la ketamina en México: del quirófano a la videoconsulta</h1>
<p class="autor">Por la Dra. Mariana Cisneros Ortega, psiquiatra (cédula profesional 7654321)</p>

<p>En los hospitales mexicanos la ketamina lleva más de cincuenta años en las salas de urgencias y en los
quirófanos. Muchos anestesiólogos la aprecian porque mantiene la respiración y la presión arterial en
situaciones difíciles: traumatismos, quemaduras, niños que requieren procedimientos breves. En
veterinaria es un fármaco habitual. Durante los años noventa y dos mil, su desvío desde clínicas
veterinarias hacia fiestas la puso en las noticias por razones muy distintas.</p>

<h2>Regulación</h2>
<p>En México la ketamina es un medicamento controlado: su prescripción exige receta especial y las
farmacias que la dispensan llevan un registro ante la autoridad sanitaria. La esketamina en espray nasal
está aprobada para depresión resistente y se aplica en unidades médicas autorizadas, con observación
posterior.</p>

<h2>La investigación en psiquiatría</h2>
<p>Desde 2000, estudios en Estados Unidos y luego en muchos países, incluidos grupos de investigación
mexicanos, han demostrado que dosis bajas pueden reducir síntomas depresivos y pensamientos suicidas en
horas. Esto cambió la forma en que pensamos la depresión resistente, aunque no la convierte en una
solución para todos.</p>

<h2>Nuestro papel: evaluar antes de indicar</h2>
<p>MenteSana no vende medicamentos. Somos un servicio de psiquiatría a distancia: hacemos una valoración
completa por videollamada de 50 minutos con un psiquiatra titulado, revisamos tu historia clínica y
tratamientos previos y, si la ketamina o la esketamina son una opción razonable, te referimos a una de
nuestras unidades aliadas en Ciudad de México, Guadalajara o Monterrey, donde se administra el tratamiento
con monitorización. Para pacientes que ya completaron una fase presencial, algunos psiquiatras indican
ketamina sublingual con receta especial surtida por una farmacia con licencia sanitaria, con seguimiento
semanal por video.</p>

<h2>Qué esperar de la valoración</h2>
<p>Te pediremos una identificación oficial, tus recetas actuales y, si los tienes, informes de tratamientos
anteriores. Durante la videollamada revisamos síntomas, antecedentes de psicosis, consumo de sustancias,
presión arterial y enfermedades del corazón. Al final recibes por escrito un plan: en algunos casos
incluye ketamina, en muchos otros recomendamos ajustar antidepresivos, psicoterapia o estimulación
magnética transcraneal.</p>

<div class="precios">
<p>Valoración psiquiátrica por videollamada: $1,500 MXN. Seguimiento: $900 MXN por consulta. El costo del
tratamiento en la unidad aliada se cotiza por separado.</p>
</div>
<p>Si tienes pensamientos de hacerte daño, llama a la Línea de la Vida 800 911 2000.</p>
</article>
</main>
<footer>MenteSana Telepsiquiatría &middot; <a href="/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h12421", "https://seelenpraxis-online.example/magazin/esketamin-rechtslage-und-versorgung", "telehealth", False, "de",
  "online-psychiatry-law-post-refers-partner", "Esketamin in Deutschland: Rechtslage, Kosten und Versorgung | SeelenPraxis Online", """
<header>
<a class="logo" href="/">SeelenPraxis <b>Online</b></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/magazin">Magazin</a> <a href="/kosten">Kosten</a> <a href="/termin" class="btn">Videotermin buchen</a></nav>
</header>
<main>
<article>
<h1>Esketamin in Deutschland: Rechtslage, Kosten und wie Sie an eine Behandlung kommen</h1>
<p class="autor">Von Dr. med. Friederike Albers, Fachärztin für Psychiatrie und Psychotherapie</p>

<p>Seit das Esketamin-Nasenspray Spravato im Dezember 2019 in der EU zugelassen wurde, erreichen uns
viele Fragen dazu. In diesem Beitrag erklären wir, welche Regeln gelten, wer die Kosten trägt und welche
Rolle eine Online-Psychiatrie wie unsere spielen kann.</p>

<h2>Zulassung und Verschreibung</h2>
<p>Esketamin ist zugelassen für Erwachsene mit therapieresistenter Depression in Kombination mit einem
SSRI oder SNRI sowie als Akutbehandlung bei psychiatrischem Notfall im Rahmen einer depressiven Episode.
Es ist verschreibungspflichtig. Die Fachinformation verlangt, dass die Anwendung unter direkter Aufsicht
von medizinischem Fachpersonal erfolgt und Patientinnen und Patienten danach überwacht werden, bis sie
stabil sind. Eine Mitgabe nach Hause ist nicht vorgesehen.</p>

<h2>Racemisches Ketamin</h2>
<p>Racemisches Ketamin ist als Anästhetikum zugelassen. Seine Anwendung bei Depression erfolgt
off-label, also außerhalb der Zulassung. Ärztinnen und Ärzte dürfen das im Rahmen der Therapiefreiheit
tun, müssen aber besonders sorgfältig aufklären und dokumentieren. Ketamin unterliegt in Deutschland nicht
dem Betäubungsmittelgesetz, ist aber verschreibungspflichtig; wer es ohne Erlaubnis abgibt oder
verkauft, macht sich nach dem Arzneimittelgesetz strafbar.</p>

<h2>Was sagt die Forschung?</h2>
<p>In den Zulassungsstudien führte Esketamin zusätzlich zu einem neuen Antidepressivum zu einer
stärkeren Besserung als Placebo, und in einer Erhaltungsstudie sank das Rückfallrisiko. Eine europäische
Vergleichsstudie zeigte Vorteile gegenüber Quetiapin als Augmentation. Gleichzeitig gilt: Nicht alle
Studien waren positiv, und nicht jede Patientin profitiert. Eine sorgfältige Indikationsstellung ist
deshalb entscheidend.</p>

<h2>Kosten</h2>
<p>Die gesetzlichen Krankenkassen übernehmen Esketamin bei zugelassener Indikation in der Regel, wenn die
Behandlung in einer geeigneten Einrichtung erfolgt. Off-label-Infusionen mit Ketamin zahlen Patientinnen
und Patienten meist selbst.</p>

<h2>Was wir tun &ndash; und was nicht</h2>
<p>SeelenPraxis Online ist eine privatärztliche psychiatrische Praxis mit Sprechstunde per Video nach den
Vorgaben der Berufsordnung. Wir führen eine ausführliche diagnostische Erstvorstellung (50 Minuten) durch,
prüfen Vorbehandlungen und Befunde und besprechen, ob eine Behandlung mit Esketamin in Frage kommt. Die
Anwendung selbst findet nicht bei uns statt: Wir überweisen an eine unserer Partnerpraxen und
Klinikambulanzen in Berlin, Hamburg, Köln und München, in denen das Nasenspray unter Aufsicht gegeben wird.
Wir stellen keine Rezepte für Ketamin oder Esketamin zur Anwendung zu Hause aus und versenden keine
Medikamente.</p>

<div class="kosten">
<p>Erstgespräch per Video: 145 &euro; (Abrechnung nach GOÄ, Erstattung durch private Versicherungen in
der Regel möglich). Folgetermine 25 Minuten: 80 &euro;. Die Behandlung in der Partnerpraxis wird dort
abgerechnet.</p>
</div>
<p>Bei akuten Suizidgedanken wenden Sie sich bitte sofort an den Notruf 112 oder die Telefonseelsorge
0800 111 0 111.</p>
</article>
</main>
<footer>SeelenPraxis Online &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h12422", "https://psy-teleconsult.example/fr/blog/esketamine-ce-que-dit-la-science", "telehealth", False, "fr",
  "teleconsultation-science-post-refers-hospital", "Eskétamine : ce que dit la science | PsyTéléconsult Suisse romande", """
<header>
<a class="logo" href="/fr/">PsyTéléconsult</a>
<nav><a href="/fr/consultation">Consultation vidéo</a> <a href="/fr/equipe">Équipe médicale</a> <a href="/fr/blog">Blog</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/rdv" class="btn">Prendre rendez-vous</a></nav>
</header>
<main>
<article>
<h1>Eskétamine : ce que dit la science, et comment nous orientons nos patients</h1>
<p class="auteur">Dr Aurélie Bonvin, psychiatre FMH, et Dr Nicolas Perret, psychiatre FMH</p>

<p>Depuis l'autorisation du spray nasal d'eskétamine, de nombreux patients nous demandent s'il pourrait
les aider. Avant de répondre, il faut comprendre ce que montrent les essais et ce qu'ils ne montrent
pas.</p>

<h2>Les essais d'enregistrement</h2>
<p>Les études TRANSFORM et SUSTAIN ont évalué l'eskétamine chez des adultes dont la dépression n'avait pas
répondu à au moins deux antidépresseurs. Dans TRANSFORM-2, l'ajout d'eskétamine à un nouvel
antidépresseur a réduit davantage les symptômes qu'un placebo à quatre semaines, avec une différence
modeste mais significative. SUSTAIN-1 a montré que poursuivre le traitement réduisait le risque de rechute
chez les patients stabilisés. D'autres essais n'ont pas atteint leur critère principal, ce qui rappelle
que l'effet n'est pas spectaculaire chez tout le monde.</p>

<h2>Mécanisme</h2>
<p>L'eskétamine bloque le récepteur NMDA du glutamate. Les travaux chez l'animal suggèrent une
augmentation rapide de la formation de synapses dans le cortex préfrontal. Chez l'humain, les données
d'imagerie sont plus prudentes.</p>

<h2>Effets indésirables</h2>
<p>Dissociation, vertiges, nausées, sédation et élévation de la tension artérielle apparaissent surtout
dans les deux heures suivant la prise. C'est la raison pour laquelle l'administration se fait en
établissement, avec une surveillance jusqu'à ce que le patient soit stable, et sans conduite le jour même.</p>

<h2>Pour qui ?</h2>
<p>L'indication concerne les adultes atteints d'une dépression qui n'a pas répondu à au moins deux
antidépresseurs bien conduits. Une hypertension non contrôlée, certains antécédents cardiovasculaires ou
psychotiques et un trouble lié à l'usage de substances peuvent constituer des contre-indications ou
justifier une grande prudence. C'est pourquoi l'anamnèse et les rapports des médecins traitants sont
indispensables.</p>

<h2>Notre rôle</h2>
<p>PsyTéléconsult est un cabinet de psychiatrie en ligne. Nous réalisons une évaluation complète par
vidéo, demandons les rapports de vos traitements antérieurs et, si l'indication est plausible, nous
adressons un courrier à l'un des centres hospitaliers partenaires à Lausanne, Genève ou Sion qui
administrent l'eskétamine. Nous ne prescrivons ni kétamine ni eskétamine pour un usage à domicile et ne
vendons aucun médicament. Le suivi psychiatrique peut ensuite se poursuivre avec nous en vidéo.</p>

<p class="tarifs">Consultations facturées selon le tarif en vigueur et remboursées par l'assurance de base,
sous réserve de la franchise. Délai moyen pour un premier rendez-vous : 12 jours.</p>
<p>En cas d'urgence : 144 ou La Main Tendue, 143.</p>
</article>
</main>
<footer>PsyTéléconsult Sàrl &middot; <a href="/fr/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h12423", "https://vivamente-telemedicina.example/blog/ciencia-da-escetamina-e-receita-controlada", "telehealth", False, "pt",
  "telehealth-science-law-post-br", "A ciência da cetamina e como funciona a receita controlada | VivaMente Telemedicina", """
<header>
<a class="logo" href="/">VivaMente <small>Telemedicina</small></a>
<nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/blog">Blog</a> <a href="/planos">Planos</a> <a href="/agendar" class="btn">Agendar teleconsulta</a></nav>
</header>
<main>
<article>
<h1>A ciência da cetamina e como funciona a receita controlada na telemedicina</h1>
<p class="autor">Dr. Rafael Monteiro Lins, psiquiatra (CRM-SP 123456) &middot; Dra. Beatriz Kato, psiquiatra (CRM-PR 54321)</p>

<p>A cetamina se tornou um dos temas mais pesquisados da psiquiatria nas últimas duas décadas. Neste texto
explicamos o que a ciência sabe, o que ainda é incerto e como a VivaMente trabalha dentro das regras
brasileiras.</p>

<h2>O que a ciência sabe</h2>
<p>A cetamina é um antagonista do receptor NMDA. Em doses baixas, provoca aumento transitório de glutamato
no córtex pré-frontal, ativação de receptores AMPA e liberação de BDNF, com formação de novas sinapses em
modelos animais. Ensaios clínicos mostram redução de sintomas depressivos em horas, com duração de dias a
semanas. A escetamina em spray nasal foi aprovada pela Anvisa para depressão resistente e é aplicada em
clínicas com observação de duas horas.</p>

<h2>Um pouco de história</h2>
<p>Sintetizada em 1962 e aprovada como anestésico em 1970, a cetamina é usada há décadas em
emergências e centros cirúrgicos brasileiros. O primeiro estudo controlado mostrando efeito
antidepressivo rápido foi publicado em 2000, nos Estados Unidos; desde então, grupos brasileiros também
contribuíram com ensaios clínicos, inclusive comparando vias de administração.</p>

<h2>O que ainda é incerto</h2>
<p>Não sabemos bem como manter o efeito a longo prazo, qual a melhor frequência de doses e quais pacientes
respondem melhor. O risco de uso indevido existe e exige acompanhamento.</p>

<h2>A regra da receita</h2>
<p>A cetamina é substância de controle especial. A receita precisa seguir o modelo exigido pela Anvisa,
com identificação completa do médico e do paciente, e a farmácia retém a receita. A telemedicina é
regulamentada no Brasil e permite prescrição eletrônica com assinatura digital qualificada.</p>

<h2>Como trabalhamos</h2>
<p>Na VivaMente, a primeira etapa é sempre uma teleconsulta de 60 minutos com psiquiatra, com revisão de
exames, pressão arterial e tratamentos anteriores. Quando a escetamina é indicada, encaminhamos para uma
clínica parceira credenciada em São Paulo, Curitiba ou Recife. Em casos selecionados, após a primeira
sessão presencial, o psiquiatra pode prescrever cetamina sublingual manipulada, dispensada apenas por
farmácia de manipulação licenciada mediante a receita original, com retorno por vídeo a cada 15 dias.
Não enviamos medicamentos sem receita e não vendemos cetamina.</p>

<div class="planos">
<p>Teleconsulta inicial: R$ 480. Plano de acompanhamento mensal (duas teleconsultas e mensagens com a equipe):
R$ 620 por mês. O custo da farmácia e da clínica parceira é cobrado à parte.</p>
</div>
<p>Em crise, ligue 188 (CVV) ou procure o pronto-socorro mais próximo.</p>
</article>
</main>
<footer>VivaMente Telemedicina Ltda. &middot; Responsável técnico: Dr. Rafael Monteiro Lins &middot; <a href="/privacidade">Privacidade</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics (8): history, law and science on the blog

p("h12424", "https://cedar-valley-infusion.example/blog/sixty-years-of-ketamine-and-our-infusion-suite", "clinic", False, "en",
  "clinic-blog-history-long-with-booking", "Sixty Years of Ketamine, and Why Our Infusion Suite Looks the Way It Does | Cedar Valley Infusion Center", """
<div class="topbar">Cedar Valley Infusion Center &middot; 2150 Orchard Parkway, Suite 300 &middot; (555) 014-2270 &middot; Mon&ndash;Sat 8&ndash;6</div>
<header>
<a class="logo" href="/">Cedar Valley <span>Infusion Center</span></a>
<nav><a href="/ketamine-therapy">Ketamine therapy</a> <a href="/spravato">Spravato</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/book" class="btn">Book a consultation</a></nav>
</header>
<main>
<article>
<p class="cat">From the clinic blog</p>
<h1>Sixty years of ketamine, and why our infusion suite looks the way it does</h1>
<p class="byline">By Thomas Reyes, MD, board-certified anesthesiologist and medical director</p>

<p>Every design choice in our infusion suite, from the reclining chairs to the cardiac monitors to the
playlist patients choose themselves, traces back to something in ketamine's history. I trained as an
anesthesiologist, so I first met ketamine in the operating room. Here is how that history shaped the
way we treat depression and chronic pain today.</p>

<h2>Built to be safe in difficult places</h2>
<p>When Parke-Davis introduced ketamine in 1970, its selling point was that it kept patients breathing
and maintained blood pressure, making it useful in field surgery and emergencies. Those properties are
why ketamine has such a long safety record. But "safe in the operating room" always meant with a
trained clinician watching. We keep that principle: a registered nurse is in the room or within sight for
the whole infusion, with continuous pulse oximetry, blood-pressure cycling every ten minutes and a
physician on site.</p>

<h2>The dissociation question</h2>
<p>The earliest volunteers described feeling detached from their bodies. In anaesthesia we used to give
benzodiazepines to blunt "emergence reactions" in adults. In psychiatric dosing, about 0.5 mg per kilogram
over 40 minutes, the experience is far milder, yet it can still be unsettling. That is why our rooms are
private, dimmable and quiet, with eye shades and headphones, and why a nurse checks in verbally every
few minutes.</p>

<h2>Lessons from the 1990s</h2>
<p>Recreational use in the club years showed what frequent, high-dose use can do: bladder damage,
memory problems and, for some people, dependence. We screen every patient for substance use, ask about
urinary symptoms at each visit and follow a defined schedule rather than offering infusions on demand.</p>

<h2>The research that changed everything</h2>
<p>The 2000 Yale study and the 2006 NIMH replication showed rapid antidepressant effects. Later trials
refined dosing and repeated-infusion schedules. In 2019 the FDA approved esketamine nasal spray. We offer
both: IV ketamine as an off-label treatment with a detailed consent discussion, and Spravato as a
REMS-certified treatment centre, usually billed to insurance.</p>

<section class="protocol">
<h2>What a treatment course looks like here</h2>
<ul>
<li><b>Consultation (60 min, in person):</b> history, vital signs, review of records and questionnaires. Referral letter from your psychiatrist or primary care provider preferred.</li>
<li><b>Induction:</b> six infusions over two to three weeks, each about 40 minutes plus 30 minutes recovery.</li>
<li><b>Maintenance:</b> individual boosters when symptoms return, typically every four to eight weeks.</li>
<li><b>Going home:</b> someone must drive you. No driving until the next day.</li>
</ul>
</section>

<section class="prices" id="pricing">
<h2>Pricing</h2>
<table>
<tr><td>Consultation</td><td>$200 (credited toward your first infusion)</td></tr>
<tr><td>Single IV infusion (depression protocol)</td><td>$475</td></tr>
<tr><td>Induction package, 6 infusions</td><td>$2,550 (save $300)</td></tr>
<tr><td>Pain protocol infusion (up to 4 hours)</td><td>from $750</td></tr>
<tr><td>Spravato session</td><td>billed to insurance; self-pay quote on request</td></tr>
</table>
<p>We accept cards, HSA/FSA and CareCredit. Packages can be paid in full at booking or in instalments.
Gift certificates are available for consultations.</p>
<p><a class="btn" href="/book">Book your consultation online</a> or call (555) 014-2270.</p>
</section>
</article>
<aside class="sidebar"><h4>Related posts</h4><ul><li>Is ketamine addictive? What our screening looks for</li><li>Spravato and insurance: a step-by-step guide</li><li>Ketamine for CRPS: longer infusions explained</li></ul></aside>
</main>
<footer><p>Cedar Valley Infusion Center, PLLC &middot; If you are in crisis, call or text 988 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h12425", "https://brightwater-behavioral.example/spravato/rems-what-it-means-for-you", "clinic", False, "en",
  "rems-centre-law-explainer-long", "What the Spravato REMS Means for You | Brightwater Behavioral Health", """
<header>
<a class="logo" href="/">Brightwater Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato (esketamine)</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance &amp; billing</a> <a href="/locations">Locations</a> <a href="/refer">For referring providers</a></nav>
</header>
<main>
<article>
<h1>What the Spravato REMS means for you: a patient's guide to the rules</h1>
<p class="byline">Brightwater Behavioral Health &middot; Certified Spravato Treatment Center &middot; Reviewed by Alicia Monroe, DNP, PMHNP-BC</p>

<p>Esketamine nasal spray is one of the few psychiatric medicines in the United States that can only be
given under a federal safety programme known as a REMS. If you have been referred to us, you may be
wondering why there are so many forms and why you have to stay for two hours. This page explains the
rules, where they come from and how we apply them.</p>

<h2>Where REMS programmes come from</h2>
<p>The Food and Drug Administration Amendments Act of 2007 gave the FDA authority to require a Risk
Evaluation and Mitigation Strategy when a drug's benefits only outweigh its risks if extra safeguards
are used. When the FDA approved esketamine in March 2019, it found that sedation, dissociation and the
potential for misuse called for such safeguards. The REMS has been modified since, but its core
requirements remain.</p>

<h2>The core requirements</h2>
<ul>
<li><b>Certified settings only.</b> The spray may only be dispensed to and administered in health-care settings certified in the REMS. Pharmacies may not dispense it to patients to take home.</li>
<li><b>Patient enrolment.</b> Each patient is enrolled and signs an enrolment form before the first treatment.</li>
<li><b>Observation.</b> After each dose, a health-care provider monitors you for at least two hours until you are safe to leave.</li>
<li><b>Reporting.</b> We report serious adverse events as required.</li>
</ul>

<h2>What it looks like in practice</h2>
<p>On treatment days you arrive 15 minutes early. We check your blood pressure; if it is above the
threshold in the label, we wait and recheck or reschedule. You administer the device yourself under
staff guidance. You then rest in a private observation room where a nurse checks your blood pressure at
40 minutes and again before discharge. You cannot drive until the next day after a restful sleep, so you
need a ride home.</p>

<h2>Insurance, prior authorisation and billing</h2>
<p>Most commercial plans and Medicare cover esketamine for treatment-resistant depression, usually
after prior authorisation showing that at least two antidepressants have been tried. We handle the prior
authorisation. Two charges are usually involved: the medication, often supplied through a specialty
pharmacy or bought by the clinic and billed to your plan, and the office visit with observation. Our
billing team gives you a written estimate before your first session. Self-pay patients receive a quote in
advance; a manufacturer savings programme may reduce out-of-pocket costs for eligible commercially
insured patients.</p>
<p>You can pay copays and balances through our secure billing portal, by phone or at the front desk.</p>

<h2>Schedule</h2>
<p>The label calls for twice-weekly treatment in weeks one to four, weekly in weeks five to eight and then
weekly or every two weeks. Your prescriber at Brightwater reviews progress with standard rating scales at
every visit.</p>

<h2>Why we support the rules</h2>
<p>We occasionally hear from patients frustrated that they cannot take the device home, particularly
after reading online advertisements offering esketamine by mail. Esketamine sold that way is either
counterfeit or diverted, and any site offering it without a certified setting is operating outside the
law. The two-hour observation exists because blood pressure spikes and strong dissociation, while
usually short, do happen.</p>

<section class="cta">
<h2>Getting started</h2>
<p>Ask your psychiatrist or primary care provider to send a referral through our provider portal, or
call our intake team at (555) 017-4400 for a screening call. Treatment takes place at our Riverside and
Elm Street offices.</p>
</section>
</article>
</main>
<footer><p>Brightwater Behavioral Health &middot; <a href="/patient-rights">Patient rights</a> &middot; <a href="/billing-portal">Pay my bill</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h12426", "https://quietharbor-ketamine.example/blog/your-brain-during-an-infusion", "clinic", False, "en",
  "clinic-science-post-with-price-table", "What Happens in Your Brain During a Ketamine Infusion | Quiet Harbor Ketamine Clinic", """
<header><a class="logo" href="/">Quiet Harbor Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/prices">Prices</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/book">Book</a></nav></header>
<main>
<article>
<h1>What happens in your brain during a ketamine infusion, minute by minute</h1>
<p class="byline">Jenna Liu, CRNA, clinic director</p>

<p><b>Minutes 0&ndash;5.</b> The infusion pump starts at a low rate. Ketamine crosses the blood-brain
barrier within seconds because it is small and fat-soluble. Most people notice nothing yet except the
cool feeling of the IV line.</p>
<p><b>Minutes 5&ndash;15.</b> Blood levels rise. Ketamine begins to occupy NMDA receptors, especially on
inhibitory neurons. Many patients describe lightness, tingling in the hands or a sense that sounds are
further away. Heart rate and blood pressure usually rise slightly; we watch them on the monitor.</p>
<p><b>Minutes 15&ndash;40.</b> This is the peak. Some patients see colours or shapes, others feel like they
are floating, and some simply feel calm. Underneath, a burst of glutamate activity is stimulating AMPA
receptors and switching on genes involved in building synapses. Brain imaging studies show changes in how
networks communicate, including a temporary quieting of the default mode network linked to rumination.</p>
<p><b>Minutes 40&ndash;70.</b> The pump stops. Because ketamine redistributes quickly, the strongest effects
fade within 15 to 20 minutes. Norketamine, its main metabolite, continues to circulate at lower levels.</p>
<p><b>Hours 2&ndash;24.</b> Many patients notice a shift in mood later that day or the next morning. The
synaptic changes seen in animal studies peak around this time.</p>
<p><b>Days 2&ndash;14.</b> The effect of a single infusion typically fades over one to two weeks. A series of
infusions, combined with therapy, tends to extend the benefit.</p>

<h2>Why it feels different for everyone</h2>
<p>Body weight, previous experience, anxiety on the day and even what you ate can change how an
infusion feels. We adjust the rate during the session if you are uncomfortable, and we can pause at any
time. Nausea is the most common complaint and usually responds to medicine we give before starting.</p>

<h2>Our current prices</h2>
<table class="prices">
<tr><td>Initial consultation with our physician</td><td>$150</td></tr>
<tr><td>Single infusion</td><td>$425</td></tr>
<tr><td>Series of six infusions</td><td>$2,300</td></tr>
<tr><td>Booster infusion</td><td>$395</td></tr>
</table>
<p>Before your first infusion, please avoid eating for four hours and clear liquids for two. Bring a
list of your medicines and plan for someone to drive you home; rideshare alone is not allowed.</p>
<p>All infusions are given at our clinic at 88 Harbor Street with continuous monitoring. Book online or
call (555) 019-6630. We accept cards and HSA/FSA.</p>
</article>
</main>
<footer>Quiet Harbor Ketamine Clinic, LLC &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12427", "https://summit-ridge-ketamine.example/news/clinic-featured-and-a-warning", "clinic", False, "en",
  "clinic-news-page-quotes-spam-ad", "Clinic News: Featured in the Gazette, and a Warning About Online Sellers | Summit Ridge Ketamine & Wellness", """
<header><a class="logo" href="/">Summit Ridge Ketamine &amp; Wellness</a> <nav><a href="/about">About</a> <a href="/ketamine">IV ketamine</a> <a href="/kap">Ketamine-assisted psychotherapy</a> <a href="/news">News</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Clinic news</h1>

<article class="news">
<h2>Summit Ridge featured in the County Gazette</h2>
<p class="date">October 14, 2026</p>
<p>We were glad to welcome a reporter from the County Gazette for a feature on ketamine-assisted
psychotherapy in rural communities. The article describes how our therapists and our physician work
together: patients meet a therapist for two preparation sessions, then attend a dosing session at our
clinic on Ridge Road with an intramuscular dose given by our nurse and a therapist present for the full
two hours, followed by integration sessions. The reporter quoted one of our patients, a farmer who
drives 70 miles each way: "It is the first time in twenty years that the fog lifted."</p>
<p>The Gazette also noted our sliding-scale fund, which covered part of the cost for 41 patients last
year. Thank you to everyone who donated at our spring open house.</p>
</article>

<article class="news warning">
<h2>Please beware of text messages and websites using ketamine advertising</h2>
<p class="date">November 30, 2026</p>
<p>Several of our patients have received unsolicited texts and social media messages offering ketamine
for home delivery. One patient forwarded the following message so we could share it:</p>
<blockquote>"Hi! Looking for ketamine therapy without the clinic prices? We ship pharmaceutical ketamine
vials and nasal spray anywhere in the US, no doctor visit needed. 10 ml vial $95, 5 vials $400. Cash App,
Zelle or Bitcoin. Overnight shipping, discreet box. Reply YES to get our menu on WhatsApp."</blockquote>
<p>This message has nothing to do with Summit Ridge or any licensed clinic. Medications bought this way
may be counterfeit, contaminated or mislabelled, and injecting or taking them without monitoring can be
dangerous. Please do not reply. You can report such messages by forwarding them to 7726 (SPAM) and to the
FDA.</p>
<p>Summit Ridge will never offer ketamine for home delivery, and we never ask for payment by Cash App,
Zelle or cryptocurrency. Our fees are listed on our pricing page and are paid at the clinic or through
our patient portal.</p>
</article>

<article class="news">
<h2>New Saturday appointments</h2>
<p class="date">September 2, 2026</p>
<p>Beginning this month we offer Saturday dosing sessions twice a month. Call (555) 012-8894 to schedule
a consultation; a referral is welcome but not required.</p>
</article>
</main>
<footer>Summit Ridge Ketamine &amp; Wellness &middot; 412 Ridge Road &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12428", "https://newsletter.lakeshore-pain-institute.example/2026-winter", "clinic", False, "en",
  "pain-clinic-newsletter-excerpt", "Lakeshore Pain Institute – Winter newsletter", """
LAKESHORE PAIN INSTITUTE: WINTER 2026 NEWSLETTER (excerpt)

Ketamine and pain: a short history
Long before ketamine was discussed as an antidepressant, anaesthetists noticed that patients who
received it during surgery needed fewer opioids afterwards. In the 1990s researchers linked this to
NMDA receptors and "central sensitisation", the process by which the nervous system amplifies pain
signals. That work led to the use of low-dose ketamine infusions for complex regional pain syndrome
(CRPS), a condition in which a limb becomes severely painful after an injury. Studies from the
Netherlands and the United States in the 2000s found meaningful pain reduction that could last weeks.
Evidence is weaker for other chronic pain conditions, and consensus guidelines published in 2018 by
pain and anaesthesia societies recommend ketamine infusions mainly for CRPS and some refractory cases.

What a pain infusion involves at Lakeshore
Infusions take place in our procedure suite at the Lakeshore Medical Pavilion, fourth floor. A typical
protocol is four hours a day over three to five consecutive days, with continuous cardiac monitoring and
a physician on site. Patients are evaluated first by one of our pain physicians, and many also see our
psychologist. Infusions are scheduled through our front desk at (555) 013-5501 after insurance
verification; most plans require prior authorisation.

Staff news
Dr. Imani Brooks, double board-certified in anaesthesiology and pain medicine, joins us in February.
""", ext="txt")

p("h12429", "https://centro-salute-mentale-villaverde.example/blog/esketamina-storia-ed-evidenze", "clinic", False, "it",
  "italian-authorised-centre-history-and-evidence", "Esketamina spray nasale: storia ed evidenze | Centro Salute Mentale Villa Verde", """
<header>
<a class="logo" href="/">Villa Verde <small>Centro di Salute Mentale</small></a>
<nav><a href="/servizi">Servizi</a> <a href="/esketamina">Esketamina</a> <a href="/equipe">Équipe</a> <a href="/blog">Approfondimenti</a> <a href="/prenota" class="btn">Prenota una visita</a></nav>
</header>
<main>
<article>
<h1>Esketamina spray nasale: dalla storia della ketamina alle evidenze di oggi</h1>
<p class="autore">A cura del Prof. Lorenzo Galli, psichiatra, responsabile del servizio</p>

<p>La ketamina è nata come anestetico negli anni Sessanta e da decenni è presente nelle sale operatorie
italiane. La scoperta del suo effetto antidepressivo rapido, all'inizio degli anni Duemila, ha aperto una
strada nuova per i pazienti con depressione resistente. L'esketamina, uno dei due enantiomeri della
molecola, è stata sviluppata come spray nasale e approvata dall'Agenzia europea per i medicinali nel
dicembre 2019.</p>

<h2>Cosa dicono gli studi</h2>
<p>Negli studi registrativi l'esketamina, aggiunta a un antidepressivo orale, ha ridotto i sintomi più del
placebo nelle prime settimane e ha diminuito il rischio di ricaduta nei pazienti che avevano risposto.
Uno studio europeo di confronto diretto ha mostrato risultati migliori rispetto alla quetiapina a rilascio
prolungato come potenziamento. Gli effetti collaterali più comuni sono dissociazione, vertigini, nausea e
aumento transitorio della pressione, in genere entro le due ore successive.</p>

<h2>Le regole</h2>
<p>In Italia l'esketamina è un farmaco soggetto a prescrizione da parte di specialisti e viene somministrata
esclusivamente in strutture autorizzate, dove il paziente rimane in osservazione fino a quando è
clinicamente stabile. Non può essere portata a domicilio.</p>

<h2>Per chi è indicata</h2>
<p>L'esketamina è indicata negli adulti con depressione maggiore che non hanno risposto ad almeno due
antidepressivi diversi nell'episodio in corso, in associazione a un antidepressivo orale. Richiedono
particolare cautela l'ipertensione non controllata, alcune malattie cardiovascolari e cerebrovascolari,
i disturbi psicotici e i disturbi da uso di sostanze.</p>

<h2>Come funziona da noi</h2>
<p>Villa Verde è un centro autorizzato. Il percorso inizia con una visita psichiatrica in presenza,
durante la quale valutiamo la storia clinica, i trattamenti precedenti e i parametri vitali. Se
l'indicazione è confermata, le somministrazioni avvengono nella nostra area di osservazione al piano terra,
con infermiere dedicato e controllo della pressione prima e dopo. Nella fase di induzione le sedute sono due
a settimana per quattro settimane.</p>
<p>Prima visita specialistica: 180 &euro;. Le sedute sono in regime di convenzione per i pazienti inviati dai
servizi territoriali; per chi accede privatamente, il preventivo viene consegnato dopo la prima visita.
Prenotazioni online o allo 055 555 0193, anche tramite WhatsApp per fissare o spostare gli appuntamenti.</p>
</article>
</main>
<footer>Centro di Salute Mentale Villa Verde &middot; Via dei Tigli 12 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h12430", "https://kliniek-helderzicht.example/blog/ketamine-wet-en-regelgeving", "clinic", False, "nl",
  "dutch-clinic-law-post", "Ketamine en esketamine: wat zegt de wet? | Kliniek Helderzicht", """
<header>
<a class="logo" href="/">Kliniek Helderzicht</a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/esketamine">Esketamine</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/blog">Blog</a> <a href="/tarieven">Tarieven</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<h1>Ketamine en esketamine: wat zegt de wet, en wat betekent dat voor uw behandeling?</h1>
<p class="auteur">Door drs. Maaike de Vries, psychiater, en mr. Jeroen Bakker, jurist zorg</p>

<p>Patiënten vragen ons regelmatig waarom ze voor een behandeling met esketamine naar onze kliniek moeten
komen en de neusspray niet thuis mogen gebruiken. Het antwoord ligt in de regels rond geneesmiddelen en
in de voorwaarden van de fabrikant en de beroepsgroep.</p>

<h2>Geneesmiddelenwet</h2>
<p>Ketamine en esketamine zijn geregistreerde geneesmiddelen die alleen op recept verkrijgbaar zijn. Wie
ze zonder vergunning verkoopt, overtreedt de Geneesmiddelenwet. Online aanbieders die ketamine zonder recept
verkopen, opereren dus buiten de wet, ook als ze zich als kliniek of apotheek presenteren.</p>

<h2>Registratie en voorwaarden</h2>
<p>Esketamine-neusspray is in de EU geregistreerd voor therapieresistente depressie. De productinformatie
schrijft voor dat toediening plaatsvindt onder toezicht van een zorgverlener en dat de patiënt daarna wordt
geobserveerd. De Nederlandse Vereniging voor Psychiatrie heeft aanvullende adviezen opgesteld over
indicatiestelling en monitoring.</p>

<h2>Vergoeding</h2>
<p>Behandeling met esketamine wordt vergoed vanuit de basisverzekering als onderdeel van
gespecialiseerde GGZ, mits u een verwijzing van de huisarts hebt. Het eigen risico is van toepassing.
Ketamine-infusies buiten de registratie worden niet standaard vergoed.</p>

<h2>Opiumwet</h2>
<p>Ketamine staat momenteel niet op de lijsten van de Opiumwet, maar er is al jaren politieke discussie
over plaatsing. Voor onze behandeling verandert dat weinig: wij werken uitsluitend met geregistreerde
middelen die via de ziekenhuisapotheek worden geleverd en in onze kliniek worden bewaard en toegediend.</p>

<h2>Ketamine buiten de registratie</h2>
<p>Sommige klinieken in Nederland bieden intraveneuze ketamine aan bij depressie. Dat is off-label gebruik:
toegestaan, mits de arts het goed onderbouwt, de patiënt volledig informeert en er een protocol van de
eigen instelling is. Helderzicht biedt op dit moment alleen esketamine-neusspray aan, binnen een
onderzoeksprotocol in samenwerking met een academisch centrum.</p>

<h2>Hoe het bij Helderzicht werkt</h2>
<p>Na verwijzing volgt een intake op onze locatie in Utrecht met een psychiater en een verpleegkundig
specialist. Als esketamine passend is, krijgt u de behandeling in onze behandelkamers, twee keer per week in
de eerste maand, met bloeddrukcontrole en minimaal twee uur observatie. U mag daarna niet zelf autorijden.
Wachttijd voor intake is momenteel zes weken.</p>
<p>Let op: bestel nooit ketamine of esketamine via internet of sociale media. Wij zien in de spreekkamer
patiënten die onbekende poeders kochten en daar ernstig onwel van werden.</p>
<p>Aanmelden gaat via uw huisarts via ZorgDomein. Voor vragen: 030 555 0170.</p>
</article>
</main>
<footer>Kliniek Helderzicht B.V. &middot; AGB-code op aanvraag &middot; <a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h12431", "https://clinica-neuroalba.example/blog/la-ciencia-de-la-ketamina", "clinic", False, "es",
  "clinic-science-post-with-prices-and-whatsapp", "La ciencia de la ketamina: lo que sabemos en 2026 | Clínica NeuroAlba", """
<header>
<a class="logo" href="/">Clínica <b>NeuroAlba</b></a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Infusión de ketamina</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/cita" class="btn">Pedir cita</a></nav>
</header>
<main>
<article>
<h1>La ciencia de la ketamina: lo que sabemos en 2026</h1>
<p class="autor">Dr. Andrés Villamil, psiquiatra, y Dra. Carolina Ruiz, anestesióloga</p>

<p>En la consulta nos preguntan a menudo si la ketamina "de verdad funciona" o si es una moda. La respuesta
honesta es que hay evidencia sólida de un efecto antidepresivo rápido en la depresión resistente, y
bastantes preguntas abiertas sobre su uso a largo plazo.</p>

<h2>Mecanismo</h2>
<p>La ketamina bloquea los receptores NMDA del glutamato. Esto desencadena una liberación transitoria de
glutamato, activación de receptores AMPA y producción de BDNF, una proteína que favorece la formación de
nuevas conexiones neuronales. En modelos animales, estas conexiones aparecen en menos de 24 horas.</p>

<h2>Evidencia clínica</h2>
<p>Los metaanálisis muestran tasas de respuesta cercanas al 50 % tras una serie de infusiones en pacientes que
no habían mejorado con varios antidepresivos. Un ensayo de 2023 encontró resultados comparables a la terapia
electroconvulsiva en depresión no psicótica. El efecto sobre la ideación suicida aparece en horas, aunque no
sustituye a otras medidas de seguridad.</p>

<h2>Lo que aún no sabemos</h2>
<p>Falta información sobre la frecuencia ideal de mantenimiento, los efectos a varios años y quiénes
responden mejor. Por eso seguimos a cada paciente con escalas validadas y ajustamos el plan.</p>

<h2>Efectos adversos</h2>
<p>Durante la infusión pueden aparecer sensación de desconexión, mareo, náuseas y aumento transitorio de
la presión arterial; casi siempre desaparecen en menos de una hora tras terminar. El uso frecuente y no
supervisado se asocia con daño en la vejiga y problemas de memoria, algo que no se ha observado con los
esquemas clínicos habituales.</p>

<h2>Cómo lo hacemos en NeuroAlba</h2>
<p>Las infusiones se realizan en nuestra sede de Bogotá, en salas individuales con monitorización continua
y presencia de anestesiólogo. Antes de iniciar hay una valoración psiquiátrica presencial y exámenes básicos.</p>
<ul class="precios">
<li>Valoración psiquiátrica: $350.000 COP</li>
<li>Sesión de infusión: $1.400.000 COP</li>
<li>Paquete de seis sesiones: $7.600.000 COP</li>
</ul>
<p>Trabajamos en coordinación con tu psiquiatra o médico tratante: al terminar cada serie le enviamos un
informe con las escalas de seguimiento y nuestras recomendaciones.</p>
<p>Puedes agendar o cambiar tu cita por WhatsApp al +57 300 555 0142 o pagar tu paquete en línea. Debes venir
acompañado y no conducir el mismo día.</p>
</article>
</main>
<footer>Clínica NeuroAlba S.A.S. &middot; Habilitada por la Secretaría de Salud &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational (9): news, law, science, harm reduction quoting the shops

p("h12432", "https://the-meridian-herald.example/investigations/2026/12/inside-the-telegram-ketamine-trade", "informational", False, "en",
  "investigative-news-quotes-seller-ads", "Inside the Telegram Ketamine Trade: 'Same Day, Stealth, No Script' | The Meridian Herald", """
<header class="masthead">
<a class="logo" href="/">The Meridian Herald</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<div class="paywall-note">You have 2 free articles left this month.</div>
<main class="article">
<p class="section">INVESTIGATIONS</p>
<h1>Inside the Telegram ketamine trade: "Same day, stealth, no script"</h1>
<p class="dek">Over eight weeks, Herald reporters followed 37 channels advertising ketamine. Many use the
language of medicine. None asked a single health question.</p>
<p class="byline">By Olivia Grant and Samuel Osei &middot; December 4, 2026</p>

<p>The advertisement arrives as a neatly formatted menu, complete with a cartoon molecule and a green
check mark. "Pharma-grade ketamine for depression and anxiety," it begins. "Why wait months for a clinic
when relief can be at your door tomorrow?"</p>
<p>It is one of hundreds of posts collected by the Herald from Telegram channels and groups that openly
advertise ketamine to buyers in the United States, the United Kingdom and Europe. Reporters joined 37
channels with between 400 and 22,000 subscribers, recorded their menus and payment instructions, and
interviewed former buyers, researchers and law enforcement officials. The Herald did not purchase any
drugs.</p>

<h2>Borrowing the language of the clinic</h2>
<p>What stood out was how closely many sellers imitate the vocabulary of legitimate treatment. One channel,
which calls itself a "wellness pharmacy", posts weekly explainers about NMDA receptors, BDNF and
"neuroplasticity windows", interspersed with its price list. A typical post reads in full:</p>
<blockquote class="quoted-ad">"Clinics charge $500 per session for what we ship for $90. Our ketamine is
the same molecule used in hospitals, lab tested, 99% pure. 3.5 g $90, 7 g $160, 14 g $290. Esketamine nasal
spray also available. No prescription, no questions, no video calls. BTC / USDT / Cash App. Ships same day
from inside the US, stealth vacuum-sealed. Reship guarantee. DM to order."</blockquote>
<p>Another channel advertises itself as a "ketamine research collective" and labels every product "not for
human consumption", while in the same post offering "dosing guidance for depression" and "microdose
protocols". A third shares screenshots of what it says are customer reviews thanking the seller for
"saving my life".</p>
<p>Dr. Anita Kaur, a psychiatrist who studies online drug markets, said the mimicry is deliberate. "They
have watched how clinics market themselves," she said. "They take the science, the testimonials and the
promise of speed, and drop the part where someone actually checks whether it is safe for you."</p>

<h2>What buyers receive</h2>
<p>Three former buyers described their experience to the Herald on condition that their full names not be
used. Jordan, 29, said he bought from a channel after being quoted a four-month wait for esketamine. The
powder he received, he said, made him sick for two days. A drug-checking service later found it contained
2-fluorodeschloroketamine, a related compound, and no ketamine at all.</p>
<p>Harm-reduction groups in two countries told the Herald they had seen similar substitutions. One service
said about a fifth of samples sold as ketamine in 2026 contained an analogue, and a smaller share
contained no dissociative at all.</p>

<h2>"Doctors" who do not exist</h2>
<p>Eight channels featured a named physician, complete with a headshot and a short biography. The
Herald searched state licensing databases and medical board records in the U.S. and the U.K. for all
eight names. None matched a licensed practitioner with the stated specialty; two photographs were stock
images, and one belonged to a dentist in Ohio who told the Herald she had never heard of the channel.
"It is my face on a drug ad," she said. "I have reported it four times."</p>
<p>Other channels went further, offering what they called an "intake". In one case, a reporter was sent a
seven-question form asking for age, weight and "main reason for treatment". The reply arrived in under
two minutes: "Approved! Choose your package below."</p>

<h2>Payment and shipping</h2>
<p>Almost all channels accepted cryptocurrency; about a third also accepted peer-to-peer payment apps or
gift cards. Shipping promises were strikingly uniform. One post offered "candle-box stealth, UK to UK
tracked, free reship if seized", another promised "EU domestic dispatch, no customs".</p>
<p>A spokesperson for the Drug Enforcement Administration said the agency does not comment on specific
platforms but that "selling a controlled substance without a valid prescription is a federal crime,
regardless of how it is marketed". Telegram did not respond to questions about the channels; several were
deleted during the reporting period, and at least five reappeared under new names within days.</p>

<h2>The legitimate route</h2>
<p>Licensed infusion clinics, certified esketamine centres and telehealth practices that evaluate
patients by video operate under rules that require a clinician evaluation, monitoring and, for controlled
substances, checks of prescription databases. Those safeguards add time and cost, which sellers exploit
in their advertising. "The waiting lists are a real problem," Dr. Kaur said. "But the answer to a waiting
list is not a stranger with a crypto wallet."</p>
<p class="note"><em>If you or someone you know is struggling, call or text 988 in the U.S. or contact Samaritans
on 116 123 in the UK.</em></p>
</main>
<aside class="related"><h4>Related coverage</h4><ul><li>Why esketamine waiting lists grew in 2026</li><li>How drug checking works</li><li>Telehealth rules for controlled substances, explained</li></ul></aside>
<footer><p>&copy; 2026 The Meridian Herald &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")

p("h12433", "https://hollis-vance-defense.example/blog/federal-charges-ordering-ketamine-online", "informational", False, "en",
  "law-firm-blog-quotes-darknet-listing", "Ordered Ketamine Online? What Federal Charges Can Follow | Hollis & Vance Criminal Defense", """
<header>
<a class="logo" href="/">Hollis &amp; Vance <small>Criminal Defense</small></a>
<nav><a href="/practice-areas">Practice areas</a> <a href="/drug-crimes">Drug crimes</a> <a href="/attorneys">Attorneys</a> <a href="/results">Results</a> <a href="/blog">Blog</a> <a href="/contact" class="btn">Free case review</a></nav>
</header>
<main>
<article>
<h1>Ordered ketamine online? What federal charges can follow, and how cases unfold</h1>
<p class="byline">By Rebecca Hollis, former federal prosecutor</p>

<p>Our office receives calls every month from people who ordered ketamine from a website or a messaging
channel and then received a letter from U.S. Customs and Border Protection, a visit from Homeland Security
Investigations, or a package that was followed by a knock on the door. This article explains how these
cases typically develop. It is general information, not legal advice for your situation.</p>

<h2>What the listing promised</h2>
<p>In a case we handled last year (details changed to protect the client), our client had ordered from a
darknet market vendor whose listing, entered into evidence, read as follows:</p>
<blockquote class="exhibit">"KETAMINE S-ISOMER CRYSTAL &ndash; TOP SHARDS. 5g / 10g / 25g. Lab tested 98%+.
Shipping from EU to USA, insured, professional stealth (we are in business 4 years, 3,000+ sales). Escrow
only. Reship once if lost, after proof. No refund on customs letters, customs letters are empty threats,
just ignore them."</blockquote>
<p>That last line is worth pausing on. Customs seizure notices are not empty threats. They are often the
first document in a file that a federal agency may later use.</p>

<h2>Possible charges</h2>
<ul>
<li><b>Simple possession (21 U.S.C. 844).</b> For small personal amounts, often a misdemeanour for a first offence, though state charges may apply instead.</li>
<li><b>Importation (21 U.S.C. 952 and 960).</b> Ordering a controlled substance from abroad can be charged as importation even for small amounts. For a Schedule III substance the statutory maximum is generally ten years for a first offence.</li>
<li><b>Possession with intent to distribute (21 U.S.C. 841).</b> Prosecutors may allege intent when the quantity, packaging, scales or messages suggest resale.</li>
<li><b>Conspiracy (21 U.S.C. 846).</b> Buyers sometimes appear in conspiracy indictments when a vendor's records are seized.</li>
</ul>

<h2>How cases usually begin</h2>
<p>Three patterns are common. First, a parcel is inspected at an international mail facility, and the
recipient receives a seizure notice. Many cases end there. Second, investigators conduct a controlled
delivery: they deliver the package and execute a search warrant shortly afterwards. Third, when a vendor
or market is taken down, agencies obtain customer lists and shipping addresses, sometimes years after the
purchases.</p>

<h2>"It was for my depression"</h2>
<p>Many clients ordered ketamine because they had read about its antidepressant effects and could not
afford or access treatment. That context can matter at sentencing and in negotiations, particularly when
supported by medical records and evidence of engagement with treatment. It is not a legal defence to
possession without a prescription.</p>

<h2>What to do if you receive a letter or a visit</h2>
<ol>
<li>Do not sign statements or answer questions about the order without a lawyer.</li>
<li>Do not contact the vendor, and do not delete messages or accounts; that can create separate problems.</li>
<li>Keep the letter and write down who contacted you and when.</li>
<li>Call a defence attorney experienced in federal drug cases.</li>
</ol>

<h2>Results in similar cases</h2>
<p>Past results do not guarantee future outcomes. In recent matters involving personal-use quantities of
ketamine, our clients have received pre-trial diversion, deferred prosecution or state-level misdemeanour
resolutions. Cases with larger quantities or evidence of resale carry more serious exposure.</p>

<section class="cta"><p>Free, confidential case review: (555) 016-3300 or use our secure contact form. We represent clients in federal courts across the state.</p></section>
</article>
</main>
<footer>Hollis &amp; Vance, LLP &middot; Attorney advertising &middot; <a href="/disclaimer">Disclaimer</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12434", "https://journal-of-digital-drug-markets.example/articles/2026/ketamine-vendor-websites-content-analysis", "informational", False, "en",
  "research-article-quotes-vendor-text", "Medicalised marketing on ketamine vendor websites: a qualitative content analysis | Journal of Digital Drug Markets", """
<header><a class="logo" href="/">Journal of Digital Drug Markets</a> <nav><a href="/current">Current issue</a> <a href="/archive">Archive</a> <a href="/submit">Submit</a> <a href="/about">About</a></nav></header>
<main class="article">
<p class="type">Original research &middot; Open access</p>
<h1>Medicalised marketing on ketamine vendor websites: a qualitative content analysis of 112 sites</h1>
<p class="authors">M. Lindqvist<sup>1</sup>, T. Abara<sup>2</sup>, C. Fonseca<sup>1</sup>, R. Weiss<sup>3</sup></p>
<p class="affil"><small>1 Department of Public Health, University of Norrland (fictional); 2 School of Pharmacy; 3 Centre for Addiction Research</small></p>
<p class="dates"><small>Received 3 May 2026; accepted 19 September 2026; published 28 November 2026</small></p>

<h2>Abstract</h2>
<p><b>Background.</b> As ketamine and esketamine have entered psychiatric practice, online sellers have
adopted clinical language. We examined how vendor websites that sell ketamine without a prescription
present themselves. <b>Methods.</b> We identified English, Spanish and German language websites through
search engines and link-following between January and March 2026, archived them, and coded their content
using a framework developed from prior studies of illegal online pharmacies. <b>Results.</b> Of 112
sites, 71 (63%) used at least one medical framing device: scientific explainers (n=58), invented
clinician personas (n=27), references to published trials (n=44), questionnaires presented as medical
assessments (n=19) or "news" articles (n=22). Only 9 sites displayed any age check beyond a click-through.
All accepted at least one form of cryptocurrency. <b>Conclusions.</b> Vendor sites increasingly wrap
product listings in content that mimics clinical, academic and journalistic genres, which may confuse
search engines, regulators and patients.</p>

<h2>1. Introduction</h2>
<p>Studies of illegal online pharmacies have long documented the use of trust signals such as fake
accreditation seals. The arrival of an approved esketamine product in 2019 and the growth of telehealth
ketamine services created a new template for vendors to imitate...</p>

<h2>3. Results</h2>
<h3>3.1 Scientific explainers</h3>
<p>The most common device was a long article explaining ketamine's mechanism of action, usually placed
above or beside the price list. In a representative example, a 1,400-word essay on NMDA receptors ended
with the following passage (site V-037):</p>
<blockquote>"Understanding the science is the first step. The second is access. Our crystal is the same
racemic ketamine used in these trials. 5 g &euro;140, 10 g &euro;250. No prescription required. Bitcoin and
Monero accepted; EU domestic shipping in discreet packaging."</blockquote>
<h3>3.2 "News" framing</h3>
<p>Twenty-two sites presented their main content as news reporting, with bylines, datelines and quotes
attributed to unnamed patients. Typically the "story" described long waiting lists and high clinic
prices before introducing the vendor as a reader recommendation (V-081):</p>
<blockquote>"Patients tell us the same thing again and again: the system failed them. That is why we
partnered with a trusted supplier. Readers can order with code NEWS15, no doctor's note needed, tracked
and discreet."</blockquote>
<h3>3.3 Questionnaires as assessments</h3>
<p>Nineteen sites described a short online form as a "medical assessment" or "clinical intake". None
offered a video or telephone consultation. Several stated approval rates above 95 percent or promised
"automatic approval" (V-012: "Complete our 2-minute evaluation; our system approves most patients
instantly and your troches ship the same day").</p>
<h3>3.4 Legal reassurance</h3>
<p>Thirty-one sites contained legal content, often incorrect, asserting that small orders were "tolerated",
that customs letters could be ignored, or that labelling a product "for research" made it lawful.</p>

<h2>4. Discussion</h2>
<p>Our findings suggest that genre is a poor guide to a page's purpose. A page that reads like a review
article, a newspaper report or a legal guide may exist mainly to carry a price list. Conversely, legitimate
providers increasingly publish long educational content. Regulators, platforms and search engines
need to attend to transactional features (how payment, prescription and delivery work) rather than to
tone. Limitations include a sample restricted to three languages and the rapid turnover of sites; 41 of the
112 had disappeared by September 2026.</p>

<p class="refs"><small>Funding: public research council grant. Competing interests: none declared. Data: coding
frame and archived page identifiers available on request; site URLs withheld to avoid promotion.</small></p>
</main>
<footer>Journal of Digital Drug Markets &middot; ISSN 0000-0000 (example) &middot; <a href="/policies">Editorial policies</a></footer>
""", noise="cookie")

p("h12435", "https://checkpoint-drug-checking.example/alerts/what-the-ads-say-vs-what-we-found", "informational", False, "en",
  "drug-checking-alert-quotes-ads", "What the Ads Say vs What We Found: Ketamine Samples, Autumn 2026 | Checkpoint Drug Checking", """
<header><a class="logo" href="/">Checkpoint Drug Checking</a> <nav><a href="/services">Services</a> <a href="/alerts">Alerts</a> <a href="/results">Results</a> <a href="/locations">Locations</a> <a href="/about">About</a></nav></header>
<main>
<article>
<p class="tag">ALERT &middot; Dissociatives</p>
<h1>What the ads say vs what we found: ketamine samples, autumn 2026</h1>
<p class="meta">Published 1 December 2026 &middot; Based on 214 samples submitted to our mobile and fixed-site services</p>

<p>Every season we compare the claims people bring to us with what our spectrometry and lab confirmation
actually show. This autumn we asked people who submitted ketamine samples whether they would share the
advertisement or message they bought from. Forty-eight did. Below are four, lightly edited to remove
handles and phone numbers, set next to our results.</p>

<section class="case">
<h3>Sample group A &ndash; "medical grade for depression"</h3>
<blockquote>"Same ketamine the clinics use, medical grade for depression and PTSD. 99.7% purity, lab report
available. 5 g for &pound;120, no prescription, next-day stealth. Crypto only."</blockquote>
<p><b>What we found:</b> 6 samples. 3 ketamine, 2 ketamine with caffeine, 1 2F-DCK with no ketamine detected. No
lab report was provided to any of the buyers who asked.</p>
</section>

<section class="case">
<h3>Sample group B &ndash; "research chemical"</h3>
<blockquote>"Research ketamine analogue, not for human consumption. Smooth, long, clean. 10 g &pound;140. Crypto
or bank. Ships from NL."</blockquote>
<p><b>What we found:</b> 4 samples. All 2F-DCK. Duration and dosing differ from ketamine; several people
reported taking more than intended.</p>
</section>

<section class="case">
<h3>Sample group C &ndash; "pharma vials"</h3>
<blockquote>"Sealed pharma vials, 50 mg/ml, import stock. 5 vials &pound;200. Cook down to crystal or use as is.
Telegram only."</blockquote>
<p><b>What we found:</b> 3 samples. 2 ketamine solutions at lower concentrations than labelled (about 30 mg/ml),
1 water with trace ketamine. Labels did not match any licensed product.</p>
</section>

<section class="case">
<h3>Sample group D &ndash; "esketamine spray"</h3>
<blockquote>"Esketamine nasal spray without the clinic, 28 mg devices, box of 2 &pound;140."</blockquote>
<p><b>What we found:</b> 2 samples. Both were refillable generic nasal spray bottles containing racemic
ketamine solution, not esketamine, at an inconsistent concentration.</p>
</section>

<h2>What this means if you use ketamine</h2>
<ul>
<li>Advertised purity and "lab reports" tell you nothing. Get your sample checked if you can.</li>
<li>2F-DCK is commonly sold as or in place of ketamine. Start low and wait longer before redosing.</li>
<li>Do not mix with alcohol, GHB/GBL, opioids or benzodiazepines: the risk of losing consciousness and breathing problems rises sharply.</li>
<li>Frequent use can damage the bladder. Pain when urinating, blood in urine or needing to go very often are signs to see a doctor; stopping early helps.</li>
<li>If you are using ketamine to manage depression, licensed treatment exists; our staff can talk through options without judgement.</li>
</ul>
<p>Free, confidential testing. We do not sell, source or recommend any supplier. Results are published in
aggregate only.</p>
</article>
</main>
<footer>Checkpoint Drug Checking is a charity-run harm reduction service &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h12436", "https://consumer-medsafety.example/alerts/2026/fake-ketamine-telehealth-sites", "informational", False, "en",
  "government-consumer-alert-quotes-fake-telehealth-ad", "Consumer Alert: Fake Ketamine 'Telehealth' Websites | Office of Consumer Medication Safety", """
<header class="gov">
<div class="govbar">An official website of the Office of Consumer Medication Safety (example agency)</div>
<a class="logo" href="/">Office of Consumer Medication Safety</a>
<nav><a href="/alerts">Alerts</a> <a href="/buying-online">Buying medicine online</a> <a href="/report">Report a problem</a> <a href="/about">About us</a></nav>
</header>
<main>
<h1>Consumer alert: fake ketamine "telehealth" websites</h1>
<p class="date">Issued December 2, 2026</p>

<h2>What is the problem?</h2>
<p>We are warning consumers about websites and social media accounts that claim to provide ketamine
treatment for depression, anxiety or pain through "telehealth" but sell the drug without a valid
prescription. Some of these sites copy the names and logos of licensed providers.</p>

<h2>What the ads look like</h2>
<p>The following text is taken from an advertisement reported to us in November. We are publishing it so
consumers can recognise similar offers. Contact details and web addresses have been removed.</p>
<blockquote>"Get ketamine treatment online in minutes! Our licensed team approves 98% of patients. Just answer
7 quick questions, no video visit required. Ketamine troches 300 mg x 20 shipped in 48 hours, $199. Pay by
card, Zelle or crypto for 10% off. Refills automatic, no follow-ups needed."</blockquote>
<p>Warning signs in this ad include: approval without a live consultation, an approval rate presented as a
selling point, automatic refills without follow-up, and payment methods that are difficult to reverse.</p>

<h2>Why this matters</h2>
<p>Ketamine is a controlled substance. When it is taken without a proper evaluation and monitoring, it can
cause dangerous increases in blood pressure, severe dissociation, accidents, misuse and bladder damage.
Products from unlicensed sellers may be counterfeit, contaminated or contain a different drug.</p>

<h2>Sites that copy licensed providers</h2>
<p>Several reports involved sites that copied the name, logo and clinician photographs of legitimate
telehealth companies and clinics. In some cases, consumers who paid never received anything; in others,
they received unlabelled powder or tablets. Legitimate providers have posted warnings on their own websites,
and we encourage consumers to contact a provider directly through the phone number on its verified website
if they are unsure.</p>

<h2>How to check a telehealth provider</h2>
<ul>
<li>Ask for the name of the clinician who will evaluate you, and check their licence with your state board.</li>
<li>Expect a real-time video or in-person evaluation before any prescription for a controlled substance.</li>
<li>Check that the pharmacy is licensed in your state and requires a prescription.</li>
<li>Be wary of cryptocurrency, gift cards or payment apps as payment for medicine.</li>
</ul>

<h2>What to do</h2>
<p>If you bought ketamine from one of these sites, do not take it. Talk to a health-care provider. Report
the site using our online form or by calling 1-800-555-0199. If you have had a bad reaction, seek medical
care and report it through our adverse event reporting system.</p>
</main>
<footer><p>Office of Consumer Medication Safety &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a> &middot; <a href="/privacy">Privacy policy</a></p></footer>
""")

p("h12437", "https://prosecutors-office-district.example/press/2026-11-19-ketamine-distributor-sentenced", "informational", False, "en",
  "prosecutor-press-release-quotes-ads", "Press release: online ketamine distributor sentenced", """
FOR IMMEDIATE RELEASE, November 19, 2026
United States Attorney's Office (example district)

ONLINE KETAMINE DISTRIBUTOR SENTENCED TO 78 MONTHS

A 34-year-old man was sentenced today to 78 months in federal prison for distributing ketamine that he
advertised online as a treatment for depression, and for money laundering.

According to court documents, between 2023 and 2025 the defendant operated a website and three messaging
channels that presented themselves as a "ketamine wellness service". The website featured articles about
ketamine research and the history of the drug, fabricated biographies of physicians and testimonials. At
sentencing the government introduced the text of one advertisement, which read in part: "Clinic-quality
ketamine without the clinic. No prescription, no waiting. Ketamine HCl 10 g $260, nasal spray $140. Pay in
Bitcoin. Discreet shipping nationwide. Your recovery starts today."

Investigators determined that the defendant shipped more than 4,000 parcels, sourced most of the product
from overseas suppliers, and received more than $1.9 million in cryptocurrency. At least two customers were
hospitalised. Laboratory analysis of seized product found that some parcels sold as ketamine contained
2-fluorodeschloroketamine.

"Dressing up drug trafficking as healthcare does not change what it is," the U.S. Attorney said.

The case was investigated by the DEA and Homeland Security Investigations, with assistance from the U.S.
Postal Inspection Service.
""", ext="txt")

p("h12438", "https://le-quotidien-bruxellois.example/societe/ketamine-snapchat-enquete", "informational", False, "fr",
  "french-news-quotes-snapchat-ads", "Kétamine sur Snapchat : « livraison en 30 minutes », notre enquête | Le Quotidien bruxellois", """
<header>
<a class="logo" href="/">Le Quotidien bruxellois</a>
<nav><a href="/belgique">Belgique</a> <a href="/societe">Société</a> <a href="/sante">Santé</a> <a href="/monde">Monde</a> <a href="/abonnement" class="btn">S'abonner</a></nav>
</header>
<main>
<article>
<p class="rubrique">SOCIÉTÉ &middot; Enquête</p>
<h1>Kétamine sur Snapchat : « livraison en 30 minutes », plongée dans un marché qui se dit thérapeutique</h1>
<p class="chapeau">Pendant un mois, nous avons suivi des comptes qui proposent de la kétamine à Bruxelles et en
Wallonie. Leurs annonces empruntent désormais le vocabulaire de la santé mentale.</p>
<p class="signature">Par Claire Dumont &middot; 30 novembre 2026</p>

<p>La « story » s'affiche entre deux vidéos de vacances : un fond violet, un flacon stylisé et un texte en
lettres blanches. « Déprime ? Anxiété ? La kétamine, c'est ce que les hôpitaux utilisent maintenant.
Pas besoin d'attendre six mois. » Suit un menu.</p>
<p>Nous avons recensé vingt-deux comptes de ce type sur Snapchat et Instagram. Nous avons conservé leurs
publications sans jamais passer commande. Voici, à titre d'exemple, une annonce publiée début novembre,
reproduite sans les identifiants :</p>
<blockquote>« K de qualité pharma 💎 1 g 30 € / 5 g 120 €. Livraison en 30 minutes sur Bruxelles, envoi
par la poste partout en Belgique, emballage discret. Paiement cash, Payconiq ou crypto. Sans ordonnance,
sans prise de tête. Parfait pour la dépression, demande le guide de dosage. »</blockquote>
<p>Pour le Dr Pierre Lambert, psychiatre dans un hôpital universitaire qui administre l'eskétamine, ces
messages sont « une récupération cynique » des progrès de la recherche. « À l'hôpital, le patient est
évalué, sa tension est surveillée, il reste deux heures sous observation. Là, on vend une poudre dont
personne ne connaît la composition à des personnes fragiles. »</p>

<h2>Des analyses inquiétantes</h2>
<p>Les services d'analyse de produits bruxellois constatent, eux aussi, la présence de dérivés comme la
2F-DCK dans des échantillons vendus comme kétamine. Une intervenante en réduction des risques explique que
certains jeunes « croient se soigner » et augmentent les doses sans savoir ce qu'ils prennent.</p>

<h2>Ce que dit la loi</h2>
<p>En Belgique, la kétamine est un médicament dont la détention et la vente hors cadre médical sont
punissables. Le parquet de Bruxelles indique avoir ouvert plusieurs dossiers liés à des ventes sur les
réseaux sociaux en 2026. Snapchat affirme supprimer les comptes signalés, mais plusieurs de ceux que nous
avons suivis ont réapparu sous un autre nom en quelques jours.</p>

<h2>Où trouver de l'aide</h2>
<p>Les personnes en difficulté peuvent s'adresser à leur médecin, au Centre de prévention du suicide
(0800 32 123) ou à Infor-Drogues (02 227 52 52).</p>
</article>
</main>
<footer>&copy; 2026 Le Quotidien bruxellois &middot; <a href="/charte">Charte déontologique</a></footer>
""", noise="cookie-fr")

p("h12439", "https://drugcheck-rhein.example/warnungen/ketamin-werbung-im-faktencheck", "informational", False, "de",
  "german-harm-reduction-quotes-seller-ads", "Ketamin-Werbung im Faktencheck | Drugcheck Rhein", """
<header>
<a class="logo" href="/">Drugcheck <b>Rhein</b></a>
<nav><a href="/angebot">Angebot</a> <a href="/warnungen">Warnungen</a> <a href="/substanzen">Substanzinfos</a> <a href="/standorte">Standorte</a> <a href="/ueber-uns">Über uns</a></nav>
</header>
<main>
<article>
<p class="label">WARNUNG &middot; Dissoziativa</p>
<h1>„Pharmaqualität, laborgeprüft, ohne Rezept“ &ndash; Ketamin-Werbung im Faktencheck</h1>
<p class="datum">Veröffentlicht am 26. November 2026</p>

<p>In den letzten Monaten haben uns viele Menschen Screenshots von Angeboten gezeigt, über die sie Ketamin
gekauft haben &ndash; meist aus Telegram-Gruppen, manchmal von Webseiten, die wie Arztpraxen oder
Nachrichtenportale aussehen. Wir haben die häufigsten Versprechen mit unseren Analyseergebnissen
verglichen. Zitate sind gekürzt, Kontaktdaten entfernt.</p>

<h2>Versprechen 1: „Pharmaqualität, 99 % rein“</h2>
<blockquote>„Ketamin HCl in Pharmaqualität, 99 % rein, Laborbericht inklusive. 5 g 130 €, 10 g 240 €.
Versand als Brief, neutral, kein Rezept nötig. Zahlung nur Krypto.“</blockquote>
<p><b>Unser Befund:</b> Von 31 Proben mit diesem oder ähnlichem Werbetext enthielten 22 überwiegend Ketamin,
6 ein Analogon (vor allem 2F-DCK) und 3 Streckmittel wie Koffein oder Paracetamol. Der angebliche
Laborbericht war in allen uns gezeigten Fällen ein kopiertes Dokument ohne Bezug zur Charge.</p>

<h2>Versprechen 2: „Hilft gegen Depressionen“</h2>
<blockquote>„Wissenschaftlich belegt: Ketamin wirkt in 24 Stunden gegen Depressionen. Warum monatelang auf
einen Therapieplatz warten? Dosierungsplan gratis zur Bestellung.“</blockquote>
<p><b>Einordnung:</b> Ja, es gibt Studien zur antidepressiven Wirkung &ndash; aber unter ärztlicher Aufsicht, mit
genau dosierten, geprüften Präparaten und Kontrolle von Blutdruck und Befinden. Ein „Dosierungsplan“ von
einem anonymen Verkäufer ersetzt das nicht. Bei Depressionen ist ärztliche Hilfe der richtige Weg;
Esketamin wird in Deutschland in Praxen und Kliniken unter Aufsicht gegeben.</p>

<h2>Versprechen 3: „Legal, weil kein BtM“</h2>
<blockquote>„Ketamin steht nicht im BtMG, deshalb ist die Bestellung völlig legal.“</blockquote>
<p><b>Einordnung:</b> Ketamin ist zwar nicht im Betäubungsmittelgesetz gelistet, aber verschreibungspflichtig.
Der Handel ohne Erlaubnis ist nach dem Arzneimittelgesetz strafbar; Analoga wie 2F-DCK fallen unter das
NpSG. „Völlig legal“ ist also falsch.</p>

<h2>Versprechen 4: „Wir sind eine Online-Praxis“</h2>
<blockquote>„Online-Ketamintherapie: kurzen Fragebogen ausfüllen, unsere Ärzte prüfen in 10 Minuten,
Lieferung in 2 Tagen. Kein Videogespräch nötig.“</blockquote>
<p><b>Einordnung:</b> Seriöse Angebote nennen die behandelnden Ärztinnen und Ärzte mit Namen, führen ein
persönliches Gespräch und geben Esketamin nur unter Aufsicht in einer Praxis oder Klinik. Ein
Fragebogen mit automatischer Zusage ist keine ärztliche Behandlung.</p>

<h2>Safer Use</h2>
<ul>
<li>Nicht allein konsumieren, nicht mit Alkohol, GHB/GBL oder Opioiden mischen.</li>
<li>Niedrig dosieren, lange warten: Analoga wirken oft länger und stärker.</li>
<li>Häufiger Konsum kann die Blase schädigen &ndash; bei Schmerzen beim Wasserlassen ärztlich abklären lassen.</li>
</ul>
<p>Unser Angebot ist kostenlos und anonym. Wir verkaufen und vermitteln keine Substanzen.</p>
</article>
</main>
<footer>Drugcheck Rhein &middot; gefördert durch die Kommune (Beispiel) &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h12440", "https://verifica-factos.example/saude/cetamina-sem-receita-anuncio-verificado", "informational", False, "pt",
  "portuguese-fact-check-quotes-seller-ad", "Anúncio promete “cetamina sem receita, legal em Portugal”. É falso | Verifica Factos", """
<header>
<a class="logo" href="/">Verifica<b>Factos</b></a>
<nav><a href="/politica">Política</a> <a href="/saude">Saúde</a> <a href="/redes-sociais">Redes sociais</a> <a href="/metodologia">Metodologia</a></nav>
</header>
<main>
<article>
<p class="veredicto">VEREDITO: FALSO</p>
<h1>Anúncio promete “cetamina sem receita, legal em Portugal desde a descriminalização”. É falso</h1>
<p class="data">Publicado a 24 de novembro de 2026</p>

<p>Circula em grupos de Telegram e em páginas de Instagram um anúncio que oferece cetamina para
“tratamento da depressão” com entrega em casa. Vários leitores enviaram-nos o texto, que reproduzimos sem
os contactos:</p>
<blockquote>“Cetamina farmacêutica, a mesma dos hospitais. Desde 2001 o consumo em Portugal é
descriminalizado, por isso comprar é 100% legal. 2 g 60 €, 5 g 130 €. Envio CTT discreto para todo o país,
pagamento MB Way ou cripto. Sem receita, sem consultas. Ajuda comprovada na depressão.”</blockquote>

<h2>O que diz a lei</h2>
<p>A Lei n.º 30/2000, em vigor desde 2001, descriminalizou a aquisição e posse para consumo próprio de
substâncias controladas até ao limite de dez dias de consumo médio, que passaram a ser contraordenação
tratada pelas Comissões para a Dissuasão da Toxicodependência. Isso não torna legal a venda: o tráfico
continua a ser crime punido pelo Decreto-Lei n.º 15/93. Além disso, a cetamina é um medicamento sujeito a
receita médica, e a sua venda fora das farmácias e sem prescrição viola o Estatuto do Medicamento.</p>

<h2>E o efeito na depressão?</h2>
<p>Os estudos sobre o efeito antidepressivo da cetamina são reais, e a escetamina em spray nasal está
aprovada na União Europeia para depressão resistente. Mas, em Portugal, é administrada em contexto
hospitalar ou em serviços autorizados, com avaliação psiquiátrica e vigilância após cada dose. Um
psiquiatra de um hospital de Lisboa ouvido pelo Verifica Factos lembrou que “a mesma substância, sem
avaliação nem monitorização, pode agravar o quadro em pessoas vulneráveis”.</p>

<h2>O que contém o produto?</h2>
<p>Serviços de análise de substâncias na Europa têm encontrado análogos como a 2F-DCK em amostras vendidas
como cetamina. Não é possível saber o que contém um produto comprado desta forma.</p>

<h2>Conclusão</h2>
<p>A afirmação de que comprar cetamina sem receita é “100% legal” em Portugal é falsa. A descriminalização
abrange o consumo, não a venda, e a cetamina só pode ser dispensada mediante receita. Quem precisa de ajuda
para uma depressão pode recorrer ao médico de família, ao SNS 24 (808 24 24 24) ou, em crise, ao 112.</p>
</article>
</main>
<footer>Verifica Factos &middot; signatário do código de princípios de verificação de factos (exemplo) &middot; <a href="/correcoes">Correções</a></footer>
""", noise="cookie-pt")

save(OUT, R)
