# Batch 59 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: PAGES THAT MUST NOT BE FLAGGED, AND THE SELLERS NEXT TO THEM. Informational pages that describe
# buying ketamine in detail (court records with a dealer's price list and payment methods, police press
# releases about a Telegram shop, a harm-reduction price survey, a drug-market paper with a table of
# vendor listings, a customs seizure notice, parents' guides to slang and emoji menus, a consumer warning
# quoting a fake pharmacy's ad word for word, a TV transcript of an undercover purchase), telehealth and
# clinic pages that sound commercial (discount codes, "order", shipping, crypto for memberships, WhatsApp
# booking), and sellers built to look like those pages (a shop quoting a news story, a seller's "is it
# legal?" FAQ, a vendor post in a harm-reduction forum, a "lab-tested" shop, a doorway review article).
# Mix: 11 sellers, 6 telehealth, 5 clinics, 18 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, it 2, pt 3).
# Shapes: federal sentencing opinion quoting a price list and payment apps; police press release on a
# Telegram shop takedown; German police press release (Telegram-Shop); drug-checking service quarterly
# price survey; Dutch price-monitor report; cryptomarket research paper with vendor-listing table;
# French customs seizure notice; parents' guide to emoji menus; Spanish parents' guide to slang;
# consumer-protection alert quoting a fake pharmacy ad verbatim; TV investigative transcript of an
# undercover buy; Italian news on a Guardia di Finanza operation; Brazilian news on an Anvisa warning;
# plain-text court-record snippet; harm-reduction forum rules with a quoted removed vendor post;
# plain-text rehab-centre blog snippet; licensed veterinary wholesaler order portal (registrants only);
# local-news explainer that tested "buy ketamine online" searches. Telehealth: discount-code landing,
# crypto-for-membership FAQ, Spanish WhatsApp-support programme page, German online psychiatry
# referring to esketamine partner centres, plain-text order snippet, Portuguese order tracking. Clinics:
# infusion-clinic gift-card shop with promo code, medical-tourism clinic with WhatsApp booking, Italian
# WhatsApp booking and deposit, Swiss-French bill payment with TWINT, plain-text Dutch clinic snippet.
# Sellers: shop quoting a news story ("as seen in"), "is it legal?" FAQ, vendor post in a harm-reduction
# forum, "lab-tested" harm-reduction-styled shop, Spanish WhatsApp shop padded with depression text,
# German customs/reship policy page, French shop quoting a press article, instant-approval fake
# telehealth for esketamine spray, bot-check page (url-only), doorway "best places to buy" review,
# Portuguese Instagram-bio emoji menu (plain text).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch59.py (writes batch59/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch59")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- informational

p("h5901", "https://opinions.courtrecords.example/district/2026/cr-24-00417/sentencing-memorandum", "informational", False, "en",
  "court-sentencing-opinion", "United States v. Marlowe, No. 24-cr-00417 - Memorandum Opinion on Sentencing", """
<div class="topbar"><a href="/">CourtRecords Open Archive</a> | <a href="/search">Search opinions</a> | <a href="/about">About this archive</a></div>
<div class="doc-meta">Filed 09/30/2026 &middot; Document 88 &middot; 14 pages &middot; <a href="/district/2026/cr-24-00417/doc88.pdf">PDF</a></div>
<article class="opinion">
<h1>UNITED STATES OF AMERICA v. DEVIN R. MARLOWE</h1>
<p class="caption">Criminal No. 24-cr-00417 &mdash; MEMORANDUM OPINION AND ORDER ON SENTENCING</p>
<h2>I. Background</h2>
<p>Defendant pleaded guilty to one count of possession with intent to distribute a Schedule III controlled substance, ketamine, and one count of use of a communication facility in furtherance of a drug offense. The facts below are taken from the plea agreement and the Presentence Investigation Report ("PSR"), to which neither party objected.</p>
<p>Between March 2023 and February 2024, Defendant operated an account on an encrypted messaging application under the handle "k_lounge_express." The account posted a recurring "menu" to a channel with approximately 1,900 subscribers. A screenshot recovered from Defendant's phone (Gov't Ex. 14) shows the following text, reproduced here as it appeared, spelling included:</p>
<blockquote><p>KETTY RESTOCK &#x1F434;&#x2728; shards / needlepoint<br>
1g - $45 | 3.5g - $130 | 7g - $240 | 14g - $420 | 28g - $780<br>
vet vials (sealed) ask for price<br>
pay: CashApp, Zelle, BTC, LTC. no paypal no venmo<br>
ship USPS priority stealth, vac sealed x2, reship if seized 1 time<br>
local drop weekdays after 6</p></blockquote>
<p>The PSR attributes to Defendant 2.1 kilograms of ketamine over the relevant period, based on the Government's summary of payment-application records (Gov't Ex. 22) and 61 tracked parcels. The sealed "vet vials" referenced in the menu were traced to a theft from a veterinary hospital in which Defendant was not otherwise shown to be involved.</p>
<h2>II. Guidelines Calculation</h2>
<p>Ketamine is converted to converted drug weight under USSG &sect; 2D1.1, Application Note 8(D). The parties agree that the base offense level is 20 and that a two-level enhancement applies under &sect; 2D1.1(b)(7) for distribution through mass-marketing by means of an interactive computer service. Defendant objects to the enhancement for maintaining a premises, and the Court sustains that objection for the reasons stated on the record.</p>
<h2>III. Section 3553(a) Factors</h2>
<p>The Court has considered the nature of the offense, which involved open advertising to an audience that included, by Defendant's own admission, purchasers he believed to be college students. The Court has also considered Defendant's lack of criminal history, his documented ketamine use disorder, and his participation in treatment since his release on conditions.</p>
<p>The Court notes that the advertising here &mdash; fixed price tiers, multiple payment channels and an offer to "reship" seized parcels &mdash; is typical of the online retail model described in the Government's expert declaration, and that general deterrence carries weight in such cases.</p>
<h2>IV. Sentence</h2>
<p>Defendant is sentenced to 30 months' imprisonment, to be followed by three years of supervised release with a special condition of substance use treatment. Forfeiture of the cryptocurrency wallets listed in the Preliminary Order of Forfeiture (Doc. 71) is ordered.</p>
<p>SO ORDERED.</p>
</article>
<footer>CourtRecords Open Archive republishes public court filings. It is not affiliated with any court. <a href="/removal">Request review of a document</a></footer>
""")

p("h5902", "https://www.rivertonpd.example/news/2026/11/telegram-ketamine-delivery-service-dismantled", "informational", False, "en",
  "police-press-release-telegram", "Investigators dismantle Telegram delivery service selling ketamine | Riverton Police Department", """
<header class="site"><img src="/img/badge.svg" alt="Riverton Police Department"><nav><a href="/">Home</a><a href="/services">Services</a><a href="/news" class="active">News</a><a href="/recruiting">Join RPD</a><a href="/tips">Submit a Tip</a></nav></header>
<main>
<p class="dateline">FOR IMMEDIATE RELEASE &middot; November 18, 2026 &middot; Case 26-118734</p>
<h1>Investigators dismantle Telegram delivery service selling ketamine and cocaine</h1>
<p>RIVERTON &mdash; Detectives from the Narcotics and Vice Unit, working with the County Drug Task Force, executed search warrants at two residences on Tuesday and arrested three people in connection with a drug delivery service advertised on Telegram.</p>
<p>According to investigators, the service operated a channel called "Midnight Menu 24/7" that posted daily price lists and let customers place orders through a bot. Ketamine was advertised at $60 per gram with a "3 for $150" deal, and customers could pay by cryptocurrency or with prepaid gift cards. Orders were delivered by drivers within the city in under an hour, investigators said.</p>
<p>Undercover officers placed several orders through the channel between August and October. Seized during the warrants:</p>
<ul>
<li>approximately 610 grams of suspected ketamine</li>
<li>approximately 95 grams of suspected cocaine</li>
<li>two digital scales, packaging materials and 14 mobile phones</li>
<li>$23,400 in cash</li>
</ul>
<p>"People think ordering from an app is safer than meeting someone on a corner. It isn't. You have no idea what is in the bag," said Lt. Carla Whitfield. Lab testing of earlier undercover purchases found two samples sold as ketamine contained a synthetic analogue.</p>
<p>The suspects, ages 24, 27 and 31, were booked into the County Jail on charges including possession with intent to distribute. Names will be released after charges are filed by the District Attorney's Office. All persons are presumed innocent until proven guilty.</p>
<p>Anyone with information about drug sales advertised on social media or messaging apps is asked to contact the tip line at 555-0142 or submit an anonymous tip online.</p>
<p class="media">Media contact: Public Information Office, pio@rivertonpd.example</p>
</main>
<aside><h3>Recent releases</h3><ul><li><a href="#">Holiday DUI enforcement begins Dec. 1</a></li><li><a href="#">Arrest made in Elm Street burglaries</a></li><li><a href="#">Coffee with a Cop &ndash; December</a></li></ul></aside>
<footer>Riverton Police Department &middot; 200 Civic Plaza &middot; Non-emergency 555-0100 &middot; In an emergency call 911</footer>
""", noise="cookie")

