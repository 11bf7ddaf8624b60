# Batch 125 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Care that reads like information". Clinic and telehealth pages that are mostly explanation
# (what ketamine is, evidence summaries, glossaries, legal status, safety, costs and insurance, scam
# warnings, research participation) in the provider's own voice with little booking language, next to
# the encyclopedias, insurers, regulators, universities, directories, harm-reduction services and news
# that say similar things, and sellers that copy such explanations around their offer (explainer with a
# crypto shop sidebar, research-chemical glossary, legal-status page with reship promise, questionnaire-
# only "at-home therapy", scam-warning page that sells via Telegram, cost comparison ending in a
# no-prescription spray, social post, affiliate doorway on research participation, Italian veterinary
# data sheet sold to anyone, Spanish guide shop, German legal guide shop, French harm-reduction shop,
# Brazilian marketplace listing, Dutch esketamine "apotheek").
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages and five
# short plain-text excerpts (ext="txt"): social post, telehealth safety note, KAP glossary excerpt,
# forum thread, telehealth cost answer.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch125.py (writes batch125/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch125")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers that wrap an offer in explanation

p("h12501", "https://kclarity-supply.example/learn/what-is-ketamine", "seller", True, "en",
  "explainer-article-with-crypto-shop-sidebar", "What Is Ketamine? A Plain-Language Guide | K-Clarity Supply", """
<header class="masthead">
<a class="brand" href="/">K-Clarity <span>Supply</span></a>
<nav class="main-nav"><a href="/shop">Shop</a> <a href="/learn">Learn</a> <a href="/lab-reports">Lab reports</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a> <a href="/cart" class="cart">Basket (0)</a></nav>
</header>
<div class="layout">
<article class="post">
<p class="kicker">Learn &rsaquo; Basics</p>
<h1>What is ketamine? A plain-language guide</h1>
<p class="byline">Updated 3 November &middot; 9 min read</p>
<p>Ketamine is a dissociative anaesthetic. It was first synthesised in 1962 by the chemist Calvin Stevens while he was looking for a shorter-acting replacement for phencyclidine, and it entered medical use at the end of the 1960s. Field surgeons valued it because, unlike most anaesthetics, it leaves breathing and blood pressure largely intact. It remains on the World Health Organization's list of essential medicines for exactly that reason.</p>
<h2>How does it work?</h2>
<p>Most of ketamine's effects come from blocking the NMDA receptor, a gate for the neurotransmitter glutamate. At anaesthetic doses this produces a trance-like state in which the patient feels detached from the body. At lower, so-called sub-anaesthetic doses, researchers noticed something unexpected: a rapid lift in mood, sometimes within hours, in people whose depression had not responded to conventional antidepressants.</p>
<h2>What does the research say?</h2>
<p>A small study at Yale in 2000 first described the antidepressant effect. Larger trials at the US National Institute of Mental Health followed in 2006. Since then dozens of randomised trials and several meta-analyses have found that a single infusion can reduce depressive symptoms for several days, although the effect usually fades within one to two weeks without repeat dosing. In 2019 a nasal spray containing esketamine, one of ketamine's two mirror-image forms, was approved for treatment-resistant depression.</p>
<h2>Is it safe?</h2>
<p>In controlled settings ketamine has a good safety record. The most common short-term effects are dizziness, nausea, a rise in blood pressure and a feeling of unreality. Long-term, frequent use has been linked to bladder inflammation and memory problems. Quality matters: contaminated or mislabelled material is the biggest avoidable risk, which is why every batch we sell comes with a third-party lab certificate.</p>
<h2>Where to go from here</h2>
<p>If you would like to explore ketamine yourself, start low, never mix with alcohol or benzodiazepines, and always have a sober friend with you. Our <a href="/shop">shop</a> lists only tested material.</p>
</article>
<aside class="sidebar">
<div class="widget products">
<h3>Featured</h3>
<div class="card"><b>Ketamine HCl crystal (99.6%, racemic)</b><br>5 g &ndash; $165 &middot; 10 g &ndash; $290 &middot; 25 g &ndash; $640<br><a class="btn" href="/shop/ketamine-hcl-crystal">Add to basket</a></div>
<div class="card"><b>S-ketamine needles</b><br>3 g &ndash; $140<br><a class="btn" href="/shop/s-ketamine">Add to basket</a></div>
</div>
<div class="widget">
<h3>Why K-Clarity</h3>
<ul><li>Pay with BTC or XMR (10% off)</li><li>Vacuum-sealed, odour-proof, no logos</li><li>Seized parcel? We reship once, free</li><li>No paperwork, no prescription</li></ul>
</div>
</aside>
</div>
<footer class="site-footer"><p>&copy; K-Clarity Supply. Information on this site is educational. Orders are processed within 24 hours. Support: kclarity@proton.example</p></footer>
""", noise="cookie")

p("h12502", "https://arylchem-reference.example/glossary", "seller", True, "en",
  "research-chemical-vendor-glossary", "Glossary of Arylcyclohexylamine Terms | ArylChem Reference", """
<header><a class="logo" href="/">ArylChem <small>Reference Materials</small></a>
<nav><a href="/catalogue">Catalogue</a> <a href="/glossary" class="active">Glossary</a> <a href="/coa">Certificates</a> <a href="/payment">Payment</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Glossary</h1>
<p class="intro">Researchers new to the dissociative class often ask us what the abbreviations on our labels mean. This glossary collects the terms we use most, in alphabetical order. Where a term refers to a compound we stock, a link to the catalogue entry is included.</p>
<dl class="glossary">
<dt id="aryl">Arylcyclohexylamine</dt>
<dd>A chemical family built on a cyclohexane ring carrying an aromatic (aryl) group and an amine. Phencyclidine and ketamine are its best-known members. Small changes to the ring substituents produce large changes in potency and duration.</dd>
<dt id="dck">DCK (deschloroketamine)</dt>
<dd>Ketamine without the chlorine atom on the phenyl ring. Reported to be longer-acting than its parent compound. <span class="stock">In stock &ndash; 1 g &euro;32, 5 g &euro;120 &middot; <a href="/catalogue/dck">view</a></span></dd>
<dt id="enantiomer">Enantiomer</dt>
<dd>One of two mirror-image forms of a molecule. Ketamine is sold in medicine as a 50:50 mixture (racemate) of S- and R-ketamine; the S form is also marketed separately as esketamine.</dd>
<dt id="2fdck">2F-DCK (2-fluorodeschloroketamine)</dt>
<dd>An analogue in which the chlorine of ketamine is replaced by fluorine. First described in patent literature; now widely discussed in online communities. <span class="stock">In stock &ndash; 1 g &euro;38, 5 g &euro;150 &middot; <a href="/catalogue/2f-dck">view</a></span></dd>
<dt id="k">K-hole</dt>
<dd>Informal term for the state of marked dissociation produced by high doses, in which awareness of surroundings is largely lost.</dd>
<dt id="mxe">MXE (methoxetamine)</dt>
<dd>A methoxy-substituted analogue with an N-ethyl group. Controlled in many jurisdictions since 2012&ndash;2016. <span class="stock">Limited batch &ndash; enquire by email</span></dd>
<dt id="nmda">NMDA receptor</dt>
<dd>A glutamate receptor involved in learning and memory. Arylcyclohexylamines act mainly by blocking its ion channel.</dd>
<dt id="oxo">O-PCE and related compounds</dt>
<dd>Eticyclidone and related structures. <span class="stock">Currently out of stock</span></dd>
</dl>
<section class="notice">
<h2>Ordering</h2>
<p>Orders are accepted by BTC, LTC or bank transfer. Parcels are dispatched within the EU in discreet, unmarked padded envelopes. No customer licence is requested.</p>
<p><b>Disclaimer:</b> all products are sold for in-vitro research and analytical reference use only. They are not for human consumption. By placing an order you confirm that you are over 18 and that you understand the legal position in your country.</p>
</section>
</main>
<footer>ArylChem Reference &middot; Glossary compiled from public literature &middot; Last revised September</footer>
""", noise="cookie")

p("h12503", "https://kworldwide-info.example/is-ketamine-legal", "seller", True, "en",
  "legal-status-overview-with-reship-promise", "Is Ketamine Legal Where You Live? Country-by-Country Overview", """
<nav class="top"><a href="/">Home</a> | <a href="/is-ketamine-legal">Legal status</a> | <a href="/products">Products</a> | <a href="/how-to-order">How to order</a> | <a href="/faq">FAQ</a></nav>
<main>
<h1>Is ketamine legal where you live?</h1>
<p>Ketamine is an essential medicine in human and veterinary practice, yet its legal status differs widely from one country to the next. The table below is our summary of how the main markets treat it. It is not legal advice.</p>
<table class="legal">
<tr><th>Country</th><th>Classification</th><th>Notes</th></tr>
<tr><td>United States</td><td>Schedule III (Controlled Substances Act)</td><td>Prescription only; esketamine nasal spray restricted under a REMS programme.</td></tr>
<tr><td>United Kingdom</td><td>Class B (Misuse of Drugs Act)</td><td>Reclassified from Class C in 2014.</td></tr>
<tr><td>Canada</td><td>Schedule I (CDSA)</td><td>Same schedule as cocaine and heroin.</td></tr>
<tr><td>Australia</td><td>Schedule 8</td><td>Controlled drug; strict storage rules.</td></tr>
<tr><td>Germany</td><td>Prescription-only (AMVV)</td><td>Not listed in the narcotics law (BtMG).</td></tr>
<tr><td>Netherlands</td><td>Medicines law; Opium Act listing under discussion</td><td>Check the latest position before ordering.</td></tr>
<tr><td>Hong Kong</td><td>Dangerous drug</td><td>Heavy penalties.</td></tr>
</table>
<h2>What this means for buyers</h2>
<p>In countries where ketamine is only a prescription medicine rather than a narcotic, possessing a small amount for personal use is usually treated far less harshly. Wherever you are, keep quantities small and never resell.</p>
<h2>How we handle delivery</h2>
<p>All orders ship from inside the EU. Parcels are declared as cosmetic samples and packed in a sealed inner pouch inside a branded cosmetics box. Tracking is provided on request. If customs in your country holds or destroys a parcel, send us the tracking page and we will reship once at no charge; a second seizure is refunded 50%.</p>
<p>Prices start at &euro;35 per gram for crystal and &euro;60 for a 10 ml nasal solution. No prescription, no questions. Payment is by Bitcoin, USDT (TRC-20) or Revolut.</p>
<p class="cta"><a href="/products">See products &rarr;</a></p>
</main>
<footer><small>KWorldwide Info &copy; all rights reserved &middot; We do not sell to minors.</small></footer>
""", noise="cookie")

