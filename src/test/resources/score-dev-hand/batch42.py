# Batch 42 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement.
# Committed before any scorer run.
# Angle: pages that must NOT be flagged although a careless reader could take them for a seller's:
# news and court reports quoting vendor menus, prices per gram, Telegram handles and "buy ketamine
# online" wording; police and customs press releases; harm-reduction and drug-checking pages (dosing,
# "test your batch"); a forum thread about sources and prices with no selling; a scam-warning article
# quoting fake shops' wording; a cost guide for clinics and Spravato; a licensed veterinary wholesaler
# and a licensed pharmaceutical distributor (registered buyers only); a compounding pharmacy
# (prescription only); a poison-control page; an encyclopaedia entry with street names; a podcast
# transcript; a research paper on cryptomarket listings; ordinary shops selling crystals by the gram
# and vitamin K2. Then telehealth and clinic pages with shop-like parts (carts, plans, shipping,
# WhatsApp, gift cards, deposits, "buy a package"), and six sellers for contrast (fake online clinic
# with instant approval, affiliate doorway, WhatsApp/Telegram seller, Telegram bio, research-chemical
# analogue shop, veterinary vials sold without prescription).
# Mix: 6 sellers, 9 telehealth, 7 clinics, 18 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 4, fr 2, nl 2, pt 3, it 2).
# Shapes: long news feature, court report, customs press release, plain-text police release,
# drug-checking service page, harm-reduction guide with a test-kit cart, locked forum thread,
# consumer scam warning, cost guide with tables, wholesaler product page behind a licence check,
# distributor catalogue, compounding pharmacy page, poison-centre page, wiki entry, podcast
# transcript (plain text), paper abstract and results, crystal shop, supplement shop; telehealth
# plans, shipping policy, WhatsApp booking, gift card, referral psychiatry, FAQ excerpt (plain text),
# teleconsult packages, checkout summary, refill page; clinic package cart, REMS centre pricing with
# gift cards, per-session price list with WhatsApp, deposit page, merch store, treatment-plan
# purchase, short plain-text blurb; seller product page, doorway, messenger ad, social bio.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch42.py (writes batch42/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch42")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- informational

