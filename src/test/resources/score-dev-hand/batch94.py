# Batch 94 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Warnings in every language". Regulators, medicines agencies, pharmacists' chambers, police,
# customs, courts, consumer-protection sites, drug-checking services, school guides and newspapers
# describe (and quote) ketamine sellers' offers concretely: prices per gram or vial, "no
# prescription", crypto, gift cards and local payment apps (Bizum, Pix, MB Way, Tikkie, PostePay,
# Paysafecard, Cash App), messenger ordering, discreet shipping, reshipping, coupon codes. Telehealth
# services and clinics explain in their own voice what they do and do not do compared with such
# sellers; six ordinary ketamine shops of those countries complete the set.
# Mix: 22 informational, 6 telehealth, 6 clinics, 6 sellers; 14 English and 26 in es (5), de (5),
# fr (4), nl (4), pt (4), it (4).
# Shapes: US medicines-regulator consumer alert with site chrome, UK police sentencing release,
# Australian border-agency media release, US Attorney's Office press release, Canadian drug-checking
# alert (short), UK school safeguarding newsletter, US newspaper investigation; Spanish medicines
# agency note, Mexican sanitary alert, Spanish drug-checking alert (plain text); German customs
# release, pharmacists' chamber warning, regional-court press summary; French customs communique,
# Belgian medicines-agency warning; Dutch fraud-helpdesk warning, Dutch court ruling summary;
# Brazilian health-agency alert, Portuguese criminal-police communique; Italian NAS communique,
# Italian newspaper crime report, Italian pharmacists' order notice; telehealth "how we differ"
# blog post, virtual-psychiatry FAQ, Spanish tele-psychiatry referral page, German online-psychiatry
# page, Quebec tele-psychiatry notice, Dutch e-mental-health FAQ (short); infusion-clinic FAQ, UK
# clinic statement (plain text), Madrid clinic notice, Sao Paulo clinic scam warning, Italian
# hospital Spravato outpatient page, Brussels hospital psychiatry page; sellers: US powder shop,
# UK Telegram-channel bio (plain text), fake online pharmacy selling vials, German shop, Dutch
# ordering page, Brazilian WhatsApp shop.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch94.py (writes batch94/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch94")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- informational: English

p("h9401", "https://www.fda.example/drugs/drug-safety-and-availability/beware-online-ketamine-offers", "informational", False, "en",
  "medicines-regulator-consumer-alert", "Beware of Websites and Social Media Accounts Offering Ketamine Without a Prescription | FDA", """
<header class="usa-banner"><p>An official website of the United States government <a href="#">Here's how you know</a></p></header>
<nav class="main"><a href="/">Home</a> <a href="/food">Food</a> <a href="/drugs">Drugs</a> <a href="/medical-devices">Medical Devices</a> <a href="/radiation-emitting-products">Radiation-Emitting Products</a> <a href="/vaccines-blood-biologics">Vaccines, Blood &amp; Biologics</a> <a href="/animal-veterinary">Animal &amp; Veterinary</a> <a href="/cosmetics">Cosmetics</a> <a href="/tobacco-products">Tobacco Products</a></nav>
<p class="breadcrumb">Home / Drugs / Drug Safety and Availability</p>
<main>
<h1>Beware of Websites and Social Media Accounts Offering Ketamine Without a Prescription</h1>
<p class="meta">Content current as of: 10/14/2026 &middot; Regulated Product(s): Drugs</p>
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Linkedin</a> <a href="#">Email</a> <a href="#">Print</a></div>
<p>FDA is warning consumers not to purchase ketamine, esketamine or related compounds from websites, social media accounts or messaging apps that offer to sell them without a valid prescription. Ketamine is a Schedule III controlled substance. It is approved only as an anesthetic given in a medical setting, and esketamine nasal spray (Spravato) is approved for certain patients with depression and is available only through a restricted program in certified health care settings.</p>
<h2>What we are seeing</h2>
<p>FDA, working with federal partners, has reviewed hundreds of online listings in the past year. Common features include:</p>
<ul>
<li>Claims such as "no prescription needed," "no doctor visit," or "approved in minutes after a short quiz."</li>
<li>Prices for powder or crystals listed per gram (for example "$45/g, $300 per half ounce") or for 10 mL vials of injectable ketamine, sometimes described as "veterinary grade."</li>
<li>Requests for payment by cryptocurrency, gift cards, or peer-to-peer payment apps, often with a "10% off when you pay in Bitcoin" discount or a coupon code shared in a group chat.</li>
<li>Ordering through WhatsApp, Telegram, Signal, Wickr or Snapchat rather than through a pharmacy.</li>
<li>Promises of "stealth" or "discreet" packaging, "guaranteed reship" if a parcel is seized, and shipping from overseas.</li>
<li>Listings labeled "research chemical" or "not for human consumption," including ketamine analogues such as 2-fluorodeschloroketamine (2F-DCK) and deschloroketamine (DCK).</li>
</ul>
<p>These sellers are not licensed pharmacies. Products obtained this way may be counterfeit, contaminated, mislabeled, or of unknown strength. Some consumers have reported paying and never receiving anything; others received products that contained other substances.</p>
<h2>Risks of using ketamine without medical supervision</h2>
<p>Ketamine can cause dissociation, sedation, dangerous increases in blood pressure and heart rate, and impaired judgment and coordination. Repeated use has been associated with bladder and urinary tract damage and with misuse and dependence. Combining ketamine with alcohol, opioids or benzodiazepines increases the risk of respiratory depression.</p>
<h2>What consumers should do</h2>
<ul>
<li>Talk to a licensed health care provider about treatment options for depression or other conditions.</li>
<li>Only fill prescriptions at state-licensed pharmacies. Use <a href="/besaferx">BeSafeRx</a> to learn how to spot a fraudulent online pharmacy.</li>
<li>If you have experienced an adverse event, report it to <a href="/medwatch">MedWatch</a>.</li>
<li>Report websites selling ketamine illegally to FDA's Office of Criminal Investigations.</li>
</ul>
<h2>Related information</h2>
<ul><li><a href="#">FDA alerts health care professionals and patients about compounded ketamine products for at-home use</a></li><li><a href="#">Spravato (esketamine) REMS</a></li><li><a href="#">Counterfeit medicine</a></li></ul>
</main>
<footer><nav><a href="#">About FDA</a> <a href="#">FDA Accessibility</a> <a href="#">Website Policies / Privacy</a> <a href="#">No FEAR Act</a> <a href="#">FOIA</a> <a href="#">HHS.gov</a> <a href="#">USA.gov</a></nav><p>Contact FDA: 1-888-INFO-FDA</p></footer>
""")

p("h9402", "https://www.northmidlands-police.example/news/2026/november/man-jailed-for-selling-ketamine-through-telegram-channel", "informational", False, "en",
  "police-press-release-sentencing", "Man jailed for running ketamine 'delivery service' on Telegram | North Midlands Police", """
<div class="top-bar"><a href="/report">Report</a> <a href="/contact-us">Contact us</a> <a href="/news">News</a> <a href="/your-area">Your area</a> <span>In an emergency call 999</span></div>
<main>
<p class="date">Published 21 November 2026</p>
<h1>Man jailed for running ketamine 'delivery service' on Telegram</h1>
<p>A 27-year-old man who advertised ketamine and cocaine to hundreds of followers on a messaging app has been jailed for five years and four months.</p>
<p>Callum Reaney, of Grange Road, Stockbury, pleaded guilty at Stockbury Crown Court to being concerned in the supply of Class B and Class A drugs and to possessing criminal property. He was sentenced on Monday 17 November.</p>
<p>Officers from the force's Serious Organised Crime Unit began investigating in March after a parent contacted police about a channel called "K_Kingz_Deliveries" that had been shared in a sixth-form group chat.</p>
<p>The channel posted daily "menus" with prices. Ketamine was offered at &pound;20 a gram, &pound;90 for five grams and "&pound;350 a Q", with a "loyalty card" promising a free gram after every tenth order. Customers were told to message a separate account to place orders, and were offered either local drop-offs "within the hour" or next-day postal delivery "in vac-sealed, smell-proof packaging". Later posts asked for payment by bank transfer to third-party accounts or in Litecoin, and offered a code, KING10, for 10% off first orders.</p>
<p>When officers executed a warrant at Reaney's home they found around 600 grams of ketamine, a vacuum sealer, padded envelopes, scales, three phones and &pound;8,400 in cash. Analysis of the phones showed more than 1,900 conversations with customers across the country.</p>
<blockquote><p>"This was not a faceless website. It was a young man packaging drugs at his kitchen table and posting them to anyone who messaged him, including teenagers. Ketamine causes real harm, from serious bladder damage to deaths, and we will continue to target those who sell it online." &ndash; Detective Inspector Sarah Holt</blockquote>
<p>The court also heard that the channel had around 2,300 subscribers when it was shut down. Proceedings under the Proceeds of Crime Act are ongoing.</p>
<p>If you have information about drug dealing in your community you can report it <a href="/report">online</a> or anonymously to Crimestoppers on 0800 555 111.</p>
<aside><h2>Support and advice</h2><p>If you are worried about your own or someone else's drug use, <a href="#">FRANK</a> offers free, confidential advice 24 hours a day.</p></aside>
</main>
<footer><a href="#">Accessibility</a> <a href="#">Privacy notice</a> <a href="#">Cookies</a> &copy; North Midlands Police 2026</footer>
""", noise="cookie")

p("h9403", "https://www.borderforce.example.au/newsroom/media-releases/ketamine-in-mail-parcels-sydney-gateway", "informational", False, "en",
  "customs-media-release-seizures", "Ketamine hidden in 'bath salt' parcels stopped at Sydney mail centre | Australian Border Force Newsroom", """
<header><p>Australian Government &ndash; Australian Border Force</p><nav><a href="/">Home</a> <a href="/newsroom">Newsroom</a> <a href="/importing">Importing</a> <a href="/travellers">Travellers</a></nav></header>
<main>
<h1>Ketamine hidden in 'bath salt' parcels stopped at Sydney mail centre</h1>
<p><b>Media release &ndash; Thursday, 4 December 2026</b></p>
<p>Australian Border Force (ABF) officers have detected more than 14 kilograms of ketamine concealed in 212 separate international mail items arriving at the Sydney Gateway Facility since August.</p>
<p>The parcels, most of which were declared as "bath salts", "Himalayan salt" or "cosmetic samples", arrived from Europe and Asia and were addressed to residential addresses and post office boxes in New South Wales, Victoria and Queensland.</p>
<p>ABF investigators traced a number of the parcels to online vendors that advertise on encrypted messaging apps and on marketplaces accessed through the dark web. Screenshots obtained by the ABF show vendors offering "Aussie-friendly" ketamine at prices ranging from AUD$80 to AUD$120 per gram, with bulk discounts, payment in Bitcoin or Monero only, and "free reship" if a package is seized by customs. One vendor told buyers to use a friend's address and "never sign for anything".</p>
<p>ABF Superintendent Maria Kostakis said buyers should be in no doubt that importing ketamine is a serious offence.</p>
<blockquote><p>"People think a small parcel ordered on an app slips under the radar. It doesn't. Every one of these items was x-rayed, tested and referred for investigation, and we are working with state police to follow up the people they were addressed to."</p></blockquote>
<p>Ketamine is a border controlled drug. Importing a commercial quantity carries a maximum penalty of life imprisonment.</p>
<p>Members of the community who have information about the illegal importation of drugs can contact Border Watch at <a href="#">www.borderwatch.example.au</a>. Information can be provided anonymously.</p>
<p class="media">Media contact: ABF Media, media@abf.example.au</p>
</main>
<footer><a href="#">Copyright</a> <a href="#">Privacy</a> <a href="#">Accessibility</a></footer>
""")

p("h9404", "https://www.justice.example/usao-wdtx/pr/dark-web-ketamine-vendor-sentenced-97-months", "informational", False, "en",
  "us-attorney-press-release-sentencing", "Dark Web Vendor Who Shipped Ketamine Nationwide Sentenced to 97 Months | United States Attorney's Office", """
<nav><a href="/usao-wdtx">U.S. Attorney's Office, Western District of Texas</a> <a href="/usao-wdtx/news">News</a> <a href="/usao-wdtx/about">About</a> <a href="/usao-wdtx/contact">Contact</a></nav>
<main>
<p class="pr-header">Press Release</p>
<h1>Dark Web Vendor Who Shipped Ketamine Nationwide Sentenced to 97 Months</h1>
<p>Tuesday, November 18, 2026</p>
<p>For Immediate Release &middot; U.S. Attorney's Office, Western District of Texas</p>
<p>SAN ANTONIO &ndash; A Bexar County man was sentenced today to 97 months in federal prison for operating a dark web vendor account that sold ketamine and other controlled substances to customers in at least 41 states.</p>
<p>According to court documents, Derek Alan Voss, 34, operated under the vendor name "SpecialKSupply" on several dark web marketplaces between 2023 and 2025. His listings advertised ketamine "shards" at $38 per gram, $280 per 10 grams, and $1,050 per 50 grams, with "free priority stealth shipping" on orders over $200. Voss accepted payment only in Bitcoin and Monero and promised customers a "full reship" if a package did not arrive. He also advertised a private Wickr account for "bulk and repeat buyers."</p>
<p>Investigators with Homeland Security Investigations and the U.S. Postal Inspection Service identified Voss after tracing dozens of Priority Mail parcels, each containing ketamine vacuum-sealed inside a greeting card or a DVD case, to post offices and blue collection boxes in the San Antonio area. A search of his residence in April 2025 recovered approximately 2.1 kilograms of ketamine, packaging materials, a label printer, and hardware cryptocurrency wallets.</p>
<p>Voss pleaded guilty in June 2026 to conspiracy to distribute controlled substances and money laundering conspiracy. As part of his plea, he agreed to forfeit cryptocurrency valued at approximately $612,000.</p>
<p>"Selling drugs through a marketplace with a star rating does not make it a business," said the U.S. Attorney. "It makes it a federal crime, and we will follow the packages and the money wherever they lead."</p>
<p>HSI and USPIS investigated the case with assistance from the San Antonio Police Department. Assistant U.S. Attorney Rachel Ibarra prosecuted the case.</p>
<p>Case Number: 5:25-cr-00418</p>
<p>Component(s): USAO - Texas, Western &middot; Topic(s): Drug Trafficking, Cybercrime</p>
</main>
<footer><a href="#">Accessibility</a> <a href="#">FOIA</a> <a href="#">Privacy Policy</a> <a href="#">Justice.gov</a></footer>
""")