p("h12504", "https://mindease-athome.example/how-it-works", "seller", True, "en",
  "questionnaire-only-at-home-therapy-explainer", "How At-Home Ketamine Therapy Works | MindEase", """
<header class="hdr"><a href="/" class="logo">MindEase</a>
<nav><a href="/how-it-works">How it works</a> <a href="/science">The science</a> <a href="/pricing">Pricing</a> <a href="/stories">Stories</a> <a href="/start" class="btn">Start</a></nav></header>
<main>
<section class="hero"><h1>Ketamine therapy, explained</h1><p>Everything you need to know before your first session &ndash; in one page.</p></section>
<section>
<h2>Why ketamine is different</h2>
<p>Traditional antidepressants work on serotonin and can take six to eight weeks to show any effect. Ketamine works on glutamate, the brain's main excitatory messenger. By briefly blocking NMDA receptors it triggers a burst of new connections between neurons, a process scientists call synaptogenesis. Many people describe the result as their thoughts becoming less "stuck".</p>
<h2>What a session feels like</h2>
<p>You let a rapid-dissolve tablet melt under your tongue for about ten minutes, then lie back with an eye mask and a calm playlist. Over the next 40 to 60 minutes you may notice your body feeling light, colours or music becoming vivid and a sense of distance from everyday worries. Most people feel back to normal after about two hours.</p>
<h2>Integration matters</h2>
<p>The hours after a session are when insight can settle. We recommend journaling prompts, a short walk and no screens for the rest of the evening. Our app includes guided integration exercises.</p>
<h2>Safety first</h2>
<p>Sit or lie down during every session, do not drive for the rest of the day and avoid alcohol. People with uncontrolled high blood pressure, a history of psychosis or who are pregnant should not use ketamine.</p>
</section>
<section class="steps">
<h2>Getting started takes ten minutes</h2>
<ol>
<li><b>Answer 12 questions.</b> Our online health form covers your mood, medications and medical history.</li>
<li><b>Get approved.</b> Our automated medical review approves most people instantly &ndash; no video call, no waiting room, no insurance forms.</li>
<li><b>Receive your kit.</b> Eight 300 mg tablets, an eye mask and a journal ship the same day in plain packaging.</li>
</ol>
<p class="price">$149 first month &middot; $199 after &middot; cancel any time</p>
</section>
</main>
<footer><p>MindEase is a wellness brand. Statements on this page have not been evaluated by the FDA. &copy; MindEase Inc.</p></footer>
""", noise="cookie")

p("h12505", "https://trustedkpharma.example/blog/how-to-avoid-ketamine-scams", "seller", True, "en",
  "scam-warning-article-by-telegram-vendor", "7 Red Flags of Fake Ketamine Vendors (2026 Update) | TrustedK", """
<header><a href="/">TrustedK Pharma</a> <nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/products">Products</a> <a href="/reviews">Reviews</a></nav></header>
<article>
<h1>7 red flags of fake ketamine vendors</h1>
<p>Every week we hear from people who paid for ketamine online and received nothing, or worse, received something that was not ketamine. Scammers copy photos, invent reviews and disappear. Here is how to spot them before you lose money.</p>
<ol>
<li><b>Prices that are too good to be true.</b> Pharmaceutical vials do not cost $5. If the price is far below the market, the product probably does not exist.</li>
<li><b>Gift card only.</b> A vendor who only accepts Amazon or Apple gift cards has no intention of shipping.</li>
<li><b>No lab results.</b> Real vendors test every batch and share the report.</li>
<li><b>Brand-new domain.</b> Check the registration date. Sites younger than three months are a warning sign.</li>
<li><b>Copied reviews.</b> Search a review sentence in quotes; scammers reuse the same text on dozens of sites.</li>
<li><b>"Customs fee" after payment.</b> Nobody legitimate asks you to pay a second fee to release a parcel.</li>
<li><b>No escrow.</b> If the vendor refuses escrow or a small trial order, walk away.</li>
</ol>
<h2>Why buyers choose TrustedK</h2>
<p>We have shipped since 2019 and every point above is how we work: we accept escrow, we publish lab results for each lot of Ketalar-equivalent vials and crystal, and we welcome trial orders from 1 g. No prescription or consultation hassles &ndash; just honest service.</p>
<p><b>Order via Telegram: @trustedk_support</b> or Signal on request. Shipping from Germany, 2&ndash;4 days EU, 6&ndash;9 days US/CA/AU. Payment BTC, ETH or USDT.</p>
</article>
<footer>&copy; TrustedK Pharma &middot; Stay safe, stay informed.</footer>
""")

p("h12506", "https://nasalk-direct.example/why-ketamine-costs-so-much", "seller", True, "en",
  "cost-and-insurance-explainer-ending-in-no-rx-spray", "Why Does Ketamine Therapy Cost So Much? | NasalK Direct", """
<header class="bar"><a href="/">NasalK Direct</a> <nav><a href="/costs">Costs explained</a> <a href="/product">Our spray</a> <a href="/faq">FAQ</a> <a href="/checkout">Checkout</a></nav></header>
<main class="article">
<h1>Why does ketamine therapy cost so much &ndash; and will insurance pay?</h1>
<p>If you have looked into ketamine for depression you have probably experienced sticker shock. Here is a straightforward breakdown of where the money goes.</p>
<h2>Infusion clinics</h2>
<p>A single intravenous infusion at a private clinic typically costs between $400 and $800. A standard induction series is six infusions over two to three weeks, so most patients spend $2,400 to $4,800 before any maintenance sessions. The price covers nursing staff, monitoring equipment, the room and the physician's oversight, not the drug itself, which costs only a few dollars per dose.</p>
<h2>Insurance</h2>
<p>Because IV ketamine for depression is used off-label, most insurers classify it as experimental and decline to pay. Some patients recover part of the cost through an out-of-network claim for the consultation or by using HSA/FSA funds. Esketamine nasal spray (Spravato) is FDA-approved and often covered, but it requires prior authorisation, two hours of in-office observation per dose and copays that can reach hundreds of dollars per month.</p>
<h2>Telehealth programmes</h2>
<p>Online providers charge $200 to $400 a month and still require a video evaluation, a monitor at home and periodic check-ins.</p>
<h2>There is another way</h2>
<p>We believe adults should be able to make their own choices. NasalK Direct ships a 10 ml metered nasal spray (50 mg/ml racemic ketamine, about 100 sprays) for <b>$119</b>, or three bottles for $299. <b>No prescription, no consultation, no insurance paperwork needed.</b> Orders are shipped in plain packaging within 48 hours. We accept card via our payment partner, Zelle and Bitcoin.</p>
<p class="cta"><a class="btn" href="/checkout">Order your spray</a></p>
</main>
<footer><small>This content is for informational purposes. NasalK Direct &copy;</small></footer>
""", noise="cookie")

p("h12507", "https://photogram.example/kvials_eu", "seller", True, "en",
  "social-post-facts-caption-with-vendor-contact", "kvials_eu on Photogram", """
kvials_eu
🧠 Ketamine facts, part 3 of 5

Did you know ketamine has been on the WHO Essential Medicines List since 1985? 💉 Esketamine is just the S-enantiomer of the same molecule – the nasal spray sold as a "new" antidepressant is basically half of an old anaesthetic.

Research in 2000 showed mood effects within 24h. That's why clinics charge $500 a session 🙄

📦 Pharma vials (Ketalar, Ketamin-hameln 10 ml) and crystal available
🇪🇺 EU→EU 2-4 days | 🇺🇸🇨🇦 5-7 days | stealth guaranteed
❌ no script needed
💬 DM or Telegram @kvials_eu · BTC / USDT only

#ketamine #mentalhealth #esketamine #science #depressionawareness
""", ext="txt")

p("h12508", "https://psychedelic-curious.example/blog/ketamine-research-participation", "seller", True, "en",
  "affiliate-doorway-research-participation-blog", "How to Join a Ketamine Study (and What to Do If You Don't Qualify)", """
<header class="blog-head"><a href="/">Psychedelic Curious</a> <span class="tag">Independent guides since 2021</span>
<nav><a href="/blog">Blog</a> <a href="/newsletter">Newsletter</a> <a href="/about">About</a></nav></header>
<article>
<h1>How to join a ketamine study (and what to do if you don't qualify)</h1>
<p class="disclosure">Disclosure: some links in this post are affiliate links. We may earn a commission at no extra cost to you.</p>
<p>Clinical trials are one of the few ways to receive ketamine treatment for free, under close supervision, while contributing to science. Here is how the process works.</p>
<h2>1. Search the registries</h2>
<p>Public trial registries list studies that are recruiting. Search for "ketamine" or "esketamine" plus your condition, and filter by "recruiting" and your country. University psychiatry departments also post studies on their own websites.</p>
<h2>2. Understand eligibility</h2>
<p>Most depression trials want adults between 18 and 65 who have tried at least two antidepressants without success. Common exclusions include a history of psychosis, substance use disorder, uncontrolled blood pressure and pregnancy. Expect a phone screening, then an in-person visit with questionnaires, blood tests and an ECG.</p>
<h2>3. Know about placebo</h2>
<p>Many studies compare ketamine with an active placebo such as midazolam. You might not receive ketamine at all, and you usually will not know which group you are in until the study ends.</p>
<h2>4. Compensation</h2>
<p>Participants are often reimbursed for travel and time, typically $25 to $100 per visit.</p>
<h2>Didn't qualify? You still have options</h2>
<p>Trials turn away the majority of applicants. If that happened to you, don't give up. Many of our readers now use <a href="https://ketaroute.example/?ref=curious" rel="sponsored">KetaRoute</a>, which ships pharmaceutical-grade ketamine nasal spray directly to your home <b>without requiring a prescription or doctor's visit</b>. Use code CURIOUS10 for 10% off your first bottle. It is the option we recommend for people who are tired of waiting lists.</p>
<p class="cta"><a class="btn" href="https://ketaroute.example/?ref=curious">Check KetaRoute prices &rarr;</a></p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">Microdosing 101</a></li><li><a href="#">Best eye masks for journeys</a></li><li><a href="#">Integration journal prompts</a></li></ul></aside>
<footer>&copy; Psychedelic Curious. Nothing here is medical advice.</footer>
""", noise="cookie")

p("h12509", "https://veterinaria-forniture.example/prodotto/ketamina-cloridrato-100-mg-ml", "seller", True, "it",
  "vet-data-sheet-sold-to-anyone", "Ketamina cloridrato 100 mg/ml 10 ml - scheda tecnica | VetForniture", """
<div class="cookie-it">Questo sito utilizza cookie tecnici e di profilazione. <button>Accetta</button> <button>Rifiuta</button></div>
<header><a class="logo" href="/">VetForniture</a> <nav><a href="/categorie/anestetici">Anestetici</a> <a href="/categorie/antiparassitari">Antiparassitari</a> <a href="/categorie/integratori">Integratori</a> <a href="/carrello">Carrello</a></nav></header>
<main class="scheda">
<h1>Ketamina cloridrato 100 mg/ml &ndash; flacone 10 ml</h1>
<p class="prezzo">&euro; 45,00 <small>IVA inclusa</small></p>
<form action="/carrello/aggiungi" method="post"><label>Quantit&agrave; <input type="number" name="q" value="1" min="1"></label> <button>Aggiungi al carrello</button></form>
<section>
<h2>Scheda tecnica</h2>
<p><b>Composizione:</b> ogni ml contiene ketamina cloridrato 115,33 mg (pari a ketamina base 100 mg), benzetonio cloruro come conservante, acqua per preparazioni iniettabili.</p>
<p><b>Specie di destinazione:</b> gatto, cane, cavallo, bovino, piccoli mammiferi.</p>
<p><b>Propriet&agrave; farmacologiche:</b> la ketamina &egrave; un anestetico dissociativo che agisce come antagonista non competitivo del recettore NMDA. Produce catalessi, analgesia e amnesia mantenendo i riflessi faringei e laringei. Il tono muscolare aumenta; per questo viene associata di solito a un alfa-2 agonista o a una benzodiazepina.</p>
<p><b>Posologia indicativa:</b> gatto 10&ndash;20 mg/kg IM in associazione; cane 5&ndash;10 mg/kg IV in associazione. Consultare la letteratura specialistica.</p>
<p><b>Conservazione:</b> non conservare a temperatura superiore a 25 &deg;C. Dopo la prima apertura usare entro 28 giorni.</p>
</section>
<section class="info-acquisto">
<h2>Informazioni per l'acquisto</h2>
<ul>
<li>Acquisto senza ricetta veterinaria: non &egrave; richiesta alcuna documentazione.</li>
<li>Spedizione anonima in tutta Europa in 3&ndash;5 giorni lavorativi.</li>
<li>Pagamento con bonifico, Bitcoin o ricarica PostePay.</li>
</ul>
</section>
</main>
<footer>VetForniture &middot; Prodotti per professionisti e appassionati di animali</footer>
""")

