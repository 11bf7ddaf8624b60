# Batch 101 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Buried in the padding". Long pages (roughly 1,500-5,000 words of body text) where the
# decisive part is small and sits somewhere in the middle or at the end. The 14 sellers are padded
# with generic "what is ketamine", history, pharmacology, research and safety prose, and their sale
# shows only in one block (a price table, an order box, a payment line, a shipping promise, a
# Telegram/WhatsApp handle, an auto-approval form). The 26 honest pages (clinic guides, telehealth
# explainers, news features, government and harm-reduction guides, forum threads, a law firm, a
# rehab centre, an encyclopaedia entry) are just as long and their padding mentions prices, "buy",
# shipping, crypto or messengers in passing.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 26 English, 14 es/de/fr/nl/pt/it
# (es 3, de 3, fr 2, nl 2, pt 2, it 2).
# Shapes: almost all long pages with site chrome (menus, cookie banners, sidebars, footers); a few
# long plain-text pages (ext="txt": a forum thread and a marketplace listing copied as text).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch101.py (writes batch101/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch101")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14): the sale is one small block

p("h10101", "https://kvault-labs.example/learn/ketamine-complete-guide-2026", "seller", True, "en",
  "long-guide-with-price-table-in-middle", "Ketamine: The Complete Guide (2026 Edition) | KVault Learn", """
<header class="site">
<a class="brand" href="/">KVault <span>Learn &middot; Lab &middot; Supply</span></a>
<nav><a href="/learn">Learn</a> <a href="/learn/history">History</a> <a href="/learn/research">Research digest</a> <a href="/lab-reports">Lab reports</a> <a href="/stock">Stock</a> <a href="/contact">Contact</a></nav>
</header>
<main class="article">
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/learn">Learn</a> &rsaquo; Complete guide</p>
<h1>Ketamine: The Complete Guide</h1>
<p class="byline">Updated for 2026 &middot; Reading time about 18 minutes &middot; Written by the KVault editorial team</p>

<aside class="toc"><strong>On this page</strong>
<ol><li><a href="#intro">Introduction</a></li><li><a href="#history">A short history</a></li><li><a href="#pharm">How it works in the body</a></li><li><a href="#medicine">Ketamine in medicine</a></li><li><a href="#depression">The depression story</a></li><li><a href="#forms">Forms and isomers</a></li><li><a href="#stock">Current stock</a></li><li><a href="#risks">Risks and safety</a></li><li><a href="#law">Legal status around the world</a></li><li><a href="#faq">FAQ</a></li><li><a href="#refs">References</a></li></ol></aside>

<h2 id="intro">Introduction</h2>
<p>Few molecules have had a stranger career than ketamine. It started life in a pharmaceutical lab as a safer alternative to an anaesthetic that kept making patients hallucinate, became the go-to battlefield anaesthetic of the Vietnam era, drifted into club culture in the 1990s, and then, somewhat unexpectedly, became one of the most talked-about ideas in psychiatry since the arrival of Prozac. Today the same compound sits on the World Health Organization's list of essential medicines, in the drug cabinet of every large-animal vet, and in the headlines of newspapers arguing about whether it is a miracle or a menace.</p>
<p>This guide tries to pull all of that together in one place. We cover where ketamine came from, what it actually does at the receptor level, how it is used in hospitals and clinics, what the research on depression does and doesn't show, the different forms you will come across, and the risks that anyone reading about ketamine should understand. We have tried to keep it readable without dumbing it down. Where we cite studies, the references are at the bottom of the page.</p>
<p>A quick note on terminology before we start. "Ketamine" on its own normally means the racemic mixture, an equal blend of two mirror-image molecules called S-ketamine (esketamine) and R-ketamine (arketamine). When a paper or a product is about one of those specifically, it will usually say so. We will do the same.</p>

<h2 id="history">A short history</h2>
<p>The story begins with phencyclidine, better known today as PCP. In the 1950s Parke-Davis, then one of the largest drug companies in the United States, was looking for a reliable intravenous anaesthetic. PCP worked, in the sense that it put people under, but a large share of patients woke up agitated, delirious, and in some cases frightened for hours afterwards. The emergence reactions were bad enough that the company started looking for a shorter-acting relative that might keep the useful properties and lose the worst of the side effects.</p>
<p>In 1962 a chemist named Calvin Stevens, working as a consultant for Parke-Davis, synthesised a compound the company catalogued as CI-581. It was an arylcyclohexylamine like PCP, but it acted for a much shorter time and seemed far less likely to cause prolonged psychosis in animals. Two years later, in 1964, the pharmacologist Edward Domino and the anaesthesiologist Guenter Corssen gave it to human volunteers, prisoners at the Jackson State Prison in Michigan, as was common for drug trials at the time. The volunteers described feeling disconnected from their bodies, floating, or as if their limbs were not their own. Domino's wife Toni suggested the word "dissociative" to describe this state, and the term stuck.</p>
<p>The US Food and Drug Administration approved ketamine for human use in 1970. Its timing was significant. American forces in Vietnam needed an anaesthetic that could be given by relatively untrained staff, that did not suppress breathing the way opioids and barbiturates did, and that kept blood pressure up rather than dropping it, which matters enormously when you are treating someone who has lost a lot of blood. Ketamine fit that description. It became a staple of field medicine and, later, of anaesthesia in low-resource settings around the world, a role it still plays today.</p>
<p>Non-medical use followed, as it did with most psychoactive drugs of the era. Through the 1970s and 80s there were scattered reports of recreational use, and the American psychonaut John Lilly wrote at length about his experiments with it. By the 1990s ketamine had found a place in the rave scene in the UK and elsewhere, often diverted from veterinary supplies. Regulators responded: the United States placed it in Schedule III of the Controlled Substances Act in 1999, and the UK classified it as a Class C drug in 2006, moving it up to Class B in 2014 after growing concern about bladder damage among heavy users.</p>
<p>Then came the turn that nobody had predicted. In 2000 a small study from Yale, led by Robert Berman, John Krystal and colleagues, reported that a single sub-anaesthetic infusion of ketamine improved depressive symptoms within hours in a handful of patients. Six years later Carlos Zarate and colleagues at the US National Institute of Mental Health replicated the finding in patients with treatment-resistant depression. That paper, published in the Archives of General Psychiatry, set off two decades of research that is still going on.</p>

<h2 id="pharm">How it works in the body</h2>
<p>Ketamine's best-known action is blocking the NMDA receptor, one of the main receptors for glutamate, the brain's most abundant excitatory neurotransmitter. It is what pharmacologists call an uncompetitive, open-channel blocker: it can only get into the receptor's channel when the channel has already been opened by glutamate, and once inside it plugs the pore. That is part of why its effects depend so much on dose and on what the brain is doing at the time.</p>
<p>At anaesthetic doses this blockade produces the dissociative state that gave the drug its reputation: the patient's eyes may stay open, reflexes are largely preserved, breathing usually continues, and yet they feel no pain and form few memories. At much lower doses the picture is different and more subtle. One leading hypothesis for the antidepressant effect is that ketamine preferentially blocks NMDA receptors on inhibitory interneurons, which briefly releases the brakes on glutamate signalling. The resulting burst of activity at AMPA receptors is thought to trigger a cascade involving brain-derived neurotrophic factor (BDNF) and the mTOR pathway, ending in the growth of new synaptic connections in regions like the prefrontal cortex.</p>
<p>That is not the whole story. Ketamine also interacts, more weakly, with opioid receptors, monoamine transporters, HCN1 channels and others. One of its metabolites, (2R,6R)-hydroxynorketamine, attracted a lot of attention after a 2016 mouse study suggested it might carry antidepressant effects without the dissociation, although later work has complicated that picture. The honest summary is that we know a great deal about what ketamine does and still don't fully understand which of those actions matter most for mood.</p>
<p>Pharmacokinetically, ketamine is fairly short-lived. Given intravenously its effects begin within seconds and its elimination half-life is roughly two and a half to three hours. It is metabolised in the liver, mainly by the enzymes CYP3A4 and CYP2B6, into norketamine, which is itself active, and then into a series of hydroxylated compounds that are excreted in urine. Taken by mouth, most of the dose is broken down before it reaches the bloodstream, which is why oral bioavailability is often quoted at somewhere between 15 and 20 percent. Intranasal, intramuscular and sublingual routes sit in between.</p>

<h2 id="medicine">Ketamine in medicine</h2>
<p>In hospitals ketamine never really went away. It remains widely used for induction of anaesthesia in unstable patients, for procedural sedation in emergency departments (particularly in children, for things like setting fractures), in burns units where dressing changes are agonising, and increasingly as an opioid-sparing agent after surgery. Low-dose infusions are used by some pain services for complex regional pain syndrome, neuropathic pain, and opioid-tolerant patients whose pain is not responding to anything else.</p>
<p>Prehospital and military medicine still rely on it for the same reasons they did in 1970. Air ambulance crews value the fact that it maintains airway reflexes and blood pressure. In much of the developing world, where anaesthetists and ventilators are scarce, ketamine is often the only general anaesthetic available for caesarean sections and emergency surgery. This is one of the reasons the WHO has repeatedly resisted calls to place it under stricter international control.</p>
<p>And of course it is enormously important in veterinary practice, where it is combined with sedatives such as xylazine or medetomidine for procedures on everything from cats to horses. The veterinary supply chain, with its 10 mL multi-dose vials, has historically been one of the main routes by which ketamine was diverted to recreational markets.</p>

<h2 id="depression">The depression story</h2>
<p>Since the Berman and Zarate papers, dozens of randomised trials have tested ketamine for depression. The broad findings are reasonably consistent. A single infusion of 0.5 mg/kg over 40 minutes produces a rapid reduction in depressive symptoms in a substantial proportion of patients with treatment-resistant depression, often within 24 hours. Suicidal thoughts also tend to drop quickly. The effect of a single dose typically fades over one to two weeks, which has led clinics to use series of six infusions over two or three weeks followed by maintenance sessions.</p>
<p>In March 2019 the FDA approved Spravato, a nasal spray of esketamine made by Janssen, for treatment-resistant depression in combination with an oral antidepressant. It was later also approved for depressive symptoms in adults with major depression and acute suicidal ideation. Spravato is tightly controlled: it can only be given in certified healthcare settings, patients have to be observed for at least two hours after each dose, and they cannot take it home. The European Medicines Agency approved it in late 2019 under similar conditions.</p>
<p>Meanwhile, off-label use of racemic ketamine has grown rapidly, first in infusion clinics and then, during and after the COVID-19 pandemic, through telehealth companies prescribing lozenges or troches for use at home. That model has been controversial, and the rules around prescribing controlled substances remotely have changed several times in the US since 2020. There is also growing interest in ketamine-assisted psychotherapy, in which the drug is used alongside structured therapy sessions rather than on its own.</p>
<p>The open questions are real ones. How long should maintenance continue? What are the long-term effects of repeated dosing in people who are not using it recreationally? Does the dissociative experience itself matter for the benefit, or is it just a side effect? Is R-ketamine, which some animal studies suggest may be longer-acting with fewer side effects, a better option than either the racemate or esketamine? Trials are under way on most of these questions, and anyone who claims to have definitive answers is getting ahead of the evidence.</p>

<h2 id="forms">Forms and isomers</h2>
<p>In pharmaceutical settings ketamine almost always comes as a sterile solution of ketamine hydrochloride, usually at 10, 50 or 100 mg per millilitre. Compounding pharmacies prepare troches, lozenges, nasal sprays and capsules from pharmaceutical-grade powder. Outside medicine the hydrochloride salt is usually encountered as a crystalline solid, sometimes described as "needles" or "shards" depending on how it was crystallised, or as a fine powder. Purity and cutting agents vary a great deal, which is one reason drug-checking services exist.</p>
<p>The two enantiomers behave somewhat differently. S-ketamine binds the NMDA receptor roughly three to four times more strongly than R-ketamine and is considered more potent as an anaesthetic, which is why it is the basis of Spravato and of the S-ketamine injections used in parts of Europe. R-ketamine is less potent at the receptor but, as mentioned, has attracted research interest for its possibly longer-lasting effects. Most material in circulation is racemic.</p>

<section id="stock" class="stock-box">
<h2>Current stock</h2>
<p>Everything below is in stock and ships from our EU warehouse within 24 hours. No account, no prescription and no ID needed &ndash; just pick a size and check out.</p>
<table class="prices">
<tr><th>Product</th><th>Size</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl crystal (racemic), 98%+</td><td>5 g</td><td>$115</td><td><a href="/cart/add?sku=kr5">Add to cart</a></td></tr>
<tr><td>Ketamine HCl crystal (racemic), 98%+</td><td>10 g</td><td>$205</td><td><a href="/cart/add?sku=kr10">Add to cart</a></td></tr>
<tr><td>Ketamine HCl crystal (racemic), 98%+</td><td>25 g</td><td>$440</td><td><a href="/cart/add?sku=kr25">Add to cart</a></td></tr>
<tr><td>S-Ketamine "needles"</td><td>5 g</td><td>$150</td><td><a href="/cart/add?sku=ks5">Add to cart</a></td></tr>
</table>
<p class="small">Payment in BTC or XMR only. Tracked, vacuum-sealed, no company name on the parcel. Lost parcels reshipped once for free.</p>
</section>

<h2 id="risks">Risks and safety</h2>
<p>Ketamine is not a harmless drug, and it is worth being clear about why. In medical settings the main short-term risks are raised blood pressure and heart rate, nausea and vomiting, and emergence phenomena: vivid dreams, confusion or distress as the drug wears off. These are managed with monitoring, careful dosing and a calm environment. Respiratory depression is uncommon on its own but becomes a real concern when ketamine is combined with other depressants such as alcohol, benzodiazepines or opioids.</p>
<p>Outside medicine the risks multiply. At higher doses people can lose the ability to move or communicate, the state informally called a "k-hole", and accidents, drowning, falls and choking on vomit are the main causes of ketamine-related deaths. Because it numbs pain, people may injure themselves without noticing. Judgement is impaired for hours afterwards, so driving is out of the question.</p>
<p>The best-documented long-term harm is to the urinary tract. Frequent, heavy use can cause ketamine-induced ulcerative cystitis, a painful inflammation of the bladder that in severe cases leads to a permanently shrunken bladder and kidney damage. Symptoms include needing to urinate very often, pain when passing urine, and blood in the urine. Stopping early usually helps; continuing often makes it irreversible. Abdominal pain, sometimes called "K-cramps", and liver abnormalities have also been reported in heavy users.</p>
<p>Tolerance builds quickly, and psychological dependence is real. Some people find themselves using more and more often to chase the same effect. Memory and attention problems have been described in frequent users, and there is some evidence that these improve after stopping. People with a history of psychosis, uncontrolled high blood pressure, or certain heart conditions are generally advised to avoid ketamine altogether, and it is not recommended in pregnancy.</p>
<p>If you or someone you know is struggling with ketamine use, speak to a doctor or a local drug service. In an emergency, call your local emergency number and tell them what was taken; they are there to help, not to judge.</p>

<h2 id="law">Legal status around the world</h2>
<p>Ketamine is not scheduled under the UN's 1971 Convention on Psychotropic Substances, largely because of its importance to anaesthesia in low-income countries. National rules vary widely. In the United States it is a Schedule III controlled substance. In the UK it is Class B. In Germany it is a prescription-only medicine but not listed under the narcotics law in the same way as opioids; in the Netherlands it is listed under the Opium Act; in Australia it is Schedule 8. Esketamine as Spravato is regulated as a prescription medicine with additional restrictions in most jurisdictions where it is approved.</p>
<p>The laws change often enough that no guide can promise to be up to date. If the legal position matters to you, check the current rules where you live.</p>

<h2 id="faq">FAQ</h2>
<h3>Is ketamine an opioid?</h3>
<p>No. It has some weak activity at opioid receptors, but it is classed as a dissociative anaesthetic, not an opioid, and it does not cause the same kind of respiratory depression on its own.</p>
<h3>How long do the effects last?</h3>
<p>It depends heavily on route and dose. Intravenous effects fade within an hour or so of an infusion ending; intranasal and oral effects tend to last somewhat longer. After-effects such as tiredness can persist for the rest of the day.</p>
<h3>Does ketamine show up on drug tests?</h3>
<p>Standard workplace panels often don't include it, but specific tests exist, and ketamine and norketamine can usually be detected in urine for several days after use, longer in frequent users.</p>
<h3>How should it be stored?</h3>
<p>Pharmaceutical solutions should be stored as labelled, at room temperature away from light. Solid material keeps best in an airtight container, away from heat and moisture, and well out of reach of children and pets.</p>

<h2 id="refs">References</h2>
<ol class="refs">
<li>Domino EF. Taming the ketamine tiger. Anesthesiology. 2010;113(3):678-684.</li>
<li>Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354.</li>
<li>Zarate CA Jr, Singh JB, Carlson PJ, et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006;63(8):856-864.</li>
<li>Zanos P, Moaddel R, Morris PJ, et al. NMDAR inhibition-independent antidepressant actions of ketamine metabolites. Nature. 2016;533:481-486.</li>
<li>Morgan CJA, Curran HV. Ketamine use: a review. Addiction. 2012;107(1):27-38.</li>
</ol>
</main>
<aside class="sidebar">
<h4>Popular in Learn</h4>
<ul><li><a href="/learn/k-and-the-bladder">Ketamine and the bladder</a></li><li><a href="/learn/s-vs-r">S vs R: what's the difference?</a></li><li><a href="/learn/research-2026">Research digest: 2026 so far</a></li></ul>
<h4>Newsletter</h4><p>One email a month, no spam. <input type="email" placeholder="you@example.com"> <button>Subscribe</button></p>
</aside>
<footer><p>&copy; 2026 KVault. Content is for educational purposes. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/stock">Stock</a></p></footer>
""", noise="cookie")

p("h10102", "https://arylcyclo-reference.example/compounds/2-fdck", "seller", True, "en",
  "research-chemical-monograph-with-buy-box-at-end", "2-Fluorodeschloroketamine (2-FDCK): Monograph, Analytical Data & Availability | ArylCyclo Reference", """
<div class="notice">All compounds are supplied strictly for in-vitro research and forensic reference use.</div>
<header>
<a class="logo" href="/">ArylCyclo Reference</a>
<nav><a href="/compounds">Compound index</a> <a href="/compounds/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/analytics">Analytics</a> <a href="/coa">Certificates</a> <a href="/about">About</a> <a href="/basket">Basket</a></nav>
<form class="search"><input placeholder="Search CAS, name, formula"><button>Go</button></form>
</header>
<main>
<h1>2-Fluorodeschloroketamine (2-FDCK)</h1>
<table class="idbox">
<tr><th>IUPAC name</th><td>2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one</td></tr>
<tr><th>Common names</th><td>2-FDCK, 2F-DCK, fluoroketamine, 2-F-ketamine</td></tr>
<tr><th>Molecular formula</th><td>C13H16FNO (free base)</td></tr>
<tr><th>Molar mass</th><td>221.27 g/mol (base); 257.73 g/mol (HCl)</td></tr>
<tr><th>Class</th><td>Arylcyclohexylamine</td></tr>
<tr><th>Appearance</th><td>White crystalline solid (hydrochloride)</td></tr>
</table>

<h2>1. Overview</h2>
<p>2-Fluorodeschloroketamine is a structural analogue of ketamine in which the chlorine atom at the ortho position of the phenyl ring has been replaced by fluorine. It belongs to the arylcyclohexylamine family, a class that also includes phencyclidine (PCP), tiletamine, methoxetamine and deschloroketamine. The compound first appeared in the scientific literature as one of a series of ketamine derivatives prepared during structure-activity work, and was later identified by European early-warning systems as a new psychoactive substance circulating on the grey market from roughly 2016 onward.</p>
<p>Because of its close structural similarity to ketamine, 2-FDCK is generally assumed to act as an NMDA receptor antagonist. However, published pharmacological data remain sparse compared with the parent compound. Most of what is known comes from a small number of in-vitro binding studies, forensic case reports, and analytical characterisation papers written by laboratories that needed reference spectra to identify seized material. This monograph summarises that literature and provides our own analytical data for the reference batches we hold.</p>

<h2>2. Structure and nomenclature</h2>
<p>The arylcyclohexylamine skeleton consists of a cyclohexane ring carrying, on the same carbon, an aromatic ring and an amine. In ketamine the aromatic ring is a 2-chlorophenyl group, the amine is a methylamino group, and there is a ketone at the adjacent ring position. Substitutions at the aryl ring have been explored extensively. Removing the halogen altogether gives deschloroketamine (DCK); replacing it with a methoxy group at the 3-position and swapping the amine gives methoxetamine (MXE); the 2-fluoro analogue is the subject of this page.</p>
<p>Fluorine is a common bioisosteric replacement in medicinal chemistry. It is small, strongly electronegative and forms a very stable bond to carbon. In many drug series, swapping chlorine for fluorine alters metabolic stability and lipophilicity more than it alters receptor binding, but the effect varies and cannot be predicted with confidence. Like ketamine, 2-FDCK has a stereocentre at C2 and exists as two enantiomers; the material described in forensic reports has almost always been racemic.</p>
<p>Naming in the wider literature is inconsistent. "Fluoroketamine" is ambiguous because fluorine could in principle sit at the 2-, 3- or 4-position of the phenyl ring. Forensic laboratories have encountered samples sold under one name that turned out to contain a positional isomer or a different compound entirely. For unambiguous identification we recommend relying on chromatographic retention and mass spectral data rather than names on packaging.</p>

<h2>2a. Historical context</h2>
<p>The arylcyclohexylamines were among the most intensively studied anaesthetic candidates of the mid-twentieth century. After phencyclidine was abandoned for human use because of its prolonged emergence delirium, chemists at Parke-Davis and elsewhere prepared hundreds of analogues in search of a shorter-acting agent. Ketamine (CI-581) was the successful outcome of that programme, and tiletamine, which is still marketed in combination with zolazepam for veterinary use, came out of related work. Many of the other analogues made during that period were described only in patents or internal reports, tested in a handful of animal models, and then shelved.</p>
<p>Interest revived in an unexpected way in the 2010s, when a succession of arylcyclohexylamines began appearing in seized samples in Europe and North America. Methoxetamine was the first to attract wide attention, around 2010 and 2011; it was followed by a run of related compounds including 3-MeO-PCP, 3-MeO-PCE, deschloroketamine and, from about 2016, 2-FDCK. Many of these were not new inventions so much as rediscoveries of compounds that had been described decades earlier. Early-warning systems run by the European Union and by national forensic services published alerts and reference spectra as each appeared, and most of the analytical literature cited below grew out of that effort.</p>
<p>For reference laboratories this history has a practical consequence: because the same compound may be sold under several names and several compounds under the same name, a good reference standard with a verified certificate of analysis is often the only reliable way to confirm an identification in casework. That is the need our catalogue was originally built to serve.</p>

<h2>3. Pharmacology (literature summary)</h2>
<p>Binding data for 2-FDCK at the NMDA receptor's phencyclidine site suggest affinity in a broadly similar range to ketamine, though figures differ between assays and laboratories. Studies in rodents have reported ketamine-like effects in drug-discrimination paradigms and in locomotor assays, and one group reported conditioned place preference, which is commonly read as an indicator of reinforcing properties. No controlled human studies have been published.</p>
<p>Metabolism has been studied in human liver microsomes and in samples from forensic cases. As with ketamine, N-demethylation appears to be a major pathway, producing nor-2-FDCK, with further hydroxylation of the cyclohexanone ring. Several papers have proposed urinary markers for detecting exposure. Readers interested in toxicological screening should consult the original reports listed in section 8, as detection windows and marker choices are still being refined.</p>
<p>Toxicity data are limited to case reports. These describe presentations similar to ketamine intoxication &mdash; dissociation, agitation, tachycardia, hypertension, nystagmus &mdash; and a small number of fatalities in which 2-FDCK was detected alongside other substances. Given the absence of systematic safety data, the compound should be handled with the same precautions as any uncharacterised bioactive substance.</p>

<h2>4. Regulatory status</h2>
<p>The legal position of 2-FDCK has changed repeatedly and differs between jurisdictions. Several countries control it explicitly by name; others capture it through generic or analogue provisions covering arylcyclohexylamines; in others it is not currently listed. Researchers are responsible for confirming the status of any compound under their local law before ordering, and for holding any licences that may be required. The table below is provided for orientation only and may be out of date.</p>
<table class="reg">
<tr><th>Region</th><th>Status (as last reviewed)</th></tr>
<tr><td>United Kingdom</td><td>Controlled under generic arylcyclohexylamine definition</td></tr>
<tr><td>Germany</td><td>Covered by NpSG substance groups</td></tr>
<tr><td>China</td><td>Listed</td></tr>
<tr><td>Netherlands</td><td>Not individually listed &mdash; check current Opium Act lists</td></tr>
<tr><td>United States</td><td>Potentially treated as a positional analogue; not individually scheduled</td></tr>
</table>

<h2>5. Analytical data for our reference batches</h2>
<p>Each batch is characterised in-house before release. We run gas chromatography&ndash;mass spectrometry (GC-MS) on the free base after liquid-liquid extraction, proton NMR in D2O on the hydrochloride, and FTIR on the neat solid. Purity is estimated by HPLC with UV detection at 210 nm against an internal standard. Certificates for every batch are downloadable from the <a href="/coa">certificates page</a>.</p>
<h3>GC-MS</h3>
<p>Under our standard method (HP-5MS column, 30 m x 0.25 mm, 1 mL/min helium, oven 100 &deg;C held 1 min then 15 &deg;C/min to 300 &deg;C), 2-FDCK elutes at approximately 7.9 minutes. The electron-ionisation spectrum shows a weak molecular ion at m/z 221 and a base peak resulting from loss of the carbonyl-containing fragment, along with characteristic ions that distinguish it from the 3- and 4-fluoro isomers. Retention time relative to ketamine is slightly earlier under these conditions.</p>
<h3>NMR</h3>
<p>The 1H spectrum shows four aromatic protons with the coupling pattern expected of an ortho-disubstituted benzene further split by fluorine, an N-methyl singlet near 2.4 ppm, and the diastereotopic cyclohexanone methylene protons between 1.7 and 3.2 ppm. 19F NMR shows a single resonance, which is useful for distinguishing positional isomers quickly.</p>
<h3>FTIR</h3>
<p>The carbonyl stretch appears close to 1720 cm-1 with a broad ammonium band between 2400 and 3000 cm-1, consistent with the hydrochloride salt. Spectra are available on request for laboratories building their own libraries.</p>
<h3>Stability</h3>
<p>The hydrochloride is stable for at least 24 months when stored dry at 2&ndash;8 &deg;C in amber glass. Solutions in methanol (1 mg/mL) show no measurable degradation over six months at &minus;20 &deg;C. Avoid repeated freeze-thaw cycles for working solutions.</p>

<h2>6. Handling</h2>
<p>Handle in a fume hood with nitrile gloves, a laboratory coat and eye protection. Avoid generating dust. In case of skin contact, wash with soap and water; in case of eye contact, rinse for at least 15 minutes and seek medical attention. Dispose of waste in accordance with local regulations for pharmacologically active substances. A full safety data sheet is supplied with each order and can be downloaded below.</p>

<h2>7. Related compounds in our index</h2>
<ul>
<li><a href="/compounds/deschloroketamine">Deschloroketamine (DCK)</a> &ndash; the unsubstituted parent</li>
<li><a href="/compounds/2-fdck-d3">2-FDCK-d3</a> &ndash; deuterated internal standard for quantitation</li>
<li><a href="/compounds/nor-2-fdck">Nor-2-FDCK</a> &ndash; primary N-demethylated metabolite</li>
<li><a href="/compounds/methoxetamine">Methoxetamine (MXE)</a></li>
<li><a href="/compounds/o-pce">O-PCE</a></li>
</ul>

<h2>8. Selected literature</h2>
<ol class="refs">
<li>Analytical characterisation of fluorinated ketamine analogues seized in Europe. Forensic Toxicology (2019).</li>
<li>In-vitro metabolism of 2-fluorodeschloroketamine using human liver microsomes. Drug Testing and Analysis (2020).</li>
<li>Behavioural pharmacology of ketamine analogues in rodents: locomotion, discrimination and reward. Neuropharmacology (2021).</li>
<li>Fatal intoxications involving arylcyclohexylamine new psychoactive substances: a case series. Journal of Analytical Toxicology (2022).</li>
<li>EMCDDA. Arylcyclohexylamines: an overview of new psychoactive substances in the EU. Technical report (2021).</li>
</ol>

<section class="buybox" id="availability">
<h2>9. Availability</h2>
<p>2-FDCK HCl, &ge;99.5% (HPLC), batch AC-2F-2611. In stock &ndash; dispatched same day from our EU site, worldwide shipping in neutral padded envelopes.</p>
<table>
<tr><td>1 g</td><td>&euro;24.00</td></tr>
<tr><td>5 g</td><td>&euro;95.00</td></tr>
<tr><td>10 g</td><td>&euro;160.00</td></tr>
<tr><td>50 g</td><td>&euro;590.00</td></tr>
</table>
<p>Quantity: <input type="number" value="1" min="1"> <button>Add to basket</button></p>
<p class="small">Payment by Bitcoin, Litecoin or SEPA. No licence or institutional account required for quantities up to 50 g. Not for human consumption. By ordering you confirm you are over 18.</p>
</section>
</main>
<footer><p>ArylCyclo Reference &middot; Research chemicals since 2017 &middot; <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></p></footer>
""", noise="cookie")

p("h10103", "https://notes-from-the-other-side.example/2026/09/ketamine-for-depression-what-the-science-says", "seller", True, "en",
  "personal-blog-essay-telegram-handle-at-end", "Ketamine for depression: what the science actually says (and what it cost me) – Notes From The Other Side", """
<header class="blog-head">
<h1 class="site-title"><a href="/">Notes From The Other Side</a></h1>
<p class="tagline">one guy, ten years of depression, and everything I've tried</p>
<nav><a href="/">Home</a> <a href="/start-here">Start here</a> <a href="/category/treatments">Treatments</a> <a href="/category/journal">Journal</a> <a href="/about">About me</a></nav>
</header>
<article>
<h2 class="entry-title">Ketamine for depression: what the science actually says (and what it cost me)</h2>
<p class="meta">Posted September 14, 2026 by Jay &middot; 27 comments</p>

<p>I've been putting off writing this one for a while because it's the post I get asked about most, and I wanted to get it right. If you're new here: I'm Jay, I'm 38, I live in Ohio, and I've had major depression since my early twenties. I've been on nine different antidepressants, two augmentation drugs, did a full course of TMS in 2022, and spent more hours in therapy than I can count. Some of it helped a bit. None of it really stuck. In 2024 my psychiatrist finally said the words "treatment-resistant" out loud, and that's when ketamine came up.</p>
<p>So this post is two things. First it's my attempt to explain, in plain English, what the research on ketamine for depression actually shows, because there is a LOT of hype out there and also a lot of fear. Second it's my own story of going through it, including the money, because nobody ever tells you about the money until you're in it.</p>

<h3>The short version of the science</h3>
<p>Ketamine is an old anesthetic. It's been used in surgery since the 1970s and it's still used all the time in ERs and by vets. Around 2000, researchers at Yale noticed that a small dose given through an IV seemed to lift depression really fast, like within a day, in people who hadn't responded to anything else. Then the NIH did a bigger study in 2006 and got similar results. Since then there have been a ton of trials.</p>
<p>What they mostly show: if you have depression that hasn't responded to regular antidepressants, an IV infusion of ketamine works for a good chunk of people, somewhere around half in a lot of studies, and it works fast. The catch is it doesn't last. One infusion might hold for a week or two. That's why clinics do a series, usually six infusions over two or three weeks, and then "boosters" after that.</p>
<p>There's also Spravato, which is a nasal spray version (technically esketamine, one half of the ketamine molecule). It's FDA approved, which means insurance sometimes covers it, but you have to do it at a certified clinic and sit there for two hours afterwards while they watch you. Then there's the newer stuff, like telehealth companies that mail you lozenges after a video appointment, and ketamine-assisted therapy where you take it with a therapist in the room.</p>
<p>What the science doesn't show yet: how long you can safely keep doing maintenance, whether the at-home stuff works as well as IV, and who exactly is going to respond. Researchers also argue about whether the trippy dissociative part is important or just a side effect. I've read both sides and honestly I don't think anyone knows.</p>

<h3>The not-so-fun parts</h3>
<p>I'm not going to pretend it's all great. Ketamine can raise your blood pressure during the session, some people get nauseous (I did, the first two times, until they gave me Zofran beforehand), and the dissociation can be scary if you're not ready for it. There's also the bladder thing, which you'll see if you google it. That's mostly in people using large amounts recreationally, but it's real and you should know about it. And because it feels good for some people, there's an addiction risk, which is one reason doctors want to supervise it.</p>
<p>If you have a history of psychosis or certain heart problems, it's probably not for you. Talk to an actual doctor. I'm just a guy with a blog.</p>

<h3>My story, part one: the clinic</h3>
<p>My first round was at an IV clinic about forty minutes from my house. They were great, honestly. The intake was thorough, a nurse practitioner went through my whole history, they took my blood pressure like eleven times, and the room had a recliner and a weighted blanket and you could pick your own playlist. I went with my sister driving me because you can't drive yourself home.</p>
<p>Infusion one was weird. I felt like I was sinking into the chair and then like the chair was very far away. There were colors. Mostly I remember thinking about my grandmother's kitchen for what felt like a long time. When it ended I was kind of foggy and really tired and I slept most of the afternoon.</p>
<p>Infusion three is when something shifted. I woke up the next morning and the first thing I thought about wasn't how much I didn't want to get up. That sounds small. It was not small. By the end of the six I was doing better than I had in maybe four years. I started running again, which, if you knew me, you'd know is a big deal.</p>

<h3>My story, part two: the bill</h3>
<p>Here's the thing nobody warns you about. My clinic charged $475 per infusion, and insurance covered exactly none of it because IV ketamine for depression is off-label. The initial series of six was $2,850 with a small "package discount". Then the boosters: I needed one roughly every four to five weeks to hold onto the gains. Over about eighteen months, all in, I spent a little over $9,000. That is not a typo.</p>
<p>I tried Spravato for a few months when my insurance changed, and it was covered after a huge fight with prior authorization, but my copay still added up and the two-hour sits meant taking half a day off work twice a week during the induction phase. I also looked at one of the telehealth programs, which was way cheaper, about $250 a month at the time, and for a lot of people that's probably the best option if you qualify. I didn't pass their screening because of my blood pressure, which, fair enough.</p>
<p>I'm writing this because I know a lot of you reading this are in the same place: you finally found something that works and you can't afford to keep doing it. I get the emails every week. It sucks and it's not fair.</p>

<h3>What I'd tell you if you're considering it</h3>
<p>Do your research on clinics. Ask about the medical staff, ask whether there's an anesthesiologist or psychiatrist involved, ask what they do if your blood pressure spikes. Ask about the total cost up front. Keep a mood journal so you can actually tell whether it's working instead of guessing. Bring someone you trust the first time. Don't stop your other treatment without talking to your prescriber. And give it the full series before deciding; for me it didn't click until number three.</p>
<p>Also: ketamine isn't magic. It opened a window for me. What I did with that window, therapy, running, getting off my couch and calling my friends back, is what actually kept me going. I really believe that.</p>

<h3>A few things I wish someone had told me earlier</h3>
<p>The integration stuff matters more than I thought. My clinic had a little handout about journaling after sessions and I ignored it for the first two infusions. When I started actually writing down what came up, even just a paragraph in my notes app, the insights stuck around longer. Some of the stuff I thought about in that chair ended up being things I brought to my therapist for months afterwards.</p>
<p>The day after matters too. I used to schedule infusions on my lunch break and go back to "normal" the next morning like nothing happened, and those were the rounds that helped least. When I started blocking off the evening and the next morning, going for a walk, eating something decent, not doomscrolling, things went better. Your mileage may vary but I'd bet it helps most people.</p>
<p>And be honest with your clinic. The first time I felt a bit panicky mid-infusion I didn't say anything because I didn't want to be "that patient". The nurse noticed anyway and turned the rate down and it was fine. That's literally what they're there for.</p>

<h3>One more thing</h3>
<p>A lot of you have asked, so I'll just say it here once. After my clinic money ran out I found another way to keep my maintenance going, and since then I've been helping a few readers who are stuck in the same spot. Same pharma-grade stuff the clinics use: sealed 10 mL vials (100 mg/mL) and 150 mg lozenges. No prescription or clinic visit needed, I just need to know what you're after. Roughly a third of what I was paying per session. Discreet delivery anywhere in the US and Canada, usually 2&ndash;4 days. Message me on Telegram <strong>@jay_otherside_k</strong> and mention this post. Please don't ask about it in the comments, they get deleted.</p>

<p>Take care of yourselves. Seriously. If you're in a dark place right now, call or text 988. I've done it and they helped.</p>
<p>&mdash; Jay</p>
</article>
<section class="comments">
<h3>27 comments</h3>
<div class="c"><b>Marisol R.</b> <span>Sept 14</span><p>Thank you for being so honest about the cost. I'm on infusion 4 and already stressing about boosters.</p></div>
<div class="c"><b>Dean K.</b> <span>Sept 15</span><p>The part about number three is exactly what happened to me. Glad you're running again man.</p></div>
<div class="c"><b>anon_in_tx</b> <span>Sept 15</span><p>Did the Spravato dissociation feel different than IV for you?</p></div>
<div class="c"><b>Jay</b> <span>Sept 15</span><p>@anon_in_tx yeah, shorter and kind of "choppier" for me, if that makes sense. Less floaty.</p></div>
</div>
</section>
<aside class="sidebar"><h4>About me</h4><p>Jay, 38, Ohio. Writing about depression since 2019.</p><h4>Archives</h4><ul><li>September 2026</li><li>August 2026</li><li>July 2026</li></ul></aside>
<footer><p>&copy; 2026 Notes From The Other Side &middot; Proudly powered by WordPress</p></footer>
""")

p("h10104", "https://esk-nasal-direct.example/guide/esketamine-nasal-spray", "seller", True, "en",
  "pseudo-telehealth-explainer-auto-approval-block", "Esketamine Nasal Spray: The Complete Patient Guide | EskNasal Direct", """
<header>
<a class="logo" href="/">EskNasal<span>Direct</span></a>
<nav><a href="/guide">Patient guides</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="cta" href="/start">Get started</a></nav>
</header>
<main>
<h1>Esketamine Nasal Spray: The Complete Patient Guide</h1>
<p class="lede">Medically reviewed content &middot; Last updated November 2026</p>

<h2>What is esketamine?</h2>
<p>Esketamine is the S-enantiomer of ketamine. Ketamine itself is a 50:50 mixture of two mirror-image molecules, and researchers found that the "S" form binds more strongly to the NMDA receptor, the target believed to be responsible for much of ketamine's rapid antidepressant effect. Esketamine was developed as a nasal spray by Janssen and approved by the US Food and Drug Administration in March 2019 under the brand name Spravato, for adults with treatment-resistant depression, in combination with an oral antidepressant. In 2020 the approval was expanded to adults with major depressive disorder who have acute suicidal ideation or behaviour.</p>
<p>For many patients, the arrival of esketamine was the first genuinely new kind of antidepressant in decades. Most older antidepressants act on serotonin, noradrenaline or dopamine and typically take four to six weeks to work, if they work at all. Esketamine acts on the glutamate system and can improve symptoms within hours to days. That speed is a large part of why it attracted so much attention.</p>

<h2>Who is it for?</h2>
<p>Esketamine is intended for adults whose depression has not responded adequately to at least two different antidepressants taken at an adequate dose for an adequate length of time. This is the usual working definition of treatment-resistant depression. It is also used, alongside standard care, for people with major depression who are having suicidal thoughts. It is not a first-line treatment, and it is not intended for mild low mood.</p>
<p>People who have had an aneurysm or arteriovenous malformation, a history of bleeding in the brain, or who are allergic to ketamine or esketamine should not use it. Caution is needed in people with high blood pressure, heart disease, a history of psychosis, or substance use problems. Pregnant and breastfeeding women are generally advised against it.</p>

<h2>What does the research show?</h2>
<p>The approval was based on a clinical trial programme sometimes referred to by the names of its individual studies. In TRANSFORM-2, adults with treatment-resistant depression who started a new oral antidepressant plus esketamine improved more over four weeks than those who started a new antidepressant plus a placebo spray. In SUSTAIN-1, patients who had responded to esketamine were randomised either to continue it or to switch to placebo; those who continued had a substantially lower risk of relapse over the following months. Not every trial in the programme hit its primary goal, and some critics argued that the overall effect size was modest. Regulators nonetheless concluded that the benefit outweighed the risks for the intended population.</p>
<p>Since approval, real-world data from clinics in the US and Europe have generally supported the trial findings, with response rates that vary with how resistant the depression was to begin with. Research continues into how esketamine compares with IV racemic ketamine, how long maintenance should continue, and which patients are most likely to respond. A large head-to-head study published in 2023 found esketamine performed better than an augmentation strategy with quetiapine in patients who had failed two antidepressants.</p>

<h2>Esketamine versus racemic ketamine</h2>
<p>A question we hear constantly is whether esketamine is "better" than ordinary ketamine. The honest answer is that nobody knows for certain, because the two have rarely been compared directly in large trials. IV racemic ketamine has the longer research history, going back to the first small studies at Yale in 2000, and many psychiatrists consider it at least as effective. Esketamine has the advantage of regulatory approval, a standardized dose, and a delivery method that does not require an IV line. A few smaller head-to-head studies and meta-analyses have suggested that IV ketamine may produce somewhat larger effects, but the populations and methods differ enough that firm conclusions are not possible.</p>
<p>There are also practical differences. Racemic ketamine for depression is used off-label, which means insurers in many countries will not pay for it, and quality depends on the clinic. Esketamine's approval brings insurance coverage in some cases but also a rigid framework around how it is used. Patients often end up choosing based on cost, distance and availability rather than on any clear difference in outcome.</p>

<h2>Esketamine around the world</h2>
<p>After the US approval, the European Medicines Agency authorized esketamine nasal spray in December 2019, and it has since been approved in Canada, the UK, Australia, Brazil, Japan and a number of other countries. Access varies enormously. In England, the national health technology assessment body initially declined to recommend it for routine NHS use on cost-effectiveness grounds. In Germany and several Nordic countries it is available through specialist services. In Brazil and parts of Latin America it has been taken up by private psychiatric clinics. Pricing differs by country but is generally high, which has been one of the main criticisms of the product since launch.</p>
<p>Alongside esketamine, there is ongoing work on other glutamate-targeting antidepressants, on arketamine (the R-enantiomer), and on psychedelic-assisted therapies. Whatever happens with those, esketamine has already changed how many clinicians think about treating depression that has not responded to the usual drugs.</p>

<h2>How is it normally given?</h2>
<p>Each Spravato device delivers 28 mg of esketamine in two sprays, one per nostril. A typical dose is 56 mg (two devices) or 84 mg (three devices), with a five-minute rest between devices. During the induction phase doses are usually given twice a week for four weeks, then weekly for four weeks, then weekly or every other week as maintenance depending on response.</p>
<p>Because esketamine can cause sedation, dissociation and a temporary rise in blood pressure, the branded product is distributed under a Risk Evaluation and Mitigation Strategy (REMS). Under that programme it is given in certified healthcare settings, and patients are monitored for at least two hours after each dose and must not drive until the next day. Blood pressure is checked before dosing and again afterwards.</p>

<h2>Common side effects</h2>
<p>The most commonly reported side effects in clinical trials were dissociation (feeling detached from yourself or your surroundings), dizziness, nausea, sedation, vertigo, reduced sensation, anxiety, lethargy, increased blood pressure, vomiting and a feeling of being drunk. Most of these start shortly after dosing and resolve within the same day. Dissociation tends to become less intense with repeated sessions.</p>
<p>Less common but more serious concerns include significant blood pressure elevation, respiratory depression when combined with other sedating drugs, and the potential for misuse. Long-term bladder problems have been associated with heavy recreational ketamine use; trials of esketamine at therapeutic doses have not shown the same pattern, but urinary symptoms should always be reported to a clinician.</p>

<h2>Tips for a comfortable session</h2>
<ul>
<li>Avoid eating for two hours and drinking for 30 minutes beforehand to reduce nausea.</li>
<li>Blow your nose before the first device, and tilt your head back slightly while spraying.</li>
<li>Sit somewhere comfortable with soft lighting; many people like an eye mask and calm music.</li>
<li>Do not drive, operate machinery or make important decisions for the rest of the day.</li>
<li>Keep a simple diary of your mood between sessions so you can tell whether it is helping.</li>
</ul>

<section class="offer" id="start">
<h2>Skip the clinic visits</h2>
<p>Twice-weekly trips to a certified centre and two hours in a waiting room are not realistic for everyone. With EskNasal Direct you fill in a short 3-minute mood questionnaire &ndash; <strong>no video call and no appointment</strong> &ndash; and our system approves eligible requests automatically, usually within 10 minutes. Your esketamine nasal spray devices (28 mg each) are then shipped straight to your door in plain packaging.</p>
<table class="plans"><tr><td>Starter &ndash; 3 devices</td><td>$349</td></tr><tr><td>Induction &ndash; 12 devices</td><td>$1,190</td></tr><tr><td>Maintenance &ndash; 6 devices / month</td><td>$579</td></tr></table>
<p><a class="btn" href="/start/questionnaire">Start my questionnaire</a> &middot; Approval rate 98% &middot; Ships in 24h</p>
</section>

<h2>Frequently asked questions</h2>
<h3>Is esketamine the same as ketamine?</h3>
<p>It is one of the two halves of ketamine. Racemic ketamine contains both S- and R-ketamine; esketamine is the S form only. It is more potent at the NMDA receptor, so doses are lower.</p>
<h3>How quickly does it work?</h3>
<p>Some people notice a change within 24 hours of their first dose, but for many it takes several sessions. Clinical trials measured the main outcome after four weeks.</p>
<h3>Can I keep taking my antidepressant?</h3>
<p>Esketamine was studied in combination with an oral antidepressant, and that is how it is normally used. Do not stop any medication without advice.</p>
<h3>Is it addictive?</h3>
<p>Esketamine has a potential for misuse, like ketamine. The risk appears low at therapeutic doses with appropriate monitoring, but it is one of the reasons dosing is structured and limited.</p>
<h3>What happens if I miss a dose?</h3>
<p>Missing a single session is usually not a problem. If you miss several in a row during induction, your depressive symptoms may return, and it is worth discussing the plan before resuming.</p>
<h3>Will insurance cover it?</h3>
<p>Many US insurers cover the branded product when it is given in a certified setting, subject to prior authorisation. Coverage rules vary by plan, and out-of-pocket costs can be significant.</p>
</main>
<footer>
<p>EskNasal Direct is an independent service. Information on this page is for general education and does not replace medical advice. &copy; 2026</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10105", "https://prairie-vet-outlet.example/anesthesia/ketamine-hcl-injection-100mg-ml", "seller", True, "en",
  "vet-product-page-long-monograph-order-box", "Ketamine HCl Injection USP 100 mg/mL, 10 mL Multi-Dose Vial | Prairie Vet Outlet", """
<div class="topbar">Same-day dispatch on orders before 2pm CST &middot; Call (555) 014-2210 &middot; Mon&ndash;Fri 8&ndash;6</div>
<header>
<a class="logo" href="/">Prairie Vet Outlet</a>
<nav><a href="/equine">Equine</a> <a href="/livestock">Livestock</a> <a href="/companion">Companion animal</a> <a href="/anesthesia">Anesthesia &amp; sedation</a> <a href="/instruments">Instruments</a> <a href="/clearance">Clearance</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/anesthesia">Anesthesia &amp; sedation</a> / Ketamine HCl Injection</p>
<h1>Ketamine Hydrochloride Injection USP, 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="sku">SKU PVO-AN-4410 &middot; Manufacturer lot varies &middot; Rated 4.8/5 (63 reviews)</p>

<div class="tabs"><a href="#desc">Description</a> <a href="#pharm">Clinical pharmacology</a> <a href="#dosing">Dosage</a> <a href="#warn">Warnings</a> <a href="#storage">Storage</a> <a href="#order">Order</a> <a href="#reviews">Reviews</a></div>

<h2 id="desc">Description</h2>
<p>Ketamine hydrochloride injection is a rapid-acting, nonbarbiturate general anesthetic supplied as a slightly acidic (pH 3.5 to 5.5) sterile solution for intramuscular or intravenous injection. Each milliliter contains ketamine hydrochloride equivalent to 100 mg ketamine base, with not more than 0.1 mg/mL benzethonium chloride added as a preservative. The 10 mL multi-dose vial is the standard presentation for mixed and large-animal practices and for feline anesthesia where frequent short procedures make a multi-dose format economical.</p>
<p>Ketamine produces a state known as dissociative anesthesia, characterized by catalepsy, profound analgesia and amnesia, while pharyngeal and laryngeal reflexes are largely maintained. Skeletal muscle tone is normal to increased. Because of its favorable cardiovascular profile, with heart rate and arterial pressure usually maintained or modestly elevated, it is widely used for induction in higher-risk patients, and as part of balanced protocols combined with alpha-2 agonists or benzodiazepines to improve muscle relaxation and smooth recovery.</p>
<p>In the United States, ketamine is labeled for use in cats and subhuman primates as the sole agent for restraint and minor procedures, and is used extra-label, under the supervision of a veterinarian, in dogs, horses, small ruminants, camelids, pocket pets and zoo species. Its versatility is the main reason it appears on nearly every practice's controlled drug log.</p>

<h2 id="pharm">Clinical pharmacology</h2>
<p>Ketamine is an N-methyl-D-aspartate (NMDA) receptor antagonist. By blocking glutamate transmission it interrupts the association pathways of the brain before producing somatesthetic sensory blockade. It also has activity at opioid, monoaminergic and muscarinic receptors, which may contribute to its analgesic and sympathomimetic effects. The drug is highly lipid-soluble and distributes rapidly to the brain, with onset of anesthesia within about one minute after IV administration and within three to five minutes after IM administration in the cat.</p>
<p>Duration of anesthesia following a single dose is dose-dependent, generally 20 to 45 minutes in the cat after IM administration, with complete recovery in several hours. Ketamine is metabolized in the liver by N-demethylation to norketamine, which retains roughly one-third of the activity of the parent compound, and is excreted primarily in urine. In cats a larger share of unchanged drug is excreted by the kidneys, so caution is advised in animals with renal impairment.</p>
<p>Characteristic signs in cats under ketamine include open eyes with central pupils, preserved corneal and pedal reflexes, salivation and occasional spontaneous limb movement. Apply ophthalmic lubricant to prevent corneal drying. Emergence can be accompanied by ataxia, increased motor activity and hypersensitivity to touch and sound; recovery in a quiet, dim area reduces these reactions.</p>

<h2 id="dosing">Dosage and administration</h2>
<p>Doses should be determined by the attending veterinarian based on the species, health status, procedure and concurrent medications. The figures below reflect commonly cited label and formulary ranges and are provided for reference only.</p>
<table class="dose">
<tr><th>Species</th><th>Use</th><th>Typical range</th><th>Notes</th></tr>
<tr><td>Cat</td><td>Restraint</td><td>11 mg/kg IM</td><td>Label dose; combine with premedication for better relaxation</td></tr>
<tr><td>Cat</td><td>Anesthesia for minor surgery</td><td>22&ndash;33 mg/kg IM</td><td>Label dose; supplemental doses as needed</td></tr>
<tr><td>Dog</td><td>Induction (with diazepam or midazolam)</td><td>5&ndash;10 mg/kg IV</td><td>Extra-label; never as sole agent in dogs</td></tr>
<tr><td>Horse</td><td>Induction after xylazine or detomidine</td><td>2.2 mg/kg IV</td><td>Extra-label; ensure adequate sedation first</td></tr>
<tr><td>Small ruminants</td><td>Induction</td><td>2&ndash;5 mg/kg IV</td><td>Extra-label; observe withdrawal times</td></tr>
<tr><td>Primates</td><td>Restraint</td><td>5&ndash;25 mg/kg IM</td><td>Label species</td></tr>
</table>
<p>Because ketamine is often combined with other agents in the same syringe, compatibility should be confirmed before mixing. Ketamine is physically compatible with xylazine, medetomidine, dexmedetomidine, butorphanol and midazolam in common field combinations; it should not be mixed with barbiturates or diazepam in the same syringe because of precipitation.</p>

<h2 id="protocols">Common combination protocols</h2>
<p>Ketamine is rarely used on its own outside of feline restraint. In everyday practice it is the backbone of several well-known combinations, each of which trades off depth of anesthesia, muscle relaxation, recovery quality and reversibility in slightly different ways.</p>
<p><strong>Ketamine and midazolam or diazepam.</strong> A benzodiazepine improves muscle relaxation and reduces the risk of seizures. This pairing is a standard IV induction for dogs and cats that are then intubated and maintained on an inhalant. It is also popular for sedating critically ill patients because it has minimal effect on cardiac output.</p>
<p><strong>Ketamine with an alpha-2 agonist.</strong> Combinations with xylazine, medetomidine or dexmedetomidine give profound sedation and good relaxation and are widely used for short procedures and field surgery. In horses, xylazine followed by ketamine is the classic field anesthesia for castration and minor procedures, typically giving 15 to 20 minutes of recumbency. The alpha-2 component can be partially reversed with atipamezole or yohimbine, although reversal should be delayed long enough for the ketamine to wear off to avoid a rough recovery.</p>
<p><strong>Triple combinations.</strong> Protocols combining an opioid such as butorphanol, an alpha-2 agonist and ketamine, often nicknamed "kitty magic" or TKX when tiletamine is involved, are common for feline spay-neuter programmes because a single IM injection produces a surgical plane suitable for high-volume clinics.</p>
<p><strong>Constant rate infusions.</strong> Sub-anesthetic ketamine infusions, often in the range of 2 to 10 micrograms per kilogram per minute, are used perioperatively as an adjunct to reduce central sensitization and opioid requirements, especially in orthopedic and amputation cases. Many referral hospitals now include ketamine CRIs in standard multimodal analgesia plans.</p>

<h2 id="monitoring">Monitoring and recovery</h2>
<p>Because ketamine maintains many protective reflexes, it can give a false sense of security. Patients should still be monitored with pulse oximetry, blood pressure and, where intubated, capnography. Hypersalivation can be managed with an anticholinergic where appropriate. Body temperature falls during anesthesia as with any agent, and active warming is recommended for small patients.</p>
<p>Recovery is smoother when the environment is quiet and dim and the animal is disturbed as little as possible. Cats in particular can be hyper-responsive to noise and handling in the first hour. Horses should be allowed to recover in a padded stall or a safe, flat area, with assistance available if needed. Discharge instructions for companion animals should warn owners that mild incoordination may persist for several hours.</p>

<h2 id="warn">Warnings and precautions</h2>
<p>Not for use in animals with pre-existing hypertension, hypertrophic cardiomyopathy, severe hepatic or renal impairment, increased intracranial or intraocular pressure, or a history of seizures, unless the benefit clearly outweighs the risk. Respiratory depression may occur with high doses or rapid IV injection, particularly in combination with other CNS depressants; resuscitative equipment should be available. Repeated dosing may prolong recovery.</p>
<p>Tremors, spastic jerking and convulsions have been reported in a small proportion of cats, usually in association with high doses. Emergence reactions, including vocalization, erratic recovery and excitement, can be minimized with appropriate premedication.</p>
<p>Human safety: ketamine has a potential for abuse in humans. Keep out of reach of children. Accidental self-injection may cause sedation, dissociation and hallucinations; seek medical attention immediately and show the label to the physician.</p>
<p>Regulatory: ketamine is a Schedule III controlled substance in the United States. Product records and storage should comply with applicable federal and state requirements.</p>

<h2 id="storage">Storage and handling</h2>
<p>Store at 20&ndash;25 &deg;C (68&ndash;77 &deg;F), with excursions permitted to 15&ndash;30 &deg;C. Protect from light. The solution may darken slightly on prolonged exposure to light without loss of potency; do not use if a precipitate is present. Once the stopper is punctured, follow your practice's policy on in-use shelf life for multi-dose vials, typically 28 days. Use aseptic technique for each withdrawal.</p>

<section class="order-box" id="order">
<h2>Order</h2>
<p class="price">$54.95 per vial &middot; 5+ vials $47.50 each &middot; case of 25 $1,050</p>
<p>Qty <input type="number" value="1"> <button>Add to cart</button></p>
<p class="note">Private buyers welcome: <strong>no DEA registration or veterinary license needed for orders under 10 vials</strong>. Ships to residential addresses in an unbranded box. We accept Zelle, Cash App and Bitcoin; card payments not available for this item.</p>
</section>

<h2 id="reviews">Customer reviews</h2>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9733; Mark T.</b><p>Arrived in two days, well packed, long dating on the lot. Will reorder.</p></div>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9734; Hollow Creek Farm</b><p>Good price compared to our regular distributor. Box was a little crushed but vials were fine.</p></div>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9733; Denise</b><p>Easy ordering, no hassle with paperwork. Thanks!</p></div>

<h2>Customer questions</h2>
<div class="qa"><p><b>Q: Is this the same concentration as the 50 mg/mL we used to stock?</b></p><p>A: No, this is 100 mg/mL, twice as concentrated. Double-check your dose calculations and syringe labels when switching so nobody gets caught out.</p></div>
<div class="qa"><p><b>Q: What's the expiry dating usually like?</b></p><p>A: Current lots are dated 18 to 24 months out from dispatch. If you need a specific minimum date for a large order, call us and we'll check the warehouse before shipping.</p></div>
<div class="qa"><p><b>Q: Does it need to be refrigerated in transit?</b></p><p>A: No. It's room-temperature stable. In very hot months we add an insulated liner to keep the box from cooking on a porch, but no cold pack is required.</p></div>
<div class="qa"><p><b>Q: Can I return unopened vials?</b></p><p>A: Because this is a controlled product we can't restock returns. We will replace any vial that arrives damaged if you send photos within 48 hours of delivery.</p></div>

<h2>Related products</h2>
<ul><li><a href="/anesthesia/xylazine-100">Xylazine 100 mg/mL, 50 mL</a></li><li><a href="/anesthesia/midazolam-5">Midazolam 5 mg/mL, 10 mL</a></li><li><a href="/instruments/syringes-3ml">3 mL Luer-lock syringes, box of 100</a></li><li><a href="/anesthesia/ophthalmic-lube">Ophthalmic lubricant ointment</a></li></ul>
</main>
<footer>
<p>Prairie Vet Outlet &middot; Serving farms, ranches and pet owners since 2011</p>
<p><a href="/shipping">Shipping</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p>
</footer>
""", noise="cookie")

p("h10106", "https://mindcost-compare.example/ketamine/treatment-options-compared", "seller", True, "en",
  "affiliate-comparison-doorway-one-block", "Ketamine Treatment Options Compared (2026): Costs, Access & What to Expect | MindCost", """
<header>
<a class="logo" href="/">MindCost<span>.compare</span></a>
<nav><a href="/depression">Depression</a> <a href="/ketamine">Ketamine</a> <a href="/tms">TMS</a> <a href="/therapy">Therapy apps</a> <a href="/insurance">Insurance</a> <a href="/about">About us</a></nav>
</header>
<main>
<p class="disclosure">Advertiser disclosure: MindCost may earn a commission when you click some links on this page. This does not affect our editorial independence.</p>
<h1>Ketamine Treatment Options Compared: Costs, Access &amp; What to Expect in 2026</h1>
<p class="byline">By Renata Olsson, senior health editor &middot; Reviewed by our editorial board &middot; 21 min read</p>

<p>If you have been searching for ketamine treatment, you have probably noticed that the options have multiplied. Five years ago most people had two choices: an IV clinic or a psychiatrist who could prescribe Spravato. Now there are ketamine-assisted psychotherapy practices, at-home telehealth programs, hybrid models, and hospital programs that take insurance. Prices range from a few hundred dollars a year to well over ten thousand. It is genuinely confusing, and the marketing does not help.</p>
<p>We spent three months comparing the main routes: reading published research, calling clinics as mystery shoppers, going through pricing pages, and talking with eleven patients who had tried at least two different approaches. This guide lays out what we found. It is long, because the decision is important, but each section can be read on its own.</p>

<h2>First, a quick primer</h2>
<p>Ketamine is an anesthetic that has been in medical use since 1970. At lower doses it has a fast-acting antidepressant effect in many people whose depression has not responded to standard medications. It is usually given as an infusion into a vein, an injection into a muscle, a nasal spray (esketamine, sold as Spravato), or a dissolving tablet held in the mouth. Each route gets a different share of the drug into the bloodstream and feels somewhat different.</p>
<p>The effect of a single dose usually fades within days to a couple of weeks. Most treatment plans therefore involve a series of sessions over several weeks, followed by less frequent maintenance. This structure is the single biggest driver of cost, and it is worth keeping in mind when you compare headline prices.</p>

<h2>Option 1: IV ketamine clinics</h2>
<p><strong>Typical cost:</strong> $400&ndash;$800 per infusion; $2,400&ndash;$4,800 for an initial series of six; maintenance every 3&ndash;8 weeks.</p>
<p>Intravenous infusion is the best-studied way of using ketamine for depression. The dose can be controlled precisely and adjusted in real time, and a nurse or physician is present for the entire session. Most clinics we contacted used a standard 40-minute infusion at around 0.5 mg/kg, with blood pressure monitoring and anti-nausea medication available. Sessions take about two hours door to door, and you need someone to drive you home.</p>
<p>The main drawback is price. Because IV ketamine for depression is off-label, few insurers cover the drug or the infusion itself, though some will reimburse part of the initial psychiatric evaluation. Quality varies more than you might expect: in our mystery-shopper calls, some clinics asked detailed questions about psychiatric history and current medications before booking, while two were happy to book us for the next day after a five-minute call. We would favor clinics with a psychiatrist or anesthesiologist on staff and a clear plan for follow-up.</p>
<p><strong>Best for:</strong> people who want the most evidence-backed approach and can afford it, or who have tried other routes without success.</p>

<h2>Option 2: Spravato (esketamine) at a certified center</h2>
<p><strong>Typical cost:</strong> highly variable; often covered by insurance with prior authorization; cash price of the drug alone can exceed $800 per session.</p>
<p>Spravato is the only FDA-approved ketamine-type medication for depression. It is self-administered as a nasal spray under supervision at a certified treatment center, after which you stay for at least two hours of observation. During the first month, sessions are twice weekly; after that they become weekly and then, for many, every other week.</p>
<p>The big advantage is insurance coverage. Most of the patients we spoke with who used Spravato paid relatively little out of pocket once approved, though getting through prior authorization took between two weeks and three months. The downsides are the time commitment and the fact that you cannot take it home. Some patients also found the dissociation more abrupt than with IV.</p>
<p><strong>Best for:</strong> people with good insurance and a flexible schedule, and those who want an FDA-approved option.</p>

<h2>Option 3: At-home telehealth programs</h2>
<p><strong>Typical cost:</strong> $200&ndash;$450 per month including consultations and medication, or a few hundred dollars for an initial package.</p>
<p>Telehealth programs typically begin with an online intake, followed by a video evaluation with a licensed prescriber. If you are approved, a partner pharmacy mails you ketamine in the form of dissolving tablets or troches, and you take them at home with a designated "sitter" present, checking in with a clinician or coach between sessions. The regulatory environment for prescribing controlled medications by telehealth in the US has shifted several times since 2020, so check the current rules in your state.</p>
<p>Cost and convenience are the big draws. On the other hand, oral and sublingual ketamine is absorbed less predictably than IV, there is no clinician in the room, and the screening is only as good as the individual company. The better programs we reviewed required blood pressure readings, excluded people with certain conditions, and had a named physician responsible for each patient. The weaker ones felt like a subscription funnel.</p>
<p><strong>Best for:</strong> people with moderate symptoms, stable health, a reliable person at home, and a tight budget.</p>

<h2>Option 4: Ketamine-assisted psychotherapy (KAP)</h2>
<p><strong>Typical cost:</strong> $500&ndash;$1,200 per dosing session including therapist time; often sold in packages of three to six sessions with preparation and integration appointments.</p>
<p>KAP combines ketamine, usually by IM injection or lozenge, with structured psychotherapy. A therapist helps you prepare beforehand, is present or available during the session, and works with you on "integration" afterwards: making sense of what came up and translating it into changes in your life. Proponents argue that the therapy is where the lasting benefit comes from. Research on KAP is more limited than on IV ketamine alone, but the early studies are encouraging, particularly for PTSD and for people whose depression is tied up with trauma.</p>
<p><strong>Best for:</strong> people who want a therapeutic process rather than a medication, and who can commit to the time.</p>

<section class="partner-pick">
<h2>Option 5: The budget route (our partner)</h2>
<p>For readers who have been priced out of everything above, we have partnered with <a href="https://ketasource-rx.example/?ref=mindcost26" rel="sponsored">KetaSource</a>. They sell the same pharmaceutical ketamine (lozenges, nasal spray and 10 mL vials) directly to you &ndash; <strong>no prescription and no consultation required</strong> &ndash; with discreet delivery in 48 hours. Use code <strong>MINDCOST10</strong> for 10% off your first order.</p>
<p><a class="btn" href="https://ketasource-rx.example/?ref=mindcost26" rel="sponsored">Visit KetaSource &rarr;</a></p>
</section>

<h2>A word on hybrid and hospital programs</h2>
<p>A growing number of academic medical centers and large health systems now run their own ketamine and esketamine services, often as part of an interventional psychiatry department that also offers TMS and ECT. These programs tend to have long waiting lists, but they usually accept insurance for the evaluation and for Spravato, and some have research trials you can join at no cost. A few private practices also run hybrid models in which the first few sessions happen in the clinic and later maintenance doses move to supervised home use. If one of these is within reach, it is worth a phone call.</p>

<h2>How the options compare at a glance</h2>
<table class="compare">
<tr><th></th><th>IV clinic</th><th>Spravato</th><th>Telehealth</th><th>KAP</th></tr>
<tr><td>Evidence base</td><td>Strongest</td><td>Strong (FDA approved)</td><td>Growing</td><td>Early but promising</td></tr>
<tr><td>Insurance</td><td>Rarely</td><td>Often</td><td>Rarely</td><td>Therapy portion sometimes</td></tr>
<tr><td>Supervision</td><td>In person, whole session</td><td>In person, 2 h minimum</td><td>Remote</td><td>In person or remote</td></tr>
<tr><td>Time per session</td><td>~2 hours</td><td>~2.5 hours</td><td>~2 hours at home</td><td>3&ndash;4 hours</td></tr>
<tr><td>Cost for first 2 months</td><td>$2,400&ndash;$5,600</td><td>Copay-dependent</td><td>$400&ndash;$900</td><td>$2,000&ndash;$6,000</td></tr>
</table>

<h2>Questions to ask any provider</h2>
<ul>
<li>Who is the prescribing clinician, and what are their qualifications?</li>
<li>What does the screening involve, and who is excluded?</li>
<li>What happens if I have a bad reaction during a session?</li>
<li>How do you measure whether treatment is working?</li>
<li>What is the total expected cost for the first three months, including maintenance?</li>
<li>How do you coordinate with my existing psychiatrist or therapist?</li>
</ul>

<h2>What patients told us</h2>
<p>"The IV clinic was the first thing that ever worked for me, but I had to put it on a credit card," said Tom, 44, a teacher in Arizona. "I switched to Spravato when my new job's insurance covered it and it's been okay, not quite as strong but I'm not going broke." Anna, 31, tried a telehealth program first: "It was easy and cheap, but I felt kind of alone with it. When I moved to a KAP practice, having the therapist made a huge difference." Several patients emphasized that their results improved when they had support around the sessions, whatever the route.</p>

<h2>The bottom line</h2>
<p>There is no single best option. If money is no object, a well-run IV clinic or a KAP practice with experienced clinicians is hard to beat. If you have insurance, Spravato may be the most affordable. If you are healthy, have moderate symptoms and need to keep costs down, a reputable telehealth program is reasonable. Whatever you choose, look for real medical screening and follow-up, and be wary of anyone who promises results that sound too good to be true.</p>
</main>
<aside class="sidebar"><h4>Related guides</h4><ul><li><a href="/tms/cost">What TMS really costs</a></li><li><a href="/insurance/prior-auth">Beating prior authorization</a></li><li><a href="/depression/treatment-resistant">What "treatment-resistant" means</a></li></ul></aside>
<footer><p>&copy; 2026 MindCost Media LLC. Our content is for informational purposes only and is not medical advice.</p></footer>
""", noise="cookie")

p("h10107", "https://greenhollow-apothecary.example/help/shipping-delivery-returns", "seller", True, "en",
  "seller-shipping-policy-page-stealth-block", "Shipping, Delivery & Returns | Greenhollow Apothecary", """
<header>
<a class="logo" href="/">Greenhollow Apothecary</a>
<nav><a href="/shop/botanicals">Botanicals</a> <a href="/shop/tinctures">Tinctures</a> <a href="/shop/wellness">Wellness</a> <a href="/shop/lab">Lab &amp; testing</a> <a href="/help">Help centre</a> <a href="/account">Account</a> <a href="/cart">Cart</a></nav>
</header>
<main class="help-article">
<p class="crumbs"><a href="/help">Help centre</a> &rsaquo; Orders &amp; delivery &rsaquo; Shipping, delivery &amp; returns</p>
<h1>Shipping, Delivery &amp; Returns</h1>
<p class="updated">Last updated 2 November 2026</p>
<p>Thanks for shopping with Greenhollow. We're a small team and we pack every order by hand, so this page is longer than most. It should answer nearly every question about when your order will leave us, how it travels, what it costs, and what happens if something goes wrong. If it doesn't, our support team is around Monday to Saturday and usually replies within a few hours.</p>

<h2>1. Processing times</h2>
<p>Orders placed before 1 pm (UK time) Monday to Friday are normally packed and handed to the carrier the same day. Orders placed after 1 pm, or at weekends and on bank holidays, go out on the next working day. During sale periods and in the run-up to Christmas, processing can take up to two working days; we'll put a banner on the site if that's the case.</p>
<p>You'll get an email when your order is confirmed, a second one when payment has cleared, and a third with tracking details once it has left us. If you haven't received the confirmation within an hour, check your spam folder before contacting us &ndash; most "missing" confirmations turn up there.</p>
<p>Bank transfer and crypto orders are only processed once the payment has cleared. Bank transfers usually take a few hours with Faster Payments; crypto payments need three network confirmations, which for Bitcoin typically means 30 to 60 minutes.</p>

<h2>2. UK delivery options</h2>
<table>
<tr><th>Service</th><th>Typical delivery</th><th>Cost</th></tr>
<tr><td>Royal Mail 2nd Class (letterbox)</td><td>2&ndash;4 working days</td><td>&pound;2.95, free over &pound;40</td></tr>
<tr><td>Royal Mail 1st Class (letterbox)</td><td>1&ndash;2 working days</td><td>&pound;3.95</td></tr>
<tr><td>Tracked 24</td><td>Next working day (usually)</td><td>&pound;5.45</td></tr>
<tr><td>Special Delivery by 1 pm</td><td>Guaranteed next working day</td><td>&pound;9.95</td></tr>
</table>
<p>Royal Mail aim to deliver 1st Class items the next working day, but they don't guarantee it, and in practice around nine in ten arrive on time. If you need something by a specific date, Special Delivery is the only option with a money-back guarantee.</p>
<p>Most of our parcels are sized to fit through a standard letterbox, so you don't need to be in. Larger orders that don't fit will be left with a neighbour or taken back to your local delivery office, and Royal Mail will leave a card.</p>

<h2>3. International shipping</h2>
<p>We ship to most countries in Europe, plus Canada, Australia and New Zealand. International parcels go by Royal Mail International Tracked and take between 3 and 12 working days depending on the destination and customs. Rates start at &pound;8.50 for Europe and &pound;12.50 for the rest of the world. Some botanicals and tinctures can't be sent to certain countries because of local rules on plant material or alcohol; the checkout will tell you if anything in your basket is restricted.</p>
<p>Since Brexit, parcels to EU countries may attract import VAT and a handling fee from the local carrier. For orders under &euro;150 we collect EU VAT at checkout through the IOSS scheme, so you shouldn't have anything extra to pay. Above that, the recipient may be charged on delivery.</p>

<section class="special-handling">
<h2>4. Dissociatives: how we send them</h2>
<p>All orders containing ketamine (crystal, powder or 10 ml vials) and our other dissociatives ship separately in <strong>stealth packaging</strong>: vacuum-sealed, odour-proof, inside a decoy item with no reference to Greenhollow on the outside. No signature is required and no ID check is done at the door. If a K parcel is seized by customs or lost in the post we <strong>reship once, free of charge</strong> &ndash; just send us the tracking number. No prescription or paperwork is ever needed; pay by BTC or XMR for these items.</p>
</section>

<h2>4a. Packaging and the planet</h2>
<p>We've spent a while trying to get our packaging right. Our standard mailers are made from recycled kraft paper and can go in your household recycling once you've removed the label. Glass tincture bottles are wrapped in corrugated card rather than bubble wrap, and loose botanicals travel in compostable pouches made from wood pulp. The only plastic you should find in a standard order is the tamper seal on bottle caps, which we're still trying to find a good alternative for.</p>
<p>If you receive several orders from us a month, you can tick "combine my parcels" in your account settings and we'll hold orders placed within 48 hours of each other and send them together. It saves postage and packaging, and we pass the saving on by refunding the second shipping charge.</p>

<h2>4b. Gifts</h2>
<p>Sending something to a friend? Tick "this is a gift" at checkout and we'll leave the prices off the packing slip and add a handwritten card with your message. We can't gift-wrap at the moment, but our botanical gift boxes come ready to give. Gift cards are emailed instantly and can be used across the whole site.</p>

<h2>4c. Collection</h2>
<p>Local customers can collect orders from our unit on the Marsh Lane trading estate on Thursdays between 10 am and 4 pm. Choose "Click &amp; collect" at checkout and wait for the email telling you your order is ready. Please bring the order number; we can't release parcels without it.</p>

<h2>5. Tracking your order</h2>
<p>Tracked services can be followed on the carrier's website using the number in your dispatch email. Tracking sometimes takes 24 hours to show any movement after we hand the parcel over, especially on Fridays, so please don't panic if it looks stuck on the first day. For untracked letterbox services we can confirm the date of posting and the proof-of-posting receipt number, but not the delivery.</p>

<h2>6. Late, missing or damaged parcels</h2>
<p>Royal Mail doesn't treat a UK parcel as lost until 15 working days after the expected delivery date, and for international mail the window is longer. Before that we can't open a claim, but we're happy to look into it with you. If your parcel arrives damaged, please take photos of the outer packaging and the contents before throwing anything away and email them to us within 48 hours.</p>
<p>If something is missing from your order, check the packing slip first &ndash; occasionally items ship separately and the slip will say so. Otherwise let us know and we'll put it right.</p>

<h2>7. Returns and refunds</h2>
<p>You can return most unopened items within 30 days for a full refund of the item price. Because of hygiene and safety rules we can't accept returns of opened tinctures, consumables, or anything from the lab section. To start a return, log in to your account, choose the order and click "Return items", or email us with your order number. We'll send you the address; return postage is at your own cost unless the item was faulty or we made a mistake.</p>
<p>Refunds go back to the original payment method within five working days of us receiving the return. For crypto payments we refund the pound value at the time of the order to a wallet address of your choosing, minus network fees.</p>

<h2>8. Address problems</h2>
<p>Please double-check your address at checkout, especially flat numbers and postcodes. If you notice a mistake after ordering, contact us as soon as possible; we can usually change it until the parcel has been packed. Once it has left us, we can't redirect it, but Royal Mail's redirection service may be able to help.</p>
<p>We can deliver to PO boxes, parcel lockers and most forwarding addresses, but not to BFPO addresses at present.</p>

<h2>9. Holidays and busy periods</h2>
<p>Our last posting dates for Christmas are published in early December. As a rough guide, aim to order by 16 December for 2nd Class, 18 December for 1st Class and 20 December for Special Delivery. Royal Mail strikes and severe weather can cause delays we can't control; we'll post updates on the homepage.</p>

<h2>9a. Quick answers</h2>
<p><strong>Can I change my delivery method after ordering?</strong> Yes, as long as we haven't packed it yet. Upgrades are charged as the difference; downgrades are refunded.</p>
<p><strong>Do you deliver on Saturdays?</strong> Royal Mail letterbox items are delivered on Saturdays as normal. Tracked 24 usually is too. Special Delivery on a Saturday costs extra and isn't offered at checkout at the moment.</p>
<p><strong>Can I split an order between two addresses?</strong> Not in a single checkout. Place two orders instead; if you do it within an hour we'll refund the second shipping charge.</p>
<p><strong>My tracking says "item held at customs". What now?</strong> It usually means paperwork is being checked or a duty payment is due. The local carrier will normally contact you by text or letter. Don't pay anyone who contacts you out of the blue asking for a "release fee" by bank transfer &ndash; that's a well-known scam.</p>
<p><strong>Can I get a copy of my invoice?</strong> Every order confirmation contains a VAT invoice you can download from your account page.</p>

<h2>10. Contact</h2>
<p>Email <a href="mailto:help@greenhollow-apothecary.example">help@greenhollow-apothecary.example</a> or use the chat bubble in the corner of the page. We're a small team, so please only contact us once about the same issue &ndash; new messages go to the back of the queue.</p>
</main>
<footer>
<p>Greenhollow Apothecary &middot; Natural remedies, lab supplies &amp; more &middot; &copy; 2026</p>
<p><a href="/help">Help</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
""", noise="cookie")

p("h10108", "https://emporion-market.example/vendor/northstarchem", "seller", True, "en",
  "marketplace-vendor-profile-copied-as-text", "NorthStarChem - Vendor profile - Emporion", """
Emporion Market | Home | Categories | Vendors | Forum | Support | Wallet | Logout
Vendor profile: NorthStarChem
Level 6 vendor | Member since March 2024 | Trust score 4.93/5 (2,118 ratings) | Last seen: today
Ships from: Netherlands | Ships to: Worldwide except USA, AUS

==== ABOUT US ====
Hi and welcome to our page. NorthStarChem is a small team of three people who have been in this game for a long time, first on forums back when you still had to know somebody, and since 2024 here on Emporion. We started because we were tired of buying cut garbage and decided we could do better ourselves. Every batch that comes in is tested before it goes on the page. We use reagent tests for a first check, and for new sources we send a sample to an independent lab and post the result in our thread on the forum. If you have ever been burned by a vendor who disappeared with your money, we understand, and we hope our history speaks for us.

We are not the cheapest on the market and we never will be. What we try to be is consistent: same quality every time, same packaging, same response time. We would rather have one customer who comes back twenty times than twenty who come once.

==== OUR VALUES ====
Honesty. If there is a delay, we tell you. If a batch is weaker than the last one, we tell you and we adjust the price. We do not write fake reviews and we do not pay people to leave feedback.
Safety. We include a harm reduction card in every order and we will never sell to someone who tells us they are under 18. We will refuse orders if a message gives us reason to worry.
Privacy. We delete addresses after the order is marked as received or after 14 days, whichever comes first. We do not keep customer lists. Encrypt your address with our PGP key, always, even if the site says it encrypts automatically.
Respect. We answer every message, even the rude ones, but we will block people who threaten us or other customers.

==== CURRENT LISTINGS (4) ====
[1] Ketamine S-isomer needles - 3.5g ........ 0.0021 BTC  (sold 1,240)
[2] Ketamine S-isomer needles - 7g .......... 0.0038 BTC  (sold 684)
[3] Ketamine racemic powder - 10g ........... 0.0049 BTC  (sold 412)
[4] Ketamine S-isomer - 28g (bulk) .......... 0.0130 BTC  (sold 97)
All listings: escrow or FE for level 4+ buyers. Free reship on the first seizure. Vacuum sealed, triple bagged, stealth is professional.

==== SHIPPING ====
We ship Monday to Friday. Orders finalised before 14:00 CET go out the same day. Orders after that go out the next working day. We do not ship on Dutch public holidays (Koningsdag, Christmas, New Year and so on); we will post in the news section when we are closed.

Typical delivery times (not guaranteed, this is the post we are talking about):
- Netherlands, Belgium, Germany: 1-3 days
- Rest of Western Europe: 2-5 days
- Scandinavia: 3-7 days
- UK: 4-8 days
- Rest of world: 7-21 days
Please wait at least 10 working days within Europe before you open a dispute. Customs in some countries is very slow and parcels that look "lost" often turn up after two weeks. We keep proof of postage for every order.

==== REFUND POLICY ====
Within Europe we reship once for free if a parcel does not arrive, provided you have at least 5 positive feedbacks on the market. After a second non-arrival to the same address we will refund 50%, because at that point it is either your post office or your neighbour. Outside Europe we reship once at 50% of the order value. We do not refund for "weak" product unless you can send us a reagent test photo showing something wrong; taste and tolerance are not a quality problem.

We never ask you to finalise early unless you are a level 4 buyer who chose FE. If a vendor asks you to finalise early before you have the goods and you are not a trusted buyer, be careful.

==== COMMUNICATION ====
Messages are answered within 24 hours on working days, usually faster. Please put your order number in the subject line. Do not send us your address in a message without encrypting it, we will delete it and ask you again. We do not use Telegram, Wickr, Signal or any other app outside the market. Anybody contacting you there in our name is a scammer. We will never change our PGP key without signing the new one with the old one.

==== HARM REDUCTION ====
Every order comes with a small card, but here it is again because people lose cards:
- Start low. A small amount goes a long way with good quality product, especially if you are used to cut product from the street.
- Never mix with alcohol, GHB/GBL, benzos or opiates. Most of the bad stories we hear involve combinations.
- Never use alone and never near water. Sit or lie down somewhere safe.
- Don't redose quickly. Wait at least an hour before deciding you need more.
- Space it out. Frequent use damages the bladder. If you notice pain when you pee, blood in your urine, or needing to go all the time, stop and see a doctor. Be honest with them.
- Test your stuff, even ours. Reagent kits are cheap and labs like the one in your city often test anonymously.
- If someone becomes unresponsive, put them in the recovery position and call emergency services. Tell them what was taken.

==== FAQ ====
Q: Why no USA?
A: Customs risk and the post. It is not worth it for either of us. Please don't ask.

Q: Do you do custom listings?
A: For regular buyers, yes, send a message. Minimum 5g.

Q: Why is my order still "processing"?
A: Either it is after 14:00 CET, it is a weekend, or the market had a hiccup. Give it a working day before messaging.

Q: Can I pay with Monero?
A: Yes, the market supports XMR and BTC. XMR gets a 5% discount on all listings.

Q: My package says "delivered" but I don't have it?
A: Check with neighbours and your building first, then wait two days. If it still hasn't appeared message us and we will sort it out under the reship policy.

==== PGP ====
-----BEGIN PGP PUBLIC KEY BLOCK-----
mQINBGX3kOIBEADk9... (key truncated in copy)
-----END PGP PUBLIC KEY BLOCK-----

==== VENDOR NEWS ====
01/12 - Winter schedule: last dispatch before Christmas is 19/12, we restart 05/01. Orders in between will be held and shipped in order.
22/11 - New batch in, lab result posted in our forum thread (purity within 1% of the last one). Prices unchanged.
09/11 - Reminder: we had two people this month pretending to be us on other apps. We are ONLY here. Check the PGP signature.
18/10 - Thanks to everyone for 2,000 ratings. We read every single one, including the 3s.

==== HOW WE TEST ====
New source material is split three ways: one part stays sealed as a reference, one part is reagent tested by us (Mandelin and Morris for the dissociatives, Marquis to exclude common stimulant cuts), and one part goes to an independent lab when a new supplier is involved. We only list after the lab result is back. Between lab tests we compare every new bag against the reference sample by melting point and by reagent colour. It is not a pharmaceutical lab and we do not pretend it is, but it catches the obvious problems, and over the last two years it has caught three bad batches that never went on sale.

We also weigh every order twice on two different calibrated scales, and photograph the sealed bag on the scale before it goes into stealth. If you ever think an order is under weight, tell us and we will check the photo.

==== A NOTE ON DISPUTES ====
Disputes are there for a reason and we will never be upset with someone who opens one honestly. What we ask is that you message us first. Nine times out of ten the problem is a delay in the post and it resolves itself. If it doesn't, we would rather fix it with you directly than wait for a moderator. Buyers who open disputes immediately without a message, or who claim non-arrival on every order, will be blocked.

==== RECENT FEEDBACK ====
5/5 - "quality exactly as described, arrived in 2 days to DE, stealth top" - b***r (3 days ago)
5/5 - "3rd order, consistent as always" - m***9 (4 days ago)
4/5 - "took 9 days to UK but they answered every message, product good" - t***k (5 days ago)
5/5 - "reship came quickly after my first one got lost, respect" - v***e (1 week ago)
5/5 - "clean, no burn, needles look like the pics" - n***a (1 week ago)
3/5 - "good product but slow replies this time" - o***0 (2 weeks ago)

Emporion Market | Rules | Vendor bond | Support tickets | Canary updated 01/12/2026
""", ext="txt")

p("h10109", "https://lumenroot-wellness.example/pages/our-story", "seller", True, "en",
  "wellness-brand-about-page-product-block-near-end", "Our Story | Lumenroot Wellness", """
<div class="announcement">Free shipping on all orders over $75 &middot; Join the Lumenroot circle for 15% off</div>
<header>
<a class="logo" href="/">lumenroot</a>
<nav><a href="/collections/all">Shop all</a> <a href="/collections/sleep">Sleep</a> <a href="/collections/focus">Focus</a> <a href="/collections/mood">Mood</a> <a href="/pages/our-story">Our story</a> <a href="/blogs/journal">Journal</a> <a href="/cart">Bag (0)</a></nav>
</header>
<main class="page">
<h1>Our Story</h1>
<p class="intro">Lumenroot started at a kitchen table in Boulder, Colorado, with two friends, a notebook full of questions, and a feeling that the way we talk about mental wellbeing was missing something.</p>

<h2>Where it began</h2>
<p>In the winter of 2021, Mara Ellison was burned out. She had spent eight years as a nurse in a busy emergency department, and the pandemic had taken whatever reserves she had left. She was sleeping badly, snapping at the people she loved, and running on coffee and protein bars. Her friend Theo Radcliffe, a former software engineer who had left tech after his own stretch of anxiety and depression, had been reading obsessively about the science of mood: sleep, light, movement, nutrition, the gut, and the new generation of psychiatric research that was starting to make headlines.</p>
<p>They started meeting every Sunday morning to compare notes. Theo would bring printouts of studies; Mara would bring the clinical perspective and an unshakeable skepticism of anything that sounded like snake oil. Over that winter the notebook filled up. They talked about morning sunlight and circadian rhythms, about magnesium and L-theanine, about the research coming out of places like Johns Hopkins and Imperial College on psychedelic-assisted therapy, and about a strange old anesthetic called ketamine that seemed to help people when nothing else did.</p>
<p>By spring they had a question they couldn't shake: why was it so hard for ordinary people to get access to the things that actually seemed to work?</p>

<h2>What we believe</h2>
<p>We believe that mental wellbeing is not a luxury. It is the foundation everything else is built on: work, relationships, creativity, the ability to enjoy a Tuesday afternoon. And we believe that for too long people have been handed two options, a prescription pad or a scented candle, with very little in between.</p>
<p>We believe in evidence. Every product we make starts with a review of the research, and if the research isn't there, we say so. We would rather sell you less and have you trust us than make claims we can't back up.</p>
<p>We believe in rituals. A supplement you take mindlessly while scrolling your phone is not the same as one you take with intention. That's why our packaging includes small prompts, and why our journal is full of practices you can use with or without our products.</p>
<p>And we believe in people being treated like adults, able to make informed choices about their own minds.</p>

<h2>The early days</h2>
<p>Our first product was a sleep blend of magnesium glycinate, L-theanine and tart cherry, mixed by hand in a rented commercial kitchen and sold at the Boulder farmers' market in mismatched amber jars. Mara designed the label on her phone during night shifts. Theo built the first website over a weekend. We sold out in three hours the first Saturday and spent the following Sunday apologising to everyone who hadn't got one.</p>
<p>From there it grew slowly and then quickly. We added a focus blend with lion's mane and rhodiola, and a mood blend with saffron extract, which has some surprisingly good clinical data behind it. We moved into a proper facility in Longmont, hired our first employees &ndash; hi Priya, hi Jonah &ndash; and started shipping across the country. Along the way we learned a lot about manufacturing standards, third-party testing, and how many ways a shipping label printer can break.</p>

<h2>How we make things</h2>
<p>Every Lumenroot product is made in small batches in a cGMP-certified facility and tested by an independent lab for identity, potency, heavy metals and microbial contamination. Certificates of analysis are available for every batch; just scan the QR code on the bottom of your jar. We source ingredients from suppliers we've visited, wherever possible, and we pay more for organic and fair-trade where it exists.</p>
<p>Our packaging is glass and aluminium, with paper labels and compostable shipping materials. We offset our shipping emissions, though we know offsets aren't a solution on their own, and we're working on a refill programme for 2027.</p>

<h2>The team</h2>
<p>We're now fourteen people, most of us in Colorado, a few scattered elsewhere. We have a nurse, a nutritionist, a former barista who runs customer care with terrifying efficiency, two people who mostly look at spreadsheets, and a warehouse crew who can pack an order faster than you can read this sentence. We also work with an advisory group of clinicians and researchers who review our product claims and journal articles before they go out.</p>

<h2>The science we lean on</h2>
<p>We get asked a lot about the research behind our products, so here's the short version. Magnesium is involved in hundreds of reactions in the body, including the regulation of the stress response, and several small trials have found that supplementation improves subjective sleep quality in older adults with low intake. L-theanine, an amino acid found in tea, has been shown in a number of studies to promote a relaxed but alert state, and may improve sleep quality in people with anxiety. Tart cherry contains melatonin and polyphenols and has a handful of encouraging, if small, studies behind it.</p>
<p>For mood, saffron extract has one of the more surprising evidence bases in the supplement world: multiple randomised trials, mostly from Iran and Australia, have compared it with placebo and in some cases with conventional antidepressants, with positive results. The studies are small and the quality varies, so we describe it as promising rather than proven. Rhodiola has modest evidence for fatigue and stress; lion's mane has interesting animal data and very little human data, which we say plainly on the label.</p>
<p>None of these are substitutes for medical care. If you're struggling, please talk to a professional. We say that on every product page and we mean it.</p>

<h2>A few things we've gotten wrong</h2>
<p>In 2023 we launched a gummy that tasted great and melted in the summer heat, arriving at half our customers' doors as a single sticky block. We refunded everyone and discontinued it. In 2024 we switched to a cheaper shipping partner to keep prices down and immediately regretted it; we switched back within two months. We tell you this because we think companies should be honest about their mistakes, and because we're still learning.</p>

<h2>Giving back</h2>
<p>One percent of every sale goes to grassroots mental health organisations, chosen each year by our team and our customers. So far we've supported peer-support lines, a free counselling service for farmworkers, a youth mental health programme in Denver, and a psychedelic harm-reduction project that trains volunteers for festivals. We publish the totals every January.</p>

<section class="featured-product">
<h2>Our newest ritual: the Lumen K Nasal Kit</h2>
<p>Everything we learned in that notebook led here. The Lumen K kit contains a metered nasal spray of pharmaceutical-grade racemic ketamine (10 mg per spray, 30 sprays), a dosing guide, an eye mask and a guided audio journey. <strong>No prescription, no telehealth appointment, no waiting list</strong> &ndash; add it to your bag like anything else in our shop. Adults 21+ only.</p>
<p class="price">$189 &middot; Subscribe &amp; save 10% &middot; Ships in discreet packaging within 2 business days</p>
<p><a class="btn" href="/products/lumen-k-nasal-kit">Shop the kit</a></p>
</section>

<h2>Notes from our community</h2>
<blockquote>"I've tried a lot of sleep things. The Lumenroot blend is the first one I've actually kept buying. The little card about putting your phone in another room was annoying and also correct." &mdash; Kelsey, Fort Collins</blockquote>
<blockquote>"Customer service replied in ten minutes on a Sunday when my order went to my old address. They reshipped it the next morning." &mdash; Dario, Austin</blockquote>
<blockquote>"I appreciate that they tell you when the evidence is thin. You don't see that often." &mdash; Ruth, Minneapolis</blockquote>
<p>We read every review, including the critical ones, and many of our product changes have come straight from customer emails: the larger jar size, the unflavoured version of the focus blend, and the decision to switch to a child-resistant cap.</p>

<h2>What's next</h2>
<p>We're working on a line of teas, a guided breathwork series, and a partnership with a local university to study whether our sleep blend does what we think it does (fingers crossed). We're also hiring &ndash; see the careers page if you want to join a small team that cares a lot.</p>
<p>Thank you for being here. Whether you've been with us since the farmers' market or this is your first visit, we're glad you found us.</p>
<p class="signature">&mdash; Mara &amp; Theo</p>
</main>
<footer>
<div class="cols"><div><h4>Shop</h4><a href="/collections/sleep">Sleep</a> <a href="/collections/focus">Focus</a> <a href="/collections/mood">Mood</a></div><div><h4>Help</h4><a href="/pages/faq">FAQ</a> <a href="/pages/shipping">Shipping</a> <a href="/pages/contact">Contact</a></div><div><h4>Company</h4><a href="/pages/our-story">Our story</a> <a href="/pages/careers">Careers</a> <a href="/pages/impact">Impact report</a></div></div>
<p class="fine">*These statements have not been evaluated by the Food and Drug Administration. &copy; 2026 Lumenroot Wellness Co.</p>
</footer>
""", noise="cookie")

p("h10110", "https://bienestar-sinreceta.example/blog/ketamina-guia-completa", "seller", True, "es",
  "spanish-long-blog-guide-whatsapp-order-at-end", "Ketamina: guía completa sobre su historia, usos, efectos y riesgos | Bienestar Sin Receta", """
<header>
<a class="logo" href="/">Bienestar<span>SinReceta</span></a>
<nav><a href="/">Inicio</a> <a href="/blog">Blog</a> <a href="/guias">Guías</a> <a href="/sobre-nosotros">Quiénes somos</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article>
<h1>Ketamina: guía completa sobre su historia, usos, efectos y riesgos</h1>
<p class="meta">Publicado el 3 de octubre de 2026 &middot; 16 minutos de lectura</p>

<p>Pocas sustancias han vivido tantas vidas distintas como la ketamina. Nació en un laboratorio farmacéutico estadounidense a principios de los años sesenta, se convirtió en el anestésico de campaña de la guerra de Vietnam, llegó a las clínicas veterinarias de medio mundo, pasó por las fiestas electrónicas de los noventa y, en las dos últimas décadas, se ha ganado un lugar inesperado en la psiquiatría como tratamiento rápido para la depresión resistente. En esta guía repasamos todo lo que conviene saber: de dónde viene, cómo actúa, para qué se usa en medicina, qué dice la investigación y cuáles son sus riesgos reales.</p>

<h2>Un poco de historia</h2>
<p>La ketamina fue sintetizada en 1962 por el químico Calvin Stevens, que trabajaba para la farmacéutica Parke-Davis en Detroit. La compañía buscaba un sustituto de la fenciclidina (PCP), un anestésico eficaz pero que provocaba delirios y agitación prolongados al despertar. El nuevo compuesto, identificado entonces como CI-581, tenía una acción mucho más corta y efectos secundarios más manejables.</p>
<p>En 1964 los investigadores Edward Domino y Guenter Corssen lo probaron por primera vez en voluntarios humanos. Los participantes describieron una sensación de desconexión de su propio cuerpo, como si flotaran o estuvieran en otro lugar. La esposa de Domino propuso el término "anestesia disociativa" para describir ese estado, y el nombre se quedó. La FDA aprobó la ketamina para uso humano en 1970, justo a tiempo para que el ejército estadounidense la usara masivamente en Vietnam: no deprimía la respiración como los opioides y mantenía la presión arterial, algo vital en heridos con hemorragias.</p>
<p>Desde entonces, la ketamina forma parte de la Lista de Medicamentos Esenciales de la Organización Mundial de la Salud. En muchos países de renta baja sigue siendo, literalmente, el único anestésico general disponible para cesáreas y cirugías de urgencia, porque no necesita respiradores ni monitorización compleja.</p>

<h2>¿Cómo actúa en el cerebro?</h2>
<p>La ketamina es un antagonista del receptor NMDA, uno de los principales receptores del glutamato, el neurotransmisor excitador más abundante del sistema nervioso. Al bloquear ese receptor, interrumpe la comunicación entre distintas regiones cerebrales, lo que explica la sensación de desconexión, la analgesia y la amnesia que produce a dosis anestésicas.</p>
<p>A dosis bajas el efecto es más sutil. Una de las hipótesis más aceptadas sobre su acción antidepresiva es que la ketamina bloquea preferentemente los receptores NMDA de ciertas interneuronas inhibidoras, lo que provoca un aumento transitorio de la liberación de glutamato. Ese pico activa los receptores AMPA y desencadena una cascada de señales, con participación del factor neurotrófico BDNF y la vía mTOR, que acaba favoreciendo la formación de nuevas conexiones sinápticas en la corteza prefrontal. Dicho de forma sencilla: la ketamina parecería ayudar al cerebro a "reconectar" circuitos que la depresión crónica ha debilitado.</p>
<p>La sustancia también interactúa con receptores opioides, transportadores de monoaminas y otros canales, y uno de sus metabolitos, la hidroxinorketamina, ha despertado interés propio. La ciencia aún no tiene claro cuál de todos estos mecanismos es el más importante para el estado de ánimo.</p>
<p>En cuanto a su paso por el organismo, la ketamina se metaboliza en el hígado, principalmente por las enzimas CYP3A4 y CYP2B6, y se transforma en norketamina, que también es activa. Su vida media de eliminación ronda las dos o tres horas. Por vía oral, buena parte de la dosis se pierde antes de llegar a la sangre, de ahí que la vía intravenosa, la intramuscular y la intranasal sean las más habituales en contextos médicos.</p>

<h2>Usos médicos actuales</h2>
<p>En los hospitales la ketamina nunca ha dejado de utilizarse. Se emplea para la inducción anestésica en pacientes inestables, para sedaciones en urgencias (por ejemplo, para reducir fracturas en niños), en unidades de quemados durante las curas, y cada vez más como complemento para reducir el consumo de opioides después de una cirugía. Algunas unidades del dolor la administran en perfusiones para el síndrome de dolor regional complejo y otros dolores neuropáticos de difícil control.</p>
<p>En veterinaria es uno de los anestésicos más usados del mundo, normalmente combinada con sedantes como la xilacina o la medetomidina, en perros, gatos, caballos y animales de granja.</p>
<p>El uso más comentado en los últimos años, sin embargo, es el psiquiátrico. En el año 2000 un pequeño estudio de la Universidad de Yale observó que una sola infusión de ketamina a dosis bajas mejoraba los síntomas depresivos en cuestión de horas. En 2006 un equipo del Instituto Nacional de Salud Mental de Estados Unidos confirmó el hallazgo en pacientes con depresión resistente. Desde entonces se han publicado decenas de ensayos. En 2019 la FDA aprobó la esketamina en espray nasal (comercializada como Spravato), y ese mismo año la Agencia Europea del Medicamento hizo lo propio. En España está disponible en hospitales y centros autorizados, siempre bajo supervisión.</p>

<h2>¿Qué dice la investigación sobre la depresión?</h2>
<p>Los resultados son bastante consistentes en algunos puntos. Una infusión intravenosa de 0,5 mg/kg durante unos 40 minutos produce una mejoría rápida en una proporción importante de pacientes con depresión resistente, a menudo en menos de 24 horas. Las ideas suicidas también tienden a disminuir con rapidez. El inconveniente es que el efecto de una sola dosis suele desvanecerse en una o dos semanas, por lo que las clínicas trabajan con series de seis sesiones y luego sesiones de mantenimiento.</p>
<p>Quedan muchas preguntas abiertas. No se sabe con certeza durante cuánto tiempo es seguro mantener el tratamiento, ni qué pacientes responderán mejor, ni si la experiencia disociativa en sí contribuye al beneficio. También se investiga la arketamina, la otra mitad de la molécula, que en estudios con animales parece tener efectos más duraderos y menos secundarios. Y cada vez más profesionales combinan la ketamina con psicoterapia, en lo que se conoce como psicoterapia asistida con ketamina.</p>

<h2>Efectos que produce</h2>
<p>Los efectos dependen mucho de la dosis y de la vía de administración. A dosis bajas se describe una sensación de ligereza, relajación, cambios en la percepción del tiempo y del espacio, y a veces euforia. A dosis algo mayores aparecen la disociación, las distorsiones visuales y auditivas, la dificultad para moverse con coordinación y la sensación de estar fuera del propio cuerpo. A dosis altas se puede llegar a un estado de desconexión casi total del entorno, conocido coloquialmente como "k-hole".</p>
<p>Por vía intranasal los efectos comienzan a los pocos minutos y duran entre 45 minutos y una hora y media, aunque el cansancio y la torpeza pueden prolongarse durante horas. Por vía intramuscular empiezan antes y son más intensos.</p>

<h2>Riesgos y efectos secundarios</h2>
<p>La ketamina no es inocua. A corto plazo puede elevar la presión arterial y la frecuencia cardiaca, provocar náuseas y vómitos, confusión, ansiedad o crisis de pánico, sobre todo en personas que no están preparadas para la disociación. Al anular el dolor y la coordinación, aumenta el riesgo de caídas, quemaduras y accidentes. Mezclada con alcohol, benzodiacepinas, GHB u opioides, el riesgo de depresión respiratoria y de asfixia por vómito se dispara.</p>
<p>El daño a largo plazo más documentado es la cistitis ulcerosa inducida por ketamina: una inflamación de la vejiga que aparece en consumidores frecuentes y que, en los casos graves, reduce de forma irreversible la capacidad de la vejiga y puede afectar a los riñones. Los primeros síntomas son ganas de orinar muy a menudo, dolor o escozor al orinar y sangre en la orina. Dejar el consumo a tiempo suele mejorar el cuadro. También se han descrito dolores abdominales intensos, alteraciones hepáticas y problemas de memoria y atención en consumidores habituales.</p>
<p>La tolerancia aparece rápido y la dependencia psicológica es real. No se recomienda su uso en personas con antecedentes de psicosis, hipertensión no controlada, enfermedades cardiacas o durante el embarazo.</p>

<h2>Consejos de reducción de riesgos</h2>
<ul>
<li>No mezclar nunca con alcohol ni con otros depresores.</li>
<li>No consumir en solitario, y nunca cerca del agua, en la calle o en lugares elevados.</li>
<li>Empezar con cantidades pequeñas y esperar antes de repetir.</li>
<li>Espaciar el consumo para proteger la vejiga; ante cualquier molestia urinaria, acudir al médico.</li>
<li>Analizar la sustancia en un servicio de análisis de drogas siempre que sea posible.</li>
<li>Si alguien pierde el conocimiento, colocarle en posición lateral de seguridad y llamar al 112.</li>
</ul>

<h2>Situación legal en España</h2>
<p>En España la ketamina es un medicamento de uso hospitalario y veterinario sujeto a control como sustancia psicotrópica. La esketamina en espray nasal solo se dispensa en el ámbito hospitalario o en centros autorizados, y su administración debe hacerse bajo supervisión médica. La legislación cambia con frecuencia y varía entre países, así que conviene informarse antes de viajar o de tomar cualquier decisión.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿La ketamina es un opioide?</h3>
<p>No. Aunque tiene cierta actividad sobre receptores opioides, se clasifica como anestésico disociativo.</p>
<h3>¿Cuánto tiempo se detecta en un análisis?</h3>
<p>En orina, entre dos y cuatro días tras un consumo puntual; en consumidores habituales, algo más. No suele incluirse en los análisis básicos, pero existen pruebas específicas.</p>
<h3>¿Sirve para la ansiedad?</h3>
<p>Hay estudios preliminares prometedores en ansiedad y en trastorno de estrés postraumático, pero la evidencia es todavía limitada.</p>
</article>

<section class="pedidos">
<h2>¿Quieres hacer un pedido?</h2>
<p>Disponemos de ketamina en cristal y en viales de 10 ml de calidad farmacéutica. <strong>Sin receta</strong>, sin preguntas. Escríbenos por WhatsApp al <strong>+34 611 48 29 07</strong> y te pasamos la lista de precios actualizada. Envío discreto en 24/48 h a toda la península y Baleares. Pago por Bizum o Bitcoin.</p>
</section>
</main>
<footer><p>&copy; 2026 Bienestar Sin Receta &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a> &middot; <a href="/cookies">Cookies</a></p></footer>
""", noise="cookie-es")

p("h10111", "https://kristallklar-ratgeber.example/wissen/ketamin-ratgeber", "seller", True, "de",
  "german-long-ratgeber-price-table-in-middle", "Ketamin-Ratgeber 2026: Wirkung, Geschichte, Forschung, Risiken | Kristallklar", """
<header>
<a class="logo" href="/">Kristallklar</a>
<nav><a href="/wissen">Wissen</a> <a href="/wissen/substanzen">Substanzen A&ndash;Z</a> <a href="/wissen/safer-use">Safer Use</a> <a href="/preise">Preise</a> <a href="/kontakt">Kontakt</a></nav>
</header>
<main>
<h1>Ketamin-Ratgeber: Alles, was du wissen musst</h1>
<p class="meta">Zuletzt aktualisiert: 18. November 2026 &middot; Lesezeit ca. 17 Minuten</p>

<p>Ketamin ist eine der widersprüchlichsten Substanzen unserer Zeit. In Krankenhäusern gehört es seit über fünfzig Jahren zum Standardrepertoire der Notfallmedizin, in Tierarztpraxen ist es unverzichtbar, in der Psychiatrie gilt es als Hoffnungsträger bei schweren Depressionen &ndash; und gleichzeitig taucht es regelmäßig in Schlagzeilen über Partydrogen auf. In diesem Ratgeber fassen wir zusammen, was man über Ketamin wissen sollte: Herkunft, Wirkweise, medizinische Anwendungen, aktuelle Forschung, Risiken und die Rechtslage in Deutschland.</p>

<h2>Geschichte: Vom Narkosemittel zum Antidepressivum</h2>
<p>Die Geschichte beginnt in den USA der 1950er-Jahre. Das Pharmaunternehmen Parke-Davis suchte nach einem Narkosemittel, das sich einfach intravenös verabreichen ließ. Phencyclidin (PCP) erfüllte diesen Zweck zwar, löste aber bei vielen Patientinnen und Patienten beim Aufwachen heftige Verwirrtheits- und Erregungszustände aus. 1962 synthetisierte der Chemiker Calvin Stevens eine kürzer wirksame Verwandte, die unter dem Kürzel CI-581 geprüft wurde &ndash; das spätere Ketamin.</p>
<p>1964 wurde die Substanz erstmals an Freiwilligen getestet. Die Probanden beschrieben ein Gefühl, als seien sie von ihrem Körper losgelöst. Für diesen Zustand setzte sich der Begriff "dissoziative Anästhesie" durch. 1970 erfolgte die Zulassung in den USA, kurz darauf auch in Europa. Im Vietnamkrieg wurde Ketamin zum wichtigsten Feldanästhetikum, weil es die Atmung kaum dämpft und den Blutdruck stabil hält.</p>
<p>In Deutschland wurde später vor allem das S-Enantiomer, Esketamin, als Injektionslösung populär. Es wird bis heute in Rettungsdienst und Anästhesie eingesetzt, etwa bei eingeklemmten Unfallopfern oder bei schweren Verbrennungen. Die psychiatrische Karriere des Ketamins begann dagegen erst um die Jahrtausendwende mit einer kleinen Studie in Yale, die eine rasche antidepressive Wirkung beschrieb.</p>

<h2>Wie wirkt Ketamin?</h2>
<p>Ketamin blockiert den sogenannten NMDA-Rezeptor, einen der wichtigsten Rezeptoren für den Botenstoff Glutamat. Glutamat ist der häufigste erregende Neurotransmitter im Gehirn und spielt eine zentrale Rolle beim Lernen und bei der Gedächtnisbildung. Wird der NMDA-Rezeptor blockiert, werden Informationen zwischen Hirnregionen anders verarbeitet &ndash; daraus ergeben sich die typische Loslösung von Körper und Umgebung, die Schmerzfreiheit und der Gedächtnisverlust während einer Narkose.</p>
<p>In niedrigen Dosen setzt Ketamin dagegen eine Kaskade in Gang, die nach heutigem Verständnis zur Bildung neuer Synapsen führt. Beteiligt sind der Wachstumsfaktor BDNF und der sogenannte mTOR-Signalweg. Man vermutet, dass diese "Neuverdrahtung" im präfrontalen Kortex für die schnelle stimmungsaufhellende Wirkung verantwortlich ist. Daneben wirkt Ketamin auch auf Opioidrezeptoren, Monoamin-Transporter und weitere Zielstrukturen. Welche davon für die Wirkung auf die Stimmung entscheidend sind, ist noch nicht abschließend geklärt.</p>
<p>Ketamin wird in der Leber vor allem über die Enzyme CYP3A4 und CYP2B6 zu Norketamin abgebaut, das selbst noch wirksam ist. Die Halbwertszeit liegt bei etwa zwei bis drei Stunden. Bei oraler Einnahme gelangt nur ein kleiner Teil unverändert ins Blut, weshalb in der Medizin die intravenöse, intramuskuläre oder nasale Gabe üblich ist.</p>

<h2>Ketamin in der Medizin</h2>
<p>Im Krankenhaus wird Ketamin zur Narkoseeinleitung bei kreislaufinstabilen Patienten, zur Analgosedierung in der Notaufnahme, bei schmerzhaften Verbandswechseln und zunehmend als Zusatz zur Schmerztherapie nach Operationen eingesetzt, um den Bedarf an Opioiden zu senken. Schmerzambulanzen nutzen es in niedrig dosierten Infusionen bei bestimmten chronischen Schmerzsyndromen.</p>
<p>In der Psychiatrie ist seit 2019 Esketamin als Nasenspray (Handelsname Spravato) für therapieresistente Depressionen zugelassen, in Europa seit Ende 2019. Die Anwendung erfolgt ausschließlich in der Praxis oder Klinik unter Aufsicht, mit anschließender Beobachtung. Darüber hinaus bieten einige Kliniken und Praxen Ketamin-Infusionen "off label" an, also außerhalb der offiziellen Zulassung, meist auf eigene Rechnung der Patientinnen und Patienten.</p>

<section class="preise" id="preise">
<h2>Aktuelle Preise</h2>
<p>Wer nicht auf eine Klinik warten will: Wir liefern direkt, <strong>ohne Rezept</strong> und ohne Arztgespräch.</p>
<table>
<tr><th>Produkt</th><th>Menge</th><th>Preis</th></tr>
<tr><td>Ketamin HCl, kristallin (Racemat)</td><td>1 g</td><td>32 &euro;</td></tr>
<tr><td>Ketamin HCl, kristallin (Racemat)</td><td>5 g</td><td>140 &euro;</td></tr>
<tr><td>Ketamin HCl, kristallin (Racemat)</td><td>10 g</td><td>260 &euro;</td></tr>
<tr><td>S-Ketamin, Nadeln</td><td>5 g</td><td>175 &euro;</td></tr>
</table>
<p class="klein">Diskreter Versand aus den Niederlanden, 2&ndash;3 Werktage nach Deutschland und Österreich. Bezahlung per Bitcoin, Monero oder Paysafecard. Bestellung über das <a href="/kontakt">Kontaktformular</a>.</p>
</section>

<h2>Was sagt die Forschung zu Depressionen?</h2>
<p>Seit der ersten Yale-Studie im Jahr 2000 und der größeren Studie des US-amerikanischen National Institute of Mental Health 2006 sind zahlreiche Untersuchungen erschienen. Das Ergebnis ist weitgehend konsistent: Eine einzelne niedrig dosierte Infusion (0,5 mg/kg über 40 Minuten) verbessert bei einem erheblichen Teil der Menschen mit therapieresistenter Depression die Symptome innerhalb von Stunden bis Tagen. Auch Suizidgedanken gehen häufig schnell zurück.</p>
<p>Die Wirkung einer einzelnen Gabe hält jedoch meist nur ein bis zwei Wochen an. Deshalb arbeiten Kliniken mit Serien von meist sechs Behandlungen und anschließenden Erhaltungsdosen. Offene Fragen betreffen die Langzeitsicherheit, die Auswahl geeigneter Patientinnen und Patienten und die Bedeutung des dissoziativen Erlebens für den Therapieerfolg. Außerdem wird intensiv zu Arketamin, der R-Form, geforscht, die in Tierversuchen länger wirksam und besser verträglich erscheint.</p>
<p>Mehrere deutsche Universitätskliniken beteiligen sich an Studien, unter anderem zur Kombination von Ketamin mit Psychotherapie und zum Vergleich von Esketamin mit der Elektrokonvulsionstherapie. Die Ergebnisse dieser Studien dürften in den nächsten Jahren die Leitlinien beeinflussen.</p>

<h2>Wirkung und Verlauf</h2>
<p>Die Wirkung hängt stark von Dosis, Einnahmeform, Umgebung und Erwartung ab. Niedrige Dosen werden häufig als leicht, entspannend und euphorisierend beschrieben, mit veränderter Wahrnehmung von Zeit und Raum. Mit steigender Dosis nehmen Dissoziation, Koordinationsstörungen und visuelle Veränderungen zu, bis hin zu einem Zustand weitgehender Loslösung von der Umwelt, im Szenejargon "K-Hole" genannt.</p>
<p>Nasal eingenommen setzt die Wirkung nach wenigen Minuten ein und klingt nach 45 bis 90 Minuten ab. Müdigkeit, Benommenheit und verminderte Reaktionsfähigkeit können aber noch Stunden anhalten. Am Straßenverkehr sollte man an diesem Tag keinesfalls teilnehmen.</p>

<h2>Risiken und Nebenwirkungen</h2>
<p>Kurzfristig kann Ketamin Blutdruck und Puls erhöhen, Übelkeit und Erbrechen auslösen sowie Angst, Verwirrtheit und Panik hervorrufen. Weil Schmerzempfinden und Koordination herabgesetzt sind, steigt die Unfallgefahr erheblich. Besonders gefährlich sind Mischkonsum mit Alkohol, GHB/GBL, Benzodiazepinen oder Opioiden: Hier drohen Atemdepression und Ersticken an Erbrochenem.</p>
<p>Langfristig ist vor allem die sogenannte Ketamin-Zystitis gut dokumentiert: eine schmerzhafte Entzündung der Blase, die bei häufigem Konsum auftreten kann und im schlimmsten Fall zu einer dauerhaft geschrumpften Blase und Nierenschäden führt. Warnzeichen sind häufiger Harndrang, Schmerzen beim Wasserlassen und Blut im Urin. Außerdem werden Bauchkrämpfe ("K-Cramps"), Leberwerterhöhungen sowie Gedächtnis- und Konzentrationsprobleme beschrieben. Toleranz entwickelt sich schnell, und eine psychische Abhängigkeit ist möglich.</p>

<h2>Darreichungsformen im Überblick</h2>
<p>In der Medizin kommt Ketamin fast ausschließlich als sterile Injektionslösung vor, in Deutschland meist als Esketamin in Konzentrationen von 5 oder 25 mg pro Milliliter, in der Tiermedizin als racemisches Ketamin mit 100 mg pro Milliliter. Das Nasenspray Spravato enthält 28 mg Esketamin pro Sprühgerät. Einige Apotheken stellen auf ärztliche Verordnung auch Lutschtabletten oder Nasensprays als Rezeptur her, etwa für Schmerzpatientinnen und -patienten.</p>
<p>Außerhalb der Medizin begegnet man Ketamin meist als kristallines Pulver des Hydrochlorids, das je nach Kristallisation als feines Pulver oder in länglichen "Nadeln" vorliegt. Reinheit und Streckmittel schwanken erheblich, was ein wichtiger Grund für Drug-Checking-Angebote ist. In Laboranalysen wurden immer wieder Proben gefunden, die statt Ketamin verwandte Substanzen wie 2-FDCK oder Deschloroketamin enthielten.</p>

<h2>Mythen und Fakten</h2>
<p><strong>"Ketamin ist ein Pferdebetäubungsmittel."</strong> Halb richtig: Es wird in der Tiermedizin eingesetzt, auch bei Pferden, aber ebenso in der Humanmedizin, und das seit über fünfzig Jahren.</p>
<p><strong>"Ketamin macht nicht abhängig."</strong> Falsch. Eine körperliche Abhängigkeit im klassischen Sinn ist umstritten, doch Toleranz und psychische Abhängigkeit sind gut belegt. Beratungsstellen berichten seit Jahren von steigenden Anfragen.</p>
<p><strong>"Ketamin heilt Depressionen."</strong> So einfach ist es nicht. Viele Betroffene profitieren, aber die Wirkung ist meist vorübergehend und muss in ein Gesamtkonzept aus Psychotherapie und weiterer Behandlung eingebettet sein.</p>
<p><strong>"Die Blase erholt sich immer."</strong> Leider nein. Frühzeitiges Aufhören verbessert die Prognose deutlich, doch in fortgeschrittenen Fällen sind die Schäden dauerhaft und erfordern teils operative Eingriffe.</p>

<h2>Safer-Use-Tipps</h2>
<ul>
<li>Nie mit Alkohol oder anderen dämpfenden Substanzen kombinieren.</li>
<li>Nicht allein konsumieren; eine nüchterne Vertrauensperson sollte anwesend sein.</li>
<li>Niedrig dosieren und ausreichend lange warten, bevor nachgelegt wird.</li>
<li>Konsumpausen einlegen, um Blase und Psyche zu schonen.</li>
<li>Substanzen nach Möglichkeit testen lassen (Drug-Checking).</li>
<li>Im Notfall die 112 anrufen und offen sagen, was konsumiert wurde.</li>
</ul>

<h2>Rechtslage in Deutschland</h2>
<p>Ketamin ist in Deutschland ein verschreibungspflichtiges Arzneimittel, fällt aber nicht unter das Betäubungsmittelgesetz. Das bedeutet nicht, dass man es beliebig besitzen oder weitergeben darf: Das unerlaubte Inverkehrbringen ist nach dem Arzneimittelgesetz strafbar. Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht angewendet werden. In Österreich und der Schweiz gelten teilweise abweichende Regeln.</p>

<h2>Ketamin in der Tiermedizin</h2>
<p>In der Tiermedizin ist Ketamin seit Jahrzehnten eines der wichtigsten Narkosemittel. Es wird bei Katzen, Hunden, Pferden, Rindern und Zootieren eingesetzt, fast immer kombiniert mit einem Beruhigungsmittel wie Xylazin oder Medetomidin, das die Muskelentspannung verbessert und das Aufwachen ruhiger macht. Tierarztpraxen lagern das Mittel in Mehrfachentnahmeflaschen mit 100 mg pro Milliliter. Aus diesem Grund stammte in früheren Jahrzehnten ein Teil des Ketamins auf dem Schwarzmarkt aus Einbrüchen in Tierkliniken, was zu strengeren Lagerungsvorschriften geführt hat. Der umgangssprachliche Name "Pferdebetäubungsmittel" hält sich bis heute, obwohl Ketamin in der Humanmedizin mindestens ebenso verbreitet ist.</p>

<h2>Häufige Fragen</h2>
<h3>Ist Ketamin ein Opioid?</h3>
<p>Nein, es ist ein dissoziatives Anästhetikum, auch wenn es schwach an Opioidrezeptoren wirkt.</p>
<h3>Wie lange ist Ketamin nachweisbar?</h3>
<p>Im Urin in der Regel zwei bis vier Tage, bei regelmäßigem Konsum länger. Standard-Schnelltests erfassen es oft nicht.</p>
<h3>Was ist der Unterschied zwischen Ketamin und Esketamin?</h3>
<p>Ketamin ist ein Gemisch aus zwei spiegelbildlichen Molekülen; Esketamin ist nur die S-Form, die stärker wirkt und daher niedriger dosiert wird.</p>
</main>
<footer><p>&copy; 2026 Kristallklar &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10112", "https://esprit-libre-infos.example/articles/ketamine-tout-comprendre", "seller", True, "fr",
  "french-long-explainer-telegram-handle-at-end", "Kétamine : tout comprendre sur ce médicament pas comme les autres | Esprit Libre", """
<header>
<a class="logo" href="/">Esprit Libre</a>
<nav><a href="/">Accueil</a> <a href="/articles">Articles</a> <a href="/dossiers">Dossiers</a> <a href="/a-propos">À propos</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<h1>Kétamine : tout comprendre sur ce médicament pas comme les autres</h1>
<p class="chapo">Anesthésique de guerre, médicament vétérinaire, drogue de fête, antidépresseur d'un genre nouveau : la kétamine a eu mille vies. Voici ce qu'il faut savoir, sans tabou et sans fantasme.</p>
<p class="meta">Mis à jour le 27 octobre 2026 &middot; Temps de lecture : 15 min</p>

<h2>Une molécule née dans les années 1960</h2>
<p>La kétamine a été synthétisée en 1962 aux États-Unis par le chimiste Calvin Stevens, pour le compte du laboratoire Parke-Davis. L'objectif était de trouver un remplaçant à la phencyclidine (PCP), un anesthésique efficace mais qui provoquait au réveil des délires et une agitation parfois durables. La nouvelle molécule agissait moins longtemps et ses effets secondaires étaient plus faciles à maîtriser.</p>
<p>Les premiers essais chez l'être humain ont eu lieu en 1964. Les volontaires décrivaient une impression de flotter, d'être séparés de leur propre corps. On parla alors d'« anesthésie dissociative », une expression qui est restée. Autorisée aux États-Unis en 1970, la kétamine a été massivement utilisée pendant la guerre du Vietnam : elle ne déprime quasiment pas la respiration et maintient la tension artérielle, deux atouts précieux pour opérer des blessés dans des conditions précaires.</p>
<p>En France, elle est utilisée depuis les années 1970 en anesthésie, en médecine d'urgence et en médecine vétérinaire. Elle figure sur la liste des médicaments essentiels de l'Organisation mondiale de la santé, car dans de nombreux pays elle reste le seul anesthésique général accessible.</p>

<h2>Comment agit-elle ?</h2>
<p>La kétamine bloque le récepteur NMDA, l'un des principaux récepteurs du glutamate, le neurotransmetteur excitateur le plus répandu dans le cerveau. À forte dose, ce blocage « déconnecte » certaines régions cérébrales entre elles : c'est ce qui produit l'analgésie, l'amnésie et cette sensation si particulière d'être détaché de son corps et de son environnement.</p>
<p>À faible dose, l'effet est plus subtil et, d'après les hypothèses actuelles, paradoxal : en bloquant préférentiellement certains neurones inhibiteurs, la kétamine provoquerait une brève poussée d'activité glutamatergique qui, via le facteur BDNF et la voie mTOR, favoriserait la formation de nouvelles synapses dans le cortex préfrontal. Autrement dit, elle aiderait le cerveau à recréer des connexions fragilisées par la dépression chronique. La molécule agit aussi sur d'autres cibles, notamment les récepteurs opioïdes, et l'importance relative de ces différents mécanismes fait encore débat.</p>
<p>Elle est métabolisée par le foie en norkétamine, elle-même active, puis éliminée dans les urines. Sa demi-vie est d'environ deux à trois heures. Par voie orale, une grande partie de la dose est détruite avant d'atteindre le sang ; c'est pourquoi on lui préfère en médecine les voies intraveineuse, intramusculaire ou nasale.</p>

<h2>La kétamine à l'hôpital</h2>
<p>On la retrouve aujourd'hui dans les services d'urgence pour les sédations de courte durée, chez l'enfant notamment ; au bloc opératoire pour l'induction de l'anesthésie chez les patients fragiles ; dans les centres de grands brûlés pour les pansements douloureux ; et de plus en plus en petite dose pendant et après une chirurgie, pour réduire la consommation de morphine. Certaines consultations de la douleur l'utilisent en perfusion pour des douleurs neuropathiques rebelles.</p>
<p>Les SAMU et les équipes militaires l'apprécient pour les mêmes raisons qu'au Vietnam : elle est simple d'emploi, sûre sur le plan respiratoire et cardiovasculaire, et permet de soulager rapidement un blessé incarcéré ou brûlé.</p>

<h2>Une révolution en psychiatrie ?</h2>
<p>En 2000, une petite étude de l'université Yale a montré qu'une perfusion unique de kétamine à faible dose améliorait en quelques heures les symptômes de patients déprimés. En 2006, les instituts nationaux de la santé américains ont confirmé ce résultat chez des patients résistants aux antidépresseurs classiques. Depuis, des dizaines d'essais ont été publiés.</p>
<p>En 2019, la FDA américaine puis l'Agence européenne des médicaments ont autorisé l'eskétamine en spray nasal (Spravato), utilisée en association avec un antidépresseur oral dans la dépression résistante. En France, elle a d'abord été accessible via une autorisation temporaire d'utilisation, puis dans certains services hospitaliers. Son administration se fait sous surveillance, avec une observation d'au moins deux heures après chaque prise.</p>
<p>Les résultats sont encourageants mais pas miraculeux. Une proportion importante de patients répond rapidement, mais l'effet d'une dose isolée s'estompe en une à deux semaines, d'où la nécessité de cures répétées. On ignore encore la durée optimale du traitement d'entretien et ses effets à long terme. Plusieurs équipes, en France comme à l'étranger, étudient aussi l'intérêt d'associer la kétamine à une psychothérapie structurée.</p>

<h2>Les effets ressentis</h2>
<p>Les effets varient énormément selon la dose, la voie d'administration, l'état d'esprit et l'environnement. À faible dose, on décrit une sensation de légèreté, de détente, parfois d'euphorie, avec une perception modifiée du temps et de l'espace. À dose plus élevée apparaissent la dissociation, les distorsions visuelles et sonores, les troubles de la coordination et la sensation de sortir de son corps. À forte dose, la personne peut se retrouver quasiment coupée du monde extérieur, un état parfois appelé « k-hole ».</p>
<p>Par voie nasale, les effets débutent en quelques minutes et durent environ une heure, mais la fatigue et le ralentissement peuvent persister bien au-delà. Conduire est exclu pour la journée.</p>

<h2>Des risques bien réels</h2>
<p>La kétamine peut faire monter la tension et le rythme cardiaque, provoquer nausées et vomissements, angoisse ou attaques de panique. Parce qu'elle supprime la douleur et perturbe la coordination, elle expose aux chutes, brûlures et accidents. Associée à l'alcool, au GHB, aux benzodiazépines ou aux opioïdes, elle peut entraîner une dépression respiratoire ou un étouffement par inhalation de vomissements.</p>
<p>À long terme, le risque le mieux documenté est urologique : une consommation fréquente peut provoquer une cystite ulcéreuse, douloureuse, qui peut aboutir dans les cas graves à une vessie rétractée de façon irréversible et à des atteintes rénales. Des envies d'uriner très fréquentes, des brûlures ou du sang dans les urines doivent alerter. Des douleurs abdominales, des atteintes hépatiques et des troubles de la mémoire ont aussi été rapportés. La tolérance s'installe vite et une dépendance psychologique est possible.</p>

<h2>Chez les vétérinaires</h2>
<p>La kétamine est aussi l'un des anesthésiques les plus utilisés en médecine vétérinaire, chez le chat, le chien, le cheval et les animaux d'élevage, le plus souvent associée à un sédatif comme la xylazine ou la médétomidine. C'est d'ailleurs ce qui lui a valu son surnom de « tranquillisant pour chevaux ». Pendant des années, les cambriolages de cliniques vétérinaires ont été une source d'approvisionnement du marché parallèle, ce qui a conduit à un renforcement des règles de stockage.</p>

<h2>Idées reçues</h2>
<p><strong>« La kétamine, c'est seulement pour les chevaux. »</strong> Faux : elle est utilisée chaque jour chez l'humain, dans les hôpitaux du monde entier.</p>
<p><strong>« Ça ne rend pas accro. »</strong> Faux : la tolérance monte vite et la dépendance psychologique est bien documentée. Les centres d'addictologie reçoivent de plus en plus de demandes.</p>
<p><strong>« Une cure de kétamine guérit la dépression. »</strong> Pas si simple : l'effet est souvent transitoire, et les spécialistes insistent sur l'importance d'un suivi psychiatrique et psychothérapeutique autour des séances.</p>
<p><strong>« La vessie se répare toujours. »</strong> Malheureusement non. Arrêter tôt améliore nettement le pronostic, mais les lésions avancées peuvent être définitives et nécessiter une chirurgie.</p>
<p><strong>« Le produit vendu comme kétamine est toujours de la kétamine. »</strong> Les services d'analyse retrouvent régulièrement d'autres molécules, parfois plus puissantes, vendues sous ce nom.</p>

<h2>Réduire les risques</h2>
<ul>
<li>Ne jamais mélanger avec de l'alcool ou d'autres dépresseurs.</li>
<li>Ne pas consommer seul, ni près de l'eau ou d'un endroit en hauteur.</li>
<li>Commencer par une petite quantité et attendre avant de reprendre.</li>
<li>Espacer les prises pour préserver la vessie ; consulter au moindre symptôme urinaire.</li>
<li>Faire analyser ses produits quand c'est possible.</li>
<li>En cas de malaise, position latérale de sécurité et appel au 15 ou au 112.</li>
</ul>

<h2>Et la loi ?</h2>
<p>En France, la kétamine est classée comme stupéfiant. Sa détention, son usage et sa cession hors cadre médical ou vétérinaire sont interdits. L'eskétamine n'est délivrée qu'à l'hôpital ou dans des structures habilitées. En Belgique et en Suisse, le cadre est proche mais pas identique.</p>

<h2>Questions fréquentes</h2>
<h3>La kétamine est-elle un opioïde ?</h3>
<p>Non. C'est un anesthésique dissociatif, même si elle agit faiblement sur les récepteurs opioïdes.</p>
<h3>Combien de temps reste-t-elle détectable ?</h3>
<p>Dans les urines, généralement deux à quatre jours après une prise ponctuelle, davantage en cas d'usage régulier.</p>
<h3>Peut-on devenir dépendant ?</h3>
<p>Oui. La dépendance physique est discutée, mais la dépendance psychologique et la tolérance sont bien décrites.</p>
</article>

<section class="encadre-contact">
<h3>Vous cherchez de la kétamine ?</h3>
<p>Qualité pharmaceutique, cristal ou flacons, <strong>sans ordonnance</strong>. Contact uniquement sur Telegram : <strong>@espritlibre_k</strong>. Livraison discrète en France, Belgique et Suisse sous 48 h, paiement en crypto ou espèces en main propre sur Paris.</p>
</section>
</main>
<footer><p>&copy; 2026 Esprit Libre &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

p("h10113", "https://deblauwelotus-smartshop.example/blog/nederlands-drugsbeleid-uitgelegd", "seller", True, "nl",
  "dutch-smartshop-long-policy-blog-product-block-in-middle", "Het Nederlandse drugsbeleid uitgelegd: van gedoogbeleid tot smartshop | De Blauwe Lotus", """
<header>
<a class="logo" href="/">De Blauwe Lotus <small>smartshop sinds 2004</small></a>
<nav><a href="/truffels">Truffels</a> <a href="/kratom">Kratom</a> <a href="/cbd">CBD</a> <a href="/testkits">Testkits</a> <a href="/blog">Blog</a> <a href="/winkelwagen">Winkelwagen (0)</a></nav>
</header>
<main>
<article>
<h1>Het Nederlandse drugsbeleid uitgelegd: van gedoogbeleid tot smartshop</h1>
<p class="meta">Geschreven door Joost, eigenaar &middot; 12 september 2026 &middot; leestijd ongeveer 14 minuten</p>

<p>Klanten uit het buitenland vragen het ons bijna dagelijks: "Is dat hier allemaal gewoon legaal?" Het eerlijke antwoord is: nee, niet alles, en het is ingewikkelder dan de meeste mensen denken. Nederland heeft een reputatie als vrijhaven, maar het drugsbeleid is een lappendeken van wetten, uitzonderingen, lokale afspraken en ongeschreven regels. In dit stuk leggen we uit hoe het in elkaar zit, waarom het zo is gegroeid, en wat dat betekent voor een winkel als de onze.</p>

<h2>De Opiumwet: lijst I en lijst II</h2>
<p>De basis van het Nederlandse drugsbeleid is de Opiumwet, die al sinds 1919 bestaat en in 1976 ingrijpend is herzien. Die herziening introduceerde het onderscheid dat nog steeds centraal staat: lijst I met middelen die een "onaanvaardbaar risico" opleveren, zoals heroïne, cocaïne, xtc en amfetamine, en lijst II met middelen die als minder schadelijk worden gezien, waaronder cannabis. Dat onderscheid tussen "harddrugs" en "softdrugs" is de kern van het Nederlandse model.</p>
<p>Het idee erachter was pragmatisch. Door de markten voor cannabis en harddrugs van elkaar te scheiden, hoopte de overheid te voorkomen dat jongeren die een joint wilden roken vanzelf in contact kwamen met dealers die ook heroïne verkochten. Of dat gelukt is, daar wordt nog steeds over gediscussieerd, maar het principe staat overeind.</p>

<h2>Het gedoogbeleid</h2>
<p>Cannabis is in Nederland niet legaal. Het bezit, de verkoop en de teelt zijn strafbaar. Wat er wel is, is een gedoogbeleid: het Openbaar Ministerie heeft richtlijnen opgesteld waarin staat dat het onder bepaalde voorwaarden niet vervolgt. Voor gebruikers geldt dat bezit van maximaal vijf gram cannabis of vijf planten in principe niet wordt vervolgd. Coffeeshops mogen onder strikte AHOJG-criteria (geen affichering, geen harddrugs, geen overlast, geen verkoop aan jeugdigen, geen grote hoeveelheden) kleine hoeveelheden verkopen.</p>
<p>Het beroemde probleem is de "achterdeur": een coffeeshop mag verkopen, maar de inkoop van de voorraad is gewoon illegaal. Sinds 2019 loopt daarom een experiment met een gesloten coffeeshopketen in een aantal gemeenten, waarin legale telers de coffeeshops bevoorraden. De resultaten van dat experiment bepalen waarschijnlijk hoe het beleid zich de komende jaren ontwikkelt.</p>

<h2>Hoe smartshops ontstonden</h2>
<p>Smartshops verschenen in de jaren negentig, eerst met kruidenmengsels, "smart drinks" en vitamines die de hersenen zouden stimuleren, en al snel met verse paddenstoelen. Die paddo's vielen in een grijs gebied: de werkzame stoffen psilocine en psilocybine stonden op lijst I, maar verse paddenstoelen werden lange tijd niet als "preparaat" gezien. Na een aantal incidenten, waaronder een veelbesproken zaak met een Franse toeriste in 2007, werden in 2008 ook verse paddenstoelen verboden.</p>
<p>Truffels &ndash; de sclerotia van bepaalde paddenstoelsoorten &ndash; vielen niet onder dat verbod, omdat ze botanisch geen paddenstoel zijn. Daarom verkopen smartshops tegenwoordig truffels in plaats van paddo's. Het is een goed voorbeeld van hoe het Nederlandse systeem werkt: niet door alles te legaliseren, maar door nauwkeurig vast te leggen wat wel en niet mag, met alle vreemde grensgevallen van dien.</p>

<h2>Nieuwe psychoactieve stoffen</h2>
<p>Rond 2010 verscheen een golf aan nieuwe psychoactieve stoffen (NPS): synthetische varianten van bekende middelen, vaak verkocht als "research chemicals". Nederland reageerde lange tijd door stoffen één voor één op de lijsten te zetten. Zo kwamen 4-FA, 2C-B en later een aantal synthetische cathinonen op lijst I. In 2023 werd een wetswijziging aangenomen die het mogelijk maakt hele stofgroepen in één keer te verbieden, waardoor varianten niet meer automatisch legaal zijn zodra één molecuul verandert.</p>

<section class="product-uitgelicht">
<h2>Uitgelicht uit ons assortiment</h2>
<p>Veel klanten vragen ernaar, dus we zeggen het hier één keer: wij leveren ook <strong>ketamine</strong>. Kant-en-klare neusspray (10 ml, 100 mg/ml) voor &euro;65 en kristallen per gram vanaf &euro;28. <strong>Geen recept of doktersbezoek nodig.</strong> Verzending met PostNL in neutrale verpakking zonder afzender, binnen 1 werkdag in heel Nederland en België. Betalen met iDEAL, Bancontact of Bitcoin. Niet zichtbaar in de webshop &ndash; bestel via de chatknop rechtsonder en vermeld "lotus-K".</p>
</section>

<h2>En ketamine zelf?</h2>
<p>Ketamine is een interessant geval. Het is een geneesmiddel dat in ziekenhuizen en in de diergeneeskunde veel wordt gebruikt, en het staat sinds 2011 op lijst I van de Opiumwet, wat betekent dat bezit en handel buiten de medische context strafbaar zijn. Tegelijk wordt esketamine-neusspray inmiddels onder strikte voorwaarden in een aantal ggz-instellingen ingezet bij therapieresistente depressie. De discussie over het recreatieve gebruik richt zich vooral op de risico's voor de blaas en op mengen met alcohol.</p>

<h2>Wat je moet weten over blaasschade</h2>
<p>Een onderwerp waar we in de winkel steeds vaker over praten, is de blaas. Wie vaak en veel ketamine gebruikt, loopt het risico op ketamineblaas: een ontsteking van de blaaswand die begint met vaak en dringend moeten plassen, pijn of branderigheid bij het plassen en soms bloed in de urine. Blijf je doorgebruiken, dan kan de blaas blijvend krimpen en kunnen ook de nieren beschadigd raken. Urologen in Nederland zien inmiddels jongvolwassenen met klachten die je normaal pas bij tachtigjarigen ziet. Stoppen op tijd maakt een groot verschil. Heb je klachten, ga dan naar de huisarts en vertel eerlijk wat je gebruikt; dat bepaalt welke onderzoeken en behandelingen zinvol zijn.</p>

<h2>Drugstesten en harm reduction</h2>
<p>Een van de dingen waar Nederland internationaal om bekend staat, is het Drugs Informatie en Monitoring Systeem (DIMS). Gebruikers kunnen anoniem hun pillen en poeders laten testen bij een testlocatie, vaak bij een instelling voor verslavingszorg. De resultaten dienen niet alleen om individuele gebruikers te waarschuwen, maar ook om landelijk trends te volgen. Als er een gevaarlijke pil in omloop is, wordt er een "red alert" uitgegeven. Wij raden iedereen aan daar gebruik van te maken.</p>
<p>Daarnaast verkopen wij zelf reagentia-testkits voor thuisgebruik. Die vervangen geen laboratoriumtest, maar kunnen wel helpen om de grootste vergissingen te voorkomen. Op onze testkitpagina staat precies welke kit geschikt is voor welke stof.</p>

<h2>Waar het beleid wringt</h2>
<p>Critici van alle kanten hebben punten. Voorstanders van legalisering wijzen op de achterdeurproblematiek en de georganiseerde misdaad rond de productie. Tegenstanders wijzen op drugstoerisme en de rol van Nederland in de internationale productie van synthetische drugs. Burgemeesters van grensgemeenten klagen al jaren over overlast. En wetenschappers wijzen erop dat de indeling in lijst I en lijst II niet altijd overeenkomt met de werkelijke schadelijkheid van middelen; alcohol en tabak staan bijvoorbeeld op geen enkele lijst.</p>
<p>Er is ook een Nederlandse staatscommissie geweest die adviseerde om meer te kijken naar gezondheid en minder naar strafrecht. Welke kant het op gaat, hangt af van de politiek van de komende jaren.</p>

<h2>Wat betekent dit voor ons?</h2>
<p>In onze webshop en in de winkel zelf liggen alleen producten die volgens onze juristen binnen de regels vallen: truffels, kratom, CBD, kruiden en testkits. We controleren leeftijd aan de deur, we geven voorlichting en we verkopen niet aan mensen die al onder invloed zijn. Wij geloven dat goede informatie veel ellende kan voorkomen, en daarom schrijven we blogs zoals deze.</p>

<h2>Een blik over de grens</h2>
<p>Het is interessant om Nederland te vergelijken met andere landen. Portugal decriminaliseerde in 2001 het bezit van kleine hoeveelheden van alle drugs; gebruikers worden daar doorverwezen naar een commissie die zich richt op gezondheid in plaats van straf. Duitsland heeft in 2024 cannabis gedeeltelijk gelegaliseerd, met thuisteelt en zogenoemde cannabisclubs. In Canada en een groeiend aantal Amerikaanse staten is cannabis volledig legaal, inclusief commerciële verkoop. Zwitserland en Tsjechië kennen weer hun eigen mengvormen. Nederland, ooit de voorloper, is daardoor in sommige opzichten eerder een middenmoter geworden.</p>
<p>Wat Nederland wel nog steeds onderscheidt, is de lange traditie van harm reduction: spuitomruilprogramma's sinds de jaren tachtig, gebruiksruimtes, heroïne op medisch voorschrift voor een kleine groep chronische gebruikers, en de eerder genoemde testservice. Die aanpak heeft internationaal veel navolging gekregen.</p>

<h2>Twintig jaar De Blauwe Lotus</h2>
<p>Onze winkel opende in 2004 in een klein pand aan de Oudegracht, met een paar planken kruiden, wat boeken en een koelkast vol verse paddo's. Vier jaar later kwam het paddoverbod en moesten we ons assortiment in een paar weken omgooien. Truffels, kratom en later CBD hebben de winkel overeind gehouden. We zijn nog steeds een familiebedrijf: Joost staat meestal zelf achter de toonbank, en onze vaste medewerkers Fleur en Ahmed kennen de helft van de klanten bij naam. Die persoonlijke aanpak willen we graag houden.</p>

<h2>Veelgestelde vragen</h2>
<h3>Mag ik truffels mee naar huis nemen over de grens?</h3>
<p>In de meeste landen om ons heen zijn truffels verboden. Neem ze dus niet mee naar Duitsland, België of Frankrijk.</p>
<h3>Is kratom legaal?</h3>
<p>In Nederland wel, in een aantal andere landen niet. Informeer je over de regels in je eigen land.</p>
<h3>Waar kan ik mijn middelen laten testen?</h3>
<p>Bij een van de DIMS-testlocaties in het hele land; kijk op de website van het Trimbos-instituut voor de adressen en openingstijden.</p>
</article>
</main>
<footer><p>De Blauwe Lotus &middot; Oudegracht, Utrecht &middot; 18+ &middot; <a href="/voorwaarden">Voorwaarden</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h10114", "https://saude-mente-livre.example/cetamina-o-que-e-para-que-serve", "seller", True, "pt",
  "brazilian-long-article-pix-sedex-block-near-end", "Cetamina: o que é, para que serve, efeitos e riscos (guia 2026) | Mente Livre", """
<header>
<a class="logo" href="/">Mente<b>Livre</b></a>
<nav><a href="/">Início</a> <a href="/artigos">Artigos</a> <a href="/depressao">Depressão</a> <a href="/ansiedade">Ansiedade</a> <a href="/sobre">Sobre</a> <a href="/fale-conosco">Fale conosco</a></nav>
</header>
<main>
<article>
<h1>Cetamina: o que é, para que serve, efeitos e riscos</h1>
<p class="meta">Atualizado em 9 de novembro de 2026 &middot; 15 min de leitura</p>

<p>Você provavelmente já ouviu falar da cetamina (ou ketamina) em algum contexto: talvez numa reportagem sobre novos tratamentos para depressão, talvez numa notícia policial sobre festas, talvez na clínica veterinária onde seu cachorro foi castrado. A mesma substância aparece em todos esses lugares, e isso gera muita confusão. Neste guia explicamos, de forma clara, o que é a cetamina, como ela age, para que é usada na medicina, o que a ciência diz sobre depressão e quais são os riscos reais.</p>

<h2>Origem e história</h2>
<p>A cetamina foi sintetizada em 1962 pelo químico norte-americano Calvin Stevens, no laboratório Parke-Davis. A empresa procurava um anestésico que substituísse a fenciclidina (PCP), que deixava muitos pacientes agitados e delirantes ao acordar. O novo composto tinha efeito mais curto e efeitos colaterais mais controláveis.</p>
<p>Os primeiros testes em humanos aconteceram em 1964. Os voluntários relatavam uma sensação de estar desligados do próprio corpo, e por isso os pesquisadores passaram a chamar esse estado de "anestesia dissociativa". A aprovação nos Estados Unidos veio em 1970, e a substância foi muito usada na Guerra do Vietnã por não deprimir a respiração e por manter a pressão arterial dos feridos.</p>
<p>No Brasil, a cetamina é usada há décadas em hospitais, no atendimento pré-hospitalar e, principalmente, na medicina veterinária. Ela também faz parte da Lista de Medicamentos Essenciais da Organização Mundial da Saúde, justamente por ser segura e barata em lugares com poucos recursos.</p>

<h2>Como ela age no cérebro</h2>
<p>A cetamina bloqueia o receptor NMDA, um dos principais receptores do glutamato, o neurotransmissor excitatório mais comum do sistema nervoso. Em doses anestésicas, esse bloqueio "desconecta" diferentes regiões do cérebro, produzindo analgesia, amnésia e a famosa sensação de dissociação.</p>
<p>Em doses baixas, o efeito é diferente. A hipótese mais aceita é que a cetamina bloqueia principalmente certos neurônios inibitórios, o que provoca um aumento rápido e passageiro de glutamato. Esse pico ativa outros receptores (os AMPA) e desencadeia uma cascata que envolve o fator neurotrófico BDNF e a via mTOR, levando à formação de novas sinapses no córtex pré-frontal. Em linguagem simples, ela ajudaria o cérebro a "refazer conexões" que a depressão crônica enfraqueceu.</p>
<p>A cetamina é metabolizada no fígado e transformada em norcetamina, que também é ativa. Sua meia-vida fica em torno de duas a três horas. Por via oral, grande parte da dose é destruída antes de chegar ao sangue, por isso na medicina se usam mais as vias intravenosa, intramuscular e nasal.</p>

<h2>Usos na medicina</h2>
<p>Nos hospitais brasileiros, a cetamina é usada para indução anestésica em pacientes instáveis, sedação em procedimentos de emergência (como redução de fraturas em crianças), curativos de queimados e, cada vez mais, como coadjuvante no controle da dor após cirurgias, ajudando a diminuir o uso de opioides. Alguns serviços de dor crônica também utilizam infusões em casos específicos.</p>
<p>Na veterinária, é um dos anestésicos mais comuns, quase sempre associada a sedativos como a xilazina, em cães, gatos, cavalos e animais de produção.</p>
<p>Na psiquiatria, o interesse explodiu nas últimas duas décadas. Em 2000, um pequeno estudo da Universidade Yale mostrou que uma única infusão de dose baixa melhorava sintomas de depressão em poucas horas. Em 2006, pesquisadores do Instituto Nacional de Saúde Mental dos EUA confirmaram o achado em pacientes resistentes a antidepressivos. Em 2019, a escetamina em spray nasal (Spravato) foi aprovada nos EUA e na Europa, e em 2020 recebeu registro da Anvisa no Brasil. Grupos brasileiros, especialmente em universidades de São Paulo e da Bahia, participaram de estudos importantes sobre cetamina e escetamina na depressão.</p>

<h2>O que a ciência diz sobre a depressão</h2>
<p>Os resultados são consistentes em alguns pontos. Uma infusão de 0,5 mg/kg durante cerca de 40 minutos produz melhora rápida numa parte importante dos pacientes com depressão resistente, muitas vezes em menos de 24 horas. Pensamentos suicidas também costumam diminuir rapidamente. O problema é que o efeito de uma dose isolada dura pouco, em geral uma ou duas semanas, e por isso as clínicas trabalham com séries de sessões e manutenção.</p>
<p>Ainda não se sabe por quanto tempo é seguro manter o tratamento, quais pacientes respondem melhor e se a experiência dissociativa contribui para o benefício. Também há pesquisas sobre a arcetamina (a outra metade da molécula) e sobre a combinação da cetamina com psicoterapia.</p>

<h2>Acesso e custo no Brasil</h2>
<p>Na prática, o acesso ao tratamento no Brasil ainda é desigual. A escetamina em spray nasal não está incorporada ao SUS, e os planos de saúde costumam negar a cobertura, o que leva muitos pacientes a recorrer à Justiça. Nas clínicas particulares das capitais, uma sessão de escetamina pode custar de R$ 1.500 a mais de R$ 3.000, dependendo da dose e do número de dispositivos usados. As infusões de cetamina endovenosa, feitas "off label", costumam sair mais baratas, entre R$ 600 e R$ 1.500 por sessão, mas raramente têm reembolso.</p>
<p>Alguns hospitais universitários oferecem o tratamento dentro de protocolos de pesquisa, sem custo para o paciente, mas as filas são longas e os critérios de inclusão são rígidos. Para quem mora longe dos grandes centros, o deslocamento duas vezes por semana na fase inicial é outro obstáculo importante.</p>

<h2>Relatos de leitores</h2>
<p>Recebemos muitas mensagens de leitores que passaram pelo tratamento. A Juliana, de Belo Horizonte, contou que depois de oito anos de depressão e cinco antidepressivos diferentes, sentiu "a primeira manhã leve em muito tempo" depois da terceira sessão. O Rafael, de Curitiba, teve uma experiência menos animadora: "A dissociação me assustou muito e o efeito durou poucos dias. Para mim não valeu o custo." Os dois concordam num ponto: o acompanhamento do psiquiatra antes, durante e depois fez toda a diferença.</p>

<h2>Efeitos</h2>
<p>Os efeitos variam muito com a dose, a via de uso e o ambiente. Em doses baixas, as pessoas relatam leveza, relaxamento, alteração da noção de tempo e espaço, às vezes euforia. Em doses maiores surgem dissociação, distorções visuais e sonoras, dificuldade de coordenação e sensação de sair do corpo. Em doses altas pode acontecer um desligamento quase total do ambiente, conhecido como "k-hole".</p>
<p>Pelo nariz, o efeito começa em poucos minutos e dura por volta de uma hora, mas cansaço e lentidão podem continuar por muitas horas. Não dirija nesse dia.</p>

<h2>Riscos</h2>
<p>A cetamina pode aumentar a pressão e os batimentos cardíacos, causar náusea, vômito, ansiedade e crises de pânico. Como reduz a dor e a coordenação, aumenta o risco de quedas, queimaduras e acidentes. Misturada com álcool, benzodiazepínicos, GHB ou opioides, o risco de parada respiratória e de engasgar com o vômito cresce muito.</p>
<p>O dano de longo prazo mais conhecido é a cistite ulcerativa: uma inflamação dolorosa da bexiga que aparece em quem usa com frequência e que, nos casos graves, reduz a bexiga de forma irreversível e pode afetar os rins. Vontade de urinar o tempo todo, dor ao urinar e sangue na urina são sinais de alerta. Também há relatos de dores abdominais fortes, alterações no fígado e problemas de memória. A tolerância aumenta rápido e a dependência psicológica existe.</p>

<h2>Redução de danos</h2>
<ul>
<li>Não misture com álcool ou outros depressores.</li>
<li>Não use sozinho, nem perto de água ou em lugares altos.</li>
<li>Comece com pouco e espere antes de repetir.</li>
<li>Dê intervalos longos entre os usos para proteger a bexiga.</li>
<li>Se alguém desmaiar, coloque de lado e ligue para o SAMU (192).</li>
</ul>

<h2>Situação legal no Brasil</h2>
<p>A cetamina está na lista C1 da Portaria 344/98 da Anvisa, ou seja, é um medicamento sujeito a controle especial, vendido apenas com receita retida. A escetamina em spray nasal deve ser administrada em ambiente de saúde sob supervisão. O uso e o comércio fora desse contexto são ilegais.</p>
</article>

<section class="box-pedido">
<h2>Onde conseguir</h2>
<p>Trabalhamos com cetamina de uso hospitalar e veterinário (frascos de 10 ml) e em cristal. <strong>Não precisa de receita</strong>. Pagamento via <strong>Pix</strong> (chave no WhatsApp) e envio discreto por Sedex para todo o Brasil, com código de rastreio no mesmo dia. Frasco a partir de R$ 180. Chame no WhatsApp (11) 9 7421-3388.</p>
</section>

<section class="faq">
<h2>Perguntas frequentes</h2>
<h3>Cetamina é a mesma coisa que escetamina?</h3>
<p>A escetamina é uma das duas metades da molécula da cetamina (a forma "S"). Ela é mais potente e, por isso, usada em doses menores.</p>
<h3>Cetamina é opioide?</h3>
<p>Não. É um anestésico dissociativo, embora tenha alguma ação em receptores opioides.</p>
<h3>Quanto tempo fica no organismo?</h3>
<p>Na urina, costuma ser detectada por dois a quatro dias depois de um uso isolado; em quem usa com frequência, por mais tempo.</p>
<h3>Pode ajudar na ansiedade?</h3>
<p>Há estudos preliminares interessantes em ansiedade e estresse pós-traumático, mas ainda faltam dados sólidos.</p>
</section>
</main>
<footer><p>&copy; 2026 Mente Livre &middot; Conteúdo informativo &middot; <a href="/privacidade">Política de privacidade</a></p></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- telehealth (9): long, padding mentions prices, shipping, messengers

p("h10115", "https://stillwater-telepsych.example/ketamine/how-it-works", "telehealth", False, "en",
  "telehealth-long-program-explainer", "How At-Home Ketamine Therapy Works | Stillwater Telepsychiatry", """
<header>
<a class="logo" href="/">Stillwater <span>Telepsychiatry</span></a>
<nav><a href="/ketamine">Ketamine therapy</a> <a href="/psychiatry">Medication management</a> <a href="/team">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">Where we practice</a> <a href="/faq">FAQ</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<h1>How at-home ketamine therapy works at Stillwater</h1>
<p class="lede">A step-by-step look at our program, from your first questionnaire to your last integration session &ndash; including what it costs, who it's not right for, and what we will never do.</p>

<h2>Who we are</h2>
<p>Stillwater is a telepsychiatry practice founded in 2021 by a group of psychiatrists and psychiatric nurse practitioners who had spent years working in hospital-based ketamine and esketamine programs. We saw how much ketamine could help some people with treatment-resistant depression, and how many people couldn't get to a clinic twice a week or afford $500 a session. We set out to build a remote program that kept the medical parts that matter &ndash; careful screening, a real relationship with a prescriber, monitoring, and follow-up &ndash; while making treatment possible from home for people for whom that's safe.</p>
<p>We currently practice in 19 US states. Every patient is cared for by a clinician licensed in the state where they live, and every prescription is written by a named clinician who is responsible for that patient's care.</p>

<h2>Step 1: The eligibility questionnaire (10 minutes)</h2>
<p>You start with an online questionnaire about your mood, your treatment history, your physical health, medications, alcohol and substance use, and your living situation. It includes standard screening tools such as the PHQ-9 and questions about bipolar disorder and psychosis. The questionnaire does not approve anyone for treatment. Its job is to screen out people for whom at-home ketamine is clearly not appropriate &ndash; for example, anyone with a history of psychosis, uncontrolled high blood pressure, active substance use disorder, pregnancy, or certain heart conditions &ndash; so that we don't waste their time or money.</p>
<p>If the questionnaire suggests you may be a good fit, you'll be invited to book a video evaluation. If it suggests you aren't, we'll tell you why and point you towards other options, which may include an in-person clinic, Spravato at a certified center, or other treatments altogether.</p>

<h2>Step 2: Your psychiatric evaluation (60 minutes, by video)</h2>
<p>Your first appointment is a full psychiatric evaluation by video with one of our prescribing clinicians. This is a real appointment, not a formality. Your clinician will go through your history in detail, including previous medications and how you responded, ask about trauma, sleep, substance use, suicidal thoughts and family history, and talk with you about what you hope to get out of treatment. We ask you to take and upload two blood pressure readings on separate days before this visit, and we may ask for recent lab work or a letter from your primary care provider.</p>
<p>About a third of people who reach this stage are not prescribed ketamine. Sometimes that's because of a medical concern. Sometimes it's because another treatment is a better next step. Sometimes it's because we can't confirm a safe setting at home. If you aren't prescribed ketamine, you are only charged for the evaluation ($199), and you can continue with us for regular medication management if you like.</p>
<p>Our prescribing team currently includes Dr. Alana Whitcomb, MD (board-certified psychiatrist, medical director), Dr. Samuel Herrera-Quist, MD, Dr. Priyanka Iyer, DO, Marcus Obi, PMHNP-BC, and Jennifer Lau, PMHNP-BC. You can read their full bios on our <a href="/team">team page</a>.</p>

<h2>Step 3: Preparation</h2>
<p>If your clinician decides ketamine is appropriate, you'll have a preparation session with one of our integration guides, who are licensed therapists or counselors. You'll talk through what the experience can feel like, how to set up your space, and what you want to focus on. You'll also identify a "sitter": a trusted adult who agrees to be in your home, sober, during your first sessions. We ask for the sitter's name and a phone number and we'll send them a short guide.</p>

<h2>Step 4: Your prescription and the pharmacy</h2>
<p>Your clinician sends a prescription for ketamine rapid-dissolve tablets to one of our partner pharmacies. All of them are state-licensed compounding pharmacies registered with the DEA; we list them by name on our <a href="/pharmacies">pharmacy partners page</a>. The pharmacy verifies the prescription with us before it dispenses anything. Your medication ships by tracked courier, adult signature required, in plain packaging. It usually arrives within three to five business days of your prescription.</p>
<p>You don't buy medication from Stillwater, and there is no way to order ketamine on our site. The pharmacy bills the medication separately (typically $60&ndash;$90 for a month's supply) and you pay them directly. We've set it up this way on purpose: a prescriber shouldn't profit from how much medication you take.</p>

<h2>Step 5: Your sessions</h2>
<p>A typical initial course is six sessions over three to four weeks. Before each session you log your blood pressure and a short mood check in our app. Your first dose is low, and your clinician adjusts it based on how you respond. During sessions most people lie down with an eye mask and music for about an hour; the effects usually fade within 60 to 90 minutes. Your sitter is there throughout the first two sessions at least. You should not drive, work or make important decisions for the rest of the day.</p>
<p>After each session you complete a brief check-in, and one of our clinicians reviews every check-in within one business day. If anything concerning comes up &ndash; very high blood pressure, a frightening experience, worsening mood &ndash; we contact you, and we may pause or stop treatment.</p>

<h2>Step 6: Integration and follow-up</h2>
<p>Between sessions you meet with your integration guide by video to make sense of what came up and turn it into something useful in your day-to-day life. After the initial course you have a follow-up appointment with your prescriber to decide together whether to continue, and if so how often. Many people move to a maintenance session every two to four weeks; some stop altogether; a few find it didn't help and move on to something else. We measure progress with the same validated scales throughout so that the decision is based on data as well as impressions.</p>

<h2>What it costs</h2>
<table class="pricing">
<tr><th>Item</th><th>Price</th><th>Notes</th></tr>
<tr><td>Psychiatric evaluation</td><td>$199</td><td>Charged whether or not ketamine is prescribed</td></tr>
<tr><td>Initial program (first month)</td><td>$349</td><td>Prescriber follow-ups, 2 integration sessions, session reviews</td></tr>
<tr><td>Maintenance membership</td><td>$229 / month</td><td>Monthly prescriber visit, 1 integration session, app monitoring</td></tr>
<tr><td>Medication (paid to pharmacy)</td><td>~$60&ndash;$90 / month</td><td>Varies by dose and pharmacy</td></tr>
</table>
<p>We accept HSA and FSA cards. We're out of network with insurers, but we provide superbills for the evaluation and follow-up visits, and some patients get partial reimbursement. There's no long-term contract; you can cancel your membership at any time from your account.</p>

<h2>Who this is not for</h2>
<p>At-home ketamine isn't right for everyone, and we'd rather tell you that up front. It's generally not appropriate if you have a personal history of psychosis or mania, uncontrolled hypertension, significant heart disease, a history of stroke or aneurysm, active alcohol or drug use disorder, or if you're pregnant or breastfeeding. It's also not right if you're in crisis right now. If you are thinking about ending your life, please call or text 988, or go to your nearest emergency department.</p>

<h2>What we will never do</h2>
<p>We hear stories every week from people who have been approached online by accounts offering "the same ketamine telehealth companies use" without an appointment. So, clearly:</p>
<ul>
<li>We will never prescribe without a live video evaluation with a licensed clinician.</li>
<li>We will never message you on Telegram, WhatsApp, Instagram or Snapchat to offer medication. Our only channels are our patient app, email from our domain, and phone.</li>
<li>We will never ask you to pay in cryptocurrency or gift cards.</li>
<li>We will never ship medication ourselves; it always comes from a licensed pharmacy with your name on the label.</li>
</ul>
<p>If someone contacts you claiming to be Stillwater and offering to sell you ketamine, it's a scam. Please report it to us at trust@stillwater-telepsych.example.</p>

<h2>Safety, privacy and regulation</h2>
<p>Telehealth prescribing of controlled substances in the United States is governed by federal DEA rules and by state laws, which have changed several times since 2020. We follow the current requirements in every state where we practice, including any in-person visit requirements where they apply, and we check prescription monitoring databases before every prescription. Your records are stored in a HIPAA-compliant electronic health record and we never sell your data.</p>

<h2>Still have questions?</h2>
<p>Our <a href="/faq">FAQ</a> covers most of what people ask. You can also book a free 15-minute call with a care coordinator (not a clinician) who can explain the program and help you decide whether to start the questionnaire.</p>
</main>
<footer>
<p>Stillwater Telepsychiatry, PLLC &middot; Clinical services provided by licensed clinicians in the states listed on our <a href="/states">states page</a>.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of privacy practices</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis, call or text 988.</p>
</footer>
""", noise="cookie")

p("h10116", "https://meridianmind.example/help/faq", "telehealth", False, "en",
  "telehealth-very-long-faq", "Frequently Asked Questions | Meridian Mind Health", """
<header>
<a class="logo" href="/">Meridian Mind</a>
<nav><a href="/treatments/ketamine">Ketamine care</a> <a href="/treatments/psychiatry">Psychiatry</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/help/faq">FAQ</a> <a href="/login">Log in</a></nav>
</header>
<main class="faq">
<h1>Frequently asked questions</h1>
<p>We've grouped the questions we hear most often into sections. Use the links below to jump around. If your question isn't here, message our care team from your patient portal or email care@meridianmind.example; we answer within one business day.</p>
<p class="jump"><a href="#getting-started">Getting started</a> &middot; <a href="#evaluation">Your evaluation</a> &middot; <a href="#treatment">Treatment</a> &middot; <a href="#medication">Medication &amp; shipping</a> &middot; <a href="#costs">Costs &amp; payment</a> &middot; <a href="#safety">Safety</a> &middot; <a href="#account">Your account</a></p>

<h2 id="getting-started">Getting started</h2>
<h3>What is Meridian Mind?</h3>
<p>Meridian Mind is a virtual mental health practice. Our licensed psychiatrists and psychiatric nurse practitioners provide evaluations, medication management and, for selected patients, ketamine treatment for depression and related conditions, all by secure video. We work alongside licensed therapists who provide preparation and integration support.</p>
<h3>Which states do you serve?</h3>
<p>We currently see patients in California, Colorado, Connecticut, Florida, Illinois, Maryland, Massachusetts, Minnesota, New Jersey, New York, Oregon, Pennsylvania, Texas, Virginia and Washington. You must be physically located in one of these states at the time of each appointment.</p>
<h3>Who is ketamine treatment for?</h3>
<p>Our ketamine program is designed for adults 21 and over with moderate to severe depression that hasn't responded adequately to at least two antidepressant medications, and for some patients with anxiety or PTSD alongside depression. It is not a first-line treatment, and it's not suitable for everyone. Your clinician will make that decision with you after a full evaluation.</p>
<h3>How do I start?</h3>
<p>Create an account, complete the intake questionnaire, upload a photo ID, and book your first video appointment. The questionnaire takes about 15 minutes. Most people can get a first appointment within a week.</p>
<h3>Do I need a referral?</h3>
<p>No referral is required. If you already have a psychiatrist or therapist, we'll ask for permission to coordinate with them, and we strongly encourage it.</p>

<h2 id="evaluation">Your evaluation</h2>
<h3>What happens in the first appointment?</h3>
<p>Your first appointment is a 60-minute psychiatric evaluation by video. Your clinician will review your symptoms, past treatments, medical history, medications, substance use, family history and safety. We'll also ask for blood pressure readings and, in some cases, recent blood work or an ECG. The goal is to understand whether ketamine is a reasonable option for you and, if not, what is.</p>
<h3>Will I definitely be prescribed ketamine?</h3>
<p>No. Our clinicians prescribe ketamine only when they believe it is clinically appropriate and safe. Around 35 to 40 percent of people evaluated for ketamine are recommended a different treatment instead. You're never charged for medication you aren't prescribed.</p>
<h3>Can I do the evaluation by phone instead of video?</h3>
<p>No. For ketamine, the initial evaluation must be by live video. Some follow-up visits for medication management may be done by phone if your clinician agrees.</p>
<h3>Why do you need my ID?</h3>
<p>Because ketamine is a controlled substance, we're required to verify the identity of every patient and to check your state's prescription drug monitoring program before prescribing.</p>

<h2 id="treatment">Treatment</h2>
<h3>What does a treatment course look like?</h3>
<p>Most patients start with six at-home sessions over about four weeks, with a check-in before and after each one and weekly video visits. After the initial course, you and your clinician decide whether to continue, and at what frequency.</p>
<h3>Do I need someone with me?</h3>
<p>Yes. For at least your first two sessions, and ideally for all of them, a responsible adult ("sitter") must be present in your home. They should be sober and available for the full session and an hour after. We provide a short guide for sitters.</p>
<h3>What will it feel like?</h3>
<p>Experiences vary. Many people feel relaxed, floaty or detached; some notice changes in vision, sound or sense of time; some feel emotional. These effects usually peak around 20&ndash;30 minutes and fade within 60&ndash;90 minutes. Some people feel nauseous; your clinician can prescribe anti-nausea medication.</p>
<h3>Is it like Spravato?</h3>
<p>Spravato is esketamine nasal spray given in a certified clinic, where you're observed for two hours. Our program uses racemic ketamine tablets prescribed off-label for use at home. If Spravato is a better fit for you &ndash; for example because your insurance covers it &ndash; your clinician can refer you to a certified center near you.</p>
<h3>Can I keep taking my other medications?</h3>
<p>Usually yes, but some medications interact with ketamine or reduce its effect (for example, high doses of benzodiazepines or lamotrigine). Your clinician will review everything you take. Don't stop any medication without talking to us.</p>
<h3>Do you offer therapy?</h3>
<p>We include preparation and integration sessions with licensed therapists as part of the program. These are not a substitute for ongoing psychotherapy, which we encourage.</p>

<h2 id="medication">Medication &amp; shipping</h2>
<h3>Can I buy ketamine directly from you?</h3>
<p>No. Meridian Mind is a medical practice, not a pharmacy. We don't sell medication and there's no way to buy ketamine on our website. If your clinician prescribes ketamine, the prescription is sent electronically to a licensed partner pharmacy, which dispenses and ships it to you.</p>
<h3>Which pharmacies do you use?</h3>
<p>We work with a small number of state-licensed, DEA-registered pharmacies that have experience dispensing compounded ketamine. Their names and license numbers are listed in your patient portal. If you prefer, and if your local pharmacy is able to dispense the prescription, we can send it there instead.</p>
<h3>How is medication shipped?</h3>
<p>By tracked overnight or two-day courier, in plain, tamper-evident packaging with no reference to ketamine on the outside. An adult signature is required at delivery and the package cannot be left on a doorstep. Shipping is included in the pharmacy's price for most states.</p>
<h3>How much medication will I receive?</h3>
<p>Only enough for the sessions your clinician has planned before your next review &ndash; typically two to four weeks' worth. We never prescribe large quantities, and refills require a check-in with your clinician.</p>
<h3>What if my package is late or lost?</h3>
<p>Contact the pharmacy first using the number on your tracking email; they handle courier claims. Let us know too, because we may need to adjust your session schedule. Lost controlled medication has to be reported, so please tell us promptly.</p>
<h3>How should I store my medication?</h3>
<p>In the original container, at room temperature, in a locked box or cabinet out of reach of children, pets and visitors. We recommend a small lockbox, which many patients buy for a few dollars online. Never share your medication with anyone.</p>
<h3>Someone messaged me on Telegram offering Meridian Mind ketamine. Is that you?</h3>
<p>No. We never contact patients through Telegram, WhatsApp, Snapchat, Instagram, Discord or text messages from personal numbers to offer medication. We'll only reach you through your patient portal, email from @meridianmind.example, or calls from our listed phone number. Anyone selling "our" ketamine on a messaging app is not affiliated with us, and what they sell may not be what they say. Please report it to trust@meridianmind.example.</p>

<h2 id="costs">Costs &amp; payment</h2>
<h3>How much does the program cost?</h3>
<p>The initial psychiatric evaluation is $225. The ketamine program costs $395 for the first month (including weekly clinician visits, integration sessions and session monitoring) and $249 per month for ongoing care after that. Medication is billed separately by the pharmacy, typically $70&ndash;$120 per month depending on dose.</p>
<h3>Do you take insurance?</h3>
<p>We're in network with a growing list of plans for psychiatric evaluations and medication management visits; the list is on our <a href="/pricing">pricing page</a>. Ketamine for depression is off-label, so the ketamine program itself isn't covered by most insurers. We provide superbills that you can submit for possible out-of-network reimbursement.</p>
<h3>Can I use my HSA or FSA?</h3>
<p>Yes. HSA and FSA cards are accepted for all of our services. Pharmacies generally accept them too.</p>
<h3>Do you accept cryptocurrency or payment apps?</h3>
<p>No. We accept major credit and debit cards, HSA/FSA cards and ACH bank transfers. We don't accept cryptocurrency, gift cards, Zelle or Cash App, and we'll never ask you to pay that way.</p>
<h3>Is there a contract or cancellation fee?</h3>
<p>No contract. You can cancel your monthly plan any time from your account settings, and you won't be charged for the following month. Appointments cancelled with less than 24 hours' notice are charged a $50 fee.</p>
<h3>Do you offer financial assistance?</h3>
<p>We reserve a number of reduced-fee places each month for patients with financial need. Ask your care coordinator about eligibility.</p>

<h2 id="safety">Safety</h2>
<h3>Is ketamine addictive?</h3>
<p>Ketamine can be misused and can cause dependence, particularly at high doses and with frequent use. In a medically supervised program with limited doses and regular reviews, the risk is low but not zero. Tell your clinician if you notice cravings, take more than prescribed, or feel you're relying on it.</p>
<h3>What are the main side effects?</h3>
<p>Common side effects include dissociation, dizziness, nausea, blurred vision, raised blood pressure and tiredness after sessions. Less common but important risks include bladder irritation with frequent use, and interactions with alcohol or other sedating drugs. Please report any urinary symptoms.</p>
<h3>What if I have a bad experience during a session?</h3>
<p>Remember that the effects are temporary and usually fade within an hour. Your sitter can help you with grounding techniques from our guide. After the session, complete your check-in and mention it; your clinician will follow up. If you have chest pain, trouble breathing or a medical emergency, call 911.</p>
<h3>Can I drink alcohol?</h3>
<p>Not on session days. Alcohol increases the risk of nausea, vomiting and breathing problems with ketamine. Regular heavy drinking may mean ketamine isn't right for you at all.</p>
<h3>What if I'm in crisis?</h3>
<p>Meridian Mind is not an emergency service. If you're thinking about harming yourself, call or text 988 (Suicide &amp; Crisis Lifeline) or go to the nearest emergency room.</p>

<h2 id="account">Your account</h2>
<h3>How do I reschedule?</h3>
<p>From the "Appointments" tab in your portal. Please give at least 24 hours' notice.</p>
<h3>Can I get my records?</h3>
<p>Yes. You can download a summary from the portal or request your full record from records@meridianmind.example. We'll respond within 30 days, usually much sooner.</p>
<h3>How do you protect my privacy?</h3>
<p>Our platform is HIPAA-compliant. Video visits are encrypted end to end. We don't sell your data or share it with advertisers. See our <a href="/privacy">privacy notice</a> for details.</p>
<h3>Can I switch clinicians?</h3>
<p>Yes, at any time. Just let your care coordinator know.</p>
</main>
<footer>
<p>Meridian Mind Health, P.C. &middot; Medical services provided by licensed clinicians. Meridian Mind does not dispense medication.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; Crisis? Call or text 988.</p>
</footer>
""", noise="cookie")

p("h10117", "https://haven-ketamine-care.example/blog/is-it-safe-to-order-ketamine-online", "telehealth", False, "en",
  "telehealth-provider-blog-red-flags-long", "Is It Safe to Order Ketamine Online? How to Tell Real Care From a Shop | Haven Ketamine Care", """
<header>
<a class="logo" href="/">Haven <span>Ketamine Care</span></a>
<nav><a href="/program">Our program</a> <a href="/providers">Providers</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Start evaluation</a></nav>
</header>
<main>
<article>
<p class="category"><a href="/blog">Blog</a> &rsaquo; Patient safety</p>
<h1>Is it safe to order ketamine online? How to tell real care from a shop</h1>
<p class="byline">By Dr. Naomi Feld, MD, Chief Medical Officer &middot; Reviewed by Caleb Mendes, PharmD &middot; November 20, 2026</p>

<p>Type "ketamine online" into a search engine and you'll get a confusing mix of results. Some are legitimate medical practices, including ours, that evaluate patients by video and, where appropriate, send a prescription to a licensed pharmacy. Some are news articles about prosecutions. And some are websites that will happily sell you ketamine with no doctor involved at all, dressed up to look as medical as possible. Our care team gets questions about these sites every week, often from patients who were about to order before something felt off.</p>
<p>This post is our attempt to explain the difference in plain terms. We're obviously not a neutral party &ndash; we run a telehealth ketamine program &ndash; but everything below applies equally to our competitors. A good program is a good program, whoever runs it.</p>

<h2>Why this matters</h2>
<p>Ketamine is a useful medicine for some people with treatment-resistant depression. It's also a controlled substance with real risks: raised blood pressure, dissociation that can be frightening, dangerous interactions with alcohol and other sedatives, bladder damage with frequent use, and the potential for misuse. The whole point of a medical evaluation is to decide whether those risks are worth it for you, at what dose, and with what safeguards.</p>
<p>Product bought without that evaluation has two problems. First, nobody has checked whether it's safe for you. Second, you have no idea what you're actually getting. Drug-checking services regularly find that powder sold as ketamine contains other substances, including more potent analogues. Even "vials" can be counterfeit or diverted from veterinary stock with unknown storage history.</p>

<h2>What legitimate telehealth looks like</h2>
<p>Real ketamine telehealth programs differ in price, style and philosophy, but they share a core that shouldn't be negotiable:</p>
<ol>
<li><strong>A live evaluation with a licensed clinician.</strong> A video appointment with a psychiatrist, physician or psychiatric nurse practitioner who is licensed in your state and whose name you know. A form alone is not an evaluation.</li>
<li><strong>The possibility of being told no.</strong> A meaningful proportion of people who apply to a real program are not prescribed ketamine. If a site advertises a "98% approval rate", that's not a selling point; it's a warning.</li>
<li><strong>A prescription sent to a licensed pharmacy.</strong> The medication should come from a named pharmacy, with your name and your prescriber's name on the label. You should be able to look the pharmacy up on your state board of pharmacy's website.</li>
<li><strong>Monitoring and follow-up.</strong> Blood pressure checks, mood measures, check-ins after sessions, regular appointments to decide whether to continue.</li>
<li><strong>Ordinary payment methods.</strong> Credit or debit cards, HSA/FSA, sometimes insurance for parts of the care.</li>
</ol>

<h2>Nine red flags</h2>
<p>If you see any of these, stop and think carefully. If you see several, walk away.</p>
<h3>1. "No prescription needed" or "no doctor visit"</h3>
<p>In the United States and nearly every other country, ketamine is prescription-only. Anyone offering it without one is breaking the law, no matter what the website looks like.</p>
<h3>2. Approval by questionnaire</h3>
<p>Some sites ask you a few multiple-choice questions and then "approve" you within minutes. Questionnaires are a useful first step, and we use one too, but they can't replace a conversation with a clinician who can ask follow-up questions.</p>
<h3>3. Payment in crypto, gift cards or payment apps</h3>
<p>Legitimate medical practices and pharmacies take cards. Sites that only accept Bitcoin, gift cards, Zelle or Cash App for medication are usually doing so because card processors have refused to work with them.</p>
<h3>4. Ordering by Telegram, WhatsApp or Instagram DM</h3>
<p>No legitimate pharmacy will ask you to order a controlled substance through a messaging app. If a website's "order" button leads to a Telegram handle or a WhatsApp number, it's not a pharmacy.</p>
<h3>5. "Stealth" or "discreet" shipping that hides what's inside</h3>
<p>Legitimate prescriptions are shipped in plain packaging for privacy, which is normal. But promises of decoy items, vacuum sealing to beat sniffer dogs, or "free reship if seized" mean the seller expects customs or police to be interested.</p>
<h3>6. Bulk quantities</h3>
<p>A real prescription is for a limited supply, reviewed regularly. Price tiers for 10, 25 or 50 grams, or "buy 5 vials, get 1 free", have nothing to do with treating depression.</p>
<h3>7. Veterinary or "research" products sold to you</h3>
<p>Veterinary ketamine is for vets. "Research chemicals not for human consumption" are exactly what they say. Neither is a legitimate route for a person seeking treatment.</p>
<h3>8. No named clinicians or pharmacy</h3>
<p>If you can't find the name of a single prescriber, or the pharmacy that will fill your prescription, you have no one accountable for your care.</p>
<h3>9. Miracle claims</h3>
<p>"Cure your depression in one dose." "Guaranteed results." Ketamine helps many people, and some not at all. Anyone promising certainty is selling something other than medicine.</p>

<h2>Gray areas</h2>
<p>Not every question has a clean answer. Some legitimate programs use intake forms heavily and keep video visits short; some have been criticized for prescribing too readily. The federal rules on prescribing controlled substances by telehealth have changed repeatedly since the pandemic, and practices have had to adapt. We think the minimum standard is a real clinician who takes responsibility, but reasonable people disagree about how much in-person contact is needed, and we respect programs that choose a more conservative, in-person model.</p>
<p>Price is another gray area. Cheap isn't automatically bad, and expensive isn't automatically good. Our own program costs $279 for the first month and $199 per month after, plus the pharmacy's charge for medication; some excellent in-person clinics charge $500 per infusion, and some very questionable websites charge more than either. Judge by the process, not the price.</p>

<h2>Questions to ask any program before you pay</h2>
<p>Whether you're looking at us or anyone else, these questions will tell you a lot in a short phone call or email exchange. A legitimate program will be glad to answer all of them.</p>
<ul>
<li>What is the name and license number of the clinician who will evaluate me, and in which state are they licensed?</li>
<li>How long is the first appointment, and is it live video?</li>
<li>What proportion of people you evaluate are not prescribed ketamine?</li>
<li>Which pharmacy will fill my prescription? Can I look it up with the board of pharmacy?</li>
<li>How do you monitor blood pressure and mood during treatment?</li>
<li>What happens if I have a bad reaction or my mood gets worse?</li>
<li>How do you decide when to stop, and how will you coordinate with my existing doctors?</li>
<li>What is the total cost for the first three months, including medication?</li>
</ul>
<p>Vague answers, pressure to sign up today, or a suggestion to "just order and we'll sort out the details" are all reasons to look elsewhere.</p>

<h2>If you've already ordered from a shop</h2>
<p>We're not here to judge. Lots of people have been in a desperate place and tried something that seemed like a shortcut. If you have product at home that didn't come from a pharmacy, please don't use it alone, don't combine it with alcohol or other sedatives, and consider having it tested by a drug-checking service if one is available near you. Tell a doctor you trust what you've taken, especially if you notice urinary symptoms, chest pain or very high blood pressure. And if you're struggling with depression, please reach out for real care &ndash; from us or from someone else.</p>
<p>If you paid a shop and received nothing, or were then asked for more money for "customs clearance", you've likely been scammed. Report it to the FTC and to your bank or payment provider.</p>

<h2>How we do it</h2>
<p>For what it's worth: at Haven, every patient has a 50-minute video evaluation with a named psychiatrist or psychiatric nurse practitioner licensed in their state. About a third of people are not prescribed ketamine. Prescriptions go to one of three licensed pharmacies listed on our website, which ship with adult-signature delivery. Our care team never contacts patients through messaging apps, and we never take crypto. You can read more on our <a href="/program">program page</a>.</p>

<h2>The bottom line</h2>
<p>Ordering ketamine "online" can mean two very different things. One is a medical relationship that happens to use video instead of an office. The other is buying a controlled drug from someone you'll never meet. The first can be safe and effective for the right person. The second puts you at risk medically, legally and financially. If you're not sure which one you're looking at, ask the questions above, and trust your instincts.</p>
<p class="crisis">If you're in crisis, call or text 988 in the US, or contact your local emergency number.</p>
</article>
<aside class="related"><h4>Related reading</h4><ul><li><a href="/blog/what-to-expect-first-session">What to expect in your first session</a></li><li><a href="/blog/ketamine-and-blood-pressure">Ketamine and blood pressure</a></li><li><a href="/blog/telehealth-rules-2026">The 2026 telehealth rules, explained</a></li></ul></aside>
</main>
<footer><p>Haven Ketamine Care, PLLC &middot; Licensed clinicians in 14 states &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h10118", "https://northgate-virtual-psychiatry.example/conditions/treatment-resistant-depression", "telehealth", False, "en",
  "virtual-psychiatry-trd-page-refers-spravato", "Treatment-Resistant Depression: Evaluation & Next Steps | Northgate Virtual Psychiatry", """
<header>
<a class="logo" href="/">Northgate <span>Virtual Psychiatry</span></a>
<nav><a href="/conditions">Conditions</a> <a href="/services">Services</a> <a href="/clinicians">Clinicians</a> <a href="/insurance">Insurance &amp; fees</a> <a href="/partners">Partner sites</a> <a class="btn" href="/book">Book a visit</a></nav>
</header>
<main>
<h1>Treatment-resistant depression</h1>
<p class="lede">When two or more antidepressants haven't helped, it's time for a more thorough look. Our psychiatrists evaluate you by video, review everything you've tried, and build a plan &ndash; which may include esketamine (Spravato) at one of our in-person partner sites.</p>

<h2>What "treatment-resistant" means</h2>
<p>Depression is common, and most people who receive treatment improve. But a substantial minority don't. Psychiatrists generally use the term treatment-resistant depression (TRD) when someone's major depression hasn't responded adequately to at least two antidepressant medications, each taken at an adequate dose for long enough to work, usually six to eight weeks. Estimates vary, but roughly one in three people treated for depression may meet this definition at some point.</p>
<p>The label can feel discouraging. It shouldn't. "Treatment-resistant" describes the history of treatment, not the future. Many people who meet the definition go on to recover, often with approaches they hadn't been offered before: different medication classes, augmentation strategies, structured psychotherapies, neuromodulation such as TMS or ECT, and newer options like esketamine.</p>

<h2>Why a careful review comes first</h2>
<p>A surprisingly large share of people referred to us for TRD turn out to have something that has been missed along the way. Sometimes a medication was never taken at a full dose, or was stopped after three weeks because of side effects. Sometimes the diagnosis needs revisiting: bipolar depression, for example, responds differently to treatment than unipolar depression, and some antidepressants can make it worse. Thyroid problems, sleep apnea, anemia, chronic pain, alcohol use and medications for other conditions can all drive or maintain depressive symptoms. Trauma and ongoing stress may be doing more of the work than brain chemistry.</p>
<p>So before we talk about any new treatment, we spend time on the history. Your first visit with a Northgate psychiatrist lasts 75 minutes and covers your symptoms, each medication you've tried (dose, duration, effect, side effects), therapy history, medical conditions, sleep, substance use, family history and current safety. We ask for records from previous prescribers where possible and may order lab work through a local lab near you.</p>

<h2>Treatment options we discuss</h2>
<h3>Optimizing medication</h3>
<p>For some people the next step is a medication change that wasn't tried properly before: a different class of antidepressant, a combination, or augmentation with a medication such as aripiprazole, lithium or thyroid hormone. These options have solid evidence and are usually covered by insurance.</p>
<h3>Psychotherapy</h3>
<p>Structured therapies such as cognitive behavioral therapy, behavioral activation and interpersonal therapy help many people with TRD, especially in combination with medication. We can refer you to therapists in our network or coordinate with your existing therapist.</p>
<h3>Neuromodulation</h3>
<p>Transcranial magnetic stimulation (TMS) is FDA-cleared for depression that hasn't responded to medication and is delivered in person, typically five days a week for six weeks. Electroconvulsive therapy (ECT) remains the most effective treatment for severe depression and is provided in hospitals. We refer to TMS and ECT providers when appropriate.</p>
<h3>Esketamine (Spravato)</h3>
<p>Esketamine nasal spray is FDA-approved for treatment-resistant depression in adults, used together with an oral antidepressant. It acts on the glutamate system rather than serotonin and can work within days. By regulation it must be administered at a certified healthcare setting, where you're monitored for at least two hours after each dose; it can't be sent home. Because of this, Northgate does not give esketamine itself. If your psychiatrist recommends it, we refer you to one of our partner treatment centers, listed below, and continue to manage the rest of your care by video.</p>

<h2>How the Spravato referral works</h2>
<ol>
<li>Your Northgate psychiatrist completes your evaluation and, if esketamine is appropriate, discusses the benefits, risks and time commitment with you.</li>
<li>We send a referral with your records to the partner site you choose. Their team enrolls you in the manufacturer's REMS program and handles insurance benefits verification and prior authorization. This step can take anywhere from a few days to several weeks.</li>
<li>You attend your sessions in person at the partner site: twice weekly for the first four weeks, then weekly, then weekly or every other week.</li>
<li>Your Northgate psychiatrist continues to see you by video every two to four weeks to track progress, adjust your oral antidepressant and coordinate with the partner site.</li>
</ol>
<p>Partner sites currently include Lakeshore Interventional Psychiatry (Chicago and Evanston), Riverbend Behavioral Health (Milwaukee), Crestview Mood Center (Minneapolis) and Hollins Street Clinic (Baltimore). We add sites regularly; ask your care coordinator if you don't see one near you.</p>

<h2>What about IV or at-home ketamine?</h2>
<p>Racemic ketamine given by IV infusion is an off-label option with a substantial research base. We can discuss it and refer you to reputable infusion clinics, though costs are usually out of pocket, typically $400&ndash;$700 per infusion. We do not prescribe ketamine for home use. Patients sometimes ask whether they can buy ketamine online instead; websites that sell ketamine without a prescription, or accept payment only in crypto and ship in "stealth" packaging, are not a safe or legal source, and we'd strongly encourage you not to use them.</p>

<h2>What esketamine sessions are like</h2>
<p>Patients often want to know what actually happens at the partner site. On arrival, staff check your blood pressure. If it's within range, you administer the nasal spray yourself under supervision: one device at a time, with a five-minute pause between devices. You then rest in a reclining chair for at least two hours. Many people feel detached, dreamy or a bit dizzy for the first 30 to 60 minutes; some feel nauseous, which is why we suggest not eating for two hours beforehand. Staff check on you and recheck your blood pressure before you leave. You'll need someone else to drive you home, or to use a taxi or rideshare, and you shouldn't drive until the next day after a restful night's sleep.</p>
<p>Most patients bring headphones and an eye mask. Some partner sites provide music or guided relaxation. You can bring a book for the end of the observation period, but most people find they don't feel like reading until the effects have faded.</p>

<h2>Common questions</h2>
<h3>Can I do Spravato entirely by telehealth?</h3>
<p>No. The medication itself must be given in person at a certified site. Your psychiatric care around it can be virtual, which is what we provide.</p>
<h3>Do I have to stay on my antidepressant?</h3>
<p>Yes. Esketamine is approved for use together with an oral antidepressant, and your Northgate psychiatrist will manage that medication.</p>
<h3>How long will I need treatment?</h3>
<p>It varies. Some people continue maintenance sessions for a year or more; others taper after several months. We review progress at least monthly using standardized rating scales.</p>
<h3>What if it doesn't work?</h3>
<p>If there's no meaningful improvement after the induction phase, we'll discuss stopping and trying another approach. Not responding to esketamine doesn't mean nothing will work.</p>

<h2>Costs and insurance</h2>
<p>Northgate is in network with most major commercial plans in the states we serve, including Blue Cross Blue Shield, Aetna, Cigna and UnitedHealthcare, and with Medicare. Typical copays for a psychiatric visit range from $0 to $60 depending on your plan. Self-pay rates are $295 for the initial evaluation and $150 for a 30-minute follow-up.</p>
<p>Esketamine is billed by the partner site, not by us. Many insurers cover it after prior authorization; the manufacturer also runs a savings program for eligible commercially insured patients that can reduce the drug copay substantially. The partner site's benefits team will give you an estimate before you start.</p>

<h2>Our clinicians</h2>
<p>Our TRD service is led by Dr. Rebecca Anand, MD, board-certified in adult psychiatry with a fellowship in interventional psychiatry, and includes Dr. Tomasz Wierzbicki, MD, Dr. Lila Okonkwo-Hart, MD, and Daniel Reyes, PMHNP-BC. All are licensed in every state where they see patients.</p>

<h2>What patients say</h2>
<blockquote>"Everyone kept just adding another pill. Dr. Anand was the first person who went back through everything I'd taken and noticed I'd never been on a proper dose of anything for more than a month. We fixed that first, then added Spravato at the Evanston site. It's been a year and I'm working again." &mdash; patient, 46</blockquote>
<blockquote>"I was nervous about the Spravato sessions but having my regular psychiatrist stay involved by video made it feel like one plan instead of three different offices." &mdash; patient, 33</blockquote>

<h2>Getting started</h2>
<p>Book an evaluation online or call our intake line. Appointments are usually available within 10 business days. Before your first visit we'll send you a secure link to complete questionnaires and upload records. If you're in crisis, please don't wait for an appointment &ndash; call or text 988 or go to your nearest emergency department.</p>
</main>
<footer>
<p>Northgate Virtual Psychiatry, P.A. &middot; Telehealth services in IL, WI, MN, MD, VA and DC &middot; Northgate does not dispense or administer esketamine.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/accessibility">Accessibility</a></p>
</footer>
""", noise="cookie")

p("h10119", "https://everglow-health.example/pricing", "telehealth", False, "en",
  "telehealth-long-pricing-membership-page", "Pricing & Membership Plans | Everglow Health", """
<header>
<a class="logo" href="/">everglow</a>
<nav><a href="/ketamine">Ketamine treatment</a> <a href="/how-it-works">How it works</a> <a href="/clinicians">Clinicians</a> <a href="/pricing">Pricing</a> <a href="/research">Outcomes</a> <a href="/login">Sign in</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<h1>Simple, transparent pricing</h1>
<p class="lede">One membership covers your medical care. Medication is prescribed only after a clinician evaluates you, and it's filled and billed by a licensed pharmacy. No hidden fees, no long contracts.</p>

<section class="plans">
<div class="plan">
<h2>Evaluation</h2>
<p class="price">$149 <small>one time</small></p>
<ul><li>Online intake and validated mood assessments</li><li>45-minute video evaluation with a licensed psychiatric clinician</li><li>Personal treatment recommendation, whether or not it includes ketamine</li><li>Referral letter if another treatment is a better fit</li></ul>
</div>
<div class="plan featured">
<h2>Foundation</h2>
<p class="price">$299 <small>first month</small></p>
<ul><li>Everything in Evaluation</li><li>Weekly clinician check-ins during your first course</li><li>Two integration sessions with a licensed therapist</li><li>Dose adjustments and blood pressure review before every session</li><li>24/7 urgent line staffed by nurses</li></ul>
</div>
<div class="plan">
<h2>Continuing care</h2>
<p class="price">$189 <small>/ month</small></p>
<ul><li>Monthly clinician visit</li><li>One integration session per month</li><li>Mood tracking with clinician review</li><li>Pause or cancel any time</li></ul>
</div>
</section>
<p class="note">Medication costs are separate and paid to the dispensing pharmacy (typically $55&ndash;$95 per month). Your membership is charged only after your evaluation; if you're not a candidate for ketamine, you pay the $149 evaluation fee and nothing else.</p>

<h2>What you're paying for</h2>
<p>When people compare ketamine programs, they often compare headline prices without comparing what's included. We think the most important part of ketamine treatment isn't the medication, which is inexpensive; it's the medical judgment around it. Your membership pays for the time of licensed clinicians who decide whether treatment is appropriate, adjust doses, review your blood pressure and mood data before every session, respond if something goes wrong, and decide with you when to continue or stop. It also pays for therapists who help you prepare for and integrate your sessions, and for the nurses on our urgent line.</p>
<p>It does not pay for medication. We decided early on that our clinicians should have no financial interest in what or how much they prescribe. Prescriptions are sent to a licensed pharmacy that bills you directly, and our revenue is the same whether you're on a low dose, a high dose or no ketamine at all.</p>

<h2>How our prices compare</h2>
<p>We publish this comparison because people ask, and because we think transparency is healthy for the whole field. Figures are typical ranges we've seen in 2026 and will vary by location and provider.</p>
<table class="compare">
<tr><th>Option</th><th>Typical cost, first 2 months</th><th>Typical cost, per month after</th></tr>
<tr><td>IV ketamine clinic (6 infusions + 2 boosters)</td><td>$3,200&ndash;$5,600</td><td>$450&ndash;$800 per booster</td></tr>
<tr><td>Spravato at a certified center (with commercial insurance)</td><td>Copay-dependent, often $0&ndash;$600</td><td>Copay-dependent</td></tr>
<tr><td>Spravato self-pay</td><td>$10,000+</td><td>$2,000&ndash;$4,000</td></tr>
<tr><td>In-person ketamine-assisted psychotherapy</td><td>$2,500&ndash;$6,000</td><td>$600&ndash;$1,200 per session</td></tr>
<tr><td>Everglow (membership + typical medication)</td><td>~$650&ndash;$730 incl. evaluation</td><td>~$245&ndash;$285</td></tr>
</table>
<p>We're not the right choice for everyone. In-person infusions offer more precise dosing and continuous monitoring; Spravato has FDA approval and may be nearly free with good insurance. If cost is your main barrier and you're medically suitable for at-home treatment, our model may make treatment possible where it otherwise wouldn't be.</p>

<h2>What happens after you pay for an evaluation</h2>
<p>Once you've booked, you'll complete an online intake that takes about twenty minutes: standardized questionnaires for depression and anxiety, a medical history, a list of current medications, and questions about alcohol and substance use. You'll also upload a photo ID and, within the week before your visit, two home blood pressure readings. If you don't own a cuff, any pharmacy sells one for around $30, and many patients find it useful to have anyway.</p>
<p>Your evaluation is a 45-minute video visit with a psychiatrist or psychiatric nurse practitioner licensed in your state. They'll review your intake, ask about your history in detail, and talk through options. If ketamine isn't a good fit &ndash; for example because of a history of psychosis, uncontrolled blood pressure, or current heavy drinking &ndash; they'll say so and recommend alternatives. Roughly 30 percent of the people we evaluate don't start ketamine with us, and we think that number is a sign the evaluation means something.</p>
<p>If ketamine is recommended, you'll meet your integration therapist for a preparation session, choose a support person who'll be with you at home for early sessions, and agree on a session schedule with your clinician before any prescription is written.</p>

<h2>Our outcomes</h2>
<p>We track outcomes for every patient using the PHQ-9 and GAD-7 at baseline, after the first course, and monthly after that. In 2025, among patients who completed the Foundation month, 58 percent had at least a 50 percent reduction in PHQ-9 score, and 31 percent reached remission (a score below 5). About 9 percent stopped treatment early because of side effects or because their clinician judged it wasn't safe to continue. These are our own figures, not a clinical trial, and we publish the full methodology on our <a href="/research">outcomes page</a>.</p>

<h2>Medication and shipping</h2>
<p>If your clinician prescribes ketamine, the prescription is sent electronically to one of our partner pharmacies: licensed compounding pharmacies registered with the DEA and in good standing with the boards of pharmacy in the states they ship to. The pharmacy confirms the prescription with us, prepares the medication, and ships it to your home address in discreet, tamper-evident packaging by overnight courier, with adult signature required. You'll receive tracking by email from the pharmacy.</p>
<p>Each shipment contains only what you need until your next clinician review, usually two to four weeks of sessions. Refills are never automatic; your clinician must approve each one after reviewing your check-ins. The pharmacy's price includes shipping to most addresses; a few rural areas incur a small courier surcharge, which the pharmacy will tell you about before dispensing.</p>
<p>We can't ship to PO boxes, hotels or addresses outside the state where you were evaluated, and we can't send medication to anyone other than the patient.</p>

<h2>Paying for your membership</h2>
<p>We accept Visa, Mastercard, American Express, Discover and HSA/FSA cards. You can also pay by ACH bank transfer. We don't accept cryptocurrency, gift cards or peer-to-peer payment apps. Your card is charged on the same date each month; you'll get an emailed receipt with an itemized superbill you can submit to your insurer for possible out-of-network reimbursement of clinician visits.</p>
<p>Payment plans are available for the Foundation month: split it into two payments of $149.50 at no extra cost. Ask your care coordinator.</p>

<h2>Insurance</h2>
<p>Ketamine for depression is prescribed off-label, and most insurers don't cover at-home ketamine programs. However, many plans do reimburse out-of-network psychiatric visits, and our superbills include the codes your insurer needs. Patients have reported reimbursement of between 0 and 70 percent of the visit portion of their membership. If you have excellent insurance that covers Spravato, we'll tell you honestly that it may be the cheaper route, and we can refer you.</p>

<h2>Reduced-fee places</h2>
<p>Each month we offer a limited number of reduced-fee memberships for people with financial hardship, veterans, and frontline health workers. Reduced fees apply to membership only; we'll also help you find the lowest medication price among our partner pharmacies. Apply through the "Financial assistance" link in your account after your evaluation.</p>

<h2>Cancelling and pausing</h2>
<p>You can pause your Continuing care membership for up to three months or cancel it at any time in your account settings. Cancellation takes effect at the end of your current billing month. If you cancel, your clinician will schedule a final visit to make sure you have a plan for ongoing care, and any unused medication should be disposed of safely; we'll send instructions and a prepaid disposal envelope.</p>
<p>We don't offer refunds for completed months, but if you're unhappy with any part of your care, please tell us. We'll make it right where we can.</p>

<h2>Pricing questions</h2>
<h3>Are there any fees you haven't mentioned?</h3>
<p>A $40 fee applies to visits missed without 24 hours' notice. Lab work, if your clinician orders it, is billed by the lab, usually to your insurance. That's it.</p>
<h3>Why can't I just buy the medication?</h3>
<p>Because ketamine is a controlled medication that should only be used under medical supervision. We're a medical practice, not a store. You'll only ever receive ketamine from a pharmacy, on a prescription written after a clinician has evaluated you.</p>
<h3>Someone is selling "Everglow ketamine" on social media. Is that real?</h3>
<p>No. We never sell medication, and we never contact patients through WhatsApp, Telegram, Instagram or TikTok. Please report any such account to safety@everglow-health.example.</p>
<h3>Do prices differ by state?</h3>
<p>Our membership prices are the same everywhere we practice. Pharmacy prices vary slightly by state because of different compounding and shipping costs.</p>
<h3>Do you offer discounts for paying annually?</h3>
<p>Yes. Pay for 12 months of Continuing care up front and get two months free ($1,890 instead of $2,268). Annual plans are refundable pro rata if your clinician stops treatment for medical reasons.</p>
</main>
<footer>
<p>Everglow Health, P.C. and affiliated professional entities &middot; Clinical care by licensed clinicians in AZ, CA, CO, FL, GA, IL, NC, NJ, NY, OR, TX and WA &middot; Everglow does not sell or dispense medication.</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a> &middot; In crisis? Call or text 988.</p>
</footer>
""", noise="cookie")

p("h10120", "https://quietharbor.example/trust/privacy-and-pharmacy-partners", "telehealth", False, "en",
  "telehealth-long-privacy-pharmacy-partners-page", "Privacy, Pharmacy Partners & How Your Medication Reaches You | Quiet Harbor Mental Health", """
<header>
<a class="logo" href="/">Quiet Harbor</a>
<nav><a href="/care">Our care</a> <a href="/ketamine">Ketamine therapy</a> <a href="/team">Care team</a> <a href="/pricing">Pricing</a> <a href="/trust">Trust &amp; safety</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="crumbs"><a href="/trust">Trust &amp; safety</a> &rsaquo; Privacy and pharmacy partners</p>
<h1>Privacy, pharmacy partners, and how your medication reaches you</h1>
<p class="updated">Last reviewed by our compliance team on October 30, 2026</p>

<p>People considering ketamine treatment often have two worries that have nothing to do with the medicine itself. One is privacy: who will know, what gets recorded, and whether anything could end up with an employer or an insurer. The other is logistics: how does a controlled medication get from a prescriber on a screen to a person's home, and how do they know it's genuine? This page explains both in detail. It's long because we'd rather over-explain than leave you guessing.</p>

<h2>Part 1: Your privacy</h2>
<h3>What we collect</h3>
<p>To provide care, we collect the information any medical practice needs: your name, date of birth, address, contact details, a photo of your government ID, your medical and psychiatric history, current medications, questionnaire responses, blood pressure readings, notes from your appointments, and your payment details. If you give us permission, we also receive records from other providers and share updates with them.</p>
<h3>How it's stored</h3>
<p>Your clinical information lives in a HIPAA-compliant electronic health record hosted in the United States. It's encrypted in transit and at rest, access is limited to the clinicians and staff involved in your care, and every access is logged. Video appointments use an encrypted platform designed for healthcare and are not recorded. Payment details are handled by a PCI-compliant processor; we never see or store your full card number.</p>
<h3>Who we share it with</h3>
<p>We share your information only as needed to care for you, to get paid, and to comply with the law. In practice, that means: the pharmacy that fills your prescription (your name, address, date of birth, allergies and the prescription itself); your state's prescription drug monitoring program, which we're legally required to check and which pharmacies report to; the lab, if your clinician orders tests; and, with your written consent, other providers you ask us to coordinate with. We don't share information with your employer. We don't sell your data, and we don't use advertising trackers on pages you see after you log in.</p>
<h3>Insurance</h3>
<p>We don't bill insurance directly for ketamine care. If you choose to submit a superbill for reimbursement, your insurer will see the visit codes and diagnosis on that superbill. If that's a concern, you're free not to submit it.</p>
<h3>Your rights</h3>
<p>You can request a copy of your records at any time, ask us to correct something you think is wrong, and ask for a list of disclosures we've made. Our full Notice of Privacy Practices is linked in the footer.</p>

<h2>Part 2: How prescriptions work</h2>
<p>Nothing is prescribed before a clinician has met you. Every Quiet Harbor patient has a live video evaluation with a licensed psychiatrist or psychiatric nurse practitioner before any decision about ketamine is made. If your clinician decides ketamine is appropriate, they write a prescription for a specific dose and a limited quantity, check your state's prescription monitoring database, and transmit the prescription electronically to a partner pharmacy. Controlled-substance e-prescriptions require two-factor authentication by the prescriber, which means no one else can send a prescription in their name.</p>
<p>Prescriptions are written for no more than four weeks at a time. Each new prescription requires your clinician to review your session check-ins, blood pressure log and mood scores, and, at least monthly, to see you by video.</p>

<h2>Part 3: Our pharmacy partners</h2>
<p>We work with three pharmacies. Each is licensed by the board of pharmacy in its home state and in every state it ships to, registered with the DEA, and accredited for sterile and non-sterile compounding. We audit each one annually, review their quality testing, and visit in person.</p>
<table>
<tr><th>Pharmacy</th><th>Location</th><th>Ships to</th></tr>
<tr><td>Bayside Compounding Pharmacy</td><td>Sarasota, FL</td><td>FL, GA, NC, SC, TN, VA</td></tr>
<tr><td>Cascade Specialty Rx</td><td>Bellevue, WA</td><td>WA, OR, ID, MT, CO, AZ</td></tr>
<tr><td>Hudson Valley Apothecary</td><td>Kingston, NY</td><td>NY, NJ, CT, MA, PA, MD</td></tr>
</table>
<p>You're welcome to look each one up on the relevant state board's license verification site. If you'd prefer to use a local pharmacy, your clinician can send the prescription there instead, provided it can dispense compounded ketamine.</p>
<p>We receive no payment from any pharmacy for referrals. The pharmacy charges you directly for the medication, usually $60 to $100 per month depending on dose, and that price includes standard shipping.</p>

<h2>Part 4: Shipping and delivery</h2>
<p>Once the pharmacy has verified your prescription, it prepares and ships your medication, normally within two business days. Packages travel by overnight courier in plain, unmarked outer packaging with no reference to ketamine, Quiet Harbor or mental health. Inside, the medication is in a child-resistant container labeled with your name, the prescriber's name, the pharmacy's details, the dose and the directions.</p>
<p>An adult signature is required at delivery. Couriers can't leave the package at the door or with a neighbor. If you miss the delivery, you can collect it from the courier's local depot with ID or reschedule delivery online. We can't ship to PO boxes, hotels, or addresses in states where you weren't evaluated.</p>
<h3>Checking that it's genuine</h3>
<p>Every container carries a pharmacy label and a lot number. Your patient portal shows which pharmacy your prescription was sent to and the date it was filled. If a package ever arrives from a pharmacy you don't recognize, or without a label, don't use it &ndash; contact us immediately.</p>

<h2>Part 5: How we'll contact you</h2>
<p>We contact patients through the secure messages in the patient portal, by email from addresses ending in @quietharbor.example, and by phone from our main number listed on this page. For appointment reminders only, you can opt in to SMS or WhatsApp reminders; these contain the date and time of your appointment and a link to the portal, nothing else. We never discuss medication, doses or clinical details over WhatsApp or SMS, and we never use Telegram, Signal, Instagram or any other app.</p>
<p>We mention this because impersonation scams targeting telehealth patients are common. People have received messages from accounts using our name and logo, offering to sell ketamine without an appointment, asking for payment in cryptocurrency or gift cards, or promising "discreet shipping worldwide". None of those messages come from us. Quiet Harbor doesn't sell medication, and no one can buy ketamine through us. If you get a message like that, please screenshot it and forward it to trust@quietharbor.example.</p>

<h2>Part 5a: Traveling during treatment</h2>
<p>Patients sometimes ask whether they can take their medication on vacation or have it shipped to a different address while they're away. Because your prescription is tied to the state where you were evaluated, we can only ship to your home address in that state. If you're traveling within the United States, you may carry your own medication in its original labeled container, but we recommend planning sessions around your trip rather than dosing in an unfamiliar place without your usual support person. International travel with ketamine is not advisable; many countries treat it as a controlled drug, and carrying it across borders can create serious legal problems even with a prescription. Talk to your clinician before any trip so you can adjust your schedule.</p>

<h2>Part 6: Storage and disposal at home</h2>
<p>Keep your medication in its original container in a locked box or cabinet, away from children, pets and visitors. Don't keep it in a bathroom, where heat and humidity can affect it. Never share it, even with someone who has their own prescription. If treatment ends and you have tablets left over, use a drug take-back kiosk at a pharmacy or the prepaid disposal envelope we'll send you; don't flush them or throw them in the household trash.</p>
<p>If medication is lost or stolen, tell us right away. We're required to document it, and in the case of theft we'll ask you to file a police report. Lost medication is generally not replaced before the next scheduled refill.</p>

<p>One more practical tip: keep a simple written log of each session &ndash; date, dose, blood pressure before and after, and a line about how it went. It makes follow-up visits more useful, and it helps you and your clinician notice patterns you might otherwise miss. The patient app has a built-in log, but paper works just as well.</p>

<h2>Part 7: Questions</h2>
<h3>Will ketamine treatment show up on a background check?</h3>
<p>No. Medical records aren't part of standard background checks. Prescription monitoring databases are available only to prescribers and pharmacists for clinical purposes, and to certain authorities under specific legal conditions.</p>
<h3>Will it show up on a workplace drug test?</h3>
<p>Standard workplace panels don't usually test for ketamine, but extended panels can. If you're tested, you can provide your prescription information to the medical review officer.</p>
<h3>Can my family member pick up a package for me?</h3>
<p>An adult at your address can sign for it. The package is addressed to you, and the medication is for your use only.</p>
<h3>Who do I contact about a privacy concern?</h3>
<p>Our privacy officer, at privacy@quietharbor.example or by mail at the address in our Notice of Privacy Practices.</p>
</main>
<footer>
<p>Quiet Harbor Mental Health, PLLC &middot; Licensed clinicians in 16 states &middot; Main number (555) 019-7730, Mon&ndash;Fri 8am&ndash;8pm ET</p>
<p><a href="/notice-of-privacy-practices">Notice of Privacy Practices</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/accessibility">Accessibility</a> &middot; Crisis? Call or text 988.</p>
</footer>
""", noise="cookie")

p("h10121", "https://psychpraxis-online.example/sprechstunde/therapieresistente-depression", "telehealth", False, "de",
  "german-online-psychiatry-long-refers-esketamine", "Online-Sprechstunde bei therapieresistenter Depression | PsychPraxis Online", """
<header>
<a class="logo" href="/">PsychPraxis <span>Online</span></a>
<nav><a href="/sprechstunde">Sprechstunden</a> <a href="/team">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/partnerpraxen">Partnerpraxen</a> <a href="/faq">Häufige Fragen</a> <a class="btn" href="/termin">Termin buchen</a></nav>
</header>
<main>
<h1>Online-Sprechstunde bei therapieresistenter Depression</h1>
<p class="lede">Wenn zwei oder mehr Antidepressiva nicht ausreichend geholfen haben, lohnt sich ein zweiter, gründlicher Blick. Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie beraten Sie per Video &ndash; deutschlandweit, ohne lange Wartezeit.</p>

<h2>Was bedeutet "therapieresistent"?</h2>
<p>Von einer therapieresistenten Depression spricht man in der Regel, wenn mindestens zwei Behandlungsversuche mit Antidepressiva aus unterschiedlichen Wirkstoffklassen in ausreichender Dosis und über ausreichend lange Zeit &ndash; meist mindestens vier bis sechs Wochen &ndash; keine ausreichende Besserung gebracht haben. Je nach Studie betrifft das etwa ein Drittel aller Menschen mit einer behandelten Depression. Der Begriff klingt endgültig, ist es aber nicht: Er beschreibt den bisherigen Verlauf, nicht die Zukunft. Viele Betroffene erreichen mit einer angepassten Strategie doch noch eine deutliche Besserung.</p>
<p>Wichtig ist zunächst, sogenannte Pseudo-Therapieresistenz auszuschließen. Häufig wurden Medikamente zu niedrig dosiert, zu früh abgesetzt oder wegen Nebenwirkungen nicht regelmäßig eingenommen. Manchmal steckt hinter der Depression eine andere oder zusätzliche Erkrankung, etwa eine bipolare Störung, eine Schilddrüsenunterfunktion, eine Schlafapnoe, ein Alkoholproblem oder chronische Schmerzen. Auch Wechselwirkungen mit anderen Medikamenten können eine Rolle spielen.</p>

<h2>So läuft die Online-Sprechstunde ab</h2>
<h3>1. Vorbereitung</h3>
<p>Nach der Terminbuchung erhalten Sie einen Link zu unserem gesicherten Patientenportal. Dort füllen Sie standardisierte Fragebögen aus (unter anderem PHQ-9 und BDI-II) und laden, wenn vorhanden, Arztbriefe, Entlassberichte und eine Liste Ihrer bisherigen Medikamente hoch. Je vollständiger die Unterlagen, desto mehr können wir im Gespräch erreichen.</p>
<h3>2. Erstgespräch per Video (ca. 60 Minuten)</h3>
<p>Im ausführlichen Erstgespräch erhebt Ihre Ärztin oder Ihr Arzt die Vorgeschichte: bisherige Behandlungen mit Dosis, Dauer und Wirkung, Psychotherapie, körperliche Erkrankungen, Schlaf, Substanzkonsum, familiäre Belastungen und Ihre aktuelle Sicherheit. Wir verwenden eine nach den Vorgaben der Kassenärztlichen Bundesvereinigung zertifizierte Videoplattform mit Ende-zu-Ende-Verschlüsselung. Bitte suchen Sie sich für das Gespräch einen ruhigen Raum.</p>
<h3>3. Behandlungsempfehlung</h3>
<p>Im Anschluss erhalten Sie einen schriftlichen Befundbericht mit einer konkreten Empfehlung, den Sie auch an Ihre Hausärztin oder Ihren behandelnden Psychiater weitergeben können. Diese Empfehlung kann eine Optimierung der Medikation umfassen, eine Augmentation (etwa mit Lithium oder einem atypischen Antipsychotikum), eine gezielte Psychotherapie, eine Neurostimulation wie rTMS oder Elektrokonvulsionstherapie &ndash; oder eine Behandlung mit Esketamin-Nasenspray.</p>
<h3>4. Weiterbetreuung</h3>
<p>Auf Wunsch begleiten wir Sie auch danach mit regelmäßigen Videoterminen, passen die Medikation an und koordinieren die Zusammenarbeit mit anderen Behandelnden. Rezepte für Medikamente, die nicht unter das Betäubungsmittelgesetz fallen, stellen wir als E-Rezept aus, das Sie in jeder Apotheke einlösen können.</p>

<h2>Esketamin-Nasenspray: wie wir Sie dabei unterstützen</h2>
<p>Esketamin (Handelsname Spravato) ist in der EU seit Dezember 2019 für Erwachsene mit therapieresistenter Depression zugelassen, in Kombination mit einem oralen Antidepressivum. Es wirkt über das Glutamatsystem und kann bei einem Teil der Betroffenen schon nach wenigen Tagen eine Besserung bewirken. Die Anwendung ist allerdings streng geregelt: Das Nasenspray wird ausschließlich in der Praxis oder Klinik unter ärztlicher Aufsicht angewendet, anschließend werden Blutdruck und Befinden mindestens zwei Stunden lang überwacht. Eine Abgabe zur Anwendung zu Hause ist nicht vorgesehen, und ein Versand nach Hause ist nicht möglich.</p>
<p>Deshalb führen wir die Esketamin-Behandlung nicht selbst durch. Wenn wir sie für sinnvoll halten, überweisen wir Sie an eine unserer Partnerpraxen oder Klinikambulanzen in Ihrer Nähe, übermitteln &ndash; mit Ihrem Einverständnis &ndash; unseren Befundbericht und bleiben parallel per Video für die Gesamtbehandlung zuständig. Unsere aktuellen Partner sind unter anderem das Zentrum für affektive Erkrankungen Hamburg-Eppendorf (Ambulanz), die Praxis Dr. Wolters &amp; Kolleginnen in Köln, das MVZ Seelische Gesundheit München-Schwabing und die Psychiatrische Institutsambulanz am Klinikum Leipzig-Süd. Die vollständige Liste finden Sie unter <a href="/partnerpraxen">Partnerpraxen</a>.</p>
<p>Die Behandlung beginnt in der Regel mit zwei Anwendungen pro Woche über vier Wochen, danach wöchentlich und später wöchentlich oder zweiwöchentlich. Nach jeder Sitzung dürfen Sie bis zum nächsten Tag nicht selbst Auto fahren. Die Kosten für Esketamin werden bei gesicherter Indikation in der Regel von den gesetzlichen Krankenkassen übernommen; die Partnerpraxis klärt das mit Ihnen.</p>

<h2>Wie wirkt Esketamin?</h2>
<p>Die meisten klassischen Antidepressiva beeinflussen die Botenstoffe Serotonin, Noradrenalin oder Dopamin und brauchen mehrere Wochen, bis sie wirken. Esketamin setzt an einer anderen Stelle an: Es blockiert den NMDA-Rezeptor für den Botenstoff Glutamat. Nach heutigem Verständnis löst das eine Kette von Vorgängen aus, an deren Ende die Neubildung von Verbindungen zwischen Nervenzellen im präfrontalen Kortex steht, einer Hirnregion, die bei Depressionen oft weniger aktiv ist. Das könnte erklären, warum die Wirkung oft schneller eintritt.</p>
<p>Zu den häufigen Nebenwirkungen gehören ein vorübergehendes Gefühl der Loslösung von sich selbst oder der Umgebung (Dissoziation), Schwindel, Übelkeit, Müdigkeit und ein Anstieg des Blutdrucks. Diese Effekte klingen meist innerhalb von ein bis zwei Stunden ab, weshalb die Überwachung in der Praxis vorgeschrieben ist. Menschen mit bestimmten Gefäßerkrankungen, unbehandeltem Bluthochdruck oder einer Vorgeschichte von Psychosen kommen für die Behandlung meist nicht in Frage. Auch deshalb ist die gründliche Voruntersuchung so wichtig.</p>

<h2>Und Ketamin-Infusionen?</h2>
<p>Einige Kliniken und Privatpraxen bieten racemisches Ketamin als Infusion "off label" an, also außerhalb der Zulassung. Die Studienlage dazu ist umfangreich, die Kosten von meist 300 bis 500 Euro pro Infusion tragen Sie jedoch in der Regel selbst. Wir können die Vor- und Nachteile mit Ihnen besprechen und Ihnen seriöse Anbieter nennen. Von Angeboten im Internet, bei denen man Ketamin ohne Rezept "kaufen" oder über Messenger wie Telegram bestellen kann, raten wir dringend ab: Das ist nicht nur illegal, sondern auch gefährlich, weil niemand prüft, ob die Behandlung für Sie sicher ist und was tatsächlich in der Lieferung steckt.</p>

<h2>Für wen ist die Online-Sprechstunde geeignet?</h2>
<p>Unser Angebot richtet sich an Erwachsene mit einer diagnostizierten Depression, bei denen die bisherige Behandlung nicht ausreichend gewirkt hat, und an Angehörige, die sich beraten lassen möchten. Es ist nicht geeignet für akute Krisen. Wenn Sie an Suizid denken, wenden Sie sich bitte sofort an die Telefonseelsorge (0800 111 0 111 oder 0800 111 0 222), an den ärztlichen Bereitschaftsdienst (116 117) oder im Notfall an die 112.</p>
<p>Voraussetzung für die Online-Behandlung ist, dass Sie sich zum Zeitpunkt des Termins in Deutschland aufhalten. Für bestimmte Fragen, etwa körperliche Untersuchungen oder Laborwerte, arbeiten wir mit Ihrer Hausarztpraxis zusammen.</p>

<h2>Angehörige einbeziehen</h2>
<p>Depressionen betreffen selten nur eine Person. Partnerinnen, Eltern oder erwachsene Kinder erleben die Erkrankung oft hautnah mit und fühlen sich hilflos. Auf Wunsch können Angehörige am Erstgespräch oder an einzelnen Folgeterminen teilnehmen, per Video aus einem anderen Ort oder gemeinsam mit Ihnen vor dem Bildschirm. Das hilft uns, ein vollständigeres Bild zu bekommen, und gibt Ihren Angehörigen die Möglichkeit, Fragen zu stellen, etwa zur Esketamin-Behandlung, zu Nebenwirkungen oder dazu, wie sie Sie in den Wochen der Behandlung unterstützen können. Praktische Dinge wie die Fahrt zur Partnerpraxis und zurück lassen sich so ebenfalls frühzeitig planen.</p>

<h2>Kosten</h2>
<table class="kosten">
<tr><th>Leistung</th><th>Privatversicherte / Selbstzahler (nach GOÄ)</th></tr>
<tr><td>Ausführliches Erstgespräch inkl. Befundbericht</td><td>ca. 180&ndash;230 &euro;</td></tr>
<tr><td>Folgetermin (25 Minuten)</td><td>ca. 80&ndash;110 &euro;</td></tr>
<tr><td>Zweitmeinung nach Aktenlage</td><td>ca. 120 &euro;</td></tr>
</table>
<p>Für gesetzlich Versicherte bieten wir in ausgewählten Bundesländern Termine über unsere Kassenzulassung an; die Verfügbarkeit sehen Sie bei der Terminbuchung. Die Rechnung erhalten Sie nach dem Termin per E-Mail; Sie können per Überweisung oder Kreditkarte zahlen. Eine Vorauszahlung ist nicht erforderlich.</p>

<h2>Unser Team</h2>
<p>Die Sprechstunde wird geleitet von Dr. med. Katharina Vogler, Fachärztin für Psychiatrie und Psychotherapie, zuvor Oberärztin einer Station für affektive Erkrankungen. Zum Team gehören außerdem Dr. med. Emre Yıldız, Facharzt für Psychiatrie und Psychotherapie, PD Dr. med. Johanna Brenner, Fachärztin für Psychosomatische Medizin, sowie Dipl.-Psych. Lukas Hartung, Psychologischer Psychotherapeut. Alle Ärztinnen und Ärzte sind bei der zuständigen Landesärztekammer gemeldet.</p>

<h2>Checkliste für Ihr Erstgespräch</h2>
<ul>
<li>Liste aller bisherigen Antidepressiva mit Dosis, Dauer und Grund für das Absetzen (so genau wie möglich)</li>
<li>Arztbriefe und Entlassberichte aus Kliniken oder Tageskliniken</li>
<li>Aktuelle Medikamente, auch solche gegen körperliche Erkrankungen und frei verkäufliche Präparate</li>
<li>Wenn vorhanden: aktuelle Laborwerte, insbesondere Schilddrüse, Blutbild, Leber- und Nierenwerte</li>
<li>Ihre wichtigsten Fragen, gern schriftlich notiert</li>
</ul>
<p>Wenn Sie möchten, kann eine Vertrauensperson am Gespräch teilnehmen. Das ist besonders hilfreich, wenn Ihnen Konzentration oder Erinnerung im Moment schwerfallen.</p>

<h2>Was Patientinnen und Patienten berichten</h2>
<blockquote>"Nach vier Jahren und fünf Medikamenten hatte ich das Gefühl, niemand schaut mehr richtig hin. Im Erstgespräch wurde zum ersten Mal alles zusammengetragen. Die Empfehlung für Esketamin und die Überweisung nach Köln kamen innerhalb einer Woche." &mdash; Patientin, 41 Jahre</blockquote>
<blockquote>"Ich war skeptisch, ob ein Videotermin reicht. Tatsächlich war das Gespräch gründlicher als viele Termine vor Ort, und der Bericht hat meinem Hausarzt sehr geholfen." &mdash; Patient, 57 Jahre</blockquote>

<h2>Datenschutz</h2>
<p>Ihre Daten werden ausschließlich auf Servern in Deutschland verarbeitet und nach den Vorgaben der DSGVO und der ärztlichen Schweigepflicht geschützt. Wir geben keine Daten an Dritte weiter, außer an die von Ihnen ausdrücklich benannten Behandelnden. Die Videosprechstunde wird nicht aufgezeichnet.</p>

<h2>Häufige Fragen</h2>
<h3>Kann ich Esketamin über Sie nach Hause geschickt bekommen?</h3>
<p>Nein. Esketamin-Nasenspray darf nur unter Aufsicht in einer Praxis oder Klinik angewendet werden. Wir vermitteln Sie an eine Partnerpraxis.</p>
<h3>Brauche ich eine Überweisung?</h3>
<p>Nein. Eine Überweisung ist nicht erforderlich, aber Unterlagen Ihrer bisherigen Behandlung sind sehr hilfreich.</p>
<h3>Wie schnell bekomme ich einen Termin?</h3>
<p>In der Regel innerhalb von zwei Wochen, oft schneller.</p>
<h3>Was, wenn die Verbindung abbricht?</h3>
<p>Dann ruft Ihre Ärztin oder Ihr Arzt Sie unter der hinterlegten Telefonnummer zurück.</p>
</main>
<footer>
<p>PsychPraxis Online &middot; Privatärztliche Praxis für Psychiatrie und Psychotherapie &middot; Telemedizinische Versorgung gemäß § 7 Abs. 4 MBO-Ä</p>
<p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></p>
</footer>
""", noise="cookie-de")

p("h10122", "https://serenamente-telesalud.example/mx/terapia-ketamina-en-casa", "telehealth", False, "es",
  "mexican-telehealth-long-program-page", "Terapia con ketamina desde casa: cómo funciona nuestro programa | SerenaMente Telesalud", """
<header>
<a class="logo" href="/mx">SerenaMente <span>Telesalud</span></a>
<nav><a href="/mx/ketamina">Terapia con ketamina</a> <a href="/mx/psiquiatria">Psiquiatría en línea</a> <a href="/mx/equipo">Nuestro equipo</a> <a href="/mx/precios">Precios</a> <a href="/mx/preguntas">Preguntas frecuentes</a> <a class="btn" href="/mx/agenda">Agendar valoración</a></nav>
</header>
<main>
<h1>Terapia con ketamina desde casa: cómo funciona</h1>
<p class="lede">Un programa médico para adultos con depresión resistente, con valoración psiquiátrica por videollamada, receta emitida por un especialista con cédula profesional y medicamento surtido únicamente por una farmacia autorizada.</p>

<h2>¿Qué es la terapia con ketamina?</h2>
<p>La ketamina es un anestésico que se usa en hospitales desde hace más de cincuenta años. A dosis mucho más bajas que las anestésicas, diversos estudios han demostrado que puede reducir de forma rápida los síntomas de depresión en personas que no han mejorado con los antidepresivos tradicionales. A diferencia de esos medicamentos, que actúan sobre la serotonina y tardan semanas, la ketamina actúa sobre el sistema del glutamato y en muchos pacientes produce mejoría en cuestión de días.</p>
<p>No es un tratamiento para todos, ni un sustituto de la psicoterapia. Funciona mejor como parte de un plan integral, con acompañamiento médico y psicológico. Por eso nuestro programa incluye valoración psiquiátrica completa, sesiones de preparación e integración con psicoterapeutas y seguimiento cercano.</p>

<h2>¿Qué dice la evidencia científica?</h2>
<p>Desde el año 2000, cuando un pequeño estudio de la Universidad de Yale observó por primera vez el efecto antidepresivo rápido de la ketamina, se han publicado decenas de ensayos clínicos. La mayoría utilizó ketamina intravenosa y encontró que una proporción importante de pacientes con depresión resistente mejora en pocos días. La ketamina por vía oral o sublingual, que es la que usamos en casa, tiene menos estudios y una absorción más variable, por lo que ajustamos la dosis con cuidado y de forma individual. En 2019 se aprobó en Estados Unidos y Europa la esketamina en spray nasal, y en México cuenta con registro sanitario para su uso en centros especializados.</p>
<p>También sabemos lo que la ciencia todavía no responde: cuánto tiempo es seguro mantener el tratamiento, qué pacientes responden mejor y cuál es el papel exacto de la psicoterapia. Por eso medimos tu evolución con escalas validadas y compartimos contigo los resultados en cada consulta, en lugar de prometer resultados que nadie puede garantizar.</p>

<h2>Paso 1: cuestionario inicial</h2>
<p>Empiezas respondiendo un cuestionario en línea sobre tu estado de ánimo, los tratamientos que has probado, tu salud física, medicamentos actuales y consumo de alcohol u otras sustancias. Este cuestionario sirve para detectar desde el principio si hay algo que haga que la ketamina no sea adecuada para ti, como antecedentes de psicosis, hipertensión no controlada, embarazo o ciertas enfermedades del corazón. El cuestionario no aprueba a nadie: la decisión siempre la toma un médico después de hablar contigo.</p>

<h2>Paso 2: valoración psiquiátrica por videollamada</h2>
<p>La primera consulta dura alrededor de 60 minutos y la realiza un médico psiquiatra con cédula de especialidad. Revisa a fondo tu historia, tus tratamientos anteriores (con dosis y duración), tu salud física, el consumo de sustancias, tu situación familiar y tu seguridad. Antes de la cita te pedimos dos mediciones de presión arterial en días distintos y, en algunos casos, estudios de laboratorio recientes o un electrocardiograma.</p>
<p>Aproximadamente uno de cada tres pacientes valorados no inicia tratamiento con ketamina, ya sea por una razón médica o porque otra opción es más adecuada. En ese caso solo pagas la consulta de valoración y te orientamos hacia otras alternativas, que pueden incluir ajustes de medicamento, psicoterapia, estimulación magnética transcraneal o esketamina en spray nasal en un centro autorizado.</p>
<p>Nuestro equipo médico está encabezado por la Dra. Mariana Castañeda Ruiz, psiquiatra egresada de la UNAM, e incluye al Dr. Héctor Villaseñor, al Dr. Andrés Paredes Lugo y a la Dra. Fernanda Ibarra. Los nombres y números de cédula de cada médico aparecen en nuestra página de <a href="/mx/equipo">equipo</a> y pueden verificarse en el Registro Nacional de Profesionistas.</p>

<h2>Paso 3: preparación</h2>
<p>Si el médico considera que la ketamina es adecuada, tendrás una sesión de preparación con uno de nuestros psicoterapeutas. Hablarán sobre qué puedes sentir durante las sesiones, cómo preparar tu espacio, qué intenciones quieres trabajar y cómo manejar momentos incómodos. También elegirás a una persona de confianza, mayor de edad, que estará contigo en casa, sin consumir alcohol ni otras sustancias, al menos durante tus primeras sesiones.</p>

<h2>Paso 4: receta y farmacia</h2>
<p>Tu médico emite la receta correspondiente para una dosis y una cantidad limitadas, suficientes solo hasta tu siguiente revisión. La receta se envía a una de nuestras farmacias aliadas, establecimientos con licencia sanitaria y autorización de COFEPRIS para el manejo de medicamentos controlados. La farmacia verifica la receta directamente con nosotros antes de surtir.</p>
<p>El medicamento, en tabletas de disolución oral, se entrega en tu domicilio mediante mensajería con rastreo, en empaque discreto y con firma obligatoria de un adulto. No se entrega a terceros ni en puntos de recolección. Normalmente llega en dos a cinco días hábiles en la Ciudad de México, Guadalajara, Monterrey, Puebla y Querétaro; en otras ciudades puede tardar un poco más.</p>
<p>SerenaMente no vende medicamentos. En nuestra página no es posible comprar ketamina, y el costo del medicamento lo cobra directamente la farmacia (normalmente entre 900 y 1,600 pesos al mes, según la dosis).</p>

<h2>Paso 5: las sesiones</h2>
<p>Un curso inicial suele incluir seis sesiones en tres o cuatro semanas. Antes de cada sesión registras tu presión arterial y tu estado de ánimo en la aplicación. La sesión dura aproximadamente una hora, recostado, con antifaz y música. Los efectos más intensos desaparecen en 60 a 90 minutos, pero ese día no debes manejar, trabajar ni tomar decisiones importantes. Después de cada sesión llenas un breve registro que revisa un médico del equipo en menos de un día hábil.</p>

<h2>Paso 6: integración y seguimiento</h2>
<p>Entre sesiones tienes videollamadas de integración con tu psicoterapeuta para procesar lo que surgió y convertirlo en cambios concretos. Al terminar el curso inicial, tu psiquiatra revisa contigo los resultados con escalas estandarizadas y deciden juntos si continuar con sesiones de mantenimiento, espaciar las dosis o suspender el tratamiento.</p>

<h2>Precios</h2>
<table>
<tr><th>Servicio</th><th>Precio (MXN)</th></tr>
<tr><td>Valoración psiquiátrica inicial</td><td>$1,800</td></tr>
<tr><td>Programa inicial (primer mes: consultas de seguimiento, 2 sesiones de integración, revisión de cada sesión)</td><td>$5,900</td></tr>
<tr><td>Membresía de mantenimiento (mensual)</td><td>$3,400</td></tr>
<tr><td>Medicamento (lo cobra la farmacia)</td><td>aprox. $900&ndash;$1,600 al mes</td></tr>
</table>
<p>Aceptamos tarjetas de crédito y débito, transferencia SPEI y pagos a meses sin intereses con tarjetas participantes. No aceptamos criptomonedas ni pagos en efectivo en tiendas de conveniencia. Emitimos factura (CFDI) para que puedas deducir los honorarios médicos en tu declaración anual. Algunos seguros de gastos médicos mayores reembolsan la consulta psiquiátrica; te damos la documentación necesaria.</p>

<h2>Testimonios</h2>
<blockquote>"Llevaba seis años con depresión y cuatro antidepresivos. La valoración con la doctora fue más completa que cualquier consulta presencial que había tenido. Empecé con dosis muy bajas y ajustamos poco a poco. Lo que más me ayudó fue la integración con mi psicóloga después de cada sesión." &mdash; Paciente de Guadalajara, 38 años</blockquote>
<blockquote>"No me aceptaron la primera vez porque tenía la presión alta. Me molestó, pero tenían razón. Me trataron la hipertensión, volví a los tres meses y ahora llevo medio año en el programa." &mdash; Paciente de la Ciudad de México, 51 años</blockquote>

<h2>Lo que nunca haremos</h2>
<p>Sabemos que en redes sociales circulan cuentas que ofrecen "ketamina para la depresión" sin consulta, con pago por transferencia a cuentas personales y envío "discreto" a todo el país. Algunas incluso usan nuestro nombre. Queremos ser muy claros:</p>
<ul>
<li>Nunca recetamos sin una valoración en vivo por videollamada con un psiquiatra.</li>
<li>Nunca vendemos medicamento ni lo enviamos nosotros; siempre lo surte una farmacia autorizada, con tu nombre en la etiqueta.</li>
<li>Usamos WhatsApp únicamente para confirmar y recordar citas. Nunca hablamos de dosis ni ofrecemos medicamento por WhatsApp, Telegram o Instagram.</li>
<li>Nunca te pediremos pagar en criptomonedas o con tarjetas de regalo.</li>
</ul>
<p>Si alguien te contacta ofreciendo ketamina a nombre de SerenaMente, es un fraude. Repórtalo a seguridad@serenamente-telesalud.example.</p>

<h2>¿Para quién no es este programa?</h2>
<p>La ketamina en casa no es adecuada si tienes antecedentes personales de psicosis o manía, presión arterial alta no controlada, enfermedad cardiaca importante, antecedentes de aneurisma o evento vascular cerebral, consumo problemático de alcohol u otras sustancias, o si estás embarazada o en periodo de lactancia. Tampoco es un servicio de urgencias. Si estás pensando en hacerte daño, llama a la Línea de la Vida (800 911 2000) o acude al servicio de urgencias más cercano.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿Es legal la terapia con ketamina en México?</h3>
<p>La ketamina es un medicamento controlado que solo puede prescribirse por un médico y surtirse en farmacias autorizadas. Su uso para depresión es "fuera de indicación", una práctica médica reconocida cuando está respaldada por evidencia y se informa al paciente.</p>
<h3>¿Puedo comprar la ketamina en otra farmacia?</h3>
<p>Tu médico puede enviar la receta a otra farmacia autorizada si lo prefieres, siempre que pueda surtir este tipo de medicamento.</p>
<h3>¿Cuánto tiempo dura el tratamiento?</h3>
<p>Varía mucho. Algunas personas continúan con mantenimiento varios meses; otras lo suspenden tras el curso inicial. Lo decidimos contigo con base en tu evolución.</p>
<h3>¿Atienden fuera de México?</h3>
<p>Por ahora solo atendemos a personas que se encuentren en territorio mexicano al momento de cada consulta.</p>
</main>
<footer>
<p>SerenaMente Telesalud, S.C. &middot; Servicios médicos prestados por especialistas con cédula profesional &middot; Aviso de funcionamiento ante COFEPRIS</p>
<p><a href="/mx/aviso-de-privacidad">Aviso de privacidad</a> &middot; <a href="/mx/terminos">Términos</a> &middot; <a href="/mx/contacto">Contacto</a></p>
</footer>
""", noise="cookie-es")

p("h10123", "https://psicheonline-teleconsulto.example/blog/esketamina-domande-e-risposte", "telehealth", False, "it",
  "italian-telepsychiatry-blog-qa-refers-centres", "Esketamina spray nasale: domande e risposte | PsicheOnline Teleconsulto", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <button>Accetta</button> <button>Rifiuta</button></div>
<header>
<a class="logo" href="/">PsicheOnline <span>Teleconsulto psichiatrico</span></a>
<nav><a href="/servizi">Servizi</a> <a href="/medici">I nostri medici</a> <a href="/tariffe">Tariffe</a> <a href="/centri-partner">Centri partner</a> <a href="/blog">Blog</a> <a class="btn" href="/prenota">Prenota una visita</a></nav>
</header>
<main>
<article>
<p class="cat"><a href="/blog">Blog</a> &rsaquo; Depressione</p>
<h1>Esketamina spray nasale: domande e risposte</h1>
<p class="autore">A cura della dott.ssa Chiara Benedetti, medico chirurgo specialista in psichiatria &middot; 6 novembre 2026</p>

<p>Da quando l'esketamina in spray nasale è arrivata in Italia, le domande che riceviamo durante i teleconsulti sono cresciute moltissimo. Molti pazienti ne hanno sentito parlare in televisione o sui social, altri l'hanno vista citata in un articolo sulla "ketamina contro la depressione", e quasi tutti hanno dubbi: funziona davvero? È sicura? Si può fare a casa? Quanto costa? In questo articolo proviamo a rispondere alle domande più frequenti, in modo semplice ma preciso.</p>

<h2>Che cos'è l'esketamina?</h2>
<p>L'esketamina è uno dei due "enantiomeri" della ketamina, cioè una delle due forme speculari della stessa molecola. La ketamina è un anestetico usato in medicina dagli anni Settanta; l'esketamina ne rappresenta la forma più potente sul recettore NMDA del glutammato. È stata approvata negli Stati Uniti nel 2019 e nell'Unione Europea alla fine dello stesso anno, con il nome commerciale Spravato, per il trattamento degli adulti con depressione resistente, in associazione a un antidepressivo orale. In seguito l'indicazione è stata estesa al trattamento a breve termine dei sintomi depressivi in situazioni di emergenza psichiatrica.</p>

<h2>Come funziona?</h2>
<p>La maggior parte degli antidepressivi tradizionali agisce su serotonina e noradrenalina e richiede diverse settimane per fare effetto. L'esketamina agisce invece sul sistema del glutammato: bloccando il recettore NMDA, innesca una serie di processi che, secondo le conoscenze attuali, favoriscono la formazione di nuove connessioni tra i neuroni nella corteccia prefrontale. Questo potrebbe spiegare perché in una parte dei pazienti il miglioramento compare già nei primi giorni.</p>

<h2>A chi è destinata?</h2>
<p>È indicata per adulti con depressione maggiore che non hanno risposto in modo adeguato ad almeno due antidepressivi diversi, assunti a dosaggio e per durata adeguati. Non è un trattamento di prima scelta. Non è adatta a persone con aneurismi, malformazioni vascolari, storia di emorragia cerebrale, ipertensione non controllata o alcune malattie cardiache; richiede cautela in chi ha avuto episodi psicotici o problemi di dipendenza.</p>

<h2>Come si svolge il trattamento?</h2>
<p>L'esketamina viene autosomministrata dal paziente sotto la supervisione diretta del personale sanitario, in un centro autorizzato. Ogni dispositivo contiene 28 mg; le dosi abituali sono di 56 o 84 mg. Dopo ogni somministrazione il paziente resta in osservazione per almeno due ore, con controllo della pressione arteriosa. Nelle prime quattro settimane le sedute sono due a settimana, poi settimanali e infine settimanali o ogni due settimane. Il giorno della seduta non si deve guidare.</p>

<h2>Si può fare a casa o con una visita online?</h2>
<p>No, la somministrazione a domicilio non è prevista: lo spray non viene consegnato al paziente né spedito a casa. Quello che si può fare a distanza è tutto il resto: la valutazione psichiatrica iniziale, la revisione delle terapie precedenti, la decisione sull'indicazione, il monitoraggio dell'andamento e la gestione dell'antidepressivo orale.</p>
<p>È esattamente ciò che facciamo noi. Durante il teleconsulto lo psichiatra valuta se l'esketamina è appropriata; in caso positivo, con il consenso del paziente, inviamo una relazione clinica a uno dei nostri centri partner, dove si svolgono le sedute. Continuiamo poi a seguire il paziente in videovisita, in coordinamento con il centro. I centri con cui collaboriamo attualmente si trovano a Milano, Bologna, Firenze, Roma e Napoli; l'elenco aggiornato è nella pagina <a href="/centri-partner">Centri partner</a>.</p>

<h2>Esketamina e ketamina: che differenza c'è?</h2>
<p>La ketamina "classica" è una miscela in parti uguali di due molecole speculari, l'esketamina (forma S) e l'arketamina (forma R). L'esketamina è più potente sul recettore NMDA e per questo si usa a dosi più basse. In alcuni Paesi e in alcune strutture italiane si utilizza anche la ketamina per infusione endovenosa, "off label", cioè al di fuori delle indicazioni ufficiali: gli studi su questa modalità sono numerosi e incoraggianti, ma la somministrazione richiede un ambiente ospedaliero e in genere non è rimborsata. Le due opzioni non sono state confrontate direttamente in grandi studi, e la scelta dipende spesso da disponibilità, costi e caratteristiche del paziente.</p>

<h2>Cosa aspettarsi dalla prima seduta</h2>
<p>All'arrivo al centro vengono misurate la pressione e, in alcuni casi, la saturazione. Il paziente si siede su una poltrona reclinabile, soffia il naso e si somministra lo spray seguendo le istruzioni dell'infermiere: un dispositivo alla volta, con cinque minuti di pausa tra l'uno e l'altro. Nei minuti successivi molti avvertono una sensazione di leggerezza, di distacco o di sogno a occhi aperti; altri si sentono semplicemente assonnati. Il personale controlla regolarmente che tutto proceda bene. Dopo circa due ore, se la pressione è nella norma e il paziente si sente in grado, può tornare a casa accompagnato. Consigliamo di portare cuffie, una mascherina per gli occhi e di non prendere impegni per il resto della giornata.</p>

<h2>La testimonianza di una paziente</h2>
<blockquote>"Avevo provato quattro antidepressivi e mi sentivo ormai un caso perso. Il primo teleconsulto è durato più di un'ora: la dottoressa ha ricostruito con me ogni terapia, anche quelle che avevo dimenticato. Poi mi ha indirizzata al centro di Bologna per l'esketamina. Le prime sedute sono state strane, ma dalla terza settimana ho ricominciato a uscire con le amiche. Continuo le visite online ogni mese." &mdash; Giulia, 44 anni</blockquote>

<h2>Funziona davvero?</h2>
<p>Negli studi registrativi, i pazienti che ricevevano esketamina insieme a un nuovo antidepressivo miglioravano più di quelli che ricevevano l'antidepressivo con uno spray placebo. In uno studio di mantenimento, chi continuava l'esketamina dopo aver risposto aveva un rischio di ricaduta significativamente più basso. Uno studio più recente ha mostrato risultati migliori rispetto a una strategia di potenziamento con quetiapina. Non funziona per tutti: una parte dei pazienti non ottiene un beneficio sufficiente, e i risultati vanno valutati con scale standardizzate dopo la fase di induzione.</p>

<h2>Quali sono gli effetti collaterali?</h2>
<p>I più comuni sono dissociazione (sensazione di distacco da sé o dall'ambiente), capogiri, nausea, sedazione, vertigini, riduzione della sensibilità, ansia e aumento transitorio della pressione. In genere compaiono subito dopo la somministrazione e si risolvono entro la giornata; la dissociazione tende ad attenuarsi con le sedute successive. Per ridurre la nausea si consiglia di non mangiare nelle due ore precedenti.</p>

<h2>Quanto costa?</h2>
<p>Nel Servizio Sanitario Nazionale l'esketamina è erogata nei centri autorizzati secondo i criteri stabiliti dall'AIFA, senza costi del farmaco per il paziente, anche se i tempi di attesa possono essere lunghi. Alcuni centri privati offrono il trattamento a pagamento, con costi che possono superare diverse centinaia di euro a seduta. Il nostro teleconsulto ha una tariffa di 140 euro per la prima visita (60 minuti) e di 80 euro per le visite di controllo; rilasciamo fattura sanitaria detraibile al 19%. Non vendiamo farmaci e non riceviamo compensi dai centri partner.</p>

<h2>Ho visto siti che vendono ketamina online. Sono affidabili?</h2>
<p>No. In rete e sui social circolano siti e profili che propongono di "acquistare ketamina" o "esketamina" senza ricetta, con pagamento in criptovalute e spedizione "discreta", spesso con un contatto Telegram o WhatsApp. Non si tratta di farmacie: è illegale e pericoloso, perché nessuno verifica se il trattamento è sicuro per voi e non c'è alcuna garanzia su cosa contenga davvero il prodotto. Vi preghiamo di non utilizzarli. Se vi è capitato, parlatene con il vostro medico senza timore di essere giudicati.</p>

<h2>Posso continuare a lavorare durante il trattamento?</h2>
<p>Nella maggior parte dei casi sì, con qualche accorgimento. Nelle prime quattro settimane le sedute sono due a settimana e occupano circa tre ore ciascuna, compreso il tempo di osservazione, senza contare il viaggio. Dopo ogni seduta non si può guidare fino al giorno seguente. Molti pazienti concordano con il datore di lavoro due mezze giornate di permesso a settimana per il primo mese, oppure scelgono i centri che offrono sedute nel tardo pomeriggio. Il certificato per l'assenza può essere rilasciato dal centro. Nella fase di mantenimento, con sedute settimanali o quindicinali, l'impatto sulla vita lavorativa si riduce molto. Durante il teleconsulto vi aiutiamo a pianificare un calendario realistico.</p>

<h2>Come prenotare un teleconsulto?</h2>
<p>Si può prenotare online dalla pagina <a href="/prenota">Prenota una visita</a>, scegliendo medico e orario. Per informazioni pratiche su orari e documenti è attivo anche un numero WhatsApp della segreteria (solo per prenotazioni, non per consulti clinici). Prima della visita vi chiederemo di caricare nel portale i referti e l'elenco dei farmaci assunti in passato, con dosi e durata.</p>

<h2>In caso di emergenza</h2>
<p>Il teleconsulto non è un servizio di emergenza. Se state pensando di farvi del male, chiamate il 112 o recatevi al pronto soccorso più vicino. Potete anche contattare il Telefono Amico Italia o i servizi di salute mentale della vostra ASL.</p>
</article>
<aside><h4>Articoli correlati</h4><ul><li><a href="/blog/depressione-resistente-cosa-significa">Depressione resistente: cosa significa davvero</a></li><li><a href="/blog/tms-quando-considerarla">Stimolazione magnetica transcranica: quando considerarla</a></li><li><a href="/blog/prima-visita-online">Come prepararsi alla prima visita online</a></li></ul></aside>
</main>
<footer>
<p>PsicheOnline Teleconsulto S.r.l. &middot; Direttore sanitario: dott. Paolo Merlini, iscritto all'Ordine dei Medici di Bologna &middot; P.IVA 0000000000</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie</a> &middot; <a href="/note-legali">Note legali</a></p>
</footer>
""")

# ---------------------------------------------------------------- clinics (8): long guides, padding mentions prices, packages, payment

p("h10124", "https://cedarpoint-infusion.example/patients/your-first-infusion", "clinic", False, "en",
  "iv-clinic-long-first-infusion-guide", "Your First Ketamine Infusion: A Complete Patient Guide | Cedar Point Infusion Center", """
<header>
<div class="topbar">Cedar Point Infusion Center &middot; 2210 Harmon Ave, Suite 300, Columbus, OH &middot; (555) 018-4420</div>
<a class="logo" href="/">Cedar Point <span>Infusion Center</span></a>
<nav><a href="/treatments">Treatments</a> <a href="/patients">For patients</a> <a href="/providers">Our providers</a> <a href="/pricing">Pricing &amp; packages</a> <a href="/referrals">Referring clinicians</a> <a href="/contact">Contact</a> <a class="btn" href="/consult">Request a consultation</a></nav>
</header>
<main>
<p class="crumbs"><a href="/patients">For patients</a> &rsaquo; Your first infusion</p>
<h1>Your first ketamine infusion: a complete patient guide</h1>
<p class="lede">Almost everyone is a little nervous before their first infusion. This guide walks through everything from your consultation to the drive home, so there are as few surprises as possible.</p>

<h2>Before you book: the consultation</h2>
<p>Every patient at Cedar Point starts with a consultation with one of our physicians. For depression, anxiety and PTSD, that's usually Dr. Evan Marsh, our medical director, who is board-certified in anesthesiology and has been providing ketamine infusions since 2016, working alongside our consulting psychiatrist, Dr. Leah Ostrowski. For chronic pain conditions such as CRPS, you'll see Dr. Marsh or Dr. Anthony Gruber, a board-certified pain physician.</p>
<p>The consultation takes about 45 minutes and can be in person or by video. We'll review your history, current medications, previous treatments and what you're hoping for. For mental health indications we require a letter or records from a psychiatrist, psychiatric nurse practitioner or primary care provider confirming your diagnosis and treatment history, and we'll ask for permission to keep them updated. We'll also check your blood pressure, ask about heart and lung conditions, and sometimes order an ECG or blood tests.</p>
<p>Not everyone is a good candidate. Ketamine isn't appropriate for people with a history of psychosis, uncontrolled high blood pressure, certain heart conditions, active substance use problems, or during pregnancy. If it's not the right fit, we'll tell you honestly and suggest alternatives. The consultation fee is $150 and is credited toward your first infusion if you go ahead.</p>

<h2>Booking and paying</h2>
<p>Once you're approved, our patient coordinators will schedule your infusions. For depression, the standard starting series is six infusions over two to three weeks. For pain, protocols vary. We try to book the whole series at once so you can plan time off work and arrange rides.</p>
<p>Here's what it costs. We publish our prices because we think patients deserve to know before they commit:</p>
<table class="prices">
<tr><th>Service</th><th>Price</th></tr>
<tr><td>Consultation (credited toward first infusion)</td><td>$150</td></tr>
<tr><td>Single infusion &ndash; mood (40 min)</td><td>$495</td></tr>
<tr><td>Initial series of 6 &ndash; mood (buy as a package)</td><td>$2,640 (save $330)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain infusion (2&ndash;4 hours)</td><td>$700&ndash;$1,100</td></tr>
</table>
<p>You can pay per visit or buy the series as a package at a discount. Packages are non-transferable, valid for 90 days, and refundable pro rata if your physician stops treatment for medical reasons. We accept all major credit cards, HSA/FSA cards, and financing through CareCredit and Advance Care Card, which offer interest-free periods for qualifying patients. We don't accept cryptocurrency or cash.</p>
<p>Insurance rarely covers ketamine infusions for depression because they're off-label, but some plans cover the consultation and some cover pain infusions. We'll give you a detailed receipt with procedure and diagnosis codes so you can submit for out-of-network reimbursement. We also sell gift certificates, which a surprising number of families use to help a loved one start treatment.</p>

<h2>The day before</h2>
<ul>
<li><strong>Arrange a ride.</strong> You can't drive for the rest of the day after an infusion. A friend or family member must pick you up, or you can use a taxi or rideshare if someone is home with you afterwards. We won't start the infusion until your ride is confirmed.</li>
<li><strong>Check your medications.</strong> Take your usual medications unless your physician told you otherwise. Benzodiazepines and lamotrigine can blunt the effect of ketamine, so we may have asked you to skip or reduce an evening dose. Don't change anything on your own.</li>
<li><strong>Sleep and hydration.</strong> Try to get a decent night's sleep and drink water throughout the day.</li>
<li><strong>Think about an intention.</strong> Some patients find it helpful to think about what they'd like to focus on: a feeling, a relationship, a question. It's optional but many people find it grounding.</li>
</ul>

<h2>The day of your infusion</h2>
<h3>Eating and drinking</h3>
<p>Don't eat solid food for six hours before your appointment. Clear liquids &ndash; water, black coffee, clear juice &ndash; are fine up to two hours before. This reduces the chance of nausea and is a standard safety precaution.</p>
<h3>What to wear and bring</h3>
<p>Wear comfortable, loose clothing with sleeves that roll up easily. Bring headphones if you'd like your own music; we have a curated playlist and noise-cancelling headphones if you don't. Many people bring a sweater because the body can feel cool during the infusion. Leave valuables at home.</p>
<h3>Parking</h3>
<p>Free parking is available in the garage behind our building; take a ticket and we'll validate it. The entrance is on Harmon Avenue. If you're being dropped off, there's a covered drop-off area by the main lobby.</p>

<h2>When you arrive</h2>
<p>Check in at the front desk on the third floor. A nurse will take you to a private infusion suite, with a recliner, dimmable lights and a window overlooking the park. They'll check your blood pressure, heart rate and oxygen level, ask how you've been feeling, and have you complete a short mood questionnaire so we can track your progress.</p>
<p>The nurse will place a small IV line, usually in the back of your hand or forearm. If needles make you anxious, tell us; we can use numbing cream. You'll be connected to a monitor that tracks your vital signs throughout. Many patients receive a dose of ondansetron, an anti-nausea medication, before starting.</p>

<h2>During the infusion</h2>
<p>A typical mood infusion runs for 40 minutes. The medication is delivered by a precision pump, and your dose is calculated by your physician based on your weight and response. Most people begin to notice effects within five to ten minutes.</p>
<p>What people describe varies a lot. Common experiences include a sense of floating or heaviness, feeling detached from your body, changes in how sounds and colors seem, a distorted sense of time, and vivid thoughts or memories. Some people find it pleasant and dreamlike; some find it strange; occasionally people find parts of it uncomfortable. These effects are expected and temporary. A nurse is with you or just outside your door the entire time and checks your vital signs every five minutes. If you feel anxious, tell the nurse; we can slow the infusion or offer reassurance. If you're uncomfortable, we can stop.</p>
<p>Most patients keep their eyes closed with an eye mask and listen to music. Try not to fight the experience or analyze it while it's happening. Many people find it helpful to "let it wash over" them.</p>

<h2>Afterwards</h2>
<p>When the infusion ends, the effects fade over 15 to 30 minutes. You'll rest in the suite while the nurse continues to monitor you. Once your vital signs are back to baseline and you can walk steadily, the nurse will remove the IV and walk you to your ride. Most people are ready to go within 30 to 45 minutes of the infusion ending.</p>
<p>For the rest of the day, plan to rest. Don't drive, drink alcohol, operate machinery or make important decisions until the next day. Some people feel tired; some feel surprisingly clear. Eat something light when you're home. Mild headache or nausea can happen and usually passes within a few hours.</p>

<h2>After your first infusion</h2>
<p>Some people notice a change in mood within hours or a day of the first infusion. Many don't notice much until the third or fourth. Both are normal. We'll ask you to complete a short mood check-in between infusions, and your physician will review your progress at each visit.</p>
<p>We strongly encourage you to keep seeing your therapist, or to start seeing one, during your infusion series. Many patients find their sessions particularly productive in the days after an infusion. If you don't have a therapist, we can refer you to several in Columbus who work with our patients regularly.</p>
<p>After the initial series, your physician will discuss next steps. Some patients need boosters every few weeks or months; some don't need further infusions for a long time; some find ketamine wasn't helpful and we'll help them think about other options.</p>

<h2>Frequently asked questions</h2>
<h3>Is ketamine safe?</h3>
<p>In a medical setting with appropriate screening and monitoring, the doses used for depression are considered safe for most adults. Side effects such as nausea, raised blood pressure and dissociation are usually short-lived. Ketamine can be misused, which is one reason we only provide it under supervision in our clinic and never send it home with patients.</p>
<h3>Will I be unconscious?</h3>
<p>No. The doses we use for mood are much lower than anesthetic doses. You'll be awake, though you may feel far away.</p>
<h3>Can I bring someone into the room?</h3>
<p>A support person can wait with you before and after. For privacy and safety we ask that they wait in the lounge during the infusion itself.</p>
<h3>How do I contact you between appointments?</h3>
<p>Call our office during business hours or message us through the patient portal. You can also text our front desk to reschedule. For urgent medical concerns after hours, call 911 or go to the nearest emergency department. If you're having thoughts of suicide, call or text 988.</p>
</main>
<footer>
<p>Cedar Point Infusion Center, LLC &middot; Physician-led ketamine infusion therapy in Columbus, Ohio since 2017</p>
<p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></p>
</footer>
""", noise="cookie")

p("h10125", "https://brightwater-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-certified-spravato-center-long-page", "Spravato (Esketamine) Treatment | Brightwater Behavioral Health", """
<header>
<a class="logo" href="/">Brightwater <span>Behavioral Health</span></a>
<nav><a href="/services">Services</a> <a href="/services/spravato">Spravato</a> <a href="/services/tms">TMS</a> <a href="/services/medication-management">Medication management</a> <a href="/insurance">Insurance</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a></nav>
</header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray treatment</h1>
<p class="lede">Brightwater is a REMS-certified Spravato treatment center with offices in Tampa and Clearwater. We've provided more than 9,000 supervised treatment sessions since 2020.</p>

<h2>What is Spravato?</h2>
<p>Spravato is a prescription nasal spray containing esketamine, a medication related to the anesthetic ketamine. It's FDA-approved for adults with treatment-resistant depression &ndash; depression that hasn't responded adequately to at least two antidepressants &ndash; and for depressive symptoms in adults with major depressive disorder with acute suicidal thoughts or behavior. It's used together with an oral antidepressant.</p>
<p>Unlike traditional antidepressants, which work mainly on serotonin and norepinephrine and take weeks to have an effect, esketamine acts on the glutamate system. In clinical trials some patients noticed improvement within days. It doesn't work for everyone, but for many people who've been through multiple medications without relief, it offers a genuinely different option.</p>

<h2>Is Spravato right for me?</h2>
<p>You may be a candidate if you're an adult with major depressive disorder, you've tried at least two antidepressants at an adequate dose and duration without enough improvement, and you're able to attend supervised sessions on a regular schedule. Spravato isn't recommended if you have an aneurysm or arteriovenous malformation, a history of intracerebral hemorrhage, or an allergy to esketamine or ketamine. Caution is needed with high blood pressure, heart disease, a history of psychosis, or substance use disorder. It's not recommended during pregnancy.</p>
<p>The best way to find out is a consultation with one of our psychiatric providers. If you already have a psychiatrist who wants to refer you for Spravato while continuing to manage your care, we're happy to work that way too; we treat many patients on that basis.</p>

<h2>How treatment works at Brightwater</h2>
<h3>1. Evaluation</h3>
<p>Your first visit is an in-person or telehealth evaluation with a psychiatrist or psychiatric nurse practitioner. We'll review your history and previous treatments, discuss the benefits and risks of Spravato, and check whether other options might suit you better.</p>
<h3>2. Enrollment and insurance</h3>
<p>If Spravato is recommended, we enroll you in the Spravato REMS program &ndash; a federal safety program that all patients, prescribers and treatment centers must participate in. Our benefits team then contacts your insurance company to verify coverage and submit a prior authorization. This usually takes one to three weeks. We'll call you as soon as it's approved, with an estimate of your out-of-pocket cost.</p>
<h3>3. Treatment sessions</h3>
<p>Each session takes place in one of our private treatment rooms. We check your blood pressure first. Then, under the direct observation of a nurse, you administer the nasal spray yourself: each device delivers two sprays, one per nostril, and most patients use two or three devices with a five-minute rest between them. You then stay with us for at least two hours while we monitor your blood pressure and how you're feeling. Most people rest in a recliner with headphones.</p>
<h3>4. Schedule</h3>
<p>During the first four weeks (the induction phase), sessions are twice a week. In weeks five to eight they're weekly. After that, most patients continue weekly or every other week, depending on response. Your provider reviews your progress regularly using standardized rating scales.</p>
<h3>5. Getting home</h3>
<p>You can't drive or operate machinery until the next day after a restful sleep. You'll need a ride home. Many patients use rideshare; we have a dedicated pick-up spot at both locations.</p>

<h2>What it feels like</h2>
<p>The most common experience is dissociation: feeling detached from your body or surroundings, or as though time is moving strangely. Other common effects include dizziness, nausea, sleepiness, a feeling of being drunk, and a temporary rise in blood pressure. These usually start within minutes and fade within an hour or two, before you leave. For many people the intensity decreases over the first few sessions. Our nurses are with you throughout, and we can help with nausea or anxiety.</p>

<h2>Cost and insurance</h2>
<p>Spravato is covered by most commercial insurance plans, by Medicare Part B or D depending on the billing arrangement, and by Florida Medicaid for eligible patients, usually after prior authorization. Your out-of-pocket cost depends on your plan's deductible, copay or coinsurance. We bill your insurance for both the medication and the observation visit.</p>
<p>If you have commercial insurance, you may be eligible for the manufacturer's savings program, which can reduce your medication cost to as little as $10 per treatment, subject to annual limits. A separate program may help uninsured or underinsured patients who meet income criteria. Our benefits team will help you apply to both.</p>
<p>For patients paying out of pocket, the total cost per session depends on the number of devices and typically ranges from $700 to $1,100 for the medication plus an observation fee of $180. We'll give you a written good faith estimate before you start. We accept cash, all major credit cards and HSA/FSA cards; payment plans are available.</p>

<h2>Spravato or IV ketamine?</h2>
<p>Patients often ask whether they'd be better off with IV ketamine, which some clinics offer off-label. Both are reasonable options. IV ketamine has a longer research history and allows very precise dosing, but it's rarely covered by insurance and typically costs $400 to $800 per infusion. Spravato is FDA-approved, is usually covered by insurance, and doesn't require an IV line, but sessions take longer because of the required observation period. The two haven't been compared head-to-head in large trials. For most of our patients, insurance coverage ends up being the deciding factor, and that's a perfectly sensible way to choose.</p>

<h2>What we don't do</h2>
<p>We often get calls asking if we can mail Spravato to patients' homes or provide it for use outside the clinic. We can't, and neither can anyone else legitimately: under the REMS program, Spravato is dispensed only to certified healthcare settings and administered under direct observation. If you see websites or social media accounts offering to sell or ship esketamine nasal spray to your home, or asking for payment through messaging apps, they are not legitimate and the product may not be what it claims.</p>
<p>We also don't offer IV ketamine infusions at this time. If your provider thinks IV ketamine might be a better option for you, we can refer you to reputable infusion clinics in the Tampa Bay area.</p>

<h2>Preparing for your first session</h2>
<p>Plan to arrive 15 minutes early for your first session so we can complete REMS paperwork and take baseline vital signs. Wear comfortable clothes, bring headphones, an eye mask if you like one, and a light sweater; treatment rooms are kept cool. Avoid food for two hours and liquids for 30 minutes beforehand. If you use a nasal decongestant or nasal steroid, use it at least an hour before your session. Bring your current medication list and let the nurse know if anything has changed. Most importantly, arrange your ride home in advance; we can't discharge you without one.</p>

<h2>Why patients choose Brightwater</h2>
<ul>
<li>Psychiatrist-led program with continuity of care &ndash; you'll see the same provider team throughout.</li>
<li>Experienced benefits team that handles prior authorizations and appeals.</li>
<li>Private treatment rooms, not a shared recovery area.</li>
<li>Early morning and evening sessions at our Tampa office, and Saturday sessions in Clearwater.</li>
<li>Close coordination with your therapist and primary care provider, with your permission.</li>
</ul>

<h2>Patient stories</h2>
<blockquote>"I'd been on six different antidepressants. After about three weeks of Spravato, my wife said I was laughing at the TV again. I hadn't noticed I'd stopped." &mdash; Robert, 58</blockquote>
<blockquote>"The first session was strange. By the fourth it was just a quiet couple of hours. The nurses were lovely and the insurance stuff was handled for me, which honestly was half the battle." &mdash; Alicia, 36</blockquote>

<h2>Frequently asked questions</h2>
<h3>Do I need a referral?</h3>
<p>No, but records from your current or previous prescribers help us and your insurer. If you have a psychiatrist, we'll coordinate with them.</p>
<h3>Can I keep seeing my own psychiatrist?</h3>
<p>Yes. Many of our Spravato patients continue their regular care elsewhere and come to us only for treatment sessions.</p>
<h3>How long will I need to continue?</h3>
<p>It varies. In clinical trials, patients who continued maintenance treatment after responding had a lower risk of relapse. Your provider will discuss the right duration with you.</p>
<h3>What if I miss a session?</h3>
<p>Call us to reschedule as soon as possible. Missing several sessions during induction can affect results.</p>
<h3>Can I eat before my session?</h3>
<p>We recommend not eating for two hours and not drinking liquids for 30 minutes beforehand, to reduce nausea.</p>
<h3>Is there a waiting list?</h3>
<p>Typically one to two weeks for an evaluation. Treatment starts once insurance authorization is complete.</p>

<h2>Contact us</h2>
<p>Call (555) 017-3390, Monday to Friday 7:30am to 6pm, or request an appointment online. Existing patients can message their care team through the patient portal or reschedule by text. If you're in crisis, call or text 988 or go to the nearest emergency room.</p>
</main>
<footer>
<p>Brightwater Behavioral Health, P.A. &middot; Tampa: 4100 W Kennedy Blvd, Suite 210 &middot; Clearwater: 1855 Gulf-to-Bay Blvd</p>
<p>Spravato&reg; is a registered trademark of its owner. Brightwater is a certified treatment center under the Spravato REMS. &middot; <a href="/privacy">Privacy</a></p>
</footer>
""", noise="cookie")

p("h10126", "https://threshold-kap.example/approach", "clinic", False, "en",
  "kap-practice-long-approach-page", "Our Approach to Ketamine-Assisted Psychotherapy | Threshold Therapy Collective", """
<header>
<a class="logo" href="/">Threshold <span>Therapy Collective</span></a>
<nav><a href="/approach">Our approach</a> <a href="/team">Clinicians</a> <a href="/programs">Programs &amp; fees</a> <a href="/space">Our space</a> <a href="/resources">Resources</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Our approach to ketamine-assisted psychotherapy</h1>
<p class="lede">At Threshold, ketamine is never the whole treatment. It's one part of a psychotherapy process that starts before your first dose and continues long after your last.</p>

<h2>Why we do this work</h2>
<p>Threshold was founded in 2020 in Portland, Oregon, by Dr. Helen Achterberg, a psychiatrist who spent fifteen years treating veterans with PTSD, and Jonah Reyes-Whitfield, LCSW, a trauma therapist trained in EMDR and Internal Family Systems. They had both seen what the research on ketamine for depression was showing, and both had patients who had tried everything without lasting relief. They were also uneasy about how ketamine was being offered: too often as a standalone drug, given in a recliner with headphones, with little attention to what came up or what happened afterwards.</p>
<p>Our model is built around a simple idea: the medicine can open a window, but the therapy is what helps you climb through it. Ketamine seems to make the brain more flexible for a period of days after a session, and many people describe being able to look at painful memories, patterns or beliefs with more distance and less fear. We want that window to be used well.</p>

<h2>Who we work with</h2>
<p>We work with adults experiencing treatment-resistant depression, PTSD and complex trauma, anxiety, and existential distress related to serious illness. Most of our clients have already tried several medications and at least one course of therapy. Many come to us through referrals from psychiatrists, therapists and primary care providers in the Portland area; others find us on their own.</p>
<p>KAP isn't right for everyone. We don't offer it to people with a history of psychosis or mania, uncontrolled hypertension, certain heart or lung conditions, active substance use disorders, or during pregnancy. We also look carefully at whether someone has enough stability and support in their life to do this work safely right now. Sometimes the right answer is "not yet", and we'll help you find what would be useful in the meantime.</p>

<h2>The shape of a program</h2>
<h3>Medical evaluation</h3>
<p>Everyone begins with a 60-minute evaluation with Dr. Achterberg or our psychiatric nurse practitioner, Carmen Liu, PMHNP. They review your history, medications and physical health, take your blood pressure, and decide whether ketamine is medically appropriate. We may ask for lab work or an ECG and will coordinate with your existing prescribers.</p>
<h3>Preparation sessions</h3>
<p>Next come two or three 50-minute preparation sessions with the therapist who will be with you during dosing. These build a relationship, clarify what you want to work on, and make a plan for the dosing sessions: what music you'd like, how you'd like the therapist to support you, what touch (if any) is welcome, and what to do if things get difficult. We practice grounding techniques and talk honestly about what the experience can be like.</p>
<h3>Dosing sessions</h3>
<p>Dosing sessions take about three hours and happen in one of our two session rooms, which are quiet, softly lit and furnished more like a living room than a clinic. Ketamine is given by intramuscular injection or, for some clients, as a sublingual lozenge, by our nurse under the supervision of our psychiatric prescriber. Your blood pressure and heart rate are monitored throughout. Your therapist is with you for the whole session. For the first 45 to 60 minutes most people lie down with an eye mask and music; some talk, some don't. Afterward, as the effects fade, you and your therapist begin to talk through what happened.</p>
<p>Most programs include three to six dosing sessions, spaced one to two weeks apart.</p>
<h3>Integration sessions</h3>
<p>Within a day or two of each dosing session you meet with your therapist again for integration: making sense of what came up and connecting it to your life. This might involve journaling, working with images or memories, talking about relationships, practicing new responses to old triggers, or making concrete changes. Integration continues for several weeks after your final dose.</p>

<h2>What KAP can feel like</h2>
<p>People describe their sessions in very different ways. Some feel deeply relaxed and warm. Some see colors, shapes or scenes. Some revisit memories, sometimes with emotions they haven't let themselves feel in years. Some feel detached from their usual sense of self, which can be peaceful or unsettling. A few have difficult moments. Your therapist's role is not to steer the experience but to help you feel safe enough to stay with it, and to help you make sense of it afterwards.</p>

<h2>What the research says</h2>
<p>The evidence for ketamine on its own in treatment-resistant depression is substantial, built on two decades of randomized trials, mostly of IV infusions. The evidence for ketamine combined with psychotherapy is younger and smaller. Early studies have combined ketamine with cognitive behavioral therapy, mindfulness-based approaches and exposure therapy for PTSD, and several have suggested that adding therapy may extend the benefit beyond the week or two a single dose usually lasts. A few observational studies from KAP practices have reported meaningful improvements in depression and PTSD scores, though without control groups it's hard to know how much is due to the ketamine, the therapy or simply the attention.</p>
<p>We try to be honest about this. We believe the combination makes sense, both clinically and from what we see every week, but we don't claim it's been proven superior. We measure each client's progress with standard scales (PHQ-9, GAD-7 and the PCL-5 for trauma) at the start, during and after a program, and we contribute anonymized data to a multi-site registry so that the field can learn more.</p>

<h2>What clients have told us</h2>
<blockquote>"I'd had three rounds of IV ketamine elsewhere. It helped for a couple of weeks each time, then faded. Doing it with a therapist I'd gotten to know, and actually talking about what I saw, was completely different. It's been eight months." &mdash; client, 52</blockquote>
<blockquote>"The second dosing session was hard. I saw my dad's hospital room. Jonah didn't try to fix it, he just stayed. We spent the next three integration sessions on it. I don't think I'd ever grieved him before." &mdash; client, 39</blockquote>
<blockquote>"Honestly the preparation sessions were the most useful part for me. Learning to notice what was happening in my body before the ketamine even came into it." &mdash; client, 31</blockquote>

<h2>Fees</h2>
<p>We want to be upfront about cost, because KAP is a significant investment. Our fees reflect the time of a psychiatric prescriber, a nurse and a licensed therapist for each dosing session.</p>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Medical evaluation</td><td>$350</td></tr>
<tr><td>Preparation or integration session (50 min)</td><td>$185</td></tr>
<tr><td>Dosing session (3 hours, including medication, nurse and therapist)</td><td>$850</td></tr>
<tr><td>Three-session program (evaluation, 2 prep, 3 dosing, 3 integration)</td><td>$3,600</td></tr>
<tr><td>Six-session program</td><td>$6,450</td></tr>
</table>
<p>Programs can be paid in installments. We accept credit and debit cards and HSA/FSA cards. We're out of network with insurance, but the evaluation and therapy portions may be eligible for out-of-network reimbursement and we'll provide superbills. We keep a sliding-scale fund that covers part of the cost for several clients each quarter; please ask if cost is a barrier.</p>
<p>We don't offer take-home ketamine, and we don't prescribe it for use outside our office. All dosing happens here, with a clinician present.</p>

<h2>Safety during sessions</h2>
<p>Every dosing session follows a written safety protocol. Blood pressure and heart rate are checked before dosing and every 15 minutes during the peak effects. Our nurse stays on site for the whole session and our prescriber is reachable by phone and can be on site within minutes. We keep emergency equipment and medications in each session room and all clinical staff maintain current life support certification. Therapists are trained to support people through difficult experiences without pushing them further into them, and clients can ask to pause or stop at any point. Before you leave, we check that you're alert and steady, and you must be collected by someone you trust.</p>

<h2>Our space</h2>
<p>We're on the second floor of a converted Victorian house in Southeast Portland, with a small garden out back where many clients like to sit after sessions. There's street parking and a bus stop two blocks away. The building isn't fully wheelchair accessible; if you need an accessible space, let us know and we can arrange sessions at a partner office nearby.</p>

<h2>Our clinicians</h2>
<p>Helen Achterberg, MD (psychiatry, medical director) &middot; Carmen Liu, PMHNP-BC &middot; Jonah Reyes-Whitfield, LCSW &middot; Anjali Desai, PhD (clinical psychology) &middot; Marcus Bell, LPC &middot; Sofia Lindqvist, LMFT &middot; Ruth Okafor, RN. All our therapists have completed formal training in psychedelic-assisted therapy and receive regular consultation.</p>

<h2>Getting in touch</h2>
<p>The first step is a free 20-minute phone call with our intake coordinator, who can answer questions and help you decide whether to book an evaluation. Call (555) 016-8824 or use our contact form. We also answer scheduling questions by text or WhatsApp during office hours, but we never discuss clinical details over messaging apps &ndash; that's what the secure portal is for.</p>
<p>If you're in crisis, please don't wait for an appointment. Call or text 988, or go to your nearest emergency department.</p>
</main>
<footer>
<p>Threshold Therapy Collective, PC &middot; 2140 SE Salmon St, Portland, OR &middot; <a href="/privacy">Privacy</a> &middot; <a href="/land-acknowledgment">Land acknowledgment</a></p>
</footer>
""", noise="cookie")

p("h10127", "https://summitpainandspine.example/treatments/ketamine-infusion-crps", "clinic", False, "en",
  "pain-clinic-long-ketamine-crps-page", "Ketamine Infusions for CRPS & Complex Chronic Pain | Summit Pain & Spine Institute", """
<header>
<a class="logo" href="/">Summit <span>Pain &amp; Spine Institute</span></a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/physicians">Physicians</a> <a href="/new-patients">New patients</a> <a href="/billing">Billing &amp; insurance</a> <a href="/locations">Locations</a> <a href="/pay">Pay my bill</a></nav>
</header>
<main>
<p class="crumbs"><a href="/treatments">Treatments</a> &rsaquo; Ketamine infusion therapy</p>
<h1>Ketamine infusion therapy for CRPS and complex chronic pain</h1>
<p class="lede">For some patients with complex regional pain syndrome, neuropathic pain or pain that hasn't responded to other treatments, low-dose ketamine infusions can reduce pain and reset an over-sensitized nervous system.</p>

<h2>Understanding complex regional pain syndrome</h2>
<p>Complex regional pain syndrome (CRPS) is a chronic pain condition that usually affects an arm or a leg, typically after an injury, surgery, fracture or sprain. What makes CRPS different from ordinary post-injury pain is that the pain is far out of proportion to the original injury and persists long after the tissues should have healed. Patients often describe burning, stabbing or throbbing pain, extreme sensitivity to touch or temperature (so that even a bedsheet or a breeze can hurt), changes in skin color and temperature, swelling, abnormal sweating, changes in hair and nail growth, stiffness and, over time, weakness or muscle wasting.</p>
<p>CRPS is thought to involve several overlapping processes: inflammation, abnormal signaling in the sympathetic nervous system, and a phenomenon called central sensitization, in which the spinal cord and brain become "wound up" and amplify pain signals. Diagnosis is clinical, based on the Budapest criteria, and is often delayed. Early, active treatment gives the best chance of improvement.</p>

<h2>How ketamine helps</h2>
<p>Central sensitization depends heavily on the NMDA receptor, a glutamate receptor in the spinal cord and brain that plays a key role in "wind-up", the process by which repeated pain signals produce stronger and stronger responses. Ketamine blocks the NMDA receptor. In low doses, given over several hours, it appears to interrupt this amplification, and in some patients the effect persists for weeks or months after the infusion.</p>
<p>Ketamine infusions for CRPS have been studied in several randomized trials and many observational studies. Results vary: some patients experience substantial, lasting pain relief; others get shorter-lived relief; some don't respond. Response seems more likely when CRPS is treated earlier and as part of a comprehensive program that includes physical and occupational therapy. International guidelines list ketamine as an option for CRPS that hasn't responded to first-line treatments.</p>
<p>We also use ketamine infusions selectively for other conditions involving central sensitization, including some cases of phantom limb pain, post-herpetic neuralgia, refractory neuropathic pain and, in carefully selected patients, fibromyalgia, as well as for opioid-tolerant patients who need a "reset".</p>

<h2>Is it right for me?</h2>
<p>Ketamine infusion is usually considered after other treatments, such as medications for nerve pain, physical therapy, desensitization, nerve blocks or spinal cord stimulation, haven't provided enough relief. It may not be suitable if you have poorly controlled high blood pressure, significant heart disease, raised pressure in the brain or eye, a history of psychosis, severe liver disease, or active substance use disorder. Your physician will review your medical history and medications carefully, and we check liver function before starting repeated infusions.</p>

<h2>What treatment involves</h2>
<h3>Your consultation</h3>
<p>You'll meet one of our board-certified pain medicine physicians &ndash; Dr. Gregory Hale, Dr. Yvonne Castellanos or Dr. Sunil Kapoor &ndash; for a full assessment. We'll review your records, imaging and previous treatments, examine you, and discuss whether ketamine makes sense as part of your plan.</p>
<h3>The infusion protocol</h3>
<p>Protocols vary by condition and patient. A common outpatient approach for CRPS is a series of infusions on consecutive or closely spaced days, each lasting four hours. Some patients then receive periodic "booster" infusions. Doses are far below anesthetic doses. Most patients also receive a small dose of midazolam to reduce the likelihood of unpleasant dreams, and an anti-nausea medication.</p>
<h3>On the day</h3>
<p>Infusions take place in our procedure suite at the Lakeview location, with a dedicated nurse, continuous monitoring of heart rate, blood pressure and oxygen levels, and a physician on site. You'll have a private bay with a reclining chair, a blanket and headphones. Don't eat for six hours before; clear liquids are fine up to two hours before. You'll need a driver to take you home and someone to stay with you that evening.</p>
<h3>How it feels</h3>
<p>At the doses we use, most patients feel relaxed, a bit floaty or dreamy, with mild changes in vision or hearing. Some feel detached from their body, which is expected and passes. Nausea, dizziness and a temporary rise in blood pressure are the most common side effects. We adjust the rate if anything is uncomfortable.</p>

<h2>A whole-person program</h2>
<p>Ketamine works best alongside rehabilitation. Our patients with CRPS work with physical and occupational therapists trained in graded motor imagery, mirror therapy and desensitization. We also have a pain psychologist, Dr. Miriam Feld, who helps patients with pacing, sleep, mood and the fear-avoidance cycle that often comes with chronic pain. Many patients find they can engage with rehabilitation more fully in the weeks after an infusion series, and that's when lasting gains are made.</p>

<h2>Insurance and cost</h2>
<p>Coverage for ketamine infusions for pain varies by insurer and diagnosis. Some commercial plans cover infusions for CRPS after documentation that other treatments have failed; others don't. Medicare generally covers the professional and facility components when medical necessity is documented. Our prior authorization team will submit a request on your behalf and tell you the outcome before scheduling.</p>
<p>If your plan doesn't cover infusions, our self-pay price for a four-hour infusion is $950, including the medication, nursing, monitoring and physician oversight; a five-infusion series is $4,400. We offer payment plans through CareCredit and our own interest-free monthly plan for balances over $1,000. You can pay your bill online through the "Pay my bill" link or by phone. We don't accept cryptocurrency.</p>
<p>Please note that we provide ketamine only as supervised infusions in our clinic. We don't prescribe ketamine for home use for pain, and we can't provide it to patients of other practices. If you've seen ketamine offered for sale online for pain, please be aware that it isn't a safe or legal source.</p>

<h2>One patient's experience</h2>
<p>Laura, a 34-year-old dental hygienist, developed CRPS in her right hand after a wrist fracture in 2023. "Within a couple of months I couldn't stand anything touching my hand. I wore a glove to sleep because the sheets felt like sandpaper. I couldn't work." After nerve blocks and medications gave only partial relief, she completed a five-day infusion series at Summit in the spring of 2025, alongside twice-weekly occupational therapy. "The first few days I didn't notice much. By the end of the week I could hold a coffee cup without bracing myself. The big change was that I could actually do my therapy exercises, and that's what got my hand working again." She now has a booster infusion every four to five months and has returned to work part-time. Her experience is encouraging but not universal; results differ from patient to patient.</p>

<h2>Preparing for your infusion series</h2>
<ul>
<li>Arrange time off work for the days of your series and, ideally, the day after the last infusion.</li>
<li>Line up a driver for every infusion day and someone who can stay with you in the evenings.</li>
<li>Bring a list of your medications, including supplements and over-the-counter products.</li>
<li>Wear loose, comfortable clothes; the procedure suite can be cool, so bring layers or socks.</li>
<li>Schedule your physical or occupational therapy sessions for the weeks after the series, when many patients find movement easier.</li>
<li>Keep a simple pain and sleep diary for a week before and a month after, so your progress can be measured.</li>
</ul>

<h2>Results you can expect</h2>
<p>Outcomes vary. Among our CRPS patients who completed an initial series in 2024&ndash;2025, about half reported at least a 30 percent reduction in average pain at four weeks, and roughly a third maintained meaningful benefit at three months. Some patients had little or no response. We measure pain, function and sleep before and after treatment so that we and you can judge objectively whether it's helping.</p>

<h2>Frequently asked questions</h2>
<h3>Will I be asleep?</h3>
<p>No. The doses used for pain are low. You'll be awake and able to talk, though you may feel drowsy or far away.</p>
<h3>Is ketamine addictive?</h3>
<p>Ketamine can be misused, particularly in high doses outside a medical setting. In our supervised program, with limited infusions and screening, the risk is low. Please tell us about any history of substance use so we can plan safely.</p>
<h3>Can I keep taking my pain medications?</h3>
<p>Usually yes. Your physician may adjust some medications before infusions. Don't stop any medication abruptly.</p>
<h3>How soon will I know if it's working?</h3>
<p>Some patients notice reduced pain within a day or two of starting; others notice gradual improvements over the series. We review progress at a follow-up visit two weeks after your last infusion.</p>
<h3>Can I text the clinic?</h3>
<p>Yes, for appointment reminders and rescheduling. For clinical questions, please use the patient portal or call the nurse line.</p>

<h2>Schedule a consultation</h2>
<p>Referrals are welcome from any physician, but you can also contact us directly. Call (555) 015-6600 or request an appointment online. New patient visits are usually available within two to three weeks.</p>
</main>
<footer>
<p>Summit Pain &amp; Spine Institute &middot; Lakeview Medical Plaza, 800 Lakeview Pkwy, Suite 120 &middot; Northside Office, 3351 Ridgecrest Dr</p>
<p><a href="/privacy">Notice of privacy practices</a> &middot; <a href="/price-transparency">Price transparency</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></p>
</footer>
""", noise="cookie")

p("h10128", "https://med.lakemont-university-health.example/psychiatry/interventional/ketamine-esketamine-program", "clinic", False, "en",
  "academic-hospital-department-long-program-page", "Ketamine & Esketamine Program | Interventional Psychiatry | Lakemont University Health", """
<header class="univ">
<div class="utility"><a href="/">Lakemont University Health</a> <a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/mychart">MyChart</a> <a href="/pay">Pay a bill</a> <a href="/giving">Give</a></div>
<nav><a href="/psychiatry">Department of Psychiatry</a> &rsaquo; <a href="/psychiatry/interventional">Interventional Psychiatry</a> &rsaquo; Ketamine &amp; Esketamine Program</nav>
</header>
<div class="layout">
<aside class="subnav"><h4>Interventional Psychiatry</h4><ul><li><a href="/psychiatry/interventional/ect">Electroconvulsive therapy</a></li><li><a href="/psychiatry/interventional/tms">Transcranial magnetic stimulation</a></li><li><a href="/psychiatry/interventional/ketamine-esketamine-program"><b>Ketamine &amp; esketamine</b></a></li><li><a href="/psychiatry/interventional/research">Research &amp; clinical trials</a></li><li><a href="/psychiatry/interventional/referrals">For referring clinicians</a></li><li><a href="/psychiatry/interventional/team">Our team</a></li></ul></aside>
<main>
<h1>Ketamine &amp; Esketamine Program</h1>
<p class="lede">Part of Lakemont's Interventional Psychiatry Service, our program offers IV ketamine and Spravato (esketamine) nasal spray for adults with treatment-resistant depression, within an academic medical center with access to the full range of psychiatric and medical care.</p>

<h2>About the program</h2>
<p>The Lakemont Ketamine &amp; Esketamine Program opened in 2017 as one of the first hospital-based ketamine services in the region. It is staffed by psychiatrists with specialty training in interventional psychiatry, anesthesiologists, advanced practice providers, registered nurses and clinical research coordinators. Treatments are delivered in a dedicated suite on the fourth floor of the Behavioral Health Pavilion, adjacent to our ECT and TMS services, which means patients can move between treatments when clinically appropriate without being referred elsewhere.</p>
<p>As an academic program, we combine clinical care with research and teaching. Many of our patients choose to contribute their anonymized outcome data to ongoing studies, and some participate in clinical trials of new treatments. Participation is always voluntary and never affects access to standard care.</p>

<h2>Who we treat</h2>
<p>We evaluate adults aged 18 and over with major depressive disorder or bipolar depression who have not responded adequately to at least two antidepressant treatments. We also evaluate patients with depression and prominent suicidal thinking who are already under the care of a psychiatrist. We do not currently offer ketamine for chronic pain (please see our Department of Anesthesiology pain service), for PTSD outside a research protocol, or for substance use disorders.</p>
<p>Patients are not eligible if they have active psychosis, uncontrolled hypertension, unstable cardiac disease, a history of aneurysm or intracranial hemorrhage, active substance use disorder, or are pregnant. Some of these are relative rather than absolute exclusions, and our team will discuss your individual circumstances.</p>

<h2>Treatments offered</h2>
<h3>Spravato (esketamine) nasal spray</h3>
<p>Spravato is FDA-approved for treatment-resistant depression and is usually covered by insurance. Patients self-administer the spray under direct observation and are monitored for at least two hours afterward. Our program is certified under the Spravato REMS. Sessions are available Monday through Saturday.</p>
<h3>IV ketamine</h3>
<p>IV ketamine is used off-label for depression and has the longest research track record of any ketamine treatment. Infusions are administered over 40 minutes with continuous monitoring by an anesthesia-trained nurse and physician. We offer IV ketamine when Spravato is not covered, not tolerated, or not effective, or when a patient's clinical situation calls for it.</p>
<h3>Research protocols</h3>
<p>We currently have open studies of ketamine combined with cognitive behavioral therapy, of a novel oral NMDA modulator, and of accelerated TMS. See <a href="/psychiatry/interventional/research">Research &amp; clinical trials</a> for eligibility.</p>

<h2>The referral process</h2>
<p>Most patients are referred by their psychiatrist or primary care provider through our electronic referral system. Self-referrals are accepted; call our intake line and a coordinator will gather your information and request your records. We need records documenting your diagnosis and previous treatments before an evaluation can be scheduled.</p>
<p>Current wait times are approximately three to five weeks for an evaluation. Urgent referrals for patients with severe depression and suicidal ideation are triaged within one business day by a physician.</p>

<h2>Your evaluation</h2>
<p>Evaluations are conducted in person or by video by a program psychiatrist and last about 90 minutes. We review your psychiatric and medical history in detail, complete standardized assessments, and discuss all treatment options, including medication strategies, psychotherapy, TMS and ECT as well as ketamine or esketamine. You will leave the evaluation with a written recommendation. If we recommend treatment in our program, your referring clinician will continue to manage your oral medications and overall care, and we will send regular updates.</p>

<h2>What to expect during treatment</h2>
<p>For Spravato, the induction phase consists of twice-weekly sessions for four weeks, followed by weekly sessions for four weeks and then weekly or every-other-week maintenance. For IV ketamine, the usual initial course is six infusions over two to three weeks. In both cases you will complete mood ratings at every visit, and your treatment team will meet with you at regular intervals to review progress.</p>
<p>You must have a responsible adult to drive you home after every session. Patients may not drive until the following day. Free valet parking is available at the Pavilion entrance for program patients; present your parking voucher at the front desk.</p>

<h2>Insurance, billing and costs</h2>
<p>Spravato is covered by most commercial insurers, by Medicare, and by our state Medicaid program, generally with prior authorization, which our pharmacy benefits team manages. Patients with commercial insurance may qualify for the manufacturer's copay assistance program. Lakemont financial counselors can also help uninsured or underinsured patients apply for hospital financial assistance, which may reduce or eliminate charges for eligible households.</p>
<p>IV ketamine for depression is not typically covered by insurance. The current self-pay charge is $610 per infusion, including facility, professional and medication charges. Patients receive a good faith estimate in advance. Hospital bills can be paid online through MyChart, by phone, or in person at the cashier's office in the main lobby; interest-free payment plans are available.</p>
<p>We are often asked whether patients can buy ketamine or esketamine from the hospital pharmacy for use at home. They cannot. All ketamine and esketamine treatment in our program is administered on site under supervision, and neither product is dispensed for home use.</p>

<h2>Outcomes</h2>
<p>We track outcomes for every patient using the Montgomery-Åsberg Depression Rating Scale and the Quick Inventory of Depressive Symptomatology. Over the last three years, approximately 52 percent of patients completing an acute course of IV ketamine and 45 percent completing Spravato induction met criteria for response. Our outcomes are reported annually to the department's quality committee and summarized in our public annual report.</p>

<h2>Resources for patients and families</h2>
<p>Our program social worker, Denise Moreau, LICSW, helps patients and families with practical matters: transportation to and from sessions, time off work, disability paperwork, and connecting with community supports. A monthly family information evening, held in person and online, explains how ketamine and esketamine work, what to expect during treatment, and how families can help. Printed guides are available in English, Spanish and Vietnamese, and interpreters can be booked free of charge for any appointment.</p>

<h2>Education and training</h2>
<p>Our program trains psychiatry residents, interventional psychiatry fellows, nursing students and anesthesiology residents. You may be asked whether a trainee can participate in your care under supervision; you are always free to decline.</p>

<h2>Frequently asked questions</h2>
<h3>How is a hospital program different from a private ketamine clinic?</h3>
<p>Private clinics can provide excellent care, and many of our patients have been treated in them before. What an academic program adds is integration with the rest of psychiatry and medicine: the ability to move between ketamine, ECT and TMS within one team, on-site access to cardiology, anesthesiology and emergency care if needed, and the option to join research studies. We also tend to see patients whose situations are more complex, such as those with bipolar depression, significant medical illness or recent suicidal crises.</p>
<h3>Can I be treated here if I live out of state?</h3>
<p>Yes, for Spravato and IV ketamine, as long as you can attend sessions in person. Because of the frequency of sessions during the first two months, most out-of-state patients arrange temporary accommodation nearby. Our social work team can provide a list of discounted hotels and the hospital's hospitality house.</p>
<h3>Will my regular psychiatrist stay involved?</h3>
<p>Yes. We see ourselves as consultants and treatment providers; your referring clinician remains responsible for your overall psychiatric care and oral medications. We send a written update after your evaluation, after the acute course, and at least every three months during maintenance.</p>
<h3>What happens if ketamine or esketamine doesn't work for me?</h3>
<p>About half of patients do not meet response criteria after an acute course. In that case we review the options with you, which often include ECT, TMS, medication strategies not yet tried, or eligibility for a clinical trial. Not responding to one treatment tells us something useful and doesn't close other doors.</p>
<h3>Can family members attend sessions?</h3>
<p>A family member or friend may stay with you in the waiting area and is welcome to join review meetings with your permission. For safety and privacy, only patients and staff are present in the treatment rooms during dosing.</p>

<h2>Our team</h2>
<p>Medical director: Dr. Oluwaseun Adeyemi, MD, PhD, Associate Professor of Psychiatry. Associate director: Dr. Hannah Kowalczyk, MD, Assistant Professor of Anesthesiology. Program psychiatrists: Dr. Marco Ventura, MD; Dr. Shira Goldfarb, MD; Dr. Kevin Tran, DO. Nurse manager: Patricia Doyle, RN, MSN. Research manager: Emily Haskins, MPH.</p>

<h2>Contact</h2>
<p>Intake line: (555) 012-4470, Monday to Friday, 8 a.m. to 4:30 p.m. Fax for referrals: (555) 012-4471. Behavioral Health Pavilion, 4th floor, 1200 University Drive. For psychiatric emergencies, call 988 or go to the Lakemont Emergency Department, open 24 hours.</p>
</main>
</div>
<footer><p>&copy; 2026 Lakemont University Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination and language assistance</a> &middot; <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h10129", "https://clinicaalba-salud-mental.example/tratamientos/ketamina-esketamina-madrid", "clinic", False, "es",
  "spanish-private-clinic-long-treatment-page", "Tratamiento con ketamina y esketamina en Madrid | Clínica Alba Salud Mental", """
<header>
<div class="barra">Clínica Alba &middot; Calle de Velázquez, Madrid &middot; Tel. 91 000 42 18 &middot; Citas por WhatsApp 600 000 418</div>
<a class="logo" href="/">Clínica Alba <span>Salud Mental</span></a>
<nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/seguros">Seguros</a> <a href="/blog">Blog</a> <a href="/contacto">Contacto</a> <a class="btn" href="/pedir-cita">Pedir cita</a></nav>
</header>
<main>
<p class="migas"><a href="/tratamientos">Tratamientos</a> &rsaquo; Ketamina y esketamina</p>
<h1>Tratamiento con ketamina y esketamina en Madrid</h1>
<p class="entradilla">En Clínica Alba tratamos la depresión resistente con ketamina intravenosa y esketamina intranasal, siempre bajo supervisión médica presencial y dentro de un plan psiquiátrico y psicoterapéutico completo.</p>

<h2>¿Qué es la depresión resistente?</h2>
<p>Hablamos de depresión resistente cuando una persona no ha mejorado lo suficiente tras al menos dos tratamientos con antidepresivos diferentes, tomados a la dosis adecuada y durante el tiempo necesario. Se calcula que afecta a alrededor de un tercio de los pacientes con depresión mayor. No significa que "nada funcione", sino que hace falta revisar el diagnóstico, ajustar la estrategia y, a menudo, recurrir a tratamientos distintos de los habituales.</p>
<p>Antes de plantear la ketamina, nuestro equipo repasa con cada paciente los tratamientos previos, las dosis, la duración, la adherencia y posibles factores que mantengan la depresión: problemas de tiroides, apnea del sueño, consumo de alcohol, dolor crónico, trastorno bipolar no diagnosticado o situaciones vitales que requieren otro tipo de ayuda. A veces la solución pasa por ahí.</p>

<h2>Cómo actúan la ketamina y la esketamina</h2>
<p>La ketamina es un anestésico que se utiliza en los hospitales desde hace más de cincuenta años. A dosis bajas, muy inferiores a las anestésicas, tiene un efecto antidepresivo rápido que se ha demostrado en numerosos ensayos clínicos desde el año 2000. Actúa sobre el sistema del glutamato, bloqueando el receptor NMDA, y favorece la formación de nuevas conexiones entre neuronas en zonas del cerebro implicadas en la regulación del ánimo. Por eso, a diferencia de los antidepresivos clásicos, puede producir mejoría en días en lugar de semanas.</p>
<p>La esketamina es una de las dos formas de la molécula de ketamina. Se comercializa en forma de espray nasal (Spravato) y está aprobada por la Agencia Europea del Medicamento desde 2019 para la depresión resistente en adultos, junto con un antidepresivo oral. En España su uso está restringido a centros con supervisión médica, y el paciente debe permanecer en observación al menos dos horas tras cada administración.</p>

<h2>¿Quién puede beneficiarse?</h2>
<p>Adultos con depresión mayor resistente, depresión bipolar en determinados casos y, en casos seleccionados y dentro de protocolos, pacientes con ideación suicida que ya están en seguimiento psiquiátrico. No es adecuado para personas con antecedentes de psicosis, hipertensión no controlada, ciertas enfermedades cardiacas o vasculares, consumo activo de sustancias, ni durante el embarazo o la lactancia. La decisión se toma siempre tras una valoración presencial.</p>

<h2>Cómo es el proceso en Clínica Alba</h2>
<h3>1. Primera consulta psiquiátrica</h3>
<p>Dura unos 60 minutos y la realiza uno de nuestros psiquiatras: la Dra. Inés Garrido Montero, directora médica, el Dr. Álvaro Sanz Ruiz o la Dra. Lucía Fernández-Peña. Revisamos su historia, los informes de otros profesionales y los tratamientos previos, tomamos la tensión arterial y, si es necesario, solicitamos una analítica o un electrocardiograma. Al final de la consulta le explicamos si la ketamina o la esketamina son una buena opción y cuál encaja mejor con su caso.</p>
<h3>2. Sesiones de tratamiento</h3>
<p>Las sesiones se realizan en nuestra unidad de tratamiento, con salas individuales, sillón reclinable, luz regulable y música. Antes de cada sesión medimos la tensión y valoramos su estado. En el caso de la ketamina intravenosa, una enfermera coloca una vía y la infusión dura unos 40 minutos, con monitorización continua y un médico presente en la unidad. En el caso de la esketamina, el propio paciente se administra el espray bajo la supervisión directa de enfermería. Después, en ambos casos, se queda en observación hasta que los efectos desaparecen: como mínimo dos horas con esketamina y unos 45 minutos tras terminar la infusión de ketamina.</p>
<h3>3. Número de sesiones</h3>
<p>Con ketamina intravenosa solemos empezar con seis sesiones en dos o tres semanas. Con esketamina, dos sesiones semanales durante cuatro semanas, después semanales y luego cada una o dos semanas. A partir de ahí, se decide el mantenimiento según la respuesta.</p>
<h3>4. Psicoterapia e integración</h3>
<p>Recomendamos a todos los pacientes acompañar el tratamiento con psicoterapia. Nuestro equipo de psicología clínica, coordinado por la psicóloga Marta Iriarte, ofrece sesiones de preparación e integración, y también trabajamos con el psicólogo o psiquiatra que ya le atiende, si lo prefiere.</p>

<h2>Qué se siente</h2>
<p>Durante la sesión es frecuente notar una sensación de ligereza o de flotar, cierto distanciamiento del propio cuerpo, cambios en la percepción de sonidos y colores y una alteración del sentido del tiempo. Algunas personas lo viven como algo agradable; otras, como extraño. Los efectos son temporales y el personal de enfermería está pendiente en todo momento. También pueden aparecer náuseas, mareo o un aumento pasajero de la tensión, que controlamos durante la sesión.</p>
<p>Después de la sesión no podrá conducir hasta el día siguiente, por lo que debe venir acompañado o usar taxi.</p>

<h2>Tarifas</h2>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Primera consulta psiquiátrica</td><td>150 &euro;</td></tr>
<tr><td>Consulta de seguimiento</td><td>90 &euro;</td></tr>
<tr><td>Sesión de ketamina intravenosa</td><td>390 &euro;</td></tr>
<tr><td>Bono de 6 sesiones de ketamina intravenosa</td><td>2.100 &euro;</td></tr>
<tr><td>Sesión de esketamina (según número de dispositivos)</td><td>desde 420 &euro;</td></tr>
<tr><td>Sesión de psicoterapia de integración</td><td>80 &euro;</td></tr>
</table>
<p>Los precios incluyen medicación, material, monitorización y observación. Puede pagar cada sesión en la clínica con tarjeta, por transferencia o por Bizum, o adquirir un bono, que puede fraccionarse hasta en 12 meses sin intereses a través de nuestra entidad financiera colaboradora. Para reservar el primer bloque de sesiones pedimos una señal de 100 &euro;, que se descuenta de la primera sesión. Emitimos factura a nombre del paciente para su aseguradora o para la declaración de la renta.</p>

<h2>Nuestras instalaciones</h2>
<p>La unidad de tratamiento se encuentra en la planta primera de un edificio del barrio de Salamanca, con ascensor y acceso adaptado. Dispone de cuatro salas individuales insonorizadas, con sillón reclinable, manta, auriculares y luz regulable, y de una sala de espera independiente para acompañantes. Todas las salas cuentan con monitor de constantes, oxígeno y material de reanimación, y el personal de enfermería tiene formación en soporte vital avanzado. Hay aparcamiento público a cien metros y paradas de metro y autobús muy cerca.</p>
<h2>Lo que cuentan nuestros pacientes</h2>
<blockquote>"Después de ocho años de depresión y cinco antidepresivos, la tercera sesión fue la primera vez en mucho tiempo que me levanté con ganas de salir a caminar. No es mágico, pero me dio el empujón para retomar la terapia." &mdash; Paciente, 46 años</blockquote>

<h2>Seguros</h2>
<p>Algunas aseguradoras privadas cubren la consulta psiquiátrica y, en determinados casos, el tratamiento con esketamina. El tratamiento con ketamina intravenosa para la depresión se considera un uso fuera de ficha técnica y normalmente no está cubierto. Nuestro equipo de atención al paciente le ayudará a consultar su póliza y a solicitar la autorización cuando proceda. También atendemos a pacientes derivados desde la sanidad pública para segunda opinión.</p>

<h2>Lo que no hacemos</h2>
<p>En Clínica Alba no vendemos ketamina ni esketamina, ni entregamos medicación para administrar en casa. Todas las sesiones se realizan en la clínica y bajo supervisión. Recibimos de vez en cuando consultas de personas que han visto anuncios en internet o en redes sociales ofreciendo "ketamina sin receta" o "esketamina con envío a domicilio" y pago por Bitcoin: no son servicios médicos y no son seguros. Si tiene dudas, consúltenos.</p>
<p>Nuestro número de WhatsApp es exclusivamente para pedir, cambiar o confirmar citas y para resolver dudas administrativas. Las cuestiones clínicas se tratan en consulta o por teléfono con el equipo médico.</p>

<h2>Preguntas frecuentes</h2>
<h3>¿Necesito un informe de mi psiquiatra?</h3>
<p>No es imprescindible, pero nos ayuda mucho. Traiga todos los informes y la lista de medicamentos que ha tomado.</p>
<h3>¿Tengo que dejar mi medicación?</h3>
<p>No. La esketamina se usa junto con un antidepresivo oral y la ketamina suele combinarse con el tratamiento habitual. Algunas medicaciones pueden ajustarse antes de las sesiones; se lo indicaremos.</p>
<h3>¿Cuánto tarda en hacer efecto?</h3>
<p>Algunas personas notan cambios tras la primera o segunda sesión; otras, tras varias semanas. Medimos la evolución con escalas validadas.</p>
<h3>¿Es adictiva?</h3>
<p>La ketamina puede generar abuso fuera del contexto médico. En un tratamiento supervisado, con dosis controladas y seguimiento, el riesgo es bajo, y lo vigilamos en todo momento.</p>
<h3>¿Atienden en inglés?</h3>
<p>Sí, varios miembros del equipo atienden en inglés y francés.</p>

<h2>Cómo pedir cita</h2>
<p>Puede pedir cita por teléfono, en el formulario de la web o por WhatsApp. Habitualmente damos primera consulta en una o dos semanas. Si está pasando por una crisis o tiene pensamientos de suicidio, no espere a la cita: llame al 024 (línea de atención a la conducta suicida) o al 112, o acuda a urgencias.</p>
</main>
<footer>
<p>Clínica Alba Salud Mental, S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid &middot; Calle de Velázquez, Madrid</p>
<p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
""", noise="cookie-es")

p("h10130", "https://kliniekdelinde.example/behandelingen/ketamine-en-esketamine", "clinic", False, "nl",
  "dutch-mental-health-clinic-long-treatment-page", "Ketamine- en esketaminebehandeling bij depressie | Kliniek De Linde", """
<header>
<a class="logo" href="/">Kliniek De Linde <span>specialistische ggz</span></a>
<nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/team">Ons team</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/locaties">Locaties</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="kruimel"><a href="/behandelingen">Behandelingen</a> &rsaquo; Ketamine en esketamine</p>
<h1>Ketamine- en esketaminebehandeling bij depressie</h1>
<p class="intro">Kliniek De Linde biedt sinds 2021 behandeling met esketamine-neusspray en ketamine-infusies voor volwassenen met een therapieresistente depressie. De behandeling vindt altijd plaats op onze locatie in Utrecht, onder toezicht van een psychiater en verpleegkundigen.</p>

<h2>Voor wie is deze behandeling?</h2>
<p>Deze behandeling is bedoeld voor volwassenen met een depressie die onvoldoende is verbeterd na ten minste twee behandelingen met antidepressiva in een goede dosering en gedurende voldoende tijd, meestal in combinatie met psychotherapie. In de richtlijnen heet dat een therapieresistente depressie. Ongeveer een op de drie mensen met een depressie krijgt daar ooit mee te maken.</p>
<p>Het is geen behandeling voor iedereen. Mensen met een psychose in de voorgeschiedenis, hoge bloeddruk die niet goed onder controle is, bepaalde hart- en vaatziekten, actief middelengebruik, of die zwanger zijn of borstvoeding geven, komen meestal niet in aanmerking. Tijdens de intake bekijken we dat zorgvuldig.</p>

<h2>Wat is ketamine en wat is esketamine?</h2>
<p>Ketamine is een narcosemiddel dat al sinds de jaren zeventig in ziekenhuizen wordt gebruikt, onder meer bij spoedeisende hulp en in de anesthesie. Sinds het jaar 2000 is in tientallen onderzoeken aangetoond dat een lage dosis ketamine bij een deel van de mensen met een therapieresistente depressie binnen enkele uren tot dagen tot verbetering kan leiden. Ketamine werkt op het glutamaatsysteem in de hersenen, anders dan de klassieke antidepressiva, die vooral op serotonine en noradrenaline werken.</p>
<p>Esketamine is de helft van het ketaminemolecuul (de zogeheten S-vorm). Het is als neusspray (Spravato) sinds eind 2019 in de Europese Unie geregistreerd voor volwassenen met een therapieresistente depressie, in combinatie met een antidepressivum. Ketamine-infusies worden bij depressie "off-label" gegeven, dat wil zeggen buiten de officiële registratie, maar wel op basis van veel wetenschappelijk onderzoek en volgens een landelijk behandelprotocol.</p>

<h2>Hoe verloopt de behandeling?</h2>
<h3>Aanmelding</h3>
<p>Voor aanmelding heeft u een verwijzing nodig van uw huisarts, psychiater of een andere behandelaar in de ggz, met informatie over de diagnose en de behandelingen die u al heeft gehad. Na ontvangst van de verwijzing neemt ons secretariaat binnen vijf werkdagen contact met u op. De huidige wachttijd tot de intake is ongeveer zes weken; de actuele wachttijden staan op onze website, zoals de Nederlandse Zorgautoriteit voorschrijft.</p>
<h3>Intake</h3>
<p>De intake bestaat uit een uitgebreid gesprek met een psychiater, een lichamelijk onderzoek met bloeddrukmeting en zo nodig bloedonderzoek en een ECG. We bespreken uw klachten, eerdere behandelingen, medicijnen, lichamelijke gezondheid en uw thuissituatie. Ook bespreken we alternatieven, zoals een andere medicatiestrategie, elektroconvulsietherapie (ECT) of repetitieve transcraniële magnetische stimulatie (rTMS). Samen besluiten we welke behandeling het beste past.</p>
<h3>De behandelsessies</h3>
<p>De sessies vinden plaats in onze behandelunit, in rustige eenpersoonskamers met een relaxstoel. Voor elke sessie meten we uw bloeddruk en vragen we hoe het gaat. Bij esketamine dient u de neusspray zelf toe onder direct toezicht van een verpleegkundige; daarna blijft u minimaal twee uur ter observatie. Bij een ketamine-infusie krijgt u via een infuus in ongeveer veertig minuten een lage dosis toegediend, met continue bewaking van hartslag, bloeddruk en zuurstof, en blijft u daarna nog ongeveer een uur.</p>
<p>Esketamine wordt in de eerste vier weken twee keer per week gegeven, daarna een keer per week en vervolgens eens per week of eens per twee weken. Een ketaminebehandeling bestaat doorgaans uit zes infusies in drie weken. Na de eerste fase evalueren we met gestandaardiseerde vragenlijsten of de behandeling effect heeft en of voortzetting zinvol is.</p>
<h3>Na de sessie</h3>
<p>Op de dag van de behandeling mag u geen auto, fiets of scooter besturen en geen machines bedienen. U moet dus worden opgehaald of met de taxi naar huis gaan. Het openbaar vervoer raden we af als u alleen bent.</p>

<h2>Hoe voelt het?</h2>
<p>Tijdens en kort na de toediening ervaren de meeste mensen een gevoel van loskomen van het eigen lichaam of de omgeving (dissociatie), duizeligheid, een zweverig of dromerig gevoel, veranderde waarneming van geluid en tijd en soms misselijkheid. Die effecten zijn meestal na een tot twee uur verdwenen. Bij de volgende sessies worden ze vaak minder intens. De verpleegkundigen zijn de hele tijd in de buurt en helpen als het onprettig wordt.</p>

<h2>Behandeling naast andere zorg</h2>
<p>Ketamine en esketamine zijn geen vervanging van psychotherapie of van uw andere behandeling. Wij werken nauw samen met uw eigen behandelaar en adviseren om tijdens en na de behandeling psychotherapie te blijven volgen. Binnen De Linde bieden we daarnaast groepsbijeenkomsten over herstel en terugvalpreventie aan.</p>

<h2>Wetenschappelijk onderzoek</h2>
<p>Kliniek De Linde werkt samen met de afdeling psychiatrie van een universitair medisch centrum. Alle patiënten die daarvoor toestemming geven, dragen met geanonimiseerde gegevens bij aan een landelijke registratie van esketamine- en ketaminebehandelingen. Daarmee willen we beter leren begrijpen wie het meest baat heeft bij de behandeling, hoe lang onderhoudsbehandeling zinvol is en welke bijwerkingen op de lange termijn optreden. Deelname is vrijwillig en heeft geen invloed op uw behandeling.</p>
<p>Uit onze eigen cijfers over 2024 en 2025 blijkt dat ongeveer de helft van de patiënten na de eerste behandelfase een duidelijke vermindering van de depressieve klachten liet zien, gemeten met de MADRS- en QIDS-vragenlijsten. Bij ongeveer een kwart was sprake van remissie. Een op de tien patiënten stopte voortijdig, meestal vanwege bijwerkingen zoals misselijkheid of een te sterk dissociatief gevoel.</p>

<h2>Ervaringen van patiënten</h2>
<blockquote>"Na zeven jaar en vijf verschillende antidepressiva had ik de hoop eigenlijk opgegeven. De eerste sessies waren vreemd, alsof ik naar mezelf keek vanaf een afstand. Rond de vijfde week merkte mijn partner dat ik weer plannen maakte. Dat had ik zelf nog niet eens door." &mdash; patiënte, 49 jaar</blockquote>
<blockquote>"Wat ik fijn vond: de verpleegkundigen namen echt de tijd. Geen lopende band. En mijn eigen psycholoog werd steeds op de hoogte gehouden." &mdash; patiënt, 36 jaar</blockquote>

<h2>Kosten en vergoeding</h2>
<p>De behandeling met esketamine-neusspray valt onder de gespecialiseerde ggz en wordt in de meeste gevallen vergoed uit de basisverzekering, mits u een geldige verwijzing heeft. Wel geldt uw eigen risico (in 2026 &euro;385). Kliniek De Linde heeft contracten met de meeste grote zorgverzekeraars; bij een niet-gecontracteerde verzekering kan een deel van de kosten voor eigen rekening komen. Controleer dit altijd vooraf bij uw verzekeraar.</p>
<p>Ketamine-infusies bij depressie worden niet door alle verzekeraars vergoed, omdat het om off-label gebruik gaat. Als uw verzekeraar niet vergoedt, bedragen de kosten &euro;325 per infusie, inclusief medicatie, bewaking en nazorg. U ontvangt vooraf een schriftelijke prijsopgave. Betalen kan per factuur, met pin in de kliniek of via iDEAL; een betalingsregeling is mogelijk.</p>

<h2>Wat wij niet doen</h2>
<p>Wij geven geen ketamine of esketamine mee naar huis en versturen geen medicatie. Alle behandelingen vinden plaats in onze kliniek. Regelmatig krijgen we vragen van mensen die op internet of via sociale media aanbiedingen hebben gezien om ketamine "zonder recept" te bestellen, met verzending in neutrale verpakking en betaling in bitcoin. Dat is geen zorg: het is illegaal, u weet niet wat u krijgt en niemand let op uw veiligheid. Heeft u zo'n middel gebruikt en maakt u zich zorgen, bespreek het dan gerust met uw huisarts of met ons.</p>

<h2>Praktische informatie</h2>
<p>Onze behandelunit bevindt zich op de begane grond en is rolstoeltoegankelijk. Er is een parkeergarage op vijf minuten lopen en de locatie is goed bereikbaar met de bus vanaf Utrecht Centraal. Neem bij uw eerste sessie uw identiteitsbewijs, verzekeringspas en een actueel medicatieoverzicht van uw apotheek mee. Draag makkelijke kleding; een eigen koptelefoon en oogmasker mag u meenemen, maar wij hebben ze ook. Eet twee uur voor de sessie niet meer en drink het laatste halfuur niets. Wilt u een afspraak verzetten, doe dat dan minimaal 24 uur van tevoren, zodat een andere patiënt de plek kan krijgen.</p>

<h2>Contact en afspraken</h2>
<p>Ons secretariaat is bereikbaar op werkdagen van 8.30 tot 17.00 uur, telefonisch en per e-mail. Bestaande patiënten kunnen afspraken ook via WhatsApp verzetten of bevestigen; medische vragen beantwoorden we niet via WhatsApp, maar telefonisch of in het beveiligde patiëntenportaal. Bent u in crisis, bel dan uw huisarts, de huisartsenpost of 113 Zelfmoordpreventie (0800-0113). Bij direct gevaar belt u 112.</p>

<h2>Veelgestelde vragen</h2>
<h3>Moet ik stoppen met mijn antidepressivum?</h3>
<p>Nee. Esketamine wordt juist in combinatie met een antidepressivum gegeven. Sommige andere medicijnen, zoals hoge doseringen benzodiazepinen, kunnen het effect verminderen; dat bespreken we bij de intake.</p>
<h3>Hoe snel merk ik effect?</h3>
<p>Sommige mensen merken al na een of twee sessies verschil, anderen pas na enkele weken. Een deel van de mensen heeft onvoldoende baat bij de behandeling. We meten de voortgang steeds met vragenlijsten.</p>
<h3>Is ketamine verslavend?</h3>
<p>Buiten een medische setting kan ketamine tot misbruik leiden. Binnen een behandeling met vaste doseringen, toezicht en controles is dat risico klein, maar we blijven er alert op.</p>
<h3>Kan ik iemand meenemen?</h3>
<p>Ja, een naaste mag mee naar de intake en kan tijdens de sessie in de wachtruimte verblijven.</p>
</main>
<footer>
<p>Kliniek De Linde B.V. &middot; Specialistische ggz &middot; Locatie Utrecht, Maliebaan &middot; AGB-code en KvK-nummer op aanvraag</p>
<p><a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a> &middot; <a href="/wachttijden">Wachttijden</a></p>
</footer>
""", noise="cookie-nl")

p("h10131", "https://clinicavitta-infusao.example/tratamentos/cetamina-escetamina", "clinic", False, "pt",
  "brazilian-infusion-clinic-long-page", "Tratamento com cetamina e escetamina em São Paulo | Clínica Vitta Infusão", """
<header>
<div class="topo">Clínica Vitta &middot; Av. Brigadeiro Faria Lima, São Paulo &middot; (11) 3000-7720 &middot; Agendamento por WhatsApp (11) 9 0000-7720</div>
<a class="logo" href="/">Clínica Vitta <span>Infusão &amp; Saúde Mental</span></a>
<nav><a href="/tratamentos">Tratamentos</a> <a href="/equipe">Equipe médica</a> <a href="/valores">Valores e convênios</a> <a href="/estrutura">Estrutura</a> <a href="/blog">Blog</a> <a href="/contato">Contato</a></nav>
</header>
<main>
<p class="trilha"><a href="/tratamentos">Tratamentos</a> &rsaquo; Cetamina e escetamina</p>
<h1>Tratamento com cetamina e escetamina</h1>
<p class="chamada">Na Clínica Vitta, a cetamina endovenosa e a escetamina intranasal são aplicadas exclusivamente em nossas salas de infusão, com médico anestesiologista e equipe de enfermagem presentes, como parte de um plano psiquiátrico completo.</p>

<h2>Depressão resistente: quando os tratamentos habituais não bastam</h2>
<p>A depressão é uma das principais causas de incapacidade no mundo, e o Brasil tem uma das maiores prevalências da América Latina. A maioria das pessoas melhora com antidepressivos e psicoterapia, mas uma parcela importante, estimada em cerca de um terço, não responde o suficiente mesmo depois de duas ou mais tentativas com medicamentos diferentes, em dose e tempo adequados. É o que se chama de depressão resistente ao tratamento.</p>
<p>Antes de indicar cetamina ou escetamina, nossos psiquiatras revisam com cuidado o histórico de cada paciente: medicamentos usados, doses, tempo de uso, efeitos colaterais, adesão, diagnósticos associados e fatores que podem manter a depressão, como hipotireoidismo, apneia do sono, uso de álcool, dor crônica ou um transtorno bipolar não identificado. Em alguns casos, o melhor próximo passo é outro.</p>

<h2>Como a cetamina age</h2>
<p>A cetamina é um anestésico usado em hospitais há mais de cinquenta anos. Em doses bem menores que as anestésicas, ela tem efeito antidepressivo rápido, demonstrado em dezenas de estudos desde 2000, inclusive com participação de pesquisadores brasileiros. Diferente dos antidepressivos tradicionais, que agem sobre serotonina e noradrenalina e levam semanas para funcionar, a cetamina atua no sistema do glutamato, bloqueando o receptor NMDA e estimulando a formação de novas conexões entre neurônios. Por isso, muitos pacientes percebem melhora em dias.</p>
<p>A escetamina é uma das duas formas da molécula de cetamina. No Brasil, o spray nasal (Spravato) tem registro na Anvisa desde 2020 para depressão resistente em adultos, em associação com um antidepressivo oral, e deve ser administrado em serviço de saúde, com observação por pelo menos duas horas.</p>

<h2>Para quem é indicado</h2>
<p>Adultos com depressão maior resistente, alguns casos de depressão bipolar e, dentro de protocolos específicos, pacientes com ideação suicida que já estejam em acompanhamento psiquiátrico. Não é indicado para pessoas com histórico de psicose, hipertensão não controlada, algumas doenças cardíacas e vasculares, uso ativo de substâncias, gestantes e lactantes. A indicação é sempre feita depois de uma consulta presencial.</p>

<h2>Como funciona o tratamento</h2>
<h3>Consulta inicial</h3>
<p>A primeira consulta dura cerca de uma hora e é feita por um dos nossos psiquiatras: Dra. Renata Albuquerque (diretora clínica), Dr. Felipe Tavares ou Dra. Camila Nogueira. Revisamos seu histórico, laudos e exames, medimos a pressão arterial e, se necessário, pedimos exames de sangue ou eletrocardiograma. Ao final, você recebe uma recomendação clara, com os benefícios, riscos e alternativas.</p>
<h3>Sessões</h3>
<p>As sessões acontecem em salas individuais, com poltrona reclinável, iluminação suave e música. Antes de cada aplicação medimos a pressão e conversamos sobre como você está. Na infusão de cetamina, a enfermagem instala um acesso venoso e a medicação corre em cerca de 40 minutos, com monitorização contínua e um médico anestesiologista na unidade. Na escetamina, você mesmo aplica o spray sob supervisão direta da enfermagem. Depois, você permanece em observação até os efeitos passarem: no mínimo duas horas com escetamina e cerca de 45 minutos após o fim da infusão de cetamina.</p>
<h3>Frequência</h3>
<p>Com cetamina endovenosa, normalmente começamos com seis sessões em duas a três semanas. Com escetamina, são duas sessões por semana nas primeiras quatro semanas, depois semanais e em seguida semanais ou quinzenais. A manutenção é definida de acordo com a resposta, medida por escalas padronizadas.</p>
<h3>Psicoterapia</h3>
<p>Recomendamos fortemente que o tratamento seja acompanhado de psicoterapia. Nossa equipe de psicologia oferece sessões de preparação e integração, e também trabalhamos em conjunto com o seu psicólogo ou psiquiatra, se você preferir.</p>

<h2>O que se sente</h2>
<p>Durante a sessão, é comum sentir leveza, sensação de flutuar, distanciamento do próprio corpo, mudanças na percepção de sons, cores e tempo. Algumas pessoas acham agradável; outras, estranho. Os efeitos são temporários. Náusea, tontura e aumento passageiro da pressão podem acontecer e são acompanhados pela equipe. No dia da sessão você não pode dirigir; venha acompanhado ou use táxi ou aplicativo.</p>

<h2>Nossa estrutura</h2>
<p>A unidade de infusão fica no 8º andar de um edifício médico na Faria Lima, com acesso por elevador e estacionamento conveniado no subsolo. São seis salas individuais com isolamento acústico, poltronas reclináveis, cobertores, fones com cancelamento de ruído e janelas com vista para o parque. Todas as salas contam com monitor multiparamétrico, oxigênio e carrinho de emergência, e a equipe é treinada em suporte avançado de vida. Há uma sala de espera separada para acompanhantes, com café e Wi-Fi.</p>
<p>Trabalhamos com horários de segunda a sábado, das 7h às 20h, o que facilita para quem precisa conciliar o tratamento com o trabalho. Na fase inicial, quando as sessões são mais frequentes, procuramos manter sempre o mesmo horário e, se possível, a mesma equipe de enfermagem.</p>

<h2>Depoimentos</h2>
<blockquote>"Eu tinha passado por cinco psiquiatras e seis remédios. Na terceira sessão de cetamina acordei no dia seguinte com vontade de fazer café para a família. Parece pouco, mas fazia anos que isso não acontecia." &mdash; Marcos, 47 anos</blockquote>
<blockquote>"A escetamina me deixou bem enjoada nas primeiras vezes, mas a equipe ajustou a medicação e passou. O que mais me ajudou foi a psicoterapia junto." &mdash; Patrícia, 38 anos</blockquote>

<h2>Valores</h2>
<table>
<tr><th>Serviço</th><th>Valor</th></tr>
<tr><td>Consulta psiquiátrica inicial</td><td>R$ 750</td></tr>
<tr><td>Sessão de cetamina endovenosa</td><td>R$ 1.200</td></tr>
<tr><td>Pacote com 6 sessões de cetamina endovenosa</td><td>R$ 6.480</td></tr>
<tr><td>Sessão de escetamina (conforme número de dispositivos)</td><td>a partir de R$ 1.900</td></tr>
<tr><td>Sessão de psicoterapia de integração</td><td>R$ 350</td></tr>
</table>
<p>Os valores incluem medicação, materiais, monitorização e observação. Aceitamos cartões de crédito e débito, Pix e transferência, e o pacote pode ser parcelado em até 10 vezes sem juros no cartão. Emitimos nota fiscal e recibo com os dados necessários para pedido de reembolso ao seu plano de saúde.</p>

<h2>Como se preparar para a sessão</h2>
<p>Chegue com 15 minutos de antecedência na primeira sessão para preencher o termo de consentimento e medir os sinais vitais. Não coma nas duas horas anteriores e evite líquidos na última meia hora. Use roupas confortáveis e traga um casaco leve, porque as salas são climatizadas. Se quiser, traga seus próprios fones e uma playlist tranquila. Traga a lista atualizada dos medicamentos que você usa e avise a enfermagem sobre qualquer mudança. E, principalmente, combine com antecedência quem vai buscar você: não liberamos o paciente sem acompanhante ou transporte definido.</p>

<h2>Convênios e reembolso</h2>
<p>A consulta psiquiátrica pode ser reembolsada por muitos planos, conforme as regras do seu contrato. A escetamina não faz parte do rol obrigatório da ANS, mas alguns pacientes conseguem cobertura administrativamente ou por via judicial; nossa equipe fornece relatórios médicos detalhados para esses pedidos. A cetamina endovenosa para depressão é uso "off label" e, em geral, não é coberta.</p>

<h2>O que não fazemos</h2>
<p>A Clínica Vitta não vende cetamina nem escetamina e não entrega medicação para uso em casa. Todas as aplicações são feitas na clínica, com supervisão médica. Às vezes recebemos mensagens de pessoas que viram anúncios na internet ou em redes sociais oferecendo "cetamina sem receita", com pagamento por Pix e envio por Sedex: isso não é tratamento, é ilegal e coloca sua saúde em risco. Se você usou algo assim e está preocupado, converse com seu médico sem medo de julgamento.</p>
<p>Nosso WhatsApp é usado apenas para agendamentos, confirmações e dúvidas administrativas. Questões clínicas são tratadas em consulta ou por telefone com a equipe médica.</p>

<h2>Perguntas frequentes</h2>
<h3>Preciso parar meu antidepressivo?</h3>
<p>Não. A escetamina é usada junto com um antidepressivo oral, e a cetamina costuma ser associada ao tratamento que você já faz. Alguns remédios podem precisar de ajuste antes das sessões.</p>
<h3>Em quanto tempo vejo resultado?</h3>
<p>Alguns pacientes percebem diferença após a primeira ou segunda sessão; outros, depois de algumas semanas. Parte dos pacientes não responde, e nesse caso discutimos outras opções.</p>
<h3>Cetamina vicia?</h3>
<p>Fora do contexto médico, a cetamina pode levar a uso abusivo. Em tratamento supervisionado, com doses controladas e acompanhamento, o risco é baixo, mas sempre monitorado.</p>
<h3>Vocês atendem pacientes de outras cidades?</h3>
<p>Sim. Muitos pacientes vêm de outros estados; ajudamos a organizar as sessões para reduzir o número de viagens, especialmente na fase de manutenção.</p>

<h2>Agende sua consulta</h2>
<p>Agende pelo telefone, pelo formulário do site ou pelo WhatsApp. Em caso de crise ou pensamentos suicidas, não espere a consulta: ligue para o CVV (188), para o SAMU (192) ou procure o pronto-socorro mais próximo.</p>
</main>
<footer>
<p>Clínica Vitta Infusão e Saúde Mental Ltda. &middot; Responsável técnica: Dra. Renata Albuquerque, CRM-SP &middot; São Paulo, SP</p>
<p><a href="/privacidade">Política de privacidade (LGPD)</a> &middot; <a href="/termos">Termos de uso</a></p>
</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational (9): long, mention prices, buying, shipping, messengers in passing

p("h10132", "https://thelongreadherald.example/investigations/2026/11/ketamine-telegram-trade", "informational", False, "en",
  "news-investigation-long-quotes-handles-prices", "Tap, pay, deliver: inside the online ketamine trade | The Long Read Herald", """
<header class="masthead">
<a class="logo" href="/">The Long Read Herald</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">Investigations</p>
<h1>Tap, pay, deliver: inside the online ketamine trade</h1>
<p class="standfirst">As ketamine's reputation as a medicine has grown, so has an unregulated market that borrows its language. Over four months, we followed the trail from search results to messaging apps to the people left dealing with the consequences.</p>
<p class="byline">By Imogen Carraway and Daniel Osei &middot; 24 November 2026 &middot; 22 minute read</p>

<p>The message arrived eleven minutes after we asked for a price list. "Hi friend, thanks for reaching out. Menu below. Pharma vials, crystal, S-iso needles. Delivery 1-2 days UK, 2-4 EU. Crypto or bank transfer. No script needed. Stealth guaranteed." Below it was a photograph of a tidy row of brown glass vials, their labels turned slightly away from the camera, and a table of prices: &pound;20 a gram for "crystal", &pound;85 for a 10ml vial, discounts for larger amounts.</p>
<p>The account, which called itself <em>@k_direct_uk</em>, was one of 47 Telegram channels and accounts offering ketamine that we identified over the course of this investigation. We found them the way a curious or desperate person might: by typing phrases such as "buy ketamine online", "ketamine for depression without prescription" and "esketamine nasal spray price" into search engines and social media platforms and following where the results led. Some routes went through slick websites that looked like clinics or pharmacies. Others ran through TikTok comments, Reddit threads, or Instagram accounts with names that sounded like wellness brands. Almost all of them ended on a messaging app.</p>
<p>We did not buy anything. Our reporters posed as potential customers only as far as requesting price lists and asking about delivery, and we have not published any working contact details. The handles quoted in this article have been altered.</p>

<h2>From anaesthetic to antidepressant</h2>
<p>To understand why this market looks the way it does, it helps to understand how quickly ketamine's public image has changed. For most of its history the drug was known, if at all, as an anaesthetic used in emergency medicine and by vets, and as a club drug with a reputation for leaving users in a motionless stupor known as a "k-hole". That began to change in the 2000s, when researchers reported that low doses could relieve severe depression within hours. In 2019 a nasal spray containing esketamine, a closely related molecule, was approved by regulators in the United States and Europe.</p>
<p>Since then, private ketamine clinics have opened in cities around the world, telehealth companies have offered at-home treatment in some countries, and celebrities have spoken publicly about their experiences. Searches for ketamine therapy have risen sharply. "There has been an enormous shift in how people talk about this drug," said Dr. Priya Raman, a psychiatrist and researcher at a London teaching hospital who runs a ketamine service for treatment-resistant depression. "For a lot of our patients that's been very positive. It's reduced stigma. But it also means the word 'ketamine' now carries a kind of medical legitimacy that sellers are very happy to borrow."</p>

<h2>The shop window</h2>
<p>The websites we found ranged from crude to highly polished. One, styled as a "wellness dispensary", featured stock photographs of smiling people in linen, a long article on the history of ketamine, and a page on the neuroscience of the NMDA receptor that appeared to have been adapted, with minor changes, from an academic review. Only at the bottom of the page, beneath a set of references, was there a box inviting visitors to "start your order" via a WhatsApp number. Another site presented itself as an online clinic, complete with a questionnaire asking about mood and sleep. Every set of answers we tried, including ones indicating a history of psychosis and very high blood pressure, produced the same message: "Congratulations, you are approved."</p>
<p>A third site was an apparently independent review page comparing "ketamine therapy options" &ndash; clinics, esketamine, telehealth &ndash; in careful, balanced language, before recommending a "budget partner" that would ship ketamine "without a prescription or consultation". A discount code in the link suggested an affiliate arrangement.</p>
<p>"It's the same playbook we saw with online pharmacies selling opioids and weight-loss drugs," said Marcus Levin, who studies illicit online drug markets at a university in Manchester. "You wrap the sale in a lot of legitimate-looking content, because that's what search engines reward and it's what reassures people. The actual transaction is tucked away at the end, or moved off the site entirely onto a messenger where there's no record and no payment processor asking questions."</p>

<h2>Moving to the messenger</h2>
<p>Once a conversation moves to Telegram, WhatsApp or Signal, the pretence usually drops. Sellers we spoke with offered the same menu to people who said they wanted ketamine for depression and to those who said they wanted it for a party. Several offered veterinary vials, which they said came from "contacts in the supply chain". Others offered powder described as pharmaceutical grade. Payment was requested in cryptocurrency or by bank transfer to personal accounts; one seller offered to accept gift cards.</p>
<p>Shipping was a recurring theme. Sellers promised "stealth" packaging &ndash; vacuum-sealed, hidden inside unrelated items &ndash; and several offered to "reship" for free if a parcel was seized by customs. One seller volunteered that parcels within the UK were sent by regular post from different towns "so nothing looks the same twice".</p>
<p>Telegram said in a statement that it removes channels offering illegal drugs when they are reported or detected by its moderators, and that it had removed "millions" of such channels in the past year. Of the 47 accounts we identified, 19 were no longer accessible by the time of publication. Several of those had already reappeared under slightly different names.</p>

<h2>What is actually in the vial?</h2>
<p>Drug-checking services, which analyse samples submitted anonymously by members of the public, provide a rare glimpse into what people are actually buying. A service in Bristol told us that of the samples submitted as ketamine in the past year, most did contain ketamine, but a notable minority contained other substances, including the ketamine analogue 2-FDCK, the anaesthetic ingredient benzocaine, and in a handful of cases no active drug at all. "People assume a vial is safer than a bag of powder," said one of the service's chemists. "A vial is just a container. We've had vials with water in them."</p>
<p>For people using ketamine to self-treat depression, the risks compound. Without a clinician, no one checks blood pressure, screens for psychosis, or asks about other medications. Dosing is guesswork. "The doses people use recreationally and the doses used for depression are different things," said Dr. Raman. "The supervision is not a bureaucratic add-on. It is part of the treatment."</p>

<h2>The bladder clinic</h2>
<p>At a urology department in the north of England, consultant urologist Mr. Graham Whitley sees the other end of the story. His clinic treats people with ketamine-induced uropathy: damage to the bladder and, in severe cases, the kidneys caused by frequent, heavy use. "Ten years ago these were mostly young men using recreationally at weekends who then slid into daily use," he said. "Over the last two or three years I've started seeing people who tell me they started because they'd read it was good for depression and couldn't afford a clinic."</p>
<p>One of his patients, a 29-year-old woman who asked not to be named, described buying from an Instagram account that advertised "mood support". "It felt like a health thing, not a drugs thing. The account posted about mindfulness and journaling," she said. "By the end I was using every day, and I was going to the toilet thirty times a day, with blood." She has since stopped and is waiting for reconstructive surgery.</p>

<h2>Legitimate care, squeezed</h2>
<p>Clinicians who provide ketamine treatment legitimately say they are caught in the middle. "We get calls from people who've seen ads and think we're the same thing," said the manager of a ketamine infusion clinic in Leeds, which charges &pound;450 per infusion and requires a psychiatric assessment before treatment. "We also get people who come to us after a bad experience with something they bought online." Telehealth providers in the United States, several of which prescribe ketamine lozenges after a video consultation with a licensed prescriber and ship them from licensed pharmacies, told us that impersonation was a growing problem. One said it had reported more than 60 social media accounts using its name and logo to sell ketamine in the past year.</p>
<p>Cost is at the heart of the problem. In the UK, esketamine is not routinely available on the NHS in England, and private treatment can cost thousands of pounds. "If you tell someone who is desperate that a treatment exists, and then tell them they can't afford it, you shouldn't be surprised when they look for it elsewhere," said Levin. "The answer isn't to stop talking about ketamine. It's to make proper treatment accessible and to make the unregulated market harder to find."</p>

<h2>Enforcement</h2>
<p>Police forces and regulators we contacted said online ketamine supply was a priority but acknowledged the difficulties. The Medicines and Healthcare products Regulatory Agency said it had taken down hundreds of websites selling prescription medicines illegally in the past year and urged the public to buy medicines only from registered pharmacies. The National Crime Agency said it worked with international partners and platforms to disrupt supply, but that sellers "rapidly adapt" by moving between platforms and changing names.</p>
<p>In the United States, federal prosecutors have brought several cases against individuals accused of selling ketamine through websites that posed as telehealth services, and against a small number of prescribers accused of issuing prescriptions without adequate evaluation. Legal experts say the line between a legitimate telehealth practice and an illegal seller turns largely on whether there is a genuine clinical relationship.</p>

<h2>What to look for</h2>
<p>Experts we spoke to offered the same advice to anyone considering ketamine treatment. Legitimate providers involve a named, licensed clinician who assesses you before anything is prescribed, and are willing to say no. Medication comes from a registered pharmacy or is given in a clinic. Payment is by normal methods. Anyone offering ketamine without a prescription, by messaging app, for cryptocurrency, or with promises of "stealth" shipping is not providing treatment, whatever their website says.</p>
<p>"If you're struggling, please talk to a doctor," said Dr. Raman. "There are more options for depression than there have ever been. Some of them are ketamine. None of them should arrive in a vacuum-sealed bag."</p>
<p class="support">If you have been affected by any of the issues in this article, support is available from your GP, from Samaritans on 116 123, or from FRANK on 0300 123 6600.</p>
</article>
<aside class="more"><h4>More from Investigations</h4><ul><li><a href="/investigations/2026/10/weight-loss-jabs-black-market">The black market in weight-loss jabs</a></li><li><a href="/investigations/2026/08/fake-pharmacies-search-ads">How fake pharmacies buy their way to the top of search results</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 The Long Read Herald &middot; <a href="/about">About us</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10133", "https://medicinessafety.gov.example/consumers/buying-medicines-online-safely", "informational", False, "en",
  "government-consumer-guide-long", "Buying medicines online safely: a guide for consumers | National Medicines Safety Office", """
<div class="govbar">An official website of the National Medicines Safety Office</div>
<header>
<a class="logo" href="/">National Medicines Safety Office</a>
<nav><a href="/consumers">For consumers</a> <a href="/professionals">For health professionals</a> <a href="/industry">For industry</a> <a href="/alerts">Safety alerts</a> <a href="/report">Report a problem</a> <a href="/about">About us</a></nav>
<form class="search"><input placeholder="Search this site"><button>Search</button></form>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/consumers">Consumers</a> &rsaquo; Buying medicines online safely</p>
<h1>Buying medicines online safely</h1>
<p class="summary">Many people buy medicines online, and doing so can be safe and convenient. But some websites and social media accounts sell medicines illegally, including prescription-only and controlled medicines such as ketamine, and what they supply may be fake, contaminated or dangerous. This guide explains how to tell the difference and what to do if something goes wrong.</p>
<p class="meta">Page last reviewed: 14 October 2026 &middot; Next review due: October 2027</p>

<h2>On this page</h2>
<ul><li><a href="#why">Why it matters</a></li><li><a href="#legit">What a legitimate online pharmacy looks like</a></li><li><a href="#telehealth">Online consultations and telehealth</a></li><li><a href="#warning">Warning signs</a></li><li><a href="#social">Social media and messaging apps</a></li><li><a href="#controlled">Controlled medicines, including ketamine</a></li><li><a href="#gone-wrong">If something has gone wrong</a></li><li><a href="#report">How to report</a></li></ul>

<h2 id="why">Why it matters</h2>
<p>Medicines are regulated because they can cause harm as well as good. Before a medicine can be sold, it must be shown to be safe, effective and made to a consistent standard. Prescription-only medicines carry additional safeguards: a qualified prescriber decides whether the medicine is suitable for you, at what dose and for how long, and a pharmacist checks the prescription before the medicine is supplied.</p>
<p>When medicines are bought from illegal sellers, all of those safeguards disappear. Our laboratory testing of products bought from illegal websites regularly finds medicines with too much or too little of the active ingredient, the wrong ingredient, undeclared ingredients, or contamination with bacteria or heavy metals. Some products contain no medicine at all. Even genuine medicines may have been stored badly, stolen, or diverted from veterinary or hospital supply.</p>
<p>There are financial risks too. Illegal sellers are frequently linked to fraud and identity theft. People who pay for medicines that never arrive rarely get their money back, and card details entered on illegal sites are sometimes used for other crimes.</p>

<h2 id="legit">What a legitimate online pharmacy looks like</h2>
<p>A legitimate online pharmacy is simply a registered pharmacy that also takes orders online. It should:</p>
<ul>
<li>display the name and address of the pharmacy and its registration number, which you can check on the pharmacy regulator's public register;</li>
<li>display the common logo for online medicine sellers, which links to the seller's entry on the official list when you click it;</li>
<li>name the pharmacist in charge;</li>
<li>require a valid prescription for prescription-only medicines, from a prescriber who has assessed you;</li>
<li>ask you questions about your health before supplying pharmacy medicines, and be prepared to refuse a sale;</li>
<li>offer a way to speak with a pharmacist;</li>
<li>take payment by ordinary, traceable methods such as debit or credit card.</li>
</ul>
<p>Legitimate pharmacies ship medicines in plain packaging to protect your privacy, and may require a signature on delivery. That is normal and is not a warning sign in itself.</p>

<h2 id="telehealth">Online consultations and telehealth</h2>
<p>Many registered doctors, nurse prescribers and clinics now offer consultations by video or phone, and can issue prescriptions that are then sent to a pharmacy. This can be entirely legitimate. A good online service will tell you who the prescriber is and how to check their registration, will take a proper history, may ask for information from your usual doctor, and will decline to prescribe if a medicine isn't appropriate for you. For some medicines, particularly controlled medicines and those that need monitoring, a prescriber may require an in-person appointment or tests before prescribing.</p>
<p>Be cautious of services that prescribe based only on a short online questionnaire with no opportunity for the prescriber to ask follow-up questions, that appear to approve everyone, or that do not tell you who the prescriber is. Ask yourself whether the service would ever say no.</p>

<h2 id="warning">Warning signs</h2>
<p>Any of the following should make you stop and think. Several together strongly suggest an illegal seller:</p>
<ul>
<li>Prescription-only medicines offered without a prescription, or "no prescription needed".</li>
<li>Approval by automatic questionnaire, or "everyone approved".</li>
<li>Very low prices, bulk discounts, or "buy more, save more" offers on prescription medicines.</li>
<li>Payment requested by cryptocurrency, gift cards, money transfer services or bank transfer to a personal account.</li>
<li>No physical address, or an address in a different country from the one the website appears to be based in.</li>
<li>Promises of "discreet" or "stealth" shipping designed to avoid customs, or offers to resend for free if a parcel is seized.</li>
<li>Spam emails, pop-up advertisements or unsolicited messages offering medicines.</li>
<li>Claims that a medicine is "100% safe", "no side effects", or a "miracle cure".</li>
<li>Products described as "for research purposes only" or "not for human consumption" alongside information on how they affect people.</li>
</ul>

<h2 id="social">Social media and messaging apps</h2>
<p>An increasing share of illegal sales begins on social media. Sellers advertise through posts, comments, direct messages and profile biographies, often using wellness language or emojis, and then move the conversation to a messaging app such as Telegram, WhatsApp or Signal where the order is placed. Some impersonate real pharmacies, clinics or telehealth providers, copying their names and logos.</p>
<p>No legitimate pharmacy or clinic will sell you a prescription-only medicine through a direct message or a messaging app. Legitimate providers may use messaging services for appointment reminders, but they will not take orders for medicines or discuss doses that way. If you are contacted by an account claiming to represent a provider you use, check with the provider directly using contact details from its official website.</p>

<h2 id="controlled">Controlled medicines, including ketamine</h2>
<p>Some medicines are subject to additional legal controls because of their potential for misuse and dependence. These include strong painkillers, some sleeping tablets and anxiety medicines, medicines for ADHD, and ketamine and esketamine. It is a criminal offence to supply these medicines without legal authority, and possessing them without a prescription may also be an offence.</p>
<p>Interest in ketamine has grown since esketamine nasal spray was approved for treatment-resistant depression and clinics began offering ketamine treatment. In this country, esketamine is only administered in approved healthcare settings under supervision; it is never supplied for use at home. Ketamine for depression is provided only by specialist services after assessment. Any website or account offering to sell ketamine or esketamine to the public, including "at-home kits", nasal sprays or veterinary vials, is operating illegally.</p>
<p>Products sold as ketamine online have been found to contain other substances, including ketamine analogues with different potency and effects. Ketamine itself carries risks, including raised blood pressure, dangerous interactions with alcohol and other sedatives, and serious bladder damage with frequent use.</p>

<h2>What we have seen: examples from our casework</h2>
<p>The following examples are drawn from reports we received in the past year, with details changed to protect the people involved. A woman in her thirties searched online for help with depression and found a site describing itself as an "at-home ketamine clinic". She completed a five-question form, was "approved" within minutes, paid by cryptocurrency and received an unlabelled bottle of nasal spray. Testing by our laboratory found a ketamine analogue, not ketamine. A retired man was contacted on a messaging app by an account using the name and logo of a registered telehealth provider, offering "the same medicine without the waiting list". He paid by bank transfer and received nothing; he was then asked for a "customs fee". A student bought veterinary vials advertised on social media; they had been diverted from a supplier and stored incorrectly. Each of these cases was reported to us, and each report helped us take action.</p>

<h2 id="gone-wrong">If something has gone wrong</h2>
<h3>If you have taken a medicine bought from an illegal seller</h3>
<p>If you feel unwell, seek medical advice straight away. In an emergency, call the emergency number. Take the packaging with you if you can. Tell the health professional what you took and where it came from; they are there to help you, not to report you.</p>
<h3>If you have paid and received nothing, or been asked for more money</h3>
<p>A common scam involves a seller, or someone claiming to be a customs or courier official, asking for an extra payment to "release" a parcel. Do not pay. Contact your bank or card provider as soon as possible; they may be able to stop or recover the payment. Report the fraud to the national fraud reporting service.</p>
<h3>If you have given your card details to a suspicious site</h3>
<p>Contact your bank, cancel the card and monitor your statements.</p>

<h2 id="report">How to report</h2>
<p>You can report a website, social media account or seller offering medicines illegally using our <a href="/report">online reporting form</a>. You do not need to give your name. Include the web address or account name and, if possible, screenshots. We work with internet service providers, platforms, payment companies and law enforcement to take down illegal sellers; in the last year we removed or blocked more than 2,600 websites and social media listings.</p>
<p>You can also report suspected side effects from any medicine, whether bought legally or not, through the Yellow Card-style adverse reaction reporting scheme on our website.</p>

<h2>Related information</h2>
<ul><li><a href="/consumers/check-a-pharmacy">Check a pharmacy is registered</a></li><li><a href="/consumers/fake-weight-loss-medicines">Fake weight-loss medicines</a></li><li><a href="/alerts/2026/ketamine-products-online">Safety alert: products sold online as ketamine (August 2026)</a></li><li><a href="/consumers/disposing-of-medicines">Disposing of unwanted medicines</a></li></ul>
</main>
<footer>
<p>National Medicines Safety Office &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/foi">Freedom of information</a> &middot; <a href="/contact">Contact us</a></p>
</footer>
""", noise="cookie")

p("h10134", "https://safer-nights-collective.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-long-substance-guide", "Ketamine: the Safer Nights guide | Safer Nights Collective", """
<header>
<a class="logo" href="/">Safer Nights <span>Collective</span></a>
<nav><a href="/drugs">Drug guides</a> <a href="/combos">Combinations</a> <a href="/testing">Drug checking</a> <a href="/festivals">Festivals &amp; events</a> <a href="/support">Get support</a> <a href="/about">About us</a></nav>
</header>
<main>
<p class="note">Safer Nights is a peer-led harm reduction charity. We don't sell drugs and we don't judge. Our guides are written by people with lived experience and checked by doctors and pharmacists.</p>
<h1>Ketamine</h1>
<p class="aka">Also called: K, ket, special K, Kitty, Vitamin K, horse tranquilliser, donkey dust</p>

<h2>The basics</h2>
<p>Ketamine is a dissociative anaesthetic. Doctors use it in hospitals, paramedics use it at the roadside, vets use it on animals, and more recently psychiatrists have started using it to treat severe depression. Outside medicine it is usually sold as a white or off-white crystalline powder, sometimes as small shards or "needles", and usually snorted. Less often it's swallowed, injected, or put in drinks.</p>
<p>People use ketamine because in small amounts it can feel relaxing, floaty and euphoric, and at higher amounts it produces strange, dreamlike and sometimes profound experiences. It also carries real risks, some of which catch people out because they build slowly. This guide is about reducing those risks if you've decided to use it.</p>

<h2>What it feels like</h2>
<p>Effects depend heavily on how much you take, how you take it, your tolerance, your mood and where you are. People describe:</p>
<ul>
<li><strong>Small amounts:</strong> feeling relaxed, giggly, light or a bit drunk; music sounding different; feeling a bit clumsy.</li>
<li><strong>Moderate amounts:</strong> feeling detached from your body, like you're floating or made of something heavy; distorted vision and sense of space; difficulty walking or talking; strange thoughts.</li>
<li><strong>Large amounts:</strong> a "k-hole" &ndash; almost total disconnection from your surroundings, being unable to move or speak, intense visions or feelings of being somewhere else entirely. Some people find this meaningful; many find it frightening.</li>
</ul>
<p>Snorted, effects usually start within 5 to 15 minutes and the main effects last 45 to 90 minutes. You'll likely feel "off" for a few hours after that. Swallowed, it takes longer to start and lasts longer. Injected, it hits within a minute or two and is much harder to control.</p>

<h2>Risks in the moment</h2>
<h3>Accidents</h3>
<p>Ketamine numbs pain and messes with your coordination and sense of where your body is. People fall, walk into traffic, burn themselves, or drown &ndash; including in baths. Most ketamine-related deaths involve accidents or mixing, not the drug alone.</p>
<h3>Mixing</h3>
<p>Ketamine plus alcohol is the combination we worry about most. Both slow you down, and together they increase the risk of vomiting while unable to move, choking, and breathing problems. Mixing with GHB/GBL, benzos (like Xanax or diazepam) or opioids is even more dangerous. Ketamine with stimulants like cocaine or MDMA puts extra strain on your heart and blood pressure and makes it harder to judge how much you've had.</p>
<h3>Bad experiences</h3>
<p>The disconnection that some people love can be terrifying for others, especially if you weren't expecting it, are somewhere busy or unfamiliar, or are already anxious. Panic, confusion and paranoia are common reasons people end up in first aid tents.</p>
<h3>Vulnerability</h3>
<p>If you're in a k-hole, you can't look after yourself or defend yourself. Sadly, people have been robbed and sexually assaulted while incapacitated. Only use around people you trust.</p>

<h2>Longer-term risks</h2>
<h3>Your bladder</h3>
<p>This is the big one. Regular ketamine use can seriously damage your bladder and urinary tract. It usually starts with needing to pee more often and more urgently, pain or burning when you pee, and sometimes blood in your pee. If you keep using, the bladder can become inflamed and scarred, shrink, and in the worst cases need to be surgically removed. Kidneys can also be affected. The damage often improves if you stop early, but not always. If you notice any of these symptoms, please cut down or stop, drink water, and see a doctor &ndash; and tell them about your ketamine use, because it changes what they'll test for and how they treat it.</p>
<h3>K-cramps</h3>
<p>Some regular users get severe stomach pains. These are a warning sign that your use is affecting your body and are linked to liver and bile duct problems.</p>
<h3>Dependence</h3>
<p>Tolerance builds quickly, so people find themselves using more, more often. Ketamine can be psychologically very compelling, and some people find it hard to stop, especially if they're using it to cope with low mood or anxiety. Memory and concentration problems are common in regular users and usually improve after stopping.</p>

<h2>If you're going to use it</h2>
<ul>
<li><strong>Test it.</strong> Powder sold as ketamine sometimes contains something else, including similar-looking drugs like 2-FDCK or deschloroketamine, which can be stronger and last longer. Use a drug-checking service if there's one near you (see below) or a reagent test kit.</li>
<li><strong>Start low, go slow.</strong> Take a small bump and wait at least 20 to 30 minutes before considering more. Re-dosing quickly is how people end up in a k-hole they didn't intend.</li>
<li><strong>Don't mix,</strong> especially with alcohol, benzos, GHB/GBL or opioids.</li>
<li><strong>Be somewhere safe.</strong> Sit or lie down. Stay away from water, roads, balconies and stairs.</li>
<li><strong>Have a sober friend around,</strong> especially if you're new to it or taking more than usual.</li>
<li><strong>Don't drive</strong> for at least 24 hours.</li>
<li><strong>Look after your nose:</strong> use your own clean straw or tube, rinse with water afterwards, and take breaks.</li>
<li><strong>Space it out.</strong> The more often you use, the greater the risk to your bladder and the faster tolerance builds. Regular breaks of several weeks help.</li>
</ul>

<h2>Helping someone who's too far gone</h2>
<p>If someone's in a k-hole but breathing normally and responsive to some degree, move them somewhere quiet and safe, talk to them calmly, and stay with them. Don't give them anything else to "bring them round". If they're unresponsive, breathing strangely, have been vomiting, or have mixed with alcohol or other depressants, put them in the recovery position and call an ambulance. Tell the paramedics what they've taken. In most places paramedics don't involve the police unless there's violence or a death.</p>

<h2>About buying</h2>
<p>We're often asked where to buy ketamine or whether particular online shops or Telegram sellers are "legit". We can't and won't recommend sellers. What we can say is that buying online or through messaging apps doesn't make a product safer or purer: drug-checking services regularly find "pharma vials" that aren't what they claim, and online sellers disappear with people's money all the time. Street prices in the UK in 2026 are typically around &pound;20 to &pound;30 a gram, which is low enough that people often underestimate how much they're using. Whatever the source, test it and follow the tips above.</p>

<h2>Ketamine and depression</h2>
<p>Lots of people now know that ketamine is being used to treat depression, and some people try to self-medicate. We get it &ndash; waiting lists are long and private clinics are expensive. But medical ketamine treatment is very different from street use: the doses are controlled, someone checks your blood pressure and mental health, and the sessions are limited and spaced out. People who self-medicate with street ketamine often end up using more and more often, and that's where the bladder problems and dependence come in. If you're struggling, please talk to your GP about treatment options, including referral to a specialist service.</p>

<h2>If you want to cut down</h2>
<p>Lots of people who use ketamine regularly decide at some point that they want to use less or stop. Some find it easier than they expected; others find the first weeks really hard, with low mood, anxiety, poor sleep and strong cravings, especially if they were using most days. A few things that people tell us helped: setting clear limits in advance (days, amounts) and writing them down; not keeping a supply at home; deleting the contacts or apps they bought from; telling one trusted person about the plan; planning what to do at the times they'd usually use; and getting support early rather than waiting until things are bad. If you have bladder symptoms, stopping completely is usually the best option for your health. Your GP or a local drug service can help with withdrawal symptoms and mood, and won't judge you.</p>

<h2>Drug checking</h2>
<p>Drug-checking services analyse a small sample of your drug and tell you what's in it, usually along with harm reduction advice. Some are at festivals; some have fixed sites in cities. They're confidential. See our <a href="/testing">drug-checking page</a> for current locations and times. If there's no service near you, reagent kits (such as Mandelin and Morris for ketamine) can help you rule out some common substitutes, though they can't tell you purity.</p>

<h2>Getting support</h2>
<p>If you want to cut down or stop, or you're worried about your bladder or your mental health, you're not alone. Talk to your GP, or contact a local drug service &ndash; many take self-referrals. If you're in the UK you can also contact FRANK (0300 123 6600) for confidential advice. If you're in crisis, call the Samaritans on 116 123.</p>
</main>
<footer>
<p>Safer Nights Collective is a registered charity. Information on this page is for harm reduction purposes and is not medical advice. <a href="/privacy">Privacy</a> &middot; <a href="/donate">Donate</a></p>
</footer>
""", noise="cookie")

p("h10135", "https://forum.trd-support.example/t/clinic-vs-spravato-vs-at-home-share-your-experiences/18422", "informational", False, "en",
  "forum-thread-long-plain-text", "Clinic vs Spravato vs at-home: share your experiences (long thread) - TRD Support Forum", """
TRD Support Forum > Treatments > Ketamine & Esketamine
Thread: Clinic vs Spravato vs at-home: share your experiences (costs, what worked, what didn't)
Pinned by moderators | 214 replies | 18.6k views

--- Original post by lakeside_lou (member since 2021) ---
Hi all. We get a new "should I do IV or Spravato or the mail-order one" thread about once a week, so the mod team asked me to start a megathread where people can post their experience in one place. Please include, if you're comfortable: which route(s) you tried, roughly what it cost and whether insurance helped, how many sessions before you noticed anything, side effects, and where you are now. Keep it kind. Reminder of rule 4: no sourcing. Don't ask where to buy ketamine without a prescription, don't post or DM seller links or handles. Those posts get removed and repeat offenders get banned. We're not being precious, we've just seen people get scammed and hurt.

I'll start. I'm 41, female, TRD since my twenties, failed 7 meds. Did IV at a clinic in 2023: 6 infusions, $475 each, no insurance coverage. Felt nothing after 1-2, something lifted after 3, by 6 I was the best I'd been in years. Boosters every 5-6 weeks for about a year. Side effects: nausea the first couple of times (they gave me Zofran after that), BP went up a bit during, felt wiped the rest of the day. Total spend for the year was around $8k, which is obscene, but I'd do it again. Currently on a maintenance booster every 3 months and doing well.

--- Reply by Ferrous_Wheel ---
Spravato here. Male, 55. Insurance (BCBS) covered it after a prior auth that took almost 6 weeks and two appeals. Copay is $40 a session plus I used the manufacturer savings card for the drug part. Induction was brutal schedule-wise, twice a week, 2+ hours each time, plus the drive. My wife drove me every time, bless her. Dissociation was weird and kind of choppy for me, not floaty. By week 4 my PHQ went from 22 to 11. I'm on every-other-week now, about 14 months in.

--- Reply by mossgreen_ ---
At-home (telehealth) here. Did the video eval with a psychiatric NP, had to send BP readings and my med list, she asked about a zillion things. Got approved, the pharmacy shipped the troches overnight, signature required. Something like $250/month all in plus the pharmacy charge. Honestly it helped some but not as much as I hoped. Oral absorption is apparently pretty variable. I'm switching to Spravato now that my new job's insurance covers it. Not knocking it, it was a good first step for someone with no money.

--- Reply by anon_throwaway_88 ---
does anyone know where I can just buy it? clinics are 3 hours from me and I can't afford them

--- Reply by MOD_kestrel ---
@anon_throwaway_88 I hear you, and I'm sorry, the access situation is genuinely awful. But per rule 4 we can't help with sourcing, and honestly you don't want to go that route. Several members have posted about buying "pharma vials" online, paying in crypto, and either getting nothing or getting something that wasn't ketamine. If anyone DMs you a Telegram or WhatsApp handle after this post, please report it; we get spam bots that trawl for exactly these questions. What we CAN help with: some telehealth programs do video evals and are cheaper than clinics, some academic hospitals run free trials, and Spravato may be covered by your insurance even if IV isn't. Check the pinned "access resources" thread. Happy to talk in the thread about options.

--- Reply by anon_throwaway_88 ---
ok thanks. i didn't know spravato might be covered, will ask my psych

--- Reply by quiet_quill ---
I'll add a cautionary one. Before I found a proper clinic, I bought from a site that looked like a wellness company. No consult, just a form. The "nasal spray" was either super weak or nothing. When I got worried and had it tested through a drug checking service, it had some ketamine but also something else they couldn't identify. I'm lucky that's all that happened. Now doing IV at a clinic that actually screened me, with a psychiatrist overseeing it. $425/infusion. Way better.

--- Reply by lakeside_lou ---
@quiet_quill thank you for posting that. It's exactly why rule 4 exists.

--- Reply by Ferrous_Wheel ---
Seconded. Also want to say for anyone reading: prior auth for Spravato is a pain but it's usually winnable. Get your psych to document every failed med with dose and duration. That's what they look for.

--- Reply by birchbark_b ---
KAP (ketamine-assisted psychotherapy) person checking in. IM injections in a therapist's office, with a psychiatrist prescribing and a nurse there. 3 dosing sessions + prep + integration. Package was about $3,600, out of pocket, though my insurance reimbursed part of the therapy sessions with a superbill. This was the one that really worked for me, and I'd done IV before with short-lived results. Having the therapist there and actually unpacking what came up made the difference. I'm 8 months out with no boosters. Not saying it's for everyone.

--- Reply by tin_roof_rusted ---
UK perspective since most of you are US. Esketamine is basically not available on the NHS in England. I paid privately for IV at a clinic in London, GBP 450 per infusion, with a psychiatrist assessment first (GBP 300). Did 6. It helped but the effect faded after about 5 weeks and I can't afford boosters. On a waiting list for an NHS trial at the moment. The lack of access here is honestly a big reason the dodgy online sellers do so well.

--- Reply by mossgreen_ ---
@tin_roof_rusted that's rough. Is TMS available on the NHS where you are?

--- Reply by tin_roof_rusted ---
@mossgreen_ there's a small TMS service in my region, 9 month wait. Referral's in.

--- Reply by desert_lark ---
IV, Texas, 2025. $550/infusion. First infusion I had a really scary experience, felt like I didn't exist. The nurse was great and talked me down. They lowered my dose after that and it was much gentler. Got a good response by 5. Side note since someone always asks: my bladder is fine. The bladder stuff is mostly from heavy frequent recreational use. My clinic does ask about urinary symptoms at every visit though.

--- Reply by Ferrous_Wheel ---
@desert_lark same, Spravato clinic asks every time.

--- Reply by pennywhistle_p ---
Spravato didn't work for me. Did the full 8 weeks of induction, nothing much moved. Tried IV afterwards (self-pay, $400 per), partial response. Ended up doing ECT, which is what finally worked. Posting because I think it's important for people to know ketamine isn't a guarantee and that's okay. Don't give up if it's not your thing.

--- Reply by lakeside_lou ---
@pennywhistle_p really glad ECT worked. It gets a bad rap and it helps a lot of people.

--- Reply by grey_heron_h ---
Question for the at-home folks: how did shipping work? Was it weird getting a controlled substance in the mail?

--- Reply by mossgreen_ ---
@grey_heron_h not weird really. It came from a licensed compounding pharmacy, my name on the label, prescriber name, instructions, overnight courier with adult signature. Plain box. They only send a couple weeks' worth at a time and refills need a check-in with the NP.

--- Reply by birchbark_b ---
To add to that: any place that offers to ship you "stealth" or "discreet worldwide" with no visit isn't a telehealth company, it's a dealer with a website.

--- Reply by MOD_kestrel ---
Post removed by moderator (rule 4: sourcing). User warned.

--- Reply by lakeside_lou ---
Folks, for the third time this week, please don't post links to "budget options". We know what they are.

--- Reply by willowtree_w ---
Mine: 29F, started with a telehealth program, didn't pass the eval because of my BP (it was legit high, turns out I needed treatment for that anyway, so, thanks?). Got BP sorted, then did Spravato at a clinic covered by Medicaid. $0 out of pocket. Took about 5 weeks to feel anything. I'm now 6 months in and working part-time again. The clinic staff are lovely. If you're on Medicaid, ask about it, a lot of people don't know.

--- Reply by ironwood_i ---
Long time lurker. Just want to say this thread is the most useful thing I've read in months. I had no idea about the savings card or that prior auth could be appealed. Booking a consult with a Spravato center next week.

--- Reply by lakeside_lou ---
@ironwood_i good luck, come back and tell us how it goes.

--- Reply by Ferrous_Wheel ---
@ironwood_i bring someone to drive you, bring headphones and an eye mask, don't eat for 2 hours before. And write down your mood every day, it's easy to miss gradual change.

(Page 1 of 9) | Next page >
Forum rules | Crisis resources: call or text 988 (US), Samaritans 116 123 (UK/IE) | Contact the mods
""", ext="txt")

p("h10136", "https://harlowvance-law.example/insights/ketamine-telehealth-controlled-substances-2026", "informational", False, "en",
  "law-firm-long-client-alert", "Ketamine, Telehealth and the Law: What Clinics, Prescribers and Investors Need to Know in 2026 | Harlow Vance LLP", """
<header>
<a class="logo" href="/">Harlow Vance LLP</a>
<nav><a href="/practices">Practices</a> <a href="/industries/healthcare">Healthcare</a> <a href="/people">People</a> <a href="/insights">Insights</a> <a href="/offices">Offices</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="type">Client alert &middot; Healthcare Regulatory &amp; White Collar</p>
<h1>Ketamine, telehealth and the law: what clinics, prescribers and investors need to know in 2026</h1>
<p class="authors">By Miriam Okafor, Partner; Jonathan Pell, Counsel; Ava Lindgren, Associate &middot; November 12, 2026</p>

<p>Few areas of healthcare have grown as quickly, or attracted as much regulatory attention, as ketamine therapy. In less than a decade the market has moved from a handful of academic infusion programs to hundreds of private infusion clinics, certified esketamine treatment centers, ketamine-assisted psychotherapy practices and telehealth companies prescribing ketamine for use at home. Alongside that growth, federal and state authorities have brought enforcement actions against prescribers, pharmacies and, increasingly, online operations that use the vocabulary of telehealth to sell a controlled substance directly to consumers.</p>
<p>This alert summarizes the legal framework as it stands, the enforcement trends we are seeing, and practical steps for clinics, prescribers, pharmacies and investors. It is general information, not legal advice; the rules are changing quickly, and the right answer for any particular business depends on its facts and the states in which it operates.</p>

<h2>1. The basic framework</h2>
<h3>Federal scheduling</h3>
<p>Ketamine is a Schedule III controlled substance under the federal Controlled Substances Act. Esketamine, marketed as Spravato, is also controlled and is additionally subject to an FDA Risk Evaluation and Mitigation Strategy (REMS) that restricts dispensing to certified healthcare settings and requires post-dose monitoring. Practitioners who prescribe, administer or dispense ketamine must hold a DEA registration in each state in which they do so, as well as any required state controlled-substance registration.</p>
<h3>Off-label use</h3>
<p>Racemic ketamine is approved as an anesthetic. Its use for depression, anxiety, PTSD or chronic pain is off-label. Off-label prescribing is lawful and common, but it affects the regulatory picture in several ways: marketing claims must be carefully controlled, payers generally do not reimburse, and, in enforcement actions, the absence of an approved indication can make it easier for prosecutors to argue that prescriptions lacked a legitimate medical purpose.</p>
<h3>The legitimate medical purpose standard</h3>
<p>Under federal regulations, a prescription for a controlled substance is valid only if it is issued for a legitimate medical purpose by a practitioner acting in the usual course of professional practice. This standard is at the heart of most enforcement actions. Courts look at the substance of the clinical relationship &ndash; the evaluation, the documentation, monitoring, follow-up, the volume and pattern of prescribing &ndash; rather than at labels. Calling a business a "clinic" or an "online practice" does not make its prescriptions valid.</p>

<h2>2. Telehealth prescribing</h2>
<p>The Ryan Haight Online Pharmacy Consumer Protection Act of 2008 generally requires at least one in-person medical evaluation before a controlled substance is prescribed via the internet, subject to enumerated exceptions. During the COVID-19 public health emergency, DEA issued flexibilities that allowed practitioners to prescribe controlled substances, including ketamine, after a telemedicine evaluation without a prior in-person visit. Those flexibilities have been extended several times, and DEA has proposed and revised rules for a longer-term framework, including a special registration for telemedicine. Companies should monitor the current status closely; our <a href="/insights/dea-telemedicine-tracker">DEA telemedicine tracker</a> is updated as developments occur.</p>
<p>State law adds a further layer. Some states require an in-person examination before prescribing certain controlled substances; others impose specific standards for telehealth encounters, such as a requirement for real-time audio-video, or restrict prescribing by advanced practice providers. Corporate practice of medicine doctrines in many states affect how telehealth companies can be structured.</p>
<p>In our experience, the at-home ketamine businesses that have navigated this period most successfully share several features: a real-time video evaluation by a licensed clinician in the patient's state; documented screening criteria that lead to a meaningful number of declines; prescriptions for limited quantities with required check-ins before refills; blood pressure and symptom monitoring; use of licensed, DEA-registered pharmacies; and clear lines between the clinical entity and any management company so that commercial incentives do not drive prescribing.</p>

<h2>3. Enforcement trends</h2>
<h3>Prescribers and telehealth companies</h3>
<p>Federal prosecutors have charged a small number of prescribers and telehealth executives in cases involving ketamine and other controlled substances where, according to the government, evaluations were perfunctory or automated, approval rates approached 100 percent, and prescribing volumes were driven by marketing targets. State medical boards have disciplined clinicians for similar conduct, including prescribing to patients in states where the clinician was not licensed.</p>
<h3>Pharmacies</h3>
<p>Compounding pharmacies have faced scrutiny for filling large volumes of ketamine prescriptions from a small number of prescribers, for shipping into states where they lacked licensure, and for inadequate corresponding-responsibility review. Pharmacists have an independent obligation to ensure that controlled-substance prescriptions they fill were issued for a legitimate medical purpose.</p>
<h3>Direct-to-consumer sellers</h3>
<p>The fastest-growing category of cases involves operations that are not medical practices at all, but that adopt the appearance of one. In recent indictments, prosecutors have described websites offering "at-home ketamine" with a questionnaire that approved every applicant, shipping ketamine or purported esketamine from unlicensed sources, and taking payment in cryptocurrency. Others involved sellers who advertised through social media, moved customers to Telegram or WhatsApp to place orders, and promised "stealth" shipping and free reshipment of seized parcels. Some sold veterinary ketamine diverted from the supply chain. Prices in charging documents ranged from a few hundred dollars for "starter kits" to bulk quantities sold by the gram.</p>
<p>From a legal standpoint, these cases are comparatively straightforward: distributing a Schedule III substance without a valid prescription is unlawful regardless of how the website looks. They nevertheless matter to legitimate businesses, because they shape how regulators, payment processors, advertising platforms and the public perceive the entire sector.</p>
<h3>Advertising and payment platforms</h3>
<p>Major search and social media platforms restrict advertising for controlled substances and often require certification of telehealth advertisers. Payment processors have terminated merchants associated with ketamine sales. Legitimate clinics and telehealth companies have found their ads rejected or accounts frozen as a by-product. We recommend maintaining documentation of licensure, DEA registrations and pharmacy relationships that can be provided quickly to platforms on request.</p>

<h2>4. Practical recommendations</h2>
<h3>For clinics and telehealth companies</h3>
<ul>
<li>Document a clinical protocol covering eligibility, exclusion criteria, evaluation content, dosing, monitoring, follow-up and discontinuation, and audit adherence to it.</li>
<li>Track and be prepared to explain your approval rate. A very high rate is a red flag to regulators.</li>
<li>Avoid compensation structures that reward prescribers for volume or approvals.</li>
<li>Verify licensure and registration in every state where patients are located, and geofence where necessary.</li>
<li>Review marketing for unsupported claims, particularly about efficacy, safety and speed of approval.</li>
<li>Establish a process for detecting and responding to impersonation, including social media accounts using your brand to sell ketamine.</li>
</ul>
<h3>For pharmacies</h3>
<ul>
<li>Maintain documented corresponding-responsibility procedures for ketamine prescriptions, including checks on prescriber licensure, patient location and prescribing patterns.</li>
<li>Confirm pharmacy licensure in every state into which you ship.</li>
</ul>
<h3>For investors</h3>
<ul>
<li>Diligence should go beyond financials to the clinical model: how patients are evaluated, who makes prescribing decisions, approval and discontinuation rates, adverse event handling, and the pharmacy supply chain.</li>
<li>Review marketing materials and affiliate arrangements. Affiliate and "comparison" sites that steer consumers to unlicensed sellers have featured in several investigations.</li>
</ul>

<h2>4a. State-level developments to watch</h2>
<p>Several states have introduced legislation specific to ketamine clinics, including requirements that infusions for psychiatric indications be administered under the supervision of a physician with particular qualifications, that clinics register with the state health department, and that advertising avoid claims of cure. At least two state medical boards have issued guidance on ketamine-assisted psychotherapy, clarifying the respective roles of prescribers and therapists. Separately, state pharmacy boards have stepped up inspections of compounding pharmacies shipping ketamine into their states. Businesses operating across multiple states should assume that requirements will continue to diverge and should build compliance programs capable of tracking state-by-state differences.</p>

<h2>5. A note for patients and families</h2>
<p>We are regularly contacted by individuals who purchased ketamine online believing they were dealing with a legitimate provider. If you are in that position, your health comes first: please speak to a doctor about what you have taken. If you were defrauded, contact your bank and report the matter to consumer protection authorities. If you have received a letter or visit from law enforcement in connection with an online purchase, speak to a lawyer before responding.</p>

<h2>6. How we can help</h2>
<p>Harlow Vance's healthcare regulatory and white-collar teams advise ketamine clinics, telehealth platforms, pharmacies, investors and individual clinicians on licensure, DEA compliance, corporate structure, marketing review, internal investigations and government inquiries. For more information, contact any of the authors or your usual Harlow Vance relationship partner.</p>
<p class="disclaimer">This alert is provided for general informational purposes and does not constitute legal advice. Attorney advertising. Prior results do not guarantee a similar outcome.</p>
</article>
<aside><h4>Related insights</h4><ul><li><a href="/insights/dea-telemedicine-tracker">DEA telemedicine rule tracker</a></li><li><a href="/insights/corporate-practice-of-medicine-2026">Corporate practice of medicine: a 50-state update</a></li><li><a href="/insights/compounding-pharmacy-enforcement">Compounding pharmacy enforcement priorities</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Harlow Vance LLP &middot; <a href="/privacy">Privacy</a> &middot; <a href="/disclaimer">Disclaimer</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
""", noise="cookie")

p("h10137", "https://drogenberatung-kompass.example/substanzen/ketamin", "informational", False, "de",
  "german-drug-counselling-long-substance-page", "Ketamin: Wirkung, Risiken, Safer Use und Hilfe | Drogenberatung Kompass", """
<header>
<a class="logo" href="/">Drogenberatung Kompass <small>Suchtberatung &middot; Prävention &middot; Drug-Checking</small></a>
<nav><a href="/substanzen">Substanzen</a> <a href="/mischkonsum">Mischkonsum</a> <a href="/drug-checking">Drug-Checking</a> <a href="/beratung">Beratung</a> <a href="/angehoerige">Für Angehörige</a> <a href="/ueber-uns">Über uns</a></nav>
</header>
<main>
<p class="hinweis">Wir sind eine anerkannte Beratungsstelle in freier Trägerschaft. Unsere Informationen sind akzeptierend, nicht wertend und sollen helfen, Risiken zu verringern. Sie ersetzen keine ärztliche Beratung.</p>
<h1>Ketamin</h1>
<p class="synonyme">Szenenamen: K, Keta, Special K, Vitamin K, Kitty, "Pferdebetäubungsmittel"</p>

<h2>Was ist Ketamin?</h2>
<p>Ketamin ist ein Narkose- und Schmerzmittel, das seit den 1970er-Jahren in der Human- und Tiermedizin eingesetzt wird. In Deutschland kommt in Kliniken und im Rettungsdienst vor allem Esketamin zum Einsatz. Seit einigen Jahren wird Esketamin als Nasenspray außerdem in der Psychiatrie bei schweren, therapieresistenten Depressionen verwendet &ndash; ausschließlich unter ärztlicher Aufsicht in Praxen und Kliniken.</p>
<p>Außerhalb der Medizin wird Ketamin meist als weißes, kristallines Pulver konsumiert, überwiegend gesnieft, seltener geschluckt oder gespritzt. In den letzten Jahren beobachten wir in unserer Beratung und im Drug-Checking deutlich mehr Anfragen zu Ketamin, vor allem von jungen Erwachsenen aus der Party- und Clubszene, aber auch von Menschen, die Ketamin auf eigene Faust gegen depressive Verstimmungen ausprobieren.</p>

<h2>Wie wirkt Ketamin?</h2>
<p>Ketamin gehört zu den sogenannten Dissoziativa. Es blockiert im Gehirn den NMDA-Rezeptor für den Botenstoff Glutamat und "trennt" dadurch Wahrnehmung und Körpergefühl voneinander. Die Wirkung hängt stark von Dosis, Konsumform, Erfahrung, Stimmung (Set) und Umgebung (Setting) ab.</p>
<ul>
<li><strong>Niedrige Dosis:</strong> Entspannung, Leichtigkeit, leichte Euphorie, Gefühl wie leicht betrunken, veränderte Wahrnehmung von Musik.</li>
<li><strong>Mittlere Dosis:</strong> deutliche Loslösung vom Körper, Schwebe- oder Schweregefühl, verzerrte Raum- und Zeitwahrnehmung, Koordinations- und Sprachprobleme.</li>
<li><strong>Hohe Dosis:</strong> das sogenannte "K-Hole": weitgehende Trennung von der Umwelt, Bewegungsunfähigkeit, intensive innere Bilder, Nahtoderfahrungen. Viele Menschen erleben das als beängstigend.</li>
</ul>
<p>Gesnieft setzt die Wirkung nach etwa 5 bis 15 Minuten ein, der Höhepunkt dauert 45 bis 90 Minuten. Nachwirkungen wie Benommenheit, Müdigkeit und eingeschränkte Reaktionsfähigkeit können mehrere Stunden anhalten.</p>

<h2>Risiken</h2>
<h3>Akute Risiken</h3>
<p>Weil Ketamin Schmerzempfinden und Koordination herabsetzt, kommt es leicht zu Stürzen, Verbrennungen und Unfällen. Menschen im K-Hole können sich nicht schützen und sind anderen ausgeliefert. Übelkeit und Erbrechen sind häufig &ndash; in Kombination mit eingeschränktem Bewusstsein kann das lebensgefährlich werden. Blutdruck und Puls steigen an, was bei Herz-Kreislauf-Erkrankungen gefährlich ist. Angst, Panik und Verwirrtheit kommen vor, besonders bei unerfahrenen Konsumierenden oder in unruhiger Umgebung.</p>
<h3>Mischkonsum</h3>
<p>Besonders riskant ist die Kombination mit Alkohol, GHB/GBL, Benzodiazepinen oder Opioiden: Die dämpfenden Wirkungen verstärken sich, es drohen Atemdepression, Bewusstlosigkeit und Ersticken an Erbrochenem. Die Kombination mit Stimulanzien wie Kokain, Amphetamin oder MDMA belastet das Herz-Kreislauf-System zusätzlich und verschleiert, wie stark man tatsächlich beeinträchtigt ist.</p>
<h3>Langfristige Risiken</h3>
<p>Bei regelmäßigem Konsum kann Ketamin die Harnblase schwer schädigen (Ketamin-Zystitis). Erste Anzeichen sind häufiger, plötzlicher Harndrang, Brennen oder Schmerzen beim Wasserlassen und Blut im Urin. Wer weiter konsumiert, riskiert eine dauerhaft verkleinerte, vernarbte Blase und Nierenschäden; in schweren Fällen sind Operationen bis zur Entfernung der Blase nötig. Früh aufzuhören verbessert die Aussichten deutlich. Außerdem können starke Bauchkrämpfe ("K-Cramps"), Leber- und Gallenwegsprobleme sowie Gedächtnis- und Konzentrationsstörungen auftreten. Die Toleranz steigt schnell, und eine psychische Abhängigkeit ist möglich.</p>

<h2>Safer Use</h2>
<ul>
<li><strong>Testen lassen:</strong> Im Drug-Checking finden wir immer wieder Proben, die als Ketamin verkauft wurden, aber andere Substanzen enthalten, etwa 2-FDCK, Deschloroketamin oder Streckmittel. Nutze unser Drug-Checking oder zumindest Reagenztests.</li>
<li><strong>Niedrig dosieren:</strong> Mit einer kleinen Menge beginnen und mindestens 20 bis 30 Minuten warten, bevor du nachlegst.</li>
<li><strong>Nicht mischen:</strong> vor allem nicht mit Alkohol, GHB/GBL, Benzos oder Opioiden.</li>
<li><strong>Sicherer Ort:</strong> Hinsetzen oder -legen; weg von Wasser, Straßen, Treppen und Balkonen.</li>
<li><strong>Nicht allein:</strong> Eine nüchterne Vertrauensperson sollte in der Nähe sein.</li>
<li><strong>Nase schützen:</strong> Eigenes, sauberes Röhrchen benutzen, nicht teilen, Nase danach mit Wasser spülen.</li>
<li><strong>Pausen machen:</strong> Längere Konsumpausen schonen Blase und Psyche und verhindern schnelle Toleranz.</li>
<li><strong>Nicht fahren:</strong> mindestens 24 Stunden kein Auto, Fahrrad oder E-Scooter.</li>
</ul>

<h2>Anzeichen für problematischen Konsum</h2>
<p>Nicht jeder Konsum wird zum Problem, aber bei Ketamin geht der Übergang oft schleichend. Warnzeichen sind zum Beispiel: Du konsumierst häufiger oder mehr als geplant, brauchst mehr für die gleiche Wirkung, nimmst Ketamin, um schlafen zu können oder schlechte Gefühle zu dämpfen, ziehst dich von Freundinnen und Freunden zurück oder hast körperliche Beschwerden, konsumierst aber trotzdem weiter. Wenn du dich darin wiedererkennst, lohnt sich ein Gespräch mit uns &ndash; ganz unverbindlich.</p>

<h2>Notfall</h2>
<p>Ist jemand nicht ansprechbar, atmet unregelmäßig oder hat erbrochen: in die stabile Seitenlage bringen, nicht allein lassen und sofort die 112 rufen. Sag dem Rettungsdienst offen, was konsumiert wurde. Der Rettungsdienst ist zur Hilfe da; die Polizei wird in der Regel nicht automatisch eingeschaltet.</p>

<h2>Kauf im Internet und über Messenger</h2>
<p>In der Beratung hören wir oft, dass Ketamin heute weniger auf der Straße, sondern über Telegram-Kanäle, Messenger oder Webshops "bestellt" und per Post geliefert wird, angeblich in "Pharmaqualität" und mit "diskretem Versand". Die Preise, die uns genannt werden, liegen meist zwischen 20 und 40 Euro pro Gramm. Wir möchten klarstellen: Auch online oder per Messenger gekaufte Substanzen sind nicht kontrolliert. Im Drug-Checking haben wir bereits angebliche "Original-Ampullen" untersucht, die kein Ketamin enthielten. Außerdem machen sich Käuferinnen und Käufer unter Umständen strafbar, und Betrug &ndash; Geld überwiesen, nichts geliefert &ndash; ist häufig. Wir empfehlen keine Bezugsquellen und geben keine Tipps zum Kauf; wir helfen aber gern, Risiken zu verringern.</p>

<h2>Ketamin gegen Depressionen?</h2>
<p>Viele Menschen haben gehört, dass Ketamin gegen Depressionen hilft, und manche versuchen, sich selbst zu behandeln. Das ist verständlich, wenn Wartezeiten lang sind und nichts zu helfen scheint. Die ärztliche Behandlung unterscheidet sich aber grundlegend vom Eigenversuch: genaue Dosierung, Untersuchung vorher, Überwachung von Blutdruck und Befinden, begrenzte und geplante Anwendungen, Begleitung durch Psychotherapie. Selbstbehandlung mit Szene-Ketamin führt erfahrungsgemäß häufig zu immer häufigerem Konsum &ndash; und damit zu Blasenschäden und Abhängigkeit. Wenn es dir schlecht geht, sprich bitte mit deiner Hausärztin, einer psychiatrischen Praxis oder mit uns. Wir helfen auch bei der Suche nach Behandlungsangeboten.</p>

<h2>Aus unserer Beratungspraxis</h2>
<p>Die Menschen, die wegen Ketamin zu uns kommen, sind sehr unterschiedlich. Da ist die 23-jährige Studentin, die nur am Wochenende feiern wollte und irgendwann merkte, dass sie montags schon wieder an den nächsten Konsum dachte. Der 35-jährige IT-Angestellte, der nach einem Zeitungsartikel über Ketamin gegen Depressionen "es einfach mal probieren" wollte und nach einem Jahr täglich konsumierte. Die Mutter, die im Zimmer ihres Sohnes kleine Tütchen und Röhrchen gefunden hat und nicht weiß, wie sie das Gespräch beginnen soll. Was viele verbindet: Sie haben lange gezögert, sich Hilfe zu holen, weil Ketamin als "harmlose" oder "medizinische" Droge galt.</p>
<p>Häufig kommen Menschen erst, wenn die Blase schon Probleme macht. Dann ist es wichtig, schnell und ohne Scham ärztliche Hilfe zu suchen. Wir arbeiten mit einer urologischen Praxis zusammen, die Erfahrung mit Ketamin-bedingten Blasenschäden hat und Termine kurzfristig vergibt.</p>

<h2>Für Angehörige</h2>
<p>Wenn Sie sich Sorgen um einen Menschen machen, der Ketamin konsumiert, sind Sie nicht allein. Versuchen Sie, das Gespräch in einem ruhigen Moment zu suchen, nicht unmittelbar nach dem Konsum. Sprechen Sie von Ihren eigenen Beobachtungen und Gefühlen ("Ich mache mir Sorgen, weil ...") statt von Vorwürfen. Informieren Sie sich über die Substanz, damit Sie wissen, wovon Sie sprechen. Und denken Sie an sich selbst: Auch für Angehörige bieten wir Beratung und eine monatliche Gesprächsgruppe an.</p>
<p>Achten Sie besonders auf Warnzeichen wie sehr häufige Toilettengänge, Klagen über Bauch- oder Blasenschmerzen, sozialen Rückzug, nachlassende Leistungen in Schule, Studium oder Beruf und Geldprobleme. Das sind keine Beweise, aber gute Anlässe für ein Gespräch.</p>

<h2>Rechtliches</h2>
<p>Ketamin ist in Deutschland ein verschreibungspflichtiges Arzneimittel. Es unterliegt zwar nicht dem Betäubungsmittelgesetz, das unerlaubte Handeltreiben und Inverkehrbringen ist aber nach dem Arzneimittelgesetz strafbar. Verwandte Substanzen wie 2-FDCK fallen unter das Neue-psychoaktive-Stoffe-Gesetz. Auch wenn der reine Besitz kleiner Mengen Ketamin anders bewertet wird als etwa bei Kokain, kann es rechtliche Folgen geben, etwa für den Führerschein.</p>

<h2>Ketamin und Führerschein</h2>
<p>Wer unter dem Einfluss von Ketamin Auto fährt, riskiert nicht nur einen Unfall, sondern auch den Führerschein. Auch außerhalb des Straßenverkehrs kann die Fahrerlaubnisbehörde bei bekannt gewordenem Konsum die Fahreignung überprüfen und eine medizinisch-psychologische Untersuchung anordnen. Ketamin ist im Blut meist nur wenige Stunden, im Urin einige Tage nachweisbar, doch die Beeinträchtigung der Reaktionsfähigkeit kann länger anhalten als das subjektive Gefühl, "wieder fit" zu sein. Unsere Empfehlung: mindestens 24 Stunden nach dem Konsum nicht fahren, auch nicht Fahrrad oder E-Scooter.</p>

<h2>Was tun bei Blasenbeschwerden?</h2>
<p>Wenn du häufiger als sonst zur Toilette musst, Schmerzen beim Wasserlassen hast oder Blut im Urin bemerkst: Höre auf oder reduziere deutlich, trinke ausreichend Wasser (aber nicht übermäßig) und geh zeitnah zu deiner Hausärztin oder in eine urologische Praxis. Sag dort offen, dass du Ketamin konsumierst; das ist wichtig für die richtige Diagnose und Behandlung. Schmerzmittel können kurzfristig helfen, ersetzen aber nicht den Konsumstopp. Wir vermitteln dich gern an eine Praxis, die Erfahrung mit diesem Krankheitsbild hat.</p>

<h2>Unsere Angebote</h2>
<p><strong>Beratung:</strong> persönlich, telefonisch oder per Chat, kostenlos, vertraulich und auf Wunsch anonym. Für Konsumierende und Angehörige.<br>
<strong>Drug-Checking:</strong> Abgabe von Proben jeden Dienstag von 16 bis 19 Uhr in unserer Beratungsstelle. Ergebnis nach wenigen Tagen, persönlich oder per Code online.<br>
<strong>Gruppen:</strong> Gesprächsgruppe "Ketamin reduzieren" jeden zweiten Donnerstag.<br>
<strong>Vermittlung:</strong> in ärztliche Behandlung, Urologie, Psychotherapie, Entzug und Reha.</p>
<p>Telefon: 0000 123 45 67 (Mo&ndash;Fr 10&ndash;18 Uhr) &middot; Chat-Beratung über unsere Website &middot; Sucht &amp; Drogen Hotline bundesweit: 01806 313031</p>
</main>
<footer><p>Drogenberatung Kompass e.V. &middot; Gefördert durch Stadt und Land &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10138", "https://lequotidien-regional.example/societe/2026/10/21/ketamine-enquete-consommation-jeunes", "informational", False, "fr",
  "french-regional-newspaper-long-feature", "Kétamine : enquête sur une drogue qui s'installe chez les jeunes | Le Quotidien Régional", """
<header>
<a class="logo" href="/">Le Quotidien Régional</a>
<nav><a href="/actualites">Actualités</a> <a href="/societe">Société</a> <a href="/sante">Santé</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav>
</header>
<main>
<article>
<p class="rubrique">Société &middot; Enquête</p>
<h1>Kétamine : enquête sur une drogue qui s'installe chez les jeunes</h1>
<p class="chapo">Longtemps cantonnée aux free parties, la kétamine s'est banalisée dans les soirées étudiantes et les bars de la région. Commandée en quelques clics, livrée à domicile, elle inquiète soignants et associations, au moment même où la médecine découvre son intérêt contre la dépression.</p>
<p class="signature">Par Claire Delmas et Youssef Benali &middot; Publié le 21 octobre 2026 à 06h00</p>

<p>Il est un peu plus de minuit dans un appartement du centre-ville. Une quinzaine d'étudiants, de la musique, des bières. Sur la table basse, à côté des paquets de chips, un petit sachet de poudre blanche et une carte bancaire. « Ici, tout le monde connaît. Il y a cinq ans, personne n'en parlait, maintenant c'est presque normal », raconte Léa, 22 ans, étudiante en master, qui a accepté de nous parler sous un prénom d'emprunt. « On dit "la K". Ça ne coûte pas cher, ça fait planer, et le lendemain on n'est pas trop mal. Du moins c'est ce qu'on croit. »</p>
<p>Ce que décrit Léa, les professionnels de la région le constatent aussi. Au centre de soins, d'accompagnement et de prévention en addictologie (CSAPA) de la ville, les premières demandes liées à la kétamine sont apparues vers 2019. « Aujourd'hui, c'est l'un des produits dont on nous parle le plus chez les moins de trente ans, juste après le cannabis et l'alcool », explique Sandrine Morel, infirmière en addictologie. L'Observatoire français des drogues et des tendances addictives relève lui aussi, dans ses derniers rapports, une diffusion de la kétamine au-delà des milieux festifs alternatifs.</p>

<h2>Un prix en baisse, une image adoucie</h2>
<p>Plusieurs facteurs expliquent cette progression. Le prix, d'abord : selon les usagers et les associations que nous avons rencontrés, le gramme se négocie aujourd'hui entre 20 et 40 euros dans la région, bien moins que la cocaïne. L'image, ensuite. « Les jeunes ont entendu parler de la kétamine comme d'un médicament contre la dépression. Ça adoucit complètement la perception du risque », souligne Thomas Guérin, éducateur dans une association de réduction des risques qui intervient en milieu festif. « On nous dit : "c'est un anesthésique, c'est utilisé à l'hôpital, donc ça ne peut pas être si dangereux." »</p>
<p>Il y a enfin la facilité d'accès. Fini le temps où il fallait connaître quelqu'un qui connaissait quelqu'un. Sur les réseaux sociaux, des comptes proposent ouvertement leurs « menus ». Un simple message sur Telegram ou Snapchat suffit pour recevoir une liste de prix, avec « livraison en 1 heure » en ville ou envoi « discret » par la poste. Nous avons pu consulter plusieurs de ces annonces, qui vantent une kétamine « qualité pharma » et acceptent les paiements en cryptomonnaie ou par virement instantané. Certaines promettent même de « renvoyer gratuitement » un colis saisi.</p>
<p>« C'est Uber Eats pour la drogue », résume un enquêteur de la brigade des stupéfiants, qui requiert l'anonymat. « Les vendeurs changent de compte dès qu'un canal est fermé. Les livreurs sont souvent très jeunes, payés à la course. Et pour les clients, il n'y a plus aucune barrière. »</p>

<h2>« Je faisais pipi toutes les vingt minutes »</h2>
<p>Derrière la banalisation, les conséquences commencent à se voir dans les services hospitaliers. Au CHU, le service d'urologie reçoit chaque mois plusieurs jeunes adultes souffrant de cystites liées à la kétamine. « Ce sont des patients de vingt, vingt-cinq ans, qui ont des vessies de personnes âgées », s'alarme le docteur Antoine Ferrand, urologue. « Douleurs, envies d'uriner toutes les dix ou vingt minutes, sang dans les urines. Quand ils arrêtent tôt, ça s'améliore souvent. Quand ils continuent, les lésions peuvent devenir irréversibles. On a déjà dû opérer. »</p>
<p>Maxime, 26 ans, a connu cette descente. « Au début, c'était le week-end. Puis un peu en semaine, pour décompresser. Puis tous les jours. » Il dit avoir commencé à commander en ligne « parce que c'était plus simple que de voir un dealer ». En quelques mois, les symptômes urinaires sont apparus. « Je faisais pipi toutes les vingt minutes, j'avais du sang. J'ai mis longtemps à faire le lien. J'avais honte d'en parler au médecin. » Suivi depuis un an au CSAPA et en urologie, il a arrêté et va mieux, même si sa vessie « ne sera plus jamais comme avant ».</p>

<h2>Une molécule aux deux visages</h2>
<p>Paradoxe de cette histoire : la même molécule suscite, dans les services de psychiatrie, de réels espoirs. Depuis une vingtaine d'années, des études ont montré qu'une faible dose de kétamine, administrée en perfusion, pouvait soulager rapidement des patients souffrant de dépression résistante. L'eskétamine en spray nasal est autorisée en Europe depuis 2019 et utilisée dans plusieurs hôpitaux français, dont le CHU de la région depuis 2022.</p>
<p>« Il ne faut pas tout mélanger », insiste la docteure Hélène Vasseur, psychiatre responsable de cette activité. « À l'hôpital, les doses sont faibles et contrôlées, les patients sont évalués avant, surveillés pendant deux heures après chaque administration, suivis sur la durée. Nous ne donnons jamais de produit à emporter. Rien à voir avec une consommation répétée de poudre dont on ignore la composition. » Elle reconnaît toutefois que l'attention médiatique autour de la kétamine médicale a pu brouiller les messages. « Certains patients me demandent si la kétamine achetée en soirée pourrait les soigner. La réponse est non. »</p>
<p>Le traitement hospitalier reste par ailleurs difficile d'accès : listes d'attente de plusieurs mois, nombre de places limité. Dans certaines cliniques privées, des séances de kétamine intraveineuse sont proposées hors autorisation de mise sur le marché, pour plusieurs centaines d'euros la séance, rarement remboursées.</p>

<h2>Des analyses qui réservent des surprises</h2>
<p>Autre motif d'inquiétude : ce qui est vendu sous le nom de kétamine n'en est pas toujours. Le dispositif d'analyse de produits mis en place par une association régionale a reçu cette année plusieurs dizaines d'échantillons présentés comme de la kétamine. « Dans la majorité des cas, c'est bien de la kétamine, mais nous avons trouvé aussi des analogues comme la 2-FDCK, plus puissants ou plus longs, et parfois des produits de coupe », détaille un chimiste bénévole. Des « flacons pharmaceutiques » commandés en ligne se sont révélés contenir autre chose que ce qu'indiquait l'étiquette.</p>

<h2>Ce que dit la loi</h2>
<p>En France, la kétamine est classée comme stupéfiant depuis 1997. Sa détention, son achat et sa revente hors cadre médical ou vétérinaire sont passibles de poursuites pénales, et l'usage peut donner lieu à une amende forfaitaire délictuelle. « Beaucoup de jeunes pensent qu'un produit commandé en ligne et livré par la poste est "moins illégal". C'est évidemment faux », rappelle un magistrat du parquet. Les cliniques vétérinaires, longtemps ciblées par des vols, ont renforcé la sécurité de leurs armoires à médicaments.</p>

<h2>« Je n'avais rien vu venir »</h2>
<p>Pour les familles, la découverte est souvent brutale. Nathalie, mère d'un lycéen de 17 ans, a trouvé des petits sachets dans la poche d'un jean en faisant une lessive. « Je pensais que c'était de la cocaïne. Quand il m'a dit que c'était de la kétamine, j'ai presque été soulagée, parce que je savais que c'était un médicament. J'ai compris après, en me renseignant, que ce n'était pas du tout rassurant. » Elle a pris rendez-vous avec la consultation jeunes consommateurs de la ville, qui reçoit gratuitement les adolescents et leurs parents. « On nous a aidés à parler sans crier. C'était le plus important. »</p>

<h2>Prévenir sans dramatiser</h2>
<p>Face à ce phénomène, les acteurs de terrain misent sur la réduction des risques plutôt que sur le seul discours d'interdiction. L'association de Thomas Guérin distribue des kits avec des pailles à usage unique et du sérum physiologique, et des flyers rappelant les règles de base : ne jamais mélanger avec l'alcool, ne pas consommer seul, espacer les prises, consulter au moindre symptôme urinaire. « Les jeunes ne nous écoutent pas si on leur fait la morale. Ils nous écoutent si on leur donne des informations concrètes », résume-t-il.</p>
<p>La préfecture a annoncé une campagne d'information dans les établissements d'enseignement supérieur pour le printemps. Du côté de la justice, plusieurs réseaux de livraison ont été démantelés ces derniers mois. Mais tous les interlocuteurs en conviennent : tant que la demande restera forte et l'accès aussi simple qu'une commande de repas, le phénomène ne reculera pas seul.</p>
<p class="encadre"><strong>Besoin d'aide ?</strong> Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit, 7j/7). En cas d'urgence : 15 ou 112. Le CSAPA de la ville reçoit sans rendez-vous le mercredi après-midi.</p>
</article>
<aside><h4>À lire aussi</h4><ul><li><a href="/sante/2026/09/depression-resistante-nouveaux-traitements">Dépression résistante : les nouveaux traitements arrivent à l'hôpital</a></li><li><a href="/faits-divers/2026/08/reseau-livraison-drogue-demantele">Un réseau de livraison de drogue démantelé en centre-ville</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Le Quotidien Régional &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgu">CGU</a> &middot; <a href="/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

p("h10139", "https://enciclopedia-libera.example/wiki/Ketamina", "informational", False, "it",
  "italian-encyclopedia-long-entry", "Ketamina - Enciclopedia Libera", """
<div class="wiki-top"><a href="/">Enciclopedia Libera</a> <a href="/wiki/Pagina_principale">Pagina principale</a> <a href="/wiki/Speciale:Casuale">Una voce a caso</a> <a href="/wiki/Aiuto">Aiuto</a> <form><input placeholder="Cerca"></form></div>
<div class="tabs"><a href="#">Voce</a> <a href="#">Discussione</a> <a href="#">Leggi</a> <a href="#">Modifica</a> <a href="#">Cronologia</a></div>
<main class="mw-body">
<h1>Ketamina</h1>
<p class="sub">Da Enciclopedia Libera, l'enciclopedia libera.</p>
<table class="infobox">
<tr><th colspan="2">Ketamina</th></tr>
<tr><td>Nome IUPAC</td><td>(RS)-2-(2-clorofenil)-2-(metilammino)cicloesan-1-one</td></tr>
<tr><td>Formula</td><td>C13H16ClNO</td></tr>
<tr><td>Massa molecolare</td><td>237,73 g/mol</td></tr>
<tr><td>Classe</td><td>Anestetico dissociativo; arilcicloesilammina</td></tr>
<tr><td>Emivita</td><td>2,5&ndash;3 ore</td></tr>
<tr><td>Metabolismo</td><td>Epatico (CYP3A4, CYP2B6)</td></tr>
<tr><td>Vie di somministrazione</td><td>Endovenosa, intramuscolare, intranasale, orale, sublinguale</td></tr>
</table>
<p>La <b>ketamina</b> (o <b>chetamina</b>) è un farmaco anestetico generale appartenente alla classe delle arilcicloesilammine, caratterizzato da un'azione di tipo <i>dissociativo</i>. Introdotta nella pratica clinica negli anni settanta, è impiegata in anestesia umana e veterinaria, nella terapia del dolore e, più recentemente, nel trattamento della depressione resistente. È inoltre oggetto di uso non medico a scopo ricreativo. È inclusa nell'elenco dei medicinali essenziali dell'Organizzazione Mondiale della Sanità.</p>
<div class="toc"><b>Indice</b><ol><li>Storia</li><li>Farmacologia</li><li>Usi medici</li><li>Uso veterinario</li><li>Effetti collaterali e tossicità</li><li>Uso ricreativo</li><li>Mercato illecito</li><li>Stato legale</li><li>Note</li><li>Voci correlate</li></ol></div>

<h2>Storia <span class="edit">[modifica]</span></h2>
<p>La ketamina fu sintetizzata nel 1962 da Calvin L. Stevens presso i laboratori della Parke-Davis, nell'ambito di un programma di ricerca volto a individuare un anestetico con le proprietà della fenciclidina ma privo dei suoi marcati effetti psicotomimetici al risveglio. Il composto, inizialmente denominato CI-581, fu sperimentato sull'uomo nel 1964 da Edward F. Domino e Guenter Corssen, che descrissero lo stato indotto come "anestesia dissociativa".<sup>[1]</sup> Il farmaco fu approvato dalla Food and Drug Administration statunitense nel 1970 e ampiamente impiegato durante la guerra del Vietnam come anestetico da campo, grazie alla conservazione dei riflessi delle vie aeree e alla stabilità emodinamica.</p>
<p>A partire dagli anni settanta furono documentati casi di uso non medico, che si diffuse maggiormente negli anni novanta nell'ambito della cultura rave europea e nordamericana. Nel 2000 uno studio condotto presso l'Università Yale riportò per la prima volta un rapido effetto antidepressivo di una singola infusione a basso dosaggio,<sup>[2]</sup> risultato confermato nel 2006 da un gruppo del National Institute of Mental Health.<sup>[3]</sup> Nel 2019 l'esketamina, l'enantiomero S, è stata approvata negli Stati Uniti e nell'Unione europea in formulazione spray nasale per la depressione resistente.</p>

<h2>Farmacologia <span class="edit">[modifica]</span></h2>
<h3>Farmacodinamica</h3>
<p>La ketamina agisce principalmente come antagonista non competitivo del recettore NMDA del glutammato, legandosi al sito della fenciclidina all'interno del canale ionico. Possiede inoltre un'attività più debole sui recettori oppioidi, sui trasportatori delle monoammine, sui recettori muscarinici e sui canali HCN1. Il meccanismo dell'effetto antidepressivo non è del tutto chiarito; l'ipotesi più accreditata prevede un'inibizione preferenziale degli interneuroni GABAergici, con conseguente aumento transitorio del rilascio di glutammato, attivazione dei recettori AMPA e delle vie del BDNF e di mTOR, e un incremento della sinaptogenesi nella corteccia prefrontale.<sup>[4]</sup></p>
<h3>Farmacocinetica</h3>
<p>Dopo somministrazione endovenosa l'effetto compare entro 30 secondi; l'emivita di eliminazione è di circa 2,5&ndash;3 ore. La biodisponibilità orale è bassa (circa 16&ndash;20%) a causa dell'esteso metabolismo di primo passaggio, mentre quella intramuscolare è elevata (circa 93%) e quella intranasale intermedia. Il metabolismo è epatico, mediato soprattutto da CYP3A4 e CYP2B6, con formazione di norketamina (attiva) e successivamente di idrossinorketamine e deidronorketamina, escrete per via urinaria.</p>
<h3>Stereochimica</h3>
<p>La ketamina è una miscela racemica di esketamina (S) e arketamina (R). L'esketamina ha un'affinità per il recettore NMDA circa 3&ndash;4 volte superiore e una maggiore potenza anestetica. L'arketamina è oggetto di studi preclinici per un possibile effetto antidepressivo più duraturo con minori effetti dissociativi.</p>

<h2>Usi medici <span class="edit">[modifica]</span></h2>
<h3>Anestesia</h3>
<p>La ketamina è utilizzata per l'induzione e il mantenimento dell'anestesia, in particolare nei pazienti emodinamicamente instabili, in ambito pediatrico per procedure brevi, nei grandi ustionati e in contesti con risorse limitate. È impiegata anche nella sedazione procedurale in pronto soccorso e in medicina d'urgenza preospedaliera.</p>
<h3>Terapia del dolore</h3>
<p>A dosi subanestetiche viene impiegata come adiuvante nell'analgesia postoperatoria per ridurre il consumo di oppioidi, e in alcuni centri nel trattamento della sindrome dolorosa regionale complessa e di altre forme di dolore neuropatico refrattario.</p>
<h3>Psichiatria</h3>
<p>Numerosi studi randomizzati hanno documentato un effetto antidepressivo rapido della ketamina endovenosa (tipicamente 0,5 mg/kg in 40 minuti) nella depressione resistente, con riduzione dei sintomi entro 24 ore in una quota consistente di pazienti e una durata dell'effetto di una singola dose generalmente limitata a 1&ndash;2 settimane. L'esketamina spray nasale è autorizzata in associazione a un antidepressivo orale e deve essere somministrata in strutture sanitarie con osservazione di almeno due ore. In Italia il farmaco è erogato attraverso centri individuati dalle regioni secondo i criteri dell'AIFA. Sono in corso studi sulla psicoterapia assistita con ketamina e sull'uso nel disturbo da stress post-traumatico.</p>

<h2>Uso veterinario <span class="edit">[modifica]</span></h2>
<p>In medicina veterinaria la ketamina è tra gli anestetici più diffusi, impiegata in associazione con sedativi come xilazina, medetomidina o benzodiazepine in piccoli animali, equini, ruminanti e specie esotiche. Le confezioni veterinarie, generalmente flaconi multidose da 10 ml a 100 mg/ml, sono state storicamente una delle principali fonti di diversione verso il mercato illecito.</p>

<h2>Effetti collaterali e tossicità <span class="edit">[modifica]</span></h2>
<p>Gli effetti avversi acuti comprendono aumento della pressione arteriosa e della frequenza cardiaca, nausea e vomito, ipersalivazione, nistagmo, fenomeni di emergenza (sogni vividi, allucinazioni, agitazione) e dissociazione. La depressione respiratoria è rara in monoterapia ma il rischio aumenta con altri depressori del sistema nervoso centrale. L'uso cronico ad alte dosi è associato alla cistite ulcerativa da ketamina, con possibile contrazione irreversibile della vescica e danno renale, a dolori addominali ("K-cramps"), ad alterazioni epatobiliari e a deficit cognitivi. Sono descritte tolleranza e dipendenza psicologica.<sup>[5]</sup></p>

<h2>Uso ricreativo <span class="edit">[modifica]</span></h2>
<p>A scopo ricreativo la ketamina viene assunta prevalentemente per via intranasale sotto forma di polvere cristallina. A basse dosi produce sensazioni di rilassamento ed euforia; a dosi maggiori dissociazione, distorsioni percettive e, ad alte dosi, uno stato di marcato distacco dall'ambiente noto in gergo come "K-hole". Le morti correlate sono in larga parte dovute a incidenti, annegamento o associazione con altre sostanze, in particolare alcol.</p>

<h2>Mercato illecito <span class="edit">[modifica]</span></h2>
<p>Secondo le relazioni annuali sulle tossicodipendenze, il prezzo al dettaglio della ketamina in Italia si colloca indicativamente tra i 30 e i 50 euro al grammo, con variazioni regionali.<sup>[6]</sup> Negli ultimi anni rapporti delle forze dell'ordine e dell'Agenzia dell'Unione europea sulle droghe hanno segnalato la crescente importanza della vendita attraverso i mercati del darknet, canali di messaggistica come Telegram e siti web che si presentano come farmacie o servizi di benessere, con consegna per posta in imballaggi anonimi e pagamento in criptovalute.<sup>[7]</sup> Analisi condotte da servizi di drug checking hanno rilevato in una parte dei campioni venduti come ketamina la presenza di analoghi come la 2-fluorodeschloroketamina (2-FDCK) o di sostanze di taglio.</p>

<h2>Ricerca <span class="edit">[modifica]</span></h2>
<p>La ricerca sulla ketamina è tra le più attive della psicofarmacologia contemporanea. Sono in corso studi sull'arketamina, sul metabolita (2R,6R)-idrossinorketamina, su formulazioni orali a rilascio prolungato e su combinazioni con la psicoterapia. Altri filoni indagano l'uso nel disturbo ossessivo-compulsivo, nei disturbi da uso di alcol e nella depressione perinatale. Rimangono aperte le questioni della sicurezza a lungo termine dei trattamenti di mantenimento e dell'identificazione di biomarcatori predittivi della risposta.</p>

<h2>Stato legale <span class="edit">[modifica]</span></h2>
<p>La ketamina non è inclusa nelle tabelle delle convenzioni internazionali delle Nazioni Unite, anche in considerazione del suo ruolo essenziale in anestesia nei Paesi a basso reddito; l'OMS ha più volte raccomandato di non sottoporla a controllo internazionale. È tuttavia controllata a livello nazionale in molti Stati. In Italia è inclusa nelle tabelle delle sostanze stupefacenti e psicotrope del DPR 309/1990 e il suo impiego è consentito solo in ambito medico e veterinario. Negli Stati Uniti è una sostanza di Schedule III; nel Regno Unito è classificata come Class B.</p>

<h2>Nella cultura di massa <span class="edit">[modifica]</span></h2>
<p>La ketamina compare in numerose opere letterarie, cinematografiche e musicali, spesso associata alla cultura dei club e dei rave degli anni novanta. Il neuroscienziato e scrittore John C. Lilly descrisse ampiamente le proprie esperienze con la sostanza nei suoi libri autobiografici, contribuendo a diffonderne l'immagine di sostanza "visionaria". Negli anni duemila e duemiladieci il termine "K-hole" è entrato nel linguaggio comune di diverse sottoculture giovanili. Più di recente, il dibattito pubblico si è concentrato sul suo impiego terapeutico nella depressione, con servizi giornalistici e documentari che hanno presentato sia le speranze cliniche sia i rischi legati all'automedicazione. Alcuni personaggi pubblici hanno parlato apertamente della propria esperienza con trattamenti a base di ketamina o esketamina, mentre inchieste giornalistiche in diversi Paesi europei hanno documentato la diffusione della vendita online e via app di messaggistica.</p>

<h2>Note <span class="edit">[modifica]</span></h2>
<ol class="refs">
<li>Domino EF. Taming the ketamine tiger. <i>Anesthesiology</i>. 2010;113(3):678&ndash;684.</li>
<li>Berman RM et al. Antidepressant effects of ketamine in depressed patients. <i>Biol Psychiatry</i>. 2000;47(4):351&ndash;354.</li>
<li>Zarate CA Jr et al. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. <i>Arch Gen Psychiatry</i>. 2006;63(8):856&ndash;864.</li>
<li>Krystal JH et al. Ketamine: a paradigm shift for depression research and treatment. <i>Neuron</i>. 2019;101(5):774&ndash;778.</li>
<li>Morgan CJA, Curran HV. Ketamine use: a review. <i>Addiction</i>. 2012;107(1):27&ndash;38.</li>
<li>Relazione annuale al Parlamento sul fenomeno delle tossicodipendenze in Italia, 2025.</li>
<li>European Drug Report 2025: Trends and Developments.</li>
</ol>
<h2>Voci correlate <span class="edit">[modifica]</span></h2>
<ul><li><a href="/wiki/Esketamina">Esketamina</a></li><li><a href="/wiki/Fenciclidina">Fenciclidina</a></li><li><a href="/wiki/Anestesia_dissociativa">Anestesia dissociativa</a></li><li><a href="/wiki/Depressione_resistente">Depressione resistente al trattamento</a></li><li><a href="/wiki/Metossetamina">Metossetamina</a></li></ul>
<div class="catlinks">Categorie: Anestetici generali | Antagonisti del recettore NMDA | Arilcicloesilammine | Antidepressivi | Farmaci veterinari | Sostanze psicoattive</div>
</main>
<footer><p>Questa pagina è stata modificata per l'ultima volta il 2 dicembre 2026 alle 11:48. Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo. <a href="#">Informativa sulla privacy</a> &middot; <a href="#">Avvertenze</a></p></footer>
""")

p("h10140", "https://riverstone-recovery.example/treatment/ketamine-addiction", "informational", False, "en",
  "rehab-centre-long-ketamine-addiction-page", "Ketamine Addiction Treatment | Riverstone Recovery Center", """
<header>
<div class="topbar">24/7 confidential admissions: (555) 011-9080 &middot; Most major insurance accepted</div>
<a class="logo" href="/">Riverstone <span>Recovery Center</span></a>
<nav><a href="/treatment">What we treat</a> <a href="/programs">Programs</a> <a href="/admissions">Admissions</a> <a href="/insurance">Insurance &amp; cost</a> <a href="/family">Family program</a> <a href="/alumni">Alumni</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="crumbs"><a href="/treatment">What we treat</a> &rsaquo; Ketamine addiction</p>
<h1>Ketamine addiction treatment</h1>
<p class="lede">Ketamine has a reputation as a "safer" drug, and more recently as a medicine. For the growing number of people whose use has become compulsive, neither reputation helps. Riverstone offers medically supervised withdrawal, residential and outpatient treatment, and specialist care for the physical harms of long-term ketamine use.</p>

<h2>A changing picture</h2>
<p>When Riverstone opened in 2009, we saw ketamine mainly as one of several drugs used by people whose primary problem was alcohol, cocaine or opioids. Over the last five years that has changed. Ketamine is now the primary substance for a noticeable share of the young adults we admit, and we increasingly see people in their thirties and forties whose use began as an attempt to self-treat depression after reading about ketamine therapy.</p>
<p>Several things have driven this. Ketamine is relatively cheap: clients tell us they paid $20 to $40 a gram, far less than many other drugs, which makes it easy to underestimate how much is being used. It's widely available: many clients never bought from a street dealer at all, but ordered from websites, social media accounts or Telegram channels that shipped to their door. And its medical use has softened its image. "I thought it was basically a medicine," one client told us. "The website I bought from had articles about depression research. It didn't feel like buying drugs."</p>
<p>To be clear: ketamine therapy delivered by qualified clinicians, in a clinic or through a legitimate telehealth program with proper evaluation, is a valid treatment that helps many people with depression. Our concern is with unsupervised, escalating use, whatever its source or original purpose.</p>

<h2>Signs that ketamine use has become a problem</h2>
<ul>
<li>Using more often or in larger amounts than you intended, or finding it hard to cut down.</li>
<li>Spending a lot of time getting, using or recovering from ketamine.</li>
<li>Cravings, or feeling you need ketamine to relax, sleep or cope with emotions.</li>
<li>Tolerance: needing more to get the same effect.</li>
<li>Continuing to use despite physical problems such as bladder pain, frequent urination, blood in the urine or stomach cramps.</li>
<li>Withdrawing from friends, family, work or activities you used to enjoy.</li>
<li>Memory problems, difficulty concentrating, or feeling detached even when not using.</li>
<li>Hiding your use, or feeling anxious or low when you can't use.</li>
</ul>
<p>If several of these sound familiar, it's worth talking to someone. You don't need to have hit "rock bottom" to benefit from help.</p>

<h2>Physical harms we treat</h2>
<p>The best-known physical harm of long-term ketamine use is ketamine-induced uropathy, which can affect the bladder, ureters and kidneys. Early symptoms &ndash; urgency, frequency, pain on urination, blood in the urine &ndash; often improve substantially after stopping. More advanced damage may need specialist urological care. Riverstone's medical team works with a consultant urologist who sees our clients on site each week, arranges imaging and cystoscopy where needed, and coordinates ongoing care after discharge.</p>
<p>We also assess and treat "K-cramps" (severe abdominal pain, often linked to bile duct changes), liver function abnormalities, nasal damage from snorting, and the cognitive effects of heavy use. Many clients also have co-occurring depression, anxiety, PTSD or ADHD, which we assess and treat alongside the ketamine use.</p>

<h2>Withdrawal</h2>
<p>Ketamine withdrawal is not usually physically dangerous in the way alcohol or benzodiazepine withdrawal can be, but it can be very uncomfortable and is a common point of relapse. People describe anxiety, low mood, irritability, poor sleep, fatigue, cravings and sometimes a sense of unreality. For heavy daily users, symptoms can last several weeks. Our medically supervised withdrawal unit provides 24-hour nursing, symptom relief, nutrition, sleep support and close monitoring of mood and suicidal thinking, which can spike during early abstinence.</p>

<h2>Our programs</h2>
<h3>Residential treatment (28&ndash;60 days)</h3>
<p>Our residential program combines individual therapy, group therapy, family sessions, psychiatric care and physical health treatment in a structured, supportive setting on our 40-acre campus. Therapeutic approaches include cognitive behavioral therapy, dialectical behavior therapy skills, motivational interviewing, trauma-focused therapy and relapse prevention. Clients also have access to exercise, yoga, art therapy and outdoor activities.</p>
<h3>Intensive outpatient program (IOP)</h3>
<p>For clients who are medically stable and have a safe home environment, our IOP meets three evenings a week for eight to twelve weeks, allowing people to keep working or studying. Many residential clients step down into IOP.</p>
<h3>Virtual IOP</h3>
<p>Clients who live far from our campus, or who have completed residential treatment and returned home, can join our virtual IOP by secure video. Individual therapy and psychiatric follow-up are also available by telehealth.</p>
<h3>Family program</h3>
<p>Addiction affects whole families. Our weekend family program helps loved ones understand ketamine use, communicate more effectively, set healthy boundaries and look after themselves.</p>

<h2>A word about treating depression in recovery</h2>
<p>Clients who began using ketamine to manage depression often ask whether they'll ever be able to have ketamine therapy. There's no single answer. For most people with a history of ketamine dependence, ketamine-based treatments carry a high risk and aren't recommended. But depression is treatable in many other ways, and our psychiatrists work with each client to find an effective plan, which may include medication, psychotherapy, TMS or other approaches. What we strongly advise against is continuing to "self-prescribe" with ketamine bought online, whatever the seller claims about purity or medical grade.</p>

<h2>A typical day in residential treatment</h2>
<p>Mornings start at 7 with breakfast and a short community meeting, followed by a movement session &ndash; a walk on the river trail, yoga or time in the gym. Late morning is for group therapy, which might focus on relapse prevention, emotional regulation skills, or understanding cravings. After lunch, clients have individual therapy, psychiatric and medical appointments, or specialist groups such as our dual-diagnosis group for people living with depression and addiction. Late afternoon offers art therapy, music, or free time outdoors. Evenings include a peer support meeting and quiet time for reading, journaling or calls home. Weekends have a lighter schedule and, from the second week, family visits.</p>
<p>Phones are available at set times, and many clients find that time away from the constant stream of messages and notifications is itself part of the healing, particularly if their ketamine use was tied to apps and online contacts.</p>

<h2>Cost and insurance</h2>
<p>Riverstone is in network with most major commercial insurance plans, and addiction treatment is covered as an essential health benefit under most plans. Our admissions team will verify your benefits, usually within an hour, and explain any out-of-pocket costs before you commit. For self-pay clients, residential treatment costs $950 per day, including medical care, therapy, accommodation and meals; IOP is $4,800 for an eight-week program. Financing and sliding-scale options are available, and we hold a number of scholarship beds funded by alumni donations. We never pay or accept payment for referrals.</p>

<h2>What happens when you call</h2>
<p>When you call our admissions line, you'll speak with an admissions counselor, many of whom are in recovery themselves. They'll ask about your use, your health and your situation, answer your questions, check your insurance and, if Riverstone is a good fit, arrange an admission date &ndash; often within 24 to 48 hours. If we're not the right place for you, we'll help you find somewhere that is. Calls are confidential.</p>

<h2>Frequently asked questions</h2>
<h3>Can I be admitted if ketamine is my only drug?</h3>
<p>Yes. We treat people whose primary substance is ketamine, as well as those who use ketamine alongside alcohol or other drugs.</p>
<h3>Will my employer find out?</h3>
<p>Not from us. Treatment records are protected by federal confidentiality law. If you need time off work, we can help with FMLA paperwork without disclosing details you don't want shared.</p>
<h3>Can I keep my phone?</h3>
<p>Residential clients have phone access at set times each day. Some clients choose to delete apps or contacts they used to obtain ketamine before admission; our counselors can help you plan for that.</p>
<h3>What about my bladder symptoms?</h3>
<p>Tell us about them when you call. You'll be seen by our medical team on the day of admission and by our visiting urologist within the first week if needed.</p>

<h2>Recovery is possible</h2>
<blockquote>"I started with ketamine for my depression, from a website that said it was 'pharmaceutical grade'. Two years later I was using every day and in constant pain. I honestly didn't think people went to rehab for ketamine. I'm 14 months clean now, my bladder has mostly healed, and I'm getting real treatment for my depression." &mdash; Riverstone alumna, 31</blockquote>
<p>If you or someone you love is struggling, call us any time at (555) 011-9080. If you're in crisis, call or text 988.</p>
</main>
<footer>
<p>Riverstone Recovery Center &middot; Licensed by the State Department of Health &middot; Accredited by the Joint Commission &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></p>
</footer>
""", noise="cookie")

save(OUT, R)