p("h9405", "https://getyourdrugschecked.example.ca/alerts/2026-11-27-ketamine-online-order", "informational", False, "en",
  "drug-checking-alert-short", "ALERT: 'Ketamine' ordered online contained 2F-DCK | Drug Checking Alerts", """
<header><a href="/">Get Your Drugs Checked &ndash; Vancouver</a> <a href="/locations">Locations &amp; hours</a> <a href="/alerts">Alerts</a></header>
<main>
<h1>ALERT: "Ketamine" ordered online contained 2F-DCK</h1>
<p><b>Posted Nov 27, 2026 &middot; Expected substance: ketamine &middot; Found: 2-fluorodeschloroketamine (2F-DCK), no ketamine detected</b></p>
<p>This week we checked four samples of white crystals that people told us they ordered from an Instagram seller who takes e-transfers and "ships Canada-wide in 2 days." The seller's price was $60 for 2 g. FTIR and test strips found 2F-DCK in all four. None contained ketamine.</p>
<p>2F-DCK lasts longer than ketamine and people report it hits harder at the same amount. If you've got some of this batch: start with a much smaller bump, wait longer before redosing, don't mix with alcohol or downers, and don't use alone.</p>
<p>Drop-in checking is free and anonymous. We don't report anyone and we don't keep samples.</p>
</main>
""")

p("h9406", "https://www.stcuthberts-academy.example/parents/safeguarding/newsletter-december-2026", "informational", False, "en",
  "school-safeguarding-newsletter", "Safeguarding Newsletter - December 2026 | St Cuthbert's Academy", """
<header><img alt="St Cuthbert's Academy crest"> <nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/parents">Parents</a> <a href="/students">Students</a> <a href="/term-dates">Term dates</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Safeguarding Newsletter &ndash; December 2026</h1>
<p>Dear Parents and Carers,</p>
<p>As we approach the Christmas holidays I want to share some information about an issue that several local schools, and the police schools liaison officer, have raised with us this term: young people being offered ketamine through social media.</p>
<h2>What is happening?</h2>
<p>Dealers use Snapchat, Instagram and TikTok to post "menus", often as stories that disappear after 24 hours. Ketamine is usually shown with a horse emoji &#x1F434;, a unicorn, the letter "K" or words like "ket", "special K" or "donkey dust". Prices we have seen in screenshots shared by pupils are around &pound;10 for a "point" or "half a gram" and &pound;20&ndash;&pound;25 per gram, with "deals" such as "3 for &pound;50". Some accounts offer a "drop" to a park or outside a shop; others offer to post it in a plain envelope and ask for payment by bank transfer to someone else's account, or even in gaming gift cards.</p>
<h2>Why we are concerned</h2>
<ul>
<li>Ketamine can make young people very vulnerable: unable to move or speak properly, confused, and at risk of accidents.</li>
<li>Regular use can cause serious, sometimes permanent damage to the bladder ("K-bladder").</li>
<li>Young people who "sell on" to friends or let their bank account be used can be drawn into criminal exploitation.</li>
</ul>
<h2>What you can do</h2>
<ul>
<li>Talk openly and calmly. Ask what they see online rather than what they do.</li>
<li>Know the apps your child uses and check privacy settings together.</li>
<li>Be alert to unexplained money, parcels arriving at home, or a new "friend" who gives them things.</li>
<li>If you see an account offering drugs, screenshot it, report it to the platform and to the police on 101.</li>
</ul>
<p>Our Designated Safeguarding Lead, Mrs J. Atherton, is always happy to talk in confidence. You can contact her through the school office on 01632 960 455.</p>
<p>Wishing you a safe and peaceful Christmas,</p>
<p>Mr D. Okafor<br>Headteacher</p>
<aside><h3>Useful links</h3><ul><li><a href="#">Talk to FRANK</a></li><li><a href="#">NSPCC &ndash; online safety</a></li><li><a href="#">CEOP</a></li></ul></aside>
</main>
<footer>St Cuthbert's Academy, Moor Lane &middot; Part of the Northern Lights Learning Trust &middot; <a href="#">Policies</a> <a href="#">Ofsted</a></footer>
""", noise="cookie")

p("h9407", "https://www.lakeshore-tribune.example/investigations/2026/12/01/ketamine-for-sale-online-sellers-pose-as-clinics", "informational", False, "en",
  "newspaper-investigation-quoting-sellers", "We tried to buy ketamine online. The 'clinics' didn't ask a single medical question. | Lakeshore Tribune", """
<header class="masthead"><a href="/">The Lakeshore Tribune</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe $1/week</a></nav></header>
<div class="paywall-note">You have 2 free articles left this month.</div>
<main>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>We tried to buy ketamine online. The 'clinics' didn't ask a single medical question.</h1>
<p class="byline">By Hannah Lindqvist and Marcus Bell &middot; Dec. 1, 2026 at 6:00 a.m. CST</p>
<p>The website looked like any wellness startup: soft gradients, a stock photo of a woman smiling at a sunrise, the phrase "Relief starts today." Below the fold was the product: "Ketamine HCl, pharmaceutical grade, 500 mg/10 mL" at $189 a vial, or three for $480.</p>
<p>There was no doctor. There was a "medical questionnaire" of five questions, including "Are you over 18?" and "Do you agree to use this product responsibly?" A Tribune reporter answered them and was told within 40 seconds that the order was "approved."</p>
<p>Over six weeks, Tribune reporters examined 37 websites and social media accounts that offered ketamine, esketamine nasal spray or ketamine "analogues" to people in the Midwest. Most were not what they claimed to be.</p>
<h2>'Pay with Zelle or Apple gift card'</h2>
<p>At checkout, the vial site offered three options: Bitcoin, Zelle to an individual's name, or "Apple / Steam gift cards (send photo of card back)." A chat agent wrote that credit cards were "temporarily unavailable due to bank restrictions" and offered a code, WELCOME15, for 15% off a first order paid in crypto.</p>
<p>Another seller, reached on WhatsApp through a number listed in an Instagram bio, sent a price list for powder: $50 per gram, $220 for five grams, "discreet shipping USPS, no signature." He said he could also get "Spravato bottles, no script" for $400 each. Esketamine is available in the United States only at certified treatment centres, where patients are observed for at least two hours after each dose.</p>
<p>A third site, styled as a "telehealth clinic," listed the names of doctors. Two of the physicians told the Tribune they had never heard of the company. A third had died in 2021.</p>
<h2>What arrived</h2>
<p>The Tribune placed four orders, as permitted under an arrangement with the county sheriff's office, which took custody of anything delivered. Two orders never arrived, and the sellers stopped responding after payment. One parcel contained a vial labeled for veterinary use. The fourth contained a bag of powder that a state crime lab identified as a mixture of ketamine and a local anesthetic.</p>
<p>"These are not clinics and they are not pharmacies," said Dr. Evelyn Marsh, a psychiatrist at Lakeshore University Medical Center who runs a legitimate ketamine infusion program. "Our patients get a full psychiatric evaluation, their blood pressure is monitored during treatment, and they go home with a driver. Anyone who will mail you a vial after a five-question quiz is selling drugs."</p>
<h2>Regulators stretched thin</h2>
<p>The state Board of Pharmacy said it had sent cease-and-desist letters to 12 websites this year. Most reappeared under new domain names within weeks. The Drug Enforcement Administration declined to comment on specific sites.</p>
<p>Legitimate telehealth providers that prescribe ketamine for at-home use must evaluate patients by video, and prescriptions are filled by licensed pharmacies. Patients can verify a pharmacy through their state board's license lookup.</p>
<p class="note">Have a tip? Contact the investigations team securely at <a href="#">tips.lakeshore-tribune.example</a>.</p>
</article>
<aside class="related"><h3>More from Investigations</h3><ul><li><a href="#">Inside the county's overdose spike</a></li><li><a href="#">Pill presses bought online, shipped to a storage unit</a></li></ul></aside>
</main>
<footer>&copy; 2026 Lakeshore Tribune Media &middot; <a href="#">Terms</a> <a href="#">Privacy</a> <a href="#">Do Not Sell My Info</a></footer>
""", noise="cookie")

# ---------------------------------------------------------------- informational: Spanish

p("h9408", "https://www.aemps.example.es/informa/notasinformativas/medicamentosusohumano-3/2026/ketamina-venta-ilegal-internet", "informational", False, "es",
  "medicines-agency-informative-note", "La AEMPS advierte sobre la venta ilegal de ketamina a través de internet y aplicaciones de mensajería - AEMPS", """
<header><p>Agencia Española de Medicamentos y Productos Sanitarios</p><nav><a href="/">Inicio</a> <a href="/la-aemps">La AEMPS</a> <a href="/medicamentos-de-uso-humano">Medicamentos de uso humano</a> <a href="/medicamentos-veterinarios">Medicamentos veterinarios</a> <a href="/productos-sanitarios">Productos sanitarios</a> <a href="/informa">AEMPS informa</a></nav></header>
<main>
<p class="migas">Inicio &gt; AEMPS informa &gt; Notas informativas</p>
<p><b>Fecha de publicación:</b> 12 de noviembre de 2026 &middot; <b>Categoría:</b> Medicamentos de uso humano, medicamentos ilegales &middot; <b>Referencia:</b> MUH (MI), 14/2026</p>
<h1>La AEMPS advierte sobre la venta ilegal de ketamina a través de internet y aplicaciones de mensajería</h1>
<ul class="resumen">
<li>Se han detectado páginas web, perfiles en redes sociales y canales de Telegram que ofrecen ketamina y esketamina sin receta médica.</li>
<li>La ketamina es un medicamento sujeto a control especial que solo puede utilizarse bajo supervisión médica en centros sanitarios.</li>
<li>La AEMPS recomienda no adquirir medicamentos a través de canales no autorizados.</li>
</ul>
<p>La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) ha tenido conocimiento, a través de la Unidad de Investigación de la Guardia Civil y de la red de inspección farmacéutica de las comunidades autónomas, de la existencia de diversos sitios web y cuentas en redes sociales que ofrecen la venta de ketamina a particulares sin necesidad de receta médica.</p>
<p>En los anuncios revisados se ofrecen viales de ketamina de uso veterinario a precios de entre 35 y 60 euros, y ketamina en polvo "pura" a unos 30-40 euros el gramo, con descuentos por cantidad. Los vendedores indican que el pedido se realiza por WhatsApp o Telegram, que el pago puede hacerse mediante Bizum, criptomonedas o tarjetas regalo, y que el envío se realiza "en paquete discreto, sin remitente" en 24-48 horas a toda la península. Algunos de estos canales publicitan también "esketamina en spray nasal" sin receta.</p>
<p>La ketamina es un anestésico general cuyo uso está restringido al ámbito hospitalario y veterinario. La esketamina (Spravato) es un medicamento de uso hospitalario que se administra bajo supervisión de un profesional sanitario. Ninguno de estos medicamentos puede venderse a distancia al público en España. Solo las oficinas de farmacia autorizadas pueden vender a distancia medicamentos no sujetos a prescripción médica, y deben mostrar el logotipo común europeo.</p>
<p>Los productos adquiridos por estos canales no ofrecen ninguna garantía de calidad, seguridad ni eficacia. Pueden contener sustancias distintas de las declaradas, dosis variables o contaminantes. Su consumo fuera de un entorno sanitario puede producir depresión respiratoria, alteraciones cardiovasculares, estados de disociación y, con el uso repetido, lesiones graves de la vejiga urinaria.</p>
<h2>Recomendaciones para la ciudadanía</h2>
<ul>
<li>No adquiera medicamentos a través de páginas web, redes sociales o aplicaciones de mensajería no autorizadas.</li>
<li>Si tiene síntomas de depresión, consulte con su médico. Existen tratamientos autorizados y eficaces.</li>
<li>Puede comprobar si una farmacia está autorizada para vender en línea en <a href="#">distafarma.aemps.example.es</a>.</li>
<li>Si detecta anuncios de este tipo, puede comunicarlo a la AEMPS a través del correo <a href="#">inspeccion@aemps.example.es</a>.</li>
</ul>
<p class="descarga"><a href="#">Descargar nota informativa en PDF</a></p>
</main>
<footer><p>AEMPS &middot; Calle Campezo 1, Edificio 8, 28022 Madrid</p><a href="#">Aviso legal</a> <a href="#">Accesibilidad</a> <a href="#">Mapa web</a></footer>
""", noise="cookie-es")