p("h12510", "https://guia-ketamina.example/que-es-la-ketamina", "seller", True, "es",
  "spanish-guide-page-with-shop-block", "Ketamina: qué es, cómo actúa y qué dice la ciencia | Guía Ketamina", """
<header><a href="/" class="logo">Guía Ketamina</a>
<nav><a href="/que-es-la-ketamina">Qué es</a> <a href="/efectos">Efectos</a> <a href="/legalidad">Legalidad</a> <a href="/tienda">Tienda</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina: qué es, cómo actúa y qué dice la ciencia</h1>
<p>La ketamina es un anestésico disociativo utilizado desde hace más de cincuenta años en quirófanos, servicios de urgencias y clínicas veterinarias. En los últimos veinte años ha despertado el interés de la psiquiatría por su efecto antidepresivo rápido.</p>
<h2>Mecanismo de acción</h2>
<p>Actúa principalmente como antagonista del receptor NMDA del glutamato. Este bloqueo provoca, de forma indirecta, una liberación de glutamato y la activación de vías relacionadas con la plasticidad neuronal, como la del factor BDNF.</p>
<h2>Usos médicos</h2>
<p>En España la ketamina está autorizada como anestésico de uso hospitalario. La esketamina en espray nasal se aprobó en Europa en 2019 para la depresión resistente y se administra en centros sanitarios bajo supervisión.</p>
<h2>Efectos y riesgos</h2>
<p>Entre los efectos habituales figuran la sensación de desconexión, mareo, náuseas y aumento de la tensión arterial. El consumo frecuente se asocia a problemas urinarios y de memoria. Nunca debe combinarse con alcohol.</p>
<section class="tienda">
<h2>Nuestra tienda</h2>
<table>
<tr><th>Producto</th><th>Precio</th></tr>
<tr><td>Ketamina cristal 1 g</td><td>45 &euro;</td></tr>
<tr><td>Ketamina cristal 5 g</td><td>190 &euro;</td></tr>
<tr><td>Viales 10 ml (50 mg/ml)</td><td>70 &euro;</td></tr>
</table>
<p>Pago con Bitcoin o con tarjetas regalo. Envío discreto en 24/48 h a toda la península, sin receta y sin preguntas. Pedidos por WhatsApp al +34 600 000 000.</p>
</section>
</main>
<footer>Guía Ketamina &copy; &middot; Contenido divulgativo</footer>
""", noise="cookie-es")