p("h4201", "https://www.northgatechronicle.example/news/investigations/2026/11/ketamine-telegram-menus-delivered-in-an-hour", "informational", False, "en",
  "news-investigation", "Ketamine 'menus' on Telegram promise delivery in under an hour | The Northgate Chronicle", """
<header class="masthead"><a href="/" class="logo">The Northgate Chronicle</a>
<nav><a href="/news">News</a> <a href="/news/investigations">Investigations</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe from £1</a></nav></header>
<main>
<article>
<p class="kicker">Investigation</p>
<h1>Ketamine "menus" on Telegram promise delivery in under an hour</h1>
<p class="standfirst">Our reporters spent six weeks following dealers who advertise openly on messaging apps. What they found was slick branding, loyalty discounts - and a product that drug-checking services say is often not what it claims.</p>
<p class="byline">By Hannah Okafor and Tom Reddish &middot; 24 November 2026 &middot; 9 min read</p>
<figure><img src="/img/2026/11/phone-menu-blurred.jpg" alt="A blurred screenshot of a dealer's price list"><figcaption>A price list sent to a Chronicle reporter's test account. Handles and phone numbers have been blurred.</figcaption></figure>
<p>The message arrived eleven minutes after our reporter joined the channel. "Menu updated 🔥 K shards back in stock. Same-day drop Northgate + surrounding. Min order 2g." Below it sat a price list laid out like a takeaway menu: £30 for a gram of ketamine, £55 for two, £120 for five, with a "bulk" line for 28 grams at £420.</p>
<p>The account, which called itself <em>@NG_Kdrops</em> until it was deleted last week, was one of at least fourteen channels and group chats we found advertising ketamine to people in and around the city. None of them asked for identification. Several offered "first order 10% off" and a referral scheme: bring a friend, get half a gram free.</p>
<p>The Chronicle did not buy any drugs. Reporters used a test account to join public channels, read the advertisements and, in three cases, asked questions about delivery times without agreeing to a purchase. We have passed the handles we found to Northgate Police.</p>
<h2>"Like ordering a pizza"</h2>
<p>The language of the advertisements borrows heavily from legitimate delivery apps. One channel promised "ETA 45-60 mins, tracked driver". Another, <em>@kandyman_north</em>, published a "customer reviews" post with screenshots of thumbs-up emojis. A third advertised "crypto accepted, cash on drop, no bank transfers".</p>
<p>Others were more cautious, telling new members to "DM for menu" and to delete messages after ordering. A handful cross-posted the same text - "Pure Indian K, tested, crystal shards not powder, discreet and reliable" - suggesting either a single operator behind several accounts or copied templates.</p>
<p>Detective Inspector Rachel Amoah, who leads the force's organised-crime partnership, said the phrasing was familiar. "They present it as a service with a brand. But there is nothing behind the brand: no quality control, no accountability, and people are getting hurt," she said.</p>
<h2>Websites that say "buy ketamine online"</h2>
<p>Alongside the messaging apps, a simple web search for "buy ketamine online UK" returned dozens of websites styled as pharmacies. Several used the same layout: a product photo of a vial or a bag of white crystals, a price per gram, an "Add to cart" button and a line promising "no prescription required - discreet worldwide shipping".</p>
<p>Cybersecurity researchers who examined some of the sites for this article said many appear to be outright scams that take payment in Bitcoin or gift cards and send nothing. "The ones that do deliver are arguably worse," said one researcher, who asked not to be named because of ongoing work with law enforcement. "You have no idea what's in the bag."</p>
<h2>What's actually in the bag</h2>
<p>That concern is shared by drug-checking services. Of 212 samples sold as ketamine and tested by a regional service between January and September, almost one in five contained something else, most often the analogue 2-fluorodeschloroketamine (2F-DCK) or a mix of ketamine with caffeine or benzocaine. A smaller number contained no active drug at all.</p>
<p>"People tell us they bought from a 'trusted' channel with great reviews," said a volunteer chemist at the service. "The reviews are written by the channel."</p>
<h2>The medical picture</h2>
<p>Ketamine is a controlled drug in the UK (Class B). It is used as an anaesthetic in hospitals and veterinary practice, and in recent years has been studied as a treatment for severe depression. A nasal spray form, esketamine, has been licensed for treatment-resistant depression, though its availability on the NHS is limited.</p>
<p>Dr Sunil Vora, a consultant psychiatrist, said the growing interest in ketamine as a medicine had blurred the line for some people. "Patients sometimes tell me they're 'self-treating' with ketamine from a dealer because they read about the research. In a clinic, dose, setting and monitoring are controlled. None of that exists when you order from a menu on your phone." Regular heavy use of ketamine is associated with serious bladder damage, he added.</p>
<h2>Platform response</h2>
<p>Telegram said in a statement that it removes content promoting illegal drugs when it is reported and that moderators "proactively" take down millions of pieces of harmful content every day. Of the fourteen channels we found, nine had been removed by the time of publication; at least three had reappeared under new names within days.</p>
<aside class="box"><h3>Need help?</h3><p>If you are worried about your own or someone else's drug use, you can talk to a local drug and alcohol service in confidence. In an emergency, always call 999.</p></aside>
<p class="tags">Topics: <a href="/topics/drugs">Drugs</a> <a href="/topics/crime">Crime</a> <a href="/topics/technology">Technology</a></p>
</article>
<section class="comments"><h3>Comments (38)</h3><p>Comments are closed on this article.</p></section>
</main>
<footer><p>&copy; 2026 Northgate Chronicle Ltd. Regulated by IPSO.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h4202", "https://www.diariodelsureste.example/tribunales/condenado-seis-anos-venta-ketamina-web", "informational", False, "es",
  "court-report", "Seis años de cárcel para el administrador de una web que vendía ketamina 'sin receta' | Diario del Sureste", """
<header><a href="/" class="logo">Diario del Sureste</a><nav><a href="/local">Local</a> <a href="/tribunales">Tribunales</a> <a href="/sucesos">Sucesos</a> <a href="/economia">Economía</a></nav></header>
<main><article>
<p class="seccion">TRIBUNALES</p>
<h1>Seis años de cárcel para el administrador de una web que vendía ketamina "sin receta"</h1>
<h2 class="entradilla">La Audiencia Provincial considera probado que el acusado enviaba sobres con la droga a toda España y cobraba en bitcoin</h2>
<p class="firma">M. J. Ferrández · 12/11/2026 · 07:30</p>
<p>La Audiencia Provincial ha condenado a seis años de prisión y a una multa de 90.000 euros a un vecino de 34 años que, según la sentencia, gestionó durante casi dos años una tienda en internet desde la que vendía ketamina, así como otras sustancias, a compradores de toda España.</p>
<p>Según el relato de hechos probados, la página se presentaba como una "farmacia online" y anunciaba en su portada frases como "compra ketamina online sin receta", "envío discreto 24/48h" y "pago seguro con bitcoin o tarjeta regalo". La lista de precios recogida en el sumario ofrecía el gramo a 45 euros, cinco gramos a 190 y "packs de 10 gramos" a 340 euros.</p>
<p>Los investigadores de la Guardia Civil detectaron la web a raíz de varios envíos interceptados en un centro de clasificación postal. Los sobres, etiquetados como "material de papelería", contenían bolsitas termoselladas con cristales blancos que el laboratorio identificó como ketamina con una pureza de entre el 62 % y el 88 %.</p>
<p>El tribunal rechaza el argumento de la defensa de que el acusado se limitaba a "mantener técnicamente" la página. La sentencia recuerda que en su domicilio se hallaron una balanza de precisión, 340 gramos de ketamina, material de envasado y un cuaderno con direcciones de clientes, y que los monederos de criptomonedas vinculados a la tienda recibieron el equivalente a más de 210.000 euros.</p>
<p>La resolución, que no es firme y puede recurrirse ante el Tribunal Superior de Justicia, subraya además que la página utilizaba "de forma engañosa" referencias a tratamientos contra la depresión para dar apariencia de legalidad a la venta. "Ningún tratamiento médico con ketamina se dispensa por correo y sin valoración facultativa", señala el texto.</p>
<h3>Un fenómeno al alza</h3>
<p>Fuentes de la investigación explican que este tipo de tiendas suele copiar la estética de las farmacias autorizadas. El Ministerio de Sanidad recuerda que en España solo las farmacias autorizadas pueden vender medicamentos a distancia, que los medicamentos con receta no pueden venderse por internet y que las webs legales muestran el logotipo común europeo que enlaza con el listado oficial.</p>
<p>La ketamina se usa en anestesia humana y veterinaria. La esketamina en espray nasal está autorizada para la depresión resistente, pero se administra en centros sanitarios y bajo supervisión.</p>
<p class="relacionadas"><b>Noticias relacionadas:</b> <a href="#">Detenidas tres personas por vender drogas a través de Telegram en la costa</a> · <a href="#">Sanidad alerta de webs que venden medicamentos sin receta</a></p>
</article></main>
<footer>© Diario del Sureste · Aviso legal · Política de privacidad</footer>
""", noise="cookie-es")

p("h4203", "https://www.zoll-presse.example/pressemitteilungen/2026/hza-suedwest-ketamin-postsendungen", "informational", False, "de",
  "customs-press-release", "Hauptzollamt stellt fast 12 Kilogramm Ketamin in Postsendungen sicher - Zoll Presse", """
<header><div class="logo">Zoll &middot; Presseportal</div><nav><a href="/pressemitteilungen">Pressemitteilungen</a> <a href="/themen">Themen</a> <a href="/kontakt">Pressekontakt</a></nav></header>
<main>
<p class="meta">Pressemitteilung &middot; Hauptzollamt Südwest &middot; 18.11.2026</p>
<h1>Fast 12 Kilogramm Ketamin in Postsendungen sichergestellt</h1>
<p><b>Zöllnerinnen und Zöllner des Hauptzollamts Südwest haben zwischen August und Oktober bei Kontrollen im Internationalen Postzentrum insgesamt 11,8 Kilogramm Ketamin in 73 Sendungen entdeckt.</b></p>
<p>Die Sendungen kamen überwiegend aus den Niederlanden und aus Asien und waren an Privatadressen in ganz Deutschland adressiert. Als Inhalt waren unter anderem "Badesalz", "Kristalldekoration" und "Vitaminpulver" angegeben. In mehreren Fällen war das Ketamin in vakuumverschweißten Beuteln versteckt, die zusätzlich in Kaffeeverpackungen eingeschweißt waren.</p>
<p>"Viele Empfänger bestellen in Online-Shops, die mit Formulierungen wie 'Ketamin kaufen ohne Rezept' oder 'diskreter Versand, Geld-zurück-Garantie' werben", erklärt Pressesprecherin Katrin Löffler. "Wer dort bestellt, macht sich strafbar - und geht zudem ein erhebliches Gesundheitsrisiko ein, weil niemand weiß, was tatsächlich im Beutel ist."</p>
<p>Ketamin unterliegt in Deutschland dem Arzneimittelgesetz und ist verschreibungspflichtig. Die Einfuhr ohne Erlaubnis ist strafbar. Das Zollfahndungsamt hat gegen 41 Empfängerinnen und Empfänger Ermittlungsverfahren eingeleitet; bei Durchsuchungen wurden weitere 1,3 Kilogramm Ketamin, Feinwaagen und Verpackungsmaterial gefunden.</p>
<h2>Hinweis für Verbraucher</h2>
<p>Der Zoll weist darauf hin, dass verschreibungspflichtige Arzneimittel nur über Apotheken mit gültigem Rezept bezogen werden dürfen. Seriöse Versandapotheken in Deutschland sind im Versandhandelsregister verzeichnet und tragen das EU-Sicherheitslogo.</p>
<p class="kontakt">Pressekontakt: Hauptzollamt Südwest, Pressestelle, presse.hza-suedwest@zoll-presse.example</p>
</main>
<footer><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""", noise="cookie-de")

p("h4204", "https://police.riverside-county.example/news/2026/telegram-delivery-arrests.txt", "informational", False, "en",
  "police-release-plaintext", "", """
FOR IMMEDIATE RELEASE - Riverside County Sheriff's Office
Two arrested after "K delivery" advertised on messaging app

RIVERSIDE COUNTY, Nov. 20, 2026 - Detectives from the Narcotics Enforcement Team arrested two men on Tuesday following a three-month investigation into a drug delivery operation advertised on the Telegram messaging app.

According to investigators, the suspects ran a channel under the names "SoCal K Express" and later "kexpress_2", where they posted daily "menus" listing ketamine at $60 per gram and $250 per eighth ounce, along with cocaine and MDMA. Buyers were told to "DM to order" and to pay through a peer-to-peer payment app or in cryptocurrency. Deliveries were made by car across the county.

A search warrant served at a residence in the 4400 block of Canyon Vista Drive led to the seizure of approximately 1.4 kilograms of suspected ketamine, 210 grams of suspected cocaine, packaging materials, two digital scales and $18,450 in cash.

Both suspects were booked on suspicion of possession for sale and transportation of a controlled substance. Their names are being withheld pending arraignment.

The Sheriff's Office reminds residents that drugs bought from social-media or messaging-app sellers are untested and may contain fentanyl or other dangerous substances. Anyone with information about drug sales advertised online is asked to call the Narcotics tip line at (555) 014-2200 or submit a tip anonymously through the Sheriff's website.

Media contact: Public Information Office, (555) 014-1000
###
""", ext="txt")

p("h4205", "https://www.drugscheck-nederland.example/ketamine/laat-je-ketamine-testen", "informational", False, "nl",
  "drug-checking-service", "Laat je ketamine testen | DrugsCheck Nederland", """
<header><a href="/" class="logo">DrugsCheck Nederland</a><nav><a href="/testlocaties">Testlocaties</a> <a href="/waarschuwingen">Waarschuwingen</a> <a href="/middelen">Middelen A-Z</a> <a href="/over-ons">Over ons</a></nav></header>
<main>
<h1>Laat je ketamine testen</h1>
<p class="intro">Je ziet niet aan een poeder of kristal wat erin zit. Bij onze testlocaties kun je anoniem een klein beetje van je ketamine inleveren. Binnen een week hoor je wat er in jouw monster zit. Testen is gratis en je hoeft geen naam op te geven.</p>
<h2>Hoe werkt het?</h2>
<ol>
<li>Zoek een testlocatie bij jou in de buurt en kom tijdens het testspreekuur langs.</li>
<li>Lever ongeveer 10 milligram in (een punt van een lucifer is genoeg). De rest neem je weer mee.</li>
<li>Je krijgt een code. Met die code bel je na een week of kijk je online naar de uitslag.</li>
</ol>
<p>Medewerkers mogen je ketamine niet kopen, verkopen of bewaren. We geven ook geen adressen van verkopers. We testen alleen.</p>
<h2>Wat vinden we in "ketamine"?</h2>
<p>In de afgelopen twaalf maanden was ongeveer 82% van de monsters die als ketamine werden ingeleverd ook echt (alleen) ketamine. In de andere monsters vonden we onder meer:</p>
<ul>
<li><b>2-FDCK</b> (een ketamine-achtige stof met een langere werking; weinig bekend over de risico's)</li>
<li><b>3-MeO-PCP</b> (veel sterker, kleine hoeveelheden kunnen al heftige effecten geven)</li>
<li>cafeïne, lidocaïne of benzocaïne als versnijdingsmiddel</li>
</ul>
<p class="alert">Rode waarschuwing (november 2026): in Zuid-Holland zijn kristallen verkocht als ketamine die een sterk werkende arylcyclohexylamine bevatten. Zie <a href="/waarschuwingen">waarschuwingen</a>.</p>
<h2>Als je toch gebruikt</h2>
<ul>
<li>Begin laag: neem een klein beetje en wacht minstens 20 tot 30 minuten voor je meer neemt.</li>
<li>Gebruik niet alleen en niet in of bij water, en niet in het verkeer.</li>
<li>Combineer ketamine niet met alcohol, GHB of slaap- en kalmeringsmiddelen: dat vergroot de kans op bewusteloosheid en verstikking.</li>
<li>Last van je blaas, pijn bij het plassen of bloed in je urine? Stop en ga naar je huisarts.</li>
</ul>
<p>Ketamine staat in Nederland op lijst II van de Opiumwet. Bezit en handel zijn strafbaar. Testen is dat niet.</p>
<p><a class="btn" href="/testlocaties">Vind een testlocatie</a></p>
</main>
<footer>DrugsCheck Nederland is een samenwerking van instellingen voor verslavingszorg en GGD'en. · <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h4206", "https://saferpartying.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-guide-with-shop", "Ketamine - dosing, effects and risks | SaferPartying", """
<header><a href="/" class="logo">SaferPartying</a>
<nav><a href="/drugs">Drug guides</a> <a href="/combos">Combinations chart</a> <a href="/shop">Test kits</a> <a href="/donate">Donate</a></nav>
<a href="/shop/cart" class="cart">Cart (0)</a></header>
<main>
<p class="crumbs"><a href="/drugs">Drug guides</a> / Ketamine</p>
<h1>Ketamine</h1>
<p class="also">Also known as: K, ket, special K, kitty, wonk, Vitamin K</p>
<p>We don't judge and we don't sell drugs. This page exists because people use ketamine anyway, and accurate information reduces harm. If you are thinking about ketamine as a treatment for depression, talk to a doctor: there are licensed clinics that provide it in a medical setting.</p>
<h2>Test your batch first</h2>
<p>Ketamine sold on the street or online is frequently mis-sold. Analogues like 2F-DCK and 3-MeO-PCP look identical and behave very differently. A reagent test takes two minutes and can tell you whether you have something other than ketamine.</p>
<div class="product-card">
<img src="/img/kits/mandelin.jpg" alt="Mandelin reagent bottle">
<h3>Mandelin reagent test kit</h3>
<p>Turns orange with ketamine. Approx. 50 tests. Comes with a colour chart.</p>
<p class="price">$22.00</p>
<button>Add to cart</button>
</div>
<div class="product-card">
<img src="/img/kits/ketamine-bundle.jpg" alt="Three reagent bottles">
<h3>Ketamine checking bundle (Mandelin + Morris + Liebermann)</h3>
<p class="price">$49.00</p>
<button>Add to cart</button>
</div>
<p class="small">Test kits ship in plain packaging within the US. We never ship drugs and cannot advise where to buy them. Reagents do not detect everything; a lab service is more accurate. Find a <a href="/drug-checking">drug-checking service</a> near you.</p>
<h2>Dosing (insufflated)</h2>
<table>
<tr><th>Threshold</th><td>10-15 mg</td></tr>
<tr><th>Light</th><td>15-30 mg</td></tr>
<tr><th>Common</th><td>30-75 mg</td></tr>
<tr><th>Strong</th><td>75-150 mg</td></tr>
</table>
<p>Doses vary hugely from person to person and batch to batch. Weigh with a milligram scale; eyeballing lines is how people end up in a "K-hole" they didn't want. Wait at least 30 minutes before redosing.</p>
<h2>Effects</h2>
<p>Onset 5-15 minutes when snorted. Effects last 45-90 minutes, with after-effects for a few hours. Expect numbness, dissociation, difficulty moving and talking at higher doses, and nausea.</p>
<h2>Risks</h2>
<ul>
<li><b>Bladder damage.</b> Regular use can cause ketamine uropathy: frequent, painful urination and in severe cases permanent damage. Stop and see a doctor if you notice symptoms.</li>
<li><b>Accidents.</b> You may not be able to move properly or feel pain. Stay seated, away from water, roads and heights.</li>
<li><b>Mixing.</b> Dangerous with alcohol, GHB/GBL, opioids and benzodiazepines.</li>
<li><b>Dependence.</b> Tolerance builds quickly; daily use is a warning sign.</li>
</ul>
<h2>Legal status</h2>
<p>Schedule III in the United States. Possession without a prescription is illegal.</p>
</main>
<footer>SaferPartying is a 501(c)(3) harm-reduction nonprofit. Content reviewed by our medical advisory board. <a href="/privacy">Privacy</a> · <a href="/shop/shipping">Shipping for test kits</a></footer>
""", noise="cookie")

p("h4207", "https://forum.brightminds-talk.example/t/anyone-tried-buying-ketamine-online-prices/84412", "informational", False, "en",
  "forum-thread-locked", "Anyone tried buying ketamine online? prices? - Depression & Treatments - BrightMinds Talk", """
<header><a href="/" class="logo">BrightMinds Talk</a><nav><a href="/latest">Latest</a> <a href="/categories">Categories</a> <a href="/guidelines">Community guidelines</a></nav><a href="/login">Log in</a></header>
<main>
<h1>Anyone tried buying ketamine online? prices?</h1>
<p class="cat">Depression &amp; Treatments &middot; <span class="locked">🔒 Locked</span></p>
<div class="post"><p class="user"><b>grey_october</b> &middot; Nov 3</p>
<p>Six antidepressants in, nothing works. The clinic near me wants $550 per infusion and my insurance won't touch it. I keep seeing sites that say "buy ketamine online, no prescription, ships discreetly". Has anyone done this? What's a normal price per gram? I just want to feel something other than grey.</p></div>
<div class="post"><p class="user"><b>lakeshore_d</b> &middot; Nov 3</p>
<p>I'm really sorry you're going through that. Please don't go down that road. I paid $300 in Bitcoin to one of those "pharmacies" last year and got nothing, then they emailed asking for another $150 for "customs clearance". Total scam.</p></div>
<div class="post"><p class="user"><b>Marcus_RN</b> &middot; Nov 3</p>
<p>Nurse here. Street prices I've heard from patients range from something like $30 to $80 a gram depending on where you live, but that's exactly the problem: you have no idea what you're getting, and the dose used for depression in a clinic is measured by body weight with your blood pressure being watched. Two cheaper legit options: ask your psychiatrist about Spravato (insurance often covers it after you've failed two meds), or look at telehealth programs that do a proper video evaluation - some are $200-300 a month.</p></div>
<div class="post"><p class="user"><b>grey_october</b> &middot; Nov 4</p>
<p>I didn't know insurance could cover Spravato. My psych never mentioned it. Going to ask.</p></div>
<div class="post"><p class="user"><b>user_48821</b> &middot; Nov 4</p>
<p><i>[post removed by moderator: sourcing]</i></p></div>
<div class="post mod"><p class="user"><b>Moderator_Jess</b> &middot; Nov 4</p>
<p>Reminder of rule 3: no sourcing. Don't post or ask for vendors, links, Telegram handles or "DM me" offers. Posts doing that get removed and accounts banned. Discussion of treatment options is welcome in the Treatments board. Locking this thread since the original question has been answered. @grey_october, the crisis resources are pinned at the top of every board if you need them. 💙</p></div>
</main>
<footer>BrightMinds Talk is a peer-support community, not a medical service. &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h4208", "https://www.consumerwatchdog-online.example/scams/fake-online-pharmacies-ketamine-red-flags", "informational", False, "en",
  "scam-warning-article", "Fake online pharmacies selling ketamine: 10 red flags | Consumer Watchdog Online", """
<header><a href="/" class="logo">Consumer Watchdog Online</a>
<nav><a href="/scams">Scam alerts</a> <a href="/money">Money</a> <a href="/health">Health</a> <a href="/report">Report a scam</a></nav></header>
<main>
<article>
<h1>Fake online pharmacies selling ketamine: 10 red flags</h1>
<p class="meta">Scam alerts &middot; Updated 29 November 2026 &middot; Reviewed by our health editor</p>
<p class="lead">Since ketamine and esketamine started making headlines as depression treatments, complaints about websites "selling" them have risen sharply. Readers tell us they paid hundreds of dollars and received nothing, received a powder of unknown content, or were then blackmailed with threats of being "reported to the police". Here is what these sites look like, in their own words, and how to tell them apart from real care.</p>
<p>To write this guide we reviewed 63 websites and 18 social-media accounts reported to us between April and October. The quotes below are copied exactly from those sites. We have not linked to any of them.</p>
<h2>1. "No prescription needed"</h2>
<p>The most common headline on the sites we reviewed: <q>Buy Ketamine Online Without Prescription - 100% Legit Supplier</q>. Ketamine is a controlled substance in the US, UK, EU, Canada and Australia. A real pharmacy will always need a prescription from a clinician who has evaluated you. A site that says otherwise is breaking the law or lying.</p>
<h2>2. "Online consultation" that is really a checkbox</h2>
<p>Some shops copy the look of telehealth services. One had a "doctor approval" form with three questions (age, country, "do you accept the terms") and displayed <q>Approved ✔ Your prescription has been issued</q> instantly, before payment. Genuine telehealth providers hold a video or phone appointment with a named, licensed clinician and can say no.</p>
<h2>3. Prices per gram and "bulk" discounts</h2>
<p>Listings like <q>Ketamine HCl crystal 5g - $180 / 10g - $320 / 25g - $650</q> or <q>Ketalar 50mg/ml 10 vials - $290</q> are a giveaway. Clinics charge per treatment session, not per gram, and no legitimate service sells ketamine powder to patients.</p>
<h2>4. Payment in crypto, gift cards or Zelle only</h2>
<p><q>Pay with Bitcoin and get 15% OFF</q>, <q>We accept Apple gift cards, Steam cards, Cash App</q>. Once you pay like this, you almost never get your money back.</p>
<h2>5. "Stealth shipping" and "reship guarantee"</h2>
<p><q>Discreet stealth packaging, vacuum sealed, no signature</q>, <q>Free reship if seized by customs</q>. Promising to beat customs is not something a pharmacy does.</p>
<h2>6. Ordering on WhatsApp, Telegram or Wickr</h2>
<p>Many sites have no checkout at all, only a green button: <q>Order on WhatsApp +1 (555) 01x-xxxx</q> or <q>Contact us on Telegram for fast response</q>.</p>
<h2>7. Fake trust badges and copied text</h2>
<p>Logos like "FDA approved store", "Verified by Visa" and "Licensed pharmacy" with no licence number, and product descriptions copied word for word from Wikipedia or from real clinics' "What is ketamine?" pages.</p>
<h2>8. "Research chemicals - not for human consumption"</h2>
<p>Analogues such as 2F-DCK, deschloroketamine and methoxetamine are sold with this disclaimer alongside dosing tips. The disclaimer protects the seller, not you.</p>
<h2>9. Veterinary ketamine "for anyone"</h2>
<p><q>Ketamine 100mg/ml injection for horses and dogs - no vet license needed</q>. Legitimate veterinary distributors sell controlled drugs only to registered practices.</p>
<h2>10. Pressure tactics</h2>
<p><q>Only 4 left in stock!</q>, countdown timers and "customer reviews" that all read the same.</p>
<h2>What legitimate care looks like</h2>
<ul>
<li><b>Clinics</b> give ketamine by IV or injection, or esketamine (Spravato) nasal spray, on site with monitoring. Spravato centres must be certified under the FDA's REMS programme.</li>
<li><b>Telehealth programs</b> for at-home ketamine hold a live evaluation with a licensed prescriber, check your medical history, and ship only through a licensed pharmacy after a prescription is written. Many also require a monitor to be present during sessions.</li>
<li>You can check a pharmacy's licence with your state board of pharmacy, and a prescriber's licence with the state medical board.</li>
</ul>
<h2>Already paid a fake site?</h2>
<p>Contact your bank or card issuer straight away, keep all emails and screenshots, and <a href="/report">report the site to us</a> and to the FTC. Do not pay any extra "customs", "insurance" or "release" fees - these are part of the scam. If someone threatens to report you unless you pay, stop replying and report the threat.</p>
<div class="share">Share this alert: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
<aside><h3>Most read</h3><ul><li><a href="#">Toll road text scams are back</a></li><li><a href="#">GLP-1 "compounded" pen sites: what to know</a></li><li><a href="#">Fake package delivery notices</a></li></ul></aside>
</main>
<footer>Consumer Watchdog Online is an independent nonprofit. We do not accept advertising from companies we cover. &copy; 2026</footer>
""", noise="cookie")