p("h9409", "https://www.cofepris.example.mx/prensa/alerta-sanitaria-venta-ilegal-ketamina-redes-sociales", "informational", False, "es",
  "sanitary-alert-mexico", "COFEPRIS emite alerta sanitaria por venta ilegal de ketamina en redes sociales y plataformas digitales", """
<header><p>Gobierno de México</p><nav><a href="/">Trámites</a> <a href="/gobierno">Gobierno</a> <a href="#">Búsqueda</a></nav><p>Comisión Federal para la Protección contra Riesgos Sanitarios</p></header>
<main>
<p class="tipo">Prensa &middot; Comunicado 0312/2026 &middot; Ciudad de México, 25 de noviembre de 2026</p>
<h1>COFEPRIS emite alerta sanitaria por venta ilegal de ketamina en redes sociales y plataformas digitales</h1>
<ul>
<li>Se identificaron 48 perfiles y páginas que comercializan ketamina sin receta médica</li>
<li>Algunos anunciantes ofrecen el producto como "uso veterinario" y lo envían por paquetería</li>
</ul>
<p>La Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS) informa a la población sobre la venta ilegal de ketamina a través de redes sociales, sitios de comercio electrónico y servicios de mensajería instantánea.</p>
<p>Derivado de acciones de vigilancia sanitaria en plataformas digitales, esta Comisión Federal identificó publicaciones en las que se ofrecen frascos de ketamina de 50 ml "para uso veterinario" en precios de 850 a 1,400 pesos, así como "cristal" o polvo por gramo. Los anunciantes solicitan que los pedidos se hagan por WhatsApp, que el pago se realice mediante depósito en tiendas de conveniencia (OXXO), transferencia SPEI a cuentas de terceros o a través de Mercado Pago, y ofrecen "envíos discretos a toda la República" por paquetería privada.</p>
<p>La ketamina es un medicamento controlado del Grupo III, de acuerdo con la Ley General de Salud, cuya venta requiere receta médica especial y que solo puede ser dispensado por establecimientos autorizados. Los productos de uso veterinario únicamente pueden venderse a médicos veterinarios acreditados.</p>
<p>COFEPRIS desconoce el origen, las condiciones de fabricación, transporte y almacenamiento de estos productos, por lo que no es posible garantizar su calidad, seguridad ni eficacia. Su consumo sin supervisión médica puede ocasionar alucinaciones, pérdida de la conciencia, daño renal y urinario, dependencia y, en casos graves, la muerte.</p>
<h2>Recomendaciones a la población</h2>
<ul>
<li>No adquirir ketamina ni ningún otro medicamento controlado en redes sociales, tianguis o sitios web.</li>
<li>Comprar medicamentos únicamente en farmacias establecidas y con receta médica cuando se requiera.</li>
<li>Si presenta algún efecto adverso relacionado con el consumo de este producto, notificarlo en <a href="#">www.gob.example.mx/cofepris</a>.</li>
<li>Denunciar la venta ilegal de medicamentos a través del sistema de denuncias sanitarias.</li>
</ul>
<p>COFEPRIS solicitó a las plataformas digitales la baja de las publicaciones identificadas y dio vista a la Fiscalía General de la República.</p>
</main>
<footer><p>Gobierno de México &middot; <a href="#">Denuncia contra servidores públicos</a> <a href="#">Transparencia</a> <a href="#">Datos</a></p></footer>
""")

p("h9410", "https://energy-control.example.org/alertas/2026-11-ketamina-comprada-por-telegram", "informational", False, "es",
  "drug-checking-alert-plain-text", "Alerta: ketamina comprada por Telegram", """
ALERTA ENERGY CONTROL (noviembre 2026) - "Ketamina" comprada por Telegram que en realidad era 2F-DCK.
En las últimas semanas hemos analizado 9 muestras vendidas como ketamina por un canal de Telegram que anuncia "K top calidad, 35 €/g, envío Correos 24h, pago Bizum o cripto". En 7 de ellas no había ketamina: contenían 2-fluorodeschloroketamina (2F-DCK), un análogo de efectos más largos. Si has comprado por ese canal, prueba una cantidad muy pequeña, espera al menos 2 horas antes de repetir y no lo mezcles con alcohol ni otros depresores.
Nuestro servicio de análisis es gratuito y anónimo. Más información en energy-control.example.org/analisis.
""", ext="txt")

# ---------------------------------------------------------------- informational: German

p("h9411", "https://www.zoll.example.de/SharedDocs/Pressemitteilungen/DE/Rauschgift/2026/z40_ketamin_briefzentrum.html", "informational", False, "de",
  "customs-press-release-germany", "Zoll stellt über 6 Kilogramm Ketamin in Postsendungen sicher", """
<header><p>Generalzolldirektion</p><nav><a href="/">Startseite</a> <a href="/privat">Privatpersonen</a> <a href="/unternehmen">Unternehmen</a> <a href="/presse">Presse</a> <a href="/karriere">Karriere</a></nav></header>
<main>
<p class="breadcrumb">Startseite &gt; Presse &gt; Pressemitteilungen &gt; Rauschgift</p>
<p>Pressemitteilung vom 19.11.2026 &middot; Hauptzollamt Frankfurt am Main</p>
<h1>Zoll stellt über 6 Kilogramm Ketamin in Postsendungen sicher</h1>
<p class="lead">Ermittlungen führen zu Online-Shop mit Versand über Telegram-Bestellungen</p>
<p>Beamtinnen und Beamte des Hauptzollamts Frankfurt am Main haben seit August im Internationalen Postzentrum insgesamt 6,3 Kilogramm Ketamin in 148 Brief- und Paketsendungen aus den Niederlanden, Belgien und Indien sichergestellt.</p>
<p>Die Sendungen waren überwiegend als "Badesalz", "Nahrungsergänzungsmittel" oder "Geschenk" deklariert. Bei der Röntgenkontrolle fielen den Beamten in Folie eingeschweißte Beutel mit weißem, kristallinem Pulver auf. Ein Schnelltest und die anschließende Untersuchung im Zolltechnischen Prüfungs- und Lehrinstitut bestätigten den Verdacht auf Ketamin.</p>
<p>Die weiteren Ermittlungen des Zollfahndungsamts Frankfurt am Main führten zu einem Online-Shop und einem dazugehörigen Telegram-Kanal. Dort wurde Ketamin für 25 bis 35 Euro pro Gramm angeboten, bei Abnahme von 50 Gramm "ab 18 Euro/g". Bestellungen sollten ausschließlich über einen Telegram-Bot aufgegeben werden, bezahlt wurde mit Bitcoin, Monero oder Paysafecard. Der Shop warb mit "diskretem Versand ohne Absender" und einer "Nachsendegarantie", falls eine Sendung beim Zoll hängen bleibt.</p>
<p>Gegen 37 Empfängerinnen und Empfänger in Hessen, Rheinland-Pfalz und Baden-Württemberg wurden Ermittlungsverfahren wegen des Verdachts der unerlaubten Einfuhr von Betäubungsmitteln eingeleitet. Ketamin unterliegt in Deutschland dem Arzneimittelgesetz; die Einfuhr ohne Erlaubnis ist strafbar.</p>
<p>"Wer glaubt, bei Bestellungen über Messenger-Dienste anonym zu bleiben, irrt sich", sagt ein Sprecher des Zollfahndungsamts. "Wir kontrollieren die Sendungen und wir ermitteln auch gegen die Empfänger."</p>
<p class="kontakt">Für Rückfragen: Pressestelle Hauptzollamt Frankfurt am Main, Tel. 069 000-1234</p>
</main>
<footer><a href="#">Impressum</a> <a href="#">Datenschutz</a> <a href="#">Barrierefreiheit</a> <a href="#">Gebärdensprache</a> <a href="#">Leichte Sprache</a></footer>
""", noise="cookie-de")

p("h9412", "https://www.lak-niedersachsen.example.de/aktuelles/warnung-ketamin-aus-dem-internet", "informational", False, "de",
  "pharmacists-chamber-warning", "Apothekerkammer warnt: Ketamin aus dem Internet ist kein Arzneimittel, sondern ein Risiko", """
<header><a href="/">Apothekerkammer Niedersachsen</a> <nav><a href="/kammer">Die Kammer</a> <a href="/apotheken">Für Apotheken</a> <a href="/buerger">Für Bürgerinnen und Bürger</a> <a href="/fortbildung">Fortbildung</a> <a href="/aktuelles">Aktuelles</a></nav></header>
<main>
<h1>Ketamin aus dem Internet: Apothekerkammer warnt vor Bestellungen ohne Rezept</h1>
<p class="datum">Hannover, 02.12.2026</p>
<p>In Apotheken in ganz Niedersachsen häufen sich Nachfragen von Patientinnen und Patienten, die im Internet auf Angebote für Ketamin oder Esketamin gestoßen sind und wissen möchten, ob diese seriös sind. Die Apothekerkammer Niedersachsen stellt klar: Nein.</p>
<p>"Uns werden Screenshots gezeigt von Seiten, die 'Ketamin gegen Depressionen ohne Rezept' versprechen, mit Preisen wie 49 Euro für eine Ampulle oder 120 Euro für ein 'Nasenspray-Set', Bezahlung per PayPal an Privatpersonen, Amazon-Gutschein oder Krypto", berichtet Kammerpräsidentin Dr. Ute Brandes. "Manche Seiten geben sich als Online-Apotheke aus und verwenden sogar gefälschte Versandhandelslogos."</p>
<p>Esketamin-Nasenspray ist in Deutschland zur Behandlung therapieresistenter Depressionen zugelassen. Es wird verschreibungspflichtig unter ärztlicher Aufsicht angewendet, die Patientinnen und Patienten werden nach der Anwendung mindestens zwei Stunden überwacht. Ketamin-Injektionslösungen werden in Kliniken, im Rettungsdienst und in Tierarztpraxen eingesetzt. Eine Abgabe an Privatpersonen über das Internet ist in keinem Fall zulässig.</p>
<h2>So erkennen Sie seriöse Versandapotheken</h2>
<ul>
<li>Das EU-Sicherheitslogo auf der Seite führt per Klick zum Versandhandelsregister beim BfArM.</li>
<li>Verschreibungspflichtige Arzneimittel werden nur gegen Vorlage eines ärztlichen Rezepts abgegeben.</li>
<li>Ein Impressum mit verantwortlicher Apothekerin oder verantwortlichem Apotheker und zuständiger Aufsichtsbehörde ist vorhanden.</li>
<li>Es gibt keine Bestellung über WhatsApp oder Telegram und keine Bezahlung mit Gutscheinkarten.</li>
</ul>
<p>Wer unter einer Depression leidet, sollte sich an die Hausarztpraxis, eine psychiatrische Praxis oder in akuten Krisen an den ärztlichen Bereitschaftsdienst (116 117) wenden. Die Apotheken vor Ort beraten gerne vertraulich.</p>
<p><a href="/presse">Zur Pressestelle</a></p>
</main>
<footer><p>Apothekerkammer Niedersachsen &middot; Körperschaft des öffentlichen Rechts</p><a href="#">Impressum</a> <a href="#">Datenschutz</a></footer>
""")

p("h9413", "https://www.landgericht-koeln.example.de/behoerde/presse/pm-2026-41-ketamin-onlineshop-urteil", "informational", False, "de",
  "regional-court-press-summary", "Pressemitteilung 41/2026: Mehrjährige Freiheitsstrafen für Betreiber eines Ketamin-Onlineshops", """
<nav><a href="/">Landgericht Köln</a> &gt; <a href="/behoerde">Behörde</a> &gt; <a href="/behoerde/presse">Presse</a></nav>
<main>
<h1>Mehrjährige Freiheitsstrafen für Betreiber eines Ketamin-Onlineshops</h1>
<p>Pressemitteilung 41/2026 vom 26.11.2026</p>
<p>Die 12. große Strafkammer des Landgerichts Köln hat heute zwei Angeklagte im Alter von 31 und 29 Jahren wegen bandenmäßigen Handeltreibens mit Betäubungsmitteln in nicht geringer Menge zu Freiheitsstrafen von sechs Jahren und drei Monaten bzw. vier Jahren und neun Monaten verurteilt (Az. 112 KLs 7/26). Das Urteil ist nicht rechtskräftig.</p>
<p>Nach den Feststellungen der Kammer betrieben die Angeklagten von Januar 2024 bis zu ihrer Festnahme im Februar 2026 einen Onlineshop, der über eine im Darknet und über Telegram beworbene Adresse erreichbar war. Angeboten wurden neben Amphetamin vor allem Ketamin ("Ketamin Nadeln, 98 % rein") zu Preisen zwischen 22 und 30 Euro je Gramm, Kunden mit Rabattcode erhielten 10 Prozent Nachlass. Die Bezahlung erfolgte in Kryptowährungen, überwiegend Monero. Versendet wurde als Warensendung in Luftpolsterumschlägen mit fiktiven Absendern aus verschiedenen Packstationen im Rheinland; im Fall einer Beschlagnahme versprach der Shop einen kostenlosen "Reship".</p>
<p>Die Kammer ging von mindestens 1.940 Bestellungen mit einer Gesamtmenge von rund 41 Kilogramm Ketamin aus. Strafmildernd berücksichtigte sie die umfassenden Geständnisse, strafschärfend die lange Tatdauer, die professionelle Vorgehensweise und die erhebliche Menge. Sie ordnete die Einziehung von Wertersatz in Höhe von rund 960.000 Euro an.</p>
<p>Hinweis der Pressestelle: Ketamin unterliegt zwar nicht dem Betäubungsmittelgesetz, der Handel außerhalb der arzneimittelrechtlichen Vertriebswege ist aber nach dem Arzneimittelgesetz strafbar; die Verurteilung beruht zudem auf dem gemeinsam vertriebenen Amphetamin.</p>
<p>Ansprechpartnerin: Richterin am Landgericht Dr. K. Wessel, Pressesprecherin</p>
</main>
<footer><a href="#">Impressum</a> <a href="#">Datenschutz</a> <a href="#">Justiz-Portal NRW</a></footer>
""")