p("h5903", "https://www.polizei-hafenstadt.example/presse/meldung/2026-10-07-telegram-shop-ketamin", "informational", False, "de",
  "police-press-release-de", "Ermittler schalten Telegram-Shop für Ketamin ab - Polizeipräsidium Hafenstadt", """
<div class="kopf"><a href="/">Polizei Hafenstadt</a> <span>Presseportal</span> <a href="/leichte-sprache">Leichte Sprache</a> <a href="/gebaerdensprache">Gebärdensprache</a></div>
<nav class="brot">Startseite &rsaquo; Presse &rsaquo; Pressemeldungen 2026</nav>
<article>
<h1>Ermittler schalten Telegram-Shop ab &ndash; Ketamin und Ecstasy per Post verschickt</h1>
<p class="datum">07.10.2026, 11:40 Uhr &middot; Gemeinsame Pressemitteilung der Staatsanwaltschaft Hafenstadt und des Polizeipräsidiums</p>
<p>Nach mehrmonatigen Ermittlungen haben Beamte des Rauschgiftkommissariats am Dienstagmorgen vier Wohnungen im Stadtgebiet sowie ein angemietetes Lager in einem Gewerbegebiet durchsucht. Zwei Männer im Alter von 29 und 34 Jahren wurden vorläufig festgenommen; gegen sie wurden Haftbefehle erlassen.</p>
<p>Die Beschuldigten sollen über einen Kanal im Messengerdienst Telegram einen sogenannten Shop betrieben haben. Dort wurden laut Ermittlern Preislisten veröffentlicht, unter anderem für Ketamin ab 25 Euro pro Gramm, mit Staffelpreisen für größere Mengen. Bezahlt wurde überwiegend mit Kryptowährungen. Die Ware wurde nach Erkenntnissen der Ermittler in handelsüblichen Versandtaschen als Brief oder Päckchen verschickt, teilweise an Packstationen.</p>
<p>Bei den Durchsuchungen stellten die Beamten rund 3,2 Kilogramm Ketamin, etwa 4.000 Ecstasy-Tabletten, Vakuumiergeräte, Versandmaterial sowie Datenträger sicher. Zudem wurden Vermögenswerte in Höhe von rund 60.000 Euro gesichert.</p>
<p>Die Auswertung der sichergestellten Datenträger dauert an. Die Ermittler prüfen auch, ob Käuferinnen und Käufer identifiziert werden können. Die Staatsanwaltschaft weist darauf hin, dass bereits der Erwerb von Betäubungsmitteln strafbar ist.</p>
<h2>Hinweis der Polizei</h2>
<p>Drogen aus Online-Shops und Messenger-Kanälen sind oft falsch deklariert oder gestreckt. Wer Hilfe sucht, findet Beratung bei den Suchtberatungsstellen der Stadt oder anonym unter der Sucht- und Drogenhotline.</p>
<p class="kontakt">Rückfragen von Medienvertretern: Pressestelle, Telefon 040 555 1020</p>
</article>
<footer>Polizeipräsidium Hafenstadt &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h5904", "https://checkpoint-drugcheck.example/reports/q3-2026-market-snapshot", "informational", False, "en",
  "drug-checking-price-survey", "Q3 2026 Market Snapshot: what people paid and what they got | Checkpoint Drug Checking", """
<header><a href="/" class="logo">Checkpoint</a> <nav><a href="/services">Get a sample tested</a> <a href="/alerts">Alerts</a> <a href="/reports" class="on">Reports</a> <a href="/naloxone">Free naloxone</a> <a href="/about">About</a></nav></header>
<main>
<h1>Q3 2026 Market Snapshot</h1>
<p class="lede">Every time someone drops off a sample we ask three optional questions: what they were told it was, what they paid, and where they got it. This quarter 1,312 people answered. Here is what they told us, next to what our FTIR and test strips found.</p>
<h2>Ketamine</h2>
<p>We checked 208 samples sold as ketamine. 71% contained ketamine as the only active compound we could detect. 9% contained an analogue (mostly 2F-deschloroketamine), 6% contained no active drug we could identify, and the rest were mixtures.</p>
<table class="data">
<caption>Reported price paid for ketamine, Q3 2026 (n = 174)</caption>
<tr><th>Amount</th><th>Median price</th><th>Range reported</th></tr>
<tr><td>0.5 g</td><td>$30</td><td>$20&ndash;$50</td></tr>
<tr><td>1 g</td><td>$50</td><td>$30&ndash;$80</td></tr>
<tr><td>3.5 g</td><td>$140</td><td>$100&ndash;$200</td></tr>
</table>
<table class="data">
<caption>Where people said they bought it</caption>
<tr><th>Source</th><th>Share</th></tr>
<tr><td>Friend / someone they know</td><td>44%</td></tr>
<tr><td>Messaging app (Telegram, Signal, Snapchat "menu")</td><td>29%</td></tr>
<tr><td>Darknet market</td><td>11%</td></tr>
<tr><td>Website that looked like a pharmacy</td><td>5%</td></tr>
<tr><td>At a party or venue</td><td>11%</td></tr>
</table>
<p>Samples bought from "pharmacy" websites were the least likely to contain what was promised: 4 of the 9 we received contained no ketamine at all. Two arrived with printed labels claiming to be a brand-name injectable.</p>
<h2>What this means if you use ketamine</h2>
<ul><li>Price is no guide to purity. Some of the most expensive samples were analogues.</li>
<li>Start low and wait. Analogues can be much longer-lasting.</li>
<li>Do not mix with alcohol, benzodiazepines or opioids.</li>
<li>Frequent use can seriously damage the bladder. Pain when peeing or blood in urine needs a doctor.</li></ul>
<p>Drop-in testing is free and confidential. We do not ask for names and we do not share data with police. <a href="/services">Find a testing time</a>.</p>
</main>
<footer>Checkpoint is a program of the Eastside Community Health Collective. Funded by the State Department of Health. <a href="/privacy">Privacy</a></footer>
""")

p("h5905", "https://www.drugsinfo-monitor.example/rapporten/prijsmonitor-2026-ketamine", "informational", False, "nl",
  "price-monitor-report-nl", "Prijsmonitor 2026: ketamine goedkoper, vaker via berichtenapps | Drugsinfo Monitor", """
<div class="menu"><a href="/">Drugsinfo Monitor</a> · <a href="/middelen">Middelen</a> · <a href="/testen">Drugs laten testen</a> · <a href="/rapporten">Rapporten</a> · <a href="/contact">Contact</a></div>
<main>
<h1>Prijsmonitor 2026: ketamine goedkoper, vaker via berichtenapps</h1>
<p><em>Gepubliceerd 4 november 2026 · Leestijd 5 minuten</em></p>
<p>Elk jaar vragen testlocaties aan mensen die een monster inleveren wat zij voor het middel hebben betaald. Voor ketamine werden dit jaar 1.046 prijzen geregistreerd.</p>
<h2>Belangrijkste bevindingen</h2>
<ul>
<li>De gemiddelde prijs per gram ketamine daalde van &euro;27 naar &euro;23.</li>
<li>Bij aankoop van 5 gram of meer lag de gemiddelde grammenprijs rond &euro;16.</li>
<li>38% van de gebruikers kocht via een berichtenapp (Telegram, Signal, WhatsApp), tegen 24% twee jaar eerder.</li>
<li>Het gemiddelde ketaminegehalte van poedermonsters bleef hoog (circa 85%).</li>
</ul>
<table>
<tr><th>Jaar</th><th>Gem. prijs per gram</th><th>Via berichtenapp</th><th>Aantal prijzen</th></tr>
<tr><td>2024</td><td>&euro;27</td><td>24%</td><td>812</td></tr>
<tr><td>2025</td><td>&euro;25</td><td>31%</td><td>953</td></tr>
<tr><td>2026</td><td>&euro;23</td><td>38%</td><td>1.046</td></tr>
</table>
<h2>Toelichting</h2>
<p>Kopers meldden vaker dat zij reageerden op een 'menukaart' die in een groep werd gedeeld, met vaste prijzen en bezorging aan huis. Een lagere prijs betekent niet dat het middel minder riskant is: regelmatig gebruik kan leiden tot blaasklachten en afhankelijkheid.</p>
<p>De prijsmonitor is geen advies over kopen en zegt niets over de betrouwbaarheid van verkopers. Wie wil weten wat er in een middel zit, kan het anoniem laten testen bij een testlocatie.</p>
<p><a href="/rapporten/prijsmonitor-2026.pdf">Download het volledige rapport (PDF, 1,8 MB)</a></p>
</main>
<footer>Drugsinfo Monitor · Onafhankelijk monitoringsprogramma · <a href="/privacy">Privacyverklaring</a></footer>
""", noise="cookie-nl")

p("h5906", "https://journal-drugpolicy-research.example/article/10.5555/jdpr.2026.0311", "informational", False, "en",
  "research-paper-vendor-table", "Ketamine on cryptomarkets and messaging platforms: a 12-month listing study | Journal of Drug Policy Research", """
<header class="journal"><a href="/">Journal of Drug Policy Research</a> <form class="search"><input placeholder="Search articles"></form> <a href="/login">Institutional login</a></header>
<div class="article-tools"><a href="#">Download PDF</a> <a href="#">Cite</a> <a href="#">Share</a> <span>Open Access</span></div>
<article>
<p class="type">Original Research</p>
<h1>Ketamine on cryptomarkets and messaging platforms: a 12-month listing study</h1>
<p class="authors">A. Okafor, L. Brennan, T. Saarinen</p>
<section><h2>Abstract</h2>
<p><b>Background.</b> Online retail of ketamine has moved partly from cryptomarkets to messaging platforms. We compared listings on both. <b>Methods.</b> We scraped publicly visible listings on four cryptomarkets and 37 public messaging-app channels weekly between September 2025 and August 2026, recording advertised price, quantity, shipping terms and payment options. Vendor names were pseudonymised. <b>Results.</b> We recorded 4,812 ketamine listings from 406 vendors. Median advertised price per gram was lower on cryptomarkets (USD 31) than on messaging channels (USD 42), but messaging channels more often offered same-day local delivery. <b>Conclusions.</b> Messaging-platform retail is growing and is harder to monitor.</p></section>
<section><h2>Table 2. Ten highest-volume ketamine vendors (pseudonymised)</h2>
<table>
<tr><th>Vendor</th><th>Platform</th><th>Listings</th><th>Price / g (median, USD)</th><th>Payment</th><th>Shipping claims</th></tr>
<tr><td>V-017</td><td>Cryptomarket A</td><td>212</td><td>28</td><td>XMR</td><td>"stealth", international</td></tr>
<tr><td>V-044</td><td>Cryptomarket A</td><td>167</td><td>30</td><td>XMR, BTC</td><td>"reship once", EU only</td></tr>
<tr><td>V-102</td><td>Channel</td><td>149</td><td>45</td><td>BTC, gift cards</td><td>local delivery</td></tr>
<tr><td>V-003</td><td>Cryptomarket B</td><td>138</td><td>26</td><td>XMR</td><td>"vacuum sealed"</td></tr>
<tr><td>V-221</td><td>Channel</td><td>121</td><td>40</td><td>USDT, bank transfer</td><td>post, tracked</td></tr>
<tr><td>V-058</td><td>Cryptomarket C</td><td>117</td><td>33</td><td>XMR</td><td>"no sig required"</td></tr>
<tr><td>V-310</td><td>Channel</td><td>96</td><td>50</td><td>cash on delivery</td><td>local delivery</td></tr>
<tr><td>V-129</td><td>Cryptomarket B</td><td>92</td><td>29</td><td>BTC</td><td>international</td></tr>
<tr><td>V-275</td><td>Channel</td><td>88</td><td>38</td><td>BTC, LTC</td><td>"discreet", domestic</td></tr>
<tr><td>V-066</td><td>Cryptomarket A</td><td>85</td><td>31</td><td>XMR</td><td>"free reship"</td></tr>
</table>
<p class="note">Listings were observed and recorded only; no purchases were made. Vendor handles and channel names are withheld to avoid promoting them.</p></section>
<section><h2>Ethics</h2><p>The study was approved by the university research ethics committee (ref. 2025/118). It used only publicly visible information.</p></section>
<section><h2>Funding</h2><p>National Institute for Public Health, grant DP-2291.</p></section>
</article>
<footer>&copy; 2026 the authors. Published under CC BY 4.0.</footer>
""")

p("h5907", "https://www.douane-nord.example/actualites/saisie-ketamine-colis-postaux-novembre-2026", "informational", False, "fr",
  "customs-seizure-notice-fr", "Saisie de 18 kg de kétamine dans des colis postaux - Direction régionale des douanes", """
<header><a href="/">Douane &ndash; Direction régionale Nord</a><nav><a href="/particuliers">Particuliers</a> <a href="/entreprises">Entreprises</a> <a href="/actualites">Actualités</a> <a href="/contact">Nous contacter</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Lutte contre les trafics</p>
<h1>Saisie de 18 kg de kétamine dans des colis postaux</h1>
<p class="date">Publié le 21 novembre 2026</p>
<p>Les agents de la cellule de ciblage du fret express de la plateforme aéroportuaire ont saisi, entre le 2 et le 16 novembre, un total de 18,4 kg de kétamine dissimulés dans 43 colis en provenance d'Asie et à destination de particuliers en France, en Belgique et en Allemagne.</p>
<p>Les colis étaient déclarés comme « échantillons de cosmétiques », « sel de bain » ou « pièces détachées ». La drogue était conditionnée sous vide dans des sachets opaques, parfois glissés dans des boîtes de thé. Les analyses ont confirmé la présence de chlorhydrate de kétamine.</p>
<p>Selon les premiers éléments de l'enquête, confiée au service d'enquêtes judiciaires des finances, une partie des destinataires avait commandé la marchandise sur des sites se présentant comme des pharmacies en ligne ou des fournisseurs de « produits chimiques de recherche », avec paiement en cryptomonnaie.</p>
<h2>Rappel</h2>
<p>L'importation de stupéfiants, y compris pour un usage personnel, constitue un délit douanier. La kétamine est classée comme stupéfiant ; elle ne peut être délivrée que sur prescription dans un cadre médical. L'achat sur internet expose à des produits frelatés et à des poursuites.</p>
<p>Montant de la valeur estimée sur le marché illicite : environ 550 000 euros.</p>
<aside class="encadre"><h3>Vous avez reçu un avis de retenue douanière ?</h3><p>Les avis officiels ne demandent jamais de paiement par carte cadeau ou cryptomonnaie. En cas de doute, contactez le service d'information.</p></aside>
</main>
<footer><a href="/mentions-legales">Mentions légales</a> · <a href="/accessibilite">Accessibilité : partiellement conforme</a> · <a href="/plan">Plan du site</a></footer>
""", noise="cookie-fr")

p("h5908", "https://www.familyfirst-online.example/guides/drug-emoji-menus-parents", "informational", False, "en",
  "parents-guide-emoji-menus", "Emoji menus: a parent's guide to how drugs are advertised on social apps | FamilyFirst", """
<header><a href="/" class="brand">FamilyFirst</a><nav><a href="/guides">Guides</a><a href="/apps">App reviews</a><a href="/screen-time">Screen time</a><a href="/newsletter" class="btn">Get the newsletter</a></nav></header>
<main class="guide">
<h1>Emoji menus: how drugs are advertised on the apps your teen uses</h1>
<p class="byline">Reviewed by a school counselor and a youth addiction specialist &middot; Updated November 2026</p>
<p>Dealers rarely write "drugs for sale." They post a <b>menu</b>: a story, bio or pinned post made of emojis, short codes and prices, often with "DM for menu," "tap in" or a link to a Telegram or Signal account. Here is what to look for.</p>
<h2>Common emojis and what they can mean</h2>
<table>
<tr><th>Emoji</th><th>Sometimes used for</th></tr>
<tr><td>&#x1F434; &#x1F40E; (horse), &#x1F431; (cat), "K", "ket", "special K", "kitty"</td><td>Ketamine (it is also a veterinary anaesthetic)</td></tr>
<tr><td>&#x2744;&#xFE0F; &#x26C4; &#x1F3B1;</td><td>Cocaine</td></tr>
<tr><td>&#x1F48A; &#x1F52A; &#x1F19F;</td><td>Pills, possibly counterfeit pills containing fentanyl</td></tr>
<tr><td>&#x1F343; &#x1F966; &#x26FD;</td><td>Cannabis</td></tr>
<tr><td>&#x1F50C;</td><td>"Plug" &ndash; a dealer</td></tr>
<tr><td>&#x1F4EC; &#x1F697; &#x1F4B8;</td><td>Shipping, delivery, payment</td></tr>
</table>
<h2>What a real menu looks like</h2>
<p>Here is a made-up example based on posts counselors have shown us. A menu like this might appear in a story that disappears after 24 hours:</p>
<pre class="example">&#x1F434; 1g 50 / 2g 90
&#x1F48A; 10 for 100
&#x1F4EC; ship nationwide &#x1F697; local drop
&#x1F4B8; cashapp / apple pay
&#x1F50C; tele in bio</pre>
<p>Emojis change quickly and many have innocent meanings. One horse emoji is not proof of anything &mdash; look for patterns: prices, "DM," delivery, payment apps, accounts that post only stories.</p>
<h2>What to do</h2>
<ol><li>Talk, don't accuse. Ask what they have seen on their feed.</li>
<li>Report the account in the app and, if you think your child is buying, talk to your pediatrician or a counselor.</li>
<li>Explain that pills and powders bought this way are often not what the seller says.</li></ol>
<div class="callout">Need help now? Call the national helpline, free and confidential, 24/7.</div>
</main>
<aside class="related"><h4>Related</h4><a href="#">Vaping: what parents should know</a> <a href="#">Setting up parental controls on Snapchat</a></aside>
<footer>&copy; 2026 FamilyFirst, a nonprofit. <a href="/privacy">Privacy</a> &middot; <a href="/donate">Donate</a></footer>
""", noise="cookie")

p("h5909", "https://www.padresalerta.example/guias/jerga-drogas-redes-sociales", "informational", False, "es",
  "parents-guide-slang-es", "Jerga y emojis de drogas en redes: guía para madres y padres | Padres Alerta", """
<header><a href="/">Padres Alerta</a> <nav><a href="/guias">Guías</a> <a href="/talleres">Talleres para colegios</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Jerga y emojis de drogas en redes sociales: lo que madres y padres deberían saber</h1>
<p>Nuestros talleres en institutos nos dejan siempre la misma pregunta: «¿cómo se venden drogas por el móvil?». La respuesta corta: con palabras en clave, emojis y mensajes que desaparecen.</p>
<h2>Palabras que escuchamos con frecuencia</h2>
<dl>
<dt>«Keta», «kit», «la K», «special K», «caballo»</dt><dd>Ketamina. Es un anestésico que se usa en medicina y en veterinaria. En fiestas se consume esnifada en pequeñas cantidades («puntos» o «rayas»).</dd>
<dt>«Tusi» o «cocaína rosa»</dt><dd>Polvo rosa que se vende como droga de moda. En los análisis suele contener ketamina mezclada con MDMA, cafeína u otras sustancias, no 2C-B como se anuncia.</dd>
<dt>«Menú», «carta», «pillar», «el plug»</dt><dd>Lista de precios, comprar, y la persona que vende.</dd>
<dt>«Envío discreto», «punto de recogida»</dt><dd>Forma de entrega por mensajería o en un lugar acordado.</dd>
</dl>
<h2>Un ejemplo inventado de anuncio</h2>
<p>Para que sepa reconocerlo, reproducimos un anuncio ficticio parecido a los que nos han enseñado alumnos:</p>
<blockquote>«&#x1F434; keta top 1g 30&euro; · 5g 120&euro; &#x1F4E6; envío 24h toda España &#x1F4B0; bizum o cripto &#x1F4F2; escribe por Telegram»</blockquote>
<p>Si encuentra algo así en el móvil de su hijo o hija, mantenga la calma. Más que el castigo, funciona la conversación: pregunte, escuche y ofrezca ayuda.</p>
<h2>Recursos</h2>
<ul><li>Su centro de salud o pediatra.</li><li>Servicios municipales de prevención de adicciones.</li><li>Teléfono de información sobre drogas de su comunidad autónoma.</li></ul>
</main>
<footer>Padres Alerta es una asociación sin ánimo de lucro. <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h5910", "https://consumer.stateag.example/alerts/2026/fake-online-pharmacies-ketamine", "informational", False, "en",
  "consumer-alert-quotes-ad", "Consumer Alert: Fake online pharmacies advertising ketamine 'without a prescription' | Office of the Attorney General", """
<header class="gov"><div class="govbar">An official website of the State</div><a href="/">Office of the Attorney General &ndash; Consumer Protection</a><nav><a href="/complaint">File a complaint</a><a href="/alerts">Consumer alerts</a><a href="/scams">Scams</a></nav></header>
<main>
<h1>Consumer Alert: Fake online pharmacies advertising ketamine "without a prescription"</h1>
<p class="date">October 29, 2026</p>
<p>Our office has received more than 140 complaints this year from residents who paid websites for ketamine or esketamine nasal spray and received nothing, received an unlabeled powder, or were then contacted with demands for more money to "release" a package held by customs.</p>
<p>Many of these sites look professional. Below is the text of one advertisement that a complainant forwarded to us, quoted exactly so that consumers can recognize the pattern. <strong>Do not contact this or any similar site.</strong></p>
<blockquote class="quoted-ad">
"BUY KETAMINE ONLINE &ndash; 100% LEGIT PHARMACY. Ketalar 10ml vials, Ketamine HCl powder and crystal, Esketamine nasal spray. NO PRESCRIPTION NEEDED. Overnight discreet delivery USA, Canada, Australia, UK. Payment: Bitcoin, Zelle, Apple Gift Card (10% discount for crypto). Contact us on WhatsApp +1 555 0199 or Telegram for fast reply. Guaranteed delivery or reshipment!"
</blockquote>
<h2>Warning signs</h2>
<ul>
<li>Ketamine and esketamine are prescription drugs. A legitimate pharmacy will always require a valid prescription from a licensed prescriber.</li>
<li>Requests to pay with gift cards, cryptocurrency or peer-to-peer payment apps.</li>
<li>Ordering through WhatsApp or Telegram instead of a pharmacy account.</li>
<li>Promises of "guaranteed delivery" or "free reshipment" if customs seizes a package.</li>
<li>Follow-up messages demanding "customs fees," "insurance" or "clearance certificates."</li>
</ul>
<h2>If you have paid a site like this</h2>
<p>Contact your bank or payment app right away and ask about reversing the charge. Keep screenshots. You can <a href="/complaint">file a complaint</a> with our office; you will not be asked about drug use.</p>
<p>To check whether an online pharmacy is licensed, use the state Board of Pharmacy license lookup.</p>
</main>
<footer>Office of the Attorney General &middot; Consumer Protection Division &middot; Hotline 1-800-555-0170 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy policy</a></footer>
""")