p("h4209", "https://www.mindcare-costs.example/guides/ketamine-therapy-cost", "informational", False, "en",
  "cost-guide", "How much does ketamine therapy cost in 2026? IV, Spravato and at-home compared", """
<header><a href="/" class="logo">MindCare Costs</a><nav><a href="/guides">Guides</a> <a href="/insurance">Insurance</a> <a href="/calculators">Calculators</a> <a href="/about">About us</a></nav></header>
<main>
<article>
<h1>How much does ketamine therapy cost in 2026?</h1>
<p class="meta">By Lauren Pike, health-finance writer &middot; Medically reviewed by Dr. Omar Haddad, MD &middot; Updated Nov 2026</p>
<p class="disclosure">Disclosure: we don't accept payment from clinics or telehealth companies for placement. Prices below come from our survey of 140 providers' published price lists and patient-reported bills.</p>
<h2>Quick answer</h2>
<p>A single IV ketamine infusion usually costs <b>$400 to $800</b> out of pocket. A typical induction series of six infusions runs <b>$2,400 to $4,800</b>. Spravato (esketamine) is often covered by insurance after you've tried at least two antidepressants; without coverage it can exceed <b>$800 per session</b> for the drug alone. At-home ketamine programs through telehealth generally cost <b>$200 to $450 per month</b> including the evaluation, follow-ups and medication.</p>
<h2>Price comparison table</h2>
<table>
<tr><th>Option</th><th>Typical price</th><th>Insurance?</th><th>Where</th></tr>
<tr><td>IV infusion (single)</td><td>$400-$800</td><td>Rarely</td><td>Infusion clinic</td></tr>
<tr><td>IV induction series (6)</td><td>$2,400-$4,800</td><td>Rarely; some plans reimburse part via out-of-network claims</td><td>Infusion clinic</td></tr>
<tr><td>IM injection session</td><td>$250-$600</td><td>Rarely</td><td>Clinic / KAP practice</td></tr>
<tr><td>Ketamine-assisted psychotherapy (KAP), per session</td><td>$500-$1,200</td><td>Therapy portion sometimes</td><td>KAP practice</td></tr>
<tr><td>Spravato session (56 or 84 mg)</td><td>$590-$885 list for the drug + monitoring fee</td><td>Often, with prior authorization</td><td>REMS-certified centre</td></tr>
<tr><td>At-home sublingual program</td><td>$200-$450/month</td><td>Evaluation sometimes; medication rarely</td><td>Telehealth + licensed pharmacy</td></tr>
</table>
<h2>What drives the price</h2>
<ul>
<li><b>Staffing.</b> Infusions need an anesthesiologist, CRNA or physician plus nurse monitoring for 40-60 minutes plus recovery.</li>
<li><b>Location.</b> Big-city clinics charge 20-40% more.</li>
<li><b>Packages.</b> Many clinics sell a six-infusion package at a 10-15% discount, sometimes with a deposit to reserve your first appointment. Read the refund terms.</li>
<li><b>Add-ons.</b> Integration therapy, NAD+ or "booster" infusions and memberships can add hundreds.</li>
</ul>
<h2>Ways to reduce the cost</h2>
<ol>
<li>Ask whether your plan covers Spravato; the manufacturer also runs a savings program for eligible commercially insured patients.</li>
<li>Use your HSA or FSA - ketamine treatment prescribed for a medical condition is generally an eligible expense.</li>
<li>Ask clinics for a superbill to submit an out-of-network claim.</li>
<li>Medical financing (CareCredit and similar) is widely accepted, but watch deferred-interest terms.</li>
<li>Academic medical centres sometimes run clinical trials that provide treatment at no cost.</li>
</ol>
<h2>"Can I buy ketamine online cheaper?"</h2>
<p>We get this question a lot. Websites offering ketamine "per gram" or "without prescription" are illegal and frequently scams; even when a product arrives, its content and strength are unknown. Legitimate at-home programs always start with a clinician evaluation and ship only from a licensed pharmacy on prescription. See our <a href="/guides/telehealth-ketamine-checklist">telehealth checklist</a>.</p>
<h2>Sample bills from readers</h2>
<table>
<tr><th>State</th><th>Treatment</th><th>Total paid</th></tr>
<tr><td>Texas</td><td>6 IV infusions, package price</td><td>$2,850</td></tr>
<tr><td>Colorado</td><td>Spravato, 8 sessions, commercial insurance</td><td>$240 in copays</td></tr>
<tr><td>New York</td><td>KAP, 3 IM sessions + 6 therapy hours</td><td>$4,100</td></tr>
<tr><td>Florida</td><td>At-home program, 3 months</td><td>$897</td></tr>
</table>
<p class="small">This guide is for information only and does not recommend any provider.</p>
</article>
</main>
<footer>&copy; 2026 MindCare Costs &middot; <a href="/methodology">Methodology</a> &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h4210", "https://shop.midwestvetsupply.example/controlled-substances/ketamine-hcl-injection-100-mg-ml-10-ml", "informational", False, "en",
  "vet-wholesaler-product-licence-gate", "Ketamine HCl Injection 100 mg/mL, 10 mL (CIII) | Midwest Vet Supply", """
<header><a href="/" class="logo">Midwest Vet Supply</a>
<form class="search"><input placeholder="Search 18,000+ products"></form>
<nav><a href="/pharmacy">Pharmaceuticals</a> <a href="/controlled-substances">Controlled Substances</a> <a href="/surgical">Surgical</a> <a href="/equine">Equine</a> <a href="/lab">Lab &amp; Diagnostics</a></nav>
<a href="/account/login">Sign in</a> <a href="/cart">Cart</a></header>
<main>
<p class="crumbs">Home / Controlled Substances / Anesthetics</p>
<div class="product">
<img src="/img/products/ketamine-100-10ml.jpg" alt="Ketamine HCl injection vial">
<div class="info">
<h1>Ketamine HCl Injection, USP 100 mg/mL - 10 mL multi-dose vial</h1>
<p class="sku">Item # 204-7751 &middot; Manufacturer: (generic, multiple sources) &middot; DEA Schedule III</p>
<p class="price-gate"><b>Sign in to see your pricing.</b> Pricing and ordering for controlled substances are available only to verified veterinary accounts.</p>
<button disabled>Add to cart</button>
<ul class="req">
<li>Account must be verified with a current <b>DEA registration</b> and <b>state veterinary / controlled-substance licence</b> for the ship-to address.</li>
<li>Schedule III-V orders ship only to the registered practice address on file. No drop-shipping, no residential addresses.</li>
<li>Orders are reviewed by our compliance team; suspicious orders are reported as required by law.</li>
</ul>
<p><a href="/account/controlled-substance-verification">Verify your practice</a> &middot; <a href="/help/csos">Ordering Schedule II with CSOS</a></p>
</div></div>
<h2>Description</h2>
<p>Ketamine hydrochloride injection is a non-barbiturate dissociative anesthetic indicated in cats and subhuman primates for restraint and anesthesia. Used extra-label in dogs and horses under the direction of a licensed veterinarian. Store at 20-25 &deg;C. Protect from light.</p>
<h2>Shipping</h2>
<p>Controlled substances ship via ground with adult signature to the licensed facility. Not available for will-call.</p>
<p class="note">Midwest Vet Supply is a licensed wholesale distributor in 38 states. We sell to veterinary professionals only. We do not sell prescription or controlled products to the public.</p>
</main>
<footer>&copy; Midwest Vet Supply, Inc. &middot; Licensed wholesale distributor &middot; <a href="/licenses">State licences</a> &middot; <a href="/terms">Terms of sale</a></footer>
""")

p("h4211", "https://pro.repartiteur-rhone-alpes.example/catalogue/anesthesiques/ketamine-50mg-ml-solution-injectable", "informational", False, "fr",
  "pharma-distributor-catalogue", "Kétamine 50 mg/ml, solution injectable, boîte de 10 flacons - Espace professionnels", """
<header><div class="logo">Répartition Pharmaceutique Rhône-Alpes</div>
<nav><a href="/catalogue">Catalogue</a> <a href="/commandes">Mes commandes</a> <a href="/stupefiants">Stupéfiants</a> <a href="/aide">Aide</a></nav>
<p class="compte">Espace réservé aux professionnels de santé &middot; <a href="/connexion">Se connecter</a></p></header>
<main>
<p class="fil">Catalogue &gt; Anesthésiques généraux &gt; Kétamine</p>
<h1>KÉTAMINE 50 mg/ml, solution injectable - B/10 flacons de 10 ml</h1>
<table class="fiche">
<tr><th>Code CIP13</th><td>34009 xxx xxx x x</td></tr>
<tr><th>Statut</th><td>Stupéfiant - Liste I - Réservé à l'usage hospitalier</td></tr>
<tr><th>Conditionnement</th><td>10 flacons verre de 10 ml</td></tr>
<tr><th>Prix</th><td>Visible après connexion (tarif établissement)</td></tr>
<tr><th>Disponibilité</th><td>En stock - agence de Lyon</td></tr>
</table>
<h2>Conditions de commande</h2>
<p>Ce produit relève de la réglementation des stupéfiants. La commande n'est possible que pour les établissements titulaires d'un compte professionnel vérifié :</p>
<ul>
<li>pharmacies à usage intérieur (PUI) des établissements de santé ;</li>
<li>vétérinaires et cliniques vétérinaires, pour les présentations à usage vétérinaire ;</li>
<li>établissements autorisés par l'ANSM.</li>
</ul>
<p>Chaque commande doit être accompagnée d'un bon de commande stupéfiants signé par le pharmacien responsable, conformément au Code de la santé publique. Les livraisons s'effectuent exclusivement à l'adresse de l'établissement, contre signature, et sont enregistrées dans notre registre des stupéfiants.</p>
<p class="alerte">Nous ne vendons aucun médicament aux particuliers. Aucune commande ne peut être passée par téléphone, messagerie ou réseaux sociaux.</p>
<p><a href="/connexion" class="btn">Connexion professionnelle</a> <a href="/ouvrir-un-compte">Ouvrir un compte établissement</a></p>
</main>
<footer>Répartition Pharmaceutique Rhône-Alpes - Établissement pharmaceutique autorisé (grossiste-répartiteur) &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h4212", "https://www.cedarlanecompounding.example/services/ketamine-compounding", "informational", False, "en",
  "compounding-pharmacy-rx-only", "Ketamine Compounding - Troches, Nasal Spray & Topicals | Cedar Lane Compounding Pharmacy", """
<header><a href="/" class="logo">Cedar Lane Compounding Pharmacy</a>
<nav><a href="/services">Services</a> <a href="/prescribers">For Prescribers</a> <a href="/patients">For Patients</a> <a href="/transfer">Transfer an Rx</a> <a href="/contact">Contact</a></nav>
<p class="top">PCAB-accredited &middot; Licensed in AZ, CA, CO, NM, NV, TX, UT</p></header>
<main>
<h1>Ketamine compounding</h1>
<p>Cedar Lane prepares ketamine in dosage forms that aren't commercially available, <b>only on a valid prescription</b> from a licensed prescriber who has an established relationship with the patient. Our pharmacists work with psychiatrists, pain specialists and telehealth providers to prepare patient-specific doses.</p>
<h2>Dosage forms we compound</h2>
<ul>
<li>Rapid-dissolve tablets (RDT) and troches, 50-300 mg</li>
<li>Nasal spray (metered), concentration per prescriber order</li>
<li>Topical creams for neuropathic pain (ketamine in combination with other agents)</li>
</ul>
<h2>For patients</h2>
<p>We can't sell ketamine without a prescription, and we can't recommend a prescriber. If your clinician prescribes a compounded ketamine product, ask them to send the prescription electronically to Cedar Lane. We'll call you to confirm your identity, review your medications and take payment.</p>
<p><b>Typical patient cost:</b> $60-$140 per prescription fill, depending on strength and quantity. Most insurance plans don't cover compounded products; we provide receipts for HSA/FSA.</p>
<h2>Delivery</h2>
<p>Controlled-substance prescriptions are shipped by overnight courier with adult signature to the patient's address in states where we hold a licence, or can be picked up in store with photo ID. State prescription-monitoring (PDMP) checks are performed for every fill.</p>
<h2>For prescribers</h2>
<p>Send e-prescriptions (EPCS) to Cedar Lane Compounding Pharmacy, NCPDP 05xxxxx. Our pharmacists are happy to discuss formulation and dosing. <a href="/prescribers/ketamine-formulary">View our ketamine formulary (PDF)</a>.</p>
<p class="disclaimer">Compounded drugs are not FDA-approved. Spravato (esketamine) is not dispensed by this pharmacy; it is available only through REMS-certified healthcare settings.</p>
</main>
<footer>Cedar Lane Compounding Pharmacy &middot; 1820 Cedar Lane, Tucson AZ &middot; Pharmacist-in-charge: R. Delgado, PharmD &middot; <a href="/licenses">Licences</a></footer>
""")