# ---------------------------------------------------------------- informational: French

p("h9414", "https://www.douane.example.gouv.fr/actualites/saisie-de-ketamine-au-centre-de-tri-postal-de-roissy", "informational", False, "fr",
  "customs-communique-france", "Saisie de 9 kg de kétamine au centre de tri postal de Roissy | douane.gouv.fr", """
<header><p>RÉPUBLIQUE FRANÇAISE &ndash; Douane</p><nav><a href="/">Accueil</a> <a href="/particuliers">Particuliers</a> <a href="/professionnels">Professionnels</a> <a href="/actualites">Actualités</a> <a href="/la-douane">La douane</a></nav></header>
<main>
<p class="fil">Accueil &gt; Actualités &gt; Communiqués de presse</p>
<h1>Saisie de 9 kg de kétamine au centre de tri postal de Roissy</h1>
<p class="date">Publié le 28/11/2026</p>
<p><b>Les agents de la direction régionale des douanes de Roissy Fret ont intercepté, entre septembre et novembre 2026, 312 colis et plis postaux contenant au total 9,2 kg de kétamine. Les envois, en provenance principalement des Pays-Bas, d'Espagne et d'Inde, étaient destinés à des particuliers dans toute la France.</b></p>
<p>Les colis, déclarés comme « sels de bain », « échantillons cosmétiques » ou « thé », contenaient des sachets thermoscellés de poudre ou de cristaux blancs. Les tests réalisés par le Service commun des laboratoires ont confirmé la présence de kétamine.</p>
<p>Les investigations du service d'enquêtes de la douane ont permis de rattacher une partie des envois à des boutiques en ligne et à des comptes sur Telegram et Snapchat. Ces vendeurs proposaient la kétamine entre 25 et 40 euros le gramme, « livraison discrète en 48 h partout en France », avec un paiement en cryptomonnaies, par coupons prépayés (PCS, Transcash) ou par virement via Lydia à des tiers. Certains annonçaient une « garantie de renvoi gratuit » en cas de saisie par la douane et des codes promo pour les commandes groupées.</p>
<p>La kétamine est classée comme stupéfiant en France. Son importation sans autorisation constitue un délit douanier passible d'une peine d'emprisonnement de dix ans et d'une amende pouvant aller jusqu'à cinq fois la valeur de la marchandise. Les destinataires identifiés font l'objet de poursuites.</p>
<p>« Commander sur une messagerie ne rend pas l'achat anonyme. Chaque colis saisi est une piste », souligne la directrice régionale.</p>
<p>La douane rappelle que l'achat de médicaments ou de substances sur des sites non autorisés expose à des produits dont la composition est inconnue. En cas de doute, rendez-vous sur <a href="#">Drogues Info Service</a> (0 800 23 13 13, appel anonyme et gratuit).</p>
<div class="partage"><a href="#">Partager</a> <a href="#">Imprimer</a></div>
</main>
<footer><a href="#">Mentions légales</a> <a href="#">Accessibilité : partiellement conforme</a> <a href="#">Données personnelles</a> <a href="#">Gestion des cookies</a></footer>
""", noise="cookie-fr")

p("h9415", "https://www.afmps.example.be/fr/news/mise_en_garde_vente_illegale_ketamine_esketamine_en_ligne", "informational", False, "fr",
  "medicines-agency-warning-belgium", "Mise en garde : vente illégale de kétamine et d'eskétamine en ligne | AFMPS", """
<header><a href="/fr">AFMPS &ndash; Agence fédérale des médicaments et des produits de santé</a> <nav><a href="/fr/usage_humain">Usage humain</a> <a href="/fr/usage_veterinaire">Usage vétérinaire</a> <a href="/fr/news">Actualités</a> <a href="/nl">NL</a> <a href="/de">DE</a> <a href="/en">EN</a></nav></header>
<main>
<h1>Mise en garde : vente illégale de kétamine et d'eskétamine en ligne</h1>
<p class="date">Date : 03/12/2026</p>
<p>L'AFMPS met en garde le public contre des sites internet et des comptes sur les réseaux sociaux qui proposent de la kétamine et de l'eskétamine sans prescription médicale. Ces sites ne sont pas des pharmacies autorisées.</p>
<p>La cellule Enforcement de l'AFMPS a identifié plusieurs sites rédigés en français et en néerlandais qui présentent la kétamine comme un « traitement naturel et rapide de la dépression » et la vendent sans consultation médicale. Un de ces sites propose par exemple des « flacons de kétamine 50 mg/ml » à 65 euros pièce ou des « sprays nasaux d'eskétamine » à 180 euros, avec paiement en bitcoin ou par Payconiq à un particulier, et une commande finalisée via WhatsApp. D'autres annoncent une « livraison anonyme en Belgique et au Luxembourg » et un code de réduction pour la première commande.</p>
<p>En Belgique, la kétamine est un stupéfiant. Elle n'est utilisée qu'en milieu hospitalier ou vétérinaire. L'eskétamine en spray nasal est administrée uniquement dans un établissement de soins, sous la surveillance d'un professionnel de la santé. La vente à distance de ces médicaments est interdite.</p>
<h2>Conseils de l'AFMPS</h2>
<ul>
<li>N'achetez jamais de médicaments sur prescription en dehors d'une pharmacie.</li>
<li>Seules les pharmacies belges reprises sur la liste de l'AFMPS et affichant le logo commun européen peuvent vendre des médicaments en ligne, uniquement s'ils ne sont pas soumis à prescription.</li>
<li>Parlez de vos symptômes à votre médecin généraliste ou à votre psychiatre.</li>
<li>Signalez les sites suspects à <a href="#">meldpunt@afmps.example.be</a>.</li>
</ul>
<p>Si vous avez pris un produit acheté sur un tel site et ressentez des effets indésirables, contactez le Centre Antipoisons au 070 245 245.</p>
</main>
<footer><p>AFMPS, Avenue Galilée 5/03, 1210 Bruxelles</p><a href="#">Vie privée</a> <a href="#">Accessibilité</a></footer>
""")

# ---------------------------------------------------------------- informational: Dutch

p("h9416", "https://www.fraudehelpdesk.example.nl/nieuws/nepwebshops-bieden-ketamine-aan-zonder-recept", "informational", False, "nl",
  "consumer-fraud-helpdesk-warning", "Nepwebshops bieden ketamine aan 'zonder recept' | Fraudehelpdesk", """
<header><a href="/">Fraudehelpdesk</a> <nav><a href="/fraudevormen">Fraudevormen</a> <a href="/nieuws">Nieuws</a> <a href="/melden">Melden</a> <a href="/over-ons">Over ons</a></nav><a class="btn" href="/melden">Fraude melden</a></header>
<main>
<p class="datum">1 december 2026</p>
<h1>Nepwebshops bieden ketamine aan 'zonder recept'</h1>
<p>Bij de Fraudehelpdesk komen steeds meer meldingen binnen over webshops die ketamine of esketamine verkopen, vaak gepresenteerd als 'snelle hulp bij depressie'. Melders betaalden, maar kregen niets. Of ze kregen iets heel anders.</p>
<h2>Hoe werkt het?</h2>
<p>De sites zien er professioneel uit, met reviews, een chatvenster en een keurmerk dat nergens naar linkt. Er staat bijvoorbeeld '5 ampullen ketamine 50 mg/ml voor &euro;149, zonder recept, gratis discrete verzending'. Bij het afrekenen is iDEAL 'tijdelijk niet beschikbaar'. Je krijgt dan een Tikkie van een particulier toegestuurd, of je wordt gevraagd te betalen met bitcoin of een Paysafecard-code. Een deel van de melders werd via WhatsApp doorverwezen naar een 'medewerker' die na betaling nog 'douanekosten' of 'verzekering' van &euro;85 vroeg.</p>
<p>Een melder uit Utrecht: 'Ik kreeg een code DEPRESSIE20 voor twintig procent korting. Na het betalen van de Tikkie werd ik geblokkeerd.'</p>
<h2>Waarom is dit gevaarlijk?</h2>
<p>Ketamine is in Nederland een geneesmiddel dat alleen op recept verkrijgbaar is. Esketamine-neusspray mag alleen onder toezicht van een arts worden toegediend. Een webshop die dit zomaar verkoopt, is dus altijd illegaal. Je raakt niet alleen je geld kwijt: als er wel iets wordt geleverd, weet je niet wat erin zit.</p>
<h2>Tips</h2>
<ul>
<li>Koop geneesmiddelen alleen bij een apotheek. Controleer online apotheken in het register van de overheid (klik op het Europese logo).</li>
<li>Betaal nooit met cadeaukaarten, Paysafecard of crypto voor een bestelling bij een webshop.</li>
<li>Al betaald? Neem direct contact op met je bank en doe aangifte bij de politie.</li>
<li>Meld de website bij ons, dan kunnen we anderen waarschuwen.</li>
</ul>
<p>Heb je last van depressieve klachten? Praat erover met je huisarts. Denk je aan zelfdoding? Bel 113 of 0800-0113 (gratis).</p>
</main>
<aside><h3>Meest gemeld deze week</h3><ol><li>Valse pakketbezorger-sms</li><li>Nepwebshop ketamine</li><li>Hulp-vraag-fraude via WhatsApp</li></ol></aside>
<footer><a href="#">Privacy</a> <a href="#">Toegankelijkheid</a> <a href="#">Contact</a></footer>
""", noise="cookie-nl")

p("h9417", "https://uitspraken.rechtspraak.example.nl/details?id=ECLI:NL:RBOBR:2026:6120", "informational", False, "nl",
  "court-ruling-summary-netherlands", "ECLI:NL:RBOBR:2026:6120, Rechtbank Oost-Brabant, 01/087411-25", """
<header><a href="/">Rechtspraak</a> <nav><a href="/uitspraken">Uitspraken</a> <a href="/nieuws">Nieuws</a></nav></header>
<main>
<table class="uitspraak-info">
<tr><th>Instantie</th><td>Rechtbank Oost-Brabant</td></tr>
<tr><th>Datum uitspraak</th><td>20-11-2026</td></tr>
<tr><th>Datum publicatie</th><td>27-11-2026</td></tr>
<tr><th>Zaaknummer</th><td>01/087411-25</td></tr>
<tr><th>Rechtsgebieden</th><td>Strafrecht</td></tr>
<tr><th>Bijzondere kenmerken</th><td>Eerste aanleg - meervoudig</td></tr>
</table>
<h2>Inhoudsindicatie</h2>
<p>Verdachte heeft gedurende ruim een jaar via een webshop en een Telegram-kanaal ketamine verkocht en per post verzonden naar afnemers in Nederland, Duitsland en Frankrijk. Handelen in strijd met de Geneesmiddelenwet en witwassen. Gevangenisstraf van 30 maanden, waarvan 10 voorwaardelijk.</p>
<h2>Uitspraak (verkort)</h2>
<p>4.1 De rechtbank stelt op grond van de bewijsmiddelen het volgende vast. Verdachte exploiteerde in de periode van 1 maart 2024 tot en met 14 april 2025 de webshop 'k-planet' en het Telegram-kanaal met dezelfde naam. Op de webshop werd ketamine te koop aangeboden voor &euro;18 per gram, &euro;80 per 5 gram en &euro;140 per 10 gram. Afnemers konden betalen in bitcoin of via een Tikkie; bij bestellingen boven de &euro;100 werd 'gratis stealth verzending' aangeboden en bij inbeslagname door de douane een 'gratis reship'. In het Telegram-kanaal werden kortingscodes gedeeld.</p>
<p>4.2 Bij de doorzoeking van de woning van verdachte zijn onder meer 1,7 kilogram ketamine, een sealapparaat, ruim 400 gewatteerde enveloppen en een labelprinter aangetroffen. Uit de analyse van de walletadressen blijkt dat verdachte in de ten laste gelegde periode ruim 6,2 bitcoin heeft ontvangen.</p>
<p>4.3 De verdediging heeft aangevoerd dat ketamine niet op de lijsten van de Opiumwet staat. De rechtbank overweegt dat ketamine een receptplichtig geneesmiddel is en dat het zonder vergunning afleveren en ter aflevering voorhanden hebben daarvan verboden is op grond van de Geneesmiddelenwet.</p>
<p>7. De rechtbank rekent het verdachte in het bijzonder aan dat hij op grote schaal een middel met ernstige gezondheidsrisico's, waaronder blaasschade, heeft verspreid onder onder meer jongeren.</p>
<p><a href="#">Download uitspraak (pdf)</a></p>
</main>
<footer><a href="#">Over deze site</a> <a href="#">Privacy</a> <a href="#">Cookies</a></footer>
""")