p("h5911", "https://www.channel9news.example/investigates/transcripts/2026-11-12-ordering-ketamine-in-minutes", "informational", False, "en",
  "tv-transcript-undercover-buy", "TRANSCRIPT: Channel 9 Investigates - 'Ordered in Minutes' | Channel 9 News", """
<div class="site-header"><a href="/">Channel 9 News</a> <nav><a href="/local">Local</a> <a href="/weather">Weather</a> <a href="/investigates">9 Investigates</a> <a href="/live" class="live">&#9679; Watch Live</a></nav></div>
<main>
<h1>TRANSCRIPT: 9 Investigates &ndash; "Ordered in Minutes"</h1>
<p class="meta">Aired November 12, 2026, 6:00 p.m. This transcript has been lightly edited for readability.</p>
<div class="transcript">
<p><b>ANCHOR (DANA REYES):</b> Tonight, a 9 Investigates report you'll want your teenagers to see. Our team wanted to find out how easy it is to buy ketamine, a powerful anesthetic, with nothing but a phone. The answer: very easy. Investigative reporter Marcus Lee has the story.</p>
<p><b>MARCUS LEE:</b> It took us less than ten minutes. We searched a popular social app for a few slang words and found dozens of accounts posting what they call menus. This one lists ketamine at sixty dollars a gram, "two for one-ten." It says "DM to order, Telegram only."</p>
<p><b>LEE (V/O):</b> We sent a message. The reply came back almost instantly.</p>
<p><b>LEE (reading on screen):</b> "how much u need. cashapp or crypto. drop in 45 min." We said one gram. They asked for an address. We gave them a location we controlled &mdash; a parking lot, with our cameras rolling.</p>
<p><b>LEE (V/O):</b> Forty minutes later, a car pulls up. The driver hands over a small bag and leaves. We paid sixty dollars through a payment app to an account under a name that doesn't match anyone we could find.</p>
<p><b>LEE:</b> We took the bag straight to a licensed lab. The result: it did contain ketamine &mdash; but also a second, unlisted drug.</p>
<p><b>DR. ANITA SHAH, TOXICOLOGIST:</b> You don't know the dose, you don't know what else is in it. With ketamine, people lose coordination, they can't protect their airway if they also drank. That's how people end up in my emergency department.</p>
<p><b>LEE:</b> We turned the bag and our evidence over to police. The account we bought from was deleted two days later. Three new ones with the same menu appeared that week.</p>
<p><b>REYES:</b> Marcus, what can parents do?</p>
<p><b>LEE:</b> Experts told us: know the slang, keep talking, and report these accounts. We've put a guide on our website.</p>
</div>
<p class="note">If you or someone you know is struggling with substance use, call the national helpline. 9 Investigates did not keep any substance purchased for this report.</p>
</main>
<footer>&copy; 2026 Channel 9 News &middot; <a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a> &middot; <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h5912", "https://www.gazzettadellariviera.example/cronaca/2026/11/03/ketamina-telegram-guardia-finanza", "informational", False, "it",
  "news-gdf-operation-it", "Ketamina venduta su Telegram e spedita con i corrieri: 9 indagati | Gazzetta della Riviera", """
<header><a href="/">Gazzetta della Riviera</a> <nav><a href="/cronaca">Cronaca</a> <a href="/politica">Politica</a> <a href="/sport">Sport</a> <a href="/abbonati" class="abbonati">Abbonati a 1&euro;</a></nav></header>
<article>
<p class="occhiello">L'operazione</p>
<h1>Ketamina venduta su Telegram e spedita con i corrieri: nove indagati</h1>
<p class="sommario">Il listino prezzi pubblicato sul canale: 35 euro al grammo, sconti per chi comprava 10 grammi. Pagamenti in criptovalute e con carte prepagate</p>
<p class="firma">di Redazione Cronaca &middot; 3 novembre 2026</p>
<p>Un vero e proprio negozio online, con tanto di «listino» aggiornato, recensioni dei clienti e assistenza via chat. È quanto ricostruito dai finanzieri del Comando provinciale, che all'alba di ieri hanno eseguito nove misure cautelari tra la Liguria e la Lombardia.</p>
<p>Secondo gli investigatori, il gruppo gestiva un canale Telegram con oltre tremila iscritti. Nei messaggi, acquisiti agli atti, la ketamina veniva offerta a 35 euro al grammo, con «offerta» a 300 euro per dieci grammi. I clienti pagavano in bitcoin o ricaricando carte prepagate intestate a prestanome; la merce partiva con i normali corrieri espressi, nascosta in confezioni di tè o di integratori.</p>
<p>Le indagini sono partite da una segnalazione dell'Agenzia delle Dogane, che aveva intercettato alcuni plichi sospetti. I militari hanno poi effettuato acquisti sotto copertura, autorizzati dall'autorità giudiziaria, per ricostruire la filiera.</p>
<p>Sequestrati circa 4 chili di ketamina, 20 mila euro in contanti e portafogli di criptovalute. Il gip ha disposto per tre indagati la custodia cautelare in carcere.</p>
<p>«Chi compra online pensa di essere al sicuro, ma le sostanze non sono controllate», ha spiegato un ufficiale. I Serd della provincia ricordano che l'uso frequente di ketamina può causare gravi danni alla vescica.</p>
</article>
<aside><h3>Più letti</h3><ol><li>Maltempo, allerta gialla in tutta la provincia</li><li>Nuovo parcheggio in centro, ecco le tariffe</li><li>Serie C, la squadra espugna Alessandria</li></ol></aside>
<footer>Gazzetta della Riviera &middot; Testata registrata &middot; P.IVA 00000000000 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h5913", "https://www.portalsaude-noticias.example/2026/10/anvisa-alerta-sites-falsos-cetamina", "informational", False, "pt",
  "news-regulator-warning-pt", "Anvisa alerta para sites que vendem cetamina 'sem receita' | Portal Saúde Notícias", """
<header><a href="/">Portal Saúde Notícias</a> <nav><a href="/saude-mental">Saúde mental</a> <a href="/medicamentos">Medicamentos</a> <a href="/vigilancia">Vigilância</a></nav></header>
<article>
<h1>Anvisa alerta para sites que vendem cetamina "sem receita"</h1>
<p class="linha-fina">Agência determinou a suspensão de 27 páginas; anúncios prometiam entrega em 48 horas e pagamento por Pix</p>
<p class="data">Publicado em 15/10/2026 às 09h12</p>
<p>A Agência Nacional de Vigilância Sanitária (Anvisa) publicou nesta terça-feira uma resolução que determina a suspensão da divulgação e da venda de produtos anunciados como cetamina e escetamina em 27 sites e perfis de redes sociais.</p>
<p>Segundo a agência, as páginas usavam frases como "compre cetamina online sem receita", "entrega discreta em todo o Brasil" e "pague com Pix ou criptomoeda". Alguns perfis exibiam fotos de frascos com rótulos de uso veterinário. Os preços anunciados variavam de R$ 180 a R$ 450 por frasco.</p>
<p>A cetamina é um anestésico de uso hospitalar e veterinário e está sujeita a controle especial. A escetamina em spray nasal, indicada para depressão resistente, só pode ser administrada em serviços de saúde, sob supervisão.</p>
<p>"Não existe venda legal desses produtos pela internet para o consumidor", afirmou a gerência de fiscalização em nota. A Anvisa orienta quem identificar anúncios semelhantes a denunciá-los pelos canais oficiais.</p>
<h2>Risco para quem compra</h2>
<p>Além de crime, a compra expõe o consumidor a produtos falsificados e a golpes. Há relatos de pessoas que pagaram e não receberam nada, ou que foram cobradas novamente por supostas "taxas alfandegárias".</p>
</article>
<aside class="newsletter">Receba as principais notícias de saúde no seu e-mail. <input placeholder="seu e-mail"> <button>Assinar</button></aside>
<footer>&copy; 2026 Portal Saúde Notícias. Todos os direitos reservados.</footer>
""", noise="cookie-pt")