p("h4213", "https://www.centroantiveleni-nord.example/sostanze/ketamina", "informational", False, "it",
  "poison-control-page", "Ketamina - Centro Antiveleni Nord", """
<header><div class="logo">Centro Antiveleni Nord</div><p class="tel">Consulenza 24 ore su 24: <b>02 000 1111</b></p>
<nav><a href="/sostanze">Schede sostanze</a> <a href="/farmaci">Farmaci</a> <a href="/funghi">Funghi</a> <a href="/operatori">Per gli operatori sanitari</a></nav></header>
<main>
<h1>Ketamina</h1>
<p class="sintesi">Anestetico dissociativo usato in medicina umana e veterinaria. Usato anche a scopo ricreativo (nomi di strada: "keta", "K", "special K", "vitamina K"). La esketamina spray nasale è un farmaco per la depressione resistente somministrato solo in strutture sanitarie.</p>
<h2>Quando chiamare il Centro Antiveleni</h2>
<ul>
<li>Assunzione accidentale da parte di un bambino o di un animale domestico</li>
<li>Assunzione insieme ad alcol, oppioidi, benzodiazepine o GHB</li>
<li>Confusione intensa, agitazione, dolore toracico</li>
</ul>
<p class="urgente">Se la persona non risponde, respira male o ha convulsioni, chiamate subito il <b>112</b>.</p>
<h2>Sintomi</h2>
<p>Distacco dalla realtà, difficoltà a muoversi e a parlare, visione doppia, nausea e vomito, aumento della pressione e del battito. Ad alte dosi: stato di incoscienza ("K-hole"), rischio di inalazione del vomito. Con l'uso ripetuto: cistite da ketamina, dolori addominali.</p>
<h2>Cosa fare in attesa dei soccorsi</h2>
<ol>
<li>Non lasciare sola la persona, mettetela in posizione laterale di sicurezza se è incosciente ma respira.</li>
<li>Non provocate il vomito e non date da bere.</li>
<li>Conservate la confezione o la bustina: può aiutare a capire cosa è stato assunto. Le sostanze comprate su internet o tramite app di messaggistica possono contenere altri principi attivi.</li>
</ol>
<p class="nota">Il Centro Antiveleni offre consulenza gratuita e riservata. Non forniamo farmaci e non diamo indicazioni su dove procurarli.</p>
</main>
<footer>Centro Antiveleni Nord - Azienda Ospedaliera &middot; <a href="/privacy">Privacy</a></footer>
""")

p("h4214", "https://pt.enciclopedia-livre.example/wiki/Cetamina", "informational", False, "pt",
  "encyclopedia-entry", "Cetamina - Enciclopédia Livre", """
<div id="top"><a href="/">Enciclopédia Livre</a> <form><input placeholder="Pesquisar"></form></div>
<main id="content">
<h1>Cetamina</h1>
<p class="hatnote">Nota: Para o medicamento em spray nasal, veja <a href="/wiki/Escetamina">Escetamina</a>.</p>
<table class="infobox">
<tr><th colspan="2">Cetamina</th></tr>
<tr><td>Nome IUPAC</td><td>(RS)-2-(2-clorofenil)-2-(metilamino)ciclo-hexanona</td></tr>
<tr><td>Vias de administração</td><td>intravenosa, intramuscular, intranasal, oral</td></tr>
<tr><td>Estatuto legal</td><td>BR: Lista C1 (Portaria SVS/MS 344/98); PT: tabela II-A; US: Schedule III</td></tr>
<tr><td>Meia-vida</td><td>2,5-3 horas</td></tr>
</table>
<p>A <b>cetamina</b> (também <b>quetamina</b> ou <b>ketamina</b>) é um fármaco anestésico dissociativo da classe das arilciclo-hexilaminas, sintetizado em 1962 por Calvin Stevens e aprovado para uso clínico nos Estados Unidos em 1970. É amplamente usada em anestesia humana e veterinária e consta da Lista de Medicamentos Essenciais da Organização Mundial da Saúde.</p>
<h2>Usos médicos</h2>
<p>Além da indução e manutenção da anestesia, é usada em analgesia de emergência e, em doses subanestésicas, no tratamento da depressão resistente. O seu enantiómero S, a <a href="/wiki/Escetamina">escetamina</a>, foi aprovado em spray nasal (Spravato) para depressão resistente ao tratamento, com administração sob supervisão em serviços de saúde.</p>
<h2>Farmacologia</h2>
<p>Atua principalmente como antagonista não competitivo do receptor NMDA. O efeito antidepressivo rápido tem sido associado ao aumento da libertação de glutamato, à ativação de receptores AMPA e ao aumento de BDNF.</p>
<h2>Uso recreativo</h2>
<p>A cetamina é usada de forma recreativa desde os anos 1970, inicialmente em ambientes de música eletrônica. Nomes populares incluem <i>K</i>, <i>keta</i>, <i>special K</i>, <i>vitamina K</i>, <i>kit kat</i>, <i>cat valium</i> e, no Brasil, <i>key</i>. No mercado ilícito circula sobretudo em pó ou cristais, muitas vezes desviada de uso veterinário. O uso crônico está associado a cistite ulcerativa e lesões do trato urinário.</p>
<h2>Estatuto legal</h2>
<p>No Brasil, a cetamina integra a lista C1 (outras substâncias sujeitas a controle especial) e só pode ser dispensada mediante receita de controle especial. Em Portugal está incluída na tabela II-A anexa ao Decreto-Lei n.º 15/93.</p>
<h2>Ver também</h2>
<ul><li><a href="/wiki/Anest%C3%A9sico_dissociativo">Anestésico dissociativo</a></li><li><a href="/wiki/Fenciclidina">Fenciclidina</a></li><li><a href="/wiki/Metoxetamina">Metoxetamina</a></li></ul>
<h2>Referências</h2>
<ol class="refs"><li>Domino EF. Taming the ketamine tiger. <i>Anesthesiology</i>. 2010.</li><li>Zarate CA et al. A randomized trial of an NMDA antagonist in treatment-resistant major depression. <i>Arch Gen Psychiatry</i>. 2006.</li></ol>
</main>
<footer>Este texto é disponibilizado nos termos da licença Creative Commons. <a href="#">Política de privacidade</a></footer>
""")