# ---------------------------------------------------------------- informational: Portuguese

p("h9418", "https://www.anvisa.example.gov.br/assuntos/noticias/2026/anvisa-alerta-para-venda-irregular-de-cetamina-na-internet", "informational", False, "pt",
  "health-agency-alert-brazil", "Anvisa alerta para venda irregular de cetamina na internet — Agência Nacional de Vigilância Sanitária", """
<header><p>gov.br &ndash; Ministério da Saúde</p><nav><a href="/">Anvisa</a> <a href="/assuntos">Assuntos</a> <a href="/noticias">Notícias</a> <a href="/acesso-a-informacao">Acesso à informação</a></nav></header>
<main>
<p class="categoria">MEDICAMENTOS</p>
<h1>Anvisa alerta para venda irregular de cetamina na internet</h1>
<p class="subtitulo">Anúncios oferecem o anestésico sem receita, com pagamento por Pix e envio pelos Correios. Prática é crime.</p>
<p class="data">Publicado em 24/11/2026 15h40</p>
<p>A Agência Nacional de Vigilância Sanitária (Anvisa) alerta a população sobre a venda irregular de cetamina (também chamada de ketamina) em sites, marketplaces e perfis de redes sociais. A cetamina é um anestésico de uso hospitalar e veterinário, controlado pela Portaria SVS/MS nº 344/1998 (lista C1), e só pode ser dispensada mediante receita de controle especial.</p>
<p>Em monitoramento recente, a Anvisa identificou anúncios que oferecem frascos de cetamina 10 ml "uso veterinário" por valores entre R$ 180 e R$ 350, e cetamina em pó "pura" por cerca de R$ 150 o grama. Os vendedores pedem que o comprador chame no WhatsApp ou no Telegram, fazem o pagamento por Pix para contas de pessoas físicas e prometem "envio discreto pelos Correios, sem identificação do remetente". Alguns anúncios oferecem ainda "esketamina spray sem receita".</p>
<p>A esketamina em spray nasal é aprovada no Brasil para depressão resistente ao tratamento e deve ser administrada em serviço de saúde, sob supervisão de profissional habilitado. Não é vendida diretamente ao paciente para uso em casa.</p>
<p>A Anvisa já solicitou às plataformas a retirada dos anúncios e encaminhou as informações à Polícia Federal. A venda de medicamentos sem registro ou de procedência ignorada é crime previsto no artigo 273 do Código Penal.</p>
<h2>Orientações</h2>
<ul>
<li>Não compre medicamentos em redes sociais, sites de classificados ou por aplicativos de mensagem.</li>
<li>Desconfie de anúncios que dispensam receita para medicamentos controlados.</li>
<li>Em caso de depressão, procure uma Unidade Básica de Saúde, um CAPS ou um médico de sua confiança.</li>
<li>Denuncie anúncios irregulares pelo canal <a href="#">Fale Conosco</a> da Anvisa.</li>
</ul>
<p class="tags">Tags: cetamina, medicamentos controlados, comércio eletrônico, alerta</p>
</main>
<footer><a href="#">Política de privacidade</a> <a href="#">Termos de uso</a> <a href="#">Acessibilidade</a></footer>
""", noise="cookie-pt")

p("h9419", "https://www.policiajudiciaria.example.pt/pj-deteve-suspeito-de-venda-de-cetamina-atraves-de-redes-sociais", "informational", False, "pt",
  "criminal-police-communique-portugal", "PJ deteve suspeito de venda de cetamina através de redes sociais - Polícia Judiciária", """
<header><a href="/">Polícia Judiciária</a> <nav><a href="/instituicao">Instituição</a> <a href="/noticias">Notícias</a> <a href="/denuncias">Denúncias</a> <a href="/recrutamento">Recrutamento</a></nav></header>
<main>
<h1>PJ deteve suspeito de venda de cetamina através de redes sociais</h1>
<p class="data">Lisboa, 05-12-2026</p>
<p>A Polícia Judiciária, através da Unidade Nacional de Combate ao Tráfico de Estupefacientes (UNCTE), deteve, em Almada, um homem de 24 anos, fortemente indiciado pela prática do crime de tráfico de estupefacientes.</p>
<p>A investigação, iniciada em junho, apurou que o suspeito anunciava a venda de cetamina e MDMA num perfil de Instagram e num canal de Telegram com cerca de 1.500 seguidores, publicando regularmente "tabelas de preços": a cetamina era vendida a 20 euros por grama e a 85 euros por cinco gramas. As encomendas eram feitas por mensagem privada, o pagamento era exigido por MB WAY ou em criptomoeda, e a entrega era feita em mão na Margem Sul ou por correio registado, "em embalagem discreta", para todo o país, incluindo os Açores e a Madeira.</p>
<p>Na sequência de buscas domiciliárias foram apreendidos cerca de 350 gramas de cetamina, 210 comprimidos de MDMA, uma balança de precisão, material de embalamento, quatro telemóveis e 3.870 euros em numerário.</p>
<p>O detido, sem antecedentes criminais, vai ser presente à autoridade judiciária competente para primeiro interrogatório judicial e aplicação das medidas de coação tidas por adequadas.</p>
</main>
<footer><p>Polícia Judiciária &middot; Rua Gomes Freire 174, Lisboa</p><a href="#">Política de privacidade</a></footer>
""")

# ---------------------------------------------------------------- informational: Italian

p("h9420", "https://www.carabinieri.example.it/media---comunicazione/cs/nas-oscurati-siti-vendita-ketamina", "informational", False, "it",
  "carabinieri-nas-press-release", "NAS: oscurati 23 siti che vendevano ketamina senza ricetta - Arma dei Carabinieri", """
<header><p>Arma dei Carabinieri</p><nav><a href="/">Home</a> <a href="/chi-siamo">Chi siamo</a> <a href="/media---comunicazione">Media e comunicazione</a> <a href="/in-vostro-aiuto">In vostro aiuto</a></nav></header>
<main>
<p class="data">Roma, 30 novembre 2026</p>
<h1>Farmaci illegali online: i NAS oscurano 23 siti che vendevano ketamina senza ricetta</h1>
<p>I Carabinieri del Comando per la Tutela della Salute, d'intesa con il Ministero della Salute e con il coordinamento della Procura della Repubblica di Roma, hanno concluso un'attività di monitoraggio della rete che ha portato all'oscuramento di 23 siti internet e alla segnalazione di 41 profili social e canali Telegram dedicati alla vendita illegale di ketamina e di esketamina.</p>
<p>I siti, in lingua italiana ma con server all'estero, presentavano la ketamina come "farmaco antidepressivo di nuova generazione" e ne proponevano la vendita senza alcuna prescrizione medica: flaconi da 10 ml "uso veterinario" a 55 euro, polvere a 40 euro al grammo, "spray nasale esketamina" a 190 euro. Il pagamento era richiesto tramite ricarica PostePay, bonifico istantaneo a persone fisiche o criptovalute; gli ordini potevano essere completati tramite WhatsApp, con spedizione "anonima e tracciata in 48 ore" e codice sconto per chi ordinava almeno tre confezioni.</p>
<p>Nel corso delle indagini, anche attraverso acquisti simulati, i militari hanno accertato che alcuni dei prodotti consegnati contenevano ketamina di provenienza veterinaria, mentre in altri casi, dopo il pagamento, non veniva spedito nulla.</p>
<p>La ketamina è inserita nella tabella dei medicinali di cui al DPR 309/1990 e può essere impiegata solo in ambito ospedaliero, ambulatoriale specialistico o veterinario. L'esketamina spray nasale è un medicinale soggetto a prescrizione medica limitativa, somministrato esclusivamente in strutture sanitarie sotto il controllo del personale sanitario.</p>
<p>Il Comando Carabinieri per la Tutela della Salute raccomanda di acquistare farmaci online solo da farmacie e esercizi autorizzati, riconoscibili dal logo identificativo nazionale che rimanda all'elenco del Ministero della Salute, e di diffidare da offerte di medicinali soggetti a prescrizione senza ricetta.</p>
</main>
<footer><a href="#">Note legali</a> <a href="#">Privacy</a> <a href="#">Accessibilità</a> <a href="#">Numero di pronto intervento 112</a></footer>
""")

p("h9421", "https://www.gazzettadelnordest.example.it/cronaca/2026/11/22/ketamina-telegram-studenti-padova-indagine", "informational", False, "it",
  "newspaper-crime-report-italy", "Ketamina ordinata su Telegram e consegnata fuori scuola: indagati due ventenni - Gazzetta del Nordest", """
<header><a href="/">Gazzetta del Nordest</a> <nav><a href="/cronaca">Cronaca</a> <a href="/politica">Politica</a> <a href="/economia">Economia</a> <a href="/sport">Sport</a> <a href="/cultura">Cultura</a> <a href="/abbonati">Abbonati</a></nav></header>
<main>
<article>
<p class="occhiello">PADOVA</p>
<h1>Ketamina ordinata su Telegram e consegnata fuori scuola: indagati due ventenni</h1>
<p class="sommario">Il "listino" girava nei gruppi degli studenti: 25 euro al grammo, pagamento con ricarica PostePay. La Squadra Mobile ha sequestrato mezzo chilo di sostanza</p>
<p class="firma">di Giulia Ferro &middot; 22 novembre 2026</p>
<p>Bastava un messaggio su Telegram. Poi, nel giro di un'ora, uno scooter si fermava davanti al cancello di un istituto superiore della prima periferia, oppure la "roba" arrivava per posta, in una busta imbottita senza mittente. È il sistema che, secondo la Squadra Mobile di Padova, due ventenni avrebbero messo in piedi per vendere ketamina a studenti e universitari.</p>
<p>Il canale, chiamato con un'emoji di un cavallo e la scritta "consegne PD-VE", pubblicava ogni settimana un listino aggiornato: ketamina a 25 euro al grammo, 110 euro per cinque grammi, "promo amici" con un grammo omaggio a chi portava un nuovo cliente. Il pagamento avveniva con ricarica PostePay o, "per chi spedisce", in criptovaluta. A insospettire gli investigatori sono stati i racconti di alcuni genitori, che avevano trovato gli screenshot sui telefoni dei figli.</p>
<p>Nella perquisizione di un appartamento in zona Arcella gli agenti hanno trovato circa 480 grammi di ketamina, bilancini di precisione, buste per il sottovuoto e oltre 6 mila euro in contanti. I due sono indagati per detenzione ai fini di spaccio; la Procura valuta anche l'aggravante della cessione a minorenni.</p>
<p>«La ketamina viene percepita dai ragazzi come una sostanza "leggera", ma non lo è», spiega il responsabile del Ser.D. dell'Azienda ULSS. «Vediamo giovani con danni alla vescica e disturbi cognitivi. E chi compra su Telegram non sa mai cosa c'è davvero dentro la bustina».</p>
<p class="correlati">Leggi anche: <a href="#">Droga e social, l'allarme dei presidi</a></p>
</article>
<aside class="box-abbonamento">Abbonati a 1 euro per il primo mese e leggi tutti gli articoli senza limiti.</aside>
</main>
<footer>&copy; Gazzetta del Nordest S.p.A. &middot; P.IVA 01234560284 &middot; <a href="#">Privacy</a> <a href="#">Cookie policy</a></footer>
""")

p("h9422", "https://www.ordinefarmacistimilano.example.it/avvisi/ketamina-esketamina-vendita-online-illegale", "informational", False, "it",
  "pharmacists-order-notice", "Avviso ai cittadini: ketamina ed esketamina non si comprano online - Ordine dei Farmacisti", """
<header><a href="/">Ordine dei Farmacisti delle Province di Milano, Lodi, Monza e Brianza</a> <nav><a href="/ordine">L'Ordine</a> <a href="/iscritti">Area iscritti</a> <a href="/cittadini">Per i cittadini</a> <a href="/avvisi">Avvisi</a></nav></header>
<main>
<h1>Avviso ai cittadini: ketamina ed esketamina non si comprano online</h1>
<p class="data">Pubblicato il 4 dicembre 2026</p>
<p>Numerosi colleghi ci segnalano cittadini che si presentano in farmacia con stampe di siti o messaggi ricevuti sui social che propongono "ketamina per la depressione, senza ricetta" o "spray esketamina con spedizione gratuita". In alcuni casi i cittadini chiedono al farmacista se il prodotto ricevuto per posta sia "originale".</p>
<p>Le offerte che ci sono state mostrate hanno caratteristiche ricorrenti: prezzi indicati per flacone o per grammo, ordini da concludere su WhatsApp o Telegram, pagamento con ricarica PostePay, buoni regalo o Bitcoin, promesse di "spedizione discreta" e di "nuovo invio gratuito in caso di blocco doganale".</p>
<p>Ricordiamo che:</p>
<ol>
<li>la ketamina è un anestetico utilizzato in ospedale, in ambulatori specialistici e in medicina veterinaria e non viene dispensata al pubblico dalle farmacie;</li>
<li>l'esketamina spray nasale per la depressione resistente viene somministrata solo in centri autorizzati, dove il paziente resta in osservazione dopo ogni seduta;</li>
<li>nessuna farmacia autorizzata vende farmaci con obbligo di ricetta tramite siti internet o app di messaggistica.</li>
</ol>
<p>Il farmacista che riceva richieste di questo tipo è invitato ad ascoltare il paziente, a indirizzarlo al medico di medicina generale o al Centro di Salute Mentale di zona e, in presenza di siti o profili ancora attivi, a segnalarli al Ministero della Salute e al NAS competente.</p>
<p>Il Consiglio dell'Ordine</p>
<p><a href="#">Scarica il volantino da esporre in farmacia (PDF)</a></p>
</main>
<footer><p>Ordine dei Farmacisti &middot; Viale Piave, Milano</p><a href="#">Amministrazione trasparente</a> <a href="#">Privacy</a></footer>
""")