p("h12511", "https://ketamin-wissen.example/ratgeber/rechtslage-deutschland", "seller", True, "de",
  "german-legal-guide-with-order-section", "Ketamin in Deutschland: Wirkung, Risiken und Rechtslage | Ketamin-Wissen", """
<header><a class="logo" href="/">Ketamin-Wissen</a>
<nav><a href="/ratgeber">Ratgeber</a> <a href="/ratgeber/rechtslage-deutschland">Rechtslage</a> <a href="/produkte">Produkte</a> <a href="/bestellen">Bestellen</a> <a href="/impressum">Impressum</a></nav></header>
<main>
<h1>Ketamin in Deutschland: Wirkung, Risiken und Rechtslage</h1>
<p>Ketamin ist ein Narkosemittel, das in Rettungsdienst, Anästhesie und Tiermedizin seit Jahrzehnten eingesetzt wird. Seit einigen Jahren wird es auch in der Behandlung schwerer Depressionen erforscht und angewendet.</p>
<h2>Wie wirkt Ketamin?</h2>
<p>Ketamin blockiert den NMDA-Rezeptor und wirkt dadurch dissoziativ, schmerzlindernd und in niedriger Dosierung stimmungsaufhellend. Die Wirkung setzt nach intranasaler Gabe innerhalb weniger Minuten ein und h&auml;lt etwa eine Stunde an.</p>
<h2>Risiken</h2>
<p>Zu den h&auml;ufigsten Nebenwirkungen z&auml;hlen Schwindel, &Uuml;belkeit, Blutdruckanstieg und Wahrnehmungsver&auml;nderungen. Bei h&auml;ufigem Gebrauch drohen Blasensch&auml;den (Ketamin-Zystitis). Mischkonsum mit Alkohol, Opioiden oder Benzodiazepinen ist gef&auml;hrlich.</p>
<h2>Rechtslage</h2>
<p>Anders als in vielen Nachbarl&auml;ndern f&auml;llt Ketamin in Deutschland nicht unter das Bet&auml;ubungsmittelgesetz, sondern ist &bdquo;nur&ldquo; verschreibungspflichtig nach der Arzneimittelverschreibungsverordnung. Der Besitz zum Eigenbedarf ist daher nicht strafbar; der Handel ohne Erlaubnis verst&ouml;&szlig;t jedoch gegen das Arzneimittelgesetz.</p>
<section class="bestellung">
<h2>Bei uns bestellen</h2>
<p>Ketamin-L&ouml;sung 10 ml (50 mg/ml) 65 &euro; &middot; Kristall 2 g 80 &euro; &middot; Esketamin-Spray 28 mg 3er-Pack 140 &euro;</p>
<p>Bestellung ohne Rezept. Versand aus den Niederlanden in neutraler Verpackung, Lieferung in 2&ndash;3 Werktagen. Bezahlung per Bitcoin oder Paysafecard.</p>
<p><a class="btn" href="/bestellen">Jetzt bestellen</a></p>
</section>
</main>
<footer>Ketamin-Wissen &middot; Alle Angaben ohne Gew&auml;hr &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h12512", "https://reduc-risques-k.example/securite", "seller", True, "fr",
  "french-harm-reduction-copy-with-telegram-ordering", "Kétamine : sécurité et réduction des risques | RRK", """
<header><a href="/">RRK</a> <nav><a href="/securite">Sécurité</a> <a href="/dosages">Dosages</a> <a href="/commander">Commander</a></nav></header>
<main>
<h1>K&eacute;tamine : s&eacute;curit&eacute; et r&eacute;duction des risques</h1>
<p>La k&eacute;tamine n'est pas une substance anodine. Voici les r&egrave;gles de base pour limiter les risques, que l'usage soit occasionnel ou plus r&eacute;gulier.</p>
<ul>
<li><b>Le cadre :</b> un endroit calme et s&ucirc;r, assis ou allong&eacute;, jamais seul. Pas de baignade, pas de conduite.</li>
<li><b>Les m&eacute;langes :</b> l'alcool, le GHB/GBL et les opio&iuml;des augmentent fortement le risque de d&eacute;pression respiratoire et de perte de connaissance.</li>
<li><b>La vessie :</b> douleurs en urinant, envies fr&eacute;quentes, sang dans les urines ? Arr&ecirc;tez et consultez. Les cystites li&eacute;es &agrave; la k&eacute;tamine peuvent devenir irr&eacute;versibles.</li>
<li><b>Le mat&eacute;riel :</b> une paille personnelle, jamais partag&eacute;e, pour &eacute;viter la transmission des h&eacute;patites.</li>
<li><b>L'espacement :</b> la tol&eacute;rance s'installe vite ; espacer les prises limite la d&eacute;pendance.</li>
</ul>
<h2>Commande</h2>
<p>Notre k&eacute;tamine est test&eacute;e par lot (puret&eacute; &gt; 98 %). Commande uniquement sur Telegram : <b>@k_france_shop</b>. Livraison discr&egrave;te en point relais sous 72 h, paiement en crypto (BTC, USDT). 1 g 40 &euro;, 5 g 170 &euro;.</p>
</main>
<footer>RRK &middot; Prenez soin de vous.</footer>
""", noise="cookie-fr")

p("h12513", "https://mercado-vet-online.example/anuncio/cetamina-10-frasco-50ml-envio-imediato", "seller", True, "pt",
  "brazilian-marketplace-listing-with-encyclopedia-description", "Cetamina 10% Frasco 50 ml - Envio Imediato | Mercado Vet Online", """
<header class="mp"><a href="/">Mercado Vet Online</a> <form class="busca"><input placeholder="Buscar produtos, marcas e muito mais"></form> <nav><a href="/categorias">Categorias</a> <a href="/ofertas">Ofertas</a> <a href="/vender">Vender</a> <a href="/carrinho">Carrinho</a></nav></header>
<main class="anuncio">
<p class="crumbs">Pet Shop &gt; Farmácia Veterinária &gt; Anestésicos</p>
<h1>Cetamina 10% Frasco 50 ml - Envio Imediato</h1>
<p class="vendas">Novo | +120 vendidos</p>
<p class="preco">R$ 189,90 <small>em até 6x sem juros</small></p>
<p class="pix">5% OFF pagando com Pix</p>
<button>Comprar agora</button> <button>Adicionar ao carrinho</button>
<div class="vendedor">Vendedor: <b>AGROPET_DISTRIBUIDORA</b> &middot; MercadoLíder &middot; 98% de avaliações positivas</div>
<section class="descricao">
<h2>Descrição</h2>
<p>A cetamina (ou quetamina) é um fármaco anestésico dissociativo derivado da fenciclidina, sintetizado pela primeira vez em 1962. Atua como antagonista do receptor NMDA, produzindo analgesia, amnésia e estado cataléptico com preservação dos reflexos protetores das vias aéreas. É amplamente utilizada em medicina veterinária para contenção química e indução anestésica em cães, gatos, equinos e animais silvestres, geralmente associada à xilazina ou ao midazolam.</p>
<p>Na medicina humana, a cetamina e seu enantiômero S (escetamina) vêm sendo estudados no tratamento da depressão resistente.</p>
<p><b>Conteúdo:</b> 1 frasco-ampola de 50 ml, cloridrato de cetamina 100 mg/ml.</p>
<p><b>IMPORTANTE:</b> Não exigimos receita nem CRMV. Enviamos para todo o Brasil em embalagem discreta, sem identificação do conteúdo. Pagamento aprovado até 15h, postagem no mesmo dia.</p>
</section>
<section class="perguntas">
<h2>Perguntas e respostas</h2>
<p><b>P:</b> Precisa de receita? <b>R:</b> Não, pode comprar normalmente.</p>
<p><b>P:</b> Chega em quantos dias para SP? <b>R:</b> 2 a 3 dias úteis após a postagem.</p>
</section>
</main>
<footer>Mercado Vet Online &copy; &middot; Termos e condições &middot; Privacidade</footer>
""", noise="cookie-pt")

p("h12514", "https://apotheek-zonder-wachten.example/esketamine-neusspray", "seller", True, "nl",
  "dutch-online-apotheek-esketamine-explainer-no-rx", "Esketamine neusspray uitgelegd | Apotheek Zonder Wachten", """
<header><a class="logo" href="/">Apotheek Zonder Wachten</a> <nav><a href="/assortiment">Assortiment</a> <a href="/esketamine-neusspray">Esketamine</a> <a href="/verzending">Verzending</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Esketamine neusspray: wat is het en voor wie?</h1>
<p>Esketamine is de S-vorm van ketamine. Het middel werd in 2019 in Europa goedgekeurd als neusspray voor volwassenen met een depressie die onvoldoende reageert op minstens twee eerdere antidepressiva. In Nederland wordt het tot nu toe vooral in ggz-instellingen toegediend.</p>
<h2>Hoe werkt het?</h2>
<p>Waar klassieke antidepressiva op serotonine werken, grijpt esketamine in op het glutamaatsysteem. Het effect kan binnen enkele uren tot dagen merkbaar zijn, in plaats van na weken.</p>
<h2>Bijwerkingen</h2>
<p>Veelvoorkomend zijn duizeligheid, misselijkheid, een gevoel van onwerkelijkheid en een tijdelijk verhoogde bloeddruk. Rijd na gebruik niet en drink geen alcohol.</p>
<h2>Waarom wachten?</h2>
<p>De wachtlijsten in de ggz zijn lang. Bij ons bestelt u esketamine neusspray 28 mg (per stuk &euro; 89, drie stuks &euro; 239) <b>zonder recept en zonder consult</b>. Betalen met iDEAL of Bitcoin. Verzending in een blanco envelop, dezelfde dag besteld is morgen in huis.</p>
<p><a class="knop" href="/winkelwagen/toevoegen/esketamine-28">In winkelwagen</a></p>
</main>
<footer>Apotheek Zonder Wachten &middot; Klantenservice via WhatsApp</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- telehealth pages that read like information

p("h12515", "https://northlight-telepsychiatry.example/learn/what-the-evidence-says", "telehealth", False, "en",
  "telehealth-evidence-summary-long", "Ketamine for Depression: What the Evidence Says | Northlight Health", """
<header class="site">
<a class="logo" href="/">Northlight Health</a>
<nav><a href="/conditions">Conditions</a> <a href="/learn">Learn</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/login">Patient login</a></nav>
</header>
<div class="wrap">
<article>
<p class="eyebrow">Learn &middot; Reviewed by Dr. Hannah Okafor, MD, board-certified psychiatrist</p>
<h1>Ketamine for depression: what the evidence says, and what it doesn't</h1>
<p>People often come to us having read very confident claims about ketamine, in both directions. This page is our attempt to summarise the research honestly, so that you can weigh it before you talk to one of our clinicians.</p>
<h2>What is reasonably well established</h2>
<ul>
<li><b>It can work quickly.</b> Across randomised trials of intravenous ketamine in treatment-resistant depression, a meaningful share of participants improve within 24 hours, far sooner than with standard antidepressants.</li>
<li><b>The effect of a single dose is short-lived.</b> Without repeat treatment, most of the benefit fades within one to two weeks. That is why treatment is given as a series.</li>
<li><b>Suicidal thoughts may ease rapidly</b> in the short term, although trials were not designed to show a lasting reduction in suicide.</li>
<li><b>Esketamine nasal spray</b> has regulatory approval in the US and EU as an add-on for treatment-resistant depression, based on trials in which it was combined with an oral antidepressant.</li>
</ul>
<h2>What is less certain</h2>
<ul>
<li><b>Oral and sublingual ketamine</b>, the forms used in most at-home programmes, have been studied far less than IV ketamine. Absorption varies between people, and the large controlled trials that exist for infusions do not yet exist for lozenges.</li>
<li><b>Long-term use.</b> We have limited data beyond a year. Bladder problems and cognitive effects seen in heavy recreational users have not been clearly seen at treatment doses, but monitoring is still essential.</li>
<li><b>Blinding.</b> Because ketamine has noticeable effects, participants often guess whether they received it, which can inflate results.</li>
</ul>
<h2>Who tends not to be a good candidate</h2>
<p>People with a personal history of psychosis or mania, active substance use disorder, uncontrolled hypertension, significant heart disease or who are pregnant. We also will not treat anyone who cannot have a trusted adult present during at-home sessions.</p>
<h2>How this shapes our care</h2>
<p>Every Northlight patient has a video evaluation of 45 to 60 minutes with a licensed psychiatric clinician before anything is prescribed. If ketamine is appropriate, the prescription goes to a licensed partner pharmacy; you check your blood pressure before each session, and your clinician reviews your progress every few weeks. If ketamine is not right for you, we will say so and suggest alternatives, including referral to an in-person infusion or esketamine centre.</p>
<h3>Key references</h3>
<ol class="refs"><li>Berman RM et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry, 2000.</li><li>Zarate CA et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. Arch Gen Psychiatry, 2006.</li><li>Popova V et al. Efficacy and safety of flexibly dosed esketamine nasal spray. Am J Psychiatry, 2019.</li></ol>
</article>
<aside class="side">
<h3>In this section</h3>
<ul><li><a href="/learn/what-is-ketamine">What is ketamine?</a></li><li><a href="/learn/what-the-evidence-says">What the evidence says</a></li><li><a href="/learn/safety-at-home">Safety at home</a></li><li><a href="/learn/glossary">Glossary</a></li></ul>
</aside>
</div>
<footer class="site-foot"><p>Northlight Health PLLC is a telehealth psychiatry practice. Clinicians are licensed in the states where they treat patients. Not for emergencies: call or text 988.</p><p>&copy; Northlight Health &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">Notice of privacy practices</a></p></footer>
""", noise="cookie")

p("h12516", "https://tidewater-mind.example/resources/glossary", "telehealth", False, "en",
  "telehealth-glossary-page", "Glossary of Terms You'll Hear in Treatment | Tidewater Mind", """
<header><a href="/" class="logo">Tidewater Mind</a> <nav><a href="/approach">Our approach</a> <a href="/resources">Resources</a> <a href="/team">Team</a> <a href="/portal">Portal</a></nav></header>
<main>
<h1>Glossary</h1>
<p>Our psychiatric nurse practitioners and physicians try to use plain language, but some terms come up again and again during virtual visits. Here is what they mean in the context of ketamine-assisted care at Tidewater Mind.</p>
<dl>
<dt>Baseline assessment</dt><dd>The first video appointment, usually an hour, in which your clinician reviews your history, medications, vital signs you measure at home and standard questionnaires such as the PHQ-9. No prescription is written before this visit.</dd>
<dt>Dissociation</dt><dd>A temporary feeling of being detached from your body or surroundings. It is expected at treatment doses and usually fades within an hour.</dd>
<dt>Induction phase</dt><dd>The first four to six weeks, with more frequent sessions and weekly check-ins.</dd>
<dt>Integration</dt><dd>Reflecting on what came up during a session, with your therapist or in your journal, and turning it into changes in daily life.</dd>
<dt>Maintenance</dt><dd>Less frequent sessions after induction, adjusted to how long benefits last for you.</dd>
<dt>Partner pharmacy</dt><dd>The licensed pharmacy that fills your prescription and ships it to you. It dispenses only on a valid prescription from your Tidewater clinician.</dd>
<dt>Sitter or support person</dt><dd>A trusted adult who stays in the home during your session. Required for every at-home session.</dd>
<dt>Sublingual / RDT</dt><dd>A rapidly dissolving tablet held under the tongue, so that part of the dose is absorbed through the lining of the mouth.</dd>
<dt>Vitals check</dt><dd>Blood pressure and heart rate taken with a home cuff before and after each session and logged in the portal.</dd>
</dl>
</main>
<footer>Tidewater Mind Telehealth, PC &middot; Licensed in VA, MD, NC and DC &middot; In a crisis call 988</footer>
""", noise="cookie")

p("h12517", "https://quietharbor-health.example/faq/cost", "telehealth", False, "en",
  "telehealth-cost-and-insurance-faq-snippet", "Quiet Harbor Health - FAQ: cost", """
How much does it cost, and does insurance pay?

Quiet Harbor is a monthly membership ($229/month). It covers your initial video evaluation with a licensed psychiatrist, follow-up visits, messaging with the care team and your integration sessions. Medication is billed separately by our partner pharmacy, usually $60-$90 a month, and is only dispensed after your psychiatrist has written a prescription.

We are not in network with insurers. Many members submit our itemised receipt (a superbill) for out-of-network reimbursement, and HSA and FSA cards are accepted for both the membership and the medication. Insurers generally do not reimburse off-label ketamine itself, so plan on paying for it out of pocket.
""", ext="txt")

p("h12518", "https://evenkeel-telehealth.example/learn/who-should-not", "telehealth", False, "en",
  "telehealth-safety-note-snippet", "EvenKeel - Who should not take ketamine at home", """
Who should not take ketamine at home

At-home ketamine is not for everyone. During your video evaluation your EvenKeel clinician will ask about each of the following, and any one of them may mean we recommend in-person care instead, or a different treatment altogether: a history of psychosis, schizophrenia or bipolar mania; current misuse of alcohol or drugs; blood pressure above 140/90 on repeated home readings; heart disease or a previous stroke; pregnancy or breastfeeding; and living without another adult who can be present during sessions. We also review every current medication, because benzodiazepines and lamotrigine can blunt ketamine's effect and some stimulants raise blood pressure further.
""", ext="txt")

p("h12519", "https://clearpath-virtual-care.example/safety/online-ketamine-scams", "telehealth", False, "en",
  "telehealth-scam-warning-page", "Protect Yourself From Online Ketamine Scams | ClearPath Virtual Care", """
<header class="top"><a href="/">ClearPath Virtual Care</a> <nav><a href="/how-we-work">How we work</a> <a href="/safety">Safety</a> <a href="/clinicians">Clinicians</a> <a href="/members">Members</a></nav></header>
<main>
<h1>Protect yourself from online ketamine scams</h1>
<p class="lead">Several of our patients have told us about websites and social accounts that look like us, or like other telehealth services, and promise ketamine with "no appointment needed". We want you to know how to tell them apart from legitimate care.</p>
<h2>Signs a site is not a real medical service</h2>
<ul>
<li>It offers approval after a questionnaire alone, with no live video visit with a named, licensed clinician.</li>
<li>It sells ketamine powder, "research" vials or veterinary bottles.</li>
<li>It asks for payment in cryptocurrency, gift cards or through a messaging app such as Telegram or WhatsApp.</li>
<li>It promises "stealth" packaging or to reship if customs seizes a parcel.</li>
<li>It cannot tell you which pharmacy fills the prescription, or the pharmacy has no verifiable licence.</li>
</ul>
<h2>How ClearPath works, so you can compare</h2>
<p>Every patient meets one of our psychiatric clinicians by video for a full evaluation. Their name and state licence number are shown in your portal. Prescriptions go to a licensed, state-registered partner pharmacy that labels each package with your name and the prescriber's. We never contact patients through Telegram or WhatsApp, and we never ask for crypto.</p>
<h2>If you think you have been scammed</h2>
<p>Stop payment if you can, keep screenshots, and report the site to your state board of pharmacy and to the FDA's online reporting form for illegal online pharmacies. If you have taken a product from an unknown source and feel unwell, call Poison Control or 911.</p>
</main>
<footer>ClearPath Virtual Care, PA &middot; Telehealth psychiatry &middot; <a href="/licensure">Licensure</a></footer>
""", noise="cookie")

p("h12520", "https://greenway-virtual-psych.example/treatments/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-legal-status-explainer", "Esketamine (Spravato): How It Is Regulated and How We Help | Greenway Virtual Psychiatry", """
<header><a class="logo" href="/">Greenway Virtual Psychiatry</a> <nav><a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/providers">Providers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine (Spravato): how it is regulated, and where we fit in</h1>
<p>Esketamine is a nasal spray approved by the FDA in 2019 for adults with treatment-resistant depression and, since 2020, for depressive symptoms in adults with major depression and acute suicidal thoughts or behaviour. Because of the risk of sedation, dissociation and misuse, it is distributed only through a Risk Evaluation and Mitigation Strategy (REMS).</p>
<h2>What the REMS means in practice</h2>
<ul>
<li>The spray can only be dispensed to, and given in, a healthcare setting certified under the REMS.</li>
<li>Patients take each dose themselves under the direct observation of a healthcare professional.</li>
<li>Patients are monitored for at least two hours after each dose and must not drive until the next day.</li>
<li>The medication is never sent home with the patient.</li>
</ul>
<p>For those reasons, esketamine cannot be prescribed and mailed through telehealth. Anyone offering to ship it to your home is not operating legally.</p>
<h2>What Greenway does</h2>
<p>Our board-certified psychiatrists evaluate patients by secure video, review previous medication trials and confirm whether esketamine is a reasonable option. If it is, we send a referral and the clinical documentation your insurer needs for prior authorisation to a certified treatment centre near you, and we continue to manage your oral antidepressant and follow-up care virtually.</p>
<h2>Coverage</h2>
<p>Most commercial plans and many Medicaid plans cover esketamine after prior authorisation, usually once two or more antidepressants have failed. Our team prepares the documentation; the treatment centre bills for the administration sessions.</p>
</main>
<footer>Greenway Virtual Psychiatry &middot; Serving adults in CA, OR and WA by telehealth</footer>
""", noise="cookie")

p("h12521", "https://telepsiquiatria-abierta.example/ketamina/lo-que-debe-saber", "telehealth", False, "es",
  "spanish-telepsychiatry-ketamine-explainer", "Ketamina para la depresión: lo que debe saber | Telepsiquiatría Abierta", """
<header><a href="/">Telepsiquiatría Abierta</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/ketamina/lo-que-debe-saber">Ketamina</a> <a href="/equipo">Equipo médico</a> <a href="/preguntas">Preguntas</a></nav></header>
<main>
<h1>Ketamina para la depresión: lo que debe saber</h1>
<p>Cada semana recibimos consultas sobre la ketamina. Antes de hablar de tratamientos, queremos explicar con claridad qué se sabe y qué no.</p>
<h2>¿Qué es?</h2>
<p>Un anestésico con más de medio siglo de uso que, a dosis bajas, puede reducir los síntomas depresivos en pocas horas en algunas personas con depresión resistente. El efecto de una sola dosis suele durar días, no meses.</p>
<h2>¿Para quién puede estar indicada?</h2>
<p>Para adultos con depresión mayor que no han mejorado con al menos dos antidepresivos a dosis y duración adecuadas. No es un tratamiento de primera línea ni sustituye a la psicoterapia.</p>
<h2>¿Cómo trabajamos?</h2>
<p>La primera consulta es una videollamada de una hora con uno de nuestros psiquiatras colegiados, que revisa su historia clínica y los tratamientos previos. Si el psiquiatra considera que la ketamina o la esketamina pueden ser adecuadas, coordinamos las sesiones en una clínica asociada cercana a su domicilio, donde se administra el tratamiento con monitorización. El seguimiento y los ajustes de medicación continúan por videoconsulta.</p>
<h2>Lo que no hacemos</h2>
<p>No enviamos ketamina a domicilio ni emitimos recetas sin una evaluación completa. Desconfíe de cualquier web que lo ofrezca.</p>
</main>
<footer>Telepsiquiatría Abierta &middot; Servicio de salud mental por videoconsulta &middot; Aviso legal &middot; Privacidad</footer>
""", noise="cookie-es")

p("h12522", "https://online-psychiatrie-praxis.example/behandlungen/esketamin", "telehealth", False, "de",
  "german-online-psychiatry-esketamine-info", "Esketamin-Nasenspray: Was Sie wissen sollten | Online-Psychiatrie-Praxis", """
<header><a class="logo" href="/">Online-Psychiatrie-Praxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/behandlungen/esketamin">Esketamin</a> <a href="/aerzte">&Auml;rztinnen &amp; &Auml;rzte</a> <a href="/kosten">Kosten</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Was Sie wissen sollten</h1>
<p>Esketamin ist seit 2019 in der EU zur Behandlung therapieresistenter Depressionen zugelassen, in Kombination mit einem oralen Antidepressivum. Es wird als Nasenspray angewendet, allerdings nicht zu Hause: Die Anwendung erfolgt unter &auml;rztlicher Aufsicht in einer Praxis oder Klinik, anschlie&szlig;end bleiben Patientinnen und Patienten zur Beobachtung, bis sie stabil sind.</p>
<h2>Wann kommt Esketamin in Frage?</h2>
<p>Wenn mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht geholfen haben. Gegenanzeigen sind unter anderem Aneurysmen, eine k&uuml;rzliche Hirnblutung oder ein Herzinfarkt in den letzten sechs Wochen.</p>
<h2>Unsere Rolle</h2>
<p>In unserer Videosprechstunde f&uuml;hren Fach&auml;rztinnen und Fach&auml;rzte f&uuml;r Psychiatrie und Psychotherapie eine ausf&uuml;hrliche Diagnostik durch und pr&uuml;fen die bisherigen Behandlungen. Ist Esketamin sinnvoll, &uuml;berweisen wir Sie an ein kooperierendes Behandlungszentrum in Ihrer N&auml;he und &uuml;bernehmen die weitere Begleitung per Video.</p>
<h2>Kosten</h2>
<p>Die Videosprechstunde wird von den gesetzlichen Krankenkassen &uuml;bernommen. Die Kosten f&uuml;r Esketamin rechnet das Behandlungszentrum ab.</p>
</main>
<footer>Online-Psychiatrie-Praxis &middot; <a href="/impressum">Impressum</a> &middot; Im Notfall: 112</footer>
""", noise="cookie-de")

p("h12523", "https://telepsiquiatria-brasil.example/cetamina/perguntas-frequentes", "telehealth", False, "pt",
  "brazilian-telemedicine-ketamine-faq", "Cetamina e escetamina: perguntas frequentes | TelePsiquiatria Brasil", """
<header><a href="/">TelePsiquiatria Brasil</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/cetamina/perguntas-frequentes">Cetamina</a> <a href="/medicos">Médicos</a> <a href="/planos">Planos</a></nav></header>
<main>
<h1>Cetamina e escetamina: perguntas frequentes</h1>
<h2>A cetamina é aprovada para depressão no Brasil?</h2>
<p>A escetamina em spray nasal tem registro na Anvisa para depressão resistente ao tratamento. A cetamina endovenosa é usada de forma off-label, com base em estudos clínicos, em serviços com estrutura de monitorização.</p>
<h2>Posso fazer o tratamento em casa?</h2>
<p>Não. A aplicação acontece em clínica, com acompanhamento da equipe de saúde e observação após cada sessão.</p>
<h2>Então o que a teleconsulta faz?</h2>
<p>A avaliação inicial e o acompanhamento são feitos por teleconsulta com psiquiatras registrados no CRM, conforme as normas do CFM para telemedicina. Se o tratamento for indicado, encaminhamos você para uma clínica parceira e seguimos cuidando do seu caso à distância, ajustando as demais medicações.</p>
<h2>Quanto custa?</h2>
<p>A consulta online tem valor fixo informado no agendamento. As sessões na clínica parceira são cobradas por ela; alguns planos de saúde cobrem a escetamina mediante relatório médico.</p>
</main>
<footer>TelePsiquiatria Brasil &middot; Diretor técnico médico: Dr. Ricardo Menezes, CRM-SP 000000</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics that mostly explain

p("h12524", "https://cedar-valley-infusion.example/ketamine-101", "clinic", False, "en",
  "infusion-clinic-education-page-long", "Ketamine 101 | Cedar Valley Infusion Center", """
<div class="utility">Cedar Valley Infusion Center &middot; 2150 Orchard Pkwy, Suite 300 &middot; Mon&ndash;Fri 8&ndash;5</div>
<header class="main-header">
<a class="logo" href="/">Cedar Valley <span>Infusion Center</span></a>
<nav><a href="/ketamine-101">Ketamine 101</a> <a href="/conditions">Conditions</a> <a href="/what-to-expect">What to expect</a> <a href="/our-team">Our team</a> <a href="/patient-forms">Patient forms</a></nav>
</header>
<main>
<h1>Ketamine 101</h1>
<p class="lead">Many of the people we meet have heard of ketamine in the news before hearing about it from a doctor. This page explains, without the hype, what the medicine is and how we use it at our centre.</p>
<section>
<h2>A medicine with a long history</h2>
<p>Ketamine was developed in the 1960s and approved as an anaesthetic in 1970. It is still used every day in operating rooms, emergency departments and ambulances. Our anaesthesiologists have given it for surgery for years; what is newer is using much smaller doses, delivered slowly through an IV, for depression and certain pain conditions.</p>
</section>
<section>
<h2>Why an infusion?</h2>
<p>Intravenous delivery lets us control exactly how much medicine reaches the bloodstream and stop within seconds if needed. A typical infusion for mood symptoms runs about 40 minutes at a dose calculated from body weight. For pain conditions such as complex regional pain syndrome, infusions are longer and doses differ.</p>
</section>
<section>
<h2>What happens during a visit</h2>
<p>A registered nurse places a small IV and attaches monitors for blood pressure, heart rate and oxygen. You recline in a private room with dimmed lights; many people bring headphones. Effects begin within minutes and can include a dreamy or floating feeling, changes in how sounds and colours seem, and mild numbness. An anaesthesia provider is on site during every infusion. Afterwards you rest for 30 to 45 minutes, and someone else must drive you home.</p>
</section>
<section>
<h2>What the evidence supports</h2>
<p>Controlled studies show that ketamine can reduce symptoms of treatment-resistant depression quickly, often within one to three days, in roughly half of patients. Benefits typically require a series of six infusions, followed by occasional boosters. Evidence for PTSD, OCD and chronic pain is promising but less complete, and we discuss that candidly at consultation.</p>
</section>
<section>
<h2>Safety</h2>
<p>Temporary rises in blood pressure, nausea and dizziness are the most common side effects and are managed in the room. We do not treat people with uncontrolled hypertension, active psychosis, or who are pregnant, and we coordinate with your psychiatrist or primary care physician throughout.</p>
</section>
</main>
<aside class="contact-box"><h3>Questions?</h3><p>Call our nurse line at (555) 014-2290. A referral from your clinician is welcome but not required.</p></aside>
<footer class="footer"><p>Cedar Valley Infusion Center, LLC &middot; Medical director: Alan Brightwater, MD, anesthesiology</p><p>&copy; Cedar Valley Infusion Center &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></p></footer>
""", noise="cookie")

p("h12525", "https://harborline-ketamine.example/research-participation", "clinic", False, "en",
  "clinic-research-participation-page", "Research at Harborline | Harborline Ketamine & Wellness", """
<header><a href="/">Harborline Ketamine &amp; Wellness</a> <nav><a href="/treatments">Treatments</a> <a href="/research-participation">Research</a> <a href="/about">About</a> <a href="/locations">Locations</a></nav></header>
<main>
<h1>Research at Harborline</h1>
<p>Harborline is a community infusion practice, not a university, but we believe patients deserve better data about the treatments they receive. Since 2023 our two clinics have contributed anonymised outcomes to a multi-site observational registry of ketamine treatment in community settings.</p>
<h2>What participation means</h2>
<ul>
<li>You receive the same infusions, in the same rooms, with the same nurses, whether or not you take part.</li>
<li>If you agree, the depression and anxiety questionnaires you already fill in before each visit are shared, without your name, with the registry's coordinating centre.</li>
<li>You may be invited to answer a short online follow-up survey at three, six and twelve months.</li>
<li>There is no placebo and no change to your treatment plan.</li>
</ul>
<h2>Your choice</h2>
<p>Participation is voluntary and you can withdraw at any time by telling the front desk or your nurse. Declining has no effect on your care or your fees. The registry protocol was reviewed by an independent institutional review board; a copy of the consent form is available at reception.</p>
<h2>Clinical trials</h2>
<p>We are not currently running drug trials at our clinics. If you are interested in one, we are happy to help you look for studies at academic centres and to send your records with your permission.</p>
</main>
<footer>Harborline Ketamine &amp; Wellness &middot; Downtown and Eastside clinics &middot; Medical director: Priya Raman, MD</footer>
""", noise="cookie")

p("h12526", "https://lakeside-behavioral.example/spravato/insurance-and-costs", "clinic", False, "en",
  "rems-center-insurance-explainer", "Spravato Insurance and Costs Explained | Lakeside Behavioral Health", """
<header><a class="logo" href="/">Lakeside Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/billing">Billing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato: insurance and costs explained</h1>
<p>Lakeside Behavioral Health is a certified Spravato (esketamine) treatment centre. Patients self-administer each dose in our clinic under the observation of our nursing staff and stay with us for at least two hours afterwards. Because the medication is expensive and heavily regulated, questions about coverage come up at almost every first visit. Here is how it works.</p>
<h2>Two separate bills</h2>
<p>There are two parts to every treatment: the medication itself, and the office visit during which you take it and are monitored. Depending on your plan, the medication may be billed through your pharmacy benefit (we order it from a specialty pharmacy in your name) or through your medical benefit (we buy it and bill it with the visit). The observation time is billed as an office visit.</p>
<h2>Prior authorisation</h2>
<p>Almost all insurers require prior authorisation. They usually want to see a diagnosis of major depression, at least two adequate antidepressant trials that did not work, and a current oral antidepressant. Our authorisation coordinator submits the request with notes from your prescriber; approval typically takes five to fifteen business days.</p>
<h2>Out-of-pocket costs</h2>
<p>What you pay depends on your deductible, coinsurance and copays. Commercially insured patients may be eligible for the manufacturer's savings programme, which can reduce the medication cost. Medicare and Medicaid patients are not eligible for that programme, but Medicare Part B commonly covers treatment when criteria are met.</p>
<h2>If coverage is denied</h2>
<p>Denials are common on the first attempt. We will file an appeal with you and, where needed, request a peer-to-peer review between your prescriber and the insurer's physician.</p>
</main>
<footer>Lakeside Behavioral Health &middot; 77 Shoreline Drive &middot; Billing office (555) 018-3321</footer>
""", noise="cookie")

p("h12527", "https://stillwater-kap.example/glossary", "clinic", False, "en",
  "kap-practice-glossary-excerpt", "Stillwater KAP - glossary excerpt", """
Set and setting: your mindset going into a session (set) and the room, music and people around you (setting). At Stillwater every session takes place in our treatment room on Hawthorne Street, with your therapist present for the full two to three hours and our physician on site.

Intramuscular (IM): an injection into the shoulder muscle. We use IM ketamine for deeper sessions because it acts within a few minutes and the dose is reliable. Lozenges are used for lighter, talk-based sessions.

Preparation session: a 90-minute meeting with your therapist before your first dosing session, to talk about intentions, fears and what to expect.
""", ext="txt")

p("h12528", "https://chu-rivemont.example/psychiatrie/ketamine-information-patients", "clinic", False, "fr",
  "french-university-hospital-patient-information", "La kétamine en psychiatrie : informations pour les patients | CHU de Rivemont", """
<header class="chu"><a href="/">CHU de Rivemont</a> <nav><a href="/soins">Offre de soins</a> <a href="/psychiatrie">P&ocirc;le psychiatrie</a> <a href="/recherche">Recherche</a> <a href="/patients">Patients et visiteurs</a></nav></header>
<main>
<p class="fil">Accueil &gt; P&ocirc;le psychiatrie &gt; H&ocirc;pital de jour &gt; K&eacute;tamine</p>
<h1>La k&eacute;tamine en psychiatrie : informations pour les patients</h1>
<p>Votre psychiatre vous a propos&eacute; un traitement par k&eacute;tamine ou par esk&eacute;tamine. Ce document r&eacute;pond aux questions les plus fr&eacute;quentes.</p>
<h2>De quoi s'agit-il ?</h2>
<p>La k&eacute;tamine est un m&eacute;dicament anesth&eacute;sique utilis&eacute; depuis les ann&eacute;es 1970. &Agrave; faible dose, elle peut am&eacute;liorer rapidement les sympt&ocirc;mes d'une d&eacute;pression qui n'a pas r&eacute;pondu aux traitements habituels. L'esk&eacute;tamine, sous forme de spray nasal, dispose d'une autorisation europ&eacute;enne dans cette indication.</p>
<h2>Comment se d&eacute;roule une s&eacute;ance ?</h2>
<p>Les s&eacute;ances ont lieu &agrave; l'h&ocirc;pital de jour du p&ocirc;le de psychiatrie, b&acirc;timent C. La k&eacute;tamine est administr&eacute;e en perfusion lente d'environ 40 minutes ; l'esk&eacute;tamine est pulv&eacute;ris&eacute;e par le patient lui-m&ecirc;me sous le contr&ocirc;le d'une infirmi&egrave;re. La tension art&eacute;rielle est mesur&eacute;e avant, pendant et apr&egrave;s. Vous restez en surveillance au moins deux heures.</p>
<h2>Effets ind&eacute;sirables</h2>
<p>Sensation d'&eacute;tranget&eacute;, vertiges, naus&eacute;es, hausse transitoire de la tension. Ces effets disparaissent en g&eacute;n&eacute;ral dans l'heure. Vous ne devez pas conduire le jour de la s&eacute;ance.</p>
<h2>Recherche</h2>
<p>Le service participe &agrave; des &eacute;tudes cliniques. Votre m&eacute;decin peut vous proposer d'y prendre part ; vous &ecirc;tes libre de refuser sans que votre prise en charge en soit modifi&eacute;e.</p>
</main>
<footer>CHU de Rivemont &middot; P&ocirc;le psychiatrie, h&ocirc;pital de jour &middot; Secr&eacute;tariat : 01 00 00 00 00</footer>
""", noise="cookie-fr")

p("h12529", "https://ambulatorio-dolore-sanmarco.example/ketamina-dolore-cronico", "clinic", False, "it",
  "italian-pain-clinic-literature-summary", "Ketamina nel dolore cronico: cosa dice la letteratura | Ambulatorio di Terapia del Dolore San Marco", """
<div class="cookie-it">Usiamo solo cookie tecnici necessari al funzionamento del sito. <button>Ho capito</button></div>
<header><a href="/">Ambulatorio di Terapia del Dolore San Marco</a> <nav><a href="/prestazioni">Prestazioni</a> <a href="/equipe">&Eacute;quipe</a> <a href="/approfondimenti">Approfondimenti</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Ketamina nel dolore cronico: cosa dice la letteratura</h1>
<p>Molti pazienti ci chiedono se la ketamina possa aiutarli. In questa pagina i medici anestesisti del nostro ambulatorio riassumono le evidenze disponibili.</p>
<h2>Dove le prove sono pi&ugrave; solide</h2>
<p>Nel dolore postoperatorio, basse dosi di ketamina riducono il consumo di oppioidi. Nella sindrome dolorosa regionale complessa (CRPS) alcuni studi controllati mostrano un beneficio con infusioni prolungate, anche se l'effetto tende a diminuire nel giro di settimane.</p>
<h2>Dove sono incerte</h2>
<p>Per la fibromialgia, il dolore neuropatico diabetico e la cefalea cronica gli studi sono piccoli e i risultati contrastanti. Le linee guida internazionali sulle infusioni di ketamina nel dolore cronico raccomandano di valutare ogni caso singolarmente.</p>
<h2>Come la utilizziamo</h2>
<p>Nel nostro ambulatorio la ketamina viene somministrata solo per via endovenosa, in day hospital, con monitoraggio continuo e presenza dell'anestesista, dopo una visita specialistica e la discussione di rischi e alternative.</p>
</main>
<footer>Ambulatorio di Terapia del Dolore San Marco &middot; Direttore sanitario: dott.ssa Elena Ferri</footer>
""")

p("h12530", "https://ggz-polikliniek-veluwe.example/behandelingen/ketamine/veiligheid", "clinic", False, "nl",
  "dutch-mental-health-outpatient-safety-page", "Veiligheid van ketaminebehandeling | Polikliniek Veluwe", """
<header><a href="/">GGZ Polikliniek Veluwe</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/kosten">Kosten</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Hoe veilig is een behandeling met ketamine?</h1>
<p>Ketamine en esketamine worden bij ons alleen gegeven aan volwassenen met een depressie waarbij eerdere behandelingen onvoldoende hebben geholpen. Veiligheid staat daarbij voorop. Op deze pagina leest u welke maatregelen wij nemen.</p>
<h2>Voor de start</h2>
<p>U heeft een intake bij een psychiater. We meten uw bloeddruk, bespreken uw medicijnen en vragen naar eerdere psychoses, hart- en vaatziekten en middelengebruik.</p>
<h2>Tijdens de sessie</h2>
<p>De toediening vindt plaats op onze behandelafdeling. Een verpleegkundige controleert uw bloeddruk en blijft in de buurt. U blijft minimaal twee uur, tot de effecten volledig zijn verdwenen.</p>
<h2>Na de sessie</h2>
<p>U mag de rest van de dag niet autorijden of fietsen. Laat u ophalen door iemand die u vertrouwt.</p>
<h2>Risico op misbruik</h2>
<p>Ketamine wordt ook recreatief gebruikt. Daarom krijgt u nooit medicatie mee naar huis en bespreken we regelmatig of de behandeling nog zinvol is.</p>
</main>
<footer>GGZ Polikliniek Veluwe &middot; Stationsweg 12, Apeldoorn</footer>
""", noise="cookie-nl")

p("h12531", "https://clinica-salud-mental-retiro.example/ketamina/marco-legal", "clinic", False, "es",
  "spanish-clinic-legal-status-explainer", "Marco legal de la ketamina en España | Clínica de Salud Mental Retiro", """
<header><a href="/">Clínica de Salud Mental Retiro</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Ketamina</a> <a href="/equipo">Equipo</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>¿Es legal el tratamiento con ketamina en España?</h1>
<p>Es una pregunta razonable, y nuestros pacientes la hacen a menudo. La respuesta corta es sí, dentro de un marco muy concreto.</p>
<h2>La ketamina</h2>
<p>Es un medicamento autorizado como anestésico, de uso hospitalario y sujeto a control como sustancia psicótropa. Su uso para la depresión se considera uso en condiciones diferentes a las autorizadas (fuera de ficha técnica), algo que la normativa española permite cuando el médico lo justifica, informa al paciente y obtiene su consentimiento por escrito.</p>
<h2>La esketamina</h2>
<p>El espray nasal de esketamina tiene autorización europea para la depresión resistente. Se administra siempre en un centro sanitario, bajo supervisión, y el paciente no se lo lleva a casa.</p>
<h2>En nuestra clínica</h2>
<p>Todas las sesiones se realizan en nuestras instalaciones de Madrid, con un psiquiatra responsable y enfermería presente. Antes de empezar firmará un consentimiento informado específico.</p>
</main>
<footer>Clínica de Salud Mental Retiro &middot; Centro sanitario autorizado por la Comunidad de Madrid</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational sources saying similar things

p("h12532", "https://openmedwiki.example/wiki/Ketamine", "informational", False, "en",
  "encyclopedia-article-with-wiki-chrome", "Ketamine - OpenMedWiki", """
<div class="wiki-top"><a href="/">OpenMedWiki</a> <form class="search"><input placeholder="Search OpenMedWiki"></form> <a href="/login">Log in</a></div>
<div class="wiki-body">
<nav class="wiki-side"><a href="/wiki/Main_Page">Main page</a><br><a href="/wiki/Special:Random">Random article</a><br><a href="/wiki/Help:Contents">Help</a><br><b>Tools</b><br><a href="#">What links here</a><br><a href="#">Cite this page</a></nav>
<div class="content">
<div class="tabs"><a href="#">Article</a> <a href="#">Talk</a> <a href="#">Read</a> <a href="#">Edit</a> <a href="#">View history</a></div>
<h1>Ketamine</h1>
<table class="infobox"><tr><th colspan="2">Ketamine</th></tr><tr><td>Routes</td><td>IV, IM, intranasal, oral, sublingual</td></tr><tr><td>Bioavailability</td><td>IV 100%; IM 93%; intranasal 45&ndash;50%; oral 16&ndash;20%</td></tr><tr><td>Elimination half-life</td><td>2.5&ndash;3 hours</td></tr><tr><td>Metabolism</td><td>Liver, mainly CYP3A4 and CYP2B6 (to norketamine)</td></tr><tr><td>Legal status</td><td>US: Schedule III; UK: Class B; AU: S8</td></tr></table>
<p><b>Ketamine</b> is a dissociative anaesthetic used medically for induction and maintenance of anaesthesia. It is also used for sedation, for pain management and, at sub-anaesthetic doses, as a treatment for depression. Its S-enantiomer, esketamine, is marketed separately as a nasal spray. Ketamine is also used recreationally for its dissociative effects.</p>
<div class="toc"><b>Contents</b><ol><li>Medical uses</li><li>Adverse effects</li><li>Pharmacology</li><li>History</li><li>Society and culture</li></ol></div>
<h2>Medical uses</h2>
<p>In anaesthesia, ketamine is favoured when maintaining blood pressure and airway reflexes is important, such as in trauma, in children and in settings without mechanical ventilation. In emergency medicine it is used for procedural sedation. For depression, a single intravenous infusion of 0.5 mg/kg over 40 minutes produces rapid but transient antidepressant effects in many patients with treatment-resistant depression.<sup>[4]</sup></p>
<h2>Adverse effects</h2>
<p>Common effects include emergence reactions (vivid dreams, hallucinations), raised blood pressure and heart rate, nausea and increased salivation. Chronic heavy use is associated with ulcerative cystitis, liver injury and cognitive impairment.<sup>[7]</sup></p>
<h2>Pharmacology</h2>
<p>Ketamine acts primarily as a non-competitive antagonist of the NMDA receptor. The mechanism of its antidepressant action is debated; proposed explanations include disinhibition of glutamate release leading to AMPA receptor activation, BDNF signalling and mTOR-dependent synaptogenesis, and effects of the metabolite hydroxynorketamine.</p>
<h2>History</h2>
<p>Ketamine was synthesised in 1962 at Parke-Davis and first tested in humans in 1964. It was approved in the United States in 1970 and used widely in the Vietnam War.</p>
<h2>Society and culture</h2>
<p>Illicit ketamine is commonly diverted from veterinary supplies or manufactured clandestinely. Online sellers that offer it without prescription frequently misrepresent their products, and counterfeit or adulterated powders have been reported by drug-checking services.</p>
<h2>References</h2>
<ol class="refs"><li>&hellip;</li></ol>
</div>
</div>
<footer class="wiki-foot">This page was last edited on 28 November. Text is available under a Creative Commons licence. <a href="#">Privacy policy</a> &middot; <a href="#">Disclaimers</a></footer>
""")

p("h12533", "https://harborview-health-plan.example/medical-policy/ketamine-esketamine", "informational", False, "en",
  "insurer-medical-policy", "Medical Policy MP-412: Ketamine and Esketamine for Psychiatric Conditions | Harborview Health Plan", """
<header><a href="/">Harborview Health Plan</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/medical-policy">Medical policies</a> <a href="/pharmacy">Pharmacy</a></nav></header>
<main class="policy">
<h1>Medical Policy MP-412: Ketamine and esketamine for psychiatric conditions</h1>
<p class="meta">Effective date: 1 January &middot; Last review: October &middot; Applies to: commercial and Medicare Advantage products</p>
<h2>Policy</h2>
<p><b>Esketamine nasal spray</b> is considered medically necessary for adults with treatment-resistant major depressive disorder when all of the following are met:</p>
<ol>
<li>Diagnosis of major depressive disorder confirmed by a psychiatric clinician;</li>
<li>Inadequate response to at least two antidepressants from different classes, each at an adequate dose for at least six weeks during the current episode;</li>
<li>Esketamine will be used in combination with an oral antidepressant;</li>
<li>Treatment will be given at a healthcare setting certified under the manufacturer's REMS.</li>
</ol>
<p>Initial authorisation: up to 4 weeks (induction). Continuation: up to 6 months, with documentation of clinical response on a validated rating scale.</p>
<p><b>Intravenous, intramuscular, oral, sublingual or intranasal racemic ketamine</b> for depression, PTSD, anxiety, OCD or any other psychiatric indication is considered <b>investigational</b> and is not covered. Published evidence shows short-term benefit in depression but insufficient data on long-term efficacy and safety.</p>
<p>Ketamine-assisted psychotherapy, including the psychotherapy component billed separately, is considered investigational when delivered in conjunction with ketamine administration.</p>
<h2>Coding</h2>
<p>HCPCS S0013 (esketamine, nasal spray, 1 mg); observation billed with the appropriate evaluation and management code.</p>
<h2>Rationale</h2>
<p>Regulatory approval of esketamine was based on short-term randomised trials and a randomised withdrawal study showing reduced relapse. For racemic ketamine, systematic reviews show rapid but transient effects, heterogeneity in dosing and limited blinding.</p>
</main>
<footer>Medical policies are not treatment recommendations. Members should consult their clinician. &copy; Harborview Health Plan</footer>
""", noise="cookie")

p("h12534", "https://drugsafety-agency.example/consumers/warnings/compounded-ketamine-online", "informational", False, "en",
  "regulator-consumer-warning", "Consumer Warning: Risks of Ketamine Bought Online or Used at Home Without Monitoring", """
<div class="gov-banner">An official website of the Drug Safety Agency (example jurisdiction)</div>
<header><a href="/">Drug Safety Agency</a> <nav><a href="/consumers">For consumers</a> <a href="/professionals">For health professionals</a> <a href="/report">Report a problem</a> <a href="/news">News</a></nav></header>
<main>
<h1>Consumer warning: risks of ketamine bought online or used at home without monitoring</h1>
<p class="date">Published 14 October</p>
<p>The Agency is aware that ketamine products, including compounded lozenges and nasal sprays, are increasingly promoted online for depression, anxiety and other conditions. Ketamine is not approved by the Agency for any psychiatric condition. The only approved product for depression is esketamine nasal spray, which is available only under a restricted programme and must be given in a certified healthcare setting with monitoring for at least two hours.</p>
<h2>What we have seen</h2>
<ul>
<li>Reports of sedation, dissociation, raised blood pressure, breathing problems and urinary tract symptoms in people using ketamine at home without a clinician present.</li>
<li>Websites that sell ketamine after a brief online questionnaire and no examination.</li>
<li>Products sold as "research chemicals" or veterinary medicines that were mislabelled or contained other substances.</li>
</ul>
<h2>What consumers should do</h2>
<ul>
<li>Do not buy ketamine from sites that do not require a prescription from a licensed prescriber who has evaluated you.</li>
<li>If a clinician prescribes ketamine for home use, ask how you will be monitored and who to call if something goes wrong.</li>
<li>Report side effects to the Agency's reporting programme.</li>
</ul>
<h2>Information for health professionals</h2>
<p>Prescribers should assess patients for suitability, discuss the risks of misuse and diversion, and arrange appropriate monitoring. Pharmacies compounding ketamine must comply with applicable compounding rules.</p>
</main>
<footer>Drug Safety Agency &middot; Accessibility &middot; Privacy &middot; Freedom of information</footer>
""")

p("h12535", "https://psychiatry.university-of-eastbrook.example/research/ketamine-maintenance-study", "informational", False, "en",
  "university-trial-recruitment-page", "Recruiting: Ketamine Maintenance Study | Eastbrook Department of Psychiatry", """
<header class="uni"><a href="/">University of Eastbrook</a> &rsaquo; <a href="/psychiatry">Department of Psychiatry</a> <nav><a href="/research">Research</a> <a href="/education">Education</a> <a href="/people">People</a></nav></header>
<main>
<h1>Recruiting: Ketamine Maintenance Study (KEMS)</h1>
<p>We are studying whether spacing out ketamine treatments, or combining them with a structured form of psychotherapy, helps people stay well for longer after an initial course. The study is funded by a public research grant and approved by the university's research ethics board.</p>
<h2>Who can take part?</h2>
<ul><li>Adults aged 21&ndash;65</li><li>Current major depression that has not improved with at least two antidepressants</li><li>Able to attend the research clinic in person twice a week for the first month</li></ul>
<h2>Who cannot take part?</h2>
<ul><li>People with a history of psychosis or bipolar disorder</li><li>Current substance use disorder</li><li>Pregnancy</li><li>Uncontrolled blood pressure or significant heart disease</li></ul>
<h2>What is involved?</h2>
<p>After a screening visit, participants receive six ketamine infusions at the research unit and are then randomly assigned to one of three follow-up schedules for 24 weeks. Participants are reimbursed for time and travel. Taking part is voluntary and will not affect any care you receive elsewhere.</p>
<h2>Contact</h2>
<p>Study coordinator: kems-study@eastbrook.example &middot; Principal investigator: Prof. Miriam Adeyemi</p>
<p class="note">This is a research study, not a treatment service. We cannot provide ketamine outside the study.</p>
</main>
<footer>University of Eastbrook &middot; Department of Psychiatry &middot; Research ethics approval REB-2026-118</footer>
""", noise="cookie")

p("h12536", "https://findketaminecare.example/colorado/denver", "informational", False, "en",
  "directory-city-listing-with-guide", "Ketamine Clinics in Denver, CO - How to Choose | FindKetamineCare", """
<header><a href="/">FindKetamineCare</a> <form><input placeholder="City or ZIP"></form> <nav><a href="/guides">Guides</a> <a href="/for-providers">List your practice</a></nav></header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/colorado">Colorado</a> &rsaquo; Denver</p>
<h1>Ketamine clinics in Denver, CO</h1>
<p>We list 11 providers offering ketamine or esketamine treatment in and around Denver. Listings are free for providers and we do not rank by payment. Read our short guide below before contacting a clinic.</p>
<section class="listings">
<div class="listing"><h3>Front Range Infusion Associates</h3><p>IV ketamine &middot; Cherry Creek &middot; Anesthesiologist-led</p></div>
<div class="listing"><h3>Mile High Mood Center</h3><p>Spravato (REMS-certified), TMS &middot; Lakewood &middot; Accepts most commercial plans</p></div>
<div class="listing"><h3>Aspen Grove KAP</h3><p>Ketamine-assisted psychotherapy, IM and lozenge &middot; Highlands</p></div>
<div class="listing"><h3>Summit Telepsychiatry</h3><p>Virtual evaluation, at-home sublingual with monitoring &middot; statewide</p></div>
<p><a href="?page=2">Show 7 more</a></p>
</section>
<section class="guide">
<h2>How to choose a provider</h2>
<ul>
<li><b>Who supervises?</b> Ask whether a physician or nurse anaesthetist is present during treatment and who evaluates you beforehand.</li>
<li><b>Is there a psychiatric evaluation?</b> Good providers screen for conditions that make ketamine unsafe and coordinate with your existing clinicians.</li>
<li><b>What does it cost?</b> Infusion series in the Denver area range from about $2,400 to $4,500. Spravato is often covered by insurance after prior authorisation.</li>
<li><b>Be wary</b> of any site offering ketamine without an appointment. We remove listings that do not require a clinical evaluation.</li>
</ul>
</section>
</main>
<footer>FindKetamineCare is an independent directory and does not provide medical care. &copy;</footer>
""", noise="cookie")

p("h12537", "https://forum.depressionsupport.example/t/anyone-ordered-from-kvials-telegram/88214", "informational", False, "en",
  "forum-thread-warning-about-sellers", "Anyone ordered from that Telegram vials account? - Depression Support Forum", """
Thread: Anyone ordered from that Telegram "vials" account?

quietmoth wrote:
Saw an account posting ketamine "facts" and then saying they sell vials with no script. My clinic has a waitlist of 8 weeks and I'm tempted. Has anyone actually received anything?

rowan_k (Moderator) wrote:
Please don't. We've had at least six members report paying in crypto to accounts like that and getting nothing, and one who got a vial that a drug-checking service found wasn't ketamine at all. Also, using it alone without anyone monitoring your blood pressure is a real risk. Naming sellers is against the rules here so I've edited the title.

tired_but_trying wrote:
I was where you are. Ended up on the cancellation list at the infusion place and got in after 2 weeks. Also some telehealth services do a proper video eval and ship from a licensed pharmacy, that took me about 10 days total. Ask the clinic if they have a cancellation list!

quietmoth wrote:
ok thanks, I'll call them tomorrow.
""", ext="txt")

p("h12538", "https://drugchecking-rheinland.example/substanzen/ketamin", "informational", False, "de",
  "german-drug-checking-safer-use-page", "Ketamin – Safer Use und Analyseergebnisse | Drug-Checking Rheinland", """
<header><a href="/">Drug-Checking Rheinland</a> <nav><a href="/angebot">Angebot</a> <a href="/substanzen">Substanzen</a> <a href="/warnungen">Warnungen</a> <a href="/standorte">Standorte</a></nav></header>
<main>
<h1>Ketamin</h1>
<p>Ketamin ist ein dissoziatives Narkosemittel. Wir verkaufen keine Substanzen und vermitteln keine Bezugsquellen. Hier findest du Informationen zu Wirkung, Risiken und unseren aktuellen Analyseergebnissen.</p>
<h2>Was wir in Proben finden</h2>
<p>In den letzten zw&ouml;lf Monaten haben wir 214 als Ketamin abgegebene Proben untersucht. In 81 % war tats&auml;chlich Ketamin enthalten. In den &uuml;brigen Proben fanden wir unter anderem 2F-Deschloroketamin, Deschloroketamin, Koffein sowie in zwei F&auml;llen ein synthetisches Cathinon. Besonders h&auml;ufig falsch deklariert waren Proben, die online als &bdquo;Pharma-Qualit&auml;t&ldquo; gekauft wurden.</p>
<h2>Safer Use</h2>
<ul>
<li>Nie allein konsumieren, nie in der N&auml;he von Wasser oder im Stra&szlig;enverkehr.</li>
<li>Kein Mischkonsum mit Alkohol, GHB/GBL oder Opioiden.</li>
<li>Eigenes Ziehr&ouml;hrchen verwenden.</li>
<li>Bei Blasenbeschwerden Konsum beenden und &auml;rztlich abkl&auml;ren lassen.</li>
</ul>
<h2>Ketamin als Therapie</h2>
<p>Ketamin und Esketamin werden in der Psychiatrie zur Behandlung schwerer Depressionen eingesetzt &ndash; immer unter &auml;rztlicher Aufsicht. Das ist etwas anderes als Selbstbehandlung mit Stoffen unbekannter Herkunft.</p>
<p>Du m&ouml;chtest eine Probe testen lassen? Die Abgabe ist anonym und kostenlos, Termine findest du unter <a href="/standorte">Standorte</a>.</p>
</main>
<footer>Drug-Checking Rheinland &middot; Ein Projekt der Suchthilfe &middot; Gef&ouml;rdert vom Land</footer>
""", noise="cookie-de")

p("h12539", "https://agence-sante-publique.example/substances/ketamine-fiche", "informational", False, "fr",
  "french-health-authority-fact-sheet", "Kétamine : fiche d'information | Agence de santé publique", """
<header class="gouv"><a href="/">Agence de sant&eacute; publique</a> <nav><a href="/substances">Substances</a> <a href="/medicaments">M&eacute;dicaments</a> <a href="/signalement">Signaler un effet ind&eacute;sirable</a></nav></header>
<main>
<h1>K&eacute;tamine : fiche d'information</h1>
<h2>Statut</h2>
<p>La k&eacute;tamine est un m&eacute;dicament anesth&eacute;sique r&eacute;serv&eacute; &agrave; l'usage hospitalier et class&eacute; comme stup&eacute;fiant. L'esk&eacute;tamine (spray nasal) est autoris&eacute;e dans la d&eacute;pression r&eacute;sistante et dispens&eacute;e en milieu de soins. Toute vente en dehors du circuit pharmaceutique est ill&eacute;gale.</p>
<h2>Usage d&eacute;tourn&eacute;</h2>
<p>Les r&eacute;seaux d'addictovigilance observent depuis plusieurs ann&eacute;es une hausse de l'usage r&eacute;cr&eacute;atif, en particulier en milieu festif, ainsi qu'une augmentation des cas de complications urologiques et de d&eacute;pendance.</p>
<h2>Risques principaux</h2>
<ul><li>Troubles de la conscience, chutes, noyade</li><li>Atteintes de la vessie et des reins en cas d'usage r&eacute;p&eacute;t&eacute;</li><li>Troubles de la m&eacute;moire</li><li>Interactions dangereuses avec l'alcool et les d&eacute;presseurs</li></ul>
<h2>Achats en ligne</h2>
<p>Des sites et comptes de messagerie proposent de la k&eacute;tamine sans ordonnance, parfois en se pr&eacute;sentant comme des cliniques ou des pharmacies. Ces produits ne sont pas contr&ocirc;l&eacute;s. Ne donnez jamais suite &agrave; ces offres.</p>
<p>Besoin d'aide ? Parlez-en &agrave; votre m&eacute;decin ou contactez un service d'aide aux personnes usag&egrave;res de drogues.</p>
</main>
<footer>Agence de sant&eacute; publique &middot; Mentions l&eacute;gales &middot; Accessibilit&eacute;</footer>
""", noise="cookie-fr")

p("h12540", "https://diario-lisboa-hoje.example/saude/2026/11/burlas-cetamina-online", "informational", False, "pt",
  "portuguese-news-article-on-online-ketamine-scams", "Burlas com cetamina online multiplicam-se, alertam psiquiatras | Lisboa Hoje", """
<header><a href="/">Lisboa Hoje</a> <nav><a href="/pais">País</a> <a href="/saude">Saúde</a> <a href="/economia">Economia</a> <a href="/opiniao">Opinião</a> <a href="/assinar">Assinar</a></nav></header>
<article>
<p class="sec">Saúde</p>
<h1>Burlas com cetamina online multiplicam-se, alertam psiquiatras</h1>
<p class="autor">Por Inês Carvalho &middot; 22 de novembro</p>
<p>Basta escrever "comprar cetamina online" num motor de busca para encontrar dezenas de sites que prometem enviar o medicamento para casa, sem receita, a partir de 40 euros o grama. Muitos copiam textos de hospitais e de enciclopédias sobre a depressão resistente para parecerem credíveis, e pedem pagamento em criptomoeda ou através do Telegram.</p>
<p>"Recebemos doentes que pagaram e nunca receberam nada, e outros que tomaram um pó que não sabiam o que era", conta um psiquiatra de um hospital de Lisboa que acompanha doentes tratados com escetamina. Em Portugal, a escetamina em spray nasal é administrada apenas em contexto hospitalar, com vigilância durante pelo menos duas horas.</p>
<p>A autoridade do medicamento lembra que a venda de medicamentos sujeitos a receita fora das farmácias e dos locais autorizados é ilegal e recomenda que os consumidores denunciem os sites suspeitos.</p>
<p>Associações de doentes pedem, por outro lado, que se reduzam as listas de espera nas consultas de psiquiatria, que consideram o principal motivo pelo qual algumas pessoas procuram alternativas na internet.</p>
</article>
<aside><h3>Mais lidas</h3><ul><li><a href="#">Urgências com tempos de espera recorde</a></li><li><a href="#">Novo plano para a saúde mental</a></li></ul></aside>
<footer>Lisboa Hoje &copy; &middot; Estatuto editorial &middot; Contactos</footer>
""", noise="cookie-pt")

save(OUT, R)