p("h4215", "https://feeds.thewiredmindpodcast.example/episodes/112-inside-the-online-ketamine-trade/transcript.txt", "informational", False, "en",
  "podcast-transcript-plaintext", "", """
THE WIRED MIND - Episode 112: Inside the online ketamine trade
Transcript (auto-generated, lightly edited)

[00:00:00] JO (host): Welcome back to The Wired Mind. I'm Jo Almeida. Today we're talking about something a lot of you emailed about after our episode on ketamine clinics: the other side of it, the online market. My guest is Priya Raman, a journalist who spent a year reporting on it. Priya, welcome.

[00:00:21] PRIYA: Thanks for having me.

[00:00:23] JO: So let's start simple. If I type "buy ketamine online" into a search engine right now, what do I get?

[00:00:31] PRIYA: You get a mess. You'll get news articles, harm-reduction pages, a few legitimate telehealth companies buying ads, and then dozens of sites that look like pharmacies. They'll have a price per gram, "add to cart", little badges that say "licensed" or "FDA approved", and usually a line like "no prescription required, worldwide stealth shipping".

[00:00:54] JO: And are those real?

[00:00:56] PRIYA: Most of the ones I tested were scams in the simple sense: you pay in Bitcoin or with gift cards and nothing arrives. I documented one network of about forty domains run off the same template. Same photos, same typos. The "customer support" was a WhatsApp number that rotated every couple of weeks.

[00:01:18] JO: You say "most".

[00:01:19] PRIYA: Right. Some do ship. I talked to a former vendor, I'll call him D, who sold on a darknet market and then on Telegram. He told me his menu was basically "K" at a price per gram with discounts at five and ten, and he'd reship once if the parcel was seized. He was very proud of his "customer service". He's now serving a sentence.

[00:01:43] JO: What surprised you most?

[00:01:45] PRIYA: How much they borrow from medicine. Sites with names like "depression relief pharmacy", copying paragraphs from real clinics about NMDA receptors, even fake "doctor approval" pop-ups. People who are genuinely struggling get targeted with that.

[00:02:04] JO: And what should listeners do if they're interested in ketamine treatment?

[00:02:08] PRIYA: Go through a clinician. Either an in-person clinic, or a Spravato treatment centre, or a telehealth service where you actually meet a prescriber by video and the medication comes from a licensed pharmacy. If anyone offers to skip that, that's your answer.

[00:02:26] JO: We'll put Priya's articles and some resources in the show notes. After the break, we'll hear from a drug-checking chemist about what's actually in those parcels.

[00:02:35] [AD BREAK]
""", ext="txt")

p("h4216", "https://journals.addictionresearch.example/ijdp/article/2026/ketamine-cryptomarkets-listings-prices", "informational", False, "en",
  "research-paper", "Ketamine on cryptomarkets, 2021-2025: listings, prices per gram and shipping claims - Int. J. Drug Markets Research", """
<header><a href="/" class="logo">Int. J. Drug Markets Research</a><nav><a href="/current">Current issue</a> <a href="/archive">Archive</a> <a href="/submit">Submit</a></nav></header>
<main>
<article>
<p class="type">Original research &middot; Open access</p>
<h1>Ketamine on cryptomarkets, 2021-2025: listings, prices per gram and shipping claims</h1>
<p class="authors">A. Lindqvist<sup>1</sup>, M. Ferreira<sup>2</sup>, K. Osei<sup>1</sup></p>
<p class="affil"><sup>1</sup>Department of Criminology, University of Northfield; <sup>2</sup>Institute of Public Health, Coastal University</p>
<p class="doi">Received 2 June 2026; accepted 14 September 2026</p>
<h2>Abstract</h2>
<p><b>Background:</b> Ketamine's growing medical profile coincides with reports of expanding illicit online supply. We describe ketamine listings on cryptomarkets over five years. <b>Methods:</b> We scraped 11 cryptomarkets at weekly intervals (n = 48,211 listing-snapshots; 6,904 unique listings from 1,122 vendor aliases) and coded product type, quantity tiers, advertised price, origin and destination countries, and marketing claims. Prices were converted to USD at the date of observation. <b>Results:</b> Ketamine listings rose from 3.1% to 6.8% of all drug listings. The median advertised price per gram fell from $38 to $27 for 1 g tiers and from $19 to $14 for 25 g tiers. The most frequent origin was the Netherlands (29%), followed by the UK (21%) and India (14%). Seventy-one percent of listings claimed "stealth" shipping and 38% offered a "reship" policy; 12% used medical language ("for depression", "pharma grade", "Ketalar"). Analogues (2F-DCK, DCK, MXE) accounted for 9% of listings in 2025. <b>Conclusions:</b> Online ketamine supply expanded and became cheaper; medicalised marketing warrants attention from regulators and clinicians.</p>
<p class="kw"><b>Keywords:</b> ketamine; cryptomarkets; darknet; drug prices; online drug markets</p>
<h2>1. Introduction</h2>
<p>Since the approval of esketamine for treatment-resistant depression and the spread of ketamine clinics, public interest in ketamine has grown substantially. Prior studies of cryptomarkets have focused on opioids and stimulants; ketamine has received comparatively little attention despite wastewater and seizure data suggesting rising use in Europe and East Asia.</p>
<h2>3. Results</h2>
<table>
<caption>Table 2. Median advertised price (USD per gram) by quantity tier and year</caption>
<tr><th>Tier</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>1 g</td><td>38</td><td>36</td><td>33</td><td>29</td><td>27</td></tr>
<tr><td>5 g</td><td>30</td><td>28</td><td>25</td><td>22</td><td>20</td></tr>
<tr><td>25 g</td><td>19</td><td>18</td><td>17</td><td>15</td><td>14</td></tr>
<tr><td>100 g+</td><td>13</td><td>12</td><td>11</td><td>10</td><td>9</td></tr>
</table>
<p>Example listing titles (verbatim, vendor aliases removed): "MDMA-free 💎 Indian K needles 5G - Free reship", "Pharma Ketalar vials 10x10ml", "Top K shards | Tested | Worldwide stealth". Listings offering "escrow" or "finalize early" discounts were common.</p>
<h2>4. Discussion</h2>
<p>Our data show a market resembling a maturing retail sector: tiered pricing, reship guarantees and review-driven reputations. Medical framing appeared in a minority of listings but increased over time. Limitations include reliance on advertised rather than transacted prices and the exclusion of messaging-app markets, which interviews suggest have grown in parallel.</p>
<h2>Ethics</h2>
<p>The study used only publicly visible listing data; no purchases were made and no vendors or buyers were contacted. Approved by the University of Northfield research ethics committee (ref. CRIM-2021-044).</p>
<p><a href="/ijdp/article/2026/ketamine-cryptomarkets-listings-prices.pdf">Download PDF</a> &middot; <a href="#">Cite</a> &middot; <a href="#">Supplementary data</a></p>
</article>
</main>
<footer>&copy; 2026 The Authors. Published under CC BY 4.0.</footer>
""")

p("h4217", "https://www.shardandstone.example/collections/raw-crystals/products/clear-quartz-shards-by-the-gram", "informational", False, "en",
  "ordinary-shop-crystals", "Clear Quartz Shards - Sold by the Gram | Shard & Stone", """
<header><a href="/" class="logo">Shard &amp; Stone</a>
<nav><a href="/collections/raw-crystals">Raw crystals</a> <a href="/collections/tumbled">Tumbled</a> <a href="/collections/jewelry">Jewelry</a> <a href="/pages/wholesale">Wholesale</a></nav>
<a href="/cart" class="cart">🛒 Cart (0)</a></header>
<div class="promo">Free shipping on orders over $40 &middot; Use code SHINE10 for 10% off your first order</div>
<main>
<div class="product">
<img src="/cdn/products/clear-quartz-shards.jpg" alt="Small clear quartz shards in a glass bowl">
<div class="details">
<h1>Clear Quartz Shards - by the gram</h1>
<p class="rating">★★★★★ 214 reviews</p>
<p class="price">From $0.35 / gram</p>
<label>Weight <select><option>25 g - $8.75</option><option>50 g - $16.00</option><option>100 g - $29.00</option><option>250 g - $65.00</option><option>1 kg - $220.00</option></select></label>
<label>Qty <input type="number" value="1"></label>
<button class="add">Add to cart</button>
<button class="buy">Buy with ShopPay</button>
<p class="stock">In stock - ships in 1-2 business days</p>
</div></div>
<h2>About this crystal</h2>
<p>Natural, untreated clear quartz chips from Arkansas, 5-20 mm. Perfect for grids, jars, resin art, plant pots and bracelet making. Every batch is hand-sorted; weight is measured before packing and you'll always receive at least the weight you ordered.</p>
<h2>Shipping &amp; packaging</h2>
<p>Shards ship in a resealable pouch inside a padded mailer. We use plain packaging on request for gifts. We ship to the US, Canada, the UK and the EU; international orders may be subject to customs fees.</p>
<h2>Reviews</h2>
<div class="review"><b>Dani R.</b> ★★★★★ <p>Sparkly and clean, way more than I expected for 100 g. Using them for a moon water jar.</p></div>
<div class="review"><b>Kev</b> ★★★★☆ <p>Good quality, a few dusty pieces but rinsed fine.</p></div>
<p class="small">Crystals are sold as decorative items and are not intended to diagnose or treat any condition.</p>
</main>
<footer>&copy; 2026 Shard &amp; Stone &middot; <a href="/policies/refund-policy">Refunds</a> &middot; <a href="/pages/contact">Contact</a> &middot; We accept Visa, Mastercard, PayPal, ShopPay</footer>
""", noise="cookie")