# ---------------------------------------------------------------- telehealth

p("h9423", "https://www.stillwaterhealth.example/blog/online-ketamine-sellers-vs-telehealth", "telehealth", False, "en",
  "telehealth-blog-how-we-differ", "Real ketamine telehealth vs. 'no prescription' sellers: what we do and don't do | Stillwater Health", """
<header><a href="/" class="logo">Stillwater Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/states">States we serve</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a class="cta" href="/get-started">See if you're eligible</a></nav></header>
<main>
<article>
<p class="meta">Patient Education &middot; Reviewed by Dr. Anita Raman, MD, board-certified psychiatrist &middot; November 30, 2026</p>
<h1>Real ketamine telehealth vs. "no prescription" sellers: what we do and don't do</h1>
<p>Several of our patients have forwarded us ads they've seen on Instagram and in Telegram groups: "Ketamine for depression, no doctor, ships today, pay with crypto and save 15%." Some of those sites even copy text from our website. We want to be very direct about how a legitimate at-home ketamine program works, so you can tell the difference.</p>
<h2>What we do</h2>
<ul>
<li><b>A real evaluation first.</b> Your first step is a 60-minute video visit with a licensed psychiatric clinician in your state. We review your history, current medications, blood pressure, and any history of psychosis, substance use or bladder problems. About one in four people who apply is not a good candidate, and we tell them so, with a referral elsewhere.</li>
<li><b>Named, licensed prescribers.</b> Every clinician is listed on our <a href="/clinicians">clinicians page</a> with their license number, which you can verify on your state medical board's website.</li>
<li><b>Prescriptions through licensed pharmacies.</b> If ketamine is appropriate, your prescriber sends a prescription to a state-licensed partner pharmacy, which dispenses a measured supply of sublingual tablets and ships it to you with signature required.</li>
<li><b>Monitoring.</b> You need a treatment monitor present for your first sessions, you log your blood pressure and mood in the app before and after each session, and you have a follow-up video visit before every refill.</li>
<li><b>Normal payment.</b> We charge a membership ($249/month, HSA/FSA eligible) by card through our checkout. The pharmacy bills the medication separately.</li>
</ul>
<h2>What we don't do</h2>
<ul>
<li>We don't sell ketamine powder, vials, nasal sprays or "research" analogues. Ever.</li>
<li>We don't approve anyone from a questionnaire alone.</li>
<li>We don't take crypto, gift cards, Zelle or Cash App, and no one from Stillwater will ever contact you on WhatsApp or Telegram.</li>
<li>We don't ship "discreetly" to an address other than the one verified in your chart, and we don't "reship" lost packages without the pharmacy's investigation.</li>
<li>We don't prescribe to people outside the states where our clinicians are licensed.</li>
</ul>
<h2>Red flags in an online offer</h2>
<p>If a site lists a price per gram or per vial, offers a coupon code for paying in Bitcoin, or asks you to "finish your order on WhatsApp," it is not a medical provider. Please don't buy from it. If you're struggling right now, call or text 988.</p>
<p><a class="cta" href="/get-started">Start your evaluation</a></p>
</article>
<aside><h3>Popular posts</h3><ul><li><a href="#">What to expect at your first video visit</a></li><li><a href="#">Why we ask about your bladder</a></li><li><a href="#">Does insurance cover at-home ketamine?</a></li></ul></aside>
</main>
<footer><p>Stillwater Health provides telehealth services through Stillwater Medical Group, P.C. and affiliated professional entities. Medications are dispensed by independent licensed pharmacies.</p><a href="#">Privacy</a> <a href="#">Terms</a> <a href="#">Notice of Privacy Practices</a></footer>
""", noise="cookie")

p("h9424", "https://www.brightmind-psychiatry.example/faq/ketamine-and-spravato", "telehealth", False, "en",
  "virtual-psychiatry-faq-spravato-referral", "FAQ: Ketamine and Spravato | BrightMind Virtual Psychiatry", """
<nav><a href="/">BrightMind Virtual Psychiatry</a> <a href="/services">Services</a> <a href="/insurance">Insurance</a> <a href="/faq">FAQ</a> <a href="/book">Book a video appointment</a></nav>
<main>
<h1>Ketamine and Spravato: frequently asked questions</h1>
<h3>Can you mail me ketamine?</h3>
<p>No. BrightMind is a virtual psychiatry practice: our psychiatrists and psychiatric nurse practitioners see you by secure video, diagnose, prescribe standard medications through your local pharmacy, and provide therapy and medication management. We do not prescribe at-home ketamine, and we do not sell or ship any medication ourselves.</p>
<h3>Then how can I get Spravato (esketamine)?</h3>
<p>If your BrightMind psychiatrist confirms treatment-resistant depression after at least two adequate antidepressant trials, we refer you to one of our partner Spravato treatment centers near you. The center is REMS-certified, gives you the nasal spray in the office and monitors you for at least two hours. Your BrightMind psychiatrist continues to manage the rest of your care and coordinates with the center.</p>
<h3>I saw a website selling Spravato or "ketamine nasal spray" without a prescription. Is that you?</h3>
<p>No. Spravato cannot legally be dispensed to patients for home use. Anyone offering it for sale online, especially for payment in crypto, gift cards or Cash App, or through a WhatsApp or Telegram chat, is not a pharmacy. Please report it to the FDA and don't send money.</p>
<h3>Do you take insurance?</h3>
<p>Yes. We are in network with most major commercial plans in the states we serve. Self-pay visits are $220 for an initial evaluation and $120 for follow-ups.</p>
<p><a href="/book">Book a video evaluation</a></p>
</main>
<footer>BrightMind Virtual Psychiatry &middot; Licensed in CA, OR, WA, NV, AZ &middot; <a href="#">Privacy</a></footer>
""")

p("h9425", "https://www.telepsiquiatria-serena.example.mx/ketamina-y-esketamina", "telehealth", False, "es",
  "telepsychiatry-referral-page-mexico", "¿Ketamina para la depresión? Lo que sí hacemos y lo que no | Serena Telepsiquiatría", """
<header><a href="/">Serena Telepsiquiatría</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/especialistas">Especialistas</a> <a href="/precios">Precios</a> <a href="/agendar">Agendar consulta</a></nav></header>
<main>
<h1>¿Ketamina para la depresión? Lo que sí hacemos y lo que no</h1>
<p>Cada semana recibimos mensajes de pacientes que vieron en Facebook o TikTok anuncios de "ketamina para la depresión sin receta, pago por OXXO y envío discreto". Queremos explicar con claridad cómo trabajamos, porque algunos de esos anuncios usan fotos y textos copiados de páginas médicas.</p>
<h2>Lo que sí hacemos</h2>
<ul>
<li>Consulta por videollamada de 50 minutos con un psiquiatra certificado por el Consejo Mexicano de Psiquiatría. Puedes verificar su cédula profesional en el Registro Nacional de Profesionistas.</li>
<li>Diagnóstico, plan de tratamiento, recetas electrónicas para medicamentos habituales que surtes en tu farmacia y seguimiento mensual.</li>
<li>Si tu psiquiatra confirma una depresión resistente al tratamiento, te canalizamos a una de nuestras clínicas aliadas en CDMX, Guadalajara o Monterrey, donde se aplica esketamina o ketamina de forma presencial, con monitoreo.</li>
</ul>
<h2>Lo que no hacemos</h2>
<ul>
<li>No vendemos ni enviamos ketamina, esketamina ni ningún otro medicamento.</li>
<li>No tomamos pedidos por WhatsApp: el WhatsApp de Serena solo sirve para agendar y cambiar citas.</li>
<li>No aceptamos pagos en criptomonedas ni depósitos a cuentas personales. Las consultas se pagan con tarjeta en nuestra plataforma (primera consulta $1,200 MXN, seguimiento $850 MXN).</li>
</ul>
<p>Si estás en crisis, llama a la Línea de la Vida: 800 911 2000.</p>
<p><a class="boton" href="/agendar">Agenda tu primera videoconsulta</a></p>
</main>
<footer>Serena Telepsiquiatría S.C. &middot; Aviso de privacidad &middot; Responsable sanitario: Dra. Lucía Mendoza Reyes, Céd. Prof. 7654321</footer>
""", noise="cookie-es")

p("h9426", "https://www.psychiatrie-online.example.de/ratgeber/ketamin-ohne-rezept", "telehealth", False, "de",
  "online-psychiatry-page-germany", "Ketamin \"ohne Rezept\"? Warum wir anders arbeiten | PsychiatriePraxis Online", """
<header><a href="/">PsychiatriePraxis Online</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerzte">Unsere Ärztinnen und Ärzte</a> <a href="/kosten">Kosten</a> <a href="/ratgeber">Ratgeber</a> <a class="btn" href="/termin">Videotermin buchen</a></nav></header>
<main>
<h1>Ketamin "ohne Rezept"? Warum wir anders arbeiten</h1>
<p>Immer wieder fragen uns Patientinnen und Patienten nach Angeboten, die sie in sozialen Netzwerken gesehen haben: "Ketamin gegen Depression, ohne Arzt, Versand in 24 h, Bezahlung per Krypto". Mit uns haben diese Angebote nichts zu tun.</p>
<h2>Was wir tun</h2>
<p>Wir sind eine fachärztliche Praxis für Psychiatrie und Psychotherapie mit Sitz in Hamburg, die Sprechstunden per Video anbietet. In einem ausführlichen Erstgespräch mit einer Fachärztin oder einem Facharzt klären wir Diagnose, Vorbehandlungen und Behandlungsmöglichkeiten. Verordnungen stellen wir als E-Rezept aus, das Sie in jeder Apotheke einlösen können.</p>
<p>Kommt bei einer therapieresistenten Depression eine Behandlung mit Esketamin-Nasenspray infrage, überweisen wir Sie an eine unserer Kooperationskliniken oder an eine Praxis in Ihrer Nähe. Die Anwendung erfolgt dort vor Ort unter ärztlicher Aufsicht; wir begleiten die weitere Behandlung per Video und stimmen uns mit dem Behandlungsteam ab.</p>
<h2>Was wir nicht tun</h2>
<ul>
<li>Wir verschicken kein Ketamin und kein Esketamin, auch nicht "auf Rezept".</li>
<li>Wir stellen keine Verordnungen nach einem reinen Online-Fragebogen aus.</li>
<li>Wir nehmen keine Bestellungen über WhatsApp oder Telegram an und akzeptieren keine Zahlungen per Kryptowährung oder Gutscheinkarte.</li>
</ul>
<p>Gesetzlich Versicherte können unsere Videosprechstunde mit der elektronischen Gesundheitskarte nutzen. Privatpatienten erhalten eine Rechnung nach GOÄ.</p>
<p>In akuten Krisen: Telefonseelsorge 0800 111 0 111 oder Notruf 112.</p>
</main>
<footer><a href="#">Impressum</a> <a href="#">Datenschutz</a> <p>Ärztliche Leitung: Dr. med. Jonas Petersen, Facharzt für Psychiatrie und Psychotherapie, Ärztekammer Hamburg</p></footer>
""", noise="cookie-de")

p("h9427", "https://www.telepsy-quebec.example.ca/avis/sites-frauduleux-ketamine", "telehealth", False, "fr",
  "telepsychiatry-fraud-notice-quebec", "Avis important : des sites frauduleux utilisent notre nom pour vendre de la kétamine | TéléPsy Québec", """
<main>
<h1>Avis important : des sites frauduleux utilisent notre nom pour vendre de la kétamine</h1>
<p>Publié le 6 décembre 2026</p>
<p>Des patients nous ont signalé un site et un compte Instagram qui reprennent le nom et le logo de TéléPsy Québec et offrent de la « kétamine pour la dépression, sans ordonnance, livrée par Postes Canada en 48 h », payable par virement Interac à un particulier ou en bitcoin. <b>Ce ne sont pas nous.</b></p>
<p>TéléPsy Québec est une clinique de psychiatrie virtuelle. Nos psychiatres, membres du Collège des médecins du Québec, vous rencontrent en vidéoconsultation sur recommandation de votre médecin de famille. Lorsqu'un traitement par eskétamine ou kétamine est indiqué pour une dépression résistante, nous vous orientons vers un centre hospitalier ou une clinique partenaire où le traitement est administré sur place, sous surveillance. Nous ne vendons et n'expédions aucun médicament, et nous ne communiquons jamais par WhatsApp.</p>
<p>Si vous avez payé un de ces faux sites, communiquez avec votre institution financière et le Centre antifraude du Canada.</p>
</main>
""")

