# Batch 102 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Long pages, small tells". Every page is long (roughly 1,200-3,000 words of body text, natural
# varied prose) and what decides the label is small and sits in the middle or near the end. Sellers are
# blogs, guides, wellness articles, a policy essay, product pages with long descriptions, marketplace
# vendor profiles and forum vendor threads whose sale of ketamine / esketamine / analogues shows only
# in one block or a couple of lines (prices, an order box, a messenger handle, a payment line, a
# shipping promise, "no prescription"). Protected pages are long clinic guides, telehealth FAQs and
# explainers, news features, a court judgment, consumer and regulator guides, harm-reduction and
# drug-checking pages and forum threads that mention prices, buying, shipping, messengers or crypto in
# passing or while describing sellers.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 26 English, 14 es/de/fr/nl/pt/it
# (es 3, de 3, fr 2, nl 2, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers, comment sections),
# long forum threads, long product and vendor pages, and one long plain-text court judgment (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch102.py (writes batch102/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch102")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers: the tell is one block or a couple of lines

p("h10201", "https://thequietreset.example/journal/ninety-days-low-dose-at-home", "seller", True, "en",
  "wellness-blog-diary-telegram-source-near-end", "Ninety days of low-dose ketamine at home: an honest diary | The Quiet Reset", """
<header class="masthead">
<a class="logo" href="/">The Quiet Reset</a>
<nav><a href="/journal">Journal</a> <a href="/rituals">Rituals</a> <a href="/breathwork">Breathwork</a> <a href="/about">About Maren</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main class="post">
<article>
<p class="meta">Journal &middot; 14 min read &middot; by Maren Holt</p>
<h1>Ninety days of low-dose ketamine at home: an honest diary</h1>
<p class="lede">I promised a few of you on Instagram that I would write this up properly once the ninety days were over. It took me longer than I thought, partly because I kept rewriting the beginning, and partly because the honest version is less tidy than the version I wanted to write.</p>

<h2>Where I was before</h2>
<p>For anyone new here: I have lived with depression since my early twenties. Not the cinematic kind where you cannot get out of bed for a month, although I have had those weeks too. Mostly it is a grey weight that sits on the edge of everything. I worked, I cooked, I answered emails, I went to my niece's birthday parties. I just did all of it from behind a pane of glass. I tried three different SSRIs over eight years, one SNRI that made me sweat through my sheets, and a long stretch of talk therapy that helped me understand myself but did not lift the weight.</p>
<p>Last winter was bad. My father had his second stroke in November, my relationship of six years ended in a way that was kind but final, and I moved into a smaller flat with a view of a car park. I remember standing in the kitchen in January holding a mug of tea that had gone cold and thinking, very calmly, that I could not do another decade like this. That calm frightened me more than anything loud would have.</p>
<p>I had read about ketamine for a couple of years. I had watched the documentaries and listened to the podcasts where people with soft voices talk about neuroplasticity and the default mode network. I was sceptical in the way you are sceptical of anything that gets sold to you with ambient music. But I was also out of ideas.</p>

<h2>Setting up the ritual</h2>
<p>The first thing I learned is that the container matters more than I expected. I cleared the corner of my bedroom where the light is softest in the late afternoon. I bought a cheap eye mask, a weighted blanket from a charity shop, and I made a playlist that was mostly piano and a few long ambient tracks with no words. Words, I found out on day four, pull me straight back into my head.</p>
<p>I also wrote an intention on an index card before every session. Some of them were grand (<em>I want to remember who I was at nineteen</em>), and some were tiny (<em>I want to stop flinching when my phone rings</em>). Re-reading them now is a little embarrassing and a little moving.</p>
<p>I always had someone within reach. For the first two weeks my friend Tamsin sat in the living room with a book while I was in the bedroom. After that, I texted her before and after. Please do not skip this part. Even at low doses there were moments where I felt very far away from my body, and knowing that a real person knew where I was made those moments feel safe instead of lonely.</p>

<h2>Weeks one to three: nausea, and then something else</h2>
<p>The first sessions were mostly physical. I felt heavy and floaty at the same time, my hands felt like they belonged to someone else, and on two occasions I felt properly sick about twenty minutes in. Ginger tea beforehand helped a bit. Not eating for three or four hours beforehand helped more.</p>
<p>Around session six something shifted. I was lying under the blanket listening to a cello piece and I suddenly had this very clear picture of my father teaching me to ride a bike on the gravel path behind our old house. It was not a hallucination exactly. It was more that the memory arrived with all its colour and weight, and I was allowed to just hold it for a while without the usual voice commenting on it. I cried, and it was the good kind of crying, the kind that empties something out.</p>
<p>The afternoon after that session was the first time in months that I noticed the light on the car park. It sounds silly. It was just sunset on wet tarmac. But I noticed it, and I stood at the window for a few minutes, and the glass between me and the world felt thinner.</p>

<h2>Integration is the real work</h2>
<p>Everyone says this and I rolled my eyes at it too. But it is true. The sessions open a window; what you do in the following days decides whether anything comes through it. My integration practice was nothing special:</p>
<ul>
<li>Journaling the same evening, even if it was only three lines.</li>
<li>A long walk the next morning without headphones.</li>
<li>One small, slightly scary action within 48 hours. Calling the friend I had been avoiding. Booking the dentist. Telling my sister the truth about how bad January had been.</li>
<li>Talking it through with my therapist every second week. She was not thrilled about the whole project at first, and I respect her for saying so, but she worked with me anyway.</li>
</ul>
<p>The days after sessions were often the best days of the week. Not euphoric. Just lighter, more flexible, more able to sit with a bad feeling without drowning in it.</p>

<h2>Weeks four to eight: the plateau</h2>
<p>This is the bit nobody posts about. Around week five I hit a wall. The sessions became flat and repetitive, a bit boring honestly, and I started to wonder if I had just been riding a novelty effect. I also noticed I was looking forward to the sessions a little too much, in a way that made me uneasy. Ketamine does have a potential for misuse and I do not think people talk about that honestly enough in this corner of the internet.</p>
<p>So I changed things. I went from twice a week to once a week. I added a breathwork practice on the off days (there is a guided version on the <a href="/breathwork">breathwork page</a>). I stopped chasing big experiences and started treating the sessions more like a quiet meditation with a chemical assist. That reframe helped a lot. By week eight the sessions felt useful again, just in a less dramatic way.</p>
<p>I also had a bad session in week seven, which I think is worth describing. I went in tired and upset after a phone call with my mother, and the whole experience tilted towards anxiety. I felt trapped in my body, my heart was racing, and the music sounded menacing. It lasted maybe thirty minutes of real time and felt like two hours. Afterwards I was shaky and low for a day. The lesson for me was simple: do not use a session to escape a bad day. Use it when you are reasonably steady and want to go deeper.</p>

<h2>Weeks nine to twelve: what actually changed</h2>
<p>I want to be careful here because I know people read posts like this when they are desperate and I do not want to oversell anything. So here is the plain list.</p>
<ul>
<li>My mood scores on the questionnaire I use every Sunday went from "moderately severe" to "mild" and stayed there for the last four weeks.</li>
<li>I sleep better, although that might also be the breathwork and the fact that I stopped doom-scrolling in bed.</li>
<li>I am kinder to myself in a way that is hard to measure. The voice is still there. It just is not the only voice anymore.</li>
<li>I did not become a different person. I still have grey days. I had one yesterday.</li>
<li>Physical side effects: occasional nausea, one bladder scare in week ten that turned out to be a regular UTI but sent me to the GP in a panic. Please read up on bladder problems with ketamine. They are real and mostly linked to heavy or frequent use.</li>
</ul>

<h2>Things I would tell myself on day one</h2>
<p>Go slower than you think. Write everything down, including the boring sessions. Tell at least one person the full truth. Do not mix it with alcohol, ever. Do not drive afterwards, and I mean for the rest of the day, not just for a couple of hours. Keep your therapist in the loop even if you expect a lecture. And watch yourself honestly for signs that the ritual is turning into a habit.</p>
<p>If you have a history of psychosis, uncontrolled blood pressure, or heart problems, this is not something to try on your own. I know that sounds like a disclaimer, but I mean it as a friend.</p>

<h2 id="sourcing">A note on sourcing, because you keep asking</h2>
<p>I get more DMs about this than about anything else I have ever written, so here it is once. I did my first few sessions through a clinic and could not keep paying their prices. Since February I have used the same small supplier, who has been consistent and careful. Test kits are in every parcel, which I appreciate.</p>
<div class="callout">
<p><b>Reader rate:</b> 5 g for $210, 10 g for $380, shipped from Rotterdam in a sealed tea tin, usually 4&ndash;6 days to the US and UK. BTC or USDT only. Message <b>@quietreset_supply</b> on Telegram and mention the journal for 10% off. No prescription, no questionnaire, no awkward intake call.</p>
</div>
<p>That's all I will say on it. Please be responsible, weigh everything with a milligram scale, and start low.</p>

<h2>What comes next</h2>
<p>I am taking a month off completely to see what holds without the sessions. I will report back in the newsletter, including if things slide. If they do, that is information too, and I would rather share an honest relapse than pretend this is a cure.</p>
<p>Thank you to everyone who wrote to me during these three months, especially the woman in Leeds who sent a postcard with a drawing of a heron on it. It is on my fridge. It reminds me to stand still sometimes.</p>
<p class="signoff">With love and a cold cup of tea,<br>Maren</p>
</article>

<section class="comments">
<h3>27 comments</h3>
<div class="comment"><b>Ollie R.</b> <span>3 days ago</span><p>The part about the plateau is so real. I thought I was doing something wrong. Thanks for being honest about the bad session too.</p></div>
<div class="comment"><b>Priya</b> <span>3 days ago</span><p>That heron postcard line got me. Glad you are in a better place, Maren.</p></div>
<div class="comment"><b>dan_in_bristol</b> <span>2 days ago</span><p>Messaged the telegram, got a reply in an hour. Tin arrived in five days, exactly as described.</p></div>
<div class="comment"><b>Marisol</b> <span>yesterday</span><p>Could you write more about the breathwork you paired with it? I am on week two and the off days are hard.</p></div>
</section>
</main>
<aside class="sidebar">
<div class="about"><img src="/img/maren.jpg" alt="Maren in a garden"><p>Hi, I'm Maren. I write about depression, slow living and the small rituals that keep me here. Former primary school teacher, current plant hoarder.</p></div>
<div class="newsletter"><h4>Sunday letters</h4><p>One honest email a week. No spam, no miracle cures.</p><input placeholder="Your email"><button>Join 8,400 readers</button></div>
<div class="popular"><h4>Popular</h4><a href="/journal/breathwork-for-grey-days">Breathwork for grey days</a><a href="/journal/what-i-eat-when-im-low">What I eat when I'm low</a><a href="/journal/letter-to-my-twenty-year-old-self">A letter to my twenty-year-old self</a></div>
</aside>
<footer><p>&copy; The Quiet Reset. Nothing on this site is medical advice. If you are in crisis, call your local emergency number or a crisis line.</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h10202", "https://meridian-reference-chem.example/catalog/arylcyclohexylamines/2-fdck-hcl", "seller", True, "en",
  "analogue-product-page-long-monograph-order-box-mid", "2-FDCK HCl (2-Fluorodeschloroketamine) | Meridian Reference Chemicals", """
<header>
<div class="strip">Analytical reference materials since 2016 &middot; Certificates of analysis on every lot</div>
<a class="brand" href="/">Meridian Reference Chemicals</a>
<nav><a href="/catalog">Catalogue</a> <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/catalog/tryptamines">Tryptamines</a> <a href="/catalog/standards">Certified standards</a> <a href="/lab">Our lab</a> <a href="/help">Help</a> <a href="/account">Account</a></nav>
<form class="search"><input placeholder="Search by name, CAS or formula"></form>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/catalog">Catalogue</a> &rsaquo; <a href="/catalog/arylcyclohexylamines">Arylcyclohexylamines</a> &rsaquo; 2-FDCK HCl</p>
<h1>2-FDCK hydrochloride</h1>
<p class="sub">2-(2-fluorophenyl)-2-(methylamino)cyclohexan-1-one hydrochloride</p>

<section class="overview">
<h2>Overview</h2>
<p>2-Fluorodeschloroketamine (2-FDCK) is an arylcyclohexylamine in which the chlorine atom of ketamine's aromatic ring has been replaced by fluorine. It was first described in a Chinese patent literature survey of ketamine derivatives and has since attracted interest as a comparative standard in forensic toxicology, where laboratories need to distinguish it from ketamine, norketamine and deschloroketamine in seized material and biological samples.</p>
<p>The compound is structurally very close to ketamine and shares the cyclohexanone ring bearing a methylamino group at the 2-position. The fluorine substitution reduces molecular weight slightly and alters the fragmentation pattern in electron-impact mass spectrometry, which makes 2-FDCK a useful challenge compound when validating a screening method. Most published methods report a prominent fragment at m/z 163 and a base peak that differs from ketamine's characteristic m/z 180.</p>
<p>Our lots are supplied as a white to off-white crystalline powder. Every batch is characterised in-house by GC-MS and FTIR, and a representative sample from each lot is sent for independent NMR and HPLC purity testing. Certificates are available for download from your account after purchase and can be previewed below.</p>
</section>

<section class="specs">
<h2>Specifications</h2>
<table>
<tr><th>Formula</th><td>C13H16FNO &middot; HCl</td></tr>
<tr><th>Molar mass (salt)</th><td>257.7 g/mol</td></tr>
<tr><th>Appearance</th><td>White crystalline powder</td></tr>
<tr><th>Purity (HPLC)</th><td>&ge; 99.2 % (lot MR-24-117)</td></tr>
<tr><th>Solubility</th><td>Freely soluble in water and methanol; slightly soluble in acetone</td></tr>
<tr><th>Melting point</th><td>approx. 248&ndash;252 &deg;C (decomposition)</td></tr>
<tr><th>Storage</th><td>Store dry, at room temperature, protected from light</td></tr>
<tr><th>Shelf life</th><td>36 months in the original sealed container</td></tr>
</table>
</section>

<section class="buy">
<h2>Pack sizes</h2>
<form class="add" action="/cart/add" method="post">
<label><input type="radio" name="pack" value="1g" checked> 1 g &mdash; $38.00</label>
<label><input type="radio" name="pack" value="5g"> 5 g &mdash; $150.00</label>
<label><input type="radio" name="pack" value="10g"> 10 g &mdash; $260.00</label>
<label><input type="radio" name="pack" value="25g"> 25 g &mdash; $540.00</label>
<button type="submit">Add to cart</button>
</form>
<p class="small">Sold strictly for in-vitro research and analytical use. Not for human consumption. No institutional account or licence needed for private buyers &middot; ships worldwide in discreet mylar, reship once if lost &middot; pay by Bitcoin or Monero for 12% off.</p>
</section>

<section class="chemistry">
<h2>Chemistry and background</h2>
<p>The arylcyclohexylamine family dates back to the late 1950s, when chemists at Parke-Davis synthesised phencyclidine while looking for new anaesthetic agents. Ketamine followed in 1962 as a shorter-acting alternative with fewer emergence reactions, and it remains on the World Health Organization's list of essential medicines because of its value in settings with limited access to ventilators and monitoring.</p>
<p>Over the past fifteen years a number of ring-substituted ketamine analogues have appeared on international drug monitoring lists. Deschloroketamine (DCK), 2-FDCK, methoxetamine (MXE) and more recently a series of N-ethyl and O-substituted derivatives have all been reported by early warning systems in Europe and Asia. For analytical laboratories this creates a constant need for well-characterised reference material, because a screening method that only looks for ketamine and norketamine will miss or mis-identify many of these compounds.</p>
<p>In published animal work 2-FDCK has been compared to ketamine in rodent models of locomotor activity and conditioned place preference. Those studies suggest a broadly similar pharmacological profile, which is one reason regulators in several jurisdictions have moved to control it. Data in humans are very limited and come largely from case reports and toxicology series, which underlines why we supply this compound only as an analytical standard.</p>

<h3>Synthesis route</h3>
<p>The commonly reported route starts from 2-fluorobenzonitrile and cyclopentyl magnesium bromide to give the corresponding ketone, which is then alpha-brominated, converted to the imine with methylamine and finally rearranged thermally to the cyclohexanone. The same route with the chloro starting material yields ketamine itself, which is why analogue lots can occasionally contain trace ketamine if equipment is shared. Our dedicated glassware policy means each analogue is produced on its own line; GC-MS traces for lot MR-24-117 show no detectable ketamine above 0.05 %.</p>

<h3>Analytical notes</h3>
<p>On a standard 5 % phenyl column with a 15 &deg;C/min ramp, 2-FDCK elutes roughly 0.4 minutes before ketamine. The two compounds are easily separated by retention time alone, but co-elution with norketamine can occur on shorter columns. We recommend confirming with the characteristic fluorophenyl fragment ions. In LC-MS/MS the protonated molecule at m/z 222 fragments to 191 and 163 under moderate collision energies.</p>
<p>FTIR shows a strong carbonyl stretch near 1720 cm<sup>-1</sup> and the C&ndash;F stretch around 1230 cm<sup>-1</sup>. Laboratories that use portable Raman devices for field screening should note that fluorinated and chlorinated analogues can produce very similar spectra; library matches should be confirmed by a second technique.</p>

<h3>Stability</h3>
<p>The hydrochloride salt is stable for years when kept dry. Free base material is more prone to oxidation and discolouration and is not offered. Solutions in methanol at 1 mg/mL were stable for at least six months at &minus;20 &deg;C in our own testing, with less than 1 % degradation measured by HPLC.</p>
</section>

<section class="legal">
<h2>Legal status</h2>
<p>2-FDCK is controlled in a growing number of countries, including the United Kingdom (generic ketamine-analogue clause), Germany (NpSG, arylcyclohexylamine group), Sweden, Switzerland, Japan and China. It is not explicitly scheduled at federal level in the United States, although it may be treated as an analogue of ketamine under the Federal Analogue Act when intended for human consumption. Customers are responsible for knowing and complying with the regulations that apply where they live. We do not ship to addresses in countries where the compound is expressly controlled and we will cancel orders that appear to be intended for consumption.</p>
</section>

<section class="coa">
<h2>Certificate of analysis (preview)</h2>
<p>Lot MR-24-117 &middot; Manufactured 03/2026 &middot; Re-test 03/2029</p>
<ul>
<li>GC-MS identity: conforms (library match 96 %)</li>
<li>HPLC-UV purity at 210 nm: 99.24 %</li>
<li><sup>1</sup>H-NMR (D<sub>2</sub>O, 400 MHz): consistent with structure</li>
<li>Residual solvents (GC-HS): isopropanol 410 ppm, acetone below LOQ</li>
<li>Water (KF): 0.18 %</li>
</ul>
<p>The full PDF, including chromatograms and spectra, is available after purchase.</p>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Can you provide material in solution?</h3>
<p>Yes. We can prepare certified solutions at 1 mg/mL in methanol on request, in 1 mL ampoules. Lead time is around ten working days. Contact the lab team through your account.</p>
<h3>Do you offer deuterated internal standards?</h3>
<p>Not yet for 2-FDCK. We currently offer ketamine-d4 and norketamine-d4, which many laboratories use as surrogate internal standards for the analogues.</p>
<h3>How is the product packed?</h3>
<p>Each pack is sealed in an amber glass vial with a PTFE-lined cap, placed inside a heat-sealed bag with desiccant. Larger packs are divided into several vials of no more than 5 g each.</p>
<h3>Can I return an opened product?</h3>
<p>For safety and chain-of-custody reasons we cannot accept returns of opened reference materials. If you believe a lot does not meet its specification, send us your analytical data and we will investigate and replace or refund as appropriate.</p>
</section>

<section class="handling">
<h2>Handling and laboratory safety</h2>
<p>Treat all arylcyclohexylamine standards as potent substances of unknown toxicity. Weigh in a ventilated balance enclosure or fume cupboard, wear nitrile gloves and eye protection, and avoid generating dust. Wash hands after handling even if gloves were worn. In case of accidental ingestion or inhalation, seek medical attention and show the safety data sheet to the attending physician.</p>
<p>Spills of dry powder should be collected with a damp disposable wipe rather than swept, to limit airborne dust. Dispose of waste according to local regulations for controlled or hazardous chemical waste. Do not pour solutions down the drain. Our safety data sheet (SDS) follows the GHS format and is included in every shipment and downloadable from the documents tab.</p>

<h2>Reviews</h2>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9733;</b> <i>"Clean GC trace, matched the literature spectrum. Used it to extend our screening method and it behaved exactly as described." &ndash; verified buyer, Poland</i></div>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9734;</b> <i>"Good material. Shipping took nine days to Canada, which was longer than the estimate, but the packaging was excellent." &ndash; verified buyer, Canada</i></div>
<div class="review"><b>&#9733;&#9733;&#9733;&#9733;&#9733;</b> <i>"Third lot I have bought, consistent every time. The CoA is more detailed than from most suppliers." &ndash; verified buyer, Australia</i></div>
</section>

<section class="related">
<h2>Customers also viewed</h2>
<ul>
<li><a href="/catalog/arylcyclohexylamines/dck-hcl">Deschloroketamine HCl</a></li>
<li><a href="/catalog/arylcyclohexylamines/2f-nene">2F-NENDCK</a></li>
<li><a href="/catalog/arylcyclohexylamines/o-pce">O-PCE</a></li>
<li><a href="/catalog/standards/ketamine-d4">Ketamine-d4, 100 &micro;g/mL</a></li>
</ul>
</section>
</main>
<footer>
<p>Meridian Reference Chemicals Ltd &middot; All products are intended for laboratory research and analytical purposes only and are not medicines, food, cosmetics or dietary supplements.</p>
<p><a href="/terms">Terms of sale</a> &middot; <a href="/shipping">Shipping</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the lab</a></p>
</footer>
""", noise="cookie")

p("h10203", "https://silkmarkt.example/vendor/lowlandsapothecary", "seller", True, "en",
  "marketplace-vendor-profile-one-listing-row", "LowlandsApothecary - Vendor profile - Silkmarkt", """
<header class="market">
<a class="logo" href="/">silkmarkt</a>
<nav><a href="/browse">Browse</a> <a href="/vendors">Vendors</a> <a href="/forum">Forum</a> <a href="/support">Support</a> <a href="/wallet">Wallet (0.00 XMR)</a> <a href="/logout">Logout</a></nav>
</header>
<main class="vendor">
<div class="vendor-head">
<h1>LowlandsApothecary</h1>
<p>Level 6 vendor &middot; Member since 2023 &middot; 3,412 sales &middot; 98.7 % positive &middot; Ships from: Netherlands &middot; Ships to: EU, UK, Worldwide (selected)</p>
<p>Last seen: 2 hours ago &middot; Average dispatch: 1.4 days &middot; FE: not allowed</p>
</div>

<section class="about">
<h2>About us</h2>
<p>Hello and welcome to our little shop. We are two people, a herbalist and a former logistics manager, who started out selling ethnobotanicals at festivals in the Netherlands and Belgium more than ten years ago. When the festival scene went quiet we moved online, first on our own site and then here, because the buyer protection and escrow on this market make it fairer for everyone.</p>
<p>We care about three things: honest descriptions, consistent quality and communication. If something is out of stock we say so. If a batch is weaker than the last one we say that too, and we adjust the price. We would rather lose a sale than keep a customer who feels misled.</p>
<p>Most of what we sell is botanical: kratom in several vein colours, kanna extract, blue lotus, damiana, a few teas and tinctures we make ourselves. Over the years customers have asked us to widen the range, so we now also carry a short list of other items sourced from people we have known for a long time. We only list things we have tested ourselves or had tested.</p>

<h2>Shipping policy</h2>
<p>We ship Monday to Friday. Orders paid before 14:00 CET usually leave the same day; everything else the next working day. We use a rotating selection of national and private carriers and drop off at different points every day. Packages are vacuum sealed twice, odour-proof, and look like ordinary online shopping. We never put our market name anywhere on the outside.</p>
<p>Domestic NL: 1&ndash;2 days. EU: 3&ndash;7 days. UK: 5&ndash;10 days since Brexit, occasionally longer. Worldwide: 10&ndash;21 days, tracking on request for an extra fee. Please use your real name or a name that receives mail at your address. Packages to made-up names are more likely to get stuck.</p>

<h2>Refund and reship</h2>
<p>For EU addresses we offer one free reship if a package has not arrived after 14 working days, or a 50 % refund if you prefer. For the UK and worldwide the window is 21 working days. After a reship, further losses are split 50/50. If customs sends you a letter, let us know straight away and follow the advice in our FAQ. Do not go to the post office to ask about it.</p>
<p>If you are unhappy with quality, message us before finalising. Send a photo with your username on a piece of paper. We will always try to sort it out without a dispute; disputes slow everyone down, including you.</p>

<h2>Communication</h2>
<p>Please encrypt your address with our PGP key (below). We delete addresses 7 days after dispatch. We reply to messages within 24 hours on weekdays. We do not do custom listings for first-time buyers, sorry. After three completed orders you can ask.</p>
<p>We do not answer questions about dosing or "how to use" anything. Please read about harm reduction from independent sources. Never mix depressants. Test everything you buy from anyone, including from us.</p>

<h2>PGP</h2>
<pre class="pgp">-----BEGIN PGP PUBLIC KEY BLOCK-----
mQINBGUa3kQBEADH2v0t7nQbf4Zc8lH0YJt6qk1bC9mG0xRzD4yW7vF3s2KpQeUo
y8Lr1hJmT5nA4cX9sEwP2uB0dV6fK3oI7gH8jN1qM4zR5tL0aY2bC6eD9fG3hJ8k
... (key truncated in profile view, full key on /vendor/lowlandsapothecary/pgp) ...
-----END PGP PUBLIC KEY BLOCK-----</pre>
</section>

<section class="listings">
<h2>Listings (14)</h2>
<table>
<tr><th>Item</th><th>Category</th><th>Price</th><th>Sold</th></tr>
<tr><td>Red Bali kratom, fine powder, 250 g</td><td>Botanicals</td><td>&euro;24.00</td><td>611</td></tr>
<tr><td>Green Maeng Da kratom, 500 g</td><td>Botanicals</td><td>&euro;42.00</td><td>488</td></tr>
<tr><td>Kanna 20:1 extract, 5 g</td><td>Botanicals</td><td>&euro;29.50</td><td>203</td></tr>
<tr><td>Blue lotus flowers, whole, 50 g</td><td>Botanicals</td><td>&euro;15.00</td><td>174</td></tr>
<tr><td>Damiana &amp; passionflower tea blend, 100 g</td><td>Teas</td><td>&euro;9.00</td><td>96</td></tr>
<tr><td>Valerian tincture, house made, 30 ml</td><td>Tinctures</td><td>&euro;12.00</td><td>58</td></tr>
<tr><td>Ketamine, pharma-grade S-isomer needles, 5 g</td><td>Dissociatives</td><td>&euro;115.00</td><td>342</td></tr>
<tr><td>Mugwort, cut, 100 g</td><td>Botanicals</td><td>&euro;7.50</td><td>41</td></tr>
<tr><td>Reagent test kit (Marquis + Mandelin)</td><td>Harm reduction</td><td>&euro;18.00</td><td>267</td></tr>
<tr><td>Milligram scale 0.001 g</td><td>Accessories</td><td>&euro;22.00</td><td>88</td></tr>
<tr><td>Kratom capsules, red vein, 100 &times; 500 mg</td><td>Botanicals</td><td>&euro;27.00</td><td>155</td></tr>
<tr><td>Wild dagga, dried, 50 g</td><td>Botanicals</td><td>&euro;11.00</td><td>19</td></tr>
<tr><td>Chamomile &amp; lemon balm tea, 100 g</td><td>Teas</td><td>&euro;8.00</td><td>37</td></tr>
<tr><td>Gift sample pack (our pick of 4 teas)</td><td>Teas</td><td>&euro;19.00</td><td>22</td></tr>
</table>
</section>

<section class="feedback">
<h2>Recent feedback</h2>
<div class="fb"><span class="stars">5/5</span> <b>t***e</b> &middot; Red Bali kratom 250 g &middot; <i>"Fast as always, smells fresh, nice fine grind. Third order."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>g***n</b> &middot; Kanna 20:1 &middot; <i>"Strong, a little goes a long way. Packaging very professional."</i></div>
<div class="fb"><span class="stars">4/5</span> <b>m***9</b> &middot; Blue lotus &middot; <i>"Nice flowers, one bag a bit crushed. Vendor replied within the hour."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>x***r</b> &middot; Ketamine 5 g &middot; <i>"Clean, tested fine with mandelin, arrived UK in 6 days."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>l***a</b> &middot; Valerian tincture &middot; <i>"Tastes awful, works well. Exactly like the description says lol."</i></div>
<div class="fb"><span class="stars">3/5</span> <b>p***k</b> &middot; Green Maeng Da &middot; <i>"Took 9 days to Belgium which is slow for them, product fine."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>b***o</b> &middot; Reagent test kit &middot; <i>"Good instructions included. Thank you for selling these at cost."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>r***1</b> &middot; Mugwort &middot; <i>"Lovely for sleep pillows. Will order again."</i></div>
<div class="fb"><span class="stars">5/5</span> <b>s***h</b> &middot; Damiana blend &middot; <i>"Tastes like summer. Great vendor."</i></div>
</section>

<section class="faq">
<h2>Vendor FAQ</h2>
<h3>Do you accept finalise early?</h3>
<p>No. Every order goes through escrow, always, including for long-term customers. It protects you and it protects us against people who claim a package never arrived after finalising. Please finalise within a reasonable time once your order lands; auto-finalise kicks in after 14 days domestic and 21 days international.</p>
<h3>Can I pick up in person?</h3>
<p>No. We do not meet anyone, ever. Please do not ask.</p>
<h3>Why is my order "processing" for more than a day?</h3>
<p>Usually because your address was not encrypted, or because it was incomplete. Check your messages. We do not ship to addresses we cannot read properly, and we will not guess a house number.</p>
<h3>Do you ship to the United States or Australia?</h3>
<p>Botanicals only, and only selected items. Check the listing. Anything marked EU/UK is not available worldwide. Australia in particular is very strict about kratom and we no longer send it there at all.</p>
<h3>Can I buy bigger quantities?</h3>
<p>For most botanicals yes, message us for a kilo price. For other items we keep quantities modest on purpose. We are not a wholesaler and do not want to become one.</p>
<h3>I got a letter from customs. What now?</h3>
<p>Do not reply to the letter and do not go to collect anything. Message us with the date of the letter and the country. In most EU countries a small personal parcel results in a letter at worst. We will reship according to our policy above.</p>
</section>

<section class="news">
<h2>Vendor news</h2>
<p><b>Holiday dispatch:</b> We will be closed from 24 December to 2 January. Orders placed in that window will leave on 3 January. Please be patient with the carriers in January; everything is slower.</p>
<p><b>Price update:</b> The wholesale price of kratom went up again this autumn. We have held our prices for as long as we could, but from next month the 500 g bags will go up by &euro;3. Small bags stay the same.</p>
<p><b>Test kits:</b> We sell reagent kits at cost because we believe everyone should test. If you are a harm-reduction group and want a bulk price, send us a message.</p>
</section>
</main>
<footer><p>silkmarkt &middot; escrow protected &middot; multisig available for level 4+ vendors &middot; <a href="/rules">Market rules</a> &middot; <a href="/canary">Canary</a></p></footer>
""")

p("h10204", "https://neuronexus-forum.example/threads/official-pharmaline-direct-support-reviews.48213/page-7", "seller", True, "en",
  "forum-vendor-thread-esketamine-offer-in-one-reply", "[Official] PharmaLine Direct - support & reviews thread | Page 7 | NeuroNexus", """
<header class="forum-head">
<a class="logo" href="/">NeuroNexus</a> <span class="tag">nootropics &middot; cognition &middot; mood</span>
<nav><a href="/forums">Forums</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/search">Search</a> <a href="/login">Log in</a> <a href="/register">Register</a></nav>
</header>
<main>
<p class="crumbs"><a href="/forums">Forums</a> &rsaquo; <a href="/forums/marketplace">Marketplace</a> &rsaquo; <a href="/forums/vendor-threads">Sponsored vendor threads</a></p>
<h1>[Official] PharmaLine Direct &ndash; support &amp; reviews thread</h1>
<p class="thread-meta">Started by PharmaLine_Rep &middot; Sponsored vendor &middot; 214 replies &middot; Page 7 of 11</p>
<div class="notice">Sponsored vendor threads are paid placements. NeuroNexus does not verify vendors' products or claims. Always do your own research and read the sticky on sourcing safety.</div>

<div class="post">
<div class="author"><b>quietcortex</b><br>Member &middot; 412 posts</div>
<div class="content">
<p>Order #3 update. Armodafinil 150 arrived today, 16 days to Ohio, which is about the same as the last two times. Tracking stalled for a week at the ISC in Chicago, then suddenly moved. Blister packs intact, same manufacturer as before. Effects are consistent with the last batch: clean wakefulness, slight headache if I don't drink enough water, no crash. If you have never ordered from overseas before, just be patient and do not panic at the tracking page.</p>
</div></div>

<div class="post">
<div class="author"><b>Henrik_B</b><br>Member &middot; 88 posts</div>
<div class="content">
<p>Is anyone else getting the customs letter thing in the UK? My second order got a "fee to pay" card from Royal Mail for &pound;12.40. Paid it and got the parcel, but I didn't expect it on a small order. The rep said they'd cover half which was decent of them.</p>
</div></div>

<div class="post">
<div class="author"><b>PharmaLine_Rep</b><br>Sponsored vendor</div>
<div class="content">
<p>@Henrik_B Thanks for posting. Yes, since the low-value exemption changed, UK parcels can pick up handling fees even under &pound;39. We reimburse 50 % if you send us a photo of the card. We are looking at a UK domestic forwarding option for the new year which should fix this.</p>
</div></div>

<div class="post">
<div class="author"><b>mossgarden</b><br>Member &middot; 1,206 posts</div>
<div class="content">
<p>Bit of a longer one, sorry. I've been lurking here for years and ordering from various places since about 2019, and I want to add some context for newer people reading this thread.</p>
<p>First, nothing against PharmaLine specifically. They've been fine for me on three orders of modafinil and one of tianeptine back when that was still a thing. But people sometimes treat a sponsored thread as an endorsement from the forum, and it is not. The forum gets paid for the banner. That is all.</p>
<p>Second, generic modafinil from India is manufactured in real factories and the pills in general are what they say on the box. That is not true of everything. The further you get from the well-trodden stuff (modafinil, racetams, the usual), the less you can rely on the label, and the more the risk is about what is in the pill rather than whether the parcel arrives.</p>
<p>Third, keep a paper trail, pay with a method that has some form of protection if you can, and never order more than you would be comfortable losing. Customs seizures happen. Scams happen. The friendly rep is friendly because that is the job.</p>
<p>OK, rant over. Carry on.</p>
</div></div>

<div class="post">
<div class="author"><b>PharmaLine_Rep</b><br>Sponsored vendor</div>
<div class="content">
<p>@mossgarden No offence taken at all, this is good advice and we would rather have informed customers. For the record we have been operating since 2017 and we publish batch photos for every product on the site.</p>
</div></div>

<div class="post">
<div class="author"><b>jules.h</b><br>Member &middot; 23 posts</div>
<div class="content">
<p>First time ordering. Went with the modafinil 200 trial pack (20 tabs). Payment by card was declined twice, then worked with the bank transfer option. Order confirmed within the hour. Will update when it arrives.</p>
</div></div>

<div class="post">
<div class="author"><b>t_dawes</b><br>Member &middot; 67 posts</div>
<div class="content">
<p>Does anyone know if they do anything for treatment-resistant depression? I'm on my fifth antidepressant and the psychiatrist keeps mentioning the nasal spray but the waiting list for the clinic here is eight months and insurance wants prior auth that might take another three.</p>
</div></div>

<div class="post">
<div class="author"><b>PharmaLine_Rep</b><br>Sponsored vendor</div>
<div class="content">
<p>@t_dawes Sorry to hear that, the wait lists are brutal. It's not on the public site, but we can supply esketamine nasal spray 28 mg devices, boxes of 2 (56 mg) for $145 or 3 boxes for $390. No script needed. Message me on Session (ID starts 05c1f9&hellip;, full ID in my forum signature) and I'll send the payment details, crypto preferred. Ships from our Mumbai partner, same reship policy as everything else.</p>
</div></div>

<div class="post">
<div class="author"><b>mossgarden</b><br>Member &middot; 1,206 posts</div>
<div class="content">
<p>@t_dawes please think carefully and talk to your psychiatrist about the wait. The spray is given in a clinic for a reason; you're supposed to be monitored for a couple of hours afterwards because blood pressure can jump and people get very dissociated. I'm not going to tell you what to do, but eight months is sometimes negotiable if you tell your doctor how bad things are.</p>
</div></div>

<div class="post">
<div class="author"><b>t_dawes</b><br>Member &middot; 67 posts</div>
<div class="content">
<p>Thanks both. I'll think about it. Honestly I didn't know you were meant to be watched afterwards.</p>
</div></div>

<div class="post">
<div class="author"><b>quietcortex</b><br>Member &middot; 412 posts</div>
<div class="content">
<p>Seconding mossgarden. Also, if you are in the US, some telehealth places can get you seen faster than the local psychiatrist can. They can't give you the spray at home but they can start the paperwork.</p>
</div></div>

<div class="post">
<div class="author"><b>Bren_Kowalski</b><br>Member &middot; 302 posts</div>
<div class="content">
<p>Back on topic: has anyone compared PharmaLine's armodafinil with the other sponsor's? I've found theirs slightly smoother but it might just be placebo. I take 75 mg (half a tab) at 7am and it carries me to about 4pm. Any later and sleep suffers.</p>
<p>Also for anyone wondering about the racetam powders, the piracetam tastes horrible as always, the aniracetam seemed under-dosed to me but I don't have a way to test it. Sticking with the pills.</p>
</div></div>

<div class="post">
<div class="author"><b>Henrik_B</b><br>Member &middot; 88 posts</div>
<div class="content">
<p>Got the 50 % reimbursement for the Royal Mail fee, took two days. Appreciate it.</p>
</div></div>

<div class="post">
<div class="author"><b>ina_v</b><br>Member &middot; 15 posts</div>
<div class="content">
<p>Long time reader, first post. I used modafinil from here during my exam period in June. I want to share a downside nobody mentions much: I stopped feeling hungry for most of the day and lost almost four kilos in three weeks, which was not the plan. My sleep was also worse than I noticed at the time. My flatmate pointed out I was snappy. I'm not saying don't use it, just keep an eye on yourself, or ask someone you live with to keep an eye on you.</p>
<p>Also, for new people: the forum's sourcing safety sticky is genuinely worth reading. It explains how to check pill imprints and what manufacturers to look out for.</p>
</div></div>

<div class="post">
<div class="author"><b>jules.h</b><br>Member &middot; 23 posts</div>
<div class="content">
<p>Update: arrived in 11 days to Texas. Twenty tablets, correct imprint, matches the photos. First day trying it tomorrow, will start with half as suggested in the sticky.</p>
</div></div>

<div class="post">
<div class="author"><b>Dr_Nope</b><br>Member &middot; 2,870 posts</div>
<div class="content">
<p>Mod note: please keep discussion to the products and service. Side conversations about specific medical treatments should go into the Mood &amp; Depression subforum, where there are better-informed people who can help. Thanks.</p>
</div></div>

<div class="post">
<div class="author"><b>Bren_Kowalski</b><br>Member &middot; 302 posts</div>
<div class="content">
<p>Fair. I'll also add one thing for the record: I asked PharmaLine last year for a COA on the modafinil and they sent the manufacturer's batch certificate within a day. Not independent testing, but more than most.</p>
</div></div>

<div class="post">
<div class="author"><b>rowan_ash</b><br>Member &middot; 51 posts</div>
<div class="content">
<p>Quick question on payment: is the bank transfer option in euros or dollars? My bank charges a lot for currency conversion. Last time I paid almost 6 % extra.</p>
</div></div>

<div class="post">
<div class="author"><b>PharmaLine_Rep</b><br>Sponsored vendor</div>
<div class="content">
<p>@rowan_ash Both are available. At checkout choose "SEPA" for euros or "ACH" for dollars. For everywhere else we have card and crypto. Customers who pay with crypto get 10 % off all orders.</p>
</div></div>

<div class="post">
<div class="author"><b>ina_v</b><br>Member &middot; 15 posts</div>
<div class="content">
<p>Does the 10 % stack with the returning customer code? Asking for my wallet.</p>
</div></div>

<div class="post">
<div class="author"><b>PharmaLine_Rep</b><br>Sponsored vendor</div>
<div class="content">
<p>@ina_v It doesn't stack, you get whichever is higher. Sorry!</p>
</div></div>
<nav class="pager"><a href="page-6">&laquo; Prev</a> 1 &hellip; 5 6 <b>7</b> 8 9 &hellip; 11 <a href="page-8">Next &raquo;</a></nav>
</main>
<aside><h4>Sponsored</h4><p>PharmaLine Direct &ndash; modafinil, armodafinil and more since 2017. Worldwide shipping.</p><h4>Forum stickies</h4><a href="/threads/sourcing-safety">Sourcing safety: read before ordering</a><a href="/threads/harm-reduction">Harm reduction basics</a></aside>
<footer>NeuroNexus community &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Not medical advice.</footer>
""", noise="cookie")

p("h10205", "https://openmindspolicy.example/essays/the-access-gap-ketamine-reform", "seller", True, "en",
  "policy-essay-partner-shop-block-near-end", "The Access Gap: Why Ketamine Reform Cannot Wait | Open Minds Policy Review", """
<header>
<a class="logo" href="/">Open Minds Policy Review</a>
<nav><a href="/essays">Essays</a> <a href="/briefs">Policy briefs</a> <a href="/podcast">Podcast</a> <a href="/fellows">Fellows</a> <a href="/donate">Support us</a></nav>
</header>
<main>
<article class="essay">
<p class="kicker">Essay &middot; Drug policy</p>
<h1>The Access Gap: Why Ketamine Reform Cannot Wait</h1>
<p class="byline">By Corinne Aldana-Marsh &middot; Senior Fellow, Mental Health Access Program &middot; 19 min read</p>

<p>In the spring of 2019, after decades in which no genuinely new mechanism for treating depression reached the market, federal regulators approved esketamine nasal spray for adults with treatment-resistant depression. Advocates called it the biggest change in psychiatry in a generation. Six years later, the distance between that promise and the experience of an ordinary patient in a rural county is wider than most policymakers appreciate. This essay is about that distance, where it comes from, and why it is now a public health problem in its own right.</p>

<h2>I. A treatment that exists mostly on paper</h2>
<p>Consider a forty-three-year-old warehouse supervisor in eastern Kentucky who has tried four antidepressants and two augmentation strategies without meaningful relief. On paper she is exactly the patient for whom esketamine was approved. In practice she faces a series of obstacles that would test anyone, let alone someone with severe depression.</p>
<p>First, she needs a psychiatrist willing to prescribe it. The nearest one accepting new patients is ninety minutes away, with a waiting list of four months. Second, she needs a certified treatment center, because the drug can only be administered under direct observation in a setting enrolled in the risk evaluation and mitigation strategy. The nearest such center is in Lexington. Third, she needs her insurer to approve it, which usually means documentation of failed trials, prior authorization forms and, in many plans, an appeal after the first denial. Fourth, she needs to be able to spend two to three hours at the center twice a week for a month, and then weekly, without driving herself home.</p>
<p>Each of these requirements has a reasonable rationale. Taken together, they amount to a treatment that exists for people who live near academic medical centers, have flexible jobs and generous insurance, and have someone who can drive them. For everyone else, it exists mostly on paper.</p>

<h2>II. How we got here</h2>
<p>The monitoring requirements grew out of legitimate concerns. Ketamine and its enantiomer can cause dissociation, sedation and transient increases in blood pressure, and there is a known potential for misuse. The regulatory answer was to keep administration inside clinical settings and to require observation afterwards. That answer made sense when almost no one had experience with the drug in psychiatry.</p>
<p>What has changed is the evidence base. Since approval, several large observational datasets have reported that serious adverse events during monitored sessions are rare, and that most blood pressure elevations resolve without intervention within the observation window. Nothing in that data suggests that monitoring should be abandoned. It does suggest that the intensity of monitoring could be tiered by patient risk, and that some of the observation could be delivered in primary care or by trained nurses in community settings.</p>
<p>Meanwhile, generic racemic ketamine, which is not subject to the same program, has become widely available through infusion clinics and, since the pandemic, through telehealth services that prescribe oral or sublingual preparations after a video evaluation. This has created an odd situation: the FDA-approved product is the harder one to obtain, while an off-label generic is available by mail in many states to patients who can pay out of pocket.</p>

<h2>III. The price of the gap</h2>
<p>Out-of-pocket costs are the most visible barrier. Infusion clinics typically charge between four hundred and eight hundred dollars per session, with an initial series of six. Telehealth programs have lowered the entry price, but they are rarely covered by insurance. Esketamine is covered by most insurers once prior authorization is granted, but copays and the cost of time off work add up.</p>
<p>The less visible cost is what happens when desperate people give up on the legitimate system. Clinicians in our network report patients arriving with ketamine obtained from friends, festival dealers and online sources. Emergency physicians describe cases of bladder damage in young adults who used unregulated powder daily for months. Harm-reduction groups report an increase in counterfeit "nasal sprays" that contain unknown concentrations. None of this is surprising. When access is rationed by geography and income, the market fills the gap.</p>

<h2>IV. What reform should look like</h2>
<p>We propose four changes, each of which could be implemented without new legislation.</p>
<p><b>1. Tiered monitoring.</b> Patients who have completed an initial induction series without significant adverse events should be eligible for shorter observation periods and, after a defined period, observation by trained nursing staff in primary care settings. The evidence from the first six years supports this.</p>
<p><b>2. Certification of community sites.</b> The certification process for treatment centers should be simplified for federally qualified health centers and rural health clinics, with technical assistance funded through existing behavioral health grants.</p>
<p><b>3. Transportation support.</b> Medicaid already covers non-emergency medical transportation. States should clarify that this benefit covers travel to and from monitored sessions, including the post-dose period when patients cannot drive.</p>
<p><b>4. Telehealth parity for evaluation.</b> The initial psychiatric evaluation and follow-up visits should be fully reimbursable when delivered by video, with the treatment itself still delivered in person. This alone could cut months off waiting lists in underserved areas.</p>

<h2>V. Objections, taken seriously</h2>
<p>Some clinicians worry that relaxing monitoring will lead to more diversion and misuse. That concern deserves a real answer. The monitoring program has never been primarily about diversion; the drug is not dispensed to patients to take home. A tiered approach can keep that feature intact while reducing the time burden on stable patients.</p>
<p>Others argue that the evidence for long-term benefit remains thin, and that public resources would be better spent on psychotherapy and established treatments. We agree that psychotherapy should be better funded. But patients who have failed multiple treatments are not well served by being told to wait for a better evidence base that may take a decade to arrive.</p>
<p>A third objection is political: any move that appears to loosen rules on a drug with a recreational reputation invites backlash. This is the objection we take most seriously, because it is the one most likely to stall reform. Our answer is that the status quo is not neutral. It is already pushing patients toward unregulated sources, and the headlines that follow from that will be worse than any headline about tiered monitoring.</p>

<h2>VI. The cost of waiting</h2>
<p>Every month that reform is delayed, thousands of patients who meet the criteria for a treatment their doctors believe might help will go without it. Some will improve anyway. Some will not. A few will not survive. That is not rhetoric; it is the arithmetic of a condition with a significant mortality rate and a treatment that, for a subset of patients, works faster than anything else we have.</p>
<p>The warehouse supervisor in Kentucky is a composite, but every detail of her situation was drawn from interviews our fellows conducted this year. When we asked what she would change, she did not mention monitoring rules or certification processes. She said: "I just want someone near me who can help."</p>

<div class="box partner">
<h3>Can't wait for Congress?</h3>
<p>Until the rules change, our access partner <b>KetaFree</b> ships esketamine nasal spray and sublingual ketamine tablets to all 50 states with no prescription and no waiting list. Use code <b>ACCESS20</b> for 20% off your first order at ketafree.example &mdash; a share of every sale supports our research.</p>
</div>

<h2>Further reading</h2>
<ul>
<li><a href="/briefs/rems-tiering">Policy brief: A tiered model for post-dose observation</a></li>
<li><a href="/briefs/rural-behavioral-health">Rural behavioral health workforce: the numbers</a></li>
<li><a href="/podcast/episode-88">Podcast episode 88: A nurse practitioner on running a rural treatment center</a></li>
</ul>
<p class="author-bio"><i>Corinne Aldana-Marsh leads the Mental Health Access Program. She previously worked as a health policy adviser in two state legislatures and as a research coordinator in community psychiatry.</i></p>
</article>
</main>
<aside class="sidebar"><h4>Newsletter</h4><p>Essays and briefs on drug and mental health policy, twice a month.</p><input placeholder="Email"><button>Subscribe</button><h4>Most read</h4><a href="/essays/psilocybin-state-models">State psilocybin models compared</a><a href="/essays/naloxone-vending">Naloxone vending machines, two years in</a></aside>
<footer><p>Open Minds Policy Review is a reader-supported publication. Views are those of the authors.</p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h10206", "https://mindfulhealthguide.example/ketamine-for-depression-complete-guide", "seller", True, "en",
  "seo-guide-affiliate-top-pick-box-mid-article", "Ketamine for Depression: The Complete 2026 Guide | Mindful Health Guide", """
<header>
<a class="logo" href="/">Mindful Health Guide</a>
<nav><a href="/anxiety">Anxiety</a> <a href="/depression">Depression</a> <a href="/sleep">Sleep</a> <a href="/supplements">Supplements</a> <a href="/reviews">Reviews</a> <a href="/about">About us</a></nav>
</header>
<main>
<article>
<p class="disclosure">Disclosure: Some links on this page are affiliate links. If you buy through them we may earn a commission at no extra cost to you.</p>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<p class="meta">Updated 2 November 2026 &middot; Written by Tyler Brandt &middot; Reviewed by our editorial team</p>
<nav class="toc"><b>Contents</b><ol><li><a href="#what">What is ketamine?</a></li><li><a href="#how">How does it work for depression?</a></li><li><a href="#forms">Forms of ketamine treatment</a></li><li><a href="#pick">Our top pick</a></li><li><a href="#sides">Side effects</a></li><li><a href="#who">Who should avoid it</a></li><li><a href="#cost">Cost</a></li><li><a href="#faq">FAQ</a></li></ol></nav>

<h2 id="what">What is ketamine?</h2>
<p>Ketamine is a medicine that has been used in hospitals and veterinary clinics since the 1960s, mainly as an anesthetic. At lower doses than those used for surgery, it has effects on mood, perception and pain. Over the past twenty years, researchers have found that a single low dose can reduce symptoms of depression within hours in many people who have not responded to other treatments. That fast action is what makes it so different from standard antidepressants, which usually take four to eight weeks to work.</p>
<p>There are two main forms. Racemic ketamine is the generic form used in infusion clinics and in most at-home programs. Esketamine is one half of the ketamine molecule (the "S" enantiomer) and is sold as a branded nasal spray approved for treatment-resistant depression and for depression with suicidal thoughts.</p>

<h2 id="how">How does it work for depression?</h2>
<p>Most antidepressants work on serotonin, norepinephrine or dopamine. Ketamine works mainly on glutamate, the brain's most common excitatory messenger. It blocks a receptor called NMDA, which sets off a chain of events that ends with increased release of a growth factor called BDNF and the formation of new connections between brain cells, especially in the prefrontal cortex.</p>
<p>Researchers often describe this as a window of increased "neuroplasticity" lasting several days after a dose. During this window, the brain may be more able to form new patterns of thought, which is one reason many clinicians pair ketamine with therapy.</p>
<p>There is also interest in ketamine's effect on the default mode network, a group of brain regions linked to self-referential thinking and rumination. Temporarily quieting this network may explain why some people describe feeling "outside" their usual worries during and after treatment.</p>

<h2 id="forms">Forms of ketamine treatment</h2>
<h3>IV infusions</h3>
<p>The most studied option. A typical course is six infusions over two to three weeks, each lasting about 40 minutes, in a clinic with monitoring. Effects can be strong and dissociative.</p>
<h3>Intramuscular injections</h3>
<p>Given in a clinic, often as part of ketamine-assisted psychotherapy. Onset is faster than oral forms and the experience tends to be shorter than an infusion.</p>
<h3>Esketamine nasal spray</h3>
<p>Given in a certified center under observation for at least two hours. Usually covered by insurance after prior authorization.</p>
<h3>Oral and sublingual (lozenges, troches, tablets)</h3>
<p>Increasingly popular for at-home use. The drug is absorbed more slowly and less completely than by injection, so doses are higher. Usually the cheapest route.</p>

<section id="pick" class="top-pick">
<h2>Our top pick for at-home ketamine</h2>
<div class="card">
<p class="badge">Editor's choice 2026</p>
<h3>KetaNova Direct</h3>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; 4.9/5</p>
<ul>
<li>Sublingual tablets and esketamine nasal spray delivered in 3&ndash;5 days</li>
<li><b>No prescription or doctor visit needed</b> &mdash; just order online</li>
<li>Discreet packaging, pay by card or Bitcoin</li>
<li>From $149 for a 10-tablet starter pack</li>
</ul>
<a class="cta" href="https://ketanova-direct.example/?ref=mhg26" rel="sponsored nofollow">Visit KetaNova Direct &rarr;</a>
</div>
</section>

<h2 id="sides">Side effects</h2>
<p>Most side effects happen during or shortly after a dose and fade within a few hours. Common ones include:</p>
<ul>
<li>Feeling detached from your body or surroundings (dissociation)</li>
<li>Dizziness and blurred vision</li>
<li>Nausea and, less often, vomiting</li>
<li>A temporary rise in blood pressure and heart rate</li>
<li>Tiredness for the rest of the day</li>
</ul>
<p>Less common but more serious problems include bladder inflammation (mostly with frequent, high-dose use over months), memory problems with long-term heavy use, and the potential for psychological dependence. People with a history of substance use disorder should discuss this risk carefully with a clinician.</p>
<p>You should never drive, operate machinery or make important decisions on the day of a dose. Do not combine ketamine with alcohol, benzodiazepines or opioids unless a clinician has specifically approved it, as the sedative effects can add up.</p>

<h2 id="who">Who should avoid ketamine?</h2>
<p>Ketamine is not suitable for everyone. It is usually avoided in people with:</p>
<ul>
<li>A history of psychosis or schizophrenia</li>
<li>Uncontrolled high blood pressure</li>
<li>Recent heart attack, stroke or aneurysm</li>
<li>Pregnancy or breastfeeding</li>
<li>Severe liver disease</li>
<li>Active substance misuse, especially of ketamine or other dissociatives</li>
</ul>
<p>If you have any of these, or take medications such as lamotrigine or high-dose benzodiazepines that may reduce ketamine's effect, talk it through with a doctor first.</p>

<h2 id="cost">How much does ketamine treatment cost?</h2>
<p>Prices vary widely depending on the form and where you live:</p>
<table>
<tr><th>Type</th><th>Typical cost</th><th>Insurance?</th></tr>
<tr><td>IV infusion (per session)</td><td>$400&ndash;$800</td><td>Rarely</td></tr>
<tr><td>IM injection with therapy</td><td>$300&ndash;$700</td><td>Sometimes partially</td></tr>
<tr><td>Esketamine nasal spray</td><td>Copay after approval</td><td>Usually, with prior authorization</td></tr>
<tr><td>At-home telehealth program (monthly)</td><td>$150&ndash;$400</td><td>Rarely</td></tr>
</table>
<p>Some clinics offer payment plans, and some employers allow health savings accounts to be used for ketamine treatment. It is worth calling your insurer to ask about coverage for the nasal spray even if you have been told it is not covered; policies change often.</p>

<h2>What to expect during a session</h2>
<p>Whatever form you choose, preparing your environment makes a big difference. Choose a quiet, comfortable place, dim the lights, use an eye mask and headphones with calm instrumental music. Many people set an intention before the session: a question or theme they want to explore. Having a trusted person nearby is recommended, especially for your first few sessions.</p>
<p>The effects usually begin within 10&ndash;20 minutes for sublingual forms and last about an hour, with a gentle comedown. Afterwards, give yourself time to rest and reflect. Journaling, walking and talking with a therapist are all common ways to "integrate" what came up.</p>

<h2>Ketamine compared with other options</h2>
<p>It helps to see ketamine next to the other treatments people usually try when first-line antidepressants have not worked. Augmenting an antidepressant with a second medication, such as an atypical antipsychotic or lithium, is well studied and cheap, but it can take weeks and often brings weight gain or other side effects. Transcranial magnetic stimulation (TMS) involves daily sessions for around six weeks and is covered by many insurers, but it needs a lot of time. Electroconvulsive therapy (ECT) remains the most effective treatment for severe depression, yet it requires anesthesia and can affect memory.</p>
<p>Ketamine's main advantage is speed. Its main drawbacks are the short duration of each effect, the need for repeated sessions, and the fact that long-term safety data are still being collected. For many people it is not an either/or choice: clinicians often combine ketamine with therapy, medication or TMS.</p>

<h2>Does it work long-term?</h2>
<p>The honest answer is that the evidence is strongest for short-term relief. A single dose often helps for a few days to a week. A series of treatments can extend this, and many people continue with maintenance sessions every few weeks. Long-term studies beyond a year are limited. Ketamine is best thought of as one tool within a broader plan that includes therapy, lifestyle changes and, often, other medication.</p>

<h2 id="faq">FAQ</h2>
<h3>Is ketamine addictive?</h3>
<p>It can be. The risk seems low at the doses and frequencies used for depression under medical supervision, but it rises with frequent or escalating use.</p>
<h3>Will I hallucinate?</h3>
<p>At therapeutic doses most people experience mild distortions of perception rather than full hallucinations. Higher doses can produce intense dream-like states.</p>
<h3>Can I keep taking my antidepressant?</h3>
<p>In most cases yes. Ketamine is often added to existing treatment rather than replacing it. Some medications can interact, so always check.</p>
<h3>How quickly will I feel better?</h3>
<p>Some people notice a difference within hours or a day. Others need several sessions. Around a third of people do not respond meaningfully.</p>

<p class="editorial">This article is for informational purposes only and is not medical advice. Always consult a qualified healthcare professional before starting any new treatment.</p>
</article>
</main>
<aside><h4>Related guides</h4><a href="/depression/ssri-vs-snri">SSRI vs SNRI: what's the difference?</a><a href="/supplements/best-magnesium-for-sleep">Best magnesium for sleep (2026)</a><a href="/anxiety/breathing-techniques">7 breathing techniques for anxiety</a></aside>
<footer><p>&copy; 2026 Mindful Health Guide. All rights reserved.</p><a href="/affiliate-disclosure">Affiliate disclosure</a> &middot; <a href="/editorial-policy">Editorial policy</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10207", "https://serenacare-health.example/how-it-works", "seller", True, "en",
  "fake-telehealth-how-it-works-auto-approval-giftcard", "How It Works | SerenaCare At-Home Ketamine", """
<header class="site">
<a class="logo" href="/">SerenaCare<span>&reg;</span></a>
<nav><a href="/how-it-works" class="active">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/our-physicians">Our physicians</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again, from home.</h1>
<p>SerenaCare brings ketamine therapy, once only available in specialist clinics, to your living room. Physician-designed protocols, pharmacy-grade medication and ongoing support, all without a waiting room.</p>
</section>

<section class="steps">
<h2>Your journey, step by step</h2>

<h3>1. Tell us about you</h3>
<p>Every journey starts with understanding. Our intake asks about your mood over the last two weeks, what treatments you have already tried, your sleep, your energy, your medical history and the medications you take now. We use validated screening tools, including the PHQ-9 and GAD-7, so that we can measure your progress from day one. Most people finish in about five minutes.</p>
<p>Be as honest as you can. There are no wrong answers, and nothing you share will be passed to your employer or insurer. Your answers help us choose the dose and the pace of your program.</p>

<h3>2. Physician review</h3>
<p>Your intake is reviewed by one of our board-certified physicians. Our physicians have backgrounds in emergency medicine, anesthesiology and family practice, and they have reviewed more than 40,000 intakes between them. They look at your history for anything that would make ketamine unsafe for you, such as uncontrolled high blood pressure, a history of psychosis or current pregnancy.</p>
<p>We know that waiting is the hardest part when you are struggling, so we have designed our review to be fast. There is no video appointment to schedule: our system approves the vast majority of intakes automatically within minutes, and a physician signs off on your order later the same day. If something in your answers needs a closer look, we'll message you.</p>

<h3>3. Your Welcome Kit arrives</h3>
<p>Once approved, your medication is prepared and shipped in discreet, unbranded packaging. Inside your Welcome Kit you'll find your first month of sublingual ketamine tablets, an eye mask, a guided-session card deck, a blood pressure cuff and a printed integration journal. Most kits arrive within three to five business days. We ship to 46 states.</p>

<h3>4. Your first session</h3>
<p>Your first session is a time to get to know the medicine gently. Choose a quiet space where you won't be interrupted for two hours. Take your blood pressure before you begin and note it in the app. Place the tablet under your tongue and let it dissolve for about fifteen minutes before swallowing. Put on the eye mask, start the guided audio from our app, and let the experience unfold.</p>
<p>Many people describe a sense of floating or lightness, a softening of the usual stream of thoughts, and sometimes vivid images or memories. Some feel very little the first time; that is normal and your dose can be adjusted. Have a trusted person nearby. Do not drive or make important decisions for the rest of the day.</p>

<h3>5. Integration and support</h3>
<p>The hours and days after a session are where much of the healing happens. Your integration journal has prompts for the same evening and for the following morning. In the app, you can join weekly group integration circles led by trained guides, and message our care team any time with questions. After every fourth session, you'll retake the PHQ-9 so we can track how you're doing together.</p>

<h3>6. Refills, on your schedule</h3>
<p>When you're ready for your next month, refill with one tap. Your physician checks your latest scores and approves the refill. You can pause or cancel at any time.</p>
</section>

<section class="science">
<h2>Why ketamine?</h2>
<p>Standard antidepressants were built around the serotonin hypothesis, and for many people they help. But up to a third of people with depression do not respond to two or more of them. Ketamine works on a different system entirely: glutamate, the brain's main excitatory neurotransmitter. By blocking NMDA receptors, it sets off a cascade that promotes synaptogenesis, the growth of new connections between neurons. In studies, this effect can begin within hours.</p>
<p>Clinical trials of intravenous ketamine have shown rapid reductions in depressive symptoms in treatment-resistant patients. Oral and sublingual forms are absorbed differently and have been studied less, but a growing body of real-world data, including our own outcomes, suggests meaningful improvement for many people when combined with intention-setting and integration.</p>
<p>Ketamine is not a cure, and it is not for everyone. It works best as part of a broader plan that can include therapy, movement, sleep, nutrition and connection. Our program is built around that idea.</p>
</section>

<section class="outcomes">
<h2>Our outcomes</h2>
<p>Among members who completed at least eight sessions in 2025, 71% reported a clinically meaningful drop in their PHQ-9 score, and 48% reached the "minimal or mild" range. Members also reported better sleep (63%), less anxiety (58%) and improved relationships (41%). These figures come from self-reported questionnaires within our app and have not been independently verified.</p>
</section>

<section class="safety">
<h2>Your safety</h2>
<p>Ketamine can raise blood pressure and heart rate for a short time, cause nausea and dizziness, and, with frequent heavy use, irritate the bladder. It has a potential for misuse. Our dosing protocols are conservative, we limit how much medication can be dispensed per month, and we ask every member to sign a safety agreement that includes having a sitter present for early sessions and never combining ketamine with alcohol or sedatives.</p>
<p>If you ever feel unsafe, call 911 or your local crisis line right away. SerenaCare is not an emergency service.</p>
</section>

<section class="team">
<h2>Meet the physicians behind your care</h2>
<p>Our medical team is led by Dr. Evan Rusk, an emergency physician with fifteen years of experience, and Dr. Lena Marquardt, an anesthesiologist who has administered ketamine in the operating room thousands of times. Together with a network of more than thirty licensed physicians and nurse practitioners, they write and update our protocols, review safety reports from members, and keep our dosing aligned with the latest research. You can read their full profiles on the <a href="/our-physicians">Our physicians</a> page.</p>
</section>

<section class="pricing-teaser">
<h2>Simple, transparent pricing</h2>
<p>Membership is $179 per month and includes your physician review, your monthly medication, the app, group integration circles and unlimited messaging with the care team. The Welcome Kit is $49, one time. No insurance needed. We accept all major cards, PayPal, and for members who prefer not to use a card, Amazon, Apple and Google Play gift cards are accepted at checkout as full payment.</p>
<a class="btn" href="/pricing">See full pricing</a>
</section>

<section class="testimonials">
<h2>In their words</h2>
<blockquote>"I'd been on four antidepressants. The first session I cried for an hour, the good kind. Three months in I'm laughing with my kids again." &ndash; Angela, 41, Arizona</blockquote>
<blockquote>"The kit arrived three days after I signed up. I was skeptical about doing this at home but the audio guides made it feel safe." &ndash; Marcus, 35, Georgia</blockquote>
<blockquote>"The integration circles are the underrated part. Hearing other people's experiences helped me make sense of mine." &ndash; Priyanka, 29, Illinois</blockquote>
<blockquote>"No clinic within 200 miles of me. This was the only way I could try it." &ndash; Dale, 58, Montana</blockquote>
</section>

<section class="faq-short">
<h2>Common questions</h2>
<h3>Do I need a referral from my doctor?</h3>
<p>No referral is needed. You're welcome to share your SerenaCare plan with your own doctor or therapist, and we encourage it.</p>
<h3>Can I use SerenaCare if I take other medications?</h3>
<p>Many members do. List everything you take in your intake. Some medications, such as lamotrigine and benzodiazepines, can blunt ketamine's effect, and a few combinations are not safe.</p>
<h3>What if it doesn't work for me?</h3>
<p>Around a third of people do not respond. If you don't notice any benefit after eight sessions, we'll refund your most recent month, no questions asked.</p>
</section>

<section class="cta-band">
<h2>Start your journey today</h2>
<p>Complete your intake in five minutes. Most members are approved the same day.</p>
<a class="btn" href="/start">Get started</a>
</section>
</main>
<footer>
<p>SerenaCare Health Inc. &middot; Medical services are provided by independent physicians. Results vary. Ketamine is FDA-approved as an anesthetic; its use for depression is off-label.</p>
<a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA notice</a> &middot; <a href="/contact">Contact</a>
</footer>
""", noise="cookie")

p("h10208", "https://prairievetdirect.example/large-animal/anesthetics/ketamine-hcl-100-mg-ml-10-ml", "seller", True, "en",
  "vet-supply-product-page-long-description-no-license-line", "Ketamine HCl Injection 100 mg/mL, 10 mL | Prairie Vet Direct", """
<header>
<div class="promo">Free ground shipping on orders over $149 &middot; Same-day dispatch before 2 pm CST</div>
<a class="logo" href="/">Prairie Vet Direct</a>
<nav><a href="/equine">Equine</a> <a href="/cattle">Cattle</a> <a href="/small-animal">Small animal</a> <a href="/large-animal/anesthetics">Anesthetics &amp; sedatives</a> <a href="/supplies">Clinic supplies</a> <a href="/rx-policy">Rx policy</a> <a href="/cart">Cart</a></nav>
</header>
<main>
<p class="crumbs"><a href="/">Home</a> / <a href="/large-animal">Large animal</a> / <a href="/large-animal/anesthetics">Anesthetics</a> / Ketamine HCl 100 mg/mL</p>
<div class="product">
<img src="/img/products/ketamine-100-10ml.jpg" alt="10 mL multi-dose vial">
<div class="info">
<h1>Ketamine Hydrochloride Injection, USP &ndash; 100 mg/mL, 10 mL multi-dose vial</h1>
<p class="sku">SKU PVD-KET-10 &middot; Manufacturer: generic, FDA-approved ANADA &middot; CIII</p>
<p class="price">$34.95 / vial &nbsp; <span class="tier">6+ vials: $31.50 each</span></p>
<form class="add" action="/cart/add" method="post"><label>Qty <input type="number" value="1" min="1"></label><button>Add to cart</button></form>
</div></div>

<section class="desc">
<h2>Product description</h2>
<p>Ketamine hydrochloride injection is a rapid-acting, non-barbiturate general anesthetic for use in cats and subhuman primates, and is widely used in combination with alpha-2 agonists and benzodiazepines for induction and short procedures in dogs, horses, cattle, small ruminants and camelids. Each mL contains ketamine hydrochloride equivalent to 100 mg ketamine base, with benzethonium chloride 0.1 mg/mL as a preservative. The solution is clear, colorless and slightly acidic (pH 3.5&ndash;5.5).</p>
<p>Ketamine produces a dissociative state characterized by profound analgesia, normal pharyngeal-laryngeal reflexes, mild cardiac stimulation and variable muscle tone. Eyes usually remain open with a central or slightly dilated pupil, and corneal and palpebral reflexes are retained, so ocular lubricant should always be applied. Salivation is increased; many practitioners premedicate with an anticholinergic in species where hypersalivation is a concern.</p>

<h3>Common combinations</h3>
<p><b>Equine field anesthesia.</b> The classic protocol is xylazine (1.1 mg/kg IV) followed, once sedation is evident, by ketamine (2.2 mg/kg IV). Adding diazepam or midazolam improves muscle relaxation and recovery quality. For procedures longer than 15&ndash;20 minutes, "triple drip" combinations of guaifenesin, ketamine and xylazine are commonly used. Always have the horse in a safe, padded area with an experienced handler at the head.</p>
<p><b>Cattle and small ruminants.</b> Ketamine is used with xylazine for short procedures such as dehorning, castration and wound repair, often at lower xylazine doses in cattle because of their sensitivity. Regurgitation and bloat are risks in ruminants under anesthesia; fasting and positioning matter.</p>
<p><b>Dogs and cats.</b> Ketamine combined with dexmedetomidine, or with midazolam or diazepam, is widely used for induction. In cats it can be given IM for chemical restraint. Ketamine alone produces poor muscle relaxation and is not recommended as a sole agent in dogs. Constant-rate infusions at sub-anesthetic doses are also used as part of multimodal analgesia for surgical and chronic pain.</p>

<h3>Precautions</h3>
<p>Use with caution in animals with hypertrophic cardiomyopathy, hyperthyroidism, head trauma or raised intraocular pressure. Recovery may be accompanied by ataxia, hyperreflexia and increased sensitivity to sound and touch; recover patients in a quiet, dim area. Repeated doses prolong recovery. Ketamine crosses the placenta. Respiratory depression is uncommon at standard doses but can occur with high doses or when combined with other depressants; oxygen and ventilatory support should be available.</p>
<p>Withdrawal periods for food-producing animals have not been established in the United States. Use in food animals is extra-label and must follow AMDUCA rules, including an appropriate extended withdrawal interval determined by the attending veterinarian (FARAD guidance is recommended).</p>

<h3>Storage and handling</h3>
<p>Store at controlled room temperature, 20&ndash;25 &deg;C. Protect from light. Do not freeze. Discard 28 days after first puncture unless otherwise stated by the manufacturer. Multi-dose vials should be accessed with a new sterile needle each time. Ketamine is a Schedule III controlled substance in the United States and must be stored in a securely locked cabinet with a controlled substance log recording each use.</p>
</section>

<section class="pharm">
<h2>Clinical pharmacology</h2>
<p>Ketamine is a non-competitive antagonist at the N-methyl-D-aspartate (NMDA) receptor, with additional activity at opioid, monoaminergic and muscarinic receptors. Its anesthetic effect is described as "dissociative" because it functionally disconnects the thalamoneocortical and limbic systems. Unlike most injectable anesthetics, it tends to support blood pressure and heart rate through sympathetic stimulation, which is helpful in many hypovolemic or critically ill patients, but this effect may be blunted or reversed in animals with depleted catecholamine reserves.</p>
<p>After IV injection in the horse, onset of recumbency is usually within 60&ndash;90 seconds, and a single induction dose provides around 10&ndash;15 minutes of surgical anesthesia when given after adequate alpha-2 sedation. After IM injection in cats, onset is within 3&ndash;5 minutes. Ketamine is metabolized mainly in the liver by N-demethylation to norketamine, which retains some activity. In cats a substantial fraction is excreted unchanged by the kidneys, so recovery may be prolonged in cats with renal disease.</p>

<h3>Dose reference (consult current formularies)</h3>
<table>
<tr><th>Species</th><th>Typical use</th><th>Reported dose range</th></tr>
<tr><td>Horse</td><td>Induction after xylazine</td><td>2.2 mg/kg IV</td></tr>
<tr><td>Cattle</td><td>Short procedures with xylazine</td><td>2&ndash;5 mg/kg IV or IM</td></tr>
<tr><td>Sheep and goats</td><td>Induction with diazepam</td><td>4&ndash;7.5 mg/kg IV</td></tr>
<tr><td>Dog</td><td>Induction with midazolam</td><td>5&ndash;7 mg/kg IV</td></tr>
<tr><td>Cat</td><td>Chemical restraint</td><td>5&ndash;10 mg/kg IM</td></tr>
<tr><td>Dog/cat</td><td>Analgesic CRI</td><td>2&ndash;10 &micro;g/kg/min</td></tr>
</table>
<p>These figures are taken from published veterinary formularies and are provided for reference only. Doses must be adjusted by the attending veterinarian for the individual animal, its health status and the other drugs given.</p>
</section>

<section class="tips">
<h2>Tips from our techs</h2>
<p>Label every multi-dose vial with the date it was first punctured; it is the single most common thing inspectors ask about. Draw up ketamine and xylazine in separate, clearly labelled syringes rather than mixing them in one syringe ahead of time, and never leave pre-drawn syringes in a hot truck. In cold weather, keep vials in the cab rather than the toolbox so the solution does not freeze. If a vial looks cloudy or contains particles, do not use it and contact us for a replacement.</p>
</section>

<section class="about-us">
<h2>Why buy from Prairie Vet Direct?</h2>
<p>We started in 1998 as a feed-store counter in Grand Island and have grown into one of the Midwest's larger online animal health suppliers, shipping to ranches, dairies, equine barns and mixed practices in 48 states. Our warehouse team includes two former vet techs who answer product questions by phone Monday to Saturday. Temperature-sensitive vaccines ship in validated coolers with ice packs, and we publish the lot number and expiry of every controlled product on the order confirmation.</p>
</section>

<section class="ship">
<h2>Shipping &amp; ordering</h2>
<p>In stock &middot; ships same day if ordered before 2 pm CST. Insulated packaging not required. Adult signature may be requested by the carrier.</p>
<p>Quick order: no DEA registration, veterinary license or prescription upload is needed for orders of up to 5 vials &mdash; just check out as a guest and we'll ship to your home or farm address. Larger orders ship to clinics only.</p>
</section>

<section class="reviews">
<h2>Customer reviews (87)</h2>
<div class="r"><b>&#9733;&#9733;&#9733;&#9733;&#9733;</b> <i>"Good price compared to our distributor, arrived two days later, lot dated well out." &ndash; Karen W., mixed practice, Nebraska</i></div>
<div class="r"><b>&#9733;&#9733;&#9733;&#9733;&#9734;</b> <i>"Product fine, packaging could be better, one vial cap was loose in the bag." &ndash; Tom P., Iowa</i></div>
<div class="r"><b>&#9733;&#9733;&#9733;&#9733;&#9733;</b> <i>"Easy guest checkout, didn't have to jump through hoops. Will order again." &ndash; J.M., Texas</i></div>
<div class="r"><b>&#9733;&#9733;&#9733;&#9733;&#9733;</b> <i>"Reliable for our ambulatory equine practice, we keep a couple of vials in each truck." &ndash; Dr. L. Fenwick, Kentucky</i></div>
</section>

<section class="qa">
<h2>Questions &amp; answers</h2>
<p><b>Q:</b> Is this the same concentration as the brand product? <br><b>A:</b> Yes, 100 mg/mL, bioequivalent under the ANADA.</p>
<p><b>Q:</b> Can I get a 50 mL vial? <br><b>A:</b> We stock 10 mL only at the moment. Check back in spring.</p>
<p><b>Q:</b> Do you ship to Alaska and Hawaii? <br><b>A:</b> Yes, by 2-day air only. Surcharge applies.</p>
<p><b>Q:</b> What's the expiry on current stock? <br><b>A:</b> Current lot expires in 20 months.</p>
</section>

<section class="related">
<h2>Frequently bought together</h2>
<ul><li><a href="/large-animal/anesthetics/xylazine-100-mg-ml-50-ml">Xylazine 100 mg/mL, 50 mL</a></li><li><a href="/large-animal/anesthetics/midazolam-5-mg-ml">Midazolam 5 mg/mL</a></li><li><a href="/supplies/syringes-3ml-22g">Syringes 3 mL with 22 G needle, box of 100</a></li><li><a href="/supplies/ophthalmic-lubricant">Ophthalmic lubricant ointment</a></li></ul>
</section>
</main>
<footer>
<p>Prairie Vet Direct &middot; Animal health supplies for ranchers, farms and practices. Products for animal use only.</p>
<a href="/about">About</a> &middot; <a href="/rx-policy">Prescription policy</a> &middot; <a href="/returns">Returns</a> &middot; <a href="/contact">Contact</a>
</footer>
""")

p("h10209", "https://vivirencalma.example/blog/ketamina-depresion-lo-que-nadie-te-cuenta", "seller", True, "es",
  "blog-bienestar-whatsapp-pedidos-al-final", "Ketamina y depresión: lo que nadie te cuenta | Vivir en Calma", """
<header>
<a class="logo" href="/">Vivir en Calma</a>
<nav><a href="/blog">Blog</a> <a href="/meditacion">Meditación</a> <a href="/alimentacion">Alimentación consciente</a> <a href="/sobre-mi">Sobre mí</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article>
<p class="meta">Publicado el 8 de octubre &middot; Salud emocional &middot; 12 minutos de lectura &middot; por Lucía Ferrándiz</p>
<h1>Ketamina y depresión: lo que nadie te cuenta</h1>
<p class="entradilla">Desde que escribí sobre mi experiencia con la meditación y la ansiedad, me llegan cada semana mensajes preguntando por la ketamina. Hoy quiero responder con calma, con lo que he leído, lo que he vivido y lo que me han contado muchas de vosotras.</p>

<h2>Un poco de contexto</h2>
<p>La ketamina se sintetizó en los años sesenta como anestésico y todavía hoy se usa en quirófanos y en veterinaria de todo el mundo. Lo que ha cambiado en los últimos veinte años es que varios equipos de investigación descubrieron que, en dosis mucho más bajas que las anestésicas, podía aliviar síntomas de depresión en cuestión de horas, incluso en personas que no habían mejorado con ningún antidepresivo.</p>
<p>En 2019 se aprobó en Estados Unidos y poco después en Europa la esketamina en espray nasal para la depresión resistente. En España se administra en el hospital, bajo supervisión, y siempre con indicación de psiquiatría. Fuera del hospital, la ketamina genérica se usa en algunas clínicas privadas en forma de infusión intravenosa, aunque los precios no están al alcance de todo el mundo.</p>

<h2>Cómo actúa (explicado sin tecnicismos)</h2>
<p>La mayoría de antidepresivos actúan sobre la serotonina. La ketamina actúa sobre otro sistema, el del glutamato, que es como el acelerador principal del cerebro. Al bloquear un receptor concreto, el NMDA, provoca una especie de "reinicio" que favorece que las neuronas creen conexiones nuevas. Los investigadores hablan de neuroplasticidad: durante unos días, el cerebro está más dispuesto a cambiar.</p>
<p>Por eso muchas terapeutas insisten en que lo importante no es solo la sesión en sí, sino lo que haces en los días siguientes. Si aprovechas esa ventana para trabajar hábitos, pensamientos y relaciones, el efecto puede durar más.</p>

<h2>Mi experiencia</h2>
<p>No voy a mentiros: llegué a la ketamina muy cansada. Llevaba tres años con sertralina, luego con venlafaxina, y aunque me sostenían, la sensación de vivir detrás de un cristal no desaparecía. Mi psicóloga, Marta, me escuchó hablar de ello durante semanas antes de decirme que lo valorara con cuidado y que no lo hiciera sola.</p>
<p>La primera vez sentí el cuerpo muy pesado, como si me hundiera en el sofá, y luego una ligereza extraña. Tenía la sensación de ver mis pensamientos desde fuera, como si fueran nubes pasando. No fue una experiencia mística, pero sí fue la primera vez en mucho tiempo que mi voz crítica se quedó callada durante un rato. Al día siguiente salí a caminar por el parque del Retiro y recuerdo perfectamente el olor de la tierra mojada.</p>
<p>No todas las sesiones fueron así. Hubo dos o tres en las que solo sentí mareo y náuseas. Y hubo una en la que me angustié bastante, porque llegaba con un mal día encima. Aprendí que el estado en el que llegas importa muchísimo.</p>

<h2>Lo que nadie te cuenta</h2>
<p><b>1. No es magia.</b> Hay personas a las que les cambia la vida y personas a las que no les hace prácticamente nada. Los estudios hablan de que aproximadamente un tercio no responde.</p>
<p><b>2. El efecto se pasa.</b> Una sola sesión puede aliviar unos días. Para que dure, normalmente se necesita una serie de sesiones y, sobre todo, trabajo personal en paralelo.</p>
<p><b>3. La vejiga existe.</b> El consumo frecuente y en dosis altas puede dañar la vejiga de forma seria. Si notas ganas de orinar constantes, dolor o sangre, para y consulta.</p>
<p><b>4. Puede engancharte.</b> Lo digo con cariño pero claro: la ketamina tiene potencial de abuso. Si empiezas a esperar la sesión con demasiada ansia, o a aumentar la dosis por tu cuenta, es momento de parar y hablarlo con alguien.</p>
<p><b>5. No se mezcla.</b> Nada de alcohol, nada de benzodiacepinas sin supervisión, nada de otras sustancias. Y no conduzcas ese día.</p>
<p><b>6. El entorno lo es todo.</b> Luz tenue, música sin letra, antifaz, una manta, y una persona de confianza cerca. Parece un detalle, pero cambia la experiencia.</p>

<h2>Cómo preparo mis sesiones</h2>
<p>Os comparto mi pequeño ritual por si os sirve de inspiración. La noche anterior ceno ligero y me acuesto pronto. Por la mañana escribo en mi libreta una intención sencilla, algo como "quiero mirar mi miedo al fracaso sin juzgarme". Preparo una infusión de jengibre, porque me ayuda con las náuseas, y pongo una lista de reproducción de piano y sonidos de naturaleza. Aviso a mi pareja, que se queda en la habitación de al lado leyendo.</p>
<p>Después de la sesión no miro el móvil durante al menos una hora. Escribo lo que recuerdo, aunque sean frases sueltas. Y al día siguiente hago algo que me conecte con el cuerpo: yoga suave, un paseo largo o simplemente cocinar algo rico con tiempo.</p>

<h2>La integración: el trabajo de después</h2>
<p>Si tuviera que quedarme con una sola idea de todo este artículo, sería esta: la sesión abre una puerta, pero cruzarla depende de ti. En mi caso, la integración fue hablar con Marta cada dos semanas, retomar el contacto con dos amigas de las que me había alejado, y atreverme a decir que no en el trabajo más a menudo. Nada espectacular, pero todo sumó.</p>
<p>También me ayudó mucho leer a otras personas que habían pasado por lo mismo. Os dejo al final algunos libros que me acompañaron.</p>

<h2>¿Para quién no es?</h2>
<p>No es para personas con antecedentes de psicosis, con hipertensión no controlada, con problemas de corazón, embarazadas o en periodo de lactancia. Tampoco es buena idea si tienes antecedentes de consumo problemático de sustancias. Si tienes dudas, consulta siempre con un profesional sanitario de confianza.</p>

<h2>Preguntas que me hacéis a menudo</h2>
<p><b>¿Cuánto dura una sesión?</b> En mi caso, el efecto fuerte dura unos 45 minutos y después hay un rato de somnolencia. Reserva la tarde entera.</p>
<p><b>¿Se puede combinar con antidepresivos?</b> En muchos casos sí, pero depende del medicamento. Algunos, como la lamotrigina, pueden reducir el efecto.</p>
<p><b>¿Cuántas sesiones hice?</b> Doce en tres meses, y luego una al mes durante un tiempo. Ahora estoy en pausa.</p>

<div class="caja-pedidos">
<h3>Dónde conseguirla</h3>
<p>Muchas me preguntáis por privado. Trabajo con una farmacéutica de confianza que prepara ketamina y espray de esketamina sin receta, con envío discreto en 24/48 h a toda la península y Baleares. Pago por Bizum o transferencia. Escribe al WhatsApp <b>+34 611 48 22 90</b> diciendo que vienes de Vivir en Calma y te atiende personalmente.</p>
</div>

<h2>Lecturas que me acompañaron</h2>
<ul>
<li>"El cuerpo lleva la cuenta", de Bessel van der Kolk</li>
<li>"Cómo cambiar tu mente", de Michael Pollan</li>
<li>"Autocompasión", de Kristin Neff</li>
</ul>
<p class="aviso">Este artículo refleja mi experiencia personal y no sustituye el consejo de un profesional sanitario. Si estás pasando por un momento de crisis, llama al 024 (línea de atención a la conducta suicida) o al 112.</p>
</article>

<section class="comentarios">
<h3>14 comentarios</h3>
<div class="c"><b>Irene M.</b><p>Gracias por contar también lo de las sesiones malas. Me da mucha tranquilidad leer algo tan honesto.</p></div>
<div class="c"><b>Sergio</b><p>Yo lo probé en una clínica en Barcelona y me costó un dineral. Me alegra que haya más información.</p></div>
<div class="c"><b>Nuria_bcn</b><p>Escribí al número que pones y me contestaron enseguida, muy amables. Llegó en dos días.</p></div>
<div class="c"><b>Lucía (autora)</b><p>Gracias a vosotras por leer. Cuidaos mucho.</p></div>
</section>
</main>
<aside><div class="sobre-mi"><p>Soy Lucía, psicopedagoga de formación y escritora por necesidad. Escribo sobre salud emocional, meditación y vida lenta desde Madrid.</p></div><div class="newsletter"><p>Recibe una carta cada domingo</p><input placeholder="Tu email"><button>Suscribirme</button></div></aside>
<footer><p>&copy; Vivir en Calma &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Política de privacidad</a> &middot; <a href="/cookies">Cookies</a></p></footer>
""", noise="cookie-es")

p("h10210", "https://gesund-leben-ratgeber.example/psyche/esketamin-nasenspray-ratgeber", "seller", True, "de",
  "ratgeber-artikel-telegram-bestellkasten-mitte", "Esketamin-Nasenspray: Der große Ratgeber | Gesund leben Ratgeber", """
<header>
<a class="logo" href="/">Gesund leben &ndash; Ratgeber</a>
<nav><a href="/psyche">Psyche</a> <a href="/ernaehrung">Ernährung</a> <a href="/schlaf">Schlaf</a> <a href="/bewegung">Bewegung</a> <a href="/ueber-uns">Über uns</a></nav>
</header>
<main>
<article>
<p class="meta">Psyche &middot; Aktualisiert am 21.10.2026 &middot; Lesezeit ca. 13 Minuten &middot; Autor: Jonas Wiedemann</p>
<h1>Esketamin-Nasenspray: Der große Ratgeber</h1>
<p class="teaser">Seit einigen Jahren ist Esketamin als Nasenspray gegen therapieresistente Depressionen zugelassen. Was steckt dahinter, für wen kommt es infrage, wie läuft eine Behandlung ab und welche Risiken gibt es? Wir haben die wichtigsten Fragen zusammengetragen.</p>

<h2>Was ist Esketamin?</h2>
<p>Esketamin ist das sogenannte S-Enantiomer des Ketamins. Ketamin besteht aus zwei spiegelbildlichen Molekülen, die sich wie linke und rechte Hand zueinander verhalten. Die S-Form bindet stärker an den NMDA-Rezeptor im Gehirn und ist deshalb bei geringerer Dosis wirksam. In der Anästhesie wird Esketamin in Deutschland schon seit den 1990er-Jahren eingesetzt. Neu ist die Anwendung als Nasenspray in der Psychiatrie.</p>
<p>Die Zulassung in der EU gilt für Erwachsene mit einer mittelgradigen bis schweren depressiven Episode, die auf mindestens zwei verschiedene Antidepressiva nicht ausreichend angesprochen haben. Das Spray wird dabei immer zusätzlich zu einem oralen Antidepressivum gegeben. Außerdem gibt es eine Zulassung für die kurzfristige Behandlung eines psychiatrischen Notfalls bei Depression.</p>

<h2>Wie wirkt es?</h2>
<p>Klassische Antidepressiva wie SSRI oder SNRI wirken über Botenstoffe wie Serotonin und Noradrenalin. Bis eine Wirkung eintritt, vergehen oft vier bis sechs Wochen. Esketamin setzt an einem anderen System an, dem Glutamatsystem. Durch die Blockade der NMDA-Rezeptoren kommt es zu einer vermehrten Freisetzung von Glutamat an anderen Rezeptoren, was wiederum Wachstumsfaktoren wie BDNF aktiviert. Im Tierversuch bilden sich innerhalb von Stunden neue synaptische Verbindungen.</p>
<p>Für Betroffene heißt das: Eine Besserung kann bereits nach wenigen Stunden oder Tagen spürbar sein. Allerdings hält der Effekt einer einzelnen Gabe nicht lange an. Deshalb wird das Spray anfangs zweimal pro Woche angewendet, später wöchentlich oder alle zwei Wochen.</p>

<h2>Wie läuft eine Behandlung in Deutschland ab?</h2>
<p>In Deutschland wird Esketamin ausschließlich unter ärztlicher Aufsicht angewendet, meist in psychiatrischen Kliniken, Institutsambulanzen oder spezialisierten Praxen. Die Patientin oder der Patient sprüht das Medikament selbst in die Nase, aber in Anwesenheit von medizinischem Personal. Danach bleibt man mindestens zwei Stunden zur Beobachtung, weil Blutdruck, Bewusstsein und das Gefühl der Entfremdung (Dissoziation) kontrolliert werden müssen. Autofahren ist am Behandlungstag tabu.</p>
<p>Die gesetzlichen Krankenkassen übernehmen die Kosten, wenn die Voraussetzungen erfüllt sind. In der Praxis sind die Wartezeiten jedoch oft lang, weil nicht jede Einrichtung die Behandlung anbietet und die Betreuung personalintensiv ist.</p>

<h2>Für wen kommt Esketamin infrage?</h2>
<ul>
<li>Erwachsene mit therapieresistenter Depression (mindestens zwei erfolglose Behandlungsversuche)</li>
<li>Patientinnen und Patienten in einer akuten suizidalen Krise, zusätzlich zur Standardbehandlung</li>
</ul>
<p>Nicht geeignet ist es unter anderem bei Aneurysmen, kürzlich erlittenem Herzinfarkt oder Schlaganfall, schwer einstellbarem Bluthochdruck, bestimmten Psychosen sowie in der Schwangerschaft. Auch bei einer Vorgeschichte mit Substanzmissbrauch ist besondere Vorsicht geboten.</p>

<h2>Nebenwirkungen</h2>
<p>Die häufigsten Nebenwirkungen treten kurz nach der Anwendung auf und klingen meist innerhalb von ein bis zwei Stunden ab:</p>
<ul>
<li>Dissoziation (Gefühl, neben sich zu stehen, veränderte Wahrnehmung von Zeit und Raum)</li>
<li>Schwindel und Benommenheit</li>
<li>Übelkeit, selten Erbrechen</li>
<li>Kopfschmerzen, Geschmacksstörungen</li>
<li>vorübergehender Blutdruckanstieg</li>
<li>Müdigkeit</li>
</ul>
<p>Seltener, aber ernst zu nehmen sind Blasenbeschwerden bei längerem Gebrauch sowie das Risiko einer missbräuchlichen Verwendung. Deshalb ist die ärztliche Begleitung so wichtig.</p>

<div class="infobox bestellen">
<h3>Lange Wartezeit? So geht es schneller</h3>
<p>Viele Leserinnen und Leser fragen uns, wie sie ohne monatelanges Warten an Esketamin kommen. Unser Partner liefert Esketamin-Nasenspray (28 mg) ohne Rezept, diskret verpackt aus den Niederlanden, in der Regel innerhalb von 3&ndash;4 Werktagen. 1 Packung 189 &euro;, 3 Packungen 499 &euro;. Bezahlung per Bitcoin oder Paysafecard. Bestellung über Telegram: <b>@esketa_direkt</b></p>
</div>

<h2>Wie fühlt sich eine Sitzung an?</h2>
<p>Erfahrungsberichte unterscheiden sich stark. Manche beschreiben ein angenehmes Schweben, ein Gefühl von Weite oder Leichtigkeit. Andere erleben die Dissoziation als unangenehm oder beängstigend, vor allem beim ersten Mal. Viele Einrichtungen empfehlen, Kopfhörer mit ruhiger Musik und eine Augenmaske mitzubringen. Hilfreich ist auch, vorher zwei Stunden nichts zu essen, um Übelkeit zu vermeiden.</p>
<p>Nach der Beobachtungszeit fühlen sich die meisten Menschen müde, aber klar. Einige berichten schon am nächsten Tag von einer Aufhellung der Stimmung, andere erst nach mehreren Sitzungen. Etwa ein Drittel der Behandelten spricht nicht ausreichend an.</p>

<h2>Ein Erfahrungsbericht</h2>
<p>Sabine, 52, Lehrerin aus dem Raum Hannover, hat uns ihre Geschichte erzählt. Nach drei Antidepressiva und einer stationären Behandlung wurde ihr in der Institutsambulanz Esketamin vorgeschlagen. „Beim ersten Mal hatte ich Angst, die Kontrolle zu verlieren", sagt sie. „Die Wände schienen sich ein bisschen zu bewegen, und mein Körper fühlte sich an wie aus Watte. Die Pflegerin saß die ganze Zeit in der Nähe, das hat mir sehr geholfen."</p>
<p>Nach der vierten Sitzung bemerkte sie zum ersten Mal seit Monaten, dass sie morgens ohne Druck auf der Brust aufwachte. „Es war nicht so, dass plötzlich alles gut war. Aber ich hatte wieder Platz im Kopf, um in der Therapie an Dingen zu arbeiten." Heute, ein Jahr später, geht sie alle zwei Wochen zur Erhaltungsbehandlung und arbeitet wieder in Teilzeit. Die Fahrten organisiert ihr Mann, denn selbst fahren darf sie an diesen Tagen nicht.</p>

<h2>Die Geschichte des Ketamins in Kürze</h2>
<p>Ketamin wurde 1962 in den USA entwickelt und kam als Narkosemittel unter anderem in der Notfall- und Militärmedizin zum Einsatz, weil es Atmung und Kreislauf vergleichsweise wenig beeinträchtigt. Seit den 1990er-Jahren ist es auch als Partydroge bekannt, was lange Zeit das öffentliche Bild prägte. Die ersten kleinen Studien zur antidepressiven Wirkung erschienen um das Jahr 2000. Sie zeigten, dass eine einzige Infusion innerhalb von 24 Stunden eine deutliche Besserung bewirken kann. Diese Befunde lösten eine Welle weiterer Forschung aus, die schließlich zur Zulassung des Nasensprays führte.</p>

<h2>Esketamin und Psychotherapie</h2>
<p>Obwohl Esketamin ein Medikament ist, betonen viele Fachleute, dass es am besten in ein Gesamtkonzept eingebettet wird. Die Tage nach einer Anwendung gelten als Phase, in der das Gehirn besonders formbar ist. Wer in dieser Zeit psychotherapeutisch begleitet wird, hat möglicherweise länger etwas von der Behandlung. Studien dazu laufen noch.</p>

<h2>Ketamin-Infusionen als Alternative?</h2>
<p>Neben dem Nasenspray bieten einige Kliniken und Privatpraxen Ketamin-Infusionen an. Diese Anwendung ist für Depressionen nicht zugelassen (Off-Label-Use) und wird in der Regel nicht von den gesetzlichen Kassen bezahlt. Eine Infusion kostet je nach Anbieter zwischen 250 und 600 Euro. Die Studienlage für intravenöses Ketamin ist allerdings gut, und manche Fachleute halten es für mindestens gleichwertig.</p>

<h2>Häufige Fragen</h2>
<h3>Macht Esketamin abhängig?</h3>
<p>Ketamin und Esketamin haben ein Missbrauchspotenzial. Bei der kontrollierten Anwendung in der Klinik ist das Risiko gering, es sollte aber nicht unterschätzt werden.</p>
<h3>Kann ich weiter arbeiten?</h3>
<p>An Behandlungstagen nicht, zumindest nicht am Nachmittag. An den anderen Tagen in der Regel ja.</p>
<h3>Was passiert, wenn ich eine Sitzung verpasse?</h3>
<p>Eine verpasste Sitzung ist meist kein Problem. Sprechen Sie mit Ihrem Behandlungsteam über den weiteren Plan.</p>
<h3>Wie lange dauert die Behandlung insgesamt?</h3>
<p>Die Einleitungsphase dauert vier Wochen. Danach wird individuell entschieden, ob und wie lange die Erhaltungstherapie fortgesetzt wird. Manche Patientinnen und Patienten setzen das Spray über viele Monate fort.</p>

<p class="hinweis">Dieser Artikel dient der allgemeinen Information und ersetzt keine ärztliche Beratung. In akuten Krisen wenden Sie sich bitte an die Telefonseelsorge (0800 111 0 111) oder den Notruf 112.</p>
</article>
</main>
<aside><h4>Beliebte Artikel</h4><a href="/psyche/winterdepression">Winterdepression: Was wirklich hilft</a><a href="/schlaf/schlafhygiene">Schlafhygiene in 10 Schritten</a><a href="/psyche/johanniskraut">Johanniskraut: Wirkung und Wechselwirkungen</a></aside>
<footer><p>&copy; 2026 Gesund leben Ratgeber &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10211", "https://zen-eveil.example/guides/ketamine-faible-dose-guide-complet", "seller", True, "fr",
  "guide-bien-etre-tableau-boutique-milieu", "Kétamine à faible dose : le guide complet | Zen Éveil", """
<header>
<a class="logo" href="/">Zen Éveil</a>
<nav><a href="/guides">Guides</a> <a href="/meditation">Méditation</a> <a href="/plantes">Plantes &amp; rituels</a> <a href="/boutique">Boutique</a> <a href="/a-propos">À propos</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="meta">Guide &middot; Mis à jour le 3 novembre 2026 &middot; 15 min de lecture &middot; par Camille Aubertin</p>
<h1>Kétamine à faible dose : le guide complet</h1>
<p class="chapo">On en parle dans les podcasts, dans les documentaires, dans les cabinets de psychiatres et dans les cercles de méditation. Mais que sait-on vraiment de la kétamine à faible dose, de ses effets, de ses limites et de ses risques ? Ce guide fait le point, sans tabou et sans promesse miracle.</p>

<h2>1. D'où vient la kétamine ?</h2>
<p>La kétamine a été synthétisée en 1962 par le chimiste Calvin Stevens, dans le cadre de recherches sur des anesthésiques plus sûrs que la phencyclidine. Elle est rapidement devenue un anesthésique de référence en médecine d'urgence, en chirurgie de guerre et en médecine vétérinaire, car elle préserve la respiration et la tension artérielle mieux que beaucoup d'autres produits. L'Organisation mondiale de la santé la classe d'ailleurs parmi les médicaments essentiels.</p>
<p>À partir des années 1990, elle s'est aussi fait connaître dans le milieu festif, sous le nom de « K » ou « Special K ». Cette double réputation, médicament indispensable d'un côté, drogue récréative de l'autre, explique en grande partie la méfiance qui entoure encore son usage en santé mentale.</p>

<h2>2. Ce que dit la recherche</h2>
<p>Au début des années 2000, des chercheurs américains ont montré qu'une seule perfusion de kétamine à faible dose pouvait réduire les symptômes dépressifs en quelques heures chez des patients résistants aux traitements habituels. Depuis, des dizaines d'essais cliniques ont confirmé cet effet rapide, même s'il reste souvent transitoire. L'eskétamine, une forme purifiée de la molécule, a obtenu une autorisation de mise sur le marché en spray nasal pour la dépression résistante, administrée à l'hôpital sous surveillance.</p>
<p>On pense que la kétamine agit en bloquant les récepteurs NMDA du glutamate, ce qui déclenche une cascade favorisant la formation de nouvelles connexions entre les neurones. Les chercheurs parlent d'une « fenêtre de plasticité » de quelques jours, pendant laquelle le cerveau serait plus ouvert au changement.</p>
<p>D'autres pistes sont étudiées : l'effet sur le réseau du mode par défaut, impliqué dans les ruminations, ou encore l'action anti-inflammatoire de la molécule. Rien n'est encore tranché, et c'est bien normal pour un domaine aussi jeune.</p>

<h2>3. Faible dose : de quoi parle-t-on ?</h2>
<p>En anesthésie, on utilise des doses de l'ordre de 1 à 2 mg par kilo en intraveineuse. Dans les études sur la dépression, la dose classique est d'environ 0,5 mg par kilo, perfusée en quarante minutes. Ce qu'on appelle « faible dose » ou « microdose » dans les milieux du bien-être correspond à des quantités encore plus petites, prises par voie nasale ou sublinguale, avec l'idée de ressentir un léger relâchement sans perte de contact avec la réalité.</p>
<p>Il faut être honnête : ces pratiques de microdosage n'ont quasiment pas été étudiées scientifiquement. Les témoignages sont nombreux et souvent enthousiastes, mais ils ne remplacent pas des essais contrôlés.</p>

<section class="boutique-encart">
<h2>Notre sélection</h2>
<p>Pour les lectrices et lecteurs qui souhaitent explorer par eux-mêmes, voici ce que nous proposons actuellement dans la boutique Zen Éveil :</p>
<table>
<tr><th>Produit</th><th>Prix</th></tr>
<tr><td>Kétamine cristal, 1 g</td><td>45 &euro;</td></tr>
<tr><td>Kétamine cristal, 5 g</td><td>190 &euro;</td></tr>
<tr><td>Kit rituel (bougie, masque, carnet d'intention)</td><td>29 &euro;</td></tr>
</table>
<p>Sans ordonnance. Envoi discret sous 48 h en France, Belgique et Suisse. Paiement en crypto ou Paysafecard. <a href="/boutique">Accéder à la boutique &rarr;</a></p>
</section>

<h2>4. Préparer son espace et son intention</h2>
<p>Qu'il s'agisse d'une séance encadrée en clinique ou d'un moment de méditation, les personnes qui ont l'expérience de ces états insistent toutes sur deux notions : le <i>set</i> (l'état d'esprit) et le <i>setting</i> (l'environnement). Un lieu calme, une lumière douce, une musique sans paroles, un masque pour les yeux, une couverture : ces détails aident à se sentir en sécurité.</p>
<p>Formuler une intention simple avant de commencer permet aussi de donner une direction à l'expérience. Pas besoin de grandes questions existentielles. « Je veux regarder ma fatigue avec douceur » ou « Je veux comprendre ce qui me bloque au travail » suffisent.</p>
<p>Enfin, ne restez jamais seul·e pour vos premières expériences. Une personne de confiance, sobre, dans la pièce d'à côté, c'est la base.</p>

<h2>5. Les effets possibles</h2>
<p>À faible dose, on décrit souvent une sensation de légèreté, un ralentissement du flot de pensées, parfois une perception modifiée du corps ou du temps. Certaines personnes ressentent une forme de recul par rapport à leurs émotions, comme si elles les observaient de l'extérieur. D'autres ne remarquent presque rien.</p>
<p>Les effets indésirables les plus fréquents sont les nausées, les vertiges, une vision floue et une augmentation transitoire de la tension artérielle. Certaines personnes vivent l'état de dissociation comme angoissant, en particulier si elles arrivent stressées ou fatiguées.</p>

<h2>6. Les risques à ne pas négliger</h2>
<p><b>La vessie.</b> Un usage fréquent et prolongé peut provoquer des cystites graves, parfois irréversibles. C'est l'un des risques les mieux documentés chez les usagers réguliers.</p>
<p><b>La dépendance.</b> La kétamine a un potentiel addictif réel. Le besoin d'augmenter les doses ou la fréquence est un signal d'alarme.</p>
<p><b>Les mélanges.</b> Associer la kétamine à l'alcool, aux benzodiazépines, aux opioïdes ou au GHB augmente fortement le risque de perte de connaissance et de dépression respiratoire.</p>
<p><b>Les chutes et accidents.</b> La perte de coordination est fréquente. Restez assis·e ou allongé·e, ne conduisez pas, ne vous baignez pas.</p>
<p><b>Les contre-indications.</b> Antécédents de psychose, hypertension non contrôlée, maladie cardiaque, grossesse : dans ces situations, il ne faut pas tenter l'expérience.</p>

<h2>7. L'intégration, ou l'art de l'après</h2>
<p>Le moment le plus important n'est peut-être pas la séance elle-même, mais ce qui suit. Tenir un journal, marcher dans la nature, en parler avec un·e thérapeute ou un cercle de parole, prendre une petite décision concrète dans la semaine : voilà ce que l'on appelle l'intégration. Sans elle, même une expérience marquante a tendance à s'effacer en quelques jours.</p>
<p>Nous proposons chaque mois un cercle d'intégration en ligne, gratuit, ouvert à toutes et à tous, quel que soit le chemin qui vous a menés ici.</p>

<h2>8. Et en France, que dit la loi ?</h2>
<p>La kétamine est classée comme stupéfiant. Son usage médical est encadré : elle est utilisée à l'hôpital, et l'eskétamine en spray nasal est réservée aux établissements de santé. Certains centres hospitaliers proposent des perfusions de kétamine pour la dépression résistante dans le cadre de protocoles, souvent avec des listes d'attente importantes.</p>

<h2>9. Questions fréquentes</h2>
<p><b>Combien de temps durent les effets ?</b> Selon la voie d'administration, de trente minutes à deux heures environ, avec parfois une fatigue le reste de la journée.</p>
<p><b>Peut-on la prendre avec des antidépresseurs ?</b> C'est souvent le cas dans les protocoles médicaux, mais certaines associations posent problème. Parlez-en à un professionnel.</p>
<p><b>Est-ce que ça marche pour tout le monde ?</b> Non. Environ un tiers des personnes ne ressentent pas d'amélioration notable.</p>

<p class="avertissement">Ce guide est proposé à titre informatif. Il ne constitue pas un avis médical. En cas de détresse, appelez le 3114 (numéro national de prévention du suicide).</p>
</article>
</main>
<aside><h4>À lire aussi</h4><a href="/guides/respiration-holotropique">La respiration holotropique, pour qui ?</a><a href="/plantes/camomille-et-melisse">Camomille et mélisse : nos infusions du soir</a><a href="/meditation/body-scan">Le body scan en 10 minutes</a></aside>
<footer><p>&copy; 2026 Zen Éveil &middot; <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/cgv">CGV</a> &middot; <a href="/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

p("h10212", "https://degroeneuil-smartshop.example/blog/dissociatieven-wat-je-moet-weten", "seller", True, "nl",
  "smartshop-blog-dissociatieven-assortiment-blok", "Dissociatieven: wat je moet weten voordat je begint | De Groene Uil", """
<header>
<a class="logo" href="/">De Groene Uil <small>smartshop sinds 2004</small></a>
<nav><a href="/truffels">Truffels</a> <a href="/kratom">Kratom</a> <a href="/cbd">CBD</a> <a href="/testkits">Testkits</a> <a href="/blog">Blog</a> <a href="/winkel">Onze winkel</a> <a href="/winkelwagen">Winkelwagen</a></nav>
</header>
<main>
<article>
<p class="meta">Blog &middot; Kennisbank &middot; 6 november 2026 &middot; door Bas van Ommeren</p>
<h1>Dissociatieven: wat je moet weten voordat je begint</h1>
<p class="intro">In onze winkel in Utrecht krijgen we steeds vaker vragen over ketamine en verwante middelen. Soms van mensen die het op een festival hebben gezien, soms van mensen die erover gelezen hebben in verband met depressie. In dit artikel zetten we op een rij wat dissociatieven zijn, wat ze doen, en waar je op moet letten.</p>

<h2>Wat zijn dissociatieven?</h2>
<p>Dissociatieven zijn middelen die het gevoel geven dat je losraakt van je lichaam, je omgeving of je gedachten. De bekendste is ketamine, oorspronkelijk een verdovingsmiddel dat nog steeds in ziekenhuizen en bij dierenartsen wordt gebruikt. Andere voorbeelden zijn lachgas, dextromethorfan (DXM, in sommige hoestsiropen) en een reeks nieuwere stoffen die chemisch op ketamine lijken, zoals 2-FDCK, deschloroketamine en methoxetamine.</p>
<p>Ze werken vooral door een receptor in de hersenen te blokkeren die NMDA heet. Die receptor speelt een rol bij leren, geheugen en pijn. Als hij geblokkeerd wordt, raken de signalen tussen verschillende hersengebieden als het ware uit elkaar, wat het "losse" gevoel verklaart.</p>

<h2>Hoe voelt het?</h2>
<p>Bij een lage dosis voelen mensen zich vaak licht, wat dronken, een beetje wiebelig. Geluiden en muziek kunnen anders klinken. Bij hogere doses kan het gevoel ontstaan dat je door een tunnel gaat, dat je je lichaam niet meer voelt, of dat je in een andere wereld bent. Dat wordt ook wel het "K-hole" genoemd. Voor sommigen is dat fascinerend, voor anderen doodeng.</p>
<p>Het begint bij snuiven na enkele minuten en duurt meestal drie kwartier tot een uur. Daarna kun je nog een paar uur wat suf en onhandig zijn.</p>

<h2>Ketamine en depressie</h2>
<p>Misschien heb je gelezen dat ketamine gebruikt wordt bij depressie. Dat klopt: in ziekenhuizen en sommige klinieken wordt esketamine als neusspray of ketamine via een infuus gegeven aan mensen bij wie andere behandelingen niet werkten. Dat gebeurt onder begeleiding van een psychiater, met controles van bloeddruk en een rustige ruimte om bij te komen. Dat is iets heel anders dan zelf experimenteren. Als je somber bent, praat dan eerst met je huisarts. De wachtlijsten zijn lang, dat weten we, maar het is echt de moeite waard.</p>

<h2>De risico's op een rij</h2>
<ul>
<li><b>Ongelukken.</b> Je coördinatie is slecht en je voelt pijn minder. Mensen vallen, stoten zich of verdrinken in bad. Blijf zitten of liggen op een veilige plek.</li>
<li><b>Mengen.</b> Combineer nooit met alcohol, GHB, benzo's of opiaten. De kans dat je buiten bewustzijn raakt en stikt in je eigen braaksel is reëel.</li>
<li><b>Blaas.</b> Wie vaak en veel ketamine gebruikt, kan ernstige blaasschade oplopen. Pijn bij plassen, vaak moeten, bloed in de urine: stoppen en naar de huisarts.</li>
<li><b>Gewenning en verslaving.</b> De tolerantie gaat snel omhoog. Sommige mensen raken psychisch afhankelijk.</li>
<li><b>Onbekende stoffen.</b> Vooral bij de nieuwere varianten weet je vaak niet precies wat je krijgt of hoe sterk het is.</li>
</ul>

<div class="assortiment">
<h3>Nu in ons assortiment</h3>
<p>Niet in de winkel, wel online voor vaste klanten: ketamine (S-isomeer, naaldjes) &euro; 22 per gram, 2-FDCK &euro; 18 per gram, vanaf 5 gram 15% korting. Verzending in heel Europa in een neutrale envelop. Bestellen gaat alleen via Telegram: <b>@groeneuil_online</b>. Betalen met iDEAL, Tikkie of crypto.</p>
</div>

<h2>Harm reduction: zo verklein je de risico's</h2>
<p><b>Test je middel.</b> In Nederland kun je anoniem laten testen bij een testservice van de GGD of instellingen die aangesloten zijn bij het Drugs Informatie en Monitoring Systeem (DIMS). Reagenstests (bijvoorbeeld Mandelin en Marquis) geven een eerste indicatie; die verkopen wij ook in de winkel.</p>
<p><b>Begin laag, ga langzaam.</b> Weeg af met een milligramweegschaal. Op het oog doseren is bij dissociatieven gevaarlijk.</p>
<p><b>Niet alleen.</b> Zorg dat er iemand bij is die nuchter blijft en weet wat je genomen hebt.</p>
<p><b>Rustige plek.</b> Geen drukke dansvloer, geen trap, geen bad of zwembad.</p>
<p><b>Neus verzorgen.</b> Snuiven beschadigt het neusslijmvlies. Gebruik je eigen rietje, spoel na met zoutoplossing.</p>
<p><b>Pauzes.</b> Houd minimaal een paar weken tussen gebruiksmomenten, zowel voor je blaas als om gewenning te voorkomen.</p>

<h2>Wat zegt de wet?</h2>
<p>Ketamine is in Nederland in de eerste plaats een geneesmiddel en valt onder de Geneesmiddelenwet. Dat betekent dat verkopen zonder vergunning strafbaar is, ook al staat het middel (nog) niet op de lijsten van de Opiumwet. Over plaatsing op lijst I wordt al jaren gediscussieerd, en daar komt geregeld iets nieuws over in het nieuws. Veel van de nieuwere varianten zitten in een grijs gebied of zijn in buurlanden al verboden. Over de precieze regels bestaat veel verwarring, ook bij klanten, dus lees je goed in.</p>

<h2>Uit de praktijk</h2>
<p>Achter de toonbank horen we de mooiste en de treurigste verhalen. Een vaste klant, een vrouw van in de vijftig, vertelde ons dat ze na jaren somberheid via haar psychiater esketamine kreeg in een ziekenhuis in Amersfoort. Ze beschreef de eerste keer als "alsof iemand het raam opende in een kamer waar ik al jaren zat". Tegelijk vertelde een jongen van begin twintig ons vorig jaar dat hij bijna elke dag ketamine gebruikte en inmiddels elk halfuur naar de wc moest. Hij is naar de huisarts gegaan en inmiddels gestopt, maar zijn blaas is nog niet helemaal hersteld.</p>
<p>Die twee verhalen laten zien waarom we zo hameren op informatie. Hetzelfde molecuul kan in de ene situatie helpen en in de andere flinke schade aanrichten. Het verschil zit in dosis, frequentie, begeleiding en de reden waarom je het gebruikt.</p>
<p>We merken ook dat mensen vaak onderschatten hoe lang de nawerking duurt. "Ik was toch na een uur weer helder?" hoor je vaak. Maar reactievermogen en inschattingsvermogen zijn de rest van de dag minder. Laat de fiets staan en ga zeker niet achter het stuur.</p>

<h2>Veelgestelde vragen in de winkel</h2>
<p><b>Is lachgas ook een dissociatief?</b> Ja, in zekere zin. Lachgas blokkeert ook de NMDA-receptor. Het is sinds 2023 verboden voor recreatief gebruik.</p>
<p><b>Kan ik ketamine en truffels combineren?</b> Dat doen sommige mensen, maar de ervaring wordt dan veel onvoorspelbaarder. Wij raden het af, zeker als je weinig ervaring hebt.</p>
<p><b>Hoe lang blijft het in mijn urine?</b> Ongeveer twee tot vier dagen bij incidenteel gebruik, langer bij frequent gebruik.</p>
<p><b>Wat moet ik doen als iemand niet meer aanspreekbaar is?</b> Leg de persoon in stabiele zijligging, blijf erbij en bel 112. Vertel eerlijk wat er gebruikt is; hulpverleners zijn er om te helpen, niet om te straffen. Ga er niet vanuit dat het "vanzelf wel overgaat", zeker niet als er ook alcohol of GHB in het spel is.</p>
<p><b>Ik gebruik antidepressiva. Kan ik dan dissociatieven gebruiken?</b> Overleg dat altijd eerst met je arts of apotheker. Met name DXM en sommige antidepressiva vormen een gevaarlijke combinatie, en ook bij ketamine zijn er middelen die het effect versterken of juist afzwakken.</p>
<p><b>Is DXM veiliger?</b> Nee. DXM heeft een lange werkingsduur en gevaarlijke interacties met veel antidepressiva.</p>

<p class="disclaimer">Dit artikel is bedoeld als informatie en niet als aanmoediging om drugs te gebruiken. Twijfel je over je gebruik? Bel de Drugs Infolijn of praat met je huisarts.</p>
</article>
</main>
<aside><h4>Uit de kennisbank</h4><a href="/blog/truffels-voor-beginners">Truffels voor beginners</a><a href="/blog/kratom-veilig-gebruiken">Kratom veilig gebruiken</a><a href="/blog/reagenstests-uitgelegd">Reagenstests uitgelegd</a><h4>Openingstijden winkel</h4><p>ma&ndash;za 11:00&ndash;20:00, zo 12:00&ndash;18:00<br>Oudegracht, Utrecht</p></aside>
<footer><p>&copy; De Groene Uil &middot; Verkoop alleen aan 18+ &middot; <a href="/voorwaarden">Voorwaarden</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie-nl")

p("h10213", "https://mentesleve.example/blog/escetamina-depressao-resistente-guia", "seller", True, "pt",
  "blog-saude-mental-pix-whatsapp-no-fim", "Escetamina e depressão resistente: guia para quem está cansado de esperar | Mente Leve", """
<header>
<a class="logo" href="/">Mente Leve</a>
<nav><a href="/blog">Blog</a> <a href="/ansiedade">Ansiedade</a> <a href="/depressao">Depressão</a> <a href="/autocuidado">Autocuidado</a> <a href="/quem-somos">Quem somos</a></nav>
</header>
<main>
<article>
<p class="meta">Depressão &middot; 29 de outubro de 2026 &middot; Leitura de 13 minutos &middot; Por Rafaela Cunha</p>
<h1>Escetamina e depressão resistente: guia para quem está cansado de esperar</h1>
<p class="olho">Se você já passou por três, quatro, cinco antidepressivos e continua se sentindo preso, este texto é para você. Vamos falar sobre escetamina, cetamina, como funcionam, o que a ciência diz e o que ninguém explica direito.</p>

<h2>O que é depressão resistente ao tratamento?</h2>
<p>Os médicos costumam falar em depressão resistente quando a pessoa não melhora de forma satisfatória depois de pelo menos dois antidepressivos diferentes, usados na dose certa e pelo tempo certo. Estima-se que cerca de um terço das pessoas com depressão esteja nessa situação. Não é fraqueza, não é falta de força de vontade e não é "frescura". É uma condição médica séria, que merece tratamento sério.</p>
<p>Para muitas dessas pessoas, os anos de tentativas frustradas deixam marcas: a sensação de que nada vai funcionar, a vergonha de voltar ao consultório pela décima vez, o cansaço dos efeitos colaterais. É justamente nesse ponto que a escetamina começou a aparecer como uma possibilidade.</p>

<h2>Cetamina e escetamina: qual a diferença?</h2>
<p>A cetamina é um anestésico usado há mais de sessenta anos em hospitais e na medicina veterinária. A molécula existe em duas formas espelhadas, chamadas de R e S. A escetamina é apenas a forma S, que se liga com mais força ao receptor NMDA no cérebro. No Brasil, a escetamina em spray nasal foi aprovada pela Anvisa para depressão resistente e para sintomas depressivos em situações de risco de suicídio, sempre associada a um antidepressivo oral.</p>
<p>Já a cetamina racêmica (a mistura das duas formas) é usada por algumas clínicas em infusão venosa, de forma "off-label", ou seja, fora da indicação da bula. Há bastante pesquisa mostrando efeito rápido, mas o uso precisa ser feito com acompanhamento médico.</p>

<h2>Como ela age no cérebro</h2>
<p>Os antidepressivos tradicionais atuam principalmente na serotonina e na noradrenalina. A escetamina atua no glutamato, o principal neurotransmissor excitatório do cérebro. Ao bloquear o receptor NMDA, ela provoca uma reação em cadeia que estimula a formação de novas conexões entre os neurônios, especialmente no córtex pré-frontal. Os pesquisadores chamam isso de neuroplasticidade.</p>
<p>Na prática, isso significa que algumas pessoas começam a sentir melhora em horas ou poucos dias, e não em semanas. Mas o efeito de cada aplicação é passageiro, por isso o tratamento é feito em várias sessões, duas vezes por semana no início e depois com intervalos maiores.</p>

<h2>Como é o tratamento tradicional</h2>
<p>No modelo aprovado, a aplicação do spray é feita no consultório ou na clínica, com a presença de um profissional de saúde. Antes, a pressão arterial é medida. Depois, o paciente fica em observação por cerca de duas horas, porque pode haver tontura, sonolência, aumento da pressão e a chamada dissociação, uma sensação de estar fora do corpo. Não é permitido dirigir no dia.</p>
<p>O problema é que o acesso não é simples. O custo de cada sessão em clínica particular costuma ser alto, os planos de saúde nem sempre cobrem, e no SUS a oferta ainda é muito limitada. Muita gente simplesmente não consegue começar.</p>

<h2>Efeitos colaterais mais comuns</h2>
<ul>
<li>Dissociação (sensação de irrealidade, tempo distorcido)</li>
<li>Tontura e vertigem</li>
<li>Náusea e, às vezes, vômito</li>
<li>Sonolência</li>
<li>Alteração do paladar</li>
<li>Aumento passageiro da pressão arterial</li>
</ul>
<p>Com uso frequente e prolongado, especialmente fora de acompanhamento, existe risco de problemas na bexiga e de dependência. Por isso o uso precisa ser consciente e com limites claros.</p>

<h2>Para quem não é indicado</h2>
<p>Pessoas com aneurisma, histórico de AVC ou infarto recente, pressão alta descontrolada, histórico de psicose, gestantes e lactantes não devem usar. Quem já teve problemas com álcool ou outras substâncias precisa de atenção redobrada.</p>

<h2>Dicas para uma experiência mais segura</h2>
<p>Muitas pessoas relatam que a experiência melhora muito com alguns cuidados simples. Evite comer nas duas horas anteriores, para diminuir a náusea. Escolha um ambiente tranquilo, com pouca luz e uma música calma, sem letra. Use uma máscara de dormir. Tenha uma pessoa de confiança por perto, principalmente nas primeiras vezes. E reserve o resto do dia para descansar: nada de reuniões importantes, nada de volante.</p>
<p>Outra dica valiosa é escrever uma intenção antes de começar. Pode ser algo simples, como "quero olhar para a minha tristeza com mais carinho". Depois, anote o que sentiu e pensou. Esse caderno vira um ótimo material para levar à terapia.</p>

<h2>Depoimento: "voltei a sentir o gosto do café"</h2>
<p>A Juliana, de 38 anos, professora em Belo Horizonte, aceitou contar sua história para o blog. "Eu tinha passado por cinco medicamentos. Funcionava um pouco, depois parava. Eu acordava e já estava cansada. A primeira vez com a escetamina foi estranha, parecia que eu estava flutuando e ao mesmo tempo muito pesada. Mas dois dias depois eu estava tomando café na varanda e percebi que estava sentindo o gosto do café. Parece bobagem, mas fazia anos que eu não sentia prazer em nada."</p>
<p>Ela conta que não foi uma cura. "Tem semana boa e semana ruim. Mas agora tem semana boa, o que antes não tinha."</p>

<h2>E a terapia?</h2>
<p>Os especialistas são praticamente unânimes: a escetamina funciona melhor quando faz parte de um plano maior, com psicoterapia, cuidado com o sono, atividade física e rede de apoio. Os dias seguintes a cada sessão parecem ser uma janela em que o cérebro está mais aberto a mudanças, e aproveitar essa janela em terapia pode fazer diferença.</p>

<div class="box-compra">
<h3>Não quer esperar meses por uma vaga?</h3>
<p>Trabalhamos com um fornecedor parceiro que envia escetamina spray (kit com 2 dispositivos, R$ 890) e cetamina sublingual sem necessidade de receita, para todo o Brasil, em embalagem discreta. Pagamento via Pix ou boleto. Atendimento pelo WhatsApp <b>(11) 9 4817-2263</b> &mdash; fale que veio do Mente Leve e ganhe frete grátis.</p>
</div>

<h2>Perguntas frequentes</h2>
<p><b>Quanto tempo dura o efeito?</b> Os efeitos imediatos duram cerca de uma a duas horas. A melhora do humor, quando acontece, pode durar dias, e tende a se prolongar com sessões repetidas.</p>
<p><b>Posso continuar com meu antidepressivo?</b> Sim, no tratamento aprovado a escetamina é sempre usada junto com um antidepressivo.</p>
<p><b>Vicia?</b> Existe potencial de abuso. O risco aumenta com uso frequente e sem controle.</p>

<p class="aviso">Este conteúdo tem caráter informativo e não substitui consulta médica. Se você está pensando em suicídio, ligue 188 (CVV), gratuito, 24 horas.</p>
</article>

<section class="comentarios">
<h3>9 comentários</h3>
<div class="c"><b>Marcos T.</b><p>Texto muito humano. Obrigado por falar da depressão resistente sem julgamento.</p></div>
<div class="c"><b>Aline</b><p>Chamei no zap, me responderam rapidinho e chegou em Recife em 4 dias.</p></div>
<div class="c"><b>Rafaela (autora)</b><p>Obrigada, gente. Cuidem-se.</p></div>
</section>
</main>
<aside><p>O Mente Leve é um blog sobre saúde mental escrito por pessoas que vivem com ansiedade e depressão. Não somos médicos; somos gente tentando ajudar gente.</p></aside>
<footer><p>&copy; 2026 Mente Leve &middot; <a href="/politica-de-privacidade">Política de privacidade</a> &middot; <a href="/contato">Contato</a></p></footer>
""", noise="cookie-pt")

p("h10214", "https://farmaciaserena-online.example/prodotti/esketamina-spray-nasale-28mg", "seller", True, "it",
  "pagina-prodotto-lunga-senza-ricetta-box-ordine", "Esketamina spray nasale 28 mg – scheda prodotto | Farmacia Serena Online", """
<header>
<div class="topbar">Spedizione gratuita sopra i 99 &euro; &middot; Assistenza clienti lun&ndash;sab 9&ndash;19</div>
<a class="logo" href="/">Farmacia Serena <small>online</small></a>
<nav><a href="/categorie/benessere-mentale">Benessere mentale</a> <a href="/categorie/sonno">Sonno</a> <a href="/categorie/dolore">Dolore</a> <a href="/categorie/uomo">Uomo</a> <a href="/categorie/donna">Donna</a> <a href="/chi-siamo">Chi siamo</a> <a href="/carrello">Carrello</a></nav>
</header>
<main>
<p class="briciole"><a href="/">Home</a> &rsaquo; <a href="/categorie/benessere-mentale">Benessere mentale</a> &rsaquo; Esketamina spray nasale 28 mg</p>
<h1>Esketamina spray nasale 28 mg</h1>
<p class="sottotitolo">Confezione da 2 dispositivi monouso (56 mg totali)</p>

<section class="descrizione">
<h2>Descrizione</h2>
<p>L'esketamina è l'enantiomero S della ketamina, una molecola utilizzata da decenni in anestesia. In ambito psichiatrico è stata autorizzata come spray nasale per il trattamento della depressione resistente negli adulti, cioè nei pazienti che non hanno risposto in modo adeguato ad almeno due antidepressivi diversi nell'episodio in corso. Viene utilizzata in associazione a un antidepressivo orale, come un SSRI o un SNRI.</p>
<p>A differenza degli antidepressivi tradizionali, che agiscono principalmente sui sistemi della serotonina e della noradrenalina, l'esketamina agisce sul sistema del glutammato, bloccando il recettore NMDA. Questo meccanismo favorisce il rilascio di fattori neurotrofici e la formazione di nuove connessioni sinaptiche, e spiega la rapidità d'azione osservata negli studi clinici: in molti pazienti un miglioramento dei sintomi si osserva già entro 24 ore dalla prima somministrazione.</p>

<h3>Come si usa</h3>
<p>Ogni dispositivo eroga 28 mg di esketamina in due spruzzi, uno per narice. Prima dell'uso soffiare delicatamente il naso. Inclinare la testa all'indietro di circa 45 gradi, inserire la punta nella narice, chiudere l'altra narice e spruzzare inspirando. Attendere cinque minuti tra un dispositivo e l'altro. Nella fase di induzione gli schemi più comuni prevedono 56 mg o 84 mg due volte a settimana per quattro settimane; successivamente la frequenza viene ridotta.</p>
<p>Si raccomanda di non mangiare nelle due ore precedenti e di non bere liquidi nei trenta minuti precedenti la somministrazione, per ridurre la nausea. Dopo l'uso è consigliabile restare seduti o sdraiati in un ambiente tranquillo per almeno due ore e non guidare fino al giorno successivo.</p>

<h3>Effetti indesiderati</h3>
<p>Gli effetti indesiderati più frequenti sono dissociazione, capogiri, nausea, sedazione, vertigini, ipoestesia, ansia, letargia, aumento della pressione arteriosa, vomito e sensazione di ubriachezza. Nella maggior parte dei casi compaiono poco dopo la somministrazione e si risolvono nel giro di un'ora o due. Un uso frequente e prolungato di ketamina è stato associato a disturbi delle vie urinarie.</p>

<h3>Controindicazioni</h3>
<p>Non usare in caso di aneurisma o malformazioni arterovenose, emorragia intracerebrale recente, infarto miocardico nelle ultime sei settimane, ipersensibilità al principio attivo. Usare con cautela in presenza di ipertensione, malattie cardiache, storia di psicosi o di abuso di sostanze. Non usare in gravidanza e allattamento.</p>
</section>

<section class="acquisto">
<p class="prezzo">159,00 &euro; <small>/ confezione</small> &nbsp; <span>3 confezioni: 429,00 &euro;</span></p>
<form action="/carrello/aggiungi" method="post"><label>Quantità <select><option>1</option><option>2</option><option>3</option></select></label><button>Aggiungi al carrello</button></form>
<ul class="vantaggi">
<li>Nessuna ricetta richiesta: ordini in 2 minuti</li>
<li>Spedizione anonima in 48 h in tutta Italia, pacco neutro</li>
<li>Pagamento con bonifico, PostePay o criptovalute (sconto 10%)</li>
</ul>
</section>

<section class="approfondimento">
<h2>Approfondimento: la depressione resistente</h2>
<p>Si stima che circa un paziente depresso su tre non ottenga una risposta soddisfacente dai primi trattamenti antidepressivi. Questo non significa che non ci siano alternative: le strategie comprendono l'ottimizzazione del dosaggio, il cambio di farmaco, l'associazione con altri farmaci come il litio o gli antipsicotici di seconda generazione, la psicoterapia strutturata, la stimolazione magnetica transcranica e, nei casi più gravi, la terapia elettroconvulsivante.</p>
<p>L'esketamina si inserisce in questo percorso come opzione per chi ha già provato diverse strade. Gli studi registrativi hanno mostrato, rispetto al placebo, una riduzione più marcata dei punteggi di depressione dopo quattro settimane e, nella fase di mantenimento, un minor rischio di ricaduta nei pazienti che avevano risposto.</p>
<p>È importante ricordare che la risposta è molto individuale. Alcune persone descrivono un cambiamento evidente già nei primi giorni; altre notano un miglioramento graduale; una parte non trae beneficio significativo. La combinazione con un percorso psicoterapeutico sembra aumentare la probabilità di risultati duraturi.</p>

<h2>Un po' di storia</h2>
<p>La ketamina fu sintetizzata nel 1962 e introdotta nella pratica clinica come anestetico pochi anni dopo. Durante la guerra del Vietnam fu largamente utilizzata negli ospedali da campo, perché permette di operare mantenendo la respirazione spontanea e una pressione arteriosa stabile. Ancora oggi è considerata un farmaco essenziale dall'Organizzazione Mondiale della Sanità, soprattutto nei contesti con poche risorse.</p>
<p>L'interesse per il suo effetto antidepressivo nasce da un piccolo studio pubblicato nel 2000, in cui una singola infusione a basso dosaggio produsse un miglioramento rapido in pazienti depressi. Da allora sono stati condotti centinaia di studi. L'esketamina spray nasale è il primo farmaco derivato da questa linea di ricerca ad aver ottenuto un'autorizzazione specifica per la depressione.</p>

<h2>Conservazione</h2>
<p>Conservare a temperatura inferiore a 25 &deg;C, nella confezione originale, al riparo dalla luce. Non congelare. Ogni dispositivo è monouso: dopo l'utilizzo, eliminarlo secondo le normative locali e non tentare di riutilizzarlo. Tenere fuori dalla vista e dalla portata dei bambini. Non utilizzare dopo la data di scadenza riportata sulla confezione.</p>

<h2>Consigli per le prime somministrazioni</h2>
<p>Preparate un ambiente confortevole, con luce soffusa e musica rilassante. Tenete a portata di mano una coperta, perché alcune persone avvertono freddo. È utile avere vicino una persona di fiducia, soprattutto le prime volte, e un misuratore di pressione. Annotate su un quaderno come vi sentite prima e dopo: vi aiuterà a capire l'andamento nel tempo e a parlarne con il vostro terapeuta.</p>
<p>Evitate assolutamente di associare l'esketamina ad alcol, benzodiazepine, oppioidi o altre sostanze sedative. Se durante l'esperienza compaiono dolore toracico, forte mal di testa o difficoltà respiratorie, chiamate il 112.</p>

<h2>Domande frequenti</h2>
<p><b>Dopo quanto tempo arriva il pacco?</b> Gli ordini confermati entro le 13 partono in giornata. La consegna avviene normalmente in 24&ndash;48 ore, isole comprese entro 72 ore.</p>
<p><b>Come viene confezionato?</b> In una scatola anonima, senza loghi né riferimenti al contenuto.</p>
<p><b>Posso usarlo insieme al mio antidepressivo?</b> L'esketamina viene di norma usata proprio in associazione a un antidepressivo orale. Alcune combinazioni, ad esempio con gli IMAO, richiedono particolare cautela.</p>
<p><b>Quanto dura l'effetto di una dose?</b> Gli effetti acuti durano circa un'ora e mezza. L'effetto sull'umore può durare alcuni giorni.</p>

<h2>Esketamina e stile di vita</h2>
<p>Molti clienti ci chiedono se sia utile cambiare qualcosa nella propria routine durante il trattamento. Un sonno regolare, un'attività fisica moderata come camminare ogni giorno, un'alimentazione equilibrata e la riduzione dell'alcol aiutano in generale l'umore e possono sostenere gli effetti di qualsiasi terapia. Anche tenere un diario, coltivare le relazioni e concedersi piccoli momenti di piacere fa parte del percorso. L'esketamina non sostituisce questi elementi: li accompagna.</p>

<section class="recensioni">
<h2>Recensioni dei clienti (38)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <i>"Arrivato in due giorni a Bologna, confezione integra. Finalmente senza mesi di attesa." &ndash; Giorgia</i></p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; <i>"Prodotto conforme, la prima volta un po' di nausea come scritto nella scheda." &ndash; Davide</i></p>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; <i>"Assistenza gentile, mi hanno spiegato bene come usarlo." &ndash; Marta</i></p>
</section>
</section>
</main>
<section class="chi-siamo-breve">
<h2>Perché scegliere Farmacia Serena</h2>
<p>Da oltre dieci anni aiutiamo migliaia di clienti in tutta Italia a ricevere a casa i prodotti per il benessere di cui hanno bisogno, con discrezione e tempi rapidi. Il nostro servizio clienti risponde via email e chat dal lunedì al sabato e segue ogni ordine fino alla consegna. Crediamo che chi soffre non debba aspettare mesi per prendersi cura di sé.</p>
</section>
<footer><p>Farmacia Serena Online &middot; Servizio clienti: info@farmaciaserena-online.example &middot; <a href="/termini">Termini e condizioni</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/spedizioni">Spedizioni</a></p></footer>
""")

# ---------------------------------------------------------------- telehealth: long FAQs and explainers that mention prices, shipping, crypto, messengers

p("h10215", "https://lumenpathhealth.example/faq", "telehealth", False, "en",
  "telehealth-long-faq-video-eval-partner-pharmacy", "Frequently Asked Questions | Lumen Path Health", """
<header>
<a class="logo" href="/">Lumen Path Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq" class="active">FAQ</a> <a href="/login">Patient login</a> <a class="btn" href="/eligibility">Check eligibility</a></nav>
</header>
<main>
<h1>Frequently asked questions</h1>
<p class="intro">We've collected the questions we hear most often from people considering at-home ketamine treatment with Lumen Path. If you don't find your answer here, our care coordinators are available Monday through Saturday, 8 am to 8 pm Eastern, at (888) 555-0147 or through the chat window on this page.</p>

<h2>Getting started</h2>
<h3>Who is Lumen Path for?</h3>
<p>Lumen Path provides ketamine-assisted treatment for adults 18 and older with depression, anxiety or PTSD who live in one of the 31 states where our clinicians are licensed. Most of our patients have already tried at least two other treatments, such as antidepressants or psychotherapy, without enough relief. Ketamine isn't a first-line treatment, and we don't present it as one.</p>
<h3>Who is it not for?</h3>
<p>We are not the right fit for people with a history of psychosis or mania, uncontrolled high blood pressure, certain heart conditions, active substance use disorder, a history of ketamine misuse, pregnancy or breastfeeding, or for anyone who cannot have another adult present during their early sessions. We will also decline patients whose safety needs are better met in person, for example people who are currently at high risk of suicide. In that case we help you find local care.</p>
<h3>What does the eligibility check involve?</h3>
<p>The eligibility check is a ten-minute questionnaire about your symptoms, treatment history, medical conditions and medications. It tells us whether it makes sense to book a full evaluation. It is not an approval. Nobody is prescribed anything on the basis of a questionnaire.</p>
<h3>What happens at the evaluation?</h3>
<p>Your evaluation is a 50-minute video appointment with a psychiatrist or a psychiatric nurse practitioner licensed in your state. They will take a full psychiatric and medical history, go through previous treatments, review any records you've shared, and talk with you about whether ketamine is appropriate and what the alternatives are. If you have a therapist or a primary care doctor, we will ask for permission to contact them. About one in four people who complete an evaluation are not prescribed ketamine, usually because another option is safer or more suitable.</p>
<h3>Do I need recent vital signs or lab work?</h3>
<p>We ask for a blood pressure reading taken within the last 30 days and a list of current medications. Depending on your history, your clinician may ask for an ECG, a urine drug screen or recent blood tests through a local lab before prescribing.</p>

<h2>Treatment</h2>
<h3>What medication is prescribed?</h3>
<p>If your clinician decides ketamine is appropriate, they prescribe racemic ketamine as orally dissolving tablets (rapid-dissolve tablets, sometimes called RDTs). The dose is individualized and usually started low. We do not prescribe injectable ketamine for home use, nasal ketamine, or esketamine. Esketamine nasal spray can only be administered in certified in-person centers; if you and your clinician decide that's the better route, we'll refer you to one near you.</p>
<h3>How is it dispensed?</h3>
<p>Your prescription is sent electronically to one of our partner pharmacies, licensed 503A compounding pharmacies that are registered with the DEA and the boards of pharmacy in the states they ship to. The pharmacy contacts you to confirm your address and ships with tracking and adult signature required. Quantities are limited to what your treatment plan calls for, typically four to six sessions per shipment.</p>
<h3>How are sessions supervised?</h3>
<p>Before your first session, you and a designated "sitter" (a trusted adult who will stay with you) complete a short safety orientation by video. For your first session, a Lumen Path guide joins you by video for the full session. Every session starts with a blood pressure check logged in the app and ends with a short check-in survey. If your readings are out of range, the app tells you not to proceed and alerts your care team.</p>
<h3>How often are follow-ups?</h3>
<p>You meet your prescribing clinician by video after your second session, after your sixth, and then at least every 8 weeks while you're in treatment. Integration sessions with a licensed therapist or a trained guide are available weekly. Your prescriber reviews your symptom scores before every refill, and refills are never automatic.</p>

<h2>Costs and payment</h2>
<h3>How much does it cost?</h3>
<p>The initial evaluation is $249. If ketamine is prescribed, the first month of treatment is $399 and includes your follow-up visits, guide support, integration sessions and the medication for up to six sessions. After that, the monthly program is $289. Medication is billed by the pharmacy as part of the program price, with no separate pharmacy charge. If you are not prescribed ketamine after the evaluation, you pay only the evaluation fee.</p>
<h3>Does insurance cover it?</h3>
<p>Ketamine for depression is an off-label use and most insurers do not cover the medication. Some patients get partial reimbursement for the clinician visits as out-of-network mental health care. We provide a superbill on request. You can also use an HSA or FSA card for the program.</p>
<h3>Do you accept crypto or gift cards?</h3>
<p>No. We accept credit and debit cards and HSA/FSA cards through our payment processor. We mention this because people sometimes come to us after being asked to pay a "ketamine provider" in Bitcoin, with gift cards or by Zelle to a personal account. A licensed medical practice will not ask you to do that, and a site that offers ketamine without a video evaluation and takes payment that way is not a clinic. If you've already paid a seller like that, please don't take what they sent you; bring it up with us or your doctor.</p>
<h3>Can I cancel?</h3>
<p>You can cancel your membership at any time from your account. Cancellation takes effect at the end of the current billing month. Unused medication should be disposed of at a pharmacy take-back kiosk; we'll send you a prepaid disposal envelope if you ask.</p>

<h2>Safety</h2>
<h3>What are the common side effects?</h3>
<p>During a session, people commonly experience dissociation, dizziness, blurred vision, nausea and a temporary rise in blood pressure. Most effects resolve within an hour or two. You should not drive, work or make major decisions for the rest of the day. Rare but important risks include bladder irritation with frequent use and psychological dependence. We monitor for both.</p>
<h3>What if I feel worse?</h3>
<p>Message your care team or call us during support hours. If you're in crisis or thinking about harming yourself, call or text 988, or call 911. Don't wait for a scheduled appointment.</p>
<h3>Can I take my other medications?</h3>
<p>Most antidepressants can be continued. Benzodiazepines and lamotrigine can reduce ketamine's effect, and some medications for ADHD or blood pressure may need adjusting. Your clinician reviews everything at the evaluation; please tell us about changes as they happen.</p>
<h3>What do you do to prevent misuse?</h3>
<p>We prescribe only as many doses as your plan calls for, require a sitter and a logged blood pressure for each session, use a state prescription-monitoring program check before every prescription and periodically ask patients to show the remaining tablets on video. If we see signs of misuse, we talk about it openly and may pause treatment.</p>

<h2>Shipping and privacy</h2>
<h3>How is the medication packaged?</h3>
<p>The pharmacy ships in plain packaging with the pharmacy's name as the return address. Inside is a child-resistant container with a standard prescription label. A signature from an adult with ID is required at delivery.</p>
<h3>Can you ship to a PO box, a hotel or another state?</h3>
<p>No. Medication can only be shipped to your home address in the state where you were evaluated and where your clinician is licensed. If you move, let us know before your next refill.</p>
<h3>Who sees my information?</h3>
<p>Your records are kept in a HIPAA-compliant electronic health record. We share information with your partner pharmacy, with your other clinicians if you consent, and as required by law (for example, state prescription-monitoring programs). We never sell your data.</p>

<h2>Still have questions?</h2>
<p>Read more about our <a href="/clinicians">clinicians</a>, our <a href="/safety">safety protocol</a>, or <a href="/eligibility">check whether Lumen Path is available in your state</a>.</p>
</main>
<footer><p>Lumen Path Health, PLLC &middot; Medical Director: Anjali Deshpande, MD, board-certified in psychiatry &middot; Clinical services are provided by licensed clinicians in the states listed on our <a href="/licensure">licensure page</a>.</p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Nondiscrimination notice</a></footer>
""", noise="cookie")

p("h10216", "https://brightwaterpsych.example/blog/why-we-say-no", "telehealth", False, "en",
  "telehealth-blog-why-we-decline-describes-sellers", "Why we say no to about one in five people who apply | Brightwater Virtual Psychiatry", """
<header>
<a class="logo" href="/">Brightwater <span>Virtual Psychiatry</span></a>
<nav><a href="/services">Services</a> <a href="/ketamine-program">At-home ketamine program</a> <a href="/team">Our team</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a class="btn" href="/book">Book an evaluation</a></nav>
</header>
<main>
<article>
<p class="meta">Blog &middot; By Dr. Samuel Oyelaran, MD, Medical Director &middot; 11 min read</p>
<h1>Why we say no to about one in five people who apply</h1>
<p>Every week, somebody who has been turned down by our program writes to ask why. Some of the messages are angry, and I understand why. You took a day off work, you filled out the forms, you sat through a video evaluation that asked uncomfortable questions, and at the end you were told that at-home ketamine is not the right treatment for you. From the outside, that can feel arbitrary. I want to explain how we make that decision, because I think people deserve to understand it.</p>

<h2>What we're actually deciding</h2>
<p>When you meet one of our psychiatrists or psychiatric nurse practitioners, the question isn't simply "Would ketamine help this person?" It's a cluster of questions. Is ketamine likely to help, compared with other options you haven't tried? Can it be done safely at home, with the supports you have? Is there anything in your medical history that makes the risks clearly outweigh the benefits? And is the home setting the right one, or would you be better served by an infusion clinic, a certified nasal spray center or a different treatment entirely?</p>
<p>Saying no to at-home ketamine is almost never saying no to treatment. About half of the people we decline for the home program we refer to an in-person ketamine or esketamine provider. The rest we help with a medication change, a referral for TMS, a therapy referral or, occasionally, an urgent referral to crisis services.</p>

<h2>What the evaluation looks like from our side</h2>
<p>People are sometimes surprised by how long the evaluation takes and how personal it gets. We ask about childhood, about past hospital stays, about alcohol and cannabis, about whether anyone in your family has had bipolar disorder or psychosis. We ask about your sleep, about your relationships and about who would be in the room with you. We check your state's prescription-monitoring database and, with your permission, talk to your therapist or primary care doctor. None of that is box-ticking. Each answer changes the risk picture, and our clinicians would rather spend an extra fifteen minutes than prescribe something to a person they don't really understand yet.</p>

<h2>The most common reasons</h2>
<p><b>Blood pressure.</b> Ketamine raises blood pressure temporarily. For most people that's fine. For people with poorly controlled hypertension or certain heart conditions, a session at home without medical monitoring is not a risk we're willing to take. Often the answer is "not yet": get your pressure under control with your primary care doctor and come back.</p>
<p><b>Psychosis or mania in the past.</b> Ketamine can trigger psychotic symptoms in people who are vulnerable. We look carefully at any history of psychosis, bipolar disorder with psychotic features, or unexplained episodes that sound like it.</p>
<p><b>Substance use.</b> This is the one people push back on most. We don't automatically exclude people with a history of substance use, and many of our patients have one. But an active, untreated substance use disorder, and in particular any history of problematic ketamine or other dissociative use, means home dosing is not safe. In-person settings can manage that risk better.</p>
<p><b>No safe setting.</b> At-home treatment requires a private space and another adult present during sessions, at least at first. People in crowded shared housing, in unsafe relationships or without anyone they can ask are often better served in a clinic.</p>
<p><b>Current high suicide risk.</b> If someone is in acute danger, they need more than a home program can provide. We act quickly in those cases.</p>

<h2>"But I found a site that will just send it to me"</h2>
<p>This comes up a lot, and it's the part of this post I most want people to read. After being declined, some people go looking elsewhere, and they find it easily. There is a whole economy of websites and social media accounts that sell ketamine with no meaningful evaluation. Some look like clinics, with stock photos of smiling physicians and words like "board-certified" in the footer. Others are more open about it: a Telegram or WhatsApp number, a price list by the gram, "discreet shipping", payment in Bitcoin or gift cards, sometimes a line that says "no prescription needed".</p>
<p>Patients have shown me screenshots. One site asked a five-minute questionnaire and told the patient they were "approved" before they'd even finished reading the results page. Another promised "pharma-grade esketamine spray" at a price that was a fraction of the real product's cost, which tells you something about what was in it. A third wanted payment by gift card "for privacy". None of these involve a clinician who is licensed in your state, has seen you on video, knows your history, or is accountable to a medical board if something goes wrong.</p>
<p>I'm not writing this to scare anyone. I'm writing it because the people most likely to end up on those sites are the people we just turned down for good medical reasons, and they are often the people at highest risk. If you've been declined by us or by anyone else, please ask us what the alternative is. There almost always is one.</p>

<h2>What happens if you're accepted</h2>
<p>For people who are a good fit, the program is straightforward. After your evaluation, your prescriber writes a prescription for a limited number of doses, which is filled by a licensed partner pharmacy and shipped to your home with a signature required. A guide joins your first session by video. You log your blood pressure before every session in our app. Your prescriber sees you again after two sessions and regularly after that, and refills require a check-in. It costs $325 a month after the initial evaluation, and we're transparent about what insurance will and won't reimburse.</p>
<p>None of this is especially exciting. It's meant to be the boring, careful version of a treatment that can be powerful.</p>

<h2>Can you appeal?</h2>
<p>Yes. If you think we got something wrong, you can ask for a second review by a different clinician. Sometimes new information changes the decision: a blood pressure reading from your doctor, records showing a diagnosis was revised, a family member who can be present. Sometimes it doesn't. Either way, you'll get a written explanation and a concrete suggestion for what to do next.</p>

<h2>A note about fairness</h2>
<p>I know that access to mental health care in this country is unequal, and that ketamine programs, including ours, are mostly paid for out of pocket. I don't think it's fair that the people with the fewest options are also the ones most exposed to unsafe sellers. We offer a limited number of sliding-scale places each month and we're working with two community health centers on a pilot that would bring in-person ketamine to patients on Medicaid. It's not enough. But it's a start, and it's the kind of work I'd rather talk about than ads for "ketamine without the gatekeeping".</p>

<h2>If you're struggling right now</h2>
<p>If you're thinking about ending your life, please call or text 988 or go to your nearest emergency department. You don't need to wait for an appointment or a program to get help.</p>
<p class="signature">&mdash; Samuel Oyelaran, MD<br>Medical Director, Brightwater Virtual Psychiatry</p>
</article>
</main>
<aside><h4>More from the blog</h4><a href="/blog/what-an-evaluation-looks-like">What a Brightwater evaluation looks like</a><a href="/blog/sitter-guide">A guide for sitters</a><a href="/blog/esketamine-vs-ketamine">Esketamine vs. ketamine: which is right for you?</a></aside>
<footer><p>Brightwater Virtual Psychiatry, P.C. &middot; Licensed in CA, CO, FL, IL, MA, MN, NY, OR, TX, WA &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></footer>
""", noise="cookie")

p("h10217", "https://tidewellmind.example/membership", "telehealth", False, "en",
  "telehealth-membership-pricing-page-checkout-shipping", "Membership & Pricing | Tidewell Mind", """
<header>
<a class="logo" href="/">Tidewell<span>Mind</span></a>
<nav><a href="/treatment">Treatment</a> <a href="/membership" class="active">Membership</a> <a href="/providers">Providers</a> <a href="/research">Research</a> <a href="/help">Help center</a> <a href="/signin">Sign in</a></nav>
</header>
<main>
<section class="hero">
<h1>One membership. Real clinicians. No surprises.</h1>
<p>Tidewell Mind is a virtual mental health practice offering ketamine-assisted treatment at home for adults with depression and anxiety, alongside medication management and therapy. Here's exactly what you pay for, what it includes and what it doesn't.</p>
</section>

<section class="plans">
<h2>Plans</h2>
<div class="plan">
<h3>Consultation</h3>
<p class="price">$199 one-time</p>
<ul>
<li>60-minute video evaluation with a board-certified psychiatrist or psychiatric NP</li>
<li>Review of your medical records and previous treatments</li>
<li>Written care plan, whether or not ketamine is recommended</li>
<li>Referral help if another treatment is a better fit</li>
</ul>
</div>
<div class="plan featured">
<h3>Ketamine Care</h3>
<p class="price">$349 / month</p>
<ul>
<li>Prescription medication, if clinically appropriate, filled by a licensed partner pharmacy</li>
<li>Provider follow-ups by video (every 2&ndash;4 weeks during the first 3 months)</li>
<li>First session guided live by a Tidewell facilitator</li>
<li>Weekly integration group and two 1:1 integration sessions per month</li>
<li>Bluetooth blood pressure cuff (yours to keep)</li>
<li>Secure messaging with your care team</li>
</ul>
</div>
<div class="plan">
<h3>Maintenance</h3>
<p class="price">$219 / month</p>
<ul>
<li>For members who have completed at least 3 months of Ketamine Care</li>
<li>Provider follow-ups every 6&ndash;8 weeks</li>
<li>Medication for up to 2 sessions per month, if prescribed</li>
<li>Monthly integration group</li>
</ul>
</div>
<a class="btn" href="/checkout?plan=consultation">Start with a consultation</a>
</section>

<section class="how">
<h2>How membership works</h2>
<p>Everyone starts with the consultation. You can't buy a Ketamine Care membership directly; it becomes available in your account only after your clinician has evaluated you and decided that ketamine is an appropriate option. If they decide it isn't, you keep your written care plan and you're never charged anything else.</p>
<p>If your clinician recommends ketamine, you'll see the Ketamine Care plan in your account. When you check out, your first month is billed and your prescriber sends the prescription to our partner pharmacy. Your membership renews monthly on the same date. Your clinician reviews your progress and your questionnaire scores before each monthly prescription; renewal of the membership doesn't mean renewal of the prescription if it's no longer safe or helpful.</p>
<p>Membership isn't a subscription to medication. It's a subscription to care, and medication is one part of it when your clinician thinks it should be.</p>
</section>

<section class="included">
<h2>What's included, in detail</h2>
<h3>Your providers</h3>
<p>Every Tidewell member has a named prescribing clinician who is licensed in their state. Our clinical team includes 14 psychiatrists and 22 psychiatric nurse practitioners, overseen by our Chief Medical Officer, Dr. Helena Vasquez-Orr. You can see each provider's licenses and board certification on our <a href="/providers">Providers</a> page. You'll see the same prescriber for follow-ups whenever possible.</p>
<h3>Your medication</h3>
<p>Tidewell prescribes racemic ketamine as sublingual tablets. We work with three licensed pharmacies, each registered with the DEA and licensed in the states they ship to. The pharmacy confirms your identity and address before it ships, sends medication via overnight or 2-day delivery with an adult signature required, and includes a printed medication guide. The cost of the medication is included in your membership; you won't get a separate bill from the pharmacy.</p>
<h3>Your facilitator and integration</h3>
<p>Your first session is guided live on video by a trained facilitator, who checks your setting, your sitter and your blood pressure before you begin and stays on the call until the acute effects have passed. After that, weekly groups and 1:1 integration sessions help you make sense of what comes up.</p>
<h3>Your equipment</h3>
<p>New members receive a Bluetooth blood pressure cuff that syncs with the Tidewell app, a sleep mask and a printed session guide. These ship separately from your medication in a standard box.</p>
</section>

<section class="payment">
<h2>Payment</h2>
<p>We accept Visa, Mastercard, American Express, Discover and HSA/FSA debit cards. Payments are processed by a PCI-compliant payment processor; we never store your full card number. We don't accept cash, checks, wire transfers, cryptocurrency or gift cards, and no one from Tidewell will ever ask you to pay by text, WhatsApp or Telegram. If someone claiming to be from Tidewell does, please report it to <a href="mailto:security@tidewellmind.example">security@tidewellmind.example</a>.</p>
<h3>Insurance</h3>
<p>Tidewell is out-of-network with all insurers. Ketamine for depression and anxiety is off-label, so most plans won't reimburse the medication, but many members get part of the clinician visits reimbursed as out-of-network behavioral health. Download a superbill from your account each month and submit it to your insurer. Results vary widely by plan.</p>
<h3>Financial assistance</h3>
<p>We reserve a number of reduced-fee memberships every month for members with household income below 250% of the federal poverty level. Apply from your account after your consultation; decisions take about five business days.</p>
</section>

<section class="shipping">
<h2>Shipping and where we operate</h2>
<p>Tidewell currently serves adults in 24 states. Medication can only be shipped to your home address in a state where your prescriber is licensed and where you were physically located during your evaluation. We don't ship to PO boxes, businesses, hotels or addresses outside the US. If you travel, plan ahead: you cannot have medication forwarded to you, and you should not carry it across state lines without checking with your clinician.</p>
<p>Shipments are discreet. The outer box shows only the pharmacy's name and return address. If nobody is available to sign, the carrier will leave a notice and try again the next business day; after three attempts, the package goes back to the pharmacy and we'll reach out to rearrange delivery.</p>
</section>

<section class="cancel">
<h2>Pausing and cancelling</h2>
<p>You can pause your membership for up to two months or cancel at any time from the Account page. Cancellations take effect at the end of your current billing period. If your clinician stops prescribing ketamine for medical reasons, we'll switch you to a lower-cost medication management plan or help you transition to other care, and we'll refund any unused portion of the month.</p>
<p>Any unused medication should be returned to a pharmacy take-back location or disposed of with the prepaid disposal pouch we include in every shipment. Please never give or sell your medication to anyone else.</p>
</section>

<section class="compare">
<h2>How we compare</h2>
<p>An IV ketamine series at an infusion clinic typically costs $2,400 to $4,800 for six infusions, often without ongoing follow-up included. Esketamine nasal spray at a certified center is usually covered by insurance but requires twice-weekly in-person visits at the start. At-home treatment with Tidewell is less expensive, more flexible and includes ongoing clinical follow-up, but it's also less intensively monitored, which is why we screen carefully and why it isn't right for everyone. Your clinician will talk through these options with you honestly.</p>
</section>

<section class="note">
<h2>A note from our Chief Medical Officer</h2>
<p>"When we designed Tidewell's pricing, we wanted it to be boring. No 'limited-time' discounts, no bundles of twelve sessions you have to commit to up front, no pressure to upgrade. Ketamine can be a useful treatment for the right person and a risky one for the wrong person, and the only way to tell the difference is to take the time to evaluate people properly and to keep seeing them. Everything in the membership is built around that. If you ever feel that we're selling you something rather than treating you, I want to hear about it." &mdash; Helena Vasquez-Orr, MD</p>
</section>

<section class="faq">
<h2>Membership FAQ</h2>
<h3>Can I buy medication without a membership?</h3>
<p>No. We only prescribe as part of ongoing care with a clinician who knows you.</p>
<h3>What happens if I miss a follow-up?</h3>
<p>We'll reschedule. If you miss a required follow-up, your next prescription will wait until you've been seen.</p>
<h3>Do you offer refunds?</h3>
<p>The consultation fee is refundable if you cancel at least 24 hours before your appointment. Monthly membership fees are refundable on a prorated basis if we end treatment for medical reasons.</p>
<h3>Is there a contract?</h3>
<p>No contract. Month to month, cancel anytime.</p>
</section>
</main>
<footer><p>Tidewell Mind Medical Group, P.A. &middot; Clinical services provided by licensed clinicians. Tidewell does not provide emergency care. If you are in crisis, call or text 988.</p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms of membership</a> &middot; <a href="/licenses">State licenses</a></footer>
""", noise="cookie")

p("h10218", "https://northstarmindcare.example/treatments/esketamine-pathway", "telehealth", False, "en",
  "virtual-psychiatry-esketamine-referral-explainer", "The Esketamine Pathway: how we get you from first visit to treatment | Northstar MindCare", """
<header>
<a class="logo" href="/">Northstar MindCare</a>
<nav><a href="/conditions">Conditions</a> <a href="/treatments">Treatments</a> <a href="/insurance">Insurance</a> <a href="/clinicians">Clinicians</a> <a href="/locations">Partner sites</a> <a class="btn" href="/appointments">Request an appointment</a></nav>
</header>
<main>
<article>
<h1>The Esketamine Pathway</h1>
<p class="lede">Northstar MindCare is an online psychiatry practice. We can't hand you a nasal spray through a screen, and no one legitimately can. What we can do is shorten the long, confusing road between "my doctor mentioned esketamine" and your first treatment session. Here's how.</p>

<h2>Why esketamine is different</h2>
<p>Esketamine nasal spray is approved for adults with treatment-resistant depression and for depressive symptoms in adults with acute suicidal ideation or behavior, always together with an oral antidepressant. Because it can cause sedation, dissociation and increases in blood pressure, it is distributed only through a restricted program. Every dose must be self-administered under the direct observation of a healthcare provider at a certified treatment center, and patients must be monitored for at least two hours afterwards. It is never dispensed to patients to take home.</p>
<p>That means there are three things you need: a prescriber who believes esketamine is appropriate, insurance approval (or the means to pay), and a certified center within reach that has appointments. For many people, each of those is a wall. We handle the first two in full and coordinate the third.</p>

<h2>Step 1: Psychiatric evaluation by video</h2>
<p>Your first appointment is a 60-minute video evaluation with one of our board-certified psychiatrists or psychiatric nurse practitioners. We'll take a detailed history, including every antidepressant you've tried, at what dose and for how long. This matters: insurers usually require documentation that at least two antidepressants were tried at an adequate dose and duration in the current episode. Many people have actually tried enough but their records don't show it clearly. Part of our job is to assemble that history properly.</p>
<p>We'll also screen for conditions that would make esketamine unsafe or less suitable, such as uncontrolled hypertension, a history of aneurysm, recent stroke or heart attack, psychotic disorders, or active substance use disorder. If esketamine isn't right for you, we'll talk through alternatives: medication changes, augmentation strategies, TMS, ECT or IV ketamine, and therapy.</p>

<h2>Step 2: Optimizing your current treatment</h2>
<p>Esketamine is used together with an oral antidepressant. If you're not currently on one, or your current medication isn't at an adequate dose, your Northstar clinician will start or adjust it. We prescribe oral antidepressants electronically to your local pharmacy, just like any psychiatric practice, and follow you closely by video while you wait for esketamine to be arranged.</p>

<h2>Step 3: Prior authorization</h2>
<p>Our authorization team prepares and submits the prior authorization request to your insurer, with a letter of medical necessity from your clinician and a documented treatment history. For most commercial plans a decision comes within 5 to 15 business days. If the request is denied, we file the appeal. Our approval rate on first submission is about 70%, and around 85% after appeal.</p>
<p>Typical costs once approved: many commercial plans cover esketamine under the medical benefit, with a copay or coinsurance per session. The manufacturer's savings program can reduce out-of-pocket costs for the medication for eligible commercially insured patients, though not for the observation visit. Medicare covers esketamine under Part B when criteria are met. Medicaid coverage varies by state. Without insurance, the medication alone can cost several hundred dollars per session, plus the center's fees.</p>

<h2>Step 4: Matching you with a certified treatment center</h2>
<p>We partner with 140 certified treatment centers across the states where we practice. Once your authorization is approved, we send a referral with your records to a partner center near you, or to a center you choose. The center contacts you within a few days to schedule your first session. Our referral coordinators track every referral until your first session is booked, and they'll call the center on your behalf if things stall.</p>
<p>Your treatment sessions happen in person at the center. You'll administer the nasal spray yourself under observation, then rest in a monitored room for at least two hours. You'll need a ride home, because you can't drive until the next day after a good night's sleep.</p>

<h2>Step 5: Coordinated follow-up</h2>
<p>While you're in treatment, your Northstar clinician stays your psychiatrist. Partner centers share session notes and blood pressure readings with us, and we see you by video every two to four weeks to review progress, adjust your antidepressant and decide with you when to move from twice-weekly to weekly or every-other-week sessions. If esketamine isn't working after the induction phase, we'll discuss next steps.</p>

<h2>Preparing for your first session</h2>
<p>Your partner center will give you its own instructions, but most ask you to avoid food for two hours and liquids for thirty minutes before the session, to bring headphones and something warm to wear, and to arrange a ride home well in advance. Some people like to bring a short playlist or a notebook. Plan to be at the center for about three hours the first time, and keep the rest of the day free. If you use a nasal decongestant or a nasal corticosteroid, tell the center, because the timing matters.</p>

<h2>A word of caution about online "esketamine"</h2>
<p>We regularly hear from patients who, frustrated by wait times, were offered "esketamine spray" online: on websites that say no prescription is needed, in social media ads, or by someone on a messaging app who asks for payment in crypto. Genuine esketamine isn't sold to patients anywhere, so anything offered that way is either diverted, counterfeit or something else entirely. Please don't use it. If waiting is becoming unbearable, tell us; we can often speed things up or find an interim option, and if you're in crisis we'll help you get urgent care.</p>

<h2>What it costs to work with us</h2>
<p>Northstar MindCare is in-network with most major commercial plans in the states where we practice, as well as Medicare. Your usual specialist copay applies to our video visits. The prior authorization work and referral coordination are included at no additional charge. If you're paying out of pocket, the initial evaluation is $295 and follow-ups are $145.</p>

<h2>Frequently asked questions</h2>
<h3>Can you prescribe the spray to my local pharmacy?</h3>
<p>No. Esketamine isn't dispensed by retail pharmacies to patients. It's shipped only to certified centers, where it's given under observation.</p>
<h3>Can I do my sessions at home with a video call?</h3>
<p>No. Observation must be in person at a certified center. This is a legal requirement, not a Northstar policy.</p>
<h3>How long does the whole pathway take?</h3>
<p>From first video visit to first session, our median is five weeks. The biggest variable is insurance. Some people start in two weeks; others take three months.</p>
<h3>What if there's no certified center near me?</h3>
<p>We'll look at the nearest options with you, including centers that offer evening or weekend sessions, and talk through alternatives like TMS, which is more widely available in some rural areas.</p>
<h3>I'm already seeing a psychiatrist. Can you help?</h3>
<p>Yes. We offer a one-time consultation for patients who want a second opinion or help with the esketamine process, and we'll send our recommendations back to your current psychiatrist.</p>
</article>
</main>
<footer><p>Northstar MindCare, P.C. &middot; Telepsychiatry services in AZ, GA, MI, NC, NJ, OH, PA, TN, VA. Northstar does not administer esketamine; treatment sessions take place at independent certified treatment centers.</p><a href="/privacy">Privacy</a> &middot; <a href="/notice-of-privacy-practices">Notice of privacy practices</a></footer>
""", noise="cookie")

p("h10219", "https://evenkeelhealth.example/help/shipping-and-pharmacy", "telehealth", False, "en",
  "telehealth-help-center-shipping-pharmacy-policy", "Shipping, pharmacy & delivery policy | Even Keel Health Help Center", """
<header>
<a class="logo" href="/">Even Keel Health</a>
<nav><a href="/program">Our program</a> <a href="/team">Clinical team</a> <a href="/pricing">Pricing</a> <a href="/help">Help center</a> <a href="/portal">Patient portal</a></nav>
</header>
<main>
<p class="crumbs"><a href="/help">Help center</a> &rsaquo; <a href="/help/medication">Medication &amp; pharmacy</a> &rsaquo; Shipping, pharmacy &amp; delivery policy</p>
<h1>Shipping, pharmacy &amp; delivery policy</h1>
<p class="updated">Last updated: September 30, 2026</p>

<p>This article explains how medication prescribed by an Even Keel clinician gets from the pharmacy to your door, what we need from you, and what happens when something goes wrong. It covers ketamine tablets prescribed as part of our at-home program as well as other medications our clinicians may prescribe, such as antidepressants or sleep medications.</p>

<h2>1. Before anything ships</h2>
<p>Medication only ships after all of the following have happened:</p>
<ol>
<li>You completed a live video evaluation with an Even Keel psychiatrist or psychiatric nurse practitioner licensed in the state where you are located.</li>
<li>Your clinician decided that the medication is appropriate and wrote a prescription, including the number of doses and any refills.</li>
<li>For ketamine: you completed your safety orientation, named a session support person, and uploaded a blood pressure reading taken within the past 14 days.</li>
<li>The pharmacy verified your identity and address and checked your state's prescription-monitoring program.</li>
</ol>
<p>If any of these steps is missing, your order will show as "On hold" in the portal with a note explaining what's needed. Our care coordinators will also reach out.</p>

<h2>2. Our pharmacy partners</h2>
<p>Even Keel does not own or operate a pharmacy. Prescriptions are sent electronically to one of our partner pharmacies:</p>
<ul>
<li><b>Cedar Hollow Pharmacy</b> (Columbus, OH) &mdash; licensed in 38 states; fills ketamine sublingual tablets and most other prescriptions.</li>
<li><b>Brightline Compounding</b> (Scottsdale, AZ) &mdash; a 503A compounding pharmacy that prepares ketamine rapid-dissolve tablets in individualized strengths.</li>
<li>Your own local pharmacy, for non-controlled medications, if you prefer.</li>
</ul>
<p>Both partner pharmacies hold DEA registrations and state pharmacy licenses for every state they ship to. You can look up their licenses on your state board of pharmacy's website; links are listed on our <a href="/licenses">licenses page</a>. If your state is not on the list, we cannot ship ketamine to you, even if you were evaluated elsewhere.</p>

<h2>3. How shipping works</h2>
<p>Once a prescription is verified, the pharmacy usually ships within two business days. Ketamine ships via UPS 2nd Day Air or FedEx Overnight, depending on your location. You'll receive a tracking number by email and in the portal.</p>
<p><b>Adult signature required.</b> All controlled-substance shipments require the signature of an adult (21+) at the delivery address, with ID. Packages cannot be left at the door, with a neighbor, at a locker or at a pickup point. If no one is home, the carrier will try again the next business day.</p>
<p><b>Discreet packaging.</b> The outer box is plain. The return address shows the pharmacy's name only; nothing on the outside mentions Even Keel, ketamine or mental health. Inside, your medication comes in a child-resistant bottle with a standard pharmacy label showing your name, your prescriber, the medication, the strength and instructions.</p>
<p><b>Temperature.</b> Ketamine tablets are stable at room temperature and don't need cold packs. In extreme heat, pharmacies may delay shipping by a day or use insulated packaging.</p>

<h2>4. Where we can and can't ship</h2>
<ul>
<li>We ship only to residential addresses in states where your prescriber and the pharmacy are licensed.</li>
<li>We can't ship to PO boxes, APO/FPO addresses, commercial mail receiving agencies, hotels, dorms or businesses.</li>
<li>We can't ship outside the United States, and we can't forward medication if you're traveling.</li>
<li>You must be physically located in the shipping state at the time of each follow-up appointment.</li>
</ul>
<p>If you move to a different state, tell us before your next refill. Depending on the state, your care may need to transfer to a clinician licensed there.</p>

<h2>5. Quantities and refills</h2>
<p>Ketamine is prescribed in small quantities, typically enough for four to six sessions. Refills are never automatic: before each refill your clinician reviews your session logs, blood pressure readings and symptom scores, and may ask for a follow-up video visit. Early refills are not possible. If tablets are lost or stolen, report it to your care team right away; a replacement is not guaranteed and in case of theft we will ask for a police report.</p>

<h2>6. Cost of shipping</h2>
<p>Standard shipping is included in your monthly program fee. Saturday delivery, where available, is $25. Rush or replacement shipments requested by you are billed at cost.</p>

<h2>7. Problems with a delivery</h2>
<h3>My package is delayed</h3>
<p>Check tracking first. Carrier delays of one or two days are common around holidays and in bad weather. If your package hasn't moved for three business days, message your care team and we'll contact the pharmacy and the carrier.</p>
<h3>My package was returned to the pharmacy</h3>
<p>After three failed delivery attempts, packages go back to the pharmacy. We'll contact you to reschedule. A second shipping fee may apply.</p>
<h3>My package arrived damaged or something is missing</h3>
<p>Don't take any medication from a damaged or tampered package. Take photos and contact us within 48 hours. The pharmacy will investigate and, where appropriate, send a replacement.</p>
<h3>I received medication I didn't expect</h3>
<p>Don't take it. Contact us right away.</p>

<h2>8. Protecting yourself from impostors</h2>
<p>We've seen websites and social media accounts that copy the look of legitimate telehealth services, including ours, and offer ketamine "without the wait". Some send a short questionnaire and tell people they're "approved" within minutes; some ask for payment by Bitcoin, Zelle or gift card; some ask people to continue the conversation on Telegram or WhatsApp and promise "stealth" shipping from overseas. None of that is how a licensed practice works.</p>
<p>A quick check: Even Keel will never ask you to pay outside the patient portal, will never message you from a personal phone number or messaging app, and will never ship medication you haven't been evaluated for by video. Your pharmacy's name and license number are printed on every label. If you're unsure whether a message is really from us, log in to the portal and check your inbox there, or call us at (833) 555-0190.</p>

<h2>8a. Why the rules are this strict</h2>
<p>Some patients ask why a legitimate practice makes delivery so much harder than an ordinary online order. The short answer is federal and state law. Ketamine is a Schedule III controlled substance. Pharmacies that ship it must verify the prescriber's DEA registration and license, confirm the patient's identity, report each fill to the state prescription-monitoring program and keep records that regulators can inspect. The signature requirement and the ban on PO boxes and forwarding come from the same rules. They add a little friction, but they also protect you: they're the reason you can be sure the tablets in the bottle are what the label says.</p>

<h2>9. Storage and disposal</h2>
<p>Store ketamine in its original container, in a locked cabinet or lockbox, out of reach of children, pets and visitors. Every first shipment includes a small lockbox. Don't share your medication with anyone; it's illegal and can be dangerous. Dispose of unused or expired tablets at a pharmacy take-back kiosk or with the prepaid drug disposal envelope included in your shipment.</p>

<h2>10. Privacy</h2>
<p>Pharmacies receive only the information they need to fill and ship your prescription. Shipping carriers see only your name and address. For more, see our <a href="/privacy">Notice of Privacy Practices</a>.</p>

<div class="helpful">Was this article helpful? <button>Yes</button> <button>No</button></div>
<div class="related"><h3>Related articles</h3><a href="/help/medication/refills">How refills work</a><a href="/help/program/blood-pressure">Why we ask for blood pressure readings</a><a href="/help/account/moving-states">Moving to a new state</a><a href="/help/billing/hsa-fsa">Using HSA and FSA cards</a></div>
</main>
<footer><p>Even Keel Health Medical Group &middot; Medical Director: Marcus Lindqvist, MD &middot; If you are in crisis, call or text 988.</p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10220", "https://willowtreetelepsych.example/blog/is-it-safe-to-buy-ketamine-online", "telehealth", False, "en",
  "telehealth-blog-buy-ketamine-online-safety-explainer", "Is it safe to buy ketamine online? What a legitimate provider looks like | Willowtree Telepsychiatry", """
<header>
<a class="logo" href="/">Willowtree Telepsychiatry</a>
<nav><a href="/ketamine">At-home ketamine</a> <a href="/medication-management">Medication management</a> <a href="/therapy">Therapy</a> <a href="/blog">Blog</a> <a href="/about">About</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<article>
<p class="meta">Blog &middot; Patient education &middot; Written by Rachel Tomasik, PMHNP-BC &middot; Medically reviewed by Dr. Ibrahim Haddad, MD</p>
<h1>Is it safe to buy ketamine online? What a legitimate provider looks like</h1>
<p>If you search for "buy ketamine online" today, you'll get a mix of results that would have been unthinkable ten years ago: licensed telehealth practices like ours, infusion clinics with online booking, news stories about police raids, harm-reduction pages, and websites that will sell you ketamine powder or "nasal spray" with a few clicks. For someone who's struggling and just wants relief, it can be genuinely hard to tell these apart. This post is our attempt to help.</p>
<p>Short answer: you can safely get ketamine treatment online, but only through a licensed clinician who evaluates you and a licensed pharmacy that fills a real prescription. You cannot safely "buy ketamine online" from a seller.</p>

<h2>How legitimate online ketamine treatment works</h2>
<p>Since 2020, U.S. telehealth rules have allowed licensed clinicians to prescribe certain controlled substances, including ketamine, after a video evaluation, within limits that have been extended several times. Practices like ours use these rules to treat people at home. In practice, a legitimate service will:</p>
<ul>
<li>Have you meet a named, licensed prescriber (a physician or nurse practitioner) by live video before anything is prescribed. Not a chatbot. Not a form.</li>
<li>Ask detailed questions about your mental and physical health, medications and substance use, and sometimes request records or tests.</li>
<li>Be willing to say no, and explain why.</li>
<li>Send the prescription to a licensed pharmacy, which ships to your home address in your state with tracking and a signature.</li>
<li>Require safety measures: a support person present, blood pressure checks, clear rules on driving and mixing substances.</li>
<li>Follow up with you regularly and make each refill depend on a review of how you're doing.</li>
<li>Take normal payment methods: cards, HSA/FSA, sometimes insurance for the visits.</li>
</ul>

<h2>Red flags: how sellers present themselves</h2>
<p>Sellers come in a few flavors. Some are obvious: a social media profile with a price list by the gram, a Telegram or Wickr handle and a promise of "stealth shipping". Others work hard to look like clinics. Here's what patients have shown us:</p>
<ul>
<li><b>"Approved in minutes."</b> A questionnaire that ends with instant approval and a checkout page. No live clinician.</li>
<li><b>No named prescriber,</b> or a name you can't find in any state license lookup.</li>
<li><b>Crypto, gift cards or peer-to-peer payments</b> to a personal account, often with a discount for paying that way.</li>
<li><b>"No prescription needed"</b> or "prescription included" for a product they ship from another country.</li>
<li><b>Esketamine nasal spray for home use.</b> The real product is only given in certified clinics under observation. Anything sold for home use isn't what it claims.</li>
<li><b>Bulk quantities</b> and "buy 3, get 1 free" deals. Legitimate practices limit how much is dispensed.</li>
<li><b>Reship guarantees</b> "if customs seizes your package". A licensed pharmacy doesn't ship controlled substances across borders.</li>
</ul>
<p>Any one of these should stop you. Several together tell you exactly what you're looking at.</p>

<h2>Why it matters: what's actually in the package</h2>
<p>When drug-checking services test ketamine bought from unregulated sources, they sometimes find exactly that: ketamine. Sometimes they find ketamine analogues such as 2-FDCK or deschloroketamine, which have different potencies and durations. Occasionally they find cutting agents, other drugs or nothing active at all. Counterfeit nasal sprays are a particular concern, because you can't see the concentration. Even when the substance is real, you have no dose guidance tailored to you, no screening for the conditions that make ketamine dangerous, and nobody to call if something goes wrong.</p>
<p>There's also a legal dimension. Buying a controlled substance without a prescription is illegal in the U.S. and in most other countries, and packages are sometimes seized at the border. We mention this not to moralize, but because we've seen patients end up with a customs letter on top of their depression.</p>

<h2>Checking a provider in five minutes</h2>
<p>You don't need to be an expert to verify a telehealth practice. Start by finding the name of the prescriber you'd be seeing; a real practice will tell you before you pay. Then search for that name on your state's medical board or nursing board license lookup, which is free and public. Check that the license is active and that it's in the state where you live. Next, look for the pharmacy's name on your state board of pharmacy's website. Finally, read the practice's terms: is there a physical business address, a medical director, a privacy notice that mentions HIPAA? If you can't find any of this, or the only way to reach them is through a messaging app, walk away.</p>

<h2>What if you can't afford legitimate care?</h2>
<p>This is the real reason many people look at sellers, and it's a fair problem. Ketamine treatment is mostly self-pay. A few things that can help:</p>
<ul>
<li>Ask your psychiatrist about esketamine nasal spray, which is covered by many insurance plans after prior authorization.</li>
<li>Ask telehealth providers, including us, about sliding-scale or reduced-fee slots. Our initial evaluation is $225 and the monthly program is $299, but we hold reduced-fee places every month.</li>
<li>Look for clinical trials at academic medical centers, which sometimes offer ketamine or related treatments at no cost.</li>
<li>Use an HSA or FSA if you have one.</li>
<li>Talk to your clinician about other treatments for treatment-resistant depression that insurance does cover, such as TMS.</li>
</ul>

<h2>If you've already bought from a seller</h2>
<p>We won't judge you. If you have something you bought online, please don't take it on your own. If you're going to anyway, don't do it alone, don't mix it with alcohol or other sedatives, start with a very small amount, and consider having it tested by a drug-checking service. Then come and talk to a clinician, ours or anyone else's, about safer options. Call 911 for chest pain, severe headache, confusion that doesn't clear, or trouble breathing.</p>

<h2>How Willowtree does it</h2>
<p>For transparency, here's our own process. You complete a short intake form, then meet a psychiatric nurse practitioner or psychiatrist licensed in your state for a 45 to 60 minute video evaluation. If ketamine is appropriate, your prescriber sends a prescription for a limited number of sublingual doses to one of our two partner pharmacies, which ships to your home with adult signature required. Your first session is guided by video, you log your blood pressure before every session, and you see your prescriber again after the second session and at least monthly after that. You can read every prescriber's credentials on our <a href="/about/team">team page</a>.</p>
<p>If we're not the right fit, we'll tell you and help you find care that is. That's the whole point.</p>
</article>
</main>
<aside><h4>Related reading</h4><a href="/blog/esketamine-vs-ketamine">Esketamine vs. ketamine</a><a href="/blog/choosing-a-support-person">Choosing a support person for your sessions</a><a href="/blog/what-insurance-covers">What insurance covers (and doesn't)</a></aside>
<footer><p>Willowtree Telepsychiatry, PLLC &middot; Serving adults in 19 states &middot; Not for emergencies: call or text 988.</p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h10221", "https://psychiatrie-online-praxis.example/faq-esketamin", "telehealth", False, "de",
  "online-psychiatrie-faq-videosprechstunde-ueberweisung", "FAQ: Esketamin und Ketamin über unsere Online-Praxis | Psychiatrie Online Praxis Dr. Brandauer", """
<header>
<a class="logo" href="/">Psychiatrie Online Praxis <small>Dr. med. Katrin Brandauer &amp; Kollegen</small></a>
<nav><a href="/leistungen">Leistungen</a> <a href="/videosprechstunde">Videosprechstunde</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/faq-esketamin">FAQ Esketamin</a> <a href="/kontakt">Kontakt</a> <a class="btn" href="/termin">Termin buchen</a></nav>
</header>
<main>
<h1>Häufige Fragen zu Esketamin und Ketamin</h1>
<p class="intro">Seit wir vor drei Jahren unsere Online-Praxis eröffnet haben, erreichen uns immer mehr Anfragen zu Esketamin (Nasenspray) und Ketamin bei Depressionen. Auf dieser Seite beantworten wir die häufigsten Fragen: was wir als Online-Praxis leisten können, was nicht, und wie der Weg zu einer Behandlung aussieht.</p>

<h2>Allgemeines zur Praxis</h2>
<h3>Wer sind Sie?</h3>
<p>Wir sind eine privatärztliche psychiatrische Praxis mit Sitz in Freiburg. Unsere drei Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie (Dr. med. Katrin Brandauer, Dr. med. Ole Petersen, Dr. med. Aylin Şahin) behandeln Patientinnen und Patienten aus ganz Deutschland per Videosprechstunde, ergänzt durch Präsenztermine in Freiburg. Die Behandlung erfolgt nach den Regeln der Berufsordnung, die eine ausschließliche Fernbehandlung im Einzelfall erlaubt, wenn sie ärztlich vertretbar ist.</p>
<h3>Wie läuft die Videosprechstunde ab?</h3>
<p>Sie buchen online einen Termin, erhalten einen Link zu einem zertifizierten Videodienst und sprechen dann zur vereinbarten Zeit mit einer Ärztin oder einem Arzt. Das Erstgespräch dauert 50 Minuten. Bitte halten Sie Ihre Versichertenkarte oder Ihren Personalausweis bereit, dazu Arztbriefe und eine Liste Ihrer aktuellen Medikamente.</p>

<h2>Esketamin</h2>
<h3>Können Sie mir Esketamin-Nasenspray verschreiben?</h3>
<p>Wir können die Indikation prüfen, die Behandlung empfehlen und die Unterlagen für die behandelnde Einrichtung vorbereiten. Das Nasenspray selbst wird in Deutschland aber nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet, mit anschließender Überwachung von mindestens zwei Stunden. Es wird nicht an Patientinnen und Patienten zur Anwendung zu Hause abgegeben. Eine Anwendung per Video ist deshalb nicht möglich &ndash; weder bei uns noch bei irgendeinem anderen seriösen Anbieter.</p>
<h3>Wie sieht der Weg zur Behandlung dann aus?</h3>
<p>Nach dem Erstgespräch und gegebenenfalls einem Folgetermin stellen wir fest, ob die Voraussetzungen erfüllt sind: in der Regel eine mittelgradige bis schwere Depression, bei der mindestens zwei Antidepressiva in ausreichender Dosis und Dauer nicht ausreichend gewirkt haben. Wir prüfen auch Gegenanzeigen wie schwer einstellbaren Bluthochdruck, Aneurysmen, kürzlich erlittene Herzinfarkte oder Schlaganfälle, psychotische Erkrankungen und Suchterkrankungen.</p>
<p>Wenn die Behandlung infrage kommt, überweisen wir Sie an eines unserer Partnerzentren: psychiatrische Institutsambulanzen und spezialisierte Praxen in Freiburg, Stuttgart, Karlsruhe, Frankfurt, München und Köln. Wir schicken einen ausführlichen Arztbrief mit Ihrer Vorgeschichte, damit dort keine Zeit verloren geht. Auf Wunsch begleiten wir Sie weiter psychiatrisch, zum Beispiel bei der Einstellung des oralen Antidepressivums, das parallel zum Nasenspray eingenommen wird.</p>
<h3>Wie lange dauert es bis zur ersten Anwendung?</h3>
<p>Das hängt vor allem vom Partnerzentrum ab. Derzeit liegen die Wartezeiten zwischen zwei und zehn Wochen. In akuten Krisen wenden wir uns direkt an die Klinik vor Ort.</p>
<h3>Wer bezahlt das Nasenspray?</h3>
<p>Bei gesetzlich Versicherten übernimmt die Krankenkasse die Kosten für das Medikament und die Behandlung im Zentrum, wenn die Zulassungsvoraussetzungen erfüllt sind. Private Krankenversicherungen erstatten in der Regel ebenfalls, bitte klären Sie das vorab. Unsere eigenen Leistungen rechnen wir nach der Gebührenordnung für Ärzte (GOÄ) ab, siehe unten.</p>

<h2>Ketamin</h2>
<h3>Bieten Sie Ketamin zur Einnahme zu Hause an, wie es in den USA üblich ist?</h3>
<p>Nein. Ketamin ist in Deutschland für die Behandlung von Depressionen nicht zugelassen. Es wird in einigen Kliniken und Praxen als Infusion im sogenannten Off-Label-Use eingesetzt, immer vor Ort und unter Überwachung. Eine Verordnung von Ketamin zur Einnahme zu Hause halten wir derzeit nicht für vertretbar. Auf Wunsch nennen wir Ihnen Einrichtungen, die Ketamin-Infusionen anbieten; die Kosten dafür (meist 300 bis 500 Euro pro Sitzung) werden von den Kassen üblicherweise nicht übernommen.</p>
<h3>Im Internet finde ich Angebote für Ketamin und Esketamin ohne Rezept. Was halten Sie davon?</h3>
<p>Nichts, und wir sagen das so deutlich, weil wir regelmäßig Menschen in der Sprechstunde sehen, die damit schlechte Erfahrungen gemacht haben. Solche Angebote finden sich auf Webseiten, in sozialen Netzwerken und in Telegram-Gruppen. Typisch sind Preislisten pro Gramm, Bezahlung per Bitcoin oder Gutscheinkarten und Versprechen wie „diskreter Versand aus den Niederlanden". Was tatsächlich geliefert wird, ist unklar &ndash; manchmal Ketamin, manchmal verwandte Substanzen mit anderer Wirkstärke, manchmal gar nichts. Es gibt keine ärztliche Prüfung, ob die Substanz für Sie sicher ist, und niemanden, der Sie überwacht. Außerdem machen Sie sich strafbar, wenn Sie verschreibungspflichtige Arzneimittel ohne Rezept aus dem Ausland bestellen. Wenn Sie so etwas bereits gekauft haben, sprechen Sie uns bitte an. Wir verurteilen niemanden.</p>

<h2>Vorbereitung</h2>
<h3>Was sollte ich zum Erstgespräch vorbereiten?</h3>
<p>Am hilfreichsten ist eine möglichst vollständige Liste aller Medikamente, die Sie wegen Ihrer Depression bisher eingenommen haben: Name, höchste Dosis, ungefähre Dauer und warum das Medikament abgesetzt wurde. Viele Menschen haben das nicht mehr genau im Kopf; fragen Sie gegebenenfalls Ihre Hausarztpraxis oder Ihre Apotheke nach einem Medikationsplan. Entlassungsberichte aus Kliniken, Befunde aus Psychotherapie und aktuelle Laborwerte helfen ebenfalls. Und notieren Sie sich vorab Ihre eigenen Fragen &ndash; im Gespräch vergisst man sie leicht.</p>
<h3>Muss ich für das Erstgespräch nach Freiburg kommen?</h3>
<p>Nein. Das Erstgespräch findet per Video statt. Ein Präsenztermin ist nur nötig, wenn eine körperliche Untersuchung erforderlich ist oder wenn Sie ihn ausdrücklich wünschen. Vor einer Überweisung zur Esketamin-Behandlung bitten wir Sie allerdings um einen aktuellen Blutdruckwert und gegebenenfalls ein EKG von Ihrer Hausarztpraxis.</p>

<h2>Ablauf und Kosten</h2>
<h3>Was kostet die Behandlung in Ihrer Praxis?</h3>
<p>Wir sind eine Privatpraxis. Das Erstgespräch (50 Minuten) kostet nach GOÄ in der Regel zwischen 120 und 160 Euro, Folgetermine zwischen 60 und 110 Euro, je nach Dauer und Inhalt. Privat Versicherte und Beihilfeberechtigte erhalten die Kosten in den meisten Fällen erstattet. Gesetzlich Versicherte zahlen die Rechnung selbst; einige Kassen erstatten einen Teil über das Kostenerstattungsverfahren. Sie erhalten nach jedem Termin eine Rechnung per E-Mail und bezahlen per Überweisung oder Lastschrift.</p>
<h3>Stellen Sie Rezepte aus?</h3>
<p>Ja, für Medikamente, die wir nach ärztlicher Prüfung für angemessen halten, etwa Antidepressiva. Privatrezepte und, wo möglich, E-Rezepte senden wir Ihnen elektronisch oder per Post. Betäubungsmittelrezepte stellen wir grundsätzlich nur nach persönlichem Kontakt aus.</p>
<h3>Kann ich die Praxis per WhatsApp erreichen?</h3>
<p>Nein. Aus Datenschutzgründen kommunizieren wir nur über unser Patientenportal, per E-Mail mit Verschlüsselung oder telefonisch. Wenn Sie eine Nachricht über einen Messenger erhalten, die angeblich von uns stammt, melden Sie sie uns bitte.</p>

<h2>Sicherheit</h2>
<h3>Was, wenn es mir zwischen den Terminen schlechter geht?</h3>
<p>Schreiben Sie uns über das Portal oder rufen Sie während der Sprechzeiten an. In Notfällen wenden Sie sich bitte an den Notruf 112, den ärztlichen Bereitschaftsdienst 116 117 oder die nächste psychiatrische Klinik. Die Telefonseelsorge erreichen Sie rund um die Uhr unter 0800 111 0 111.</p>
<h3>Sind Videosprechstunden genauso gut wie Präsenztermine?</h3>
<p>Für viele Fragestellungen ja. Studien zeigen, dass psychiatrische Behandlung per Video in vielen Fällen vergleichbar wirksam ist. Es gibt aber Situationen, in denen ein persönlicher Termin nötig ist, etwa für körperliche Untersuchungen oder bei akuter Gefährdung. Dann bitten wir Sie zu uns nach Freiburg oder an eine Einrichtung in Ihrer Nähe.</p>
</main>
<footer><p>Psychiatrie Online Praxis Dr. med. Katrin Brandauer &amp; Kollegen &middot; Fachärzte für Psychiatrie und Psychotherapie &middot; Zuständige Kammer: Landesärztekammer Baden-Württemberg</p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h10222", "https://serenamente-salud.example/es/programa-ketamina-en-casa", "telehealth", False, "es",
  "telesalud-eeuu-espanol-programa-ketamina-videoconsulta", "Programa de ketamina en casa | SerenaMente Salud (telemedicina en español)", """
<header>
<a class="logo" href="/es">SerenaMente Salud</a>
<nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/programa-ketamina-en-casa" class="active">Ketamina en casa</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Nuestro equipo</a> <a href="/es/preguntas">Preguntas</a> <a href="/en">English</a> <a class="btn" href="/es/empezar">Empezar</a></nav>
</header>
<main>
<section class="hero">
<h1>Tratamiento con ketamina en casa, con profesionales que hablan tu idioma</h1>
<p>SerenaMente es una práctica de psiquiatría por telemedicina para adultos en Texas, Florida, California, Arizona, Nueva York e Illinois. Todas nuestras consultas se hacen en español, con psiquiatras y enfermeras practicantes con licencia en tu estado.</p>
</section>

<section>
<h2>¿Para quién es este programa?</h2>
<p>Nuestro programa está pensado para adultos con depresión o ansiedad que ya han probado otros tratamientos, como antidepresivos o terapia, sin la mejoría que necesitan. La ketamina puede actuar en horas o días en algunas personas, pero no es para todos. Por eso cada paciente pasa por una evaluación completa antes de que se tome cualquier decisión.</p>
<p>Sabemos que para muchas familias latinas hablar de salud mental no es fácil. A veces hay vergüenza, a veces hay miedo a que los demás se enteren, a veces simplemente no hay un profesional cerca que entienda nuestra cultura. Creamos SerenaMente para cambiar eso.</p>
</section>

<section>
<h2>Cómo funciona, paso a paso</h2>
<h3>1. Formulario inicial (10 minutos)</h3>
<p>Nos cuentas cómo te has sentido, qué tratamientos has probado, qué medicamentos tomas y tu historial médico. Este formulario no es una aprobación: solo nos ayuda a preparar tu consulta.</p>
<h3>2. Videoconsulta con tu psiquiatra (50&ndash;60 minutos)</h3>
<p>Te reúnes por video con un psiquiatra o una enfermera practicante psiquiátrica con licencia en tu estado. Por ejemplo, en Texas te atenderá la Dra. Mariana Elizondo o el Dr. Tomás Guerrero; en Florida, la Dra. Beatriz Olmedo. Revisamos tu historia con calma, te explicamos los beneficios y riesgos de la ketamina y de otras opciones, y decidimos juntos. Alrededor de una de cada cuatro personas no recibe ketamina después de la evaluación, normalmente porque otra opción es más segura o más adecuada. En ese caso te ayudamos a encontrar el tratamiento correcto.</p>
<h3>3. Receta y farmacia</h3>
<p>Si tu médico considera que la ketamina es apropiada, envía la receta electrónica a una farmacia asociada con licencia en tu estado. La farmacia te llama para confirmar tu dirección y envía las tabletas sublinguales a tu casa, con número de seguimiento y firma de un adulto al recibir. Nunca enviamos medicamento sin una receta de tu médico de SerenaMente.</p>
<h3>4. Tu primera sesión, acompañada</h3>
<p>En tu primera sesión, una facilitadora bilingüe te acompaña por video todo el tiempo. Antes de empezar, revisa contigo el lugar, la persona de apoyo que estará en casa y tu presión arterial. Después de la sesión, te llamamos para ver cómo estás.</p>
<h3>5. Seguimiento e integración</h3>
<p>Ves a tu médico de nuevo después de la segunda sesión y luego cada mes. Cada reposición de medicamento la revisa tu médico según tus resultados y tus registros de presión arterial. Además, tienes grupos semanales de integración en español, donde compartir con otras personas que viven algo parecido.</p>
</section>

<section>
<h2>Precios claros</h2>
<p>La evaluación inicial cuesta $189. Si se te receta ketamina, el programa mensual cuesta $279 e incluye las consultas de seguimiento, la facilitadora de la primera sesión, los grupos de integración y el medicamento para hasta seis sesiones. Aceptamos tarjetas de crédito y débito y tarjetas HSA/FSA. No aceptamos criptomonedas, tarjetas de regalo ni pagos por Zelle a cuentas personales.</p>
<p>La mayoría de los seguros no cubren la ketamina para la depresión, pero algunos reembolsan parte de las consultas. Te damos un recibo detallado (superbill) para que lo presentes a tu seguro. Tenemos también un número limitado de lugares con tarifa reducida cada mes.</p>
</section>

<section>
<h2>Seguridad</h2>
<p>La ketamina puede causar mareo, náuseas, visión borrosa, una sensación de estar "fuera del cuerpo" y un aumento temporal de la presión arterial. Por eso pedimos que siempre haya un adulto de confianza contigo en las primeras sesiones, que midas tu presión antes de cada sesión y que no manejes ni tomes alcohol ese día. Con uso frecuente y en dosis altas puede dañar la vejiga y puede generar dependencia; vigilamos ambos riesgos.</p>
<p>No es para personas con antecedentes de psicosis, presión arterial alta no controlada, ciertas enfermedades del corazón, embarazo o lactancia, ni para quienes tienen un consumo activo de sustancias. Si estás en crisis, llama o envía un mensaje de texto al 988 (hay atención en español) o llama al 911.</p>
</section>

<section>
<h2>Cuidado con las ofertas en redes sociales</h2>
<p>En los últimos meses varios pacientes nos han enseñado anuncios en Facebook, TikTok y grupos de WhatsApp que ofrecen "ketamina para la depresión" o "esketamina en espray" sin receta, con envío desde México u otros países y pago por transferencia o en bitcoin. Algunos incluso usan fotos de médicos o nombres parecidos al nuestro. No son clínicas y nada de eso es seguro: no sabes qué contiene el producto, nadie revisa si es adecuado para ti, y comprar sustancias controladas sin receta es ilegal. SerenaMente nunca te va a contactar por WhatsApp para venderte medicamento ni te va a pedir pagos fuera de nuestro portal. Si tienes dudas sobre un mensaje, llámanos al (833) 555-0128.</p>
</section>

<section>
<h2>Preguntas frecuentes</h2>
<h3>¿Necesito papeles o número de seguro social?</h3>
<p>Necesitas una identificación con foto válida y una dirección en uno de los estados donde trabajamos. No preguntamos por tu estatus migratorio y tu información está protegida por las leyes de privacidad médica (HIPAA).</p>
<h3>¿Puedo seguir con mi antidepresivo?</h3>
<p>En la mayoría de los casos sí. Tu médico revisará todos tus medicamentos durante la evaluación.</p>
<h3>¿Mi familia tiene que saberlo?</h3>
<p>No tienes que contarle a nadie que no quieras. Sí necesitas a un adulto de confianza presente en tus primeras sesiones, pero puede ser un amigo, una pareja o un familiar, como tú prefieras.</p>
<h3>¿Qué pasa si viajo a México o a otro estado?</h3>
<p>No podemos enviar medicamento fuera de tu estado ni fuera de Estados Unidos, y no debes viajar con él sin hablarlo antes con tu médico. Planea tus sesiones para los días en que estés en casa.</p>
<h3>¿Cuánto tiempo dura el tratamiento?</h3>
<p>La fase inicial suele durar de cuatro a seis semanas. Después, tú y tu médico deciden si continuar con sesiones de mantenimiento, espaciarlas o terminar.</p>
</section>

<section>
<h2>Nuestra historia</h2>
<p>SerenaMente nació en 2022, cuando la Dra. Lucía Benavides-Hart, hija de inmigrantes de Guadalajara, se dio cuenta de que la mayoría de sus pacientes hispanohablantes en la clínica universitaria donde trabajaba esperaban meses para ver a un psiquiatra que hablara español, y muchos dejaban de buscar ayuda antes de conseguirlo. Hoy nuestro equipo incluye once psiquiatras y enfermeras practicantes, cuatro terapeutas y un grupo de facilitadoras, todos bilingües y con licencia en los estados donde atienden.</p>
</section>

<section class="testimonios">
<h2>Lo que dicen nuestros pacientes</h2>
<blockquote>"Por primera vez pude explicarle a una doctora lo que sentía sin buscar palabras en inglés. Eso ya fue medio tratamiento." &ndash; Rosa, 47, Houston</blockquote>
<blockquote>"Me dijeron que la ketamina no era para mí por mi presión, y me ayudaron a controlarla primero. Ahora sí estoy en el programa." &ndash; Alberto, 55, Miami</blockquote>
</section>
</main>
<footer><p>SerenaMente Salud, PLLC &middot; Directora médica: Dra. Lucía Benavides-Hart, MD, psiquiatra certificada &middot; Servicios clínicos prestados por profesionales con licencia en cada estado.</p><a href="/es/privacidad">Privacidad</a> &middot; <a href="/es/terminos">Términos</a></footer>
""", noise="cookie-es")

p("h10223", "https://psicoconecta.example/escetamina/como-funciona", "telehealth", False, "pt",
  "telepsiquiatria-br-escetamina-clinica-parceira-explicador", "Escetamina: como funciona o acompanhamento pela PsicoConecta | PsicoConecta Telepsiquiatria", """
<header>
<a class="logo" href="/">PsicoConecta</a>
<nav><a href="/consultas">Consultas online</a> <a href="/escetamina/como-funciona">Escetamina</a> <a href="/psiquiatras">Nossos psiquiatras</a> <a href="/clinicas-parceiras">Clínicas parceiras</a> <a href="/valores">Valores</a> <a class="btn" href="/agendar">Agendar teleconsulta</a></nav>
</header>
<main>
<article>
<h1>Escetamina: como funciona o acompanhamento pela PsicoConecta</h1>
<p class="lead">A PsicoConecta é uma plataforma de telepsiquiatria com médicos psiquiatras registrados no CRM, que atende pacientes de todo o Brasil por videochamada. Muitos dos nossos pacientes chegam com depressão resistente e perguntam sobre a escetamina. Nesta página explicamos, com transparência, o que fazemos, o que não fazemos e como é o caminho até o tratamento.</p>

<h2>Primeiro, o que não fazemos</h2>
<p>A escetamina em spray nasal precisa ser aplicada em ambiente clínico, com o paciente sob observação de um profissional de saúde por pelo menos duas horas. Ela não é dispensada para uso em casa. Por isso, nenhuma plataforma de telemedicina séria pode "enviar escetamina" para você. A PsicoConecta não vende, não envia e não aplica escetamina. O que fazemos é a avaliação psiquiátrica, a indicação, o encaminhamento a uma clínica parceira e o acompanhamento ao longo de todo o tratamento.</p>

<h2>Passo 1: teleconsulta de avaliação</h2>
<p>A primeira consulta dura cerca de 50 minutos e é feita por vídeo, em plataforma segura. O psiquiatra vai conversar sobre seus sintomas, sua história, os medicamentos que você já usou (doses, tempo de uso, efeitos colaterais), doenças clínicas, uso de álcool e outras substâncias, e sobre sua rede de apoio. Se você tiver laudos, receitas antigas ou relatórios de outros médicos, envie antes pela área do paciente; isso ajuda muito.</p>
<p>Ao final, o médico explica se a escetamina faz sentido no seu caso ou se outras opções devem vir antes, como ajuste de antidepressivo, potencialização com outros medicamentos, estimulação magnética transcraniana ou psicoterapia estruturada. Cerca de um terço das pessoas que nos procuram especificamente pela escetamina acabam começando por outro caminho.</p>

<h2>Passo 2: preparação e exames</h2>
<p>Antes do encaminhamento, pedimos alguns cuidados: medir a pressão arterial em dias diferentes, fazer eletrocardiograma quando indicado e, em alguns casos, exames de sangue. Isso pode ser feito no seu plano de saúde ou no laboratório da sua preferência. Também ajustamos, se necessário, o antidepressivo oral, que deve ser usado junto com a escetamina. A receita do antidepressivo é emitida digitalmente, com assinatura eletrônica válida, e pode ser usada em qualquer farmácia.</p>

<h2>Passo 3: encaminhamento à clínica parceira</h2>
<p>Com a indicação confirmada, encaminhamos você a uma das nossas clínicas parceiras, que têm estrutura para aplicação e observação. Atualmente temos parceiros em São Paulo, Campinas, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre, Salvador, Recife, Fortaleza, Brasília e Goiânia. Enviamos um relatório médico completo e a clínica entra em contato para agendar a primeira sessão. Se você preferir outra clínica perto de casa, também fazemos o encaminhamento.</p>
<p>Nas sessões, você mesmo aplica o spray sob supervisão da equipe, depois fica em repouso numa sala confortável, com monitorização da pressão. No início são duas sessões por semana durante quatro semanas; depois o intervalo aumenta. Você não pode dirigir no dia da aplicação, então combine alguém para levar e buscar.</p>

<h2>Passo 4: acompanhamento contínuo</h2>
<p>Durante todo o tratamento, seu psiquiatra da PsicoConecta continua sendo o seu médico de referência. A clínica compartilha conosco os registros das sessões, e você faz teleconsultas de retorno a cada duas a quatro semanas. Juntos, avaliamos a resposta, os efeitos colaterais e o momento de espaçar as sessões ou encerrar o tratamento.</p>

<h2>Um relato de paciente</h2>
<p>O Eduardo, 44 anos, engenheiro em Londrina, nos autorizou a compartilhar sua experiência. "Eu morava a três horas da clínica mais próxima que oferecia escetamina, e meu psiquiatra da cidade não trabalhava com isso. Fiz a avaliação pela PsicoConecta numa terça à noite, depois do trabalho. Duas semanas depois eu estava na clínica parceira em Curitiba. Minha irmã me levava nas sessões. O que mais me ajudou foi saber que o mesmo médico estava acompanhando tudo, que eu não ia ser jogado de um lugar para outro."</p>
<p>Ele conta que a melhora não foi imediata. "Na terceira semana percebi que estava dormindo melhor e que tinha voltado a ler. Não resolveu tudo, mas me deu fôlego para voltar para a terapia."</p>

<h2>Valores</h2>
<p>A teleconsulta de avaliação custa R$ 420 e os retornos, R$ 290. O pagamento é feito na nossa plataforma por cartão de crédito (em até 3 vezes) ou Pix, e você recebe recibo para reembolso no plano de saúde. O custo das sessões de escetamina é cobrado diretamente pela clínica parceira e inclui o medicamento e a observação. Alguns planos de saúde já cobrem o tratamento mediante relatório médico; nossa equipe prepara o relatório sem custo adicional.</p>

<h2>Cuidado com vendas pela internet</h2>
<p>Infelizmente, é cada vez mais comum encontrar perfis em redes sociais e números de WhatsApp oferecendo "escetamina spray" ou "cetamina para depressão" sem receita, com entrega pelos Correios e pagamento por Pix. Alguns pacientes chegaram até nós depois de comprar esses produtos. O que foi entregue, quando foi entregue, muitas vezes não era o que prometiam. Além de ser ilegal, usar essas substâncias sem avaliação e sem observação pode ser perigoso, especialmente para quem tem pressão alta, problemas cardíacos ou histórico de psicose. A PsicoConecta nunca oferece medicamentos por WhatsApp e nunca pede pagamento fora da nossa plataforma. Se receber uma mensagem em nosso nome fazendo isso, denuncie.</p>

<h2>Perguntas frequentes</h2>
<h3>Posso fazer a aplicação em casa, com o médico acompanhando por vídeo?</h3>
<p>Não. A observação presencial é obrigatória. Não existe alternativa segura ou legal para isso.</p>
<h3>E a cetamina na veia?</h3>
<p>Algumas clínicas oferecem infusões de cetamina para depressão, de forma off-label. Se for o caso, podemos discutir essa opção e indicar serviços que trabalham com protocolos seguros.</p>
<h3>Quanto tempo leva até a primeira sessão?</h3>
<p>Em média, de duas a quatro semanas depois da primeira teleconsulta, dependendo dos exames e da agenda da clínica.</p>
<h3>Atendem pelo SUS?</h3>
<p>Não. Somos um serviço particular. Se você depende do SUS, procure o CAPS ou a unidade básica de saúde do seu bairro; podemos orientar sobre o caminho.</p>
<h3>E se eu estiver em crise?</h3>
<p>A telepsiquiatria não é serviço de emergência. Em crise, ligue 188 (CVV), 192 (SAMU) ou procure o pronto-socorro mais próximo.</p>

<h2>Como se preparar para a teleconsulta</h2>
<p>Escolha um lugar reservado, onde você possa falar à vontade sem ser interrompido, e teste a câmera e o microfone alguns minutos antes. Tenha à mão a lista de medicamentos que já usou para depressão, com as doses e o tempo aproximado de uso; se não lembrar, peça à farmácia ou ao seu médico anterior o histórico de receitas. Anote também suas dúvidas. Muitas pessoas chegam à consulta cansadas e acabam esquecendo de perguntar o que mais as preocupava. Se quiser, um familiar pode participar de parte da conversa.</p>

<h2>Nossa equipe</h2>
<p>A direção técnica da PsicoConecta é da Dra. Helena Vasconcelos Prado (CRM-SP), psiquiatra com formação em transtornos do humor. Nosso corpo clínico reúne 27 psiquiatras em diferentes estados, todos com registro ativo no Conselho Regional de Medicina, que você pode conferir no site do CFM.</p>
</article>
</main>
<footer><p>PsicoConecta Serviços Médicos Ltda. &middot; Responsável técnica: Dra. Helena Vasconcelos Prado &middot; Telemedicina conforme a Resolução CFM vigente.</p><a href="/privacidade">Privacidade (LGPD)</a> &middot; <a href="/termos">Termos de uso</a></footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- clinics: long in-person guides with prices, deposits, messengers in passing

p("h10224", "https://harborlightinfusion.example/patient-guide/your-first-infusion", "clinic", False, "en",
  "infusion-clinic-long-first-visit-guide-deposit-whatsapp", "Your First Ketamine Infusion: The Complete Patient Guide | Harborlight Infusion Center", """
<header>
<div class="topbar">Harborlight Infusion Center &middot; 1180 Waterfront Ave, Suite 210, Portland, ME &middot; (207) 555-0163</div>
<a class="logo" href="/">Harborlight <small>Infusion Center</small></a>
<nav><a href="/treatments">Treatments</a> <a href="/patient-guide">Patient guide</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/referrals">For referring providers</a> <a class="btn" href="/book">Book a consultation</a></nav>
</header>
<main>
<article>
<h1>Your first ketamine infusion: the complete patient guide</h1>
<p class="lede">Most of the anxiety people feel before their first infusion comes from not knowing what to expect. This guide walks you through everything, from the consultation to the drive home, in the order it happens. It's long on purpose. Read it once now and again the night before.</p>

<h2>Before you book: the consultation</h2>
<p>Everyone starts with a 45-minute in-person consultation with one of our physicians, Dr. Nathaniel Breer or Dr. Yuki Ashford, both board-certified anesthesiologists, together with our psychiatric nurse practitioner, Colleen Marsh. We review your mental health history, the treatments you've tried, your medications and your medical conditions. We check your blood pressure and heart rate, and we may ask your psychiatrist or primary care doctor for records. Most of our patients are referred by a psychiatrist or therapist, but you can also refer yourself; if you do, we'll ask for permission to coordinate with whoever is already treating you.</p>
<p>If ketamine isn't a safe or sensible option for you, we'll say so at the consultation and suggest alternatives. The consultation fee ($150) is charged whether or not you go on to have infusions.</p>

<h2>Booking your series</h2>
<p>If you and the physician decide to go ahead, our front desk will schedule your initial series: six infusions over two to three weeks. We hold your appointments with a $200 deposit, which you can pay at the front desk or through the secure payment link we send by email. The deposit is applied to your last infusion. Cancellations with less than 48 hours' notice forfeit the deposit, because we reserve a room, a nurse and a physician for each infusion.</p>
<p>Many patients ask whether they can get reminders by text or WhatsApp. Yes: when you book, tell us which you prefer and we'll send appointment reminders and the pre-infusion checklist there. Please don't use WhatsApp for clinical questions or to report symptoms; call us instead, so a nurse can respond properly and it goes into your record.</p>

<h2>The day before</h2>
<ul>
<li>Arrange your ride. You can't drive for the rest of the day after an infusion, and we won't discharge you to a taxi or rideshare on your own. A friend or family member needs to collect you.</li>
<li>Check your medication list with our nurse. Most medications are fine to take as usual. Benzodiazepines and lamotrigine may reduce ketamine's effect; we'll have discussed this at your consultation. Never stop a medication on your own.</li>
<li>Get a good night's sleep if you can. Avoid alcohol for 24 hours before.</li>
<li>Think about an intention, if that helps you. Some people like to hold a question in mind; others prefer to let the experience come. Both are fine.</li>
</ul>

<h2>The morning of</h2>
<p>Don't eat for six hours before your infusion. You may drink clear liquids (water, black coffee, apple juice) until two hours before. Wear comfortable, layered clothing; people often feel cold during the infusion. Bring headphones if you'd like your own music, though we have playlists and noise-cancelling headphones in every room. Bring a snack and a drink for afterwards.</p>

<h2>When you arrive</h2>
<p>Check in at the front desk about fifteen minutes early. A nurse will take you to one of our six private infusion suites, each with a recliner, dimmable lights, a blanket and a window onto the harbor. She'll check your blood pressure, heart rate and oxygen level, ask how you've been since your last visit and have you complete a short mood questionnaire. We use these scores to track your progress across the series.</p>
<p>She'll then place a small IV cannula in your hand or arm. This is the only part most people find uncomfortable, and it takes a minute.</p>

<h2>During the infusion</h2>
<p>Your physician sets the dose based on your weight and your response at previous infusions, typically starting at 0.5 mg per kilogram over 40 minutes. Monitoring continues throughout: blood pressure every five minutes, continuous heart rhythm and oxygen saturation. A nurse is with you or just outside your door the whole time.</p>
<p>Within a few minutes, most people notice a floating, slightly drunk feeling. Sounds can seem distant or more vivid, your body may feel heavy or far away, and time can stretch or shrink. Some people see colors or images with their eyes closed. Some people feel emotional; others feel detached from their emotions. It's common to feel a bit of nausea; tell the nurse and she can give you anti-nausea medication through your IV. If at any point the experience feels too intense, tell us. We can slow the infusion or pause it.</p>
<p>What you won't experience: you won't lose consciousness, and you won't stop breathing on your own. At these doses ketamine doesn't suppress breathing the way general anesthesia does.</p>

<h2>Afterwards</h2>
<p>When the infusion ends, the effects fade over 20 to 40 minutes. You'll stay in your suite until your vital signs are back to baseline and you can walk steadily, which usually takes about half an hour. Most people feel tired, a little spacey and sometimes quite calm. Some people want to talk about what they experienced; our nurse practitioner or the on-duty nurse will sit with you if you'd like. Others prefer silence, and that's fine too.</p>
<p>Your driver collects you from the suite. For the rest of the day: no driving, no alcohol, no important decisions. Eat something light, rest and, if you can, go for a gentle walk the next morning.</p>

<h2>Between infusions</h2>
<p>Some people notice a lift in mood within a day of the first or second infusion. For others it takes four or five. Around a third of people don't respond meaningfully to the series; we'll talk honestly with you about that possibility at your mid-series check-in after infusion three.</p>
<p>We strongly encourage you to keep seeing your therapist during the series, or to book integration sessions with our nurse practitioner. The days after an infusion can be a good time to work on patterns that felt stuck.</p>
<p>A word about ketamine outside the clinic. Some of our patients have told us about friends, websites or social media accounts offering ketamine for use at home, sometimes with prices per gram, sometimes promising "no prescription" and overnight shipping. We understand why that's tempting, especially when money is tight. But please don't combine your treatment here with ketamine from any other source. It makes your infusions less safe and less effective, and we may have to pause your treatment if we find out.</p>

<h2>After the series: maintenance</h2>
<p>If the series helps, many patients return for a single "booster" infusion every three to eight weeks. There's no fixed schedule; we decide together, based on how long the benefit lasts for you. Some people stop after the series and never need another infusion.</p>

<h2>Costs</h2>
<table>
<tr><th>Service</th><th>Self-pay price</th></tr>
<tr><td>Consultation</td><td>$150</td></tr>
<tr><td>Single infusion (depression/anxiety, 40 min)</td><td>$475</td></tr>
<tr><td>Initial series of six, if paid in advance</td><td>$2,650</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
<tr><td>Pain protocol infusion (up to 4 hours)</td><td>$750</td></tr>
</table>
<p>Ketamine infusions for depression are not usually covered by insurance, but we provide itemized receipts for out-of-network claims and accept HSA and FSA cards. We also offer interest-free payment plans through our financing partner. We do not accept cash for controlled-substance treatments.</p>

<h2>Questions?</h2>
<p>Call us at (207) 555-0163, Monday to Friday, 8 am to 5 pm, or email <a href="mailto:care@harborlightinfusion.example">care@harborlightinfusion.example</a>. If you're in crisis, call or text 988 or go to the nearest emergency department.</p>
</article>
</main>
<footer><p>Harborlight Infusion Center, LLC &middot; Medical Director: Nathaniel Breer, MD &middot; Accredited outpatient facility.</p><a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a></footer>
""", noise="cookie")

p("h10225", "https://cedarvalleybehavioral.example/spravato/faq", "clinic", False, "en",
  "rems-spravato-center-long-faq-copay-warnings", "Spravato (esketamine) Treatment: Your Questions Answered | Cedar Valley Behavioral Health", """
<header>
<a class="logo" href="/">Cedar Valley Behavioral Health</a>
<nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/locations">Locations</a> <a href="/patient-portal">Patient portal</a> <a class="btn" href="/request-appointment">Request an appointment</a></nav>
</header>
<main>
<h1>Spravato&reg; (esketamine) treatment: your questions answered</h1>
<p class="intro">Cedar Valley Behavioral Health has been a certified Spravato treatment center since 2020, at our Boise and Meridian offices. We've provided more than 9,000 treatment sessions. These are the questions patients and families ask us most.</p>

<h2>About Spravato</h2>
<h3>What is Spravato?</h3>
<p>Spravato is a nasal spray containing esketamine. It's approved for adults with treatment-resistant depression, meaning depression that hasn't improved enough after trying at least two antidepressants, and for adults with major depressive disorder who have suicidal thoughts or behavior. It's used together with an oral antidepressant.</p>
<h3>How is it different from ketamine infusions?</h3>
<p>Esketamine is one of the two mirror-image forms that make up ketamine. Spravato is an FDA-approved product with a specific indication and is usually covered by insurance; IV ketamine for depression is off-label and usually self-pay. Both can work. Your psychiatrist will help you decide which is more appropriate.</p>
<h3>Why do I have to come to the clinic for a nasal spray?</h3>
<p>Because Spravato can cause sedation, dissociation and temporary increases in blood pressure, it's only available through a restricted program. Every dose must be taken at a certified treatment center, under direct observation, and you must be monitored for at least two hours afterwards. You never take Spravato home. This is a federal requirement that applies to every center in the country.</p>

<h2>Getting started</h2>
<h3>Do I need a referral?</h3>
<p>You can be referred by your psychiatrist, primary care provider or therapist, or you can call us directly. If you don't have a psychiatrist, one of our psychiatric providers will evaluate you first. If you already have one, we'll coordinate with them; many of our patients keep their own psychiatrist and come to us only for treatment sessions.</p>
<h3>What happens at the evaluation?</h3>
<p>Your provider reviews your history, previous antidepressant trials and medical conditions, checks your blood pressure and discusses risks and benefits. Spravato isn't right for people with certain blood vessel conditions (such as aneurysms), a recent stroke or heart attack, or some psychiatric conditions. We'll also ask about substance use, including any past use of ketamine.</p>
<h3>How long does insurance approval take?</h3>
<p>Our benefits team submits the prior authorization for you. Most commercial plans respond within one to three weeks. Medicare and Idaho Medicaid cover Spravato when criteria are met. We'll call you as soon as we hear back.</p>

<h2>Costs</h2>
<h3>What will I pay?</h3>
<p>It depends on your plan. Two things are billed: the medication and the treatment visit (including the observation period). Depending on your plan, the medication may be billed through your medical benefit or your pharmacy benefit. Typical patient costs range from a $30 copay per session to 20% coinsurance. Our benefits coordinator, Trish Olander, will give you an estimate before your first session.</p>
<h3>Is there financial help?</h3>
<p>Commercially insured patients may be eligible for the manufacturer's savings program, which can significantly reduce out-of-pocket costs for the medication. It doesn't cover the observation visit. Patients without insurance can ask about the manufacturer's patient assistance program. We also offer payment plans for the visit portion of your bill, which you can set up and pay through the patient portal.</p>
<h3>Why is the "cash price" I found online so different?</h3>
<p>Some patients have seen "esketamine nasal spray" advertised online for a fraction of what insurers pay, sometimes with no prescription, shipping to your home, and payment in cryptocurrency. Genuine Spravato is shipped only to certified centers and pharmacies and is never sold to patients for use at home. Anything offered that way is counterfeit, diverted or not what it claims to be. Please don't use it, and please tell us if someone has offered it to you.</p>

<h2>Treatment days</h2>
<h3>How often will I come in?</h3>
<p>During the first four weeks (induction), you'll come twice a week. In weeks five to eight, once a week. After that, once a week or every other week, depending on how you're doing.</p>
<h3>How should I prepare?</h3>
<p>Don't eat for two hours before your session and don't drink anything for 30 minutes before, to reduce nausea. If you use a nasal corticosteroid or decongestant, use it at least an hour before. Bring headphones, a blanket or sweater, and something to read for the end of the session. And arrange a ride home. You may not drive until the next day after a restful sleep.</p>
<h3>What happens during a session?</h3>
<p>A staff member checks your blood pressure. You then use the nasal spray device yourself (each device holds two sprays, one per nostril), with a five-minute rest between devices if your dose uses more than one. You'll rest in a reclining chair in a private room. Our staff check your blood pressure again at 40 minutes and as needed afterwards, and observe you for at least two hours. Before you leave, a clinician confirms you're ready to go home.</p>
<h3>What does it feel like?</h3>
<p>Many people feel disconnected from their surroundings or body for 30 to 60 minutes: sounds may seem distant, time may feel strange. Dizziness, nausea and sleepiness are common. The effects usually pass well within the two-hour observation. Some people find the experience pleasant, some find it odd, and some find it uncomfortable at first and easier over time. Our staff are there the whole time.</p>
<h3>What if I miss a session or need to reschedule?</h3>
<p>Life happens. Call us as early as you can and we'll find another slot, usually within the same week. Missing one session during induction isn't a disaster, but missing several can slow your progress, so we'll work with you on a schedule that fits around work and childcare. We have early-morning sessions at both offices and Saturday sessions in Meridian.</p>
<h3>Can my partner or friend sit with me?</h3>
<p>Yes, one adult may stay with you in the treatment room, as long as they don't disturb the observation. Many people prefer to be alone with their music.</p>

<h2>Results</h2>
<h3>How soon will I know if it works?</h3>
<p>Some people feel better within the first week. Others notice changes gradually over the induction period. We measure your symptoms at each visit and review progress with you at week four. If there's no meaningful improvement by then, we'll talk about whether to continue or switch to another approach.</p>
<h3>Can I stop whenever I want?</h3>
<p>Yes. There's no withdrawal syndrome from stopping Spravato in the way there can be with some medications. We recommend discussing it with your provider first so we can plan how to keep you well.</p>

<h2>Safety and privacy</h2>
<h3>Is Spravato addictive?</h3>
<p>Esketamine has a potential for misuse, which is one reason for the supervised program. In clinical use the risk appears low, and we monitor for any signs of it.</p>
<h3>Who sees my information?</h3>
<p>Like every certified center, we are required to enroll patients in the program's registry and report certain safety information. Your information is otherwise protected under HIPAA.</p>
<h3>Can I text the clinic?</h3>
<p>You can receive appointment reminders by text message and reply to confirm or cancel. For anything clinical, please use the patient portal or call us at (208) 555-0182.</p>

<p class="crisis">If you're having thoughts of suicide, call or text 988, or go to the nearest emergency room.</p>
</main>
<footer><p>Cedar Valley Behavioral Health &middot; Boise: 412 W Bannock St &middot; Meridian: 2970 E Fairview Ave &middot; Certified Spravato treatment center</p><a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></footer>
""", noise="cookie")

p("h10226", "https://riverbendkap.example/our-approach", "clinic", False, "en",
  "kap-practice-long-approach-page-packages-gift-cards", "Our Approach to Ketamine-Assisted Psychotherapy | Riverbend KAP Collective", """
<header>
<a class="logo" href="/">Riverbend <span>KAP Collective</span></a>
<nav><a href="/our-approach" class="active">Our approach</a> <a href="/team">Clinicians</a> <a href="/programs">Programs &amp; fees</a> <a href="/groups">Group KAP</a> <a href="/journal">Journal</a> <a href="/gift">Gift certificates</a> <a class="btn" href="/book">Book a free call</a></nav>
</header>
<main>
<article>
<h1>Our approach to ketamine-assisted psychotherapy</h1>
<p class="lede">Riverbend is a small group practice in Asheville, North Carolina, where a psychiatrist, two nurse practitioners and five licensed therapists work together in one building. We offer ketamine-assisted psychotherapy (KAP): ketamine given in our office, with a therapist in the room, inside a course of therapy that starts before the first dose and continues after the last.</p>

<h2>Why therapy and medicine together</h2>
<p>When we opened in 2021, most ketamine in our region was offered in infusion clinics, where the medicine is the main event and therapy, if any, happens elsewhere. That model helps many people. But again and again, our therapists saw clients who had felt something shift during an infusion and then, a few weeks later, felt it slip away. They'd had a glimpse of a different way of being with their pain, and no one to help them build on it.</p>
<p>KAP tries to close that gap. Ketamine can loosen habitual patterns of thought and feeling for a few hours, and for a few days afterwards the mind seems more flexible. Therapy gives that flexibility a direction. The medicine opens a door; the relationship with your therapist helps you walk through it and, just as importantly, come back and make sense of what you found.</p>

<h2>Who we work with</h2>
<p>Most of our clients are adults living with depression that hasn't responded well to other treatments, with post-traumatic stress, or with the kind of long-standing anxiety that shapes everything. Some come in grief, or in the aftermath of a divorce or a diagnosis. Many have been in therapy before, sometimes for years.</p>
<p>KAP isn't for everyone. We don't offer it to people with a history of psychosis or mania, uncontrolled high blood pressure, certain heart conditions, active substance use disorder or a history of ketamine misuse, or during pregnancy. If we think KAP isn't the right fit, we'll tell you honestly and, where we can, suggest what might be.</p>

<h2>How a course of KAP unfolds</h2>
<h3>1. A free 20-minute call</h3>
<p>You speak with our intake coordinator, Jonah, about what's bringing you here and what you're hoping for. He explains how the practice works and answers practical questions. This isn't a sales call, and if it sounds like something else would suit you better, he'll say so.</p>
<h3>2. Medical and psychiatric assessment</h3>
<p>You meet in person with Dr. Miriam Castellanos, our psychiatrist, or one of our nurse practitioners for a 60-minute assessment: mental health history, medical history, medications, substance use, blood pressure and, where needed, an ECG or labs. They decide with you whether ketamine is medically appropriate and at what dose.</p>
<h3>3. Preparation sessions</h3>
<p>Before any medicine, you have two or three 50-minute sessions with the therapist who will be with you during dosing. We talk about your history and what brings you here, agree on intentions, practice grounding techniques, and talk through what the experience might feel like. We also talk about consent and touch: whether you'd like a hand on your shoulder if things get hard, or would rather not be touched at all.</p>
<h3>4. Medicine sessions</h3>
<p>Medicine sessions take place in one of our two dosing rooms, which look more like a quiet living room than a clinic: a deep recliner, soft light, plants, a good sound system. A nurse practitioner checks your vitals and administers ketamine, usually as an intramuscular injection or a sublingual lozenge taken in the room. Your therapist stays with you throughout, and the nurse monitors your blood pressure and remains on site. The most intense effects last 45 to 75 minutes; the whole session takes about three hours. Someone needs to drive you home.</p>
<h3>5. Integration sessions</h3>
<p>Within a few days of each medicine session, you meet your therapist again to explore what came up and how it connects to your life. We think integration is where most of the lasting change happens. Typically, a course involves three to six medicine sessions, each followed by one or two integration sessions.</p>

<h2>What ketamine feels like in this setting</h2>
<p>At the doses we use, most people remain aware of where they are and of their therapist's presence, though the sense of their body and of time may change a great deal. People describe feelings of spaciousness, of watching their thoughts from a distance, of emotions arising with unusual clarity, or of vivid imagery. Difficult material can come up, and that's one reason we insist on a therapist in the room. Our job isn't to steer the experience, but to help you feel safe enough to stay with it.</p>

<h2>Group KAP</h2>
<p>For clients who've completed at least one individual course, we offer small group medicine sessions (four to six people, two therapists, a nurse practitioner) focused on specific themes, such as grief, veterans' experiences, or caregivers. Groups are less expensive and many people find the shared experience meaningful.</p>

<h2>Fees, packages and booking</h2>
<p>We list our fees openly because we think people deserve to know what they're getting into. An individual course of three medicine sessions with preparation and integration costs $2,400; the six-session course is $4,350. Individual sessions can be booked separately after your first course. You can reserve your assessment online with a $100 deposit, which is credited to your first invoice. We accept cards, HSA/FSA cards and checks; for therapy portions, we provide superbills for out-of-network reimbursement. A limited number of reduced-fee places are available each quarter.</p>
<p>People sometimes ask about buying KAP for someone else. We do sell gift certificates, but they can only be used for our free call and for assessment or therapy fees. Whether a person receives ketamine is always a clinical decision, made after an assessment. A gift certificate can't buy medicine.</p>

<h2>What we don't do</h2>
<p>We don't send ketamine home with clients, and we don't work with "at-home" protocols. We don't run retreats, ceremonies or "journeys" outside of our licensed clinical space. We don't offer ketamine to anyone we haven't assessed in person. From time to time we're contacted by people who have bought ketamine from online sellers or through Instagram or Telegram accounts, and ask if we'd "sit" with them while they take it. We can't do that. We will, however, gladly talk with anyone about safer options.</p>

<h2>Our clinicians</h2>
<p>Dr. Miriam Castellanos is a board-certified psychiatrist with fifteen years' experience in mood disorders. Our nurse practitioners, Hollis Greer and Aiyana Redcloud, are certified in psychiatric-mental health care and advanced cardiac life support. Our therapists are licensed clinical social workers, professional counselors and a psychologist, all of whom have completed specialist training in psychedelic-assisted therapy and receive ongoing clinical supervision. Meet the whole team on our <a href="/team">clinicians page</a>.</p>

<h2>Questions people ask</h2>
<h3>Will I have to stop my antidepressant?</h3>
<p>Usually not. Most antidepressants can be continued. Benzodiazepines and lamotrigine may dull ketamine's effect, so we'll discuss timing with you and your prescriber.</p>
<h3>Can my own therapist be in the room?</h3>
<p>Sometimes. If your therapist is licensed in North Carolina and has appropriate training, we can discuss co-therapy arrangements.</p>
<h3>How will I know if it's working?</h3>
<p>We measure symptoms with standard questionnaires before, during and after each course, and we'll review them with you. But many people tell us the most important changes show up in daily life first: sleep, patience, a conversation that went differently.</p>
</article>
</main>
<footer><p>Riverbend KAP Collective, PLLC &middot; 58 Haywood Rd, Asheville, NC &middot; (828) 555-0119 &middot; Medical Director: Miriam Castellanos, MD</p><a href="/privacy">Privacy</a> &middot; <a href="/good-faith-estimate">Good faith estimate</a></footer>
""", noise="cookie")

p("h10227", "https://summitpaincenter.example/services/ketamine-infusions-crps-neuropathic-pain", "clinic", False, "en",
  "pain-clinic-ketamine-crps-long-page-billing-payment", "Ketamine Infusions for CRPS and Neuropathic Pain | Summit Pain & Spine Center", """
<header>
<a class="logo" href="/">Summit Pain &amp; Spine Center</a>
<nav><a href="/services">Services</a> <a href="/conditions">Conditions</a> <a href="/physicians">Physicians</a> <a href="/new-patients">New patients</a> <a href="/billing">Billing &amp; insurance</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<h1>Ketamine infusions for CRPS and neuropathic pain</h1>
<p class="lede">For people living with complex regional pain syndrome (CRPS) and other stubborn nerve pain, ordinary painkillers often do little. At Summit Pain &amp; Spine Center in Denver, our interventional pain physicians use carefully monitored ketamine infusions as one part of a broader treatment plan. This page explains who may benefit, how treatment works, what it costs and how to get started.</p>

<h2>What is CRPS?</h2>
<p>Complex regional pain syndrome is a chronic pain condition that usually develops after an injury, surgery, fracture or sprain, often in an arm or leg. The pain is out of proportion to the original injury and may be burning, stabbing or aching. The affected limb can change color and temperature, swell, sweat abnormally, and become so sensitive that even clothing or a breeze hurts. Over time, stiffness, weakness and changes in skin, hair and nails can develop.</p>
<p>CRPS is thought to involve changes in both the peripheral and the central nervous system, including a process called central sensitization, in which the spinal cord and brain amplify pain signals. This is one reason treatments that target the central nervous system, like ketamine, have been studied.</p>

<h2>How ketamine helps with pain</h2>
<p>Ketamine blocks the NMDA receptor, which plays a key role in central sensitization and the "wind-up" of pain signals. By interrupting this process, low-dose ketamine may reset the nervous system's response to pain for weeks or months in some people. Studies in CRPS have reported meaningful reductions in pain scores after multi-day infusion protocols, although results vary and benefits tend to fade over time, so repeat treatment is often needed.</p>
<p>Ketamine infusions are also used at our center for some patients with post-herpetic neuralgia, phantom limb pain, diabetic neuropathy, fibromyalgia and chronic post-surgical pain, when other treatments have not helped.</p>

<h2>Is it right for me?</h2>
<p>Ketamine infusion therapy is usually considered after more conservative treatments, such as physical and occupational therapy, nerve pain medications, sympathetic nerve blocks and psychological pain management, have been tried. Our physicians review your records, examine you and discuss your goals before recommending it.</p>
<p>It may not be appropriate if you have uncontrolled high blood pressure, significant heart disease, increased pressure in the brain or eye, a history of psychosis, severe liver disease, active substance misuse or pregnancy.</p>

<h2>What a treatment course looks like</h2>
<p>We offer two main protocols, chosen by your physician:</p>
<p><b>Outpatient series.</b> Four-hour infusions on five consecutive weekdays, followed if helpful by single booster infusions every four to twelve weeks. Doses are adjusted daily based on response and side effects.</p>
<p><b>Short series.</b> Two- to three-hour infusions, two or three times a week for two weeks, for patients who can't attend five days in a row.</p>
<p>Every infusion takes place in our infusion suite on the second floor, in a private bay with a reclining chair. You are connected to continuous monitoring of heart rhythm, blood pressure and oxygen levels, and a registered nurse is present throughout. An anesthesiologist or pain physician is on site for every infusion. Many patients also receive a small dose of midazolam to reduce the chance of unpleasant dreams or dissociation, and anti-nausea medication as needed.</p>
<p>You'll need someone to drive you home after each session. Most patients feel drowsy for the rest of the day and are back to their normal routine the next morning.</p>

<h2>Side effects</h2>
<p>The most common effects during an infusion are a floating or dreamy feeling, dizziness, blurred or double vision, nausea and a rise in blood pressure. They usually settle within an hour of the infusion ending. Less commonly, people experience vivid dreams, anxiety, headache or temporary changes in liver tests, which we check before and after multi-day courses. With repeated high-dose use outside medical settings, ketamine can damage the bladder; this has not been a significant problem at the doses and frequencies used in our protocols, but we ask about urinary symptoms at each visit.</p>

<h2>Working alongside the rest of your treatment</h2>
<p>Ketamine is not a stand-alone cure for CRPS. The weeks after a successful infusion series are often the best window for intensive physical and occupational therapy, graded motor imagery and mirror therapy, because pain is lower and movement is easier. Our physical therapists work in the same building and can schedule sessions to start the week after your infusions. We also coordinate with your psychologist or offer referrals to pain psychologists who specialize in CRPS.</p>

<h2>Insurance, billing and payment</h2>
<p>Coverage for ketamine infusions for pain varies considerably. Some insurers cover infusions for CRPS with prior authorization; others consider them investigational. Our prior authorization team will submit the request and any appeal, and tell you what your plan will cover before you start.</p>
<p>For patients paying out of pocket, our self-pay rates are $650 for a four-hour infusion and $2,950 for a five-day outpatient series, including monitoring, medications and nursing. Booster infusions are $600. Payment is due on the day of service. We accept all major credit cards, HSA/FSA cards, checks and financing through CareCredit. A few patients have asked whether we take cryptocurrency; we don't, and we don't plan to. You can view and pay your bill online through the patient portal, and our billing office can set up monthly payment plans for balances over $500.</p>
<p>Workers' compensation patients: many CRPS cases follow a workplace injury. We work with most Colorado workers' compensation carriers and can coordinate directly with your adjuster.</p>

<h2>Getting started</h2>
<ol>
<li>Ask your physician to send a referral with your records, or call us to schedule a new-patient evaluation.</li>
<li>Meet one of our pain physicians for a full evaluation. Bring a list of your medications and previous treatments.</li>
<li>If ketamine is recommended, we'll handle prior authorization and schedule your infusions.</li>
<li>Follow up after your series to review results and plan next steps.</li>
</ol>

<h2>A note about ketamine outside a medical setting</h2>
<p>Patients with chronic pain sometimes tell us they've been offered ketamine by acquaintances or have seen it sold online. We understand the desperation that severe pain can cause. But ketamine obtained this way is of unknown strength and purity, is taken without monitoring, and can interact dangerously with opioids and other medications that many pain patients take. If you're considering it, please talk to us first; there may be options we haven't tried yet.</p>

<h2>What patients say</h2>
<blockquote>"Before the five-day series I couldn't wear a sock on my left foot. Three weeks later I was in PT doing things I hadn't done in two years. It's not gone, but it's quieter." &ndash; Dana, 39, CRPS after an ankle fracture</blockquote>
<blockquote>"The first day I felt seasick and a bit scared. The nurse slowed it down and talked me through it. By day three I was looking forward to the quiet." &ndash; Luis, 52, post-surgical nerve pain</blockquote>
<p>Individual results vary. Some patients experience little or no benefit.</p>

<h2>Our physicians</h2>
<p>Ketamine infusions at Summit are overseen by Dr. Rebecca Halvorsen, MD, double board-certified in anesthesiology and pain medicine, and Dr. Andre Whitlock, DO, a fellowship-trained interventional pain specialist. Together they have supervised more than 4,000 ketamine infusions for chronic pain.</p>
</article>
</main>
<footer><p>Summit Pain &amp; Spine Center &middot; 7600 E Orchard Rd, Suite 300, Denver, CO &middot; (303) 555-0144 &middot; Fax (303) 555-0145</p><a href="/privacy">Privacy</a> &middot; <a href="/patient-rights">Patient rights</a></footer>
""", noise="cookie")

p("h10228", "https://lakeshore-university-health.example/psychiatry/interventional-psychiatry-service", "clinic", False, "en",
  "hospital-interventional-psychiatry-dept-long-page", "Interventional Psychiatry Service | Department of Psychiatry | Lakeshore University Health", """
<header>
<a class="logo" href="/">Lakeshore University Health</a>
<nav><a href="/find-a-doctor">Find a doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients-visitors">Patients &amp; visitors</a> <a href="/research">Research</a> <a href="/mychart">MyChart</a> <a href="/giving">Giving</a></nav>
<div class="search"><input placeholder="Search Lakeshore"></div>
</header>
<nav class="dept"><a href="/psychiatry">Department of Psychiatry</a> &rsaquo; <a href="/psychiatry/clinical-services">Clinical services</a> &rsaquo; Interventional Psychiatry Service</nav>
<main>
<h1>Interventional Psychiatry Service</h1>
<p class="lede">The Interventional Psychiatry Service at Lakeshore University Health provides advanced treatments for adults with severe or treatment-resistant depression, bipolar depression, obsessive-compulsive disorder and related conditions. We are located on the fourth floor of the Behavioral Health Pavilion on the main hospital campus and treat more than 1,200 patients a year.</p>

<h2>Treatments we offer</h2>
<h3>Esketamine nasal spray</h3>
<p>We are a certified esketamine treatment center. Treatment is delivered in our monitored treatment area, with sessions twice weekly during the first month and weekly or every other week thereafter. Patients are observed by nursing staff for at least two hours after each dose.</p>
<h3>Intravenous ketamine</h3>
<p>For selected patients, our team offers IV ketamine infusions for treatment-resistant depression and acute suicidal ideation. Infusions are given in the same monitored area, with continuous cardiac monitoring and an anesthesiologist or psychiatrist available. IV ketamine for depression is an off-label use; we discuss this with every patient.</p>
<h3>Electroconvulsive therapy (ECT)</h3>
<p>ECT remains the most effective treatment for severe depression, particularly with psychotic features or catatonia. Treatments are given under general anesthesia in our dedicated ECT suite, on an inpatient or outpatient basis.</p>
<h3>Transcranial magnetic stimulation (TMS)</h3>
<p>We offer standard and accelerated TMS protocols, including intermittent theta burst stimulation, in our outpatient TMS clinic.</p>
<h3>Clinical trials</h3>
<p>Our research program, led by Dr. Priya Raman-Collins, runs trials of new rapid-acting treatments. Eligible patients may be offered participation; there's no obligation.</p>

<h2>Who we treat</h2>
<p>Our service is for adults aged 18 and over who have depression or a related condition that has not responded adequately to standard treatment, typically at least two adequate medication trials, and often psychotherapy. We also see patients with acute, severe symptoms who are referred from our inpatient units or emergency department. We do not provide ongoing general psychiatric care; patients keep their current psychiatrist or primary care provider, and we work alongside them.</p>

<h2>How to be referred</h2>
<p>We accept referrals from psychiatrists, psychiatric nurse practitioners, primary care physicians and other licensed clinicians. Referring clinicians can use the Epic referral order "Ambulatory referral to Interventional Psychiatry" or fax the referral form (available on our <a href="/psychiatry/referrals">referral page</a>) to (312) 555-0177, together with:</p>
<ul>
<li>a recent clinical note with diagnosis and current medications</li>
<li>a list of previous treatments, including medication names, doses and durations</li>
<li>any history of substance use, psychosis, seizures or cardiovascular disease</li>
<li>the patient's insurance information</li>
</ul>
<p>Patients cannot self-refer to this service, but you may call our intake line to ask questions, and we can help you talk with your clinician about a referral.</p>

<h2>What to expect</h2>
<h3>Consultation</h3>
<p>Your first appointment is a 90-minute consultation with an interventional psychiatrist, either in person or by video. We review your history in detail, discuss all appropriate options, including those not offered by our service, and agree a plan with you. We send a written summary to your referring clinician.</p>
<h3>Pre-treatment testing</h3>
<p>Depending on the treatment, you may need blood tests, an ECG or a physical examination. These can usually be done the same day on campus.</p>
<h3>Insurance authorization</h3>
<p>Our financial counselors obtain prior authorization from your insurer where required. Esketamine, ECT and TMS are covered by most commercial plans, Medicare and Illinois Medicaid when criteria are met. IV ketamine is generally not covered; self-pay pricing is discussed with you in advance (currently $520 per infusion including monitoring). Financial assistance is available for eligible patients under Lakeshore's financial assistance policy.</p>
<h3>Treatment days</h3>
<p>Check in at the fourth-floor reception of the Behavioral Health Pavilion. Bring a photo ID, your insurance card and a list of medications. For esketamine and ketamine, don't eat for two hours beforehand. You must have a responsible adult to take you home; you can't drive until the next day. Parking is available in the Pavilion garage, validated at reception. Visitors may wait in our family lounge.</p>

<h2>Safety and monitoring</h2>
<p>All ketamine and esketamine treatments are delivered in a monitored setting with trained nursing staff, emergency equipment and physician oversight. We measure blood pressure before and during treatment, assess dissociation and sedation using standardized scales, and do not discharge patients until they meet our discharge criteria. Patients complete symptom questionnaires at regular intervals so we can judge whether treatment is helping.</p>
<p>Because ketamine has a potential for misuse, we screen all patients for substance use and check the Illinois prescription-monitoring program before starting. We do not prescribe ketamine or esketamine for use at home.</p>

<h2>A note on online offers</h2>
<p>Our clinicians increasingly meet patients who have been approached by websites, social media accounts or messaging-app contacts offering ketamine or "esketamine spray" for home use, sometimes promising next-day shipping, no prescription and payment by cryptocurrency. These products are not regulated medicines and their contents are unknown. The Illinois Poison Center has reported cases of serious harm from such products. If you or someone you care for has been offered these products, please talk to your clinician, or contact our intake line.</p>

<h2>Our team</h2>
<ul>
<li>Jonathan Adeyemi-Ross, MD, Medical Director, Interventional Psychiatry</li>
<li>Priya Raman-Collins, MD, PhD, Director of Clinical Research</li>
<li>Elena Vukovic, MD, ECT Program Director</li>
<li>Marcus Delacroix, MD, TMS Program Director</li>
<li>Teresa Okafor, DNP, PMHNP-BC, Lead Nurse Practitioner</li>
<li>Nursing, anesthesia and financial counseling staff</li>
</ul>

<h2>Frequently asked questions</h2>
<h3>How long is the wait?</h3>
<p>Currently, the wait from referral to consultation is about three weeks, and from consultation to the start of esketamine about two to four weeks, mostly because of insurance authorization. Urgent referrals from our inpatient units and emergency department are seen within days.</p>
<h3>Can I continue seeing my own psychiatrist?</h3>
<p>Yes, and we encourage it. We send notes after each phase of treatment and coordinate medication changes with your psychiatrist.</p>
<h3>What if I don't respond?</h3>
<p>Not everyone does. If a treatment isn't helping after an adequate trial, we'll review the options with you, which may include switching to another treatment we offer or a clinical trial.</p>
<h3>Do you offer interpreters?</h3>
<p>Yes. Professional medical interpreters are available free of charge, in person or by video, in more than 200 languages. Please let us know when you schedule.</p>

<h2>Research and education</h2>
<p>As part of an academic medical center, our service trains psychiatry residents and fellows. You may be seen by a trainee working under the supervision of an attending psychiatrist; you can always ask to see the attending. Our team has published on ketamine's effects in suicidal depression, predictors of response to esketamine and the use of accelerated TMS in older adults.</p>

<h2>Contact</h2>
<p><b>Intake line:</b> (312) 555-0176, Monday&ndash;Friday, 8:00 am&ndash;4:30 pm<br><b>Fax:</b> (312) 555-0177<br><b>Address:</b> Behavioral Health Pavilion, 4th floor, 2200 N Lakeshore Medical Dr, Chicago, IL</p>
<p>In an emergency, call 911 or go to the nearest emergency department. For the Suicide &amp; Crisis Lifeline, call or text 988.</p>
</main>
<aside class="related"><h3>Related services</h3><a href="/psychiatry/mood-disorders-clinic">Mood Disorders Clinic</a><a href="/psychiatry/inpatient">Inpatient Psychiatry</a><a href="/psychiatry/perinatal">Perinatal Psychiatry</a><h3>Patient resources</h3><a href="/patients-visitors/billing">Billing &amp; financial assistance</a><a href="/patients-visitors/parking">Parking &amp; directions</a><a href="/patients-visitors/interpreters">Interpreter services</a></aside>
<footer><p>&copy; 2026 Lakeshore University Health &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/price-transparency">Price transparency</a> &middot; <a href="/nondiscrimination">Nondiscrimination</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
""", noise="cookie")

p("h10229", "https://clinicaalbor-madrid.example/ketamina/guia-del-paciente", "clinic", False, "es",
  "clinica-madrid-guia-paciente-ketamina-iv-whatsapp-cita", "Guía del paciente: tratamiento con ketamina intravenosa | Clínica Albor Madrid", """
<header>
<div class="franja">Clínica Albor &middot; Calle de Velázquez 86, 28006 Madrid &middot; Tel. 910 55 04 18 &middot; Citas por WhatsApp: 655 01 42 77</div>
<a class="logo" href="/">Clínica Albor <small>Psiquiatría y salud mental</small></a>
<nav><a href="/equipo">Equipo</a> <a href="/tratamientos">Tratamientos</a> <a href="/ketamina">Ketamina</a> <a href="/estimulacion-magnetica">EMT</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article>
<h1>Guía del paciente: tratamiento con ketamina intravenosa</h1>
<p class="entradilla">Esta guía está pensada para las personas que van a empezar, o están valorando empezar, un tratamiento con ketamina en nuestra clínica. Explicamos cada paso con detalle, desde la primera consulta hasta el seguimiento. Si después de leerla te queda alguna duda, llámanos o escríbenos.</p>

<h2>¿Qué es el tratamiento con ketamina?</h2>
<p>La ketamina es un fármaco anestésico que se usa en los hospitales desde hace más de cincuenta años. En dosis bajas, administrada por vía intravenosa a lo largo de unos cuarenta minutos, ha demostrado en numerosos estudios un efecto antidepresivo rápido en personas con depresión resistente, es decir, que no han mejorado lo suficiente con al menos dos antidepresivos. En España su uso para la depresión es "fuera de ficha técnica", algo habitual en medicina y perfectamente legal cuando lo indica un especialista y el paciente da su consentimiento informado.</p>
<p>En Clínica Albor aplicamos la ketamina siempre en nuestras instalaciones, con monitorización continua y bajo la supervisión de un médico. No la dispensamos para uso en casa.</p>

<h2>Paso 1: la consulta de valoración</h2>
<p>Todo empieza con una consulta presencial de unos 60 minutos con uno de nuestros psiquiatras, el Dr. Álvaro Ruiz de Olano o la Dra. Inés Carballo. Revisamos tu historia clínica, los tratamientos que has probado, tus enfermedades y la medicación que tomas. Te tomamos la tensión arterial y, si es necesario, pedimos un electrocardiograma y una analítica. Si tienes informes de otros médicos, tráelos; nos ahorran tiempo y nos ayudan a decidir mejor.</p>
<p>Al final de la consulta te diremos con sinceridad si la ketamina es una opción razonable para ti. A veces no lo es, y te propondremos alternativas: ajustar la medicación, estimulación magnética transcraneal, psicoterapia específica o derivación a otro recurso. La consulta de valoración cuesta 150 &euro;.</p>

<h2>Paso 2: reservar las sesiones</h2>
<p>Si decidimos empezar, programamos una pauta inicial de seis sesiones en tres semanas, normalmente los lunes y jueves. Puedes pedir o cambiar cita por teléfono o por WhatsApp (655 01 42 77). Por WhatsApp solo gestionamos citas y recordatorios: no respondemos consultas clínicas por esa vía, ni enviamos nunca medicación. Para reservar la pauta pedimos una señal de 100 &euro;, que se descuenta de la última sesión y que puedes abonar en recepción o por transferencia.</p>

<h2>Paso 3: el día de la sesión</h2>
<h3>Antes de venir</h3>
<ul>
<li>No comas nada en las cuatro horas previas. Puedes beber agua hasta dos horas antes.</li>
<li>Toma tu medicación habitual, salvo que te hayamos indicado otra cosa.</li>
<li>No bebas alcohol el día anterior ni el mismo día.</li>
<li>Ven acompañado o acompañada: no podrás conducir hasta el día siguiente.</li>
<li>Ropa cómoda y, si quieres, tus auriculares y una lista de música tranquila.</li>
</ul>
<h3>En la clínica</h3>
<p>Al llegar, una enfermera te acompaña a una de nuestras tres salas individuales, con sillón reclinable, luz regulable y mantas. Te toma la tensión, la frecuencia cardiaca y la saturación de oxígeno, y te pide que rellenes un breve cuestionario sobre cómo te has encontrado. Después te coloca una vía en el brazo.</p>
<p>La infusión dura unos 40 minutos. Durante ese tiempo estarás monitorizado o monitorizada de forma continua, con la enfermera presente o a pocos metros, y un médico en la clínica. La mayoría de personas nota a los pocos minutos una sensación de flotar, de estar un poco "fuera" del cuerpo, con los sonidos más lejanos o más intensos. Algunas personas ven imágenes con los ojos cerrados o reviven recuerdos. Es frecuente sentir algo de mareo o náuseas; si ocurre, avísanos y te pondremos medicación. Si en algún momento la experiencia se vuelve demasiado intensa, podemos ralentizar la infusión.</p>
<h3>Después de la sesión</h3>
<p>Al terminar, te quedarás en la sala unos 30 o 45 minutos, hasta que las constantes sean normales y puedas caminar con seguridad. Tu acompañante puede esperarte en la sala de espera. El resto del día es para descansar: nada de conducir, ni de tomar decisiones importantes, ni de alcohol.</p>

<h2>Paso 4: seguimiento</h2>
<p>Tras la tercera sesión revisamos contigo la evolución. Al terminar las seis, valoramos si ha habido respuesta y decidimos juntos los siguientes pasos: algunas personas no necesitan más sesiones, otras se benefician de sesiones de mantenimiento cada cuatro u ocho semanas. Siempre recomendamos acompañar el tratamiento con psicoterapia; si no tienes terapeuta, nuestras psicólogas pueden atenderte.</p>

<h2>Efectos secundarios y seguridad</h2>
<p>Los efectos más habituales (mareo, náuseas, visión borrosa, sensación de irrealidad, subida de la tensión arterial) aparecen durante la infusión y desaparecen en menos de una hora. Con el uso frecuente y en dosis altas fuera del ámbito médico, la ketamina puede dañar la vejiga y generar dependencia. En las dosis y frecuencias que usamos, estos riesgos son bajos, pero te preguntaremos por síntomas urinarios y por tu consumo de sustancias en cada revisión.</p>
<p>No es un tratamiento adecuado para personas con antecedentes de psicosis, hipertensión mal controlada, enfermedad cardiaca grave, embarazo o consumo activo de sustancias.</p>
<p>Un aviso que, por desgracia, cada vez es más necesario: en internet y en redes sociales circulan ofertas de "ketamina para la depresión" o "espray de esketamina" sin receta, con envío a domicilio y pago por Bizum o criptomonedas. Ninguna clínica seria vende ketamina para tomar en casa. Si te han ofrecido algo así, no lo uses y coméntalo con tu médico.</p>

<h2>Tarifas</h2>
<table>
<tr><th>Servicio</th><th>Precio</th></tr>
<tr><td>Consulta de valoración psiquiátrica</td><td>150 &euro;</td></tr>
<tr><td>Sesión de ketamina IV (incluye monitorización)</td><td>390 &euro;</td></tr>
<tr><td>Pauta inicial de 6 sesiones</td><td>2.100 &euro;</td></tr>
<tr><td>Sesión de mantenimiento</td><td>360 &euro;</td></tr>
<tr><td>Consulta de revisión</td><td>90 &euro;</td></tr>
</table>
<p>Los seguros privados no suelen cubrir la ketamina para la depresión, aunque algunos reembolsan la consulta psiquiátrica. Emitimos facturas detalladas. Aceptamos tarjeta, transferencia y pago fraccionado sin intereses para la pauta inicial.</p>

<h2>Nuestro equipo</h2>
<p>El programa de ketamina de Clínica Albor está dirigido por el Dr. Álvaro Ruiz de Olano, psiquiatra con más de veinte años de experiencia en trastornos afectivos, y la Dra. Inés Carballo, psiquiatra y anestesióloga de formación. Les acompañan dos enfermeras con experiencia en cuidados críticos, Rocío Lafuente y Marta Ibáñez, y un equipo de psicólogas sanitarias que ofrecen sesiones de integración. Todas las sesiones cuentan con un médico presente en la clínica.</p>

<h2>Preguntas frecuentes</h2>
<p><b>¿Tengo que dejar mi antidepresivo?</b> Normalmente no. La ketamina suele añadirse al tratamiento habitual.</p>
<p><b>¿Cuándo notaré el efecto?</b> Algunas personas notan mejoría tras la primera o segunda sesión; otras, más adelante. Aproximadamente un tercio no responde de forma significativa.</p>
<p><b>¿Puedo venir solo?</b> Puedes venir solo, pero necesitas que alguien te recoja. No te daremos el alta para irte en taxi sin acompañante.</p>
<p><b>¿Atendéis a pacientes de fuera de Madrid?</b> Sí. Muchos pacientes vienen de otras comunidades. Podemos concentrar las sesiones para reducir desplazamientos.</p>
</article>
</main>
<footer><p>Clínica Albor S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid (NICA 41873) &middot; Director médico: Dr. Álvaro Ruiz de Olano</p><a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h10230", "https://centrodepressioneresistente-torino.example/esketamina/percorso", "clinic", False, "it",
  "centro-depressione-resistente-esketamina-percorso-lungo", "Il percorso con esketamina | Centro per la Depressione Resistente – Torino", """
<header>
<a class="logo" href="/">Centro per la Depressione Resistente <small>Torino</small></a>
<nav><a href="/chi-siamo">Chi siamo</a> <a href="/trattamenti">Trattamenti</a> <a href="/esketamina/percorso">Esketamina</a> <a href="/tms">Stimolazione magnetica</a> <a href="/costi">Costi e convenzioni</a> <a href="/contatti">Contatti</a> <a class="btn" href="/prenota">Prenota una visita</a></nav>
</header>
<main>
<article>
<h1>Il percorso con esketamina, passo dopo passo</h1>
<p class="sommario">Il nostro Centro, nato nel 2018 all'interno di un poliambulatorio accreditato in zona Crocetta, si occupa di persone con depressione che non hanno risposto in modo sufficiente alle terapie tradizionali. Da quando l'esketamina spray nasale è disponibile in Italia abbiamo seguito oltre 400 pazienti. In questa pagina raccontiamo come funziona il percorso, cosa aspettarsi e come prepararsi.</p>

<h2>Che cos'è l'esketamina e per chi è indicata</h2>
<p>L'esketamina è una forma della ketamina, un farmaco anestetico conosciuto da decenni, che agisce sul sistema del glutammato. In forma di spray nasale è autorizzata per gli adulti con depressione resistente al trattamento, cioè quando almeno due antidepressivi diversi, assunti a dosaggio e per durata adeguati nell'episodio attuale, non hanno dato risultati sufficienti. Si usa sempre insieme a un antidepressivo per bocca.</p>
<p>Non è un farmaco da assumere a casa: ogni somministrazione avviene in una struttura sanitaria, sotto la supervisione di personale medico e infermieristico, con un periodo di osservazione successivo. È una regola stabilita a livello europeo, e la applichiamo senza eccezioni.</p>

<h2>La prima visita</h2>
<p>Il percorso inizia con una visita psichiatrica di circa un'ora con uno dei nostri specialisti: il dott. Federico Bellandi, la dott.ssa Chiara Musso o il dott. Luca Ferrero. Ripercorriamo con calma la storia della depressione, i farmaci assunti (con dosaggi e durata), le psicoterapie, le condizioni mediche e l'uso di alcol o altre sostanze. Misuriamo la pressione arteriosa e, se necessario, richiediamo un elettrocardiogramma e alcuni esami del sangue.</p>
<p>Alla fine della visita vi diremo con franchezza se l'esketamina è un'opzione sensata oppure se è meglio partire da altro: un cambio di terapia, un potenziamento con litio o altri farmaci, la stimolazione magnetica transcranica, la psicoterapia. Porti con sé, se li ha, referti, lettere di dimissione e l'elenco dei farmaci.</p>

<h2>Le controindicazioni</h2>
<p>L'esketamina non è adatta a chi ha aneurismi o malformazioni vascolari, ha avuto un ictus o un infarto recente, ha una pressione alta non controllata, ha una storia di psicosi, è in gravidanza o allattamento, o ha un disturbo da uso di sostanze attivo. In alcune di queste situazioni la controindicazione è temporanea: ad esempio, una volta controllata la pressione con il medico di famiglia, si può rivalutare.</p>

<h2>Le sedute: come si svolgono</h2>
<p>Le sedute si svolgono nelle nostre tre stanze dedicate, silenziose e con poltrone reclinabili. All'arrivo l'infermiera misura la pressione e chiede come sono andati i giorni precedenti. Poi il paziente si somministra da solo lo spray, una narice alla volta, sotto la sua guida. Se la dose prevede più dispositivi, si attendono cinque minuti tra l'uno e l'altro.</p>
<p>Nei minuti successivi molte persone avvertono una sensazione di distacco, di leggerezza o di pesantezza del corpo, suoni più lontani, un tempo che sembra scorrere diversamente. Sono frequenti anche capogiri, nausea e sonnolenza. L'infermiera ricontrolla la pressione dopo circa quaranta minuti e resta a disposizione. L'osservazione dura almeno due ore; prima di andare via il medico verifica che stiate bene.</p>
<p>Non si può guidare fino al giorno dopo, quindi è necessario organizzarsi con un accompagnatore. Vi consigliamo di non mangiare nelle due ore precedenti e di non bere nei trenta minuti prima della seduta. Portate pure cuffie e musica tranquilla, una sciarpa o un maglione.</p>

<h2>Frequenza e durata</h2>
<p>Nelle prime quattro settimane le sedute sono due a settimana. Dalla quinta all'ottava settimana, una a settimana. Poi, in base alla risposta, una a settimana o una ogni due settimane. Ogni quattro settimane facciamo il punto con una breve visita e con i questionari sui sintomi. Se dopo la fase iniziale non c'è un beneficio significativo, discutiamo insieme se proseguire o cambiare strada.</p>

<h2>Costi, convenzioni e prenotazioni</h2>
<p>Il farmaco, quando prescritto secondo le indicazioni autorizzate, può essere fornito attraverso il Servizio Sanitario Nazionale nelle strutture individuate dalla Regione; in questo caso il nostro Centro collabora con la struttura pubblica di riferimento e il paziente paga solo le eventuali prestazioni ambulatoriali. Per i pazienti che scelgono il percorso interamente privato, la prima visita costa 180 &euro;, ogni seduta di somministrazione e osservazione 120 &euro; a cui si aggiunge il costo del farmaco, e le visite di controllo 100 &euro;. Siamo convenzionati con le principali casse e assicurazioni sanitarie integrative.</p>
<p>Per prenotare si può telefonare in segreteria, dal lunedì al venerdì dalle 9 alle 18, oppure scrivere un messaggio WhatsApp al numero indicato nella pagina contatti. Via WhatsApp gestiamo solo appuntamenti e promemoria; non forniamo consulenze cliniche e non inviamo mai farmaci. Le fatture si possono saldare in sede con carta o bancomat, oppure con bonifico.</p>

<h2>Un avvertimento importante</h2>
<p>Negli ultimi mesi diversi pazienti ci hanno raccontato di aver trovato online "esketamina spray" o "ketamina per la depressione" venduta senza ricetta, con spedizione anonima e pagamento con carte prepagate o criptovalute. Vogliamo essere chiari: l'esketamina autentica non viene mai consegnata ai pazienti per l'uso domestico, e nessun centro serio la vende su internet. Questi prodotti sono di origine sconosciuta e il loro uso senza controllo può essere pericoloso. Se vi è capitato di acquistarli, parlatene con noi o con il vostro medico, senza timore di essere giudicati.</p>

<h2>Dopo l'esketamina: la psicoterapia</h2>
<p>I giorni successivi alle sedute possono essere un momento in cui è più facile lavorare in psicoterapia su schemi di pensiero e abitudini. Nel nostro Centro lavorano quattro psicoterapeute che possono affiancare il percorso, oppure possiamo coordinarci con il vostro terapeuta. Crediamo che il farmaco funzioni meglio dentro una relazione di cura.</p>

<h2>Domande frequenti</h2>
<p><b>Devo sospendere il mio antidepressivo?</b> No, l'esketamina si usa proprio in associazione a un antidepressivo orale. Eventuali aggiustamenti li valutiamo insieme.</p>
<p><b>Dà dipendenza?</b> L'esketamina ha un potenziale di abuso, ed è anche per questo che viene somministrata solo in struttura. Nell'uso controllato il rischio è basso, ma lo monitoriamo.</p>
<p><b>Posso venire da fuori Torino?</b> Sì, abbiamo pazienti da tutto il Piemonte, dalla Valle d'Aosta e dalla Liguria. Cerchiamo di organizzare gli orari tenendo conto degli spostamenti.</p>
<p><b>Quanto tempo devo prevedere per ogni seduta?</b> Circa tre ore in totale, comprese accoglienza e osservazione.</p>

<h2>La nostra équipe</h2>
<p>Oltre ai tre psichiatri, il Centro si avvale di due infermiere con esperienza in area critica, Elena Rosso e Sara Gallina, presenti durante tutte le sedute, di quattro psicoterapeute e di una segreteria che segue prenotazioni, convenzioni e pratiche con la struttura pubblica di riferimento. Ogni caso viene discusso nella riunione clinica settimanale, in cui rivediamo insieme i risultati dei questionari e le eventuali difficoltà.</p>

<h2>Come raggiungerci</h2>
<p>Il Centro si trova in Corso Galileo Ferraris, a cinque minuti a piedi dalla stazione di Porta Nuova. Per chi arriva in auto con l'accompagnatore, c'è un parcheggio convenzionato in via Legnano.</p>
</article>
</main>
<footer><p>Centro per la Depressione Resistente &middot; Poliambulatorio autorizzato &middot; Direttore sanitario: dott. Federico Bellandi &middot; Iscr. Ordine dei Medici di Torino</p><a href="/privacy">Privacy</a> &middot; <a href="/cookie">Cookie</a></footer>
""")

p("h10231", "https://ggz-lindehof.example/behandelingen/esketamine", "clinic", False, "nl",
  "ggz-kliniek-esketamine-behandeling-lange-pagina", "Behandeling met esketamine | GGZ Lindehof", """
<header>
<a class="logo" href="/">GGZ Lindehof <small>specialistische ggz</small></a>
<nav><a href="/over-ons">Over ons</a> <a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/locaties">Locaties</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<article>
<p class="kruimel"><a href="/behandelingen">Behandelingen</a> &rsaquo; <a href="/behandelingen/depressie">Depressie</a> &rsaquo; Esketamine</p>
<h1>Behandeling met esketamine bij therapieresistente depressie</h1>
<p class="intro">GGZ Lindehof is een instelling voor specialistische ggz met locaties in Zwolle en Deventer. Sinds 2021 bieden wij op onze locatie in Zwolle behandeling met esketamine-neusspray aan voor volwassenen met een depressie die onvoldoende is verbeterd na eerdere behandelingen. Op deze pagina lees je wat de behandeling inhoudt, hoe je bij ons terechtkomt en wat je kunt verwachten.</p>

<h2>Wat is esketamine?</h2>
<p>Esketamine is een van de twee spiegelbeeldvormen van ketamine, een middel dat al tientallen jaren als narcosemiddel wordt gebruikt. Als neusspray is het geregistreerd voor volwassenen met een therapieresistente depressie, in combinatie met een antidepressivum in tabletvorm. Het werkt anders dan de meeste antidepressiva: niet via serotonine, maar via het glutamaatsysteem. Bij een deel van de mensen verbetert de stemming daardoor binnen enkele dagen in plaats van weken.</p>
<p>De neusspray wordt nooit meegegeven naar huis. Je gebruikt hem altijd bij ons op de afdeling, onder toezicht van een verpleegkundige, en blijft daarna minimaal twee uur ter observatie.</p>

<h2>Voor wie is de behandeling?</h2>
<p>Esketamine kan een optie zijn als je een matige tot ernstige depressie hebt en in de huidige episode al minstens twee verschillende antidepressiva in voldoende dosering en duur hebt gebruikt zonder voldoende resultaat. Meestal heb je dan ook al psychotherapie gehad. De behandeling is niet geschikt bij onder andere een aneurysma, een recent herseninfarct of hartinfarct, slecht ingestelde hoge bloeddruk, een psychotische stoornis, actief middelengebruik of zwangerschap.</p>

<h2>Aanmelden en verwijzing</h2>
<p>Voor behandeling in de specialistische ggz heb je een verwijzing nodig van je huisarts, je psychiater of een andere medisch specialist. Ben je al in behandeling bij een andere ggz-instelling of een vrijgevestigd psychiater? Dan kan je behandelaar je voor een consult esketamine naar ons verwijzen; je blijft dan in principe bij je eigen behandelaar voor de rest van je behandeling. Verwijzers kunnen het aanmeldformulier op onze <a href="/aanmelden">aanmeldpagina</a> gebruiken of ons bellen.</p>
<p>De wachttijd voor een intake is op dit moment ongeveer zes weken. Na de intake kan de behandeling meestal binnen twee tot vier weken starten. De actuele wachttijden publiceren we maandelijks op onze website.</p>

<h2>De intake</h2>
<p>Tijdens de intake spreek je met een psychiater en een verpleegkundig specialist. We bespreken je klachten, je eerdere behandelingen, je lichamelijke gezondheid en je medicijngebruik. We meten je bloeddruk en vragen zo nodig bloedonderzoek en een hartfilmpje (ECG) aan. Samen wegen we de voor- en nadelen af en bespreken we ook andere mogelijkheden, zoals een andere medicatiestrategie, transcraniële magnetische stimulatie (TMS) of elektroconvulsietherapie (ECT). Je mag iemand meenemen naar de intake.</p>

<h2>Hoe verloopt een behandeldag?</h2>
<p>Je meldt je bij de balie van de afdeling Neuromodulatie en Esketamine op de tweede verdieping. Een verpleegkundige neemt je mee naar een rustige behandelkamer met een comfortabele stoel. Eerst wordt je bloeddruk gemeten. Daarna dien je de neusspray zelf toe, in beide neusgaten, onder begeleiding van de verpleegkundige. Bij een hogere dosis gebruik je meerdere sprays met vijf minuten ertussen.</p>
<p>Veel mensen merken binnen een paar minuten dat ze zich wat los van hun lichaam of omgeving voelen, duizelig of slaperig worden, of dingen anders horen en zien. Sommigen worden misselijk. Die effecten zijn meestal na een uur grotendeels voorbij. De verpleegkundige controleert je bloeddruk opnieuw na ongeveer veertig minuten en blijft in de buurt. Na minimaal twee uur beoordeelt een arts of verpleegkundige of je naar huis kunt.</p>
<p>Je mag op de behandeldag niet zelf rijden, ook niet fietsen in het verkeer. Regel dus iemand die je komt halen of maak gebruik van de taxiregeling via je zorgverzekeraar (zie hieronder). Eet de twee uur voor de behandeling niets en drink het laatste halfuur niets.</p>

<h2>Hoe vaak en hoe lang?</h2>
<p>In de eerste vier weken kom je twee keer per week. Daarna vier weken één keer per week. Vervolgens beslissen we samen of je doorgaat met één keer per week of één keer per twee weken. Elke vier weken evalueren we met vragenlijsten en een gesprek met je behandelaar. Als er na de eerste fase geen duidelijke verbetering is, stoppen we meestal en kijken we naar andere opties.</p>

<h2>Kosten en vergoeding</h2>
<p>Behandeling in de specialistische ggz valt onder de basisverzekering. Je betaalt wel je eigen risico, als je dat dit jaar nog niet hebt opgemaakt. De kosten van de esketamine zelf worden door het ziekenhuisbudget van onze instelling gedragen en vallen ook onder de basisverzekering. Voor vervoer naar de behandeling kun je soms een vergoeding krijgen; vraag dit na bij je zorgverzekeraar. We hebben met geen enkele zorgverzekeraar een contract dat de behandeling beperkt, dus je kunt bij ons terecht ongeacht waar je verzekerd bent.</p>
<p>Je ontvangt zelf geen rekening van ons; wij declareren rechtstreeks bij je zorgverzekeraar. Heb je vragen over een declaratie, neem dan contact op met onze afdeling Zorgadministratie.</p>

<h2>Let op: esketamine en ketamine via internet</h2>
<p>Steeds vaker horen we van cliënten dat ze via websites, Telegram-kanalen of sociale media "esketamine-neusspray" of ketamine aangeboden krijgen, zonder recept, met verzending per post en betaling via crypto of een betaalverzoek. Echte esketamine-neusspray wordt alleen aan zorginstellingen geleverd en nooit aan patiënten voor thuisgebruik. Wat er in zulke producten zit, is onbekend, en gebruik zonder toezicht kan gevaarlijk zijn, zeker in combinatie met alcohol of andere medicijnen. Heb je iets besteld of gebruikt? Bespreek het gerust met je behandelaar. We oordelen niet; we willen dat je veilig bent.</p>

<h2>Samenwerking met je eigen behandelaar</h2>
<p>Veel cliënten die voor esketamine bij ons komen, zijn al jaren in behandeling bij een psycholoog, psychiater of praktijkondersteuner. Die behandelrelatie willen we niet doorbreken. Met jouw toestemming sturen we je eigen behandelaar na de intake, na de eerste acht weken en bij het afronden een verslag. Ook je huisarts houden we op de hoogte, zodat die weet welke medicatie je gebruikt. Zo hoef je je verhaal niet steeds opnieuw te vertellen.</p>

<h2>Ervaringen</h2>
<p>"De eerste keer vond ik het eng, alsof ik in watten zat en alles ver weg was," vertelt Ilse (46), die vorig jaar bij ons werd behandeld. "Maar de verpleegkundige zat er steeds bij en zei telkens hoe lang het nog zou duren. Na een week of drie merkte ik dat ik 's ochtends weer zin had om op te staan. Mijn man zag het eerder dan ik." Niet iedereen heeft zulke ervaringen: ongeveer een derde van de mensen merkt weinig verbetering.</p>

<h2>Veelgestelde vragen</h2>
<p><b>Mag ik mijn eigen antidepressivum blijven gebruiken?</b> Ja, esketamine wordt juist gecombineerd met een antidepressivum. Soms passen we de dosering aan.</p>
<p><b>Kan ik blijven werken?</b> Op behandeldagen meestal niet, zeker niet de rest van de middag. Op andere dagen vaak wel.</p>
<p><b>Is esketamine verslavend?</b> Er is een risico op misbruik; daarom vindt de behandeling alleen onder toezicht plaats. Bij gebruik op de afdeling is dat risico klein.</p>
<p><b>Kan mijn naaste mee naar de behandeling?</b> Ja, één naaste mag in de wachtruimte of, als je dat wilt, in de behandelkamer aanwezig zijn.</p>
</article>
</main>
<footer><p>GGZ Lindehof &middot; Locatie Zwolle: Wipstrikkerallee 180 &middot; Locatie Deventer: Brinkgreverweg 62 &middot; Tel. 038 555 02 40</p><a href="/privacy">Privacy</a> &middot; <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- informational: news, judgment, guides, harm reduction, forums

p("h10232", "https://thecoastalledger.example/investigations/2026/11/ketamine-sold-like-takeout", "informational", False, "en",
  "news-investigation-online-ketamine-sellers-quotes-prices", "Ketamine, sold like takeout: inside the online market that outpaced the clinics | The Coastal Ledger", """
<header>
<a class="logo" href="/">The Coastal Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>Ketamine, sold like takeout: inside the online market that outpaced the clinics</h1>
<p class="dek">Reporters spent four months tracking websites, social media accounts and messaging channels selling ketamine and "esketamine" to people with depression. What arrived in the mail was not always what was promised.</p>
<p class="byline">By Aisha Nwankwo and Peter Lindqvist &middot; November 18, 2026 &middot; 16 min read</p>

<p>The message arrived eleven minutes after we sent the first one. "Hi dear, yes we have the spray, original, 2 devices. You need for depression?" The account on Telegram used a stock photo of a pharmacist in a white coat and a name that mimicked a well-known telehealth brand. It quoted $160 for a box of two "esketamine 28 mg" devices, $420 for three boxes, payment in USDT or Bitcoin only. No prescription. "We ship from Europe, 5-7 days, very discreet."</p>
<p>It was one of 63 online sellers that reporters from The Coastal Ledger identified between July and October. Some operated polished websites with physician stock photos and five-step "how it works" pages. Others were nothing more than an Instagram profile with a price list in the highlights and a WhatsApp number in the bio. A handful posted in online forums for people with depression, replying to desperate posts with private-message offers.</p>
<p>The market they serve has grown alongside the legitimate one. Since esketamine nasal spray was approved in 2019 and telehealth rules loosened in 2020, ketamine has moved from operating rooms and festival bathrooms into the mainstream conversation about mental health. Clinics have multiplied. So have waiting lists, insurance denials and out-of-pocket bills that can reach several thousand dollars. Into that gap has stepped a gray and black market that is, in the words of one federal investigator, "sold like takeout."</p>

<h2>"Approved in two minutes"</h2>
<p>To understand how the sellers work, reporters posed as customers on 14 of the sites and accounts and placed orders on six, with the guidance of a toxicologist and an attorney. We did not consume any of the products; all were sent for laboratory analysis.</p>
<p>The most sophisticated operations looked, at first glance, like the licensed telehealth companies they imitated. One site offered a "medical intake" of nine questions. After we answered them, including one answer indicating uncontrolled high blood pressure, a green banner announced: "Congratulations, you're approved!" The checkout page offered a card option that failed twice, then recommended paying with Apple gift cards "for faster processing." A named "medical director" did not appear in any state licensing database.</p>
<p>Others were more blunt. An Instagram account with 14,000 followers posted a price menu in its story highlights: ketamine "needles" at $60 a gram or $250 for five, a "spray kit" at $180. Ordering was via Telegram. A reply to our inquiry included a photo of a scale and the line "No script, no stress."</p>
<p>By comparison, the six licensed telehealth companies we contacted as prospective patients all required a live video appointment with a named clinician before prescribing, and two declined to prescribe after the evaluation.</p>

<h2>What the lab found</h2>
<p>Of the six orders, four arrived. Two never did; messages to the sellers went unanswered after payment.</p>
<p>Laboratory analysis, conducted by an accredited forensic laboratory in Pennsylvania, found:</p>
<ul>
<li>A crystalline powder sold as "pharma ketamine" was ketamine hydrochloride of about 88% purity.</li>
<li>A second powder, sold as ketamine, was 2-fluorodeschloroketamine (2-FDCK), a structurally related compound with a different potency and duration, and almost no human safety data.</li>
<li>Two "esketamine nasal spray" devices, sold in packaging that closely resembled the branded product, contained a ketamine solution at a concentration roughly 40% lower than the label claimed in one case and more than 60% higher in the other.</li>
</ul>
<p>"For someone with depression who thinks they're using a medication that's been through clinical trials, that variability is dangerous," said Dr. Helen Marchetti, a toxicologist who reviewed the results. "Too little and you think the treatment failed. Too much, at home, alone, with no one measuring your blood pressure, and you can get into real trouble."</p>

<h2>The people who buy</h2>
<p>Most buyers, our reporting suggests, are not recreational users. They are people who have tried everything else.</p>
<p>Danielle, a 34-year-old nurse's aide in North Carolina who asked that her last name not be used, spent two years on antidepressants before her psychiatrist recommended esketamine. Her insurer denied it twice. The nearest certified center was two hours away. "I found a guy on Instagram," she said. "He sent me a price list and a Bitcoin address. I didn't even know how to buy Bitcoin." She used the powder he sent for four months, increasing the amount as the effect faded, until she developed bladder pain so severe she went to an emergency room. "I thought I was treating my depression. I was just using."</p>
<p>Others described being scammed outright. A retired teacher in Oregon paid $900 in gift cards for what was advertised as a three-month supply of esketamine and received nothing. When she complained, the seller's account asked for another $300 "customs fee."</p>

<h2>Why enforcement struggles</h2>
<p>Federal and state authorities say they are aware of the market but face familiar obstacles. Many of the sites are hosted abroad, change domains frequently and use payment methods that are hard to trace. Social media platforms remove accounts when they are reported, but new ones appear within days. Of the 63 sellers we identified, 19 had disappeared by the time this story was published; at least seven had reappeared under new names.</p>
<p>"We can take down a site, and we do," said a spokesperson for a federal agency involved in online drug investigations, who was not authorized to speak on the record. "But the business model is cheap. A domain, a Telegram account, a supplier. They lose one and open two."</p>
<p>Legitimate providers say the sellers are also undermining trust in the treatment. "Every week we get patients who are afraid of us because they've been scammed by someone who looked like us," said Dr. Graham Ekwueme, medical director of a telepsychiatry practice that prescribes at-home ketamine after video evaluations. "We now spend part of every first appointment explaining what a real practice looks like."</p>

<h2>How to tell the difference</h2>
<p>Experts interviewed for this story offered consistent advice. A legitimate provider will have you meet a licensed clinician by live video or in person before anything is prescribed; the clinician's license can be verified on a state board website. Medication will come from a licensed pharmacy with a label naming you and your prescriber. Esketamine nasal spray is only ever administered in a certified clinic and is never mailed to patients. Payment in cryptocurrency or gift cards, ordering by messaging app and promises of "no prescription" are all signs of an illegal seller.</p>

<h2>What comes next</h2>
<p>Two members of Congress have asked the FDA and DEA for a briefing on online ketamine sales. Several state pharmacy boards have issued warnings. Advocates for patients say the most effective response would be to make legitimate treatment easier to get. "As long as the real thing is hard to reach," said Marisa Tull, a policy researcher who studies mental health access, "people will keep finding the fake one."</p>
<p class="methodology"><i>Methodology: Reporters identified sellers through web searches, social media and forums between July and October 2026. Purchases were made with legal guidance and products were sent unopened to an accredited forensic laboratory. Seller handles and websites are not published in full to avoid directing readers to them.</i></p>
</article>
</main>
<aside><h4>Related coverage</h4><a href="/health/2026/09/esketamine-waiting-lists">Waiting lists for esketamine top six months in rural counties</a><a href="/health/2026/06/ketamine-bladder">The bladder damage doctors are seeing in young adults</a></aside>
<footer><p>&copy; 2026 The Coastal Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a></p></footer>
""", noise="cookie")

p("h10233", "https://courts-judgments-archive.example/crown-court/2026/r-v-halloran-sentencing-remarks", "informational", False, "en",
  "sentencing-remarks-darknet-ketamine-vendor-plain-text", "R v Halloran - Sentencing remarks", """
IN THE CROWN COURT AT BRISTOL

R v DECLAN HALLORAN

SENTENCING REMARKS OF HER HONOUR JUDGE PRENDERGAST

14 October 2026

1. Declan Halloran, you may remain seated for the moment. You are 31 years old. You have pleaded guilty to three counts: being concerned in the supply of a Class B drug, namely ketamine, between 1 March 2024 and 19 November 2025; possession of a Class B drug with intent to supply; and converting criminal property, namely cryptocurrency, contrary to section 327 of the Proceeds of Crime Act 2002. You entered those pleas at the plea and trial preparation hearing and you are entitled to full credit for them, which I will come to.

2. I have read the prosecution opening note, the pre-sentence report prepared by the Probation Service, the psychiatric report of Dr Anand, and a number of character references, including from your mother, your former employer and a friend who has known you since school. I have also heard careful submissions from Mr Okonjo on your behalf and from Ms Radcliffe for the Crown. I am grateful to both counsel.

The facts

3. Between March 2024 and November 2025 you operated as a vendor on two darknet marketplaces under the name "WestCountryK". You sold ketamine, and for a short period a ketamine analogue, to customers in the United Kingdom and, from the summer of 2024, to customers in Ireland and several EU countries. You bought the drug in bulk, in quantities of between 250 grams and one kilogram at a time, from a supplier you knew only by an online handle. You divided it into smaller quantities in the spare room of your flat in Bedminster, packed it in vacuum-sealed bags inside padded envelopes made to look like ordinary online purchases, and posted it from a range of post boxes around the city.

4. Your listings, which were recovered by investigators, advertised ketamine in quantities from one gram to 100 grams. The prices, which I mention only because they illustrate the commercial nature of the enterprise, ranged from around £25 for a single gram to £1,100 for 100 grams. Your listings promised "stealth" packaging, next-day dispatch and a "reship" if an order was lost. You accepted payment in Bitcoin and Monero through the marketplaces' escrow systems, and later also directly, using an encrypted messaging application, for what you described to regular customers as "private orders" at a discount.

5. The marketplaces' feedback systems, together with your own records, show approximately 4,900 completed orders. The Crown's analysis of the cryptocurrency wallets linked to you puts the gross value of your sales at approximately £412,000 over the indictment period. You accept that figure as broadly accurate.

6. In a small number of listings in early 2025 you advertised "esketamine" and a "nasal spray kit" aimed expressly at people with depression, with wording that referred to "clinic waiting lists" and "no need for a psychiatrist". The Crown's expert analysed the contents of three of those kits recovered from your flat. They contained racemic ketamine in a saline solution of inconsistent concentration. They were not esketamine. I regard that marketing as a serious aggravating feature, to which I return below.

7. Your activity came to an end on 19 November 2025 when officers from the regional organised crime unit executed a warrant at your flat. They found approximately 680 grams of ketamine, 38 grams of 2-fluorodeschloroketamine, digital scales, a vacuum sealer, several hundred padded envelopes, printed address labels and three mobile telephones. A hardware wallet was found inside a hollowed-out book. You gave investigators the passphrase during interview. You answered questions fully and admitted your role.

Personal circumstances

8. You have no previous convictions. The pre-sentence report and the reports I have read describe a man who did well at school, completed a degree in computer science, and worked for several years for a software company before being made redundant in 2023. At about that time your father died, and you describe a period of heavy drinking and ketamine use of your own. You say that you began selling to fund your own use and that the enterprise then "took on a life of its own". I accept that your own use was a factor at the outset. It does not explain the scale or the sophistication of what followed, nor the cynical marketing to people with depression.

9. Dr Anand's report diagnoses a moderate depressive disorder and a ketamine use disorder, now in early remission. You have engaged with drug services since your arrest, you have provided negative drug tests over a period of ten months, and you have been in steady part-time employment. I have read the letter from your employer, who speaks well of you.

The guidelines

10. I apply the Sentencing Council's guideline for supplying or offering to supply a controlled drug. Ketamine is a Class B drug. In my judgment your role was a leading role: you organised and directed buying and selling on a commercial scale, you had substantial links to and influence on others in the chain, namely your customers and your supplier, and you were motivated by significant financial advantage. The quantity involved, by reference to the volume of sales over the period, places this case within category 1.

11. The starting point for a leading role in category 1 for a Class B drug is eight years' custody, with a range of seven to ten years. 

12. The aggravating features are: the period over which the offending took place; the supply of drugs internationally by post; the sale of a ketamine analogue of unknown safety; and, in particular, your deliberate targeting of vulnerable people with depression by falsely advertising a diluted product as a licensed medicine and by encouraging them to avoid medical care. I have read the victim impact material from the National Crime Agency summarising reports from two purchasers who were admitted to hospital. I do not attribute those admissions to you individually, since I cannot be sure of the source of the drugs in question, but they illustrate the risk.

13. The mitigating features are: your lack of previous convictions; your own addiction at the start of the period, which I accept; your genuine remorse, which I accept is real; your co-operation with investigators; the steps you have taken towards rehabilitation; and your positive character references.

14. Balancing those features, the sentence after trial would have been one of seven years and six months. You are entitled to full credit of one third for your early guilty pleas. That reduces the sentence to five years.

15. For the money laundering offence there will be a concurrent sentence of two years, reflecting the fact that the laundering was an inherent part of the supply.

Sentence

16. Please stand. On count 1, being concerned in the supply of ketamine, the sentence is five years' imprisonment. On count 2, possession with intent to supply, there is a concurrent sentence of three years. On count 3, converting criminal property, there is a concurrent sentence of two years. The total sentence is five years' imprisonment. You will serve up to half of that sentence in custody before being released on licence. 

17. There will be an order for forfeiture and destruction of the drugs and the paraphernalia seized, and for forfeiture of the mobile telephones. Confiscation proceedings under the Proceeds of Crime Act will follow; a timetable has been agreed and the matter is listed for a confiscation hearing on 3 March 2027. The victim surcharge applies.

18. Mr Halloran, I want you to understand why this sentence is necessary. You did not sell to friends. You ran a business from your spare room that sent a Class B drug to thousands of people, in several countries, and you advertised part of it as a medical treatment to people who were unwell and looking for help. The fact that you were yourself unwell at the outset is to your credit in the sense that it explains how you started. It does not explain why you continued. I hope that the progress you have made since your arrest continues while you serve your sentence. Take him down.

Note: These remarks were delivered orally and have been approved by the judge for publication. Names of purchasers and of the marketplaces have been omitted.
""", ext="txt")

p("h10234", "https://consumerwatchdog-alliance.example/guides/health/spotting-fake-online-ketamine-providers", "informational", False, "en",
  "consumer-org-guide-spotting-fake-ketamine-sellers", "How to spot a fake online ketamine provider (and what to do if you've been scammed) | Consumer Watchdog Alliance", """
<header>
<a class="logo" href="/">Consumer Watchdog Alliance</a>
<nav><a href="/guides">Guides</a> <a href="/reviews">Product tests</a> <a href="/scams">Scam alerts</a> <a href="/money">Money</a> <a href="/health">Health</a> <a href="/join">Become a member</a></nav>
</header>
<main>
<article>
<p class="kicker">Health &middot; Consumer guide</p>
<h1>How to spot a fake online ketamine provider (and what to do if you've been scammed)</h1>
<p class="byline">By Lorna Eckhart, Senior Health Editor &middot; Updated November 2026</p>
<p class="lede">Complaints to our scam helpline about online "ketamine clinics" have tripled in a year. Some of the businesses behind them are illegal drug sellers dressed up as healthcare. Others take your money and send nothing. Here's how to tell a real telehealth service from a fake one, what warning signs our investigators found, and how to get your money back if it's already too late.</p>

<h2>Why this is happening now</h2>
<p>Ketamine has gone from anaesthetic to much-discussed depression treatment in a few short years. Legitimate options exist: infusion clinics, certified centres that give esketamine nasal spray under supervision, and licensed telehealth services that prescribe ketamine tablets after a video appointment. But these can be expensive, have waiting lists and aren't available everywhere. That's created an opening for businesses that promise the same thing faster, cheaper and with fewer questions.</p>
<p>Our helpline received 412 complaints about online ketamine services in the first nine months of this year, compared with 131 in the same period last year. Around half involved a product that never arrived. About a third involved a product that did arrive but came from a seller with no medical involvement at all. The rest were billing disputes with legitimate providers, which we cover at the end of this guide.</p>

<h2>What a legitimate provider looks like</h2>
<p>Before we get to the red flags, it helps to know what normal looks like. In our mystery-shopping exercise, the licensed telehealth services we tried all did the following:</p>
<ul>
<li>Named the clinician you'd see, with a licence you could check on a state board website.</li>
<li>Held a live video appointment of 30 to 60 minutes before prescribing anything.</li>
<li>Asked about medical history, medications, blood pressure and drug and alcohol use, and sometimes asked for records.</li>
<li>Turned some applicants down, or referred them elsewhere.</li>
<li>Sent the prescription to a licensed pharmacy, which shipped with tracking and a signature requirement, in limited quantities.</li>
<li>Took payment by card or HSA/FSA card through a normal checkout, and gave clear cancellation terms.</li>
</ul>
<p>Prices varied: evaluations cost between $150 and $300 and monthly programmes between $200 and $450. That's not cheap, but it's the going rate for real medical care.</p>

<h2>Ten red flags</h2>
<p>Our researchers examined 40 websites and social media accounts advertising ketamine or esketamine to consumers. These are the warning signs we saw most often. Any one of them should make you stop; several together are a near-certain sign of an illegal seller or a scam.</p>
<ol>
<li><b>Instant approval.</b> A short online form followed by "You're approved!" and a checkout page, with no live contact with a clinician.</li>
<li><b>"No prescription needed."</b> Sometimes phrased as "prescription included" or "our doctors will write it for you".</li>
<li><b>Unusual payment methods.</b> Cryptocurrency, gift cards, money transfer apps to an individual's account, or a discount for paying that way.</li>
<li><b>Ordering by messaging app.</b> "Message us on WhatsApp/Telegram to order" instead of a proper patient account.</li>
<li><b>Esketamine spray for home use.</b> The genuine product is only administered in certified clinics. It isn't posted to patients.</li>
<li><b>Prices by the gram or bulk discounts.</b> "5 g for $200", "buy 3 get 1 free".</li>
<li><b>"Stealth" or "discreet international" shipping,</b> and promises to "reship" if customs seizes a parcel.</li>
<li><b>No verifiable clinician,</b> or a "medical director" whose name doesn't appear on any licence lookup.</li>
<li><b>No physical address or a virtual office,</b> no privacy notice and no complaints procedure.</li>
<li><b>Pressure tactics:</b> countdown timers, "only 3 kits left", "price goes up tomorrow".</li>
</ol>

<h2>What we found when we ordered</h2>
<p>With legal advice, our researchers placed orders with five sellers that showed several of these red flags. The results:</p>
<ul>
<li>Two took payment ($240 in Bitcoin, $180 in gift cards) and sent nothing. One then asked for a further $150 "customs release fee".</li>
<li>One sent a small bag of white powder, which an independent laboratory identified as ketamine, in a padded envelope with a handwritten label.</li>
<li>One sent a nasal spray bottle with a printed label imitating a pharmaceutical brand. It contained a ketamine solution at a strength different from the label.</li>
<li>One sent a package that was seized by customs; the buyer (our researcher) received a letter.</li>
</ul>
<p>None of the five sellers asked a single question about our researchers' health beyond a tick-box form.</p>

<h2>The risks aren't just financial</h2>
<p>Losing money is bad enough. But people who receive and use these products face real health risks: unknown strength and purity, no screening for conditions like high blood pressure or psychosis that make ketamine dangerous, no guidance on safe use, and nobody to call if something goes wrong. Frequent use can cause serious bladder damage, and there's a risk of dependence. Buying prescription-only controlled drugs without a prescription is also illegal, and parcels are seized by customs.</p>

<h2>How to check a provider in five minutes</h2>
<ol>
<li>Find the name of the clinician who would see you. If the site won't tell you before you pay, walk away.</li>
<li>Search for the clinician on your state medical or nursing board's free licence lookup. Check the licence is active and in your state.</li>
<li>Find the name of the pharmacy that would fill your prescription and check it on your state board of pharmacy's website.</li>
<li>Search the business name plus "scam" or "complaints", and check our scam alerts page.</li>
<li>Read the terms and privacy notice. Look for a real address, a medical director and a way to complain.</li>
</ol>

<h2>If you've already paid a scammer</h2>
<ul>
<li><b>Card payment:</b> contact your card issuer immediately and ask for a chargeback. Explain that you didn't receive what you paid for or that the seller misrepresented the product.</li>
<li><b>Gift cards:</b> contact the gift card company right away using the number on the back of the card. Sometimes funds can be frozen if you act quickly.</li>
<li><b>Cryptocurrency or bank transfer:</b> recovery is much harder, but report it to your bank or exchange and to the authorities.</li>
<li><b>Report it:</b> to the Federal Trade Commission at ReportFraud.ftc.gov, to the FBI's Internet Crime Complaint Center, and to your state attorney general. If you received medication, report it to the FDA's MedWatch programme.</li>
<li><b>Beware "recovery" offers:</b> scammers often contact victims offering to get their money back for a fee. That's a second scam.</li>
<li><b>Don't use anything you received.</b> Take it to a pharmacy take-back point. If you've already used it and feel unwell, contact your doctor or poison control.</li>
</ul>

<h2>Disputes with legitimate providers</h2>
<p>Not every complaint involves a fake. About one in five complaints to our helpline concerned licensed telehealth providers: surprise renewals, hard-to-cancel memberships and refunds refused after a prescription was declined. If you're in a dispute with a legitimate service, first use its complaints procedure and keep records. If that doesn't work, you can complain to the state medical board (for clinical issues) or to your state attorney general's consumer protection office (for billing issues). Our members can use our free letter templates.</p>

<h2>Our recommendations</h2>
<p>We're calling on social media platforms to remove accounts selling ketamine more quickly, on payment companies to block merchants selling controlled drugs without a prescription, and on regulators to publish a searchable list of licensed telehealth providers that prescribe controlled substances. In the meantime, the single most useful thing you can do is check who the clinician is before you pay.</p>
</article>
</main>
<aside><h4>Scam alerts this month</h4><a href="/scams/fake-weight-loss-injections">Fake weight-loss injections sold on social media</a><a href="/scams/toll-text-scams">Toll road text scams</a><a href="/scams/fake-pharmacy-refunds">"Pharmacy refund" phishing emails</a></aside>
<footer><p>Consumer Watchdog Alliance is an independent, non-profit consumer organisation. We take no advertising.</p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/helpline">Scam helpline</a></footer>
""", noise="cookie")

p("h10235", "https://pharmacy-board.state.example/consumer-alerts/counterfeit-esketamine-and-online-ketamine", "informational", False, "en",
  "state-pharmacy-board-consumer-alert-guide", "Consumer Alert: Counterfeit Esketamine Nasal Spray and Unlawful Online Ketamine Sales | State Board of Pharmacy", """
<header>
<div class="gov-banner">An official website of the State. <a href="#">Here's how you know</a></div>
<a class="logo" href="/">State Board of Pharmacy</a>
<nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumers">Consumers</a> <a href="/complaints">File a complaint</a> <a href="/laws-rules">Laws &amp; rules</a> <a href="/news">News</a></nav>
</header>
<main>
<p class="crumbs"><a href="/consumers">Consumers</a> &rsaquo; <a href="/consumer-alerts">Consumer alerts</a> &rsaquo; Counterfeit esketamine and online ketamine</p>
<h1>Consumer Alert: Counterfeit Esketamine Nasal Spray and Unlawful Online Ketamine Sales</h1>
<p class="date">Issued: October 6, 2026 &middot; Alert No. 2026-07</p>

<h2>Summary</h2>
<p>The State Board of Pharmacy is warning residents about websites, social media accounts and messaging-app contacts that offer ketamine and products labeled as esketamine nasal spray directly to consumers without a valid prescription. Since May 2026, the Board has received 37 reports involving such products, including two hospitalizations. The Board, together with the State Department of Health and the Office of the Attorney General, is investigating.</p>

<h2>What the Board has found</h2>
<p>Reports received by the Board describe the following:</p>
<ul>
<li>Nasal spray devices in packaging that imitates the FDA-approved esketamine product, offered for sale for home use at prices ranging from about $120 to $250 per package. Genuine esketamine nasal spray is distributed only to certified healthcare settings and is never dispensed to patients for use at home.</li>
<li>Powders and tablets sold as "pharmaceutical ketamine" or "ketamine lozenges", priced per gram or per tablet and shipped in plain envelopes, often from outside the United States.</li>
<li>Websites presenting themselves as telehealth services that "approve" customers after an online questionnaire, without any contact with a licensed prescriber, and ship medication from pharmacies that are not licensed in this State or that do not exist.</li>
<li>Requests for payment in cryptocurrency, gift cards or through peer-to-peer payment apps, and ordering through Telegram, WhatsApp or Signal.</li>
</ul>
<p>Laboratory testing of products submitted to the Board has found inconsistent concentrations of ketamine, the presence of ketamine analogues not approved for any medical use, and in one sample, no active ingredient.</p>

<h2>Why this matters</h2>
<p>Ketamine and esketamine are Schedule III controlled substances. When used as medicines, they can be helpful for certain patients with depression, but they can also raise blood pressure, cause sedation and dissociation, and lead to misuse. That is why they are prescribed only after a clinical evaluation, and why esketamine nasal spray can only be administered under observation at a certified treatment center. Products obtained outside this system carry serious risks:</p>
<ul>
<li>The contents and strength are unknown.</li>
<li>No licensed professional has checked whether the product is safe for you or how it interacts with your other medications.</li>
<li>There is no monitoring and no one accountable if something goes wrong.</li>
<li>Purchasing controlled substances without a valid prescription is illegal under state and federal law.</li>
</ul>

<h2>Cases reported to the Board</h2>
<p>To help residents recognize these schemes, the Board is sharing anonymized summaries of reports it has received. In one case, a resident in her fifties who had been waiting for an appointment at a certified treatment center found an advertisement on a social media platform, exchanged messages with a seller on a messaging app and paid in gift cards for two packages of what was described as esketamine nasal spray. After using one device at home alone, she experienced severe dizziness and chest tightness and was taken to an emergency department by a family member. In another case, a young man bought ketamine tablets from a website that advertised "doctor-approved lozenges"; the tablets contained a ketamine analogue. A third resident paid in cryptocurrency and received nothing, then was contacted by someone offering to "recover" the funds for an additional fee.</p>

<h2>How to get ketamine or esketamine treatment safely</h2>
<p>If you and your healthcare provider believe ketamine-based treatment may help you, there are legitimate options:</p>
<ul>
<li><b>Esketamine nasal spray</b> at a certified treatment center, prescribed by a provider who has evaluated you. Many insurance plans cover it with prior authorization.</li>
<li><b>Ketamine infusions</b> at a licensed clinic under medical supervision.</li>
<li><b>Telehealth treatment</b> from a prescriber licensed in this State who evaluates you by live video and sends a prescription to a pharmacy licensed in this State. Such pharmacies ship only to patients with a valid prescription and usually require an adult signature on delivery.</li>
</ul>

<h2>How to verify a pharmacy or prescriber</h2>
<p>Every pharmacy that ships prescription medication to residents of this State, including out-of-state and online pharmacies, must hold a nonresident pharmacy license from this Board. You can check any pharmacy's license status using our <a href="/verify">license verification tool</a>. Search by the pharmacy's name or license number. An active license will show the pharmacy's physical address and the name of its pharmacist-in-charge.</p>
<p>You can verify physicians and physician assistants with the State Medical Board, and nurse practitioners with the State Board of Nursing. Both offer free online lookups.</p>
<p>Warning signs that a website is not a legitimate pharmacy or telehealth provider include: no requirement for a prescription or live appointment; no verifiable license; prices far below those of licensed pharmacies; no physical address in the United States; payment only by cryptocurrency, gift cards or money transfer; and ordering through messaging apps.</p>

<h2>If you have bought or used one of these products</h2>
<ul>
<li>Do not use any remaining product. Take it to a drug take-back location; a list of locations is on the Department of Health website.</li>
<li>If you have used the product and feel unwell, contact your healthcare provider. In an emergency, call 911. For advice, call Poison Control at 1-800-222-1222.</li>
<li>Report the seller and product to the Board using the <a href="/complaints">online complaint form</a>. Include screenshots, website addresses, account names, packaging photos and payment records if you have them. You can report anonymously.</li>
<li>Report adverse effects to the FDA's MedWatch program.</li>
<li>If you lost money, contact your bank or card issuer and report the fraud to the Office of the Attorney General's Consumer Protection Division.</li>
</ul>
<p>The Board's priority is public safety. The Board does not pursue action against consumers who report purchasing these products.</p>

<h2>Information for licensees</h2>
<p>Pharmacists and pharmacy technicians are reminded of their obligations to verify the validity of prescriptions for controlled substances, including prescriptions issued following telehealth encounters. A prescription issued solely on the basis of an online questionnaire, without a bona fide practitioner-patient relationship, is not a valid prescription under State law. Licensees who become aware of counterfeit esketamine products, or who receive suspicious prescriptions for ketamine, should report them to the Board.</p>
<p>Certified esketamine treatment centers are reminded that product must be obtained only from authorized distributors and that all administration must take place on-site under observation.</p>

<h2>Frequently asked questions</h2>
<h3>Is it legal for a telehealth provider to prescribe ketamine?</h3>
<p>Yes, if the prescriber is licensed in this State, has evaluated the patient through a real-time audio-video encounter that meets the standard of care, and complies with applicable federal rules for prescribing controlled substances via telemedicine. The prescription must be filled by a licensed pharmacy.</p>
<h3>Can a pharmacy mail me esketamine nasal spray?</h3>
<p>No. Esketamine nasal spray is dispensed only to certified healthcare settings. It is never mailed to patients.</p>
<h3>I found a website that says it is "FDA registered". Does that mean it's safe?</h3>
<p>No. Claims of being "FDA registered" or "FDA approved" on a seller's website are frequently false and are not a substitute for verifying a pharmacy license with this Board.</p>

<h2>Contact</h2>
<p>State Board of Pharmacy, Compliance Division &middot; Phone: (555) 010-4400 &middot; Monday&ndash;Friday, 8:00 a.m.&ndash;5:00 p.m. &middot; Media inquiries: Office of Communications.</p>
</main>
<footer><p>State Board of Pharmacy &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy policy</a> &middot; <a href="/public-records">Public records requests</a></p></footer>
""")

p("h10236", "https://safernights-collective.example/drug-checking/ketamine-report-2026", "informational", False, "en",
  "drug-checking-service-annual-ketamine-results-page", "What's really in your ket? Our 2026 drug-checking results | Safer Nights Collective", """
<header>
<a class="logo" href="/">Safer Nights Collective</a>
<nav><a href="/drug-checking">Drug checking</a> <a href="/substances">Substance info</a> <a href="/events">At events</a> <a href="/alerts">Alerts</a> <a href="/volunteer">Volunteer</a> <a href="/donate">Donate</a></nav>
</header>
<main>
<article>
<p class="kicker">Drug checking &middot; Annual report</p>
<h1>What's really in your ket? Our 2026 drug-checking results</h1>
<p class="lede">Between January and October we tested 1,146 samples that people told us were ketamine, at our walk-in service in Leeds, our postal service, and at 19 festivals and club nights. Here's what we found, what it means for you, and how to reduce the risks if you're going to use anyway. No judgement, no lectures, just information.</p>

<h2>The headline numbers</h2>
<ul>
<li><b>71%</b> of samples sold as ketamine contained ketamine as the main active substance.</li>
<li><b>17%</b> contained a ketamine analogue instead of, or alongside, ketamine. The most common was 2-FDCK, followed by deschloroketamine (DCK) and, in a handful of samples, O-PCE.</li>
<li><b>6%</b> contained no ketamine or analogue at all. These included caffeine, creatine, paracetamol, benzocaine and, in three samples, a synthetic cathinone.</li>
<li><b>6%</b> were inconclusive or contained a mix we couldn't fully identify.</li>
</ul>
<p>That means roughly three in ten people who brought us "ket" this year were taking something other than what they thought.</p>

<h2>Where people told us they got it</h2>
<p>We always ask, and people don't have to answer. Of those who did:</p>
<ul>
<li>48% bought from a friend or someone they knew personally.</li>
<li>22% bought through a messaging app, usually Telegram or Snapchat, often from an account that sent a "menu" to contacts and offered delivery.</li>
<li>14% bought at or near an event.</li>
<li>11% bought online, from darknet markets or from clearnet websites. Several people showed us sites dressed up as "wellness" or "mental health" shops, with ketamine listed next to CBD and mushrooms.</li>
<li>5% other, including "from my dealer's dealer".</li>
</ul>
<p>Samples bought online and through messaging apps were noticeably more likely to contain an analogue: 26% compared with 11% from friends. Our guess is that analogues are cheaper and easier to ship, and some sellers swap them in without saying.</p>

<h2>What people paid</h2>
<p>Street prices people reported ranged widely, from about &pound;15 to &pound;40 per gram, with a median of &pound;25. Online prices quoted to us were similar per gram but often with a minimum order of several grams and payment by crypto. Price was not a reliable guide to content: some of the cleanest samples were cheap and some of the worst were expensive. We mention prices only because people often assume paying more means safer. It doesn't.</p>

<h2>The "for depression" trend</h2>
<p>This year, for the first time, a noticeable number of people (about 8% of those we spoke to) told us they were using ketamine to self-treat depression or anxiety, not to get high. Some had read about ketamine clinics but couldn't afford them or were stuck on a waiting list. A few had bought "esketamine nasal spray" online after seeing it advertised on social media. Of the five spray samples we tested, two contained racemic ketamine at a strength very different from the label, one contained 2-FDCK, one contained no active drug and one we couldn't analyse because there wasn't enough left.</p>
<p>If this is you, we get it. Waiting lists are brutal and the system is hard to navigate. But please talk to your GP about referral for treatment, even if you've been told no before, and know that a "medical" label on a product from an unregulated seller tells you nothing about what's inside. If you're using anyway, the advice below applies to you as much as anyone, maybe more, because people using alone at home are at particular risk of accidents.</p>

<h2>Why analogues matter</h2>
<p>2-FDCK and DCK are often described as "like ketamine", and broadly they are, but they differ in ways that matter. Reports suggest DCK is considerably more potent and lasts much longer, so a "normal" bump can be far more than intended. 2-FDCK seems closer to ketamine in strength but may last longer. O-PCE is much more potent still. People who took an analogue thinking it was ketamine told us about unexpectedly long or intense experiences, getting "stuck" for hours, and very heavy comedowns. We don't know much about long-term harms of these substances, including whether they damage the bladder in the same way ketamine does.</p>

<h2>Bladder: please don't ignore it</h2>
<p>Every year we meet people who wish they'd listened sooner. Frequent ketamine use can cause a painful condition sometimes called "ketamine bladder" or ketamine uropathy: needing to pee urgently and often, pain on peeing, blood in your urine, and in serious cases permanent damage. It's linked to how often and how much you use, not whether the ketamine is "clean". If you notice symptoms, cut down or stop and see a GP. Early action makes a big difference. Drinking more water does not protect your bladder from ketamine.</p>

<h2>If you're going to use: harm reduction basics</h2>
<ul>
<li><b>Test it.</b> Use our service if you can. Reagent kits (Mandelin and Marquis) can help tell ketamine from some analogues, but can't tell you purity or rule out everything.</li>
<li><b>Start low.</b> Especially with a new batch or source. Weigh doses with milligram scales. Wait at least an hour before redosing.</li>
<li><b>Don't mix with depressants.</b> Alcohol, GHB/GBL, benzos and opioids all increase the risk of passing out and choking.</li>
<li><b>Use with people you trust,</b> in a safe place, not near water, stairs or roads. If you're using alone, tell someone and keep your phone nearby.</li>
<li><b>Look after your nose.</b> Use your own straw and rinse with salt water afterwards.</li>
<li><b>Take breaks.</b> Leave weeks, not days, between sessions for your bladder and to prevent tolerance.</li>
<li><b>Know when to get help.</b> If someone is unresponsive, breathing strangely or can't be woken, put them in the recovery position and call 999. Tell the paramedics what was taken.</li>
</ul>

<h2>How our service works</h2>
<p>Our walk-in service in Leeds runs Tuesday and Thursday evenings and Saturday afternoons. You bring a small sample (a few milligrams is enough), we test it using FTIR spectroscopy and reagents, and in most cases give you the result within 20 minutes in a confidential conversation with a trained harm reduction worker. Our postal service is free: request a kit, send us a tiny sample in the prepaid envelope, and get the result by text or email within a week. We operate under a Home Office licence. We never ask for your name and we don't share information with the police.</p>
<p>At events we run a mobile lab in partnership with the organisers. Results that show dangerous substances are shared as alerts on our website and social channels, without any details that could identify who brought the sample.</p>

<h2>Thanks</h2>
<p>This report exists because 1,146 people trusted us with their samples and their stories. Thank you. Thanks also to our 84 volunteers, to the university chemistry department that confirms our trickier results, and to the festivals that let us set up on site.</p>
</article>
</main>
<aside><h4>Current alerts</h4><a href="/alerts/2026-10-dck-sold-as-ket">DCK sold as ketamine in West Yorkshire</a><a href="/alerts/2026-09-fake-esketamine-spray">Fake "esketamine" nasal sprays</a><h4>Get support</h4><p>Worried about your use? Talk to FRANK on 0300 123 6600 or find local drug services on our support page.</p></aside>
<footer><p>Safer Nights Collective is a registered charity. We provide non-judgemental drug information and checking services. We do not sell or supply drugs.</p><a href="/privacy">Privacy</a> &middot; <a href="/licence">Our licence</a></footer>
""", noise="cookie")

p("h10237", "https://mindsupport-forum.example/t/got-scammed-by-a-telegram-ketamine-clinic-long-sorry/58214", "informational", False, "en",
  "depression-forum-thread-scammed-telegram-seller", 'Got scammed by a Telegram "ketamine clinic" (long, sorry) - Treatment & Medication - MindSupport Forum', """
<header>
<a class="logo" href="/">MindSupport</a>
<nav><a href="/latest">Latest</a> <a href="/c/treatment-medication">Treatment &amp; Medication</a> <a href="/c/peer-support">Peer support</a> <a href="/guidelines">Community guidelines</a> <a href="/login">Log in</a></nav>
</header>
<main>
<p class="crumbs"><a href="/c/treatment-medication">Treatment &amp; Medication</a></p>
<h1>Got scammed by a Telegram "ketamine clinic" (long, sorry)</h1>
<p class="thread-meta">31 replies &middot; 2.4k views</p>

<div class="post op">
<div class="author"><b>fernweh_lou</b> &middot; 4d</div>
<div class="content">
<p>I'm posting this partly to vent and partly so nobody else falls for it. Also I'd genuinely like advice on what to do now.</p>
<p>Background: I'm 29, diagnosed with MDD at 19, been on five different meds, did two rounds of CBT and one of DBT. Some of it helped a bit. Last year my psychiatrist said I'd be a good candidate for esketamine. My insurance denied it, appealed, denied again. The clinic that does the infusions near me is $500 a session and they want you to do six. I don't have $3,000. I'm a receptionist.</p>
<p>So in September I started googling and ended up in a Facebook group about ketamine for depression. Mostly people sharing experiences, which was actually nice. Then someone messaged me privately saying they worked with a "licensed ketamine clinic" that did home treatment and sent me a Telegram link. The Telegram account had a logo, a name that sounded like a real telehealth company, and a "doctor" who answered questions. It all seemed pretty professional honestly. They asked me like eight questions about my mood and my meds and then said I was "approved for the starter protocol".</p>
<p>They wanted $340 for a "4-week starter kit" of esketamine nasal spray. When I said I only had a debit card they said card payments "get flagged by banks because of the medication" and that I should buy Apple gift cards and send photos of the codes. I KNOW. I know how that sounds now. At the time I was so relieved that someone was finally going to help me that I just did it.</p>
<p>Nothing arrived. After ten days they said the package was stuck at customs and I needed to pay a $150 "release fee". I said no. Then they said if I didn't pay they'd have to "report the shipment to the authorities" with my name on it. That's when I panicked and blocked them.</p>
<p>So: I'm out $340, I feel incredibly stupid, and I'm scared I'm going to get in trouble. Also still depressed, obviously. Has this happened to anyone else? Should I report it? Can they actually do anything with my name and address?</p>
</div></div>

<div class="post">
<div class="author"><b>quietharbour</b> &middot; Moderator &middot; 4d</div>
<div class="content">
<p>Lou, first: you are not stupid. These people are professionals at exploiting exactly the situation you were in, and they target groups like the one you found on purpose. Thank you for posting; this will help people.</p>
<p>Second, the "we'll report you to customs" thing is a standard pressure tactic. There's no package. They're trying to scare you into paying again. Blocking them was the right move.</p>
<p>Third, practical stuff: contact Apple about the gift cards (sometimes they can freeze unspent balance if you're quick, though after 10+ days it's a long shot), and report it to the FTC at ReportFraud.ftc.gov and to the FBI's IC3. You won't be in trouble for reporting a scam.</p>
</div></div>

<div class="post">
<div class="author"><b>Marcus_in_MN</b> &middot; 4d</div>
<div class="content">
<p>Almost the exact same thing happened to my sister last spring, except it was Instagram and they wanted Bitcoin. She paid $280 and got a package with a little plastic spray bottle with a printed label. She was smart enough not to use it and her pharmacist said it was obviously fake. So even when they DO send something, it's not the real thing.</p>
</div></div>

<div class="post">
<div class="author"><b>fernweh_lou</b> &middot; 4d</div>
<div class="content">
<p>@quietharbour thank you, honestly that makes me feel a lot less crazy. I'll do the reports tonight.</p>
</div></div>

<div class="post removed">
<div class="author"><b>[deleted]</b> &middot; 4d</div>
<div class="content"><p><i>[Post removed by moderators: vendor advertising. Reminder: offers to sell or source medication, in posts or by DM, result in an immediate ban. Please report any DMs you receive.]</i></p></div>
</div>

<div class="post">
<div class="author"><b>quietharbour</b> &middot; Moderator &middot; 4d</div>
<div class="content">
<p>And there it is, right on cue. That account was created 20 minutes ago and offered "real" spray via Signal. Banned. Everyone: if someone DMs you after reading this thread, please report it, don't reply.</p>
</div></div>

<div class="post">
<div class="author"><b>elmtree_83</b> &middot; 3d</div>
<div class="content">
<p>Lou, I'm sorry. I want to add something about the insurance side, because that's the real problem here. Two denials isn't always the end. Ask your psychiatrist whether they documented each medication trial with the dose and how long you took it; a lot of denials are because the paperwork doesn't show "adequate trials". Mine got approved on the third try after my doctor rewrote the letter. Also, the drug company has a savings program for the spray if you have commercial insurance, which brought my copay way down.</p>
</div></div>

<div class="post">
<div class="author"><b>dr_k_rn</b> &middot; 3d</div>
<div class="content">
<p>Psych nurse here (not giving medical advice, just context). For anyone reading: the real esketamine spray is never mailed to anyone's home. It's only given in certified clinics where you're watched for two hours. So any "home esketamine kit" is fake by definition. There ARE legit telehealth companies that prescribe generic ketamine tablets after an actual video appointment with a licensed prescriber; prices I've seen are around $200&ndash;$400 a month. Still not cheap, but a totally different thing from a Telegram account.</p>
</div></div>

<div class="post">
<div class="author"><b>fernweh_lou</b> &middot; 3d</div>
<div class="content">
<p>@elmtree_83 this is really useful, I didn't know about the documentation thing. I'll ask at my next appointment. @dr_k_rn thanks, I honestly didn't know it was clinic-only.</p>
</div></div>

<div class="post">
<div class="author"><b>old_grey_whistle</b> &middot; 3d</div>
<div class="content">
<p>Not to pile on but I want to say something to anyone lurking who's thinking "well, I'd never fall for gift cards, I'd just find a seller who actually ships." I did that, years ago, long before any of the clinic stuff existed. The powder was real enough. What I didn't have was anyone telling me when to stop. Six months in I was using most days and I still have bladder problems at 41. The scam Lou hit cost $340. The "successful" version cost me a lot more. Please get it through a doctor or not at all.</p>
</div></div>

<div class="post">
<div class="author"><b>sunflower_static</b> &middot; 2d</div>
<div class="content">
<p>Also check if there's an academic medical center near you running trials. I got into a ketamine study at the university hospital two years ago, free, and they paid for parking. Clinicaltrials.gov, search "treatment resistant depression" plus your state.</p>
</div></div>

<div class="post">
<div class="author"><b>Marcus_in_MN</b> &middot; 2d</div>
<div class="content">
<p>Another option: some infusion clinics have sliding scale or payment plans if you ask directly. Not all of them, but the one near me does 0% financing over 12 months. Worth calling and asking straight out.</p>
</div></div>

<div class="post">
<div class="author"><b>fernweh_lou</b> &middot; 1d</div>
<div class="content">
<p>Update for anyone who finds this later: Reported to FTC and IC3. Apple said they couldn't recover the funds because the cards were already redeemed, which I expected. Told my psychiatrist everything, she was really kind about it and is resubmitting the insurance request with a proper treatment history. She also mentioned TMS as something insurance might cover faster. I feel a bit more hopeful than I did on Sunday.</p>
<p>Thank you all, seriously. And if you're reading this because someone just sent you a Telegram link: don't.</p>
</div></div>

<div class="post">
<div class="author"><b>quietharbour</b> &middot; Moderator &middot; 1d</div>
<div class="content">
<p>Really glad to hear it, Lou. Pinning this thread to the Treatment &amp; Medication category for a while. Also adding a link to our sticky on <a href="/t/how-to-check-a-telehealth-provider/1204">how to check a telehealth provider</a>.</p>
</div></div>
</main>
<aside><h4>Need to talk now?</h4><p>Call or text 988 (US), or find an international helpline on our <a href="/crisis">crisis page</a>.</p></aside>
<footer><p>MindSupport is a peer support community. Posts are not medical advice.</p><a href="/guidelines">Guidelines</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h10238", "https://nps-observatory.example/profiles/arylcyclohexylamines-ketamine-analogues", "informational", False, "en",
  "research-observatory-profile-ketamine-analogues-market-prices", "Substance profile: ketamine analogues (arylcyclohexylamines) | Novel Psychoactive Substances Observatory", """
<header>
<a class="logo" href="/">NPS Observatory <small>University research group on novel psychoactive substances</small></a>
<nav><a href="/profiles">Substance profiles</a> <a href="/monitoring">Market monitoring</a> <a href="/publications">Publications</a> <a href="/data">Open data</a> <a href="/team">Team</a></nav>
</header>
<main>
<article>
<p class="kicker">Substance profile &middot; Last reviewed September 2026</p>
<h1>Ketamine analogues (arylcyclohexylamines)</h1>
<p class="abstract">This profile summarises current knowledge on ketamine analogues that have appeared on the recreational drug market since the early 2010s, including deschloroketamine (DCK), 2-fluorodeschloroketamine (2-FDCK), methoxetamine (MXE), N-ethyl-deschloroketamine (NENDCK) and O-desmethyl-phencyclidine derivatives such as O-PCE. It draws on the scientific literature, early warning system reports and our own monitoring of online retail between 2019 and 2026. It is intended for clinicians, toxicologists, policymakers and harm-reduction practitioners.</p>

<h2>1. Chemistry</h2>
<p>Arylcyclohexylamines share a core structure: a cyclohexane ring bearing an aryl group and an amine on the same carbon. Ketamine (2-(2-chlorophenyl)-2-(methylamino)cyclohexanone) is the best known member, together with phencyclidine (PCP). Analogues are produced by modifying the aryl substituent (removing or replacing the chlorine, adding methoxy groups), the amine (ethyl rather than methyl) or the ring (ketone present or absent). Small structural changes can produce large differences in potency, duration and receptor profile.</p>
<p>Most analogues encountered on the market are supplied as hydrochloride salts in the form of white crystalline powders, visually indistinguishable from ketamine. Some are sold as "needles" or "shards", a form commonly associated with ketamine, which increases the risk of substitution going unnoticed.</p>

<h2>2. Pharmacology</h2>
<p>All of these substances are believed to act primarily as antagonists at the NMDA glutamate receptor, which accounts for their dissociative effects. Several also interact with monoamine transporters, sigma receptors or opioid receptors to varying degrees. Methoxetamine, for instance, has notable serotonin transporter affinity, which may contribute to reported mood effects and to the risk of serotonin toxicity when combined with serotonergic drugs.</p>
<p>Human pharmacokinetic data are extremely limited. Estimates of potency and duration come largely from user reports, case series and animal studies. Deschloroketamine is widely reported to be more potent and considerably longer-acting than ketamine. 2-FDCK appears broadly similar to ketamine in potency but may have a somewhat longer duration. O-PCE and related compounds are reported to be active at very low doses, with a correspondingly high risk of accidental overdose.</p>

<h2>3. Market history</h2>
<p>Methoxetamine was first reported to the European early warning system in 2010 and was marketed explicitly as a "bladder-friendly" alternative to ketamine, a claim for which there was no evidence. It was subsequently controlled in most European countries and, in 2016, internationally. Its disappearance from the market was followed by the emergence of DCK (from around 2015), 2-FDCK (from around 2016) and a rotating series of further analogues.</p>
<p>These substances have been sold through three main channels: clearnet "research chemical" websites, darknet markets and, increasingly since 2020, messaging-app channels and social media accounts. In our monitoring, clearnet retailers typically advertised analogues with disclaimers such as "for research purposes only" or "not for human consumption", while listing them in gram quantities with prices and payment options clearly aimed at individual consumers.</p>

<h2>4. Our monitoring data</h2>
<p>Since 2019 our group has conducted quarterly snapshots of publicly accessible online retailers advertising arylcyclohexylamines to consumers in Europe and North America. We record the substances offered, quantities, prices, claimed purity, shipping claims and payment methods. We do not purchase from retailers; purchased samples analysed in our laboratory are obtained through collaborating drug-checking services.</p>
<table>
<tr><th>Substance</th><th>Retailers listing (2026 Q2)</th><th>Median advertised price per gram (EUR)</th><th>Trend since 2022</th></tr>
<tr><td>2-FDCK</td><td>41</td><td>&euro;19</td><td>Stable</td></tr>
<tr><td>DCK</td><td>27</td><td>&euro;24</td><td>Declining</td></tr>
<tr><td>O-PCE</td><td>12</td><td>&euro;35</td><td>Rising</td></tr>
<tr><td>2F-NENDCK</td><td>9</td><td>&euro;28</td><td>New</td></tr>
<tr><td>MXE (relisted)</td><td>6</td><td>&euro;40</td><td>Re-emerging</td></tr>
</table>
<p>Several patterns stand out. First, retailers increasingly offer cryptocurrency discounts (typically 10&ndash;15%) and "reship" guarantees, signalling an expectation of customs seizures. Second, a growing minority of retailers frame analogues in therapeutic language, referring to depression, "neuroplasticity" or "microdosing", despite the complete absence of clinical evidence for these substances. Third, we observed several instances of retailers listing "esketamine" or "ketamine nasal spray" alongside analogues; drug-checking results for such products collected by partner services have frequently shown analogue content.</p>

<h2>5. Harms</h2>
<p>Reported acute harms resemble those of ketamine: dissociation, confusion, agitation, hypertension, tachycardia, nystagmus, ataxia and, at higher doses, profound unresponsiveness. Because potency varies, unintended overdose is a particular concern when an analogue is sold as ketamine. Deaths have been reported, usually involving co-use of other depressants or a fall, drowning or road traffic accident during intoxication.</p>
<p>Chronic harms are poorly characterised. Ketamine-associated uropathy is well documented with frequent ketamine use; whether analogues cause similar damage is not known, although case reports involving MXE and DCK suggest they may. Dependence has been described for DCK and MXE.</p>

<h2>6. Detection</h2>
<p>Standard immunoassay urine drug screens for PCP or ketamine may not detect analogues, or may cross-react unpredictably. Confirmation requires chromatographic methods (GC-MS or LC-MS/MS) with appropriate reference standards. Clinicians should consider analogue exposure in patients presenting with a dissociative toxidrome and a negative or equivocal screen.</p>

<h2>7. Legal status</h2>
<p>MXE is controlled under the 1971 UN Convention. DCK, 2-FDCK and several other analogues are controlled in many European countries under generic or analogue legislation, and in some Asian jurisdictions. In the United States, most are not individually scheduled but may be prosecuted as ketamine or PCP analogues under the Federal Analogue Act when intended for human consumption. The legal picture changes frequently; readers should consult national sources.</p>

<h2>7a. Clinical management of acute toxicity</h2>
<p>There is no specific antidote for arylcyclohexylamine toxicity. Management is supportive and follows the principles used for ketamine and PCP: a calm, low-stimulus environment; benzodiazepines for agitation, hypertension and tachycardia; attention to airway and breathing, particularly where depressants have also been taken; cooling for hyperthermia; and monitoring for rhabdomyolysis and acute kidney injury in prolonged or severe cases. Because analogues such as DCK and O-PCE may produce effects lasting many hours, observation periods should be longer than clinicians accustomed to ketamine might expect. Poison centres report that patients are sometimes discharged too early, before a second phase of agitation or confusion.</p>
<p>Psychiatric presentations, including persistent dissociation, paranoia and mood disturbance, have been described after repeated use. Clinicians should ask specifically about analogue use, as patients may not volunteer it or may not know what they took.</p>

<h2>8. Implications for practice and policy</h2>
<ul>
<li>Drug-checking services should be able to distinguish ketamine from common analogues and should communicate substitution risks clearly.</li>
<li>Clinicians treating patients who self-medicate depression with "ketamine" bought online should be aware that the substance may not be ketamine.</li>
<li>Regulators should monitor therapeutic-language marketing of analogues, which may target vulnerable populations.</li>
<li>Improved access to evidence-based ketamine and esketamine treatment may reduce demand for unregulated alternatives, although this remains to be demonstrated.</li>
</ul>

<h2>Key references</h2>
<ol>
<li>European early warning system risk assessment reports on methoxetamine (2014) and subsequent analogue notifications.</li>
<li>Case series of deschloroketamine intoxications reported to European poison centres, 2016&ndash;2024.</li>
<li>Observatory monitoring reports, quarterly, 2019&ndash;2026 (available on our <a href="/publications">publications page</a>).</li>
</ol>
<p class="citation">Suggested citation: NPS Observatory. Substance profile: ketamine analogues (arylcyclohexylamines). Reviewed September 2026.</p>
</article>
</main>
<footer><p>The NPS Observatory is an academic research group funded by public research grants. We do not sell, supply or endorse any substance. Contact: nps-observatory@university.example</p></footer>
""")

p("h10239", "https://tagesblick-online.example/panorama/ketamin-telegram-handel-recherche", "informational", False, "de",
  "nachrichten-recherche-ketamin-telegram-handel", "Ketamin per Messenger: Wie der Handel mit dem Narkosemittel ins Netz wandert | Tagesblick", """
<header>
<a class="logo" href="/">Tagesblick</a>
<nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/panorama">Panorama</a> <a href="/gesundheit">Gesundheit</a> <a href="/kultur">Kultur</a> <a href="/abo" class="btn">Abo</a></nav>
</header>
<main>
<article>
<p class="dachzeile">Recherche</p>
<h1>Ketamin per Messenger: Wie der Handel mit dem Narkosemittel ins Netz wandert</h1>
<p class="teaser">Ketamin ist in deutschen Clubs längst angekommen. Nun wird es zunehmend über Telegram-Kanäle und Webseiten verkauft &ndash; auch an Menschen mit Depressionen, denen schnelle Hilfe versprochen wird. Eine Recherche.</p>
<p class="autor">Von Miriam Osterkamp und Tobias Richter &middot; 12. November 2026</p>

<p>Die Nachricht kommt an einem Dienstagabend, kurz nach 21 Uhr. „K-Menü Berlin, Lieferung bis 3 Uhr", steht darüber, darunter eine Liste mit Preisen in Euro, Emojis und einer Telefonnummer. Ein Gramm Ketamin für 35 Euro, fünf Gramm für 150. Bezahlung bar bei Übergabe oder per Krypto. Wer die Nachricht bekommt, hat nichts bestellt. Er war nur vor einigen Wochen in einer Gruppe, in der jemand die Nummer geteilt hatte.</p>
<p>Solche Menüs kursieren in großer Zahl. Für diese Recherche haben wir über drei Monate 48 Telegram-Kanäle, Messenger-Gruppen und Webseiten beobachtet, die Ketamin oder verwandte Substanzen in Deutschland, Österreich und der Schweiz anbieten. Wir haben mit Konsumierenden, Ärztinnen, Drogenberatern und Ermittlern gesprochen. Das Bild, das dabei entsteht: Der Handel mit Ketamin hat sich in den vergangenen drei Jahren deutlich professionalisiert &ndash; und er erreicht neue Zielgruppen.</p>

<h2>Vom OP-Saal in den Club</h2>
<p>Ketamin wurde in den 1960er-Jahren als Narkosemittel entwickelt und wird bis heute in Notfallmedizin, Anästhesie und Tiermedizin eingesetzt. In der Partyszene ist es seit den 1990er-Jahren bekannt. Lange galt es als Nischendroge. Das hat sich geändert. Die Berliner Drogenberatungsstelle, mit der wir gesprochen haben, registriert seit 2022 eine deutliche Zunahme von Anfragen zu Ketamin. „Früher war das die Droge für den späten Morgen nach der Party", sagt eine Sozialarbeiterin. „Heute erzählen uns junge Leute, dass sie es an normalen Wochentagen nehmen, allein zu Hause."</p>
<p>Auch die Daten des Drug-Checking-Projekts, das in Berlin seit 2023 Proben analysiert, zeigen die wachsende Bedeutung: Ketamin gehört inzwischen zu den am häufigsten abgegebenen Substanzen. Nicht immer ist drin, was draufsteht. In etwa jeder siebten Probe fanden die Analytiker statt Ketamin oder zusätzlich dazu Ketamin-Analoga wie 2-FDCK.</p>

<h2>Die Professionalisierung des Handels</h2>
<p>Die beobachteten Telegram-Kanäle funktionieren wie kleine Onlineshops. Es gibt Preislisten, Mengenrabatte, Kundenbewertungen in Form von Screenshots, manchmal sogar „Bonusprogramme". Lieferdienste versprechen Zustellung innerhalb einer Stunde in Großstädten, andere verschicken per Post in „neutraler Verpackung". Bezahlt wird bar, per Kryptowährung oder mit Prepaid-Karten.</p>
<p>Daneben existieren Webseiten, die sich seriöser geben. Einige präsentieren sich als Anbieter von „Forschungschemikalien" und verkaufen Analoga mit dem Hinweis, sie seien „nicht für den menschlichen Verzehr bestimmt". Andere, und das ist neu, geben sich als Gesundheitsangebote aus.</p>

<h2>„Esketamin ohne Wartezeit"</h2>
<p>Auf mindestens sieben der beobachteten Seiten wird Ketamin oder vermeintliches Esketamin-Nasenspray ausdrücklich als Mittel gegen Depressionen beworben. Die Seiten enthalten lange Ratgebertexte über Neuroplastizität und Studien zur Wirksamkeit. Erst weit unten auf der Seite, oft in einem farbig hinterlegten Kasten, steht dann das eigentliche Angebot: ein Nasenspray für knapp 200 Euro, Versand aus den Niederlanden, Bestellung per Telegram, Bezahlung mit Bitcoin. Ein Rezept sei „nicht nötig".</p>
<p>Die Psychiaterin Dr. Hanna Lechner, die an einer Universitätsklinik in Süddeutschland Patientinnen und Patienten mit Esketamin behandelt, hält das für gefährlich. „Das echte Nasenspray wird in Deutschland ausschließlich unter ärztlicher Aufsicht angewendet, danach überwachen wir zwei Stunden lang Blutdruck und Bewusstsein. Es wird nie nach Hause mitgegeben. Alles, was im Internet als Esketamin zum Selbstgebrauch verkauft wird, ist also bestenfalls umetikettiertes Ketamin und schlimmstenfalls etwas völlig anderes." Sie berichtet von zwei Patienten, die nach monatelangem Warten auf einen Behandlungsplatz solche Produkte gekauft hatten. Einer von ihnen landete mit einer hypertensiven Krise in der Notaufnahme.</p>
<p>Die Wartezeiten sind real. In vielen Regionen warten Betroffene mehrere Monate auf einen Platz für die Esketamin-Behandlung, die von den Krankenkassen bezahlt wird, wenn die Voraussetzungen erfüllt sind. Ketamin-Infusionen in Privatpraxen kosten pro Sitzung zwischen 250 und 600 Euro und werden in der Regel nicht erstattet.</p>

<h2>Die Käuferinnen und Käufer</h2>
<p>Lena, 27, aus Leipzig, die ihren Nachnamen nicht in der Zeitung lesen möchte, hat beides erlebt: die Partyszene und die Selbstbehandlung. „Ich hab Ketamin zuerst auf Partys genommen. Dann hab ich gelesen, dass es bei Depressionen hilft, und dachte: Dann nehm ich's halt regelmäßig." Über einen Telegram-Kanal bestellte sie zunächst wöchentlich, dann fast täglich. Nach einem halben Jahr hatte sie Schmerzen beim Wasserlassen und musste nachts bis zu zehnmal auf die Toilette. „Die Urologin hat mir gesagt, dass meine Blase aussieht wie die einer Achtzigjährigen." Inzwischen hat sie aufgehört und ist in psychiatrischer Behandlung. Die Blasenbeschwerden sind besser geworden, aber nicht verschwunden.</p>

<h2>Ein Testkauf</h2>
<p>Um zu verstehen, was tatsächlich geliefert wird, haben wir in Absprache mit einem Rechtsanwalt und einem Drug-Checking-Labor eine Testbestellung bei einem der als Gesundheitsangebot aufgemachten Shops aufgegeben. Nach der Bezahlung in Bitcoin kam nach neun Tagen ein gepolsterter Umschlag mit niederländischem Poststempel an. Darin: ein Nasenspray-Fläschchen ohne Beipackzettel, mit einem Etikett, das dem Original-Präparat nachempfunden war. Die Laboranalyse ergab eine Ketamin-Lösung, deren Konzentration um rund die Hälfte unter der angegebenen lag. Esketamin im eigentlichen Sinn war es nicht. Das Fläschchen haben wir ungeöffnet der Polizei übergeben.</p>
<p>„Für Betroffene ist das doppelt gefährlich", sagt die Toxikologin, die die Probe ausgewertet hat. „Entweder sie denken, die Behandlung wirkt nicht, und nehmen mehr. Oder die nächste Charge ist stärker, und sie sind allein zu Hause, ohne dass jemand den Blutdruck misst."</p>

<h2>Ermittler stoßen an Grenzen</h2>
<p>Für die Strafverfolgung ist der Messenger-Handel eine Herausforderung. Ketamin unterliegt in Deutschland dem Arzneimittelrecht; der Handel ohne Erlaubnis ist strafbar. Ein Sprecher eines Landeskriminalamts sagt, man gehe gegen Lieferdienste und Versandhändler vor, doch Kanäle würden nach einer Sperrung innerhalb weniger Tage unter neuem Namen wieder auftauchen. „Die Einstiegshürde ist gering. Ein Handy, ein Kanal, ein Lieferant." Bei Webseiten, die im Ausland gehostet werden, sei man auf internationale Zusammenarbeit angewiesen.</p>
<p>Die Plattform Telegram ließ eine Anfrage zu den konkret beobachteten Kanälen unbeantwortet. In ihren Nutzungsbedingungen untersagt sie den Handel mit illegalen Substanzen.</p>

<h2>Auch Kliniken spüren die Folgen</h2>
<p>In den Notaufnahmen großer Städte ist der Trend ebenfalls angekommen. Ein Oberarzt einer Hamburger Klinik berichtet von jungen Erwachsenen, die nach Ketamin-Konsum gestürzt sind oder stundenlang nicht ansprechbar waren, häufig in Kombination mit Alkohol. In der urologischen Ambulanz derselben Klinik werden inzwischen mehrere Patientinnen und Patienten pro Monat mit ketaminbedingten Blasenschäden behandelt. „Vor fünf Jahren kannten wir das fast nur aus der Fachliteratur aus Hongkong und Großbritannien", sagt er.</p>

<h2>Was Fachleute fordern</h2>
<p>Drogenberatungsstellen und Suchtmedizinerinnen fordern vor allem zweierlei: einen flächendeckenden Ausbau von Drug-Checking-Angeboten, damit Konsumierende wissen, was sie nehmen, und einen schnelleren Zugang zu regulären Behandlungen für Menschen mit therapieresistenter Depression. „Solange Menschen monatelang auf eine wirksame Behandlung warten, wird es einen Markt für falsche Versprechen geben", sagt Dr. Lechner.</p>
<p>Wer Fragen zu Ketamin oder Sorgen um den eigenen Konsum hat, findet Hilfe bei örtlichen Drogenberatungsstellen oder über die Sucht- und Drogen-Hotline. Menschen in seelischen Krisen erreichen die Telefonseelsorge rund um die Uhr unter 0800 111 0 111.</p>
<p class="hinweis"><i>Hinweis der Redaktion: Die Namen und Adressen der beobachteten Kanäle und Webseiten veröffentlichen wir nicht, um ihnen keine Reichweite zu verschaffen.</i></p>
</article>
</main>
<aside><h4>Mehr zum Thema</h4><a href="/gesundheit/esketamin-wartezeiten">Esketamin: Monate warten auf die Behandlung</a><a href="/panorama/drug-checking-berlin-bilanz">Drug-Checking in Berlin: eine Bilanz</a></aside>
<footer><p>&copy; 2026 Tagesblick &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></p></footer>
""", noise="cookie-de")

p("h10240", "https://analyse-reduction-risques.example/produits/ketamine", "informational", False, "fr",
  "association-rdr-analyse-produits-fiche-ketamine", "Kétamine : ce que révèlent nos analyses, et comment réduire les risques | Association Analyse & Réduction des Risques", """
<header>
<a class="logo" href="/">Analyse &amp; Réduction des Risques <small>association loi 1901</small></a>
<nav><a href="/analyse">Faire analyser un produit</a> <a href="/produits">Fiches produits</a> <a href="/alertes">Alertes</a> <a href="/festivals">En milieu festif</a> <a href="/nous-soutenir">Nous soutenir</a></nav>
</header>
<main>
<article>
<p class="rubrique">Fiches produits &middot; Mise à jour : octobre 2026</p>
<h1>Kétamine : ce que révèlent nos analyses, et comment réduire les risques</h1>
<p class="chapo">Notre dispositif d'analyse de produits a reçu cette année 612 échantillons présentés comme de la kétamine, apportés dans nos permanences de Lyon et de Grenoble, envoyés par courrier ou collectés lors d'événements festifs. Voici ce que nous avons trouvé, et ce que nous en retenons pour vous. Sans jugement.</p>

<h2>La kétamine en bref</h2>
<p>La kétamine est un anesthésique utilisé en médecine humaine et vétérinaire. Elle appartient à la famille des dissociatifs : elle donne une sensation de détachement du corps et de l'environnement, modifie la perception du temps, des sons et de l'espace. À forte dose, elle peut entraîner un état de déconnexion profonde, parfois appelé « K-hole ». En usage festif, elle est le plus souvent sniffée, sous forme de poudre ou de cristaux. Les effets apparaissent en quelques minutes et durent environ une heure, avec une fatigue qui peut se prolonger.</p>
<p>Elle est classée comme stupéfiant en France. Son usage médical existe, en anesthésie et, plus récemment, en psychiatrie : l'eskétamine en spray nasal est utilisée à l'hôpital pour certaines dépressions résistantes, toujours sous surveillance médicale.</p>

<h2>Nos résultats 2026</h2>
<ul>
<li><b>68 %</b> des échantillons contenaient de la kétamine seule.</li>
<li><b>9 %</b> contenaient de la kétamine associée à un produit de coupe (caféine, paracétamol, lidocaïne, créatine).</li>
<li><b>15 %</b> contenaient un analogue de la kétamine à la place ou en plus : principalement de la 2-FDCK, puis de la DCK (déschlorokétamine). Quelques échantillons contenaient de l'O-PCE, un produit beaucoup plus puissant.</li>
<li><b>5 %</b> ne contenaient ni kétamine ni analogue (notamment une cathinone de synthèse et plusieurs échantillons de simple sucre).</li>
<li><b>3 %</b> n'ont pas pu être identifiés avec certitude.</li>
</ul>
<p>Autrement dit, près d'un échantillon sur trois n'était pas de la kétamine pure.</p>

<h2>D'où viennent les produits ?</h2>
<p>Nous demandons toujours, et vous n'êtes jamais obligé·e de répondre. Parmi les personnes qui l'ont fait, la majorité s'était procuré le produit auprès d'un·e ami·e ou d'une connaissance. Une part croissante (environ un quart) évoque des achats via des messageries comme Telegram, Snapchat ou Signal, souvent auprès de comptes qui envoient des « cartes » avec des prix et proposent la livraison à domicile. Quelques personnes nous ont parlé de sites internet, sur le darkweb ou sur le web classique, parfois présentés comme des boutiques de « bien-être ».</p>
<p>Les prix déclarés vont de 20 à 50 &euro; le gramme, avec une médiane autour de 30 &euro;. Sur internet, les prix au gramme sont comparables mais souvent avec un minimum de commande et un paiement en cryptomonnaie. Nous citons ces chiffres pour une seule raison : le prix ne dit rien de la qualité. Nous avons trouvé de l'O-PCE dans un produit vendu cher, et de la kétamine très pure dans un produit bon marché.</p>
<p>Les produits achetés via messageries ou sur internet contenaient plus souvent un analogue (23 %) que ceux obtenus auprès de proches (10 %).</p>

<h2>Quand la kétamine devient un « traitement »</h2>
<p>Cette année, plusieurs personnes nous ont dit utiliser la kétamine pour soigner elles-mêmes une dépression ou une anxiété, après avoir lu des articles sur son usage en psychiatrie. Certaines avaient acheté un « spray d'eskétamine » sur un site qui promettait un envoi discret sans ordonnance. Les trois sprays que nous avons analysés contenaient respectivement de la kétamine à une concentration très différente de celle annoncée, de la 2-FDCK, et de l'eau.</p>
<p>Si vous êtes dans cette situation, nous comprenons. Les délais pour obtenir un traitement sont longs et le parcours peut décourager. Mais l'eskétamine authentique n'est jamais délivrée pour un usage à domicile : tout produit vendu ainsi n'est pas ce qu'il prétend être. Parlez-en à votre médecin traitant ou à un·e psychiatre ; et si vous consommez quand même, les conseils ci-dessous vous concernent particulièrement, car consommer seul·e chez soi expose à des risques spécifiques (chutes, malaise sans personne pour aider).</p>

<h2>Les analogues : pourquoi c'est important</h2>
<p>La 2-FDCK et la DCK sont souvent décrites comme « proches de la kétamine », mais elles ne se dosent pas de la même façon. La DCK serait nettement plus puissante et beaucoup plus longue. L'O-PCE est active à très faible dose. Prendre l'un de ces produits en croyant prendre de la kétamine peut conduire à une expérience beaucoup plus longue et intense que prévu, avec un risque de perte de connaissance. On connaît très mal leurs effets à long terme.</p>

<h2>La vessie : un signal d'alerte à ne pas négliger</h2>
<p>Une consommation fréquente de kétamine peut provoquer des atteintes de la vessie (cystites kétaminiques) : envies d'uriner pressantes et fréquentes, douleurs, sang dans les urines. Ces troubles dépendent de la fréquence et de la quantité consommées, pas de la « pureté » du produit. Boire beaucoup d'eau ne protège pas. Aux premiers symptômes, réduisez ou arrêtez, et consultez. Pris tôt, ces troubles peuvent régresser.</p>

<h2>Réduire les risques si vous consommez</h2>
<ul>
<li><b>Faites analyser votre produit</b> : nos permanences sont gratuites et anonymes. Les tests colorimétriques (réactifs Mandelin, Marquis) donnent une première indication mais ne remplacent pas une analyse.</li>
<li><b>Commencez par une petite quantité</b>, surtout avec un nouveau produit ou une nouvelle source. Utilisez une balance au milligramme. Attendez au moins une heure avant de reprendre.</li>
<li><b>Évitez les mélanges</b> : alcool, GHB/GBL, benzodiazépines, opioïdes augmentent fortement le risque de perte de connaissance et d'étouffement.</li>
<li><b>Ne consommez pas seul·e</b>, choisissez un lieu sûr, assis·e ou allongé·e, loin de l'eau, des escaliers et de la route.</li>
<li><b>Prenez soin de votre nez</b> : paille personnelle, rinçage au sérum physiologique.</li>
<li><b>Espacez les prises</b> : plusieurs semaines entre deux consommations, pour la vessie et pour éviter la tolérance.</li>
<li><b>En cas de malaise</b> : position latérale de sécurité et appel au 15 ou au 112. Dites ce qui a été consommé.</li>
</ul>

<h2>Comment fonctionne notre dispositif d'analyse</h2>
<p>Vous apportez une petite quantité de produit (quelques milligrammes suffisent) lors de nos permanences, le mardi soir à Lyon et le jeudi après-midi à Grenoble. Un·e intervenant·e réalise une première analyse par spectrométrie infrarouge et vous rend le résultat en une vingtaine de minutes, lors d'un entretien confidentiel. Pour les résultats incertains, l'échantillon est envoyé à un laboratoire partenaire et vous recevez la réponse par SMS sous dix jours. Nous fonctionnons dans le cadre de la politique de réduction des risques prévue par le Code de la santé publique. Nous ne demandons jamais votre nom et nous ne transmettons aucune information à la police.</p>
<p>Nous ne vendons aucun produit et nous n'indiquons jamais où s'en procurer. Si un compte sur les réseaux sociaux ou une messagerie prétend agir en notre nom pour vous vendre quoi que ce soit, c'est une arnaque : signalez-le-nous.</p>

<h2>Besoin d'en parler ?</h2>
<p>Drogues Info Service : 0 800 23 13 13 (appel anonyme et gratuit, 7 jours sur 7). Les CSAPA et CAARUD de votre région peuvent aussi vous accueillir. En cas de détresse psychique : 3114, numéro national de prévention du suicide.</p>
</article>
</main>
<aside><h4>Alertes récentes</h4><a href="/alertes/2026-10-o-pce-vendu-comme-ketamine">O-PCE vendu comme kétamine en Auvergne-Rhône-Alpes</a><a href="/alertes/2026-08-faux-spray-esketamine">Faux sprays d'« eskétamine » vendus en ligne</a></aside>
<footer><p>Association Analyse &amp; Réduction des Risques &middot; Financée par l'Agence régionale de santé et des dons privés. <a href="/mentions-legales">Mentions légales</a> &middot; <a href="/confidentialite">Confidentialité</a></p></footer>
""", noise="cookie-fr")

save(OUT, R)