p("h4218", "https://www.vitalhaus-shop.example/vitamine/vitamin-k2-mk7-tropfen-50ml", "informational", False, "de",
  "ordinary-shop-vitamin-k", "Vitamin K2 MK-7 Tropfen 50 ml kaufen | VitalHaus", """
<header><a href="/" class="logo">VitalHaus</a>
<nav><a href="/vitamine">Vitamine</a> <a href="/mineralstoffe">Mineralstoffe</a> <a href="/omega-3">Omega-3</a> <a href="/sale">Angebote</a></nav>
<a href="/warenkorb">Warenkorb (0)</a></header>
<div class="usp">✓ Versandkostenfrei ab 29 € &nbsp; ✓ Diskreter Versand mit DHL &nbsp; ✓ 30 Tage Rückgaberecht</div>
<main>
<div class="produkt">
<img src="/bilder/k2-mk7-tropfen.jpg" alt="Braunglasflasche Vitamin K2 Tropfen">
<h1>Vitamin K2 MK-7 Tropfen, 200 µg, 50 ml</h1>
<p class="bewertung">★★★★★ 4,8 (1.032 Bewertungen)</p>
<p class="preis">19,90 € <span class="grundpreis">(39,80 € / 100 ml)</span></p>
<p class="mwst">inkl. MwSt., zzgl. Versand</p>
<label>Menge <input type="number" value="1"></label>
<button>In den Warenkorb</button>
<p class="lieferung">Lieferung in 1-3 Werktagen</p>
</div>
<h2>Produktbeschreibung</h2>
<p>Hochdosiertes Vitamin K2 als Menachinon-7 (MK-7, all-trans) in MCT-Öl aus Kokos. 1 Tropfen enthält 50 µg Vitamin K2. Vitamin K trägt zu einer normalen Blutgerinnung und zur Erhaltung normaler Knochen bei. Ideal in Kombination mit Vitamin D3.</p>
<h2>Verzehrempfehlung</h2>
<p>Täglich 4 Tropfen (200 µg) direkt auf die Zunge oder in ein Getränk geben. Die angegebene empfohlene tägliche Verzehrmenge darf nicht überschritten werden. Nahrungsergänzungsmittel sind kein Ersatz für eine ausgewogene Ernährung.</p>
<p class="hinweis">Hinweis: Personen, die gerinnungshemmende Medikamente (z. B. Marcumar) einnehmen, sollten vor der Einnahme von Vitamin K ärztlichen Rat einholen.</p>
<h2>Häufige Fragen</h2>
<p><b>Brauche ich ein Rezept?</b> Nein, Vitamin K2 ist ein Nahrungsergänzungsmittel und rezeptfrei erhältlich.</p>
<p><b>Wie wird bezahlt?</b> PayPal, Kreditkarte, Klarna, Vorkasse.</p>
</main>
<footer>VitalHaus GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- telehealth with shop-like parts

p("h4219", "https://www.evenkeelhealth.example/pricing", "telehealth", False, "en",
  "telehealth-plans-cart", "Plans & Pricing | Evenkeel Health - At-home ketamine therapy", """
<header><a href="/" class="logo">Evenkeel Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a></nav>
<a href="/cart" class="cart">Cart</a> <a href="/start" class="btn">Get started</a></header>
<main>
<h1>Simple, transparent pricing</h1>
<p>Every plan starts with a 45-minute video evaluation with a board-certified psychiatric clinician licensed in your state. If ketamine isn't right for you, we'll tell you and refund the program fee minus the evaluation.</p>
<div class="plans">
<div class="plan"><h2>Evaluation</h2><p class="price">$179</p><ul><li>45-min video visit with a psychiatric prescriber</li><li>Medical history and medication review</li><li>Personalized recommendation</li></ul><button>Add to cart</button></div>
<div class="plan featured"><h2>Starter program</h2><p class="badge">Most popular</p><p class="price">$399 <span>one-time</span></p><ul><li>Evaluation included</li><li>6 guided sessions over 4 weeks</li><li>Medication, if prescribed, from our licensed partner pharmacy</li><li>2 integration calls with a therapist</li><li>Blood-pressure cuff included</li></ul><button>Add to cart</button></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$229<span>/month</span></p><ul><li>Monthly prescriber follow-up</li><li>Up to 4 sessions per month</li><li>Cancel anytime</li></ul><button>Subscribe</button></div>
</div>
<h2>Good to know</h2>
<ul>
<li>Adding a plan to your cart does not mean you will receive medication. A prescription is issued only if your clinician decides ketamine is safe and appropriate after your evaluation.</li>
<li>You'll need a trusted person present as a monitor for your first sessions.</li>
<li>We currently serve patients in 22 states. <a href="/states">See where we're available</a>.</li>
<li>HSA/FSA cards accepted. We'll provide a superbill for out-of-network reimbursement.</li>
</ul>
<h2>Meet the prescribers</h2>
<p>Dr. Natalie Brooks, MD (psychiatry) &middot; Dr. Victor Ng, DO &middot; Hannah Wells, PMHNP-BC &middot; <a href="/clinicians">see all 14</a></p>
</main>
<footer>&copy; 2026 Evenkeel Health, Inc. Medical services provided by Evenkeel Medical Group, P.C. If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h4220", "https://help.lumenmind.example/articles/shipping-and-delivery", "telehealth", False, "en",
  "telehealth-shipping-policy", "Shipping and delivery of your prescription - LumenMind Help", """
<header><a href="/">LumenMind Help</a> <nav><a href="/categories/getting-started">Getting started</a> <a href="/categories/billing">Billing</a> <a href="/categories/prescriptions">Prescriptions</a></nav></header>
<main>
<h1>Shipping and delivery of your prescription</h1>
<p>After your clinician writes a prescription, it is sent electronically to our partner pharmacy, Meridian Specialty Pharmacy (licensed in every state we serve). LumenMind does not keep or ship medication itself.</p>
<h2>How long does it take?</h2>
<p>Most orders ship within 2 business days of the prescription being approved by the pharmacist and arrive in 1-3 days by overnight or 2-day courier. You'll get a tracking link by text and email.</p>
<h2>Packaging</h2>
<p>Your medication arrives in a discreet, unbranded box with a tamper-evident seal. The label shows the pharmacy's name and your prescription details as required by law.</p>
<h2>Signature and ID</h2>
<p>Because ketamine is a Schedule III controlled substance, an adult signature is required on delivery, and the package can only be delivered to the patient's own home address in a state where your clinician is licensed. We can't ship to PO boxes, hotels or other people's addresses.</p>
<h2>Refills</h2>
<p>Refills are never automatic. Your clinician reviews your mood scores and session notes at each follow-up visit before authorising the next fill.</p>
<h2>Missed or damaged delivery</h2>
<p>Contact the pharmacy on (555) 010-4477. Lost controlled-substance shipments are investigated and reported to the DEA as required.</p>
<p class="related">Related: <a href="#">Preparing for your first session</a> &middot; <a href="#">What happens at my follow-up?</a></p>
</main>
<footer>LumenMind provides telehealth services through independent, licensed clinicians.</footer>
""")

p("h4221", "https://www.serenamente-telesalud.example/agenda-por-whatsapp", "telehealth", False, "es",
  "telehealth-whatsapp-booking", "Agenda tu valoración por WhatsApp | SerenaMente Telesalud", """
<header><a href="/" class="logo">SerenaMente Telesalud</a><nav><a href="/tratamientos">Tratamientos</a> <a href="/equipo">Equipo médico</a> <a href="/precios">Precios</a> <a href="/preguntas">Preguntas frecuentes</a></nav></header>
<main>
<h1>Agenda tu valoración por WhatsApp</h1>
<p>Escríbenos al <b>+52 55 0000 1234</b> y nuestro equipo de recepción te dará fecha para una <b>videoconsulta de valoración psiquiátrica</b> (60 minutos). Por WhatsApp solo gestionamos citas y dudas administrativas: nunca enviamos medicamentos ni recetas por este medio.</p>
<a class="btn-whatsapp" href="#">💬 Escribir por WhatsApp</a>
<h2>¿Cómo funciona el programa de ketamina en casa?</h2>
<ol>
<li><b>Valoración por video</b> con un médico psiquiatra con cédula de especialidad (revisamos tus diagnósticos, tratamientos previos, presión arterial y antecedentes).</li>
<li>Si eres candidato, el médico emite una receta para tabletas sublinguales de ketamina, surtida por una farmacia con licencia sanitaria y permiso para medicamentos controlados.</li>
<li>La primera sesión se hace por videollamada con acompañamiento del equipo; necesitas a una persona de confianza en casa.</li>
<li>Seguimiento semanal y escalas de depresión en cada consulta.</li>
</ol>
<h2>Precios</h2>
<table><tr><td>Valoración psiquiátrica</td><td>$1,800 MXN</td></tr><tr><td>Programa de 4 semanas (consultas y acompañamiento)</td><td>$7,500 MXN</td></tr><tr><td>Medicamento</td><td>se paga directamente a la farmacia</td></tr></table>
<p>Aceptamos tarjeta, transferencia y pagos a meses sin intereses.</p>
<p class="aviso">No vendemos ketamina sin valoración médica. Si alguien te ofrece ketamina por WhatsApp a nombre de SerenaMente, repórtalo: es un fraude.</p>
</main>
<footer>SerenaMente Telesalud S.C. · Responsable sanitario: Dra. Ana Lucía Ríos Beltrán, psiquiatra · Aviso de privacidad</footer>
""", noise="cookie-es")

p("h4222", "https://www.harborlightcare.example/gift", "telehealth", False, "en",
  "telehealth-gift-card", "Give the gift of care - Harborlight gift cards", """
<header><a href="/" class="logo">Harborlight</a><nav><a href="/ketamine">At-home ketamine</a> <a href="/therapy">Therapy</a> <a href="/gift">Gift cards</a></nav><a href="/login">Log in</a></header>
<main>
<h1>Give the gift of care</h1>
<p>Know someone who's been thinking about getting help? A Harborlight gift card can be used toward a video evaluation, therapy sessions or an ongoing membership.</p>
<form class="giftcard">
<p>Choose an amount: <label><input type="radio" name="amt"> $100</label> <label><input type="radio" name="amt"> $200</label> <label><input type="radio" name="amt"> $500</label> <label>Custom <input type="text"></label></p>
<p><label>Recipient's email <input type="email"></label></p>
<p><label>Message (optional) <textarea></textarea></label></p>
<p><label>Delivery date <input type="date"></label></p>
<button>Add to cart</button>
</form>
<h2>Fine print</h2>
<ul>
<li>Gift cards pay for Harborlight services, not for medication. Eligibility for ketamine treatment is decided by a licensed clinician after a video evaluation; a gift card doesn't guarantee a prescription.</li>
<li>The recipient must be 18+ and located in a state we serve.</li>
<li>Cards never expire and can be combined with HSA/FSA payments.</li>
</ul>
</main>
<footer>Harborlight Health, LLC. Clinical services by Harborlight Medical, PLLC.</footer>
""")