p("h9428", "https://www.mindwijzer-online.example.nl/veelgestelde-vragen/ketamine", "telehealth", False, "nl",
  "e-mental-health-faq-short", "Veelgestelde vragen: ketamine | Mindwijzer Online GGZ", """
<header><a href="/">Mindwijzer Online GGZ</a> <a href="/aanmelden">Aanmelden</a></header>
<main>
<h2>Kan ik via Mindwijzer ketamine of esketamine krijgen?</h2>
<p>Wij zijn een online ggz-praktijk: je intake en behandelgesprekken met de psychiater en psycholoog vinden plaats via beeldbellen. Wij versturen zelf geen medicijnen. Als je psychiater na de intake vindt dat esketamine-neusspray een optie is bij therapieresistente depressie, verwijzen we je door naar een ggz-instelling in de buurt waar de behandeling onder toezicht plaatsvindt. Zie je ergens 'ketamine zonder recept' met betaling via Tikkie of crypto en bestellen via WhatsApp? Dat is niet van ons en niet veilig.</p>
<p>Je hebt een verwijzing van je huisarts nodig. De behandeling wordt vergoed vanuit je basisverzekering.</p>
</main>
""")

# ---------------------------------------------------------------- clinics

p("h9429", "https://www.cedarpointketamine.example/faq/is-it-safe-to-buy-ketamine-online", "clinic", False, "en",
  "infusion-clinic-faq-online-buying", "Is it safe to buy ketamine online? | Cedar Point Ketamine & Wellness, Boise ID", """
<header><a href="/" class="logo">Cedar Point Ketamine &amp; Wellness</a> <nav><a href="/treatments">Treatments</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav> <a class="phone" href="tel:+12085550143">(208) 555-0143</a> <a class="btn" href="/book">Book a Free Consult</a></header>
<main>
<p class="crumbs"><a href="/faq">FAQ</a> &rsaquo; Safety</p>
<h1>Is it safe to buy ketamine online?</h1>
<p>Short answer: no. We get this question a lot, usually from people who have priced out an infusion series and then seen an ad offering "ketamine vials, no prescription, $150" or "pay with Bitcoin, ships in a discreet box." We understand the cost is a real barrier. Here is why we still ask you not to go that route, and what we do instead.</p>
<h2>What you get from an online seller</h2>
<p>A product of unknown contents, no dose plan, nobody checking your blood pressure, and often nothing at all after you've paid by gift card or crypto. Ketamine bought this way is sometimes cut with other drugs or is a different compound altogether. Repeated unsupervised use can cause serious bladder damage and dependence.</p>
<h2>What happens at Cedar Point</h2>
<ul>
<li>A free 20-minute phone consult, then an in-person medical evaluation with our nurse practitioner and a review of records from your mental health provider.</li>
<li>IV infusions given in our Boise office by an anesthesia-trained team, with continuous heart-rate, oxygen and blood-pressure monitoring.</li>
<li>A private recovery room and a required driver home.</li>
<li>Coordination with your therapist or psychiatrist, and integration sessions if you'd like them.</li>
</ul>
<h2>Making treatment affordable</h2>
<p>A single infusion is $450; a six-infusion induction series is $2,400 when prepaid. We offer CareCredit financing, HSA/FSA payments, and superbills for out-of-network reimbursement. We also administer Spravato, which many insurance plans cover.</p>
<p>Questions? Call us at (208) 555-0143 or <a href="/book">book a free consultation</a>.</p>
<aside><h3>More FAQs</h3><ul><li><a href="#">How many infusions will I need?</a></li><li><a href="#">Can I keep taking my antidepressant?</a></li><li><a href="#">Ketamine vs. Spravato</a></li></ul></aside>
</main>
<footer><p>Cedar Point Ketamine &amp; Wellness &middot; 1420 W Bannock St, Boise, ID 83702 &middot; Medical Director: Mark Ellison, MD</p><a href="#">Privacy</a> <a href="#">Patient Portal</a></footer>
""", noise="cookie")

p("h9430", "https://www.harleyketamineclinic.example.co.uk/statement-on-online-sales", "clinic", False, "en",
  "uk-clinic-statement-plain-text", "Statement on online ketamine sales", """
Statement from the Harley Street Ketamine Clinic, 2 December 2026.
We have been made aware of social media accounts and a website using our name to advertise "ketamine nasal spray" and "Spravato" for home delivery, payable by bank transfer or crypto. These are not connected to us. Our clinic provides ketamine and esketamine treatment only in person at 41 Harley Street, London, after a consultant psychiatrist assessment, with monitoring during and after each session. We never post medication to patients and never take payment via WhatsApp, Telegram or cryptocurrency. If you have been contacted by one of these accounts, please report it to Action Fraud and the MHRA.
""", ext="txt")

p("h9431", "https://www.clinicaprisma-madrid.example.es/aviso-venta-ketamina-internet", "clinic", False, "es",
  "madrid-clinic-notice", "Aviso: no vendemos ketamina ni esketamina | Clínica Prisma Salud Mental, Madrid", """
<header><a href="/">Clínica Prisma &ndash; Salud Mental</a> <nav><a href="/tratamientos">Tratamientos</a> <a href="/esketamina">Esketamina</a> <a href="/equipo">Equipo</a> <a href="/tarifas">Tarifas</a> <a href="/contacto">Contacto</a></nav> <a class="cita" href="/pedir-cita">Pedir cita</a></header>
<main>
<h1>Aviso: no vendemos ketamina ni esketamina</h1>
<p class="fecha">Madrid, 27 de noviembre de 2026</p>
<p>Hemos recibido varias llamadas de personas que han encontrado en Instagram y en Telegram anuncios de "esketamina en spray, 190 €, envío discreto" o de "ketamina para la depresión, paga con Bizum" en los que aparecen fotos de nuestra consulta. Queremos aclarar que esos anuncios no tienen ninguna relación con Clínica Prisma.</p>
<p>En Prisma el tratamiento con esketamina intranasal se realiza siempre en nuestras instalaciones de la calle Príncipe de Vergara, tras una valoración presencial por uno de nuestros psiquiatras y solo cuando está indicado (depresión resistente, con al menos dos tratamientos previos). Cada sesión dura unas dos horas: el paciente se administra el spray bajo supervisión de enfermería, le tomamos la tensión arterial antes y después y permanece en observación hasta que está en condiciones de irse acompañado. No entregamos el medicamento para casa.</p>
<p>La primera consulta de valoración cuesta 150 €. El precio de cada sesión de esketamina se informa tras la valoración, e incluye la monitorización. Puedes pedir cita por teléfono (91 555 02 87), en el formulario web o por WhatsApp; por WhatsApp solo gestionamos citas, nunca ventas ni pagos.</p>
<p>Si has pagado a alguno de esos perfiles, te recomendamos denunciarlo a la Policía Nacional y comunicarlo a la AEMPS.</p>
</main>
<footer><p>Clínica Prisma Salud Mental S.L. &middot; Centro sanitario autorizado por la Comunidad de Madrid, n.º de registro CS12345</p><a href="#">Aviso legal</a> <a href="#">Política de privacidad</a></footer>
""", noise="cookie-es")

p("h9432", "https://www.clinicaaurora-sp.example.com.br/blog/cuidado-com-golpes-venda-de-cetamina", "clinic", False, "pt",
  "sao-paulo-clinic-scam-warning", "Cuidado com golpes: não vendemos cetamina pelo WhatsApp | Clínica Aurora", """
<header><a href="/">Clínica Aurora &ndash; Psiquiatria e Infusões</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/cetamina">Infusão de cetamina</a> <a href="/escetamina">Escetamina</a> <a href="/equipe">Equipe</a> <a href="/blog">Blog</a></nav> <a class="whats" href="#">Agende pelo WhatsApp (11) 95555-0192</a></header>
<main>
<article>
<h1>Cuidado com golpes: não vendemos cetamina pelo WhatsApp</h1>
<p class="data">Equipe Clínica Aurora &middot; 29 de novembro de 2026</p>
<p>Nas últimas semanas, pacientes nos mandaram prints de perfis que usam o nome "Aurora" e oferecem "cetamina para depressão, frasco 10 ml R$ 290, envio discreto pelos Correios, pagamento só no Pix". Alguns chegaram a pagar e nunca receberam nada. Queremos deixar claro:</p>
<ul>
<li>A Clínica Aurora <b>não vende nem envia</b> cetamina ou escetamina para casa.</li>
<li>Nosso WhatsApp oficial é apenas para agendamento, remarcação e dúvidas sobre o tratamento. O pagamento das sessões é feito na recepção ou por link do nosso sistema, sempre em nome da clínica (CNPJ na nota fiscal).</li>
<li>Toda infusão de cetamina é feita aqui na clínica, em Pinheiros, após consulta com psiquiatra, com monitorização contínua por anestesiologista e alta somente com acompanhante.</li>
</ul>
<p>A cetamina comprada pela internet pode ser falsificada, de uso veterinário ou simplesmente não existir. Além do risco de golpe, usar a substância sem acompanhamento pode causar aumento perigoso da pressão, confusão e, com o uso repetido, lesões na bexiga.</p>
<p>Se alguém entrar em contato usando o nosso nome, denuncie o perfil e fale com a gente pelos canais oficiais.</p>
</article>
</main>
<footer><p>Clínica Aurora &middot; Rua dos Pinheiros, São Paulo/SP &middot; Responsável técnico: Dr. Felipe Sato, CRM-SP 123456</p></footer>
""", noise="cookie-pt")

p("h9433", "https://www.asst-lagovalle.example.it/servizi/psichiatria/ambulatorio-esketamina", "clinic", False, "it",
  "hospital-spravato-outpatient-page", "Ambulatorio per la depressione resistente (esketamina) - ASST Lago e Valle", """
<header><a href="/">ASST Lago e Valle &ndash; Sistema Socio Sanitario Regione Lombardia</a> <nav><a href="/servizi">Servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/ospedali">Ospedali</a></nav></header>
<main>
<h1>Ambulatorio per la depressione resistente (esketamina)</h1>
<p>Presso il Servizio Psichiatrico dell'Ospedale di Lecco è attivo un ambulatorio dedicato ai pazienti con depressione maggiore resistente al trattamento, in cui viene somministrata esketamina spray nasale.</p>
<p><b>Come si accede:</b> su invio dello psichiatra del Centro Psicosociale (CPS) o di uno specialista, con impegnativa del medico. Dopo una visita di valutazione, lo psichiatra dell'ambulatorio decide se il trattamento è indicato.</p>
<p><b>Come si svolge:</b> il paziente si autosomministra lo spray sotto la supervisione del personale sanitario; pressione arteriosa e condizioni cliniche vengono controllate prima e dopo. Il paziente resta in osservazione per almeno due ore e non può guidare fino al giorno successivo.</p>
<p><b>Attenzione:</b> l'esketamina non viene mai consegnata al paziente per l'uso a domicilio. Siti o profili social che offrono "esketamina" o "ketamina" con spedizione a casa e pagamento con ricarica o criptovalute non hanno nulla a che fare con il Servizio Sanitario e vanno segnalati ai NAS.</p>
<p><b>Orari e contatti:</b> martedì e giovedì 8:30-14:00. Segreteria 0341 555 210 (lun-ven 9-12).</p>
</main>
<footer><a href="#">Amministrazione trasparente</a> <a href="#">Privacy</a> <a href="#">URP</a></footer>
""")

p("h9434", "https://www.chu-saint-gilles.example.be/fr/services/psychiatrie/ketamine-depression-resistante", "clinic", False, "fr",
  "brussels-hospital-psychiatry-page", "Traitement par kétamine de la dépression résistante - Service de psychiatrie | CHU Saint-Gilles", """
<header><a href="/fr">CHU Saint-Gilles &ndash; Bruxelles</a> <nav><a href="/fr/patients">Patients et visiteurs</a> <a href="/fr/services">Services médicaux</a> <a href="/fr/rendez-vous">Prendre rendez-vous</a> <a href="/nl">NL</a></nav></header>
<main>
<p class="fil">Accueil &gt; Services médicaux &gt; Psychiatrie &gt; Kétamine</p>
<h1>Traitement par kétamine et eskétamine de la dépression résistante</h1>
<p>Le service de psychiatrie propose, en hôpital de jour, des perfusions de kétamine à faible dose et des séances d'eskétamine en spray nasal aux patients souffrant d'une dépression qui n'a pas répondu à plusieurs traitements.</p>
<h2>Déroulement</h2>
<p>Après une consultation d'évaluation avec un psychiatre du service (sur envoi de votre médecin traitant ou de votre psychiatre), un bilan médical est réalisé. Les séances ont lieu à l'hôpital de jour, deux fois par semaine pendant quatre semaines au début. Une infirmière surveille la tension artérielle et la saturation pendant toute la séance ; vous restez en observation environ deux heures et rentrez accompagné.</p>
<h2>Ce que nous ne faisons pas</h2>
<p>Nous ne délivrons jamais de kétamine ou d'eskétamine à emporter. Des sites internet et des comptes sur les réseaux sociaux proposent de la kétamine « sans ordonnance » livrée à domicile, payable en bitcoin ou par Payconiq : il s'agit de ventes illégales, sans aucun lien avec un hôpital. L'AFMPS a publié une mise en garde à ce sujet.</p>
<h2>Remboursement</h2>
<p>L'eskétamine est remboursée sous conditions (attestation du psychiatre). Les perfusions de kétamine sont facturées selon le tarif de l'hôpital de jour ; renseignez-vous auprès de votre mutualité.</p>
<p>Rendez-vous : 02 555 43 10 ou via le <a href="#">portail patient</a>.</p>
</main>
<footer><a href="#">Mentions légales</a> <a href="#">Vie privée</a> <a href="#">Plan d'accès</a></footer>
""", noise="cookie-fr")

# ---------------------------------------------------------------- sellers