p("h5914", "https://casefinder.example/appellate/2026/state-v-okonkwo", "informational", False, "en",
  "court-record-snippet", "State v. Okonkwo (Ct. App. 2026)", """
State v. Okonkwo (Ct. App. 2026) ... The undercover detective answered an advertisement reading "K for sale, 40 a g, 150 a ball, CashApp or BTC, meet or mail" and arranged a purchase of seven grams. Defendant contends the advertisement alone was insufficient to show intent to distribute; we disagree ...
""", ext="txt")

p("h5915", "https://forum.saferpartying.example/t/read-before-posting-no-sourcing-rule-examples/77", "informational", False, "en",
  "harm-reduction-forum-rules", "READ BEFORE POSTING: the no-sourcing rule (with examples) - SaferPartying Community", """
<div class="d-header"><a href="/" class="logo">SaferPartying Community</a> <a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/login" class="btn">Log In</a></div>
<div class="topic-title"><h1>READ BEFORE POSTING: the no-sourcing rule (with examples)</h1><span class="category">Announcements</span> <span class="pinned">&#128204; Pinned globally</span></div>
<div class="post" id="post_1">
<div class="author"><b>mod_juniper</b> <span class="badge">Moderator</span> <span class="date">Mar 2024 (edited Nov 2026)</span></div>
<div class="cooked">
<p>This forum exists so people can use drugs more safely: dosing, interactions, test kit results, getting help. <strong>Sourcing is banned.</strong> That means no asking where to buy, no offering to sell, no "DM me," no vendor names, no links to shops, no telegram handles.</p>
<p>We remove several of these every day. So everyone knows what they look like, here is one we removed last week, with the contact details blanked:</p>
<blockquote><p>"hey fam, been lurking here for a while, love the harm reduction work you guys do &#x2764;&#xFE0F; just wanted to say I have clean lab tested K, shards, reagent-tested, 1g/3.5g/7g, ships from EU, crypto only, hmu on tele @[removed] for the menu. stay safe!!"</p></blockquote>
<p>Friendly tone, harm reduction words, "lab tested" &mdash; still a vendor, still an instant ban. Accounts that post these usually sign up the same day.</p>
<p>Also removed: "anyone know a good plug in Leeds?", "which site did you order from?", and price checks that name a vendor.</p>
<p>What <em>is</em> fine: "I paid about &pound;30 a gram and the reagent test showed ___, is that expected?" Talking about prices in general is allowed; naming or contacting a source is not.</p>
<p>If you see sourcing, hit the flag button. Do not reply to the poster, and never DM someone who offers to sell &mdash; scams and police stings are both common.</p>
</div>
<div class="actions"><span>&#x2764;&#xFE0F; 412</span> <a href="#">Share</a> <a href="#">Flag</a></div>
</div>
<div class="topic-map">created Mar 2024 &middot; last reply Nov 2026 &middot; 38 replies &middot; 21.4k views</div>
<div class="post" id="post_2"><div class="author"><b>bluebottle_</b> <span class="date">Nov 2026</span></div><div class="cooked"><p>Thanks for pinning this again. Got two DMs from "vendors" within an hour of my first post.</p></div></div>
<footer>Powered by Discourse &middot; <a href="/faq">FAQ/Guidelines</a> &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h5916", "https://www.greenhillrecovery.example/blog/ketamine-addiction-signs", "informational", False, "en",
  "rehab-blog-snippet", "Ketamine Addiction: Signs and Treatment | Greenhill Recovery", """
Ketamine is now sold on Telegram and Snapchat for as little as £20 a gram, often with next-day postal delivery, and our admissions team has seen a sharp rise in young adults seeking help for bladder pain and dependence. Greenhill Recovery offers a 28-day residential programme; call our admissions line for a free assessment.
""", ext="txt")

p("h5917", "https://order.midstatevetsupply.example/catalog/controlled/ketamine-hcl-injection-100mg-ml", "informational", False, "en",
  "licensed-vet-wholesaler-portal", "Ketamine HCl Injection 100 mg/mL, 10 mL | Midstate Veterinary Supply - Professional Ordering", """
<header class="portal"><a href="/" class="logo">Midstate Veterinary Supply</a> <form class="search"><input placeholder="Search 24,000+ products"></form> <a href="/account">My Practice Account</a> <a href="/cart">Cart (0)</a></header>
<nav class="cats"><a href="/catalog/pharmaceuticals">Pharmaceuticals</a> <a href="/catalog/controlled" class="on">Controlled Substances</a> <a href="/catalog/surgical">Surgical</a> <a href="/catalog/lab">Lab &amp; Diagnostics</a> <a href="/catalog/nutrition">Nutrition</a></nav>
<main>
<div class="notice">&#9888; Controlled substance. Available only to licensed veterinary practices with a current DEA registration on file. Orders require a verified DEA Form 222 or CSOS e-signature for Schedule II items and DEA registration verification for Schedule III&ndash;V items.</div>
<h1>Ketamine HCl Injection, USP 100 mg/mL &ndash; 10 mL multi-dose vial</h1>
<p class="sku">Item #CS-40112 &middot; Manufacturer: (generic) &middot; DEA Schedule III</p>
<div class="buybox">
<p class="price">Your price: <span>Log in to see practice pricing</span></p>
<p>Sold in cases of 10 vials or individually. Ships cold-chain not required. Controlled items ship signature-required to the registered address only; no P.O. boxes, no forwarding.</p>
<button disabled>Add to cart &ndash; registration required</button>
<p class="small">Not your practice's first controlled order? <a href="/help/controlled-ordering">How controlled-substance ordering works</a></p>
</div>
<h2>Description</h2>
<p>Dissociative anesthetic for use in cats and subhuman primates as labeled; used in combination protocols under veterinary direction. See package insert for dosing, contraindications and warnings.</p>
<h2>Ordering requirements</h2>
<ul><li>Active state veterinary license and DEA registration matching the ship-to address.</li>
<li>Monthly suspicious-order monitoring applies; unusual quantities are held for review by our compliance team.</li>
<li>We do not sell to individuals, pet owners, or international customers.</li></ul>
</main>
<footer>Midstate Veterinary Supply &middot; Licensed wholesale distributor &middot; DEA-registered distributor &middot; <a href="/compliance">Compliance</a> &middot; <a href="/terms">Terms of sale</a></footer>
""")

p("h5918", "https://www.lakecountyledger.example/news/2026/12/we-searched-buy-ketamine-online-heres-what-we-found", "informational", False, "en",
  "news-explainer-tested-searches", "We searched 'buy ketamine online.' Here's what we found | Lake County Ledger", """
<header><a href="/">Lake County Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="sub">Subscribe</a></nav></header>
<article>
<h1>We searched "buy ketamine online." Here's what we found</h1>
<p class="byline">By Priya Natarajan, Health Reporter &middot; December 2, 2026</p>
<p>Type "buy ketamine online" into a search engine and the first page is a strange mix: licensed clinics offering supervised treatment for depression, telehealth companies advertising at-home programs, and sites with names like "KetaPharm Direct" offering vials and powder with "no prescription needed."</p>
<p>Over two weeks, the Ledger reviewed the first 50 results for that phrase and four variations. We did not buy anything. Here's what we saw.</p>
<h2>The legitimate options</h2>
<p>About a third of results were clinics that give ketamine infusions on site, usually for $400 to $800 per session, or telehealth services that charge a monthly membership after a video evaluation with a clinician. Several offered first-month discounts or promo codes. All of the ones we checked listed named medical directors and required a medical evaluation.</p>
<h2>The others</h2>
<p>Eighteen sites offered to sell ketamine directly. None asked for a prescription. Prices ranged from $90 for a "10 ml vial" to $650 for "28 grams crystal." Most accepted only cryptocurrency, gift cards or payment apps; eleven gave WhatsApp or Telegram numbers for ordering. Several copied photos and text from real pharmacy and clinic websites, and two displayed logos of news outlets under "As seen in."</p>
<p>"These sites borrow the look of legitimacy," said a spokesperson for the state Board of Pharmacy. "A real pharmacy will never sell you a controlled substance without a prescription, and it will never ask for gift cards."</p>
<h2>How to tell the difference</h2>
<ul><li>Look for a clinician evaluation before any prescription.</li><li>Check the pharmacy's license on your state board's website.</li><li>Be wary of crypto-only payment and messaging-app ordering.</li></ul>
<p>If you are interested in ketamine treatment for depression, start with your doctor or psychiatrist.</p>
</article>
<aside class="ad">Advertisement</aside>
<footer>&copy; 2026 Lake County Ledger &middot; <a href="/ethics">Ethics policy</a> &middot; <a href="/corrections">Corrections</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth

p("h5919", "https://www.steadymind-health.example/offer/newyear", "telehealth", False, "en",
  "telehealth-discount-code-landing", "Save $100 on your first month - SteadyMind at-home ketamine therapy", """
<div class="promo-bar">&#127881; New Year offer: use code <b>FRESHSTART100</b> at checkout &mdash; $100 off your first month. Ends Jan 31.</div>
<header><a href="/" class="logo">SteadyMind</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/get-started" class="cta">Get started</a></nav></header>
<main>
<section class="hero"><h1>Feel like yourself again. From home.</h1>
<p>Ketamine-assisted therapy for depression and anxiety, guided by licensed psychiatric clinicians. Order your first month today and book your video evaluation in minutes.</p>
<a class="cta" href="/get-started?promo=FRESHSTART100">Claim $100 off</a></section>
<section class="steps"><h2>How it works</h2>
<ol><li><b>Start online.</b> Complete a medical and mental-health history (about 15 minutes).</li>
<li><b>Meet your clinician by video.</b> A board-certified psychiatric nurse practitioner or physician reviews your history, screens for contraindications and decides whether ketamine is right for you. Many people are not eligible, and that's okay &mdash; you get a full refund.</li>
<li><b>Prescription and shipping.</b> If prescribed, our licensed partner pharmacy ships your medication to your door with tracking, signature required.</li>
<li><b>Supported sessions.</b> Guided sessions with a trained integration coach, plus check-ins with your clinician before dose changes.</li></ol></section>
<section class="pricing"><h2>Simple pricing</h2>
<div class="plan"><h3>First month</h3><p class="price"><s>$349</s> $249 with code</p><p>Clinician evaluation, up to 6 sessions, medication, shipping, 2 integration calls.</p></div>
<div class="plan"><h3>Ongoing</h3><p class="price">$229/month</p><p>Cancel anytime. HSA/FSA cards accepted.</p></div>
<p class="fine">Code valid for new members only; not combinable with other offers. If your clinician determines ketamine is not appropriate, you will be refunded in full. Available in 14 states.</p></section>
<section class="trust"><p>Medical Director: Elaine Foster, MD, board-certified in psychiatry &middot; Clinicians licensed in every state we serve &middot; HIPAA-compliant platform</p></section>
</main>
<footer>SteadyMind Health, Inc. provides administrative services to SteadyMind Medical Group, PC. &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h5920", "https://help.luminarecare.example/articles/payments-can-i-pay-with-crypto", "telehealth", False, "en",
  "telehealth-crypto-membership-faq", "Can I pay for my membership with cryptocurrency? - Luminare Care Help Center", """
<header><a href="/">Luminare Care Help Center</a> <input type="search" placeholder="How can we help?"> <a href="https://app.luminarecare.example/login">Member login</a></header>
<p class="crumbs">Billing &amp; Payments &rsaquo; Payment methods</p>
<article>
<h1>Can I pay for my membership with cryptocurrency?</h1>
<p>Yes. Since September 2026, you can pay for an annual Luminare membership with Bitcoin (BTC), Ether (ETH) or USDC through our payment processor. At checkout choose <b>Pay annually</b>, then <b>Crypto</b>. You will see a QR code and a quote that is valid for 15 minutes.</p>
<h2>What crypto payments cover</h2>
<ul>
<li>Annual membership ($1,990/year), which includes your psychiatric intake by video, follow-up visits, treatment-plan adjustments and messaging with your care team.</li>
<li>Crypto is <b>not</b> accepted for medication. Medications are billed separately by our partner pharmacy, which dispenses only on a prescription written by your Luminare clinician after your evaluation. The pharmacy accepts cards, HSA/FSA and insurance where applicable.</li>
</ul>
<h2>Refunds</h2>
<p>If your clinician decides at your intake visit that ketamine treatment is not right for you, your membership is refunded in full. Crypto refunds are issued in USDC to a wallet you provide, or by bank transfer in USD.</p>
<h2>Why do you accept crypto at all?</h2>
<p>Some members asked for it for privacy reasons. We still need to verify your identity and your state of residence before any visit; paying in crypto does not make your care anonymous.</p>
<div class="helpful">Was this article helpful? <button>&#128077;</button> <button>&#128078;</button></div>
</article>
<aside><h3>Related</h3><ul><li><a href="#">Using your HSA or FSA card</a></li><li><a href="#">When is my pharmacy charged?</a></li><li><a href="#">Cancel or pause my membership</a></li></ul></aside>
<footer>&copy; 2026 Luminare Care. Clinical services provided by Luminare Psychiatry, P.A.</footer>
""")

p("h5921", "https://www.mentesana-online.example/es/programa-ketamina", "telehealth", False, "es",
  "telehealth-whatsapp-support-es", "Programa de ketamina en casa con seguimiento médico | MenteSana Online", """
<header><a href="/es/" class="logo">MenteSana Online</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo médico</a> <a href="/es/preguntas">Preguntas</a></nav> <a class="btn" href="/es/empezar">Pedir evaluación</a></header>
<main>
<h1>Tratamiento con ketamina en casa, con médicos de verdad</h1>
<p>Para personas con depresión que no ha mejorado con otros tratamientos. Todo empieza con una consulta por videollamada con un psiquiatra colegiado.</p>
<h2>Así funciona</h2>
<ol><li>Rellenas un cuestionario de salud y subes tu informe médico, si lo tienes.</li>
<li>Videoconsulta de 45 minutos con nuestro psiquiatra. Si no eres candidato, te lo decimos y no pagas el programa.</li>
<li>Si el médico lo prescribe, la farmacia colaboradora te envía el tratamiento a domicilio con receta y entrega en mano.</li>
<li>Primera sesión acompañada por videollamada y controles semanales.</li></ol>
<h2>Precio</h2>
<p>Consulta inicial: 120 &euro;. Programa mensual: 290 &euro; (incluye consultas de seguimiento y acompañamiento). El envío es gratuito. Puedes pagar con tarjeta o por transferencia.</p>
<div class="whatsapp-box"><h3>¿Dudas? Escríbenos por WhatsApp</h3><p>Nuestro equipo de atención al paciente responde en horario laboral: dudas sobre citas, facturas o el seguimiento de tu envío. <strong>Por WhatsApp no se hacen diagnósticos ni se venden medicamentos.</strong></p><a href="https://wa.example/34600000000">Abrir WhatsApp</a></div>
<p class="legal">Director médico: Dr. Javier Ortega Ruiz, especialista en Psiquiatría, n.º de colegiado 28/0000000. Servicio disponible en España peninsular.</p>
</main>
<footer>MenteSana Online S.L. · <a href="/es/aviso-legal">Aviso legal</a> · <a href="/es/privacidad">Política de privacidad</a> · En caso de crisis, llama al 024.</footer>
""", noise="cookie-es")

p("h5922", "https://www.psychiatrie-digital.example/esketamin", "telehealth", False, "de",
  "online-psychiatry-esketamine-referral-de", "Esketamin-Behandlung: Online-Erstgespräch und Vermittlung an Partnerzentren | PsychiatriePraxis Digital", """
<header><a href="/">PsychiatriePraxis Digital</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/team">Ärzteteam</a> <a href="/termin" class="btn">Termin buchen</a></nav></header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet werden. Wir bieten Ihnen die fachärztliche Abklärung per Video &ndash; und vermitteln Sie, wenn die Behandlung für Sie infrage kommt, an ein Partnerzentrum in Ihrer Nähe.</p>
<h2>So läuft es ab</h2>
<ol>
<li><b>Online-Termin buchen:</b> Erstgespräch per Video mit einem Facharzt für Psychiatrie und Psychotherapie (50 Minuten).</li>
<li><b>Befunde hochladen:</b> Bisherige Medikation, Arztbriefe, ggf. Klinikberichte.</li>
<li><b>Entscheidung:</b> Wir prüfen, ob die Kriterien erfüllt sind (u. a. mindestens zwei erfolglose Antidepressiva-Behandlungen).</li>
<li><b>Überweisung:</b> Sie erhalten eine Überweisung und einen Terminvorschlag in einem unserer Partnerzentren. Dort erfolgt die Anwendung mit Überwachung vor Ort.</li>
<li><b>Begleitung:</b> Verlaufskontrollen per Video bei uns.</li>
</ol>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte: Videosprechstunde über die Krankenkasse. Privatversicherte und Selbstzahler: Abrechnung nach GOÄ, Erstgespräch ca. 150 &euro;. Die Kosten der Behandlung im Partnerzentrum werden dort abgerechnet.</p>
<p class="hinweis">Wir versenden keine Medikamente. Bitte bestellen Sie Ketamin oder Esketamin niemals im Internet.</p>
<p><a class="btn" href="/termin?leistung=esketamin">Jetzt Online-Termin buchen</a></p>
</main>
<footer>PsychiatriePraxis Digital MVZ GmbH &middot; Ärztliche Leitung: Dr. med. Katrin Albers &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h5923", "https://www.calmpath-tele.example/order", "telehealth", False, "en",
  "telehealth-order-snippet", "Order CalmPath | At-home ketamine program", """
Order your CalmPath program: $179/month after a video visit with a licensed prescriber. If prescribed, your medication ships from our partner pharmacy in plain packaging within 3-5 days. Use code CALM25 for 25% off month one.
""", ext="txt")

p("h5924", "https://app.bemestar-telepsiquiatria.example/pedidos/acompanhar", "telehealth", False, "pt",
  "telehealth-order-tracking-pt", "Acompanhar pedido - BemEstar Telepsiquiatria", """
<div class="app-shell"><aside class="sidebar"><a href="/inicio">Início</a> <a href="/consultas">Minhas consultas</a> <a href="/receitas">Receitas</a> <a href="/pedidos" class="ativo">Pedidos</a> <a href="/mensagens">Mensagens</a> <a href="/conta">Minha conta</a></aside>
<main>
<h1>Acompanhar pedido</h1>
<div class="pedido"><p><b>Pedido #BE-20871</b> &middot; Criado em 28/11/2026</p>
<p>Receita de controle especial emitida por <b>Dra. Fernanda Lopes (CRM-SP 000000)</b> após teleconsulta em 27/11/2026.</p>
<ol class="status">
<li class="ok">Receita validada pela farmácia parceira</li>
<li class="ok">Pagamento aprovado (cartão de crédito, 3x sem juros)</li>
<li class="ok">Manipulação concluída</li>
<li class="atual">Em rota de entrega &ndash; transportadora com rastreio</li>
<li>Entregue (assinatura do titular com documento)</li>
</ol>
<p>Previsão de entrega: 02/12/2026. A entrega é feita somente ao paciente, mediante apresentação de documento com foto.</p>
<p>Sua próxima consulta de acompanhamento está marcada para 09/12/2026 às 18h. <a href="/consultas">Ver detalhes</a></p>
</div>
<p class="ajuda">Dúvidas sobre a entrega? Fale com o suporte pelo chat ou pelo WhatsApp (apenas questões logísticas).</p>
</main></div>
<script src="/static/app.js"></script>
""")

# ---------------------------------------------------------------- clinics

p("h5925", "https://www.northshoreinfusion.example/shop/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop-promo", "Gift Cards | North Shore Ketamine & Infusion Center", """
<header><a href="/" class="logo">North Shore Ketamine &amp; Infusion Center</a> <nav><a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/shop" class="on">Shop</a> <a href="/team">Our Team</a> <a href="/contact">Contact</a></nav> <a href="/book" class="btn">Book a consultation</a> <a href="/cart">&#128722; Cart</a></header>
<main>
<h1>Give the gift of wellness</h1>
<p>Our gift cards can be used toward consultations, ketamine infusion sessions, NAD+ and vitamin infusions, and our integration therapy groups. Order online and we'll email it instantly, or choose a printed card shipped free by USPS.</p>
<div class="products">
<div class="product"><h3>Digital Gift Card</h3><p>$50 &ndash; $1,000</p><select><option>$100</option><option>$250</option><option>$500</option></select><button>Add to cart</button></div>
<div class="product"><h3>Printed Gift Card (shipped)</h3><p>$100 &ndash; $1,000 &middot; Free shipping</p><button>Add to cart</button></div>
<div class="product"><h3>Hydration IV Voucher</h3><p>$175</p><button>Add to cart</button></div>
</div>
<p class="promo">Holiday special: enter <b>GIVE15</b> at checkout for 15% off gift cards over $250 through Dec 31.</p>
<h2>Good to know</h2>
<ul><li>Ketamine treatment requires an in-person medical evaluation with our physician. If the recipient is not a candidate, the gift card can be used for other services or refunded.</li>
<li>Infusions are given in our clinic in private suites with continuous monitoring by an anesthesia provider.</li>
<li>Gift cards do not expire and are not redeemable for cash.</li></ul>
</main>
<footer>North Shore Ketamine &amp; Infusion Center &middot; 1450 Harbor Blvd, Suite 210 &middot; (555) 013-7700 &middot; Medical Director: Omar Haddad, MD, Anesthesiology &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h5926", "https://www.costaserena-clinic.example/en/ketamine-therapy-international-patients", "clinic", False, "en",
  "medical-tourism-clinic-whatsapp", "Ketamine Therapy for International Patients | Costa Serena Clinic", """
<header><a href="/en/" class="logo">Costa Serena Clinic</a> <nav><a href="/en/treatments">Treatments</a> <a href="/en/international-patients" class="on">International Patients</a> <a href="/en/packages">Packages</a> <a href="/en/about">About us</a></nav> <a href="https://wa.example/520000000000" class="wa">&#128172; Book on WhatsApp</a></header>
<main>
<h1>Ketamine infusion therapy for international patients</h1>
<p>Every year hundreds of patients from the US and Canada travel to Costa Serena for ketamine infusions in a private, hospital-affiliated setting by the sea. Our packages bundle treatment, transfers and accommodation so you can focus on recovery.</p>
<h2>Packages</h2>
<table>
<tr><th>Package</th><th>Includes</th><th>Price (USD)</th></tr>
<tr><td>Essential 6</td><td>Psychiatric evaluation, 6 IV infusions over 12 days, airport transfers</td><td>$3,200</td></tr>
<tr><td>Retreat 6</td><td>Essential 6 + 12 nights partner hotel, integration therapy sessions</td><td>$5,400</td></tr>
<tr><td>Booster</td><td>Evaluation + 1 infusion (returning patients)</td><td>$550</td></tr>
</table>
<p>Pay a $300 deposit by card or bank transfer to confirm your dates; the balance is paid at the clinic. We accept major credit cards, USD cash and wire transfers.</p>
<h2>Your safety</h2>
<p>Infusions are given in our treatment unit under continuous monitoring (ECG, SpO2, blood pressure) by an anesthesiologist. Before you travel, our psychiatrist reviews your records by video; the final decision is made at your in-person assessment. Ketamine is never dispensed to take home.</p>
<h2>How to book</h2>
<p>Message us on WhatsApp with your preferred dates. A patient coordinator (English-speaking) will send you the medical questionnaire and schedule your pre-travel call.</p>
</main>
<footer>Costa Serena Clinic &middot; Licensed by the state health authority &middot; Medical Director: Dr. Alejandro Vidal, Anesthesiology &middot; <a href="/en/privacy">Privacy notice</a></footer>
""")

p("h5927", "https://www.centroketamina-bologna.example/prenota", "clinic", False, "it",
  "clinic-whatsapp-booking-deposit-it", "Prenota una visita | Centro Terapie Ketamina Bologna", """
<header><a href="/">Centro Terapie Ketamina Bologna</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/tariffe">Tariffe</a> <a href="/equipe">Équipe</a> <a href="/prenota" class="attivo">Prenota</a></nav></header>
<main>
<h1>Prenota la tua prima visita</h1>
<p>Il percorso inizia sempre con una visita psichiatrica in sede. Solo dopo la valutazione il medico indica se il trattamento con ketamina o esketamina è adatto a te.</p>
<h2>Tre modi per prenotare</h2>
<ul>
<li><b>WhatsApp:</b> scrivi al +39 051 000 0000 indicando nome e disponibilità. La segreteria risponde dal lunedì al venerdì, 9&ndash;18.</li>
<li><b>Telefono:</b> 051 000 0001</li>
<li><b>Online:</b> scegli data e ora dal calendario qui sotto.</li>
</ul>
<div class="calendario">[Calendario prenotazioni]</div>
<h2>Caparra</h2>
<p>Per confermare la prima visita chiediamo una caparra di 50 &euro;, pagabile con carta, PayPal o bonifico, che viene scalata dal costo della visita (180 &euro;). In caso di disdetta con almeno 48 ore di preavviso la caparra viene restituita.</p>
<h2>Dove siamo</h2>
<p>Via dell'Indipendenza 00, Bologna &ndash; secondo piano, ascensore. Le sedute si svolgono in ambulatorio con monitoraggio dei parametri vitali; dopo la seduta non è possibile guidare.</p>
</main>
<footer>Centro Terapie Ketamina Bologna S.r.l. &middot; Direttore sanitario Dott.ssa Chiara Benassi &middot; Autorizzazione sanitaria n. 000/2024 &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h5928", "https://www.centre-douleur-leman.example/patients/payer-ma-facture", "clinic", False, "fr",
  "clinic-bill-payment-twint-fr", "Payer ma facture en ligne | Centre de la douleur et de la kétamine Léman", """
<header><a href="/">Centre de la douleur et de la kétamine Léman</a> <nav><a href="/traitements">Traitements</a> <a href="/patients">Espace patients</a> <a href="/medecins">Médecins référents</a> <a href="/contact">Contact</a></nav></header>
<main>
<p class="fil">Espace patients &rsaquo; Facturation</p>
<h1>Payer ma facture en ligne</h1>
<p>Vous avez reçu une facture pour une consultation, une perfusion de kétamine ou une séance d'eskétamine ? Vous pouvez la régler en ligne de manière sécurisée.</p>
<form class="paiement"><label>Numéro de facture <input placeholder="ex. 2026-004512"></label> <label>Date de naissance du patient <input type="date"></label> <button>Continuer vers le paiement</button></form>
<h2>Moyens de paiement acceptés</h2>
<ul><li>TWINT</li><li>Cartes Visa, Mastercard, PostFinance Card</li><li>Virement avec QR-facture</li></ul>
<h2>Remboursement</h2>
<p>Les perfusions de kétamine pour douleurs chroniques et les traitements par eskétamine sont facturés selon TARMED / TARDOC. Selon votre assurance de base et votre franchise, une partie peut vous être remboursée. Envoyez le justificatif à votre caisse-maladie (système du tiers garant).</p>
<p>Un paiement échelonné est possible sur demande auprès du secrétariat.</p>
</main>
<footer>Centre de la douleur et de la kétamine Léman SA &middot; Avenue de la Gare 00, Lausanne &middot; Tél. 021 000 00 00 &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h5929", "https://www.ketaminekliniek-utrecht.example/tarieven", "clinic", False, "nl",
  "clinic-price-snippet-nl", "Tarieven | Ketaminekliniek Utrecht", """
Ketamine-infuus in onze kliniek: €395 per behandeling, intakegesprek met de psychiater €175. Afspraak maken kan ook via WhatsApp. Met de code WINTER10 krijg je 10% korting op een reeks van zes infusen.
""", ext="txt")

# ---------------------------------------------------------------- sellers

p("h5930", "https://www.ketarelief-direct.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "shop-quoting-news-as-seen-in", "Ketamine HCl Crystal 99.8% - KetaRelief Direct", """
<header><a href="/" class="logo">KetaRelief Direct</a> <nav><a href="/shop">Shop</a> <a href="/about">About</a> <a href="/blog">Research</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav> <a href="/cart" class="cart">&#128722; 0 items</a></header>
<div class="asseen">As seen in: <span>HEALTH WEEKLY</span> <span>THE MORNING POST</span> <span>SCIENCE TODAY</span></div>
<main class="product">
<div class="gallery"><img src="/img/crystal-jar.jpg" alt="Ketamine HCl crystal in sealed jar"></div>
<div class="summary">
<h1>Ketamine HCl Crystal 99.8%</h1>
<div class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (214 customer reviews)</div>
<p class="price">$85.00 &ndash; $690.00</p>
<form class="variations"><label>Quantity <select><option>3.5 g &ndash; $85</option><option>7 g &ndash; $150</option><option>14 g &ndash; $270</option><option>28 g &ndash; $480</option><option>50 g &ndash; $690</option></select></label>
<input type="number" value="1"> <button class="single_add_to_cart_button">Add to cart</button></form>
<p class="meta">SKU: KRD-KET-CR &middot; Category: <a href="/shop/ketamine">Ketamine</a></p>
</div>
<section class="tabs"><h2>Description</h2>
<blockquote class="press">"Ketamine has been called the most important breakthrough in depression treatment in decades. Studies show that a single dose can lift symptoms within hours, when traditional antidepressants take weeks." &mdash; <i>The Morning Post</i>, health section</blockquote>
<p>Millions of people are finding relief with ketamine, but clinic infusions cost $500 or more per session and waiting lists are months long. We believe everyone deserves access. Our pharmaceutical-grade ketamine hydrochloride is produced to the same standard used in hospitals and veterinary practice.</p>
<ul><li>Purity 99.8% (COA available on request)</li><li>Fast, discreet shipping &ndash; vacuum sealed, no labels that mention the contents</li><li>Free reshipment if your order is held at customs</li><li>Secure payment with Bitcoin, USDT or Zelle &ndash; 10% off with crypto</li></ul>
<h2>Additional information</h2>
<table><tr><th>Form</th><td>Crystal / shard</td></tr><tr><th>Shipping</th><td>USA 2&ndash;4 days, Europe 5&ndash;8 days, Australia 7&ndash;10 days</td></tr><tr><th>Prescription</th><td>Not required for checkout</td></tr></table>
<h2>Reviews (214)</h2>
<div class="review"><b>Jason M.</b> &#9733;&#9733;&#9733;&#9733;&#9733; <p>Arrived in 3 days, packaging was totally discreet. Best quality I have had.</p></div>
<div class="review"><b>Sophie L.</b> &#9733;&#9733;&#9733;&#9733;&#9733; <p>After reading the news articles I decided to try. Customer support on WhatsApp was super helpful.</p></div>
</section>
</main>
<div class="related"><h3>Related products</h3><a href="/product/ketalar-10ml-vial">Ketalar 50mg/ml 10ml vial</a> <a href="/product/esketamine-nasal-spray">Esketamine Nasal Spray 28mg</a> <a href="/product/2-fdck">2F-DCK research powder</a></div>
<footer>&copy; 2026 KetaRelief Direct &middot; <a href="/shipping">Shipping policy</a> &middot; <a href="/refund">Refund policy</a> &middot; WhatsApp support 24/7</footer>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js"></script>
""", noise="cookie")

p("h5931", "https://www.ketaminepharmaonline.example/faq/is-it-legal-to-buy-ketamine-online", "seller", True, "en",
  "seller-is-it-legal-faq", "Is it legal to buy ketamine online? | FAQ", """
<header><a href="/">Ketamine Pharma Online</a> <nav><a href="/products">Products</a> <a href="/how-to-order">How to order</a> <a href="/faq" class="on">FAQ</a> <a href="/track">Track order</a></nav></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<details open><summary>Is it legal to buy ketamine online?</summary>
<p>Ketamine is a licensed medicine listed by the World Health Organization as an essential medicine, and it is used every day in hospitals around the world. Laws on personal importation differ between countries. In many places, importing a small quantity of medication for personal use is tolerated. We recommend that customers check their local regulations. By placing an order you confirm that you take responsibility for compliance with the laws of your country.</p></details>
<details><summary>Do I need a prescription?</summary>
<p>No prescription is needed to order from our store. Our pharmacists can answer general questions by email. If you have a prescription from your doctor you can upload it, but it is optional.</p></details>
<details><summary>Will my package be seized by customs?</summary>
<p>All parcels are shipped in discreet packaging with a neutral return address and a declared description that does not mention the contents. In the rare case a package is seized, we reship once free of charge. Please do not sign any customs letter; just contact us.</p></details>
<details><summary>How can I pay?</summary>
<p>We accept Bitcoin, Ethereum, USDT (TRC20), Zelle and Apple/Amazon gift cards. Card payments are temporarily unavailable. Crypto orders get a 15% discount.</p></details>
<details><summary>Is it safe for depression?</summary>
<p>Research published in leading journals shows ketamine can work quickly for treatment-resistant depression. Many of our customers use it at home with a trusted person present. Always start with a low dose.</p></details>
<details><summary>How do I contact you?</summary>
<p>Fastest reply on Telegram or WhatsApp (+44 7000 000000). Email: orders@ketaminepharmaonline.example.</p></details>
</main>
<footer>&copy; Ketamine Pharma Online &middot; Worldwide shipping &middot; <a href="/terms">Terms</a></footer>
""")

p("h5932", "https://forum.harmreductionhub.example/t/k-dosing-for-a-first-timer-reagent-results-inside/41208/7", "seller", True, "en",
  "vendor-post-harm-reduction-forum", "K dosing for a first-timer? reagent results inside - page 1 - Harm Reduction Hub", """
<div class="d-header"><a href="/" class="logo">Harm Reduction Hub</a> <a href="/latest">Latest</a> <a href="/c/dissociatives">Dissociatives</a> <a href="/login">Log In</a></div>
<h1 class="topic">K dosing for a first-timer? reagent results inside</h1>
<div class="post" id="post_1"><div class="author"><b>moonmoth22</b> <span class="date">2d</span></div>
<div class="cooked"><p>Got some K for a festival next month, did mandelin and it went orange, so I think it's ok? Never done it before. How much should I start with and how long to wait before redosing? Planning to be with friends, no alcohol.</p></div></div>
<div class="post" id="post_2"><div class="author"><b>harmless_h</b> <span class="date">2d</span></div>
<div class="cooked"><p>Orange with mandelin fits ketamine but it won't rule out everything. Start really low, like 20-30 mg, sitting down, and wait at least 30 min. Don't mix with alcohol or benzos. Don't use near water.</p></div></div>
<div class="post" id="post_7"><div class="author"><b>clean_k_eu</b> <span class="badge new">new user</span> <span class="date">5h</span></div>
<div class="cooked"><p>great advice above &#128175; safety first always. for anyone who doesn't want to gamble on random stuff: I've got <b>lab tested ketamine</b>, needle shards, reagent tested with results shown, prices 1g &euro;30 / 5g &euro;120 / 10g &euro;200. Ship EU + UK stealth, tracked, reship if lost. BTC/XMR only.</p>
<p>Telegram: @cleankeu_shop &ndash; menu + lab pics there. stay safe people &#10084;&#65039;</p></div></div>
<div class="post" id="post_8"><div class="author"><b>harmless_h</b> <span class="date">4h</span></div>
<div class="cooked"><p>@moonmoth22 ignore the post above, flagged it for the mods.</p></div></div>
<footer>Powered by Discourse &middot; <a href="/guidelines">Community guidelines</a></footer>
""")

p("h5933", "https://www.testedsupply.example/", "seller", True, "en",
  "lab-tested-harm-reduction-styled-shop", "Tested Supply | Know what you take", """
<header><a href="/" class="logo">Tested Supply</a> <nav><a href="/why-testing">Why testing matters</a> <a href="/lab-results">Lab results</a> <a href="/menu">Menu</a> <a href="/safer-use">Safer use</a> <a href="/contact">Contact</a></nav></header>
<main>
<section class="hero"><h1>Know what you take.</h1>
<p>The unregulated market is full of cuts, analogues and fakes. Every batch we carry is sent to an independent lab before it goes on our menu, and we publish the results. Harm reduction isn't just advice &mdash; it's supply.</p>
<a class="btn" href="/menu">See this week's menu</a></section>
<section class="pillars">
<div><h3>&#129514; Independently tested</h3><p>GC-MS report for every batch. No analogues, no fillers.</p></div>
<div><h3>&#128230; Discreet delivery</h3><p>Tracked, odour-proof, plain packaging. UK next day, EU 3&ndash;5 days.</p></div>
<div><h3>&#128218; Safer-use guides</h3><p>Dosing charts and interaction tables included with every order.</p></div>
</section>
<section class="featured"><h2>This week</h2>
<div class="item"><h3>Ketamine &ndash; batch K-1127</h3><p>Lab purity 98.1% (<a href="/lab-results/K-1127.pdf">report</a>)</p><p>1 g &pound;35 &middot; 3.5 g &pound;100 &middot; 7 g &pound;180</p><a href="/menu#ketamine">Order</a></div>
<div class="item"><h3>Reagent test kit (Mandelin + Marquis)</h3><p>&pound;18, free with orders over &pound;100</p></div>
</section>
<section><h2>How to order</h2><p>Add items to your basket and check out with Bitcoin or Monero. Prefer chat? Message our Signal line and we'll send you an invoice. Orders before 2pm ship same day.</p></section>
<p class="small">18+ only. Please read our safer-use guides before using any substance. Never use alone.</p>
</main>
<footer>&copy; 2026 Tested Supply &middot; <a href="/privacy">Privacy</a> &middot; <a href="/pgp.txt">PGP key</a></footer>
""")

p("h5934", "https://www.bienestarmental-keta.example/tratamiento-depresion-ketamina", "seller", True, "es",
  "whatsapp-shop-padded-health-es", "Ketamina para la depresión: alivio rápido en casa | Bienestar Mental", """
<header><a href="/">Bienestar Mental</a> <nav><a href="/depresion">Depresión</a> <a href="/ansiedad">Ansiedad</a> <a href="/tratamiento-depresion-ketamina" class="on">Ketamina</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>Ketamina para la depresión: alivio rápido, sin esperas</h1>
<p>La depresión afecta a más de 280 millones de personas en el mundo. Muchas de ellas prueban varios antidepresivos sin notar mejoría. Es lo que los médicos llaman depresión resistente al tratamiento.</p>
<h2>¿Cómo actúa la ketamina?</h2>
<p>A diferencia de los antidepresivos clásicos, que actúan sobre la serotonina, la ketamina bloquea los receptores NMDA y favorece la formación de nuevas conexiones entre neuronas. Por eso sus efectos pueden notarse en horas y no en semanas.</p>
<h2>Síntomas de la depresión</h2>
<ul><li>Tristeza persistente o sensación de vacío</li><li>Pérdida de interés por actividades que antes disfrutabas</li><li>Cambios en el sueño y el apetito</li><li>Cansancio y dificultad para concentrarse</li></ul>
<h2>Tu tratamiento, directamente en casa</h2>
<p>Las clínicas cobran cientos de euros por sesión y tienen listas de espera. Nosotros te enviamos ketamina de grado farmacéutico a domicilio, sin receta y sin citas.</p>
<table class="precios"><tr><th>Presentación</th><th>Precio</th></tr>
<tr><td>Ketamina 50 mg/ml, vial 10 ml</td><td>75 &euro;</td></tr>
<tr><td>Pack 3 viales</td><td>200 &euro;</td></tr>
<tr><td>Ketamina en polvo 5 g</td><td>140 &euro;</td></tr></table>
<p>Envío urgente 24/48 h a toda España, embalaje discreto. Pago por Bizum, transferencia o criptomonedas.</p>
<a class="wa-float" href="https://wa.example/34611000000?text=Hola,%20quiero%20informaci%C3%B3n%20sobre%20la%20ketamina">&#128172; Pide por WhatsApp</a>
<p class="aviso">La información de esta página tiene fines divulgativos.</p>
</main>
<footer>&copy; 2026 Bienestar Mental &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h5935", "https://www.apotheke-ohne-wartezeit.example/versand-und-zoll", "seller", True, "de",
  "seller-customs-reship-policy-de", "Versand & Zoll | Apotheke ohne Wartezeit", """
<header><a href="/">Apotheke ohne Wartezeit</a> <nav><a href="/shop">Shop</a> <a href="/kategorie/anaesthetika">Anästhetika</a> <a href="/kategorie/schlafmittel">Schlafmittel</a> <a href="/versand-und-zoll" class="aktiv">Versand &amp; Zoll</a> <a href="/kontakt">Kontakt</a></nav> <a href="/warenkorb">Warenkorb (0)</a></header>
<main>
<h1>Versand &amp; Zoll</h1>
<h2>Lieferzeiten</h2>
<p>Deutschland, Österreich, Schweiz: 2&ndash;4 Werktage. Alle Sendungen werden mit Sendungsverfolgung verschickt. Ketamin-Ampullen und -Pulver versenden wir aus einem Lager innerhalb der EU, daher in der Regel ohne Zollkontrolle.</p>
<h2>Verpackung</h2>
<p>Neutrale Versandtasche, kein Hinweis auf Inhalt oder Absender. Die Sendung ist als &bdquo;Kosmetikprobe&ldquo; deklariert.</p>
<h2>Was passiert, wenn der Zoll meine Sendung einbehält?</h2>
<p>Das kommt sehr selten vor. Falls Sie ein Schreiben vom Zoll erhalten, reagieren Sie bitte nicht darauf und unterschreiben Sie nichts. Schreiben Sie uns einfach eine Nachricht &ndash; wir senden Ihre Bestellung <b>einmalig kostenlos erneut</b> (Reship-Garantie). Ab einem Bestellwert von 300 &euro; ist die Reship-Garantie unbegrenzt.</p>
<h2>Zahlung</h2>
<p>Bitcoin, Litecoin oder SEPA-Überweisung an unser Partnerkonto. Bei Zahlung in Krypto erhalten Sie 10 % Rabatt. Ein Rezept ist nicht erforderlich.</p>
<h2>Kontakt</h2>
<p>Am schnellsten per Telegram oder Threema. Antwortzeit meist unter einer Stunde.</p>
</main>
<footer>&copy; 2026 Apotheke ohne Wartezeit &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h5936", "https://www.kine-sante-boutique.example/ketamine-france", "seller", True, "fr",
  "shop-quoting-press-fr", "Kétamine : le traitement dont parle la presse, livré chez vous | Kiné Santé Boutique", """
<header><a href="/">Kiné Santé Boutique</a> <nav><a href="/catalogue">Catalogue</a> <a href="/ketamine-france" class="actif">Kétamine</a> <a href="/avis">Avis clients</a> <a href="/contact">Contact</a></nav> <a href="/panier">Panier</a></header>
<main>
<h1>Kétamine : le traitement dont parle toute la presse</h1>
<blockquote class="presse">« La kétamine, longtemps cantonnée aux blocs opératoires, suscite un immense espoir pour les patients souffrant de dépression sévère. Dans certains hôpitaux, les listes d'attente dépassent six mois. » <cite>&mdash; Le Quotidien Santé</cite></blockquote>
<p>Vous n'avez pas à attendre six mois. Nous proposons du chlorhydrate de kétamine de qualité pharmaceutique, expédié depuis l'Union européenne, sans ordonnance.</p>
<div class="produits">
<div class="produit"><h3>Kétamine HCl 2 g</h3><p class="prix">69 &euro;</p><button>Ajouter au panier</button></div>
<div class="produit"><h3>Kétamine HCl 5 g</h3><p class="prix">149 &euro;</p><button>Ajouter au panier</button></div>
<div class="produit"><h3>Kétamine injectable 50 mg/ml (5 ampoules)</h3><p class="prix">180 &euro;</p><button>Ajouter au panier</button></div>
</div>
<p>Livraison discrète en 48&nbsp;h en France et en Belgique. Paiement sécurisé en Bitcoin, USDT ou coupon PCS. Pour toute question, écrivez-nous sur Telegram.</p>
<p class="petit">Nos produits sont vendus à des fins de recherche. Consultez un médecin avant tout usage.</p>
</main>
<footer>&copy; 2026 Kiné Santé Boutique &middot; <a href="/cgv">CGV</a> &middot; <a href="/livraison">Livraison</a></footer>
""", noise="cookie-fr")

p("h5937", "https://www.rapidcare-esketamine.example/start", "seller", True, "en",
  "instant-approval-fake-telehealth", "Esketamine Nasal Spray Online - Approved in Minutes | RapidCare Rx", """
<header><a href="/" class="logo">RapidCare Rx</a> <nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/reviews">Reviews</a> <a href="/start" class="btn">Start my consultation</a></nav></header>
<main>
<section class="hero"><h1>Depression treatment that works in hours &mdash; delivered tomorrow</h1>
<p>Get esketamine nasal spray or ketamine lozenges prescribed online. No video call, no waiting room, no insurance hassles.</p></section>
<section class="steps"><h2>3 easy steps</h2>
<ol><li><b>Answer 8 quick questions</b> (takes about 3 minutes).</li>
<li><b>Instant approval.</b> Our system reviews your answers and a doctor signs off automatically &mdash; 99% of patients are approved.</li>
<li><b>Overnight delivery</b> in discreet packaging. No signature required.</li></ol></section>
<section class="products"><h2>Choose your treatment</h2>
<div class="card"><h3>Esketamine Nasal Spray 28 mg</h3><p>Pack of 2 devices &mdash; $289</p><a href="/start?p=esk28">Select</a></div>
<div class="card"><h3>Esketamine Nasal Spray 56 mg</h3><p>Pack of 4 devices &mdash; $529</p><a href="/start?p=esk56">Select</a></div>
<div class="card"><h3>Ketamine Lozenges 100 mg</h3><p>30 count &mdash; $199</p><a href="/start?p=loz100">Select</a></div>
</section>
<section class="form-preview"><h2>Your questionnaire</h2>
<form action="/checkout"><label>Age <input></label> <label>Have you been sad or low for more than 2 weeks? <select><option>Yes</option><option>No</option></select></label> <label>State / country <input></label> <button>Continue to payment</button></form>
<p class="pay">We accept Visa, Mastercard and Bitcoin. Ships to all US states and internationally.</p></section>
<section class="reviews"><p>"Got my spray the next day. So much easier than going to a clinic." &mdash; Kelly, TX</p></section>
</main>
<footer>&copy; 2026 RapidCare Rx &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; Results may vary.</footer>
""", noise="cookie")

p("h5938", "https://buyketamine-nextday.test/checkout/cart", "seller", True, "en",
  "bot-check-url-only", "Just a moment...", """
<div class="main-wrapper"><div class="main-content">
<h1 class="zone-name-title">buyketamine-nextday.test</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div>Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">buyketamine-nextday.test needs to review the security of your connection before proceeding.</div>
</div></div>
<div class="footer">Ray ID: 8f0000000000abcd &middot; Performance &amp; security by an edge provider</div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script>
""")

p("h5939", "https://www.mentalhealth-insights.example/best-places-to-buy-ketamine-online-2026", "seller", True, "en",
  "doorway-best-places-review", "Best Places to Buy Ketamine Online in 2026 (Honest Review) | MentalHealth Insights", """
<header><a href="/">MentalHealth Insights</a> <nav><a href="/depression">Depression</a> <a href="/anxiety">Anxiety</a> <a href="/reviews">Reviews</a> <a href="/about">About</a></nav></header>
<article>
<p class="disclosure">Disclosure: we may earn a commission if you buy through links on this page.</p>
<h1>Best Places to Buy Ketamine Online in 2026 (Honest Review)</h1>
<p class="byline">By the Editorial Team &middot; Updated December 1, 2026 &middot; 9 min read</p>
<p>Ketamine has made headlines as a fast-acting option for depression. But clinics are expensive and many people ask us: <em>where can I buy ketamine online safely?</em> We ordered from a dozen vendors and ranked them on price, purity, shipping and customer service.</p>
<div class="toc"><b>Contents</b><ol><li>Our top pick</li><li>Comparison table</li><li>How we tested</li><li>FAQ</li></ol></div>
<h2>1. Our top pick: KetaDirectRx</h2>
<p>KetaDirectRx stood out for fast shipping (ours arrived in 3 days in a completely unmarked envelope), fair prices and friendly support on WhatsApp. No prescription needed, and they accept crypto and gift cards.</p>
<a class="btn" href="https://ketadirectrx.test/?ref=mhi2026">Visit KetaDirectRx &rarr; use code MHI10 for 10% off</a>
<h2>2. Comparison table</h2>
<table>
<tr><th>Vendor</th><th>Price / 5 g</th><th>Rx needed?</th><th>Shipping</th><th>Our score</th><th></th></tr>
<tr><td>KetaDirectRx</td><td>$160</td><td>No</td><td>Worldwide, stealth</td><td>9.6</td><td><a href="https://ketadirectrx.test/?ref=mhi2026">Buy now</a></td></tr>
<tr><td>PureK Labs</td><td>$175</td><td>No</td><td>US/EU</td><td>9.1</td><td><a href="https://pureklabs.test/shop?aff=221">Buy now</a></td></tr>
<tr><td>NovaPharm24</td><td>$190</td><td>Optional</td><td>Worldwide, reship</td><td>8.7</td><td><a href="https://novapharm24.test/ketamine?src=mhi">Buy now</a></td></tr>
</table>
<h2>3. How we tested</h2>
<p>We placed orders with each vendor and used reagent tests on arrival. We also looked at reviews on forums and how quickly support answered.</p>
<h2>4. FAQ</h2>
<p><b>Is ketamine safe?</b> Ketamine is used in hospitals worldwide. Start with a low dose and talk to a doctor if you have heart problems.</p>
<p><b>Will it show on my bank statement?</b> Our top picks accept crypto, so no.</p>
</article>
<aside class="sidebar"><h4>Top rated</h4><a href="https://ketadirectrx.test/?ref=mhi2026-side">KetaDirectRx &mdash; 10% off</a></aside>
<footer>&copy; 2026 MentalHealth Insights &middot; Content is for informational purposes only and is not medical advice.</footer>
""")

p("h5940", "https://www.instagram.example/keta.sp.entregas", "seller", True, "pt",
  "instagram-bio-emoji-menu-pt", "keta.sp.entregas • Fotos e vídeos", """
keta.sp.entregas 🐴✨ cetamina top qualidade | 1g R$90 · 5g R$380 💸 pix ou cripto 🏍️ entrega SP capital em 1h 📦 envio discreto todo Brasil 📲 chama no zap / tele no link da bio
""", ext="txt")

save(OUT, R)