p("h4223", "https://www.psychonline-praxis.example/esketamin-beratung", "telehealth", False, "de",
  "virtual-psychiatry-referral", "Esketamin-Beratung online - Eignung prüfen, Überweisung an Partnerzentrum | PsychOnline Praxis", """
<header><a href="/" class="logo">PsychOnline Praxis</a><nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/preise">Preise</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin-Beratung online</h1>
<p>Sie leiden seit Jahren an Depressionen und mindestens zwei Antidepressiva haben nicht geholfen? In einem ausführlichen Video-Erstgespräch prüft eine Fachärztin oder ein Facharzt für Psychiatrie und Psychotherapie, ob eine Behandlung mit Esketamin-Nasenspray (Spravato) für Sie infrage kommt.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Online-Termin buchen und Fragebogen ausfüllen (Vorbefunde, bisherige Medikation).</li>
<li>Video-Erstgespräch (50 Minuten) mit Diagnostik und Aufklärung.</li>
<li>Bei Eignung: ärztlicher Bericht und Überweisung an ein Partnerzentrum in Ihrer Nähe. Die Anwendung von Esketamin erfolgt dort unter ärztlicher Aufsicht mit anschließender Überwachung - niemals zu Hause.</li>
<li>Begleitende Online-Termine zur Verlaufskontrolle.</li>
</ol>
<h2>Preise</h2>
<table>
<tr><td>Video-Erstgespräch (Privatleistung nach GOÄ)</td><td>ca. 150 €</td></tr>
<tr><td>Paket "Erstgespräch + 3 Verlaufstermine"</td><td>390 €</td></tr>
</table>
<p><button>Paket jetzt kaufen</button> <button>Einzeltermin buchen</button></p>
<p class="hinweis">Wir versenden keine Medikamente und stellen kein Rezept für Ketamin oder Esketamin zur Anwendung zu Hause aus. Gesetzlich Versicherte: Die Behandlung im Partnerzentrum kann von der Krankenkasse übernommen werden.</p>
<p>Ärztliche Leitung: Dr. med. Friederike Sander, Fachärztin für Psychiatrie und Psychotherapie.</p>
</main>
<footer>PsychOnline Praxis MVZ GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h4224", "https://www.quietharbor.example/faq/buying-and-packages.txt", "telehealth", False, "en",
  "telehealth-faq-plaintext", "", """
Quiet Harbor - Frequently asked questions: packages and payment

Can I just buy ketamine from you?
No. We're a medical practice, not a store. You buy a care package (evaluations, clinician follow-ups and guided sessions). Medication is prescribed only if one of our clinicians decides it's appropriate after your live video evaluation, and it's dispensed by a licensed pharmacy.

What's in the Starter Package ($449)?
A psychiatric evaluation by video, a prescriber follow-up after your first dose, 6 guided sessions with a facilitator on video and access to the integration app for 8 weeks.

Can I pay with Bitcoin?
No. We accept credit and debit cards, HSA/FSA cards and Affirm.

What happens if I'm not approved?
You're refunded everything except the $150 evaluation fee, and your clinician will suggest other options.

Do you ship to every state?
We only treat patients located in states where our clinicians hold a license (currently 17).
""", ext="txt")

p("h4225", "https://www.clarearmente.example/pacotes-teleconsulta", "telehealth", False, "pt",
  "telehealth-packages-pt", "Pacotes de teleconsulta - Programa de cetamina | ClarearMente", """
<header><a href="/" class="logo">ClarearMente</a><nav><a href="/como-funciona">Como funciona</a> <a href="/medicos">Médicos</a> <a href="/pacotes-teleconsulta">Pacotes</a> <a href="/duvidas">Dúvidas</a></nav><a href="/carrinho">Carrinho</a></header>
<main>
<h1>Escolha seu pacote</h1>
<p>Todo pacote começa com uma <b>teleconsulta psiquiátrica</b> com médico com CRM ativo. A prescrição, quando indicada, é feita em receita de controle especial e a medicação é manipulada e entregue por uma farmácia parceira licenciada pela Vigilância Sanitária.</p>
<div class="pacote"><h2>Avaliação</h2><p class="preco">R$ 390</p><p>Teleconsulta de 50 minutos, análise de exames e histórico.</p><button>Comprar</button></div>
<div class="pacote"><h2>Programa 8 semanas</h2><p class="preco">R$ 2.400 <span>ou 10x de R$ 240</span></p><p>Avaliação, 4 consultas de acompanhamento, 8 sessões assistidas por vídeo com psicóloga.</p><button>Comprar</button></div>
<p><b>Entrega:</b> a farmácia parceira envia a medicação em embalagem lacrada somente após receber a receita original e confirmar seus dados. Pagamento por Pix ou cartão.</p>
<p class="aviso">Comprar o pacote não garante prescrição. Se o médico avaliar que o tratamento não é indicado, devolvemos o valor das etapas não realizadas.</p>
<p>Responsável técnico: Dr. Rafael Antunes Moreira - CRM-SP 000000 - RQE 00000 (Psiquiatria)</p>
</main>
<footer>ClarearMente Serviços Médicos Ltda. · Política de privacidade (LGPD)</footer>
""", noise="cookie-pt")

p("h4226", "https://app.evenstride.example/checkout/review", "telehealth", False, "en",
  "telehealth-checkout-summary", "Review your order - Evenstride", """
<header><span class="logo">Evenstride</span> <ol class="steps"><li class="done">Account</li><li class="done">Health questions</li><li class="current">Review &amp; pay</li><li>Book video visit</li></ol></header>
<main>
<h1>Review your order</h1>
<table class="cart">
<tr><td>Psychiatric video evaluation (60 min)</td><td>$199.00</td></tr>
<tr><td>Monthly care membership - first month</td><td>$149.00</td></tr>
<tr><td>Promo EVEN25</td><td>-$25.00</td></tr>
<tr class="total"><td><b>Due today</b></td><td><b>$323.00</b></td></tr>
</table>
<p class="note">Medication is not included and is not guaranteed. After your video visit, your clinician will decide whether ketamine treatment is appropriate. If prescribed, your medication will be filled by a licensed pharmacy and billed separately (typically $60-$120).</p>
<p><label><input type="checkbox"> I understand that I'll need to complete a live video visit before any prescription.</label></p>
<p>Payment: <input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"></p>
<button>Pay $323.00 and schedule</button>
<p class="small">Secure payment. HSA/FSA cards accepted. Full refund if you cancel before your visit.</p>
</main>
""")

p("h4227", "https://portal.northlightpsychiatry.example/patient/refills", "telehealth", False, "en",
  "telehealth-refill-short", "Request a refill - Northlight Psychiatry patient portal", """
<header><span class="logo">Northlight Psychiatry</span> <nav><a href="/patient/visits">Visits</a> <a href="/patient/messages">Messages</a> <a href="/patient/refills">Refills</a> <a href="/patient/billing">Billing</a></nav></header>
<main>
<h1>Request a refill</h1>
<p>Ketamine RDT refills need a completed follow-up video visit in the last 30 days and an updated PHQ-9. Your prescriber will review the request within 2 business days; if approved, it's sent to your pharmacy on file.</p>
<button>Book follow-up</button> <button>Request refill</button>
</main>
""")

# ---------------------------------------------------------------- clinics with shop-like parts

p("h4228", "https://www.bluespruceinfusion.example/shop/infusion-packages", "clinic", False, "en",
  "clinic-package-cart", "Buy an Infusion Package | Blue Spruce Ketamine & Infusion Center", """
<header><a href="/" class="logo">Blue Spruce Ketamine &amp; Infusion Center</a>
<nav><a href="/ketamine">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/team">Our team</a> <a href="/shop/infusion-packages">Packages</a> <a href="/contact">Contact</a></nav>
<a href="/shop/cart">Cart (0)</a> <a href="tel:5550103300">(555) 010-3300</a></header>
<main>
<h1>Infusion packages</h1>
<p>Save when you prepay a series. All packages require a consultation with Dr. Elena Marsh, MD (anesthesiology) before your first infusion. Packages are used at our Boulder office: 2400 Spruce Street, Suite 110.</p>
<div class="product"><h2>Single ketamine infusion (depression/anxiety)</h2><p class="price">$495</p><button>Add to cart</button></div>
<div class="product"><h2>Induction series - 6 infusions over 2-3 weeks</h2><p class="price">$2,670 <s>$2,970</s></p><button>Add to cart</button></div>
<div class="product"><h2>Booster infusion (existing patients)</h2><p class="price">$450</p><button>Add to cart</button></div>
<div class="product"><h2>Reserve your consultation - $100 deposit</h2><p>Credited toward your first infusion.</p><button>Add to cart</button></div>
<h2>Package terms</h2>
<ul>
<li>If our physician determines after your consultation that ketamine isn't safe for you, your package is fully refunded.</li>
<li>Unused infusions are refundable within 12 months, minus a $75 administrative fee.</li>
<li>Each infusion lasts about 40 minutes plus 20-30 minutes of monitored recovery. You must have a driver.</li>
<li>We accept HSA/FSA, CareCredit and major cards. Superbills provided on request.</li>
</ul>
</main>
<footer>Blue Spruce Ketamine &amp; Infusion Center, PLLC &middot; 2400 Spruce Street, Suite 110, Boulder, CO &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h4229", "https://www.crestviewspravato.example/cost-insurance", "clinic", False, "en",
  "rems-centre-pricing-giftcards", "Cost & Insurance - Crestview Spravato Treatment Center", """
<header><a href="/" class="logo">Crestview Spravato Treatment Center</a>
<nav><a href="/about-spravato">About Spravato</a> <a href="/what-to-expect">What to expect</a> <a href="/cost-insurance">Cost &amp; insurance</a> <a href="/shop">Shop</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>Cost &amp; insurance</h1>
<p>Crestview is a REMS-certified healthcare setting. Spravato (esketamine) nasal spray is self-administered here under the direct observation of our clinical staff, and you'll stay with us for at least two hours afterwards while we monitor your blood pressure and sedation.</p>
<h2>Insurance</h2>
<p>We are in network with most major commercial plans and Medicare. Our benefits team handles prior authorization and buy-and-bill or pharmacy-benefit arrangements for you. Most patients pay only their specialist copay or coinsurance.</p>
<h2>Self-pay</h2>
<table>
<tr><td>Initial psychiatric evaluation</td><td>$325</td></tr>
<tr><td>Treatment session - observation and monitoring fee</td><td>$180</td></tr>
<tr><td>Medication (56 mg / 84 mg)</td><td>billed at cost; ask for a quote</td></tr>
</table>
<h2>From our shop</h2>
<p>Looking to support someone through treatment? Our <a href="/shop/gift-cards">gift cards</a> can be used for evaluation and monitoring fees. We also sell comfort kits (eye mask, weighted lap blanket, noise-cancelling earbuds) for use during your observation period. Gift cards cannot be exchanged for medication.</p>
<p><a href="/shop/gift-cards" class="btn">Buy a gift card</a> <a href="/shop/comfort-kit" class="btn">Comfort kit - $48</a></p>
<p>Medical director: Dr. James Whitfield, MD, board-certified psychiatrist.</p>
</main>
<footer>Crestview Spravato Treatment Center &middot; 77 Harbor Road, Suite 2, Portland, ME</footer>
""")

p("h4230", "https://www.clinicalumen-milano.example/prezzi-ketamina", "clinic", False, "it",
  "clinic-price-list-whatsapp", "Prezzi trattamenti con ketamina ed esketamina | Clinica Lumen Milano", """
<header><a href="/" class="logo">Clinica Lumen</a><nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/prezzi-ketamina">Prezzi</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Prezzi dei trattamenti</h1>
<p>Tutti i trattamenti si svolgono presso la nostra sede di Via Tortona, Milano, sotto la supervisione di un medico anestesista e di uno psichiatra. Prima di iniziare è obbligatoria una visita psichiatrica.</p>
<table>
<tr><th>Prestazione</th><th>Prezzo</th></tr>
<tr><td>Prima visita psichiatrica</td><td>€ 180</td></tr>
<tr><td>Infusione endovenosa di ketamina (singola seduta, con monitoraggio)</td><td>€ 380</td></tr>
<tr><td>Ciclo di 6 infusioni</td><td>€ 2.100</td></tr>
<tr><td>Seduta di esketamina spray nasale (osservazione 2 ore)</td><td>secondo piano terapeutico</td></tr>
</table>
<p>Rilasciamo fattura sanitaria detraibile. Pagamento con carta, bonifico o POS in sede.</p>
<h2>Prenota su WhatsApp</h2>
<p>Per fissare la prima visita scrivi alla segreteria su WhatsApp al <b>+39 02 0000 5566</b> (lun-ven 9-18). La segreteria gestisce solo appuntamenti: non forniamo farmaci né prescrizioni via messaggio.</p>
<a class="btn" href="#">Scrivici su WhatsApp</a>
<p>Direttore sanitario: Dott. Marco Bellandi, medico chirurgo specialista in anestesia e rianimazione.</p>
</main>
<footer>Clinica Lumen S.r.l. · Via Tortona 00, Milano · Autorizzazione sanitaria n. 0000/2023</footer>
""")

p("h4231", "https://www.cabinet-ketamine-lyon.example/reservation/acompte", "clinic", False, "fr",
  "kap-practice-deposit", "Réserver votre séance et régler l'acompte - Cabinet Kétamine & Psychothérapie Lyon", """
<header><a href="/" class="logo">Cabinet Kétamine &amp; Psychothérapie</a><nav><a href="/approche">Notre approche</a> <a href="/equipe">L'équipe</a> <a href="/tarifs">Tarifs</a> <a href="/reservation">Réserver</a></nav></header>
<main>
<h1>Réserver votre séance</h1>
<p>Les séances de psychothérapie assistée par kétamine ont lieu au cabinet, 12 rue des Capucins, Lyon 1er, en présence d'un médecin et d'une psychothérapeute. L'injection intramusculaire est réalisée par le médecin après contrôle de votre tension.</p>
<h2>Acompte</h2>
<p>Pour confirmer le créneau de votre première séance, un acompte de <b>80 €</b> est demandé par carte bancaire. Il est déduit du prix de la séance (290 €). Il est remboursé si le médecin estime, lors de la consultation préalable, que le traitement n'est pas indiqué, ou en cas d'annulation plus de 48 h à l'avance.</p>
<form><p><label>Nom <input></label> <label>E-mail <input></label></p><p><label>Créneau souhaité <select><option>mardi 9 h</option><option>jeudi 14 h</option></select></label></p><button>Payer l'acompte de 80 €</button></form>
<p class="note">La consultation préalable (70 €) est obligatoire et peut avoir lieu au cabinet. Aucune kétamine n'est délivrée pour un usage à domicile.</p>
</main>
<footer>Dr Claire Mathieu, médecin - RPPS 10000000000 · Mentions légales</footer>
""", noise="cookie-fr")