p("h9435", "https://www.purecrystalsupply.example/product/ketamine-hcl-crystal", "seller", True, "en",
  "us-powder-shop-product-page", "Ketamine HCl Crystal (Shards) - Pure Crystal Supply | Buy Ketamine Online USA", """
<div class="topbar">FREE STEALTH SHIPPING on orders over $250 &middot; Use code <b>KSHARD15</b> for 15% off crypto orders</div>
<header><a href="/" class="logo">Pure Crystal Supply</a> <nav><a href="/shop">Shop</a> <a href="/dissociatives">Dissociatives</a> <a href="/psychedelics">Psychedelics</a> <a href="/pharma">Pharma</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a> <a href="/track">Track Order</a></nav> <a href="/cart">Cart (0)</a> <a href="/my-account">Account</a></header>
<main>
<p class="crumbs">Home / Dissociatives / Ketamine HCl Crystal</p>
<div class="product">
<h1>Ketamine HCl Crystal (Shards)</h1>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; (214 customer reviews)</p>
<p class="price">$40.00 &ndash; $1,400.00</p>
<p>Our ketamine is 99.4% pure racemic ketamine hydrochloride, lab tested, in clean needle-point shards. No cut, no analogues. Perfect for customers who want a reliable product without the hassle of a doctor's visit or prescription.</p>
<form class="variations">
<label>Quantity</label>
<select>
<option>1 gram &ndash; $40</option>
<option>3.5 grams &ndash; $120</option>
<option>7 grams &ndash; $210</option>
<option>14 grams &ndash; $380</option>
<option>28 grams &ndash; $700</option>
<option>56 grams &ndash; $1,400</option>
</select>
<input type="number" value="1"> <button class="add-to-cart">Add to cart</button>
</form>
<p class="meta">SKU: PCS-K-01 &middot; Category: Dissociatives &middot; Tags: ketamine, k, special k, shards</p>
</div>
<div class="tabs">
<h2>Shipping</h2>
<p>All orders ship within 24 hours via USPS Priority or Express in vacuum-sealed, odor-proof, stealth packaging with a business return address. No signature required. Tracking number sent by email once dropped. We ship to all 50 states.</p>
<p><b>Reship policy:</b> if your package is lost or seized we reship 100% free one time, 50% after that.</p>
<h2>Payment</h2>
<p>We accept Bitcoin, Litecoin, USDT, Cash App, Zelle and Apple gift cards. Crypto orders receive 15% off with code KSHARD15. Card payments are not accepted.</p>
<h2>Reviews (214)</h2>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9733; <b>Jay R.</b> &ndash; Came in 3 days to Ohio, super stealthy. Shards are fire.</p></div>
<div class="review"><p>&#9733;&#9733;&#9733;&#9733;&#9734; <b>Mel</b> &ndash; first pack got stuck, they reshipped no questions. Good comms on Telegram.</p></div>
</div>
<aside><h3>Related products</h3><ul><li><a href="#">2F-DCK crystal</a></li><li><a href="#">Ketamine 10 mL vials (Ketaset)</a></li><li><a href="#">MXE powder</a></li></ul></aside>
</main>
<footer><p>Questions? Telegram: @purecrystalsupport &middot; Wickr: pcs_orders</p><a href="#">Refund policy</a> <a href="#">Terms</a></footer>
""", noise="cookie")

p("h9436", "https://t.me.example/ketuk_nextday", "seller", True, "en",
  "uk-telegram-channel-bio-plain-text", "Telegram channel bio", """
KET UK NEXT DAY 🐴 | top shards £20/g £90 5g £160 10g | royal mail 1st class tracked, vac sealed + stealth | payment bank transfer or BTC/LTC | reship if lost | menu pinned, DM @ket_uk_orders to order | 18+ only | no timewasters
""", ext="txt")

p("h9437", "https://www.globalmedsdirect.example/ketalar-ketamine-injection-no-prescription", "seller", True, "en",
  "fake-online-pharmacy-vials", "Buy Ketalar (Ketamine) 50mg/ml Injection Online Without Prescription | GlobalMedsDirect", """
<header><a href="/" class="logo">GlobalMeds<span>Direct</span></a> <span>Licensed &amp; Certified Online Pharmacy &middot; 24/7 Support</span> <nav><a href="/">Home</a> <a href="/pain-relief">Pain Relief</a> <a href="/anxiety">Anxiety</a> <a href="/sleep">Sleep</a> <a href="/adhd">ADHD</a> <a href="/depression">Depression</a> <a href="/contact">Contact</a></nav> <a href="/cart">My Cart</a></header>
<main>
<h1>Buy Ketalar (Ketamine Hydrochloride) 50 mg/ml Injection Online</h1>
<p class="badges">&#10004; No Prescription Needed &nbsp; &#10004; Free Online Consultation &nbsp; &#10004; Discreet Worldwide Delivery &nbsp; &#10004; Money-Back Guarantee</p>
<p>Ketalar is a fast-acting medication used for anesthesia and, increasingly, for treatment-resistant depression and chronic pain. At GlobalMedsDirect you can order genuine Ketalar vials online without visiting a doctor. Simply complete our free online consultation form at checkout and your order is approved instantly by our pharmacist.</p>
<table class="prices">
<tr><th>Package</th><th>Price</th><th>Per vial</th><th></th></tr>
<tr><td>5 vials x 10 ml</td><td>$320.00</td><td>$64.00</td><td><button>Add to cart</button></td></tr>
<tr><td>10 vials x 10 ml</td><td>$560.00</td><td>$56.00</td><td><button>Add to cart</button></td></tr>
<tr><td>25 vials x 10 ml</td><td>$1,150.00</td><td>$46.00</td><td><button>Add to cart</button></td></tr>
</table>
<p><b>Also available:</b> <a href="#">Spravato nasal spray 28 mg</a> &middot; <a href="#">Ketamine 500mg/10ml (veterinary)</a></p>
<h2>How to order</h2>
<ol><li>Select your package and add to cart.</li><li>Fill in the 5-question consultation form.</li><li>Pay by Bitcoin, Zelle, or eGift card (Amazon, Apple, Steam). Card payments are currently processed manually; contact us on WhatsApp +1 (555) 014-2290.</li><li>Receive your tracking number within 24 hours.</li></ol>
<h2>Shipping</h2>
<p>We ship from our partner warehouses in the EU and India in plain packaging with no mention of the contents. Delivery in 5-9 business days to the USA, Canada, UK and Australia. If customs seizes your parcel, we reship for free.</p>
<p class="promo">Use coupon <b>HEAL10</b> for 10% off your first order.</p>
</main>
<footer><p>&copy; 2026 GlobalMedsDirect &middot; All trademarks belong to their owners &middot; <a href="#">Privacy</a> <a href="#">Refunds</a></p></footer>
""")

p("h9438", "https://www.k-versand24.example.de/ketamin-kaufen", "seller", True, "de",
  "german-shop-landing-page", "Ketamin kaufen in Deutschland - diskreter Versand | K-Versand24", """
<div class="hinweis">Neu: 10 % Rabatt bei Zahlung mit Bitcoin oder Monero &ndash; Code <b>KRISTALL10</b></div>
<header><a href="/" class="logo">K-Versand24</a> <nav><a href="/">Start</a> <a href="/shop">Shop</a> <a href="/versand">Versand &amp; Zahlung</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav> <a href="/warenkorb">Warenkorb</a></header>
<main>
<h1>Ketamin kaufen &ndash; schnell, diskret, zuverlässig</h1>
<p>Du möchtest Ketamin online bestellen, ohne Rezept und ohne Stress? Bei K-Versand24 bekommst du laborgeprüftes Ketamin (Kristall und Nadeln) in Premiumqualität, verschickt aus Deutschland. Kein Zoll, keine langen Wartezeiten.</p>
<table class="preise">
<tr><th>Menge</th><th>Preis</th><th></th></tr>
<tr><td>1 g</td><td>30,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>5 g</td><td>125,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>10 g</td><td>220,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>25 g</td><td>475,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
<tr><td>50 g</td><td>850,00 &euro;</td><td><button>In den Warenkorb</button></td></tr>
</table>
<h2>Versand</h2>
<p>Versand als Warensendung oder Großbrief mit DHL/Deutsche Post, geruchsdicht eingeschweißt, neutraler Absender. Bestellungen bis 14 Uhr gehen am selben Tag raus. Auf Wunsch Lieferung an Packstation. Sollte eine Sendung verloren gehen, versenden wir kostenlos nach.</p>
<h2>Zahlung</h2>
<p>Wir akzeptieren Bitcoin, Monero, Paysafecard und Überweisung (Vorkasse). Nach der Bestellung erhältst du die Zahlungsdaten per E-Mail. Fragen? Schreib uns auf Telegram: @kversand24_support.</p>
<h2>Auch im Sortiment</h2>
<p><a href="#">2-FDCK</a> &middot; <a href="#">Ketamin-Ampullen 10 ml</a> &middot; <a href="#">Nasenspray-Set (leer)</a></p>
</main>
<footer><a href="#">AGB</a> <a href="#">Widerruf</a> <a href="#">Datenschutz</a> <p>Alle Produkte nur an Personen ab 18 Jahren.</p></footer>
""", noise="cookie-de")

p("h9439", "https://www.ketamine-bestellen.example.nl/bestellen", "seller", True, "nl",
  "dutch-ordering-page", "Ketamine bestellen - snel en discreet in heel Nederland", """
<header><a href="/">Ketamine-Bestellen.nl</a> <nav><a href="/">Home</a> <a href="/bestellen">Bestellen</a> <a href="/bezorging">Bezorging</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketamine bestellen</h1>
<p>Bestel eenvoudig je ketamine online. Wij leveren kwaliteit (gemiddeld 97% getest) en bezorgen binnen 1 werkdag door heel Nederland en België. Geen recept, geen gedoe.</p>
<ul class="prijslijst">
<li>1 gram &ndash; &euro;20</li>
<li>5 gram &ndash; &euro;85</li>
<li>10 gram &ndash; &euro;150</li>
<li>25 gram &ndash; &euro;325</li>
</ul>
<form class="bestelformulier">
<label>Hoeveelheid <select><option>1 gram</option><option>5 gram</option><option>10 gram</option><option>25 gram</option></select></label>
<label>Naam <input></label> <label>Adres <input></label> <label>Postcode <input></label>
<label>Betaalmethode <select><option>Tikkie (link via WhatsApp)</option><option>Bitcoin</option><option>Contant bij bezorging (alleen Randstad)</option></select></label>
<label>Kortingscode <input placeholder="bijv. KETNL5"></label>
<button>Bestelling plaatsen</button>
</form>
<h2>Bezorging</h2>
<p>Verzending via PostNL als brievenbuspakje, neutraal verpakt en geseald. In Amsterdam, Rotterdam, Den Haag en Utrecht bezorgen we ook dezelfde avond met een koerier. Na je bestelling sturen we je via WhatsApp (+31 6 5555 0178) een bevestiging en de Tikkie.</p>
</main>
<footer><p>Bestellen vanaf 18 jaar. &copy; 2026</p></footer>
""", noise="cookie-nl")

p("h9440", "https://www.cetaminabrasil.example.com.br/", "seller", True, "pt",
  "brazilian-whatsapp-shop", "Cetamina à venda - Entrega discreta para todo o Brasil | Cetamina Brasil", """
<header><a href="/" class="logo">Cetamina Brasil</a> <nav><a href="/">Início</a> <a href="/produtos">Produtos</a> <a href="/como-comprar">Como comprar</a> <a href="/depoimentos">Depoimentos</a></nav> <a class="zap" href="#">Pedir pelo WhatsApp</a></header>
<main>
<h1>Cetamina à venda com entrega discreta para todo o Brasil</h1>
<p>Compre cetamina original com segurança e sem burocracia: sem receita, sem consulta. Trabalhamos com frascos lacrados de uso veterinário e com cetamina em cristal de alta pureza.</p>
<div class="produtos">
<div class="card"><h3>Cetamina 10 ml frasco lacrado</h3><p>R$ 220,00</p><p>Kit 3 frascos: R$ 600,00</p><a href="#">Comprar pelo WhatsApp</a></div>
<div class="card"><h3>Cetamina cristal 1 g</h3><p>R$ 140,00</p><p>5 g: R$ 600,00</p><a href="#">Comprar pelo WhatsApp</a></div>
<div class="card"><h3>Escetamina spray 28 mg</h3><p>R$ 480,00</p><a href="#">Comprar pelo WhatsApp</a></div>
</div>
<h2>Como comprar</h2>
<ol><li>Chame no WhatsApp (11) 95555-0317 ou no Telegram @cetaminabr.</li><li>Envie o produto desejado e o CEP.</li><li>Pague via Pix (5% de desconto) ou USDT.</li><li>Enviamos pelos Correios (SEDEX) em embalagem discreta, sem nome do produto, com código de rastreio.</li></ol>
<p><b>Garantia:</b> se a encomenda for extraviada ou retida, reenviamos sem custo.</p>
<h2>Depoimentos</h2>
<p>"Chegou em 2 dias em BH, tudo certinho e bem embalado." &ndash; R.</p>
<p>"Atendimento rápido no zap, recomendo." &ndash; Marcos, Curitiba</p>
</main>
<footer><p>Cetamina Brasil &copy; 2026 &middot; Atendimento de segunda a sábado</p></footer>
""", noise="cookie-pt")

save(OUT, R)