p("h4232", "https://www.pinegroveinfusions.example/store", "clinic", False, "en",
  "clinic-merch-store", "Store - Pine Grove Infusions", """
<header><a href="/" class="logo">Pine Grove Infusions</a><nav><a href="/treatments">Treatments</a> <a href="/providers">Providers</a> <a href="/store">Store</a> <a href="/book">Book now</a></nav><a href="/store/cart">Bag (0)</a></header>
<main>
<h1>The Pine Grove store</h1>
<p>Things our patients asked for. All proceeds from the journal go to our patient-assistance fund, which covers infusions for patients who can't afford them.</p>
<div class="grid">
<div class="item"><h3>Integration journal</h3><p>$22</p><button>Add to bag</button></div>
<div class="item"><h3>Silk eye mask</h3><p>$18</p><button>Add to bag</button></div>
<div class="item"><h3>Session playlist card (QR)</h3><p>$5</p><button>Add to bag</button></div>
<div class="item"><h3>Gift card - one infusion</h3><p>$475</p><button>Add to bag</button></div>
<div class="item"><h3>"Be gentle with yourself" hoodie</h3><p>$54</p><button>Add to bag</button></div>
</div>
<p class="small">Gift cards can be redeemed for consultations and infusions at our clinic in Asheville once a patient has been evaluated by our physicians. Merchandise ships within the US; infusions are given in person only.</p>
</main>
<footer>Pine Grove Infusions &middot; 15 Grove Park Rd, Asheville, NC &middot; Medical director Dr. Samuel Okoye, MD</footer>
""")

p("h4233", "https://www.kliniek-heldermoed.example/behandeltraject-kopen", "clinic", False, "nl",
  "clinic-buy-treatment-plan", "Behandeltraject ketamine kopen - Kliniek Heldermoed", """
<header><a href="/" class="logo">Kliniek Heldermoed</a><nav><a href="/behandelingen">Behandelingen</a> <a href="/team">Team</a> <a href="/vergoeding">Vergoeding</a> <a href="/behandeltraject-kopen">Traject kopen</a></nav></header>
<main>
<h1>Behandeltraject ketamine</h1>
<p>Bij Kliniek Heldermoed in Utrecht krijgt u ketamine-infusies onder begeleiding van een psychiater en een anesthesioloog. Een traject bestaat uit een intake, zes infusies in drie weken en een evaluatiegesprek.</p>
<h2>Kosten</h2>
<table><tr><td>Intake met psychiater</td><td>€ 245</td></tr><tr><td>Traject (6 infusies + evaluatie)</td><td>€ 2.950</td></tr></table>
<p>Zorgverzekeraars vergoeden ketamine-infusies meestal niet; de intake valt soms onder de basisverzekering als u een verwijzing van uw huisarts heeft. U kunt het traject na een positieve intake in één keer of in drie termijnen betalen via iDEAL.</p>
<p><button>Intake aanvragen</button> <button>Traject kopen (na intake)</button></p>
<p class="let-op">U kunt alleen een traject kopen als de psychiater na de intake heeft vastgesteld dat de behandeling voor u geschikt is. U heeft een verwijsbrief van uw huisarts of behandelaar nodig.</p>
</main>
<footer>Kliniek Heldermoed B.V. · Catharijnesingel 00, Utrecht · AGB-code 00000000 · KvK 00000000</footer>
""", noise="cookie-nl")

p("h4234", "https://www.desertbloomketamine.example/about.txt", "clinic", False, "en",
  "clinic-blurb-plaintext", "", """
Desert Bloom Ketamine Clinic - Tucson, AZ. IV ketamine infusions for depression, PTSD and chronic pain, given in our office by an anesthesiologist with continuous monitoring. $425 per infusion, 6-infusion package $2,300. Gift cards available at the front desk. Text us to book a free 15-minute phone consult: (555) 014-7788.
""", ext="txt")

# ---------------------------------------------------------------- sellers (contrast)

p("h4235", "https://www.ketarelief-online-clinic.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "fake-clinic-product-page", "Ketamine HCl Crystal - Online Clinic, Instant Approval | KetaRelief", """
<header><a href="/" class="logo">KetaRelief Online Clinic</a>
<nav><a href="/shop">Shop</a> <a href="/online-consultation">Online consultation</a> <a href="/shipping">Shipping</a> <a href="/reviews">Reviews</a></nav>
<a href="/cart">Cart (0)</a></header>
<div class="bar">✔ No doctor visit needed &nbsp; ✔ Instant online approval &nbsp; ✔ Worldwide discreet delivery</div>
<main>
<div class="product">
<img src="/wp-content/uploads/ketamine-crystal.jpg" alt="Ketamine crystal">
<h1>Ketamine HCl Crystal (99.8% pharma grade)</h1>
<p class="rating">★★★★★ (486 customer reviews)</p>
<select><option>2 g - $95</option><option>5 g - $210</option><option>10 g - $380</option><option>25 g - $820</option></select>
<button>Add to cart</button>
<p>Pay with Bitcoin / USDT and get <b>15% off</b>. Also accepted: Zelle, Cash App.</p>
</div>
<h2>How to order</h2>
<ol><li>Add product to cart.</li><li>Fill our 1-minute online consultation form - approval is instant, no video call.</li><li>Pay and receive tracking in 24h.</li></ol>
<h2>What is ketamine?</h2>
<p>Ketamine is a dissociative anesthetic that has shown rapid antidepressant effects in treatment-resistant depression. It works on the NMDA receptors in the brain and helps to rebuild synaptic connections damaged by chronic stress.</p>
<p class="small">Stealth vacuum-sealed packaging. Free reship if lost or seized.</p>
</main>
<footer>&copy; KetaRelief Online Clinic - Trusted since 2019</footer>
""")

p("h4236", "https://best-depression-options.example/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "affiliate-doorway", "Where to Buy Ketamine Online in 2026: Top 3 Trusted Vendors (No Rx)", """
<header><a href="/">Best Depression Options</a></header>
<main>
<article>
<h1>Where to Buy Ketamine Online in 2026: Top 3 Trusted Vendors</h1>
<p class="meta">Updated December 2026 &middot; Affiliate disclosure: we earn a commission when you buy through our links.</p>
<p>Clinics charge $500 per infusion and insurance won't pay. The good news: you can now buy ketamine online without a prescription and have it delivered to your door. We tested the most popular shops for quality, delivery speed and customer service.</p>
<h2>1. KetaRelief - Best overall</h2>
<p>Crystal and liquid vials, ships in 24h in stealth packaging, 15% off with Bitcoin. Use our code <b>BDO20</b> for an extra 20% off.</p>
<p><a class="btn" href="https://www.ketarelief-online-clinic.example/?ref=bdo">Visit KetaRelief &rarr;</a></p>
<h2>2. K-Pharma Direct - Best for bulk</h2>
<p>Best price per gram on 25 g and 50 g packs. Orders via WhatsApp, reship guarantee.</p>
<p><a class="btn" href="https://kpharma-direct.example/go?aff=bdo">Check price &rarr;</a></p>
<h2>3. VetKet Supply - Best for vials</h2>
<p>Genuine veterinary ketamine 10 ml vials, no vet license required.</p>
<p><a class="btn" href="https://vetket-supply.example/?aff=bdo">Shop vials &rarr;</a></p>
<h2>Is it legal?</h2>
<p>Laws vary. Our vendors ship discreetly and the risk of seizure is very low.</p>
</article>
</main>
""")

p("h4237", "https://ketamina-envios-espana.example/", "seller", True, "es",
  "messenger-seller-es", "Ketamina en venta 💎 Envíos discretos a toda España", """
<main>
<h1>💎 KETAMINA DE CALIDAD - ENVÍO 24/48H A TODA ESPAÑA 💎</h1>
<p>Cristal puro, testado. Sin receta, sin preguntas. Más de 3 años sirviendo a clientes satisfechos.</p>
<ul>
<li>1 g - 40 €</li>
<li>3 g - 100 €</li>
<li>5 g - 150 €</li>
<li>10 g - 260 €</li>
</ul>
<p>📦 Envío discreto en sobre sin remitente. Reenvío gratis si se pierde.</p>
<p>💳 Pago: Bizum, bitcoin o tarjetas regalo.</p>
<p><b>Pedidos SOLO por WhatsApp +34 600 000 000 o Telegram @ketaexpress_es</b></p>
<a href="#" class="whatsapp">Pedir por WhatsApp</a>
<p class="small">También disponible en Madrid y Barcelona entrega en mano.</p>
</main>
""")

p("h4238", "https://tgstat-mirror.example/channel/ukkexpressmenu", "seller", True, "en",
  "telegram-bio-plaintext", "", """
🐴 UK K EXPRESS 🐴 | K shards & powder | NDD tracked UK wide | 1g £30 • 5g £120 • 28g £400 | menu pinned 📌 | BTC/LTC/bank | DM @ukkexpress_admin to order | reship if lost
""", ext="txt")

p("h4239", "https://www.forschungschemie-shop.example/dissoziativa/2-fdck-kristall", "seller", True, "de",
  "research-chemical-analogue", "2-FDCK Kristall kaufen - Forschungschemikalie | ForschungsChemie Shop", """
<header><a href="/" class="logo">ForschungsChemie Shop</a><nav><a href="/dissoziativa">Dissoziativa</a> <a href="/cannabinoide">Cannabinoide</a> <a href="/pellets">Pellets</a></nav><a href="/warenkorb">Warenkorb</a></header>
<main>
<h1>2-FDCK Kristall (2-Fluorodeschloroketamin)</h1>
<p class="preis">ab 14,90 € / g</p>
<select><option>1 g - 14,90 €</option><option>5 g - 59,00 €</option><option>10 g - 99,00 €</option><option>25 g - 199,00 €</option></select>
<button>In den Warenkorb</button>
<p>Hohe Reinheit (&gt;99 %, HPLC-geprüft). Strukturanalog zu Ketamin. Diskreter Versand in neutraler Verpackung innerhalb Deutschlands und in die EU. Zahlung per Bitcoin, Monero oder Überweisung.</p>
<p class="disclaimer"><b>Nicht für den menschlichen Verzehr.</b> Nur für Forschungszwecke. Verkauf nur an Personen über 18 Jahre.</p>
<h2>Kundenbewertungen</h2>
<p>★★★★★ "Wirkt ähnlich wie K, aber länger. Top Qualität." - Max</p>
<p>★★★★☆ "Schnelle Lieferung, 2 Tage." - anonym</p>
</main>
<footer>&copy; ForschungsChemie Shop</footer>
""", noise="cookie-de")

p("h4240", "https://cetaminavet-entrega.example/produto/cetamina-10-frasco-10ml", "seller", True, "pt",
  "vet-vials-to-anyone", "Cetamina 10% frasco 10 ml - sem receita, entrega em todo o Brasil", """
<header><a href="/" class="logo">CetaminaVet Entrega</a><nav><a href="/loja">Loja</a> <a href="/como-comprar">Como comprar</a> <a href="/rastreio">Rastreio</a></nav><a href="/carrinho">Carrinho</a></header>
<main>
<h1>Cetamina 10% (100 mg/ml) - frasco 10 ml - uso veterinário</h1>
<p class="preco">R$ 189,90 <span>à vista no Pix</span></p>
<p>Kit 3 frascos: R$ 499,00 · Kit 5 frascos: R$ 790,00</p>
<button>Comprar</button>
<ul>
<li>✅ Não precisa de receita nem CRMV</li>
<li>✅ Envio discreto pelos Correios para todo o Brasil</li>
<li>✅ Atendimento e pedidos pelo WhatsApp (11) 90000-0000</li>
</ul>
<p>Anestésico original de laboratório, lacrado, validade longa. Enviamos com código de rastreio em até 24 h após a confirmação do Pix.</p>
</main>
<footer>CetaminaVet Entrega · Compra 100% segura</footer>
""", noise="cookie-pt")

save(OUT, R)
